"""Claim and figure fact-check workbench: the core library.

``claims.extract(text)`` returns every numeric claim in a text. The core never prints and never
imports Streamlit; the CLI (``python -m claims``), ``app.py`` and the notebooks are thin shells.
"""
from .model import Claim
from .extract import extract  # noqa: E402  (binds the function over the submodule's name)

__all__ = ["Claim", "extract"]
