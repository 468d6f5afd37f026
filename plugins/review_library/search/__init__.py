"""Faceted lessons search: the /search/ page, its prebuilt lunr index and facet data.

``documents`` turns the catalogue into lessons-layer records, ``index`` builds the lunr index
with lunr.py and packs it compactly, ``payload`` lays out the JSON files the page fetches, and
``page`` provides the generated page and the output writer that site.py registers.
"""
