"""Labelled PII sentences and the scrubber's scores on them (shared by tests and benchmarks).

Scoring follows the issue: a span is caught when at least 90 % of its letters and digits
are masked; precision is counted in masked letters and digits; a false alarm is a
PII-free sentence in which anything was masked.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEV = HERE.parent.parent / "shared" / "pii-dev.jsonl"
TUNE = HERE / "data" / "pii-tune.txt"
HOLDOUT = HERE / "data" / "pii-holdout.txt"
PHONE_TUNE = HERE / "data" / "pii-phone-tune.txt"
PHONE_HOLDOUT = HERE / "data" / "pii-phone-holdout.txt"
PHONE_HOLDOUT2 = HERE / "data" / "pii-phone-holdout2.txt"
DEV_SCRUB3 = HERE / "data" / "pii-dev-scrub3.txt"
"""Written for #12's second session in the way a tired worker types; tuned on."""
HOLDOUT_SCRUB3 = HERE / "data" / "pii-holdout-scrub3.txt"
"""Written with DEV_SCRUB3 before any of its rules and kept out of the tuning."""
DEV_SCRUBNAMES = HERE / "data" / "pii-dev-scrubnames.txt"
"""Written for #12's third session (names, places, addresses of every origin); tuned on."""
HOLDOUT_SCRUBNAMES = HERE / "data" / "pii-holdout-scrubnames.txt"
"""Written with DEV_SCRUBNAMES before any of its rules and kept out of the tuning."""
DEV_EVAL2 = HERE / "data" / "pii-dev-eval2.jsonl"
"""The dev half of a second set written by someone who never saw the code (2026-12-01);
tuned on in #12's third session (its other half is scored outside the project)."""
DEV_EVAL3 = HERE / "data" / "pii-dev-eval3.jsonl"
"""The dev half of a third external set (200 sentences, about half answers to reflection
questions), by a writer who never saw the code (2026-12-01); tuned on in #12's fourth session."""
DEV_SCRUBCATS = HERE / "data" / "pii-dev-scrubcats.txt"
"""Written for #12's third session (special categories, organisations, rare facts); tuned on."""
HOLDOUT_SCRUBCATS = HERE / "data" / "pii-holdout-scrubcats.txt"
"""Written with DEV_SCRUBCATS, committed before its first score; tuned on after it."""
SCRUBNAMES3 = HERE / "data" / "pii-scrubnames3.txt"
"""Written for #12's fifth session (names and places); scored after its first rules, then
three of its misses generalised: partly tuned on (its header says which)."""
HOLDOUT_SCRUBCATS4 = HERE / "data" / "pii-holdout-scrubcats4.txt"
"""Written for #12's fifth session (religion, detention, organisations) before scoring."""
DEV_SCRUBNAMES5 = HERE / "data" / "pii-dev-scrubnames5.txt"
"""Written for #12's sixth session (names of every origin, word-names, health); tuned on."""
HOLDOUT_SCRUBNAMES5 = HERE / "data" / "pii-holdout-scrubnames5.txt"
"""Written with DEV_SCRUBNAMES5; scored only at the start and the end of that session."""
DEV_SCRUBNAMES10 = HERE / "data" / "pii-dev-scrubnames10.txt"
"""Written for #12's tenth session (lower-case names in sentence shapes); tuned on."""
HOLDOUT_SCRUBNAMES10 = HERE / "data" / "pii-holdout-scrubnames10.txt"
"""Written with DEV_SCRUBNAMES10, committed before its first score; never tuned on."""
DEV_PRECISE10 = HERE / "data" / "pii-dev-scrubprecise10.txt"
"""Written for #12's tenth session: PII-free notes full of words that are also names,
places, shops and feasts, with PII in the same style; tuned on."""
HOLDOUT_PRECISE10 = HERE / "data" / "pii-holdout-scrubprecise10.txt"
"""Written with DEV_PRECISE10, committed before its first score and never tuned on."""
DEV_SCRUBCATS10 = HERE / "data" / "pii-dev-scrubcats10.txt"
"""Written for #12's tenth session (organisations without their kind word, detention,
religion, health, abbreviated addresses); tuned on."""
HOLDOUT_SCRUBCATS10 = HERE / "data" / "pii-holdout-scrubcats10.txt"
"""Written with DEV_SCRUBCATS10, committed before its first score; never tuned on."""
DEV_TAP11 = HERE / "data" / "pii-dev-tap11.txt"
"""Written for #12's tenth session, second round (what the show-back offers: employers named
by a word, rare family facts, the rest of a name); tuned on."""
HOLDOUT_TAP11 = HERE / "data" / "pii-holdout-tap11.txt"
"""Written with DEV_TAP11, committed before its first score; never tuned on."""
DEV_NAMES11 = HERE / "data" / "pii-dev-names11.txt"
"""Written for #12's tenth session, second round (names the word lists hold as words, van/de +
town surnames); tuned on."""
HOLDOUT_NAMES11 = HERE / "data" / "pii-holdout-names11.txt"
"""Written with DEV_NAMES11, committed before its first score; never tuned on."""
DEV_PRECISE12 = HERE / "data" / "pii-dev-precise12.txt"
"""Written for #12's tenth session, second round (precise12): PII-free notes on words that look
like PII and are not (TV shows, bus lines, helplines, clubs, apps, dishes, feasts, money, times,
school years), with PII in the same style; tuned on."""
HOLDOUT_PRECISE12 = HERE / "data" / "pii-holdout-precise12.txt"
"""Written with DEV_PRECISE12, committed before its first score; never tuned on."""
DEV_IDS12 = HERE / "data" / "pii-dev-ids12.txt"
"""Written for #12's tenth session, second round (identifiers in unusual notations: handles
without "@", phones with "(0)" or a digit short, IBANs in lower case or with dashes); tuned
on."""
HOLDOUT_IDS12 = HERE / "data" / "pii-holdout-ids12.txt"
"""Written with DEV_IDS12, committed before its first score; never tuned on."""
DEV_PRECISE13 = HERE / "data" / "pii-dev-precise13.txt"
"""Written for #12's eleventh session (precise13): PII-free notes full of words that are also
names, towns, services, feasts, dishes and amounts, with PII in the same style; tuned on."""
HOLDOUT_PRECISE13 = HERE / "data" / "pii-holdout-precise13.txt"
"""Written with DEV_PRECISE13, committed before its first score; never tuned on."""
DEV_IDS13 = HERE / "data" / "pii-dev-ids13.txt"
"""Written for #12's eleventh session (ids13: handles right after a platform's name, e-mails
with spaces or "(at)", IBANs of nine countries in any spacing or with a typo, national
numbers in any grouping, postcodes glued to their town by a dash); tuned on."""
HOLDOUT_IDS13 = HERE / "data" / "pii-holdout-ids13.txt"
"""Written with DEV_IDS13, committed before its first score; never tuned on."""
DEV_TAPFIX13 = HERE / "data" / "pii-dev-tapfix13.txt"
"""Written for #12's eleventh session (tapfix13): details next to or inside one another,
where two rules find overlapping spans; tuned on."""
HOLDOUT_TAPFIX13 = HERE / "data" / "pii-holdout-tapfix13.txt"
"""Written with DEV_TAPFIX13, committed before its first score; never tuned on."""
DEV_CATS13 = HERE / "data" / "pii-dev-cats13.txt"
"""Written for #12's eleventh session (conditions told as phrases, treatments, sexual orientation
and gender identity, political opinion and union membership, schools and employers with their
town); tuned on."""
HOLDOUT_CATS13 = HERE / "data" / "pii-holdout-cats13.txt"
"""Written with DEV_CATS13, committed before its first score; never tuned on."""
DEV_ORGS14 = HERE / "data" / "pii-dev-orgs14.txt"
"""Written for #12's eleventh session, second round (orgs14: firms by family name and trade or
legal form, workplaces and schools after bij/chez/at, clubs, associations and places of worship
by their own name, shop branches by town or street); tuned on."""
HOLDOUT_ORGS14 = HERE / "data" / "pii-holdout-orgs14.txt"
"""Written with DEV_ORGS14, committed before its first score; never tuned on."""
DEV_NAMES13 = HERE / "data" / "pii-dev-names13.txt"
"""Written for #12's eleventh session (names13: lower-case names after words of company or
speech, surnames after a first name, names listed with commas); tuned on."""
HOLDOUT_NAMES13 = HERE / "data" / "pii-holdout-names13.txt"
"""Written with DEV_NAMES13, committed before its first score; never tuned on."""
DEV_NAMES14 = HERE / "data" / "pii-dev-names14.txt"
"""Written for #12's eleventh session, second round (names14: English names that are words,
French particle surnames, names after kinship words or ages, lower-case starts); tuned on."""
HOLDOUT_NAMES14 = HERE / "data" / "pii-holdout-names14.txt"
"""Written with DEV_NAMES14, committed before its first score; never tuned on."""
DEV_LEARN15 = HERE / "data" / "pii-dev-learn15.txt"
"""Written for #12's twelfth session (learn15: person names of every origin in shapes the rules
may not know, and words that are also names); trained on by the learned name model."""
HOLDOUT_LEARN15 = HERE / "data" / "pii-holdout-learn15.txt"
"""Written with DEV_LEARN15, committed before its first score; never trained or tuned on."""
DEV_OFFERS16 = HERE / "data" / "pii-dev-offers16.txt"
"""Written for #12's thirteenth session (offers16: names of every origin in odd places, a name
alone, in a list, glued to a word, a surname alone; employers and schools by a word,
neighbourhoods; PII-free notes of name words); tuned on, trained on by the name model."""
HOLDOUT_OFFERS16 = HERE / "data" / "pii-holdout-offers16.txt"
"""Written with DEV_OFFERS16, committed before its first score; never trained or tuned on."""
DEV_PRECISE16 = HERE / "data" / "pii-dev-precise16.txt"
"""Written for #12's thirteenth session (precise16): about half PII-free notes full of words
that are also first names, towns, feasts, shops, services and amounts, the other half those
words as names and places next to personal data; tuned on."""
HOLDOUT_PRECISE16 = HERE / "data" / "pii-holdout-precise16.txt"
"""Written with DEV_PRECISE16, committed before its first score; never tuned on."""
FROZEN = HERE / "data" / "pii-frozen-external.jsonl"
"""Written by someone who never saw the scrubber's code or rules (2026-12-01): never tune on it."""
FROZEN2 = HERE / "data" / "pii-frozen-external2.jsonl"
"""The held-out half of a second set by a writer who never saw the code (2026-12-01): never
opened by those who changed the scrubber, scored by the integrator only; never tune on it."""
FROZEN3 = HERE / "data" / "pii-frozen-external3.jsonl"
"""The held-out half of the third external set (240 sentences, written after its dev half by
a writer who never saw the code, 2026-12-01): never opened by those who changed the
scrubber, added to the project only after #12's fourth session stopped changing rules."""
FROZEN4 = HERE / "data" / "pii-frozen-external4.jsonl"
"""A fourth set (180 sentences, 40 PII-free, 303 spans; 71 nl, 60 fr, 49 en), written in #12's
tenth session by a writer who read only a label brief, never the code nor the docs; added
after that session's rules were merged: never opened by those who change the scrubber."""
FROZEN5 = HERE / "data" / "pii-frozen-external5.jsonl"
"""A fifth set (180 sentences, 41 PII-free, 282 spans; 70 nl, 60 fr, 50 en), written at the
start of #12's eleventh session by a writer who read only a label brief, never the code nor
the docs; scored on the session-start code before any rule of that session was merged."""
FROZEN6 = HERE / "data" / "pii-frozen-external6.jsonl"
"""A sixth set (180 sentences, 40 PII-free, 302 spans; 70 nl, 60 fr, 50 en), written at the
start of #12's twelfth session by a writer who read only a label brief, never the code nor the
docs; scored on the session-start code before any rule of that session."""
FROZEN7 = HERE / "data" / "pii-frozen-external7.jsonl"
"""A seventh set (180 sentences, 40 PII-free, 259 spans; 70 nl, 60 fr, 50 en), written at the
start of #12's thirteenth session by a writer who read only a label brief, never the code nor
the docs; scored on the session-start code before any rule of that session."""
FROZEN8 = HERE / "data" / "pii-frozen-external8.jsonl"
"""An eighth set (180 sentences, 40 PII-free, 324 spans; 70 nl, 60 fr, 50 en), written in #12's
fourteenth session by a writer who read only a label brief, never the code nor the docs; added
unread, scored on the session-start code and at the end, never tuned on."""
FROZEN9 = HERE / "data" / "pii-frozen-external9.jsonl"
"""A ninth set (180 sentences, 40 PII-free, 391 spans; 70 nl, 60 fr, 50 en), written at the
start of #12's fifteenth session by a writer who read only a label brief, never the code nor
the docs; added unread, scored on the session-start code and at the end, never tuned on."""
FROZEN10 = HERE / "data" / "pii-frozen-external10.jsonl"
"""A tenth set (180 sentences, 40 PII-free, 369 spans; 70 nl, 60 fr, 50 en), written at the
end of #12's fifteenth session by a writer who read only a label brief, never the code nor
the docs; added unread and scored once on that session's final code: a start figure for the
next session, never tuned on."""
FROZEN11 = HERE / "data" / "pii-frozen-external11.jsonl"
"""An eleventh set (180 sentences, 40 PII-free, 418 spans; 70 nl, 60 fr, 50 en), written at
the start of #12's seventeenth session by a writer who read only a label brief, never the
code nor the docs; added unread, scored on the session-start code and at the end, never
tuned on."""
FROZEN12 = HERE / "data" / "pii-frozen-external12.jsonl"
"""A twelfth set (180 sentences, 40 PII-free, 464 spans; 70 nl, 60 fr, 50 en), written at the
start of #12's eighteenth session by a writer who read only a label brief, never the code nor
the docs; added unread, scored on the session-start code and at the end, never tuned on."""
FROZEN13 = HERE / "data" / "pii-frozen-external13.jsonl"
"""A thirteenth set (180 sentences, 40 PII-free, 428 spans; 70 nl, 60 fr, 50 en), written at
the start of #12's nineteenth session by a writer who read only a label brief, never the code
nor the docs; added unread, scored on the session-start code and at the end, never tuned on."""
FROZEN14 = HERE / "data" / "pii-frozen-external14.jsonl"
"""A fourteenth set (180 sentences, 40 PII-free, 282 spans; 70 nl, 60 fr, 50 en), written at
the start of #12's twentieth session by a writer who read only a label brief, never the code
nor the docs; added unread, scored on the session-start code and at the end, never tuned on."""
FROZEN15 = HERE / "data" / "pii-frozen-external15.jsonl"
"""A fifteenth set (180 sentences, 40 PII-free, 277 spans; 70 nl, 60 fr, 50 en), written in
#12's twenty-first session by a writer who read only a label brief, never the code nor the
docs; added unread, scored on the session-start code and at the end, never tuned on."""
FROZEN16 = HERE / "data" / "pii-frozen-external16.jsonl"
"""A sixteenth set (180 sentences, 40 PII-free, 266 spans; 70 nl, 60 fr, 50 en), written at
the start of #12's twenty-second session by a writer who read only a label brief, never the
code nor the docs; added unread, scored on the session-start code and at the end, never tuned
on."""
FROZEN17 = HERE / "data" / "pii-frozen-external17.jsonl"
"""A seventeenth set (180 sentences, 40 PII-free, 405 spans; 70 nl, 60 fr, 50 en), written at
the start of #12's twenty-third session by a writer who read only a label brief, never the
code nor the docs; added unread, scored on the session-start code and at the end, never tuned
on."""
FROZEN18 = HERE / "data" / "pii-frozen-external18.jsonl"
"""An eighteenth set (180 sentences, 40 PII-free, 378 spans; 70 nl, 60 fr, 50 en), written
during #12's twenty-third session by a writer who read only a label brief, never the code nor
the docs; added unread, scored on the session-start code and at the end, never tuned on."""
FROZEN19 = HERE / "data" / "pii-frozen-external19.jsonl"
"""A nineteenth set (180 sentences, 40 PII-free, 328 spans; 70 nl, 60 fr, 50 en), written
during #12's twenty-fourth session by a writer who read only a label brief, never the code
nor the docs; added unread, scored on the session-start code and at the end, never tuned
on."""
FROZEN20 = HERE / "data" / "pii-frozen-external20.jsonl"
"""A twentieth set (180 sentences, 40 PII-free, 355 spans; 70 nl, 60 fr, 50 en), written at
the end of #12's twenty-fourth session by a writer who read only a label brief, never the
code nor the docs; added unread, scored on the session-start code and at the end, never tuned
on."""
FROZEN21 = HERE / "data" / "pii-frozen-external21.jsonl"
"""A twenty-first set (180 sentences, 40 PII-free, 320 spans; 70 nl, 60 fr, 50 en), written
during #12's twenty-fifth session by a writer who read only a label brief, never the code nor
the docs; added unread at the session's end, scored on the session-start code and at the end,
never tuned on."""
FROZEN22 = HERE / "data" / "pii-frozen-external22.jsonl"
"""A twenty-second set (180 sentences, 40 PII-free, 285 spans; 70 nl, 60 fr, 50 en), written
during #12's twenty-fifth session by a writer who read only a label brief, never the code nor
the docs; added unread at the session's end, scored on the session-start code and at the end,
never tuned on."""
FROZEN23 = HERE / "data" / "pii-frozen-external23.jsonl"
"""A twenty-third set (180 sentences, 40 PII-free, 376 spans; 70 nl, 60 fr, 50 en), written
during #12's twenty-fifth session by a writer who read only a label brief, never the code nor
the docs; added unread at the session's end, scored on the session-start code and at the end,
never tuned on."""
FROZEN24 = HERE / "data" / "pii-frozen-external24.jsonl"
"""A twenty-fourth set (180 sentences, 40 PII-free, 348 spans; 70 nl, 60 fr, 50 en), written
during #12's twenty-fifth session by a writer who read only a label brief, never the code nor
the docs; added unread at the session's end, scored on the session-start code and at the end,
never tuned on."""
FROZEN25 = HERE / "data" / "pii-frozen-external25.jsonl"
"""A twenty-fifth set (180 sentences, 40 PII-free, 266 spans; 70 nl, 60 fr, 50 en), written
during #12's twenty-sixth session by a writer who read only a label brief, never the code nor
the docs; added unread at the session's end, scored on the session-start code and at the end,
never tuned on."""
FROZEN26 = HERE / "data" / "pii-frozen-external26.jsonl"
"""A twenty-sixth set (180 sentences, 40 PII-free, 310 spans; 70 nl, 60 fr, 50 en), written
during #12's twenty-sixth session by a writer who read only a label brief, never the code nor
the docs; added unread at the session's end, scored on the session-start code and at the end,
never tuned on."""
FROZEN27 = HERE / "data" / "pii-frozen-external27.jsonl"
"""A twenty-seventh set (180 sentences, 40 PII-free, 336 spans; 70 nl, 60 fr, 50 en), written
during #12's twenty-sixth session by a writer who read only a label brief, never the code nor
the docs; added unread at the session's end, scored on the session-start code and at the end,
never tuned on."""
FROZEN28 = HERE / "data" / "pii-frozen-external28.jsonl"
"""A twenty-eighth set (180 sentences, 40 PII-free, 331 spans; 70 nl, 60 fr, 50 en), written
during #12's twenty-sixth session by a writer who read only a label brief, never the code nor
the docs; added unread at the session's end, scored on the session-start code and at the end,
never tuned on."""
FROZEN29 = HERE / "data" / "pii-frozen-external29.jsonl"
"""A twenty-ninth set (180 sentences, 40 PII-free, 349 spans; 70 nl, 60 fr, 50 en), written
during #12's twenty-sixth session by a writer who read only a label brief, never the code nor
the docs; set aside unread and added at the end of the twenty-seventh session, scored on that
session's start code and at its end, never tuned on."""
FROZEN30 = HERE / "data" / "pii-frozen-external30.jsonl"
"""A thirtieth set (180 sentences, 40 PII-free, 357 spans; 70 nl, 60 fr, 50 en), written
during #12's twenty-ninth session by a writer who read only a label brief, never the code nor
the docs (the 30th set of the twenty-eighth session was lost with its machine); added unread
at the end of the rules, scored on the session-start code (9c8964a) and at the end, never
tuned on."""
FROZEN31 = HERE / "data" / "pii-frozen-external31.jsonl"
"""A thirty-first set (180 sentences, 40 PII-free, 346 spans; 70 nl, 60 fr, 50 en), written
during #12's thirtieth session by a writer who read only a label brief, never the code nor the
docs; added unread after the rules stopped, scored on the session-start code (25a0857) and at
the end, never tuned on."""
DEV_PROBE18 = HERE / "data" / "pii-dev-probe18.txt"
"""Written for #12's fifteenth session by a writer who never saw the rules (150 sentences, 30
PII-free; names of every origin, schools, detention and health told indirectly); tuned on."""
HOLDOUT_PROBE18 = HERE / "data" / "pii-holdout-probe18.txt"
"""Written with DEV_PROBE18 by the same writer; scored at the start and the end of that
session only, never opened by those who changed the rules."""
DEV_PROBE19 = HERE / "data" / "pii-dev-probe19.txt"
"""Written for #12's fifteenth session by a second writer who never saw the rules (150
sentences, 30 PII-free, two thirds of the details person names in every position); tuned on.
A form of address the writer put inside a name ("[[PERSON:mvr oprea]]") was moved out of it
by a script before anyone read the sets: the project keeps titles ("mevrouw [naam]")."""
HOLDOUT_PROBE19 = HERE / "data" / "pii-holdout-probe19.txt"
"""Written with DEV_PROBE19 by the same writer; never opened by those who changed the rules."""
DEV_PROBE21 = HERE / "data" / "pii-dev-probe21.txt"
"""Written for #12's seventeenth session by a writer who never saw the rules (150 sentences, 30
PII-free; names in unusual positions, word-names, employers and schools, health, faith and
detention told indirectly); tuned on."""
HOLDOUT_PROBE21 = HERE / "data" / "pii-holdout-probe21.txt"
"""Written with DEV_PROBE21 by the same writer; never opened by those who changed the rules."""
DEV_PROBE22 = HERE / "data" / "pii-dev-probe22.txt"
"""Written for #12's eighteenth session by a writer who never saw the rules (150 sentences, 30
PII-free; first names alone in lower case, several people a sentence, employers, schools and
shops with their town, squares and markets, health and faith told indirectly); tuned on."""
HOLDOUT_PROBE22 = HERE / "data" / "pii-holdout-probe22.txt"
"""Written with DEV_PROBE22 by the same writer; never opened by those who changed the rules."""
DEV_PROBE23 = HERE / "data" / "pii-dev-probe23.txt"
"""Written in the middle of #12's eighteenth session by a writer who never saw the rules (150
sentences, 30 PII-free; two thirds names in every position and form and organisations next
to a person); tuned on."""
HOLDOUT_PROBE23 = HERE / "data" / "pii-holdout-probe23.txt"
"""Written with DEV_PROBE23 by the same writer; never opened by those who changed the rules;
scored first on the code of the middle of the session (203ff52), not at its start."""
DEV_PROBE24 = HERE / "data" / "pii-dev-probe24.txt"
"""Written at the start of #12's nineteenth session by a writer who never saw the rules (150
sentences, 30 PII-free; names of every origin in every position, surnames alone, names that
are words or places, health, faith, origin, detention and politics told in everyday words,
organisations next to a person); tuned on."""
HOLDOUT_PROBE24 = HERE / "data" / "pii-holdout-probe24.txt"
"""Written with DEV_PROBE24 by the same writer; never opened by those who changed the rules;
scored first on the session-start code (ebabf89)."""
DEV_PROBE25 = HERE / "data" / "pii-dev-probe25.txt"
"""Written at the start of #12's twentieth session by a writer who never saw the rules (150
sentences, 30 PII-free; two thirds of the details person names in every position and form,
the rest organisations next to a person, places and special categories in everyday words);
tuned on."""
HOLDOUT_PROBE25 = HERE / "data" / "pii-holdout-probe25.txt"
"""Written with DEV_PROBE25 by the same writer; never opened by those who changed the rules;
scored first on the session-start code (adecc5c)."""
DEV_REVIEW39A = HERE / "data" / "pii-dev-review39a.txt"
"""Written during #12's twenty-ninth session by a writer who read only a label brief (150
sentences, 30 PII-free; two thirds hard cases); kept unread and scored on that session's start
and end code (recall 0.868 on both), then opened and tuned on from the thirtieth session."""
DEV_REVIEW40A = HERE / "data" / "pii-dev-review40a.txt"
"""Written during #12's thirtieth session by a writer who read only a label brief (150
sentences, 30 PII-free); kept unread and scored on that session's start and end code (recall
0.884 → 0.897), then opened and tuned on from the thirty-first session."""
DEV_PROBE42 = HERE / "data" / "pii-dev-probe42.txt"
"""Written during #12's thirty-second session by a writer who read only a label brief (150
sentences, 30 PII-free); opened at once and tuned on in that session."""
FROZEN32 = HERE / "data" / "pii-frozen-external32.jsonl"
"""A thirty-second set (180 sentences, 40 PII-free, 384 spans; 70 nl, 60 fr, 50 en), written
during #12's thirty-first session by a writer who read only a label brief, never the code nor
the docs; added unread after the rules stopped, scored on the session-start code (0fa44f3) and
at the end, never tuned on."""
DEV_REVIEW41A = HERE / "data" / "pii-dev-review41a.txt"
"""Written during #12's thirty-first session by a writer who read only a label brief (150
sentences, 30 PII-free); kept unread and scored on that session's start and end code (recall
0.861 on both), then opened and tuned on from the thirty-second session."""
FROZEN33 = HERE / "data" / "pii-frozen-external33.jsonl"
"""A thirty-third set (180 sentences, 40 PII-free; 70 nl, 60 fr, 50 en), written during #12's
thirty-second session by a writer who read only a label brief, never the code nor the docs;
added unread after the rules stopped, scored on the session-start code (5f6165c) and at the
end, never tuned on."""
DEV_PROBE43 = HERE / "data" / "pii-dev-probe43.txt"
"""Written during #12's thirty-third session by a writer who read only a label brief (150
sentences, 30 PII-free); opened at once and tuned on in that session."""
DEV_PROBE44 = HERE / "data" / "pii-dev-probe44.txt"
"""A second set written during #12's thirty-third session the same way (150 sentences, 30
PII-free); opened at once and tuned on in that session."""
DEV_PROBE45 = HERE / "data" / "pii-dev-probe45.txt"
"""A third set written during #12's thirty-third session the same way (150 sentences, 30
PII-free); scored unread halfway through the session (recall 0.844 on its start code, 0.855
then), then opened and tuned on."""
DEV_PROBE46 = HERE / "data" / "pii-dev-probe46.txt"
"""A fourth set written during #12's thirty-third session the same way (150 sentences, 30
PII-free); scored unread later in the session (recall 0.838 on its start code, 0.849 then),
then opened and tuned on."""
DEV_PROBE47 = HERE / "data" / "pii-dev-probe47.txt"
"""A fifth set written during #12's thirty-third session the same way (150 sentences, 30
PII-free); scored unread later in the session (recall 0.857 on its start code, 0.870 then),
then opened and tuned on."""
DEV_PROBE48 = HERE / "data" / "pii-dev-probe48.txt"
"""A sixth set written during #12's thirty-third session the same way (150 sentences, 30
PII-free); scored unread later in the session (recall 0.891 on its start code, 0.897 then),
then opened and tuned on."""
DEV_REVIEW42A = HERE / "data" / "pii-dev-review42a.txt"
"""Written during #12's thirty-second session by a writer who read only a label brief (150
sentences, 30 PII-free); kept unread and scored on that session's start and end code (recall
0.870 → 0.873), then opened and tuned on from the thirty-third session."""
FROZEN34 = HERE / "data" / "pii-frozen-external34.jsonl"
"""A thirty-fourth set (180 sentences, 40 PII-free, 333 spans; 70 nl, 60 fr, 50 en), written
during #12's thirty-third session by a writer who read only a label brief, never the code nor
the docs; added unread after the rules stopped, scored on the session-start code (f033c4a) and
at the end, never tuned on."""
DEV_PROBE49 = HERE / "data" / "pii-dev-probe49.txt"
"""Written during #12's thirty-fourth session by a writer who read only a label brief (150
sentences, 30 PII-free); scored unread later in the session (recall 0.881 on its start code,
0.881 then), then opened and tuned on."""
DEV_PROBE50 = HERE / "data" / "pii-dev-probe50.txt"
"""A second set written during #12's thirty-fourth session the same way (150 sentences, 30
PII-free); scored unread (recall 0.858 on its start code, 0.858 then), then opened and tuned
on."""
DEV_PROBE51 = HERE / "data" / "pii-dev-probe51.txt"
"""A third set written during #12's thirty-fourth session the same way (150 sentences, 30
PII-free); scored unread (recall 0.882 on its start code, 0.882 then), then opened and tuned
on."""
DEV_PROBE52 = HERE / "data" / "pii-dev-probe52.txt"
"""A fourth set written during #12's thirty-fourth session the same way (150 sentences, 30
PII-free); scored unread (recall 0.902 on its start code, 0.906 then), then opened and tuned
on."""
DEV_PROBE53 = HERE / "data" / "pii-dev-probe53.txt"
"""A fifth set written during #12's thirty-fourth session the same way (150 sentences, 30
PII-free); scored unread (recall 0.877 on its start code, 0.884 then), then opened and tuned
on."""
DEV_PROBE54 = HERE / "data" / "pii-dev-probe54.txt"
"""A sixth set written during #12's thirty-fourth session the same way (150 sentences, 30
PII-free); scored unread (recall 0.889 on its start code, 0.895 then), then opened and tuned
on."""
DEV_PROBE55 = HERE / "data" / "pii-dev-probe55.txt"
"""A seventh set written during #12's thirty-fourth session the same way (150 sentences, 30
PII-free); scored unread (recall 0.881 on its start code, 0.881 then), then opened and tuned
on."""
DEV_PROBE56 = HERE / "data" / "pii-dev-probe56.txt"
"""An eighth set written during #12's thirty-fourth session the same way (150 sentences, 30
PII-free); scored unread (recall 0.895 on its start code, 0.898 then), then opened and tuned
on."""
DEV_PROBE58 = HERE / "data" / "pii-dev-probe58.txt"
"""A first set written during #12's thirty-fifth session the same way (150 sentences, 30
PII-free); scored unread (recall 0.887 on its start code, 0.887 then), then opened and tuned
on."""
DEV_PROBE59 = HERE / "data" / "pii-dev-probe59.txt"
"""A third set written during #12's thirty-fifth session the same way (150 sentences, 30
PII-free); scored unread (recall 0.934 on its start code, 0.934 then), then opened and tuned
on."""
DEV_PROBE60 = HERE / "data" / "pii-dev-probe60.txt"
"""A fourth set written during #12's thirty-fifth session the same way (150 sentences, 30
PII-free); scored unread (recall 0.903 on its start code, 0.912 then), then opened and tuned
on."""
DEV_PROBE61 = HERE / "data" / "pii-dev-probe61.txt"
"""A fifth set written during #12's thirty-fifth session the same way (150 sentences, 30
PII-free); scored unread (recall 0.902 on its start code, 0.905 then), then opened and tuned
on."""
DEV_PROBE62 = HERE / "data" / "pii-dev-probe62.txt"
"""A sixth set written during #12's thirty-fifth session the same way (150 sentences, 30
PII-free); scored unread (recall 0.880 on its start code, 0.884 then), then opened and tuned
on."""
DEV_PROBE63 = HERE / "data" / "pii-dev-probe63.txt"
"""A seventh set written during #12's thirty-fifth session the same way (150 sentences, 30
PII-free); scored unread (recall 0.881 on its start code, 0.884 then), then opened and tuned
on."""
DEV_PROBE64 = HERE / "data" / "pii-dev-probe64.txt"
"""A eighth set written during #12's thirty-fifth session the same way (150 sentences, 30
PII-free); scored unread (recall 0.866 on its start code, 0.876 then), then opened and tuned
on."""
DEV_PROBE65 = HERE / "data" / "pii-dev-probe65.txt"
"""A first set written during #12's thirty-sixth session the same way (150 sentences, 30
PII-free); scored unread (recall 0.871 on its start code, 0.871 then), then opened and tuned
on."""
DEV_PROBE66 = HERE / "data" / "pii-dev-probe66.txt"
"""A second set written during #12's thirty-sixth session the same way (150 sentences, 30
PII-free); scored unread (recall 0.911 on its start code, 0.911 then), then opened and tuned
on."""
DEV_PROBE67 = HERE / "data" / "pii-dev-probe67.txt"
"""A third set written during #12's thirty-sixth session the same way (150 sentences, 30
PII-free); scored unread (recall 0.903 on its start code, 0.906 then), then opened and tuned
on."""
DEV_PROBE68 = HERE / "data" / "pii-dev-probe68.txt"
"""A fourth set written during #12's thirty-sixth session the same way (150 sentences, 30
PII-free); scored unread (recall 0.894 on its start code, 0.894 then), then opened and tuned
on."""
DEV_PROBE69 = HERE / "data" / "pii-dev-probe69.txt"
"""A fifth set written during #12's thirty-sixth session the same way (150 sentences, 30
PII-free); scored unread (recall 0.878 on its start code, 0.881 then), then opened and tuned
on."""
DEV_PROBE70 = HERE / "data" / "pii-dev-probe70.txt"
"""A sixth set written during #12's thirty-sixth session the same way (150 sentences, 30
PII-free); scored unread (recall 0.891 on its start code, 0.891 then), then opened and tuned
on."""
DEV_PROBE71 = HERE / "data" / "pii-dev-probe71.txt"
"""A seventh set written during #12's thirty-sixth session the same way (150 sentences, 30
PII-free); scored unread (recall 0.898 on its start code, 0.898 then), then opened and tuned
on."""
DEV_PROBE72 = HERE / "data" / "pii-dev-probe72.txt"
"""A eighth set written during #12's thirty-sixth session the same way (150 sentences, 30
PII-free); scored unread (recall 0.876 on its start code, 0.880 then), then opened and tuned
on."""
DEV_PROBE73 = HERE / "data" / "pii-dev-probe73.txt"
"""A ninth set written during #12's thirty-sixth session the same way (150 sentences, 30
PII-free); scored unread (recall 0.908 on its start code, 0.908 then), then opened and tuned
on."""
DEV_PROBE74 = HERE / "data" / "pii-dev-probe74.txt"
"""A tenth set written during #12's thirty-sixth session the same way (150 sentences, 30
PII-free); scored unread (recall 0.875 on its start code, 0.875 then), then opened and tuned
on."""
DEV_PROBE75 = HERE / "data" / "pii-dev-probe75.txt"
"""A eleventh set written during #12's thirty-sixth session the same way (150 sentences, 30
PII-free); scored unread (recall 0.904 on its start code, 0.907 then), then opened and tuned
on."""
DEV_PROBE76 = HERE / "data" / "pii-dev-probe76.txt"
"""A twelfth set written during #12's thirty-sixth session the same way (150 sentences, 30
PII-free); scored unread (recall 0.876 on its start code, 0.876 then), then opened and tuned
on."""
DEV_PROBE77 = HERE / "data" / "pii-dev-probe77.txt"
"""A first set written during #12's thirty-seventh session the same way (150 sentences, 30
PII-free); scored unread (recall 0.860 on its start code, 0.860 then), then opened and tuned
on."""
DEV_PROBE78 = HERE / "data" / "pii-dev-probe78.txt"
"""A second set written during #12's thirty-seventh session the same way (150 sentences, 30
PII-free); scored unread (recall 0.907 on its start code, 0.907 then), then opened and tuned
on."""
DEV_PROBE79 = HERE / "data" / "pii-dev-probe79.txt"
"""A third set written during #12's thirty-seventh session the same way (150 sentences, 30
PII-free); scored unread (recall 0.895 on its start code, 0.895 then), then opened and tuned
on."""
DEV_PROBE80 = HERE / "data" / "pii-dev-probe80.txt"
"""A fourth set written during #12's thirty-seventh session the same way (150 sentences, 30
PII-free); scored unread (recall 0.907 on its start code, 0.907 then), then opened and tuned
on."""
DEV_PROBE81 = HERE / "data" / "pii-dev-probe81.txt"
"""A fifth set written during #12's thirty-seventh session the same way (150 sentences, 30
PII-free); scored unread (recall 0.836 on its start code, 0.836 then), then opened and tuned
on."""
DEV_PROBE82 = HERE / "data" / "pii-dev-probe82.txt"
"""A sixth set written during #12's thirty-seventh session the same way (150 sentences, 30
PII-free); scored unread (recall 0.906 on its start code, 0.906 then), then opened and tuned
on."""
DEV_PROBE83 = HERE / "data" / "pii-dev-probe83.txt"
"""A seventh set written during #12's thirty-seventh session the same way (150 sentences, 30
PII-free); scored unread (recall 0.919 on its start code, 0.919 then), then opened and tuned
on."""
DEV_PROBE84 = HERE / "data" / "pii-dev-probe84.txt"
"""An eighth set written during #12's thirty-seventh session the same way (150 sentences, 30
PII-free); scored unread (recall 0.924 on its start code, 0.924 then), then opened and tuned
on."""
DEV_PROBE85 = HERE / "data" / "pii-dev-probe85.txt"
"""A ninth set written during #12's thirty-seventh session the same way (150 sentences, 30
PII-free); scored unread (recall 0.868 on its start code, 0.868 then), then opened and tuned
on."""
DEV_PROBE86 = HERE / "data" / "pii-dev-probe86.txt"
"""A tenth set written during #12's thirty-seventh session the same way (150 sentences, 30
PII-free); scored unread (recall 0.900 on its start code, 0.900 then), then opened and tuned
on."""
DEV_PROBE87 = HERE / "data" / "pii-dev-probe87.txt"
"""A first set written during #12's thirty-eighth session the same way (150 sentences, 30
PII-free); scored unread (recall 0.889 on its start code, 0.889 then), then opened and tuned
on."""
DEV_PROBE88 = HERE / "data" / "pii-dev-probe88.txt"
"""A second set written during #12's thirty-eighth session the same way (150 sentences, 30
PII-free); scored unread (recall 0.915 on its start code, 0.915 then), then opened and tuned
on."""
DEV_PROBE89 = HERE / "data" / "pii-dev-probe89.txt"
"""A third set written during #12's thirty-eighth session the same way (150 sentences, 30
PII-free); scored unread (recall 0.892 on its start code, 0.892 then), then opened and tuned
on."""
DEV_PROBE90 = HERE / "data" / "pii-dev-probe90.txt"
"""A fourth set written during #12's thirty-eighth session the same way (150 sentences, 30
PII-free); scored unread (recall 0.941 on its start code, 0.941 then), then opened and tuned
on."""
DEV_PROBE91 = HERE / "data" / "pii-dev-probe91.txt"
"""A fifth set written during #12's thirty-eighth session the same way (150 sentences, 30
PII-free); scored unread (recall 0.894 on its start code, 0.894 then), then opened and tuned
on."""
DEV_PROBE92 = HERE / "data" / "pii-dev-probe92.txt"
"""A sixth set written during #12's thirty-eighth session the same way (150 sentences, 30
PII-free); scored unread (recall 0.885 on its start code, 0.885 then), then opened and tuned
on."""
DEV_PROBE93 = HERE / "data" / "pii-dev-probe93.txt"
"""A seventh set written during #12's thirty-eighth session the same way (150 sentences, 30
PII-free); scored unread (recall 0.918 on its start code, 0.918 then), then opened and tuned
on."""
DEV_PROBE94 = HERE / "data" / "pii-dev-probe94.txt"
"""An eighth set written during #12's thirty-eighth session the same way (150 sentences, 30
PII-free); scored unread (recall 0.858 on its start code, 0.858 then), then opened and tuned
on."""
DEV_PROBE95 = HERE / "data" / "pii-dev-probe95.txt"
"""A ninth set written during #12's thirty-eighth session the same way (150 sentences, 30
PII-free); scored unread (recall 0.885 on its start code, 0.891 then), then opened and tuned
on."""
DEV_PROBE96 = HERE / "data" / "pii-dev-probe96.txt"
"""A tenth set written during #12's thirty-eighth session the same way (150 sentences, 30
PII-free); scored unread (recall 0.898 on its start code, 0.908 then), then opened and tuned
on."""
DEV_PROBE97 = HERE / "data" / "pii-dev-probe97.txt"
"""An eleventh set written during #12's thirty-eighth session the same way (150 sentences, 30
PII-free); scored unread (recall 0.873 on its start code, 0.877 then), then opened and tuned
on."""
DEV_PROBE98 = HERE / "data" / "pii-dev-probe98.txt"
"""A twelfth set written during #12's thirty-eighth session the same way (150 sentences, 30
PII-free); scored unread (recall 0.893 on its start code, 0.896 then), then opened and tuned
on."""
DEV_PROBE99 = HERE / "data" / "pii-dev-probe99.txt"
"""A first set written during #12's thirty-ninth session the same way (150 sentences, 30
PII-free); scored unread (recall 0.894 on its start code, 0.894 then), then opened and tuned
on."""
DEV_PROBE100 = HERE / "data" / "pii-dev-probe100.txt"
"""A second set written during #12's thirty-ninth session the same way (150 sentences, 30
PII-free); scored unread (recall 0.937 on its start code, 0.937 then), then opened and tuned
on."""
DEV_PROBE101 = HERE / "data" / "pii-dev-probe101.txt"
"""A third set written during #12's thirty-ninth session the same way (150 sentences, 30
PII-free); scored unread (recall 0.895 on its start code, 0.897 then), then opened and tuned
on."""
DEV_PROBE102 = HERE / "data" / "pii-dev-probe102.txt"
"""A fourth set written during #12's thirty-ninth session the same way (150 sentences, 30
PII-free); scored unread (recall 0.931 on its start code, 0.931 then), then opened and tuned
on."""
DEV_PROBE103 = HERE / "data" / "pii-dev-probe103.txt"
"""A fifth set written during #12's thirty-ninth session the same way (150 sentences, 30
PII-free); scored unread (recall 0.878 on its start code, 0.878 then), then opened and tuned
on."""
DEV_PROBE104 = HERE / "data" / "pii-dev-probe104.txt"
"""A sixth set written during #12's thirty-ninth session the same way (150 sentences, 30
PII-free); scored unread (recall 0.879 on its start code, 0.879 then), then opened and tuned
on."""
DEV_PROBE105 = HERE / "data" / "pii-dev-probe105.txt"
"""A seventh set written during #12's thirty-ninth session the same way (150 sentences, 30
PII-free); scored unread (recall 0.894 on its start code, 0.901 then), then opened and tuned
on."""
DEV_PROBE106 = HERE / "data" / "pii-dev-probe106.txt"
"""An eighth set written during #12's thirty-ninth session the same way (150 sentences, 30
PII-free); scored unread (recall 0.894 on its start code, 0.898 then), then opened and tuned
on."""
DEV_PROBE107 = HERE / "data" / "pii-dev-probe107.txt"
"""A ninth set written during #12's thirty-ninth session the same way (150 sentences, 30
PII-free); scored unread (recall 0.928 on its start code, 0.928 then), then opened and tuned
on."""
DEV_PROBE108 = HERE / "data" / "pii-dev-probe108.txt"
"""A tenth set written during #12's thirty-ninth session the same way (150 sentences, 30
PII-free); scored unread (recall 0.920 on its start code, 0.923 then), then opened and tuned
on."""
DEV_PROBE109 = HERE / "data" / "pii-dev-probe109.txt"
"""An eleventh set written during #12's thirty-ninth session the same way (150 sentences, 30
PII-free); scored unread (recall 0.917 on its start code, 0.917 then), then opened and tuned
on."""
DEV_PROBE110 = HERE / "data" / "pii-dev-probe110.txt"
"""A twelfth set written during #12's thirty-ninth session the same way (150 sentences, 30
PII-free); scored unread (recall 0.909 on its start code, 0.912 then), then opened and tuned
on."""
DEV_PROBE111 = HERE / "data" / "pii-dev-probe111.txt"
"""A first set written during #12's fortieth session the same way (150 sentences, 30
PII-free); scored unread (recall 0.900 on its start code, 0.900 then), then opened and tuned
on."""
DEV_PROBE112 = HERE / "data" / "pii-dev-probe112.txt"
"""A second set written during #12's fortieth session the same way (150 sentences, 30
PII-free); scored unread (recall 0.922 on its start code, 0.922 then), then opened and tuned
on."""
DEV_PROBE113 = HERE / "data" / "pii-dev-probe113.txt"
"""A third set written during #12's fortieth session the same way (150 sentences, 30
PII-free); scored unread (recall 0.863 on its start code, 0.863 then), then opened and tuned
on."""
DEV_PROBE114 = HERE / "data" / "pii-dev-probe114.txt"
"""A fourth set written during #12's fortieth session the same way (150 sentences, 30
PII-free); scored unread (recall 0.905 on its start code, 0.905 then), then opened and tuned
on."""
DEV_PROBE115 = HERE / "data" / "pii-dev-probe115.txt"
"""A fifth set written during #12's fortieth session the same way (150 sentences, 30
PII-free); scored unread (recall 0.905 on its start code, 0.905 then), then opened and tuned
on."""
DEV_PROBE116 = HERE / "data" / "pii-dev-probe116.txt"
"""A sixth set written during #12's fortieth session the same way (150 sentences, 30
PII-free); scored unread (recall 0.906 on its start code, 0.906 then), then opened and tuned
on."""
DEV_PROBE117 = HERE / "data" / "pii-dev-probe117.txt"
"""A seventh set written during #12's fortieth session the same way (150 sentences, 30
PII-free); scored unread (recall 0.878 on its start code, 0.881 then), then opened and tuned
on."""
DEV_PROBE118 = HERE / "data" / "pii-dev-probe118.txt"
"""An eighth set written during #12's fortieth session the same way (150 sentences, 30
PII-free); scored unread (recall 0.921 on its start code, 0.924 then), then opened and tuned
on."""
DEV_PROBE119 = HERE / "data" / "pii-dev-probe119.txt"
"""A ninth set written during #12's fortieth session the same way (150 sentences, 30
PII-free); scored unread (recall 0.897 on its start code, 0.900 then), then opened and tuned
on."""
DEV_PROBE120 = HERE / "data" / "pii-dev-probe120.txt"
"""A tenth set written during #12's fortieth session the same way (150 sentences, 30
PII-free); scored unread (recall 0.892 on its start code, 0.895 then), then opened and tuned
on."""
DEV_PROBE121 = HERE / "data" / "pii-dev-probe121.txt"
"""First set written during #12's forty-first session the same way (150 sentences,
30 PII-free); scored unread (recall 0.883 on its start code, 0.886 then), then opened and
tuned on."""
DEV_PROBE122 = HERE / "data" / "pii-dev-probe122.txt"
"""Second set written during #12's forty-first session the same way (150 sentences,
30 PII-free); scored unread (recall 0.889 on its start code, 0.889 then), then opened and
tuned on."""
DEV_PROBE123 = HERE / "data" / "pii-dev-probe123.txt"
"""Third set written during #12's forty-first session the same way (150 sentences,
30 PII-free); scored unread (recall 0.869 on its start code, 0.876 then), then opened and
tuned on."""
DEV_PROBE124 = HERE / "data" / "pii-dev-probe124.txt"
"""Fourth set written during #12's forty-first session the same way (150 sentences,
30 PII-free); scored unread (recall 0.908 on its start code, 0.908 then), then opened and
tuned on."""
DEV_PROBE125 = HERE / "data" / "pii-dev-probe125.txt"
"""Fifth set written during #12's forty-first session the same way (150 sentences,
30 PII-free); scored unread (recall 0.895 on its start code, 0.902 then), then opened and
tuned on."""
DEV_PROBE126 = HERE / "data" / "pii-dev-probe126.txt"
"""Sixth set written during #12's forty-first session the same way (150 sentences,
30 PII-free); scored unread (recall 0.902 on its start code, 0.905 then), then opened and
tuned on."""
DEV_PROBE127 = HERE / "data" / "pii-dev-probe127.txt"
"""Seventh set written during #12's forty-first session the same way (150 sentences,
30 PII-free); scored unread (recall 0.912 on its start code, 0.926 then), then opened and
tuned on."""
DEV_PROBE128 = HERE / "data" / "pii-dev-probe128.txt"
"""Eighth set written during #12's forty-first session the same way (150 sentences,
30 PII-free); scored unread (recall 0.899 on its start code, 0.909 then), then opened and
tuned on."""
DEV_PROBE129 = HERE / "data" / "pii-dev-probe129.txt"
"""First set written during #12's forty-second session the same way (150 sentences,
30 PII-free); scored unread (recall 0.899 on its start code, 0.902 then), then opened and
tuned on."""
DEV_PROBE130 = HERE / "data" / "pii-dev-probe130.txt"
"""Second set written during #12's forty-second session the same way (150 sentences,
30 PII-free); scored unread (recall 0.908 on its start code, 0.912 then), then opened and
tuned on."""
DEV_PROBE131 = HERE / "data" / "pii-dev-probe131.txt"
"""Third set written during #12's forty-second session the same way (150 sentences,
30 PII-free); scored unread (recall 0.919 on its start code, 0.919 then), then opened and
tuned on."""
DEV_PROBE132 = HERE / "data" / "pii-dev-probe132.txt"
"""Fourth set written during #12's forty-second session the same way (150 sentences,
30 PII-free); scored unread (recall 0.941 on its start code, 0.941 then), then opened and
tuned on."""
DEV_PROBE133 = HERE / "data" / "pii-dev-probe133.txt"
"""Fifth set written during #12's forty-second session the same way (150 sentences,
30 PII-free); scored unread (recall 0.910 on its start code, 0.910 then), then opened and
tuned on."""
DEV_PROBE134 = HERE / "data" / "pii-dev-probe134.txt"
"""Sixth set written during #12's forty-second session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.904 on its start code, 0.908 then),
then opened as a tuning set for the next session."""
DEV_PROBE135 = HERE / "data" / "pii-dev-probe135.txt"
"""Seventh set written during #12's forty-second session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.912 on its start code, 0.915 then),
then opened as a tuning set for the next session."""
DEV_PROBE136 = HERE / "data" / "pii-dev-probe136.txt"
"""First set written during #12's forty-third session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.928 on its start code, 0.932 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE137 = HERE / "data" / "pii-dev-probe137.txt"
"""Second set written during #12's forty-third session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.937 on its start code, 0.937 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE138 = HERE / "data" / "pii-dev-probe138.txt"
"""Third set written during #12's forty-third session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.929 on its start code, 0.932 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE139 = HERE / "data" / "pii-dev-probe139.txt"
"""Fourth set written during #12's forty-third session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.929 on its start code, 0.929 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE140 = HERE / "data" / "pii-dev-probe140.txt"
"""Fifth set written during #12's forty-third session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.924 on its start code, 0.927 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE141 = HERE / "data" / "pii-dev-probe141.txt"
"""Sixth set written during #12's forty-third session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.928 on its start code, 0.932 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE142 = HERE / "data" / "pii-dev-probe142.txt"
"""First set written during #12's forty-fourth session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.934 on its start code, 0.934 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE143 = HERE / "data" / "pii-dev-probe143.txt"
"""Second set written during #12's forty-fourth session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.913 on its start code, 0.913 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE144 = HERE / "data" / "pii-dev-probe144.txt"
"""Third set written during #12's forty-fourth session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.937 on its start code, 0.937 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE145 = HERE / "data" / "pii-dev-probe145.txt"
"""Fourth set written during #12's forty-fourth session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.921 on its start code, 0.921 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE146 = HERE / "data" / "pii-dev-probe146.txt"
"""Fifth set written during #12's forty-fourth session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.939 on its start code, 0.939 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE147 = HERE / "data" / "pii-dev-probe147.txt"
"""Sixth set written during #12's forty-fourth session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.929 on its start code, 0.929 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE148 = HERE / "data" / "pii-dev-probe148.txt"
"""First set written during #12's forty-fifth session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.945 on its start code, 0.945 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE149 = HERE / "data" / "pii-dev-probe149.txt"
"""Second set written during #12's forty-fifth session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.914 on its start code, 0.914 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE150 = HERE / "data" / "pii-dev-probe150.txt"
"""Third set written during #12's forty-fifth session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.898 on its start code, 0.905 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE151 = HERE / "data" / "pii-dev-probe151.txt"
"""Fourth set written during #12's forty-fifth session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.929 on its start code, 0.932 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE152 = HERE / "data" / "pii-dev-probe152.txt"
"""Fifth set written during #12's forty-fifth session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.896 on its start code, 0.903 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE153 = HERE / "data" / "pii-dev-probe153.txt"
"""Sixth set written during #12's forty-fifth session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.903 on its start code, 0.903 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE154 = HERE / "data" / "pii-dev-probe154.txt"
"""First set written during #12's forty-sixth session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.903 on its start code, 0.913 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE155 = HERE / "data" / "pii-dev-probe155.txt"
"""Second set written during #12's forty-sixth session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.915 on its start code, 0.918 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE156 = HERE / "data" / "pii-dev-probe156.txt"
"""Third set written during #12's forty-sixth session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.934 on its start code, 0.941 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE157 = HERE / "data" / "pii-dev-probe157.txt"
"""Fourth set written during #12's forty-sixth session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.919 on its start code, 0.926 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE158 = HERE / "data" / "pii-dev-probe158.txt"
"""Fifth set written during #12's forty-sixth session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.916 on its start code, 0.932 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE159 = HERE / "data" / "pii-dev-probe159.txt"
"""Sixth set written during #12's forty-sixth session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.906 on its start code, 0.909 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE160 = HERE / "data" / "pii-dev-probe160.txt"
"""First set written during #12's forty-seventh session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.893 on its start code, 0.896 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE161 = HERE / "data" / "pii-dev-probe161.txt"
"""Second set written during #12's forty-seventh session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.899 on its start code, 0.899 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE162 = HERE / "data" / "pii-dev-probe162.txt"
"""Third set written during #12's forty-seventh session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.920 on its start code, 0.926 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE163 = HERE / "data" / "pii-dev-probe163.txt"
"""Fourth set written during #12's forty-seventh session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.891 on its start code, 0.891 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE164 = HERE / "data" / "pii-dev-probe164.txt"
"""Fifth set written during #12's forty-seventh session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.834 on its start code, 0.836 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE165 = HERE / "data" / "pii-dev-probe165.txt"
"""Sixth set written during #12's forty-seventh session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.864 on its start code, 0.866 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE166 = HERE / "data" / "pii-dev-probe166.txt"
"""First set written during #12's forty-eighth session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.824 on its start code, 0.826 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE167 = HERE / "data" / "pii-dev-probe167.txt"
"""Second set written during #12's forty-eighth session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.846 on its start code, 0.846 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE168 = HERE / "data" / "pii-dev-probe168.txt"
"""Third set written during #12's forty-eighth session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.915 on its start code, 0.918 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE169 = HERE / "data" / "pii-dev-probe169.txt"
"""Fourth set written during #12's forty-eighth session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.810 on its start code, 0.815 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE170 = HERE / "data" / "pii-dev-probe170.txt"
"""Fifth set written during #12's forty-eighth session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.901 on its start code, 0.904 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE171 = HERE / "data" / "pii-dev-probe171.txt"
"""Sixth set written during #12's forty-eighth session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.832 on its start code, 0.837 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE172 = HERE / "data" / "pii-dev-probe172.txt"
"""First set written during #12's forty-ninth session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.866 on its start code, 0.866 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE173 = HERE / "data" / "pii-dev-probe173.txt"
"""Second set written during #12's forty-ninth session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.899 on its start code, 0.899 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE174 = HERE / "data" / "pii-dev-probe174.txt"
"""Third set written during #12's forty-ninth session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.847 on its start code, 0.847 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE175 = HERE / "data" / "pii-dev-probe175.txt"
"""Fourth set written during #12's forty-ninth session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.864 on its start code, 0.866 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE176 = HERE / "data" / "pii-dev-probe176.txt"
"""Fifth set written during #12's forty-ninth session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.891 on its start code, 0.891 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE177 = HERE / "data" / "pii-dev-probe177.txt"
"""Sixth set written during #12's forty-ninth session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.881 on its start code, 0.883 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE178 = HERE / "data" / "pii-dev-probe178.txt"
"""First set written during #12's fiftieth session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.866 on its start code, 0.868 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE179 = HERE / "data" / "pii-dev-probe179.txt"
"""Second set written during #12's fiftieth session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.851 on its start code, 0.851 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE180 = HERE / "data" / "pii-dev-probe180.txt"
"""Third set written during #12's fiftieth session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.904 on its start code, 0.904 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE181 = HERE / "data" / "pii-dev-probe181.txt"
"""Fourth set written during #12's fiftieth session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.919 on its start code, 0.919 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE182 = HERE / "data" / "pii-dev-probe182.txt"
"""Fifth set written during #12's fiftieth session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.839 on its start code, 0.839 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE183 = HERE / "data" / "pii-dev-probe183.txt"
"""Sixth set written during #12's fiftieth session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.831 on its start code, 0.836 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE184 = HERE / "data" / "pii-dev-probe184.txt"
"""First set written during #12's fifty-first session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.764 on its start code, 0.764 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE185 = HERE / "data" / "pii-dev-probe185.txt"
"""Second set written during #12's fifty-first session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.890 on its start code, 0.892 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE186 = HERE / "data" / "pii-dev-probe186.txt"
"""Third set written during #12's fifty-first session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.800 on its start code, 0.802 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE187 = HERE / "data" / "pii-dev-probe187.txt"
"""Fourth set written during #12's fifty-first session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.851 on its start code, 0.853 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE188 = HERE / "data" / "pii-dev-probe188.txt"
"""Fifth set written during #12's fifty-first session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.864 on its start code, 0.867 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE189 = HERE / "data" / "pii-dev-probe189.txt"
"""Sixth set written during #12's fifty-first session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.870 on its start code, 0.870 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE190 = HERE / "data" / "pii-dev-probe190.txt"
"""First set written during #12's fifty-second session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.893 on its start code, 0.896 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE191 = HERE / "data" / "pii-dev-probe191.txt"
"""Second set written during #12's fifty-second session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.898 on its start code, 0.901 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE192 = HERE / "data" / "pii-dev-probe192.txt"
"""Third set written during #12's fifty-second session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.907 on its start code, 0.907 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE193 = HERE / "data" / "pii-dev-probe193.txt"
"""Fourth set written during #12's fifty-second session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.832 on its start code, 0.834 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE194 = HERE / "data" / "pii-dev-probe194.txt"
"""Fifth set written during #12's fifty-second session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.912 on its start code, 0.912 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE195 = HERE / "data" / "pii-dev-probe195.txt"
"""Sixth set written during #12's fifty-second session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.856 on its start code, 0.856 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE196 = HERE / "data" / "pii-dev-probe196.txt"
"""First set written during #12's fifty-third session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.883 on its start code, 0.883 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE197 = HERE / "data" / "pii-dev-probe197.txt"
"""Second set written during #12's fifty-third session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.860 on its start code, 0.860 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE198 = HERE / "data" / "pii-dev-probe198.txt"
"""Third set written during #12's fifty-third session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.899 on its start code, 0.903 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE199 = HERE / "data" / "pii-dev-probe199.txt"
"""Fourth set written during #12's fifty-third session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.884 on its start code, 0.884 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE200 = HERE / "data" / "pii-dev-probe200.txt"
"""Fifth set written during #12's fifty-third session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.883 on its start code, 0.880 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE201 = HERE / "data" / "pii-dev-probe201.txt"
"""Sixth set written during #12's fifty-third session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.893 on its start code, 0.896 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE202 = HERE / "data" / "pii-dev-probe202.txt"
"""First set written during #12's fifty-fourth session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.863 on its start code, 0.868 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE203 = HERE / "data" / "pii-dev-probe203.txt"
"""Second set written during #12's fifty-fourth session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.922 on its start code, 0.922 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE204 = HERE / "data" / "pii-dev-probe204.txt"
"""Third set written during #12's fifty-fourth session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.889 on its start code, 0.892 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE205 = HERE / "data" / "pii-dev-probe205.txt"
"""Fourth set written during #12's fifty-fourth session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.775 on its start code, 0.783 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE206 = HERE / "data" / "pii-dev-probe206.txt"
"""Fifth set written during #12's fifty-fourth session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.865 on its start code, 0.867 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE207 = HERE / "data" / "pii-dev-probe207.txt"
"""Sixth set written during #12's fifty-fourth session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.812 on its start code, 0.814 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE208 = HERE / "data" / "pii-dev-probe208.txt"
"""First set written during #12's fifty-fifth session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.911 on its start code, 0.913 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE209 = HERE / "data" / "pii-dev-probe209.txt"
"""Second set written during #12's fifty-fifth session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.842 on its start code, 0.842 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE210 = HERE / "data" / "pii-dev-probe210.txt"
"""Third set written during #12's fifty-fifth session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.797 on its start code, 0.797 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE211 = HERE / "data" / "pii-dev-probe211.txt"
"""Fourth set written during #12's fifty-fifth session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.869 on its start code, 0.869 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE212 = HERE / "data" / "pii-dev-probe212.txt"
"""Fifth set written during #12's fifty-fifth session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.896 on its start code, 0.896 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE213 = HERE / "data" / "pii-dev-probe213.txt"
"""Sixth set written during #12's fifty-fifth session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.883 on its start code, 0.883 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE214 = HERE / "data" / "pii-dev-probe214.txt"
"""First set written during #12's fifty-sixth session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.899 on its start code, 0.899 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE215 = HERE / "data" / "pii-dev-probe215.txt"
"""Second set written during #12's fifty-sixth session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.905 on its start code, 0.905 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE216 = HERE / "data" / "pii-dev-probe216.txt"
"""Third set written during #12's fifty-sixth session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.935 on its start code, 0.935 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE217 = HERE / "data" / "pii-dev-probe217.txt"
"""Fourth set written during #12's fifty-sixth session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.917 on its start code, 0.917 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE218 = HERE / "data" / "pii-dev-probe218.txt"
"""Fifth set written during #12's fifty-sixth session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.940 on its start code, 0.947 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE219 = HERE / "data" / "pii-dev-probe219.txt"
"""Sixth set written during #12's fifty-sixth session the same way (150 sentences,
30 PII-free); scored unread after the rules stopped (recall 0.952 on its start code, 0.952 then),
then committed unopened as a tuning set for the next session."""
DEV_PROBE220 = HERE / "data" / "pii-dev-probe220.txt"
"""First set written during #12's fifty-seventh session the same way (taxi drivers, delivery
riders and platform work; 150 sentences, 30 PII-free); scored unread after the rules stopped
(recall 0.863 on its start code, 0.863 then), then committed unopened as a tuning set for the
next session."""
DEV_PROBE221 = HERE / "data" / "pii-dev-probe221.txt"
"""Second set written during #12's fifty-seventh session the same way (swimming pools, summer
heat and day trips; 150 sentences, 30 PII-free); scored unread after the rules stopped (recall
0.896 on its start code, 0.898 then), then committed unopened as a tuning set for the next
session."""
DEV_PROBE222 = HERE / "data" / "pii-dev-probe222.txt"
"""Third set written during #12's fifty-seventh session the same way (music, cafés, bars and
nightlife; 150 sentences, 30 PII-free); scored unread after the rules stopped (recall 0.849 on
its start code, 0.879 then), then committed unopened as a tuning set for the next session."""
DEV_PROBE223 = HERE / "data" / "pii-dev-probe223.txt"
"""Fourth set written during #12's fifty-seventh session the same way (the town hall, elections
and paperwork at the counter; 150 sentences, 30 PII-free); scored unread after the rules stopped
(recall 0.909 on its start code, 0.909 then), then committed unopened as a tuning set for the
next session."""
DEV_PROBE224 = HERE / "data" / "pii-dev-probe224.txt"
"""Fifth set written during #12's fifty-seventh session the same way (post offices, banks and
debt collectors' mail; 150 sentences, 30 PII-free); scored unread after the rules stopped
(recall 0.912 on its start code, 0.912 then), then committed unopened as a tuning set for the
next session."""
DEV_PROBE225 = HERE / "data" / "pii-dev-probe225.txt"
"""Sixth set written during #12's fifty-seventh session the same way (sports clubs, gyms and
children's sports fees; 150 sentences, 30 PII-free); scored unread after the rules stopped
(recall 0.840 on its start code, 0.843 then), then committed unopened as a tuning set for the
next session."""
DEV_PROBE226 = HERE / "data" / "pii-dev-probe226.txt"
"""First set written during #12's fifty-eighth session the same way (refugee reception centres,
asylum procedures and first homes; 150 sentences, 30 PII-free); scored unread after the rules
stopped (recall 0.924 on its start code, 0.924 then), then committed unopened as a tuning set
for the next session."""
DEV_PROBE227 = HERE / "data" / "pii-dev-probe227.txt"
"""Second set written during #12's fifty-eighth session the same way (markets, street vendors,
second-hand shops and food banks; 150 sentences, 30 PII-free); scored unread after the rules
stopped (recall 0.918 on its start code, 0.918 then), then committed unopened as a tuning set
for the next session."""
DEV_PROBE228 = HERE / "data" / "pii-dev-probe228.txt"
"""Third set written during #12's fifty-eighth session the same way (energy and water bills, budget
meters and cold homes; 150 sentences, 30 PII-free); scored unread after the rules stopped
(recall 0.918 on its start code, 0.918 then), then committed unopened as a tuning set for the
next session."""
DEV_PROBE229 = HERE / "data" / "pii-dev-probe229.txt"
"""Fourth set written during #12's fifty-eighth session the same way (courts, lawyers, bailiffs and
collective debt settlement; 150 sentences, 30 PII-free); scored unread after the rules stopped
(recall 0.905 on its start code, 0.905 then), then committed unopened as a tuning set for the
next session."""
DEV_PROBE230 = HERE / "data" / "pii-dev-probe230.txt"
"""Fifth set written during #12's fifty-eighth session the same way (prison visits, detention,
release and families of detainees; 150 sentences, 30 PII-free); scored unread after the rules
stopped (recall 0.866 on its start code, 0.868 then), then committed unopened as a tuning set
for the next session."""
DEV_PROBE231 = HERE / "data" / "pii-dev-probe231.txt"
"""Sixth set written during #12's fifty-eighth session the same way (moving house, car garages,
driving licences and fines; 150 sentences, 30 PII-free); scored unread after the rules stopped
(recall 0.928 on its start code, 0.928 then), then committed unopened as a tuning set for the
next session."""
DEV_PROBE57 = HERE / "data" / "pii-dev-probe57.txt"
"""A second set written during #12's thirty-fifth session the same way (150 sentences, 30
PII-free); scored unread (recall 0.914 on its start code, 0.918 then), then opened and tuned
on."""
DEV_REVIEW43A = HERE / "data" / "pii-dev-review43a.txt"
"""Written during #12's thirty-third session by a writer who read only a label brief (150
sentences, 30 PII-free); kept unread and scored on that session's start and end code (recall
0.878 → 0.889), then opened and tuned on from the thirty-fourth session."""
DEV_REVIEW44A = HERE / "data" / "pii-dev-review44a.txt"
"""Written during #12's thirty-fourth session by a writer who read only a label brief (150
sentences, 30 PII-free); kept unread and scored on that session's start and end code (recall
0.886 → 0.903), then opened and tuned on from the thirty-fifth session."""
DEV_REVIEW45A = HERE / "data" / "pii-dev-review45a.txt"
"""Written during #12's thirty-fifth session by a writer who read only a label brief (150
sentences, 30 PII-free); kept unread and scored on that session's start and end code (recall
0.899 → 0.902), then opened and tuned on from the thirty-sixth session."""
DEV_REVIEW46A = HERE / "data" / "pii-dev-review46a.txt"
"""Written during #12's thirty-sixth session by a writer who read only a label brief (150
sentences, 30 PII-free); kept unread and scored on that session's start and end code (recall
0.916 → 0.916), then opened and tuned on from the thirty-seventh session."""
DEV_REVIEW47A = HERE / "data" / "pii-dev-review47a.txt"
"""Written during #12's thirty-seventh session by a writer who read only a label brief (150
sentences, 30 PII-free); kept unread and scored on that session's start and end code (recall
0.911 → 0.911), then opened and tuned on from the thirty-eighth session."""
DEV_REVIEW48A = HERE / "data" / "pii-dev-review48a.txt"
"""Written during #12's thirty-eighth session by a writer who read only a label brief (150
sentences, 30 PII-free); kept unread and scored on that session's start and end code (recall
0.893 → 0.893), then opened and tuned on from the thirty-ninth session."""
DEV_REVIEW49A = HERE / "data" / "pii-dev-review49a.txt"
"""Written during #12's thirty-ninth session by a writer who read only a label brief (150
sentences, 30 PII-free); kept unread and scored on that session's start and end code (recall
0.893 → 0.896), then opened and tuned on from the fortieth session."""
DEV_REVIEW50A = HERE / "data" / "pii-dev-review50a.txt"
"""Written during #12's fortieth session by a writer who read only a label brief (150
sentences, 30 PII-free); kept unread and scored on that session's start and end code (recall
0.885 → 0.885), then opened and tuned on from the forty-first session."""
DEV_REVIEW51A = HERE / "data" / "pii-dev-review51a.txt"
"""Written during #12's forty-first session by a writer who read only a label brief (150
sentences, 30 PII-free); kept unread and scored on that session's start and end code (recall
0.905 → 0.912), then opened and tuned on from the forty-second session."""
DEV_REVIEW52A = HERE / "data" / "pii-dev-review52a.txt"
"""Written during #12's forty-second session by a writer who read only a label brief (150
sentences, 30 PII-free); kept unread and scored on that session's start and end code (recall
0.941 → 0.941), then opened and tuned on from the forty-third session."""
DEV_REVIEW53A = HERE / "data" / "pii-dev-review53a.txt"
"""Written during #12's forty-second session, after the rules had stopped, by a writer who
read only a label brief (150 sentences, 30 PII-free); kept unread and scored on that
session's start and end code (recall 0.900 → 0.907), then opened and tuned on from the
forty-third session."""
DEV_REVIEW54A = HERE / "data" / "pii-dev-review54a.txt"
"""Written during #12's forty-third session by a writer who read only a label brief (150
sentences, 30 PII-free); kept unread and scored on that session's start and end code (recall
0.908 → 0.912), then opened and tuned on from the forty-fourth session."""
DEV_REVIEW55A = HERE / "data" / "pii-dev-review55a.txt"
"""Written during #12's forty-fourth session by a writer who read only a label brief (150
sentences, 30 PII-free); kept unread and scored on that session's start and end code (recall
0.876 → 0.876), then opened and tuned on from the forty-fifth session."""
DEV_REVIEW56A = HERE / "data" / "pii-dev-review56a.txt"
"""Written during #12's forty-fifth session by a writer who read only a label brief (150
sentences, 30 PII-free); kept unread and scored on that session's start and end code (recall
0.899 → 0.903), then opened and tuned on from the forty-sixth session."""
DEV_REVIEW57A = HERE / "data" / "pii-dev-review57a.txt"
"""Written during #12's forty-sixth session by a writer who read only a label brief (150
sentences, 30 PII-free); kept unread and scored on that session's start and end code (recall
0.931 → 0.931), then opened and tuned on from the forty-seventh session."""
DEV_REVIEW58A = HERE / "data" / "pii-dev-review58a.txt"
"""Written during #12's forty-seventh session by a writer who read only a label brief (150
sentences, 30 PII-free); kept unread and scored on that session's start and end code (recall
0.912 → 0.915), then opened and tuned on from the forty-eighth session."""
DEV_REVIEW59A = HERE / "data" / "pii-dev-review59a.txt"
"""Written during #12's forty-eighth session by a writer who read only a label brief (150
sentences, 30 PII-free); kept unread and scored on that session's start and end code (recall
0.915 → 0.927), then opened and tuned on from the forty-ninth session."""
DEV_REVIEW60A = HERE / "data" / "pii-dev-review60a.txt"
"""Written during #12's forty-ninth session by a writer who read only a label brief (150
sentences, 30 PII-free); kept unread and scored on that session's start and end code (recall
0.907 → 0.915), then opened and tuned on from the fiftieth session."""
DEV_REVIEW61A = HERE / "data" / "pii-dev-review61a.txt"
"""Written during #12's fiftieth session by a writer who read only a label brief (150
sentences, 30 PII-free); kept unread and scored on that session's start and end code (recall
0.921 → 0.926), then opened and tuned on from the fifty-first session."""
DEV_REVIEW62A = HERE / "data" / "pii-dev-review62a.txt"
"""Written during #12's fifty-first session by a writer who read only a label brief (150
sentences, 30 PII-free); kept unread and scored on that session's start and end code (recall
0.908 → 0.913), then opened and tuned on from the fifty-second session."""
DEV_REVIEW63A = HERE / "data" / "pii-dev-review63a.txt"
"""Written in #12's fifty-second session from the label brief only (West Flanders inland
and the French border) and kept unread then (0.914 on the start code, 0.914 at the
end); tuned on from the fifty-third session."""
DEV_REVIEW64A = HERE / "data" / "pii-dev-review64a.txt"
"""Written in #12's fifty-third session from the label brief only (neighbour disputes and
the police) and kept unread then (0.919 on the start code, 0.919 at the end); tuned on
from the fifty-fourth session."""
DEV_REVIEW65A = HERE / "data" / "pii-dev-review65a.txt"
"""Written in #12's fifty-fourth session from the label brief only (factory closures, unions
and benefits) and kept unread then (0.808 on the start code, 0.813 at the end); tuned on
from the fifty-fifth session."""
DEV_REVIEW66A = HERE / "data" / "pii-dev-review66a.txt"
"""Written in #12's fifty-fifth session from the label brief only (weddings, births and
feasts) and kept unread then (0.882 on the start code, 0.885 at the end); tuned on from the
fifty-sixth session."""
DEV_REVIEW67A = HERE / "data" / "pii-dev-review67a.txt"
"""Written in #12's fifty-sixth session from the label brief only (cleaning work and domestic
workers) and kept unread then (0.862 on the start code, 0.862 at the end); tuned on from the
fifty-seventh session."""
DEV_REVIEW68A = HERE / "data" / "pii-dev-review68a.txt"
"""Written in #12's fifty-seventh session from the label brief only (pharmacies and GP
practices) and kept unread then (0.905 on the start code, 0.905 at the end); tuned on from
the fifty-eighth session."""
FROZEN35 = HERE / "data" / "pii-frozen-external35.jsonl"
"""A thirty-fifth set (180 sentences, 40 PII-free; 70 nl, 60 fr, 50 en), written during #12's
thirty-fourth session by a writer who read only a label brief, never the code nor the docs;
added unread after the rules stopped, scored on the session-start code (352b823) and at the
end, never tuned on."""
FROZEN36 = HERE / "data" / "pii-frozen-external36.jsonl"
"""A thirty-sixth set (180 sentences, 40 PII-free; 70 nl, 60 fr, 50 en), written during #12's
thirty-fifth session by a writer who read only a label brief, never the code nor the docs;
added unread after the rules stopped, scored on the session-start code (24111360) and at the
end, never tuned on."""
FROZEN37 = HERE / "data" / "pii-frozen-external37.jsonl"
"""A thirty-seventh set (180 sentences, 40 PII-free; 70 nl, 60 fr, 50 en), written during
#12's thirty-sixth session by a writer who read only a label brief, never the code nor the
docs; added unread after the rules stopped, scored on the session-start code (68e92522) and
at the end, never tuned on."""
FROZEN38 = HERE / "data" / "pii-frozen-external38.jsonl"
"""A thirty-eighth set (180 sentences, 40 PII-free; 70 nl, 60 fr, 50 en), written during
#12's thirty-seventh session by a writer who read only a label brief, never the code nor the
docs; added unread after the rules stopped, scored on the session-start code (d6054f12) and
at the end, never tuned on."""
FROZEN39 = HERE / "data" / "pii-frozen-external39.jsonl"
"""A thirty-ninth set (180 sentences, 40 PII-free; 70 nl, 60 fr, 50 en), written during
#12's thirty-eighth session by a writer who read only a label brief, never the code nor the
docs; added unread after the rules stopped, scored on the session-start code (629da6d2) and
at the end, never tuned on."""
FROZEN40 = HERE / "data" / "pii-frozen-external40.jsonl"
"""A fortieth set (180 sentences, 40 PII-free; 70 nl, 60 fr, 50 en), written during #12's
thirty-ninth session by a writer who read only a label brief, never the code nor the docs;
added unread after the rules stopped, scored on the session-start code (6d6f8f36) and at the
end, never tuned on."""
FROZEN41 = HERE / "data" / "pii-frozen-external41.jsonl"
"""A forty-first set (180 sentences, 40 PII-free; 70 nl, 60 fr, 50 en), written during #12's
fortieth session by a writer who read only a label brief, never the code nor the docs; added
unread after the rules stopped, scored on the session-start code (32e5331a) and at the end,
never tuned on."""
FROZEN42 = HERE / "data" / "pii-frozen-external42.jsonl"
"""A forty-second set (180 sentences, 40 PII-free; 70 nl, 60 fr, 50 en), written during #12's
forty-first session by a writer who read only a label brief (rewritten that session, the
earlier one lost with its machine), never the code nor the docs; added unread after the rules
stopped, scored on the session-start code (ae607b31) and at the end, never tuned on."""
FROZEN43 = HERE / "data" / "pii-frozen-external43.jsonl"
"""A forty-third set (180 sentences, 40 PII-free; 70 nl, 60 fr, 50 en), written during #12's
forty-second session by a writer who read only the label brief (`docs/pii-label-brief.md`),
never the code nor the docs; added unread after the rules stopped, scored on the session-start
code (f65fafb2) and at the end, never tuned on."""
FROZEN44 = HERE / "data" / "pii-frozen-external44.jsonl"
"""A forty-fourth set (180 sentences, 40 PII-free; 70 nl, 60 fr, 50 en), written during #12's
forty-second session after the rules had stopped, by a writer who read only the label brief;
added unread, scored on the session-start code (f65fafb2) and at the end, never tuned on."""
FROZEN45 = HERE / "data" / "pii-frozen-external45.jsonl"
"""A forty-fifth set (180 sentences, 40 PII-free; 70 nl, 60 fr, 50 en), written during #12's
forty-third session by a writer who read only the label brief, never the code nor the docs;
added unread after the rules stopped, scored on the session-start code (20344bd1) and at the
end, never tuned on."""
FROZEN46 = HERE / "data" / "pii-frozen-external46.jsonl"
"""A forty-sixth set (180 sentences, 40 PII-free; 70 nl, 60 fr, 50 en), written during #12's
forty-fourth session by a writer who read only the label brief, never the code nor the docs;
added unread after the rules stopped, scored on the session-start code (1ffcebd4) and at the
end, never tuned on."""
FROZEN47 = HERE / "data" / "pii-frozen-external47.jsonl"
"""A forty-seventh set (180 sentences, 40 PII-free; 70 nl, 60 fr, 50 en), written during #12's
forty-fifth session by a writer who read only the label brief, never the code nor the docs;
added unread after the rules stopped, scored on the session-start code (e27056a6) and at the
end, never tuned on."""
FROZEN48 = HERE / "data" / "pii-frozen-external48.jsonl"
"""A forty-eighth set (180 sentences, 40 PII-free; 70 nl, 60 fr, 50 en), written during #12's
forty-sixth session by a writer who read only the label brief, never the code nor the docs;
added unread after the rules stopped, scored on the session-start code (71dd602c) and at the
end, never tuned on."""
FROZEN49 = HERE / "data" / "pii-frozen-external49.jsonl"
"""A forty-ninth set (180 sentences, 40 PII-free; 70 nl, 60 fr, 50 en), written during #12's
forty-seventh session by a writer who read only the label brief, never the code nor the docs;
added unread after the rules stopped, scored on the session-start code (88e272af) and at the
end, never tuned on."""
FROZEN50 = HERE / "data" / "pii-frozen-external50.jsonl"
"""A fiftieth set (180 sentences, 40 PII-free; 70 nl, 60 fr, 50 en), written during #12's
forty-eighth session by a writer who read only the label brief, never the code nor the docs;
added unread after the rules stopped, scored on the session-start code (3b950d18) and at the
end, never tuned on."""
FROZEN51 = HERE / "data" / "pii-frozen-external51.jsonl"
"""A fifty-first set (180 sentences, 40 PII-free; 70 nl, 60 fr, 50 en), written during #12's
forty-ninth session by a writer who read only the label brief, never the code nor the docs;
added unread after the rules stopped, scored on the session-start code (66cb1491) and at the
end, never tuned on."""
FROZEN52 = HERE / "data" / "pii-frozen-external52.jsonl"
"""A fifty-second set (180 sentences, 40 PII-free; 70 nl, 60 fr, 50 en), written during #12's
fiftieth session by a writer who read only the label brief, never the code nor the docs;
added unread after the rules stopped, scored on the session-start code (64ff18eb) and at the
end, never tuned on."""
FROZEN53 = HERE / "data" / "pii-frozen-external53.jsonl"
"""A fifty-third set (180 sentences, 40 PII-free; 70 nl, 60 fr, 50 en), written during #12's
fifty-first session by a writer who read only the label brief, never the code nor the docs;
added unread after the rules stopped, scored on the session-start code (6fde68ff) and at the
end, never tuned on."""
FROZEN54 = HERE / "data" / "pii-frozen-external54.jsonl"
"""A fifty-fourth set (180 sentences, 40 PII-free; 70 nl, 60 fr, 50 en), written during #12's
fifty-second session by a writer who read only the label brief, never the code nor the docs;
added unread after the rules stopped, scored on the session-start code (b780d685) and at the
end, never tuned on."""
FROZEN55 = HERE / "data" / "pii-frozen-external55.jsonl"
"""A fifty-fifth set (180 sentences, 40 PII-free; 70 nl, 60 fr, 50 en), written during #12's
fifty-third session by a writer who read only the label brief, never the code nor the docs;
added unread after the rules stopped, scored on the session-start code (e256a5b5) and at the
end, never tuned on."""
FROZEN56 = HERE / "data" / "pii-frozen-external56.jsonl"
"""A fifty-sixth set (180 sentences, 40 PII-free; 70 nl, 60 fr, 50 en), written during #12's
fifty-fourth session by a writer who read only the label brief, never the code nor the docs;
added unread after the rules stopped, scored on the session-start code (0cebcb5c) and at the
end, never tuned on."""
FROZEN57 = HERE / "data" / "pii-frozen-external57.jsonl"
"""A fifty-seventh set (180 sentences, 40 PII-free; 70 nl, 60 fr, 50 en), written during #12's
fifty-fifth session by a writer who read only the label brief, never the code nor the docs;
added unread after the rules stopped, scored on the session-start code (e26e1d74) and at the
end, never tuned on."""
FROZEN58 = HERE / "data" / "pii-frozen-external58.jsonl"
"""A fifty-eighth set (180 sentences, 40 PII-free; 70 nl, 60 fr, 50 en), written during #12's
fifty-sixth session by a writer who read only the label brief, never the code nor the docs;
added unread after the rules stopped, scored on the session-start code (69381cff) and at the
end, never tuned on."""
FROZEN59 = HERE / "data" / "pii-frozen-external59.jsonl"
"""A fifty-ninth set (180 sentences, 40 PII-free; 70 nl, 60 fr, 50 en), written during #12's
fifty-seventh session by a writer who read only the label brief, never the code nor the docs;
added unread after the rules stopped, scored on the session-start code (4cf2ccd0) and at the
end, never tuned on."""
FROZEN60 = HERE / "data" / "pii-frozen-external60.jsonl"
"""A sixtieth set (180 sentences, 40 PII-free; 70 nl, 60 fr, 50 en), written during #12's fifty-
eighth session by a writer who read only the label brief, never the code nor the docs; added
unread after the rules stopped, scored on the session-start code (97b92351) and at the end,
never tuned on."""
HOLDOUT_REVIEW69A = HERE / "data" / "pii-holdout-review69a.txt"
"""Written during #12's fifty-eighth session by a writer who read only a label brief (150
sentences, 30 PII-free); committed unread after the rules stopped, scored on the session-start
code (97b92351) and at the end, never opened by those who changed the rules."""
WORD = re.compile(r"\w+")
MARK = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]")

Masker = Callable[[str], list[tuple[int, int]]]


@dataclass(frozen=True)
class Sentence:
    text: str
    spans: tuple[tuple[int, int, str], ...]


def from_markup(path: Path) -> list[Sentence]:
    sentences = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        text, spans, position = "", [], 0
        for match in MARK.finditer(line):
            text += line[position : match.start()]
            spans.append((len(text), len(text) + len(match.group(2)), match.group(1)))
            text += match.group(2)
            position = match.end()
        text += line[position:]
        sentences.append(Sentence(text, tuple(spans)))
    return sentences


def from_jsonl(path: Path) -> list[Sentence]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [Sentence(r["text"], tuple((s["start"], s["end"], s["label"]) for s in r["spans"]))
            for r in rows]  # fmt: skip


@dataclass
class Score:
    caught: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    total: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    masked_right: int = 0
    masked_all: int = 0
    clean: int = 0
    false_alarms: int = 0
    misses: list[str] = field(default_factory=list)
    alarms: list[str] = field(default_factory=list)
    words: int = 0
    """Words outside every labelled span."""
    words_masked: int = 0
    """Of those, words the scrubber masked (ordinary words lost)."""

    def recall(self, label: str | None = None) -> float:
        labels = [label] if label else list(self.total)
        total = sum(self.total[x] for x in labels)
        return sum(self.caught[x] for x in labels) / total if total else 1.0

    @property
    def precision(self) -> float:
        return self.masked_right / self.masked_all if self.masked_all else 1.0

    @property
    def false_alarm_rate(self) -> float:
        return self.false_alarms / self.clean if self.clean else 0.0

    @property
    def words_masked_rate(self) -> float:
        return self.words_masked / self.words if self.words else 0.0


def score(sentences: Iterable[Sentence], mask: Masker) -> Score:
    result = Score()
    for sentence in sentences:
        text = sentence.text
        masked = {i for start, end in mask(text) for i in range(start, end) if text[i].isalnum()}
        gold = {i for s, e, _ in sentence.spans for i in range(s, e) if text[i].isalnum()}
        result.masked_all += len(masked)
        result.masked_right += len(masked & gold)
        for word in WORD.finditer(text):
            if not any(i in gold for i in range(*word.span())):
                result.words += 1
                result.words_masked += any(i in masked for i in range(*word.span()))
        if not sentence.spans:
            result.clean += 1
            if masked:
                result.false_alarms += 1
                result.alarms.append(text)
        for start, end, label in sentence.spans:
            letters = [i for i in range(start, end) if text[i].isalnum()]
            result.total[label] += 1
            if sum(1 for i in letters if i in masked) >= 0.9 * len(letters):
                result.caught[label] += 1
            else:
                result.misses.append(f"{label}: {text[start:end]!r} in {text!r}")
    return result
