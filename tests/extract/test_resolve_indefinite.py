"""An indefinite role phrase brings someone new in (``briefings.extract.resolve.Resolver.role``):
"A senior Israeli official told Haaretz" went to the Hamas official titled "Senior Hamas
official" later in the article (0.96). "a"/"an"/"one" phrases are unnamed sources; "another
senior adviser" may still be one the article names.

Sentences are invented for these tests (real bodies, invented people)."""

from __future__ import annotations

from briefings.extract import extract_quotes


def test_a_new_unnamed_source_is_no_titled_person_named_elsewhere() -> None:
    text = ('A senior Israeli official involved in the talks told reporters that the deal was "closer than ever '
            'before." Senior Hamas official Omar Zayed said the group wanted "clear guarantees on the withdrawal."')
    first, second = extract_quotes(text)
    assert (first.speaker, first.party) == ("senior Israeli official", "Israel")
    assert second.speaker == "Omar Zayed"


def test_another_role_may_be_a_titled_person_named_elsewhere() -> None:
    text = ('Ivan Sorokin, then economic adviser to the president, criticised the sale. Later, another senior '
            'economic adviser called it "the swindle of the century".')
    assert extract_quotes(text)[-1].speaker == "Ivan Sorokin"
