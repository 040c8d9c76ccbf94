"""Every text the Telegram adapter shows outside the reflection itself, as msgids."""

from __future__ import annotations

from bot.msgid import N_

WELCOME = N_(
    "Hello. I help you reflect on your own practice right after a contact with a person "
    "or family in poverty: about five minutes, longer only if you choose to go deeper."
)
WHAT_IS_KEPT = N_(
    "What I keep: your answers, pseudonymised: I replace names and details that could "
    "identify someone by labels, as well as I can (I miss some: leave names out where you "
    "can, and check what I show you), and you are known by a code, never by your name. Free "
    "text can still describe a situation, so it is not anonymous. I keep the day, not the "
    "time. Your Telegram chat number is kept only encrypted, to write back to you.\n"
    "How long: at most {months} months, then it is deleted.\n"
    "Who sees it: only you, unless you share a reflection with your team's supervision, or "
    "ask your team's coaches about one (they see its answers to the set questions, never "
    "your name).\n"
    "You can read your data with /mine and erase everything with /forget."
)
CONSENT_QUESTION = N_("Do you agree that I keep your reflections this way?")
AGREE = N_("✓ I agree")
DECLINE = N_("No, thanks")
DECLINED = N_("Nothing is stored. If you change your mind, send /start.")
THANKS = N_("Thank you. Start a reflection with /reflect whenever you come out of a contact.")
NEED_CONSENT = N_("Before we start, please read what I keep and say whether you agree.")

COMMANDS = (
    ("reflect", N_("Reflect on a contact, or continue where you were")),
    ("mine", N_("Your recent reflections and your own trends")),
    ("cancel", N_("Stop the reflection in progress")),
    ("remind", N_("Reminders and a weekly check-in")),
    ("newteam", N_("Create a team and invite its members")),
    ("team", N_("Your team's patterns (supervisors)")),
    ("export", N_("A supervision pack of shared reflections (supervisors)")),
    ("prompts", N_("Questions waiting for a coach's view (coaches)")),
    ("askcoaches", N_("Ask the team's coaches a question (supervisors)")),
    ("report", N_("The team report as one file to read or print (supervisors)")),
    ("invite", N_("New invite links for your team (supervisors)")),
    ("members", N_("Who is in your team")),
    ("signals", N_("Note that you passed a structural signal on (supervisors)")),
    ("bring", N_("Bring a shared reflection to supervision, with a question for the group")),
    ("agenda", N_("Pick the cases brought and get the session's agenda (supervisors)")),
    ("language", N_("Change the language")),
    ("privacy", N_("What is kept, and what never is")),
    ("forget", N_("Erase all your data")),
    ("help", N_("What I can do")),
)
HELP_HEADER = N_("What I can do:")
HELP_LINE = N_("/{command}: {description}")
HELP_FOOTER = N_(
    "During a reflection: press the buttons, or type when a question asks for text. "
    "← Back returns to your previous answer; you can change any answer in the overview "
    "at the end."
)

PRIVACY = N_(
    "Your reflections are about your own practice, never about the person you met.\n\n"
    "Free text is scrubbed before it is kept: names, addresses, phone numbers, e-mail addresses, "
    "bank and national numbers, and what is said of someone's health, religion, origin, "
    "detention, sexual orientation or politics become labels such as [name] or [health], as "
    "well as the scrubber can (it "
    "misses some: leave names out where you can), and you see what is kept before saving. Only "
    "the day of a reflection is kept, not the time. Your data is pseudonymised, not anonymous: "
    "free text can still describe a situation that someone recognises.\n\n"
    "You are known by a code computed from your Telegram account with a secret key; your name "
    "and username are not stored, except the first name a coach chooses to sign an answer with, "
    "kept encrypted. Your chat number and the numbers of the messages in this chat (mine, and "
    "those of what you type in a reflection) are kept only encrypted, so that I can write back, "
    "close questions you already answered and clear the chat. Telegram "
    "chats are not end-to-end encrypted, so I remove what you type in a reflection from this "
    "chat as soon as what I keep of it is shown (a text too long to keep stays until you send it "
    "shorter), and after saving I offer to remove anything else the reflection left here "
    "(Telegram lets a bot do that for 48 hours).\n\n"
    "Reflections are deleted after at most {months} months, an unfinished one after 30 days.\n\n"
    "A reflection reaches your team's supervision only if you choose to share it: then your "
    "team's supervisors can read it, without your name, and in a small team they may recognise "
    "it. Team figures count only shared reflections. This bot is no reporting channel: if someone "
    "is in danger, follow your organisation's own procedure.\n\n"
    "/mine shows your data; /forget erases all of it."
)

