"""The office-holder list (``lexicon/office_holders.txt``), read once: who held which office for
whom, 2000–2025. ``holders`` reads a person's party from it; ``lede`` checks that the person a
story names after an opening role may hold it. Apart so that both can read it (``holders``
needs the resolver, which ``lede`` serves)."""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from importlib.resources import files

_SEPARATORS = re.compile(r"[\s\-‐‑–’']+")


def fold(name: str) -> str:
    """A name as the list is keyed: lower case, without diacritics, hyphens and apostrophes as
    spaces ("Kim Jong-un" and "Kim Jong Un", "Erdoğan" and "Erdogan" are one key)."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return " ".join(_SEPARATORS.sub(" ", bare.casefold()).split())


@cache
def office_holders() -> dict[str, list[tuple[str, str]]]:
    """Folded full name → [(party, office and years)], in the list's order."""
    text = files("briefings.extract.lexicon").joinpath("office_holders.txt").read_text(encoding="utf-8")
    table: dict[str, list[tuple[str, str]]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            name, party, office = line.split("\t")
            entries = table.setdefault(fold(name), [])
            if (party, office) not in entries:
                entries.append((party, office))
    return table
