"""A word opening a sentence that the rest of the sentence says is a person: "thabo did not
come", "grace did not show up", "lina kwam niet opdagen", "noor n'est pas venue", "amani
belde me". The word may be an everyday word of some language ("thabo" is in an English word
list, "grace" is a word): only a person fails to turn up, phones or answers. Words for a
role ("client did not show up"), a thing that comes ("money did not come") and pronouns stay.
"""

from __future__ import annotations

import re

from bot.privacy.compounds import plain_word
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import Lexicon
from bot.privacy.name_at_work import at_work
from bot.privacy.name_cues import TITLES_AND_RELATIONS as FAMILY
from bot.privacy.name_cues import frequent
from bot.privacy.name_function_words import MODALS
from bot.privacy.name_subjects import SUBJECTS
from bot.privacy.name_telegraphic import telegraphic
from bot.privacy.rare_words import rare_word
from bot.privacy.tokens import has_digit, letter_runs

ARRIVES = lazy(
    r"(?i:\s+(?:"
    # English: a visit, denied or told
    r"(?:did|does|do|has|have|had|could|would|will|was|is)(?:n['’]?t|\s+not|\s+never)\s+"
    r"(?:yet\s+|even\s+|again\s+)?(?:show(?:ed)?\s+up|turn(?:ed)?\s+up|attend(?:ed)?"
    r"|come(?!\s+(?:true|easy|easily|cheap|out|through|in|naturally|close|together|up|of|from"
    r"|with|as|to\s+(?:mind|an\s+end|terms)))"
    r"|been\s+(?:seen|here|home)|shown\s+up|turned\s+up)"
    r"|never\s+(?:showed\s+up|turned\s+up|came)|(?:showed|turned)\s+up|cried|burst\s+into\s+tears"
    r"|(?:was\s+)?crying|(?:would|did|could|does)(?:n['’]?t|\s+not)\s+open\s+(?:the\s+)?door"
    r"|opened\s+the\s+door|missed\s+(?:the|her|his|their|an?|today['’]s)\s+(?:appointment|meeting|visit"
    r"|interview|call)|found\s+(?:a|an|her|his)\s+(?:new\s+)?(?:job|flat|house|room|place)"
    r"|came\s+(?:by|alone|late|to\s+the\s+(?:office|appointment|meeting))"
    # Dutch
    r"|(?:kwam|komt|daagde|daagt)\s+(?:vandaag\s+|gisteren\s+|weer\s+|ook\s+|nog\s+|opnieuw\s+)?"
    r"(?:niet|nooit|ni|nie)\b"
    r"|(?:is|was)\s+(?:vandaag\s+|gisteren\s+|weer\s+|nog\s+|ook\s+)?(?:niet|nooit|ni|nie)\s+"
    r"(?:komen\s+opdagen|gekomen|opgedaagd|verschenen|langsgekomen|teruggekomen)"
    r"|huilde|huilt\s+(?:veel|vaak|de\s+hele)|miste\s+(?:de|haar|zijn)\s+(?:afspraak|les)"
    r"|heeft\s+(?:werk|een\s+job|een\s+woning)\s+gevonden|vond\s+(?:werk|een\s+job)|daagde\s+op|kwam\s+(?:langs|opdagen|alleen|te\s+laat|op\s+(?:gesprek|afspraak"
    r"|bezoek))"
    # French
    r"|(?:n['’]|ne\s+)(?:est|était|etait)\s+(?:pas|jamais|plus)\s+(?:venue?|passée?|arrivée?"
    r"|revenue?|rentrée?|là)"
    r"|(?:ne\s+s['’]|ne\s+s\s+)(?:est|était)\s+(?:pas|jamais)\s+présentée?"
    r"|(?:ne\s+|n['’])(?:vient|venait)\s+(?:pas|jamais|plus)|a\s+pleuré|pleurait|pleure\s+(?:tout"
    r"|beaucoup|souvent|encore)|a\s+(?:raté|rate|manqué|manque)\s+(?:le|son|sa)\s+(?:rdv"
    r"|rendez-vous|entretien)|a\s+trouvé\s+(?:un|du)\s+(?:travail|boulot|job|logement)"
    r"|(?:est\s+)?(?:venue?|passée?)\s+(?:me|nous|au|à|ce|hier|aujourd['’]hui|seule?|en\s+retard)"
    r"|s['’]est\s+présentée?"
    # a person's state: pregnant, absent, in labour
    r"|(?:is|was|est|était|etait)\s+(?:(?:again|weer|opnieuw|encore|de\s+nouveau)\s+)?"
    r"(?:pregnant|zwanger|enceinte|bevallen|accouchée?|absent|afwezig|absente|in\s+labour)"
    r"|(?:gave|heeft)\s+birth|is\s+bevallen|a\s+accouché"
    # a state or a day only a person has (review34a, review31a: "sunny was very quiet today")
    r"|(?:is|was)\s+(?:(?:erg|heel|zo|nog|vaak|weer|very|so|often|still|really|a\s+bit)\s+)?"
    r"(?:ziek|moe|bang|verdrietig|sick|ill|tired|sad|scared|shy|hungry|quiet|upset)"
    r"|(?:est|était|etait)\s+(?:(?:très|tres|souvent|encore|un\s+peu)\s+)?(?:malade|fatiguée?"
    r"|fatiguee?|triste|timide|absente?)|heeft\s+(?:honger|koorts|schrik)|a\s+(?:faim|peur"
    r"|de\s+la\s+fi[èe]vre)|slaapt\s+(?:slecht|niet)|sleeps\s+badly|dort\s+mal"
    # not at home (review34a: "hope was not at home")
    r"|(?:was|is)(?:n['’]?t|\s+not)\s+(?:at\s+)?home|(?:was|is)\s+(?:vandaag\s+|weer\s+)?niet"
    r"\s+thuis|n['’](?:était|etait|est)\s+pas\s+(?:à\s+la\s+maison|chez\s+(?:elle|lui))"
    r")\b)"
)
"""What only a person does, is or fails to do right after the opening word: come, turn up,
cry, be pregnant, absent or not at home."""
AGED = lazy(
    r"(?i:\s+(?:is|was|est|wordt|turns|turned)\s+\d{1,2}(?=\s*,|\s+(?:and|en|et|now|nu|today"
    r"|vandaag|jaar|ans|years?|yrs|yo|months?|maand|maanden|mois|weeks?|weken|semaines)\b)"
    r"|\s+\d{1,2}\s+(?:jaar|maand|maanden|weken|years?|months?|weeks?)\s+(?:oud|old)\b)"
)
"""An age told bare after a first name: "mila is 7, she goes", "king is 15 and" (review34a);
not "room is 12 and the toilet 14" (a word that is a rare surname)."""
CONTACTS = lazy(
    r"(?i:\s+(?:"
    r"(?:did|does|do|has|have|had|could|would|will)(?:n['’]?t|\s+not|\s+never)\s+(?:yet\s+|even\s+"
    r"|again\s+)?(?:call(?:ed)?|phone|ring|text|answer(?:ed)?|reply|replied|respond(?:ed)?"
    r"|pick\s+up|return(?:ed)?)"
    r"|never\s+(?:called|phoned|answered|replied)"
    r"|(?:said|told\s+(?:me|us|her|him)|explained|asked\s+(?:me|us|if|whether))\s+(?:that|she|he"
    r"|they|i|we|her|his|their|it\s+was|(?:he|she)['’]s)"
    r"|called\s+(?:me|us|the|to|back|again|today|yesterday)|called(?=\s*[,;:])|phoned"
    r"|rang\s+(?:me|us|the|again"
    r"|back)|texted"
    r"|(?:belde|belt|antwoordde|antwoordt|reageerde|reageert)\s+(?:vandaag\s+|gisteren\s+|weer\s+"
    r"|ook\s+|nog\s+|opnieuw\s+)?(?:niet|nooit)\b"
    r"|(?:heeft|had)\s+(?:vandaag\s+|gisteren\s+|weer\s+|nog\s+|ook\s+)?(?:niet|nooit)\s+"
    r"(?:gebeld|geantwoord|gereageerd|teruggebeld)"
    r"|belde\s+(?:me|mij|ons|haar|hem|naar|op|vandaag|gisteren|terug|daarna|later|nog|zelf|ook"
    r"|opnieuw|af)|belde(?=\s*[,;:])"
    r"|(?:zei|vertelde|legde\s+uit|vroeg\s+of)\s+(?:dat|me|mij|ons|hij|ze|zij|het|haar|zijn)\b"
    r"|(?:n['’]|ne\s+)(?:a|avait)\s+(?:pas|jamais|plus)\s+(?:appelé|téléphoné|répondu|rappelé)"
    r"|(?:ne\s+|n['’])(?:répond|repond|répondait|appelle|rappelle)\s+(?:pas|jamais|plus)"
    r"|a\s+(?:dit|raconté|expliqué|demandé)\s+(?:que|qu['’]|qu\s|ne|n['’]|hier|ce\s+matin)"
    r"|dit\s+(?:que|qu['’]|qu\s)"
    r"|a\s+(?:appelé|téléphoné|rappelé)"
    # a call promised (review34a: "verstraeten will call back")
    r"|will\s+(?:call|phone|ring|text)\s+(?:back|me|us|tomorrow|later|again)|(?:belt|zal)\s+"
    r"(?:morgen\s+|later\s+|nog\s+)?terug(?:bellen)?|(?:va|vais)\s+rappeler|rappellera"
    r")\b)"
)
"""Calls and words: services do these too ("housing did not call back"), so they count only
after a word of the name lists or of no language."""
HINTS = frozenset(
    """not never didn doesn don hasn haven hadn couldn wouldn won wasn isn up showed turned
    cried burst came said told explained asked called phoned rang texted niet nooit kwam
    daagde huilde belde belt antwoordde antwoordt reageerde reageert zei vertelde legde vroeg
    pas jamais plus pleuré appelé téléphoné rappelé venu venue passé passée présenté présentée
    dit raconté expliqué demandé pregnant zwanger enceinte bevallen accouché accouchée absent
    afwezig absente labour birth crying missed found pleurait pleure raté rate manqué manque
    trouvé huilt miste gevonden vond home thuis maison chez will zal terug rappeler
    rappellera ziek moe bang verdrietig sick ill tired sad scared shy hungry quiet upset malade
    fatiguée fatigue fatiguee triste timide absente honger koorts schrik faim peur fièvre
    fievre slaapt sleeps dort wasnt isnt didnt doesnt hasnt havent hadnt oud old""".split()  # noqa: SIM905
)
"""Words without which ARRIVES and CONTACTS cannot match: most sentences stop here."""
NOT_PEOPLE = frozenset(
    """client cliënt cliënte klant klante patient patiënt patiënte patiente bewoner bewoonster
    sunday jongere docent verhuurder eigenaar eigenares huisbaas landlord landlady kid kids child
    children baby bébé mentor trainer coach psychologue psycholoog psychiatre psychiater
    intern stagiair stagiaire worker caseworker postbode facteur postman driver chauffeur
    taxi ambulance bus tram train trein mail post money geld rain regen snow sneeuw help hulp
    food eten water nobody niemand personne someone somebody iemand quelqu'un everyone
    iedereen tout interpreter tolk interprète teacher juf meester leerkracht nurse doctor
    dokter huisarts médecin police politie agent agente lawyer advocaat avocat avocate
    buurvrouw buurman voisin voisine neighbour neighbor tutor begeleider begeleidster
    éducateur éducatrice educator bailiff deurwaarder huissier dad mum mom mama papa maman
    mother father moeder vader mère père mémé pépé mamie mamy papy papi tata tonton tantine
    nonkel tante auntie aunty uncle bompa bomma nan nana nanny granny grandma grandpa gran
    bro sis hubby daddy mommy mummy plumber electrician technician repairman loodgieter
    elektricien technieker hersteller plombier électricien technicien dépanneur concierge
    conciërge syndic aannemer contractor painter schilder verhuizer inspector inspecteur
    controleur staff personeel personnel luck geluk peace vrede paix sleep slaap sommeil relief
    rest love liefde amour justice recht spring summer winter autumn lente zomer herfst
    printemps été hiver automne payment betaling paiement approval decision
    beslissing décision answer antwoord réponse reply response letter brief lettre parcel
    pakje colis news nieuws invoice factuur facture salary loon salaire uitkering allocation
    benefit benefits leefloon m'a m’a l'a l’a j'ai j’ai t'a s'est n'a n'est c'est l'ai m'ont
    l'ont""".split()  # noqa: SIM905
)
"""Roles and things that open a note's sentence without an article and without a name."""


