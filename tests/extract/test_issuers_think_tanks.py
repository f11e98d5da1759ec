""""The think tank" is a body word (``lexicon/org_words.txt``), so the phrase names a body, never
a person quoted before: "The Brussels-based think tank urged the junta to '…'" went to the
group's director quoted in the paragraph before (0.74). A label that ends in a lower-case word
is no body's own name, so it gives no party (``labels.party_of_body``). Sentences are invented
for these tests."""

from __future__ import annotations

from briefings.extract import extract_quotes

ARTICLE = ('A new report by the Lindqvist Institute warned of a "dangerous vacuum" in the region.\n\n'
           '"The state has retreated from vast areas," said Ivo Rask, the group\'s regional director.\n\n'
           'The Oslo-based think tank urged the government to "open channels of dialogue with local actors."\n')


def test_the_think_tank_is_no_person_quoted_before() -> None:
    quote = extract_quotes(ARTICLE)[-1]
    assert quote.speaker != "Ivo Rask"
    assert (quote.speaker, quote.party) == ("Oslo-based think tank", None)
