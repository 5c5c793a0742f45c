"""Fact finding (`keypoints.facts`): figures, quotes with their speakers, named entities and dates, each with its exact span.

Rules, not a model: they run offline at article speed, and every item points at the input
(`text[start:end] == item text`). Entities use capitalisation, so lowercased text yields figures,
quotes and dates but few names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from .lexical import STOPWORDS
from .numbers import Figure, find_figures
from .records import Document, Sentence, Snippet

QUOTE = re.compile(r"[\"“]([^\"“”]{3,600}?)[\"”]|‘([^‘’]{3,600}?)’(?!\w)")
SAY = r"(?:said|says|told|added|explained|warned|insisted|claimed|stated|wrote|tweeted|asked|announced|according to)"
NAME = r"(?:[A-Z][\w'’.-]*(?:\s+(?:de|van|von|al|bin|la|le|du)?\s*[A-Z][\w'’.-]*){0,4})"
TITLE_WORDS = (
    r"(?:spokesperson|spokesman|spokeswoman|minister|secretary|president|prime minister|chief|director|"
    r"leader|mayor|governor|senator|officer|commissioner|chairman|chairwoman|chair|ceo|professor|dr|mr|mrs|ms)"
)
AFTER_SPEAKER = re.compile(r"^[\s,]*" + SAY + r"\s+(?P<who>(?:the\s+)?" + NAME + r")", re.UNICODE)
# An appositive between a name and its verb ("Tom Reed, who voted against the plan, said"): up to
# 80 characters between commas, with no quote mark in it, so the name before it is the speaker.
APPOSITIVE = r",\s+(?P<app>[^,\"“”]{2,80}),"
# A name after a description ending in a lowercase role word: "said asbestosis sufferer Bernie Banton",
# "said Pipa director Steven Kull", "said EEF chief economist, Steve Radley" (AFTER_SPEAKER took "Pipa", "EEF").
# No preposition in the description: "said Rafael Marques of the pro-democracy George Soros Foundation".
_PREPOSITION = r"(?:of|at|from|for|in|behind|with|by|on|to|about|after|before)\b"
AFTER_SPEAKER_DESC = re.compile(
    r"^[\s,]*" + SAY + r"\s+(?:(?!" + _PREPOSITION + r")[\w'’&.-]+\s+){0,4}?"
    r"(?!" + _PREPOSITION + r")(?P<role>[a-z][\w'’-]*),?\s+(?P<who>" + NAME + r")"
    r"(?=[.,;:!?]|\s*$|\s+(?:of|at|from|for|in)\b)"
)
AFTER_SPEAKER_REV = re.compile(r"^[\s,]*(?P<who>(?:the\s+)?[\w\s'’.-]{0,60}?" + NAME + r")\s+" + SAY + r"\b")
AFTER_SPEAKER_APPOS = re.compile(r"^[\s,]*(?P<who>" + NAME + r")" + APPOSITIVE + r"\s+" + SAY + r"\b")
AFTER_PRONOUN = re.compile(r"^[\s,]*(?:(?P<p1>he|she|they)\s+" + SAY + r"|" + SAY + r"\s+(?P<p2>he|she|they))\b", re.I)
# A second appositive may follow the first ("Prof Anna Reed, of Leeds University, who studies floods, said:"),
# or the name inside the first was taken for the speaker.
# Where a person's organisation follows the name ("Dr Sam Okoye of Caltech said", "Mark Ellison of West Yorkshire
# Police said"): the name before it is the speaker, or the whole is one name ("the Bank of England said", `_named`).
OF_PLACE = r"(?P<of>(?:\s+(?:of|at|from)\s+(?:the\s+)?" + NAME + r"){1,2})?"
BEFORE_SPEAKER = re.compile(
    r"(?P<who>" + NAME + r")" + OF_PLACE + r"(?:" + APPOSITIVE + r"(?:\s+[^,\"“”]{2,80},)?)?\s+" + SAY
    + r"(?:\s+[\w\s]{0,40}?)?\s*[:,]?\s*$"
)
# A name that is itself the appositive of a role: "Its leader, Tom Reed, said: ...", "..., its leader, Tom
# Reed, said." (the comma after the name kept every pattern above from reaching its verb).
NAMED_ROLE = r",\s+(?P<who>" + NAME + r"),\s+"
BEFORE_NAMED_ROLE = re.compile(NAMED_ROLE + SAY + r"(?:\s+[\w\s]{0,40}?)?\s*[:,]?\s*$")
AFTER_NAMED_ROLE = re.compile(r"^[\s,]*[\w\s'’.-]{1,60}?" + NAMED_ROLE + SAY + r"\b")
ROLE = (
    r"(?:spokesman|spokeswoman|spokesperson|official|officials|source|sources|statement|police|officers?|"
    r"minister|ministry|department|agency|council|government|court|report|prosecutors?)"
)
# An unnamed speaker by role after the quote: "..., the Environment Agency spokesman said" / "..., said a
# police spokeswoman". The phrase is the speaker (it names no one, but it is not the last person named).
# "The company" / "the club" are left out: they point back to the organisation just named.
_ROLE_PHRASE = (
    r"(?:the|a|an)\s+(?P<who>(?:(?!" + SAY + r"\b)[\w'’-]+\s+){0,4}" + ROLE + r"\b"
    r"(?:\s+(?:for|of|at)\s+(?:the\s+)?" + NAME + r"|\s+" + NAME + r")?)"
)
AFTER_ROLE = re.compile(
    r"^[\s,]*(?:" + SAY + r"\s+" + _ROLE_PHRASE + r"|" + _ROLE_PHRASE.replace("?P<who>", "?P<who2>") + r"\s+" + SAY + r"\b)"
)
REPORT = r"(?:" + SAY + r"|described|called|accused|condemned|dismissed|branded|labelled|urged|promised|admitted|denied)"
# Reported speech with a quoted phrase: "Mr Clarke accused him of trying to score "cheap political points"".
REPORTED_SPEAKER = re.compile(r"(?P<who>" + NAME + r")" + OF_PLACE + r"(?:" + APPOSITIVE + r")?\s+" + REPORT + r"\b[^\"“”]*$")
REPORTED_NAMED_ROLE = re.compile(NAMED_ROLE + REPORT + r"\b[^\"“”]*$")
REPORTED_PRONOUN = re.compile(r"\b(?P<p>he|she|they)\s+" + REPORT + r"\b[^\"“”]*$", re.I)
PRONOUNS = frozenset(("He", "She", "They", "It", "We", "I", "You"))
"""Not a speaker's name: "he"/"she" stand for the last person named; "they", "it", "we" for nobody named."""
PERSON_TITLE_WORDS = (
    r"\b(?:Mr|Mrs|Ms|Dr|Prof|President|Prime Minister|Minister|Senator|Sen|Gov|Governor|Mayor|Judge|Justice|"
    r"Chancellor|King|Queen|Prince|Princess|Pope|General|Gen|Captain|Capt|Sgt|Officer|Rep|Secretary|Chief|"
    r"MP|MEP|MSP)"
)
PERSON_TITLE = re.compile(PERSON_TITLE_WORDS + r"\.?\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")
# "and" does not join: in news it mostly lists two names ("Blair and Brown", "The Streets and Foo Fighters").
CAPITALISED = re.compile(r"\b[A-Z][\w'’&.-]*(?:\s+(?:of|the|for|de|du|van|von|al)?\s*[A-Z][\w'’&.-]*)*")
POSSESSIVE = re.compile(r"['’]s?$")
ORG_CUES = re.compile(
    r"\b(?:Inc|Ltd|Corp|Co|Group|Council|Ministry|Department|Party|Police|University|Agency|Commission|Committee|"
    r"Association|Bank|Court|Parliament|Senate|Congress|Army|Navy|Force|Union|Organisation|Organization|Institute|"
    r"Foundation|Club|FC|Airlines|Company|Office|Service|Hospital|School|Board|Authority|News|Times|Post|Forum|"
    r"Federation|Alliance|Network|Motors|Holdings|Industries|Fund|Trust|Exchange|Nations|Fuels|"
    r"Cup|Open|League|Slam|Championships?|Games|Olympics|Prix|Awards?|Festival|Democrats?|Dems?|Republicans?|"
    r"Conservatives?|Tories|Labour|Lords|Commons|United|Rovers|Athletic|Radio|TV|Sport|Rugby|Research|Theatre|"
    r"Museum|Gallery|Orchestra|Records|Studios|Press|Standard|Telegraph|Guardian|Herald|Mail|Express|Mirror|"
    r"Journal|Gazette|Chronicle|Observer|Chartered|Boerse|Survey|Administration|Bureau|Secretariat|Assembly|"
    r"Reuters|Bloomberg|AFP|NATO|Nato|FIFA|Fifa|UEFA|Uefa|NASA|Nasa|Pentagon|Kremlin|Interpol|Europol|"
    r"Reserve|Fed|Federal|Treasury|Exchequer|Regulator|Tribunal|Coalition)\b"
)
"""Words that make a capitalised name an organisation (party, team, contest, outlet), never a person."""
PLACE_BEFORE = re.compile(
    r"\b(?:in|from|at|to|near|across|outside|(?:north|south|east|west)(?:-?(?:east|west))?\s+of|"
    r"(?:village|town|city|region|province|district|county|island|capital|port)\s+of)\s+$"
)
"""Before a place: "in", "near", "southwest of Marrakech", "the village of Moulay Brahim" (a person's name
after "of" a compass point or a kind of place was read as one)."""
PLACE_BEFORE_CHARS = 24
"""How far back PLACE_BEFORE looks: "north-west of " and "the province of " are longer than "outside "."""
PLACE_AFTER = re.compile(
    r"\s+(?:mountains?|hills|river|valley|region|province|desert|islands?|coast|peninsula|sea|lake|plateau|"
    r"delta|basin|district|county|state|arena|stadium|park|square|airport|station|bridge|beach|forest)\b"
)
"""A lowercase place word after a name: "the High Atlas mountains", "the Nile delta", "Idlib province", "the
city's Black Meadow arena" (read as a person, it was the "he" of the next quote)."""
DEMONYM = re.compile(r"(?:ian|ean|ese|ish|can|man|nch|tch|ern)$")
"""A people's adjective before a place word is not the place: "the Indian state of ...", "German region"."""
NOT_A_NAME = frozenset("GDP CEO CFO IPO VAT GMT BST UTC EST EDT PST AM PM".split())
"""Capitalised abbreviations news uses as common nouns or clock labels, not names of anything."""
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
"""The names dates are made of: the patterns below, and `check`'s month and weekday comparison, use them."""
MONTHS = r"(?:" + "|".join(MONTH_NAMES) + r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
_WEEKDAY = r"(?:" + "|".join(WEEKDAYS) + r")"
DATE = re.compile(
    r"\b(?:\d{1,2}(?:st|nd|rd|th)?\s+" + MONTHS + r"(?:\s+\d{4})?|" + MONTHS + r"\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|"
    r"(?:last|next|this)\s+(?:week|month|year|night|" + _WEEKDAY[3:-1] + r"|spring|summer|autumn|fall|winter)|"
    + _WEEKDAY + r"(?:\s+(?:morning|afternoon|evening|night))?|"
    r"yesterday|today|tonight|tomorrow|"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:days|weeks|months|years|hours|minutes)|"
    r"\d{1,2}(?::\d{2})?\s?(?:a\.m\.|p\.m\.|am|pm)|(?:19|20)\d{2}s?)\b",
    re.IGNORECASE,
)
QUOTE_RUN_MAX = 4
"""Sentences a quote may run across ("X said: "One. Two. Three.""); past that an unclosed mark is a typo."""
QUOTE_OPENERS = "\"“"
"""The marks a quote opens on (QUOTE's double ones; a single "‘" is too often an apostrophe's twin)."""
NAME_ONLY = re.compile(NAME)
# Words that open a clause, not a name: "But David Frost said" is David Frost.
LEADING_FILLERS = frozenset(("the", "a", "an", "and", "but", "so", "yet", "or", "then", "now"))
# A month named alone is a date when a preposition leads in ("in February", "since May"); case-sensitive,
# so "may" the verb and "march" the walk stay words, and "Theresa May" (no preposition) stays a name.
BARE_MONTH = re.compile(
    r"\b(?:in|since|until|till|by|from|of|last|next|this|early|late|mid-?|between|and|or|before|after|during|through)"
    r"\s+(?P<month>(?:" + "|".join(MONTH_NAMES) + r")(?:\s+\d{4})?)\b"
)
# The last word of a multi-word name that makes it a place ("Harbour Bridge", "Oxford Street").
PLACE_END = re.compile(
    r"\s(?:Street|Road|Avenue|Lane|Bridge|River|Lake|Mountains?|Island|Islands|Bay|Square|Station|Airport|Harbour|"
    r"Harbor|County|Province|Valley|Beach|Coast|Sea|Ocean|Gulf|Strait|Desert|Forest|Peninsula|Quay|Wharf|Canal|"
    r"Estuary|Reservoir|Stadium|Arena|Racecourse|Cathedral|Castle|Palace|Abbey|Prison|Airfield)$"
)
PLACE_LAST = re.compile(
    r"\s(?:Africa|America|Korea|States|Zealand|York|Britain|Kingdom|Republic|Emirates|Arabia|Lanka|Leone|Rica|Kong|"
    r"Guinea|Ireland|Wales|Scotland|England|Europe|Asia|City)$"
)
"""Two-word places read as people ("South Africa", "New York", "North Korea", "Hong Kong")."""
KNOWN_PLACES = frozenset(
    """Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan Bahamas
    Bahrain Bangladesh Barbados Belarus Belgium Belize Benin Bhutan Bolivia Bosnia Botswana Brazil
    Brunei Bulgaria Burkina Burundi Cambodia Cameroon Canada Chile China Colombia Comoros Congo Croatia
    Cuba Cyprus Czechia Denmark Djibouti Dominica Ecuador Egypt Eritrea Estonia Eswatini Ethiopia Fiji
    Finland France Gabon Gambia Georgia Germany Ghana Greece Grenada Guatemala Guinea Guyana Haiti
    Honduras Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Jamaica Japan Kazakhstan
    Kenya Kiribati Kosovo Kuwait Kyrgyzstan Laos Latvia Lebanon Lesotho Liberia Libya Liechtenstein
    Lithuania Luxembourg Madagascar Malawi Malaysia Maldives Mali Malta Mauritania Mauritius Mexico
    Micronesia Moldova Monaco Mongolia Montenegro Morocco Mozambique Myanmar Burma Namibia Nauru Nepal
    Netherlands Nicaragua Niger Nigeria Norway Oman Pakistan Palau Palestine Panama Paraguay Peru
    Philippines Poland Portugal Qatar Romania Russia Rwanda Samoa Senegal Serbia Seychelles Singapore
    Slovakia Slovenia Somalia Spain Sudan Suriname Sweden Switzerland Syria Taiwan Tajikistan Tanzania
    Thailand Togo Tonga Tunisia Turkey Turkmenistan Tuvalu Uganda Ukraine Uruguay Uzbekistan Vanuatu
    Venezuela Vietnam Yemen Zambia Zimbabwe Britain England Scotland Wales Europe Africa Asia America
    Antarctica Arctic Gaza Crimea Kashmir Tibet Greenland Catalonia Bavaria Quebec Ontario Texas
    California Florida Alaska Hawaii Ohio Oregon London Paris Berlin Madrid Rome Moscow Kyiv Kiev
    Beijing Shanghai Tokyo Delhi Mumbai Dubai Cairo Lagos Nairobi Johannesburg Sydney Melbourne Toronto
    Vancouver Washington Chicago Boston Brussels Amsterdam Vienna Geneva Zurich Stockholm Oslo
    Copenhagen Helsinki Dublin Belfast Edinburgh Glasgow Cardiff Manchester Liverpool Birmingham Leeds
    Bristol Newcastle Sheffield Nottingham Leicester Oxford Cambridge Brighton Aberdeen Dundee Swansea
    Istanbul Ankara Tehran Baghdad Damascus Beirut Jerusalem Riyadh Kabul Islamabad Karachi Dhaka
    Bangkok Jakarta Manila Seoul Pyongyang Singapore Athens Lisbon Warsaw Prague Budapest Bucharest
    Havana Caracas Lima Bogota Brasilia""".split()
) | frozenset(
    ("United States", "United Kingdom", "United Arab Emirates", "Saudi Arabia", "South Africa",
     "South Korea", "North Korea", "New Zealand", "Sri Lanka", "Sierra Leone", "Costa Rica",
     "El Salvador", "Ivory Coast", "Czech Republic", "Dominican Republic", "Papua New Guinea",
     "East Timor", "Northern Ireland", "Hong Kong", "New York", "Los Angeles", "San Francisco",
     "Las Vegas", "New Delhi", "Buenos Aires", "Mexico City", "Tel Aviv", "Cape Town", "Abu Dhabi",
     "West Bank", "Middle East", "South Sudan", "Bosnia and Herzegovina", "Trinidad and Tobago",
     "Antigua and Barbuda", "Sao Paulo", "Rio de Janeiro", "Kuala Lumpur")
)
"""Countries, nations and regions, and cities news names most: their names carry no cue word ("Germany",
"Brazil" were kind "name", "United States" an organisation for its "United", and a sentence's first word
"France" was dropped as any capitalised opener is). Knowledge, not a list taken from any data set; names
that are as often a person's ("Chad", "Jordan", "Santiago") are left out."""
NOT_A_PERSON_LAST = re.compile(r"\s(?:Act|Bill|Day|Year|Week|Bowl|Show|Prize|Report|Plan)$")
"""Named things, not people: "Human Rights Act", "Boxing Day", "New Year", "Super Bowl"."""
PLACE_START = re.compile(r"^(?:River|Lake|Loch|Lough|Mount|Mt\.?|Port|Cape|Fort|(?:Gulf|Straits?|Bay|Sea|Isles?) of)\s")
"""The first word that makes a name a place: "River Wey", "Mount Everest", "Gulf of Mexico" were read as people
(a person is any two capitalised words); "Lake Bell" the actress is the rarer reading."""
SENTENCE_START_SKIP = frozenset(
    "Since Although Though Despite Following Meanwhile Last Next Yet Many Another Every Three".split()
)
"""Sentence openers that are no name, beyond STOPWORDS (which `_entities` tests as well)."""


