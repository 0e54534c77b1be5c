"""The pipeline's arrows point one way: a stage imports only itself and the stages below it.

Stages, lowest first: shared basics (config, errors, languages, strings, text, registry)
< ingest < knowledge < index < qa (and feedback, the store of ratings) < quiz < the two front ends,
web and cli, which do not import each other. Imports inside functions count too.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

KB = Path(__file__).resolve().parents[1] / "kb"
RANK = {"ingest": 1, "knowledge": 2, "index": 3, "qa": 4, "feedback": 4, "quiz": 5, "web": 6, "cli": 6}
BASICS = {"__init__", "config", "errors", "languages", "strings", "text", "registry", "data", "shared_db"}


def stage(module: str) -> str:
    """The stage of a dotted kb module name: its first component below ``kb``."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def rank(module: str) -> int:
    name = stage(module)
    if name in BASICS:
        return 0
    return RANK[name]


def kb_imports(source: str, module: str) -> set[str]:
    """kb modules imported anywhere in ``source`` (relative imports resolved against ``module``)."""
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.split(".")[0] == "kb"}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(module.split(".")[: -node.level] + ([base] if base else []))
            if base.split(".")[0] == "kb":
                found.add(base)
                found |= {f"{base}.{a.name}" for a in node.names if base == "kb"}
    return found


def violations(module: str, imported: set[str]) -> list[str]:
    bad = []
    for target in sorted(imported):
        if target == "kb" or (stage(target) not in RANK and stage(target) not in BASICS):
            continue
        mine, theirs = stage(module), stage(target)
        if mine == theirs:
            continue
        if rank(target) > rank(module) or {mine, theirs} == {"web", "cli"}:
            bad.append(f"{module} imports {target}")
    return bad


def modules() -> list[tuple[str, Path]]:
    return [(".".join(("kb", *path.relative_to(KB).with_suffix("").parts)), path) for path in sorted(KB.rglob("*.py"))]


def test_every_module_belongs_to_a_known_stage():
    unknown = {stage(m) for m, _ in modules()} - set(RANK) - BASICS
    assert not unknown, f"add these to the stage list in this test and the README map: {unknown}"


@pytest.mark.parametrize(("module", "path"), modules(), ids=[m for m, _ in modules()])
def test_no_module_imports_a_higher_stage(module, path):
    assert violations(module, kb_imports(path.read_text(encoding="utf-8"), module)) == []


@pytest.mark.parametrize(
    ("module", "source", "bad"),
    [
        ("kb.index.build", "from kb.qa.answer import ask", True),
        ("kb.ingest.documents", "def f():\n    from kb.index import reader", True),
        ("kb.knowledge.glossary", "import kb.index.lexical", True),
        ("kb.web.pages.ask", "from kb.cli.base import cli", True),
        ("kb.qa.answer", "from . import model", False),
        ("kb.qa.answer", "from kb.index.reader import LoadedIndex", False),
        ("kb.languages", "from kb.strings import Strings", False),
        ("kb.strings", "from kb.ingest import documents", True),
    ],
)
def test_the_checker_catches_upward_imports(module, source, bad):
    assert bool(violations(module, kb_imports(source, module))) is bad


@pytest.mark.parametrize(("module", "path"), modules(), ids=[m for m, _ in modules()])
def test_modules_stay_small(module, path):
    assert len(path.read_text(encoding="utf-8").splitlines()) <= 300, f"{module}: split it by what its parts do"
