"""The build's own steps, as MkDocs plugins (registered in pyproject.toml, listed in mkdocs.yml).

Each holds its state on itself and reads its options from mkdocs.yml; any error stops the
build with a Dutch message that names the file and line, and nothing is written from bad
input.
"""

from pathlib import Path

from mkdocs.config import base
from mkdocs.config.defaults import MkDocsConfig


class NoOptions(base.Config):
    """The options of a plugin that has none."""


def project_root(config: MkDocsConfig) -> Path:
    """The project folder: where mkdocs.yml is (organisatie.yml, includes/, diagrams/,
    deeplinks.txt and node_modules/ are found from there). A configuration read from
    standard input counts from the working folder."""
    return Path(config.config_file_path).resolve().parent if config.config_file_path else Path.cwd()


def project_path(root: Path, value: str) -> Path:
    """A folder or file named in an option: relative to the project, or absolute."""
    path = Path(value)
    return path if path.is_absolute() else root / path
