"""Reading an article: bytes checks, decoding, and the article's publication date.

The core never prints. Everything the user can get wrong here raises ``InputError`` with a
one-line message that names the file; the CLI prints it and exits with status 2, the review app
shows it.

Order of the bytes checks (each an ``InputError``):
missing / a directory / unreadable -> over ``MAX_BYTES`` -> binary (NUL bytes outside a UTF-16
file with a byte-order mark) -> decoding, in this order: a byte-order mark (UTF-8, UTF-16 LE/BE)
-> strict UTF-8 -> strict cp1252 -> "is not text" -> binary again on the decoded text (a high
share of control characters). An empty file is not an error: it has no claims.

Order of the date sources: the explicit argument (``--date``), YAML-style front matter, a sidecar
``NAME.meta.json`` next to the file, a dateline with a full date in the first 500 characters of
the body. Otherwise ``date`` is None and the caller assumes today and says so
(``Document.assume_today``).
"""
from __future__ import annotations

import codecs
import dataclasses
import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

import regex

#: Largest input accepted, in bytes. A long news article is 5-10 kB of text, so 5 MB is about
#: 1,000 articles in one file: nobody checks that by hand, and it is almost surely the wrong file
#: (a dump, a log, an export). The limit keeps the review app responsive (every claim is drawn
#: in the browser) and keeps a batch run from spending its time and memory on one runaway input.
MAX_BYTES = 5_000_000

#: Largest sidecar ``.meta.json`` accepted: it holds a date and a few strings.
MAX_SIDECAR_BYTES = 100_000

#: Share of control characters (other than tab, newline, carriage return, form feed, vertical
#: tab) above which a decoded text is taken for binary. Real text has next to none.
MAX_CONTROL_SHARE = 0.05

#: How far into the body a dateline is looked for.
DATELINE_WINDOW = 500

#: Front matter longer than this is not looked for (keeps the search bounded on huge files).
MAX_FRONT_MATTER = 64_000

#: Seconds any one regular-expression search may take before it is abandoned.
REGEX_TIMEOUT = 1.0

DATE_SOURCES = ("argument", "front matter", "sidecar", "dateline", "assumed today")


class InputError(Exception):
    """Bad input, explained in one line for the user (the CLI exits with status 2)."""


@dataclass(frozen=True)
class Document:
    """An article as read: the raw text, which every claim offset indexes, and its date.

    path        -- the path as given (or "<text>" for pasted text)
    raw         -- the whole decoded text, front matter included; never cleaned up
    sha256      -- hex digest of the input bytes (of the UTF-8 encoding for pasted text)
    date        -- the publication date, or None when no source gave one
    date_source -- one of DATE_SOURCES, or None while ``date`` is None
    body_start  -- offset in ``raw`` where the article body starts (after front matter), else 0
    encoding    -- the encoding the bytes were decoded with ("utf-8", "utf-16-le", "cp1252", ...)
    meta        -- the sidecar's contents ({"date", "source", "url", ...}) when one was read
    """

    path: str
    raw: str
    sha256: str
    date: dt.date | None = None
    date_source: str | None = None
    body_start: int = 0
    encoding: str = "utf-8"
    meta: dict = field(default_factory=dict)

    @property
    def body(self) -> str:
        """The article body: ``raw`` without its front matter."""
        return self.raw[self.body_start:]

    @property
    def extraction_text(self) -> str:
        """``raw`` with the front matter blanked out (newlines kept), so offsets are unchanged.

        Extracting from this instead of ``raw`` keeps front-matter fields ("date: 2022-09-12")
        out of the claims and out of the first body sentence, while ``raw[start:end] == text``
        still holds for every claim found.
        """
        if not self.body_start:
            return self.raw
        head = regex.sub(r"[^\n]", " ", self.raw[: self.body_start])
        return head + self.raw[self.body_start:]

    def assume_today(self, today: dt.date | None = None) -> Document:
        """This document, dated today (``date_source`` "assumed today") when it has no date."""
        if self.date is not None:
            return self
        return dataclasses.replace(self, date=today or dt.date.today(), date_source="assumed today")


# --------------------------------------------------------------------------------------------
# reading and decoding

def read_document(path, date: dt.date | str | None = None) -> Document:
    """Read, check and decode the file at ``path`` and find its date (see the module docstring).

    ``date`` (a ``datetime.date`` or an ISO ``YYYY-MM-DD`` string) wins over every other source.
    """
    name = str(path)
    p = Path(path)
    data = _read_bytes(p, name)
    raw, encoding = decode_bytes(data, name)
    text_problem = _text_problem(raw)
    if text_problem:
        raise InputError(f"{name}: {text_problem}")
    body_start, fm_date = _front_matter(raw)
    doc = Document(path=name, raw=raw, sha256=hashlib.sha256(data).hexdigest(),
                   body_start=body_start, encoding=encoding)
    sidecar = _read_sidecar(p)
    if sidecar is not None:
        doc = dataclasses.replace(doc, meta=sidecar[1])
    return _dated(doc, date, fm_date, sidecar)


