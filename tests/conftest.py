"""Shared fixtures: where the project, its examples and the shared folder are; running the CLI."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
REFERENCE_DATA = ROOT / "reference_data"
#: /work/shared next to the work tree (CI puts a copy of shared/ beside its clone the same way)
SHARED = ROOT.parent / "shared"
DEMO_ARTICLE = EXAMPLES / "xi_samarkand.txt"


@pytest.fixture(scope="session")
def project_root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES


@pytest.fixture(scope="session")
def demo_article() -> Path:
    return DEMO_ARTICLE


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"shared folder not found at {SHARED}")
    return SHARED


def _run_cli(*args, stdin: str | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    """Run ``python -m claims ARGS`` from the project root; text output, UTF-8."""
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "claims", *map(str, args)], cwd=ROOT, env=env,
        input=stdin or "", capture_output=True, text=True, encoding="utf-8", timeout=timeout,
    )


@pytest.fixture
def run_cli():
    """``run_cli("check", path, "--format", "json")`` -> CompletedProcess (returncode, stdout, stderr)."""
    return _run_cli
