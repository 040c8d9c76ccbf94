"""A capitalised word in mid-sentence right after a first name is its surname, even when it is
a frequent word: "Sarah Black", "Els Wit", "Jan Vos", "Julie Grand" (#12, twelfth session).
Nobody's phone capitalises a word in mid-sentence: the capital was typed on purpose. The same
words in lower case ("sarah black") stay a matter for the show-back (`name_surname_words`)."""

from __future__ import annotations

from bot.privacy.compounds import frequent
from bot.privacy.lexicon import Lexicon, cues
from bot.privacy.name_function_words import AND as JOINERS
from bot.privacy.name_groups import Token, first_and_surname
from bot.privacy.rare_words import rare_word

_CUES = cues()
NEVER_SURNAMES = frozenset().union(*_CUES.values()) | frozenset([
    "en", "et", "and", "of", "or", "ou", "maar", "mais", "but", "als", "si", "if", "want", "car",
    "because", "dan", "puis", "then", "ook", "aussi", "also", "om", "to", "in", "op", "à", "au",
    "aux", "on", "at", "bij", "chez", "met", "avec", "with", "van", "de", "du", "des", "for",
    "voor", "pour", "from", "januari", "februari", "maart", "april", "mei", "juni", "juli",
    "augustus", "september", "oktober", "november", "december", "janvier", "février", "mars",
    "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    "january", "february", "march", "may", "june", "july", "august", "october", "maandag",
    "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "lundi", "mardi",
    "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "kerstmis", "pasen", "noël", "pâques",
    "christmas", "easter", "ramadan", "suikerfeest", "offerfeest", "vandaag", "morgen",
    "gisteren", "aujourd'hui", "demain", "hier", "today", "tomorrow", "yesterday",
    "street", "road", "lane", "avenue", "square", "park", "garden", "gardens", "church",
    "school", "college", "hall", "house", "centre", "center", "hospital", "market", "station",
    "bridge", "tower", "court", "club", "bank", "straat", "laan", "plein", "kerk", "tuin",
    "markt", "rue", "place", "église", "école", "parc", "jardin", "gare", "marché", "hôpital",
])  # fmt: skip
"""Cue words, joining words, months, days, feasts, days-from-now and the kind words of places
and organisations: "met Jan Zondag gebeld", "called John Monday", "Rose Garden" keep them."""


def capital_after_name(text: str, tokens: list[Token], i: int, lexicon: Lexicon) -> bool:
    """Token `i` follows a name token (`names._extend`): a surname if it is a name of the
    lists, no word, a rarer word, or any capitalised word after a first name in mid-sentence;
    never the English "I", a joining word, a day or a month."""
    token = tokens[i]
    if token.word == "I" or token.bare in NEVER_SURNAMES:
        return False  # "told John I would", "met Karim En zijn broer"
    if token.known or not lexicon.is_word(token.bare) or token.bare not in frequent():
        return True
    return tokens[i - 1].bare in lexicon.first and _surname_shaped(token)


def _name_like(token: Token, lexicon: Lexicon) -> bool:
    """A name of the lists, a name that is also a word, or no word at all."""
    return token.known or token.bare in lexicon.homographs or not lexicon.is_word(token.bare)


GIVEN_WORDS = frozenset(["bill", "patient"])
"""Given names of English and Congolese families that the name lists leave out as words: with
a capital before a surname they are the person's first name (as word-names they masked "the
energy bill went up" on two frozen sets)."""


def capital_before_name(text: str, tokens: list[Token], i: int, lexicon: Lexicon) -> bool:
    """Token `i`, capitalised, right before a name token (`names._extend`): a first name if it is
    a name of the lists or no word, or any capitalised word in mid-sentence ("met Nasir Popal",
    "brought by Bill Peeters": the capital was typed on purpose), or, opening the sentence, a
    rare word; never a cue, a joining word, a day or a month ("met Jan", "Maandag Peeters
    gebeld", "Gisteren Peeters gezien", "Intake Peeters gedaan")."""
    token = tokens[i]
    if _name_like(token, lexicon):
        return True
    if token.bare in NEVER_SURNAMES or not token.word[1:].islower():
        return False
    if text[token.end : tokens[i + 1].start] != " ":
        return False  # "Moh. Benali": an abbreviation, left to the rules of initials
    if token.bare in GIVEN_WORDS:
        return True  # "Bill Peeters brought the forms", "Patient Mulumba werkt 's nachts"
    return not token.opens or rare_word(token.bare, lexicon)  # "Intake Peeters", "Vu Dupont"


def capital_joined_to_name(
    text: str, tokens: list[Token], marked: list[bool], i: int, lexicon: Lexicon
) -> bool:
    """Token `i`, capitalised in mid-sentence, joined by "and", "en", "et" to a name just
    before it: "met Summer and Rich", "Marie et Claude" (no list needs to hold it)."""
    if i < 2 or not marked[i - 2] or tokens[i - 1].bare not in JOINERS:
        return False
    token = tokens[i]
    if token.opens or token.bare in NEVER_SURNAMES or not token.word[1:].islower():
        return False
    if not _name_like(token, lexicon):
        return False  # "and The Landlord", "and Social Services", "en Ocmw", "and Friends"
    return text[tokens[i - 2].end : token.start] == f" {tokens[i - 1].word} "


def surnames_after_first_names(
    text: str, tokens: list[Token], marked: list[bool], lexicon: Lexicon
) -> None:
    """`name_groups.first_and_surname`, then "Sarah Black belde", "Tom Young est venu": a first
    name with a capital right before a capitalised word is one person, also where the sentence
    opens (the first name alone there needs a verb after it, `name_openers`)."""
    first_and_surname(text, tokens, marked, lexicon)
    for i in range(len(tokens) - 1):
        one, other = tokens[i], tokens[i + 1]
        if (marked[i] and marked[i + 1]) or text[one.end : other.start] != " ":
            continue
        if not one.capital or one.bare not in lexicon.first or one.bare in NEVER_SURNAMES:
            continue
        if _surname_shaped(other):
            marked[i] = marked[i + 1] = True


def _surname_shaped(token: Token) -> bool:
    word = token.word
    return (
        not token.opens
        and len(word) > 1
        and word[0].isupper()
        and word[1:].islower()
        and token.bare not in NEVER_SURNAMES
    )
