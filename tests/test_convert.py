"""claims.convert: text out of HTML and PDF, one-line errors, sha256 of the original bytes."""
from __future__ import annotations

import hashlib
import json

import pytest
from fpdf import FPDF

from claims import convert
from claims.convert import MAX_PDF_BYTES, document_from_upload, html_to_text, read_any
from claims.document import MAX_BYTES, InputError, read_document
from claims.pipeline import check_document, load_refs


def make_pdf(*pages: str, owner: str | None = None, user: str | None = None) -> bytes:
    """A real PDF with a text layer, one page per argument (fpdf2)."""
    pdf = FPDF()
    if owner is not None:
        pdf.set_encryption(owner_password=owner, user_password=user)
    for text in pages:
        pdf.add_page()
        pdf.set_font("helvetica", size=11)
        pdf.multi_cell(0, 8, text)
    return bytes(pdf.output())


def make_scanned_pdf() -> bytes:
    """A PDF with a page but no text layer (what a scan without OCR looks like)."""
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(10, 10, 50, 50, style="F")
    return bytes(pdf.output())


# --------------------------------------------------------------------------------------------
# HTML

@pytest.mark.parametrize("html, expected", [
    # inline markup stays inside the sentence; blocks become lines / paragraphs
    ("<p>It will carry <b>50</b> billion cubic\n  meters of gas.</p>",
     "It will carry 50 billion cubic meters of gas.\n"),
    ("<h1>Title</h1><p>One.</p><p>Two.</p>", "Title\n\nOne.\n\nTwo.\n"),
    ("<ul><li>one</li><li>two</li></ul>", "one\ntwo\n"),
    ("a<br>b<br/>c", "a\nb\nc\n"),
    ("<table><tr><td>a</td><td>b</td></tr><tr><th>c</th><td>d</td></tr></table>", "a b\nc d\n"),
    # what the reader does not see is dropped
    ("<html><head><title>Page title 99</title><style>p{}</style></head>"
     "<body><script>var x = '50 bcm';</script><p>Seen 7.</p><noscript>no 3</noscript></body></html>",
     "Seen 7.\n"),
    ("<p>Seen<!-- hidden 42 --> here</p><template><p>45</p></template>", "Seen here\n"),
    ("<form><input value='5'><button>Buy 2</button></form><p>Text 1</p>", "Text 1\n"),
    # entities are decoded; markup-like text stays text
    ("<p>A &amp; B &lt;script&gt; $5 &#8212; 3&nbsp;%</p>", "A & B <script> $5 \u2014 3 %\n"),
])
def test_html_to_text(html, expected):
    assert html_to_text(html) == expected


@pytest.mark.parametrize("meta, expected", [
    ('<meta property="article:published_time" content="2022-09-12T08:00:00Z">', "2022-09-12"),
    ('<meta name="date" content="2021-03-04">', "2021-03-04"),
    ('<meta itemprop="datePublished" content="2020-01-18">', "2020-01-18"),
    ('<time pubdate datetime="2019-05-06">May 6</time>', "2019-05-06"),
    ('<meta name="date" content="not a date">', None),  # odd metadata never refuses a page
    ("", None),
])
def test_html_publication_date_from_meta(meta, expected):
    page = f"<html><head>{meta}</head><body><p>Trade rose 29% in 2022.</p>{meta if 'time' in meta else ''}</body></html>"
    doc = document_from_upload("page.html", page.encode())
    if expected is None:
        assert doc.date is None
    else:
        assert doc.date.isoformat() == expected
        assert doc.date_source == "front matter"


def test_html_date_argument_wins():
    page = b'<meta name="date" content="2021-03-04"><p>x 5</p>'
    doc = document_from_upload("p.htm", page, date="2022-09-12")
    assert (doc.date.isoformat(), doc.date_source) == ("2022-09-12", "argument")


@pytest.mark.parametrize("data, encoding", [
    ("<p>Caf\u00e9 costs \u20ac5</p>".encode("utf-8"), "utf-8"),
    ("<p>Caf\u00e9 costs \u20ac5</p>".encode("cp1252"), "cp1252"),
    (b"\xef\xbb\xbf<p>Caf\xc3\xa9 costs \xe2\x82\xac5</p>", "utf-8"),
])
def test_html_encodings(data, encoding):
    doc = document_from_upload("p.html", data)
    assert doc.raw == "Caf\u00e9 costs \u20ac5\n"
    assert doc.encoding == encoding
    assert doc.sha256 == hashlib.sha256(data).hexdigest()  # of the original bytes


def test_html_offsets_index_the_extracted_text(demo_article):
    """Claims found in an HTML page index its extracted text, like any document's raw text."""
    body = demo_article.read_text(encoding="utf-8")
    page = "<html><body>" + "".join(f"<p>{p}</p>" for p in body.split("\n\n") if p.strip()) + "</body></html>"
    doc = document_from_upload("article.html", page.encode(), date="2022-09-12")
    result = check_document(doc, load_refs())
    assert len(result["claims"]) >= 10
    for c in result["claims"]:
        assert doc.raw[c["start"]:c["end"]] == c["text"]


# --------------------------------------------------------------------------------------------
# PDF

