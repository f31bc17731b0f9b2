"""Score temporal expressions against TimeML gold (e.g. MEANTIME): detection P/R/F1 and value accuracy.

A system timex matches a gold one when their character spans overlap (each gold and system timex is matched
at most once). Value accuracy is the share of matched pairs whose normalised ``value`` strings are equal.
The document creation time (DCT) is the anchor.

Run it from the command line on a folder of ``.tml`` files::

    python -m toolkit.evaluation.timeml ../shared/corpora/meantime_en_dev [--baseline dateparser]
"""

from __future__ import annotations

import argparse
import json
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path

from spacy.language import Language

from ..pipeline import PIPELINE_HELP, load_pipeline, pipeline_source
from ..timex import find_timexes
from . import Scores, require_documents, run_scorer

__all__ = ["Span", "System", "TimeMLDocument", "dateparser_system", "main", "read_timeml", "rules_only_system", "score",
           "toolkit_system"]


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str
    value: str
    type: str = ""


@dataclass
class TimeMLDocument:
    name: str
    text: str
    dct: date
    gold: list[Span] = field(default_factory=list)


def read_timeml(path: Path) -> TimeMLDocument:
    """Plain text (tags stripped, entities unescaped), DCT and gold TIMEX3 spans of one TimeML file."""
    root = ET.parse(path).getroot()
    dct_value = root.find("DCT/TIMEX3").get("value")
    text_element = root.find("TEXT")
    pieces, gold = [text_element.text or ""], []
    offset = len(pieces[0])
    for child in text_element:
        surface = "".join(child.itertext())
        if child.tag == "TIMEX3":
            gold.append(Span(offset, offset + len(surface), surface, child.get("value", ""), child.get("type", "")))
        pieces.append(surface + (child.tail or ""))
        offset += len(pieces[-1])
    return TimeMLDocument(path.name, "".join(pieces), date.fromisoformat(dct_value[:10]), gold)


System = Callable[[TimeMLDocument], list[Span]]


def toolkit_system(document: TimeMLDocument, nlp: Language | str | None = None) -> list[Span]:
    """The toolkit's timexes with the tense of each clause read from the parse of ``nlp`` (default: the
    toolkit's default pipeline)."""
    nlp = nlp if isinstance(nlp, Language) else load_pipeline(nlp)
    doc = nlp.make_doc(document.text)
    doc._.anchor = document.dct
    return [Span(t.start, t.end, t.text, t.value, t.type) for t in nlp(doc)._.timexes]


def rules_only_system(document: TimeMLDocument) -> list[Span]:
    """The toolkit's timex rules with tense guessed from words (no parse)."""
    return [Span(t.start, t.end, t.text, t.value, t.type) for t in find_timexes(document.text, document.dct)]


def dateparser_system(document: TimeMLDocument) -> list[Span]:
    """dateparser's ``search_dates`` with the DCT as ``RELATIVE_BASE`` (a baseline; needs ``dateparser``)."""
    from datetime import datetime

    from dateparser.search import search_dates

    found = search_dates(document.text, languages=["en"],
                         settings={"RELATIVE_BASE": datetime.combine(document.dct, datetime.min.time())}) or []
    spans, cursor = [], 0
    for surface, moment in found:
        start = document.text.find(surface, cursor)
        if start < 0:
            continue
        cursor = start + len(surface)
        spans.append(Span(start, cursor, surface, moment.date().isoformat(), "DATE"))
    return spans


def score(documents: Iterable[TimeMLDocument], system: System) -> Scores:
    """Overlap matching of system spans to gold spans, document by document."""
    scores = Scores(detail="value_accuracy")
    for document in documents:
        predicted = system(document)
        scores.gold += len(document.gold)
        scores.system += len(predicted)
        unused = list(predicted)
        for gold in document.gold:
            match = next((p for p in unused if p.start < gold.end and gold.start < p.end), None)
            if match is None:
                scores.errors.append({"doc": document.name, "kind": "missed", "gold": gold.text, "value": gold.value})
                continue
            unused.remove(match)
            scores.matched += 1
            if match.value == gold.value:
                scores.correct += 1
            else:
                scores.errors.append({"doc": document.name, "kind": "value", "gold": gold.text, "value": gold.value,
                                      "system": match.text, "system_value": match.value})
        scores.errors.extend({"doc": document.name, "kind": "spurious", "system": p.text, "system_value": p.value}
                             for p in unused)
    return scores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="folder of TimeML .tml files")
    parser.add_argument("--baseline", choices=("dateparser",), help="also score a baseline system")
    parser.add_argument("--rules-only", action="store_true", help="also score the rules without a parse")
    parser.add_argument("--errors", action="store_true", help="list every error")
    parser.add_argument("--pipeline", help=PIPELINE_HELP)
    args = parser.parse_args(argv)
    documents = require_documents([read_timeml(path) for path in sorted(args.folder.glob("*.tml"))], args.folder,
                                  "TimeML documents (*.tml)")
    nlp = load_pipeline(args.pipeline)
    systems: dict[str, System] = {"toolkit": partial(toolkit_system, nlp=nlp)}
    if args.rules_only:
        systems["toolkit_rules_only"] = rules_only_system
    if args.baseline == "dateparser":
        systems["dateparser"] = dateparser_system
    report = {}
    for name, system in systems.items():
        result = score(documents, system)
        report[name] = result.summary()
        if args.errors:
            report[name]["errors"] = result.errors
    report = {"documents": len(documents), "pipeline": pipeline_source(nlp).name, **report}
    print(json.dumps(report, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(run_scorer(main))
