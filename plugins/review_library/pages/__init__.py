"""Pages the plugin generates from the catalogue, as Markdown (MkDocs resolves and checks links)."""

from review_library.pages.base import GeneratedPage

__all__ = ["GeneratedPage"]
