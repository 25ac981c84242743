"""HTML pages: the article body, title, author and publication date (trafilatura, lxml fallback)."""

from __future__ import annotations

import copy
import re
import warnings
from functools import lru_cache
from typing import Any

from marsad.errors import NoArticleError
from marsad.lang.ar import load_yaml
from marsad.model import Document, Meta, Removed
from marsad.readers.dates import date_from_text, date_from_url, iso_date
from marsad.readers.text import (
    check_binary,
    check_size,
    check_text,
    decode_bytes,
    normalize_newlines,
)
from marsad.text import fold

STAGE = "reader.html"
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_-]+)""", re.IGNORECASE)
# Class/id words of page furniture that sits inside article containers on news sites.
# Blocks named so are always furniture (up to a generous size) ...
_FURNITURE = re.compile(
    r"(?:^|[\s_-])(?:share|sharing|social|related|relateds?|rel|read-?more|readmore|more-?news|more|"
    r"newsletter|subscribe|breadcrumbs?|tags?|topics|keywords|comments?|advert|ads?|promo|outbrain|"
    r"taboola|most-?read|most-?viewed|trending|sidebar|widget|cookies?|consent|gdpr|follow|"
    r"twitter-tweet|tweet|instagram-media|tiktok-embed|embed|tools|also-?read|whatsapp|telegram)"
    r"(?:$|[\s_-])", re.IGNORECASE)
_FURNITURE_MAX = 3000
# ... blocks named so are furniture only while short (a date stamp, an author box, a caption).
_FURNITURE_SMALL = re.compile(
    r"(?:^|[\s_-])(?:caption|figcaption|print|author-?box|credit|photo|img|image|gallery|video|"
    r"meta|info|date|time|stamp|byline|author|views?|counter|ago)(?:$|[\s_-])", re.IGNORECASE)
_FURNITURE_SMALL_MAX = 400
# Where a visible date belongs to another article, a comment or the site itself, not this story.
_NOT_STORY = re.compile(
    r"(?:^|[\s_-])(?:related|rel|more|sidebar|side|widget|comments?|notes?|footer|foot|copy|nav|"
    r"navbar|menu|top-?bar|most-?read|latest|trending|aside|col-3|responses?)(?:$|[\s_-])",
    re.IGNORECASE)
_COMMENTS = re.compile(r"comment|repl|respon|note|opinion", re.IGNORECASE)
_INLINE = ("a", "span", "b", "strong", "em", "i", "font", "time", "small", "label", "u")
_BLOCKS = ("p", "div", "li", "blockquote", "section", "aside", "h2", "h3", "h4", "h5", "h6",
           "ul", "ol", "td", "center")
_DROP_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe",
              "button", "svg", "figure", "figcaption")
_TITLE_SEP = re.compile(r"\s+[|\-–—»:]\s+")
_MIN_LETTERS = 40


def _decode(html: bytes) -> str:
    m = _CHARSET.search(html[:4096])
    if m:
        enc = m.group(1).decode("ascii", "ignore").lower()
        try:
            return html.decode(enc)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_bytes(html)


def _parse(html: str) -> Any:
    import lxml.html

    # lxml refuses str input that carries an XML encoding declaration.
    html = re.sub(r"^\s*<\?xml[^>]*\?>", "", html)
    try:
        return lxml.html.document_fromstring(html)
    except Exception:  # noqa: BLE001 -- lxml raises several types on hopeless markup
        raise NoArticleError("page could not be parsed as HTML") from None


def _strip_furniture(tree: Any) -> list[str]:
    """Remove captions, embeds, share bars, read-also and comment blocks; return the texts removed."""
    removed: list[str] = []
    _space_inline(tree)
    # Captions first, so a figure's caption is recorded once, then the figures themselves.
    for tag in ("figcaption", "figure"):
        for el in list(tree.iter(tag)):
            txt = " ".join(el.text_content().split())
            if txt:
                removed.append(txt)
            _drop(el)
    _strip_comments(tree, removed)
    for el in list(tree.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None:
            continue
        if el.tag in ("body", "html", "article", "main"):
            continue
        cls = f"{el.get('class', '')} {el.get('id', '')}".strip()
        if not cls:
            continue
        size = len(el.text_content())
        # Only bounded blocks go: a container whose class merely mentions "share" may hold the story.
        if (_FURNITURE.search(cls) and size < _FURNITURE_MAX) or (
                _FURNITURE_SMALL.search(cls) and size < _FURNITURE_SMALL_MAX):
            if not _COMMENTS.search(cls):
                _rescue_story(el)
            _drop(el)
    _strip_text_furniture(tree, removed)
    return removed


def _space_inline(tree: Any) -> None:
    """Put a space between inline elements that touch (``<span>a</span><span>b</span>``)."""
    for el in tree.iter(*_INLINE):
        nxt = el.getnext()
        if nxt is not None and not el.tail and isinstance(nxt.tag, str):
            el.tail = " "
        parent = el.getparent()
        # "اقرأ أيضا<a>…</a>": the label and the link are two words, not one.
        if (el.tag == "a" and parent is not None and el.getprevious() is None and parent.text
                and not parent.text[-1].isspace()):
            parent.text += " "


def _norm(text: str) -> str:
    return " ".join(fold(text).text.split())


@lru_cache(maxsize=1)
def _lexicon() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Folded prefix regexes from boilerplate.yaml: furniture starts, list headers, comment headers."""
    bp = load_yaml("boilerplate.yaml")

    def rx(phrases: list[str]) -> re.Pattern[str]:
        alts = sorted({_norm(str(x)) for x in phrases} - {""}, key=len, reverse=True)
        return re.compile("^[\\s\\-–—•·*>»«:|()\\[\\]\"'“”]*(?:{})".format("|".join(
            re.escape(a) + (r"(?!\w)" if a[-1:].isalnum() else "") for a in alts)))

    return (rx(bp["line_starts"]), rx(bp["list_headers"]), rx(bp.get("comment_headers", [])))


