"""Regular expressions compiled on first use, not when their module is imported.

The ingest modules define several hundred module-level patterns; compiling them all is
the largest part of importing the pipeline (about half of the app's start with the
sample), while one release uses fewer than half of them. A :class:`LazyPattern` holds
the source and compiles it the first time a method is called; after that the compiled
pattern's bound methods sit in the instance's dict, so a call costs what it costs on the
compiled pattern (no wrapper frame on the hot path).

Only for patterns used through their methods (``match``, ``search``, ``sub`` ...) or
their ``pattern`` source: a LazyPattern is not a ``re.Pattern`` and cannot be passed to
``re.match(PATTERN, text)`` or ``isinstance(x, re.Pattern)``.
"""

from __future__ import annotations

import re
from typing import Any


class LazyPattern:
    """``re.compile(pattern, flags)``, done on first use."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern; its methods then shadow this class's, in the instance."""
        found = re.compile(self.pattern, self._flags)
        slots = self.__dict__
        for name in ("match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer"):
            slots[name] = getattr(found, name)
        slots["compiled"] = lambda: found
        return found

    @property
    def flags(self) -> int:
        return self.compiled().flags

    @property
    def groups(self) -> int:
        return self.compiled().groups

    @property
    def groupindex(self) -> Any:
        return self.compiled().groupindex

    def match(self, *args: Any, **kwargs: Any) -> re.Match[str] | None:
        return self.compiled().match(*args, **kwargs)

    def fullmatch(self, *args: Any, **kwargs: Any) -> re.Match[str] | None:
        return self.compiled().fullmatch(*args, **kwargs)

    def search(self, *args: Any, **kwargs: Any) -> re.Match[str] | None:
        return self.compiled().search(*args, **kwargs)

    def sub(self, *args: Any, **kwargs: Any) -> str:
        return self.compiled().sub(*args, **kwargs)

    def subn(self, *args: Any, **kwargs: Any) -> tuple[str, int]:
        return self.compiled().subn(*args, **kwargs)

    def split(self, *args: Any, **kwargs: Any) -> list[Any]:
        return self.compiled().split(*args, **kwargs)

    def findall(self, *args: Any, **kwargs: Any) -> list[Any]:
        return self.compiled().findall(*args, **kwargs)

    def finditer(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().finditer(*args, **kwargs)

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r})"


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    """A pattern compiled the first time it is used (see the module's note)."""
    return LazyPattern(pattern, flags)
