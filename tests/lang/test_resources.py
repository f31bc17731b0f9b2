"""The word lists and data tables that are not place or organisation tables: well-formed, unique, used."""

from __future__ import annotations

import csv
import importlib.util
import re
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

from toolkit.lang.lexicon import COLUMNS, RESOURCES, table, word_list, word_map

ROOT = Path(__file__).resolve().parents[2]
TOOLKIT = ROOT / "toolkit"
BUILD_SCRIPT = ROOT / "scripts" / "build_resources.py"


@cache
def build_script():
    """scripts/build_resources.py as a module (it declares the curation tables' columns)."""
    spec = importlib.util.spec_from_file_location("build_resources", BUILD_SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclass looks its module up there
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[spec.name]
    return module


def rows(name: str) -> list[dict[str, str]]:
    with (RESOURCES / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def header(name: str) -> list[str]:
    with (RESOURCES / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
        return next(csv.reader(handle))


def test_build_resources_check_passes():
    """``scripts/build_resources.py --check`` validates every table (it needs nothing beyond Python)."""
    done = subprocess.run([sys.executable, str(BUILD_SCRIPT), "--check"], capture_output=True, text=True,
                          cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "all tables valid" in done.stdout


def test_every_table_is_declared_once_with_its_columns():
    assert sorted(path.stem for path in RESOURCES.glob("*.csv")) == sorted(COLUMNS)
    for name, columns in COLUMNS.items():
        assert tuple(header(name)) == columns, name
        assert table(name), name  # the loader reads it, and checks the header against the same declaration


def test_the_loader_refuses_a_table_whose_header_is_not_its_declared_columns(monkeypatch, tmp_path):
    import toolkit.lang.lexicon as lexicon

    (tmp_path / "nicknames.csv").write_text("name,short\nTom,Tommy\n", encoding="utf-8")
    monkeypatch.setattr(lexicon, "RESOURCES", tmp_path)
    lexicon.table.cache_clear()
    try:
        with pytest.raises(ValueError, match="header"):
            lexicon.table("nicknames")
    finally:
        monkeypatch.undo()
        lexicon.table.cache_clear()


def test_word_lists_are_sorted_unique_lowercase_and_each_is_used_in_the_code():
    entries = [(row["list"], row["word"]) for row in rows("word_lists")]
    assert entries == sorted(set(entries)), "sorted by list and word, no duplicates"
    assert all(word == word.strip().lower() and word for _, word in entries)
    code = "\n".join(path.read_text(encoding="utf-8") for path in TOOLKIT.rglob("*.py"))
    used = set(re.findall(r'word_list\("(\w+)"\)', code))
    assert {name for name, _ in entries} == used
    for name in used:
        assert word_list(name)


def test_word_values_are_sorted_unique_and_each_list_is_used_in_the_code():
    entries = [(row["list"], row["word"], row["value"]) for row in rows("word_values")]
    keys = [(name, word) for name, word, _ in entries]
    assert keys == sorted(set(keys)), "sorted by list and word, each word once per list"
    assert all(cell == cell.strip() and cell for entry in entries for cell in entry)
    code = "\n".join(path.read_text(encoding="utf-8") for path in TOOLKIT.rglob("*.py"))
    used = set(re.findall(r'word_map\("(\w+)"\)', code))
    assert {name for name, _ in keys} == used
    assert not used & {row["list"] for row in rows("word_lists")}, "a list's name says which table holds it"
    for name in used:
        assert word_map(name)


def test_word_values_that_are_numbers_or_dates_read_as_such():
    for name in ("number_words", "ordinals", "relative_offsets", "deictic_days", "months", "weekdays"):
        assert all(re.fullmatch(r"-?\d+", value) for value in word_map(name).values()), name
    assert all(re.fullmatch(r"\d\d-\d\d", value) for value in word_map("holidays").values())
    assert set(word_map("months").values()) == {str(month) for month in range(1, 13)}
    assert sorted(word_map("weekdays").values()) == [str(day) for day in range(7)]
    assert set(word_map("time_references").values()) == {"PRESENT_REF", "PAST_REF", "FUTURE_REF"}
    assert set(word_map("event_directions").values()) == {"after", "before"}


def test_an_unknown_word_list_is_an_error():
    with pytest.raises(KeyError, match="no word list"):
        word_list("no_such_list")
    with pytest.raises(KeyError, match="no word list"):
        word_map("no_such_list")


@pytest.mark.parametrize(("name", "key", "allowed"), [
    ("descriptors", "word", {"label": {"ORG", "PERSON"}, "kind": {"organisation", "person", "honorific"}}),
    ("stance_words", ("word", "kind"), {"kind": {"verb", "noun", "phrase", "prep"}, "stance": {"support", "oppose"},
                                        "negated": {"reverse", "none"}}),
    ("given_names", "name", {"sex": {"male", "female", "both"}}),
    ("role_groups", "group", {}),
    ("nicknames", "name", {}),
])
def test_lexicon_tables_have_unique_keys_and_known_values(name, key, allowed):
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


CURATION = Path(__file__).resolve().parents[2] / "scripts" / "curation"


def curation(name: str) -> list[dict[str, str]]:
    with (CURATION / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_curation_tables_have_their_declared_columns():
    declared = build_script().CURATION_COLUMNS
    assert sorted(path.stem for path in CURATION.glob("*.csv")) == sorted(declared)
    for name, columns in declared.items():
        with (CURATION / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
            assert tuple(next(csv.reader(handle))) == columns, name


@pytest.mark.parametrize("name", ["city_exclusions", "city_renames", "curated_cities"])
def test_city_curation_tables_are_keyed_by_geonames_id_with_a_name_and_country(name):
    rows = curation(name)
    ids = [row["geonameid"] for row in rows]
    assert all(i.isdigit() for i in ids) and len(ids) == len(set(ids)), f"{name}: ids are numbers, each once"
    assert all(row["geonames_name"].strip() == row["geonames_name"] != "" for row in rows)
    assert all(re.fullmatch(r"[A-Z]{2}", row["country"]) for row in rows)
    for row in rows:
        for alias in filter(None, row.get("aliases", "").split("|")):
            assert alias == alias.strip() and alias != row.get("news_name"), (name, row["geonameid"])


def test_city_exclusions_give_a_known_reason_and_no_city_is_both_left_out_and_renamed():
    exclusions = curation("city_exclusions")
    assert {row["reason"] for row in exclusions} <= set(build_script().EXCLUSION_REASONS)
    renamed = {row["geonameid"] for row in curation("city_renames")}
    assert not renamed & {row["geonameid"] for row in exclusions}
    assert all(row["news_name"] or row["aliases"] for row in curation("city_renames"))  # a rename changes something


def test_contested_cities_lie_in_territories_of_the_regions_table():
    territories = {row["name"] for row in table("regions")}
    rows = curation("contested_cities")
    names = [row["name"] for row in rows]
    assert len(names) == len(set(names)) and names == sorted(names)
    assert {row["territory"] for row in rows} <= territories


def test_the_resources_readme_lists_every_word_list_with_its_size():
    from collections import Counter

    folder = Path(RESOURCES)
    readme = (folder / "README.md").read_text(encoding="utf-8")
    for name in ("word_lists.csv", "word_values.csv"):
        with (folder / name).open(encoding="utf-8", newline="") as handle:
            sizes = Counter(row["list"] for row in csv.DictReader(handle))
        start = readme.index(f"## `{name}`")
        end = readme.find("\n## ", start + 5)
        documented = {list_name: int(size) for list_name, size in
                      re.findall(r"^\| `(\w+)` \| (\d+) \|", readme[start:end if end > 0 else None], re.M)}
        assert documented == dict(sizes), name
