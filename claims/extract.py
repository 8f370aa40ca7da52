"""Find every numeric claim in an article and read it exactly.

Pipeline (DESIGN section 2): raw text -> ``text.normalize`` (clean text + offset map) -> one scan of
the clean text for number tokens (digits, number words, fractions, multiples, vague plurals) ->
for each token, the words around it decide what it is: a scale ("2.5 million"), a unit from the
lexicon (one pint registry), a currency, a percent, a hedge ("nearly"), a change verb ("rose"),
an age ("69-year-old"), a duration, a date, or a name/label that is no claim at all ("Nord Stream
1", "COVID-19", "Section 427") -> ranges are merged ("between 5 and 7") -> spans are mapped back to
the raw text, so ``raw[claim.start:claim.end] == claim.text`` always.

Every pattern is possessive or reverse-anchored so that no input makes it backtrack badly; whole-
document scans also carry a timeout.
"""
from __future__ import annotations

import datetime as dt
import re as _stdlib_re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from fractions import Fraction

import regex

from . import numbers as N
from .lexicon import Hedge, UnitEntry, lexicon
from .model import Claim, claim_id, sentence_key
from .text import normalize, sentences

MAX_SENTENCE = 1000  # characters of context kept for a claim in a run-on "sentence"
MAX_DIGITS = 18      # a longer digit run is a code or an identifier, not a figure
TIMEOUT = 30.0  # seconds for one whole-document scan; far above what linear patterns need

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
            "sunday": 6}

_ONES = "|".join(sorted(N.ONES, key=len, reverse=True))
_TENS = "|".join(N.TENS)
_WORD_ATOM = (rf"(?:(?:{_TENS})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?+|{_ONES}"
              r"|hundred|thousand|million|billion|trillion|dozen)(?!\p{L})")  # whole words: "three dozens"
_FRAC = "|".join(sorted(N.FRACTIONS, key=len, reverse=True))
_MULT = "|".join(sorted(N.MULTIPLES, key=len, reverse=True))
_GLUED = "|".join(regex.escape(p) for p in lexicon().glued_prefixes)
#: units written before the figure ("a magnitude 6.1 quake", "magnitude-5", "Mach 2")
PREFIX_UNITS = ("magnitude", "mach")
_PREFIX_UNITS_GLUED = "|".join(u + "-" for u in PREFIX_UNITS)

# One scan finds every number token. Alternatives, in order:
#   d: digits ("1,234.5", "816,000", ".5"), not glued to letters or to another number
#   f: fractions ("a third", "two-thirds", "one and a half"), "half"
#   v: vague plurals ("tens of thousands", "millions", "dozens")
#   x: multiples ("doubled", "threefold", "twice", "twenty-fold")
#   w: number words ("seventy-five", "a dozen", "two hundred and forty")
#   n: "N-fold" with digits (before d, which would read the "3" of "3-fold" alone)
TOKEN_RE = regex.compile(
    r"(?=[\d.½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]|\b[aotfsenhmbdzq])(?:"
    r"(?P<u>(?<![\p{L}\p{N}])[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]|\b(?:an?|one)\s++(?:hundred|thousand|million|billion|trillion)ths?+\b)"
    r"|(?P<q>(?=\d)(?<![\p{L}\p{N}/])\d{1,3}[/⁄]\d{1,3}(?=\s++of\b))"
    r"|(?P<n>(?=\d)(?<![\p{L}\p{N}.,])\d++-fold\b)"
    r"|(?P<v>(?<![\p{L}\p{N}.,])(?:10|100)s\s++of\s++(?:thousands|millions|billions)\b)"  # "10s of thousands"
    r"|(?P<d>(?=[\d.])(?:(?<=(?<![\p{L}\p{N}])(?:" + _GLUED + r"|minus-|sub-|now-|mid-|" + _PREFIX_UNITS_GLUED + r")|(?<=\d-to-)|(?<=\d(?:k|K|m|M|bn|mn|b|B)-))|(?<![\p{L}\p{N}_]|[\p{N}][.,]|\p{L}-|[.]\d))(?:\d{1,3},\d{1,2}(?=\s?+(?:%|€|‰|percent\b|per\s++cent\b|euros?\b|EUR\b))|\d{1,2}(?:,\d{2}(?=,))++,\d{3}(?:\.\d++)?+|\d{1,3}(?:,\d{3})++(?:\.\d++)?+|\d++(?:\.\d++)?+|\.\d++)(?![.,]?\d))"
    rf"|(?P<f>(?=[aotfsenhq])\b(?:(?:(?:a|an|one)[\s-]++|(?:{_ONES})[\s-]++(?=(?:{_FRAC})(?!-(?:percentage-)?+points?+\b)))?+(?:{_FRAC})|(?:one|{_ONES})(?:\s++and\s++a\s++|-and-a-)(?:half|quarter|third))\b)"
    r"|(?P<v>(?=[tdshmba])\b(?:tens\s++of\s++(?:thousands|millions|billions)|hundreds\s++of\s++(?:thousands|millions)"
    r"|(?:a\s++few|several|a\s++couple(?:\s++of)?+)\s++(?:hundred|thousand|million|billion|trillion)"
    r"(?:\s++(?:thousand|million|billion))?+"
    r"|dozens|scores|hundreds|thousands|millions|billions|trillions)\b)"
    rf"|(?P<x>(?=[dtqfsenh])\b(?:{_MULT})\b)"  # before w: "twenty-fold" is one multiple, not "twenty"
    rf"|(?P<w>(?=[aotfsenhmbdz])\b(?:an?\s++(?=(?:hundred|thousand|million|billion|trillion|dozen)\b)|(?=(?:{_TENS}|{_ONES})\b)"
    r"|(?=hundred\s++(?:thousand|million|billion)\b))"
    rf"{_WORD_ATOM}"
    rf"(?:(?:\s++and)?+[\s-]++{_WORD_ATOM})*+\b)"
    r")",
    # VERSION0: simple case folding (number words need no "ß" = "ss"); VERSION1's full folding made every
    # match 2.5 times slower
    regex.IGNORECASE | regex.VERSION0,
)

# after a number: an optional scale word, glued or spaced ("2.5 million", "$1.76bn", "10k")
SCALE_RE = regex.compile(
    r"(?P<sp>[ ]?+|-(?=(?:thousand|million|billion|trillion|crores?+|lakhs?+)(?![\p{L}\p{N}])))(?P<scale>hundred[ ](?:thousand|million|billion)|thousand[ ]million|lakhs?[ -]crores?|hundred|thousand|million|billion|trillion|mln|mn|mil|mio|bn|bln|bil|tn|trn|tln|trln|(?<=\d)tr|crores?|lakhs?|(?-i:MM)"
    r"|[kKmMbB]|(?-i:T))(?![\p{L}\p{N}])",
    regex.IGNORECASE,
)
# up to a few words after a number (units and currencies are looked up in dicts, longest first)
# (a "word" longer than 40 characters is no unit: the bound keeps runs of symbols linear)
WORDS_RE = regex.compile(r"(?P<sp>[ -]?+)(?P<w>[^\s,;:!?()\[\]{}\"]{1,40}+(?: [^\s,;:!?()\[\]{}\"]{1,40}+){0,3})")
# "per year", "a month", "/kg", "annually", "each year"
PER_RE = regex.compile(
    r"(?: of (?P<of>[A-Z][A-Za-z]?+\d++(?![\p{L}\d])|[a-z]++(?: (?!per\b|an?\b|each\b|every\b)[a-z]++)?+))?+"
    r"(?:\s*+/\s*+|\s++(?:per|a|an|every|each)\s++|-(?:per|a|an)-|\s++an?+-(?=\p{L}))(?!in\b)(?P<den>[\p{L}µ²³]++(?: (?!(?:earlier|ago|later|before(?!\s++tax\b)|after(?!\s++tax\b)|prior|previously|on(?=\s*+[,.;:!?)]|\s*+$|\s++(?:from|year|month|week|quarter)\b)|from(?=\s++(?:now|today|tomorrow|then|(?:that|the)\s++(?:date|day))))\b)[\p{L}²³]++)?+)"
    # (only a time word is a point in time before "before", "earlier": "a week before"; "$2,075 an ounce
    # before easing" is a price per ounce)
    r"(?!(?<=(?i:day|week|month|year|quarter|fortnight|decade|hour|minute|night|season|time)s?+)"
    r"\s++(?:earlier|ago|later|before(?!\s++tax\b)|after(?!\s++tax\b)|prior|previously|on(?=\s*+[,.;:!?)]|\s*+$|\s++(?:from|year|month|week|quarter)\b)|from(?=\s++(?:now|today|tomorrow|then|(?:that|the)\s++(?:date|day))))\b)"
    r"|(?: of (?!(?:the|a|an|its|their|this|that|last|next)\s)[\p{L}][\p{L}\p{N}]*+(?: (?!annually|yearly|per|a\b|monthly|daily|weekly|hourly)[a-z]++)?+)?+"
    r"\s++(?P<adv>annually|yearly|per annum|a year|monthly|daily|weekly|hourly|(?-i:pa|p\.a\.|pcm))(?!\p{L})"
    r"(?!\s++active\b)"  # "515 million monthly active users": a count of users, the metric's name
    r"(?!\s++(?:earlier|ago|later|before(?!\s++tax\b)|after(?!\s++tax\b)|prior|previously|on(?=\s*+[,.;:!?)]|\s*+$|\s++(?:from|year|month|week|quarter)\b)|from(?=\s++(?:now|today|tomorrow|then|(?:that|the)\s++(?:date|day))))\b)",
    regex.IGNORECASE,
)
# the number word or phrase right after a range connector ("5 to 7", "5-7", "between 5 and 7")
RANGE_RE = regex.compile(r"\s*+(?:-to-|-|to|and|through|or)\s*+", regex.IGNORECASE)
THE_CURRENCY_BEFORE_RE = regex.compile(r"(?ri)(?<!\p{L})(?:the|korean|south[ ]korean)\s++\Z")
AT_AGE_BEFORE_RE = regex.compile(r"(?r)[,(]\s*+at\s++\Z", regex.IGNORECASE)
# "3,404km over 21 stages", "52 goals over 53 games": "over" right after a figure (and at most two words of
# what it measures) spreads it across the second figure; it is no "more than"
FIGURE_BEFORE_OVER_RE = regex.compile(
    r"(?r)\d[%]?+(?:[\p{L}$€£]++)?+(?:\s++(?!(?:to|from|and|or|than|by|of|at|with|is|was|are|were|be|been|has|have"
    r"|had|up|down|rose|fell|grew|increased|decreased|reached|hit|totalled|totaled|some|just|well|for|in)\b)"
    r"\p{L}++){0,2}\s++\Z", regex.IGNORECASE)
# "Federer retired at 41", "she died at 85", "was diagnosed at 12": an event of a life, at an age
LIFE_EVENT_AT_BEFORE_RE = regex.compile(
    r"(?r)(?<!\p{L})(?:died|dies|retired|retires|retire|retiring|married|marries|passed\s++away|debuted|debut"
    r"|diagnosed|emigrated|left\s++(?:school|home)|started\s++school|gave\s++birth|widowed|orphaned|elected"
    r"|crowned|ordained|knighted|became\s++(?:a\s++)?+(?:mother|father|parent|grandmother|grandfather|champion"
    r"|president|prime\s++minister|millionaire|billionaire)|(?:youngest|oldest)(?:\s++\p{L}++){0,4}?"
    # "won a scholarship to Cambridge at 17", "joined the company at 22", "was appointed professor at 32"
    r"|(?:won|joined|founded|graduated|appointed|signed|moved|enrolled|qualified|published|learned|learnt"
    r"|emigrated|became)(?:\s++(?!(?:trading|shares?|stock|prices?|rates?|index|level|points?|rally|gains?|high"
    r"|low)\b)[\p{L}'’]++){0,5}?)"
    r"(?:\s++(?:on\s++\p{L}++|yesterday|today|last\s++\p{L}++|in\s++\p{Lu}\p{Ll}++|in\s++(?:19|20)\d\d))?+"
    # ("died on Wednesday at 83", "retired in 2010 at 70")
    r"\s++at\s++\Z", regex.IGNORECASE)
BIRTHDAY_AFTER_RE = regex.compile(r"(?:st|nd|rd|th)\s++birthday(?!\p{L})", regex.IGNORECASE)
PEOPLE_BEFORE_RE = regex.compile(
    r"(?r)(?<!\p{L})(?:women|men|people|adults|those|anyone|anybody|children|kids|pensioners|workers|drivers|patients"
    r"|voters|residents|everyone|everybody|girls|boys|babies|infants|teenagers|smokers|users|players|farmers|nurses"
    r"|doctors|teachers|employees|respondents|owners|population|workforce|staff|students|pupils|members"
    r"|customers|applicants|participants|victims)"
    r"(?:\s++(?:are|were|is|was))?+\s++\Z",  # "drivers over 70", "half of all farmers are over 55"
    regex.IGNORECASE)
IN_NUMBER_AFTER_RE = regex.compile(r"\s++in\s++(?:number|total|all)(?!\p{L})", regex.IGNORECASE)
LIVE_TO_BEFORE_RE = regex.compile(r"(?r)(?<!\p{L})(?:live|lived|lives|living|survive|survived|survives)\s++to\s++\Z",
                               regex.IGNORECASE)
APPOSITIVE_CLOSE_RE = regex.compile(r"\s*+[,)]")
SUSPENDED_GAP_RE = regex.compile(r"-\s++(?P<c>to|and|or)\s++", regex.IGNORECASE)  # "16- to 24-year-olds"
SUSPENDED_TERM_AFTER_RE = regex.compile(
    r"-\s++(?:to|or|and)\s++(?:\d++|\p{L}++)-(?:years?|months?|weeks?|days?|hours?)(?![-\p{L}])(?![ ]of\b)",
    regex.IGNORECASE)
AGE_AFTER_RE = regex.compile(
    r"[\s-]++(?P<u>years?|yrs?|months?|weeks?|days?)(?:[\s-]++olds?+(?!\p{L})|\s++of\s++age(?![\p{L}-]))"
    r"|[ ]?+(?:yo|y\.o\.|y/o)(?!\p{L})",
    regex.IGNORECASE)
AGE_UNITS = {"y": "year", "m": "month", "w": "week", "d": "day"}
# "one in four dollars", "three out of every four pounds": a share written with "in" or "out of"
IN_EVERY_RE = regex.compile(r"\s(?:in|out\s++of)\s", regex.IGNORECASE)
# "the over-50s", "under-16s": people over or under an age (the figure glued to a word by a hyphen is no token);
# "England's under-21s won", "the under-21 side": a team
TEAM_AFTER_RE = regex.compile(r"\s++(?:team|side|squad|match|game|international|won|lost|drew|beat|coach|manager)"
                              r"(?!\p{L})", regex.IGNORECASE)
OVER_UNDER_AGES_RE = regex.compile(r"(?<!\p{L})(?P<h>over|under)-(?P<n>\d{1,3}+)s(?!\p{L})", regex.IGNORECASE)
BOUND_AGE_OF_BEFORE_RE = regex.compile(r"(?r)(?<!\p{L})(?P<h>over|under|above|below|older\s++than|younger\s++than)"
                                    r"\s++the\s++age\s++of\s++\Z", regex.IGNORECASE)
AGE_BEFORE_RE = regex.compile(r"(?r)(?<!\p{L})(?:aged|age|ages|the age of|at age|age of)(?:\s++between)?+\s++\Z",
                              regex.IGNORECASE)
# the subject of a sentence that states an age: "life expectancy for men is around 73", "the state pension
# age will rise to 67", "the median age is 38.5 years" (the first figure after it, with no digit between)
AGE_SUBJECT_RE = regex.compile(
    r"(?<!\p{L})(?:life[ -]?expectanc(?:y|ies)|life[ -]?spans?|(?:retirement|pension|voting|drinking|median|average"
    r"|mean|minimum|legal|school[ -]leaving)\s++age|age\s++(?:limit|of\s++consent|threshold))(?!\p{L})",
    regex.IGNORECASE)
DIGIT_RE = regex.compile(r"\d")
AGE_PARALLEL_GAP_RE = regex.compile(r"\s*+(?:,\s*+)?+(?:from|to|and|or|versus|vs\.?+)\s++", regex.IGNORECASE)
# "turned 134 this week", "turns 18 on Monday": an age, when nothing follows the figure that it counts
# "Jamie Armstrong, 25, said": a figure between commas after a name is the person's age
APPOSITIVE_NAME_RE = regex.compile(
    r"(?r)(?<![\p{L}\p{N}])(?:(?P<w>\p{Lu}\p{Ll}++)|(?<=(?<!\p{L})(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)\s++"
    r"(?:[\p{L}-]++\s++)?(?:\p{Ll}++-)?)(?P<w>\p{Ll}{3,}+)),[ ](?:(?:now|then)[ ])?+\Z")
# ("Maddon, 66,", "Smith, now 72,", "His co-defendant, 19,": a hyphened noun)
# "The England captain, 29,"
APPOSITIVE_NEXT_RE = regex.compile(r",[ ]\p{Ll}++(?![\p{L}\p{N}])")  # "Maddon, 66, has", "Putin, 71, since 2000"
TURN_BEFORE_RE = regex.compile(r"(?r)(?<!\p{L})(?:turned|turns|turning|turn|who\s++(?:is|was|will\s++be)|"
                            r"(?:he|she)\s++(?:is|was|will\s++be))\s++\Z", regex.IGNORECASE)
WHO_CLAUSE_WAS_BEFORE_RE = regex.compile(r"(?r),\s++who\s++[^,.;:]{1,100},\s++was\s++\Z", regex.IGNORECASE)
TURN_AFTER_RE = regex.compile(r"\s*+(?:[,.;:!?)]|\Z|(?:this|on|in|by|last|next|with|and|years?|today|tomorrow|"
                              r"yesterday|when|after|before|at\s++the\s++time)\b)", regex.IGNORECASE)
ORDINAL_RE = regex.compile(r"(?:st|nd|rd|th)\b", regex.IGNORECASE)
TIME_AFTER_RE = regex.compile(r"\s?+(?:[ap]\.?m\.?|GMT|UTC|BST|ET|EST|EDT|PT|PST|PDT|CET)(?!\p{L})",
                              regex.IGNORECASE)
ZONE_AFTER_RE = regex.compile(r"\s?+(?:GMT|UTC|BST|EST|EDT|PST|PDT|CET|hrs\b)", regex.IGNORECASE)
ADDRESS_AFTER_RE = regex.compile(
    r"(?:-\d{1,5}+[A-Za-z]?+|[A-Za-z](?!\p{L}))?+(?:\s++(?:[\p{Lu}][\p{L}.]*+|\d{1,3}+(?:st|nd|rd|th))){1,3}"
    r"\s++(?:Road|Rd|Street|St|Avenue|Ave|Way|Boulevard|Blvd|Lane|Ln|Drive|Dr|"
    r"Place|Pl|Court|Ct|Terrace|Square|Sq|Highway|Hwy)\b\.?+|\s++ZIP\b"
    r"|\s++(?:Ave|Avenue|Rue|Boulevard|Blvd|Via|Calle|Avenida|Rua|Strasse|Straße)\s++"
    r"(?:\p{Lu}|(?:de|du|des|la|le|del|da|do|di)\s)")  # "22 Ave Foch", "10 Rue de Rivoli"
# one capital letter glued to a figure, not a scale letter: "5G", "3D", "4G" (unit symbols are looked up)
GLUED_CAPITAL_RE = regex.compile(r"[AC-JLNOP-SU-Z](?![\p{L}\p{N}])")
COMPARISON_AFTER_RE = regex.compile(r"\s++(?:the|that|what|its|their|his|her|our|this|those)(?!\p{L})",
                                 regex.IGNORECASE)
ENUM_AFTER_RE = regex.compile(r"[ ]?+\)")
CODE_AFTER_RE = regex.compile(r"\p{Lu}{1,3}+\d|\p{Lu}{2}(?![\p{L}\p{N}])")
PRODUCT_AFTER_RE = regex.compile(r"[ ](?:Pro|Max|MAX|Plus|Mini|Ultra|Lite|Dreamliner|Neo)(?!\p{L})")
FUTURE_YEAR_BEFORE_RE = regex.compile(r"(?r)(?<!\p{L})(?:by|until|till|before|in|after|from|since|to)\s++\Z",
                                      regex.IGNORECASE)
HALF_OK_RE = regex.compile(r"\s++(?:of|the|a|an|their|its|his|her|our|all|that|this|those|these|what)\b",
                          regex.IGNORECASE)
HALF_BAD_BEFORE_RE = regex.compile(r"(?r)(?<!\p{L})(?:first|second|last|latter|other|top|bottom|lower|upper|"
                                   r"northern|southern|eastern|western|better)\s++\Z", regex.IGNORECASE)
CHANGE_OR_RE = regex.compile(r"(?:\s++(?!or\b)\p{Ll}++)?+,?+\s*+or\s++", regex.IGNORECASE)  # "125,600 jobs or 2.2%"
TIME_SHAPE_RE = regex.compile(r"\d{1,2}[:.]\d{2}(?!\d)")
COLON_BEFORE_RE = regex.compile(r"(?r)\d[:]\Z")
MONTH_BEFORE_RE = regex.compile(
    r"(?r)(?<!\p{L})(?P<m>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?+\s++(?:of\s++)?+\Z",
    regex.IGNORECASE)
MONTH_DAY_DASH_BEFORE_RE = regex.compile(
    r"(?r)(?<!\p{L})(?P<m>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?+\s++(?P<d>\d{1,2})"
    r"(?:[-–]|\s++(?:and|to|through|until)\s++)\Z", regex.IGNORECASE)  # "June 12-18", "April 20 and 24"
_DAY_SPAN_NEXT = _stdlib_re.compile(r"(?:st|nd|rd|th)?[ ]?[-–&ta]")  # a cheap gate for DAY_SPAN_MONTH_RE
# "on 6-7 June", "between 6 and 9 June 2023": the first day of a span of days, its month after the second
DAY_SPAN_MONTH_RE = regex.compile(
    r"(?:st|nd|rd|th)?+\s*+(?:-|–|to|and|&)\s*+(?P<d>\d{1,2}+)(?:st|nd|rd|th)?+\s++(?:of\s++)?+(?P<m>"
    + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b", regex.IGNORECASE)
# "$62 per share", "£25 a head", "$95 a share": what a sum of money is per (not a unit)
# "142 litres per person", "3.4 kilograms of sugar per person", "14.7 tonnes per capita"
PER_HEAD_RE = regex.compile(r"(?:[ ]of[ ](?!per\b)\p{Ll}++(?:[ ](?!per\b)\p{Ll}++)?+)??[ ]per[ ](?P<n>\p{Ll}++)"
                            r"(?![\p{L}-])")
PER_NOUN_RE = regex.compile(r"(?:\s++(?P<per>per)|\s++an?+)\s++(?P<n>\p{Ll}++)(?![\p{L}-])")
PER_NOUNS = frozenset({"share", "head", "person", "piece", "unit", "ticket", "night", "seat", "household", "pupil",
                       "line", "resident",
                       "student", "patient", "passenger", "visitor", "worker", "employee", "child", "adult",
                       "customer", "user", "subscriber", "copy", "item", "meal", "bottle", "pack", "car",
                       "vehicle", "room", "game", "match", "episode", "dose", "vote", "player", "member"})
# a price said before a bare letter-prefixed figure: "petrol costs R23 a litre", "fares of N500"
PRICE_WORD_BEFORE_RE = regex.compile(
    r"(?r)(?<!\p{L})(?:costs?|costing|paid|pays?|paying|priced\s++at|sells?\s++for|sold\s++for|fares?\s++of"
    r"|fees?\s++of|prices?\s++of|worth|charges?|charged|earns?|earned)\s++\Z", regex.IGNORECASE)
HUMAN_PLURAL_AFTER_RE = regex.compile(r"[ ](?:people|users|subscribers|viewers|customers|residents|voters"
                                      r"|visitors|passengers|inhabitants|followers)\b")
SOMEDAY_AFTER_RE = regex.compile(r"\s*+(?:,|(?:he|she|they|we|i|you|it|in|last|this|next|soon)\b)",
                                 regex.IGNORECASE)
VIDEO_LINES = frozenset({"360", "480", "576", "720", "1080", "1440", "2160", "4320"})
VIDEO_AFTER_RE = regex.compile(
    r"(?:\s++|-)(?:TVs?+|televisions?+|resolution|videos?+|screens?+|displays?+|monitors?+|cameras?+|footage"
    r"|streams?+|streaming|HDR|Ultra|UHD|HD|content|gaming|graphics|OLED|LED|projectors?+|movies?+|films?+"
    r"|recording|playback|panels?+)(?!\p{L})", regex.IGNORECASE)
RACE_AFTER_RE = regex.compile(r"[ ](?:races?+|runs?+|walks?+|fun[ ]runs?+|courses?+|road[ ]races?+)(?!\p{L})",
                           regex.IGNORECASE)
RAN_A_BEFORE_RE = regex.compile(r"(?ri)(?<!\p{L})(?:ran|run|runs|running|won|wins|finished|completed|jogged"
                                r"|walked|entered)\s++(?:a|the|his|her|their)\s++\Z")
DIGIT_SPACE_BEFORE_RE = regex.compile(r"(?r)\d[%]?+[ ]\Z")
FACTOR_OF_BEFORE_RE = regex.compile(r"(?ri)(?<!\p{L})(?:an?\s++)?+factor\s++of\s++\Z")
GLUED_BY_RE = regex.compile(r"[xX×]\d{1,3}+(?![\d.,])")  # "4x4", "2x2", "4x100m"
# "14/03/1879", "5/17/2018": day, month and a four-figure year
DOT_DATE_RE = regex.compile(r"(?<![\p{L}\p{N}./-])(?P<a>\d{1,2}+)\.(?P<b>\d{1,2}+)\.(?P<y>(?:19|20)\d\d)(?![\d.,]\d|\d)")
VERSION_WORD_BEFORE_RE = regex.compile(r"(?r)(?<!\p{L})(?:version|v|ver|release|build|firmware|ios|android)\.?+\s*+\Z",
                                       regex.IGNORECASE)
NUMERIC_DATE_RE = regex.compile(r"(?P<a>\d{1,2}+)/(?P<b>\d{1,2}+)/(?P<y>\d{4}+)(?![\d/.,]\d|\d)")
MONTH_AFTER_RE = regex.compile(
    r"(?:st|nd|rd|th)?+\s++(?:of\s++)?+(?P<m>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b"
    r"(?:(?<=(?<!\p{L})(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec))\.)?+",  # "4 Jul." but not "4 July."
    regex.IGNORECASE)
YEAR_AFTER_MONTH_RE = regex.compile(r",?+\s++(?P<y>1[0-9]{3}|20[0-9]{2})(?!\d)")
DAY_YEAR_RE = regex.compile(r",?+\s++(?P<y>1[0-9]{3}|20[0-9]{2})(?!\d|,\d)")
# "an average of 1500", "a total of 2000": an amount, not a year
AMOUNT_OF_BEFORE_RE = regex.compile(
    r"(?r)(?<!\p{L})(?:average|total|maximum|minimum|sum|tally|tallies|score|peak|high|low)\s++of\s++\Z",
    regex.IGNORECASE)
# what may follow a year written with "about"/"around" ("built around 1800." / "around 1800 in"):
# anything else ("About 1000 come from Asia") makes the figure a count
YEAR_END_AFTER_RE = regex.compile(
    r"\s*+(?:[.,;:)!?\]\"']|\Z|(?:in|on|at|by|when|and|or|but|as|AD|BC|A\.D\.|B\.C\.|CE|BCE|to|until)(?!\p{L}))")
AS_A_WHOLE_RE = regex.compile(r"\s++as\s++a\s++whole\b", regex.IGNORECASE)
YEAR_CONTEXT_BEFORE_RE = regex.compile(
    r"(?r)(?<!\p{L})(?:in|since|by|until|till|from|before|after|during|of|the|year|fiscal|between|and|to|"
    r"through|circa|c\.|around|early|late|mid|A\.D\.|AD|BC|B\.C\.|summer|winter|spring|autumn|fall|season)"
    r"\s++\Z|(?r)(?:^|[(\[,;:\"'-])\s*+\Z",
    regex.IGNORECASE)
# plural nouns a year qualifies ("below 2019 levels", "at 2015 prices", "the 2022 midterms"): "2019 levels"
# is a date, where "2000 people" counts
# a tournament or a Games named by its year: "Euro 2024", "Paris 2024", "Qatar 2022" (not "in Paris in 2024")
EVENT_NAME_BEFORE_RE = regex.compile(
    r"(?r)(?<![\p{L}.])(?-i:Euro|Paris|Tokyo|London|Beijing|Rio|Sochi|PyeongChang|Pyeongchang|Milan|Milano|Cortina"
    r"|Brisbane|LA|Qatar|Glasgow|Birmingham|Gold\s++Coast|Lille|Athens|Afcon|AFCON|Copa)"
    r"[ ]\Z")
YEAR_NAME_AFTER_RE = regex.compile(r"[ ](?:Committee|Games|Olympics|Paralympics|Expo)(?!\p{L})")
YEAR_NOUNS = frozenset({
    "levels", "prices", "figures", "rates", "values", "terms", "numbers", "highs", "lows", "peaks", "standards",
    "elections", "midterms", "primaries", "results", "estimates", "forecasts", "accounts", "budgets", "games",
    "olympics", "championships", "finals", "playoffs", "protests", "riots", "floods", "attacks", "talks", "polls",
    "census", "rules", "regulations", "reforms", "guidelines", "targets", "accords", "agreements", "sanctions",
    "models", "editions", "accounts", "statistics", "data", "returns", "earnings", "sales", "revenues", "profits",
    "losses", "contracts", "cuts", "hikes", "increases", "rises", "increments", "deadlines", "exams", "graduates",
    "winners", "champions", "nominees", "recipients", "laureates", "inductees", "draftees"})
YEAR_RANGE_AFTER_RE = regex.compile(r"\s*+(?:-|–|—|to)\s*+(?P<n>\d++)(?![.,]\d)")
# "in his late 70s" (an age), "the early 90s" (a decade)
POSSESSIVE_BEFORE_RE = regex.compile(r"(?r)\p{L}(?:'s|s')\s++\Z")  # "Apple's 2024 results": a year
DECADE_OWNER_BEFORE_RE = regex.compile(
    r"(?ri)(?<!\p{L})(?:(?P<own>his|her|their|my|your|our)|the)\s++(?:(?P<part>early|mid|late)(?:-|\s++))?+\Z")
# words that put temperatures in a sentence, for "the mid-30s" (narrower than WEATHER_WORDS_RE: "rates were high")
TEMPERATURE_TALK_RE = regex.compile(
    r"(?<!\p{L})(?:temperatures?|heat(?:wave)?|weather|forecast\p{L}*+|thermometer|highs|lows|mercury|degrees|celsius"
    r"|fahrenheit|hot(?:test|ter)?|cold(?:est|er)?|warm(?:est|er)?|scorch\p{L}*+|sweltering)(?!\p{L})", regex.IGNORECASE)
ERA_WORDS_RE = regex.compile(r"(?<!\p{L})(?:decades?+|era|generation|century|music|fashion)(?!\p{L})", regex.IGNORECASE)
WEATHER_DECADE_BEFORE_RE = regex.compile(
    r"(?ri)(?<!\p{L})the\s++(?:(?P<part>low|lower|mid|high|upper|early|late)(?:-|\s++))?+\Z")
DECADE_PART_BEFORE_RE = regex.compile(r"(?ri)(?<!\p{L})(?P<part>early|mid|late)(?:-|\s++)\Z")
DECADE_PARTS = {"": (0, 9), "early": (0, 3), "mid": (3, 6), "late": (7, 9)}
WEATHER_DECADE_PARTS = {**DECADE_PARTS, "low": (0, 3), "lower": (0, 3), "high": (7, 9), "upper": (7, 9)}


def _decade(first: int, part: str) -> str:
    """ "the 1990s" -> "1990/1999", "the late 1990s" -> "1997/1999": the years, as an ISO interval."""
    lo, hi = DECADE_PARTS[part.lower()]
    return f"{first + lo:04d}/{first + hi:04d}"


SHORT_DECADE_RE = regex.compile(r"s(?!\p{L})")
DECADE_RE = regex.compile(r"'?s\b")
ISO_DAY_AFTER_RE = regex.compile(r"-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?![\d-])")  # "2008-09-15": a date
ISO_DATE_RE = regex.compile(r"-(?P<m>0[1-9]|1[0-2])(?:-(?P<d>0[1-9]|[12]\d|3[01]))?+(?!\d)")
QUARTER_BEFORE_RE = regex.compile(r"(?r)(?<!\p{L})(?:Q[1-4]|H[12]|FY)\s*+'?\Z")
# a hyphenated prefix that does not make the figure a label: "minus-5 yards", "sub-7 nanometer" (a
# hedge), "her now-18 month-old daughter"
HYPHEN_PREFIX_BEFORE_RE = regex.compile(r"(?r)(?<!\p{L})(?:minus|sub|now)-\Z", regex.IGNORECASE)
SCALED_HYPHEN_BEFORE_RE = regex.compile(r"(?r)\d(?:k|K|m|M|bn|mn|b|B)-\Z")
MONEY_SCALED_HYPHEN_BEFORE_RE = regex.compile(r"(?r)[$€£¥][ ]?+[\d.,]{1,12}+(?:k|K|m|M|bn|mn|b|B)-\Z")
LABEL_WORD_BEFORE_RE = regex.compile(
    r"(?r)(?<![\p{L}&])(?:category|level|stage|phase|tier|grade|type|class|version|round|chapter|section|"
    r"article|page|item|row|seat|gate|terminal|platform|route|channel|model|series|unit|flight|room|"
    r"highway|interstate|exit|junction|runway|pier|berth|season|episode|lap|"
    r"sp|s&p|ftse|nikkei|dax|cac|stoxx|russell|kospi|asx|nifty|sensex|topix|ibex|aex|omx)\s++\Z", regex.IGNORECASE)
# "between junctions 3 and 12", "Platforms 9 and 10", "floors 12 to 15": a plural label word names several
LABEL_PLURALS = frozenset(
    "categories levels stages phases tiers grades versions rounds chapters sections articles pages items rows "
    "seats gates terminals platforms routes channels flights rooms highways interstates exits junctions runways "
    "piers berths episodes floors wards zones bays".split())
_LABEL_ALT = ("category|level|stage|phase|tier|grade|type|class|version|round|chapter|section|article|page|item|row"
              "|seat|gate|terminal|platform|route|channel|model|series|unit|flight|room|highway|interstate|exit"
              "|junction|runway|pier|berth|season|episode|floor|ward|zone|bay|" + "|".join(sorted(LABEL_PLURALS)))
_LIST_SEP = r"(?:,|and|or|to|&|-|–)"
# the second and later labels of such a list ("junction 10 and 11", "rooms 101, 102 and 104")
LABEL_LIST_BEFORE_RE = regex.compile(
    r"(?r)(?<![\p{L}&])(?:" + _LABEL_ALT + r")\s++\d{1,5}+\p{Ll}?+(?:\s*+" + _LIST_SEP + r"\s*+\d{1,5}+\p{Ll}?+){0,8}?"
    r"\s*+" + _LIST_SEP + r"\s*+\Z", regex.IGNORECASE)
LABEL_LIST_END_RE = regex.compile(r"\p{Ll}?+(?:\s*+(?:[,.;:)]|\Z)|\s*+" + _LIST_SEP + r"\s*+\d)", regex.IGNORECASE)
CAPS_WORD_BEFORE_RE = regex.compile(r"(?r)(?<![\p{L}\p{N}])\p{Lu}{2,}+\Z")
LABEL_HASH_RE = regex.compile(r"(?r)(?:#|No\.|no\.|Nos\.|nr\.|Art\.|§)\s*+\Z")
CAP_WORD_BEFORE_RE = regex.compile(r"(?r)(?<![\p{L}\p{N}'&.])(?P<w>[\p{L}'&.]++)(?P<gl>-?+)\s*+\Z")
PHONE_RE = regex.compile(r"\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}(?!\d)|\d{3}-\d{4}(?!\d)")
# a national number with a trunk 0, skipped whole: "0800 123 4567", "(020) 7946 0958", "01632-960-123"
PHONE_NATIONAL_RE = regex.compile(
    r"(?<![\p{L}\p{N},.])(?:\(0\d{2,4}\)|0\d{2,4})[ -]\d{3,4}+[ -]?+\d{3,4}+(?![\p{N}]|[.,]\d)")
# an international phone number: "+1-222-2222/2222", "+44 20 7946 0958", "+7 (495) 123-45-67"
PHONE_INTL_RE = regex.compile(
    r"(?<![\p{L}\p{N}])\+\d{1,3}[ -]\(?+\d{1,4}+\)?+(?:[ .\-/]\(?+\d{1,4}+\)?+){1,5}+(?![\p{L}\p{N}]|[.,]\d)")
# a chain of three or more hyphened digit groups that is no date: "1111-22223333-4444", "4-3-3"
CHAIN_AFTER_RE = regex.compile(r"-\d++-\d")
CHAIN_BEFORE_RE = regex.compile(r"(?r)\d-\d++-\Z")
# a currency word in a hyphened rate: "12-cent-a-share", "50-cents-per-hour" (not "euro-zone")
PER_HYPHEN_RE = regex.compile(r"([^-]++)-(?=(?:a|an|per)-)", regex.IGNORECASE)
# an ordinal word glued to a tens word: "twenty-first", "thirty-fifth"
ORDINAL_WORD_AFTER_RE = regex.compile(
    r"-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b", regex.IGNORECASE)
# "how about 2", "what about three": a suggestion, not a hedge
HOW_ABOUT_BEFORE_RE = regex.compile(r"(?r)(?<!\p{L})(?:how|what)\s++\Z", regex.IGNORECASE)
VERSION_AFTER_RE = regex.compile(r"\.\d++\.\d")
# a set score next to another: "6-4 3-6 6-4", "7-6(6) 6-1"
OVER_AFTER_RE = regex.compile(r"\s++(?:over|as\s++(?:much|many|large|likely|high|fast|big))(?!\p{L})", regex.IGNORECASE)
SET_SCORE_AFTER_RE = regex.compile(r"(?:\(\d{1,2}\))?+,?+[ ]++[0-7][-–][0-7](?![\d.]|,\d)")
SET_SCORE_BEFORE_RE = regex.compile(r"(?r)(?<![\d.,])[0-7][-–][0-7](?:\(\d{1,2}\))?+,?+[ ]++\Z")
SCORE_BEFORE_RE = regex.compile(r"(?r)(?<!\p{L})(?:won|lost|beat|beaten|drew|draw|defeated|ended|finished|"
                                r"victory|win|loss|defeat|score|scored|led|trailing|trail|lead|leads|"
                                r"tie|tied|trailed|trails|winning|losing|drawing|beating)\s++(?:\p{L}++\s++){0,2}\Z",
                                regex.IGNORECASE)
# what follows a score that starts at nil: "were 0-1 down", "trailed 0-2 at half-time", "a 0-3 defeat"
ZERO_SCORE_AFTER_RE = regex.compile(r"\s++(?:down|up|at\s++half|after|before|behind|ahead|defeat|win|loss|victory"
                                    r"|draw|lead|deficit|scoreline|home|away)(?!\p{L})", regex.IGNORECASE)
VOTE_NEAR_RE = regex.compile(r"(?<!\p{L})(?:vot(?:e|es|ed|ing)|ballots?+|defeated|passed|margin|rejected)(?!\p{L})",
                           regex.IGNORECASE)
# verbs that take "up" as a particle: "ticked up to 4.1%" reaches a level ("rise up to 5%" keeps its bound)
VERB_BEFORE_UP_RE = regex.compile(
    r"(?r)(?<!\p{L})(?:tick(?:ed|s)?+|edg(?:e|ed|es)|crept|creeps?+|inch(?:ed|es)?+|mov(?:e|ed|es)|went|go(?:es)?+"
    r"|revis(?:e|ed|es)|mark(?:ed|s)?+|ramp(?:ed|s)?+|step(?:ped|s)?+|push(?:ed|es)?+|bump(?:ed|s)?+|nudg(?:e|ed|es)"
    r"|crawl(?:ed|s)?+|drift(?:ed|s)?+)\s++\Z", regex.IGNORECASE)
# "pushing the annual inflation rate up to 3.4 percent", "drove prices up to $5": a verb, its object, then "up
# to" the level reached (no preposition in the object: "raised prices for up to 5 million customers" is a bound;
# after an article the "verb" is a noun: "the new drive stores up to 30 TB")
VERB_OBJECT_BEFORE_UP_RE = regex.compile(
    r"(?r)(?<!\p{L})(?<!(?<!\p{L})(?:the|a|an|new|its|his|her|their|our|my|your|this|that)\s++)"
    r"(?:push(?:ed|es|ing)?+|driv(?:e|es|en|ing)|drove|bring(?:s|ing)?+|brought|send(?:s|ing)?+|sent"
    r"|lift(?:ed|s|ing)?+|rais(?:e|ed|es|ing)|jack(?:ed|s|ing)?+|ratchet(?:ed|s|ing)?+|bump(?:ed|s|ing)?+"
    r"|nudg(?:e|ed|es|ing)|revis(?:e|ed|es|ing)|mark(?:ed|s|ing)?+|ramp(?:ed|s|ing)?+|tak(?:e|es|ing)|took|taken"
    r"|revv?+(?:ed|s|ing)?+|hik(?:e|ed|es|ing))"
    r"(?:\s++(?!(?:of|for|to|with|by|in|on|at|from|and|or|than|that|which|who)\b)[\p{L}'’-]++){1,5}\s++\Z",
    regex.IGNORECASE)
# "will quadruple tariffs", "pledged to triple capacity": a multiple used as a verb
MODAL_BEFORE_RE = regex.compile(r"(?r)(?<!\p{L})(?:to|will|would|could|can|may|might|should|must|shall)\s++\Z",
                             regex.IGNORECASE)
PREV_WORD_RE = regex.compile(r"(?r)(\p{L}++)\s++\Z")  # the word before a currency word ("Pakistani rupee")
TIME_UNITS = {"day": 1.0, "week": 7.0, "month": 365.25 / 12, "year": 365.25}  # in days, for mixed age ranges
PLUS_OR_BEFORE_RE = regex.compile(r"(?ri)(?<!\p{L})plus\s++or\s++minus\s*+\Z")  # a margin, no sign
TIME_TAKEN_BEFORE_RE = regex.compile(r"(?ri)(?<!\p{L})(?:took|takes|taking|take|lasted|lasts|in|within|after|"
                                  r"every|ran|runs|clocked)\s++\Z")  # "took over 30s": seconds, not the over-30s
LENGTH_UNITS = frozenset({"meter", "kilometer", "mile", "foot", "yard", "nautical_mile", "centimeter", "inch"})
# "the 101 non-emergency line", "call 000 in an emergency": a phone line
SERVICE_LINE_AFTER_RE = regex.compile(r"[ ](?:non-emergency|emergency|helpline|hotline|help\s++line)(?!\p{L})",
                                      regex.IGNORECASE)
# "called 911 twice", "dialled 999 immediately": the line called, then how it was called
CALL_ADVERB_AFTER_RE = regex.compile(r"[ ](?:twice|again|repeatedly|\p{L}++(?<=ly))(?!\p{L})", regex.IGNORECASE)
CALL_BEFORE_RE = regex.compile(r"(?r)(?<!\p{L})(?:call|calling|called|dial|dialling|dialing|dialled)"
                               r"\s++(?:the\s++)?+\Z", regex.IGNORECASE)
# "Profit rose, by 12%", "Tower Hamlets grew fastest, by 22.1%": the verb before the comma, or one word before
COMMA_BY_BEFORE_RES = (regex.compile(r"(?r)(?<!\p{L})(?P<v>\p{L}++),\s*+by\s++\Z"),
                       regex.compile(r"(?r)(?<!\p{L})(?P<v>\p{L}++)\s++\p{L}++,\s*+by\s++\Z"))
MASS_UNITS = frozenset({"metric_ton", "kilogram", "gram", "pound", "ton", "long_ton", "short_ton", "ounce", "stone"})
PLACE_OFFSET_AFTER_RE = regex.compile(
    r"\s++(?:off|from(?!\s++(?:\d|the\s++(?:start|beginning|end|previous|same|year|month|week|day|level)))|away"
    r"|offshore|inland|outside|beyond|short\s++of|(?:north|south)(?:[ -]?+(?:east|west))?+"
    r"|east|west)(?!\p{L})", regex.IGNORECASE)
PRECIPITATION_OF_RE = regex.compile(r"(?i)\s++of\s++(?:\p{Ll}++\s++)?+(?:snow|snowfall|rain|rainfall|hail|sleet|ash|"
                                 r"water|precipitation)(?!\p{L})")
SCORE_NOUNS = frozenset({"win", "victory", "defeat", "loss", "draw", "lead", "scoreline", "thrashing", "triumph",
                         "home", "away", "aggregate", "result", "score"})
PHRASAL_BEFORE_RE = regex.compile(
    r"(?r)(?<!\p{L})(?:grew|grow|grows|growing|grown|woke|wake|gave|give|gives|giving|given|picked|pick|picks|set|sets|made|make|makes|"
    r"shut|broke|break|broken|signed|sign|put|puts|backed|back|brought|bring|stepped|step|wound|"
    r"summed|sum|took|take|takes|taken|locked|lock|slowed|slow|won|shot|turned|turn|cut|cuts|"
    r"wrote|write|written|paid|pay|pays|stood|stand|sat|sit|handed|hand|knocked|"
    r"held|hold|holds|run|ran|runs|racked|rack|racks|chalked|notched|piled)\s++\Z", regex.IGNORECASE)
EXACT_BEFORE_RE = regex.compile(r"(?r)(?<!\p{L})(?:exactly|precisely|equals?+(?:\s++to)?+|equal\s++to|"
                                r"equaling(?:\s++to)?+|equalling(?:\s++to)?+)\s++\Z", regex.IGNORECASE)
PRIME_END_RE = regex.compile(r"(?:[ ,.;:)]|\Z)")
PRONOUN_ONE_BEFORE_RE = regex.compile(
    r"(?r)(?<!\p{L})(?:the|this|that|which|each|every|any|another|same|last|next|right|wrong|only|other|little|"
    r"big|new|old|favou?rite|no|whichever|such)\s++\Z", regex.IGNORECASE)
# what follows "one" as a pronoun: a pronoun, a verb-like function word or the end ("the one you
# mentioned", "which one is", "each one."), not a noun or "of" ("that one mile", "one of the computers")
ONE_AS_PRONOUN_AFTER_RE = regex.compile(
    r"\s*+(?:[,.;:!?)]|\Z|(?:you|i|he|she|we|they|it|is|was|are|were|be|been|do|does|did|can|could|will|would|"
    r"should|may|might|must|has|have|had|that|which|who|before|after|in|on|at|with|for|to|and|or|but|more|"
    r"again|here|there|now|then|too|left|across|from|into|as|than|like|instead|anymore|either|yet)\b)", regex.IGNORECASE)
# "one" as the generic pronoun, the subject of a modal ("one can already see", "one must admit"); not "one can of
# beans"
ONE_AS_SUBJECT_AFTER_RE = regex.compile(
    r"\s++(?:can(?!\s++of\b)|cannot|can't|can’t|could|must|should|might|may|would|shall)\b", regex.IGNORECASE)
ONE_AS_SUBJECT_BEFORE_RE = regex.compile(r"(?r)(?:[,;:]|(?<!\p{L})(?:and|but|that|if|when|so|then))\s++\Z",
                                         regex.IGNORECASE)
URL_RE = _stdlib_re.compile(r"(?:https?://|www\.)[^\s<>\"]++")
EMAIL_RE = _stdlib_re.compile(r"(?<![\w.+-])[\w.+-]++@[\w-]++\.[\w.-]++")
SYMBOL_THEN_FIGURE_RE = regex.compile(r"[ ]?+\d")
# words of money talk: MONEY_WORDS_RE (are "pounds" sterling?) and AMOUNT_WORDS_RE (is "310m" money?) add their own
_MONEY_TALK = (r"profits?|revenues?|sales|turnover|earnings|income|loss|losses|costs?|price[sd]?|paid|pay|fund|funding"
               r"|budget|deficit|debts?|worth|valued|bid|fined?|salary|wages?|tax|taxes|spend|spent|spending"
               r"|invest(?:ed|ment)?|bonus|dividends?|sold|bought|raised")
MONEY_WORDS_RE = regex.compile(
    r"(?<!\p{L})(?:" + _MONEY_TALK + r"|costing|offer|sterling|bank|shares|charge)(?!\p{L})", regex.IGNORECASE)
WEIGHT_WORDS_RE = regex.compile(r"(?<!\p{L})(?:weigh(?:s|ed|ing|t|ts)?|heav(?:y|ier|iest)|light(?:er|est)|"
                                r"lbs?|ounces?|kilos?|kilograms?|tons?|tonnes?|stone)(?!\p{L})", regex.IGNORECASE)
MMBTU_WORDS_RE = regex.compile(r"million\s++(?:British\s++thermal\s++units?+|btus?+)(?!\p{L})", regex.IGNORECASE)
POWER_AFTER_RE = regex.compile(r"(?:\^(?P<p>[23])|(?P<sup>[²³])|[ ](?P<w>squared|cubed))(?![\p{L}\p{N}])",
                               regex.IGNORECASE)
ACCOUNTING_BEFORE_RE = regex.compile(
    r"(?r)(?:(?<!\p{L})(?:is|was|were|are|of|at|totall?ed|reported|posted|net|income|revenue|result)|[:=])\s*+\Z",
    regex.IGNORECASE)
TABLE_BEFORE_RE = regex.compile(r"(?r)[:=]\s*+\Z")
MILLION_NOUN_AFTER_RE = regex.compile(
    r"[ ](?:(?!(?:tall|long|high|wide|deep|away|thick|across|in|at|from|to|of|on|for|by|with|under|over|above|"
    r"below|is|was|are|were)\b)\p{Ll}++[ ]){0,4}?"
    r"(?P<n>people|children|men|women|staff|cattle|personnel|(?!(?:was|has|this|its|his|does|goes|yes|plus|thus"
    r"|perhaps|whereas|always|sometimes|besides|towards|afterwards|whereas)(?!\p{L}))\p{Ll}{3,}+(?<=[^su]s))(?!\p{L})")
METRE_PLURALS = frozenset({"hurdles", "relays", "races", "runners", "sprints", "finals", "heats", "swimmers",
                           "laps", "lengths", "runs", "dashes", "events", "titles", "medals", "records"})
# what a bare "2.5m" counts, said before it ("passenger numbers hit 2.5m"), and words of length that
# keep it metres ("the wall is 2.5m", "cleared 2.35m in the high jump")
COUNT_SUBJECT_RE = regex.compile(
    r"(?i)\b(?:numbers|passengers|visitors|tourists|users|subscribers|viewers|viewership|audiences?|population"
    r"|residents|customers|members|membership|votes|voters|downloads|followers|jobs|workers|households"
    r"|patients|cases|deaths|arrivals|attendance|ridership|listeners|readers|readership|students|migrants"
    r"|refugees|inhabitants|people|sales|shares|units|copies|tickets|applications|claims)\b")
MILLION_BARE_AFTER_RE = regex.compile(
    r"(?:\s*+(?:[.,;:)!?]|$)|[ ](?:last|this|next|in|on|at|by|from|to|and|or|a|an|per|each|since|after|before|until"
    r"|than|over|during|while|but|as|compared|against|versus|vs|is|was|are|were|has|have|had|will|would|could"
    r"|can|may|might|remains?|lives?)\b)")
LENGTH_WORDS_RE = regex.compile(
    r"(?i)\b(?:tall|high|long|wide|deep|thick|height|length|width|depth|distance|metres?|meters?|jump|vault"
    r"|throw|sea[ ]level|altitude|elevation|away|radius|diameter|span|length)\b")
PLUS_MINUS_RE = regex.compile(r"\s*+(?:±|\+/-|\+-)\s*+(?P<err>\d{1,12}+(?:[.,]\d++)?+(?:[eE]-?+\d{1,3}+)?+)"
                             r"(?![\d.])")
SPACED_CF_RE = regex.compile(r"[ ][CF](?![\p{L}\p{N}'’])")
# a race named by its distance: "won the 100m in 10.72 seconds", "the 400m hurdles", "the 1500 metres final"
RELAY_AFTER_RE = regex.compile(r"(?:m|[ -]?+metres?+|[ -]?+meters?+)[ ](?:\p{L}++[ ])??"
                            r"(?:relay|medley|quartet|team|squad)(?!\p{L})", regex.IGNORECASE)  # "the 4x400m relay", "Britain's 4x100m quartet"
# octane grades of petrol, named by their number ("91 unleaded", "95 octane", "E-Plus 91", "$2.89 a litre for 91")
FUEL_GRADES = frozenset("87 89 91 92 93 94 95 97 98 100".split())
FUEL_GRADE_AFTER_RE = regex.compile(r"[ -](?:unleaded|octane|RON|ULP|petrol|gasoline|premium)(?!\p{L})",
                                    regex.IGNORECASE)
FUEL_GRADE_BEFORE_RE = regex.compile(r"(?r)(?:(?<!\p{L})(?:Super|Special|E-Plus|Premium|Unleaded|ULP|RON|Octane)"
                                     r"|(?:(?:litre|liter|gallon)s?+|\d[pc¢]?+)\s++for"
                                     r"|(?:litre|liter|gallon|tank)s?+\s++of)\s*+\Z")
FUEL_TALK_RE = regex.compile(r"(?<!\p{L})(?:litres?+|liters?+|petrol|unleaded|fuel|pumps?+|octane|motorists|gasoline)"
                             r"(?!\p{L})", regex.IGNORECASE)
EVENT_DISTANCES = frozenset("50 60 100 110 200 400 800 1500 1,500 3000 3,000 5000 5,000 10,000 10000".split())
THE_BEFORE_RE = regex.compile(r"(?r)(?<!\p{L})the\s++\Z", regex.IGNORECASE)
EVENT_AFTER_RE = regex.compile(
    r"(?:m|[ -]?+metres?+|[ -]?+meters?+)(?:[ ](?:hurdles|freestyle|backstroke|breaststroke|butterfly|medley|individual"
    r"|relay|final|finals|sprint|race|title|dash|steeplechase|gold|silver|bronze|world|heats?|semi-?finals?|event)"
    r"(?!\p{L})|(?=\s*+(?:[.,;:)]|\Z|(?:in|at|on|and|or|with)(?!\p{L}))))")
# units written before the figure
PREFIX_UNIT_BEFORE_RE = regex.compile(r"(?r)(?<!\p{L}|(?<!\p{L})orders?\sof\s)(?P<u>" + "|".join(PREFIX_UNITS) +
                                      r")(?:[ -]|[ ]of[ ])\Z", regex.IGNORECASE)  # "magnitude 7.8", "a magnitude of 7.8"
# a seismic magnitude said without its unit: "a 5.6 quake", "a 7.5 aftershock", "put the magnitude at 7.1 before
# revising it down to 6.9"
MAGNITUDE_DIGITS_RE = regex.compile(r"\d\.\d")
QUAKE_AFTER_RE = regex.compile(r"[ -](?:earthquake|quake|tremor|aftershock|temblor)s?+(?!\p{L})", regex.IGNORECASE)
MAGNITUDE_NAMED_BEFORE_RE = regex.compile(
    r"(?r)(?<!\p{L})magnitude(?!\p{L})[^;%$€£]{0,60}?(?<!\p{L})(?:at|to|of|from|was|is|as)\s++\Z", regex.IGNORECASE)
# "2 1/2 in thick", "a 12 in x 8 in frame": "in" is an inch when a dimension follows
SPACED_IN_RE = regex.compile(r"[ ]in(?=\s++(?:thick|long|wide|tall|high|deep|across|diameter|in\s++diameter"
                             r"|x\s*+\d|by\s++\d)(?!\p{L}))")
SPACED_IN_AFTER_RE = regex.compile(r"[ ]in(?!\p{L})")
IN_PAIR_BEFORE_RE = regex.compile(r"(?r)\d[ ]in\s++(?:x|by)\s*+\Z")
TEMPERATURE_WORDS_RE = regex.compile(
    r"(?<!\p{L})(?:temperatures?|degrees?|melting|melts?|boiling|boils?|freez\p{L}*+|heat(?:wave)?|hot|cold|"
    r"warm\p{L}*+|cool\p{L}*+|weather|thermometer|fever|celsius|fahrenheit)(?!\p{L})|°", regex.IGNORECASE)
# a bare "degrees": a temperature where the sentence speaks of weather and of no angle; the scale named
WEATHER_WORDS_RE = regex.compile(
    r"(?<!\p{L})(?:temperatures?|heat(?:wave)?|hot(?:test|ter)?|cold(?:est|er)?|warm\p{L}*+|cool\p{L}*+|weather"
    r"|thermometer|fever|forecast\p{L}*+|frost\p{L}*+|freez\p{L}*+|chill\p{L}*+|scorch\p{L}*+|sweltering|balmy"
    r"|mercury|highs?|lows?|outside|overnight|afternoon|celsius|fahrenheit)(?!\p{L})", regex.IGNORECASE)
ANGLE_WORDS_RE = regex.compile(
    r"(?<!\p{L})(?:angles?|turn\p{L}*+|rotat\p{L}*+|tilt\p{L}*+|latitude|longitude|slope\p{L}*+|inclin\p{L}*+"
    r"|arc|bend|compass|views?|pivot\p{L}*+|spin\p{L}*+|north|south|east|west|axis|orbit\p{L}*+)(?!\p{L})",
    regex.IGNORECASE)
# units that tell an article's measures: metric ones (and so Celsius), and US customary ones that Celsius
# countries seldom use ("mph" is left out: Britain uses it with Celsius; "pounds" too: they may be money)
METRIC_WORDS_RE = regex.compile(
    r"(?<![\p{L}\d])(?:km/h|kph|kmh)|\d[ ]?+(?:km|mm|cm|kg)(?!\p{L})"
    r"|(?<!\p{L})(?:kilomet(?:re|er)s?+|millimet(?:re|er)s?+|centimet(?:re|er)s?+|metres|kilograms?+|hectares?+"
    r"|hectopascals?+|hPa)(?!\p{L})", regex.IGNORECASE)
IMPERIAL_WORDS_RE = regex.compile(
    r"(?<!\p{L})(?:inch(?:es)?+|feet|foot|miles|yards?+|acres?+|gallons?+|ounces?+)(?!\p{L})", regex.IGNORECASE)
TEMPERATURE_SCALE_RE = regex.compile(r"(?<!\p{L})(?:(?i:(?P<C>celsius|centigrade)|(?P<F>fahrenheit))|°[ ]?+(?P<C>C)|°[ ]?+(?P<F>F)"
                                     r"|deg(?:rees?)?+[ ](?P<C>C)|deg(?:rees?)?+[ ](?P<F>F)|(?<=\d)(?P<C>C)|(?<=\d)(?P<F>F))"
                                     r"(?!\p{L})")
# "a third term", "a fifth consecutive month": the fraction words that are ordinals too, before a word
# that counts occasions or members ("a third straight week", "a fifth suspect"; not "a third said")
ORDINAL_FRACTION_RE = regex.compile(r"(?i)(?:an?|the)\s++(?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)")
ORDINAL_NOUN_AFTER_RE = regex.compile(
    r"[ ](?:\p{Lu}\p{Ll}++[ ])?+(?:straight|consecutive|successive|running|time|term|round|place|day|week|month"
    r"|year(?![ -]on)|season|date|show|concert|gig|performance|leg"
    r"|quarter|game|match|race|wave|world|party|generation|child|son|daughter|wife|husband|attempt|try|bid"
    r"|victory|win|title|defeat|loss|medal|record|edition|film|book|album|novel|dose|booster|lockdown"
    r"|tranche|phase|stage|leg|set|goal|floor|grade|reading|vote|ballot|referendum|runway|terminal|reactor"
    r"|person|man|woman|player|team|member|country|city|case|death|victim|suspect|arrest|night|hour"
    r"|minute|inning|period|test|trial|report|study|survey|poll|meeting|summit|visit|trip|flight|launch"
    r"|mission|shot|strike|attack|storm|hurricane|typhoon|quake|fire|incident)(?!\p{L})")
ON_PERIOD_AFTER_RE = regex.compile(r"(?i)[- ]on[- ](?:year|month|quarter|week|day)(?!\p{L})")
# "It was No. 1 in 83 countries", "the Top 10 in 91": a rank, then a count (no share of 1 in 83)
RANK_OR_TOP_BEFORE_RE = regex.compile(r"(?r)(?<!\p{L})(?:[Nn]umber|No\.?+|Nos\.|[Tt]op)[ ]\Z")
RANK_BEFORE_RE = regex.compile(r"(?r)(?<!\p{L})(?:[Nn]umber|No\.?+|Nos\.)[ ]\Z")
# "The 737-800 was carrying": two bare three-digit numbers after "the", counting nothing, name a model
DETERMINER_BEFORE_RE = regex.compile(r"(?r)(?<!\p{L})(?:the|a|an)\s++\Z", regex.IGNORECASE)
ARTICLE_BEFORE_RE = regex.compile(r"(?r)(?<!\p{L})(?:a|an|its|their|his|her|our|my|your)\s++\Z", regex.IGNORECASE)
TERM_NOUN_AFTER_RE = regex.compile(
    r"(?:[ ]\p{L}++)?[ ](?:bonds?|notes?|yields?|treasur(?:y|ies)|bills?|gilts?|bunds?|mortgages?|loans?|"
    r"rates?|terms?|plans?|low|high|olds?)(?!\p{L})",
    regex.IGNORECASE)
# "The three-year deal", "the 12-month trial", "the three-day strike": after "the", an N-year adjective claims a
# duration only before a noun for an agreement or an event that lasts (not "the 10-year bond", "the 15-minute city")
LASTING_NOUN_AFTER_RE = regex.compile(
    r"(?:[ ](?!(?:week|day|month|year|hour|night|shift)s?+(?!\p{L}))\p{L}++)?[ ](?:deal|contract|agreement|extension|strike|walkout|ban|freeze|trial|sentence|lease|"
    r"journey|voyage|mission|war|siege|campaign|investigation|inquiry|probe|suspension|moratorium|truce|ceasefire|"
    r"stint|tenure|spell|delay|wait|closure|shutdown|lockdown|pause|hiatus|standoff|drought|outage|blackout|"
    r"programme|program|project|partnership|sponsorship|loan\s++deal|target|standard|limit|order|window|deadline"
    r"|guarantee|handover|response)s?+(?!\p{L})", regex.IGNORECASE)  # ("the 18-minute target", "the four-hour standard")
POINT_COMPOUND_RE = regex.compile(r"-(?:percentage-)?+points?+(?![\p{L}-])", regex.IGNORECASE)
FRACTION_ARTICLE_RE = regex.compile(r"\s++(?:of\s++)?+(?:an?|the)(?=\s)", regex.IGNORECASE)
OVER_MEANS_MORE_BEFORE_RE = regex.compile(
    r"(?r)(?<!\p{L})(?:for|in|of|after|than|been|took|taken|takes|lasted|lasting|lasts|spanning|spent|just|waiting|"
    r"waited|wait|waits|queued|queuing|queueing|stuck|delayed|"
    r"well|already|now|is|was|are|were|be|aged|age)\s++\Z", regex.IGNORECASE)
ANNUAL_RATE_BEFORE_RE = regex.compile(r"(?r)(?<!\p{L})(?:seasonally[ -]adjusted\s++)?+annual(?:i[sz]ed)?+\s++(?:pace|rate)"
                                   r"\s++of\s++\Z", regex.IGNORECASE)
MORE_AFTER_RE = regex.compile(r"\s++(?:more|others|of)(?!\p{L})", regex.IGNORECASE)
PHRASAL_OVER_BEFORE_RE = regex.compile(r"(?r)(?<!\p{L})(?:took|taken|take|takes|taking|handed|hand|hands|handing"
                                    r"|turned|turn|turns|turning)\s++\Z", regex.IGNORECASE)
TERM_BEFORE_OVER_RE = regex.compile(r"(?r)(?<!\p{L})for\s++(?:[\p{L}\p{N}-]++\s++){0,2}?(?:years?|months?|weeks?|days?"
                                 r"|life)\s++\Z", regex.IGNORECASE)
AGO_AFTER_RE = regex.compile(r"\s++(?:ago|before|earlier|later|old)(?!\p{L})", regex.IGNORECASE)
LEVEL_HEDGES = frozenset({"below", "above", "beneath", "as high as", "as low as"})  # ("rose under 4%" is a change)
SKIP_WORD_RE = regex.compile(r"[ ](?P<w>\p{Ll}{3,15}+)(?=[ ])")
BY_RE = regex.compile(r"\bby\b", regex.IGNORECASE)
BY_BEFORE_RE = regex.compile(r"(?r)(?<!\p{L})by\s++\Z", regex.IGNORECASE)
TIMES_RE = regex.compile(r"\s++times\b|(?<=\d)[x×](?![\p{L}\p{N}])", regex.IGNORECASE)  # "5 times", "3x what it was"
# an exchange rate after the figure: "150 per dollar", "83.5 against the dollar", "7.1 to the US dollar"
FX_CURRENCIES = ("dollar", "euro", "pound", "yen", "yuan", "renminbi", "rupee", "rouble", "ruble", "franc", "greenback")
FX_LINKS = ("per ", "to the ", "against the ", " vs", "versus")  # the words FX_AFTER_RE starts with
FX_AFTER_RE = regex.compile(r"[ ](?:per|to[ ]the|against[ ]the|vs\.?+|versus)[ ](?:U\.?S\.?[ ]|US[ ])?+"
                            r"(?P<c>" + "|".join(FX_CURRENCIES) + r")(?!\p{L})", regex.IGNORECASE)
DIGIT_BEFORE_RE = regex.compile(r"(?r)\d\s*+\Z")
WOULD_BEFORE_RE = regex.compile(r"(?<!\p{L})would(?!\p{L})", regex.IGNORECASE)
FOR_A_AFTER_RE = regex.compile(r"\s++for\s++(?:a|an|each|every|one)\s", regex.IGNORECASE)  # "350 cents for a bus ticket"
# what may follow a quote ("R19.27 against the dollar on Friday"; not "€5 against the dollar price of $6")
FX_END_RE = regex.compile(r"\s*+(?:[,.;:)]|\Z|(?:last|this|next|in|on|at|a|for|and|from|after|before|since|its|by"
                          r"|earlier|previously|now|today|yesterday|overnight)(?!\p{L}))", regex.IGNORECASE)
WORD_BACKWARDS_RE = regex.compile(r"(?r)(?<!\p{L})\p{L}{3,}+(?!\p{L})")  # the words before a place, nearest first
FUEL_PER_100KM_RE = regex.compile(
    r"(?:[ ]of[ ](?:fuel|petrol|diesel|gasoline|gas))?+(?:\s*+/|\s++(?:per|every))\s*+100\s*+"
    r"(?:km|kilometres|kilometers|kilometre|kilometer)(?!\p{L})", regex.IGNORECASE)
# a rate per a round number of people: "450 cases per 100,000 people", "4.2 deaths per 1,000 live births",
# "12 per 100,000" (the denominator is part of the unit, not a claim of its own)
_RATE_NOUN = (r"(?!(?:in|on|at|by|for|and|or|the|a|an|of|to|from|with|was|were|is|are|last|this|next|each|every"
              r"|per|since|during|over|across|between|than|who|which|that|will|would|could|have|has|had|overall"
              r"|worldwide|nationwide|against|versus|compared)\b)(?!\p{Ll}++(?<=ly)(?!\p{L}))\p{Ll}++(?:-\p{Ll}++)*+")
RATE_PER_RE = regex.compile(
    r"(?:[ ](?P<n>(?!per\b|for\b)\p{Ll}++(?:[ ](?!per\b|for\b)\p{Ll}++)?+))?+[ ](?:per|for[ ]every)[ ]"
    r"(?P<den>1,000|1000|10,000|10000|100,000|100000|100 000|100(?=[ ]\p{Ll}{3,}+(?<![ ](?:km|kms|mph|kph|mpg|metres"
    r"|meters|miles|grams|gram|kilos|days|years|hours|minutes|seconds|metre|meter|mile|times|points|pence|yards"
    r"|million|billion|thousand|trillion)))"
    r"|1,000,000|1 million|a million|a thousand|million|thousand|100k)(?![\p{N}]|[.,]\d)"
    r"(?:[ ]" + _RATE_NOUN + r"(?:[ ]" + _RATE_NOUN + r")?+)?+",
    regex.IGNORECASE)
RATE_UNITS = {"100": "percent", "1000": "permille", "athousand": "permille", "thousand": "permille", "10000": "per_ten_thousand",
              "100000": "per_hundred_thousand", "100k": "per_hundred_thousand", "1000000": "ppm",
              "1million": "ppm", "amillion": "ppm", "million": "ppm"}
# what makes "N times" a ratio: a comparison after it ("as large", "more", "higher", "the size")
RATIO_AFTER_TIMES_RE = regex.compile(
    r"\s++(?:as|more|less|fewer|the|that|what|its|their|his|her|our|this|normal|usual|average|median"
    r"|(?:forward\s++|trailing\s++)?+"
    r"(?:earnings|sales|revenues?|ebitda|book\s++value)"
    r"|\p{L}++(?<=\p{L}{2}er)(?<!(?<!\p{L})(?:p|aft|nev|lat|ev|und|ov|eith|neith|togeth|oth|wheth|rath|numb|oft"
    r"|ord|wint"
    r"|summ|quart|earli|howev|aft|ent|off)er)"
    # "five times India's national standard", "three times Britain's average": a multiple of what a place has
    r"|(?-i:\p{Lu})\p{L}++['’]s?+(?=\s++(?:\p{L}++\s++)?+(?:standard|limit|average|level|rate|total|size|figure"
    r"|amount|output|budget|population|gdp|GDP|price|cost|median|income|pay|salary)s?+(?!\p{L})))(?!\p{L})",
    regex.IGNORECASE)
OF_RE = regex.compile(r"\s++of\b", regex.IGNORECASE)
OF_MONEY_RE = regex.compile(r"\s++of\s++(?:\p{L}++['’]?+\s++)?+(?:money|cash|funds|funding|savings|taxpayers['’]?+"
                            r"|investment|aid|revenue|profits?|losses|debts?|subsid\p{L}++)(?!\p{L})", regex.IGNORECASE)
_DEMONYM = r"\p{Lu}\p{Ll}{2,}+(?<=ans|ers|ese|is|ites|ons)"  # the plural of a people: "Australians", "Londoners"
NOUN_RE = regex.compile(r"[ ](?P<n>(?:[\p{Ll}][\p{L}'-]*+|\p{Lu}{2,5}+s(?!\p{L})|\p{Lu}{2,6}+(?=[ ]\p{Ll}{3})"
                        r"|" + _DEMONYM + r"(?![\p{L}\p{N}'’-])(?![ ]\p{Lu})"  # "Australians."
                        r"|[\p{Lu}][\p{Ll}]++(?:[ ][\p{Lu}][\p{Ll}]++){0,2}"
                        r"(?=[ ][\p{Ll}]))(?:[ ][\p{Ll}][\p{L}-]*+)?+)")  # "120 MPs", "500 SUVs", "120 LNG cargoes"
FROM_BEFORE_RE = regex.compile(r"(?r)(?<!\p{L})(?P<w>from|between)\s++(?:[^\s\d,;]++\s++)??\Z", regex.IGNORECASE)
VAGUE_DURATION_RE = regex.compile(
    r"(?<!\p{L})(?P<h>for|just|only|mere|several|a few|few|some)\s++(?P<u>days|weeks|months|years|decades)"
    r"(?(?=\s++(?:before|after|earlier|later|ago)\b)|(?<=for\s++\p{L}++))(?!\p{L})"
    r"|(?<!\p{L})(?:(?P<hedge>nearly|almost|about|around|roughly|approximately|more than|less than|up to|at least|"
    r"at most|well over|over|under|just over|just under|within)\s++|"
    r"(?P<just>just|only)\s++)?+(?P<one>a|an|one)\s++(?P<u1>day|week|fortnight|month|year|decade|century|hour|minute"
    r"|second)"
    # ("took almost a second off the record"; not "took a second look")
    r"(?!(?<=second|minute)\s++(?!(?:off|faster|slower|behind|ahead|quicker|clear|late|early|to|in|of|or|and|at|on"
    r"|before|after|earlier|later|ago)\b)\p{Ll})"
    r"(?:(?=\s++(?:before|after|earlier|later|ago)\b)|\s++(?P<old>old)\b"  # "a century old": an age
    # "waiting more than a year", "it took nearly a decade", "delays of up to an hour", "it took an hour" (not
    # "over a year": during one)
    r"|(?:(?<=(?:nearly|almost|about|around|roughly|approximately|more than|less than|up to|at least|at most|"
    r"well over|just over|just under|took|takes|take|taking|taken|lasted|lasts|last|lasting|spent|spend|spends|"
    r"spending|waited|wait|waits|waiting|served|serves|serving|within|for|over|in\s++under|in\s++less\s++than)"
    r"\s++(?:a|an|one)\s++\p{L}++)"  # ("within a year", "for a decade", "$1.5 trillion over a decade": during)
    # "the highest in a decade", "the first time in a century": the span looked back over
    r"|(?<=(?:highest|lowest|biggest|largest|smallest|fastest|slowest|strongest|weakest|worst|best|deadliest|"
    r"hottest|coldest|wettest|driest|first\s++time)\s++in\s++(?:a|an|one)\s++\p{L}++))"
    r"(?!\p{L}|\s++(?:and|or|a|an|per)\b|-))"
    # "over the past decade", "over the next year": a span back or ahead from now ("in the previous week",
    # "in the last month" name a period, no span)
    r"|(?<!\p{L})(?:over|during|within|throughout|for|in(?=\s++the\s++past))\s++(?P<span>the\s++(?:past|last|next"
    r"|coming)\s++"
    r"(?P<u2>decade|fortnight|century|year|month|week))(?!\p{L}|\s++(?:and|or|of)\b|-)", regex.IGNORECASE)
# "a decade-long decline", "a year-long investigation": one unit, lasting; "it would take a couple of years": two
# or three (tried only where the text has "-long" or "couple of")
IN_HALF_RE = regex.compile(r"(?<!\p{L})(?:cut|cuts|cutting|slashed|slash|slashes|slashing|reduced|reduce|reduces"
                        r"|reducing)\s++(?:[\p{L}'’-]++\s++){0,4}?(?P<h>in\s++half)(?!\p{L})", regex.IGNORECASE)
LONG_OR_COUPLE_RE = regex.compile(
    r"(?<![\p{L}\p{N}-])(?P<u3>decade|century|year|month|fortnight|week|day)-long(?![\p{L}-])"
    r"|(?<!\p{L})(?P<couple>a\s++couple\s++of)\s++(?P<u4>days|weeks|months|years|decades)(?!\p{L})", regex.IGNORECASE)
PERIOD_RE = regex.compile(
    r"(?<!\p{L})(?:in\s++)?+the\s++(?P<fl>first|last|final)\s++(?P<n>\d{1,2}|" + _ONES + r")\s++months\s++of\s++"
    r"(?P<y>(?:19|20)\d\d)"
    r"|(?<!\p{L})(?:in\s++)?+the\s++(?P<o>first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s++(?P<h>half|quarter)"
    r"\s++of\s++(?P<y2>(?:19|20)\d\d)",
    regex.IGNORECASE)
# "In the second quarter, sales rose 5%": a quarter or half with no year, which takes the year of a period
# named in the sentences just before ("in the first quarter of 2023"); alone it may be a game's
PERIOD_NO_YEAR_RE = regex.compile(
    r"(?<!\p{L})(?:in\s++)?+the\s++(?P<o>first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s++(?P<h>half|quarter)"
    r"(?!\p{L})(?!\s++of\s++(?:19|20)\d\d)(?!\s++of\s++(?:the|this|last)\s++year)"
    r"|(?<![\p{L}\p{N}])(?:(?i:in)\s++)?+(?P<q>Q[1-4]|H[12])(?![\p{L}\p{N}])(?![ -]?+(?:19|20)\d\d)"
    r"(?<!(?:19|20)\d\d[ -]?+(?:Q[1-4]|H[12]))"
    # "second-quarter revenue", "first-half pre-tax profit": a period as an adjective, before a figure's name
    r"|(?<![\p{L}\p{N}-])(?P<o>first|second|third|fourth|1st|2nd|3rd|4th)-(?P<h>quarter|half)"
    r"(?=\s++(?:[\p{L}\p{N}]++[\s-]++){0,3}?(?:revenues?|sales|profits?|earnings|results|loss(?:es)?|income"
    r"|gdp|growth|output|margins?|deliveries|shipments|production|dividends?|ebitda|eps|guidance|bookings|orders"
    r"|subscribers|turnover|cash\s++flow)(?!\p{L}))"
    # "sales fell 3% last quarter", "is expected to grow this quarter", "in the latest quarter"
    r"|(?<!\p{L})(?<!the\s)(?P<rq>last|this|next)\s++quarter(?!\p{L})"
    r"|(?<!\p{L})(?:in\s++)?+the\s++(?P<rq>latest|most\s++recent)\s++quarter(?!\p{L})"
    # "Apple shipped 55.2 million iPhones in the quarter": the quarter named before
    r"|(?<!\p{L})(?:in|during|for|over)\s++the\s++(?P<anaq>quarter)(?!\p{L})(?!\s++(?:to|ended|ending|of)\b)"
    # "7.8 per cent in the December quarter" (Australia): the quarter that ends in that month
    r"|(?<!\p{L})(?:in\s++)?+the\s++(?P<qm>(?-i:March|June|September|December))\s++quarter(?!\p{L})"
    r"(?!\s++of\s++(?:19|20)\d\d)", regex.IGNORECASE)
PERIOD_NO_YEAR_HINT_RE = _stdlib_re.compile(r"quarter|half|(?<![a-z0-9])[qh][1-4](?![a-z0-9])")
# "in the first three months of the year", "the first six months of last year"
PERIOD_OF_YEAR_RE = regex.compile(
    r"(?<!\p{L})(?:in\s++)?+the\s++(?:first\s++(?P<n>\d{1,2}|" + _ONES + r")\s++months"
    r"|(?P<o>first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s++(?P<h>half|quarter))\s++of\s++(?P<w>the|this|last)"
    r"\s++year(?!\p{L})", regex.IGNORECASE)
# talk of the economy, where "the first quarter" is a quarter of a year (not of a game)
ECONOMY_WORDS_RE = regex.compile(
    r"(?<!\p{L})(?:econom(?:y|ies)|gdp|growth|output|production|deliveries|shipments|margins?|results|quarterly"
    r"|inflation|unemployment|jobless|exports|imports|demand|orders|productivity|subscribers|customers|users"
    r"|stores|payrolls)(?!\p{L})", regex.IGNORECASE)
PERIOD_YEAR_CARRY_SENTENCES = 3
# "in the 12 months to June 2022", "in the three months to September 2023", "in the year to March 2023": tried
# only where a stdlib scan finds "months to", "year to" or "... ending"
PERIOD_TO_RE = regex.compile(
    r"(?<!\p{L})(?:in\s++)?+the\s++(?:(?P<n2>\d{1,2}|" + _ONES + r"|twelve|fifty-two|fifty-three)\s++(?P<wk>weeks|months)"
    r"|(?P<yr>year)|(?P<qtr>quarter))\s++(?:to|ending|ended|through)\s++(?:in\s++)?+"
    r"(?:(?P<d>[0-3]?\d)(?:st|nd|rd|th)?+\s++)?+(?P<mo>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")"
    r"(?:\.?+\s++(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?+(?!\d))?+(?:,?+\s++(?P<y5>(?:19|20)\d\d))?+(?!\p{L})",
    regex.IGNORECASE)
# "in the decade to 2021", "the 10 years to 2022": whole years up to and including the year named
PERIOD_YEARS_TO_RE = regex.compile(
    r"(?<!\p{L})(?:in\s++|over\s++)?+the\s++(?:(?P<dec>decade)|(?P<n>\d{1,2}|" + _ONES + r"|twenty|thirty)\s++years)"
    r"\s++(?:to|ending|ended|through)\s++(?P<y>(?:19|20)\d\d)(?!\d)", regex.IGNORECASE)
_PERIOD_YEARS_TO_HINT = _stdlib_re.compile(r"(?i)(?:years|decade) (?:to|ending|ended|through) (?:19|20)")
# "Q3 2022", "in H1 2023", "2022 Q4": tried only where the text has a "Q" or "H" and a digit (a stdlib scan)
PERIOD_CODE_RE = regex.compile(
    r"(?<![\p{L}\p{N}])(?:(?i:in)\s++)?+(?P<q>Q[1-4]|H[12])[ -]?+(?P<y3>(?:19|20)\d\d)(?!\p{N})"
    r"|(?<![\p{L}\p{N}])(?P<y4>(?:19|20)\d\d)[ -]?+(?P<q2>Q[1-4]|H[12])(?![\p{L}\p{N}])")
_PERIOD_CODE_HINT = _stdlib_re.compile(r"[QH][1-4]")
_PERIOD_TO_HINT = _stdlib_re.compile(r"(?i)(?:months|weeks|year|quarter) (?:to|ending|ended|through) ")
PERIOD_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
# "last Tuesday", "yesterday", "the 19th century": matched only where the lower-cased text has one of its
# words (found with the stdlib ``re``, a plain literal alternation): a whole-text scan of this pattern cost as much
# as all the other date patterns together
MORE_RELATIVE_HINT_RE = _stdlib_re.compile(
    r"yesterday|tomorrow|today|century|millennium|fy[ '’]?\d|(?:last|next|this)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|(?:last|next|this)\s+(?:summer|winter|spring|autumn|fall)")
MORE_RELATIVE_DATE_RE = regex.compile(
    r"(?<!\p{L})(?P<rwd>last|next|this)\s++(?P<wd2>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?!\p{L})"
    r"|(?<!\p{L})(?P<yt>yesterday|tomorrow|(?:later|earlier)\s++today)(?!\p{L})"
    # "last summer", "this winter", "next spring": a season of three months (the meteorological ones)
    r"|(?<!\p{L})(?P<rs>last|this|next)\s++(?P<season>summer|winter|spring|autumn|fall)(?!\p{L})"
    r"|(?<![\p{L}\p{N}])(?P<cent>1\d|20|21|[1-9])(?:st|nd|rd|th)[\s-]++century(?!\p{L})"
    r"|(?<!\p{L})(?P<centw>eighteenth|nineteenth|twentieth|twenty-first)[\s-]++century(?!\p{L})"
    # "revenue of $4.1bn in FY2023", "net debt free by FY25", "FY2023-24": a fiscal year, the year it is named by
    r"|(?<![\p{L}\p{N}])(?-i:FY)[ ]?+['’]?+(?P<fy>(?:19|20)?+\d\d)(?:[-/](?P<fy2>(?:19|20)?+\d\d))?+(?![\p{N}\p{L}])"
    # "since the turn of the century": the first year of this one
    r"|(?<!\p{L})the\s++turn\s++of\s++the\s++(?P<turn>century|millennium)(?!\p{L})",
    regex.IGNORECASE)
RELATIVE_DATE_RE = regex.compile(
    r"(?<!\p{L})(?P<rel>last|next|this)\s++(?P<u>week|month|year|decade)(?!\p{L})"
    r"|(?<!\p{L})(?P<on>on\s++|by\s++|from\s++|until\s++|till\s++|through\s++|since\s++|starting\s++)"
    r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?!\p{L})"
    r"(?:\s++(?:to|until|till|through)\s++(?P<wd3>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?!\p{L}))?+"
    r"|(?<!\p{L})(?P<in>in|since|last|next|for|until|by|between|from|to|and|through|till|during|before|after"
    r"|at(?=\s++the\s++(?:end|start|beginning|middle)\s++of))\s++"
    r"(?P<part>(?:early|mid|late|the\s++(?:first|second|last)\s++(?:half|week|weeks|days)\s++of"
    r"|the\s++(?:end|start|beginning|middle)\s++of)[\s-]++)?+"
    r"(?P<mo>January|February|March|April|May|June|July|August|"
    r"September|October|November|December)(?!\s*+\d)(?!\p{L})(?!\s*+[-–]\s*+\p{Lu})"  # "January-March": a span
    r"(?:\s++(?:of\s++)?+(?P<ry>last|this|next)\s++year(?!\p{L}))?+",  # "since May last year", "March of last year"
    regex.IGNORECASE)
# "GDP grew 2.2% in January-March", "the Jan-Mar quarter", "April-June 2022": a span of months, one date and the
# period of its sentence's figures (tried only where a stdlib scan finds a month's end before a dash)
_MONTH_NAMES_CAP = r"January|February|March|April|May|June|July|August|September|October|November|December" \
                   r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
MONTH_SPAN_RE = regex.compile(
    r"(?<![\p{L}\p{N}])(?P<mo>" + _MONTH_NAMES_CAP + r")\s*+[-–]\s*+(?P<mo2>" + _MONTH_NAMES_CAP + r")(?![\p{L}\p{N}])"
    r"(?:\s*+,?+\s*+(?P<y>(?:19|20)\d\d)|\s++(?:quarter|period)\s++of\s++(?P<y>(?:19|20)\d\d))?+(?!\d)")
_MONTH_SPAN_HINT = _stdlib_re.compile(r"(?:[yhlernt]|Sept?|Nov|Dec|Jan|Feb|Mar|Apr|Aug|Oct)\s*[-–]\s*"
                                      r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")

# "oil has lost 6% this week", "up 120 points so far this month": a move in markets over the week or month
FIGURE_JUST_BEFORE_RE = regex.compile(
    r"(?r)(?:%|\d\s*+(?:points?|pts|cents?|bps|basis\s++points|billion|million|bn))(?:\s++(?:so\s++far|already))?+"
    r"\s++\Z", regex.IGNORECASE)
SPAN_THE_BEFORE_RE = regex.compile(r"(?r)(?<!\p{L})(?:over|during|within|throughout|for)\s++the\s++\Z", regex.IGNORECASE)
_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
WEEKDAY_DATE_AFTER_RE = regex.compile(
    r",?+\s++(?:(?:the\s++)?+\d{1,2}(?:st|nd|rd|th)?+\s++(?:of\s++)?+(?:" + _MONTH_ALT + r")(?!\p{L})"
    r"|(?:" + _MONTH_ALT + r")\.?+\s++\d{1,2}(?!\d))", regex.IGNORECASE)
# the tense of the clause before "on Monday": the last marker wins ("said on Monday that it will" is past)
TENSE_BEFORE_RE = regex.compile(
    r"(?r)(?<![\p{L}'’])(?:(?P<fut>(?:will|shall)\s++be\s++\p{L}++"
    # "will cut", "would begin" (a past form after a modal is no past), "takes effect", "resumes in June"
    r"|(?:will|shall|would|could|'ll|’ll)(?:\s++(?:not|also|now|then|only|likely|probably))?+\s++\p{L}++"
    r"|will|shall|due|set\s++(?:to|for)|scheduled|slated|expected\s++to|likely\s++to|plans?\s++to"
    r"|planning\s++to|is\s++to|are\s++to|to\s++be\s++held|upcoming|next|'ll|’ll|takes?\s++effect"
    r"|comes?\s++into\s++(?:force|effect)|begins?+|starts?+|resumes?+|reopens?+|opens|expires?+|kicks?+\s++off"
    # "is planned for May 8", "is expected on June 10", "aims to fill storage by November 1", and the present
    # of what is on a calendar: "who turns 20 on Friday", "the bank meets in June", "votes on the bill on Friday"
    r"|planned\s++(?:for|on)|expected\s++(?:on|in|by)|aims?+\s++to|aiming\s++to|expects?+\s++to"
    # "the cap has been extended until the end of October", "the offer runs until June"
    r"|(?:extended|runs|valid|remains?+|stays?+|open|lasts)\s++(?:in\s++place\s++)?+until"
    # (not verbs that are plural nouns too: "approved by 38 votes to 21 on Wednesday", "hospital visits")
    r"|turns|meets|arrives|goes|go\s++on\s++sale"
    # what markets expect: "traders are pricing in a cut in June", "investors have bet on a hike in July"
    r"|pric(?:ing|es?+)\s++in|bet(?:ting|s)?+\s++on)"
    r"|(?<!(?<!\p{L})(?:a|an|the|its|their)\s++)"  # ("pricing in a cut in June": a noun, no verb)
    r"(?P<past>(?!(?:hundred|speed|indeed|seed|feed|breed|need|weed|proceed|exceed|succeed)\b)\p{L}{3,}ed"
    r"|said|died|was|were|had|met|told|made|took|gave|won|lost|rose|fell|came|went|left|saw|began|became|held|paid"
    r"|sold|bought|struck|hit|cut|spoke|wrote|sent|led|ran|fled|flew|shot|fought|brought|thought|found|got"
    r"|kept|knew|grew|drew|threw|wore|broke|chose|froze|stole|woke|sat|stood|understood|spent|built|dealt"
    r"|felt|meant|lent|quit|beat|sank|sprang|swam|rang|sang|shook|swept|slid|swung|hung|sought|taught|caught"
    r"|stuck|spun|tore|rode|drove|arose|withdrew|overtook|forgot))(?![\p{L}'’])", regex.IGNORECASE)
TENSE_AFTER_RE = regex.compile(
    r"\s++(?:(?P<fut>will|shall|is\s++(?:due|set|expected)\s++to|are\s++(?:due|set|expected)\s++to|plans?+\s++to)"
    r"|(?P<past>(?!(?:hundred|speed|indeed|seed|feed|breed|need|weed|proceed|exceed|succeed)\b)\p{L}{3,}ed|said|told"
    r"|made|took|gave|won|lost|rose|fell|cut|hit|held|met|sold|set|struck|spoke|sent|began|became|was|were|had"
    r"|unveiled|announced))(?!\p{L})", regex.IGNORECASE)
# a deadline's clause before "by <month>": what is wanted, planned or priced for then
DEADLINE_BEFORE_RE = regex.compile(
    r"(?r)(?<!\p{L})(?:must|should|wants?+|aims?+|aiming|needs?+|hopes?+|hoping|targets?+|targeting|goal|plans?+"
    r"|planning|intends?+|priced\s++in|bets?+|betting|forecasts?+|projects?+|expects?+|deadline|ought)"
    r"(?!\p{L})[^;!?]{0,100}?\Z", regex.IGNORECASE)  # (the search starts at the sentence)
DELIVERY_AFTER_RE = regex.compile(r"\s++(?:delivery|deliveries|contracts?+|futures|loading|loadings|shipments?+)"
                               r"(?!\p{L})", regex.IGNORECASE)
UNTIL_BEFORE_RE = regex.compile(r"(?<!\p{L})(?:until|till|pending)\s++(?:on\s++)?+\Z", regex.IGNORECASE)
MONTH_BEFORE_LINK_RE = regex.compile(
    r"(?i)(?:January|February|March|April|May|June|July|August|September|October|November|December|year|years"
    r"|months|weeks|quarter|period)\s*+\Z")  # "between October and May", "in the year to March"
COMPARED_AFTER_RE = regex.compile(
    r"(?:\s++(?:(?P<up>more|higher|taller|longer|larger|bigger|greater|heavier|wider|thicker|deeper|dearer)|(?P<down>"
    r"less|fewer|lower|shorter|smaller|lighter|narrower|thinner|shallower|cheaper))\s++than\s++(?:before|previously|earlier|(?:a|one|two|three|four|five|six|ten|\d{1,2}+)\s++"
    r"(?:years?+|months?+|weeks?+|decades?+)\s++(?:earlier|before|ago)|(?:its|their|the)\s++predecessors?+"
    r"|(?:last|a\s++year\s++ago\s++in|in)\s++(?:year|month|(?:(?:January|February|March|April|May|June|July|August"
    r"|September|October|November|December)\s++)?+\d{4})|the\s++(?:previous|prior|same|last|first)\s++\p{L}++"
    r"|last\s++(?:season|week|quarter|term|time)"
    r"|(?:a|the)\s++year\s++before)"
    # "12% more than the ₹1.68 lakh crore collected in April 2022": than an earlier amount
    r"|\s++(?:(?P<up>more|higher|bigger|greater|larger)|(?P<down>less|lower|smaller))\s++than(?=\s++the\s++"
    r"(?:[₹$€£]|(?:Rs|INR|USD|EUR|GBP)\b|\d))"
    # "rainfall was 60% below normal", "prices 20% above the long-term average": off a baseline, signed
    # "4.1% below their peak", "20% below their 2019 average", "8% above its five-year average"
    r"|\s++(?:(?P<up>above)|(?P<down>below))\s++(?:(?:the|its|their|his|her|our)\s++)?+(?:(?:long-term|long-run"
    r"|seasonal|\d{4}-\d{2,4}|historical|(?:19|20)\d\d|[\p{L}\p{N}]++-year|all-time|recent|previous|record"
    r"|pre-pandemic|pre-covid|pre-crisis|pre-war)\s++(?:[\p{L}\p{N}]++-year\s++)?+)?"
    r"(?:normal|average|norm|expectations|forecasts?|peaks?|highs?|records?|LPA|long[ -]period\s++average"
    # "12% above 2019 levels", "8% below pre-pandemic levels": off the level of an earlier time
    r"|(?:(?:19|20)\d\d|pre-pandemic|pre-covid|pre-crisis|pre-war|last\s++year['’]s|previous|earlier)"
    r"\s++levels?+))"
    r"(?!\p{L})", regex.IGNORECASE)
# "the FTSE closed 0.5% higher at 7,455", "shares were 3% lower": a move, said after the figure (not "5% higher
# than in Germany", a comparison)
MOVE_AFTER_RE = regex.compile(r"\s++(?:(?P<up>higher)|(?P<down>lower))(?!\s++than\b|\p{L})", regex.IGNORECASE)
LEVEL_WORD_BEFORE_RE = regex.compile(
    r"(?r)(?<!\p{L})(?:at|to|of|between|was|is|were|are|be|been|stood|remained|hit|reached|rate)\s++\Z", regex.IGNORECASE)
PRENOMINAL_CHANGE_RE = regex.compile(
    r"[ -](?:(?P<w>\p{Ll}[\p{Ll}-]*+)[ ](?:[\p{Ll}-]++[ ])??)??(?:(?P<up>(?:rise|increase|jump|gain|climb|surge|hike|rebound|rally|boost)s?+|growth"
    r"|upturn)|(?P<down>(?:drop|fall|decline|decrease|cut|reduction|slump|plunge|dip|slide|tumble)s?+|loss|contraction"
    r"|downturn))(?![\p{L}-])", regex.IGNORECASE)  # ("20% fare cuts", "5% pay rises" too)
MOVE_VERB_BEFORE_RE = regex.compile(
    r"(?r)(?<!\p{L})(?:closed|ended|finished|opened|traded|trading|settled|stood|was|were|is|are|been|be|last|"
    r"closing|ending|finishing)\s++\Z", regex.IGNORECASE)

# names of forms and plans that begin with digits (form_codes.txt): "10-K", "13F", "401(k)"
FORM_CODE_RE = regex.compile(
    r"(?:" + "|".join(sorted(map(regex.escape, lexicon().form_codes), key=len, reverse=True)) + r")(?![\p{L}\d-])",
    regex.IGNORECASE)
# what may follow the leading digits of a form code: a gate before the pattern above is tried
FORM_CODE_NEXT = frozenset(regex.match(r"\d*+(.)", c).group(1).lower() for c in lexicon().form_codes)

# how many sentences back a shared currency word ("rupees") looks for the country it belongs to
CURRENCY_LOOKBACK_SENTENCES = 3

# a sentence about currencies, where "per pound" is sterling ("Sterling was trading at 1.25 dollars per pound")
FX_CONTEXT_RE = regex.compile(r"(?<!\p{L})(?:sterling|exchange\s++rates?+|currenc(?:y|ies)|forex)(?!\p{L})",
                              regex.IGNORECASE)

# the temperatures a glued "C" or "F" may state after a name ("London 40C"); above them, "a Boeing 777F" is a model
TEMPERATURE_SPAN = {"degree_Celsius": (-90, 60), "degree_Fahrenheit": (-130, 135)}

# "a six-speed gearbox", "a four-cylinder engine", "a five-star hotel": a specification (descriptor_nouns.txt)
DESCRIPTOR_AFTER_RE = regex.compile(
    r"-(?:" + "|".join(sorted((regex.escape(n) for n in lexicon().descriptor_nouns if "-" not in n), key=len,
                              reverse=True)) + r")(?![\p{L}-])", regex.IGNORECASE)
# whole expressions from the same file: "a one-time gain", "a one-off payment"
DESCRIPTOR_EXPRESSION_RE = regex.compile(
    r"(?:" + "|".join(sorted((regex.escape(n) for n in lexicon().descriptor_nouns if "-" in n), key=len,
                             reverse=True)) + r")(?![\p{L}-])", regex.IGNORECASE)
# hedges written after the figure, from hedges.csv: "50 or more", "20 or so", "aged 65 and over"; "50+" and
# "50-plus" are glued to it
_AFTER_WORDS = sorted((h for h in lexicon().hedges_after if h[0].isalpha()), key=len, reverse=True)
_AFTER_GLUED = sorted((h for h in lexicon().hedges_after if not h[0].isalpha()), key=len, reverse=True)
HEDGE_AFTER_RE = regex.compile(
    r"(?:\s++(?P<h>" + "|".join(r"\s++".join(map(regex.escape, h.split())) for h in _AFTER_WORDS) + r")(?!\p{L})"
    r"|(?P<h>" + "|".join(map(regex.escape, _AFTER_GLUED)) + r"))", regex.IGNORECASE)
ADDEND_AFTER_RE = regex.compile(r"\s++(?:an?\s++(?:further|additional|extra)\s++)?+(?:[$€£¥₹]|[A-Z]{2,3}+\$|\d|(?:one|two|three"
                             r"|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred)(?!\p{L}))",
                             regex.IGNORECASE)
# "-ing" words that open a sentence before a figure ("Costing 5 euros, ..."); not "Boeing 737", "Beijing 2022"
OPENING_PARTICIPLES = frozenset({"costing", "totalling", "totaling", "weighing", "measuring", "including", "excluding",
                                 "carrying", "employing", "reaching", "exceeding", "topping", "hitting", "earning",
                                 "selling", "raising", "losing", "gaining", "adding", "cutting", "spending"})
WORD_AFTER_RE = regex.compile(r"[ ]\p{L}")
TIME_WORD_RE = regex.compile(r"(?i)(?:year|month|day|week|hour|annum)\b")
LOWER_RE = regex.compile(r"\p{Ll}")
OPENING_ONLY_RE = regex.compile(r"[\s\"'(]*+\Z")
SHARED_UNIT_GAP_RE = regex.compile(r"\s*+-?+\s*+(?:or|to|and)\s*+|\s*+-\s*+")  # "8 or 9 euros", "7- or 8-inch"
SPACE_DASH_RE = regex.compile(r"[\s-]++")
SLASH_SPLIT_RE = regex.compile(r"[/⁄]")

TIME_DENOMINATORS = frozenset({"day", "week", "month", "year"})
FREQUENCY_DENOMINATORS = TIME_DENOMINATORS | {"minute", "second", "hour"}  # "four times a year", "twice a day"


@dataclass(slots=True)
class Tok:
    """A number token found in the clean text, before its context is read."""
    s: int
    e: int
    value: float | None
    precision: float
    form: str                        # d | f | v | w | x | n
    low: float | None = None         # vague plurals
    high: float | None = None
    scale: float = 1.0
    extra: dict = field(default_factory=dict)


@dataclass(slots=True)
class Reading:
    """What the words around a token say; becomes a Claim unless it is dropped."""
    tok: Tok
    s: int
    e: int
    kind: str
    value: float | None
    unit: str | None = None
    hedge: Hedge | None = None
    direction: str | None = None
    noun: str | None = None
    low: float | None = None
    high: float | None = None
    is_range: bool = False
    date_value: str | None = None
    drop: bool = False
    pending: str | None = None       # a change verb's direction the figure alone could not take ("fell by 1")
    pending_by: bool = False         # ... with "by" after the verb


class _Bounded:
    """A compiled pattern whose ``match`` looks at most ``WINDOW`` characters past its start.

    The regex module first looks for a pattern's required literal text ("times", "old", "of") from
    the start position up to the end position, so an unbounded ``match`` costs the length of the
    rest of the text and reading a long article one figure at a time would be quadratic. Every
    pattern wrapped here matches far fewer characters than the window (their words are bounded),
    and none ends in \\Z, so the window changes no result."""

    WINDOW = 256
    __slots__ = ("_match", "search", "fullmatch", "finditer", "split", "sub", "pattern")

    def __init__(self, p):
        self._match, self.pattern = p.match, p.pattern
        self.search, self.fullmatch, self.finditer, self.split, self.sub = (p.search, p.fullmatch, p.finditer,
                                                                           p.split, p.sub)

    def match(self, s, pos=0, endpos=None):
        return self._match(s, pos, pos + self.WINDOW if endpos is None else endpos)


# Where a token can start: a digit, a Unicode fraction, or one of the words that begin a token
# alternative. Scanned with the stdlib ``re`` (a literal alternation, several times faster than
# trying TOKEN_RE's lookaheads at every word); TOKEN_RE is then matched only at these places.
_FIRST_WORDS = sorted({*N.ONES, *N.TENS, "one", "hundred", "thousand", "million", "billion", "trillion", "dozen",
                       "several", *N.FRACTIONS, *N.VAGUE, "tens", *N.MULTIPLES}, key=len, reverse=True)
_AFTER_A = sorted({"hundred", "thousand", "million", "billion", "trillion", "dozen", "few", "couple", *N.FRACTIONS},
                  key=len,
                  reverse=True)


def _trie(words) -> str:
    """A regex alternation of ``words`` as a letter trie ("hundred|hundreds|half" ->
    "h(?:alf|undreds?)"): the scan then rejects a position after a letter or two instead of
    trying every word in turn (2.5 times faster here)."""
    root: dict = {}
    for w in words:
        node = root
        for ch in w.lower():
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [_stdlib_re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and "" not in node else "(?:" + "|".join(alts) + ")"
        return body + "?" if "" in node else body

    return build(root)


_CANDIDATE_RE = _stdlib_re.compile(
    r"\d+|(?=\.\d)|[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]|(?<![a-zA-Z])(?:" + _trie(_FIRST_WORDS) + r"|an?[\s-]+(?="
    + _trie(_AFTER_A) + r"))", _stdlib_re.IGNORECASE)
# (a superset of where TOKEN_RE can match is all it must be: TOKEN_RE decides at each place)


def _tokens(t: str):
    """TOKEN_RE's matches in ``t``, as ``TOKEN_RE.finditer`` gives them (leftmost, not
    overlapping), found by matching it only where a token can start."""
    end = 0
    match = TOKEN_RE.match
    for c in _CANDIDATE_RE.finditer(t):
        p = c.start()
        if p < end:
            continue
        m = match(t, p, timeout=TIMEOUT)
        if m is not None and m.end() > p:
            end = m.end()
            yield m


# what may follow a token when the number goes on in a form the token patterns do not read:
# "1.1^23", "1e10", "1.3x10^6", "2 1/4", "1 234 567", "... point zero three", "one over three",
# "two out of five", "one in five", "three dozens", "twenty-three fifths", "5 million and a half",
# "4 thousand 3 hundred", "half a dozen", "two thirds of a million"
SPOKEN_HINT_RE = regex.compile(
    r"(?:-in-[\d\p{L}]|[eE][+-]?+\d|\^|\s*+[x×]\s*+10(?:\^|[⁻⁰¹²³⁴⁵⁶⁷⁸⁹])|\s*+[x×]\s*+10-\d|[ -]\d{1,2}[/⁄]\d|[/⁄]\d|[ ]\d{3}(?![\d,.])|[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]"
    r"|\s++(?:point|over|out\s++of|in|and|dozens?+|dzs|dozs|of\s++an?"
    r"|an?\s++(?:dozen|million|billion|trillion|thousand)"
    r"|million|billion|trillion"
    r"|thousand|hundred|halves|half|quarters|thirds|\p{L}++(?<=th|ths|rst|rsts)(?!\p{L})))",
    regex.IGNORECASE)
APPROX_WORDS = frozenset("about some nearly around almost over roughly approximately more than".split())
# "150 787 Dreamliners", "19 of its 777 planes", "737 production": Boeing's model numbers name jets
JET_MODEL_AFTER_RE = regex.compile(r"[ ]7[0-8]7(?:-\d{1,3}+\p{L}*+)?+[ ](?:MAX|Dreamliners?+|jets?+|jetliners?+"
                                   r"|airliners?+|aircraft|planes?+|freighters?+|pilots?+|models?+|production"
                                   r"|deliveries|fleets?+|family|programm?+e?+|output)(?!\p{L})")
MINUS_WORD_BEFORE_RE = regex.compile(r"(?r)(?<!\p{L})(?:minus|negative)\s++\Z", regex.IGNORECASE)


def _spoken_token(t: str, m) -> Tok | None:
    """A token read by the spoken-number grammar (numbers.parse_spoken) when it reads further
    than the token patterns plus a scale word would."""
    if m.lastgroup == "d" and RANK_OR_TOP_BEFORE_RE.search(t, max(0, m.start() - 8), m.start()):
        return None  # "No. 1 in 83 countries": a rank (read on its own), not a share
    got = N.parse_spoken(t, m.start())
    if got is None:
        return None
    value, end, is_fraction = got
    simple_end = m.end()
    sm = SCALE_RE.match(t, simple_end)
    if sm and m.lastgroup == "d":
        simple_end = sm.end()
    if end <= simple_end and m.lastgroup != "u":
        return None
    s = m.start()
    mm = MINUS_WORD_BEFORE_RE.search(t, max(0, s - 12), s)
    if mm:
        s, value = mm.start(), -value
    if is_fraction:
        return Tok(s, end, value, 0.0, "f", extra={"fraction": True, "spoken": True})
    if s == m.start() and m.lastgroup == "d" and t[s:end].replace(" ", "").isdigit():
        # "816 000", "1 234 567": digit groups, a figure in digits like "816,000" (rounded to the unit)
        if JET_MODEL_AFTER_RE.match(t, end - 4):
            return None  # "ordered 150 787 Dreamliners": a count, then a model's name
        return Tok(s, end, value, 0.5, "d", extra={"integer": True, "digits": t[s:end].replace(" ", ",")})
    return Tok(s, end, value, 0.0, "w", extra={"spoken": True})


_POWER_WORDS = {"²": "2", "³": "3", "squared": "2", "cubed": "3"}


def _power_of(pw) -> str:
    """The exponent a POWER_AFTER_RE match states: "^3", "²", "squared" -> "3", "2", "2"."""
    return pw.group("p") or _POWER_WORDS[(pw.group("sup") or pw.group("w")).lower()]


def _ends_a_noun(L, word: str, first: str = "") -> bool:
    """Whether ``word``, second after a figure, is no part of what it counts: a function word, a modal,
    an irregular past ("2,000 troops will", "homes lost") or a participle in -ed ("people attended"; but
    not a short noun in -eed: "seed", "breed"); after a plural ``first`` word, a verb in the present tense
    or a participle in -ing too ("1.3 billion people live", "22 million people facing hunger"; but "two
    shopping centres")."""
    w = word.lower()
    if w in L.function_words or len(w) > 3 and w.endswith("ed") and not (w.endswith("eed") and len(w) <= 5):
        return True
    f = first.lower()
    plural = f.endswith("s") and not f.endswith("ss") or f in IRREGULAR_PLURALS
    if plural and f not in PLURAL_MODIFIERS and w.isalpha() and w.islower() and not w.endswith("s") and len(f) > 3:
        return True  # "in 18 seats turnout fell": a plural ends the noun (but "sports car", "arms deal")
    return plural and (w in L.subject_verbs or len(w) > 5 and w.endswith("ing"))


# plural words that modify a noun after them ("a sports car", "an arms deal", "the sales team")
PLURAL_MODIFIERS = frozenset("sports arms news savings goods earnings sales customs communications electronics physics "
                             "economics mathematics clothes series species means overseas pensions olympics "
                             "athletics operations services systems works".split())


# past participles that are not in -ed: "the previous record of 746 million set in 2021"
IRREGULAR_PARTICIPLES = frozenset("set cut hit put spent lost sold paid made held built won given taken seen found "
                                  "left sent kept brought caught bought shot".split())


# participles that stand for the people they describe: "more than 300 injured in the blast" counts the injured
PEOPLE_PARTICIPLES = frozenset("injured killed wounded displaced arrested detained infected vaccinated hospitalised "
                               "hospitalized evacuated employed unemployed affected".split())


NOT_NOUN_WORDS = frozenset("aged worth across eligible shortly apiece each indicates suggests implies denotes represents"
                           " signifies short due".split())
# "beating the 230,000 economists had forecast", "the 180,000 economists polled by Reuters expected": who
# forecast the figure, not what it counts
FORECASTERS_AFTER_RE = regex.compile(r"[ ](?:economists|analysts|forecasters|strategists)[ ](?:polled|surveyed|had"
                                     r"|expected|forecast|predicted|estimated|were|in[ ]a)(?!\p{L})")


def _not_a_noun(word: str) -> bool:
    """A word that is no part of what a figure counts: a number word ("98,000 three years earlier"), an
    adverb in -ly ("45.2 overs shortly"), or a word after which the noun has ended ("62,000 people across")."""
    w = word.lower()
    return w in N.ONES or w in N.TENS or w in NOT_NOUN_WORDS or len(w) > 4 and w.endswith("ly") and w not in (
        "family", "supply", "assembly", "ally", "rally", "belly", "jelly", "lily", "monopoly", "anomaly",
        "monthly", "daily", "weekly")  # ("515 million monthly active users": the rate words stop no noun)


def _verb_after_figure(L, phrase: str) -> bool:
    """Whether the first word after a figure is a verb, not what it counts: a participle or a present verb
    before a function word or the end ("18,000 announced in January", "746 million set in 2021", "12 remain
    in custody", "4 billion going to schools", "1,500 recruited"; not "1,000 armed men")."""
    words = phrase.split(" ")
    w = words[0].lower()
    if len(words) > 1 and words[1].lower() not in L.function_words and not (
            w.endswith("ed") and words[1].lower().endswith("ing")) or w in PEOPLE_PARTICIPLES:
        return False  # (but "28,510 reported taking aspirin": a verb and its object)
    return w in IRREGULAR_PARTICIPLES or w in L.subject_verbs or len(w) > 4 and (
        w.endswith("ed") and not w.endswith("eed") or w.endswith("ing"))


def _year_ends_at(t: str, e: int) -> bool:
    """Whether the figure ending at ``e`` is a bare year ("In 2019 over 200 people died")."""
    s = e
    while s > 0 and t[s - 1].isdigit():
        s -= 1
    return e - s == 4 and 1900 <= int(t[s:e]) <= 2100 and (s == 0 or t[s - 1] in " (\n") and \
        (e == len(t) or not t[e].isalpha())


# cheap gates: a pattern is tried only where its first characters can be (each a superset of what it matches)
_ORDINAL_FIRST = frozenset("sSnNrRtT")
_AGE_FIRST = frozenset("ymwd")
_QUARTER_ENDS = ("Q1", "Q2", "Q3", "Q4", "H1", "H2", "FY")


def _unit_variant_known(L, w: str) -> bool:
    """Whether a one-word form ``unit_at`` tries for ``w`` ("km." -> "km", "6.1-inch" -> "6.1", "km^3",
    "centimeters/millisecond", "mm²") can be the first word of a unit phrase."""
    forms = {w[:-1]} if len(w) > 1 and w[-1] in ".'’" else set()
    if len(w) > 3 and w[-2] in "'’" and w[-1] == "s":
        forms.add(w[:-2])  # "one month's rent"
    for sep in "-^/":
        if sep in w[1:]:
            forms.add(w.split(sep)[0])
    forms |= {f[:-1] for f in [w, *forms] if len(f) > 1 and f[-1] in "²³"}
    return any(f in L.unit_first_cs or f.lower() in L.unit_first_ci for f in forms)


def _maybe_exact(window: str) -> bool:
    w = window.lower()
    return "exactly" in w or "precisely" in w or "equal" in w


def _ordinal_st(digits: str) -> bool:
    """Whether "st" makes an ordinal of the figure: 1st, 21st, 101st; not 11st or 12st."""
    d = digits.replace(",", "")
    return d.isdigit() and d.endswith("1") and not d.endswith("11")


def _fold(words: str) -> str:
    """Lower case with single spaces: the key form of the lexicon tables ("Revised  Up" -> "revised up")."""
    return " ".join(words.lower().split())


def _word_tok(txt: str, s: int, e: int) -> Tok | None:
    """A number in words (``txt`` spans ``[s, e)``), or None when the words make no one number."""
    flat = []
    for w in txt.split():
        if "-" in w and w.split("-")[0].lower() not in N.TENS:
            flat.extend(p for p in w.split("-") if p)
        else:
            flat.append(w)
    v = N.words_value(flat)
    if v is None:
        return None
    last = flat[-1].lower()
    return Tok(s, e, v, 0.5 if v < 1000 else 0.0, "w",
               scale=float(N.SCALES[last]) if last in N.SCALES and len(flat) > 1 else 1.0)


AND_SPLIT_RE = regex.compile(r"\s++and\s++", regex.IGNORECASE)


def _and_pieces(m) -> list[Tok]:
    """A run of number words that makes no one number, read as the numbers "and" joins:
    "ten and fifteen" (as in "between ten and fifteen") is 10 and 15, not 25."""
    t, s0 = m.string, m.start()
    pieces, a = [], s0
    for am in AND_SPLIT_RE.finditer(t, s0, m.end()):
        pieces.append((a, am.start()))
        a = am.end()
    if not pieces:
        return []
    pieces.append((a, m.end()))
    toks = []
    for a, b in pieces:
        tok = _word_tok(t[a:b], a, b) if b > a else None
        if tok is not None:
            toks.append(tok)
    return toks


def _num_from_token(m) -> Tok | None:
    g = m.lastgroup
    txt = m.group()
    if g == "d":
        try:
            num = N.parse_digits(txt)
        except ValueError:  # a digit of a newer Unicode version than Python's float() knows
            return None
        return Tok(m.start(), m.end(), num.value, num.precision, "d", extra={"integer": num.is_integer,
                                                                             "digits": txt})
    if g == "w":
        return _word_tok(txt, m.start(), m.end())
    if g == "f":
        low = txt.lower()
        parts = [p for p in SPACE_DASH_RE.split(low) if p]
        if "and" in parts:  # "one and a half"
            v = N.ONES.get(parts[0], None)
            if v is None:
                return None
            frac = N.FRACTIONS[parts[-1]]
            val = float(v + frac)
        else:
            num, den = (parts[0], parts[-1]) if len(parts) > 1 else (None, parts[0])
            if num is None and den not in ("half",):
                return None  # a bare "third"/"quarter" is an ordinal or a period
            frac = N.fraction_value(num, den)
            if frac is None:
                return None
            val = float(frac)
        return Tok(m.start(), m.end(), val, 0.0, "f", extra={"fraction": True})
    if g == "v":
        low = _fold(txt)
        if low.startswith(("10s of ", "100s of ")):
            low = ("tens" if low.startswith("10s") else "hundreds") + low[low.index(" "):]
        if low.startswith("tens of "):
            lo = float(N.VAGUE[low[8:]][0] * 10)
            return Tok(m.start(), m.end(), None, 0.0, "v", low=lo, high=lo * 10)
        if low.startswith("hundreds of "):
            lo = float(N.VAGUE[low[12:]][0] * 100)
            return Tok(m.start(), m.end(), None, 0.0, "v", low=lo, high=lo * 10)
        for mult, (a, b) in sorted(N.VAGUE_MULTIPLIERS.items(), key=lambda kv: -len(kv[0])):
            if low.startswith(mult + " "):  # "a few hundred thousand"
                scale = 1.0
                for w in low[len(mult) + 1:].split():
                    scale *= N.SCALES[w]
                return Tok(m.start(), m.end(), None, 0.0, "v", low=float(a * scale), high=float(b * scale))
        lo, hi = N.VAGUE[low]
        return Tok(m.start(), m.end(), None, 0.0, "v", low=float(lo), high=float(hi))
    if g == "x":
        return Tok(m.start(), m.end(), float(N.MULTIPLES[txt.lower()]), 0.0, "x")
    if g == "n":
        return Tok(m.start(), m.end(), float(txt.split("-")[0]), 0.0, "n")
    if g == "q":
        a, b = SLASH_SPLIT_RE.split(txt)
        if int(b) == 0:
            return None
        return Tok(m.start(), m.end(), float(Fraction(int(a), int(b))), 0.0, "f", extra={"fraction": True})
    return None




class _Doc:
    """One article being read: clean text, sentence spans, lexicon."""

    def __init__(self, raw: str, date: dt.date | None):
        self.norm = normalize(raw)
        self.t = self.norm.text
        self.sent = sentences(self.t)
        self.sent_starts = [s for s, _ in self.sent]
        self.L = lexicon()
        self.memo: dict = {}
        self.date = date
        # rare forms, looked for once per article so that the figures of an article without them
        # are not each tested for them
        low = self.low = self.t.lower()
        self.may_age_subject = "life" in low or " age" in low
        self.may_fx = any(w in low for w in FX_LINKS) and any(w in low for w in FX_CURRENCIES)
        self.may_rate = " per " in low or " for every " in low
        self.may_fx_quote = any(w in low for w in FX_CURRENCIES) or "sterling" in low or "greenback" in low
        self.may_prefix_unit = any(u in low for u in PREFIX_UNITS)

    # ------------------------------------------------------------------ helpers
    def sentence_index(self, pos: int) -> int:
        """The index in ``sent`` of the sentence at ``pos`` (-1 before the first)."""
        return bisect_right(self.sent_starts, pos) - 1

    def sentence_of(self, pos: int) -> tuple[int, int]:
        i = bisect_right(self.sent_starts, pos) - 1  # (as sentence_index: inline, on the hot path)
        return self.sent[i] if i >= 0 else (0, len(self.t))

    def sentence_has(self, pattern, pos: int) -> bool:
        """Whether ``pattern`` occurs in the sentence at ``pos``; remembered per sentence, so that the
        figures of one long sentence (a run-on text has no full stops) do not each scan it again."""
        ss, se = self.sentence_of(pos)
        key = (pattern.pattern, ss)
        hit = self.memo.get(key)
        if hit is None:
            hit = self.memo[key] = pattern.search(self.t, ss, se) is not None
        return hit

    def unit_at(self, pos: int, attached: bool):
        """Longest unit phrase starting at ``pos`` -> (entry, end) or None."""
        m = WORDS_RE.match(self.t, pos)
        if not m or (m.group("sp") and attached):
            return None
        spaced = bool(m.group("sp"))
        words = m.group("w").split(" ")
        L = self.L
        w0 = words[0]
        if w0 not in L.unit_first_cs and w0.lower() not in L.unit_first_ci and not _unit_variant_known(L, w0):
            return None  # no unit phrase starts with this word, in any of the forms tried below
        base = m.start("w")
        for k in range(min(len(words), L.unit_max_words), 0, -1):
            phrase = " ".join(words[:k])
            cand = [phrase]
            if phrase.endswith((".", "'", "’")) and len(phrase) > 1:
                cand.append(phrase[:-1])  # "km.", "six weeks' time"
            if k == 1 and len(phrase) > 3 and phrase[-2] in "'’" and phrase[-1] == "s":
                cand.append(phrase[:-2])  # "one month's rent", "a year's salary": a duration's possessive
            if k == 1 and "-" in phrase[1:]:
                parts = phrase.split("-")
                cand.append(" ".join(parts[:2]))  # "8,000-square-foot", "2,500-sq-ft", "60-square-metre"
                cand.append(parts[0])  # "6.1-inch", "percent-owned"
            if k == 1 and "^" in phrase[1:]:
                cand.append(phrase.split("^")[0])  # "km^3": the power is read below
            if k == 1:
                cand.extend([c[:-1] for c in cand if len(c) > 1 and c[-1] in "²³"])  # "600mm²": power read below
            if k == 1 and "/" in phrase[1:]:
                cand.append(phrase.split("/")[0])  # "centimeters/millisecond": the rest is read as "per"
            for c in cand:
                e = L.units_cs.get(c) or L.units_ci.get(c.lower())
                if e is None:
                    continue
                if e.spacing == "attached" and spaced or e.spacing == "spaced" and not spaced:
                    continue
                end = base + len(c)
                pw = POWER_AFTER_RE.match(self.t, end) if e.unit and e.unit.isidentifier() else None
                if pw:  # "4km^3", "4 km cubed", "20 J/m^2" (the "/m" part is read as "per" later)
                    e = UnitEntry(e.surface, f"{e.unit} ** {_power_of(pw)}", e.kind, e.spacing)
                    end = pw.end()
                return e, end
        return None

    def suffix_currency_at(self, pos: int):
        t = self.t
        m = WORDS_RE.match(t, pos)
        if not m:
            return None
        words = m.group("w").split(" ")
        L = self.L
        base = m.start("w")
        spaced = bool(m.group("sp"))
        for k in range(min(len(words), L.cur_max_words), 0, -1):
            phrase = " ".join(words[:k]).rstrip(".")
            if k == 1 and "-" in phrase[1:]:
                pm = PER_HYPHEN_RE.match(phrase)
                if pm:
                    phrase = pm.group(1)  # "12-cent-a-share": the currency word before "-a-"
            if k == 1 and "/" in phrase[1:] and not spaced:
                phrase = phrase[:phrase.index("/")]  # "191.5c/L", "5c/kWh": the currency before the rate's slash
            c = L.cur_suffix_cs.get(phrase) or L.cur_suffix_ci.get(phrase.lower())
            if c is not None:
                if len(phrase) == 1 and spaced and phrase.isalpha() and not (
                        phrase == "p" and not (t[base + 1:base + 2] == "." and t[base + 2:base + 3].isalpha())):
                    continue  # "5 m" is no currency; "down 68 p at 1112 p" is (but not "5 p.m."); "15 €" is
                if not phrase[-1].isalpha() and SYMBOL_THEN_FIGURE_RE.match(t, base + len(phrase)):
                    continue  # "10 $30": the symbol is the next figure's prefix
                return c, base + len(phrase)
        return None

    # ------------------------------------------------------------------ reading one token
    def read(self, tok: Tok, prev_end: int) -> Reading | None:
        t, L = self.t, self.L
        s, e = tok.s, tok.e
        lo_win = max(prev_end, s - 60)

        if 0 < prev_end >= s - 6 and s >= 4 and t[s - 4:s].lower() == "per ":
            return None  # "1.35 per 100 million vehicle miles", "$5 per 100 grams": the base of a rate, no claim
        # --- things that are not claims (digits only)
        if tok.form == "d":
            digits = tok.extra["digits"]
            if len(digits) > MAX_DIGITS:
                return None
            if s > 1 and t[s - 1] == "-" and t[s - 2].isdigit():
                tok.extra["after_digit_hyphen"] = True
            if len(digits) == 4 and t[e:e + 1] == "/" and SEASON_SLASH_RE.match(t, e) and \
                    int(t[e + 1:e + 3]) == (int(digits) + 1) % 100 and 1000 <= int(digits) <= 2100:
                return self.date_reading(tok, s, e + 3, f"{digits}/{int(digits) + 1:04d}")  # "the 2019/20 season"
            if t[s - 1:s] == "[" and t[e:e + 1] == "]" and len(digits) <= 3:
                return None  # "...in 2021.[3]": a footnote mark
            if t[e:e + 1] == ":" and tok.value is not None and tok.value > 1:
                cm = COLON_ONE_RE.match(t, e)
                if cm and ODDS_CONTEXT_RE.search(t, max(self.sentence_of(s)[0], s - 60), s):
                    r = Reading(tok, s, cm.end(), "ratio", tok.value, None)
                    return self.finish(r, verb=None)  # "a ratio of 3:1", "odds of 5:1"
            nc = t[e:e + 1]
            if nc.lower() in FORM_CODE_NEXT and FORM_CODE_RE.match(t, s) and not t[s - 1:s].isalnum():
                return None  # "filed its 10-K", "Form 13F filings", "his 401(k)": a form's name
            if nc in _ORDINAL_FIRST and ORDINAL_RE.match(t, e) and not (t[e:e + 2] == "st" and not _ordinal_st(digits)):
                bm = BIRTHDAY_AFTER_RE.match(t, e) if len(digits) <= 3 and tok.extra["integer"] else None
                if bm and 1 <= tok.value <= 125:
                    r = Reading(tok, s, bm.end(), "age", tok.value, "year")
                    return self.finish(r, verb=None)  # "her 100th birthday": an age reached
                if len(digits) <= 2 and tok.extra["integer"]:
                    d = self.read_date(tok, lo_win)
                    if d is not None and d.kind == "date":
                        return d  # "March 3rd, 2021", "the 3rd of March": a day of a month
                return None  # "the 21st", but "he weighed 12st" (stone: 12 has no ordinal "st")
            if t[s - 1:s] == ":" and COLON_BEFORE_RE.search(t, max(0, s - 2), s) or (
                    t[s + 1:s + 2] in (":", ".") or t[s + 2:s + 3] in (":", ".")) and TIME_SHAPE_RE.match(t, s) and (
                    t[s:e].count(".") == 1 and TIME_AFTER_RE.match(t, e) or ":" in t[s:e + 3]):
                return None
            if tok.value is not None and (tok.value <= 24 and TIME_AFTER_RE.match(t, e) or len(digits) == 4 and
                                          tok.value <= 2359 and ZONE_AFTER_RE.match(t, e)):
                return None  # "5pm", "1400 GMT", "1400 hrs" (but "3 hrs" is a duration)
            if len(digits) <= 2 and digits.isdigit() and ENUM_AFTER_RE.match(t, e) and \
                    (s == 0 or t[s - 1] in " \n\t;:") and "(" not in t[max(0, s - 40):s]:
                return None  # "1 ) explains why ...; 2 ) cautions that": list markers
            nn = t[e + 1:e + 2]
            if nc.isupper() and GLUED_CAPITAL_RE.match(t, e) and not self.unit_at(e, attached=True):
                return None  # "the 5G network", "3D printers": a name, not a figure
            if (nc == "-" or nc.isalpha() and not nn.isalpha() or nc.isspace() and (
                    nn.isupper() or nn.isdigit() or nn.isspace())) and ADDRESS_AFTER_RE.match(t, e) or (
                    nc == " " and nn.isupper() and PRODUCT_AFTER_RE.match(t, e)) or (
                    nc.isupper() and CODE_AFTER_RE.match(t, e) and not self.unit_at(e, attached=True)
                    and not SCALE_RE.match(t, e)):
                return None  # an address, a code ("M21 9AB"), a product ("11 Pro Max", "737 Max", "787 Dreamliner")
            if (t[e:e + 1] == "-" or t[s - 1:s] == "-") and not (
                    len(digits) == 4 and t[e:e + 1] == "-" and ISO_DAY_AFTER_RE.match(t, e)) and (
                    CHAIN_AFTER_RE.match(t, e) or CHAIN_BEFORE_RE.search(t, max(0, s - 24), s)
                    or t[e:e + 1] == "-" and t[e + 1:e + 2].isdigit() and s > 1 and t[s - 1] == "-"
                    and t[s - 2].isdigit()):
                return None  # "1111-22223333-4444", "a 4-3-3 formation": a code or a score, no figure
            if digits in EVENT_DISTANCES and THE_BEFORE_RE.search(t, max(0, s - 5), s) and EVENT_AFTER_RE.match(t, e):
                return None  # "she won the 100m in 10.72 seconds", "the 400m hurdles": a race's name
            if digits in FUEL_GRADES and (FUEL_GRADE_AFTER_RE.match(t, e) or FUEL_GRADE_BEFORE_RE.search(
                    t, max(0, s - 16), s)) and self.sentence_has(FUEL_TALK_RE, s):
                return None  # "91 unleaded averaged 185.9 cents a litre", "E-Plus 91": a grade of petrol
            if (nc == "p" and digits in VIDEO_LINES or nc == "K" and digits in ("2", "4", "5", "8")) and (
                    VIDEO_AFTER_RE.match(t, e + 1) or nc == "p" and t[max(0, s - 3):s].lower() in ("in ", "at ")
                    and not t[e + 1:e + 2].isalnum()):
                return None  # "a 1080p screen", "a 4K TV", "streams in 720p": a video resolution, no figure
            gx = GLUED_BY_RE.match(t, e) if t[e:e + 1] in ("x", "X", "×") else None
            if gx and (s == 0 or not t[s - 1].isalnum()) and (not self.unit_at(gx.end(), attached=False) or
                                                               RELAY_AFTER_RE.match(t, gx.end())):
                return None  # "a 4x4 vehicle", "a 2x2 matrix", "the 4x100m relay": a name, no figure
            nd = NUMERIC_DATE_RE.match(t, s) if t[e:e + 1] == "/" and (s == 0 or t[s - 1] not in "/.-") else None
            if nd:  # "born on 14/03/1879"
                return self.numeric_date(tok, nd)
            if nc == "." and VERSION_AFTER_RE.match(t, e) or (
                    t[s:s + 3].isdigit() and not t[s + 3:s + 4].isdigit() and PHONE_RE.match(t, s)) or (
                    s > 0 and t[s - 1] in "#/\\") \
                    or (e < len(t) and t[e] in "/\\" and e + 1 < len(t) and t[e + 1].isdigit()):
                return None
            before = t[max(lo_win, s - 16):s].rstrip(" '\t\n")
            if before.endswith(_QUARTER_ENDS) and QUARTER_BEFORE_RE.search(t, lo_win, s) or before.endswith(
                    ("#", ".", "§")) and LABEL_HASH_RE.search(t, lo_win, s) or \
                    LABEL_WORD_BEFORE_RE.search(t, lo_win, s) and (not self.unit_at(e, attached=False) or (
                        t[e:e + 1] in ("L", "R", "C") and not t[e + 1:e + 2].isalnum()
                        and t[max(0, s - 7):s].lower() == "runway ")):
                return None  # "No. 5", "category 4 hurricane", "FTSE 100", "sp 500", "runway 4L"
            if tok.extra["integer"] and len(digits) <= 3 and t[s - 4:s] in ("and ", " or ", " & ") and (
                    nw := NAME_NUMBER_AND_BEFORE_RE.search(t, max(0, s - 40), s)) and prev_end <= nw.start("n") and \
                    nw.group("w").lower() not in L.function_words and nw.group("w").lower() not in MONTHS and \
                    nw.group("w").lower() not in WEEKDAYS and not self.unit_at(e, attached=False):
                return None  # "the Nord Stream 1 and 2 pipelines", "Apollo 11 and 12": the first was a name's
            if len(digits) == 4 and tok.extra["integer"] and 1900 <= tok.value <= 2100 and LEVELS_AFTER_RE.match(t, e):
                return self.date_reading(tok, s, e, digits)  # "to exceed 2019 levels": the year's level
            if e - s == 3 and t[s] == "7" and t[s + 2] == "7" and t[s + 1] in "0123478" and s and (
                    JET_MODEL_AFTER_RE.match(t, s - 1) and _word_before(t, s) not in APPROX_WORDS or
                    THE_BEFORE_RE.search(t, max(0, s - 5), s) and _no_noun_after(self.L, t, e)):
                return None  # "150 787 Dreamliners", "its 777 planes", "the 737 to 38 a month": a model
            if len(digits) in (3, 4) and (SERVICE_LINE_AFTER_RE.match(t, e) or t[e:e + 1] in " .,;)" and
                                          CALL_BEFORE_RE.search(t, max(0, s - 14), s) and (
                                          _no_noun_after(L, t, e) or CALL_ADVERB_AFTER_RE.match(t, e))):
                return None  # "the 101 non-emergency line", "call 000 in an emergency", "dial 911": a phone line
            if len(digits) == 4 and (YEAR_NAME_AFTER_RE.match(t, e) or t[max(0, s - 5):s] == "Expo " or
                                     EVENT_NAME_BEFORE_RE.search(t, max(0, s - 14), s)):
                return None  # "the 1922 Committee", "the Tokyo 2020 Games" (held in 2021): names, no dates
            if _in_label_list(t, s, e) and not self.unit_at(e, attached=False):
                return None  # "between junctions 3 and 12", "Platforms 9 and 10", "junction 10 and 11"

        # --- dates: "February 11", "11 February 2019", "January 2020", "in 2016", "the 1991 collapse"
        if tok.form == "d" and tok.extra["integer"] and "," not in tok.extra["digits"]:
            d = self.read_date(tok, lo_win)
            if d is not None:
                return d

        # --- left context: change verb, hedge, currency prefix, sign
        lm = L.left_re.search(t, lo_win, s)
        verb = hedge_txt = cur_txt = sign = None
        by = False
        start = s
        if lm and lm.end() == s:
            verb, hedge_txt, cur_txt, sign = lm.group("verb"), lm.group("hedge"), lm.group("cur"), lm.group("sign")
            by = verb is not None and bool(BY_RE.search(t, lm.end("verb"), s))
            if verb is not None and verb.lower().endswith(" of") and \
                    t[max(0, lm.start("verb") - 4):lm.start("verb")].lower() == "the ":
                tok.extra["the_change_noun"] = True  # "the rise of 3 parties": an emergence, no count changed
            # no change, unless "by" follows the verb: "raised $5m in funding" (money raised), "fell below
            # 10%" (a level crossed), "gave up 517 rushing yards" (a phrasal verb)
            if verb is not None and not by and (
                    _fold(verb) in L.change_needs_by and not POINTS_AFTER_RE.match(t, e)
                    or hedge_txt is not None and hedge_txt.lower() in LEVEL_HEDGES
                    or verb.lower() in ("up", "down") and PHRASAL_BEFORE_RE.search(
                        t, max(0, lm.start("verb") - 20), lm.start("verb"))):
                verb = None
            if verb is None and hedge_txt is None and t[max(0, s - 4):s].lower() == " by " and \
                    "," in t[max(0, s - 8):s]:
                for pattern in COMMA_BY_BEFORE_RES:
                    cb = pattern.search(t, max(0, s - 40), s)
                    if cb and _fold(cb.group("v")) in L.change and _fold(cb.group("v")) not in L.change_needs_by:
                        verb, by = cb.group("v"), True  # "Tower Hamlets grew fastest, by 22.1%"
                        break
            if hedge_txt is not None and _fold(hedge_txt) == "up to" and (VERB_BEFORE_UP_RE.search(
                    t, max(0, lm.start("hedge") - 12), lm.start("hedge")) or VERB_OBJECT_BEFORE_UP_RE.search(
                    t, max(0, lm.start("hedge") - 60), lm.start("hedge"))):
                hedge_txt = None  # "the rate ticked up to 4.1%", "revised up to 2%": a level reached, no bound
                verb = None
            if hedge_txt is not None and _fold(hedge_txt) == "up to" and verb is not None and \
                    _fold(verb) in ("adds", "add", "added"):
                verb = None  # "it adds up to 175 miles in 15 minutes": a total, no rise
            if hedge_txt is not None and hedge_txt.lower() == "over":
                fo = FIGURE_BEFORE_OVER_RE.search(t, max(0, lm.start("hedge") - 40), lm.start("hedge"))
                if fo and not _year_ends_at(t, fo.start() + 1):
                    hedge_txt = None  # "covers 3,404km over 21 stages": across, not more than
            if hedge_txt is not None and hedge_txt.lower() == "about" and HOW_ABOUT_BEFORE_RE.search(
                    t, max(0, lm.start("hedge") - 6), lm.start("hedge")):
                hedge_txt = None  # "how about 2 in 5"
            if hedge_txt is not None:
                start = lm.start("hedge")
            elif cur_txt is not None:
                start = lm.start("cur")
            elif sign is not None:
                start = lm.start("sign")
        if sign is None and cur_txt is not None and lm is not None:
            nm_ = MINUS_WORD_BEFORE_RE.search(t, max(0, lm.start("cur") - 12), lm.start("cur"))
            if nm_ and not PLUS_OR_BEFORE_RE.search(t, max(0, nm_.end() - 20), nm_.end()):
                # "free cash flow was negative $300m": the sign before the currency (not "plus or minus $5")
                sign, start = nm_.group().strip(), nm_.start()
        if sign == "-" and lm is not None and prev_end == lm.start("sign") - 1 and DIGIT_SPACE_BEFORE_RE.search(
                t, max(0, lm.start("sign") - 12), lm.start("sign")):
            # "ef 75 -300mm": a dash between two figures read, a range, not a negative ("Stoxx 50 -1.3%" is one)
            sign, start = None, s
        if sign and sign.strip().lower().startswith("minus") and PLUS_OR_BEFORE_RE.search(t, max(0, s - 20), s):
            sign, start = None, s  # "plus or minus 3 points": a margin, not a negative figure
        if sign:
            sign = "+" if sign == "+" else "-"
        hedge = L.hedges_before.get(_fold(hedge_txt)) if hedge_txt else None
        currency = L.cur_prefix.get(cur_txt.strip()) if cur_txt else None
        if currency is None and cur_txt:
            currency = L.cur_prefix.get(" ".join(cur_txt.split()))
        if currency is not None and currency.surface in ("A $", "C $", "S $") and lm is not None:
            ss, _ = self.sentence_of(s)
            if OPENING_ONLY_RE.match(t[ss:lm.start("cur")]):  # "A $5bn-$7bn range was discussed": the article
                currency, start = L.cur_prefix["$"], lm.start("cur") + cur_txt.index("$")

        if t[e:e + 1] == "-" and tok.form in ("d", "w") and (
                DESCRIPTOR_AFTER_RE.match(t, e) or tok.form == "w" and DESCRIPTOR_EXPRESSION_RE.match(t, s)):
            return None  # "a six-speed automatic", "a 3-door hatchback", "a two-storey house"
        if tok.form == "w" and LABEL_WORD_BEFORE_RE.search(t, lo_win, s) and not self.unit_at(e, attached=False) \
                and not SCALE_RE.match(t, e):
            return None  # "version two", "phase one of the plan", "stage four cancer": a name, as "phase 2" is
        if tok.form == "f" and t[e - 8:e].lower() == "quarters" and not OF_RE.match(t, e) and (
                t[s].isdigit() and t[s:e - 9].isdigit() or QUARTERS_AS_SPAN_BEFORE_RE.search(t, max(0, s - 30), s)):
            n = int(t[s:e - 9]) if t[s].isdigit() else N.ONES.get(t[s:e].split()[0].lower())
            if n and n > 1:  # "the lowest in 11 quarters", "growth has slowed for three quarters": a span of time
                tok.form, tok.value, tok.precision = "w" if not t[s].isdigit() else "d", float(n), 0.5
                return self.finish(Reading(tok, s, e, "duration", float(n), "quarter_year"), verb=None)
        if tok.form == "f" and t[e - 8:e].lower() == "quarters" and QUARTERS_AS_PERIODS_BEFORE_RE.search(
                t, max(0, s - 30), s):
            n = N.ONES.get(t[s:e].split()[0].lower()) if " " in t[s:e] else None
            if n:  # "in two of the last three quarters": quarters of a year, counted
                tok.form, tok.value, tok.precision = "w", float(n), 0.5
                return self.finish(Reading(tok, s, e, "count", float(n), None, None, noun="quarters"), verb=None)
        if tok.form == "w" and e - s == 4 and t[s:e].lower() == "zero" and t[max(0, s - 4):s - 1].lower() == "net" \
                and (s < 5 or not t[s - 5].isalpha()):
            return None  # "net zero by 2050", "net-zero emissions": a target's name, no count of nothing
        if tok.form == "w" and e - s == 3 and t[s:e].lower() == "one" and hedge is None and verb is None and \
                currency is None and t[e:e + 1] != "-" and (
                    t[max(0, s - 3):s].lower() == "no " and (s < 4 or not t[s - 4].isalpha())
                    or PRONOUN_ONE_BEFORE_RE.search(t, lo_win, s) and ONE_AS_PRONOUN_AFTER_RE.match(t, e)
                    and not self.unit_at(e, attached=False)):
            return None  # "the one you mentioned", "each one they lose", "the same one": a pronoun
        if tok.form == "w" and e - s == 3 and t[s:e].lower() == "one" and hedge is None and verb is None and \
                currency is None and ONE_AS_SUBJECT_AFTER_RE.match(t, e) and (
                    s == self.sentence_of(s)[0] or ONE_AS_SUBJECT_BEFORE_RE.search(t, max(0, s - 8), s)):
            return None  # "At 6 weeks of age, one can already celebrate": the generic pronoun
        if tok.form == "x" and t[s:e].lower() in N.COMPARATIVE_MULTIPLES and (MODAL_BEFORE_RE.search(
                t, max(0, s - 12), s) or start < s and MODAL_BEFORE_RE.search(t, max(0, start - 12), start)) and \
                t[e:e + 1] != "-":
            tok.extra["verb"] = True  # "will quadruple tariffs", "pledged to triple capacity", "would roughly
            # triple": a rise
        elif tok.form == "x" and t[s:e].lower() in N.COMPARATIVE_MULTIPLES and not (
                hedge is not None and not t[e:e + 1] == "-" or COMPARISON_AFTER_RE.match(t, e)):
            return None  # "double-digit", "a double room"; but "more than double", "double the rate"
        if tok.form == "x" and t[e - 3:e] == "ing" and not A_NOUN_BEFORE_RE.search(t, max(0, s - 12), s):
            return None  # "a tripling of profit" states a multiple; the verb's "doubling it to" does not
        if tok.form == "w" and t[e:e + 10].lower() == "-something":
            return None  # "twenty-something workers": an age group, no figure
        if t[e:e + 1] == "-" and SUSPENDED_TERM_AFTER_RE.match(t, e):
            return None  # "a 5- to 10-year plan": the first end of a term adjective, like "10-year plan"
        if tok.form == "w" and t[e:e + 1] == "-" and ORDINAL_WORD_AFTER_RE.match(t, e):
            return None  # "the twenty-first century": an ordinal
        if tok.form == "v" and t[s:e].lower() == "scores" and not OF_RE.match(t, e):
            return None  # "he scores between...": the verb, not "scores of people"
        if tok.form == "f" and e + 1 < len(t) and t[e] == "-" and t[e + 1].isalpha() and \
                not t[e + 1:e + 5].lower().startswith("fold") and not POINT_COMPOUND_RE.match(t, e):
            return None  # "a third-party evaluation", "half-time", "quarter-final": compounds, no figures
        if tok.form == "f" and verb is None and hedge is None and BY_BEFORE_RE.search(t, max(0, s - 4), s):
            ss, _ = self.sentence_of(s)
            vb = L.verb_before_by_re.search(t, max(ss, s - 120), s)
            if vb:  # "cut the olive harvest in Spain by half": a change of -50%
                verb, by = vb.group("verb"), True
        if tok.form == "f" and hedge is None and ORDINAL_FRACTION_RE.fullmatch(t, s, e) and \
                ORDINAL_NOUN_AFTER_RE.match(t, e) and not BY_BEFORE_RE.search(t, max(0, s - 4), s):
            return None  # "a third term", "for a fifth straight month": an ordinal, not a fraction
        if tok.form == "f" and t[s:e].lower() == "half" and hedge is None and verb is None and (
                not HALF_OK_RE.match(t, e) or HALF_BAD_BEFORE_RE.search(t, lo_win, s)):
            return None  # "the second half", "half-time": no figure
        # --- labels: "Section 427", "Nord Stream 1", "Power of Siberia 2", "World War Two", "COVID-19"
        if currency is None and hedge is None and verb is None and tok.form in ("d", "w"):
            if self.is_label(tok, lo_win):
                return None

        value, prec = tok.value, tok.precision
        if hedge is None and _maybe_exact(t[max(lo_win, start - 24):start]) and EXACT_BEFORE_RE.search(t, lo_win, start):
            prec = tok.precision = 0.0  # "equals 20", "exactly 5 km": the figure is exact, not rounded
        pos = e
        scale = 1.0
        # --- scale word ("2.5 million", "$1.76bn", "10k")
        if tok.form in ("d", "w") and value is not None:
            sm = SCALE_RE.match(t, pos)
            if sm:
                sc = sm.group("scale")
                mult = N.SCALE_SUFFIX.get(sc) or N.SCALE_SUFFIX.get(sc.lower())
                if mult is None and (" " in sc or "-" in sc):  # "1.5 lakh crore", "Rs 1.5-lakh-crore"
                    a_, b_ = sc.lower().replace("-", " ").split(" ")
                    mult = N.SCALE_SUFFIX[a_] * N.SCALE_SUFFIX[b_]
                if mult is None:  # a single letter: k/m/b
                    ok = not sm.group("sp") and tok.form == "d" and (
                        sc in "kKMB" or currency is not None or (sc == "b" and "." in tok.extra["digits"])
                        or MONEY_SCALED_HYPHEN_BEFORE_RE.search(t, max(0, s - 24), s) or (sc == "m" and (
                            OF_RE.match(t, sm.end()) or self.unit_at(sm.end(), attached=False)
                            or self.counts_a_plural(sm.end()) or self.million_subject(s, sm.end()))))
                    if ok and sc == "K" and currency is None and not sm.group("sp") and \
                            TEMPERATURE_WORDS_RE.search(t, *self.sentence_of(s)) and \
                            not self.counts_a_plural(sm.end()):
                        ok = False  # "573.15K" where the sentence speaks of temperatures: kelvin
                    if ok and sc in ("k", "K") and not sm.group("sp") and currency is None and (
                            RACE_AFTER_RE.match(t, sm.end()) or RAN_A_BEFORE_RE.search(t, max(0, s - 24), s)):
                        ok = False  # "she ran a 10k", "the 5K race": kilometres, not thousands
                        tok.extra["race_km"] = sm.end()
                    if not ok and sm.group("sp") and tok.form == "d" and sc in ("B", "M") and \
                            HUMAN_PLURAL_AFTER_RE.match(t, sm.end()):
                        ok = True  # "about 8 B people": a spaced capital scale letter before people counted
                    mult = N.LETTER_SCALE.get(sc) if ok else None
                if mult is not None and tok.form == "w" and mult < 1e3:
                    mult = None
                # a unit phrase that starts with the scale word wins ("50 billion cubic meters" = 50 bcm)
                u = self.unit_at(pos, attached=False) if mult is not None else None
                if mult is not None and (u is None or u[1] <= sm.end()):
                    scale = mult
                    pos = sm.end()
                    # "1.5 million tonnes" -> scale then unit
        pmm = PLUS_MINUS_RE.match(t, pos) if value is not None and (
            "±" in t[pos:pos + 6] or "+" in t[pos:pos + 6]) else None
        if pmm:  # "2,000.45±0.01 pounds", "9.83e-3 +/- 1e-5": the stated uncertainty is the interval
            err = float(pmm.group("err").replace(",", "")) * scale
            prec = tok.precision = err
            pos = pmm.end()
        tok.scale = scale if scale != 1.0 else tok.scale
        if currency is not None and currency.figure == "written" and scale == 1.0 and not (
                tok.form == "d" and ("," in tok.extra["digits"] or "." in tok.extra["digits"])) and not (
                PRICE_WORD_BEFORE_RE.search(t, max(0, start - 16), start) and not GLUED_CAPITAL_RE.match(t, e)) and \
                not (currency.surface in L.currency_context and not GLUED_CAPITAL_RE.match(t, e) and
                     self.country_named(currency)):
            return None  # "PS5" is a console, "PS2.7m" is 2.7 million pounds; "costs R23 a litre" is rand, and
            # so is "R35" in an article that names South Africa ("N350 in Lagos" is naira)
        if currency is not None and currency.figure == "cued" and not self.country_named(currency):
            return None  # "P15" is pesos in an article about the Philippines, and "finished P3" a place elsewhere
        if scale != 1.0:
            value = N.clean_float(value * scale)
            prec = prec * scale

        kind = "count"
        unit = None
        noun = None
        end = pos
        r = Reading(tok, start, end, kind, value, None, hedge)
        fo = FACTOR_OF_BEFORE_RE.search(t, max(0, start - 16), start) if tok.form in ("d", "w") and \
            scale == 1.0 and value is not None and currency is None else None
        if fo and (after_unit := self.unit_at(pos, attached=False)) and after_unit[0].kind == "percent":
            fo = None  # "a capacity factor of 90%": a percent, no multiple
        if fo:  # "prices have risen by a factor of three": a multiple
            r.kind, r.s = "ratio", fo.start() if start == s else start
            return self.finish(r, verb=verb, sign=sign, by=by)
        if hedge is not None and hedge.cls in ("more", "less") and tok.form == "d" and len(tok.extra["digits"]) == 2 \
                and scale == 1.0 and currency is None and SHORT_DECADE_RE.match(t, e) and \
                not TIME_TAKEN_BEFORE_RE.search(t, max(0, start - 12), start):
            r.kind, r.unit, r.e = "age", "year", e + 1  # "over 65s make up 19%": people older than 65
            return self.finish(r, verb=None)

        if tok.form == "v":
            om = OF_RE.match(t, pos)
            if om and (self.unit_at(om.end(), attached=False) or self.suffix_currency_at(om.end())):
                pos = om.end()
        if t[pos:pos + 1] in ("-", "+") and currency is None:
            gm = GLUED_HEDGE_UNIT_RE.match(t, pos)
            if gm and (self.unit_at(gm.end(), attached=False) or self.suffix_currency_at(gm.end())):
                # "50-plus years", "30-odd miles": the hedge sits between the figure and its unit (the hedge
                # before the figure, if any, stands: "about 30-odd years")
                if hedge is None:
                    hedge = r.hedge = self.L.hedges_after.get(_fold(gm.group("h")))
                pos = gm.end()
        # --- percent / unit / currency after the number
        ue = at_pos = self.unit_at(pos, attached=False) if currency is None else None
        if tok.extra.get("race_km"):  # (not kelvin: "the 5K race")
            ue = (L.units_ci["km"], tok.extra["race_km"])
        if currency is None and tok.form == "f" and POINT_COMPOUND_RE.match(t, pos):
            # "cut rates by a quarter-point", "a half-percentage-point rise": a fraction of a percentage point
            ue = (L.units_ci["percentage point"], POINT_COMPOUND_RE.match(t, pos).end())
        if ue is None and currency is None and (tok.form == "f" or tok.form == "d" and value is not None and
                                                0 < value < 1 and t[pos:pos + 4] == " of "):
            fa = FRACTION_ARTICLE_RE.match(t, pos)  # (digits: "0.4 of a percentage point", "0.5 of a mile")
            ue = self.unit_at(fa.end(), attached=False) if fa else None  # "half a mile", "a quarter of a point"
            if ue is not None and ue[0].kind == "duration" and not fa.group().lower().strip().startswith("of") \
                    and t[s:e].lower() != "half" and AGO_AFTER_RE.match(t, ue[1]):
                ue = None  # "one in four a decade ago", "a third a year earlier": a share, then a date
        if ue is not None and ue[0].kind == "quantity" and ue[0].unit == "degree" and tok.form != "d":
            ue = None
        if ue is not None and ue[0].kind == "duration" and ON_PERIOD_AFTER_RE.match(t, ue[1]):
            ue = None  # "rose a third year-on-year", "up 5% month on month": the comparison, not a unit
        if ue is None and currency is None and tok.form == "d" and pos == e and t[e:e + 1] in ("'", '"'):
            ue = self.prime_unit(tok)  # 25.5″ (inches), 30' (feet)
        if ue is None and currency is None and tok.form == "d" and SPACED_CF_RE.match(t, pos):
            ue = self.spaced_temperature(tok, pos)  # "12 C melting point", "it was 30 C outside"
        if ue is None and currency is None and tok.form == "d" and value is not None and self.may_prefix_unit:
            pu = PREFIX_UNIT_BEFORE_RE.search(t, max(0, s - 14), s)
            if pu:  # "a magnitude 6.1 quake", "Mach 2": the unit written before the figure
                r.s = start = pu.start()
                ue = (L.units_ci[pu.group("u").lower()], pos)
        if ue is None and currency is None and tok.form == "d" and value is not None and 1.0 <= value < 10.0 and \
                MAGNITUDE_DIGITS_RE.fullmatch(tok.extra["digits"]) and (QUAKE_AFTER_RE.match(t, pos) or (
                    "agnitude" in t[max(0, s - 80):s] and MAGNITUDE_NAMED_BEFORE_RE.search(
                        t, max(self.sentence_of(s)[0], s - 80), s))):
            ue = (L.units_ci["magnitude"], pos)  # "a 5.6 quake", "put the magnitude at 7.1 before revising it to 6.9"
        if ue is None and currency is None and tok.form in ("d", "w") and (SPACED_IN_RE.match(t, pos) or (
                SPACED_IN_AFTER_RE.match(t, pos) and IN_PAIR_BEFORE_RE.search(t, max(0, s - 12), s))):
            ue = (L.units_cs["in."], pos + 3)  # "2 1/2 in thick", "12 in x 8 in"
        if ue is None and currency is None and tok.form in ("d", "w") and value is not None:
            # "517 rushing yards", "the 50 previous years": one modifier between the figure and a plural unit
            sk = SKIP_WORD_RE.match(t, pos)
            if sk and sk.group("w") not in L.function_words and sk.group("w") not in L.change and at_pos is None \
                    and sk.group("w").lower() not in N.ONES and sk.group("w").lower() not in N.TENS:  # "9,000 two years"
                ue2 = self.unit_at(sk.end(), attached=False)
                if ue2 is not None and ue2[0].kind in ("quantity", "duration") and len(t[sk.end() + 1:ue2[1]]) >= 4 \
                        and t[ue2[1] - 1] == "s" and " " not in t[sk.end() + 1:ue2[1]]:
                    ue = ue2
        cur_after = None
        if tok.form == "f" and currency is None and IN_EVERY_RE.search(t, s, e):
            ue = None  # "one in four dollars of aid", "three out of every four pounds spent": a share, no amount
        elif currency is None:
            cur_after = self.suffix_currency_at(pos)
            if cur_after is not None and ue is not None and ue[1] > cur_after[1]:
                cur_after = None
            if cur_after is not None and cur_after[0].surface.lower() in ("pound", "pounds") and \
                    not self.pounds_are_money(s, cur_after[1], big=scale >= 1e6 or (
                        tok.form == "v" and (tok.low or 0) >= 1e3)):
                cur_after = None
            if cur_after is not None and cur_after[0].figure == "cued" and self.local_currency(cur_after[0], s) is None:
                cur_after = None  # "the museum shows 3 crowns": money only where a country with crowns is named
        if currency is None and cur_after is not None and (ue is None or cur_after[1] >= ue[1]):
            currency = cur_after[0]
            end = cur_after[1]
            ue = None
            sm2 = SCALE_RE.match(t, end) if scale == 1.0 and value is not None else None
            if sm2 and sm2.group("sp") and len(sm2.group("scale")) > 2:  # "75 USD million"
                mult = N.SCALE_SUFFIX.get(sm2.group("scale").lower())
                if mult:
                    value, prec, end = N.clean_float(value * mult), prec * mult, sm2.end()
                    r.value = value
        age_m = AGE_AFTER_RE.match(t, pos) if t[pos:pos + 8].lstrip(" -\t\n")[:1].lower() in _AGE_FIRST else None
        if age_m and value is not None:
            r.kind, r.unit, r.e = "age", AGE_UNITS[(age_m.group("u") or "y")[0].lower()], age_m.end()
            r.value = value
            if hedge is None:
                self.hedge_after(r)  # "18-year-olds and over"
            return self.finish(r, verb=None)
        turned = (TURN_BEFORE_RE.search(t, lo_win, start) and TURN_AFTER_RE.match(t, end)) if ue is None else None
        if not turned and ue is None and currency is None and hedge is None and tok.form in ("d", "w") and \
                tok.extra.get("integer", tok.form == "w") and value is not None and 1 <= value <= 120 and \
                AT_AGE_BEFORE_RE.search(t, max(0, start - 6), start) and APPOSITIVE_CLOSE_RE.match(t, end):
            turned = True  # "She became, at 26, the youngest MP": an age between commas
        if not turned and ue is None and currency is None and hedge is None and tok.form in ("d", "w") and \
                tok.extra.get("integer", tok.form == "w") and value is not None and 1 <= value <= 120 and \
                scale == 1.0 and t[max(0, start - 3):start].lower() == "at " and \
                LIFE_EVENT_AT_BEFORE_RE.search(t, max(0, start - 40), start) and \
                not self.counts_a_plural(end) and not OF_RE.match(t, end):
            turned = True  # "Federer retired at 41"
        if not turned and ue is None and currency is None and hedge is None and tok.form in ("d", "w") and \
                tok.extra.get("integer", tok.form == "w") and value is not None and 1 <= value <= 120 and \
                scale == 1.0 and t[max(0, start - 5):start] == " was " and \
                WHO_CLAUSE_WAS_BEFORE_RE.search(t, max(self.sentence_of(s)[0], start - 120), start) and \
                TURN_AFTER_RE.match(t, end):
            turned = True  # "The actor, who died on Tuesday, was 80."
        if not turned and ue is None and currency is None and hedge_txt is not None and tok.form in ("d", "w") and \
                _fold(hedge_txt) in ("as young as", "as old as") and tok.extra.get("integer", tok.form == "w") and \
                value is not None and 1 <= value <= 120 and scale == 1.0 and not self.counts_a_plural(end):
            turned = True  # "children as young as five", "workers as old as 80"
        if not turned and ue is None and currency is None and hedge_txt is not None and tok.form in ("d", "w") and \
                _fold(hedge_txt) in ("over", "under", "older than", "younger than", "above", "below") and \
                tok.extra.get("integer", tok.form == "w") and value is not None and 1 <= value <= 120 and \
                scale == 1.0 and PEOPLE_BEFORE_RE.search(t, max(0, start - 24), start) and \
                not self.counts_a_plural(end) and not IN_NUMBER_AFTER_RE.match(t, end):
            turned = True  # "women over 50", "children under 5": people of an age
        if not turned and ue is None and currency is None and tok.form in ("d", "w") and \
                tok.extra.get("integer", tok.form == "w") and value is not None and 1 <= value <= 125 and \
                scale == 1.0 and t[max(0, start - 3):start].lower() == "to " and \
                LIVE_TO_BEFORE_RE.search(t, max(0, start - 20), start) and not self.counts_a_plural(end):
            turned = True  # "can expect to live to 81", "she lived to 104": an age reached
        if (turned or "age" in t[max(lo_win, start - 24):start].lower() and AGE_BEFORE_RE.search(t, lo_win, start)) \
                and value is not None and currency is None and (
                ue is None or ue[0].kind == "duration"):
            r.kind, r.unit = "age", (ue[0].unit if ue else None) or "year"
            r.e = ue[1] if ue else end
            if hedge is None:
                oa = BOUND_AGE_OF_BEFORE_RE.search(t, max(0, start - 32), start)
                if oa:  # "anyone over the age of 18": the bound is said before "the age of"
                    r.hedge, r.s = L.hedges_before.get(_fold(oa.group("h"))), oa.start()
                else:
                    self.hedge_after(r)  # "aged 65 and over"
            return self.finish(r, verb=None)
        if self.may_age_subject and value is not None and currency is None and not by and 0 < value <= 130 and \
                scale == 1.0 and \
                tok.form in ("d", "w") and (
                ue[0].kind == "duration" and ue[0].unit in ("year", "month") if ue is not None
                else not self.counts_a_plural(end)):
            ss, _ = self.sentence_of(s)
            am = AGE_SUBJECT_RE.search(t, max(ss, start - 80), start)
            if am and not DIGIT_RE.search(t, am.end(), start):
                r.kind, r.unit = "age", (ue[0].unit if ue else "year")
                r.e = ue[1] if ue else end
                return self.finish(r, verb=verb)  # "life expectancy ... is around 73", "the pension age rises to 67"
        if (tok.form == "d" and ue is None and currency is None and hedge is None and verb is None and scale == 1.0
                and tok.extra["integer"] and value is not None and 1 <= value <= 120 and t[e:e + 1] == ","):
            am = APPOSITIVE_NAME_RE.search(t, max(0, s - 40), s)
            w = am.group("w") if am else ""
            plural = w.islower() and w.endswith("s") and not w.endswith("ss")  # "of the students, 34, were"
            if am and w.lower() not in L.function_words and w.lower() not in MONTHS and not plural and \
                    w.lower() not in WEEKDAYS and APPOSITIVE_NEXT_RE.match(t, e):
                r.kind, r.unit = "age", "year"  # "Maddon, 66, has used the downtime"
                return self.finish(r, verb=None)
        if currency is not None:
            r.kind = "money"
            if currency.factor != 1 and value is not None:
                value = N.clean_float(value * currency.factor)
                prec *= currency.factor
                r.value = value
            unit = currency.code if currency.surface not in L.currency_context else self.local_currency(currency, s)
            fxm, fxq = self.fx_quote_at(end) if unit and t[end:end + 1] == " " and scale == 1.0 else (None, None)
            if fxq is not None and fxq.code != unit and FX_END_RE.match(t, fxm.end()) and len(unit) == 3 and \
                    unit.isupper() and not t[fxm.start():fxm.start() + 4].lower() == " per":
                # "the rand weakened to R19.27 against the dollar", "the cedi at GH¢12.10 to the dollar": a quote
                r.unit, r.e = f"{unit} / {fxq.code}", fxm.end()
                return self.finish(r, verb=verb, sign=sign, by=by)
            # a scale after the currency word ("5 million dollars" handled above; "$5 m" here)
            pm = PER_RE.match(t, end)
            mm = MORE_PER_AFTER_RE.match(t, end) if pm is None and t[end + 1:end + 5] in ("more", "less") else None
            if mm:  # "paying $700 more a year": a rise, per year
                pm = PER_RE.match(t, mm.end())
                if pm and ((pm.group("den") or "").lower().split(" ")[0] in TIME_DENOMINATORS or pm.group("adv")):
                    r.tok.extra["more_after"] = "down" if mm.group(1).lower() == "less" else "up"
                    end = mm.end()
                else:
                    pm = None
            if pm:
                unit0 = unit
                unit, end = self.per_unit(unit, pm, end, money=True)
                pn = PER_NOUN_RE.match(t, end) if unit == unit0 else None
                if pn and (pn.group("per") or pn.group("n").lower() in PER_NOUNS):
                    # "$62 per share", "£25 a head": the unit stays the currency; the noun says what it is per
                    r.noun, end = "per " + pn.group("n").lower(), pn.end()
                    pm2 = PER_RE.match(t, end)
                    if pm2 and (pm2.group("den") or "").lower() in TIME_DENOMINATORS | {"annum"} or \
                            pm2 and pm2.group("adv"):
                        unit, end = self.per_unit(unit, pm2, end, money=True)  # "£4 per person per week"
                elif unit != unit0 and end < len(t) and t[end] == " ":
                    pn = PER_NOUN_RE.match(t, end)
                    if pn and pn.group("per") and pn.group("n").lower() in PER_NOUNS:
                        r.noun, end = "per " + pn.group("n").lower(), pn.end()  # "£30 per month per line"
            r.unit, r.e = unit, end
        elif ue is not None:
            entry, uend = ue
            end = uend
            if entry.kind == "percent":
                r.kind, unit = "percent", entry.unit
            elif entry.kind == "count_unit":
                r.kind, unit = "count", None
                noun = t[pos:uend].strip().lstrip("-")  # "a 500-point fall": the noun is "point"
                if noun[:1] in ("a", "o"):
                    noun = LEADING_OF_A_RE.sub("", noun)  # "half a point", "a quarter of a point": "point"
            elif entry.kind == "duration":
                if t[pos:pos + 1] == "-" and not hedge and not (
                        ARTICLE_BEFORE_RE.search(t, max(0, start - 6), start)
                        and not TERM_NOUN_AFTER_RE.match(t, uend)) and not (
                        THE_BEFORE_RE.search(t, max(0, start - 5), start) and LASTING_NOUN_AFTER_RE.match(t, uend)):
                    # an adjective naming a kind of thing ("the 10-year bond", "five-year plans"), not a claimed
                    # duration; "a five-year journey", "a two-year maintenance period" do claim one
                    return None
                if tok.form == "w" and t[s:e].lower() == "one" and hedge is None and verb is None and \
                        t[pos:uend].strip().lower() == "day" and SOMEDAY_AFTER_RE.match(t, uend) and \
                        OPENING_ONLY_RE.match(t[self.sentence_of(s)[0]:s]):
                    return None  # "One day, he hopes to return": some day, not a day long
                r.kind, unit = "duration", entry.unit
            else:
                r.kind, unit = "quantity", entry.unit
                if unit == "degree" and entry.surface in ("degrees", "degree"):
                    unit = self.degree_scale(s, value) or unit  # "98 degrees" in a Fahrenheit article's heatwave
            fm = FUEL_PER_100KM_RE.match(t, end) if unit == "liter" else None
            if fm:  # "4.5 litres of fuel per 100 km", "5.2 L/100km": fuel consumption
                unit, end = "liter_per_100_km", fm.end()
            elif unit is not None:
                pm = PER_RE.match(t, end)
                if pm is None and t[end:end + 2] == " (" and (ab := BRACKETED_ABBREVIATION_RE.match(t, end)):
                    pm = PER_RE.match(t, ab.end())  # "150 billion cubic metres (bcm) a year"
                    if pm is not None and " / " not in unit and (pm.group("den") or "").split(" ")[0].lower() in \
                            TIME_DENOMINATORS | {"annum"} or pm is not None and pm.group("adv"):
                        end = ab.end()
                    else:
                        pm = None
                if pm and pm.group("adv") and " / " in unit:
                    pm = None  # "2 mb/d of crude daily": already a rate
                if pm and (entry.kind != "duration" or pm.group("adv") or
                           (pm.group("den") or "").split(" ")[0].lower() in TIME_DENOMINATORS):
                    unit, end = self.per_unit(unit, pm, end, money=False)
                hm = PER_HEAD_RE.match(t, end) if entry.kind == "quantity" and noun is None and \
                    self.may_rate and " per " in t[end:end + 40] else None
                if hm and (hm.group("n").lower() in PER_NOUNS or hm.group("n").lower() == "capita"):
                    # "142 litres per person per day", "14.7 tonnes per capita": what it is per, and how often
                    noun, end = "per " + hm.group("n").lower(), hm.end()
                    pm2 = PER_RE.match(t, end)
                    if pm2 and " / " not in unit and ((pm2.group("den") or "").split(" ")[0].lower() in
                                                      TIME_DENOMINATORS | {"annum"} or pm2.group("adv")):
                        unit, end = self.per_unit(unit, pm2, end, money=False)
            r.unit, r.e, r.noun = unit, end, noun
        else:
            if tok.form == "v":
                r.low, r.high, r.is_range = tok.low, tok.high, True
            tm = TIMES_RE.match(t, pos) if tok.form in ("d", "w") else None
            if tm:
                r.e = tm.end()
                # "three times as large", "5 times more", "rose three times": a ratio; "I called him 3 times",
                # "won it five times": how often, a count
                r.kind = "ratio" if verb is not None or RATIO_AFTER_TIMES_RE.match(t, r.e) else "count"
                if r.kind == "count":
                    r.noun = "times"
                pm = PER_RE.match(t, r.e)
                if pm and (pm.group("den") or "").lower() in FREQUENCY_DENOMINATORS:
                    r.kind, r.unit, r.e = "quantity", f"1 / {pm.group('den').lower()}", pm.end()
            elif tok.form in ("f", "x", "n"):
                r.kind = "ratio"
                tm = TIMES_RE.match(t, pos) if tok.form == "f" and value is not None and value > 1 else None
                if tm:  # "two and a half times larger", "grew one and a half times": a multiple
                    r.e = tm.end()
                    tok.extra["times"] = True
                pm = PER_RE.match(t, pos) if tok.form == "x" and t[s:e].lower() in ("twice", "thrice") else None
                if pm and (pm.group("den") or "").lower() in FREQUENCY_DENOMINATORS:
                    # "twice a day", "thrice a week" is no multiple: how often, like "four times a year"
                    r.kind, r.unit, r.e, r.noun = "quantity", f"1 / {pm.group('den').lower()}", pm.end(), "times"
                elif tok.form == "x" and t[s:e].lower() in ("twice", "thrice") and verb is None and hedge is None \
                        and not RATIO_AFTER_TIMES_RE.match(t, pos) and not COMPARISON_AFTER_RE.match(t, pos) and \
                        not OVER_AFTER_RE.match(t, pos):
                    r.kind, r.noun = "count", "times"  # "Kane scored twice": how often, no multiple
            else:
                fx = self.exchange_rate(r, pos) if self.may_fx and tok.form == "d" and value is not None and \
                    value > 0 else None
                if fx is not None:  # "the yen weakened past 150 per dollar": 150 JPY / USD
                    r.kind, r.unit, r.e = "money", fx[0], fx[1]
                    return self.finish(r, verb=verb, sign=sign, by=by)
                rm = RATE_PER_RE.match(t, pos) if self.may_rate and tok.form in ("d", "w") else None
                if rm:  # "450 cases per 100,000 people", "4.2 deaths per 1,000 live births"
                    den = rm.group("den").replace(",", "").replace(" ", "").lower()
                    r.kind, r.unit, r.e = "ratio", RATE_UNITS[den], rm.end()
                    r.noun = rm.group("n")
                    return self.finish(r, verb=verb, sign=sign, by=by)
                nm = NOUN_RE.match(t, pos)
                if nm and tok.form == "v" and nm.group("n").split(" ")[0] == "of":
                    nm = NOUN_RE.match(t, nm.start("n") + 2)  # "hundreds of flights", "tens of thousands of people"
                words = nm.group("n").split(" ") if nm else []
                # the noun stops at a word that is no part of it ("2,019 people three years on", "62,000 people
                # across"); none where the first word is one, or a verb ("the 18,000 announced in January")
                cut = next((k for k, w in enumerate(words) if _not_a_noun(w)), len(words))
                if cut and words[0].lower() not in L.function_words and not _verb_after_figure(L, nm.group("n")):
                    words = words[:cut]
                    nm_n = " ".join(words)
                    # "3,000 cars a week", "20 people each": the noun stops at a function word
                    # "40,000 people attended", "300 people injured": nor does it take a participle
                    r.noun = words[0] if len(words) > 1 and _ends_a_noun(L, words[1], words[0]) else nm_n
                    if tok.form == "w" and t[tok.s].isupper() and r.noun[0].isupper() and " " not in r.noun and \
                            r.noun[-1] != "s" and r.noun.lower() not in MONTHS and r.noun.lower() not in WEEKDAYS and \
                            not r.noun.endswith(("an", "ese", "i", "er", "ard", "ite", "Briton")) and hedge is None:
                        return None  # "One Direction", "One Nation", "Seven Network": a name, no count
                    if r.noun.endswith("-"):  # "2,000 over-65s": the noun goes on past the hyphen
                        gm2 = GLUED_REST_RE.match(t, nm.start("n") + len(r.noun))
                        r.noun += gm2.group() if gm2 else ""
                    if len(words) > 1 and words[1].lower() in RATE_ADVERBS:
                        r.noun = words[0]  # "5,000 jobs annually"
                    elif len(words) == 2 and r.noun == nm_n and not words[0].endswith("s") and \
                            not words[1].endswith("s") and words[1].replace("-", "").isalpha():
                        hn = HEAD_NOUN_AFTER_RE.match(t, nm.start("n") + len(r.noun))
                        if hn and hn.group("w").lower() not in L.function_words:
                            r.noun += " " + hn.group("w")  # "232,820 net additional dwellings", "10,000 new social homes"
                    pm = PER_RE.match(t, nm.start("n") + len(r.noun)) if r.noun.endswith("s") or \
                        r.noun.lower() in IRREGULAR_PLURALS else None
                    den = (pm.group("den") or "").lower().split(" ")[0] if pm else ""
                    if pm and (den in FREQUENCY_DENOMINATORS or pm.group("adv")):
                        # "3,000 cars a week", "5,000 visitors a day": how many in a period, a rate
                        den = den or RATE_ADVERBS.get(_fold(pm.group("adv")), "")
                        if den:
                            r.kind, r.unit = "quantity", f"1 / {den}"
                            r.e = pm.start("den") + len(den) if pm.group("den") else pm.end()
                    elif pm and pm.group("den") and not pm.group("of"):
                        per, pend = self.per_unit("1", pm, pm.start(), money=False)
                        if per.endswith("** 2)"):  # "5,596 people per square kilometre": a density
                            r.kind, r.unit, r.e = "quantity", per, pend
                    if r.kind == "count" and ANNUAL_RATE_BEFORE_RE.search(t, max(0, start - 40), start):
                        r.kind, r.unit = "quantity", "1 / year"  # "an annual rate of 213,865 units"
                elif t[pos:pos + 1] == " " and tok.form == "d" and r.noun is None:
                    # "payrolls grew by an average of 345,000 a month", "deaths fell below 100 a week": a count
                    # in a period, its noun said before it
                    pm = PER_RE.match(t, pos)
                    den = (pm.group("den") or "").lower().split(" ")[0] if pm else ""
                    if pm and den in FREQUENCY_DENOMINATORS:
                        r.kind, r.unit, r.e = "quantity", f"1 / {den}", pm.start("den") + len(den)
                elif t[pos:pos + 1] == "-" and tok.form in ("d", "w"):
                    hm = HYPHEN_NOUN_RE.match(t, pos)
                    w = hm.group("n").lower() if hm else ""
                    if hm and w not in L.function_words and w not in ("strong", "ish") and "-" + w not in L.hedges_after:
                        r.noun = w  # "a 300-page report", "an eight-man crew": 300 pages
                    elif w == "strong" and tok.form == "d":
                        sn = STRONG_NOUN_RE.match(t, hm.end())
                        if sn:
                            r.noun = sn.group("n")  # "a 25,000-strong crowd": 25,000 people in it

        if tok.form == "v":
            r.value, r.low, r.high, r.is_range = None, tok.low, tok.high, True
        if r.kind == "count" and r.noun is None and r.unit is None and tok.form in ("d", "w") and hedge is None and \
                TOP_BOTTOM_BEFORE_RE.search(t, max(0, start - 12), start) and not self.counts_a_plural(r.e):
            return None  # "slipped towards the bottom three", "finished in the top four": places in a table
        if hedge is None:
            self.hedge_after(r)
        elif r.kind == "duration" and hedge.phrase == "over" and not OVER_MEANS_MORE_BEFORE_RE.search(
                t, max(0, start - 20), start) and not AGO_AFTER_RE.match(t, r.e):
            r.hedge, r.s = None, _past_spaces(t, lm.end("hedge"))  # "spend £2.5bn over five years": over = during; "for over five years" = more
        elif hedge.phrase == "over" and PHRASAL_OVER_BEFORE_RE.search(t, max(0, start - 12), start) and (
                r.kind != "duration" or AGO_AFTER_RE.match(t, r.e)):
            r.hedge, r.s = None, _past_spaces(t, lm.end("hedge"))  # "who took over two years ago", "handed over 500 documents": a verb's "over"
        elif hedge.phrase == "over" and r.kind != "duration" and TERM_BEFORE_OVER_RE.search(t, max(0, start - 40), start):
            r.hedge, r.s = None, _past_spaces(t, lm.end("hedge"))  # "jailed for eight years over £14m pension fraud": over = because of
        elif hedge.phrase in ("a maximum of", "a minimum of") and r.unit in ("degree_Celsius", "degree_Fahrenheit"):
            r.hedge, r.s = None, _past_spaces(t, lm.end("hedge"))  # "Penrith recorded a maximum of 44.6C": the day's highest reading, no bound
        return self.finish(r, verb=verb, sign=sign, by=by)

    def hedge_after(self, r: Reading) -> None:
        """A hedge written after the figure: "50 or more", "20 or so", "50-plus", "aged 65 and over"."""
        am = HEDGE_AFTER_RE.match(self.t, r.e)
        if am and am.group("h").lower() == "plus" and (ADDEND_AFTER_RE.match(self.t, am.end()) or (
                r.kind == "money" and WORD_AFTER_RE.match(self.t, am.end()))):
            return  # "£85m plus £15m in add-ons", "$10 plus tax": a sum, not "85 or more"
        if am:
            r.hedge = self.L.hedges_after.get(_fold(am.group("h")))
            r.e = am.end()

    def fx_quote_at(self, pos: int):
        """ "per dollar", "against the US dollar" at ``pos`` -> (match, the quote currency), else (None, None)."""
        m = FX_AFTER_RE.match(self.t, pos)
        return (m, self.L.cur_suffix_ci.get(m.group("c").lower())) if m else (None, None)

    def exchange_rate(self, r: Reading, pos: int) -> tuple[str, int] | None:
        """ "150 per dollar", "83.5 against the dollar", "7.1 to the US dollar" after a currency named
        earlier in the sentence ("the yen", "the rupee") -> ("JPY / USD", end)."""
        t, L = self.t, self.L
        m, quote = self.fx_quote_at(pos)
        if quote is None:
            return None
        ss, _ = self.sentence_of(r.s)
        for wm in WORD_BACKWARDS_RE.finditer(t, max(ss, r.s - 120), r.s):
            w = wm.group().lower()
            base = _currency_word(L, w)
            if base is None and wm.group() in L.cur_suffix_cs and THE_CURRENCY_BEFORE_RE.search(
                    t, max(0, wm.start() - 20), wm.start()):
                base = L.cur_suffix_cs[wm.group()]  # "the Korean won ... 1,380 per dollar" (not "won 3 to 1")
            if base is not None:
                pw = PREV_WORD_RE.search(t, max(0, wm.start() - 20), wm.start())
                named = pw and _currency_word(L, w, pw.group(1).lower())
                if (named or base).code == quote.code or DIGIT_BEFORE_RE.search(t, max(0, wm.start() - 3), wm.start()):
                    return None  # "the dollar against the dollar", "150 yen, up 2 against the euro"
                if named:  # "the Pakistani rupee ended at 278.3 against the dollar", "the Canadian dollar at 1.37
                    # per U.S. dollar"
                    return f"{named.code} / {quote.code}", m.end()
                code = self.local_currency(base, wm.start()) if base.surface in L.currency_context else base.code
                return (f"{code} / {quote.code}", m.end()) if code else None
        return None

    def counts_a_plural(self, pos: int) -> bool:
        """ "10m people", "3m subscribers", "2.7m combined digital and physical sales": "m" is a
        million when a plural noun follows (not a unit, not "100m hurdles"); "2.7m tall", "the 100m
        sprint", "8.9m in 1968" stay metres."""
        m = MILLION_NOUN_AFTER_RE.match(self.t, pos)
        if not m or m.group("n") in METRE_PLURALS:
            return False
        return self.unit_at(m.start("n") - 1, attached=False) is None

    def country_named(self, currency) -> bool:
        """Whether the article names a country whose currency ``currency`` is (currency_context.csv)."""
        key = ("country_named", currency.surface)
        if key not in self.memo:
            self.memo[key] = any(cue.search(self.t) for _, cue in self.L.currency_context[currency.surface])
        return self.memo[key]

    def local_currency(self, currency, s: int) -> str | None:
        """The code of a currency word several countries share ("rupees", "pesos"): the country its
        sentence names, else the one the nearest of the sentences before it names (up to
        CURRENCY_LOOKBACK_SENTENCES back), else the one such country the article names, else the word's
        default code; for a word that is money only where a country names it ("crowns": figure 'cued' in
        currencies.csv), None instead of a default."""
        rows = self.L.currency_context[currency.surface]
        ss, se = self.sentence_of(s)
        cued = currency.figure == "cued"
        stem = currency.surface.lower().rstrip("s.")
        # a cue that names a currency itself ("while the Pakistani rupee ended at 278") says nothing of this
        # one; but "738 billion crowns" after "14,000 billion Norwegian crowns" are Norway's too
        def named(lo: int, hi: int) -> set[str]:  # remembered per span: a long sentence is scanned once
            key = ("named", currency.surface, lo, hi)
            if key not in self.memo:
                self.memo[key] = {code for code, cue in rows if any(
                    cued or not self.t[m.end():m.end() + 16].lower().lstrip().startswith(stem)
                    for m in cue.finditer(self.t, lo, hi))}
            return self.memo[key]

        codes = named(ss, se)
        i = bisect_right(self.sent_starts, s) - 1
        for k in range(i - 1, max(-1, i - 1 - CURRENCY_LOOKBACK_SENTENCES), -1):
            if codes:
                break
            codes = named(*self.sent[k])  # "Pakistan's inflation hit 38%. Petrol costs 300 rupees a litre."
        if not codes:
            codes = named(0, len(self.t))
        return next(iter(codes)) if len(codes) == 1 else None if cued else currency.code

    def degree_scale(self, s: int, value: float | None = None) -> str | None:
        """A bare "degrees" is a temperature on the article's scale when its sentence speaks of heat or
        weather and of no angle ("temperatures hit 98 degrees" after "98 degrees Fahrenheit"); the scale
        is the one its sentence, else its article, names (one, not both). Where no scale is named, weather
        over 60 degrees can only be Fahrenheit (the hottest air ever measured was 56.7 C), and an article
        that measures in metric units and in no US customary ones ("60 km/h winds", "20 mm of rain"; not
        "inches", "feet", "miles") is in Celsius. None otherwise."""
        ss, se = self.sentence_of(s)
        if not self.sentence_has(WEATHER_WORDS_RE, s) or self.sentence_has(ANGLE_WORDS_RE, s):
            return None
        key = ("scales", ss)
        if key not in self.memo:
            self.memo[key] = {"C" if m.group("C") else "F" for m in TEMPERATURE_SCALE_RE.finditer(self.t, ss, se)}
        scales = self.memo[key]
        if not scales:
            if "scales" not in self.memo:
                self.memo["scales"] = {"C" if m.group("C") else "F" for m in TEMPERATURE_SCALE_RE.finditer(self.t)}
            scales = self.memo["scales"]
        if not scales and value is not None and value > 60:
            return "degree_Fahrenheit"
        if not scales and value is not None and value >= -60:
            if "metric" not in self.memo:  # the article measures in metric units (and so in Celsius)
                self.memo["metric"] = bool(METRIC_WORDS_RE.search(self.t)) and not IMPERIAL_WORDS_RE.search(self.t)
            if self.memo["metric"]:
                return "degree_Celsius"
        if len(scales) != 1:
            return None
        return "degree_Fahrenheit" if scales == {"F"} else "degree_Celsius"

    def million_subject(self, s: int, e: int) -> bool:
        """ "Passenger numbers hit 2.5m last year, up from 1.9m": a bare "m" (no noun after it) is a
        million when its sentence counts something before the figure and speaks of no length."""
        if not MILLION_BARE_AFTER_RE.match(self.t, e):
            return False
        ss, se = self.sentence_of(s)
        return bool(COUNT_SUBJECT_RE.search(self.t, max(ss, s - 120), s)) and \
            not self.sentence_has(LENGTH_WORDS_RE, s)

    def pounds_are_money(self, s: int, e: int, big: bool = False) -> bool:
        """ "361 million pounds" is sterling when its sentence speaks of money and not of weight
        ("operating profit improved to 361 million pounds"; not "2 million pounds of beef"); millions of
        pounds with no weight said are money too ("hundreds of millions of pounds were wasted")."""
        t = self.t
        if OF_RE.match(t, e):  # "2 million pounds of beef"; but "millions of pounds of public money"
            return big and bool(OF_MONEY_RE.match(t, e))
        ss, se = self.sentence_of(s)
        lo, hi = max(ss, s - 200), min(se, e + 200)
        return (big or bool(MONEY_WORDS_RE.search(t, lo, hi))) and not WEIGHT_WORDS_RE.search(t, lo, hi)

    def spaced_temperature(self, tok: Tok, pos: int):
        """A lone "C" or "F" after a figure is a temperature where the sentence speaks of one."""
        if not self.sentence_has(TEMPERATURE_WORDS_RE, tok.s):
            return None
        entry = self.L.units_cs.get(self.t[pos + 1])
        return (entry, pos + 2) if entry is not None and entry.kind == "temperature" else None

    def prime_unit(self, tok: Tok):
        """Feet and inches written with primes after a figure: 30′ or 30' (feet), 25.5″ or 25.5" (inches).
        The clean text has ASCII quotes for both; a raw prime is a unit, an ASCII quote only when it
        closes no quotation (none open before it in the sentence) and no quote opens the figure."""
        t, e = self.t, tok.e
        ch = t[e]
        rs, re_ = self.norm.raw_span(e, e + 1)
        raw = self.norm.raw[rs:re_]
        if raw not in ("″", "′"):
            ss, _ = self.sentence_of(tok.s)
            if t.count(ch, ss, tok.s) % 2 or not PRIME_END_RE.match(t, e + 1):
                return None
            raw = "″" if ch == '"' else "′"
        entry = self.L.units_cs.get(raw)
        return (entry, e + 1) if entry is not None else None

    def per_unit(self, unit: str, pm, end: int, money: bool) -> tuple[str, int]:
        """Attach "per year", "a month", "/kg" to a unit when the denominator is a unit we know."""
        if pm.group("adv"):
            den = PER_ADVERBS[_fold(pm.group("adv"))]
            return f"{unit} / {den}", pm.end()
        den = pm.group("den")
        if pm.group("of") and not TIME_WORD_RE.match(den) and not (unit != "1" and PER_AREA_OR_TIME_RE.fullmatch(
                den.split(" ")[0])):  # ("2,000kg of green leaf per acre", "40 tonnes of CO2 per hour": a rate)
            return unit, end
        if money and pm.group("den"):  # "1.08 dollars per euro": an exchange rate (a pound only where the
            w = den.split(" ")[0].lower()  # sentence speaks of sterling or currencies: "$3 per pound" of beef)
            quote = self.L.cur_suffix_ci.get(w) or self.L.cur_suffix_ci.get(w[:-1])
            if quote is not None and quote.code != unit and (w not in ("pound", "pounds") or self.sentence_has(
                    FX_CONTEXT_RE, pm.start())):
                return f"{unit} / {quote.code}", pm.start("den") + len(w)
        if den[:7].lower() == "million":
            mb = MMBTU_WORDS_RE.match(self.t, pm.start("den"))
            if mb:  # "$2.37 per million British thermal units"
                return f"{unit} / MMBtu", mb.end()
        for k in (2, 1):
            words = den.split(" ")[:k]
            if len(words) < k:
                continue
            phrase = " ".join(words)
            entry = self.L.units_cs.get(phrase) or self.L.units_ci.get(phrase.lower())
            if entry is None and phrase.lower().endswith("s"):
                entry = self.L.units_ci.get(phrase.lower()[:-1])
            if entry is None and k == 1 and len(phrase) > 1 and phrase[-1] in "²³":  # "kg/m³"
                base = self.L.units_cs.get(phrase[:-1]) or self.L.units_ci.get(phrase[:-1].lower())
                if base is not None and base.unit and base.unit.isidentifier() and base.kind == "quantity":
                    return f"{unit} / ({base.unit} ** {_POWER_WORDS[phrase[-1]]})", pm.start("den") + len(phrase)
            if entry is not None and entry.unit and entry.kind in ("quantity", "duration"):
                dend = pm.start("den") + len(phrase)
                den_unit = entry.unit if " " not in entry.unit else f"({entry.unit})"
                pw = POWER_AFTER_RE.match(self.t, dend) if entry.unit.isidentifier() else None
                if pw:  # "20 W/m^2", "350 micrograms per cubic metre" is read above; "J/m²" here
                    den_unit, dend = f"({entry.unit} ** {_power_of(pw)})", pw.end()
                elif entry.unit in LENGTH_UNITS and (self.t[pm.start("den") - 1] == "/" or self.t[
                        pm.start("den") - 4:pm.start("den")].lower() == "per ") and \
                        self.t[dend:dend + 1] in ("2", "3") and not self.t[dend + 1:dend + 2].isalnum():
                    # "300 µg/m3", "5 people/km2", "2,100 people per km2": the power written as a plain digit
                    den_unit, dend = f"({entry.unit} ** {self.t[dend]})", dend + 1
                return f"{unit} / {den_unit}", dend
            if entry is None and k == 1 and words[0].lower() == "annum":  # "2 million tonnes per annum"
                return f"{unit} / year", pm.start("den") + len(phrase)
            if entry is None and money and k == 1 and words[0].lower() == "dozen":
                return f"{unit} / dozen", pm.start("den") + len(phrase)  # "$3 a dozen" (eggs)
            if entry is None and money and k == 1 and words[0].lower() == "season":
                return f"{unit} / season", pm.start("den") + len(phrase)  # "a deal worth £45m a season"
        if money and LOWER_RE.match(den):
            # "$62 per share": the unit stays the currency; the noun says what it is per
            return unit, end
        return unit, end

    def finish(self, r: Reading, verb: str | None, sign: str | None = None, by: bool = False) -> Reading:
        """``by``: the change verb had "by" after it ("grew by 125,600 positions")."""
        t = self.t
        direction = None
        # a count changes only when its noun says what ("lost 190 points", "grew by 125,600 positions")
        change_ok = r.kind in ("percent", "money", "quantity") or (r.kind == "count" and (r.noun in (
            "points", "point", "pts") or by and r.noun is not None or (verb or "").lower().endswith(" of")
                                         and not r.tok.extra.get("the_change_noun"))) or \
            r.kind == "ratio" or (  # "an increase of 300 jobs", "a gain of 211": the noun says it changed
            r.kind == "duration" and (by or (verb or "").lower() in ("up", "down")))  # "fell by 1.8 years", "up 1.1 years"
        if verb is not None and r.kind == "quantity" and not by and r.unit in MASS_UNITS and \
                _fold(verb).startswith("lift"):
            verb = None  # "the rocket can lift up to 22 tonnes", "the crane can lift 40 tonnes": what it carries
        if verb is not None and r.kind == "percent" and not by and verb.lower() in ("grow", "grows", "grew", "growing") \
                and SHARE_OF_AFTER_RE.match(t, r.e):
            verb = None  # "Ghana and Ivory Coast, which grow 60% of the world's beans": a share they farm
        if verb is not None and change_ok and r.kind == "quantity" and not by and PRECIPITATION_OF_RE.match(t, r.e):
            verb = None  # "the storm dropped 2 feet of snow": what fell, not a fall of 2 feet
        if verb is not None and r.kind == "quantity" and not by and r.unit in LENGTH_UNITS and \
                PLACE_OFFSET_AFTER_RE.match(t, r.e):
            verb = None  # "the ferry sank 2 miles off the coast": where, not a fall of 2 miles
        if verb is not None and change_ok:
            direction = self.L.change.get(_fold(verb))
        elif verb is not None and r.kind == "count" and r.noun is None and r.value is not None:
            r.pending = self.L.change.get(_fold(verb))
            r.pending_by = by  # "fell by 13,000 to 212,000": a change even if no unit comes to it
        if direction is None and (r.kind in ("percent", "money", "quantity") or change_ok and r.kind == "count"
                                  or r.kind == "ratio" and r.tok.form == "f"):  # "a tenth fewer than in 2018"
            # "six metres more than before", "$2bn less than a year earlier": a change, said after the figure
            m = COMPARED_AFTER_RE.match(t, r.e)
            if m is None and (r.kind != "quantity" or r.unit != "degree_Celsius"):
                m = MOVE_AFTER_RE.match(t, r.e) if t[r.e + 1:r.e + 3].lower() in ("hi", "lo") else None
                if m and not MOVE_VERB_BEFORE_RE.search(t, max(0, r.s - 12), r.s):
                    m = None
            if m:
                direction = "up" if m.group("up") else "down"
                r.e = m.end()
        if direction is None and r.kind == "count" and r.unit is None and not r.is_range and r.value is not None \
                and verb is None and t[r.e + 1:r.e + 5].lower() in ("more", "fewe", "less"):
            m = COMPARED_AFTER_RE.match(t, r.e)  # "1,200 people, 300 more than in 2019", "three fewer than a year ago"
            if m is not None and " than " in m.group().lower():
                direction = "up" if m.group("up") else "down"
                r.e = m.end()
        if direction is None and r.tok.extra.get("more_after"):
            direction = r.tok.extra["more_after"]  # "$700 more a year"
        if direction is None and sign == "+" and r.kind == "percent":
            direction = "up"
        if direction is None and sign == "-" and r.kind == "percent" and \
                not LEVEL_WORD_BEFORE_RE.search(t, max(0, r.s - 12), r.s):
            direction = "down"  # "Stoxx 50 -1.3%"; not "inflation turned negative at -0.2%": a level
        if direction is None and (r.kind in ("percent", "money", "quantity") or r.kind == "count" and r.noun in (
                "points", "point", "pts") or r.kind == "ratio" and r.tok.form == "x") and verb is None and \
                t[r.e:r.e + 1] in (" ", "-"):  # ("a fivefold increase")
            # "a 3 percent drop", "a 2% pay rise", "a $5bn increase in spending": the noun after the figure says
            # it changed, as "a rise of 15 percent" does (NewsQuant's annotators read these as levels)
            m = PRENOMINAL_CHANGE_RE.match(t, r.e)
            if m and (m.group().endswith("s") and r.kind not in ("percent", "money") or
                      m.group("w") and t[r.tok.e:r.tok.e + 1] == "-"):
                m = None  # "its 194-horsepower hybrid system cuts the time": a spec, then a verb
            if m and not (m.group("w") and m.group("w").lower() in self.L.function_words):
                direction = "up" if m.group("up") else "down"
        if r.tok.form == "x" and r.kind == "ratio":
            # "doubled" is a change of +100%; "twice"/"threefold" stay ratios
            w = t[r.tok.s:r.tok.e].lower()
            if w.endswith("ed") or w.endswith("ing") or w.endswith("es") or r.tok.extra.get("verb"):
                direction = "down" if r.value is not None and r.value < 1 else "up"  # "halved"
        if sign == "-" and r.value is not None and r.kind not in ("change",):
            r.value = -r.value
        elif sign is None and r.kind in ("money", "count") and r.value is not None and r.value > 0 and r.s > 0 and \
                t[r.s - 1] == "(" and t[r.e:r.e + 1] == ")" and (
                    r.kind == "money" and ACCOUNTING_BEFORE_RE.search(t, max(0, r.s - 30), r.s - 1)
                    or r.noun is None and TABLE_BEFORE_RE.search(t, max(0, r.s - 4), r.s - 1)):
            r.value = -r.value  # "The annual revenue is ($99.99)": accounts write a negative in brackets
        if direction is not None and r.kind == "ratio" and r.value is not None and (
                r.tok.form == "f") and not r.tok.extra.get("times"):
            # "soared by nearly a third" is a change of +33.3%; "doubled" one of +100%
            pct = r.value * 100 if r.tok.form == "f" else (r.value - 1) * 100
            r.value, r.unit, r.kind = N.clean_float(pct), "percent", "change"
            r.tok.precision = 0.0
        if direction is not None and r.kind != "ratio":
            r.kind = "change"
            r.direction = direction
            if direction == "down" and r.value is not None and r.value > 0:
                r.value = -r.value
            elif direction == "up" and r.value is not None and r.value < 0:
                r.direction = "down"  # "growth of -0.5%": the sign says which way the change went
        elif direction is not None:
            r.direction = direction
        return r

    def is_label(self, tok: Tok, lo_win: int) -> bool:
        t = self.t
        s = tok.s
        if HYPHEN_PREFIX_BEFORE_RE.search(t, max(0, s - 7), s) or SCALED_HYPHEN_BEFORE_RE.search(t, max(0, s - 4), s) \
                or self.may_prefix_unit and PREFIX_UNIT_BEFORE_RE.search(t, max(0, s - 14), s):
            return False  # "minus-5", "sub-7", "5k-20k", "$5m-10m"
        # glued to a word with a hyphen or letters: "COVID-19", "G-7" (digits glued to letters never match)
        if s > 4 and t[s - 4:s].lower() == "-to-" and t[s - 5].isdigit() and tok.value != 1:
            return False  # "the 0-to-60-mph time": a range's second end (but "a 2-to-1 vote" is odds)
        if s > 1 and t[s - 1] == "-" and t[s - 2].isalpha():
            return True
        if s > 2 and t[s - 1] == "-" and t[s - 2] == " " and CAPS_WORD_BEFORE_RE.search(t, max(0, s - 14), s - 2) \
                and not self.unit_at(tok.e, attached=False):
            return True  # "COVID -19"
        if s > 2 and (t[s - 2].isalpha() or t[s - 2] == ".") and RANK_BEFORE_RE.search(t, max(0, s - 8), s):
            return True  # "the world number 3", "No 10 Downing Street", "the No. 1 seed": a rank or a name
        m = CAP_WORD_BEFORE_RE.search(t, lo_win, s)
        if m and m.end() == s:
            w = m.group("w")
            if not w[:1].isalpha():
                return False
            if m.group("gl"):
                return True
            if w.endswith(("'s", "s'")) and not m.group("gl"):
                return False  # "China's 1.4 billion people", "Britain's 650 MPs": a possessive, no name
            sm = SCALE_RE.match(t, tok.e)
            if sm and len(sm.group("scale")) > 2 and sm.group("scale").lower() != "mil":
                return False  # "In Germany 83 million people live": no name is scaled
            if tok.form == "d" and "," in tok.extra["digits"] or self.suffix_currency_at(tok.e) is not None:
                return False  # "and in India 154,999 rupees", "in Japan 189,800 yen": a name counts no thousands
            if any(ch.isupper() for ch in w) and w.lower() not in self.L.function_words and \
                    w.lower().rstrip(".") not in MONTHS and w.lower() not in WEEKDAYS:
                ue = self.unit_at(tok.e, attached=False)
                if ue is not None and tok.e + 1 == ue[1] and t[tok.e].isupper() and \
                        not t[tok.e + 1:tok.e + 2].isalnum() and tok.value is not None and tok.value == int(tok.value) \
                        and TEMPERATURE_SPAN.get(ue[0].unit, (0, 0))[1] < tok.value:
                    return True  # "a Boeing 777F": one capital glued to a name's whole number is a model, unless it
                    # reads as a temperature ("London 40C")
                if ue is not None and not (tok.e + 1 == ue[1] and t[tok.e] == "s") or AGE_AFTER_RE.match(t, tok.e) \
                        or TIMES_RE.match(t, tok.e):
                    return False  # "Model 3s", "Channel 5s": a plural of the name, not seconds
                # the first word of a sentence is capitalised anyway: a participle or a hedge there is no
                # name ("Aged 50, she...", "Priced 300 euros", "Nearly 40 died"), "Section 427" is
                ss, _ = self.sentence_of(m.start())
                lw = w.lower()
                if m.start() <= ss and (lw.endswith("ed") and len(lw) > 3 or lw in OPENING_PARTICIPLES
                                        or lw in self.L.hedges_before or _opening_adverb(lw)):
                    return False
                return True
        # a number word that is itself capitalised mid-sentence: "World War Two"
        if tok.form == "w" and t[s].isupper():
            ss, _ = self.sentence_of(s)
            if s > ss and not OPENING_ONLY_RE.match(t[ss:s]):
                prev = t[max(ss, s - 30):s].split()
                if prev and prev[-1][:1].isupper() and not prev[-1].endswith((":", ";", "!", "?", '"')):
                    return True
        return False

    def read_date(self, tok: Tok, lo_win: int) -> Reading | None:
        t = self.t
        s, e = tok.s, tok.e
        v = int(tok.value)
        if len(tok.extra["digits"]) == 2 and s > 0 and t[s - 1] in "'’" and SHORT_DECADE_RE.match(t, e):
            century = 1900 if v >= 30 else 2000  # "the '90s", "the '20s" (of this century)
            return self.date_reading(tok, s - 1, e + 1, _decade(century + v, ""))
        if len(tok.extra["digits"]) == 2 and v % 10 == 0 and v and SHORT_DECADE_RE.match(t, e):
            wm = WEATHER_DECADE_BEFORE_RE.search(t, max(0, s - 16), s)
            if wm and self.sentence_has(TEMPERATURE_TALK_RE, s) and not self.sentence_has(ANGLE_WORDS_RE, s) and \
                    not self.sentence_has(ERA_WORDS_RE, s):
                # "highs in the mid-30s", "temperatures in the low 30s": degrees, on the article's scale
                lo, hi = WEATHER_DECADE_PARTS[(wm.group("part") or "").lower()]
                r = Reading(tok, wm.start("part") if wm.group("part") else s, e + 1, "quantity", None,
                            self.degree_scale(s, v + hi) or "degree", is_range=True)
                r.low, r.high = float(v + lo), float(v + hi)
                return r
            dm = DECADE_OWNER_BEFORE_RE.search(t, max(0, s - 22), s)
            if dm and dm.group("own"):  # "in his late 70s", "voters in their 20s": an age between
                part = (dm.group("part") or "").lower()
                lo, hi = DECADE_PARTS.get(part, (0, 9))
                r = Reading(tok, dm.start("part") if part else s, e + 1, "age", None, "year", is_range=True)
                r.low, r.high = float(v + lo), float(v + hi)
                return r
            if dm:  # "music from the 80s", "the early 90s": a decade
                century = 1900 if v >= 30 else 2000
                return self.date_reading(tok, dm.start("part") if dm.group("part") else s, e + 1,
                                         _decade(century + v, dm.group("part") or ""))
        # "June 12-18": the last day of a span that a month and its first day open
        if s > 4 and t[s - 1] in "-– " and 1 <= v <= 31 and len(tok.extra["digits"]) <= 2:
            dr = MONTH_DAY_DASH_BEFORE_RE.search(t, max(0, s - 24), s)
            if dr and int(dr.group("d")) < v and (t[s - 1] != " " or not NOUN_RE.match(t, e)):  # "and 24 people"
                mo = MONTHS[dr.group("m").lower()]
                ym = YEAR_AFTER_MONTH_RE.match(t, e)
                if ym:
                    return self.date_reading(tok, s, ym.end(), f"{ym.group('y')}-{mo:02d}-{v:02d}")
                return self.date_reading(tok, s, e, self.infer_year(mo, v, s))
        # "February 11", "Feb. 11, 2019", "June of 2018", "March 3rd, 2021"
        mb = MONTH_BEFORE_RE.search(t, lo_win, s)
        if mb and mb.end() == s:
            mo = MONTHS[mb.group("m").lower()]
            if 1 <= v <= 31 and not (1000 <= v):
                om = ORDINAL_RE.match(t, e) if t[e:e + 1] in _ORDINAL_FIRST else None
                eo = om.end() if om else e
                ym = YEAR_AFTER_MONTH_RE.match(t, eo)
                if ym:
                    return self.date_reading(tok, mb.start(), ym.end(), f"{ym.group('y')}-{mo:02d}-{v:02d}")
                return self.date_reading(tok, mb.start(), eo, self.infer_year(mo, v, mb.start()))
            if 1000 <= v <= 2100:
                return self.date_reading(tok, mb.start(), e, f"{v:04d}-{mo:02d}")
        ma = MONTH_AFTER_RE.match(t, e)
        if ma and 1 <= v <= 31 and not (ma.group("m").lower() == "may" and not t[ma.start("m")].isupper()):
            mo = MONTHS[ma.group("m").lower()]
            ym = DAY_YEAR_RE.match(t, ma.end())
            if ym:
                return self.date_reading(tok, s, ym.end(), f"{ym.group('y')}-{mo:02d}-{v:02d}")
            return self.date_reading(tok, s, ma.end(), self.infer_year(mo, v, s))
        sp = DAY_SPAN_MONTH_RE.match(t, e) if 1 <= v <= 31 and len(tok.extra["digits"]) <= 2 and \
            _DAY_SPAN_NEXT.match(t, e) else None
        if sp and v < int(sp.group("d")) <= 31 and not (sp.group("m").lower() == "may" and
                                                          not t[sp.start("m")].isupper()):
            mo = MONTHS[sp.group("m").lower()]
            ym = DAY_YEAR_RE.match(t, sp.end())
            return self.date_reading(tok, s, e, f"{ym.group('y')}-{mo:02d}-{v:02d}" if ym else self.infer_year(mo, v, s))
        iso = ISO_DATE_RE.match(t, e) if 1000 <= v <= 2100 and len(tok.extra["digits"]) == 4 else None
        if iso and not iso.group("d") and int(iso.group("m")) == (v + 1) % 100:
            # "the 2008-09 financial crisis", "the 2024-25 financial year": two years, not September 2008
            return self.date_reading(tok, s, iso.start() + 3, f"{v:04d}/{v + 1:04d}")
        if iso:
            val = f"{v}-{iso.group('m')}" + (f"-{iso.group('d')}" if iso.group("d") else "")
            return self.date_reading(tok, s, iso.end(), val)
        if len(tok.extra["digits"]) == 4 and 1000 <= v <= 2100:
            yr = YEAR_RANGE_AFTER_RE.match(t, e)
            if yr and not (len(yr.group("n")) == 2 or v < int(yr.group("n")) <= 2100) and not (
                    t[max(0, s - 3):s].lower() == "in " and int(yr.group("n")) < v and 1900 <= v <= 2100):
                return None  # "1000-5000", "about 2000 - 2500 Calories": no years (but "from 74 in 2014 to 148")
            if yr and len(yr.group("n")) == 2 and yr.end() - e == 3:
                last = v - v % 100 + int(yr.group("n"))
                last += 100 if last <= v else 0
                if last - v <= 20:  # "the 2024-25 financial year", "the 1999-00 season", "from 2019-22"
                    return self.date_reading(tok, s, yr.end(), f"{v:04d}/{last:04d}")
            if DECADE_RE.match(t, e):
                if v % 10:
                    return self.date_reading(tok, s, DECADE_RE.match(t, e).end(), f"{v:04d}")
                pm = DECADE_PART_BEFORE_RE.search(t, max(0, s - 8), s)  # "the late 1990s", "the mid-1980s"
                return self.date_reading(tok, pm.start() if pm else s, DECADE_RE.match(t, e).end(),
                                         _decade(v, pm.group("part") if pm else ""))
            if self.unit_at(e, attached=False) or AGE_AFTER_RE.match(t, e) or \
                    self.suffix_currency_at(e):
                return None
            nm = NOUN_RE.match(t, e)
            noun = nm.group("n").split(" ")[0].lower() if nm else ""
            if AMOUNT_OF_BEFORE_RE.search(t, lo_win, s):
                return None
            year_ctx = YEAR_CONTEXT_BEFORE_RE.search(t, lo_win, s) or (
                1900 <= v <= 2100 and (POSSESSIVE_BEFORE_RE.search(t, lo_win, s) or noun in YEAR_NOUNS))
            plural = noun.endswith("s") and noun not in ("was", "is", "has", "this", "its", "as", "us") and \
                noun not in YEAR_NOUNS
            fm = FIRST_END_BEFORE_RE.search(t, max(0, s - 12), s) if plural else None
            rm = RANGE_TO_PLURAL_AFTER_RE.match(t, e) if v < 1800 else None
            if fm and int(fm.group("y")) < 1800 or rm and rm.group("n").lower() not in YEAR_NOUNS:
                return None  # "from 1000 to 2000 hires": counts that look like years
            if year_ctx or not (
                    noun.endswith("s") and noun not in ("was", "is", "has", "this", "its", "as", "us")) or \
                    1900 <= v <= 2100:
                lm = self.L.left_re.search(t, lo_win, s)
                if lm and lm.end() == s and (lm.group("cur") or lm.group("hedge") and
                                             lm.group("hedge").lower() not in ("around", "about", "circa", "c.",
                                                                               "ca.")) and not (
                        noun in YEAR_NOUNS and (lm.group("hedge") or "").lower() in ("below", "above", "beyond")) \
                        and not ((lm.group("hedge") or "").lower() == "over" and self.over_a_year(v, e)):
                    return None  # "over 1950 people"; but "below 2019 levels", "over 2023 as a whole" are years
                if lm and lm.end() == s and lm.group("hedge") and lm.group("hedge").lower() in ("around", "about") \
                        and v < 1900 and not YEAR_END_AFTER_RE.match(t, e):
                    return None  # "About 1000 come from Asia"
                if 1900 <= v <= 2100 and noun.endswith("s") and noun not in ("was", "is", "has", "this", "its",
                                                                            "as", "us") \
                        and not year_ctx:
                    return None
                pm = YEAR_PART_BEFORE_RE.search(t, max(lo_win, s - 8), s) if 1000 <= v <= 2100 else None
                if pm:  # "in early 2024", "by mid-2025", "in late 2022": a third of the year
                    m0, m1 = YEAR_PARTS[pm.group("part").lower()]
                    tok.extra["year_part"] = True  # (a date of its own, no period of its sentence's figures)
                    return self.date_reading(tok, pm.start(), e, f"{v:04d}-{m0:02d}/{v:04d}-{m1:02d}")
                return self.date_reading(tok, s, e, f"{v:04d}")
        if len(tok.extra["digits"]) == 4 and 2100 < v < 2200 and FUTURE_YEAR_BEFORE_RE.search(t, lo_win, s) and \
                not self.unit_at(e, attached=False) and not self.suffix_currency_at(e) and not NOUN_RE.match(t, e):
            return self.date_reading(tok, s, e, f"{v:04d}")  # "submerging coastal regions by 2120"
        return None

    def over_a_year(self, v: int, e: int) -> bool:
        """ "Over 2023 as a whole the economy grew 0.1%", "over 2023, prices rose" (in an article of
        2024): "over" a year near the article's is "during" it, not "more than" a number."""
        if AS_A_WHOLE_RE.match(self.t, e):
            return True
        return self.date is not None and abs(v - self.date.year) <= 5 and bool(YEAR_END_AFTER_RE.match(self.t, e))

    def infer_year(self, month: int, day: int, at: int) -> str | None:
        """The year of a day said without one ("on 3 October", at ``at``): the last one gone where the
        clause before it is in the past tense ("was arrested on 3 October"), the next to come where it
        looks ahead ("will start on 3 February"); with no tense said, the nearest, within six months ahead."""
        if self.date is None:
            return None
        y = self.date.year
        try:
            cand = dt.date(y, month, day)
            ss, _ = self.sentence_of(at)
            tm = TENSE_BEFORE_RE.search(self.t, max(ss, at - 80), at)
            if tm is not None and tm.group("fut"):
                if cand < self.date:
                    cand = dt.date(y + 1, month, day)
            elif tm is not None and not UNTIL_BEFORE_RE.search(self.t, max(ss, at - 8), at):
                if cand > self.date:  # not "was released on bail until June 12": a day to come
                    cand = dt.date(y - 1, month, day)
            elif (cand - self.date).days > 183:  # more than ~6 months ahead: most likely the year before
                cand = dt.date(y - 1, month, day)
        except ValueError:  # "29 February" in a year without one
            return None
        return cand.isoformat()

    def numeric_date(self, tok: Tok, m, day_first: bool = False) -> Reading | None:
        """A date in figures: day first when the first figure is over 12 ("14/03/1879"), month first
        when the second is ("5/17/2018"); "03/04/2020", which could be either, is stated to the year only.
        Dots are day first ("01.05.2023", as India and continental Europe write it; the US writes no dots)."""
        a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
        if a > 12 or day_first:
            order = [(b, a)]
        elif b > 12:
            order = [(a, b)]
        else:
            order = [(b, a), (a, b)]
        valid = []
        for mo, d in order:
            try:
                valid.append(dt.date(y, mo, d))
            except ValueError:
                pass
        if not valid or not 1000 <= y <= 2200:
            return None
        value = valid[0].isoformat() if len(valid) == 1 or valid[0] == valid[1] else f"{y:04d}"
        return self.date_reading(tok, tok.s, m.end(), value)

    def date_reading(self, tok: Tok, s: int, e: int, value: str | None) -> Reading:
        return Reading(tok, s, e, "date", None, date_value=value)


def apply_hedge(value: float, hedge: Hedge | None, precision: float) -> tuple[float | None, float | None]:
    """The interval a stated figure asserts (DESIGN section 6); the policy comes from hedges.csv."""
    if hedge is None:
        return N.round_interval(value, precision) if precision else (value, value)
    mag, neg = abs(value), value < 0
    t = hedge.tolerance
    lo, hi = {
        "approx_below": (mag * (1 - t), mag),
        "approx": (mag * (1 - t), mag * (1 + t)),
        "more": (mag, None),
        "at_least": (mag, None),
        "less": (0.0, mag),
        "at_most": (0.0, mag),
    }[hedge.cls]
    if neg:
        lo, hi = (-hi if hi is not None else None), -lo
    # (+ 0.0 turns the -0.0 of a negated zero bound into 0.0)
    return (N.clean_float(lo) + 0.0 if lo is not None else None), (N.clean_float(hi) + 0.0 if hi is not None else None)


def _age_range(t: str, a: Reading, b: Reading) -> Reading | None:
    """'aged 18 to 34' (an age, then a figure or an age in its unit), 'about 40 - 50 years old' (a
    plain figure, then an age) -> one age range; else None."""
    if a.is_range or b.is_range or a.value is None or b.value is None:
        return None
    sus = SUSPENDED_GAP_RE.fullmatch(t, a.e, b.s)
    if sus and b.kind == "age" and a.kind == "count" and a.unit is None and a.noun is None:
        if sus.group("c").lower() != "to":  # "16- and 17-year-olds": two ages
            a.kind, a.unit = "age", b.unit
            return None
    elif not RANGE_RE.fullmatch(t, a.e, b.s):
        return None
    conn = "to" if sus else t[a.e:b.s].strip().lower()  # "16- to 24-year-olds"
    if a.kind == "age" and conn in ("to", "-", "and", "through") and b.kind in ("age", "duration") and \
            b.unit != a.unit and a.unit in TIME_UNITS and b.unit in TIME_UNITS:
        merged = Reading(a.tok, a.s, b.e, "age", None, a.unit, a.hedge, is_range=True)  # "aged 6 months to 4 years"
        hi = N.clean_float(b.value * TIME_UNITS[b.unit] / TIME_UNITS[a.unit])
        merged.low, merged.high = min(a.value, hi), max(a.value, hi)
        return merged
    if a.kind == "age" and conn in ("to", "-", "and", "through") and (
            b.kind == "count" and b.unit is None and b.tok.scale == 1.0
            or b.kind in ("age", "duration") and b.unit == a.unit):
        unit = a.unit
    elif b.kind == "age" and conn in ("to", "-", "–") and a.kind == "count" and a.unit is None and a.noun is None:
        unit = b.unit
    else:
        return None
    merged = Reading(a.tok, a.s, b.e, "age", None, unit, a.hedge, is_range=True)
    merged.low, merged.high = min(a.value, b.value), max(a.value, b.value)
    return merged


GLUED_HEDGE_UNIT_RE = regex.compile(  # the glued hedges of hedges.csv ("-plus", "-odd", "+")
    r"(?P<h>" + "|".join(map(regex.escape, _AFTER_GLUED)) + r")(?=[ ]\p{L})", regex.IGNORECASE)
SEASON_SLASH_RE = regex.compile(r"/\d\d(?![\d/])")
FIRST_END_BEFORE_RE = regex.compile(r"(?r)(?<!\d)(?P<y>\d{4})\s++to\s++\Z")
RANGE_TO_PLURAL_AFTER_RE = regex.compile(r"\s++to\s++\d{4}\s++(?P<n>\p{Ll}{3,}s)(?!\p{L})")
COLON_ONE_RE = regex.compile(r":[ ]?+1(?![\d:]|[.,]\d)")
TO_ONE_GAP_RE = regex.compile(r"\s++to\s++|\s*+:\s*+", regex.IGNORECASE)
UNIT_OR_DIGIT_AFTER_RE = regex.compile(r"\s*+(?:[%\d.,]\d|%|per\s|percent)")
ODDS_CONTEXT_RE = regex.compile(
    r"(?<!\p{L})(?:ratio|odds|outnumber(?:s|ed|ing)?+|outnumbered|margin|by)(?!\p{L})", regex.IGNORECASE)


def _in_first_scale(a: Reading, b: Reading) -> float | None:
    """The second end of a range as written, where only it carries the scale ("two to three million": 3)."""
    return b.tok.value / b.tok.scale if b.tok.value is not None and b.tok.scale > 1 and a.tok.scale == 1 else b.value


def _close_to_end(a: Reading, b: Reading, gap: str) -> bool:
    """'£40 to 50', 'Rs 40 to 50 per litre', '$1,000 to 1,500 a month': money, "to" and a close plain second
    end (at most four times the first, in its own scale) are one range; no change verb reached a level."""
    bv = _in_first_scale(a, b)
    return gap.strip().lower() == "to" and a.pending is None and a.direction is None and bv is not None \
        and 0 < a.value and bv <= 4 * a.value


def _range_lead(t: str, a: Reading) -> str | None:
    """The word leading a range right before its first figure ("from", "between"), lower-cased."""
    fb = FROM_BEFORE_RE.search(t, max(0, a.s - 30), a.s)
    return fb.group("w").lower() if fb and fb.end() == a.s else None


# "a hazard ratio of 0.80", "the odds ratio was 1.35", "the ratio of house prices to earnings fell to 5.4",
# "(95% confidence interval 0.71 to 0.90)": a plain figure that a ratio word before it names
RATIO_NAMED_BEFORE_RE = regex.compile(
    r"(?r)(?<!\p{L})(?:ratios?+|confidence\s++intervals?+|CI|multiples?+)(?!\p{L})[^\d.;:!?()%$€£]{0,60}?\Z",
    regex.IGNORECASE)


def _ratios_named_before(doc: _Doc, reads: list[Reading]) -> None:
    """A plain decimal after the name of a ratio ("a hazard ratio of 0.80 (95% CI 0.71 to 0.90)", "the
    price-to-earnings ratio has fallen to 5.4 from 6.1") is a ratio, not a count."""
    t = doc.t
    for i, r in enumerate(reads):
        if r.kind != "count" or r.unit is not None or r.noun is not None or r.value is None or r.is_range or \
                r.tok.form != "d" or TO_ONE_AFTER_RE.match(t, r.e):
            continue  # ("a ratio of 1.2 to 1" is read as one ratio later)
        ss, _ = doc.sentence_of(r.s)
        lo = max(ss, r.s - 80)
        if RATIO_NAMED_BEFORE_RE.search(t, lo, r.s) or i and reads[i - 1].kind == "ratio" and \
                reads[i - 1].tok.form == "d" and reads[i - 1].unit is None and reads[i - 1].e >= lo and \
                RATIO_LINK_GAP_RE.fullmatch(t, reads[i - 1].e, r.s):
            r.kind = "ratio"


TO_ONE_AFTER_RE = regex.compile(r"\s++to\s++(?:1|one)(?![\d.,]\d|\p{L})|\s*+:\s*+1(?![\d.,]\d)", regex.IGNORECASE)
PERCENT_NAMED_BEFORE_RE = regex.compile(
    r"(?r)(?<!\p{L})(?:percentage|turnout)\s++(?:of|was|is|at|stood\s++at|rose\s++to|fell\s++to|reached)\s++\Z",
    regex.IGNORECASE)
RATIO_LINK_GAP_RE = regex.compile(r"\s*+(?:to|-|–|and|,?+\s*+(?:(?:down|up)\s++)?+from(?:\s++(?:a|an|the)(?:\s++\p{L}++){1,2}+)?+)"
                                  r"\s*+", regex.IGNORECASE)
SCALE_WORD_END_RE = regex.compile(r"(?r)(?<!\p{L})(?P<w>thousand|million|billion|trillion)\Z", regex.IGNORECASE)
SCALE_WORD_AT_RE = regex.compile(r"[ ](?P<w>thousand|million|billion|trillion)[ ]", regex.IGNORECASE)


def _scale_in_the_unit(doc: _Doc, reads: list[Reading]) -> None:
    """ "1 million to 1.5 million barrels per day": where the second figure's unit holds the scale ("million
    barrels per day" is mb / day), the first, scaled by the same word, is in that unit too (1, not 1,000,000
    mb / day)."""
    t = doc.t
    for a, b in zip(reads, reads[1:]):
        if b.kind != "quantity" or not b.unit or b.tok.value is None or b.value != b.tok.value or \
                a.kind not in ("count", "quantity") or a.value is None or \
                a.is_range or (a.unit is not None and a.unit != b.unit) or a.noun is not None:
            continue
        bm = SCALE_WORD_AT_RE.match(t, b.tok.e)
        am = SCALE_WORD_END_RE.search(t, a.s, a.e) if bm else None
        if am and am.group("w").lower() == bm.group("w").lower() and bm.start() < b.e and \
                SHARED_UNIT_GAP_RE.fullmatch(t, a.e, b.s):
            a.value = N.clean_float(a.value / N.SCALES[am.group("w").lower()])
            a.kind, a.unit = b.kind, b.unit


RANGE_CUE_BEFORE_RE = regex.compile(r"(?r)(?<!\p{L})(?:a\s++further|another|only|just|an\s++additional"
                                   r"|(?:increases?+|rises?+|cuts?+|falls?+|drops?+|declines?+|reductions?+|growth"
                                   r"|expansion|contraction)\s++of)\s++\Z",
                                   regex.IGNORECASE)  # ("facing increases of 20% to 30%": several, a range)


def _merge_ranges(doc: _Doc, reads: list[Reading]) -> list[Reading]:
    """'between 5 and 7', '5-7%', '1 to 1.5 degrees', 'from $36,040 to $34,935' -> one range claim."""
    t = doc.t
    out: list[Reading] = []
    i = 0
    while i < len(reads):
        a = reads[i]
        b = reads[i + 1] if i + 1 < len(reads) else None
        merged = _age_range(t, a, b) if b is not None else None
        if merged is not None:
            out.append(merged)
            i += 2
            continue
        if b is not None and a.kind in ("count", "ratio") and b.kind in ("count", "ratio") and a.unit is None and \
                b.unit is None and a.noun is None and a.value == 1 and b.value is not None and b.value > 1 and \
                not a.is_range and not b.is_range and TO_ONE_GAP_RE.fullmatch(t, a.e, b.s) and \
                not UNIT_OR_DIGIT_AFTER_RE.match(t, b.e) and \
                ODDS_CONTEXT_RE.search(t, max(doc.sentence_of(a.s)[0], a.s - 60), a.s):
            # "the teacher-to-pupil ratio is 1 to 35": one to N, a ratio of 1/N
            r = Reading(a.tok, a.s, b.e, "ratio", N.clean_float(1 / b.value), None, a.hedge, noun=None)
            r.tok.precision = 0.0
            out.append(r)
            i += 2
            continue
        if b is not None and a.kind == b.kind == "count" and a.unit is None and b.unit is None and a.noun is None \
                and b.value == 1 and a.value is not None and a.value > 1 and not a.is_range and not b.is_range and \
                TO_ONE_GAP_RE.fullmatch(t, a.e, b.s) and not UNIT_OR_DIGIT_AFTER_RE.match(t, b.e) and \
                ODDS_CONTEXT_RE.search(t, max(doc.sentence_of(a.s)[0], a.s - 60), a.s):
            # "the odds are 100 to 1", "nurses outnumber doctors by three to one": a ratio of X to 1
            out.append(Reading(a.tok, a.s, b.e, "ratio", a.value, None, a.hedge, noun=None))
            i += 2
            continue
        if b is not None and a.kind not in ("date", "age") and b.kind not in ("date", "age") and \
                a.value is not None and b.value is not None and not a.is_range and not b.is_range:
            gap = t[a.e:b.s]
            cm = RANGE_RE.fullmatch(gap)
            # a's unit may be implied by b's ("5-7%", "between $62 and $68 per share")
            same_kind = a.kind == b.kind or (a.kind == "count" and a.unit is None and a.noun is None) or (
                # "prices could drop a further 6% to 8%", "rise by only 0.5% to 1.5%": a change, then its other end
                a.kind == "change" and b.kind == "percent" and a.unit == b.unit and b.direction is None and
                b.hedge is None and (gap.strip().lower() == "to" and RANGE_CUE_BEFORE_RE.search(
                    t, max(0, a.s - 14), a.s) is not None or gap in ("-", "–")) and 0 < abs(a.value) < b.value) or (
                # ("shares rose 8%-10%": a dash joins two ends; "fell 10% to 15%" may be a fall to a level)
                # "a five per cent to 20 per cent rebound", "4% to 5% higher than a year ago": b's change word
                # said after the pair covers both
                b.kind == "change" and a.kind in ("percent", "money", "quantity") and a.direction is None
                and b.direction is not None and a.unit == b.unit) or (
                # "growth of 3-5%", "growth of 3 to 5 per cent": the change noun's first end, its unit said after
                a.kind == "change" and a.unit is None and a.noun is None and a.direction is not None and
                b.kind in ("percent", "money", "quantity") and b.direction is None and b.hedge is None and
                gap.strip().lower() in ("-", "–", "to") and a.tok.form == "d" and 0 < abs(a.value) < b.value)
            if a.kind == "money" and a.unit in doc.L.currency_codes and cm and a.tok.scale == 1 and _glued_m(t, b) \
                    and t[a.e:b.s] == "-":
                _as_millions(b)  # "£20-30m": millions, not metres
            if a.kind == "money" and a.unit in doc.L.currency_codes and cm and b.kind == "quantity" and \
                    (b.unit or "").startswith("1 / ") and b.tok.form == "d" and b.noun is None and (
                        b.tok.scale == a.tok.scale and 0 < a.value < b.value or a.tok.scale == 1 and b.tok.scale > 1
                        and b.tok.value is not None and 0 < a.value < b.tok.value) and (
                        _range_lead(t, a) == "between" or t[a.e:b.s] in ("-", "–") or _close_to_end(a, b, gap)):
                b.kind, b.unit = "money", a.unit + b.unit[1:]  # "between £100 and 150 a month", "$3-4 billion a year"
                same_kind = True
            if _plain(b) and a.kind == "money" and a.unit in doc.L.currency_codes and cm and (
                    b.tok.scale > 1.0 and (a.tok.scale == b.tok.scale or a.tok.scale == 1 and b.tok.value is not None
                                           and 0 < a.value < b.tok.value)
                    or b.tok.scale == a.tok.scale and 0 < a.value < b.value) and (
                    t[a.e:b.s] == "-" or _range_lead(t, a) in ("from", "between") or _close_to_end(a, b, gap)):
                b.kind, b.unit = a.kind, a.unit  # "$5m-10m", "$2-3 billion", "$40-60", "between $5 and 7 billion"
                same_kind = True
            if cm and same_kind and (a.unit == b.unit or a.unit is None or
                                     (b.unit or "").startswith(a.unit + " /")):
                conn = gap.strip().lower()
                fb = FROM_BEFORE_RE.search(t, max(0, a.s - 30), a.s)
                lead = fb.group("w").lower() if fb and fb.end() == a.s else None
                if conn == "to" and lead is None and a.kind in ("count", "change") and b.kind == "count" and \
                        a.unit is None and b.unit is None and a.noun is None and b.noun is None and \
                        a.tok.form == b.tok.form == "d" and a.tok.extra.get("integer") and \
                        b.tok.extra.get("integer") and abs(a.value) <= 300 and b.value <= 300 and \
                        SCORE_BEFORE_RE.search(t, max(0, a.s - 40), a.s) and \
                        not VOTE_NEAR_RE.search(t, max(0, a.s - 40), min(len(t), b.e + 12)):
                    i += 2  # "the Lakers won 112 to 104", "Wolves were beaten 3 to 1": a score (a vote is a tally)
                    continue
                ok = False
                bare = a.kind == "count" and b.kind == "count" and b.noun is None and b.unit is None
                if conn == "and":
                    ok = lead == "between"
                elif conn == "or":
                    ok = a.kind == "count" and a.unit is None and a.noun is None and (
                        b.unit is not None and b.kind in ("duration", "quantity") or (
                            # "two or three people", "10 or 12 homes": a rough count of what the noun names
                            b.kind == "count" and b.unit is None and b.noun is not None and a.tok.scale == b.tok.scale
                            and 0 < a.value < b.value <= 2 * a.value + 1
                            and b.noun.split(" ")[0].lower() not in SCORE_NOUNS
                            and (b.noun.endswith("s") or b.noun.lower() in IRREGULAR_PLURALS)
                            and "respectively" not in t[b.e:doc.sentence_of(b.s)[1]]))
                elif conn in ("to", "through", "-to-"):
                    ok = lead in ("from", "between") or b.unit is not None or b.kind in ("money", "percent", "ratio") or (
                        b.kind == "count" and b.noun is not None and b.tok.scale > 1 and a.tok.scale == 1) or (
                        # "around 30 to 40 people", "20 to 25 minutes' walk": the noun after the second end
                        conn == "to" and b.kind == "count" and b.noun is not None and a.tok.scale == b.tok.scale
                        and a.value < b.value and b.noun.split(" ")[0].lower() not in SCORE_NOUNS) or (
                        # "estimated at 7 million to 8 million" (not "fell 1 million to 8 million": a change, a level)
                        conn == "to" and bare and a.noun is None and a.tok.scale == b.tok.scale > 1 and
                        a.value < b.value and a.pending is None and a.direction is None) or (
                        # "police estimated the crowd at 20,000 to 25,000", "expects to hire 500 to 700": two
                        # close plain figures (not a score or a vote: "lost 98 to 105", "defeated 48 to 52")
                        conn == "to" and bare and a.noun is None and a.tok.scale == b.tok.scale == 1 and
                        a.pending is None and a.direction is None and 0 < a.value < b.value <= 4 * a.value and
                        not SCORE_BEFORE_RE.search(t, max(0, a.s - 40), a.s) and
                        not VOTE_NEAR_RE.search(t, max(0, a.s - 40), min(len(t), b.e + 12)))
                    bv = abs(b.value) if b.kind == "change" and b.direction == "down" and a.kind != "change" \
                        else b.value  # "a 5% to 8% drop": the fall said after both ends
                    # ("by two to three million barrels a day": the second end in the first's scale)
                    if lead is None and conn == "to" and a.value and b.value and \
                            abs(_in_first_scale(a, b)) >= 4 * abs(a.value) and \
                            BY_BEFORE_RE.search(t, max(0, a.s - 4), a.s):
                        ok = False  # "cut the price of its Model 3 by $1,000 to $39,990": a change, then the level
                    if lead is None and conn == "to" and (a.value > bv and not (
                            # "lows of -15C to -20C": a cold spell's range runs down from its warmer end
                            b.kind == "quantity" and bv < 0 and a.value <= 0) or a.unit is not None and a.e > a.tok.e
                                                          and BY_BEFORE_RE.search(t, max(0, a.s - 4), a.s)):
                        ok = False  # "ahead by 52% to 48%": a split; "fell by 1.8 years to 76.4 years": change, level
                else:  # "-"
                    if a.kind == b.kind == "count" and a.unit is None and b.unit is None and a.noun is None and \
                            b.noun is None and a.value is not None and b.value is not None and max(a.value, b.value) <= 7 \
                            and (SET_SCORE_AFTER_RE.match(t, b.e) or SET_SCORE_BEFORE_RE.search(
                                t, max(0, a.s - 12), a.s)):
                        # "won 6-4 3-6 6-4", "1-6 7-6(6) 6-1": set scores, and a tie-break in brackets
                        c = reads[i + 2] if i + 2 < len(reads) else None
                        i += 3 if c is not None and t[b.e:b.e + 1] == "(" and c.s == b.e + 1 else 2
                        continue
                    if a.kind == b.kind == "count" and a.unit is None and b.unit is None and a.noun is None and (
                            b.value <= a.value or (b.noun or "").lower() in SCORE_NOUNS):
                        i += 2  # "a 2-1 win", "the 3-2 victory", "a 1-2 defeat": a score, not a range
                        continue
                    # two plain figures joined by a hyphen are a score or a label ("won 2-1", "9-11"), unless
                    # they read as a span of large figures ("1000-5000")
                    if bare and b.noun is None and b.e - a.s == 7 and \
                            DETERMINER_BEFORE_RE.search(t, max(0, a.s - 5), a.s):
                        i += 2  # "The 737-800 was carrying": a model's name, counting nothing
                        continue
                    if bare and a.value == 0 and 0 < b.value <= 9 and (SCORE_BEFORE_RE.search(
                            t, max(0, a.s - 40), a.s) or ZERO_SCORE_AFTER_RE.match(t, b.e)):
                        i += 2  # "the visitors trailed 0-3", "City were 0-1 down": a score from nil
                        continue
                    ok = not bare or (100 <= a.value < b.value and a.value == int(a.value) and
                                      not SCORE_BEFORE_RE.search(t, max(0, a.s - 40), a.s)) or (
                        b.tok.scale > 1 and a.tok.scale == 1 and b.tok.value is not None and
                        0 < a.value < b.tok.value)  # "2-3 million": one scale for both ends
                    if bare and not ok and (b.value <= a.value or SCORE_BEFORE_RE.search(t, max(0, a.s - 40), a.s)):
                        i += 2  # a score ("won 2-1", "2-2 on aggregate"), not a claim
                        continue
                if ok and b.hedge is not None and (a.hedge is None or a.hedge.canonical != b.hedge.canonical):
                    ok = False  # "from about 40% to less than 10%": two hedged figures, not one interval
                if ok:
                    merged = Reading(a.tok, a.s, b.e, b.kind, None, b.unit, a.hedge or b.hedge, b.direction or
                                     a.direction, b.noun, is_range=True)
                    lo_v, hi_v = a.value, b.value
                    if b.tok.scale > 1 and a.tok.scale == 1 and abs(a.value) < 1000 and (
                            b.tok.value is None or abs(a.value) <= abs(b.tok.value)):  # not "$200 to $4 million"
                        lo_v = N.clean_float(a.value * b.tok.scale)  # "5 to 7 million", "$89 to $93 billion"
                    if a.kind == "change" and merged.kind == "percent" and merged.direction:
                        merged.kind = "change"  # "drop a further 6% to 8%"
                    if merged.direction is None and a.pending and (merged.kind in ("percent", "money", "quantity") or (
                            merged.kind == "count" and (merged.noun or "") in ("points", "point", "pts"))):
                        merged.kind, merged.direction = "change", a.pending  # "dropped by 1 to 1.5 degrees", "fall by
                        # 3 to 5 points"
                    if merged.direction is None and lead == "between" and \
                            merged.kind in ("percent", "money", "quantity"):
                        vm = doc.L.left_re.search(t, max(0, fb.start() - 40), fb.start())
                        d = doc.L.change.get(_fold(vm.group("verb"))) \
                            if vm and vm.group("verb") and vm.end() == fb.start() else None
                        if d:
                            merged.kind, merged.direction = "change", d  # "rents rose between 5 and 7 per cent"
                    if merged.direction == "down" and merged.kind == "change":
                        lo_v, hi_v = -abs(lo_v), -abs(hi_v)
                    merged.low, merged.high = min(lo_v, hi_v), max(lo_v, hi_v)
                    if merged.kind == "money" and merged.unit and " / " not in merged.unit and \
                            t[merged.e:merged.e + 1] == " ":
                        pm = PER_RE.match(t, merged.e)  # "Rs 90-95 a kg", "$3-4 a gallon": the rate after the range
                        if pm and not pm.group("of"):
                            merged.unit, merged.e = doc.per_unit(merged.unit, pm, merged.e, money=True)
                    out.append(merged)
                    i += 2
                    continue
        if b is not None and a.kind == "count" and a.unit is None and a.noun is None and b.kind in (
                "money", "quantity", "percent", "duration") and b.unit and SHARED_UNIT_GAP_RE.fullmatch(t[a.e:b.s]) and a.value is not None:
            a.kind, a.unit = b.kind, b.unit  # "eight or nine euros", "7 or 8 inches"
        if not (a.tok.extra.get("after_digit_hyphen") and a.kind == "count" and a.unit is None):
            out.append(a)  # a lone "-1" left of a dropped "2" is half of a score or label
        i += 1
    return out


COMPOUND_GAP_RE = regex.compile(r"[ ]++(?:and[ ]++)?+")
MINOR_WORD_RE = regex.compile(r"[ ]?+(?P<w>[\p{L}.\"″]++)")
COMPOUND_END_RE = regex.compile(r"\s*+(?:[,.;:!?)]|\Z|(?:more\s++or\s++less|tall|long|high|wide|deep|of|for|"
                                r"in\s++(?:length|height|total)|each|a|an|per)\b)", regex.IGNORECASE)


def _merge_compounds(doc: _Doc, reads: list[Reading]) -> list[Reading]:
    """'5 ft 2 in', '5 feet and 2 inches', '3 dollars 50 cents', '15 dollars and 15', '2 hours 1 minute 9
    seconds' -> one amount in the largest unit (the sub-units come from compound_units.csv)."""
    t, C = doc.t, doc.L.compounds
    out: list[Reading] = []
    i = 0
    while i < len(reads):
        a = reads[i]
        i += 1
        unit, scale = a.unit, 1.0  # the unit of the last part merged, and its size in a's unit
        while i < len(reads) and not a.is_range and a.value is not None:
            b = reads[i]
            comp = C.get(unit or "")
            if comp is None or b.value is None or b.is_range or b.hedge is not None or \
                    a.value != int(a.value) and unit == a.unit or not COMPOUND_GAP_RE.fullmatch(t, a.e, b.s):
                break
            minor, per, words = comp
            end = None
            if b.unit == minor and b.kind == a.kind and 0 <= b.value < per:
                end = b.e
            elif unit == a.unit and _bare(b) and 0 <= b.value < per and b.value == int(b.value):
                mw = MINOR_WORD_RE.match(t, b.e)
                if mw and mw.group("w") in words and COMPOUND_END_RE.match(t, mw.end()):
                    end = mw.end()  # "5 ft 2 in"
                elif COMPOUND_END_RE.match(t, b.e) and a.kind == "money" and b.tok.extra.get("digits", "").isdigit() \
                        and (len(b.tok.extra["digits"]) == 2 or " and " in t[a.e:b.s]) and \
                        _range_lead(t, a) != "between":  # "between $40 and 60" is a range
                    end = b.e  # "15 dollars 50", "15 dollars and 15"
            elif unit == a.unit and b.kind == "count" and b.unit is None and b.noun is None and b.tok.form == "w" \
                    and a.kind == "money" and 0 <= b.value < per and b.value == int(b.value) and \
                    COMPOUND_END_RE.match(t, b.e) and (b.value >= 10 or " and " in t[a.e:b.s]):
                end = b.e  # "thirteen dollars forty five"
            if end is None:
                break
            scale *= per
            a.value = N.clean_float(a.value + b.value / scale)
            a.tok.precision = 0.5 / scale if b.tok.precision else 0.0
            a.tok.value = a.value
            a.e = end
            unit = minor
            i += 1
        out.append(a)
    return out


def _as_change(r: Reading, direction: str) -> None:
    """Make ``r`` a change in ``direction``; a fall is negative (its value, or both ends of a range)."""
    r.kind, r.direction = "change", direction
    if direction == "down":
        if r.value is not None and r.value > 0:
            r.value = -r.value
        if r.is_range and r.low is not None and r.low > 0:
            r.low, r.high = -r.high, -r.low


# "13,000 more police officers on our streets than in 2019", "300 fewer deaths than in 2021", "10 more years in
# prison": a figure, a word of comparison, then what it counts (up to three words, none a function word)
MORE_NOUN_AFTER_RE = regex.compile(
    r"[ ](?P<cmp>more|fewer|less|extra|additional)[ ](?P<n>\p{Ll}[\p{Ll}-]*+(?:[ ]\p{Ll}[\p{Ll}-]*+){0,2}+"
    r"|\p{Lu}{2,5}+s(?!\p{L})|" + _DEMONYM + r"(?![\p{L}'’-]))")  # "3,000 more GPs"
MORE_PER_AFTER_RE = regex.compile(r"[ ](more|less)(?=[ ](?:a|an|per|every|each)[ ])", regex.IGNORECASE)
# "than" and an earlier time after it: a change over time ("than in 2019", "than when we came to office", "than a
# decade ago"); not a comparison across things ("15% less fuel than earlier models", "more votes than his rival")
THAN_IN_CLAUSE_RE = regex.compile(
    r"[^.;:!?\d]{0,80}?(?<!\p{L})than\s++(?:(?:it|they|there|we|he|she|you|i)\s++(?:did|was|were|had|has|have|do)"
    r"\s++)?+(?:in\s++(?:(?:early|mid|late)[\s-]++)?+(?:\p{L}++\s++)?+(?:19|20)\d\d"
    r"|(?:19|20)\d\d|when|before|(?:previously|earlier)(?=\s*+(?:[,.;:)!?]|\Z|this\b|in\b|last\b))|last\s++\p{L}++"
    r"|(?:at|by)\s++the\s++(?:start|end|beginning)"
    r"|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s++(?:years?|months?|weeks?|decades?)"
    r"\s++(?:ago|earlier|before)|a\s++year\s++ago)(?!\p{L})", regex.IGNORECASE)


def _more_of_a_noun(doc: _Doc, reads: list[Reading]) -> None:
    """ "There are 13,000 more police officers on our streets than in 2019": a count of more (or fewer) of a
    noun than at another time is a change, its noun the noun after "more"; "10 more years in prison" is a
    duration, "500 extra nurses" a count of nurses."""
    t, L = doc.t, doc.L
    for r in reads:
        if r.kind == "percent" and r.unit == "percent" and r.direction is None and r.value is not None and \
                not r.is_range:
            m = MORE_NOUN_AFTER_RE.match(t, r.e)  # "the UK had 10% fewer hospital beds than in 2010"
            if m is not None and m.group("cmp").lower() in ("more", "fewer", "less") and \
                    THAN_IN_CLAUSE_RE.match(t, m.end("cmp")):
                _as_change(r, "up" if m.group("cmp").lower() == "more" else "down")
            continue
        if r.kind != "count" or r.noun is not None or r.value is None or r.is_range:
            continue
        m = MORE_NOUN_AFTER_RE.match(t, r.e)
        if m is None:
            continue
        words = m.group("n").split(" ")
        for k, w in enumerate(words):
            if w in L.function_words or _verb_after_figure(L, w):
                words = words[:k]
                break
        if not words:
            continue
        cmp = m.group("cmp").lower()
        entry = L.units_ci.get(words[0])
        if entry is not None and entry.kind == "duration" and len(words) == 1:
            r.kind, r.unit = "duration", entry.unit  # "up to 10 more years in prison"
            r.e = m.start("n") + len(words[0])
            continue
        r.noun = " ".join(words)
        if cmp in ("more", "fewer", "less") and THAN_IN_CLAUSE_RE.match(t, m.start("n") + len(r.noun)):
            _as_change(r, "up" if cmp == "more" else "down")


AT_A_BEFORE_RE = regex.compile(r"(?r)(?<!\p{L})(?P<v>\p{L}++)\s++at\s++an?+\s++\Z", regex.IGNORECASE)
ANNUAL_RATE_AFTER_RE = regex.compile(
    r"\s++(?:seasonally[ -]adjusted\s++)?+(?:annuali[sz]ed|annual|yearly)\s++(?:rate|pace)(?!\p{L})", regex.IGNORECASE)


def _changes_at_an_annual_rate(doc: _Doc, reads: list[Reading]) -> None:
    """ "Productivity fell at a 2.7% annualised rate", "the economy grew at a 1.1% annual pace": the change
    verb before "at a" moves the rate."""
    t = doc.t
    for r in reads:
        if r.kind != "percent" or r.direction or r.value is None or r.is_range:
            continue
        am = AT_A_BEFORE_RE.search(t, max(0, r.s - 30), r.s)
        if am and ANNUAL_RATE_AFTER_RE.match(t, r.e):
            direction = doc.L.change.get(_fold(am.group("v")))
            if direction:
                _as_change(r, direction)


# "6,000 people crossed the border every day", "spent $8 billion on the war every month": how often, said at the
# end of the clause; "Every year roughly 40,000 Americans die": said before the figure
EVERY_PERIOD_AFTER_RE = regex.compile(r"[^\d.;:!?,]{1,60}?(?<!\p{L})(?:every|each|per)\s++(?P<u>day|week|month|year)"
                                      r"(?!\p{L})", regex.IGNORECASE)
EVERY_PERIOD_BEFORE_RE = regex.compile(r"(?r)(?<!\p{L})(?:every|each)\s++(?P<u>day|week|month|year),?+\s++"
                                       r"(?:(?:some|about|around|roughly|nearly|almost|more\s++than|over|at\s++least)"
                                       r"\s++)?+\Z", regex.IGNORECASE)


def _rates_said_apart(doc: _Doc, reads: list[Reading]) -> None:
    """A count of people or things, or an amount of money, with "every day" (week, month, year) said at the end of
    its clause or before it, is a rate: "6,000 people crossed the border every day" is 6000 `1 / day`, "spent $8
    billion on the war every month" USD / month, "Every year roughly 40,000 Americans die" 40000 `1 / year`."""
    t = doc.t
    for i, r in enumerate(reads):
        if r.is_range or r.value is None or r.kind not in ("count", "money") or (r.unit or "").count("/") or \
                r.kind == "count" and (r.noun is None or r.unit is not None) or r.direction:
            continue
        if r.kind == "count" and _word_before(t, r.s) in ("the", "its", "their", "his", "her", "these", "those", "our"):
            continue  # "the 20 players train every day": a set, not a rate
        nxt = reads[i + 1].s if i + 1 < len(reads) else len(t)
        m = EVERY_PERIOD_AFTER_RE.match(t, r.e, min(nxt, r.e + 80))
        u = m.group("u").lower() if m else None
        if u is None:
            b = EVERY_PERIOD_BEFORE_RE.search(t, max(doc.sentence_of(r.s)[0], r.s - 30), r.s)
            u = b.group("u").lower() if b else None
        if u is None:
            continue
        if r.kind == "count":
            r.kind, r.unit = "quantity", f"1 / {u}"
        else:
            r.unit = f"{r.unit} / {u}"


# a race's time written as a plain decimal ("a winning time of 9.86", "second in 9.92", "a personal best of 12.49")
RACE_HINT_RE = _stdlib_re.compile(r"\d\dm\b|metre|hurdles|sprint|diamond league|personal best|season'?s best"
                                  r"|world record|relay")
RACE_WORDS_RE = regex.compile(r"(?<![\p{L}\d])(?:\d{2,3}+m|\d{2,3}+-?metres?)(?!\p{L})|(?<!\p{L})(?:hurdles|sprint\p{L}*+"
                              r"|Diamond\s++League|personal\s++best|season'?s\s++best|world\s++record|relay)(?!\p{L})",
                              regex.IGNORECASE)
RACE_TIME_BEFORE_RE = regex.compile(
    r"(?r)(?<!\p{L})(?:time\s++of|in|best\s++of|record\s++of|clocked|ran|run|clocking|timed\s++at)\s++\Z",
    regex.IGNORECASE)


def _race_times(doc: _Doc, reads: list[Reading]) -> None:
    """ "Kerley won in a winning time of 9.86, and Lyles was second in 9.92": in a sentence about a sprint or a
    race, a plain figure to hundredths after "time of", "in", "best of" or "clocked" is a time in seconds."""
    t = doc.t
    for r in reads:
        if not _plain(r) or r.tok.scale != 1.0 or not 0 < r.value < 100 or "." not in t[r.s:r.e] or \
                len(t[r.s:r.e].split(".")[1]) != 2:
            continue
        if RACE_TIME_BEFORE_RE.search(t, max(0, r.s - 16), r.s) and doc.sentence_has(RACE_WORDS_RE, r.s):
            r.kind, r.unit = "duration", "second"


def _carry_change_over_or(doc: _Doc, reads: list[Reading]) -> None:
    """'lost 190 points, or 0.6%': the figure after 'or' restates the change in another unit."""
    for a, b in zip(reads, reads[1:]):
        if a.kind == "change" and a.direction and (b.kind in ("percent", "money", "quantity") or b.kind == "count" and (
                b.noun or "").lower() in ("points", "point", "pts")) and \
                b.value is not None and CHANGE_OR_RE.fullmatch(doc.t, a.e, b.s):  # "fell 1.2%, or 48.9 points"
            _as_change(b, a.direction)


PAREN_OPEN_RE = regex.compile(r"\s*+\(\s*+")
PAREN_NEXT_RE = regex.compile(r"\s*+(?:/|,|;|or)\s*+")
TO_GAP_RE = regex.compile(r"(?:\s++(?!to\b)\p{L}++)?+\s++to\s++")
OF_GAP_RE = regex.compile(r"\s++of\s++(?:the\s++|a\s++|an\s++)?+")
BY_GAP_RE = regex.compile(r"(?r)(?<=\p{L}[,]?+)\s++by\s++\Z")
PARALLEL_GAP_RE = regex.compile(r"(?:,?+\s++(?:and|while|but|whereas|against|versus|vs\.?+)\s++)")
# "rose 0.4% month-on-month and 5.1% year-on-year", "grew 2% in May and 3% in June": the second percent
# repeats the change; what follows it says when or against what ("40% of people" does not)
CHANGE_PARALLEL_GAP_RE = regex.compile(r"(?:\s++[\p{L}-]++){0,5}?,?+\s++(?:and|while|but|whereas|against|versus|vs\.?+"
                                    r"|compared\s++(?:with|to))\s++"
                                    r"(?:(?:a\s++further|another|an\s++additional)\s++)?+")
CHANGE_COMPARED_GAP_RE = regex.compile(
    r"(?:\s++[\p{L}-]++){0,5}?,?+\s++(?:(?:up|down|slowing|accelerating|easing|picking\s++up|rising|falling|slowed"
    r"|accelerated|eased)\s++)?+from\s++(?:just\s++|only\s++)?+", regex.IGNORECASE)
CHANGE_PARALLEL_END_RE = regex.compile(
    r"\s*+(?:[.;,)]|\Z|(?:in|on|from|compared|versus|vs\.?+|against|over|last|this|next|the\s++(?:previous|following"
    r"|next)|a\s++year"
    r"|year-on-year|month-on-month|quarter-on-quarter|y/y|m/m|yoy|annually|a\s++month)(?![\p{L}-]))", regex.IGNORECASE)
# "Exports rose 5% and imports 3%", "the Dow fell 1.2%, the S&P 500 1.5%", "Germany's economy shrank 0.3%,
# France's 0.1%": between the two figures only a conjunction and who or what the second is about (no verb)
GAPPING_GAP_RE = regex.compile(
    r",?+\s++(?:(?:and|while|but|whereas)\s++)?+(?:(?:in|for|at)\s++)?+(?:the\s++)?+"
    r"(?:(?!(?:is|was|are|were|be|been|being|has|have|had|said|says|say|of|to|from|by|with|than|as|its|their|his"
    r"|her|it|they|he|she|we|which|that|who|this|these|those|a|an|the|and|or|but|not|no|will|would|could|can|may"
    r"|might|should|must|did|do|does|in|on|at|for|up|down|over|under|about|around|nearly|almost)\b)"
    r"[\p{L}\p{N}'’&.-]++\s++){1,3}+", regex.IGNORECASE)
CONJ_AFTER_RE = regex.compile(r"\s++(?:and|while|but|whereas)\b", regex.IGNORECASE)
# "81.3 years for women and 77.4 for men", "$40 in London and 35 in Paris": the same preposition after both
# figures (checked by the caller) makes the second say the first's unit
PREP_PARALLEL_GAP_RE = regex.compile(
    r"\s++(?P<p>for|in|among|on|at)\s++(?:[\p{L}'’-]++\s++){0,3}?[\p{L}'’-]++,?+\s++(?:and|while|but|whereas"
    r"|versus|vs\.?+|compared\s++with)\s++", regex.IGNORECASE)
CAPITAL_WORD_RE = regex.compile(r"\s*+(?:the\s++)?+(?P<w>\p{Lu}\p{L}*+)")
PLACE_AFTER_RE = regex.compile(r"\s++(?:in|at|on|for)\s++(?:the\s++)?+(?P<w>\p{Lu}\p{L}*+)")
PARALLEL_END_RE = regex.compile(r"\s*+(?:[,.;:)]|\Z|(?:last|this|next|in|on|at|a|per|for|earlier|before|"
                                r"previously|now|today|yesterday)\b)", regex.IGNORECASE)


def _across_places(t: str, p: int, b: Reading) -> bool:
    """ "$5.69 in the US and 4.50 in Britain": two figures for two named places (their currencies may
    differ), the place names capitalised after the first figure's preposition (at ``p``) and the second's."""
    for m in (CAPITAL_WORD_RE.match(t, p), PLACE_AFTER_RE.match(t, b.e)):
        if m and not _is_time_name(m.group("w")):  # "£12,000 in March and 15,000 in April" names no place
            return True
    return False


def _is_time_name(w: str) -> bool:
    """A month or day name ("March", "Monday"), capitalised but no place."""
    w = w.lower()
    return w in MONTHS or w in WEEKDAYS


def _plain(r: Reading) -> bool:
    """A figure in digits that says no unit and counts no noun ("193", "2.1", "10m")."""
    return (r.kind == "count" and r.unit is None and r.noun is None and not r.is_range and r.value is not None
            and r.tok.form == "d")


def _bare(r: Reading) -> bool:
    """A plain figure with no scale either ("193", "2.1")."""
    return _plain(r) and r.tok.scale == 1.0


TIME_PHRASE_AFTER_RE = regex.compile(
    r"\s++(?:(?:last|this|next)\s++(?:year|month|week|quarter|season)|in\s++(?:19|20)\d\d|a\s++year\s++"
    r"(?:earlier|ago|before)|earlier|previously|before)(?!\p{L})", regex.IGNORECASE)
WORD_BEFORE_RE = regex.compile(r"(?r)(?<!\p{L})(?P<w>\p{L}++)\s++\Z")
WORD_COMMA_BEFORE_RE = regex.compile(r"(?r)(?<!\p{L})(?P<w>\p{L}++),?+\s++\Z")


def _no_noun_after(L, t: str, e: int) -> bool:
    """Whether nothing after ``e`` is a noun the figure could count (punctuation, or a function word:
    "the 737 to 38 a month", "the 777 is")."""
    m = NEXT_WORD_RE.match(t, e)
    return m is None or m.group("w").lower() in L.function_words


A_NOUN_BEFORE_RE = regex.compile(r"(?r)(?<!\p{L})(?:an?|the|near|near-|nearly\s++a|almost\s++a|more\s++than\s++a)"
                              r"[\s-]*+\Z", regex.IGNORECASE)


# "Nord Stream 1 and 2", "Apollo 11 and 12": a name's number (not read as a claim), then another
NAME_NUMBER_AND_BEFORE_RE = regex.compile(r"(?r)(?<!\p{L})(?P<w>\p{Lu}\p{L}*)[ ](?P<n>\d{1,3}+)[ ](?:and|or|&)[ ]\Z")
LEVELS_AFTER_RE = regex.compile(r"[ ]levels?+(?!\p{L})", regex.IGNORECASE)


# "spreads narrowed 15 basis points", "the gap widened 3 points": points of a spread move it, with or without "by"
POINTS_AFTER_RE = regex.compile(r"\s*+(?:basis\s++points?+|bps?+|percentage\s++points?+|points?+|pts)(?!\p{L})",
                                regex.IGNORECASE)


SHARE_OF_AFTER_RE = regex.compile(r"\s++of\s++(?:the\s++|all\s++)?+(?:world|global|country|nation|region|\p{L}++['’]s?+"
                                  r"(?!\p{L}))", regex.IGNORECASE)


BRACKETED_ABBREVIATION_RE = regex.compile(r"[ ]\([\p{L}/]{1,8}+\)")


PER_AREA_OR_TIME_RE = regex.compile(r"acres?+|hectares?+|ha|hours?+|hr|minutes?+|seconds?+|days?+|weeks?+|years?+"
                                   r"|months?+|annum|capita|head|person|kilomet(?:re|er)s?+|km|miles?+|kwh",
                                   regex.IGNORECASE)


def _past_spaces(t: str, i: int) -> int:
    """The first position at or after ``i`` that is no space (where a claim starts once a hedge is dropped:
    "handed over $500" starts at "$")."""
    while i < len(t) and t[i].isspace():
        i += 1
    return i


def _opening_adverb(w: str) -> bool:
    """Whether the lower-cased word ``w`` that opens a sentence is an adverb in -ly ("Barely 500 people",
    "Officially 30", "Nationally 500"), not a name that ends so ("Italy", "Emily", "Kelly")."""
    return len(w) > 5 and w.endswith("ly") and (w.endswith("ally") or not w.endswith(("lly", "ily", "aly")))


HEAD_NOUN_AFTER_RE = regex.compile(r"[ ](?P<w>\p{Ll}{3,}+(?<=[^s]s))(?![\p{L}'’-])")  # a plural after two modifiers
GLUED_REST_RE = regex.compile(r"[\p{L}\p{N}]++")
NEXT_WORD_RE = regex.compile(r"[ ]++(?P<w>\p{L}++)")


def _in_label_list(t: str, s: int, e: int) -> bool:
    """Whether the figure at ``s``-``e`` is a label in a list after a label word ("junctions 3 and 12",
    "rooms 101, 102 and 104", "junction 10 and 11")."""
    if s < 2:
        return False
    if t[s - 1] == " " and _word_before(t, s) in LABEL_PLURALS:
        return bool(LABEL_LIST_END_RE.match(t, e))
    if t[s - 1] in " -–,&" and t[s - 2] not in "$£€¥":
        return bool(LABEL_LIST_BEFORE_RE.search(t, max(0, s - 80), s))
    return False


def _word_before(t: str, pos: int, comma: bool = False) -> str:
    """The word right before ``pos`` (lower-cased; "" if none), past a comma too where ``comma``."""
    m = (WORD_COMMA_BEFORE_RE if comma else WORD_BEFORE_RE).search(t, max(0, pos - 30), pos)
    return m.group("w").lower() if m else ""


def _carry_context(doc: _Doc, reads: list[Reading]) -> None:
    """What a figure takes from a parallel figure of its sentence:

    * a conversion in brackets restates the hedge and the change of the figure before it: "more than
      100 kilometers (60 miles)", "just under 296 hp (224 kW / 300 PS)";
    * a plain figure shares the unit of the figure it parallels: "from 208 pounds to 193", "increased
      by 2 percent but decrease by 1", "is 84.75 cents, while the lowest is 74.07", "280 million of the
      1.5 billion shekels", "2,435,000 YEN ($22,480) ... and 2,380,000 ($21,972)";
    * "down 2.3%, Burlington by 2.6%": an elliptical "by" repeats the change before it.
    """
    t = doc.t
    n = len(reads)
    for i in range(1, n):
        a, b = reads[i - 1], reads[i]
        if b.kind in ("date", "age") or doc.sentence_of(a.s) != doc.sentence_of(b.s):
            continue
        # --- conversions in brackets ("(224 kW / 300 PS)": back to the figure the brackets follow)
        j = i
        while j > 1 and PAREN_NEXT_RE.fullmatch(t, reads[j - 1].e, reads[j].s):
            j -= 1
        head = reads[j - 1]
        inside = PAREN_OPEN_RE.fullmatch(t, head.e, reads[j].s) and ")" not in t[head.e:b.s]
        if inside and b.unit and head.unit and b.kind in ("quantity", "money", "change") and \
                head.kind in ("quantity", "money", "change") and (head.kind == "money") == (b.kind == "money" or
                                                                          b.unit in doc.L.currency_codes):
            if head.hedge is not None and b.hedge is None:
                b.hedge = head.hedge
            if head.kind == "change" and b.kind != "change" and head.direction:
                _as_change(b, head.direction)
            continue
        # --- "down 2.3%, Burlington by 2.6%"
        if b.kind in ("percent", "quantity", "money") and b.direction is None and a.kind == "change" and \
                a.direction and a.unit == b.unit and b.unit and BY_GAP_RE.search(t, max(a.e, b.s - 40), b.s):
            b.kind, b.direction = "change", a.direction
            if a.direction == "down" and b.value is not None and b.value > 0:
                b.value = -b.value
            continue
        # --- "Exports rose 5% and imports 3%", "the Dow fell 1.2%, the S&P 500 1.5%": the verb said once
        if b.kind in ("percent", "quantity", "money") and b.direction is None and a.kind == "change" and \
                a.direction and a.unit == b.unit and b.unit and GAPPING_GAP_RE.fullmatch(t, a.e, b.s) and (
                    CHANGE_PARALLEL_END_RE.match(t, b.e) or CONJ_AFTER_RE.match(t, b.e)):
            _as_change(b, a.direction)
            continue
        # --- "GDP expanded 2.2%, up from 0.6% in the previous quarter", "prices rose 3.1%, slowing from 3.3%": the
        # change it is compared with, a change too
        if b.kind == "percent" and b.direction is None and b.unit == "percent" and not b.is_range:
            k = _figure_before(doc, reads, i)
            a2 = reads[k]
            if k >= 0 and a2.kind == "change" and a2.unit == "percent" and a2.direction and not a2.is_range and \
                    b.s - a2.e <= 80:
                gap = t[a2.e:b.s]
                for d in reads[k + 1:i]:
                    gap = gap.replace(t[d.s:d.e], "x", 1)
                if CHANGE_COMPARED_GAP_RE.fullmatch(gap) and CHANGE_PARALLEL_END_RE.match(t, b.e):
                    _as_change(b, a2.direction)
                    continue
        # --- "rose 0.4% month-on-month and 5.1% year-on-year"
        if b.kind == "percent" and b.direction is None and b.hedge is None:
            k = _figure_before(doc, reads, i)
            a2 = reads[k]
            if a2.kind == "change" and a2.direction and a2.unit == b.unit and b.s - a2.e <= 60:
                gap = t[a2.e:b.s]
                for d in reads[k + 1:i]:
                    gap = gap.replace(t[d.s:d.e], "x", 1)
                if CHANGE_PARALLEL_GAP_RE.fullmatch(gap) and CHANGE_PARALLEL_END_RE.match(t, b.e):
                    _as_change(b, a2.direction)
                    continue
        # --- "rose $2 to $85.40 a barrel", "fell 4p a litre to 150p": the change and the level it reached
        # are in one rate
        if a.kind == "change" and a.direction and b.kind in ("money", "quantity") and a.unit and b.unit and \
                not a.is_range and not b.is_range and TO_GAP_RE.fullmatch(t, a.e, b.s):
            if b.unit.startswith(a.unit + " / "):
                a.unit = b.unit
            elif a.unit.startswith(b.unit + " / ") and not PER_RE.match(t, b.e):
                b.unit = a.unit
        # --- "$15 an hour in 2025, up from $12": the earlier level is per hour too
        if b.kind == "money" and b.unit and b.value is not None and not b.is_range and " / " not in b.unit:
            k = _figure_before(doc, reads, i)
            a2 = reads[k]
            if a2.kind == "money" and (a2.unit or "").startswith(b.unit + " / ") and b.s - a2.e <= 40:
                gap = t[a2.e:b.s]
                for d in reads[k + 1:i]:
                    gap = gap.replace(t[d.s:d.e], "x", 1)
                if (RATE_FROM_GAP_RE.fullmatch(gap) or PARALLEL_GAP_RE.search(gap) and PARALLEL_END_RE.match(t, b.e)
                    and not FOR_A_AFTER_RE.match(t, b.e) and _word_before(t, a2.s) == _word_before(t, b.s) != ""
                    and a2.value and 0.5 <= abs(b.value / a2.value) <= 2) and not PER_RE.match(t, b.e) and \
                        a2.value and 0.2 <= abs(b.value / a2.value) <= 5:
                    # (of the same order: not "against $1,200 in bonuses"); "paid 162.9 cents a litre, while
                    # motorists in Edmonton paid 143.9 cents": the same verb before both
                    b.unit = a2.unit
                    continue
        # --- "280 million of the 1.5 billion shekels": the share takes the whole's unit
        if a.kind == "count" and a.unit is None and a.noun is None and not a.is_range and a.value is not None \
                and b.kind in ("money", "quantity") and b.unit and b.value is not None and \
                OF_GAP_RE.fullmatch(t, a.e, b.s) and abs(a.value) < abs(b.value):
            a.kind, a.unit = b.kind, b.unit
            continue
        worded = not _bare(b) and b.tok.form == "w" and b.kind == "count" and b.unit is None and b.noun is None \
            and not b.is_range and b.value is not None  # "from 10 years to six"
        if (_plain(b) or worded) and not b.pending and _compared_level(doc, reads, i):
            continue
        if not _bare(b) and not worded:
            continue
        # "2,435,000 YEN ($22,480) for the 5 speed manual and 2,380,000 ($21,972)": the same conversion
        # after both figures gives the second the first's currency
        c = reads[i + 1] if i + 1 < n else None
        if c is not None and not worded and c.kind == "money" and PAREN_OPEN_RE.fullmatch(t, b.e, c.s):
            for k in range(i - 1, 0, -1):
                x, y = reads[k - 1], reads[k]
                if doc.sentence_of(x.s) != doc.sentence_of(b.s):
                    break
                if y.kind == "money" and y.unit == c.unit and x.kind == "money" and x.unit != c.unit and \
                        PAREN_OPEN_RE.fullmatch(t, x.e, y.s):
                    b.kind, b.unit = "money", x.unit
                    break
            if b.kind == "money":
                continue
        # the figure it parallels: the one before it, looking past dates ("-1.4 degree ... in 2018 and 2.1")
        k = _figure_before(doc, reads, i)
        a = reads[k]
        if worded and a.kind != "duration":
            continue
        if a.kind == "age" and not a.is_range and AGE_PARALLEL_GAP_RE.fullmatch(t, a.e, b.s):
            b.kind, b.unit = "age", a.unit  # "the voting age was lowered to 16 from 18"
            continue
        pp = PREP_PARALLEL_GAP_RE.fullmatch(t, a.e, b.s) if a.unit and not a.is_range and a.kind in (
            "quantity", "money", "percent", "change", "age", "duration") else None
        if pp and t[b.e:b.e + len(pp.group("p")) + 2].lower() == " " + pp.group("p").lower() + " " and not (
                a.kind == "money" and _across_places(t, pp.end("p"), b)):
            b.unit = a.unit
            if a.kind == "change":
                _as_change(b, a.direction)
            else:
                b.kind = a.kind
            if a.tok.scale > 1 and a.value and b.value and 0.1 <= abs(b.value) / abs(a.value / a.tok.scale) <= 10:
                b.value = N.clean_float(b.value * a.tok.scale)  # "$4bn in London and 3 in Paris": 3bn too
                b.tok.scale = a.tok.scale
            continue
        if not a.unit or a.kind not in ("quantity", "money", "percent", "change", "duration"):
            continue
        gap = t[a.e:b.s]
        if a.kind == "duration" and (b.pending or not TO_GAP_RE.fullmatch(gap)):
            continue  # a duration lends its unit only across "from 10 years to six"
        bare_gap = gap
        for d in reads[k + 1:i]:  # the dates in between are no other figures
            bare_gap = bare_gap.replace(t[d.s:d.e], " ", 1)
        if len(gap) > 80 or any(ch.isdigit() for ch in bare_gap):
            continue
        unit, kind = a.unit, ("percent" if a.kind == "change" and a.unit == "percent" else a.kind)
        if a.kind == "change" and a.unit != "percent":
            kind = "money" if a.unit in doc.L.currency_codes else "quantity"
        took = False
        if b.pending:
            if a.kind == "change":  # "increased by 2 percent but decrease by 1"
                b.unit = unit
                _as_change(b, b.pending)
        elif TO_GAP_RE.fullmatch(gap):
            fb = FROM_BEFORE_RE.search(t, max(0, a.s - 30), a.s)
            if a.kind != "change" and fb and fb.end() == a.s and fb.group("w").lower() == "from":
                took = True  # "from 208 pounds to 193", "from 21 mpg combined to 23"
            elif a.kind == "change" and a.unit != "percent" and not a.is_range:
                took = True  # "fell by 0.4 years to 76.4", "lost 15 pounds to 193": the level reached
                if a.unit in TIME_UNITS:
                    kind = "duration"
        elif PARALLEL_GAP_RE.search(gap) and PARALLEL_END_RE.match(t, b.e) and a.kind != "change" and \
                not COUNT_CLAUSE_RE.search(gap) and (
                TIME_PHRASE_AFTER_RE.match(t, b.e) or _word_before(t, a.s) == _word_before(t, b.s) != ""):
            # the same verb before both ("is 84.75 cents, while the lowest is 74.07") or a time after the
            # second ("-1.4 degree ... in 2018 and 2.1 last year"); not "weighs 1,500 kg, while it carries 20"
            took = True
        if took:
            b.kind, b.unit = kind, unit
            if a.tok.scale > 1 and a.value and 0.1 <= abs(b.value) / abs(a.value / a.tok.scale) <= 10:
                b.value = N.clean_float(b.value * a.tok.scale)  # "$50bn in 2021 and 62 in 2022": 62bn too
                b.tok.scale = a.tok.scale


FUTURE_WORDS_RE = regex.compile(r"(?<!\p{L})(?:will|shall|expects?+|expected|forecasts?+|forecast(?:ing|ed)|projected"
                             r"|due|guidance|outlook|plans?+|'ll|’ll)(?!\p{L})", regex.IGNORECASE)
CURRENCY_CARRY_SENTENCES = 2  # how many sentences back a bare amount looks for the currency it is in
# money talk around a bare amount ("Pre-tax profit was 310m"), wider than MONEY_WORDS_RE
AMOUNT_WORDS_RE = regex.compile(
    r"(?<!\p{L})(?:" + _MONEY_TALK + r"|surplus|borrow\p{L}*+|lend\p{L}*+|repay\p{L}*+|expenditure|capex|ebitda|fee"
    r"|fees|bill|deal|contract|transfer|assets|reserves|cash|subsidy|subsidies|grant|exports|imports|gdp|trade|value"
    r"|resold|rents?+|bail|fines|penalty|penalties|compensation|damages|settlement|bailout|aid|loans?+|savings"
    r"|wealth|fortune|earned|made|won|cost"
    r"|market\s++cap\p{L}*+)(?!\p{L})", regex.IGNORECASE)


# the word before an amount in plain units that says it is the money talked of ("repay 450,000", "sold for
# 610,000", "rose 10.6% to 1,190"), and words that say a figure is an index level or a score instead
PLAIN_AMOUNT_WORD_BEFORE = frozenset(
    "for at to of repay repaid repaying pay paid paying cost costs costing was were is are totalled totaled "
    "totalling totaling reached worth".split())
MORE_OF_THE_SAME_BEFORE = PLAIN_AMOUNT_WORD_BEFORE | frozenset(
    "that further another additional extra some record remaining rest".split())
INDEX_WORDS_RE = regex.compile(r"(?<!\p{L})(?:points?|index|indices|ftse|dow|nasdaq|s&p|nikkei|dax|cac|hang\s++seng"
                               r"|sensex|nifty|kospi|asx|score[sd]?|votes?|rating)(?!\p{L})", regex.IGNORECASE)


def _carry_currency(doc: _Doc, reads: list[Reading]) -> None:
    """ "Sales rose to £4.2bn. Pre-tax profit was 310m, up from 275m": a bare amount in millions or billions,
    in a sentence about money, is in the currency of the last amount named in its sentence or the two before
    it (not "310 metres", nor "1.8 billion" plain). A bare amount in plain units ("It must repay 450,000",
    "It was resold for 610,000") takes it only after a word that makes it the amount talked of, within a
    hundredfold of that amount, and not in talk of index points ("The FTSE 100 fell 30 points to 7,500")."""
    t, last = doc.t, None  # (currency code, sentence index, value)
    for r in reads:
        si = doc.sentence_index(r.s)
        if r.kind == "money" and r.unit in doc.L.currency_codes:
            if t[max(0, r.s - 2):r.s].strip() != "(":  # not a conversion in brackets: "2.2bn shekels ($590m)"
                last = (r.unit, si, r.value, r.e)
            continue
        if last is None or si - last[1] > CURRENCY_CARRY_SENTENCES or r.hedge is not None and r.value is None:
            continue
        glued_m = bool(_glued_m(t, r))
        scaled = r.kind == "count" and r.unit is None and r.noun is None and r.tok.scale >= 1e6
        v = r.value * 1e6 if glued_m and r.value is not None else r.value
        near = bool(last[2]) and v is not None and 0.01 <= abs(v) / abs(last[2]) <= 100
        plain = (not scaled and _bare(r) and r.value >= 100 and near
                 and _word_before(t, r.s) in PLAIN_AMOUNT_WORD_BEFORE and not doc.sentence_has(INDEX_WORDS_RE, r.s)
                 and _no_noun_after(doc.L, t, r.e) and not MORE_AFTER_RE.match(t, r.e)  # not "for 150 Boeing jets"
                 # not "..., while the number of homes sold fell by 11 per cent to 23,512"
                 and not (si == last[1] and COUNT_CLAUSE_RE.search(t, last[3], r.s)))
        if not (glued_m or scaled or plain) or glued_m and doc.sentence_has(LENGTH_WORDS_RE, r.s):
            continue
        if not doc.sentence_has(AMOUNT_WORDS_RE, r.s) and not (
                (scaled or glued_m) and near and si - last[1] <= 1 and _word_before(t, r.tok.s, comma=True)
                in MORE_OF_THE_SAME_BEFORE):
            continue  # "Of that, 4.95 billion will go to ...", "a further 30m", "the previous record of 746 million"
        if glued_m:  # "310m": millions, not metres
            _as_millions(r)
        r.kind, r.unit = "money", last[0]


# a clause about a count after an amount of money: "while the number of homes sold fell to 23,512", "and
# listings fell to 1,096" (a plain figure there counts what it names; it is no amount)
COUNT_CLAUSE_RE = regex.compile(
    r"(?:[,;](?:\s++(?:while|whereas|but|and))?+|\s(?:while|whereas|but|and))\s++(?:the\s++)?+"
    r"(?:number|numbers|count|total\s++number|listings|"
    r"transactions|sales\s++volumes?+|volumes?+|visitors|passengers|customers|homes|properties|units|jobs|staff"
    r"|applications|arrivals)(?!\p{L})", regex.IGNORECASE)
CENTS_OF = {"EUR": "euro_cent"}  # "cent" alone is the US cent (currencies.csv); these are other currencies' cents


DOLLAR_CODES = frozenset({"USD", "CAD", "AUD", "NZD", "HKD", "SGD", "TWD", "JMD", "TTD", "BSD", "BBD", "FJD",
                          "NAD", "LRD", "ZWL", "BND", "XCD"})
BARE_DOLLAR_RE = regex.compile(r"(?<![\p{L}$])\$(?!\s*+[A-Z])")  # "$500", not "C$500", "US$5", "$C5"
DOLLAR_CARRY_SENTENCES = 3


# the currency a clause quotes ("The euro rose 0.3% to $1.0850", "sterling was last at $1.2490", "the dollar slid
# to 0.8915 francs"): the nearest currency named before the rate, as the subject of its clause
FX_BASE_BEFORE_RE = regex.compile(
    r"(?r)(?<!\p{L})(?:(?i:the)\s++(?:(?P<adj>Canadian|Australian|New\s++Zealand|Swiss|U\.S\.|US|Hong\s++Kong"
    r"|Singapore|Taiwan|Indian|Japanese|Chinese|South\s++African|Mexican|Brazilian|Turkish|Russian)\s++)?+"
    r"(?P<w>euro|dollar|pound|yen|yuan|renminbi|rupee|rouble|ruble|franc|won|lira|peso|real|rand|zloty|forint"
    r"|krona|krone|greenback|loonie|ringgit|rupiah|baht|shekel|naira)|(?P<w>[Ss]terling))"
    r"(?!\p{L}|\s++(?:zone|area|bloc|bonds?+|coins?+|notes?+|stores?+|shops?+|sign|symbol|index|trade))")
FX_QUOTE_GAP_RE = regex.compile(r"[^\d$€£¥;:]{1,60}+(?:\d++(?:\.\d++)?+\s*+%[^\d$€£¥;:]{1,40}+)?+")
# between the currency and the rate, another clause or another thing priced ("The euro fell 1%, while Apple
# shares rose to $150.25")
FX_GAP_BREAK_RE = regex.compile(
    r"(?<!\p{L})(?:while|whereas|but|and|shares?|stocks?|prices?|index|oil|crude|gold|silver|bitcoin|costs?|bonds?"
    r"|yields?|futures)(?!\p{L})", regex.IGNORECASE)
FX_BASE_WORDS = {"greenback": "USD", "loonie": "CAD", "sterling": "GBP"}


def _currency_word(L, w: str, adj: str | None = None):
    """The currency the lower-cased word ``w`` names, singular or plural ("franc", "francs"); after the adjective
    ``adj`` where one is given ("swiss franc", "pakistani rupees"). None if it names none."""
    if adj:
        return L.cur_suffix_ci.get(f"{adj} {w}") or L.cur_suffix_ci.get(f"{adj} {w}s")
    return L.cur_suffix_ci.get(w) or L.cur_suffix_ci.get(w[:-1]) or L.cur_suffix_ci.get(w + "s")


def _fx_quotes(doc: _Doc, reads: list[Reading]) -> None:
    """ "The euro rose 0.3% to $1.0850", "sterling gained to $1.2490", "the dollar slid 0.6% to 0.8915 francs":
    a price of a few units to two or more decimals, quoted in the clause of another currency, is an exchange
    rate (USD / EUR, USD / GBP, CHF / USD)."""
    t, L = doc.t, doc.L
    for r in reads:
        if r.kind != "money" or r.is_range or not r.unit or " / " in r.unit or r.value is None or \
                not 0 < r.value < 1000 or r.tok.value != r.value or r.tok.precision > 0.005:
            continue
        ss, _ = doc.sentence_of(r.s)
        m = FX_BASE_BEFORE_RE.search(t, max(ss, r.s - 110), r.s)
        if m is None or not FX_QUOTE_GAP_RE.fullmatch(t, m.end(), r.s) or FX_GAP_BREAK_RE.search(t, m.end(), r.s):
            continue
        w = m.group("w").lower()
        adj = " ".join(m.group("adj").split()) if m.group("adj") else None
        base = FX_BASE_WORDS.get(w)
        if base is None:
            c = (adj and _currency_word(L, w, adj.lower())) or _currency_word(L, w)
            if c is None:
                continue
            base = doc.local_currency(c, m.start("w")) if c.surface in L.currency_context and not adj else c.code
        if base and base != r.unit:
            r.unit = f"{r.unit} / {base}"


def _dollars_of_the_article(doc: _Doc, reads: list[Reading]) -> None:
    """ "The average price was C$686,371. The benchmark rose to $739,900": a bare "$" after an amount in
    another country's dollars (C$, A$, NZ$, "Canadian dollars"), in its sentence or the three before, is in
    those dollars too, until an amount in US dollars is named."""
    t, last = doc.t, None  # (code, sentence index)
    for r in reads:
        if r.kind not in ("money", "change") or not r.unit:
            continue
        head = r.unit.split(" / ")[0]
        if head not in DOLLAR_CODES:
            continue
        si = doc.sentence_index(r.s)
        bare = head == "USD" and BARE_DOLLAR_RE.search(t, r.s, r.e) is not None and "US" not in t[r.s:r.e]
        if not bare:
            last = (head, si)  # "C$686,371", "4 billion Canadian dollars", "US$5bn" (back to US dollars)
        elif last is not None and last[0] != "USD" and si - last[1] <= DOLLAR_CARRY_SENTENCES and \
                "(" not in t[max(0, r.s - 2):r.s]:  # "C$1,250 ($990)": a conversion to US dollars
            r.unit = last[0] + r.unit[len(head):]
        elif (last is None or si - last[1] > DOLLAR_CARRY_SENTENCES) and "(" not in t[max(0, r.s - 2):r.s] and \
                r.unit.split(" / ")[-1] not in WORLD_PRICED_IN_USD and (home := _home_dollar(doc)) is not None:
            # (oil, gold and grain are priced in US dollars everywhere: "the discount hit $52 a barrel" in Alberta)
            r.unit = home + r.unit[len(head):]  # "Mr Albanese said it would save a family $1,700 a year"


WORLD_PRICED_IN_USD = frozenset({"barrel", "ounce", "troy_ounce", "MMBtu", "bushel", "metric_ton", "pound", "gallon"})


def _home_dollar(doc: _Doc) -> str | None:
    """The dollar a bare "$" is in, where the article names places of exactly one country with dollars of its
    own (Australia, Canada, New Zealand, Singapore, Hong Kong) and nothing of the United States: an AAP story
    quoting Mr Albanese writes "$" for Australian dollars. None otherwise (the US dollar)."""
    if "memo_home" not in doc.memo:
        homes = [code for code, cue in doc.L.home_dollars if cue.search(doc.t)]  # (home_dollars.csv)
        doc.memo["memo_home"] = homes[0] if len(homes) == 1 and homes[0] != "USD" else None
    return doc.memo["memo_home"]


COMMODITY_WORDS_RE = regex.compile(r"(?<!\p{L})(?:crude|oil|brent|wti|gold|silver|platinum|palladium|bullion"
                                   r"|petrol|diesel|gasoline)(?!\p{L})", regex.IGNORECASE)
COMMODITY_DENOMINATORS = frozenset({"barrel", "ounce", "troy_ounce", "gallon", "liter"})


def _rates_of_commodity_prices(doc: _Doc, reads: list[Reading]) -> None:
    """ "Brent was down $1.32 at $78.01 a barrel. WTI fell $1.18, or 1.5%, to $75.60": in talk of a commodity,
    a price in the currency of the last price per barrel (ounce, gallon, litre), in its sentence or the one
    before, and of the same order (a fifth to five times it, or a change of at most half of it), is per barrel
    too."""
    # forward (a sentence on), then back within a sentence ("down $1.32, or 1.7%, at $78.01 a barrel")
    for order, reach in ((reads, 1), (reads[::-1], 0)):
        last = None  # (currency, full unit, value, sentence index)
        for r in order:
            if r.kind not in ("money", "change") or not r.unit or r.is_range or r.value is None:
                continue
            parts = r.unit.split(" / ")
            si = doc.sentence_index(r.s)
            if len(parts) == 2 and parts[1] in COMMODITY_DENOMINATORS and parts[0] in doc.L.currency_codes:
                last = (parts[0], r.unit, abs(r.value), si)
                continue
            if last is None or len(parts) != 1 or parts[0] != last[0] or abs(si - last[3]) > reach or \
                    not last[2] or not doc.sentence_has(COMMODITY_WORDS_RE, r.s):
                continue
            ratio = abs(r.value) / last[2]
            if (0.2 <= ratio <= 5) if r.kind == "money" else (ratio <= 0.5):
                r.unit = last[1]
            elif last[1].endswith("ounce") and r.kind == "money" and 1 <= abs(r.value) <= 10_000 and \
                    METAL_BEFORE_RE.search(doc.t, max(doc.sentence_of(r.s)[0], r.s - 50), r.s):
                r.unit = last[1]  # "silver rose to $25.41 an ounce and platinum added 0.5% to $1,072.10"


METAL_BEFORE_RE = regex.compile(r"(?r)(?<!\p{L})(?:gold|silver|platinum|palladium|bullion)(?!\p{L})[^$€£;]{0,40}?\Z",
                                regex.IGNORECASE)


def _cents_of_the_currency(doc: _Doc, reads: list[Reading]) -> None:
    """ "Diesel costs 1.52 euros a litre, up 8 cents": cents after an amount in euros, in its sentence or the
    one after, are euro cents (not US cents)."""
    last = None  # (currency code, sentence index)
    for i, r in enumerate(reads):
        if r.kind not in ("money", "change") or not r.unit:
            continue
        head = r.unit.split(" / ")[0]
        si = doc.sentence_index(r.s)
        if head in doc.L.currency_codes and head != "cent":
            last = (head, si)
        elif head == "cent":
            code = last[0] if last is not None and si - last[1] <= 1 else None
            if code is None:  # "Siemens rose 30 cents to €150": the amount after it in its sentence
                _, se = doc.sentence_of(r.s)
                for k in range(i + 1, min(len(reads), i + 6)):  # (a few figures on: run-on text stays linear)
                    q = reads[k]
                    if q.s >= se:
                        break
                    if q.kind in ("money", "change") and q.unit and q.unit.split(" / ")[0] != "cent":
                        code = q.unit.split(" / ")[0]
                        break
            if code in CENTS_OF:
                r.unit = CENTS_OF[code] + r.unit[len("cent"):]


def _glued_m(t: str, r: Reading) -> float:
    """1e6 where ``r`` is a length in metres written with a glued "m" ("310m"), which may be millions; else 0."""
    return 1e6 if r.kind == "quantity" and r.unit == "meter" and t[r.tok.e:r.e] == "m" and not r.is_range else 0.0


def _as_millions(r: Reading) -> None:
    """Read the "m" of "310m" as millions: a plain figure, scaled, with no unit (its currency is set after)."""
    r.value = N.clean_float(r.value * 1e6) if r.value is not None else None
    r.low = N.clean_float(r.low * 1e6) if r.low is not None else None
    r.high = N.clean_float(r.high * 1e6) if r.high is not None else None
    r.tok.scale = 1e6
    r.kind, r.unit = "count", None


def _period(m, y0: int, m0: int, y1: int, m1: int) -> tuple[int, int, dict]:
    """The period a phrase (match ``m``) names, from the first day of month ``m0`` of ``y0`` to the last of ``m1``
    of ``y1``."""
    return _period_span(m.start(), m.end(), m.group(), y0, m0, y1, m1)


def _period_span(s: int, e: int, text: str, y0: int, m0: int, y1: int, m1: int) -> tuple[int, int, dict]:
    """The period the words ``text`` at ``s``-``e`` name (see _period)."""
    end = dt.date(y1 + (m1 == 12), m1 % 12 + 1, 1) - dt.timedelta(days=1)
    return s, e, {"start": f"{y0:04d}-{m0:02d}-01", "end": end.isoformat(), "text": text}


def _quarter_or_half(m, y: int, half: bool, k: int) -> tuple[int, int, dict]:
    """The ``k``-th quarter (or half) of year ``y``."""
    span = 6 if half else 3
    return _period(m, y, span * (k - 1) + 1, y, span * k)


def _periods(doc: _Doc) -> list[tuple[int, int, dict]]:
    """Period phrases ('in the first 7 months of 2022') that qualify the claims of their sentence."""
    out = []
    for m in _hinted(doc, PERIOD_HINT_RE, PERIOD_RE, 48, 8):
        if m.group("n"):  # "in the first 7 months of 2022"
            n = m.group("n")
            months, y = int(n) if n.isdigit() else N.ONES.get(n.lower(), 0), int(m.group("y"))
            if 1 <= months <= 12 and m.group("fl").lower() == "first":
                out.append(_period(m, y, 1, y, months))
            elif 1 <= months <= 12:  # "in the last three months of 2022": October to December
                out.append(_period(m, y, 13 - months, y, 12))
        else:  # "the third quarter of 2022", "the first half of 2023", "the final quarter of 2021"
            half = m.group("h").lower() == "half"
            k = PERIOD_ORDINALS.get(m.group("o").lower(), 2 if half else 4)  # "the final quarter", "the last half"
            if not (half and k > 2):
                out.append(_quarter_or_half(m, int(m.group("y2")), half, k))
    if _PERIOD_CODE_HINT.search(doc.t):  # "Q3 2022", "2023 H1"
        for m in PERIOD_CODE_RE.finditer(doc.t, timeout=TIMEOUT):
            q = m.group("q") or m.group("q2")
            out.append(_quarter_or_half(m, int(m.group("y3") or m.group("y4")), q[0] == "H", int(q[1])))
    if _PERIOD_TO_HINT.search(doc.t):  # "in the three months to June 2022", "the year to March 2023"
        for m in PERIOD_TO_RE.finditer(doc.t, timeout=TIMEOUT):
            n2 = m.group("n2")
            months = 12 if m.group("yr") else 3 if m.group("qtr") else int(n2) if n2.isdigit() else {
                **N.ONES, "twelve": 12, "fifty-two": 52, "fifty-three": 53}.get(n2.lower(), 0)
            weeks = months if (m.group("wk") or "").lower() == "weeks" else 0
            mo = MONTHS[m.group("mo").lower()]
            day = int(m.group("d") or m.group("d2") or 0)
            if m.group("y5"):
                y = int(m.group("y5"))
            elif doc.date is not None:  # "in the three months to June": the last June gone before the article,
                d = doc.date            # or the next to come where the sentence looks ahead ("is expected to"):
                # the verb before says ("grew 22% ..., faster than expected")
                if _period_looks_ahead(doc, m.start()):
                    y = d.year if mo >= d.month else d.year + 1
                else:
                    y = d.year if mo < d.month else d.year - 1
            else:
                continue  # no year to be had: its figures stay claims of their own
            if day:  # "the 52 weeks to 25 February", "the six months to 30 September": to a day
                try:
                    end = dt.date(y, mo, day)
                except ValueError:
                    continue
                if weeks and 1 <= weeks <= 106:
                    start = end - dt.timedelta(weeks=weeks) + dt.timedelta(days=1)
                elif not weeks and 1 <= months <= 24:
                    k = y * 12 + mo - 1 - months  # the month the period starts after
                    if (end + dt.timedelta(days=1)).day == 1:  # to a month's end ("30 September"): whole months
                        start = dt.date((k + 1) // 12, (k + 1) % 12 + 1, 1)
                    else:  # "the year to 25 February": from the day after the same day a year before
                        start = dt.date(k // 12, k % 12 + 1, min(day, 28)) + dt.timedelta(days=1)
                else:
                    continue
                out.append((m.start(), m.end(), {"start": start.isoformat(), "end": end.isoformat(),
                                                 "text": m.group()}))
            elif not weeks and 1 <= months <= 24:
                k = y * 12 + mo - months  # the first month of the period, counted from January of year 0
                out.append(_period(m, k // 12, k % 12 + 1, y, mo))
    if _PERIOD_YEARS_TO_HINT.search(doc.t):
        for m in PERIOD_YEARS_TO_RE.finditer(doc.t, timeout=TIMEOUT):
            n = 10 if m.group("dec") else int(m.group("n")) if m.group("n").isdigit() else {
                **N.ONES, "twenty": 20, "thirty": 30}.get(m.group("n").lower(), 0)
            y = int(m.group("y"))
            if 1 <= n <= 50:
                out.append((m.start(), m.end(), {"start": f"{y - n + 1:04d}-01-01", "end": f"{y:04d}-12-31",
                                                 "text": m.group()}))
    if doc.date is not None and (" of the year" in doc.low or " of this year" in doc.low or
                                 " of last year" in doc.low):
        for m in PERIOD_OF_YEAR_RE.finditer(doc.t, timeout=TIMEOUT):  # "in the first three months of the year"
            if m.group("n"):
                n = m.group("n")
                first, months = 1, int(n) if n.isdigit() else N.ONES.get(n.lower(), 0)
            else:  # "the first half of last year", "the third quarter of this year"
                half = m.group("h").lower() == "half"
                k = PERIOD_ORDINALS.get(m.group("o").lower(), 2 if half else 4)
                span = 6 if half else 3
                first, months = span * (k - 1) + 1, span * k
            if not 1 <= months <= 12 or first > months:
                continue
            w = m.group("w").lower()
            y = doc.date.year - (w == "last") if w != "the" else _year_of_a_period_gone(doc, m, months)
            out.append(_period(m, y, first, y, months))
    if "quarter" in doc.low or "half" in doc.low or _PERIOD_CODE_HINT.search(doc.t):
        named = sorted(out, key=lambda p: p[1])
        ends = [p[1] for p in named]
        named_q = sorted((p for p in out if _is_a_quarter(p[2])), key=lambda p: p[0])
        named_q_starts, last_q = [p[0] for p in named_q], None
        for m in _hinted(doc, PERIOD_NO_YEAR_HINT_RE, PERIOD_NO_YEAR_RE, 40, 80):
            if m.group("anaq"):  # "in the quarter": the last quarter named up to three sentences before
                k = bisect_right(named_q_starts, m.start())
                prev = [p for p in (named_q[k - 1] if k else None, last_q) if p is not None and p[0] < m.start()]
                if prev:
                    last = max(prev, key=lambda p: p[0])
                    if doc.sentence_index(m.start()) - doc.sentence_index(last[0]) <= PERIOD_YEAR_CARRY_SENTENCES:
                        out.append((m.start(), m.end(), {**last[2], "text": m.group()}))
                continue
            j = bisect_right(ends, m.start())  # the named periods ending before it
            si = doc.sentence_index(m.start())
            carried = j and si - doc.sentence_index(named[j - 1][0]) <= PERIOD_YEAR_CARRY_SENTENCES
            rq = m.group("rq") or (m.group("o") if not carried and m.group("o") and m.group("o").lower() == "last"
                                   and (m.group("h") or "").lower() == "quarter"
                                   and not doc.sentence_has(A_YEAR_RE, m.start()) else None)
            # ("3% in the last quarter" after "5% in 2022" is the fourth quarter of 2022)
            if rq:  # "last quarter", "in the last quarter": the one before the article's quarter, in talk of money
                if doc.date is not None and _business_talk(doc, m.start()):
                    i = doc.date.year * 4 + (doc.date.month - 1) // 3 + {"last": -1, "this": 0, "next": 1}.get(
                        rq.lower(), -1)  # ("the latest quarter", "the most recent quarter": the last gone)
                    out.append(_quarter_or_half(m, i // 4, False, i % 4 + 1))
                    last_q = out[-1]
                continue
            q = m.group("q")
            if m.group("qm"):
                half, k = False, MONTHS[m.group("qm").lower()] // 3
            else:
                half = q[0] == "H" if q else m.group("h").lower() == "half"
                k = int(q[1]) if q else PERIOD_ORDINALS.get(m.group("o").lower(), 2 if half else 4)
            if half and k > 2:
                continue
            if carried:
                out.append(_quarter_or_half(m, int(named[j - 1][2]["end"][:4]), half, k))
            elif doc.date is not None and _business_talk(doc, m.start()):
                # "operating profit plunged 95% in the first quarter": in talk of money or the economy, the
                # last such quarter gone before the article (the next to come where the clause looks ahead)
                out.append(_quarter_or_half(m, _year_of_a_period_gone(doc, m, (6 if half else 3) * k), half, k))
            else:
                continue
            if not half:
                last_q = out[-1]
    return out


# figures of business or statistics in a sentence ("shipped 60 million phones", "rates fell 38%"), and words of a game
BUSINESS_FIGURE_RE = regex.compile(r"%|(?<!\p{L})(?:per\s++cent|percent|million|billion|bn|trillion)(?!\p{L})|[$€£¥]",
                                   regex.IGNORECASE)
GAME_WORDS_RE = regex.compile(r"(?<!\p{L})(?:(?<!percentage\s)(?<!basis\s)points?|scored|scoring|touchdowns?|goals?"
                              r"|quarterback|rebounds|yards|innings|halftime|half-time|trailed|trailing|game|match)"
                              r"(?!\p{L})", regex.IGNORECASE)


A_YEAR_RE = regex.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d.,]\d|\d)")


def _business_talk(doc: _Doc, at: int) -> bool:
    """Whether the sentence at ``at`` speaks of money, the economy or business figures ("Samsung shipped about 60.6
    million smartphones in the first quarter"), not of a game ("scored 10 points in the first quarter")."""
    return doc.sentence_has(AMOUNT_WORDS_RE, at) or doc.sentence_has(ECONOMY_WORDS_RE, at) or (
        doc.sentence_has(BUSINESS_FIGURE_RE, at) and not doc.sentence_has(GAME_WORDS_RE, at))


def _is_a_quarter(p: dict) -> bool:
    """Whether period ``p`` is three whole months ("2023-01-01" to "2023-03-31")."""
    y0, m0, y1, m1 = int(p["start"][:4]), int(p["start"][5:7]), int(p["end"][:4]), int(p["end"][5:7])
    return p["start"][8:] == "01" and (y1 * 12 + m1) - (y0 * 12 + m0) == 2


def _year_of_a_period_gone(doc: _Doc, m, last_month: int) -> int:
    """The year of a period of a year that ends with month ``last_month`` ("the first quarter": 3), said with
    no year: the last one ended before the article's date, or, where the clause before it looks ahead ("is
    expected to ... in the fourth quarter"), the next to end."""
    d = doc.date
    if _period_looks_ahead(doc, m.start()):
        return d.year if last_month >= d.month else d.year + 1
    return d.year if last_month < d.month else d.year - 1


def _period_looks_ahead(doc: _Doc, at: int) -> bool:
    """Whether the clause before a period named at ``at`` with no year looks ahead: its last verb is in the
    future ("is expected to grow ... in the fourth quarter"), or a forecast is spoken of after it ("shares
    jumped after it forecast second-quarter revenue of $11 billion"); with no verb, whether the sentence speaks
    of the future."""
    ss, _ = doc.sentence_of(at)
    lo = max(ss, at - 80)
    tm = TENSE_BEFORE_RE.search(doc.t, lo, at)
    if FORECAST_BEFORE_RE.search(doc.t, tm.start() if tm is not None else lo, at):
        return True
    return bool(tm.group("fut")) if tm is not None else doc.sentence_has(FUTURE_WORDS_RE, at)


FORECAST_BEFORE_RE = regex.compile(
    r"(?r)(?<!\p{L})(?:forecast(?:s|ed|ing)?+|project(?:s|ed|ing|ions?+)|guid(?:ed|es|ing|ance)|outlook"
    r"|predict(?:s|ed|ing|ions?+)?+"
    r"|expects?+)(?!\p{L})", regex.IGNORECASE)


# the first month of each meteorological season, in the north (Australia and New Zealand: the south)
SEASON_FIRST_MONTH = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
SOUTHERN_SEASON_FIRST_MONTH = {"autumn": 3, "fall": 3, "winter": 6, "spring": 9, "summer": 12}


def _season(d: dt.date, rel: str, season: str, southern: bool = False) -> str:
    """ "last summer": the last such season ended before ``d``; "this summer" the one under way or to come;
    "next summer" the one after it. An ISO interval of months ("2022-06/2022-08")."""
    m0 = (SOUTHERN_SEASON_FIRST_MONTH if southern else SEASON_FIRST_MONTH)[season]
    now = d.year * 12 + d.month - 1
    first = (d.year - 1) * 12 + m0 - 1  # a start before the date; step forward to the first that has not ended
    while first + 2 < now:
        first += 12
    k = first - 12 if rel == "last" else first + 12 if rel == "next" else first
    return f"{k // 12:04d}-{k % 12 + 1:02d}/{(k + 2) // 12:04d}-{(k + 2) % 12 + 1:02d}"


def _more_relative_dates(doc: _Doc) -> list[Reading]:
    """'last Tuesday', 'next Friday', 'yesterday', 'tomorrow', 'the 19th century'."""
    out = []
    d = doc.date
    if len(doc.low) == len(doc.t):  # (lower-casing kept every offset)
        hits, end = [], -1
        for h in MORE_RELATIVE_HINT_RE.finditer(doc.low):
            m = MORE_RELATIVE_DATE_RE.search(doc.t, max(0, h.start() - 16), h.end() + 12)
            if m is not None and m.start() >= end:
                hits.append(m)
                end = m.end()
    else:
        hits = list(MORE_RELATIVE_DATE_RE.finditer(doc.t, timeout=TIMEOUT))
    for m in hits:
        val = None
        if m.group("rwd"):  # "last Tuesday": the one before the article's day; "next Friday" the one after
            s = m.start()
            if d is not None:
                delta = WEEKDAYS[m.group("wd2").lower()] - d.weekday()
                rel = m.group("rwd").lower()
                delta = -((-delta) % 7 or 7) if rel == "last" else (delta % 7 or 7) if rel == "next" else delta
                val = (d + dt.timedelta(days=delta)).isoformat()
            out.append(Reading(Tok(s, m.end(), None, 0, "r"), s, m.end(), "date", None, date_value=val))
        elif m.group("season"):
            s = m.start()
            if d is not None:
                val = _season(d, m.group("rs").lower(), m.group("season").lower(),
                              southern=_home_dollar(doc) in ("AUD", "NZD"))
            out.append(Reading(Tok(s, m.end(), None, 0, "r"), s, m.end(), "date", None, date_value=val))
        elif m.group("yt"):
            s = m.start()
            if d is not None:
                val = (d + dt.timedelta(days={"yesterday": -1, "tomorrow": 1}.get(m.group("yt").lower(), 0))).isoformat()
            out.append(Reading(Tok(s, m.end(), None, 0, "r"), s, m.end(), "date", None, date_value=val))
        elif m.group("cent") or m.group("centw"):  # "the 19th century": 1801 to 1900, as an ISO interval
            s = m.start()
            n = int(m.group("cent")) if m.group("cent") else {"eighteenth": 18, "nineteenth": 19, "twentieth": 20,
                                                               "twenty-first": 21}[m.group("centw").lower()]
            val = f"{(n - 1) * 100 + 1:04d}/{n * 100:04d}"
            out.append(Reading(Tok(s, m.end(), None, 0, "r"), s, m.end(), "date", None, date_value=val))
        elif m.group("fy"):
            y = int(m.group("fy"))
            y = y if y >= 100 else 2000 + y if y < 70 else 1900 + y
            val = f"{y:04d}"
            if m.group("fy2"):  # "FY2023-24": the two years it spans
                y2 = int(m.group("fy2"))
                y2 = y2 if y2 >= 100 else y // 100 * 100 + y2
                val = f"{y:04d}/{y2:04d}" if y2 == y + 1 else val
            out.append(Reading(Tok(m.start(), m.end(), None, 0, "r"), m.start(), m.end(), "date", None,
                               date_value=val))
        elif m.group("turn"):
            val = f"{d.year // 100 * 100:04d}" if d is not None and m.group("turn").lower() == "century" else (
                f"{d.year // 1000 * 1000:04d}" if d is not None else None)
            out.append(Reading(Tok(m.start(), m.end(), None, 0, "r"), m.start(), m.end(), "date", None,
                               date_value=val))
    return out


def _relative_dates(doc: _Doc) -> list[Reading]:
    """'last week', 'on Monday', 'in February' -> date claims resolved against the article date."""
    out = []
    d = doc.date
    out.extend(_more_relative_dates(doc))
    for m in _hinted(doc, RELATIVE_DATE_HINT_RE, RELATIVE_DATE_RE, 64, 40):
        val = None
        if m.group("rel"):
            if m.group("rel").lower() == "this" and m.group("u").lower() != "year" and not \
                    FIGURE_JUST_BEFORE_RE.search(doc.t, max(0, m.start() - 24), m.start()):
                continue  # "a trip this week", "earlier this month": said of plans and news, seldom checkable
                # (but "oil has lost 6% this week" is the time of a figure)
            if doc.low[max(0, m.start() - 4):m.start()] == "the " and SPAN_THE_BEFORE_RE.search(
                    doc.t, max(0, m.start() - 16), m.start()):
                continue  # "over the last year", "over the next year": a span from now, no calendar year
            s = m.start()
            if d is not None:
                off = {"last": -1, "next": 1, "this": 0}[m.group("rel").lower()]
                u = m.group("u").lower()
                if u == "year":
                    val = f"{d.year + off:04d}"
                elif u == "decade":  # "in the next decade": the ten years after this one; "the last decade" the
                    # ten before it (ISO intervals)
                    val = f"{d.year + 1:04d}/{d.year + 10:04d}" if off == 1 else \
                        f"{d.year - 10:04d}/{d.year - 1:04d}" if off == -1 else None
                elif u == "month":
                    mo = d.month + off
                    y = d.year + (mo - 1) // 12
                    val = f"{y:04d}-{(mo - 1) % 12 + 1:02d}"
                else:
                    monday = d - dt.timedelta(days=d.weekday()) + dt.timedelta(weeks=off)
                    iso = monday.isocalendar()
                    val = f"{iso[0]:04d}-W{iso[1]:02d}"
            out.append(Reading(Tok(s, m.end(), None, 0, "r"), s, m.end(), "date", None, date_value=val))
        elif m.group("wd"):
            if WEEKDAY_DATE_AFTER_RE.match(doc.t, m.end()):
                continue  # "on Thursday 12 January", "on Monday, March 6": the date that follows says it
            if m.group("wd3") and m.group("wd").lower() == "monday" and m.group("wd3").lower() == "friday":
                continue  # "open from Monday to Friday": the working week, no date
            s = m.start("wd")
            if d is not None:
                wd = WEEKDAYS[m.group("wd").lower()]
                # "on Monday" in news: the day the tense points to ("agreed on Monday" the last one, "is due
                # on Wednesday" the next one); with no tense said, the nearest, looking back first
                delta = (wd - d.weekday())
                ss, _ = doc.sentence_of(s)
                tm = TENSE_BEFORE_RE.search(doc.t, max(ss, s - 80), s)
                if tm is None:  # "Samsung on Wednesday unveiled", "the bank on Tuesday will raise": the verb after
                    tm = TENSE_AFTER_RE.match(doc.t, m.end())
                prep = m.group("on").rstrip().lower()
                if prep == "since":
                    delta = -((-delta) % 7)  # "the strike has gone on since Tuesday": the last one
                elif prep == "by" and not (tm is not None and tm.group("past") and
                                           tm.group("past").lower() in ("had", "was", "were")):
                    delta %= 7  # "a decision is needed by Friday": the next one (not "by Monday it had gone")
                elif prep != "on" and (tm is None or tm.group("fut") or prep in ("until", "till", "through") and
                                       (FUTURE_WORDS_RE.search(doc.t, max(ss, s - 80), s) or
                                        WOULD_BEFORE_RE.search(doc.t, max(ss, s - 80), s))):
                    delta %= 7  # "relief from Wednesday", "the show runs until Friday", "will stay closed until
                    # Thursday" (a participle after "will" is no past)
                elif tm is not None and tm.group("fut"):
                    delta %= 7
                elif tm is not None:
                    delta = -((-delta) % 7)
                elif delta > 3:
                    delta -= 7
                elif delta < -3:
                    delta += 7
                val = (d + dt.timedelta(days=delta)).isoformat()
                if m.group("wd3"):  # "the festival runs from Friday to Sunday": the days between, both in
                    last = d + dt.timedelta(days=delta + (WEEKDAYS[m.group("wd3").lower()] - wd) % 7)
                    val = f"{val}/{last.isoformat()}"
            out.append(Reading(Tok(s, m.end(), None, 0, "r"), s, m.end(), "date", None, date_value=val))
        else:
            prep = m.group("in").lower()
            s = m.start("part") if m.group("part") else m.start("in") if prep in ("last", "next") else m.start("mo")
            mo = MONTHS[m.group("mo").lower()]
            if prep in ("to", "and", "through", "till") and not MONTH_BEFORE_LINK_RE.search(
                    doc.t, max(0, m.start() - 24), m.start()):
                continue  # "between October and May", "from June to August"; not "talked to May", "and May said"
            if m.group("mo") == "May" and prep not in ("in", "to", "and", "through", "till", "from", "until", "last",
                                                       "next") and not m.group("part") and not m.group("ry"):
                continue
            if d is not None and m.group("ry"):
                y = d.year + {"last": -1, "next": 1, "this": 0}[m.group("ry").lower()]
            elif d is not None and prep == "last" and not m.group("part"):  # "last May": the one before this month
                y = d.year if mo < d.month else d.year - 1
            elif d is not None and prep == "next" and not m.group("part"):  # "next January": the one after
                y = d.year if mo > d.month else d.year + 1
            elif d is not None:
                y = d.year if mo <= d.month else d.year - 1
                ss, _ = doc.sentence_of(s)
                tm = TENSE_BEFORE_RE.search(doc.t, max(ss, s - 80), s) if mo != d.month else None
                if tm is not None and tm.group("fut") or DELIVERY_AFTER_RE.match(doc.t, m.end()) or (
                        prep in ("until", "till") and tm is None) or (  # "the cap applies until the end of June"
                        # "ministers want the review completed by November", "markets have priced in a cut by
                        # September": a deadline ahead (not "by March the firm had cut 300 jobs")
                        prep == "by" and DEADLINE_BEFORE_RE.search(doc.t, max(ss, s - 100), s) and not (
                            tm is not None and tm.group("past").lower() in ("had", "was", "were"))):
                    y = d.year if mo >= d.month else d.year + 1  # "bills will fall from July": the next July;
                    # "LNG for June delivery", "the July contract": a month traded ahead
            if d is not None:
                val = f"{y:04d}-{mo:02d}"
            out.append(Reading(Tok(s, m.end(), None, 0, "r"), s, m.end(), "date", None, date_value=val))
    return out


def _time_unit(word: str) -> str:
    """The registry's unit for a time word ("decades" -> decade_of_years: pint's own "decade" is
    the logarithmic factor of ten), from the unit lexicon."""
    entry = lexicon().units_ci.get(word.lower())
    return entry.unit if entry is not None else word.lower().rstrip("s")


def _hinted(doc: _Doc, hint, pattern, back: int, ahead: int) -> list:
    """The matches of ``pattern`` over the text, as ``finditer`` gives them, found faster: the stdlib ``hint``
    finds in the lower-cased text a word every match holds, and ``pattern`` is tried only in a window from
    ``back`` chars before that word to ``ahead`` chars after it."""
    t = doc.t
    if len(doc.low) != len(t):  # lower-casing moved some offsets: scan the whole text
        return list(pattern.finditer(t, timeout=TIMEOUT))
    out, end, n = [], 0, len(t)
    for h in hint.finditer(doc.low):
        if h.end() <= end:
            continue
        lo, hi = max(end, h.start() - back), min(n, h.end() + ahead)
        m = pattern.search(t, lo, hi, timeout=TIMEOUT)
        while m is not None and hi < n and m.end() > hi - WINDOW_MARGIN:
            hi = min(n, hi + 512)  # the window may have cut the match short: widen it and look again
            m = pattern.search(t, lo, hi, timeout=TIMEOUT)
        if m is not None:
            out.append(m)
            end = m.end()
    return out


WINDOW_MARGIN = 32  # a match that ends this close to a window's end is looked for again in a wider window


# what every match of PERIOD_RE holds, for _hinted
PERIOD_HINT_RE = _stdlib_re.compile(r"(?:months|half|quarter)\s+of\s+(?:19|20)\d\d")
# words every match of VAGUE_DURATION_RE and RELATIVE_DATE_RE holds, for _hinted
VAGUE_DURATION_HINT_RE = _stdlib_re.compile(r"(?:day|week|fortnight|month|year|decade|centur|hour|minute|a second)")
RELATIVE_DATE_HINT_RE = _stdlib_re.compile(
    r"(?:week|month|year|decade|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|"
    r"april|may|june|july|august|september|october|november|december)")


def _vague_durations(doc: _Doc) -> list[Reading]:
    """'just weeks before', 'for years', 'days later': durations with no figure, as open intervals."""
    out = []
    if " in half" in doc.low:
        for m in IN_HALF_RE.finditer(doc.t, timeout=TIMEOUT):  # "the plan cut child poverty in half"
            s = m.start("h")
            r = Reading(Tok(s, m.end(), 0.5, 0.0, "x"), s, m.end(), "ratio", 0.5)
            r.direction = "down"
            out.append(r)
    if "-long" in doc.low or "couple of" in doc.low:
        for m in LONG_OR_COUPLE_RE.finditer(doc.t, timeout=TIMEOUT):
            if m.group("u4"):  # "a couple of years"
                r = Reading(Tok(m.start(), m.end(), None, 0, "r"), m.start(), m.end(), "duration", None,
                            unit=_time_unit(m.group("u4")))
                r.low, r.high, r.is_range = 2.0, 3.0, True
            else:  # "a decade-long decline"
                r = Reading(Tok(m.start(), m.end(), 1.0, 0.5, "r"), m.start(), m.end(), "duration", 1.0,
                            unit=_time_unit(m.group("u3")))
            out.append(r)
    for m in _hinted(doc, VAGUE_DURATION_HINT_RE, VAGUE_DURATION_RE, 48, 40):
        if m.group("u2"):  # "over the past decade": one unit, back or ahead from the time of writing
            s = m.start("span")
            out.append(Reading(Tok(s, m.end(), 1.0, 0.5, "r"), s, m.end(), "duration", 1.0,
                               unit=_time_unit(m.group("u2"))))
            continue
        if m.group("u1"):  # "just a month before", "more than a year ago": one unit, maybe hedged
            hedge = doc.L.hedges_before.get(_fold(m.group("hedge") or ""))
            if (m.group("hedge") or "").lower() == "over" and not OVER_MEANS_MORE_BEFORE_RE.search(
                    doc.t, max(0, m.start() - 20), m.start()) and not AGO_AFTER_RE.match(doc.t, m.end()):
                hedge = None  # "cut taxes by $1.5 trillion over a decade": during it ("took over a year": more)
            s = m.start("hedge") if m.group("hedge") else m.start("just") if m.group("just") else m.start("one")
            r = Reading(Tok(m.start("one"), m.end(), 1.0, 0.5, "r"), s, m.end(), "duration", 1.0,
                        unit=_time_unit(m.group("u1")), hedge=hedge)
            if m.group("old"):  # "the company is a century old": an age, in years where it is years
                years = {"year": 1.0, "decade": 10.0, "century": 100.0}.get(m.group("u1").lower())
                r.kind = "age"
                if years is not None:
                    r.value, r.unit = years, "year"
                    r.tok.value, r.tok.precision = years, 0.5 * years
            out.append(r)
            continue
        h = (m.group("h") or "").strip().lower()
        if h not in ("for", "just", "only", "mere", "several", "a few", "few", "some", ""):
            continue
        if not h:
            continue
        u = _time_unit(m.group("u"))
        s = m.start("h")
        r = Reading(Tok(s, m.end(), None, 0, "r"), s, m.end(), "duration", None, unit=u)
        r.low, r.high, r.is_range = 2.0, None, True
        out.append(r)
    return out


# an elapsed time on a stopwatch: "in 2:01:09" (h:mm:ss), "a 3:43.13 mile" (m:ss.f); not a time of day
# ("at 10:30:00", "by 14:05:22 GMT")
CLOCK_DURATION_RE = regex.compile(
    r"(?<![\d:.,]|\dT)(?:(?P<h>\d{1,2}+):(?P<m>[0-5]\d):(?P<s>[0-5]\d(?:\.\d{1,3}+)?+)"
    r"|(?P<m>\d{1,2}+):(?P<s>[0-5]\d\.\d{1,3}+))"
    r"(?![\d:Z]|[.,]\d|[+-]\d)")  # not an ISO timestamp: 2019-09-01T10:38:07.190Z
CLOCK_TIME_BEFORE_RE = regex.compile(r"(?ri)(?<!\p{L})(?:at|by|from|until|till|to|since|before|after)\s++\Z")


# "a day and a half", "an hour and a half", "a mile and a half": one and a half of the unit named
UNIT_AND_A_HALF_RE = regex.compile(r"(?i)(?<!\p{L})(?:an?|one)\s++(?P<u>\p{L}++)\s++and\s++a\s++half(?!\p{L})")


UNIT_OR_TWO_RE = regex.compile(r"(?i)(?<!\p{L})an?\s++(?P<u>\p{L}++)\s++or\s++(?P<n>two|three)(?!\p{L}|\s++(?:more|less|fewer))")


def _a_unit_or_two(doc: _Doc) -> list[Reading]:
    """ "in a day or two", "a year or two ago": a duration of one or two of the unit, a range."""
    out = []
    for m in UNIT_OR_TWO_RE.finditer(doc.t, timeout=TIMEOUT):
        entry = doc.L.units_ci.get(m.group("u").lower())
        if entry is None or entry.kind != "duration" or not entry.unit:
            continue
        s, e = m.span()
        tok = Tok(s, e, None, 0.0, "v", low=1.0, high=2.0 if m.group("n").lower() == "two" else 3.0)
        r = Reading(tok, s, e, "duration", None, unit=entry.unit, is_range=True)
        r.low, r.high = tok.low, tok.high
        out.append(r)
    return out


# "8.7%, down from 10.1", "to $85 from 80", "73.1 years, compared with 79", "$5bn in 2023, up from 4.2"
COMPARED_LEVEL_GAP_RE = regex.compile(
    r"(?:\s++(?:in|by|on)\s++x|\s++(?:this|last)\s++(?:season|year|month|week|quarter|term))?+,?+\s++"
    r"(?:(?:(?:up|down|higher|lower)\s++)?+from|compared\s++(?:with|to)|against|versus|vs\.?+)\s++(?:just\s++|only\s++)?+",
    regex.IGNORECASE)  # ("2,340 minutes this season, up from just 1,150")
COMPARED_LEVEL_END_RE = regex.compile(r"\s*+(?:[,.;:)]|\Z|(?:in|on|at|a|an|last|this|for|among|before|earlier|"
                                      r"previously|the\s++(?:year|month|week|quarter|previous)|when|over"
                                      r"|nationally|globally|overall|elsewhere|nationwide|worldwide)\b)",
                                      regex.IGNORECASE)


def _figure_before(doc: _Doc, reads: list[Reading], i: int) -> int:
    """The index of the figure before reads[i], looking past the dates between them in its sentence ("-1.4
    degree ... in 2018 and 2.1", "$5 billion in 2023, up from 4.2")."""
    k = i - 1
    while k > 0 and reads[k].kind == "date" and doc.sentence_of(reads[k - 1].s) == doc.sentence_of(reads[i].s):
        k -= 1
    return k


def _compared_level(doc: _Doc, reads: list[Reading], i: int) -> bool:
    """ "Inflation was 8.7%, down from 10.1", "Brent rose to $85 from 80", "two hours, down from eight", "life
    expectancy is 73.1 years, compared with 79": a plain figure after "from" or "compared with" is the level
    the one before it is compared with, in its unit (and scale: "$5bn, up from 4.2"), when it is of the same
    order (a tenth to ten times). Sets reads[i]'s unit and returns True when it does."""
    t, b = doc.t, reads[i]
    k = _figure_before(doc, reads, i)
    if k < 0:
        return False
    a = reads[k]
    counted = a.kind == "count" and a.unit is None and a.noun is not None  # "5,000 people, up from 4,200"
    if not (a.unit or counted) or a.is_range or not a.value or b.value is None or b.s - a.e > 60 or \
            a.kind not in ("quantity", "money", "percent", "duration", "age", "count", "ratio") or \
            a.kind == "ratio" and a.unit in (None, "percent"):  # ("3.2 doctors per 1,000 people, against 2.6")
        return False
    gap = t[a.e:b.s]
    if counted and gap[:1] == " " and gap[1:].startswith(a.noun):
        gap = gap[1 + len(a.noun):]  # "5,000 people, up from 4,200"
    for d in reads[k + 1:i]:
        gap = gap.replace(t[d.s:d.e], "x", 1)
    if not COMPARED_LEVEL_GAP_RE.fullmatch(gap) or not COMPARED_LEVEL_END_RE.match(t, b.e):
        return False
    value = b.value
    if a.tok.scale > 1 and b.tok.scale == 1:
        value = b.value * a.tok.scale  # "$5bn, up from 4.2": 4.2bn
    if not 0.1 <= abs(value) / abs(a.value) <= 10:
        return False
    if value != b.value:
        b.value = N.clean_float(value)
        b.tok.scale = a.tok.scale
    b.kind, b.unit = a.kind, a.unit
    if counted:
        b.noun = a.noun
    return True


RATE_FROM_GAP_RE = regex.compile(r"(?:\s++(?:in|by|on)\s++x)?+,?+\s++(?:(?:(?:up|down)\s++)?+from|compared\s++(?:with|to)"
                                 r"|against|versus|vs\.?+|(?:rising|falling|increasing|dropping|going)\s++to)\s++",
                                 regex.IGNORECASE)  # ("£150,000 a week, rising to £180,000")
QUARTERS_AS_SPAN_BEFORE_RE = regex.compile(r"(?r)(?<!\p{L})(?:in|for|over|after|within)\s++\Z", regex.IGNORECASE)
QUARTERS_AS_PERIODS_BEFORE_RE = regex.compile(
    r"(?r)(?<!\p{L})(?:last|past|next|previous|first|final|coming|consecutive|straight|successive|recent)\s++\Z",
    regex.IGNORECASE)
A_POINT_RE = regex.compile(r"(?<!\p{L})a\s++(?:full\s++)?+(?P<pp>percentage\s++)?+point(?![\p{L}-])", regex.IGNORECASE)


def _a_point(doc: _Doc) -> list[Reading]:
    """ "Support fell a point to 31%", "rates rose by a full percentage point": a change of one point
    after a change verb (points that move a percentage become percentage points later)."""
    out = []
    for m in A_POINT_RE.finditer(doc.t, timeout=TIMEOUT):
        s, e = m.span()
        lm = doc.L.left_re.search(doc.t, max(0, s - 40), s)
        d = doc.L.change.get(_fold(lm.group("verb"))) if lm and lm.end() == s and lm.group("verb") else None
        if d is None:
            continue
        tok = Tok(s, e, 1.0, 0.0, "w", extra={"spoken": True})
        r = Reading(tok, s, e, "change", -1.0 if d == "down" else 1.0, noun="point",
                    unit="percentage_point" if m.group("pp") else None)
        r.direction = d
        out.append(r)
    return out


def _units_and_a_half(doc: _Doc) -> list[Reading]:
    out = []
    for m in UNIT_AND_A_HALF_RE.finditer(doc.t, timeout=TIMEOUT):
        entry = doc.L.units_ci.get(m.group("u").lower())
        if entry is None or not entry.unit or entry.kind not in ("quantity", "duration"):
            continue
        s, e = m.span()
        hedge, lm = None, doc.L.left_re.search(doc.t, max(0, s - 40), s)
        if lm and lm.end() == s and lm.group("hedge"):
            hedge, s = doc.L.hedges_before.get(_fold(lm.group("hedge"))), lm.start("hedge")
        tok = Tok(m.start(), e, 1.5, 0.0, "f", extra={"fraction": True})
        out.append(Reading(tok, s, e, entry.kind, 1.5, unit=entry.unit, hedge=hedge))
    return out


def _clock_durations(doc: _Doc) -> list[Reading]:
    """Race and record times written on a clock face: a duration in seconds, to the digits stated."""
    t, out = doc.t, []
    for m in CLOCK_DURATION_RE.finditer(t, timeout=TIMEOUT):
        s, e = m.span()
        if CLOCK_TIME_BEFORE_RE.search(t, max(0, s - 7), s) or TIME_AFTER_RE.match(t, e):
            continue
        sec = m.group("s")
        value = int(m.group("h") or 0) * 3600 + int(m.group("m")) * 60 + float(sec)
        half = 0.5 * 10 ** -(len(sec) - 3) if "." in sec else 0.5
        start, hedge = s, None
        lm = doc.L.left_re.search(t, max(0, s - 40), s)
        if lm and lm.end() == s and lm.group("hedge"):
            hedge, start = doc.L.hedges_before.get(_fold(lm.group("hedge"))), lm.start("hedge")
        tok = Tok(s, e, N.clean_float(value), half, "d", extra={"digits": m.group(0), "integer": False})
        out.append(Reading(tok, start, e, "duration", tok.value, unit="second", hedge=hedge))
    return out


def extract(text: str, date: dt.date | None = None) -> list[Claim]:
    """Every numeric claim in ``text`` (raw article text), in order of appearance.

    ``date`` is the article's publication date; relative dates ("last week", "on Monday") are
    resolved against it, and left with value None when it is not given.
    """
    if not text:
        return []
    doc = _Doc(text, date)
    t = doc.t
    reads: list[Reading] = []
    prev_end = 0
    # figures inside web addresses, e-mail addresses and phone numbers are no claims
    skip = [(u.start(), u.end()) for u in URL_RE.finditer(t)] if ("://" in t or "www." in t) else []
    if "@" in t:
        skip += [(u.start(), u.end()) for u in EMAIL_RE.finditer(t)]
    skip += [(u.start(), u.end()) for u in PHONE_NATIONAL_RE.finditer(t, timeout=TIMEOUT)]
    if "+" in t:
        skip += [(u.start(), u.end()) for u in PHONE_INTL_RE.finditer(t, timeout=TIMEOUT)]
    clocks = _clock_durations(doc) if ":" in t else []
    if " half" in t:
        clocks += _units_and_a_half(doc)
    if " or t" in t:
        clocks += _a_unit_or_two(doc)
    skip += [(r.tok.s, r.tok.e) for r in clocks]
    skip.sort()
    si = 0
    for m in _tokens(t):
        if m.start() < prev_end:
            continue
        if skip:
            while si < len(skip) and skip[si][1] <= m.start():
                si += 1
            if si < len(skip) and skip[si][0] <= m.start():
                prev_end = skip[si][1]
                continue
        tok = _spoken_token(t, m) if SPOKEN_HINT_RE.match(t, m.end()) or m.lastgroup == "u" else None
        if tok is None:
            tok = _num_from_token(m)
        # a run of number words that makes no one number may be numbers joined by "and" ("ten and fifteen")
        toks = [tok] if tok is not None else _and_pieces(m) if m.lastgroup == "w" else []
        for tok in toks:
            if tok.s >= prev_end or len(toks) == 1:  # (a spoken token may start before m: "minus ten")
                r = doc.read(tok, prev_end)
                if r is not None:
                    reads.append(r)
                    prev_end = max(prev_end, r.e)
    if " million " in doc.low or " billion " in doc.low or " thousand " in doc.low or " trillion " in doc.low:
        _scale_in_the_unit(doc, reads)
    if "ratio" in doc.low or "confidence interval" in doc.low or "CI " in t or "multiple" in doc.low:
        _ratios_named_before(doc, reads)
    if "percentage" in doc.low or "turnout" in doc.low:
        for r in reads:  # "a pass percentage of 91.46", "voter turnout of 68.5": a percent with no sign
            if _plain(r) and 0 <= r.value <= 100 and PERCENT_NAMED_BEFORE_RE.search(t, max(0, r.s - 40), r.s):
                r.kind, r.unit = "percent", "percent"
    reads = _merge_ranges(doc, _merge_compounds(doc, reads))
    if " more " in doc.low or " fewer " in doc.low or " extra " in doc.low or " additional " in doc.low or \
            " less " in doc.low:
        _more_of_a_noun(doc, reads)
    if "annual" in doc.low or "yearly" in doc.low:
        _changes_at_an_annual_rate(doc, reads)
    if "every " in doc.low or "each " in doc.low or " per day" in doc.low or " per year" in doc.low:
        _rates_said_apart(doc, reads)
    if RACE_HINT_RE.search(doc.low):
        _race_times(doc, reads)
    _carry_change_over_or(doc, reads)
    _carry_context(doc, reads)
    _carry_currency(doc, reads)
    _dollars_of_the_article(doc, reads)
    _rates_of_commodity_prices(doc, reads)
    _cents_of_the_currency(doc, reads)
    if doc.may_fx_quote:
        _fx_quotes(doc, reads)
    if _MONTH_SPAN_HINT.search(t):
        reads = _month_spans(doc, reads)
    if "." in t and DOT_DATE_HINT_RE.search(t):
        clocks = clocks + _dot_dates(doc)
    extra = _relative_dates(doc) + _vague_durations(doc) + clocks + (_a_point(doc) if " point" in t else []) + (
        _decade_word_ages(doc) if "ties" in t or "teens" in t else []) + (
        _over_under_ages(doc) if "over-" in doc.low or "under-" in doc.low else [])
    if extra:
        # keep an extra reading only where no figure was read: a figure overlaps [x.s, x.e) when
        # it starts before x.e and the furthest end among those is after x.s (prefix maximum)
        taken = sorted((r.s, r.e) for r in reads)
        starts = [a for a, _ in taken]
        reach, far = [], -1
        for _, b in taken:
            far = max(far, b)
            reach.append(far)
        for x in extra:
            k = bisect_left(starts, x.e)
            if not (k and reach[k - 1] > x.s):
                reads.append(x)
        reads.sort(key=lambda r: r.s)
    for r in reads:  # "jobless claims fell by 13,000": a bare figure after "by" that took no unit
        if r.pending and r.kind == "count" and r.unit is None and not r.is_range and (
                r.pending_by or r.noun is None and r.tok.form == "d" and PENDING_CHANGE_AFTER_RE.match(t, r.e)):
            _as_change(r, r.pending)  # "jobless claims fell 16,000 to 230,000", "payrolls rose 253,000 in April"
    _ago_dates(doc, reads)
    _points_of_a_percent(doc, reads)
    _elided_decades(doc, reads)
    reads = _merge_date_spans(doc, reads)
    _temperature_differences(doc, reads)
    for a, b in zip(reads, reads[1:]):  # "won 135 of the 224 seats": the part counts what the whole does
        if a.kind == "count" and a.noun is None and a.unit is None and not a.is_range and b.kind == "count" and \
                b.noun is not None and a.value is not None and b.value is not None and 0 < a.value < b.value and \
                PART_OF_WHOLE_GAP_RE.fullmatch(t, a.e, b.s):
            a.noun = b.noun
    for r in reads:
        if r.noun is None or r.kind not in ("count", "change"):
            continue
        if r.noun.split(" ")[0] in ("economists", "analysts", "forecasters", "strategists") and \
                FORECASTERS_AFTER_RE.match(t, r.e):
            r.noun = None  # "the 180,000 economists polled by Reuters had forecast"
        elif r.kind == "count" and r.noun[:3] == "age" and AGE_GROUP_NOUN_RE.match(r.noun) and (
                r.is_range or r.value is not None and r.value < 130):
            r.kind, r.unit, r.noun = "age", "year", None  # "the 18-24 age group", "the 65-74 age band"
    periods = _periods(doc)
    figured = None
    for r in reads:  # "between January and March", "in April-June": a span of months is the period of its
        # sentence's figures (and, in a sentence with none, a date: "The data covers April 2021 to March 2022")
        mv = MONTHS_VALUE_RE.fullmatch(r.date_value) if r.kind == "date" and r.date_value and \
            not r.tok.extra.get("year_part") else None
        if mv:
            if figured is None:
                figured = {doc.sentence_of(x.s) for x in reads if x.kind != "date"}
            if doc.sentence_of(r.s) in figured:
                y0, m0, y1, m1 = (int(x) for x in mv.groups())
                periods.append(_period_span(r.s, r.e, doc.t[r.s:r.e], y0, m0, y1, m1))
    if periods:  # "The takeover completed in Q1 2023", "In the first half of 2022, the firm broke even": a period
        # that qualifies no figure is a date of its own, an interval of months
        if figured is None:
            figured = {doc.sentence_of(x.s) for x in reads if x.kind != "date"}
        own = [(ps, pe, p) for ps, pe, p in periods
               if doc.sentence_of(ps) not in figured and YEAR_IN_TEXT_RE.search(p.get("text", ""))
               and not any(r.s < pe and ps < r.e and r.kind != "date" for r in reads)]
        if own:
            reads = [r for r in reads if not any(ps <= r.s and r.e <= pe for ps, pe, _ in own)]  # ("2022" inside)
            for ps, pe, p in own:
                ps = LEADING_PREPOSITION_RE.match(doc.t, ps).end()  # "in Q1 2023": the date is "Q1 2023"
                reads.append(Reading(Tok(ps, pe, None, 0, "r"), ps, pe, "date", None,
                                     date_value=f"{p['start'][:7]}/{p['end'][:7]}"))
            reads.sort(key=lambda r: r.s)
            periods = [p for p in periods if p not in own]
    return _to_claims(doc, reads, periods)


YEAR_PART_BEFORE_RE = regex.compile(r"(?r)(?<!\p{L})(?P<part>early|mid|late)[\s-]++\Z", regex.IGNORECASE)
YEAR_PARTS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}  # the thirds of a year ("the late 1990s": its decade's)
TOP_BOTTOM_BEFORE_RE = regex.compile(r"(?r)(?<!\p{L})the\s++(?:top|bottom)\s++\Z", regex.IGNORECASE)
STRONG_NOUN_RE = regex.compile(r"[ ](?P<n>\p{Ll}{3,}+)(?![\p{L}-])")
LEADING_PREPOSITION_RE = regex.compile(r"(?:(?:in|for|during|over)\s++)?+", regex.IGNORECASE)
ELIDED_DECADE_RE = regex.compile(r"(?P<v>[1-9]0)'?+s")
DECADE_LINK_RE = regex.compile(r"\s*+(?:and|or|to|through|-|–)\s*+(?:the\s++)?+", regex.IGNORECASE)
DECADE_VALUE_RE = _stdlib_re.compile(r"(\d\d)\d0/\d{3}9")


def _elided_decades(doc: _Doc, reads: list[Reading]) -> None:
    """ "built in the 1950s and 60s": a decade after another, its century left out, is a decade (not 60 seconds)."""
    t = doc.t
    for a, b in zip(reads, reads[1:]):
        dm = DECADE_VALUE_RE.fullmatch(a.date_value or "") if a.kind == "date" else None
        em = ELIDED_DECADE_RE.fullmatch(t, b.s, b.e) if dm and b.kind in ("duration", "count") and not b.is_range \
            else None
        if em and DECADE_LINK_RE.fullmatch(t, a.e, b.s):
            first = int(dm.group(1)) * 100 + int(em.group("v"))
            b.kind, b.value, b.unit, b.hedge, b.date_value = "date", None, None, None, _decade(first, "")


POINTS_GAP_RE = regex.compile(r"[^\d;]{0,60}+")
TO_LEVEL_GAP_RE = regex.compile(r"\s++to\s++")
AT_LEVEL_GAP_RE = regex.compile(r",?+\s++at\s++")
POINTS_LEVEL_PAST_DATE_GAP_RE = regex.compile(
    r"\s++(?:from|on|since|compared\s++with|than|in)\s++x,?+\s++(?:to|at)\s++", regex.IGNORECASE)
POINTS_APPOSITION_GAP_RE = regex.compile(r"\s*+[,(:]\s*+")  # "leads by 4 points, 47% to 43%"


def _percent_split(doc: _Doc, reads: list[Reading], i: int) -> bool:
    """Whether reads[i] and reads[i + 1] are a split of percentages ("47% to 43%", "52-48%")."""
    if i + 1 >= len(reads):
        return False
    a, b = reads[i], reads[i + 1]
    return a.kind == b.kind == "percent" and a.unit == b.unit == "percent" and \
        bool(SPLIT_GAP_RE.fullmatch(doc.t, a.e, b.s))


SPLIT_GAP_RE = regex.compile(r"\s*+(?:to|-|–|vs\.?+|versus)\s*+", regex.IGNORECASE)


def _points_of_a_percent(doc: _Doc, reads: list[Reading]) -> None:
    """ "Turnout was 67.3 percent, up 2.5 points", "her rating dropped six points to 38%": points that
    move a percentage are percentage points (an index's "fell 190 points" stays points)."""
    t = doc.t
    for i, r in enumerate(reads):
        if r.unit is not None or (r.noun or "").split(" ")[-1] not in ("points", "point", "pts") or \
                r.kind not in ("change", "count") or (r.value is not None and abs(r.value) > 100):
            continue  # "closed 0.5% higher at 7,455 points": an index level, no percentage points
        if r.kind == "change":
            ss, _ = doc.sentence_of(r.s)
            w = t[max(ss, r.s - 50):r.s]
            if RATE_WORD_RE.search(w) and not INDEX_WORD_RE.search(t, max(ss, r.s - 160), r.e):
                r.unit = "percentage_point"  # "the Fed raised rates by half a point", "yields rose 0.2 points"
                continue
        if doc.sentence_has(POLL_WORD_RE, r.s) and not doc.sentence_has(INDEX_WORD_RE, r.s):
            r.unit = "percentage_point"  # "the swing to Labour was 10.2 points", "led by 4 points among voters"
            if r.kind == "count":
                r.kind = "percent"
            continue
        prev = reads[i - 1] if i else None
        k = i + 1
        while k < len(reads) and reads[k].kind == "date":
            k += 1  # "down 12 points from a year earlier at 31%": past the dates to the level
        if k > i + 1 and k < len(reads) and reads[k].unit == "percent" and doc.sentence_of(reads[k].s) == \
                doc.sentence_of(r.s):
            gap = t[r.e:reads[k].s]
            for d in reads[i + 1:k]:
                gap = gap.replace(t[d.s:d.e], "x", 1)
            if POINTS_LEVEL_PAST_DATE_GAP_RE.fullmatch(gap):
                r.unit = "percentage_point"
                if r.kind == "count":
                    r.kind = "percent"
                continue
        nxt = reads[i + 1] if i + 1 < len(reads) else None
        if nxt is not None and nxt.unit == "percent" and AT_LEVEL_GAP_RE.fullmatch(t, r.e, nxt.s) and \
                r.kind == "change":
            r.unit = "percentage_point"  # "Support was down 12 points at 31%"
            continue
        if prev is not None and prev.kind == "percent" and prev.unit == "percent" and \
                doc.sentence_of(prev.s) == doc.sentence_of(r.s) and \
                POINTS_GAP_RE.fullmatch(t, prev.e, r.s) or \
                nxt is not None and nxt.unit == "percent" and (TO_LEVEL_GAP_RE.fullmatch(t, r.e, nxt.s) or (
                    POINTS_APPOSITION_GAP_RE.fullmatch(t, r.e, nxt.s) and _percent_split(doc, reads, i + 1))):
            r.unit = "percentage_point"
            if r.kind == "count":
                r.kind = "percent"  # "leads by 4 points, 47% to 43%": a gap of 4 percentage points


RATE_ADVERBS = {"annually": "year", "yearly": "year", "per annum": "year", "a year": "year", "monthly": "month",
                "daily": "day", "weekly": "week", "hourly": "hour"}
PER_ADVERBS = {**RATE_ADVERBS, "pa": "year", "p.a.": "year", "pcm": "month"}  # "£30,000 pa", "£950 pcm"
IRREGULAR_PLURALS = frozenset({"people", "children", "men", "women", "staff", "police", "cattle", "sheep", "fish"})
HYPHEN_NOUN_RE = regex.compile(r"-(?P<n>\p{Ll}{3,}+)(?![\p{L}\p{N}-])")
LEADING_OF_A_RE = regex.compile(r"^(?:of\s++)?+(?:an?\s++)?+", regex.IGNORECASE)
RATE_WORD_RE = regex.compile(
    r"(?<!\p{L})(?:rates?|yields?|inflation|unemployment|jobless|approval|turnout|vote\s++share|poll\s++lead)(?!\p{L})",
    regex.IGNORECASE)
POLL_WORD_RE = regex.compile(
    r"(?<!\p{L})(?:polls?+|polling|pollsters?+|voters|swing|surveys?+|electorate|approval|opinion)(?!\p{L})",
    regex.IGNORECASE)
INDEX_WORD_RE = regex.compile(
    r"(?<!\p{L})(?:index|indices|dow|ftse|nasdaq|s&p|nikkei|hang\s++seng|dax|cac|stoxx|kospi|sensex|nifty|shares|stocks"
    r"|average)(?!\p{L})", regex.IGNORECASE)
AGO_RE = regex.compile(r"\s++ago(?!\p{L})", regex.IGNORECASE)
AGO_MONTHS = {"year": 12, "month": 1, "decade_of_years": 120, "century": 1200}  # "half a century ago" = 600 months
SPACE_GAP_RE = regex.compile(r"\s++(?:\p{Ll}++\s++)?+")  # "210,643 contracts a week earlier"
EARLIER_RE = regex.compile(r"\s++(?:earlier|before)(?!\p{L})", regex.IGNORECASE)
COMPARED_WITH_BEFORE_RE = regex.compile(r"(?r)(?<!\p{L})(?:from|than|on|over|versus|vs\.?|against|with"
                                        r"|same\s++(?:period|quarter|month|week|time|day|half))\s++\Z",
                                        regex.IGNORECASE)


OFFSET_TEMPERATURE_UNITS = ("degree_Celsius", "degree_Fahrenheit")
# what says a temperature is a difference: after it "above average", "warmer than", "of warming"; before it
# "warming of", "limit warming to", "warmed by", "the difference was" ("5C below freezing" is a temperature under
# zero instead)
DIFFERENCE_AFTER_RE = regex.compile(
    r"(?:\s*+\([^()]{1,24}+\))?+\)?+"  # "1.1C (2F) above": past a conversion in brackets, or out of one
    r"(?:\s++(?:(?:above|below)(?!\s++(?:freezing|zero)\b)|warmer|hotter|cooler|colder|higher|lower)(?!\p{L})"
    r"|\s++of\s++(?:global\s++)?+(?:warming|heating|cooling)(?!\p{L})"
    r")", regex.IGNORECASE)
# "the 1.5C limit", "the 2C threshold" in talk of the climate: a cap on warming, a rise in temperature (not "a 19C
# limit for public buildings", "the 40C threshold was crossed at Coningsby")
WARMING_CAP_AFTER_RE = regex.compile(r"(?:-|\s++)(?:(?:warming|temperature)\s++)?+(?:limit|threshold|target|goal"
                                     r"|ceiling|guardrail|cap)s?+(?!\p{L})", regex.IGNORECASE)
CLIMATE_TALK_RE = regex.compile(r"(?<!\p{L})(?:warming|climate|Paris|pre-industrial|preindustrial|global|emissions"
                                r"|IPCC|COP\d*+|net\s++zero)(?!\p{L})", regex.IGNORECASE)
DIFFERENCE_BEFORE_RE = regex.compile(
    r"(?r)(?<!\p{L})(?:warming|warmed|warms|heating|heated|cooling|cooled|difference|gap)"
    r"(?:\s++(?:of|to|at|by|was|is|were))?+\s++\Z",
    regex.IGNORECASE)
BELOW_ZERO_AFTER_RE = regex.compile(r"\s++below\s++(?:freezing|zero)(?!\p{L})", regex.IGNORECASE)


PART_OF_WHOLE_GAP_RE = regex.compile(r"\s++of\s++(?:the|its|his|her|their|our|all)\s++", regex.IGNORECASE)
AGE_GROUP_NOUN_RE = _stdlib_re.compile(r"(?i)age[ -](?:groups?|bands?|brackets?|range|cohorts?)\b")
# after a bare figure a change verb led: what makes it the change ("fell 16,000 to 230,000", "rose 253,000 in
# April", "dropped 3,000, the Labor Department said"), not a level reached by a verb that also means so
PENDING_CHANGE_AFTER_RE = regex.compile(
    r"\s++(?:to|from|in|on|last|this|during|over|after|since)(?!\p{L})|\s*+[,;.]|\s*+\Z", regex.IGNORECASE)
YEAR_IN_TEXT_RE = regex.compile(r"(?<!\d)\d{4}(?!\d)")
DAY_VALUE_RE = _stdlib_re.compile(r"\d{4}-\d\d-\d\d")
DAY_TEXT_RE = regex.compile(r"(?<!\d)\d{1,2}(?!\d)")
DATE_SPAN_GAP_RE = regex.compile(r"\s*+(?:-|–|—|to|through|until|till)\s*+|\s++(?P<and>and)\s++", regex.IGNORECASE)


def _merge_date_spans(doc: _Doc, reads: list[Reading]) -> list[Reading]:
    """ "between 12 and 18 June", "12-18 June 2023", "from 3 to 7 August", "June 12-18": two days that bound
    a span are one date, an ISO interval ("2023-06-12/2023-06-18")."""
    t, out, i = doc.t, [], 0
    while i < len(reads):
        a = reads[i]
        b = reads[i + 1] if i + 1 < len(reads) else None
        if b is not None and a.kind == b.kind == "date" and not a.is_range and not b.is_range and \
                all(r.date_value is None and DAY_TEXT_RE.search(t, r.s, r.e) or
                    r.date_value is not None and DAY_VALUE_RE.fullmatch(r.date_value) for r in (a, b)):
            gm = DATE_SPAN_GAP_RE.fullmatch(t, a.e, b.s)
            if gm and gm.group("and"):
                fb = FROM_BEFORE_RE.search(t, max(0, a.s - 30), a.s)
                gm = gm if fb and fb.end() == a.s and fb.group("w").lower() == "between" else None
            first = a.date_value
            if first and b.date_value and not YEAR_IN_TEXT_RE.search(t, a.s, a.e):
                first = b.date_value[:4] + first[4:]  # "June 12-18, 2021": the year said after the span
            if gm and (first is None or b.date_value is None or first < b.date_value):
                value = f"{first}/{b.date_value}" if first and b.date_value else None
                out.append(Reading(a.tok, a.s, b.e, "date", None, date_value=value))
                i += 2
                continue
        if b is not None and a.kind == b.kind == "date" and not a.is_range and not b.is_range and \
                YEAR_VALUE_RE.fullmatch(a.date_value or "") and YEAR_VALUE_RE.fullmatch(b.date_value or "") and \
                a.date_value < b.date_value and t[a.s:a.e] == a.date_value and t[b.s:b.e] == b.date_value:
            # "between 2013 and 2022", "from 1997 to 1999", "1997-1999": one span of years
            gm = DATE_SPAN_GAP_RE.fullmatch(t, a.e, b.s)
            lead = _range_lead(t, a)
            if gm and (lead in ("from", "between") if gm.group("and") else gm.group().strip() in "-–—" or
                       lead in ("from", "between")):
                out.append(Reading(a.tok, a.s, b.e, "date", None, date_value=f"{a.date_value}/{b.date_value}"))
                i += 2
                continue
        if b is not None and a.kind == b.kind == "date" and not a.is_range and not b.is_range and \
                MONTH_VALUE_RE.fullmatch(a.date_value or "") and MONTH_VALUE_RE.fullmatch(b.date_value or "") and \
                DATE_SPAN_GAP_RE.fullmatch(t, a.e, b.s) and _range_lead(t, a) in ("from", "between"):
            # "between January and March", "from June to August 2021": one span of months (and the period of
            # its sentence's figures), in the year said after it
            first = a.date_value
            if not YEAR_IN_TEXT_RE.search(t, a.s, a.e) and YEAR_IN_TEXT_RE.search(t, b.s, b.e):
                first = f"{int(b.date_value[:4]) - (first[5:] > b.date_value[5:]):04d}{first[4:]}"
            if first < b.date_value:
                out.append(Reading(a.tok, a.s, b.e, "date", None, date_value=f"{first}/{b.date_value}"))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


YEAR_VALUE_RE = _stdlib_re.compile(r"\d{4}")
MONTH_VALUE_RE = _stdlib_re.compile(r"\d{4}-\d\d")
MONTHS_VALUE_RE = _stdlib_re.compile(r"(\d{4})-(\d\d)/(\d{4})-(\d\d)")


DOT_DATE_HINT_RE = _stdlib_re.compile(r"\d\.\d{1,2}\.(?:19|20)\d\d")


def _dot_dates(doc: _Doc) -> list[Reading]:
    """ "Results were declared on 01.05.2023": a date in figures with dots, day first (as India and continental
    Europe write it); not a version ("version 1.05.2023")."""
    out = []
    for m in DOT_DATE_RE.finditer(doc.t, timeout=TIMEOUT):
        if VERSION_WORD_BEFORE_RE.search(doc.t, max(0, m.start() - 12), m.start()):
            continue
        tok = Tok(m.start(), m.end(), None, 0, "r")
        r = doc.numeric_date(tok, m, day_first=True)
        if r is not None:
            out.append(r)
    return out


def _month_spans(doc: _Doc, reads: list[Reading]) -> list[Reading]:
    """ "GDP grew 2.2% in January-March", "the April-June quarter", "Jan-Mar 2023": two months joined by a dash
    are one date, an ISO interval of months ("2023-01/2023-03"), in the year said after them or, with none said,
    the last such span gone before the article (the next to come where the clause looks ahead)."""
    t, d, spans = doc.t, doc.date, []
    for m in MONTH_SPAN_RE.finditer(t, timeout=TIMEOUT):
        m0, m1 = MONTHS[m.group("mo").lower()], MONTHS[m.group("mo2").lower()]
        if m0 == m1:
            continue
        val = None
        if m.group("y"):
            y1 = int(m.group("y"))
        elif d is not None:
            if _period_looks_ahead(doc, m.start()):
                y1 = d.year if m1 >= d.month else d.year + 1
            else:
                y1 = d.year if m1 <= d.month else d.year - 1
        else:
            y1 = None
        if y1 is not None:
            val = f"{y1 - (m0 > m1):04d}-{m0:02d}/{y1:04d}-{m1:02d}"
        spans.append(Reading(Tok(m.start(), m.end(), None, 0, "r"), m.start(), m.end(), "date", None,
                             date_value=val))
    if not spans:
        return reads
    out = [r for r in reads if not any(x.s <= r.s and r.e <= x.e for x in spans)]
    return sorted(out + spans, key=lambda r: r.s)


TEENS_PARTS = {"": (13, 19), "early": (13, 15), "mid": (14, 16), "late": (17, 19)}  # "in her late teens"
DECADE_WORDS = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70,
                "eighties": 80, "nineties": 90}
DECADE_WORD_AGE_RE = regex.compile(
    r"(?<!\p{L})(?:his|her|their|my|your|our)\s++(?:(?P<part>early|mid|late)(?:-|\s++))?+"
    r"(?P<dec>" + "|".join(DECADE_WORDS) + r"|teens)(?!\p{L})", regex.IGNORECASE)


def _over_under_ages(doc: _Doc) -> list[Reading]:
    """ "The vaccine is open to the over-50s", "England's under-21s": an age with its bound."""
    out = []
    for m in OVER_UNDER_AGES_RE.finditer(doc.t, timeout=TIMEOUT):
        if POSSESSIVE_BEFORE_RE.search(doc.t, max(0, m.start() - 6), m.start()) or TEAM_AFTER_RE.match(doc.t, m.end()) \
                or m.group("h")[0].isupper() and not OPENING_ONLY_RE.match(doc.t, doc.sentence_of(m.start())[0],
                                                                          m.start()):  # "England Under-20s"
            continue  # "England's under-21s won 3-0", "the under-21 side": a team
        v = float(m.group("n"))
        tok = Tok(m.start("n"), m.end("n"), v, 0.5, "d", extra={"integer": True, "digits": m.group("n")})
        r = Reading(tok, m.start(), m.end(), "age", v, "year", doc.L.hedges_before.get(m.group("h").lower()))
        out.append(r)
    return out


def _decade_word_ages(doc: _Doc) -> list[Reading]:
    """ "in her late forties", "a man in his sixties": an age between, as "in his late 70s" is."""
    out = []
    for m in DECADE_WORD_AGE_RE.finditer(doc.t, timeout=TIMEOUT):
        dec, part = m.group("dec").lower(), (m.group("part") or "").lower()
        first, (lo, hi) = (0, TEENS_PARTS[part]) if dec == "teens" else (DECADE_WORDS[dec], DECADE_PARTS[part])
        s = m.start("part") if m.group("part") else m.start("dec")
        r = Reading(Tok(s, m.end(), None, 0, "r"), s, m.end(), "age", None, "year", is_range=True)
        r.low, r.high = float(first + lo), float(first + hi)
        out.append(r)
    return out


def _temperature_differences(doc: _Doc, reads: list[Reading]) -> None:
    """A temperature that is a change or a difference ("rose by 3C", "1.1C above pre-industrial levels",
    "limit warming to 1.5C") is in delta units (pint's delta_degree_Celsius: 3 delta C is 5.4 delta F, not
    37.4 F); "5C below freezing" is -5 C."""
    t = doc.t
    for r in reads:
        if r.unit not in OFFSET_TEMPERATURE_UNITS or r.is_range and r.kind != "change":
            continue
        bz = BELOW_ZERO_AFTER_RE.match(t, r.e) if r.kind != "change" and r.value is not None and r.value > 0 else None
        if bz:
            r.e = bz.end()
            r.value, r.low, r.high = -r.value, (-r.high if r.high is not None else None), (
                -r.low if r.low is not None else None)
            r.tok.value = -r.tok.value if r.tok.value is not None else None
            continue
        if r.kind == "change" or DIFFERENCE_AFTER_RE.match(t, r.e) or \
                DIFFERENCE_BEFORE_RE.search(t, max(0, r.s - 16), r.s) or (
                    r.value is not None and 0 < r.value <= 4 and WARMING_CAP_AFTER_RE.match(t, r.e) and
                    doc.sentence_has(CLIMATE_TALK_RE, r.s)):
            r.unit = "delta_" + r.unit


def _compared_date(doc: _Doc, reads: list[Reading], i: int, months: float | None, r: Reading) -> str | None:
    """ "Sales rose 13% in April from a year earlier": the date a year (or a month, a week) before the first one
    its sentence names, at that date's precision ("2022-04"); None where the sentence names no date before it."""
    ss, _ = doc.sentence_of(r.s)
    k0 = i
    while k0 > 0 and reads[k0 - 1].s >= ss and i - k0 < 12:
        k0 -= 1  # the first date of its sentence ("rose 1.4% in March from February, ... from a year earlier")
    for k in range(k0, i):
        p = reads[k]
        v = p.date_value
        if p.kind != "date" or not v or "/" in v or "W" in v:
            continue
        try:
            if months is None:  # weeks, days, a fortnight: from a day
                if len(v) != 10:
                    return None
                days = int(r.value) * {"week": 7, "fortnight": 14}.get(r.unit, 1)
                return (dt.date.fromisoformat(v) - dt.timedelta(days=days)).isoformat()
            n = round(months)
            if len(v) == 4:
                return f"{int(v) - n // 12:04d}" if n % 12 == 0 else None
            k2 = int(v[:4]) * 12 + int(v[5:7]) - 1 - n
            if len(v) == 7:
                return f"{k2 // 12:04d}-{k2 % 12 + 1:02d}"
            return dt.date(k2 // 12, k2 % 12 + 1, int(v[8:10])).isoformat()
        except ValueError:  # "29 February" a year before
            return None
    return None


def _opens_a_compared_figure(doc: _Doc, reads: list[Reading], i: int) -> bool:
    """ "A year earlier it was 4.2 billion": "a year earlier" opens a sentence that states a figure, the one
    of the period compared with (not "A year earlier, he had resigned": time between two events)."""
    r = reads[i]
    ss, se = doc.sentence_of(r.s)
    if not OPENING_ONLY_RE.match(doc.t[ss:r.s]):
        return False
    for q in reads[i + 1:]:
        if q.s >= se:
            break
        if q.kind in ("money", "percent", "quantity", "count", "change"):
            return True
    return False


MAX_YEARS_AGO = 5000  # beyond it, "N years ago" is a span of geological or cosmic time, not a calendar year


def _ago_dates(doc: _Doc, reads: list[Reading]) -> None:
    """ "three years ago", "a week ago": a point in time counted back from the article's date, so a date
    claim (resolved when the article date is known). A hedged one ("more than two years ago") stays a
    duration, an open interval; "three days later", "a year earlier, he had" are durations between two
    events; "from a year earlier" names the period compared with: a date counted back from the date its
    sentence names ("in April, up 13% from a year earlier": April of the year before), else with no value."""
    d = doc.date
    for i, r in enumerate(reads):
        if r.kind != "duration" or r.hedge is not None or r.is_range or r.value is None or r.value <= 0 or \
                r.unit not in AGO_MONTHS and (r.value != int(r.value) or r.unit not in ("week", "day", "fortnight")):
            continue
        months = r.value * AGO_MONTHS[r.unit] if r.unit in AGO_MONTHS else None
        if months is not None and abs(months - round(months)) > 1e-9:
            continue  # "a third of a year ago": no whole month to name
        if months is not None and months > 12 * MAX_YEARS_AGO:
            continue  # "66 million years ago", "13.8 billion years ago": a span of time, no calendar year
        m = AGO_RE.match(doc.t, r.e)
        if not m:
            em = EARLIER_RE.match(doc.t, r.e)
            p = reads[i - 1] if i else None
            base = r.s if p is None or p.kind == "date" or not SPACE_GAP_RE.fullmatch(doc.t, p.e, r.s) else p.s
            # "from a year earlier", "from $6.78bn a year earlier"
            if em and (COMPARED_WITH_BEFORE_RE.search(doc.t, max(0, r.s - 16), r.s)
                       or COMPARED_WITH_BEFORE_RE.search(doc.t, max(0, base - 16), base)
                       or FROM_ITS_BEFORE_RE.search(doc.t, max(0, r.s - 40), r.s)  # "from its peak a year earlier"
                       or base != r.s and p is not None and p.kind in ("money", "percent", "quantity", "count")
                       or _opens_a_compared_figure(doc, reads, i)):
                # (a figure right before: "a profit of £48m a year earlier", "sales of 300 a week earlier")
                # "up 8% from a year earlier", "than a year before": the period compared with, a point in
                # time counted back from the period the article reports (not from the article's date)
                back = _compared_date(doc, reads, i, months, r)
                r.kind, r.value, r.unit, r.date_value, r.e = "date", None, None, back, em.end()
                r.drop = back is None and d is not None  # no date its sentence names to count back from
            continue
        n, val = int(r.value), None
        if d is not None:
            if months is not None and (r.unit != "month" and months % 12 == 0):
                val = f"{d.year - round(months) // 12:04d}"  # "a decade ago", "half a century ago": the year back
            elif months is not None:  # "three months ago", "a year and a half ago": the month back
                k = d.year * 12 + d.month - 1 - round(months)
                val = f"{k // 12:04d}-{k % 12 + 1:02d}"
            else:
                val = (d - dt.timedelta(days=n * {"week": 7, "fortnight": 14}.get(r.unit, 1))).isoformat()
        r.kind, r.value, r.unit, r.date_value, r.e = "date", None, None, val, m.end()


FROM_ITS_BEFORE_RE = regex.compile(r"(?r)(?<!\p{L})(?:from|than|on|with|since)\s++(?:its|their|the|his|her|a)\s++"
                                   r"(?:\p{L}++\s++){1,2}\Z", regex.IGNORECASE)
OWN_TIME_GAP_RE = regex.compile(r"\s++(?:in|on|at|for|during|by)?+\s*+(?:the\s++same\s++(?:period|quarter|month|time)\s++)?+"
                                 r"(?:(?:early|mid|late)[\s-]++)?+", regex.IGNORECASE)  # "£1,650 in mid-2021"


OWN_PERIOD_AFTER_RE = regex.compile(r"\s++(?:in|for|during)\s++the\s++(?:previous|prior|preceding|same)"
                                    r"\s++(?:quarter|month|year|period|week|half|three\s++months)(?!\p{L})",
                                    regex.IGNORECASE)


# "down 9% on the same period a year earlier", "up 3% on last year": the time compared with, not the change's own
COMPARED_BASE_RE = regex.compile(r"(?<!\p{L})(?:earlier|ago|before|previous|prior|same|last\s++year)(?!\p{L})",
                                 regex.IGNORECASE)


def _own_times(doc: _Doc, reads: list[Reading]) -> set[int]:
    """The figures followed right away by a time of their own ("down from a peak of 9.1% last June", "£3m in
    the same period last year", "2.1% in 2022"): a period their sentence names is not theirs."""
    out = set()
    if " previous " in doc.low or " prior " in doc.low or " preceding " in doc.low or " same " in doc.low:
        for a in reads:  # "up from 0.6% in the previous quarter", "against 5% in the same period last year"
            if a.kind != "date" and OWN_PERIOD_AFTER_RE.match(doc.t, a.e):
                out.add(id(a))
    for a, b in zip(reads, reads[1:]):
        if b.kind == "date" and a.kind != "date" and b.s - a.e <= 40 and OWN_TIME_GAP_RE.fullmatch(doc.t, a.e, b.s) \
                and not (a.kind == "change" and doc.t[a.e:a.e + 4].lower() == " on " and
                         COMPARED_BASE_RE.search(doc.t, a.e, b.e)) \
                and (not MONTHS_VALUE_RE.fullmatch(b.date_value or "") or b.tok.extra.get("year_part")):
            # (a span of months is a period; "mid-2021" is a time of the figure's own)
            out.add(id(a))
    return out


def _period_of(periods: list | None, r: Reading) -> dict | None:
    """The period that qualifies claim ``r`` among those its sentence names: the first named after it ("rose 4%
    in the first quarter, after falling 2% in the fourth quarter of 2022"), else the last before it ("In the
    first quarter, sales rose 4%")."""
    if not periods:
        return None
    after = [p for p in periods if p[0] >= r.e]
    return after[0][2] if after else periods[-1][2]


def _to_claims(doc: _Doc, reads: list[Reading], periods) -> list[Claim]:
    norm, t = doc.norm, doc.t
    claims: list[Claim] = []
    seen: dict[tuple, int] = {}
    sent_cache: dict[tuple[int, int], tuple[str, str]] = {}
    periods = sorted(periods, key=lambda p: p[0])
    period_starts = [p[0] for p in periods]
    periods_of_sentence: dict[tuple[int, int], list] = {}
    for p in periods:
        periods_of_sentence.setdefault(doc.sentence_of(p[0]), []).append(p)
    own_time = _own_times(doc, reads)
    for r in reads:
        if r.drop:
            continue
        k = bisect_right(period_starts, r.s)
        if any(p[0] <= r.s and r.e <= p[1] for p in periods[max(0, k - 3):k]):
            continue  # "the first 7 months of 2022" qualifies a claim; it is not one
        rs, re_ = norm.raw_span(r.s, r.e)
        raw_text = norm.raw[rs:re_]
        ss, se = doc.sentence_of(r.s)
        if (ss, se) not in sent_cache:
            if se - ss > MAX_SENTENCE:  # run-on text with no sentence end: keep a window around the claim
                ss, se = max(ss, r.s - MAX_SENTENCE // 2), min(se, r.e + MAX_SENTENCE // 2)
            sent_txt = t[ss:se].strip()
            sent_cache[(ss, se)] = (sent_txt, sentence_key(sent_txt))
        sentence, sent_digest = sent_cache[(ss, se)]
        if r.kind == "date":
            value, low, high, unit = r.date_value, None, None, None
        elif r.is_range:
            value, unit = None, r.unit
            low, high = r.low, r.high
            if r.hedge is not None and low is not None:
                low = apply_hedge(low, r.hedge, 0)[0]
            if r.hedge is not None and high is not None:
                high = apply_hedge(high, r.hedge, 0)[1]
        else:
            value, unit = r.value, r.unit
            prec = r.tok.precision * (abs(value / r.tok.value) if r.tok.value else 1) if value is not None else 0
            low, high = apply_hedge(value, r.hedge, prec) if value is not None else (None, None)
            if r.tok.form == "x" and r.kind == "ratio" and r.hedge is not None and value is not None and 0 < value < 1:
                # "more than halved": the hedge bounds the factor of the fall, 1/value ("more than 2x down")
                a, b = apply_hedge(1 / value, r.hedge, 0)
                low, high = (1 / b if b else 0.0), (1 / a if a else None)
        period = None if id(r) in own_time else _period_of(periods_of_sentence.get(doc.sentence_of(r.s)), r)
        key = (ss, raw_text, r.kind)
        occ = seen.get(key, 0)
        seen[key] = occ + 1
        c = Claim(text=raw_text, start=rs, end=re_, kind=r.kind, value=value, unit=unit,
                  hedge=r.hedge.canonical if r.hedge else None, low=low, high=high, sentence=sentence,
                  direction=r.direction, noun=r.noun, period=period if r.kind != "date" else None,
                  precision=r.tok.precision or None)
        c.id = claim_id(sent_digest, raw_text, r.kind, occ)
        # where the claim and its sentence sit in the CLEAN text, for linking (not in the JSON)
        c.extra["at"] = (r.s, r.e)
        c.extra["sentence_at"] = (ss, se)
        claims.append(c)
    return claims


# every forward pattern of this module, matched at one place, looks a bounded distance ahead
for _name, _p in list(globals().items()):
    if _name.endswith("_RE") and isinstance(_p, regex.Pattern) and _name != "TOKEN_RE" and \
            "\\Z" not in _p.pattern and not _p.pattern.startswith("(?r)"):
        globals()[_name] = _Bounded(_p)
