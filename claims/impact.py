"""Which earlier verdicts a reference-data change flips (``python -m claims refs impact``).

Every verdict records the data version it was judged on (``refs_version``: the sha256 of the
reference files, ``claims.reference``). After the data changes, :func:`find_impact` judges again,
with the reference data as it is now:

* **the review store** (``claims.review``): every stored article checked against this reference
  folder (``documents.refs_dir``; a document stored without one counts as checked against the
  shipped data) is checked again from its stored text and date, and each reviewed claim's
  recorded ``tool_verdict`` is compared with the verdict it gets now;
* **the last batch run** (``ReviewStore.last_batch_run()``, or ``--report DIR``): the run's
  inputs (``run.json``, relative paths read from the run's ``cwd``, with its ``--date``) are read
  again with ``claims.batch.iter_documents`` and checked; verdicts are compared per document
  (matched by sha256, so a file edited since the run is left out and said so) and claim id with
  ``claims.json``. A run checked against another reference folder is skipped unless it is
  named with ``--report``.

A flip is a claim whose verdict is now different (``supported -> contradicted``); it is listed
with the document, the claim's text, both verdicts, the new explanation and, for a reviewed
claim, the person's decision (which stays as it was: the reviewer decides again). Claims that
are no longer found (the extraction changed, not the data) are counted, not listed as flips.

The core never prints: :meth:`Impact.table`, :meth:`Impact.to_dict` and :func:`update_summary`
return text or data for the CLI.
"""
from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .document import InputError, document_from_text
from .pipeline import DEFAULT_REFS, check_document, load_refs
from .reference import ReferenceData

__all__ = ["Flip", "Impact", "find_impact", "update_summary"]


@dataclass
class Flip:
    """One claim whose verdict changed."""

    origin: str  # "review" or "batch"
    document: str  # the document's path (or corpus id)
    sha256: str
    claim_id: str
    text: str
    old: str
    new: str
    explanation: str
    reviewed: str | None = None  # the person's current verdict on a reviewed claim
    old_refs_version: str | None = None


@dataclass
class Impact:
    """The outcome of re-checking stored reviews and the last batch run with new reference data."""

    refs_dir: str
    refs_version: str
    flips: list[Flip] = field(default_factory=list)
    store: str | None = None
    review_documents: int = 0
    review_claims: int = 0
    batch: str | None = None
    batch_documents: int = 0
    batch_claims: int = 0
    not_found: int = 0  # claims compared before that the extraction no longer finds
    notes: list[str] = field(default_factory=list)

    @property
    def checked_anything(self) -> bool:
        return bool(self.review_documents or self.batch_documents)

    def counts(self) -> Counter:
        """How many flips of each kind: {("supported", "contradicted"): 2, ...}."""
        return Counter((f.old, f.new) for f in self.flips)

    def summary(self) -> str:
        """One paragraph: what was re-checked and how many verdicts flip, by kind."""
        parts = []
        if self.store is not None:
            parts.append(f"{self.review_claims} reviewed claim(s) in {self.review_documents} stored document(s)")
        if self.batch is not None:
            parts.append(f"{self.batch_claims} claim(s) in {self.batch_documents} document(s) of the batch run "
                         f"{self.batch}")
        what = " and ".join(parts) if parts else "nothing (no review store, no batch run)"
        text = f"Re-checked {what} with reference data {self.refs_version[:12]}: "
        if not self.flips:
            text += "no verdict flips."
        else:
            kinds = ", ".join(f"{n} {old} -> {new}" for (old, new), n in sorted(self.counts().items()))
            text += f"{len(self.flips)} verdict(s) flip ({kinds})."
        if self.not_found:
            text += f" {self.not_found} earlier claim(s) are no longer found in their documents."
        return text

    def to_dict(self) -> dict:
        return {
            "refs_dir": self.refs_dir, "refs_version": self.refs_version,
            "reviews": {"store": self.store, "documents": self.review_documents, "claims": self.review_claims},
            "batch": {"out_dir": self.batch, "documents": self.batch_documents, "claims": self.batch_claims},
            "flips": [asdict(f) for f in self.flips],
            "not_found": self.not_found, "notes": list(self.notes), "summary": self.summary(),
        }

    def table(self, width: int = 60) -> str:
        """The flips as a text table (document, claim, old -> new, explanation), then the
        summary and notes. Cells are collapsed to one line; long ones are cut with "..."."""
        def cell(text, n):
            text = " ".join(str(text or "").split())
            return text if len(text) <= n else text[: n - 3] + "..."

        lines = []
        if self.flips:
            rows = [(f.origin, cell(f.document, 36), cell(f.text, width), f"{f.old} -> {f.new}",
                     (f"reviewed {f.reviewed}; " if f.reviewed else "") + cell(f.explanation, 2 * width))
                    for f in self.flips]
            head = ("from", "document", "claim", "verdict", "now")
            widths = [max(len(r[i]) for r in [head, *rows]) for i in range(4)]
            for r in [head, *rows]:
                lines.append("  ".join(r[i].ljust(widths[i]) for i in range(4)) + "  " + r[4])
            lines.append("")
        lines.append(self.summary())
        lines += [f"note: {n}" for n in self.notes]
        return "\n".join(lines)


