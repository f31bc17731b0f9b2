"""Entity label sets, in one place. The toolkit's own pipeline tags PERSON, ORG and LOC (UNER's PER may come
from other pipelines), en_core_web_sm the OntoNotes labels; the toolkit's tables add GPE and NORP.

>>> "PER" in PERSON_LABELS and "NORP" in ACTOR_LABELS
True
"""

from __future__ import annotations

from .lexicon import word_list

__all__ = ["ACTOR_LABELS", "CORPORATE_SUFFIXES", "NAME_LABELS", "NUMERIC_LABELS", "PERSON_LABELS", "PORTRAYED_LABELS"]

#: A person, whichever scheme the pipeline follows.
PERSON_LABELS = frozenset({"PERSON", "PER"})
#: Names the toolkit's tables and rules type: people, organisations, countries and cities, other places, groups.
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP"})
#: Names that can stand for an actor.
ACTOR_LABELS = NAME_LABELS | PERSON_LABELS
#: Actors whose portrayal is read (:mod:`toolkit.portrayal`): people, organisations, groups, countries and
#: cities (often standing for their governments); not mere places (LOC).
PORTRAYED_LABELS = PERSON_LABELS | frozenset({"ORG", "NORP", "GPE"})
#: Numbers, quantities and dates: no names; the toolkit leaves their spans as the model made them.
NUMERIC_LABELS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})

#: Words that end a company's name without telling two companies apart ("Microsoft Corp" = "Microsoft").
CORPORATE_SUFFIXES = word_list("corporate_suffixes")
