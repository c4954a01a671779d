"""Dates: publication dates from the caller, statement dates from the text.

Indonesian news dates a statement with a weekday and a short date, ``Jumat (21/6)``; the
weekday must agree with the date, which settles both a missing year and a day/month
written the other way round (in 2024 ``Sabtu (4/6)`` can only be 6 April).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache

from .errors import InvalidInputError
from .lexicon import Lexicon, load_lexicon


def parse_published(value: date | str | None) -> date | None:
    """Accept an ISO date or datetime (or a ``date``); raise InvalidInputError otherwise."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        if len(text) == 10:
            return date.fromisoformat(text)
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError as exc:
        raise InvalidInputError(f"not an ISO date or datetime: {text[:40]!r}", field="published") from exc


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    weekday: int | None
    day: int | None
    month: int | None
    year: int | None
    relative: str | None = None  # past (Rabu lalu), this_week, last_week, future, kemarin, hari ini, days_ago, vague
    offset_days: int | None = None  # from the article's day: kemarin -1, dua hari lalu -2
    numeric: bool = False  # (4/6): day and month in figures, which some write the other way round
    from_told: int | None = None  # from the day just told: sehari sebelumnya -1, pada hari yang sama 0


@cache
def _patterns(lang: str = "id") -> tuple[re.Pattern, ...]:
    lex = load_lexicon(lang)
    weekdays = "|".join(sorted((w.capitalize() for w in lex.weekdays), key=len, reverse=True))
    months = "|".join(sorted(lex.months, key=len, reverse=True))
    wd = rf"(?P<wd>{weekdays})"
    numeric = re.compile(
        rf"{wd}\s{{0,3}},?\s{{0,3}}\(\s{{0,3}}(?P<d>\d{{1,2}})\s{{0,2}}/\s{{0,2}}(?P<m>\d{{1,2}})"
        rf"(?:\s{{0,2}}/\s{{0,2}}(?P<y>\d{{2,4}}))?\s{{0,3}}\)")
    # Kamis pagi, 8 Agustus 2024: a time of day may stand between the weekday and its date.
    times = "|".join(r"\s{1,3}".join(map(re.escape, q.split()))
                     for q, kind in sorted(lex.weekday_qualifiers.items(), key=lambda x: len(x[0]), reverse=True)
                     if kind == "time_of_day")
    named = re.compile(
        rf"(?:{wd}(?:\s{{1,3}}(?:{times}))?\s{{0,3}},?\s{{0,3}})?\b(?P<d>\d{{1,2}})\s{{1,3}}(?P<mon>(?i:{months}))\.?\b"
        rf"(?:\s{{1,3}}(?P<y>\d{{4}}))?")
    qualifiers = "|".join(
        r"\s{1,3}".join(map(re.escape, q.split())) for q in sorted(lex.weekday_qualifiers, key=len, reverse=True))
    reaching = _alternatives(lex.reaching_verbs)
    weekday_only = re.compile(
        rf"(?:\b(?:[Pp]ada\s{{1,3}}hari|[Hh]ari|[Pp]ada)\s{{1,3}}{wd}\b(?:\s{{1,3}}(?P<rel>{qualifiers})\b)?)"
        rf"|(?:\b{wd.replace('wd', 'wd2')}\s{{1,3}}(?P<rel2>{qualifiers})\b)"
        # Antara's "di Jakarta, Rabu." and "…, Kamis, mengatakan": a weekday alone
        # between a comma and a comma or full stop.
        rf"|(?:(?<=, ){wd.replace('wd', 'wd3')}(?=\s{{0,3}}[,.;]))"
        # saat dihubungi Selasa, …: a weekday alone right after a verb of reaching the
        # speaker; the mention is the weekday and what qualifies it, not the verb.
        rf"|(?:\b(?i:{reaching})\s{{1,3}}(?P<at4>{wd.replace('wd', 'wd4')}\b(?:\s{{1,3}}(?P<rel4>{qualifiers})\b)?))")
    relative = re.compile(r"\b(?P<rel>" + _alternatives(lex.relative_days) + r")\b", re.IGNORECASE)
    # dua hari lalu, 3 hari yang lalu: that many days before the article.
    days_ago = re.compile(
        r"\b(?P<n>\d{1,2}|" + _alternatives(lex.count_words) + r")\s{1,3}(?:" + _alternatives(lex.days_ago) + r")\b",
        re.IGNORECASE)
    # Sehari sebelumnya, dua hari kemudian, pada hari yang sama: named from the day the
    # text has just told of.
    from_told = re.compile(
        r"\b(?:(?P<phrase>" + _alternatives(lex.days_from_told) + r")|(?P<n>\d{1,2}|"
        + _alternatives(lex.count_words) + r")\s{1,3}hari\s{1,3}(?P<dir>"
        + _alternatives(lex.told_day_directions) + r"))\b", re.IGNORECASE)
    # Pekan lalu, awal bulan ini, Februari lalu: an earlier day the text does not name.
    vague = re.compile(r"\b(?:" + _alternatives(lex.vague_past) + r"|(?P<mon>" + months + r")\s{1,3}(?:"
                       + _alternatives(lex.month_past) + r"))\b", re.IGNORECASE)
    # Hal itu ia sampaikan pada Juni 1998; Pada Januari 2024, …: a month by its name and a
    # year, after one of month_year_openers, with no day (a day before it is a full date).
    month_year = re.compile(
        r"(?<![\w/])(?i:" + _alternatives(lex.month_year_openers) + r")\s{1,3}(?P<at>(?P<mon>"
        + "|".join(sorted((m.capitalize() for m in lex.months), key=len, reverse=True))
        + r")\.?\s{1,3}(?P<y>\d{4}))\b")
    return numeric, named, weekday_only, relative, days_ago, from_told, vague, month_year


