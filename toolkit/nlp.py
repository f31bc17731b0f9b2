"""Compatibility name: the pipeline functions live in :mod:`toolkit.pipeline` (``from toolkit.nlp import
load_pipeline`` keeps working)."""

from .pipeline import *  # noqa: F403
from .pipeline import __all__  # noqa: F401
