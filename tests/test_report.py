"""claims.report: the HTML report, the batch CSV rows and ClaimReview JSON-LD.

The input is ``tests/golden/report_input.json``: three real ``check_document`` results (the demo
article, a hostile article, an article without claims) frozen once, with verdicts, reference rows
(real rows of reference_data/) and review decisions set by hand to cover every verdict, a
reviewed verdict that differs from the tool's, and hostile text in every field. The whole outputs
are golden files (regenerate with UPDATE_GOLDEN=1 and read the diff).
"""
from __future__ import annotations

import copy
import csv
import html.parser
import io
import json
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims import report
from claims.report_formats import FORMULA_STARTS

GOLDEN_DIR = Path(__file__).with_name("golden")
INPUT = json.loads((GOLDEN_DIR / "report_input.json").read_text(encoding="utf-8"))
RESULTS = INPUT["results"]
BAD = INPUT["bad_inputs"]
GENERATED = "2026-11-28 12:00 UTC"

#: every tag the template writes; anything else in the output came from the data
TEMPLATE_TAGS = {"html", "head", "meta", "title", "style", "body", "h1", "h2", "p", "a", "table", "tr",
                 "th", "td", "span", "svg", "text", "rect", "details", "summary", "mark", "div", "br", "b"}


def _golden(name: str, text: str) -> None:
    path = GOLDEN_DIR / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8", newline="")
    assert path.exists(), f"missing golden file {path}; run with UPDATE_GOLDEN=1"
    with open(path, encoding="utf-8", newline="") as f:
        assert text == f.read(), f"{name} differs from the golden file"


class _Tags(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.scripts = 0

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def _parse(page: str) -> _Tags:
    p = _Tags()
    p.feed(page)
    p.close()
    return p


# --------------------------------------------------------------------------------------------
# whole outputs

def test_html_golden():
    _golden("report.html", report.render_html(RESULTS, bad_inputs=BAD, generated=GENERATED))


def test_csv_golden():
    _golden("report.csv", report.csv_header() + "".join(report.csv_rows(r) for r in RESULTS))


def test_claimreview_golden():
    _golden("report.claimreview.json",
            json.dumps(report.claimreview_jsonld(RESULTS), indent=2, ensure_ascii=False) + "\n")


def test_same_input_same_bytes_and_no_clock():
    a = report.render_html(copy.deepcopy(RESULTS), bad_inputs=BAD)
    b = report.render_html(copy.deepcopy(RESULTS), bad_inputs=BAD)
    assert a == b
    assert "Generated" not in a
    assert f"Generated {GENERATED}." in report.render_html(RESULTS, generated=GENERATED)


# --------------------------------------------------------------------------------------------
# HTML: self-contained, escaped

def test_html_is_self_contained():
    page = report.render_html(RESULTS, bad_inputs=BAD)
    parsed = _parse(page)
    assert {t for t, _ in parsed.tags} <= TEMPLATE_TAGS
    for tag, attrs in parsed.tags:
        assert "src" not in attrs, (tag, attrs)
        assert not any(a.startswith("on") for a in attrs), (tag, attrs)
        if tag == "a":
            href = attrs["href"]
            assert href.startswith(("#", "https://", "http://")), href
    assert "<script" not in page.lower() and "<link" not in page.lower()
    assert "@import" not in page and "url(" not in page


@pytest.mark.parametrize("hostile, escaped", [
    ('<script>alert("x")</script>', "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;"),
    ("<img src=x onerror=alert(1)>.txt", "&lt;img src=x onerror=alert(1)&gt;.txt"),
    ("Title with <i>markup</i> & $math$", "Title with &lt;i&gt;markup&lt;/i&gt; &amp; $math$"),
    ("970 days is 2.66 years: fine. <b>ok</b>", "970 days is 2.66 years: fine. &lt;b&gt;ok&lt;/b&gt;"),
    ('not 12% <script>alert("e")</script>', "not 12% &lt;script&gt;alert(&#34;e&#34;)&lt;/script&gt;"),
    ("broken<1>.txt", "broken&lt;1&gt;.txt"),
])
def test_untrusted_text_is_escaped(hostile, escaped):
    page = report.render_html(RESULTS, bad_inputs=BAD)
    assert hostile not in page
    assert escaped in page


@pytest.mark.parametrize("url, linked", [
    ("https://example.org/a?b=1&c=2", True),
    ("http://example.org/", True),
    ("javascript:alert(1)", False),
    ("JAVASCRIPT:alert(1)", False),
    ("data:text/html,<b>x</b>", False),
    ("https://example.org/\" onmouseover=\"alert(1)", False),
    ("//example.org/protocol-relative", False),
    (None, False),
])
def test_only_http_urls_become_links(url, linked):
    result = copy.deepcopy(RESULTS[2])
    with_ref = [c for c in result["claims"] if c["reference"]]
    for claim in with_ref:
        claim["reference"]["source_url"] = url
    result["document"]["url"] = url
    hrefs = [a["href"] for t, a in _parse(report.render_html([result])).tags if t == "a"]
    external = [h for h in hrefs if not h.startswith("#")]
    assert external == ([url] * (1 + len(with_ref)) if linked else [])


_text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=60)


