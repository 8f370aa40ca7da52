"""Verdicts: each claim against its linked reference rows (DESIGN sections 4 and 6)."""
from __future__ import annotations

VERDICTS = ("supported", "contradicted", "needs_review", "unverifiable")


def verify_claims(claim_list, refs, day, text: str = "") -> list[dict]:
    """Verdict fields for each claim, in order: verdict, reference, explanation, alternatives."""
    return [{"verdict": "unverifiable", "reference": None,
             "explanation": "No reference row covers this claim.", "alternatives": []}
            for _ in claim_list]
