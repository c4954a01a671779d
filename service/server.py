"""gunicorn around ``create_app``, configured from Settings (used by ``kutipan serve``)."""
from __future__ import annotations

import logging

from gunicorn.app.base import BaseApplication

from .config import Settings


def json_logconfig(level: str) -> dict:
    """gunicorn's own log lines (boot, worker timeouts) as JSON on stdout, like the app's."""
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "%(asctime)s %(levelname)s %(name)s %(message)s",
            "rename_fields": {"levelname": "level", "asctime": "time", "name": "logger"},
        }},
        "handlers": {"stdout": {"class": "logging.StreamHandler", "formatter": "json", "stream": "ext://sys.stdout"}},
        "loggers": {
            "gunicorn.error": {"handlers": ["stdout"], "level": level, "propagate": False},
            # The app logs each request itself, with its request id: no second access line.
            "gunicorn.access": {"handlers": [], "level": "WARNING", "propagate": False},
        },
        "root": {"handlers": ["stdout"], "level": "WARNING"},
    }


class KutipanServer(BaseApplication):
    def __init__(self, settings: Settings, metrics_dir: str):
        self.settings = settings
        self.metrics_dir = metrics_dir
        super().__init__()

    def load_config(self) -> None:
        s = self.settings

        def child_exit(_server, worker):
            # A dead worker's live-sample files must not count any more.
            from prometheus_client import multiprocess

            multiprocess.mark_process_dead(worker.pid, self.metrics_dir)

        options = {
            "bind": f"{s.host}:{s.port}",
            "workers": s.workers,
            "worker_class": "sync",  # CPU-bound extraction: one request per worker
            "timeout": s.timeout,  # a worker silent this long is killed and replaced
            "graceful_timeout": s.graceful_timeout,  # SIGTERM: finish in-flight requests first
            "preload_app": s.preload,
            "max_requests": s.max_requests,
            "max_requests_jitter": s.max_requests // 10 if s.max_requests else 0,
            "limit_request_line": 8190,
            "accesslog": None,  # the app logs each request as JSON with its request id
            "loglevel": s.log_level.lower(),
            "child_exit": child_exit,
            "proc_name": "kutipan",
            # Several instances may run on one host (tests, blue/green); the control
            # socket is a fixed per-user path they would fight over, and we do not use it.
            "control_socket_disable": True,
            "logconfig_dict": json_logconfig(s.log_level),
        }
        for key, value in options.items():
            self.cfg.set(key, value)

    def load(self):
        from .app import create_app
        from .logs import configure_logging

        configure_logging(self.settings.log_level)
        app = create_app({"LOAD_MODELS_AT_START": True})
        logging.getLogger("kutipan.service").info(
            "app ready", extra={"workers": self.settings.workers, "preload": self.settings.preload}
        )
        return app


def run(settings: Settings, metrics_dir: str) -> None:
    KutipanServer(settings, metrics_dir).run()
