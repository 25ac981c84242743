"""Who said what: direct and indirect quotations, speakers, chains of attribution, cited sources."""

from marsad.quotes.extract import extract_quotes
from marsad.quotes.sources import SourceSummary, cited_sources

__all__ = ["SourceSummary", "cited_sources", "extract_quotes"]
