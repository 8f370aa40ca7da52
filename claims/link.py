"""Linking: the candidate reference rows of each claim, scored and explained (DESIGN section 2).

A claim is tied to a reference row through the entity the text names near it, and the row must be
able to speak to the claim at all:

* **where the entity is named** — in the claim's sentence (closer is better), carried over from
  the sentence before when the sentence opens with a pronoun ("It will carry 50 bcm" after "the
  Power of Siberia 2 ..."), or when the sentence names no entity at all ("the two 69-year-old
  leaders" after a sentence about Xi and Putin); a name is found whole ("Nord Stream 1"), or word
  by word when every word of a multi-word name is in the sentence ("trade ... between Russia and
  China" for "Russia-China trade");
* **what the row measures** — the unit's dimension (a bcm/year claim only meets volume-per-time
  rows), the kind (ages meet birth dates, durations meet durations or event dates, counts meet
  counts), words the claim and the metric share ("four Central Asian states" and
  ``central_asian_member_count``);
* **when** — the claim's period ("in the first 7 months of 2022") against the row's
  ``period_start``/``period_end``, and facts valid on the article's date (SCO had 8 members in
  September 2022, 9 from July 2023).

The weights and word lists live in ``data/verify_policy.toml``. Nothing here names an entity.
Every candidate carries the reasons for its score, shown to the reviewer as alternatives.
"""
from __future__ import annotations

import datetime as dt
import tomllib
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import regex

from .reference import ReferenceData, RefRow, dimension_of, normalize_name
from .text import normalize, sentences

POLICY_FILE = Path(__file__).with_name("data") / "verify_policy.toml"


@lru_cache(maxsize=1)
def policy() -> dict:
    """The linking and verdict policy (``data/verify_policy.toml``), read once."""
    with POLICY_FILE.open("rb") as fh:
        data = tomllib.load(fh)
    w = data["words"]
    for key in ("pronouns", "connectors", "comparators", "equivalence", "life_start_metrics",
                "life_end_metrics", "life_start_words", "change_metric_words", "stopwords"):
        w[key] = tuple(w[key])
    return data


