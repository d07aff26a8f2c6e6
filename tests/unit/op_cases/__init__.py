"""Cases for the operation/inverse test: one factory per operation kind, grouped by area.

A factory takes an `AppContext` over a 60-member demo community and returns the operation to
run (it may read the database to pick ids, or set something up first through other
operations). Register it with `@case("kind")`. Every kind in `app.ops.REGISTRY` must be run by
some case, directly or as the inverse (or redo) of another: the completeness test fails
otherwise. A new area adds a module here (every module of this package is loaded).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

Factory = Callable[[Any], Any]
CASES: dict[str, Factory] = {}


def case(kind: str) -> Callable[[Factory], Factory]:
    def register(factory: Factory) -> Factory:
        if kind in CASES:
            raise ValueError(f"two cases for {kind}")
        CASES[kind] = factory
        return factory

    return register


def load_all() -> dict[str, Factory]:
    import pkgutil

    for module in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{module.name}")
    return CASES
