"""Check the house rules of src/nkru_extract: no module too long, no import cycle.

Every ``import`` of an ``nkru_extract`` module counts: at module level, inside a function (a
lazy import still ties two modules together) and under ``if TYPE_CHECKING:`` (a type-only import
is still a dependency of the code that reads it). Prints each violation and exits 1 if there is one.

Usage: ``python scripts/check_architecture.py [--max-lines 800] [SRC_DIR]``
"""

from __future__ import annotations

import argparse
import ast
import sys
from pathlib import Path

PACKAGE = "nkru_extract"


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports_of(name: str, path: Path, modules: set[str]) -> set[str]:
    """The project modules that module ``name`` (file ``path``) imports."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Import | ast.ImportFrom):
            continue
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        else:
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            # "from pkg import sub" imports the submodule; "from pkg import name", the package.
            submodules = [f"{base}.{alias.name}" for alias in node.names]
            targets = [t for t in submodules if t in modules] or [base]
        found.update(t for t in targets if t in modules and t != name)
    return found


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[list[str]] = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("src", nargs="?", default="src", type=Path)
    parser.add_argument("--max-lines", type=int, default=800)
    args = parser.parse_args(argv)
    root: Path = args.src
    files = {module_name(p, root): p for p in sorted((root / PACKAGE).rglob("*.py"))}
    problems: list[str] = []
    for path in files.values():
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > args.max_lines:
            problems.append(f"{path}: {lines} lines (more than {args.max_lines})")
    graph = {name: imports_of(name, path, set(files)) for name, path in files.items()}
    for component in cycles(graph):
        problems.append("import cycle: " + " <-> ".join(component))
    for problem in problems:
        print(problem)
    edges = sum(len(targets) for targets in graph.values())
    print(f"{len(files)} modules, {edges} import edges, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
