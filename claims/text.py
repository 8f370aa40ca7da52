"""Clean-up of newspaper/PDF article text, with an exact offset map back to the raw input.

``normalize(raw)`` returns a :class:`Normalized`: the clean ``text`` the extractor scans, and a map
that takes any span of the clean text back to the raw characters it came from, so that
``raw[rs:re]`` is exactly what a claim was read from.

What the clean-up does
----------------------
* Unicode (pass A, on the raw text): curly quotes and primes become ``'`` and ``"``; hyphen and
  dash characters (U+2010-U+2015, U+2212, ...) become ``-``; soft hyphens and zero-width characters
  are removed (a soft hyphen at a line break joins the two halves); the Unicode spaces become
  ``" "``, except NBSP / thin / narrow NBSP / figure space used as a thousands separator between
  digit groups ("816\\u00a0000"), which becomes ``","``; any other character that NFKC changes is
  replaced by its NFKC form (ligatures, fullwidth digits, "..." for the ellipsis), except
  superscripts and subscripts ("km\\u00b2", "10\\u2076" keep their meaning).
* Line-break hyphens (pass B): a hyphen right after a letter (or after "." as in "U.S.-"),
  followed by spaces and at most one newline, then a letter, is a hyphen from a line or column
  break. The halves are joined ("me- ters" -> "meters") when the joined word is a known English
  word about as likely as the hyphenated compound (``wordfreq``, see :func:`_join_break`);
  otherwise the hyphen stays and only the break goes ("Xi- Putin" -> "Xi-Putin", "five- year" ->
  "five-year"). After a digit the hyphen always stays and the break goes ("1,300- kilometre" ->
  "1,300-kilometre"). Before "to", "and", "or" a hyphen is suspended and left alone ("5- to 10-year",
  "short- and long-term").
  A hyphen with a space before it ("shackle - or") is a dash and is left alone.
* Whitespace (pass B): a run of whitespace becomes one space, or ``"\\n\\n"`` if it holds two or
  more line breaks (a paragraph break). Leading and trailing runs follow the same rule. So every
  maximal whitespace run of the clean text is either ``" "`` or ``"\\n\\n"``.
* Tokenized text (pass C, Penn Treebank style as in many NLP corpora): the spaces inside a number
  split at its punctuation go ("32 . 99 %" -> "32.99 %", "10 , 000" -> "10,000", "7 3 / 4" ->
  "7 3/4"), and so does the space before the dot of "nov . 15" or "no . 1". Ordinary prose never
  has a space before "." or "," between digits, nor a group "000" after ", ", so it is left as it is.
* Words are not rewritten ("per cent" stays); that is the extractor's business.

The offset map
--------------
Each pass records only the places where it changed the *length* of the text, as two sorted anchor
lists ``clean_pos`` / ``raw_pos`` (plus a final sentinel ``(len(clean), len(raw))``). Between two
consecutive anchors the text is one *piece*:

* a piece whose clean and raw lengths are equal is linear: clean char ``c0 + k`` came from raw
  char ``r0 + k`` (one-for-one replacements such as ``’`` -> ``'`` need no anchor at all);
* any other piece is a replacement: every clean char in it came from the whole raw piece
  (``"\\u2026"`` -> ``"..."``, ``"  \\n "`` -> ``" "``); a piece with no clean chars is a deletion
  (the ``"- "`` of "me- ters", a zero-width space).

A clean index is looked up with ``bisect`` (``bisect_right`` skips deletions, which have zero clean
length). The two passes keep their own maps and a lookup goes through both, clean -> pass-A text
-> raw. Memory is proportional to the number of edits, not to the length of the text.

:meth:`Normalized.raw_span` ``(s, e)`` is the raw start of clean char ``s`` and the raw end of clean
char ``e - 1``; raw characters deleted between them (the hyphen and line break inside a joined
word) are inside the raw slice. An empty clean span ``(s, s)`` maps to the empty raw span at
``raw_index(s)`` (after any deleted raw characters), or, strictly inside a replacement that cannot
be split, to that replacement's raw span; both ends of ``raw_span`` are monotone.

Sentences
---------
:func:`sentences` is a rule-based splitter over the clean text: after ``.``/``!``/``?`` (and any
closing quotes or brackets) followed by whitespace and an uppercase letter, a digit or an opening
quote/bracket, and at every paragraph break; not after the abbreviations in :data:`ABBREVIATIONS`
or initials ("T.R. Reid", "George W. Bush"). An abbreviation that often ends a sentence ("U.S.",
"a.m.", "etc.", "Inc.") does end one when the next word is a typical sentence opener ("The",
"He", "But", ...; :data:`SENTENCE_STARTERS`).

Speed and safety
----------------
One-for-one replacements (quotes, dashes, Unicode spaces) are done with ``str.replace``; the few
spots that change the length are found by regex scans that each start with one literal or small
character set, and unchanged stretches are copied wholesale. Measured on one core (CPython 3.11):
about 25 MB/s on PDF-like text with a line-break hyphen every ~80 characters (the demo article
repeated), about 70 MB/s on ordinary news text. Every regex is written with possessive
quantifiers and start-of-run guards so that it runs in linear time, and every scan over a whole
document passes ``timeout=`` (``TimeoutError`` if it is ever hit). The module never prints.
"""
from __future__ import annotations