def _alternatives(phrases) -> str:
    """A regex alternation of ``phrases``, longest first (kemarin lusa before kemarin),
    their words apart by a few spaces."""
    return "|".join(r"\s{1,3}".join(map(re.escape, p.split())) for p in sorted(phrases, key=len, reverse=True))


def find_date_mentions(text: str, lex: Lexicon | None = None) -> list[DateMention]:
    """Every date expression in ``text``, in order, without overlaps."""
    lex = lex or load_lexicon()
    numeric, named, weekday_only, relative, days_ago, from_told, vague, month_year = _patterns(lex.language)
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in taken)

    for m in numeric.finditer(text):
        y = m.group("y")
        year = None
        if y:
            year = int(y) + (2000 if len(y) == 2 else 0)
        found.append(DateMention(m.start(), m.end(), m.group(), lex.weekdays[m.group("wd").lower()],
                                 int(m.group("d")), int(m.group("m")), year, numeric=True))
        taken.append((m.start(), m.end()))
    for m in named.finditer(text):
        if not free(m.start(), m.end()):
            continue
        wd = m.group("wd")
        if not wd and _names_a_place(text, m.start(), lex):
            continue  # Stadion 17 Mei, Jalan 17 Agustus: a name, no date
        found.append(DateMention(m.start(), m.end(), m.group(), lex.weekdays[wd.lower()] if wd else None,
                                 int(m.group("d")), lex.months[m.group("mon").lower()],
                                 int(m.group("y")) if m.group("y") else None))
        taken.append((m.start(), m.end()))
    for m in weekday_only.finditer(text):
        if not free(m.start(), m.end()):
            continue
        wd = m.group("wd") or m.group("wd2") or m.group("wd3") or m.group("wd4")
        rel = " ".join((m.group("rel") or m.group("rel2") or m.group("rel4") or "").lower().split())
        kind = lex.weekday_qualifiers.get(rel)
        a = m.start("at4") if m.group("at4") else m.start()
        found.append(DateMention(a, m.end(), text[a:m.end()], lex.weekdays[wd.lower()], None, None, None,
                                 relative=kind if kind in ("past", "this_week", "last_week", "future") else None))
        taken.append((a, m.end()))
    for m in relative.finditer(text):
        if not free(m.start(), m.end()):
            continue
        before = text[:m.start()].split()
        if before and before[-1].lower() in lex.relative_day_span_openers:
            continue  # berubah dalam semalam: overnight, a span, not last night
        word = " ".join(m.group("rel").lower().split())
        found.append(DateMention(m.start(), m.end(), m.group(), None, None, None, None, relative=word,
                                 offset_days=lex.relative_days.get(word, 0)))
        taken.append((m.start(), m.end()))
    for m in days_ago.finditer(text):
        if not free(m.start(), m.end()):
            continue
        n = m.group("n").lower()
        count = int(n) if n.isdigit() else lex.count_words[n]
        found.append(DateMention(m.start(), m.end(), m.group(), None, None, None, None, relative="days_ago",
                                 offset_days=-count))
        taken.append((m.start(), m.end()))
    for m in from_told.finditer(text):
        if not free(m.start(), m.end()):
            continue
        if m.group("phrase"):
            offset = lex.days_from_told[" ".join(m.group("phrase").lower().split())]
        else:
            n = m.group("n").lower()
            offset = (int(n) if n.isdigit() else lex.count_words[n]) * lex.told_day_directions[m.group("dir").lower()]
        # Its day is the day just told, which only the text around it gives (resolve gives None).
        found.append(DateMention(m.start(), m.end(), m.group(), None, None, None, None, relative="from_told",
                                 from_told=offset))
        taken.append((m.start(), m.end()))
    for m in month_year.finditer(text):
        a = m.start("at")
        if free(a, m.end()):
            # Pada Juni 1998: a month of a year, no day; it resolves to no date.
            found.append(DateMention(a, m.end(), m.group("at"), None, None, lex.months[m.group("mon").lower()],
                                     int(m.group("y")), relative="vague"))
            taken.append((a, m.end()))
    for m in vague.finditer(text):
        if free(m.start(), m.end()):
            # Pekan lalu, sebelumnya, Maret lalu: an earlier day; it resolves to no date.
            month = lex.months[m.group("mon").lower()] if m.group("mon") else None
            found.append(DateMention(m.start(), m.end(), m.group(), None, None, month, None, relative="vague"))
    found.sort(key=lambda d: d.start)
    return found


