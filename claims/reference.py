"""Reference data: load, validate and index the reference CSV files (DESIGN section 3).

Every ``*.csv`` under the reference folder is read (recursively), except files under a
``history/`` folder (replaced values) and under hidden folders (``.ipynb_checkpoints`` and the
like, which would otherwise duplicate every row). One fact per row; the header names are exact:

    entity,aliases,metric,value,unit,period_start,period_end,source,source_url,notes

``entity``, ``metric``, ``value``, ``unit`` and ``source`` are required; extra columns are kept in
``RefRow.extra``. A bad row is refused with ``file:line: what is wrong`` (the file relative to the
reference folder, line 1 being the header); :func:`validate_dir` returns every problem at once and
:func:`load_dir` raises :class:`ReferenceError` carrying them all.

The loaded :class:`ReferenceData` keeps the rows in a stable order (sorted relative file paths,
then line) and indexes them so that linking stays fast as the data grows:

* ``by_name``: normalised entity/alias name -> row indices of the entity (see
  :func:`normalize_name`);
* ``mentions(text)``: which names a text mentions, by looking word n-grams of the text up in a
  dict of names (never by scanning the list of names);
* ``by_metric`` and ``candidates(names, dimension, on_date)``;
* ``version``: a sha256 over the loaded files, the data version every verdict records.

The module uses the csv module rather than pandas: it is faster to start, it keeps exact line
numbers (a quoted field may span several lines; a row's line is the line where it starts), and it
lets repeated strings (entity, aliases, metric, unit, source, dates) be shared between rows, which
keeps a million rows in a few hundred megabytes.
"""
from __future__ import annotations

import csv
import gc
import hashlib
import io
import math
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator, Mapping, Sequence

from .units import NON_PINT_UNITS, parse_unit

__all__ = [
    "COLUMNS",
    "REQUIRED_COLUMNS",
    "RefRow",
    "ReferenceData",
    "ReferenceError",
    "dimension_of",
    "load_dir",
    "normalize_name",
    "validate_dir",
]

#: the columns of DESIGN section 3, in their documented order
COLUMNS = ("entity", "aliases", "metric", "value", "unit", "period_start", "period_end",
           "source", "source_url", "notes")
#: columns a reference CSV must have, and that must not be empty in any row
REQUIRED_COLUMNS = ("entity", "metric", "value", "unit", "source")
#: folder names whose CSV files are not loaded (``history/`` keeps replaced values)
SKIPPED_DIRS = frozenset({"history"})

_NUMBER_RE = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
_VALUE_DATE_RE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_PERIOD_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
_METRIC_RE = re.compile(r"[a-z][a-z0-9_]*")
_URL_RE = re.compile(r"https?://\S+")
_TOKEN_RE = re.compile(r"\w+|[^\w\s]")

# Typographic variants folded before names are compared: curly quotes, primes and dashes.
# One character maps to one character, so offsets in a translated text stay valid in the original.
_FOLD = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'",
    "`": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"', "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-",
    "\u2014": "-", "\u2015": "-", "\u2212": "-", "\u00a0": " ", "\u202f": " ",
})


class ReferenceError(ValueError):  # noqa: A001 - the name is part of the project's API
    """Raised by :func:`load_dir` when reference rows are bad; ``problems`` lists every one of
    them as ``file:line: what is wrong``."""

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        shown = "\n".join(self.problems[:20])
        more = f"\n... and {len(self.problems) - 20} more" if len(self.problems) > 20 else ""
        super().__init__(f"{len(self.problems)} problem(s) in the reference data:\n{shown}{more}")


class _FrozenDict(dict):
    """A read-only dict (``RefRow.extra``): still a dict for ``json.dumps`` and ``isinstance``,
    hashable so rows stay hashable, and safe to share between rows."""

    __slots__ = ()

    def _readonly(self, *args, **kwargs):
        raise TypeError("RefRow.extra is read-only")

    __setitem__ = __delitem__ = clear = pop = popitem = setdefault = update = _readonly  # type: ignore[assignment]
    __ior__ = _readonly  # type: ignore[assignment]

    def __hash__(self) -> int:  # type: ignore[override]
        return hash(tuple(sorted(self.items())))

    def __reduce__(self):
        return (_FrozenDict, (dict(self),))


_EMPTY_EXTRA = _FrozenDict()
_DIMENSIONS: dict[str, str] = {}


