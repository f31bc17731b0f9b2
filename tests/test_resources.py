"""The word lists and data tables that are not place or organisation tables: well-formed, unique, used."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from toolkit.lang.lexicon import RESOURCES, table, word_list

TOOLKIT = Path(__file__).resolve().parent.parent / "toolkit"


def rows(name: str) -> list[dict[str, str]]:
    with (RESOURCES / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def header(name: str) -> list[str]:
    with (RESOURCES / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
        return next(csv.reader(handle))


def test_word_lists_are_sorted_unique_lowercase_and_each_is_used_in_the_code():
    assert header("word_lists") == ["list", "word"]
    entries = [(row["list"], row["word"]) for row in rows("word_lists")]
    assert entries == sorted(set(entries)), "sorted by list and word, no duplicates"
    assert all(word == word.strip().lower() and word for _, word in entries)
    code = "\n".join(path.read_text(encoding="utf-8") for path in TOOLKIT.rglob("*.py"))
    used = set(re.findall(r'word_list\("(\w+)"\)', code))
    assert {name for name, _ in entries} == used
    for name in used:
        assert word_list(name)


def test_an_unknown_word_list_is_an_error():
    with pytest.raises(KeyError, match="no word list"):
        word_list("no_such_list")


@pytest.mark.parametrize(("name", "columns", "key", "allowed"), [
    ("descriptors", ["word", "label", "kind"], "word", {"label": {"ORG", "PERSON"},
                                                        "kind": {"organisation", "person", "honorific"}}),
    ("stance_words", ["word", "kind", "stance"], ("word", "kind"), {"kind": {"verb", "noun", "phrase", "prep"},
                                                          "stance": {"support", "oppose"}}),
    ("given_names", ["name", "sex", "rank"], "name", {"sex": {"male", "female", "both"}}),
    ("role_groups", ["group", "roles"], "group", {}),
    ("nicknames", ["name", "nicknames"], "name", {}),
])
def test_lexicon_tables_have_their_columns_unique_keys_and_known_values(name, columns, key, allowed):
    assert header(name) == columns
    keys = [tuple(row[k] for k in key) if isinstance(key, tuple) else row[key] for row in rows(name)]
    assert len(keys) == len(set(keys)), f"{name}: a {key} is listed twice"
    assert all(k and k == k.strip() for k in keys if isinstance(k, str))
    for column, values in allowed.items():
        assert {row[column] for row in rows(name)} <= values, f"{name}.{column}"
    assert table(name)  # the loader reads it


def test_given_name_ranks_are_positive_integers():
    assert all(row["rank"].isdigit() and int(row["rank"]) > 0 for row in rows("given_names"))


def test_role_groups_list_lowercase_roles_and_stance_words_do_not_contradict_each_other():
    for row in rows("role_groups"):
        roles = row["roles"].split("|")
        assert roles and all(role == role.strip().lower() for role in roles), row["group"]
    stances = {}
    for row in rows("stance_words"):
        assert stances.setdefault(row["word"], row["stance"]) == row["stance"], row["word"]


CURATION = Path(__file__).resolve().parent.parent / "scripts" / "curation"


def curation(name: str) -> list[dict[str, str]]:
    with (CURATION / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.mark.parametrize(("name", "columns"), [
    ("city_exclusions", ["geonameid", "geonames_name", "reason", "country"]),
    ("city_renames", ["geonameid", "geonames_name", "news_name", "aliases", "country"]),
    ("curated_cities", ["geonameid", "geonames_name", "news_name", "aliases", "country"]),
])
def test_city_curation_tables_are_keyed_by_geonames_id_with_a_name_and_country(name, columns):
    rows = curation(name)
    with (CURATION / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
        assert next(csv.reader(handle)) == columns
    ids = [row["geonameid"] for row in rows]
    assert all(i.isdigit() for i in ids) and len(ids) == len(set(ids)), f"{name}: ids are numbers, each once"
    assert all(row["geonames_name"].strip() == row["geonames_name"] != "" for row in rows)
    assert all(re.fullmatch(r"[A-Z]{2}", row["country"]) for row in rows)
    for row in rows:
        for alias in filter(None, row.get("aliases", "").split("|")):
            assert alias == alias.strip() and alias != row.get("news_name"), (name, row["geonameid"])


def test_city_exclusions_give_a_known_reason_and_no_city_is_both_left_out_and_renamed():
    exclusions = curation("city_exclusions")
    assert {row["reason"] for row in exclusions} <= {"word", "person", "other meaning", "district", "duplicate"}
    renamed = {row["geonameid"] for row in curation("city_renames")}
    assert not renamed & {row["geonameid"] for row in exclusions}
    assert all(row["news_name"] or row["aliases"] for row in curation("city_renames"))  # a rename changes something


def test_contested_cities_lie_in_territories_of_the_regions_table():
    territories = {row["name"] for row in table("regions")}
    rows = curation("contested_cities")
    names = [row["name"] for row in rows]
    assert len(names) == len(set(names)) and names == sorted(names)
    assert {row["territory"] for row in rows} <= territories