def _same_folder(a, b) -> bool:
    try:
        return Path(a).resolve() == Path(b).resolve()
    except OSError:
        return False


def _store(store_path):
    """The review store at ``store_path`` when the file exists (never create one), else None."""
    try:
        from .review import ReviewStore, default_store_path
    except ImportError:
        return None, None
    path = Path(store_path) if store_path is not None else default_store_path()
    if not path.is_file():
        return None, path
    return ReviewStore(path), path


def _compare(impact: Impact, origin: str, document: str, sha256: str, old: dict[str, dict], result: dict,
             reviewed: dict[str, str] | None = None) -> int:
    """Add the flips between ``old`` (claim id -> {"verdict", "refs_version", "text"}) and a new
    ``check_document`` result; returns how many claims were compared."""
    now = {c["id"]: c for c in result["claims"]}
    compared = 0
    for claim_id, before in old.items():
        claim = now.get(claim_id)
        if claim is None:
            impact.not_found += 1
            continue
        compared += 1
        if before["verdict"] != claim["verdict"]:
            impact.flips.append(Flip(origin, document, sha256, claim_id, claim["text"], before["verdict"],
                                     claim["verdict"], claim.get("explanation") or "",
                                     (reviewed or {}).get(claim_id), before.get("refs_version")))
    return compared


def _check_reviews(impact: Impact, store, refs: ReferenceData, refs_dir: Path) -> None:
    skipped = 0
    for doc in store.documents():
        stored_refs = doc.get("refs_dir") or DEFAULT_REFS
        if not _same_folder(stored_refs, refs_dir):
            skipped += 1
            continue
        decisions = store.decisions(doc["sha256"])
        old = {cid: {"verdict": d["tool_verdict"], "refs_version": d.get("refs_version")}
               for cid, d in decisions.items() if d.get("tool_verdict")}
        if not old:
            continue
        try:
            document = document_from_text(doc["text"] or "", path=doc["path"] or doc["sha256"][:12],
                                          date=doc.get("date"))
        except InputError as ex:
            impact.notes.append(f"stored document {doc['path']}: {ex}")
            continue
        result = check_document(document, refs)
        impact.review_documents += 1
        impact.review_claims += _compare(impact, "review", doc["path"] or doc["sha256"][:12], doc["sha256"], old,
                                         result, {cid: d["verdict"] for cid, d in decisions.items()})
    if skipped:
        impact.notes.append(f"{skipped} stored document(s) were checked against another reference folder: "
                            "not re-checked")


