"""Articles in other formats: text taken out of HTML and PDF, so every input becomes a Document.

``read_any(path, date=None)`` reads a file by its extension; ``document_from_upload(name, data,
date=None)`` does the same for bytes in memory (the review app's uploads). Both return a
``claims.document.Document`` whose ``raw`` is the text taken out (claim offsets index it) and whose
``sha256`` is that of the ORIGINAL bytes, so one file always has one identity in the review store.

| extension | how |
|---|---|
| ``.txt``, ``.text``, ``.md``, ``.markdown`` | as ``claims.document`` reads text: encodings, front matter, sidecar, dateline |
| ``.html``, ``.htm`` | beautifulsoup4 (the standard library's parser): the visible text, one line per block; ``<head>``, ``<title>``, scripts, styles, templates, forms and SVG dropped; a ``<meta>`` publication date counts as front matter |
| ``.pdf`` | pypdf: the text layer of every page, pages separated by a blank line |

Every problem is an ``InputError`` with one line that names the input: an unsupported extension,
input over the size limit (``MAX_BYTES`` for text and HTML, ``MAX_PDF_BYTES`` for PDF, whose bytes
are mostly fonts and images), a PDF that cannot be parsed or is password-protected, an HTML or PDF
file with no text in it (a scanned PDF has no text layer: this tool does no OCR).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import io
import logging
from pathlib import Path

import regex

from . import document as _doc
from .document import MAX_BYTES, Document, InputError

__all__ = ["MAX_PDF_BYTES", "MAX_PDF_PAGES", "SUFFIXES", "TEXT_SUFFIXES", "HTML_SUFFIXES",
           "PDF_SUFFIXES", "read_any", "document_from_upload", "html_to_text", "pdf_to_text"]

#: Largest PDF accepted, in bytes. A PDF's bytes are mostly fonts and images; a 20-page news
#: article with photos is a few megabytes, so 20 MB leaves room without letting a book-sized
#: scan tie the app up.
MAX_PDF_BYTES = 20_000_000

#: Most pages read from one PDF: an article is a few pages; this bounds the extraction time.
MAX_PDF_PAGES = 200

TEXT_SUFFIXES = (".txt", ".text", ".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
PDF_SUFFIXES = (".pdf",)
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + PDF_SUFFIXES

# Elements whose text is not part of what a reader sees.
_INVISIBLE = ("head", "title", "script", "style", "noscript", "template", "svg", "math", "iframe",
              "object", "canvas", "form", "button", "select", "textarea", "input")
# Elements that start a new line of text (block-level in a browser's default style sheet).
_BLOCKS = frozenset((
    "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "dialog",
    "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5",
    "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table",
    "tbody", "tfoot", "thead", "tr", "ul",
))
# Blocks set off by a blank line rather than a line break.
_PARAGRAPHS = frozenset(("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table",
                         "article", "section", "figure"))
# <meta> names and properties that carry an article's publication date.
_DATE_METAS = ("article:published_time", "datepublished", "date", "pubdate", "publishdate",
               "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created", "og:published_time",
               "sailthru.date", "parsely-pub-date")
_SPACES = regex.compile(r"[ \t\f\v\r\n\u00a0]++")
_BLANK_LINES = regex.compile(r"\n(?:[ \t]*+\n)++")


def _suffix(name: str) -> str:
    return Path(name).suffix.lower()


def _unsupported(name: str) -> InputError:
    return InputError(f"{name}: unsupported file type {_suffix(name) or '(no extension)'!r}; "
                      f"use one of {', '.join(SUFFIXES)}")


def _too_big(name: str, size: int, limit: int) -> InputError:
    return InputError(f"{name}: is {size:,} bytes, over the {limit:,}-byte limit")


# --------------------------------------------------------------------------------------------
# entry points

def read_any(path, date: dt.date | str | None = None) -> Document:
    """Read an article file of any supported type (see the module docstring).

    Text files go through ``claims.document.read_document`` unchanged. HTML and PDF files are
    checked for size before they are read, then converted; a sidecar ``NAME.meta.json`` next to
    them dates them as it dates text files.
    """
    name = str(path)
    suffix = _suffix(name)
    if suffix in TEXT_SUFFIXES:
        return _doc.read_document(path, date=date)
    if suffix not in SUFFIXES:
        raise _unsupported(name)
    p = Path(path)
    limit = MAX_PDF_BYTES if suffix in PDF_SUFFIXES else MAX_BYTES
    try:
        if p.is_dir():
            raise InputError(f"{name}: is a directory, not a file")
        size = p.stat().st_size
        if size > limit:
            raise _too_big(name, size, limit)
        with p.open("rb") as f:
            data = f.read(limit + 1)
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except OSError as ex:
        raise InputError(f"{name}: cannot be read ({ex.strerror or ex})") from None
    return _from_bytes(name, data, date, sidecar=_doc._read_sidecar(p))


def document_from_upload(name: str, data: bytes, date: dt.date | str | None = None) -> Document:
    """A Document from an uploaded file's name and bytes (no sidecar: an upload comes alone)."""
    name = Path(str(name or "upload")).name or "upload"
    return _from_bytes(name, bytes(data), date, sidecar=None)