_WORD_BEFORE = re.compile(r"(?:^|(?<=[^\w.]))(?P<w>[A-Z][\w]*)\.?\s{1,3}$")


def _names_a_place(text: str, start: int, lex: Lexicon) -> bool:
    """Whether the day and month at ``start`` follow a capitalised word that takes a date
    as its name (Stadion 17 Mei, Jl. 17 Agustus), maybe with a link word between
    (Jalan Raya 17 Agustus, Stadion Gelora 10 November)."""
    head = text[max(0, start - 40):start]
    for _ in range(2):
        m = _WORD_BEFORE.search(head)
        if m is None:
            return False
        word = m.group("w").lower()
        if word in lex.date_name_heads:
            return True
        if word not in lex.date_name_links:
            return False
        head = head[:m.start()]
    return False


# Years a news statement can carry; outside them a printed year is a typo.
_PLAUSIBLE_YEARS = (1900, 2100)


def _valid(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def resolve(mention: DateMention, anchor: date | None) -> date | None:
    """The calendar date of ``mention``; ``anchor`` (publication date) supplies what is missing.
    A day named from the day just told (sehari sebelumnya) needs that day: None here."""
    if mention.offset_days is not None:
        return anchor + timedelta(days=mention.offset_days) if anchor else None
    if mention.day is not None and mention.month is not None:
        year = mention.year
        if year and (anchor and year > anchor.year + 1 or not _PLAUSIBLE_YEARS[0] <= year <= _PLAUSIBLE_YEARS[1]):
            year = None  # a typo (Selasa (8/9/3020)): a statement does not postdate its article
        years = [year] if year else ([anchor.year, anchor.year - 1] if anchor else [])
        candidates: list[date] = []
        for y in years:
            # Only figures can be read the other way round; 9 November names its month.
            readings = ((mention.day, mention.month), (mention.month, mention.day)) if mention.numeric \
                else ((mention.day, mention.month),)
            for d, m in readings:
                c = _valid(y, m, d)
                if c:
                    candidates.append(c)
        if not candidates:
            return None
        if mention.weekday is not None:
            agreeing = [c for c in candidates if c.weekday() == mention.weekday]
            if agreeing:
                candidates = agreeing
        if not year and anchor:
            # Without a year, the statement precedes the article: prefer dates up to a
            # week after the anchor, nearest first.
            near = [c for c in candidates if c <= anchor + timedelta(days=7)]
            candidates = near or candidates
            return min(candidates, key=lambda c: abs((anchor - c).days))
        return candidates[0]
    if mention.weekday is not None and anchor is not None:
        if mention.relative == "future":
            return None  # Kamis depan: a day still to come, not the day anyone spoke
        if mention.relative == "last_week":
            return anchor + timedelta(days=mention.weekday - anchor.weekday() - 7)  # Senin pekan lalu
        if mention.relative == "this_week":
            # Kamis pekan ini: the article's own week; a day after the article is to come.
            day = anchor + timedelta(days=mention.weekday - anchor.weekday())
            return day if day <= anchor else None
        back = (anchor.weekday() - mention.weekday) % 7
        if back == 0 and mention.relative == "past":
            back = 7
        return anchor - timedelta(days=back)
    return None


# 14/08/2025 in a byline: day, month and year in figures, as Indonesian sites write them.
_HEADER_DATE = re.compile(r"(?<![\d/])(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})(?![\d/])")
# …, 09:20 WIB after it: a clock time, which only a byline puts there.
_CLOCK_AFTER = re.compile(r"\s{0,3},?\s{0,3}(?:pukul\s{1,3})?\d{1,2}[:.]\d{2}\b", re.IGNORECASE)
_WORD_BEFORE_HEADER = re.compile(r"(?P<w>[^\W\d_]+)\s{0,3}:?\s{0,3}$")


def _header_date(head: str, lex: Lexicon) -> date | None:
    """The article's own date written in figures in its byline: followed by a clock time
    (``Kompas.com - 14/08/2025, 09:20 WIB``) or after a word saying so (``Diperbarui
    14/08/2025``). Figures alone elsewhere (a caption's ``(12/8/2025)``) are no byline."""
    for m in _HEADER_DATE.finditer(head):
        line_start = head.rfind("\n", 0, m.start()) + 1
        before = _WORD_BEFORE_HEADER.search(head[line_start:m.start()])
        if not (_CLOCK_AFTER.match(head, m.end())
                or (before is not None and before.group("w").lower() in lex.header_date_markers)):
            continue
        d = _valid(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        if d is not None and _PLAUSIBLE_YEARS[0] <= d.year <= _PLAUSIBLE_YEARS[1]:
            return d
    return None


# characters: the article's first lines, where its own date stands
HEAD_CHARS = 300


def byline_date(text: str, lex: Lexicon) -> date | None:
    """The date of the article's byline, in figures (``_header_date``), in its first
    lines; None where it has none."""
    return _header_date(text[:HEAD_CHARS], lex)


def dateline(text: str, lex: Lexicon | None = None) -> date | None:
    """The article's own date when its first lines carry one with a year: a byline's
    date in figures (``Kompas.com - 14/08/2025, 09:20 WIB``, ``Diperbarui 14/08/2025``),
    which no caption's or lead's date above it overrides, else the first date with a
    year (``Sabtu 22 Jun 2024 17:32 WIB``)."""
    lex = lex or load_lexicon()
    head = text[:HEAD_CHARS]
    byline = byline_date(text, lex)
    if byline is not None:
        return byline
    for m in find_date_mentions(head, lex):
        if m.year:
            d = resolve(m, None)
            if d:
                return d
    return None
