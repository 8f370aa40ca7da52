"""The report renderers: one HTML report and ClaimReview JSON-LD for the batch report and the app.

``render_html(results, ...)`` turns ``claims.pipeline.check_document`` results into one
self-contained HTML page (a jinja2 template with autoescape, inline CSS and an inline SVG chart,
no scripts, no external assets): counts by verdict and by kind, then the articles sorted by
contradicted claims, each with its claims, the reference values, sources and explanations, then
the inputs that could not be read. ``claimreview_jsonld(results, ...)`` gives schema.org
ClaimReview objects, one per claim. CSV and JSON come from ``claims.report_formats``; the batch
writes them one document at a time with :func:`csv_header` / :func:`csv_rows` here.

A claim dict may carry ``"review": {"verdict", "note", "reviewer", "time"}``, a person's
decision: the reviewed verdict wins in every count and sort, and the tool's verdict is shown
beside it.

Same input, same bytes: nothing here reads the clock, the environment or a random source; the
only time stamp in the HTML is ``generated``, passed in by the caller. Article text is untrusted:
the template escapes everything it prints (jinja2 autoescape), links are only made from
``http(s)`` reference URLs, and CSV cells go through ``claims.report_formats.csv_safe``.

The batch report (``claims.batch``) uses the streaming pieces: :func:`summarize` for the compact
per-document counts it keeps in memory, :func:`sort_order` for the article order, and
:func:`html_chunks`, which renders documents handed over one at a time, so a 100,000-article
report never holds every claim at once.
"""
from __future__ import annotations

import csv
import io
import json
from collections import Counter
from pathlib import Path
from typing import Iterable, Iterator

import jinja2
import markupsafe

from .model import KINDS
from .report_formats import CSV_COLUMNS, csv_row, csv_safe, format_interval, format_number
from .verify import VERDICTS

TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"
TEMPLATE_NAME = "report.html.j2"
DOCUMENT_TEMPLATE = "document.html.j2"

#: Verdict -> (label, colour) in the report; the colours are also the chart's.
VERDICT_STYLE = {
    "contradicted": ("contradicted", "#c62828"),
    "needs_review": ("needs review", "#ef8f00"),
    "supported": ("supported", "#2e7d32"),
    "unverifiable": ("unverifiable", "#8a8f98"),
}
#: Order of verdicts in tables and the chart: the ones a checker acts on first.
VERDICT_ORDER = ("contradicted", "needs_review", "supported", "unverifiable")

#: ClaimReview ``reviewRating``: a 1-3 scale (worst contradicted, best supported). An
#: ``unverifiable`` claim gets no ``ratingValue``: it is not a point on a true-false scale, and
#: says so in ``alternateName``.
RATING_VALUES = {"contradicted": 1, "needs_review": 2, "supported": 3}

assert set(VERDICT_STYLE) == set(VERDICTS) == set(VERDICT_ORDER)


# --------------------------------------------------------------------------------------------
# verdicts and counts

def effective_verdict(claim: dict) -> str:
    """The verdict that counts: a person's reviewed verdict when there is one, else the tool's."""
    review = claim.get("review") or {}
    return review.get("verdict") or claim.get("verdict") or "unverifiable"


def summarize(result: dict) -> dict:
    """Compact counts of one document: {"claims": n, "verdicts": {verdict: n},
    "kinds": {(kind, verdict): n}}, with reviewed verdicts counted (see effective_verdict)."""
    verdicts: Counter = Counter()
    kinds: Counter = Counter()
    for c in result.get("claims") or ():
        v = effective_verdict(c)
        verdicts[v] += 1
        kinds[(c.get("kind") or "other", v)] += 1
    return {"claims": sum(verdicts.values()), "verdicts": dict(verdicts), "kinds": dict(kinds)}


def sort_key(summary: dict, index: int) -> tuple:
    """Article order in the report: most contradicted claims first, then most claims needing
    review, then the input order (so equal documents keep the order they came in)."""
    v = summary["verdicts"]
    return (-v.get("contradicted", 0), -v.get("needs_review", 0), index)


def sort_order(summaries: list[dict]) -> list[int]:
    """Indices of ``summaries`` in report order (see sort_key)."""
    return sorted(range(len(summaries)), key=lambda i: sort_key(summaries[i], i))


