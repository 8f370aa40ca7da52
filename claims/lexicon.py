"""Loads the extraction vocabularies from ``claims/data/`` (units, currencies, hedges, change words,
function words) into lookup tables and reverse-anchored regexes. Data is data: to teach the
extractor a unit or a hedge, edit the CSV, not the code."""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import regex

DATA = Path(__file__).with_name("data")


def _rows(name: str) -> list[dict]:
    with open(DATA / name, encoding="utf-8", newline="") as fh:
        lines = [ln for ln in fh if not ln.startswith("#")]
    return list(csv.DictReader(lines))


def _lines(name: str) -> list[str]:
    """The entries of a one-per-line word list in ``data/``: stripped, without blank and comment lines."""
    with open(DATA / name, encoding="utf-8") as fh:
        return [ln.strip() for ln in fh if ln.strip() and not ln.startswith("#")]


@dataclass(frozen=True, slots=True)
class UnitEntry:
    surface: str
    unit: str | None      # pint expression, None for dimensionless "points"
    kind: str             # quantity | duration | percent | temperature | count_unit
    spacing: str          # any | attached | spaced


@dataclass(frozen=True, slots=True)
class Currency:
    surface: str
    code: str
    position: str         # prefix | suffix | both
    factor: float
    figure: str = ""      # "written": only before "2.7m", "21,700", "8.1" (not "PS5")


@dataclass(frozen=True, slots=True)
class Hedge:
    phrase: str
    canonical: str
    cls: str              # approx_below | approx | more | at_least | less | at_most
    tolerance: float
    position: str         # before | after


def _alternation(words, *, case_sensitive_words=()) -> str:
    """A regex alternation of literal phrases, longest first; inner spaces match any run of spaces."""
    out = []
    for w in sorted(set(words), key=len, reverse=True):
        pat = r"\s++".join(regex.escape(p) for p in w.split(" "))
        out.append(f"(?-i:{pat})" if w in case_sensitive_words else pat)
    return "|".join(out)


