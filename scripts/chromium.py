"""How this project runs Debian's Chromium headless (browser tests and benchmarks)."""

from __future__ import annotations

import os

DEFAULT_CHROMIUM = "/usr/bin/chromium"

# Flags verified on this project's machines: no sandbox as root, no GPU, no background
# traffic, and the browser itself resolves no host but 127.0.0.1, so nothing can leave
# the machine (an outside request fails and is recorded).
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
]


def chromium_path() -> str | None:
    """$CHROMIUM_PATH if it is an executable file, else /usr/bin/chromium if present."""
    configured = os.environ.get("CHROMIUM_PATH")
    if configured:
        return configured if os.access(configured, os.X_OK) and os.path.isfile(configured) else None
    return DEFAULT_CHROMIUM if os.access(DEFAULT_CHROMIUM, os.X_OK) else None
