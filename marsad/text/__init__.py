"""Text layer: Arabic folding with offset maps, tokens, clitics and sentences."""

from marsad.text.normalize import Folded, fold, fold_word
from marsad.text.segment import split_sentences
from marsad.text.tokens import Token, proclitic_splits, strip_proclitics, tokenize

__all__ = [
           "Folded",
           "Token",
           "fold",
           "fold_word",
           "proclitic_splits",
           "split_sentences",
           "strip_proclitics",
           "tokenize",
]
