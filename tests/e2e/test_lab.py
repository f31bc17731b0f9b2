"""The README's main command starts JupyterLab on the notebooks, for root too: started headless here on a free
port, asked over loopback, and stopped."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from toolkit.cli import NOTEBOOKS, lab_command


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_allow_root_is_passed_for_root_only():
    assert "--allow-root" in lab_command(root=True)
    assert "--allow-root" not in lab_command(root=False)
    assert lab_command(["--port", "9"], root=False)[-2:] == ["--port", "9"]


@pytest.mark.skipif(not hasattr(os, "killpg"), reason="needs POSIX process groups to stop the server")
def test_toolkit_lab_serves_the_notebooks(tmp_path):
    port = free_port()
    env = {**os.environ, "JUPYTER_RUNTIME_DIR": str(tmp_path / "runtime"), "JUPYTER_DATA_DIR": str(tmp_path / "data")}
    server = subprocess.Popen(
        [sys.executable, "-m", "toolkit", "lab", "--no-browser", "--ip", "127.0.0.1", f"--port={port}",
         "--ServerApp.token=", "--ServerApp.password=", "--ServerApp.port_retries=0"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, start_new_session=True)
    try:
        contents = None
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and server.poll() is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/contents", timeout=5) as response:
                    contents = json.load(response)
                break
            except OSError:
                time.sleep(0.5)
        assert server.poll() is None, server.stderr.read().decode(errors="replace")[-2000:]
        assert contents is not None, "the server did not answer within 90 s"
        names = {item["name"] for item in contents["content"]}
        assert {p.name for p in NOTEBOOKS.glob("*.ipynb")} <= names
    finally:
        stop_process_group(server)


def stop_process_group(process: subprocess.Popen) -> None:
    """Stop a server started with ``start_new_session=True`` and everything it started (kernels)."""
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
