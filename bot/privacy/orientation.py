"""Sexual orientation and gender identity (GDPR art. 9), masked by default as `orientation`.

A word that states it ("homo", "lesbienne", "bisexual", "transgender", "non-binair"), "trans"
only with a person ("trans jongen", "une fille trans", "she is trans"), and a coming out with
its owner ("zijn coming-out", "son coming out", "came out as"), and a spouse of the same sex
("her wife", "haar vrouw", "mr dupont vit avec son mari"), and one someone lives with ("hij
woont samen met zijn vriend", "elle vit avec sa copine"). A partner named by an everyday word
alone ("haar vriendin", "sa copine") says nothing and stays; so do "gay" in a song
title, "homo sapiens", "transport" and "coming out of prison" (no owner, no person).
"""

from __future__ import annotations

from collections.abc import Iterator

from bot.privacy.category_cues import words_of
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import lexicon
from bot.privacy.moods import a_topic
from bot.privacy.orientation_said import said_orientations
from bot.privacy.tokens import Stems

Found = tuple[int, int, str]
HINT = Stems(
    "homo|lesb|bisex|biseks|trans|queer|gay|holebi|lgbt|binai|binar|gender|dysphor|coming|kast|sex|seks"
    "|came|come|comes|lhbt|geslacht|valt|vallen|viel|travest|flikker|pédé|pede|gouine|faggot|puber|enby|ftm|mtf"
    "|naar vrouw|naar man|homme à femme|homme en femme|femme à homme|femme en homme|male|geaard"
    "|sexuelle|seksuele|sexual|hrt|hormoon"
)
"""Without one of these stems no rule below can match: most texts stop here."""
PERSON = (
    r"jongen|jongens|meisje|meisjes|man|mannen|vrouw|vrouwen|persoon|personen|jongere|jongeren"
    r"|kind|kinderen|tiener|garçon|garcon|garçons|fille|filles|homme|hommes|femme|femmes"
    r"|personne|personnes|jeune|jeunes|ado|ados|enfant|enfants|boy|boys|girl|girls|men|woman"
    r"|women|person|people|kid|kids|teen|teenager|youth|zoon|dochter|son|daughter|fils"
)
WORDS = lazy(
    r"(?i:\b(?:homo(?:'s|s)?(?!\s+sapiens)|homoseksue(?:el|le|len)|homosexue(?:l|le|lle|ls|lles)"
    r"|homosexual(?:s)?|homokoppel|homojongere[n]?|lesbisch[e]?(?:\s+koppel)?|lesbien(?:ne)?s?"
    r"|lesbian(?:s|\s+couple)?"
    r"|lesbo|biseksue(?:el|le)|bisexue(?:l|le|lle|ls|lles)|bisexual|transgender[s]?|transgenre[s]?"
    r"|trans(?:jongen|meisje|vrouw|man|persoon|jongere)|non[- ]?bina(?:ir|ire|ry)|genderfluïde"
    r"|genderfluide|gender[- ]?fluid|queer|genderdysforie|dysphorie\s+de\s+genre|gender\s+dysphoria"
    r"|genderkliniek|genderteam|geslachtsverandering|changement\s+de\s+sexe|sex\s+change"
    r"|intersekse|intersexe|intersex|aseksue(?:el|le)|asexue(?:l|lle)|asexual|panseksue(?:el|le)"
    r"|pansexue(?:l|lle)|pansexual|homofiel[e]?|homophile|gender\s+clinic|geslachtsaanpassend[e]?(?:\s+(?:operatie|ingreep"
    r"|behandeling|chirurgie))?"
    r"|travestiet[e]?|(?<=een\s)flikker|(?<=['\x22‘’])flikker(?=['\x22‘’])|pédé|pédés|(?<=un\s)pede|enby|ftm|mtf|gouine|gouines"
    r"|faggot|faggots|transitioning|puberteitsremmers|puberty\s+blockers|bloqueurs\s+de\s+puberté"
    r"|van\s+(?:man\s+naar\s+vrouw|vrouw\s+naar\s+man)|d['’]homme\s+(?:à|en)\s+femme"
    r"|de\s+femme\s+(?:à|en)\s+homme|male[- ]to[- ]female|female[- ]to[- ]male"
    r"|(?<=\s)(?:zijn|haar|his|her|son|sa)\s+(?:geaardheid|seksuele\s+(?:geaardheid|oriëntatie)"
    r"|orientation\s+sexuelle|sexual\s+orientation))(?![\w-])"
    r"|\b(?:is|zit|zat|zijn|zitten)\s+in\s+(?:volle\s+)?transitie\b"
    r"|\b(?:holebi(?:'s|s)?|lgbt(?:q|qi|qia)?\+?|lhbt(?:i|iq)?\+?)(?:-[\w]+)?(?!\w)"
    r"|\b(?:valt|vallen|viel|vielen)\s+op\s+(?:jongens|mannen|meisjes|vrouwen)\b"
    r"|\bop\s+(?:jongens|mannen|meisjes|vrouwen)\s+(?:valt|vallen|viel|vielen)\b)"
)
"""Words that state an orientation or a gender identity whatever is around them; a group or a
youth work named by one is masked whole ("lgbt-jongeren", "holebi-werking"); who someone
falls for ("hij valt op jongens", "da hij op jongens valt", probe18); asexual, pansexual,
"homofiel", a gender clinic, "travestiet", the slur "een flikker", "zit in transitie"
(review22d)."""
AGE = r"(?:(?:\(\s*\d{1,2}\s*\)|\d{1,2}\s*(?:j|jr|a|ans|yo)?\s*,?)\s+)?"
"""An age between a note's opening name and what it says: "lotte (19) trans", "théo 15 ans, gay"."""
GAY = lazy(
    r"(?i:\b(gay\s+(?:couple|koppel))\b"
    r"|\b(?:(?:is|was|est|zijn|sont|are|'s|’s|being|as|un|une|een|a|his|her|son|sa|haar|hes|shes"
    r"|im|i'm|i’m|openly)\s+)(gay)\b(?!\s+(?:pride|bar|club|bar's|pride's|marriage|rights|couple|koppel))"
    r"|\b(?:naar\s+(?:de|een)|to\s+(?:the|a)|in\s+(?:the|a|de|een)|au|à\s+un|dans\s+un)\s+"
    r"(gay)\s+(?:bar|club)\b|\b(gay)\s+(?:" + PERSON + r"|son"
    r"|daughter|zoon|dochter|fils|cousin|cousine|neef|nicht|broer|brother|sister|zus|friend"
    r"|uncle|oom)\b|(?<=^)[^\W\d_][\w'’-]+\s+" + AGE + r"(gay)(?=\s*[,.;])"
    r"|[),]\s*(gay)(?=\s*[,.;]|\s+(?:and|en|et)\b|\s*$)|\bcouple\s+(gay)\b|\((gay)\))"
)
""""Gay" of someone: said of a person or before one ("il est gay", "hes gay", "a gay son", "a gay
couple", "couple gay"), after a bracket or a comma that closes what is said of a name ("dimitri
(gay)", "mr x nigerian, gay,"), or a gay bar one goes to. Alone it stays: "thats so gay", "gay
abandon", song titles and surnames (reader43)."""
PERSON_WORDS = frozenset(PERSON.split("|"))
TRANS = lazy(
    r"(?i:\btrans\s+(?:" + PERSON + r")\b|\b(?:" + PERSON + r")\s+trans\b"
    r"|\b(?:is|est|zijn|sont|are|'s|’s)\s+trans(?:\s+(?:" + PERSON + r"))?\b(?![\w-])"
    r"|(?<=^)[^\W\d_][\w'’-]+\s+" + AGE + r"trans(?=\s*(?:,|\.|;|$|et\b|en\b|and\b))"
    r"|(?<=\bhij\s)trans(?=\s+(?:is|was)\b)|(?<=\bzij\s)trans(?=\s+(?:is|was)\b)"
    r"|(?<=\bze\s)trans(?=\s+(?:is|was)\b))"
)
""""Trans" with a person or said of one: "trans jongen", "une fille trans", "she's trans", and
right after the word opening a note ("amandine trans et en rupture", probe44; "lotte (19) trans,"
probe50): the word stays."""
COMING_OUT = lazy(
    r"(?i:\b(?:zijn|haar|hun|zn|z'n|d'r|son|sa|leur|his|her|their|de|het|na|the|un|a|after)\s+"
    r"(coming[- ]out)\b(?!\s+(?:of|uit|from|de\s+prison))"
    r"|\bcame\s+out\s+(?:as|to\s+(?:his|her|their|the))\b|\buit\s+de\s+kast\s+(?:gekomen|te\s+komen|komen|kwam|komt)"
    r"|\b(?:kwam|komt|kwamen)\s+(?:\w+\s+)?uit\s+de\s+kast\b(?!\s+(?:met|halen|gehaald))"
    r"|\bfait\s+son\s+(coming[- ]out)\b)"
)
"""A coming out with its owner or its time ("na zijn coming-out", "depuis son coming out",
"came out as"): the words that tell it, not the owner."""
OUT_AS = lazy(r"(?i:\s+(trans|transgender|non-binary|nonbinary|bi|queer|pan)\b)")
"""What "came out as" says the person is, where no other rule reads it alone."""


