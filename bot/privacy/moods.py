"""Special-category words said of a passing mood, a game, an image, a topic, a workplace or
clothing, not of a person's condition, custody or faith (#12).

"he's depressed about the match", "i felt a bit depressed", "hij is wat depri": a low mood
names no diagnosis, while "she is depressed" alone may. A golf handicap is a score. "het
voelt als een gevangenis", "the prison of debt": a comparison. "een vorming over psychose",
"le diabète en général": a topic. "werkt in de psychiatrie als verpleegster", "hij is
cipier in de gevangenis", "on probation at her new job": work. "zat opgesloten in de lift":
a room. "un voile de tristesse", "un foulard en hiver": an image, clothing. Each is decided
on the words right before or after the word.
"""

from __future__ import annotations

from bot.privacy.lazy_patterns import lazy
from bot.privacy.plain_phrases import plain_drink

GOLF = lazy(r"(?i:\s+(?:van|de|of)\s+\d+\s+(?:op|au|at|in|bij|met)\s+(?:het\s+|le\s+)?golf\b)")
MOODS = frozenset(["depressed", "depressief", "gedeprimeerd", "déprimé", "déprimée", "deprime",
                   "deprimee", "down", "depri", "déprime"])  # fmt: skip
"""Words for a low mood that are also read as the illness."""
ABOUT = lazy(
    r"(?i:\s+(?:about|over|because\s+of|à\s+cause\s+(?:de|du|des|d['’])|par\s+(?:la|le|les|l['’])"
    r"|sur\s+(?:la|le|les|l['’])|door\s+(?:de|het)|om\s+(?:de|het|dat)|vanwege|wegens)(?=\s|\w))"
)
"""What the mood is about follows: "about the match", "over het weer", "à cause de la pluie"."""


FELT = lazy(
    r"(?i:\b(?:felt|feel|feels|feeling|voel|voelt|voelde|voelden|voelen|me\s+sens|se\s+sent"
    r"|me\s+sentais|se\s+sentait|me\s+suis\s+sentie?|s['’]est\s+sentie?)\s+(?:me\s+|zich\s+)?"
    r"(?:(?:a\s+bit|a\s+little|wat|een\s+beetje|beetje|un\s+peu|pretty|quite|so|really|rather"
    r"|vraiment|assez|echt|heel|best|zo)\s+)?$)"
)
"""A mood felt for a moment: "i felt a bit depressed", "ik voelde me wat depressief"; "she
feels very depressed" says more and stays masked."""
MILD = lazy(r"(?i:\b(?:wat|een\s+beetje|beetje|a\s+bit|a\s+little|un\s+peu|un\s+brin)\s+$)")
"""A mood said to be slight is a mood: "hij is wat depri", "she is a bit depressed"."""
IMAGE_BEFORE = lazy(
    r"(?i:\b(?:als\s+een|als|like\s+a|like|comme\s+une|comme\s+un|c['’]est\s+une|c['’]est\s+un"
    r"|is\s+een|is\s+a|een\s+echte|a\s+real|une\s+vraie|een\s+soort|a\s+kind\s+of"
    r"|une\s+sorte\s+de)\s+$)"
)
IMAGE_AFTER = lazy(r"(?i:\s+(?:of|van|de|du|des)\s+(?:debt|schulden|dettes|la\s+dette|poverty"
                   r"|armoede|pauvreté|loneliness|eenzaamheid|solitude)\b)")  # fmt: skip
"""A prison as an image: "voelt als een gevangenis", "the prison of debt"."""
BATTERY = lazy(r"(?i:batterij|batterie|battery|batteries|accu|pile|piles|\bion\b|-ion\b)")
"""Lithium of a battery is a metal, not a treatment (eleventh session)."""
IMAGE_COPULA = lazy(
    r"(?i:\b(?:is|was|wordt|c['’]est|est|it['’]s|is\s+like)\s+(?:(?!(?:in|naar|uit|dans|en|to|at"
    r"|into|out|op|from|au|à|a)\b)\w+\s+){0,2}(?:een|a|une|un)\s+$)"
)
"""A prison as what a place is, words between: "het is hier een gevangenis" (eleventh session)."""
PRISON = lazy(r"(?i:\b(?:prison|gevangenis|jail|gaol|cel|cellule|bajes|bak|taule|tôle)\b)")
"""Only a place can be an image: "hij is een gevangene", "c'est un détenu" are people."""


