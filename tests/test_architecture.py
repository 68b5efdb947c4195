"""The house rules of docs/architecture.md, checked: layers import only downward, and no import circle."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "paperlist"

# Each module's layer, by its dotted name's longest matching prefix. A module may import modules of a lower
# layer, and of its own layer only inside its own package (ingest may not import enrich, nor enrich ingest).
LAYERS: dict[str, int] = {
    "paperlist": 0,  # the shared vocabulary: models, errors, config, ids, titles, cjk, dates, state
    "paperlist.http": 1,
    "paperlist.store": 2,
    "paperlist.ingest.extract": 2,  # pure: text → references; knows no database
    "paperlist.ingest": 3,
    "paperlist.enrich": 3,
    "paperlist.views": 4,
    "paperlist.browse": 5,  # the interactive app: views and store functions behind keys
    "paperlist.cli": 6,
}
ENTRY_POINTS = {"paperlist.__main__"}  # runs the CLI: above every layer


def _name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def _home(module: str) -> str:
    """The layer prefix a module belongs to (its longest prefix in LAYERS)."""
    candidates = [prefix for prefix in LAYERS if module == prefix or module.startswith(prefix + ".")]
    # Top-level modules (paperlist.models ...) fall to "paperlist": the vocabulary, not a package of their own.
    return max(candidates, key=len)


def _imports(module: str) -> set[str]:
    """Every paperlist module `module` imports, wherever the import stands (lazy and type-only ones too)."""
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module, *(f"{node.module}.{alias.name}" for alias in node.names)]
        else:
            continue
        found |= {name for name in names if name in MODULES and name != module}
    return found


GRAPH = {module: _imports(module) for module in MODULES}


def test_every_module_has_a_layer() -> None:
    for module in MODULES:
        if module not in ENTRY_POINTS:
            assert _home(module), module


@pytest.mark.parametrize("module", sorted(set(MODULES) - ENTRY_POINTS))
def test_imports_only_run_downward(module: str) -> None:
    home = _home(module)
    for imported in GRAPH[module]:
        if imported == "paperlist":
            continue  # the package itself: __version__
        other = _home(imported)
        if other == home:
            continue
        assert LAYERS[other] < LAYERS[home] or (LAYERS[other] == LAYERS[home] == 0), (
            f"{module} (layer {home}) imports {imported} (layer {other}): imports run downward only"
        )


def test_nothing_imports_the_cli() -> None:
    for module, imported in GRAPH.items():
        if _home(module) != "paperlist.cli" and module not in ENTRY_POINTS:
            assert not {name for name in imported if _home(name) == "paperlist.cli"}, module


def test_the_import_graph_has_no_circle() -> None:
    visiting: list[str] = []
    done: set[str] = set()

    def visit(module: str) -> None:
        if module in done:
            return
        assert module not in visiting, " → ".join([*visiting[visiting.index(module) :], module])
        visiting.append(module)
        for imported in sorted(GRAPH[module]):
            if imported != "paperlist":
                visit(imported)
        visiting.pop()
        done.add(module)

    for module in sorted(GRAPH):
        visit(module)


_SQL = re.compile(r"\b(?:SELECT .+ FROM|INSERT INTO|UPDATE \w+ SET|DELETE FROM|CREATE TABLE)\b", re.DOTALL)


def test_only_http_opens_connections_and_only_store_holds_sql() -> None:
    for module, path in MODULES.items():
        source = path.read_text(encoding="utf-8")
        if module != "paperlist.http":
            assert "httpx.Client(" not in source, f"{module} opens its own HTTP client: use paperlist.http"
        if _home(module) != "paperlist.store":
            strings = [
                node.value
                for node in ast.walk(ast.parse(source))
                if isinstance(node, ast.Constant) and isinstance(node.value, str)
            ]
            assert not [text for text in strings if _SQL.search(text)], (
                f"{module} holds SQL: SQL lives in store/"
            )


def _bound_at_top(tree: ast.Module) -> list[str]:
    """The names a module's own top level binds: its functions, classes and plain assignments (not imports)."""
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
        elif isinstance(node, ast.Assign):
            names += [target.id for target in node.targets if isinstance(target, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names.append(node.target.id)
    return names


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_module_binds_one_name_twice(module: str) -> None:
    # A second `_PATTERN = …` far down a long module silently replaces the first for every use above it too
    # (the reader once lost its wrapped-line rules to a pattern of the same name defined for another one).
    names = _bound_at_top(ast.parse(MODULES[module].read_text(encoding="utf-8")))
    twice = sorted({name for name in names if names.count(name) > 1})
    assert twice == [], f"{module} binds {twice} more than once"
