"""``validate --report json`` and ``build --report json``: one JSON document on stdout that the
documented JSON Schema accepts, the same exit codes as the text mode, nothing else on stdout."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import jsonschema
import pytest
from conftest import CASES, SEED_BRIEFING

from briefings.cli.app import EXIT_OK, EXIT_USER_ERROR, main
from briefings.report import SCHEMA_FILE, schema, schema_text


def run_json(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, dict]:
    code = main(args)
    out, _ = capsys.readouterr()
    document = json.loads(out)  # stdout is exactly one JSON document
    jsonschema.validate(document, schema())
    assert document["ok"] is (code == EXIT_OK)
    return code, document


@pytest.fixture
def minimal_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "briefs"
    folder.mkdir()
    shutil.copy(CASES / "valid" / "minimal.yaml", folder / "minimal.yaml")
    shutil.copy(CASES / "valid" / "article.txt", folder / "article.txt")
    return folder


def test_the_schema_is_a_valid_json_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(schema())


def test_the_schema_rejects_a_report_missing_positions() -> None:
    bad = {"report": "briefings/1", "command": "validate", "ok": False, "briefings": [],
           "summary": "", "issues": [{"file": "x.yaml", "field": "", "severity": "error",
                                      "message": "m"}]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema())


def test_validate_valid_seed(capsys: pytest.CaptureFixture[str]) -> None:
    code, doc = run_json(["validate", "--report", "json", str(SEED_BRIEFING)], capsys)
    assert code == EXIT_OK
    assert doc["command"] == "validate" and doc["issues"] == []
    assert doc["briefings"] == [{"path": str(SEED_BRIEFING), "id": "us-turkey-caatsa-sanctions",
                                 "status": "valid", "outputs": [], "message": ""}]


def test_validate_errors_with_positions(seed_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = seed_copy.read_text().replace("short_name: CHP", "shortname: CHP", 1)
    seed_copy.write_text(text)
    line = next(i for i, row in enumerate(text.splitlines(), 1) if "shortname: CHP" in row)
    code, doc = run_json(["validate", "--report", "json", str(seed_copy)], capsys)
    assert code == EXIT_USER_ERROR
    assert {"file": str(seed_copy), "line": line, "column": 5, "field": "parties[3].shortname",
            "severity": "error",
            "message": "unknown key 'shortname'; did you mean 'short_name'?"} in doc["issues"]
    assert [b["status"] for b in doc["briefings"]] == ["invalid"]


def test_validate_warning_is_listed_and_fails_only_when_strict(
        minimal_folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = minimal_folder / "minimal.yaml"
    path.write_text(path.read_text().replace("key_points: [Party A opposes the measure.]\n", ""))
    code, doc = run_json(["validate", "--report", "json", str(minimal_folder)], capsys)
    assert code == EXIT_OK
    assert [(i["severity"], i["field"]) for i in doc["issues"]] == [("warning", "key_points")]
    code, doc = run_json(["validate", "--strict", "--report", "json", str(minimal_folder)], capsys)
    assert code == EXIT_USER_ERROR
    assert doc["briefings"][0]["status"] == "invalid"


def test_validate_missing_path_is_an_issue(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, doc = run_json(["validate", "--report", "json", str(tmp_path / "nope.yaml")], capsys)
    assert code == EXIT_USER_ERROR
    assert doc["issues"][0]["file"] == str(tmp_path / "nope.yaml")
    assert "no such file" in doc["issues"][0]["message"]


def test_build_reports_built_then_skipped_with_outputs(
        minimal_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    args = ["build", "--report", "json", "--format", "md,html", "-o", str(out),
            "--workspace", str(tmp_path), str(minimal_folder)]
    code, doc = run_json(args, capsys)
    assert code == EXIT_OK, doc
    [record] = doc["briefings"]
    assert record["status"] == "built"
    assert sorted(record["outputs"]) == sorted(str(p) for p in out.glob("minimal.*"))
    assert len(record["outputs"]) == 2 and all(Path(p).is_file() for p in record["outputs"])
    code, doc = run_json(args, capsys)
    assert code == EXIT_OK and doc["briefings"][0]["status"] == "skipped"
    assert len(doc["briefings"][0]["outputs"]) == 2


def test_build_invalid_is_listed_invalid_and_the_valid_one_built(
        minimal_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copy(CASES / "invalid" / "duplicate_key.yaml", minimal_folder / "broken.yaml")
    out = tmp_path / "out"
    code, doc = run_json(["build", "--report", "json", "--format", "md", "-o", str(out),
                          "--workspace", str(tmp_path), str(minimal_folder)], capsys)
    assert code == EXIT_USER_ERROR
    statuses = {Path(b["path"]).name: b["status"] for b in doc["briefings"]}
    assert statuses == {"broken.yaml": "invalid", "minimal.yaml": "built"}
    assert all(i["file"].endswith("broken.yaml") for i in doc["issues"] if i["severity"] == "error")
    assert [p.name for p in out.glob("*.md")] == ["minimal.md"]


def test_text_mode_is_unchanged(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["validate", str(SEED_BRIEFING)])
    out, err = capsys.readouterr()
    assert code == EXIT_OK and out == "" and "1 briefing(s) valid" in err


def test_the_schema_file_is_generated_from_the_model(update_golden: bool) -> None:
    """``schemas/report.schema.json`` is :class:`Report`'s schema as generated; ``--update-golden``
    rewrites it after a change to the model."""
    if update_golden:
        SCHEMA_FILE.write_text(schema_text(), encoding="utf-8")
    assert SCHEMA_FILE.read_text(encoding="utf-8") == schema_text()
