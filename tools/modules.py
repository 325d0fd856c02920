#!/usr/bin/env python3
"""Print the README's module table: every module of the package, its line count and its job
(the first sentence of its docstring).

    python tools/modules.py            # print the table
    python tools/modules.py --write    # replace the table in README.md
"""
import ast
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "factcheck"


def table() -> str:
    rows = ["| module | lines | job |", "|---|---:|---|"]
    for path in sorted(PACKAGE.rglob("*.py"), key=lambda p: (p.parent != PACKAGE, str(p))):
        text = path.read_text(encoding="utf-8")
        doc = ast.get_docstring(ast.parse(text)) or ""
        paragraph = doc.split("\n\n")[0].replace("\n", " ").replace("|", "\\|").replace(":class:", "").replace("\\ s", "s")
        job = paragraph.split(". ")[0].rstrip(".")
        rows.append(f"| `factcheck/{path.relative_to(PACKAGE)}` | {len(text.splitlines())} | {job} |")
    return "\n".join(rows) + "\n"


if __name__ == "__main__":
    if "--write" in sys.argv:
        readme = ROOT / "README.md"
        text = readme.read_text(encoding="utf-8")
        new, n = re.subn(r"\| module \| lines \| job \|\n(?:\|.*\n)+", lambda m: table(), text)
        assert n == 1, "no module table in README.md"
        readme.write_text(new, encoding="utf-8")
    else:
        print(table(), end="")
