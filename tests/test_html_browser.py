"""The HTML report in a real headless browser: Debian's chromium driven by Playwright (no
browser download). ``.ci/run`` installs chromium and sets FACTCHECK_REQUIRE_BROWSER=1, so on CI
these tests run or fail; elsewhere they are skipped when chromium or Playwright is missing."""
from __future__ import annotations

import os
import shutil

import pytest

from test_cli import A, B, run
from test_formats import HOSTILE

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-quic"]

if not os.environ.get("FACTCHECK_REQUIRE_BROWSER"):
    pytest.importorskip("playwright.sync_api")
    if not os.path.exists(CHROMIUM):
        pytest.skip("no chromium here (CI installs it)", allow_module_level=True)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(str(tmp_path_factory.mktemp("profile")),
                                                       executable_path=CHROMIUM, args=ARGS, headless=True,
                                                       viewport={"width": 1500, "height": 900})
        yield context
        context.close()


def open_report(browser, tmp_path, *args):
    path = tmp_path / "report.html"
    result = run("compare", *args, "--format", "html", "-o", path)
    assert result.exit_code == 0, result.stderr
    page = browser.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.as_uri())
    return page, errors


def test_seed_report_highlights_links_and_filters(browser, tmp_path):
    page, errors = open_report(browser, tmp_path, A, B)
    assert page.locator("mark.v-differs").count() >= 2
    assert page.locator("mark.v-agree").count() > 5
    assert page.locator("#summary-line").inner_text().startswith("0 conflicts, 3 differences")
    # the reason on hover
    assert page.locator("mark.v-differs").first.get_attribute("title").startswith("differs: ")

    # clicking a finding marks its two spans and shows both sentences
    first = page.locator("li.finding").first
    first.click()
    fid = first.get_attribute("data-f")
    active = page.locator("mark.active")
    assert active.count() >= 2
    assert all(fid in m.get_attribute("data-f").split() for m in active.all())
    partners = page.locator("span.s.partner")
    assert partners.count() >= 2
    assert partners.first.is_visible()
    assert {p.get_attribute("data-s")[0] for p in partners.all()} == {"A", "B"}
    page.screenshot(path=str(tmp_path / "seed-report.png"))
    assert (tmp_path / "seed-report.png").stat().st_size > 10_000

    # the filter hides the agreements, in the panel and in the text
    page.locator('input[name="verdict"][value="agree"]').uncheck()
    assert page.locator('li.finding[data-verdict="agree"]:visible').count() == 0
    assert page.locator('li.finding[data-verdict="differs"]:visible').count() == 3
    off = page.locator("mark.v-agree.off").count()
    assert off > 0 and off == page.locator("mark.v-agree").count() - page.locator(
        "mark.v-agree:not(.off)").count()

    # and the least confidence hides the findings below it
    page.locator('input[name="confidence"]').fill("0.9")
    shown = [float(x.get_attribute("data-confidence")) for x in page.locator("li.finding:visible").all()]
    assert shown and min(shown) >= 0.9
    assert errors == []


def test_keyboard_moves_between_findings(browser, tmp_path):
    page, errors = open_report(browser, tmp_path, A, B)
    page.locator("body").press("j")
    page.locator("body").press("j")
    assert page.locator("li.finding.current").get_attribute("data-f") == "2"
    page.locator("body").press("k")
    assert page.locator("li.finding.current").get_attribute("data-f") == "1"
    assert errors == []


def test_hovering_a_sentence_lights_its_partner(browser, tmp_path):
    page, _ = open_report(browser, tmp_path, A, B)
    sentence = page.locator('section#doc-A span.s[data-s="A1"]').first
    sentence.hover()
    lit = page.locator("span.s.partner")
    assert lit.count() > 0 and all(x.get_attribute("data-s").startswith("B") for x in lit.all())


def test_no_script_of_a_hostile_article_runs(browser, tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(HOSTILE, encoding="utf-8")
    b.write_text(HOSTILE.replace("40", "45"), encoding="utf-8")
    page, errors = open_report(browser, tmp_path, a, b)
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    for link in page.locator("section.doc").get_by_text("the count").all():
        link.click()
    page.wait_for_timeout(200)
    assert page.evaluate("typeof window.pwned") == "undefined"
    assert page.locator("section.doc img, section.doc a, section.doc script").count() == 0
    assert "<script>window.pwned = 1</script>" in page.locator("section#doc-A").inner_text()
    assert dialogs == [] and errors == []
    # the page's own script did run: the filter works
    assert page.locator("li.finding").count() > 0
