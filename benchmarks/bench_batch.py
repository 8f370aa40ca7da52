"""Benchmark: ``python -m claims report`` on a synthetic corpus (benchmarks/make_corpus.py).

For each configuration (1 local worker = this process, 2 local worker processes, a Dask
``LocalCluster`` of 2 single-threaded worker processes) it runs the real command line on the same
corpus and reports

* throughput: articles per second, wall time of the whole command (start-up, reference loading,
  reading, checking, writing all five files) divided into the number of articles;
* peak memory: the largest sum of resident set sizes over the command's process tree (and, for
  Dask, the cluster's worker processes), sampled every 0.1 s with psutil;
* the share of expected verdicts met: each figure the generator stated (unchanged: expected
  ``supported``; changed: expected ``contradicted``) is looked up in ``claims.csv`` by article and
  position; "met" when a claim overlapping it has the expected verdict;
* that the output files are byte-identical across the configurations.

Usage::

    python benchmarks/bench_batch.py [--articles N] [--configs 1,2,dask] [--corpus DIR] [--keep]

``--corpus DIR`` reuses a corpus made earlier (``make_corpus.py DIR``); without it one is made in
a temporary folder. Figures go into the README by hand, with the date and the machine.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from pathlib import Path

import psutil

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import make_corpus  # noqa: E402

OUT_FILES = ("report.html", "claims.csv", "claims.json", "claimreview.jsonld")


class PeakRSS:
    """Samples the summed RSS of a process tree (plus extra pids) in a thread; ``peak`` in bytes."""

    def __init__(self, root_pid: int, extra_pids=(), interval: float = 0.1):
        self.root = psutil.Process(root_pid)
        self.extra = [psutil.Process(p) for p in extra_pids]
        self.interval = interval
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _sample(self) -> int:
        total = 0
        try:
            procs = [self.root] + self.root.children(recursive=True) + self.extra
        except psutil.Error:
            return 0
        for p in procs:
            try:
                total += p.memory_info().rss
            except psutil.Error:
                pass
        return total

    def _run(self):
        while not self._stop.is_set():
            self.peak = max(self.peak, self._sample())
            self._stop.wait(self.interval)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()


def run_report(corpus: Path, refs: Path, out: Path, *, workers: int = 1, scheduler: str | None = None,
               extra_pids=()) -> dict:
    args = [sys.executable, "-m", "claims", "report", str(corpus), "--refs", str(refs), "--out", str(out),
            "--workers", str(workers)]
    if scheduler:
        args += ["--scheduler", scheduler]
    env = dict(os.environ, PYTHONPATH=str(ROOT), CLAIMS_STORE=str(out.parent / "bench-store.sqlite3"))
    t0 = time.perf_counter()
    proc = subprocess.Popen(args, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    with PeakRSS(proc.pid, extra_pids) as mem:
        stdout, stderr = proc.communicate()
    seconds = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"report failed ({proc.returncode}): {stderr.decode(errors='replace')}")
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    return {"seconds": seconds, "peak_rss": mem.peak, "run": run}


def score(out: Path, expected: Path) -> dict:
    """Share of expected verdicts met, overall and by (metric, expected verdict)."""
    by_doc: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    with open(out / "claims.csv", encoding="utf-8", newline="") as f:
        rows = csv.reader(f)
        header = next(rows)
        i_doc, i_start, i_end, i_verdict = (header.index(c) for c in ("document", "start", "end", "verdict"))
        for row in rows:
            doc_id = row[i_doc].rsplit("#", 1)[-1]
            by_doc[doc_id].append((int(row[i_start]), int(row[i_end]), row[i_verdict]))
    met: Counter = Counter()
    total: Counter = Counter()
    got: Counter = Counter()
    with open(expected, encoding="utf-8") as f:
        for line in f:
            e = json.loads(line)
            key = (e["metric"], e["expected"])
            total[key] += 1
            verdicts = [v for s, t, v in by_doc.get(e["id"], ()) if s < e["end"] and e["start"] < t]
            got[(e["expected"], verdicts[0] if verdicts else "no claim")] += 1
            if e["expected"] in verdicts:
                met[key] += 1
    n = sum(total.values())
    return {
        "expected": n, "met": sum(met.values()),
        "share": sum(met.values()) / n if n else 0.0,
        "by_metric": {f"{m}/{v}": f"{met[(m, v)]}/{total[(m, v)]}" for (m, v) in sorted(total)},
        "confusion": {f"{a} -> {b}": c for (a, b), c in sorted(got.items())},
    }


def digest(out: Path) -> str:
    h = hashlib.sha256()
    for name in OUT_FILES:
        with open(out / name, "rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                h.update(block)
    return h.hexdigest()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=5000)
    ap.add_argument("--entities", type=int, default=400)
    ap.add_argument("--configs", default="1,2,dask", help="comma-separated: a worker count, or dask")
    ap.add_argument("--corpus", type=Path, help="a folder made by make_corpus.py (default: make one)")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder")
    ap.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    args = ap.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="bench_batch_"))
    try:
        if args.corpus:
            corpus_dir = args.corpus
            if not (corpus_dir / "corpus.jsonl").exists():
                t0 = time.perf_counter()
                counts = make_corpus.make(corpus_dir, args.articles, args.entities)
                print(f"corpus: {counts} in {time.perf_counter() - t0:.1f} s", flush=True)
        else:
            corpus_dir = work / "corpus"
            t0 = time.perf_counter()
            counts = make_corpus.make(corpus_dir, args.articles, args.entities)
            print(f"corpus: {counts} in {time.perf_counter() - t0:.1f} s", flush=True)
        corpus = corpus_dir / "corpus.jsonl"
        size = corpus.stat().st_size
        rows = []
        digests = {}
        for config in args.configs.split(","):
            config = config.strip()
            out = work / f"out_{config}"
            if config == "dask":
                from distributed import LocalCluster

                with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
                    pids = [w.process.pid for w in cluster.workers.values()
                            if getattr(w, "process", None) is not None and w.process.pid]
                    res = run_report(corpus, corpus_dir / "refs", out, scheduler=cluster.scheduler_address,
                                     extra_pids=pids)
                label = "Dask LocalCluster, 2 worker processes x 1 thread"
            else:
                res = run_report(corpus, corpus_dir / "refs", out, workers=int(config))
                label = f"--workers {config}" + (" (this process)" if config == "1" else " (local processes)")
            run = res["run"]
            n = run["documents"] + len(run["bad_inputs"])
            s = score(out, corpus_dir / "expected.jsonl")
            digests[config] = digest(out)
            row = {"config": label, "articles": n, "documents": run["documents"], "bad": len(run["bad_inputs"]),
                   "claims": run["claims"], "seconds": round(res["seconds"], 2),
                   "articles_per_s": round(n / res["seconds"], 1),
                   "peak_rss_mb": round(res["peak_rss"] / 1e6, 1),
                   "report_html_mb": round((out / "report.html").stat().st_size / 1e6, 1),
                   "verdicts": run["verdicts"], "expected_met": round(s["share"], 3),
                   "score": s}
            rows.append(row)
            print(json.dumps({k: v for k, v in row.items() if k != "score"}), flush=True)
        print()
        print(f"corpus: {rows[0]['articles'] if rows else 0:,} articles, {size / 1e6:.1f} MB of JSONL; "
              f"{os.cpu_count()} CPUs")
        print("| configuration | articles/s | wall s | peak RSS (MB) | expected verdicts met |")
        print("|---|---|---|---|---|")
        for r in rows:
            print(f"| {r['config']} | {r['articles_per_s']:,} | {r['seconds']} | {r['peak_rss_mb']} | "
                  f"{r['expected_met']:.1%} |")
        if rows:
            print("\nexpected verdicts met by metric:", json.dumps(rows[0]["score"]["by_metric"]))
            print("expected -> first verdict found:", json.dumps(rows[0]["score"]["confusion"]))
        same = len(set(digests.values())) <= 1
        print(f"\noutput files identical across configurations: {same}")
        if args.json:
            args.json.write_text(json.dumps({"rows": rows, "identical": same, "corpus_bytes": size},
                                            indent=2) + "\n", encoding="utf-8")
        return 0 if same else 1
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
