"""Coded, one-line errors raised by the library and translated at the edges (CLI, API)."""

from __future__ import annotations


class MarsadError(Exception):
    """Base error: a stable code (``E101``) and a one-line human message."""

    code = "E000"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code
        self.message = message

    def __str__(self) -> str:
        return f"{self.code}: {self.message}"


class InputError(MarsadError):
    """The input cannot be read as an Arabic news article."""

    code = "E100"


class EmptyInputError(InputError):
    """The input holds no text at all."""

    code = "E101"


class EncodingError(InputError):
    """The bytes are not text in a supported encoding."""

    code = "E102"


class BinaryInputError(InputError):
    """The input looks like binary data, not text."""

    code = "E103"


class TooLargeError(InputError):
    """The input is over the size limit."""

    code = "E104"


class NoArticleError(InputError):
    """An HTML page in which no article body was found."""

    code = "E105"


class NotArabicError(InputError):
    """The text is readable but is not Arabic."""

    code = "E106"


class RecordError(InputError):
    """A JSONL record is broken or lacks required fields."""

    code = "E107"


class SpanError(MarsadError):
    """A fact points outside the document text or at the wrong characters."""

    code = "E201"


class PipelineError(MarsadError):
    """A pipeline cannot be built: unknown stage or unmet requirement."""

    code = "E301"


class ResourceError(MarsadError):
    """A packaged resource (model, lexicon, gazetteer) is missing or unreadable."""

    code = "E401"