_NO_OTHER = (
    r"(?:(?!\b(?:que|qu|qui|sa|son|ses|leur|et|mais|sœur|soeur|fille|mère|mere|tante|frère|frere"
    r"|fils|père|pere|oncle|voisine?|amie?|cousine?)\b)[^.!?\n]){0,40}?"
)
"""Between the subject and the spouse, nobody else whose spouse it could be: "il dit que sa
sœur vit avec son mari" is her husband."""
SAME_SEX = lazy(
    r"(?i:\b(his\s+husband|her\s+wife|haar\s+(?:vrouw|echtgenote)|zijn\s+echtgenoot"
    r"|(?<=\bshe\shas\s)a\s+girlfriend|(?<=\bhe\shas\s)a\s+boyfriend"
    r"|(?<=met\s)zijn\s+man|(?<=en\s)zijn\s+man)\b"
    rf"|\b(?:il|monsieur|mr|m\.|meneer|dhr)\s{_NO_OTHER}\b(son\s+(?:mari|époux|epoux))\b"
    rf"|\b(?:elle|madame|mme|mevrouw|mevr)\s{_NO_OTHER}\b(sa\s+(?:femme|épouse|epouse))\b)"
)
"""A spouse of the same sex: "her wife", "haar vrouw", "hij woont met zijn man", "mr dupont
vit avec son mari" (probe18). "Haar vriendin", "sa copine" say nothing and stay."""
_HE = r"\b(?:hij|meneer|mr|dhr|il|monsieur|he)\s"
_SHE = r"\b(?:zij|ze|mevrouw|mevr|mvr|elle|madame|mme|she)\s"
_COUPLE = (
    r"(?:een\s+)?(?:relatie|verkering|samen|getrouwd|trouwt|trouwde)\s+met"
    r"|(?:sort|sortait|est\s+en\s+couple|vit|vivait|s['’]est\s+mariée?|mariée?)\s+avec"
    r"|(?:is\s+dating|dates|is\s+seeing|married|is\s+married\s+to|is\s+in\s+a\s+relationship\s+with)"
    r"|(?:is|['’]s)\s+into|valt\s+op|attirée?\s+par"
)
SAME_SEX_PARTNER = lazy(
    rf"(?i:{_HE}{_NO_OTHER}\b((?:{_COUPLE})\s+(?:een\s+(?:andere\s+)?(?:man|jongen)|un\s+(?:homme|garçon|garcon|mec)"
    r"|a\s+(?:man|boy|guy)|(?:andere\s+)?(?:mannen|jongens)|des\s+(?:hommes|garçons|garcons|mecs)"
    r"|(?:other\s+)?(?:men|boys|guys)))\b"
    rf"|{_SHE}{_NO_OTHER}\b((?:{_COUPLE})\s+(?:een\s+(?:vrouw|meisje)|une\s+(?:femme|fille|meuf)"
    r"|a\s+(?:woman|girl)|(?:andere\s+)?(?:vrouwen|meisjes)|des\s+(?:femmes|filles|meufs)"
    r"|(?:other\s+)?(?:women|girls)))\b)"
)
"""A relationship with someone of the same sex, told by the subject's and the partner's
gender: "hij heeft een relatie met een man", "elle sort avec une fille" (review22d)."""
_HIM = r"\b(?:hij|meneer|mr|dhr|il|monsieur|he|vader|papa|père|pere|father|dad|zoon|fils|son)\s+"
_HER = r"\b(?:zij|ze|mevrouw|mevr|mvr|elle|madame|mme|she|moeder|mama|mère|mere|mother|mum"
_HER += r"|dochter|fille|daughter)\s+"
LEFT_FOR = lazy(
    rf"(?i:{_HIM}(?:heeft\s+|a\s+|has\s+)?(?:\S+\s+){{0,3}}?(?:verlaten|quitté|left)\s+"
    rf"(?:\S+\s+){{0,3}}?"
    r"((?:voor|pour|for)\s+(?:een\s+(?:andere\s+)?(?:man|jongen)|un\s+(?:autre\s+)?(?:homme|mec)"
    rf"|a\s+(?:man|guy)))\b|{_HER}(?:heeft\s+|a\s+|has\s+)?(?:\S+\s+){{0,3}}?(?:verlaten|quitté"
    rf"|left)\s+"
    r"(?:\S+\s+){0,3}?((?:voor|pour|for)\s+(?:een\s+(?:andere\s+)?(?:vrouw|meisje)|une\s+"
    r"(?:autre\s+)?(?:femme|fille)|a\s+woman)))\b"
)
"""Someone left for a person of the same sex: "le père a quitté la mère pour un homme"."""
COUPLED = frozenset(["relatie", "verkering", "samen", "getrouwd", "trouwt", "trouwde", "sort",
                     "sortait", "couple", "vit", "vivait", "mariée", "marié", "dating", "dates",
                     "seeing", "married", "relationship", "into", "valt", "attirée",
                     "attiré"])  # fmt: skip