class Tally:
    """Running totals over a batch: documents, claims, counts by verdict and by (kind, verdict),
    and the reference data versions seen. Small whatever the corpus size."""

    def __init__(self):
        self.documents = 0
        self.claims = 0
        self.verdicts: Counter = Counter()
        self.kinds: Counter = Counter()
        self.refs_versions: dict[str, None] = {}

    def add(self, summary: dict, result: dict | None = None, refs_version: str | None = None) -> None:
        """Count one document: its summary (:func:`summarize`), and the reference data version
        from ``refs_version`` or from its result."""
        self.documents += 1
        self.claims += summary["claims"]
        self.verdicts.update(summary["verdicts"])
        self.kinds.update(summary["kinds"])
        version = refs_version or ((result or {}).get("document") or {}).get("refs_version")
        if version:
            self.refs_versions.setdefault(version)


# --------------------------------------------------------------------------------------------
# HTML

def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATE_DIR)),
        autoescape=True,                  # every {{ }} is HTML-escaped: article text is untrusted
        undefined=jinja2.StrictUndefined,  # a typo in the template is an error, not an empty cell
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["num"] = format_number
    env.globals["verdict_style"] = VERDICT_STYLE
    return env


_ENV: jinja2.Environment | None = None


def _template(name: str = TEMPLATE_NAME) -> jinja2.Template:
    global _ENV
    if _ENV is None:
        _ENV = _environment()
    return _ENV.get_template(name)


def _safe_url(url) -> str | None:
    """``url`` when it is an absolute http(s) URL without spaces or quotes, else None: nothing
    else becomes a link (no ``javascript:``, no ``data:``)."""
    if not isinstance(url, str):
        return None
    u = url.strip()
    if not u.lower().startswith(("http://", "https://")) or any(ch in u for ch in " \t\r\n\"'<>`"):
        return None
    return u


def _value_text(value, unit) -> str:
    text = format_number(value) if value is not None else ""
    if unit and unit not in ("count", "date", "text", "list"):
        text = f"{text} {unit}".strip()
    return text


def _reference_view(ref: dict | None) -> dict | None:
    if not ref:
        return None
    period = ""
    if ref.get("period_start") or ref.get("period_end"):
        period = f"{ref.get('period_start') or '…'} to {ref.get('period_end') or '…'}"
    where = f"{ref.get('file')}:{ref.get('line')}" if ref.get("file") else ""
    return {
        "entity": ref.get("entity") or "", "metric": ref.get("metric") or "",
        "value": _value_text(ref.get("value"), ref.get("unit")), "period": period,
        "source": ref.get("source") or "", "url": _safe_url(ref.get("source_url")),
        "raw_url": ref.get("source_url") or "", "where": where,
    }


def _sentence_parts(claim: dict) -> tuple[str, str, str]:
    """The claim's sentence split around the claim text (before, claim, after); the claim is
    highlighted when its text is found in the sentence (the sentence may be the cleaned text)."""
    sentence = claim.get("sentence") or ""
    text = claim.get("text") or ""
    at = sentence.find(text) if text else -1
    if at < 0:
        return sentence, "", ""
    return sentence[:at], text, sentence[at + len(text):]


def _claim_view(claim: dict, doc_index: int) -> dict:
    review = claim.get("review") or None
    before, mark, after = _sentence_parts(claim)
    value = claim.get("value")
    return {
        "anchor": f"d{doc_index}-{claim.get('id')}",
        "id": claim.get("id") or "",
        "text": claim.get("text") or "",
        "before": before, "mark": mark, "after": after,
        "kind": claim.get("kind") or "",
        "value": value if isinstance(value, str) else _value_text(value, claim.get("unit")),
        "hedge": claim.get("hedge") or "",
        "interval": format_interval(claim.get("low"), claim.get("high")),
        "verdict": effective_verdict(claim),
        "tool_verdict": claim.get("verdict") or "",
        "review": ({"verdict": review.get("verdict") or "", "note": review.get("note") or "",
                    "reviewer": review.get("reviewer") or "", "time": review.get("time") or ""}
                   if review else None),
        "reference": _reference_view(claim.get("reference")),
        "explanation": claim.get("explanation") or "",
    }


