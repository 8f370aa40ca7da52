"""What the review app shows, computed without Streamlit: highlights, table rows, edits, evidence.

``app.py`` is a thin shell over these functions; they take and return plain data (the section 4
dicts, lists of dicts, strings), so they are tested without a browser or a Streamlit runtime.

Article text is untrusted: every piece of it that reaches HTML goes through ``html.escape``, and
the app renders the result with ``st.html``, which does not read Markdown, so ``$x$``,
``:red[x]`` and ``**x**`` show exactly as typed.
"""
from __future__ import annotations

import copy
import datetime as dt
import html
import math
from typing import Iterable

from .report import VERDICT_STYLE, effective_verdict
from .report_formats import format_interval, format_number
from .verify import VERDICTS

__all__ = [
    "VERDICT_COLORS", "merge_reviews", "effective_verdict", "verdict_counts", "highlight_html",
    "legend_html", "table_rows", "filter_claims", "decisions_from_edits", "reference_choices",
    "reference_label", "chart_frames", "evidence_chart", "search_refs", "ref_rows", "claim_label",
]

#: Verdict -> (label, strong colour, light background, symbol). The strong colours are the batch
#: report's (claims.report.VERDICT_STYLE), so the app and the report read alike; the symbol keeps
#: verdicts apart for readers who do not tell the colours apart.
VERDICT_COLORS = {
    "supported": (VERDICT_STYLE["supported"][0], VERDICT_STYLE["supported"][1], "#d7f0d8", "\u2713"),
    "contradicted": (VERDICT_STYLE["contradicted"][0], VERDICT_STYLE["contradicted"][1], "#fbd3d0", "\u2717"),
    "needs_review": (VERDICT_STYLE["needs_review"][0], VERDICT_STYLE["needs_review"][1], "#ffe6b8", "?"),
    "unverifiable": (VERDICT_STYLE["unverifiable"][0], VERDICT_STYLE["unverifiable"][1], "#e6e8eb", "\u2013"),
}
assert set(VERDICT_COLORS) == set(VERDICTS)


# --------------------------------------------------------------------------------------------
# decisions merged into the result

def merge_reviews(result: dict, decisions: dict[str, dict], meta: dict | None = None) -> dict:
    """A copy of ``result`` (``check_document``'s dict) with each decided claim carrying
    ``"review": {"verdict", "note", "reviewer", "time"}`` (plus ``"tool_verdict"``: the tool's
    verdict when the person decided, and ``"reference"`` when they picked another reference row).

    A picked reference replaces the claim's ``reference`` (the tool's stays in
    ``tool_reference``), so every export cites the row the person chose. ``verdict`` stays the
    tool's: the reviewed verdict wins through ``effective_verdict``. ``meta`` (the article's
    sidecar) adds ``url`` and ``title`` to the document, for the ClaimReview export.
    """
    out = {"document": dict(result.get("document") or {}), "claims": []}
    for key in ("url", "title"):
        if meta and isinstance(meta.get(key), str) and meta[key].strip():
            out["document"][key] = meta[key].strip()
    for claim in result.get("claims") or ():
        c = dict(claim)
        d = decisions.get(c.get("id"))
        if d and d.get("verdict"):
            review = {"verdict": d["verdict"], "note": d.get("note") or "",
                      "reviewer": d.get("reviewer") or "", "time": d.get("time") or "",
                      "tool_verdict": d.get("tool_verdict")}
            if d.get("reference"):
                review["reference"] = d["reference"]
                if not _same_row(d["reference"], c.get("reference")):
                    c["tool_reference"] = c.get("reference")
                    c["reference"] = copy.deepcopy(d["reference"])
            c["review"] = review
        out["claims"].append(c)
    return out


def _same_row(a: dict | None, b: dict | None) -> bool:
    if not a or not b:
        return a == b
    return (a.get("file"), a.get("line"), a.get("entity"), a.get("metric")) == \
        (b.get("file"), b.get("line"), b.get("entity"), b.get("metric"))


def verdict_counts(claims: Iterable[dict]) -> dict[str, int]:
    """Claims per verdict, the reviewed verdict winning; every verdict present (0 if none)."""
    counts = dict.fromkeys(VERDICTS, 0)
    for c in claims:
        counts[effective_verdict(c)] += 1
    return counts


# --------------------------------------------------------------------------------------------
# the article with its claims highlighted

