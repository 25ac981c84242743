"""Linking: the actor knowledge base, place/demonym/name gazetteers and the entity linker."""

from marsad.link.gazetteer import PlaceEntry, demonym, person_name_en, place
from marsad.link.kb import KB, KBEntry, get_kb
from marsad.link.linker import LinkResult, is_metonymic_capital, link

__all__ = [
           "KB",
           "KBEntry",
           "LinkResult",
           "PlaceEntry",
           "demonym",
           "get_kb",
           "is_metonymic_capital",
           "link",
           "person_name_en",
           "place",
]
