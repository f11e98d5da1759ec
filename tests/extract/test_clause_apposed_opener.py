"""A participle belongs to the subject of its clause: a name that opens the clause and is set
off by an appositive ("Christie, New Jersey's governor, repeated ...") is that subject, not the
subject of a that-clause after the verb (``clause.opens_apposed``); a name then a clause
(", Trump went after Bush, calling ...") is no appositive.

Sentences are invented for these tests."""

from __future__ import annotations

from briefings.extract import extract_quotes

PARAGRAPHS = {
    ('Halley, New Jersey\'s sitting governor, repeated accusations that Rubin recites the same lines, '
     'calling him a "talented guy" when required to "deliver a speech, read a teleprompter."'): "Halley",
    ('Moss, the state\'s junior senator, repeated claims that Dorn ducks every debate, calling it "a '
     'pattern of hiding from the voters of this state."'): "Moss",
    ('Speaking at a town hall in Salem, New Hampshire, Halley went after Rubin, calling him "a total '
     'stiff with no plan at all."'): "Halley",
}


def test_the_apposed_opener_is_the_participle_subject() -> None:
    found = {text: extract_quotes(text)[-1].speaker for text in PARAGRAPHS}
    assert found == PARAGRAPHS