_STYLE = (
    "<style>"
    ".claims-article{white-space:pre-wrap;font-family:Georgia,'Times New Roman',serif;"
    "font-size:1.02rem;line-height:1.65;max-height:34rem;overflow-y:auto;padding:0.6rem 0.9rem;"
    "border:1px solid #d0d4da;border-radius:0.4rem;background:#fff;color:#1f2328}"
    ".claims-article mark{padding:0 0.12em;border-radius:0.2em;color:inherit;"
    "border-bottom:2px solid transparent}"
    ".claims-article mark.reviewed{outline:2px solid #1f2328;outline-offset:0}"
    ".claims-article mark::after{font-size:0.7em;vertical-align:super;padding-left:0.1em;"
    "font-family:sans-serif}"
    ".claims-legend{display:flex;flex-wrap:wrap;gap:0.8rem;font-size:0.9rem;margin:0.2rem 0 0.6rem}"
    ".claims-legend span.key{padding:0.05rem 0.4rem;border-radius:0.2em}"
    + "".join(
        f".claims-article mark.v-{v},.claims-legend .v-{v}{{background:{bg};border-bottom-color:{fg}}}"
        f".claims-article mark.v-{v}::after{{content:'{sym}';color:{fg}}}"
        for v, (_label, fg, bg, sym) in VERDICT_COLORS.items()
    )
    + "</style>"
)


def highlight_html(raw: str, claims: list[dict], *, selected: str | None = None) -> str:
    """The article as HTML: every claim a ``<mark>`` in its verdict's colour (the reviewed verdict
    when a person decided; reviewed claims outlined), with the verdict and explanation as its
    tooltip. All article text is escaped. Overlapping spans are clipped so each character is
    drawn once. ``selected``: a claim id to mark with ``aria-current``.
    """
    out = [_STYLE, '<div class="claims-article" role="article">']
    pos = 0
    for c in sorted(claims, key=lambda c: (c.get("start", 0), -c.get("end", 0))):
        start, end = max(int(c.get("start", 0)), pos), min(int(c.get("end", 0)), len(raw))
        if end <= start:
            continue
        verdict = effective_verdict(c)
        review = c.get("review") or {}
        label = VERDICT_COLORS[verdict][0]
        tip = f"{label}" + (f" (reviewed by {review.get('reviewer') or 'a reviewer'}; tool: "
                            f"{VERDICT_COLORS.get(c.get('verdict'), (c.get('verdict'),))[0]})" if review else "")
        why = review.get("note") or c.get("explanation") or ""
        if why:
            tip += f": {why}"
        classes = f"v-{verdict}" + (" reviewed" if review else "")
        current = ' aria-current="true"' if selected and c.get("id") == selected else ""
        out.append(html.escape(raw[pos:start]))
        out.append(f'<mark class="{classes}" data-claim="{html.escape(str(c.get("id", "")), quote=True)}"'
                   f' data-verdict="{verdict}" title="{html.escape(tip, quote=True)}"{current}>'
                   f"{html.escape(raw[start:end])}</mark>")
        pos = end
    out.append(html.escape(raw[pos:]))
    out.append("</div>")
    return "".join(out)


def legend_html(counts: dict[str, int] | None = None) -> str:
    """The colour key: one swatch per verdict (with its count when given) and the outline mark."""
    items = []
    for v, (label, _fg, _bg, sym) in VERDICT_COLORS.items():
        n = f" ({counts.get(v, 0)})" if counts is not None else ""
        items.append(f'<span><span class="key v-{v}">{sym} {html.escape(label)}</span>{n}</span>')
    items.append('<span><span class="key" style="outline:2px solid #1f2328">outlined</span>'
                 " = reviewed by a person</span>")
    return _STYLE + '<div class="claims-legend">' + "".join(items) + "</div>"


# --------------------------------------------------------------------------------------------
# the claims table

#: Table columns, in order. ``verdict``, ``reviewed`` and ``note`` are the editable ones.
TABLE_COLUMNS = ("claim", "kind", "value", "interval", "tool_verdict", "verdict", "reviewed", "note",
                 "reference", "source", "source_url", "explanation", "reviewer")
EDITABLE_COLUMNS = ("verdict", "reviewed", "note")