@dataclass(frozen=True)
class Quote:
    start: int
    end: int
    text: str
    """The quoted words, without the quote marks; [start, end) covers exactly them."""
    speaker: str | None
    speaker_span: tuple[int, int] | None
    sentence_id: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text, "start": self.start, "end": self.end, "speaker": self.speaker,
            "speaker_span": list(self.speaker_span) if self.speaker_span else None, "sentence_id": self.sentence_id,
        }


@dataclass(frozen=True)
class Facts:
    figures: tuple[Figure, ...]
    quotes: tuple[Quote, ...]
    entities: tuple[Snippet, ...]
    dates: tuple[Snippet, ...]
    source_format: str = "text"
    extracted_text: str | None = field(default=None, repr=False)
    warnings: tuple[str, ...] = ()
    """The input's decode warnings (invalid UTF-8, lone surrogates): the facts' text is not what was sent."""

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "figures": [f.to_dict() for f in self.figures],
            "quotes": [q.to_dict() for q in self.quotes],
            "entities": [e.to_dict() for e in self.entities],
            "dates": [d.to_dict() for d in self.dates],
            "source_format": self.source_format,
        }
        if self.extracted_text is not None:
            out["extracted_text"] = self.extracted_text
        if self.warnings:  # only then, as the HTTP API documents for facts replies
            out["warnings"] = list(self.warnings)
        return out


