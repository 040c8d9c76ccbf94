"""A first name opening a note before the work its bearer does (#12, fifty-seventh session).

Notes about work open with the worker's first name and the job: "rose serveuse à la côte",
"winter is kelner in hotel", "lune serveuse au bar", "hope poetst bij 6 gezinnen", "espoir
nettoie chez 5 clients", "grace works at the hotel". Many such names are words too ("rose",
"hope", "grace", "joy", "lune"), so the opening rules (`name_openers`) wait for a verb only a
person does; a job or a day's work done somewhere is one. Only a word of the first-name lists
counts, never a season, a role or a pronoun (`name_openers.NOT_PEOPLE`): "summer waitress job"
and "chauffeur is kelner" stay.
"""

from __future__ import annotations

from collections.abc import Collection

from bot.privacy.lazy_patterns import lazy

JOBS = (
    r"kelner|kelnerin|serveerster|dienster|hulpkok|kok|afwasser|afwasster|poetsvrouw|poetshulp"
    r"|kuisvrouw|schoonmaakster|schoonmaker|huishoudhulp|kapster|kassierster|verkoopster"
    r"|bezorger|koerier|waitress|waiter|dishwasher|cleaner|barmaid|bartender|barman|hairdresser"
    r"|cashier|courier|nanny|babysitter|serveuse|serveur|cuisinière|cuisinier|plongeur|plongeuse"
    r"|femme\s+de\s+ménage|aide\s+ménagère|nettoyeuse|coiffeuse|caissière|vendeuse|livreur"
    r"|livreuse|nounou|au\s+pair|commis|barista"
)
AT_WORK = lazy(
    r"(?i:\s+(?:(?:is|was|est|était|werkt\s+als|works\s+as|worked\s+as|travaille\s+comme"
    r"|started\s+as|begon\s+als|begint\s+als|a\s+commencé\s+comme)\s+"
    rf"(?:(?:a|an|een|une|un)\s+)?)?(?:{JOBS})\b"
    r"|\s+(?:poetst|kuist|werkt|strijkt|kookt|nettoie|travaille|repasse|cleans|works|irons"
    r"|cooks|bezorgt|livre)\s+(?:bij|in|voor|als|chez|à|au|pour|comme|at|for|as|\d)\b"
    r"|\s+(?:poetst|kuist|nettoie|cleans|strijkt|repasse)\s+(?:bureaus|kantoren|huizen|bureaux"
    r"|maisons|offices|houses|rooms|kamers|chambres|trappen|escaliers|stairs)\b)"
)
HINTS = frozenset(
    """kelner kelnerin serveerster dienster hulpkok kok afwasser afwasster poetsvrouw poetshulp
    kuisvrouw schoonmaakster schoonmaker huishoudhulp kapster kassierster verkoopster bezorger
    koerier waitress waiter dishwasher cleaner barmaid bartender barman hairdresser cashier
    courier nanny babysitter serveuse serveur cuisinière cuisinier plongeur plongeuse femme
    ménagère nettoyeuse coiffeuse caissière vendeuse livreur livreuse nounou pair commis barista
    poetst kuist werkt strijkt kookt nettoie travaille repasse cleans works irons cooks bezorgt
    livre""".split()  # noqa: SIM905
)
"""Words without which AT_WORK cannot match: most notes stop at this lookup."""


def at_work(text: str, after: int, words: Collection[str]) -> bool:
    """The words after `after` (the end of a note's opening word) tell the job its bearer
    does; `words`: the note's lower-case words."""
    return not HINTS.isdisjoint(words) and AT_WORK.match(text, after) is not None
