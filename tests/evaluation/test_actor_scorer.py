"""The actor scorer (toolkit.evaluation.actors) on hand-written CoNLL-U and, where ../shared has GUM, two dev documents.

The small documents below are invented for these tests; their Entity brackets follow GUM's conventions.
"""

from __future__ import annotations

import pytest

from toolkit.evaluation import Scores
from toolkit.evaluation.actors import (
    ActorTally,
    Mention,
    Prediction,
    gold_mentions,
    head_of,
    match,
    pair_counts,
    parse_conllu,
    parse_entity,
    read_gum,
    score_documents,
    split_files,
)

# Columns: ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC (LEMMA, XPOS, FEATS, DEPS unused: "_").
DOCUMENT = """\
# newdoc id = invented
# newpar
# sent_id = invented-1
# text = Lena Okoro visited Velmar University in Velmar.
1	Lena	_	PROPN	_	_	3	nsubj	_	Entity=(1-person-new-cf1-1,2-coref-Lena_Okoro
2	Okoro	_	PROPN	_	_	1	flat	_	Entity=1)
3	visited	_	VERB	_	_	0	root	_	_
4	Velmar	_	PROPN	_	_	5	compound	_	Entity=(2-organization-new-cf2-1,2-coref(3-place-new-cf3-1-coref)
5	University	_	PROPN	_	_	3	obj	_	Entity=2)
6	in	_	ADP	_	_	7	case	_	_
7	Velmar	_	PROPN	_	_	3	obl	_	Entity=(3-place-giv:act-cf4-1-coref-Velmar)|SpaceAfter=No
8	.	_	PUNCT	_	_	3	punct	_	_

# sent_id = invented-2
# text = Okoro won't join the Society for the Study of Old Maps.
1	Okoro	_	PROPN	_	_	4	nsubj	_	Entity=(1-person-giv:act-cf1-1-coref-Lena_Okoro)
2-3	won't	_	_	_	_	_	_	_	_
2	wo	_	AUX	_	_	4	aux	_	_
3	n't	_	PART	_	_	4	advmod	_	_
4	join	_	VERB	_	_	0	root	_	_
5	the	_	DET	_	_	6	det	_	Entity=(4-organization-new-cf5-1-coref
6	Society	_	PROPN	_	_	4	obj	_	_
7	for	_	ADP	_	_	9	case	_	_
8	the	_	DET	_	_	9	det	_	_
9	Study	_	PROPN	_	_	6	nmod	_	_
10	of	_	ADP	_	_	12	case	_	_
11	Old	_	ADJ	_	_	12	amod	_	_
12	Maps	_	PROPN	_	_	9	nmod	_	Entity=4)|SpaceAfter=No
13	.	_	PUNCT	_	_	4	punct	_	_

# newpar
# sent_id = invented-3
# text = She met the mayor at the Port of Old Velmar.
1	She	_	PRON	_	_	2	nsubj	_	Entity=(1-person-giv:act-cf1-1-ana)
2	met	_	VERB	_	_	0	root	_	_
3	the	_	DET	_	_	4	det	_	Entity=(1-person-giv:act-cf2-2-coref
4	mayor	_	NOUN	_	_	2	obj	_	Entity=1)
5	at	_	ADP	_	_	7	case	_	_
6	the	_	DET	_	_	7	det	_	Entity=(5-place-new-cf3-2-coref
7	Port	_	PROPN	_	_	2	obl	_	_
8	of	_	ADP	_	_	10	case	_	_
9	Old	_	ADJ	_	_	10	amod	_	Entity=(6-place-new-cf4-2-coref-Old_Velmar
10	Velmar	_	PROPN	_	_	7	nmod	_	Entity=6)5)|SpaceAfter=No
11	.	_	PUNCT	_	_	2	punct	_	_
"""

TEXT = ("Lena Okoro visited Velmar University in Velmar. Okoro won't join the Society for the Study of Old Maps.\n\n"
        "She met the mayor at the Port of Old Velmar.")


@pytest.fixture(scope="module")
def document():
    return parse_conllu(DOCUMENT, "invented")


def texts(document, mentions):
    return [(m.entity, m.type, document.mention_text(m)) for m in mentions]


def test_the_text_is_rebuilt_from_the_surface_tokens_with_paragraphs(document):
    assert document.text == TEXT
    assert all(document.text[w.start:w.end] == w.form for w in document.words)


