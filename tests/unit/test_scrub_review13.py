"""#12 scrubber review (review13): the eleventh session's special categories as promised.

`politics.HINT` and `orientation.HINT` gate their rules: a word of the rules that holds no
stem of the gate can never fire on its own. "voorzitter van de PVDA", "kandidaat voor de
N-VA", "activist", "mandataris", "delegate", "involved with", "is marxist", "is
nationalist", "far-left", "lhbt-jongeren" and "geslachtsverandering" were all written as
rules and all stayed. And a role right before "mr" or "ps" read a title or a postscript as a
party ("member mr smith" became "[politics] [name]")."""

from __future__ import annotations

import pytest

from bot.i18n import Translator
from bot.privacy.lexicon import LANGS
from bot.privacy.scrub import LABELS, Scrubber
from bot.privacy.unsure import NAME_LABELS


@pytest.fixture(scope="module")
def scrub() -> Scrubber:
    return Scrubber(lambda _, msgid: msgid)


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("hij is voorzitter van de pvda", "hij is [politics]"),
        ("kandidaat voor de n-va bij de verkiezingen", "[politics] bij de verkiezingen"),
        ("zijn broer is activist bij de pvda", "zijn broer is [politics]"),
        ("mandataris van het vlaams belang", "[politics]"),
        ("hij is marxist zegt ze", "hij is [politics] zegt ze"),
        ("de vader is vlaams-nationalist", "de vader is [politics]"),
        ("il est candidat du ptb", "il est [politics]"),
        ("elle est séparatiste", "elle est [politics]"),
        ("she was a candidate for labour", "she was a [politics]"),
        ("she is a delegate for the union", "she is a [politics]"),
        ("he is involved with the union", "he is [politics]"),
        ("her dad is far-left", "her dad is [politics]"),
        ("he is a nationalist", "he is a [politics]"),
        ("ze gaat naar een lhbt-jongerengroep", "ze gaat naar een [orientation]"),
        ("hij wil een geslachtsverandering", "hij wil een [orientation]"),
    ],
)
def test_every_word_of_a_rule_passes_its_gate(scrub: Scrubber, text: str, masked: str) -> None:
    assert scrub.scrub(text, "nl") == masked


@pytest.mark.parametrize(
    "text",
    [
        "ze is voorzitter van de oudervereniging",
        "is een kandidaat voor de job",
        "hij is actief in de voetbalclub",
        "het geslacht van de baby is nog niet bekend",
        "de nationalisatie van de banken",
        "il est candidat à un logement social",
        "elle est délégué de classe",
        "she left the union office early",
        "he is involved with the school",
        "the left side of the building",
    ],
)
def test_the_same_words_as_words_stay(scrub: Scrubber, text: str) -> None:
    assert scrub.scrub(text, "nl") == text


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("de voorzitter, lid mr peeters, belde", "de voorzitter, lid mr [name], belde"),
        ("the chairman, member mr smith, spoke", "the chairman, member mr [name], spoke"),
        ("voorzitter ps: bel terug", "voorzitter ps: bel terug"),
        ("hij is lid van de ps", "hij is [politics]"),
        ("membre du MR depuis 2010", "[politics] depuis 2010"),
        ("elle est membre du ps", "elle est [politics]"),
    ],
)
def test_a_title_or_a_postscript_is_no_party(scrub: Scrubber, text: str, masked: str) -> None:
    assert scrub.scrub(text, "nl") == masked


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("contact via\nig sannevdb", "contact via\nig [handle]"),
        ("notes:\nfb: nadia.el.93", "notes:\nfb: [handle]"),
        ("ze stuurde op\nfb lina_lux", "ze stuurde op\nfb [handle]"),
        ("elle écrit sur\nig noorxo", "elle écrit sur\nig [handle]"),
        ("she texted me\n\tig: bilalvlogs", "she texted me\n\tig: [handle]"),
    ],
)
def test_a_handle_after_ig_or_fb_at_a_line_start(scrub: Scrubber, text: str, masked: str) -> None:
    """`platform_handles` and `contacts` asked for " ig" or "(fb": a line's start hid them."""
    assert scrub.scrub(text, "nl") == masked


@pytest.mark.parametrize(
    "text",
    ["de brief kwam\nbig news vandaag", "ze had het\nfbi-verhaal gezien", "a long line\nignore it"],
)
def test_words_starting_with_ig_or_fb_on_a_new_line_stay(scrub: Scrubber, text: str) -> None:
    assert scrub.scrub(text, "nl") == text


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("ze gaan kopen bij kiabi", "ze gaan kopen bij kiabi"),
        ("ils vont kopen bij primark", "ils vont kopen bij primark"),
        ("ze gaat kopen bij fatima", "ze gaat kopen bij [name]"),
    ],
)
def test_where_someone_goes_buying_is_a_shop(scrub: Scrubber, text: str, masked: str) -> None:
    """`plain_phrases.GATES` held "koop" and "kocht" but not "kopen", which its rule names."""
    assert scrub.scrub(text, "nl") == masked


def test_the_show_backs_name_labels_are_the_catalogs(translator: Translator) -> None:
    """`unsure.NAME_LABELS` spells the name label in each language by hand (a surname-word is
    offered after one): a catalog that changed it would silently stop those offers."""
    assert set(NAME_LABELS) == {translator.gettext(lang, LABELS["name"]) for lang in LANGS}