def extract_facts(doc: Document, *, with_figures: bool = True) -> Facts:
    """`with_figures=False`: no figures (the checker wants quotes and speakers only, and reading what a
    figure counts loads lemminflect's tables, 0.5 s and 50 MB, into every `brief` that quotes someone)."""
    text = doc.text
    figures: list[Figure] = []
    dates: list[Snippet] = []
    entities: list[Snippet] = []
    people: list[list[Snippet]] = []  # per body sentence
    body = doc.body
    known = _names_mid_sentence(text)
    for s in body:
        seg = text[s.start : s.end]
        for f in find_figures(seg) if with_figures else ():
            counted = f.counted if f.counted and _nounish(f.counted.split()[0]) and not _dated(f.counted) else None
            figures.append(Figure(f.start + s.start, f.end + s.start, f.text, f.value, f.unit, f.hedge, counted))
        spans = date_spans(seg)
        for a, b in spans:
            dates.append(Snippet("date", s.start + a, s.start + b, seg[a:b]))
        sent_entities = _entities(seg, s.start, spans, known)
        entities.extend(sent_entities)
        people.append([e for e in sent_entities if e.kind == "person" or (e.kind == "name" and _opens(seg, e.start - s.start))])
    # A lone last name opening a sentence is its subject, a mention of the person the text names in full:
    # "Dvorak conceded defeat ... "I will serve ...," he said" is Dvorak's. (Any lone last name was tried:
    # an object, "... the heart of the Blair government", took as many BBC dev quotes as it gave.)
    surnames = {w for ps in people for e in ps if e.kind == "person" and (w := e.text.split()[-1]) not in KNOWN_PLACES
                and w.lower() not in STOPWORDS}
    for k, s in enumerate(body):  # an opener `_entities` drops as any capitalised first word ("Reed conceded")
        om = OPENER.match(text, s.start, s.end)
        if om and om.group(1) in surnames and not any(e.start == om.start(1) for e in people[k]):
            people[k].insert(0, Snippet("name", om.start(1), om.end(1), om.group(1)))
    people = [[e for e in ps if e.kind == "person" or e.text in surnames] for ps in people]
    quotes: list[Quote] = []
    last_person: tuple[str, tuple[int, int]] | None = None
    run_on: tuple[str, tuple[int, int]] | None = None  # the speaker of a quote in the previous sentence
    run_on_he: tuple[str, tuple[int, int]] | None = None  # the same, unless someone was named after that quote
    i = 0
    while i < len(body):
        j = _quote_run(text, body, i)
        start = body[i].start
        seg = text[start : body[j].end]
        found_speaker: tuple[str, tuple[int, int]] | None = None
        for m in QUOTE.finditer(seg):
            g = 1 if m.group(1) is not None else 2
            qa, qb = m.start(g) + start, m.end(g) + start
            speaker, sspan = _speaker(seg, m, start, last_person, run_on, run_on_he)
            sid = next(s.id for s in reversed(body[i : j + 1]) if s.start <= qa)
            quotes.append(Quote(qa, qb, text[qa:qb], speaker, sspan, sid))
            if speaker and sspan:
                last_person = found_speaker = (speaker, sspan)
        # Only a speaker named in the run itself goes on: one resolved from the last person named (the
        # quote had no attribution of its own) would carry a guess into the next quote.
        run_on = found_speaker if found_speaker and start <= found_speaker[1][0] < body[j].end else None
        named = [p for ps in people[i : j + 1] for p in ps]
        last_end = quotes[-1].end if quotes and quotes[-1].start >= start else None
        # "Hewitt said he had a "gutful" but Pollard rejected his comments. "We did ask ...," he said": Pollard's.
        run_on_he = run_on if last_end is not None and not any(p.start > last_end for p in named) else None
        if named:
            last_person = (named[-1].text, (named[-1].start, named[-1].end))
        i = j + 1
    return Facts(
        figures=tuple(figures), quotes=tuple(quotes), entities=tuple(entities), dates=tuple(dates),
        source_format=doc.source_format, extracted_text=doc.text if doc.source_format == "html" else None,
        warnings=doc.warnings,
    )


