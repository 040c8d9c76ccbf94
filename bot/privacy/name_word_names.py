"""First names that are also ordinary words ("joy", "Precious", "victoire"): the words around
them decide (kept apart from `names` to keep modules small)."""

from __future__ import annotations

from bot.privacy.language import language_at
from bot.privacy.lazy_patterns import lazy
from bot.privacy.lexicon import Lexicon
from bot.privacy.name_cues import SUBJECT_VERBS
from bot.privacy.name_function_words import AND, COMPANY, COPULAS, MODALS, OR, POSSESSIVES
from bot.privacy.name_groups import (
    ARTICLE_BEFORE,
    ELIDED,
    HAVE,
    HOME,
    HOME_AFTER,
    NEXT_WORD,
    PARTICIPLE,
    STATE,
    TITLES_AND_RELATIONS,
    VERBS,
    Token,
    gap,
    next_or_claimed_verb,
    next_token,
)
from bot.privacy.name_lists import negated
from bot.privacy.name_spans import foreign_after
from bot.privacy.name_subjects import SUBJECTS, TEACHING
from bot.privacy.name_tails import name_not_word
from bot.privacy.name_vetoes import FEASTS, IN_PERSON, WEATHER
from bot.privacy.name_word_acts import MISSED_A_POINT, contacted_or_acting, sent_by
from bot.privacy.name_word_described import OF_SOMEONE, described_after, nicknamed
from bot.privacy.name_word_states import BEFALLEN, states_a_category
from bot.privacy.name_word_uses import KIDS
from bot.privacy.rare_words import name_words
from bot.privacy.word_typos import one_slip_from

JOINERS = AND | OR
THANKS = frozenset(["grace", "grâce"])
CLAUSE_OPENERS = frozenset(["en", "and", "et", "maar", "but", "mais", "dat", "that", "que", "qu",
                            "omdat", "because", "want", "car", "since", "sinds", "toen", "when",
                            "quand", "ook", "also", "aussi", "while", "terwijl"])  # fmt: skip
"""Words after which a word-name may open a clause: "en hope is zwanger", "because joy has
asthma"."""
OPENER_VERBS = SUBJECT_VERBS - frozenset(
    ["ne", "n'a", "n'est", "n'avait", "n'était", "did", "does", "doesn't", "didn't", "can't",
     "won't", "isn't", "wasn't", "hasn't", "would", "could", "should", "might", "must", "keeps",
     "kept", "still", "also", "never", "always", "just", "seemed", "looks", "looked", "gets",
     "started", "stopped", "helps", "helped", "makes", "made", "brings", "brought", "takes",
     "took"]
) | frozenset(["owes", "owed", "dropped", "quit", "skipped"]) | BEFALLEN  # fmt: skip
"""A person's own verbs after a word-name opening a sentence ("patience attend la réponse",
"lieve zorgt voor", "doudou vit chez"); not the auxiliaries and verbs that abstract nouns take
as well ("hope did not come true", "patience ne suffit pas", "grace takes time"); with debts,
school and appointments only people have ("honour dropped out", "patience owes 640"), `BEFALLEN`."""


