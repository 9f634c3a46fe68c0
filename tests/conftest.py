"""One reference-index cache for the whole test session.

Building the index from the full bundled base takes seconds; every test that runs the
checker (in process or as a subprocess) shares one cache instead of rebuilding it. Tests of
the cache itself pass their own folders explicitly.
"""
from __future__ import annotations

import os

import pytest


@pytest.fixture(scope="session", autouse=True)
def shared_index_cache(tmp_path_factory):
    folder = tmp_path_factory.mktemp("index-cache")
    old = os.environ.get("FACTCHECK_CACHE_DIR")
    os.environ["FACTCHECK_CACHE_DIR"] = str(folder)
    yield folder
    if old is None:
        os.environ.pop("FACTCHECK_CACHE_DIR", None)
    else:
        os.environ["FACTCHECK_CACHE_DIR"] = old
