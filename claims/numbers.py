"""Numbers as written in news: digits, number words, fractions, multiples and scales.

Everything here works on one already-located token or phrase; locating them is extract.py's job.
The grammar (which words are numbers) lives here because it is English grammar, not data.
"""
from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

import regex

ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000}
#: scale words and abbreviations written after a number ("2.5 million", "$1.76bn", "10k")
SCALE_SUFFIX = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "mln": 1e6, "mn": 1e6, "mil": 1e6, "mio": 1e6, "bn": 1e9, "bln": 1e9, "bil": 1e9, "tn": 1e12, "trn": 1e12,
    "thousands": 1e3, "crore": 1e7, "crores": 1e7, "lakh": 1e5, "lakhs": 1e5,
}
#: single-letter scale suffixes, accepted only where extract.py says so (after a currency, "10k")
LETTER_SCALE = {"k": 1e3, "K": 1e3, "m": 1e6, "M": 1e6, "b": 1e9, "B": 1e9, "bn": 1e9, "tn": 1e12}
#: vague plurals: "thousands of", "tens of millions of" -> an interval [low, high)
VAGUE = {"dozens": (24, 144), "scores": (40, 200), "hundreds": (100, 1_000), "thousands": (1_000, 10_000),
         "millions": (1e6, 1e7), "billions": (1e9, 1e10), "trillions": (1e12, 1e13)}
FRACTIONS = {
    "half": Fraction(1, 2), "halves": Fraction(1, 2), "third": Fraction(1, 3), "thirds": Fraction(1, 3),
    "quarter": Fraction(1, 4), "quarters": Fraction(1, 4), "fourth": Fraction(1, 4), "fourths": Fraction(1, 4),
    "fifth": Fraction(1, 5), "fifths": Fraction(1, 5), "sixth": Fraction(1, 6), "sixths": Fraction(1, 6),
    "seventh": Fraction(1, 7), "sevenths": Fraction(1, 7), "eighth": Fraction(1, 8), "eighths": Fraction(1, 8),
    "ninth": Fraction(1, 9), "ninths": Fraction(1, 9), "tenth": Fraction(1, 10), "tenths": Fraction(1, 10),
}
#: multiples that state a figure: "doubled", "threefold", "twice". The adjectives and gerunds
#: ("double-digit", "doubling it to") are left out: in news they rarely assert a ratio.
MULTIPLES = {"doubled": 2, "twice": 2, "twofold": 2, "tripled": 3, "thrice": 3, "threefold": 3,
             "quadrupled": 4, "fourfold": 4, "fivefold": 5, "sixfold": 6,
             "sevenfold": 7, "eightfold": 8, "ninefold": 9, "tenfold": 10, "hundredfold": 100}

NUMBER_WORD = sorted([*ONES, *TENS, *SCALES, "dozen"], key=len, reverse=True)


@dataclass(frozen=True, slots=True)
class Number:
    value: float
    precision: float       # half a unit of the last stated digit, in the value's own scale
    is_word: bool = False  # written in words ("seventy-five")
    is_integer: bool = True


_DIGITS = regex.compile(r"[0-9]")


def parse_digits(s: str) -> Number:
    """'1,234.50' -> 1234.5 with precision 0.005; '816,000' -> 816000 (precision 0.5)."""
    t = s.replace(",", "").replace(" ", "")
    neg = t.startswith("-")
    t = t.lstrip("-+")
    if "." in t:
        ip, fp = t.split(".", 1)
        prec = 0.5 * 10.0 ** -len(fp)
        val = float(t) if ip else float("0" + t)
        integer = False
    else:
        val, prec, integer = float(t), 0.5, True
    return Number(-val if neg else val, prec, False, integer)


def words_value(words: list[str]) -> float | None:
    """Evaluate a sequence of number words ('two', 'hundred', 'and', 'forty-two') -> 242.
    Returns None when the sequence is not a well-formed number."""
    total, current, seen = 0, 0, False
    for w in words:
        w = w.lower()
        if w in ("and", "a", "an"):
            if w != "and" and not seen:
                current = 1  # "a hundred", "a million"
                seen = True
            continue
        parts = w.split("-") if "-" in w else [w]
        if len(parts) == 2 and parts[0] in TENS and parts[1] in ONES and 0 < ONES[parts[1]] < 10:
            current += TENS[parts[0]] + ONES[parts[1]]
        elif w in ONES:
            current += ONES[w]
        elif w in TENS:
            current += TENS[w]
        elif w == "dozen":
            current = (current or 1) * 12
        elif w == "hundred":
            current = (current or 1) * 100
        elif w in SCALES:
            total += (current or 1) * SCALES[w]
            current = 0
        else:
            return None
        seen = True
    return float(total + current) if seen else None


def fraction_value(numerator_word: str | None, denom_word: str) -> Fraction | None:
    """'two', 'thirds' -> 2/3; None, 'half' -> 1/2."""
    f = FRACTIONS.get(denom_word.lower())
    if f is None:
        return None
    n = 1
    if numerator_word and numerator_word.lower() not in ("a", "an", "one"):
        n = ONES.get(numerator_word.lower())
        if n is None:
            return None
    return f * n


def round_interval(value: float, precision: float) -> tuple[float, float]:
    """The interval of the stated digits: 50 -> (49.5, 50.5); negative values stay ordered."""
    a, b = value - precision, value + precision
    return (a, b) if a <= b else (b, a)


def clean_float(x: float) -> float:
    """Round away binary noise from scale products (2.3 * 1e9 -> 2300000000.0)."""
    if x == 0 or x != x:
        return x
    return float(f"{x:.12g}")