PARTNERS = frozenset(["man", "jongen", "homme", "garçon", "garcon", "mec", "boy", "guy", "vrouw",
                      "meisje", "femme", "fille", "meuf", "woman", "girl", "mannen", "jongens",
                      "hommes", "garçons", "garcons", "mecs", "men", "boys", "guys", "vrouwen",
                      "meisjes", "femmes", "filles", "meufs", "women", "girls"])  # fmt: skip
"""Without a word of each SAME_SEX_PARTNER cannot match: two set lookups per text."""
LEFT_WORDS = frozenset(["verlaten", "quitté", "left"])
LEFT_SPOUSES = frozenset(["vrouw", "man", "mari", "femme", "wife", "husband", "mère", "père",
                          "mere", "pere", "partner", "partenaire", "copine", "copain", "lief",
                          "vriendin", "vriend", "compagne", "compagnon", "moeder", "vader",
                          "mother", "father", "girlfriend", "boyfriend", "echtgenote",
                          "echtgenoot", "épouse", "époux"])  # fmt: skip
"""Who was left: a partner, so that the one left for is a lover, not a new boss."""
SPOUSES = ("husband", "wife", "girlfriend", "boyfriend", "vrouw", "echtgeno", "man", "mari",
           "époux", "epoux", "femme", "épouse", "epouse", "vriend", "compagn", "copain",
           "copine", "chéri")  # fmt: skip
