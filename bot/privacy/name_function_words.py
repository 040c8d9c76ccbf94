"""Function words the name rules share, defined once: five copies of the possessives once
drifted apart (one knew "hun", another "z'n"), so a word added for one rule missed the others."""

from __future__ import annotations

AND = frozenset(["en", "et", "and"])
"""Words that join two people ("Kevin en Jolien", "Marie et Paul", "Amal and her son")."""
OR = frozenset(["of", "ou", "or"])
"""Words that offer one of two ("Kevin of Jolien"): a list of people as much as `AND`."""
POSSESSIVES = frozenset(["haar", "zijn", "z'n", "zn", "zen", "d'r", "hun", "sa", "son", "ses",
                         "leur", "her", "his", "their"])  # fmt: skip
"""Possessives before a relative ("en haar zoon", "et sa fille", "and his brother"): what
follows is a person's relation, what precedes may be a name."""
COPULAS = frozenset(["is", "was", "est", "a", "had", "has", "are", "were", "était", "etait",
                     "zijn", "ben", "heeft"])  # fmt: skip
"""Verbs that link a name to a state ("Joy is sick", "roos is zwanger")."""
MODALS = frozenset({"will", "may", "can", "mark", "bent", "said"})
"""First names that are also verbs: after a title still words more often than names."""
COMPANY = frozenset(["met", "avec", "with", "bij", "chez", "voor", "aan", "à", "naar", "pour",
                     "for", "to"])  # fmt: skip
"""Words before the person one is with or goes to ("met prince", "chez victoire")."""

OWNED = frozenset(
    """kids kid children kinderen kindjes kinders verjaardag birthday huis house kamer room gsm
    phone fiets bike auto car dossier file school juf teacher appartement flat huur rent
    schulden debts uitkering benefits email e-mail mail number nummer address adres iban account
    insta instagram snap tiktok letter brief lettre briefje boyfriend girlfriend vriendje
    vriendinnetje office""".split()  # noqa: SIM905
)
"""What a first name with a genitive "s" owns besides family ("emmas verjaardag", "fatimas
kids"): the apostrophe a phone leaves out ("fatima's kids")."""
RECORDS = frozenset(["dossier", "aanmelding", "intake", "afspraak", "huisbezoek", "hb", "gesprek",
                     "opvolging", "appointment", "casus", "demande", "referral", "verwijzing",
                     "signalement", "naam", "nom", "name", "klant", "client",
                     "cliënt"])  # fmt: skip
"""What a note files under someone: after these a word of no language is the person ("dossier
mbuyamba afgesloten", "afspraak kalonji verzet", "dossier de wilde", "new referral: rokamo")."""
NAMED_RECORDS = frozenset(["rdv", "visite", "suivi", "tel"])
"""The same in French, where a word no list holds follows as often ("visite domiciliaire", "rdv
logopède"): only a name of the lists ("rdv kalonji annulé"), or a word of no language
before a participle or a word of what it was about ("rdv mushai annulé", "tel zekwu ivm
huur")."""
ADDRESS_FORMS = frozenset(
    ["mr", "mrs", "ms", "miss", "mvr", "mevr", "mevrouw", "mw", "meneer", "mnr", "dhr", "heer",
     "mme", "madame", "monsieur", "mlle", "msr", "mde"]
)  # fmt: skip
"""Forms of address (no religious titles: "cheikh al" leads to an Arabic article)."""
SHORT_WORDS = frozenset(
    """is en de du le la op om of to it ik je me we in al at as be by do go he if my no on or so
    up us aa ai au ce ci et eu il ja ne ni nu ou ça sa se si ta te tu un va vu zo ze zn mn hr
    da di dr el er et ge gy hy ie oa ok ps wz""".split()  # noqa: SIM905
)
"""Two-letter words of the notes' languages and their shorthand: after "mr" or "mvr" any other
two letters are a name ("mr li", "mvr ka"; review28b)."""