def _suffix_alternation(words) -> str:
    """The same phrases as ``_alternation`` (case-insensitive ones), as a trie of their ENDINGS, for the
    reverse-matched left context: matched right to left, "rose|arose|raised|..." becomes "(?:a)?rose|...",
    so a position is rejected after a letter or two instead of trying every word (left_re 1.5 times faster,
    the same matches). A word that ends where a longer one goes on is an optional, greedy prefix."""
    root: dict = {}
    for w in set(words):
        units: list[str] = []
        for i, part in enumerate(w.split(" ")):
            if i:
                units.append(" ")
            units.extend(part)
        node = root
        for u in reversed(units):
            node = node.setdefault(u, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [build(sub) + (r"\s++" if u == " " else regex.escape(u)) for u, sub in sorted(node.items()) if u]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and "" not in node else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return build(root)


class Lexicon:
    """All vocabularies, indexed for the extractor."""

    def __init__(self) -> None:
        # ---- units: phrase (lower-cased unless case-sensitive) -> entry
        self.units_ci: dict[str, UnitEntry] = {}
        self.units_cs: dict[str, UnitEntry] = {}
        self.unit_max_words = 1
        for r in _rows("unit_lexicon.csv"):
            e = UnitEntry(r["surface"], r["unit"] or None, r["kind"], r["spacing"])
            (self.units_cs if r["case"] == "s" else self.units_ci)[
                r["surface"] if r["case"] == "s" else r["surface"].lower()] = e
            self.unit_max_words = max(self.unit_max_words, len(r["surface"].split()))
        #: the first words of the unit phrases (a quick "no unit starts here" in the extractor)
        self.unit_first_cs = frozenset(s.split(" ")[0] for s in self.units_cs)
        self.unit_first_ci = frozenset(s.split(" ")[0] for s in self.units_ci)
        # ---- currencies
        self.cur_prefix: dict[str, Currency] = {}
        self.cur_suffix_ci: dict[str, Currency] = {}
        self.cur_suffix_cs: dict[str, Currency] = {}
        cs_prefix = []
        for r in _rows("currencies.csv"):
            c = Currency(r["surface"], r["code"], r["position"], float(r["factor"]), r.get("figure") or "")
            if r["position"] in ("prefix", "both"):
                self.cur_prefix[r["surface"]] = c
                cs_prefix.append(r["surface"])
            if r["position"] in ("suffix", "both"):
                if r["case"] == "s":
                    self.cur_suffix_cs[r["surface"]] = c
                else:
                    self.cur_suffix_ci[r["surface"].lower()] = c
        self.currency_codes = frozenset(c.code for c in [*self.cur_prefix.values(), *self.cur_suffix_ci.values(),
                                                         *self.cur_suffix_cs.values()])
        #: letter-only prefixes that may be glued to digits ("EUR50m", "RM79", "USD1,700", "Rs500")
        self.glued_prefixes = sorted((c for c in cs_prefix if c[-1].isalpha()), key=len, reverse=True)
        self.cur_max_words = max(len(k.split()) for k in [*self.cur_suffix_ci, *self.cur_suffix_cs])
        # ---- shared currency words read by country ("rupees" in Karachi are PKR)
        #: surface (as in currencies.csv) -> [(code, cue regex)], and one regex of every cue
        self.currency_context: dict[str, list[tuple[str, regex.Pattern]]] = {}
        for r in _rows("currency_context.csv"):
            cue = regex.compile(rf"(?<!\p{{L}})(?:{_alternation(r['cues'].split('|'))})(?!\p{{L}})")
            for surface in r["surfaces"].split("|"):
                self.currency_context.setdefault(surface, []).append((r["code"], cue))
        # ---- the dollar of the country an article is about (home_dollars.csv); the USD row names the US
        self.home_dollars: list[tuple[str, regex.Pattern]] = []
        for r in _rows("home_dollars.csv"):
            cue = regex.compile(rf"(?<![\p{{L}}$])(?:{_alternation(r['cues'].split('|'))})(?!\p{{L}})"
                                + ("" if r["code"] == "USD" else r"(?!\s++dollars?+(?!\p{L}))"))
            self.home_dollars.append((r["code"], cue))
        # ---- hedges
        self.hedges_before: dict[str, Hedge] = {}
        self.hedges_after: dict[str, Hedge] = {}
        for r in _rows("hedges.csv"):
            h = Hedge(r["phrase"], r["canonical"], r["class"], float(r["tolerance"]), r["position"])
            (self.hedges_before if h.position == "before" else self.hedges_after)[h.phrase.lower()] = h
        self.hedge_by_canonical = {h.canonical: h for h in [*self.hedges_before.values(),
                                                            *self.hedges_after.values()]}
        # ---- change words
        change_rows = _rows("change_words.csv")
        self.change = {r["word"].lower(): r["direction"] for r in change_rows}
        #: change words that make a change only when "by" follows ("raised rates by 0.25 points")
        self.change_needs_by = frozenset(r["word"].lower() for r in change_rows if (r.get("needs") or "") == "by")
        # ---- compound amounts: "5 ft 2 in", "3 dollars 50 cents"
        self.compounds: dict[str, tuple[str, float, frozenset]] = {
            r["major"]: (r["minor"], float(r["per"]), frozenset(w for w in r["minor_words"].split("|") if w))
            for r in _rows("compound_units.csv")}
        # ---- function words
        self.function_words = frozenset(w.lower() for w in _lines("function_words.txt"))
        # ---- verbs that end a counted noun after a plural ("people live", "workers face")
        self.subject_verbs = frozenset(w.lower() for w in _lines("subject_verbs.txt"))
        # ---- names of forms and plans that begin with digits: "10-K", "13F", "401(k)"
        self.form_codes = tuple(_lines("form_codes.txt"))
        # ---- nouns that make "a six-speed gearbox", "a five-star hotel" a specification, not a count
        self.descriptor_nouns = frozenset(w.lower() for w in _lines("descriptor_nouns.txt"))

        # ---- left context, matched right-to-left from the number's start ((?r): reverse search)
        word_hedges = [h for h in self.hedges_before if h[0].isalpha() and not h.endswith(("-", "."))]
        dot_hedges = [h for h in self.hedges_before if h[0].isalpha() and h.endswith(".")]  # "c.£250m", "ca. 5"
        glued_hedges = [h for h in self.hedges_before if h[0].isalpha() and h.endswith("-")]  # "sub-7 nm"
        sym_hedges = [h for h in self.hedges_before if not h[0].isalpha()]
        alpha_prefix = [c for c in cs_prefix if c[-1].isalpha() or c[-1] == "."]
        sym_prefix = [c for c in cs_prefix if c not in alpha_prefix]
        sym_letter = [c for c in sym_prefix if c[0].isalpha()]  # "US $", "HK$": whole words ("bonus $5" is no "us $")
        sym_pure = [c for c in sym_prefix if not c[0].isalpha()]
        #: a change verb anywhere earlier in the clause before "by": "cut the olive harvest in Spain by half"
        self.verb_before_by_re = regex.compile(
            r"(?r)(?<![\p{L}\p{N}])(?P<verb>" + _alternation(self.change) + r")(?!\p{L})[^.;:!?\d]{0,80}?"
            r"(?<!\p{L})by\s++\Z", regex.IGNORECASE)
        self.left_re = regex.compile(
            r"(?r)(?:(?<![\p{L}\p{N}])(?P<verb>" + _suffix_alternation(self.change) + r")"
            r"(?:\s++by|(?:\s++(?!by\b)\p{Ll}++){1,7}\s++by)?\s++"
            r"(?:(?:an\s++average|a\s++median|a\s++total|a\s++further|an\s++additional|another|a\s++factor"
            # "rose an annualised 3.2%", "grew a seasonally adjusted 0.4%", "jumped a whopping 40%"
            r"|an?\s++(?:annuali[sz]ed|annual|seasonally[\s-]adjusted|inflation[\s-]adjusted|record|revised"
            r"|provisional|unexpected|surprise|whopping|staggering|modest|sharp|hefty|robust|solid|healthy|mere"
            r"|meagre|meager|real|nominal|cumulative|combined|net)"
            r"|just|only|merely|barely"  # "grew just 0.1%": the figure itself, said to be small
            # "shrank at an annualised pace of 2.9%", "grew at a rate of 5%"
            r"|at\s++(?:an?|the)\s++(?:[\p{L}-]++\s++){0,2}?(?:rate|pace)(?=\s++of))(?:\s++of)?+\s++)?+)?"
            r"(?:(?<![\p{L}\p{N}])(?P<hedge>" + _suffix_alternation(word_hedges) + r")\s++"
            r"|(?<![\p{L}\p{N}.])(?P<hedge>" + _alternation(dot_hedges) + r")\s*+"
            r"|(?P<hedge>" + _alternation(sym_hedges) + r")\s*+"
            r"|(?<![\p{L}\p{N}])(?P<hedge>" + _alternation(glued_hedges) + r"))?"
            r"(?:(?P<cur>(?<![\p{L}\p{N}])(?:" + _alternation(alpha_prefix, case_sensitive_words=alpha_prefix)
            + r")\s?|(?<![\p{L}\p{N}])(?:" + _alternation(sym_letter, case_sensitive_words=sym_letter)
            + r")\s?|(?:" + _alternation(sym_pure, case_sensitive_words=sym_pure) + r")\s?))?"
            r"(?P<sign>(?<![\p{L}\p{N}.,%])[-+]|(?<![\p{L}])(?:minus|negative)[\s-]?+)?\Z",
            regex.IGNORECASE,
        )


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    return Lexicon()
