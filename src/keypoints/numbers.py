"""Figures as news writes them -> (value, unit), with the hedge in front and what is counted after.

"more than 39,000 people" -> 39000 (hedge "more than", counted "people"); "£1.9m" -> 1.9e6 GBP;
"40%" -> 40 %; "81-year-old" -> 81 age (in years: "nine-month-old" -> 0.75); "50 million euros" -> 5e7 EUR;
"two-thirds" -> 0.667 fraction, as "half of" and "by half" -> 0.5 and "a third of" -> 0.333 (a lone "half" or
"third" is mostly no share: "the second half", "a third term"); "a dozen" -> 12; "-5C" -> -5 °C.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .lexical import STOPWORDS, has_digit

UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS_WORDS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {
    "hundred": 1e2, "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9,
    "b": 1e9, "trillion": 1e12, "tn": 1e12,
}
FRACTIONS = {"half": 0.5, "halves": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25, "quarters": 0.25}
CURRENCY = {"$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "#": "GBP"}
""""# " (with the space) is the pound sign as tokenised CNN/DailyMail lost it: "# 400million" = £400million."""
CURRENCY_WORDS = {"euro": "EUR", "dollar": "USD", "yen": "JPY"}
"""A currency written after the figure ("50 million euros"): read as a count, it was "not in the article" beside
a bullet's "€50m". ("pounds" is as often a weight.)"""
METRES_AFTER = re.compile(
    r"\s*(?:sprint|sprints|sprinter|sprinters|hurdles|freestyle|backstroke|breaststroke|butterfly|medley|relay|"
    r"dash|race|races|final|finals|heats?|champion|title|gold|silver|bronze|event)\b",
    re.IGNORECASE,
)
"""After a bare "100m" these make it metres, not a million: "the 100m sprinters", "400m hurdles final"
(with a currency, "£100m", or another word, "100m people", it stays a million)."""
GLUED_UNITS = {"p": "pence"}
"""A unit written onto its figure that news spells out when apart: "412p" and "412 pence" count one thing
(as "p" and "pence" they were two, and "412p" a swap with the article's "10.5p"). Not "km": "5 km" is common."""
HEDGES = (
    "more than", "over", "about", "around", "nearly", "almost", "at least", "up to", "some", "roughly",
    "approximately", "fewer than", "less than", "under", "just over", "just under", "as many as", "close to",
    "an estimated", "estimated",
)
APPROXIMATE_HEDGES = frozenset(("about", "around", "nearly", "almost", "roughly", "approximately", "some", "close to",
                                "an estimated", "estimated", "just over", "just under"))
"""Hedges that admit rounding: "about 1,100" may stand for 1,139; a bare "1,100" may not."""

