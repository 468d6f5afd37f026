"""Load the rules' data before the worker processes are forked, so that they share it.

The rules load their name lists and tables on first use (functions of no arguments whose
result is cached: the gazetteer of names, the UK places, ...): about 35 MB in each process
that runs a rule. Loaded in the main process before the workers are forked, the workers
inherit it; the rules only read it (a set lookup of a string writes nothing to the string
or the set), so its pages stay shared instead of being loaded again in every worker.
"""

from __future__ import annotations

import inspect
import sys
from collections.abc import Callable

PACKAGES = ("review_library.redaction.rules", "review_library.redaction.normalise")
"""Where the rules and the text normaliser they run after keep their data loaders."""


def data_loaders() -> list[Callable[[], object]]:
    """Every cached function of no arguments defined in the rule modules, in a stable order."""
    import review_library.redaction.normalise  # noqa: F401  (its confusables table)
    from review_library.redaction import rules

    rules.registry()  # imports every rule module
    found: list[Callable[[], object]] = []
    for name in sorted(sys.modules):
        if not name.startswith(PACKAGES):
            continue
        for value in vars(sys.modules[name]).values():
            if _is_loader(value, name):
                found.append(value)
    return found


def _is_loader(value: object, module: str) -> bool:
    if getattr(value, "__module__", None) != module or not hasattr(value, "cache_info"):
        return False
    try:
        parameters = inspect.signature(value).parameters.values()
    except (TypeError, ValueError):
        return False
    return all(
        p.default is not p.empty or p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD) for p in parameters
    )


def load_rule_data() -> None:
    """Call every data loader of the rules once (each keeps its result)."""
    for loader in data_loaders():
        loader()
