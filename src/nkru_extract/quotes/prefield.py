"""The prefield of a main clause: whether it is the subject, and how far the subject runs.

A German main clause puts one constituent before its finite verb. These rules decide whether
that constituent can be the source of a speech verb: never when it opens with a preposition,
a sentence adverb, a time phrase, an oblique article or a lone participle ("Enttäuscht äußerte
sich X"); not when it is an abstract object and a name or "er" follows the verb ("Eine
Verschiebung bezeichnete X als fatal"). They also extend a prefield noun phrase over its
genitive, prepositional and bracketed attributes and appositions. Used by
``quotes.subjects``.
"""

from __future__ import annotations

import re

from nkru_extract.quotes.context import _Ctx
from nkru_extract.quotes.rules_de import (
    DETERMINERS,
    NON_SPEAKER_PRONOUNS,
    NP_STOP_WORDS,
    PERSON_PRONOUNS,
    SKIPPABLE_ADVERBS,
)
from nkru_extract.text.lookups import lemma_table
from nkru_extract.text.phrases import (
    CLAUSE_DELIMITERS,
    FINITE_AUX,
    PREFIELD_ADVERBS,
    SUBJECT_DEMONSTRATIVES,
    is_cap,
    is_modifier,
    is_name_word,
    is_np_word,
    is_role_word,
    np_at,
)
from nkru_extract.text.word_classes import PREPOSITIONS


def _skip_adverbs(ctx: _Ctx, j: int, limit: int) -> int:
    doc = ctx.doc
    while j < limit and (
        doc.toks[j].lower_ in SKIPPABLE_ADVERBS
        or doc.toks[j].lower_ in {"sich", "es", "etwa", "beispielsweise", "insbesondere"}
    ):
        j += 1
    return j


#: Articles that never open a subject (accusative or dative).
_OBLIQUE_ARTICLES = frozenset(
    {
        "den", "dem", "einen", "einem", "diesen", "diesem", "jenen", "jenem", "keinen",
        "keinem", "seinen", "seinem", "ihren", "ihrem", "unseren", "unserem",
    }
)  # fmt: skip


#: Endings of abstract nouns (lemma or form), which do not speak: "Eine Verschiebung", "Den Plan".
_ABSTRACT_ENDINGS = (
    "ung", "ungen", "heit", "keit", "nis", "nisse", "ismus", "tät", "tion", "tionen", "plan",
    "pläne", "vorschlag", "vorschläge", "entwurf", "vorwurf", "vorwürfe", "gesetz", "politik",
    "kritik", "idee", "maßnahme", "maßnahmen", "entscheid",
)  # fmt: skip


#: Abstract-looking endings of institutions and groups, which do speak: "Die Regierung".
_INSTITUTION_ENDINGS = (
    "regierung", "führung", "leitung", "vertretung", "verwaltung", "stiftung", "zeitung",
    "vereinigung", "bewegung", "versammlung", "opposition", "organisation", "koalition",
    "delegation", "redaktion", "fraktion", "kommission", "institution", "nation", "nationen",
    "universität", "direktion",
)  # fmt: skip


