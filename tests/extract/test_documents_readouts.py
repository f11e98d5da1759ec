"""A readout, a body's conclusions and a transcript speak for whoever issued them, like a
statement (``lexicon/documents.txt``): the issuer where the article states it, else no speaker.
Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("text", "speaker"), [
    # "the readout" was a plain noun phrase and went to "Partnership" of "Trade and Energy
    # Partnership" (0.80), the protagonist
    ("The Prime Minister met the Chancellor on Friday. They praised the Baltic Trade and Energy "
     'Partnership. The two "agreed to meet again in the spring," the readout said.', None),
    ("The council met on Monday to discuss Moldova. It praised the Baltic Trade and Energy "
     'Partnership. "The council welcomes the progress on reforms," the conclusions said.', None),
    ("The Foreign Ministry said in a readout that the two ministers had met. "
     '"Both sides agreed to keep talking," the readout said.', "Foreign Ministry"),
])
def test_a_readout_speaks_for_its_issuer_or_no_one(text: str, speaker: str | None) -> None:
    quote = extract_quotes(text)[-1]
    assert quote.speaker == speaker, quote.evidence