@settings(max_examples=60, deadline=None)
@given(path=_text, title=_text, sentence=_text, note=_text, explanation=_text, error=_text)
def test_no_data_becomes_markup(path, title, sentence, note, explanation, error):
    """Whatever the article, file name, note or explanation says, the page has only the
    template's tags, and the text reads back as given."""
    claim = {"id": "c1", "text": sentence[:5], "start": 0, "end": 5, "sentence": sentence, "kind": "quantity",
             "value": 1.0, "unit": "m", "hedge": None, "low": 0.5, "high": 1.5, "verdict": "contradicted",
             "reference": None, "explanation": explanation,
             "review": {"verdict": "supported", "note": note, "reviewer": title, "time": ""}}
    result = {"document": {"path": path, "date": "2022-01-01", "sha256": "0" * 64, "title": title},
              "claims": [claim]}
    page = report.render_html([result], bad_inputs=[{"path": path, "error": error}])
    parsed = _parse(page)
    assert {t for t, _ in parsed.tags} <= TEMPLATE_TAGS
    assert not any(a.startswith("on") for _, attrs in parsed.tags for a in attrs)
    text = "".join(parsed.text)
    for value in (sentence, note, explanation, error):
        assert value.replace("\r\n", "\n").replace("\r", "\n").strip() in text.replace("\r\n", "\n").replace("\r", "\n")


# --------------------------------------------------------------------------------------------
# counts and order

def _claim(verdict, kind="quantity", review=None, cid="c"):
    c = {"id": cid, "text": "5 m", "sentence": "It is 5 m.", "kind": kind, "value": 5.0, "unit": "m",
         "verdict": verdict, "reference": None, "explanation": ""}
    if review:
        c["review"] = {"verdict": review, "note": "", "reviewer": "", "time": ""}
    return c


def _doc(path, *claims):
    return {"document": {"path": path, "date": "2022-01-01", "sha256": "0" * 64},
            "claims": [dict(c, id=f"c{i}") for i, c in enumerate(claims)]}


@pytest.mark.parametrize("claims, expected", [
    ([], {}),
    ([_claim("supported"), _claim("supported")], {"supported": 2}),
    ([_claim("contradicted", review="supported")], {"supported": 1}),
    ([_claim("supported", review="contradicted"), _claim("unverifiable")], {"contradicted": 1, "unverifiable": 1}),
    ([_claim("needs_review", review=None), _claim("needs_review", review="needs_review")], {"needs_review": 2}),
])
def test_reviewed_verdict_wins_in_counts(claims, expected):
    summary = report.summarize(_doc("a", *claims))
    assert summary["verdicts"] == expected
    assert summary["claims"] == len(claims)


def test_counts_table_matches_the_claims():
    page = report.render_html(RESULTS)
    verdicts = {}
    for r in RESULTS:
        for c in r["claims"]:
            v = (c.get("review") or {}).get("verdict") or c["verdict"]
            verdicts[v] = verdicts.get(v, 0) + 1
    row = [f'<th class="n">{verdicts.get(v, 0)}</th>' for v in report.VERDICT_ORDER]
    assert "<tr><th>all</th>" + "".join(row) + f'<th class="n">{sum(verdicts.values())}</th></tr>' in page


@pytest.mark.parametrize("docs, order", [
    # (path, verdicts) in input order -> expected report order
    ([("a", ["supported"]), ("b", ["contradicted"]), ("c", ["contradicted", "contradicted"])], ["c", "b", "a"]),
    ([("a", ["needs_review"]), ("b", ["unverifiable"]), ("c", ["needs_review", "needs_review"])], ["c", "a", "b"]),
    ([("a", ["contradicted"]), ("b", ["needs_review"] * 5), ("c", ["contradicted"])], ["a", "c", "b"]),
    ([("z", []), ("y", []), ("x", [])], ["z", "y", "x"]),
])
def test_articles_sorted_by_contradicted_then_review_then_input(docs, order):
    results = [_doc(p, *[_claim(v) for v in vs]) for p, vs in docs]
    page = report.render_html(results)
    summaries = [a["id"] for t, a in _parse(page).tags if t == "details"]
    shown = [results[int(s[1:])]["document"]["path"] for s in summaries]
    assert shown == order


