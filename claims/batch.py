"""Batch verification: a corpus in, ``report.html``, ``claims.csv``, ``claims.json``,
``claimreview.jsonld`` and ``run.json`` out (``python -m claims report``).

Inputs (:func:`iter_documents`, in a stable order):

* article files by extension: ``.txt .text .md .markdown`` (``claims.document``), ``.html .htm``
  and ``.pdf`` (``claims.convert``);
* folders, walked recursively in name order (hidden files and folders skipped; files of other
  types skipped);
* glob patterns (``"news/**/*.txt"``), matches in name order;
* corpora: ``.jsonl`` (one JSON object a line) and ``.csv`` (a header row), each article with
  ``text`` and optionally ``id``, ``date``, ``title``, ``url``. An article of a corpus is named
  ``CORPUS#ID`` (``CORPUS:LINE`` without an id).

An article's date comes from the corpus row or the file (front matter, sidecar, dateline), else
from ``default_date`` (``--date``), else today (and the output says so).

A bad article (not decodable, empty, over ``claims.document.MAX_BYTES``, a corpus row without
text, a duplicate id) becomes a ``{"path", "error"}`` entry of the report's "inputs not read"
list and the run goes on.

Memory stays bounded whatever the corpus size: inputs are streamed (files are listed a folder at
a time, corpora read a line or a row at a time), at most ``4 * workers`` chunks are in flight,
and results are written out as they come back, in input order: ``claims.json``, ``claims.csv``
and ``claimreview.jsonld`` go straight to temporary files in the output folder; the HTML
report, which lists the articles sorted by contradicted claims, keeps only a few numbers per
document in memory (its counts and where its entry sits in the temporary ``claims.json``) and
reads each document back from there when it renders it. Every output file is written to a
temporary file first and moved into place (``os.replace``) only when the whole run succeeded.

Where the work runs (:func:`run`): in this process (``workers=1``), in N local processes
(``concurrent.futures.ProcessPoolExecutor``, the reference data loaded once per process), or on a
Dask distributed cluster (``scheduler="tcp://host:8786"``: the reference data is scattered to
every worker once; the workers need this project importable, the same code version). The
documents are read here and shipped to the workers as ``Document`` objects, so the workers need
no access to the input files. The output is the same bytes in every case: results are written in
input order, whatever order they come back in.

The core never prints: progress goes to a callback (``progress(n_done)``); the CLI draws the bar.
"""
from __future__ import annotations

import array
import collections
import csv
import dataclasses
import datetime as dt
import glob
import json
import os
import tempfile
from pathlib import Path
from typing import Callable, Iterable, Iterator

from . import report as _report
from .document import MAX_BYTES, Document, InputError, document_from_text, parse_date_arg
from .pipeline import DEFAULT_REFS, check_document, load_refs
from .reference import ReferenceData

