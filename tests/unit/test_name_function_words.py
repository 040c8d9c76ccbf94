"""The name rules' function words are defined once: five drifting copies of the possessives
once meant a word added for one rule ("hun") was missed by the others."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

from bot.privacy import name_function_words
from bot.privacy.lexicon import lexicon
from bot.privacy.names import names

PRIVACY = Path(name_function_words.__file__).parent
SHARED = ("POSSESSIVES", "MODALS", "AND")


@pytest.mark.parametrize("constant", SHARED)
def test_each_shared_word_set_is_listed_in_one_module_only(constant: str) -> None:
    assignment = re.compile(rf"^{constant} = frozenset\(", re.MULTILINE)  # derived sets may differ
    owners = sorted(p.name for p in PRIVACY.glob("*.py") if assignment.search(p.read_text()))
    assert owners == ["name_function_words.py"]


@pytest.mark.parametrize(
    "module", ["names", "name_groups", "name_cue_lists", "name_context", "name_word_uses"]
)
def test_the_name_rules_read_the_same_possessives(module: str) -> None:
    assert importlib.import_module(f"bot.privacy.{module}").POSSESSIVES is (
        name_function_words.POSSESSIVES
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kevin en hun zoon kwamen samen", "Kevin"),  # "hun": once missing from one copy
        ("Amal et leur fille sont venues", "Amal"),
        ("Tariq and their son came by", "Tariq"),
    ],
)
def test_a_name_before_and_a_possessive_is_masked_in_each_language(text: str, name: str) -> None:
    found = [text[s:e] for s, e in names(text, lexicon(), [])]
    assert name in found


@pytest.mark.parametrize(
    ("module", "determiners"),
    [
        ("name_clauses", "DEFINITE"),
        ("name_company", "DETERMINERS"),
        ("name_context_words", "ARTICLES"),
    ],
)
def test_the_determiner_sets_hold_every_possessive(module: str, determiners: str) -> None:
    """They were copies of the possessives plus articles; derived now, none can drift."""
    words = getattr(importlib.import_module(f"bot.privacy.{module}"), determiners)
    assert words >= name_function_words.POSSESSIVES
