"""Convert the staged corpora into spaCy .spacy files under training/corpus/.

Usage: python scripts/convert.py CORPORA_DIR OUT_DIR

Outputs (docs of <= 10 sentences, new doc at each source document):
  train/ewt-train  UD EWT train rebuilt from sources/ (trees, no NER -> NER missing)
  train/gum-train  GUM train (trees + silver NER)
  train/wikigold   wikigold NER (IOB1 -> IOB2, MISC missing, no syntax)
  dev/ewt-dev      UD EWT dev + UNER EWT dev gold NER (the dev set for checkpoint selection)
  eval/ewt-test    UD EWT test + UNER EWT test gold NER  } never trained on
  eval/pud-test    UD PUD + UNER PUD gold NER            }
  eval/gum-dev, eval/gum-test  GUM dev/test (trees + silver NER), extra evaluation
  train_plus/, dev_half/  experiment: GUM train with unlinked person names kept, and UNER EWT dev
                   split by document: odd documents join training, even ones select checkpoints
  train_o/         experiment: EWT train with confident-O NER (scripts/ewt_ner.py) + the same
                   GUM train and wikigold files
"""
import shutil
import sys
from pathlib import Path

from ewt_ner import confident_o
from gum_ner import silver_ner
from spacy.tokens import DocBin
from spacy.vocab import Vocab
from ud import Sentence, align_tags, group_sentences, read_conllu, read_iob2, sentences_to_doc, to_model_label
from wikigold import read_wikigold

GUM_EXCLUDED_GENRES = {"conversation"}  # licence not verifiable (SBCSAE), see MODEL_CARD.md


def write(docs, path: Path) -> None:
    db = DocBin(store_user_data=False)
    n_docs = n_words = 0
    for doc in docs:
        db.add(doc)
        n_docs += 1
        n_words += len(doc)
    db.to_disk(path)
    print(f"{path.name}: {n_docs} docs, {n_words} tokens")


def ud_docs(vocab: Vocab, sents: list[Sentence]):
    return (sentences_to_doc(vocab, group) for group in group_sentences(sents))


def merge_uner(sents: list[Sentence], uner_path: Path, key: str = "sent_id") -> None:
    """Attach UNER gold tags (model labels) to UD sentences, matching by sent_id or by text."""
    if key == "sent_id":
        index = {u["sent_id"]: u for u in read_iob2(uner_path)}
        def find(s):
            return index.get(s.sent_id)
    else:  # join by sentence text without spaces (UNER PUD ids differ from UD PUD ids)
        index = {u["text"].replace(" ", ""): u for u in read_iob2(uner_path)}
        def find(s):
            return index.get(s.text.replace(" ", ""))
    missing = 0
    for s in sents:
        u = find(s)
        tags = align_tags([w.form for w in s.words], u["tokens"], u["tags"]) if u else None
        if tags is None:
            missing += 1
            continue
        s.ner = [to_model_label(t) for t in tags]
    print(f"{uner_path.name}: NER merged on {len(sents) - missing}/{len(sents)} sentences")


def ewt_train_sentences(ewt: Path) -> list[Sentence]:
    """Concatenate sources/ documents in the order of file-lists/files.train."""
    sents = []
    for name in (ewt / "file-lists" / "files.train").read_text().split():
        doc_sents = list(read_conllu(ewt / "sources" / name))
        doc_sents[0].newdoc = True
        sents.extend(doc_sents)
    return sents


def gum_split(gum: Path) -> dict[str, list[Path]]:
    """GUM docs by official split; staged docs missing from the lists go to train."""
    lists = {split: set((gum / "file-lists" / f"files.{split}").read_text().split())
             for split in ("train", "dev", "test")}
    splits: dict[str, list[Path]] = {"train": [], "dev": [], "test": []}
    for path in sorted((gum / "sources").glob("GUM_*.conllu")):
        name = path.name[: -len(".conllu")]
        if name.split("_")[1] in GUM_EXCLUDED_GENRES:
            continue
        split = next((s for s in ("dev", "test") if name in lists[s]), "train")
        splits[split].append(path)
    return splits


