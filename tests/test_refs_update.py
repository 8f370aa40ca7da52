"""Reference-data update (claims.refs_update, ``python -m claims refs update``): importers on real
file formats, the merge and its history, validation before writing, and all-or-nothing writes
checked by killing real runs with SIGKILL."""
from __future__ import annotations

import csv
import io
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims import cli
from claims.document import InputError
from claims.reference import load_dir, validate_dir
from claims.refs_update import (
    JOURNAL,
    TMP_SUFFIX,
    UpdateError,
    area_entity,
    locked,
    period_bounds,
    plan_update,
    read_source,
    recover,
    update,
)

ROOT = Path(__file__).resolve().parent.parent
FIX = ROOT / "tests" / "fixtures" / "refs_update"
SHIPPED = ROOT / "reference_data"
WDI = FIX / "API_NY.GDP.MKTP.CD_DS2_en_csv_v2.csv"
ESTAT = FIX / "estat_nama_10_gdp.csv"
NOW = datetime(2024, 12, 1, 10, 0, 0, tzinfo=timezone.utc)
HEADER = "entity,aliases,metric,value,unit,period_start,period_end,source,source_url,notes\n"


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under the folder (hidden ones too) with its bytes."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def csv_snapshot(folder: Path) -> dict[str, bytes]:
    """The CSV files (reference data and history), as a reader of the data sees them."""
    return {k: v for k, v in snapshot(folder).items() if k.endswith(".csv")}


