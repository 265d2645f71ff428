"""A package's public names loaded on first use (PEP 562), so importing the package stays cheap.

``briefing.brief`` and ``briefing.analysis`` re-export names from submodules whose import
is heavy (phrasebooks, compiled patterns); the app's first window imports the packages for
a light neighbour and must not pay for the rest until a name is used.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import Any


def lazy_exports(
    package: str, homes: dict[str, str], namespace: dict[str, Any]
) -> Callable[[str], Any]:
    """The ``__getattr__`` for ``package``: each name in ``homes`` is imported from its
    module (absolute, or relative to ``package`` when it starts with a dot) on first use,
    then kept in ``namespace`` (the package's globals) so later look-ups skip this."""

    def __getattr__(name: str) -> Any:
        home = homes.get(name)
        if home is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(home, package), name)
        namespace[name] = value
        return value

    return __getattr__
