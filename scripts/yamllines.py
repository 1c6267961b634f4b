"""A YAML loader that keeps line numbers, so messages can name the line of a mistake.

Used for the flow files and for organisatie.yml. Pure construction rules of PyYAML's
SafeLoader (libyaml's parser when PyYAML has it: several times faster).
"""

from __future__ import annotations

from typing import Any

import yaml

from scripts.messages import YAML_DUPLICATE_KEY


class LineMapping(dict[str, Any]):
    """A YAML mapping that remembers the line of itself and of each key."""

    line: int
    key_lines: dict[str, int]


class LineList(list[Any]):
    """A YAML sequence that remembers the line of each item."""

    item_lines: list[int]


_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class LineLoader(_BaseLoader):  # type: ignore[valid-type,misc]
    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> LineMapping:
        result = LineMapping()
        result.line = node.start_mark.line + 1
        result.key_lines = {}
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=True)
            if key in result:
                raise yaml.MarkedYAMLError(
                    problem=YAML_DUPLICATE_KEY(naam=key), problem_mark=key_node.start_mark
                )
            result.key_lines[str(key)] = key_node.start_mark.line + 1
            result[key] = self.construct_object(value_node, deep=True)
        return result


LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, LineLoader.construct_mapping)


def construct_line_list(loader: yaml.SafeLoader, node: yaml.SequenceNode) -> LineList:
    """A sequence as a LineList; register it on a loader that needs the items' lines."""
    result = LineList(loader.construct_object(child, deep=True) for child in node.value)
    result.item_lines = [child.start_mark.line + 1 for child in node.value]
    return result


def yaml_error_line(err: yaml.YAMLError) -> int | None:
    """The line (1-based) a YAML error points at, if it points at one."""
    mark = getattr(err, "problem_mark", None) or getattr(err, "context_mark", None)
    return mark.line + 1 if mark else None


def yaml_error_text(err: yaml.YAMLError) -> str:
    """What is wrong, without PyYAML's own excerpt of the file."""
    if isinstance(err, yaml.MarkedYAMLError):
        return str(err.problem or err.context)
    return str(err)