THOUSANDS_SPACE = "[ \u00a0\u202f]"
"""A space (plain, no-break or thin) between groups of three digits is a thousands separator, as in
"22 000" (SI style, much European and wire copy): read as two figures, 22 and 0, it contradicted "22,000"."""
_WORD_NUM = "|".join(sorted(list(UNITS_WORDS) + list(TENS_WORDS), key=len, reverse=True))
_SCALE = r"(?:hundred|thousand|million|billion|trillion|bn|mn|tn|m|k|b)"
FIGURE = re.compile(
    r"(?<![^\W_])"  # not inside a word: such a match was dropped anyway, and it swallowed the next figure
    r"(?P<cur>[$£€¥]\s?|#\s)?"
    r"(?:(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:" + THOUSANDS_SPACE + r"\d{3})+(?!\w|[.,]\d)|\d+(?:\.\d+)?)"
    r"|(?P<word>(?:" + _WORD_NUM + r")(?:[-\s](?:" + _WORD_NUM + r"))?(?![^\W\d_]))"  # not "ten" of "tensions"
    r"|(?P<dozen>a dozen|dozens|a hundred|hundreds|a thousand|thousands|a million|millions)"
    r"|(?P<share>(?:half|an?\s(?:third|quarter))(?=\s+of\s(?!an?\b))|(?P<by>half|an?\s(?:third|quarter))\b(?!\s+of\b)))"
    r"(?:\s?(?P<scale>" + _SCALE + r")\b)?"
    r"(?P<curword>\s(?:euros?|dollars?|yen)\b)?"
    r"(?P<frac>[-\s](?:halves|half|thirds?|quarters?)\b)?"
    r"(?P<age>[-\s](?:year|month|week|day)s?[-\s]old\b)?"
    r"(?P<pct>\s?(?:%|per cent\b|percent\b))?"
    r"(?P<temp>\s?°\s?(?-i:[CF])\b|(?-i:[CF])\b(?![-'’]))?",
    re.IGNORECASE,
)
RANGE_DASH = ("-", "–")
"""Between two numbers a hyphen or en dash makes a score or range ("19-12", "68–32"), not two figures."""
MINUS = ("-", "\u2212")
"""A sign right before the digits, after a space or bracket ("-5C", "(−0.3%)"), not a range's hyphen ("10-15")."""
HEDGE = re.compile(r"(?:" + "|".join(re.escape(h) for h in sorted(HEDGES, key=len, reverse=True)) + r")\s+$", re.I)
COUNTED = re.compile(r"(?:\s*|-(?=[a-z]))((?:[a-z][a-z'-]*\s+){0,2}[a-z][a-z'-]*)", re.I)
"""What a figure counts: the words after it, or joined on by a hyphen ("a 14-week trial" counts weeks, so the
article's 14 is no count of the bullet's "14 counts of fraud" where it says "four counts")."""
MONTH_PATTERN = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
"""A month name or its abbreviation, case-free: figures next to one are dates ("22 February")."""
MONTH_AFTER = re.compile(r"\s" + MONTH_PATTERN + r"\b", re.I)
MONTH_BEFORE = re.compile(MONTH_PATTERN + r"\.?\s$", re.IGNORECASE)
"""The day in "February 22" is a date, as the one in "22 February" is."""
INDEX_BEFORE = re.compile(
    r"(?:S&P|FTSE|Nikkei|DAX|CAC|Stoxx|STOXX|Russell|Nasdaq|NASDAQ|ASX|Nifty|Sensex|KOSPI|Kospi|TSX)\s$"
)
"""A stock index's number is its name ("the S&P 500 rose 1.2%", "FTSE 100", "Nikkei 225"), never a count:
as one, "FTSE 100 fell" read as 100 of something that fell."""
APPOSITIVE_AGE = re.compile(r"\b[A-Z][a-z'’-]+, $")
"""Before a bare number set off by commas, a capitalised name: news gives a person's age so ("Jane Holt,
55,")."""
APPOSITIVE_AGE_CHARS = 64
"""How far back APPOSITIVE_AGE looks: a name and its comma (the whole text before every figure made facts
quadratic in the article's length)."""
MAX_AGE = 120
AGED = re.compile(r"\baged\s$", re.IGNORECASE)
"""Before a bare number, what makes it an age: "One volunteer firefighter, aged 54, died" (a count, it was
compared with the article's "600 firefighters")."""
AGE_PERIOD = re.compile(r"[-\s](month|week|day)s?\b", re.IGNORECASE)
PER_YEAR = {"month": 12, "week": 52, "day": 365}
"""Ages are in years: "nine-month-old" is 0.75, so "a nine-year-old boy" does not match it."""
ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)\b", re.IGNORECASE)
"""Right after the digits: an ordinal ("12th", "3rd"), which ranks and counts nothing."""
PLACE_OF_HALF = re.compile(r"\b(?:the|first|second|latter|former|other|each|top|bottom|upper|lower)\s+$",
                           re.IGNORECASE)
"""Before "half of", a word that makes it a part by position ("the second half of the season"), not a share."""
SHARE_BY = re.compile(r"\bby\s+(?:(?:" + "|".join(HEDGES) + r")\s+)?$", re.IGNORECASE)
"""Before "a third" or "a quarter" without "of", what makes it a share of change ("fell by nearly a third")."""
OLD_YEAR = re.compile(r"1[0-7]\d\d")
OLD_YEAR_BEFORE = re.compile(r"(?:\b(?:in|since|until|till|from|between|circa|c\.|year|born|died)\s+|\()$", re.IGNORECASE)
"""What stands before a year before 1800: a date word or a bracket; after another such year, "to", "and" or a
dash ("1515 to 1547", "1494-1547")."""
RANGE_TO = re.compile(r"(?:\s(?:to|and)\s+|\s?[-–]\s?)$")
OLD_YEAR_END = re.compile(r"\b1[0-7]\d\d\s*(?:to|and|[-–])\s*$")
COUNTED_WORD = re.compile(r"\s+([A-Za-z]+)")
ANAPHORIC_NOUNS = frozenset(("others",))
"""Words after a figure that point back to a noun named before it ("Two others have not been located" counts
miners): the figure counts that noun, unnamed here, not "others" (a bullet's "Two miners" was read as
counting something else, and contradicted by the article's "Eleven miners")."""
TIME_AFTER = re.compile(r"\s?(?:a\.?m\b|p\.?m\b|:\d\d)", re.I)


