"""A strict fake of the Telegram Bot API: real JSON shapes, real limits, real errors.

Dates in seconds, `is_bot` in users, `chat_instance` in callback queries, edits that
return the edited message, "message is not modified", 4096-character texts, 64-byte
callback data, offsets in getUpdates, and injectable faults (429 with retry_after, 5xx,
time-outs, a user who blocked the bot). Used in process (`FakeRequest`) and over
loopback HTTP (`tests/fakes/http_api.py`).
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import time
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

TOKEN = "123456789:AAHfake-token_for_tests_only_0123456789"
BOT = {"id": 123456789, "is_bot": True, "first_name": "Reflect", "username": "reflect_test_bot",
       "can_join_groups": True, "can_read_all_group_messages": False,
       "supports_inline_queries": False}  # fmt: skip
INT_FIELDS = {"chat_id", "message_id", "offset", "limit", "timeout", "user_id"}
JSON_FIELDS = {"reply_markup", "commands", "message_ids", "allowed_updates", "scope"}
DELETE_WINDOW = 48 * 3600
"""Seconds after sending during which a bot may delete a message in a private chat."""
NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup "
    "are exactly the same as a current content and reply markup of the message"
)


class ApiError(Exception):
    def __init__(self, status: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.status, self.description, self.retry_after = status, description, retry_after


@dataclass
class Fault:
    method: str
    status: int = 0
    retry_after: int | None = None
    timeout: bool = False
    """Raise instead of answering: in process a time-out, over HTTP a dropped connection."""
    times: int = 1
    delay: float = 0.0
    """Answer only after this many seconds (a hang, past the client's time-out)."""
    chat_id: int | None = None
    """Only calls for this chat."""


@dataclass
class FakeTelegram:
    token: str = TOKEN
    messages: dict[tuple[int, int], dict[str, Any]] = field(default_factory=dict)
    calls: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    commands: dict[str | None, list[dict[str, str]]] = field(default_factory=dict)
    blocked: set[int] = field(default_factory=set)
    faults: list[Fault] = field(default_factory=list)
    updates: list[dict[str, Any]] = field(default_factory=list)
    photos: list[bytes] = field(default_factory=list)
    documents: list[bytes] = field(default_factory=list)
    webhook: dict[str, str] = field(default_factory=dict)
    albums: list[int] = field(default_factory=list)
    """How many photos each sendMediaGroup carried."""
    people: dict[int, dict[str, Any]] = field(default_factory=dict)
    """Everyone who wrote to the bot, by user id: what getChat answers from."""
    duplicate_every: int = 0
    """Queue every n-th update twice (0: never)."""
    toasts: dict[str, str] = field(default_factory=dict)
    """The text of each callback query answered with a toast, by query id."""

    def __post_init__(self) -> None:
        self._message_ids: dict[int, itertools.count[int]] = defaultdict(lambda: itertools.count(1))
        self._update_ids = itertools.count(1000)
        self._query_ids = itertools.count(1)
        self._open_queries: set[str] = set()
        self._arrived = asyncio.Event()
        self._chat_ids: dict[int, list[int]] = defaultdict(list)
        self.activity: dict[int, asyncio.Event] = defaultdict(asyncio.Event)
        """Set whenever the bot sends or edits a message in that chat: drivers wait on it."""
        self.changes: dict[int, list[float]] = defaultdict(list)
        """When (monotonic) the bot changed each chat, by sending or editing."""
        self.shown: dict[int, list[str]] = defaultdict(list)
        """Every text the bot showed in each chat, sent or edited in, in order: an edited
        window keeps no history, this does (to read acknowledgements back)."""
        self.sent_at: dict[tuple[int, int], float] = {}
        """When (monotonic) the bot sent each message: for reply latencies."""
        self.first_call_at: dict[str, float] = {}
        self.last_call_at: dict[str, float] = {}

    # ---- the API -------------------------------------------------------------
    async def call(
        self, token: str, method: str, params: dict[str, Any], files: dict[str, bytes] | None = None
    ) -> tuple[int, bytes]:
        """One Bot API call; returns (HTTP status, JSON body) like Telegram would."""
        if token != self.token:
            return _error(ApiError(401, "Unauthorized"))
        for fault in self.faults:
            if (
                fault.method == method
                and fault.times > 0
                and fault.chat_id in (None, _chat_of(params))
            ):
                fault.times -= 1
                if fault.delay:
                    await asyncio.sleep(fault.delay)
                    break
                if fault.timeout:
                    raise TimeoutError(method)
                return _error(ApiError(fault.status, _describe(fault.status), fault.retry_after))
        self.calls.append((method, params))
        self.first_call_at.setdefault(method, time.monotonic())
        self.last_call_at[method] = time.monotonic()
        handler = getattr(self, f"_{method}", None)
        if handler is None:
            return _error(ApiError(404, "Not Found: method not found"))
        try:
            result = handler(params, files or {})
            if asyncio.iscoroutine(result):
                result = await result
        except ApiError as exc:
            return _error(exc)
        return 200, json.dumps({"ok": True, "result": result}).encode()

    def _getMe(self, params: dict[str, Any], files: dict[str, bytes]) -> Any:
        return BOT

    def _setWebhook(self, params: dict[str, Any], files: dict[str, bytes]) -> Any:
        if not str(params.get("url", "")).startswith("https://"):
            raise ApiError(
                400, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook"
            )
        secret = params.get("secret_token", "")
        if (secret and not all(c.isalnum() or c in "_-" for c in secret)) or len(secret) > 256:
            raise ApiError(400, "Bad Request: secret token contains unallowed characters")
        self.webhook = {"url": params["url"], "secret_token": secret}
        return True

    def _deleteWebhook(self, params: dict[str, Any], files: dict[str, bytes]) -> Any:
        return True

    def _setMyCommands(self, params: dict[str, Any], files: dict[str, bytes]) -> Any:
        commands = params["commands"]
        for command in commands:
            if not (1 <= len(command["command"]) <= 32 and command["command"].islower()):
                raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
            if not 1 <= len(command["description"]) <= 256:
                raise ApiError(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID")
        self.commands[params.get("language_code")] = commands
        return True

    async def _getUpdates(self, params: dict[str, Any], files: dict[str, bytes]) -> Any:
        offset = int(params.get("offset") or 0)
        self.updates = [u for u in self.updates if u["update_id"] >= offset]
        if not self.updates and params.get("timeout"):
            self._arrived.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._arrived.wait(), min(float(params["timeout"]), 1.0))
        return self.updates[: int(params.get("limit") or 100)]

    def _sendMessage(self, params: dict[str, Any], files: dict[str, bytes]) -> Any:
        chat_id = self._reachable(params["chat_id"])
        text = self._text(params.get("text"))
        markup = self._markup(params.get("reply_markup"))
        message = self._new_message(chat_id, BOT, text=text)
        if markup is not None:
            message["reply_markup"] = markup
        self.messages[(chat_id, message["message_id"])] = message
        self.sent_at[(chat_id, message["message_id"])] = time.monotonic()
        self.shown[chat_id].append(text)
        self._changed(chat_id)
        return message

    def _sendPhoto(self, params: dict[str, Any], files: dict[str, bytes]) -> Any:
        chat_id = self._reachable(params["chat_id"])
        data = next(iter(files.values()), b"")
        if not data.startswith(b"\x89PNG"):
            raise ApiError(400, "Bad Request: IMAGE_PROCESS_FAILED")
        self.photos.append(data)
        message = self._new_message(
            chat_id,
            BOT,
            photo=[{"file_id": "p1", "file_unique_id": "u1", "width": 600, "height": 320}],
        )
        if params.get("caption"):
            message["caption"] = self._text(params["caption"], limit=1024)
        self.messages[(chat_id, message["message_id"])] = message
        return message

    def _sendMediaGroup(self, params: dict[str, Any], files: dict[str, bytes]) -> Any:
        """An album: 2 to 10 photos, each attached by name; one message per photo."""
        chat_id = self._reachable(params["chat_id"])
        media = (
            params["media"] if isinstance(params["media"], list) else json.loads(params["media"])
        )
        if not 2 <= len(media) <= 10:
            raise ApiError(400, "Bad Request: wrong number of media in the group")
        sent = []
        for item in media:
            data = files.get(str(item["media"]).removeprefix("attach://"), b"")
            if item.get("type") != "photo" or not data.startswith(b"\x89PNG"):
                raise ApiError(400, "Bad Request: IMAGE_PROCESS_FAILED")
            self.photos.append(data)
            size = {"file_id": "p1", "file_unique_id": "u1", "width": 810, "height": 600}
            message = self._new_message(chat_id, BOT, photo=[size])
            if item.get("caption"):
                message["caption"] = self._text(item["caption"], limit=1024)
            self.messages[(chat_id, message["message_id"])] = message
            sent.append(message)
        self.albums.append(len(sent))
        return sent

    def _sendDocument(self, params: dict[str, Any], files: dict[str, bytes]) -> Any:
        chat_id = self._reachable(params["chat_id"])
        data = next(iter(files.values()), b"")
        if not data:
            raise ApiError(400, "Bad Request: file must be non-empty")
        if len(data) > 50 * 1024 * 1024:
            raise ApiError(413, "Request Entity Too Large")
        self.documents.append(data)
        message = self._new_message(chat_id, BOT, document={"file_id": "d1",
                                                            "file_unique_id": "u1"})  # fmt: skip
        if params.get("caption"):
            message["caption"] = self._text(params["caption"], limit=1024)
        self.messages[(chat_id, message["message_id"])] = message
        return message

    def _editMessageText(self, params: dict[str, Any], files: dict[str, bytes]) -> Any:
        message = self._own(params)
        text = self._text(params.get("text"))
        markup = self._markup(params.get("reply_markup"))
        if message.get("text") == text and message.get("reply_markup") == markup:
            raise ApiError(400, NOT_MODIFIED)
        message["text"] = text
        message["edit_date"] = int(time.time())
        self.shown[message["chat"]["id"]].append(text)
        message.pop("reply_markup", None)
        if markup is not None:
            message["reply_markup"] = markup
        self._changed(message["chat"]["id"])
        return message

    def _editMessageReplyMarkup(self, params: dict[str, Any], files: dict[str, bytes]) -> Any:
        message = self._own(params)
        markup = self._markup(params.get("reply_markup"))
        if message.get("reply_markup") == markup:
            raise ApiError(400, NOT_MODIFIED)
        message.pop("reply_markup", None)
        if markup is not None:
            message["reply_markup"] = markup
        self._changed(message["chat"]["id"])
        return message

    def _deleteMessages(self, params: dict[str, Any], files: dict[str, bytes]) -> Any:
        """Like Telegram: ids that cannot be deleted (gone, or older than 48 hours) are
        skipped silently; the call fails only when none of them could be deleted, and
        succeeds when none of them is there any more (telegram-bot-api drops the ids it
        cannot find, and TDLib answers an empty list with success)."""
        chat_id = int(params["chat_id"])
        ids = params["message_ids"]
        if not 1 <= len(ids) <= 100:
            raise ApiError(400, "Bad Request: message identifiers are not specified")
        if not any((chat_id, int(i)) in self.messages for i in ids):
            return True
        deletable = [int(i) for i in ids if self._deletable(chat_id, int(i))]
        if not deletable:
            raise ApiError(400, "Bad Request: message can't be deleted for everyone")
        for message_id in deletable:
            self.messages.pop((chat_id, message_id), None)
        return True

    def _deleteMessage(self, params: dict[str, Any], files: dict[str, bytes]) -> Any:
        chat_id, message_id = int(params["chat_id"]), int(params["message_id"])
        if (chat_id, message_id) not in self.messages:
            raise ApiError(400, "Bad Request: message to delete not found")
        if not self._deletable(chat_id, message_id):
            raise ApiError(400, "Bad Request: message can't be deleted for everyone")
        del self.messages[(chat_id, message_id)]
        return True

    def _deletable(self, chat_id: int, message_id: int) -> bool:
        """A bot may delete messages of a private chat only within 48 hours of sending."""
        message = self.messages.get((chat_id, message_id))
        return message is not None and time.time() - message["date"] < DELETE_WINDOW

    def _getChat(self, params: dict[str, Any], files: dict[str, bytes]) -> Any:
        """A private chat is known once its person wrote to the bot; names as they set them."""
        person = self.people.get(int(params["chat_id"]))
        if person is None:
            raise ApiError(400, "Bad Request: chat not found")
        names = {k: person[k] for k in ("first_name", "last_name", "username") if k in person}
        gifts = {"unlimited_gifts": True, "limited_gifts": True, "unique_gifts": True,
                 "premium_subscription": True, "gifts_from_channels": True}  # fmt: skip
        return {"id": person["id"], "type": "private", **names, "accent_color_id": 0,
                "max_reaction_count": 11, "accepted_gift_types": gifts}  # fmt: skip

    def _answerCallbackQuery(self, params: dict[str, Any], files: dict[str, bytes]) -> Any:
        query_id = str(params["callback_query_id"])
        if query_id not in self._open_queries:
            raise ApiError(400, "Bad Request: query is too old and response timeout expired or "
                                "query ID is invalid")  # fmt: skip
        if len(str(params.get("text") or "")) > 200:
            raise ApiError(400, "Bad Request: MESSAGE_TOO_LONG")  # a toast holds 200 characters
        self._open_queries.discard(query_id)
        if params.get("text"):
            self.toasts[query_id] = str(params["text"])
        return True

    def _changed(self, chat_id: int) -> None:
        self.changes[chat_id].append(time.monotonic())
        self.activity[chat_id].set()

    # ---- checks ---------------------------------------------------------------
    def _reachable(self, chat_id: Any) -> int:
        chat_id = int(chat_id)
        if chat_id in self.blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        return chat_id

    @staticmethod
    def _text(text: Any, limit: int = 4096) -> str:
        if not isinstance(text, str) or not text.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        if len(text) > limit:
            raise ApiError(400, "Bad Request: message is too long")
        return text

    @staticmethod
    def _markup(markup: Any) -> dict[str, Any] | None:
        if markup is None:
            return None
        rows = markup.get("inline_keyboard")
        if not isinstance(rows, list):
            raise ApiError(400, "Bad Request: can't parse reply keyboard markup JSON object")
        for row in rows:
            for button in row:
                if not button.get("text"):
                    raise ApiError(400, "Bad Request: text buttons are unallowed in the inline "
                                        "keyboard")  # fmt: skip
                data = button.get("callback_data")
                if data is not None and not 1 <= len(data.encode()) <= 64:
                    raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
                if data is None and "url" not in button:
                    raise ApiError(400, "Bad Request: can't parse inline keyboard button")
        return {"inline_keyboard": rows} if rows else None

    def _own(self, params: dict[str, Any]) -> dict[str, Any]:
        key = (self._reachable(params["chat_id"]), int(params["message_id"]))
        message = self.messages.get(key)
        if message is None:
            raise ApiError(400, "Bad Request: message to edit not found")
        if message["from"]["id"] != BOT["id"]:
            raise ApiError(400, "Bad Request: message can't be edited")
        return message

    def _new_message(self, chat_id: int, sender: dict[str, Any], **content: Any) -> dict[str, Any]:
        chat = ({"id": chat_id, "type": "private", "first_name": "Worker"} if chat_id > 0
                else {"id": chat_id, "type": "group", "title": "Team"})  # fmt: skip
        message_id = next(self._message_ids[chat_id])
        self._chat_ids[chat_id].append(message_id)
        return {"message_id": message_id, "from": sender, "chat": chat,
                "date": int(time.time()), **content}  # fmt: skip

    # ---- what users do ----------------------------------------------------------
    def user(self, user_id: int, language: str = "nl") -> dict[str, Any]:
        return {"id": user_id, "is_bot": False, "first_name": "Worker", "language_code": language}

    def _update(self, **content: Any) -> dict[str, Any]:
        for part in content.values():
            sender = part.get("from") if isinstance(part, dict) else None
            if sender and not sender.get("is_bot"):
                self.people[sender["id"]] = sender
        update = {"update_id": next(self._update_ids), **content}
        self.updates.append(update)
        if self.duplicate_every and update["update_id"] % self.duplicate_every == 0:
            self.updates.append(update)  # delivered twice, as Telegram may after a hiccup
        self._arrived.set()
        return update

    def send_text(
        self, user: dict[str, Any], text: str, chat_id: int | None = None, **extra: Any
    ) -> dict[str, Any]:
        chat_id = user["id"] if chat_id is None else chat_id
        message = self._new_message(chat_id, user, text=text, **extra)
        if text.startswith("/"):
            command = text.split()[0]
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        self.messages[(chat_id, message["message_id"])] = message
        return self._update(message=message)

    def send_other(self, user: dict[str, Any], **content: Any) -> dict[str, Any]:
        """A sticker, photo, voice note, document or location from the user."""
        message = self._new_message(user["id"], user, **content)
        self.messages[(user["id"], message["message_id"])] = message
        return self._update(message=message)

    def edit_text(self, user: dict[str, Any], message_id: int, text: str) -> dict[str, Any]:
        message = dict(self.messages[(user["id"], message_id)])
        message.update(text=text, edit_date=int(time.time()))
        return self._update(edited_message=message)

    def press(self, user: dict[str, Any], message_id: int, label: str) -> dict[str, Any]:
        """Press the button whose text is `label` (or starts with it) on a bot message."""
        message = self.messages[(user["id"], message_id)]
        buttons = [b for row in message.get("reply_markup", {}).get("inline_keyboard", [])
                   for b in row]  # fmt: skip
        match = next((b for b in buttons if b["text"] == label), None) or next(
            (b for b in buttons if b["text"].startswith(label)), None
        )
        if match is None:
            raise AssertionError(f"no button {label!r} in {[b['text'] for b in buttons]}")
        return self.press_data(user, message_id, match["callback_data"])

    def press_data(self, user: dict[str, Any], message_id: int, data: str) -> dict[str, Any]:
        query_id = str(next(self._query_ids))
        self._open_queries.add(query_id)
        query = {"id": query_id, "from": user, "chat_instance": f"ci{user['id']}", "data": data,
                 "message": self.messages[(user["id"], message_id)]}  # fmt: skip
        return self._update(callback_query=query)

    # ---- what tests read --------------------------------------------------------------
    def chat(self, chat_id: int) -> list[dict[str, Any]]:
        """The messages in a chat as the user sees them now, oldest first."""
        return [self.messages[(chat_id, i)] for i in self._chat_ids[chat_id]
                if (chat_id, i) in self.messages]  # fmt: skip

    def age(self, chat_id: int, hours: float, message_ids: list[int] | None = None) -> None:
        """Make messages of a chat (all, or these) `hours` older: past 48 they can no
        longer be deleted by the bot, as on Telegram."""
        for (chat, message_id), message in self.messages.items():
            if chat == chat_id and (message_ids is None or message_id in message_ids):
                message["date"] -= int(hours * 3600)

    def last(self, chat_id: int) -> dict[str, Any]:
        return [m for m in self.chat(chat_id) if m["from"]["id"] == BOT["id"]][-1]

    def buttons(self, message: dict[str, Any]) -> list[str]:
        return [b["text"] for row in message.get("reply_markup", {}).get("inline_keyboard", [])
                for b in row]  # fmt: skip


def decode_form(values: dict[str, str]) -> dict[str, Any]:
    """PTB sends JSON-encoded values as form fields: decode the ones that are not text."""
    decoded: dict[str, Any] = {}
    for key, value in values.items():
        if key in JSON_FIELDS:
            decoded[key] = json.loads(value)
        elif key in INT_FIELDS:
            decoded[key] = int(value)
        else:
            decoded[key] = value
    return decoded


def _chat_of(params: dict[str, Any]) -> int | None:
    chat = params.get("chat_id")
    return int(chat) if chat is not None else None


def _describe(status: int) -> str:
    return {429: "Too Many Requests: retry after 1", 500: "Internal Server Error",
            502: "Bad Gateway"}.get(status, "Error")  # fmt: skip


def _error(error: ApiError) -> tuple[int, bytes]:
    body: dict[str, Any] = {"ok": False, "error_code": error.status,
                            "description": error.description}  # fmt: skip
    if error.retry_after is not None:
        body["parameters"] = {"retry_after": error.retry_after}
    return error.status, json.dumps(body).encode()
