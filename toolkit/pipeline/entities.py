"""Rule component that completes and corrects the statistical model's entities: ``toolkit_entities``.

It runs after ``ner`` and works with any pipeline (the toolkit's own, whose model knows PERSON/ORG/LOC, or
an ``en_core_web_*`` one). Its knowledge is data (``toolkit/resources``):

1. **Tables.** Countries, capitals and seats of government are GPE, regions LOC, international
   organisations ORG, demonyms and religious, ethnic and political groups NORP. A table match replaces a
   model entity it covers exactly or extends ("UN General" -> "UN General Assembly"), and fills gaps; a
   longer model entity that contains it wins ("Kurdistan Regional Government" stays ORG).
2. **Descriptors.** A name beside an organisation noun is an ORG ("the resistance movement X", "X party");
   a name beside a role or title noun is a PERSON ("spokesman X", "X, a spokeswoman for ...",
   "the head of ..., X").
3. **Works, events and institutions** (:mod:`.works`, :mod:`.institutions`): "the Davis Cup Finals" is an
   EVENT, "the film Mara" a WORK_OF_ART, "the Hong Kong police" one ORG, not the place.
4. **One name, one type.** Within a document every mention of a name gets the type of its best evidence
   (descriptor > table > the model's majority), a person's surname alone is that person's type, and
   mentions the model missed are added.

>>> from toolkit.pipeline import load_pipeline  # doctest: +SKIP
>>> nlp = load_pipeline()                      # doctest: +SKIP
>>> [(e.text, e.label_) for e in nlp("Kenyan officials met in Nairobi.").ents]  # doctest: +SKIP
[('Kenyan', 'NORP'), ('Nairobi', 'GPE')]
"""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import pairwise

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..lang import syntax
from ..lang.calendar import FULL_NAMES
from ..lang.labels import NAME_LABELS, NUMERIC_LABELS
from ..lang.labels import PERSON_LABELS as _PERSON_LABELS
from ..lang.lexicon import descriptors, gazetteer, given_names, word_list, word_map
from ..lang.verbs import is_reporting_word
from .dateline_places import dateline_places
from .entity_types import one_type_per_name, type_evidence
from .institutions import institution_names
from .organisations import complete_organisation, extend_organisation
from .works import work_or_event

__all__ = ["NAME_PARTICLES", "PLACE_NOUNS", "EntityRules"]



