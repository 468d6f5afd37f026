"""review-library: publish anonymised safeguarding review reports as a learning library."""

__version__ = "0.1.0"