def untimed(state: dict[str, bytes]) -> dict[str, bytes]:
    """A CSV snapshot with history's replaced_at times masked (a subprocess writes its own)."""
    return {k: re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", b"<time>", v) for k, v in state.items()}


@pytest.fixture(autouse=True)
def no_review_store(tmp_path_factory, monkeypatch):
    """No review store: ``refs update`` re-checks nothing here (tests/test_impact.py does)."""
    monkeypatch.setenv("CLAIMS_STORE", str(tmp_path_factory.mktemp("nostore") / "none.sqlite3"))


@pytest.fixture
def refs(tmp_path) -> Path:
    """A copy of the shipped reference data."""
    folder = tmp_path / "refs"
    shutil.copytree(SHIPPED, folder)
    return folder


def rows_of(folder: Path, metric: str) -> dict[tuple[str, str], tuple]:
    return {(r.entity, r.period_start.isoformat()): (r.value, r.unit)
            for r in load_dir(folder).rows if r.metric == metric}


# ---------------------------------------------------------------------------------------------
# periods and areas

@pytest.mark.parametrize("text, start, end", [
    ("2022", "2022-01-01", "2022-12-31"),
    ("2022-A1", "2022-01-01", "2022-12-31"),
    ("2022-S1", "2022-01-01", "2022-06-30"),
    ("2022-S2", "2022-07-01", "2022-12-31"),
    ("2022-Q3", "2022-07-01", "2022-09-30"),
    ("2022Q4", "2022-10-01", "2022-12-31"),
    ("2022-Q1", "2022-01-01", "2022-03-31"),
    ("2022-07", "2022-07-01", "2022-07-31"),
    ("2022-M02", "2022-02-01", "2022-02-28"),
    ("2024-02", "2024-02-01", "2024-02-29"),
    ("2022M12", "2022-12-01", "2022-12-31"),
    ("2022-W05", "2022-01-31", "2022-02-06"),
    ("2020-W53", "2020-12-28", "2021-01-03"),
    ("2022-07-15", "2022-07-15", "2022-07-15"),
])
def test_period_bounds(text, start, end):
    assert period_bounds(text) == (date.fromisoformat(start), date.fromisoformat(end))


@pytest.mark.parametrize("text", ["2022-Q5", "2022-13", "22", "2022-W54", "2023-W53", "2022-02-30", "2022-S3",
                                  "Q3 2022", "2022-07-01/P1Y", ""])
def test_period_bounds_refuses(text):
    with pytest.raises(ValueError):
        period_bounds(text)


@pytest.mark.parametrize("code, label, entity, aliases_include", [
    ("AT", "", "Austria", {"AT", "Republic of Austria"}),
    ("EL", "", "Greece", {"EL", "GR"}),                      # Eurostat's code for Greece
    ("UK", "", "United Kingdom", {"UK", "GB"}),              # Eurostat's code for the UK
    ("GRC", "Greece", "Greece", {"GRC"}),
    ("KOR", "Korea, Rep.", "South Korea", {"KOR", "Korea, Rep.", "Korea, Republic of"}),
    ("IRN", "Iran, Islamic Rep.", "Iran", {"IRN", "Iran, Islamic Republic of"}),
    ("RUS", "Russian Federation", "Russian Federation", {"RUS"}),
    ("EU27_2020", "", "European Union (27 countries)", {"EU27_2020", "EU"}),
    ("U2", "", "Euro area (changing composition)", {"U2"}),
    ("XKX", "Kosovo", "Kosovo", {"XKX"}),                    # not in ISO 3166-1
    ("WLD", "World", "World", {"WLD"}),                      # a World Bank aggregate keeps its name
    ("EMU", "Euro area", "Euro area", {"EMU"}),
])
def test_area_entity(code, label, entity, aliases_include):
    name, aliases, known = area_entity(code, label)
    assert (name, known) == (entity, True)
    assert aliases_include <= set(aliases)
    assert entity not in aliases


def test_area_entity_unknown_code_keeps_the_code():
    assert area_entity("ZZ9", "") == ("ZZ9", (), False)


# ---------------------------------------------------------------------------------------------
# importing each format into a copy of the shipped data

def test_import_eurostat_sdmx(refs):
    before = csv_snapshot(refs)
    plan = update(refs, ESTAT, metric="gdp", now=NOW)
    assert plan.summary() == "added 8, changed 0, unchanged 0"
    assert plan.notes == ["skipped 1 observation(s) without a value (lines 10)"]
    assert plan.applied and plan.into == "imported/estat_nama_10_gdp.csv"
    after = csv_snapshot(refs)
    assert {k: v for k, v in after.items() if k in before} == before  # the other files untouched
    assert set(after) - set(before) == {"imported/estat_nama_10_gdp.csv"}
    assert validate_dir(refs) == []
    data = load_dir(refs)
    assert data.version == plan.version_after != plan.version_before
    assert rows_of(refs, "gdp") == {
        ("Austria", "2022-01-01"): (447218700000.0, "EUR"),       # CP_MEUR: million euro
        ("Austria", "2023-01-01"): (473227100000.0, "EUR"),
        ("Germany", "2022-01-01"): (3876810000000.0, "EUR"),
        ("Germany", "2023-01-01"): (4121560000000.0, "EUR"),
        ("Greece", "2022-01-01"): (206620200000.0, "EUR"),        # EL
        ("Greece", "2023-01-01"): (220326500000.0, "EUR"),
        ("European Union (27 countries)", "2022-01-01"): (15871523100000.0, "EUR"),
        ("United Kingdom", "2019-01-01"): (2525627700000.0, "EUR"),  # UK; its 2020 value is empty
    }
    greece = data.rows_for("EL")
    assert {r.period_end for r in greece} == {date(2022, 12, 31), date(2023, 12, 31)}
    de23 = [r for r in data.rows_for("Germany") if r.period_start == date(2023, 1, 1)][0]
    assert "OBS_FLAG p" in de23.notes and "na_item=B1GQ" in de23.notes
    assert de23.source == "Eurostat (nama_10_gdp)"


def _semicolons(text):
    return "\n".join(";".join(row) for row in csv.reader(io.StringIO(text)))


def _labels_both(text):
    """Eurostat's labels=both: "AT:Austria", "CP_MEUR:Current prices, million euro" (quoted)."""
    rows = list(csv.reader(io.StringIO(text)))
    labels = {"AT": "Austria", "DE": "Germany", "EL": "Greece", "UK": "United Kingdom",
              "EU27_2020": "European Union - 27 countries (from 2020)"}
    for row in rows[1:]:
        row[3] = "CP_MEUR:Current prices, million euro"
        row[5] = f"{row[5]}:{labels[row[5]]}"
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue()


@pytest.mark.parametrize("variant, transform", [
    ("semicolon delimiter", _semicolons),
    ("labels=both cells", _labels_both),
    ("lower-case column names", lambda t: t.replace("TIME_PERIOD,OBS_VALUE,OBS_FLAG", "time_period,obs_value,obs_flag")),
    ("CRLF line ends and a BOM", lambda t: "\ufeff" + t.replace("\n", "\r\n")),
])
def test_sdmx_variants_give_the_same_rows(tmp_path, variant, transform):
    base = tmp_path / "base"
    shutil.copytree(SHIPPED, base)
    update(base, ESTAT, metric="gdp", now=NOW)
    src = tmp_path / "variant.csv"
    src.write_text(transform(ESTAT.read_text(encoding="utf-8")), encoding="utf-8", newline="")
    other = tmp_path / "other"
    shutil.copytree(SHIPPED, other)
    plan = update(other, src, metric="gdp", now=NOW)
    assert plan.summary() == "added 8, changed 0, unchanged 0"
    assert rows_of(other, "gdp") == rows_of(base, "gdp")
    assert {r.entity for r in load_dir(other).rows_for("AT")} == {"Austria"}


def test_file_permissions_are_kept(refs, tmp_path):
    (refs / "energy.csv").chmod(0o640)
    source = tmp_path / "s.csv"
    source.write_text(HEADER + "Nord Stream 1,,capacity,60,bcm/year,2012-10-08,,G,,\n", encoding="utf-8")
    update(refs, source, now=NOW)
    assert (refs / "energy.csv").stat().st_mode & 0o777 == 0o640


def test_import_oecd_sdmx_with_labels_and_unit_mult(refs):
    plan = update(refs, FIX / "oecd_qna_labels.csv", metric="gdp_quarterly", now=NOW)
    assert plan.summary() == "added 4, changed 0, unchanged 0"
    assert rows_of(refs, "gdp_quarterly") == {
        ("United States", "2022-07-01"): (6573700000000.0, "USD"),   # UNIT_MULT 9
        ("United States", "2022-10-01"): (6676100000000.0, "USD"),
        ("South Korea", "2022-07-01"): (411200000000.0, "USD"),
        ("Euro area (20 countries)", "2022-07-01"): (3498400000000.0, "USD"),
    }
    data = load_dir(refs)
    korea = data.rows_for("Korea")[0]  # the label column's name is kept as an alias
    assert korea.period_end == date(2022, 9, 30) and "OBS_STATUS E" in korea.notes
    assert korea.source == "OECD (DSD_NAMAIN1@DF_QNA)"


def test_import_ecb_monthly(refs):
    plan = update(refs, FIX / "ecb_hicp_monthly.csv", metric="inflation_hicp", now=NOW)
    assert plan.summary() == "added 4, changed 0, unchanged 0"
    assert plan.into == "imported/ecb_icp.csv"
    rows = {(r.period_start.isoformat(), r.period_end.isoformat()): r.value
            for r in load_dir(refs).rows if r.metric == "inflation_hicp"}
    assert rows == {("2022-07-01", "2022-07-31"): 8.9, ("2022-08-01", "2022-08-31"): 9.1,
                    ("2022-09-01", "2022-09-30"): 9.9, ("2022-10-01", "2022-10-31"): 10.6}


def test_import_unit_conversion_into_given_unit(refs):
    """--unit converts from the unit code's unit (million euro, scaled) when both are known."""
    update(refs, ESTAT, metric="gdp", unit="EUR", now=NOW)
    assert rows_of(refs, "gdp")[("Austria", "2022-01-01")] == (447218700000.0, "EUR")
    with pytest.raises(UpdateError) as ex:
        read_source(ESTAT, metric="gdp", unit="USD")
    assert ex.value.problems[0].startswith(f"{ESTAT}:2: unit code 'CP_MEUR' is EUR, which cannot be converted")


def test_import_worldbank_wdi(refs):
    plan = update(refs, WDI, now=NOW)  # metric and unit from data/import_indicators.csv
    assert plan.summary() == "added 46, changed 0, unchanged 0"
    assert plan.notes == ["skipped 2 empty year cell(s)"]
    assert plan.into == "imported/worldbank_ny_gdp_mktp_cd.csv"
    gdp = rows_of(refs, "gdp")
    assert len(gdp) == 46
    assert {e for e, _ in gdp} == {"China", "Euro area", "Greece", "Kosovo", "South Korea", "Russian Federation",
                                   "United States", "World"}
    assert gdp[("China", "2018-01-01")] == (13894907857880.5, "USD")
    assert gdp[("United States", "2022-01-01")] == (25744108000000.0, "USD")
    assert ("Kosovo", "2023-01-01") not in gdp and ("World", "2023-01-01") not in gdp  # empty cells
    row = load_dir(refs).rows_for("KOR")[0]
    assert row.source == "World Bank, World Development Indicators (updated 2024-06-28)"
    assert row.source_url == "https://data.worldbank.org/indicator/NY.GDP.MKTP.CD"
    assert "Korea, Rep." in row.aliases


def test_import_worldbank_databank_extract(refs, tmp_path):
    """A DataBank extract: Series Name/Code, years as "2022 [YR2022]", ".." for no data, footer lines."""
    src = tmp_path / "Data_Extract_From_World_Development_Indicators.csv"
    src.write_text(
        "Country Name,Country Code,Series Name,Series Code,2021 [YR2021],2022 [YR2022]\n"
        "Greece,GRC,GDP (current US$),NY.GDP.MKTP.CD,214874000000,219065799208\n"
        "Kosovo,XKX,GDP (current US$),NY.GDP.MKTP.CD,9412034299,..\n"
        "\n\n"
        "Data from database: World Development Indicators\n"
        "Last Updated: 06/28/2024\n", encoding="utf-8")
    plan = update(refs, src, now=NOW)
    assert plan.summary() == "added 3, changed 0, unchanged 0"
    assert plan.notes == ["skipped 1 empty year cell(s)"]
    assert rows_of(refs, "gdp") == {("Greece", "2021-01-01"): (214874000000.0, "USD"),
                                    ("Greece", "2022-01-01"): (219065799208.0, "USD"),
                                    ("Kosovo", "2021-01-01"): (9412034299.0, "USD")}


def test_wdi_entity_takes_the_existing_spelling(tmp_path):
    """An existing entity named by a longer name of the area (its alias "Russian Federation") is
    used, so the WDI rows join the facts already there."""
    folder = tmp_path / "refs"
    folder.mkdir()
    (folder / "countries.csv").write_text(
        HEADER + "Russia,Russian Federation|RF,population,146000000,count,2022-01-01,2022-12-31,Rosstat,,\n"
                 "china,,gdp,17000000000000,USD,2021-01-01,2021-12-31,someone,,\n", encoding="utf-8")
    plan = update(folder, WDI, now=NOW)
    assert plan.summary() == "added 45, changed 1, unchanged 0"  # china 2021 is a changed value
    gdp = rows_of(folder, "gdp")
    assert ("Russia", "2022-01-01") in gdp and ("Russian Federation", "2022-01-01") not in gdp
    assert ("china", "2021-01-01") in gdp and ("China", "2022-01-01") not in gdp
    russia = load_dir(folder).rows_for("RUS")
    assert len(russia) == 7 and all(r.entity == "Russia" for r in russia)


# ---------------------------------------------------------------------------------------------
# merging: unchanged, changed (with history), added

def test_reimport_is_unchanged_and_writes_nothing(refs):
    update(refs, ESTAT, metric="gdp", now=NOW)
    before = snapshot(refs)
    plan = update(refs, ESTAT, metric="gdp", now=NOW)
    assert plan.summary() == "added 0, changed 0, unchanged 8"
    assert plan.writes == {} and not plan.applied
    assert "nothing to write" in plan.report()
    assert snapshot(refs) == before


def test_revision_changes_one_row_in_place_and_keeps_history(refs):
    update(refs, ESTAT, metric="gdp", now=NOW)
    target = refs / "imported" / "estat_nama_10_gdp.csv"
    old_lines = target.read_bytes().splitlines(keepends=True)
    # Austria 2023 revised; Germany 2023 loses its p flag but keeps its value: unchanged
    plan = update(refs, FIX / "estat_nama_10_gdp_revised.csv", metric="gdp", now=NOW)
    assert plan.summary() == "added 0, changed 1, unchanged 7"
    assert [c.text(plan.source) for c in plan.changed] == [
        f"~ imported/estat_nama_10_gdp.csv:3  Austria, gdp, 2023-01-01..2023-12-31: 473227100000 EUR -> "
        f"477245400000 EUR  (from {FIX / 'estat_nama_10_gdp_revised.csv'}:3)"]
    new_lines = target.read_bytes().splitlines(keepends=True)
    assert len(new_lines) == len(old_lines)
    assert [i for i, (a, b) in enumerate(zip(old_lines, new_lines)) if a != b] == [2]  # line 3 only
    assert b",477245400000,EUR," in new_lines[2]
    with (refs / "history" / "imported" / "estat_nama_10_gdp.csv").open(newline="", encoding="utf-8") as fh:
        hist = list(csv.DictReader(fh))
    assert len(hist) == 1
    assert {k: hist[0][k] for k in ("entity", "value", "unit", "period_start", "replaced_at", "replaced_by_source",
                                    "replaced_by_file", "new_value", "new_unit")} == {
        "entity": "Austria", "value": "473227100000", "unit": "EUR", "period_start": "2023-01-01",
        "replaced_at": "2024-12-01T10:00:00+00:00", "replaced_by_source": "Eurostat (nama_10_gdp)",
        "replaced_by_file": "estat_nama_10_gdp_revised.csv", "new_value": "477245400000", "new_unit": "EUR"}
    assert validate_dir(refs) == []  # history/ is not loaded: the old value is no conflict


def test_second_revision_appends_to_history(refs, tmp_path):
    update(refs, ESTAT, metric="gdp", now=NOW)
    update(refs, FIX / "estat_nama_10_gdp_revised.csv", metric="gdp", now=NOW)
    hist_path = refs / "history" / "imported" / "estat_nama_10_gdp.csv"
    first = hist_path.read_bytes()
    third = tmp_path / "estat_third.csv"
    third.write_text(ESTAT.read_text().replace(",AT,2023,473227.1,", ",AT,2023,480000,"), encoding="utf-8")
    plan = update(refs, third, metric="gdp", now=datetime(2025, 1, 2, tzinfo=timezone.utc))
    assert plan.summary() == "added 0, changed 1, unchanged 7"
    now_bytes = hist_path.read_bytes()
    assert now_bytes.startswith(first)  # appended, the earlier record untouched
    rows = list(csv.DictReader(io.StringIO(now_bytes.decode())))
    assert [(r["value"], r["new_value"], r["replaced_at"]) for r in rows] == [
        ("473227100000", "477245400000", "2024-12-01T10:00:00+00:00"),
        ("477245400000", "480000000000", "2025-01-02T00:00:00+00:00")]


def test_tidy_update_changes_a_shipped_row_where_it_is(refs, tmp_path):
    """A tidy SOURCE: the matching fact is changed in energy.csv at its line (the extra column
    role and the notes kept), the new fact goes to --into, everything else keeps its bytes."""
    ns1 = next(r for r in load_dir(refs).rows if r.entity == "Nord Stream 1" and r.metric == "capacity")
    source = tmp_path / "revisions.csv"
    source.write_text(HEADER
                      + "nord stream 1,NS-1,capacity,60,bcm/year,2012-10-08,,Gazprom 2024,,\n"
                      + "Nord Stream 1,,capacity_utilisation,0,percent,2023-01-01,2023-12-31,Gazprom 2024,,\n",
                      encoding="utf-8")
    energy_before = (refs / "energy.csv").read_bytes().splitlines(keepends=True)
    others = {k: v for k, v in csv_snapshot(refs).items() if k != "energy.csv"}
    plan = update(refs, source, now=NOW)
    assert plan.summary() == "added 1, changed 1, unchanged 0"
    assert plan.changed[0].where == f"energy.csv:{ns1.line}"
    assert plan.added[0].where == "imported/revisions.csv:2"
    energy_after = (refs / "energy.csv").read_bytes().splitlines(keepends=True)
    assert [i + 1 for i, (a, b) in enumerate(zip(energy_before, energy_after)) if a != b] == [ns1.line]
    assert len(energy_after) == len(energy_before)
    row = next(r for r in load_dir(refs).rows if r.entity == "Nord Stream 1" and r.metric == "capacity")
    assert (row.value, row.source, row.line) == (60.0, "Gazprom 2024", ns1.line)
    assert row.aliases == (*ns1.aliases, "NS-1")                 # aliases of both
    assert row.extra == {"role": "claim_ref"} and row.notes == ns1.notes  # empty new cells keep old ones
    assert row.source_url == ns1.source_url
    after = csv_snapshot(refs)
    assert {k: after[k] for k in others} == others
    with (refs / "history" / "energy.csv").open(newline="", encoding="utf-8") as fh:
        hist = list(csv.DictReader(fh))
    assert [(h["entity"], h["value"], h["role"], h["new_value"]) for h in hist] == [
        ("Nord Stream 1", "55", "claim_ref", "60")]


def test_tidy_source_and_url_fill_empty_cells(tmp_path):
    folder = tmp_path / "refs"
    folder.mkdir()
    (folder / "a.csv").write_text(HEADER + "A,,m,1,count,,,s,,\n", encoding="utf-8")
    source = tmp_path / "new.csv"
    source.write_text(HEADER + "B,,m,2,count,,,,,\nC,,m,3,count,,,own source,https://c.example/,\n",
                      encoding="utf-8")
    update(folder, source, source="Statistics Office", source_url="https://stat.example/t1", now=NOW)
    rows = {r.entity: (r.source, r.source_url) for r in load_dir(folder).rows}
    assert rows == {"A": ("s", ""), "B": ("Statistics Office", "https://stat.example/t1"),
                    "C": ("own source", "https://c.example/")}


def test_crlf_and_bom_are_kept(tmp_path):
    folder = tmp_path / "refs"
    folder.mkdir()
    text = HEADER + "A,,m,1,count,,,s,,\nB,,m,2,count,,,s,,\nC,,m,3,count,,,s,,"  # no final line break
    (folder / "a.csv").write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode())
    source = tmp_path / "new.csv"
    source.write_text(HEADER + "B,,m,20,count,,,t,,\nC,,m,30,count,,,t,,\nD,,m,4,count,,,t,,\n", encoding="utf-8")
    update(folder, source, into="a.csv", now=NOW)
    assert (folder / "a.csv").read_bytes() == (
        b"\xef\xbb\xbf" + HEADER.replace("\n", "\r\n").encode()
        + b"A,,m,1,count,,,s,,\r\nB,,m,20,count,,,t,,\r\nC,,m,30,count,,,t,,\r\nD,,m,4,count,,,t,,\r\n")


