"""The package's shape: stages import only earlier stages, modules stay readable in one sitting,
and the README's module list matches the package.

The stages, in the order data flows: load → clean → segment → facts → align → judge →
checking (a report against its sources) → consensus (three or more reports), both from the
comparisons → (pipeline) → report → (the library API in ``__init__``) → batch (many pairs) → config (settings files) → cli. Shared modules (the data
records, errors, text helpers and the vocabulary) may be imported by any stage and import no
stage themselves. The alias knowledge sits between the facts and the aligner that uses it.
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parent.parent / "factcheck"
README = Path(__file__).parent.parent / "README.md"

SHARED = {"model", "errors", "text", "lexicon", "settings"}
STAGES = ["load", "clean", "segment", "facts", "aliases", "align", "judge", "checking", "consensus", "pipeline", "report", "__init__", "batch",
          "config", "cli", "__main__"]


def stage(module: str) -> str:
    """``factcheck.facts.numbers.parse`` → ``facts``; ``factcheck`` → ``__init__``."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def modules() -> dict[str, Path]:
    out = {}
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE.parent).with_suffix("")
        parts = list(rel.parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = path
    return out


def imports(module: str, path: Path) -> set[str]:
    """Every ``factcheck`` module ``path`` imports, at the top or inside a function."""
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.split(".")[0] == "factcheck"}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[:len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target.split(".")[0] != "factcheck":
                continue
            known = modules()
            for alias in node.names:          # "from . import judge" imports a module
                sub = f"{target}.{alias.name}"
                found.add(sub if sub in known else target)
    return found


def rank(module: str) -> int:
    name = stage(module)
    return -1 if name in SHARED else STAGES.index(name)


def test_every_module_has_a_known_stage():
    assert {stage(m) for m in modules()} <= SHARED | set(STAGES) | {"data"}


@pytest.mark.parametrize("module", sorted(modules()))
def test_a_stage_imports_no_later_stage(module):
    path = modules()[module]
    later = sorted(m for m in imports(module, path) if rank(m) > rank(module))
    assert later == [], f"{module} ({stage(module)}) imports later stages: {later}"
    if stage(module) in SHARED:
        stages = sorted(m for m in imports(module, path) if stage(m) not in SHARED)
        assert stages == [], f"shared module {module} imports stages: {stages}"


def test_the_import_check_can_fail():
    """The rank order catches a wrong arrow: the aligner importing the judge would fail."""
    assert rank("factcheck.judge.numbers") > rank("factcheck.align")
    assert rank("factcheck.facts.numbers") < rank("factcheck.judge")
    assert rank("factcheck.text") < rank("factcheck.load")


@pytest.mark.parametrize("path", sorted(PACKAGE.glob("facts/numbers/*.py")), ids=lambda p: p.name)
def test_number_modules_are_small(path):
    """No module of the number parser over 500 lines, no function over 60."""
    text = path.read_text(encoding="utf-8")
    assert len(text.splitlines()) <= 500
    long = [(node.name, node.end_lineno - node.lineno + 1) for node in ast.walk(ast.parse(text))
            if isinstance(node, ast.FunctionDef) and node.end_lineno - node.lineno + 1 > 60]
    assert long == []


@pytest.mark.parametrize("path", sorted(PACKAGE.glob("judge/**/*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_judge_modules_are_small(path):
    """No module of the judge over 900 lines, none of the number judge (``judge/numbers/``) over 500."""
    limit = 500 if path.parent == PACKAGE / "judge" / "numbers" else 900
    assert len(path.read_text(encoding="utf-8").splitlines()) <= limit


def test_readme_lists_every_module_with_its_size():
    """The README's architecture table names every module, with its line count within 15%."""
    table = README.read_text(encoding="utf-8").split("### Modules", 1)[1].split("\n## ", 1)[0]
    listed = dict(re.findall(r"^\| `factcheck/([\w/]+\.py)` \| (\d+) \|", table, re.M))
    actual = {str(p.relative_to(PACKAGE)): len(p.read_text(encoding="utf-8").splitlines())
              for p in PACKAGE.rglob("*.py")}
    assert sorted(listed) == sorted(actual)
    off = {name: (int(listed[name]), n) for name, n in actual.items() if abs(int(listed[name]) - n) > max(15, 0.15 * n)}
    assert off == {}, "README line counts out of date (listed, actual): " + str(off)
