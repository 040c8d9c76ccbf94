"""A health word said of an animal, not of a person: "hond heeft schurft", "kat moet
gesteriliseerd", "le chien a un cancer", "the cat's insulin", "a blind dog", "sterilisatie
van zwerfkatten" (#12, fifty-fourth session: probe198, a set about pets in poor households,
where writers leave an animal's illness unmarked). Only the words right next to the animal
are read: "de hond is weg, ze is depressief" and "she is blind, her guide dog retired" stay
masked, since there the word is the person's."""

from __future__ import annotations

from bot.privacy.lazy_patterns import lazy

PETS = (
    r"hond|honden|hondje|kat|katten|kater|poes|poezen|zwerfkatten|puppy|pup|konijn|konijnen"
    r"|cavia|paard|parkiet|chien|chiens|chienne|chiot|chat|chats|chatte|chaton|lapin|lapins"
    r"|dog|dogs|puppies|cat|cats|kitten|kittens|rabbit|rabbits|pitbull|pitbulls|parrot"
)
"""Animals kept at home."""
PET_BEFORE = lazy(
    rf"(?i:\b(?:{PETS})(?:['’]s)?\s+(?:(?:heeft|had|has|a|avait|is|est|was|moet|must|needs"
    r"|needed|doit|kreeg|got|gets|krijgt)\s+(?:(?:een|an?|un|une|de|du|la|le|des|nu|al|ook"
    r"|also|now|still|nog|encore)\s+){0,2})?$)"
)
"""The animal right before the word, or with a verb of having or being between ("hond heeft
schurft", "the cat's insulin", "le chien a un cancer")."""
PET_AFTER = lazy(rf"(?i:\s+(?:{PETS})\b)")
"""The animal right after the word: "a blind dog" (English puts the state before) …"""
DETERMINER = lazy(r"(?i:\b(?:a|an|the|her|his|their|my|our|its)\s+$)")
"""… after an article or a possessive: "kanker hond moet naar het asiel" is telegraphic Dutch,
the cancer the person's."""
FRENCH_STATE = lazy(rf"(?i:\b(?:{PETS})\s+$)")
"""The animal right before a French state: "un chien aveugle", "la chatte diabétique"."""
PROCEDURE_OF = lazy(
    rf"(?i:\s+(?:(?:van|de|du|des|of)\s+)?(?:(?:de|het|la|le|les|the|zijn|haar|son|sa|ses|his"
    rf"|her|hun|leur|their)\s+)?(?:{PETS})\b)"
)
"""A procedure and the animal it is done to: "sterilisatie van zwerfkatten", "stérilisation
chatte"; not a fear or an allergy ("angst voor honden", "phobie des chiens": the person's)."""
PROCEDURES = ("steril", "stéril", "castr", "gecastreerd", "gesteriliseerd", "neuter", "spay")
SHARED = lazy(
    r"(?i:[\s,]+(?:maar|mais|but|en|et|and)\s+(?:[\w'’]+\s+){0,2}(?:ook|aussi|too|also"
    r"|so\s+(?:does|did|is|was|has)|pareil|hetzelfde)\b)"
)
"""The illness said of the person too: "kat heeft diabetes maar mevrouw ook", "the cat has
diabetes but so does she" (reader54b), "the dog is deaf and so is mr" (reader54c)."""


def said_of_a_pet(text: str, start: int, end: int) -> bool:
    """True when the health word at `start`-`end` is said of an animal next to it, and of
    no one else right after."""
    if SHARED.match(text, end):
        return False
    before = text[max(0, start - 45) : start]
    if PET_BEFORE.search(before) or FRENCH_STATE.search(before):
        return True
    if PET_AFTER.match(text, end) and DETERMINER.search(before):
        return True
    procedure = text[start:end].lower().startswith(PROCEDURES)
    return procedure and PROCEDURE_OF.match(text, end) is not None
