"""The toolkit's data tables (``toolkit/resources/*.csv``), loaded once and shared.

Each table is documented, with its sources and licences, in ``toolkit/resources/README.md``.

>>> gazetteer()["Nairobi"]
('GPE', 'Kenya')
"""

from __future__ import annotations

import csv
from collections.abc import Iterator, Mapping
from functools import cache
from pathlib import Path
from types import MappingProxyType

__all__ = ["COLUMNS", "PRECEDENCE", "RESOURCES", "descriptors", "gazetteer", "given_names", "government_seats",
           "group_forms", "honorifics", "nickname_groups", "object_reporting_verbs", "organisation_descriptions",
           "quotation_only_verbs", "reporting_verbs", "role_groups", "table", "topic_prepositions", "word_list",
           "word_map"]

RESOURCES = Path(__file__).parent.parent / "resources"

_COUNTRY_COLUMNS = ("name", "kind", "iso2", "iso3", "aliases", "demonyms", "capital", "capital_aliases",
                    "government_metonyms", "source")

#: The columns of every table of ``resources/``, in order, declared once: :func:`table` refuses a file whose
#: header differs, ``scripts/build_resources.py`` writes and validates the tables by them, and
#: ``tests/lang/test_resources.py`` checks every file against them. This module needs nothing beyond Python, so
#: the build script loads it without importing the toolkit.
COLUMNS: dict[str, tuple[str, ...]] = {
    "cities": ("name", "aliases", "country_iso3", "population", "source"),
    "countries": _COUNTRY_COLUMNS,
    "country_overrides": _COUNTRY_COLUMNS,
    "descriptors": ("word", "label", "kind"),
    "given_names": ("name", "sex", "rank"),
    "groups": ("name", "kind", "forms", "source"),
    "nicknames": ("name", "nicknames"),
    "organisations": ("name", "aliases", "parent", "descriptions", "kind", "source"),
    "products": ("name", "aliases", "kind", "source"),
    "regions": ("name", "kind", "aliases", "country_iso3", "source"),
    "reporting_verbs": ("lemma", "kind", "object", "topics", "quotation_only"),
    "role_groups": ("group", "roles"),
    "stance_words": ("word", "kind", "stance", "negated"),
    "word_lists": ("list", "word"),
    "word_values": ("list", "word", "value"),
}


def _split(cell: str | None) -> list[str]:
    return [item.strip() for item in (cell or "").split("|") if item.strip()]


