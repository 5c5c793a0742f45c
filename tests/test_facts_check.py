"""facts: every figure form and quote pattern, spans exact; check: each error flagged, its twin passing."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import keypoints
from keypoints import InputError
from keypoints.numbers import find_figures
from keypoints.verify import CONTRADICTED_CAP

ARTICLE = """Israel-Gaza war: what we know

Key Points:
- Hamas attack killed 1200 Israelis on 7 October
- About 250 people were taken hostage

JERUSALEM (Reuters) - Hamas gunmen attacked Israel on 7 October, killing 1,139 people, according to an AFP tally. About 250 people were taken hostage.

"We will bring them home," said Prime Minister Benjamin Netanyahu on Sunday.

State Department spokesperson Matt Miller told reporters that talks were continuing. "It is a difficult moment," he said.

The UN Security Council approved a resolution calling for a ceasefire on Friday. More than 39,000 people have died in Gaza, the health ministry said. Aid worth $4.5 billion has been pledged.
"""


@pytest.mark.parametrize(
    ("text", "value", "unit", "hedge", "counted"),
    [
        ("killing 1,139 people", 1139, "count", None, "people"),
        ("more than 39,000 people died", 39000, "count", "more than", "people died"),
        ("a loss of £1.9m", 1.9e6, "GBP", None, None),
        ("it cost $4.5 billion", 4.5e9, "USD", None, None),
        ("a rise of 40%", 40, "%", None, None),
        ("up 12 per cent", 12, "%", None, None),
        ("a nine-month-old baby", 0.75, "age", None, "baby"),  # ages in years
        ("an 81-year-old man", 81, "age", None, "man"),
        ("two-thirds of voters", 2 / 3, "fraction", None, None),
        ("a dozen officers", 12, "count", None, "officers"),
        ("over 250 hostages", 250, "count", "over", "hostages"),
        ("at least twenty-five people", 25, "count", "at least", "people"),
        ("1.2m viewers", 1.2e6, "count", None, "viewers"),
        ("it cost # 400million", 4e8, "GBP", None, None),  # tokenised CNN/DM lost the pound sign
        ("temperatures fell to -5C overnight", -5, "°C", None, None),
        ("temperatures fell to minus 5C", -5, "°C", None, None),
        ("a high of 41F", 41, "°F", None, None),
        ("about 20 °C at noon", 20, "°C", "about", None),
        ("output fell by −0.3% in May", -0.3, "%", None, None),
        ("about 22 000 people marched", 22000, "count", "about", "people marched"),  # space as thousands separator
        ("shares closed at 412p", 412, "count", None, "pence"),  # as "412 pence" counts
        ("a bill of €1\u00a0250\u00a0000.", 1.25e6, "EUR", None, None),  # no-break spaces, sentence stop
    ],
)
def test_figure_forms(text: str, value: float, unit: str, hedge: str | None, counted: str | None) -> None:
    figs = find_figures(text)
    assert len(figs) == 1
    f = figs[0]
    assert f.value == pytest.approx(value) and f.unit == unit and f.hedge == hedge and f.counted == counted
    assert text[f.start : f.end] == f.text


def test_facts_gives_no_verb_as_what_a_figure_counts() -> None:
    text = "Aid worth $4.5 billion has been pledged. It will cost £31 million to add. £30 million expects it. 250 hostages."
    counted = {f.text: f.counted for f in keypoints.facts(text).figures}
    assert counted == {"$4.5 billion": None, "£31 million": None, "£30 million": None, "250": "hostages"}


def test_facts_gives_no_weekday_or_month_as_what_a_figure_counts() -> None:
    text = "The plan was backed by 31 votes to 9 on Tuesday. About 400 in March said so. 12 on Tuesday's panel."
    counted = {f.text: f.counted for f in keypoints.facts(text).figures}
    assert counted == {"31": "votes", "9": None, "400": None, "12": None}


def test_a_sign_or_temperature_unit_is_part_of_the_figure() -> None:
    art = "Cold snap\n\nTemperatures fell to -5C overnight in Glasgow, the Met Office said.\n"
    got = keypoints.check(art, ["Temperatures fell to 5C overnight in Glasgow",
                                "Temperatures fell to minus 5C overnight in Glasgow"]).verdicts
    assert [v.verdict for v in got] == ["contradicted", "supported"]
    assert got[0].reasons == ("5C does not match the article's -5C",)
    # A range's hyphen and a capital letter that is no unit stay as they were.
    assert [(f.text, f.value) for f in find_figures("Plan C won 10-15 votes, then 5 C-sections")] == [("5", 5.0)]
    assert find_figures("MPs voted 68–32 in favour, a 5–4 ruling") == []  # en-dash scores, as "19-12"


def test_a_number_word_inside_a_word_does_not_hide_the_next_figure() -> None:
    """"done three": "one three" inside "done" must not swallow "three"; "A$5m" still yields 5m."""
    assert [(f.text, f.value) for f in find_figures("Hamilton had done three stops")] == [("three", 3.0)]
    assert [(f.text, f.value) for f in find_figures("they have gone two years")] == [("two", 2.0)]
    assert [f.value for f in find_figures("a A$5m deal")] == [5e6]
    assert find_figures("an A4 page and someone else") == []


def test_a_word_ending_in_e_matches_its_inflected_forms() -> None:
    """"vote" / "estimated" were novel beside the article's "votes", "voted" and "estimate" ("-es"/"-ed"
    took the "e" with them), which made faithful bullets unsupported; a word the article lacks still counts."""
    art = ("Flood plan\n\nThe plan, backed by 31 votes to 9 on Tuesday, will see new walls built along the river. "
           "Green councillors voted against the scheme.\n\nInsurers estimate the damage at more than £30m.\n")
    got = keypoints.check(art, ["The vote was 31 to 9, with Green councillors voting against",
                                "Damage is estimated at over £30m",
                                "The vote was 31 to 9, with Green councillors walking out in protest"]).verdicts
    assert [v.verdict for v in got] == ["supported", "supported", "unsupported"], got
    assert "walking" in got[2].reasons[-1]


def test_deaths_where_the_article_gives_injuries_are_contradicted() -> None:
    """"Two people died" beside "Two people were injured" was supported; a sentence with both kinds of harm
    ("killed and 20 injured") contradicts neither, and the same kind in other words passes."""
    art = ("Crash\n\nThree people were killed and 20 injured when a bus overturned on the A9, police said.\n\n"
           "Two people were injured when a wall collapsed in Braga on Monday.\n")
    got = keypoints.check(art, ["Two people died when a wall collapsed in Braga",
                                "Two people were hurt when a wall collapsed in Braga",
                                "Three people died when a bus overturned on the A9"]).verdicts
    assert [v.verdict for v in got] == ["contradicted", "supported", "supported"], got
    assert got[0].reasons == ("“died” where the article says “injured”",)
    assert got[0].evidence[0].role == "contradiction" and "Braga" in got[0].evidence[0].text


def test_a_count_whose_noun_the_article_elides_is_no_swap() -> None:
    """"20 people were injured" for "Three people were killed and 20 injured" was contradicted as a swap
    with "Three people"; "20 people were killed" still is."""
    art = "Crash\n\nThree people were killed and 20 injured when a bus overturned on the A9, police said.\n"
    got = keypoints.check(art, ["20 people were injured when a bus overturned on the A9",
                                "20 people were killed when a bus overturned on the A9"]).verdicts
    assert [v.verdict for v in got] == ["supported", "contradicted"], got


def test_a_rise_where_the_article_reports_a_fall_is_contradicted() -> None:
    """"profit rose 12%" beside "a 12% fall in annual profit" was supported: the noun "fall" was in no set."""
    art = ("Acme results\n\nBritish retailer Acme Group reported a 12% fall in annual profit on Tuesday, to "
           "£1.2bn. Revenue rose 4.5% to £31.6bn.\n")
    got = keypoints.check(art, ["Acme's annual profit rose 12%", "Acme reported a 12% rise in annual profit",
                                "Acme's annual profit fell 12%", "Acme's revenue rose 4.5%"]).verdicts
    assert [v.verdict for v in got] == ["contradicted", "contradicted", "supported", "supported"], got
    assert got[0].reasons == ("“rose” where the article says “fall”",)


def test_a_unit_glued_to_a_figure_is_the_figure_checks_to_judge() -> None:
    """"412p" was a word the article lacks beside its "412 pence", and its "p" a count other than "pence"
    (a swap with the article's "10.5p"): the bullet was contradicted."""
    art = ("Acme shares\n\nShares in Acme recovered to stand 1.8% lower at 412 pence by 0900 GMT. "
           "The company kept its dividend at 10.5p a share.\n")
    got = keypoints.check(art, ["Shares in Acme stood 1.8% lower at 412p", "Shares in Acme stood 1.8% lower at 415p"])
    assert [v.verdict for v in got.verdicts] == ["supported", "contradicted"], got


def test_a_space_between_digit_groups_is_a_thousands_separator() -> None:
    """"22 000" is one figure, so "22,000" is supported and "2,000" still contradicted; a year and
    the count after it stay apart ("In 2019 250 people")."""
    art = "Lyon march\n\nPolice said about 22 000 people marched through Lyon on Saturday.\n"
    got = keypoints.check(art, ["About 22,000 people marched through Lyon", "About 2,000 people marched through Lyon"])
    assert [v.verdict for v in got.verdicts] == ["supported", "contradicted"]
    assert got.verdicts[1].reasons == ("2,000 does not match the article's 22 000 (people marched)",)
    assert [(f.text, f.value) for f in find_figures("In 2019 250 people died")] == [("250", 250.0)]  # a year, then a count


def test_a_number_in_a_name_is_no_count_but_must_match() -> None:
    """"COVID-19 cases" was 19 cases, so "COVID-19 cases rose to 400" was contradicted by the article's
    400; such numbers are names now, compared as names: "F-16" where the article has "F-35" is wrong."""
    assert find_figures("COVID-19 cases and F-35 jets after a magnitude-6 quake") == []
    assert [f.value for f in find_figures("a 6-magnitude quake, temperatures at -5C")] == [6, -5]
    art = ("Hospital warning\n\nCovid cases in the city rose to 400 last week, officials said. The air force "
           "will receive 12 new F-35 jets in May.\n")
    got = keypoints.check(art, ["COVID-19 cases in the city rose to 400 last week",
                                "The air force will receive 12 new F-35 jets in May",
                                "The air force will receive 12 new F-16 jets in May"]).verdicts
    assert [v.verdict for v in got] == ["supported", "supported", "contradicted"], got
    assert got[2].reasons == ("F-16 where the article says F-35",)
    assert got[2].evidence[0].role == "contradiction" and "F-35" in got[2].evidence[0].text


def test_dates_times_and_scores_are_not_figures() -> None:
    assert find_figures("on 7 October at 3 p.m. in 2023, a 19-12 vote, at 10:30") == []
    assert find_figures("on October 7, and on Sept. 11") == []
    assert [f.value for f in find_figures("on October 7, 1,139 people died")] == [1139]


def test_facts_spans_quotes_entities_dates() -> None:
    f = keypoints.facts(ARTICLE)
    d = f.to_dict()
    for item in d["figures"] + d["entities"] + d["dates"] + d["quotes"]:
        assert ARTICLE[item["start"] : item["end"]] == item["text"]
    speakers = {q["text"].rstrip(","): q["speaker"] for q in d["quotes"]}
    assert speakers["We will bring them home"] == "Prime Minister Benjamin Netanyahu"
    assert speakers["It is a difficult moment"] == "Matt Miller"  # "he said": the last person named
    names = {e["text"]: e["kind"] for e in d["entities"]}
    assert names["Benjamin Netanyahu"] == "person" and names["UN Security Council"] == "organisation"
    assert {"7 October", "Sunday", "Friday"} <= {x["text"] for x in d["dates"]}
    assert {x["value"] for x in d["figures"]} >= {1139, 250, 39000, 4.5e9}


def test_quote_patterns() -> None:
    cases = {
        'Mayor Ann Lee said: "The bridge will reopen."': "Mayor Ann Lee",
        '"The bridge will reopen," Ann Lee said.': "Ann Lee",
        '"The bridge will reopen," said Ann Lee.': "Ann Lee",
        "‘The bridge will reopen,’ said Ann Lee.": "Ann Lee",
        '"Talks continue," State Department spokesperson Matt Miller told reporters.': "State Department spokesperson Matt Miller",
        # A title phrase over six words: the name that ends it, with a span in the text (this crashed).
        '"Good news for investors," Global Asset Management investment chief David Smith said.': "David Smith",
        # An appositive between the name and its verb, before or after the quote; a name as the appositive.
        'Tom Reed, who voted against the plan, said: "This is a victory."': "Tom Reed",
        '"This is a victory," Tom Reed, who voted against the plan, said.': "Tom Reed",
        'The Shadow Secretary for the Family, Theresa May, said: "These plans are recycled."': "Theresa May",
        'But David Frost said the plan was "crippled".': "David Frost",
    }
    for text, speaker in cases.items():
        q = keypoints.facts(text).quotes
        assert len(q) == 1 and q[0].speaker == speaker, text
        assert text[q[0].start : q[0].end] == q[0].text
        a, b = q[0].speaker_span
        assert text[a:b] == speaker


def verdict(points: list[str]) -> list[str]:
    return [v.verdict for v in keypoints.check(ARTICLE, points).verdicts]


def test_figure_mismatch_flagged_with_the_body_sentence() -> None:
    r = keypoints.check(ARTICLE, ["Hamas attack killed 1200 Israelis on 7 October"])
    v = r.verdicts[0]
    assert v.verdict == "contradicted"
    assert any("1,139" in reason for reason in v.reasons)
    assert any("killing 1,139 people" in e.text for e in v.evidence)
    for e in v.evidence:
        assert ARTICLE[e.start : e.end] == e.text
    assert verdict(["Hamas attack killed 1,139 people on 7 October"]) == ["supported"]


def test_hedged_figures() -> None:
    assert verdict(["More than 39, 000 people have died in Gaza"]) == ["supported"]  # tokeniser's "39, 000"
    assert verdict(["More than 39, 500 people have died in Gaza"]) == ["contradicted"]
    assert verdict(["Over 39,000 people have died in Gaza"]) == ["supported"]  # "more than" == "over"
    hedged = keypoints.check(ARTICLE, ["About 1,100 people were killed by Hamas gunmen"]).verdicts[0]
    assert hedged.verdict == "supported" and any("hedged" in r for r in hedged.reasons)
    assert verdict(["Hamas gunmen killed 1,100 people"]) == ["contradicted"]  # bare rounding
    assert verdict(["Hamas gunmen killed more than 1,000 people", "Hamas gunmen killed under 1,200 people"]) == [
        "supported", "supported"]  # a bound the article's 1,139 meets
    assert verdict(["Hamas gunmen killed more than 2,000 people", "Hamas gunmen killed under 1,000 people"]) == [
        "contradicted", "contradicted"]


def test_names_quotes_speakers_negation_antonyms() -> None:
    assert verdict(["Joe Biden visited Gaza on Friday"]) == ["unsupported"]
    assert verdict(['Netanyahu said "we will bring them home"']) == ["supported"]
    assert verdict(['Matt Miller said "we will bring them home"']) == ["contradicted"]
    assert verdict(['Netanyahu said "we will never give up"']) == ["unsupported"]
    assert verdict(["The UN Security Council rejected a ceasefire resolution"]) == ["contradicted"]
    assert verdict(["The UN Security Council approved a ceasefire resolution"]) == ["supported"]
    assert verdict(["Hamas gunmen did not attack Israel on 7 October"]) == ["contradicted"]


def test_llm_framing_is_not_checked_as_a_claim() -> None:
    framing = keypoints.check(ARTICLE, ["Here is a concise summary of the article:"]).verdicts[0]
    assert framing.verdict == "supported" and framing.reasons == ("framing only: no claim to check",)
    assert verdict(["The article describes how Hamas gunmen attacked Israel on 7 October"]) == ["supported"]
    assert verdict(["The article says that Joe Biden visited Gaza on Friday"]) == ["unsupported"]
    assert verdict(["Here are the key points:", "The passage mentions two topics:"]) == ["supported", "supported"]


def test_list_markers_and_possessives_are_not_claims() -> None:
    assert verdict(["1. Hamas gunmen attacked Israel on 7 October"]) == ["supported"]  # "1." numbers the list
    assert verdict(["3) Hamas gunmen killed 1,100 people"]) == ["contradicted"]  # the figure is still checked
    assert verdict(["Netanyahu's government said: \"We will bring them home\""]) == ["supported"]
    assert verdict(["Biden's government said: \"We will bring them home\""]) == ["unsupported"]
    assert verdict(["▪ Hamas gunmen attacked Israel on 7 October", "► Hamas gunmen killed 1,100 people"]) == [
        "supported", "contradicted"]


def test_key_points_as_one_string_drop_any_list_mark_but_keep_a_minus_sign() -> None:
    r = keypoints.check(ARTICLE, "▪ About 250 people were taken hostage\n\n– Hamas gunmen killed 1,100 people\n2) x\n")
    assert [v.key_point for v in r.verdicts] == [
        "About 250 people were taken hostage", "Hamas gunmen killed 1,100 people", "x"]
    assert [v.verdict for v in r.verdicts][:2] == ["supported", "contradicted"]
    assert keypoints.check(ARTICLE, "-250 people were taken hostage").verdicts[0].key_point == "-250 people were taken hostage"
    assert verdict(["Hamas' gunmen attacked Israel on 7 October"]) == ["supported"]


def test_negation_counts_only_where_it_reaches_the_claim() -> None:
    article = (
        "Flood hits town\n\nThe river burst its banks on Monday and flooded 40 homes in the town centre, though the "
        "school was not damaged, the council said.\n\nRepairs will take months."
    )
    assert [v.verdict for v in keypoints.check(article, ["The river flooded 40 homes in the town centre"]).verdicts] == [
        "supported"
    ]
    assert [v.verdict for v in keypoints.check(article, ["The river did not flood 40 homes in the town centre"]).verdicts] == [
        "contradicted"
    ]


LOWERCASE_STORY = (
    "van crash\n\na man was struck by a van in leeds on monday and taken to hospital, police said.\n\n"
    "he is in a stable condition and officers are asking witnesses to come forward."
)


def _one(point: str):  # type: ignore[no-untyped-def]
    return keypoints.check(LOWERCASE_STORY, [point]).verdicts[0]


def test_a_novel_name_costs_score_a_novel_everyday_word_does_not() -> None:
    same = _one("a man was struck by a van in leeds and taken to hospital")
    paraphrase = _one("a man was hit by a van in leeds and taken to hospital")  # "hit": everyday English
    invented = _one("a man was struck by a van in glasgow and taken to hospital")  # a name, lowercased
    year = _one("a man was struck by a van in leeds in 2019 and taken to hospital")
    assert not any("rare words" in r for r in paraphrase.reasons)
    assert any("glasgow" in r for r in invented.reasons) and any("2019" in r for r in year.reasons)
    assert invented.score < paraphrase.score <= same.score and year.score < paraphrase.score
    held = _one("a man was held by police in leeds")  # irregular form of an everyday verb
    assert not any("rare words" in r for r in held.reasons)


def test_a_doubled_word_costs_score() -> None:
    looped = _one("a man was struck by a van van in leeds and taken to hospital")
    clean = _one("a man was struck by a van in leeds and taken to hospital")
    assert any("doubled word" in r for r in looped.reasons) and looped.score < clean.score
    assert not any("doubled word" in r for r in clean.reasons)


def test_role_swap() -> None:
    swapped = keypoints.check(ARTICLE, ["Israel attacked Hamas gunmen on 7 October"]).verdicts[0]
    assert swapped.verdict == "contradicted" and any("roles swapped" in r for r in swapped.reasons)
    assert verdict(["Hamas gunmen attacked Israel on 7 October"]) == ["supported"]
    assert verdict(["Israel was attacked by Hamas gunmen on 7 October"]) == ["supported"]  # passive: no guess


def test_checks_the_articles_own_key_points_block() -> None:
    r = keypoints.check(ARTICLE)
    assert [v.verdict for v in r.verdicts] == ["contradicted", "supported"]
    assert 0.0 <= r.score <= 1.0 and r.score == min(v.score for v in r.verdicts)


def test_bad_check_input() -> None:
    with pytest.raises(InputError):
        keypoints.check(ARTICLE, [])
    with pytest.raises(InputError):
        keypoints.check(ARTICLE, ["   "])
    with pytest.raises(InputError):
        keypoints.check("A short article about a bridge.", ["x " * 100])
    with pytest.raises(InputError):
        keypoints.check(b"\x00\x01binary")
    with pytest.raises(InputError, match="no Key Points block"):
        keypoints.check("The council met on Monday to discuss the new bridge.")


def test_cli_check_and_facts(tmp_path) -> None:  # type: ignore[no-untyped-def]
    art = tmp_path / "a.txt"
    art.write_text(ARTICLE)
    r = subprocess.run([sys.executable, "-m", "keypoints.cli", "check", str(art)], capture_output=True, text=True, check=False)
    assert r.returncode == 1 and "CONTRADICTED" in r.stdout and "1,139" in r.stdout
    pts = tmp_path / "p.txt"
    pts.write_text("- About 250 people were taken hostage\n")
    r = subprocess.run(
        [sys.executable, "-m", "keypoints.cli", "check", str(art), "--points", str(pts), "--format", "json"],
        capture_output=True, text=True, check=False,
    )
    assert r.returncode == 0 and json.loads(r.stdout)["counts"]["supported"] == 1
    r = subprocess.run([sys.executable, "-m", "keypoints.cli", "facts", str(art)], capture_output=True, text=True, check=False)
    assert r.returncode == 0 and json.loads(r.stdout)["quotes"]


HARBOUR = (Path(__file__).resolve().parents[1] / "examples" / "harbour_bridge.txt").read_text(encoding="utf-8")


def test_example_key_points_pass_their_own_check() -> None:
    # "£48m" is the body's "£48 million": the figure check vouches for it, word coverage must not flag it.
    report = keypoints.check(HARBOUR)
    assert [v.verdict for v in report.verdicts] == ["supported"] * 3


def test_reviewed_flips_flagged_with_twins() -> None:
    cases = [
        ("Trade in the old town has risen by nearly a third", "Trade in the old town has fallen by nearly a third"),
        ("Construction is due to end in March", "Construction is due to start in March"),
        ("The ferry will run every 50 minutes", "The ferry will run every 15 minutes"),  # "fifty years" is elsewhere
        ("The new bridge will open in spring 2029", "The new bridge will open in spring 2028"),
    ]
    for wrong, right in cases:
        got = [v.verdict for v in keypoints.check(HARBOUR, [wrong, right]).verdicts]
        assert got == ["contradicted", "supported"], (wrong, got)
    fig = keypoints.check(HARBOUR, ["The ferry will run every 50 minutes"]).verdicts[0]
    assert fig.reasons == ("50 does not match the article's 15 (minutes)",)  # one reason, not a second "words" one


VOTE = """Council rejects harbour plan

The city council voted 7-2 on Tuesday to reject the harbour expansion plan, after months of protests in February.

Tom Reed, who voted against the plan, said: "This is a victory for the people of the harbour."

Mayor Ann Lowe, the plan's main backer, said "We will keep fighting for the jobs it would bring."
"""


def test_speaker_in_an_appositive_and_the_side_of_a_vote() -> None:
    cases = [
        ('Ann Lowe said: "This is a victory for the people of the harbour."',
         'Tom Reed said: "This is a victory for the people of the harbour."'),
        ("Tom Reed voted for the plan.", "Tom Reed voted against the plan."),
    ]
    for wrong, right in cases:
        got = keypoints.check(VOTE, [wrong, right]).verdicts
        assert [v.verdict for v in got] == ["contradicted", "supported"], (wrong, got)
    assert keypoints.check(VOTE, ["Tom Reed voted for the plan."]).verdicts[0].reasons == (
        "voted for where the article says voted against",)


def test_a_missing_name_is_reported_once() -> None:
    v = keypoints.check(VOTE, ["The council voted to reject the plan in April."]).verdicts[0]
    assert v.verdict == "unsupported" and v.reasons == ("names not in the article: April",)


def test_months_are_dates_and_place_names_are_places() -> None:
    text = "The prime minister, Theresa May, said in May that work on Oxford Street would end in March 2025."
    f = keypoints.facts(text)
    assert [d.text for d in f.dates] == ["May", "March 2025"]
    kinds = {e.text: e.kind for e in f.entities}
    assert kinds == {"Theresa May": "person", "Oxford Street": "place"}
    for item in f.dates + f.entities:
        assert text[item.start : item.end] == item.text


@pytest.mark.parametrize(
    "name", ["River Wey", "Lake Geneva", "Mount Everest", "Port Talbot", "Gulf of Mexico", "Strait of Hormuz",
             "Loch Ness", "Isle of Wight", "North Quay"],
)
def test_places_named_by_their_first_word_are_places(name: str) -> None:
    """"River Wey" was a person (any two capitalised words), and "he said" could then resolve to it."""
    text = f"Crowds gathered as the water rose. {name} was busy on Sunday. Ann Lee watched for an hour."
    kinds = {e.text: e.kind for e in keypoints.facts(text).entities}
    assert kinds[name] == "place"
    assert kinds["Ann Lee"] == "person"  # the twin: two capitalised words with no place word stay a person
    assert {e.text: e.kind for e in keypoints.facts("Mount Sinai Hospital said Port Vale FC won.").entities} == {
        "Mount Sinai Hospital": "organisation", "Port Vale FC": "organisation"}


def test_entity_edges_possessives_openers_and_lists() -> None:
    text = "Since Yukos was sold, IBM's chief met Blair and Brown. I'll go, said a man from the Mobile Entertainment Forum."
    f = keypoints.facts(text)
    kinds = {e.text: e.kind for e in f.entities}
    assert kinds == {"Yukos": "name", "IBM": "name", "Blair": "name", "Brown": "name",
                     "Mobile Entertainment Forum": "organisation"}
    for e in f.entities:
        assert text[e.start : e.end] == e.text
    listed = keypoints.facts("Talks in France and Germany stalled. Visits to Leeds, York or Hull followed.").entities
    assert [(e.kind, e.text) for e in listed] == [("place", p) for p in ("France", "Germany", "Leeds", "York", "Hull")]


def test_a_name_the_headline_gives_is_in_the_article_but_the_headline_is_no_evidence() -> None:
    """"Cardiff" was "not in the article" when only the headline named it."""
    art = ("Cardiff council votes to close library\n\n"
           "The city council voted on Tuesday to close the old library on Main Street by the end of the year. "
           "The decision, which passed by seven votes to four, follows a review of the building's safety.")
    got = keypoints.check(art, ["The old library on Main Street will be closed by Cardiff council",
                                "The old library on Main Street will be closed by Swansea council"]).verdicts
    assert [v.verdict for v in got] == ["supported", "unsupported"], got
    assert got[1].reasons == ("names not in the article: Swansea",)
    assert all(e.text != "Cardiff council votes to close library" for v in got for e in v.evidence)
    # A claim only the headline makes is not supported by it: headlines can carry the Key Points' error.
    told = art.replace("votes to close", "votes 8-3 to close", 1)
    assert keypoints.check(told, ["The council voted 8-3 to close the old library"]).verdicts[0].verdict != "supported"


def test_a_rank_the_article_gives_as_another_is_contradicted() -> None:
    """"England are third in the table" beside "England, fourth in the table" was merely supported."""
    art = ("Six Nations\n\nEngland, fourth in the table after two defeats, face Wales at Twickenham on Saturday. "
           "Italy reached the third round of the cup for the second time in their history, coach Marco Rossi "
           "said. Gloucester dominated the second half at Kingsholm.")
    got = keypoints.check(art, [
        "England are third in the table after two defeats",
        "Italy reached the fourth round of the cup",
        "Italy reached the third round of the cup for the first time",
        "England are 4th in the table after two defeats",
        "Italy reached the third round for the second time",
        "The first half at Kingsholm was closely contested",
    ]).verdicts
    assert [v.verdict for v in got[:3]] == ["contradicted"] * 3, got
    assert got[0].reasons == ("third where the article says fourth (table)",)
    assert got[2].reasons == ("first where the article says second (time)",)
    assert got[0].evidence[0].role == "contradiction" and got[0].evidence[0].text.startswith("England, fourth")
    # The twins: the same rank in figures, the article's own ranks, and a half the article does not deny.
    assert [v.verdict for v in got[3:5]] == ["supported", "supported"], got
    assert got[5].verdict != "contradicted", got[5]


def test_both_ends_of_a_range_with_units_are_figures() -> None:
    """"a range of 5.25%-5.50%" gave only 5.50%, so "kept its rate between 5.25% and 5.50%" was contradicted."""
    art = ("Fed holds rates\n\nThe Federal Reserve kept its benchmark rate in a range of 5.25%-5.50% on "
           "Wednesday. The project will cost £5m-£10m, and the Bills won 19-12.")
    assert [f.text for f in keypoints.facts(art).figures] == ["5.25%", "5.50%", "£5m", "£10m"]  # a score is none
    got = keypoints.check(art, ["The Fed kept its rate between 5.25% and 5.50%",
                                "The Fed kept its rate between 5.00% and 5.25%"]).verdicts
    assert [v.verdict for v in got] == ["supported", "contradicted"], got


def test_a_range_whose_second_end_carries_the_unit_gives_both_ends_that_unit() -> None:
    """"10-15%", "$2-3 billion", "20-25 people" gave no figure, or "$2" as two dollars, so a bullet's
    "rise 20-25%" passed against the article's "10-15%"; a score ("won 19-12", "a 2-1 win") stays none."""
    figs = find_figures("Prices rise 10-15% on sales of $2-3 billion. About 20-25 people were hurt in a 2-1 win. "
                        "Wages rose between 3 and 4 per cent.")
    assert [(f.text, f.value, f.unit, f.hedge, f.counted) for f in figs] == [
        ("10", 10, "%", None, None), ("15%", 15, "%", None, None),
        ("$2", 2e9, "USD", None, None), ("3 billion", 3e9, "USD", None, None),
        ("20", 20, "count", "about", "people"), ("25", 25, "count", "about", "people"),
        ("3", 3, "%", None, None), ("4 per cent", 4, "%", None, None),
    ]
    art = ("Outlook\n\nPrices are expected to rise 10-15% next year, the bank said. The company forecast sales "
           "of $2-3 billion. About 20-25 people were hurt in the crash.")
    got = keypoints.check(art, [
        "Prices are expected to rise 20-25% next year", "Prices are expected to rise 10-15% next year",
        "The company forecast sales of $2-3 million", "The company forecast sales of $2-3 billion",
        "About 30-35 people were hurt in the crash", "About 20-25 people were hurt in the crash",
    ]).verdicts
    assert [v.verdict for v in got] == ["contradicted", "supported"] * 3, got
    # The same text on both sides is told apart by its value.
    assert any("$2 (2,000,000 USD) does not match the article's $2 (2,000,000,000 USD)" in r for r in got[2].reasons)


def test_an_ordinal_counts_nothing_a_counted_noun_stops_at_the_next_number_and_a_month_is_no_name() -> None:
    """A results story gave "12th" as 12 counted "th consecutive", "£1.2bn for the six months" as £1.2bn of
    "six", and "in August" as a place."""
    text = ("Tesco made a profit of £1.2bn for the six months, it said in August. It won market share for the 12th "
            "consecutive month, and 30 stores were opened in the 21st week.")
    facts = keypoints.facts(text)
    assert [(f.text, f.counted) for f in facts.figures] == [("£1.2bn", None), ("six", "months"), ("30", "stores")]
    assert "August" not in [e.text for e in facts.entities] and "August" in [d.text for d in facts.dates]
    got = keypoints.check(text, ["Tesco won market share for the 11th consecutive month",
                                 "Tesco won market share for the 12th consecutive month"]).verdicts
    assert [v.verdict for v in got] == ["contradicted", "supported"], got  # ranks are the rank check's


def test_a_number_set_off_by_commas_after_a_name_is_an_age() -> None:
    """"Mr Sullivan, 42, pleaded guilty" gave 42 as a count of nothing; news gives a person's age so."""
    figs = find_figures("Mr Sullivan, 42, pleaded guilty. Tesco, with 3,000 stores, and the vote, 31, passed.")
    assert [(f.text, f.unit) for f in figs] == [("42", "age"), ("3,000", "count"), ("31", "count")]
    got = keypoints.check("Court\n\nMr Sullivan, 42, pleaded guilty to fraud on Tuesday.",
                          ["A 42-year-old pleaded guilty to fraud", "A 44-year-old pleaded guilty to fraud"]).verdicts
    assert [v.verdict for v in got] == ["supported", "contradicted"], got


def test_a_stock_index_number_is_its_name_not_a_count() -> None:
    """"the FTSE 100 fell 0.4%" listed 100 as a count of what "fell"."""
    art = ("Markets\n\nIn London the FTSE 100 fell 0.4% on Tuesday, while in New York the S&P 500 rose 1.2%. "
           "Shares in 500 smaller firms rose.")
    figs = [(f.text, f.value) for f in keypoints.facts(art).figures]
    assert figs == [("0.4%", 0.4), ("1.2%", 1.2), ("500", 500.0)], figs  # the twin: "500 smaller firms" counts
    got = keypoints.check(art, ["The FTSE 100 fell 0.4% on Tuesday", "The FTSE 250 fell 0.4% on Tuesday"]).verdicts
    assert [v.verdict for v in got] == ["supported", "contradicted"], got
    assert got[1].reasons == ("FTSE 250 where the article says FTSE 100",)


def test_a_bare_m_before_a_race_is_metres_not_a_million() -> None:
    """"the 100m sprint" read as 100 million, so "won the 100 metres sprint" was contradicted."""
    art = ("Elaine Brown won the 100m sprint at the national championships in Kingston on Saturday, finishing "
           "in 10.9 seconds. About 100m people watched on television, and the deal was worth £100m.")
    figs = [(f.text, f.value) for f in keypoints.facts(art).figures]
    assert figs[:1] == [("100m", 100.0)]
    assert ("100m", 100e6) in figs and ("£100m", 100e6) in figs  # the twins: a million with another word or a currency
    got = keypoints.check(art, ["Elaine Brown won the 100 metres sprint in Kingston",
                                "Elaine Brown won the 200m sprint in Kingston"]).verdicts
    assert [v.verdict for v in got] == ["supported", "contradicted"], got


def test_places_named_by_what_stands_around_them_and_agencies_as_organisations() -> None:
    """A wire story read "High Atlas" (mountains) and "Moulay Brahim" (a village) as people, "Marrakech"
    (southwest of it) as a bare name, the U.S. Geological Survey as a person, dropped "Spain" before
    "Prime Minister Pedro Sanchez", and listed "GDP" as a name."""
    text = ("The quake struck in the High Atlas mountains, 72 km southwest of Marrakech, near the village of "
            "Moulay Brahim. Spain's Prime Minister Pedro Sanchez offered help. Damage could exceed 8% of GDP, "
            "the U.S. Geological Survey said, citing Reuters. The Indian state of Kerala and Chinese Foreign "
            "Minister Wang Yi were not mentioned. Mark Hills met them at the Principality Stadium with Labour "
            "MP Jo Stevens.")
    kinds = {e.text: e.kind for e in keypoints.facts(text).entities}
    assert kinds["High Atlas"] == kinds["Marrakech"] == kinds["Moulay Brahim"] == kinds["Spain"] == "place"
    assert kinds["U.S. Geological Survey"] == kinds["Reuters"] == "organisation"
    assert kinds["Pedro Sanchez"] == kinds["Wang Yi"] == "person" and "GDP" not in kinds
    # The twins: a people's adjective before a place word, a title's qualifier, names that are only names.
    assert kinds.get("Indian") != "place" and "Chinese Foreign" not in kinds
    assert kinds["Mark Hills"] == kinds["Jo Stevens"] == "person" and kinds["Principality Stadium"] == "place"


def test_a_name_opening_a_sentence_is_kept_when_the_text_names_it_elsewhere() -> None:
    """A sentence's first word was dropped as any capitalised opener is: "Google said ..." and the example
    article's "PortHaven council voted ..." gave no entity."""
    text = ("Google said on Monday it would appeal. Shares in Google fell 3%. PortHaven council met later. "
            "Trade figures were weak, the Department of Trade said. Officials declined to comment.")
    kinds = {e.text: e.kind for e in keypoints.facts(text).entities}
    assert [e.text for e in keypoints.facts(text).entities].count("Google") == 2
    assert "PortHaven" in kinds  # a capital inside a word: a name wherever it stands
    # The twins: an ordinary opener, and a word the text capitalises only inside a longer name.
    assert "Officials" not in kinds and "Trade" not in kinds, kinds


def test_countries_and_major_cities_are_places_wherever_they_stand() -> None:
    """"Germany" and "Brazil" were kind "name", "United States" an organisation (its "United" is a team
    word), and a sentence's first word "France" was dropped like any capitalised opener."""
    text = ("France and Germany agreed a deal with Brazil on Tuesday. Officials in the United States welcomed it. "
            "Paris was quiet. Georgia Smith, 34, said she was pleased. England, Jason White and Tom Shanklin "
            "flew home. Talks in Chad Street resumed.")
    f = keypoints.facts(text)
    kinds = {e.text: e.kind for e in f.entities}
    for place in ("France", "Germany", "Brazil", "United States", "Paris", "England", "Chad Street"):
        assert kinds[place] == "place", (place, kinds)
    # The twins: a person named like a place, and two-word names listed after a place, stay people.
    assert kinds["Georgia Smith"] == kinds["Jason White"] == kinds["Tom Shanklin"] == "person", kinds
    for e in f.entities:
        assert text[e.start : e.end] == e.text
    # An opener that is no place is still dropped: "Officials", "Talks".
    assert "Officials" not in kinds and "Talks" not in kinds


def test_wrong_month_or_weekday_is_contradicted_with_the_articles_date() -> None:
    cases = [
        ("The council voted on Monday to reject the harbour plan.", "The council voted on Tuesday to reject the harbour plan."),
        ("The council voted after months of protests in June.", "The council voted after months of protests in February."),
    ]
    for wrong, right in cases:
        got = keypoints.check(VOTE, [wrong, right]).verdicts
        assert [v.verdict for v in got] == ["contradicted", "supported"], (wrong, got)
        assert got[0].evidence[0].text.startswith("The city council voted 7-2")
    june = keypoints.check(VOTE, ["The council voted after months of protests in June."]).verdicts[0]
    assert june.reasons[0] == "June where the article says February"
    assert not any("names not in the article" in r for r in june.reasons)  # the month is reported once
    # "May" the name and "may" the verb are no month: nothing to contradict.
    may = keypoints.check(VOTE, ["Mayor Ann Lowe may keep fighting for the jobs."]).verdicts[0]
    assert may.verdict == "supported", may
    # The aligned sentence's February dates the protests, not the vote: April is only unsupported.
    april = keypoints.check(VOTE, ["The council voted to reject the plan in April."]).verdicts[0]
    assert april.verdict == "unsupported"



def test_a_day_the_article_gives_for_something_else_is_still_a_wrong_date() -> None:
    """"next Saturday" passed beside "host France in Cardiff next Sunday" because the article has "on Saturday"
    for the match, and "start in May" beside "may start in June" because "may" the verb is in the article."""
    art = ("Wales beat England 24-21 at Twickenham on Saturday to record their first win there since 2015. "
           "Wales host France in Cardiff next Sunday. Work on the new stand may start in June, the union said.")
    cases = [
        ("Wales host France in Cardiff next Saturday", "Wales host France in Cardiff next Sunday"),
        ("Work on the new stand will start in May", "Work on the new stand may start in June"),
        ("Wales beat England at Twickenham on Sunday", "Wales beat England at Twickenham on Saturday"),
    ]
    for wrong, right in cases:
        got = keypoints.check(art, [wrong, right]).verdicts
        assert [v.verdict for v in got] == ["contradicted", "supported"], (wrong, got)
    got = keypoints.check(art, ["Wales host France in Cardiff next Saturday"]).verdicts[0]
    assert got.reasons[0] == "Saturday where the article says Sunday"
    assert got.evidence[0].text == "Wales host France in Cardiff next Sunday."


def test_a_year_the_article_gives_for_something_else_is_still_a_wrong_date() -> None:
    """"the derailment in August 2021" was unsupported only for its coverage, with no word of the year, beside
    "a derailment ... in August 2022", because the article gives 2021 for the league table."""
    art = ("A freight operator was fined £4.2 million on Thursday over a derailment near Carlisle in August 2022. "
           "The regulator said the firm was fourth in its safety league table last year, down from second in 2021.")
    wrong, right = "The derailment near Carlisle happened in August 2021", "The derailment near Carlisle happened in August 2022"
    got = keypoints.check(art, [wrong, right]).verdicts
    assert [v.verdict for v in got] == ["contradicted", "supported"], got
    assert got[0].reasons[0] == "2021 where the article says 2022" and got[0].evidence[0].text.startswith("A freight")
    # A timeline of years is no date of one thing: each year is the article's.
    spans = "Ann Lowe led the council (2016-2021) and the regulator (2022-2024). She was first elected in 2016."
    assert keypoints.check(spans, ["Ann Lowe led the council (2016-2021) and the regulator (2022-2024)"]).ok


def test_a_wrong_currency_or_temperature_unit_is_contradicted() -> None:
    """"fined $4.2m" beside the article's "fined £4.2 million" was only unsupported ("figure $4.2m is not in the
    article"), with the sentence that says pounds shown as support."""
    art = ("A freight operator was fined £4.2 million on Thursday over a derailment near Carlisle. "
           "Temperatures fell to -5C overnight. Its parent company paid $1.13bn (£600m) for the firm in 2019.")
    cases = [
        ("The operator was fined $4.2m on Thursday", "The operator was fined £4.2m on Thursday"),
        ("Temperatures fell to -5F overnight", "Temperatures fell to -5C overnight"),
        ("The parent paid £1.13bn for the firm", "The parent paid $1.13bn for the firm"),
    ]
    for wrong, right in cases:
        got = keypoints.check(art, [wrong, right]).verdicts
        assert [v.verdict for v in got] == ["contradicted", "supported"], (wrong, got)
    got = keypoints.check(art, ["The operator was fined $4.2m on Thursday"]).verdicts[0]
    assert got.reasons == ("$4.2m where the article says £4.2 million (GBP, not USD)",)
    assert got.evidence[0].role == "contradiction" and got.evidence[0].text.startswith("A freight operator")


def test_a_rank_the_aligned_sentence_also_gives_is_no_contradiction() -> None:
    """"ranked second ... in 2021" was contradicted ("second where the article says fourth") by the sentence
    "ranked fourth in its safety league table last year, down from second in 2021", which gives both."""
    art = "The regulator said the firm had ranked fourth in its safety league table last year, down from second in 2021."
    right, wrong = "The firm ranked second in the safety league table in 2021", "The firm ranked third in the safety league table"
    got = keypoints.check(art, [wrong, right]).verdicts
    assert [v.verdict for v in got] == ["contradicted", "supported"], got
    assert got[0].reasons == ("third where the article says fourth (safety)",)

FLOOD = """Flood plan approved

The city council on Tuesday approved a £4.5m plan to build flood defences along the River Wey.

The scheme will protect fewer than 300 homes and about 40 businesses, officials said.
"""


def test_a_bound_on_the_other_side_of_the_articles_figure_is_contradicted() -> None:
    got = keypoints.check(FLOOD, ["The scheme will protect more than 300 homes",
                                  "The scheme will protect under 300 homes"]).verdicts
    assert [v.verdict for v in got] == ["contradicted", "supported"]
    assert got[0].reasons == ("more than 300 where the article says fewer than 300",)
    assert got[0].evidence[0].text.startswith("The scheme will protect fewer than 300 homes")
    # A bound against an approximate figure is a note, not a verdict.
    about = keypoints.check(FLOOD, ["The scheme will protect more than 40 businesses"]).verdicts[0]
    assert about.verdict == "supported" and about.reasons == ("more than 40 where the article says about 40",)


def test_a_contradiction_with_little_support_scores_below_a_well_supported_one() -> None:
    # Scored 0.15 x support, below what it would score unsupported (0.45 x support at least), so a
    # wrong figure never ranks above its merely unsupported twin, and less support ranks lower.
    weak, strong = keypoints.check(FLOOD, ["Insurers fear that more than 300 homes could flood again next winter",
                                           "The scheme will protect more than 300 homes"]).verdicts
    assert weak.verdict == strong.verdict == "contradicted"
    assert 0 < weak.score < strong.score <= CONTRADICTED_CAP
    unsupported = keypoints.check(FLOOD, ["Insurers fear that homes could flood again next winter"]).verdicts[0]
    assert unsupported.verdict == "unsupported" and unsupported.score > weak.score


SWAP = """Flood defences approved

The city council on Tuesday approved a £4.5m plan to build flood defences along the River Wey, after three floods in five years damaged 312 homes.

Thousands of residents signed a petition for the plan last year.
"""


def test_a_figure_given_to_the_wrong_count_is_contradicted() -> None:
    got = keypoints.check(SWAP, ["Five floods in three years damaged 312 homes",
                                 "Three floods in five years damaged 312 homes"]).verdicts
    assert [v.verdict for v in got] == ["contradicted", "supported"]
    assert got[0].reasons[0] == "Five floods where the article says three floods"
    # "Thousands" is an order of magnitude: no count contradicts it.
    vague = keypoints.check(SWAP, ["Thousands of residents signed a petition for the plan"]).verdicts[0]
    assert vague.verdict == "supported", vague


COURT = """Woman denies garage attack

The girl, aged 15 at the time, had met the defendant in a Portsmouth garage in the autumn of 2004.

The girl told police the garage was cold and that two friends were asleep in the garage.

The defendant, now 34 and called Davina, denied the charge at Portsmouth Crown Court.
"""


def test_a_figure_the_article_gives_elsewhere_is_not_contradicted_by_another_count() -> None:
    # The aligned sentence's 15 counts the girl's age "at the time"; the article's 34 is the defendant's.
    right, wrong = keypoints.check(COURT, ["A 15-year-old girl met a 34-year-old woman in a cold Portsmouth garage in 2004",
                                           "A 15-year-old girl met a 43-year-old woman in a cold Portsmouth garage in 2004"]).verdicts
    assert right.verdict == "supported", right
    assert wrong.verdict != "supported" and any("43" in r for r in wrong.reasons), wrong


HOLT = """Council approves flood plan

The city council on Tuesday approved a plan to build flood defences along the River Wey.

"This is long overdue," said Mayor Jane Holt. "Residents have waited far too long."

Opposition leader Tom Reed, who voted against the plan, said the council had underestimated the cost.
"""


def test_what_one_person_did_given_to_another_is_contradicted() -> None:
    cases = [
        ("Mayor Jane Holt voted against the plan.", "Tom Reed voted against the plan."),
        ("Tom Reed said the plan was long overdue.", "Mayor Jane Holt said the plan was long overdue."),
        ("Mayor Ann Lowe said the vote was a victory for the people of the harbour.",
         "Tom Reed said the vote was a victory for the people of the harbour."),
    ]
    for wrong, right in cases:
        article = VOTE if "Lowe" in wrong else HOLT
        got = keypoints.check(article, [wrong, right]).verdicts
        assert [v.verdict for v in got] == ["contradicted", "supported"], (wrong, got)
    v = keypoints.check(HOLT, ["Mayor Jane Holt voted against the plan."]).verdicts[0]
    assert v.reasons == ("Jane Holt where the article says Tom Reed",)
    # What the body says instead comes first, marked as a contradiction though it also aligns.
    assert v.evidence[0].text.startswith("Opposition leader Tom Reed, who voted against")
    assert v.evidence[0].role == "contradiction" and all(e.role == "support" for e in v.evidence[1:])
    # A person named in the sentence before may be its "he": no verdict.
    v = keypoints.check(VOTE, ["Tom Reed said he would keep fighting for the jobs the plan would bring."]).verdicts[0]
    assert v.verdict != "contradicted"


MOWER = """Man hit by wire

Bill Parker, 34, was mowing his lawn when he thought a rock hit him, not realizing it was actually a metal fence wire.

The driver of the car, who has not been identified, said he got into an argument with the suspects.

For a start, no less than 13 of the 22 players on show at kick-off were English.
"""


@pytest.mark.parametrize(
    ("kp", "verdict"),
    [
        ("Bill Parker was mowing his lawn when he thought a rock hit him, not realizing it was a metal fence wire.",
         "supported"),
        ("The driver of the car said he got into an argument with the suspects.", "supported"),
        ("13 of the 22 players on show at kick-off were English.", "supported"),
        ("Bill Parker was mowing his lawn when he realized it was a metal fence wire, not a rock.", "contradicted"),
        ("The driver of the car said he did not get into an argument with the suspects.", "contradicted"),
        ("No players on show at kick-off were English.", "contradicted"),
    ],
)
def test_negations_read_within_their_clause_and_hedges_are_no_negation(kp: str, verdict: str) -> None:
    v = keypoints.check(MOWER, [kp]).verdicts[0]
    assert v.verdict == verdict, v


def test_a_first_name_the_article_never_gives_is_flagged() -> None:
    # The article says only "Mr Salmond": a bullet's "John Salmond" may name the wrong man.
    article = "Salmond bows out\n\nFormer first minister Mr Salmond said he was proud of the parliament.\n"
    v = keypoints.check(article, ["Former first minister John Salmond said he was proud of the parliament"]).verdicts[0]
    assert v.verdict == "unsupported" and v.reasons[0] == "names not in the article: John", v


REPORTED = """Immigration row

Home Secretary Charles Clarke accused him of trying to score "cheap political points" on asylum.

Iain Duncan Smith, one of the chief critics of the plans, condemned the debate as a "charade".

The trainer is being billed as "the world's first intelligent shoe".

Mayor Ann Lowe spoke to reporters. She said the new rules were "long overdue".
"""


def test_a_quoted_phrase_in_reported_speech_goes_to_the_reporting_subject() -> None:
    speakers = {q.text: q.speaker for q in keypoints.facts(REPORTED).quotes}
    assert speakers == {
        "cheap political points": "Home Secretary Charles Clarke",
        "charade": "Iain Duncan Smith",
        "the world's first intelligent shoe": None,  # a scare quote: nobody speaks
        "long overdue": "Ann Lowe",  # "She", resolved to the last person named
    }
    got = keypoints.check(REPORTED, ['Iain Duncan Smith called the debate a "charade"',
                                     'Charles Clarke called the debate a "charade"']).verdicts
    assert [v.verdict for v in got] == ["supported", "contradicted"], got


def test_they_said_is_not_the_last_person_and_two_appositives_keep_the_name() -> None:
    """'"We ask for privacy," they added' went to the last person named; "Prof Anna Reed, of Leeds University,
    who studies floods, said:" to Leeds University."""
    text = ("Ann Lee, 34, watched the river rise. \u2018We are devastated,\u2019 the family said. "
            "\u201cWe ask for privacy,\u201d they added. \u201cIt was terrifying,\u201d she said.\n\n"
            "Prof Anna Reed, of Leeds University, who studies floods, said: \u201cWe predicted this.\u201d "
            "Tom Price, a resident, said: \u201cThe water came in fast.\u201d")
    speakers = {q.text: q.speaker for q in keypoints.facts(text).quotes}
    assert speakers["We ask for privacy,"] is None
    assert speakers["It was terrifying,"] == "Ann Lee"  # the twin: "she said" still resolves
    assert speakers["We predicted this."] == "Prof Anna Reed"
    assert speakers["The water came in fast."] == "Tom Price"  # one appositive, as before


def test_a_report_carries_the_inputs_decode_warnings() -> None:
    report = keypoints.check("The council approved the Caf\xe9 plan on Monday. It will cost £4m.".encode("latin-1"),
                             ["The council approved the plan on Monday"])
    assert any("UTF-8" in w or "U+FFFD" in w for w in report.warnings), report.warnings
    assert report.to_dict()["warnings"] == list(report.warnings)
    clean = keypoints.check("The council approved the plan on Monday. It will cost £4m.", ["The council approved the plan"])
    assert clean.warnings == () and "warnings" not in clean.to_dict()
    half = keypoints.check("The council approved the plan on Monday. It will cost £4m.", ["The council \ud83d approved"])
    assert any("surrogate" in w for w in half.warnings), half.warnings


def test_docs_schema_lists_the_keys_each_to_dict_gives() -> None:
    """docs/schema.md's three JSON examples (comments stripped) have the keys the API gives."""
    import re

    doc = (Path(__file__).resolve().parents[1] / "docs" / "schema.md").read_text(encoding="utf-8")
    blocks = [json.loads(re.sub(r"\s//[^\n]*", "", b)) for b in re.findall(r"```json\n(.*?)```", doc, re.S)]
    optional = {"warnings", "extracted_text"}
    results = [keypoints.brief(ARTICLE).to_dict(), keypoints.check(ARTICLE).to_dict(), keypoints.facts(ARTICLE).to_dict()]
    assert len(blocks) == 3
    for documented, got in zip(blocks, results):
        assert set(got) - optional <= set(documented) <= set(got) | optional, (sorted(documented), sorted(got))
    assert set(blocks[1]["key_points"][0]) == set(results[1]["key_points"][0])
    assert set(blocks[1]["key_points"][0]["evidence"][0]) == set(results[1]["key_points"][0]["evidence"][0])
    for kind in ("figures", "quotes", "entities", "dates"):
        assert set(blocks[2][kind][0]) == set(results[2][kind][0]), kind


def test_an_unnamed_speaker_by_role_is_not_the_last_person_named() -> None:
    text = ("Flood warning\n\nTom Reed, 22, was rescued from the river. \"I was terrified,\" the 22-year-old said.\n\n"
            "\"We expect the river to peak tonight,\" the Environment Agency spokesman said.\n\n"
            "\"Residents should move valuables upstairs,\" said a police spokeswoman.\n")
    quotes = keypoints.facts(text).quotes
    assert [q.speaker for q in quotes] == ["Tom Reed", "Environment Agency spokesman", "police spokeswoman"]
    for q in quotes:
        assert q.speaker_span is not None and text[q.speaker_span[0] : q.speaker_span[1]] == q.speaker


def _speakers(text: str) -> dict[str, str | None]:
    """Quote -> speaker, every quote and speaker span checked against the text."""
    out = {}
    for q in keypoints.facts(text).quotes:
        assert text[q.start : q.end] == q.text
        if q.speaker_span is not None:
            assert text[q.speaker_span[0] : q.speaker_span[1]] == q.speaker
        out[q.text] = q.speaker
    return out


def test_a_quote_running_over_several_sentences_is_one_quote() -> None:
    """'Priya Shah said: "One. Two."' was found in neither sentence; BBC's reopened marks ('"One. "Two."')
    and a stray unclosed mark still give the quotes they gave, never one paired across sentences."""
    text = ('Flood plan\n\nCouncil leader Priya Shah said: "For too long families have gone to bed worrying. '
            'Tonight we have given them an answer." The vote was 31 to 9.\n\n'
            'Mr Frost added: "The outlook is uncertain. "Rates will stay on hold."\n\n'
            'Take-up had not been "sufficient, she said. The committee found an "atmosphere of enthusiasm".\n')
    assert _speakers(text) == {
        "For too long families have gone to bed worrying. Tonight we have given them an answer.": "Priya Shah",
        "Rates will stay on hold.": "Frost",  # as before: the reopened first sentence is not paired
        "atmosphere of enthusiasm": None,
    }


def test_a_bare_quote_after_a_quoted_sentence_is_the_same_speakers() -> None:
    """The last person named was the speaker of a run-on quote, though the sentence before quoted someone
    else; a speaker only guessed for that quote (no attribution of its own) is not carried on."""
    text = ('Tram delay\n\n"We cannot sign a blank cheque," said Mayor Helen Ward, after a meeting with Transport '
            'Secretary David Lin. "The numbers have to add up."\n\n"If they do, we will build it."\n\n'
            'Opposition leader Mark Evans was at the meeting. "It is a broken promise."\n\n'
            '"We were told 2026," the letter from residents to Mark Evans ended. "Now we wait."\n')
    assert _speakers(text) == {
        "We cannot sign a blank cheque,": "Mayor Helen Ward",
        "The numbers have to add up.": "Mayor Helen Ward",
        "If they do, we will build it.": "Mayor Helen Ward",
        "It is a broken promise.": "Mark Evans",  # the twin: no quote before it, so the last person named
        "We were told 2026,": "Mark Evans",  # guessed from the last person named ...
        "Now we wait.": "Mark Evans",  # ... so the next one is that guess again, not a carried attribution
    }


def test_a_speaker_after_a_description_ending_in_a_role() -> None:
    """"said Pipa director Steven Kull" was "Pipa"; "said asbestosis sufferer Bernie Banton" nobody's (then
    the last person named). An appositive after the name or an "of" phrase keep the name before them."""
    cases = {
        '"We are getting there," said asbestosis sufferer Bernie Banton, who leads a group.': "Bernie Banton",
        '"It is odd," said Pipa director Steven Kull.': "Steven Kull",
        '"Rates may fall," said EEF chief economist, Steve Radley.': "Steve Radley",
        '"It is pretty odd," said retail analyst Nick Bubb of Evolution Securities.': "Nick Bubb",
        '"It matters," said Rafael Marques of the pro-democracy George Soros Foundation.': "Rafael Marques",
        '"Europe sees me differently," said the director behind JFK, Platoon and Nixon.': None,
        '"We lost," said Tom Reed, the council leader.': "Tom Reed",
    }
    for text, speaker in cases.items():
        assert list(_speakers(text).values()) == [speaker], text


def test_a_name_in_apposition_to_a_role_is_the_speaker() -> None:
    """"Its leader, Tom Reed, said ..." gave its quotes to nobody (the comma after the name stopped every
    pattern); a name that is no appositive keeps the speaker after it."""
    cases = {
        'Its leader, Tom Reed, said: "We will fight this all the way."': "Tom Reed",
        'Its leader, Tom Reed, said the council had "chosen concrete over nature".': "Tom Reed",
        '"We will fight," its leader, Tom Reed, said.': "Tom Reed",
        'The club\'s manager, Tom Reed, told the BBC: "We were poor."': "Tom Reed",
        'After talks with Tom Reed, Ann Holt said: "We were poor."': "Ann Holt",
    }
    for text, speaker in cases.items():
        assert list(_speakers(text).values()) == [speaker], text


def test_a_lone_surname_given_what_another_person_said_is_contradicted() -> None:
    """"Gatland said England had let it slip" (Jamie George's words) was supported: a bullet's surname was
    no person (one word, and first in the bullet); it is when the article names that person in full (and,
    as for full names, not in the sentence before, where "he" could point)."""
    art = ('Wales beat England\n\nWales beat England 24-21 in Cardiff on Saturday.\n\n'
           '"I\'m so proud of the boys," said Wales head coach Warren Gatland. "We were poor in the first half."\n\n'
           'England captain Jamie George admitted his side had "let it slip".\n\n'
           'England, who lost to Scotland last month, are fourth.\n')
    got = keypoints.check(art, ["Gatland said England had let it slip", "George said he was proud of the boys",
                                "George said England had let it slip", "Gatland said he was proud of the boys",
                                "England are fourth after losing to Scotland"]).verdicts
    assert [v.verdict for v in got] == ["contradicted", "contradicted", "supported", "supported", "supported"], got
    assert got[0].reasons == ("Gatland where the article says Jamie George",)
    assert got[1].reasons == ("George where the article says Warren Gatland",)


def test_teams_contests_parties_and_two_word_places_are_not_people() -> None:
    text = ("Walter Smith watched the draw for the World Cup with Leeds United fans in South Africa. "
            "\"We have to meet the challenge of each match,\" he said. The Human Rights Act was not discussed.")
    kinds = {e.text: e.kind for e in keypoints.facts(text).entities}
    assert kinds["Walter Smith"] == "person"
    assert kinds["World Cup"] == kinds["Leeds United"] == "organisation"
    assert kinds["South Africa"] == "place" and kinds["Human Rights Act"] == "name"
    assert keypoints.facts(text).quotes[0].speaker == "Walter Smith"  # "he" is no contest or team


def test_the_exact_figure_vouches_before_a_rounding_of_it() -> None:
    text = ("Flood plan approved\n\nThree floods in five years damaged 312 homes along the River Wey.\n\n"
            "The scheme will protect about 300 homes and 40 businesses, officials said.\n")
    exact = keypoints.check(text, ["The scheme will protect about 300 homes"]).verdicts[0]
    assert exact.verdict == "supported" and exact.reasons == (), exact  # no "rounds the article's 312" note
    rounded = keypoints.check(text, ["Floods damaged about 310 homes"]).verdicts[0]
    assert rounded.verdict == "supported" and "rounds the article's 312" in rounded.reasons[0], rounded


INFLATION = """Inflation falls to 4.6%

UK inflation fell to 4.6% in October from 6.7% in September, the Office for National Statistics said.

The drop was driven mainly by lower household energy bills, which fell by 21% over the month.
"""


def test_a_rise_where_the_article_has_a_fall_and_the_nearest_figure_is_the_aligned_ones() -> None:
    got = keypoints.check(INFLATION, ["Household energy bills doubled over the month",
                                      "Household energy bills fell sharply over the month"]).verdicts
    assert [v.verdict for v in got] == ["contradicted", "supported"], got
    assert got[0].reasons == ("“doubled” where the article says “fell”",)
    wrong = keypoints.check(INFLATION, ["Household energy bills fell by 12% over the month"]).verdicts[0]
    assert wrong.reasons == ("12% does not match the article's 21%",)  # not the first sentence's 6.7%


def test_a_change_where_the_article_has_none_and_the_reverse() -> None:
    text = INFLATION + "\nThe Bank of England kept interest rates at 5.25% this month.\n"
    got = keypoints.check(text, ["The Bank of England raised interest rates to 5.25% this month",
                                 "The Bank of England kept interest rates at 5.25% this month"]).verdicts
    assert [v.verdict for v in got] == ["contradicted", "supported"], got
    assert got[0].reasons == ("“raised” where the article says “kept”",)


def test_a_forecast_raised_where_the_article_has_it_cut_and_the_reverse() -> None:
    text = INFLATION + "\nRetailer Nordby cut its profit forecast on Monday. Nordby raised its dividend to 5p.\n"
    got = keypoints.check(text, ["Nordby raised its profit forecast on Monday",
                                 "Nordby cut its profit forecast on Monday",
                                 "Nordby lowered its dividend to 5p"]).verdicts
    assert [v.verdict for v in got] == ["contradicted", "supported", "contradicted"], got
    assert got[0].reasons == ("“raised” where the article says “cut”",)
    mpc = INFLATION + "\nThree members of the committee voted for a further increase in interest rates.\n"
    got = keypoints.check(mpc, ["Three members of the committee voted for a cut in interest rates",
                                "Three members of the committee voted for an increase in interest rates"]).verdicts
    assert [v.verdict for v in got] == ["contradicted", "supported"], got


DESCRIBED = """Wales beat England 24-21 in Cardiff

Wales beat England 24-21 on Saturday, with fly-half Dan Biggar kicking the winning penalty in the final minute.

England coach Steve Borthwick said his side had let it slip. Wales coach Warren Gatland praised his players.

Labour MP Jo Stevens watched from the stands alongside Conservative MP Alun Cairns. Norway striker Erling Haaland
was there too; Haaland, who plays for Manchester City, flew in on Friday.
"""


def test_a_person_described_as_the_article_describes_someone_else_is_contradicted() -> None:
    got = keypoints.check(DESCRIBED, [
        "Wales coach Steve Borthwick said his side had let it slip",
        "Scrum-half Dan Biggar kicked the winning penalty",
        "Conservative MP Jo Stevens watched from the stands",
        # The twins: the article's own descriptions, one more word, a description no one else is given,
        # and another true one.
        "England coach Steve Borthwick said his side had let it slip",
        "England head coach Steve Borthwick said his side had let it slip",
        "Fly-half Dan Biggar kicked the winning penalty",
        "Tory MP Alun Cairns watched from the stands",
        "Manchester City striker Erling Haaland was there too",
    ]).verdicts
    assert [v.verdict for v in got] == ["contradicted"] * 3 + ["supported"] * 5, got
    assert got[0].reasons == ("“Wales coach Steve Borthwick” where the article says “England coach Steve Borthwick”",)
    assert got[1].reasons == ("“Scrum-half Dan Biggar” where the article says “fly-half Dan Biggar”",)
    assert DESCRIBED[got[2].evidence[0].start : got[2].evidence[0].end].startswith("Labour MP Jo Stevens")


def test_a_word_can_have_several_opposites() -> None:
    text = ("Minister resigns\n\nHealth Minister Sarah Collins resigned on Thursday over a leaked memo.\n\n"
            "Prime Minister David Park said he had accepted her resignation with regret.\n")
    got = keypoints.check(text, ["Health Minister Sarah Collins was sacked on Thursday",
                                 "The Prime Minister refused her resignation",
                                 "The Prime Minister accepted her resignation"]).verdicts
    assert [v.verdict for v in got] == ["contradicted", "contradicted", "supported"], got
    assert got[1].reasons == ("“refused” where the article says “accepted”",)  # "refused" opposes "agreed" too


RUGBY = """Wales beat England in Cardiff thriller

Wales beat England 24-21 at the Principality Stadium on Saturday, with Dan Biggar kicking a late penalty.

England led 21-18 with ten minutes left after two tries from winger Jonny May.

Wales coach Warren Gatland said: "It was a special day for the players and the fans."

England head coach Eddie Jones admitted his side had "made too many mistakes" in the second half.
"""


def test_a_wrong_score_a_loss_for_a_win_and_a_coach_given_anothers_words() -> None:
    got = keypoints.check(RUGBY, ["Wales beat England 24-12 on Saturday", "Wales beat England 24-21 on Saturday",
                                  "Wales lost to England on Saturday",
                                  "Eddie Jones said it was a special day for the players",
                                  "Warren Gatland said it was a special day for the players"]).verdicts
    assert [v.verdict for v in got] == ["unsupported", "supported", "contradicted", "contradicted", "supported"], got
    assert got[0].reasons == ("score 24-12 is not in the article; it gives 24-21",)
    assert got[2].reasons == ("“lost” where the article says “beat”",)
    assert got[3].reasons == ("Eddie Jones where the article says Warren Gatland",)


def test_a_heading_line_in_key_points_text_is_no_claim() -> None:
    r = keypoints.check(ARTICLE, "Key Points:\n- About 250 people were taken hostage\nHighlights\n")
    assert [v.key_point for v in r.verdicts] == ["About 250 people were taken hostage"] and r.ok
    # a list is checked item by item as given (callers pair items with verdicts), a heading included
    assert len(keypoints.check(ARTICLE, ["Key Points", "About 250 people were taken hostage"]).verdicts) == 2
    with pytest.raises(InputError, match="no key points to check"):
        keypoints.check(ARTICLE, "## Key Points\n")


def test_check_and_facts_are_typed_and_their_types_exported() -> None:
    """`keypoints.check` / `facts` had no return annotation (typed as Any for a caller's mypy and IDE), and
    `Report` / `Facts` could only be imported from internal modules."""
    import typing

    names = {"Report": keypoints.Report, "Facts": keypoints.Facts}
    assert typing.get_type_hints(keypoints.check, localns=names)["return"] is keypoints.Report
    assert typing.get_type_hints(keypoints.facts, localns=names)["return"] is keypoints.Facts
    report = keypoints.check(ARTICLE)
    assert isinstance(report, keypoints.Report) and isinstance(report.verdicts[0], keypoints.Verdict)
    assert isinstance(report.verdicts[0].evidence[0], keypoints.Evidence)
    assert isinstance(keypoints.facts(ARTICLE), keypoints.Facts)
    assert set(keypoints.__all__) <= set(dir(keypoints)) | set(keypoints.LAZY_TYPES)
    with pytest.raises(AttributeError):
        keypoints.Nothing  # noqa: B018


def test_a_number_word_inside_a_longer_word_is_no_figure() -> None:
    assert [f.text for f in find_figures("Tensions rose as tenants of the sixth tower watched the tennis")] == []
    text = "Two countries traded accusations after the border clash on Monday, officials said."
    got = keypoints.check(text, ["Ten countries traded accusations after the border clash",
                                 "The border clash raised tensions between the two countries"]).verdicts
    assert got[0].verdict == "contradicted" and got[0].reasons[0].startswith("Ten does not match"), got[0]
    assert not any("ten" in r.lower().split() for r in got[1].reasons), got[1]  # "ten" of "tensions" was a figure


def test_novel_names_cost_a_share_of_the_score_so_weak_bullets_still_rank() -> None:
    # Lowercased, as much news data is: the names are told by the dictionary, not by capitals.
    text = "the council approved a £4.5m flood defence scheme for the town on tuesday. work will start in may."
    plain, named, weak, invented = keypoints.check(text, [
        "the council approved a flood defence scheme for the town",
        "glasgow council approved a flood defence scheme for the town",
        "glasgow council approved a flood defence scheme and a sports centre for the town",
        "glasgow council bought a fleet of electric buses from a dundee firm",
    ]).verdicts
    assert plain.reasons == () and named.reasons == ("names or rare words not in the article: glasgow",)
    assert invented.reasons[-1] == "names or rare words not in the article: dundee, glasgow"
    # Subtracting a fixed amount per name left the last two tied at 0.
    assert plain.score > named.score > weak.score > invented.score > 0


def test_a_year_the_article_gives_as_a_range_end_is_not_novel() -> None:
    text = "The band toured Europe in 2007–11 and again in 2015, its manager said on Monday."
    given, other = keypoints.check(text, ["The band toured Europe from 2007 to 2011",
                                          "The band toured Europe from 2007 to 2012"]).verdicts
    assert given.verdict == "supported" and given.reasons == ()  # was "names or rare words ...: 2011"
    assert other.verdict == "contradicted" and other.reasons == ("2012 where the article says 2007",)


def test_a_word_opening_a_sentence_after_two_spaces_is_no_missing_name() -> None:
    text = "The council approved the plan on Monday, officials said. Nobody objected to it."
    plain, named = keypoints.check(text, ["The council approved the plan.  There were no objections.",
                                          "The council approved the plan, said Mayor Holt."]).verdicts
    assert not any("names not in the article" in r for r in plain.reasons), plain  # was "There"
    assert named.verdict == "unsupported" and named.reasons[0] == "names not in the article: Mayor, Holt"


WALLS = (
    "Sea defences to be rebuilt\n\nAgency chair Emma Howard visited the harbour on Monday. \"We cannot keep patching "
    "walls that were built for a different climate,\" Howard told reporters.\n"
)


@pytest.mark.parametrize(
    ("kp", "verdict"),
    [
        ("Emma Howard says the walls were built for a different climate", "supported"),
        ("Howard said the agency cannot keep patching the walls", "supported"),
        ("The walls were not built for a different climate", "contradicted"),
        ("Howard said the agency can keep patching the walls", "contradicted"),
    ],
)
def test_a_negation_denies_its_own_verb_not_a_relative_clause_after_its_object(kp: str, verdict: str) -> None:
    # "cannot keep patching walls that were built ..." negates "keep patching", not "built": the bullet's
    # plain "built" was contradicted ("negation differs from the article") for sharing "walls".
    v = keypoints.check(WALLS, [kp]).verdicts[0]
    assert v.verdict == verdict, v


@pytest.mark.parametrize(
    ("kp", "verdict", "reason"),
    [
        ("Half of riverside councils reported damage", "contradicted", "Half does not match the article's two-thirds"),
        ("Three-quarters of riverside councils reported damage", "contradicted",
         "Three-quarters does not match the article's two-thirds"),
        ("About 66% of riverside councils reported damage", "supported",
         "66% rounds the article's two-thirds (hedged: “about”)"),
        ("66% of riverside councils reported damage", "contradicted", "66% does not match the article's two-thirds"),
        ("Two-thirds of riverside councils reported damage", "supported", None),
    ],
)
def test_a_share_in_words_is_compared_with_percentages(kp: str, verdict: str, reason: str | None) -> None:
    article = ("Review ordered\n\nThe agency published its review after two-thirds of riverside councils reported "
               "damage. Repairs will take years.\n")
    v = keypoints.check(article, [kp]).verdicts[0]
    assert v.verdict == verdict and (reason is None or v.reasons[0] == reason), v


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Half of the councils agreed", [("Half", 0.5)]),
        ("nearly half of all voters", [("half", 0.5)]),
        ("trade fell by nearly a third since then", [("a third", 1 / 3)]),
        ("a quarter of homes", [("a quarter", 0.25)]),
        ("in the second half of the match", []),
        ("she won a third term in office", []),
        ("an hour and a half later", []),
    ],
)
def test_shares_in_words_are_fractions_and_positions_are_not(text: str, found: list[tuple[str, float]]) -> None:
    assert [(f.text, f.value) for f in find_figures(text) if f.unit == "fraction"] == found


