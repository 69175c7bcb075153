"""Build ``src/nkru_extract/data/states.jsonl`` from compact per-state rows.

The JSONL file is the artefact that ships; this script only makes it easy to keep the
data consistent. It is deterministic and needs no network::

    python scripts/build_states.py          # rewrite the JSONL
    python scripts/build_states.py --check  # exit 1 if the JSONL is out of date

Row format (``scripts/states_rows.txt``, one line per state, fields separated by ``|``,
list items by ``;``)::

    id | qid | kind | article | names | genitives | adjectives | invariant_adjectives
       | inhabitants | metonyms | compound_stems

* ``qid`` ``-`` means ``null``; ``article`` ``-`` means ``null``.
* ``kind``: ``m`` member, ``o`` observer, ``p`` partially recognised,
  ``s`` occupied or self-proclaimed, ``h`` historical.
* names: the first is the display name. Prefix ``!`` = no automatic genitive, ``%`` = not a
  compound stem, ``+`` = automatic genitive even though the state's article is ``die``.
* genitives: extra inflected forms (oblique long forms, plural datives). Short ``-s``
  genitives are added automatically for single-word and short names (not for abbreviations,
  names ending in s/x/z/ß, long official forms, or states whose name takes ``die``).
* inhabitants: base forms expanded by their ending: ``-er`` (Ukrainer, Ukrainers, Ukrainern,
  Ukrainerin, Ukrainerinnen), ``-e`` (Russe, Russen, Russin, Russinnen), ``-i`` (Israeli,
  Israelis), ``*`` suffix for adjectival nouns (Deutscher, Deutsche, Deutschen), any other
  ending is a weak noun (Jemenit, Jemeniten, Jemenitin, Jemenitinnen). ``Base/Fem`` gives an
  irregular feminine (Franzose/Französin); ``-o``/``-a`` add only ``-s`` (Filipino, Filipinos);
  a ``=`` prefix gives one literal form.
* metonyms: prefix ``^`` = also a compound stem, ``!`` = no automatic ``-s`` genitive.
* compound_stems: extra stems; ``-X`` removes an automatic stem (e.g. Jamaika: Jamaika-Koalition).

Every string containing ``ß`` also gets its Swiss ``ss`` spelling, every string with ``'`` its
typographic ``’`` variant.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "nkru_extract" / "data" / "states.jsonl"

KINDS = {
    "m": "member",
    "o": "observer",
    "p": "partially_recognised",
    "s": "occupied_or_self_proclaimed",
    "h": "historical",
}

#: Words that mark a long official form: no automatic genitive, no compound stem.
_LONG_FORM_TEXT = """
    Republik Volksrepublik Bundesrepublik Königreich Staat Staaten Föderation Fürstentum
    Großherzogtum Emirat Emirate Sultanat Union Eidgenossenschaft Inseln Commonwealth Staatenunion
    Föderierte Islamische Unabhängige Sozialistische Föderative Demokratische Arabische
    Türkische Moldauische Bund von und der"""
LONG_FORM_WORDS = frozenset(_LONG_FORM_TEXT.split())

ROWS_FILE = Path(__file__).resolve().with_name("states_rows.txt")


def _variants(text: str) -> list[str]:
    """Return ``text`` plus its Swiss (ss) and typographic-apostrophe spellings."""
    out = [text]
    if "ß" in text:
        out.append(text.replace("ß", "ss"))
    for item in list(out):
        if "'" in item:
            out.append(item.replace("'", "’"))
    return out


def _add(target: list[str], values: list[str], seen: set[str]) -> None:
    for value in values:
        for variant in _variants(unicodedata.normalize("NFC", value.strip())):
            if variant and variant not in seen:
                seen.add(variant)
                target.append(variant)


def _is_long_form(name: str) -> bool:
    return any(word in LONG_FORM_WORDS for word in name.split())


def _is_abbreviation(name: str) -> bool:
    return not any(ch.islower() for ch in name)


def _genitive(name: str) -> str | None:
    if _is_abbreviation(name) or _is_long_form(name) or name[-1] in "sxzß":
        return None
    return name + "s"


def _inhabitants(base: str) -> list[str]:
    fem: str | None = None
    if "/" in base:
        base, fem = base.split("/", 1)
    if base.startswith("="):  # literal form
        return [base[1:]]
    if base.endswith("*"):  # adjectival noun: Deutsche
        stem = base[:-1]
        return [stem + "r", stem, stem + "n"]
    if base.endswith("er"):
        forms = [base, base + "s", base + "n"]
        fem = fem or base + "in"
    elif base.endswith("e"):
        forms = [base, base + "n"]
        fem = fem or base[:-1] + "in"
    elif base.endswith(("i", "o", "a")):
        forms = [base, base + "s"]
    else:
        forms = [base, base + "en"]
        fem = fem or base + "in"
    if fem:
        forms += [fem, fem + "nen"]
    return forms


def _split(field: str) -> list[str]:
    return [item.strip() for item in field.split(";") if item.strip()]


def build_row(line: str) -> dict[str, object]:
    """Expand one compact row into the JSON object written to the JSONL file."""
    fields = [f.strip() for f in line.split("|")]
    fields += [""] * (11 - len(fields))
    if len(fields) != 11:
        raise ValueError(f"row has {len(fields)} fields: {line!r}")
    sid, qid, kind, article, names_f, gen_f, adj_f, inv_f, inh_f, met_f, cmp_f = fields
    art = None if article == "-" else article

    used: set[str] = set()  # names/genitives/inhabitants/metonyms are disjoint within a row
    names: list[str] = []
    genitives: list[str] = []
    compounds: list[str] = []
    auto_gen: list[str] = []
    auto_cmp: list[str] = []
    for raw in _split(names_f):
        flags = ""
        while raw[0] in "!%+":
            flags += raw[0]
            raw = raw[1:]
        _add(names, [raw], used)
        gen = _genitive(raw)
        if gen and "!" not in flags and (art in (None, "der", "das") or "+" in flags):
            auto_gen.append(gen)
            if art == "der" and raw == _split(names_f)[0]:
                auto_gen.append(f"des {gen}")
        if "%" not in flags and not _is_long_form(raw):
            if " " not in raw:
                auto_cmp.append(raw)
            elif all(w[0].isupper() for w in raw.split()) and not set("'.") & set(raw):
                auto_cmp.append(raw.replace(" ", "-"))
    _add(genitives, _split(gen_f) + auto_gen, used)

    inhabitants: list[str] = []
    for base in _split(inh_f):
        _add(inhabitants, _inhabitants(base), used)

    metonyms: list[str] = []
    for raw in _split(met_f):
        flags = ""
        while raw[0] in "!^":
            flags += raw[0]
            raw = raw[1:]
        forms = [raw]
        if "!" not in flags and " " not in raw and raw[-1] not in "sxzß":
            forms.append(raw + "s")
        _add(metonyms, forms, used)
        if "^" in flags:
            auto_cmp.append(raw.replace(" ", "-"))

    removed = {c[1:] for c in _split(cmp_f) if c.startswith("-")}
    extra = [c for c in _split(cmp_f) if not c.startswith("-")]
    _add(compounds, [c for c in auto_cmp + extra if c not in removed], set())
    compounds = [c for c in compounds if c not in removed]

    adjectives: list[str] = []
    _add(adjectives, _split(adj_f), set())
    invariant: list[str] = []
    _add(invariant, _split(inv_f), set())

    return {
        "id": sid,
        "qid": None if qid == "-" else qid,
        "kind": KINDS[kind],
        "name": names[0],
        "names": names,
        "genitives": genitives,
        "adjectives": adjectives,
        "invariant_adjectives": invariant,
        "inhabitants": inhabitants,
        "metonyms": metonyms,
        "compound_stems": compounds,
        "article": art,
    }


def render() -> str:
    """Return the full JSONL text (deterministic)."""
    lines = ROWS_FILE.read_text(encoding="utf-8").splitlines()
    rows = [build_row(line) for line in lines if line.strip() and not line.startswith("#")]
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def main(argv: list[str] | None = None) -> int:
    """Write (or with ``--check`` verify) the states JSONL file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only verify the file is current")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if current != text:
            print(f"{OUT} is out of date; run scripts/build_states.py", file=sys.stderr)
            return 1
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {text.count(chr(10))} states to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
