"""Score the tracker on benchmark sets kept outside the project (`make eval BENCH=...`).

Each `NAME.input.jsonl` in BENCH is extracted and scored with BENCH/score.py against
`NAME.gold.jsonl`; the table prints beside the published figures of CQE and quantulum3.
"""

from __future__ import annotations

import importlib.util
import io
from contextlib import redirect_stderr
from pathlib import Path

from .output import write_csv
from .pipeline import run

MEASURES = ("value", "value+unit", "value+change", "concept_partial", "concept_complete")

# Published F1 (shared/bench/README.md): CQE and quantulum3, per set.
PUBLISHED = {
    "newsquant-dev": {"CQE (paper, all 590)": (92.0, 85.6, 88.1, 76.1, 57.0),
                      "CQE 2.0.3 (here)": (89.1, 82.4, 85.0, 64.9, 44.7),
                      "quantulum3 (here)": (71.9, 45.0, 50.9, None, None)},
    "recognizers-currency": {"CQE": (84.2, 79.6, None, None, None),
                             "quantulum3": (76.2, 32.5, None, None, None)},
    "recognizers-dimension": {"CQE": (86.5, 79.2, None, None, None),
                              "quantulum3": (83.6, 61.9, None, None, None)},
    "recognizers-temperature": {"CQE": (95.7, 92.8, None, None, None)},
    "recognizers-age": {"CQE": (93.3, 93.3, None, None, None)},
}


def _scorer(bench: Path):
    path = bench / "score.py"
    if not path.exists():
        raise FileNotFoundError(f"{path}: no scorer in the benchmark folder")
    spec = importlib.util.spec_from_file_location("bench_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def evaluate(bench: Path, show: str | None = None, workdir: Path | None = None):
    """Scores per set, and for `show` the misses and false positives with their sentences."""
    scorer = _scorer(bench)
    workdir = workdir or Path("reports") / "eval"
    results, errors = {}, []
    inputs = sorted(bench.glob("*.input.jsonl"))
    if not inputs:
        raise FileNotFoundError(f"{bench}: no *.input.jsonl files")
    for inp in inputs:
        name = inp.name.removesuffix(".input.jsonl")
        gold_path = bench / f"{name}.gold.jsonl"
        frame, _problems, _stats = run([str(inp)], progress=False)
        out = write_csv(frame, workdir / f"{name}.claims.csv")
        gold, pred = scorer.load_gold(str(gold_path)), scorer.load_pred(str(out))
        with redirect_stderr(io.StringIO()):
            results[name] = scorer.score(gold, pred)
        if name == show:
            errors = _errors(scorer, gold, pred)
    return results, errors


def _errors(scorer, gold: dict, pred: dict) -> list[tuple[str, str, str]]:
    """(kind, detail, sentence) for each gold figure missed and each row matching none."""
    found = []
    for doc, item in gold.items():
        free = list(pred.get(doc, []))
        for q in item["quantities"]:
            hit = next((i for i, p in enumerate(free) if scorer.value_match(q, p)), None)
            if hit is None:
                found.append(("miss", f"{q['value']} {q['normalized_unit']} ({q['change']})", item["text"]))
                continue
            p = free.pop(hit)
            if not scorer.unit_match(q, p):
                found.append(("unit", f"{q['value']}: gold {q['normalized_unit']!r}, ours {p['unit']!r}/{p['currency']!r}", item["text"]))
            if not scorer.change_match(q, p):
                found.append(("change", f"{q['value']}: gold {q['change']}, ours {p['qualifier']}/{p['change']}", item["text"]))
            if not scorer.concept_partial(q, p) and q["referred_concepts"] not in ("-", ""):
                found.append(("concept", f"{q['value']}: gold {q['referred_concepts']!r}, ours {p['subject']!r}", item["text"]))
        for p in free:
            found.append(("false+", f"{p['surface']!r} = {p['value']} {p['unit']}", item["text"]))
    return found


def format_table(results: dict) -> str:
    """One table: set x measure, P / R / F1, with the published rows under each set."""
    lines = [f"{'set':24} {'system':22} " + " ".join(f"{m:>17}" for m in MEASURES)]
    for name, result in results.items():
        cells = " ".join(f"{result[m]['P']:5.1f}/{result[m]['R']:5.1f}/{result[m]['F1']:5.1f}"
                         for m in MEASURES)
        lines.append(f"{name:24} {'tracker P/R/F1':22} {cells}")
        for system, figures in PUBLISHED.get(name, {}).items():
            cells = " ".join(f"{'' if f is None else f:>17}" for f in figures)
            lines.append(f"{'':24} {system + ' F1':22} {cells}")
    return "\n".join(lines)


def format_errors(errors: list[tuple[str, str, str]], limit: int) -> str:
    """The errors of one set, grouped by kind, each with its sentence."""
    out = []
    for kind in ("miss", "false+", "unit", "change", "concept"):
        rows = [e for e in errors if e[0] == kind]
        out.append(f"\n== {kind}: {len(rows)}")
        for _, detail, text in rows[:limit]:
            out.append(f"  {detail}\n      {text[:220]}")
    return "\n".join(out)
