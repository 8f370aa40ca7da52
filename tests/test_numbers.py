"""The spoken and written-out number grammar (claims.numbers.parse_spoken) and its use in extract."""
from __future__ import annotations

import time

import pytest

import claims
from claims.numbers import parse_spoken


@pytest.mark.parametrize("text, value", [
    ("two hundred point zero three", 200.03),
    ("two hundred point seventy-one", 200.71),
    ("zero point zero eight", 0.08),
    ("nine point nought four", 9.04),
    ("one over three", 1 / 3),
    ("1 over twenty-one", 1 / 21),
    ("2000 over 3", 2000 / 3),
    ("two out of five hundred", 0.004),
    ("one in five", 0.2),
    ("three fifths", 0.6),
    ("twenty-three fifths", 4.6),
    ("a hundredth", 0.01),
    ("a trillionth", 1e-12),
    ("a hundred trillionths", 1e-10),
    ("one and a fourth", 1.25),
    ("three and a fifth", 3.2),
    ("forty two and a third", 42 + 1 / 3),
    ("one hundred and three quarters", 100.75),
    ("one hundred and thirty fifths", 26.0),
    ("twenty and three fifths", 20.6),
    ("two and fifty-four hundredths", 2.54),
    ("3 million and a half", 3.5e6),
    ("five and a half million", 5.5e6),
    ("one billion and a half million", 1.0005e9),
    ("five billion and three quarters", 5.75e9),
    ("half million", 5e5),
    ("a quarter million", 2.5e5),
    ("two thirds of a million", 2e6 / 3),
    ("half a dozen", 6.0),
    ("three dozens", 36.0),
    ("three hundred and two dozens", 324.0),
    ("4 thousand 3 hundred and 21", 4321.0),
    ("3 hundred and one", 301.0),
    ("1.1^23", 1.1 ** 23),
    ("2.5^-1", 0.4),
    ("-12e-1", -1.2),
    ("12.32e+14", 1.232e15),
    ("1.3x10^6", 1.3e6),
    ("6.23x10^-4", 6.23e-4),
    ("2 1/4", 2.25),
    ("3/4", 0.75),
    ("¾", 0.75),
    ("2½", 2.5),
    ("1 234 567", 1234567.0),
    ("40 000", 40000.0),
])
def test_parse_spoken(text, value):
    got = parse_spoken(text, 0)
    assert got is not None, text
    assert got[0] == pytest.approx(value, rel=1e-6)
    assert got[1] == len(text)


@pytest.mark.parametrize("text", [
    "two", "five hundred", "twenty five", "1,234", "2022", "a third", "half of", "9/11", "24/7",
    "5/17/2018", "3 and 4", "$100 and fifty", "10000 over 3 years",
])
def test_parse_spoken_leaves_plain_and_other_forms_alone(text):
    got = parse_spoken(text, 0)
    assert got is None or got[1] < len(text), (text, got)


@pytest.mark.parametrize("text, expected", [
    ("One out of three Germans have housing problems.", [("One out of three", 1 / 3)]),
    ("It takes more than 10 1/2 miles of cable.", [("more than 10 1/2 miles", 10.5)]),
    ("It costs a quarter million us dollars.", [("a quarter million us dollars", 250000.0)]),
    ("The company sells 2.9 million 9 liter cases a year.", [("2.9 million", 2.9e6), ("9 liter", 9.0)]),
    ("I want to loan $10000 over 3 years", [("$10000", 10000.0), ("3 years", 3.0)]),  # "over" = during
    ("The reading was minus five point five.", [("minus five point five", -5.5)]),
])
def test_extract_reads_spoken_numbers(text, expected):
    got = [(c.text, c.value) for c in claims.extract(text)]
    assert [t for t, _ in got] == [t for t, _ in expected]
    for (_, v), (_, w) in zip(got, expected):
        assert v == pytest.approx(w, rel=1e-6)


@pytest.mark.parametrize("text, expected", [
    ("the result is ¾", [("¾", 0.75)]),              # the cleaner keeps vulgar fractions as written
    ("three dozens of eggs", [("three dozens", 36.0)]),
    ("a hundredth of a second", [("a hundredth of a second", 0.01)]),  # a fraction of a unit
    ("twenty and three fifths", [("twenty and three fifths", 20.6)]),
    ("shaving 10 seconds off", [("10 seconds", 10.0)]),   # "seconds" is time, not halves
    ("after the 9/11 attacks", []),
    ("open 24/7", []),
])
def test_extract_fraction_forms(text, expected):
    got = [(" ".join(c.text.split()), c.value) for c in claims.extract(text)]
    assert [t for t, _ in got] == [t for t, _ in expected]
    for (_, v), (_, w) in zip(got, expected):
        assert v == pytest.approx(w, rel=1e-6)


@pytest.mark.parametrize("piece", ["one over ", "two and ", "1 ", "point ", "three fifths ", "1e", "1^", "½"])
def test_spoken_grammar_stays_linear_on_adversarial_input(piece):
    text = piece * 20000
    t0 = time.perf_counter()
    claims.extract(text)
    assert time.perf_counter() - t0 < 20, "extraction must stay linear"


# ---------------------------------------------------------------------------------------------
# the candidate scan finds exactly the tokens a full TOKEN_RE scan finds

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

import sys  # noqa: E402

_E = sys.modules["claims.extract"]
_PIECES = st.sampled_from(["1", "23", ".5", "4,000", " ", "-", "a ", "an ", "one", "two", "twenty", "hundred",
                           " million", "half", "third", "thirds", "dozens", "tens of thousands", "doubled",
                           "¾", "ID.", "x", "Q3", "/", "and", "3-fold", "a third", "fifths", "ab1", "twenty-fold",
                           "fold", "a -half"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_candidate_scan_equals_full_scan(text):
    full = [(m.start(), m.end(), m.lastgroup) for m in _E.TOKEN_RE.finditer(text)]
    fast = [(m.start(), m.end(), m.lastgroup) for m in _E._tokens(text)]
    assert fast == full


@pytest.mark.parametrize("words, value", [
    (["twenty", "five"], 25), (["one", "hundred", "and", "five"], 105), (["nought"], 0),
    (["two", "thousand", "and", "twenty-two"], 2022),
    (["three", "nought", "four"], None),   # a score or a list, not one figure
    (["twenty", "twenty"], None), (["three", "twenty-five"], None),
])
def test_words_value_rejects_runs_of_units(words, value):
    from claims.numbers import words_value
    assert words_value(words) == value


@pytest.mark.parametrize("text", ["0e310", "1e999 tonnes", "2×10⁹⁹⁹ km"])
def test_exponents_beyond_float_range_are_no_figure(text):
    import claims
    assert all(c.value is None or c.value == c.value for c in claims.extract(text))  # no error, no NaN
