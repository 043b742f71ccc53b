"""Start `waba sandbox serve` in a throwaway data dir and hand out a pywa client pointed at it."""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
import time

import httpx
from pywa import WhatsApp

class Sandbox:
    """A running `waba sandbox serve --port 0 -o json`; use as a context manager."""

    def __init__(self, waba_bin: str):
        self.waba_bin = waba_bin
        self.tmp = tempfile.TemporaryDirectory(prefix="waba-pywa-")
        self.proc: subprocess.Popen | None = None
        self.info: dict = {}

    def __enter__(self) -> Sandbox:
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": self.tmp.name,
            "WABA_DATA_DIR": os.path.join(self.tmp.name, "data"),
            "WABA_CONFIG_DIR": os.path.join(self.tmp.name, "config"),
            "NO_COLOR": "1",
            # Templates leave PENDING at once, so the suite can edit what it created.
            "WABA_SANDBOX_REVIEW_DELAY_MS": "0",
        }
        if os.environ.get("WABA_SANDBOX_RECORD"):
            env["WABA_SANDBOX_RECORD"] = os.environ["WABA_SANDBOX_RECORD"]
        self.proc = subprocess.Popen(
            [self.waba_bin, "sandbox", "serve", "--port", "0", "-o", "json"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=open(os.path.join(self.tmp.name, "serve.log"), "wb"),
            env=env,
            text=True,
        )
        text = ""
        deadline = time.monotonic() + 30
        assert self.proc.stdout is not None
        while time.monotonic() < deadline:
            line = self.proc.stdout.readline()
            if not line:
                break
            text += line
            try:
                self.info = json.loads(text)
                break
            except json.JSONDecodeError:
                continue
        if not self.info:
            self.__exit__(None, None, None)
            raise RuntimeError(f"`waba sandbox serve` printed no JSON object:\n{text}\n{self.log()}")
        # Cases read the verification codes the sandbox "sends" where a person would: its log.
        self.info["serve_log"] = os.path.join(self.tmp.name, "serve.log")
        return self

    def log(self) -> str:
        try:
            with open(os.path.join(self.tmp.name, "serve.log"), encoding="utf-8", errors="replace") as f:
                return f.read()
        except OSError:
            return ""

    def __exit__(self, *exc) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.tmp.cleanup()

    def client(self) -> WhatsApp:
        """A pywa client whose only change is the base URL: same paths, headers and bodies."""
        session = httpx.Client(timeout=30)
        wa = WhatsApp(
            phone_id=self.info["phone_number_id"],
            token=self.info["token"],
            session=session,
            waba_id=self.info["account_id"],
            business_portfolio_id=self.info["business_id"],
            app_id=self.info["app_id"],
        )
        # pywa sets `https://graph.facebook.com/v{its default version}` on the session it is
        # given; only the scheme, host and port change.
        session.base_url = self.info["base_url"] + session.base_url.path.rstrip("/")
        return wa
