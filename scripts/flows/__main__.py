"""Command line: check flow files as the build does, or print the Mermaid source of one flow.

    .venv/bin/python -m scripts.flows check                 # every diagrams/*.yml
    .venv/bin/python -m scripts.flows check diagrams/x.yml  # some files
    .venv/bin/python -m scripts.flows mermaid diagrams/afwegingskader.yml

`check` rejects exactly what the build rejects, with the same message: first each file on
its own (structure, routes, placeholders, meldnormen), then, when those are sound, the
links to pages and headings, which only a build knows: it builds the site once with the
files in diagrams/ (in place of the files of the same name), in a folder it throws away
(a few seconds).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from scripts.buildcheck import build_error
from scripts.flows.check import Known, text_problems
from scripts.flows.loader import load_flow_file, source_name
from scripts.flows.mermaid import hrefs_from, render_mermaid
from scripts.flows.model import Flow, FlowError
from scripts.flows.validate import validate
from scripts.numbered import MELDNORMEN, NumberedListError, read_numbered
from scripts.placeholders import placeholder_names

ROOT = Path(__file__).resolve().parents[2]
# The page whose diagrams `mermaid` prints: click targets are relative to it.
DIAGRAM_PAGE = "stroomschema.md"


def check(files: list[Path]) -> int:
    try:
        known = Known(placeholder_names(), read_numbered(ROOT, MELDNORMEN))
    except NumberedListError as err:
        print(f"FOUT {err}", file=sys.stderr)
        return 1
    failed = 0
    for path in files:
        try:
            flow = validate(load_flow_file(path, source_name(path, ROOT)))
            problems = text_problems([flow], known)
        except FlowError as err:
            problems = [err]
        for problem in problems:
            print(f"FOUT {problem}", file=sys.stderr)
        if problems:
            failed += 1
        else:
            print(f"ok   {source_name(path, ROOT)}: {len(flow.nodes)} knopen")
    if failed:
        return 1
    if error := links_error(files):
        print(f"FOUT {error}", file=sys.stderr)
        return 1
    print("ok   elke link naar een pagina en een kopje bestaat (de site is op proef gebouwd)")
    return 0


def links_error(files: list[Path]) -> str | None:
    """The build's error with these files in diagrams/ (in place of the files of the same
    name), named as the command names them; None when it builds."""
    flows = ROOT / "diagrams"
    if all(path.resolve().parent == flows for path in files):
        return build_error({"PROTOCOL_DIAGRAMS": str(flows)})
    with tempfile.TemporaryDirectory(prefix="stroomschemas-") as folder:
        names = {Path(folder, path.name): source_name(path, ROOT) for path in files}
        for path in sorted(flows.glob("*.yml")):
            names.setdefault(Path(folder, path.name), source_name(path, ROOT))
            shutil.copy(path, folder)
        for path in files:
            shutil.copy(path, folder)
        error = build_error({"PROTOCOL_DIAGRAMS": folder})
    if error is not None:
        for copy, name in names.items():
            error = error.replace(str(copy), name)
    return error


def mermaid(path: Path) -> int:
    try:
        flow: Flow = validate(load_flow_file(path))
    except FlowError as err:
        print(f"FOUT {err}", file=sys.stderr)
        return 1
    sys.stdout.write(render_mermaid(flow, hrefs_from(DIAGRAM_PAGE)))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.flows", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    check_parser = sub.add_parser("check", help="check flow files as the build does (default: diagrams/*.yml)")
    check_parser.add_argument("files", nargs="*", type=Path)
    show = sub.add_parser("mermaid", help="print the Mermaid source of one flow")
    show.add_argument("file", type=Path)
    args = parser.parse_args(argv)
    if args.command == "check":
        return check(args.files or sorted((ROOT / "diagrams").glob("*.yml")))
    return mermaid(args.file)


if __name__ == "__main__":
    sys.exit(main())