def _object_first(ctx: _Ctx, start: int, v: int, b: int) -> tuple[int, int] | None:
    """The subject after the verb when the prefield is an abstract object.

    "Eine Verschiebung bezeichnete Müller als fatal", "Diese Entscheidung kritisierte der
    Minister": an abstract noun phrase does not speak, so a person named right after the finite
    verb (a name, "er", or "der" + role) is the subject. Institutions ("Die Regierung
    kritisierte Müller") keep the prefield.
    """
    doc = ctx.doc
    if any(ctx.person_at(x) for x in range(start, v)):
        return None
    if (
        v + 1 < len(doc.toks)
        and doc.toks[v + 1].lower_ == "er"
        and doc.toks[start].lower_ not in PERSON_PRONOUNS
        and is_cap(doc.toks[start])
        and doc.toks[v].text.islower()
    ):  # "Die Gäste ermahnte er": the nominative pronoun right after the verb
        return (v + 1, v + 2)
    first_end = np_at(ctx, start, v, apposition=False)
    if first_end is None or _prefield_pp_chain(ctx, first_end, v) != v:
        return None
    heads = {doc.toks[v - 1]} | {
        doc.toks[x] for x in range(start, first_end) if is_np_word(doc.toks[x])
    }
    words = {w for t in heads for w in (t.lower_, (t.lemma_ or t.text).lower())}
    if any(is_role_word(t) for t in heads) or not any(w.endswith(_ABSTRACT_ENDINGS) for w in words):
        return None
    if any(w.endswith(_INSTITUTION_ENDINGS) for w in words):
        return None
    j = _skip_adverbs(ctx, v + 1, b)
    if j >= b:
        return None
    if doc.toks[j].lower_ == "er":
        return (j, j + 1)
    for ps, pe, _key in ctx.persons_within(j, b):
        return (j, pe) if ps == j else None
    if doc.toks[j].lower_ == "der":
        end = np_at(ctx, j, b)
        if end is not None and is_role_word(doc.toks[end - 1]):
            return (j, end)
    if is_name_word(doc.toks[j]) and not any(True for _ in ctx.persons_within(j, b)):
        # a surname the entity stage did not mark: "Die Pläne nannte Hansen einen Fehler"
        e = j + 1
        while e < b and is_name_word(doc.toks[e]):
            e += 1
        if e - j <= 3 and (e == b or not is_np_word(doc.toks[e])):
            return (j, e)
    return None


#: Closing quotation marks that may follow the end of a quoted sentence.
_CLOSING_MARKS = frozenset({"“", "”", '"', "«", "»", "‘", "’", "'", "''"})


#: Focus particles before a prefield subject: "Auch X sagte", "Aber Zeitungen berichteten".
_FOCUS_PARTICLES = frozenset(
    {
        "auch",
        "aber",
        "selbst",
        "sogar",
        "doch",
        "jedoch",
        "und",
        "einzig",
        "allein",
        "nur",
        "lediglich",
    }
)


#: Prepositions joining a prefield subject and its attributes ("Lea Brandt vom Institut für X").
_PREFIELD_PREPOSITIONS = frozenset(
    {"für", "ohne", "von", "vom", "aus", "in", "im", "bei", "beim", "an", "am", "zur", "zum"}
)


def _prefield_pp_chain(ctx: _Ctx, end: int | None, v: int) -> int | None:
    """Extend a prefield noun phrase over prepositional attributes when they reach verb ``v``.

    In a verb-second clause everything before the finite verb is one constituent, so "Lea Brandt
    vom Institut für Meeresforschung in Kiel erklärte" has the whole prefield as subject.
    """
    if end is None or end >= v:
        return end
    j = end
    doc = ctx.doc
    while j < v and (
        doc.toks[j].lower_ in _PREFIELD_PREPOSITIONS
        or doc.toks[j].lower_ in {"der", "des", "einer", "eines"}
    ):  # a genitive too: "Karla X vom Verband der Bäcker in Bayern bemängelt"
        genitive = doc.toks[j].lower_ in {"der", "des", "einer", "eines"}
        sub = np_at(ctx, j if genitive else j + 1, v, apposition=False)
        if sub is None:
            return end
        j = sub
    return j if j == v else end


#: Suffixes of adjectives and adverbs used alone in the prefield ("Offiziell", "Gleichzeitig").
_ADVERBIAL_RE = re.compile(r"(lich|ig|isch|ell|weise|gemäß|mäßig|maßen|falls|dings|..lang)$")


