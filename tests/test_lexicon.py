"""The extraction vocabularies are data (claims/data/*.csv); every unit they name must exist in the
project's one pint registry, or a claim would carry a unit nothing downstream can convert."""
from __future__ import annotations

import pytest

from claims.lexicon import _rows, lexicon
from claims.units import parse_unit

UNIT_ROWS = [r for r in _rows("unit_lexicon.csv") if r["unit"]]
CURRENCY_ROWS = _rows("currencies.csv")
COMPOUND_ROWS = _rows("compound_units.csv")


@pytest.mark.parametrize("row", UNIT_ROWS, ids=lambda r: r["surface"])
def test_every_lexicon_unit_is_in_the_registry(row):
    parse_unit(row["unit"])
    assert row["kind"] in ("quantity", "duration", "percent", "temperature", "count_unit")
    assert row["case"] in ("i", "s") and row["spacing"] in ("any", "attached", "spaced")


@pytest.mark.parametrize("row", CURRENCY_ROWS, ids=lambda r: r["surface"])
def test_every_currency_code_is_in_the_registry(row):
    parse_unit(row["code"])
    assert row["position"] in ("prefix", "suffix", "both")
    assert float(row["factor"]) > 0
    assert (row.get("figure") or "") in ("", "written")


@pytest.mark.parametrize("row", _rows("currency_context.csv"), ids=lambda r: r["code"])
def test_shared_currency_words_name_known_codes_and_surfaces(row):
    parse_unit(row["code"])
    surfaces = {r["surface"] for r in CURRENCY_ROWS}
    assert set(row["surfaces"].split("|")) <= surfaces  # a cue row for a word the extractor never reads is dead
    assert all(c.strip() == c and c for c in row["cues"].split("|"))


@pytest.mark.parametrize("row", COMPOUND_ROWS, ids=lambda r: f'{r["major"]}-{r["minor"]}')
def test_compound_units_convert(row):
    from claims.units import convert
    assert convert(float(row["per"]), row["minor"], row["major"]) == pytest.approx(1.0)


def test_hedges_have_known_classes():
    L = lexicon()
    for h in [*L.hedges_before.values(), *L.hedges_after.values()]:
        assert h.cls in ("approx_below", "approx", "more", "at_least", "less", "at_most"), h


@pytest.mark.parametrize("name, position_col", [("unit_lexicon.csv", None), ("currencies.csv", "position")])
def test_no_surface_is_defined_twice(name, position_col):
    """A later row silently replaces an earlier one with the same surface: keep each surface once."""
    seen = {}
    for r in _rows(name):
        key = (r["surface"] if r["case"] == "s" else r["surface"].lower(), r["case"],
               r[position_col] if position_col else "")
        assert key not in seen, f"{name}: {r['surface']!r} is defined twice"
        seen[key] = r