TOPIC_BEFORE = lazy(
    r"(?i:\b(?:talk|talks|lecture|webinar|exposé|folder|brochure|dépliant|leaflet|flyer|vorming"
    r"|opleiding|training|workshop|atelier"
    r"|cursus|course|formation|infosessie|infoavond|lezing|conférence|presentatie|séance"
    r"|campagne|campaign|documentaire|documentary|artikel|article|boek|book|livre|module|thema"
    r"|affiche|poster|session|sessie|rules|regels|règles|reeks|série|series|podcast|film"
    r"|reportage|uitzending|émission|emission|programme|programma|eerste\s+hulp"
    r")(?:\s+(?:ging|gaat|was|is|est|était|portait|porte))?\s+(?:over|about|bij"
    r"|on|sur|rond|autour\s+de|tegen|contre|against|en\s+ligne\s+sur|online\s+over)\s+"
    r"(?:(?:de|het|la|le|les|the)\s+|l['’])?"
    r"(?:(?!(?:zijn|haar|hun|his|her|their|son|sa|ses|leur)\b)[^\W\d_]+\s+)?"
    r"(?:[^\W\d_][\w'’-]*,?\s+(?:en|and|et|of|or|ou)\s+(?:l['’]\s*|l\s|the\s+|de\s+|het\s+)?)?$)"
)
"""A condition as the subject of a leaflet, a training or a talk, without anyone's: "een
vorming over psychose", "the training was about dementia"; "over haar depressie" is hers."""
IN_GENERAL = lazy(
    r"(?i:\s+(?:en\s+général|in\s+het\s+algemeen|in\s+general|campagne|campaign|awareness"
    r"|poster|affiche|week|dag|day|services|diensten)\b)"
)
"""A condition in general or named by its campaign: "diabetes awareness poster" (review30a)."""
WEATHER = lazy(
    r"(?i:\s+(?:boven|over(?!\s+(?:is|was|zou|zal|zijn|gaat|ging)\b)|atlantique|atlantic|sur\s+la\s+(?:mer|manche|belgique)|au-dessus"
    r"|brengt|brings|apporte|arrive|trekt|moves)\b)"
)
"""A depression of the weather: "een depressie boven de noordzee" (review30a); not one that is
over ("zegt dat depressie over is", probe49)."""
THING_IS = lazy(
    r"(?i:\b(?:project|projet|dossier|systeem|système|system|administratie|administration"
    r"|beleid|politique|policy|bureaucratie|bureaucracy|procedure|procédure|file|machine"
    r"|koffiemachine|gsm|phone|telefoon|téléphone|printer|imprimante|computer|ordinateur|pc"
    r"|laptop|wifi|frigo|fridge)(?:\s+(?:à|a)\s+caf[ée])?\s+(?:is|est|c\s?['’]?\s?est)\s+(?:(?:echt|really|vraiment"
    r"|gewoon|just|juste|en)\s+)?(?:(?:een|un|une|a)\s+(?:(?:echte|vrai|vraie|real)\s+)?)?$)"
)
"""A thing called a cancer or depressed is a figure: "dat project is kanker" (review30a), "dat
dossier is een echte kanker", "koffie machine is depressief", "mijn gsm is verslaafd aan de
oplader" (review35a)."""
OWN_JOKE = lazy(r"(?i:\b(?:ik|i|im|i['’]m|je|j['’]ai|jai|me)\b[^.;!?]{0,40}$)")
LAUGHING = lazy(r"(?i:[^.;!?]{0,30}?\b(?:haha\w*|lol|mdr|hihi|xd)\b)")
"""The worker's own state, laughed off: "precies of ik een burn out heb haha" (review35a)."""
OWN = lazy(
    r"(?i:(?:\b(?:mijn\s+eigen|my\s+own|ma\s+propre|mon\s+propre)|^(?:ik|i|j['’]ai|jai)\s+"
    r"(?:[^\W\d_]+\s+){0,3}?(?:zelf|myself|moi-m[eê]me|moi\s+m[eê]me))\s+"
    r"(?:(?:een|ook|a|une?)\s+){0,2}$)"
)
"""The worker's own ailment: "vandaag mijn eigen rugpijn weer" (review46a), "ik had vandaag
zelf migraine" opening the note (review49a)."""
COLLEAGUES = lazy(
    r"(?i:\s+(?:de|des|du|van|of|among|bij|chez|onder)\s+(?:(?:plusieurs|deux|trois|quelques"
    r"|mes|nos|enkele|twee|drie|mijn|onze|several|two|three|some|my|our|the)\s+)?"
    r"(?:coll[eè]gues?|collega['’]?s?|colleagues?|l['’]équipe|l['’]equipe|het\s+team|staff)\b)"
)
"""The team's own strain: "on parle du burn-out de plusieurs collègues" (review48a)."""
PARKING = lazy(r"(?i:\b(?:parking|parkeren|parkeerplaats|stationnement|bus|halte)\b[^.;!?]{0,20}$)")
"""A psychiatric centre as a place to park: "parking at the psychiatric centre" (review35a)."""
WORKPLACE = lazy(
    r"(?i:\b(?:werkt|werkte|werken|works|worked|working|travaille|travaillait|bosse|job"
    r"|cipier|bewaker|gevangenisbewaarder|guard|warden|gardien|gardienne|surveillante?)\s+"
    r"(?:in|at|à|au|dans)\s+(?:(?:de|het|een|a|an|the|la|une)\s+|l['’])?$)"
)
AS_A_JOB = lazy(r"(?i:\s+(?:als|as|comme|en\s+tant\s+que)\s+[^\W\d_])")
"""Staff of a prison or a psychiatric ward: a guard before it, or a work verb before and the
job after ("werkt in de psychiatrie als verpleegster")."""
GUARDS = ("cipier", "bewaker", "gevangenisbewaarder", "guard", "warden", "gardien", "surveill")