def _quote_run(text: str, body: tuple[Sentence, ...], i: int) -> int:
    """The last body sentence of the run that starts at `i` and holds its quotes whole: a quote opened and
    not closed in a sentence ("Priya Shah said: "For too long ... rain. | Tonight we ... answer."") runs on
    into the next ones of its paragraph, up to QUOTE_RUN_MAX sentences; per sentence it was never found.
    A next sentence that opens on a quote mark ends the run: "...uncertain. | "It is ..." reopens the
    quote at each sentence (BBC style), and read as one run its marks paired across the sentences."""
    j = i
    while (
        j + 1 < len(body) and j + 1 - i < QUOTE_RUN_MAX and body[j + 1].id == body[j].id + 1
        and body[j + 1].paragraph == body[i].paragraph and body[j + 1].text[:1] not in QUOTE_OPENERS
        and _open_quote(text[body[i].start : body[j].end])
    ):
        j += 1
    if j > i and not all(_well_paired(m) for m in QUOTE.finditer(text, body[i].start, body[j].end)):
        return i  # a stray mark ('had not been "sufficient ...') paired the marks after it wrongly
    return j


def _well_paired(m: re.Match[str]) -> bool:
    """Whether a quote's marks face inwards: a word right after the opening one and right before the
    closing one (a run that pairs a closing mark with the next opening one quotes '" The committee ... "')."""
    inner = m.group(1) if m.group(1) is not None else m.group(2)
    return not inner[:1].isspace() and not inner[-1:].isspace()