def test_the_words_of_a_multiword_token_get_their_part_of_its_span(document):
    wo, nt = document.words[9], document.words[10]
    assert (wo.form, nt.form) == ("wo", "n't")
    assert document.text[wo.start:nt.end] == "won't" and wo.end == nt.start
    assert document.words[11].head is None and wo.head == 11  # heads are document-wide word indexes


def test_forms_that_do_not_spell_the_surface_token_share_its_span():
    conllu = ("1-2\tgimme\t_\t_\t_\t_\t_\t_\t_\t_\n1\tgive\t_\tVERB\t_\t_\t0\troot\t_\t_\n"
              "2\tme\t_\tPRON\t_\t_\t1\tobj\t_\t_\n")
    words = parse_conllu(conllu).words
    assert [(w.start, w.end) for w in words] == [(0, 5), (0, 5)]


def test_brackets_one_word_concatenated_and_closing_together():
    assert parse_entity("(3-place-new-cf3-1-coref-Velmar)") == [("single", 3, "place")]
    assert parse_entity("(2-organization-new-cf2-1,2-coref(3-place-new-cf3-1-coref-Velmar)") == [
        ("open", 2, "organization"), ("single", 3, "place")]
    assert parse_entity("6)5)") == [("close", 6, ""), ("close", 5, "")]
    assert parse_entity("(7-object-new-cf1-1-coref)8)") == [("single", 7, "object"), ("close", 8, "")]
    # a Wikipedia title ending in digits is part of the opening bracket, not a closing one
    assert parse_entity("(9-event-new-cf1-1-coref-Velmar_Fair_1999)") == [("single", 9, "event")]
    with pytest.raises(ValueError):
        parse_entity("(broken")


def test_every_mention_is_read_with_nesting(document):
    assert sorted(texts(document, document.mentions), key=lambda t: (t[0], t[2])) == [
        (1, "person", "Lena Okoro"), (1, "person", "Okoro"), (1, "person", "She"), (1, "person", "the mayor"),
        (2, "organization", "Velmar University"), (3, "place", "Velmar"), (3, "place", "Velmar"),
        (4, "organization", "the Society for the Study of Old Maps"), (5, "place", "the Port of Old Velmar"),
        (6, "place", "Old Velmar")]


def test_a_closing_bracket_closes_the_latest_mention_of_its_id():
    rows = [("Velmar", "(7-place-new-cf1-1-coref"), ("Old", "(7-place-new-cf1-1-coref"), ("Town", "7)"),
            ("Hall", "7)")]
    conllu = "".join(f"{i}\t{form}\t_\tPROPN\t_\t_\t{0 if i == 4 else 4}\tx\t_\tEntity={entity}\n"
                     for i, (form, entity) in enumerate(rows, 1))
    document = parse_conllu(conllu)
    assert [document.mention_text(m) for m in document.mentions] == ["Old Town", "Velmar Old Town Hall"]
    with pytest.raises(ValueError, match="never closed"):
        parse_conllu("1\tVelmar\t_\tPROPN\t_\t_\t0\troot\t_\tEntity=(7-place-new-cf1-1-coref\n")


def test_the_head_is_the_word_whose_head_lies_outside_the_mention(document):
    heads = {document.mention_text(m): document.words[head_of(document, m)].form for m in document.mentions}
    assert heads["Lena Okoro"] == "Lena"
    assert heads["Velmar University"] == "University"
    assert heads["the Port of Old Velmar"] == "Port"
    assert heads["Old Velmar"] == "Velmar"
    assert heads["the mayor"] == "mayor"


def test_gold_keeps_names_of_people_organisations_and_places_up_to_six_words(document):
    # left out: the pronoun, "the mayor" (a noun head), the seven-word society
    assert [document.mention_text(m) for m in gold_mentions(document)] == [
        "Lena Okoro", "Velmar University", "Velmar", "Velmar", "Okoro", "the Port of Old Velmar", "Old Velmar"]