def value_text(value, unit) -> str:
    """A claim's or reference's value for reading: "50 bcm / year", "2022-09", "0.3333"."""
    if value is None:
        return unit or ""
    text = format_number(value) if isinstance(value, (int, float)) else str(value)
    return f"{text} {unit}" if unit and unit not in ("date", "count") else text


def interval_text(claim: dict) -> str:
    """The interval a claim asserts, with its hedge: "nearly: 28.33 to 33.33"."""
    low, high = claim.get("low"), claim.get("high")
    text = format_interval(low, high) if not isinstance(low, str) and not isinstance(high, str) else \
        f"{low or '…'} to {high or '…'}"
    if claim.get("hedge"):
        return f"{claim['hedge']}: {text}" if text else claim["hedge"]
    return text


def reference_label(ref: dict | None) -> str:
    """One line naming a reference row: "Nord Stream 1 capacity = 55 bcm/year (2012-10-08 to …)"."""
    if not ref:
        return ""
    period = ""
    if ref.get("period_start") or ref.get("period_end"):
        period = f" ({ref.get('period_start') or '…'} to {ref.get('period_end') or '…'})"
    return f"{ref.get('entity', '')} {ref.get('metric', '')} = {value_text(ref.get('value'), ref.get('unit'))}{period}"


def table_rows(claims: list[dict]) -> list[dict]:
    """One row per claim for the review table (``TABLE_COLUMNS``, plus ``id``), in claim order."""
    rows = []
    for c in claims:
        review = c.get("review") or {}
        ref = c.get("reference") or {}
        rows.append({
            "id": c.get("id", ""),
            "claim": c.get("text", ""),
            "kind": c.get("kind", ""),
            "value": value_text(c.get("value"), c.get("unit")),
            "interval": interval_text(c),
            "tool_verdict": c.get("verdict") or "unverifiable",
            "verdict": effective_verdict(c),
            "reviewed": bool(review),
            "note": review.get("note", ""),
            "reference": reference_label(ref) if ref else "",
            "source": ref.get("source") or "",
            "source_url": _safe_url(ref.get("source_url")),
            "explanation": c.get("explanation") or "",
            "reviewer": review.get("reviewer", ""),
        })
    return rows


def _safe_url(url) -> str | None:
    """http(s) URLs only: a ``javascript:`` link from reference data never becomes clickable."""
    if isinstance(url, str) and url.strip().lower().startswith(("https://", "http://")):
        return url.strip()
    return None


def filter_claims(claims: list[dict], verdicts: Iterable[str] | None = None,
                  kinds: Iterable[str] | None = None) -> list[dict]:
    """Claims whose (effective) verdict and kind are among those chosen; None or empty = all."""
    verdicts = set(verdicts or ())
    kinds = set(kinds or ())
    return [c for c in claims
            if (not verdicts or effective_verdict(c) in verdicts) and (not kinds or c.get("kind") in kinds)]


def decisions_from_edits(rows: list[dict], edited_rows: dict) -> list[dict]:
    """The decisions a data editor's ``edited_rows`` ({row position: {column: new value}}) make.

    ``rows`` are the ``table_rows`` the editor showed. Each edited row gives one decision
    ``{"claim_id", "verdict", "note"}``: ``verdict`` None when the reviewer unticked
    ``reviewed`` (the decision is withdrawn); otherwise the row's verdict (edited or as shown)
    and note. A row whose edits change nothing gives no decision.
    """
    out = []
    for pos, changes in sorted(edited_rows.items(), key=lambda kv: int(kv[0])):
        pos = int(pos)
        if not 0 <= pos < len(rows) or not changes:
            continue
        row = rows[pos]
        new = {**row, **{k: v for k, v in changes.items() if k in EDITABLE_COLUMNS}}
        note = "" if new.get("note") is None else str(new["note"])
        verdict = new.get("verdict") if new.get("verdict") in VERDICTS else row["verdict"]
        if "reviewed" in changes and not new.get("reviewed"):
            if row["reviewed"]:
                out.append({"claim_id": row["id"], "verdict": None, "note": note})
            continue
        if verdict == row["verdict"] and note == (row.get("note") or "") and \
                bool(new.get("reviewed")) == row["reviewed"]:
            continue
        out.append({"claim_id": row["id"], "verdict": verdict, "note": note})
    return out