#: Prepositions (simple and secondary) that open an adverbial prefield, never a subject:
#: "Hinsichtlich der Kosten meldet die Agentur", "Wegen des Streiks haben sich ...".
_PREFIELD_PREPOSITIONS_ADVERBIAL = PREPOSITIONS | frozenset(
    {
        "bezüglich", "aufgrund", "anlässlich", "angesichts", "hinsichtlich", "infolge",
        "mittels", "seitens", "statt", "anstatt", "zwecks", "entgegen", "gegenüber",
        "innerhalb", "außerhalb", "ungeachtet", "inmitten", "zugunsten", "anhand", "dank",
        "binnen", "ab", "außer", "unweit", "jenseits", "abseits", "nach", "laut", "gemäß",
        "ins", "beim", "vorm", "bzgl.", "mangels", "einschließlich",
    }
)  # fmt: skip


#: Adverbs that open a prefield on their own ("Da gab die Feuerwehr bekannt", "Dabei sagte er").
_PREFIELD_ADVERBS_EXTRA = frozenset(
    {
        "da", "dabei", "damit", "dadurch", "dafür", "dagegen", "daneben", "darauf", "daraus",
        "darin", "darüber", "davor", "hier", "hierzu", "hierbei", "dort", "so", "nun", "jetzt",
        "andernfalls", "ansonsten", "hingegen", "gleichwohl", "jedenfalls", "insbesondere",
        "erstmals", "nochmals", "wiederum", "letztlich", "vorerst", "ebenso", "ebenfalls",
        "sodann", "folglich", "somit", "also", "zwar", "allerdings", "dann", "bereits",
        "schon", "außerdem", "zudem", "weiter", "ferner", "anschließend",
        "gestern", "heute", "morgen", "vorgestern", "vorab", "kurz", "bald", "oft", "häufig",
        "mehrfach", "wiederholt", "erneut", "zuletzt", "abschließend", "einleitend", "sinngemäß",
        "wörtlich", "ausdrücklich", "offenbar", "offensichtlich", "vermutlich", "angeblich",
        "tatsächlich", "eigentlich", "immer", "nie", "niemals", "stets", "meist", "zunächst",
        "erst", "gerade", "eben", "noch",
    }
)  # fmt: skip


#: Nouns of a time phrase in the prefield ("Anfang März", "Anfang des Jahres").
_TIME_HEADS = frozenset({"ende", "anfang", "mitte", "beginn", "anfangs", "endes"})


#: Weekday and month names: a time phrase, not a subject ("Montag", "Im Januar").
_TIME_NAMES = frozenset(
    {
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
        "sonnabend", "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli",
        "august", "september", "oktober", "november", "dezember",
    }
)  # fmt: skip


def _non_subject_prefield(ctx: _Ctx, s: int, v: int) -> bool:
    """Whether the prefield ``[s, v)`` is an adverbial, so the subject follows the verb.

    A German main-clause prefield opened by a preposition ("Hinsichtlich der Kosten"), a
    genitive or dative article ("Des Weiteren", "Dem Vernehmen nach"), a sentence adverb ("Da",
    "Andernfalls"), a time phrase ("Anfang März", "Am Montag") or a lone uninflected adjective
    or participle ("Enttäuscht äußerte sich X") is not the subject.
    """
    if s >= v:
        return False
    toks = ctx.doc.toks
    first = toks[s]
    low = first.lower_
    if ctx.person_at(s):
        return False
    if low in _PREFIELD_PREPOSITIONS_ADVERBIAL or low in {"des", "eines"}:
        return True
    if low in _PREFIELD_ADVERBS_EXTRA or low in PREFIELD_ADVERBS:
        return s + 1 == v or not is_np_word(toks[s + 1])
    if low in _TIME_HEADS and s + 1 < v:
        nxt = toks[s + 1]
        return nxt.lower_ in _TIME_NAMES or nxt.like_num or nxt.lower_ in {"des", "der"}
    if low in _TIME_NAMES and (s + 1 == v or toks[s + 1].like_num):
        return True
    if (
        s + 1 == v
        and first.is_alpha
        and first.text[:1].isupper()
        and not first.is_upper
        and low not in _CLOSED_NOMINALS
    ):
        # a lone word that is an inflected form of a lower-case word ("Enttäuscht" <- enttäuschen)
        return _lowercase_form(low) and not _noun_form(first.text)
    return False


