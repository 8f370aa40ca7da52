"""Verdicts: each claim against its linked reference rows (DESIGN sections 4 and 6).

For every claim the linker (``claims.link``) proposes scored candidate rows; each candidate is
turned into a *reference value in the claim's unit* and compared with the interval the claim
asserts (its hedge and stated precision, already on the claim as ``low``/``high``):

* quantities, money, percentages, counts: the row's value converted with pint; a ``list`` row
  counts its items;
* ages: from a birth (or founding, opening...) date on the article's date;
* durations: a duration row, or the time elapsed between an event date and the article date, or
  between two events ("weeks before the invasion");
* dates: at the precision stated ("in January 2020" holds for any day of that month);
* changes: a growth row, or growth computed from two periods of one metric; a change restated in
  the same sentence ("rose 12% to $4.2bn from $3.75bn") checks itself without any row;
* ratios: the figure before "a third of what X ..." over X's row;
* equivalence ("equivalent to the Nord Stream 1 annual volumes") and conversions in brackets
  ("330 metres (1,083 feet)") are checked as extra ``checks`` on the claim.

The verdict is ``supported`` when the reference value lies in the claim's interval,
``contradicted`` when it lies outside (by more than the policy's near-miss margin),
``needs_review`` when the link is weak, the best rows disagree, the miss is narrow or the
reference is less precise than the claim, and ``unverifiable`` when no row speaks to the claim.
Every verdict comes with an explanation giving the reference value, the interval applied and the
source.
"""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field

import regex

from .link import BRACKET_GAP, Candidate, DocContext, Linker, _is_percent_unit, _patterns, date_interval, is_change_metric, policy
from .reference import ReferenceData, RefRow
from .units import convert, convert_difference, difference_unit

#: "around a third of what X sells": at most this many characters between fraction and X
RATIO_GAP = 12

_TO_RE = regex.compile(r"\bto\s*+$")
_FROM_RE = regex.compile(r"\bfrom\s*+$")

VERDICTS = ("supported", "contradicted", "needs_review", "unverifiable")

_NO_REFS = "No reference data was given."


# ---------------------------------------------------------------------------------------------
# numbers and words for explanations

def fmt(x) -> str:
    """A number for an explanation: 29 -> "29", 0.32258 -> "0.3226", 97710000000 -> "97,710,000,000"."""
    if x is None:
        return "…"
    if isinstance(x, str):
        return x
    if isinstance(x, float) and not math.isfinite(x):
        return "∞" if x > 0 else "-∞"
    if float(x).is_integer() and abs(x) < 1e15:
        return f"{int(x):,}"
    ax = abs(x)
    if ax >= 100:
        return f"{x:,.1f}".rstrip("0").rstrip(".")
    if ax >= 1:
        return f"{x:,.2f}".rstrip("0").rstrip(".")
    return f"{x:.4f}".rstrip("0").rstrip(".")


def _unit_words(unit: str | None) -> str:
    if not unit:
        return ""
    u = unit.replace(" ", "")
    if u == "percent":
        return "%"
    return " " + unit


def fmt_q(x, unit) -> str:
    """A number with its unit: "29%", "50 bcm / year"."""
    return f"{fmt(x)}{_unit_words(unit)}"


def interval_text(low, high, unit) -> str:
    if low is None and high is None:
        return "any value"
    if high is None:
        return f"{fmt_q(low, unit)} or more"
    if low is None:
        return f"up to {fmt_q(high, unit)}"
    if math.isclose(low, high):
        return fmt_q(low, unit)
    return f"{fmt(low)} to {fmt_q(high, unit)}"


def _period_words(row: RefRow) -> str:
    ps, pe = row.period_start, row.period_end
    if ps and pe:
        if ps == pe:
            return ps.isoformat()
        if ps.day == 1 and ps.month == 1 and pe.month == 12 and pe.day == 31 and ps.year == pe.year:
            return str(ps.year)
        return f"{ps.isoformat()} to {pe.isoformat()}"
    if ps:
        return f"from {ps.isoformat()}"
    if pe:
        return f"until {pe.isoformat()}"
    return ""


