"""Reference data: the shipped CSVs, validation messages (file:line: what is wrong), the name and
dimension indexes of claims.reference."""
from __future__ import annotations

import json
import pickle
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.reference import (
    REQUIRED_COLUMNS,
    ReferenceData,
    ReferenceError,
    RefRow,
    dimension_of,
    load_dir,
    normalize_name,
    validate_dir,
)

ROOT = Path(__file__).resolve().parent.parent
REFS = ROOT / "reference_data"
BAD = Path(__file__).resolve().parent / "fixtures" / "refs_bad"
HEADER = "entity,aliases,metric,value,unit,period_start,period_end,source,source_url,notes\n"
SHIPPED_COUNTS = {"events.csv": 21, "energy.csv": 15, "organisations.csv": 4, "people.csv": 3,
                  "trade.csv": 11}
VOLUME_PER_TIME = "[length] ** 3 / [time]"


@pytest.fixture(scope="module")
def refs() -> ReferenceData:
    return load_dir(REFS)


def write(folder: Path, files: dict[str, str | bytes]) -> Path:
    for name, content in files.items():
        p = folder / name
        p.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            p.write_bytes(content)
        else:
            p.write_text(content, encoding="utf-8", newline="")
    return folder


# -- the shipped data ---------------------------------------------------------------------------

def test_shipped_reference_data_is_valid():
    assert validate_dir(REFS) == []


def test_shipped_row_counts(refs):
    assert refs.files == sorted(SHIPPED_COUNTS)
    counts = {f: sum(1 for r in refs.rows if r.file == f) for f in refs.files}
    assert counts == SHIPPED_COUNTS
    assert len(refs) == sum(SHIPPED_COUNTS.values()) == 54


def test_every_shipped_row_has_a_source_and_a_role(refs):
    for row in refs:
        assert row.source, row.where
        assert row.extra["role"] in {"claim_ref", "distractor"}, row.where
    assert sum(r.extra["role"] == "distractor" for r in refs) == 9  # the 10th, Putin aged 70, is a derived age


def test_xi_birth_date_is_a_date_row(refs):
    rows = [r for r in refs.rows_for("Xi Jinping") if r.metric == "birth_date"]
    assert len(rows) == 1
    row = rows[0]
    assert row.is_date and row.value == "1953-06-15" and row.unit == "date"
    assert row.dimension == "date" and row.file == "people.csv" and row.line == 2
    assert not [r for r in refs if r.metric == "age"]  # ages are computed from birth dates


def test_power_of_siberia_2_capacity(refs):
    (row,) = [r for r in refs.candidates(["Power of Siberia 2"]) if r.metric == "planned_capacity"]
    assert row.entity == "Power of Siberia 2"
    assert row.value == 50.0 and row.unit == "bcm/year"
    assert row.dimension == VOLUME_PER_TIME == dimension_of("m**3/s")
    assert "PoS-2" in row.names and row.names[0] == "Power of Siberia 2"
    ref = row.as_reference()
    assert ref["value"] == 50 and isinstance(ref["value"], int) and ref["unit"] == "bcm/year"
    assert (ref["file"], ref["line"]) == ("energy.csv", row.line) and ref["source"].startswith("Sputnik")


def test_calendar_years_are_dates(refs):
    rows = refs.metric_rows("forecast_year")
    assert [(r.value, r.unit) for r in rows] == [("2030", "date"), ("2033", "date")]


def test_version_is_sha256_of_the_files(refs, tmp_path):
    assert len(refs.version) == 64 and refs.version == load_dir(REFS).version
    folder = write(tmp_path, {"a.csv": HEADER + "X,,m,1,count,,,S,,\n"})
    v1 = load_dir(folder).version
    (folder / "a.csv").write_text(HEADER + "X,,m,2,count,,,S,,\n", encoding="utf-8")
    assert load_dir(folder).version != v1


def test_rows_are_frozen_hashable_and_picklable(refs):
    row = refs.rows[0]
    with pytest.raises(Exception):
        row.value = 1  # type: ignore[misc]
    with pytest.raises(TypeError):
        row.extra["role"] = "x"  # type: ignore[index]
    assert isinstance(row, RefRow) and hash(row) == hash(pickle.loads(pickle.dumps(row)))
    assert json.loads(json.dumps(row.extra)) == dict(row.extra)


# -- validation: file:line: what is wrong --------------------------------------------------------

