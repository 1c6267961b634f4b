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
# The theme's search ships word splitting for 33 languages; a reader of the zip needs only
# the site's own (the search index names them) and the shared support file.
_LUNR = re.compile(r"^assets/javascripts/lunr/(?:min/lunr\.(?P<lang>[\w.]+)\.min\.js|(?P<segmenter>tinyseg|wordcut)\.js)$")
_LUNR_SHARED = frozenset({"stemmer.support"})
_SEGMENTERS = {"tinyseg": "ja", "wordcut": "th"}  # extra word splitting of Japanese and Thai
_INDEX_LANGUAGES = re.compile(r'"lang":\[([^\]]*)\]')
# Every entry is readable for everyone who may read the share, whatever the builder's umask.
FILE_MODE = 0o644
README = """Protocol Huiselijk Geweld en Kindermishandeling - {organisatie}
Versie {versie}

Open het bestand index.html in deze map met uw webbrowser.
De website werkt zonder internet: zoeken, stroomschema's en beslishulp doen het ook.
"""
README_CARD = "De zakkaart om af te drukken staat in zakkaart.pdf.\n"


def bundle_name(settings: Settings) -> str:
    version = re.sub(r"[^A-Za-z0-9.]+", "-", settings.versie).strip("-")
    return f"protocol-huiselijk-geweld-v{version}"


def search_languages(site_dir: Path) -> frozenset[str]:
    """The languages of the site's search, as its index names them (["nl"])."""
    for name in ("search/search_index.js", "search/search_index.json"):
        index = site_dir / name
        if index.is_file():
            found = _INDEX_LANGUAGES.search(index.read_text(encoding="utf-8")[:2000])
            if found:
                return frozenset(lang.strip().strip('"') for lang in found[1].split(","))
    return frozenset()


def needed_offline(path: str, languages: frozenset[str]) -> bool:
    """Whether a file of the site (path relative to it) belongs in the zip: not what only a
    web server uses, no source maps, and the search files of the site's languages only."""
    if path in SERVER_ONLY or path.startswith(SERVER_ONLY_FOLDERS) or path.endswith(".map"):
        return False
    lunr = _LUNR.match(path)
    if lunr is None:
        return True
    if lunr["segmenter"]:
        return _SEGMENTERS[lunr["segmenter"]] in languages
    return lunr["lang"] in languages | _LUNR_SHARED or (lunr["lang"] == "multi" and len(languages) > 1)


def _entry(name: str, path: Path | None = None) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo.from_file(path, name) if path is not None else zipfile.ZipInfo(name)
    info.external_attr = FILE_MODE << 16
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def write_zip(site_dir: Path, target: Path, folder: str, readme: str) -> int:
    """Zip `site_dir` under `folder/` into `target` (written whole or not at all); returns files."""
    partial = target.with_suffix(".partial")
    languages = search_languages(site_dir)
    files = sorted(
        p for p in site_dir.rglob("*")
        if p.is_file() and needed_offline(p.relative_to(site_dir).as_posix(), languages)
    )
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr(_entry(f"{folder}/LEESMIJ.txt"), readme, compresslevel=9)
        for path in files:
            zf.writestr(_entry(f"{folder}/{path.relative_to(site_dir).as_posix()}", path), path.read_bytes(),
                        compresslevel=9)
    partial.chmod(FILE_MODE)  # the zip itself too
    partial.replace(target)
    return len(files)


def main(argv: list[str]) -> int:
    site_dir, dist_dir = Path(argv[0]), Path(argv[1])
    settings = read_settings(settings_path(ROOT), ROOT)
    name = bundle_name(settings)
    dist_dir.mkdir(parents=True, exist_ok=True)
    target = dist_dir / f"{name}.zip"
    readme = README.format(organisatie=settings.organisatie, versie=settings.versie)
    if (site_dir / "zakkaart.pdf").is_file():  # scripts/zakkaartpdf.py printed it
        readme += README_CARD
    count = write_zip(site_dir, target, name, readme)
    print(f"{target}: {count} bestanden, {target.stat().st_size / 1_000_000:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
