"""The HTML report as an editor uses it, in headless Chromium: counts, filters, keys, safety.

Screenshots of a normal, a dark-mode and a hostile report are saved under test-artifacts/
(git-ignored) for a person to look at.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "ukraine-diplomacy.txt"

# Every way an article could try to become markup, script or a request. The claims around
# it are real, so the hostile text sits next to highlighted claims.
HOSTILE = """---
date: 2022-03-03
title: <script>alert('title')</script>{{ 7*7 }}
source: javascript:alert('source')
---
KYIV — German Chancellor Angela Merkel <script>alert(1)</script> said on Wednesday, March 2, 2022,
<img src=x onerror="alert(2)"> that {{ 7*7 }} and {% for x in range(3) %}{{ x }}{% endfor %} </textarea><script>alert(3)</script>
Russian President Vladimir Putin <a href="javascript:alert(4)">clicked</a> <iframe src="https://example.com/"></iframe>
<link rel="stylesheet" href="https://example.com/x.css"><style>@import url(https://example.com/y.css); body{display:none}</style>
<meta http-equiv="refresh" content="0;url=https://example.com/"> <svg onload="alert(5)"></svg> <!-- ]]> -->
"><script>alert(6)</script> '-alert(7)-' </mark></a></li></ol></main><script>alert(8)</script> &lt;b&gt; &amp;
"""


def factcheck(*args, cwd: Path, cache: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, FACTCHECK_CACHE_DIR=str(cache))
    return subprocess.run([sys.executable, "-m", "checker", *map(str, args)], capture_output=True,
                          text=True, env=env, cwd=cwd)


@pytest.fixture(scope="module")
def reports(tmp_path_factory, shared_index_cache):
    folder = tmp_path_factory.mktemp("reports")
    cache = shared_index_cache
    out = {}
    result = factcheck("check", EXAMPLE, "--html", folder / "example.html", "--json", folder / "example.json",
                       cwd=folder, cache=cache)
    assert result.returncode == 1, result.stderr
    out["example"] = folder / "example.html"
    out["example_json"] = json.loads((folder / "example.json").read_text(encoding="utf-8"))
    hostile = folder / "hostile.md"
    hostile.write_text(HOSTILE, encoding="utf-8")
    result = factcheck("check", hostile, "--html", folder / "hostile.html", cwd=folder, cache=cache)
    assert result.returncode == 1, result.stderr
    out["hostile"] = folder / "hostile.html"
    articles = folder / "articles"
    (articles / "world").mkdir(parents=True)
    (articles / "local").mkdir()
    (articles / "world" / "talks.txt").write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    (articles / "local" / "talks.txt").write_text(
        "March 3, 2022\n\nGerman Chancellor Olaf Scholz spoke on Wednesday, March 2, 2022.\n", encoding="utf-8")
    (articles / "hostile.md").write_text(HOSTILE, encoding="utf-8")
    (articles / "broken.txt").write_bytes(b"caf\xe9")
    result = factcheck("check", articles, "--html", folder / "batch/", cwd=folder, cache=cache)
    assert result.returncode == 2, result.stderr
    out["index"] = folder / "batch" / "index.html"
    return out


def visible_findings(page) -> dict[str, str]:
    return page.js("""Object.fromEntries(Array.from(document.querySelectorAll('.finding'))
        .filter(f => getComputedStyle(f).display !== 'none')
        .map(f => [f.id, f.dataset.verdict]))""")


def test_renders_with_the_right_counts_and_no_console_errors(page, reports, artifacts):
    page.open(reports["example"].as_uri())
    summary = reports["example_json"]["articles"][0]["summary"]
    header = page.js("""Object.fromEntries(Array.from(document.querySelectorAll('[data-count]'))
        .map(e => [e.dataset.count, Number(e.textContent)]))""")
    assert header == summary
    shown = visible_findings(page)
    assert len(shown) == sum(summary.values())
    for verdict, n in summary.items():
        assert list(shown.values()).count(verdict) == n
        assert page.js(f"document.querySelectorAll('.article mark.v-{verdict}').length") <= n
    # Conflicts come first in the list.
    order = page.js("Array.from(document.querySelectorAll('.finding')).map(f => f.dataset.verdict)")
    assert order == sorted(order, key=("conflicting", "unknown", "verified").index)
    assert page.js("document.querySelector('.filters').hidden") is False
    assert page.js("document.documentElement.lang") == "en"
    page.screenshot(artifacts / "report.png")
    assert page.problems() == []


def test_a_filter_hides_what_it_should_and_the_url_keeps_it(page, reports, browser):
    page.open(reports["example"].as_uri())
    page.js("document.querySelector('input[name=v][value=verified]').click()")
    shown = visible_findings(page)
    assert shown and "verified" not in shown.values()
    assert set(shown.values()) <= {"conflicting", "unknown"}
    hidden_marks = page.js("""Array.from(document.querySelectorAll('.article mark.v-verified'))
        .every(m => m.classList.contains('filtered') && getComputedStyle(m).backgroundColor === 'rgba(0, 0, 0, 0)')""")
    assert hidden_marks
    url = page.js("location.href")
    assert url.endswith("#v=conflicting,unknown"), url
    # The shared address opens the same filtered view.
    other = browser.new_page()
    try:
        other.open(url)
        assert visible_findings(other) == shown
        assert other.js("document.querySelector('input[name=v][value=verified]').checked") is False
        assert other.problems() == []
    finally:
        other.close()
    # Only one verdict, by clicking its count in the header.
    page.js("document.querySelector('[data-only=conflicting]').click()")
    assert set(visible_findings(page).values()) == {"conflicting"}
    assert page.js("location.hash") == "#v=conflicting"
    # Kind filter.
    page.js("document.querySelector('[data-only=conflicting]').click()")  # all again
    assert page.js("location.hash") == ""
    page.js("document.querySelector('input[name=k][value=weekday]').click()")
    kinds = page.js("""Array.from(document.querySelectorAll('.finding'))
        .filter(f => getComputedStyle(f).display !== 'none').map(f => f.dataset.kind)""")
    assert kinds and "weekday" not in kinds
    assert page.problems() == []


def test_keyboard_moves_between_findings(page, reports):
    page.open(reports["example"].as_uri())
    order = page.js("Array.from(document.querySelectorAll('.finding')).map(f => f.id)")
    page.key("j")
    assert page.js("document.activeElement.id") == order[0]
    page.key("j")
    page.key("n")
    assert page.js("document.activeElement.id") == order[2]
    assert page.js("location.hash") == f"#{order[2]}"
    page.key("k")
    assert page.js("document.activeElement.id") == order[1]
    page.key("p")
    page.key("p")  # stays on the first
    assert page.js("document.activeElement.id") == order[0]
    assert page.js("document.querySelectorAll('.current').length") in (1, 2)
    # Filtered findings are skipped.
    page.js("document.querySelector('[data-only=conflicting]').click()")
    conflicts = page.js("Array.from(document.querySelectorAll('.finding.v-conflicting')).map(f => f.id)")
    assert conflicts[0] == order[0]  # the current finding, still shown
    for expected in conflicts[1:]:
        page.key("j")
        assert page.js("document.activeElement.id") == expected
    assert page.js("location.hash") == f"#{conflicts[-1]}&v=conflicting"
    # ? shows the keys, Escape hides them.
    assert page.js("document.getElementById('help').hidden") is True
    page.key("?")
    assert page.js("document.getElementById('help').hidden") is False
    page.key("Escape")
    assert page.js("document.getElementById('help').hidden") is True
    assert page.problems() == []


def test_clicking_a_claim_shows_its_explanation_and_evidence(page, reports):
    page.open(reports["example"].as_uri())
    claims = reports["example_json"]["articles"][0]["claims"]
    merkel = next(c for c in claims if c["text"] == "German Chancellor Angela Merkel")
    page.js(f"document.querySelector('#t-{merkel['id']} a').click()")
    assert page.js("location.hash") == f"#{merkel['id']}"
    detail = page.js(f"""(() => {{ const f = document.getElementById('{merkel['id']}');
        const r = f.getBoundingClientRect(), p = f.closest('.claims').getBoundingClientRect();
        return {{current: f.classList.contains('current'), text: f.innerText,
                 inView: r.top >= p.top - 1 && r.top < p.bottom}}; }})()""")
    assert detail["current"] and detail["inView"]
    assert merkel["explanation"] in detail["text"]
    assert merkel["when"] in detail["text"] and merkel["suggestion"] in detail["text"]
    assert merkel["evidence"][0]["ref"] in detail["text"]
    # Focus alone (keyboard Tab) marks the finding too.
    other = next(c for c in claims if c["verdict"] == "verified")
    page.js(f"document.querySelector('#t-{other['id']} a').focus()")
    assert page.js(f"document.getElementById('{other['id']}').classList.contains('current')")
    # A deep link opens on its claim (from another page: a fragment change is no new load).
    page.open("about:blank")
    page.open(reports["example"].as_uri() + f"#{merkel['id']}")
    assert page.js("document.activeElement.id") == merkel["id"]
    assert page.problems() == []


def test_readable_without_javascript(page, reports):
    page.send("Emulation.setScriptExecutionDisabled", {"value": True})
    page.open(reports["example"].as_uri())
    dom = page.send("DOM.getDocument", {"depth": -1})["root"]
    html = page.send("DOM.getOuterHTML", {"nodeId": dom["nodeId"]})["outerHTML"]
    summary = reports["example_json"]["articles"][0]["summary"]
    assert html.count('class="finding ') == sum(summary.values())
    assert '<form class="filters" hidden=""' in html  # filters need JS, so they stay hidden
    assert 'class="js-only" hidden=""' in html


def test_dark_mode_and_print(page, reports, artifacts):
    page.send("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": "dark"}]})
    page.open(reports["example"].as_uri())
    background = page.js("getComputedStyle(document.body).backgroundColor")
    assert background == "rgb(23, 24, 26)"
    page.screenshot(artifacts / "report-dark.png")
    page.js("document.querySelector('[data-only=conflicting]').click()")
    page.send("Emulation.setEmulatedMedia", {"media": "print"})
    # Printed: every finding (filters aside), evidence shown, controls gone.
    assert page.js("""Array.from(document.querySelectorAll('.finding'))
        .every(f => getComputedStyle(f).display !== 'none')""")
    assert page.js("getComputedStyle(document.querySelector('.filters')).display") == "none"
    assert page.js("getComputedStyle(document.querySelector('.evidence')).display") != "none"
    pdf = page.send("Page.printToPDF", {})["data"]
    (artifacts / "report-print.pdf").write_bytes(__import__("base64").b64decode(pdf))


def test_hostile_article_executes_nothing(page, reports, artifacts):
    url = reports["hostile"].as_uri()
    page.open(url)
    page.js("new Promise(r => setTimeout(r, 300))")  # let anything that would fire, fire
    for key in "jjjj":
        page.key(key)
    page.js("document.querySelectorAll('.article a').forEach(a => a.click())")
    assert page.events("Page.javascriptDialogOpening") == []
    requested = {e["request"]["url"] for e in page.events("Network.requestWillBeSent")}
    assert requested <= {url} | {url + h for h in ("",)}, requested
    scripts = page.js("Array.from(document.scripts).map(s => s.text.slice(0, 40))")
    assert len(scripts) == 1 and scripts[0].startswith("// Progressive enhancement"), scripts
    assert page.js("document.querySelectorAll('img, iframe, link, svg, object, embed, style:not(head > style), meta[http-equiv=refresh]').length") == 0
    handlers = page.js("""Array.from(document.querySelectorAll('*')).flatMap(e =>
        Array.from(e.attributes).filter(a => a.name.startsWith('on')).map(a => e.tagName + ' ' + a.name))""")
    assert handlers == []
    hrefs = page.js("Array.from(document.querySelectorAll('a[href]')).map(a => a.getAttribute('href'))")
    assert all(h.startswith("#") or h.startswith("https://") for h in hrefs), hrefs
    text = page.js("document.querySelector('.article').textContent")
    assert "<script>alert(1)</script>" in text and '<img src=x onerror="alert(2)">' in text
    assert "{{ 7*7 }}" in text and "{% for x in range(3) %}" in text and "</textarea>" in text
    assert page.js("document.querySelector('h1').textContent") == "<script>alert('title')</script>{{ 7*7 }}"
    assert page.js("getComputedStyle(document.body).display") != "none"
    counts = page.js("""Object.fromEntries(Array.from(document.querySelectorAll('[data-count]'))
        .map(e => [e.dataset.count, Number(e.textContent)]))""")
    assert counts["conflicting"] >= 1 and sum(counts.values()) >= 3
    page.js("window.scrollTo(0, 0); document.querySelector('.claims').scrollTop = 0")
    page.screenshot(artifacts / "hostile.png")
    assert page.problems() == []


def test_batch_index_links_every_report_worst_first(page, reports, artifacts):
    page.open(reports["index"].as_uri())
    rows = page.js("""Array.from(document.querySelectorAll('tbody tr')).map(r =>
        [r.querySelector('a').getAttribute('href'), Number(r.dataset.conflicting)])""")
    assert [n for _, n in rows] == sorted((n for _, n in rows), reverse=True)
    hrefs = [h for h, _ in rows]
    assert len(hrefs) == 3 and len(set(hrefs)) == 3
    assert {"local--talks.html", "world--talks.html"} <= set(hrefs)
    assert "broken.txt" in page.js("document.querySelector('.failures').textContent")
    page.screenshot(artifacts / "index.png")
    assert page.problems() == []
    since = len(page.browser.events)
    page.js("document.querySelector('tbody tr a').click()")
    page.browser.wait_event("Page.loadEventFired", page.session, since)
    assert page.js("location.pathname").endswith("/" + hrefs[0])
    assert page.js("document.querySelector('.crumb a').getAttribute('href')") == "index.html"
