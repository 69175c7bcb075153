"""Adversarial scaling per pipeline stage, and peak memory after load and after the seeds.

Prints the peak resident set size (``VmHWM``) of fresh processes: after
``import nkru_extract``, after ``nk.load()``, and after extracting the five seed articles. Then,
for each adversarial one-paragraph input of issue 18 at 1x/2x/4x/8x, the seconds spent in
normalisation, the tokenizer and each pipeline component, and the ratio 8x/1x per stage (linear:
about 8).

Usage::

    python benchmarks/robustness.py            # scaling table and memory
    python benchmarks/robustness.py --base 250 # smaller inputs (quick look)
    python benchmarks/robustness.py --no-memory
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

import nkru_extract as nk

try:
    from nkru_extract.text.normalize import normalize
except ImportError:  # a version before the normalisation layer: time it as a no-op

    def normalize(text: str) -> tuple[str, None]:  # type: ignore[misc]
        return text, None


try:
    from nkru_extract.text.tokenize import make_doc
except ImportError:  # a version before the linear tokenisation wrapper

    def make_doc(nlp: Language, text: str) -> Doc:
        return nlp.make_doc(text)


ROOT = Path(__file__).resolve().parents[1]
FACTORS = (1, 2, 4, 8)

#: (label, repeated unit, repetitions at 1x)
INPUTS = (
    ("„Wir kommen“, sagte Putin.", "„Wir kommen“, sagte Putin. ", 1000),
    ('unpaired "', '"', 1250),
    ("unpaired „", "„", 1250),
)

# VmHWM is the peak of this process image; ru_maxrss would carry the parent's peak over exec.
_MEMORY_SCRIPT = """
import glob, json, resource, sys
def peak():
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
from spacy.language import Language
from spacy.tokens import Doc

import nkru_extract as nk
out = {"import": peak()}
nlp = nk.load()
out["load"] = peak()
if sys.argv[1] == "seeds":
    for path in sorted(glob.glob(sys.argv[2] + "/*.txt")):
        with open(path, encoding="utf-8") as handle:
            nk.extract(handle.read(), nlp)
    out["seeds"] = peak()
print(json.dumps(out))
"""


def stage_times(nlp: Language, text: str) -> dict[str, float]:
    """CPU seconds per stage for one text: normalise, tokenizer, then each pipe in order.

    CPU time of this process (``time.process_time``), so that other work on a shared machine
    does not show up as a stage being slow.
    """
    clock = time.process_time
    times: dict[str, float] = {}
    start = clock()
    clean, _ = normalize(text)
    times["normalize"] = clock() - start
    start = clock()
    doc = make_doc(nlp, clean)
    times["tokenizer"] = clock() - start
    for name, pipe in nlp.pipeline:
        start = clock()
        doc = pipe(doc)
        times[name] = clock() - start
    return times


def scaling(base_scale: float) -> None:
    nlp = nk.load()
    nlp.max_length = 10**8
    for path in sorted((ROOT / "seeds").glob("*.txt"))[:1]:  # warm up the lazy word lists
        nk.extract(path.read_text(encoding="utf-8"), nlp)
    for label, unit, reps in INPUTS:
        n1 = max(1, int(reps * base_scale))
        rows = {f: stage_times(nlp, unit * (n1 * f)) for f in FACTORS}
        stages = list(rows[1])
        print(f"\n{label!r} x {n1:,} .. {n1 * FACTORS[-1]:,} (one paragraph), CPU seconds")
        print(f"{'stage':<16}" + "".join(f"{f'{f}x':>10}" for f in FACTORS) + f"{'8x/1x':>9}")
        for stage in [*stages, "total"]:
            values = [
                sum(rows[f].values()) if stage == "total" else rows[f][stage] for f in FACTORS
            ]
            ratio = values[-1] / values[0] if values[0] > 0 else float("nan")
            print(f"{stage:<16}" + "".join(f"{v:>10.3f}" for v in values) + f"{ratio:>9.1f}")


def memory() -> None:
    print("\npeak RSS (MB, fresh process each; VmHWM)")
    for mode in ("load", "seeds"):
        cmd = [sys.executable, "-c", _MEMORY_SCRIPT, mode, str(ROOT / "seeds")]
        out = json.loads(subprocess.run(cmd, capture_output=True, check=True, text=True).stdout)
        print("  " + ", ".join(f"after {k}: {v:.0f}" for k, v in out.items()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=float, default=1.0, help="scale of the 1x repetitions")
    parser.add_argument("--no-memory", action="store_true")
    parser.add_argument("--no-scaling", action="store_true")
    args = parser.parse_args()
    if not args.no_memory:
        memory()
    if not args.no_scaling:
        scaling(args.base)


if __name__ == "__main__":
    main()
