"""Command line: ``nkru-extract PATH... [--format jsonl|json|table|csv|parquet] [-o DIR]``.

Paths may be files or directories (searched recursively for ``*.txt``) or ``-`` for standard
input. ``csv`` and ``parquet`` write one table per kind (``persons.csv``, ``quotes.csv``, ...,
the columns of ``nkru_extract.tables``) into the ``-o`` directory, joined on ``doc_id`` = the
file's path relative to the working directory. A progress bar goes to stderr when it is a
terminal (``--progress/--no-progress``), and a summary line (documents, seconds, documents per
second, skipped) ends every run. ``nkru-extract claims PATH... --format csv|jsonl|table`` prints
the claims table. Exit status: 0 when every input was processed, 1 when some input was skipped
(unreadable or not UTF-8; each is reported on stderr with its path), 2 on a usage error or when
the model cannot be loaded.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from nkru_extract import __version__
from nkru_extract.errors import NkruError
from nkru_extract.pipeline import extract_many, load
from nkru_extract.tables import TableWriter, rows
from nkru_extract.types import Extraction

__all__ = ["main"]

EXIT_OK = 0
EXIT_SKIPPED = 1
EXIT_USAGE = 2


@dataclass(frozen=True, slots=True)
class _Input:
    source: str
    text: str


_FORMAT_HELP = (
    "jsonl: one JSON object per document (default); json: one array; table: a summary; csv, "
    "parquet: one table per kind in the -o directory"
)


def _parser(
    prog: str = "nkru-extract",
    description: str = (
        "Extract people, states, military units, numbers and attributed quotes from German "
        "news texts."
    ),
    formats: tuple[str, ...] = ("jsonl", "json", "table", "csv", "parquet"),
    format_help: str = _FORMAT_HELP,
) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=prog, description=description)
    parser.add_argument(
        "paths", nargs="+", help="text files, directories (recursively *.txt) or - for stdin"
    )
    parser.add_argument("--format", choices=formats, default=formats[0], help=format_help)
    parser.add_argument(
        "-o",
        "--output",
        metavar="DIR",
        default=None,
        help="output directory (needed for csv and parquet; else extractions.<format> there "
        "instead of standard output)",
    )
    parser.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="progress bar on stderr (default: when stderr is a terminal)",
    )
    parser.add_argument(
        "--window",
        type=int,
        default=None,
        help="characters per window for long texts (default 100000)",
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


def _read_inputs(
    paths: Sequence[str], stdin: TextIO, skipped: list[str], expanded: Sequence[Path | None] = ()
) -> Iterator[_Input]:
    for path in expanded or _expand(paths):
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


def _doc_id(source: str) -> str:
    """The path relative to the working directory where it lies below it, else as given."""
    if source == "-":
        return source
    try:
        return Path(source).resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return Path(source).as_posix()


def _progress_bar(enabled: bool, total: int) -> Any:
    """A tqdm bar on stderr, or ``None``."""
    if not enabled:
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit="doc", file=sys.stderr, dynamic_ncols=True)


def _open_output(directory: str | None, name: str) -> contextlib.AbstractContextManager[TextIO]:
    if directory is None:
        return contextlib.nullcontext(sys.stdout)
    Path(directory).mkdir(parents=True, exist_ok=True)
    return open(Path(directory) / name, "w", encoding="utf-8")


def _write_results(
    args: argparse.Namespace, results: Iterator[tuple[_Input, Extraction]], bar: Any
) -> int:
    """Write every result in ``args.format``; return the number of documents."""
    count = 0
    if args.format in ("csv", "parquet"):
        with TableWriter(args.output, args.format) as writer:
            for item, result in results:
                writer.write(_doc_id(item.source), result)
                count += 1
                if bar is not None:
                    bar.update(1)
        return count
    suffix = {"jsonl": "jsonl", "json": "json", "table": "txt"}[args.format]
    records: list[dict[str, object]] = []
    with _open_output(args.output, f"extractions.{suffix}") as out:
        for item, result in results:
            count += 1
            if bar is not None:
                bar.update(1)
            if args.format == "jsonl":
                record = _record(item.source, result, not args.no_text)
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
            elif args.format == "json":
                records.append(_record(item.source, result, not args.no_text))
            else:
                out.write(_table_row(item.source, result) + "\n")
        if args.format == "json":
            json.dump(records, out, ensure_ascii=False, indent=2)
            out.write("\n")
        out.flush()
    return count


def _run(args: argparse.Namespace, write: Any) -> int:
    """Load the model, extract every input, call ``write``, print the summary line."""
    if args.verbose:
        logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    if args.n_process < 1 or args.batch_size < 1 or (args.window is not None and args.window < 1):
        print(
            "nkru-extract: --n-process, --batch-size and --window must be at least 1",
            file=sys.stderr,
        )
        return EXIT_USAGE
    if args.format in ("csv", "parquet") and args.output is None:
        print(f"nkru-extract: --format {args.format} needs -o/--output DIR", file=sys.stderr)
        return EXIT_USAGE
    try:
        nlp = load(args.model)
    except NkruError as exc:
        print(f"nkru-extract: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except ImportError as exc:
        print(f"nkru-extract: {exc}", file=sys.stderr)
        return EXIT_USAGE

    started = time.perf_counter()
    skipped: list[str] = []
    paths = list(_expand(args.paths))
    show = args.progress if args.progress is not None else sys.stderr.isatty()
    bar = _progress_bar(show and len(paths) > 1, len(paths))
    inputs = _read_inputs(args.paths, sys.stdin, skipped, paths)
    pending: list[_Input] = []

    def texts() -> Iterator[str]:
        for item in inputs:
            pending.append(item)
            yield item.text

    def paired() -> Iterator[tuple[_Input, Extraction]]:
        results = extract_many(
            texts(),
            nlp=nlp,
            n_process=args.n_process,
            batch_size=args.batch_size,
            window=args.window,
        )
        for result in results:
            yield pending.pop(0), result

    try:
        count = write(args, paired(), bar)
    except ImportError as exc:
        print(f"nkru-extract: {exc}", file=sys.stderr)
        return EXIT_USAGE
    finally:
        if bar is not None:
            bar.close()
    seconds = time.perf_counter() - started
    rate = count / seconds if seconds > 0 else 0.0
    print(
        f"nkru-extract: {count} docs in {seconds:.1f} s ({rate:.1f} docs/s), "
        f"{len(skipped)} skipped",
        file=sys.stderr,
    )
    return EXIT_SKIPPED if skipped else EXIT_OK


# -- claims ----------------------------------------------------------------------------------
def _claims_parser() -> argparse.ArgumentParser:
    return _parser(
        prog="nkru-extract claims",
        description="Print the claims table: who claims how many of whose troops.",
        formats=("table", "csv", "jsonl"),
        format_help="table (default), csv, or jsonl (one claim per line)",
    )


def _write_claims(
    args: argparse.Namespace, results: Iterator[tuple[_Input, Extraction]], bar: Any
) -> int:
    count = 0
    header_done = False
    with _open_output(
        args.output, f"claims.{'txt' if args.format == 'table' else args.format}"
    ) as out:
        for item, result in results:
            count += 1
            if bar is not None:
                bar.update(1)
            table = rows([(_doc_id(item.source), result)])["claims"]
            if args.format == "jsonl":
                out.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in table)
                continue
            if args.format == "csv":
                import csv

                writer = csv.writer(out, lineterminator="\n")
                if not header_done and table:
                    writer.writerow(table[0].keys())
                    header_done = True
                writer.writerows([("" if v is None else v for v in row.values()) for row in table])
                continue
            if count == 1:
                out.write(_claim_line(_CLAIM_HEADER) + "\n")
            out.writelines(_claim_line(_claim_cells(row)) + "\n" for row in table)
        out.flush()
    return count


#: Columns of the claims table: heading and width (the last column takes the rest).
_CLAIM_COLUMNS: tuple[tuple[str, int], ...] = (
    ("doc", 26),
    ("figure", 20),
    ("value", 15),
    ("state", 5),
    ("category", 10),
    ("modality", 12),
    ("to", 5),
    ("claimant", 0),
)
_CLAIM_HEADER = tuple(name for name, _ in _CLAIM_COLUMNS)


def _claim_cells(row: dict[str, Any]) -> tuple[str, ...]:
    """One claims-table row as the cells of the text table."""

    def number(value: Any) -> str:
        return "" if value is None else f"{value:g}" if isinstance(value, float) else str(value)

    low, high = row.get("number_low"), row.get("number_high")
    value = number(row.get("number_value"))
    if low is not None and high is not None and low != high:
        value = f"{number(low)}-{number(high)}"
    claimant = row.get("claimant_text") or "(article)"
    if row.get("claimant_kind"):
        claimant += f" [{row['claimant_kind']}]"
    if row.get("claimant_outlet"):
        claimant += f" via {row['claimant_outlet']}"
    return (
        Path(str(row["doc_id"])).name,
        str(row.get("number_text") or ""),
        value,
        str(row.get("state") or "-"),
        str(row.get("category") or ""),
        str(row.get("modality") or ""),
        str(row.get("destination") or ""),
        claimant,
    )


def _claim_line(cells: Sequence[str]) -> str:
    parts = []
    for cell, (_, width) in zip(cells, _CLAIM_COLUMNS, strict=True):
        if width:
            parts.append((cell if len(cell) <= width else cell[: width - 1] + "…").ljust(width))
        else:
            parts.append(cell)
    return " ".join(parts).rstrip()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == ["claims"]:
        return _run(_claims_parser().parse_args(arguments[1:]), _write_claims)
    return _run(_parser().parse_args(arguments), _write_results)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