def a_workplace(text: str, start: int, end: int) -> bool:
    """True when the word at `start`-`end` is where someone works, not what they have."""
    before = WORKPLACE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    return before.group().lower().startswith(GUARDS) or AS_A_JOB.match(text, end) is not None


SUDDEN = frozenset(["hartaanval", "heart attack", "crise cardiaque", "infarct", "hartinfarct",
                    "attaque", "beroerte", "stroke"])  # fmt: skip
NEARLY = lazy(r"(?i:\b(?:bijna|nearly|almost|failli|presque|quasi)\b[^.;!?]{0,20}$)")
"""A heart attack nearly had is a fright: "i nearly had a heart attack" (review32b)."""


def a_topic(text: str, start: int) -> bool:
    """The word at `start` is the subject of a training, a film or a talk ("een vorming over
    radicalisering en islam", "a film about a transgender teen")."""
    return TOPIC_BEFORE.search(text, max(0, start - 60), start) is not None


def a_figure(text: str, said: str, start: int, end: int) -> bool:
    """True when the health word `said` at `start`-`end` is a mood, a topic, a workplace or a
    golf handicap."""
    if said == "handicap":
        return GOLF.match(text, end) is not None
    if said == "lithium":
        return BATTERY.search(text, max(0, start - 30), end + 30) is not None
    if said == "on the spectrum":
        return OF_OPINIONS.match(text, end) is not None
    if TOPIC_BEFORE.search(text, max(0, start - 50), start) or IN_GENERAL.match(text, end):
        return True
    if said in ("depressie", "dépression", "depression") and WEATHER.match(text, end):
        return True
    if THING_IS.search(text, max(0, start - 40), start):
        return True
    if OWN_JOKE.search(text, max(0, start - 60), start) and LAUGHING.match(text, end):
        return True
    if OWN.search(text, max(0, start - 40), start) or COLLEAGUES.match(text, end):
        return True
    if said.startswith("psychiatr") and PARKING.search(text, max(0, start - 40), start):
        return True
    if said in SUDDEN and NEARLY.search(text, max(0, start - 30), start):
        return True  # "ik kreeg bijna een hartaanval": a fright
    if a_workplace(text, start, end):
        return True
    if said not in MOODS:
        return False
    felt = FELT.search(text, max(0, start - 40), start) or MILD.search(
        text, max(0, start - 14), start
    )
    return felt is not None or ABOUT.match(text, end) is not None


