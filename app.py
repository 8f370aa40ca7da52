"""Review session: ``streamlit run app.py``.

A fact-checker opens an article (a shipped example, pasted text, or an uploaded .txt/.md/.html/
.pdf), reads it with every claim highlighted by verdict, reviews the claims in a table, looks at
the evidence for one claim, and exports the reviewed result. Every decision goes straight into
the review store (``claims.review``), so it survives a reload, a restart and a second reviewer.

This file is a thin shell: reading, checking, the store, the highlight HTML, the table rows,
the edits, the chart and the exports are functions in ``claims/`` (``convert``, ``pipeline``,
``review``, ``ui_model``, ``report``), tested without Streamlit.
"""
from __future__ import annotations

import html
import os
from pathlib import Path

import pandas as pd
import streamlit as st

from claims import convert, pipeline
from claims import ui_model as ui
from claims.document import InputError, document_from_text
from claims.review import ReviewStore, StoreError, default_store_path, now_iso
from claims.verify import VERDICTS

ROOT = Path(__file__).resolve().parent
EXAMPLES = ROOT / "examples"
DEMO = "xi_samarkand.txt"
SOURCES = ("Example", "Paste text", "Upload a file", "Reviewed before")
UPLOAD_TYPES = [s.lstrip(".") for s in convert.SUFFIXES]

st.set_page_config(page_title="Claim review", page_icon=":material/fact_check:", layout="wide")


# --------------------------------------------------------------------------------------------
# cached resources: one per server process

@st.cache_resource(show_spinner=False)
def unit_registry():
    """The project's one pint registry, built once per server process. (It is a resource, not
    data: ``st.cache_data`` would pickle it, and a pickled pint Quantity comes back bound to
    pint's application registry, not this one.)"""
    from claims.units import ureg
    return ureg


@st.cache_resource(show_spinner="Loading reference data…")
def reference_data(folder: str, signature: tuple):
    """The reference folder, loaded and indexed once; ``signature`` (file names, sizes, mtimes)
    changes when a CSV does, which loads it again."""
    return pipeline.load_refs(folder)


def refs_signature(folder: str) -> tuple:
    p = Path(folder)
    if not p.is_dir():
        return ()
    out = []
    for f in sorted(p.rglob("*.csv")):
        try:
            s = f.stat()
        except OSError:
            continue
        out.append((str(f.relative_to(p)), s.st_size, s.st_mtime_ns))
    return tuple(out)


@st.cache_resource(show_spinner=False)
def review_store(path: str) -> ReviewStore:
    return ReviewStore(path)


@st.cache_data(max_entries=32, show_spinner="Checking the article…")
def checked(kind: str, name: str, data: bytes, date: str | None, stamp, refs_folder: str,
            refs_sig: tuple, sha: str | None = None):
    """(Document, check_document result) for one input; cached on everything that changes it.
    ``kind``: "file" (``name`` is a path; ``stamp`` its modification times), "upload", "text"."""
    unit_registry()
    refs = reference_data(refs_folder, refs_sig)
    if kind == "file":
        doc = convert.read_any(name, date=date)
    elif kind == "upload":
        doc = convert.document_from_upload(name, data, date=date)
    else:
        doc = document_from_text(data.decode("utf-8"), path=name, date=date)
        if sha:  # a stored article keeps the identity (sha256 of its original bytes) it was stored under
            import dataclasses
            doc = dataclasses.replace(doc, sha256=sha)
    return doc, pipeline.check_document(doc, refs)


def file_stamp(path: Path) -> tuple:
    stamps = []
    for p in (path, path.with_name(path.stem + ".meta.json")):
        try:
            stamps.append(p.stat().st_mtime_ns)
        except OSError:
            stamps.append(None)
    return tuple(stamps)


def escaped(text: str, tag: str = "div", style: str = "") -> str:
    """Untrusted text as HTML (st.html reads no Markdown: ``$`` and ``:red[...]`` stay as typed)."""
    attr = f' style="{style}"' if style else ""
    return f"<{tag}{attr}>{html.escape(str(text))}</{tag}>"


def example_refs(name: str) -> str:
    """An example's own reference folder (examples/NAME_refs/) when it has one, else the shipped one."""
    own = EXAMPLES / f"{Path(name).stem}_refs"
    return str(own) if own.is_dir() else str(pipeline.DEFAULT_REFS)


