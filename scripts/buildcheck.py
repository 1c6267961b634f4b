"""Run the real build in this process, quietly, into a folder that is thrown away, and
give its error: what `make build` would say, for a command that checks before it."""

from __future__ import annotations

import contextlib
import io
import logging
import os
import tempfile
from collections.abc import Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import MkDocsException

ROOT = Path(__file__).resolve().parent.parent


class _Errors(logging.Handler):
    """Keeps the message of every error MkDocs logs (a plugin's error is logged, then raised)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@contextlib.contextmanager
def _environment(values: Mapping[str, str]) -> Iterator[None]:
    saved = {name: os.environ.get(name) for name in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def build_error(environment: Mapping[str, str]) -> str | None:
    """Build the site (a preview) from the project folder with `environment` set, as
    mkdocs.yml reads it with !ENV; the build's error message, or None when it built.

    The build runs in a thread of its own: it draws in Chromium through Playwright's sync
    API, which refuses a thread whose asyncio loop runs (a caller's own Playwright)."""
    with ThreadPoolExecutor(max_workers=1) as worker:
        return worker.submit(_build_error, environment).result()


def _build_error(environment: Mapping[str, str]) -> str | None:
    errors = _Errors()
    log = logging.getLogger("mkdocs")
    log.addHandler(errors)
    try:
        with tempfile.TemporaryDirectory(prefix="protocol-check-") as site, \
                _environment({"PROTOCOL_PUBLICEREN": "0", **environment}), contextlib.chdir(ROOT), \
                contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            config = load_config(str(ROOT / "mkdocs.yml"), site_dir=str(Path(site) / "site"), strict=True)
            config.plugins.on_startup(command="build", dirty=False)
            try:
                build(config)
            finally:
                config.plugins.on_shutdown()
    except MkDocsException as err:
        return "\n".join(errors.messages) or str(err)
    except Exception as err:  # noqa: BLE001 - a Markdown extension's own error stops the build too
        return "\n".join([*errors.messages, str(err)])
    finally:
        log.removeHandler(errors)
    return None
