"""Documents named by words other than "statement" or "report" (``lexicon/documents.txt``,
``documents.chain``, ``phrases._mention``):

* "the text", "the document", "the draft" after a resolution is that resolution: its issuer;
* "the consensus", "the agreement" speak for whoever the text says issued them, else no one
  (before: the speakers `consensus` and `text`, as written, at 0.8-0.94);
* "said a presidential statement": a document, not a speaker named "presidential statement"
  (its words "The Council condemns" speak as the council: ``document_voice``).

Sentences are invented for these tests (real countries and bodies, invented people)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

# text -> speaker of its last quote
CASES = [
    pytest.param(
        "The UN Security Council on Monday adopted a resolution on the harbour blockade.\n\n"
        'The resolution "demands that all ships leave the strait," according to the text.',
        "UN Security Council", id="according to the text: the resolution's issuer"),
    pytest.param(
        "The UN Security Council on Monday adopted a resolution on the harbour blockade.\n\n"
        'Ambassador Tomas Vell voted for it. "All parties must exercise restraint," the text read.',
        "UN Security Council", id="the text read"),
    pytest.param(
        "The leaders met in Oslo on Saturday and agreed on a five-point consensus.\n\n"
        '"There shall be an immediate end to the shelling," the consensus said.',
        None, id="the consensus said: no issuer stated"),
    pytest.param('Norway and Chile signed the agreement on Monday. "Both sides shall refrain from '
                 'fishing in the strait," the agreement said.',  # its signatories (round 11)
                 "Norway and Chile", id="the agreement said: its signatories"),
    pytest.param('Norway and Chile negotiated the agreement for a year. "Both sides shall refrain from '
                 'fishing in the strait," the agreement said.', None, id="the agreement said: no issuer"),
    pytest.param(
        "The council met on Friday.\n\n"
        '"The Council condemns the attack on the harbour," said a presidential statement read out '
        "by Ambassador Tomas Vell.",
        "Council", id="said a presidential statement"),  # its own words speak as the council, not the reader
]


@pytest.mark.parametrize(("text", "speaker"), CASES)
def test_a_documents_words_go_to_its_issuer_or_no_one(text: str, speaker: str | None) -> None:
    quote = extract_quotes(text)[-1]
    assert quote.speaker == speaker
    assert speaker is not None or quote.reason, "an abstention says why"