def word_name(
    text: str, tokens: list[Token], i: int, lexicon: Lexicon, languages: dict[int, str | None]
) -> bool:
    """A first name that is also a word ("joy", "Precious", "victoire"): context decides."""
    token = tokens[i]
    lang = language_at(languages, token.start)
    foreign = lang is not None and lang not in lexicon.word_names[token.bare]
    following = next_or_claimed_verb(text, tokens, i, OPENER_VERBS if token.opens else VERBS)
    previous = tokens[i - 1] if i > 0 and gap(text, tokens[i - 1], token) else None
    if following is not None and following.bare in FEASTS:
        return False  # "joyeux noel a toute la famille", "merry christmas": a wish
    if previous is not None and previous.bare in TEACHING and token.bare in SUBJECTS:
        return False  # "de leraar frans belde": the subject; "opa frans" is someone
    word_itself = THE_WORD.search(text, max(0, token.start - 7), token.start)
    if word_itself and not WROTE.match(text, token.end):
        return False  # "the word espoir came up in group" (probe75's clean note)
    if after_title(text, tokens, i):
        return foreign or token.bare not in MODALS
    if previous is not None and previous.bare in COPULAS and PREDICATE_END.match(text, token.end):
        return False  # "the square was lovely, bought waffles": what it was (probe81)
    if following and following.bare in WANTED and WANTED_ALONE.match(text, following.end):
        return False  # "Patience needed, the mutualiteit takes 6 weeks": the word is needed
    if sent_by(text, token):
        return True  # "appel de testimony"
    if ARTICLE_BEFORE.search(text, max(0, token.start - 6), token.start) and not token.capital:
        return False  # "de lente komt eraan", "la pierre est lourde": a word after its article
    if token.word[:2].lower() in ("l'", "l’"):
        return False  # "l'espérance a disparu": the article elided onto the word
    if token.capital and _itself_as_verb(text, token):
        return True  # "Will will call back", "Rose rose early", "Hope hopes to stay"
    if token.opens and (negated(text, token.end) or DENIED_ACT.match(text, token.end)):
        return True  # "patience ne trouve pas", "blessing did not go": a person's verb, denied
    if token.opens and following is None and _verb_typed_wrong(text, token.end, lexicon):
        return True  # "grace wnats to move out", "joy siad": a person's verb, one slip off
    surname = following and name_not_word(following.bare, lexicon)
    if following and ((following.capital and not following.opens) or surname):
        return True  # "joy Peeters", "gift okafor"
    if following and following.bare in VERBS and following.bare in COPULAS and foreign:
        foreign = foreign_after(text, following.end, lexicon.word_names[token.bare])
    verbs = OPENER_VERBS if token.opens else VERBS
    weather = token.bare in WEATHER and following is not None and following.bare in WEATHER_VERBS
    weather = weather and following is not None and not IN_PERSON.match(text, following.end)
    acts = following and following.bare in verbs and (foreign or following.bare not in COPULAS)
    if acts and not weather and not MISSED_A_POINT.match(text, token.end):
        return True  # "Precious said", "patience attend la réponse"; not "rain came down"
    have = following is not None and (
        following.bare in HAVE
        or following.word.lower() in ELIDED
        or (following.bare == "a" and PARTICIPLE.match(text, following.end) is not None)
        or (following.bare == "a" and lang == "fr" and token.opens and token.bare not in THANKS)
    )  # "espérance a rdv lundi"; not "grace a son aide", "grâce à" typed without accents
    opens_clause = token.opens or (previous is not None and previous.bare in CLAUSE_OPENERS)
    opens_clause = opens_clause or bool(
        OPENER_BEFORE.search(text, max(0, token.start - 12), token.start)
    )
    if (
        following is not None
        and opens_clause
        and following.bare in COPULAS
        and STATE.match(text, following.end)
        and not _season_away(token, following.end, text)
    ):
        return True  # "Joy is sick today", "because blessing was sick": a person's state
    if opens_clause and not token.opens and _state_last(text, token.end):
        return True  # "omdat joy ziek was": a Dutch clause, its verb last
    if states_a_category(text, token.start, token.end) and (opens_clause or not token.capital):
        return True  # "hope is pregnant", "joy takes her insulin": a person's own category
    if following and opens_clause and have and lang in ("nl", "fr"):
        return True  # "roos had bloemen gekocht", "victoire m'a montré": no article, a person
    if not token.opens and token.capital:
        return True
    if token.opens and described_after(text, token.end, article=token.bare == "an"):
        return True  # "Roos van 3 jaar", "faith mum of bright", "precious nigerian, pregnant"
    if nicknamed(text, token.start, token.end):
        return True  # "big mo from across the hall", "dikke mo van hiernaast"
    if previous is not None and previous.bare in KIDS and OF_SOMEONE.match(text, token.end):
        return True  # "le petit prince de mme mukendi", "little joy of mrs peeters"
    if token.opens and token.bare not in WEATHER and _told_when(text, token.end):
        return True  # "roos vandaag niet op school"; not "zon vandaag eindelijk": the weather
    if _pair_acting(text, token, lexicon):
        return True  # "miracle and praise missed the bus", "will and mark were both at school"
    after = next_token(text, tokens, i + 1) if following and following.bare in JOINERS else None
    if after is not None and (after.bare in POSSESSIVES or (after.known and after.capital)):
        return True  # "jade en haar vriendin"
    if (
        previous is not None
        and previous.bare in HOME
        and (previous.bare == "chez" or HOME_AFTER.match(text, token.end))
    ):
        return True  # "chez victoire", "bij roos thuis": at someone's place
    if contacted_or_acting(text, token, foreign):
        return True  # "ik heb blessing gebeld", "j'ai vu destiny", "grace will call back"
    return foreign and previous is not None and previous.bare in COMPANY  # "met prince"