"""Without one of these words SAME_SEX cannot match."""
LIVING = (
    r"(?:woont|wonen|woonde|woonden)\s+(?:nu\s+|al\s+\w+\s+\w+\s+)?(?:samen\s+)?met"
    r"|samenwonend\s+met|(?:lives|living|lived|moved\s+in)\s+with"
)
NOT_A_COUPLE = (
    r"(?!\s+(?:de\s+(?:classe|chambre|kot|coloc|foot|jeu|route)|d['’](?:enfance|école|ecole)"
    r"|van\s+(?:de\s+)?(?:school|klas|kot|voetbal|vroeger)|uit\s+de\s+klas|from\s+(?:school|class"
    r"|work|uni)))"
)
"""A classmate, a flatmate, a friend from school: no couple."""
PARTNER = lazy(
    rf"(?i:\b(?:{LIVING})\s+((?:zijn|zn|z'n|zen)\s+vriend|haar\s+vriendin|her\s+girlfriend)\b"
    rf"{NOT_A_COUPLE}|\b(his\s+boyfriend)\b"
    rf"|\b(?:il|monsieur|mr|m\.|meneer|dhr)\s{_NO_OTHER}\b(?:vit|habite|vivait|habitait)\s+"
    rf"(?:\w+\s+)?avec\s+(son\s+(?:compagnon|copain|chéri))\b{NOT_A_COUPLE}"
    rf"|\b(?:elle|madame|mme|mevrouw|mevr)\s{_NO_OTHER}\b(?:vit|habite|vivait|habitait)\s+"
    rf"(?:\w+\s+)?avec\s+(sa\s+(?:compagne|copine|chérie))\b{NOT_A_COUPLE})"
)
"""A partner of the same sex one lives with: "hij woont samen met zijn vriend", "lives with
her girlfriend", "il vit avec son compagnon", and "his boyfriend" anywhere ("haar vriendin",
"sa copine" alone still say nothing)."""


