"""The README's list of reason codes holds every reason the checker gives on real text.

The reason codes are documented as stable for machines reading the JSON: a verifier that
starts giving a new one must say so there. Checked on the labelled corpus, the example
articles and a year-less wire story (only the source tree has them and the README)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
ARTICLES = sorted((ROOT / "corpus").glob("*.txt")) + sorted((ROOT / "examples").glob("*.txt"))

pytestmark = pytest.mark.skipif(not README.is_file() or not ARTICLES, reason="not a source tree")


def documented_reasons() -> set[str]:
    text = README.read_text(encoding="utf-8")
    section = text[text.index("Reason codes (stable"):]
    section = section[: section.index("\n\n")]
    return set(re.findall(r"`([a-z]+(?:-[a-z]+)*)`", section))


def test_every_reason_given_is_documented(check_bundled):
    given: dict[str, str] = {}
    texts = [(p.read_text(encoding="utf-8"), p.name) for p in ARTICLES]
    texts.append(("WASHINGTON, March 3 (Reuters) - President Joe Biden said the talks would go on.\n", "wire.txt"))
    for text, name in texts:
        for verdict in check_bundled(text, path=name).verdicts:
            given.setdefault(verdict.reason, f"{name}: {verdict.claim.text!r}")
    assert len(given) >= 30  # the corpus exercises most of them
    missing = {reason: where for reason, where in given.items() if reason not in documented_reasons()}
    assert not missing, f"reasons given but not in the README's list: {missing}"
