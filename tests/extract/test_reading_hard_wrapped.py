"""A hard-wrapped article (mail, plain-text wire copy) is read as the same article unwrapped: a
cue at the end of one line and its quote on the next are one sentence, and the quote is
returned verbatim, line break and all."""

from __future__ import annotations

from briefings.extract import extract_quotes

WRAPPED = (
    "VALDORA, May 2 - The two governments will patrol the strait\n"
    "together, Interior Minister Anna Veld said on Thursday, calling\n"
    "the deal 'a turning point in our cooperation against the\n"
    "smuggling gangs'.\n"
    "\n"
    "The opposition was sceptical. 'We have heard all this before,'\n"
    "said the shadow interior minister, Karl Dorn. 'Announcements\n"
    "are not results.'\n")


def _read(text: str) -> list[tuple[str, str | None]]:
    return [(q.quote, q.speaker) for q in extract_quotes(text)]


def test_a_wrapped_article_reads_as_its_unwrapped_self() -> None:
    unwrapped = WRAPPED.replace("\n", " ").replace("  ", "\n\n")
    assert [speaker for _, speaker in _read(WRAPPED)] == ["Anna Veld", "Karl Dorn", "Karl Dorn"]
    assert [speaker for _, speaker in _read(WRAPPED)] == [speaker for _, speaker in _read(unwrapped)]


def test_quotes_stay_verbatim() -> None:
    assert _read(WRAPPED)[0][0] == "a turning point in our cooperation against the\nsmuggling gangs"
