"""Loading: bytes to text (:mod:`~toolkit.io.textio`), web pages (:mod:`~toolkit.io.webpage`) and Markdown
(:mod:`~toolkit.io.mdtext`) to text, the :class:`Article` with its metadata (:mod:`~toolkit.io.articles`), and
corpora (:mod:`~toolkit.io.corpus`)."""

from .articles import Article, Paragraph, load_article, parse_date
from .corpus import Corpus, load_corpus

__all__ = ["Article", "Corpus", "Paragraph", "load_article", "load_corpus", "parse_date"]
