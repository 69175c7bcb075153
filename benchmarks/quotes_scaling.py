"""Time ``nkru_extract.extract`` on adversarial one-paragraph inputs at growing sizes.

Usage::

    python benchmarks/quotes_scaling.py [--sizes 1,2,4] [--stages]

Inputs (one paragraph, no line breaks): a short quote with a speech frame repeated, unpaired
ASCII quotation marks, unpaired German opening marks. Printed: seconds per size and the ratio of
the largest to the smallest size (linear time: the ratio of the sizes). With ``--stages`` the
time of each pipeline component and of the quote attributor alone is printed for the largest
size.
"""

from __future__ import annotations

import argparse
import time

INPUTS = {
    "quote+frame": ("„Wir kommen“, sagte Putin. ", 2000),
    'unpaired "': ('"', 2500),
    "unpaired „": ("„", 2500),
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,2,4", help="multiples of the base repetitions")
    parser.add_argument("--stages", action="store_true", help="time each component")
    args = parser.parse_args()
    import nkru_extract
    from nkru_extract.quotes.attribute import attribute_quotes

    nlp = nkru_extract.load()
    nkru_extract.extract("Wladimir Putin kam. „Ja“, sagte er. Er werde gehen.", nlp=nlp)
    sizes = [int(x) for x in args.sizes.split(",")]
    for name, (unit, base) in INPUTS.items():
        times = []
        for mult in sizes:
            text = unit * (base * mult)
            t0 = time.perf_counter()
            nkru_extract.extract(text, nlp=nlp)
            times.append(time.perf_counter() - t0)
        cells = "  ".join(f"{base * m:>6}x {t:7.2f}s" for m, t in zip(sizes, times, strict=True))
        print(f"{name:<12} {cells}  ratio {times[-1] / max(times[0], 1e-9):5.1f}")
        if args.stages:
            text = unit * (base * sizes[-1])
            doc = nlp.make_doc(text)
            for pname, proc in nlp.pipeline:
                t0 = time.perf_counter()
                doc = proc(doc)
                print(f"    {pname:<20} {time.perf_counter() - t0:7.2f}s")
            t0 = time.perf_counter()
            attribute_quotes(doc)
            print(f"    {'attribute_quotes':<20} {time.perf_counter() - t0:7.2f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
