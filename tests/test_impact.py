"""Impact of a reference-data update (claims.impact, ``python -m claims refs impact``): a real
review store (claims.review) and a real batch run (claims.batch / ``python -m claims report``)
are checked again after a real update, and the verdicts that flip are listed."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from claims import cli
from claims.batch import run as batch_run
from claims.document import read_document
from claims.impact import find_impact, update_summary
from claims.pipeline import check_document, load_refs
from claims.review import ReviewStore
from claims.refs_update import update

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ROOT / "reference_data"
XI = ROOT / "examples" / "xi_samarkand.txt"
EIFFEL = ROOT / "examples" / "eiffel_tower.txt"
HEADER = "entity,aliases,metric,value,unit,period_start,period_end,source,source_url,notes\n"
# Power of Siberia 2's planned capacity and the Jan-Jul 2022 China-Russia trade growth, revised
REVISION = (HEADER
            + "Power of Siberia 2,,planned_capacity,38,bcm/year,,,Test revision,,\n"
            + "China-Russia trade,,trade_growth_yoy,10,percent,2022-01-01,2022-07-31,Test revision,,\n")


class World:
    """A reference folder, a review store with reviewed claims of the demo article, and a batch
    report of two articles, all in one temporary folder."""

    def __init__(self, tmp: Path, batch_via_cli: bool = False):
        self.tmp = tmp
        self.refs = tmp / "refs"
        shutil.copytree(SHIPPED, self.refs)
        self.store_path = tmp / "store.sqlite3"
        self.out = tmp / "report"
        self.articles = tmp / "articles"
        self.articles.mkdir()
        for src in (XI, EIFFEL):
            shutil.copy(src, self.articles / src.name)
            meta = src.with_suffix(".meta.json")
            if meta.exists():
                shutil.copy(meta, self.articles / meta.name)
        refs = load_refs(self.refs)
        self.version = refs.version
        store = ReviewStore(self.store_path)
        doc = read_document(self.articles / XI.name)
        self.doc = doc
        self.result = check_document(doc, refs)
        store.add_document(doc, self.refs)
        self.reviewed = {}
        for claim in self.result["claims"]:
            if claim["verdict"] == "supported":
                person = "contradicted" if "69-year-old" in claim["text"] else "supported"
                store.record(doc.sha256, claim["id"], person, "checked", "tester", claim["verdict"],
                             refs.version, claim["reference"])
                self.reviewed[claim["id"]] = person
        inputs = [str(self.articles / XI.name), str(self.articles / EIFFEL.name)]
        if batch_via_cli:
            env = dict(os.environ, CLAIMS_STORE=str(self.store_path), PYTHONPATH=str(ROOT))
            done = subprocess.run([sys.executable, "-m", "claims", "report", *inputs, "--out", str(self.out),
                                   "--refs", str(self.refs)], cwd=ROOT, env=env, capture_output=True, text=True,
                                  timeout=300)
            assert done.returncode == 0, done.stderr
        else:
            batch_run(inputs, self.out, refs_dir=self.refs, store_path=self.store_path)
        assert ReviewStore(self.store_path).last_batch_run()["out_dir"] == str(self.out.resolve())

    def revise(self) -> None:
        source = self.tmp / "revision.csv"
        source.write_text(REVISION, encoding="utf-8")
        plan = update(self.refs, source)
        assert plan.summary() == "added 0, changed 2, unchanged 0"


@pytest.fixture
def world(tmp_path, monkeypatch) -> World:
    monkeypatch.setenv("CLAIMS_STORE", str(tmp_path / "store.sqlite3"))
    return World(tmp_path)


def verdicts(document, refs) -> dict[str, tuple[str, str]]:
    return {c["id"]: (c["text"], c["verdict"]) for c in check_document(document, refs)["claims"]}


def test_unchanged_data_flips_nothing(world):
    impact = find_impact(world.refs, store_path=world.store_path)
    assert impact.flips == []
    assert (impact.review_documents, impact.review_claims) == (1, len(world.reviewed))
    assert impact.batch == str(world.out.resolve())
    assert impact.batch_documents == 2
    assert impact.batch_claims == len(json.loads((world.out / "claims.json").read_text())[0]["claims"]) + len(
        json.loads((world.out / "claims.json").read_text())[1]["claims"])
    assert "no verdict flips" in impact.summary()


def test_update_flips_reviewed_and_batch_verdicts(world):
    """The flips listed are exactly the verdicts that differ between the old and the new data,
    checked independently here; the revised pipeline capacity and trade growth are among them."""
    old_refs = load_refs(world.refs)
    world.revise()
    new_refs = load_refs(world.refs)
    before, after = verdicts(world.doc, old_refs), verdicts(world.doc, new_refs)
    expected_batch = {(cid, before[cid][1], after[cid][1]) for cid in before if before[cid][1] != after[cid][1]}
    eiffel = read_document(world.articles / EIFFEL.name)
    e_before, e_after = verdicts(eiffel, old_refs), verdicts(eiffel, new_refs)
    expected_batch |= {(cid, e_before[cid][1], e_after[cid][1]) for cid in e_before
                       if e_before[cid][1] != e_after[cid][1]}
    impact = find_impact(world.refs, store_path=world.store_path)
    batch = {(f.claim_id, f.old, f.new) for f in impact.flips if f.origin == "batch"}
    review = {(f.claim_id, f.old, f.new) for f in impact.flips if f.origin == "review"}
    assert batch == expected_batch
    assert review == {t for t in expected_batch if t[0] in world.reviewed}
    texts = {(f.origin, f.text, f.old, f.new) for f in impact.flips}
    for origin in ("review", "batch"):
        assert (origin, "50 billion cubic me- ters of gas per year", "supported", "contradicted") in texts
        assert (origin, "nearly a third", "supported", "contradicted") in texts
    pos2 = next(f for f in impact.flips if f.origin == "review" and f.text.startswith("50 billion"))
    assert pos2.reviewed == "supported" and pos2.old_refs_version == world.version
    assert "38 bcm / year" in pos2.explanation and pos2.document == str(world.articles / XI.name)
    assert new_refs.version != world.version and impact.refs_version == new_refs.version
    n = len(impact.flips)
    assert f"{n} verdict(s) flip (" in impact.summary()


def test_update_command_ends_with_impact_summary(world, capsys):
    source = world.tmp / "revision.csv"
    source.write_text(REVISION, encoding="utf-8")
    assert cli.main(["refs", "update", str(source), "--refs", str(world.refs), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Impact:" not in out  # a dry run writes nothing and re-checks nothing
    assert cli.main(["refs", "update", str(source), "--refs", str(world.refs)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "added 0, changed 2, unchanged 0"
    assert out[-1].startswith("Impact: Re-checked ")
    assert "supported -> contradicted" in out[-1]
    assert out[-1].endswith(f"List them: python -m claims refs impact --refs {world.refs}")


def test_impact_command_table_and_json(world, capsys):
    world.revise()
    assert cli.main(["refs", "impact", "--refs", str(world.refs), "--store", str(world.store_path)]) == 0
    table = capsys.readouterr().out
    header = table.splitlines()[0].split()
    assert header == ["from", "document", "claim", "verdict", "now"]
    assert "50 billion cubic me- ters of gas per year  supported -> contradicted  reviewed supported;" in table
    assert cli.main(["refs", "impact", "--refs", str(world.refs), "--store", str(world.store_path),
                     "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["refs_version"] == load_refs(world.refs).version
    assert data["reviews"]["documents"] == 1 and data["batch"]["documents"] == 2
    assert {(f["origin"], f["old"], f["new"]) for f in data["flips"]} >= {("review", "supported", "contradicted"),
                                                                           ("batch", "supported", "contradicted")}


def test_documents_of_another_folder_are_not_rechecked(world):
    store = ReviewStore(world.store_path)
    other = read_document(world.articles / EIFFEL.name)
    store.add_document(other, ROOT / "examples" / "eiffel_tower_refs")
    store.record(other.sha256, "some-claim", "supported", "", "tester", "supported", "v")
    world.revise()
    impact = find_impact(world.refs, store_path=world.store_path)
    assert impact.review_documents == 1
    assert "1 stored document(s) were checked against another reference folder: not re-checked" in impact.notes


def test_last_batch_run_of_another_folder_needs_report(world, tmp_path):
    other_out = tmp_path / "other_report"
    batch_run([str(world.articles / XI.name)], other_out, refs_dir=SHIPPED, store_path=world.store_path)
    impact = find_impact(world.refs, store_path=world.store_path)
    assert impact.batch is None
    assert any("was checked against" in n and "--report" in n for n in impact.notes)
    world.revise()
    named = find_impact(world.refs, store_path=world.store_path, report_dir=other_out)
    assert named.batch == str(other_out) and named.batch_documents == 1
    assert any(f.origin == "batch" and f.text.startswith("50 billion") for f in named.flips)


def test_edited_inputs_are_not_compared(world):
    path = world.articles / EIFFEL.name
    path.write_text(path.read_text(encoding="utf-8") + "\nOne more sentence with 12 numbers.\n", encoding="utf-8")
    impact = find_impact(world.refs, store_path=world.store_path)
    assert impact.batch_documents == 1
    assert any("1 input(s) are not the documents the run checked" in n for n in impact.notes)
    assert any("1 document(s) of the run were not found again" in n for n in impact.notes)


def test_no_store_is_not_created(tmp_path):
    missing = tmp_path / "nowhere" / "store.sqlite3"
    impact = find_impact(SHIPPED, store_path=missing)
    assert not missing.exists() and not missing.parent.exists()
    assert impact.flips == [] and not impact.checked_anything
    assert f"no review store at {missing}" in impact.notes
    assert update_summary(SHIPPED, store_path=missing) is None


@pytest.mark.parametrize("args, message", [
    (["--report", "{tmp}/nothing"], "--report {tmp}/nothing: no such folder"),
    (["--report", "{tmp}"], "no run.json (not a batch report folder)"),
    (["--refs", "{tmp}/no_refs"], "--refs {tmp}/no_refs: no such folder"),
])
def test_impact_bad_input_is_one_line(tmp_path, capsys, args, message):
    args = [a.format(tmp=tmp_path) for a in args]
    assert cli.main(["refs", "impact", "--store", str(tmp_path / "none.sqlite3"), *args]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and err[0].startswith("claims: error: ") and message.format(tmp=tmp_path) in err[0]


def test_real_commands_end_to_end(tmp_path):
    """``python -m claims report`` records the run; ``refs update`` then reports the flips."""
    world = World(tmp_path, batch_via_cli=True)
    source = tmp_path / "revision.csv"
    source.write_text(REVISION, encoding="utf-8")
    env = dict(os.environ, CLAIMS_STORE=str(world.store_path), PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-m", "claims", "refs", "update", str(source), "--refs", str(world.refs)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    last = done.stdout.splitlines()[-1]
    assert last.startswith("Impact: Re-checked ") and "of the batch run" in last and "supported -> contradicted" in last
    done = subprocess.run([sys.executable, "-m", "claims", "refs", "impact", "--refs", str(world.refs),
                           "--format", "json"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    flips = json.loads(done.stdout)["flips"]
    assert any(f["origin"] == "batch" and f["text"] == "nearly a third" and f["new"] == "contradicted" for f in flips)
