"""A school or an employer named by an ordinary word, offered for a tap: "zit op de
regenboog", "va à la ruche", "cleans at the lighthouse".

Flemish schools, day centres and small firms are often named by a plain noun, which the
scrubber must not mask (the same noun is a word elsewhere). After a verb of school or work
and its preposition, though, "de regenboog" is a place someone can be found at, unless the
noun is one of the everyday destinations below ("zit op de bus", "werkt bij de stad").
"""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.lazy_patterns import lazy

EVERYDAY_WORDS = """
    bank bus trein tram metro fiets auto grond vloer stoel zetel tafel bed kamer trap kot
    school kleuterschool lagere middelbare hogeschool unief universiteit les cursus klas
    stad gemeente ocmw post markt winkel bakker slager beenhouwer apotheek dokter huisarts
    tandarts kliniek ziekenhuis kassa kantoor fabriek haven luchthaven werf bouw brandweer
    politie kerk moskee toilet wc keuken terras straat hoek buren familie rust hand computer
    gsm telefoon internet weg baan zee kust boerderij interim vakbond bib bibliotheek crèche
    creche opvang kinderopvang
    école ecole maison gare banque poste pharmacie boulangerie boucherie commune ville mairie
    mosquée mosquee église eglise cuisine chambre table rue boulot travail garderie clinique
    hôpital hopital cpas caisse piscine plage mer campagne fac université universite usine
    bureau chantier police médecin medecin dentiste magasin marché marche crèche
    office station table hospital shop store factory desk train door window home park gym
    library church mosque market bar kitchen counter till warehouse airport hotel restaurant
    cafe café supermarket council school college university clinic doctor doctors dentist
    bakery butcher pharmacy site job front back weekend moment end top bottom same
    wachtlijst hoogte dienst afdeling lijst rand achterbank sofa computer messe fête fete
    rentrée rentree fin recherche retraite beach cinema movies chaîne chaine cantine college
    vdab ocmw cpas actiris forem rva onem mutualiteit mutuelle ziekenfonds caw clb syndicat
    jobcenter jobcentre nhs lijn stib tec town city
    """
EVERYDAY = frozenset(EVERYDAY_WORDS.split())
"""Where anyone goes: not a name. Only nouns that follow a verb of school or work."""

NAMED = lazy(
    r"(?i:\b(?:(?:zit|zat|zitten|zaten|werkt|werkte|werken|poetst|kuist|stage"
    r"|ingeschreven|loopt\s+stage|les)(?:\s+(?:nu|al|nog|sinds\s+\w+|niet\s+meer|ook))?"
    r"\s+(?:op|bij)\s+(?P<nl>(?:de|het|'t)\s+(?:[a-z]+e\s+(?!(?:in|op|van|met|en|bij|naar|voor|als|aan|te|om|uit)\b))?(?P<nl_noun>[^\W\d_][\w-]+))"
    r"|(?:va|allait|vont|travaille|travaillait|bosse|bossait|inscrite?|scolarisée?"
    r"|scolarisee?|stage|ménage|menage)(?:\s+(?:maintenant|encore|aussi|depuis\s+\w+))?"
    r"\s+(?:à|a|chez)\s+(?P<fr>(?:la|le|l['’ ])\s*(?P<fr_noun>[^\W\d_][\w-]+))"
    r"|(?:works|worked|working|cleans|cleaned|cleaning|studies|studied|volunteers"
    r"|placed|moved\s+(?:her|him|them))(?:\s+(?:nights|days|weekends|now|still|part-time))?"
    r"\s+(?:at|to)\s+(?P<en>the\s+(?P<en_noun>[^\W\d_][\w-]+))))"
)


def named_places(text: str) -> Iterator[tuple[int, int]]:
    """Spans of "article + noun" after a verb of school or work, the noun no everyday place."""
    for match in NAMED.finditer(text):
        for lang in ("nl", "fr", "en"):
            noun = match.group(f"{lang}_noun")
            if noun and noun.lower() not in EVERYDAY:
                yield match.span(lang)
