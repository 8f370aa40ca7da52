"""The review store: a person's decisions on claims, kept in SQLite so they outlive the session.

One file (``default_store_path()``: env ``CLAIMS_STORE``, else ``.claims/reviews.sqlite3`` in the
project folder), standard-library ``sqlite3`` in WAL mode, so the review app's sessions and the
command line can read and write it at the same time:

* ``documents``: every article reviewed (its sha256, path, date, text and reference folder), so
  ``python -m claims refs impact`` can re-check them against new reference data;
* ``decisions``: an append-only log. A decision is keyed by (document sha256, claim id); the
  current decision on a claim is its latest row. A row with ``verdict`` NULL withdraws the
  decision (the claim is back to "not reviewed"); nothing is ever updated or deleted, so the
  log is the audit trail;
* ``batch_runs``: the batch reports written (``python -m claims report``), for the impact check.

Every write is one transaction (``BEGIN IMMEDIATE``: the write lock is taken up front, so two
writers queue on ``busy_timeout`` instead of failing half-way). Each call opens its own short
connection, which makes one ``ReviewStore`` safe to share between threads (the app's sessions)
and keeps no file handle open between calls.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sqlite3
from pathlib import Path
from typing import Iterator

from .verify import VERDICTS

__all__ = ["SCHEMA_VERSION", "ReviewStore", "StoreError", "default_store_path", "now_iso"]

#: ``PRAGMA user_version`` of the schema below
SCHEMA_VERSION = 1

#: How long a writer waits for another's transaction to finish, in milliseconds.
BUSY_TIMEOUT_MS = 30_000

_SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    sha256 TEXT PRIMARY KEY,
    path TEXT,
    date TEXT,
    text TEXT,
    refs_dir TEXT,
    added_at TEXT,
    date_source TEXT,
    opened_at TEXT
);
CREATE TABLE IF NOT EXISTS decisions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    doc_sha256 TEXT NOT NULL,
    claim_id TEXT NOT NULL,
    verdict TEXT,
    note TEXT,
    reviewer TEXT,
    time TEXT,
    tool_verdict TEXT,
    refs_version TEXT,
    reference_json TEXT
);
CREATE INDEX IF NOT EXISTS decisions_by_claim ON decisions (doc_sha256, claim_id, id);
CREATE TABLE IF NOT EXISTS batch_runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    out_dir TEXT,
    time TEXT,
    refs_dir TEXT,
    refs_version TEXT
);
"""


class StoreError(Exception):
    """The store cannot be opened or written (one line, naming the file)."""


def default_store_path() -> Path:
    """Env ``CLAIMS_STORE`` when set, else ``<project root>/.claims/reviews.sqlite3``."""
    env = os.environ.get("CLAIMS_STORE")
    if env:
        return Path(env)
    return Path(__file__).resolve().parent.parent / ".claims" / "reviews.sqlite3"


