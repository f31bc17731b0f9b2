#!/usr/bin/env python3
"""Regenerate ``countries.csv`` and validate the data tables in ``toolkit/resources/``.

Usage::

    python scripts/build_resources.py              # rebuild countries.csv, then validate every table
    python scripts/build_resources.py --check      # validate only (countryinfo is not needed)
    python scripts/build_resources.py --normalise  # also re-sort the hand-written tables in place

Rebuilding needs the MIT-licensed ``countryinfo`` package (``pip install countryinfo==1.0.1``); it is
not a dependency of the toolkit, only of this script. ``countries.csv`` is the base data from
countryinfo with ``country_overrides.csv`` merged onto it; the three other tables are written by hand
and only validated here. ``toolkit/resources/README.md`` documents every table and the merge rules.

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


COUNTRY_COLUMNS = (
    "name",
    "kind",
    "iso2",
    "iso3",
    "aliases",
    "demonyms",
    "capital",
    "capital_aliases",
    "government_metonyms",
    "source",
)
COUNTRY_LIST_COLUMNS = ("aliases", "demonyms", "capital_aliases", "government_metonyms")
COUNTRY_SCALAR_OVERRIDES = ("name", "kind", "iso2", "capital")

TABLES: dict[str, TableSpec] = {
    "organisations": TableSpec(
        filename="organisations.csv",
        columns=("name", "aliases", "parent", "descriptions", "kind", "source"),
        kinds=frozenset({"intergovernmental", "organ", "agency", "court", "ngo", "alliance", "forum"}),
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
        columns=("name", "kind", "aliases", "country_iso3", "source"),
        kinds=frozenset({"continent", "region", "territory"}),
        list_columns=("aliases",),
        form_columns=("name", "aliases"),
        sources=frozenset({"curated"}),
    ),
    "groups": TableSpec(
        filename="groups.csv",
        columns=("name", "kind", "forms", "source"),
        kinds=frozenset({"religion", "ethnic", "political"}),
        list_columns=("forms",),
        form_columns=("name", "forms"),
        sources=frozenset({"curated"}),
    ),
}
PRECEDENCE = ("organisations", "countries", "regions", "groups")  # first table wins a shared form
CURATED_TABLES = ("organisations", "regions", "groups")

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
    if tuple(header) != COUNTRY_COLUMNS:
        sys.exit(f"{OVERRIDES_FILE}: header must be {','.join(COUNTRY_COLUMNS)}")
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
        if row.get("kind") not in spec.kinds:
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
        problems.append(f"{spec.filename}: rows are not sorted by name (fix with --normalise)")
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


def cross_table_overlaps(tables: Mapping[str, Sequence[Row]]) -> list[str]:
    """Forms found in more than one table, with the table that wins by PRECEDENCE (not an error)."""
    owners: dict[str, list[str]] = defaultdict(list)
    for table in PRECEDENCE:
        for row in tables[table]:
            for form in row_forms(TABLES[table], row):
                owners[form].append(f"{table}:{row['name']}")
    return [f"{form!r}: {' > '.join(names)}" for form, names in sorted(owners.items()) if len(names) > 1]


def check_overrides(countries: Sequence[Row]) -> list[str]:
    """The overrides file: standard format, one row per ISO code in ISO order, each used in countries.csv."""
    path = RESOURCES_DIR / OVERRIDES_FILE
    header, rows = read_table(path)
    problems = check_file_format(path)
    if tuple(header) != COUNTRY_COLUMNS:
        return [*problems, f"{OVERRIDES_FILE}: header {header} != {list(COUNTRY_COLUMNS)}"]
    codes = [row["iso3"] for row in rows]
    if codes != sorted(set(codes)):
        problems.append(f"{OVERRIDES_FILE}: rows must be sorted by iso3, each code once")
    known = {row["iso3"] for row in countries}
    problems += [f"{OVERRIDES_FILE}: {code} is not in countries.csv" for code in codes if code not in known]
    problems += [f"{OVERRIDES_FILE}: {row['iso3']}: source must be empty" for row in rows if row["source"]]
    return problems


def validate() -> tuple[dict[str, list[Row]], list[str]]:
    """Check the four tables and the overrides file; return the tables with the problems found."""
    tables: dict[str, list[Row]] = {}
    problems: list[str] = []
    for table, spec in TABLES.items():
        tables[table], table_problems = check_table(spec)
        problems += table_problems
    problems += check_countries(tables["countries"])
    problems += check_overrides(tables["countries"])
    problems += check_references(tables)
    return tables, problems


# --- Command line -----------------------------------------------------------------------------


def normalise_curated_tables() -> None:
    """Re-sort the hand-written tables and rewrite them with the standard CSV dialect."""
    for table in CURATED_TABLES:
        spec = TABLES[table]
        _, rows = read_table(RESOURCES_DIR / spec.filename)
        write_table(RESOURCES_DIR / spec.filename, spec.columns, sorted_rows(rows))


def print_summary(tables: Mapping[str, Sequence[Row]]) -> None:
    """Row counts per table and per kind (and per source for countries)."""
    for table in PRECEDENCE:
        rows = tables[table]
        kinds = ", ".join(f"{kind} {count}" for kind, count in sorted(count_by(rows, "kind").items()))
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


def main(argv: Sequence[str] | None = None) -> int:
    """Rebuild countries.csv (unless --check), validate every table, print counts and problems."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="validate only; do not rebuild countries.csv")
    parser.add_argument("--normalise", action="store_true", help="re-sort the hand-written tables in place")
    parser.add_argument("--overlaps", action="store_true", help="list the forms shared across tables")
    args = parser.parse_args(argv)

    problems: list[str] = []
    if not args.check:
        rows, problems = build_countries()
        write_table(RESOURCES_DIR / TABLES["countries"].filename, COUNTRY_COLUMNS, rows)
        print(f"wrote {TABLES['countries'].filename} ({len(rows)} rows)")
    if args.normalise:
        normalise_curated_tables()
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