def dimension_of(unit) -> str:
    """The dimension a unit measures, as compared between claims and reference rows.

    Pint units give their dimensionality string (``"bcm/year"`` -> ``"[length] ** 3 / [time]"``,
    ``"percent"`` -> ``"dimensionless"``, ``"USD"`` -> ``"[currency_USD]"``); the non-pint units
    ``count``, ``date``, ``list`` and ``text`` are each their own dimension and give their name.
    ``unit`` may also be a pint Unit, or already a dimension string (returned unchanged).
    Raises ValueError for a unit the project's registry does not know. Cached per unit string.
    """
    if not isinstance(unit, str):  # a pint Unit or Quantity
        return str(unit.dimensionality)
    found = _DIMENSIONS.get(unit)
    if found is not None:
        return found
    expr = unit.strip()
    if expr in NON_PINT_UNITS or expr == "dimensionless" or expr.startswith("["):
        dim = expr
    else:
        dim = str(parse_unit(expr).dimensionality)
    _DIMENSIONS[unit] = dim
    return dim


def _fold_token(tok: str) -> str:
    return tok.translate(_FOLD)


def _join_tokens(tokens: Sequence[str]) -> str:
    """Join name tokens canonically: one space between two word tokens, none around punctuation
    (so "Power of Siberia - 2", "Power of Siberia-2" and "Power of Siberia–2" are one key)."""
    out: list[str] = []
    prev_word = False
    for tok in tokens:
        word = tok[0].isalnum() or tok[0] == "_"
        if word and prev_word:
            out.append(" ")
        out.append(tok)
        prev_word = word
    return "".join(out)


def normalize_name(name: str, *, keep_case: bool = False) -> str:
    """The key under which a name is indexed and looked up: curly quotes and dashes folded to
    ASCII, whitespace and spacing around punctuation normalised, lower-cased unless ``keep_case``.

    >>> normalize_name("China’s  President")
    "china's president"
    >>> normalize_name("Power of Siberia – 2")
    'power of siberia-2'
    """
    toks = _TOKEN_RE.findall(name.translate(_FOLD))
    key = _join_tokens(toks)
    return key if keep_case else key.lower()


def _is_case_sensitive(name: str) -> bool:
    """Short all-caps aliases ("SCO", "NS1", "EU") only match in that case: "sco" is not the SCO."""
    stripped = name.strip()
    return len(stripped) <= 3 and stripped.isupper()


@dataclass(frozen=True, slots=True)
class RefRow:
    """One reference fact (one CSV row).

    ``value`` is a float, or a str when ``unit`` is ``date`` (ISO ``YYYY``, ``YYYY-MM`` or
    ``YYYY-MM-DD``), ``list`` (pipe-separated items) or ``text``. ``period_start``/``period_end``
    are dates or None (an open side). ``extra`` holds the extra columns (a read-only dict).
    ``file`` is the CSV path relative to the reference folder (``/`` separators) and ``line`` the
    line where the row starts (the header is line 1).
    """

    entity: str
    aliases: tuple[str, ...]
    metric: str
    value: float | str
    unit: str
    period_start: date | None
    period_end: date | None
    source: str
    source_url: str
    notes: str
    extra: Mapping[str, str] = field(default=_EMPTY_EXTRA, hash=False)
    file: str = ""
    line: int = 0

    @property
    def is_date(self) -> bool:
        """True for a date row (``value`` is an ISO date string)."""
        return self.unit == "date"

    @property
    def dimension(self) -> str:
        """The unit's pint dimensionality string, or the non-pint unit name (count/date/list/text)."""
        return dimension_of(self.unit)

    @property
    def names(self) -> tuple[str, ...]:
        """The entity followed by its aliases, without repeats."""
        return tuple(dict.fromkeys((self.entity, *self.aliases)))

    @property
    def items(self) -> tuple[str, ...]:
        """The items of a ``list`` row (empty for other rows)."""
        if self.unit != "list":
            return ()
        return tuple(part.strip() for part in str(self.value).split("|"))

    @property
    def where(self) -> str:
        """``file:line`` of the row, as problems and explanations cite it."""
        return f"{self.file}:{self.line}"

    def as_reference(self) -> dict:
        """The ``reference`` object of a verdict (DESIGN section 4): entity, metric, value, unit,
        period, source, source_url, file, line. Whole numbers are given as ints (``50``)."""
        value = self.value
        if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
            value = int(value)
        return {
            "entity": self.entity, "metric": self.metric, "value": value, "unit": self.unit,
            "period_start": self.period_start.isoformat() if self.period_start else None,
            "period_end": self.period_end.isoformat() if self.period_end else None,
            "source": self.source, "source_url": self.source_url, "file": self.file, "line": self.line,
        }

    def holds_on(self, day: date) -> bool:
        """True when ``day`` is inside the row's period (a missing side is open)."""
        return ((self.period_start is None or self.period_start <= day)
                and (self.period_end is None or day <= self.period_end))


