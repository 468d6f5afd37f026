"""Record what the output scan hands to the rules, for tests of what it skips."""

from __future__ import annotations

from review_library.redaction import output_scan


def scanned_texts(monkeypatch) -> list[str]:
    """A list that fills with every text the output scan passes to ``find_hits``."""
    seen: list[str] = []
    real = output_scan.find_hits

    def recording(text, **options):
        seen.append(text)
        return real(text, **options)

    monkeypatch.setattr(output_scan, "find_hits", recording)
    return seen
