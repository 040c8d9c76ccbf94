"""Golden record of the scrubber's output, to prove a speed-up changed nothing.

Records `find_spans`, `Scrubber.review` (labels untranslated and in Dutch) and
`Scrubber.mask` of the first unsure word for every sentence of the shared dev set, every
pii-* corpus in tests/data but the frozen and held-out sets (never opened by those who
change the rules: a `check` prints the sentences that differ), the bot's catalog
sentences, the planted-name templates and every sentence of the scrubber's unit tests,
each also in lower case and in pairs (so that rules that look across sentences are
covered). `save` writes the record, `check` compares a fresh run with it and prints the
first differences. Run `save` on the code before a change (for example a `git archive`
of main with this script copied in) and `check` on the code after it.

    python scripts/scrub_golden.py save /tmp/golden.json
    python scripts/scrub_golden.py check /tmp/golden.json
"""

from __future__ import annotations

import ast
import hashlib
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.scrub import catalog_sentences
from benchmarks.scrub_taps import NAMES, TEMPLATES
from bot.app import build_core
from bot.privacy.scrub import Scrubber, find_spans
from tests.pii_corpus import DEV, from_jsonl, from_markup

ROOT = Path(__file__).resolve().parent.parent


def texts() -> list[str]:
    """Every sentence to record, in a fixed order (no frozen or held-out set)."""
    base = [s.text for s in from_jsonl(DEV)]
    for path in sorted((ROOT / "tests" / "data").glob("pii-*")):
        if "frozen" in path.name or "holdout" in path.name:
            continue  # held out: a difference printed here would show its sentences
        reader = from_jsonl if path.suffix == ".jsonl" else from_markup
        base += [s.text for s in reader(path)]
    base += [s.text for s in catalog_sentences()]
    base += [t.format(n=n) for templates in TEMPLATES.values() for t in templates for n in NAMES]
    base += test_sentences()
    lowered = [t.lower() for t in base]
    pairs = [f"{a} {b}" for a, b in zip(base[::2], base[1::2], strict=False)]
    return base + lowered + pairs


def test_sentences() -> list[str]:
    """Every string of two words or more in the scrubber's unit tests, in file order."""
    found: list[str] = []
    for path in sorted((ROOT / "tests" / "unit").glob("test_scrub*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            text = node.value if isinstance(node, ast.Constant) else None
            if isinstance(text, str) and " " in text.strip() and text not in found:
                found.append(text)
    return found


def record(sentences: list[str]) -> list[object]:
    _, translator, _ = build_core()
    plain = Scrubber(lambda _, msgid: msgid)
    dutch = Scrubber(translator.gettext)
    rows: list[object] = []
    for text in sentences:
        spans = [(s.start, s.end, s.kind) for s in find_spans(text)]
        review = plain.review(text, "en")
        nl = dutch.review(text, "nl")
        masked = dutch.mask(nl.text, nl.unsure[0], "nl") if nl.unsure else None
        tapped = [masked.text, masked.replaced, list(masked.unsure)] if masked else None
        rows.append([text, spans, [review.text, review.replaced, list(review.unsure)],
                     [nl.text, nl.replaced, list(nl.unsure)], tapped])  # fmt: skip
    return rows


def main() -> None:
    command, path = sys.argv[1], Path(sys.argv[2])
    sentences = texts()
    started = time.perf_counter()
    rows = json.loads(json.dumps(record(sentences), ensure_ascii=False))
    seconds = time.perf_counter() - started
    digest = hashlib.sha256(json.dumps(rows, ensure_ascii=False).encode()).hexdigest()
    print(f"{len(rows)} sentences in {seconds:.1f} s, sha256 {digest[:16]}")
    if command == "save":
        path.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
        return
    golden = json.loads(path.read_text(encoding="utf-8"))
    differences = [(old, new) for old, new in zip(golden, rows, strict=True) if old != new]
    for old, new in differences[:10]:
        print(f"- {old}\n+ {new}")
    print("identical" if not differences else f"{len(differences)} DIFFERENT")
    sys.exit(1 if differences else 0)


if __name__ == "__main__":
    main()
