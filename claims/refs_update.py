"""Reference-data update: import official statistics, merge them into the reference folder with
a history of replaced values, and write the result all-or-nothing (DESIGN section 3; issue 6).

    imported = read_source("nama_10_gdp.csv", metric="gdp")        # sdmx / worldbank / tidy
    plan = plan_update(refs_dir, imported)                          # nothing written yet
    plan.summary()                                                  # "added 3, changed 1, ..."
    apply_plan(plan)                                                # temp files, journal, renames
    # or, all of it under the folder's lock:  update(refs_dir, source, ...)

**Formats** (``--format``; guessed from the file when not given):

* ``tidy``: a CSV in the schema of DESIGN section 3 (the reference files themselves).
* ``sdmx``: SDMX-CSV as Eurostat, the OECD, the IMF and the ECB export it: one observation per
  line; a structure column (``DATAFLOW``, or ``STRUCTURE``/``STRUCTURE_ID`` in SDMX-CSV 2.0, or
  ECB's ``KEY``), the dimensions (the area in ``REF_AREA`` or ``geo``), ``TIME_PERIOD``,
  ``OBS_VALUE``, then attributes (``OBS_FLAG``/``OBS_STATUS``, ``UNIT_MEASURE`` or ``unit``,
  ``UNIT_MULT``). Column names are matched case-insensitively (Eurostat writes ``geo``, some
  files ``obs_value``); ``;`` as the delimiter is recognised from the header. Label columns
  (OECD's "with labels" files put "Reference area" after ``REF_AREA``) and ``CODE:Label`` cells
  (Eurostat's ``labels=both``) are understood.
* ``worldbank``: the World Bank WDI CSV download (metadata lines on top, then ``Country Name,
  Country Code, Indicator Name, Indicator Code`` and one column a year), or a DataBank extract
  (``Series Name``/``Series Code``, years as ``2022 [YR2022]``, ``..`` for no data).

**Rows made from statistics.** The entity is the country's name from pycountry (its common name
when it has one: "Iran", "South Korea"; otherwise its ISO name: "Russian Federation"); the code
from the file stays as an alias, with the ISO and the source's own names. Eurostat's ``EL``
(Greece) and ``UK`` (United Kingdom), and aggregates (EU27_2020, EA20, U2, ...), are read through
``data/area_codes.csv``; an area code that is neither keeps the source's label (the World Bank's
"World", "Euro area") or, without a label, the code itself. When the reference data already has an
entity of that name, or one whose name is one of the area's longer names, its spelling is used.
The period comes from ``TIME_PERIOD`` or the year column: ``2022`` is 2022-01-01..2022-12-31,
``2022-Q3`` a quarter, ``2022-07`` (or ``2022-M07``) a month, ``2022-S1`` a half year, ``2022-W05``
an ISO week, ``2022-07-15`` a day. The metric is ``--metric`` (snake_case), or for known World
Bank indicators ``data/import_indicators.csv``. The unit is ``--unit``, or read from the unit
code (``data/import_units.csv``: ``CP_MEUR`` is EUR with values in millions, ``PC_GDP`` is
percent) or from the WDI indicator name ("GDP (current US$)" is USD); values are scaled by the
unit code's power of ten and by ``UNIT_MULT``, exactly (decimal arithmetic), and converted into
``--unit`` when both are known. An observation without a value (empty, ``NaN``, ``..``) is
skipped and counted; a flagged value (Eurostat ``p`` provisional, ``e`` estimated, SDMX
``OBS_STATUS``) is imported with the flag in ``notes``.

**Validate everything before writing anything.** The imported rows are checked with the
reference loader's own rules (``claims.reference._Loader``), problems given as
``SOURCE:line: what is wrong``; then the merged folder is checked again, in memory, with the same
loader (a problem caused by an imported row is reported at its SOURCE line). Any problem raises
:class:`UpdateError` and nothing is written.

**Merge.** The same fact is the same entity (case-insensitive), metric, unit dimension,
period_start and period_end: the key the validator refuses twice. A new fact is *added* (to
``--into``); a fact whose value differs (numbers compared after unit conversion) is *changed* in
place, in the file and at the line that holds it, and the old row goes to
``history/<that file>`` with ``replaced_at`` (UTC), ``replaced_by_source``, ``replaced_by_file``,
``new_value`` and ``new_unit``; a fact with the same value is *unchanged* and its row is left
as it is, byte for byte, even when its source text differs. A changed row takes the new value,
unit, period and source; aliases are the union of old and new; ``source_url``, ``notes`` and
extra columns take the new cell when it is not empty. Untouched rows keep their bytes.

``--into`` (default): ``imported/<slug>.csv`` under the reference folder, the slug made of the
SDMX dataflow (``estat_nama_10_gdp``), the WDI indicator (``worldbank_ny_gdp_mktp_cd``), else
``--source``, else the SOURCE file name. A new file gets the columns of section 3 (plus the extra
columns of a tidy SOURCE); rows go into an existing file with its header (cells of columns it
lacks are dropped).

**All or nothing.** :func:`apply_plan` writes every new file to a temporary file in the same
folder (``.NAME.refs-update.tmp``, which the loader ignores), fsyncs it, then writes a journal
(``.update-journal.json``, atomically) listing the renames, renames each temporary file over its
target with ``os.replace``, fsyncs the folders and removes the journal. A run killed before the
journal exists leaves the old data (and stale temporary files, removed by the next run); a run
killed after leaves a journal that :func:`recover` rolls forward (``refs update`` and
``refs validate`` call it first). Updates of one folder are serialised with ``flock`` on the
folder. The environment variable ``CLAIMS_REFS_UPDATE_PAUSE`` (seconds) makes each write step
sleep, so tests can kill a run in every phase.
"""
from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import re
import stat
import time
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from functools import lru_cache
from pathlib import Path, PurePosixPath
from typing import Iterator

from .document import InputError
from .reference import (
    COLUMNS,
    SKIPPED_DIRS,
    RefRow,
    _csv_files,
    _Loader,
    _same_value,
    dimension_of,
    normalize_name,
)
from .units import convert, parse_unit

__all__ = [
    "FORMATS",
    "Imported",
    "Incoming",
    "Plan",
    "UpdateError",
    "apply_plan",
    "detect_format",
    "plan_update",
    "read_source",
    "recover",
    "update",
]

FORMATS = ("tidy", "sdmx", "worldbank")
DATA = Path(__file__).with_name("data")
#: a SOURCE file larger than this is refused (the whole WDI bulk file is about 250 MB; one
#: indicator, or one Eurostat dataset extract, is a few MB)
MAX_SOURCE_BYTES = 200_000_000
JOURNAL = ".update-journal.json"
TMP_SUFFIX = ".refs-update.tmp"
HISTORY_DIR = "history"
HISTORY_COLUMNS = ("replaced_at", "replaced_by_source", "replaced_by_file", "new_value", "new_unit")
PAUSE_ENV = "CLAIMS_REFS_UPDATE_PAUSE"
#: how many added / changed rows the readable diff lists before "... and N more"
DIFF_ADDED_SHOWN = 50
DIFF_CHANGED_SHOWN = 500

_METRIC_RE = re.compile(r"[a-z][a-z0-9_]*")
_NUMBER_RE = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
_MISSING_VALUES = frozenset({"", "nan", "na", "n/a", ":", "..", "-"})
_SDMX_STRUCTURE_COLS = frozenset({"DATAFLOW", "STRUCTURE", "STRUCTURE_ID", "STRUCTURE_NAME", "ACTION",
                                  "LAST UPDATE", "KEY"})
