"""Normalising what people type or paste: full-width characters, stray spaces, invisible marks."""

from __future__ import annotations

import unicodedata

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\ufeff\u00a0\u3000"), " ")


def fold(text: str) -> str:
    """Fold full-width ASCII to half-width (NFKC) and collapse whitespace; keep Chinese as it is."""
    folded = unicodedata.normalize("NFKC", text.translate(_INVISIBLE))
    return " ".join(folded.split())


def compact(text: str) -> str:
    """Like :func:`fold` but removes every space; for codes, numbers and header names."""
    return fold(text).replace(" ", "")
