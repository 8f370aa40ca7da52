"""The command line (DESIGN section 5) and the check output (section 4).

Bad input never gives a traceback: exit status 2 and one line ``claims: error: ...`` on stderr.
Tests that run ``check`` on text with claims need ``claims.extract`` (claims/extract.py).
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import shutil
import sys
import types

import pytest

from claims import cli
from claims.document import MAX_BYTES, document_from_text, read_document
from claims.model import Claim
from claims.pipeline import document_dict, judge
from claims.report_formats import CSV_COLUMNS, csv_safe, to_csv, to_json, to_table

SECTION4_CLAIM_KEYS = {"id", "text", "start", "end", "sentence", "kind", "value", "unit", "hedge", "low",
                       "high", "verdict", "reference", "explanation"}
DOCUMENT_KEYS = {"path", "date", "sha256", "date_source", "refs_version"}
KINDS = {"quantity", "money", "percent", "change", "ratio", "count", "age", "duration", "date"}
VERDICTS = {"supported", "contradicted", "needs_review", "unverifiable"}


def assert_one_line_error(result):
    assert result.returncode == 2, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("claims: error: ")
    assert result.stdout == ""


def _file(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _with_bad_sidecar(tmp_path):
    _file(tmp_path, "a.meta.json", b"{oops")
    return _file(tmp_path, "a.txt", b"x")


BAD_INPUTS = [
    # (id, function tmp_path -> CLI arguments)
    ("missing file", lambda t: ["check", t / "nope.txt"]),
    ("a directory", lambda t: ["check", t]),
    ("binary file", lambda t: ["check", _file(t, "img.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 200)]),
    ("over the size limit", lambda t: ["check", _file(t, "big.txt", b"a" * (MAX_BYTES + 1))]),
    ("undecodable bytes", lambda t: ["check", _file(t, "bad.txt", b"\x81\x8d\x8f\x90\x9d")]),
    ("bad --date", lambda t: ["check", _file(t, "a.txt", b"x"), "--date", "12/09/2022"]),
    ("impossible --date", lambda t: ["check", _file(t, "a.txt", b"x"), "--date", "2022-02-30"]),
    ("unknown --format", lambda t: ["check", _file(t, "a.txt", b"x"), "--format", "xml"]),
    ("missing --refs folder", lambda t: ["check", _file(t, "a.txt", b"x"), "--refs", t / "no_refs"]),
    ("bad sidecar", lambda t: ["check", _with_bad_sidecar(t)]),
    ("no arguments", lambda t: []),
    ("check without FILE", lambda t: ["check"]),
    ("unknown command", lambda t: ["frobnicate"]),
    ("unknown option", lambda t: ["check", "--nope"]),
    ("refs without subcommand", lambda t: ["refs"]),
    ("refs validate, missing folder", lambda t: ["refs", "validate", "--refs", t / "no_refs"]),
]


@pytest.mark.parametrize("make_args", [c[1] for c in BAD_INPUTS], ids=[c[0] for c in BAD_INPUTS])
def test_bad_input_exits_2_with_one_line(tmp_path, run_cli, make_args):
    assert_one_line_error(run_cli(*make_args(tmp_path)))


def test_help_exits_0(run_cli):
    result = run_cli("--help")
    assert result.returncode == 0 and "check" in result.stdout and "refs" in result.stdout


def test_empty_file_has_no_claims(tmp_path, run_cli):
    path = _file(tmp_path, "empty.txt", b"")
    result = run_cli("check", path, "--format", "json", "--date", "2022-09-12")
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["claims"] == []
    version = out["document"].pop("refs_version")
    assert len(version) == 64
    assert out["document"] == {"path": str(path), "date": "2022-09-12", "date_source": "argument",
                               "sha256": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"}


def test_empty_file_without_date_says_assumed_today(tmp_path, run_cli):
    path = _file(tmp_path, "empty.txt", b"")
    table = run_cli("check", path)
    assert table.returncode == 0 and "assumed today" in table.stdout
    out = json.loads(run_cli("check", path, "--format", "json").stdout)
    assert out["document"]["date_source"] == "assumed today"
    assert out["document"]["date"] in {(dt.date.today() + dt.timedelta(days=d)).isoformat() for d in (-1, 0, 1)}


# --------------------------------------------------------------------------------------------
# encodings: the text round-trips, and check runs on it

TEXT = "Xi’s trip — “nearly a third” more trade, café, in the first 7 months of 2022.\n"


@pytest.mark.parametrize("data", [
    b"\xff\xfe" + TEXT.encode("utf-16-le"),
    b"\xfe\xff" + TEXT.encode("utf-16-be"),
    TEXT.encode("utf-8-sig"),
    TEXT.encode("cp1252"),
], ids=["utf-16-le BOM", "utf-16-be BOM", "utf-8-sig", "cp1252"])
def test_encodings_decode(tmp_path, data):
    path = _file(tmp_path, "a.txt", data)
    assert read_document(path).raw == TEXT


@pytest.mark.parametrize("codec", ["utf-16", "utf-8-sig", "cp1252"])
def test_check_runs_on_each_encoding(tmp_path, run_cli, codec):  # needs the extractor
    path = _file(tmp_path, "a.txt", TEXT.encode(codec))
    result = run_cli("check", path, "--format", "json", "--date", "2022-09-12")
    assert result.returncode == 0, result.stderr
    for c in json.loads(result.stdout)["claims"]:
        assert TEXT[c["start"]:c["end"]] == c["text"]


# --------------------------------------------------------------------------------------------
# the demo article (needs the extractor)

def test_demo_article_json(run_cli, demo_article):
    result = run_cli("check", demo_article.relative_to(demo_article.parent.parent), "--format", "json")
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert set(out) == {"document", "claims"}
    assert set(out["document"]) == DOCUMENT_KEYS
    assert out["document"]["date"] == "2022-09-12"
    assert out["document"]["date_source"] == "sidecar"
    raw = read_document(demo_article).raw
    assert out["claims"], "the demo article has numeric claims"
    ids = [c["id"] for c in out["claims"]]
    assert len(set(ids)) == len(ids)
    for c in out["claims"]:
        assert SECTION4_CLAIM_KEYS <= set(c)
        assert raw[c["start"]:c["end"]] == c["text"]
        assert c["kind"] in KINDS and c["verdict"] in VERDICTS


def test_demo_article_without_sidecar_assumes_today(tmp_path, run_cli, demo_article):
    path = tmp_path / "article.txt"
    shutil.copyfile(demo_article, path)
    out = json.loads(run_cli("check", path, "--format", "json").stdout)
    assert out["document"]["date_source"] == "assumed today"
    table = run_cli("check", path)
    assert table.returncode == 0 and "assumed today" in table.stdout


def test_demo_article_csv_and_table(run_cli, demo_article):
    n = len(json.loads(run_cli("check", demo_article, "--format", "json").stdout)["claims"])
    result = run_cli("check", demo_article, "--format", "csv")
    assert result.returncode == 0, result.stderr
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert tuple(rows[0][:len(CSV_COLUMNS)]) == CSV_COLUMNS
    assert len(rows) == n + 1
    table = run_cli("check", demo_article)
    assert table.returncode == 0 and "2022-09-12 (from sidecar)" in table.stdout


def test_claims_only_from_the_body(tmp_path, run_cli):
    text = "---\ndate: 2022-09-12\nwords: 1200\n---\nThe pipeline carries 50 billion cubic meters a year.\n"
    path = _file(tmp_path, "a.md", text.encode())
    out = json.loads(run_cli("check", path, "--format", "json").stdout)
    assert out["document"]["date_source"] == "front matter"
    body_start = text.index("The pipeline")
    assert out["claims"] and all(c["start"] >= body_start for c in out["claims"])
    assert all(text[c["start"]:c["end"]] == c["text"] for c in out["claims"])


# --------------------------------------------------------------------------------------------
# renderers and verdict fields, in-process (no extractor needed)

def _claims():
    return [
        Claim(text="69-year-old", start=10, end=21, kind="age", value=69, unit="year", low=69, high=70, id="c1"),
        Claim(text="=1+1", start=30, end=34, kind="count", value=None, id="c2", sentence="=1+1 @SUM(A1)"),
        Claim(text="-3.5 percent", start=40, end=52, kind="change", value=-3.5, unit="percent",
              hedge="more than", low=-3.5, high=None, id="c3", direction="down"),
    ]


def test_judge_gives_every_claim_the_verdict_fields():
    doc = document_from_text("x", date="2022-09-12")
    items = judge(_claims(), doc, None)
    assert [i["id"] for i in items] == ["c1", "c2", "c3"]
    for item in items:
        assert item["verdict"] == "unverifiable" and item["reference"] is None
        assert item["explanation"]
        assert SECTION4_CLAIM_KEYS <= set(item)


@pytest.mark.parametrize("cell, expected", [
    ("=1+1", "'=1+1"),
    ("-3.5", "-3.5"),
    (-3.5, "-3.5"),
    ("+3", "+3"),
    ("-2e5", "-2e5"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
    ("-1+1", "'-1+1"),
    ("-- Xi Jinping", "'-- Xi Jinping"),
    ("\t=1", "'\t=1"),
    ("\rx", "'\rx"),
    ("50 bcm", "50 bcm"),
    ("a=1", "a=1"),
    (None, ""),
    (50.0, "50.0"),
    ({"start": "2022-01-01"}, '{"start": "2022-01-01"}'),
])
def test_csv_safe(cell, expected):
    assert csv_safe(cell) == expected


def test_to_csv_escapes_and_flattens():
    doc = document_from_text("x", date="2022-09-12")
    items = judge(_claims(), doc, None)
    items[0]["reference"] = {"entity": "Xi Jinping", "metric": "birth_date", "value": "1953-06-15",
                             "unit": "date", "source": "=HYPERLINK(\"http://x\")", "source_url": "https://e.org"}
    rows = list(csv.DictReader(io.StringIO(to_csv(items))))
    assert tuple(rows[0])[:len(CSV_COLUMNS)] == CSV_COLUMNS and "reference" not in rows[0]
    assert rows[0]["reference_entity"] == "Xi Jinping"
    assert rows[0]["reference_source"] == "'=HYPERLINK(\"http://x\")"
    assert rows[1]["text"] == "'=1+1" and rows[1]["sentence"] == "'=1+1 @SUM(A1)"
    assert rows[2]["value"] == "-3.5" and rows[2]["low"] == "-3.5" and rows[2]["high"] == ""
    assert rows[2]["text"] == "'-3.5 percent" and rows[2]["direction"] == "down"


def test_to_json_and_table():
    doc = document_from_text("x").assume_today(dt.date(2030, 1, 2))
    items = judge(_claims(), doc, None)
    out = json.loads(to_json({"document": document_dict(doc), "claims": items}))
    assert out["document"]["date"] == "2030-01-02" and out["document"]["date_source"] == "assumed today"
    table = to_table(doc, items)
    assert "assumed today" in table and "3 claims" in table
    header = next(line for line in table.splitlines() if line.startswith("id"))
    for col in ("id", "kind", "text", "value", "unit", "hedge", "interval", "verdict"):
        assert col in header
    assert "69 to 70" in table and "-3.5 to …" in table


def test_keyboard_interrupt_exits_130(tmp_path, monkeypatch, capsys):
    def interrupted(*a, **k):
        raise KeyboardInterrupt
    monkeypatch.setattr(cli, "read_document", interrupted)
    assert cli.main(["check", str(tmp_path / "a.txt")]) == 130
    assert capsys.readouterr().err == ""


def test_refs_validate(tmp_path, monkeypatch, capsys):
    (tmp_path / "facts.csv").write_text("entity,metric,value,unit,source\nA,m,1,count,s\nB,m,2,count,s\n")
    (tmp_path / "history").mkdir()
    (tmp_path / "history" / "old.csv").write_text("entity,metric,value,unit,source\nA,m,0,count,s\n")
    (tmp_path / ".ipynb_checkpoints").mkdir()
    (tmp_path / ".ipynb_checkpoints" / "facts.csv").write_text("entity,metric,value,unit,source\nA,m,0,count,s\n")
    fake = types.ModuleType("claims.reference")
    fake.validate_dir = lambda path: []
    monkeypatch.setitem(sys.modules, "claims.reference", fake)
    assert cli.main(["refs", "validate", "--refs", str(tmp_path)]) == 0
    assert capsys.readouterr().out.strip() == "reference data OK: 2 rows in 1 files"
    fake.validate_dir = lambda path: ["facts.csv:3: value 'x' is not a number", "facts.csv:4: no source"]
    assert cli.main(["refs", "validate", "--refs", str(tmp_path)]) == 2
    assert capsys.readouterr().err.splitlines() == ["facts.csv:3: value 'x' is not a number", "facts.csv:4: no source"]


def test_refs_validate_without_reference_module_is_one_line(tmp_path, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "claims.reference", None)  # import fails
    assert cli.main(["refs", "validate", "--refs", str(tmp_path)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and err[0].startswith("claims: error: ")
