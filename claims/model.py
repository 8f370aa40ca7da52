"""The Claim record: one numeric claim read from an article (DESIGN section 4, without verdict fields)."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

KINDS = ("quantity", "money", "percent", "change", "ratio", "count", "age", "duration", "date")


@dataclass(slots=True)
class Claim:
    """A numeric claim. ``start``/``end`` index the RAW input text: ``raw[start:end] == text``.

    value  -- a number in ``unit`` (None for an open or two-sided range), or an ISO date string for kind date
    unit   -- a unit expression the project's pint registry parses, or None for plain numbers and counts
    hedge  -- canonical hedge phrase from the hedge policy table ("nearly", "more than", ...), or None
    low/high -- the interval the claim asserts once hedge and stated precision apply (None: open side)
    """

    text: str
    start: int
    end: int
    kind: str
    value: Any
    unit: str | None = None
    hedge: str | None = None
    low: Any = None
    high: Any = None
    sentence: str = ""
    id: str = ""
    direction: str | None = None      # "up"/"down" for changes
    noun: str | None = None           # what is counted or measured ("workers", "gas")
    period: dict | None = None        # {"start": iso, "end": iso, "text": ...} when the claim names one
    precision: float | None = None    # half a unit of the last stated digit (50 -> 0.5; 2.5 million -> 50000)
    extra: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        """One entry of the section 4 JSON, without the verdict fields."""
        out = {
            "id": self.id, "text": self.text, "start": self.start, "end": self.end,
            "sentence": self.sentence, "kind": self.kind, "value": self.value, "unit": self.unit,
            "hedge": self.hedge, "low": self.low, "high": self.high,
        }
        if self.direction is not None:
            out["direction"] = self.direction
        if self.noun is not None:
            out["noun"] = self.noun
        if self.period is not None:
            out["period"] = self.period
        return out


def sentence_key(sentence: str) -> str:
    """A digest of a sentence with its white space folded: the part of a claim id that says where."""
    return hashlib.sha1(" ".join(sentence.split()).encode("utf-8")).hexdigest()


def claim_id(sentence_digest: str, text: str, kind: str, occurrence: int) -> str:
    """A stable id: the same claim in the same sentence gets the same id on every run, wherever the
    sentence moves in the article. ``occurrence`` tells apart repeats of one text in one sentence."""
    key = f"{sentence_digest}\x1f{' '.join(text.split())}\x1f{kind}\x1f{occurrence}"
    return "c" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]