GROUP = N_("Reflections are private: talk to me in a private chat.")
OPEN_PRIVATE = N_("Open a private chat")
MEDIA = N_(
    "I can only read typed text and the buttons. Photos, voice messages, files, stickers "
    "and locations are not kept."
)
FORWARDED = N_(
    "Forwarded messages are not kept: they may hold other people's words. Please type your own."
)
EDITED = N_(
    "I only read new messages. To change an answer, use ← Back, or change it in the "
    "overview at the end."
)
UNKNOWN_COMMAND = N_("I do not know that command. /help lists what I can do.")
NOTHING_IN_PROGRESS = N_("There is no reflection in progress. Start one with /reflect.")
CLOSED = N_("That question is closed. Here is where you are now.")
SORRY = N_(
    "Something went wrong on my side. Your earlier answers are safe; please try again in a moment."
)

CLEAR_YES = N_("🧹 Clear the chat")
CLEAR_NO = N_("Keep the messages")
CLEARED = N_("Messages removed from this chat: {deleted}.")
KEPT = N_(
    "The messages stay. I keep their numbers, encrypted, for 48 hours, so /forget can still "
    "remove them; after that only you can delete them (long press)."
)

LANGUAGE_QUESTION = N_("Which language do you prefer?")
LANGUAGE_NAMES = {"nl": N_("Nederlands"), "fr": N_("Français"), "en": N_("English")}
LANGUAGE_SET = N_("From now on I speak English.")

MINE_DOWNLOAD = N_("⬇ All my data (JSON)")
MINE_FILE = N_(
    "Everything reflectbot keeps about you. Free text was scrubbed before it was kept. "
    "Delete this file from your phone when you no longer need it."
)
MINE_EMPTY = N_("You have no saved reflections yet. Start one with /reflect.")
MINE_HEADER = N_("Your most recent reflections:")
MINE_LINE = N_("{day}: {contact}, {status}")
MINE_SHARED = N_("shared for supervision")
MINE_PRIVATE = N_("not shared")
MINE_CHART = N_(
    "Your own trends: the 1-to-5 answers your reflections asked for, and the second-blow "
    "risks you ticked. Only you see this."
)

FORGET_QUESTION = N_(
    "Erase all your data: every reflection, the one in progress and your settings? "
    "This cannot be undone."
)
FORGET_YES = N_("Yes, erase everything")
FORGET_NO = N_("No, keep it")
FORGOTTEN = N_(
    "Erased: {reflections}, {in_progress}, your team "
    "memberships, the questions you asked coaches, your reminders and settings."
)
FORGET_BACKUPS = N_(
    "Backups of the database made before today still hold your data until your "
    "organisation deletes them; if one is ever restored, your erasure is applied again."
)
FORGET_AGAIN = N_("Send /start to begin again.")
FORGET_KEPT = N_("Nothing was erased.")

REMIND_QUESTION = N_(
    "If you leave a reflection unfinished, I remind you once after a few hours. Would "
    "you also like a weekly check-in?"
)
REMIND_ON = N_("Weekly check-in on")
REMIND_OFF = N_("No weekly check-in")
REMIND_SET_ON = N_("I will check in with you every week, at about this time of day.")
REMIND_SET_OFF = N_("No weekly check-in.")
NUDGE = N_(
    "You started a reflection and did not finish it. Continue with /reflect whenever it "
    "suits you; nothing is lost."
)
WEEKLY = N_("Your weekly check-in: was there a contact this week worth reflecting on? /reflect")

NEWTEAM_USAGE = N_("Give the team a name, for example: /newteam Team Noord")
NEWTEAM_DONE = N_(
    "Team “{team}” is created and you are its supervisor. Send each link to the right "
    "people; the links work for {days} days."
)
INVITE_LINE = N_("{role}: {link}")
ROLE_NAMES = {
    "worker": N_("Workers"),
    "coach": N_("Coaches (experts by experience)"),
    "supervisor": N_("Co-supervisors"),
}
JOINED = {
    "worker": N_(
        "You joined team “{team}”. Your reflections stay yours; one reaches the team's "
        "supervision only when you choose to share it."
    ),
    "coach": N_(
        "You joined team “{team}” as a coach. You will never learn who wrote a reflection."
    ),
    "supervisor": N_(
        "You joined team “{team}” as a supervisor. You see patterns and the reflections "
        "workers chose to share, never who wrote them."
    ),
}
JOIN_REFUSED = {
    "unknown": N_("That invite link is not valid. Ask your supervisor for a new one."),
    "expired": N_("That invite link has expired. Ask your supervisor for a new one."),
    "revoked": N_("That invite link was withdrawn. Ask your supervisor for a new one."),
    "too_many": N_("Too many invalid invite links. Try again in an hour."),
}