BAD_CASES = [
    pytest.param({"a.csv": "entity,aliases,metric,value,unit,period_start,period_end,source_url,notes\n"
                           "X,,m,1,count,,,,\n"},
                 ["a.csv:1: missing required column 'source'"], id="missing-column"),
    pytest.param({"a.csv": "entity,metric,value,unit\nX,m,1,count\n"},
                 ["a.csv:1: missing required column 'source'"], id="missing-column-short-header"),
    pytest.param({"a.csv": HEADER + "Power of Siberia 2,,planned_capacity,50,bcm/yaer,,,Gazprom,,\n"},
                 ["a.csv:2: unknown unit 'bcm/yaer' (not in the project's unit registry, "
                  "nor count/date/list/text)"], id="unknown-unit"),
    pytest.param({"a.csv": HEADER + 'SCO,,member_count,"1,000",count,,,S,,\n'},
                 ["a.csv:2: bad number '1,000' in value ('.' decimal point, no thousands separators)"],
                 id="thousands-separator"),
    pytest.param({"a.csv": HEADER + "X,,m,abc,count,,,S,,\nX,,n,nan,count,,,S,,\nX,,o,inf,USD,,,S,,\n"
                           "X,,p,12.5,percent,,,S,,\n"},
                 ["a.csv:2: bad number 'abc' in value ('.' decimal point, no thousands separators)",
                  "a.csv:3: bad number 'nan' in value ('.' decimal point, no thousands separators)",
                  "a.csv:4: bad number 'inf' in value ('.' decimal point, no thousands separators)"],
                 id="bad-numbers"),
    pytest.param({"a.csv": HEADER + "X,,start_date,2022-13-01,date,,,S,,\n"
                           "X,,end_date,Sept 2022,date,,,S,,\n"
                           "X,,ok_date,2022-09,date,,,S,,\n"
                           "X,,leap_date,2022-02-29,date,,,S,,\n"},
                 ["a.csv:2: bad date '2022-13-01' in value (ISO YYYY, YYYY-MM or YYYY-MM-DD)",
                  "a.csv:3: bad date 'Sept 2022' in value (ISO YYYY, YYYY-MM or YYYY-MM-DD)",
                  "a.csv:5: bad date '2022-02-29' in value (ISO YYYY, YYYY-MM or YYYY-MM-DD)"],
                 id="bad-date-values"),
    pytest.param({"a.csv": HEADER + "X,,m,1,count,Sept 2022,,S,,\nX,,n,1,count,,2022-13-01,S,,\n"
                           "X,,o,1,count,2022,,S,,\n"},
                 ["a.csv:2: bad date 'Sept 2022' in period_start (ISO YYYY-MM-DD)",
                  "a.csv:3: bad date '2022-13-01' in period_end (ISO YYYY-MM-DD)",
                  "a.csv:4: bad date '2022' in period_start (ISO YYYY-MM-DD)"],
                 id="bad-period-dates"),
    pytest.param({"a.csv": HEADER + "China-Russia trade,,trade_value,97710000000,USD,"
                                    "2022-07-31,2022-01-01,GAC,,\n"},
                 ["a.csv:2: period_start 2022-07-31 is after period_end 2022-01-01"],
                 id="period-reversed"),
    pytest.param({"a.csv": HEADER + "Nord Stream 1,NS1,capacity,55,bcm/year,2012-10-08,,A,,\n",
                  "b.csv": HEADER + "X,,m,1,count,,,S,,\nnord stream 1,,capacity,56,bcm/year,2012-10-08,,B,,\n"},
                 ["b.csv:3: conflicts with a.csv:2 (nord stream 1, capacity, 2012-10-08..): "
                  "value 56 bcm/year vs 55 bcm/year"], id="conflict"),
    pytest.param({"a.csv": HEADER + "X,,growth,29,percent,2022-01-01,2022-07-31,A,,\n"
                                    "X,,growth,31,percent,2022-01-01,2022-07-31,B,,\n"
                                    "X,,growth,31,percent,2022-01-01,2022-08-31,B,,\n"
                                    "X,,growth,7,count,2022-01-01,2022-07-31,B,,\n"},
                 ["a.csv:3: conflicts with a.csv:2 (X, growth, 2022-01-01..2022-07-31): "
                  "value 31 percent vs 29 percent"], id="conflict-only-same-period-and-dimension"),
    pytest.param({"a.csv": HEADER + "SCO,,member_count,8,count,2017-06-09,2023-07-03,Mehr,,\n"
                                    "SCO,,member_count,8,count,2017-06-09,2023-07-03,Mehr,,\n"},
                 ["a.csv:3: duplicate of a.csv:2"], id="exact-duplicate"),
    pytest.param({"a.csv": HEADER + "NS1,,capacity,55,bcm/year,,,A,,\n"
                                    "NS1,,capacity,55000,million_cubic_meter/year,,,B,,\n"},
                 ["a.csv:3: duplicate of a.csv:2"], id="duplicate-in-other-unit"),
    pytest.param({"a.csv": HEADER + 'X,,m,1,count,,,S,,"first line\nsecond line\nthird"\n'
                                    "X,,m2,1,bcm/yaer,,,S,,\n"
                                    '"Y\nY",,m3,1,count,,,S,,\n'
                                    "X,,m4,oops,count,,,S,,\n"},
                 ["a.csv:5: unknown unit 'bcm/yaer' (not in the project's unit registry, "
                  "nor count/date/list/text)",
                  "a.csv:8: bad number 'oops' in value ('.' decimal point, no thousands separators)"],
                 id="multiline-notes-keep-line-numbers"),
    pytest.param({"a.csv": (HEADER + 'X,,m,1,count,,,S,,"a\nb"\nX,,n,1,bcm/yaer,,,S,,\n').replace("\n", "\r\n")},
                 ["a.csv:4: unknown unit 'bcm/yaer' (not in the project's unit registry, "
                  "nor count/date/list/text)"], id="crlf-line-endings"),
    pytest.param({"a.csv": HEADER.encode() + "M\u00fcnchen,,population,1500000,count,,,Stadt,,\n"
                  .encode("latin-1")},
                 ["a.csv:2: not UTF-8 (byte 0xfc at offset 82); save the file as UTF-8"],
                 id="not-utf8"),
    pytest.param({"a.csv": HEADER + "X,,m,,count,,,,,\n"},
                 ["a.csv:2: empty required column 'value'", "a.csv:2: empty required column 'source'"],
                 id="empty-required-cells"),
    pytest.param({"a.csv": HEADER + "X,,m,1,count,,,S\nX,,Trade Value,1,count,,,S,,\n"},
                 ["a.csv:2: 8 fields, the header has 10",
                  "a.csv:3: bad metric 'Trade Value' (use snake_case: lower-case letters, digits, _)"],
                 id="field-count-and-metric"),
    pytest.param({"a.csv": HEADER + "X,,m,1,count,,,S,www.example.com,\nX,,n,a||b,list,,,S,,\n"},
                 ["a.csv:2: bad source_url 'www.example.com' (an http or https address)",
                  "a.csv:3: empty item in list value 'a||b'"], id="url-and-list"),
    pytest.param({"b.csv": HEADER + "X,,m,1,bcm/yaer,,,S,,\n",
                  "a.csv": "entity,metric,value,unit\n",
                  "sub/c.csv": HEADER + "X,,m,1,count,,,S,,\n"},
                 ["a.csv:1: missing required column 'source'",
                  "b.csv:2: unknown unit 'bcm/yaer' (not in the project's unit registry, "
                  "nor count/date/list/text)"],
                 id="all-problems-sorted-by-file"),
]