OF_OPINIONS = lazy(r"(?i:\s+(?:of|from|between)\b)")
"""A range, not autism: "on the spectrum of opinions", "on the spectrum from A to B"."""
AT_WORK = lazy(
    r"(?i:\s+(?:at|in|on|op|bij|au|à|dans)\s+(?:(?:her|his|their|the|a|haar|zijn|het|de|son|sa|le"
    r"|la|mon|my)\s+)?(?:new\s+|nieuwe\s+|nouveau\s+|nouvel\s+)?(?:job|work|werk|travail|boulot"
    r"|company|bedrijf|firma|employer|werkgever|employeur)\b)"
)
"""Probation at a job is a trial period: "she is on probation at her new job"."""
SHUT_IN = lazy(
    r"(?i:\s+(?:in|dans|inside)\s+(?:(?:de|het|la|le|the|her|his|haar|zijn|sa|son|een|a)\s+|l['’])?"
    r"(?:lift|ascenseur|elevator|toilet|toilettes|wc|badkamer|salle\s+de\s+bains?|bathroom|kamer"
    r"|chambre|room|auto|voiture|car|huis|maison|house|flat|kot|garage|kelder|cave|cellar)\b)"
)
"""Shut in a lift or a room: "zat opgesloten in de lift", "enfermée dans la salle de bain"."""


def an_image(text: str, start: int, end: int) -> bool:
    """True when the detention word at `start`-`end` is a comparison, a trial period at work,
    a room someone was shut in or a square of Monopoly, not custody."""
    place = PRISON.search(text, start, end) is not None  # "is a prisoner" is no image
    before = place and (
        IMAGE_BEFORE.search(text, max(0, start - 20), start) is not None
        or IMAGE_COPULA.search(text, max(0, start - 40), start) is not None
    )
    after = AT_WORK.match(text, end) or SHUT_IN.match(text, end)
    image = before or after is not None or (place and IMAGE_AFTER.match(text, end) is not None)
    game = "monopol" in text[max(0, start - 80) : end + 80].lower()  # its jail square
    return image or a_workplace(text, start, end) or game


VEILED = frozenset(["voile", "orthodox", "orthodoxe"])
A_VEIL = lazy(r"(?i:\b(?:un|une|ce|cet|cette|quite|so|very|zo|erg|heel|nogal|assez|trop|too)\s+$)")
ABOUT_IT = lazy(r"(?i:\s+(?:about|over|when|als\s+het\s+gaat|quand\s+il\s+s['’]agit|sur)\b)")
"""A veil or orthodoxy as an image: "un voile de tristesse", "orthodox about the rules"."""
GARMENTS = ("foulard", "scarf", "sjaal", "écharpe", "echarpe", "muts", "bonnet")
COLD = lazy(
    r"(?i:\s+(?:en\s+hiver|l['’]hiver|quand\s+il\s+fait\s+froid|contre\s+le\s+froid|à\s+cause"
    r"\s+du\s+froid|tegen\s+de\s+kou|in\s+de\s+winter|in\s+(?:the\s+)?winter|for\s+the\s+cold"
    r"|against\s+the\s+cold|because\s+(?:of\s+the\s+cold|it\s+(?:was|is)\s+cold))\b)"
)
"""A scarf against the cold is clothing: "elle porte un foulard en hiver"."""


def no_faith(text: str, said: str, start: int, end: int) -> bool:
    """True when the religion word `said` at `start`-`end` is an image or clothing."""
    if said in VEILED:
        return bool(A_VEIL.search(text, max(0, start - 12), start) or ABOUT_IT.match(text, end))
    return any(garment in said for garment in GARMENTS) and COLD.match(text, end) is not None