def test_dry_run_writes_nothing(refs, capsys):
    before = snapshot(refs)
    assert cli.main(["refs", "update", str(ESTAT), "--refs", str(refs), "--metric", "gdp", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "added 8, changed 0, unchanged 0"
    assert "dry run: would write imported/estat_nama_10_gdp.csv" in out
    assert "+ imported/estat_nama_10_gdp.csv:9  United Kingdom, gdp, 2019-01-01..2019-12-31: 2525627700000 EUR" in out
    assert snapshot(refs) == before


# ---------------------------------------------------------------------------------------------
# broken input: every problem as file:line, exit status 2, nothing written

BROKEN = [
    ("estat_bad_period.csv", ["--metric", "gdp"],
     ["estat_bad_period.csv:7: bad TIME_PERIOD '2023-Q5'"]),
    ("estat_bad_value.csv", ["--metric", "gdp"],
     ["estat_bad_value.csv:4: bad OBS_VALUE '3,876,810'"]),
    ("estat_missing_column.csv", ["--metric", "gdp"],
     ["estat_missing_column.csv:1: missing column OBS_VALUE"]),
    ("estat_unknown_unit.csv", ["--metric", "gdp"],
     ["estat_unknown_unit.csv:3: unknown unit code 'CP_MNAC' in column unit: give --unit"]),
    ("estat_two_series.csv", ["--metric", "gdp"],
     ["estat_two_series.csv:11: conflicts with " + str(FIX / "estat_two_series.csv") + ":2 (Austria, gdp, "
      "2022-01-01..2022-12-31): value 360021500000 EUR vs 447218700000 EUR",
      "estat_two_series.csv: the same fact twice"]),
    ("estat_short_row.csv", ["--metric", "gdp"],
     ["estat_short_row.csv:4: 9 fields, the header has 10"]),
    ("estat_latin1.csv", ["--metric", "gdp"],
     ["estat_latin1.csv:3: not UTF-8 (byte 0xd6"]),
    ("wdi_no_header.csv", [],
     ["wdi_no_header.csv:1: not a World Bank WDI CSV"]),
    ("wdi_bad_number.csv", [],
     ["wdi_bad_number.csv:8: bad number '188.926.000.000' in column 2020"]),
    ("wdi_short_row.csv", [],
     ["wdi_short_row.csv:10: 5 fields, the header has 11"]),
    ("wdi_unknown_indicator.csv", [],
     ["wdi_unknown_indicator.csv:6: indicator NY.GDP.MKTP.CN (GDP (current LCU)) is not in "
      "data/import_indicators.csv: give --metric",
      "wdi_unknown_indicator.csv:6: cannot tell the unit of indicator NY.GDP.MKTP.CN (GDP (current LCU)): "
      "give --unit"]),
    ("wdi_two_indicators.csv", ["--metric", "gdp"],
     ["wdi_two_indicators.csv:12: a second indicator (SP.POP.TOTL) in the file, but --metric names one"]),
]


@pytest.mark.parametrize("name, options, expected", BROKEN, ids=[b[0] for b in BROKEN])
def test_broken_sources_are_refused_with_file_line(refs, capsys, name, options, expected):
    before = snapshot(refs)
    status = cli.main(["refs", "update", str(FIX / name), "--refs", str(refs), *options])
    err = capsys.readouterr().err.splitlines()
    assert status == 2
    assert len(err) == len(expected) + 1
    for line, want in zip(err, expected):
        assert line.startswith(str(FIX / want.split(":", 1)[0]) + ":" + want.split(":", 1)[1])
    assert err[-1].startswith("claims: error: ") and "nothing was written" in err[-1]
    assert snapshot(refs) == before


def test_tidy_problems_cite_source_lines(refs, tmp_path):
    """The reference loader's own checks, at the SOURCE's lines (a quoted cell spanning two lines
    moves the later rows down)."""
    source = tmp_path / "bad.csv"
    source.write_text(HEADER
                      + 'X,,m,1,count,,,s,,"two\nlines"\n'           # lines 2-3
                      + "Y,,m,2,bcm/yaer,,,s,,\n"                    # line 4
                      + "Z,,m,3,count,,,s,,\n"                       # line 5
                      + "z,,m,3,count,,,s,,\n"                       # line 6: the same fact
                      + "W,,Bad Metric,4,count,2022-02-30,,s,ftp://x,\n", encoding="utf-8")  # line 7
    before = snapshot(refs)
    with pytest.raises(UpdateError) as ex:
        update(refs, source)
    s = str(source)
    assert ex.value.problems == [
        f"{s}:4: unknown unit 'bcm/yaer' (not in the project's unit registry, nor count/date/list/text)",
        f"{s}:6: duplicate of {s}:5",
        f"{s}:7: bad metric 'Bad Metric' (use snake_case: lower-case letters, digits, _)",
        f"{s}:7: bad date '2022-02-30' in period_start (ISO YYYY-MM-DD)",
        f"{s}:7: bad source_url 'ftp://x' (an http or https address)",
    ]
    assert snapshot(refs) == before


def test_merged_problem_is_reported_at_the_source_line(refs):
    """--into a file without period columns: the imported years of one country become the same
    fact there. The merged folder is checked before writing and the problem cites SOURCE:line."""
    (refs / "plain.csv").write_text("entity,metric,value,unit,source\nZ,m,1,count,s\n", encoding="utf-8")
    before = snapshot(refs)
    with pytest.raises(UpdateError) as ex:
        update(refs, ESTAT, metric="gdp", into="plain.csv")
    assert ex.value.problems[0].startswith(f"{ESTAT}:3: conflicts with plain.csv:3 (Austria, gdp, no period)")
    assert ex.value.problems[0].endswith("(as plain.csv:4 after the merge)")
    assert "nothing was written" in str(ex.value)
    assert snapshot(refs) == before


def test_existing_problems_refuse_the_update(tmp_path):
    folder = tmp_path / "refs"
    shutil.copytree(ROOT / "tests" / "fixtures" / "refs_bad", folder)
    before = snapshot(folder)
    with pytest.raises(UpdateError) as ex:
        update(folder, ESTAT, metric="gdp")
    assert ex.value.problems == validate_dir(folder)
    assert "problem(s) already" in str(ex.value)
    assert snapshot(folder) == before


@pytest.mark.parametrize("into, message", [
    ("history/x.csv", "not loaded as reference data"),
    (".hidden/x.csv", "not loaded as reference data"),
    ("../x.csv", "not inside the reference folder"),
    ("x.txt", "must be a .csv file"),
    ("/tmp/elsewhere.csv", "not inside the reference folder"),
])
def test_bad_into(refs, into, message):
    with pytest.raises(InputError, match=message):
        update(refs, ESTAT, metric="gdp", into=into)


@pytest.mark.parametrize("options, message", [
    (["--metric", "GDP"], "--metric 'GDP': use snake_case"),
    (["--metric", "gdp", "--unit", "euros"], "--unit 'euros': not a unit"),
    ([], "--metric is required for SDMX-CSV"),
    (["--metric", "gdp", "--source-url", "www.x"], "not an http or https address"),
])
def test_bad_options_are_one_line(refs, capsys, options, message):
    assert cli.main(["refs", "update", str(ESTAT), "--refs", str(refs), *options]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and err[0].startswith("claims: error: ") and message in err[0]


def test_unrecognised_format(refs, tmp_path, capsys):
    src = tmp_path / "x.csv"
    src.write_text("a,b\n1,2\n")
    assert cli.main(["refs", "update", str(src), "--refs", str(refs)]) == 2
    assert "cannot tell the format" in capsys.readouterr().err


def test_cli_subprocess_end_to_end(refs, run_cli):
    result = run_cli("refs", "update", ESTAT, "--refs", refs, "--metric", "gdp")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "added 8, changed 0, unchanged 0"
    assert "wrote imported/estat_nama_10_gdp.csv" in result.stdout
    result = run_cli("refs", "validate", "--refs", refs)
    assert result.returncode == 0 and result.stdout.strip() == "reference data OK: 62 rows in 6 files"
    result = run_cli("refs", "update", FIX / "estat_bad_value.csv", "--refs", refs, "--metric", "gdp")
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_lock_serialises_updates(refs):
    with locked(refs):
        with pytest.raises(InputError, match="another reference update is running"):
            with locked(refs, timeout=0.2):
                pass


def test_plan_then_apply_refuses_a_file_changed_meanwhile(refs, tmp_path):
    from claims.refs_update import apply_plan

    source = tmp_path / "s.csv"
    source.write_text(HEADER + "Nord Stream 1,,capacity,60,bcm/year,2012-10-08,,G,,\n", encoding="utf-8")
    plan = plan_update(refs, read_source(source))
    with (refs / "energy.csv").open("a", encoding="utf-8") as fh:
        fh.write("Someone,,m,1,count,,,s,,,\n")
    edited = snapshot(refs)
    with pytest.raises(UpdateError, match="energy.csv changed while the update was being prepared"):
        apply_plan(plan)
    assert snapshot(refs) == edited


# ---------------------------------------------------------------------------------------------
# all or nothing: kill -9 at random points

def _kill_scenario(tmp_path) -> tuple[Path, Path]:
    """A tidy SOURCE that changes rows in two files and adds one: five files written."""
    source = tmp_path / "multi.csv"
    rows = load_dir(SHIPPED).rows
    ns1 = next(r for r in rows if r.entity == "Nord Stream 1" and r.metric == "capacity")
    iran = next(r for r in rows if r.entity == "Iran sanctions")
    source.write_text(
        HEADER
        + f"{ns1.entity},,capacity,61,bcm/year,{ns1.period_start},,Test revision,,\n"
        + f"{iran.entity},,sanctions_designations_count,3700,count,,{iran.period_end},Test revision,,\n"
        + "Test pipeline,,capacity,5,bcm/year,2020-01-01,,Test revision,,\n", encoding="utf-8")
    return source, tmp_path / "expected"


def test_killed_runs_leave_old_or_new_data(tmp_path):
    """SIGKILL a real ``refs update`` at stratified random moments (its write steps slowed by
    CLAIMS_REFS_UPDATE_PAUSE so the kills land in every phase). After each kill the folder
    validates and, once a leftover journal is rolled forward, holds exactly the old or the new
    data; the next update then completes it."""
    source, _ = _kill_scenario(tmp_path)
    old = tmp_path / "old"
    shutil.copytree(SHIPPED, old)
    old_csv = csv_snapshot(old)
    new = tmp_path / "new"
    shutil.copytree(SHIPPED, new)
    plan = update(new, source, now=NOW)
    assert len(plan.writes) == 5
    new_csv = untimed(csv_snapshot(new))
    rng = random.Random(6)
    pause = 0.03
    window = pause * 13  # 5 temp files, the journal, 5 renames, slack
    outcomes = []
    trials = 10
    env = dict(os.environ, PYTHONPATH=str(ROOT), CLAIMS_REFS_UPDATE_PAUSE=str(pause))
    for i in range(trials):
        folder = tmp_path / f"run{i}"
        shutil.copytree(old, folder)
        cmd = [sys.executable, "-m", "claims", "refs", "update", str(source), "--refs", str(folder)]
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        # wait for the first temporary file, then kill at a stratified random moment of the window
        deadline = time.monotonic() + 30
        while not any(folder.rglob("*" + TMP_SUFFIX)) and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.001)
        time.sleep((i + rng.random()) * window / trials)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        proc.stderr.close()
        journal = (folder / JOURNAL).exists()
        state = untimed(csv_snapshot(folder))
        assert validate_dir(folder) == [], f"trial {i}: the folder does not validate"
        if journal:
            recover(folder)
            state = untimed(csv_snapshot(folder))
            assert not (folder / JOURNAL).exists()
        assert state in (old_csv, new_csv), f"trial {i}: neither the old nor the new data"
        outcomes.append(("rolled forward" if journal else "new") if state == new_csv else "old")
        # the next update finishes the job and leaves no temporary files
        update(folder, source, now=NOW)
        assert untimed(csv_snapshot(folder)) == new_csv
        assert not list(folder.rglob("*" + TMP_SUFFIX)) and not (folder / JOURNAL).exists()
    # the kills landed before the journal (old data, temp files left) and after it (rolled forward)
    assert "old" in outcomes and "rolled forward" in outcomes, outcomes


def test_kill_without_pause_hook(tmp_path):
    """Unslowed runs killed at random moments after start: old or new data, never a mix."""
    source, _ = _kill_scenario(tmp_path)
    old = tmp_path / "old"
    shutil.copytree(SHIPPED, old)
    old_csv = csv_snapshot(old)
    new = tmp_path / "new"
    shutil.copytree(SHIPPED, new)
    update(new, source, now=NOW)
    new_csv = untimed(csv_snapshot(new))
    rng = random.Random(9)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("CLAIMS_REFS_UPDATE_PAUSE", None)
    for i in range(3):
        folder = tmp_path / f"run{i}"
        shutil.copytree(old, folder)
        proc = subprocess.Popen([sys.executable, "-m", "claims", "refs", "update", str(source), "--refs",
                                 str(folder)], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.3, 1.2))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert validate_dir(folder) == []
        recover(folder)
        assert untimed(csv_snapshot(folder)) in (old_csv, new_csv)


# ---------------------------------------------------------------------------------------------
# property: after any sequence of updates the data holds the latest values, history the rest

ENTITIES = ("Alpha", "Beta", "Gamma")
YEARS = (2021, 2022)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.dictionaries(st.tuples(st.sampled_from(ENTITIES), st.sampled_from(YEARS)),
                                st.integers(0, 3), min_size=1), min_size=1, max_size=4))
