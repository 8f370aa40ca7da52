"""claims.calibration: hedge intervals under a changed policy, and the verdicts such a change flips."""
from __future__ import annotations

import csv
import math

import pytest
from hypothesis import given, settings, strategies as st

from claims import calibration as C
from claims.document import read_document
from claims.lexicon import DATA
from claims.pipeline import check_document, load_refs


@pytest.mark.parametrize("value, hedge, tolerances, expected", [
    (50, "about", None, (45.0, 55.0)),
    (50, "about", {"about": 0.05}, (47.5, 52.5)),
    (50, "about", {"approx": 0.2}, (40.0, 60.0)),                       # by class
    (50, "nearly", None, (42.5, 50.0)),
    (50, "nearly", {"approx_below": 0.10}, (45.0, 50.0)),
    (50, "nearly", {"nearly": 0.2, "approx_below": 0.1}, (40.0, 50.0)),  # the canonical name wins
    (50, "almost", {"nearly": 0.2, "approx_below": 0.1}, (45.0, 50.0)),  # same class, other name
    (50, "about", {"nearly": 0.3}, (45.0, 55.0)),                        # another hedge's change
    (-10, "about", None, (-11.0, -9.0)),                                 # negative figures stay ordered
    (2, "more than", {"more": 0.5}, (2.0, None)),                        # no tolerance in an open class
    (2, "at least", None, (2.0, None)),
    (7, "up to", None, (0.0, 7.0)),
    (7, "less than", None, (0.0, 7.0)),
])
def test_interval(value, hedge, tolerances, expected):
    low, high = C.interval(value, hedge, tolerances)
    assert (low is None) == (expected[0] is None) and (high is None) == (expected[1] is None)
    for got, want in zip((low, high), expected):
        if want is not None:
            assert got == pytest.approx(want)


@pytest.mark.parametrize("t", [1.0, 1.5, -0.1, math.nan, "0.1"])
def test_bad_tolerance(t):
    with pytest.raises(ValueError):
        C.interval(50, "about", {"about": t})


def test_unknown_hedge():
    with pytest.raises(KeyError):
        C.interval(50, "roughly speaking maybe")


def test_policy_table_is_the_csv():
    with open(DATA / "hedges.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    got = {(r["phrase"], r["canonical"], r["class"], r["tolerance"]) for r in C.hedge_policy()}
    assert got == {(r["phrase"], r["canonical"], r["class"], float(r["tolerance"])) for r in rows}


@pytest.mark.parametrize("cls, value, reference, expected", [
    ("approx_below", 100 / 3, 29.0, 0.13),     # Reuters' "nearly a third" for +29.0%
    ("approx_below", 50, 50, 0.0),
    ("approx_below", 50, 51, None),            # "nearly 50" cannot reach 51
    ("approx_below", 50, 0, None),             # would need t = 1
    ("approx", 50, 55, 0.1),
    ("approx", 50, 44, 0.12),
    ("approx", -10, -11, 0.1),
    ("more", 2, 3, None),
    ("approx", 0, 3, None),
])
def test_needed_tolerance(cls, value, reference, expected):
    got = C.needed_tolerance(cls, value, reference)
    assert got == (None if expected is None else pytest.approx(expected))


@pytest.fixture(scope="module")
def article_claims(examples_dir):
    """The checked claims of both example articles (each against its own reference folder)."""
    out = []
    for name, refs in (("xi_samarkand.txt", None), ("eiffel_tower.txt", examples_dir / "eiffel_tower_refs")):
        out += check_document(read_document(examples_dir / name), load_refs(refs))["claims"]
    return out


def test_current_policy_reproduces_the_tool(article_claims):
    rows = C.rejudge(article_claims)
    hedged = [c for c in article_claims if c["hedge"] and c["value"] is not None and c["reference"]]
    assert len(rows) == len(hedged) >= 5
    by_id = {c["id"]: c for c in article_claims}
    for r in rows:
        c = by_id[r["id"]]
        # the interval recomputed from the policy is the one the extractor put on the claim
        assert r["low"] == pytest.approx(c["low"]) and (r["high"] is None) == (c["high"] is None)
        if c["high"] is not None:
            assert r["high"] == pytest.approx(c["high"])
        assert r["consistent"], (r["text"], r["verdict_now"], c["verdict"])
        assert not r["flips"] and r["new_low"] == r["low"]


@pytest.mark.parametrize("tolerances, flipped", [
    ({"approx_below": 0.10}, {"nearly a third": "needs_review"}),      # 29% is under 30% = a third * 0.9
    ({"approx_below": 0.13}, {}),                                       # just enough for 29%
    ({"nearly": 0.05}, {"nearly a third": "contradicted"}),             # [31.7, 33.3]: 29 misses by more than half the width
    ({"approx": 0.05}, {"around a third": "needs_review"}),             # 50/140 = 0.357 > 0.35
    ({"approx": 0.20, "approx_below": 0.30}, {}),                       # wider never loses a supported claim
])
def test_flips_in_the_articles(article_claims, tolerances, flipped):
    got = {r["text"]: r["verdict_new"] for r in C.flips(article_claims, tolerances)}
    assert got == flipped


def test_skipped_claims():
    ref = {"value_in_claim_unit": 10.0}
    claims = [
        {"id": "a", "text": "10", "kind": "quantity", "value": 10.0, "hedge": None, "reference": ref},
        {"id": "b", "text": "about 5 to 7", "kind": "quantity", "value": None, "hedge": "about", "reference": ref},
        {"id": "c", "text": "about 2020", "kind": "date", "value": "2020", "hedge": "about", "reference": ref},
        {"id": "d", "text": "about 10", "kind": "quantity", "value": 10.0, "hedge": "about", "reference": None},
        {"id": "e", "text": "about 10", "kind": "quantity", "value": 10.0, "hedge": "about",
         "reference": {"value_in_claim_unit": "2020-01"}},
        {"id": "f", "text": "about 10", "kind": "quantity", "value": 10.0, "hedge": "about", "reference": ref,
         "verdict": "supported"},
    ]
    assert [r["id"] for r in C.rejudge(claims)] == ["f"]


@settings(max_examples=200, deadline=None)
@given(value=st.floats(0.01, 1e9), ratio=st.floats(0.0, 2.0),
       t1=st.floats(0.0, 0.9), t2=st.floats(0.0, 0.9), cls=st.sampled_from(["approx", "approx_below"]))
def test_wider_tolerance_never_rejects_more(value, ratio, t1, t2, cls):
    """Widening a hedge's tolerance can only turn verdicts towards 'supported'."""
    hedge = {"approx": "about", "approx_below": "nearly"}[cls]
    claim = {"id": "x", "text": "t", "kind": "quantity", "value": value, "hedge": hedge,
             "reference": {"value_in_claim_unit": value * ratio}}
    lo, hi = sorted((t1, t2))
    narrow, = C.rejudge([claim], {cls: lo})
    wide, = C.rejudge([claim], {cls: hi})
    rank = {"supported": 0, "needs_review": 1, "contradicted": 2}
    assert rank[wide["verdict_new"]] <= rank[narrow["verdict_new"]]
    need = C.needed_tolerance(cls, value, value * ratio)
    if need is not None and need <= lo - 1e-9:
        assert narrow["verdict_new"] == "supported"
