"""Search keys for Chinese names: pinyin initials so that typing ``zs`` finds 张三."""

from __future__ import annotations

import re
from functools import lru_cache

from branchdesk.domain.text import compact, fold

_LATIN_WORD = re.compile(r"[A-Za-z0-9]+")


@lru_cache(maxsize=4096)
def initials(name: str) -> str:
    """Lower-case pinyin initials of a name (``张三`` → ``zs``).

    Latin words count like syllables: each gives its first letter (``Tom Smith`` → ``ts``,
    ``Anna李`` → ``al``). Separators (spaces, dots, ``·``) are dropped.
    """
    # pypinyin is imported on first use: loading its phrase dictionary costs 0.3 s of start-up.
    from pypinyin import Style, lazy_pinyin

    letters: list[str] = []
    # fold(), not compact(): spaces keep Latin words apart ("Tom Smith" is two words).
    for segment in lazy_pinyin(fold(name), style=Style.FIRST_LETTER, errors="default"):
        if segment.isascii():
            letters.extend(word[0].lower() for word in _LATIN_WORD.findall(segment))
    return "".join(letters)


@lru_cache(maxsize=4096)
def full_pinyin(name: str) -> str:
    """Lower-case toneless pinyin without separators (``张三`` → ``zhangsan``)."""
    from pypinyin import lazy_pinyin

    return "".join(s.lower() for s in lazy_pinyin(compact(name), errors="default") if s.isascii())
