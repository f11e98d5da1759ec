"""Names a person goes by, given in the article: "President Joko Widarto, popularly known as
Jokowar, said" and later "Jokowar told reporters". Asian and African news often names a leader by
such a nickname after introducing the full name once; read alone, the nickname was a one-word
name of no one, so the speaker was `Jokowar`, not the full name.

Only a one-word nickname written right after the full name ("X, known as Y", "X, better known
as Y", "X, known by his nickname Y") counts: the apposition says they are one person.

South and South-East Asian news also writes the nickname in quotation marks, after the full name
("Pushpa Kamal Dahal 'Prachanda'") or between the given name and the surname ("spokesperson
Rolliansyah \"Roy\" Soemirat"), then names the person by it, or by the surname alone. The
nickname and, in the second form, each of the two name words go to the full name without it
(``quoted_nicknames``): they were the one-word names `Prachanda'`, `Roy` and `Soemirat`.
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
# one capitalised word in quotation marks, on the name's line: "Dahal 'Prachanda'", "Rolliansyah \"Roy\""
_IN_MARKS = re.compile(r"[ \t]+([\"“'‘’])([A-Z][\w-]+)([\"”'’])(?=[ \t,.;:)])")
_CLOSING = {'"': '"', "“": "”", "'": "'’", "‘": "’", "’": "’"}  # "’Prachanda’": typography sets ’ for both


def nicknames(article: Article, persons: list[Mention]) -> dict[str, str]:
    """Each one-word nickname (case-folded) → the name of the person it follows, for names of two
    words or more; a nickname given to two people is no one's. Read once per article and set of
    persons (each party asks it: read anew, it took a tenth of a long article's time)."""
    key = ("nicknames", str(id(persons)), str(len(persons)))  # the resolver's list, alive as long as the article
    if key not in article.memo:
        article.memo[key] = _nicknames(article, persons)
    known: dict[str, str] = article.memo[key]
    return known


def _nicknames(article: Article, persons: list[Mention]) -> dict[str, str]:
    found: dict[str, set[str]] = {}
    for person in persons:
        match = _KNOWN_AS.match(article.masked, person.end)
        if match and " " in person.name and not article.inside_quote(match.start(1)):
            found.setdefault(match.group(1).casefold(), set()).add(person.name)
    for nickname, name in quoted_nicknames(article):
        found.setdefault(nickname, set()).add(name)
    return {nickname: next(iter(names)) for nickname, names in found.items() if len(names) == 1}


def _marked_word(article: Article, end: int) -> re.Match[str] | None:
    """A capitalised word in a pair of matching quotation marks right after ``end``."""
    match = _IN_MARKS.match(article.text, end)
    return match if match and match.group(3) in _CLOSING[match.group(1)] else None


def quoted_nicknames(article: Article) -> list[tuple[str, str]]:
    """(word, full name) for nicknames in quotation marks: after a person's name of two words or
    more, the nickname; between two one-word names on one line ("Rolliansyah \"Roy\" Soemirat"),
    the nickname and both words, for the two words are then one name. Words case-folded, a
    trailing apostrophe (of "'Prachanda'" read as a name) dropped."""
    found: list[tuple[str, str]] = []
    mentions = article.mentions
    for i, mention in enumerate(mentions):
        match = _marked_word(article, mention.end)
        if match is None or article.inside_quote(mention.start):
            continue
        nickname = match.group(2).casefold()
        if mention.kind == "person" and " " in mention.name:
            found.append((nickname, mention.name))
        elif mention.kind == "name1" and i + 1 < len(mentions) and mentions[i + 1].kind == "name1" and \
                mentions[i + 1].start == match.end() + 1 and article.text[match.end()] == " ":
            name = f"{mention.name} {mentions[i + 1].name}"
            found += [(nickname, name), (mention.name.casefold(), name), (mentions[i + 1].name.casefold(), name)]
    return found + [(f"{word}'", name) for word, name in found] + [(f"{word}’", name) for word, name in found]
