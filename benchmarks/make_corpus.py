"""A synthetic corpus whose verdicts are known: reference rows for made-up entities, and articles
written from those rows, some with the figure changed.

Writes into OUT:

* ``refs/synthetic.csv``: the reference folder (DESIGN section 3), ``--entities`` made-up
  entities (pipelines, ports, companies, bridges, provinces), one to two facts each, with a source.
* ``corpus.jsonl``: ``--articles`` articles, one JSON object a line (id, date, title, text). Each
  article has 2 to 5 sentences stating a fact of a reference row ("The Varnost Pipeline is 1,234 km
  long."), mixed with sentences without figures. A share ``--changed`` of the stated figures is
  changed (times 0.6, 0.75, 1.35 or 1.6, written at the same precision): those claims should come
  out ``contradicted``, the others ``supported``. One article in 1,000 is empty (a bad article the
  report lists).
* ``expected.jsonl``: one line a stated figure: the article id, the figure's ``start``/``end`` in the
  article text, its text, the entity, metric and the expected verdict.

Everything is written a line at a time (a 100,000-article corpus never sits in memory), from one
seeded random generator: the same arguments give the same bytes.

Usage::

    python benchmarks/make_corpus.py OUT [--articles N] [--entities E] [--changed 0.25] [--seed S]
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import random
from pathlib import Path

SOURCE = "Synthetic Statistics Office"
SOURCE_URL = "https://example.org/synthetic-statistics"

_ONSETS = ["B", "D", "K", "M", "N", "P", "R", "S", "T", "V", "Z", "Br", "Dr", "Gr", "Kl", "Tr", "St"]
_VOWELS = ["a", "e", "i", "o", "u", "ai", "ei", "ou"]
_CODAS = ["n", "r", "l", "s", "v", "th", "nd", "rk", "st", "m"]

#: entity type -> its facts: (metric, unit, value generator, decimals, scale in the text, sentence)
#: ``{e}`` is the entity, ``{v}`` the figure as written, ``{year}`` the row's year (rows with a
#: year have a one-year period).
FACTS = {
    "Pipeline": [
        ("length", "km", lambda r: r.randint(200, 4000), 0, 1, "The {e} is {v} km long.", False),
        ("capacity", "bcm/year", lambda r: round(r.uniform(5, 90), 1), 1, 1,
         "The {e} can carry {v} bcm of gas a year.", False),
    ],
    "Port": [
        ("cargo_throughput", "tonne", lambda r: round(r.uniform(5, 300), 1) * 1e6, 1, 1e6,
         "The {e} handled {v} million tonnes of cargo in {year}.", True),
    ],
    "Steel": [
        ("revenue", "USD", lambda r: round(r.uniform(1, 60), 1) * 1e9, 1, 1e9,
         "{e}'s revenue was ${v} billion in {year}.", True),
        ("export_growth_yoy", "percent", lambda r: round(r.uniform(2, 40), 1), 1, 1,
         "{e}'s exports grew {v}% in {year}.", True),
    ],
    "Bridge": [
        ("length", "m", lambda r: r.randint(300, 3000), 0, 1, "The {e} is {v} metres long.", False),
    ],
    "Province": [
        ("population", "count", lambda r: r.randint(200, 9000) * 1000, 0, 1,
         "{e} had {v} residents in {year}.", True),
    ],
}

FILLER = [
    "Officials said the plans were on track.",
    "The ministry did not comment on the figures.",
    "Analysts expect the region to keep growing.",
    "Critics say the project has been delayed by disputes over land.",
    "The company declined to give further details.",
    "Talks with neighbouring governments continue this month.",
    "Local residents have raised concerns about the environment.",
    "The announcement was made at a press conference in the capital.",
    "Investors welcomed the news.",
    "The board will meet again before the end of the quarter.",
]

FACTORS = (0.6, 0.75, 1.35, 1.6)


def entity_names(rng: random.Random, n: int) -> list[tuple[str, str]]:
    """``n`` distinct made-up (name, type) pairs, e.g. ("Varnost Pipeline", "Pipeline")."""
    kinds = list(FACTS)
    seen: set[str] = set()
    out = []
    while len(out) < n:
        stem = "".join(rng.choice(_ONSETS) + rng.choice(_VOWELS) for _ in range(rng.randint(1, 2)))
        stem = (stem + rng.choice(_CODAS)).capitalize()
        kind = kinds[len(out) % len(kinds)]
        name = f"{stem} {kind}" if kind != "Province" else f"{stem} Province"
        if name.lower() in seen or len(stem) < 4:
            continue
        seen.add(name.lower())
        out.append((name, kind))
    return out


def fmt(value: float, decimals: int, scale: float) -> str:
    """The figure as an article writes it: thousands separators, fixed decimals, scaled."""
    v = value / scale
    return f"{v:,.{decimals}f}"


def make(out: Path, articles: int = 2000, entities: int = 400, changed: float = 0.25, seed: int = 7) -> dict:
    """Write the reference folder, the corpus and the expected verdicts into ``out``; return counts."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    (out / "refs").mkdir(exist_ok=True)
    facts = []  # (entity, metric, value, decimals, scale, sentence, year)
    with open(out / "refs" / "synthetic.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["entity", "aliases", "metric", "value", "unit", "period_start", "period_end",
                    "source", "source_url", "notes"])
        for name, kind in entity_names(rng, entities):
            for metric, unit, gen, decimals, scale, sentence, dated in FACTS[kind]:
                value = gen(rng)
                year = rng.choice((2019, 2020, 2021)) if dated else None
                value_cell = f"{value:.{decimals}f}" if scale == 1 else f"{value:.0f}"
                w.writerow([name, "", metric, value_cell, unit,
                            f"{year}-01-01" if year else "", f"{year}-12-31" if year else "",
                            SOURCE, SOURCE_URL, "synthetic"])
                facts.append((name, metric, value, decimals, scale, sentence, year))
    n_claims = n_changed = 0
    with open(out / "corpus.jsonl", "w", encoding="utf-8", newline="\n") as corpus, \
            open(out / "expected.jsonl", "w", encoding="utf-8", newline="\n") as expected:
        start_day = dt.date(2022, 1, 1)
        for i in range(articles):
            aid = f"a{i:06d}"
            date = (start_day + dt.timedelta(days=rng.randrange(365))).isoformat()
            if i % 1000 == 999:  # a bad article: the report lists it, the run goes on
                corpus.write(json.dumps({"id": aid, "date": date, "title": "empty", "text": ""}) + "\n")
                continue
            chosen = rng.sample(facts, rng.randint(2, 5))
            parts: list[tuple[str, dict | None]] = []
            for name, metric, value, decimals, scale, sentence, year in chosen:
                change = rng.random() < changed
                stated = value * rng.choice(FACTORS) if change else value
                figure = fmt(stated, decimals, scale)
                if change and figure == fmt(value, decimals, scale):
                    figure, change = fmt(value, decimals, scale), False
                text = sentence.format(e=name, v=figure, year=year)
                parts.append((text, {"entity": name, "metric": metric, "figure": figure,
                                     "expected": "contradicted" if change else "supported"}))
            parts += [(s, None) for s in rng.sample(FILLER, rng.randint(3, 7))]
            rng.shuffle(parts)
            body, spans, pos = [], [], 0
            for text, info in parts:
                if info is not None:
                    at = text.index(info["figure"])
                    if "${v}" in text or text[at - 1: at] == "$":
                        at -= 1  # the claim includes the currency sign
                    spans.append((pos + at, info))
                body.append(text)
                pos += len(text) + 1
            article = " ".join(body)
            corpus.write(json.dumps({"id": aid, "date": date, "title": f"{chosen[0][0]}: update {i}",
                                     "text": article}, ensure_ascii=False) + "\n")
            for start, info in spans:
                n_claims += 1
                n_changed += info["expected"] == "contradicted"
                end = article.index(info["figure"], start) + len(info["figure"])
                expected.write(json.dumps({"id": aid, "start": start, "end": end, "text": article[start:end],
                                           "entity": info["entity"], "metric": info["metric"],
                                           "expected": info["expected"]}) + "\n")
    return {"articles": articles, "facts": len(facts), "claims": n_claims, "changed": n_changed}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--entities", type=int, default=400)
    ap.add_argument("--changed", type=float, default=0.25, help="share of stated figures changed")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    counts = make(args.out, args.articles, args.entities, args.changed, args.seed)
    print(json.dumps(counts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
