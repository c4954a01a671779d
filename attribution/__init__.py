"""kutipan's attribution library: quotes and reported speech in Indonesian news.

Never imports Flask: the HTTP layer lives in ``service/``.
"""
from .errors import AttributionError, InvalidInputError, ModelsUnavailableError
from .model import ExtractionResult, Quote, Span, Speaker, SpeakerEntry
from .pipeline import extract

__all__ = [
    "AttributionError",
    "ExtractionResult",
    "InvalidInputError",
    "ModelsUnavailableError",
    "Quote",
    "Span",
    "Speaker",
    "SpeakerEntry",
    "extract",
]