def claim_label(claim: dict) -> str:
    """A claim as one line in a picker: its text, kind and verdict."""
    text = " ".join(str(claim.get("text", "")).split())
    if len(text) > 60:
        text = text[:59] + "…"
    return f"{text}  [{claim.get('kind', '')}, {effective_verdict(claim)}]"


# --------------------------------------------------------------------------------------------
# evidence: reference rows and the chart

def reference_choices(claim: dict) -> list[dict]:
    """The rows a reviewer can pick for a claim: the current reference, then the tool's (when
    the reviewer picked another), then the alternatives, each once, best score first."""
    out: list[dict] = []
    for ref in [claim.get("reference"), claim.get("tool_reference"), *(claim.get("alternatives") or ())]:
        if ref and not any(_same_row(ref, r) for r in out):
            out.append(ref)
    return out


def _to_date(value) -> dt.date | None:
    """An ISO date (YYYY, YYYY-MM, YYYY-MM-DD; the first day when not complete), else None."""
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    s = value.strip()
    try:
        if len(s) == 4 and s.isdigit():
            return dt.date(int(s), 1, 1)
        if len(s) == 7 and s[4] == "-":
            return dt.date(int(s[:4]), int(s[5:7]), 1)
        return dt.date.fromisoformat(s[:10])
    except ValueError:
        return None


def _date_span(value) -> tuple[dt.date, dt.date] | None:
    """The days a date claim's value covers: "1991" the year, "2022-02" the month, "2022-W36" the
    ISO week, "2023/2032" the years between, "2022-09-14" the day."""
    if not isinstance(value, str):
        return None
    s = value.strip()
    try:
        if "/" in s:
            a, b = (_date_span(p) for p in s.split("/", 1))
            return (a[0], b[1]) if a and b else None
        if len(s) == 4 and s.isdigit():
            return dt.date(int(s), 1, 1), dt.date(int(s), 12, 31)
        if len(s) == 7 and s[4] == "-":
            y, m = int(s[:4]), int(s[5:7])
            nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
            return dt.date(y, m, 1), nxt - dt.timedelta(days=1)
        if len(s) == 8 and s[4:6] == "-W":
            monday = dt.date.fromisocalendar(int(s[:4]), int(s[6:8]), 1)
            return monday, monday + dt.timedelta(days=6)
        d = dt.date.fromisoformat(s[:10])
        return d, d
    except (ValueError, TypeError):
        return None


_DAYS = {"year": 365.2425, "month": 30.436875, "week": 7.0, "day": 1.0}


def chart_frames(claim: dict, doc_date: str | dt.date | None, refs: list[dict]) -> dict | None:
    """The data of the evidence chart, or None when there is nothing to draw.

    ``mode`` "value": ``refs`` rows over their periods (x: time, y: value in the chart's unit)
    against the band of the claimed interval over the claim's period. ``mode`` "date": a
    timeline (x: time, one lane per row) of the reference dates against the days the claim
    allows (a date claim's span; for an age or duration, the start dates its interval implies
    on the article's date). Rows that cannot be put on the chart's axis are counted in
    ``skipped``.
    """
    from .units import convert

    day = _to_date(doc_date) if doc_date else None
    day = day or dt.date.today()
    if not refs:
        return None
    if claim.get("kind") == "date":
        return _date_frames(claim, day, refs)
    unit = claim.get("unit")
    rows, skipped = [], 0
    for r in refs:
        v, ru = r.get("value_in_claim_unit"), r.get("unit")
        if _is_number(v):
            # the verifier's reading of the row in the claim's unit (an age from a birth date,
            # a ratio from two figures): the value the verdict compared
            v = float(v)
        else:
            v = r.get("value")
            if not _is_number(v) or ru in ("date", "list", "text"):
                skipped += 1
                continue
            try:
                if unit and ru and ru != "count":
                    v = convert(float(v), ru, unit)
                elif not unit and ru and ru != "count":
                    v = convert(float(v), ru, "dimensionless")
            except ValueError:
                skipped += 1
                continue
        rows.append({"label": reference_label(r), "value": float(v), "source": r.get("source") or "",
                     "start": _to_date(r.get("period_start")), "end": _to_date(r.get("period_end"))})
    if not rows:
        if any(r.get("unit") == "date" for r in refs):
            return _date_frames(claim, day, refs)
        return {"mode": "none", "skipped": skipped}
    period = claim.get("period") or {}
    c_start, c_end = _to_date(period.get("start")), _to_date(period.get("end"))
    known = [d for r in rows for d in (r["start"], r["end"]) if d] + [d for d in (c_start, c_end) if d] + [day]
    lo_day, hi_day = min(known), max(known)
    if lo_day == hi_day:
        lo_day = lo_day - dt.timedelta(days=365)
    for r in rows:
        r["start"] = r["start"] or lo_day
        r["end"] = r["end"] or hi_day
    low, high = claim.get("low"), claim.get("high")
    numbers = [r["value"] for r in rows] + [x for x in (low, high) if isinstance(x, (int, float))]
    top = max(numbers) * 1.25 if max(numbers) > 0 else 1.0
    band = {"low": float(low) if isinstance(low, (int, float)) else 0.0,
            "high": float(high) if isinstance(high, (int, float)) else top,
            "start": c_start or lo_day, "end": c_end or hi_day,
            "open_low": not isinstance(low, (int, float)), "open_high": not isinstance(high, (int, float))}
    if not all(math.isfinite(x) for x in (band["low"], band["high"])):
        return {"mode": "none", "skipped": skipped}
    return {"mode": "value", "unit": unit or "", "refs": rows, "claim": band, "skipped": skipped}


