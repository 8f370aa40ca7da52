"""Run the notebooks top to bottom and keep their outputs in the files.

    python notebooks/execute.py [NAME.ipynb ...]      (default: every notebook listed below)

The outputs kept in the repository are the ones this writes. ``tests/test_notebooks.py`` runs
the notebooks again and compares its text outputs with these, so when a change to the library
changes a figure, run this and commit the notebooks with the change.

Kernel: ``python3`` (ipykernel, from requirements-dev.txt) started with the Python that runs this
script, so the project's ``.venv`` when run as ``.venv/bin/python notebooks/execute.py``. The
notebooks are started in ``notebooks/`` (as Jupyter does) and find the project folder themselves.
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

HERE = Path(__file__).resolve().parent
NOTEBOOKS = ("walkthrough.ipynb", "calibration.ipynb")
#: seconds one cell may take before the run is given up
CELL_TIMEOUT = 300


def execute(path, cwd=HERE, timeout: int = CELL_TIMEOUT) -> nbformat.NotebookNode:
    """The notebook at ``path`` run in a fresh ``python3`` kernel started in ``cwd``; raises
    ``nbclient.exceptions.CellExecutionError`` at the first cell that fails."""
    nb = nbformat.read(path, as_version=4)
    NotebookClient(nb, timeout=timeout, kernel_name="python3", record_timing=False,
                   resources={"metadata": {"path": str(cwd)}}).execute()
    return nb


def write(nb: nbformat.NotebookNode, path: Path) -> None:
    """Write atomically: a temporary file beside ``path``, then ``os.replace``."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            nbformat.write(nb, f)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


def main(argv: list[str]) -> int:
    for name in argv or NOTEBOOKS:
        path = HERE / Path(name).name
        t0 = time.perf_counter()
        nb = execute(path)
        write(nb, path)
        print(f"{path.name}: ran in {time.perf_counter() - t0:.1f} s, {path.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