def test_central_banks_and_treasuries_are_organisations_and_an_ordinal_no_figure() -> None:
    f = keypoints.facts("The Federal Reserve held rates on Wednesday, the eighth straight meeting without a change.")
    assert [(e.kind, e.text) for e in f.entities] == [("organisation", "Federal Reserve")]
    assert not f.figures  # "eighth" ranks the meeting; it counts nothing
    g = keypoints.facts("Shares rose after the Reserve Bank of Australia cut rates. US Treasury Secretary Janet Yellen "
                        "met Fed chair Jerome Powell in Washington on Friday.")
    kinds = {e.text: e.kind for e in g.entities}
    assert kinds["Reserve Bank of Australia"] == "organisation"
    assert kinds["Janet Yellen"] == "person" and kinds["Jerome Powell"] == "person"


NAMED = (
    "Flood plan\n\nAgency chair Emma Howard visited the harbour on Monday. \"We cannot keep patching walls,\" Howard "
    "told reporters. Local MP Tom Reed said the plan was late.\n"
)


@pytest.mark.parametrize(
    ("kp", "verdict", "reason"),
    [
        ("Agency chair Emma Harwood said the walls need work", "contradicted", "Harwood where the article says Howard"),
        ("Emma Harwood visited the harbour on Monday", "contradicted", "Harwood where the article says Howard"),
        ("Tom Reid said the plan was late", "contradicted", "Reid where the article says Reed"),
        ("Harwood visited the harbour on Monday", "unsupported", "name Harwood is not in the article; it has Howard"),
        ("Anna Harwood visited the harbour on Monday", "unsupported", "name Harwood is not in the article; it has Howard"),
        ("Agency chair Emma Howard visited the harbour", "supported", None),
        ("Mr Blair said the plan was late", "unsupported", "names not in the article: Blair"),
    ],
)
def test_a_misspelt_name_points_to_the_article_s_near_twin(kp: str, verdict: str, reason: str | None) -> None:
    # "Agency chair Emma Harwood" was only "names not in the article: Harwood", with no pointer to "Howard".
    v = keypoints.check(NAMED, [kp]).verdicts[0]
    assert v.verdict == verdict and (reason is None or v.reasons[0] == reason), v
    if reason and "Howard" in reason:
        assert v.evidence[0].text.startswith("Agency chair Emma Howard") and v.evidence[0].role == "contradiction"