def _is_number(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def _date_frames(claim: dict, day: dt.date, refs: list[dict]) -> dict:
    rows, skipped = [], 0
    for r in refs:
        span = _date_span(str(r.get("value"))) if r.get("unit") == "date" else None
        if span is None:
            skipped += 1
            continue
        rows.append({"label": reference_label(r), "start": span[0], "end": span[1],
                     "source": r.get("source") or ""})
    band = None
    if claim.get("kind") == "date":
        span = _date_span(claim.get("value"))
        if span:
            band = {"start": span[0], "end": span[1], "label": f"claimed: {claim.get('text', '')}"}
    else:
        factor = _DAYS.get(str(claim.get("unit") or "").strip())
        low, high = claim.get("low"), claim.get("high")
        if factor and (isinstance(low, (int, float)) or isinstance(high, (int, float))):
            # an age of 68.5 to 69.5 years on the article's date: born between these days
            far = min([r["start"] for r in rows] + [day]) - dt.timedelta(days=365)
            start = day - dt.timedelta(days=high * factor) if isinstance(high, (int, float)) else far
            end = day - dt.timedelta(days=low * factor) if isinstance(low, (int, float)) else day
            band = {"start": start, "end": end,
                    "label": f"claimed: {claim.get('text', '')} before {day.isoformat()}"}
    if not rows and band is None:
        return {"mode": "none", "skipped": skipped}
    return {"mode": "date", "refs": rows, "claim": band, "skipped": skipped}


def evidence_chart(frames: dict):
    """The Altair chart for ``chart_frames``'s data (None for mode "none")."""
    import altair as alt
    import pandas as pd

    if not frames or frames.get("mode") not in ("value", "date"):
        return None
    if frames["mode"] == "value":
        refs = pd.DataFrame(frames["refs"])
        refs["start"] = pd.to_datetime(refs["start"])
        refs["end"] = pd.to_datetime(refs["end"])
        band = pd.DataFrame([frames["claim"]])
        band["start"] = pd.to_datetime(band["start"])
        band["end"] = pd.to_datetime(band["end"])
        band["what"] = "claimed interval"
        y_title = f"value ({frames['unit']})" if frames["unit"] else "value"
        area = alt.Chart(band).mark_rect(opacity=0.25, color="#1f77b4").encode(
            x=alt.X("start:T", title="period"), x2="end:T",
            y=alt.Y("low:Q", title=y_title), y2="high:Q",
            tooltip=[alt.Tooltip("what:N", title=""), alt.Tooltip("low:Q", title="from"),
                     alt.Tooltip("high:Q", title="to")])
        rules = alt.Chart(refs).mark_rule(strokeWidth=3, color="#c62828").encode(
            x="start:T", x2="end:T", y="value:Q",
            tooltip=[alt.Tooltip("label:N", title="reference"), alt.Tooltip("value:Q", title="value"),
                     alt.Tooltip("source:N", title="source")])
        points = alt.Chart(refs).mark_point(filled=True, size=60, color="#c62828").encode(
            x="end:T", y="value:Q", tooltip=[alt.Tooltip("label:N", title="reference")])
        return (area + rules + points).properties(height=260)
    lanes = [{"lane": "reference: " + r["label"], "start": r["start"], "end": r["end"], "kind": "reference"}
             for r in frames["refs"]]
    if frames.get("claim"):
        b = frames["claim"]
        lanes.insert(0, {"lane": b["label"], "start": b["start"], "end": b["end"], "kind": "claimed"})
    data = pd.DataFrame(lanes)
    data["start"] = pd.to_datetime(data["start"])
    data["end"] = pd.to_datetime(data["end"]) + pd.Timedelta(days=1)
    y = alt.Y("lane:N", title=None, sort=None, axis=alt.Axis(labelLimit=360))
    color = alt.Color("kind:N", scale=alt.Scale(domain=["claimed", "reference"],
                                                range=["#1f77b4", "#c62828"]), title=None)
    tooltip = [alt.Tooltip("lane:N", title=""), alt.Tooltip("start:T", title="from"),
               alt.Tooltip("end:T", title="until")]
    bars = alt.Chart(data).mark_bar(height=14, opacity=0.6).encode(
        x=alt.X("start:T", title="date"), x2="end:T", y=y, color=color, tooltip=tooltip)
    # a one-day span is a hairline at the scale of decades: a point marks where it is
    ticks = alt.Chart(data).mark_point(filled=True, size=50).encode(x="start:T", y=y, color=color,
                                                                    tooltip=tooltip)
    return (bars + ticks    ).properties(height=max(80, 34 * len(lanes)))


# --------------------------------------------------------------------------------------------
# the reference data browser

def ref_rows(rows) -> list[dict]:
    """``RefRow``s as table rows for the browser: the CSV columns plus where the row is."""
    out = []
    for r in rows:
        out.append({
            "entity": r.entity, "aliases": " | ".join(r.aliases), "metric": r.metric,
            "value": value_text(r.value, r.unit), "unit": r.unit,
            "period_start": r.period_start.isoformat() if r.period_start else "",
            "period_end": r.period_end.isoformat() if r.period_end else "",
            "source": r.source, "source_url": _safe_url(r.source_url), "notes": r.notes,
            "where": r.where,
        })
    return out


def search_refs(rows, query: str) -> list:
    """The rows matching every word of ``query`` (case-insensitive) in entity, aliases, metric,
    value, unit, source, notes or file; all rows for an empty query."""
    words = [w for w in (query or "").lower().split() if w]
    if not words:
        return list(rows)
    out = []
    for r in rows:
        hay = " ".join((r.entity, " ".join(r.aliases), r.metric, str(r.value), r.unit, r.source,
                        r.source_url, r.notes, r.where)).lower()
        if all(w in hay for w in words):
            out.append(r)
    return out


# --------------------------------------------------------------------------------------------
# exports

def export_name(path: str) -> str:
    """A file-name stem for exports of the article at ``path``: "xi_samarkand", "pasted"."""
    from pathlib import PurePath

    stem = PurePath(str(path or "article")).stem.strip("<>") or "article"
    safe = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in stem)[:60]
    return safe or "article"