PREMATURE = frozenset(["premature", "prématuré", "prematuur", "prématurée", "prématurés"])
BIRTH = lazy(
    r"(?i:\b(?:born|birth|baby|babies|geboren|geboorte|bébé|bebe|née?s?|naissance|bevalling"
    r"|bevallen|accouchée?|accouchement|delivered|weken|weeks|semaines|couveuse|incubator"
    r"|neonat\w*|kindje|zoontje|dochtertje|tweeling|twins|jumeaux|preemie|prematurely)\b)"
)
"""Premature is a condition of a birth ("born premature", "un bébé prématuré"); "it's
premature to say" is a judgement: the word counts only with a word of birth near it."""
ALLERGY_IMAGE = lazy(
    r"(?i:\s+(?:voor|aan|tegen|to|à|a|aux|au|for)\s+(?:de\s+|het\s+|la\s+|le\s+|les\s+|l['’]\s*"
    r"|the\s+|any\s+|alle\s+|tout\s+)?(?:formulier\w*|papier\w*|paperwork|paperasse|papiers"
    r"|administrati\w*|bureaucra\w*|regels|rules|règles|autorit\w*|gezag|authority|werk|work"
    r"|travail|maandag\w*|mondays?|lundis?|kritiek|criticism|critiques?|conflict\w*|instanties"
    r"|diensten|afspraken|appointments|rendez-vous|politie|police|vergader\w*|meetings?"
    r"|réunions?|verander\w*|change|changements?|discipline|structuur|structure|controle"
    r"|control|contrôle|hulpverlen\w*|sociale?\s+assistante?s?|social\s+workers?"
    r"|maatschappelijk\s+werkers?|inspanning\w*|effort\w*|huiswerk|homework|devoirs|excel|computers?"
    r"|ordinateurs?|technolog\w*|e-?mails?)\b)"
)
"""An allergy to forms or rules is a figure of speech: "een allergie voor formulieren"."""


AVEC_AFTER = lazy(
    r"\s+(?i:mr|mme|m\.|madame|monsieur|mlle|la|le|les|l['’]|sa|son|ses|lui|elle|eux|moi|nous"
    r"|vous|toi|ma|mon|mes|leur|leurs|ce|cette|[a-zà-ÿ]+(?=\s+(?:pour|pr|demain|lundi|mardi"
    r"|mercredi|jeudi|vendredi|ce|à|a)\b))\b"
)
AN_AVC = lazy(
    r"(?i:\b(?:un|d['’]un|son|cet|l['’]|an|a|een|the|gros|petit|fait|after|na|après)\s*$)"
)


def _with(text: str, start: int, end: int) -> bool:
    """ "rdv pris avc mr vanhove": "avec" in a phone's shorthand, not a stroke (AVC), unless an
    article or a verb of having one stands before it ("elle a fait un avc le mois passé")."""
    if AN_AVC.search(text, max(0, start - 10), start):
        return False
    return AVEC_AFTER.match(text, end) is not None


DEVICE_BEFORE = lazy(
    r"(?i:\b(?:gsm|laptop|computer|ordinateur|ordi|pc|phone|telefoon|smartphone|tablet|tablette"
    r"|carte\s+sd|sd[\s-]?card|sd-kaart|usb|harde\s+schijf|disque|hard\s+drive|printer)\b"
    r"[^.;!?]{0,25}$)"
)
"""A device before memory trouble: its storage, not a mind ("gsm heeft geheugenproblemen",
"la carte sd a des troubles de mémoire": reader50c)."""
MEMORY_TROUBLE = ("geheugenprobl", "geheugenstoorn", "geheugenverlies", "troubles de mémoire",
                  "troubles de la mémoire", "troubles mnésiques", "perte de mémoire",
                  "pertes de mémoire", "memory problem", "memory loss", "memory issue")  # fmt: skip
"""The forms of memory trouble a device has too; not a memory clinic ("a phone call from the
memory clinic")."""


def a_figure_of_health(text: str, said: str, start: int, end: int) -> bool:
    """A health word used for something else: premature without a birth, an allergy to
    forms, a golf handicap, a low mood about a match (`moods`)."""
    if said in PREMATURE:
        return BIRTH.search(text, max(0, start - 40), end + 40) is None
    if said.startswith("allergi"):
        return ALLERGY_IMAGE.match(text, end) is not None
    if said == "avc":
        return _with(text, start, end)
    if said.startswith(MEMORY_TROUBLE):
        return DEVICE_BEFORE.search(text, max(0, start - 40), start) is not None
    return a_figure(text, said, start, end) or plain_drink(text, said, start, end)