def example_changed() -> None:
    st.session_state["refs_folder"] = example_refs(st.session_state["example"])


# --------------------------------------------------------------------------------------------
# sidebar: the article, its date, the reference folder, the reviewer

def sidebar(store: ReviewStore | None):
    sb = st.sidebar
    sb.header("Article")
    source = sb.radio("Open", SOURCES, key="source", horizontal=False)
    pick = None
    if source == "Example":
        names = sorted(p.name for p in EXAMPLES.glob("*.txt"))
        name = sb.selectbox("Example article", names, index=names.index(DEMO) if DEMO in names else 0,
                            key="example", on_change=example_changed)
        path = EXAMPLES / name
        try:  # shown and stored as the command line names it: examples/NAME when run from here
            shown = str(path.relative_to(Path.cwd().resolve()))
        except ValueError:
            shown = str(path)
        pick = ("file", shown, b"", None, file_stamp(path))
    elif source == "Paste text":
        text = sb.text_area("Article text", key="pasted", height=220,
                            placeholder="Paste the article here, then press Ctrl+Enter")
        if text.strip():
            pick = ("text", "pasted text", text.encode("utf-8"), None, None)
    elif source == "Upload a file":
        up = sb.file_uploader("Article file", type=UPLOAD_TYPES, key="upload",
                              help=f"Text, Markdown, HTML or PDF; up to {convert.MAX_PDF_BYTES // 1_000_000} MB "
                                   f"for PDF, {convert.MAX_BYTES // 1_000_000} MB otherwise")
        if up is not None:
            pick = ("upload", up.name, up.getvalue(), None, None)
    else:
        docs = store.documents() if store else []
        if not docs:
            sb.info("No article reviewed yet.")
        else:
            labels = {d["sha256"]: f"{Path(d['path'] or 'article').name} · {d['date'] or 'no date'} · "
                                   f"{d['reviewed']} reviewed" for d in docs}
            sha = sb.selectbox("Article", list(labels), format_func=labels.get, key="stored")
            d = next(x for x in docs if x["sha256"] == sha)
            # a stored article keeps the date it was reviewed under, unless one is set below
            pick = ("text", d["path"] or "article", (d["text"] or "").encode("utf-8"), d["date"], sha)
    date = sb.date_input("Publication date", value=None, key="date", format="YYYY-MM-DD",
                         help="Leave empty to use the date the article gives (front matter, a sidecar "
                              "NAME.meta.json, an HTML <meta> date, a dateline), else today.")
    sb.header("Reference data")
    refs_folder = sb.text_input("Reference folder", value=example_refs(DEMO), key="refs_folder",
                                help="Every CSV under it is loaded (DESIGN section 3). An example with "
                                     "its own folder (examples/NAME_refs/) switches to it.")
    sb.header("Reviewer")
    reviewer = sb.text_input("Your name", value=os.environ.get("USER") or "reviewer", key="reviewer")
    sb.caption(f"Decisions are saved at once in `{store.path if store else default_store_path()}`.")
    return pick, (date.isoformat() if date else None), refs_folder.strip(), reviewer.strip() or "reviewer"


# --------------------------------------------------------------------------------------------
# recording decisions

def record_decisions(store, doc, result, merged, decisions: list[dict], reviewer: str) -> None:
    by_id = {c["id"]: c for c in merged["claims"]}
    refs_version = result["document"].get("refs_version")
    for d in decisions:
        claim = by_id.get(d["claim_id"])
        if claim is None:
            continue
        reference = (claim.get("review") or {}).get("reference")  # a picked row stays picked
        store.record(doc.sha256, d["claim_id"], d["verdict"], d.get("note", ""), reviewer,
                     claim.get("verdict"), refs_version, reference=reference)


def save_edits(key, rows, store, doc, result, merged, reviewer) -> int:
    """Save the claims table's pending edits as decisions; start a fresh table (a new widget
    key), so an edit is never applied twice or to another row. Returns how many were saved."""
    edits = (st.session_state.get(key) or {}).get("edited_rows") or {}
    decisions = ui.decisions_from_edits(rows, edits)
    if not decisions or store is None:
        return 0
    record_decisions(store, doc, result, merged, decisions, reviewer)
    st.session_state["editor_version"] = st.session_state.get("editor_version", 0) + 1
    st.session_state["saved"] = st.session_state.get("saved", 0) + len(decisions)
    return len(decisions)


