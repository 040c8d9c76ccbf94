"""Institutions in shapes the kinds of `organisations` miss, as typed on a phone.

A numbered school ("l'école communale n°3", "école 7 d'anderlecht"), a royal athenaeum by
its initials and town ("het KA in mortsel"), a psychiatric hospital or mental-health centre
by its initials and town or name ("het opz geel", "cgg vagga"), a sports club of a town
("de voetbalclub van zelzate"), a school named after a person in lower case ("lycée émile
max") and a French care place named after its district ("maison médicale du nord").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.privacy.care_names import named_homes
from bot.privacy.category_cues import words_of
from bot.privacy.club_names import club_tail
from bot.privacy.hospital_names import hospitals_by_name
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import lexicon
from bot.privacy.name_cues import frequent
from bot.privacy.org_bare_kinds import bare_kinds
from bot.privacy.org_business_tails import business_tails
from bot.privacy.org_centres import named_centres
from bot.privacy.org_compound_kinds import (
    at_kinds,
    closed_trades,
    compound_kinds,
    school_words,
)
from bot.privacy.org_english_before import english_named_before
from bot.privacy.org_english_dutch import english_bare, english_dutch
from bot.privacy.org_english_leisure import english_leisure
from bot.privacy.org_english_shops import english_shops
from bot.privacy.org_french_articles import french_article_names
from bot.privacy.org_glued_brands import glued_brands
from bot.privacy.org_industries import industries
from bot.privacy.org_kind_after import NOT_A_NAME, named_before_kind
from bot.privacy.org_legal_forms import legal_forms
from bot.privacy.org_named_kinds import named_kinds
from bot.privacy.org_partnerships import partnerships
from bot.privacy.org_police_zones import police_zones
from bot.privacy.org_shapes import more_institutions
from bot.privacy.org_shop_names import shop_names
from bot.privacy.places import place_names
from bot.privacy.school_names import lower_case_schools
from bot.privacy.school_qualified import qualified_schools

Found = tuple[int, int, str]
NUMBERED = lazy(
    r"\b(?:école|ecole|basisschool|school)\s+(?:(?:communale|fondamentale|primaire|maternelle"
    r"|libre|gemeentelijke)\s+)?(?:(?:n°|no\.?|nr\.?|numéro|nummer|n(?=\d))\s*\d{1,3}"
    r"|(?<=communale\s)\d{1,3}|(?<=fondamentale\s)\d{1,3}|\d{1,3}(?=\s+(?:(?:de|van|in|te|à)\s|d['’])))\b"
)
LINK = lazy(r"\s+(?:(?:de|van|in|te|à)\s+|d['’]\s*)")
"""A school by its number, with its town when one follows."""
BY_TOWN = lazy(
    r"\b(?:ka|ki|go!\s+ka|kta|kti|vti|gti|sti|pz|pc|opz|upc|cgg|wgc|voetbalclub|sportclub|turnclub|judoclub"
    r"|kfc|fc|ks|sk|kvk|kvc|kv|rfc|rsc|vv|rc|kwc|rcs|sc|rwdm?|kvv|kc|bc|tc|as"
    r"|zwemclub|basketclub|volleybalclub|tennisclub|dansclub|club\s+de\s+(?:foot|football"
    r"|basket|judo|natation|tennis|danse|boxe|gym)|football\s+club|boxing\s+club|academie"
    r"|académie|muziekacademie|kunstacademie|cvo|(?:royal\s+|koninklijke\s+)?(?:judo|foot"
    r"|football|basket|tennis|boxing|rugby|hockey|karate|voetbal|atletiek)\s+club"
    r"|(?:scouts|chiro|ksa|kla|patro|guides|scoutsgroep|chirogroep)(?:\s+(?:meisjes|jongens"
    r"|\d+\w*))?)"
    r"\s+(?:(?:in|te|van|de|à|of|from)\s+|d['’]\s*)?"
)
"""Initials or a club before the town they name: "ka mortsel", "opz geel", "ks kermt", "vti
boom" (probe102); not "kso", a kind of schooling ("zit in het kso in mechelen": reader39)."""
BY_NAME = lazy(
    r"\b(?:cgg|pz|pc|opz|upc|chs|chp|(?:kta|kti|vti|gti|kso|cos|ka|ki|ti|jc|cvo)"
    r"(?=\s+(?:de|den|het|'t|ter|ten|le|la|les)\s))\s+((?:de|den|het|'t|ter|ten|le|la|les)\s+)?"
    r"([^\W\d_][\w'’-]{2,})(?:\s+(?:aux|des|du)\s+[^\W\d_][\w'’-]{2,})?"
)
"""A mental-health centre or psychiatric hospital by its own name: "cgg vagga", "chp le chêne
aux haies"; a technical school, athenaeum, youth centre or adult school by its article and
name: "kta de ring" (probe64), "vti ter dijle", "jc de kreuner", "cvo de linde" (#12,
forty-fourth session: probe108, probe110, probe120, probe121, probe125, probe126, probe130)."""
BY_PERSON = lazy(
    r"\b(?:lycée|lycee|athénée|athenee|collège|college|institut|instituut|école|ecole|atheneum"
    r"|lyceum|basisschool)\s+([^\W\d_][\w'’-]+)(?:\s+([^\W\d_][\w'’-]+))?"
)
"""A school named after a person: "lycée émile max", "école henri jaspar"."""
OF_DISTRICT = lazy(
    r"\b(?:maison\s+médicale|maison\s+medicale|centre\s+de\s+santé|maison\s+de\s+repos"
    r"|maison\s+de\s+quartier|maison\s+des\s+jeunes)\s+(?:du|des|de\s+la)\s+([^\W\d_][\w'’-]+)"
)
GENERIC = frozenset(["quartier", "coin", "village", "centre", "ville", "commune", "cpas",
                     "secteur", "monde", "coeur", "cœur", "cité", "même", "groupe"])  # fmt: skip