def _source_words(row: RefRow) -> str:
    period = _period_words(row)
    return f"{row.source}{', ' + period if period else ''}; {row.where}"


def _metric_words(row: RefRow) -> str:
    return f"{row.entity} {row.metric.replace('_', ' ')}"


def _ref_precision(v: float) -> float:
    """Half a unit of the last digit a reference value states (59.2 -> 0.05; 97710000000 -> 5e6)."""
    if not isinstance(v, float) or not math.isfinite(v):
        return 0.0
    if not v.is_integer():
        s = repr(v)
        if "e" in s or "E" in s:
            return 0.0
        return 0.5 * 10 ** -len(s.split(".")[1])
    n = int(abs(v))
    if n < 1_000_000:
        return 0.5 if n else 0.0
    tz = len(str(n)) - len(str(n).rstrip("0"))
    return 0.5 * 10 ** tz


def hedge_rule(canonical: str) -> str:
    """The hedge policy's rule for a hedge, in words: "'nearly': up to 15% below"."""
    from .lexicon import lexicon
    h = lexicon().hedge_by_canonical.get(canonical)
    if h is None:
        return f"hedge '{canonical}'"
    t = h.tolerance
    words = {
        "approx_below": f"up to {t:.0%} below the figure",
        "approx": f"within {t:.0%} either side",
        "more": "above the figure",
        "at_least": "the figure or above",
        "less": "below the figure",
        "at_most": "the figure or below",
    }.get(h.cls, h.cls)
    return f"hedge '{canonical}': {words}"


# ---------------------------------------------------------------------------------------------
# intervals

EPS = 1e-9


def _inside(x: float, low, high) -> bool:
    tol = EPS * max(1.0, abs(x))
    return (low is None or x >= low - tol) and (high is None or x <= high + tol)


def _miss_share(x: float, low, high) -> float:
    """How far x lies outside [low, high], as a share of the nearest bound (0 when inside)."""
    if low is not None and x < low:
        return (low - x) / max(abs(low), EPS)
    if high is not None and x > high:
        return (x - high) / max(abs(high), EPS)
    return 0.0


def judge_point(x: float, low, high, ref_prec: float = 0.0, hedged: bool = False) -> tuple[str, str]:
    """Verdict and a reason for a reference value ``x`` (stated to +-ref_prec) against a claim's
    interval. A hedged claim ("nearly a third") that misses narrowly needs review; a plain figure
    that misses its rounding is contradicted."""
    if _inside(x, low, high):
        return "supported", ""
    if ref_prec and _overlaps(x - ref_prec, x + ref_prec, low, high):
        return "needs_review", "the reference is stated less precisely than the claim"
    if hedged and _near_miss(x, low, high):
        return "needs_review", f"just outside the interval ({_miss_share(x, low, high):.1%} off)"
    return "contradicted", ""


def _near_miss(x: float, low, high) -> bool:
    """Outside, but by less than half the interval's width (a closed interval: "nearly a third"
    is 28.3%-33.3%, so 27% is a near miss and 20% is not), or by less than the policy's share of
    the bound (an open interval: "more than two years")."""
    V = policy()["verify"]
    if low is not None and high is not None:
        miss = (low - x) if x < low else (x - high)
        return miss <= V["near_miss_width"] * (high - low)
    return _miss_share(x, low, high) <= V["near_miss"]


def _overlaps(a, b, low, high) -> bool:
    return (high is None or a <= high + EPS * max(1.0, abs(a))) and (low is None or b >= low - EPS * max(1.0, abs(b)))