def on_reference_pick(store, sha, claim, choices, key, reviewer, refs_version):
    """A reviewer picked another reference row: record it, with the verdict that row gives."""
    i = st.session_state.get(key)
    if i is None or not 0 <= i < len(choices):
        return
    ref = choices[i]
    review = claim.get("review") or {}
    verdict = ref.get("verdict") if ref.get("verdict") in VERDICTS else ui.effective_verdict(claim)
    if i == 0 and not review:
        return  # the tool's own row: nothing to decide
    row = {k: v for k, v in ref.items() if k not in ("score", "why", "verdict")}
    store.record(sha, claim["id"], verdict, review.get("note", ""), reviewer, claim.get("verdict"),
                 refs_version, reference=row)
    st.session_state["editor_version"] = st.session_state.get("editor_version", 0) + 1


# --------------------------------------------------------------------------------------------
# the page

def main() -> None:
    try:
        store = review_store(str(default_store_path()))
        store_error = None
    except StoreError as ex:
        store, store_error = None, str(ex)
    pick, date, refs_folder, reviewer = sidebar(store)
    if store_error:
        st.warning(f"Decisions cannot be saved: {store_error}")

    st.title("Claim review")
    if pick is None:
        st.info("Choose an article in the sidebar: an example, pasted text or a file.")
        return
    kind, name, data, stored_date, extra = pick
    stamp, sha = (extra, None) if kind == "file" else (None, extra)
    try:
        doc, result = checked(kind, name, data, date or stored_date, stamp, refs_folder,
                              refs_signature(refs_folder), sha)
    except InputError as ex:
        st.error(str(ex))
        return

    added = st.session_state.setdefault("added", set())
    if store is not None and (doc.sha256, refs_folder, doc.date) not in added:
        store.add_document(doc, refs_folder)
        added.add((doc.sha256, refs_folder, doc.date))
    refs = reference_data(refs_folder, refs_signature(refs_folder))
    refs_version = result["document"].get("refs_version")

    merged = ui.merge_reviews(result, store.decisions(doc.sha256) if store else {}, doc.meta)
    meta = result["document"]
    title = doc.meta.get("title") if isinstance(doc.meta.get("title"), str) else None
    st.html(escaped(title or Path(doc.path).name, "h3", "margin:0"))
    date_note = (f"{meta['date']} ({'assumed: the article gives no date' if meta['date_source'] == 'assumed today' else 'from ' + meta['date_source']})")
    st.caption(f"{doc.path} · date {date_note} · sha256 {doc.sha256[:12]} · reference data "
               f"{refs_version[:12] if refs_version else '?'} ({len(refs.rows)} rows) · "
               f"{len(result['claims'])} claims")
    summary = st.container()
    tab_article, tab_claims, tab_export, tab_refs, tab_docs = st.tabs(
        ["Article", "Claims and evidence", "Export", "Reference data", "Reviewed articles"])

    # Decisions made in the browser are saved by the widgets' callbacks before this run starts,
    # so the counts and the article are drawn first, from the store, and show up soonest.
    counts = ui.verdict_counts(merged["claims"])
    with summary:
        cols = st.columns(len(VERDICTS) + 1)
        for col, v in zip(cols, VERDICTS):
            col.metric(ui.VERDICT_COLORS[v][0], counts[v])
        cols[-1].metric("reviewed", f"{sum(1 for c in merged['claims'] if c.get('review'))} / {len(merged['claims'])}")
    with tab_article:
        st.html(ui.legend_html(counts))
        st.html(ui.highlight_html(doc.raw, merged["claims"]))
    with tab_claims:
        claims_tab(store, doc, result, merged, reviewer, refs_version)
    with tab_export:
        export_tab(merged, reviewer)
    with tab_refs:
        refs_tab(refs, refs_folder)
    with tab_docs:
        docs_tab(store)


