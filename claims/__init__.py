"""Claim and figure fact-check workbench: the core library.

``claims.extract(text)`` returns every numeric claim in a text. The core never prints and never
imports Streamlit; the CLI (``python -m claims``), ``app.py`` and the notebooks are thin shells.
"""
from .model import Claim

__all__ = ["Claim", "extract"]


def extract(text: str) -> list[Claim]:
    """Every numeric claim in ``text`` (raw article text), in order of appearance."""
    from .extract import extract as _extract

    return _extract(text)
