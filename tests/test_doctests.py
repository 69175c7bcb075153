"""The ``Example:`` blocks in the public docstrings run and hold (on the installed package)."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import nkru_extract

MODULES = sorted(
    info.name
    for info in pkgutil.walk_packages(nkru_extract.__path__, prefix="nkru_extract.")
    if not info.name.endswith("__main__")
)


@pytest.mark.parametrize("name", MODULES)
def test_doctests_examples_hold(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0
