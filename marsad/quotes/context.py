"""Per-document look-up structures shared by the quote rules (tokens, marks, mentions, sentences)."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from marsad.model import Document
from marsad.quotes.cues import Lexicon, lexicon
from marsad.quotes.direct import Marked, find_marked
from marsad.text import split_sentences
from marsad.text.tokens import Token, doc_tokens

PREP_PREFIXES = ("ل", "ب", "وب", "ول", "فب", "فل", "لل", "ولل", "بال", "وبال")
PREP_WORDS = frozenset({"في", "عن", "من", "علي", "الي", "مع", "خلال", "امام", "لدي", "عبر", "حول",
                        "باسم", "بحق", "ضد", "نحو", "تجاه", "لصالح", "بين", "داخل", "قرب"})


@dataclass(frozen=True, slots=True)
class Mention:
    """An entity mention with its entity id and type."""

    start: int
    end: int
    entity: str
    type: str
    text: str


@dataclass
class Ctx:
    """Everything the rules need about one document, computed once."""

    doc: Document
    lex: Lexicon
    tokens: list[Token]
    starts: list[int]
    sentences: list[tuple[int, int]]
    marked: list[Marked]
    mentions: list[Mention]
    by_open: dict[int, Marked] = field(default_factory=dict)
    _mstarts: list[int] = field(default_factory=list)
    _opens: list[int] = field(default_factory=list)

    @classmethod
    def of(cls, doc: Document) -> Ctx:
        """Build the context for ``doc``."""
        toks = doc_tokens(doc)
        sents = [(s.start, s.end) for s in doc.sentences] or split_sentences(doc.text)
        marked = find_marked(doc.text)
        mentions = sorted(
            (Mention(m.start, m.end, e.id, e.type, m.text) for e in doc.entities for m in e.mentions),
            key=lambda m: (m.start, -m.end))
        ctx = cls(doc, lexicon(), toks, [t.start for t in toks], sents, marked, mentions)
        ctx.by_open = {m.open: m for m in marked}
        ctx._mstarts = [m.start for m in mentions]
        ctx._opens = [m.open for m in marked]
        return ctx

    @property
    def text(self) -> str:
        """The document text."""
        return self.doc.text

    def tok_index(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset``."""
        i = bisect_right(self.starts, offset - 1)
        return i

    def inside_marks(self, offset: int) -> Marked | None:
        """The quotation-mark span strictly containing ``offset`` (between its marks), if any."""
        i = bisect_right(self._opens, offset) - 1
        if i >= 0:
            m = self.marked[i]
            if m.open < offset < m.close:
                return m
        return None

    def mention_at(self, tok: Token) -> Mention | None:
        """The longest mention that starts inside token ``tok``."""
        i = bisect_right(self._mstarts, tok.start - 1)
        best: Mention | None = None
        while i < len(self.mentions) and self.mentions[i].start < tok.end:
            m = self.mentions[i]
            if best is None or m.end > best.end:
                best = m
            i += 1
        return best

    def is_target(self, ti: int, mention: Mention | None = None, floor: int = 0) -> bool:
        """True when token ``ti`` is the object of a preposition (attached or separate)."""
        tok = self.tokens[ti]
        if mention is not None and mention.start > tok.start:
            head = self.text[tok.start:mention.start]
            if head.rstrip("ـ") and head.rstrip("ـ")[-1:] in "لب":
                return True
        elif tok.norm.startswith(("لل", "بال", "وبال", "ولل", "لـ", "بـ")) or (
                tok.text.startswith(("لـ", "بـ"))):
            return True
        if ti > floor:
            prev = self.tokens[ti - 1]
            if prev.norm in PREP_WORDS or prev.text in ("لـ", "بـ", "ل", "ب"):
                return True
        return False
