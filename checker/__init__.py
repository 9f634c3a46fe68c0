"""factcheck: judge the claims of an article against a curated reference base."""

__version__ = "0.1.0"