def test_updates_keep_latest_values_and_history(tmp_path_factory, batches):
    folder = tmp_path_factory.mktemp("prop")
    (folder / "base.csv").write_text(HEADER + "Alpha,,score,0,count,2021-01-01,2021-12-31,base,,\n",
                                     encoding="utf-8")
    expected = {("Alpha", 2021): 0}
    replaced = 0
    for n, batch in enumerate(batches):
        source = folder.parent / f"{folder.name}_batch{n}.csv"
        source.write_text(HEADER + "".join(f"{e},,score,{v},count,{y}-01-01,{y}-12-31,batch {n},,\n"
                                           for (e, y), v in batch.items()), encoding="utf-8")
        plan = update(folder, source, into="new.csv", now=NOW)
        changes = sum(1 for k, v in batch.items() if k in expected and expected[k] != v)
        adds = sum(1 for k in batch if k not in expected)
        assert (len(plan.changed), len(plan.added), plan.unchanged) == (changes, adds, len(batch) - changes - adds)
        replaced += changes
        expected.update(batch)
        again = update(folder, source, into="new.csv", now=NOW)
        assert (len(again.changed), len(again.added), again.unchanged) == (0, 0, len(batch))
    data = load_dir(folder)
    assert {(r.entity, r.period_start.year): int(r.value) for r in data.rows} == expected
    history = list((folder / "history").rglob("*.csv"))
    rows = sum(len(list(csv.DictReader(io.StringIO(h.read_text())))) for h in history)
    assert rows == replaced
