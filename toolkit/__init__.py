"""Analyse news articles in Jupyter: who the actors are, who claims what about whom, and when things happened.

>>> from toolkit import load_article, analyze              # doctest: +SKIP
>>> article = load_article("data/articles/000_a0b5b4455e1f7479.txt")  # doctest: +SKIP
>>> result = analyze(article, anchor="2018-12-03")          # doctest: +SKIP
>>> result.entities                                         # doctest: +SKIP
"""

#: The toolkit's version; every analysis records it in its provenance.
__version__ = "0.7.2"

from ._moved import install as _install_moved
from .analysis import TABLE_COLUMNS, Analysis, analyze, timeline, timexes
from .analysis.batch import analyze_corpus
from .errors import ToolkitError
from .explore import explore
from .io.articles import Article, Paragraph, load_article, parse_date
from .io.corpus import Corpus, load_corpus
from .pipeline import load_pipeline

__all__ = [
    "TABLE_COLUMNS",
    "Analysis",
    "Article",
    "Corpus",
    "Paragraph",
    "ToolkitError",
    "__version__",
    "analyze",
    "analyze_corpus",
    "explore",
    "load_article",
    "load_corpus",
    "load_pipeline",
    "parse_date",
    "timeline",
    "timexes",
]

_install_moved()  # old import paths (toolkit.store, toolkit.resources, ...) keep working, with a warning
