"""Process-wide resources built once, on first use, safely under threads."""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class Once(Generic[T]):
    """A zero-argument factory whose result is built on the first call and then shared."""

    def __init__(self, factory: Callable[[], T]) -> None:
        self._factory = factory
        self._lock = threading.Lock()
        self._value: list[T] = []
        functools.update_wrapper(self, factory)

    def __call__(self) -> T:
        if not self._value:
            with self._lock:
                if not self._value:
                    self._value.append(self._factory())
        return self._value[0]

    def reset(self) -> None:
        """Forget the built value (tests that swap data files)."""
        with self._lock:
            self._value.clear()


def once(factory: Callable[[], T]) -> Once[T]:
    """Decorator: build the factory's result once per process."""
    return Once(factory)