@pytest.mark.parametrize(("words", "kept"), [(6, True), (7, False)])
def test_the_word_limit(words, kept):
    """"Velmar Harbour Harbour ...": one place mention of ``words`` words headed by its first word."""
    entity = ["_"] * words
    entity[0], entity[-1] = "Entity=(8-place-new-cf1-1-coref", "Entity=8)"
    conllu = "".join(f"{i}\t{'Velmar' if i == 1 else 'Harbour'}\t_\tPROPN\t_\t_\t{0 if i == 1 else 1}\tx\t_\t"
                     f"{entity[i - 1]}\n" for i in range(1, words + 1))
    document = parse_conllu(conllu)
    assert len(document.mentions) == 1
    assert bool(gold_mentions(document)) is kept


def test_other_entity_types_are_not_gold():
    conllu = "1\tVelmar\t_\tPROPN\t_\t_\t2\tcompound\t_\tEntity=(9-event-new-cf1-1-coref\n" \
             "2\tFair\t_\tPROPN\t_\t_\t0\troot\t_\tEntity=9)\n"
    document = parse_conllu(conllu)
    assert len(document.mentions) == 1 and gold_mentions(document) == []


def test_pair_counts():
    assert pair_counts(["a", "a", "a", "b"], [1, 1, 2, 2]) == Scores(gold=3, system=2, matched=1)
    assert pair_counts(["a"], [1]) == Scores()
    assert pair_counts(["a", "b"], [1, 1]) == Scores(gold=0, system=1, matched=0)


def prediction(text: str, occurrence: int, actor: str) -> Prediction:
    start = -1
    for _ in range(occurrence):
        start = TEXT.index(text, start + 1)
    return Prediction(text, start, start + len(text), actor)


def test_matching_by_head_word_and_pairwise_scores(document):
    mentions = gold_mentions(document)
    predictions = [
        prediction("Lena Okoro", 1, "Lena Okoro"),
        prediction("Velmar University", 1, "Velmar University"),  # covers the nested "Velmar" too
        prediction("Velmar", 2, "Velmar"),
        prediction("Okoro", 2, "Lena Okoro"),
        prediction("Study", 1, "Study"),  # covers no gold head
        prediction("Port of Old Velmar", 1, "Velmar"),  # without "the"; a wrong merge with "Velmar"
    ]
    found = match(document, mentions, predictions)
    assert sorted(document.mention_text(m) for m in found) == [
        "Lena Okoro", "Okoro", "Velmar", "Velmar University", "the Port of Old Velmar"]
    scores = ActorTally()
    scores.add(document, found, len(mentions))
    summary = scores.summary()
    assert (summary["mentions"], summary["found"]) == (7, 5)
    assert (summary["pairs_both"], summary["pairs_predicted"], summary["pairs_gold"]) == (1, 2, 1)
    assert (summary["precision"], summary["recall"]) == (0.5, 1.0)
    assert scores.error_list() == [{"doc": "invented", "kind": "merged", "actors": ["Velmar", "Velmar"], "pairs": 1,
                                    "mentions": ["Velmar", "the Port of Old Velmar"]}]


def test_a_head_only_partly_covered_is_not_found(document):
    okoro = Mention(1, "person", 8, 8)
    assert document.mention_text(okoro) == "Okoro"
    start = TEXT.index("Okoro", 20)
    assert match(document, [okoro], [Prediction("Okor", start, start + 4, "X")]) == {}
    assert match(document, [okoro], [Prediction("Okoro won't", start, start + 11, "X")]) != {}


@pytest.fixture(scope="module")
def gum(shared):
    folder = shared / "corpora" / "ud_english_gum"
    if not (folder / "sources").is_dir():
        pytest.skip(f"needs the GUM corpus in {folder}, absent here")
    return folder


@pytest.mark.shared
def test_two_gum_dev_documents(gum):
    from toolkit.pipeline import load_pipeline

    dev = split_files(gum, "dev")
    assert dev and {p.stem.split("_")[1] for p in dev} <= {"news", "interview", "bio", "speech"}
    names = ["GUM_news_homeopathic", "GUM_interview_gaming"]  # the two shortest dev documents of those genres
    documents = [read_gum(gum / "sources" / f"{name}.conllu") for name in names]
    summary = score_documents(documents, load_pipeline()).summary()
    assert summary["documents"] == 2
    assert 0 < summary["found"] <= summary["mentions"]
    assert 0 <= summary["precision"] <= 1 and 0 <= summary["recall"] <= 1
    assert summary["found_share"] >= 0.6 and summary["f1"] >= 0.75  # measured: 39 of 50 found, F1 0.92
