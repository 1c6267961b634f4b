"""Read organisatie.yml: the organisation's settings, with the line of every mistake.

`read_settings` is the only place that reads the file. PROTOCOL_ORGANISATIE points at
another file (the tests use it to build the site for a second organisation).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import yaml

from scripts import messages as M
from scripts.settings import SETTINGS_FILE, Settings, SettingsError, load_settings
from scripts.yamllines import LineList, LineLoader, LineMapping, construct_line_list, yaml_error_line, yaml_error_text

ENV = "PROTOCOL_ORGANISATIE"


class SettingsFileError(ValueError):
    """organisatie.yml cannot be used; the message names the file, the line and the setting."""


class _SettingsLoader(LineLoader):
    """Dates and numbers stay the text that was typed: parse_date can then say what is
    wrong with 2027-02-30 (PyYAML itself stops with a Python error), a phone number keeps
    its leading 0 (YAML reads 0301234567 as an octal number) and version 1.10 stays 1.10.
    A list (`wijzigingen`) keeps the line of each entry."""


for _tag in ("timestamp", "int", "float"):
    _SettingsLoader.add_constructor(
        f"tag:yaml.org,2002:{_tag}", lambda loader, node: loader.construct_scalar(node)
    )
_SettingsLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, construct_line_list)


def settings_path(root: Path) -> Path:
    """organisatie.yml in `root`, or the file $PROTOCOL_ORGANISATIE names."""
    other = os.environ.get(ENV)
    return Path(other) if other else root / SETTINGS_FILE


def read_settings(path: Path, root: Path | None = None) -> Settings:
    """The validated settings of `path`; messages name it relative to `root` when inside it."""
    name = str(path.relative_to(root)) if root and path.is_relative_to(root) else str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        raise SettingsFileError(M.SETTINGS_UNREADABLE(bestand=name, reden=err.strerror)) from err
    return parse_settings(text, name)


def parse_settings(text: str, name: str = SETTINGS_FILE) -> Settings:
    try:
        data = yaml.load(text, Loader=_SettingsLoader)  # a SafeLoader
    except yaml.YAMLError as err:
        raise SettingsFileError(M.SETTINGS_YAML(bestand=name, regel=yaml_error_line(err) or 1,
                                                uitleg=yaml_error_text(err))) from err
    try:
        return load_settings(data if data is not None else {})
    except SettingsError as err:
        raise SettingsFileError(f"{name}:{setting_line(data, err.where)}: {err}") from err


def setting_line(data: Any, setting: str) -> int:
    """The line of a dotted setting in the loaded file; of its block when it is missing.
    A number is an entry of a list: `wijzigingen.1.datum` is the second entry's datum."""
    line = 1
    node = data
    for key in setting.split("."):
        if isinstance(node, LineList) and key.isdigit() and int(key) < len(node):
            line = node.item_lines[int(key)]
            node = node[int(key)]
            continue
        if not isinstance(node, LineMapping) or key not in node:
            break
        line = node.key_lines[key]
        node = node[key]
    return line