def person_openers(text: str, lexicon: Lexicon) -> dict[int, bool]:
    """Start of an opening word -> True when what follows is said only of a person."""
    found: dict[int, bool] = {}
    runs = letter_runs(text)
    hinted = not HINTS.isdisjoint(runs) or has_digit(text)  # "king is 15 and"
    common = frequent()
    for match in OPENING.finditer(text):  # the first word of each sentence, found in C
        if telegraphic(text, match.group(1), match.end(1), lexicon):
            found[match.start(1)] = True  # "Kevin vandaag niet thuis"
            continue
        word = match.group(1).lower()
        pair = PAIR_ACTS.match(text, match.end())
        if pair and _paired(word, pair.group(1), lexicon, weak=pair.group(2) is not None):
            found[match.start(1)] = found[pair.start(1)] = True  # "precious and faith share"
            continue
        listed = word in lexicon.first and word not in NOT_PEOPLE and word not in MODALS
        if listed and word not in SUBJECTS and at_work(text, match.end(), runs):
            found[match.start(1)] = True  # "rose serveuse à la côte", "hope poetst bij"
            continue
        if not hinted or len(word) < 3 or word in common or word in NOT_PEOPLE or word in SUBJECTS:
            continue
        named = word in lexicon.first or word in lexicon.last or not lexicon.is_word(word)
        after = match.end()
        unknown = named or not plain_word(word, lexicon) or rare_word(word, lexicon)
        # "thabo kwam niet opdagen"; "wijkagent kwam langs" stays
        acts = (unknown and ARRIVES.match(text, after)) or (named and CONTACTS.match(text, after))
        aged = (word in lexicon.first or not lexicon.is_word(word)) and AGED.match(text, after)
        told = named and not plain_word(word, lexicon) and DISLOCATED.match(text, after)
        if acts or aged or told:  # "kessler elle sait pas venir" (probe50): told, then said
            found[match.start(1)] = True
    return found