def _story_like(el: Any) -> bool:
    """A paragraph of the story: a long sentence of running text, not a list of links."""
    txt = " ".join(el.text_content().split())
    words = len(txt.split())
    if words < 12 or not txt.rstrip(" \"'”»)").endswith((".", "!", "؟", "?", "…")):
        return False
    links = sum(len(" ".join(a.text_content().split())) for a in el.iter("a"))
    return links < 0.5 * len(txt)


def _rescue_story(el: Any) -> None:
    """Move story paragraphs out of a block about to be dropped (unclosed tags nest them there)."""
    for p in reversed([p for p in el.iter("p") if p is not el and _story_like(p)]):
        el.addnext(p)


def _strip_comments(tree: Any, removed: list[str]) -> None:
    """Drop a comment section: its header ("آراء القراء", "التعليقات") and everything after it."""
    _, _, comment_rx = _lexicon()
    order = {el: i for i, el in enumerate(tree.iter())}
    story = [order[p] for p in tree.iter("p") if _story_like(p)]
    if not story:
        return
    first_story = min(story)
    for el in list(tree.iter("h2", "h3", "h4", "h5", "h6", "p", "div", "span", "strong", "b")):
        if el.getparent() is None or order.get(el, 0) < first_story:
            continue
        txt = _norm(el.text_content())
        if not txt or len(txt.split()) > 6 or not comment_rx.match(txt):
            continue
        # Only after the story has started: a comment counter in the header is not a section.
        for sib in list(el.itersiblings()):
            removed.append(" ".join(sib.text_content().split()))
            _drop(sib)
        removed.append(" ".join(el.text_content().split()))
        _drop(el)