class ReferenceData:
    """The loaded reference rows and their indexes. Built by :func:`load_dir`.

    Attributes:
        root:      the reference folder
        files:     the loaded CSV files, relative to ``root``, sorted
        rows:      every row, ordered by file then line
        by_name:   normalised entity or alias (:func:`normalize_name`) -> indices into ``rows`` of
                   every entity so named (an alias on any row of an entity names all its rows)
        by_metric: metric -> indices into ``rows``
        version:   sha256 hex digest of the loaded files (relative path and bytes, sorted by path)
    """

    def __init__(self, rows: list[RefRow], *, root: Path | str = "", files: Sequence[str] = (),
                 version: str = ""):
        self.root = Path(root)
        self.files = list(files)
        self.rows = rows
        self.version = version
        self.by_name: dict[str, list[int]] = {}
        self.by_metric: dict[str, list[int]] = {}
        # Mention lookup. Case-insensitive names are looked up in ``by_name`` itself (no second
        # dict over all names); short all-caps names live in ``_names_cs`` under their
        # case-preserving key, and ``_cs_only`` holds the lower-cased keys that exist only as
        # such, which ``by_name`` must then not match in other cases ("sco" is not "SCO").
        self._names_cs: dict[str, str] = {}
        self._cs_lower: set[str] = set()
        self._short_ci: set[str] = set()
        self._cs_only: frozenset[str] = frozenset()
        self._display: dict[str, str] = {}  # key -> name as written, filled on demand
        self._prefixes: set[str] = set()  # proper token prefixes of any name key (lower-cased)
        self._max_tokens = 0
        self._build_index()

    # -- building -------------------------------------------------------------------------
    def _build_index(self) -> None:
        """Fill ``by_name``, ``by_metric`` and the mention lookup.

        A name belongs to its entity whichever row it is written on: an alias given on one row of
        "Shanghai Cooperation Organization" finds every row of that entity. The rows of one entity
        share one index list under all of its names (no copy per alias); a name shared by several
        entities gets a merged, sorted list.
        """
        by_metric = self.by_metric
        entity_rows: dict[str, list[int]] = {}
        entity_names: dict[str, dict[str, None]] = {}
        seen_names: dict[tuple[str, tuple[str, ...]], tuple[str, tuple[str, ...]]] = {}
        for i, row in enumerate(self.rows):
            key_names = (row.entity, row.aliases)
            keys = seen_names.get(key_names)
            if keys is None:  # rows of one entity share their names: normalise them once
                keys = (self._add_name(row.entity), tuple(self._add_name(a) for a in row.aliases))
                seen_names[key_names] = keys
            ent, alias_keys = keys
            lst = entity_rows.get(ent)
            if lst is None:
                entity_rows[ent] = [i]
                entity_names[ent] = dict.fromkeys((ent, *alias_keys))
            else:
                lst.append(i)
                names = entity_names[ent]
                for k in alias_keys:
                    if k not in names:
                        names[k] = None
            lst = by_metric.get(row.metric)
            if lst is None:
                by_metric[row.metric] = [i]
            else:
                lst.append(i)
        del seen_names
        by_name = self.by_name
        merged: set[str] = set()
        for ent, names in entity_names.items():
            rows = entity_rows[ent]
            for k in names:
                lst = by_name.get(k)
                if lst is None:
                    by_name[k] = rows
                elif k in merged:
                    lst.extend(rows)
                else:
                    by_name[k] = lst + rows
                    merged.add(k)
        for k in merged:
            by_name[k] = sorted(set(by_name[k]))
        self._cs_only = frozenset(self._cs_lower - self._short_ci)
        del self._cs_lower, self._short_ci

    def _display_name(self, key: str, hit: list[int]) -> str:
        """The name as written in the data for a case-insensitive ``by_name`` key (cached)."""
        name = self._display.get(key)
        if name is None:
            name = key
            for i in hit:
                found = [n for n in self.rows[i].names
                         if not _is_case_sensitive(n) and normalize_name(n) == key]
                if found:
                    name = found[0]
                    break
            self._display[key] = name
        return name

    def _add_name(self, name: str) -> str:
        """Register a name for :meth:`mentions`; return its ``by_name`` key."""
        toks = _TOKEN_RE.findall(name.translate(_FOLD))
        if not toks:
            return name.lower()
        prefixes = self._prefixes
        key = ""
        prev_word = False
        for n, tok in enumerate(toks):
            if n:
                prefixes.add(key)  # every proper prefix lets mentions() read one token further
            word = tok[0].isalnum() or tok[0] == "_"
            if word and prev_word:
                key += " "
            key += tok.lower()
            prev_word = word
        if _is_case_sensitive(name):
            self._names_cs.setdefault(_join_tokens(toks), name)
            self._cs_lower.add(key)
        elif len(key) <= 3:
            self._short_ci.add(key)
        if len(toks) > self._max_tokens:
            self._max_tokens = len(toks)
        return key

    # -- container protocol ------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self) -> Iterator[RefRow]:
        return iter(self.rows)

    def __getitem__(self, i: int) -> RefRow:
        return self.rows[i]

    def __repr__(self) -> str:
        return f"ReferenceData({len(self.rows)} rows, {len(self.files)} files, version {self.version[:12]})"

    # -- lookups ---------------------------------------------------------------------------
    def mentions(self, text: str, *, longest: bool = True) -> list[tuple[int, int, str]]:
        """Entity names and aliases mentioned in ``text``: ``(start, end, name)`` with
        ``text[start:end]`` the mention and ``name`` the name as written in the reference data.

        Matching is on whole tokens (word runs and single punctuation marks), so "Xi" never
        matches inside "Xinjiang"; case-insensitive with curly quotes and dashes folded, except
        short all-caps aliases ("SCO", "NS1"), which match only in capitals. By default the
        leftmost longest match wins and matches do not overlap ("Power of Siberia 2" is one
        mention, not also "Power of Siberia"); ``longest=False`` returns every match.

        Cost: one dict lookup per token and n-gram that is a prefix of some name; independent of
        how many names are indexed.
        """
        folded = text.translate(_FOLD)  # same length as text: spans stay valid
        toks = [(m.start(), m.end(), m.group()) for m in _TOKEN_RE.finditer(folded)]
        by_name, names_cs, prefixes = self.by_name, self._names_cs, self._prefixes
        cs_only = self._cs_only
        max_n = self._max_tokens
        out: list[tuple[int, int, str]] = []
        n_toks = len(toks)
        i = 0
        while i < n_toks:
            key_l = key_o = ""
            prev_word = False
            best_j = -1
            best_name = ""
            for j in range(i, min(i + max_n, n_toks)):
                tok = toks[j][2]
                word = tok[0].isalnum() or tok[0] == "_"
                if word and prev_word:
                    key_l += " "
                    key_o += " "
                key_l += tok.lower()
                key_o += tok
                prev_word = word
                hit = by_name.get(key_l)
                if hit is not None and key_l not in cs_only:
                    name = self._display_name(key_l, hit)
                else:
                    name = names_cs.get(key_o)
                if name is not None:
                    if longest:
                        best_j, best_name = j, name
                    else:
                        out.append((toks[i][0], toks[j][1], name))
                if key_l not in prefixes:
                    break
            if longest and best_j >= 0:
                out.append((toks[i][0], toks[best_j][1], best_name))
                i = best_j + 1
            else:
                i += 1
        return out

    def rows_for(self, name: str) -> list[RefRow]:
        """Rows of the entities called ``name`` (as entity or alias; normalised, case-insensitive)."""
        return [self.rows[i] for i in self.by_name.get(normalize_name(name), ())]

    def candidates(self, names: Iterable, dimension=None, on_date: date | str | None = None) -> list[RefRow]:
        """Rows of the entities named by any of ``names``, optionally only those of one unit dimension and those
        whose period contains ``on_date``.

        ``names``: names as strings (any case and spacing), or ``(start, end, name)`` mentions.
        ``dimension``: a unit expression (``"bcm/year"``), a pint Unit, a dimension string, or one
        of count/date/list/text; a bcm/year claim then meets only volume-per-time rows.
        ``on_date``: a date or ISO date; rows with an open side of their period count as holding.
        Rows come back once each, in reference order.
        """
        if isinstance(names, str):
            names = [names]
        idx: set[int] = set()
        by_name = self.by_name
        for name in names:
            if not isinstance(name, str):
                name = name[2]
            hit = by_name.get(normalize_name(name))
            if hit:
                idx.update(hit)
        if not idx:
            return []
        want = None if dimension is None else dimension_of(dimension)
        if isinstance(on_date, str):
            on_date = date.fromisoformat(on_date)
        rows = self.rows
        out = []
        for i in sorted(idx):
            row = rows[i]
            if want is not None and dimension_of(row.unit) != want:
                continue
            if on_date is not None and not row.holds_on(on_date):
                continue
            out.append(row)
        return out

    def metric_rows(self, metric: str) -> list[RefRow]:
        """Rows of one metric, in reference order."""
        return [self.rows[i] for i in self.by_metric.get(metric, ())]