#: Pronouns and determiners that stand alone as a subject ("Er betonte", "Diese besagt").
_CLOSED_NOMINALS = (
    PERSON_PRONOUNS | NON_SPEAKER_PRONOUNS | DETERMINERS | SUBJECT_DEMONSTRATIVES
    | frozenset({"sie", "wir", "ihr", "beide", "alle", "viele", "einige", "andere", "manche"})
)  # fmt: skip


def _lowercase_form(low: str) -> bool:
    """Whether ``low`` is an inflected form of a lower-case lemma ("enttäuscht" <- enttäuschen)."""
    lemma = lemma_table().get(low)
    return isinstance(lemma, str) and lemma[:1].islower() and lemma != low


def _noun_form(text: str) -> bool:
    lemma = lemma_table().get(text)
    return isinstance(lemma, str) and lemma[:1].isupper()


def _adverbial_prefield(ctx: _Ctx, s: int, v: int, b: int) -> bool:
    """One adverb-like word before the verb with a noun phrase or pronoun right after it."""
    toks = ctx.doc.toks
    if s + 1 != v or not _ADVERBIAL_RE.search(toks[s].lower_):
        return False
    if ctx.person_at(s):
        return False  # "Ludwig sagte"
    j = _skip_adverbs(ctx, v + 1, b)
    if j >= b:
        return False
    nxt = toks[j]
    return (
        nxt.lower_ in {"der", "die", "das", "ein", "eine"}
        or nxt.lower_ in PERSON_PRONOUNS
        or (is_np_word(nxt) and nxt.lower_ not in _OBLIQUE_ARTICLES)
    )


#: Lower-case words that may occur inside an apposition ("Chef der Firma für Y und Z").
_APPOSITION_WORDS = frozenset(
    {"und", "für", "von", "vom", "im", "in", "am", "an", "aus", "bei", "zu", "zur", "zum", "mit"}
)


def _apposition_subject(ctx: _Ctx, end: int | None, v: int) -> int | None:
    """End of "Name, apposition" before the verb ``v`` when the noun phrase stopped at ``end``.

    ``end`` is the comma after the first noun phrase; the apposition runs to the next comma,
    which is followed by the verb itself or by a finite auxiliary and the rest of the verb
    group ("X, Chef der Y, hat ... gefordert"). The apposition holds no verb: its lower-case
    words are articles, prepositions, conjunctions and adjectives only.
    """
    toks = ctx.doc.toks
    if end is None:
        return None
    # attributes the noun-phrase chunker left out: "Der Vertreter der X im Rat der Y, Z, ..."
    first_comma = next((x for x in range(end, min(v, end + 10)) if toks[x].text == ","), None)
    if first_comma is None or not all(_apposition_word(ctx, x) for x in range(end, first_comma)):
        return None
    end = first_comma
    if end + 2 >= v:
        return None
    close = next((x for x in range(end + 1, v) if toks[x].text in CLAUSE_DELIMITERS), None)
    if close is None or toks[close].text != "," or close - end > 14 or close == end + 1:
        return None
    if not (is_cap(toks[end + 1]) or toks[end + 1].lower_ in DETERMINERS):
        return None
    if not all(_apposition_word(ctx, x) for x in range(end + 1, close)):
        return None
    if close + 1 == v or (
        toks[close + 1].lower_ in FINITE_AUX
        and not any(toks[x].text in CLAUSE_DELIMITERS for x in range(close + 1, v))
    ):
        return close
    return None


def _apposition_word(ctx: _Ctx, x: int) -> bool:
    """Whether token ``x`` may stand inside a noun phrase or apposition (no verb)."""
    t = ctx.doc.toks[x]
    if t.lower_ in FINITE_AUX or t.text in CLAUSE_DELIMITERS:
        return False
    return not t.text.islower() or (
        (t.lower_ in NP_STOP_WORDS or t.lower_ in DETERMINERS or t.lower_ in _APPOSITION_WORDS)
        or is_modifier(t)
    )
