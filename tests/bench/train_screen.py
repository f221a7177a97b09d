"""Train the screen (service/parsing/screen.py) on the dev split of our labelled corpus.

Run: make train-screen   (installs scikit-learn into .venv, then runs this)
     .venv/bin/python tests/bench/train_screen.py [--c 16] [--budget 0.02] [--check] [--calendar]

Positives are the text-only invitations, moves and cancellations (labelled with a start);
negatives the text-only look-alikes (`not_invitation`). The held-out split is never read, so
its figures in `make bench-parse` stay a measure of mail the screen has not seen. A word or
pair counts only when at least two source families use it: what one template says is that
template's, not a sign of a kind of mail. The threshold is the odds below which `budget` of
the positives fall when each family is scored by a model trained without it (5 folds by
family), so it is set on mail of unseen senders, as the screen meets it.

With --calendar it trains the calendar screen instead: the same, on calendar-bearing mail
whose calendar gives a slot, reading `calendar_wording` (subject, event title and notes, then
the message) at any length.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import warnings
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "bench"))

import bench_parse  # noqa: E402

from service.parsing.parser import calendar_wording, wording  # noqa: E402
from service.parsing.screen import (  # noqa: E402
    CALENDAR_WEIGHTS_FILE,
    SHORT_WORDS,
    WEIGHTS_FILE,
    Screen,
    features,
    invitation_odds,
    judged,
    line_for,
    word_count,
)

POSITIVE_KINDS = {"invitation", "reschedule", "cancellation"}
MIN_FAMILIES = 2
KEEP_WEIGHT = 0.005  # smaller weights change no decision; leaving them out keeps the file small


def examples(
    calendar: bool = False,
) -> tuple[list[dict[str, float]], list[bool], list[str], list[str], list[str]]:
    """Return the dev split's text-only (or calendar) mails the screen would judge as
    normalised feature counts with their labels, families, texts and languages."""
    rows, labels, families, texts, languages = [], [], [], [], []
    for item in bench_parse.labelled_files():
        if item.split != "dev":
            continue
        kind = item.label.get("kind")
        positive = kind in POSITIVE_KINDS and "start" in item.label
        if not positive and kind != "not_invitation":
            continue
        raw = item.path.read_bytes()
        if bench_parse.is_calendar_bearing(raw, item.path) != calendar:
            continue
        read = calendar_wording(raw) if calendar else wording(raw)
        if read is None:
            continue
        text = read
        counts = features(text)
        if not judged(word_count(counts), calendar=calendar):
            continue
        norm = math.sqrt(sum(c * c for c in counts.values())) or 1.0
        rows.append({name: count / norm for name, count in counts.items()})
        labels.append(positive)
        families.append(item.family)
        texts.append(text)
        languages.append(re.split(r"[-_+]", str(item.label.get("language") or "?"))[0].lower())
    return rows, labels, families, texts, languages


def balanced(labels: list[bool], languages: list[str]) -> list[float]:
    """Weigh each mail so that, within its language, invitations and look-alikes weigh the
    same: otherwise a language's common words ("de", "voor") learn how many look-alikes we
    happened to write in it, and an unseen sender's invitation in that language pays."""
    counts: Counter[tuple[str, bool]] = Counter(zip(languages, labels, strict=True))
    weights = []
    for language, label in zip(languages, labels, strict=True):
        both = counts[(language, True)] + counts[(language, False)]
        if counts[(language, not label)] == 0:
            weights.append(1.0)
        else:
            weights.append(both / (2 * counts[(language, label)]))
    return weights


def shared_features(rows: list[dict[str, float]], families: list[str]) -> set[str]:
    seen: dict[str, set[str]] = defaultdict(set)
    for row, family in zip(rows, families, strict=True):
        for name in row:
            seen[name].add(family)
    return {name for name, where in seen.items() if len(where) >= MIN_FAMILIES}


