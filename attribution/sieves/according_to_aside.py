"""Detection, after reported_speech: ``yang menurutnya`` on the object of a speech verb
(``X mengkritik kebijakan impor yang menurutnya merugikan petani``) is the view's own
record where the sentence has none; ``according_to`` leaves it for this pass."""
from __future__ import annotations

from .according_to import run_asides as run  # noqa: F401
