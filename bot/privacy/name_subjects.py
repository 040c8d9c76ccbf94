"""Words after a teacher or an interpreter that name a subject or a language, not a
person (kept apart from `name_groups` to keep modules small)."""

from __future__ import annotations

SUBJECTS = frozenset(["frans", "engels", "duits", "nederlands", "wiskunde", "turnen", "muziek",
                      "français", "francais", "anglais", "néerlandais", "allemand", "maths",
                      "math", "english", "french", "dutch", "german", "arabisch", "arabe",
                      "arabic", "sport", "geschiedenis", "histoire", "history",
                      "religie", "dari", "pashto", "pasjtoe", "farsi", "perzisch", "tigrinya",
                      "tigrinja", "amhaars", "amharic", "somali", "somalisch", "turks", "turc",
                      "turkish", "koerdisch", "kurde", "kurdish", "russisch", "russe", "russian",
                      "oekraïens", "ukrainien", "ukrainian", "roemeens", "roumain", "romanian",
                      "bulgaars", "pools", "polonais", "polish", "albanees", "albanais",
                      "lingala", "swahili", "spaans", "espagnol", "spanish", "portugees",
                      "portugais", "portuguese", "italiaans", "italien", "berbers", "berbère",
                      "tamazight", "urdu", "ourdou", "bengali", "tamil", "pular", "peul",
                      "wolof", "kiswahili", "kinyarwanda", "kirundi", "tshiluba",
                      "kikongo"])  # fmt: skip
"""School subjects after a teacher, languages after an interpreter ("de leraar frans", "la
prof anglais", "de tolk Dari"): no names."""
TEACHING = frozenset(["leraar", "lerares", "leerkracht", "juf", "juffrouw", "meester", "prof",
                      "professeur", "professor", "teacher", "tolk", "interprète", "interprete",
                      "interpreter", "vertaler", "traducteur", "translator", "cours", "les",
                      "lessen", "klas", "class", "classes", "examen", "toets", "exam", "test",
                      "leçon", "lecon", "lesson", "lessons", "docent", "docente"])  # fmt: skip
"""Words before a subject or language ("de leraar frans", "examen frans"): where a first name
that is also a subject ("frans") stays the subject; after "opa" it is someone."""