def band_line(
    cross: list[float], labels: list[bool], band: list[bool], budget: float, name: str
) -> float:
    """The odds below which `budget` of the band's invitations fall, scored by unseen family;
    prints what that line sends to review."""
    ranked = sorted(
        odds for odds, label, inside in zip(cross, labels, band, strict=True) if label and inside
    )
    line = ranked[int(budget * len(ranked))]
    negatives = [
        odds
        for odds, label, inside in zip(cross, labels, band, strict=True)
        if inside and not label
    ]
    print(
        f"{name}: threshold {line:.4f}: by unseen family, "
        f"{sum(odds < line for odds in ranked)}/{len(ranked)} invitations and "
        f"{sum(odds < line for odds in negatives)}/{len(negatives)} look-alikes fall below it"
    )
    return line


def main(argv: list[str] | None = None) -> int:
    try:
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.model_selection import GroupKFold
    except ImportError:
        print("scikit-learn is needed to train: make train-screen installs it")
        return 2
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--c", type=float, default=16.0, help="inverse regularisation")
    options.add_argument(
        "--budget", type=float, default=0.02, help="share of positives sent to review"
    )
    options.add_argument(
        "--short-budget",
        type=float,
        default=0.005,
        help="share of the positives of fewer than SHORT_WORDS words sent to review",
    )
    options.add_argument("--calendar", action="store_true", help="train the calendar screen")
    options.add_argument("--out", type=Path, default=None)
    options.add_argument("--check", action="store_true", help="report only; write nothing")
    args = options.parse_args(argv)
    warnings.simplefilter("ignore")
    out = args.out or (CALENDAR_WEIGHTS_FILE if args.calendar else WEIGHTS_FILE)
    rows, labels, families, texts, languages = examples(args.calendar)
    sample_weight = balanced(labels, languages)
    kept = shared_features(rows, families)
    rows = [{k: v for k, v in row.items() if k in kept} for row in rows]
    vectors = DictVectorizer()
    matrix = vectors.fit_transform(rows)
    positives = [i for i, label in enumerate(labels) if label]
    print(f"dev examples: {len(labels)} ({len(positives)} invitations), features: {len(kept)}")

    cross = [0.0] * len(labels)
    for train, test in GroupKFold(5).split(matrix, labels, families):
        model = LogisticRegression(C=args.c, max_iter=5000)
        model.fit(
            matrix[train],
            [labels[i] for i in train],
            sample_weight=[sample_weight[i] for i in train],
        )
        for at, odds in zip(test, model.predict_proba(matrix[test])[:, 1], strict=True):
            cross[at] = float(odds)
    short = [not args.calendar and word_count(features(text)) < SHORT_WORDS for text in texts]
    threshold = band_line(cross, labels, [not s for s in short], args.budget, "long")
    short_threshold = (
        None
        if args.calendar
        else band_line(cross, labels, short, args.short_budget, f"under {SHORT_WORDS} words")
    )

    model = LogisticRegression(C=args.c, max_iter=5000).fit(
        matrix, labels, sample_weight=sample_weight
    )
    names = vectors.get_feature_names_out()
    weights = {
        str(name): round(float(weight), 4)
        for name, weight in zip(names, model.coef_[0], strict=True)
        if abs(weight) >= KEEP_WEIGHT
    }
    screen = Screen(
        round(float(model.intercept_[0]), 4),
        round(threshold, 4),
        weights,
        None if short_threshold is None else round(short_threshold, 4),
    )
    fitted = model.predict_proba(matrix)[:, 1]
    differ = 0
    for text, odds in zip(texts, fitted, strict=True):
        line = line_for(word_count(features(text)), screen, calendar=args.calendar)
        differ += (invitation_odds(text, screen) < line) != (odds < line)
    print(f"weights kept: {len(weights)}; decisions changed by rounding and pruning: {differ}")
    if args.check:
        return 0
    payload = {
        "about": "trained by tests/bench/train_screen.py on the dev split; see its docstring",
        "c": args.c,
        "budget": args.budget,
        "examples": len(labels),
        "bias": screen.bias,
        "threshold": screen.threshold,
        **(
            {}
            if screen.short_threshold is None
            else {"short_budget": args.short_budget, "short_threshold": screen.short_threshold}
        ),
        "weights": dict(sorted(weights.items())),
    }
    out.write_text(json.dumps(payload, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {out} ({out.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