DISLOCATED = lazy(
    r"(?i:\s+(?:elle|il)\s+(?:ne\s+|n['’]\s?)?(?:sait|peut|veut|a|est|va|dit|vient)\b)"
)
"""French names its subject first, then says it again: "kessler elle sait pas venir"."""
PAIR_ACTS = lazy(
    r"(?i:\s+(?:and|en|et|&)\s+([^\W\d_][\w'’-]*)\s+(?:came|come|live|lived|share|shared|went"
    r"|have|had|want|wanted|stay|stayed|sleep|slept|play|played|attend|arrived|left|moved|komen"
    r"|kwamen|wonen|woonden|delen|gaan|gingen|hebben|hadden|willen|spelen|slapen|vivent"
    r"|(?:are\s+)?staying\s+with|(?:sont\s+|restent\s+|dorment\s+|logent\s+)?chez\s+leur"
    r"|(?:zijn|blijven|slapen|logeren)\s+bij\s+hun"
    r"|viennent|habitent|partagent|ont|jouent|dorment|vont|sont\s+venue?s|are\s+twins"
    r"|zijn\s+(?:een\s+)?tweeling|sont\s+(?:des\s+)?jumeaux|sont\s+(?:des\s+)?jumelles"
    r"|(?:are|zijn|sont)\s+(?:the|de|les)\s+(?:\d\s+|two\s+|twee\s+|deux\s+)?(?:daughters|sons"
    r"|kids|children|girls|boys|dochters|zonen|kinderen|meisjes|jongens|filles|fils|enfants)"
    r"|(both|together|samen|ensemble|were\s+(?:absent|late|sick|ill|there|home|not)|did\s+not"
    r"|didn['’]t|don['’]t|never|zijn\s+(?:niet|nooit|vandaag|gisteren|ziek)|waren\s+(?:niet|ziek"
    r"|er)|ne\s+sont\s+pas|n['’]ont\s+pas))\b)"
)
"""Two opening words joined by "and" before what two people do or where they stay: "precious
and faith share one bed", "wil en geluk komen uit kinshasa", "divine et merveille chez leur
grand-mère" (probe18, probe104)."""