@dataclass(frozen=True)
class Figure:
    start: int
    end: int
    text: str
    value: float
    unit: str
    """"count", "%", "age", "fraction", or a currency code."""
    hedge: str | None
    counted: str | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text, "start": self.start, "end": self.end, "value": self.value, "unit": self.unit,
            "hedge": self.hedge, "counted": self.counted,
        }


def _word_value(words: str) -> float | None:
    total = 0.0
    for part in re.split(r"[-\s]", words.lower()):
        if part in UNITS_WORDS:
            total += UNITS_WORDS[part]
        elif part in TENS_WORDS:
            total += TENS_WORDS[part]
        else:
            return None
    return total


FIGURE_WORDS = frozenset(w.encode() for w in [*UNITS_WORDS, *TENS_WORDS, "half", "third", "quarter"])
"""Words FIGURE can match only as a whole run of letters (it wants no letter before or after them)."""
FIGURE_STEMS = (b"dozen", b"hundred", b"thousand", b"million")
"""Words FIGURE's vague plurals begin with ("dozens", "a hundred"): looked for anywhere."""
LETTER_RUNS = bytes(c if chr(c).isalpha() and c < 128 else ord(" ") for c in range(256))
"""`bytes.translate` table leaving the ASCII letters and blanking everything else."""


def _may_hold_figure(text: str) -> bool:
    """False only where FIGURE cannot match: ASCII text with no digit, no number word as a whole word and
    no "dozen"/"hundred"/"thousand"/"million". Two thirds of news sentences have none, and FIGURE's search
    tries its word alternatives at every word start (~26 µs a sentence); these tests run in C (~2 µs).
    Other text is searched: under IGNORECASE a non-ASCII letter can match an ASCII one ("K" for "k")."""
    if not text.isascii() or has_digit(text):
        return True
    data = text.lower().encode("ascii")
    if any(stem in data for stem in FIGURE_STEMS):
        return True
    return not FIGURE_WORDS.isdisjoint(data.translate(LETTER_RUNS).split())


DOZENS = {"a dozen": 12.0, "dozens": 24.0, "a hundred": 100.0, "hundreds": 200.0, "a thousand": 1000.0,
          "thousands": 2000.0, "a million": 1e6, "millions": 2e6}
"""Vague plurals get a nominal value; they only ever match with a hedge-like tolerance."""