THE_WORD = lazy(r"(?i:\b(?:word|woord|mot)\s+$)")
PREDICATE_END = lazy(r"\s*(?:[,.;!?]|$)")
WROTE = lazy(r"(?i:\s+(?:said|says|wrote|writes|zei|zegt|schreef|schrijft|dit|écrit|a\s+dit)\b)")
"""After "the word" a name still says or writes it: "the word mark said was fine" (reader36)."""
PAIR = lazy(r" (?:and|en|et|&) ([a-zà-ÿ]+) ([a-zà-ÿ]+)(?: ([a-zà-ÿ]+))?")
PAIR_ACTS = frozenset(["missed", "came", "went", "kwamen", "gingen", "komen", "gaan", "have",
                       "hebben", "ont", "had", "hadden", "avaient", "played", "speelden",
                       "jouaient", "said", "zeiden", "zeggen", "disent", "called", "belden",
                       "asked", "vroegen", "want", "willen", "veulent", "live", "lived", "wonen",
                       "woonden", "habitent", "vivent", "sleep", "slept", "slapen", "sliepen",
                       "dorment", "cried", "huilden", "pleurent", "laughed", "lachten", "fought",
                       "vochten", "arrived", "left", "stayed", "bleven", "refused", "weigerden",
                       "refusent", "sisters", "brothers", "twins", "zussen", "zusjes", "broers",
                       "tweeling", "soeurs", "sœurs", "frères", "jumeaux", "jumelles"])  # fmt: skip
PAIR_BEING = frozenset(["were", "are", "waren", "zijn", "sont", "étaient"])
PAIR_WHERE = frozenset(["both", "allebei", "beiden", "tous", "toutes", "all", "at", "thuis",
                        "home", "there", "er", "bij", "chez", "absent", "absents", "absentes",
                        "present", "aanwezig", "afwezig", "ziek", "sick", "ill", "malades",
                        "late", "asleep"])  # fmt: skip
"""Two word-names joined by "and" opening a sentence, then what people do or where they are
("joy and blessing were at home"): two abstract nouns are rarely anywhere ("hope and faith are
important" stays)."""
COUNTED = frozenset(["both", "allebei", "beiden", "tous", "toutes", "all"])
"""After "were both" a place or a state must follow: "hope and faith are both important"
stays."""


WHEN = lazy(
    r" (?:vandaag|today|aujourd['’]hui|gisteren|yesterday|hier|morgen|tomorrow|demain|vanmorgen"
    r"|vanochtend|vanavond|tonight|this morning|ce matin|ce soir) ([a-zà-ÿ']+)"
)
"""A word-name opening a note, then when, then what happened: a person, unless a verb of being
or of need follows ("hope today is low", "patience vandaag nodig")."""


def _told_when(text: str, end: int) -> bool:
    when = WHEN.match(text, end)
    if when is None:
        return False
    then = when.group(1)
    return not (then in COPULAS or then in MODALS or then in HAVE or then in WANTED)


OPENER_BEFORE = lazy(
    r"(?i:\b(?:because|omdat|want|but|maar|mais|quand|when|toen|que|qu['’]|since|while"
    r"|terwijl|so|dus|puis|alors)\s+)$"
)
"""A word opening a clause, read from the text (not every one is among the tokens)."""
BEING_AFTER = lazy(r"\s+(?:was|is|werd|wordt|bleef|blijft|waren|zijn)\b")


def _state_last(text: str, end: int) -> bool:
    state = STATE.match(text, end)
    return state is not None and BEING_AFTER.match(text, state.end()) is not None


SEASONS = frozenset(["summer", "winter", "spring", "autumn", "zomer", "lente", "herfst", "été",
                     "printemps", "hiver"])  # fmt: skip
"""Seasons that are given names too: "summer was not at home" is left as it may be either."""
AWAY = lazy(r" (?:(?:not|niet|pas|nog|still|encore)\s+)?(?:at\s+home|là|back\s)")


