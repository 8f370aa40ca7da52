"""Numbers as written in news: digits, number words, fractions, multiples and scales.

Everything here works on one already-located token or phrase; locating them is extract.py's job.
The grammar (which words are numbers) lives here because it is English grammar, not data.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction

import regex

ONES = {
    "zero": 0, "nought": 0, "naught": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000}
#: scale words and abbreviations written after a number ("2.5 million", "$1.76bn", "10k")
SCALE_SUFFIX = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "mln": 1e6, "mn": 1e6, "mil": 1e6, "mio": 1e6, "bn": 1e9, "bln": 1e9, "bil": 1e9, "tn": 1e12, "trn": 1e12, "tr": 1e12,
    "thousands": 1e3, "crore": 1e7, "crores": 1e7, "lakh": 1e5, "lakhs": 1e5, "tln": 1e12, "trln": 1e12,
    "MM": 1e6,  # ("lakh crore" is read as lakh x crore, like "hundred million")
}
#: single-letter scale suffixes, accepted only where extract.py says so (after a currency, "10k")
LETTER_SCALE = {"k": 1e3, "K": 1e3, "m": 1e6, "M": 1e6, "b": 1e9, "B": 1e9, "bn": 1e9, "tn": 1e12, "T": 1e12}
#: vague plurals: "thousands of", "tens of millions of" -> an interval [low, high)
VAGUE = {"dozens": (24, 144), "scores": (40, 200), "hundreds": (100, 1_000), "thousands": (1_000, 10_000),
         "millions": (1e6, 1e7), "billions": (1e9, 1e10), "trillions": (1e12, 1e13)}
#: vague multipliers of a scale word: "a few hundred", "several thousand", "a couple of million"
#: (the figure lies between low x scale and high x scale)
VAGUE_MULTIPLIERS = {"a few": (2, 9), "several": (3, 9), "a couple": (2, 3), "a couple of": (2, 3)}
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
             "sevenfold": 7, "eightfold": 8, "ninefold": 9, "tenfold": 10, "hundredfold": 100,
             "halved": 0.5,
             # nouns only ("a tripling of profit", "a near-doubling"): the extractor drops the verb's gerund
             "doubling": 2, "tripling": 3, "quadrupling": 4, "halving": 0.5,
             # only as a comparison ("more than double the EU average", "double the rate"); the extractor
             # drops them elsewhere ("double-digit", "a double room")
             "double": 2, "triple": 3, "quadruple": 4, "halve": 0.5}
# "elevenfold", "thirtyfold", "twenty-fold", "a hundred-fold"
MULTIPLES.update({f"{w}{sep}fold": v for w, v in [*ONES.items(), *TENS.items(), ("hundred", 100), ("thousand", 1000)]
                  if v >= 2 for sep in ("", "-")})
#: the multiples that state a figure only in a comparison
COMPARATIVE_MULTIPLES = frozenset({"double", "triple", "quadruple", "halve"})

NUMBER_WORD = sorted([*ONES, *TENS, *SCALES, "dozen"], key=len, reverse=True)


@dataclass(frozen=True, slots=True)
class Number:
    value: float
    precision: float       # half a unit of the last stated digit, in the value's own scale
    is_word: bool = False  # written in words ("seventy-five")
    is_integer: bool = True


_DIGITS = regex.compile(r"[0-9]")
_DECIMAL_COMMA = regex.compile(r"[-+]?+[0-9]{1,3}+,[0-9]{1,2}+")


def parse_digits(s: str) -> Number:
    """'1,234.50' -> 1234.5 with precision 0.005; '816,000' -> 816000 (precision 0.5)."""
    if _DECIMAL_COMMA.fullmatch(s):
        s = s.replace(",", ".")  # "3,5 %", "2,50 €": a decimal comma (a thousands comma takes three digits)
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
        below_hundred = current % 100
        if len(parts) == 2 and parts[0] in TENS and parts[1] in ONES and 0 < ONES[parts[1]] < 10:
            if below_hundred:
                return None  # "three twenty-five" is two figures
            current += TENS[parts[0]] + ONES[parts[1]]
        elif w in ONES:
            if below_hundred and not (below_hundred % 10 == 0 and below_hundred >= 20 and 0 < ONES[w] < 10):
                return None  # "three four", "three-nought-four": a list or a score, not one figure
            current += ONES[w]
        elif w in TENS:
            if below_hundred:
                return None  # "twenty twenty"
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


# ---------------------------------------------------------------------------------------------
# spoken and written-out number grammar: "two hundred point zero three", "one over three",
# "three fifths", "3 million and a half", "two thirds of a million", "4 thousand 3 hundred and 21",
# "three dozens", "1.3x10^6", "-12e-1", "2 1/4", "¾", "1 234 567"

ZERO_WORDS = {"nought": 0, "naught": 0}
#: ordinal denominators beyond FRACTIONS ("hundredths", "twenty-firsts")
# ("second" is left out: "10 seconds" is a duration, never ten halves)
_ORD_UNITS = {"first": 1, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
              "eighth": 8, "ninth": 9}
_ORD_TEENS = {"tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
              "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19}
_ORD_TENS = {"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
             "seventieth": 70, "eightieth": 80, "ninetieth": 90}
_ORD_SCALES = {"hundredth": 100, "thousandth": 1_000, "millionth": 1_000_000, "billionth": 1_000_000_000,
               "trillionth": 1_000_000_000_000}
UNICODE_FRACTIONS = {"½": Fraction(1, 2), "⅓": Fraction(1, 3), "⅔": Fraction(2, 3), "¼": Fraction(1, 4),
                     "¾": Fraction(3, 4), "⅕": Fraction(1, 5), "⅖": Fraction(2, 5), "⅗": Fraction(3, 5),
                     "⅘": Fraction(4, 5), "⅙": Fraction(1, 6), "⅚": Fraction(5, 6), "⅛": Fraction(1, 8),
                     "⅜": Fraction(3, 8), "⅝": Fraction(5, 8), "⅞": Fraction(7, 8)}
_UF = "".join(UNICODE_FRACTIONS)

# written forms with digits, tried first (all possessive; anchored at the token start)
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
_SCI_RE = regex.compile(
    r"(?P<m>-?+\d++(?:\.\d++)?+)(?:[eE](?P<e>[+-]?+\d{1,3})|\s*+[x×]\s*+10\^(?P<e2>[+-]?+\d{1,3})"
    r"|\s*+[x×]\s*+10(?P<e3>[⁻]?+[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}+)|\s*+[x×]\s*+10(?P<e4>-\d{1,3})"
    r"|\^(?P<p>(?:--|\+|-)?+\d{1,3}))(?![\p{L}\p{N}.])")
_MIXED_RE = regex.compile(rf"(?P<i>\d{{1,6}})(?:\s++|-)(?P<a>\d{{1,2}})[/⁄](?P<b>\d{{1,2}})(?![\d/⁄])|(?P<i2>\d{{1,6}})?+(?P<u>[{_UF}])")
_SLASH_RE = regex.compile(r"(?P<a>\d{1,2})[/⁄](?P<b>\d{1,2})(?![\d/⁄])")
# "1 414 021 100."; not "24 737 MAX jets" (a count, then a model's number)
_GROUPS_RE = regex.compile(r"\d{1,3}(?:[ ]\d{3}){1,4}(?![\d,]|[.]\d|[ ]\d|[ -]?+\p{Lu}{2,})")
_LEX_RE = regex.compile(r"(?:-(?=in-\d)|(?<=-in)-(?=\d)|[ \t]*+)(?:(?P<num>\d{1,3}+(?:,\d{3})++(?:\.\d++)?+(?![\p{L}\d]|[,.]\d)"
                        r"|\d++(?:\.\d++)?+(?![\p{L}\d]|[,.]\d))|(?P<word>\p{L}++(?:-\p{L}++)*+))")


#: what follows "N in M" when it is no share: "scored 3 in 10 minutes", "won 4 in 5 games"
_NOT_SHARE_NOUNS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade", "game", "match",
                              "race", "season", "start", "attempt", "try", "innings", "inning", "round", "lap",
                              "outing", "appearance"})


def _ordinal_den(word: str) -> tuple[int, bool] | None:
    """'fifths' -> (5, True); 'hundredth' -> (100, False); 'twenty-firsts' -> (21, True)."""
    w = word.lower()
    plural = w.endswith("s") and not w.endswith("ss")
    if plural:
        w = w[:-1]
    if w in ("half", "halve"):
        return 2, plural
    if w == "quarter":
        return 4, plural
    if "-" in w:
        a, _, b = w.partition("-")
        if a in TENS and b in _ORD_UNITS:
            return TENS[a] + _ORD_UNITS[b], plural
        return None
    for table in (_ORD_UNITS, _ORD_TEENS, _ORD_TENS, _ORD_SCALES):
        if w in table:
            v = table[w]
            return (v, plural) if v >= 2 else None
    return None


def _word_value(w: str) -> int | None:
    w = w.lower()
    if w in ONES:
        return ONES[w]
    if w in ZERO_WORDS:
        return 0
    if w in TENS:
        return TENS[w]
    a, _, b = w.partition("-")
    if b and a in TENS and b in ONES and 0 < ONES[b] < 10:
        return TENS[a] + ONES[b]
    return None


class _Cardinal:
    """A cardinal read word by word: ``head`` + ``part`` where ``part`` is what follows the last
    "and" (so "one hundred and three quarters" can add 3/4 to 100), ``scale`` the scale word it
    ends with, if any."""

    __slots__ = ("total", "current", "head", "head_scale", "part_start", "scale", "n", "digits", "after_and",
                 "decimal")

    def __init__(self):
        self.total = 0.0
        self.current = 0.0
        self.head = 0.0
        self.head_scale = 0
        self.part_start = 0
        self.scale = 0
        self.n = 0
        self.digits = False
        self.after_and = False
        self.decimal = False

    @property
    def value(self) -> float:
        return self.total + self.current


def _cardinal(lex: list[tuple[str, str]], i: int) -> tuple[_Cardinal | None, int]:
    """Read a cardinal ("two hundred and forty", "4 thousand 3 hundred and 21", "a million") from
    lexeme ``i``; return it and the index after it."""
    c = _Cardinal()
    j = i
    n = len(lex)
    while j < n:
        kind, w = lex[j]
        lw = w.lower()
        if kind == "num":
            if c.n and ((c.scale == 0 and c.current) or c.decimal):  # two numbers in a row: stop
                break  # ("2.9 million 9 liter cases" is two figures)
            c.current += float(w)
            c.digits = True
            c.decimal = c.decimal or "." in w
        elif (v := _word_value(lw)) is not None:
            if c.n and c.current % 100 and not c.after_and and not (c.current % 10 == 0 and v < 10):
                break  # "twenty five" reads on, "three five" does not
            c.current += v
        elif lw in ("a", "an") and not c.n and j + 1 < n and lex[j + 1][1].lower() in (*SCALES, "dozen"):
            c.current = 1
        elif lw in SCALES and c.n and c.part_start and c.head_scale and SCALES[lw] >= c.head_scale \
                and c.head_scale >= 100:
            # "3 hundred and 2 hundred", "five million and two million": two numbers, not one
            c.total, c.current, c.scale = c.head, 0.0, c.head_scale
            return c, c.part_start - 1
        elif lw == "hundred" and c.n:
            c.current = (c.current or 1) * 100
            c.scale = 100
        elif lw in SCALES and lw != "hundred" and c.n:
            c.total += (c.current or 1) * SCALES[lw]
            c.current = 0
            c.scale = SCALES[lw]
        elif lw == "dozen" and c.n:
            c.current = (c.current or 1) * 12
        elif lw == "and" and c.n and j + 1 < n and (c.scale or not c.digits) \
                and (lex[j + 1][0] == "num" or _word_value(lex[j + 1][1]) is not None):
            # "one hundred and three", "twenty and three fifths"; not "$100 and fifty"
            c.head = c.value
            c.head_scale = c.scale
            c.part_start = j + 1
            c.after_and = True
            j += 1
            continue
        else:
            break
        if lw not in ("a", "an") or c.n:
            c.scale = c.scale if lw in SCALES or lw == "hundred" else 0
        c.after_and = False
        c.n += 1
        j += 1
    return (c if c.n else None), j


def _fraction_at(lex, i) -> tuple[Fraction, int] | None:
    """"a half", "three quarters", "two thirds", "a thirtieth", "one fourth" at lexeme i."""
    if i >= len(lex):
        return None
    kind, w = lex[i]
    lw = w.lower()
    num = None
    if lw in ("a", "an"):
        num, j = 1, i + 1
    elif kind == "num" and "." not in w:
        num, j = int(w), i + 1
    elif (v := _word_value(lw)) is not None:
        num, j = v, i + 1
    else:
        num, j = 1, i  # "half million", "quarter million"
        if lw not in ("half", "quarter"):
            return None
    if j >= len(lex):
        return None
    den = _ordinal_den(lex[j][1])
    if den is None or (lex[j][0] != "word"):
        return None
    return Fraction(num, den[0]), j + 1


def parse_spoken(text: str, pos: int, limit: int = 200) -> tuple[float, int, bool] | None:
    """A number written in a form the simple token patterns do not read, starting at ``pos``:
    (value, end, is_fraction), or None. Only returns when it reads more than a plain cardinal.
    (Every match is bounded by an end position: the regex module looks for a pattern's literal
    text up to the end position first, which costs the length of the whole text otherwise.)"""
    m = _SCI_RE.match(text, pos, pos + 64)
    if m:
        base = float(m.group("m"))
        exp = m.group("e3").translate(_SUPERSCRIPTS) if m.group("e3") is not None else (
            m.group("e") or m.group("e2") or m.group("e4"))  # "2.998×10⁸"; "1.99×10−30" (a lost superscript)
        if exp is not None:
            try:
                value = base * 10.0 ** int(exp)
            except OverflowError:  # "0e310": no figure a text states
                return None
            return (clean_float(value), m.end(), False) if math.isfinite(value) else None
        p = m.group("p").replace("--", "-")
        try:
            return clean_float(base ** int(p)) if base >= 0 else -clean_float(abs(base) ** int(p)), m.end(), False
        except (OverflowError, ZeroDivisionError):
            return None
    m = _MIXED_RE.match(text, pos, pos + 64)
    if m:
        if m.group("u"):
            whole = int(m.group("i2")) if m.group("i2") else 0
            return float(whole + UNICODE_FRACTIONS[m.group("u")]), m.end(), not whole
        a, b = int(m.group("a")), int(m.group("b"))
        if b and a < b:
            return float(int(m.group("i")) + Fraction(a, b)), m.end(), False
    m = _SLASH_RE.match(text, pos, pos + 64)
    if m and (pos == 0 or text[pos - 1] not in "/⁄0123456789"):
        a, b = int(m.group("a")), int(m.group("b"))
        if 0 < a < b <= 10:
            return float(Fraction(a, b)), m.end(), True
    m = _GROUPS_RE.match(text, pos, pos + 64)
    if m and (pos == 0 or not text[pos - 1].isdigit()):
        return float(m.group().replace(" ", "")), m.end(), False

    # words (and digits mixed with scale words)
    lex: list[tuple[str, str]] = []
    ends: list[int] = []
    p = pos
    end_limit = min(len(text), pos + limit)
    while p < end_limit and len(lex) < 30:
        lm = _LEX_RE.match(text, p, end_limit)
        if not lm or lm.end() == p:
            break
        if lm.group("num") is not None:
            lex.append(("num", lm.group("num").replace(",", "")))  # "one in 10,000"
        else:
            w = lm.group("word")
            parts = w.split("-")
            if len(parts) == 2 and parts[1].lower() in FRACTIONS and parts[0].lower() in ONES:
                lex.append(("word", parts[0]))  # "three-quarters of a million": two words
                ends.append(lm.start("word") + len(parts[0]))
                lex.append(("word", parts[1]))
                ends.append(lm.end())
                p = lm.end()
                continue
            if "-in-" in w.lower() or w.lower().endswith("-in"):  # "a one-in-five chance": three words
                q = lm.start("word")
                for part in w.split("-"):
                    lex.append(("word", part))
                    q += len(part)
                    ends.append(q)
                    q += 1
                p = lm.end()
                continue
            lex.append(("word", w))
        ends.append(lm.end())
        p = lm.end()
    if not lex:
        return None
    value, j, frac_only = _spoken(lex)
    if value is None or j == 0:
        return None
    return clean_float(value), ends[j - 1], frac_only


def _spoken(lex) -> tuple[float | None, int, bool]:
    """(value, lexemes used, is a pure fraction) for the longest reading that beats a plain cardinal."""
    n = len(lex)
    # a fraction first: "two thirds of a million", "half a dozen", "quarter million", "three fifths"
    fr = _fraction_at(lex, 0)
    if fr is not None:
        f, j = fr
        k = j
        if k < n and lex[k][1].lower() == "of":
            k += 1
        if k < n and lex[k][1].lower() in ("a", "an"):
            k += 1
        if k < n and lex[k][1].lower() in (*SCALES, "dozen"):
            scale = 12 if lex[k][1].lower() == "dozen" else SCALES[lex[k][1].lower()]
            return float(f * scale), k + 1, False
        first = lex[0][1].lower()
        if first not in ("half", "quarter", "a", "an") or (
                first in ("a", "an") and lex[j - 1][1].lower() not in FRACTIONS):
            return float(f), j, True   # "three fifths", "a hundredth" ("a third" is read elsewhere)
    c, j = _cardinal(lex, 0)
    if c is None:
        return None, 0, False
    value = c.value
    if j >= n:
        return (value, j, False) if c.digits and c.n > 1 and not all(k == "num" for k, _ in lex[:j]) else (None, 0, False)
    kind, w = lex[j]
    lw = w.lower()
    if lw == "point" and j + 1 < n:
        digits, k = "", j + 1
        while k < n:
            kk, ww = lex[k]
            v = _word_value(ww) if kk == "word" else None
            if kk == "num" and "." not in ww:
                digits += ww
            elif v is not None:
                digits += str(v)
            else:
                break
            k += 1
        if digits:
            return value + float("0." + digits), k, False
        return None, 0, False
    if lw in ("over",) or (lw == "out" and j + 1 < n and lex[j + 1][1].lower() == "of") \
            or (lw == "in" and value >= 1 and value == int(value)):
        k = j + (2 if lw == "out" else 1)
        if lw in ("in", "out") and k < n and lex[k][1].lower() == "every":
            k += 1  # "one in every 100", "9 out of every 10"
        d, k2 = _cardinal(lex, k)
        if lw == "in" and d is not None and k2 == k + 1 and lex[k][0] == "num" and len(lex[k][1]) == 4 and \
                1800 <= d.value <= 2100:
            return None, 0, False  # "scored one in 2019": a year, not one in 2,019
        if lw == "in" and value > 1 and (d is None or d.value <= value or (
                k2 < n and lex[k2][0] == "word" and lex[k2][1].lower().rstrip("s") in _NOT_SHARE_NOUNS)):
            return None, 0, False  # "9 in 10 homes" is a share; "3 in 10 minutes", "12 in 10" are not
        if d is not None and d.value and (lw != "out" or value <= d.value) and (
                lw != "over" or k2 >= n or lex[k2][0] != "word" or lex[k2][1].lower() in ("of", "and")):
            # ("twelve out of ten" is no share: two figures)
            # "one over three", "two out of five"; not "$10000 over 3 years" (a word after: a duration)
            return value / d.value, k2, True
        return None, 0, False
    if lw in ("dozens", "dzs", "dozs", "dozen"):
        part = value - c.head
        return c.head + part * 12, j + 1, False
    den = _ordinal_den(w) if kind == "word" else None
    if den is not None and (lw not in ("half", "halves", "quarter") or den[1] or (c.head and value - c.head == 1)):
        part = value - c.head
        if c.head and part < den[0]:
            if c.head_scale >= 1000:
                return c.head + part / den[0] * c.head_scale, j + 1, False  # "five billion and three quarters"
            return c.head + part / den[0], j + 1, False   # "one hundred and three quarters"
        return value / den[0], j + 1, value < den[0]      # "one hundred and thirty fifths" = 130/5
    if lw == "and" and j + 1 < n:
        fr = _fraction_at(lex, j + 1)
        if fr is not None:
            f, k = fr
            if k < n and lex[k][1].lower() in SCALES and lex[k][1].lower() != "hundred":
                s = SCALES[lex[k][1].lower()]
                if c.scale and c.scale > s:
                    return value + float(f) * s, k + 1, False   # "one billion and a half million"
                return (value + float(f)) * s, k + 1, False       # "five and a half million"
            if c.scale >= 1000:
                return value + float(f) * c.scale, k, False       # "3 million and a half"
            return value + float(f), k, False                      # "forty two and a third"
    if c.digits and c.n > 1 and not all(k == "num" for k, _ in lex[:j]):
        return value, j, False                                     # "4 thousand 3 hundred and 21"
    return None, 0, False
