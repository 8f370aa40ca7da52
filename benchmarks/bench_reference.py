"""Benchmark: loading and querying a large reference folder (claims.reference).

Generates N synthetic valid reference rows (default 1,000,000; ``--quick``: 100,000) into a
temporary folder of several CSV files, then measures

* load time of ``load_dir`` (read, validate every row, conflict check, build the indexes),
* memory: resident set size growth over the load and its peak (``resource``/``/proc``),
* the time of one claim lookup, ``mentions()`` on a typical 60-word sentence followed by
  ``candidates()`` with a dimension and a date, averaged over 10,000 calls (target <= 1 ms).

Usage::

    python benchmarks/bench_reference.py [--rows N | --quick] [--files K] [--calls C] [--seed S]

``synthetic_rows(n, seed)`` is the reusable generator (rows as dicts of the DESIGN section 3
columns); ``write_synthetic(folder, n, files, seed)`` writes them as CSV files.
"""
from __future__ import annotations

import argparse
import csv
import gc
import os
import random
import resource
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Iterator

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from claims.extract import extract  # noqa: E402
from claims.link import _fuzzy_index  # noqa: E402
from claims.reference import COLUMNS, load_dir  # noqa: E402
from claims.verify import verify_claims  # noqa: E402

#: (metric, unit, value kind) of the synthetic facts
METRICS = [
    ("capacity", "bcm/year", "num"),
    ("throughput", "million_cubic_meter/day", "num"),
    ("trade_value", "USD", "num"),
    ("trade_growth_yoy", "percent", "num"),
    ("member_count", "count", "int"),
    ("population", "count", "int"),
    ("output", "tonne", "num"),
    ("length", "km", "num"),
    ("price", "USD/tonne", "num"),
    ("founding_date", "date", "date"),
    ("member_states", "list", "list"),
    ("description", "text", "text"),
]
ROWS_PER_ENTITY = 5
FILLER = ("the a of and to in said on for that was with as by at from it its has have been will "
          "year government officials data report percent gas pipeline trade talks week summit "
          "minister deal plans growth exports imports figures country region analysts market "
          "statement agreement meeting second first people capital nearly about more than").split()
SOURCES = ["Synthetic Statistics Office", "Example Agency", "Test Ministry", "Bench Bureau"]


def entity_name(e: int) -> str:
    """The canonical name of synthetic entity number ``e``."""
    return f"Entity {e:06d}"


def entity_aliases(e: int) -> list[str]:
    """Two aliases of entity ``e``: a code ("E123456") and a longer name."""
    return [f"E{e:06d}", f"Entity No. {e:06d} Holding"]


def synthetic_rows(n: int, seed: int = 0) -> Iterator[dict[str, str]]:
    """Yield ``n`` valid reference rows (dicts of the section 3 columns, all strings).

    Entities ``Entity 000000``, ``Entity 000001``, ... have ``ROWS_PER_ENTITY`` rows each, with
    metrics and units drawn from ``METRICS`` and a distinct yearly period per row of an entity, so
    no two rows state the same fact (the folder validates without conflicts).
    """
    rng = random.Random(seed)
    for i in range(n):
        e, k = divmod(i, ROWS_PER_ENTITY)
        metric, unit, kind = METRICS[rng.randrange(len(METRICS))]
        year = 1990 + k * 6 + rng.randrange(6)
        if kind == "num":
            value = f"{rng.uniform(0.1, 1e6):.3f}"
        elif kind == "int":
            value = str(rng.randrange(1, 10_000_000))
        elif kind == "date":
            value = f"{rng.randrange(1800, 2023)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
        elif kind == "list":
            value = "|".join(f"Member {rng.randrange(1000)}" for _ in range(rng.randrange(1, 5)))
        else:
            value = f"synthetic text {rng.randrange(10**6)}"
        yield {
            "entity": entity_name(e),
            "aliases": "|".join(entity_aliases(e)),
            "metric": metric,
            "value": value,
            "unit": unit,
            "period_start": f"{year}-01-01",
            "period_end": f"{year}-12-31",
            "source": SOURCES[rng.randrange(len(SOURCES))],
            "source_url": f"https://example.org/data/{e}",
            "notes": "" if rng.random() < 0.7 else f"synthetic, seed {seed}, row {i}",
        }


