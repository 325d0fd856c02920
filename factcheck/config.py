"""Settings from a config file, so a repository pins its thresholds, alias file and
``--fail-on`` once. The command line wins over the file.

Looked for from the current folder upwards; in each folder, in this order:
``factcheck.toml`` (the keys at its top level, or under ``[tool.factcheck]``),
``pyproject.toml`` (``[tool.factcheck]``) and ``setup.cfg`` (``[tool:factcheck]``). The first
file that has a factcheck section is used; ``--config FILE`` names one instead.

Keys are the long option names of ``factcheck compare`` (``min-confidence`` or
``min_confidence``). A path (``aliases``) is read relative to the config file's folder.
Checking the values against the options is the CLI's job (:func:`factcheck.cli`), so a bad
value is reported with the file and key.
"""
from __future__ import annotations

import configparser
import os
import tomllib
from dataclasses import dataclass
from typing import Optional

from .errors import OptionError

PATH_KEYS = ("aliases",)


@dataclass(frozen=True)
class Config:
    path: str                 # the file the settings came from
    values: dict              # option name (with underscores) -> value as written


def _section(path: str) -> Optional[dict]:
    name = os.path.basename(path)
    try:
        if name == "setup.cfg":
            parser = configparser.ConfigParser(interpolation=None)
            parser.read(path, encoding="utf-8")
            return dict(parser["tool:factcheck"]) if parser.has_section("tool:factcheck") else None
        with open(path, "rb") as fh:
            doc = tomllib.load(fh)
    except (OSError, UnicodeDecodeError, configparser.Error, tomllib.TOMLDecodeError) as exc:
        raise OptionError(f"{path}: cannot read the config file ({exc})") from None
    table = doc.get("tool", {}).get("factcheck")
    if table is None and name != "pyproject.toml":      # factcheck.toml, or a file --config names
        table = {k: v for k, v in doc.items() if k != "tool"}
    return table


def find(start: str = ".") -> Optional[Config]:
    """The settings that apply in ``start``: those of the nearest file with a factcheck section,
    each file read once. A project file that does not parse is not ours to judge while
    searching (a broken pyproject.toml of another tool), unless it is factcheck.toml."""
    folder = os.path.abspath(start)
    while True:
        for name in ("factcheck.toml", "pyproject.toml", "setup.cfg"):
            path = os.path.join(folder, name)
            if not os.path.isfile(path):
                continue
            try:
                table = _section(path)
            except OptionError:
                if name == "factcheck.toml":
                    raise
                continue
            if table is not None:
                return _config(path, table)
        parent = os.path.dirname(folder)
        if parent == folder:
            return None
        folder = parent


def load(path: str) -> Config:
    """The settings of ``path``, keys folded to option names, paths made absolute."""
    table = _section(path)
    if table is None:
        raise OptionError(f"{path}: no factcheck settings ([tool.factcheck], or [tool:factcheck] in setup.cfg)")
    return _config(path, table)


def _config(path: str, table: dict) -> Config:
    values = {}
    for key, value in table.items():
        name = key.replace("-", "_")
        if name in PATH_KEYS and isinstance(value, str):
            value = os.path.join(os.path.dirname(os.path.abspath(path)), value)
        values[name] = value
    return Config(path, values)
