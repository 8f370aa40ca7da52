"""The project's ONE pint UnitRegistry, with the news units of ``data/units.txt``.

Everything that parses or converts units imports ``ureg`` from here. The registry is built once per
process; it is not pickled (pint quantities from different registries do not mix), so callers that
cache across processes keep unit *strings* and re-parse them here.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pint

DEFINITIONS = Path(__file__).with_name("data") / "units.txt"

ureg = pint.UnitRegistry(on_redefinition="raise", autoconvert_offset_to_baseunit=True)
ureg.load_definitions(str(DEFINITIONS))

#: words that are not pint units but may stand in a reference row's ``unit`` column
NON_PINT_UNITS = frozenset({"count", "date", "list", "text"})


@lru_cache(maxsize=4096)
def parse_unit(expr: str) -> pint.Unit:
    """Parse a unit expression ("bcm/year", "USD", "percent") into a pint Unit; raise ValueError."""
    try:
        q = ureg.parse_expression(expr)
    except Exception as ex:  # pint raises several types (UndefinedUnitError, DefinitionSyntaxError, ...)
        raise ValueError(f"unknown unit {expr!r}") from ex
    if isinstance(q, (int, float)):
        if q == 1:
            return ureg.dimensionless
        raise ValueError(f"unit {expr!r} is a bare number")
    if q.magnitude != 1:
        raise ValueError(f"unit {expr!r} carries a factor ({q.magnitude})")
    return q.units


def unit_string(unit: pint.Unit) -> str:
    """The canonical text form of a unit, as written in claims and reports ("bcm / year")."""
    return str(unit)


def convert(value: float, from_unit: str, to_unit: str) -> float:
    """Convert a magnitude between two unit expressions; raise ValueError when dimensions differ."""
    try:
        return ureg.Quantity(value, parse_unit(from_unit)).to(parse_unit(to_unit)).magnitude
    except pint.DimensionalityError as ex:
        raise ValueError(f"cannot convert {from_unit} to {to_unit}") from ex


def difference_unit(expr: str) -> str:
    """The unit a difference of ``expr`` is measured in: a temperature scale with an offset gives its delta
    unit ("degree_Celsius" -> "delta_degree_Celsius": a rise of 3 C is 5.4 delta F, not 37.4 F); any other
    unit is its own."""
    parts = dict(parse_unit(expr)._units)
    if len(parts) == 1:
        (name, power), = parts.items()
        if power == 1 and not ureg._units[name].converter.is_multiplicative:  # an offset scale
            return "delta_" + name
    return expr


def convert_difference(value: float, from_unit: str, to_unit: str) -> float:
    """Convert a difference (a change, an error margin) between unit expressions: offset scales are read
    as their delta units on both sides. Raise ValueError when dimensions differ."""
    return convert(value, difference_unit(from_unit), difference_unit(to_unit))


def same_dimension(a: str, b: str) -> bool:
    """True when two unit expressions measure the same dimension (bcm/year vs m**3/day)."""
    try:
        return parse_unit(a).dimensionality == parse_unit(b).dimensionality
    except ValueError:
        return False
