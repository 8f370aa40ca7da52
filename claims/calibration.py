"""Calibrating the hedge policy: where reference values fall inside the interval a hedge gives,
and which verdicts another tolerance would flip.

The policy is the table ``claims/data/hedges.csv`` (DESIGN section 6): "nearly X" asserts
[X(1-t), X], "about X" [X(1-t), X(1+t)], "more than X" (X, inf) and so on. This module re-reads
*checked* claims (the section 4 claim dicts of ``check_document`` or a batch report's
``claims.json``) under a policy with some tolerances changed, without extracting or linking again:
each hedged claim keeps its figure and its linked reference value (``reference.value_in_claim_unit``),
only the interval changes, and the figure is judged again with the verifier's own rule
(``claims.verify.judge_point``: inside supported, a narrow miss of a hedged figure needs review,
else contradicted).

A verdict also depends on what the figure alone does not show (a weak link, reference rows that
disagree, a ratio judged on a corrected figure). Each row therefore says whether judging the figure
under the *current* policy gives the tool's verdict (``consistent``); where it does not, the
change of tolerance is not the whole story and the row should be read with the explanation.

    rows = rejudge(claims, {"nearly": 0.10, "about": 0.05})
    [r for r in rows if r["flips"]]
"""
from __future__ import annotations

import dataclasses
import math
from typing import Iterable, Mapping

from .extract import apply_hedge
from .lexicon import Hedge, lexicon
from .verify import judge_point

__all__ = ["hedge_policy", "policy_hedge", "interval", "needed_tolerance", "rejudge", "flips"]


def hedge_policy() -> list[dict]:
    """The hedge policy as loaded: one row a phrase (phrase, canonical, class, tolerance, position),
    in the order of ``hedges.csv``."""
    L = lexicon()
    rows = [*L.hedges_before.values(), *L.hedges_after.values()]
    return [{"phrase": h.phrase, "canonical": h.canonical, "class": h.cls, "tolerance": h.tolerance,
             "position": h.position} for h in rows]


def policy_hedge(canonical: str, tolerances: Mapping[str, float] | None = None) -> Hedge:
    """The policy's hedge for a canonical name ("nearly"), its tolerance replaced when
    ``tolerances`` names the canonical ("nearly") or its class ("approx_below"); the canonical
    name wins. KeyError for a hedge the policy does not know."""
    h = lexicon().hedge_by_canonical[canonical]
    if tolerances:
        t = tolerances.get(canonical, tolerances.get(h.cls))
        if t is not None:
            if not (isinstance(t, (int, float)) and math.isfinite(t) and 0 <= t < 1):
                raise ValueError(f"tolerance for {canonical!r} must be a number in [0, 1), not {t!r}")
            h = dataclasses.replace(h, tolerance=float(t))
    return h


def interval(value: float, canonical: str, tolerances: Mapping[str, float] | None = None
             ) -> tuple[float | None, float | None]:
    """The interval ``canonical`` hedge turns ``value`` into (None for an open side), under the
    policy with ``tolerances`` overridden: ``interval(50, "about", {"about": 0.05}) == (47.5, 52.5)``."""
    return apply_hedge(value, policy_hedge(canonical, tolerances), 0.0)


def _number(x) -> float | None:
    if isinstance(x, bool) or not isinstance(x, (int, float)):
        return None
    x = float(x)
    return x if math.isfinite(x) else None


def _share(bound: float | None, value: float) -> float | None:
    return None if bound is None else (bound - value) / abs(value)


def needed_tolerance(cls: str, value: float, reference: float) -> float | None:
    """The smallest tolerance that puts ``reference`` inside the interval a hedge of class ``cls``
    gives ``value`` ("nearly a third" for 29%: 0.13), or None when no tolerance in [0, 1) does
    (a "nearly" figure below its reference) or the class has none ("more than")."""
    if not value:
        return None
    y = reference / value
    if cls == "approx_below":
        need = 1 - y if y <= 1 else None
    elif cls == "approx":
        need = abs(y - 1)
    else:
        return None
    return need if need is not None and need < 1 else None


def rejudge(claims: Iterable[dict], tolerances: Mapping[str, float] | None = None) -> list[dict]:
    """Every hedged single-figure claim with a numeric reference value, judged under the current
    policy and under the policy with ``tolerances`` ({canonical or class: t}) applied.

    One row a claim: ``id``, ``text``, ``kind``, ``hedge``, ``class``, ``value``, ``unit``,
    ``reference`` (the value in the claim's unit), ``tool_verdict``; ``low``/``high`` and
    ``verdict_now`` (the figure judged under the current policy), ``new_low``/``new_high`` and
    ``verdict_new`` (under the changed one), ``flips`` (the two differ), ``consistent``
    (``verdict_now`` is the tool's verdict); and where the reference fell relative to the figure:
    ``ref_offset`` = (reference - value) / |value|, with the band ``band_low``/``band_high`` and
    ``new_band_low``/``new_band_high`` as the same shares (None for an open side), and
    ``needed_tolerance``, the smallest tolerance that would accept the reference.

    Claims without a hedge, ranges ("between 5 and 7"), dates and claims without a linked numeric
    reference are left out: a tolerance does not change them.
    """
    out = []
    for c in claims:
        hedge = c.get("hedge")
        value = _number(c.get("value"))
        ref = c.get("reference") or {}
        x = _number(ref.get("value_in_claim_unit"))
        if not hedge or value is None or value == 0 or x is None or c.get("kind") == "date":
            continue
        try:
            now_h = policy_hedge(hedge)
        except KeyError:  # a hedge the current policy no longer has
            continue
        new_h = policy_hedge(hedge, tolerances)
        low, high = apply_hedge(value, now_h, 0.0)
        new_low, new_high = apply_hedge(value, new_h, 0.0)
        verdict_now, _ = judge_point(x, low, high, hedged=True)
        verdict_new, _ = judge_point(x, new_low, new_high, hedged=True)
        out.append({
            "id": c.get("id"), "text": " ".join(str(c.get("text", "")).split()), "kind": c.get("kind"),
            "hedge": hedge, "class": now_h.cls, "value": value, "unit": c.get("unit"), "reference": x,
            "tool_verdict": c.get("verdict"),
            "tolerance": now_h.tolerance, "low": low, "high": high, "verdict_now": verdict_now,
            "new_tolerance": new_h.tolerance, "new_low": new_low, "new_high": new_high,
            "verdict_new": verdict_new,
            "flips": verdict_now != verdict_new, "consistent": verdict_now == c.get("verdict"),
            "ref_offset": (x - value) / abs(value),
            "band_low": _share(low, value), "band_high": _share(high, value),
            "new_band_low": _share(new_low, value), "new_band_high": _share(new_high, value),
            "needed_tolerance": needed_tolerance(now_h.cls, value, x),
        })
    return out


def flips(claims: Iterable[dict], tolerances: Mapping[str, float]) -> list[dict]:
    """The rows of ``rejudge`` whose verdict the changed tolerances flip."""
    return [r for r in rejudge(claims, tolerances) if r["flips"]]