def _strip_text_furniture(tree: Any, removed: list[str]) -> None:
    """Drop short blocks that read as furniture ("اقرأ أيضا: …", "تابعونا على …", "شارك على")."""
    starts, headers, _ = _lexicon()
    for el in list(tree.iter(*_BLOCKS)):
        if el.getparent() is None:
            continue
        raw = " ".join(el.text_content().split())
        if not raw or len(raw) > 300:
            continue
        txt = _norm(raw)
        if not (starts.match(txt) or headers.match(txt)):
            continue
        # A bare header ("اقرأ أيضا") owns the list of links right after it.
        owns_list = False
        if len(txt.split()) <= 4:
            nxt = el.getnext()
            if nxt is not None and (nxt.tag in ("ul", "ol") or _links_only(nxt)):
                owns_list = True
                removed.append(" ".join(nxt.text_content().split()))
                _drop(nxt)
        if not owns_list and next(el.iter("a"), None) is None:
            continue  # plain text: the clean stage reads it as a line and records it
        _rescue_story(el)
        removed.append(raw)
        _drop(el)


def _links_only(el: Any) -> bool:
    """True when all the text of an element is link text."""
    txt = "".join(el.text_content().split())
    links = "".join("".join(a.text_content().split()) for a in el.iter("a"))
    return bool(txt) and len(links) >= 0.9 * len(txt)


def _drop(el: Any) -> None:
    parent = el.getparent()
    if parent is None:
        return
    # Keep the tail text (it belongs to the parent), drop the element.
    if el.tail and el.tail.strip():
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


def _meta_content(tree: Any, *names: str) -> str | None:
    for name in names:
        for attr in ("property", "name", "itemprop"):
            for el in tree.xpath(f"//meta[@{attr}=$n]", n=name):
                val = (el.get("content") or "").strip()
                if val:
                    return val
    return None


def _fallback_body(tree: Any) -> str:
    """Paragraph text of <article> (else the whole page) when trafilatura finds nothing."""
    t = copy.deepcopy(tree)
    for el in list(t.iter(*_DROP_TAGS)):
        _drop(el)
    roots = t.xpath("//article") or t.xpath("//main") or [t]
    paras: list[str] = []
    for root in roots:
        for p in root.iter("p", "h2", "h3", "blockquote", "li"):
            txt = " ".join(p.text_content().split())
            if txt and txt not in paras:
                paras.append(txt)
    if not paras:
        for root in roots:
            txt = "\n".join(" ".join(ln.split()) for ln in root.text_content().splitlines())
            paras.extend(ln for ln in txt.split("\n") if ln)
    return "\n".join(paras)


def clean_title(title: str | None, site: str | None) -> str | None:
    """A page title without the site-name suffix or prefix ("… - BBC News عربي")."""
    if not title:
        return None
    title = " ".join(title.split())
    parts = _TITLE_SEP.split(title)
    if len(parts) > 1:
        site_f = fold(site).text if site else ""
        first, last = parts[0], parts[-1]
        if site_f and fold(last).text in site_f or site_f and site_f in fold(last).text:
            title = title[: title.rfind(last)].rstrip(" |-–—»:")
        elif site_f and (fold(first).text in site_f or site_f in fold(first).text):
            title = title[len(first):].lstrip(" |-–—»:")
        elif len(last.split()) <= 3 and len(first.split()) >= 4 and "|" in title:
            title = title[: title.rfind(last)].rstrip(" |-–—»:")
    return title.strip() or None


_UPDATED = re.compile(r"تحديث|محدث|عدل|updated|modified", re.IGNORECASE)
_LD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')
_META_DATES = ("article:published_time", "datePublished", "og:published_time", "pubdate",
               "publishdate", "publish-date", "parsely-pub-date", "sailthru.date", "date",
               "DC.date.issued", "dcterms.created")


def _structured_date(tree: Any) -> str | None:
    """The publication day the page declares: JSON-LD, meta tags, itemprop, <time pubdate>."""
    for script in tree.xpath('//script[contains(@type, "ld+json")]'):
        for m in _LD_DATE.finditer(script.text_content() or ""):
            found = iso_date(m[1])
            if found:
                return found
    found = iso_date(_meta_content(tree, *_META_DATES))
    if found:
        return found
    for el in tree.xpath('//*[@itemprop="datePublished"]|//time[@pubdate]'):
        found = iso_date(el.get("content") or el.get("datetime")) or date_from_text(
            el.text_content() or "")
        if found:
            return found
    return None