def exports(merged: dict, *, author: str = "Claim check workbench", generated: str | None = None) -> dict:
    """The reviewed result in every export format: {format: (file name, MIME type, text)}.

    ``csv``: the batch report's CSV (``claims.report.csv_rows``: formula injection escaped, the
    reviewed verdict and note in ``review_verdict``/``review_note``); ``json``: the section 4
    JSON with each decided claim's ``review``; ``jsonld``: schema.org ClaimReview, one per
    reviewed claim; ``html``: the batch report's page for this one article.
    """
    from .report import claimreview_jsonld, csv_header, csv_rows, jsonld_document, render_html
    from .report_formats import to_json

    stem = export_name((merged.get("document") or {}).get("path", ""))
    title = f"Claim review: {(merged.get('document') or {}).get('title') or (merged.get('document') or {}).get('path') or 'article'}"
    return {
        "csv": (f"{stem}.claims.csv", "text/csv", csv_header() + csv_rows(merged)),
        "json": (f"{stem}.claims.json", "application/json", to_json(merged) + "\n"),
        "jsonld": (f"{stem}.claimreview.jsonld", "application/ld+json",
                   jsonld_document(claimreview_jsonld([merged], author=author, only_reviewed=True)) + "\n"),
        "html": (f"{stem}.report.html", "text/html", render_html([merged], title=title, generated=generated)),
    }