def _paired(first: str, second: str, lexicon: Lexicon, weak: bool) -> bool:
    """Both words first names of the lists (words too: "hope", "geluk") or of no language, and
    neither a family word nor a pronoun ("mama en papa komen", "he and i"). `weak`: what follows
    may be said of things too ("never", "did not"): not two words that are also words ("love and
    hope never die")."""
    pair = (first.lower(), second.lower())
    common = frequent()
    if weak and not any((w in lexicon.first and w not in lexicon.word_names and w not in common)
                        or not lexicon.is_word(w) for w in pair):  # fmt: skip
        return False
    return all(
        len(w) > 2 and w not in SUBJECTS and w not in NOT_PEOPLE and w not in FAMILY
        and w not in MODALS  # "kevin and will come tomorrow"
        and (w in lexicon.first or w in lexicon.word_names or not lexicon.is_word(w))
        for w in pair
    )  # fmt: skip


OPENING = lazy(r"(?:^|[.!?:;(\"“«•\n])\s*([^\W\d_]\w*+(?:['’-]+\w++)*+)")
"""The first word of the text and of each sentence, as the name rules cut words."""


IBERIAN_PARTICLES = frozenset(["do", "da", "dos", "das", "del", "della", "di", "e", "y", "de"])
LEADING = frozenset(["do", "da", "dos", "das", "del", "della", "di"])
"""The particles that can open a run ("e", "y" only join a second surname)."""
IBERIAN_NAMES = frozenset(
    """carmo dores santos silva sousa souza costa lurdes lourdes luz pilar rosário rosario
    fátima fatima jesus nascimento anjos graça graca neves assunção assuncao céu ceu piedade
    socorro paz glória gloria conceição conceicao deus cruz rocha mata fonseca almeida
    oliveira carvalho pereira ferreira rosa sol mar""".split()  # noqa: SIM905
)
"""Portuguese, Spanish and Cape Verdean names after a particle: "maria do carmo", "ana dos
santos", "joão da silva". Some are words elsewhere ("rosa", "paz", "mar"): after a first
name and "do", "da", "dos", "das" they are a name."""


