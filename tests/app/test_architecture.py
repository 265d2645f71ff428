"""The app's shape, checked by reading its imports and calls with ``ast`` (no Qt needed).

- Features are handed their parts: no ``getattr(window, ...)`` look-ups, no calls of
  another object's private methods, at most three modules that import the window class.
- ``briefing/app`` is in rooms (at least three sub-packages).
- No import cycle among the app's modules, counting imports under ``TYPE_CHECKING`` and
  imports inside functions (a cycle kept apart only at run time is still a cycle).
- Nothing outside ``briefing/app`` imports Qt, so the core stays headless and fast.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "briefing"
APP = PACKAGE / "app"
WINDOW_MODULE = "briefing.app.shell.main_window"
QT_ROOTS = {"PySide6", "shiboken6"}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def sources(root: Path) -> dict[str, ast.Module]:
    return {
        module_name(path): ast.parse(path.read_text(encoding="utf-8"), str(path))
        for path in sorted(root.rglob("*.py"))
        if "__pycache__" not in path.parts
    }


@pytest.fixture(scope="module")
def app_modules() -> dict[str, ast.Module]:
    return sources(APP)


def imported(module: str, tree: ast.Module) -> list[tuple[str, str | None]]:
    """Every (module, name) imported anywhere in ``tree`` (``name`` None for ``import x``)."""
    found: list[tuple[str, str | None]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((alias.name, None) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative (the app uses none): resolve against the package
                anchor = module.split(".")[: -node.level]
                base = ".".join([*anchor, base] if base else anchor)
            found.extend((base, alias.name) for alias in node.names)
    return found


def app_edges(modules: dict[str, ast.Module]) -> dict[str, set[str]]:
    """module -> the app modules it imports (``from pkg import mod`` points at ``mod``)."""
    edges: dict[str, set[str]] = {name: set() for name in modules}
    for name, tree in modules.items():
        for base, item in imported(name, tree):
            target = f"{base}.{item}" if item and f"{base}.{item}" in modules else base
            if target in modules and target != name:
                edges[name].add(target)
    return edges


def find_cycle(edges: dict[str, set[str]]) -> list[str] | None:
    """One import cycle as a list of modules, or None (iterative depth-first search)."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    for start in sorted(edges):
        if state.get(start):
            continue
        path, stack = [start], [iter(sorted(edges[start]))]
        state[start] = 1
        while stack:
            nxt = next(stack[-1], None)
            if nxt is None:
                state[path.pop()] = 2
                stack.pop()
            elif state.get(nxt) == 1:
                return [*path[path.index(nxt):], nxt]
            elif not state.get(nxt):
                state[nxt] = 1
                path.append(nxt)
                stack.append(iter(sorted(edges[nxt])))
    return None


def _is_window_expr(node: ast.expr) -> bool:
    """``window``, ``w``, ``self.w``, ``self.window``, ``parts.window``, ``self.parts.window``."""
    if isinstance(node, ast.Name):
        return node.id in {"window", "w", "win"}
    if isinstance(node, ast.Attribute):
        return node.attr in {"w", "window"}
    return False


def test_no_getattr_guards_on_the_window(app_modules):
    guards = [
        f"{name}:{node.lineno}"
        for name, tree in app_modules.items()
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in {"getattr", "hasattr"}
        and node.args
        and _is_window_expr(node.args[0])
    ]
    assert guards == []


def _private_call_from_outside(node: ast.Call) -> bool:
    func = node.func
    if not isinstance(func, ast.Attribute):
        return False
    name = func.attr
    if not name.startswith("_") or name.startswith("__"):
        return False
    owner = func.value
    if isinstance(owner, ast.Name) and owner.id in {"self", "cls"}:
        return False
    # super()._x() is the object's own method.
    return not (isinstance(owner, ast.Call) and isinstance(owner.func, ast.Name)
                and owner.func.id == "super")


def test_no_calls_of_another_objects_private_methods(app_modules):
    calls = [
        f"{name}:{node.lineno} {ast.unparse(node.func)}"
        for name, tree in app_modules.items()
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and _private_call_from_outside(node)
    ]
    assert calls == []


def test_few_modules_import_the_window_class(app_modules):
    importers = sorted(
        name
        for name, tree in app_modules.items()
        if any(base == WINDOW_MODULE and item in (None, "MainWindow")
               for base, item in imported(name, tree))
    )
    assert len(importers) <= 3, importers


def test_the_app_is_in_rooms():
    rooms = [p.name for p in APP.iterdir() if (p / "__init__.py").is_file()]
    assert {"document", "panels", "features", "shell"} <= set(rooms)
    loose = sorted(p.name for p in APP.glob("*.py") if p.name != "__init__.py")
    assert loose == [], "every app module lives in a room"


def test_features_live_in_feature_modules(app_modules):
    """A class named ``*Feature`` is in a ``*_feature`` module (or in none)."""
    misplaced = [
        f"{name}.{node.name}"
        for name, tree in app_modules.items()
        for node in tree.body
        if isinstance(node, ast.ClassDef) and node.name.endswith("Feature")
        and not name.endswith("_feature")
    ]
    assert misplaced == []


def test_no_import_cycle_in_the_app_even_counting_type_checking(app_modules):
    assert find_cycle(app_edges(app_modules)) is None


def test_the_cycle_finder_finds_a_cycle():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_nothing_outside_the_app_imports_qt():
    offenders = [
        f"{name}: {base}"
        for name, tree in sources(PACKAGE).items()
        if not name.startswith("briefing.app")
        for base, _item in imported(name, tree)
        if base.split(".")[0] in QT_ROOTS
    ]
    assert offenders == []


def test_the_call_checks_see_what_they_look_for():
    calls = [n for n in ast.walk(ast.parse("a._x(); self._y(); super()._z(); b.__len__()"))
             if isinstance(n, ast.Call)]
    assert [ast.unparse(c.func) for c in calls if _private_call_from_outside(c)] == ["a._x"]
    guard = ast.parse('getattr(self.w, "finder", None)').body[0].value
    assert _is_window_expr(guard.args[0])


def test_signals_connect_to_bound_methods_not_lambdas(app_modules):
    """A lambda keeps its receiver alive and outlives it; Qt drops a bound method's
    connection when the receiver goes."""
    lambdas = [
        f"{name}:{node.lineno}"
        for name, tree in app_modules.items()
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "connect"
        and any(isinstance(arg, ast.Lambda) for arg in node.args)
    ]
    assert lambdas == []


def test_rooms_import_downwards(app_modules):
    """``document`` imports no panel or feature; ``panels`` import no feature (the shell's
    utilities, such as ``i18n`` and ``parts``, serve every room)."""
    forbidden = {"document": {"panels", "features"}, "panels": {"features"}}
    wrong = [
        f"{name} -> {target}"
        for name, targets in app_edges(app_modules).items()
        for target in targets
        if name.count(".") >= 3 and target.count(".") >= 3
        and target.split(".")[2] in forbidden.get(name.split(".")[2], ())
    ]
    assert wrong == []