def _season_away(token: Token, end: int, text: str) -> bool:
    return token.bare in SEASONS and AWAY.match(text, end) is not None


PAIR_OPENING = lazy(r"(?:^|[.!?;:\n] *)([a-zà-ÿ]+) (?:and|en|et|&) $")


def _pair_acting(text: str, token: Token, lexicon: Lexicon) -> bool:
    """`token` is either word of such a pair (the first must open the sentence)."""
    if token.opens:
        return _pair_after(text, token.end, token.bare, lexicon)
    first = PAIR_OPENING.search(text, max(0, token.start - 40), token.start)
    if first is None or first.group(1) not in lexicon.word_names:
        return False
    return _pair_after(text, first.end(1), first.group(1), lexicon)


def _pair_after(text: str, end: int, first: str, lexicon: Lexicon) -> bool:
    pair = PAIR.match(text, end)
    if pair is None or pair.group(1) not in lexicon.word_names or pair.group(1) == first:
        return False
    verb, then = pair.group(2), pair.group(3)
    if verb in PAIR_BEING and then in COUNTED:  # "are both important": being what, then?
        after = NEXT_WORD.match(text, pair.end(3))
        return after is not None and after.group(1).lower() in PAIR_WHERE
    return verb in PAIR_ACTS or (verb in PAIR_BEING and then in PAIR_WHERE)


WEATHER_VERBS = frozenset(["came", "comes", "went", "kwam", "komt", "ging", "gaat", "vient",
                           "venait", "arrive", "arrivait", "started", "begon", "begint", "stopped",
                           "fell", "viel", "valt", "tombe", "tombait", "brille", "scheen",
                           "schijnt"])  # fmt: skip
"""What weather and seasons do too: "rain came down all night", "winter kwam vroeg" (the
word-names of review36b; "summer came alone" stays a person)."""
WANTED = frozenset(["needed", "wanted", "required", "requise", "requis", "nodig", "gevraagd",
                    "paid", "betaald", "payé", "payée", "sent", "received", "due", "overdue",
                    "settled"])  # fmt: skip
WANTED_ALONE = lazy(r"\s*(?:off\b|[,.;:!?]|$)")
"""A verb of need or of payment with nothing after it says the word is what is needed or
paid, not who needs or pays: "Patience needed", "bill paid, all ok"."""


def after_title(text: str, tokens: list[Token], i: int) -> bool:
    """Right after a form of address or a family word: "mevrouw X", "haar broer X"."""
    if i == 0:
        return False
    previous = tokens[i - 1]
    if tokens[i].bare in name_words():
        return False  # "son bebe pleure", "la fille ainee": a word typed without its accent
    return (
        previous.bare in TITLES_AND_RELATIONS
        and text[previous.end : tokens[i].start].strip(" .,:") == ""
    )


DENIED_ACT = lazy(
    r" (?:did|does|didn'?t|doesn'?t)(?: not)? (?:go(?! away)|attend|show|eat|sleep|call|answer"
    r"|want|say|tell|sign|turn|pick|reply|wake|open)\b"
    r"| s['’](?:est|était|etait) (?:encore )?(?:disput|fâch|fach|bless|mari|excus|énerv|enerv"
    r"|endormi|réveill|reveill|enfui|battu|inscrit|présent|present)"
)
"""What only a person does or does not do: "blessing did not go to school" (probe18), "fortune
s'est disputée avec sa mère"; not "hope did not come true"."""


def _verb_typed_wrong(text: str, end: int, lexicon: Lexicon) -> bool:
    """The word after is no word of the languages but one slip from a person's verb."""
    after = NEXT_WORD.match(text, end)
    if after is None or len(after.group(1)) < 4:
        return False
    word = after.group(1).lower()
    return not lexicon.is_word(word) and one_slip_from(word, OPENER_VERBS)


REPEATED = lazy(r" ([a-zà-ÿ]+) [a-zà-ÿ]")


def _itself_as_verb(text: str, token: Token) -> bool:
    """The name followed by its own word in lower case and a further word: the second is the
    verb of the sentence and the first its subject (nobody types "will will call" for "will")."""
    following = REPEATED.match(text, token.end)
    if following is None:
        return False
    word = following.group(1)
    return word == token.bare or word in (token.bare + "s", token.bare + "es")