# ---------------------------------------------------------------------------------------------
# loading and validation


def _csv_files(root: Path) -> list[Path]:
    """CSV files under ``root`` to load, sorted by relative path (history/ and hidden dirs skipped)."""
    out = []
    for p in root.rglob("*.csv"):
        parts = p.relative_to(root).parts
        if any(part in SKIPPED_DIRS or part.startswith(".") for part in parts[:-1]):
            continue
        if p.is_file():
            out.append(p)
    return sorted(out, key=lambda p: p.relative_to(root).as_posix())


def _fmt_value(v) -> str:
    if isinstance(v, float):
        return repr(int(v)) if v.is_integer() and abs(v) < 1e16 else repr(v)
    return str(v)


def _fmt_period(ps: date | None, pe: date | None) -> str:
    if ps is None and pe is None:
        return "no period"
    return f"{ps.isoformat() if ps else ''}..{pe.isoformat() if pe else ''}"


class _Loader:
    """Reads and checks the CSV files of one folder. Caches are per load so that repeated strings
    and dates are shared between rows, and unit checks run once per distinct unit string."""

    def __init__(self, root: Path):
        self.root = root
        self.problems: list[tuple[str, int, int, str]] = []  # (file, line, seq, message)
        self.rows: list[RefRow] = []
        self.files: list[str] = []
        self._seq = 0
        self._strings: dict[str, str] = {}
        self._aliases: dict[str, tuple[str, ...]] = {}
        self._dates: dict[str, date | None] = {}
        self._units: dict[str, str | None] = {}  # unit -> error message or None
        self._hash = hashlib.sha256()

    def problem(self, file: str, line: int, message: str) -> None:
        self._seq += 1
        self.problems.append((file, line, self._seq, f"{file}:{line}: {message}"))

    def sorted_problems(self) -> list[str]:
        return [p[3] for p in sorted(self.problems, key=lambda p: (p[0], p[1], p[2]))]

    # -- per-value checks (cached) ------------------------------------------------------------
    def _share(self, s: str) -> str:
        return self._strings.setdefault(s, s)

    def _unit_error(self, unit: str) -> str | None:
        if unit in self._units:
            return self._units[unit]
        err = None
        if unit not in NON_PINT_UNITS:
            try:
                parse_unit(unit)
            except ValueError:
                err = f"unknown unit {unit!r} (not in the project's unit registry, nor count/date/list/text)"
        self._units[unit] = err
        return err

    def _period_date(self, s: str) -> date | None:
        """A period bound as a date; raises ValueError for a bad one."""
        try:
            return self._dates[s]
        except KeyError:
            pass
        if not _PERIOD_DATE_RE.fullmatch(s):
            raise ValueError
        d = date.fromisoformat(s)  # ValueError for 2022-13-01, 2022-02-30
        self._dates[s] = d
        return d

    @staticmethod
    def _value_date_ok(s: str) -> bool:
        m = _VALUE_DATE_RE.fullmatch(s)
        if not m:
            return False
        y, mo, d = m.groups()
        try:
            date(int(y), int(mo or 1), int(d or 1))
        except ValueError:
            return False
        return True

    # -- files ---------------------------------------------------------------------------------
    def load_file(self, path: Path) -> None:
        rel = path.relative_to(self.root).as_posix()
        data = path.read_bytes()
        rel_b = rel.encode("utf-8")
        self._hash.update(len(rel_b).to_bytes(8, "big") + rel_b + len(data).to_bytes(8, "big"))
        self._hash.update(data)
        self.files.append(rel)
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as ex:
            line = data.count(b"\n", 0, ex.start) + 1
            self.problem(rel, line, f"not UTF-8 (byte 0x{data[ex.start]:02x} at offset {ex.start}); "
                                    "save the file as UTF-8")
            return
        del data
        self._read_rows(rel, text)

    def _read_rows(self, rel: str, text: str) -> None:
        reader = csv.reader(io.StringIO(text, newline=""), strict=True)
        try:
            header = next(reader)
        except StopIteration:
            self.problem(rel, 1, "empty file (no header)")
            return
        except csv.Error as ex:
            self.problem(rel, 1, f"unreadable CSV header ({ex})")
            return
        header = [h.strip() for h in header]
        bad_header = False
        for col in REQUIRED_COLUMNS:
            if col not in header:
                self.problem(rel, 1, f"missing required column {col!r}")
                bad_header = True
        seen: set[str] = set()
        for col in header:
            if col == "":
                self.problem(rel, 1, "empty column name in header")
                bad_header = True
            elif col in seen:
                self.problem(rel, 1, f"duplicate column {col!r}")
                bad_header = True
            seen.add(col)
        if bad_header:
            return
        pos = {c: header.index(c) for c in header}
        i_entity, i_aliases, i_metric = pos["entity"], pos.get("aliases"), pos["metric"]
        i_value, i_unit, i_source = pos["value"], pos["unit"], pos["source"]
        i_ps, i_pe = pos.get("period_start"), pos.get("period_end")
        i_url, i_notes = pos.get("source_url"), pos.get("notes")
        extra_cols = [(c, pos[c]) for c in header if c not in COLUMNS]
        n_cols = len(header)

        # The loop below is the fast path for good rows: every check is a cache hit or a cheap
        # test. A row that fails any of them goes to _check_row, which checks it again fully and
        # reports every problem (so the messages live in one place).
        strings = self._strings
        share = strings.setdefault
        aliases_cache = self._aliases
        units = self._units
        dates = self._dates
        good_metrics: set[str] = set()
        good_value_dates: set[str] = set()
        number_match = _NUMBER_RE.fullmatch
        url_match = _URL_RE.fullmatch
        append = self.rows.append
        slow = self._check_row
        idx = (i_entity, i_aliases, i_metric, i_value, i_unit, i_ps, i_pe, i_source, i_url, i_notes,
               extra_cols)
        inf = math.inf
        prev_end = reader.line_num
        while True:
            start = prev_end + 1
            try:
                rec = next(reader)
            except StopIteration:
                break
            except csv.Error as ex:
                self.problem(rel, start, f"unreadable CSV record ({ex})")
                return
            prev_end = reader.line_num
            if len(rec) != n_cols:
                if not rec or all(not c.strip() for c in rec):
                    continue  # blank line
                self.problem(rel, start, f"{len(rec)} fields, the header has {n_cols}")
                continue
            entity = rec[i_entity].strip()
            metric = rec[i_metric].strip()
            raw = rec[i_value].strip()
            unit = rec[i_unit].strip()
            source = rec[i_source].strip()
            if not (entity and metric and raw and unit and source):
                if all(not c.strip() for c in rec):
                    continue  # a row of empty cells
                slow(rel, start, rec, *idx)
                continue
            if metric not in good_metrics:
                if not _METRIC_RE.fullmatch(metric):
                    slow(rel, start, rec, *idx)
                    continue
                good_metrics.add(metric)
            if unit not in units:
                self._unit_error(unit)
            if units[unit] is not None:
                slow(rel, start, rec, *idx)
                continue
            if unit == "date":
                if raw not in good_value_dates:
                    if not self._value_date_ok(raw):
                        slow(rel, start, rec, *idx)
                        continue
                    good_value_dates.add(raw)
                value = share(raw, raw)
            elif unit == "text":
                value = raw
            elif unit == "list":
                if "||" in raw or raw.startswith("|") or raw.endswith("|") or "| " in raw or " |" in raw:
                    slow(rel, start, rec, *idx)  # maybe an empty item: let the full check decide
                    continue
                value = raw
            else:
                if not number_match(raw):
                    slow(rel, start, rec, *idx)
                    continue
                value = float(raw)
                if value == inf or value == -inf:
                    slow(rel, start, rec, *idx)
                    continue
            ps = pe = None
            if i_ps is not None:
                cell = rec[i_ps].strip()
                if cell:
                    ps = dates.get(cell)
                    if ps is None:
                        try:
                            ps = self._period_date(cell)
                        except ValueError:
                            slow(rel, start, rec, *idx)
                            continue
            if i_pe is not None:
                cell = rec[i_pe].strip()
                if cell:
                    pe = dates.get(cell)
                    if pe is None:
                        try:
                            pe = self._period_date(cell)
                        except ValueError:
                            slow(rel, start, rec, *idx)
                            continue
            if ps is not None and pe is not None and ps > pe:
                slow(rel, start, rec, *idx)
                continue
            url = rec[i_url].strip() if i_url is not None else ""
            if url:
                if url not in strings:
                    if not url_match(url):
                        slow(rel, start, rec, *idx)
                        continue
                url = share(url, url)
            aliases_raw = rec[i_aliases] if i_aliases is not None else ""
            aliases = aliases_cache.get(aliases_raw)
            if aliases is None:
                aliases = self._split_aliases(aliases_raw)
            append(RefRow(
                share(entity, entity), aliases, share(metric, metric), value, share(unit, unit),
                ps, pe, share(source, source), url,
                rec[i_notes].strip() if i_notes is not None else "",
                _FrozenDict((c, rec[i].strip()) for c, i in extra_cols) if extra_cols else _EMPTY_EXTRA,
                rel, start,
            ))

    def _split_aliases(self, raw: str) -> tuple[str, ...]:
        """The aliases cell as a tuple of names (cached per distinct cell; names shared)."""
        share = self._strings.setdefault
        aliases = tuple(dict.fromkeys(share(a.strip(), a.strip()) for a in raw.split("|") if a.strip()))
        self._aliases[raw] = aliases
        return aliases

    def _check_row(self, rel, line, rec, i_entity, i_aliases, i_metric, i_value, i_unit,
                   i_ps, i_pe, i_source, i_url, i_notes, extra_cols) -> None:
        """Check one row fully, report every problem of it, and keep it when it has none."""
        rec = [c.strip() for c in rec]
        ok = True
        entity, metric, raw_value, unit, source = (rec[i_entity], rec[i_metric], rec[i_value],
                                                   rec[i_unit], rec[i_source])
        for col, cell in (("entity", entity), ("metric", metric), ("value", raw_value),
                          ("unit", unit), ("source", source)):
            if not cell:
                self.problem(rel, line, f"empty required column {col!r}")
                ok = False
        if metric and not _METRIC_RE.fullmatch(metric):
            self.problem(rel, line, f"bad metric {metric!r} (use snake_case: lower-case letters, digits, _)")
            ok = False
        value: float | str = raw_value
        if unit:
            err = self._unit_error(unit)
            if err:
                self.problem(rel, line, err)
                ok = False
            elif raw_value:
                if unit == "date":
                    if not self._value_date_ok(raw_value):
                        self.problem(rel, line, f"bad date {raw_value!r} in value "
                                                "(ISO YYYY, YYYY-MM or YYYY-MM-DD)")
                        ok = False
                elif unit == "list":
                    if any(not part.strip() for part in raw_value.split("|")):
                        self.problem(rel, line, f"empty item in list value {raw_value!r}")
                        ok = False
                elif unit != "text":
                    num = None
                    if _NUMBER_RE.fullmatch(raw_value):
                        num = float(raw_value)
                        if math.isinf(num):
                            num = None
                    if num is None:
                        self.problem(rel, line, f"bad number {raw_value!r} in value "
                                                "('.' decimal point, no thousands separators)")
                        ok = False
                    else:
                        value = num
        ps = pe = None
        for col, i in (("period_start", i_ps), ("period_end", i_pe)):
            if i is None or not rec[i]:
                continue
            try:
                d = self._period_date(rec[i])
            except ValueError:
                self.problem(rel, line, f"bad date {rec[i]!r} in {col} (ISO YYYY-MM-DD)")
                ok = False
                continue
            if col == "period_start":
                ps = d
            else:
                pe = d
        if ps is not None and pe is not None and ps > pe:
            self.problem(rel, line, f"period_start {ps.isoformat()} is after period_end {pe.isoformat()}")
            ok = False
        url = rec[i_url] if i_url is not None else ""
        if url and not _URL_RE.fullmatch(url):
            self.problem(rel, line, f"bad source_url {url!r} (an http or https address)")
            ok = False
        if not ok:
            return
        aliases_raw = rec[i_aliases] if i_aliases is not None else ""
        aliases = self._aliases.get(aliases_raw) or self._split_aliases(aliases_raw)
        if extra_cols:
            extra = _FrozenDict((c, rec[i]) for c, i in extra_cols)
        else:
            extra = _EMPTY_EXTRA
        share = self._share
        self.rows.append(RefRow(
            share(entity), aliases, share(metric),
            share(value) if isinstance(value, str) else value,
            share(unit), ps, pe, share(source), share(url),
            share(rec[i_notes]) if i_notes is not None else "",
            extra, rel, line,
        ))

    # -- cross-row checks ------------------------------------------------------------------------
    def check_conflicts(self) -> None:
        """The same fact twice: same entity (case-insensitive), metric, unit dimension and period.
        A different value is a conflict, the same value a duplicate; both are reported on the
        later row, citing the earlier one."""
        # Group by entity first: the per-entity dicts stay small (fast, and little memory at
        # once), instead of one dict holding a key tuple for every row.
        groups: dict[str, list[int]] = {}
        lower: dict[str, str] = {}
        rows = self.rows
        for i, row in enumerate(rows):
            ent = lower.get(row.entity)
            if ent is None:
                ent = lower[row.entity] = row.entity.lower()
            lst = groups.get(ent)
            if lst is None:
                groups[ent] = [i]
            else:
                lst.append(i)
        del lower
        conflicts: list[tuple[int, int]] = []
        for lst in groups.values():
            if len(lst) == 1:
                continue
            seen: dict[tuple, int] = {}
            for i in lst:
                row = rows[i]
                first = seen.setdefault((row.metric, dimension_of(row.unit), row.period_start,
                                         row.period_end), i)
                if first != i:
                    conflicts.append((first, i))
        for first, i in conflicts:
            row = rows[i]
            other = rows[first]
            if _same_value(other, row):
                self.problem(row.file, row.line, f"duplicate of {other.file}:{other.line}")
            else:
                what = f"{row.entity}, {row.metric}, {_fmt_period(row.period_start, row.period_end)}"
                self.problem(row.file, row.line,
                             f"conflicts with {other.file}:{other.line} ({what}): value "
                             f"{_fmt_value(row.value)} {row.unit} vs {_fmt_value(other.value)} {other.unit}")


