"""Renderers for ``python -m claims check``: JSON (DESIGN section 4), CSV, and a readable table.

Each takes the Document and the claim dicts (``Claim.to_dict()`` plus ``verdict``, ``reference``
and ``explanation``) and returns a string. Nothing here prints; the CLI does.
"""
from __future__ import annotations

import csv
import io
import json
import math
import unicodedata

import regex

#: CSV columns, in order: the section 4 claim keys with ``reference`` flattened. Keys a claim dict
#: has beyond these are appended after them, so nothing is lost.
CSV_COLUMNS = (
    "id", "text", "start", "end", "sentence", "kind", "value", "unit", "hedge", "low", "high",
    "direction", "noun", "period_start", "period_end", "period_text",
    "verdict", "reference_entity", "reference_value", "reference_unit", "reference_source",
    "reference_source_url", "explanation",
)
_REFERENCE_COLUMNS = ("entity", "value", "unit", "source", "source_url")

#: First characters that make a spreadsheet read a cell as a formula (CSV/formula injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = regex.compile(r"[+-]?+(?:[0-9]++(?:\.[0-9]*+)?+|\.[0-9]++)(?:[eE][+-]?+[0-9]++)?+")


def to_json(result: dict) -> str:
    """The section 4 JSON (``claims.pipeline.check_document``'s result), indented, not ASCII-escaped."""
    return json.dumps(result, indent=2, ensure_ascii=False)


# --------------------------------------------------------------------------------------------
# CSV

def csv_safe(cell) -> str:
    """A cell as CSV text that no spreadsheet runs as a formula.

    Text starting with ``= + - @``, a tab or a carriage return gets a leading apostrophe
    (``=1+1`` -> ``'=1+1``), unless it is a plain number (``-3.5`` stays a number).
    Numbers are written as numbers, None as an empty cell.
    """
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "true" if cell else "false"
    if isinstance(cell, (int, float)):
        return repr(cell) if isinstance(cell, float) and not math.isfinite(cell) else str(cell)
    if isinstance(cell, (dict, list, tuple)):
        cell = json.dumps(cell, ensure_ascii=False)
    text = str(cell)
    if text.startswith(FORMULA_STARTS) and not _PLAIN_NUMBER.fullmatch(text):
        return "'" + text
    return text


def csv_row(item: dict) -> dict:
    """One claim dict flattened to CSV columns (``reference`` and ``period`` spread out)."""
    row = {}
    for key, value in item.items():
        if key == "reference":
            ref = value or {}
            for k in _REFERENCE_COLUMNS:
                row[f"reference_{k}"] = ref.get(k)
        elif key == "period":
            period = value or {}
            for k in ("start", "end", "text"):
                row[f"period_{k}"] = period.get(k)
        else:
            row[key] = value
    return row


def to_csv(items: list[dict]) -> str:
    """One row per claim; columns ``CSV_COLUMNS`` then any extra keys; every cell ``csv_safe``."""
    rows = [csv_row(item) for item in items]
    columns = list(CSV_COLUMNS)
    for row in rows:
        columns.extend(k for k in row if k not in columns)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([csv_safe(row.get(c)) for c in columns])
    return out.getvalue()


# --------------------------------------------------------------------------------------------
# table

TABLE_COLUMNS = ("id", "kind", "text", "value", "unit", "hedge", "interval", "reference", "verdict")
MAX_TEXT_WIDTH = 40


def format_number(v) -> str:
    """A number for reading: 50.0 -> "50", 97710000000.0 -> "97,710,000,000", 0.33333 -> "0.3333"."""
    if v is None:
        return ""
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return str(v)
    if isinstance(v, float) and not math.isfinite(v):
        return "∞" if v > 0 else ("-∞" if v < 0 else "nan")
    if float(v).is_integer() and abs(v) < 1e15:
        return f"{int(v):,}"
    if abs(v) >= 1e15 or abs(v) < 1e-4:
        return f"{v:.4g}"
    return f"{v:,.4f}".rstrip("0").rstrip(".")


def format_interval(low, high) -> str:
    """The asserted interval: "49.5 to 50.5", "2 to …" (open above), "… to 50" (open below)."""
    if low is None and high is None:
        return ""
    return f"{format_number(low) if low is not None else '…'} to {format_number(high) if high is not None else '…'}"


def _one_line(text, width: int | None = None) -> str:
    text = " ".join(str(text or "").split())
    text = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in text)
    if width and len(text) > width:
        text = text[: width - 1] + "…"
    return text


def _cells(item: dict) -> list[str]:
    return [
        _one_line(item.get("id")),
        _one_line(item.get("kind")),
        _one_line(item.get("text"), MAX_TEXT_WIDTH),
        _one_line(format_number(item.get("value"))),
        _one_line(item.get("unit")),
        _one_line(item.get("hedge")),
        format_interval(item.get("low"), item.get("high")),
        _one_line(_reference_cell(item.get("reference")), 28),
        _one_line(item.get("verdict")),
    ]


def _reference_cell(ref) -> str:
    """The reference value in the claim's unit, and where it comes from: "29 (trade.csv:3)"."""
    if not ref:
        return ""
    value = ref.get("value_in_claim_unit", ref.get("value"))
    return f"{format_number(value)} ({ref.get('file')}:{ref.get('line')})"


def to_table(doc, items: list[dict]) -> str:
    """A readable, aligned table of the claims, under a header naming the document and its date."""
    lines = [f"{doc.path}  sha256 {doc.sha256[:12]}"]
    date = doc.date.isoformat() if doc.date else "none"
    if doc.date_source == "assumed today":
        lines.append(f"date: {date}, assumed today: no --date, front matter, sidecar or dateline gave one;"
                     " ages and durations are checked as of today")
    else:
        lines.append(f"date: {date} (from {doc.date_source})")
    counts: dict[str, int] = {}
    for item in items:
        counts[item.get("verdict") or "unverifiable"] = counts.get(item.get("verdict") or "unverifiable", 0) + 1
    summary = ", ".join(f"{counts[v]} {v}" for v in ("supported", "contradicted", "needs_review", "unverifiable")
                        if v in counts)
    lines.append(f"{len(items)} claim{'s' if len(items) != 1 else ''}" + (f": {summary}" if summary else ""))
    if not items:
        return "\n".join(lines)
    rows = [list(TABLE_COLUMNS)] + [_cells(item) for item in items]
    widths = [max(len(r[i]) for r in rows) for i in range(len(TABLE_COLUMNS))]
    right = {TABLE_COLUMNS.index("value")}
    lines.append("")
    for n, r in enumerate(rows):
        cells = [c.rjust(w) if i in right and n else c.ljust(w) for i, (c, w) in enumerate(zip(r, widths))]
        lines.append("  ".join(cells).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)