def _open_quote(seg: str) -> bool:
    """Whether a double quote opened in `seg` is still open at its end (an odd number of straight marks,
    or a curly opening mark after the last closing one)."""
    return seg.count('"') % 2 == 1 or seg.rfind("“") > seg.rfind("”")


def date_spans(text: str) -> list[tuple[int, int]]:
    """The dates a text gives, as sorted (start, end): a month after a preposition ("in May"), then every
    `DATE` not overlapping one. `facts` lists them; `check` compares their months and weekdays."""
    found = [(m.start("month"), m.end("month")) for m in BARE_MONTH.finditer(text)]
    found += [(m.start(), m.end()) for m in DATE.finditer(text) if not any(a < m.end() and m.start() < b for a, b in found)]
    return sorted(found)


def _dated(counted: str) -> bool:
    """Whether what a figure seems to count is a date ("31 votes to 9 on Tuesday": 9 counted "tuesday",
    past the stopword "on"): a weekday or month names when, not what."""
    first = POSSESSIVE.sub("", counted.split()[0])
    return first in WEEKDAYS or first.capitalize() in MONTH_NAMES


@lru_cache(maxsize=65536)
def _nounish(word: str) -> bool:
    """Whether a word after a figure can be what it counts: "£31m to add" counts no "add", "£30m expects"
    no "expects" (lemminflect knows them only as verbs); unknown words (names) and adjectives can. A
    plural it lists only as a verb ("19 aces") goes too: a verb's "-s" after a figure is commoner.
    Applied to what `facts` shows, not inside `numbers`: `brief`'s self-check would load lemminflect
    (+29 MB RSS)."""
    from lemminflect import getAllLemmas  # deferred: a ~0.2 s import that text without figures never needs

    lemmas = getAllLemmas(word)
    return not lemmas or bool({"NOUN", "PROPN", "ADJ"} & set(lemmas))