def document_view(result: dict, doc_index: int, summary: dict | None = None) -> dict:
    """What the template shows of one document (one result of check_document)."""
    doc = result.get("document") or {}
    summary = summary or summarize(result)
    claims = result.get("claims") or []
    return {
        "anchor": f"d{doc_index}",
        "path": doc.get("path") or "",
        "title": doc.get("title") or "",
        "url": _safe_url(doc.get("url")),
        "date": doc.get("date") or "",
        "date_source": doc.get("date_source") or "",
        "sha256": doc.get("sha256") or "",
        "n_claims": summary["claims"],
        "verdicts": [(v, summary["verdicts"].get(v, 0)) for v in VERDICT_ORDER
                     if summary["verdicts"].get(v)],
        "open": bool(summary["verdicts"].get("contradicted") or summary["verdicts"].get("needs_review")),
        "claims": [_claim_view(c, doc_index) for c in claims],
    }


def render_document(result: dict, doc_index: int, summary: dict | None = None) -> str:
    """The HTML of one article in the report (a ``<details>`` block), escaped; ``doc_index``
    makes its anchors unique in the page (``#d3``, ``#d3-CLAIMID``)."""
    view = document_view(result, doc_index, summary)
    return _template(DOCUMENT_TEMPLATE).render(d=view).rstrip("\n")


#: chart geometry (px)
_CHART_LABEL_W = 90
_CHART_BAR_W = 420
_CHART_ROW_H = 22
_CHART_PAD = 6


def _chart(tally: Tally) -> dict:
    """Geometry of the inline SVG chart: one stacked bar per kind (plus "all"), one segment per
    verdict, widths proportional to the largest row. Only numbers and fixed names go in."""
    kinds = [k for k in KINDS if any(tally.kinds.get((k, v)) for v in VERDICT_ORDER)]
    kinds += sorted({k for (k, _v) in tally.kinds if k not in KINDS})
    rows = [("all claims", {v: tally.verdicts.get(v, 0) for v in VERDICT_ORDER})]
    rows += [(k, {v: tally.kinds.get((k, v), 0) for v in VERDICT_ORDER}) for k in kinds]
    biggest = max([sum(c.values()) for _, c in rows] + [1])
    out_rows = []
    for i, (label, counts) in enumerate(rows):
        y = _CHART_PAD + i * _CHART_ROW_H
        x = float(_CHART_LABEL_W)
        segments = []
        for v in VERDICT_ORDER:
            n = counts[v]
            if not n:
                continue
            w = round(_CHART_BAR_W * n / biggest, 2)
            segments.append({"x": round(x, 2), "w": w, "verdict": v, "n": n,
                             "colour": VERDICT_STYLE[v][1]})
            x += w
        out_rows.append({"label": label, "y": y, "total": sum(counts.values()),
                         "segments": segments, "end": round(x + 4, 2)})
    height = 2 * _CHART_PAD + len(rows) * _CHART_ROW_H + 24
    legend_y = _CHART_PAD + len(rows) * _CHART_ROW_H + 14
    legend = [{"x": _CHART_LABEL_W + i * 120, "verdict": v, "label": VERDICT_STYLE[v][0],
               "colour": VERDICT_STYLE[v][1]} for i, v in enumerate(VERDICT_ORDER)]
    return {"rows": out_rows, "width": _CHART_LABEL_W + _CHART_BAR_W + 60, "height": height,
            "legend": legend, "legend_y": legend_y, "row_h": _CHART_ROW_H}


def _kind_table(tally: Tally) -> list[dict]:
    kinds = [k for k in KINDS if any(tally.kinds.get((k, v)) for v in VERDICT_ORDER)]
    kinds += sorted({k for (k, _v) in tally.kinds if k not in KINDS})
    return [{"kind": k, "counts": [tally.kinds.get((k, v), 0) for v in VERDICT_ORDER],
             "total": sum(tally.kinds.get((k, v), 0) for v in VERDICT_ORDER)} for k in kinds]


