"""Quote attributor: direct and reported speech linked to speakers.

``attribute_quotes(doc)`` is the pure function; ``QuoteAttributor`` (factory ``nkru_quotes``) is
the spaCy component that wraps it. See ``docs/quotes.md``.
"""

from __future__ import annotations

from nkru_extract.quotes.attribute import attribute_quotes
from nkru_extract.quotes.lexicon import SpeechVerbs, load_speech_verbs
from nkru_extract.quotes.marks import Quotation, find_quotations

__all__ = ["Quotation", "SpeechVerbs", "attribute_quotes", "find_quotations", "load_speech_verbs"]
