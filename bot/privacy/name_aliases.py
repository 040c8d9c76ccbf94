"""Names a note gives by their neighbours (review30b, review31a): a Dutch surname after a
title ("mr de leeuw", `name_titled_speakers`), a family at home after "chez les" ("visite chez
les ahmadzai"), a nickname after "dit" ("le grand mamadou dit doudou"), a real name in
brackets after a nickname ("de kleine bobo (echte naam bienvenu)"), and a first name before a
particle of an Arabic, Portuguese or Italian surname ("malek al hassan", "said ould mohamed",
"gonzales da costa")."""

from __future__ import annotations

import re
from functools import cache

from bot.privacy.category_cues import words_of
from bot.privacy.compounds import frequent, plain_word
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import Lexicon, read_data
from bot.privacy.name_lawyers import lawyer_names
from bot.privacy.name_particle_surnames import particle_surnames
from bot.privacy.name_titled_speakers import titled_particle_names
from bot.privacy.sensitive import category_word
from bot.privacy.word_typos import unknown_word

WORD = r"[a-zà-ÿ][\w'’-]{2,}"
FAMILY_AT_HOME = lazy(rf"(?i:\bchez\s+les)\s+({WORD})(?!\s+(?:du|de|des|d['’])\b)")
"""A family in lower case at home: not a charity's name ("chez les restos du coeur")."""
FAMILY_VERB = (
    r"\s+(?:sont|ont|vont|étaient|avaient|viennent|habitent|were|are|have|had|came|moved|live"
    r"|lived|zijn|waren|hebben|hadden|wonen|woonden|kwamen|gingen)\b"
)
FAMILY_ACTS = lazy(FAMILY_VERB)
FAMILY_ACTING = lazy(rf"(?i:\b(?:les|the|de)\s+({WORD}){FAMILY_VERB})")
"""A family named by its surname, then what the family does: "les baudoux ont déménagé",
"the nowaks moved", "de peeters zijn verhuisd"; "les voisins sont" stays."""
FAMILY_OPENING = lazy(
    r"(?i:^\s*((?:(?:van\s+de[nr]?|van|de|le|la)\s+)?)"
    rf"({WORD})\s+(?:gezin|familie|family|famille|fam)\b)"
)
"""A note opening on a family by its surname: "ahmadzai gezin afghaans", "lakatos family"
(probe46), "van der linden family moved" (probe72)."""
FAMILY_DOES = lazy(
    r"(?i:\s+(?:moved|left|lives|lived|came|arrived|wants|asked|verhuisd|woont|kwam|vraagt"
    r"|a\s+déménagé|habite)\b)"
)
"""What a family does after "winter family": a name that is a word names it there."""
FOSTER = lazy(
    r"(?i:\b(?:pleeggezin|gezin|familie|family|famille|fam\.?)\s+((?:de|van|van\s+de|van\s+der"
    r"|vande|vanden|vander|den|le|la)\s+[a-zà-ÿ][\w'’-]+)(?![\w'’-]))"
)
"""A family word before a Flemish surname of the lists, however ordinary its word: "bij
pleeggezin de ridder" (probe46), "familie de vos"."""
SAID_TO_BE = lazy(
    rf"(?i:\b({WORD})\s+(?:\(\s*)?dite?\s+([a-zà-ÿ][\w-]{{2,}})(?![\w'’])"
    r"(\s*(?:[,.;:!?)]|$)|\s+par\s+(?:tout\s+le\s+monde|tous|toutes|ses|les|sa|son))?)"
)
"""A nickname after "dit": a word of no list, or one that ends the clause ("mamadou dit
doudou", "ahmet dit doudou par tout le monde": probe50), or a surname of the lists ("jean-luc
dit jeannot"), also in brackets ("aurore (dite lolo)"), after a surname too ("kasongo dit
dido", "mme kowalczyk (dite babcia)": #12, forty-fifth session); "farid dit qu'il", "jérôme
dit rdv jeudi" report speech."""
NAMED_ASIDE = lazy(
    r"(?i:\b([a-zà-ÿ][\w'’-]+)[\"”]?(?:\s+(?:family|familie|famille|fam))?\s*\(\s*"
    r"(?:[^()\n]{0,25}?(?<![\w'’]))?"
    r"(?:c(?:['’]est|['’]|\s+est)?\s*(?:bien\s+)?(?:son|le|sa)\s+(?:vrai\s+)?(?:nom|prénom|prenom)"
    r"|(?:his|her)\s+(?:real\s+)?(?:first\s+)?name|zo\s+heet\s+(?:ze|hij|ie)"
    r"|noemt\s+(?:ie|hij|ze|zij)\s+zich|(?:zijn|haar|de)?\s*"
    r"(?:fam(?:ilie)?\.?\s*naam|familienaam|achternaam|voornaam)|(?:it['’]?s\s+)?(?:his\s+|her\s+)?"
    r"(?:surname|family\s+name|last\s+name|first\s+name)|nom\s+de\s+famille"
    r"|(?:elle|il)\s+s['’]appelle\s+vraiment|c['’]est\s+(?:son|sa)\s+vrai|(?:her|his)\s+real\s+name"
    r"|echt\s+(?:haar|zijn)\s+naam|really\s+(?:her|his)\s+name)\b)"
)
"""A word the brackets say is a name: "winter (fam naam!)", "mme winter (oui c'est son nom)",
"winter family (surname)" (probe70), after a few words of its own ("winter (thats his real
first name)", "joke (ja echt, zo heet ze)", "winter (zo noemt ie zich)": #12, forty-third
session)."""
NAME_STATED = lazy(
    r"(?i:\b([a-zà-ÿ][\w'’-]+),?\s+(?:is|est|c['’]\s?est|is\s+de)\s+(?:her|his|their|son|sa|leur"
    r"|haar|zijn|hun|le|la|de|the)\s+(?:surname|first\s+name|family\s+name|last\s+name|nom"
    r"|prénom|prenom|achternaam|voornaam|familienaam|fam\s+naam)\b"
    r"|\b([a-zà-ÿ][\w'’-]+),?\s+(?:is|was)\s+(?:the|de)\s+[a-zà-ÿ]+['’]s\s+(?:first\s+)?name\b)"
)
"""A word said to be a name: "winter is her surname", "winter c'est le nom de famille"
(probe68, probe73), "espoir c'est le prenom du petit"."""
CALLED_TOO = lazy(
    rf"(?i:\b({WORD}),?\s+(?:ook(?:\s+wel)?\s+({WORD})\s+genoemd|also\s+(?:called|known\s+as)"
    rf"\s+({WORD})|(?:aussi\s+)?(?:appelée?|surnommée?)\s+aussi\s+({WORD})))"
)
"""A second name the note gives someone: "blessing, ook bless genoemd", "precious, also
called preshy" (#12, forty-fourth session: shared by ten tuning sets)."""
DIMINUTIVES = ("ot", "otte", "ou", "ette", "ke", "je")
"""How a nickname of a listed surname ends: "dit jeannot"; "marie dit bonjour" is speech."""
REAL_NAME = lazy(
    rf"(?i:\b([a-zà-ÿ][\w'’-]+)\s*\(\s*(?:echte\s+naam|eigenlijke\s+naam|vrai\s+nom|real\s+name"
    r"|eig\.|eigenlijk)\s*:?\s*"
    rf"({WORD}(?:\s+[a-zà-ÿ][\w'’-]+){{0,2}})\s*\))"
)
NAME_GIVEN = lazy(
    r"(?i:\b(?:vrai\s+(?:nom|prénom)|echte\s+(?:naam|voornaam)|real\s+name|bijnaam|surnom"
    rf"|nickname|roepnaam)\s*(?:is\s+|est\s+|c['’]est\s+|:\s*|=\s*)?(?![cdlj]['’])({WORD}))"
)
"""The name right after "vrai nom", "echte naam", "nickname" without brackets: "vrai nom
fleur-ange" (review48a); a frequent word ("surnom de la petite") is no name."""
NO_ALIASES = frozenset(["he", "she", "him", "her", "guy", "man", "boy", "girl", "kid", "son",
                        "daughter", "mec", "gars", "type", "gast", "kerel", "jongen", "meisje",
                        "zoon", "dochter", "hij", "zij", "ze", "il", "elle", "lui", "the", "de",
                        "le", "la", "dog", "cat", "hond", "kat", "chien", "chat", "nickname",
                        "bijnaam", "surnom"])  # fmt: skip
