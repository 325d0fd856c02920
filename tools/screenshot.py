#!/usr/bin/env python3
"""Screenshot of an HTML report in headless chromium, with its first finding selected.

    python3 tools/screenshot.py reports/seeds.html reports/seeds-html.png
"""
import pathlib
import sys

from playwright.sync_api import sync_playwright

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-quic"]


def main(page_path: str, png: str) -> None:
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 820})
        page.goto(pathlib.Path(page_path).resolve().as_uri())
        page.locator("li.finding").first.click()
        page.wait_for_timeout(200)
        page.screenshot(path=png)
        browser.close()


if __name__ == "__main__":
    main(*sys.argv[1:3])