ROLES = (
    "Squad named\n\nEngland coach Steve Borthwick named his squad on Tuesday. Borthwick said the side was ready. "
    "Bank chairman John Smith thanked the staff. Later, chief executive Anna Lee spoke.\n"
)


@pytest.mark.parametrize(
    ("kp", "verdict"),
    [
        ("England captain Steve Borthwick named his squad", "contradicted"),
        ("Chief executive John Smith thanked the staff", "contradicted"),
        ("Chairwoman Anna Lee spoke", "contradicted"),
        ("England head coach Steve Borthwick named his squad", "supported"),
        ("England manager Steve Borthwick named his squad", "supported"),  # the same side: another word for it
        ("Bank chairman John Smith thanked the staff", "supported"),
    ],
)
def test_a_role_of_the_other_side_of_its_family_is_contradicted(kp: str, verdict: str) -> None:
    # "England captain Steve Borthwick" for the article's "England coach Steve Borthwick" was supported.
    v = keypoints.check(ROLES, [kp]).verdicts[0]
    assert v.verdict == verdict, v


def test_another_person_s_role_in_the_sentence_does_not_hide_a_role_swap() -> None:
    # "captain" in the sentence belongs to Dafydd Jenkins, not to Warren Gatland.
    article = "Squad named\n\nWales head coach Warren Gatland praised captain Dafydd Jenkins after the win.\n"
    got = keypoints.check(article, ["Wales captain Warren Gatland praised Dafydd Jenkins",
                                    "Wales coach Warren Gatland praised captain Dafydd Jenkins"]).verdicts
    assert [v.verdict for v in got] == ["contradicted", "supported"], got