def test_review_and_tool_verdict_both_shown():
    page = report.render_html([RESULTS[0]])
    assert "reviewed by R. Checker, 2026-11-20T10:00:00+00:00; tool: needs_review" in page


def test_empty_report():
    page = report.render_html([])
    assert "No documents were checked." in page
    assert "0 documents checked, 0 claims" in page


# --------------------------------------------------------------------------------------------
# CSV

def test_csv_one_row_a_claim_and_no_formulas():
    text = report.csv_header() + "".join(report.csv_rows(r) for r in RESULTS)
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == list(report.BATCH_CSV_COLUMNS)
    assert len(rows) - 1 == sum(len(r["claims"]) for r in RESULTS)
    assert all(len(r) == len(rows[0]) for r in rows)
    for row in rows[1:]:
        for cell in row:
            if cell.startswith(FORMULA_STARTS):
                float(cell)  # only plain numbers may start like a formula
    notes = [r[rows[0].index("review_note")] for r in rows[1:]]
    assert "'=cmd|' /C calc'!A0" in notes


# --------------------------------------------------------------------------------------------
# ClaimReview

def test_claimreview_one_per_claim_and_only_reviewed():
    items = report.claimreview_jsonld(RESULTS)
    assert len(items) == sum(len(r["claims"]) for r in RESULTS)
    reviewed = report.claimreview_jsonld(RESULTS, only_reviewed=True)
    assert len(reviewed) == sum(1 for r in RESULTS for c in r["claims"] if c.get("review"))
    assert {i["identifier"] for i in reviewed} == {c["id"] for r in RESULTS for c in r["claims"] if c.get("review")}
    json.dumps(items)  # serialisable


@pytest.mark.parametrize("text, verdict, explanation, evidence", [
    # the reviewer's verdict and note win; the tool's verdict is named
    ("more than two years", "supported", "970 days is 2.66 years: fine. <b>ok</b>", "duration_without_foreign_travel"),
    # reviewed with an empty note: the tool's explanation stays
    ("Janu- ary 2020", "contradicted", "Test fixture: the reference gives 2020-01-18; marked contradicted to exercise the renderer.",
     "last_foreign_trip_end_date"),
    ("69-year-old", "supported", "Xi Jinping was born on 1953-06-15: 69 on 2022-09-12, in [69, 70).", "birth_date"),
    ("Wednesday", "unverifiable", "No reference row covers this claim.", None),
])
def test_claimreview_fields(text, verdict, explanation, evidence):
    items = {i["itemReviewed"]["text"]: i for i in report.claimreview_jsonld([RESULTS[0]], author="Desk")}
    item = items[text]
    doc = RESULTS[0]["document"]
    assert item["@context"] == "https://schema.org" and item["@type"] == "ClaimReview"
    assert item["reviewRating"]["alternateName"] == verdict
    assert item["reviewRating"]["ratingExplanation"] == explanation
    assert ("ratingValue" in item["reviewRating"]) == (verdict != "unverifiable")
    assert item["author"] == {"@type": "Organization", "name": "Desk"}
    assert item["itemReviewed"]["appearance"]["name"] == doc["path"]
    assert item["itemReviewed"]["datePublished"] == doc["date"]
    assert item["url"].startswith(doc["path"] + "#claim-")
    if evidence is None:
        assert "isBasedOn" not in item
    else:
        (based,) = item["isBasedOn"]
        claim = next(c for c in RESULTS[0]["claims"] if c["text"] == text)
        ref = claim["reference"]
        assert based["variableMeasured"]["name"] == evidence
        assert based["url"] == ref["source_url"]
        assert based["identifier"] == f"{ref['file']}:{ref['line']}"
        assert based["version"] == doc["refs_version"]


def test_claimreview_review_date_and_reviewer():
    items = {i["itemReviewed"]["text"]: i for i in report.claimreview_jsonld(RESULTS)}
    item = items["more than two years"]
    assert item["datePublished"] == "2026-11-20"
    assert item["contributor"] == {"@type": "Person", "name": "R. Checker"}
    assert "needs_review" in item["reviewRating"]["description"]
    assert "datePublished" not in items["Wednesday"]  # tool verdicts: no clock read


def test_jsonld_document_is_one_graph():
    doc = json.loads(report.jsonld_document(report.claimreview_jsonld(RESULTS)))
    assert doc["@context"] == "https://schema.org"
    assert len(doc["@graph"]) == sum(len(r["claims"]) for r in RESULTS)
    assert all("@context" not in i for i in doc["@graph"])
