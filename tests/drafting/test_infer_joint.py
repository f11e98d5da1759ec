"""Joint statements: quotes from one statement of several speakers stay under one entry.

The articles are written for this test, in two house styles (coordinated names with "said in
a joint statement"; a plural role phrase, "the two ministers said")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefings.drafting.infer import draft, draft_parties, write_draft
from briefings.extract import extract_quotes
from briefings.validation.run import validate_paths

TODAY = dt.date(2026, 11, 28)

COORDINATED = (
    "Ruritania and Borduvia agree to reopen border crossings\n\n"
    "GENEVA, 12 March 2026 - Ruritanian Foreign Minister Anna Kell met her Borduvian "
    "counterpart, Foreign Minister Piet Varga, in Geneva on Monday.\n\n"
    '"We have agreed to reopen the border crossings within a month," Kell and Varga said in a '
    'joint statement. "Trade between our two countries will resume at once."\n\n'
    '"Both governments will review the customs rules before the summer," the statement added.\n\n'
    '"The agreement is a first step, not the last one," Kell told reporters afterwards.\n'
)

PLURAL_ROLE = (
    "Ministers meet on fishing rights\n\n"
    "OSLO, 3 April 2026 - Fisheries Minister Lars Holm of Norvia and Fisheries Minister Eva "
    "Strand of Sudmark held talks on Thursday.\n\n"
    "The two ministers said the quotas would be \u201cshared fairly between our fleets for the "
    "next five years.\u201d\n\n"
    "\u201cNo boat will be turned away from its usual waters,\u201d they said.\n"
)


def test_coordinated_names_make_one_joint_speaker() -> None:
    quotes = extract_quotes(COORDINATED)
    joint = [q for q in quotes if q.speaker_kind == "joint"]
    # the continuation and "the statement added" belong to the same joint statement
    assert [q.quote[:20] for q in joint] == ["We have agreed to re", "Trade between our tw",
                                             "Both governments wil"]
    assert {q.joint for q in joint} == {("Anna Kell", "Piet Varga")}
    assert {q.speaker for q in joint} == {"Anna Kell and Piet Varga"}
    alone = next(q for q in quotes if q.quote.startswith("The agreement"))
    assert (alone.speaker, alone.joint) == ("Anna Kell", ())


def test_a_plural_role_phrase_stands_for_the_people_with_that_title() -> None:
    quote = next(q for q in extract_quotes(PLURAL_ROLE) if q.quote.startswith("shared fairly"))
    assert quote.speaker_surface == "The two ministers"
    assert quote.joint == ("Lars Holm", "Eva Strand")
    (party,) = [p for p in draft_parties(extract_quotes(PLURAL_ROLE)) if p.name != "Unattributed quotes"]
    assert sorted(name for name, _ in party.people.values()) == ["Eva Strand", "Lars Holm"]


@pytest.mark.parametrize("text", [COORDINATED, PLURAL_ROLE], ids=["coordinated", "plural-role"])
def test_joint_quotes_are_never_split_between_parties(text: str) -> None:
    quotes = extract_quotes(text)
    joint_texts = {q.quote.strip().rstrip(",") for q in quotes if q.speaker_kind == "joint"}
    holders = [p for p in draft_parties(quotes) if any(t in joint_texts for t, _ in p.quotes)]
    assert len(holders) == 1, [p.name for p in holders]
    party = holders[0]
    assert {t for t, _ in party.quotes} >= joint_texts
    assert party.kind == "other"
    assert party.name in {"Anna Kell and Piet Varga", "Lars Holm and Eva Strand"}


def test_a_draft_with_a_joint_statement_validates(tmp_path: Path) -> None:
    article = tmp_path / "border-talks.txt"
    article.write_text(COORDINATED, encoding="utf-8")
    output = tmp_path / "drafts" / "border-talks.yaml"
    output.parent.mkdir()
    write_draft(draft(article, output, briefing_id="border-talks", today=TODAY), output)
    (loaded,), _ = validate_paths([output])
    parties = {p.name: p for p in loaded.briefing.parties}
    statement = parties["Anna Kell and Piet Varga"]
    assert statement.short_name == "Kell and Varga"
    # Kell also speaks alone, for her ministry: she is a person there, not twice
    assert [person.name for person in statement.people] == ["Piet Varga"]
    # "Ruritanian" names no country the tables know, so the extractor states no party for her:
    # she stands as an entry of her own, under review, never a government drafting guesses
    assert parties["Anna Kell"].kind.value == "person"
    assert all(q.speaker == statement.id for q in statement.quotes)
    assert [q.text[:12] for q in statement.quotes] == ["We have agre", "Trade betwee", "Both governm"]
