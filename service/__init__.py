"""kutipan's HTTP layer: Flask + flask-smorest around the attribution library."""


def __getattr__(name: str):
    # Imported lazily: ``kutipan serve`` must set PROMETHEUS_MULTIPROC_DIR before
    # prometheus_client (imported by the app) is first imported.
    if name == "create_app":
        from .app import create_app

        return create_app
    raise AttributeError(name)


__all__ = ["create_app"]
