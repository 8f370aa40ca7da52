"""claims.document: bytes checks, decoding order, and where the article's date comes from."""
from __future__ import annotations

import datetime as dt
import hashlib
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.document import (
    MAX_BYTES, InputError, decode_bytes, document_from_text, find_dateline, parse_date_arg,
    read_document,
)

D = dt.date(2022, 9, 12)


def write(tmp_path, name: str, data: bytes | str, meta: dict | None = None):
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    if meta is not None:
        path.with_name(path.stem + ".meta.json").write_text(json.dumps(meta), encoding="utf-8")
    return path


# --------------------------------------------------------------------------------------------
# dates

FRONT = "---\ntitle: Xi heads to Samarkand\ndate: 2022-09-12\n---\n"

DATE_CASES = [
    # (id, text, sidecar, argument, expected date, expected source)
    ("front matter", FRONT + "Xi will meet Putin.\n", None, None, D, "front matter"),
    ("front matter, CRLF and quoted datetime",
     "---\r\ndate: \"2022-09-12T08:30:00Z\"\r\n---\r\nBody.\r\n", None, None, D, "front matter"),
    ("front matter, written-out date", "---\ndate: September 12, 2022\n---\nBody.\n", None, None, D, "front matter"),
    ("sidecar", "Xi will meet Putin.\n", {"date": "2022-09-12", "source": "Reuters"}, None, D, "sidecar"),
    ("dateline with year, Reuters style", "LONDON, Sept. 11, 2022 (Reuters) - Xi will meet Putin.",
     None, None, dt.date(2022, 9, 11), "dateline"),
    ("dateline, month day year", "September 11, 2022\nXi will meet Putin.", None, None, dt.date(2022, 9, 11), "dateline"),
    ("dateline, day month year", "Published 11 September 2022. Xi will...", None, None, dt.date(2022, 9, 11), "dateline"),
    ("dateline, ISO", "2022-09-11 | Xi will meet Putin.", None, None, dt.date(2022, 9, 11), "dateline"),
    ("dateline without a year is not enough", "LONDON/BEIJING, Sept 11 (Reuters) - Xi will meet Putin.",
     None, None, None, None),
    ("no dateline at all", "LONDON/BEIJING (Reuters)\n-- Xi Jinping will leave China.", None, None, None, None),
    ("a date past the first 500 characters is not a dateline", "x " * 300 + "September 11, 2022", None, None,
     None, None),
    ("impossible date is skipped", "Feb 30, 2022 was no day.", None, None, None, None),
    ("argument wins over front matter", FRONT + "Body.", None, dt.date(2020, 1, 1), dt.date(2020, 1, 1), "argument"),
    ("argument wins over sidecar", "Body.", {"date": "2022-09-12"}, "2021-03-04", dt.date(2021, 3, 4), "argument"),
    ("front matter wins over sidecar", FRONT + "Body.", {"date": "2000-01-01"}, None, D, "front matter"),
    ("sidecar wins over dateline", "LONDON, Sept. 11, 2022 (Reuters) - Body.", {"date": "2022-09-12"}, None,
     D, "sidecar"),
    ("sidecar without a date falls through", "September 11, 2022: Body.", {"source": "Reuters"}, None,
     dt.date(2022, 9, 11), "dateline"),
]


@pytest.mark.parametrize("text, sidecar, argument, expected, source",
                         [c[1:] for c in DATE_CASES], ids=[c[0] for c in DATE_CASES])
def test_date_detection(tmp_path, text, sidecar, argument, expected, source):
    doc = read_document(write(tmp_path, "article.txt", text, sidecar), date=argument)
    assert doc.date == expected
    assert doc.date_source == source


def test_no_date_then_assume_today_says_so(tmp_path):
    doc = read_document(write(tmp_path, "a.txt", "No date here."))
    assert (doc.date, doc.date_source) == (None, None)
    today = doc.assume_today(dt.date(2030, 1, 2))
    assert (today.date, today.date_source) == (dt.date(2030, 1, 2), "assumed today")
    assert today.assume_today(dt.date(1999, 1, 1)).date == dt.date(2030, 1, 2)  # a date is kept