TEAM_NONE = N_("You are not the supervisor of a team. /newteam creates one.")
TEAM_HEADER = N_("{team}, {start} to {end}: {reflections} by {workers}.")
TEAM_HIDDEN = N_(
    "{team}, {start} to {end}: fewer than {k} workers shared a reflection in this period, "
    "so the figures stay hidden to protect them."
)
TEAM_LINE = N_("{title}: {cells}")
TEAM_CELL = N_("{label} {count}")
TEAM_CELLS_HIDDEN = N_("{count} hidden (fewer than {k} workers)")
TEAM_FOOTER = N_(
    "Patterns, not people: only reflections workers chose to share are counted, and no "
    "figure rests on fewer than {k} workers."
)
EXPORT_FOOTER = N_(
    "What the pack holds: each shared reflection as a row, scrubbed and without who wrote "
    "it (case material workers chose to give to supervision; in a small team you may "
    "recognise a colleague: treat it as confidential). Its summary counts shared "
    "reflections only, over whole calendar months, and hides every figure resting on "
    "fewer than {k} workers."
)
TEAM_PERIOD_USAGE = N_(
    "For a period of your own, give its first and last month, for example: "
    "/team 2026-01 2026-03. Summaries always cover whole calendar months."
)
TEAM_PERIOD_ROUNDED = N_(
    "Summaries cover whole calendar months only, so your period was widened to the whole "
    "months around it."
)
PERIODS = {
    "month": N_("This month"),
    "last-month": N_("Last month"),
    "quarter": N_("This quarter"),
    "last-quarter": N_("Last quarter"),
    "year": N_("This year"),
}

EXPORT_CAPTION = N_(
    "Supervision pack of {team}, {period}: {reflections}. Only reflections "
    "workers chose to share, scrubbed, without who wrote them."
)
EXPORT_FORMATS = {
    "xlsx": N_("Spreadsheet (XLSX)"),
    "csv": N_("CSV"),
    "json": N_("JSON"),
    "md": N_("Supervision agenda (Markdown)"),
}

WITHDRAW = N_("Stop sharing the reflection of {day}")
WITHDRAWN = N_(
    "The reflection of {day} is no longer shared. Exports made before today may still hold it."
)

PROMPTS_NONE = N_("No open questions for coaches right now. Thank you for being there.")
PROMPTS_NOT_COACH = N_("This is for the coaches of a team.")
PROMPT_HEADER = N_("A worker of your team reflected on a contact ({day}):")
PROMPT_WEEK = N_("the week of {day}")
PROMPT_FROM_SUPERVISOR = N_("A question from your team's supervision:")
PROMPT_QUESTION = N_("The question: “{question}”")
PROMPT_ANSWER = N_("✎ One free answer")
PROMPT_SKIP = N_("Skip this one")
PROMPT_TYPE = N_(
    "Type your answer. Leave out names and anything that could identify someone. Nobody "
    "learns which coach answered."
)
PROMPT_CONFIRM = N_("This is what will be sent: “{text}”")
PROMPT_SEND = N_("✓ Send without my name")
PROMPT_SEND_SIGNED = N_("✓ Send, signed “{name}”")
PROMPT_RETYPE = N_("✎ Retype")
PROMPT_ANONYMOUS = N_("The worker will not learn which coach answered, unless you sign.")
COACH_SIGNED = N_("Signed by the coach: {name}")
STORAGE_TROUBLE = N_(
    "I could not save that just now: a problem on our side, not yours. Everything before it "
    "is safe. Please send or tap it again in a few minutes."
)
UNDELIVERED = N_(
    "One of my earlier replies did not reach you because of a connection problem. "
    "Nothing you answered is lost: /reflect shows where you were."
)
PROMPT_SENT = N_("Sent. Thank you for your view.")
PROMPT_TAKEN = N_("Another coach answered this one already. Thank you.")
COACH_ANSWERED = N_("A coach answered your question about your reflection of the week of "
                    "{day}: “{answer}”")  # fmt: skip
COACH_ANSWERED_SUPERVISOR = N_("A coach answered your question “{question}”: “{answer}”")
ASK_USAGE = N_(
    "Write your question after the command, for example: "
    "/askcoaches How do we ask for proof without shaming?"
)
ASK_SENT = N_("Your question is sent to the coaches of {team}.")