def html_chunks(documents: Iterable[dict], tally: Tally, *, title: str = "Claim verification report",
                bad_inputs: Iterable[dict] = (), n_bad: int | None = None,
                generated: str | None = None, notes: Iterable[str] = ()) -> Iterator[str]:
    """The report page, in pieces (``"".join(...)`` is the page), for writing it out as it renders.

    ``documents``: the articles' HTML (:func:`render_document`) in report order, produced lazily
    by the caller; ``tally``: the totals over them; ``bad_inputs``: {"path", "error"} dicts;
    ``notes``: lines shown under the heading (e.g. the batch's reference folder).
    """
    documents = (markupsafe.Markup(d) for d in documents)  # rendered, escaped already
    bad = list(bad_inputs)
    context = {
        "title": title,
        "generated": generated,
        "notes": list(notes),
        "n_documents": tally.documents,
        "n_claims": tally.claims,
        "n_bad": len(bad) if n_bad is None else n_bad,
        "verdict_order": VERDICT_ORDER,
        "verdict_style": VERDICT_STYLE,
        "verdict_counts": [(v, tally.verdicts.get(v, 0)) for v in VERDICT_ORDER],
        "kind_table": _kind_table(tally),
        "chart": _chart(tally),
        "refs_versions": list(tally.refs_versions),
        "documents": documents,
        "bad_inputs": bad,
    }
    return _template().generate(**context)


def render_html(results: list[dict], *, title: str = "Claim verification report", bad_inputs=(),
                generated: str | None = None) -> str:
    """The report page for ``results`` (``check_document`` dicts), self-contained HTML.

    Articles are sorted by contradicted claims, then claims needing review, then input order;
    reviewed verdicts win in counts. ``bad_inputs``: [{"path", "error"}] for inputs that could
    not be read. ``generated`` is the only time stamp shown; same input, same bytes.
    """
    results = list(results)
    summaries = [summarize(r) for r in results]
    tally = Tally()
    for r, s in zip(results, summaries):
        tally.add(s, r)
    pieces = (render_document(results[i], i, summaries[i]) for i in sort_order(summaries))
    return "".join(html_chunks(pieces, tally, title=title, bad_inputs=bad_inputs, generated=generated))


# --------------------------------------------------------------------------------------------
# CSV (one row a claim, over many documents)

#: Columns of the batch ``claims.csv``: the document, then ``claims.report_formats.CSV_COLUMNS``,
#: then the rest of the reference (metric, period, file, line), the reviewed verdict, and
#: ``extra`` (any other claim keys, as JSON), so the header is fixed and rows can be streamed.
BATCH_CSV_COLUMNS = (
    ("document", "document_date", "document_sha256") + CSV_COLUMNS
    + ("reference_metric", "reference_period_start", "reference_period_end", "reference_file",
       "reference_line", "review_verdict", "review_note", "alternatives", "extra")
)
_KNOWN_CLAIM_KEYS = frozenset(CSV_COLUMNS) | {"reference", "period", "review", "alternatives"}


def csv_header() -> str:
    """The header line of the batch CSV."""
    return _csv_line(BATCH_CSV_COLUMNS)


def _csv_line(cells) -> str:
    out = io.StringIO()
    csv.writer(out).writerow(cells)
    return out.getvalue()


def csv_rows(result: dict) -> str:
    """The CSV rows (with line ends) of one document's claims, in BATCH_CSV_COLUMNS order;
    every cell goes through ``csv_safe`` (no formula injection)."""
    doc = result.get("document") or {}
    out = io.StringIO()
    writer = csv.writer(out)
    for claim in result.get("claims") or ():
        row = csv_row(claim)
        ref = claim.get("reference") or {}
        review = claim.get("review") or {}
        extra = {k: v for k, v in claim.items() if k not in _KNOWN_CLAIM_KEYS}
        row.update({
            "document": doc.get("path"), "document_date": doc.get("date"),
            "document_sha256": doc.get("sha256"),
            "reference_metric": ref.get("metric"), "reference_period_start": ref.get("period_start"),
            "reference_period_end": ref.get("period_end"), "reference_file": ref.get("file"),
            "reference_line": ref.get("line"), "review_verdict": review.get("verdict"),
            "review_note": review.get("note"),
            "alternatives": claim.get("alternatives") or None,
            "extra": extra or None,
        })
        writer.writerow([csv_safe(row.get(c)) for c in BATCH_CSV_COLUMNS])
    return out.getvalue()


# --------------------------------------------------------------------------------------------
# ClaimReview JSON-LD

def _appearance(doc: dict) -> dict:
    out = {"@type": "CreativeWork"}
    if _safe_url(doc.get("url")):
        out["url"] = doc["url"].strip()
    out["name"] = doc.get("title") or doc.get("path") or ""
    if doc.get("date"):
        out["datePublished"] = doc["date"]
    return out