def test_pdf_text_layer_and_pages():
    data = make_pdf("Xi will leave China for the first time in more than two years.",
                    "Trade soared by nearly a third.")
    doc = document_from_upload("article.pdf", data, date="2022-09-12")
    assert doc.raw == ("Xi will leave China for the first time in more than two years.\n\n"
                       "Trade soared by nearly a third.\n")
    assert doc.sha256 == hashlib.sha256(data).hexdigest()
    assert doc.encoding == "pdf"
    result = check_document(doc, load_refs())
    texts = [c["text"] for c in result["claims"]]
    assert "more than two years" in texts and "nearly a third" in texts


def test_pdf_dateline_dates_it():
    doc = document_from_upload("a.pdf", make_pdf("LONDON, Sept. 11, 2022 (Reuters) - Trade rose 29%."))
    assert (doc.date.isoformat(), doc.date_source) == ("2022-09-11", "dateline")


def test_pdf_restricted_but_no_user_password_is_read():
    doc = document_from_upload("r.pdf", make_pdf("Capacity is 55 bcm a year.", owner="owner"))
    assert "55 bcm" in doc.raw


# --------------------------------------------------------------------------------------------
# errors: one line, naming the input

@pytest.mark.parametrize("name, data, message", [
    ("x.docx", b"hello", "x.docx: unsupported file type '.docx'"),
    ("noext", b"hello", "noext: unsupported file type '(no extension)'"),
    ("x.pdf", b"hello", "x.pdf: is not a PDF file (no %PDF header)"),
    ("x.pdf", b"%PDF-1.4\n garbage", "x.pdf: is not a readable PDF"),
    ("x.pdf", make_pdf("secret 5", owner="o", user="u"), "x.pdf: is a password-protected PDF"),
    ("x.pdf", make_scanned_pdf(), "x.pdf: has no text layer"),
    ("x.html", b"<script>var a = 1;</script><style>p{}</style>", "x.html: has no visible text"),
    ("x.html", b"<p>a\x00b</p>", "x.html: looks binary"),
    ("x.txt", b"\x00\x01\x02", "x.txt: looks binary"),
    ("x.html", b"<p>" + b"a" * MAX_BYTES + b"</p>", f"x.html: is {MAX_BYTES + 7:,} bytes, over the"),
    ("x.pdf", b"%PDF" + b"0" * MAX_PDF_BYTES, f"x.pdf: is {MAX_PDF_BYTES + 4:,} bytes, over the"),
    ("x.txt", b"a" * (MAX_BYTES + 1), "over the 5,000,000-byte limit"),
])
def test_upload_errors_are_one_line(name, data, message):
    with pytest.raises(InputError) as err:
        document_from_upload(name, data)
    text = str(err.value)
    assert message in text
    assert "\n" not in text


def test_pdf_page_limit(monkeypatch):
    monkeypatch.setattr(convert, "MAX_PDF_PAGES", 2)
    with pytest.raises(InputError, match=r"has 3 pages, over the 2-page limit"):
        document_from_upload("long.pdf", make_pdf("a 1", "b 2", "c 3"))


# --------------------------------------------------------------------------------------------
# files on disk

def test_read_any_text_is_read_document(demo_article):
    a = read_any(demo_article)
    b = read_document(demo_article)
    assert a == b
    assert a.date_source == "sidecar"


def test_text_upload_matches_file_reading(demo_article):
    """An uploaded .txt is read as the file is (same text, same sha256), less the sidecar."""
    data = demo_article.read_bytes()
    up = document_from_upload(demo_article.name, data)
    disk = read_document(demo_article)
    assert (up.raw, up.sha256) == (disk.raw, disk.sha256)
    assert up.date is None  # an upload comes without its sidecar


def test_markdown_front_matter_upload():
    data = b"---\ntitle: x\ndate: 2022-09-12\n---\nTrade rose 29% in the first 7 months of 2022.\n"
    doc = document_from_upload("a.md", data)
    assert (doc.date.isoformat(), doc.date_source) == ("2022-09-12", "front matter")
    assert doc.body.startswith("Trade rose")


def test_read_any_html_and_pdf_with_sidecar(tmp_path):
    (tmp_path / "page.html").write_bytes(b"<p>The pipeline carries 55 bcm a year.</p>")
    (tmp_path / "page.meta.json").write_text(json.dumps({"date": "2022-09-12", "url": "https://example.org/a"}))
    doc = read_any(tmp_path / "page.html")
    assert doc.raw == "The pipeline carries 55 bcm a year.\n"
    assert (doc.date.isoformat(), doc.date_source) == ("2022-09-12", "sidecar")
    assert doc.meta["url"] == "https://example.org/a"
    pdf = tmp_path / "doc.pdf"
    pdf.write_bytes(make_pdf("Trade rose 29%."))
    assert read_any(pdf).raw == "Trade rose 29%.\n"
    assert read_any(pdf).sha256 == hashlib.sha256(pdf.read_bytes()).hexdigest()


@pytest.mark.parametrize("name, message", [
    ("missing.html", "missing.html: no such file"),
    ("missing.pdf", "missing.pdf: no such file"),
    ("a.xlsx", "unsupported file type '.xlsx'"),
])
def test_read_any_errors(tmp_path, name, message):
    with pytest.raises(InputError, match=message.replace(".", r"\.").replace("(", r"\(").replace(")", r"\)")):
        read_any(tmp_path / name)


def test_read_any_directory(tmp_path):
    folder = tmp_path / "d.html"
    folder.mkdir()
    with pytest.raises(InputError, match="is a directory"):
        read_any(folder)
