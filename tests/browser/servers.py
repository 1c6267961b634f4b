"""Debian's real nginx and Apache on 127.0.0.1, each with exactly its file of deploy/, serving
a copy of the built site in the folder of `website` (else /intranet/protocol/): for
tests/browser/test_deploy.py, and nginx for the crawl of every page (tests/browser/crawl.py).
scripts/ensure-system-packages.sh installs both, like Chromium."""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from tests.browser.helpers import FOLDER
from tests.server import free_port
from tests.sitepaths import ROOT, SITE

POLICY = (ROOT / "deploy" / "content-security-policy.txt").read_text(encoding="utf-8").strip()
# The example paths in deploy/nginx.conf, which an administrator changes into theirs.
EXAMPLE_FOLDER, EXAMPLE_SITE = "/intranet/protocol", "/var/www/protocol/"
WEB_FOLDER = f"/{FOLDER or 'intranet/protocol'}"
START_TIMEOUT_S = 10


def deploy_config(name: str, site: Path = SITE) -> str:
    """A file of deploy/ with the example paths made this test's (the site in `site`)."""
    text = (ROOT / "deploy" / name).read_text(encoding="utf-8")
    assert EXAMPLE_FOLDER in text and EXAMPLE_SITE in text, f"deploy/{name} lost its example paths"
    return text.replace(EXAMPLE_SITE, f"{site.resolve()}/").replace(EXAMPLE_FOLDER, WEB_FOLDER)


def wait_for_port(port: int, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"the web server stopped: {log.read_text(errors='replace')[-2000:]}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.05)
    raise AssertionError(f"the web server did not listen within {START_TIMEOUT_S} s")


def nginx(folder: Path, site: Path, port: int) -> list[str]:
    """nginx on 127.0.0.1 with deploy/nginx.conf in its server block: its command."""
    (folder / "protocol.conf").write_text(deploy_config("nginx.conf", site), encoding="utf-8")
    (folder / "nginx.conf").write_text(f"""
daemon off;
user root;
worker_processes 1;
pid {folder}/nginx.pid;
error_log {folder}/error.log warn;
events {{ worker_connections 64; }}
http {{
    access_log off;
    client_body_temp_path {folder}/body;
    proxy_temp_path {folder}/proxy;
    fastcgi_temp_path {folder}/fastcgi;
    uwsgi_temp_path {folder}/uwsgi;
    scgi_temp_path {folder}/scgi;
    default_type application/octet-stream;
    server {{
        listen 127.0.0.1:{port};
        include {folder}/protocol.conf;
    }}
}}
""", encoding="utf-8")
    return [shutil.which("nginx") or "/usr/sbin/nginx", "-c", str(folder / "nginx.conf"), "-p", str(folder)]


APACHE_MODULES = ("mpm_event", "authz_core", "alias", "dir", "mime", "headers", "filter", "deflate")


def apache(folder: Path, site: Path, port: int) -> list[str]:
    """Apache on 127.0.0.1 with deploy/apache.conf and only the modules it needs: its command."""
    modules = "\n".join(f"LoadModule {name}_module /usr/lib/apache2/modules/mod_{name}.so" for name in APACHE_MODULES)
    (folder / "protocol.conf").write_text(deploy_config("apache.conf", site), encoding="utf-8")
    (folder / "httpd.conf").write_text(f"""
ServerRoot {folder}
ServerName 127.0.0.1
Listen 127.0.0.1:{port}
PidFile {folder}/httpd.pid
ErrorLog {folder}/error.log
User www-data
Group www-data
{modules}
TypesConfig /etc/mime.types
<Directory />
    Require all denied
</Directory>
Include {folder}/protocol.conf
""", encoding="utf-8")
    return [shutil.which("apache2") or "/usr/sbin/apache2", "-f", str(folder / "httpd.conf"), "-DFOREGROUND"]


@contextlib.contextmanager
def running(command: Callable[[Path, Path, int], list[str]], folder: Path) -> Iterator[str]:
    """The web server running with its deploy/ file; the site's URL on it.

    The server reads a copy of the site in a folder of its own that everyone may read:
    Apache's workers run as www-data, and the clone may lie in a private folder."""
    port = free_port()
    with tempfile.TemporaryDirectory(prefix="protocol-docroot-") as docroot:
        Path(docroot).chmod(0o755)
        site = Path(docroot) / "protocol"
        shutil.copytree(SITE, site)
        process = subprocess.Popen(command(folder, site, port), stdout=(folder / "out.log").open("wb"),
                                   stderr=subprocess.STDOUT)
        try:
            wait_for_port(port, process, folder / "out.log")
            yield f"http://127.0.0.1:{port}{WEB_FOLDER}/"
        finally:
            process.terminate()
            process.wait(timeout=10)