#: Article files read by extension (``claims.convert`` handles each).
TEXT_SUFFIXES = (".txt", ".text", ".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
PDF_SUFFIXES = (".pdf",)
DOCUMENT_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + PDF_SUFFIXES
#: Corpus files: many articles in one file.
CORPUS_SUFFIXES = (".jsonl", ".csv")
SUFFIXES = DOCUMENT_SUFFIXES + CORPUS_SUFFIXES

#: Columns (JSONL keys) of a corpus article; only ``text`` is required.
CORPUS_FIELDS = ("id", "date", "title", "text", "url")

#: Longest JSONL line read. JSON escapes can take up to 6 bytes per character, so an article at
#: the size limit fits; a longer line is skipped unread (and listed) without being held whole.
MAX_LINE_BYTES = 6 * MAX_BYTES + 65_536
#: Longest CSV field (characters) before a CSV corpus is given up as broken (an unclosed quote
#: swallows the rest of the file into one field).
MAX_CSV_FIELD = 4 * MAX_BYTES

#: Documents per chunk sent to a worker, and characters per chunk (whichever comes first).
#: A Dask task costs more to schedule than a local one, so its chunks are larger (measured on the
#: synthetic corpus: 64 a chunk is 1.2x faster than 16 on a LocalCluster; no difference locally).
CHUNK_DOCS = 16
CHUNK_DOCS_DASK = 64
CHUNK_CHARS = 400_000
#: Chunks in flight per worker: enough to keep every worker busy, few enough to bound memory.
INFLIGHT_PER_WORKER = 4

OUTPUT_FILES = ("report.html", "claims.csv", "claims.json", "claimreview.jsonld", "run.json")

Item = tuple  # (key, Document | None, error | None)


# --------------------------------------------------------------------------------------------
# inputs

def _has_magic(s: str) -> bool:
    return glob.has_magic(s)


def check_inputs(inputs: Iterable[str]) -> list[str]:
    """The inputs as given, after checking that each is a file, a folder or a pattern that
    matches something; raises InputError (one line) for the first that is none of these."""
    out = []
    for spec in inputs:
        spec = str(spec)
        if not spec:
            raise InputError("an INPUT is empty")
        if os.path.exists(spec):
            out.append(spec)
            continue
        if _has_magic(spec):
            if next(glob.iglob(spec, recursive=True), None) is None:
                raise InputError(f"{spec}: no file matches this pattern")
            out.append(spec)
            continue
        raise InputError(f"{spec}: no such file or folder")
    if not out:
        raise InputError("no INPUT given")
    return out


def _walk(folder: str) -> Iterator[str]:
    """Files under ``folder`` with a supported extension, recursively, in name order; hidden
    files and folders skipped. Lists one folder at a time."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and name.lower().endswith(SUFFIXES):
                yield os.path.join(root, name)


def iter_paths(inputs: Iterable[str]) -> Iterator[str]:
    """Every file the inputs name, in order: files as given, folders walked, patterns expanded
    (name order). A file reached twice (a folder and a pattern over it) comes once."""
    seen: set[str] = set()

    def once(path: str) -> Iterator[str]:
        real = os.path.realpath(path)
        if real not in seen:
            seen.add(real)
            yield path

    for spec in inputs:
        spec = str(spec)
        if os.path.isdir(spec):
            for p in _walk(spec):
                yield from once(p)
        elif os.path.exists(spec) or not _has_magic(spec):
            yield from once(spec)
        else:
            for match in sorted(glob.iglob(spec, recursive=True)):
                if os.path.isdir(match):
                    for p in _walk(match):
                        yield from once(p)
                elif os.path.basename(match).lower().endswith(SUFFIXES):
                    yield from once(match)


def _with_default_date(doc: Document, default_date: dt.date | None) -> Document:
    if doc.date is None and default_date is not None:
        return dataclasses.replace(doc, date=default_date, date_source="argument")
    return doc


def _empty_problem(doc: Document) -> str | None:
    if not doc.body.strip():
        return "empty: no text to check"
    return None


def _read_file(path: str, default_date) -> Item:
    from .convert import read_any  # HTML and PDF readers load their libraries lazily

    try:
        doc = read_any(path)
    except InputError as ex:
        return path, None, _one_line(ex)
    problem = _empty_problem(doc)
    if problem:
        return path, None, problem
    return path, _with_default_date(doc, default_date), None


def _one_line(ex) -> str:
    return " ".join(str(ex).split()) or type(ex).__name__


def _corpus_date(value, where: str):
    """A corpus row's date (None when it gives none); InputError when it is not YYYY-MM-DD."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    s = str(value).strip()
    try:
        return parse_date_arg(s[:10] if len(s) > 10 and s[10] in "T " else s)
    except InputError:
        raise InputError(f"date must be YYYY-MM-DD, not {s[:40]!r}") from None


def _corpus_item(source: str, where: str, rec, ids: set, default_date) -> Item:
    """One corpus article (a JSONL object or a CSV row as a dict) as an Item."""
    if not isinstance(rec, dict):
        return f"{source}:{where}", None, f"line {where}: not a JSON object"
    rid = rec.get("id")
    if isinstance(rid, bool) or not isinstance(rid, (str, int, type(None))):
        return f"{source}:{where}", None, "id must be a string or a whole number"
    rid = None if rid is None or (isinstance(rid, str) and not rid.strip()) else str(rid).strip()
    key = f"{source}#{rid}" if rid is not None else f"{source}:{where}"
    if rid is not None:
        if rid in ids:
            return key, None, f"duplicate id {rid!r} (an earlier article of this corpus has it)"
        ids.add(rid)
    text = rec.get("text")
    if not isinstance(text, str):
        return key, None, "no text (the \"text\" field is missing or not a string)"
    if any("\udc80" <= ch <= "\udcff" for ch in text):
        return key, None, "is not valid UTF-8"
    try:
        date = _corpus_date(rec.get("date"), where)
        doc = document_from_text(text, path=key, date=date)
    except InputError as ex:
        msg = _one_line(ex)
        return key, None, msg[len(key) + 2:] if msg.startswith(key + ": ") else msg
    if date is not None:
        doc = dataclasses.replace(doc, date_source="corpus")
    meta = {k: rec[k].strip() for k in ("title", "url") if isinstance(rec.get(k), str) and rec[k].strip()}
    if rid is not None:
        meta["id"] = rid
    if meta:
        doc = dataclasses.replace(doc, meta=meta)
    problem = _empty_problem(doc)
    if problem:
        return key, None, problem
    return key, _with_default_date(doc, default_date), None


def _iter_jsonl(path: str, default_date) -> Iterator[Item]:
    ids: set = set()  # the ids seen: a few dozen bytes per article
    try:
        f = open(path, "rb")
    except OSError as ex:
        yield path, None, f"cannot be read ({ex.strerror or ex})"
        return
    with f:
        lineno = 0
        while True:
            line = f.readline(MAX_LINE_BYTES + 1)
            if not line:
                break
            lineno += 1
            if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
                while True:  # skip the rest of the runaway line without holding it
                    rest = f.readline(1 << 20)
                    if not rest or rest.endswith(b"\n"):
                        break
                yield f"{path}:{lineno}", None, f"line is over {MAX_LINE_BYTES:,} bytes (the article size limit is {MAX_BYTES:,} bytes)"
                continue
            if lineno == 1 and line.startswith(b"\xef\xbb\xbf"):
                line = line[3:]
            if not line.strip():
                continue
            try:
                text = line.decode("utf-8")
            except UnicodeDecodeError:
                yield f"{path}:{lineno}", None, "is not valid UTF-8"
                continue
            try:
                rec = json.loads(text)
            except json.JSONDecodeError as ex:
                yield f"{path}:{lineno}", None, f"not valid JSON ({ex.msg}, column {ex.colno})"
                continue
            yield _corpus_item(path, str(lineno), rec, ids, default_date)


def _iter_csv(path: str, default_date) -> Iterator[Item]:
    ids: set = set()  # the ids seen: a few dozen bytes per article
    old_limit = csv.field_size_limit()
    csv.field_size_limit(MAX_CSV_FIELD)
    try:
        try:
            f = open(path, encoding="utf-8-sig", errors="surrogateescape", newline="")
        except OSError as ex:
            yield path, None, f"cannot be read ({ex.strerror or ex})"
            return
        with f:
            reader = csv.reader(f)
            try:
                header = next(reader, None)
            except csv.Error as ex:
                yield path, None, f"not a readable CSV corpus ({ex})"
                return
            names = [h.strip().lower() for h in header or ()]
            if "text" not in names:
                yield path, None, ("not a corpus: the header needs a \"text\" column "
                                   f"(columns: {', '.join(CORPUS_FIELDS)})")
                return
            index = {n: i for i, n in reversed(list(enumerate(names)))}
            while True:
                line = reader.line_num + 1
                try:
                    row = next(reader)
                except StopIteration:
                    break
                except csv.Error as ex:
                    yield f"{path}:{line}", None, f"CSV error ({ex}); the rest of this file is not read"
                    return
                if not any(cell.strip() for cell in row):
                    continue
                rec = {n: (row[i] if i < len(row) else None) for n, i in index.items()}
                yield _corpus_item(path, str(line), rec, ids, default_date)
    finally:
        csv.field_size_limit(old_limit)


def iter_documents(inputs: list[str], default_date=None) -> Iterator[tuple[str, Document | None, str | None]]:
    """(path-or-id, Document or None, error or None) for every article the inputs name, streamed,
    in a stable order (see the module docstring). ``default_date`` (a date or ``YYYY-MM-DD``) dates
    the articles that carry no date of their own. Inputs that do not exist are skipped here:
    :func:`check_inputs` refuses them first."""
    if default_date is not None and not isinstance(default_date, dt.date):
        default_date = parse_date_arg(str(default_date))
    for path in iter_paths(inputs):
        lower = path.lower()
        if lower.endswith(".jsonl"):
            yield from _iter_jsonl(path, default_date)
        elif lower.endswith(".csv"):
            yield from _iter_csv(path, default_date)
        else:
            yield _read_file(path, default_date)


def count_documents(inputs: list[str]) -> int:
    """How many items :func:`iter_documents` will yield, about (corpora: non-blank lines or
    rows), without decoding a single article: for the progress bar's time left."""
    n = 0
    for path in iter_paths(inputs):
        lower = path.lower()
        try:
            if lower.endswith(".jsonl"):
                with open(path, "rb") as f:
                    n += sum(1 for line in f if line.strip())
            elif lower.endswith(".csv"):
                old = csv.field_size_limit()
                csv.field_size_limit(MAX_CSV_FIELD)
                try:
                    with open(path, encoding="utf-8", errors="replace", newline="") as f:
                        n += max(sum(1 for row in csv.reader(f) if any(c.strip() for c in row)) - 1, 0)
                finally:
                    csv.field_size_limit(old)
            else:
                n += 1
        except (OSError, csv.Error):
            n += 1
    return n


# --------------------------------------------------------------------------------------------
# checking (runs in the workers)

def check_one(doc: Document, refs: ReferenceData) -> dict:
    """``check_document`` plus the article's title and URL (from a corpus row or a sidecar),
    when it has them, in the ``document`` object."""
    result = check_document(doc, refs)
    meta = doc.meta or {}
    for key in ("title", "url"):
        value = meta.get(key)
        if isinstance(value, str) and value.strip():
            result["document"][key] = value.strip()
    return result


def render_entry(result: dict, index: int) -> dict:
    """Everything the output files need of one checked article, rendered where it was checked (in
    the worker, so the parent only writes): its ``claims.json`` entry (one line), ``claims.csv``
    rows, ClaimReview items (one a line), report HTML block, and its counts for the summary."""
    summary = _report.summarize(result)
    reviews = [json.dumps({k: v for k, v in item.items() if k != "@context"}, ensure_ascii=False)
               for item in _report.claimreview_jsonld([result])]
    return {
        "summary": summary,
        "refs_version": (result.get("document") or {}).get("refs_version"),
        "json": json.dumps(result, ensure_ascii=False),
        "csv": _report.csv_rows(result),
        "jsonld": reviews,
        "html": _report.render_document(result, index, summary),
    }


def check_chunk(items: list, refs: ReferenceData) -> list:
    """Check a chunk of (index, key, Document or None, error or None) items; returns
    ("ok", key, render_entry(...)) or ("bad", key, error) for each, in order. An unexpected
    failure on one article (a bug) is reported for that article as ``internal error: ...`` and
    the rest of the chunk goes on."""
    out = []
    for index, key, doc, error in items:
        if doc is None:
            out.append(("bad", key, error))
            continue
        try:
            out.append(("ok", key, render_entry(check_one(doc, refs), index)))
        except InputError as ex:
            out.append(("bad", key, _one_line(ex)))
        except Exception as ex:  # noqa: BLE001 - one broken article must not end a long run
            out.append(("bad", key, f"internal error: {type(ex).__name__}: {_one_line(ex)}"))
    return out


#: Reference data loaded in a worker process, keyed by (folder, version): loaded once per process.
_WORKER_REFS: dict[tuple[str, str], ReferenceData] = {}
_WORKER_KEY: tuple[str, str] | None = None


def _init_local_worker(refs_dir: str, version: str) -> None:
    global _WORKER_KEY
    key = (refs_dir, version)
    if key not in _WORKER_REFS:  # a forked worker inherits the parent's copy
        refs = load_refs(refs_dir)
        if refs.version != version:
            raise RuntimeError(f"reference data in {refs_dir} changed during the run")
        _WORKER_REFS[key] = refs
    _WORKER_KEY = key


def _check_chunk_local(items: list) -> list:
    return check_chunk(items, _WORKER_REFS[_WORKER_KEY])


# --------------------------------------------------------------------------------------------
# executors: in process, local processes, Dask

class _InProcess:
    def __init__(self, refs):
        self.refs = refs
        self.slots = 1

    def submit(self, items):
        return check_chunk(items, self.refs)

    @staticmethod
    def result(handle):
        return handle

    def close(self):
        pass


class _LocalPool:
    def __init__(self, refs, refs_dir: str, workers: int):
        import concurrent.futures
        import multiprocessing

        key = (refs_dir, refs.version)
        _WORKER_REFS[key] = refs  # forked workers start with it: no reload
        methods = multiprocessing.get_all_start_methods()
        ctx = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        self.pool = concurrent.futures.ProcessPoolExecutor(
            max_workers=workers, mp_context=ctx, initializer=_init_local_worker,
            initargs=(refs_dir, refs.version))
        self.slots = workers

    def submit(self, items):
        return self.pool.submit(_check_chunk_local, items)

    @staticmethod
    def result(handle):
        from concurrent.futures.process import BrokenProcessPool

        try:
            return handle.result()
        except BrokenProcessPool as ex:  # a worker was killed (out of memory, a signal)
            raise InputError(f"--workers: a worker process died ({_one_line(ex)}); "
                             "no report was written") from None

    def close(self):
        self.pool.shutdown(wait=True, cancel_futures=True)


class _Dask:
    def __init__(self, refs, address: str, connect_timeout: float = 15):
        try:
            from distributed import Client
        except ImportError as ex:  # pragma: no cover - distributed is in requirements.txt
            raise InputError(f"--scheduler needs the 'distributed' package ({ex})") from None
        try:
            self.client = Client(address, timeout=connect_timeout, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as ex:
            raise InputError(f"--scheduler {address}: cannot connect ({_one_line(ex)})") from None
        self.address = address
        try:
            self.client.wait_for_workers(1, timeout=connect_timeout)
        except (OSError, TimeoutError) as ex:
            self.client.close()
            raise InputError(f"--scheduler {address}: no worker joined in {connect_timeout:g} s "
                             f"({_one_line(ex) or 'timed out'})") from None
        self.slots = max(sum(self.client.nthreads().values()), 1)
        # one copy of the reference data on every worker, shipped once
        self.refs = self.client.scatter(refs, broadcast=True, hash=False)

    def submit(self, items):
        return self.client.submit(check_chunk, items, self.refs, pure=False)

    def result(self, handle):
        try:
            out = handle.result()
        except Exception as ex:  # noqa: BLE001 - check_chunk catches per-article errors, so
            # what arrives here is the cluster failing (a killed worker, a lost connection)
            raise InputError(f"--scheduler {self.address}: the cluster failed ({type(ex).__name__}: "
                             f"{_one_line(ex)}); no report was written") from None
        handle.release()
        return out

    def close(self):
        try:
            self.client.cancel(self.refs)
        finally:
            self.client.close()


def _chunks(items: Iterator[Item], docs: int | None = None) -> Iterator[list]:
    docs = docs or CHUNK_DOCS
    chunk, size = [], 0
    for item in items:
        chunk.append(item)
        doc = item[2]
        size += len(doc.raw) if doc is not None else 0
        if len(chunk) >= docs or size >= CHUNK_CHARS:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def _results_in_order(executor, chunks: Iterator[list]) -> Iterator[tuple]:
    """Each chunk's results, in input order, with at most INFLIGHT_PER_WORKER * slots chunks
    submitted and not yet collected."""
    window = collections.deque()
    limit = max(INFLIGHT_PER_WORKER * executor.slots, 1)
    for chunk in chunks:
        window.append(executor.submit(chunk))
        if len(window) >= limit:
            yield from executor.result(window.popleft())
    while window:
        yield from executor.result(window.popleft())


# --------------------------------------------------------------------------------------------
# output

@dataclasses.dataclass
class RunSummary:
    """What a batch run did: counts for the CLI's exit status and for ``run.json``."""

    out_dir: str
    documents: int = 0
    claims: int = 0
    verdicts: dict = dataclasses.field(default_factory=dict)
    bad_inputs: int = 0
    internal_errors: int = 0
    refs_dir: str = ""
    refs_version: str = ""


class _Outputs:
    """The output files, written as results arrive, into temporary files in the output folder;
    ``commit`` moves them into place, ``discard`` deletes them. The articles' HTML blocks wait in
    a temporary spill file until the report is put together in sorted order."""

    def __init__(self, out_dir: Path):
        self.out_dir = out_dir
        self.tmp: dict[str, str] = {}
        for name in OUTPUT_FILES + ("fragments",):
            fd, path = tempfile.mkstemp(dir=out_dir, prefix=f".{name}.", suffix=".tmp")
            os.close(fd)
            self.tmp[name] = path
        self.json = open(self.tmp["claims.json"], "w", encoding="utf-8", newline="\n")
        self.csv = open(self.tmp["claims.csv"], "w", encoding="utf-8", newline="")
        self.jsonld = open(self.tmp["claimreview.jsonld"], "w", encoding="utf-8", newline="\n")
        self.fragments = open(self.tmp["fragments"], "w+b")
        self.json.write("[")
        self.csv.write(_report.csv_header())
        self.jsonld.write('{"@context": "https://schema.org", "@graph": [')
        self.n_json = 0
        self.n_jsonld = 0

    def add(self, entry: dict) -> tuple[int, int]:
        """Write one article's entry (:func:`render_entry`); return where its HTML block is
        in the spill file (offset, length)."""
        self.json.write((",\n" if self.n_json else "\n") + entry["json"])
        self.n_json += 1
        self.csv.write(entry["csv"])
        for line in entry["jsonld"]:
            self.jsonld.write((",\n" if self.n_jsonld else "\n") + line)
            self.n_jsonld += 1
        data = entry["html"].encode("utf-8")
        offset = self.fragments.tell()
        self.fragments.write(data)
        return offset, len(data)

    def finish_streams(self) -> None:
        self.json.write("\n]\n" if self.n_json else "]\n")
        self.json.close()
        self.csv.close()
        self.jsonld.write("\n]}\n" if self.n_jsonld else "]}\n")
        self.jsonld.close()
        self.fragments.flush()

    def read_fragment(self, offset: int, length: int) -> str:
        self.fragments.seek(offset)
        return self.fragments.read(length).decode("utf-8")

    def write_html(self, chunks: Iterable[str]) -> None:
        with open(self.tmp["report.html"], "w", encoding="utf-8", newline="\n") as f:
            for piece in chunks:
                f.write(piece)

    def write_run(self, info: dict) -> None:
        with open(self.tmp["run.json"], "w", encoding="utf-8", newline="\n") as f:
            f.write(json.dumps(info, indent=2, ensure_ascii=False) + "\n")

    def commit(self) -> None:
        self.fragments.close()
        os.unlink(self.tmp.pop("fragments"))
        for name in OUTPUT_FILES:  # run.json last: it says the others are complete
            path = self.tmp.pop(name)
            os.chmod(path, 0o644 & ~_umask())
            os.replace(path, self.out_dir / name)

    def discard(self) -> None:
        for f in (self.json, self.csv, self.jsonld, self.fragments):
            try:
                f.close()
            except OSError:
                pass
        for path in self.tmp.values():
            try:
                os.unlink(path)
            except OSError:
                pass
        self.tmp.clear()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def prepare_out_dir(out: str | os.PathLike) -> Path:
    """The output folder, created if missing; InputError when it cannot be."""
    path = Path(out)
    if path.exists() and not path.is_dir():
        raise InputError(f"--out {out}: exists and is not a folder")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as ex:
        raise InputError(f"--out {out}: cannot create the folder ({ex.strerror or ex})") from None
    if not os.access(path, os.W_OK):
        raise InputError(f"--out {out}: cannot write into this folder")
    return path


def _record_in_store(out_dir: Path, refs_dir: str, version: str, store_path=None) -> None:
    """Note the run in the review store (for ``refs impact``), when claims.review exists and the
    store can be opened; never fails the run."""
    try:
        from .review import ReviewStore, default_store_path
    except ImportError:
        return
    try:
        store = ReviewStore(store_path or default_store_path())
        store.record_batch_run(str(out_dir.resolve()), refs_dir, version)
        close = getattr(store, "close", None)
        if callable(close):
            close()
    except Exception:  # noqa: BLE001 - the store is a convenience; the report is what was asked
        pass


def run(inputs: list[str], out_dir, *, refs_dir=None, default_date=None, workers: int = 1,
        scheduler: str | None = None, progress: Callable[[int], None] | None = None,
        title: str = "Claim verification report", record_run: bool = True, store_path=None,
        now: Callable[[], dt.datetime] | None = None, connect_timeout: float = 15) -> RunSummary:
    """Check every article the inputs name and write the report files into ``out_dir``.

    ``workers``: local processes (1: this process). ``scheduler``: a Dask scheduler address
    (``workers`` is then ignored). ``progress(n)`` is called with the number of articles done
    (read, checked and written, good or bad) after each one. ``record_run``: note the run in the
    review store (``claims.review``) when there is one. ``connect_timeout``: seconds to wait for
    the Dask scheduler. Returns a :class:`RunSummary`.
    Raises InputError (one line) for bad inputs, reference data or output folder, before any
    work starts.
    """
    if workers < 1:
        raise InputError(f"--workers must be 1 or more, not {workers}")
    if default_date is not None and not isinstance(default_date, dt.date):
        default_date = parse_date_arg(str(default_date))
    given = check_inputs(inputs)
    refs_path = Path(refs_dir) if refs_dir is not None else DEFAULT_REFS
    refs = load_refs(refs_path)
    refs_abs = str(refs_path.resolve())
    out = prepare_out_dir(out_dir)

    if scheduler:
        executor = _Dask(refs, scheduler, connect_timeout)
    elif workers > 1:
        executor = _LocalPool(refs, refs_abs, workers)
    else:
        executor = _InProcess(refs)

    summary = RunSummary(out_dir=str(out), refs_dir=refs_abs, refs_version=refs.version)
    outputs = _Outputs(out)
    tally = _report.Tally()
    # per checked article, kept until the report is put together: its contradicted and
    # needs-review counts and where its HTML block is in the spill file (32 bytes an article)
    n_contra, n_review, offsets, lengths = (array.array("q") for _ in range(4))
    bad: list[dict] = []
    done = 0
    try:
        numbered = ((i, *item) for i, item in enumerate(iter_documents(given, default_date)))
        stream = _results_in_order(executor, _chunks(numbered, CHUNK_DOCS_DASK if scheduler else CHUNK_DOCS))
        for status, key, payload in stream:
            if status == "ok":
                tally.add(payload["summary"], refs_version=payload["refs_version"])
                offset, length = outputs.add(payload)
                verdicts = payload["summary"]["verdicts"]
                n_contra.append(verdicts.get("contradicted", 0))
                n_review.append(verdicts.get("needs_review", 0))
                offsets.append(offset)
                lengths.append(length)
            else:
                bad.append({"path": key, "error": payload})
                if payload.startswith("internal error:"):
                    summary.internal_errors += 1
            done += 1
            if progress is not None:
                progress(done)
        executor.close()
        outputs.finish_streams()

        # report order (claims.report.sort_key): most contradicted, most needing review, input order
        order = sorted(range(len(offsets)), key=lambda i: (-n_contra[i], -n_review[i], i))

        def fragments():
            for i in order:
                yield outputs.read_fragment(offsets[i], lengths[i])

        notes = [f"Reference data: {refs_abs}."]
        if default_date is not None:
            notes.append(f"Articles without a date of their own are dated {default_date.isoformat()} (--date).")
        outputs.write_html(_report.html_chunks(fragments(), tally, title=title, bad_inputs=bad, notes=notes))

        summary.documents = tally.documents
        summary.claims = tally.claims
        summary.verdicts = {v: tally.verdicts.get(v, 0) for v in _report.VERDICT_ORDER}
        summary.bad_inputs = len(bad)
        clock = now or (lambda: dt.datetime.now(dt.timezone.utc))
        outputs.write_run({
            "inputs": list(given),
            "cwd": os.getcwd(),
            "date": default_date.isoformat() if default_date else None,
            "refs_dir": refs_abs,
            "refs_version": refs.version,
            "documents": summary.documents,
            "claims": summary.claims,
            "verdicts": summary.verdicts,
            "bad_inputs": bad,
            "time": clock().isoformat(timespec="seconds"),
            "files": [n for n in OUTPUT_FILES if n != "run.json"],
        })
        outputs.commit()
    except BaseException:
        outputs.discard()
        try:
            executor.close()
        except Exception:  # noqa: BLE001 - already failing; the first error is the one to show
            pass
        raise
    if record_run:
        _record_in_store(out, refs_abs, refs.version, store_path)
    return summary
