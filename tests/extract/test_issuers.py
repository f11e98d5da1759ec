"""Documents brought in with their issuer (``briefings.extract.issuers``): a later "the
resolution" or "the report" speaks for that issuer.

Sentences are invented for these tests."""

from __future__ import annotations

from briefings.extract import extract_quotes
from briefings.extract.article import Article
from briefings.extract.issuers import introductions


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


def test_a_resolution_speaks_for_the_body_that_adopted_it() -> None:
    text = ("The Harbour Council on Monday adopted a resolution on the fishing quotas.\n\n"
            'Mayor Ilse Varga called it "a fair deal for every fleet."\n\n'
            'The resolution also "urges the ferry company to keep its winter timetable."')
    assert _speakers(text)[-1] == "Harbour Council"


def test_a_joint_statement_speaks_for_the_group_that_issued_it() -> None:
    text = ("On Friday, the ministers of Valdonia, Fenwick and Ostrava issued a joint statement on "
            'the strike.\n\n"We call on both sides to return to the table," the statement said.')
    assert _speakers(text) == ["ministers of Valdonia, Fenwick and Ostrava"]


def test_a_report_brought_in_by_an_opening_phrase_is_its_subject_s() -> None:
    text = ("In a report issued on Tuesday, Harbour Watch accused the port board of neglect.\n\n"
            'The report said the piers were "close to collapse in several places."')
    assert _speakers(text) == ["Harbour Watch"]


def test_a_sentence_about_a_resolution_gives_no_issuer() -> None:
    article = Article("Ilse Varga said the council adopted a resolution on Monday.", [])
    assert introductions(article) == []
