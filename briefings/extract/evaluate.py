"""Scoring the extractor: quote precision, recall and F1, and speaker accuracy.

Two kinds of gold:

* **Hand-checked JSON lines** (the BBC development set): one object per quote with ``article``,
  ``quote`` and ``speaker``. Quotes match when equal after ``normalise_quote`` (surrounding white
  space and punctuation stripped, curly marks folded, inner white space folded). **Speaker
  accuracy** is the share of matched quotes whose resolved ``speaker`` equals the gold name,
  case-insensitively.
* **PolNeAR rows** (``polnear.GoldQuote``): character ranges. A found quote matches a gold
  quote when their ranges overlap by at least half of their union (one-to-one, in reading
  order). **Speaker-mention accuracy** is, over matched quotes whose gold row has at least one
  Source span, the share for which the mention the extractor attributes the quote to
  (``Quote.speaker_start``–``speaker_end``) overlaps one of the gold Source spans by at least
  one character. A quote the extractor leaves without a speaker counts as wrong. It scores the
  attribution step (which mention), not pronoun resolution; as a check on names,
  **speaker-name agreement** is, over matched quotes whose gold Source opens with a name, the
  share whose resolved speaker contains that name's last word (``_gold_name_word``).
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from briefings.extract import Quote, extract_quotes
from briefings.extract.lexicon import words
from briefings.extract.polnear import GoldQuote, outlet_of
from briefings.extract.shape import is_descriptor
from briefings.textfold import normalise

_EDGE = re.compile(r"^[\s\W_]+|[\s\W_]+$")
_PRONOUNS = {"he", "she", "it", "they", "i", "we", "you", "him", "her", "them"}
_DETERMINERS = {"the", "a", "an", "one", "another", "two", "three", "four", "five", "six", "some", "several", "many"}


def normalise_quote(text: str) -> str:
    """The form in which a found quote and a gold quote are compared."""
    return _EDGE.sub("", normalise(text))


@dataclass
class ArticleScore:
    """Counts for one article (or a group of them), and what went wrong."""

    name: str
    gold: int = 0
    found: int = 0
    matched: int = 0
    speakers_scored: int = 0
    speakers_right: int = 0
    speakers_wrong: int = 0  # a non-null speaker that is wrong: confidently wrong
    abstained: int = 0  # matched quotes left with speaker None
    parties_scored: int = 0
    parties_right: int = 0
    parties_wrong: int = 0  # a non-null party that is wrong: the grouping an analyst trusts
    names_scored: int = 0
    names_right: int = 0
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    wrong_speakers: list[tuple[str, str, str | None]] = field(default_factory=list)
    wrong_parties: list[tuple[str, str, str | None]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speakers_right / self.speakers_scored if self.speakers_scored else 1.0

    @property
    def confidently_wrong(self) -> float:
        """A non-null speaker that is wrong, over matched quotes: the error an analyst trusts."""
        return self.speakers_wrong / self.matched if self.matched else 0.0

    @property
    def abstention(self) -> float:
        return self.abstained / self.matched if self.matched else 0.0

    @property
    def party_accuracy(self) -> float | None:
        return self.parties_right / self.parties_scored if self.parties_scored else None

    @property
    def party_wrong(self) -> float | None:
        """A non-null party that is wrong, over the quotes whose party is scored."""
        return self.parties_wrong / self.parties_scored if self.parties_scored else None

    @property
    def name_agreement(self) -> float:
        return self.names_right / self.names_scored if self.names_scored else 1.0

    def add(self, other: ArticleScore) -> None:
        for counter in ("gold", "found", "matched", "speakers_scored", "speakers_right",
                        "speakers_wrong", "abstained", "parties_scored", "parties_right", "parties_wrong",
                        "names_scored", "names_right"):
            setattr(self, counter, getattr(self, counter) + getattr(other, counter))


# --------------------------------------------------------------------------- hand-checked gold


def load_gold(path: Path) -> dict[str, list[dict[str, str]]]:
    gold: dict[str, list[dict[str, str]]] = defaultdict(list)
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            try:
                item = json.loads(line)
                gold[item["article"]].append(item)
            except (json.JSONDecodeError, KeyError) as error:
                raise ValueError(f"{path}:{number}: not a gold quote object ({error})") from None
    return gold


def score_article(name: str, gold: list[dict[str, str]], found: list[Quote]) -> ArticleScore:
    score = ArticleScore(name, gold=len(gold), found=len(found))
    unmatched = list(found)
    for item in gold:
        target = normalise_quote(item["quote"])
        match = next((q for q in unmatched if normalise_quote(q.quote) == target), None)
        if match is None:
            score.missed.append(item["quote"])
            continue
        unmatched.remove(match)
        score.matched += 1
        _score_named_speaker(score, item, match)
    score.spurious = [q.quote for q in unmatched]
    return score


def same_speaker(a: str | None, b: str | None) -> bool:
    """Names equal case-insensitively, typography folded: the scorer's test of a speaker or a
    party, which the training scripts (``tools/``) label their rows with too."""
    return a is not None and b is not None and \
        normalise(a).casefold() == normalise(b).casefold()


def _score_named_speaker(score: ArticleScore, item: dict[str, str], match: Quote) -> None:
    score.speakers_scored += 1
    if same_speaker(match.speaker, item["speaker"]):
        score.speakers_right += 1
    else:
        score.abstained += match.speaker is None
        score.speakers_wrong += match.speaker is not None
        got = match.speaker if match.speaker else f"None ({match.reason})"
        score.wrong_speakers.append((item["quote"], item["speaker"], got))
    if "party" in item:
        score.parties_scored += 1
        if same_speaker(match.party, item["party"]):
            score.parties_right += 1
        else:
            score.parties_wrong += match.party is not None
            got = match.party if match.party else f"None ({match.party_reason})"
            score.wrong_parties.append((item["quote"], item["party"], got))


def evaluate(gold_path: Path, articles_dir: Path, only: set[str] | None = None) -> list[ArticleScore]:
    """Run the extractor on every article the gold file names (or those of them in ``only``)
    and score each one."""
    scores = []
    for name, items in sorted(load_gold(gold_path).items()):
        if only is not None and name not in only:
            continue
        text = (articles_dir / name).read_text(encoding="utf-8")
        scores.append(score_article(name, items, extract_quotes(text)))
    return scores


def total(scores: list[ArticleScore], name: str = "all") -> ArticleScore:
    overall = ArticleScore(name)
    for score in scores:
        overall.add(score)
    return overall


# --------------------------------------------------------------------------- PolNeAR gold


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def quotes_match(found: Quote, gold: GoldQuote) -> bool:
    """Ranges overlapping by at least half of their union."""
    union = max(found.end, gold.end) - min(found.start, gold.start)
    return union > 0 and 2 * _overlap((found.start, found.end), (gold.start, gold.end)) >= union


def _gold_name_word(gold: GoldQuote) -> str | None:
    """The surname of a gold Source that opens with a name ("Senator Jane Roe, D-Mo." → "Roe").

    The Source is read up to its first comma or "of/at/from/who"; the last run of capitalised
    words there that ends in neither a party label nor a title gives its last word
    ("Roe strategist Tom Reddy" → "Reddy"). A Source
    that opens in lower case (a pronoun, a role phrase), or with a determiner or a number
    ("One strategist", "Another", "Two military analysts"), gives None: "One" is no name.
    """
    for text in gold.source_texts:
        if not text[:1].isupper() or text.split()[0].lower() in _PRONOUNS | _DETERMINERS:
            continue
        head = re.split(r",|\s(?:of|at|from|who|for|in)\s", text)[0]
        for run in reversed(re.findall(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*", head)):
            last = re.sub(r"['’]s$", "", run.split()[-1]).strip(".")
            if last and not is_descriptor(last) and last.lower() not in words("title_words"):
                return last
    return None


def _name_words(speaker: str | None) -> list[str]:
    """A speaker's words as the gold's name word is read (:func:`_gold_name_word`): lower case,
    without the full stops that end them ("Jr." is "jr", as the gold's "Jr." is)."""
    return [word.strip(".") for word in (speaker or "").lower().split()]


def _score_speaker(score: ArticleScore, gold: GoldQuote, match: Quote) -> None:
    if not gold.sources:
        return
    score.speakers_scored += 1
    span = (match.speaker_start, match.speaker_end)
    if span[0] is not None and any(_overlap(span, s) > 0 for s in gold.sources):  # type: ignore[arg-type]
        score.speakers_right += 1
    else:
        score.abstained += match.speaker is None
        score.speakers_wrong += match.speaker is not None
        got = f"{match.speaker_surface} → {match.speaker}" if match.speaker else f"None ({match.reason})"
        score.wrong_speakers.append((gold.quote, " | ".join(gold.source_texts), got))
    word = _gold_name_word(gold)
    if word:
        score.names_scored += 1
        score.names_right += word.lower() in _name_words(match.speaker)


def score_polnear_article(name: str, gold: list[GoldQuote], found: list[Quote]) -> ArticleScore:
    score = ArticleScore(name, gold=len(gold), found=len(found))
    unmatched = list(found)
    for item in gold:
        match = next((q for q in unmatched if quotes_match(q, item)), None)
        if match is None:
            score.missed.append(item.quote)
            continue
        unmatched.remove(match)
        score.matched += 1
        _score_speaker(score, item, match)
    score.spurious = [q.quote for q in unmatched]
    return score


def evaluate_polnear(corpus: dict[str, tuple[str, list[GoldQuote]]]) -> list[ArticleScore]:
    """Score the extractor on {article id: (text, gold rows)} (see ``polnear.load_corpus``)."""
    return [score_polnear_article(name, rows, extract_quotes(text))
            for name, (text, rows) in sorted(corpus.items())]


def by_outlet(scores: list[ArticleScore]) -> list[ArticleScore]:
    """One total per outlet, then the overall total."""
    groups: dict[str, list[ArticleScore]] = defaultdict(list)
    for score in scores:
        groups[outlet_of(score.name)].append(score)
    return [total(group, outlet) for outlet, group in sorted(groups.items())] + [total(scores)]


# --------------------------------------------------------------------------- reports


def format_table(rows: list[ArticleScore], names: bool = False) -> str:
    """P/R/F1, speaker accuracy over (n), confidently wrong and abstention rates, party
    accuracy and the rate of wrong (non-null) parties (where the gold has parties) and, for
    PolNeAR, speaker-name agreement."""
    head = (f"{'':<14} {'gold':>5} {'found':>5} {'P':>6} {'R':>6} {'F1':>6} {'speaker':>8} {'(n)':>5}"
            f" {'wrong':>6} {'abst':>6} {'party':>6} {'pwrong':>6}")
    lines = [head + (f" {'names':>6}" if names else "")]
    for score in rows:
        party, party_wrong = score.party_accuracy, score.party_wrong
        line = (f"{score.name[:14]:<14} {score.gold:>5} {score.found:>5} {score.precision:>6.3f} "
                f"{score.recall:>6.3f} {score.f1:>6.3f} {score.speaker_accuracy:>8.3f} "
                f"{score.speakers_scored:>5} {score.confidently_wrong:>6.3f} {score.abstention:>6.3f} "
                f"{'-' if party is None else f'{party:.3f}':>6} "
                f"{'-' if party_wrong is None else f'{party_wrong:.3f}':>6}")
        lines.append(line + (f" {score.name_agreement:>6.3f}" if names else ""))
    return "\n".join(lines)


def format_misses(scores: list[ArticleScore]) -> str:
    """Every missed, spurious and wrongly attributed quote, one line each."""
    lines = []
    for score in scores:
        lines += [f"missed   {score.name}: {quote[:70]!r}" for quote in score.missed]
        lines += [f"spurious {score.name}: {quote[:70]!r}" for quote in score.spurious]
        lines += [f"speaker  {score.name}: {quote[:50]!r}: want {want!r}, got {got!r}"
                  for quote, want, got in score.wrong_speakers]
        lines += [f"party    {score.name}: {quote[:50]!r}: want {want!r}, got {got!r}"
                  for quote, want, got in score.wrong_parties]
    return "\n".join(lines)


def format_report(scores: list[ArticleScore]) -> str:
    """Per-article table, the total, then every miss (the `briefings evaluate` report)."""
    table = format_table([*scores, total(scores)])
    misses = format_misses(scores)
    return table + ("\n" + misses if misses else "")
