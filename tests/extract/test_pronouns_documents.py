"""'"…," the statement said. "…," it added': a subject "it" right after a document's words
stands for that document (``pronouns._document_just_quoted``), so it gets the document's issuer,
or no one when the text states none; before, "it" went to a body named earlier or inside the
quote ("the leaders of Norway and Chile": `Chile`).

Sentences are invented for these tests (real countries and bodies, invented people)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

# text -> speaker of its last quote
CASES = [
    pytest.param(
        "The leaders of Norway and Chile issued a joint statement on Monday.\n\n"
        '"We condemn the shelling of the port," the statement said.\n\n'
        '"It is an attack on Chilean sovereignty," it added.',
        "leaders of Norway and Chile", id="a joint statement's signatories, not the last country named"),
    pytest.param(
        "Norway and Chile signed a fishing accord on Monday.\n\n"
        '"The ships must leave the strait," the statement said. "Nobody gains from delay," it added.',
        None, id="in the same paragraph"),
    pytest.param(
        "The UN Security Council on Friday adopted a resolution on the border war.\n\n"
        'The resolution "demands an immediate end to the shelling." "The Council will remain '
        'seized of the matter," it added.',
        "UN Security Council", id="the issuer the text states"),
    pytest.param(  # a body as subject before: "it" is still that body
        "Norway's Foreign Ministry summoned the ambassador on Monday.\n\n"
        '"The shelling must stop," the ministry said. "We expect an answer," it added.',
        "Norway's Foreign Ministry", id="a body, not a document: unchanged"),
]


@pytest.mark.parametrize(("text", "speaker"), CASES)
def test_it_after_a_documents_words_stands_for_the_document(text: str, speaker: str | None) -> None:
    quote = extract_quotes(text)[-1]
    assert quote.speaker == speaker
    assert speaker is not None or quote.reason, "an abstention says why"


def test_the_reason_names_the_document() -> None:
    text = ('"The ships must leave the strait," the statement said.\n\n'
            '"Nobody gains from delay," it added.')
    quote = extract_quotes(text)[-1]
    assert quote.reason is not None and "'it' stands for 'the statement'" in quote.reason