def _evidence(ref: dict, refs_version: str | None) -> dict:
    value = ref.get("value")
    out = {
        "@type": "Dataset",
        "name": " ".join(str(x) for x in (ref.get("entity"), ref.get("metric")) if x),
        "creator": {"@type": "Organization", "name": ref.get("source") or ""},
        "variableMeasured": {"@type": "PropertyValue", "name": ref.get("metric") or "",
                             "value": value, "unitText": ref.get("unit") or ""},
        "about": ref.get("entity") or "",
    }
    if ref.get("source_url"):
        out["url"] = ref["source_url"]
    if ref.get("period_start") or ref.get("period_end"):
        out["temporalCoverage"] = f"{ref.get('period_start') or '..'}/{ref.get('period_end') or '..'}"
    if ref.get("file"):
        out["identifier"] = f"{ref['file']}:{ref.get('line')}"
    if refs_version:
        out["version"] = refs_version
    return out


def claimreview_jsonld(results, *, author: str = "Claim check workbench",
                       only_reviewed: bool = False) -> list[dict]:
    """schema.org ClaimReview objects, one per claim of ``results`` (per reviewed claim when
    ``only_reviewed``), in document then claim order.

    ``claimReviewed`` is the claim's sentence; ``itemReviewed`` the Claim (its text, where it
    appeared, when); ``reviewRating.alternateName`` the verdict (the reviewed one when a person
    decided, see effective_verdict) with ``ratingValue`` on a 1-3 scale (none for
    ``unverifiable``) and ``ratingExplanation`` the reviewer's note or the tool's explanation;
    ``isBasedOn`` the reference row (source URL, entity, metric, value, unit, file:line, the
    reference data version). ``datePublished`` is the review's date when a person reviewed the
    claim, and left out for tool verdicts (nothing here reads the clock). ``url`` is the
    document's URL (or path) with ``#claim-ID``.
    """
    out = []
    for result in results:
        doc = result.get("document") or {}
        base = doc.get("url") if _safe_url(doc.get("url")) else (doc.get("path") or "")
        for claim in result.get("claims") or ():
            review = claim.get("review") or None
            if only_reviewed and not review:
                continue
            verdict = effective_verdict(claim)
            rating = {"@type": "Rating", "alternateName": verdict}
            if verdict in RATING_VALUES:
                rating.update({"ratingValue": RATING_VALUES[verdict], "worstRating": 1,
                               "bestRating": max(RATING_VALUES.values())})
            explanation = (review or {}).get("note") or claim.get("explanation") or ""
            if explanation:
                rating["ratingExplanation"] = explanation
            item = {
                "@context": "https://schema.org",
                "@type": "ClaimReview",
                "claimReviewed": claim.get("sentence") or claim.get("text") or "",
                "itemReviewed": {
                    "@type": "Claim",
                    "text": claim.get("text") or "",
                    "appearance": _appearance(doc),
                    "firstAppearance": _appearance(doc),
                },
                "reviewRating": rating,
                "author": {"@type": "Organization", "name": author},
                "url": f"{base}#claim-{claim.get('id')}",
                "identifier": claim.get("id") or "",
            }
            if doc.get("date"):
                item["itemReviewed"]["datePublished"] = doc["date"]
            if review and review.get("time"):
                item["datePublished"] = str(review["time"])[:10]
            if review and review.get("reviewer"):
                item["contributor"] = {"@type": "Person", "name": review["reviewer"]}
            if review and review.get("verdict") and review.get("verdict") != claim.get("verdict"):
                rating["description"] = f"reviewed; the tool's verdict was {claim.get('verdict')}"
            evidence = []
            if claim.get("reference"):
                evidence.append(_evidence(claim["reference"], doc.get("refs_version")))
            if evidence:
                item["isBasedOn"] = evidence
            out.append(item)
    return out


def jsonld_document(items: list[dict]) -> str:
    """ClaimReview items as one JSON-LD document (a ``@graph``, one item a line), stable; the
    same layout as the batch report's ``claimreview.jsonld``."""
    lines = [json.dumps({k: v for k, v in item.items() if k != "@context"}, ensure_ascii=False)
             for item in items]
    body = ("\n" + ",\n".join(lines) + "\n") if lines else ""
    return '{"@context": "https://schema.org", "@graph": [' + body + "]}\n"