class EntityRules:
    """The ``toolkit_entities`` component (see the module docstring)."""

    def __init__(self, nlp: Language):
        self.matcher = PhraseMatcher(nlp.vocab)
        by_label: dict[str, list[str]] = defaultdict(list)
        for form, (label, _) in gazetteer().items():
            by_label[label].append(form)
        for label, forms in sorted(by_label.items()):
            self.matcher.add(label, list(nlp.tokenizer.pipe(sorted(forms))))
        self.descriptors = descriptors()
        self.given_names = given_names()

    def __call__(self, doc: Doc) -> Doc:
        evidence: dict[tuple[int, int], str] = {}
        ents = [name for e in doc.ents if not _calendar_word(e) for name in _name_parts(doc, e)]
        ents = [part for e in _join_name_parts(doc, ents) for part in self._split_title(doc, e)]
        ents = filter_spans([_extend_person(doc, e) for e in ents + self._titled_names(doc, ents)])
        for ent in ents:
            evidence.setdefault((ent.start, ent.end), "model")
        ents = self._merge_tables(doc, ents, evidence)
        ents = dateline_places(doc, ents, evidence)
        ents = [self._descriptor_label(doc, ent, evidence) for ent in ents]
        ents += self._described_names(doc, ents, evidence)
        ents = [complete_organisation(doc, e) if e.label_ in NAME_LABELS | _PERSON_LABELS else e for e in ents]
        ents = [e for e in ents if not self._common_noun_opening_a_sentence(e)]
        ents = institution_names(doc, [work_or_event(doc, e) for e in ents], evidence)
        ents = one_type_per_name(doc, ents, evidence)
        doc.ents = filter_spans(ents)
        doc.spans["toolkit_type_evidence"] = type_evidence(doc, evidence)
        return doc

    def _common_noun_opening_a_sentence(self, ent: Span) -> bool:
        """"Gunmen attacked ...", "Floods have ...", "Nationally, dealers ...": one word that opens a sentence,
        tagged as a common noun (or as an adverb, a verb or an adjective that the text never capitalises
        elsewhere) and known to no table, is a capitalised word, not a name."""
        token = ent[0]
        if len(ent) != 1 or not _opens_a_sentence(token) or ent.label_ not in NAME_LABELS | _PERSON_LABELS or \
                token.text in gazetteer() or token.text in self.given_names:
            return False
        if token.pos_ == "NOUN":
            return True
        return token.pos_ in ("ADV", "VERB", "ADJ") and ent.label_ != "NORP" and not any(
            t.text == token.text and not _opens_a_sentence(t) for t in token.doc)

    # ----------------------------------------------------------------------------------------- titles
    def _split_title(self, doc: Doc, ent: Span) -> list[Span]:
        """"US President Jane Doe" -> "US" + "Jane Doe" (PERSON): a capitalised title inside a name splits it;
        so does a group or party word in front of a person ("Republican Jane Doe" -> NORP + PERSON)."""
        table = gazetteer()
        if ent.label_ in _PERSON_LABELS and len(ent) > 2 and table.get(ent[0].text, ("",))[0] == "NORP":
            return [Span(doc, ent.start, ent.start + 1, label="NORP"),
                    *self._split_title(doc, Span(doc, ent.start + 1, ent.end, label=ent.label_))]
        for k in range(len(ent) - 2, -1, -1):
            token = ent[k]
            if token.is_title and self.descriptors.get(token.lower_) == "PERSON" and ent[k + 1].is_title:
                rest = ent[k + 1:]
                if ent.label_ == "ORG" and len(rest) == 1 and rest[0].text not in self.given_names:
                    continue  # the model's ORG "General Motors" is a company, not General Motors the officer
                parts = [Span(doc, ent.start + k + 1, ent.end, label="PERSON")]
                head_end = ent.start + k
                while head_end > ent.start and doc[head_end - 1].is_title and \
                        self.descriptors.get(doc[head_end - 1].lower_) == "PERSON":
                    head_end -= 1  # "Foreign Minister": both words are the title
                if head_end > ent.start:
                    head_label = ent.label_ if ent.label_ not in _PERSON_LABELS else "ORG"
                    parts.insert(0, Span(doc, ent.start, head_end, label=head_label))
                return parts
        return [ent]

    def _titled_names(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """Names right after a capitalised title that the model missed ("Chancellor Jane Doe")."""
        taken = {i for e in ents for i in range(e.start, e.end)}
        found = []
        for token in doc[:-1]:
            if not (token.is_title and self.descriptors.get(token.lower_) == "PERSON"):
                continue
            end = token.i + 1
            while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title and end not in taken and \
                    doc[end].lower_ not in self.descriptors:
                end += 1
            if end > token.i + 1:
                found.append(Span(doc, token.i + 1, end, label="PERSON"))
        return found

    # ----------------------------------------------------------------------------------------- tables
    def _merge_tables(self, doc: Doc, ents: list[Span], evidence: dict) -> list[Span]:
        found = filter_spans([Span(doc, start, end, label=match_id) for match_id, start, end in self.matcher(doc)])
        for match in found:
            overlapping = [e for e in ents if e.start < match.end and match.start < e.end]
            if any(_contains(e, match) and len(e) > len(match) and e.label_ in NAME_LABELS | _PERSON_LABELS and
                   self._is_one_name(e, match) for e in overlapping):
                continue  # a longer name the model found: "Kurdistan Regional Government", "George Washington"
            # else the table's name replaces the entity around it: a country inside a law or a work ("the
            # Constitution of the United States"), a place glued to a word that is no name ("Nairobi al-Markaz")
            if any(e.label_ in _PERSON_LABELS and (e.start, e.end) == (match.start, match.end)
                   and _is_part_of_longer_person(doc, ents, e) for e in overlapping):
                continue  # "Jordan" after "Michael Jordan" stays a person
            if any(not _contains(match, e) and not _contains(e, match) for e in overlapping):
                continue  # crossing spans: keep the model's
            ents = [e for e in ents if e not in overlapping] + [match] + \
                [rest for e in overlapping if _contains(e, match) for rest in self._name_after(doc, e, match)]
            evidence[(match.start, match.end)] = "table"
        return ents

    def _is_one_name(self, longer: Span, known: Span) -> bool:
        """Is the model's longer entity one name around the table's ("New York Knicks", "Bank of England"),
        rather than a place glued to words that are no name ("Nairobi al-Markaz") or to another name ("European
        Union and NATO", "European Union Gordon Sondland")? Its other words are all capitalised (small connecting
        words aside), or one of them is a capitalised organisation or role noun (not "Republican nominee")."""
        others = [t for t in longer if not known.start <= t.i < known.end]
        if self._name_after(longer.doc, longer, known):
            return False
        return any(t.lower_ in self.descriptors and not t.is_lower for t in others) or \
            all(t.is_title or t.is_upper or t.lower_ in _CONNECTING_WORDS or t.is_punct for t in others)

    def _name_after(self, doc: Doc, longer: Span, known: Span) -> list[Span]:
        """Another name glued after the table's inside the model's entity: after "and" ("the United Nations and
        European Union"), or a person's beginning with a given name ("European Union Gordon Sondland")."""
        start = known.end + (known.end < longer.end and doc[known.end].lower_ in ("and", "&"))
        rest = doc[start:longer.end]
        if known.start != longer.start or not len(rest) or not all(t.is_title or t.is_upper for t in rest) or \
                any(t.lower_ in self.descriptors for t in rest):
            return []
        if start > known.end:
            return [Span(doc, start, longer.end, label=longer.label_)]
        return [Span(doc, start, longer.end, label="PERSON")] if len(rest) >= 2 and \
            rest[0].text in self.given_names else []

    # ----------------------------------------------------------------------------------------- descriptors
    def _descriptor_label(self, doc: Doc, ent: Span, evidence: dict) -> Span:
        if evidence.get((ent.start, ent.end)) == "table" or ent.label_ not in NAME_LABELS | {"PER"}:
            return ent
        label = self._cue(doc, ent)
        if label is None:
            return ent
        evidence[(ent.start, ent.end)] = "descriptor"
        return Span(doc, ent.start, ent.end, label=label)

    def _cue(self, doc: Doc, ent: Span) -> str | None:
        before = doc[ent.start - 1] if ent.start > 0 else None
        after = doc[ent.end] if ent.end < len(doc) else None
        if before is not None and before.lower_ in self.descriptors:  # "movement X", "spokesman X", "Ms X"
            return self.descriptors[before.lower_]
        if any(t.is_title and self.descriptors.get(t.lower_) == "ORG" for t in ent):
            return "ORG"  # "Consumer Technology Association", "University of X", "Royal Navy"
        if len(ent) > 1 and ent[0].text in self.given_names and ent[-1].is_title and \
                not _ends_in_place_noun(ent):  # not "Charles de Gaulle Airport"
            return "PERSON"  # "Kori Schulman"
        if after is not None and self.descriptors.get(after.lower_) == "ORG" and ent.label_ not in _PERSON_LABELS:
            return "ORG"  # "X party", "X movement"
        if after is not None and after.text == ",":  # "X, a spokeswoman for ...", "X, head of ..."
            for token in doc[ent.end + 1:min(ent.end + 4, len(doc))]:
                if token.pos_ in ("NOUN", "PROPN") and token.lower_ in self.descriptors:
                    apposed = syntax.functions_as(token, syntax.APPOSITION | syntax.CONJUNCT)
                    return self.descriptors[token.lower_] if apposed or token.head.i < ent.end else None
                if token.pos_ not in ("DET", "ADJ"):
                    break
        if before is not None and before.text == "," and self._person_phrase_before(doc, ent.start - 1):
            return "PERSON"  # "the head of the bureau, X"
        return None

    def _described_names(self, doc: Doc, ents: list[Span], evidence: dict) -> list[Span]:
        """Runs of capitalised proper nouns the model missed, kept when a descriptor types them."""
        taken = {i for e in ents for i in range(e.start, e.end)}
        acronyms = {t.text for t in doc if t.is_upper and t.is_alpha and 2 <= len(t) <= 6}
        found = []
        i = 0
        while i < len(doc):
            end = i
            while end < len(doc) and end not in taken and (doc[end].pos_ in ("PROPN", "NOUN") or
                                                           self._unknown_adjective_before_a_name(doc, end)) and \
                    doc[end].is_title and self.descriptors.get(doc[end].lower_) != "PERSON" and \
                    (doc[end].pos_ in ("PROPN", "ADJ") or self.descriptors.get(doc[end].lower_) == "ORG") and \
                    not (end == doc[end].sent.start and doc[end].pos_ == "NOUN"):
                end += 1
            has_name = any(doc[k].pos_ in ("PROPN", "ADJ") and doc[k].lower_ not in self.descriptors
                           for k in range(i, end))
            if end > i and has_name:
                run = Span(doc, i, end, label="PERSON")
                label = self._cue(doc, run)
                if label is None and end - i > 1 and "".join(t.text[0] for t in run) in acronyms:
                    label = "ORG"  # "Goddard Flight Center" when the text also calls it "GFC"
                if label is not None:
                    found.append(Span(doc, i, end, label=label))
                    evidence[(i, end)] = "descriptor"
            i = max(end, i + 1)
        return found

    def _unknown_adjective_before_a_name(self, doc: Doc, i: int) -> bool:
        """"Penhallow Industries Inc.", "Trident Automotive": a capitalised word no table knows, which a tagger
        read as an adjective, right before a proper noun (not "Chinese", "Former")."""
        token = doc[i]
        return token.pos_ == "ADJ" and token.is_title and i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN" and \
            token.text not in gazetteer() and token.lower_ not in _COMMON_CAPITALISED and not token.is_stop

    def _person_phrase_before(self, doc: Doc, comma: int) -> bool:
        """Is the noun phrase just before this comma headed by a person noun ("the head of Y")?"""
        for token in reversed(doc[max(0, comma - 8):comma]):
            if token.pos_ in ("VERB", "AUX") or token.text in ",;:.":
                return False
            if token.lower_ in self.descriptors and token.pos_ == "NOUN":
                return self.descriptors[token.lower_] == "PERSON" and doc[token.i - 1].lower_ in _ARTICLES
        return False


# Small words inside names ("Bank of England", "Trinidad and Tobago").
_CONNECTING_WORDS = word_list("name_connectors")
_ARTICLES = word_list("articles")
_DETERMINERS = word_list("determiners")
_POSSESSIVE_ENDINGS = word_list("possessive_endings")
_POSITION_LETTERS = frozenset({"C", "F", "G"})  # a basketball box score's "F Ana Reyes"; not "J K Rowling"
_WEEKDAYS = frozenset(word_map("weekdays"))  # "Ministry of Defence Tuesday"; not "Theresa May"


def _name_parts(doc: Doc, ent: Span) -> list[Span]:
    """The names in a model's entity, by the toolkit's conventions. Some models (OntoNotes-trained ones,
    such as en_core_web_sm) put words around the name in the span: a determiner or a stray possessive
    before it ("the United Nations", "The New York Times", so that every mention of a name has one form; not
    "The Hague" when the table knows it; "’s Hoa Lo"), a possessive ending ("Nairobi's") and punctuation after
    it, or an acronym in an unclosed bracket ("World Health Organization (WHO"), which is a name of its own. A
    facility (FAC: a building, an airport) is a place, LOC."""
    if ent.label_ in NUMERIC_LABELS:
        return [ent]
    # a facility is a place, and so is a "person" whose name ends in a place noun ("Lincoln Memorial")
    label = "LOC" if ent.label_ == "FAC" or (ent.label_ in _PERSON_LABELS and len(ent) > 1 and
                                             _ends_in_place_noun(ent)) else ent.label_
    words = list(range(ent.start, ent.end))
    bracket = next((i for i in words if doc[i].text == "(" and ")" not in doc[i:ent.end].text), None)
    pieces = [(ent.start, ent.end)] if bracket is None else [(ent.start, bracket), (bracket + 1, ent.end)]
    pieces = [piece for start, end in pieces for piece in _glued_names(doc, start, end, label)]
    parts = []
    for start, end in pieces:
        while end > start and (doc[end - 1].lower_ in _POSSESSIVE_ENDINGS | _CONNECTING_WORDS or
                               (doc[end - 1].is_punct and doc[end - 1].text not in ")]") or
                               (end - 1 > start and (_trailing_figure(doc[end - 1], label) or (
                                   label not in _PERSON_LABELS and doc[end - 1].text in _WEEKDAYS)))):
            end -= 1
        if label in NAME_LABELS | _PERSON_LABELS and not any(c.isalpha() for c in doc[start:end].text):
            continue  # "(2)" typed PERSON: a number, no name
        first = doc[start] if start < end else None
        if first is not None and end - start > 1 and (first.lower_ in _DETERMINERS | _POSSESSIVE_ENDINGS or (
                first.text in _POSITION_LETTERS and end - start > 2 and doc[start + 1].is_title and
                len(doc[start + 1]) > 1)) and \
                doc[start:end].text not in gazetteer():
            start += 1  # "the", a stray "’s", a player's position ("F Hamidou Diallo")
        if end > start:  # what a person owns is not that person ("Jeff Bezos’s" "Blue Origin")
            owned = start > ent.start and doc[start - 1].lower_ in _POSSESSIVE_ENDINGS and label in _PERSON_LABELS
            same = (start, end, label) == (ent.start, ent.end, ent.label_)
            parts.append(ent if same else Span(doc, start, end, label="ORG" if owned else label))
    return parts


def _glued_names(doc: Doc, start: int, end: int, label: str) -> list[tuple[int, int]]:
    """Names a model glued into one entity, apart: at a colon ("Ana Reyes: Dealing"), at a verb ("Garrett hit
    Rudolph"), in a person's name at any lower-case word that is no name particle ("Volker and Morrison"), and
    at the possessive of a person's full name or of an acronym ("Jeff Bezos’s Blue Origin", "NASA’s Office of
    the Inspector General"; not "McDonald’s Corp"), and at "and" before a person's full name ("Blue Origin and
    Elon Musk"; not "Marks and Spencer"). The pieces with no capitalised word are dropped."""
    cuts = [i for i in range(start + 1, end - 1) if (doc[i].text == ":" and label in NAME_LABELS | _PERSON_LABELS) or (
        doc[i].is_lower and doc[i].is_alpha and (doc[i].pos_ in ("VERB", "AUX") or (
            label in _PERSON_LABELS and doc[i].lower_ not in NAME_PARTICLES and
            not (doc[i].lower_ == "the" and doc[i + 1].is_title)))) or  # "Catherine the Great"
        (doc[i].lower_ in _POSSESSIVE_ENDINGS and doc[i + 1].is_title and _owner_name(doc[start:i])) or
        (doc[i].lower_ == "and" and i + 2 < end and _owner_name(doc[i + 1:i + 3]))]  # "Blue Origin and Elon Musk"
    if not cuts:
        return [(start, end)]
    bounds = [start, *cuts, end]
    pieces = [(a + (a in cuts), b) for a, b in pairwise(bounds)]
    return [(a, b) for a, b in pieces if any(t.text[:1].isupper() for t in doc[a:b])]


def _owner_name(words: Span) -> bool:
    """A person's full name ("Jeff Bezos") or an acronym ("NASA") before a possessive inside an entity."""
    return (len(words) == 1 and words[0].is_upper and len(words[0]) >= 2) or \
        (2 <= len(words) <= 3 and words[0].text in given_names() and all(t.is_title for t in words))


_SCORE_OR_TICKER = re.compile(r"^(?:\(?\d+-\d+\)?|[A-Z]{2,}\d+|[A-Z]{2,}=)$")


def _trailing_figure(token, label: str) -> bool:
    """A figure glued to the end of a name: a score ("Ana Reyes 6-4"), a ticker ("Copper CMCU3", "Sterling
    GBP="), and after a person any word with a digit ("Holcomb's 2016")."""
    return bool(_SCORE_OR_TICKER.match(token.text)) or \
        (label in _PERSON_LABELS and any(c.isdigit() for c in token.text))


def _join_name_parts(doc: Doc, ents: list[Span]) -> list[Span]:
    """A person's name the model cut in two, typing the last word as something else ("Ana Maria" PERSON +
    "Ruiz" GPE): a one-word name right after a person, with nothing between, that the tables do not know,
    is the person's surname; after a city, a team's or a firm's name ("Oklahoma City" + "Thunder")."""
    joined: list[Span] = []
    for ent in ents:
        previous = joined[-1] if joined else None
        if previous is not None and previous.label_ in _PERSON_LABELS and ent.start == previous.end and \
                len(ent) == 1 and len(previous) <= 3 and ent.label_ not in _PERSON_LABELS | NUMERIC_LABELS and \
                ent[0].pos_ == "PROPN" and ent[0].is_title and ent.text not in gazetteer():
            joined[-1] = Span(doc, previous.start, ent.end, label=previous.label_)
        elif previous is not None and previous.label_ == "GPE" and ent.start == previous.end and len(ent) == 1 and \
                ent.label_ in _PERSON_LABELS | {"ORG"} and ent[0].pos_ == "PROPN" and ent[0].is_title and \
                ent.text not in gazetteer():  # "Oklahoma City" + "Thunder": a team named after its city
            joined[-1] = Span(doc, previous.start, ent.end, label="ORG")
        else:
            joined.append(ent)
    return joined


# Lower-case particles inside personal names ("Lula da Silva", "van der Berg", "bin Salman").
NAME_PARTICLES = word_list("name_particles")
#: Nouns that end the name of a place or a building ("Golden Gate Bridge"), never a person's.
PLACE_NOUNS = word_list("place_nouns")
# Adjectives that open sentences and titles without being part of a name.
_COMMON_CAPITALISED = word_list("common_capitalised")


def _ends_in_place_noun(ent: Span) -> bool:
    """"Lincoln Memorial", "Charles de Gaulle Airport"; not the end of a hyphenated surname ("Waller-Bridge")."""
    last = ent[-1]
    return last.lower_ in PLACE_NOUNS and not (last.i > ent.start and last.doc[last.i - 1].text == "-")


def _join_hyphens(doc: Doc, ent: Span) -> Span:
    """A name never stops at a hyphen inside a word: "Ban Ki" + "-moon", "Rolls-" + "Royce"."""
    start, end = ent.start, ent.end
    # on the right: a capitalised part, or for a person a short lower-case syllable ("Ki-moon", "Geun-hye");
    # never a participle ("US-drafted", "Kenya-backed")
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and \
            not doc[end].whitespace_ and doc[end + 1].is_alpha and (
                doc[end + 1].is_title or (ent.label_ in _PERSON_LABELS and len(doc[end + 1]) <= 4 and
                                          not doc[end + 1].tag_.startswith(("VB", "JJ")))):
        end += 2
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ and \
            not doc[start - 2].whitespace_ and doc[start - 2].is_alpha and doc[start - 2].is_title:
        start -= 2
    return Span(doc, start, end, label=ent.label_) if (start, end) != (ent.start, ent.end) else ent


def _extend_person(doc: Doc, ent: Span) -> Span:
    """A person's name runs on over the capitalised proper nouns right after it ("Ana Maria" + "Ruiz"),
    and over name particles followed by one ("Luiz Inácio Lula" + "da Silva"); any name over a hyphen
    inside a word ("Ban Ki-moon")."""
    ent = _join_hyphens(doc, ent)
    if ent.label_ == "ORG":
        return extend_organisation(doc, ent)
    if ent.label_ not in _PERSON_LABELS:
        return ent
    while len(ent) > 1 and is_reporting_word(ent[-1].lower_):  # "Jane Doe Says" in a headline
        ent = Span(doc, ent.start, ent.end - 1, label=ent.label_)
    end = ent.end
    while end < len(doc):
        token = doc[end]
        if token.lower_ in NAME_PARTICLES and end + 1 < len(doc) and doc[end + 1].is_title and \
                doc[end + 1].pos_ == "PROPN":
            end += 2
        elif token.pos_ == "PROPN" and token.is_title and token.ent_iob_ != "B" and \
                not is_reporting_word(token.lower_) and token.text.rstrip(".") not in FULL_NAMES:
            end += 1  # not a headline's verb ("Jane Doe Says ...") nor a day ("Kamala Harris Tuesday rejected …")
        else:
            break
    return Span(doc, ent.start, end, label=ent.label_) if end > ent.end else ent


def _opens_a_sentence(token) -> bool:
    """A sentence's first word, or the first after a colon ("Ana Reyes: Dealing in …")."""
    return token.is_sent_start or (token.i > 0 and token.doc[token.i - 1].text == ":")


def _calendar_word(ent: Span) -> bool:
    """Days and months are dates (the timex component's), never names ("Wednesday" typed PERSON by a model)."""
    return all(t.text.rstrip(".") in FULL_NAMES or t.is_punct for t in ent)



def _contains(outer: Span, inner: Span) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def _is_part_of_longer_person(doc: Doc, ents: list[Span], ent: Span) -> bool:
    return any(e.label_ in _PERSON_LABELS and len(e) > len(ent) and e[-len(ent):].text == ent.text for e in ents)
