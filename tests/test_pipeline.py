"""claims.pipeline: the API the shells share (load_refs, check_text, check_document)."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from claims.document import InputError
from claims.pipeline import DEFAULT_REFS, JOURNAL, check_text, load_refs
from claims.refs_update import JOURNAL as UPDATE_JOURNAL

ROOT = Path(__file__).resolve().parent.parent
HEADER = "entity,aliases,metric,value,unit,period_start,period_end,source,source_url,notes\n"


def test_journal_name_is_the_update_scripts():
    assert JOURNAL == UPDATE_JOURNAL


def test_load_refs_errors_are_one_line(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        load_refs(tmp_path / "missing")
    (tmp_path / "bad.csv").write_text(HEADER + "A,,m,notanumber,count,,,S,,\nB,,m,1,furlongs_per_x,,,S,,\n")
    with pytest.raises(InputError) as info:
        load_refs(tmp_path)
    message = str(info.value)
    assert "\n" not in message and "bad.csv:2" in message and "1 more" in message


def test_check_text_uses_the_shipped_data():
    result = check_text("Xi Jinping, the 69-year-old leader, spoke.", date="2022-09-12")
    (claim,) = result["claims"]
    assert claim["verdict"] == "supported" and claim["reference"]["metric"] == "birth_date"
    assert result["document"]["refs_version"] == load_refs(DEFAULT_REFS).version


def test_load_refs_finishes_an_interrupted_update(tmp_path):
    """A `refs update` killed after writing its journal leaves old and new files mixed; loading
    the folder rolls the update forward first, so checks never read a mix."""
    folder = tmp_path / "refs"
    folder.mkdir()
    (folder / "a.csv").write_text(HEADER + "Acme,,capacity,50,bcm/year,,,Old,,\n", encoding="utf-8")
    (folder / "b.csv").write_text(HEADER + "Beta,,capacity,7,bcm/year,,,Old,,\n", encoding="utf-8")
    source = tmp_path / "new.csv"
    source.write_text(HEADER + "Acme,,capacity,60,bcm/year,,,New,,\nBeta,,capacity,8,bcm/year,,,New,,\n",
                      encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT), CLAIMS_REFS_UPDATE_PAUSE="0.5")
    proc = subprocess.Popen([sys.executable, "-m", "claims", "refs", "update", str(source), "--refs", str(folder)],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while not (folder / JOURNAL).exists() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert (folder / JOURNAL).exists(), "the run was to be killed after writing its journal"
    refs = load_refs(folder)
    assert not (folder / JOURNAL).exists()
    assert sorted(r.value for r in refs) == [8.0, 60.0]
    shutil.rmtree(folder)