def find_figures(text: str) -> list[Figure]:
    if not _may_hold_figure(text):
        return []
    out: list[Figure] = []
    held: dict[int, float | None] = {}  # a range's first end: where it stops -> its own scale
    tails: dict[int, float | None] = {}  # a range's second end: index in `out` -> its scale
    for m in FIGURE.finditer(text):
        start, end = m.start(), m.end()
        before = text[max(0, start - 2) : start]
        joined = before[-1:] in RANGE_DASH and before[:1].isalnum() and not m.group("cur")  # "£5m-£10m": two
        tail = joined and bool(out) and out[-1].end == start - 1 and start - 1 in held
        if before[-1:].isalnum() or before[-1:] in (".", ",", ":") or (joined and not tail):
            continue  # inside a word, a number or a score ("A4", "1.5.2", "19-12"), or a name ("COVID-19", "F-35")
        if m.group("num") and not m.group("cur") and INDEX_BEFORE.search(text[max(0, start - 8) : start]):
            continue
        if m.group("num") and not (m.group("scale") or m.group("pct")) and ORDINAL_SUFFIX.match(text, end):
            continue  # "the 12th consecutive month" is a rank, not twelve of something
        if TIME_AFTER.match(text, end) or (m.group("num") and (MONTH_AFTER.match(text, end)
                                                                or MONTH_BEFORE.search(text[max(0, start - 11) : start]))):
            continue  # "3 p.m.", "10:30" are times, not figures
        head = (text[end : end + 1] in RANGE_DASH and text[end + 1 : end + 2].isdigit()
                and not (m.group("pct") or m.group("scale")))
        if head and m.group("cur") is None and not m.group("num"):
            continue  # "two-3" is no range
        # The first half of a score or a range ("19-12", "10-15%", "$2-3bn"): held until its second half
        # says which (`_ranges`); "5.25%-5.50%" and "£5m-£10m" are two figures of their own.
        if m.group("num"):
            value = float(re.sub(",|" + THOUSANDS_SPACE, "", m.group("num")))
            if not m.group("cur") and not m.group("pct") and not m.group("scale") and re.fullmatch(r"(1[89]|20)\d\d", m.group("num")):
                continue  # a year is a date, not a figure
            if not (m.group("cur") or m.group("pct") or m.group("scale")) and _old_year(text, m.group("num"), start, end):
                continue  # "reigned from 1515 to 1547", "(1494-1547)": dates too
        elif m.group("word"):
            v = _word_value(m.group("word"))
            if v is None:
                continue
            value = v
        elif m.group("share"):
            if m.group("share")[:1] in "hH" and PLACE_OF_HALF.search(text, max(0, start - 8), start):
                continue  # "the second half of the match" is a time, not a share
            if m.group("by") and not SHARE_BY.search(text, max(0, start - 24), start):
                continue  # "a third term": a rank; "fell by nearly a third" is a share
            value = 1.0  # "half of", "a third of": the fraction below
        else:
            value = DOZENS[m.group("dozen").lower()]
        scale = (m.group("scale") or "").lower()
        metres = scale == "m" and not m.group("cur") and bool(m.group("num")) and METRES_AFTER.match(text, end)
        if metres:
            scale = ""  # "100m sprint": a distance, counted as "100 metres" is
        if scale in ("m", "b", "k") and not (m.group("cur") or m.group("num")):
            continue
        if scale == "b" and not m.group("cur"):
            continue
        value *= SCALES.get(scale, 1.0)
        aged_for = False  # "aged nine months": the period is the figure's, and it counts nothing after it
        if m.group("frac") or m.group("share"):
            frac = (m.group("frac") or m.group("share")).split()[-1].strip(" -").lower()
            value = value * FRACTIONS[frac]
            unit = "fraction"
        elif m.group("age") or (
            m.group("num") and not scale and text[end : end + 1] == "," and 0 < value <= MAX_AGE
            and APPOSITIVE_AGE.search(text, max(0, start - APPOSITIVE_AGE_CHARS), start)
        ) or (not scale and 0 < value <= MAX_AGE and AGED.search(text, max(0, start - 6), start)):
            unit = "age"  # "81-year-old", "Hassan Ait Bel, 55, a shepherd", "a firefighter aged 54"
            period = AGE_PERIOD.match(m.group("age") or "") or (None if m.group("age") else AGE_PERIOD.match(text, end))
            if period:  # "nine-month-old", "aged nine months": 0.75 years, not a nine-year-old
                value /= PER_YEAR[period.group(1).lower()]
                if not m.group("age"):
                    end, aged_for = period.end(), True
        elif m.group("pct"):
            unit = "%"
        elif m.group("temp"):
            unit = "°" + m.group("temp").strip(" °").upper()
        elif m.group("cur"):
            unit = CURRENCY[m.group("cur").strip()]
        elif m.group("curword"):
            unit = CURRENCY_WORDS[m.group("curword").strip().lower().rstrip("s")]
        else:
            unit = "count"
        if m.group("word") and value == 1 and unit == "count" and not scale:
            continue  # "one" is mostly a pronoun ("one of the ...")
        while end > start and text[end - 1].isspace():
            end -= 1
        if m.group("num") and not m.group("cur") and text[start - 1 : start] in MINUS and (
            start == 1 or text[start - 2] in " \t\n(["
        ):
            start, value = start - 1, -value  # "-5C", "−0.3%": the sign is the figure's
        elif m.group("num") and not m.group("cur") and text[max(0, start - 6) : start].lower() == "minus ":
            start, value = start - 6, -value  # "minus 5C"
        hm = HEDGE.search(text, max(0, start - 20), start)
        hedge = hm.group(0).strip().lower() if hm else None
        counted = None
        if unit == "count" or unit in CURRENCY.values() or (unit == "age" and not aged_for):
            cm = COUNTED.match(text, end)
            if cm:
                words: list[str] = []
                for w in cm.group(1).lower().split():
                    if w in UNITS_WORDS or w in TENS_WORDS:
                        break  # "£1.2bn for the six months": the next figure's, not what this one counts
                    if w in ANAPHORIC_NOUNS and not words:
                        break
                    if w in STOPWORDS or w in ("people's",):
                        if words:
                            break
                        continue
                    words.append(w)
                if words and text[end : end + 1].isalpha():  # glued on: "412p" counts what "412 pence" does
                    words[0] = GLUED_UNITS.get(words[0], words[0])
                counted = " ".join((["metres", *words] if metres else words)[:2]) or None
        out.append(Figure(start, end, text[start:end], value, unit, hedge, counted))
        if head:
            held[end] = SCALES[scale] if scale else None
        if tail:
            tails[len(out) - 1] = SCALES[scale] if scale else None
    return _ranges(text, out, held, tails)


