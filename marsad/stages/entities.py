"""The entities stage: NER + KB/gazetteer matches + rules -> coreferent, linked entities."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from marsad.model import Document
from marsad.registry import register


@register("entities", "entities.crf.v1", requires=("sentences",), provides=("entities",),
          order=30)
def make(**options: Any) -> Callable[[Document], Document]:
    """Build the stage; the tagger, KB, gazetteers and rules load once here."""
    from marsad.entities.extract import EntityExtractor

    extractor = EntityExtractor(capital_policy=str(options.get("capital_policy", "city")))

    def run(doc: Document) -> Document:
        return doc.with_(entities=extractor(doc))

    return run