def particle_names(
    text: str, matches: list[re.Match[str]], lowered: list[str], lexicon: Lexicon
) -> dict[int, bool]:
    """Start of each word of a first name, an Iberian particle and a surname -> True; a
    second surname after "e" or "y" joins them ("maria do rosário e souza")."""
    runs = letter_runs(text)
    if LEADING.isdisjoint(runs) and ("de" not in runs or IBERIAN_NAMES.isdisjoint(runs)):
        return {}  # most sentences: no particle, or only "de" and no Iberian name
    found: dict[int, bool] = {}
    last_index = len(matches) - 1
    for j in [j for j, word in enumerate(lowered) if word in IBERIAN_PARTICLES]:
        i = j - 1
        if i < 0 or j == last_index:
            continue
        first, particle, last = lowered[i : i + 3]
        led = first in lexicon.first or matches[i].start() in found
        if not led or first in frequent() or last in frequent() or not _spaced(text, matches, i):
            continue
        if particle in ("e", "y", "de"):
            surname = last in IBERIAN_NAMES or (
                particle != "de" and matches[i].start() in found and last in lexicon.last
            )
        else:
            surname = last in IBERIAN_NAMES or last in lexicon.last or not lexicon.is_word(last)
        if surname:
            found.update(dict.fromkeys((m.start() for m in matches[i : i + 3]), True))
    return found


def _spaced(text: str, matches: list[re.Match[str]], i: int) -> bool:
    return (
        text[matches[i].end() : matches[i + 1].start()]
        == " "
        == (text[matches[i + 1].end() : matches[i + 2].start()])
    )
