"""scripts/check_architecture.py finds long modules and import cycles, lazy ones included."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "check_architecture.py"


def _checker():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("check_architecture", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    "files, problems",
    [
        ({"a.py": "import nkru_extract.b\n", "b.py": "X = 1\n"}, 0),
        ({"a.py": "from nkru_extract.b import X\n", "b.py": "from nkru_extract.a import Y\n"}, 1),
        ({"a.py": "from nkru_extract import b\n", "b.py": "def f():\n    from . import a\n"}, 1),
        (
            {
                "a.py": "import typing\nif typing.TYPE_CHECKING:\n    import nkru_extract.b\n",
                "b.py": "def f():\n    from nkru_extract.a import Y\n",
            },
            1,
        ),
        ({"a.py": "x = 1\n" * 801}, 1),
        ({"sub/__init__.py": "from nkru_extract.sub.c import Z\n", "sub/c.py": "Z = 1\n"}, 0),
    ],
    ids=["one-way", "cycle", "lazy-relative-cycle", "type-checking-cycle", "too-long", "package"],
)
def test_architecture_check_counts_problems(
    tmp_path: Path, files: dict[str, str], problems: int, capsys: pytest.CaptureFixture[str]
) -> None:
    package = tmp_path / "nkru_extract"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    for name, source in files.items():
        (package / name).write_text(source)
    status = _checker().main([str(tmp_path)])
    assert f"{problems} problem(s)" in capsys.readouterr().out
    assert status == (1 if problems else 0)
