#!/usr/bin/env python3
"""Print the README's module table: every module of the package, its line count and its job
(the first line of its docstring).  python tools/modules.py"""
import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "factcheck"

print("| module | lines | job |")
print("|---|---:|---|")
for path in sorted(PACKAGE.rglob("*.py"), key=lambda p: (p.parent != PACKAGE, str(p))):
    text = path.read_text(encoding="utf-8")
    doc = ast.get_docstring(ast.parse(text)) or ""
    paragraph = doc.split("\n\n")[0].replace("\n", " ").replace("|", "\\|").replace(":class:", "").replace("\\ s", "s")
    job = paragraph.split(". ")[0].rstrip(".")
    print(f"| `factcheck/{path.relative_to(PACKAGE)}` | {len(text.splitlines())} | {job} |")
