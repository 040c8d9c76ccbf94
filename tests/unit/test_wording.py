"""Option labels in the team's own word for its supervisors (#13), on the fixture dialogue:
its "My supervisor" option reads "My team leads" wherever the worker of such a team reads
it (button, answered line, review, earlier answer) and the default wording otherwise;
typing the label on the button selects it; the loader refuses a titled label it cannot fill.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.dialogue.closing import NO_SUPPORT_TITLED
from bot.dialogue.engine import Engine, Outcome
from bot.dialogue.events import Choose, Done, Edit, Save, Skip, Toggle, TypeText
from bot.dialogue.loader import load_dialogue
from bot.dialogue.registry import Compiled, DialogueRegistry
from bot.dialogue.replies import Reply, ReplyKind
from bot.dialogue.session import Session
from bot.dialogue.texts import dialogue_texts
from bot.errors import DialogueError
from bot.i18n import Translator
from bot.identities import Identities
from bot.privacy.pseudonym import Keyring
from bot.reflections import Reflections
from bot.storage.memory import MemoryStore
from bot.teams.model import Role
from tests.conftest import TODAY
from tests.unit.test_loader import GOOD, write
from tests.unit.test_reflections import KEY

TEAM_LEADS = "team leads"


def play(engine: Engine, outcome: Outcome, *events: object) -> Outcome:
    for event in events:
        assert outcome.session is not None
        outcome = engine.handle(outcome.session, event)  # type: ignore[arg-type]
    return outcome


def to_pick(engine: Engine, title: str) -> Outcome:
    """From the start to the fixture's multi question that has a titled option."""
    start = engine.start("fixture", "en", title=title)
    core = play(engine, start, Choose("kind", "visit"), Skip("risks"), Choose("score", "4"),
                Skip("plan"), Edit("review", "extra_q"), Choose("extra_q", "yes"),
                Choose("extra_scale", "2"))  # fmt: skip
    assert core.session is not None and core.session.current == "extra_pick"
    return core


def shown(translator: Translator, replies: tuple[Reply, ...]) -> list[str]:
    """Every text and button label the worker reads, in English."""
    texts = [translator.render("en", t) for r in replies for t in r.body]
    return texts + [translator.render("en", b.label) for r in replies
                    for row in r.buttons for b in row]  # fmt: skip


def test_the_button_reads_the_teams_word_and_the_default_without_one(
    fixture_engine: Engine, translator: Translator
) -> None:
    titled = shown(translator, to_pick(fixture_engine, TEAM_LEADS).replies)
    assert "☐ My team leads" in titled and "☐ My supervisor" not in titled
    default = shown(translator, to_pick(fixture_engine, "").replies)
    assert "☐ My supervisor" in default
    assert not any(TEAM_LEADS in t for t in default)


def test_typing_the_label_on_the_button_selects_the_option(fixture_engine: Engine) -> None:
    typed = play(fixture_engine, to_pick(fixture_engine, TEAM_LEADS), TypeText(" my  TEAM leads"))
    assert typed.session is not None and typed.session.selection == ("supervisor",)
    remembered = play(
        fixture_engine, to_pick(fixture_engine, TEAM_LEADS), TypeText("My supervisor")
    )
    assert remembered.session is not None and remembered.session.selection == ("supervisor",)
    other = play(fixture_engine, to_pick(fixture_engine, ""), TypeText("My team leads"))
    assert other.session is not None and other.session.selection == ()
    assert other.replies[0].body[0].msgid == "This question is answered with the buttons under it."


def test_the_review_and_the_earlier_answer_read_the_teams_word(
    fixture_engine: Engine, translator: Translator
) -> None:
    picked = play(fixture_engine, to_pick(fixture_engine, TEAM_LEADS),
                  Toggle("extra_pick", "supervisor"), Done("extra_pick"))  # fmt: skip
    texts = shown(translator, picked.replies)
    assert "✓ My team leads" in texts, "the answered line"
    assert "Picked: My team leads" in texts, "the review"
    assert not any("supervisor" in t for t in texts)
    again = play(fixture_engine, picked, Edit("review", "extra_pick"))
    assert "Earlier answer: My team leads" in shown(translator, again.replies)


