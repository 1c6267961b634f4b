"""`make serve` for a content owner: a mistake prints its Dutch message every time it is
made, and the browser gets the last good site instead of waiting for ever."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from scripts.flows.loader import parse_flow
from scripts.flows.model import NO
from tests.flowfixtures import copy_of_the_flows, node_line
from tests.server import free_port
from tests.sitepaths import ROOT

WAIT_S = 120  # bounded waits: a slow machine is slow, never wrong
MESSAGE = "antwoord 'Nee' wijst naar onbekende knoop 'nergens'"


class Serve:
    """`mkdocs serve` in the background, its output collected line by line."""

    def __init__(self, diagrams: Path, port: int) -> None:
        self.url = f"http://127.0.0.1:{port}/"
        self.lines: list[str] = []
        self.process = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
            env={**os.environ, "PROTOCOL_DIAGRAMS": str(diagrams), "NO_MKDOCS_2_WARNING": "1",
                 "DISABLE_MKDOCS_2_WARNING": "true"},
        )
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.append(line)

    def count(self, text: str) -> int:
        return sum(text in line for line in list(self.lines))

    def wait_for(self, condition: Callable[[], bool], what: str) -> None:
        deadline = time.monotonic() + WAIT_S
        while time.monotonic() < deadline:
            if condition():
                return
            if self.process.poll() is not None:
                break
            time.sleep(0.2)
        pytest.fail(f"waited {WAIT_S} s for {what}; output:\n{''.join(self.lines)[-4000:]}")

    def get(self, path: str) -> tuple[int, str]:
        with urllib.request.urlopen(self.url + path, timeout=30) as response:
            return response.status, response.read().decode("utf-8")


@pytest.fixture
def serve(tmp_path: Path) -> Iterator[tuple[Serve, Path]]:
    diagrams = copy_of_the_flows(tmp_path)
    server = Serve(diagrams, free_port())
    try:
        yield server, diagrams
    finally:
        server.process.terminate()
        try:
            server.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.process.kill()


@pytest.mark.slow
def test_broken_rebuild_keeps_the_last_site_and_repeats_its_message(serve: tuple[Serve, Path]) -> None:
    server, diagrams = serve
    server.wait_for(lambda: server.count("Serving on") > 0, "the first build")
    status, page = server.get("melden/")
    assert status == 200 and "Een melding doen" in page

    flow = diagrams / "route-bij-zorgen.yml"
    good = flow.read_text(encoding="utf-8")
    loaded = parse_flow(good, slug=flow.stem, source=str(flow))
    first = loaded.start.next  # the first question, and the first Nee of the file
    assert first is not None
    broken = good.replace(f"      Nee: {dict(loaded.node(first).answers)[NO]}", "      Nee: nergens", 1)
    assert broken != good
    for attempt in (1, 2):  # the same mistake twice: its message both times
        flow.write_text(broken, encoding="utf-8")
        server.wait_for(lambda: server.count(MESSAGE) >= attempt, f"the message, time {attempt}")
        server.wait_for(lambda: server.count("De website is niet opnieuw gebouwd") >= attempt,
                        f"the Dutch notice, time {attempt}")
        status, page = server.get("melden/")  # answered, not held until the build works
        assert status == 200 and "Een melding doen" in page
    line = node_line(good, first)
    assert server.count(f"{flow}:{line}: knoop '{first}': {MESSAGE}") == 2
    assert server.count("The server will appear stuck") == 0
