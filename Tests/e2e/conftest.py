"""Starts the real influxdb3 binary (debug build) on 127.0.0.1 and a free port for the e2e suite."""
import os
import shutil
import socket
import subprocess
import tempfile
import time

import pytest
import requests

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BINARY = os.environ.get("INFLUXDB3_BINARY", os.path.join(ROOT, ".build", "debug", "influxdb3"))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """A server process; `--without-auth` unless `with_auth` (the tests about tokens)."""

    def __init__(self, with_auth=False, extra_args=()):
        self.data_dir = tempfile.mkdtemp(prefix="influxdb3-e2e-")
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen(
            [BINARY, "serve", "--node-id", "e2e", "--data-dir", self.data_dir,
             "--http-bind", f"127.0.0.1:{self.port}", "--log-filter", "warn"]
            + ([] if with_auth else ["--without-auth"]) + list(extra_args),
        )
        deadline = time.time() + 30
        while time.time() < deadline:
            try:
                # With auth on, /health answers 401 without a token: any answer means ready.
                if requests.get(self.url + "/health", timeout=1).status_code in (200, 401):
                    return
            except requests.ConnectionError:
                pass
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited with {self.process.returncode}")
            time.sleep(0.05)
        raise RuntimeError("server did not become ready")

    def rows(self, database, table):
        """The rows the kernel holds, via the offline inspect command (needs the server stopped or not)."""
        out = subprocess.run(
            [BINARY, "inspect", "--data-dir", self.data_dir, "--node-id", "e2e",
             "--database", database, "--table", table],
            check=True, capture_output=True, text=True,
        ).stdout
        return [line.split("\t", 2)[2] for line in out.splitlines()]

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        shutil.rmtree(self.data_dir, ignore_errors=True)


@pytest.fixture(scope="session")
def server():
    s = Server()
    yield s
    s.stop()


@pytest.fixture(scope="module")
def auth_server():
    """A server with token authentication on (as InfluxDB 3 runs by default)."""
    s = Server(with_auth=True)
    yield s
    s.stop()
