"""Names a person goes by, given in the article: "President Joko Widarto, popularly known as
Jokowar, said" and later "Jokowar told reporters". Asian and African news often names a leader by
such a nickname after introducing the full name once; read alone, the nickname was a one-word
name of no one, so the speaker was `Jokowar`, not the full name.

Only a one-word nickname written right after the full name ("X, known as Y", "X, better known
as Y", "X, known by his nickname Y") counts: the apposition says they are one person.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefings.extract.mention import Mention

if TYPE_CHECKING:
    from briefings.extract.article import Article

# patterns compiled once (pysbd fills the re module cache with its own)
_KNOWN_AS = re.compile(
    r",?\s+(?:\(\s*)?(?:(?:popularly|better|widely|commonly|locally|affectionately)\s+)?known\s+"
    r"(?:as|by\s+(?:his|her|the)\s+(?:nickname|moniker)|by\s+the\s+name)\s+([A-Z][\w'’-]+)(?=[\s,.;:)])")


def nicknames(article: Article, persons: list[Mention]) -> dict[str, str]:
    """Each one-word nickname (case-folded) → the name of the person it follows, for names of two
    words or more; a nickname given to two people is no one's."""
    found: dict[str, set[str]] = {}
    for person in persons:
        match = _KNOWN_AS.match(article.masked, person.end)
        if match and " " in person.name and not article.inside_quote(match.start(1)):
            found.setdefault(match.group(1).casefold(), set()).add(person.name)
    return {nickname: next(iter(names)) for nickname, names in found.items() if len(names) == 1}
