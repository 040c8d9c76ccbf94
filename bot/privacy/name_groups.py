"""Names that only their neighbours reveal: surnames of an article and a word ("de bruyn",
"el idrissi"), people in a list ("jade en mercy", "amina, youssef en samir") and staff
named by their service ("an van het ocmw", "julie du cpas"). A word of such a group that
is also an ordinary word is masked only when the group says it is a person."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from bot.privacy.compounds import plain_word
from bot.privacy.language import language_at
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import Lexicon, cues
from bot.privacy.name_function_words import POSSESSIVES, RECORDS
from bot.privacy.name_pairs import AND, doubled_modal_names, kin_in_brackets, list_openers
from bot.privacy.name_subjects import SUBJECTS as SUBJECTS
from bot.privacy.name_unlisted import surname_after

_CUES = cues()
TITLES_AND_RELATIONS = _CUES["titles"] | _CUES["relations"]
PARTICLES = _CUES["particles"]
VERBS = _CUES["verbs"]
COPULAS = frozenset(
    ["is", "was", "est", "a", "had", "has", "heeft", "zijn", "are", "were", "était"]
)
FOREIGN_PARTICLES = frozenset({"el", "al", "ben", "ait", "aït", "abou", "abu", "bou", "dos", "da",
                               "das", "ould", "ibn", "bint"})  # fmt: skip
"""Particles that are no article of the notes' languages: "el idrissi" is a name anywhere."""
NOT_IN_LISTS = frozenset({"will", "may", "can", "mark", "bent", "said", "ben", "an", "ans"})
"""First names that are also verbs or articles: "kevin and will come" lists no second person."""
SERVICE_WORDS = frozenset(
    """ocmw cpas caw vdab clb pms actiris forem fedasil onthaal school crèche
    creche kinderopvang opvang mutualiteit mutuelle mutualité ziekenfonds huisartsenpraktijk
    wijkgezondheidscentrum dienst service team vzw asbl politie police jeugdhulp jeugdrechtbank
    centrum centre council agency shelter refuge foyer home woonzorgcentrum ziekenhuis hôpital
    hospital kliniek clinique interim interimkantoor bank huisvesting woonmaatschappij buren
    voisins wijkteam buurtteam buurtwerk wijkwerking straathoekwerk jeugdwerk thuiszorg
    gezinszorg housing""".split()  # noqa: SIM905
)
SERVICE = lazy(
    r"(?i:\s+(?:van\s+(?:het|de|den)|du|de\s+la|de\s+l'|des|from(?:\s+the)?|of\s+the|at\s+the"
    r"|bij\s+(?:het|de)|vanuit\s+(?:het|de))\s+(?:"
    + "|".join(sorted(SERVICE_WORDS))
    + r"|maison\s+médicale"
    r"|sociaal\s+huis)\b)"
)
"""A first name followed by its service is a member of staff: "an van het ocmw"."""
WORD_BEFORE = lazy(r"([^\W\d_]+)[ .:]+$")
"""The word before a surname, even one claimed as a religious office ("dominee de vries")."""
ARTICLE_BEFORE = lazy(r"(?i:\b(?:de|het|een|la|le|les|the|a|an|un|une|die|deze)\s+)$")


