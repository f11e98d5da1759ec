"""A country's formal name read as one name where it runs over "of" and "the".

"Democratic Republic of the Congo Foreign Minister X said" gave the speaker "Democratic
Republic" (0.99) and the party "Congo", another country: a run of capitalised words broke at
"of", which continues a name only after a title or body word ("Ministry of Defence"). "Republic of
Korea", "Kingdom of Saudi Arabia" and "Islamic Republic of Iran" broke the same way. Where the
words before "of" and a few after it make a name ``actors.country_or_organisation`` knows, "of"
(and a "the" after it) continue the run, so the country is read whole, then split off the name as
a title's country is.
"""

from __future__ import annotations

from briefings.extract.actors import country_or_organisation

_BEFORE = 3  # words of a formal name before "of": "Democratic People's Republic"
_AFTER = 3  # and after it: "the Congo", "Saudi Arabia"


def formal_name_goes_on(words: list[tuple[int, int, str]], j: int, run: list[tuple[int, int, str]]) -> bool:
    """Whether word ``j`` ("of", or "the" right after it) continues a country's formal name that
    the run's last words open."""
    at = j - 1 if words[j][2].lower() == "the" else j  # the "of"
    if at < 1 or words[at][2] != "of" or not run:
        return False
    before = [w for _, _, w in run if w != "of"][-_BEFORE:]
    after = [w for _, _, w in words[at + 1:at + 1 + _AFTER]]
    for size in range(1, len(before) + 1):
        head = " ".join(before[-size:])
        for count in range(1, len(after) + 1):
            found = country_or_organisation(f"{head} of {' '.join(after[:count])}")
            if found and found[1] == "country":
                return True
    return False


def is_formal_country_name(tokens: list[str]) -> bool:
    """Whether a run is a country's formal name and nothing else ("the Democratic Republic of the
    Congo", "Kingdom of Saudi Arabia"): a body, not a person titled "Democratic Republic of"."""
    words_ = tokens[1:] if tokens and tokens[0].lower() == "the" else tokens
    if "of" not in words_:
        return False
    found = country_or_organisation(" ".join(words_))
    return found is not None and found[1] == "country"