def document_from_text(text: str, path: str = "<text>", date: dt.date | str | None = None) -> Document:
    """A Document from text already in memory (pasted in the app, or an API call).

    The same limits apply as for a file; there is no sidecar to read.
    """
    data = text.encode("utf-8", errors="surrogatepass")
    if len(data) > MAX_BYTES:
        raise InputError(f"{path}: is {len(data):,} bytes, over the {MAX_BYTES:,}-byte limit")
    if text.startswith("\ufeff"):
        text = text[1:]
    problem = _text_problem(text)
    if problem:
        raise InputError(f"{path}: {problem}")
    body_start, fm_date = _front_matter(text)
    doc = Document(path=path, raw=text, sha256=hashlib.sha256(data).hexdigest(), body_start=body_start)
    return _dated(doc, date, fm_date, None)


def _read_bytes(p: Path, name: str) -> bytes:
    try:
        if p.is_dir():
            raise InputError(f"{name}: is a directory, not a file")
        size = p.stat().st_size
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except OSError as ex:
        raise InputError(f"{name}: cannot be read ({ex.strerror or ex})") from None
    if size > MAX_BYTES:
        raise InputError(f"{name}: is {size:,} bytes, over the {MAX_BYTES:,}-byte limit")
    try:
        with p.open("rb") as f:
            # read one byte past the limit: a pipe or special file reports no useful size
            data = f.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{name}: is a directory, not a file") from None
    except OSError as ex:
        raise InputError(f"{name}: cannot be read ({ex.strerror or ex})") from None
    if len(data) > MAX_BYTES:
        raise InputError(f"{name}: is over the {MAX_BYTES:,}-byte limit")
    return data


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
)


def decode_bytes(data: bytes, name: str = "<bytes>") -> tuple[str, str]:
    """Decode ``data`` as text; return (text, encoding name). Raise InputError for binary data.

    Order: byte-order mark (UTF-8, UTF-16 LE, UTF-16 BE) -> strict UTF-8 -> strict cp1252.
    A byte-order mark is dropped from the text. UTF-32 is not supported: its BOM starts like
    UTF-16 LE's, and the NUL characters that decoding leaves are then refused as binary.
    """
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(codec if codec != "utf-8-sig" else "utf-8")
            except UnicodeDecodeError:
                what = "UTF-8" if label == "utf-8" else "UTF-16"
                raise InputError(f"{name}: starts with a {what} byte-order mark but is not valid {what}") from None
            return text, label
    if b"\x00" in data:
        raise InputError(f"{name}: looks binary (it contains NUL bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        raise InputError(f"{name}: is not text in UTF-8, UTF-16 or cp1252") from None


_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")


def _text_problem(text: str) -> str | None:
    """Why a decoded text looks binary, or None."""
    if "\x00" in text:
        return "looks binary (it contains NUL characters), not text"
    sample = text[:65536]
    if not sample:
        return None
    controls = sum(1 for ch in sample if (ch < " " or ch == "\x7f") and ch not in _ALLOWED_CONTROLS)
    if controls / len(sample) > MAX_CONTROL_SHARE:
        return f"looks binary ({controls / len(sample):.0%} control characters), not text"
    return None


# --------------------------------------------------------------------------------------------
# dates

_ISO = regex.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def parse_date_arg(s: str) -> dt.date:
    """Parse a ``--date`` value: ISO ``YYYY-MM-DD`` only; raise InputError otherwise."""
    s = (s or "").strip()
    if not _ISO.fullmatch(s):
        raise InputError(f"--date must be a date as YYYY-MM-DD, not {s!r}")
    try:
        return dt.date.fromisoformat(s)
    except ValueError:
        raise InputError(f"--date {s!r} is not a real date") from None


def _dated(doc: Document, date, fm_date: str | None, sidecar: tuple[Path, dict] | None) -> Document:
    """Fill in the date from the first source that gives one."""
    if date is not None:
        if not isinstance(date, dt.date):
            date = parse_date_arg(str(date))
        elif isinstance(date, dt.datetime):
            date = date.date()
        return dataclasses.replace(doc, date=date, date_source="argument")
    if fm_date is not None:
        return dataclasses.replace(doc, date=_front_matter_date(fm_date, doc.path), date_source="front matter")
    if sidecar is not None and sidecar[1].get("date") not in (None, ""):
        value = sidecar[1]["date"]
        m = _ISO.match(str(value))
        try:
            sidecar_date = dt.date.fromisoformat(m.group()) if m else None
        except ValueError:
            sidecar_date = None
        if sidecar_date is None:
            raise InputError(f"{sidecar[0]}: \"date\" must be YYYY-MM-DD, not {value!r}")
        return dataclasses.replace(doc, date=sidecar_date, date_source="sidecar")
    found = find_dateline(doc.raw[doc.body_start: doc.body_start + DATELINE_WINDOW])
    if found is not None:
        return dataclasses.replace(doc, date=found, date_source="dateline")
    return doc


# Front matter: "---" alone on the first line, "key: value" lines, "---" (or "...") alone.
_FRONT_MATTER = regex.compile(
    r"\A\ufeff?---[ \t]*+\r?\n"
    r"(?P<fm>(?:[ \t]*+\r?\n)*+[A-Za-z_][\w -]*+:(?:[^\n]*+\n)*?)"  # starts with a "key:" line
    r"(?:---|\.\.\.)[ \t]*+(?:\r?\n|\Z)"
)
_FM_DATE = regex.compile(
    r"^(?:date|published|publication_date|pubdate)[ \t]*+:[ \t]*+[\"']?(?P<v>[^\"'\r\n]*+)",
    regex.MULTILINE | regex.IGNORECASE,
)


def _front_matter(raw: str) -> tuple[int, str | None]:
    """(offset where the body starts, the front matter's date value as written, or None)."""
    if not raw.lstrip("\ufeff").startswith("---"):
        return 0, None
    try:
        m = _FRONT_MATTER.match(raw[:MAX_FRONT_MATTER], timeout=REGEX_TIMEOUT)
    except TimeoutError:
        return 0, None
    if not m:
        return 0, None
    d = _FM_DATE.search(m.group("fm"), timeout=REGEX_TIMEOUT)
    value = d.group("v").strip() if d else ""
    return m.end(), value or None


def _front_matter_date(value: str, name: str) -> dt.date:
    """The date a front-matter ``date:`` value states; InputError when it states none."""
    iso = _ISO.match(value)  # "2022-09-12" or "2022-09-12T10:00:00Z"
    try:
        found = dt.date.fromisoformat(iso.group()) if iso else find_dateline(value)
    except ValueError:
        found = None
    if found is None:
        raise InputError(f"{name}: front matter date must be YYYY-MM-DD, not {value!r}")
    return found


def _read_sidecar(p: Path) -> tuple[Path, dict] | None:
    """(path, contents) of the sidecar next to ``p`` (``NAME.meta.json``, else
    ``NAME.EXT.meta.json``), or None when there is none."""
    candidates = [p.with_name(p.stem + ".meta.json"), p.with_name(p.name + ".meta.json")]
    for side in dict.fromkeys(candidates):
        if side == p or not side.is_file():
            continue
        try:
            if side.stat().st_size > MAX_SIDECAR_BYTES:
                raise InputError(f"{side}: sidecar is over {MAX_SIDECAR_BYTES:,} bytes")
            meta = json.loads(side.read_bytes().decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError) as ex:
            where = f" (line {ex.lineno})" if isinstance(ex, json.JSONDecodeError) else ""
            raise InputError(f"{side}: sidecar is not valid UTF-8 JSON{where}") from None
        except OSError as ex:
            raise InputError(f"{side}: cannot be read ({ex.strerror or ex})") from None
        if not isinstance(meta, dict):
            raise InputError(f"{side}: sidecar must be a JSON object like {{\"date\": \"YYYY-MM-DD\"}}")
        return side, meta
    return None


_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "febr": 2, "february": 2, "mar": 3, "march": 3,
    "apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
    "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10,
    "nov": 11, "november": 11, "dec": 12, "december": 12,
}