TRANSITION = lazy(
    r"(?i:\b(transitie|transition|hormonen|hormones|hormonothérapie|hormonotherapie|testo"
    r"|testostérone|testosterone|testosteron|oestrogeen|œstrogènes?|oestrogènes?|estrogen"
    r"|hormoonbehandeling|hormoontherapie|hrt|changement\s+d['’]état\s+civil"
    r"|hormone\s+(?:therapy|treatment|replacement))\b)"
)
"""Care of a transition, masked in a text that already tells a gender identity ("dochter is
transgender, in transitie") or that names a hormone and a transition together ("il prend de
la testo pour sa transition"); "la transition vers l'emploi" alone stays."""
GENDER_STEMS = ("trans", "gender", "genre", "binai", "binar", "geslacht", "sexe", "sex change")
"""A gender identity told, after which a transition's care is its own."""
HORMONES = frozenset(["hormoonbehandeling", "hrt", "hormonen", "hormones", "hormonothérapie",
                      "hormone therapy", "hormone treatment",
                      "hormonotherapie", "testo",
                      "testostérone", "testosterone", "testosteron", "oestrogeen", "œstrogène",
                      "œstrogènes", "oestrogène", "oestrogènes", "estrogen"])  # fmt: skip
BI = lazy(
    r"(?i:\b(?:is|est|zijn|sont|are|'s|’s|shes|hes|ben|am|se\s+dit|se\s+disent)\s+(bi)\b(?![\w-])"
    r"|\b(?:ze|zij|hij|die|ik)\s+(bi)\s+(?:is|was|ben)\b)"
)
""""Bi" said of someone: "hij is bi", "elle est bi", "shes bi", "dat ze bi is" (review28a), "se
dit bi" (probe50; "bij", "bi-weekly" stay)."""
INTO = lazy(
    r"(?i:\b(?:she's|she’s|shes)\s+(into\s+(?:women|girls))\b"
    r"|\b(?:he's|he’s|hes)\s+(into\s+(?:men|boys|guys))\b"
    r"|\belle\s+(aime\s+les\s+femmes)\b|\bil\s+(aime\s+les\s+(?:hommes|mecs))\b)"
)
"""Someone drawn to her or his own sex: "she's into women", "elle aime les femmes" (review28a);
"il aime les femmes" says what most notes need not hide."""