@pytest.mark.parametrize("files, expected", BAD_CASES)
def test_bad_csv_messages(tmp_path, files, expected):
    folder = write(tmp_path / "refs", files)
    assert validate_dir(folder) == expected
    with pytest.raises(ReferenceError) as info:
        load_dir(folder)
    assert info.value.problems == expected


def test_empty_folder(tmp_path):
    assert validate_dir(tmp_path) == [f"no reference CSV files in {tmp_path}"]
    (tmp_path / "README.md").write_text("no csv here", encoding="utf-8")
    (tmp_path / "history").mkdir()
    (tmp_path / "history" / "old.csv").write_text(HEADER, encoding="utf-8")
    with pytest.raises(ReferenceError) as info:
        load_dir(tmp_path)
    assert info.value.problems == [f"no reference CSV files in {tmp_path}"]


def test_missing_folder(tmp_path):
    assert validate_dir(tmp_path / "nope") == [f"reference folder {tmp_path / 'nope'} does not exist"]


def test_history_is_not_loaded(tmp_path):
    folder = write(tmp_path, {
        "energy.csv": HEADER + "Nord Stream 1,NS1,capacity,55,bcm/year,,,A,,\n",
        "history/energy.csv": HEADER + "Nord Stream 1,NS1,capacity,27.5,bcm/yaer,,,old,,\n",
        "sub/history/x.csv": "garbage\n",
        ".ipynb_checkpoints/energy-checkpoint.csv": HEADER + "Nord Stream 1,,capacity,1,bcm/year,,,A,,\n",
        "sub/more.csv": HEADER + "Nord Stream 2,NS2,capacity,55,bcm/year,,,B,,\n",
    })
    data = load_dir(folder)
    assert data.files == ["energy.csv", "sub/more.csv"]
    assert [(r.file, r.line, r.value) for r in data] == [("energy.csv", 2, 55.0), ("sub/more.csv", 2, 55.0)]