def test_a_role_the_article_also_gives_the_person_passes() -> None:
    article = ("Squad named\n\nEngland coach Steve Borthwick named his squad. Borthwick, a former England captain, "
               "said the side was ready.\n")
    v = keypoints.check(article, ["England captain Steve Borthwick named his squad"]).verdicts[0]
    assert v.verdict == "supported", v


def test_a_quote_given_to_the_article_s_own_speaker_words_is_no_misattribution() -> None:
    # "One told BBC News Online ..." (speaker read as "One", a stopword) was contradicted by itself:
    # "quote attributed to One; the article gives it to One".
    article = ('Staff fired\n\nThe firm closed its office on Monday. One told BBC News Online that the staff had been '
               '"financially ruined in the space of a day". Chief executive Ann Bell said "we acted within the law".\n')
    same = 'One told BBC News Online that the staff had been "financially ruined in the space of a day".'
    wrong = 'Tom Reed said the staff had been "financially ruined in the space of a day".'
    got = keypoints.check(article, [same, wrong]).verdicts
    assert [v.verdict for v in got] == ["supported", "contradicted"], got


def test_an_llm_s_tally_of_the_passage_s_subjects_is_no_figure_of_the_story() -> None:
    # "The passage describes two individuals named Francis I" was contradicted ("two does not match the
    # article's 1515") or unsupported ("figure two is not in the article"): it counts the passage's subjects.
    article = ("Francis I\n\nFrancis I was Holy Roman Emperor and Grand Duke of Tuscany. Francis I of France was the "
               "first King of France from the House of Valois. About 300 soldiers guarded the king.\n")
    tally = "The passage describes two men named Francis I, a Holy Roman Emperor and a King of France."
    story = "The passage says 200 soldiers guarded the king."  # after a frame, the story's own figures count
    got = keypoints.check(article, [tally, story]).verdicts
    assert [v.verdict for v in got] == ["supported", "contradicted"], got


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("reigning from 1515 to 1547.", []),
        ("Francis I (1494-1547) was king", []),
        ("In 1066, the Normans came", []),
        ("about 1500 people were hurt", [1500]),
        ("a crowd of 1500.", [1500]),
        ("up to 1700 homes", [1700]),
    ],
)
def test_years_before_1800_are_dates_where_a_date_word_or_range_says_so(text: str, values: list[int]) -> None:
    assert [f.value for f in find_figures(text)] == values


