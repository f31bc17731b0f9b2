"""Print, per .spacy file, how many tokens carry NER / dependency / tag annotation.

Docs with trees but no NER must show ner=0; docs with NER but no trees must show dep=0.
Usage: python scripts/check_annotation.py corpus/*.spacy
"""
import sys
from collections import Counter

import spacy
from spacy.tokens import DocBin


def count(path: str) -> Counter:
    c = Counter()
    nlp = spacy.blank("en")
    for doc in DocBin().from_disk(path).get_docs(nlp.vocab):
        c["docs"] += 1
        c["tokens"] += len(doc)
        c["sents"] += sum(1 for _ in doc.sents) if doc.has_annotation("DEP") else 0
        for t in doc:
            c["ner"] += t.ent_iob != 0
            c["ner_O"] += t.ent_iob == 2
            c["dep"] += t.has_dep()
            c["tag"] += bool(t.tag_)
            c["lemma"] += bool(t.lemma_)
        for e in doc.ents:
            c["ent_" + e.label_] += 1
    return c


if __name__ == "__main__":
    for path in sys.argv[1:]:
        c = count(path)
        ents = " ".join(f"{k[4:]}={v}" for k, v in sorted(c.items()) if k.startswith("ent_"))
        print(f"{path}: docs={c['docs']} sents={c['sents']} tokens={c['tokens']} "
              f"ner={c['ner']} (O={c['ner_O']}) dep={c['dep']} tag={c['tag']} lemma={c['lemma']} {ents}")