def test_fixture_folder_refs_bad():
    assert validate_dir(BAD) == [
        "energy.csv:5: unknown unit 'bcm/yaer' (not in the project's unit registry, nor count/date/list/text)",
        "energy.csv:6: bad number '59,200' in value ('.' decimal point, no thousands separators)",
        "energy.csv:7: conflicts with energy.csv:2 (Nord Stream 1, capacity, 2012-10-08..): "
        "value 27.5 bcm/year vs 55 bcm/year",
        "energy.csv:8: bad date 'Dec 2019' in value (ISO YYYY, YYYY-MM or YYYY-MM-DD)",
        "energy.csv:9: period_start 2021-12-31 is after period_end 2021-01-01",
        "energy.csv:10: duplicate of energy.csv:2",
        "latin1.csv:2: not UTF-8 (byte 0xe9 at offset 37); save the file as UTF-8",
        "people.csv:1: missing required column 'source'",
    ]


def test_good_rows_load_with_types(tmp_path):
    folder = write(tmp_path, {"a.csv": "\ufeff" + HEADER.rstrip("\n") + ",role\n"
                              + "SCO,Shanghai Cooperation Organization|SCO| ,member_states,"
                                "China|Russia,list,2017-06-09,,S,https://x.org/a,n,claim_ref\n"
                              + "\n"
                              + "SCO,,member_count,8,count,2017-06-09,2023-07-03,S,,,distractor\n"
                              + "Xi Jinping,Xi,birth_date,1953,date,,,S,,,claim_ref\n"})
    data = load_dir(folder)
    a, b, c = data.rows
    assert a.aliases == ("Shanghai Cooperation Organization", "SCO") and a.items == ("China", "Russia")
    assert a.value == "China|Russia" and a.period_start == date(2017, 6, 9) and a.period_end is None
    assert a.extra == {"role": "claim_ref"} and a.line == 2 and a.source_url == "https://x.org/a"
    assert b.value == 8.0 and b.dimension == "count" and b.line == 4 and b.extra["role"] == "distractor"
    assert c.value == "1953" and c.is_date
    assert data.by_metric["member_count"] == [1]
    assert data.by_name["sco"] == [0, 1] and data.by_name["xi"] == [2]
    assert data.by_name["shanghai cooperation organization"] == [0, 1]  # an alias names the entity


def test_a_name_shared_by_two_entities(tmp_path):
    folder = write(tmp_path, {"a.csv": HEADER + "Power of Siberia 1,Power of Siberia,capacity,38,bcm/year,,,S,,\n"
                                       "Power of Siberia 2,Soyuz Vostok,capacity,50,bcm/year,,,S,,\n"
                                       "Putin gas statement,Soyuz Vostok,statement_date,2022-09-07,date,,,S,,\n"
                                       "power of siberia 1,,throughput,10.4,bcm/year,,,S,,\n"})
    data = load_dir(folder)
    assert data.by_name["soyuz vostok"] == [1, 2]
    assert data.by_name["power of siberia"] == data.by_name["power of siberia 1"] == [0, 3]


# -- mentions ------------------------------------------------------------------------------------

MENTION_CASES = [
    ("Gazprom has been studying the Power of Siberia 2 pipeline.", ["Power of Siberia 2"]),
    ("Xi will meet Putin in Samarkand.", ["Xi", "Putin"]),
    ("Putin's aide said so.", ["Putin"]),
    ("leaders at the SCO in Uzbekistan", ["SCO"]),
    ("the Shanghai Cooperation Organization (SCO) summit", ["Shanghai Cooperation Organization", "SCO"]),
    ("equivalent to the Nord Stream 1 annual volumes", ["Nord Stream 1"]),
    ("Xinjiang is a region of China.", []),
    ("a sco of gas", []),
    ("the pipeline flows (NS1) were cut", ["NS1"]),
    ("Power of Siberia–2 and the power of siberia", ["Power of Siberia-2", "Power of Siberia"]),
    ("China’s president and the Russian president", ["China's president", "the Russian president"]),
    ("", []),
]