def test_front_matter_body_start_and_offsets(tmp_path):
    doc = read_document(write(tmp_path, "a.txt", FRONT + "Xi is 69."))
    assert doc.raw == FRONT + "Xi is 69."  # raw is the whole file
    assert doc.body_start == len(FRONT)
    assert doc.body == "Xi is 69."
    masked = doc.extraction_text
    assert len(masked) == len(doc.raw) and masked[doc.body_start:] == doc.body
    assert "2022" not in masked and masked.count("\n") == FRONT.count("\n")


def test_no_front_matter_when_first_line_is_a_rule_without_keys():
    text = "---\nJust a horizontal rule\n---\nBody."
    assert document_from_text(text).body_start == 0


def test_front_matter_without_closing_fence_is_body():
    assert document_from_text("---\ndate: 2022-09-12\nBody.").body_start == 0


@pytest.mark.parametrize("bad", ["soon", "2022-13-45"])
def test_bad_front_matter_date_is_an_input_error(bad):
    with pytest.raises(InputError, match="front matter date"):
        document_from_text(f"---\ndate: {bad}\n---\nBody.")
    assert document_from_text(f"---\ndate: {bad}\n---\nBody.", date=D).date == D  # unless --date


@pytest.mark.parametrize("meta", ['{"date": "12/09/2022"}', "[1, 2]", "{not json"])
def test_bad_sidecar_is_an_input_error(tmp_path, meta):
    path = write(tmp_path, "a.txt", "Body.")
    (tmp_path / "a.meta.json").write_text(meta, encoding="utf-8")
    with pytest.raises(InputError, match="a.meta.json"):
        read_document(path)


def test_sidecar_named_after_the_full_file_name(tmp_path):
    path = write(tmp_path, "a.txt", "Body.")
    (tmp_path / "a.txt.meta.json").write_text('{"date": "2022-09-12", "url": "u"}', encoding="utf-8")
    doc = read_document(path)
    assert (doc.date, doc.date_source, doc.meta["url"]) == (D, "sidecar", "u")


def test_demo_article_dates_from_its_sidecar(demo_article):
    doc = read_document(demo_article)
    assert (doc.date, doc.date_source) == (D, "sidecar")
    assert doc.meta["url"] == "https://kayhan.ir/en/news/106864"
    assert doc.sha256 == hashlib.sha256(demo_article.read_bytes()).hexdigest()


@pytest.mark.parametrize("head, expected", [
    ("LONDON, Sept. 11, 2022 (Reuters) -", dt.date(2022, 9, 11)),
    ("Sept 11 (Reuters)", None),
    ("WASHINGTON, Jan 3rd, 2021", dt.date(2021, 1, 3)),
    ("on 3 jan. 2021", dt.date(2021, 1, 3)),
    ("Feb 30, 2022, then Mar 1, 2022", dt.date(2022, 3, 1)),
    ("12022-09-11", None),
])
def test_find_dateline(head, expected):
    assert find_dateline(head) == expected


@pytest.mark.parametrize("arg, expected", [("2022-09-12", D), (" 2022-09-12 ", D)])
def test_parse_date_arg(arg, expected):
    assert parse_date_arg(arg) == expected


@pytest.mark.parametrize("arg", ["12/09/2022", "2022-9-12", "2022-02-30", "", "20220912", "２０２２-09-12",
                                 "Sept 12, 2022", "2022-09-12T00:00"])
def test_parse_date_arg_refuses(arg):
    with pytest.raises(InputError, match="--date"):
        parse_date_arg(arg)


# --------------------------------------------------------------------------------------------
# bytes and encodings

TEXT = "Xi’s trip — “nearly a third” more trade; café, 5 €, 50 bcm/year.\n"

