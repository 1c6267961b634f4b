"""Command line: validate flow files, or print the Mermaid source of one flow.

    .venv/bin/python -m scripts.flows check                 # every diagrams/*.yml
    .venv/bin/python -m scripts.flows check diagrams/x.yml  # some files
    .venv/bin/python -m scripts.flows mermaid diagrams/afwegingskader.yml

`check` validates structure and routing; whether each link's page and anchor exist is
checked by the site build (`make build`), which knows the pages.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from scripts.flows.loader import load_flow_file
from scripts.flows.mermaid import hrefs_from, render_mermaid
from scripts.flows.model import FlowError
from scripts.flows.validate import validate

ROOT = Path(__file__).resolve().parents[2]
# The page whose diagrams `mermaid` prints: click targets are relative to it.
DIAGRAM_PAGE = "stroomschema.md"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.flows", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="validate flow files (default: diagrams/*.yml)")
    check.add_argument("files", nargs="*", type=Path)
    show = sub.add_parser("mermaid", help="print the Mermaid source of one flow")
    show.add_argument("file", type=Path)
    args = parser.parse_args(argv)

    if args.command == "check":
        files = args.files or sorted((ROOT / "diagrams").glob("*.yml"))
        failed = 0
        for path in files:
            try:
                flow = validate(load_flow_file(path))
            except FlowError as err:
                print(f"FOUT {err}", file=sys.stderr)
                failed += 1
            else:
                print(f"ok   {path}: {len(flow.nodes)} knopen")
        return 1 if failed else 0
    try:
        flow = validate(load_flow_file(args.file))
    except FlowError as err:
        print(f"FOUT {err}", file=sys.stderr)
        return 1
    sys.stdout.write(render_mermaid(flow, hrefs_from(DIAGRAM_PAGE)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