"""Words after "maison médicale du" that name no one place."""
NOT_AFTER = frozenset(
    ["de", "het", "la", "le", "les", "du", "des", "van", "in", "te", "à", "et", "en", "and", "is",
     "est", "was", "op", "om", "for", "pour", "voor"]
)  # fmt: skip


ARTICLE_NAME = lazy(
    r"(?<=\s)(?:De|Het|'t|Ter|Ten|Den|Huize|Hof|Les|La|Le|L['’])\s*[A-ZÀ-Ý][\w'’-]+"
)
PREPOSITION = lazy(r"(?:^|\s)(?:in|naar|op|bij|van|aan|uit|via|to|at|from|chez|à|au|vers)\s+$")
"""A place named in the Flemish way, a capitalised article and a capitalised word after a
preposition ("in De Kade", "bij Het Anker", "in Ter Biest"). A town ("in De Panne") is
masked as a place."""
FRENCH_NAMED = lazy(
    r"\b(?:école|ecole|institut|athénée|collège|lycée|home|crèche|maison\s+médicale)\s+"
    r"(?:des|du|de\s+la)\s+[A-ZÀ-Ý][\w'’-]+"
)
"""A French school or care place by its capitalised name: "l'école des Marronniers"."""


def article_names(text: str) -> Iterator[Found]:
    """Institutions by a capitalised article and name, in mid-sentence (see ARTICLE_NAME)."""
    kept: list[tuple[int, int]] | None = None
    for match in ARTICLE_NAME.finditer(text):
        if not PREPOSITION.search(text, max(0, match.start() - 8), match.start()):
            continue
        kept = lexicon().keep.spans(text) if kept is None else kept
        if any(s < match.end() and match.start() < e for s, e in kept):
            continue  # a public service that identifies no one: "van De Lijn"
        town = next(place_names(match.group(), lenient=True), None)
        if town and town[0] == 0 and town[1] == len(match.group()):
            continue  # a town ("in De Panne", "à La Louvière"): masked as a place
        yield match.start(), match.end(), "organisation"


CLUB_INITIALS = frozenset(["kfc", "fc", "ks", "sk", "kvk", "kvc", "kv", "rfc", "rsc", "vv", "rc",
                           "kwc", "rcs", "sc", "rwd", "rwdm", "kvv", "kc", "bc", "tc",
                           "as"])  # fmt: skip
"""Football and sports clubs' initials before their town: "ks kermt", "kfc lille"; with what
follows the town ("kc hoboken noord"); "as" only so ("as kuregem united", not "as gent")."""
NUMBERED_CUES = frozenset(["école", "ecole", "basisschool", "school"])
TOWN_CUES = frozenset(
    ["ka", "ki", "kta", "kti", "vti", "gti", "sti", "pz", "pc", "opz", "upc", "cgg", "wgc",
     "voetbalclub", "sportclub",
     "turnclub", "judoclub", "zwemclub", "basketclub", "volleybalclub", "tennisclub", "dansclub",
     "club", "academie", "académie", "muziekacademie", "kunstacademie", "cvo", "scouts", "chiro",
     "ksa", "kla", "patro", "guides", "scoutsgroep", "chirogroep"]
) | CLUB_INITIALS  # fmt: skip
NAME_CUES = frozenset(["cgg", "pz", "pc", "opz", "upc", "kta", "kti", "vti", "gti", "kso", "cos",
                       "ka", "ki", "ti", "jc", "cvo", "chs", "chp"])  # fmt: skip
PERSON_CUES = frozenset(
    ["lycée", "lycee", "athénée", "athenee", "collège", "college", "institut", "instituut",
     "école", "ecole", "atheneum", "lyceum", "basisschool"]
)  # fmt: skip
FRENCH_CUES = frozenset(["école", "ecole", "institut", "athénée", "collège", "lycée", "home",
                         "crèche", "maison"])  # fmt: skip
"""The words without which each rule cannot match: a set lookup before each scan."""


