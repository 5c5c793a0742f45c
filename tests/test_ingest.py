"""Ingest: sentences, boilerplate set aside, Key Points blocks recognised, HTML extraction."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import keypoints
from keypoints.ingest import from_record, from_text, looks_like_html
from keypoints.segment import sentence_spans

from .conftest import assert_grounded


def split(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text, 0, len(text), 10_000)]


def test_splitter_on_tricky_news_text() -> None:
    assert split("The U.S. Senate voted on Tuesday. It now goes to the House.") == [
        "The U.S. Senate voted on Tuesday.",
        "It now goes to the House.",
    ]
    assert split("Dr. Jane Smith arrived at 9 a.m. on Monday. She left at 5 p.m.") == [
        "Dr. Jane Smith arrived at 9 a.m. on Monday.",
        "She left at 5 p.m.",
    ]
    assert split("Lt. Col. James Dean led the unit. It was deployed in 2003.") == [
        "Lt. Col. James Dean led the unit.",
        "It was deployed in 2003.",
    ]
    assert split("The No. 2 seed lost. J.K. Rowling watched.") == ["The No. 2 seed lost.", "J.K. Rowling watched."]
    assert split('"It\'s over," she said. "We lost."') == ['"It\'s over," she said.', '"We lost."']
    assert split("She spoke at the town hall. About 22,000 people came.") == [
        "She spoke at the town hall.",
        "About 22,000 people came.",
    ]


def test_exclamation_or_question_inside_a_name_is_not_a_sentence_end() -> None:
    # Flagged: a cased "!" or "?" before a lowercase word is part of a title ("Kerrang! magazine").
    assert split("The band topped a poll of Shout! magazine readers last week. The band said thanks.") == [
        "The band topped a poll of Shout! magazine readers last week.",
        "The band said thanks.",
    ]
    assert split("The play Where Is Anna? by Mary Jones won the award. It opens in May.") == [
        "The play Where Is Anna? by Mary Jones won the award.",
        "It opens in May.",
    ]
    # Twins: a real boundary before a capital stays, and lowercased text (CNN/DM) still splits.
    assert split("Is the plan dead? Not yet, the mayor said.") == ["Is the plan dead?", "Not yet, the mayor said."]
    assert split("is the plan dead? not yet, the mayor said.") == ["is the plan dead?", "not yet, the mayor said."]


BOILERPLATE_ARTICLE = """By Jane Doe

WASHINGTON (Reuters) - The Senate approved a $40 billion aid package on Tuesday after weeks of talks between the parties.

The bill now goes to the House of Representatives, where leaders say it has enough votes to pass this week.

Scroll down for video

Source: Agencies

Photo: Senators leave the chamber after the vote / Getty Images

The package includes money for disaster relief in three southern states hit by floods in the spring.

Read more: What the aid bill means for farmers