def _in_other_content(el: Any) -> bool:
    """True when an element sits in a related list, sidebar, comment, nav or footer."""
    while el is not None:
        if el.tag in ("footer", "aside", "nav", "a", "script", "style", "head", "title", "select"):
            return True
        cls = f"{el.get('class', '')} {el.get('id', '')}"
        if cls.strip() and _NOT_STORY.search(cls):
            return True
        el = el.getparent()
    return False


def _visible_date(tree: Any, title: str | None, body: str) -> str | None:
    """A date shown near the headline (or the story start): <time>, a stamp, a dateline."""
    order = {el: i for i, el in enumerate(tree.iter())}
    anchor = _anchor(tree, title, body)
    best: tuple[int, str] | None = None
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in ("html", "body"):
            continue
        value: str | None = None
        if el.tag == "time":
            value = iso_date(el.get("datetime"))
        if value is None:
            txt = " ".join(el.text_content().split())
            # A stamp is short: a date with perhaps a weekday, a time and a label.
            if not txt or len(txt) > 120 or len(txt.split()) > 12:
                continue
            value = date_from_text(txt)
        if value is None or _in_other_content(el):
            continue
        dist = abs(order[el] - anchor) if anchor is not None else order[el]
        if el.tag != "time" and _UPDATED.search(_norm(el.text_content())):
            dist += 100_000  # a "last updated" stamp only when nothing else shows a date
        if best is None or dist < best[0]:
            best = (dist, value)
    return best[1] if best else None


def _anchor(tree: Any, title: str | None, body: str) -> int | None:
    """Document position of the headline, else of the first story line."""
    order = {el: i for i, el in enumerate(tree.iter())}
    for el in tree.iter("h1"):
        if " ".join(el.text_content().split()):
            return order[el]
    want = _norm(title) if title else ""
    first = _norm(body.split("\n", 1)[0])[:40] if body else ""
    for el in tree.iter(*(_BLOCKS + _INLINE + ("h1",))):
        txt = _norm(el.text_content())
        if want and txt == want:
            return order[el]
    for el in tree.iter("p", "div", "td", "font"):
        if first and _norm(el.text or "").startswith(first):
            return order[el]
    return None


def _best_title(tree: Any, data: dict[str, Any], site: str | None) -> str | None:
    """The headline: og/twitter title, else the page heading that opens <title>, else <title>."""
    meta = _meta_content(tree, "og:title", "twitter:title")
    if meta:
        return clean_title(meta, site)
    page = " ".join(" ".join(el.text_content().split()) for el in tree.iter("title"))
    page_n = _norm(page)
    for tag in ("h1", "h2", "h3"):
        for el in tree.iter(tag):
            txt = " ".join(el.text_content().split())
            if txt and page_n and page_n.startswith(_norm(txt)) and len(txt.split()) >= 3:
                return txt
    return clean_title(data.get("title") or _h1(tree), site)


# "دمشق-سانا", "الرياض - واس", "الموصل / الرافدين", "دبي - «الساحل»": a line of place and source.
_AR_WORD = r"[\u0621-\u064A\u0671-\u06D3]{2,}"
_DL_LINE = re.compile(
    rf"^(?P<place>{_AR_WORD}(?:\s+{_AR_WORD})?)\s*[-–—/|:]\s*[(«\"]?\s*"
    rf"(?P<src>[\w.]+(?:\s+[\w.]+){{0,2}})\s*[)»\"]?\s*[-–—:]?$")
# "عمان 18 آذار (بترا)- …", "القاهرة، 3 مايو (أ ش أ) - …": place, a date, a source in brackets, a dash.
_DL_PREFIX = re.compile(
    rf"^(?P<place>{_AR_WORD}(?:\s+{_AR_WORD})?)\s*[،,]?\s*(?P<date>[\d\u0660-\u0669]{{1,2}}\s+"
    rf"{_AR_WORD}(?:\s+{_AR_WORD})?(?:\s+[\d\u0660-\u0669]{{4}})?)?\s*"
    rf"[(«]\s*(?P<src>[^()«»\n]{{1,25}}?)\s*[)»]\s*[-–—:]+\s*")