def test_am_and_pm_after_a_time_are_no_names() -> None:
    article = "Crash on the A9\n\nA crash happened on the A9 north of Berriedale at about 14:00 on Tuesday.\n"
    v = keypoints.check(article, ["A crash happened on the A9 north of Berriedale at about 2:00 PM."]).verdicts[0]
    assert not any("names not in the article" in r for r in v.reasons), v


PHONES = (
    "Phone rules\n\nGetting mobile phone users to send multimedia messages is important for operators keen to get "
    "more cash from multimedia messages. Until then, multimedia will be a message that is not getting through. "
    "Firms that flout the rules could be cut off from all UK phone networks. \"We do not have to say why. We can "
    "just cut them off,\" the regulator said.\n"
)


@pytest.mark.parametrize(
    ("kp", "verdict"),
    [
        ("Until then, multimedia will be a message that is not getting through.", "supported"),
        ("Firms that flout the rules could be cut off from all UK phone networks.", "supported"),
        ("\"We do not have to say why. We can just cut them off.\"", "supported"),
        ("Firms that flout the rules could not be cut off from all UK phone networks.", "contradicted"),
    ],
)
def test_an_article_sentence_is_not_contradicted_by_its_own_negation(kp: str, verdict: str) -> None:
    # BBC dev, every body sentence as its own bullet: 4 of 14,904 were "negation differs from the article",
    # against a sentence that shares more words ("Getting mobile phone users"), or through a negation read
    # past the end of its sentence ("We do not have to say why. We can just cut them off").
    v = keypoints.check(PHONES, [kp]).verdicts[0]
    assert v.verdict == verdict, v