Supporters said the funding would reach affected families within a month of the bill becoming law.
"""


def test_boilerplate_is_set_aside_and_never_a_bullet() -> None:
    b = keypoints.brief(BOILERPLATE_ARTICLE, points=5)
    kinds = {s.kind: s.text for s in b.document.boilerplate}
    assert kinds["byline"] == "By Jane Doe"
    assert kinds["dateline"] == "WASHINGTON (Reuters) - "
    assert kinds["source"] == "Source: Agencies"
    assert kinds["credit"].startswith("Photo:")
    assert {s.text for s in b.document.boilerplate if s.kind == "promo"} == {
        "Scroll down for video",
        "Read more: What the aid bill means for farmers",
    }
    texts = " ".join(x.text for x in b.bullets)
    for marker in ("Reuters", "Jane Doe", "Scroll down", "Source:", "Getty", "Read more"):
        assert marker not in texts
    assert b.bullets[0].text.startswith("The Senate approved")
    assert_grounded(BOILERPLATE_ARTICLE, b)


def test_a_pasted_social_post_and_its_signature_are_set_aside() -> None:
    """A tweet pasted with the page ("Trees down on the line ... pic.twitter.com/AbC123") gave the bullet
    "Trees down on the line between Carlisle and Newcastle.", someone else's post read as the story's own."""
    text = ("Network Rail said dozens of trees had fallen on lines across northern England on Monday.\n\n"
            "Trees down on the line between Carlisle and Newcastle. Please do not travel. pic.twitter.com/AbC123\n\n"
            "— Northern (@northernassist) January 22, 2024\n\n"
            "ScottishPower said engineers had restored power to 40,000 customers by Monday afternoon.")
    b = keypoints.brief(text, points=3)
    assert [s.kind for s in b.document.boilerplate] == ["embed", "embed"]
    assert [x.text[:12] for x in b.bullets] == ["Network Rail", "ScottishPowe"]
    assert_grounded(text, b)
    # The twin: a sentence naming a handle or a dash-led list item stays body text.
    doc = from_text("Police asked drivers to follow updates from @northernassist on the closures this week.\n\n"
                    "- Trains between Carlisle and Newcastle will not run until Wednesday at the earliest.")
    assert [s.boilerplate for s in doc.sentences] == [None, None]


def test_a_pages_correction_note_and_reader_prompts_are_set_aside() -> None:
    """A short story's tail filled its brief: "Correction: An earlier version of this article said ...",
    "Get in touch by emailing ...", "Follow Jane Smith on X ..." and "Listen to ... our health podcast ..."
    were bullets. Body sentences that open alike stay body."""
    story = ("Hospital waiting lists in England have fallen for the first time in six months, new figures show.\n\n"
             "About 390,000 patients have been waiting more than a year for treatment, according to the data.\n\n")
    tail = ["Correction: An earlier version of this article said 400,000 patients had waited more than a year.",
            "This article was amended on 12 January 2024 to correct the number of patients.",
            "An earlier version of this story misstated the number of patients on waiting lists.",
            "Get in touch by emailing haveyoursay@example.com with your own experience.",
            "Follow Jane Smith on X, formerly known as Twitter, at @janesmithnews.",
            "Listen to the latest episode of our health podcast on BBC Sounds."]
    text = story + "\n\n".join(tail)
    b = keypoints.brief(text, points=5)
    assert [s.kind for s in b.document.boilerplate] == ["correction"] * 3 + ["promo"] * 3
    assert len(b.bullets) == 2
    assert_grounded(text, b)
    twins = ("This report was published by the National Audit Office on Tuesday and found long delays.\n\n"
             "Following the vote on Tuesday, the council said it would publish its plans on Twitter.\n\n"
             "Listen to the people, the protesters chanted outside parliament on Monday evening.")
    assert [s.boilerplate for s in from_text(twins).sentences] == [None, None, None]


def test_a_note_on_the_writer_closing_the_page_is_set_aside() -> None:
    """"Maria Papadopoulou is our Athens correspondent." (the page's last paragraph) was a bullet of a
    wildfire story. The same sentence inside the story, or a closing paragraph about someone else's job
    in a longer story, stays body."""
    story = ("Thousands of people were evacuated from villages north of Athens on Monday as a wildfire spread.\n\n"
             "More than 500 firefighters were battling the blaze, which broke out on Sunday afternoon.\n\n")
    bio = "Maria Papadopoulou is our Athens correspondent. She has reported on Greek politics since 2010."
    b = keypoints.brief(story + bio, points=4)
    assert [(s.kind, s.text) for s in b.document.boilerplate] == [
        ("bio", "Maria Papadopoulou is our Athens correspondent."),
        ("bio", "She has reported on Greek politics since 2010."),
    ]
    assert len(b.bullets) == 2 and "correspondent" not in " ".join(x.text for x in b.bullets)
    assert_grounded(story + bio, b)
    # The twins: the note opening the story, and a closing paragraph that is the story's.
    assert from_text(bio + "\n\n" + story).boilerplate == ()
    news = story + "The fire service chief, Giorgos Pappas, said the wind would drop on Tuesday."
    assert from_text(news).boilerplate == ()


def test_lowercase_datelines_and_daily_mail_header() -> None:
    cnn = "london, england (cnn) -- the prime minister announced new measures on monday to cut energy bills for families."
    doc = from_text(cnn)
    assert doc.boilerplate[0].kind == "dateline" and doc.boilerplate[0].text == "london, england (cnn) -- "
    assert doc.body[0].text.startswith("the prime minister")
    dm = (
        "by . jane doe . published : . 05:15 est, 3 march 2013 . | . updated : . 08:11 est, 3 march 2013 . "
        "a man has been arrested after a fire destroyed a historic pier in the seaside town on sunday night."
    )
    doc = from_text(dm)
    assert doc.boilerplate[0].kind == "byline"
    assert doc.body[0].text.startswith("a man has been arrested")


@pytest.mark.parametrize(
    "dateline", ["NEW DELHI: ", "BEIJING, March 3: ", "LONDON, March 3 (Reuters Breakingviews) - ",
                 "WASHINGTON, March 3 (The Hill) - "],
)
def test_a_place_in_capitals_before_a_colon_or_an_unlisted_outlet_is_a_dateline(dateline: str) -> None:
    """'NEW DELHI: The central bank ...' (the Indian wires' form) and a place before an outlet that AGENCIES
    does not list opened the first bullet. A first sentence opening on a capitalised name stays whole."""
    body = ("The central bank raised its main interest rate by half a point on Thursday, its largest rise in two "
            "decades. Officials said more rises were likely this year as inflation stays high.")
    b = keypoints.brief(dateline + body, points=2)
    assert [(s.kind, s.text) for s in b.document.boilerplate] == [("dateline", dateline)]
    assert b.bullets[0].text.startswith("The central bank raised")
    assert_grounded(dateline + body, b)
    for text in ("NASA said on Monday that its rocket would launch in 2025. " + body,
                 "US-China trade talks will resume next week in Geneva. " + body):
        assert from_text(text).boilerplate == ()


def test_key_points_block_is_kept_for_check_and_not_body(example_text: str) -> None:
    b = keypoints.brief(example_text)
    kp = [s.text for s in b.document.key_points]
    assert kp == [
        "Council backs £48m rebuild of the storm-damaged Harbour Bridge",
        "Work to start in March and take about two years",
        "Ferry service to run free of charge while the bridge is closed",
    ]
    for s in b.document.key_points:
        assert example_text[s.start : s.end] == s.text
    body = " ".join(s.text for s in b.document.sentences)
    assert "Council backs" not in body
    assert all("Council backs" not in x.text for x in b.bullets)


@pytest.mark.parametrize("newline", ["\r", "\r\n"])
def test_old_mac_and_windows_line_ends_read_as_the_same_story(example_text: str, newline: str) -> None:
    """"\r"-only text was one paragraph (Key Points block and headline read as body) and a "\r\n"
    headline was no title; both now give the "\n" story's blocks and bullets, with spans into the input."""
    text = example_text.replace("\n", newline)
    want, got = keypoints.brief(example_text).to_dict(), keypoints.brief(text).to_dict()
    assert got["title"] == want["title"] is not None
    assert [k["text"] for k in got["existing_key_points"]] == [k["text"] for k in want["existing_key_points"]]
    assert [k["text"] for k in got["key_points"]] == [k["text"] for k in want["key_points"]]
    assert len(keypoints.brief(text).document.paragraphs) == len(keypoints.brief(example_text).document.paragraphs)
    assert_grounded(text, keypoints.brief(text))
    for item in got["boilerplate"] + got["existing_key_points"]:
        assert text[item["start"] : item["end"]] == item["text"]
    # A "\r" inside a line that wraps a sentence stays in its evidence, verbatim.
    wrapped = ("Flood plan approved\r\rThe council approved the £4.5m flood plan on Tuesday after a long and"
               "\rangry debate.\r")
    b = keypoints.brief(wrapped, points=1)
    assert b.document.title == "Flood plan approved" and b.bullets[0].evidence[0].endswith("long and\rangry debate.")
    assert_grounded(wrapped, b)


def test_a_short_hard_wrapped_line_is_no_heading() -> None:
    """A wrapped line of eight words or fewer without a stop ("The council approved the plan on Tuesday" /
    "after a long debate.") was cut off as a heading: two half sentences. A real heading still splits."""
    text = ("Flood plan approved\n\nThe council approved the plan on Tuesday\nafter a long debate. Work starts in May."
            "\n\nBackground\nThe river burst its banks in 2023.\n")
    doc = from_text(text)
    assert [s.text for s in doc.sentences] == [
        "Flood plan approved",
        "The council approved the plan on Tuesday\nafter a long debate.",
        "Work starts in May.",
        "Background",
        "The river burst its banks in 2023.",
    ]
    for s in doc.sentences:
        assert text[s.start : s.end] == s.text


def test_text_pasted_with_hard_wraps_and_no_blank_lines_is_read_as_prose() -> None:
    """Wrapped text without blank lines was read one paragraph per line: "2026, with the first trams running
    by 2030." was a bullet, cut from "Work is expected to begin in". One paragraph per line still is."""
    text = ("The city council has approved plans for a new\ntram line linking the airport to the city centre, "
            "at a cost\nof £320m.\nCouncil leader Ann Wright said the scheme would\n\"transform how people "
            "move around the city\" and create\nabout 1,200 jobs during construction.\nWork is expected to "
            "begin in\n2026, with the first trams running by 2030.\n")
    b = keypoints.brief(text, points=3)
    assert [x.text for x in b.bullets] == [
        "The city council has approved plans for a new tram line linking the airport to the city centre, "
        "at a cost of £320m.",
        "Council leader Ann Wright said the scheme would \"transform how people move around the city\" and "
        "create about 1,200 jobs during construction.",
        "Work is expected to begin in 2026, with the first trams running by 2030.",
    ]
    assert_grounded(text, b)
    # The twin: an export writing each paragraph on one line, a heading among them, keeps them apart.
    lines = ("Tram plan approved\nThe city council has approved plans for a new tram line to the airport.\n"
             "Work is expected to begin in 2026.\nFunding\nThe government has agreed to fund 80% of the cost.\n")
    doc = from_text(lines)
    assert len(doc.paragraphs) == 5 and [s.text for s in doc.sentences][2:] == [
        "Work is expected to begin in 2026.", "Funding", "The government has agreed to fund 80% of the cost."
    ]


def test_story_highlights_with_plain_lines() -> None:
    text = (
        "Story highlights\n"
        "Three people were hurt when a crane fell in the city centre\n"
        "Police closed four streets for the rest of the day\n\n"
        "A construction crane collapsed onto a busy street in the city centre on Friday morning, injuring three people. "
        "Police closed four streets while engineers made the site safe."
    )
    doc = from_text(text)
    assert [k.text for k in doc.key_points] == [
        "Three people were hurt when a crane fell in the city centre",
        "Police closed four streets for the rest of the day",
    ]
    assert doc.body[0].text.startswith("A construction crane collapsed")


def test_summary_heading_over_prose_is_not_a_key_points_block() -> None:
    text = (
        "Summary\n\n"
        "The city council has approved a budget that raises spending on schools and roads by five percent "
        "while freezing council tax for a second year, officials said on Thursday after a long debate."
    )
    doc = from_text(text)
    assert doc.key_points == ()
    assert doc.body and doc.body[0].text.startswith("The city council")


def test_html_page_main_text_title_and_key_points(saved_page: str) -> None:
    b = keypoints.brief(saved_page, html=True)
    d = b.to_dict()
    text = d["extracted_text"]
    assert d["source_format"] == "html"
    assert d["title"].startswith("Storm closes Harbour Bridge")
    assert "closed to all traffic on Monday" in text
    for junk in ("Subscribe today", "cookies", "All rights reserved", "tracking", "injected by script", "Most read"):
        assert junk not in text
    assert [k["text"] for k in d["existing_key_points"]] == [
        "Harbour Bridge closed after storm cracked two piers",
        "Repairs expected to take at least six weeks",
    ]
    assert_grounded(text, b)
    assert b.bullets[0].text.startswith("The Harbour Bridge in PortHaven was closed")
    assert all("Key Points" not in x.text for x in b.bullets)


H1_PAGE = """<!DOCTYPE html><html><head><title>Flood plan approved - Kingsford Echo</title></head><body>
<article><h1>Council approves £12.5m flood defence plan</h1>
<p>Councillors in Kingsford have approved a £12.5m scheme to protect the town from flooding, three years after the river burst its banks.</p>
<p>The plan, backed by 31 votes to 9 on Tuesday, will see new walls built along a two-mile stretch of the river.</p>
<p>About 1,400 homes and 200 businesses will be protected when work finishes in 2027, the council said.</p>
</article></body></html>"""


def test_a_pages_h1_is_its_headline_when_its_title_words_it_otherwise() -> None:
    """With an og:title unlike the <h1>, the <h1> stayed a body sentence: its £12.5m was a fact and the
    line could be a bullet or check's evidence."""
    page = H1_PAGE.replace(
        "<title>Flood plan approved - Kingsford Echo</title>",
        '<title>Flood plan approved - Kingsford Echo</title><meta property="og:title" content="Kingsford flood plan wins approval">',
    )
    doc = keypoints.brief(page, points=3).document
    first = doc.sentences[0]
    assert (first.boilerplate, first.text) == ("title", "Council approves £12.5m flood defence plan")
    assert doc.title and doc.title != first.text  # the page's own title is kept as its title
    assert next(x.start for x in keypoints.facts(page).figures) > first.end
    # The twin: an <h2> is no headline, and stays in the body (as in the test below).
    h2 = page.replace("<h1>", "<h2>").replace("</h1>", "</h2>")
    assert keypoints.brief(h2, points=3).document.sentences[0].boilerplate is None


def test_a_pages_headline_repeated_in_its_main_text_is_set_aside() -> None:
    """The <h1> inside <article> came out as the first body sentence: a headline could be a bullet and its
    figure a fact; the first line is set aside as the title when it is the page's title, and only then."""
    b = keypoints.brief(H1_PAGE, points=3)
    first = b.document.sentences[0]
    assert b.document.title == "Council approves £12.5m flood defence plan"
    assert (first.boilerplate, first.text) == ("title", b.document.title)
    assert next(x.start for x in keypoints.facts(H1_PAGE).figures) > first.end  # the headline's £12.5m is no fact
    assert_grounded(b.document.text, b)
    # The twin: a page titled otherwise keeps the line in its body (no headline is guessed for a page).
    page = H1_PAGE.replace("<h1>", "<h2>").replace("</h1>", "</h2>")
    page = page.replace("Flood plan approved - Kingsford Echo", "Echo")
    doc = keypoints.brief(page, points=3).document
    assert doc.title == "Echo" and doc.sentences[0].boilerplate is None
    assert doc.sentences[0].text == "Council approves £12.5m flood defence plan"


def test_html_is_sniffed_when_asked(saved_page: str) -> None:
    assert keypoints.brief(saved_page, html=None).document.source_format == "html"


def test_api_sniffs_a_saved_page_by_default_and_html_false_forces_text(saved_page: str) -> None:
    # Flagged: the API used to default to html=False and brief the page's markup as text.
    assert keypoints.brief(saved_page).document.source_format == "html"
    assert "tracking" not in json.dumps(keypoints.facts(saved_page).to_dict())  # the page's <script>
    assert keypoints.check(saved_page).ok  # the page's own Key Points block, found in its main text
    assert keypoints.brief(saved_page, html=False).document.source_format == "text"
    assert "tracking" in json.dumps(keypoints.facts(saved_page, html=False).to_dict())
    assert keypoints.brief(saved_page.encode(), html=True).document.source_format == "html"


@pytest.mark.parametrize(
    "text",
    [
        "a < b, the minister wrote, and the council agreed that the gap between the two budgets was small.",
        "<3 to everyone who came to the harbour festival on Saturday, the organisers said in a statement.",
        "<divorce rates> rose by a third last year, the statistics office said on Monday in its annual report.",
        "Profits rose 5% while costs stayed < 2% of sales, the company said on Monday in its annual report.",
    ],
)
def test_plain_text_with_a_less_than_sign_is_not_html(text: str) -> None:
    b = keypoints.brief(text)
    assert b.document.source_format == "text" and b.bullets[0].text == text


@pytest.mark.parametrize(
    "start",
    ["<!DOCTYPE html>", "\ufeff<html lang='en'>", "<!-- saved from url=(0014)about:internet -->\n<html>",
     "<?xml version='1.0'?>\n<html>", "<P class='lead'>", "<header>", "<h1>"],
)
def test_page_openings_are_sniffed(start: str) -> None:
    assert looks_like_html(start + "The council voted on Tuesday to close the old library.")


def test_jsonl_record_forms(saved_page: str) -> None:
    assert from_record({"id": 1, "text": "The mayor opened a new bridge across the river on Friday."}).body
    assert from_record({"id": 2, "html": saved_page}).source_format == "html"


def test_scroll_down_promo_glued_to_a_sentence_is_set_aside() -> None:
    # Flagged: lowercased page text glues the promo to the sentence before it, and the promo came out
    # as the tail of a bullet ("... headquarters in washington d.c. scroll down for video.").
    text = (
        "the mayor opened the new bridge across the river on friday after two years of work. "
        "scroll down for video.\n\n"
        "video scroll down to watch the mayor cut the ribbon at the opening ceremony.\n\n"
        "the bridge cost £40 million and will carry 20,000 cars a day, the council said."
    )
    doc = from_text(text)
    assert [s.text for s in doc.body] == [
        "the mayor opened the new bridge across the river on friday after two years of work.",
        "the bridge cost £40 million and will carry 20,000 cars a day, the council said.",
    ]
    assert {s.kind for s in doc.boilerplate} == {"promo"}
    # Twin: prose that mentions scrolling is body text.
    prose = "Readers had to scroll down for minutes to find the notice, the watchdog said on Friday."
    assert [s.text for s in from_text(prose).body] == [prose]


def test_a_capitalised_word_nupunkt_calls_an_abbreviation_still_ends_a_sentence() -> None:
    # Flagged: nupunkt's model lists "park" as an abbreviation and glued the next sentence on.
    text = "United lost 2-1 at Villa Park. Injured Rio Ferdinand missed the game."
    assert split(text) == ["United lost 2-1 at Villa Park.", "Injured Rio Ferdinand missed the game."]


def test_a_capitalised_abbreviation_mid_sentence_is_not_a_sentence_end() -> None:
    # Twin: a real abbreviation of four letters or more keeps its sentence whole.
    text = "He works for Acme Corp. Chief executive Jane Roe said so."
    assert split(text) == [text]


def test_lowercased_text_splits_where_nupunkt_saw_an_abbreviation() -> None:
    # Flagged: in lowercased CNN/DM text nupunkt glued "... this month. steven gerrard ..." and
    # "... 1,139 in 2008. photos ..." into one sentence (3.8 times per validation article).
    text = (
        "players are poised to return to anfield at the end of this month. steven gerrard has backed the plans. "
        "she was jailed in 2008. photos show her in the cell. 'we came to win,' he said.' we did not.' "
        "they won 2 - 1. the fans stayed."
    )
    assert split(text) == [
        "players are poised to return to anfield at the end of this month.",
        "steven gerrard has backed the plans.",
        "she was jailed in 2008.",
        "photos show her in the cell.",
        "'we came to win,' he said.'",
        "we did not.'",
        "they won 2 - 1.",
        "the fans stayed.",
    ]


def test_lowercased_abbreviations_and_initials_stay_inside_their_sentence() -> None:
    # Twin: titles, "st.", "u.s.", "a.m." and initials are not sentence ends in lowercased text either.
    text = "gen. john allen met dr. jane roe in st. louis at 10 a.m. on friday with j. k. rowling of the u.s. army."
    assert split(text) == [text]
    assert split("1. the first point is this.") == ["1. the first point is this."]  # an enumerator
    full = text + " the talks ended. nothing was agreed."
    doc = from_text(full)
    assert [s.text for s in doc.sentences] == [text, "the talks ended.", "nothing was agreed."]
    assert all(full[s.start : s.end] == s.text for s in doc.sentences)


def test_lowercased_text_splits_after_a_quoted_exclamation_or_question() -> None:
    # Flagged: nupunkt keeps "!" or "?" before a lowercase word together (right for cased "Yahoo! in"),
    # and lowercased text opens every sentence in lowercase: "... typical!' but paton pleaded ..." was one.
    text = "he was sent off, typical!' but paton pleaded his innocence. 'why should we keep quiet?' the club won 2 - 0."
    assert split(text) == [
        "he was sent off, typical!'",
        "but paton pleaded his innocence.",
        "'why should we keep quiet?'",
        "the club won 2 - 0.",
    ]
    # Twin: a quote stays with the speaker who follows it.
    for text in ("'is it over?' he asked.", "'what a night!' said ramsey.", "\"why now?\" a villager asks, as the rain falls."):
        assert split(text) == [text]
    # Cased text is nupunkt's own: "Yahoo! in" stays whole.
    assert split("Shares in Yahoo! in New York rose 5% on Monday.") == ["Shares in Yahoo! in New York rose 5% on Monday."]
    doc = from_text(text + " what a goal! the crowd went wild.")
    assert [s.text for s in doc.sentences][-2:] == ["what a goal!", "the crowd went wild."]
    assert all(doc.text[s.start : s.end] == s.text for s in doc.sentences)


SIDEBAR_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Ferry to Skerrow will close in March</title></head>
<body><article>
<p>The city council of Marlow Bay voted on Tuesday to close the old harbour ferry after 90 years of service.</p>
<p>The ferry carried about 400,000 passengers a year between the harbour and the island of Skerrow.</p>
<div class="box"><div class="box-head"><h2><span>Most read</span></h2></div>
  <ol><li>Ten things to do in Marlow Bay this weekend</li>
  <li>Police name man found dead in harbour car park</li>
  <li>Council tax to rise by 5% from April, leaders confirm</li></ol></div>
<p>Councillors voted 14 to 9 for the closure, and the vote was the most read story on the council's website.</p>
<h3>Related stories</h3>
<ul><li><a href="/d">Skerrow islanders launch a petition to save their ferry</a></li>
<li><a href="/e">Bus link over the causeway to start in April</a></li></ul>
<p>A replacement bus link over the causeway will start in April, the council said.</p>
<section><h2>More on this story</h2>
  <p><a href="/f">Ferry operator to lay off 38 staff</a></p>
  <p>Opinion: Skerrow deserves better than a bus. Our columnist says the island was let down.</p></section>
<div><h3>More from the debate</h3>
  <p>Opposition councillors accused the council of ignoring a cheaper plan to repair the two boats, which they said would have kept the ferry running for another ten years at a fraction of the cost.</p></div>
<p>The last ferry is due to sail on 31 March; see our <a href="/r">related stories</a> for the timetable.</p>
<div class="promo"><strong>Trending</strong><ul><li><a href="/t">Harbour seal pup rescued by fishermen</a></li></ul></div>
</article></body></html>"""


def test_sidebar_boxes_inside_the_article_are_dropped_from_html_main_text() -> None:
    # Flagged: "Most read" and its headlines, inside <article>, came out as body sentences (and bullets).
    b = keypoints.brief(SIDEBAR_PAGE, points=7, html=True)
    text = b.document.text
    for junk in ("Most read", "Ten things to do", "Police name man", "Council tax to rise", "Related stories",
                 "petition to save", "More on this story", "lay off 38 staff", "Our columnist", "More from the debate",
                 "Trending", "seal pup"):
        assert junk not in text, junk
    # Twins: every real paragraph stays, the one mentioning "most read" mid-sentence, the short one right
    # after a headline list, the long one under a heading that only looks like a sidebar label, and the
    # one linking "related stories" mid-sentence.
    for prose in ("voted on Tuesday to close", "400,000 passengers", "was the most read story",
                  "A replacement bus link over the causeway", "accused the council of ignoring",
                  "due to sail on 31 March; see our related stories for the timetable."):
        assert prose in text, prose
    assert not any("Most read" in x.text or "Ten things" in x.text for x in b.bullets)
    assert_grounded(text, b)


def test_sidebar_label_lines_are_set_aside_in_plain_text() -> None:
    doc = from_text(
        "The council voted on Tuesday to close the old harbour ferry after 90 years.\n\nMost read\n\n"
        "The most read story of the week was about the ferry, the editor said on Friday.\n\nRelated stories:\n"
    )
    assert [s.text for s in doc.body] == [
        "The council voted on Tuesday to close the old harbour ferry after 90 years.",
        "The most read story of the week was about the ferry, the editor said on Friday.",
    ]
    assert [(x.kind, x.text) for x in doc.boilerplate] == [("promo", "Most read"), ("promo", "Related stories:")]


def test_a_live_blog_time_stamp_is_set_aside_like_a_dateline() -> None:
    text = ("Election night live\n\n22:05 Polls have now closed across the country and counting has begun.\n\n"
            "22:31 - Turnout in Sunderland was 62%, up from 58% at the last election, officials said.\n\n"
            "Some 9.30 million viewers watched the debate, the most this year, the broadcaster said.\n")
    b = keypoints.brief(text, points=3)
    assert [x.text[:6] for x in b.bullets][:2] == ["Polls ", "Turnou"]
    assert [s.text for s in b.document.boilerplate if s.kind == "dateline"] == ["22:05 ", "22:31 - "]
    for x in b.bullets:
        assert all(text[a:e] == ev for (a, e), ev in zip(x.spans, x.evidence))
    # The twin: a figure at a sentence start stays ("9.30 million" goes on in lowercase).
    assert any(x.text.startswith("Some 9.30 million") for x in b.bullets)


def test_a_line_that_is_only_a_date_and_time_is_set_aside() -> None:
    """A wire page's "March 20, 2024 7:32 PM UTC Updated 2 hours ago" was a body sentence (and its "2" a fact)."""
    text = ("Fed holds rates steady\n\nMarch 20, 2024 7:32 PM UTC Updated 2 hours ago\n\n"
            "The Federal Reserve kept its benchmark rate in a range of 5.25%-5.50% on Wednesday, as expected.\n\n"
            "March 20 was the third meeting in a row at which the Fed held rates, officials said.\n")
    doc = keypoints.brief(text, points=3).document
    assert [(s.kind, s.text) for s in doc.boilerplate if s.kind == "timestamp"] == [
        ("timestamp", "March 20, 2024 7:32 PM UTC Updated 2 hours ago")]
    assert all(f.text != "2" for f in keypoints.facts(text).figures)
    # The twin: a sentence that opens on a date is the story's.
    assert any(s.text.startswith("March 20 was") and s.boilerplate is None for s in doc.sentences)


CP1252_PAGE = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"><title>Café fine overturned</title></head>
<body><article><h1>Café owner’s £10,000 fine overturned</h1>
<p>A café owner who was fined £10,000 for serving food after a council deadline has won his appeal at Crown Court.</p>
<p>José García, 54, said the ruling was “a huge relief” for his family and his six staff.</p>
<p>The judge said the council’s notice had been “unclear and badly worded” and should never have led to a prosecution.</p>
</article></body></html>"""


@pytest.mark.parametrize("charset", ["windows-1252", "iso-8859-1"])
def test_a_saved_page_in_its_declared_legacy_charset_is_decoded_with_it(charset: str) -> None:
    """A windows-1252 page (bytes, as the CLI reads a file) came out as "Caf� owner�s �10,000": every
    accent, £ and curly quote was U+FFFD, the speaker "Jos� Garc�a" was lost. Browsers read "iso-8859-1"
    as windows-1252, whose 0x92 is ’."""
    data = CP1252_PAGE.replace("{charset}", charset).encode("cp1252")
    b = keypoints.brief(data, points=3)
    text = b.document.text
    assert "\ufffd" not in text and b.warnings == ()
    assert "José García, 54," in text and "council’s notice" in text and "fined £10,000" in text
    assert_grounded(text, b)
    quotes = keypoints.facts(data).to_dict()["quotes"]
    assert ("a huge relief", "José García") in [(q["text"], q["speaker"]) for q in quotes]


def test_undeclared_or_plain_text_legacy_bytes_are_still_utf8_with_a_warning() -> None:
    """The twin: no declaration, html=False, or plain text that mentions a charset keep the UTF-8 reading."""
    undeclared = CP1252_PAGE.replace('<meta http-equiv="Content-Type" content="text/html; charset={charset}">', "")
    b = keypoints.brief(undeclared.encode("cp1252"), points=3)
    assert "\ufffd" in b.document.text and any("not valid UTF-8" in w for w in b.warnings)
    page = CP1252_PAGE.replace("{charset}", "windows-1252").encode("cp1252")
    forced = keypoints.brief(page, points=3, html=False)
    assert "\ufffd" in forced.document.text and any("not valid UTF-8" in w for w in forced.warnings)
    text = ("The page said <meta charset=windows-1252> but the café owner disagreed. " * 3).encode("cp1252")
    assert any("not valid UTF-8" in w for w in keypoints.brief(text, points=1).warnings)
    utf8 = CP1252_PAGE.replace("{charset}", "windows-1252").encode("utf-8")  # valid UTF-8 wins, as before
    assert "José García" in keypoints.brief(utf8, points=3).document.text


PAYWALL_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Hospital waiting lists hit record 7.8 million</title></head>
<body><article><h1>Hospital waiting lists hit record 7.8 million</h1>
<p>The number of people waiting for hospital treatment in England has risen to a record 7.8 million, official figures show.</p>
<p>NHS England said 389,952 patients had been waiting more than a year for treatment at the end of July.</p>
<div class="newsletter-signup"><p>Get the morning briefing in your inbox. Sign up to our free daily newsletter.</p></div>
<div class="article-body paywalled">{body}</div>
<div class="paywall-teaser"><h3>Subscribe to read the full story</h3>
<p>Unlock unlimited access to The Times for £1 for the first month. Cancel anytime.</p>
<a class="btn">Subscribe now</a><p>Already a subscriber? Log in</p></div>
</article></body></html>"""
PAYWALLED_BODY = (
    "<p>Health leaders said the figures showed the scale of the challenge facing hospitals this winter.</p>"
    "<p>The Royal College of Nursing said 40,000 nursing posts were vacant, and that subscribers to its staff "
    "survey reported longer shifts than at any time since records began in 2010.</p>"
    "<p>The Department of Health said it was investing £8bn to cut waiting lists over the next three years, "
    "and that the number of patients waiting more than 18 months had fallen by half since January, when the "
    "government set a target to end such waits by the spring of next year.</p>"
)


def test_a_paywall_or_newsletter_prompt_in_a_page_is_dropped_from_its_main_text() -> None:
    """The teaser box's "Unlock unlimited access to The Times for £1 for the first month." was a bullet
    (and £1 a figure); the newsletter box's lines were body sentences."""
    b = keypoints.brief(PAYWALL_PAGE.replace("{body}", ""), points=5)
    text = b.document.text
    for junk in ("Unlock unlimited access", "Subscribe", "Already a subscriber", "morning briefing", "newsletter"):
        assert junk not in text, junk
    assert "389,952 patients" in text and "£1" not in [f.text for f in keypoints.facts(text, html=False).figures]
    assert_grounded(text, b)
    # The twin: a subscriber's saved page keeps the paywalled story, classed "paywalled" but long, and its
    # sentence mentioning "subscribers" in passing.
    b = keypoints.brief(PAYWALL_PAGE.replace("{body}", PAYWALLED_BODY), points=5)
    text = b.document.text
    assert "subscribers to its staff survey" in text and "investing £8bn" in text
    assert "Unlock unlimited access" not in text
    assert_grounded(text, b)


WIRE_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Fed holds rates steady | Reuters</title></head>
<body><article><h1>Fed holds rates steady, signals two cuts later this year</h1>
<p>WASHINGTON, March 20 (Reuters) - The Federal Reserve held interest rates steady on Wednesday and policymakers stuck with their outlook for three cuts by the end of 2024.</p>
<p>The U.S. central bank left its benchmark overnight interest rate in the 5.25%-5.50% range, where it has been since July.</p>
<p>Inflation as measured by the personal consumption expenditures price index rose 2.4% in January from a year earlier.</p>
<p>U.S. stocks rose after the decision, with the S&amp;P 500 closing at a record high of 5,224 points.</p>
<p>Reporting by Howard Schneider; Editing by Paul Simao</p>
<p>Our Standards: <a href="#">The Thomson Reuters Trust Principles.</a></p>
</article></body></html>"""


def test_a_wire_storys_our_standards_footer_is_set_aside() -> None:
    """Reuters' footer "Our Standards: The Thomson Reuters Trust Principles." was the fifth bullet."""
    b = keypoints.brief(WIRE_PAGE, points=5)
    assert ("promo", "Our Standards: The Thomson Reuters Trust Principles.") in [
        (x.kind, x.text) for x in b.document.boilerplate
    ]
    assert not any("Standards" in x.text for x in b.bullets) and len(b.bullets) == 4
    assert_grounded(b.document.text, b)
    # The twin: a sentence about someone's standards is body text.
    doc = from_text("Our standards of care have slipped badly since 2019, the hospital's chief executive admitted on Monday.")
    assert [s.boilerplate for s in doc.sentences] == [None]


# `segment._Punkt` decides a stop after a plain word itself; these check it splits exactly as nupunkt.
SPLIT_WORDS = [
    "month.", "Park.", "Corp.", "Gen.", "U.S.", "J.", "2012.", "3.5.", "said.", "St.", "York.", "a.m.", "No.",
    "it!", "why?", '"enough."', "again'.", "so...", "(Reuters).", "de-sac.", "Jan.", "x.", "Mr.", "plc.",
    "The", "the", "She", "she", "Louis", "5", "Smith", '"We', "and", "(AP)", "Inc.", "etc.", "vs.", "u.s.",
]


def _nupunkt_alone() -> object:
    import nupunkt

    return nupunkt.PunktSentenceTokenizer(nupunkt.load("default")._params, include_common_abbrevs=False)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(SPLIT_WORDS), min_size=1, max_size=40), st.sampled_from([" ", "\n", "  "]))