ENCODING_CASES = [
    # (id, bytes, encoding reported)
    ("utf-8", TEXT.encode("utf-8"), "utf-8"),
    ("utf-8-sig", TEXT.encode("utf-8-sig"), "utf-8"),
    ("utf-16 LE with BOM", b"\xff\xfe" + TEXT.encode("utf-16-le"), "utf-16-le"),
    ("utf-16 BE with BOM", b"\xfe\xff" + TEXT.encode("utf-16-be"), "utf-16-be"),
    ("cp1252", TEXT.encode("cp1252"), "cp1252"),
    ("CRLF kept as is", TEXT.replace("\n", "\r\n").encode("utf-8"), "utf-8"),
]


@pytest.mark.parametrize("data, encoding", [c[1:] for c in ENCODING_CASES], ids=[c[0] for c in ENCODING_CASES])
def test_encodings_round_trip(tmp_path, data, encoding):
    doc = read_document(write(tmp_path, "a.txt", data))
    expected = TEXT.replace("\n", "\r\n") if b"\r\n" in data else TEXT
    assert doc.raw == expected  # the BOM is dropped, nothing else changes
    assert doc.encoding == encoding
    assert doc.sha256 == hashlib.sha256(data).hexdigest()


def test_utf8_wins_over_cp1252():
    # "Ã©" in cp1252 is also valid UTF-8 for "é": UTF-8 is tried first
    assert decode_bytes("é".encode("utf-8")) == ("é", "utf-8")


def test_empty_file_is_not_an_error(tmp_path):
    doc = read_document(write(tmp_path, "empty.txt", b""))
    assert doc.raw == "" and doc.body_start == 0


BAD_BYTES = [
    ("binary: PNG header and NULs", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "binary"),
    ("UTF-16 without a BOM has NULs", "plain".encode("utf-16-le"), "binary"),
    ("UTF-32 (BOM like UTF-16 LE)", "plain".encode("utf-32"), "binary"),
    ("control characters", bytes(range(1, 9)) * 20, "binary"),
    ("not UTF-8 nor cp1252", b"\x81\x8d\x8f\x90\x9d", "is not text in UTF-8, UTF-16 or cp1252"),
    ("broken UTF-16", b"\xff\xfe" + b"a\x00b", "not valid UTF-16"),
]


@pytest.mark.parametrize("data, message", [c[1:] for c in BAD_BYTES], ids=[c[0] for c in BAD_BYTES])
def test_bad_bytes(tmp_path, data, message):
    path = write(tmp_path, "bad.bin", data)
    with pytest.raises(InputError, match=message) as ex:
        read_document(path)
    assert str(path) in str(ex.value) and "\n" not in str(ex.value)


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_document(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a directory"):
        read_document(tmp_path)


def test_size_limit(tmp_path):
    ok = write(tmp_path, "ok.txt", b"a" * MAX_BYTES)
    assert len(read_document(ok).raw) == MAX_BYTES
    big = write(tmp_path, "big.txt", b"a" * (MAX_BYTES + 1))
    with pytest.raises(InputError, match="limit"):
        read_document(big)
    with pytest.raises(InputError, match="limit"):
        document_from_text("a" * (MAX_BYTES + 1))


def test_document_from_text():
    doc = document_from_text("LONDON, Sept. 11, 2022 (Reuters) - Body.")
    assert (doc.path, doc.date, doc.date_source) == ("<text>", dt.date(2022, 9, 11), "dateline")
    assert document_from_text("x", date="2022-09-12").date == D
    with pytest.raises(InputError):
        document_from_text("x\x00y")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("-–:\n\r\t 0123456789,.JanSeptMayduly'\"date")), max_size=600))
def test_any_text_reads_or_fails_cleanly(text):
    try:
        doc = document_from_text(text)
    except InputError as ex:
        assert "\n" not in str(ex)
        return
    assert doc.raw == text.removeprefix("\ufeff")
    assert 0 <= doc.body_start <= len(doc.raw)
    assert len(doc.extraction_text) == len(doc.raw)
