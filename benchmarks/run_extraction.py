#!/usr/bin/env python3
"""Extraction benchmark: quality against quantulum3 and speed, run from the project root.

    python benchmarks/run_extraction.py [--quick] [--no-peer]

1. Quality and speed with the shared scorer (../shared/benchmarks/score.py) when that folder exists:
   NewsQuant (evaluation only: it is read in place, never copied here), the CQE re-annotation, and the
   Recognizers-Text suite VENDORED in benchmarks/data/recognizers_text (MIT, notice beside it),
   side by side with quantulum3 in the same process (F1 ratios and the speed ratio).
   Then the Recognizers-Text value F1 once more, counting only the claims of the type each spec
   annotates (the scorer counts every other claim as a false positive; its README says so).
2. Linearity: chars/s of ``claims.extract`` on texts of 1 KB, 10 KB, 100 KB and 1 MB built from the
   vendored suite. A linear extractor keeps the same chars/s at every size.
Without ../shared, step 1 falls back to a value-only F1 on the vendored suite (scorer rules simplified:
value within 1e-6, greedy one-to-one, a range matched by its low/high).
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import math
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENDORED_RT = ROOT / "benchmarks" / "data" / "recognizers_text" / "en_number_with_unit.jsonl"
SHARED_SCORER = ROOT.parent / "shared" / "benchmarks" / "score.py"
sys.path.insert(0, str(ROOT))


def rt_texts() -> list[str]:
    return [json.loads(line)["text"] for line in VENDORED_RT.read_text(encoding="utf-8").splitlines() if line]


def linearity(extract) -> list[tuple[int, float]]:
    base = " ".join(rt_texts())
    rows = []
    for size in (1_000, 10_000, 100_000, 1_000_000):
        text = (base * (size // len(base) + 1))[:size]
        extract(text[:2000])  # warm-up
        times = []
        for _ in range(3):
            t0 = time.perf_counter()
            extract(text)
            times.append(time.perf_counter() - t0)
        rows.append((size, size / statistics.median(times)))
    return rows


def fallback_value_f1(extract) -> tuple[float, float, float]:
    tp = pred = gold = 0
    for line in VENDORED_RT.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        if rec.get("variant", "default") != "default":
            continue
        golds = [e for e in rec["expected"] if e["kind"] != "ordinal" and (e["value"] is not None or e.get("range"))]
        preds = [c for c in extract(rec["text"]) if c.kind != "date" and (c.value is not None or c.low is not None)]
        free = list(golds)
        for c in preds:
            for g in free:
                ok = g["value"] is not None and c.value is not None and math.isclose(abs(c.value), g["value"],
                                                                                      rel_tol=1e-6, abs_tol=1e-9)
                r = g.get("range") or {}
                ok = ok or (r and c.low == r.get("low") and c.high == r.get("high"))
                if ok:
                    free.remove(g)
                    tp += 1
                    break
        pred += len(preds)
        gold += len(golds)
    p, r = tp / pred if pred else 0, tp / gold if gold else 0
    return p, r, 2 * p * r / (p + r) if p + r else 0


def _dims(unit: str | None) -> set[str]:
    from claims.units import parse_unit

    try:
        return set(parse_unit(unit).dimensionality) if unit else set()
    except ValueError:
        return set()


def _spec_type(model: str, claim: dict) -> bool:
    """Whether a claim is of the type a Recognizers-Text spec annotates (each spec annotates only its
    own: a CurrencyModel case lists the amounts of money in its text, not its percentages)."""
    kind, unit = claim["kind"], claim["unit"]
    dims = _dims(unit)
    money = any(d.startswith("[currency_") for d in dims)
    if model == "CurrencyModel":
        return money
    if model == "TemperatureModel":
        return "[temperature]" in dims
    if model == "DimensionModel":  # lengths, weights, speeds, data sizes, angles (pint's are dimensionless)
        return kind in ("quantity", "change") and unit not in (None, "percent", "percentage_point") and not money \
            and "[temperature]" not in dims and dims != {"[time]"}
    if model == "AgeModel":
        return kind == "age"
    if model == "PercentModel":
        return unit in ("percent", "percentage_point")
    if model == "OrdinalModel":
        return False  # the scorer skips ordinal gold items: nothing of this spec is scored
    return True  # NumberModel, NumberRangeModel: every figure


def rt_by_spec_type(score) -> tuple[float, float, float]:
    """Value P/R/F1 on the Recognizers-Text suite with the scorer's own matching, counting only the
    claims of the type each spec annotates (see the scorer's README: precision is understated
    otherwise). A supplement to the scorer's figure, not a replacement."""
    from collections import defaultdict

    _, extract = score.load_system("claims")
    by_model = defaultdict(list)
    for case in score.load_suite("recognizers"):
        by_model[case["id"].split("-")[3]].append(case)
    tp = pred = gold = 0
    for model, cases in by_model.items():
        acc = score.score_suite(lambda text, m=model: [c for c in extract(text) if _spec_type(m, c)],
                                "recognizers", cases)
        c = acc["m"]["value"]
        tp, pred, gold = tp + c["tp"], pred + c["pred"], gold + c["gold"]
    p, r = tp / pred if pred else 0.0, tp / gold if gold else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="skip the throughput part of the shared scorer")
    ap.add_argument("--no-peer", action="store_true", help="do not run quantulum3")
    args = ap.parse_args(argv)
    import claims

    if SHARED_SCORER.is_file():
        spec = importlib.util.spec_from_file_location("score", SHARED_SCORER)
        score = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(score)
        score.SUITE_FILES["recognizers"] = VENDORED_RT  # the project's vendored copy of the MIT suite
        cmd = [] if args.no_peer else ["--vs", "quantulum3"]
        cmd += [] if args.quick else ["--throughput"]
        print(f"== shared scorer {SHARED_SCORER} {' '.join(cmd)}", flush=True)
        score.main(cmd)
        p, r, f = rt_by_spec_type(score)
        print("\n== Recognizers-Text, each spec scored on the claims of its own type (money for the currency "
              "spec, ...):\n"
              f"  value P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    else:
        p, r, f = fallback_value_f1(claims.extract)
        print(f"== vendored Recognizers-Text (default variant), simplified value match: P {p:.3f} R {r:.3f} F1 {f:.3f}")
        print("   (../shared not found: NewsQuant and the quantulum3 comparison need the shared scorer)")
    print("\n== linearity: claims.extract on one text of each size")
    rows = linearity(claims.extract)
    for size, cps in rows:
        print(f"  {size:>9,} chars  {cps:>12,.0f} chars/s")
    spread = max(c for _, c in rows) / min(c for _, c in rows)
    print(f"  max/min chars/s across sizes: {spread:.2f} (1.0 = perfectly linear)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
