"""Statistical Arabic named-entity tagger (CRF) trained by the project on ANERcorp."""

from marsad.ner.tagger import NerTagger, get_tagger

__all__ = ["NerTagger", "get_tagger"]