def judge_range(a: float, b: float, low, high, hedged: bool = False) -> tuple[str, str]:
    """Verdict for a reference known only as a range [a, b] (a date stated to the year, say)."""
    if _inside(a, low, high) and _inside(b, low, high):
        return "supported", ""
    if not _overlaps(a, b, low, high):
        near = min((a, b), key=lambda v: _miss_share(v, low, high))
        if hedged and _near_miss(near, low, high):
            return "needs_review", f"just outside the interval ({_miss_share(near, low, high):.1%} off)"
        return "contradicted", ""
    if _inside((a + b) / 2, low, high):
        return "supported", "most of the reference's range lies in the claim's interval"
    return "needs_review", "the reference's range only partly overlaps the claim's interval"


# ---------------------------------------------------------------------------------------------
# dates

def _age_on(birth: dt.date, day: dt.date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


# ---------------------------------------------------------------------------------------------
# evaluation of one candidate

@dataclass
class Evaluation:
    """A candidate row read against a claim: the reference value in the claim's terms, the verdict."""

    cand: Candidate
    verdict: str
    ref_text: str                 # "29%", "2022-09-14", "2.66 years (970 days)"
    reason: str = ""              # why a verdict is not plain
    value: object = None          # the reference value in the claim's unit (number or ISO date)
    how: str = ""                 # how it was derived ("age on 2022-09-12 from birth date 1953-06-15")
    rows: list = field(default_factory=list)  # further rows used (the base period, the other event)

    @property
    def score(self) -> float:
        return self.cand.score


class Verifier:
    """Verdicts for the claims of one document."""

    def __init__(self, claim_list: list, refs: ReferenceData, day: dt.date, text: str = ""):
        self.claims = claim_list
        self.refs = refs
        self.day = day
        self.ctx = DocContext(text, refs, day)
        self.linker = Linker(self.ctx, claim_list)
        self._done: dict[int, dict] = {}

    # -- kinds ------------------------------------------------------------------------------
    def _numeric(self, claim, cand: Candidate) -> Evaluation | None:
        row = cand.row
        if claim.kind == "count":
            if row.unit == "list":
                x = float(len(row.items))
                how = f"{len(row.items)} items listed"
            else:
                x = float(row.value)
                how = ""
            verdict, reason = judge_point(x, claim.low, claim.high, hedged=claim.hedge is not None)
            return Evaluation(cand, verdict, fmt(x), reason, x, how)
        if claim.kind == "change" and _is_percent_unit(claim.unit) and not _is_percent_unit(row.unit):
            return self._growth(claim, cand)
        if claim.kind == "change" and not _is_percent_unit(claim.unit) and not is_change_metric(row):
            return self._difference(claim, cand)
        try:
            if _is_percent_unit(claim.unit) and _is_percent_unit(row.unit):
                x = float(row.value)
            elif claim.unit and claim.unit.startswith("delta_") and difference_unit(row.unit) != row.unit:
                x = convert_difference(float(row.value), row.unit, claim.unit)  # "warming of 1.1C" vs a C row
            else:
                x = convert(float(row.value), row.unit, claim.unit)
        except (ValueError, TypeError):
            return None
        prec = _ref_precision(float(row.value))
        if prec and not _is_percent_unit(claim.unit):
            try:
                prec = abs(convert_difference(prec, row.unit, claim.unit))  # a margin: 0.5 C is 0.9 F
            except ValueError:
                prec = 0.0
        verdict, reason = judge_point(x, claim.low, claim.high, prec, hedged=claim.hedge is not None)
        shown = fmt_q(x, claim.unit)
        if row.unit.replace(" ", "") != (claim.unit or "").replace(" ", "") and not _is_percent_unit(row.unit):
            shown += f" ({fmt(float(row.value))} {row.unit})"
        return Evaluation(cand, verdict, shown, reason, x)

    def _previous_period(self, row: RefRow) -> RefRow | None:
        """The row ``row`` is compared with for a change: the same entity, metric and unit one
        year before (a flow over a period), else the latest row that ended before ``row``'s
        period began (a level: "330 m since March 2022" after "324 m until then")."""
        if row.period_start is None:
            return None
        same = [r for r in self.refs.candidates([row.entity])
                if r.metric == row.metric and r.unit == row.unit and r is not row]
        if row.period_end is not None:
            yoy = self._one_year_before(row, same)
            if yoy is not None:
                return yoy
        length = (row.period_end - row.period_start).days if row.period_end else None
        earlier = [r for r in same if r.period_end is not None and r.period_end < row.period_start
                   and (length is None or (r.period_start is not None
                                           and abs((r.period_end - r.period_start).days - length) <= 3))]
        return max(earlier, key=lambda r: r.period_end) if earlier else None

    @staticmethod
    def _one_year_before(row: RefRow, same: list) -> RefRow | None:
        try:
            ps = row.period_start.replace(year=row.period_start.year - 1)
            pe = row.period_end.replace(year=row.period_end.year - 1) if not (
                row.period_end.month == 2 and row.period_end.day == 29) else dt.date(row.period_end.year - 1, 2, 28)
        except ValueError:
            return None
        for r in same:
            if r.period_start == ps and r.period_end == pe:
                return r
        return None

    def _growth(self, claim, cand: Candidate) -> Evaluation | None:
        row = cand.row
        base = self._previous_period(row)
        if base is None or not float(base.value):
            return None
        g = (float(row.value) - float(base.value)) / abs(float(base.value)) * 100
        verdict, reason = judge_point(g, claim.low, claim.high, hedged=claim.hedge is not None)
        how = (f"growth computed from {fmt(float(row.value))} {row.unit} ({_period_words(row)}) and "
               f"{fmt(float(base.value))} {base.unit} ({_period_words(base)})")
        return Evaluation(cand, verdict, f"{g:+.1f}%", reason, g, how, [base])

    def _difference(self, claim, cand: Candidate) -> Evaluation | None:
        row = cand.row
        base = self._previous_period(row)
        if base is None:
            return None
        try:
            d = convert_difference(float(row.value) - float(base.value), row.unit, claim.unit)
        except ValueError:
            return None
        verdict, reason = judge_point(d, claim.low, claim.high, hedged=claim.hedge is not None)
        how = f"change from {_period_words(base)} to {_period_words(row)}"
        return Evaluation(cand, verdict, fmt_q(d, claim.unit), reason, d, how, [base])

    def _age(self, claim, cand: Candidate) -> Evaluation | None:
        if (claim.unit or "year") != "year":
            return None  # "an 18-month-old": ages in months or weeks are not read off birth years
        span = date_interval(cand.row.value)
        if span is None:
            return None
        day, at = self.day, f"on {self.day.isoformat()}"
        end = self._life_end(cand.row)
        if end is not None and end[0] < day:
            day, at = end[0], f"at {end[1]} {end[0].isoformat()}"
        a_hi, a_lo = _age_on(span[0], day), _age_on(span[1], day)
        if claim.hedge is None and claim.value is not None and claim.low is not None and claim.high is not None:
            ok = [a for a in range(a_lo, a_hi + 1) if claim.low <= a <= claim.high]
            verdict = "supported" if len(ok) == a_hi - a_lo + 1 else ("contradicted" if not ok else "needs_review")
            reason = "" if verdict != "needs_review" else "the reference gives only the birth year"
        else:
            verdict, reason = judge_range(float(a_lo), float(a_hi), claim.low, claim.high)
        shown = str(a_lo) if a_lo == a_hi else f"{a_lo} or {a_hi}"
        how = f"age {at} from {cand.row.metric.replace('_', ' ')} {cand.row.value}"
        return Evaluation(cand, verdict, f"{shown} years", reason, float(a_lo), how)

    def _life_end(self, row: RefRow) -> tuple[dt.date, str] | None:
        """The day the entity of a birth-date row died (closed, was demolished...), if a row says."""
        ends = policy()["words"]["life_end_metrics"]
        for r in self.refs.candidates([row.entity]):
            if r.unit == "date" and r.metric in ends:
                span = date_interval(r.value)
                if span is not None:
                    return span[0], r.metric.replace("_date", "").replace("_", " ")
        return None

    def _date(self, claim, cand: Candidate) -> Evaluation | None:
        c = date_interval(claim.value) if claim.value else None
        r = date_interval(cand.row.value)
        if c is None or r is None:
            return None
        if c[0] <= r[0] and r[1] <= c[1]:
            verdict, reason = "supported", ""
        elif r[1] < c[0] or c[1] < r[0]:
            verdict, reason = "contradicted", ""
        else:
            verdict, reason = "needs_review", "the reference date is less precise than the claim"
        return Evaluation(cand, verdict, str(cand.row.value), reason, str(cand.row.value))

    def _elapsed(self, claim, cand: Candidate, since: RefRow | None) -> Evaluation | None:
        """The time between the candidate's date and ``since``'s date (else the article date)."""
        r = date_interval(cand.row.value)
        if r is None or not claim.unit:
            return None
        if since is not None:
            s = date_interval(since.value)
            if s is None:
                return None
            anchor = f"{_metric_words(since)} ({since.value})"
        else:
            s = (self.day, self.day)
            anchor = f"the article date ({self.day.isoformat()})"
        days = sorted((abs((r[0] - s[1]).days), abs((r[1] - s[0]).days), abs((r[0] - s[0]).days),
                       abs((r[1] - s[1]).days)))
        lo_d, hi_d = days[0], days[-1]
        try:
            lo, hi = convert(lo_d, "day", claim.unit), convert(hi_d, "day", claim.unit)
        except ValueError:
            return None
        verdict, reason = judge_range(lo, hi, claim.low, claim.high, hedged=claim.hedge is not None)
        shown = (f"{fmt(lo)} {claim.unit} ({lo_d} days)" if lo_d == hi_d
                 else f"{fmt(lo)} to {fmt(hi)} {claim.unit} ({lo_d} to {hi_d} days)")
        how = f"time between {_metric_words(cand.row)} ({cand.row.value}) and {anchor}"
        return Evaluation(cand, verdict, shown, reason, (lo + hi) / 2, how, [since] if since else [])

    def _duration(self, claim, cand: Candidate, since: RefRow | None = None) -> Evaluation | None:
        if cand.row.unit == "date":
            return self._elapsed(claim, cand, since)
        return self._numeric(claim, cand)

    def evaluate(self, claim, cand: Candidate) -> Evaluation | None:
        kind = claim.kind
        if kind == "age":
            return self._age(claim, cand)
        if kind == "date":
            return self._date(claim, cand)
        if kind == "duration":
            return self._duration(claim, cand)
        if cand.row.unit in ("date", "text"):
            return None
        return self._numeric(claim, cand)

    # -- ratio -------------------------------------------------------------------------------
    def _numerator(self, n: int):
        """The figure a ratio claim takes a share of: the nearest quantity before it in its sentence."""
        place = self.linker.places[n]
        best = None
        for k in self.linker._by_sentence.get(place.index, ()):
            if k == n:
                continue
            other, op = self.claims[k], self.linker.places[k]
            if op.end <= place.start and other.unit and other.value is not None \
                    and other.kind in ("quantity", "money"):
                if best is None or op.end > self.linker.places[best].end:
                    best = k
        return best

    def _ratio_evals(self, n: int) -> list[Evaluation]:
        claim = self.claims[n]
        k = self._numerator(n)
        if k is None:
            return []
        num = self.claims[k]
        num_value, note = num.value, ""
        judged = self.verdict(k)
        if judged["verdict"] == "contradicted" and isinstance((judged["reference"] or {}).get("value_in_claim_unit"), float):
            # the error is the figure's own: judge the share on the reference figure, not twice
            num_value = judged["reference"]["value_in_claim_unit"]
            note = f" (the reference figure: the text's '{' '.join(num.text.split())}' is itself contradicted)"
        out = []
        place = self.linker.places[n]
        cands = self.linker.comparator_rows(n)
        if cands and place.sentence.find(cands[0].mention, place.end) - place.end > RATIO_GAP:
            cands = []  # "a third of what X ...": the thing compared with follows the fraction
        for cand in cands:
            row = cand.row
            try:
                den = convert(float(row.value), row.unit, num.unit)
            except (ValueError, TypeError):
                continue
            if not den:
                continue
            x = num_value / den
            if claim.unit and _is_percent_unit(claim.unit):
                x *= 100
            verdict, reason = judge_point(x, claim.low, claim.high, hedged=claim.hedge is not None)
            how = (f"{fmt(num_value)} {num.unit}{note or ' (' + repr(' '.join(num.text.split())) + ')'} over "
                   f"{fmt(den)} {num.unit} ({_metric_words(row)})")
            out.append(Evaluation(cand, verdict, fmt_q(x, claim.unit), reason, x, how))
        return out

    # -- checks on one claim -----------------------------------------------------------------
    def _checks(self, n: int) -> list[dict]:
        """Extra assertions a claim carries: equivalence to a named figure, a conversion in
        brackets, a change restated from and to (internal consistency)."""
        claim, place = self.claims[n], self.linker.places[n]
        out = []
        P = policy()["verify"]
        if claim.kind in ("quantity", "money") and claim.value is not None and claim.unit:
            tail = place.sentence[place.end:]
            eq = _patterns()["equivalence"].search(tail)
            if eq is not None:
                for cand in self.linker.comparator_rows(n, after=place.end + eq.start()):
                    try:
                        x = convert(float(cand.row.value), cand.row.unit, claim.unit)
                    except (ValueError, TypeError):
                        continue
                    share = claim.value / x if x else math.inf
                    off = abs(share - 1)
                    verdict = ("supported" if off <= P["equivalence_tolerance"] else
                               "needs_review" if off <= P["equivalence_review"] else "contradicted")
                    out.append({
                        "kind": "equivalence", "verdict": verdict,
                        "reference": cand.row.as_reference(),
                        "explanation": (f"'{eq.group()} {cand.mention}': {_metric_words(cand.row)} is "
                                        f"{fmt_q(x, claim.unit)} ({_source_words(cand.row)}); {fmt(claim.value)} is "
                                        f"{share:.0%} of it; 'equivalent' accepts ±{P['equivalence_tolerance']:.0%}."),
                    })
                    break
        out.extend(self._internal(n))
        return out

    def _internal(self, n: int) -> list[dict]:
        claim, place = self.claims[n], self.linker.places[n]
        out = []
        same = [k for k in self.linker._by_sentence.get(place.index, ()) if k != n]
        if claim.kind in ("quantity", "money") and claim.value is not None and claim.unit:
            # "330 metres (1,083 feet)": a conversion in brackets right after the figure
            for k in same:
                other, op = self.claims[k], self.linker.places[k]
                gap = place.sentence[place.end:op.start]
                if op.start >= place.end and BRACKET_GAP.fullmatch(gap) \
                        and other.unit and other.value is not None:
                    try:
                        x = convert(claim.value, claim.unit, other.unit)
                    except ValueError:
                        continue
                    lo = convert(claim.low, claim.unit, other.unit) if claim.low is not None else None
                    hi = convert(claim.high, claim.unit, other.unit) if claim.high is not None else None
                    ok = (other.low is None or hi is None or hi >= other.low - EPS) and \
                         (other.high is None or lo is None or lo <= other.high + EPS)
                    out.append({"kind": "conversion", "verdict": "supported" if ok else "contradicted",
                                "explanation": f"'{claim.text}' is {fmt(x)} {other.unit}; the text gives "
                                               f"'{other.text}'."})
                    break
        if claim.kind == "change" and _is_percent_unit(claim.unit) and claim.value is not None:
            to = frm = None
            for k in same:
                other, op = self.claims[k], self.linker.places[k]
                if op.start < place.end or not other.unit or other.value is None or other.kind == "change":
                    continue
                before = place.sentence[max(0, op.start - 8):op.start].lower()
                if _TO_RE.search(before) and to is None:
                    to = other
                elif _FROM_RE.search(before) and frm is None:
                    frm = other
            if to is not None and frm is not None and to.unit == frm.unit and frm.value:
                g = (to.value - frm.value) / abs(frm.value) * 100
                cands = []
                for a in (to.low, to.high):
                    for b in (frm.low, frm.high):
                        if a is not None and b:
                            cands.append((a - b) / abs(b) * 100)
                lo, hi = (min(cands), max(cands)) if cands else (g, g)
                verdict, _ = judge_range(lo, hi, claim.low, claim.high, hedged=claim.hedge is not None)
                out.append({"kind": "internal", "verdict": verdict,
                            "explanation": f"From '{frm.text}' to '{to.text}' is {g:+.1f}% "
                                           f"({lo:+.1f}% to {hi:+.1f}% with their rounding); "
                                           f"the claim says '{claim.text}'."})
        return out

    # -- one claim ---------------------------------------------------------------------------
    def evaluations(self, n: int) -> list[Evaluation]:
        claim = self.claims[n]
        if claim.kind == "ratio":
            return self._ratio_evals(n)
        evals: list[Evaluation] = []
        if claim.kind == "duration":
            event, start = self.linker.event_rows(n)
            if event:
                since = self._start_row(n, start)
                for cand in event:
                    e = self._elapsed(claim, cand, since)
                    if e is not None:
                        evals.append(e)
                if evals:
                    return evals
        for cand in self.linker.candidates(n):
            e = self.evaluate(claim, cand)
            if e is not None:
                evals.append(e)
        return evals

    def _start_row(self, n: int, start: list[Candidate]) -> RefRow | None:
        """The earlier event of "X ... weeks before Y": a date claim before the duration in its
        sentence (its best row), else the date row of the entity named before it, else None
        (the article date)."""
        place = self.linker.places[n]
        for k in self.linker._by_sentence.get(place.index, ()):
            other, op = self.claims[k], self.linker.places[k]
            if other.kind == "date" and op.end <= place.start:
                evs = [self.evaluate(other, c) for c in self.linker.candidates(k)]
                evs = [e for e in evs if e is not None and e.verdict == "supported"]
                if evs:
                    return evs[0].cand.row
        return start[0].row if start else None

    def verdict(self, n: int) -> dict:
        """The verdict fields of claim ``n`` (computed once)."""
        got = self._done.get(n)
        if got is None:
            self._done[n] = {"verdict": "unverifiable", "reference": None, "explanation": "", "alternatives": []}
            got = self._done[n] = self._verdict(n)
        return got

    def _verdict(self, n: int) -> dict:
        claim = self.claims[n]
        P = policy()["link"]
        evals = self.evaluations(n)
        checks = self._checks(n)
        if not evals:
            internal = [c for c in checks if c["kind"] in ("internal",)]
            if internal:
                c = internal[0]
                return self._out(c["verdict"], None, "No reference row; checked against the text itself. "
                                 + c["explanation"] + f" {c['verdict'].replace('_', ' ').capitalize()}.",
                                 [], checks)
            return self._out("unverifiable", None, self._why_unlinked(n), [], checks)
        top = evals[0].score
        tier = [e for e in evals if e.score >= top - P["tie_margin"]]
        best = tier[0]
        if claim.kind == "date" and len(tier) > 1 and not any(
                r.startswith("metric words") for e in tier for r in e.cand.reasons):
            # an entity with several dates and no word saying which: a date that matches one of
            # them is that one; a date that matches none dates something the data does not hold
            hits = [e for e in tier if e.verdict == "supported"]
            if hits:
                tier = [hits[0]]
                best = hits[0]
            else:
                dates = "; ".join(f"{_metric_words(e.cand.row)} {e.cand.row.value}" for e in tier)
                return self._out("unverifiable", None,
                                 f"'{' '.join(claim.text.split())}' means {claim.value}; the reference rows named "
                                 f"here date other events ({dates}) and nothing in the sentence says which "
                                 f"event this is.", [self._alt(e) for e in evals][: P["alternatives"]], checks)
        verdicts = list(dict.fromkeys(e.verdict for e in tier))
        interval = self._interval_words(claim)
        parts = [f"Reference: {best.ref_text} ({_metric_words(best.cand.row)}; {_source_words(best.cand.row)})."]
        if best.how:
            parts.append(f"Derived: {best.how}.")
        parts.append(interval)
        if len(verdicts) == 1:
            verdict = verdicts[0]
            if best.reason:
                parts.append(best.reason[0].upper() + best.reason[1:] + ".")
            if len(tier) > 1:
                parts.append(f"{len(tier)} equally close reference rows agree.")
        else:
            verdict = "needs_review"
            parts.append("The closest reference rows disagree: " + "; ".join(
                f"{e.ref_text} ({_metric_words(e.cand.row)}, {e.cand.row.where}) -> {e.verdict}" for e in tier) + ".")
        if top < P["min_score"] and verdict in ("supported", "contradicted"):
            parts.append(f"The link is uncertain (score {top:.2f}: {'; '.join(best.cand.reasons)}); "
                         f"the figure alone would be {verdict}.")
            verdict = "needs_review"
        parts.append(verdict.replace("_", " ").capitalize() + ".")
        alts = [self._alt(e) for e in evals if e is not best][: P["alternatives"]]
        ref = best.cand.row.as_reference()
        ref["value_in_claim_unit"] = best.value
        ref["score"] = best.score
        ref["why"] = list(best.cand.reasons)
        return self._out(verdict, ref, " ".join(parts), alts, checks)

    @staticmethod
    def _alt(e: Evaluation) -> dict:
        d = e.cand.row.as_reference()
        d.update({"score": e.score, "verdict": e.verdict, "value_in_claim_unit": e.value,
                  "why": list(e.cand.reasons)})
        return d

    @staticmethod
    def _out(verdict, ref, explanation, alts, checks) -> dict:
        out = {"verdict": verdict, "reference": ref, "explanation": explanation, "alternatives": alts}
        if checks:
            out["checks"] = checks
            extra = [f"Also {c['kind']}: {c['explanation']} -> {c['verdict'].replace('_', ' ')}." for c in checks
                     if c["kind"] != "internal" or ref is not None]
            if extra:
                out["explanation"] += " " + " ".join(extra)
        return out

    def _interval_words(self, claim) -> str:
        if claim.kind == "date":
            return f"'{' '.join(claim.text.split())}' means {claim.value}."
        accepted = interval_text(claim.low, claim.high, claim.unit)
        text = " ".join(claim.text.split())
        if claim.hedge:
            return f"'{text}' accepts {accepted} ({hedge_rule(claim.hedge)})."
        if claim.low is not None and claim.high is not None and claim.value is not None:
            return f"'{text}' accepts {accepted} (the rounding of the stated figure)."
        return f"'{text}' accepts {accepted}."

    def _why_unlinked(self, n: int) -> str:
        place = self.linker.places[n]
        named = self.ctx.mentions_of(place)
        if not named:
            return "No reference entity is named in or just before this sentence."
        names = ", ".join(dict.fromkeys(m.name for m in named))
        return f"No reference row of {names} measures this kind of figure."


def verify_claims(claim_list, refs: ReferenceData | None, day, text: str = "") -> list[dict]:
    """Verdict fields for each claim, in order: verdict, reference, explanation, alternatives
    (and checks when the claim carries an equivalence, a conversion or a restated change)."""
    if refs is None or not len(refs):
        return [{"verdict": "unverifiable", "reference": None, "explanation": _NO_REFS, "alternatives": []}
                for _ in claim_list]
    if isinstance(day, str):
        day = dt.date.fromisoformat(day)
    v = Verifier(claim_list, refs, day or dt.date.today(), text)
    return [v.verdict(n) for n in range(len(claim_list))]