"""Words before "(real name …)" that are no nickname: every other word there is one, however
everyday ("tiny", "rocky", "big moe": eight of eight on the tuning sets, #12 forty-sixth)."""
NICK_BRACKETED = lazy(
    r"(?i:\b([a-zà-ÿ][\w'’-]+)\s*\(\s*([«\"“]\s*)?([a-zà-ÿ][\w'’]{1,11})\s*[»\"”]?\s*"
    r"((?:voor|pour|pr|for|bij|chez)\s+(?:haar|zijn|ses|les|his|her|de|the)\s+(?:vrienden|amis"
    r"|friends|intimes|potes|maten|copains|copines|buurt|quartier|mates))?\s*\))"
)
"""A nickname in brackets after a first name: "kevin (kevke)", "gilberte («gigi»)",
"pieter-jan (pj)", "jade (jaydie voor haar vrienden)" (#12, forty-sixth session: five tuning
sets). Quoted, said to be the friends' name, or made of the name's first letters or initials;
not a word of the special categories ("sarah (somali)") nor a frequent one ("kevin (zoon)")."""
PARTICLES = frozenset(
    ["al", "el", "ould", "ben", "bin", "ibn", "abu", "abou", "bou", "da", "dos", "das", "di", "del"]
)
"""Particles of Arabic, Portuguese and Italian surnames, as words for a set test before the
scan."""
PARTICLE_RUN = lazy(rf"(?i:\b({WORD})\s+({'|'.join(sorted(PARTICLES))})[\s-]({WORD}))")
JOINED = (" al-", " el-", " ben-", " abu-", " abou-", " bou-", " ibn-", " ould-")
"""The same joined to the surname: "said al-masri"."""