def claims_tab(store, doc, result, merged, reviewer, refs_version) -> None:
    claims = merged["claims"]
    c1, c2 = st.columns(2)
    verdicts = c1.multiselect("Verdict", VERDICTS, key="filter_verdict", placeholder="all verdicts",
                              format_func=lambda v: ui.VERDICT_COLORS[v][0])
    kinds_present = sorted({c.get("kind", "") for c in claims})
    kinds = c2.multiselect("Kind", kinds_present, key="filter_kind", placeholder="all kinds")
    shown = ui.filter_claims(claims, verdicts, kinds)
    rows = ui.table_rows(shown)
    version = st.session_state.setdefault("editor_version", 0)
    ids_key = abs(hash(tuple(r["id"] for r in rows))) % 10**8
    key = f"editor-{doc.sha256[:12]}-{version}-{ids_key}"
    frame = pd.DataFrame(rows, columns=["id", *ui.TABLE_COLUMNS])
    edit_args = (key, rows, store, doc, result, merged, reviewer)
    st.data_editor(
        frame, key=key, hide_index=True, width="stretch",
        column_order=ui.TABLE_COLUMNS,
        disabled=[c for c in frame.columns if c not in ui.EDITABLE_COLUMNS],
        on_change=save_edits, args=edit_args,
        column_config={
            "claim": st.column_config.TextColumn("claim", width="medium"),
            "tool_verdict": st.column_config.TextColumn("tool verdict"),
            "verdict": st.column_config.SelectboxColumn("verdict", options=list(VERDICTS), required=True,
                                                        help="Your verdict; saved at once"),
            "reviewed": st.column_config.CheckboxColumn("reviewed", help="Tick to sign off the verdict; "
                                                        "untick to withdraw your decision"),
            "note": st.column_config.TextColumn("note", width="medium", help="Why; goes into the exports"),
            "source_url": st.column_config.LinkColumn("link", display_text=r"https?://(?:www\.)?([^/]+)"),
            "explanation": st.column_config.TextColumn("explanation", width="large"),
        },
    )
    # The browser reports an edit through on_change, which saves it before this run starts.
    # Edits that reach the script another way (AppTest sets the widget state directly) are
    # saved here, and the page is drawn again so the table starts afresh from the store.
    if save_edits(*edit_args):
        st.rerun()
    saved = st.session_state.pop("saved", 0)
    if saved:
        st.toast(f"Saved {saved} decision{'s' if saved != 1 else ''}")
    evidence(store, doc, merged, shown, reviewer, refs_version)


def evidence(store, doc, merged, shown, reviewer, refs_version) -> None:
    st.subheader("Evidence")
    if not shown:
        st.info("No claim matches the filters.")
        return
    by_id = {c["id"]: c for c in merged["claims"]}
    ids = [c["id"] for c in shown]
    cid = st.selectbox("Claim", ids, key="evidence_claim", format_func=lambda i: ui.claim_label(by_id[i]))
    claim = by_id[cid]
    review = claim.get("review") or {}
    verdict = ui.effective_verdict(claim)
    st.html(
        f'<div style="font-size:0.95rem">{escaped(claim.get("sentence") or claim.get("text"), "blockquote", "margin:0 0 .4rem;padding-left:.6rem;border-left:3px solid #ccc")}'
        f'<b>{html.escape(ui.VERDICT_COLORS[verdict][0])}</b>'
        + (f" (reviewed by {html.escape(review.get('reviewer') or '')} {html.escape(review.get('time') or '')};"
           f" the tool said {html.escape(claim.get('verdict') or '')})" if review else " (the tool's verdict)")
        + f" · {html.escape(claim.get('kind') or '')} · {html.escape(ui.value_text(claim.get('value'), claim.get('unit')))}"
        + f" · interval {html.escape(ui.interval_text(claim) or 'none')}"
        + (f"<br>Note: {html.escape(review['note'])}" if review.get("note") else "")
        + f"<br>{html.escape(claim.get('explanation') or '')}</div>")
    choices = ui.reference_choices(claim)
    if not choices:
        st.info("No reference row covers this claim: nothing to compare it with.")
    else:
        key = f"ref-{doc.sha256[:8]}-{cid}"
        st.session_state[key] = 0  # the row in force is always first
        if store is not None:
            st.selectbox("Reference row", list(range(len(choices))), key=key,
                         format_func=lambda i: (("in force: " if i == 0 else "")
                                                + ui.reference_label(choices[i])
                                                + (f" · score {choices[i]['score']}" if choices[i].get("score") is not None else "")
                                                + (f" · gives {choices[i]['verdict']}" if choices[i].get("verdict") and i else "")),
                         on_change=on_reference_pick,
                         args=(store, doc.sha256, claim, choices, key, reviewer, refs_version),
                         help="Pick another candidate row: the decision takes that row and the verdict it gives.")
        table = pd.DataFrame([{
            "": "in force" if i == 0 else "alternative",
            "entity": r.get("entity"), "metric": r.get("metric"),
            "value": ui.value_text(r.get("value"), r.get("unit")),
            "period": f"{r.get('period_start') or '…'} to {r.get('period_end') or '…'}"
            if (r.get("period_start") or r.get("period_end")) else "",
            "source": r.get("source"), "link": ui._safe_url(r.get("source_url")),
            "row": f"{r.get('file')}:{r.get('line')}", "score": r.get("score"),
            "verdict with this row": r.get("verdict") if i else claim.get("verdict"),
        } for i, r in enumerate(choices)])
        st.dataframe(table, hide_index=True, width="stretch", column_config={
            "link": st.column_config.LinkColumn("link", display_text=r"https?://(?:www\.)?([^/]+)")})
        frames = ui.chart_frames(claim, doc.date, choices)
        chart = ui.evidence_chart(frames) if frames else None
        if chart is not None:
            st.altair_chart(chart, width="stretch")
            if frames.get("skipped"):
                st.caption(f"{frames['skipped']} row(s) not drawn: not on this chart's scale.")
        else:
            st.caption("No chart: the reference rows are not on a scale the claim can be drawn on.")
    if store is not None:
        with st.expander("Decision history"):
            hist = store.history(doc.sha256, cid)
            if hist:
                st.dataframe(pd.DataFrame([{k: h.get(k) for k in ("time", "reviewer", "verdict", "note",
                                                                     "tool_verdict")} for h in hist]),
                             hide_index=True, width="stretch")
            else:
                st.caption("No decision on this claim yet.")