def now_iso() -> str:
    """The current time, UTC, to the second: ``2022-09-12T08:00:00Z``."""
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class ReviewStore:
    """The decisions store at ``path`` (created with its folder and schema when missing)."""

    def __init__(self, path=None):
        self.path = Path(path) if path is not None else default_store_path()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self._connect() as con:
                con.execute("PRAGMA journal_mode=WAL")
                version = con.execute("PRAGMA user_version").fetchone()[0]
                if version > SCHEMA_VERSION:
                    raise StoreError(f"{self.path}: review store schema {version} is newer than this tool's "
                                     f"({SCHEMA_VERSION}); update the tool")
                with self._write(con):
                    for statement in _SCHEMA.split(";"):
                        if statement.strip():
                            con.execute(statement)
                    if version < SCHEMA_VERSION:
                        con.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        except sqlite3.DatabaseError as ex:
            raise StoreError(f"{self.path}: cannot open the review store ({ex})") from None
        except OSError as ex:
            raise StoreError(f"{self.path}: cannot open the review store ({ex.strerror or ex})") from None

    def __repr__(self) -> str:
        return f"ReviewStore({str(self.path)!r})"

    # ----------------------------------------------------------------------------------------
    # connections and transactions

    @contextlib.contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        # isolation_level=None: no implicit transactions; _write() opens them explicitly.
        con = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        try:
            con.row_factory = sqlite3.Row
            con.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            con.execute("PRAGMA synchronous=NORMAL")  # safe with WAL: a crash loses no committed row's integrity
            yield con
        finally:
            con.close()

    @staticmethod
    @contextlib.contextmanager
    def _write(con: sqlite3.Connection) -> Iterator[None]:
        """One write transaction: BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any error."""
        con.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            con.execute("ROLLBACK")
            raise
        con.execute("COMMIT")

    # ----------------------------------------------------------------------------------------
    # documents

    def add_document(self, document, refs_dir=None) -> None:
        """Remember an article (a ``claims.document.Document``) and the reference folder it was
        checked against. Opening it again updates path, date and folder; ``added_at`` stays.
        A date the tool only assumed (``date_source`` "assumed today") is stored as NULL."""
        date = None
        if getattr(document, "date", None) is not None and document.date_source != "assumed today":
            date = document.date.isoformat()
        now = now_iso()
        with self._connect() as con, self._write(con):
            con.execute(
                "INSERT INTO documents (sha256, path, date, text, refs_dir, added_at, date_source, opened_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT(sha256) DO UPDATE SET path=excluded.path, date=excluded.date,"
                " text=excluded.text, refs_dir=excluded.refs_dir, date_source=excluded.date_source,"
                " opened_at=excluded.opened_at",
                (document.sha256, document.path, date, document.raw,
                 str(refs_dir) if refs_dir is not None else None, now,
                 document.date_source if date else None, now),
            )

    def documents(self) -> list[dict]:
        """Every stored article, most recently opened first, with how many claims it has current
        decisions on (``reviewed``)."""
        with self._connect() as con:
            rows = con.execute(
                "SELECT d.*, (SELECT COUNT(*) FROM decisions c"
                "   WHERE c.doc_sha256 = d.sha256 AND c.verdict IS NOT NULL AND c.id = ("
                "     SELECT MAX(id) FROM decisions c2 WHERE c2.doc_sha256 = c.doc_sha256"
                "     AND c2.claim_id = c.claim_id)) AS reviewed"
                " FROM documents d ORDER BY d.opened_at DESC, d.added_at DESC"
            ).fetchall()
        return [dict(r) for r in rows]

    def document(self, sha256: str) -> dict | None:
        """One stored article, or None."""
        with self._connect() as con:
            row = con.execute("SELECT * FROM documents WHERE sha256 = ?", (sha256,)).fetchone()
        return dict(row) if row else None

    # ----------------------------------------------------------------------------------------
    # decisions

    def record(self, doc_sha256: str, claim_id: str, verdict: str | None, note: str | None = "",
               reviewer: str | None = "", tool_verdict: str | None = None,
               refs_version: str | None = None, reference: dict | None = None) -> dict:
        """Append a decision and return it as ``decisions()`` would. ``verdict`` None withdraws the
        current decision. Raises ValueError for a verdict that is not one of ``VERDICTS``."""
        if verdict is not None and verdict not in VERDICTS:
            raise ValueError(f"verdict must be one of {', '.join(VERDICTS)}, not {verdict!r}")
        if not doc_sha256 or not claim_id:
            raise ValueError("a decision needs a document sha256 and a claim id")
        row = {
            "doc_sha256": doc_sha256, "claim_id": claim_id, "verdict": verdict,
            "note": note or "", "reviewer": reviewer or "", "time": now_iso(),
            "tool_verdict": tool_verdict, "refs_version": refs_version,
            "reference_json": json.dumps(reference, ensure_ascii=False, sort_keys=True) if reference else None,
        }
        with self._connect() as con, self._write(con):
            cur = con.execute(
                "INSERT INTO decisions (doc_sha256, claim_id, verdict, note, reviewer, time,"
                " tool_verdict, refs_version, reference_json) VALUES"
                " (:doc_sha256, :claim_id, :verdict, :note, :reviewer, :time, :tool_verdict,"
                " :refs_version, :reference_json)", row)
            row["id"] = cur.lastrowid
        return _decision(row)

    def decisions(self, doc_sha256: str) -> dict[str, dict]:
        """The current decision of every reviewed claim of a document: claim id -> {verdict, note,
        reviewer, time, tool_verdict, refs_version, reference (dict or None), id}. Claims whose
        latest row withdraws the decision are left out."""
        with self._connect() as con:
            rows = con.execute(
                "SELECT d.* FROM decisions d JOIN ("
                "  SELECT claim_id, MAX(id) AS id FROM decisions WHERE doc_sha256 = ? GROUP BY claim_id"
                ") latest ON d.id = latest.id ORDER BY d.id", (doc_sha256,)).fetchall()
        return {r["claim_id"]: _decision(dict(r)) for r in rows if r["verdict"] is not None}

    def history(self, doc_sha256: str, claim_id: str | None = None) -> list[dict]:
        """Every decision row of a document (or of one claim), oldest first, withdrawals included."""
        sql = "SELECT * FROM decisions WHERE doc_sha256 = ?"
        args: tuple = (doc_sha256,)
        if claim_id is not None:
            sql += " AND claim_id = ?"
            args += (claim_id,)
        with self._connect() as con:
            rows = con.execute(sql + " ORDER BY id", args).fetchall()
        return [_decision(dict(r)) for r in rows]

    # ----------------------------------------------------------------------------------------
    # batch runs

    def record_batch_run(self, out_dir, refs_dir, refs_version) -> None:
        """Remember a batch report written to ``out_dir`` (for ``claims refs impact``)."""
        with self._connect() as con, self._write(con):
            con.execute("INSERT INTO batch_runs (out_dir, time, refs_dir, refs_version) VALUES (?, ?, ?, ?)",
                        (str(out_dir), now_iso(), str(refs_dir) if refs_dir is not None else None,
                         refs_version))

    def last_batch_run(self) -> dict | None:
        """The latest batch run recorded, or None."""
        with self._connect() as con:
            row = con.execute("SELECT * FROM batch_runs ORDER BY id DESC LIMIT 1").fetchone()
        return dict(row) if row else None


def _decision(row: dict) -> dict:
    ref = row.pop("reference_json", None)
    row["reference"] = json.loads(ref) if ref else None
    return row