def test_brief_self_check_of_a_quoted_bullet_needs_no_lemma_tables() -> None:
    """The self-check of a trimmed bullet that quotes someone reads the article's quotes and speakers; it
    read every figure too, whose counted nouns loaded lemminflect's tables (0.5 s, 50 MB) into `brief`."""
    text = (
        "The council approved the harbour plan on Monday after a long debate in the chamber.\n\n"
        'However, Mayor Anna Price said the town "will build 300 homes on the quay by 2026" with the money.\n\n'
        "Work on the new bridge will start in March and take two years to finish."
    )
    code = (
        "import sys, keypoints\n"
        f"b = keypoints.brief({text!r})\n"
        "assert b.bullets[1].text.startswith('Mayor Anna Price said'), b.bullets\n"  # trimmed: self-checked
        "print('lemminflect' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    assert out.strip() == "False"
    # `check` and `facts` still read what the figure counts.
    assert keypoints.facts(text).figures[0].counted == "homes"


def test_a_speaker_s_organisation_after_the_name_is_not_the_speaker() -> None:
    """"Dr Sam Okoye of Caltech said ..." gave the quote to Caltech, and `check` then contradicted the faithful
    "Dr Sam Okoye called it ..." ("the article gives it to Caltech"); an organisation named "X of Y" stays whole."""
    cases = {
        'Dr Sam Okoye of Caltech said the signal was "intriguing but not conclusive".': "Dr Sam Okoye",
        'Inspector Mark Ellis of West Yorkshire Police said knife crime "destroys families".': "Inspector Mark Ellis",
        'Governor Ann Bailey of the Bank of England said: "We will keep policy tight."': "Governor Ann Bailey",
        'The Bank of England said inflation was "too high".': "Bank of England",
        'Ann Bailey said inflation was "too high".': "Ann Bailey",  # the twin without an organisation
    }
    for text, speaker in cases.items():
        assert list(_speakers(text).values()) == [speaker], text
    body = "Probe\n\nThe planet is 48 light years away. " + next(iter(cases))
    kp = "Dr Sam Okoye called the signal “intriguing but not conclusive”"
    assert keypoints.check(body, [kp]).verdicts[0].verdict == "supported"


def test_he_said_after_a_quoted_sentence_and_a_subject_named_by_last_name_only() -> None:
    """"X said Y had shown "no remorse". "The scale ...," she said" is X's, not Y's; but if someone is named after
    the quote, "he" is that person. A last name opening a sentence is that person ("Reed conceded ...") where
    the venue "Black Meadow arena" was taken for a person and given Reed's words."""
    text = ('Verdict\n\nJudge Helen Marsh said Dan Whit had shown "no remorse whatsoever". '
            '"The harm is hard to overstate," she told the court.\n\n'
            'Tom Hewitt said he had had a "gutful" but Geoff Pollard rejected his comments. '
            '"We did ask for it," he said.\n\n'
            'Ann Holt beat Tom Reed. "Tonight we look forward," Holt told supporters at the Black Meadow arena. '
            'Reed conceded defeat but said he would not leave politics. "I will serve the city," he said.\n')
    assert _speakers(text) == {
        "no remorse whatsoever": "Judge Helen Marsh",
        "The harm is hard to overstate,": "Judge Helen Marsh",
        "gutful": "Tom Hewitt",
        "We did ask for it,": "Geoff Pollard",
        "Tonight we look forward,": "Holt",
        "I will serve the city,": "Reed",
    }
    places = [e.text for e in keypoints.facts(text).entities if e.kind == "place"]
    assert "Black Meadow" in places


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The EU pledged 50 million euros in aid", [("50 million euros", 5e7, "EUR", "aid")]),
        ("A nine-month-old baby was found", [("nine-month-old", 0.75, "age", "baby")]),
        ("A baby aged nine months was found", [("nine months", 0.75, "age", None)]),
        ("One firefighter, aged 54, died", [("54", 54, "age", None)]),
        ("after a 14-week trial", [("14", 14, "count", "week trial")]),
        ("cut fares by half", [("half", 0.5, "fraction", None)]),
        ("the second half of the season", []),
    ],
)
def test_currency_words_ages_in_years_hyphenated_nouns_and_by_half(
    text: str, found: list[tuple[str, float, str, str | None]]
) -> None:
    """"50 million euros" was a count, "nine-month-old" the age of a nine-year-old, "aged 54" a count, "a 14-week
    trial" a figure of nothing (so the article's 14 vouched for "14 counts"), "by half" no share."""
    got = [(text[f.start : f.end], f.value, f.unit, f.counted) for f in find_figures(text)]
    assert got == found