import functools
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from operator import itemgetter

import regex

__all__ = [
    "Normalized",
    "normalize",
    "sentences",
    "sentence_at",
    "ABBREVIATIONS",
    "SENTENCE_FINAL_ABBREVIATIONS",
    "SENTENCE_STARTERS",
]


def _timeout(n: int) -> float:
    """Seconds a whole-document regex scan may take: far above the linear-time cost of any input."""
    return 5.0 + n / 1_000_000


# --------------------------------------------------------------------------------------- characters

#: Unicode spaces that a thousands separator may be written with ("816\u00a0000" -> "816,000").
_THOUSANDS_SPACES = "\u00a0\u2009\u202f\u2007"

#: One-for-one (or NFKC-first) replacements, applied before NFKC.
_EXPLICIT: dict[str, str] = {}
_EXPLICIT.update(dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u2035", "'"))
_EXPLICIT.update(dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u2036", '"'))
#: hyphens, dashes and the minus sign
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2e3a\u2e3b\ufe58\ufe63\uff0d"
_EXPLICIT.update(dict.fromkeys(_DASHES, "-"))
#: horizontal Unicode spaces (the ASCII ones are left to the whitespace pass)
_EXPLICIT.update(dict.fromkeys("\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
                               "\u2008\u2009\u200a\u202f\u205f\u3000", " "))

#: removed outright: zero-width space/non-joiner/joiner, LRM/RLM, word joiner and invisible
#: operators, BOM / zero-width no-break space; the soft hyphen is handled with them.
_ZERO_WIDTH = "\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff"
_SOFT_HYPHEN = "\u00ad"

#: the raw characters whose line-break hyphen may be dropped when the halves make a word;
#: U+2011 (non-breaking hyphen) and the dashes only lose the line break, never the hyphen.
_JOINABLE_HYPHENS = frozenset("-\u2010")


@functools.lru_cache(maxsize=8192)
def _char_repl(c: str) -> str | None:
    """The replacement of one character matched by pass A, or None to keep it as it is."""
    r = _EXPLICIT.get(c)
    if r is not None:
        return r
    if c in _ZERO_WIDTH or c == _SOFT_HYPHEN:
        return ""
    if unicodedata.decomposition(c).startswith(("<super>", "<sub>", "<fraction>")):
        return None  # "km²", "10⁶", "2½": NFKC would make them "km2", "106", "21⁄2"
    r = unicodedata.normalize("NFKC", c)
    if r == c:
        return None
    r = "".join(_EXPLICIT.get(ch, ch) for ch in r)  # U+FE58 small em dash -> "—" -> "-"
    if not r or any(ch.isspace() or ch in _ZERO_WIDTH or ch == _SOFT_HYPHEN for ch in r):
        return None  # e.g. "´" -> " ́": would put a space into a word
    return r


# ------------------------------------------------------------------------------------------ regexes
#
# The ``regex`` engine scans fast only to a pattern's first literal or character set; a top-level
# alternation is tried at every position. So each scan below starts with one small set and
# branches after it, and rare cases get their own scan, run only when they can match.

#: raw characters that become another single character, replaced wholesale with ``str.replace``
#: (no offset anchor needed): quotes, dashes, and the ASCII/Unicode whitespace that is not a space
#: or a line break in the clean text's terms.
_ONE_FOR_ONE: dict[str, str] = {k: v for k, v in _EXPLICIT.items() if v != " "}
_ONE_FOR_ONE.update(dict.fromkeys("\t\x1c\x1d\x1e\x1f", " "))
_ONE_FOR_ONE.update(dict.fromkeys("\x0b\x0c\x85\u2028", "\n"))
_ASCII_ONE_FOR_ONE = "".join(c for c in _ONE_FOR_ONE if c.isascii())

_H_A = " " + "".join(k for k, v in _EXPLICIT.items() if v == " ")  # horizontal space in pass A
#: everything pass A still edits after the one-for-one replacements (all of it non-ASCII)
_SCAN_A_RE = regex.compile(
    rf"(?V1)[[^\x00-\x7f]&&[{_ZERO_WIDTH}{_SOFT_HYPHEN}\u2029\p{{NFKC_QC=N}}]]"
)
#: a soft hyphen at a line break between letters: the halves are one word
_SHY_BREAK_RE = regex.compile(
    rf"\u00ad(?<=\p{{L}}\u00ad)[{_ZERO_WIDTH}\u00ad]*+[{_H_A}]*+(?:(?:\r\n?+|\n)[{_H_A}]*+)?(?=\p{{L}})"
)

#: thousands groups: a whole chain "1 234 567" at once, only from its first group (so a chain is
#: scanned once, never from each of its groups), separated by plain or thousands spaces.
_THOUSANDS_RE = regex.compile(
    rf"[0-9](?<=(?<![0-9]|[0-9][.,]|[0-9][ {_THOUSANDS_SPACES}])[0-9])"
    rf"[0-9]{{0,2}}+(?:[ {_THOUSANDS_SPACES}][0-9]{{3}}+)++"
    r"(?![0-9]|,[0-9])"
)

#: pass B (after pass A the only whitespace left is " ", "\n" and "\r"), two branches after one
#: first-character set:
#: br -- a hyphen after a letter (or "U.S."), then spaces and at most one line break, then a
#:       letter; ``left``/``right`` capture the letters on either side (at most _MAX_WORD + 1);
#: ws -- a whitespace run from its first character that is not a lone space. Text with no double
#:       space is scanned without the space branch (far fewer candidates); a run " \n" is then
#:       found from its "\n" and the caller adds the space back.
_BR = (r"(?<=(?:(?P<left>\p{L}{1,49}+)\.?|(?P<digit>\d))-)(?P<br>(?=[ \n\r])[ ]*+(?:(?:\r\n?+|\n)[ ]*+)?"
       r"(?=(?P<right>\p{L}{1,49}+)))")
_SCAN_B_RE = regex.compile(rf"[-\n\r](?:{_BR}|(?<=(?<![\n\r])[\n\r])(?P<ws>[ \n\r]*+))")
_SCAN_B_SPACES_RE = regex.compile(
    rf"[-\n\r ](?:{_BR}|(?<=(?<![ \n\r])(?:[\n\r]| (?=[ \n\r])))(?P<ws>[ \n\r]*+))"
)

#: the words after a suspended hyphen ("5- to 10-year"), where a digit's hyphen is no line break
_SUSPENDED_NEXT = frozenset({"to", "or", "and", "through", "nor", "till", "until", "versus", "vs"})
_MAX_WORD = 48  # longer letter runs are not words: a hyphen after one keeps its hyphen


# ----------------------------------------------------------------------------------- hyphenation

#: join "me- ters" only if the joined word is known (zipf above this) ...
_JOIN_MIN_ZIPF = 1.0
#: ... and at most this much less frequent than the hyphenated compound. wordfreq splits
#: "super-power" into its tokens and estimates it from "super" and "power" (zipf 4.95), well above
#: the true compound, so a strict ">=" would keep "super-power", "geo-political", "Gaz-prom".
#: 1.8 joins "superpower" (-1.73) but keeps "t-shirt" (-1.87), "x-ray" (-2.15), "long-term" (-2.38).
_JOIN_MARGIN = 1.8


@functools.lru_cache(maxsize=1 << 16)
def _zipf(word: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")


@functools.lru_cache(maxsize=1 << 16)
def _join_break(left: str, right: str) -> bool:
    """Whether lowercase halves ``left``/``right`` of a line-break hyphen form one word."""
    joined = _zipf(left + right)
    if joined <= _JOIN_MIN_ZIPF:
        return False
    return joined >= _zipf(f"{left}-{right}") - _JOIN_MARGIN


# ---------------------------------------------------------------------------------- offset map


class _OffsetMap:
    """Piecewise map of one pass: anchor lists (see the module docstring), sentinel included."""

    __slots__ = ("_c", "_r")

    def __init__(self, clean_pos: list[int], raw_pos: list[int]):
        self._c = clean_pos
        self._r = raw_pos

    def char_span(self, i: int) -> tuple[int, int]:
        """Raw span of clean char ``i`` (``0 <= i < len(clean)``)."""
        c, r = self._c, self._r
        k = bisect_right(c, i) - 1
        c0, r0 = c[k], r[k]
        if c[k + 1] - c0 == r[k + 1] - r0:
            x = r0 + i - c0
            return x, x + 1
        return r0, r[k + 1]

    def index(self, i: int) -> int:
        if i >= self._c[-1]:
            return self._r[-1]
        return self.char_span(i)[0]

    def span(self, s: int, e: int) -> tuple[int, int]:
        """Raw span of the non-empty clean span ``[s, e)``."""
        return self.char_span(s)[0], self.char_span(e - 1)[1]

    def __len__(self) -> int:
        return len(self._c)


class _Edits:
    """Collects the edits of one pass, left to right, into the new text and its anchors."""

    __slots__ = ("src", "out", "prev", "shift", "c", "r")

    def __init__(self, src: str):
        self.src = src
        self.out: list[str] = []
        self.prev = 0  # end of the last edit in src
        self.shift = 0  # len(new) - len(old) so far
        self.c = [0]
        self.r = [0]

    def replace(self, a: int, b: int, repl: str) -> None:
        """``src[a:b]`` becomes ``repl``; edits come in order and do not overlap."""
        self.out.append(self.src[self.prev:a])
        self.out.append(repl)
        self.prev = b
        n = len(repl)
        if n != b - a:
            ca = a + self.shift
            if self.c[-1] != ca or self.r[-1] != a:
                self.c.append(ca)
                self.r.append(a)
            self.shift += n - (b - a)
            self.c.append(b + self.shift)
            self.r.append(b)

    def finish(self) -> tuple[str, _OffsetMap | None]:
        if not self.out:
            return self.src, None
        self.out.append(self.src[self.prev:])
        text = "".join(self.out)
        if len(self.c) == 1:
            return text, None  # one-for-one replacements only: the identity map
        if self.c[-1] != len(text):
            self.c.append(len(text))
            self.r.append(len(self.src))
        return text, _OffsetMap(self.c, self.r)


# --------------------------------------------------------------------------------------- passes


def _pass_a(raw: str) -> tuple[str, _OffsetMap | None]:
    """Unicode clean-up of the raw text (see the module docstring)."""
    t = raw
    if t.isascii():
        if not any(c in t for c in _ASCII_ONE_FOR_ONE):
            return t, None
        for c in _ASCII_ONE_FOR_ONE:
            if c in t:
                t = t.replace(c, _ONE_FOR_ONE[c])
        return t, None
    for c, r in _ONE_FOR_ONE.items():
        if c in t:
            t = t.replace(c, r)
    if t.isascii():
        return t, None
    timeout = _timeout(len(t))
    if any(c in t for c in _THOUSANDS_SPACES):
        pieces, prev = [], 0
        for m in _THOUSANDS_RE.finditer(t, timeout=timeout):
            for i in range(m.start(), m.end()):
                if t[i] in _THOUSANDS_SPACES:
                    pieces += (t[prev:i], ",")
                    prev = i + 1
        if pieces:
            t = "".join(pieces) + t[prev:]
    for c in _H_A[1:]:  # the other Unicode spaces
        if c in t:
            t = t.replace(c, " ")
    if t.isascii():
        return t, None
    ed = _Edits(t)
    skip = 0  # end of a soft-hyphen break already handled
    for m in _SCAN_A_RE.finditer(t, timeout=timeout):
        a = m.start()
        if a < skip:
            continue
        c = t[a]
        if c == _SOFT_HYPHEN:
            mb = _SHY_BREAK_RE.match(t, a, timeout=timeout)
            if mb is not None:
                skip = mb.end()
                ed.replace(a, skip, "")
                continue
            repl = ""
        elif c == "\u2029":
            repl = "\n\n"  # paragraph separator
        else:
            repl = _char_repl(c)
            if repl is None:
                continue
        ed.replace(a, a + 1, repl)
    return ed.finish()


def _count_breaks(run: str) -> int:
    return run.count("\n") + run.count("\r") - run.count("\r\n")


def _pass_b(t: str, raw: str, amap: _OffsetMap | None) -> tuple[str, _OffsetMap | None]:
    """Line-break hyphens and whitespace over the pass-A text ``t``."""
    scan = _SCAN_B_SPACES_RE if "  " in t else _SCAN_B_RE
    ed = _Edits(t)
    replace = ed.replace
    for m in scan.finditer(t, timeout=_timeout(len(t))):
        a, b = m.span()
        if m.lastgroup == "ws":
            if a > 0 and t[a - 1] == " " and t[a] != " ":
                a -= 1  # " \n" found from its "\n" (no double spaces in t)
            elif b - a == 1:
                replace(a, b, " ")  # a lone "\n" or "\r"
                continue
            run = t[a:b]
            repl = "\n\n" if _count_breaks(run) >= 2 else " "
            if run != repl:
                replace(a, b, repl)
            continue
        # a line-break hyphen at t[a]
        join = False
        right = m.group("right")
        if right.lower() in _SUSPENDED_NEXT:
            continue  # "5- to 10-year", "short- and long-term": a suspended hyphen, left alone
        if m.group("digit") is not None:
            replace(a + 1, b, "")  # "the 1,300- kilometre link" -> "1,300-kilometre"
            continue
        if t[a - 1] != "." and right[0].islower():
            left = m.group("left")
            raw_hyphen = raw[amap.index(a) if amap is not None else a]
            if (raw_hyphen in _JOINABLE_HYPHENS and len(left) <= _MAX_WORD
                    and len(right) <= _MAX_WORD):
                join = _join_break(left.lower(), right.lower())
        if join:
            replace(a, b, "")  # "me- ters" -> "meters"
        else:
            replace(a + 1, b, "")  # "Xi- Putin" -> "Xi-Putin": the hyphen maps to itself
    return ed.finish()


# --------------------------------------------------------------------------------------- public


@dataclass(frozen=True)
class Normalized:
    """Clean ``text`` of a ``raw`` input plus the map from clean offsets to raw offsets."""

    raw: str
    text: str
    #: the pass maps, raw-most first; empty when the clean text is the raw text char for char
    _maps: tuple[_OffsetMap, ...] = field(default=(), repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self._maps and len(self.raw) != len(self.text):
            raise ValueError("Normalized without an offset map needs len(raw) == len(text)")

    def __repr__(self) -> str:
        return f"Normalized(raw=<{len(self.raw)} chars>, text=<{len(self.text)} chars>)"

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """The raw span ``[rs, re)`` that produced ``text[start:end]``.

        ``rs`` is where clean char ``start`` came from, ``re`` where clean char ``end - 1`` ended,
        so "meters" (from "me- ters") maps to "me- ters". An empty span ``(s, s)`` maps to the
        empty raw span at ``raw_index(s)``, except strictly inside a replacement that cannot be
        split (the "..." of "…"), where it maps to that replacement's raw span; so both ends are
        monotone in both arguments.
        """
        n = len(self.text)
        if not 0 <= start <= end <= n:
            raise ValueError(f"span ({start}, {end}) outside the clean text (length {n})")
        if start == end:
            rs = self.raw_index(start)
            if start == 0:
                return rs, rs
            # inside an indivisible replacement ("..." from "…") this is its whole raw span
            return rs, max(rs, self.raw_span(start - 1, start)[1])
        for m in reversed(self._maps):
            start, end = m.span(start, end)
        return start, end

    def raw_index(self, i: int) -> int:
        """Raw index where clean char ``i`` starts; ``len(text)`` maps to ``len(raw)``."""
        n = len(self.text)
        if not 0 <= i <= n:
            raise ValueError(f"index {i} outside the clean text (length {n})")
        for m in reversed(self._maps):
            i = m.index(i)
        return i


#: pass C, tokenized text (Penn Treebank style, as in many NLP corpora) splits numbers and
#: abbreviations at their punctuation: "32 . 99 %", "10 , 000", "7 3 / 4 %", "nov . 15", "no . 1".
#: The spaces inside such a number are deleted; the whole thing is matched from its first digit.
#: A ", " group is joined only when it starts with 0 ("10 , 000", "80, 000"): "in 2010 , 500
#: people" is two figures. A spaced fraction has one digit on each side ("1 / 4"), so "24 / 7" stays.
_TOKENIZED_RE = regex.compile(
    r"(?<![\p{L}\p{N}.,/])(?<![.,/] )(?:"
    r"\d++(?: \. \d++| ?+, (?=0\d\d(?!\d))\d{3})++(?![\p{L}\p{N}]| ?+[.,/] ?+\d)"  # 32 . 99, 10 , 000
    r"|(?:\d++[ ](?=\d / ))?+\d / \d(?![\p{L}\p{N}]| ?+[.,/] ?+\d)"  # 7 3 / 4, 1 / 4 (not 24 / 7)
    r"|(?i:jan|feb|mar|apr|jun|jul|aug|sept?+|oct|nov|dec|nos?+|nr|vol|fig)[ ](?=\.[ ]\d)"  # nov . 15, no . 1
    r")"
)


def _may_be_tokenized(t: str) -> bool:
    """Whether _TOKENIZED_RE can match: a digit (or for " . ", a letter) before one of its spaced
    separators and a digit after it. Finding the separators with ``str.find`` is far faster than
    trying the full pattern at every place, and most texts have none or a few."""
    n = len(t)
    for sep in (" . ", " , ", " / ", ", 0"):
        i = t.find(sep)
        while i != -1:
            j = i + len(sep)
            if i > 0 and j < n and t[j].isdigit() and (t[i - 1].isdigit() or sep == " . " and t[i - 1].isalpha()):
                return True
            i = t.find(sep, i + 1)
    return False


def _pass_c(t: str) -> tuple[str, _OffsetMap | None]:
    """Tokenized numbers and month abbreviations (``_TOKENIZED_RE``) lose their inner spaces."""
    if not _may_be_tokenized(t):
        return t, None
    ed = _Edits(t)
    for m in _TOKENIZED_RE.finditer(t, timeout=_timeout(len(t))):
        a, b = m.span()
        if t[a].isalpha():  # "nov " -> "nov"
            ed.replace(b - 1, b, "")
            continue
        for i in range(a + 1, b):  # the spaces beside "." "," "/" go
            if t[i] == " " and (t[i - 1] in ".,/" or t[i + 1] in ".,/"):
                ed.replace(i, i + 1, "")
    return ed.finish()


def normalize(raw: str) -> Normalized:
    """Clean ``raw`` article text (see the module docstring) and keep the offset map."""
    t1, amap = _pass_a(raw)
    t2, bmap = _pass_b(t1, raw, amap)
    t3, cmap = _pass_c(t2)
    maps = tuple(m for m in (amap, bmap, cmap) if m is not None)
    return Normalized(raw, t3, maps)


# ------------------------------------------------------------------------------------ sentences

#: Abbreviations after which a "." does not end a sentence (matched as written, with the dots).
ABBREVIATIONS = frozenset("""
    Mr. Mrs. Ms. Messrs. Dr. Prof. St. Jr. Sr. Rev. Hon. Fr. Sgt. Cpl. Pvt. Lt. Capt. Col. Maj.
    Gen. Adm. Cmdr. Sen. Rep. Gov. Pres. Supt. Insp. Det. Amb. Atty.
    Inc. Ltd. Co. Corp. Bros. Plc. Dept. Univ. Assn. Ave. Blvd. Rd. Mt. Ft.
    vs. v. etc. e.g. i.e. cf. al. approx. est. ca. viz. No. Nos. no. nos. Vol. vol. pp. p. Fig. fig.
    U.S. U.K. U.N. U.S.A. E.U. a.m. p.m. A.M. P.M. Ph.D. B.A. M.A. D.C.
    Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec.
    Mon. Tue. Tues. Wed. Thu. Thur. Thurs. Fri. Sat. Sun.
""".split())

#: Abbreviations that often end a sentence too: they end one when a sentence opener follows.
SENTENCE_FINAL_ABBREVIATIONS = frozenset("""
    Inc. Ltd. Co. Corp. Bros. Plc. Jr. Sr. etc. al. U.S. U.K. U.N. U.S.A. E.U. D.C.
    a.m. p.m. A.M. P.M.
""".split())

#: Words that typically open a sentence (used only after abbreviations and initialisms).
SENTENCE_STARTERS = frozenset("""
    The A An He She It They We I You This That These Those There Their His Her Its Our My
    But And Yet So Still However Meanwhile Also Then Now Although Though While When After Before
    If As In On At For Some Many Most Other Others One Two Both All Such What Why How Who Which
""".split())

_OPENERS = "\"'([\u201c\u2018\u00ab"
_SPLIT_RE = regex.compile(
    r"[.!?\n](?:"
    # a paragraph break: a whitespace run holding two line breaks, from its first one
    r"(?<=(?<!\n)\n)[^\S\n]*+\n\s*+"
    # sentence-ending punctuation (from the first of a run), closing quotes/brackets, whitespace,
    # then something a sentence starts with
    r"|(?<=(?<![.!?])[.!?])[.!?]*+[\"'\u2019\u201d\u00bb)\]]*+(?P<ws>\s++)"
    r"(?=[\p{Lu}\p{Lt}\p{N}\"'\u201c\u2018(\[]))"
)
_INITIALS_RE = regex.compile(r"(?:\p{L}\.)++")
_WORD_RE = regex.compile(r"[\"'\u201c\u2018(\[]*+(\p{L}++)")
_MAX_TOKEN = 40


def _abbreviation_stop(text: str, dot: int, next_start: int) -> bool:
    """Whether the "." at ``dot`` belongs to an abbreviation or initial (so: no sentence end)."""
    k = dot
    lo = max(0, dot - _MAX_TOKEN)
    while k > lo and not text[k - 1].isspace():
        k -= 1
    token = text[k:dot + 1].lstrip(_OPENERS)
    if token in ABBREVIATIONS:
        final = token in SENTENCE_FINAL_ABBREVIATIONS
    elif _INITIALS_RE.fullmatch(token):
        final = len(token) > 2  # "W." never ends a sentence; "U.S." might
    else:
        return False
    if not final:
        return True
    m = _WORD_RE.match(text, next_start)
    return not (m and m.group(1) in SENTENCE_STARTERS)


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``[start, end)`` of ``text``, in order.

    Spans have no leading or trailing whitespace, and together they cover every non-whitespace
    character of ``text``.
    """
    cuts: list[tuple[int, int]] = []  # (end of one sentence, start of the next)
    for m in _SPLIT_RE.finditer(text, timeout=_timeout(len(text))):
        a = m.start()
        if text[a] == "\n":
            cuts.append((a, m.end()))  # paragraph break
            continue
        ws = m.start("ws")
        if ws - a == 1 and text[a] == "." and _abbreviation_stop(text, a, m.end()):
            continue
        cuts.append((ws, m.end()))
    spans: list[tuple[int, int]] = []
    start = 0
    for end, nxt in cuts + [(len(text), len(text))]:
        a, b = start, end
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            spans.append((a, b))
        start = nxt
    return spans


def sentence_at(spans: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    """The span in ``spans`` (from :func:`sentences`) containing ``pos``.

    For a ``pos`` between sentences this is the sentence before it (the first one if ``pos`` is
    before all of them). Raises ``ValueError`` if ``spans`` is empty.
    """
    if not spans:
        raise ValueError("no sentences")
    k = bisect_right(spans, pos, key=itemgetter(0)) - 1
    return spans[max(k, 0)]
