"""Once the article has named someone, "the spokesman said" is a spokesman named before it, or
no one: never the other side's spokesman named in a later paragraph, nor, with a person the
subject of the sentence before, the body named further back; and "the Foreign Ministry" written
with no country before the article names another country's ministry is not that country's."""

from __future__ import annotations

from briefings.extract import extract_quotes

TOKYO = (
    "TOKYO - Japan lodged a protest with Valdora on Wednesday, the Foreign Ministry said.\n\n"
    'Cabinet Secretary Ken Mori told a press conference the incursion was "extremely regrettable". '
    'The top government spokesman said Tokyo would "respond calmly but resolutely."\n\n'
    "Valdora's Foreign Ministry rejected the protest. \"The islands are our territory,\" spokesman "
    "Petr Lind said.\n")


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.party) for q in extract_quotes(text)]


def _spokesman(text: str) -> str | None:
    return next(q.speaker for q in extract_quotes(text) if q.quote.startswith("respond calmly"))


def test_the_spokesman_is_not_one_named_later() -> None:
    assert _spokesman(TOKYO) != "Petr Lind"


def test_nor_the_body_behind_a_person_who_spoke_just_before() -> None:
    assert _spokesman(TOKYO) != "Foreign Ministry"


def test_a_bare_body_written_first_is_not_the_later_country_s() -> None:
    text = ("TOKYO - Japan lodged a protest on Wednesday, the Foreign Ministry said in a statement "
            'that called the incursion "extremely regrettable and unacceptable".\n\n'
            "Chinese Foreign Ministry spokesman Petr Lind rejected the protest.\n")
    assert _speakers(text)[0] == ("Foreign Ministry", None)
