"""The package's modules bind each top-level name once: a second `def` or assignment of a
name silently replaces the first wherever the name is looked up at call time, while a table
built at import time keeps the first (two helpers of parse.py and a pattern of changes.py
were bound twice this way)."""
import ast
from collections import Counter
from pathlib import Path

import pytest

import tracker

MODULES = sorted(Path(tracker.__file__).parent.rglob("*.py"))


def _top_level_names(tree: ast.Module) -> list[str]:
    names = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names += [t.id for t in targets if isinstance(t, ast.Name)]
    return names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_each_name_bound_once(path: Path):
    names = Counter(_top_level_names(ast.parse(path.read_text(encoding="utf-8"))))
    assert not [name for name, n in names.items() if n > 1 and not name.startswith("__")]
