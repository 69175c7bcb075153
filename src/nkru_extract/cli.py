"""Command line: ``nkru-extract PATH... [--format jsonl|json|table] [--model NAME]``.

Paths may be files or directories (searched recursively for ``*.txt``) or ``-`` for standard
input. Exit status: 0 when every input was processed, 1 when some input was skipped (unreadable
or not UTF-8; each is reported on stderr with its path), 2 on a usage error or when the model
cannot be loaded.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from nkru_extract import __version__
from nkru_extract.errors import NkruError
from nkru_extract.pipeline import extract_many, load
from nkru_extract.types import Extraction

__all__ = ["main"]

EXIT_OK = 0
EXIT_SKIPPED = 1
EXIT_USAGE = 2


@dataclass(frozen=True, slots=True)
class _Input:
    source: str
    text: str


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="nkru-extract",
        description=(
            "Extract people, states, military units, numbers and attributed quotes from German "
            "news texts."
        ),
    )
    parser.add_argument(
        "paths", nargs="+", help="text files, directories (recursively *.txt) or - for stdin"
    )
    parser.add_argument(
        "--format",
        choices=("jsonl", "json", "table"),
        default="jsonl",
        help="jsonl: one JSON object per document (default); json: one array; table: a summary",
    )
    parser.add_argument(
        "--model",
        default=None,
        help="spaCy package name, pipeline path or 'embedded' (default: best installed)",
    )
    parser.add_argument("--n-process", type=int, default=1, help="worker processes (default 1)")
    parser.add_argument("--batch-size", type=int, default=32, help="texts per batch (default 32)")
    parser.add_argument(
        "--no-text", action="store_true", help="leave the document text out of JSON output"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log the backbone in use")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def _expand(paths: Sequence[str]) -> Iterator[Path | None]:
    """Yield files in argument order (directories sorted, recursively); ``None`` means stdin."""
    for raw in paths:
        if raw == "-":
            yield None
            continue
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*.txt") if p.is_file())
        else:
            yield path


def _read_inputs(paths: Sequence[str], stdin: TextIO, skipped: list[str]) -> Iterator[_Input]:
    for path in _expand(paths):
        if path is None:
            yield _Input("-", stdin.read())
            continue
        try:
            text = path.read_bytes().decode("utf-8")
        except OSError as exc:
            reason = exc.strerror or exc.__class__.__name__
            skipped.append(str(path))
            print(f"nkru-extract: skipped {path}: {reason}", file=sys.stderr)
            continue
        except UnicodeDecodeError as exc:
            skipped.append(str(path))
            print(f"nkru-extract: skipped {path}: not UTF-8 (byte {exc.start})", file=sys.stderr)
            continue
        yield _Input(str(path), text.removeprefix("\ufeff"))


def _record(source: str, result: Extraction, with_text: bool) -> dict[str, object]:
    data = result.to_dict()
    if not with_text:
        data.pop("text")
    return {"source": source, **data}


def _table_row(source: str, result: Extraction) -> str:
    def names(items: Sequence[str], limit: int = 6) -> str:
        unique = list(dict.fromkeys(items))
        more = f" (+{len(unique) - limit})" if len(unique) > limit else ""
        return ", ".join(unique[:limit]) + more

    lines = [f"== {source}  [{result.backbone}]"]
    lines.append(f"  people:  {names([p.name for p in result.people()])}")
    lines.append(f"  states:  {names([m.key for m in result.states], 12)}")
    lines.append(f"  units:   {names([m.text for m in result.units])}")
    numbers = [
        f"{n.text}={n.value if n.value is not None else '≥' + str(n.low)}"
        + (f" {n.unit}" if n.unit else "")
        for n in result.numbers
    ]
    lines.append(f"  numbers: {names(numbers, 8)}")
    for q in result.quotes:
        text = q.text if len(q.text) <= 70 else q.text[:67] + "..."
        lines.append(f"  quote ({q.kind}) {q.speaker or '—'}: {text}")
    return "\n".join(lines)


class _Progress:
    """A one-line progress counter on stderr (only for several inputs on a terminal)."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.count = 0

    def step(self, source: str) -> None:
        self.count += 1
        if self.enabled:
            sys.stderr.write(f"\r\x1b[Knkru-extract: {self.count} done ({source})")
            sys.stderr.flush()

    def close(self) -> None:
        if self.enabled and self.count:
            sys.stderr.write("\n")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = _parser().parse_args(argv)
    if args.verbose:
        logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    if args.n_process < 1 or args.batch_size < 1:
        print("nkru-extract: --n-process and --batch-size must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    try:
        nlp = load(args.model)
    except NkruError as exc:
        print(f"nkru-extract: {exc}", file=sys.stderr)
        return EXIT_USAGE

    skipped: list[str] = []
    inputs = list(_read_inputs(args.paths, sys.stdin, skipped))
    progress = _Progress(len(inputs) > 1 and sys.stderr.isatty())
    out = sys.stdout
    records: list[dict[str, object]] = []
    results = extract_many(
        (item.text for item in inputs),
        nlp=nlp,
        n_process=args.n_process,
        batch_size=args.batch_size,
    )
    for item, result in zip(inputs, results, strict=True):
        progress.step(item.source)
        if args.format == "jsonl":
            out.write(
                json.dumps(_record(item.source, result, not args.no_text), ensure_ascii=False)
            )
            out.write("\n")
        elif args.format == "json":
            records.append(_record(item.source, result, not args.no_text))
        else:
            out.write(_table_row(item.source, result) + "\n")
    progress.close()
    if args.format == "json":
        json.dump(records, out, ensure_ascii=False, indent=2)
        out.write("\n")
    out.flush()
    if skipped:
        print(f"nkru-extract: {len(skipped)} input(s) skipped", file=sys.stderr)
        return EXIT_SKIPPED
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