def write_synthetic(folder: Path, n: int, files: int = 8, seed: int = 0) -> list[Path]:
    """Write ``n`` synthetic rows into ``files`` CSV files (``topic_00.csv``, ...) under ``folder``;
    entities are not split across files. Returns the paths."""
    folder.mkdir(parents=True, exist_ok=True)
    per_file = -(-n // files)
    per_file += (-per_file) % ROWS_PER_ENTITY
    paths = []
    handle = writer = None
    for i, row in enumerate(synthetic_rows(n, seed)):
        if i % per_file == 0:
            if handle:
                handle.close()
            sub = "more/" if len(paths) % 2 else ""
            path = folder / f"{sub}topic_{len(paths):02d}.csv"
            path.parent.mkdir(parents=True, exist_ok=True)
            paths.append(path)
            handle = path.open("w", newline="", encoding="utf-8")
            writer = csv.DictWriter(handle, COLUMNS, lineterminator="\n")
            writer.writeheader()
        writer.writerow(row)
    if handle:
        handle.close()
    return paths


def sentences(n_entities: int, count: int, seed: int = 1) -> list[str]:
    """``count`` sentences of 60 words, each naming two entities (one by an alias) and a figure."""
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        words = [rng.choice(FILLER) for _ in range(52)]
        a, b = rng.randrange(n_entities), rng.randrange(n_entities)
        words[rng.randrange(0, 10)] = entity_name(a)  # 2 words
        words[rng.randrange(20, 30)] = entity_aliases(b)[0]
        pos = rng.randrange(35, 50)
        words[pos:pos] = ["carry", "50", "billion", "cubic", "meters", "of", "gas"]
        sentence = " ".join(words)
        out.append(sentence[0].upper() + sentence[1:] + ".")  # a capital after the full stop: sentences split
    return out


def _rss_mb() -> float:
    """Current resident set size in MB (Linux /proc; falls back to the peak elsewhere)."""
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        return _peak_mb()


def _peak_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024


def run(rows: int, files: int, calls: int, seed: int) -> dict[str, float]:
    """Generate, load and query; return the figures."""
    with tempfile.TemporaryDirectory(prefix="bench_refs_") as tmp:
        folder = Path(tmp) / "refs"
        t0 = time.perf_counter()
        paths = write_synthetic(folder, rows, files, seed)
        t_gen = time.perf_counter() - t0
        size_mb = sum(p.stat().st_size for p in paths) / 2**20

        gc.collect()
        rss0 = _rss_mb()
        t0 = time.perf_counter()
        data = load_dir(folder)
        t_load = time.perf_counter() - t0
        gc.collect()
        rss1 = _rss_mb()
        peak = _peak_mb()
        assert len(data) == rows, (len(data), rows)

        n_entities = -(-rows // ROWS_PER_ENTITY)
        texts = sentences(n_entities, min(calls, 2000), seed + 1)
        on = date(2000, 6, 1)
        found = 0
        t0 = time.perf_counter()
        for i in range(calls):
            ms = data.mentions(texts[i % len(texts)])
            found += len(data.candidates(ms, dimension="bcm/year", on_date=on))
        t_call = (time.perf_counter() - t0) / calls
        t0 = time.perf_counter()
        for i in range(calls):
            data.mentions(texts[i % len(texts)])
        t_mention = (time.perf_counter() - t0) / calls
        hits = sum(len(data.mentions(t)) for t in texts) / len(texts)

        # the whole linking + verdict step (claims.verify), per claim, on an article of 200 of
        # these sentences; the word-by-word name index is built on first use and timed apart
        t0 = time.perf_counter()
        _fuzzy_index(data)
        t_fuzzy = time.perf_counter() - t0
        article = " ".join(texts[:200])
        found_claims = extract(article, date=on)
        reps = 3
        t0 = time.perf_counter()
        for _ in range(reps):
            verdicts = verify_claims(found_claims, data, on, article)
        t_verify = (time.perf_counter() - t0) / (reps * max(len(found_claims), 1))
        linked = sum(v["reference"] is not None for v in verdicts)
    return {
        "rows": rows, "files": len(paths), "csv_mb": size_mb, "generate_s": t_gen,
        "load_s": t_load, "load_us_per_row": t_load / rows * 1e6, "rss_growth_mb": rss1 - rss0,
        "peak_rss_mb": peak, "lookup_ms": t_call * 1e3, "mentions_ms": t_mention * 1e3,
        "mentions_per_sentence": hits, "candidates_per_call": found / calls,
        "names_indexed": len(data.by_name),
        "fuzzy_index_s": t_fuzzy, "verify_ms_per_claim": t_verify * 1e3,
        "claims": len(found_claims), "claims_linked": linked,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rows", type=int, default=1_000_000, help="synthetic rows (default 1,000,000)")
    ap.add_argument("--quick", action="store_true", help="100,000 rows")
    ap.add_argument("--files", type=int, default=8, help="CSV files to spread the rows over")
    ap.add_argument("--calls", type=int, default=10_000, help="claim lookups to average over")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    rows = 100_000 if args.quick else args.rows
    r = run(rows, args.files, args.calls, args.seed)
    target = "ok" if r["lookup_ms"] <= 1.0 else "OVER TARGET"
    target_v = "ok" if r["verify_ms_per_claim"] <= 1.0 else "OVER TARGET"
    lines = [
        ("rows / files / CSV size", f"{r['rows']:,} / {r['files']} / {r['csv_mb']:.0f} MB"),
        ("generate CSV", f"{r['generate_s']:.1f} s"),
        ("load_dir (validate + index)", f"{r['load_s']:.1f} s  ({r['load_us_per_row']:.1f} us/row)"),
        ("memory: RSS growth after load", f"{r['rss_growth_mb']:.0f} MB"),
        ("memory: peak RSS of process", f"{r['peak_rss_mb']:.0f} MB"),
        ("names indexed", f"{r['names_indexed']:,}"),
        ("claim lookup (mentions+candidates)", f"{r['lookup_ms']:.3f} ms  [target <= 1 ms: {target}]"),
        ("  of which mentions()", f"{r['mentions_ms']:.3f} ms"),
        ("  mentions / candidates per call", f"{r['mentions_per_sentence']:.1f} / {r['candidates_per_call']:.2f}"),
        ("word-by-word name index (first use)", f"{r['fuzzy_index_s']:.1f} s"),
        ("link + verdict per claim (verify)", f"{r['verify_ms_per_claim']:.3f} ms  [target <= 1 ms: {target_v}]"),
        ("  claims in the 200-sentence article", f"{r['claims']} ({r['claims_linked']} linked to a row)"),
    ]
    width = max(len(k) for k, _ in lines)
    print(f"claims.reference benchmark ({args.calls:,} calls on 60-word sentences)")
    for k, v in lines:
        print(f"  {k:<{width}}  {v}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
