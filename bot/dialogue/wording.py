"""Option labels in the worker's team's own word for its supervisors (#13).

An option may carry a second label, `titled`, with a {title} placeholder ("To my
{title}"). The adapter tells the session what the worker's team calls its supervisors
(`Session.title`, set with /title; "" when the team set nothing): the renderer then shows
the titled label, and the option's own, fully translated label otherwise. Typing either
label selects the option, as typing a button's text is the same tap.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.dialogue.model import Option
from bot.dialogue.replies import Text

TITLE = "title"
"""The one placeholder a titled label takes."""
PLACEHOLDER = "{" + TITLE + "}"


def option_label(option: Option, title: str) -> Text:
    """The label a worker reads: in the team's word when it set one and the option has
    a titled label, the default wording otherwise."""
    if title and option.titled:
        return Text(option.titled, {TITLE: title})
    return Text(option.text)


def typed_labels(option: Option, title: str, translate: Callable[[str], str]) -> tuple[str, ...]:
    """Every label the worker may type to choose `option`: the one on the button, and the
    default wording too (a worker may remember it from an earlier reflection)."""
    default = translate(option.text)
    if title and option.titled:
        return translate(option.titled).replace(PLACEHOLDER, title), default
    return (default,)


def titled_problem(titled: str) -> str | None:
    """Why a titled label cannot be shown, or None: it must name {title} and nothing else
    between braces (the renderer fills no other placeholder)."""
    if PLACEHOLDER not in titled:
        return f"a titled label must contain {PLACEHOLDER}"
    if titled.replace(PLACEHOLDER, "").count("{") or titled.replace(PLACEHOLDER, "").count("}"):
        return f"a titled label takes no placeholder other than {PLACEHOLDER}"
    return None
