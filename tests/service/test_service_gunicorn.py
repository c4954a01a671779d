"""kutipan serve under gunicorn with 2 workers: metrics across workers, killed worker, SIGTERM."""
from __future__ import annotations

import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

REPO = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(port: int, path: str, method: str = "GET", body: bytes | None = None) -> tuple[int, bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request(method, path, body=body, headers={"Content-Type": "application/json"} if body else {})
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


@pytest.fixture
def server(tmp_path):
    port = _free_port()
    env = dict(os.environ, KUTIPAN_WORKERS="2", KUTIPAN_MODELS=str(tmp_path / "no-models"), KUTIPAN_LOG_LEVEL="INFO")
    env.pop("PROMETHEUS_MULTIPROC_DIR", None)
    log = (tmp_path / "serve.log").open("w")
    process = subprocess.Popen([sys.executable, "-m", "service.cli", "serve", "--port", str(port)], cwd=REPO,
                               env=env, stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 60
    while True:
        try:
            if _get(port, "/healthz")[0] == 200 and len(psutil.Process(process.pid).children()) == 2:
                break
        except OSError:
            pass
        assert process.poll() is None and time.monotonic() < deadline, (tmp_path / "serve.log").read_text()
        time.sleep(0.2)
    yield process, port, tmp_path / "serve.log"
    if process.poll() is None:
        process.kill()
        process.wait(timeout=10)


def _count(metrics: str, prefix: str) -> float:
    return sum(float(line.rsplit(" ", 1)[1]) for line in metrics.splitlines() if line.startswith(prefix))


@pytest.mark.slow
def test_two_workers_metrics_missing_models_killed_worker_and_graceful_stop(server):
    process, port, log = server
    # Missing models: started, not ready, 503 with the reason, no folder names.
    status, body = _get(port, "/readyz")
    assert status == 503 and "does not exist" in json.loads(body)["reason"]
    status, body = _get(port, "/v1/quotes", "POST", b'{"text": "a"}')
    error = json.loads(body)["error"]
    assert status == 503 and error["code"] == "models_unavailable"
    assert "does not exist" in error["message"] and str(log.parent) not in error["message"]

    for _ in range(20):
        assert _get(port, "/healthz")[0] == 200
    metrics = _get(port, "/metrics")[1].decode()
    # Each request opens a new connection, so both workers served some: the sum must be all 20.
    assert _count(metrics, 'kutipan_http_requests_total{endpoint="/healthz"') >= 20

    master = psutil.Process(process.pid)
    victim = master.children()[0]
    victim.send_signal(signal.SIGKILL)
    for _ in range(20):
        assert _get(port, "/healthz")[0] == 200  # the other worker answers meanwhile
    deadline = time.monotonic() + 30
    while len(master.children()) < 2 or victim.pid in [c.pid for c in master.children()]:
        assert time.monotonic() < deadline
        time.sleep(0.2)

    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=40) == 0
    lines = [json.loads(line) for line in log.read_text().splitlines() if line.startswith("{")]
    assert any(line.get("message") == "request" and line.get("path") == "/v1/quotes" for line in lines)
    assert any("Shutting down" in line.get("message", "") for line in lines)
