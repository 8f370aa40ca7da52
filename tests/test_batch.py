"""claims.batch and ``python -m claims report``: inputs, bad articles, output files, equal results
in this process, in local worker processes and on a Dask LocalCluster, bounded memory, exit codes.

Verdicts are not asserted here (claims.verify decides them); what is asserted holds for any
verdicts: the outputs agree with each other, the order is stable, the exit status follows the
verdicts written.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest
from fpdf import FPDF

from claims import batch, cli
from claims.document import MAX_BYTES
from claims.report import BATCH_CSV_COLUMNS

ROOT = Path(__file__).resolve().parent.parent
OUT_FILES = ("report.html", "claims.csv", "claims.json", "claimreview.jsonld")

ARTICLE = ("LONDON, Sept. 11, 2022 (Reuters) - Nord Stream 1 carried 59.2 bcm of gas in 2021, "
           "nearly a third more than planned. China-Russia trade rose 29% to $97.71 billion.\n")


@pytest.fixture(autouse=True)
def _own_store(tmp_path, monkeypatch):
    """Batch runs note themselves in the review store: keep it inside the test's folder."""
    monkeypatch.setenv("CLAIMS_STORE", str(tmp_path / "store" / "reviews.sqlite3"))


def _write(path: Path, data) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def _jsonl(*records) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records)


def _pdf(text: str) -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    pdf.multi_cell(0, 8, text)
    return bytes(pdf.output())