def _from_bytes(name: str, data: bytes, date, sidecar) -> Document:
    suffix = _suffix(name)
    if suffix not in SUFFIXES:
        raise _unsupported(name)
    limit = MAX_PDF_BYTES if suffix in PDF_SUFFIXES else MAX_BYTES
    if len(data) > limit:
        raise _too_big(name, len(data), limit)
    sha = hashlib.sha256(data).hexdigest()
    meta_date = None
    if suffix in PDF_SUFFIXES:
        raw, encoding = pdf_to_text(data, name), "pdf"
    else:
        text, encoding = _doc.decode_bytes(data, name)
        if suffix in HTML_SUFFIXES:
            raw, meta_date = _html_text_and_date(text, name)
        else:
            raw = text
    problem = _doc._text_problem(raw)
    if problem:
        raise InputError(f"{name}: {problem}")
    if suffix in TEXT_SUFFIXES:
        body_start, fm_date = _doc._front_matter(raw)
    else:
        body_start, fm_date = 0, _usable_date(meta_date, name)
    document = Document(path=name, raw=raw, sha256=sha, body_start=body_start, encoding=encoding)
    if sidecar is not None:
        document = dataclasses.replace(document, meta=sidecar[1])
    return _doc._dated(document, date, fm_date, sidecar)


# --------------------------------------------------------------------------------------------
# HTML

def html_to_text(html: str) -> str:
    """The text a reader sees in an HTML page: one line per block element, blank lines between
    paragraphs, runs of white space inside a line folded to one space (as a browser shows them).
    """
    return _html_text_and_date(html, "<html>")[0]


def _html_text_and_date(html: str, name: str) -> tuple[str, str | None]:
    from bs4 import BeautifulSoup
    from bs4.element import CData, Comment, NavigableString, Tag

    soup = BeautifulSoup(html, "html.parser")
    published = _meta_date(soup)
    for tag in soup.find_all(_INVISIBLE):
        tag.decompose()
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()

    # Text pieces, and breaks between them: 1 a line break, 2 a paragraph break (a blank line).
    # Adjacent breaks merge into the larger, so "</li><li>" is one line break, not two.
    parts: list[str | int] = []

    def walk(node) -> None:
        for child in node.children:
            if isinstance(child, NavigableString):
                if type(child) is NavigableString or isinstance(child, CData):
                    parts.append(str(child) if _in_pre(child) else _SPACES.sub(" ", str(child)))
            elif isinstance(child, Tag):
                tag = (child.name or "").lower()
                if tag == "br":
                    parts.append(1)
                    continue
                brk = (2 if tag in _PARAGRAPHS else 1) if tag in _BLOCKS else 0
                if brk:
                    parts.append(brk)
                walk(child)
                if brk:
                    parts.append(brk)
                elif tag in ("td", "th"):
                    parts.append(" ")

    walk(soup)
    out: list[str] = []
    pending = 0
    for part in parts:
        if isinstance(part, int):
            pending = max(pending, part)
            continue
        if pending and out:
            out.append("\n" * pending)
        pending = 0
        out.append(part)
    lines = [line.strip(" ") for line in "".join(out).split("\n")]
    text = _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip("\n")
    if not text.strip():
        raise InputError(f"{name}: has no visible text")
    return text + "\n", published


def _usable_date(value: str | None, name: str) -> str | None:
    """A page's <meta> date when it states a date; a page's odd metadata never refuses the page."""
    if not value:
        return None
    try:
        _doc._front_matter_date(value, name)
    except InputError:
        return None
    return value


def _in_pre(node) -> bool:
    return any(getattr(p, "name", None) in ("pre", "textarea") for p in node.parents)


def _meta_date(soup) -> str | None:
    """The publication date a page's ``<meta>`` tags (or a ``<time pubdate>``) give, as written."""
    for meta in soup.find_all("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        if key in _DATE_METAS:
            value = (meta.get("content") or "").strip()
            if value:
                return value
    time = soup.find("time", attrs={"pubdate": True}) or soup.find("time", attrs={"itemprop": "datePublished"})
    if time is not None and (time.get("datetime") or "").strip():
        return time["datetime"].strip()
    return None


# --------------------------------------------------------------------------------------------
# PDF

def pdf_to_text(data: bytes, name: str = "<pdf>") -> str:
    """The text layer of a PDF, pages separated by a blank line.

    A PDF encrypted with an empty user password (restrictions only, common for newspapers'
    PDFs) is read; one that needs a password is refused. pypdf's warnings about malformed but
    readable files are silenced: the text either comes out or the file is refused.
    """
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError, PdfReadError, PyPdfError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise InputError(f"{name}: is not a PDF file (no %PDF header)")
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except (NotImplementedError, PyPdfError, ValueError, KeyError):
                ok = 0
            if not ok:
                raise InputError(f"{name}: is a password-protected PDF; save an unprotected copy first")
        pages = reader.pages
        if len(pages) > MAX_PDF_PAGES:
            raise InputError(f"{name}: has {len(pages):,} pages, over the {MAX_PDF_PAGES}-page limit")
        texts = []
        size = 0
        for page in pages:
            text = page.extract_text() or ""
            size += len(text)
            if size > MAX_BYTES:
                raise InputError(f"{name}: its text is over the {MAX_BYTES:,}-character limit")
            texts.append(text.strip("\n"))
    except InputError:
        raise
    except FileNotDecryptedError:
        raise InputError(f"{name}: is a password-protected PDF; save an unprotected copy first") from None
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            AssertionError, ZeroDivisionError, RecursionError, OverflowError) as ex:
        reason = " ".join(str(ex).split())[:120] or type(ex).__name__
        raise InputError(f"{name}: is not a readable PDF ({reason})") from None
    text = "\n\n".join(t for t in texts if t.strip())
    if not text.strip():
        raise InputError(f"{name}: has no text layer (a scanned PDF? this tool does no OCR)")
    return text + "\n"
