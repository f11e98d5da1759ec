"""A role phrase after a possessive: "Roe's spokeswoman" speaks for Roe, "Roe's campaign" is the
Roe campaign (a body named after a person), "Greece's foreign ministry" keeps its possessive as
the article writes it, "North Korea's ambassador" is the one person the article titles so for North
Korea, and "Roe's lawyer" stays as written (a lawyer named elsewhere is not Roe's)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefings.extract.actors import country_or_organisation
from briefings.extract.backrefs import READ_BACK, diplomat_of
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
    holder = _holder_for(resolver, mention, owner, head) if owner and mention.antecedent else None
    if holder:
        return holder
    body = head in words("org_words") or head in words("documents")
    if owner and body and not _an_actor(mention.antecedent, owner):
        return f"{owner} {' '.join(mention.titles)}"  # "the Roe campaign"; "Greece's foreign ministry" below
    if owner and not body and _an_actors_officer(mention, owner, head):
        return None  # "Israel's prime minister", no one titled so: a person, named later or never
    return _POSSESSIVE_S.sub("", mention.surface, count=1) if owner is None else \
        f"{owner}'s {' '.join(mention.titles)}"


def _an_actors_officer(mention: Mention, owner: str, head: str) -> bool:
    """ "Israel's prime minister", "the UN's envoy": a person's office of a country or body."""
    return head in words("role_nouns") and _an_actor(mention.antecedent, owner)


def _an_actor(owner_mention: Mention | None, owner: str) -> bool:
    """A country or an organisation the article names ("Greece", "the Arab League"): its ministry
    keeps the possessive ("Greece's foreign ministry"); a person's does not ("the Roe campaign")."""
    return (owner_mention is not None and owner_mention.kind == "org") or country_or_organisation(owner) is not None


def _holder_for(resolver: Resolver, mention: Mention, owner: str, head: str) -> str | None:
    """ "North Korea's ambassador" → the one person the article titles "ambassador" whose
    title names no other country or body ("Ambassador Sin Son Ho", not "the U.S.
    ambassador, Jane Roe"). Only for a place or body as owner: "Roe's lawyer" is not a
    lawyer named elsewhere."""
    owner_mention = mention.antecedent
    if owner_mention is None or owner_mention.kind not in ("person", "name1", "org") or \
            resolver.is_person_name(owner_mention):
        return None
    found = country_or_organisation(owner)
    if found is not None and found[1] == "country" and head in READ_BACK:
        return diplomat_of(resolver, mention, found[0])  # "Ukraine's top diplomat": its foreign minister
    holders = {resolver.full_name(p.name) for p in resolver.titled(head) if _title_agrees(resolver, p, owner)}
    return holders.pop() if len(holders) == 1 else None


def _title_agrees(resolver: Resolver, person: Mention, owner: str) -> bool:
    """Whether a person's title (and apposition) names ``owner`` or no one else."""
    said = " ".join([person.role, *resolver.appositive_words(person)])
    named = [w for w in said.split() if w[:1].isupper() and w.lower().strip(",.") not in words("title_words")
             and w.lower() not in words("honorifics")]  # "Ayatollah Ali Khamenei" names no other body
    return owner.casefold() in said.casefold() or not named and not _another_actor_set_off(resolver, person, owner)


def _another_actor_set_off(resolver: Resolver, person: Mention, owner: str) -> bool:
    """ "Lebanon's caretaker prime minister, Najib Mikati," (a role phrase set off before the
    name): its words name Lebanon, so he is no holder of "Israel's prime minister" (0.64)."""
    found = {country_or_organisation(w.capitalize()) for w in resolver.title_words(person)} - {None}
    return bool(found) and country_or_organisation(owner) not in found
