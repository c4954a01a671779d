"""kutipan's HTTP layer: Flask + flask-smorest around the attribution library."""
from .app import create_app

__all__ = ["create_app"]