def aliases(text: str, lexicon: Lexicon) -> dict[int, bool]:
    """Starts of the words such a phrase names (and a title's Dutch particle and word)."""
    found = titled_particle_names(text)  # "mr de leeuw"
    found.update(particle_surnames(text, lexicon))  # "gesprek met de smet"
    found.update(lawyer_names(text, lexicon))  # "avocat pro deo me lejeune"
    lowered = text.lower()
    common = frequent()
    if "chez les" in lowered:
        for match in FAMILY_AT_HOME.finditer(text):
            family = match.group(1).lower()
            unknown = family.isalpha() and len(family) > 3 and unknown_word(family, lexicon)
            listed = family in lexicon.last or unknown  # "chez les ouedraogo", not "les u13"
            if listed and not plain_word(family, lexicon) and family not in common:
                found[match.start(1)] = True  # not "les voisins"
    if "les " in lowered or "the " in lowered or "de " in lowered:
        for match in FAMILY_ACTING.finditer(text):  # "les baudoux ont", "the nowaks moved"
            family = match.group(1).lower()
            if family.endswith("s") and family[:-1] in lexicon.last:
                family = family[:-1]  # "the nowaks": the family's surname
            if family_name(family, lexicon) and family not in common:
                found[match.start(1)] = True
    if (opening := FAMILY_OPENING.match(text)) is not None:
        family = opening.group(2).lower()
        named = family_name(family, lexicon) or (unknown_word(family, lexicon) and len(family) > 3)
        particles = " ".join([*opening.group(1).lower().split(), family])
        named = named or particles in lexicon.compound_surnames  # "van der linden family"
        if named or (family in lexicon.word_names and FAMILY_DOES.match(text, opening.end())):
            for part in re.finditer(r"\S+", opening.group(0)[: opening.end(2)]):
                found[part.start()] = True  # "winter family moved out" (probe50, probe55)
    for match in FOSTER.finditer(text) if "gezin" in lowered or "famil" in lowered else ():
        if " ".join(match.group(1).lower().split()) in lexicon.compound_surnames:
            for part in re.finditer(r"\S+", match.group(1)):
                found[match.start(1) + part.start()] = True
    if "dit" in lowered:
        for match in SAID_TO_BE.finditer(text):
            first, nickname = match.group(1).lower(), match.group(2).lower()
            ends = match.group(3) is not None or not plain_word(nickname, lexicon)
            dite = "dite " in match.group().lower()  # "dite" reports no speech (probe79)
            ends = ends or (nickname in lexicon.last and nickname.endswith(DIMINUTIVES)) or dite
            given = all(part in lexicon.first for part in first.split("-"))  # "marie-rose"
            surname = first in lexicon.last or not plain_word(first, lexicon)  # "kasongo dit"
            given = given or (surname and not plain_word(nickname, lexicon)) or dite
            if given and first not in common and nickname not in common and ends:
                found[match.start(1)] = found[match.start(2)] = True
    if "genoemd" in lowered or "also" in lowered or "aussi" in lowered:
        for match in CALLED_TOO.finditer(text):
            if _vouched_for(match.group(1).lower(), lexicon, common):
                found[match.start(1)] = True
                group = match.lastindex or 2
                found[match.start(group)] = True
    if "nom" in lowered or "name" in lowered or "naam" in lowered:
        for match in NAME_STATED.finditer(text):
            group = match.lastindex or 1  # "winter is her surname", "hope is the mother's name"
            if _vouched_for(match.group(group).lower(), lexicon, common):
                found[match.start(group)] = True
        for match in NAME_GIVEN.finditer(text):
            said = match.group(1).lower()
            parts = said.split("-")  # "fleur-ange"
            named = all(part in lexicon.first for part in parts) or not plain_word(said, lexicon)
            if named and said not in common:
                found[match.start(1)] = True
    if "(" in text:
        for match in NAMED_ASIDE.finditer(text):
            said = match.group(1).lower()  # a listed first name, however everyday: "joke (…)"
            if said in lexicon.first or _vouched_for(said, lexicon, common):
                found[match.start(1)] = True
        for match in NICK_BRACKETED.finditer(text):
            if _nickname(match, lexicon, common):
                found[match.start(1)] = found[match.start(3)] = True
        for match in REAL_NAME.finditer(text):
            said, real = match.group(1).lower(), match.group(2).lower().split()[0]
            if real in common or (_actually(match) and not _a_name(real, lexicon)):
                continue  # "the shop (real name unknown)", "mama (eig. stiefmoeder)"
            if said not in NO_ALIASES:  # "mo (real name …)", "tiny (real name …)"
                found[match.start(1)] = True
            found[match.start(2)] = True
    if not PARTICLES.isdisjoint(words_of(text)) or any(p in lowered for p in JOINED):
        for match in PARTICLE_RUN.finditer(text):
            first, last = match.group(1).lower(), match.group(3).lower()
            named = first in lexicon.first or not plain_word(first, lexicon)  # "malek"
            if named and first not in common and _a_surname(last, lexicon):
                for group in (1, 2, 3):
                    found[match.start(group)] = True
    return found


