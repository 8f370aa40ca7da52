"""claims.review: the SQLite review store (schema, current decisions, concurrency, restarts)."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from claims.document import document_from_text, read_document
from claims.review import SCHEMA_VERSION, ReviewStore, StoreError, default_store_path
from claims.verify import VERDICTS

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def store(tmp_path):
    return ReviewStore(tmp_path / "sub" / "reviews.sqlite3")


def columns(path, table):
    with sqlite3.connect(path) as con:
        return [r[1] for r in con.execute(f"PRAGMA table_info({table})")]


def test_schema_has_the_contract_tables_and_columns(store):
    assert columns(store.path, "documents")[:6] == ["sha256", "path", "date", "text", "refs_dir", "added_at"]
    assert columns(store.path, "decisions") == [
        "id", "doc_sha256", "claim_id", "verdict", "note", "reviewer", "time", "tool_verdict",
        "refs_version", "reference_json"]
    assert columns(store.path, "batch_runs") == ["id", "out_dir", "time", "refs_dir", "refs_version"]
    with sqlite3.connect(store.path) as con:
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_reopening_keeps_everything(tmp_path):
    path = tmp_path / "r.sqlite3"
    ReviewStore(path).record("doc", "c1", "supported", "ok", "ann", "unverifiable", "v1")
    again = ReviewStore(path)  # a server restart: a new store object on the same file
    d = again.decisions("doc")["c1"]
    assert (d["verdict"], d["note"], d["reviewer"], d["tool_verdict"], d["refs_version"]) == \
        ("supported", "ok", "ann", "unverifiable", "v1")


@pytest.mark.parametrize("log, expected", [
    # (claim, verdict) in order -> current decisions
    ([("c1", "supported")], {"c1": "supported"}),
    ([("c1", "supported"), ("c1", "contradicted")], {"c1": "contradicted"}),
    ([("c1", "supported"), ("c2", "needs_review"), ("c1", None)], {"c2": "needs_review"}),
    ([("c1", "supported"), ("c1", None), ("c1", "unverifiable")], {"c1": "unverifiable"}),
    ([("c1", None)], {}),
])
def test_current_decision_is_the_latest_row(store, log, expected):
    for claim, verdict in log:
        store.record("doc", claim, verdict, reviewer="r")
    assert {k: v["verdict"] for k, v in store.decisions("doc").items()} == expected
    assert len(store.history("doc")) == len(log)  # append-only: nothing is lost
    assert store.decisions("other doc") == {}


def test_decision_fields_and_reference(store):
    ref = {"entity": "Nord Stream 1", "metric": "capacity", "value": 55, "unit": "bcm/year",
           "file": "energy.csv", "line": 4}
    out = store.record("doc", "c1", "contradicted", "the pipeline's nameplate is 55", "ann",
                       "supported", "abc123", reference=ref)
    got = store.decisions("doc")["c1"]
    assert got == out
    assert got["reference"] == ref
    assert got["time"].endswith("Z") and len(got["time"]) == 20


@pytest.mark.parametrize("verdict", ["Supported", "true", "", "false"])
def test_record_refuses_unknown_verdicts(store, verdict):
    with pytest.raises(ValueError, match="verdict must be one of"):
        store.record("doc", "c1", verdict)
    assert store.history("doc") == []


def test_verdicts_are_the_contract_ones(store):
    for v in VERDICTS:
        store.record("doc", v, v)
    assert sorted(store.decisions("doc")) == sorted(VERDICTS)


def test_documents(store, demo_article):
    doc = read_document(demo_article)
    store.add_document(doc, ROOT / "reference_data")
    pasted = document_from_text("Trade rose 29%.", path="<pasted>").assume_today()
    store.add_document(pasted, None)
    store.record(doc.sha256, "c1", "supported")
    store.record(doc.sha256, "c2", "supported")
    store.record(doc.sha256, "c2", None)
    docs = {d["sha256"]: d for d in store.documents()}
    assert docs[doc.sha256]["text"] == doc.raw
    assert docs[doc.sha256]["date"] == "2022-09-12"
    assert docs[doc.sha256]["refs_dir"] == str(ROOT / "reference_data")
    assert docs[doc.sha256]["reviewed"] == 1
    assert docs[pasted.sha256]["date"] is None  # an assumed date is not a publication date
    first = docs[doc.sha256]["added_at"]
    store.add_document(doc, "/elsewhere")
    assert store.document(doc.sha256)["refs_dir"] == "/elsewhere"
    assert store.document(doc.sha256)["added_at"] == first
    assert len(store.documents()) == 2


def test_batch_runs(store):
    assert store.last_batch_run() is None
    store.record_batch_run("/out/1", "/refs", "v1")
    store.record_batch_run("/out/2", "/refs", "v2")
    last = store.last_batch_run()
    assert (last["out_dir"], last["refs_dir"], last["refs_version"]) == ("/out/2", "/refs", "v2")


def test_default_store_path(monkeypatch, tmp_path):
    monkeypatch.setenv("CLAIMS_STORE", str(tmp_path / "x.sqlite3"))
    assert default_store_path() == tmp_path / "x.sqlite3"
    monkeypatch.delenv("CLAIMS_STORE")
    assert default_store_path() == ROOT / ".claims" / "reviews.sqlite3"


def test_unusable_store_is_one_line(tmp_path):
    bad = tmp_path / "not.sqlite3"
    bad.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError) as err:
        ReviewStore(bad)
    assert "cannot open the review store" in str(err.value) and "\n" not in str(err.value)


def test_failed_write_is_rolled_back(store):
    """A transaction that fails half-way leaves nothing behind."""
    with store._connect() as con:
        with pytest.raises(sqlite3.IntegrityError):
            with store._write(con):
                con.execute("INSERT INTO decisions (doc_sha256, claim_id, verdict) VALUES ('d', 'c', 'supported')")
                con.execute("INSERT INTO decisions (id, doc_sha256, claim_id) VALUES (1, 'd', 'c')")
    assert store.history("d") == []


# --------------------------------------------------------------------------------------------
# two writers at once

WRITER = """
import sys
from claims.review import ReviewStore
path, who, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
store = ReviewStore(path)
for i in range(n):
    store.record("doc", f"{who}-{i}", "supported", f"note {i}", who, "unverifiable", "v1")
    store.record("doc", "shared", "contradicted" if who == "a" else "needs_review", who, who)
"""


def test_two_processes_writing_lose_nothing(tmp_path):
    path = tmp_path / "r.sqlite3"
    ReviewStore(path)
    n = 150
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(path), who, str(n)], cwd=ROOT, env=env,
                              stderr=subprocess.PIPE, text=True) for who in ("a", "b")]
    for p in procs:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
    store = ReviewStore(path)
    current = store.decisions("doc")
    assert {f"{w}-{i}" for w in "ab" for i in range(n)} <= set(current)
    assert len(store.history("doc")) == 4 * n
    # the shared claim's current decision is the one written last
    last = store.history("doc", "shared")[-1]
    assert current["shared"]["verdict"] == last["verdict"] == ("contradicted" if last["reviewer"] == "a" else "needs_review")


def test_two_threads_sharing_one_store_lose_nothing(store):
    n = 100
    errors = []

    def write(who):
        try:
            for i in range(n):
                store.record("doc", f"{who}-{i}", "needs_review", reviewer=who)
                store.decisions("doc")
        except Exception as ex:  # pragma: no cover - reported below
            errors.append(ex)

    threads = [threading.Thread(target=write, args=(w,)) for w in ("x", "y")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(store.decisions("doc")) == 2 * n
