"""A role phrase after a possessive: "Roe's spokeswoman" speaks for Roe, "Roe's campaign" is the
Roe campaign, "North Korea's ambassador" is the one person the article titles so for North
Korea, and "Roe's lawyer" stays as written (a lawyer named elsewhere is not Roe's)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefings.extract.heads import SPOKESPERSON
from briefings.extract.lexicon import words
from briefings.extract.mention import Mention

if TYPE_CHECKING:
    from briefings.extract.resolve import Resolver

_POSSESSIVE_S = re.compile(r"['’]s\b")


def owned_role(resolver: Resolver, mention: Mention, head: str, quote_pos: int) -> str | None:
    """The speaker a role phrase owned by ``mention.antecedent`` stands for (module docstring)."""
    owner = resolver.canonical(mention.antecedent, quote_pos) if mention.antecedent else None
    if owner and head in SPOKESPERSON:
        return owner
    holder = _holder_for(resolver, mention.antecedent, owner, head) if owner and mention.antecedent else None
    if holder:
        return holder
    if owner and (head in words("org_words") or head in words("documents")):
        return f"{owner} {' '.join(mention.titles)}"  # "Valdonia defence ministry"
    return _POSSESSIVE_S.sub("", mention.surface, count=1) if owner is None else \
        f"{owner}'s {' '.join(mention.titles)}"


def _holder_for(resolver: Resolver, owner_mention: Mention, owner: str, head: str) -> str | None:
    """ "North Korea's ambassador" → the one person the article titles "ambassador" whose
    title names no other country or body ("Ambassador Sin Son Ho", not "the U.S.
    ambassador, Jane Roe"). Only for a place or body as owner: "Roe's lawyer" is not a
    lawyer named elsewhere."""
    if owner_mention.kind not in ("person", "name1", "org") or resolver.is_person_name(owner_mention):
        return None
    holders = {resolver.full_name(p.name) for p in resolver.titled(head) if _title_agrees(resolver, p, owner)}
    return holders.pop() if len(holders) == 1 else None


def _title_agrees(resolver: Resolver, person: Mention, owner: str) -> bool:
    """Whether a person's title (and apposition) names ``owner`` or no one else."""
    said = " ".join([person.role, *resolver.appositive_words(person)])
    named = [w for w in said.split() if w[:1].isupper() and w.lower().strip(",.") not in words("title_words")]
    return owner.casefold() in said.casefold() or not named
