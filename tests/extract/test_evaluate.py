"""PolNeAR conversion, the scorers, the split and the word lists.

The conversion is tested on a small BRAT file written here (no corpus text in the repository);
the tests that need the corpus itself skip, saying so, when ../shared is absent.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

import pytest

from briefings.extract import Quote
from briefings.extract.evaluate import _gold_name_word, score_article, score_polnear_article, total
from briefings.extract.lexicon import words
from briefings.extract.polnear import (
    GoldQuote,
    convert_article,
    load_split,
    make_split,
    quoted_segments,
    read_events,
)

POLNEAR = Path(__file__).resolve().parents[3] / "shared" / "corpora" / "polnear-train"

TEXT = ('Headline here\n'
        'Jane Roe said the plan was "a gift to the rich and famous" and left.\n'
        'The paper called it a "once in a lifetime" "deal of the century" event.\n'
        "''We will fight it in court,'' he said. ''And we will win it there.''\n")


def _at(fragment: str) -> tuple[int, int]:
    start = TEXT.index(fragment)
    return start, start + len(fragment)


def _ann() -> str:
    """An annotation of TEXT: Roe's partial quote; his two quotes, one attribution with a
    discontinuous content; a scare quote left unannotated; one event without a source."""
    roe, said = _at("Jane Roe"), _at("said")
    content1 = _at('the plan was "a gift to the rich and famous"')
    he = _at("he said")
    c2a, c2b = _at("''We will fight it in court,''"), _at("''And we will win it there.''")
    paper = _at('a "once in a lifetime"')
    return "\n".join([
        f"T1\tSource {roe[0]} {roe[1]}\tJane Roe",
        f"T2\tCue {said[0]} {said[1]}\tsaid",
        f"T3\tContent {content1[0]} {content1[1]}\tx",
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
        f"T5\tSource {he[0]} {he[0] + 2}\the",
        f"T6\tContent {c2a[0]} {c2a[1]};{c2b[0]} {c2b[1]}\tx",
        "E2\tAttribution:T7 Content:T6 Source:T5",
        f"T8\tContent {paper[0]} {paper[1]}\tx",
        "E3\tAttribution-no-source:T9 Content:T8",
    ])


def test_quoted_segments_pair_marks_and_keep_three_words_or_more() -> None:
    found = [TEXT[s:e] for s, e in quoted_segments(TEXT)]
    assert found == ["a gift to the rich and famous", "once in a lifetime", "deal of the century",
                     "We will fight it in court,", "And we will win it there."]


def test_read_events_joins_discontinuous_spans() -> None:
    events = read_events(_ann())
    assert len(events) == 3
    assert len(events[1][0]) == 2  # two pieces of content
    assert events[2][1] == []  # no source


def test_conversion_keeps_quotes_inside_content_with_their_sources() -> None:
    rows = convert_article("art", TEXT, [_ann()])
    assert [(r.quote, r.source_texts) for r in rows] == [
        ("a gift to the rich and famous", ["Jane Roe"]),
        ("once in a lifetime", []),
        ("We will fight it in court,", ["he"]),
        ("And we will win it there.", ["he"]),
    ]  # "deal of the century" lies in no Content: not a quote


def test_two_annotators_contribute_their_sources() -> None:
    start, end = _at("Jane Roe")
    second = _ann().replace(f"Source {start} {end}", f"Source {start} {start + 4}")
    rows = convert_article("art", TEXT, [_ann(), second, _ann()])
    assert rows[0].sources == [(start, end), (start, start + 4)]  # each span once


def _quote(text: str, start: int, speaker: str | None, mention: tuple[int, int] | None) -> Quote:
    quote = Quote(text, start, start + len(text), speaker=speaker)
    if mention:
        quote.speaker_start, quote.speaker_end = mention
    return quote


def test_polnear_scoring_counts_quotes_and_speaker_mentions() -> None:
    gold = [GoldQuote("nyt_x", 10, 40, "q1", [(0, 8)], ["Jane Roe"]),
            GoldQuote("nyt_x", 100, 130, "q2", [(50, 52)], ["he"]),
            GoldQuote("nyt_x", 200, 230, "q3", [], []),
            GoldQuote("nyt_x", 300, 330, "q4", [(250, 260)], ["Tom Garcia"])]
    found = [_quote("x" * 29, 11, "Jane Roe", (5, 8)),      # overlaps the source: right
             _quote("x" * 30, 100, "Tom Garcia", (60, 70)),  # another mention: wrong
             _quote("x" * 30, 200, None, None),             # no source in gold: not scored
             _quote("x" * 30, 300, None, None),             # null speaker: wrong
             _quote("x" * 10, 500, "Ann Lee", (490, 497))]  # not in gold: spurious
    score = score_polnear_article("nyt_x", gold, found)
    assert (score.gold, score.found, score.matched) == (4, 5, 4)
    assert score.precision == pytest.approx(0.8) and score.recall == 1.0
    assert (score.speakers_scored, score.speakers_right) == (3, 1)
    assert (score.names_scored, score.names_right) == (2, 1)  # "Roe" agrees, "Garcia" missing
    assert len(score.wrong_speakers) == 2 and len(score.spurious) == 1


def test_a_name_word_agrees_whatever_full_stop_ends_it() -> None:
    """The gold's name word is read without its full stop ("Jr." is "Jr"), so a speaker written
    as the article writes it ("Robert Roe Jr.") agrees; it did not, and a name kept whole cost
    the figure."""
    gold = [GoldQuote("nyt_x", 10, 40, "q1", [(0, 16)], ["Robert Roe Jr."])]
    score = score_polnear_article("nyt_x", gold, [_quote("x" * 30, 10, "Robert Roe Jr.", (0, 16))])
    assert (score.names_scored, score.names_right) == (1, 1)


def test_polnear_match_needs_half_the_union() -> None:
    gold = [GoldQuote("a", 0, 100, "q", [(200, 210)], ["x"])]
    assert score_polnear_article("a", gold, [_quote("x" * 40, 0, None, None)]).matched == 0
    assert score_polnear_article("a", gold, [_quote("x" * 60, 0, None, None)]).matched == 1


def test_hand_checked_scoring_compares_names() -> None:
    gold = [{"article": "a", "quote": "“It’s here,”", "speaker": "Jane Roe"},
            {"article": "a", "quote": "gone", "speaker": "Tom Garcia"}]
    found = [Quote("It's here", 0, 9, speaker="jane roe")]
    score = score_article("a", gold, found)
    assert (score.matched, score.speakers_right) == (1, 1)
    assert score.missed == ["gone"]
    assert total([score, score]).gold == 4


def test_split_is_by_outlet_fixed_and_seventy_thirty() -> None:
    names = [f"{outlet}_{k:03d}" for outlet in ("nyt", "politico") for k in range(10)]
    split = make_split(names)
    assert split == make_split(list(reversed(names)))
    assert sum(1 for n, p in split.items() if p == "dev" and n.startswith("nyt")) == 7
    assert make_split(names, seed=1) != split


def test_committed_split_file_is_the_drawn_split() -> None:
    split = load_split()
    assert len(split) == 838
    assert sum(1 for p in split.values() if p == "report") == 252
    assert split == make_split(sorted(split))


@pytest.mark.skipif(not POLNEAR.exists(), reason="../shared/corpora/polnear-train not present")
def test_split_covers_the_corpus() -> None:
    assert set(load_split()) == {p.stem for p in (POLNEAR / "text").glob("*.txt")}


def test_every_word_list_says_what_it_is_for() -> None:
    lists = [p for p in files("briefings.extract.lexicon").iterdir() if p.name.endswith(".txt")]
    assert len(lists) >= 15
    for path in lists:
        text = path.read_text(encoding="utf-8")
        assert text.startswith("# "), path.name
        entries = words(path.name[:-4])
        # the key of a line has no comma (a list of "a, b" would read as one entry); a table's
        # other fields may (the office-holder list's "foreign minister, 2013–2021")
        assert entries and all(e == e.strip() and "," not in e.split("\t")[0] for e in entries), path.name


@pytest.mark.parametrize(("source", "word"), [
    ("Senator Jane Roe, D-Mo.,", "Roe"),
    ("Roe strategist Tom Reddy", "Reddy"),
    ("One strategist", None),          # a number opens a label: "One" is no name
    ("Another commenter", None),
    ("Two military analysts, Tom Reddy and Ann Lee,", None),
    ("the senator", None),
])
def test_the_name_word_of_a_gold_source(source: str, word: str | None) -> None:
    gold = GoldQuote("nyt_x", 0, 10, "q", [(20, 20 + len(source))], [source])
    assert _gold_name_word(gold) == word