def test_a_low_worker_is_pointed_to_the_teams_supervisors_in_its_word(
    fixture_engine: Engine, translator: Translator
) -> None:
    for title, expected in ((TEAM_LEADS, "Your team leads or"), ("", "Your supervisor or")):
        start = fixture_engine.start("fixture", "en", title=title)
        saved = play(fixture_engine, start, Choose("kind", "visit"), Skip("risks"),
                     Choose("score", "1"), Skip("why"), Skip("plan"), Save("review"))  # fmt: skip
        (closing,) = saved.replies
        assert (closing.body[-1].msgid == NO_SUPPORT_TITLED) is bool(title)
        assert expected in translator.render("en", closing.body[-1])


def test_the_session_keeps_the_title_and_an_older_one_reads_the_default(
    fixture_engine: Engine,
) -> None:
    session = to_pick(fixture_engine, TEAM_LEADS).session
    assert session is not None
    assert Session.from_json(session.to_json()).title == TEAM_LEADS
    older = session.to_json().replace(f',"title":"{TEAM_LEADS}"', "")
    assert "title" not in older and Session.from_json(older).title == ""


def test_the_titled_label_is_a_msgid_to_translate(fixture_compiled: Compiled) -> None:
    assert "My {title}" in {msgid for _, _, msgid in dialogue_texts(fixture_compiled.dialogue)}


@pytest.mark.parametrize(
    ("titled", "problem"),
    [
        ('"A for supervisors"', "must contain {title}"),
        ('"A for {title} of {team}"', "no placeholder other than {title}"),
    ],
)
def test_the_loader_refuses_a_titled_label_it_cannot_fill(
    tmp_path: Path, titled: str, problem: str
) -> None:
    good = GOOD.replace("{key: a, text: A}", '{key: a, text: A, titled: "A for {title}"}')
    assert load_dialogue(write(tmp_path, good)).step("kind").options[0].titled == "A for {title}"
    broken = GOOD.replace("{key: a, text: A}", f"{{key: a, text: A, titled: {titled}}}")
    with pytest.raises(DialogueError, match=problem):
        load_dialogue(write(tmp_path, broken))


async def test_a_title_set_mid_reflection_shows_when_the_reflection_resumes(
    fixture_compiled: Compiled, fixture_engine: Engine, translator: Translator
) -> None:
    store = MemoryStore()
    registry = DialogueRegistry([fixture_compiled.dialogue])
    service = Reflections(store, fixture_engine, registry, Identities(store, Keyring((KEY,))),
                          today=lambda: TODAY)  # fmt: skip
    worker = await service.worker("tg:1", "en")
    team = await store.create_team("North", "en", date(2026, 1, 5))
    await store.add_member(worker, team.id, Role.WORKER, date(2026, 1, 5))
    session = to_pick(fixture_engine, "").session
    assert session is not None
    await store.save_session(worker, session)
    await store.set_supervisor_title(team.id, TEAM_LEADS)
    resumed = await service.begin(worker, "en")
    assert "☐ My team leads" in shown(translator, resumed.replies)
    turn = await service.handle(worker, Toggle("extra_pick", "supervisor"))
    question = next(r for r in turn.replies if r.kind is ReplyKind.QUESTION)
    assert "☑ My team leads" in shown(translator, (question,))
    done = await service.handle(worker, Done("extra_pick"))
    assert "✓ My team leads" in shown(translator, done.replies)
    assert (await service.handle(worker, Save("review"))).saved

    async def read_back() -> list[str]:
        views = await service.earlier(worker)
        return [translator.render("en", t) for v in views for sec in v.sections for t in sec]

    assert "Picked: My team leads" in await read_back(), "an earlier reflection, read back"
    await store.set_supervisor_title(team.id, "")
    assert "Picked: My supervisor" in await read_back()