def orientations(text: str) -> Iterator[Found]:
    """Spans that state someone's sexual orientation or gender identity."""
    yield from _stated(text)
    yield from said_orientations(text)  # after: "zoon trans is" stays whole


def _stated(text: str) -> Iterator[Found]:
    if "bi" in text.lower() or "\u0131" in text:  # "ı" is read as "i" by BI, not by lower()
        for match in BI.finditer(text):  # scanned at every word of every text before
            group = 1 if match.group(1) else 2
            yield match.start(group), match.end(group), "orientation"
    lowered = text.lower()
    if "into " in lowered or "aime les" in lowered:
        for match in INTO.finditer(text):
            group = next(g for g in (1, 2, 3, 4) if match.group(g))
            yield match.start(group), match.end(group), "orientation"
    if any(spouse in lowered for spouse in SPOUSES):
        for match in SAME_SEX.finditer(text):
            group = next(g for g in (1, 2, 3) if match.group(g))
            yield match.start(group), match.end(group), "orientation"
        for match in PARTNER.finditer(text):
            group = next(g for g in (1, 2, 3, 4) if match.group(g))
            yield match.start(group), match.end(group), "orientation"
    words = words_of(text)
    if not COUPLED.isdisjoint(words) and not PARTNERS.isdisjoint(words):
        for match in SAME_SEX_PARTNER.finditer(text):
            group = 1 if match.group(1) else 2
            yield match.start(group), match.end(group), "orientation"
    if not LEFT_WORDS.isdisjoint(words) and not PARTNERS.isdisjoint(words):
        for match in LEFT_FOR.finditer(text):
            group = 1 if match.group(1) else 2
            left = match.group()[: match.start(group) - match.start()].lower().split()
            if LEFT_SPOUSES.isdisjoint(left):
                continue  # "hij heeft zijn job verlaten voor een man die beter betaalt"
            yield match.start(group), match.end(group), "orientation"
    if not HINT.in_text(text):
        return
    told = False
    for match in WORDS.finditer(text):
        if a_topic(text, match.start()):
            continue  # "de film over een transgender tiener" (review32b)
        told = told or any(stem in match.group().lower() for stem in GENDER_STEMS)
        yield match.start(), match.end(), "orientation"
    for match in GAY.finditer(text):
        group = next(g for g in range(1, 9) if match.group(g))
        yield match.start(group), match.end(group), "orientation"
    for match in TRANS.finditer(text):
        start, end = match.span()
        said = text[start:end].lower()
        if said.startswith(("is ", "est ", "zijn ", "sont ", "are ", "'s", "’s")):
            start += said.index("trans")  # the verb stays: "she's [orientation]"
        elif start == 0 and said.split()[0] not in PERSON_WORDS and not said.startswith("trans"):
            opener = said.split()[0]
            if opener not in lexicon().first and lexicon().is_word(opener):
                continue  # "bus trans en retard": a name opens it, not a word
            start += said.rindex("trans")
        yield start, end, "orientation"
    for match in COMING_OUT.finditer(text):
        group = next((g for g in (1, 2) if match.group(g)), 0)
        yield match.start(group), match.end(group), "orientation"
        out_as = OUT_AS.match(text, match.end())  # "came out as [trans]" (probe74)
        if out_as is not None:
            yield *out_as.span(1), "orientation"
    care = "transit" in lowered or "état civil" in lowered or any(w in lowered for w in HORMONES)
    if care and (told or _hormones_and_transition(lowered) or TRANS.search(text)):
        for match in TRANSITION.finditer(text):
            yield match.start(), match.end(), "orientation"


def _hormones_and_transition(lowered: str) -> bool:
    if "transition" not in lowered and "transitie" not in lowered:
        return False
    return any(word in lowered for word in HORMONES)
