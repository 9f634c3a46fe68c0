"""Where the bundled data lives: inside the installed package, or beside it in a checkout."""
from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).resolve().parent


def _data_dir(name: str) -> Path:
    # The wheel carries reference/ and templates/ as checker/_data/<name> (see
    # pyproject.toml), so no generic top-level name lands in site-packages. A source
    # checkout has them at the project root instead.
    installed = _HERE / "_data" / name
    if installed.is_dir():
        return installed
    return _HERE.parent / name


def bundled_reference_dir() -> Path:
    return _data_dir("reference")


def templates_dir() -> Path:
    return _data_dir("templates")
