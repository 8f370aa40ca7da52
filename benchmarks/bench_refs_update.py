"""Benchmark: ``refs update`` on files of real size (claims.refs_update).

Writes, into a temporary folder,

* a World Bank WDI indicator file of full size: every ISO 3166 country of pycountry plus a few
  World Bank aggregates, one column a year 1960-2023 (the size of an ``API_*.csv`` download), with
  an empty cell in one of ten;
* an SDMX-CSV file (Eurostat layout) of ``--obs`` monthly observations (default 100,000),

then imports each into a copy of the shipped reference data and measures the time of the first
import (read + check + merge + validate the merged folder + write), of a re-import of the same
file (everything unchanged, nothing written) and of a revision in which one value in a hundred
changed (rows changed in place, history written).

Usage::

    python benchmarks/bench_refs_update.py [--obs N] [--seed S]
"""
from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pycountry  # noqa: E402

from claims.refs_update import update  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def write_wdi(path: Path, rng: random.Random, bump: float = 0.0) -> int:
    bumps = random.Random(99)  # its own stream: the same values as without ``bump`` otherwise
    years = list(range(1960, 2024))
    areas = [(c.name, c.alpha_3) for c in pycountry.countries] + [
        ("World", "WLD"), ("Euro area", "EMU"), ("European Union", "EUU"), ("High income", "HIC")]
    lines = ['"Data Source","World Development Indicators",', "", '"Last Updated Date","2024-06-28",', "",
             ",".join(f'"{h}"' for h in ["Country Name", "Country Code", "Indicator Name", "Indicator Code",
                                         *map(str, years)]) + ","]
    cells = 0
    for name, code in areas:
        vals = []
        for _ in years:
            if rng.random() < 0.1:
                vals.append("")
            else:
                v = round(rng.uniform(1e8, 2e13))
                if bump and bumps.random() < bump:
                    v = round(v * 1.001)
                vals.append(str(v))
                cells += 1
        lines.append(",".join(f'"{c}"' for c in [name, code, "GDP (current US$)", "NY.GDP.MKTP.CD", *vals]) + ",")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return cells


def write_sdmx(path: Path, n: int, rng: random.Random, bump: float = 0.0) -> None:
    bumps = random.Random(99)
    geos = [c.alpha_2 for c in pycountry.countries][:40]
    months = n // len(geos) + 1
    out = ["DATAFLOW,LAST UPDATE,freq,unit,coicop,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG,CONF_STATUS"]
    k = 0
    for geo in geos:
        for m in range(months):
            if k == n:
                break
            y, mo = 1900 + m // 12, m % 12 + 1
            v = round(rng.uniform(-2, 12), 1)
            if bump and bumps.random() < bump:
                v += 0.1
            out.append(f"ESTAT:PRC_HICP_MANR(1.0),01/12/24 11:00:00,M,RCH_A,CP00,{geo},{y}-{mo:02d},{v:.1f},,")
            k += 1
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def timed(label: str, fn):
    t = time.perf_counter()
    plan = fn()
    dt = time.perf_counter() - t
    print(f"{label:<48} {dt:7.2f} s   {plan.summary()}")
    return plan


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--obs", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        for kind in ("wdi", "sdmx"):
            refs = tmp / f"refs_{kind}"
            shutil.copytree(ROOT / "reference_data", refs)
            src, rev = tmp / f"{kind}.csv", tmp / f"{kind}_rev.csv"
            if kind == "wdi":
                cells = write_wdi(src, random.Random(args.seed))
                write_wdi(rev, random.Random(args.seed), bump=0.01)
                what = f"WDI, {cells:,} values ({src.stat().st_size / 1e6:.1f} MB)"
                kw = {}
            else:
                write_sdmx(src, args.obs, random.Random(args.seed))
                write_sdmx(rev, args.obs, random.Random(args.seed), bump=0.01)
                what = f"SDMX-CSV, {args.obs:,} obs ({src.stat().st_size / 1e6:.1f} MB)"
                kw = {"metric": "inflation_hicp"}
            timed(f"{what}: first import", lambda: update(refs, src, **kw))
            timed(f"{what}: same file again", lambda: update(refs, src, **kw))
            timed(f"{what}: 1% of values revised", lambda: update(refs, rev, **kw))


if __name__ == "__main__":
    main()
