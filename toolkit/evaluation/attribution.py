"""Score quotations against attribution gold in brat standoff (e.g. PolNeAR): content P/R/F1, speaker accuracy.

A system quotation matches a gold attribution when its content covers at least half of the gold content's
characters (each is matched at most once, largest overlap first). Speaker accuracy is the share of matched
pairs whose speaker is right: the system's speaker span (for a relative pronoun, also the noun phrase it
stands for) overlaps the gold source span, or the system's speaker actor has a mention there (a pronoun or a
description resolved to the named actor counts), or neither gives a speaker (an attribution without a source:
"the bill is expected to …").
Scores are given for all attributions and for speech attributions — those whose cue is one of the fixed
``SPEECH_CUES`` below (PolNeAR also annotates beliefs, intentions and reports). The list is frozen here, apart
from the extractor's own lexicon, so that growing the lexicon cannot move gold attributions into the subset.

    python -m toolkit.evaluation.attribution ../shared/corpora/polnear_dev [--baseline textacy] [--pipeline sm]
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from spacy.language import Language

from ..analysis import analyze
from ..io.articles import load_article
from ..pipeline import PIPELINE_HELP, load_pipeline, pipeline_source
from ..quotes import antecedent
from . import Scores, require_documents, run_scorer

__all__ = ["SPEECH_CUES", "Attribution", "Document", "Prediction", "System", "is_speech", "main", "predict",
           "read_brat", "read_corpus", "score", "textacy_system", "toolkit_system"]


@dataclass(frozen=True)
class Attribution:
    content: tuple[tuple[int, int], ...]  # character ranges (a span may be discontinuous)
    source: tuple[tuple[int, int], ...]
    cue: str


@dataclass
class Document:
    name: str
    path: Path
    gold: list[Attribution]


@dataclass(frozen=True)
class Prediction:
    content: tuple[tuple[int, int], ...]  # character ranges: the parts of a quotation split by its attribution
    speaker: tuple[tuple[int, int], ...]  # the speaker span and, for a resolved actor, its mentions


def _ranges(field_text: str) -> tuple[tuple[int, int], ...]:
    return tuple(tuple(int(x) for x in part.split()) for part in field_text.split(";"))


def read_brat(path: Path) -> list[Attribution]:
    """Attributions (content, source, cue) of one brat ``.ann`` file."""
    spans: dict[str, tuple[str, tuple[tuple[int, int], ...], str]] = {}
    events = []
    for line in path.read_text(encoding="utf-8").splitlines():
        columns = line.split("\t")
        if line.startswith("T") and len(columns) >= 2:
            kind, _, offsets = columns[1].partition(" ")
            spans[columns[0]] = (kind, _ranges(offsets), columns[2] if len(columns) > 2 else "")
        elif line.startswith("E") and len(columns) >= 2:
            events.append(dict(arg.split(":") for arg in columns[1].split()))
    found = []
    for event in events:
        if "Content" not in event:
            continue
        source = spans[event["Source"]][1] if "Source" in event else ()
        cue = spans[event["Cue"]][2] if "Cue" in event else ""
        found.append(Attribution(spans[event["Content"]][1], source, cue))
    return found


def read_corpus(folder: Path) -> list[Document]:
    """One annotation per text (the first annotator's in name order, so no text counts twice)."""
    documents = []
    for text in sorted((folder / "text").glob("*.txt")):
        annotations = sorted((folder / "attributions").glob(f"{text.stem}_*.ann"))
        if annotations:
            documents.append(Document(text.stem, text, read_brat(annotations[0])))
    return list(require_documents(documents, folder / "text", "texts with attributions"))


def _length(ranges) -> int:
    return sum(end - start for start, end in ranges)


def _covered(prediction, ranges) -> int:
    """Characters of ``ranges`` that the prediction's ranges cover."""
    return sum(max(0, min(end, p_end) - max(start, p_start)) for p_start, p_end in prediction for start, end in ranges)


def _overlaps(a, b) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


# Irregular forms of speech verbs that suffix rules cannot undo.
_IRREGULAR = {"said": "say", "says": "say", "told": "tell", "tells": "tell", "wrote": "write", "written": "write",
              "spoke": "speak", "spoken": "speak", "thought": "think"}


# Lemmas of speech verbs: the speech verbs of the toolkit's first reporting-verb lexicon, frozen.
SPEECH_CUES = frozenset("""
accuse acknowledge add admit affirm agree announce answer apologise apologize argue ask assert attack blame
blast boast brag call caution charge cite claim comment complain concede conclude condemn confirm contend
continue criticise criticize declare defend demand deny describe discuss dismiss emphasise emphasize
encourage explain express highlight hint indicate insist joke lament maintain mention mock note object
observe pledge point praise predict promise propose question quip rail reaffirm recall recount reiterate
reject remark reply report respond reveal say shout show slam speak state stress suggest talk tell testify
threaten tout tweet underline urge vent voice vow warn welcome write
""".split())


def is_speech(attribution: Attribution) -> bool:
    """Is the cue a speech verb ("said", "told", "warned", "argues"), as opposed to belief or intention?"""
    for word in attribution.cue.lower().split():
        for form in (_IRREGULAR.get(word, word), word.removesuffix("s"), word.removesuffix("es"),
                     word.removesuffix("ed"), word.removesuffix("d"), word.removesuffix("ing")):
            if form in SPEECH_CUES:
                return True
    return False


System = Callable[[Document], list[Prediction]]


def toolkit_system(document: Document, nlp: Language | str | None = None) -> list[Prediction]:
    """The toolkit's quotations, on ``nlp`` (default: the toolkit's default pipeline)."""
    result = analyze(load_article(document.path), nlp=nlp)
    actors = {a.name: a for a in result.actor_list}
    predictions = []
    for row, quote in zip(result.to_dict()["quotes"], result.quote_list, strict=True):
        speaker = ((row["speaker_start"], row["speaker_end"]),) if row["speaker_start"] is not None else ()
        referent = antecedent(quote.speaker) if quote.speaker is not None else None
        if referent is not None:  # "rules that promise …": the relative pronoun stands for its noun phrase
            speaker += ((referent.start_char, referent.end_char),)
        actor = actors.get(row["actor"])
        if actor is not None:
            speaker += tuple((m.start_char, m.end_char) for m in [*actor.mentions, *actor.references])
        predictions.append(Prediction(tuple(quote.parts), speaker))
    return predictions


def textacy_system(document: Document, nlp: Language | str | None = None) -> list[Prediction]:
    """textacy's ``direct_quotations`` on the same pipeline's Doc (a baseline; needs ``textacy``)."""
    from textacy.extract.triples import direct_quotations

    pipeline = nlp if isinstance(nlp, Language) else load_pipeline(nlp)
    doc = pipeline(load_article(document.path).text)
    try:
        triples = list(direct_quotations(doc))
    except Exception:  # textacy raises on an odd number of quotation marks; the document then yields nothing
        return []
    return [Prediction(((t.content.start_char, t.content.end_char),),
                       tuple((tok.idx, tok.idx + len(tok)) for tok in t.speaker)) for t in triples]


def predict(documents: list[Document], system: System) -> dict[str, list[Prediction]]:
    """Run a system once over the documents."""
    return {document.name: system(document) for document in documents}


def score(documents: list[Document], predicted: dict[str, list[Prediction]], speech_only: bool = False) -> Scores:
    """Match predictions to gold; with ``speech_only`` the gold is speech attributions, and predictions that
    match only non-speech attributions are left out of the count."""
    scores = Scores(detail="speaker_accuracy")
    for document in documents:
        gold = [g for g in document.gold if not speech_only or is_speech(g)]
        predictions = predicted[document.name]
        pairs = sorted(((_covered(p.content, g.content) / max(1, _length(g.content)), gi, pi)
                        for gi, g in enumerate(gold) for pi, p in enumerate(predictions)), reverse=True)
        used_gold, used_system = set(), set()
        for share, gi, pi in pairs:
            if share < 0.5 or gi in used_gold or pi in used_system:
                continue
            used_gold.add(gi)
            used_system.add(pi)
            scores.matched += 1
            # an attribution without a source ("was expected to …") is right when the system gives none either
            right = _overlaps(predictions[pi].speaker, gold[gi].source) or \
                (not predictions[pi].speaker and not gold[gi].source)
            scores.correct += right
            if not right:
                scores.errors.append({"doc": document.name, "kind": "speaker", "content": gold[gi].content})
        scores.gold += len(gold)
        # speech-only precision counts every system quotation whose matched gold (if any) is speech
        scores.system += len(predictions) if not speech_only else \
            len(predictions) - sum(1 for pi, p in enumerate(predictions) if pi not in used_system and
                                   any(_covered(p.content, g.content) for g in document.gold if not is_speech(g)))
    return scores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="a PolNeAR-style folder with text/ and attributions/")
    parser.add_argument("--baseline", choices=("textacy",), help="also score a baseline system")
    parser.add_argument("--pipeline", help=PIPELINE_HELP)
    args = parser.parse_args(argv)
    documents = read_corpus(args.folder)
    nlp = load_pipeline(args.pipeline)
    systems: dict[str, System] = {"toolkit": partial(toolkit_system, nlp=nlp)}
    if args.baseline == "textacy":
        systems["textacy"] = partial(textacy_system, nlp=nlp)
    report: dict[str, object] = {"documents": len(documents), "pipeline": pipeline_source(nlp).name}
    for name, system in systems.items():
        predicted = predict(documents, system)
        report[name] = {"all": score(documents, predicted).summary(),
                        "speech": score(documents, predicted, speech_only=True).summary()}
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(run_scorer(main))
