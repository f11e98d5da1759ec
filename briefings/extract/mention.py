"""A mention: one place in an article that may name a speaker (a name, a body, a pronoun, a role
phrase, a group), with what the text says of where it stands. :mod:`briefings.extract.mentions`
finds them; every later step reads them."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Mention:
    """A reference to a possible speaker: a name, organisation, pronoun or role phrase."""

    start: int
    end: int
    surface: str
    kind: str  # "person", "name1" (one word), "org", "pronoun", "role", "phrase", "relative", "joint"
    name: str = ""  # the name without titles, for persons and organisations
    titles: list[str] = field(default_factory=list)  # lower-case words of titles/appositives
    subject_like: bool = False
    possessive: bool = False
    after_preposition: bool = False
    object_like: bool = False  # right after a verb: "met Roe"
    gender: str = ""  # "m" or "f" when an honorific says so
    role: str = ""  # the title as written: "Turkish Defence Minister"
    titles_raw: list[str] = field(default_factory=list)
    antecedent: Mention | None = None  # for "who" in "X, who said": the mention X
    members: list[Mention] = field(default_factory=list)  # for a joint speaker: "X and Y"
    bare_group: bool = False  # a plural role noun without a determiner: "officials said"
