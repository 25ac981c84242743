"""Text layer: Arabic folding with offset maps, tokens, clitics and sentences."""

from marsad.text.normalize import Folded, fold, fold_word
from marsad.text.tokens import Token, tokenize, proclitic_splits, strip_proclitics
from marsad.text.segment import split_sentences

__all__ = ["Folded", "fold", "fold_word", "Token", "tokenize", "proclitic_splits",
           "strip_proclitics", "split_sentences"]
