"""Headless Chromium driven over the DevTools protocol, for tests of the HTML report.

The protocol runs over a pipe (--remote-debugging-pipe: JSON messages separated by NUL on
file descriptors 3 and 4), so no port is opened and no client library is needed. Chromium
runs with the flags that keep it off the network and a fresh profile per test session.

Without a Chromium the tests are skipped, unless FACTCHECK_REQUIRE_BROWSER=1 (set by
.ci/run, which installs Debian's chromium), where a missing browser is a failure.
"""
from __future__ import annotations

import base64
import fcntl
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-default-apps", "--disable-extensions", "--no-default-browser-check",
    "--disable-dev-shm-usage", "--mute-audio", "--hide-scrollbars",
)
TIMEOUT = 30.0


def chromium_path() -> str | None:
    explicit = os.environ.get("FACTCHECK_CHROMIUM")
    if explicit:
        return explicit
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


class ProtocolError(RuntimeError):
    pass


class Browser:
    def __init__(self, executable: str, profile: Path):
        cmd_read, cmd_write = os.pipe()  # we write commands; Chromium reads them on fd 3
        out_read, out_write = os.pipe()  # Chromium writes on fd 4; we read

        def child_fds() -> None:  # runs in the child, before exec
            a = fcntl.fcntl(cmd_read, fcntl.F_DUPFD, 10)
            b = fcntl.fcntl(out_write, fcntl.F_DUPFD, 10)
            os.dup2(a, 3)
            os.dup2(b, 4)

        self.proc = subprocess.Popen(
            [executable, *FLAGS, f"--user-data-dir={profile}", "--remote-debugging-pipe",
             "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            close_fds=False, preexec_fn=child_fds,
        )
        os.close(cmd_read)
        os.close(out_write)
        self._out = os.fdopen(cmd_write, "wb", buffering=0)
        self._in = os.fdopen(out_read, "rb", buffering=0)
        self._next_id = 0
        self._lock = threading.Condition()
        self._responses: dict[int, dict] = {}
        self.events: list[dict] = []
        self._closed = False
        self._reader = threading.Thread(target=self._read_loop, daemon=True)
        self._reader.start()

    def _read_loop(self) -> None:
        buffer = b""
        while True:
            chunk = self._in.read(65536)
            if not chunk:
                break
            buffer += chunk
            while b"\0" in buffer:
                raw, buffer = buffer.split(b"\0", 1)
                message = json.loads(raw)
                with self._lock:
                    if "id" in message:
                        self._responses[message["id"]] = message
                    else:
                        self.events.append(message)
                    self._lock.notify_all()
        with self._lock:
            self._closed = True
            self._lock.notify_all()

    def send(self, method: str, params: dict | None = None, session: str | None = None,
             timeout: float = TIMEOUT) -> dict:
        with self._lock:
            self._next_id += 1
            ident = self._next_id
        message = {"id": ident, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        self._out.write(json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        with self._lock:
            while ident not in self._responses:
                left = deadline - time.monotonic()
                if left <= 0 or self._closed:
                    raise ProtocolError(f"no answer to {method} (browser closed: {self._closed})")
                self._lock.wait(left)
            response = self._responses.pop(ident)
        if "error" in response:
            raise ProtocolError(f"{method}: {response['error']}")
        return response.get("result", {})

    def wait_event(self, method: str, session: str | None, since: int = 0,
                   timeout: float = TIMEOUT) -> dict:
        deadline = time.monotonic() + timeout
        with self._lock:
            while True:
                for event in self.events[since:]:
                    if event.get("method") == method and event.get("sessionId") == session:
                        return event
                left = deadline - time.monotonic()
                if left <= 0:
                    raise ProtocolError(f"no {method} event")
                self._lock.wait(left)

    def new_page(self, width: int = 1280, height: int = 900) -> "Page":
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        page = Page(self, target, session)
        for domain in ("Page", "Runtime", "Log", "Network"):
            page.send(f"{domain}.enable")
        page.send("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
        return page

    def close(self) -> None:
        try:
            self.send("Browser.close", timeout=5)
        except (ProtocolError, OSError):
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        for stream in (self._out, self._in):
            try:
                stream.close()
            except OSError:
                pass


class Page:
    def __init__(self, browser: Browser, target: str, session: str):
        self.browser, self.target, self.session = browser, target, session
        with browser._lock:
            self._first_event = len(browser.events)

    def send(self, method: str, params: dict | None = None) -> dict:
        return self.browser.send(method, params, self.session)

    def events(self, method: str) -> list[dict]:
        with self.browser._lock:
            return [e["params"] for e in self.browser.events[self._first_event:]
                    if e.get("sessionId") == self.session and e.get("method") == method]

    def open(self, url: str) -> None:
        with self.browser._lock:
            since = len(self.browser.events)
        self.send("Page.navigate", {"url": url})
        self.browser.wait_event("Page.loadEventFired", self.session, since)

    def js(self, expression: str):
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                                "awaitPromise": True})
        if "exceptionDetails" in result:
            raise ProtocolError(f"{expression!r}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def key(self, key: str) -> None:
        code = {"?": "Slash", "Escape": "Escape"}.get(key, f"Key{key.upper()}")
        text = key if len(key) == 1 else ""
        common = {"key": key, "code": code}
        if key == "?":
            common["modifiers"] = 8  # shift
        self.send("Input.dispatchKeyEvent", {"type": "keyDown", "text": text, **common})
        self.send("Input.dispatchKeyEvent", {"type": "keyUp", **common})

    def screenshot(self, path: Path, full: bool = False) -> None:
        params = {"format": "png"}
        if full:
            params["captureBeyondViewport"] = True
        data = self.send("Page.captureScreenshot", params)["data"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(data))

    def problems(self) -> list[str]:
        """Console errors and warnings, uncaught exceptions, and log errors (CSP reports)."""
        out = [f"exception: {e['exceptionDetails'].get('text')} {e['exceptionDetails'].get('exception', {}).get('description', '')}"
               for e in self.events("Runtime.exceptionThrown")]
        out += [f"console.{e['type']}: {[a.get('value') for a in e['args']]}"
                for e in self.events("Runtime.consoleAPICalled") if e["type"] in ("error", "warning", "assert")]
        out += [f"log {e['entry']['level']}: {e['entry']['text']}"
                for e in self.events("Log.entryAdded") if e["entry"]["level"] in ("error", "warning")]
        return out

    def close(self) -> None:
        try:
            self.browser.send("Target.closeTarget", {"targetId": self.target})
        except ProtocolError:
            pass


@pytest.fixture(scope="session")
def browser(tmp_path_factory):
    executable = chromium_path()
    if executable is None:
        if os.environ.get("FACTCHECK_REQUIRE_BROWSER") == "1":
            pytest.fail("FACTCHECK_REQUIRE_BROWSER=1 but no chromium was found")
        pytest.skip("no chromium on this machine (CI installs it; see .ci/run)")
    if sys.platform == "win32":
        pytest.skip("the DevTools pipe needs POSIX file descriptors")
    b = Browser(executable, tmp_path_factory.mktemp("chromium-profile"))
    try:
        b.send("Browser.getVersion", timeout=60)
    except ProtocolError as exc:
        b.close()
        pytest.fail(f"chromium did not start: {exc}")
    yield b
    b.close()


@pytest.fixture
def page(browser):
    p = browser.new_page()
    yield p
    p.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