@pytest.mark.parametrize("text, names", MENTION_CASES)
def test_mentions(refs, text, names):
    found = refs.mentions(text)
    assert [name for _, _, name in found] == names
    for start, end, name in found:
        assert normalize_name(text[start:end]) == normalize_name(name)


def test_mentions_overlapping(refs):
    text = "Power of Siberia 2"
    assert refs.mentions(text) == [(0, 18, "Power of Siberia 2")]
    assert refs.mentions(text, longest=False) == [(0, 16, "Power of Siberia"), (0, 18, "Power of Siberia 2")]


WORDS = st.sampled_from(["the", "gas", "Xinjiang", "pipeline", "said", "on", "Monday", "of",
                         "power", "Siberian", "XiJinping", "sco", "Nordstream", "2", ",", "."])


@settings(max_examples=200, deadline=None)
@given(before=st.lists(WORDS, max_size=8), after=st.lists(WORDS, max_size=8),
       name=st.sampled_from(["Power of Siberia 2", "Nord Stream 1", "Putin", "SCO", "Xi Jinping"]))
def test_mentions_finds_a_name_among_noise(refs, before, after, name):
    text = " ".join([*before, name, *after])
    found = refs.mentions(text)
    start = len(" ".join(before)) + (1 if before else 0)
    assert (start, start + len(name), name) in found


# -- candidates ----------------------------------------------------------------------------------

def test_candidates_dimension_filter(refs):
    names = ["Nord Stream 1", "Power of Siberia 2", "China-Russia trade", "SCO"]
    rows = refs.candidates(names, dimension="bcm/year")
    assert rows and {r.dimension for r in rows} == {VOLUME_PER_TIME}
    assert {r.entity for r in rows} == {"Nord Stream 1", "Power of Siberia 2"}
    assert refs.candidates(names, dimension="million_cubic_meter/day") == rows
    usd = refs.candidates(names, dimension="USD")
    assert {r.metric for r in usd} == {"trade_value"}
    assert {r.metric for r in refs.candidates(names, dimension="count")} == {"member_count",
                                                                              "central_asian_member_count"}
    assert [r.metric for r in refs.candidates(["SCO"], dimension="list")] == ["member_states"]
    assert refs.candidates(names, dimension="tonne") == []


def test_candidates_on_date(refs):
    rows = refs.candidates(["NS1"], dimension="bcm/year", on_date=date(2021, 6, 1))
    assert [(r.metric, r.value) for r in rows] == [("capacity", 55.0), ("annual_throughput", 59.2)]
    growth = refs.candidates(["bilateral trade"], dimension="percent", on_date="2022-07-15")
    assert sorted(r.value for r in growth) == [29.0, 29.3, 31.0]
    sco = refs.candidates(["Shanghai Cooperation Organisation"], dimension="count", on_date="2022-09-11")
    assert sorted((r.metric, r.value) for r in sco) == [("central_asian_member_count", 4.0),
                                                         ("member_count", 8.0)]


def test_candidates_from_mentions(refs):
    text = "It will carry 50 billion cubic meters of gas per year, as much as Nord Stream 1 via Power of Siberia 2."
    rows = refs.candidates(refs.mentions(text), dimension="bcm/year")
    assert [r.entity for r in rows if r.metric.endswith("capacity")] == ["Power of Siberia 2", "Nord Stream 1"]
    assert refs.candidates(["nobody"]) == [] and refs.candidates("  xi   JINPING ")


def test_required_columns_constant():
    assert REQUIRED_COLUMNS == ("entity", "metric", "value", "unit", "source")


# -- the benchmark's synthetic data ---------------------------------------------------------------

def test_synthetic_rows_are_valid(tmp_path):
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_reference", ROOT / "benchmarks" / "bench_reference.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    rows = list(bench.synthetic_rows(50, seed=3))
    assert rows == list(bench.synthetic_rows(50, seed=3)) and set(rows[0]) == set(HEADER.strip().split(","))
    bench.write_synthetic(tmp_path, 2000, files=3, seed=3)
    assert validate_dir(tmp_path) == []
    data = load_dir(tmp_path)
    assert len(data) == 2000 and len(data.files) == 3
    text = bench.sentences(400, 1, seed=5)[0]
    assert len(text.split()) == 60
    assert len(data.mentions(text)) == 2