def _speaker(  # type: ignore[no-untyped-def]
    seg: str, m: re.Match[str], offset: int, last: tuple[str, tuple[int, int]] | None,
    run_on: tuple[str, tuple[int, int]] | None = None, run_on_he: tuple[str, tuple[int, int]] | None = None,
):
    """Who said the quote: after it ("..., said X" / "..., X said"), before it ("X said: ..."),
    a pronoun resolved to the last person named, or the subject of reported speech it sits in
    ("Mr Clarke accused him of trying to score "cheap political points""). A bare quote opening its
    sentence goes on from the previous sentence's quote (`run_on`, its speaker) when there was one, and
    one closed by "he said" too unless someone was named after that quote (`run_on_he`), else to the
    last person named: "...," said Helen Ward, after meeting David Lin. "The numbers ..."
    is Ward's."""
    after = seg[m.end() :]
    dm = AFTER_SPEAKER_DESC.match(after)
    if dm and dm.group("role") not in STOPWORDS and (found := _located(seg, dm, m.end() + dm.start("who"), offset)):
        return found
    for rx in (AFTER_SPEAKER, AFTER_SPEAKER_REV, AFTER_SPEAKER_APPOS, AFTER_NAMED_ROLE):
        am = rx.match(after)
        if am and (found := _located(seg, am, m.end(), offset)):
            return found
    bm = BEFORE_SPEAKER.search(seg[: m.start()]) or BEFORE_NAMED_ROLE.search(seg[: m.start()])
    if bm and bm.group("who").split()[0] in PRONOUNS:  # "She said: ..." is the last person named
        return _by_pronoun(bm.group("who").split()[0], last)
    if bm and (found := _located(seg, bm, bm.start("who"), offset)):
        return found
    if rm := AFTER_ROLE.match(after):  # "..., the Environment Agency spokesman said": a role, not the last person
        g = "who" if rm.group("who") else "who2"
        who = rm.group(g).rstrip(".")
        a = m.end() + rm.start(g)
        return who, (offset + a, offset + a + len(who))
    pronoun = AFTER_PRONOUN.match(after)
    if pronoun and (pronoun.group("p1") or pronoun.group("p2")).lower() == "they":
        return None, None  # "they added": a family, police, the council; not the last person named
    if m.start() == 0 and not pronoun and run_on is not None:
        return run_on
    if m.start() == 0 and pronoun and run_on_he is not None:
        return run_on_he  # "Mr Straw promised ... was "fully justified". "We, like all ...," he said": Straw's
    if (pronoun or m.start() == 0) and last is not None:
        return last[0], last[1]
    # A quoted phrase inside reported speech: the sentence's reporting subject, nearest first.
    before = seg[: m.start()]
    if rp := REPORTED_PRONOUN.search(before):  # "he said it was "..."": the last person named, or nobody
        return _by_pronoun(rp.group("p"), last)
    rm = REPORTED_SPEAKER.search(before) or REPORTED_NAMED_ROLE.search(before)
    if rm and rm.group("who").split()[0] not in PRONOUNS and (found := _located(seg, rm, rm.start("who"), offset)):
        return found
    return None, None