def export_tab(merged: dict, reviewer: str) -> None:
    n = sum(1 for c in merged["claims"] if c.get("review"))
    st.caption(f"The reviewed result: {len(merged['claims'])} claims, {n} reviewed. Reviewed verdicts win; "
               "the tool's verdict stays beside them.")
    stem = ui.export_name(merged["document"].get("path", ""))
    made = {}

    def make(fmt):
        def build():
            if "all" not in made:
                made["all"] = ui.exports(merged, author=reviewer, generated=now_iso())
            return made["all"][fmt][2]
        return build

    cols = st.columns(4)
    for col, (fmt, label, suffix, mime) in zip(cols, [
            ("csv", "CSV", "claims.csv", "text/csv"), ("json", "JSON", "claims.json", "application/json"),
            ("jsonld", "ClaimReview JSON-LD", "claimreview.jsonld", "application/ld+json"),
            ("html", "HTML report", "report.html", "text/html")]):
        col.download_button(label, data=make(fmt), file_name=f"{stem}.{suffix}", mime=mime,
                            on_click="ignore", key=f"download-{fmt}", icon=":material/download:")
    from claims.report import claimreview_jsonld, jsonld_document
    st.markdown("ClaimReview markup of the reviewed claims, to paste into the article's page:")
    st.code(jsonld_document(claimreview_jsonld([merged], author=reviewer, only_reviewed=True)),
            language="json")


def refs_tab(refs, folder: str) -> None:
    q = st.text_input("Search", key="refs_query", placeholder="entity, alias, metric, source…")
    found = ui.search_refs(refs.rows, q)
    st.caption(f"{len(found)} of {len(refs.rows)} rows · {len(refs.files)} files in {folder} · "
               f"version {refs.version[:12]}")
    st.dataframe(pd.DataFrame(ui.ref_rows(found[:5000])), hide_index=True, width="stretch",
                 column_config={"source_url": st.column_config.LinkColumn(
                     "link", display_text=r"https?://(?:www\.)?([^/]+)")})


def docs_tab(store) -> None:
    if store is None:
        st.info("The review store is not available.")
        return
    docs = store.documents()
    st.caption(f"{len(docs)} article(s) in {store.path}. Open one with 'Reviewed before' in the sidebar.")
    if docs:
        st.dataframe(pd.DataFrame([{"article": d["path"], "date": d["date"], "reviewed claims": d["reviewed"],
                                    "first opened": d["added_at"], "last opened": d["opened_at"],
                                    "sha256": d["sha256"][:12]} for d in docs]),
                     hide_index=True, width="stretch")


main()
