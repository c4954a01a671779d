"""Service settings, read from ``KUTIPAN_*`` environment variables.

Every variable is listed in docs/configuration.md; keep the two in step.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field, fields


class ConfigError(ValueError):
    """An environment variable holds a value the service cannot use."""


def _int_env(env: dict, name: str, default: int, minimum: int = 1) -> int:
    raw = env.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ConfigError(f"{name} must be an integer, got {raw!r}") from None
    if value < minimum:
        raise ConfigError(f"{name} must be at least {minimum}, got {value}")
    return value


def _bool_env(env: dict, name: str, default: bool) -> bool:
    raw = env.get(name)
    if raw is None or raw.strip() == "":
        return default
    lowered = raw.strip().lower()
    if lowered in {"1", "true", "yes", "on"}:
        return True
    if lowered in {"0", "false", "no", "off"}:
        return False
    raise ConfigError(f"{name} must be true or false, got {raw!r}")


@dataclass(frozen=True)
class Settings:
    host: str = "127.0.0.1"
    port: int = 8000
    workers: int = field(default_factory=lambda: os.cpu_count() or 1)
    models: str | None = None
    max_body_bytes: int = 1_000_000
    max_batch: int = 32
    api_keys: tuple[str, ...] = ()
    log_level: str = "INFO"
    timeout: int = 60
    graceful_timeout: int = 30
    preload: bool = False
    max_requests: int = 0
    swagger_ui_url: str = "https://cdn.jsdelivr.net/npm/swagger-ui-dist/"

    @classmethod
    def from_env(cls, env: dict | None = None) -> "Settings":
        env = os.environ if env is None else env
        defaults = cls()
        keys = tuple(k.strip() for k in env.get("KUTIPAN_API_KEYS", "").split(",") if k.strip())
        log_level = env.get("KUTIPAN_LOG_LEVEL", defaults.log_level).strip().upper() or defaults.log_level
        if log_level not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
            raise ConfigError(f"KUTIPAN_LOG_LEVEL must be DEBUG, INFO, WARNING, ERROR or CRITICAL, got {log_level!r}")
        return cls(
            host=env.get("KUTIPAN_HOST", defaults.host).strip() or defaults.host,
            port=_int_env(env, "KUTIPAN_PORT", defaults.port, minimum=0),
            workers=_int_env(env, "KUTIPAN_WORKERS", defaults.workers),
            models=env.get("KUTIPAN_MODELS") or None,
            max_body_bytes=_int_env(env, "KUTIPAN_MAX_BODY_BYTES", defaults.max_body_bytes),
            max_batch=_int_env(env, "KUTIPAN_MAX_BATCH", defaults.max_batch),
            api_keys=keys,
            log_level=log_level,
            timeout=_int_env(env, "KUTIPAN_TIMEOUT", defaults.timeout),
            graceful_timeout=_int_env(env, "KUTIPAN_GRACEFUL_TIMEOUT", defaults.graceful_timeout),
            preload=_bool_env(env, "KUTIPAN_PRELOAD", defaults.preload),
            max_requests=_int_env(env, "KUTIPAN_MAX_REQUESTS", defaults.max_requests, minimum=0),
            swagger_ui_url=env.get("KUTIPAN_SWAGGER_UI_URL", defaults.swagger_ui_url),
        )

    def as_flask_config(self) -> dict:
        """The settings under the upper-case names ``create_app`` reads."""
        return {f.name.upper(): getattr(self, f.name) for f in fields(self)}