# Word-names opening a sentence (used by names._word_name):
HAVE = frozenset({"had", "heeft", "avait"})
ELIDED = frozenset({"m'a", "l'a", "t'a", "n'a", "m’a", "l’a", "t’a", "n’a"})
STATE = lazy(
    r" (?:(?:vandaag|today|aujourd['’]hui|gisteren|yesterday|hier|vanmorgen|vanochtend)\s+)?"
    r"(?:(?:not|niet|pas|very|erg|heel|really|so|zo|weer|again|still|nog|encore|toujours|"
    r"très|vraiment)\s+)?(?:sick|ill|tired|pregnant|late|absent|angry|upset|sad|worried|scared|"
    r"ziek|moe|boos|zwanger|bang|afwezig|verdrietig|malade|fatiguée?|enceinte|absente?|"
    r"f[âa]ch[ée]e?|triste|inqui[èe]te?|venue?|pass[ée]e?|partie?|arriv[ée]e?|revenue?|"
    r"rest[ée]e?|all[ée]e?|rentr[ée]e?|blij|happy|contente?|heureuse|heureux|gelukkig|nerveu(?:s|x|se)|"
    r"nervous|stressed|gestresst?|stress[ée]e?|eenzaam|lonely|alone|alleen|seule?|thuis|home|"
    r"hyper|druk|moody|jaloers|jealous|jalouse|verliefd|amoureuse|koppig|stubborn|t[êe]tue|"
    r"agressief|aggressive|agressive|uitgeput|exhausted|[ée]puis[ée]e?|bored|verveeld|hungry|"
    r"sleepy|slaperig|flink|braaf|sage|at\s+home|là|back\s+(?:at\s+school|home)|terug\s+thuis|"
    r"(?:bij|chez|with|met)\s+(?:oma|opa|haar|zijn|her|his|sa|son|ses|mamie|papi|granny|grandma|"
    r"grandpa|the\s+neighbours|de\s+buren)|"
    r"(?:naar|to|à)\s+(?:school|l['’][ée]cole)|\d{1,2}(?:\s*(?:jaar|ans?|years?(?:\s+old)?|yrs?"
    r"|mois|maanden|months?))?(?=\s*(?:[,.;!?]|$|(?:and|en|et|but|maar|mais)\b))|"
    r"there(?=\s*(?:today|yesterday|this|when|[,.;!?]|$))|"
    r"gekomen|langsgekomen|vertrokken|verhuisd|thuisgebleven|weggelopen|bevallen|crying|sleeping|"
    r"waiting|working|laughing|shouting|screaming|smiling|playing|geboren|born|née?|"
    r"in\s+(?:hospital|bed|het\s+ziekenhuis)|à\s+l['’]hôpital|at\s+(?:nursery|school)|op\s+school|"
    r"(?:de|the|l['’]|la|le|het|mijn|my|her|his|haar|zijn|sa|son)\s+(?:oudste|jongste|middelste|"
    r"eldest|youngest|oldest|aînée?|cadette?|fils|fille|zoon|dochter|son|daughter|broer|zus|frère|"
    r"sœur|brother|sister)|(?:mijn|my|her|his|haar|zijn|sa|son|their|hun|leur)\s+(?:cousin|"
    r"cousine|neef|nicht|wife|husband|vrouw|friend|vriend|vriendin|mother|father|moeder|vader|"
    r"mère|père|aunt|uncle|tante|oom|oncle|niece|nephew|nièce|neveu)|"
    r"(?:een|a|an|un|une|deux|trois|quatre|cinq|twee|drie|vier|vijf|two|"
    r"three|four|five|\d+|quatre-vingts?)\s+(?:(?:new|nieuwe|nouveau|nouvelle)\s+)?(?:ans|jaar|"
    r"years|enfants|kinderen|children|kids|zoon|dochter|son|daughter|fils|fille|boyfriend|"
    r"girlfriend|vriend|vriendin|copain|copine|baby|bébé|social\s+worker)"
    r"|(?:een|a|an|un|une)\s+(?:(?:single|alleenstaande|jonge|young|jeune|new|nieuwe)\s+)?"
    r"(?:mama|mum|mom|moeder|mother|maman|mère|papa|dad|vader|father|père|weduwe|widow|veuve"
    r"|buurvrouw|buurman|neighbour|neighbor|voisine?)"
    r"|(?:een|a|an|un|une)\s+(?:[^\W\d_]+\s+)?(?:élève|eleve|student|studente|étudiante?|leerling"
    r"|pupil|girl|boy|meisje|jongen|fille|garçon|garcon|femme|woman|vrouw|tiener|teenager|ado"
    r"|adolescente?|kind|child|enfant|toddler|peuter|kleuter)(?!['’])"
    r"|en\s+(?:\d\s*(?:e|è|ème|eme|ieme|ère|ere|re)|premi[èe]re|deuxi[èe]me|troisi[èe]me)\s+"
    r"(?:primaire|maternelle|secondaire|ann[ée]e)"
    r"|in\s+(?:het\s+)?(?:\d(?:e|de|ste)|eerste|tweede|derde|vierde|vijfde|zesde)\s+"
    r"(?:leerjaar|kleuterklas|kleuter|middelbaar)|in\s+(?:year|grade)\s+\d+)\b"
)
"""States of a person after "is" or "has": "Joy is sick", "roos is zwanger", "mark is in
hospital", "storm is de jongste", "grace is my friend", "joy est une maman solo", "Grace est une
élève" (not "hope is the mother of all", "Grace is a gift"), "ange a deux enfants", in which
school year ("victoire est en 2e primaire", "roos zit in het derde leerjaar"), and where a
person went: "Patience est venue", "hope is vertrokken", "bienvenu est encore arrive" (accents
left out)."""
PARTICIPLE = lazy(
    r"(?: (?:encore|enfin|déjà|deja|toujours|jamais|bien|aussi|vraiment|trop|beaucoup|souvent))?"
    r" (?!(?:dieu|lui|midi|paris|peu|tous|nous|vous|jeu|feu|lieu)\b)(?:[a-zà-ÿ]{2,}(?:é|ée|és|i"
    r"|is|it|u|ue|us|ert|eint)|eu|été|dit|fait|pris|mis|vu|pu|su|dû)\b"
)
"""French "a" is "has" with a pronoun or before a past participle, an adverb perhaps between
("victoire m'a montré", "patience a dit", "patience a encore attendu": review22b); "grace a
dieu", "grace a son aide" are "grâce à" typed without accents."""
HOME = frozenset({"chez", "bij"})
HOME_AFTER = lazy(r"\s+(?:thuis|aan huis)\b")


