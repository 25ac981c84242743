"""The quote rules put together: cues, complements, content spans, speakers, chains, dedup."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from marsad.model import Arg, Document, Quote, Span
from marsad.quotes.chains import audience_via, relay_chain, source_chain
from marsad.quotes.context import Ctx
from marsad.quotes.cues import Cue
from marsad.quotes.direct import QUOTE_CHARS, Marked, word_count
from marsad.quotes.indirect import Complement, clause_end, find_complement, trim_span
from marsad.quotes.speakers import Who, after_cue, before_cue, resolve_anaphor, unnamed_np
from marsad.text import fold_word
from marsad.text.matcher import Match
from marsad.text.tokens import proclitic_splits

STAGE = "quotes.rules.v1"


@dataclass
class Cand:
    """A quote under construction."""

    kind: str
    start: int
    end: int
    cue: tuple[int, int] | None
    cue_tok: int
    speaker: Who | None = None
    via: list[Who] = field(default_factory=list)
    region: tuple[int, int] = (0, 0)
    score: float = 0.8
    sentence: int = 0


def _cue_ok(m: Match[Cue]) -> bool:
    # "الكشف" or "بالقول" readings of a verb are nouns, not cues; sources may carry "و" only.
    if m.payload.masdar:
        return True
    return m.prefix in ("", "و", "ف")


def _sentence_tokens(ctx: Ctx) -> list[tuple[int, int, int, int]]:
    out = []
    for s, e in ctx.sentences:
        out.append((s, e, ctx.tok_index(s), ctx.tok_index(e)))
    return out


_MARKS_RE = re.compile("[" + re.escape("".join(sorted(QUOTE_CHARS))) + ":]")
_MAY_START: dict[str, bool] = {}


def _may_start(norm: str, keys: frozenset[str]) -> bool:
    """True when some proclitic reading of a folded word can start a cue (cached per word)."""
    hit = _MAY_START.get(norm)
    if hit is None:
        hit = any(stem in keys for _, stem in proclitic_splits(norm))
        if len(_MAY_START) < 500_000:
            _MAY_START[norm] = hit
    return hit


def _cue_matches(ctx: Ctx, lo: int, hi: int) -> list[Match[Cue]]:
    """Non-overlapping longest cue matches in tokens ``[lo, hi)``, trying only plausible starts."""
    keys = ctx.lex.first_keys
    toks = ctx.tokens
    out: list[Match[Cue]] = []
    i = lo
    while i < hi:
        if _may_start(toks[i].norm, keys):
            m = ctx.lex.cues.match_at(toks, i)
            if m is not None and m.last <= hi:
                out.append(m)
                i = m.last
                continue
        i += 1
    return out


def _prefilter(ctx: Ctx, lo: int, hi: int, s: int, e: int) -> bool:
    """Cheap test: a quotation mark, a colon or a token that can start a cue."""
    if _MARKS_RE.search(ctx.text, s, e):
        return True
    keys = ctx.lex.first_keys
    return any(_may_start(t.norm, keys) for t in ctx.tokens[lo:hi])


def extract_quotes(doc: Document) -> tuple[Quote, ...]:
    """All quotations of ``doc`` with speakers, intermediaries and cues."""
    ctx = Ctx.of(doc)
    sents = _sentence_tokens(ctx)
    cands: list[Cand] = []
    claimed: set[int] = set()  # opening offsets of quotation spans used as content
    history: list[Who] = []
    for si, (s, e, lo, hi) in enumerate(sents):
        if lo >= hi or not _prefilter(ctx, lo, hi, s, e):
            continue
        matches = [m for m in _cue_matches(ctx, lo, hi)
                   if _cue_ok(m) and ctx.inside_marks(m.start) is None]
        cue_starts = {m.first for m in matches}
        cut_points = _cut_points(ctx, matches, lo)
        sent_cands: list[Cand] = []
        for m in matches:
            if m.payload.family == "source" or m.payload.masdar:
                continue
            c = _from_cue(ctx, m, sents, si, cue_starts, cut_points, claimed)
            if c is None:
                continue
            c.sentence = si
            _resolve_speaker(ctx, c, m, lo, sent_cands, history)
            sent_cands.append(c)
            if c.speaker is not None:
                history.append(c.speaker)
        for m in matches:
            if m.payload.family == "source":
                made = _from_source(ctx, m, lo, hi, e, sent_cands, cut_points, history)
                if made is not None:
                    made.sentence = si
                    sent_cands.append(made)
                    if made.speaker is not None:
                        history.append(made.speaker)
        cands.extend(sent_cands)
    cands.extend(_headlines(ctx, claimed, cands))
    _nest(cands)
    return _finish(ctx, cands)


def _cut_points(ctx: Ctx, matches: list[Match[Cue]], lo: int) -> set[int]:
    """Token indices where a new reported clause starts (", مشيراً", "وأضاف", "، بحسب")."""
    out: set[int] = set()
    for m in matches:
        if m.payload.masdar:
            continue
        k = m.first - 1
        while k > lo and ctx.tokens[k].norm in ctx.lex.auxiliaries:
            k -= 1
        prev = ctx.tokens[k] if k >= lo else None
        if prev is not None and prev.text in "،,-–—" or prev is not None and prev.norm in ctx.lex.clause_openers:
            out.add(k)
        elif m.prefix in ("و", "ف"):
            out.add(m.first)
    return out


def _from_cue(ctx: Ctx, m: Match[Cue], sents: list[tuple[int, int, int, int]], si: int,
              cue_starts: set[int], cut_points: set[int], claimed: set[int]) -> Cand | None:
    """A candidate quote from a verb, participle or phrase cue, if it has a complement."""
    _s, e, lo, hi = sents[si]
    cue = m.payload
    comp = find_complement(ctx, cue, m.last, hi, cue_starts)
    if comp is None:
        return _quote_before(ctx, m, lo, hi, claimed)
    # Impersonal "يذكر أن" / "يشار إلى أن" with no subject is the article's own voice.
    if fold_word(ctx.tokens[m.first].text).lstrip("و") in ctx.lex.impersonal and \
            comp.region_end <= m.last + 1:
        return None
    cue_span = (m.start, ctx.tokens[m.last - 1].end)
    if comp.kind == "quote" and comp.marked is not None:
        return _direct(ctx, comp.marked, cue_span, m, comp, claimed, 0.9)
    if comp.kind == "colon":
        nxt = comp.tok + 1
        if nxt >= hi and si + 1 < len(sents):
            # "وأضاف:" at a line end: the quotation opens on the next line.
            nlo = sents[si + 1][2]
            if nlo < len(ctx.tokens) and ctx.tokens[nlo].start in ctx.by_open:
                return _direct(ctx, ctx.by_open[ctx.tokens[nlo].start], cue_span, m, comp, claimed, 0.9)
            return None
        if nxt < hi and ctx.tokens[nxt].start in ctx.by_open:
            return _direct(ctx, ctx.by_open[ctx.tokens[nxt].start], cue_span, m, comp, claimed, 0.9)
        if nxt >= hi:
            return None
        end = clause_end(ctx, nxt, hi, e, cut_points)
        return Cand("indirect", ctx.tokens[nxt].start, end, cue_span, m.first,
                    region=(m.last, comp.region_end), score=0.7)
    if comp.kind == "that":
        start_tok = comp.tok + 1
        if start_tok >= hi:
            return None
        end = clause_end(ctx, start_tok, hi, e, cut_points)
        start = ctx.tokens[start_tok].start
        if start >= end:
            return None
        mk = ctx.by_open.get(start)
        if mk is not None and mk.closed and (trim_span(ctx.text, mk.close + 1, end)[0] >= end or
                                             ctx.text[mk.close + 1:mk.close + 2] in ("،", ",")):
            claimed.add(mk.open)
            return Cand("direct", mk.open + 1, mk.close, cue_span, m.first,
                        region=(m.last, comp.region_end), score=0.9)
        return Cand("indirect", start, end, cue_span, m.first, region=(m.last, comp.region_end),
                    score=0.8)
    # Noun-phrase object: "أكد الرئيس … أهمية …", "أعرب عن قلقه".
    region_end = comp.region_end
    start_tok = comp.tok
    if comp.tok == m.last:
        who, after = after_cue(ctx, m.last, hi)
        if who is not None and (who.entity is not None or unnamed_np(ctx, m.last, hi) is not None):
            start_tok = _skip_adjuncts(ctx, after, hi)
            region_end = after
        else:
            start_tok = _skip_adjuncts(ctx, m.last, hi)
            region_end = m.last
    if start_tok >= hi:
        return None
    if cue.family == "participle" and comp.tok == m.last:
        # A bare participle with a noun object ("مشيداً بالانتخابات") is not a report.
        return None
    end = clause_end(ctx, start_tok, hi, e, cut_points, np_mode=True)
    start = ctx.tokens[start_tok].start
    if end - start < 3 or word_count(ctx.text, start, end) < 1:
        return None
    mk = ctx.by_open.get(start)
    if mk is not None and mk.closed and trim_span(ctx.text, mk.close + 1, end)[0] >= end:
        claimed.add(mk.open)
        return Cand("direct", mk.open + 1, mk.close, cue_span, m.first, region=(m.last, region_end),
                    score=0.75)
    return Cand("indirect", start, end, cue_span, m.first, region=(m.last, region_end), score=0.6)


def _skip_adjuncts(ctx: Ctx, i: int, hi: int) -> int:
    """Skip time words and a short "خلال/في …" phrase between the speaker and a noun object."""
    lex = ctx.lex
    while i < hi:
        t = ctx.tokens[i]
        if t.norm in lex.time_words or t.text in "،," or t.norm in lex.skip_before_cue:
            i += 1
            continue
        if t.norm in lex.setting_preps and i + 2 < hi:
            i += 2
            continue
        break
    return i


def _direct(ctx: Ctx, mk: Marked, cue_span: tuple[int, int], m: Match[Cue], comp: Complement,
            claimed: set[int], score: float) -> Cand | None:
    if mk.open in claimed:
        return None
    claimed.add(mk.open)
    a, b = trim_span(ctx.text, *mk.inner)
    if a >= b:
        return None
    return Cand("direct", a, b, cue_span, m.first, region=(m.last, comp.region_end), score=score)


def _quote_before(ctx: Ctx, m: Match[Cue], lo: int, hi: int, claimed: set[int]) -> Cand | None:
    """'"…"، قال X' — a quotation right before a cue with no complement of its own."""
    k = m.first - 1
    while k >= lo and ctx.tokens[k].text in "،,":
        k -= 1
    if k < lo:
        return None
    close_char = ctx.tokens[k]
    mk = None
    for cand in ctx.marked:
        if cand.close == close_char.start and cand.closed:
            mk = cand
            break
    if mk is None or mk.open in claimed or word_count(ctx.text, *mk.inner) < 3:
        return None
    claimed.add(mk.open)
    a, b = trim_span(ctx.text, *mk.inner)
    cue_span = (m.start, ctx.tokens[m.last - 1].end)
    end = m.last
    while end < hi and ctx.tokens[end].text not in "،,.:؛":
        end += 1
    return Cand("direct", a, b, cue_span, m.first, region=(m.last, end), score=0.8)


def _resolve_speaker(ctx: Ctx, c: Cand, m: Match[Cue], lo: int, sent_cands: list[Cand],
                     history: list[Who]) -> None:
    """Fill speaker and via of a cue quote: VSO, relay, SVO, participle and carry-over."""
    cue = m.payload
    a, b = c.region
    if cue.family == "participle":
        prev = [p for p in sent_cands if p.speaker is not None and p.cue_tok < m.first]
        if prev:
            c.speaker, c.via = prev[-1].speaker, list(prev[-1].via)
            return
        who = _first_subject(ctx, lo, m.first)
        c.speaker = who or (history[-1] if history else None)
        return
    if cue.family == "phrase" and cue.speaker == "carry":
        c.speaker = history[-1] if history else None
        return
    if cue.relay:
        chain = relay_chain(ctx, a, b)
        if chain:
            c.speaker, c.via = chain[-1], chain[:-1]
            return
    who, _ = after_cue(ctx, a, b)
    if who is not None and (cue.family != "phrase" or cue.speaker == "after"):
        c.via = audience_via(ctx, a, b)
        src = _source_in_region(ctx, a, b)
        if src:
            c.via = src + c.via
        c.speaker = resolve_anaphor(ctx, who, history)
        return
    c.via = audience_via(ctx, a, b) + _source_in_region(ctx, a, b)
    before = before_cue(ctx, m.first, lo)
    if before is not None:
        c.speaker = resolve_anaphor(ctx, before, history)
        return
    if m.first > lo and ctx.tokens[m.first - 1].norm in ctx.lex.when_words:
        # "أثار ترامب الغضب حين أعلن …": the sentence's subject, not the last speaker
        who = _first_subject(ctx, lo, m.first - 1)
        if who is not None:
            c.speaker = who
            return
    c.speaker = Who(history[-1].entity, history[-1].text, "carry") if history else None


def _source_in_region(ctx: Ctx, a: int, b: int) -> list[Who]:
    """'وقال المصدر، بحسب وكالة سانا، "…"': an according-to phrase inside the speaker region."""
    for k in range(a, b):
        sm = ctx.lex.cues.match_at(ctx.tokens, k)
        if sm is not None and sm.payload.family == "source":
            return source_chain(ctx, sm.last, b)
    return []


def _first_subject(ctx: Ctx, lo: int, hi: int) -> Who | None:
    """The first speaker-like entity of the sentence before ``hi`` (subject of a participle cue)."""
    for k in range(lo, hi):
        t = ctx.tokens[k]
        if ctx.inside_marks(t.start) is not None:
            continue
        mm = ctx.mention_at(t)
        if mm is not None and mm.type in ("PER", "ORG", "GPE") and not ctx.is_target(k, mm):
            return Who(mm.entity, mm.text)
    return None


def _from_source(ctx: Ctx, m: Match[Cue], lo: int, hi: int, sent_end: int,
                 sent_cands: list[Cand], cut_points: set[int], history: list[Who]) -> Cand | None:
    """'بحسب X' / 'وفق ما نقل X عن Y': a via for a quote here, or a quote of its own."""
    chain = source_chain(ctx, m.last, hi)
    if not chain:
        return None
    for c in sent_cands:
        if c.region[0] <= m.first < c.region[1]:
            return None  # already used as via in the speaker region
    # Trailing source after a quote of this sentence: becomes its chain.
    for c in reversed(sent_cands):
        if c.end <= m.start and not ctx.text[c.end:m.start].strip(" ،,.-–—\"”»"):
            if len(chain) > 1 or c.speaker is None:
                c.speaker, c.via = chain[-1], chain[:-1] + c.via
                history.append(chain[-1])
            elif c.speaker.how == "carry" and c.speaker.entity is None:
                c.speaker = chain[-1]
            else:
                c.via = chain + c.via
            return None
    for c in sent_cands:
        if c.start <= m.start < c.end:
            return None
    # The source's own clause: after it ("وبحسب X، فإن …") or before it ("…، بحسب X").
    k = m.last
    while k < hi and ctx.tokens[k].text not in "،,.":
        k += 1
    after = k + 1
    while after < hi and ctx.tokens[after].norm in ctx.lex.result_particles:
        after += 1
    cue_span = (m.start, m.end)
    before_words = word_count(ctx.text, ctx.tokens[lo].start, m.start)
    if after < hi and word_count(ctx.text, ctx.tokens[after].start, sent_end) >= 3 and before_words < 4:
        end = clause_end(ctx, after, hi, sent_end, cut_points)
        a = ctx.tokens[after].start
        if end > a:
            return Cand("indirect", a, end, cue_span, m.first, speaker=chain[-1], via=chain[:-1],
                        region=(m.last, k), score=0.6)
    first = lo
    if ctx.tokens[first].norm == "و":
        first += 1
    a, b = trim_span(ctx.text, ctx.tokens[first].start, m.start)
    tok = ctx.tokens[first]
    if tok.text.startswith("و") and len(tok.norm) > 3 and ("و", tok.norm[1:]) in proclitic_splits(tok.norm):
        a += 1  # a clause opening "وانسحب …" is reported without its conjunction
    if word_count(ctx.text, a, b) < 3:
        return None
    return Cand("indirect", a, b, cue_span, m.first, speaker=chain[-1], via=chain[:-1],
                region=(m.last, k), score=0.55)


def _headlines(ctx: Ctx, claimed: set[int], cands: list[Cand]) -> list[Cand]:
    """Headline-style lines "X: …" where X names a speaker."""
    out: list[Cand] = []
    text = ctx.text
    pos = 0
    covered = [(c.start, c.end) for c in cands]
    for line in text.split("\n"):
        ls, le = pos, pos + len(line)
        pos = le + 1
        colon = line.find(":")
        if colon <= 0:
            continue
        head = line[:colon].split()
        if not head or len(head) > ctx.lex.headline_max_words:
            continue
        i = ctx.tok_index(ls)
        if i >= len(ctx.tokens):
            continue
        mm = ctx.mention_at(ctx.tokens[i])
        un = unnamed_np(ctx, i, ctx.tok_index(ls + colon))
        if mm is not None and mm.type in ("PER", "ORG", "GPE") and mm.end >= ls + colon - 1:
            who = Who(mm.entity, mm.text)
        elif un is not None and un[1] >= ctx.tok_index(ls + colon):
            who = Who(None, line[:colon].strip())
        else:
            continue
        a, b = trim_span(text, ls + colon + 1, le)
        if word_count(text, a, b) < 3 or any(s <= a < e for s, e in covered):
            continue
        mk = ctx.by_open.get(a)
        if mk is not None and mk.open in claimed:
            continue
        if mk is not None and trim_span(text, mk.close + 1, b)[0] >= b:
            claimed.add(mk.open)
            a, b = trim_span(text, *mk.inner)
        out.append(Cand("direct", a, b, (ls, ls + colon + 1), i, speaker=who, score=0.7))
    return out


def _nest(cands: list[Cand]) -> None:
    """A quote whose cue lies inside another's indirect content came through that speaker."""
    for c in cands:
        if c.cue is None:
            continue
        for p in cands:
            if p is c or p.kind != "indirect" or p.speaker is None:
                continue
            if p.start <= c.cue[0] < p.end and c.speaker is not None and c.speaker.text != p.speaker.text:
                c.via = list(p.via) + [p.speaker] + [v for v in c.via if v not in p.via]
                break


def _finish(ctx: Ctx, cands: list[Cand]) -> tuple[Quote, ...]:
    """Order, de-duplicate and convert to ``Quote`` facts."""
    cands.sort(key=lambda c: (c.start, c.end))
    seen: set[str] = set()
    out: list[Quote] = []
    text = ctx.text
    for c in cands:
        a, b = c.start, c.end
        if c.kind == "indirect":
            a, b = trim_span(text, a, b)
        key = " ".join(fold_word(w) for w in text[a:b].split())
        if a >= b or not key:
            continue  # nothing quoted: "قال “ “" encloses only a space
        if key in seen:
            continue
        seen.add(key)
        cue = Span(c.cue[0], c.cue[1], text[c.cue[0]:c.cue[1]]) if c.cue else None
        spk = c.speaker
        via = tuple(Arg(v.entity, v.text) for v in c.via
                    if spk is None or v.text != spk.text)
        out.append(Quote(
            id=f"q{len(out) + 1}", kind=c.kind, content=Span(a, b, text[a:b]), cue=cue,
            speaker=spk.entity if spk else None, speaker_text=spk.text if spk else None,
            via=via, stage=STAGE, score=c.score if spk else c.score * 0.7,
        ))
    return tuple(out)
