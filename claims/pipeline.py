"""One article in, the DESIGN section 4 JSON out: extract -> link -> verify.

This is the API every shell uses (the CLI, ``app.py``, the batch report, the notebooks):

    refs = claims.pipeline.load_refs()               # the shipped reference_data/, or a folder
    doc = claims.document.read_document(path)        # or document_from_text(text, date=...)
    result = claims.pipeline.check_document(doc, refs)
    result["document"]   # {"path", "date", "sha256", "date_source", "refs_version"}
    result["claims"]     # section 4 claim dicts: Claim.to_dict() + verdict, reference,
                         # explanation, alternatives

``check_text(text, date=..., refs=...)`` does the same for text in memory.
"""
from __future__ import annotations

import datetime as _dt
from pathlib import Path

from .document import Document, InputError, document_from_text
from .extract import extract
from .reference import ReferenceData, ReferenceError, load_dir

#: the journal `refs update` leaves while it renames files into place (claims.refs_update.JOURNAL)
JOURNAL = ".update-journal.json"

#: the reference data shipped with the project
DEFAULT_REFS = Path(__file__).resolve().parent.parent / "reference_data"


def load_refs(path=None) -> ReferenceData:
    """Load and index a reference folder (default: the shipped ``reference_data/``).

    Raises InputError with one line (the first problem and how many there are) when the folder
    is missing or has bad rows; ``python -m claims refs validate`` lists them all.
    """
    folder = Path(path) if path is not None else DEFAULT_REFS
    if not folder.is_dir():
        raise InputError(f"reference folder {folder}: does not exist")
    if (folder / JOURNAL).exists():
        # a `refs update` was killed after its journal was written: finish it first, so the
        # data read is the old set or the new one, never a mix of the two
        from .refs_update import recover
        recover(folder)
    try:
        return load_dir(folder)
    except ReferenceError as ex:
        problems = ex.problems
        more = f" (and {len(problems) - 1} more; run: python -m claims refs validate --refs {folder})" \
            if len(problems) > 1 else ""
        raise InputError(f"reference data: {problems[0]}{more}") from None


def body_claims(document: Document) -> list:
    """The claims in the document's body (none from its front matter); offsets index ``raw``.

    Relative dates ("last week", "on Monday") resolve against the article date, else today
    (``Document.assume_today`` makes the output say so)."""
    if not document.body.strip():
        return []
    found = extract(document.extraction_text, date=document.date or _dt.date.today())
    return [c for c in found if c.start >= document.body_start]


def document_dict(document: Document, refs: ReferenceData | None = None) -> dict:
    """The ``document`` object of the section 4 JSON (plus the reference data version)."""
    out = {
        "path": document.path,
        "date": document.date.isoformat() if document.date else None,
        "sha256": document.sha256,
        "date_source": document.date_source,
    }
    if refs is not None:
        out["refs_version"] = refs.version
    return out


def judge(claim_list: list, document: Document, refs: ReferenceData | None) -> list[dict]:
    """The section 4 claim dicts: ``claim.to_dict()`` plus the verdict fields, in order."""
    from .verify import verify_claims

    day = document.date or _dt.date.today()
    verdicts = verify_claims(claim_list, refs, day, text=document.extraction_text)
    return [{**c.to_dict(), **v} for c, v in zip(claim_list, verdicts, strict=True)]


def check_document(document: Document, refs: ReferenceData | None) -> dict:
    """The section 4 JSON of one document as a dict: ``{"document": ..., "claims": [...]}``.

    A document without a date is checked as of today and says so (``date_source`` "assumed today").
    """
    document = document.assume_today()
    items = judge(body_claims(document), document, refs)
    return {"document": document_dict(document, refs), "claims": items}


def check_text(text: str, *, date=None, refs: ReferenceData | None = None, path: str = "<text>") -> dict:
    """``check_document`` for text in memory; ``refs`` defaults to the shipped reference data."""
    if refs is None:
        refs = load_refs()
    return check_document(document_from_text(text, path=path, date=date), refs)