OPENER = re.compile(r"(?:(?:But|And|So|Yet|Now|Then)\s+)?([A-Z][\w'’-]+)\b(?!\s+[A-Z])")
"""A sentence's first word, after a connective, that no capitalised word follows: a lone name or none."""


def _opens(seg: str, i: int) -> bool:
    """Whether position i opens the sentence `seg`, but for a connective ("But Dvorak said")."""
    return all(w.lower() in LEADING_FILLERS for w in seg[:i].split())


def _by_pronoun(pronoun: str, last: tuple[str, tuple[int, int]] | None) -> tuple[str | None, tuple[int, int] | None]:
    """The speaker a pronoun stands for (see PRONOUNS): "he"/"she" the last person named, others nobody."""
    return (last[0], last[1]) if pronoun.lower() in ("he", "she") and last is not None else (None, None)


def _located(seg: str, m: re.Match[str], start: int, offset: int) -> tuple[str, tuple[int, int]] | None:
    """The cleaned speaker of a match and its span, searched from `start`; None when either is missing."""
    who = _clean_speaker(_named(m))
    a = seg.find(who, start) if who else -1
    return (who, (offset + a, offset + a + len(who))) if who and a >= 0 else None


def _named(m: re.Match[str]) -> str:
    """The speaker of a match: the appositive when it is itself a name ("the Shadow Secretary for the
    Family, Theresa May, said"), else the words before it ("Tom Reed, who voted against, said")."""
    app = m.groupdict().get("app")
    if app and NAME_ONLY.fullmatch(app.strip()):
        return app
    who, of = m.group("who"), m.groupdict().get("of")
    if of and (len(who.split()) < 2 or ORG_CUES.search(who)):  # "the Bank of England said": one name
        return who + of
    return who


def _clean_speaker(who: str) -> str | None:
    who = who.strip(" ,.;:")
    words = who.split()
    while words and words[0].lower() in LEADING_FILLERS:
        words = words[1:]
    if not any(w[:1].isupper() for w in words):
        return None
    if len(words) <= 6:
        return " ".join(words)
    # A long title phrase: keep the name that ends it, as one run of capitalised words in the text
    # ("Global Asset Management investment chief David Smith" -> "David Smith"), so it has a span.
    tail: list[str] = []
    for w in reversed(words):
        if not w[:1].isupper() or len(tail) == 3:
            break
        tail.insert(0, w)
    return " ".join(tail) or None


LIST_JOIN = re.compile(r"\s*(?:,|,?\s+and|,?\s+or)\s+")


