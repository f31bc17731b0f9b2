"""Old import paths of modules that moved, kept working with a :class:`DeprecationWarning` until the
documentation site lists them as deprecated (``import toolkit.store`` is ``toolkit.analysis.store``).

A finder at the front of ``sys.meta_path`` answers for the old names only, and hands back the very module
object of the new path, so that both names share one module (its functions, its caches).
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import sys
import warnings

__all__ = ["MOVED", "install", "warn_moved"]

#: old module path -> where it lives now
MOVED: dict[str, str] = {
    "toolkit.articles": "toolkit.io.articles",
    "toolkit.corpus": "toolkit.io.corpus",
    "toolkit.textio": "toolkit.io.textio",
    "toolkit.webpage": "toolkit.io.webpage",
    "toolkit.mdtext": "toolkit.io.mdtext",
    "toolkit.nlp": "toolkit.pipeline",
    "toolkit.entities": "toolkit.pipeline.entities",
    "toolkit.resources": "toolkit.lang.lexicon",
    "toolkit.quotemarks": "toolkit.quotes.pairing",
    "toolkit.periods": "toolkit.timex.periods",
    "toolkit.actors.link": "toolkit.link.actors",
    "toolkit.tables": "toolkit.analysis.tables",
    "toolkit.batch": "toolkit.analysis.batch",
    "toolkit.store": "toolkit.analysis.store",
    "toolkit.daskrun": "toolkit.analysis.daskrun",
    "toolkit.export": "toolkit.analysis.export",
}


def warn_moved(old: str, new: str) -> None:
    """A DeprecationWarning pointing at the caller's line, past the import machinery's own frames."""
    frame, level = sys._getframe(1), 2
    while frame is not None and (frame.f_code.co_filename.startswith("<frozen importlib")
                                 or frame.f_code.co_filename == __file__):
        frame, level = frame.f_back, level + 1
    warnings.warn(f"{old} has moved to {new}; the old name will be removed", DeprecationWarning,
                  stacklevel=level)


class _MovedFinder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    def find_spec(self, fullname, path=None, target=None):
        if fullname in MOVED:
            return importlib.machinery.ModuleSpec(fullname, self)
        return None

    def create_module(self, spec):
        warn_moved(spec.name, MOVED[spec.name])
        return importlib.import_module(MOVED[spec.name])

    def exec_module(self, module) -> None:
        pass  # the module of the new path is already executed


def install() -> None:
    """Put the finder first in ``sys.meta_path`` (once)."""
    if not any(isinstance(finder, _MovedFinder) for finder in sys.meta_path):
        sys.meta_path.insert(0, _MovedFinder())