@dataclass(slots=True)
class Token:
    start: int
    end: int
    word: str
    bare: str
    """Lower case, without a possessive ("Jessica's" -> "jessica")."""
    capital: bool
    known: bool
    opens: bool
    """First word of a sentence (or after a colon, a bracket, a quote)."""
    cued: bool


def gap(text: str, left: Token, right: Token) -> bool:
    return text[left.end : right.start] in (" ", "-", ". ")


def next_token(text: str, tokens: list[Token], i: int) -> Token | None:
    if i + 1 < len(tokens) and text[tokens[i].end : tokens[i + 1].start] in (" ", ", "):
        return tokens[i + 1]
    return None


NEXT_WORD = lazy(r" ([^\W\d_]+)")


def next_or_claimed_verb(
    text: str, tokens: list[Token], i: int, verbs: frozenset[str] = VERBS
) -> Token | None:
    """The next token, or the verb that opens a span claimed before names were read ("precious
    zit in de gevangenis": "zit" is inside the detention span) or that is no token (`verbs`
    wider than the cues: "patience attend la réponse")."""
    following = next_token(text, tokens, i)
    verb = NEXT_WORD.match(text, tokens[i].end) if following is None else None
    if verb is None or verb.group(1).lower() not in verbs:
        return following
    word = verb.group(1)
    return Token(verb.start(1), verb.end(1), word, word.lower(), False, False, False, False)


THINGS_TOO = frozenset(["koning", "kok", "bakker", "prins", "boer", "visser", "graaf", "ridder",
                        "rechter", "jager", "schrijver", "bus", "winter", "zomer", "lente",
                        "herfst"])  # fmt: skip
"""Surnames of "de" and a word that, before a verb, are a role, a thing or a season far more
often ("de rechter heeft beslist", "de bus heeft vertraging", "de winter komt"), as are the
family words and forms of address ("de man belde"); "de smet belde" is someone."""


def compound_surnames(text: str, tokens: list[Token], marked: list[bool], lexicon: Lexicon) -> None:
    """ "mevr de bruyn", "pieter de coninck", "el idrissi zijn vrouw": an article and a word
    make one surname after a title or a first name, before a verb or a possessive, or when
    the article is no article of the notes' languages."""
    for i, token in enumerate(tokens):
        if token.bare not in PARTICLES:
            continue
        for size in (3, 2):
            parts = tokens[i : i + size]
            if len(parts) < size or any(not gap(text, a, b) for a, b in itertools.pairwise(parts)):
                continue
            if " ".join(p.bare for p in parts) not in lexicon.compound_surnames:
                continue
            before = i > 0 and gap(text, tokens[i - 1], token)
            said = WORD_BEFORE.search(text, max(0, token.start - 20), token.start)
            titled = said is not None and (
                said.group(1).lower() in TITLES_AND_RELATIONS or said.group(1).lower() in RECORDS
            )  # "mevr de bruyn", "dossier de wilde"
            named = titled or (before and (marked[i - 1] or tokens[i - 1].bare in lexicon.first))
            following = next_token(text, tokens, i + size - 1)
            acts = following is not None and (
                following.bare in POSSESSIVES
                or (following.bare in VERBS and following.bare not in COPULAS)
            )  # "de smet belde", "el idrissi zijn vrouw"; "de roos is mooi" stays
            role = parts[-1].bare in THINGS_TOO or parts[-1].bare in TITLES_AND_RELATIONS
            acts = acts and not role  # "de man belde", "de meester belde": the husband, the teacher
            if following is not None and following.bare in lexicon.first:
                acts = acts or not lexicon.is_word(following.bare)  # "van den broeck annick"
            if named or acts or parts[-1].capital or token.bare in FOREIGN_PARTICLES:
                for j in range(i, i + size):
                    marked[j] = True
                if before and tokens[i - 1].bare in lexicon.first:
                    marked[i - 1] = tokens[i - 1].bare not in TITLES_AND_RELATIONS
                break


