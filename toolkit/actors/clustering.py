"""Clustering: entity mentions clustered into the people, organisations, places and groups an article is about.

Mentions of one actor are merged when

- the data tables give them one canonical name ("US", "U.S.", "United States"; "UN General Assembly",
  "General Assembly"; a seat of government such as "Washington" for the United States);
- a person's surname or first name alone follows the full name ("Okafor" after "Grace Okafor"); with
  two people of one surname, the most recent one;
- an acronym spells the initials of a longer name of the same type ("KRG" after "Kurdistan Regional Government").

Distinct names that only share a word are never merged ("Kurdistan Regional Government" and "Kurdistan
Workers' Party"; two people who share a surname). Each actor gets its canonical name (the table's, else the
longest name used), its type, its aliases, and the roles, affiliations and descriptors the article attaches
to it: "Kenyan Health Minister X" -> role "Health Minister", affiliation Kenya; "Y spokesman X" -> role
"spokesman", affiliation Y; "the resistance movement X" -> descriptor "resistance movement".
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span

from ..lang import syntax
from ..lang.labels import CORPORATE_SUFFIXES
from ..lang.labels import PERSON_LABELS as _PERSON
from ..lang.lexicon import descriptors, gazetteer, given_names, government_seats, nickname_groups, word_list, word_map
from .gender import assign_genders, stated_sex
from .model import Actor, is_actor_mention
from .references import (
    resolve_appositions,
    resolve_descriptions,
    resolve_organisation_speakers,
    resolve_personal_pronouns,
    resolve_pronoun_speakers,
)
from .roles import attach_titles

__all__ = ["NAME_PREFIXES", "POST_NOMINALS", "acronym_of", "cluster", "name_words", "same_name"]


def cluster(doc: Doc) -> list[Actor]:
    """The actors of a Doc (entities from the pipeline, ``toolkit_entities`` included), in order of first mention."""
    table = gazetteer()
    actors: list[Actor] = []
    by_key: dict[tuple[str, str], Actor] = {}
    for ent in (e for e in doc.ents if is_actor_mention(e)):
        label = "PERSON" if ent.label_ in _PERSON else ent.label_
        canonical = _canonical(ent, table)
        text = ent.text.strip()
        if label == "NORP" and canonical is not None:
            canonical = f"{canonical} (people)" if canonical in _country_names() else canonical
        actor = None
        if canonical is not None:
            actor = by_key.get((_family(label), canonical))
        if actor is None:
            actor = by_key.get((_family(label), text)) or _earlier_name(actors, ent, label)
        if actor is None:
            actor = Actor(canonical or text, label)
            actors.append(actor)
        actor.mentions.append(ent)
        if canonical is None and len(text) > len(actor.name) and (
                actor.name in text or same_name(name_words(actor.name), name_words(text), label)):
            actor.name = text  # the longest proper name becomes the canonical one
        for key in {(_family(label), text), (_family(label), actor.name)} | (
                {(_family(label), canonical)} if canonical else set()):
            by_key.setdefault(key, actor)
    actors = _merge_early_surnames(actors)
    for actor in actors:
        actor.type = Counter("PERSON" if m.label_ in _PERSON else m.label_ for m in actor.mentions).most_common(1)[0][0]
        if actor.type == "PERSON":
            actor.name = _without_titles(actor.name)
    actors = _merge_party_members(actors)
    attach_titles(doc, actors)
    for actor in actors:  # what honorifics and nouns state, before any pronoun is linked to it
        actor.gender = stated_sex(doc, actor) or "unknown"
    resolve_descriptions(doc, actors)
    resolve_appositions(doc, actors)
    # the safe pronoun links first (one person in reach; each states the person's gender as it is made), so
    # that "his family" keeps a later "She said" from that man
    resolve_personal_pronouns(doc, actors)
    resolve_pronoun_speakers(doc, actors)
    resolve_organisation_speakers(doc, actors)
    for actor in actors:
        actor.references.sort(key=lambda span: span.start)
    assign_genders(doc, actors)
    return actors


# Dependencies in which a place name acts: "Washington said", "Tehran's support" (not "in Tehran"); as the
# object of a preposition of dealings or of a verb that is no journey, it is dealt with: "a deal with Beijing",
# "sanctions against Moscow", "accused Beijing" (not "visited Beijing", "serves Bangkok").
_AGENTIVE = syntax.ACTIVE_SUBJECT | syntax.NOMINAL_SUBJECT | syntax.POSSESSOR | syntax.AGENT
_DEALINGS = frozenset({"with", "against", "under", "toward", "towards"})
# "talks between Washington and Beijing": "between" deals only after a word of relations (not "flights between")
_RELATIONS = frozenset({"talk", "talks", "tension", "tensions", "relation", "relations", "trade", "deal", "dispute",
                        "summit", "meeting", "agreement", "war", "conflict", "rift", "rivalry", "negotiation",
                        "negotiations"})


def _acts_as_a_government(ent: Span) -> bool:
    root = ent.root
    while syntax.functions_as(root, syntax.CONJUNCT) and root.head is not root:
        root = root.head  # "against the territory's government and Beijing": as its first conjunct
    if syntax.functions_as(root, _AGENTIVE):
        return True
    if syntax.functions_as(root, syntax.DIRECT_OBJECT):
        return root.head.lemma_.lower() not in word_list("journey_verbs")
    prepositions = [root.head] if root.head.pos_ == "ADP" else [c for c in root.children if c.pos_ == "ADP"]
    return any(p.lower_ in _DEALINGS or (p.lower_ == "between" and p.head.lemma_.lower() in _RELATIONS)
               for p in prepositions)


def _canonical(ent: Span, table: dict) -> str | None:
    """The table's canonical name; a seat of government stands for its country only when it acts
    ("Washington said", "Washington's sanctions") or is dealt with ("talks with Beijing", "sanctions against
    Moscow"), and is the city itself as a place ("in Washington", "flew to Beijing").
    An abbreviation whose last period the sentence's full stop took ("the U.S") is the abbreviation."""
    if ent.text not in table and ent.text + "." in table and "." in ent.text:
        return table[ent.text + "."][1]
    if ent.text not in table:
        return None
    seats = government_seats()
    if ent.text in seats and not _acts_as_a_government(ent):
        return ent.text
    return table[ent.text][1]


def _country_names() -> frozenset[str]:
    return frozenset(name for name, (label, canonical) in gazetteer().items() if label == "GPE" and name == canonical)


def _fold(word: str) -> str:
    """Spelling-insensitive form for matching names: case and apostrophe style ("O’Neill" = "O'Neill")."""
    return word.replace("’", "'").casefold()


def _merge_early_surnames(actors: list[Actor]) -> list[Actor]:
    """A surname used before the full name (a headline's "Varga ...", then "Lena Varga") joins the one
    person whose full name ends or starts with it; with two such people it stays apart."""
    people = [a for a in actors if a.type == "PERSON"]
    merged: set[int] = set()
    for short in people:
        if " " in short.name:
            continue
        owners = [a for a in people if a is not short and " " in a.name and short.name == a.name.split()[-1]] or \
            [a for a in people if a is not short and " " in a.name and short.name == a.name.split()[0]]
        if len(owners) == 1:  # the one person of that surname (else of that first name)
            owner = owners[0]
            owner.mentions = sorted([*owner.mentions, *short.mentions], key=lambda m: m.start)
            merged.add(id(short))
    return sorted((a for a in actors if id(a) not in merged), key=lambda a: a.first_start)


def _merge_party_members(actors: list[Actor]) -> list[Actor]:
    """A party's members as a group ("Democrats", "the Conservatives") join the party named in the article
    ("Democratic Party", "Conservative Party"): one actor, the party."""
    parties = {a.name.lower().removeprefix("the "): a for a in actors if a.type == "ORG" and a.name.endswith(" Party")}
    merged: set[int] = set()
    for members in (a for a in actors if a.type == "NORP" and a.name.endswith("s")):
        stem = members.name.removeprefix("the ")[:-1].lower()
        party = parties.get(f"{stem} party") or parties.get(f"{stem}ic party")
        if party is not None:
            party.mentions = sorted([*party.mentions, *members.mentions], key=lambda m: m.start)
            merged.add(id(members))
    return [a for a in actors if id(a) not in merged]


def _family(label: str) -> str:
    """Places are one family: a country typed GPE in one sentence and LOC in another is one actor."""
    return "PLACE" if label in ("GPE", "LOC") else label


def _earlier_name(actors: list[Actor], ent: Span, label: str) -> Actor | None:
    """An actor named before that this mention names again, shorter or fuller (see :func:`same_name`)."""
    words = name_words(ent.text)
    candidates = [a for a in actors if _family(a.type) == _family(label)]
    # the most recent compatible actor: with two people of one surname, the one named last (measured on GUM
    # train: leaving such a surname unlinked lost recall and bought no precision)
    named = [a for a in reversed(candidates) if any(same_name(name_words(n), words, label) for n in a.aliases)]
    if named:
        return named[0]
    if label != "ORG" and ent.text not in gazetteer():  # "Helix" typed PERSON after "Helix Corp"
        organisations = [a for a in actors if a.type == "ORG"]
        for actor in reversed(organisations):
            if any(same_name(name_words(name), words, "ORG") for name in actor.aliases):
                return actor
    if len(words) == 1 and words[0] not in CORPORATE_SUFFIXES and ent.text not in gazetteer():
        # "Tessarine" after "Tessarine Energy Corp", "Pirates" after "Pittsburgh Pirates": one organisation
        # of the article starts (or ends) with the word
        # ("Court" of "Supreme Court"; not "Obama" of "Obama administration")
        for position in (0, -1):
            owners = [a for a in actors if a.type == "ORG" and any(
                len(w := _without_suffix(name_words(n))) > 1 and w[position] == words[0] and
                (position == -1 or w[-1] not in word_map("institution_nouns")) for n in a.aliases)]
            if len(owners) == 1:
                return owners[0]
    if len(words) > 1:  # the long form after its acronym: "USI" ... "the University of Southern Indiana"
        for actor in reversed(actors):
            if any(n.isupper() and " " not in n and acronym_of(n, ent.text) for n in actor.aliases):
                return actor
    if len(ent) == 1 and ent[0].text.isupper():  # an acronym, whatever type its long form was given
        for actor in reversed(actors):
            if any(acronym_of(ent[0].text, name) for name in actor.aliases):
                return actor
    if label != "PERSON" and len(words) <= 2:  # a surname the model typed as something else ("Lind-Berger" ORG)
        owners = [a for a in actors if a.type == "PERSON" and
                  any(same_name(name_words(n), words, "PERSON") for n in a.aliases)]
        if len(owners) == 1 and ent.text not in gazetteer():
            return owners[0]
    return None


def _without_titles(name: str) -> str:
    """A person's canonical name without the titles in front ("Commissioner Elena Vasquez" -> "Elena
    Vasquez"); the aliases keep every form the text used."""
    words = name.split()
    while len(words) > 2 and descriptors().get(words[0].lower().rstrip(".")) == "PERSON":
        words = words[1:]
    return " ".join(words)


def name_words(text: str) -> list[str]:
    """A name's words for matching: spelling-folded, titles and honorifics in front left out ("Commissioner
    Grace Okafor" -> grace, okafor), a leading "the" dropped."""
    words = [_fold(w) for w in text.split()]
    while len(words) > 1 and (words[0] in NAME_PREFIXES or
                              descriptors().get(words[0].rstrip(".")) == "PERSON" or
                              descriptors().get(words[0]) == "PERSON"):
        words = words[1:]
    while len(words) > 1 and words[-1].rstrip(".,") in POST_NOMINALS:  # "Daniel Bernoulli FRS", "Jr."
        words = words[:-1]
    return words


#: Letters and suffixes after a person's name that are not part of it.
POST_NOMINALS = word_list("post_nominals")
#: Words in front of a name that are not part of it for matching ("the", "Saint", "St.").
NAME_PREFIXES = word_list("name_prefixes")


def same_name(known: list[str], mention: list[str], label: str) -> bool:
    """Does ``mention`` name the actor known as ``known``?

    - a person: the surname or the first name alone ("Okafor", "Grace"), a compound surname alone ("Abu
      Salem" for "Karim Abu Salem"), the first and last names without the middle ones ("Maria Kowalska" for
      "Maria Anna Kowalska", "Dwayne Hollis" for "Dwayne R. Hollis"), and the other way round;
    - an organisation: the same name without a corporate suffix ("Helix" for "Helix Corp"), or its last two
      words or more ("Coast Guard" for "United States Coast Guard").

    >>> same_name(["maria", "anna", "kowalska"], ["maria", "kowalska"], "PERSON")
    True
    >>> same_name(["anna", "lind-berger"], ["lind-berger"], "PERSON")
    True
    >>> same_name(["tom", "berg"], ["berg", "tom"], "PERSON"), same_name(["berg"], ["johann", "berg"], "PERSON")
    (False, False)
    >>> same_name(["thomas", "j.", "berg"], ["tom", "berg"], "PERSON")
    True
    >>> same_name(["maria", "fernandez", "de", "kirchner"], ["fernandez", "de", "kirchner"], "PERSON")
    True
    >>> same_name(["helix", "corp"], ["helix"], "ORG")
    True
    >>> same_name(["united", "states", "coast", "guard"], ["coast", "guard"], "ORG")
    True
    """
    if not known or not mention or known == mention:
        return bool(known) and known == mention
    if label == "PERSON":
        short, long = sorted((known, mention), key=len)
        if len(short) == 1:  # a surname or first name names someone named in full before, not the reverse
            return short is mention and short[0] in (long[-1], long[0])
        if short is mention and len(long) >= 3 and short == long[1:] and \
                (short[0] in word_list("name_particles") or short[0].title() not in given_names()):
            return True  # a compound surname alone: "Abu Salem" for "Karim Abu Salem" (not "Lena Varga" for
            # "Meet Lena Varga", a headline's verb glued to a name)
        if short[0] != long[0] and long[0] in nickname_groups().get(short[0], ()):  # "Tom Berg", "Thomas J. Berg"
            short = [long[0], *short[1:]]
        return short[0] == long[0] and short[-1] == long[-1] and _in_order(short, long)
    if label == "ORG":
        bare_known, bare_mention = _without_suffix(known), _without_suffix(mention)
        if bare_known and bare_known == bare_mention:
            return True
        short, long = sorted((bare_known, bare_mention), key=len)
        return len(short) >= 2 and long[-len(short):] == short
    return False


def _in_order(short: list[str], long: list[str]) -> bool:
    """Every word of ``short`` in ``long``, in the same order (an initial stands for nothing else)."""
    position = 0
    for word in short:
        try:
            position = long.index(word, position) + 1
        except ValueError:
            return False
    return True


def _without_suffix(words: list[str]) -> list[str]:
    while len(words) > 1 and words[-1] in CORPORATE_SUFFIXES:
        words = words[:-1]
    return words


def acronym_of(acronym: str, name: str) -> bool:
    """"KRG" of "Kurdistan Regional Government"; a hyphen splits words too ("PAWC", "Pan-African Water Council");
    an acronym of three letters or more may leave out one word at either end ("ATF" of "Bureau of Alcohol,
    Tobacco, Firearms and Explosives"; not "IDD" of "Australian Centre for Control of Iodine Deficiency
    Disorders").

    >>> acronym_of("ATF", "Bureau of Alcohol, Tobacco, Firearms and Explosives"), acronym_of("AT", "Alpha Tango Co")
    (True, False)
    >>> acronym_of("IDD", "Australian Centre for Control of Iodine Deficiency Disorders")
    False
    """
    parts = name.split()
    letters = "".join(p[0] for p in parts if p[0].isupper())
    hyphenated = "".join(w[0] for p in parts for w in p.split("-") if w and w[0].isupper())
    bare = acronym.replace(".", "")
    if len(parts) < 2 or not parts[-1][0].isupper():
        return False  # "U.S." is not "United States government"
    # a run of middle initials leaves out one word at most at either end
    return bare in (letters, hyphenated) or (len(bare) >= 3 and bare.isupper() and
                                             bare in (letters[:-1], letters[1:], letters[1:-1]))


# --------------------------------------------------------------------------------------------- titles