def gum_sentences(paths: list[Path], unlinked_persons: bool = False) -> list[Sentence]:
    sents = []
    for path in paths:
        doc_sents = list(read_conllu(path))
        doc_sents[0].newdoc = True
        for s in doc_sents:
            s.ner = silver_ner(s.words, unlinked_persons=unlinked_persons)
        sents.extend(doc_sents)
    return sents


def split_by_document(sents: list[Sentence]) -> tuple[list[Sentence], list[Sentence]]:
    """Odd-numbered and even-numbered source documents (a document starts at ``newdoc``)."""
    halves: tuple[list[Sentence], list[Sentence]] = ([], [])
    n_doc = 0
    for i, s in enumerate(sents):
        if i and s.newdoc:
            n_doc += 1
        halves[n_doc % 2].append(s)
    return halves


def write_plus(vocab: Vocab, corpora_dir: Path, out_dir: Path, dev_sents: list[Sentence]) -> None:
    """The train_plus/dev_half experiment (see the module docstring)."""
    plus, half = out_dir / "train_plus", out_dir / "dev_half"
    for d in (plus, half):
        d.mkdir(parents=True, exist_ok=True)
    to_train, to_select = split_by_document(dev_sents)
    write(ud_docs(vocab, to_train), plus / "ewt-dev-odd.spacy")
    write(ud_docs(vocab, to_select), half / "ewt-dev-even.spacy")
    paths = gum_split(corpora_dir / "ud_english_gum")["train"]
    write(ud_docs(vocab, gum_sentences(paths, unlinked_persons=True)), plus / "gum-train-plus.spacy")
    for name in ("ewt-train.spacy", "wikigold.spacy"):
        shutil.copyfile(out_dir / "train" / name, plus / name)


def main(corpora: str, out: str) -> None:
    corpora_dir, out_dir = Path(corpora), Path(out)
    train, dev, ev = (out_dir / d for d in ("train", "dev", "eval"))
    for d in (train, dev, ev):
        d.mkdir(parents=True, exist_ok=True)
    vocab = Vocab()
    ewt, uner = corpora_dir / "ud_english_ewt", corpora_dir / "uner_english_ewt"

    ewt_train = ewt_train_sentences(ewt)
    write(ud_docs(vocab, ewt_train), train / "ewt-train.spacy")
    for s in ewt_train:
        s.ner = confident_o(s.words)
    (out_dir / "train_o").mkdir(exist_ok=True)
    write(ud_docs(vocab, ewt_train), out_dir / "train_o" / "ewt-train-o.spacy")
    for split in ("dev", "test"):
        sents = list(read_conllu(ewt / f"en_ewt-ud-{split}.conllu"))
        merge_uner(sents, uner / f"en_ewt-ud-{split}.iob2")
        write(ud_docs(vocab, sents), (dev if split == "dev" else ev) / f"ewt-{split}.spacy")
        if split == "dev":
            dev_sents = sents

    for split, paths in gum_split(corpora_dir / "ud_english_gum").items():
        write(ud_docs(vocab, gum_sentences(paths)), (train if split == "train" else ev) / f"gum-{split}.spacy")

    write(read_wikigold(vocab, corpora_dir / "wikigold" / "wikigold.conll.txt"),
          train / "wikigold.spacy")
    for name in ("gum-train.spacy", "wikigold.spacy"):
        shutil.copyfile(train / name, out_dir / "train_o" / name)

    write_plus(vocab, corpora_dir, out_dir, dev_sents)

    pud = list(read_conllu(corpora_dir / "ud_english_pud" / "en_pud-ud-test.conllu"))
    merge_uner(pud, corpora_dir / "uner_english_pud" / "en_pud-ud-test.iob2", key="text")
    write(ud_docs(vocab, pud), ev / "pud-test.spacy")


if __name__ == "__main__":
    main(*sys.argv[1:3])
