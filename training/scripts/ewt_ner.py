"""Confident-O NER for EWT train (which has no gold NER): an optional experiment.

UNER marks PER/ORG/LOC names, which in EWT are built from proper nouns. A token is set to
O only when it is clearly outside any name: not a PROPN/X, not attached to a PROPN head, has no
PROPN dependent and is not a capitalised noun. Everything else stays *missing*, so no name is
ever taught as O; the model only learns what web-text non-entities look like.
"""

from ud import Word

NAME_POS = {"PROPN", "X"}


def confident_o(words: list[Word]) -> list[str | None]:
    """"O" or None (missing) for each word of one sentence."""
    near_name = set()
    for i, w in enumerate(words):
        if w.upos in NAME_POS:
            near_name.add(i)
            if w.head >= 0:
                near_name.add(w.head)  # e.g. "administration" in "Bush administration"
        elif w.head >= 0 and words[w.head].upos in NAME_POS:
            near_name.add(i)  # "of", "the" inside "the Bank of America"
        elif w.upos == "NOUN" and w.form[:1].isupper() and i > 0:
            near_name.add(i)
    return [None if i in near_name else "O" for i in range(len(words))]