def _actually(match: re.Match[str]) -> bool:
    """The bracket opens with "eig." or "eigenlijk", which also means "actually"."""
    return "eig" in match.group().lower().split("(", 1)[1][:12]


def _a_name(word: str, lexicon: Lexicon) -> bool:
    return word in lexicon.first or word in lexicon.last or not plain_word(word, lexicon)


def _nickname(match: re.Match[str], lexicon: Lexicon, common: frozenset[str]) -> bool:
    first, nick = match.group(1).lower(), match.group(3).lower()
    parts = first.split("-")
    if not all(part in lexicon.first for part in parts) or nick in common or nick in NO_ALIASES:
        return False
    if category_word(nick):
        return False  # "sarah (somali)", "sami (syrien)"
    initials = "".join(part[0] for part in parts)
    told = match.group(2) is not None or match.group(4) is not None
    return told or nick == initials or (nick[:2] == first[:2] and nick != first)


def _a_surname(word: str, lexicon: Lexicon) -> bool:
    return word in lexicon.last or not plain_word(word, lexicon)


@cache
def _given_here() -> frozenset[str]:
    return frozenset(read_data("first_names_be.txt"))


def family_name(word: str, lexicon: Lexicon) -> bool:
    """A surname a family goes by, no word and no first name given in Belgium: "les dupont"
    are a family, "les gilles" the carnival's figures."""
    listed = word in lexicon.last and word not in _given_here()
    return listed and not plain_word(word, lexicon)


def _vouched_for(said: str, lexicon: Lexicon, common: frozenset[str]) -> bool:
    """A word the note says is a name: a word-name ("soleil", "joke"), or a name or unknown
    word that is not one of the frequent words ("the name is her surname" stays)."""
    listed = lexicon.is_name(said) or not lexicon.is_word(said)
    word_name = said in lexicon.word_names or said in lexicon.homographs
    return word_name or (said not in common and listed)