def institution_shapes(text: str, lowered: str) -> Iterator[Found]:
    """Each institution named in one of the shapes above."""
    words = words_of(text)
    if not text.islower() and any(article in text for article in ARTICLE_HINTS):
        yield from article_names(text)
    if not FRENCH_CUES.isdisjoint(words):
        yield from ((*m.span(), "organisation") for m in FRENCH_NAMED.finditer(text))
    if len(lowered) != len(text):
        return
    if not NUMBERED_CUES.isdisjoint(words) and any(c.isdigit() for c in text):
        yield from _numbered(text, lowered)
    if not TOWN_CUES.isdisjoint(words):
        for match in BY_TOWN.finditer(lowered):
            town = next(place_names(text[match.end() : match.end() + 40], lenient=True), None)
            lead = match.group().split()[0]
            club = lead in CLUB_INITIALS
            if town and club:
                said = lowered[match.end() : match.end() + town[1]]
                town = None if said in frequent() or len(said) < 4 else town  # "the local fc on"
            if town and town[0] == 0:
                end = match.end() + town[1]
                tail = club_tail(lowered, end) if club else None
                if lead != "as" or _a_club_of_as(tail):
                    yield match.start(), tail.end() if tail else end, "organisation"
    if not NAME_CUES.isdisjoint(words):
        yield from _by_name(lowered)
    if not PERSON_CUES.isdisjoint(words):
        yield from _by_person(lowered)
    if "maison" in words or "centre" in words:
        for match in OF_DISTRICT.finditer(lowered):
            if match.group(1) not in GENERIC:
                yield match.start(), match.end(), "organisation"
    yield from lower_case_schools(lowered, words)
    yield from qualified_schools(lowered)
    yield from named_kinds(text, lowered, words)
    yield from legal_forms(lowered, words)
    yield from bare_kinds(lowered, words)
    yield from french_article_names(lowered)
    yield from compound_kinds(lowered)
    yield from english_named_before(lowered)
    yield from closed_trades(lowered)
    yield from at_kinds(lowered)
    yield from english_shops(lowered)
    yield from english_dutch(lowered)
    yield from english_bare(lowered)
    yield from english_leisure(lowered)
    yield from business_tails(lowered)
    yield from school_words(lowered)
    yield from named_before_kind(lowered, words)
    yield from named_centres(lowered)
    yield from more_institutions(text, lowered)
    yield from named_homes(text, lowered)
    yield from hospitals_by_name(lowered)
    yield from partnerships(lowered)
    yield from police_zones(lowered)
    yield from shop_names(lowered)
    yield from industries(lowered)
    yield from glued_brands(lowered)  # last: "conserverie marquette" is read whole before


def _a_club_of_as(tail: re.Match[str] | None) -> bool:
    """ "as kuregem united", "as jumet les alouettes": a club; "same as brussels city", "as gent
    won": English's "as"."""
    return tail is not None and tail.group().split()[0] in AS_TAILS


AS_TAILS = frozenset(
    ["united", "sport", "sports", "étoile", "etoile", "olympic", "les", "le", "la"]
)


ARTICLE_HINTS = (" De ", " Het ", " 't ", " Ter ", " Ten ", " Den ", " Huize ", " Hof ", " Les ",
                 " La ", " Le ", " L'", " L’")  # fmt: skip


def _numbered(text: str, lowered: str) -> Iterator[Found]:
    for match in NUMBERED.finditer(lowered):
        end, link = match.end(), LINK.match(lowered, match.end())
        town = link and next(place_names(text[link.end() : link.end() + 40], lenient=True), None)
        if link and town and town[0] == 0:
            end = link.end() + town[1]  # "école n°12 de schaerbeek"
        yield match.start(), end, "organisation"


FRENCH_ARTICLES = frozenset(["le ", "la ", "les "])
NEWER_CUES = frozenset(["ti", "jc", "cvo", "chs", "chp"])
"""Cues whose name after "de", "het" or nothing must be no word: "chs de nuit", "jc de
buurman" (reader44b); "ti ter heide" and "chp le chêne aux haies" stay places of care."""
PLACE_ARTICLES = frozenset(["ter ", "ten "])
NAMED_ARTICLES = PLACE_ARTICLES | FRENCH_ARTICLES
"""Articles after which a newer cue's name may be a word ("ti ter heide", "chp le chêne")."""


def _by_name(lowered: str) -> Iterator[Found]:
    words = lexicon()
    for match in BY_NAME.finditer(lowered):
        name = match.group(2)
        if name in NOT_A_NAME:
            continue  # "in het ka de zelfde klas"
        if match.group(1) in FRENCH_ARTICLES and name in frequent():
            continue  # "au chs le matin"
        newer = match.group().split()[0] in NEWER_CUES
        dutch_or_bare = match.group(1) not in NAMED_ARTICLES
        if newer and dutch_or_bare and words.is_word(name):
            continue  # "jc de ganse zomer", "chs het voorbije jaar", "jc de garagist"
        if name not in NOT_AFTER and not (words.is_word(name) and not match.group(1)):
            yield match.start(), match.end(), "organisation"


def _by_person(lowered: str) -> Iterator[Found]:
    words = lexicon()
    for match in BY_PERSON.finditer(lowered):
        first, second = match.group(1), match.group(2)
        if first in NOT_AFTER or first not in words.first or words.is_word(first):
            continue
        named = (
            second
            and second not in NOT_AFTER
            and (second in words.last or second not in frequent())
        )
        yield match.start(), match.end() if named else match.end(1), "organisation"
