"""Exceptions raised by the attribution library.

The HTTP layer (``service/``) translates each into one JSON error shape; the library
itself knows nothing about HTTP.
"""


class AttributionError(Exception):
    """Base class for every error the library raises on purpose."""

    code = "attribution_error"


class InvalidInputError(AttributionError):
    """The caller's input cannot be processed (for example an unparseable date)."""

    code = "invalid_input"

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


class ModelsUnavailableError(AttributionError):
    """The NLP models are missing, corrupt or failed to load."""

    code = "models_unavailable"