_SDMX_AREA_COLS = ("REF_AREA", "GEO", "LOCATION", "COUNTRY")
_SDMX_UNIT_COLS = ("UNIT_MEASURE", "UNIT")
_SDMX_FLAG_COLS = ("OBS_FLAG", "OBS_STATUS", "CONF_STATUS")
_SDMX_AGENCIES = {"ESTAT": "Eurostat", "EUROSTAT": "Eurostat", "OECD": "OECD", "IMF": "IMF", "ECB": "ECB",
                  "BIS": "BIS", "WB": "World Bank", "ILO": "ILO", "UNSD": "UN Statistics Division"}
_WDI_YEAR_RE = re.compile(r"(\d{4})(?: \[YR\d{4}\])?")
_CODE_LIKE_RE = re.compile(r"[A-Za-z0-9_.\-]+")


class UpdateError(ValueError):
    """An update that cannot be made; nothing was written. ``problems`` lists every problem found
    as ``file:line: what is wrong``; ``str()`` is a one-line summary."""

    def __init__(self, problems: list[str], summary: str):
        self.problems = list(problems)
        self.summary = summary
        super().__init__(summary)


# =============================================================================================
# imported rows


@dataclass
class Incoming:
    """One row to merge: the cells of the section 3 columns (and a tidy SOURCE's extra columns)
    as text, the SOURCE line it comes from, and names under which an existing entity may be
    found (codes, ISO and source names of a country)."""

    cells: dict[str, str]
    line: int
    match_names: tuple[str, ...] = ()


@dataclass
class Imported:
    """The rows read from one SOURCE file, checked by the reference rules."""

    path: str  # the SOURCE as the user named it (problems cite it)
    format: str
    rows: list[Incoming]
    refrows: list[RefRow]  # rows[i] checked and parsed (entity/metric/value/unit/period), same order
    extra_columns: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # skipped observations, codes kept as names
    slug: str = "import"

    @property
    def default_into(self) -> str:
        return f"imported/{self.slug}.csv"


def _count_lines(text: str) -> int:
    """Line breaks as the csv module and io.StringIO(newline="") count them (\\n, \\r, \\r\\n)."""
    return text.count("\n") + text.count("\r") - text.count("\r\n")


def _render(cells, newline: str) -> str:
    """One CSV record as text, quoted where needed, ending with ``newline``."""
    buf = io.StringIO()
    csv.writer(buf, lineterminator=newline).writerow(cells)
    return buf.getvalue()


