"""Quotations and reported speech with their speakers: direct, mixed and indirect.

One small finder per layout, over a parsed Doc:

- **direct** quotations (paired by :mod:`toolkit.quotes.pairing`): the speaker is the subject of a reporting verb
  outside the quotation in the same sentence ("X said: “…”", "“…,” X said", "“…,” said X"), else after a
  dash ("“…” — X"), else a short "X said." sentence right after, else the speaker of a quotation right
  before; wording that the text gives to a document ("the motion that would condemn … “…”") belongs to the
  document, never to a person nearby;
- **indirect** speech: a reporting verb (``toolkit/resources/reporting_verbs.csv``) with a clausal
  complement or an object ("X said that …", "X vowed to …", "X urged Y to …", "X reaffirmed …", "…, saying
  …"), and "according to X, …";
- **mixed**: a statement of either kind that contains a few quoted words ("condemned “aggressive” attempts").

Every quote keeps the layout that made it (``layout``) and its type (``type``: speech, writing, thought,
intention, evidence; :mod:`toolkit.quotes.types`); statements are the speech and writing that state something.

Each quote keeps exact character offsets of its speaker, cue and content. Unbalanced quotation marks never
raise; they are reported in ``problems``.

The package, one module per concern: :mod:`~toolkit.quotes.model` (``Quote``), :mod:`~toolkit.quotes.text`
(the Doc's text, cues, trimming), :mod:`~toolkit.quotes.marks` (which quoted stretches are quotations, titles or
headings), :mod:`~toolkit.quotes.speakers`, :mod:`~toolkit.quotes.direct`, :mod:`~toolkit.quotes.indirect`
with :mod:`~toolkit.quotes.clauses` (where a reported clause ends), :mod:`~toolkit.quotes.forms` (parenthetical,
"according to", colon, attitudes) and :mod:`~toolkit.quotes.merge`. :func:`find_quotes` runs the passes in
order.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from ..lang.spans import doc_text
from .direct import direct_quote, inherit_adjacent_speakers
from .forms import according_to, speaker_colon, stated_attitudes
from .indirect import indirect_quote
from .marks import is_sentence, is_utterance, is_whole_complement, names_a_work
from .merge import continue_statements, inside_an_attributed_statement, says_something, with_quoted_words
from .model import DOCUMENT_NOUNS, MAX_MIXED_WORDS, Quote, QuoteKind, Quotes
from .pairing import find_quoted_spans
from .speakers import antecedent, document_labels, speaker_of
from .text import is_cue, verb_lemma, word_count
from .types import ATTRIBUTION_TYPES, STATEMENT_TYPES, attribution_type, is_statement, why_not_a_statement

__all__ = ["ATTRIBUTION_TYPES", "DOCUMENT_NOUNS", "STATEMENT_TYPES", "Quote", "QuoteKind", "Quotes", "antecedent",
           "attribution_type", "document_labels", "find_quotes", "is_statement", "speaker_of", "verb_lemma",
           "why_not_a_statement"]


def find_quotes(doc: Doc) -> Quotes:
    """All direct, mixed and indirect quotations of a parsed Doc, in text order."""
    marks = find_quoted_spans(doc_text(doc))
    result = Quotes(problems=list(marks.problems))
    if not doc.has_annotation("DEP"):
        return result
    cues = [t for t in doc if is_cue(t)]
    text = doc_text(doc)
    long_spans = [s for s in marks.spans if not names_a_work(doc, s) and (
                  word_count(text[s.start:s.end]) > MAX_MIXED_WORDS or is_sentence(text[s.start:s.end])
                  or is_whole_complement(doc, s, cues) or is_utterance(doc, s, cues))]
    short_spans = [s for s in marks.spans if s not in long_spans]
    direct = [q for q in (direct_quote(doc, span, cues) for span in long_spans) if q is not None]
    direct = inherit_adjacent_speakers(doc, direct)
    used_cues = {q.cue.i for q in direct if q.cue is not None}
    indirect = [q for cue in cues if cue.i not in used_cues for q in [indirect_quote(doc, cue, direct)] if q]
    indirect += according_to(doc, direct)
    indirect += stated_attitudes(doc, direct + indirect)
    indirect += speaker_colon(doc, direct + indirect)
    indirect = [with_quoted_words(doc, q, short_spans) for q in indirect]
    indirect = [q for q in indirect if q.kind == "mixed" or says_something(doc, q)]
    indirect = [q for q in indirect if not inside_an_attributed_statement(q, direct + indirect)]
    quotes = continue_statements(doc, direct + indirect)
    result.quotes = [replace(q, type=attribution_type(doc, q)) for q in quotes]
    return result
