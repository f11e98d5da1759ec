"""A table of analysts' mistakes → the message each must give (issue 22, points 6, 7, 9, 10).

Each row edits the valid tests/cases/valid/minimal.yaml (its quote, "We will never accept this
measure", is in article.txt) and names the fragment a message must hold, with its severity.
A second source, ``other``, is there for every row: an article that says something else.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import CASES

from briefings.errors import Issue, Severity, ValidationFailed
from briefings.validation.run import validate_file, validate_paths

OTHER_SOURCE = """\
  - id: other
    title: Another article
    publisher: Another publisher
    published: 2021-02-27
    text: other.txt
"""
OTHER_TEXT = "A spokesman for Party A said the talks would go on next week.\n"

E, W = Severity.ERROR, Severity.WARNING
QUOTE = "      - text: We will never accept this measure\n"
SAID = "        source: article\n    consequences:"

TABLE: list[tuple[str, list[tuple[str, str]], Severity, str]] = [
    # (scenario, [(old, new), ...] edits, severity, fragment of "field: message")
    ("quote pasted with its quotation marks", [(QUOTE, '      - text: \'"We will never accept this measure"\'\n')],
     E, "parties[0].quotes[0].text: quote not found in source 'article' because it was pasted with "
        "its own quotation marks: remove them"),
    ("quote cited to the wrong source", [("        source: article\n    consequences",
                                          "        source: other\n    consequences")],
     E, "parties[0].quotes[0].text: quote not found in source 'other'; it is in source 'article' "
        "(line 1): cite that source"),
    ("misquote shows the closest passage", [(QUOTE, "      - text: We shall never accept this measure\n")],
     E, "quote not found in source 'article'; closest passage (line 1,"),
    ("said after its source was published", [(SAID, "        source: article\n        said: 2021-03-01\n    consequences:")],
     E, "parties[0].quotes[0].said: the quote was said on 2021-03-01, after source 'article' that "
        "reports it was published on 2021-02-28"),
    ("said after as_of", [(SAID, "        source: article\n        said: 2021-03-02\n    consequences:")],
     E, "parties[0].quotes[0].said: the quote was said on 2021-03-02, after the briefing's as_of "
        "2021-03-01"),
    ("said after the other source", [(SAID, "        source: other\n        said: 2021-02-28\n    consequences:"),
                                     (QUOTE, "      - text: the talks would go on\n")],
     E, "the quote was said on 2021-02-28, after source 'other' that reports it was published on "
        "2021-02-27"),
    ("said long before its source", [(SAID, "        source: article\n        said: 2019-06-01\n    consequences:")],
     W, "the quote was said on 2019-06-01, 638 days before source 'article' that reports it was "
        "published on 2021-02-28"),
    ("event after as_of", [("  - date: 2021-02-28\n", "  - date: 2021-04\n")],
     E, "timeline[0].date: the event is dated 2021-04, after the briefing's as_of 2021-03-01"),
    ("a year after as_of", [("  - date: 2021-02-28\n", "  - date: '2022'\n")],
     E, "timeline[0].date: the event is dated 2022, after the briefing's as_of 2021-03-01"),
    ("as_of before every source", [("as_of: 2021-03-01", "as_of: 2021-01-15")],
     E, "as_of: as_of 2021-01-15 is before every source: the earliest was published on 2021-02-27"),
    ("one source after as_of", [("    published: 2021-02-27\n", "    published: 2021-03-02\n")],
     W, "sources[1].published: source 'other' was published on 2021-03-02, after the briefing's "
        "as_of 2021-03-01"),
    ("skeleton title left", [("title: A minimal briefing", "title: Title of the briefing")],
     W, "title: review placeholder left: Title of the briefing"),
    ("skeleton quote left", [(QUOTE, "      - text: Replace this with a verbatim quote…\n")],
     W, "parties[0].quotes[0].text: review placeholder left: Replace this with a verbatim quote"),
    ("REVIEW value", [("outlook: Some outlook.", "outlook: REVIEW what comes next")],
     W, "outlook: review placeholder left: REVIEW what comes next"),
    ("text with ': ' not quoted", [("title: A minimal briefing", "title: The minister: we act")],
     E, "quote this text: it contains ': '"),
    ("key indented too far", [("as_of: 2021-03-01", "  as_of: 2021-03-01")],
     E, "indentation: this key is indented more than the keys above it"),
    ("key indented too little", [("    kind: state\n", "   kind: state\n")],
     E, "indentation: this line does not line up with the keys of the block"),
    ("a tab in the indentation", [("    kind: state\n", "\tkind: state\n")],
     E, "indentation: a tab character; indent with spaces only"),
    ("a quotation mark never closed", [("title: A minimal briefing", 'title: "A minimal briefing')],
     E, "a quotation mark opened on line 2 is never closed"),
]


def _briefing(folder: Path, edits: list[tuple[str, str]]) -> Path:
    text = (CASES / "valid" / "minimal.yaml").read_text(encoding="utf-8")
    text = text.replace("    text: article.txt\n", "    text: article.txt\n" + OTHER_SOURCE)
    text = text.replace("sources:\n", "  - date: 2021-02-27\n    event: Talks are announced.\n"
                                      "    source: other\nsources:\n")
    text = text.replace("key_points: [Party A opposes the measure.]",
                        "key_points: [Party A opposes the measure.]\nwatch: [The talks.]")
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new, 1)
    shutil.copy(CASES / "valid" / "article.txt", folder / "article.txt")
    (folder / "other.txt").write_text(OTHER_TEXT, encoding="utf-8")
    path = folder / "minimal.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _issues(path: Path) -> list[Issue]:
    return validate_file(path).issues


def test_the_base_of_the_table_is_valid_and_clean(tmp_path: Path) -> None:
    path = _briefing(tmp_path, [])
    loaded, warnings = validate_paths([path], strict=True)
    assert loaded[0].briefing is not None
    assert warnings == []


@pytest.mark.parametrize(("scenario", "edits", "severity", "expected"), TABLE,
                         ids=[row[0] for row in TABLE])
def test_mistake_gives_its_message(scenario: str, edits: list[tuple[str, str]],
                                   severity: Severity, expected: str, tmp_path: Path) -> None:
    path = _briefing(tmp_path, edits)
    issues = _issues(path)
    matching = [issue for issue in issues if expected in str(issue)]
    assert matching, "\n".join(map(str, issues))
    assert all(issue.severity is severity for issue in matching), matching
    assert all(issue.line > 0 and str(issue).startswith(f"{path}:{issue.line}:") for issue in matching)


def test_material_awaiting_review_is_not_held_to_as_of(tmp_path: Path) -> None:
    """An event and a source drafted in from an article newer than the briefing: accepting
    them is when the analyst moves as_of on, so until then no date error."""
    path = _briefing(tmp_path, [
        ("    event: Talks are announced.\n", "    event: Talks are announced.\n    status: proposed\n"),
        ("  - date: 2021-02-27\n", "  - date: 2021-03-04\n"),
        ("    published: 2021-02-27\n", "    published: 2021-03-04\n")])
    assert _issues(path) == []
    accepted = _briefing(tmp_path, [("  - date: 2021-02-27\n", "  - date: 2021-03-04\n"),
                                    ("    published: 2021-02-27\n", "    published: 2021-03-04\n")])
    assert {issue.location for issue in _issues(accepted)} == {"timeline[1].date", "sources[1].published"}


def test_every_problem_of_a_file_at_once(tmp_path: Path) -> None:
    """A misspelled key, an unknown speaker, a misquote and a contradictory date in one file:
    one run reports all four (the misquote no longer waits for the others to be fixed)."""
    path = _briefing(tmp_path, [
        ("title: A minimal briefing", "titel: A minimal briefing"),
        ("        speaker: person-a", "        speaker: person-b"),
        (QUOTE, "      - text: We shall never accept this measure\n"),
        ("  - date: 2021-02-28\n", "  - date: 2021-05-02\n"),
    ])
    with pytest.raises(ValidationFailed) as failure:
        validate_paths([path])
    text = "\n".join(str(issue) for issue in failure.value.issues)
    for fragment in ("titel: unknown key 'titel'; did you mean 'title'?",
                     "parties[0].quotes[0].speaker: unknown speaker 'person-b'",
                     "parties[0].quotes[0].text: quote not found in source 'article'",
                     "timeline[0].date: the event is dated 2021-05-02, after the briefing's as_of"):
        assert fragment in text, text


def test_a_quote_with_its_own_marks_found_as_written_is_a_warning(tmp_path: Path) -> None:
    path = _briefing(tmp_path, [(QUOTE, "      - text: '\"We will never accept this measure.\"'\n")])
    issues = _issues(path)
    assert [issue.severity for issue in issues
            if "starts and ends with quotation marks" in issue.message] == [W]
    assert not any(issue.is_error for issue in issues), issues


def test_a_missing_path_has_no_made_up_position(tmp_path: Path) -> None:
    with pytest.raises(ValidationFailed) as failure:
        validate_paths([tmp_path / "nowhere.yaml"])
    assert [str(issue) for issue in failure.value.issues] == [
        f"{tmp_path / 'nowhere.yaml'}: no such file or folder"]
