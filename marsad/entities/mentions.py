"""Candidate mentions: tagger spans, KB/gazetteer phrase matches and head-word/title rules."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter

from marsad.entities.known import Known
from marsad.entities.resources import Resources
from marsad.entities.rules import Rules
from marsad.link.keys import name_key
from marsad.model import Document
from marsad.text import Token
from marsad.text.matcher import PhraseMatcher, clitic_free_start, skip_letters
from marsad.text.tokens import QUOTE_MARKS, doc_tokens, proclitic_splits

_PREFIXES = ("و", "ف", "ب", "ل", "ك")
_PRIORITY = {"kb": 0, "gaz": 0, "rule": 1, "doc": 2, "ner": 3}
_NO_HEADS: tuple[str | None, ...] = (None,) * 6  # see MentionFinder._heads
_NORM = attrgetter("norm")


@dataclass(slots=True)
class Mention:
    """A span that names (or refers to) an entity; ``nfirst/nlast`` is its name part."""

    first: int
    last: int
    start: int
    end: int
    type: str | None
    kind: str = "name"            # name | title | anaphor | capital
    source: str = "ner"
    nfirst: int = -1
    nlast: int = -1
    nstart: int = -1
    nend: int = -1
    known: tuple[Known, ...] = ()
    head: str | None = None       # organisation head noun without ال (وزاره)
    title_key: str | None = None  # folded title of an appositive or a title mention
    country_hint: str | None = None  # country of a nisba in the span
    capital_of: str | None = None
    entity: int = -1              # cluster index after coreference
    metonymic: bool = False
    extra: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.nfirst < 0:
            self.nfirst, self.nlast, self.nstart, self.nend = (self.first, self.last,
                                                               self.start, self.end)


# ---------------------------------------------------------------- word helpers

@lru_cache(maxsize=200_000)
def bare(norm: str) -> str:
    """The word without conjunction/preposition proclitics, keeping the article."""
    for pre, stem in proclitic_splits(norm)[1:]:
        if pre in ("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك") and len(stem) >= 3:
            return stem
    return norm


def is_def(norm: str) -> bool:
    """A definite word without other proclitics (starts with ال)."""
    return norm.startswith("ال") and len(norm) > 3


def is_nisba(norm: str, rules: Rules) -> bool:
    """A definite nisba adjective such as السوري / الروسية / الحوثيين."""
    if not is_def(norm) or norm in rules.stop_cont or len(norm) < 5:
        return False
    return norm.endswith(("ي", "يه", "يين", "يون", "يتين"))


def nisba_masc(norm: str) -> str:
    """Fold feminine/plural nisba endings to the masculine (الروسيه -> الروسي)."""
    for suf in ("يتين", "يين", "يون", "يه"):
        if norm.endswith(suf) and len(norm) - len(suf) >= 3:
            return norm[: -len(suf)] + "ي"
    return norm


@lru_cache(maxsize=200_000)
def head_stem(norm: str, heads: frozenset[str]) -> str | None:
    """The head noun a word carries behind و ف ب ل ك (the article is part of the head)."""
    if norm in heads:
        return norm
    for pre, stem in proclitic_splits(norm)[1:]:
        if stem in heads and not pre.endswith("ال"):
            return stem
    return None


def undef(norm: str) -> str:
    """The word without its article."""
    return norm[2:] if is_def(norm) else norm


def span_start(tok: Token, norm_prefix: str) -> int:
    """Start offset once a proclitic reading is dropped (article and fused لل kept)."""
    return clitic_free_start(tok, norm_prefix)


# ---------------------------------------------------------------- the extractor

class MentionFinder:
    """Finds candidate mentions in a document, sentence by sentence."""

    def __init__(self, res: Resources, rules: Rules) -> None:
        self.res = res
        self.rules = rules
        # norm -> the head words it carries (see ``_heads``); shared by all documents.
        self._heads_cache: dict[str, tuple[str | None, ...]] = {}
        self._h: list[tuple[str | None, ...]] = []  # per-token heads of the current document
        r = rules
        self._head_sets = (r.org_construct, r.org_definite, r.loc_heads, r.gpe_heads,
                           r.title_heads, r.capital_words)
        # most words are in none of the six lists: one test against their union settles them
        self._any_head: frozenset[str] = frozenset().union(*self._head_sets)
        self._anaphor_words = r.standalone_orgs | r.org_anaphors | r.state_anaphors
        # a word's readings all end with its last two letters (see proclitic_splits)
        self._head_tails = frozenset(x[-2:] for x in self._any_head)

    def _heads(self, norm: str) -> tuple[str | None, ...]:
        """(construct org head, definite org head, LOC head, GPE head, title head, capital word)."""
        h = self._heads_cache.get(norm)
        if h is None:
            if norm[-2:] not in self._head_tails:
                h = _NO_HEADS
            else:
                # the readings once for the six lists (head_stem per list would redo them)
                stems = [s for p, s in proclitic_splits(norm)[1:] if not p.endswith("ال")]
                if norm not in self._any_head and self._any_head.isdisjoint(stems):
                    h = _NO_HEADS
                else:
                    h = tuple(norm if norm in heads else next((s for s in stems if s in heads),
                                                              None)
                              for heads in self._head_sets)
            if len(self._heads_cache) < 500_000:
                self._heads_cache[norm] = h
        return h

    # -- entry point
    def find(self, doc: Document) -> tuple[list[Token], list[Mention]]:
        """All non-overlapping name mentions plus title and anaphor mentions, in text order."""
        toks = doc_tokens(doc)
        cache = self._heads_cache
        self._h = [cache.get(t.norm) or self._heads(t.norm) for t in toks]
        starts = [t.start for t in toks]
        sents = doc.sentences or ()
        ranges: list[tuple[int, int]] = []
        if sents:
            for s in sents:
                a = bisect_left(starts, s.start)
                b = bisect_left(starts, s.end)
                if b > a:
                    ranges.append((a, b))
        elif toks:
            ranges.append((0, len(toks)))
        # counted in C (Counter), kept a plain dict: a missing word is no silent 0
        bare_counts: dict[str, int] = dict(Counter(map(_NORM, toks)))
        cands: list[Mention] = []
        tags: list[str] = ["O"] * len(toks)
        # The whole document is tagged at once: a name tagged in one sentence is tagged alike
        # where it recurs (document consistency, about +1.3 points of NER F1).
        doc_tags = self.res.tag_document([toks[a:b] for a, b in ranges])
        for (a, b), stags in zip(ranges, doc_tags):
            sent = toks[a:b]
            cands.extend(self._known(sent, a))
            tags[a:b] = stags
            cands.extend(self._tagged(sent, stags, a, bare_counts))
        cands = self._confirm_surnames(toks, tags, cands, bare_counts)
        for a, b in ranges:
            cands.extend(self._title_names(toks, a, b, self._covered(cands)))
        names = self._select(cands)
        covered = self._covered(names)
        rules_m = []
        for a, b in ranges:
            rules_m.extend(self._org_rules(toks, a, b, names))
            rules_m.extend(self._place_rules(toks, a, b, names))
        starts_known = {m.first: m for m in cands if m.known and m.type == "ORG"}
        for m in rules_m:
            k = starts_known.get(m.first)
            if not m.known and k is not None and k.last <= m.last:
                m.known = k.known  # "وكالة الأنباء السورية الرسمية" is the KB's agency
        names = self._select(names + rules_m)
        names = self._doc_consistency(toks, names, ranges)
        covered = self._covered(names)
        extra: list[Mention] = []
        for a, b in ranges:
            self._appositives(toks, a, b, names)
            covered = self._covered(names)
            extra.extend(self._titles(toks, a, b, covered))
            extra.extend(self._anaphors(toks, a, b, covered))
        out = sorted(names + extra, key=lambda m: (m.start, -m.end))
        return toks, out

    # -- sources
    def _known(self, sent: Sequence[Token], off: int) -> list[Mention]:
        """KB and gazetteer phrase matches."""
        out: list[Mention] = []
        rules = self.rules
        for m in self.res.matcher.find_all(sent):
            tok = sent[m.first]
            stem = tok.norm[len(m.prefix):] if m.prefix else tok.norm
            if m.prefix and (len(stem) < 3 or m.prefix == "ف"):
                continue  # فرانس is not ف + رانس
            if m.prefix and (tok.norm in rules.gpe_heads or tok.norm in rules.loc_heads
                             or tok.norm in rules.title_heads or tok.norm in rules.org_construct):
                continue  # "ولاية" is a word of its own, not و + a place "لاية"
            if m.last - m.first == 1 and head_stem(tok.norm, rules.never_names) is not None:
                continue
            if m.last - m.first == 1 and m.prefix.endswith("ال") and self.res.demonym(bare(tok.norm)):
                continue  # "السورية" is the adjective, not the country "سورية"
            if m.last - m.first == 1 and not m.prefix and m.first > 0 and self._adjective_reading(
                    sent[m.first - 1].norm, tok.norm):
                continue  # "مهاجرا نيجيريا": after an indefinite accusative noun, the adjective "Nigerian"
            start = span_start(tok, m.prefix)
            typ = m.payload[0].type
            out.append(Mention(off + m.first, off + m.last, start, m.end, typ,
                               source="kb" if m.payload[0].source == "kb" else "gaz",
                               known=m.payload))
        return out

    def _confirm_surnames(self, toks: list[Token], tags: list[str],
                          cands: list[Mention], counts: dict[str, int]) -> list[Mention]:
        """Keep a one-word KB person alias ("الأسد") only when the article confirms it."""
        full = {k.id for m in cands if m.last - m.first > 1 for k in m.known}
        out: list[Mention] = []
        tagged = self.res.tagger is not None
        places_end = {m.last for m in cands if m.type in ("GPE", "LOC") and m.known}
        for m in cands:
            if m.source == "gaz" and m.last - m.first == 1 and m.known:
                k = m.known[0]
                if self._article_added(toks[m.first], m):
                    continue  # "المالي" is "financial", not the country مالي
                # "بغداد وأربيل": a town joined by و to a place named just before is a place
                joined = toks[m.first].start < m.start and toks[m.first].norm[:1] == "و" and m.first in places_end
                if tagged and tags[m.first] == "O" and k.capital_of is None \
                        and (k.id or "").startswith("city:") and not joined \
                        and not self._locative(toks, m, counts):
                    continue  # "هوية", "الحصار": a town's name that is a common word here
            if m.source == "kb" and m.last - m.first == 1 and tags[m.first] == "O" \
                    and self.res.tagger is not None and m.type == "ORG" \
                    and not toks[m.first].text[:1].isascii() and m.known[0].id not in full \
                    and len(bare(toks[m.first].norm)) <= 4:
                continue  # "تقدم" the verb, "فتح" in "وفتح صفحة": a short common word untagged
            if m.source == "kb" and m.last - m.first == 1 and tags[m.first] == "O" \
                    and toks[m.first].start < m.start and m.type in ("PER", "ORG"):
                continue  # "وفتح صفحة": a clitic-stripped common word the tagger does not back
            if m.source == "kb" and m.type == "PER" and m.last - m.first == 1 \
                    and not any(k.id in full for k in m.known):
                prev = toks[m.first - 1].norm if m.first > 0 else ""
                if not (tags[m.first].endswith("PER")
                        or head_stem(prev, self.rules.title_heads) is not None
                        or not is_def(bare(toks[m.first].norm))):
                    continue
            out.append(m)
        return out

    def _locative(self, toks: list[Token], m: Mention, counts: dict[str, int]) -> bool:
        """A town name in a place context: after في/من/مدينة…, with ب, or named twice."""
        tok = toks[m.first]
        if tok.start < m.start and tok.norm[:1] in ("ب",):
            return True
        if m.first > 0 and head_stem(toks[m.first - 1].norm, self.rules.locatives) is not None:
            return True
        stem = bare(tok.norm)
        return counts.get(stem, 0) + (counts.get(tok.norm, 0) if stem != tok.norm else 0) >= 2

    def _article_added(self, tok: Token, m: Mention) -> bool:
        """True when the word is ال + a place name that has no article of its own."""
        key = bare(tok.norm)
        return is_def(key) and self.res.gaz.by_key.get(key) is None \
            and self.res.gaz.by_key.get(key[2:]) is not None

    def _title_names(self, toks: list[Token], a: int, b: int,
                     covered: set[int]) -> list[Mention]:
        """A person named right after a title from the name database (الرئيس السوري أحمد الشرع)."""
        rules = self.rules
        units = self.res.gaz.name_roles
        out: list[Mention] = []
        for i in range(a, b - 1):
            if i in covered or self._h[i][4] is None:
                continue
            j = i + 1
            while j < b and j - i < 5 and j not in covered:
                w = toks[j].norm
                if w in rules.title_links or head_stem(w, rules.title_heads) is not None or (
                        is_def(w) and (w not in units or self.res.demonym(w))):
                    j += 1
                    continue
                break
            k = j
            while k < b and k - j < 4 and k not in covered and toks[k].is_word:
                w = toks[k].norm
                role = units.get(w)
                bad = (w in rules.never_names or w in rules.stop_cont or self.res.demonym(w)
                       or head_stem(w, rules.title_heads) is not None)
                if role is None and not bad and k > j and is_def(w) and not is_nisba(w, rules) \
                        and units.get(toks[k - 1].norm) == "given":
                    k += 1  # an unlisted family name after a given name: محمد إبراهيم الشعار
                    break
                if role is None or bad:
                    break
                if k == j and role not in ("given", "surname"):
                    break
                if is_def(w) and k + 1 < b and is_nisba(toks[k + 1].norm, rules):
                    k = j  # "الكوري الجنوبي": a two-word demonym, not a name
                    break
                k += 1
                if is_def(w) and k - j == 1 and k < b and units.get(toks[k].norm) is None:
                    break
            if k > j:
                out.append(Mention(j, k, toks[j].start, toks[k - 1].end, "PER", source="rule"))
        return out

    def _tagged(self, sent: Sequence[Token], tags: Sequence[str], off: int,
                counts: dict[str, int]) -> list[Mention]:
        """Spans of the statistical tagger (MISC dropped), cleaned of titles and clitics."""
        out: list[Mention] = []
        i, n = 0, len(sent)
        rules = self.rules
        while i < n:
            tag = tags[i]
            if tag == "O" or len(tag) < 3:
                i += 1
                continue
            typ = tag[2:]
            j = i + 1
            while j < n and tags[j] == "I-" + typ:
                j += 1
            a, b = i, j
            i = j
            if typ not in ("PER", "ORG", "LOC"):
                continue
            # Titles and function words are not part of a name.
            while a < b and (head_stem(sent[a].norm, rules.never_names) is not None
                             or head_stem(sent[a].norm, rules.title_heads) is not None
                             or not sent[a].is_word):
                a += 1
            while a < b and sent[a].norm[:2] in ("ست", "سي", "سن") and \
                    sent[a].norm not in self.res.gaz.name_roles:
                a += 1  # a future verb glued to the name ("ستتعقب صالح مسلم")
            while b > a and (not sent[b - 1].is_word or sent[b - 1].norm in rules.stop_cont
                             or head_stem(sent[b - 1].norm, rules.never_names) is not None
                             or self._prep_known(sent[b - 1].norm)):
                b -= 1
            if a >= b:
                continue
            after_head = a > 0 and typ == "LOC" and (
                sent[a - 1].norm in rules.gpe_heads or sent[a - 1].norm in rules.loc_heads)
            if b - a == 1 and not after_head and not self._plausible_single(sent[a].norm, typ):
                continue  # (after "ولاية", "مدينة" the tagged word is the name: "ولاية بورنو")
            if b - a == 1 and a > 0 and self._adjective_reading(sent[a - 1].norm, sent[a].norm):
                continue  # "مهاجرا نيجيريا": the adjective "Nigerian", not the country
            tok = sent[a]
            start = self._clean_start(tok, counts)
            if start >= tok.end:
                continue
            mtype = "GPE" if typ == "LOC" else typ
            if mtype == "PER" and self._after_org_head(sent, a):
                mtype = "ORG"  # 'مركز "بوليسي إكستشينج"': a name after the head of a body is the body's
            out.append(Mention(off + a, off + b, start, sent[b - 1].end, mtype, source="ner"))
        return out

    def _after_org_head(self, sent: Sequence[Token], a: int) -> bool:
        """The word before token ``a`` (past a quotation mark) heads an organisation's name."""
        k = a - 1
        while k >= 0 and sent[k].text in QUOTE_MARKS:
            k -= 1
        return k >= 0 and k < a - 1 and (head_stem(sent[k].norm, self.rules.org_construct) is not None
                                         or head_stem(sent[k].norm, self.rules.org_weak) is not None)

    def _adjective_reading(self, before: str, word: str) -> bool:
        """A country name in -يا right after an indefinite noun in the accusative ("شابا سوريا"),
        where it reads as the adjective written without a proclitic ("a Syrian young man")."""
        rules = self.rules
        return word.endswith("يا") and len(before) >= 4 and before.endswith("ا") and not before.startswith("ال") and (
            not before.endswith(rules.not_accusative_endings)) and before not in rules.adverbs_in_a and (
            bool(self.res.gaz.demonyms.get(name_key(word[:-1]))))

    def _prep_known(self, norm: str) -> bool:
        """A word that is ل/ب + a known name ("لرويترز"): it never ends another name."""
        for pre, stem in proclitic_splits(norm)[1:]:
            if pre in ("ل", "ب") and len(stem) >= 3 and stem in self.res.matcher:
                return True
        return False

    def _plausible_single(self, norm: str, typ: str) -> bool:
        """Whether a one-word tagger span can be a name (not a head noun, demonym or pronoun form)."""
        rules = self.rules
        if head_stem(norm, rules.org_construct) or head_stem(norm, rules.org_definite) \
                or head_stem(norm, rules.org_anaphors) or self.res.demonym(norm):
            return False
        if typ == "LOC" and self.res.place(norm) is None:
            core = bare(norm)
            if is_def(core) or core.endswith(("نا", "ها", "هم", "كم")) or core != norm:
                return False
        return True

    def _clean_start(self, tok: Token, counts: dict[str, int]) -> int:
        """Where a tagged name starts once a proclitic (و ب ل ك ف) is dropped."""
        norm = tok.norm
        for pre, stem in proclitic_splits(norm)[1:]:
            if pre.endswith("ال"):
                return span_start(tok, pre)
        if norm[:1] in _PREFIXES and len(norm) >= 4:
            for pre, stem in proclitic_splits(norm)[1:]:
                if pre == "ف":
                    continue
                if pre in ("ل",) and stem.startswith("ال"):
                    return tok.start  # fused لل: keep the token whole
                if len(stem) >= 3 and (counts.get(stem, 0) > 0 or stem in self.res.matcher
                                       or self.res.place(stem) is not None):
                    return skip_letters(tok, len(pre))
        return tok.start

    # -- rules
    def _next_name(self, names_at: dict[int, Mention], k: int) -> Mention | None:
        return names_at.get(k)

    def _org_rules(self, toks: list[Token], a: int, b: int,
                   names: list[Mention]) -> list[Mention]:
        """Organisation names opened by a head noun (وزارة الخارجية الروسية, الحكومة السورية)."""
        rules = self.rules
        names_at = {m.first: m for m in names}
        out: list[Mention] = []
        i = a
        while i < b:
            tok = toks[i]
            hd = self._h[i]
            head = hd[0]
            dhead = None if head else hd[1]
            if head is None and dhead is None:
                i += 1
                continue
            j = i + 1
            inner: Mention | None = None
            has_anchor = False
            adj_names = True  # a name may follow as the phrase's complement ("وزارة خارجية روسيا")
            whole = names_at.get(i)
            if head is not None and whole is not None and whole.known and whole.type == "ORG" and whole.last > i + 1:
                # "حركة حماس المقترح الإسرائيلي": a known name opened by the head ends where it
                # ends; only adjectives may follow ("حركة حماس الفلسطينية")
                j, inner, has_anchor = whole.last, whole, True
                adj_names = False
            elif head is not None:
                # Construct state: one noun phrase (a known name, or definite word(s)).
                indef = 0
                while j < b:
                    nm = names_at.get(j)
                    nt = toks[j].norm
                    if nm is not None and nm.kind == "name" and nm.type != "LOC" \
                            and head_stem(toks[nm.first].norm, rules.loc_heads) is None:
                        inner = nm if j == i + 1 else None
                        has_anchor = True
                        j = nm.last
                        break
                    if is_def(nt) and nt not in rules.stop_cont and nt not in rules.never_names:
                        j += 1
                        break
                    if (indef == 0 and toks[j].is_word and j + 1 < b and is_def(toks[j + 1].norm)
                            and head_stem(nt, rules.never_names) is None and nt[:1] not in "يتنلبوفك"
                            and len(nt) >= 3):
                        indef += 1
                        j += 1
                        continue
                    break
                if j == i + 1:
                    i += 1
                    continue
            # Adjectives and coordinated nouns after the head noun phrase.
            adj = 0
            while j < b and adj < 4:
                nt = toks[j].norm
                nm = names_at.get(j)
                if is_nisba(nt, rules) or (dhead is not None and dhead in rules.org_definite_adj
                                           and adj == 0 and is_def(nt) and nt.endswith("ه")
                                           and nt not in rules.stop_cont and nm is None):
                    has_anchor = True
                    j += 1
                    adj += 1
                    continue
                if head is not None and nt.startswith("وال") and len(nt) > 5 and adj == 0 \
                        and nt[1:] not in rules.stop_cont:
                    j += 1
                    adj += 1
                    continue
                if head is not None and adj_names and nm is not None and nm.kind == "name" and adj == 0 \
                        and nm.type in ("GPE", "ORG") and nm.first == j:
                    has_anchor = True
                    inner = None
                    j = nm.last
                    adj += 1
                    continue
                break
            if dhead is not None:
                after_title = i > a and head_stem(toks[i - 1].norm, rules.title_construct) is not None
                demonym = any(self.res.demonym(toks[k].norm) for k in range(i + 1, j))
                if not has_anchor or after_title or not (
                        demonym or dhead in rules.org_definite_any):
                    i += 1
                    continue
            stem = head or dhead or ""
            if head is not None and not has_anchor and stem in rules.org_weak:
                i += 1
                continue
            # "السفارة السعودية في واشنطن": an embassy or office named by its place.
            if stem in rules.org_located and j + 1 < b and toks[j].norm == "في":
                pm = names_at.get(j + 1)
                if pm is not None and pm.type == "GPE":
                    j = pm.last
            pre = ""
            for p, s in proclitic_splits(tok.norm):
                if s == stem:
                    pre = p
                    break
            start = span_start(tok, pre)
            m = Mention(i, j, start, toks[j - 1].end, "ORG", source="rule", head=undef(stem))
            if inner is not None and inner.type == "ORG" and inner.last == j:
                m.nfirst, m.nlast, m.nstart, m.nend = inner.first, inner.last, inner.start, inner.end
                m.known = inner.known
            for k in range(i + 1, j):
                pm = names_at.get(k)
                if pm is not None and pm.type == "GPE" and pm.known and pm.known[0].country:
                    m.country_hint = pm.known[0].country
                    break
                if is_nisba(toks[k].norm, rules):
                    c = self.res.demonym(toks[k].text) or self.res.demonym(toks[k].norm)
                    if c:
                        m.country_hint = c
                        break
            out.append(m)
            i = j
        return out

    def _place_rules(self, toks: list[Token], a: int, b: int,
                     names: list[Mention]) -> list[Mention]:
        """Places opened by a head word: هضبة الجولان (LOC), محافظة درعا (GPE alias)."""
        rules = self.rules
        names_at = {m.first: m for m in names}
        out: list[Mention] = []
        for i in range(a, b - 1):
            tok = toks[i]
            hd = self._h[i]
            lh = hd[2]
            gh = None if lh else hd[3]
            if lh is None and gh is None:
                continue
            nm = names_at.get(i + 1)
            if nm is not None and nm.start > toks[nm.first].start:
                nm = None  # "عاصمة لإسرائيل": a name with its own preposition is not the head's
            pre = next((p for p, s in proclitic_splits(tok.norm) if s == (lh or gh)), "")
            start = span_start(tok, pre)
            if gh is not None:
                if nm is not None and nm.type == "GPE":
                    m = Mention(i, nm.last, start, nm.end, "GPE", source="rule",
                                nfirst=nm.first, nlast=nm.last, nstart=nm.start, nend=nm.end,
                                known=nm.known)
                    out.append(m)
                continue
            assert lh is not None
            if lh in rules.cardinals:
                continue  # "شمال أفريقيا" is a gazetteer phrase; "شمال سوريا" is not a name
            if nm is not None:
                j = nm.last
            elif lh in rules.loc_strong and is_def(toks[i + 1].norm) \
                    and toks[i + 1].norm not in rules.stop_cont \
                    and head_stem(toks[i + 1].norm, rules.never_names) is None:
                j = i + 2
            else:
                continue
            out.append(Mention(i, j, start, toks[j - 1].end, "LOC", source="rule"))
        return out

    # -- selection
    def _select(self, cands: list[Mention]) -> list[Mention]:
        """Non-overlapping mentions: longest first, then KB/gazetteer over rules over tagger."""
        order = sorted(cands, key=lambda m: (-(m.last - m.first), _PRIORITY.get(m.source, 5),
                                             m.first))
        taken: list[Mention] = []
        used: set[int] = set()
        for m in order:
            rng = range(m.first, m.last)
            if any(k in used for k in rng):
                continue
            used.update(rng)
            taken.append(m)
        taken.sort(key=lambda m: m.first)
        return taken

    @staticmethod
    def _covered(ms: list[Mention]) -> set[int]:
        out: set[int] = set()
        for m in ms:
            out.update(range(m.first, m.last))
        return out

    # -- document consistency
    def _doc_consistency(self, toks: list[Token], names: list[Mention],
                         ranges: list[tuple[int, int]]) -> list[Mention]:
        """A name found once is found everywhere in the article (and a person's surname)."""
        rules = self.rules
        phrases: list[tuple[list[str], Mention]] = []
        for m in names:
            if m.kind != "name":
                continue
            words = [t.text for t in toks[m.nfirst:m.nlast]]
            norms = [t.norm for t in toks[m.nfirst:m.nlast]]
            if not words or (len(words) == 1 and (head_stem(norms[0], rules.never_names) is not None
                                                  or len(norms[0]) < 3)):
                continue
            # Token norms of the name: the same keys re-tokenising its words would give.
            phrases.append((norms, m))
            if m.type == "PER" and len(words) >= 2:
                last = norms[-1]
                if len(last) >= 3 and last not in rules.never_names and last not in rules.name_particles:
                    phrases.append((norms[-1:], m))
                    if len(words) >= 3 and norms[-2] in rules.name_particles:
                        phrases.append((norms[-2:], m))
        if not phrases:
            return names
        pm: PhraseMatcher[Mention] = PhraseMatcher.from_keys(phrases)
        covered = self._covered(names)
        added: list[Mention] = []
        for a, b in ranges:
            for hit in pm.find_all(toks, a, b):
                f, l = a + hit.first, a + hit.last
                if any(k in covered for k in range(f, l)):
                    continue
                tok = toks[f]
                stem = tok.norm[len(hit.prefix):]
                if hit.prefix and len(stem) < 3:
                    continue
                if l - f == 1 and not hit.prefix and f > a and self._adjective_reading(toks[f - 1].norm, tok.norm):
                    continue  # "شابا سوريا": the adjective here, though the country is named elsewhere
                src = hit.payload
                start = span_start(tok, hit.prefix)
                added.append(Mention(f, l, start, toks[l - 1].end, src.type, source="doc",
                                     known=src.known if l - f == src.nlast - src.nfirst else ()))
                covered.update(range(f, l))
        return sorted(names + added, key=lambda m: m.first)

    # -- titles
    def _title_back(self, toks: list[Token], a: int, i: int) -> int | None:
        """The first token of a title chain ending right before token ``i``, if any."""
        rules = self.rules
        k = i - 1
        left: int | None = None
        steps = 0
        while k >= a and steps < 6:
            nt = toks[k].norm
            b = bare(nt)
            if nt in rules.stop_cont:
                break  # "الوزير التقى جان إيف لودريان": a verb between, not a title word
            if head_stem(nt, rules.title_heads) is not None:
                left = k
                if not is_def(nt) and nt.endswith(("ه", "ها", "هم")):
                    break  # "التقى الوزير نظيره الفرنسي …": a possessed title opens its chain
            elif is_def(nt) or b in rules.title_links or is_def(b):
                pass
            else:
                break
            k -= 1
            steps += 1
        if left is not None and left - 1 >= a and head_stem(toks[left - 1].norm, rules.honorifics) is not None:
            left -= 1
        return left

    def _appositives(self, toks: list[Token], a: int, b: int, names: list[Mention]) -> None:
        """Extend person and capital names over the title before them (الرئيس السوري أحمد الشرع)."""
        rules = self.rules
        used = self._covered([m for m in names])
        for m in names:
            if not (a <= m.first < b) or m.kind != "name":
                continue
            if m.type == "PER":
                left = self._title_back(toks, a, m.first)
                if left is None or any(k in used for k in range(left, m.first)):
                    continue
                tok = toks[left]
                hs = head_stem(tok.norm, rules.title_heads) or head_stem(tok.norm,
                                                                         rules.honorifics)
                pre = next((p for p, s in proclitic_splits(tok.norm) if s == hs), "")
                m.start = span_start(tok, pre) if hs else tok.start
                m.first = left
                m.title_key = title_key(toks[left:m.nfirst], rules)
                m.country_hint = self._nisba_country(toks[left:m.nfirst])
                used.update(range(left, m.nfirst))
            elif m.type == "GPE" and m.first - 2 >= a:
                cw, ns = toks[m.first - 2], toks[m.first - 1]
                if head_stem(cw.norm, rules.capital_words) is not None and is_nisba(ns.norm, rules):
                    c = self._nisba_country([ns])
                    pre = next((p for p, s in proclitic_splits(cw.norm) if s == bare(cw.norm)), "")
                    m.first -= 2
                    m.start = span_start(cw, pre)
                    m.capital_of = c
                    m.title_key = title_key(toks[m.first:m.nfirst], rules)

    def _nisba_country(self, toks: Sequence[Token]) -> str | None:
        for t in toks:
            if is_nisba(bare(t.norm), self.rules):
                c = self.res.demonym(t.text) or self.res.demonym(bare(t.norm))
                if c:
                    return c
        return None

    def _titles(self, toks: list[Token], a: int, b: int, covered: set[int]) -> list[Mention]:
        """Stand-alone titles (الرئيس الفرنسي, رئيس الوزراء) and capital titles (العاصمة اليمنية)."""
        rules = self.rules
        out: list[Mention] = []
        i = a
        while i < b:
            if i in covered:
                i += 1
                continue
            tok = toks[i]
            hs = self._h[i][4]
            cap = self._h[i][5] is not None
            if hs is None and not cap:
                i += 1
                continue
            j = i + 1
            while j < b and j - i < 5 and j not in covered:
                nt = toks[j].norm
                if nt in rules.stop_cont and nt not in rules.title_links:
                    break
                if is_def(nt) or nt in rules.title_links:
                    j += 1
                    continue
                break
            # A title ends on its nisba; "رئيس الوزراء" without one is kept too.
            while j > i + 1 and not is_nisba(toks[j - 1].norm, rules) and \
                    toks[j - 1].norm not in rules.title_objects:
                j -= 1
            if j <= i + 1:
                i += 1
                continue
            if head_stem(tok.norm, rules.honorifics) is not None:
                i += 1
                continue
            pre = next((p for p, s in proclitic_splits(tok.norm) if s == (hs or bare(tok.norm))),
                       "")
            m = Mention(i, j, span_start(tok, pre), toks[j - 1].end,
                        "GPE" if cap else "PER", kind="capital" if cap else "title",
                        source="rule")
            m.title_key = title_key(toks[i:j], rules)
            m.country_hint = self._nisba_country(toks[i + 1:j])
            if cap:
                m.capital_of = m.country_hint
            out.append(m)
            i = j
        return out

    def _anaphors(self, toks: list[Token], a: int, b: int, covered: set[int]) -> list[Mention]:
        """Definite anaphors (الوزارة, الحركة, المملكة) not followed by a modifier."""
        rules = self.rules
        out: list[Mention] = []
        for i in range(a, b):
            if i in covered:
                continue
            tok = toks[i]
            st = bare(tok.norm)
            if st not in self._anaphor_words:
                continue  # most words: one look-up instead of three
            standalone = st in rules.standalone_orgs
            org = st in rules.org_anaphors or standalone
            state = st in rules.state_anaphors
            if not (org or state):
                continue
            if i + 1 < b and (is_nisba(toks[i + 1].norm, rules) or is_def(toks[i + 1].norm)):
                continue
            pre = next((p for p, s in proclitic_splits(tok.norm) if s == st), "")
            out.append(Mention(i, i + 1, span_start(tok, pre), tok.end,
                               "ORG" if org else "GPE", kind="anaphor", source="rule",
                               head=undef(st), extra={"standalone": standalone}))
        return out


def title_key(toks: Sequence[Token], rules: Rules) -> str:
    """A comparable key of a title: clitic-free, honorifics dropped, nisba in the masculine."""
    words = [bare(t.norm) if k == 0 else t.norm for k, t in enumerate(toks)]
    words = [w for w in words if w not in rules.honorifics]
    return " ".join(nisba_masc(w) if is_def(w) else w for w in words)


