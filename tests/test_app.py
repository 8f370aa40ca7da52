"""The review app's flows, run headless with Streamlit's AppTest: load, edit a verdict, export,
paste and upload, filters, picking another reference row, the reference browser."""
from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from claims.review import ReviewStore

APP = str(Path(__file__).resolve().parent.parent / "app.py")
TIMEOUT = 60


@pytest.fixture
def store_path(tmp_path, monkeypatch):
    path = tmp_path / "reviews.sqlite3"
    monkeypatch.setenv("CLAIMS_STORE", str(path))
    return path


def run_app() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=TIMEOUT).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


class _Marks(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.marks, self.text, self._style, self._mark = [], [], False, None

    def handle_starttag(self, tag, attrs):
        if tag == "style":
            self._style = True
        if tag == "mark":
            self._mark = dict(attrs)

    def handle_endtag(self, tag):
        if tag == "style":
            self._style = False
        if tag == "mark":
            self.marks.append(self._mark)
            self._mark = None

    def handle_data(self, data):
        if not self._style:
            self.text.append(data)


def article(at: AppTest) -> _Marks:
    """The highlighted article (the st.html element holding the marks), parsed."""
    for el in at.get("html"):
        if "claims-article" in el.value and 'role="article"' in el.value:
            p = _Marks()
            p.feed(el.value[el.value.index('<div class="claims-article"'):])
            return p
    raise AssertionError("no highlighted article on the page")


def metrics(at: AppTest) -> dict:
    return {m.label: m.value for m in at.metric}


def editor(at: AppTest):
    return at.data_editor[0]


def edit(at: AppTest, rows: dict) -> AppTest:
    """Make cell edits in the claims table the way the browser reports them, then rerun."""
    ed = editor(at)
    at.session_state[ed.key] = {"edited_rows": rows, "added_rows": [], "deleted_rows": []}
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def claimreview(at: AppTest) -> list[dict]:
    return json.loads(at.code[0].value)["@graph"]


# --------------------------------------------------------------------------------------------

def test_opens_on_the_demo_article_checked(store_path, demo_article):
    at = run_app()
    assert at.radio(key="source").value == "Example"
    assert at.selectbox(key="example").value == "xi_samarkand.txt"
    assert any("date 2022-09-12 (from sidecar)" in c.value for c in at.caption)
    page = article(at)
    assert "".join(page.text) == demo_article.read_text(encoding="utf-8")
    table = editor(at).value
    assert len(page.marks) == len(table) > 10
    m = metrics(at)
    assert sum(int(m[k]) for k in ("supported", "contradicted", "needs review", "unverifiable")) == len(table)
    assert m["reviewed"] == f"0 / {len(table)}"
    # the article is in the store for the impact check
    docs = ReviewStore(store_path).documents()
    assert len(docs) == 1 and (Path.cwd() / docs[0]["path"]).resolve() == demo_article.resolve()
    assert docs[0]["date"] == "2022-09-12" and docs[0]["text"] == demo_article.read_text(encoding="utf-8")


def test_every_example_opens(store_path):
    at = run_app()
    names = at.selectbox(key="example").options
    assert "xi_samarkand.txt" in names
    for name in names:
        at.selectbox(key="example").set_value(name).run()
        assert not at.exception and not at.error, name
        assert at.get("html") and article(at).marks, name
        own = Path(APP).parent / "examples" / f"{Path(name).stem}_refs"
        if own.is_dir():  # an example with its own reference folder is checked against it
            assert at.text_input(key="refs_folder").value == str(own)


def test_edit_a_verdict_is_saved_shown_exported_and_reloaded(store_path):
    at = run_app()
    table = editor(at).value
    first_id, tool_verdict = table.iloc[0]["id"], table.iloc[0]["tool_verdict"]
    new = "contradicted" if tool_verdict != "contradicted" else "supported"
    before = metrics(at)
    edit(at, {0: {"verdict": new, "note": "=cmd|' /C calc'!A0"}})
    # saved at once, with the tool's verdict and the data version
    d = ReviewStore(store_path).decisions(_sha(store_path))[first_id]
    assert (d["verdict"], d["note"], d["tool_verdict"]) == (new, "=cmd|' /C calc'!A0", tool_verdict)
    assert d["refs_version"] and d["reviewer"]
    # shown everywhere in the same run: counts, highlight, table
    after = metrics(at)
    label = {"contradicted": "contradicted", "supported": "supported"}[new]
    assert int(after[label]) == int(before[label]) + 1
    assert after["reviewed"] == f"1 / {len(table)}"
    mark = next(m for m in article(at).marks if m["data-claim"] == first_id)
    assert mark["data-verdict"] == new and "reviewed" in mark["class"]
    # the table is drawn afresh from the store on the next run (its edit state starts empty)
    at.run()
    row = editor(at).value.iloc[0]
    assert (row["verdict"], bool(row["reviewed"]), row["tool_verdict"]) == (new, True, tool_verdict)
    assert at.session_state[editor(at).key]["edited_rows"] in ({}, None) if editor(at).key in at.session_state else True
    # exported: one ClaimReview, for the reviewed claim
    graph = claimreview(at)
    assert [g["identifier"] for g in graph] == [first_id]
    assert graph[0]["reviewRating"]["alternateName"] == new
    # a reload (a new session on the same store) shows it again
    again = run_app()
    assert metrics(again)["reviewed"] == f"1 / {len(table)}"
    assert editor(again).value.iloc[0]["verdict"] == new
    assert editor(again).value.iloc[0]["note"] == "=cmd|' /C calc'!A0"


def _sha(store_path) -> str:
    docs = ReviewStore(store_path).documents()
    assert len(docs) == 1
    return docs[0]["sha256"]


def test_withdraw_a_decision(store_path):
    at = run_app()
    edit(at, {1: {"verdict": "needs_review"}})
    assert metrics(at)["reviewed"].startswith("1 /")
    edit(at, {1: {"reviewed": False}})
    assert metrics(at)["reviewed"].startswith("0 /")
    assert ReviewStore(store_path).decisions(_sha(store_path)) == {}
    assert len(ReviewStore(store_path).history(_sha(store_path))) == 2
    assert claimreview(at) == []


def test_filters(store_path):
    at = run_app()
    total = len(editor(at).value)
    kinds = at.multiselect(key="filter_kind").options
    at.multiselect(key="filter_kind").set_value([kinds[0]]).run()
    shown = editor(at).value
    assert 0 < len(shown) < total and set(shown["kind"]) == {kinds[0]}
    at.multiselect(key="filter_kind").set_value([]).run()
    at.multiselect(key="filter_verdict").set_value(["contradicted"]).run()
    assert set(editor(at).value["verdict"]) <= {"contradicted"}
    # an edit on a filtered table lands on the right claim
    at.multiselect(key="filter_verdict").set_value([]).run()
    at.multiselect(key="filter_kind").set_value([kinds[-1]]).run()
    target = editor(at).value.iloc[0]["id"]
    edit(at, {0: {"verdict": "needs_review"}})
    assert list(ReviewStore(store_path).decisions(_sha(store_path))) == [target]


def test_pick_another_reference_row(store_path):
    at = run_app()
    picker = at.selectbox(key="evidence_claim")
    with_alternatives = None
    for i in range(len(picker.options)):
        at.selectbox(key="evidence_claim").select_index(i).run()
        refs = [s for s in at.selectbox if s.key and s.key.startswith("ref-")]
        if refs and len(refs[0].options) >= 2:
            with_alternatives = (at.selectbox(key="evidence_claim").value, refs[0])
            break
    assert with_alternatives, "the demo article has a claim with alternative reference rows"
    cid, ref_box = with_alternatives
    # the evidence chart of the claim is drawn (the claimed interval against the rows)
    charts = at.get("vega_lite_chart")
    assert len(charts) == 1
    marks = [layer["mark"]["type"] for layer in json.loads(charts[0].proto.spec)["layer"]]
    assert marks in (["rect", "rule", "point"], ["bar", "point"])
    ref_box.set_value(1).run()
    assert not at.exception, [e.value for e in at.exception]
    d = ReviewStore(store_path).decisions(_sha(store_path))[cid]
    assert d["reference"] and d["reference"].get("file") and d["reference"].get("line")
    assert "score" not in d["reference"]
    # the picked row is now the one in force, everywhere
    row = editor(at).value.set_index("id").loc[cid]
    assert bool(row["reviewed"])
    assert d["reference"]["entity"] in row["reference"]
    graph = claimreview(at)
    assert graph[0]["isBasedOn"][0]["identifier"] == f"{d['reference']['file']}:{d['reference']['line']}"


HOSTILE = "<script>alert('x')</script> The $x$ rose :red[7%] to **$5 billion** & more."


def test_pasted_text_shows_exactly_as_typed(store_path):
    at = run_app()
    at.radio(key="source").set_value("Paste text").run()
    at.text_area(key="pasted").set_value(HOSTILE).run()
    assert not at.exception and not at.error
    page = article(at)
    assert "".join(page.text) == HOSTILE
    assert page.marks  # "7%" and "$5 billion" are claims
    raw_html = next(el.value for el in at.get("html") if 'role="article"' in el.value)
    assert "<script>" not in raw_html and "&lt;script&gt;" in raw_html
    # nothing of the article went through Markdown
    for el in list(at.markdown) + list(at.caption):
        assert ":red[" not in el.value and "$x$" not in el.value


@pytest.mark.parametrize("name, data, expect", [
    ("story.html", b"<html><head><title>T</title><meta name='date' content='2022-09-12'></head>"
                   b"<body><p>Trade soared by nearly a third in the first 7 months of 2022.</p></body></html>",
     "nearly a third"),
    ("story.md", b"---\ndate: 2022-09-12\n---\nThe pipeline carries 55 bcm a year.\n", "55 bcm a year"),
])
def test_upload_is_checked(store_path, name, data, expect):
    at = run_app()
    at.radio(key="source").set_value("Upload a file").run()
    at.file_uploader(key="upload").set_value((name, data, "application/octet-stream")).run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    page = article(at)
    assert any(m["data-verdict"] for m in page.marks)
    assert expect in "".join(page.text)
    assert any("date 2022-09-12 (from front matter)" in c.value for c in at.caption)


@pytest.mark.parametrize("name, data, message", [
    ("notes.docx", b"PK\x03\x04", "notes.docx: unsupported file type '.docx'"),
    ("scan.pdf", b"%PDF-1.4\nnot really", "scan.pdf: is not a readable PDF"),
    ("big.txt", b"a" * 5_000_001, "big.txt: is 5,000,001 bytes, over the 5,000,000-byte limit"),
])
def test_bad_upload_is_one_clear_line(store_path, name, data, message):
    at = run_app()
    at.radio(key="source").set_value("Upload a file").run()
    at.file_uploader(key="upload").set_value((name, data, "application/octet-stream")).run()
    assert not at.exception
    assert [e.value for e in at.error] and message in at.error[0].value and "\n" not in at.error[0].value


def test_date_override_rechecks(store_path):
    at = run_app()
    import datetime as dt
    at.date_input(key="date").set_value(dt.date(2030, 1, 1)).run()
    assert not at.exception and not at.error
    assert any("date 2030-01-01 (from argument)" in c.value for c in at.caption)


def test_bad_reference_folder(store_path, tmp_path):
    at = run_app()
    at.text_input(key="refs_folder").set_value(str(tmp_path / "nowhere")).run()
    assert not at.exception
    assert "does not exist" in at.error[0].value and "\n" not in at.error[0].value


def test_reference_browser_search(store_path):
    at = run_app()
    frames = [d for d in at.dataframe if "where" in d.value.columns]
    total = len(frames[0].value)
    at.text_input(key="refs_query").set_value("Nord Stream").run()
    found = [d for d in at.dataframe if "where" in d.value.columns][0].value
    assert 0 < len(found) < total
    assert all("Nord Stream" in (e + a) for e, a in zip(found["entity"], found["aliases"]))
    assert found["source"].str.len().min() > 0


def test_reopen_a_reviewed_article(store_path):
    at = run_app()
    edit(at, {0: {"verdict": "needs_review"}})
    at.radio(key="source").set_value("Reviewed before").run()
    assert not at.exception and not at.error
    assert at.selectbox(key="stored").options
    assert metrics(at)["reviewed"].startswith("1 /")
    assert any("date 2022-09-12" in c.value for c in at.caption)