def _check_batch(impact: Impact, out_dir: Path, refs: ReferenceData, refs_dir: Path, explicit: bool) -> None:
    run_path = out_dir / "run.json"
    claims_path = out_dir / "claims.json"
    try:
        run = json.loads(run_path.read_text(encoding="utf-8"))
        old_results = json.loads(claims_path.read_text(encoding="utf-8"))
    except FileNotFoundError as ex:
        if explicit:
            raise InputError(f"--report {out_dir}: no {Path(ex.filename).name} (not a batch report folder)") from None
        impact.notes.append(f"last batch run {out_dir}: {Path(ex.filename).name} is gone; not re-checked")
        return
    except (ValueError, OSError) as ex:
        raise InputError(f"batch run {out_dir}: unreadable run.json or claims.json ({ex})") from None
    if not explicit and run.get("refs_dir") and not _same_folder(run["refs_dir"], refs_dir):
        impact.notes.append(f"last batch run {out_dir} was checked against {run['refs_dir']}: not re-checked "
                            "(name it with --report to compare anyway)")
        return
    from .batch import iter_documents

    impact.batch = str(out_dir)
    by_sha: dict[str, list[dict]] = {}
    for res in old_results:
        by_sha.setdefault(res["document"]["sha256"], []).append(res)
    cwd = run.get("cwd") or os.getcwd()
    inputs = [i if os.path.isabs(i) else os.path.join(cwd, i) for i in run.get("inputs", [])]
    unreadable = edited = 0
    seen: set[str] = set()
    for _key, document, _error in iter_documents(inputs, run.get("date")):
        if document is None:
            unreadable += 1
            continue
        olds = by_sha.get(document.sha256)
        if not olds:
            edited += 1
            continue
        if document.sha256 in seen:
            continue
        seen.add(document.sha256)
        result = check_document(document, refs)
        old = {c["id"]: {"verdict": c["verdict"], "refs_version": r["document"].get("refs_version")}
               for r in olds for c in r["claims"]}
        impact.batch_documents += 1
        impact.batch_claims += _compare(impact, "batch", olds[0]["document"]["path"], document.sha256, old, result)
    if edited:
        impact.notes.append(f"batch run: {edited} input(s) are not the documents the run checked (edited or "
                            "added since): not compared")
    gone = len(set(by_sha) - seen)
    if gone:
        impact.notes.append(f"batch run: {gone} document(s) of the run were not found again ({unreadable} "
                            "input(s) unreadable now): not compared")


def find_impact(refs_dir=None, *, store_path=None, report_dir=None, refs: ReferenceData | None = None) -> Impact:
    """Re-check the stored reviews and the last batch run (or ``report_dir``) with the reference
    data in ``refs_dir`` (default: the shipped data) and list the verdicts that flip."""
    folder = Path(refs_dir) if refs_dir is not None else DEFAULT_REFS
    refs = refs if refs is not None else load_refs(folder)
    impact = Impact(str(folder), refs.version)
    store, path = _store(store_path)
    if store is not None:
        impact.store = str(path)
        _check_reviews(impact, store, refs, folder)
    elif path is not None:
        impact.notes.append(f"no review store at {path}")
    if report_dir is not None:
        _check_batch(impact, Path(report_dir), refs, folder, explicit=True)
    elif store is not None:
        last = store.last_batch_run()
        if last and last.get("out_dir"):
            _check_batch(impact, Path(last["out_dir"]), refs, folder, explicit=False)
    return impact


def update_summary(refs_dir, *, store_path=None) -> str | None:
    """The paragraph ``refs update`` ends with: the impact of the update on the stored reviews
    and the last batch run of this reference folder, or None when there is neither."""
    store, _path = _store(store_path)
    if store is None:
        return None
    impact = find_impact(refs_dir, store_path=store_path)
    if not impact.checked_anything:
        return None
    text = "Impact: " + impact.summary()
    if impact.flips:
        text += f" List them: python -m claims refs impact --refs {refs_dir}"
    return text
