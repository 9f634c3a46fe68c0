"""Shared helpers for the robustness tests: the CLI as a subprocess, and the checker in process.

Tests marked `slow` (a 50 MB article) run only with FACTCHECK_SLOW=1.
"""
from __future__ import annotations

import os
import subprocess
import sys
from datetime import date

import pytest

def pytest_configure(config):
    config.addinivalue_line("markers", "slow: minutes-long; run with FACTCHECK_SLOW=1")


def pytest_collection_modifyitems(config, items):
    if os.environ.get("FACTCHECK_SLOW"):
        return
    skip = pytest.mark.skip(reason="slow: set FACTCHECK_SLOW=1 to run")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture
def run(tmp_path):
    """`factcheck ARGS` in a subprocess (sharing the session's index cache, tests/conftest.py)."""

    def factcheck(*args, stdin: bytes | None = None, env: dict | None = None, timeout: float = 600):
        result = subprocess.run(
            [sys.executable, "-m", "checker", *map(str, args)], input=stdin, capture_output=True,
            env=dict(os.environ, **(env or {})), cwd=tmp_path, timeout=timeout,
        )
        result.stdout = result.stdout.decode("utf-8")
        result.stderr = result.stderr.decode("utf-8")
        assert "Traceback" not in result.stderr, result.stderr
        return result

    return factcheck


@pytest.fixture(scope="session")
def pipeline():
    """(index, extractor) over the bundled base, built once for the session."""
    from checker import cache, load
    from checker.paths import bundled_reference_dir
    from claims.extract import Extractor

    index = cache.load_index(load.files_in(bundled_reference_dir(), "reference"))
    return index, Extractor(index.vocabulary())


@pytest.fixture(scope="session")
def check(pipeline):
    """check(text) → ArticleReport, judged as of 2022-03-03."""
    from checker.judge import AsOf, check_article
    from claims.read import parse

    index, extractor = pipeline

    def run_check(text: str, path: str = "a.txt"):
        return check_article(parse(text, path), extractor, index, AsOf(date(2022, 3, 3), "option"))

    return run_check
