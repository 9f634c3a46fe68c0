"""Coverage-guided fuzzing of the two stages that read untrusted input: the article
pipeline (bytes → claims → verdicts → JSON/HTML) and the reference loader (YAML text →
validated base).

    pip install atheris
    python fuzz/run.py extract --minutes 15     # seeds fuzz/corpus-extract, then fuzzes
    python fuzz/run.py yaml --minutes 15
    python fuzz/fuzz_targets.py extract -max_total_time=600 fuzz/corpus-extract   # by hand

Any exception other than the documented user errors (ArticleError, ReferenceError) is a
crash and makes atheris stop with the input that caused it.
"""
from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from checker import cache, load, yamlsafe
    from checker.judge import AsOf, check_article
    from checker.model import RunReport
    from checker.paths import bundled_reference_dir
    from checker.render_html import render_html
    from checker.render_json import render_json
    from claims.extract import Extractor
    from claims.read import ArticleError, read_bytes

INDEX = cache.load_index(load.files_in(bundled_reference_dir(), "reference"))
EXTRACTOR = Extractor(INDEX.vocabulary())
TMP = Path(tempfile.mkdtemp(prefix="factcheck-fuzz-"))


def extract(data: bytes) -> None:
    try:
        article = read_bytes(data, "fuzz.txt")
    except ArticleError:
        return
    report = check_article(article, EXTRACTOR, INDEX, AsOf(date(2022, 3, 3), "option"))
    for v in report.verdicts:
        if article.text[v.claim.start:v.claim.end] != v.claim.text:
            raise AssertionError(f"offsets do not index the text: {v.claim}")
    run = RunReport("fuzz", INDEX.digest, INDEX.facts, (report,))
    render_json(run)
    render_html(report, run)


def yaml(data: bytes) -> None:
    (TMP / "fuzz.yaml").write_bytes(data)
    try:
        load.load(load.files_in(TMP, "fuzz"))
    except load.ReferenceError:
        pass
    # The fast reader must agree with libyaml on whatever it accepts: same values, same
    # line and column numbers (or the same refusal).
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return
    try:
        fast = yamlsafe.load_fast(text, "fuzz.yaml")
    except yamlsafe.YamlError:
        return
    if fast is False:
        return
    try:
        strict = yamlsafe.load(text, "fuzz.yaml")
    except yamlsafe.YamlError as exc:
        raise AssertionError(f"fast reader accepted what libyaml refuses: {exc}") from None
    if fast != strict:
        raise AssertionError(f"fast reader differs from libyaml:\n{fast}\n{strict}")


def main() -> None:
    target = {"extract": extract, "yaml": yaml}[sys.argv.pop(1)]
    atheris.Setup(sys.argv, target)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
