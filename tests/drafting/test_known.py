"""A follow-up article that names a person the briefing already knows by name alone
(`"…," Mike Pompeo said.`) files the quote under that person, in the party the analyst gave
them: never a new party whose id clashes with the person's (which left the briefing invalid,
so ingest rolled the article back and `update` exited 1 on every run)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from briefings.cli.app import main
from briefings.drafting.known import KnownPeople
from briefings.review.decide import read_tree
from briefings.review.items import proposed
from tests.conftest import SEEDS
from tests.feedserver import FeedServer

BRIEFING = "seeds/us-turkey-caatsa-sanctions.yaml"
WORDS = "We intend to keep talking with our ally about the air defence purchase"


def follow_up(name: str) -> str:
    return ("Washington keeps its line on the purchase\n\n"
            "The State Department repeated its position on Wednesday after talks in Brussels ended.\n\n"
            f'"{WORDS}," {name} said.\n')


def seed_copy(tmp_path: Path) -> Path:
    shutil.copytree(SEEDS, tmp_path / "seeds")
    return tmp_path / BRIEFING


def party_of(tree: object, text: str) -> tuple[str, str]:
    for party in tree["parties"]:  # type: ignore[index]
        for quote in party.get("quotes", None) or []:
            if quote["text"] == text:
                return str(party["id"]), str(quote["speaker"])
    raise AssertionError(f"quote not merged: {text}")


@pytest.mark.parametrize(("name", "party", "speaker"), [
    ("Mike Pompeo", "us-government", "mike-pompeo"),         # by full name
    ("Pompeo", "us-government", "mike-pompeo"),              # by surname alone
    ("Hulusi Akar", "tr-defence-ministry", "hulusi-akar"),   # another known person, another party
    ("Ismail Demir", "ssb", "ismail-demir"),
])
def test_draft_into_files_a_known_name_under_its_party(tmp_path: Path, name: str, party: str,
                                                       speaker: str) -> None:
    briefing = seed_copy(tmp_path)
    article = tmp_path / "follow-up.txt"
    article.write_text(follow_up(name), encoding="utf-8")
    parties_before = [p["id"] for p in read_tree(briefing)["parties"]]
    assert main(["draft", str(article), "--into", str(briefing)]) == 0
    tree = read_tree(briefing)
    assert party_of(tree, WORDS) == (party, speaker)
    assert [p["id"] for p in tree["parties"]] == parties_before  # no new, clashing party
    assert main(["validate", str(briefing)]) == 0


@pytest.mark.parametrize(("names", "expected"), [
    (["Mike Pompeo"], "mike-pompeo"),
    (["mike-pompeo"], "mike-pompeo"),  # by id
    (["M. Pompeo"], "mike-pompeo"),    # surname with a matching initial
    (["Pompeo"], "mike-pompeo"),
    (["Jane Pompeo"], None),           # the same surname, another first name: not that person
    (["Recep Erdogan"], None),         # not known
])
def test_known_people_by_any_name(names: list[str], expected: str | None) -> None:
    known = KnownPeople(read_tree(SEEDS / "us-turkey-caatsa-sanctions.yaml")["parties"])
    hit = known.person(names)
    assert (hit.person_id if hit else None) == expected


def test_a_surname_two_people_share_names_neither() -> None:
    parties = [{"id": "a", "name": "A", "people": [{"id": "kim-one", "name": "Kim Jong Un"}]},
               {"id": "b", "name": "B", "people": [{"id": "kim-two", "name": "Kim Yo Jong"}]}]
    assert KnownPeople(parties).person(["Kim"]) is None
    assert KnownPeople(parties).fresh_id("kim-one") == "kim-one-2"


PAGE = """<!doctype html><html><head><title>Washington keeps its line on the purchase</title></head>
<body><article><h1>Washington keeps its line on the purchase</h1>
<p>The State Department repeated its position on Wednesday after talks about the sanctions in Brussels ended
without an agreement between the two allies, officials from both capitals said afterwards.</p>
<p>"{words}," Mike Pompeo said.</p>
<p>"{other}," Hulusi Akar said.</p>
<p>Diplomats expect further rounds of talks about the sanctions before the end of the year.</p>
</article></body></html>"""
AKAR = "Our answer to these sanctions will be measured and lawful"


def test_update_files_the_name_only_follow_up_and_exits_0_twice(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    briefing = seed_copy(tmp_path)
    with FeedServer() as feeds:
        feeds.pages["/news/follow-up"] = PAGE.format(words=WORDS, other=AKAR).encode()
        feeds.feed_items = (f"  <item><title>Washington keeps its line</title><link>{feeds.base}/news/follow-up"
                            "</link><pubDate>Thu, 17 Dec 2020 09:00:00 GMT</pubDate></item>\n")
        (tmp_path / "briefings.toml").write_text(
            'formats = ["md"]\n'
            f'[[inputs]]\nbriefing = "{BRIEFING}"\nkeywords = ["sanctions"]\n'
            f'[[inputs.feeds]]\nurl = "{feeds.base}/feed.xml"\nallow_http = true\n', encoding="utf-8")
        monkeypatch.chdir(tmp_path)
        assert main(["update"]) == 0
        log = capsys.readouterr().err
        assert "1 new article(s)" in log and "0 problem(s)" in log
        tree = read_tree(briefing)
        assert party_of(tree, WORDS) == ("us-government", "mike-pompeo")
        assert party_of(tree, AKAR) == ("tr-defence-ministry", "hulusi-akar")
        assert {item.summary for item in proposed(tree)} >= {WORDS, AKAR}
        assert main(["update"]) == 0  # settled: nothing retried, nothing failing
        assert "0 new article(s)" in capsys.readouterr().err


def test_a_new_minister_joins_the_analysts_own_ministry_party(tmp_path: Path) -> None:
    """A ministry is a party only when the briefing has it as one: then a new person of that
    ministry goes there, not under a new government party."""
    briefing = seed_copy(tmp_path)
    article = tmp_path / "deputy.txt"
    article.write_text(f'Talks go on\n\n"{WORDS}," said Turkish Deputy Defence Minister Ali Kaya.\n', encoding="utf-8")
    assert main(["draft", str(article), "--into", str(briefing)]) == 0
    assert party_of(read_tree(briefing), WORDS) == ("tr-defence-ministry", "ali-kaya")


def test_a_consequence_between_known_people_names_their_parties(tmp_path: Path) -> None:
    briefing = seed_copy(tmp_path)
    article = tmp_path / "row.txt"
    article.write_text('Row deepens\n\n"We will answer this in kind and soon," Hulusi Akar said.\n\n'
                       f'"{WORDS}," Mike Pompeo said.\n\n'
                       "Hulusi Akar announced sanctions against Mike Pompeo over the dispute on Monday.\n",
                       encoding="utf-8")
    assert main(["draft", str(article), "--into", str(briefing)]) == 0
    holder = next(p for p in read_tree(briefing)["parties"] for c in p.get("consequences", None) or []
                  if c["description"].startswith("Hulusi Akar announced"))
    consequence = next(c for c in holder["consequences"] if c["description"].startswith("Hulusi Akar announced"))
    assert (holder["id"], list(consequence["affects"])) == ("tr-defence-ministry", ["us-government"])


@pytest.mark.parametrize(("country", "department", "expected"), [
    ("Turkey|Turkish", "defence", "tr-defence-ministry"),
    ("Turkey|Turkish", "foreign", "tr-foreign-ministry"),
    ("Turkey|Turkish", "trade", None),         # no such ministry in the briefing: the government
    ("United States|US", "defence", None),     # "us" inside another word is no country
])
def test_the_analysts_ministry_is_found_by_country_and_department(country: str, department: str,
                                                                  expected: str | None) -> None:
    parties = list(read_tree(SEEDS / "us-turkey-caatsa-sanctions.yaml")["parties"])
    parties.append({"id": "museum", "name": "Defence Museum", "kind": "ministry"})
    found = KnownPeople(parties).ministry(country, department)
    assert (found["id"] if found is not None else None) == expected
