"""Folding names into search keys: case-, accent- and umlaut-insensitive, German spelling variants."""

import re
import unicodedata
from functools import lru_cache

# Letters that Unicode does not decompose into base letter + accent.
_SPECIAL = str.maketrans({
    "ß": "ss", "ẞ": "ss", "æ": "ae", "ø": "o", "œ": "oe", "ł": "l", "đ": "d", "ð": "d",
    "þ": "th", "ı": "i", "ħ": "h", "ŧ": "t",
})
_UMLAUT_AS_E = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})
_WORD = re.compile(r"[^\W_]+")
_E_SPELLING = re.compile(r"(?<=[aou])e")


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold(text: str) -> str:
    """Case- and accent-free form: 'Müller-Straße' -> 'muller-strasse'."""
    return _strip_accents(text.casefold().translate(_SPECIAL))


def words(text: str) -> list[str]:
    """The folded words of a text, in order, for queries."""
    return _WORD.findall(fold(text))


def spelling_variants(word: str) -> frozenset[str]:
    """All spellings a guest might type for one word: Müller -> muller, mueller; Mueller -> muller."""
    lowered = unicodedata.normalize("NFC", word.casefold())
    variants = {fold(lowered), fold(lowered.translate(_UMLAUT_AS_E))}
    variants |= {_E_SPELLING.sub("", v) for v in list(variants) if _E_SPELLING.search(v)}
    return frozenset(v for v in variants if v)


@lru_cache(maxsize=65536)
def _part_keys(part: str) -> tuple[str, ...]:
    """The search words of one name or organisation (cached: the same names come again and again)."""
    keys: list[str] = []
    for raw in re.findall(r"[^\W_]+", unicodedata.normalize("NFC", part.casefold())):
        keys.extend(sorted(v for variant in spelling_variants(raw) for v in _WORD.findall(variant)))
    return tuple(keys)


def search_key(*parts: str) -> str:
    """Space-separated folded words (with spelling variants) of names and organisation."""
    return " ".join(dict.fromkeys(key for part in parts for key in _part_keys(part)))