@cache
def table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of ``resources/<name>.csv`` as dicts (read once); its header must be the table's :data:`COLUMNS`."""
    with (RESOURCES / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if tuple(reader.fieldnames or ()) != COLUMNS[name]:
            raise ValueError(f"{name}.csv: header {reader.fieldnames} is not {list(COLUMNS[name])}")
        return tuple(reader)


@cache
def word_list(name: str) -> frozenset[str]:
    """The words of one list of ``resources/word_lists.csv`` (document nouns, report settings, ...).

    >>> "motion" in word_list("document_nouns")
    True
    """
    words = frozenset(row["word"] for row in table("word_lists") if row["list"] == name)
    if not words:
        raise KeyError(f"no word list {name!r} in word_lists.csv")
    return words


@cache
def word_map(name: str) -> Mapping[str, str]:
    """The words of one list of ``resources/word_values.csv`` with the value each carries (a number, a TIMEX3
    code, ...: the README says what each list's values are), read-only.

    >>> word_map("number_words")["twelve"], word_map("seasons")["fall"]
    ('12', 'FA')
    """
    values = {row["word"]: row["value"] for row in table("word_values") if row["list"] == name}
    if not values:
        raise KeyError(f"no word list {name!r} in word_values.csv")
    return MappingProxyType(values)


#: Where a form is in two tables, the first of these tables gives its label and canonical name (README,
#: "Conventions shared by all tables"); ``scripts/build_resources.py`` validates the tables by the same order.
PRECEDENCE = ("organisations", "countries", "regions", "cities", "groups", "products")


def _table_forms(name: str) -> Iterator[tuple[list[str], str, str]]:
    """(forms, label, canonical name) of every row of one of the :data:`PRECEDENCE` tables."""
    for row in table(name):
        if name == "organisations":
            yield [row["name"], *_split(row["aliases"])], "ORG", row["name"]
        elif name == "countries":
            yield [row["name"], *_split(row["aliases"])], "GPE", row["name"]
            yield _split(row["government_metonyms"]), "GPE", row["name"]
            yield [*_split(row["capital"]), *_split(row["capital_aliases"])], "GPE", \
                (_split(row["capital"]) or [row["name"]])[0]
            yield _split(row["demonyms"]), "NORP", row["name"]
        elif name == "regions":
            yield [row["name"], *_split(row["aliases"])], "LOC", row["name"]
        elif name == "cities":
            yield [row["name"], *_split(row["aliases"])], "GPE", row["name"]
        elif name == "groups":
            yield _split(row["forms"]), "NORP", row["name"]
        elif name == "products":  # software, devices, currencies, platforms: names, never actors
            yield [row["name"], *_split(row["aliases"])], "PRODUCT", row["name"]


@cache
def gazetteer() -> dict[str, tuple[str, str]]:
    """Surface form -> (entity label, canonical name) for every form in the tables.

    Countries, their capitals and the places that stand for their governments are ``GPE`` (canonical: the
    country for metonyms, the city for capitals); demonyms and religious, ethnic and political groups are
    ``NORP``; regions ``LOC``; other major cities ``GPE``; organisations ``ORG``. Where a form is in two tables
    the first table of :data:`PRECEDENCE` wins: organisations > countries > regions > cities > groups.
    """
    forms: dict[str, tuple[str, str]] = {}
    for name in PRECEDENCE:
        for items, label, canonical in _table_forms(name):
            for item in items:
                forms.setdefault(item, (label, canonical))
    return forms


@cache
def group_forms(kind: str) -> frozenset[str]:
    """Every form of the groups of one kind (``groups.csv``: ``political``, ``religion``, ``ethnic``).

    >>> "Republican" in group_forms("political"), "Catholic" in group_forms("political")
    (True, False)
    """
    return frozenset(form for row in table("groups") if row["kind"] == kind for form in _split(row["forms"]))


@cache
def descriptors() -> dict[str, str]:
    """Lower-case descriptor noun -> the entity label it gives a name beside it (ORG or PERSON)."""
    return {row["word"]: row["label"] for row in table("descriptors")}


@cache
def honorifics() -> frozenset[str]:
    """The descriptors that are honorifics ("mr.", "dame", "sir"): a person's, but never part of a role."""
    return frozenset(row["word"] for row in table("descriptors") if row["kind"] == "honorific")


@cache
def government_seats() -> dict[str, str]:
    """Place names that stand for a country's government ("Washington" -> "United States")."""
    return {form: row["name"] for row in table("countries") for form in _split(row["government_metonyms"])}


@cache
def nickname_groups() -> dict[str, frozenset[str]]:
    """A given name or one of its usual short forms -> the set of them all, lower case ("tom" -> {"thomas",
    "tom", "tommy"}): "Tom Berg" and "Thomas J. Berg" can be one person."""
    groups: dict[str, frozenset[str]] = {}
    for row in table("nicknames"):
        members = frozenset(n.lower() for n in [row["name"], *_split(row["nicknames"])])
        for member in members:
            groups[member] = groups.get(member, frozenset()) | members
    return groups


@cache
def given_names() -> dict[str, str]:
    """Common given names (US Census 1990 lists), minus forms of the other tables -> ``female``, ``male`` or
    ``both``: evidence that a multi-word name is a person's, and which pronoun can refer to them."""
    return {row["name"]: row["sex"] for row in table("given_names")}


@cache
def role_groups() -> dict[str, frozenset[str]]:
    """Role word or phrase -> the families it belongs to ("diplomat" -> {"diplomat"}; "head" -> {"leader"})."""
    families: dict[str, set[str]] = {}
    for row in table("role_groups"):
        for role in _split(row["roles"]):
            families.setdefault(role, set()).add(row["group"])
    return {role: frozenset(groups) for role, groups in families.items()}


@cache
def reporting_verbs() -> dict[str, str]:
    """Lemma -> kind (``speech`` or ``cognition``) of the verbs that report what someone said or thinks."""
    return {row["lemma"]: row["kind"] for row in table("reporting_verbs")}


@cache
def object_reporting_verbs() -> frozenset[str]:
    """Reporting verbs whose direct object alone can be the content ("condemned the attack")."""
    return frozenset(row["lemma"] for row in table("reporting_verbs") if row["object"] == "yes")


@cache
def topic_prepositions() -> dict[str, frozenset[str]]:
    """Lemma -> the prepositions besides "about", "on", "of" and "over" whose object is what the verb is about
    ("called for X", "warned against X"); "spoke for ten minutes" says nothing, so most verbs have none."""
    return {row["lemma"]: frozenset(row["topics"].split()) for row in table("reporting_verbs")}


@cache
def quotation_only_verbs() -> frozenset[str]:
    """Verbs that report speech only next to a quotation ("“…,” he continued"), never with a complement."""
    return frozenset(row["lemma"] for row in table("reporting_verbs") if row["quotation_only"] == "yes")


@cache
def organisation_descriptions() -> dict[str, str]:
    """Definite descriptions of organisations ("world body") -> canonical name ("United Nations")."""
    return {form.lower(): row["name"] for row in table("organisations") for form in _split(row["descriptions"])}