def _old_year(text: str, num: str, start: int, end: int) -> bool:
    """A year before 1800 ("from 1515 to 1547", "(1708-1765)", "in 1494"): four digits after a date word, a
    bracket or a dash, and no counted noun after them ("in 1500 people" is a count). Read as counts, they
    contradicted one another ("1547 does not match the article's 1515")."""
    if not OLD_YEAR.fullmatch(num):
        return False
    if not OLD_YEAR_BEFORE.search(text, max(0, start - 12), start) and not (
        RANGE_TO.search(text, max(0, start - 6), start) and OLD_YEAR_END.search(text, max(0, start - 12), start)
    ):
        return False
    after = COUNTED_WORD.match(text, end)
    return after is None or after.group(1).lower() in STOPWORDS


def _ranges(
    text: str, figures: list[Figure], held: dict[int, float | None], tails: dict[int, float | None]
) -> list[Figure]:
    """Both ends of a range as figures of the unit its second end gives ("10-15%" -> 10% and 15%; "$2-3
    billion" -> 2bn and 3bn USD; "20-25 people"), and neither end of a score ("won 19-12", "a 2-1 win"):
    a bare range gave no figure, so "rise 20-25%" passed against an article's "10-15%".
    `held`: where each held first end stops (its scale, if it had one); `tails`: second ends (their scale)."""
    out: list[Figure] = []
    skip = False
    for i, f in enumerate(figures):
        if skip:
            skip = False
            continue
        if f.end not in held:
            nxt = figures[i + 1] if i + 1 < len(figures) else None
            spelled = nxt is not None and nxt.unit == "%" and _spelled_range(text, f, nxt)
            if spelled and f.unit == "count" and not f.counted:
                f = Figure(f.start, f.end, f.text, f.value, "%", f.hedge, None)  # "between 3 and 4 per cent"
            out.append(f)
            continue
        nxt = figures[i + 1] if i + 1 < len(figures) and i + 1 in tails else None
        if nxt is None or not _is_range_end(f, nxt, tails[i + 1]):
            skip = nxt is not None  # a score, or a range of nothing: neither end is a figure
            continue
        value = f.value
        if held[f.end] is None and tails[i + 1]:
            value *= tails[i + 1]  # "$2-3 billion": the first end is in billions too
        unit = f.unit if f.unit in CURRENCY.values() else nxt.unit
        out.append(Figure(f.start, f.end, f.text, value, unit, f.hedge, nxt.counted))
        out.append(Figure(nxt.start, nxt.end, nxt.text, nxt.value, unit, f.hedge, nxt.counted))
        skip = True
    return out


SPELLED_RANGE = re.compile(r"\s+(?:to|and)\s+$")
RANGE_OPENER = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)
"""A range in words takes its unit from the second end: "between 3 and 4 per cent", "from 3 to 4%"."""


def _spelled_range(text: str, first: Figure, second: Figure) -> bool:
    return (SPELLED_RANGE.match(text[first.end : second.start]) is not None
            and RANGE_OPENER.search(text, max(0, first.start - 12), first.start) is not None)


RANGE_OF = frozenset(
    "people years months weeks days hours minutes times children men women homes houses jobs miles metres "
    "meters feet inches degrees".split()
)
"""Plural nouns a bare range counts ("20-25 people", "3-4 days"); after a score the noun is singular ("a 2-1
win") or absent, and other plurals are too often a team ("the 31-24 Patriots")."""


def _is_range_end(first: Figure, second: Figure, scale: float | None) -> bool:
    """Whether `first`-`second` is a range of something, not a score: a percentage, an amount, a scale
    ("2-3 million") or a plural count after it."""
    if second.unit in ("%", "age") or second.unit in CURRENCY.values() or first.unit in CURRENCY.values():
        return True
    if scale:
        return True
    return bool(second.counted) and second.counted.split()[0] in RANGE_OF


def plain_number(value: float) -> str:
    """A figure's value as an editor writes it: "48,000,000", "2.5", "0.33" (`:g` gave "4.8e+07")."""
    if value == int(value) and abs(value) < 1e15:
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def same_figure(a: Figure, b: Figure) -> bool:
    """Equal value and unit, allowing the rounding a hedge admits (5%), and £1.9m == 1,900,000."""
    if a.unit != b.unit and not ({a.unit, b.unit} <= {"count", "age"}):
        return False
    if a.value == b.value:
        return True
    tolerance = 0.05 if (a.hedge in APPROXIMATE_HEDGES or b.hedge in APPROXIMATE_HEDGES) else 0.0
    return abs(a.value - b.value) <= tolerance * max(abs(a.value), abs(b.value))
