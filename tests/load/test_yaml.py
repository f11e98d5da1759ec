"""A table of invalid briefing files → the message (with its line and column) each must give.

Each file in tests/cases/invalid/ is the valid tests/cases/valid/minimal.yaml with one fault,
named after its scenario.
"""

from __future__ import annotations

import pytest
from conftest import CASES

from briefings.errors import ValidationFailed
from briefings.validation.run import validate_paths

INVALID = CASES / "invalid"

CASES_TABLE = [
    # (file, expected "line:col: location: message" fragment)
    ("unknown_key", "2:1: titel: unknown key 'titel'; did you mean 'title'?"),
    ("duplicate_key", "3:1: duplicate key 'title'"),
    ("impossible_date", "3:1: as_of: Input should be a valid date or datetime, day value is outside"),
    ("date_as_number", "3:1: as_of: expected a date written as YYYY-MM-DD"),
    ("as_of_out_of_range", "3:1: as_of: a briefing's date must be between 1900-01-01 and 2999-12-31 (got 0001-01-01)"),
    ("unknown_stance", "31:7: parties[0].position.stance: Input should be 'supports', 'opposes', 'mixed', 'neutral' or 'unclear' (got 'oppose')"),
    ("unknown_speaker", "35:9: parties[0].quotes[0].speaker: unknown speaker 'person-x' (known: party-a, person-a)"),
    ("unknown_quote_source", "36:9: parties[0].quotes[0].source: unknown source 'reuters' (known: article)"),
    ("speaker_of_other_party", "35:9: parties[0].quotes[0].speaker: speaker 'person-b' belongs to party 'party-b', not 'party-a'"),
    ("duplicate_party_id", "45:5: parties[1].id: duplicate party id 'party-a' (first used at parties[0])"),
    ("briefing_id_not_a_slug", "1:1: id: not a valid id (lower-case letters, digits and '-') (got 'Minimal Briefing')"),
    ("missing_marking", "1:1: marking: missing required key"),
    ("number_where_text_expected", "24:5: parties[0].short_name: Input should be a valid string (got 1.1)"),
    ("yaml_syntax_error", "24:4: indentation: this line does not line up with the keys of the block"),
    ("alias", "8:13: anchors and aliases (&name, *name) are not allowed"),
    ("custom_tag", "2:8: custom YAML tags are not allowed"),
    ("unknown_affected_party", "40:28: parties[0].consequences[0].affects[1]: unknown party 'party-z' (known: party-a)"),
    ("missing_source_text", "20:5: sources[0].text: the archived copy 'missing.txt' does not exist"),
    ("bluf_too_long", "7:1: bluf: a bottom line has 1 to 3 sentences; this one has 4"),
    ("unknown_likelihood", "41:9: parties[0].consequences[0].likelihood: Input should be 'almost no chance'"),
    ("impossible_timeline_month", "12:5: timeline[0].date: '2021-13' is not a real date"),
    ("empty_file", "1:1: the file is empty"),
    ("not_a_mapping", "1:1: a briefing file must be a mapping of keys"),
    ("control_character", "2:1: title: contains the control character U+0007"),
]


@pytest.mark.parametrize(("name", "expected"), CASES_TABLE, ids=[row[0] for row in CASES_TABLE])
def test_invalid_file_gives_positioned_message(name: str, expected: str) -> None:
    path = INVALID / f"{name}.yaml"
    with pytest.raises(ValidationFailed) as failure:
        validate_paths([path])
    messages = [str(issue) for issue in failure.value.issues]
    assert f"{path}:{expected}" in "\n".join(messages), "\n".join(messages)


def test_every_invalid_case_file_is_in_the_table() -> None:
    on_disk = {path.stem for path in INVALID.glob("*.yaml")}
    assert on_disk == {name for name, _ in CASES_TABLE}


def test_the_base_of_the_invalid_cases_is_valid() -> None:
    loaded, warnings = validate_paths([CASES / "valid" / "minimal.yaml"], strict=True)
    assert loaded[0].briefing is not None and loaded[0].briefing.id == "minimal"
    assert warnings == []


def test_all_errors_of_all_files_are_reported_at_once() -> None:
    paths = [INVALID / f"{name}.yaml" for name, _ in CASES_TABLE]
    with pytest.raises(ValidationFailed) as failure:
        validate_paths(paths)
    files_with_errors = {str(issue.path) for issue in failure.value.issues if issue.is_error}
    assert files_with_errors == {str(path) for path in paths}