ERRORS_BODY = """Quake and trial

A nine-month-old baby was pulled alive from a collapsed block after 31 hours. The European Union pledged 50 million euros in aid.

One volunteer firefighter, aged 54, died when his truck overturned. More than 600 firefighters were battling the blaze.

Tom Whit, 42, was convicted of four counts of fraud after a 14-week trial. Jill Novak promised to cut bus fares by a third.
"""


@pytest.mark.parametrize(
    ("kp", "verdict", "against"),
    [
        ("A nine-year-old boy was pulled alive after 31 hours", "contradicted", "A nine-month-old baby"),
        ("A baby aged nine months was pulled alive after 31 hours", "supported", None),
        ("The EU pledged €15m in aid", "contradicted", "The European Union pledged"),
        ("The European Union pledged €50m in aid", "supported", None),
        ("A 45-year-old volunteer firefighter died", "contradicted", "One volunteer firefighter"),
        ("A 54-year-old volunteer firefighter died", "supported", None),
        ("Tom Whit was convicted of 14 counts of fraud", "contradicted", "Tom Whit, 42"),
        ("Tom Whit was convicted of four counts of fraud", "supported", None),
        ("Jill Novak promised to cut bus fares by half", "contradicted", "Jill Novak promised"),
        ("Jill Novak promised to cut bus fares by a third", "supported", None),
    ],
)
def test_ages_currencies_and_nouns_after_a_hyphen_are_checked(kp: str, verdict: str, against: str | None) -> None:
    v = keypoints.check(ERRORS_BODY, [kp]).verdicts[0]
    assert v.verdict == verdict, v.reasons
    if against:
        e = v.evidence[0]
        assert e.role == "contradiction" and e.text.startswith(against)
        assert ERRORS_BODY[e.start : e.end] == e.text


def test_a_bullet_ordering_two_events_and_an_abbreviated_title_are_no_errors() -> None:
    """"Kane levelled before half-time after Rossi gave Italy the lead" was contradicted ("after" where the article says
    "before"), and "CEO" was a name the article lacks where it says "chief executive"; their twins stay flagged."""
    body = ("Semi-final\n\nFederico Rossi gave Italy the lead before Harry Kane levelled just before half-time.\n\n"
            "A jury acquitted former Crestwell chief executive Martin Osei of insider trading.\n")
    kps = ["Harry Kane levelled before half-time after Rossi gave Italy the lead",
           "Federico Rossi gave Italy the lead after Harry Kane levelled",
           "A jury acquitted ex-Crestwell CEO Martin Osei of insider trading",
           "A jury acquitted ex-Crestwell CFO Martin Osei of insider trading"]
    got = [v.verdict for v in keypoints.check(body, kps).verdicts]
    assert got == ["supported", "contradicted", "supported", "unsupported"]


def test_a_name_opening_the_bullet_that_the_article_lacks_is_unsupported() -> None:
    """"Aslef members voted to strike" (the article's union is the RMT) was supported: the opener was left out of
    the names, costing only score as a rare word. A name the article gives, or misspells, is read as before."""
    body = ("Rail strike\n\nMembers of the RMT union at Northern Rail voted to strike over pay, the union said.\n\n"
            "Italy and France have sent planes to help. RMT leader Mick Lynch called the offer an insult.\n")
    kps = ["Aslef members at Northern Rail voted to strike over pay", "RMT members at Northern Rail voted to strike over pay",
           "Spain and France have sent planes to help", "Italy and France have sent planes to help",
           "Lynch called the offer an insult"]
    got = [(v.verdict, v.reasons) for v in keypoints.check(body, kps).verdicts]
    assert got[0] == ("unsupported", ("names not in the article: Aslef",))
    assert got[2] == ("unsupported", ("names not in the article: Spain",))
    assert [v for v, _ in got] == ["unsupported", "supported", "unsupported", "supported", "supported"]


def test_a_figure_s_hedge_is_compared_with_the_figure_not_as_a_word() -> None:
    """"around 400 homes" for the article's "about 400 homes" was unsupported ("words not in the article: around")."""
    body = "Wildfire\n\nA wildfire fanned by strong winds has destroyed about 400 homes near Athens, officials said.\n"
    kps = ["A wildfire has destroyed around 400 homes near Athens", "A wildfire has destroyed around 4,000 homes near Athens"]
    v = keypoints.check(body, kps).verdicts
    assert [x.verdict for x in v] == ["supported", "contradicted"]
    assert v[0].reasons == () and v[1].evidence[0].start == body.index("A wildfire")


def test_a_death_toll_given_as_injuries_is_contradicted() -> None:
    """"The quake injured 2,100 people" where the article says it killed 2,100 was supported (the figure and
    its noun are the article's; the harm word was not compared, the sentence having both kinds)."""
    body = ("Quake\n\nAn earthquake struck western Turkey on Monday, killing at least 2,100 people and injuring more "
            "than 9,000, officials said.\n")
    kps = ["The quake injured 2,100 people", "The quake killed at least 2,100 people",
           "More than 9,000 people were injured", "More than 9,000 people were killed"]
    v = keypoints.check(body, kps).verdicts
    assert [x.verdict for x in v] == ["contradicted", "supported", "supported", "contradicted"]
    assert v[0].reasons[0] == "2,100 injured where the article says 2,100 killed"
    assert (v[0].evidence[0].role, v[0].evidence[0].start) == ("contradiction", body.index("An earthquake"))


def test_a_part_of_a_group_is_not_the_group_s_total() -> None:
    """"nine of the miners" was contradicted by the article's "Eleven miners", and "Two miners" by it too where the
    article's "Two others" counts the same men: a part is compared with the article's parts, "others" with anything."""
    body = ("Mine collapse\n\nEleven miners were trapped underground on Wednesday after a collapse.\n\n"
            "Rescuers reached nine of the men through a shaft. Two others have not been located.\n")
    kps = ["Rescuers reached nine of the miners through a shaft", "Rescuers reached two of the men through a shaft",
           "Two miners have not been located", "Twelve miners were trapped underground"]
    v = keypoints.check(body, kps).verdicts
    assert [x.verdict for x in v] == ["supported", "contradicted", "supported", "contradicted"]
    assert v[1].reasons[0] == "two of the men where the article says nine of the men"
    assert (v[1].evidence[0].role, v[1].evidence[0].start) == ("contradiction", body.index("Rescuers"))
    assert v[3].evidence[0].start == body.index("Eleven")
    assert find_figures("Two others have not been located")[0].counted is None


def test_no_before_a_noun_negates_the_noun_with_its_verb() -> None:
    """"No infant has died" (beside "14 infants had fallen ill") and "Strike dates have not yet been set" (for "No
    dates have been set") were contradicted: "no" was read as denying the noun. It denies the noun's verb."""
    body = ("Recall\n\nRegulators said 14 infants had fallen ill after drinking the formula. None has died.\n\n"
            "No dates have been set for the strike, the union said.\n")
    kps = ["No infant has died", "Strike dates have not yet been set", "Dates have been set for the strike",
           "Two infants have died"]
    v = keypoints.check(body, kps).verdicts
    assert [x.verdict for x in v][:3] == ["supported", "supported", "contradicted"]
    assert v[2].reasons == ("negation differs from the article",)
    assert (v[2].evidence[0].role, v[2].evidence[0].start) == ("contradiction", body.index("No dates"))
    assert v[3].verdict != "supported"


def test_a_figure_of_another_measure_is_unsupported_not_contradicted() -> None:
    """"beat Sabalenka in three sets" was contradicted by the article's "two hours": a count of sets says nothing of a
    time. It is unsupported (scored as low as a wrong figure); "three hours" for "two hours" is still contradicted."""
    body = "Final\n\nIga Swiatek beat Aryna Sabalenka in two hours to win the title on Saturday.\n"
    kps = ["Iga Swiatek beat Aryna Sabalenka in three sets to win the title",
           "Iga Swiatek beat Aryna Sabalenka in three hours to win the title"]
    v = keypoints.check(body, kps).verdicts
    assert [x.verdict for x in v] == ["unsupported", "contradicted"]
    assert v[0].reasons[0] == "figure three is not in the article; it gives two (hours)"
    assert v[0].score <= CONTRADICTED_CAP
    assert (v[1].evidence[0].role, v[1].evidence[0].start) == ("contradiction", body.index("Iga"))


def test_up_from_and_down_from_are_a_rise_and_a_fall() -> None:
    """"Turnout fell to 61% from 48%" passed beside "Turnout was 61%, up from 48%": no verb of change on that side."""
    body = "Vote\n\nTurnout was 61%, up from 48% four years ago, the commission said.\n"
    kps = ["Turnout fell to 61% from 48%", "Turnout rose to 61% from 48%"]
    v = keypoints.check(body, kps).verdicts
    assert [x.verdict for x in v] == ["contradicted", "supported"]
    assert v[0].reasons == ("“fell” where the article says “up from”",)
    assert (v[0].evidence[0].role, v[0].evidence[0].start) == ("contradiction", body.index("Turnout"))


