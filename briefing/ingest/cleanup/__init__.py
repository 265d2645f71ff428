"""Cleanup suggestions for imported text (glued words); they are proposed, never applied."""

from briefing.ingest.cleanup.glued import find_glued_words
from briefing.ingest.cleanup.lexicon import warm_up

__all__ = ["find_glued_words", "warm_up"]
