"""Mentions -> clusters -> typed, named, linked ``Entity`` objects for one document."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import Any

from marsad.entities.coref import Cluster, Coref, known_for
from marsad.entities.known import Known
from marsad.entities.mentions import Mention, MentionFinder, head_stem
from marsad.entities.metonymy import is_agentive
from marsad.entities.resources import Resources, get_resources
from marsad.entities.rules import Rules, get_rules
from marsad.link.ambiguous import is_ambiguous, resolve
from marsad.model import Document, Entity, Span
from marsad.text import Token
from marsad.text.tokens import doc_tokens

STAGE = "entities.crf.v1"


class EntityExtractor:
    """The whole entity analysis of a document, with resources loaded once."""

    def __init__(self, res: Resources | None = None, rules: Rules | None = None,
                 capital_policy: str = "city") -> None:
        self.res = res or get_resources()
        self.rules = rules or get_rules()
        self.finder = MentionFinder(self.res, self.rules)
        self.coref = Coref(self.rules, self.rules.org_construct, self._title_kb_id)
        self._date: str | None = None
        # "city": a capital standing for its state stays the city entity, flagged metonymic;
        # "country": its metonymic mentions move to the country entity when that one exists.
        self.capital_policy = capital_policy

    def __call__(self, doc: Document) -> tuple[Entity, ...]:
        """The entities of a document (ids e1, e2, … in order of first mention)."""
        toks, mentions = self.finder.find(doc)
        if not mentions:
            return ()
        self._date = (doc.meta.published or "")[:10] or None
        self._type_places(mentions, toks)
        clusters = self.coref.cluster(toks, mentions)
        self._metonymy(doc, toks, clusters)
        date = (doc.meta.published or "")[:10] or None
        out: list[Entity] = []
        for c in clusters:
            ent = self._entity(doc, toks, c, date, len(out) + 1)
            if ent is not None:
                out.append(ent)
        return tuple(out)

    def _title_kb_id(self, title: str) -> str | None:
        """The KB id of the holder of a title ("الرئيس الفرنسي") at the article's date."""
        lr = self.res.link(title, "PER", None, self._date)
        return _g(lr, "kb_id") if lr is not None else None

    # -- typing
    def _type_places(self, mentions: list[Mention], toks: Sequence[Token]) -> None:
        """GPE vs LOC for place names: the gazetteer decides, else head words, else GPE."""
        for m in mentions:
            if m.type not in ("GPE", "LOC") or m.kind != "name":
                continue
            k = known_for(m, m.type)
            if k is not None and k.type in ("GPE", "LOC"):
                m.type = k.type
                continue
            if m.known and m.known[0].type in ("PER", "ORG"):
                continue
            if m.source == "ner" and head_stem(toks[m.first].norm, self.rules.loc_heads):
                m.type = "LOC"  # "جبل آثوس": a mountain, not a place of government
                continue
            if m.source == "ner":
                text = doc_text(toks, m.nfirst, m.nlast)
                p = self.res.place(text)
                if p is not None:
                    m.known = (p,)
                    m.type = p.type

    # -- metonymy
    def _metonymy(self, doc: Document, toks: Sequence[Token], clusters: list[Cluster]) -> None:
        """Flag places used as agents; optionally move capital metonyms to the country."""
        starts = [t.start for t in toks]
        sents = [(_tok_index(starts, s.start), _tok_index(starts, s.end)) for s in doc.sentences]
        if not sents:
            sents = [(0, len(toks))]
        sent_starts = [s[0] for s in sents]
        by_country: dict[str, Cluster] = {}
        for c in clusters:
            if c.type == "GPE" and not c.capital_of and c.country():
                k = next((known_for(m, "GPE") for m in c.mentions if m.known), None)
                if k is None or not k.capital_of:
                    by_country.setdefault(c.country() or "", c)
        for c in clusters:
            if c.type != "GPE":
                continue
            for m in c.mentions:
                if m.kind != "name":
                    continue
                si = max(0, bisect_right(sent_starts, m.first) - 1)
                if is_agentive(m, toks, self.rules, sents[si]):
                    m.metonymic = True
                    c.metonymy = True
            if self.capital_policy == "country" and c.capital_of and c.metonymy:
                tgt = by_country.get(c.capital_of)
                if tgt is not None and tgt is not c:
                    moved = [m for m in c.mentions if m.metonymic]
                    c.mentions = [m for m in c.mentions if not m.metonymic]
                    tgt.mentions.extend(moved)
                    tgt.mentions.sort(key=lambda m: (m.start, m.end))
                    tgt.metonymy = True

    # -- naming and linking
    def _entity(self, doc: Document, toks: Sequence[Token], c: Cluster, date: str | None,
                n: int) -> Entity | None:
        if not c.mentions:
            return None
        text = doc.text
        namers = [m for m in c.mentions if m.kind == "name"]
        if namers:
            forms = [(text[m.nstart:m.nend], m) for m in namers]
            if c.type == "GPE":
                counts: dict[str, int] = {}
                for f, _ in forms:
                    counts[f] = counts.get(f, 0) + 1
                name = max(forms, key=lambda fm: (counts[fm[0]], -fm[1].start))[0]
            else:
                name = max(forms, key=lambda fm: (fm[1].nlast - fm[1].nfirst, len(fm[0]),
                                                  -fm[1].start))[0]
        else:
            m0 = c.mentions[0]
            name = text[m0.start:m0.end]
        name = _unfuse(name).replace("_", " ")  # a hashtag's words: "#شرطة_الحدود_الفرنسية"
        typ = c.type
        known = self._best_known(c, typ, date)
        name_en = country = role = kb_id = None
        if known is not None:
            name_en, country, role = known.name_en, known.country, known.role
            if date and known.end and known.end[:10] < date:
                role = f"former {role}" if role else None  # the office ended before the article
            kb_id = known.qid or (known.id if known.source == "kb" else None)
        title = next((text[m.start:m.nstart].strip() for m in c.mentions
                      if m.kind == "name" and m.start < m.nstart), None)
        # A KB or gazetteer record already names the entity; the linker is for the rest.
        lr = self.res.link(name, typ, title, date) if known is None else None
        if lr is not None:
            name_en = _g(lr, "name_en")
            country = _g(lr, "country")
            role = _g(lr, "role")
            kb_id = _g(lr, "kb_id")
            to = _g(lr, "type_override")
            if to in ("PER", "ORG", "GPE", "LOC"):
                typ = to
        if country is None:
            country = c.country() or (c.capital_of if typ == "GPE" else None)
            if country is None and typ == "PER":
                country = next((m.country_hint for m in c.mentions if m.country_hint), None)
        if name_en is None and typ == "PER":
            name_en = self.res.person_en(name)
        if typ == "GPE" and is_ambiguous(name):
            reading = resolve(name, (text[m.start:m.end] for m in c.mentions), _folded(doc))
            if reading is not None:
                name_en, country, kb_id = reading.name_en, reading.country, reading.kb_id
        spans: list[Span] = []
        seen: set[tuple[int, int]] = set()
        for m in c.mentions:
            if (m.start, m.end) in seen:
                continue
            seen.add((m.start, m.end))
            spans.append(Span(m.start, m.end, text[m.start:m.end]))
        score = 0.9 if known is not None else (0.75 if any(m.source != "ner" for m in namers)
                                                else 0.6)
        return Entity(id=f"e{n}", type=typ, name=name, mentions=tuple(spans), name_en=name_en,
                      country=country, role=role, kb_id=kb_id, metonymy=c.metonymy,
                      stage=STAGE, score=score)

    @staticmethod
    def _best_known(c: Cluster, typ: str, date: str | None) -> Known | None:
        """The KB/gazetteer record of the cluster: type-compatible, valid on the date."""
        cands: list[Known] = []
        for m in c.mentions:
            for k in m.known:
                if k.type == typ or (typ in ("GPE", "LOC") and k.type in ("GPE", "LOC")):
                    cands.append(k)
        if not cands:
            return None
        if date:
            valid = [k for k in cands if (not k.start or k.start[:10] <= date)
                     and (not k.end or k.end[:10] >= date)]
            if valid:
                cands = valid
        counts: dict[Known, int] = {}
        for k in cands:
            counts[k] = counts.get(k, 0) + 1
        return max(cands, key=lambda k: (counts[k], k.source == "kb"))


def _g(obj: Any, name: str) -> Any:
    """An attribute or key of a link result."""
    if isinstance(obj, dict):
        return obj.get(name)
    return getattr(obj, name, None)


def _unfuse(name: str) -> str:
    """"للتحالف العربي" -> "التحالف العربي": the name without a fused لل preposition."""
    if name.startswith("لل") and len(name.split()[0]) > 3:
        return "ا" + name[1:]
    return name


def _tok_index(starts: list[int], offset: int) -> int:
    """Index of the first token starting at or after ``offset``."""
    return bisect_left(starts, offset)


def doc_text(toks: Sequence[Token], first: int, last: int) -> str:
    """The surface words of a token range joined by spaces."""
    return " ".join(t.text for t in toks[first:last])


__all__ = ["STAGE", "EntityExtractor"]


def _folded(doc: Document) -> str:
    """The document's folded text (cached on it) for cue look-ups."""
    f = doc._cache.get("folded_text")
    if f is None:
        f = " " + " ".join(t.norm for t in doc_tokens(doc))
        doc._cache["folded_text"] = f
    return f
