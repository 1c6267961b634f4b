"""Pack the offline build into a versioned zip for a file share (`make dist`).

    .venv/bin/python -m scripts.bundle SITE_DIR DIST_DIR

The version comes from the organisation settings (protocol.versie in organisatie.yml).
The zip holds one folder; opening its index.html from disk shows the whole site.
"""

from __future__ import annotations

import re
import sys
import zipfile
from pathlib import Path


from scripts.settings import Settings
from scripts.settingsfile import read_settings, settings_path

ROOT = Path(__file__).resolve().parent.parent
# Only meaningful on a web server: the error page (absolute links), the sitemaps, and
# Mermaid's ES module build (browsers load no modules from file://; the loader then
# uses the single-file build).
SERVER_ONLY = frozenset({"404.html", "sitemap.xml", "sitemap.xml.gz"})
SERVER_ONLY_FOLDERS = ("assets/javascripts/mermaid-esm/",)
README = """Protocol Huiselijk Geweld en Kindermishandeling - {organisatie}
Versie {versie}

Open het bestand index.html in deze map met uw webbrowser.
De website werkt zonder internet: zoeken, stroomschema's en beslishulp doen het ook.
"""


def bundle_name(settings: Settings) -> str:
    version = re.sub(r"[^A-Za-z0-9.]+", "-", settings.versie).strip("-")
    return f"protocol-huiselijk-geweld-v{version}"


def _server_only(path: str) -> bool:
    return path in SERVER_ONLY or path.startswith(SERVER_ONLY_FOLDERS)


def write_zip(site_dir: Path, target: Path, folder: str, readme: str) -> int:
    """Zip `site_dir` under `folder/` into `target` (written whole or not at all); returns files."""
    partial = target.with_suffix(".partial")
    files = sorted(
        p for p in site_dir.rglob("*")
        if p.is_file() and not _server_only(p.relative_to(site_dir).as_posix())
    )
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr(f"{folder}/LEESMIJ.txt", readme)
        for path in files:
            zf.write(path, f"{folder}/{path.relative_to(site_dir).as_posix()}")
    partial.replace(target)
    return len(files)


def main(argv: list[str]) -> int:
    site_dir, dist_dir = Path(argv[0]), Path(argv[1])
    settings = read_settings(settings_path(ROOT), ROOT)
    name = bundle_name(settings)
    dist_dir.mkdir(parents=True, exist_ok=True)
    target = dist_dir / f"{name}.zip"
    count = write_zip(site_dir, target, name, README.format(organisatie=settings.organisatie, versie=settings.versie))
    print(f"{target}: {count} bestanden, {target.stat().st_size / 1_000_000:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