def first_and_surname(text: str, tokens: list[Token], marked: list[bool], lexicon: Lexicon) -> None:
    """ "lies vanderlinden", "roos peeters", "claire dethier": a first name of the lists, even
    one that is a word, right before a surname that is no word of any language is one person."""
    for i in range(len(tokens) - 1):
        one, other = tokens[i], tokens[i + 1]
        if (marked[i] and marked[i + 1]) or text[one.end : other.start] != " ":
            continue
        if _listed(one, lexicon) and surname_after(other, marked[i + 1], lexicon):
            marked[i] = marked[i + 1] = True  # "jade peeters", "winter bakajika"
            continue
        if other.bare not in lexicon.last or other.bare in lexicon.first or other.capital:
            continue
        if (_listed(one, lexicon) or one.bare in lexicon.homographs) and not plain_word(
            other.bare, lexicon
        ):
            marked[i] = marked[i + 1] = True  # plain_word: "lemaire" is no "lem" + "aire"


def groups(
    text: str,
    tokens: list[Token],
    marked: list[bool],
    lexicon: Lexicon,
    languages: dict[int, str | None],
) -> None:
    """Staff named by their service, first names listed beside a name (and `name_pairs`)."""
    for i, token in enumerate(tokens):
        if not marked[i] and _first_name(token, lexicon) and SERVICE.match(text, token.end):
            marked[i] = not ARTICLE_BEFORE.search(text, max(0, token.start - 8), token.start)
    doubled_modal_names(text, tokens, marked)  # "may may come friday"
    if ", " not in text and not any(t.bare in AND for t in tokens):
        return
    list_openers(text, tokens, marked, lexicon)
    listed = [_listed(token, lexicon) for token in tokens]  # `_pair` needs both listed
    if sum(listed) < 2:
        return  # most texts: no pair can be made, so neither pass would change a thing
    last = len(tokens) - 1
    for _ in range(2):
        for i, token in enumerate(tokens):
            if i == last or not listed[i + 1]:
                continue  # both kinds of pair end on the next token, which is no listed name
            right = next_token(text, tokens, i)
            if right is None:
                continue
            if text[token.end : right.start] == ", ":
                _pair(tokens, marked, i, i + 1, lexicon, languages)
            elif token.bare in AND and i and text[tokens[i - 1].end : token.start] == " ":
                _pair(tokens, marked, i - 1, i + 1, lexicon, languages)
                if kin_in_brackets(text, tokens[i + 1].end):  # "precious and faith (sisters)"
                    marked[i - 1] = marked[i + 1] = _listed(tokens[i - 1], lexicon)


def _pair(
    tokens: list[Token],
    marked: list[bool],
    left: int,
    right: int,
    lexicon: Lexicon,
    languages: dict[int, str | None],
) -> None:
    """ "kevin en jan", "jade en mercy": a first name listed with a name is a name."""
    one, other = tokens[left], tokens[right]
    if not (_listed(one, lexicon) and _listed(other, lexicon)):
        return
    if (
        marked[left]
        or marked[right]
        or _foreign(one, lexicon, languages)
        or _foreign(other, lexicon, languages)
    ):
        marked[left] = marked[right] = True


def _first_name(token: Token, lexicon: Lexicon) -> bool:
    bare = token.bare
    return bare in lexicon.first and bare not in TITLES_AND_RELATIONS and bare not in PARTICLES


def _listed(token: Token, lexicon: Lexicon) -> bool:
    return (
        _first_name(token, lexicon)
        and token.bare not in NOT_IN_LISTS
        and (token.bare not in VERBS and token.bare not in AND and token.bare not in POSSESSIVES)
    )


def _foreign(token: Token, lexicon: Lexicon, languages: dict[int, str | None]) -> bool:
    """A first name that is a word only in another language than the sentence's."""
    if token.bare not in lexicon.word_names:
        return not lexicon.is_word(token.bare)
    lang = language_at(languages, token.start)
    return lang is not None and lang not in lexicon.word_names[token.bare]
