"""Special categories of personal data (health, religion, origin, detention), masked by
default with their category's label.

A category takes the words that state the fact: a prison stay with its verb and length
("zat twee jaar in de gevangenis", "est en prison"), a condition with its qualifier
("early onset dementia"), an origin with "uit", "from", "née à" ("uit eritrea", "née à
kinshasa"). Indirect identifiers that are offered for review instead: `rare_facts`.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from bot.privacy.account_countries import account_country
from bot.privacy.category_cues import cued_categories
from bot.privacy.category_phrases import (
    FIGURATIVE,
    HABIT,
    SIGHT,
    extra_categories,
    health_span,
    origin_start,
    religion_span,
    spoken,
)
from bot.privacy.detention import detention_span
from bot.privacy.health_general import group_of_an_origin, said_of_everyone, the_drinking
from bot.privacy.health_injuries import injuries
from bot.privacy.health_typos import misspelt_conditions
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import read_data
from bot.privacy.moods import a_figure_of_health, a_topic, an_image, no_faith
from bot.privacy.plain_phrases import feast_or_takeaway
from bot.privacy.religion_offices import office_of_another
from bot.privacy.tokens import TOKEN, PhraseIndex, Stems, readings, tokenise

Found = tuple[int, int, str]
CATEGORIES = ("health", "religion", "origin", "detention")
SERVED = lazy(
    r"(?i:\b(?:(?:\d+|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|half)\s+"
    r"(?:jaar|maanden|maand|weken)|een\s+tijdje|een\s+tijd)\s+(?:gezeten|vastgezeten|opgesloten|cel"
    r"|celstraf|effectief|voorwaardelijk(?!\s+(?!vrij|gekregen|opgelegd)[^\W\d_])|nat)\b)"
)
"""Time served, said without a word for prison: "hij heeft drie jaar gezeten"."""
JOIN = lazy(
    r"(?i:\s+(?:aan|met|van|op|with|to|from|of|on|de|d'|du|des|à|au|aux|after|na|après)\s+"
    r"|\s+(?:tot|to|uit|from|out\s+of)\s+(?:de|het|l'|the)?\s*|\s+)$"
)
"""Two words of one category, a small word between, are one span ("bekeerd tot de islam")."""
ORIGIN_APART = lazy(r"(?i:\s+(?:tot|to|uit|from|out\s+of)\s+|(?<=\brom)\s+d(?:e\s+|['’]\s*))")
"""An origin and a country after "uit", "from" are two facts ("Roma uit Roemenië", "rom de …";
the plural stays joined, "roms de serbie", as the frozen sets' writers label it)."""
ELIDED = lazy(r"(?i:[dl]['’])")
"""An elided article stays outside the span: "d'albanie", "l'hypertension"."""
SUFFIXES = {"health": ("kanker", "verslaving", "verslaafd", "stoornis", "stoornissen", "syndroom",
                       "patiënt", "patiënte", "ziekte", "tumor", "infarct", "depressie",
                       "psychose", "fobie", "phobie", "dementie", "medicatie", "psychiatrie",
                       "therapie")}  # fmt: skip
"""Dutch compounds end in their head word: "gokverslaving", "angststoornis", "hartpatiënt",
"kinderpsychiatrie", "gezinstherapie"."""
PREJUDICE = ("homo", "xeno", "islamo", "trans", "judeo", "lesbo", "bi", "afro", "negro", "roma")
"""Phobias that are prejudices held, not conditions (review30a)."""
SUFFIX_HINT = Stems(e for endings in SUFFIXES.values() for e in endings)
PRAYING = frozenset(["prays", "pray", "prayed", "praying", "bidt", "bidden", "bid", "bad",
                     "baden", "prie", "prient", "priait", "priaient", "prier"])  # fmt: skip
HOPING = lazy(
    r"(?i:\s+(?:(?:that|dat|que|qu['’]|pour\s+que|voor\s+(?:goed|beter)|it\s+(?:works|will"
    r"|goes|['’]ll)|for\s+(?:good|luck|the\s+best|a\s+miracle|sunshine|rain|dry))\b|(?:de\s+)?"
    r"(?:dat|que)\b))"
)
"""A verb of hope, not a practice: "she prays that it works out", "on prie pour que ça aille"."""
RELIGIOUS_HEADS = ("moslim", "islam", "joods", "christen", "katholiek")
"""Dutch compounds led by a faith: "moslimafkomst", "moslimjongeren", "christenfamilie"."""
RELIGIOUS_HINT = Stems(RELIGIOUS_HEADS)


@cache
def _phrases() -> dict[str, str]:
    phrases: dict[str, str] = {}
    section = ""
    for line in read_data("sensitive.txt"):
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
        elif section in CATEGORIES:
            phrases.update((read, section) for form in line.split() for read in readings(form))
            if section == "origin":
                phrases.update((plural, section) for plural in _plurals(line.split()))
    phrases.update((country.replace("_", " "), "origin") for country in read_data("countries.txt"))
    return phrases


def _plurals(forms: list[str]) -> Iterator[str]:
    """The plural of each one-word origin that takes an "s": "ukrainiens", "roumaines",
    "romanians", "oekraïners" (a family is named in the plural as often as a person)."""
    for form in forms:
        if "_" not in form and not form.endswith(("s", "x", "z", "sh", "ch", "ese")):
            yield form + "s"


def category_word(word: str) -> bool:
    """A word the special categories list on its own ("autiste", "moslim")."""
    return word.lower() in _phrases()


@cache
def _one_words(category: str) -> frozenset[str]:
    return frozenset(f for f, tag in _phrases().items() if tag == category and " " not in f)


@cache
def _index() -> PhraseIndex:
    return PhraseIndex(_phrases(), possessive=True)


@cache
def _parts() -> dict[str, str]:
    """One-word origins and religions, as parts of a hyphenated word ("roma-familie")."""
    kept = ("origin", "religion")
    return {form: category for form, category in _phrases().items()
            if " " not in form and "-" not in form and category in kept}  # fmt: skip


SOCIETY = lazy(
    r"(?i:\s+(?:van|of|de)\s+(?:(?:de|het|la|le|the|onze|ons|notre|nos|our|this|deze|cette|ce)"
    r"\s+)?(?:maatschappij|samenleving|society|société|wijk|buurt|quartier|neighbourhood|stad"
    r"|ville|city|wereld|world|monde|systeem|system|système|paperasse|administratie"
    r"|administration|bureaucratie|bureaucracy|paperwork|papierwinkel)\b)"
)
"""A condition as an image of a society or a time: "de kanker van de maatschappij"."""
NETWORKS = (
    r"mutualiteit|mutualité|mutualiteiten|ziekenfonds|vakbond|syndicat|onderwijs|enseignement"
    r"|school|scholen|école|ecole|écoles|hogeschool|universiteit|université|university|net"
    r"|netwerk|réseau|partij|parti|party|arbeidersbeweging|jeugdbeweging|ziekenhuis|hôpital"
    r"|thuiszorg|kinderopvang|basisschool|secundair|middelbare"
)
NETWORK_AFTER = lazy(rf"(?i:\s+(?:{NETWORKS})\b)")
NETWORK_BEFORE = lazy(rf"(?i:\b(?:{NETWORKS})\s+$)")
"""A network or a service named by its faith says nothing of anyone's own: "de christelijke
mutualiteit", "l'enseignement catholique", "een katholieke school"."""
PILLARS = frozenset(
    ["christelijk", "christelijke", "katholiek", "katholieke", "chrétien", "chrétienne",
     "chrétiens", "chrétiennes", "catholique", "catholiques", "christian", "catholic",
     "protestant", "protestantse", "protestante"]
)  # fmt: skip
"""Belgium's Christian networks serve everyone; a Jewish or Islamic school is rare and says
more, so it stays masked."""


def _network(text: str, start: int, end: int) -> bool:
    before = NETWORK_BEFORE.search(text, max(0, start - 25), start)
    return before is not None or NETWORK_AFTER.match(text, end) is not None


BELGIAN = frozenset(["belg", "belgisch", "belgische", "belge", "belgian", "belgo", "ex", "oud"])
"""The other half of a dual nationality ("marokkaans-belgisch") or a former faith ("ex-moslim")
is masked whole."""


def _hyphenated(text: str) -> Iterator[Found]:
    """An origin or religion joined to another word: "roma-familie" masks "roma",
    "marokkaans-belgisch" and "syrisch-koerdisch" the whole word."""
    parts = _parts()
    for match in tokenise(text)[0]:  # the tokens the phrase index read: no second scan
        word = match.group()
        if "-" not in word:
            continue
        pieces = word.lower().split("-")
        found = [parts.get(piece) for piece in pieces]
        if not any(found) or (found[0] is None and len(pieces) > 2):
            continue
        if all(f or piece in BELGIAN for f, piece in zip(found, pieces, strict=True)):
            yield match.start(), match.end(), next(f for f in found if f)
            continue
        position = match.start()
        for piece, category in zip(pieces, found, strict=True):
            if category:
                yield position, position + len(piece), category
            position += len(piece) + 1


def _compounds(text: str) -> Iterator[Found]:
    """Dutch compounds whose last part is a health word, or whose first part a faith, that
    the list does not hold whole."""
    if RELIGIOUS_HINT.in_text(text):
        for match in TOKEN.finditer(text):
            word = match.group().lower()
            if word.startswith(RELIGIOUS_HEADS) and len(word) >= 10 and "democra" not in word:
                yield match.start(), match.end(), "religion"
    if not SUFFIX_HINT.in_text(text):
        return
    for match in TOKEN.finditer(text):
        word = match.group().lower()
        if word.startswith(PREJUDICE):
            continue  # "homofobie": a prejudice held, no one's phobia
        for category, endings in SUFFIXES.items():
            if any(word.endswith(e) and len(word) >= len(e) + 3 for e in endings):
                yield match.start(), match.end(), category


def _found(text: str) -> list[Found]:
    found = [*_index().find(text), *_compounds(text), *extra_categories(text)]
    found += misspelt_conditions(text, _one_words("health"), _one_words("detention"))
    found += [*cued_categories(text), *injuries(text)]
    if "-" in text:
        found += _hyphenated(text)
    if "jaar" in text or "maand" in text or "weken" in text or "tijd" in text:
        found += [(m.start(), m.end(), "detention") for m in SERVED.finditer(text)]
    if not found:
        return found
    found.sort(key=lambda span: (span[0], -span[1]))
    merged: list[Found] = []
    for start, end, category in found:
        if merged and start < merged[-1][1]:
            continue
        joins = merged and merged[-1][2] == category and JOIN.fullmatch(text, merged[-1][1], start)
        if joins and category == "origin" and ORIGIN_APART.match(text, merged[-1][1]):
            joins = False
        if joins:
            merged[-1] = (merged[-1][0], end, category)
        else:
            merged.append((start, end, category))
    return merged


def special_categories(text: str) -> Iterator[Found]:
    """Health, religion, origin and detention, each with the words that state it; a prison
    takes its verb and the time served, not its article nor its town (a named prison is an
    organisation of its own: `organisations`)."""
    for start, end, category in _found(text):
        if category == "detention":
            span = detention_span(text, start, end)
            if span is None or an_image(text, start, end):
                continue
            if NOBODY.search(text, max(0, start - 25), start):
                continue  # "niemand opgepakt", "nobody was arrested": no one's detention
            start, end = span
        elif category == "health":
            if SOCIETY.match(text, end) or said_of_everyone(text, start):
                continue
            said = text[start:end].lower()
            if said in SIGHT and FIGURATIVE.match(text, end):
                continue
            if said.startswith(ADDICTED) and HABIT.match(text, end):
                continue  # "addicted to her phone": a manner of speaking
            if a_figure_of_health(text, said, start, end):
                continue
            start, end = health_span(text, *the_drinking(text, start, end))
        elif category == "religion":
            said = text[start:end].lower()
            if said in PILLARS and _network(text, start, end):
                continue
            if said in PRAYING and HOPING.match(text, end):
                continue
            if (
                no_faith(text, said, start, end)
                or office_of_another(text, said, start)
                or (
                    a_topic(text, start)  # "een vorming over radicalisering en islam"
                )
            ):
                continue  # "un voile dans la voix", "un foulard en hiver": images, clothes
            start, end = religion_span(text, start, end)
        elif category == "origin":
            if spoken(text, start, end) or _saint_of_a_place(text, start):
                continue
            if group_of_an_origin(text, start, end):
                continue  # "veel marokkaanse gezinnen wonen hier": no one's origin
            if feast_or_takeaway(text, start, end) or account_country(text, start, end):
                continue  # "nouvel an chinois", "eten bij de chinees": no one's origin
            start = origin_start(text, start)
        if ELIDED.match(text, start) and end - start > 2:
            start += 2
        yield start, end, category


ADDICTED = ("verslaafd", "addicted", "accro")
NOBODY = lazy(r"(?i:\b(?:niemand|nobody|no\s+one|personne|aucun|geen\s+mens)\b[^.,;:!?]{0,12}$)")
SAINT_FROM = lazy(r"(?i:\b(?:de|du|uit|van|from|of|à|in|naar|to)\s+$)")


def _saint_of_a_place(text: str, start: int) -> bool:
    """A saint's name that is also a country ("saint-martin") names a hospital or a church
    unless "from", "uit", "de" leads to it: "le centre neuropsychiatrique saint-martin"."""
    said = text[start : start + 7].lower()
    return said.startswith(("saint-", "sint-", "st-", "sainte-")) and not SAINT_FROM.search(
        text, max(0, start - 8), start
    )


def stated_before(text: str, first: int, start: int) -> Found | None:
    """A special category stated whole before a named place that it ran into: "zit in
    voorhechtenis in de gevangenis van Beveren", "pasteur dans l'église évangélique béthel".
    The category ends where its own phrase ends; the words that link it to the place stay.
    None when only a verb and a preposition lead to the place ("zit in de gevangenis van
    Beveren"): then the whole is one span."""
    phrases = [span for span in special_categories(text[:start]) if span[0] >= first]
    return (first, phrases[-1][1], phrases[-1][2]) if phrases else None