def test_a_vote_against_what_the_article_voted_to_do_is_contradicted() -> None:
    """"voted against a strike" passed beside "voted to strike": only "for" and "against" were sides."""
    body = "Strike\n\nRail workers at Northern have voted to strike in a dispute over pay, the union said.\n"
    kps = ["Rail workers at Northern have voted against a strike", "Rail workers at Northern have voted for a strike",
           "Rail workers at Northern have voted to strike over pay"]
    v = keypoints.check(body, kps).verdicts
    assert [x.verdict for x in v] == ["contradicted", "supported", "supported"]
    assert v[0].reasons == ("“voted against a strike” where the article says “voted to strike”",)
    assert (v[0].evidence[0].role, v[0].evidence[0].start) == ("contradiction", body.index("Rail"))


def test_superlatives_of_the_other_end_are_contradicted() -> None:
    """"London saw the smallest fall" passed beside "London saw the steepest fall": only "largest" and "highest"
    had their opposites."""
    body = "Prices\n\nPrices in Wales rose 2.5%, while London saw the steepest fall, of 3.4%.\n"
    kps = ["London saw the smallest fall, of 3.4%", "London saw the steepest fall, of 3.4%"]
    v = keypoints.check(body, kps).verdicts
    assert [x.verdict for x in v] == ["contradicted", "supported"]
    assert v[0].reasons == ("“smallest” where the article says “steepest”",)
    assert (v[0].evidence[0].role, v[0].evidence[0].start) == ("contradiction", body.index("Prices in"))


def test_an_opposite_verb_in_another_form_is_contradicted() -> None:
    """"council rejected a plan" passed beside "voted to approve a plan": "rejected" had only "approved" as an
    opposite. Forms that also read as adjectives ("close to 300") are no opposites."""
    body = ("Flood plan\n\nGlenmoor council voted on Tuesday to approve a £48m plan to rebuild the river defences.\n\n"
            "The old gates, close to the town hall, were first used in 1990.\n")
    kps = ["Glenmoor council rejected a £48m plan to rebuild the river defences",
           "Glenmoor council approved a £48m plan to rebuild the river defences",
           "The old gates near the town hall opened in 1990"]
    v = keypoints.check(body, kps).verdicts
    assert [x.verdict for x in v][:2] == ["contradicted", "supported"]
    assert v[0].reasons == ("“rejected” where the article says “approve”",)
    assert (v[0].evidence[0].role, v[0].evidence[0].start) == ("contradiction", body.index("Glenmoor"))
    assert v[2].verdict != "contradicted"


def test_a_loss_given_as_a_profit_is_contradicted() -> None:
    """"a net profit of €310 million" passed where the article's €310 million is a loss: its sentence has both words."""
    body = ("Results\n\nThe chipmaker swung to a net loss of €310 million from a profit of €540 million a year earlier, "
            "the company said.\n")
    kps = ["The chipmaker made a net profit of €310 million", "The chipmaker made a net loss of €310 million",
           "The chipmaker made a €540 million profit a year earlier"]
    v = keypoints.check(body, kps).verdicts
    assert [x.verdict for x in v] == ["contradicted", "supported", "supported"]
    assert v[0].reasons == ("€310 million profit where the article says €310 million loss",)
    assert (v[0].evidence[0].role, v[0].evidence[0].start) == ("contradiction", body.index("The chipmaker"))


def test_a_score_at_the_end_of_a_sentence_is_a_score() -> None:
    """"lead the series 2-0" passed beside "England lead the five-match series 1-0.": the full stop after it
    was read as a decimal point, so the article gave no score."""
    body = "Cricket\n\nJoe Root scored a century at Old Trafford. England lead the five-match series 1-0.\n"
    kps = ["England lead the series 2-0", "England lead the series 1-0"]
    v = keypoints.check(body, kps).verdicts
    assert [x.verdict for x in v] == ["unsupported", "supported"]
    assert v[0].reasons == ("score 2-0 is not in the article; it gives 1-0",)
    assert (v[0].evidence[0].role, v[0].evidence[0].start) == ("support", body.index("England lead"))


def test_a_minute_the_article_gives_as_another_is_contradicted() -> None:
    """"in the 87th minute" passed beside "in the 78th minute": minutes were left out with halves, which every
    match has each of. A minute the article gives elsewhere stands."""
    body = ("Football\n\nRossi had given Italy the lead in the 23rd minute.\n\n"
            "Kane then headed in Saka's cross in the 78th minute to win it.\n")
    kps = ["Kane headed in Saka's cross in the 87th minute", "Kane headed in Saka's cross in the 78th minute",
           "Rossi gave Italy the lead in the 23rd minute"]
    v = keypoints.check(body, kps).verdicts
    assert [x.verdict for x in v] == ["contradicted", "supported", "supported"]
    assert v[0].reasons == ("87th where the article says 78th (minute)",)
    assert (v[0].evidence[0].role, v[0].evidence[0].start) == ("contradiction", body.index("Kane then"))


def test_roles_swapped_with_the_doer_far_from_the_verb_are_contradicted() -> None:
    """"Sabalenka beat Swiatek" passed beside "Swiatek won ..., beating Sabalenka", and "Reid stabbed Pryce" beside
    "Pryce, of Harehills, stabbed 17-year-old Callum Reid": names were read only a few words from the verb."""
    body = ("Final\n\nIga Swiatek won her third French Open title on Saturday, beating Aryna Sabalenka in three sets.\n\n"
            "Swiatek said she was proud.\n\n"
            "In court, Jordan Pryce, of Harehills, stabbed 17-year-old Callum Reid three times, the jury heard.\n")
    kps = ["Aryna Sabalenka beat Iga Swiatek to win the French Open",
           "Iga Swiatek beat Aryna Sabalenka to win the French Open",
           "Callum Reid stabbed Jordan Pryce three times", "Jordan Pryce stabbed Callum Reid three times"]
    v = keypoints.check(body, kps).verdicts
    assert [x.verdict for x in v] == ["contradicted", "supported", "contradicted", "supported"]
    assert v[0].reasons == ("roles swapped: the bullet has Sabalenka “beat” Swiatek; the article has it the other way round",)
    assert (v[0].evidence[0].role, v[0].evidence[0].start) == ("contradiction", body.index("Iga"))
    assert v[2].reasons == ("roles swapped: the bullet has Reid “stabbed” Pryce; the article has it the other way round",)
    assert (v[2].evidence[0].role, v[2].evidence[0].start) == ("contradiction", body.index("In court"))


def test_a_deed_given_to_the_person_named_a_sentence_before_is_contradicted() -> None:
    """"Anne Fairweather voted against the plan" passed: the sentence saying it names Tom Reed, but the one before
    it names Fairweather (where a "he" would point, though the sentence has none), and the council's "voted ...
    plan" sentence tied with it."""
    body = ("Flood plan\n\nGlenmoor council voted on Tuesday to approve a £48m plan to rebuild the river defences.\n\n"
            "Council leader Anne Fairweather said the vote was a promise to every family.\n\n"
            "Opposition councillor Tom Reed, who voted against the plan, said it would add £120 to bills.\n")
    kps = ["Anne Fairweather voted against the plan", "Tom Reed voted against the plan"]
    v = keypoints.check(body, kps).verdicts
    assert [x.verdict for x in v] == ["contradicted", "supported"]
    assert v[0].reasons == ("Anne Fairweather where the article says Tom Reed",)
    assert (v[0].evidence[0].role, v[0].evidence[0].start) == ("contradiction", body.index("Opposition"))


def test_a_negation_in_the_second_aligned_sentence_is_read() -> None:
    """"two have died" passed beside "None has died.": the negation check read only the best-aligned sentence,
    "14 infants had fallen ill ..., and two had been admitted to hospital"."""
    body = ("Recall\n\nThe FDA said 14 infants had fallen ill after drinking the formula, and two had been admitted "
            "to hospital. None has died.\n\nThe plant has been shut.\n")
    kps = ["Fourteen infants fell ill and two have died", "Fourteen infants had fallen ill and two were admitted to hospital"]
    v = keypoints.check(body, kps).verdicts
    assert [x.verdict for x in v] == ["contradicted", "supported"]
    assert v[0].reasons == ("negation differs from the article",)
    assert (v[0].evidence[0].role, v[0].evidence[0].start) == ("contradiction", body.index("None"))


def test_a_quote_given_to_a_role_of_another_body_is_contradicted() -> None:
    """"A Unicef spokesman said “...”" passed where the article gives the words to a named district official: only
    a named speaker in the bullet was compared. A role of the body the article names beside the speaker stands."""
    body = ("Floods\n\n\"We have never seen water rise this fast,\" said Mohammad Rahim, a district administrator.\n\n"
            "The UN children's agency Unicef said 770,000 children needed help.\n\n"
            "\"Every child needs clean water,\" said Jane Roe, a Unicef spokeswoman.\n")
    kps = ["A Unicef spokesman said “We have never seen water rise this fast”",
           "A Unicef spokeswoman said “Every child needs clean water”"]
    v = keypoints.check(body, kps).verdicts
    assert [x.verdict for x in v] == ["contradicted", "supported"]
    assert v[0].reasons == ("quote attributed to A Unicef spokesman; the article gives it to Mohammad Rahim",)
    assert (v[0].evidence[0].role, v[0].evidence[0].start) == ("contradiction", body.index("\"We have"))


def test_a_deed_of_another_person_given_to_its_target_is_contradicted() -> None:
    """"Martin Osei pleaded guilty" passed beside "Gary Lund pleaded guilty last year and testified against Osei":
    the bullet's person is in the sentence, as the target of another deed. A person sharing the deed stands."""
    body = ("Trial\n\nA jury in New York on Friday acquitted Martin Osei, 58, of insider trading, said Tom Cole.\n\n"
            "Gary Lund pleaded guilty last year and testified against Osei.\n")
    kps = ["Martin Osei pleaded guilty last year", "Gary Lund pleaded guilty last year"]
    v = keypoints.check(body, kps).verdicts
    assert [x.verdict for x in v] == ["contradicted", "supported"]
    assert v[0].reasons == ("Martin Osei where the article says Gary Lund (“pleaded”)",)
    assert (v[0].evidence[0].role, v[0].evidence[0].start) == ("contradiction", body.index("Gary"))
    shared = "Trial\n\nGary Lund pleaded guilty last year, as did Martin Osei, said Tom Cole.\n"
    assert keypoints.check(shared, ["Martin Osei pleaded guilty last year"]).verdicts[0].verdict == "supported"


def test_a_group_within_the_articles_people_is_unsupported() -> None:
    """"600,000 children die" passed beside "600,000 people die ..., most of them children": the sentence has the
    word. Where the article says all of them are, the group stands."""
    body = ("Malaria\n\nAbout 600,000 people die of malaria each year, most of them children under five.\n\n"
            "Floods killed 40 people, all of them children, in May.\n")
    kps = ["About 600,000 children die of malaria each year", "About 600,000 people die of malaria each year",
           "Floods killed 40 children in May"]
    v = keypoints.check(body, kps).verdicts
    assert [x.verdict for x in v] == ["unsupported", "supported", "supported"]
    assert v[0].reasons == ("600,000 children where the article says 600,000 people",)
    assert (v[0].evidence[0].role, v[0].evidence[0].start) == ("support", body.index("About"))


def test_a_speaker_and_whom_they_spoke_of_swapped_is_contradicted() -> None:
    """"Chairman Oliver Grant said the board had lost confidence in Fiona McLeod" passed beside "Chairman Fiona
    McLeod said ... in Grant": "Chairman" was read as a name word of Grant's, so the article's sentence had
    Grant before every word too, and "said" was no verb (a stopword)."""
    body = ("Resignation\n\nBrightwater's chief executive, Oliver Grant, resigned on Monday.\n\n"
            "Chairman Fiona McLeod said the board had lost confidence in Grant.\n")
    kps = ["Chairman Oliver Grant said the board had lost confidence in Fiona McLeod",
           "Chairman Fiona McLeod said the board had lost confidence in Oliver Grant"]
    v = keypoints.check(body, kps).verdicts
    assert [x.verdict for x in v] == ["contradicted", "supported"]
    assert v[0].reasons == ("roles swapped: the bullet has Grant “said” McLeod; the article has it the other way round",)
    assert (v[0].evidence[0].role, v[0].evidence[0].start) == ("contradiction", body.index("Chairman"))


def test_a_verb_whose_object_the_article_gives_to_its_opposite_is_contradicted() -> None:
    """"Tyler Brooks was convicted of murder" passed beside "cleared of murder but convicted of perverting the course
    of justice": the sentence has "convicted", so its "cleared" was not read."""
    body = ("Verdict\n\nA second man, Tyler Brooks, 24, was cleared of murder but convicted of perverting the course of "
            "justice.\n")
    kps = ["Tyler Brooks was convicted of murder", "Tyler Brooks was convicted of perverting the course of justice",
           "Tyler Brooks was cleared of murder"]
    v = keypoints.check(body, kps).verdicts
    assert [x.verdict for x in v] == ["contradicted", "supported", "supported"]
    assert v[0].reasons == ("“convicted … murder” where the article says “cleared … murder”",)
    assert (v[0].evidence[0].role, v[0].evidence[0].start) == ("contradiction", body.index("A second"))