def _slug(text: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")
    return s[:80] or "import"


def _decode_source(path: Path, display: str) -> str:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError(f"{display}: no such file") from None
    if path.is_dir():
        raise InputError(f"{display}: is a folder, not a file")
    if size > MAX_SOURCE_BYTES:
        raise InputError(f"{display}: {size:,} bytes, over the {MAX_SOURCE_BYTES:,}-byte limit for a SOURCE")
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as ex:
        line = data.count(b"\n", 0, ex.start) + 1
        raise UpdateError([f"{display}:{line}: not UTF-8 (byte 0x{data[ex.start]:02x} at offset {ex.start}); "
                           "save the file as UTF-8"], f"{display}: not UTF-8; nothing was written") from None


def _records(text: str, delimiter: str = ",") -> Iterator[tuple[int, int, list[str]]]:
    """CSV records with the lines they span (first, last), counted as claims.reference counts
    them (a quoted field may span lines). Raises csv.Error with the line in ``args[1]``."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    prev_end = 0
    while True:
        try:
            rec = next(reader)
        except StopIteration:
            return
        except csv.Error as ex:
            raise csv.Error(str(ex), prev_end + 1) from None
        start, prev_end = prev_end + 1, reader.line_num
        yield start, prev_end, rec


def detect_format(text: str) -> str | None:
    """``tidy``, ``sdmx`` or ``worldbank`` from the first lines of a file, or None."""
    head = text[:20000]
    first = head.split("\n", 1)[0]
    cells = {c.strip().strip('"').upper() for c in re.split(r"[,;]", first)}
    if {"ENTITY", "METRIC", "VALUE"} <= cells:
        return "tidy"
    if {"OBS_VALUE", "TIME_PERIOD", "DATAFLOW", "STRUCTURE"} & cells:
        return "sdmx"
    if ("Country Code" in head and ("Indicator Code" in head or "Series Code" in head)) \
            or first.lstrip('"').startswith("Data Source"):
        return "worldbank"
    return None


def _check_metric_unit(metric: str | None, unit: str | None) -> None:
    if metric is not None and not _METRIC_RE.fullmatch(metric):
        raise InputError(f"--metric {metric!r}: use snake_case (lower-case letters, digits and _), e.g. gdp")
    if unit is not None and unit not in ("count", "date", "list", "text"):
        try:
            parse_unit(unit)
        except ValueError:
            raise InputError(f"--unit {unit!r}: not a unit the project's registry knows "
                             "(e.g. USD, EUR, percent, count, bcm/year)") from None


def read_source(path, fmt: str | None = None, *, metric: str | None = None, unit: str | None = None,
                source: str | None = None, source_url: str | None = None,
                display: str | None = None) -> Imported:
    """Read and check one SOURCE file; raise :class:`UpdateError` listing every problem
    (``SOURCE:line: ...``) or InputError for a bad option or an unreadable file."""
    path = Path(path)
    display = display or str(path)
    if fmt is not None and fmt not in FORMATS:
        raise InputError(f"--format {fmt!r}: use one of {', '.join(FORMATS)}")
    _check_metric_unit(metric, unit)
    if source_url is not None and not re.fullmatch(r"https?://\S+", source_url):
        raise InputError(f"--source-url {source_url!r}: not an http or https address")
    if source is not None and not source.strip():
        raise InputError("--source: empty")
    text = _decode_source(path, display)
    if fmt is None:
        fmt = detect_format(text)
        if fmt is None:
            raise InputError(f"{display}: cannot tell the format (no entity/metric/value header, no "
                             "TIME_PERIOD/OBS_VALUE columns, no WDI Country Code header): give --format")
    if fmt == "tidy":
        imported = _read_tidy(text, display, source, source_url)
    else:
        if fmt == "sdmx":
            imported = _read_sdmx(text, display, metric, unit, source, source_url)
        else:
            imported = _read_worldbank(text, display, metric, unit, source, source_url)
        _check_incoming(imported)
    if source is not None and imported.slug == "import":
        imported.slug = _slug(source)
    if imported.slug == "import":
        imported.slug = _slug(path.stem)
    return imported


# --- tidy --------------------------------------------------------------------------------------

def _read_tidy(text: str, display: str, source: str | None, source_url: str | None) -> Imported:
    """A section 3 CSV. Empty ``source``/``source_url`` cells take ``--source``/``--source-url``.
    Checked by the reference loader itself (header, field counts, every cell, duplicates)."""
    recs: list[tuple[int, int, list[str]]] = []
    try:
        for start, end, rec in _records(text):
            recs.append((start, end, rec))
    except csv.Error as ex:
        raise UpdateError([f"{display}:{ex.args[1]}: unreadable CSV record ({ex.args[0]})"],
                          f"{display}: unreadable CSV; nothing was written") from None
    if not recs:
        raise UpdateError([f"{display}:1: empty file (no header)"], f"{display}: empty; nothing was written")
    header = [h.strip() for h in recs[0][2]]
    fills = {}
    if source is not None and "source" in header:
        fills[header.index("source")] = source
    if source_url is not None and "source_url" in header:
        fills[header.index("source_url")] = source_url
    # Rebuild the text with the fills, one record per original span (same line numbers), and let
    # the loader check it exactly as it checks the reference folder.
    out: list[str] = []
    lines = 0
    rows: list[Incoming] = []
    for n, (start, end, rec) in enumerate(recs):
        blank = not rec or all(not c.strip() for c in rec)
        if n and not blank and len(rec) == len(header):
            rec = list(rec)
            for i, value in fills.items():
                if not rec[i].strip():
                    rec[i] = value
            rows.append(Incoming({h: rec[i].strip() for i, h in enumerate(header)}, start))
        if not blank or not n:
            chunk = _render(rec, "\n")
            out.append(chunk)
            lines += _count_lines(chunk)
        if lines < end:  # blank lines, or a record whose quoted cells held line breaks
            out.append("\n" * (end - lines))
            lines = end
    loader = _Loader(Path("."))
    loader._read_rows(display, "".join(out))
    loader.check_conflicts()
    problems = loader.sorted_problems()
    if problems:
        raise UpdateError(problems, f"{len(problems)} problem(s) in {display}; nothing was written")
    by_line = {r.line: r for r in loader.rows}
    rows = [r for r in rows if r.line in by_line]
    extra = [h for h in header if h not in COLUMNS]
    return Imported(display, "tidy", rows, [by_line[r.line] for r in rows], extra_columns=extra)


# --- shared checks for made rows -----------------------------------------------------------------

def _check_incoming(imported: Imported) -> None:
    """Check rows made from statistics with the reference loader's full row check, each at its
    SOURCE line, then for the same fact twice within the SOURCE."""
    loader = _Loader(Path("."))
    idx = tuple(range(len(COLUMNS))) + ([],)
    for row in imported.rows:
        loader._check_row(imported.path, row.line, [row.cells.get(c, "") for c in COLUMNS], *idx)
    loader.check_conflicts()
    problems = loader.sorted_problems()
    if problems:
        if any("conflicts with" in p or "duplicate of" in p for p in problems):
            problems.append(f"{imported.path}: the same fact twice: the file holds several series for one "
                            "area and period (another unit, item or sector): filter it to one series, or "
                            "import each series with its own --metric")
        raise UpdateError(problems, f"{len(problems)} problem(s) in {imported.path}; nothing was written")
    imported.refrows = list(loader.rows)


# --- periods, numbers, areas, units ---------------------------------------------------------------

def _month_end(y: int, m: int) -> date:
    return (date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1))


_PERIOD_RE = re.compile(
    r"(?P<y>\d{4})(?:"
    r"|-?A1"
    r"|-?S(?P<s>[12])"
    r"|-?Q(?P<q>[1-4])"
    r"|-M?(?P<m>\d{2})(?:-(?P<d>\d{2}))?"
    r"|M(?P<m2>\d{2})"
    r"|-?W(?P<w>\d{2})"
    r")")


def period_bounds(text: str) -> tuple[date, date]:
    """The first and last day of an SDMX/WDI period: ``2022``, ``2022-A1``, ``2022-S1``,
    ``2022-Q3`` (or ``2022Q3``), ``2022-07`` (``2022-M07``, ``2022M07``), ``2022-W05`` (ISO week),
    ``2022-07-15``. Raises ValueError otherwise."""
    m = _PERIOD_RE.fullmatch(text.strip())
    if not m:
        raise ValueError(text)
    y = int(m["y"])
    if m["s"]:
        h = int(m["s"])
        return date(y, 6 * h - 5, 1), _month_end(y, 6 * h)
    if m["q"]:
        q = int(m["q"])
        return date(y, 3 * q - 2, 1), _month_end(y, 3 * q)
    month = m["m"] or m["m2"]
    if month:
        mo = int(month)
        if m["d"]:
            d = date(y, mo, int(m["d"]))
            return d, d
        if not 1 <= mo <= 12:
            raise ValueError(text)
        return date(y, mo, 1), _month_end(y, mo)
    if m["w"]:
        w = int(m["w"])
        return date.fromisocalendar(y, w, 1), date.fromisocalendar(y, w, 7)
    return date(y, 1, 1), date(y, 12, 31)


def _format_decimal(d: Decimal) -> str:
    """A decimal as the reference files write numbers: no exponent, no trailing zeros."""
    s = format(d, "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def _number_cell(raw: str, power: int, factor: float | None) -> str:
    """OBS_VALUE text scaled by 10**power and a unit-conversion factor, exactly when it can be."""
    if power == 0 and factor is None:
        return raw.lstrip("+")
    d = Decimal(raw) * (Decimal(10) ** power)
    if factor is not None:
        d = d * Decimal(repr(factor))
    return _format_decimal(d)


@lru_cache(maxsize=1)
def _area_table() -> dict[str, dict]:
    with (DATA / "area_codes.csv").open(encoding="utf-8", newline="") as fh:
        return {r["code"].strip().upper(): r for r in csv.DictReader(fh)}


@lru_cache(maxsize=1)
def _unit_table() -> tuple[dict[str, tuple[str, int]], list[tuple[re.Pattern, str, int]]]:
    codes: dict[str, tuple[str, int]] = {}
    labels: list[tuple[re.Pattern, str, int]] = []
    with (DATA / "import_units.csv").open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            unit, power = r["unit"].strip(), int(r["power"])
            if r["kind"] == "sdmx":
                codes[r["pattern"].strip().upper()] = (unit, power)
            else:
                labels.append((re.compile(r["pattern"].strip(), re.IGNORECASE), unit, power))
    return codes, labels


@lru_cache(maxsize=1)
def _indicator_table() -> dict[tuple[str, str], tuple[str, str]]:
    with (DATA / "import_indicators.csv").open(encoding="utf-8", newline="") as fh:
        return {(r["source"].strip(), r["code"].strip().upper()): (r["metric"].strip(), r["unit"].strip())
                for r in csv.DictReader(fh)}


def _clean_name(name: str) -> str:
    return " ".join(name.replace("|", "/").split())


@lru_cache(maxsize=4096)
def area_entity(code: str, label: str = "") -> tuple[str, tuple[str, ...], bool]:
    """``(entity, aliases, known)`` for an area code of a statistics file.

    ISO 3166 alpha-2/alpha-3 codes take the country's name from pycountry (common name first);
    ``data/area_codes.csv`` maps Eurostat's EL and UK and names aggregates; another code keeps the
    source's ``label``, else the code itself (``known`` False: the caller notes it). The code,
    the ISO name and the source's label stay as aliases."""
    import pycountry

    code = code.strip()
    label = _clean_name(label)
    row = _area_table().get(code.upper())
    country = None
    if row is not None and row["iso_alpha_2"].strip():
        country = pycountry.countries.get(alpha_2=row["iso_alpha_2"].strip())
    elif row is None and code.isalpha() and len(code) in (2, 3):
        key = "alpha_2" if len(code) == 2 else "alpha_3"
        country = pycountry.countries.get(**{key: code.upper()})
    if country is not None:
        entity = getattr(country, "common_name", None) or country.name
        names = [country.name, getattr(country, "official_name", None), label, code]
        if row is not None:  # EL -> Greece: keep the ISO code too
            names.append(country.alpha_2)
        known = True
    elif row is not None:
        entity = row["name"].strip()
        names = [*row["aliases"].split("|"), label, code]
        known = True
    elif label:
        entity, names, known = label, [code], True
    else:
        entity, names, known = code, [], False
    aliases = tuple(dict.fromkeys(_clean_name(n) for n in names
                                  if n and _clean_name(n) and _clean_name(n).lower() != entity.lower()))
    return entity, aliases, known


def _split_code(cell: str) -> tuple[str, str]:
    """``"AT:Austria"`` (Eurostat labels=both) -> ("AT", "Austria"); ``"AT"`` -> ("AT", "")."""
    cell = cell.strip()
    code, sep, label = cell.partition(":")
    if sep and _CODE_LIKE_RE.fullmatch(code.strip()):
        return code.strip(), label.strip()
    return cell, ""


# --- SDMX-CSV --------------------------------------------------------------------------------------

def _is_label_column(name: str) -> bool:
    """OECD "with labels" files follow each code column with its label ("Reference area")."""
    return bool(name) and name[0].isupper() and any(ch.islower() for ch in name)


def _read_sdmx(text: str, display: str, metric: str | None, unit: str | None, source: str | None,
               source_url: str | None) -> Imported:
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    problems: list[str] = []

    def fail(summary: str):
        raise UpdateError(problems, summary)

    try:
        recs = list(_records(text, delimiter))
    except csv.Error as ex:
        problems.append(f"{display}:{ex.args[1]}: unreadable CSV record ({ex.args[0]})")
        fail(f"{display}: unreadable CSV; nothing was written")
    if not recs:
        problems.append(f"{display}:1: empty file (no header)")
        fail(f"{display}: empty; nothing was written")
    header = [h.strip() for h in recs[0][2]]
    upper = [h.upper() for h in header]
    pos: dict[str, int] = {}
    for i, h in enumerate(upper):
        pos.setdefault(h, i)

    def col(*names: str) -> int | None:
        for n in names:
            if n in pos:
                return pos[n]
        return None

    i_time, i_value = col("TIME_PERIOD"), col("OBS_VALUE")
    i_area = col(*_SDMX_AREA_COLS)
    for name, i in (("TIME_PERIOD", i_time), ("OBS_VALUE", i_value), ("REF_AREA or geo", i_area)):
        if i is None:
            problems.append(f"{display}:1: missing column {name} (not an SDMX-CSV observation file?)")
    if metric is None:
        raise InputError("--metric is required for SDMX-CSV: what the series measures, in snake_case "
                         "(e.g. gdp, unemployment_rate)")
    if problems:
        fail(f"{display}: not SDMX-CSV; nothing was written")
    i_area_label = i_area + 1 if i_area + 1 < len(header) and _is_label_column(header[i_area + 1]) else None
    i_unit, i_mult = col(*_SDMX_UNIT_COLS), col("UNIT_MULT")
    i_flags = [(header[i], i) for i in (col(n) for n in _SDMX_FLAG_COLS) if i is not None]
    i_struct = col("DATAFLOW", "STRUCTURE_ID", "KEY")
    i_updated = col("LAST UPDATE")
    # dimensions: the code columns between the structure columns and TIME_PERIOD (SDMX-CSV order)
    dims = [(header[i], i) for i in range(i_time)
            if upper[i] not in _SDMX_STRUCTURE_COLS and i != i_area and i != i_area_label
            and not _is_label_column(header[i])]
    if unit is not None:
        want_unit = unit
    codes, _ = _unit_table()

    rows: list[Incoming] = []
    skipped: list[int] = []
    unknown_areas: dict[str, int] = {}
    dataflows: dict[str, None] = {}
    reported_units: set[str] = set()
    n_cols = len(header)
    for start, _end, rec in recs[1:]:
        if not rec or all(not c.strip() for c in rec):
            continue
        if len(rec) != n_cols:
            problems.append(f"{display}:{start}: {len(rec)} fields, the header has {n_cols}")
            continue
        raw = rec[i_value].strip()
        if raw.lower() in _MISSING_VALUES:
            skipped.append(start)
            continue
        ok = True
        if not _NUMBER_RE.fullmatch(raw):
            problems.append(f"{display}:{start}: bad OBS_VALUE {raw!r} (a number with a '.' decimal point, "
                            "no thousands separators)")
            ok = False
        period = rec[i_time].strip()
        try:
            ps, pe = period_bounds(period)
        except ValueError:
            problems.append(f"{display}:{start}: bad TIME_PERIOD {period!r} (2022, 2022-Q3, 2022-07, 2022-S1, "
                            "2022-W05 or 2022-07-15)")
            ok = False
        area_code, area_label = _split_code(rec[i_area])
        if i_area_label is not None and not area_label:
            area_label = rec[i_area_label].strip()
        if not area_code:
            problems.append(f"{display}:{start}: empty {header[i_area]}")
            ok = False
        # unit and scale
        power = 0
        if i_mult is not None and rec[i_mult].strip():
            m = rec[i_mult].strip()
            if re.fullmatch(r"-?\d{1,2}", m):
                power += int(m)
            else:
                problems.append(f"{display}:{start}: bad UNIT_MULT {m!r} (a power of ten: 0, 3, 6, 9)")
                ok = False
        code = _split_code(rec[i_unit])[0] if i_unit is not None else ""
        known = codes.get(code.upper()) if code else None
        factor = None
        if unit is not None:
            row_unit = want_unit
            if known is not None and known[0] != unit:
                try:
                    factor = convert(1.0, known[0], unit)
                except ValueError:
                    problems.append(f"{display}:{start}: unit code {code!r} is {known[0]}, which cannot be "
                                    f"converted to --unit {unit}")
                    ok = False
            if known is not None:
                power += known[1]
        elif known is not None:
            row_unit = known[0]
            power += known[1]
        else:
            row_unit = ""
            if code.upper() not in reported_units:
                reported_units.add(code.upper())
                what = f"unknown unit code {code!r} in column {header[i_unit]}" if code else "no unit column"
                problems.append(f"{display}:{start}: {what}: give --unit (data/import_units.csv lists the "
                                "codes read)")
            ok = False
        if not ok:
            continue
        entity, aliases, known_area = area_entity(area_code, area_label)
        if not known_area:
            unknown_areas.setdefault(area_code, start)
        flags = [f"{name} {rec[i].strip()}" for name, i in i_flags if rec[i].strip()]
        struct = rec[i_struct].strip() if i_struct is not None else ""
        if struct and upper[i_struct] == "KEY":  # the ECB data portal: KEY is the series key
            struct = "ECB:" + struct.split(".")[0]
        if struct:
            dataflows.setdefault(struct, None)
        key = ", ".join(f"{name}={_split_code(rec[i])[0]}" for name, i in dims if rec[i].strip())
        note = "; ".join(p for p in (f"{struct}: {key}" if struct else key, "; ".join(flags),
                                     f"last update {rec[i_updated].strip()}" if i_updated is not None
                                     and rec[i_updated].strip() else "") if p)
        cells = {
            "entity": entity, "aliases": "|".join(aliases), "metric": metric,
            "value": _number_cell(raw, power, factor), "unit": row_unit,
            "period_start": ps.isoformat(), "period_end": pe.isoformat(),
            "source": source or _sdmx_source(struct), "source_url": source_url or "", "notes": note,
        }
        rows.append(Incoming(cells, start, (entity, area_label, *aliases)))
    if problems:
        fail(f"{len(problems)} problem(s) in {display}; nothing was written")
    notes = []
    if skipped:
        notes.append(f"skipped {len(skipped)} observation(s) without a value (lines "
                     f"{_lines_text(skipped)})")
    for c, line in unknown_areas.items():
        notes.append(f"{display}:{line}: area code {c!r} is not an ISO 3166 country nor in "
                     "data/area_codes.csv: kept as the entity name")
    slug = _slug(re.sub(r"\(.*\)$", "", next(iter(dataflows)))) if len(dataflows) == 1 else "import"
    return Imported(display, "sdmx", rows, [], notes=notes, slug=slug)


@lru_cache(maxsize=256)
def _sdmx_source(struct: str) -> str:
    """"ESTAT:NAMA_10_GDP(1.0)" -> "Eurostat (nama_10_gdp)"; "" -> "SDMX data"."""
    if not struct:
        return "SDMX data"
    agency, sep, flow = struct.partition(":")
    if not sep:
        agency, flow = "", struct
    flow = re.sub(r"\(.*\)$", "", flow)
    name = _SDMX_AGENCIES.get(agency.split(".")[0].upper(), agency) if agency else ""
    return f"{name} ({flow.lower() if name == 'Eurostat' else flow})" if name else flow


def _lines_text(lines: list[int], shown: int = 8) -> str:
    text = ", ".join(map(str, lines[:shown]))
    return text + (f", ... {len(lines) - shown} more" if len(lines) > shown else "")


# --- World Bank WDI --------------------------------------------------------------------------------

def _read_worldbank(text: str, display: str, metric: str | None, unit: str | None, source: str | None,
                    source_url: str | None) -> Imported:
    problems: list[str] = []
    try:
        recs = list(_records(text))
    except csv.Error as ex:
        raise UpdateError([f"{display}:{ex.args[1]}: unreadable CSV record ({ex.args[0]})"],
                          f"{display}: unreadable CSV; nothing was written") from None
    meta: dict[str, str] = {}
    head_at = None
    for n, (start, _end, rec) in enumerate(recs):
        cells = [c.strip() for c in rec]
        if "Country Code" in cells and ("Indicator Code" in cells or "Series Code" in cells):
            head_at = n
            break
        if len(cells) >= 2 and cells[0]:
            meta[cells[0]] = cells[1]
    if head_at is None:
        raise UpdateError([f"{display}:1: not a World Bank WDI CSV: no header row with 'Country Name', "
                           "'Country Code', 'Indicator Name', 'Indicator Code'"],
                          f"{display}: not a WDI CSV; nothing was written")
    header_line = recs[head_at][0]
    header = [c.strip() for c in recs[head_at][2]]

    def find(*names: str) -> int | None:
        for name in names:
            if name in header:
                return header.index(name)
        return None

    i_name, i_code = find("Country Name"), find("Country Code")
    i_ind_name, i_ind_code = find("Indicator Name", "Series Name"), find("Indicator Code", "Series Code")
    for name, i in (("Country Name", i_name), ("Indicator Name", i_ind_name)):
        if i is None:
            problems.append(f"{display}:{header_line}: missing column {name!r}")
    years = [(int(m.group(1)), i) for i, h in enumerate(header) if (m := _WDI_YEAR_RE.fullmatch(h))]
    if not years:
        problems.append(f"{display}:{header_line}: no year columns (1960, 2022, or 2022 [YR2022])")
    if problems:
        raise UpdateError(problems, f"{display}: not a WDI CSV; nothing was written")
    n_needed = max(i for _, i in years) + 1
    n_header = len(header)
    indicators = _indicator_table()
    _, unit_labels = _unit_table()
    updated = meta.get("Last Updated Date", "")
    rows: list[Incoming] = []
    skipped = 0
    seen_indicators: dict[str, int] = {}
    indicator_info: dict[str, tuple[str, str] | None] = {}
    for start, _end, rec in recs[head_at + 1:]:
        cells = [c.strip() for c in rec]
        if not any(cells):
            continue
        if len(cells) <= max(i_code, i_ind_code) or not cells[i_code]:
            if sum(1 for c in cells if c) == 1 and cells[0]:
                continue  # DataBank footer: "Data from database: ...", "Last Updated: ..."
            problems.append(f"{display}:{start}: empty Country Code")
            continue
        if len(cells) < n_needed:
            problems.append(f"{display}:{start}: {len(cells)} fields, the header has {n_header}")
            continue
        ind_code, ind_name = cells[i_ind_code], cells[i_ind_name]
        if ind_code not in seen_indicators:
            seen_indicators[ind_code] = start
            if metric is not None and len(seen_indicators) > 1:
                problems.append(f"{display}:{start}: a second indicator ({ind_code}) in the file, but --metric "
                                "names one: import one indicator at a time")
                indicator_info[ind_code] = None
            else:
                indicator_info[ind_code] = _wdi_indicator(ind_code, ind_name, metric, unit, indicators,
                                                          unit_labels, display, start, problems)
        info = indicator_info[ind_code]
        if info is None:
            continue
        row_metric, row_unit, power = info
        entity, aliases, _ = area_entity(cells[i_code], cells[i_name])
        src = source or ("World Bank, World Development Indicators"
                         + (f" (updated {updated})" if updated else ""))
        url = source_url or f"https://data.worldbank.org/indicator/{ind_code}"
        for year, i in years:
            raw = cells[i]
            if raw.lower() in _MISSING_VALUES:
                skipped += 1
                continue
            if not _NUMBER_RE.fullmatch(raw):
                problems.append(f"{display}:{start}: bad number {raw!r} in column {header[i]} "
                                "('.' decimal point, no thousands separators)")
                continue
            cells_out = {
                "entity": entity, "aliases": "|".join(aliases), "metric": row_metric,
                "value": _number_cell(raw, power, None), "unit": row_unit,
                "period_start": f"{year}-01-01", "period_end": f"{year}-12-31",
                "source": src, "source_url": url, "notes": f"{_clean_name(ind_name)} ({ind_code})",
            }
            rows.append(Incoming(cells_out, start, (entity, cells[i_name], *aliases)))
    if problems:
        raise UpdateError(problems, f"{len(problems)} problem(s) in {display}; nothing was written")
    notes = [f"skipped {skipped} empty year cell(s)"] if skipped else []
    slug = f"worldbank_{_slug(next(iter(seen_indicators)))}" if len(seen_indicators) == 1 else "import"
    return Imported(display, "worldbank", rows, [], notes=notes, slug=slug)


def _wdi_indicator(code, name, metric, unit, indicators, unit_labels, display, line, problems):
    """(metric, unit, power of ten) of one WDI indicator, or None after noting the problem."""
    known = indicators.get(("worldbank", code.upper()))
    row_metric = metric or (known[0] if known else None)
    if row_metric is None:
        problems.append(f"{display}:{line}: indicator {code} ({name}) is not in data/import_indicators.csv: "
                        "give --metric")
    power = 0
    row_unit = unit or (known[1] if known else None)
    if row_unit is None:
        m = re.search(r"\(([^()]*)\)\s*$", name)
        for pattern, u, p in unit_labels:
            if m and pattern.fullmatch(m.group(1).strip()):
                row_unit, power = u, p
                break
    if row_unit is None:
        problems.append(f"{display}:{line}: cannot tell the unit of indicator {code} ({name}): give --unit")
    if row_metric is None or row_unit is None:
        return None
    return row_metric, row_unit, power


# =============================================================================================
# the reference folder as it is, and as it will be


class _MemFile:
    """A reference CSV held in memory, shaped like the ``Path`` that ``_Loader.load_file`` reads
    (``relative_to`` and ``read_bytes``): the loader checks and hashes the bytes about to be
    written exactly as it will check and hash them on disk."""

    def __init__(self, rel: str, data: bytes):
        self.rel, self.data = rel, data

    def relative_to(self, _root) -> PurePosixPath:
        return PurePosixPath(self.rel)

    def read_bytes(self) -> bytes:
        return self.data


@dataclass
class _File:
    """One CSV file split into lines and records, for splicing rows in without touching others."""

    rel: str
    bom: bool
    lines: list[str]  # with their line ends, split as csv/io split them (\n, \r, \r\n)
    header: list[str]
    recs: dict[int, tuple[int, list[str]]]  # first line -> (last line, cells)
    newline: str

    @classmethod
    def parse(cls, rel: str, data: bytes) -> "_File":
        bom = data.startswith(b"\xef\xbb\xbf")
        text = data.decode("utf-8-sig")
        lines = io.StringIO(text, newline="").readlines()
        first = lines[0] if lines else ""
        newline = "\r\n" if first.endswith("\r\n") else "\r" if first.endswith("\r") else "\n"
        header: list[str] = []
        recs: dict[int, tuple[int, list[str]]] = {}
        for n, (start, end, rec) in enumerate(_records(text)):
            if n == 0:
                header = [h.strip() for h in rec]
            elif rec and any(c.strip() for c in rec):
                recs[start] = (end, rec)
        return cls(rel, bom, lines, header, recs, newline)

    def cells(self, line: int) -> dict[str, str]:
        return {h: c.strip() for h, c in zip(self.header, self.recs[line][1])}

    def splice(self, replace: dict[int, tuple[list[str], int]], append: list[tuple[list[str], int]]
               ) -> tuple[bytes, dict[int, int]]:
        """The file with the records starting at ``replace``'s lines replaced and ``append``'s
        rows added at the end. Each new row comes with a tag (the imported row's index); returns
        the bytes and {line in the new file: tag}."""
        segments: list[tuple[str, int | None]] = []
        i = 0
        n = len(self.lines)
        while i < n:
            line_no = i + 1
            if line_no in replace:
                cells, src = replace[line_no]
                end = self.recs[line_no][0]
                text = _render(cells, self.newline)
                if end == n and not self.lines[-1].endswith(("\n", "\r")):
                    text = text[:-len(self.newline)]  # the file had no final line break: keep it so
                segments.append((text, src))
                i = end
            else:
                segments.append((self.lines[i], None))
                i += 1
        if append:
            if segments and not segments[-1][0].endswith(("\n", "\r")):
                text, src = segments[-1]
                segments[-1] = (text + self.newline, src)
            segments.extend((_render(cells, self.newline), src) for cells, src in append)
        origin: dict[int, int] = {}
        line = 1
        for text, src in segments:
            if src is not None:
                origin[line] = src
            line += _count_lines(text)
        data = "".join(t for t, _ in segments).encode("utf-8")
        return (b"\xef\xbb\xbf" + data if self.bom else data), origin


def _key(row: RefRow) -> tuple:
    """The identity of a fact: what the validator refuses twice."""
    return (row.entity.lower(), row.metric, dimension_of(row.unit), row.period_start, row.period_end)


def _period_text(row: RefRow) -> str:
    if row.period_start is None and row.period_end is None:
        return "no period"
    ps = row.period_start.isoformat() if row.period_start else ""
    pe = row.period_end.isoformat() if row.period_end else ""
    return f"{ps}..{pe}"


def _value_text(row: RefRow) -> str:
    v = row.value
    if isinstance(v, float):
        v = int(v) if v.is_integer() and abs(v) < 1e16 else v
    return f"{v} {row.unit}"


@dataclass
class Change:
    """One added or changed fact, for the summary, the diff and the tests."""

    kind: str  # "added" or "changed"
    where: str  # file:line in the new data
    source_line: int
    entity: str
    metric: str
    period: str
    new: str  # value and unit
    old: str | None = None
    old_where: str | None = None

    def text(self, source: str) -> str:
        what = f"{self.entity}, {self.metric}, {self.period}"
        if self.kind == "added":
            return f"+ {self.where}  {what}: {self.new}  (from {source}:{self.source_line})"
        return f"~ {self.where}  {what}: {self.old} -> {self.new}  (from {source}:{self.source_line})"


@dataclass
class Plan:
    """What an update will do. ``writes`` are the new bytes of every file it writes (reference
    files and their history), ``originals`` the bytes they had when planned (None: new file)."""

    root: Path
    source: str
    format: str
    into: str
    added: list[Change]
    changed: list[Change]
    unchanged: int
    notes: list[str]
    writes: dict[str, bytes]
    originals: dict[str, bytes | None]
    version_before: str
    version_after: str
    applied: bool = False

    def summary(self) -> str:
        return f"added {len(self.added)}, changed {len(self.changed)}, unchanged {self.unchanged}"

    def diff_lines(self) -> list[str]:
        out = [c.text(self.source) for c in self.changed[:DIFF_CHANGED_SHOWN]]
        if len(self.changed) > DIFF_CHANGED_SHOWN:
            out.append(f"  ... and {len(self.changed) - DIFF_CHANGED_SHOWN} more changed")
        out += [c.text(self.source) for c in self.added[:DIFF_ADDED_SHOWN]]
        if len(self.added) > DIFF_ADDED_SHOWN:
            out.append(f"  ... and {len(self.added) - DIFF_ADDED_SHOWN} more added to {self.into}")
        return out

    def report(self) -> str:
        """The readable report: counts, notes, the diff, what is (or would be) written."""
        lines = [self.summary()]
        lines += [f"note: {n}" for n in self.notes]
        lines += self.diff_lines()
        files = sorted(self.writes)
        if not files:
            lines.append("nothing to write: the reference data already holds these facts")
        elif self.applied:
            lines.append("wrote " + ", ".join(files))
            lines.append(f"data version {self.version_before[:12]} -> {self.version_after[:12]}")
        else:
            lines.append("dry run: would write " + ", ".join(files))
            lines.append(f"data version would go {self.version_before[:12]} -> {self.version_after[:12]}")
        return "\n".join(lines)


def _load_state(root: Path) -> tuple[dict[str, bytes], _Loader]:
    """Every reference file's bytes, checked by the loader."""
    states: dict[str, bytes] = {}
    loader = _Loader(root)
    for p in _csv_files(root):
        rel = p.relative_to(root).as_posix()
        states[rel] = p.read_bytes()
        loader.load_file(_MemFile(rel, states[rel]))
    loader.check_conflicts()
    return states, loader


def _into_rel(root: Path, into: str) -> str:
    """``--into`` as a path relative to the reference folder. A path that (from the current
    folder, or absolute) lies inside the reference folder is taken as it is; any other is read
    relative to the reference folder."""
    p = Path(into)
    rel = None
    with contextlib.suppress(ValueError, OSError):
        rel = PurePosixPath(p.resolve().relative_to(root.resolve()).as_posix())
    if rel is None:
        if p.is_absolute():
            raise InputError(f"--into {into}: not inside the reference folder {root}")
        rel = PurePosixPath(p.as_posix())
    if rel.suffix.lower() != ".csv":
        raise InputError(f"--into {into}: must be a .csv file")
    if any(part == ".." for part in rel.parts):
        raise InputError(f"--into {into}: not inside the reference folder {root}")
    if any(part in SKIPPED_DIRS or part.startswith(".") for part in rel.parts[:-1]):
        raise InputError(f"--into {into}: files under history/ or hidden folders are not loaded as "
                         "reference data")
    return rel.as_posix()


def _name_index(rows: list[RefRow]) -> tuple[dict[str, str], dict[str, set[str]]]:
    """Existing entities by lower-cased name, and every entity each name (entity or alias) is of."""
    entities: dict[str, str] = {}
    names: dict[str, set[str]] = {}
    for entity, aliases in dict.fromkeys((r.entity, r.aliases) for r in rows):
        entities.setdefault(entity.lower(), entity)
        for n in (entity, *aliases):
            names.setdefault(normalize_name(n), set()).add(entity)
    return entities, names


def _resolve_entity(inc: Incoming, rr: RefRow, entities: dict[str, str], names: dict[str, set[str]],
                    cache: dict) -> tuple[Incoming, RefRow]:
    """Spell an imported entity as the reference data already does: the same name in another
    case, or the one existing entity named by one of its longer names ("Russian Federation")."""
    key = (rr.entity, inc.match_names)
    if key in cache:
        found = cache[key]
    else:
        found = entities.get(rr.entity.lower())
        if found is None and inc.match_names:
            hits: set[str] = set()
            for n in inc.match_names:
                if n and len(n) > 3:
                    hits |= names.get(normalize_name(n), set())
            if len(hits) == 1:
                found = next(iter(hits))
        cache[key] = found
    if found is None or found == rr.entity:
        return inc, rr
    cells = dict(inc.cells, entity=found)
    aliases = [a for a in cells.get("aliases", "").split("|") if a and a.lower() != found.lower()]
    if rr.entity.lower() != found.lower():
        aliases.insert(0, rr.entity)
    cells["aliases"] = "|".join(dict.fromkeys(aliases))
    from dataclasses import replace
    return Incoming(cells, inc.line, inc.match_names), replace(rr, entity=found)


def _merged_cells(header: list[str], old: dict[str, str], new: dict[str, str]) -> list[str]:
    """A changed row: the new value, unit, period and source; aliases of both; other cells new
    when given, else old."""
    out = []
    for col in header:
        o, n = old.get(col, ""), new.get(col, "")
        if col == "entity":
            out.append(o)
        elif col == "aliases":
            items = [a.strip() for a in (o + "|" + n).split("|") if a.strip()]
            seen: dict[str, str] = {}
            for a in items:
                seen.setdefault(a.lower(), a)
            out.append("|".join(seen.values()))
        elif col in ("value", "unit", "period_start", "period_end", "source", "metric"):
            out.append(n)
        else:
            out.append(n if n else o)
    return out


def _history_bytes(existing: bytes | None, header: list[str], rows: list[dict[str, str]]) -> bytes:
    """history/<file>.csv with ``rows`` added: appended to the bytes as they are when the header
    already has every column, else rewritten with the union of the columns."""
    needed = list(dict.fromkeys([*header, *HISTORY_COLUMNS]))
    if existing is None or not existing.strip():
        return ("".join(_render(r, "\n") for r in
                        [needed, *([row.get(c, "") for c in needed] for row in rows)])).encode("utf-8")
    hist = _File.parse("history", existing)
    if all(c in hist.header for c in needed):
        return hist.splice({}, [([row.get(c, "") for c in hist.header], 0) for row in rows])[0]
    union = list(dict.fromkeys([*hist.header, *needed]))
    old_rows = [hist.cells(line) for line in sorted(hist.recs)]
    text = "".join(_render(r, hist.newline) for r in
                   [union, *([row.get(c, "") for c in union] for row in [*old_rows, *rows])])
    return (b"\xef\xbb\xbf" if hist.bom else b"") + text.encode("utf-8")


def plan_update(refs_dir, imported: Imported, *, into: str | None = None, now: datetime | None = None) -> Plan:
    """What merging ``imported`` into the folder does, checked in full; nothing is written.

    Raises :class:`UpdateError` when the folder already has problems or the merged data would
    have any (reported at the SOURCE line of the imported row that causes it)."""
    root = Path(refs_dir)
    if not root.is_dir():
        raise InputError(f"reference folder {root}: does not exist")
    if (root / JOURNAL).exists():
        raise InputError(f"an interrupted update is pending in {root} ({JOURNAL}): run "
                         f"python -m claims refs validate --refs {root} to finish it first")
    into_rel = _into_rel(root, into or imported.default_into)
    states, loader = _load_state(root)
    problems = loader.sorted_problems()
    if problems:
        raise UpdateError(problems, f"the reference data in {root} has {len(problems)} problem(s) already; "
                                    "fix them first (python -m claims refs validate); nothing was written")
    version_before = loader._hash.hexdigest()
    existing = {_key(r): r for r in loader.rows}
    entities, names = _name_index(loader.rows)
    del loader

    # Rows are identified by their index in ``imported.rows`` (a WDI line holds many rows).
    added: list[tuple[int, Incoming, RefRow]] = []
    changed: list[tuple[int, Incoming, RefRow, RefRow]] = []
    unchanged = 0
    resolved: dict = {}
    for n, (inc, rr) in enumerate(zip(imported.rows, imported.refrows, strict=True)):
        if imported.format != "tidy":
            inc, rr = _resolve_entity(inc, rr, entities, names, resolved)
        old = existing.get(_key(rr))
        if old is None:
            added.append((n, inc, rr))
        elif _same_value(old, rr):
            unchanged += 1
        else:
            changed.append((n, inc, rr, old))

    stamp = (now or datetime.now(timezone.utc)).astimezone(timezone.utc).replace(microsecond=0).isoformat()
    writes: dict[str, bytes] = {}
    originals: dict[str, bytes | None] = {}
    origins: dict[str, dict[int, int]] = {}
    replace_by_file: dict[str, dict[int, tuple[list[str], int]]] = {}
    history_rows: dict[str, list[dict[str, str]]] = {}
    parsed: dict[str, _File] = {}
    change_records: list[tuple[str, int, Change]] = []  # (file, old line, change) to place after splicing
    source_name = Path(imported.path).name
    for n, inc, rr, old in changed:
        f = parsed.get(old.file) or parsed.setdefault(old.file, _File.parse(old.file, states[old.file]))
        old_cells = f.cells(old.line)
        replace_by_file.setdefault(old.file, {})[old.line] = (_merged_cells(f.header, old_cells, inc.cells), n)
        history_rows.setdefault(old.file, []).append({
            **old_cells, "replaced_at": stamp, "replaced_by_source": inc.cells.get("source", ""),
            "replaced_by_file": source_name, "new_value": inc.cells.get("value", ""),
            "new_unit": inc.cells.get("unit", ""),
        })
        change_records.append((old.file, n, Change(
            "changed", "", inc.line, old.entity, old.metric, _period_text(old), _value_text(rr),
            _value_text(old), old.where)))

    appends: list[tuple[list[str], int]] = []
    if added:
        if into_rel in states:
            f = parsed.get(into_rel) or parsed.setdefault(into_rel, _File.parse(into_rel, states[into_rel]))
            header = f.header
            dropped = [c for c in (*COLUMNS, *imported.extra_columns) if c not in header
                       and any(inc.cells.get(c) for _, inc, _ in added)]
            if dropped:
                imported.notes.append(f"{into_rel} has no column {', '.join(dropped)}: those cells are "
                                      "not written")
        else:
            header = [*COLUMNS, *imported.extra_columns]
        appends = [([inc.cells.get(c, "") for c in header], n) for n, inc, _ in added]

    for rel in sorted(set(replace_by_file) | ({into_rel} if added else set())):
        if rel in states:
            data, origin = parsed[rel].splice(replace_by_file.get(rel, {}), appends if rel == into_rel else [])
        else:  # a new file
            header = [*COLUMNS, *imported.extra_columns]
            text = _render(header, "\n") + "".join(_render(cells, "\n") for cells, _ in appends)
            data = text.encode("utf-8")
            origin = {i + 2: src for i, (_, src) in enumerate(appends)}
        writes[rel] = data
        originals[rel] = states.get(rel)
        origins[rel] = origin

    for rel, rows in history_rows.items():
        hist_rel = f"{HISTORY_DIR}/{rel}"
        path = root / hist_rel
        before = path.read_bytes() if path.is_file() else None
        writes[hist_rel] = _history_bytes(before, parsed[rel].header, rows)
        originals[hist_rel] = before

    # the merged folder, checked by the loader as it will load it
    after = _Loader(root)
    for rel in sorted(set(states) | {r for r in writes if not r.startswith(HISTORY_DIR + "/")}):
        after.load_file(_MemFile(rel, writes.get(rel, states.get(rel))))
    after.check_conflicts()
    if after.problems:
        out = []
        for file, line, _seq, msg in sorted(after.problems, key=lambda p: (p[0], p[1], p[2])):
            n = origins.get(file, {}).get(line)
            text = msg[len(f"{file}:{line}: "):]
            out.append(f"{imported.path}:{imported.rows[n].line}: {text} (as {file}:{line} after the merge)"
                       if n is not None else msg)
        raise UpdateError(out, f"the merged reference data would have {len(out)} problem(s); nothing was written")
    version_after = after._hash.hexdigest()

    # where each change lands in the new files
    where_src = {(rel, src): line for rel, origin in origins.items() for line, src in origin.items()}
    changes = []
    for rel, n, ch in change_records:
        ch.where = f"{rel}:{where_src[(rel, n)]}"
        changes.append(ch)
    adds = [Change("added", f"{into_rel}:{where_src[(into_rel, n)]}", inc.line, rr.entity,
                   rr.metric, _period_text(rr), _value_text(rr)) for n, inc, rr in added]
    return Plan(root, imported.path, imported.format, into_rel, adds, changes, unchanged,
                list(imported.notes), writes, originals, version_before, version_after)


# =============================================================================================
# writing: temp files, journal, renames


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_synced(path: Path, data: bytes) -> None:
    with open(path, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def _temp_for(rel: str) -> str:
    p = PurePosixPath(rel)
    return (p.parent / f".{p.name}{TMP_SUFFIX}").as_posix()


@contextlib.contextmanager
def locked(refs_dir, timeout: float = 60.0):
    """Hold the update lock of a reference folder (``flock`` on the folder itself; no lock file)."""
    import fcntl

    fd = os.open(refs_dir, os.O_RDONLY)
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise InputError(f"another reference update is running on {refs_dir}") from None
                time.sleep(0.05)
        yield
    finally:
        os.close(fd)


def apply_plan(plan: Plan, *, pause: float | None = None) -> None:
    """Write a plan all-or-nothing (see the module docstring). Call it holding :func:`locked`."""
    if pause is None:
        try:
            pause = float(os.environ.get(PAUSE_ENV) or 0)
        except ValueError:
            pause = 0.0
    root = plan.root
    for rel, before in plan.originals.items():
        path = root / rel
        now = path.read_bytes() if path.is_file() else None
        if now != before:
            raise UpdateError([], f"{rel} changed while the update was being prepared; nothing was written; "
                                  "run the update again")
    if not plan.writes:
        return
    renames = []
    dirs = set()
    for rel in sorted(plan.writes):
        final = root / rel
        final.parent.mkdir(parents=True, exist_ok=True)
        tmp_rel = _temp_for(rel)
        _write_synced(root / tmp_rel, plan.writes[rel])
        if final.exists():  # keep the file's permissions
            os.chmod(root / tmp_rel, stat.S_IMODE(final.stat().st_mode))
        renames.append({"temp": tmp_rel, "final": rel})
        dirs.add(final.parent)
        _sleep(pause)
    for d in sorted(dirs):
        _fsync_dir(d)
    journal = {"format": "claims refs update journal 1", "source": plan.source,
               "version_before": plan.version_before, "version_after": plan.version_after,
               "renames": renames}
    tmp_journal = root / (JOURNAL + TMP_SUFFIX)
    _write_synced(tmp_journal, json.dumps(journal, indent=1).encode("utf-8"))
    os.replace(tmp_journal, root / JOURNAL)
    _fsync_dir(root)
    _sleep(pause)
    _roll_forward(root, renames, pause)
    plan.applied = True


def _roll_forward(root: Path, renames: list[dict], pause: float = 0.0) -> list[str]:
    done = []
    dirs = set()
    for item in renames:
        tmp, final = root / item["temp"], root / item["final"]
        if tmp.exists():
            os.replace(tmp, final)
            done.append(item["final"])
            dirs.add(final.parent)
            _sleep(pause)
    for d in sorted(dirs):
        _fsync_dir(d)
    (root / JOURNAL).unlink()
    _fsync_dir(root)
    return done


def _sleep(pause: float) -> None:
    if pause > 0:
        time.sleep(pause)


def _recover_locked(root: Path, clean_temps: bool = False) -> list[str]:
    done: list[str] = []
    journal = root / JOURNAL
    if journal.exists():
        try:
            renames = json.loads(journal.read_text(encoding="utf-8"))["renames"]
        except (ValueError, KeyError, TypeError) as ex:
            raise InputError(f"{journal}: unreadable update journal ({ex}); the reference folder may hold "
                             "a half-finished update") from None
        done = _roll_forward(root, renames)
    if clean_temps:
        for stale in root.rglob("*" + TMP_SUFFIX):
            with contextlib.suppress(FileNotFoundError):
                stale.unlink()
    return done


def recover(refs_dir) -> list[str]:
    """Finish an update that was interrupted after its journal was written (roll it forward);
    returns the files it renamed into place (empty when nothing was pending)."""
    root = Path(refs_dir)
    if not (root / JOURNAL).exists():
        return []
    try:
        with locked(root):
            return _recover_locked(root)
    except PermissionError:
        raise InputError(f"an interrupted update is pending in {root} but the folder is not writable") from None


def update(refs_dir, source_path, fmt: str | None = None, *, into: str | None = None, metric: str | None = None,
           unit: str | None = None, source: str | None = None, source_url: str | None = None,
           dry_run: bool = False, now: datetime | None = None) -> Plan:
    """Read SOURCE, merge it into the folder and write the result (unless ``dry_run``), under the
    folder's lock; returns the plan (``plan.applied`` tells whether it was written)."""
    root = Path(refs_dir)
    if not root.is_dir():
        raise InputError(f"reference folder {root}: does not exist")
    imported = read_source(source_path, fmt, metric=metric, unit=unit, source=source, source_url=source_url)
    if dry_run:
        return plan_update(root, imported, into=into, now=now)
    with locked(root):
        _recover_locked(root, clean_temps=True)
        plan = plan_update(root, imported, into=into, now=now)
        apply_plan(plan)
    return plan