def _split_dateline(body: str, title: str | None) -> tuple[str, str | None, str | None]:
    """Cut an agency dateline off the story start: (body, dateline text, source name)."""
    lines = body.split("\n")
    want = _norm(title) if title else None
    for i, line in enumerate(lines[:3]):
        text = line.strip()
        if not text or (want and _norm(text) == want):
            continue
        m = _DL_LINE.match(text)
        if m and len(text.split()) <= 5 and i + 1 < len(lines):
            return "\n".join(lines[:i] + lines[i + 1:]), text, m["src"]
        m = _DL_PREFIX.match(text)
        if m and len(text[m.end():].split()) >= 3:
            lines[i] = text[m.end():]
            return "\n".join(lines), text[: m.end()].strip(), m["src"].strip()
        break
    return body, None, None


def from_html(html: str | bytes, url: str | None = None, *, title: str | None = None,
              published: str | None = None, source: str | None = None, doc_id: str | None = None,
              max_bytes: int | None = None, check_language: bool = True) -> Document:
    """A raw document from a saved news page: body text, title, author (byline), publication date."""
    import trafilatura

    if isinstance(html, bytes):
        check_size(len(html), max_bytes)
        check_binary(html)
        html = _decode(html)
    else:
        check_size(len(html), max_bytes)
    check_text(html, language=False)
    tree = _parse(html)
    page_date_tree = copy.deepcopy(tree)
    captions = _strip_furniture(tree)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            ext = trafilatura.bare_extraction(
                tree, url=url, with_metadata=True, include_comments=False, include_tables=False,
                include_images=False, include_links=False,
                date_extraction_params={"extensive_search": False, "original_date": True,
                                        "outputformat": "%Y-%m-%d"},
            )
        except Exception:  # noqa: BLE001 -- trafilatura can fail on odd pages; the fallback reads them
            ext = None
    data: dict[str, Any] = {}
    if ext is not None:
        data = ext.as_dict() if hasattr(ext, "as_dict") else dict(ext)
    body = normalize_newlines(data.get("text") or "").strip()
    if len(re.findall(r"[^\W\d_]", body)) < _MIN_LETTERS:
        body = _fallback_body(page_date_tree).strip()
    if len(re.findall(r"[^\W\d_]", body)) < _MIN_LETTERS:
        raise NoArticleError("page has no article body (no paragraphs of text were found)")
    check_text(body, language=check_language)

    site = data.get("sitename") or _meta_content(page_date_tree, "og:site_name")
    page_title = clean_title(title, site) if title else _best_title(page_date_tree, data, site)
    body, dateline, source_name = _split_dateline(body, page_title)
    # Declared dates first, then the URL, then a date shown by the headline; trafilatura's own
    # guess comes late because it falls back to copyright years and cannot read Arabic months.
    date = (iso_date(published) or _structured_date(page_date_tree)
            or date_from_url(url or data.get("url"))
            or _visible_date(page_date_tree, page_title, body)
            or iso_date(data.get("date")) or date_from_text(body))
    byline = (data.get("author") or "").strip() or None
    meta = Meta(title=page_title, byline=byline or source_name,
                published=date, url=url or data.get("url") or None, source=source or site or None,
                doc_id=doc_id)
    removed = tuple(Removed("boilerplate", c, STAGE) for c in captions if c)
    if dateline:
        removed += (Removed("dateline", dateline, STAGE),)
    return Document(text=body, meta=meta, removed=removed, layers=("raw",))


def _h1(tree: Any) -> str | None:
    for el in tree.iter("h1"):
        txt = " ".join(el.text_content().split())
        if txt:
            return txt
    for el in tree.iter("title"):
        txt = " ".join((el.text_content() or "").split())
        if txt:
            return txt
    return None


def looks_like_html(data: str | bytes) -> bool:
    """True when the start of the input is HTML markup."""
    head = data[:2048]
    if isinstance(head, bytes):
        head = head.decode("latin-1")
    head = head.lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or "<html" in head[:500] or (
        head.startswith("<") and ("<body" in head or "<head" in head or "<p" in head))
