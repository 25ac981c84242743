"""In-document coreference: cluster name, title and anaphor mentions into entities."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from marsad.entities.known import Known
from marsad.entities.mentions import Mention, is_def, nisba_masc, undef
from marsad.entities.rules import Rules
from marsad.text import Token, fold_word


@dataclass(slots=True)
class Cluster:
    """One entity under construction."""

    type: str
    mentions: list[Mention] = field(default_factory=list)
    keys: set[str] = field(default_factory=set)
    names: list[tuple[str, ...]] = field(default_factory=list)  # folded name token tuples
    heads: set[str] = field(default_factory=set)
    titles: set[str] = field(default_factory=set)
    kb_ids: set[str] = field(default_factory=set)
    countries: list[str] = field(default_factory=list)
    capital_of: str | None = None
    metonymy: bool = False

    @property
    def first(self) -> int:
        """Token index of the first mention."""
        return min(m.first for m in self.mentions)

    def country(self) -> str | None:
        """The most frequent country hint."""
        if not self.countries:
            return None
        return max(set(self.countries), key=self.countries.count)


def name_tokens(m: Mention, toks: Sequence[Token]) -> tuple[str, ...]:
    """Folded tokens of a mention's name part, the first without its proclitics."""
    words = [t.norm for t in toks[m.nfirst:m.nlast]]
    if words:
        t0 = toks[m.nfirst]
        # Only the proclitic letters the span really skipped are dropped (وزارة keeps its و).
        words[0] = fold_word(t0.text[max(0, m.nstart - t0.start):])
        if words[0].startswith("لل") and len(words[0]) > 3:
            words[0] = "ا" + words[0][1:]
    return tuple(words)


def org_key(words: tuple[str, ...]) -> str:
    """A looser key for organisations and places: no article, masculine nisba, ون for ين."""
    out = []
    for w in words:
        w = nisba_masc(w) if is_def(w) else w
        w = undef(w)
        out.append(w)
    return " ".join(out)


def known_for(m: Mention, typ: str) -> Known | None:
    """The first known record of a mention compatible with a type."""
    for k in m.known:
        if k.type == typ or (typ in ("GPE", "LOC") and k.type in ("GPE", "LOC")):
            return k
    return m.known[0] if m.known else None