def _same_value(a: RefRow, b: RefRow) -> bool:
    """True when two rows of one dimension state the same value (numbers compared in a's unit)."""
    if isinstance(a.value, float) and isinstance(b.value, float):
        if a.unit == b.unit or a.unit in NON_PINT_UNITS:
            bv = b.value
        else:
            from .units import convert
            bv = convert(b.value, b.unit, a.unit)
        return math.isclose(a.value, bv, rel_tol=1e-9, abs_tol=0.0)
    if a.unit == "list":
        return a.items == b.items
    return a.value == b.value


def _load(path, index: bool = True) -> tuple[ReferenceData | None, list[str]]:
    # Loading creates millions of objects and no reference cycles: the cyclic garbage collector
    # would run over all of them again and again (a third of the load time at 1M rows).
    gc_was_on = gc.isenabled()
    gc.disable()
    try:
        return _load_files(path, index)
    finally:
        if gc_was_on:
            gc.enable()


def _load_files(path, index: bool) -> tuple[ReferenceData | None, list[str]]:
    root = Path(path)
    if not root.is_dir():
        return None, [f"reference folder {root} does not exist"]
    files = _csv_files(root)
    if not files:
        return None, [f"no reference CSV files in {root}"]
    loader = _Loader(root)
    for p in files:
        loader.load_file(p)
    loader.check_conflicts()
    problems = loader.sorted_problems()
    if problems or not index:
        return None, problems
    rows, files_rel, version = loader.rows, loader.files, loader._hash.hexdigest()
    del loader  # drop the per-load caches before building the indexes
    return ReferenceData(rows, root=root, files=files_rel, version=version), []


def validate_dir(path) -> list[str]:
    """Every problem in the reference folder, as ``file:line: what is wrong`` (file relative to
    the folder, header = line 1), sorted by file and line; an empty list when all rows are good."""
    return _load(path, index=False)[1]


def load_dir(path) -> ReferenceData:
    """Load and index every reference CSV under ``path`` (recursively, not under ``history/``).
    Raises :class:`ReferenceError` listing all problems when any row is bad."""
    data, problems = _load(path)
    if problems or data is None:
        raise ReferenceError(problems)
    return data