def _corpus(tmp_path: Path) -> Path:
    """A small mixed corpus: files of every type, a folder tree, a JSONL and a CSV corpus, bad
    articles of every kind."""
    root = tmp_path / "corpus"
    _write(root / "a.txt", ARTICLE)
    _write(root / "b.md", "---\ndate: 2021-03-04\n---\nThe bridge is 3 km long and cost $2 billion.\n")
    _write(root / "c.html", "<html><head><title>T</title><script>var x = 5;</script></head>"
                            "<body><p>Exports rose 12% to 40 billion euros in 2021.</p></body></html>")
    _write(root / "d.pdf", _pdf("The pipeline is 1,200 km long and carries 50 bcm a year."))
    _write(root / "sub" / "deeper" / "e.txt", "Some 2,000 workers built it in 18 months.\n")
    _write(root / "sub" / "empty.txt", b"")
    _write(root / "sub" / "binary.txt", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    _write(root / "sub" / "notes.json", b"{}")           # not an article type: skipped
    _write(root / ".hidden" / "x.txt", "hidden 5 km\n")  # hidden: skipped
    _write(root / "news.jsonl", _jsonl(
        {"id": "n1", "date": "2022-09-12", "title": "Trade <up>", "text": "Trade grew 29% in 2022."},
        "",
        {"id": 2, "text": "The SCO has 8 members."},
        "{broken json",
        {"id": "n3", "text": ""},
        {"id": "n1", "text": "A duplicate id: 5 m."},
    ))
    with open(root / "rows.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "date", "title", "text"])
        w.writerow(["r1", "2022-01-05", "=HYPERLINK(1)", "=cmd|' /C calc'!A0 cost 5 million dollars."])
        w.writerow(["r2", "not a date", "", "It weighs 7 tonnes."])
    return root


# --------------------------------------------------------------------------------------------
# inputs

def test_iter_documents_order_and_bad_articles(tmp_path):
    root = _corpus(tmp_path)
    items = list(batch.iter_documents([str(root)]))
    keys = [k for k, _, _ in items]
    r = str(root)
    assert keys == [
        f"{r}/a.txt", f"{r}/b.md", f"{r}/c.html", f"{r}/d.pdf",
        f"{r}/news.jsonl#n1", f"{r}/news.jsonl#2", f"{r}/news.jsonl:4", f"{r}/news.jsonl#n3",
        f"{r}/news.jsonl#n1",
        f"{r}/rows.csv#r1", f"{r}/rows.csv#r2",
        f"{r}/sub/binary.txt", f"{r}/sub/empty.txt", f"{r}/sub/deeper/e.txt",
    ]
    errors = {k: e for k, d, e in items if e}
    assert set(errors) == {f"{r}/news.jsonl:4", f"{r}/news.jsonl#n3", f"{r}/rows.csv#r2",
                           f"{r}/sub/binary.txt", f"{r}/sub/empty.txt", f"{r}/news.jsonl#n1"}
    assert "not valid JSON" in errors[f"{r}/news.jsonl:4"]
    assert errors[f"{r}/news.jsonl#n3"] == "empty: no text to check"
    assert errors[f"{r}/sub/empty.txt"] == "empty: no text to check"
    assert "looks binary" in errors[f"{r}/sub/binary.txt"]
    assert "date must be YYYY-MM-DD" in errors[f"{r}/rows.csv#r2"]
    dup = [e for k, d, e in items if k == f"{r}/news.jsonl#n1"]
    assert dup == [None, "duplicate id 'n1' (an earlier article of this corpus has it)"]
    for key, doc, error in items:
        assert (doc is None) == (error is not None)
        if doc is not None:
            assert doc.path == key


@pytest.mark.parametrize("line, error", [
    ({"id": "a", "text": "It is 5 m long."}, None),
    ({"text": "No id: 5 m."}, None),
    ({"id": "a", "text": 5}, "no text"),
    ({"id": "a"}, "no text"),
    ({"id": "a", "text": "   \n  "}, "empty: no text to check"),
    ({"id": ["x"], "text": "x"}, "id must be a string or a whole number"),
    ({"id": "a", "date": "2022-13-01", "text": "x 5 m"}, "date must be YYYY-MM-DD"),
    ({"id": "a", "date": "12 Sept 2022", "text": "x 5 m"}, "date must be YYYY-MM-DD"),
    ({"id": "a", "text": "x\u0000y"}, "looks binary"),
    ({"id": "a", "text": "a" * (MAX_BYTES + 1)}, "over the 5,000,000-byte limit"),
    ("[1, 2]", "not a JSON object"),
    ("{\"id\": \"a\", \"text\": \"caf\xe9\"}", "not valid UTF-8"),
    ("{\"id\": \"a\", \"text\": ", "not valid JSON"),
])
def test_jsonl_lines(tmp_path, line, error):
    data = (line.encode("latin-1") + b"\n") if isinstance(line, str) else _jsonl(line).encode("utf-8")
    path = _write(tmp_path / "c.jsonl", data)
    (item,) = list(batch.iter_documents([str(path)]))
    assert item[2] is None if error is None else error in item[2], item[2]


def test_jsonl_runaway_line_is_skipped_unread(tmp_path, monkeypatch):
    monkeypatch.setattr(batch, "MAX_LINE_BYTES", 1000)
    path = _write(tmp_path / "c.jsonl", _jsonl({"id": "big", "text": "x" * 5000}, {"id": "ok", "text": "It is 5 m."}))
    items = list(batch.iter_documents([str(path)]))
    assert [(k.rsplit("/", 1)[1], e is None) for k, _, e in items] == [("c.jsonl:1", False), ("c.jsonl#ok", True)]
    assert "over 1,000 bytes" in items[0][2]


@pytest.mark.parametrize("header, rows, expected", [
    (["id", "date", "title", "text"], [["a", "2022-01-01", "t", "It is 5 m."]], [("#a", None)]),
    (["TEXT", "Id"], [["It is 5 m.", "x"]], [("#x", None)]),               # case and order of columns
    (["text"], [["It is 5 m."], [""], ["It is 6 m."]], [(":2", None), (":4", None)]),  # blank rows skipped
    (["id", "body"], [["a", "x"]], [("", "needs a \"text\" column")]),
    (["id", "text"], [["a", "x 5 m"], ["a", "y 6 m"]], [("#a", None), ("#a", "duplicate id")]),
    (["id", "text"], [["a"]], [("#a", "no text")]),                          # short row
])
def test_csv_corpus(tmp_path, header, rows, expected):
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(header)
    w.writerows(rows)
    path = _write(tmp_path / "c.csv", buf.getvalue())
    items = list(batch.iter_documents([str(path)]))
    assert [k[len(str(path)):] for k, _, _ in items] == [e[0] for e in expected]
    for (_, _, error), (_, want) in zip(items, expected):
        assert error is None if want is None else want in error


def test_csv_corpus_undecodable_row(tmp_path):
    path = _write(tmp_path / "c.csv", b"id,text\na,caf\xe9 5 m\nb,fine 5 m\n")
    items = list(batch.iter_documents([str(path)]))
    assert [(k.split("#")[1], e) for k, _, e in items] == [("a", "is not valid UTF-8"), ("b", None)]


@pytest.mark.parametrize("source, default, date, date_source", [
    # the article's own date wins over --date; --date only fills in
    ({"id": "a", "date": "2022-09-12", "text": "x 5 m"}, "2020-01-01", "2022-09-12", "corpus"),
    ({"id": "a", "date": "2022-09-12T08:00:00Z", "text": "x 5 m"}, None, "2022-09-12", "corpus"),
    ({"id": "a", "text": "LONDON, Sept. 11, 2022 (Reuters) - x 5 m"}, "2020-01-01", "2022-09-11", "dateline"),
    ({"id": "a", "text": "---\ndate: 2021-05-06\n---\nx 5 m"}, "2020-01-01", "2021-05-06", "front matter"),
    ({"id": "a", "date": "", "text": "x 5 m"}, "2020-01-01", "2020-01-01", "argument"),
    ({"id": "a", "text": "x 5 m"}, None, None, None),
])
def test_corpus_dates(tmp_path, source, default, date, date_source):
    path = _write(tmp_path / "c.jsonl", _jsonl(source))
    ((_, doc, error),) = list(batch.iter_documents([str(path)], default_date=default))
    assert error is None
    assert (doc.date.isoformat() if doc.date else None, doc.date_source) == (date, date_source)


@pytest.mark.parametrize("files, default, date, date_source", [
    ({"a.txt": "x 5 m"}, "2020-01-01", "2020-01-01", "argument"),
    ({"a.txt": "x 5 m", "a.meta.json": '{"date": "2019-02-03"}'}, "2020-01-01", "2019-02-03", "sidecar"),
    ({"a.txt": "---\ndate: 2021-05-06\n---\nx 5 m"}, "2020-01-01", "2021-05-06", "front matter"),
    ({"a.txt": "x 5 m"}, None, None, None),
])
def test_file_dates(tmp_path, files, default, date, date_source):
    for name, text in files.items():
        _write(tmp_path / name, text)
    ((_, doc, error),) = list(batch.iter_documents([str(tmp_path / "a.txt")], default_date=default))
    assert error is None
    assert (doc.date.isoformat() if doc.date else None, doc.date_source) == (date, date_source)


def test_globs_and_duplicates(tmp_path):
    root = _corpus(tmp_path)
    pattern = str(root / "**" / "*.txt")
    keys = [k for k, _, _ in batch.iter_documents([pattern, str(root / "a.txt"), str(root / "sub")])]
    r = str(root)
    # the pattern's matches in name order; a.txt and sub/ again add nothing
    assert keys == [f"{r}/a.txt", f"{r}/sub/binary.txt", f"{r}/sub/deeper/e.txt", f"{r}/sub/empty.txt"]


@pytest.mark.parametrize("inputs, message", [
    (["{t}/nope.txt"], "nope.txt: no such file or folder"),
    (["{t}/*.nothing"], "no file matches this pattern"),
    ([], "no INPUT given"),
])
def test_check_inputs_refuses(tmp_path, inputs, message):
    with pytest.raises(batch.InputError, match=message):
        batch.check_inputs([i.format(t=tmp_path) for i in inputs])


def test_unsupported_file_given_by_name_is_a_bad_article(tmp_path):
    path = _write(tmp_path / "x.docx", b"PK\x03\x04")
    ((key, doc, error),) = list(batch.iter_documents([str(path)]))
    assert doc is None and "unsupported file type" in error


def test_iter_documents_streams(tmp_path):
    """Reading a 15 MB corpus holds a few articles at a time, not the file."""
    body = ("The pipeline carries 50 bcm of gas a year. " * 120)[:5000]
    path = tmp_path / "big.jsonl"
    with open(path, "w", encoding="utf-8") as f:
        for i in range(3000):
            f.write(json.dumps({"id": i, "text": f"{i} {body}"}) + "\n")
    assert path.stat().st_size > 15_000_000
    tracemalloc.start()
    try:
        n = sum(1 for _ in batch.iter_documents([str(path)]))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert n == 3000
    assert peak < 2_000_000, peak


# --------------------------------------------------------------------------------------------
# runs

def _run(tmp_path, inputs, name="out", **kw):
    out = tmp_path / name
    kw.setdefault("default_date", "2022-09-12")
    summary = batch.run([str(i) for i in inputs], out, **kw)
    return out, summary


def _files(out: Path) -> dict[str, bytes]:
    return {n: (out / n).read_bytes() for n in OUT_FILES}


def test_run_outputs_agree(tmp_path):
    root = _corpus(tmp_path)
    out, summary = _run(tmp_path, [root])
    assert sorted(p.name for p in out.iterdir()) == sorted(OUT_FILES + ("run.json",))  # no temp files left
    results = json.loads((out / "claims.json").read_text(encoding="utf-8"))
    good = [k for k, _, e in batch.iter_documents([str(root)], default_date="2022-09-12") if e is None]
    assert [r["document"]["path"] for r in results] == good  # input order
    assert summary.documents == len(results) == 8
    n_claims = sum(len(r["claims"]) for r in results)
    assert summary.claims == n_claims > 0
    rows = list(csv.reader(io.StringIO((out / "claims.csv").read_text(encoding="utf-8"))))
    assert rows[0] == list(BATCH_CSV_COLUMNS) and len(rows) - 1 == n_claims
    assert [r[0] for r in rows[1:]] == [r["document"]["path"] for r in results for _ in r["claims"]]
    for row in rows[1:]:  # the corpus row "=cmd|..." is not a formula in a spreadsheet
        assert not any(c.startswith(("=", "@", "+")) for c in row)
    graph = json.loads((out / "claimreview.jsonld").read_text(encoding="utf-8"))["@graph"]
    assert [g["identifier"] for g in graph] == [c["id"] for r in results for c in r["claims"]]
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert run["inputs"] == [str(root)] and run["date"] == "2022-09-12"
    assert run["refs_dir"] == str((ROOT / "reference_data").resolve())
    assert run["refs_version"] == results[0]["document"]["refs_version"]
    assert run["documents"] == 8 and len(run["bad_inputs"]) == summary.bad_inputs == 6
    dt.datetime.fromisoformat(run["time"])
    page = (out / "report.html").read_text(encoding="utf-8")
    for bad in run["bad_inputs"]:
        assert bad["path"] in page
    assert "Trade &lt;up&gt;" in page and "Trade <up>" not in page
    verdicts = {}
    for r in results:
        for c in r["claims"]:
            verdicts[c["verdict"]] = verdicts.get(c["verdict"], 0) + 1
    assert {k: v for k, v in summary.verdicts.items() if v} == verdicts


def test_same_input_same_bytes_on_every_executor(tmp_path):
    """In this process, in 2 local processes and on a Dask LocalCluster (2 worker processes;
    1 worker of 3 threads): the same bytes, twice over."""
    from distributed import LocalCluster

    root = _corpus(tmp_path)
    out1, _ = _run(tmp_path, [root], "one")
    again, _ = _run(tmp_path, [root], "again")
    out2, _ = _run(tmp_path, [root], "two", workers=2)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        out3, summary3 = _run(tmp_path, [root], "dask", scheduler=cluster.scheduler_address)
    with LocalCluster(n_workers=1, threads_per_worker=3, processes=False, dashboard_address=None) as cluster:
        out4, _ = _run(tmp_path, [root], "dask_threads", scheduler=cluster.scheduler_address)
    reference = _files(out1)
    assert _files(out4) == reference
    assert _files(again) == reference
    assert _files(out2) == reference
    assert _files(out3) == reference
    assert summary3.documents == 8


def test_report_order_follows_the_verdicts(tmp_path):
    """Articles in report.html: most contradicted first, then most needing review, then input
    order; the anchors are the input positions."""
    from claims.report import sort_key, summarize

    root = _corpus(tmp_path)
    out, _ = _run(tmp_path, [root])
    results = json.loads((out / "claims.json").read_text(encoding="utf-8"))
    expected = [results[i]["document"]["path"]
                for i in sorted(range(len(results)), key=lambda i: sort_key(summarize(results[i]), i))]
    page = (out / "report.html").read_text(encoding="utf-8")
    import re
    shown = re.findall(r'<details class="doc" id="d(\d+)"', page)
    keys = [k for k, _, _ in batch.iter_documents([str(root)], default_date="2022-09-12")]
    assert [keys[int(n)] for n in shown] == expected


def test_dask_without_workers_is_one_line(tmp_path):
    from distributed import LocalCluster

    root = _corpus(tmp_path)
    with LocalCluster(n_workers=0, processes=False, dashboard_address=None) as cluster:
        with pytest.raises(batch.InputError, match="no worker joined in 1 s"):
            batch.run([str(root)], tmp_path / "o", scheduler=cluster.scheduler_address, connect_timeout=1)


def test_dask_bad_address_is_one_line(tmp_path):
    root = _corpus(tmp_path)
    with pytest.raises(batch.InputError, match="--scheduler tcp://127.0.0.1:9: cannot connect"):
        batch.run([str(root)], tmp_path / "o", scheduler="tcp://127.0.0.1:9", connect_timeout=1)
    assert not (tmp_path / "o").exists() or not any((tmp_path / "o").iterdir())


@pytest.mark.parametrize("workers", [1, 2])
def test_in_flight_work_is_bounded(tmp_path, monkeypatch, workers):
    """The reader never runs more than the in-flight window ahead of what is written."""
    path = tmp_path / "c.jsonl"
    with open(path, "w", encoding="utf-8") as f:
        for i in range(400):
            f.write(json.dumps({"id": i, "text": f"Item {i} weighs {i} kg."}) + "\n")
    real = batch.iter_documents
    state = {"read": 0, "done": 0, "ahead": 0}

    def counting(*args, **kw):
        for item in real(*args, **kw):
            state["read"] += 1
            state["ahead"] = max(state["ahead"], state["read"] - state["done"])
            yield item

    def progress(n):
        state["done"] = n

    monkeypatch.setattr(batch, "iter_documents", counting)
    batch.run([str(path)], tmp_path / "o", workers=workers, progress=progress, record_run=False)
    assert state["done"] == 400
    window = (batch.INFLIGHT_PER_WORKER * workers + 1) * batch.CHUNK_DOCS
    assert state["ahead"] <= window < 400


def test_failed_run_keeps_the_old_report(tmp_path):
    root = _corpus(tmp_path)
    out, _ = _run(tmp_path, [root])
    before = _files(out)

    def interrupt(n):
        if n == 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        _run(tmp_path, [root], progress=interrupt)
    assert _files(out) == before
    assert sorted(p.name for p in out.iterdir()) == sorted(OUT_FILES + ("run.json",))


def test_empty_corpus_gives_an_empty_report(tmp_path):
    path = _write(tmp_path / "c.jsonl", "\n\n")
    out, summary = _run(tmp_path, [path])
    assert summary.documents == 0
    assert json.loads((out / "claims.json").read_text()) == []
    assert json.loads((out / "claimreview.jsonld").read_text())["@graph"] == []
    assert "No documents were checked." in (out / "report.html").read_text()


def test_run_is_recorded_in_the_review_store(tmp_path):
    review = pytest.importorskip("claims.review")
    root = _corpus(tmp_path)
    out, summary = _run(tmp_path, [root / "a.txt"])
    last = review.ReviewStore(os.environ["CLAIMS_STORE"]).last_batch_run()
    assert last is not None and last["out_dir"] == str(out.resolve())
    assert last["refs_version"] == summary.refs_version


# --------------------------------------------------------------------------------------------
# command line

def _cli(*args, env=None, stderr_tty=False, cwd=ROOT):
    environment = dict(os.environ, PYTHONIOENCODING="utf-8", PYTHONPATH=str(ROOT), **(env or {}))
    if not stderr_tty:
        return subprocess.run([sys.executable, "-m", "claims", *map(str, args)], cwd=cwd, env=environment,
                              capture_output=True, text=True, encoding="utf-8", timeout=300)
    import pty

    import fcntl
    import struct
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # 24 rows, 100 columns
    proc = subprocess.Popen([sys.executable, "-m", "claims", *map(str, args)], cwd=cwd, env=environment,
                            stdout=subprocess.PIPE, stderr=slave, stdin=subprocess.DEVNULL)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=300)
    os.close(master)
    return subprocess.CompletedProcess(proc.args, proc.returncode, proc.stdout.read().decode(),
                                       b"".join(chunks).decode("utf-8", "replace"))


def test_cli_report_quiet_when_stderr_is_not_a_terminal(tmp_path):
    root = _corpus(tmp_path)
    result = _cli("report", root, "--out", tmp_path / "o", "--date", "2022-09-12", "--workers", "2",
                  env={"CLAIMS_STORE": str(tmp_path / "s.sqlite3")})
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")
    assert all((tmp_path / "o" / n).is_file() for n in OUT_FILES + ("run.json",))


def test_cli_report_progress_bar_on_a_terminal(tmp_path):
    root = _corpus(tmp_path)
    result = _cli("report", root, "--out", tmp_path / "o", env={"CLAIMS_STORE": str(tmp_path / "s.sqlite3")},
                  stderr_tty=True)
    assert result.returncode == 0, result.stderr
    assert "14/14" in result.stderr and "doc/s" in result.stderr


@pytest.mark.parametrize("fail_on", [["contradicted"], ["needs_review"], ["contradicted", "needs_review"], []])
def test_cli_fail_on_follows_the_verdicts(tmp_path, fail_on):
    """Exit 1 exactly when a claim in claims.json has a verdict named by --fail-on."""
    refs = tmp_path / "refs"
    _write(refs / "bridges.csv",
           "entity,aliases,metric,value,unit,period_start,period_end,source,source_url,notes\n"
           "Example Bridge,the Example Bridge,length,3,km,,,Example Survey,https://example.org/b,\n")
    article = _write(tmp_path / "in" / "a.txt", "The Example Bridge is 9 km long.\nThe Example Bridge is 3 km long.\n")
    args = ["report", article, "--out", tmp_path / "o", "--refs", refs, "--date", "2022-01-01"]
    for v in fail_on:
        args += ["--fail-on", v]
    result = cli.main([str(a) for a in args])
    verdicts = {c["verdict"] for r in json.loads((tmp_path / "o" / "claims.json").read_text()) for c in r["claims"]}
    assert result == (1 if verdicts & set(fail_on) else 0)


BAD_USAGE = [
    ("missing input", lambda t: ["report", t / "nope", "--out", t / "o"]),
    ("pattern matching nothing", lambda t: ["report", str(t / "*.zzz"), "--out", t / "o"]),
    ("no --out", lambda t: ["report", t]),
    ("no input", lambda t: ["report", "--out", t / "o"]),
    ("--out is a file", lambda t: ["report", t, "--out", _write(t / "f.txt", "x")]),
    ("--workers 0", lambda t: ["report", t, "--out", t / "o", "--workers", "0"]),
    ("--workers x", lambda t: ["report", t, "--out", t / "o", "--workers", "x"]),
    ("bad --date", lambda t: ["report", t, "--out", t / "o", "--date", "12/09/2022"]),
    ("bad --fail-on", lambda t: ["report", t, "--out", t / "o", "--fail-on", "supported"]),
    ("missing --refs", lambda t: ["report", t, "--out", t / "o", "--refs", t / "norefs"]),
]


@pytest.mark.parametrize("make_args", [c[1] for c in BAD_USAGE], ids=[c[0] for c in BAD_USAGE])
def test_cli_bad_usage_exits_2_with_one_line(tmp_path, make_args, capsys):
    _write(tmp_path / "a.txt", "It is 5 m.")
    status = cli.main([str(a) for a in make_args(tmp_path)])
    err = capsys.readouterr().err
    assert status == 2, err
    assert len(err.splitlines()) == 1 and err.startswith("claims: error: ")
    assert not (tmp_path / "o").exists() or not any((tmp_path / "o").iterdir())
