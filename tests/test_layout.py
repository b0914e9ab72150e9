"""The package's shape: the pipeline's layers import downwards only, no cycle, small modules."""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "encoder"

#: Each layer may import the layers listed after it (and itself), never one before it.
LAYERS = ("cli", "tools", "site", "run", "transform", "check", "tei", "enrich", "ingest", "base")
_TOOLS = {
    "evaluate",
    "evaluate_blocks",
    "evaluate_decks",
    "evaluate_ner",
    "intervals",
    "name_gold",
    "calibrate_ner",
    "train_ner",
    "train_runs",
    "train_bodies",
    "train_places",
    "bench",
    "bench_sizes",
    "suggest",
    "dump",
}
_BASE = {"model", "diagnostics", "patterns", "lazy_re", "own_files", "files", "version", "xmlsafe", "config"}

MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """The modules of the package that ``path`` imports (relative imports resolved)."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target.startswith("encoder"):
                for alias in node.names:  # ``from . import x`` may name a module or a name
                    module = f"{target}.{alias.name}"
                    found.add(module if _exists(module) else target)
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names if alias.name.startswith("encoder")}
    return {module for module in found if module != name}


def _exists(module: str) -> bool:
    relative = Path(*module.split(".")[1:])
    return (PACKAGE / relative).with_suffix(".py").is_file() or (PACKAGE / relative / "__init__.py").is_file()


def _modules() -> dict[str, Path]:
    return {_module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def _layer(module: str) -> str:
    parts = module.split(".")
    if len(parts) == 1:
        return "base"  # the package's __init__
    head = parts[1]
    if module == "encoder.tei":
        return "base"  # the package's __init__ holds only the namespace constants
    if head in ("__main__", "arguments"):
        return "cli"
    if head in _TOOLS:
        return "tools"
    if head in _BASE:
        return "base"
    return head


def test_every_module_belongs_to_a_layer() -> None:
    assert {_layer(module) for module in _modules()} <= set(LAYERS)


def test_layers_import_downwards_only() -> None:
    wrong = []
    for module, path in _modules().items():
        if module == "encoder":
            continue  # the package's face: re-exports encode() from run
        rank = LAYERS.index(_layer(module))
        for imported in _imports(path):
            if imported != "encoder" and LAYERS.index(_layer(imported)) < rank:
                wrong.append(f"{module} imports {imported}")
    assert wrong == []


def test_no_import_cycle() -> None:
    graph = {module: {m for m in _imports(path) if m in _modules()} for module, path in _modules().items()}
    state: dict[str, int] = {}
    cycle: list[str] = []

    def visit(node: str, stack: list[str]) -> bool:
        """Depth first; a module met again while still on the stack closes a cycle."""
        state[node] = 1  # on the stack
        for imported in sorted(graph[node]):
            if state.get(imported) == 1:
                cycle.extend([*stack[stack.index(imported) :], imported])
                return True
            if imported not in state and visit(imported, [*stack, imported]):
                return True
        state[node] = 2  # done
        return False

    assert not any(state.get(m) is None and visit(m, [m]) for m in sorted(graph)), " -> ".join(cycle)


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_modules_and_functions_are_small(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    assert source.count("\n") <= MAX_MODULE_LINES
    long = [
        f"{node.name} ({node.end_lineno - node.lineno + 1} lines)"
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and node.end_lineno is not None
        and node.end_lineno - node.lineno + 1 > MAX_FUNCTION_LINES
    ]
    assert long == []


def test_every_model_file_the_package_opens_is_in_its_package_data() -> None:
    """A non-editable install ships only the files ``pyproject.toml`` lists: each file a module
    opens under ``models/`` (``"models" / "zh_divisions.json"``) must be listed there."""
    pyproject = tomllib.loads((PACKAGE.parent / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(pyproject["tool"]["setuptools"]["package-data"]["encoder.enrich.models"])
    opened = {
        name
        for path in PACKAGE.rglob("*.py")
        for name in re.findall(r'"models"\s*/\s*"([^"]+)"', path.read_text(encoding="utf-8"))
    }
    assert opened, "no module opens a model file: the pattern is stale"
    assert opened <= listed, sorted(opened - listed)
