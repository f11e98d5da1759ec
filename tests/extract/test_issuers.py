"""How a role phrase speaks for a body (``briefings.extract.issuers``): a document for the
issuer named after it, a spokesperson for the body named, a body word for the body of that
kind named before.

Sentences are invented for these tests."""

from __future__ import annotations

from briefings.extract import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


def test_a_statement_from_a_body_speaks_for_that_body() -> None:
    text = ('A statement from the Harbour Council said the ferries "will run all winter."')
    assert _speakers(text) == ["Harbour Council"]


def test_a_spokeswoman_for_a_body_speaks_for_that_body() -> None:
    text = ('"The piers are safe," a spokeswoman for the Harbour Council said on Monday.')
    assert _speakers(text) == ["Harbour Council"]


def test_a_body_word_speaks_for_the_body_of_that_kind_named_before() -> None:
    text = ("The Valdonian Fisheries Agency closed the northern grounds on Monday.\n\n"
            '"Stocks need two seasons to recover," the agency said.')
    assert _speakers(text) == ["Valdonian Fisheries Agency"]
