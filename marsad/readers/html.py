"""HTML pages: the article body, title, author and publication date (trafilatura, lxml fallback)."""

from __future__ import annotations

import copy
import re
import warnings
from typing import Any

from marsad.errors import NoArticleError
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
_FURNITURE = re.compile(
    r"(?:^|[\s_-])(?:share|sharing|social|related|read-?more|readmore|more-?news|newsletter|"
    r"subscribe|caption|figcaption|breadcrumbs?|tags?|comments?|advert|ads?|promo|outbrain|taboola|"
    r"author-?box|print|whatsapp|telegram|also-?read|credit|photo|img|image|gallery|video|most-?read|"
    r"trending|sidebar|widget)(?:$|[\s_-])", re.IGNORECASE)
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
    except Exception:  # lxml raises several types on hopeless markup
        raise NoArticleError("page could not be parsed as HTML") from None


def _strip_furniture(tree: Any) -> list[str]:
    """Remove captions, share bars, related-links boxes…; return the caption texts removed."""
    removed: list[str] = []
    # Captions first, so a figure's caption is recorded once, then the figures themselves.
    for tag in ("figcaption", "figure"):
        for el in list(tree.iter(tag)):
            txt = " ".join(el.text_content().split())
            if txt:
                removed.append(txt)
            _drop(el)
    for el in list(tree.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None:
            continue
        cls = f"{el.get('class', '')} {el.get('id', '')}"
        # Only small blocks go: a container whose class merely mentions "share" may hold the story.
        if (cls.strip() and _FURNITURE.search(cls) and len(el.text_content()) < 400
                and el.tag not in ("body", "html", "article", "main")):
            _drop(el)
    return removed


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


def _visible_date(tree: Any) -> str | None:
    for el in tree.iter("time"):
        v = iso_date(el.get("datetime")) or date_from_text(el.text_content() or "")
        if v:
            return v
    return None


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
        except Exception:  # trafilatura can fail on odd pages; the fallback still reads them
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
    page_title = clean_title(title or _meta_content(page_date_tree, "og:title", "twitter:title")
                             or data.get("title") or _h1(page_date_tree), site)
    date = (iso_date(published) or iso_date(data.get("date"))
            or iso_date(_meta_content(page_date_tree, "article:published_time", "datePublished",
                                      "pubdate", "date", "DC.date.issued"))
            or date_from_url(url or data.get("url")) or _visible_date(page_date_tree)
            or date_from_text(body))
    meta = Meta(title=page_title, byline=(data.get("author") or "").strip() or None,
                published=date, url=url or data.get("url") or None, source=source or site or None,
                doc_id=doc_id)
    removed = tuple(Removed("boilerplate", c, STAGE) for c in captions)
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
