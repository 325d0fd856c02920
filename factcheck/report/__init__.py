"""Reporters: one module per format behind one tiny interface, ``render(report) -> str``.

The report data is built once (:mod:`factcheck.report.data`), what the reading formats show
once more (:mod:`factcheck.report.view`), and each format renders it:
``render(report, *, explain=False, layout=Layout()) -> str``.
:func:`write_output` is the one helper that writes a file (``-`` is stdout; parent folders
are made; a half-written file is removed on failure).
"""
from __future__ import annotations

import os
import sys
import tempfile

from ..errors import FactcheckError
from . import github as github_format
from . import html as html_format
from . import json as json_format
from . import markdown as markdown_format
from . import table as table_format
from .view import Layout

FORMATS = {"table": table_format.render, "json": json_format.render, "markdown": markdown_format.render,
           "html": html_format.render, "github": github_format.render}
FACT_FORMATS = {"table": table_format.render_facts, "json": json_format.render_facts}


def write_output(text: str, path: str) -> None:
    """Write ``text`` to ``path`` atomically, or to stdout when ``path`` is ``-``."""
    if path == "-":
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return
    folder = os.path.dirname(os.path.abspath(path))
    tmp = None
    try:
        os.makedirs(folder, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".factcheck-", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text if text.endswith("\n") else text + "\n")
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)     # as a file written by open(), not mkstemp's 0600
        os.replace(tmp, path)
        tmp = None
    except OSError as exc:
        raise FactcheckError(f"{path}: cannot write the report ({exc.strerror or exc})") from None
    finally:
        if tmp and os.path.exists(tmp):
            os.unlink(tmp)
