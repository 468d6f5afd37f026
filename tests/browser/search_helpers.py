"""Helpers shared by the search page's browser tests."""

from __future__ import annotations

from playwright.sync_api import Page


def show_all_results(page: Page) -> None:
    """Press "Show more" until every result is on the page, waiting for each batch (the button
    stays until the batch's result files have arrived)."""
    more = page.locator("[data-rl-more]")
    while more.is_visible():
        shown = page.locator(".rl-result").count()
        more.click()
        page.wait_for_function("n => document.querySelectorAll('.rl-result').length > n", arg=shown)