def test_the_plain_word_shortcut_splits_exactly_as_nupunkt(words: list[str], gap: str) -> None:
    from keypoints.segment import _punkt

    text = gap.join(words)
    for case in (text, text.lower()):
        assert list(_punkt().span_tokenize(case)) == list(_nupunkt_alone().span_tokenize(case))


PORT_WORDS = [
    *SPLIT_WORDS, "iv.", "1.", "a.", "(2).", "ii)", ".", ". . .", "…", "wait…", "?!", "!", "?", "?'", "!\"", "’s",
    "'", "»", "«", "*", "*bold*.", "--", "—", "”", "“Yes.”", "(see", "below).", "e.g.", "Ltd.)", "end.\u2019",
    "ÉTÉ.", "café.", "٣.", "x²", "Dr.", "ibid.", "No.\u00a0", "[1].", "{x}.", "@home.", "it;", "Oh:",
]
"""SPLIT_WORDS and what nupunkt's rarer rules look at: list enumerators, ellipses, runs of "!" and "?",
closing marks (realigned onto the sentence before), apostrophes before a letter or not, non-ASCII."""


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(PORT_WORDS), min_size=1, max_size=40),
    st.lists(st.sampled_from([" ", "\n", "  ", "\t", " \n ", "\n\n", " \t"]), min_size=1, max_size=5),
)
def test_the_compiled_port_splits_exactly_as_nupunkt(words: list[str], gaps: list[str]) -> None:
    from keypoints.segment import _ported

    port = _ported()
    if port is None:
        pytest.skip("keypoints._speedups not built, or another nupunkt release")
    text = "".join(w + gaps[i % len(gaps)] for i, w in enumerate(words)).strip() or "x"
    for case in (text, text.lower(), " " + text + "\n"):
        assert port(case) == list(_nupunkt_alone().span_tokenize(case))


