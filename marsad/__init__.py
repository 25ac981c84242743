"""marsad — Arabic-native news analysis with evidence for every fact."""

from __future__ import annotations

from marsad.api_public import analyze, analyze_document, read_path
from marsad.errors import MarsadError
from marsad.model import Document

__version__ = "0.1.0"
__all__ = ["Document", "MarsadError", "__version__", "analyze", "analyze_document", "read_path"]
