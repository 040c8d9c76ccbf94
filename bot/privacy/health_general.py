"""#12's thirteenth session (precise16): health words that are about no one.

A condition said of people in general ("lots of people get depressed in november", "veel
mensen hebben griep", "beaucoup de gens font une dépression en hiver", "in de winter hebben
veel kinderen astma") is no health datum about anyone: the subject of its clause is a whole
group. A person in the same clause ("veel mensen, ook haar moeder, hebben diabetes", "...
diabetes zoals haar vader") keeps it masked: the group must be the clause's subject, with no
comma, stop or "but" between it and the condition, and no "like", "zoals", "comme", "also"
after it.

And a size or degree word after "atteint d'un", "suffers from a" is no condition: "atteinte
d'un grand optimisme" (the condition, if any, is the next word, which the lists judge)."""

from __future__ import annotations

from bot.privacy.lazy_patterns import lazy

GROUP = lazy(
    r"(?i:\b(?:(?:lots|plenty)\s+of\s+people|a\s+lot\s+of\s+people|many\s+people|most\s+people"
    r"|people\s+often|people\s+in\s+general|everybody|everyone|veel\s+mensen|de\s+meeste\s+mensen"
    r"|heel\s+wat\s+mensen|zoveel\s+mensen|iedereen|mensen\s+in\s+het\s+algemeen"
    r"|beaucoup\s+de\s+gens|la\s+plupart\s+des\s+gens|plein\s+de\s+gens|tout\s+le\s+monde"
    r"|les\s+gens\s+souvent|bien\s+des\s+gens"
    r"|(?:veel|vele|heel\s+wat|de\s+meeste|sommige)\s+(?:kinderen|gezinnen|ouders|families|jongeren"
    r"|vrouwen|mannen|ouderen|bewoners|cliënten|klanten|vluchtelingen)"
    r"|(?:many|most|some|lots\s+of|a\s+lot\s+of)\s+(?:children|kids|families|parents|women|men"
    r"|residents|clients|refugees|young\s+people|older\s+people)"
    r"|(?:beaucoup|plein|la\s+plupart|certaines?)\s+(?:de|d['’]|des)\s*(?:familles|parents"
    r"|enfants|jeunes|femmes|hommes|personnes|habitants|réfugiés|refugies)"
    r"|(?:people|mensen|kinderen|children|personnes|enfants)\s+(?:with|met|avec|ayant))\b)"
)
"""A whole group as the subject: many people, most families, everyone, people with (the
fifteenth session added the groups other than people). A leaflet about a condition stays
masked: "ze kreeg een folder over diabetes" may say she has it."""
CLAUSE_BREAK = lazy(r"(?i:[,.;:!?()]|\b(?:maar|mais|but|en\s+ook|et\s+aussi|zoals|comme|like)\b)")
REACH = 40
ONE_OF_THEM = lazy(
    r"(?i:\b(?:zoals|like|comme|ook|aussi|also|too|including|waaronder|onder\s+wie|dont|parmi"
    r"|among|inclusief|y\s+compris)\b)"
)
"""After the condition, a pointer to one of the group: "zoals haar vader", "like her mum"."""
DEGREE = frozenset(
    ["grand", "grande", "gros", "grosse", "petit", "petite", "léger", "légère", "vrai", "vraie",
     "sacré", "sacrée", "big", "great", "little", "small", "real", "slight", "groot", "grote",
     "klein", "kleine", "echt", "echte", "flinke", "lichte", "beetje", "peu"]
)  # fmt: skip
"""Words of size or degree: after "atteinte d'un" they are not the condition."""


def said_of_everyone(text: str, start: int) -> bool:
    """Whether the health word at `start` is said of a whole group in its own clause."""
    near = max(0, start - REACH)
    groups = list(GROUP.finditer(text, near, start))
    if not groups:
        return False
    if CLAUSE_BREAK.search(text, groups[-1].end(), start) is not None:  # the nearest group
        return False
    return ONE_OF_THEM.search(text, start, start + REACH * 2) is None


def degree_word(word: str) -> bool:
    """Whether the word found after "suffers from" is a word of size or degree."""
    return word.lower() in DEGREE


MANY_BEFORE = lazy(
    r"(?i:\b(?:veel|vele|heel\s+wat|de\s+meeste|sommige|alle|many|most|some|all|lots\s+of"
    r"|beaucoup\s+de|plusieurs|certaines?|la\s+plupart\s+des|toutes\s+les|tous\s+les)\s+$)"
)
GROUP_AFTER = lazy(
    r"(?i:\s+(?:gezinnen|families|familles|mensen|people|gens|kinderen|children|enfants|jongeren"
    r"|communities|gemeenschappen|communautés))"
)


def group_of_an_origin(text: str, start: int, end: int) -> bool:
    """An origin that is a whole group's own word, "many" before and the group after: "veel
    [marokkaanse] gezinnen wonen hier", "many [syrian] families": no one's origin. "de
    marokkaanse buurvrouw" stays masked."""
    many = MANY_BEFORE.search(text, max(0, start - 25), start)
    group = GROUP_AFTER.match(text, end) if many else None
    return group is not None and ONE_OF_THEM.search(text, group.end(), group.end() + REACH) is None


DRINKS_AGAIN = lazy(r"(?i:(boit|buvait)\s+de\s+nouveau$)")


def the_drinking(text: str, start: int, end: int) -> tuple[int, int]:
    """Drinking again in French is the verb alone, as the writers label it ("a rechuté,
    [boit] de nouveau"; F33, probe88); "boit à nouveau", "drinkt terug" they label whole."""
    again = DRINKS_AGAIN.match(text[start:end])
    return (start, start + again.end(1)) if again else (start, end)
