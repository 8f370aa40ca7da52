"""Checks on the source itself that pyflakes does not make."""
import ast
import collections
from pathlib import Path

import pytest

SOURCES = sorted((Path(__file__).resolve().parent.parent / "claims").glob("*.py"))


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_no_module_constant_is_assigned_twice(path):
    # a second assignment silently replaces the first: one pattern shadowed another this way once
    seen = collections.Counter()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            seen.update(t.id for t in targets if isinstance(t, ast.Name) and t.id.isupper())
    assert [name for name, n in seen.items() if n > 1] == []
