"""The extraction vocabularies are data (claims/data/*.csv); every unit they name must exist in the
project's one pint registry, or a claim would carry a unit nothing downstream can convert."""
from __future__ import annotations

import pytest

from claims.lexicon import _rows, lexicon
from claims.units import convert_difference, difference_unit, parse_unit

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
    assert (row.get("figure") or "") in ("", "written", "cued")


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


@pytest.mark.parametrize("name", ["function_words.txt", "subject_verbs.txt", "descriptor_nouns.txt", "form_codes.txt"])
def test_no_word_is_listed_twice(name):
    """A word listed twice in a word list is a sign of a list edited in two places: keep each word once."""
    from pathlib import Path
    words = [w.strip() for w in (Path(__file__).parent.parent / "claims" / "data" / name).read_text(
        encoding="utf-8").splitlines() if w.strip() and not w.startswith("#")]
    assert sorted({w for w in words if words.count(w) > 1}) == []


def test_suffix_alternation_matches_what_the_plain_alternation_matches():
    """left_re's verbs and hedges are built as a trie of endings; it must match exactly what the plain
    longest-first alternation matches, right to left, on every word and on words around them."""
    import regex
    from claims.lexicon import _alternation, _suffix_alternation, lexicon
    L = lexicon()
    for words in (list(L.change), [h for h in L.hedges_before if h[0].isalpha() and not h.endswith(("-", "."))]):
        plain = regex.compile(r"(?r)(?<![\p{L}\p{N}])(?:" + _alternation(words) + r")\Z", regex.IGNORECASE)
        trie = regex.compile(r"(?r)(?<![\p{L}\p{N}])(?:" + _suffix_alternation(words) + r")\Z", regex.IGNORECASE)
        probes = {f"the {w}" for w in words} | {f"the x{w}" for w in words} | {f"the {w[1:]}" for w in words} | \
            {f"the {w.upper()}" for w in words} | {f"the {w.replace(' ', '   ')}" for w in words}
        for text in sorted(probes):
            a, b = plain.search(text), trie.search(text)
            assert (a and a.span()) == (b and b.span()), text


@pytest.mark.parametrize("unit, expected", [
    ("degree_Celsius", "delta_degree_Celsius"),
    ("degC", "delta_degree_Celsius"),
    ("degree_Fahrenheit", "delta_degree_Fahrenheit"),
    ("delta_degree_Celsius", "delta_degree_Celsius"),
    ("kelvin", "kelvin"),
    ("km", "km"),
    ("bcm / year", "bcm / year"),
])
def test_difference_unit(unit, expected):
    assert difference_unit(unit) == expected


@pytest.mark.parametrize("value, src, dst, expected", [
    (1.0, "degree_Celsius", "degree_Fahrenheit", 1.8),       # a rise of 1 C is a rise of 1.8 F, not 33.8 F
    (1.0, "delta_degree_Celsius", "degree_Fahrenheit", 1.8),
    (10.0, "degree_Fahrenheit", "kelvin", 50 / 9),
    (3.0, "km", "m", 3000.0),
])
def test_convert_difference(value, src, dst, expected):
    assert convert_difference(value, src, dst) == pytest.approx(expected)
