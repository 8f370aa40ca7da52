"""claims.ui_model: what the review app shows, tested without Streamlit."""
from __future__ import annotations

import csv
import io
import json
import re
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims import ui_model as ui
from claims.document import read_document
from claims.pipeline import check_document, check_text, load_refs
from claims.verify import VERDICTS


@pytest.fixture(scope="module")
def refs():
    return load_refs()


@pytest.fixture(scope="module")
def demo(refs, demo_article):
    doc = read_document(demo_article)
    return doc, check_document(doc, refs)


def claim(start, end, raw, verdict="supported", cid=None, **kw):
    return {"id": cid or f"c{start}", "text": raw[start:end], "start": start, "end": end,
            "verdict": verdict, "kind": kw.pop("kind", "count"), **kw}


class _Text(HTMLParser):
    """The text content of an HTML fragment (what a browser shows), with marks noted."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.text, self.marks, self.tags, self._in_style, self._mark = [], [], [], False, None

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag == "style":
            self._in_style = True
        if tag == "mark":
            self._mark = dict(attrs)
            self._mark["text"] = ""

    def handle_endtag(self, tag):
        if tag == "style":
            self._in_style = False
        if tag == "mark":
            self.marks.append(self._mark)
            self._mark = None

    def handle_data(self, data):
        if self._in_style:
            return
        self.text.append(data)
        if self._mark is not None:
            self._mark["text"] += data


def parse(fragment: str) -> _Text:
    p = _Text()
    p.feed(fragment)
    p.close()
    return p


# --------------------------------------------------------------------------------------------
# highlights

HOSTILE = [
    "<script>alert(1)</script> costs $5",
    "The price is $x$ and $$y$$ today: 5 euros",
    ":red[danger] rose 7% and **bold** _it_",
    "A & B <b>not bold</b> 'single' \"double\" 3 > 2",
    "<img src=x onerror=alert(1)> 4 tonnes",
    "`code` # heading\n- list 9",
]


@pytest.mark.parametrize("raw", HOSTILE)
def test_article_text_shows_exactly_as_typed(raw, refs):
    """Every character of the article comes back as text, none as markup."""
    result = check_text(raw, date="2022-09-12", refs=refs)
    out = ui.highlight_html(raw, result["claims"])
    p = parse(out)
    assert "".join(p.text) == raw
    assert set(p.tags) <= {"style", "div", "mark"}
    assert "<script>" not in out and "<img" not in out and "<b>" not in out


def test_tooltips_are_escaped():
    raw = "Trade rose 29% this year."
    c = claim(11, 14, raw, explanation='"><script>alert(1)</script>')
    out = ui.highlight_html(raw, [c])
    assert "<script>" not in out
    assert parse(out).marks[0]["title"].endswith('"><script>alert(1)</script>')


@pytest.mark.parametrize("spans, expected", [
    # (start, end, verdict) -> the marked texts, in order
    ([(0, 3, "supported"), (8, 11, "contradicted")], [("one", "supported"), ("two", "contradicted")]),
    ([(8, 11, "contradicted"), (0, 3, "supported")], [("one", "supported"), ("two", "contradicted")]),
    ([(0, 7, "supported"), (4, 11, "needs_review")], [("one and", "supported"), (" two", "needs_review")]),
    ([(0, 11, "supported"), (4, 7, "needs_review")], [("one and two", "supported")]),
    ([(0, 0, "supported")], []),
    ([(9, 99, "unverifiable")], [("wo", "unverifiable")]),
])
def test_spans_are_drawn_once_in_order(spans, expected):
    raw = "one and two"
    claims = [claim(s, e, raw, v) for s, e, v in spans]
    p = parse(ui.highlight_html(raw, claims))
    assert "".join(p.text) == raw
    assert [(m["text"], m["data-verdict"]) for m in p.marks] == expected


def test_reviewed_verdict_wins_and_is_outlined():
    raw = "It carries 50 bcm."
    c = claim(11, 17, raw, "supported", review={"verdict": "contradicted", "note": "no", "reviewer": "ann",
                                                 "time": "t"})
    m = parse(ui.highlight_html(raw, [c])).marks[0]
    assert m["data-verdict"] == "contradicted"
    assert "reviewed" in m["class"].split()
    assert "ann" in m["title"] and m["title"].endswith(": no")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200), st.lists(st.tuples(st.integers(0, 210), st.integers(0, 60),
                                                  st.sampled_from(VERDICTS)), max_size=8))
def test_highlight_keeps_the_text_for_any_input(raw, spans):
    claims = [claim(s, min(s + n, len(raw)), raw, v, cid=f"c{i}") for i, (s, n, v) in enumerate(spans)
              if s <= len(raw)]
    p = parse(ui.highlight_html(raw, claims))
    # the parser folds \r\n as a browser does; compare on that footing
    assert "".join(p.text).replace("\r\n", "\n").replace("\r", "\n") == raw.replace("\r\n", "\n").replace("\r", "\n")


def test_legend_names_every_verdict():
    out = ui.legend_html({"supported": 3})
    text = "".join(parse(out).text)
    for v in VERDICTS:
        assert ui.VERDICT_COLORS[v][0] in text
    assert "(3)" in text and "(0)" in text


def test_demo_highlights_every_claim(demo):
    doc, result = demo
    p = parse(ui.highlight_html(doc.raw, result["claims"]))
    assert "".join(p.text) == doc.raw
    assert [m["data-claim"] for m in p.marks] == [c["id"] for c in sorted(result["claims"], key=lambda c: c["start"])]


# --------------------------------------------------------------------------------------------
# decisions merged, table rows, edits

def test_merge_reviews_and_picked_reference(demo):
    doc, result = demo
    first, second = result["claims"][0]["id"], result["claims"][1]["id"]
    picked = {"entity": "Somebody", "metric": "m", "value": 1, "unit": "year", "file": "x.csv", "line": 9}
    merged = ui.merge_reviews(result, {
        first: {"verdict": "contradicted", "note": "n", "reviewer": "ann", "time": "t", "tool_verdict": "x"},
        second: {"verdict": "needs_review", "note": "", "reviewer": "bo", "time": "t", "reference": picked},
        "gone": {"verdict": "supported"},
    }, {"url": "https://example.org/a", "title": "T"})
    a, b = merged["claims"][0], merged["claims"][1]
    assert a["review"] == {"verdict": "contradicted", "note": "n", "reviewer": "ann", "time": "t", "tool_verdict": "x"}
    assert a["verdict"] == result["claims"][0]["verdict"]  # the tool's verdict stays
    assert b["reference"] == picked and b["tool_reference"] == result["claims"][1]["reference"]
    assert "review" not in merged["claims"][2]
    assert merged["document"]["url"] == "https://example.org/a" and merged["document"]["title"] == "T"
    assert "review" not in result["claims"][0]  # the input is not changed
    assert len(merged["claims"]) == len(result["claims"])


def test_table_rows(demo):
    _doc, result = demo
    rows = ui.table_rows(result["claims"])
    assert [r["id"] for r in rows] == [c["id"] for c in result["claims"]]
    assert set(ui.TABLE_COLUMNS) | {"id"} == set(rows[0])
    for r, c in zip(rows, result["claims"]):
        assert r["claim"] == c["text"] and r["tool_verdict"] == c["verdict"] == r["verdict"]
        assert r["reviewed"] is False
        assert r["source_url"] is None or r["source_url"].startswith("http")


@pytest.mark.parametrize("url, shown", [
    ("https://example.org/x", "https://example.org/x"),
    ("javascript:alert(1)", None),
    ("data:text/html,<b>", None),
    ("", None),
    (None, None),
])
def test_only_web_links_become_links(url, shown):
    c = {"id": "c1", "text": "5", "verdict": "supported",
         "reference": {"entity": "E", "metric": "m", "value": 5, "unit": "count", "source_url": url}}
    assert ui.table_rows([c])[0]["source_url"] == shown


ROWS = [
    {"id": "a", "verdict": "supported", "reviewed": False, "note": ""},
    {"id": "b", "verdict": "contradicted", "reviewed": True, "note": "old"},
]


@pytest.mark.parametrize("edits, expected", [
    ({0: {"verdict": "contradicted"}}, [{"claim_id": "a", "verdict": "contradicted", "note": ""}]),
    ({0: {"note": "checked"}}, [{"claim_id": "a", "verdict": "supported", "note": "checked"}]),
    ({0: {"reviewed": True}}, [{"claim_id": "a", "verdict": "supported", "note": ""}]),
    ({1: {"reviewed": False}}, [{"claim_id": "b", "verdict": None, "note": "old"}]),
    ({0: {"reviewed": False}}, []),  # nothing to withdraw
    ({0: {"verdict": "supported"}}, []),  # no change
    ({1: {"note": None}}, [{"claim_id": "b", "verdict": "contradicted", "note": ""}]),
    ({"1": {"verdict": "needs_review"}}, [{"claim_id": "b", "verdict": "needs_review", "note": "old"}]),
    ({5: {"verdict": "supported"}}, []),  # a row that is not there
    ({0: {"verdict": "bogus"}}, []),
    ({0: {"claim": "edited text", "verdict": "unverifiable"}}, [{"claim_id": "a", "verdict": "unverifiable", "note": ""}]),
    ({1: {"verdict": "supported"}, 0: {"verdict": "needs_review"}},
     [{"claim_id": "a", "verdict": "needs_review", "note": ""}, {"claim_id": "b", "verdict": "supported", "note": "old"}]),
])
def test_decisions_from_edits(edits, expected):
    assert ui.decisions_from_edits(ROWS, edits) == expected


@pytest.mark.parametrize("verdicts, kinds, expected", [
    (None, None, ["a", "b", "c"]),
    (["supported"], None, ["a", "c"]),
    (["contradicted"], None, ["b"]),
    (None, ["age"], ["c"]),
    (["supported"], ["count"], ["a"]),
    (["needs_review"], None, []),
])
def test_filter_claims(verdicts, kinds, expected):
    claims = [{"id": "a", "verdict": "supported", "kind": "count"},
              {"id": "b", "verdict": "supported", "kind": "count", "review": {"verdict": "contradicted"}},
              {"id": "c", "verdict": "unverifiable", "kind": "age", "review": {"verdict": "supported"}}]
    assert [c["id"] for c in ui.filter_claims(claims, verdicts, kinds)] == expected


def test_verdict_counts_reviewed_wins():
    claims = [{"verdict": "supported"}, {"verdict": "supported", "review": {"verdict": "contradicted"}}]
    assert ui.verdict_counts(claims) == {"supported": 1, "contradicted": 1, "needs_review": 0, "unverifiable": 0}


# --------------------------------------------------------------------------------------------
# evidence

def test_reference_choices_dedupe_and_order():
    r1 = {"entity": "A", "metric": "m", "file": "f", "line": 2}
    r2 = {"entity": "B", "metric": "m", "file": "f", "line": 3, "score": 0.5}
    c = {"reference": r1, "alternatives": [dict(r1, score=1.0), r2]}
    assert ui.reference_choices(c) == [r1, r2]
    picked = {"reference": r2, "tool_reference": r1, "alternatives": [r2, r1]}
    assert ui.reference_choices(picked) == [r2, r1]
    assert ui.reference_choices({"reference": None, "alternatives": []}) == []


@pytest.mark.parametrize("value, span", [
    ("1991", ("1991-01-01", "1991-12-31")),
    ("2022-02", ("2022-02-01", "2022-02-28")),
    ("2024-02", ("2024-02-01", "2024-02-29")),
    ("2022-12", ("2022-12-01", "2022-12-31")),
    ("2022-W36", ("2022-09-05", "2022-09-11")),
    ("2023/2032", ("2023-01-01", "2032-12-31")),
    ("2022-09-14", ("2022-09-14", "2022-09-14")),
    ("soon", None),
])
def test_date_spans(value, span):
    got = ui._date_span(value)
    assert (tuple(d.isoformat() for d in got) if got else None) == span


def test_chart_value_mode_converts_units_and_fills_periods():
    c = {"kind": "quantity", "value": 50.0, "unit": "bcm / year", "low": 49.5, "high": 50.5, "text": "50 bcm"}
    refs = [{"entity": "PoS2", "metric": "cap", "value": 50, "unit": "bcm/year", "source": "s"},
            {"entity": "NS1", "metric": "cap", "value": 55e9, "unit": "m**3/year", "period_start": "2012-10-08",
             "period_end": None, "source": "s"},
            {"entity": "X", "metric": "note", "value": "text", "unit": "text"}]
    f = ui.chart_frames(c, "2022-09-12", refs)
    assert f["mode"] == "value" and f["skipped"] == 1
    assert [round(r["value"], 6) for r in f["refs"]] == [50.0, 55.0]
    assert f["refs"][0]["start"].isoformat() == "2012-10-08" and f["refs"][0]["end"].isoformat() == "2022-09-12"
    assert (f["claim"]["low"], f["claim"]["high"]) == (49.5, 50.5)
    spec = ui.evidence_chart(f).to_dict()
    assert len(spec["layer"]) == 3


def test_chart_prefers_the_verifiers_value_in_claim_unit():
    c = {"kind": "age", "value": 69.0, "unit": "year", "low": 68.5, "high": 69.5, "text": "69-year-old"}
    refs = [{"entity": "Xi", "metric": "birth_date", "value": "1953-06-15", "unit": "date", "value_in_claim_unit": 69.0}]
    f = ui.chart_frames(c, "2022-09-12", refs)
    assert f["mode"] == "value" and f["refs"][0]["value"] == 69.0


def test_chart_age_without_reading_is_a_birth_window():
    c = {"kind": "age", "value": 69.0, "unit": "year", "low": 68.5, "high": 69.5, "text": "69-year-old"}
    refs = [{"entity": "Xi", "metric": "birth_date", "value": "1953-06-15", "unit": "date"}]
    f = ui.chart_frames(c, "2022-09-12", refs)
    assert f["mode"] == "date"
    assert f["claim"]["start"].isoformat() == "1953-03-14" and f["claim"]["end"].isoformat() == "1954-03-14"
    assert ui.evidence_chart(f).to_dict()["layer"]


def test_chart_open_interval_and_nothing_to_draw():
    c = {"kind": "duration", "value": 2.0, "unit": "year", "low": 2.0, "high": None, "text": "more than two years"}
    f = ui.chart_frames(c, "2022-09-12", [{"entity": "h", "metric": "d", "value": 970, "unit": "day",
                                            "period_start": "2020-01-18", "period_end": "2022-09-14"}])
    assert f["claim"]["open_high"] and f["claim"]["high"] > f["refs"][0]["value"] > 2.65
    assert ui.chart_frames(c, "2022-09-12", []) is None
    assert ui.chart_frames(c, None, [{"entity": "l", "metric": "m", "value": "a|b", "unit": "list"}])["mode"] == "none"
    assert ui.evidence_chart({"mode": "none"}) is None


def test_demo_charts_build(demo):
    doc, result = demo
    for c in result["claims"]:
        f = ui.chart_frames(c, doc.date, ui.reference_choices(c))
        chart = ui.evidence_chart(f) if f else None
        if chart is not None:
            json.dumps(chart.to_dict(), default=str)


# --------------------------------------------------------------------------------------------
# reference browser

@pytest.mark.parametrize("query, check", [
    ("", lambda rows, all_: len(rows) == len(all_)),
    ("nord stream", lambda rows, all_: rows and all("Nord Stream" in r.entity or "Nord Stream" in " ".join(r.aliases) for r in rows)),
    ("SCO member_count", lambda rows, all_: rows and all("member_count" in r.metric and "SCO" in r.aliases for r in rows)),
    ("energy.csv", lambda rows, all_: rows and all(r.file == "energy.csv" for r in rows)),
    ("no-such-thing-xyz", lambda rows, all_: rows == []),
])
def test_search_refs(refs, query, check):
    assert check(ui.search_refs(refs.rows, query), refs.rows)


def test_ref_rows_have_sources(refs):
    rows = ui.ref_rows(refs.rows)
    assert len(rows) == len(refs.rows)
    assert all(r["source"] for r in rows)
    assert all(r["where"].count(":") == 1 for r in rows)


# --------------------------------------------------------------------------------------------
# exports

def test_exports(demo):
    doc, result = demo
    target = result["claims"][0]
    merged = ui.merge_reviews(result, {target["id"]: {
        "verdict": "contradicted", "note": "=HYPERLINK(\"http://evil\")", "reviewer": "ann",
        "time": "2026-01-02T03:04:05Z"}}, doc.meta)
    out = ui.exports(merged, author="ann", generated="2026-01-02")
    assert {k: v[0] for k, v in out.items()} == {
        "csv": "xi_samarkand.claims.csv", "json": "xi_samarkand.claims.json",
        "jsonld": "xi_samarkand.claimreview.jsonld", "html": "xi_samarkand.report.html"}
    rows = list(csv.DictReader(io.StringIO(out["csv"][2])))
    assert len(rows) == len(result["claims"])
    row = next(r for r in rows if r["id"] == target["id"])
    assert row["review_verdict"] == "contradicted"
    assert row["review_note"].startswith("'=")  # formula injection escaped
    data = json.loads(out["json"][2])
    assert data["claims"][0]["review"]["verdict"] == "contradicted"
    graph = json.loads(out["jsonld"][2])["@graph"]
    assert len(graph) == 1  # one ClaimReview per reviewed claim
    review = graph[0]
    assert review["@type"] == "ClaimReview"
    assert review["reviewRating"]["alternateName"] == "contradicted"
    for key in ("claimReviewed", "itemReviewed", "author", "datePublished", "url"):
        assert review[key]
    assert review["reviewRating"]["ratingExplanation"] == "=HYPERLINK(\"http://evil\")"
    assert review["itemReviewed"]["appearance"]["url"] == "https://kayhan.ir/en/news/106864"
    if target.get("reference"):
        assert review["isBasedOn"][0]["version"] == result["document"]["refs_version"]
    page = out["html"][2]
    assert page.startswith("<!DOCTYPE html>") or page.lower().startswith("<!doctype html>")
    assert "contradicted" in page
    assert ui.exports(merged, author="ann", generated="2026-01-02")["html"][2] == page  # same input, same bytes


@pytest.mark.parametrize("path, stem", [
    ("examples/xi_samarkand.txt", "xi_samarkand"),
    ("pasted text", "pasted text".replace(" ", "_")),
    ("<text>", "text"),
    ("../../etc/passwd", "passwd"),
    ("a b/c;d.pdf", "c_d"),
    ("", "article"),
])
def test_export_name(path, stem):
    assert ui.export_name(path) == stem
    assert re.fullmatch(r"[\w.-]+", ui.export_name(path))