def _phrase_re(phrases) -> regex.Pattern:
    alts = "|".join(regex.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return regex.compile(rf"(?i)\b(?:{alts})\b")


@lru_cache(maxsize=1)
def _patterns() -> dict:
    w = policy()["words"]
    return {
        "comparator_before": regex.compile(
            rf"(?i)\b(?:{'|'.join(regex.escape(p) for p in sorted(w['comparators'], key=len, reverse=True))})"
            r"\s++(?:the\s++|a\s++|an\s++)?+$"),
        "connector_after": regex.compile(
            rf"(?i)^[\s,]*+(?:{'|'.join(regex.escape(p) for p in sorted(w['connectors'], key=len, reverse=True))})\b"),
        "pronoun_start": regex.compile(
            rf"(?i)^[\W_]*+(?:{'|'.join(regex.escape(p) for p in sorted(w['pronouns'], key=len, reverse=True))})\b"),
        "pronoun": regex.compile(
            rf"(?i)^\s*+(?:{'|'.join(regex.escape(p) for p in sorted(w['pronouns'], key=len, reverse=True))})\b"),
        "life_words": _phrase_re(w["life_start_words"]),
        "equivalence": _phrase_re(w["equivalence"]),
    }


_WORD_RE = regex.compile(r"[^\W\d_]++")
_NAME_TOKEN_RE = regex.compile(r"[^\W_]++")  # words and numbers: "Nord Stream 2" needs its "2"
FUZZY_SPAN = 80  # the words of a name found one by one must lie within this many characters


def words_of(text: str, numbers: bool = False) -> set[str]:
    """Content words of a text, lower-cased and crudely singular ("states" -> "state"); with
    ``numbers``, number tokens too."""
    stop = policy()["words"]["stopwords"]
    out = set()
    for m in (_NAME_TOKEN_RE if numbers else _WORD_RE).finditer(text.lower()):
        w = m.group()
        if w in stop or (len(w) < 2 and not w.isdigit()):
            continue
        out.add(_singular(w))
    return out


def is_life_start(row: RefRow) -> bool:
    return row.unit == "date" and row.metric in policy()["words"]["life_start_metrics"]


def is_change_metric(row: RefRow) -> bool:
    toks = set(row.metric.split("_"))
    return bool(toks & set(policy()["words"]["change_metric_words"]))


# ---------------------------------------------------------------------------------------------
# dates

_DAY = dt.timedelta(days=1)
_WEEK_RE = regex.compile(r"(\d{4})-W(\d{2})")
_ISO_RE = regex.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def date_interval(value: str) -> tuple[dt.date, dt.date] | None:
    """The days an ISO date value covers: "2020-01" -> (2020-01-01, 2020-01-31), "2022-W36",
    "2023/2032" (from/to)."""
    if not value:
        return None
    value = str(value)
    if "/" in value:
        a, _, b = value.partition("/")
        ia, ib = date_interval(a), date_interval(b)
        if ia is None or ib is None:
            return None
        return ia[0], ib[1]
    m = _WEEK_RE.fullmatch(value)
    if m:
        monday = dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        return monday, monday + 6 * _DAY
    m = _ISO_RE.fullmatch(value)
    if not m:
        return None
    y = int(m.group(1))
    try:
        if m.group(3):
            d = dt.date(y, int(m.group(2)), int(m.group(3)))
            return d, d
        if m.group(2):
            mo = int(m.group(2))
            first = dt.date(y, mo, 1)
            nxt = dt.date(y + (mo == 12), mo % 12 + 1, 1)
            return first, nxt - _DAY
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    except ValueError:
        return None



# ---------------------------------------------------------------------------------------------
# mentions

@dataclass(slots=True)
class Mention:
    """An entity named in a sentence: ``start``/``end`` in the sentence text, ``rows`` its rows."""

    start: int
    end: int
    name: str
    rows: tuple[int, ...]
    fuzzy: bool = False


_DEFINITE_RE = regex.compile(r"(?i)\bthe\s++(?:[\w'-]++\s++){1,2}?(?P<head>\p{L}++)\b")


def _singular(w: str) -> str:
    return w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w


class _FuzzyIndex:
    """Multi-word names found word by word: each name is filed under its rarest word, so a
    sentence looks up only its own words (cost independent of how many names there are)."""

    def __init__(self, refs: ReferenceData):
        by_word: dict[str, list[tuple[frozenset, str]]] = {}
        names: dict[str, frozenset] = {}
        for key in refs.by_name:
            toks = frozenset(words_of(key, numbers=True))
            if len(toks) >= 2:
                names[key] = toks
        freq: dict[str, int] = {}
        for toks in names.values():
            for t in toks:
                freq[t] = freq.get(t, 0) + 1
        for key, toks in names.items():
            rare = min(toks, key=lambda t: (freq[t], t))
            by_word.setdefault(rare, []).append((toks, key))
        self.by_word = by_word
        # "the tower" also names "the 134-year-old tower", "the new tower": head word -> keys
        self.definite: dict[str, list[str]] = {}
        for key in refs.by_name:
            parts = key.split(" ")
            if len(parts) == 2 and parts[0] == "the" and parts[1].isalpha():
                self.definite.setdefault(_singular(parts[1]), []).append(key)

    def find_definite(self, text: str) -> list[tuple[int, int, str]]:
        out = []
        if not self.definite:
            return out
        for m in _DEFINITE_RE.finditer(text):
            for key in self.definite.get(_singular(m.group("head").lower()), ()):
                out.append((m.start(), m.end(), key))
        return out

    def find(self, text: str) -> list[tuple[int, int, str]]:
        lower = text.lower()
        present: dict[str, list[tuple[int, int]]] = {}
        for m in _NAME_TOKEN_RE.finditer(lower):
            present.setdefault(_singular(m.group()), []).append((m.start(), m.end()))
        out = []
        for w in present:
            for toks, key in self.by_word.get(w, ()):
                if toks <= present.keys():
                    spans = [present[t][0] for t in toks]
                    a, b = min(s for s, _ in spans), max(e for _, e in spans)
                    if b - a <= FUZZY_SPAN:
                        out.append((a, b, key))
        return out


def _fuzzy_index(refs: ReferenceData) -> _FuzzyIndex:
    idx = getattr(refs, "_fuzzy_index", None)
    if idx is None:
        idx = _FuzzyIndex(refs)
        refs._fuzzy_index = idx  # built once per loaded reference data, on first use
    return idx


def sentence_mentions(refs: ReferenceData, text: str) -> list[Mention]:
    """Every entity named in ``text``: whole names first, then names found word by word that
    no whole mention already covers."""
    out: list[Mention] = []
    seen_rows: set[tuple[int, ...]] = set()
    for s, e, name in refs.mentions(text):
        rows = tuple(refs.by_name.get(normalize_name(name), ()))
        if not rows:
            continue
        out.append(Mention(s, e, name, rows))
        seen_rows.add(rows)
    fz = _fuzzy_index(refs)
    for s, e, key in fz.find(text) + fz.find_definite(text):
        rows = tuple(refs.by_name.get(key, ()))
        if rows and rows not in seen_rows:
            out.append(Mention(s, e, key, rows, fuzzy=True))
            seen_rows.add(rows)
    out.sort(key=lambda m: (m.start, m.end))
    return out


# ---------------------------------------------------------------------------------------------
# document context

@dataclass
class ClaimPlace:
    """Where a claim sits: its sentence (index, text) and its span inside that sentence."""

    index: int
    sentence: str
    start: int
    end: int


class DocContext:
    """One document prepared for linking: clean text, sentences, mentions per sentence."""

    def __init__(self, text: str, refs: ReferenceData, day: dt.date):
        self.refs = refs
        self.day = day
        self.norm = normalize(text) if text else None
        self.t = self.norm.text if self.norm else ""
        self.spans = sentences(self.t) if self.t else []
        self.starts = [s for s, _ in self.spans]
        self._mentions: dict[int, list[Mention]] = {}

    def sentence_text(self, i: int) -> str:
        s, e = self.spans[i]
        return self.t[s:e]

    def mentions(self, i: int) -> list[Mention]:
        if i < 0 or i >= len(self.spans):
            return []
        got = self._mentions.get(i)
        if got is None:
            got = self._mentions[i] = sentence_mentions(self.refs, self.sentence_text(i))
        return got

    def place(self, claim) -> ClaimPlace:
        """The claim's sentence and its span in it (clean offsets recorded by the extractor;
        else the sentence is searched for, as for claims built by hand)."""
        at = claim.extra.get("at") if claim.extra else None
        if at is not None and self.spans:
            k = max(bisect_right(self.starts, at[0]) - 1, 0)
            ss, se = self.spans[k]
            return ClaimPlace(k, self.t[ss:se], at[0] - ss, at[1] - ss)
        sentence = claim.sentence or claim.text
        for k in range(len(self.spans)):
            if self.sentence_text(k) == sentence:
                pos = sentence.find(" ".join(claim.text.split()))
                return ClaimPlace(k, sentence, max(pos, 0), max(pos, 0) + len(claim.text))
        pos = sentence.find(claim.text)
        return ClaimPlace(-1, sentence, max(pos, 0), max(pos, 0) + len(claim.text))

    def mentions_of(self, place: ClaimPlace) -> list[Mention]:
        if place.index >= 0:
            return self.mentions(place.index)
        return sentence_mentions(self.refs, place.sentence)


# ---------------------------------------------------------------------------------------------
# candidates

@dataclass
class Candidate:
    """A reference row that may speak to a claim, with its score and why."""

    row: RefRow
    score: float
    role: str = "subject"             # subject | comparator | event
    reasons: list[str] = field(default_factory=list)
    mention: str = ""


def _claim_dimension(claim) -> str | None:
    return None if claim.unit is None else _unit_dimension(claim.unit)


@lru_cache(maxsize=4096)
def _unit_dimension(unit: str) -> str | None:
    try:
        return dimension_of(unit)
    except Exception:  # noqa: BLE001 - an odd unit string never links
        return None


_PERCENTISH = {"percent", "percentage_point", "basis_point"}


def _is_percent_unit(unit: str | None) -> bool:
    if not unit:
        return False
    u = unit.replace(" ", "")
    return u in _PERCENTISH or u in ("%", "pp")


def fits(claim, row: RefRow, sentence: str = "") -> bool:
    """Can ``row`` speak to ``claim`` at all (kind and dimension)?"""
    kind = claim.kind
    if kind == "age":
        return is_life_start(row)
    if kind == "date":
        if row.unit != "date":
            return False
        return not is_life_start(row) or bool(_patterns()["life_words"].search(sentence))
    if kind == "duration":
        if row.unit == "date":
            return not is_life_start(row)
        return row.unit not in ("count", "list", "text") and _dim(row) == _claim_dimension(claim)
    if row.unit in ("date", "text"):
        return False
    if kind == "count":
        return row.unit in ("count", "list")
    if kind in ("ratio",):
        return row.unit not in ("list",)
    if kind in ("percent", "change") and _is_percent_unit(claim.unit):
        if _is_percent_unit(row.unit):
            return True
        # a change in percent may also be computed from two periods of a level
        return kind == "change" and row.unit not in ("count", "list") and not is_change_metric(row)
    if kind == "change":
        return row.unit not in ("list",) and _dim(row) == _claim_dimension(claim)
    dim = _claim_dimension(claim)
    return dim is not None and row.unit not in ("count", "list") and _dim(row) == dim


@lru_cache(maxsize=4096)
def _dim_of_unit(unit: str) -> str:
    try:
        return dimension_of(unit)
    except Exception:  # noqa: BLE001
        return unit


def _dim(row: RefRow) -> str:
    return _dim_of_unit(row.unit)


#: extra distance for a mention in another clause than the figure (across a comma, dash, bracket)
OTHER_CLAUSE = 40


@lru_cache(maxsize=256)
def _cuts(sentence: str) -> tuple[int, ...]:
    """Offsets of the clause breaks (comma, semicolon, bracket, dash) in a sentence."""
    return tuple(m.start() for m in _CLAUSE_CUT.finditer(sentence))


def _cut_between(sentence: str, a: int, b: int) -> bool:
    cuts = _cuts(sentence)
    k = bisect_left(cuts, a)
    return k < len(cuts) and cuts[k] < b


def _distance(place: ClaimPlace, m: Mention) -> int:
    """Characters between a mention and the claim, plus OTHER_CLAUSE when a comma, semicolon,
    bracket or dash stands between them."""
    if m.start >= place.end:
        a, b = place.end, m.start
    elif m.end <= place.start:
        a, b = m.end, place.start
    else:
        return 0
    return b - a + (OTHER_CLAUSE if _cut_between(place.sentence, a, b) else 0)


def _iso(d) -> dt.date | None:
    if d is None:
        return None
    if isinstance(d, dt.date):
        return d
    try:
        return dt.date.fromisoformat(str(d))
    except ValueError:
        return None


def _period_score(claim, row: RefRow, day: dt.date, reasons: list[str], period: dict | None = None) -> float:
    P = policy()["link"]
    if claim.kind in ("date", "age", "duration"):
        return 0.0
    ps, pe = row.period_start, row.period_end
    if ps is not None and ps > day:
        reasons.append(f"fact begins {ps.isoformat()}, after the article date")
        return P["starts_after_article"]
    period = period or claim.period or None
    if period:
        cs, ce = _iso(period.get("start")), _iso(period.get("end"))
        if cs and ce:
            if ps is None and pe is None:
                return 0.0
            if ps == cs and pe == ce:
                reasons.append(f"same period ({period.get('text') or cs.isoformat() + ' to ' + ce.isoformat()})")
                return P["period_exact"]
            lo, hi = max(cs, ps or cs), min(ce, pe or ce)
            if lo > hi:
                reasons.append("a different period")
                return P["period_disjoint"]
            share = ((hi - lo).days + 1) / max((ce - cs).days + 1, 1)
            reasons.append(f"period overlaps {share:.0%}")
            return P["period_overlap"] * share
    if pe is not None and ps is not None and ps <= day <= pe and (pe - ps).days <= 370:
        reasons.append("its period had not ended on the article date")
        return P["period_after_article"]
    if pe is not None and pe < day:
        years = (day - pe).days / 365.25
        return P["recency_per_year"] * years
    if (ps is not None or pe is not None) and row.holds_on(day):
        return P["period_holds"]
    return 0.0


_CLAUSE_CUT = regex.compile(r"[,;:()\u2013\u2014]|\s-\s")


def _clause(sentence: str, start: int, end: int, reach: int = 40) -> str:
    """The words around a figure up to the nearest comma, semicolon, colon, bracket or dash on
    either side (at most ``reach`` characters away): "who was born in Dijon in 1832"."""
    left = sentence[max(0, start - reach):start]
    cuts = list(_CLAUSE_CUT.finditer(left))
    if cuts:
        left = left[cuts[-1].end():]
    right = sentence[end:end + reach]
    cut = _CLAUSE_CUT.search(right)
    if cut:
        right = right[:cut.start()]
    return left + " " + sentence[start:end] + " " + right


def _same_word(a: str, b: str) -> bool:
    """Crude stemming: equal, or sharing a stem of five or more letters that leaves at most three
    letters of the longer word ("weighs"/"weight", "completed"/"completion", not "state"/"statement")."""
    if a == b:
        return True
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n >= 5 and n >= max(len(a), len(b)) - 3


def _metric_bonus(claim, place: ClaimPlace, row: RefRow, reasons: list[str]) -> float:
    P = policy()["link"]
    metric_words = words_of(row.metric.replace("_", " ")) - {"date", "value", "count", "total"}
    if not metric_words:
        return 0.0
    if claim.kind == "count":
        # what is counted: the noun, or the words right after the number ("four Central Asian states")
        near = claim.noun or _CLAUSE_CUT.split(place.sentence[place.end: place.end + 25])[0]
    else:
        near = _clause(place.sentence, place.start, place.end)
    cw = words_of(near) | (words_of(claim.noun) if claim.noun else set())
    syn = policy().get("synonyms", {})
    cw |= {syn[w] for w in cw if w in syn}
    shared = {m for m in metric_words if any(_same_word(m, w) for w in cw)}
    if not shared:
        return 0.0
    reasons.append("metric words: " + ", ".join(sorted(shared)))
    # weighed by how much of the metric the words cover: "visitors" fits ``visitors`` better
    # than ``visitor_levels``
    return min(P["metric_word"] * len(shared) * len(shared) / len(metric_words), P["metric_word_max"])


#: what stands between a figure and its restatement in brackets: "330 metres (1,083 feet)"
BRACKET_GAP = regex.compile(r"\s*+[(\[]\s*+(?:or\s++|about\s++|around\s++)?+")

#: the earlier event of "X ... weeks before Y" must be named this close before the duration
START_WINDOW = 60


class Linker:
    """Candidate rows for the claims of one document."""

    def __init__(self, ctx: DocContext, claim_list: list):
        self.ctx = ctx
        self.claims = claim_list
        self.places = [ctx.place(c) for c in claim_list]
        self._by_sentence: dict[int, list[int]] = {}
        for n, p in enumerate(self.places):
            self._by_sentence.setdefault(p.index, []).append(n)
        self._fit_cache: dict[tuple, bool] = {}
        self._fitting_own: dict[tuple, bool] = {}

    def _fits(self, n: int, i: int) -> bool:
        """``fits(claim n, row i)``, remembered: it depends only on the claim's kind and unit and
        on its sentence (life-start words)."""
        claim, place = self.claims[n], self.places[n]
        key = (claim.kind, claim.unit, place.index, i)
        got = self._fit_cache.get(key)
        if got is None:
            got = self._fit_cache[key] = fits(claim, self.ctx.refs.rows[i], place.sentence)
        return got

    def period_of(self, n: int) -> dict | None:
        """The period a figure speaks of: its own ("in the first 7 months of 2022"), else a year,
        month or quarter stated in the same clause ("Last year the monument welcomed 5.9 million
        visitors", "In 2021, exports were ...")."""
        claim, place = self.claims[n], self.places[n]
        if claim.period:
            return claim.period
        if claim.kind in ("date", "age", "duration"):
            return None
        for k in self._by_sentence.get(place.index, ()):
            other, op = self.claims[k], self.places[k]
            if other.kind != "date" or not other.value or "W" in str(other.value):
                continue
            span = date_interval(other.value)
            if span is None or span[0] == span[1]:
                continue  # a single day is an event, not a period
            a, b = sorted((op.end, place.start)) if op.end <= place.start else sorted((place.end, op.start))
            if b - a > 40 or _CLAUSE_CUT.search(place.sentence[a:b]):
                continue
            return {"start": span[0].isoformat(), "end": span[1].isoformat(), "text": " ".join(other.text.split())}
        return None

    # -- where the claim's entities are named ------------------------------------------------
    def _mention_weights(self, n: int) -> list[tuple[Mention, float, str, int]]:
        """(mention, base weight, how, distance) for claim n: its sentence, carried, previous."""
        P = policy()["link"]
        claim, place = self.claims[n], self.places[n]
        ctx = self.ctx
        own = ctx.mentions_of(place)
        out = [(m, P["fuzzy"] if m.fuzzy else P["same_sentence"], "named in the sentence", _distance(place, m))
               for m in own]
        if place.index < 0:
            return out
        key = (place.index, claim.kind, claim.unit)
        fitting_own = self._fitting_own.get(key)
        if fitting_own is None:
            fitting_own = self._fitting_own[key] = any(self._fits(n, i) for m in own for i in m.rows)
        prev = ctx.mentions(place.index - 1)
        if prev:
            if _patterns()["pronoun_start"].search(place.sentence) and place.start > 0:
                last = prev[-1]
                out.append((last, P["pronoun_carry"], "carried by a pronoun from the sentence before", place.start))
                rest = prev[:-1]
            else:
                rest = prev
            w = P["previous_sentence"] if fitting_own else P["carry_no_mention"]
            how = "named in the sentence before"
            out.extend((m, w, how, place.start) for m in rest)
        if not fitting_own:
            out.extend((m, P["two_back"], "named two sentences before", place.start)
                       for m in ctx.mentions(place.index - 2))
        return out

    def _taken_by_other(self, n: int, m: Mention, row: RefRow, dist: int) -> bool:
        """Is mention ``m`` (in claim n's sentence) closer to another claim that ``row`` fits?"""
        place = self.places[n]
        for k in self._by_sentence.get(place.index, ()):
            if k == n:
                continue
            other = self.places[k]
            lo, hi = sorted((other.end, place.start)) if other.end <= place.start else sorted((place.end, other.start))
            if BRACKET_GAP.fullmatch(place.sentence, lo, hi):
                continue  # "330 metres (1,083 feet)": one figure said twice
            if _distance(other, m) < dist and fits(self.claims[k], row, place.sentence) \
                    and self.claims[k].kind == self.claims[n].kind:
                return True
        return False

    def candidates(self, n: int) -> list[Candidate]:
        """Scored candidate rows of claim ``n``, best first (ties: reference order)."""
        P = policy()["link"]
        claim, place = self.claims[n], self.places[n]
        refs, day = self.ctx.refs, self.ctx.day
        pats = _patterns()
        best: dict[int, Candidate] = {}
        for m, weight, how, dist in self._mention_weights(n):
            same = how == "named in the sentence"
            before = place.sentence[max(0, m.start - 30): m.start] if same else ""
            comparator = same and m.start >= place.end and bool(pats["comparator_before"].search(before))
            role = "comparator" if comparator else "subject"
            for i in m.rows:
                row = refs.rows[i]
                if not self._fits(n, i):
                    continue
                reasons = [f"'{m.name}' {how}" + (" (word by word)" if m.fuzzy else "")]
                score = weight - min(dist / P["distance_chars"], 0.5)
                bonus = _metric_bonus(claim, place, row, reasons)
                if same and dist > 0 and not bonus and self._taken_by_other(n, m, row, dist):
                    score *= P["taken_by_other_claim"]
                    reasons.append("named closer to another figure")
                if comparator and claim.kind != "ratio":
                    score *= P["comparator_subject"]
                    reasons.append("named as the thing compared with")
                score += bonus
                score += _period_score(claim, row, day, reasons, self.period_of(n))
                if claim.kind == "change" and is_change_metric(row):
                    score += P["change_metric"]
                    reasons.append("a change figure for a change")
                if claim.kind == "duration" and row.unit != "date":
                    score += P["direct_measure"]
                    reasons.append("states a duration")
                if claim.kind == "count":
                    if not any(r.startswith("metric words") for r in reasons):
                        continue  # "one of Moscow's allies" is not the SCO's member count
                    if row.unit == "list":
                        score += P["list_count"]
                if score < P["floor"]:
                    continue
                old = best.get(i)
                if old is None or score > old.score:
                    best[i] = Candidate(row, round(score, 4), role, reasons, m.name)
        return sorted(best.values(), key=lambda c: (-c.score, c.row.file, c.row.line))

    def comparator_rows(self, n: int, after: int | None = None) -> list[Candidate]:
        """The rows of the thing a figure is compared with: the first entity named after a
        comparator phrase ("a third of what X sells", "equivalent to X") following claim ``n``
        (or following sentence offset ``after``), best period first."""
        claim, place = self.claims[n], self.places[n]
        pats = _patterns()
        start = place.end if after is None else after
        for m in self.ctx.mentions_of(place):
            if m.start < start:
                continue
            before = place.sentence[max(start, m.start - 30): m.start]
            if not pats["comparator_before"].search(before):
                continue
            out = []
            for i in m.rows:
                row = self.ctx.refs.rows[i]
                if row.unit in ("date", "text", "list"):
                    continue
                reasons = [f"'{m.name}' named as the thing compared with"]
                score = 1.0 + _period_score(claim, row, self.ctx.day, reasons)
                score += _metric_bonus(claim, ClaimPlace(place.index, place.sentence, m.start, m.end), row, reasons)
                out.append(Candidate(row, round(score, 4), "comparator", reasons, m.name))
            if out:
                return sorted(out, key=lambda c: (-c.score, c.row.file, c.row.line))
        return []

    def event_rows(self, n: int) -> tuple[list[Candidate], list[Candidate]]:
        """For a duration followed by a connector ("a month before he ...", "weeks before the
        invasion"): (date rows of the event after the connector, date rows named before the claim)."""
        place = self.places[n]
        pats = _patterns()
        after_text = place.sentence[place.end:]
        con = pats["connector_after"].search(after_text)
        if con is None:
            return [], []
        cut = place.end + con.end()
        own = self.ctx.mentions_of(place)
        refs = self.ctx.refs
        event: list[Candidate] = []
        # the first entity after the connector that has an event date; "he/she/it" stands for
        # the first entity of the sentence
        rest = place.sentence[cut:]
        targets = [m for m in own if m.start >= cut]
        pron = pats["pronoun"].search(rest)
        if pron:
            # "he"/"she" stands for the first person named before (an entity with a birth date),
            # "it"/"they" for the first entity named before
            person = pron.group().strip().lower() in ("he", "she", "his", "her")
            before = [m for m in own if m.start < place.start
                      and (not person or any(is_life_start(refs.rows[i]) for i in m.rows))]
            targets = before[:1] + targets
        for m in targets:
            rows = [refs.rows[i] for i in m.rows if refs.rows[i].unit == "date" and not is_life_start(refs.rows[i])]
            if rows:
                event = [Candidate(r, 1.0, "event", [f"'{m.name}' is the event after '{con.group().strip(' ,')}'"], m.name)
                         for r in rows]
                break
        start: list[Candidate] = []
        for m in own:
            if m.end > place.start or m.fuzzy or place.start - m.end > START_WINDOW:
                continue
            rows = [refs.rows[i] for i in m.rows if refs.rows[i].unit == "date" and not is_life_start(refs.rows[i])]
            if rows and not (event and rows == [c.row for c in event]):
                start = [Candidate(r, 1.0, "event", [f"'{m.name}' is the earlier event"], m.name) for r in rows]
        return event, start