def _listed_after_place(found: list[Snippet], seg: str, offset: int, a: int) -> bool:
    """The next one-word name in a list after a place is a place too ("in France and Germany", "Leeds, York");
    two words are a person's as often ("England, Jason White and ...")."""
    if not found or found[-1].kind != "place":
        return False
    return LIST_JOIN.fullmatch(seg[found[-1].end - offset : a]) is not None


MID_SENTENCE_NAME = re.compile(r"\b(?P<before>[a-z]+) (?P<name>[A-Z][\w'’-]*[a-z])\b(?![-\s]+[A-Z])")
"""A lone capitalised word after a lowercase word: a name, since only a name is capitalised there. Alone,
so a word of a longer name ("Department of Trade and Industry") is not taken for a one-word name."""
NAME_JOINERS = frozenset(("of", "de", "van", "von", "al", "du", "la", "le", "and"))
"""Lowercase words inside names: a capitalised word after one belongs to the name before it."""
INNER_CAPITAL = re.compile(r"^[A-Z][a-z]+[A-Z]\w*$")
"""A capital inside a word ("PortHaven", "YouTube", "McDonald"): a name wherever it stands."""


def _names_mid_sentence(text: str) -> frozenset[str]:
    """The single words the text capitalises mid-sentence: the same word opening a sentence is a name too
    ("Google said ..." where the text also has "... shares in Google fell"), not a capitalised opener."""
    found = {POSSESSIVE.sub("", m.group("name")) for m in MID_SENTENCE_NAME.finditer(text)
             if m.group("before") not in NAME_JOINERS}
    return frozenset(w for w in found if w.lower() not in STOPWORDS and w not in SENTENCE_START_SKIP
                     and w not in MONTH_NAMES and w.lower() not in WEEKDAYS)


def _entities(
    seg: str, offset: int, skip: list[tuple[int, int]], known: frozenset[str] = frozenset()
) -> list[Snippet]:
    """`known`: single words the text capitalises mid-sentence (`_names_mid_sentence`), kept when they
    open a sentence."""
    out: list[Snippet] = []
    taken: list[tuple[int, int]] = list(skip)
    for m in PERSON_TITLE.finditer(seg):
        a, b = m.start("name"), m.end("name")
        out.append(Snippet("person", offset + a, offset + b, m.group("name")))
        taken.append((m.start(), b))
    for m in CAPITALISED.finditer(seg):
        a, b = m.start(), m.end()
        b = a + len(POSSESSIVE.sub("", seg[a:b]))  # "Chelsea's" is Chelsea
        while b > a and seg[b - 1] in ".’'-":
            b -= 1
        name = seg[a:b]
        clash = [x for x, y in taken if x < b and a < y]
        if clash and min(clash) > a:
            # "Spain's Prime Minister Pedro Sanchez": the title and name are taken, "Spain" before them
            # is not. Only a place or a possessive: "Chinese Foreign" (Minister Li) is no name.
            head = seg[a : min(clash)].rstrip()
            if head in KNOWN_PLACES or head.endswith(("'s", "’s")):
                b = a + len(POSSESSIVE.sub("", head))
                name = seg[a:b]
                clash = []
        if clash or name.startswith(("I'", "I’")):
            continue
        words = name.split()
        single = len(words) == 1 and (name in known or INNER_CAPITAL.match(name) is not None)
        opener_name = name in KNOWN_PLACES or single
        if (a == 0 or seg[:a].rstrip().endswith((".", '"', "“", ":"))) and not opener_name:
            # A sentence's first word is capitalised anyway: a lone one or a function word ("Since Yukos") goes.
            if len(words) == 1 or words[0] in SENTENCE_START_SKIP or words[0].lower() in STOPWORDS:
                if len(words) == 1:
                    continue
                a += len(words[0]) + 1
                words = words[1:]
                name = seg[a:b]
        if not name or name.isupper() and len(name) <= 2 or name in NOT_A_NAME or name in MONTH_NAMES:
            continue  # a lone month is a date ("in August" was a place), and in the dates list
        if name in KNOWN_PLACES:
            kind = "place"
        elif ORG_CUES.search(name):
            kind = "organisation"
        elif (
            PLACE_BEFORE.search(seg[max(0, a - PLACE_BEFORE_CHARS) : a]) or PLACE_END.search(name)
            or PLACE_START.match(name) or (PLACE_AFTER.match(seg, b) and not DEMONYM.search(name))
            or PLACE_LAST.search(name) or (len(words) == 1 and _listed_after_place(out, seg, offset, a))
        ):
            kind = "place"
        elif len(words) >= 2 and not NOT_A_PERSON_LAST.search(name):
            kind = "person"
        else:
            kind = "name"
        out.append(Snippet(kind, offset + a, offset + b, name))
    return sorted(out, key=lambda e: e.start)
