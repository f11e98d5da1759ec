"""'U.S. officials said', 'EU diplomats said', 'Hamas officials said': officials named by the
actor they serve.

A nationality before a plural of office is a group whose party is that nationality's country
("Pakistani officials", ``mentions.MentionFinder._nationality_group``). An actor's own name in
that place ("U.S.", "EU", "U.N.", "NATO", "Hamas") was read as a name of its own, and the quote
went to the bare group "officials", with no party: the commonest attribution of foreign news had
no party. The name of a country or organisation right before a plural of office (at most two
words in lower case between: "U.S. defense officials") now opens the group the same way. Only
plurals of office: "China experts" and "Iran analysts" are experts on a country, not its staff.
"""

from __future__ import annotations

from briefings.extract.actors import country_or_organisation

Word = tuple[int, int, str]
#: plurals of people who speak for the actor named before them
_STAFF = frozenset({"officials", "diplomats", "negotiators", "sources", "spokesmen", "spokespeople",
                    "spokespersons", "envoys", "ministers", "authorities", "aides", "commanders", "leaders",
                    "lawmakers", "legislators", "prosecutors", "investigators", "mediators"})
_BETWEEN = 2  # lower-case words between the name and the plural: "U.S. defense officials"


def actor_before_staff(words: list[Word], i: int, masked: str) -> bool:
    """Whether word ``i`` names a country or organisation and a plural of office follows it."""
    if country_or_organisation(words[i][2].rstrip(",")) is None or words[i][2].endswith(","):
        return False
    for j in range(i + 1, min(i + 2 + _BETWEEN, len(words))):
        if masked[words[j - 1][1]:words[j][0]] != " ":
            return False
        low = words[j][2]
        if low in _STAFF:
            return True
        if not low.islower():
            return False
    return False