def test_the_plain_word_shortcut_keeps_abbreviations_and_initials_whole() -> None:
    from keypoints.segment import _punkt

    text = "Gen. Allen spoke at Villa Park. J. Smith left last month. The U.S. Corp. fell. Prices rose."
    assert list(_punkt().span_tokenize(text)) == list(_nupunkt_alone().span_tokenize(text))
    ends = [text[a:b].rstrip()[-6:] for a, b in _punkt().span_tokenize(text)]
    assert "month." in ends and not any(end.endswith("Gen.") or end.endswith(" J.") for end in ends)


def body_sentences(text: str) -> list[str]:
    return [s.text for s in from_text(text, detect_title=False).sentences if s.boilerplate is None]


def test_a_quotation_cut_at_its_inner_stops_is_one_sentence_again() -> None:
    text = (
        'The chairman told reporters: "We will appeal. This is not over." He left without comment.\n\n'
        '"We are disappointed. The fans deserve better," manager Tom Hale said after the hearing.\n\n'
        "Fans gathered outside. \u201cIt is a disgrace. We will fight on,\u201d said one supporter."
    )
    assert body_sentences(text) == [
        'The chairman told reporters: "We will appeal. This is not over."',
        "He left without comment.",
        '"We are disappointed. The fans deserve better," manager Tom Hale said after the hearing.',
        "Fans gathered outside.",
        "\u201cIt is a disgrace. We will fight on,\u201d said one supporter.",
    ]
    b = keypoints.brief(text, points=3)
    assert 'The chairman told reporters: "We will appeal. This is not over."' in [x.text for x in b.bullets]
    assert_grounded(text, b)
    # Lead-3's sentences stay Punkt's, as published Lead-3 figures read them.
    lead = from_text(text, keypoints.Settings(join_split_quotes=False), detect_title=False)
    assert [s.text for s in lead.sentences][:2] == ['The chairman told reporters: "We will appeal.', 'This is not over."']