class Coref:
    """Greedy clustering with name, suffix, KB-id, title and anaphor rules."""

    def __init__(self, rules: Rules, construct_heads: frozenset[str],
                 title_resolver: Callable[[str], str | None] | None = None) -> None:
        self.rules = rules
        self.construct_heads = construct_heads
        # Maps a title phrase ("الرئيس الأمريكي") to the KB id of its holder at the article date.
        self.title_resolver = title_resolver

    def cluster(self, toks: Sequence[Token], mentions: list[Mention]) -> list[Cluster]:
        """Clusters in order of first mention; unresolved titles and anaphors are dropped."""
        clusters: list[Cluster] = []
        names = [m for m in mentions if m.kind == "name"]
        # Longer names first so that surnames find their full name.
        for m in sorted(names, key=lambda m: (-(m.nlast - m.nfirst), m.first)):
            self._add_name(m, toks, clusters)
        by_pos = sorted(mentions, key=lambda m: m.first)
        for m in by_pos:
            if m.kind == "title":
                self._add_title(m, toks, clusters)
            elif m.kind == "capital":
                self._add_capital(m, toks, clusters)
        for m in by_pos:
            if m.kind == "anaphor":
                self._add_anaphor(m, clusters)
        self._merge_governments(clusters)
        self._merge_short_orgs(toks, clusters)
        self._merge_person_orgs(clusters)
        clusters = [c for c in clusters if c.mentions]
        for c in clusters:
            c.mentions.sort(key=lambda m: (m.start, m.end))
        clusters.sort(key=lambda c: c.mentions[0].start)
        return clusters

    # -- names
    def _add_name(self, m: Mention, toks: Sequence[Token], clusters: list[Cluster]) -> None:
        words = name_tokens(m, toks)
        if not words:
            return
        typ = m.type or "ORG"
        per = typ == "PER"
        key = " ".join(words) if per else org_key(words)
        k = known_for(m, typ)
        kid = k.id if k is not None and k.id else None
        target: Cluster | None = None
        for c in clusters:
            if not _compatible(c.type, typ):
                continue
            if (kid and kid in c.kb_ids) or key in c.keys:
                target = c
                break
        if target is None and per:
            target = self._surname_match(words, clusters) or self._variant_match(words, clusters)
        if target is None and not per and len(words) >= 2 and words[0] in self.construct_heads:
            # "حركة الحوثيين" / "الحوثيين"; "وزارة الخارجية الفرنسية" / "الخارجية الفرنسية".
            short = org_key(words[1:])
            for c in clusters:
                if c.type == typ and short in c.keys:
                    target = c
                    break
        if target is None and not per:
            for c in clusters:
                if c.type != typ:
                    continue
                if any(len(n) >= 2 and n[0] in self.construct_heads and org_key(n[1:]) == key
                       for n in c.names):
                    target = c
                    break
        if target is None:
            target = Cluster(typ)
            clusters.append(target)
        target.mentions.append(m)
        target.keys.add(key)
        target.names.append(words)
        if kid:
            target.kb_ids.add(kid)
        if m.head:
            target.heads.add(m.head)
        if words and not per:
            target.heads.add(undef(words[0]))
        if m.title_key and len(m.title_key.split()) >= 2:
            target.titles.add(m.title_key)
        if m.country_hint and not per:
            target.countries.append(m.country_hint)
        elif k is not None and k.country and not per:
            target.countries.append(k.country)
        if m.capital_of:
            target.capital_of = m.capital_of
        if k is not None and k.capital_of:
            target.capital_of = k.capital_of

    def _surname_match(self, words: tuple[str, ...], clusters: list[Cluster]) -> Cluster | None:
        """The person whose full name ends with these words (most mentioned wins)."""
        best: Cluster | None = None
        n = len(words)
        for c in clusters:
            if c.type != "PER":
                continue
            if any(len(nm) > n and nm[-n:] == words for nm in c.names) and (
                    best is None or len(c.mentions) > len(best.mentions)):
                best = c
        return best

    @staticmethod
    def _merge_person_orgs(clusters: list[Cluster]) -> None:
        """"إدارة ترامب" = "إدارة الرئيس ترامب": one head noun and one person make one body."""
        people = [c for c in clusters if c.type == "PER" and c.mentions]
        surnames: dict[str, Cluster] = {}
        for c in people:
            for nm in c.names:
                if len(nm[-1]) >= 3:
                    surnames.setdefault(nm[-1], c)
        seen: dict[tuple[str, int], Cluster] = {}
        for c in clusters:
            if c.type != "ORG" or not c.mentions or not c.names:
                continue
            n = c.names[0]
            who = next((surnames[w] for w in n[1:] if w in surnames), None)
            if who is None or len(n) < 2:
                continue
            key = (undef(n[0]), id(who))
            tgt = seen.get(key)
            if tgt is None:
                seen[key] = c
                continue
            tgt.mentions.extend(c.mentions)
            tgt.names.extend(c.names)
            tgt.keys |= c.keys
            c.mentions = []

    @staticmethod
    def _variant_match(words: tuple[str, ...], clusters: list[Cluster]) -> Cluster | None:
        """A spelling variant of a full name: same surname, a close first name (جيسون/جايسن)."""
        if len(words) < 2 or len(words[-1]) < 3:
            return None
        for c in clusters:
            if c.type != "PER":
                continue
            for nm in c.names:
                if len(nm) == len(words) and nm[1:] == words[1:] and nm[0] != words[0] \
                        and nm[0][:1] == words[0][:1] and _edit(nm[0], words[0]) <= 2 \
                        and min(len(nm[0]), len(words[0])) >= 4:
                    return c
        return None

    # -- titles, capitals, anaphors
    def _add_title(self, m: Mention, toks: Sequence[Token], clusters: list[Cluster]) -> None:
        key = m.title_key or ""
        for c in clusters:
            if c.type == "PER" and key in c.titles:
                c.mentions.append(m)
                return
        if self.title_resolver is not None and m.country_hint:
            kid = self.title_resolver(" ".join(t.text for t in toks[m.first:m.last]))
            if kid:
                for c in clusters:
                    if c.type == "PER" and kid in c.kb_ids:
                        c.mentions.append(m)
                        c.titles.add(key)
                        return
        if not m.country_hint:
            return
        head = key.split()[0] if key else ""
        cands = [c for c in clusters if c.type == "PER" and c.country() == m.country_hint
                 and any(t.split()[0] == head for t in c.titles)]
        if len(cands) == 1:
            cands[0].mentions.append(m)
            cands[0].titles.add(key)

    def _add_capital(self, m: Mention, toks: Sequence[Token], clusters: list[Cluster]) -> None:
        for c in clusters:
            if c.type == "GPE" and c.capital_of and c.capital_of == m.capital_of:
                c.mentions.append(m)
                return
        if not m.capital_of:
            return
        c = Cluster("GPE", capital_of=m.capital_of)
        c.mentions.append(m)
        c.keys.add(org_key(name_tokens(m, toks)))
        c.countries.append(m.capital_of)
        clusters.append(c)

    def _add_anaphor(self, m: Mention, clusters: list[Cluster]) -> None:
        best: Cluster | None = None
        best_pos = -1
        for c in clusters:
            if m.type == "ORG":
                if c.type != "ORG" or m.head not in c.heads:
                    continue
            else:
                if c.type != "GPE" or c.country() not in self.rules.kingdoms or c.capital_of:
                    continue
            prior = [x.first for x in c.mentions if x.first < m.first and x.kind != "anaphor"]
            if prior and max(prior) > best_pos:
                best, best_pos = c, max(prior)
        if best is not None:
            best.mentions.append(m)
            return
        if m.extra.get("standalone"):
            # "البرلمان" with no named parliament before it is the country's parliament itself.
            key = undef(m.head or "")
            for c in clusters:
                if c.type == "ORG" and key in c.keys:
                    c.mentions.append(m)
                    return
            c = Cluster("ORG")
            c.mentions.append(m)
            c.keys.add(key)
            c.heads.add(key)
            clusters.append(c)

    def _merge_governments(self, clusters: list[Cluster]) -> None:
        """"السلطات X" and "الحكومة X" of one country are one body (the gold convention)."""
        gov: dict[str, Cluster] = {}
        for c in clusters:
            if c.type != "ORG" or not c.countries:
                continue
            if not (c.heads & _GOV_HEADS) or len(c.names[0]) > 3:
                continue
            country = c.country()
            if country is None:
                continue
            if country in gov:
                tgt = gov[country]
                tgt.mentions.extend(c.mentions)
                tgt.keys |= c.keys
                tgt.names.extend(c.names)
                tgt.heads |= c.heads
                c.mentions = []
            else:
                gov[country] = c


    def _merge_short_orgs(self, toks: Sequence[Token], clusters: list[Cluster]) -> None:
        """Join a name and the same name plus adjectives ("وزارة الخارجية" / "… السعودية").

        The longer form joins a known shorter one ("الإمارات العربية" -> "الإمارات"); an unknown
        shorter form joins its only longer form ("وزارة الخارجية" -> "وزارة الخارجية السعودية").
        """
        def extends(long: tuple[str, ...], short: tuple[str, ...]) -> bool:
            return len(long) > len(short) and long[:len(short)] == short and all(
                is_def(w) for w in long[len(short):])

        def absorb(tgt: Cluster, src: Cluster) -> None:
            tgt.mentions.extend(src.mentions)
            tgt.keys |= src.keys
            tgt.names.extend(src.names)
            tgt.heads |= src.heads
            tgt.kb_ids |= src.kb_ids
            tgt.countries.extend(src.countries)
            src.mentions = []

        places = [c for c in clusters if c.type != "PER" and c.mentions and c.names]
        for c in places:
            if not c.mentions or c.kb_ids:
                continue
            shorter = [o for o in places if o is not c and o.mentions and o.kb_ids
                       and o.type == c.type
                       and all(any(extends(n, n2) for n2 in o.names) for n in c.names)]
            if len(shorter) == 1:
                absorb(shorter[0], c)
        for c in places:
            if not c.mentions or c.kb_ids:
                continue
            longer = [o for o in places if o is not c and o.mentions and o.type == c.type
                      and all(any(extends(n2, n) for n2 in o.names) for n in c.names)]
            if len(longer) == 1:
                absorb(longer[0], c)


def _edit(a: str, b: str) -> int:
    """Levenshtein distance of two short words."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def _compatible(a: str, b: str) -> bool:
    """Types that may share an entity: equal, or two kinds of place."""
    return a == b or (a in ("GPE", "LOC") and b in ("GPE", "LOC"))


_GOV_HEADS = frozenset({"حكومه", "سلطات"})