def _month(group: str) -> str:
    names = "|".join(sorted(_MONTHS, key=len, reverse=True))  # longest first: "Sept" before "Sep"
    return rf"(?P<{group}>{names})\.?+"


_Y = r"[12][0-9]{3}"
_YEAR = _Y + r"(?![0-9])"
# Every alternative needs a year: "Sept 11 (Reuters)" alone does not date an article.
# Possessive quantifiers (*+, ++, ?+) never give back what they matched: no catastrophic backtracking.
_DATELINE = regex.compile(
    r"(?<![0-9A-Za-z])(?:"
    rf"(?P<iso>(?P<y1>{_Y})-(?P<m1>[01][0-9])-(?P<d1>[0-3][0-9]))(?![0-9])"  # 2022-09-11
    rf"|{_month('mon2')}[ \t]++(?P<d2>[0-3]?[0-9])(?:st|nd|rd|th)?+,?+[ \t]++(?P<y2>{_YEAR})"  # Sept. 11, 2022
    rf"|(?P<d3>[0-3]?[0-9])(?:st|nd|rd|th)?+[ \t]++{_month('mon3')},?+[ \t]++(?P<y3>{_YEAR})"  # 11 September 2022
    r")",
    regex.IGNORECASE,
)


def find_dateline(head: str) -> dt.date | None:
    """The first full date (with a year) in ``head``, or None. Day-month without a year is skipped."""
    try:
        matches = list(_DATELINE.finditer(head[:DATELINE_WINDOW], timeout=REGEX_TIMEOUT))
    except TimeoutError:
        return None
    for m in matches:
        try:
            if m.group("iso"):
                return dt.date(int(m.group("y1")), int(m.group("m1")), int(m.group("d1")))
            if m.group("y2"):
                return dt.date(int(m.group("y2")), _MONTHS[m.group("mon2").lower()], int(m.group("d2")))
            return dt.date(int(m.group("y3")), _MONTHS[m.group("mon3").lower()], int(m.group("d3")))
        except ValueError:  # "Feb 30, 2022": not a date; try the next one
            continue
    return None
