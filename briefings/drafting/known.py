"""Who a briefing already knows: its people and parties, found by any name an article uses.

A follow-up article often names a known person by name alone (`"…," Mike Pompeo said.`), by
a surname or by a short name. That person is the one the analyst filed, under the party the
analyst gave them; a merge that made a new party for them would clash with the person's id and
leave the briefing invalid. So every drafted speaker is looked up here first, by id, name,
alias, short name or surname (a surname only when one known person has it), and a drafted
party by its id, name, short name or aliases, each compared as :func:`briefings.sameitem.name_key`
folds it (without "the" and "government"), the one way a name is compared.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from briefings.sameitem import name_key


@dataclass(frozen=True)
class Known:
    """A known person (``person_id``) or party (``person_id`` None) and the party node holding it."""

    party: Any
    person_id: str | None


def _surname(name: str) -> str:
    words = name_key(name).split()
    return words[-1] if len(words) > 1 else ""


class KnownPeople:
    """The people and parties of a briefing tree, indexed by every name they go by."""

    def __init__(self, parties: Iterable[Any]):
        self.by_name: dict[str, list[Known]] = {}
        self.by_surname: dict[str, list[Known]] = {}
        self.ids: set[str] = set()
        for party in parties:
            self.ids.add(str(party.get("id")))
            for key in ("id", "name", "short_name"):
                self._add(party.get(key), Known(party, None))
            for alias in party.get("aliases", None) or []:
                self._add(alias, Known(party, None))
            for person in party.get("people", None) or []:
                known = Known(party, str(person.get("id")))
                self.ids.add(known.person_id or "")
                for name in (person.get("id"), person.get("name"), *(person.get("aliases", None) or [])):
                    self._add(name, known)
                surname = _surname(str(person.get("name", "")))
                if surname:
                    self.by_surname.setdefault(surname, []).append(known)

    def _add(self, name: Any, known: Known) -> None:
        key = name_key(name)
        if key and known not in self.by_name.get(key, []):
            self.by_name.setdefault(key, []).append(known)

    def person(self, names: Iterable[str]) -> Known | None:
        """The one known person any of ``names`` names (full name, id, alias, or a surname
        that one known person has, with a matching first initial when one is given)."""
        for name in names:
            people = [k for k in self.by_name.get(name_key(name), []) if k.person_id]
            if len(people) == 1:
                return people[0]
            words = name_key(name).split()
            if not words:
                continue
            same = self.by_surname.get(words[-1], [])
            if len(words) > 1:
                same = [k for k in same if _initial(k) == words[0][:1]]
            if len({k.person_id for k in same}) == 1:
                return same[0]
        return None

    def party(self, names: Iterable[str]) -> Any:
        """The one known party any of ``names`` names, or None."""
        for name in names:
            parties = [k.party for k in self.by_name.get(name_key(name), []) if k.person_id is None]
            if len(parties) == 1:
                return parties[0]
        return None

    def ministry(self, country: str, department: str) -> Any:
        """The analyst's ministry party of ``country`` for ``department`` ("foreign",
        "defence"), when the briefing has exactly one; else None."""
        if not country or not department:
            return None
        found = []
        for party in {id(k.party): k.party for ks in self.by_name.values() for k in ks}.values():
            if party.get("kind") != "ministry":
                continue
            words = f"{name_key(party.get('name'))} {name_key(party.get('short_name'))}"
            if re.search(rf"\b{re.escape(department[:5])}", words) and _mentions_country(words, country):
                found.append(party)
        return found[0] if len(found) == 1 else None

    def fresh_id(self, wanted: str) -> str:
        """``wanted``, or ``wanted-2``, ``-3``… so that it clashes with no party or person id."""
        candidate, n = wanted, 1
        while candidate in self.ids:
            n += 1
            candidate = f"{wanted[:76]}-{n}"
        self.ids.add(candidate)
        return candidate


def _initial(known: Known) -> str:
    person: Any = next((p for p in known.party.get("people", None) or [] if str(p.get("id")) == known.person_id), {})
    return name_key(person.get("name", ""))[:1]


def _mentions_country(words: str, country: str) -> bool:
    """Whether a folded party name names ``country`` (its name or the adjective the drafter
    kept for it, given as "Turkey|Turkish")."""
    return any(name_key(form) and re.search(rf"\b{re.escape(name_key(form))}\b", words) for form in country.split("|"))
