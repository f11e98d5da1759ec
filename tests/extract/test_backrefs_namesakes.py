"""A family name written alone that opens the names of two people, neither quoted just before,
names no one: "Lee said" after "Lee Jong-min" and "Lee Hae-jin" gave the speaker `Lee` (0.95);
it abstains, and the reason names both (``backrefs.namesakes``). Sentences are invented for
these tests."""

from __future__ import annotations

from briefings.extract import extract_quotes

_TWO_LEES = ('Defence Minister Lee Jong-min spoke first. "The drills will go ahead," Lee Jong-min said. '
             'Lee Hae-jin, a spokeswoman for the ministry, said Seoul had proposed talks. '
             '"The offer still stands," she said.\n\nThe North did not reply.\n\n')


def test_a_family_name_two_people_share() -> None:
    quote = extract_quotes(_TWO_LEES + '"We will not tolerate this any longer," Lee said.')[-1]
    assert quote.speaker is None
    assert quote.reason == "no speaker: 'Lee' may be Lee Hae-jin or Lee Jong-min"


def test_the_namesake_quoted_just_before() -> None:
    text = _TWO_LEES + 'Lee Jong-min repeated the point. "We will not tolerate this," Lee said.'
    assert extract_quotes(text)[-1].speaker == "Lee Jong-min"


def test_a_family_name_one_person_has() -> None:
    text = ('Defence Minister Lee Jong-min spoke first.\n\nThe North did not reply.\n\n'
            '"We will not tolerate this any longer," Lee said.')
    assert extract_quotes(text)[-1].speaker == "Lee Jong-min"


def test_an_honorific_tells_the_namesakes_apart() -> None:
    """ "Ms Lee said" where Ms Lee Hae-jin and Mr Lee Jong-min are named, and he is the subject
    just before: she, whom the honorific fits (it was `Lee`)."""
    text = ('Ms Lee Hae-jin, the ministry\'s spokeswoman, said Seoul would respond. '
            'Mr Lee Jong-min, the minister, agreed. "We will respond firmly," Ms Lee said.')
    assert extract_quotes(text)[-1].speaker == "Lee Hae-jin"


def test_an_honorific_that_fits_both_namesakes() -> None:
    text = ('Lee Hae-jin and Lee Jong-min spoke to reporters.\n\nThe North did not reply.\n\n'
            '"We will respond firmly," Mr Lee said.')
    quote = extract_quotes(text)[-1]
    assert quote.speaker is None
    assert quote.reason == "no speaker: 'Mr Lee' may be Lee Hae-jin or Lee Jong-min"


def test_a_namesake_named_only_after_the_mention() -> None:
    """ "Kim told" after Minister Kim Soo-hyun, with Kim Jong Un named only after it: the Kim named
    before (it stayed `Kim`, 0.95, as the article-wide reading found two Kims)."""
    text = ("SEOUL, Jan. 12 (Yonhap) -- South Korea's unification minister Kim Soo-hyun said Friday that\n"
            'the North\'s latest missile launch was "a grave provocation that\n'
            'threatens peace on the peninsula."\n\n'
            '"We are closely monitoring the situation together with the United States," Kim told a\n'
            "parliamentary committee.\n\n"
            'Asked whether Seoul would resume loudspeaker broadcasts, he said: "All options are on the table."\n\n'
            "Meanwhile, North Korea's state media KCNA quoted leader Kim Jong Un as saying the test was \"a\n"
            'warning to the enemies."\n')
    assert extract_quotes(text)[1].speaker == "Kim Soo-hyun"