def test_quotations_that_cannot_be_told_whole_stay_split() -> None:
    # Each quoted sentence reopens its quote (BBC style): nothing is left open, nothing joins.
    reopened = 'Ms Hodge said: "Carers must not be out of pocket. "We need a fair system for all of them.'
    assert len(body_sentences(reopened)) == 2
    # Longer than QUOTE_JOIN_MAX_SENTENCES sentences: joined it would be no Key Point.
    long_quote = '"One thing went wrong. Then another one did. Then a third failed. It was over," he said.'
    assert len(body_sentences(long_quote)) == 4
    # A straight quote between two spaces could open or close: no join on a guess.
    ambiguous = 'He wrote " we will appeal. This is not over," in a letter to fans.'
    assert len(body_sentences(ambiguous)) == 2


def test_a_long_headline_over_its_byline_is_set_aside_not_read_as_a_sentence() -> None:
    text = (
        "Rail strike: Walkouts to go ahead after talks collapse\n"
        "By Priya Shah, Transport correspondent\n\n"
        "Rail workers across England will stage two days of strikes next month after talks collapsed.\n\n"
        "About 20,000 members will walk out on 12 and 14 March, general secretary Mick Lynch said.\n"
    )
    doc = from_text(text)
    assert doc.title == "Rail strike: Walkouts to go ahead after talks collapse"
    assert [(s.kind, s.text) for s in doc.boilerplate] == [
        ("title", "Rail strike: Walkouts to go ahead after talks collapse"),
        ("byline", "By Priya Shah, Transport correspondent"),
    ]
    report = keypoints.check(text, ["About 20,000 members will walk out in March."])
    assert all("Priya" not in e.text for v in report.verdicts for e in v.evidence)


def test_an_html_fragment_trafilatura_finds_no_main_text_in_is_read_by_its_paragraphs() -> None:
    fragment = (
        "<h2>Harbour plan approved</h2><p>The council approved a plan on Tuesday to build 300 homes on the quay.</p>"
        "<p>Work starts in May this year at the old boatyard site.</p>"
    )
    b = keypoints.brief(fragment)  # was InputError: no main text found in the HTML page
    assert b.document.source_format == "html"
    assert "The council approved a plan on Tuesday to build 300 homes on the quay." in [x.text for x in b.bullets]
    assert_grounded(b.document.text, b)
    # A paragraph inside a quotation block is read once.
    from keypoints.webpage import _paragraph_text

    quoted = "<blockquote><p>We will build homes.</p></blockquote><p>Work starts in May.</p>"
    assert _paragraph_text(quoted) == "We will build homes.\nWork starts in May."
    # Menus and link lists hold no paragraph: still no article.
    with pytest.raises(keypoints.InputError, match="no main text"):
        keypoints.brief("<ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul>", html=True)
