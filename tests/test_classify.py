"""classify: the body run, the title above it, and the rules that shape both."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import Label, Reason, extract

PARAGRAPHS = [
    "The city council approved the new harbour bridge on Monday after a debate that lasted "
    "well into the night, and the mayor said construction would begin in the spring.",
    "Opponents of the harbour bridge had argued that the cost was too high for a city of its "
    "size, but the council said federal grants would cover most of it.",
    "The bridge is expected to open in three years and to carry about twenty thousand cars a "
    "day, according to the council's own figures published last week.",
]


def _page(*head: str) -> str:
    menu = "\n".join(["Home", "World", "Business", "Sport", "Culture", "Weather"])
    footer = "\n".join(["Privacy Policy", "Terms of Use", "Contact us"])
    return "\n".join([menu, *head, *PARAGRAPHS, footer])


def test_body_is_the_prose_run_and_menus_are_dropped() -> None:
    article = extract(_page("Council approves harbour bridge"))
    assert list(article.body) == PARAGRAPHS
    dropped = {d.text: d.reason for d in article.boilerplate}
    assert dropped["Home"] is Reason.NAV
    assert dropped["Privacy Policy"] is Reason.FOOTER


def test_title_is_the_headline_sharing_words_with_the_opening() -> None:
    # a caption-like line sits nearer the body than the headline, and shares no words with it
    article = extract(_page("Council approves harbour bridge", "Sunset over the old pier"))
    assert article.title == "Council approves harbour bridge"


def test_title_never_ends_in_a_full_stop_nor_is_a_credit() -> None:
    article = extract(
        _page("Council approves harbour bridge", "The pier at dusk. (AP Photo/Jane Doe)")
    )
    assert article.title == "Council approves harbour bridge"
    labels = {d.block.text: d.label for d in article.decisions}
    assert labels["Council approves harbour bridge"] is Label.TITLE


def test_title_above_the_byline_and_date_cluster() -> None:
    article = extract(
        _page("Council approves harbour bridge", "By Jane Doe", "Published 20 October 2020")
    )
    assert article.title == "Council approves harbour bridge"
    assert [a.name for a in article.authors] == ["Jane Doe"]
    assert article.published is not None and article.published.startswith("2020-10-20")


def test_list_announced_by_a_lead_in_is_body() -> None:
    items = ["  • apples from the north", "  • pears from the south", "  • plums from the east"]
    text = "\n".join(
        [
            PARAGRAPHS[0],
            "The market sold three kinds of fruit this week, the council said:",
            *items,
            *PARAGRAPHS[1:],
        ]
    )
    article = extract(text)
    assert "apples from the north" in article.body
    reasons = {d.block.text: d.reason for d in article.decisions}
    assert reasons["apples from the north"] is Reason.BODY_LIST


def test_symbol_lines_inside_the_body_are_dropped_as_placeholders() -> None:
    # an empty bullet, a separator rule and a section break between paragraphs: not text, but
    # short gaps that keep the article in one run
    text = "\n".join(
        [PARAGRAPHS[0], "•", PARAGRAPHS[1], "━━━━━━━━━━━━━━━━━━━━", "***", PARAGRAPHS[2]]
    )
    article = extract(text)
    assert list(article.body) == PARAGRAPHS
    dropped = {d.text: d.reason for d in article.boilerplate}
    assert dropped == {
        "•": Reason.PLACEHOLDER,
        "━━━━━━━━━━━━━━━━━━━━": Reason.PLACEHOLDER,
        "***": Reason.PLACEHOLDER,
    }


def test_a_letterless_line_in_a_script_without_counted_letters_stays_body() -> None:
    # Thai letters are not counted as letters by the byte classes; they are still text
    thai = "สวัสดี"
    article = extract("\n".join([PARAGRAPHS[0], thai, PARAGRAPHS[1]]))
    assert thai in article.body


def test_urls_form_fields_bylines_captions_and_sources_are_never_the_title() -> None:
    for junk in (
        "print header logo https://www.example.com/news/article/council-approves-harbour-bridge",
        "Comment (required) [                    ]",
        "[Send me the password for this account]",
        "By Court Reporter and Staff Writers",
        "newsroom-desk@example-media.com",
        "Janet Doeberger-Smith @JanetDoebergerNews",
        "The Associated Press",
        "Reuters",
        "Colleen Barry, The Associated Press",
        "PTI, Washington,",
        "Example-News.com",
        "Council member Jane Doe, left, and the mayor at the harbour on Monday",
        "In this Oct. 12, 2019, file photo the harbour is seen from the old pier",
        "The old pier at dusk last week.Credit...Jane Roe/The Example Times",
        "Home > Local News > Council and City Hall",
        "Share on Stumbleupon (Opens in new window)",
        "▲ 지난 4일 시청에서 열린 전달식에서 시장이 인사말을 하고 있다",
        "Search this site []",
    ):
        # the junk line is heavier than the headline and nearer the byline
        article = extract(_page("Council approves harbour bridge", junk, "By Jane Doe"))
        assert article.title == "Council approves harbour bridge", junk


def test_an_author_name_alone_above_the_date_is_not_the_title() -> None:
    # share tools between the headline and the name: the name is the only line near the date
    head = ("Council approves harbour bridge", "Share", "Print", "Email", "Janet Doeberger")
    article = extract(_page(*head, "Published 20 October 2020"))
    assert article.title == "Council approves harbour bridge"


def test_a_headline_under_the_date_wins_over_an_unrelated_line_above_it() -> None:
    # date, then headline, then text (as some sites print it); above the date a logo's alt text
    head = (
        "Example Media Group Logo",
        "Published 20 October 2020",
        "Council approves harbour bridge",
    )
    article = extract(_page(*head))
    assert article.title == "Council approves harbour bridge"
    assert article.published is not None and article.published.startswith("2020-10-20")


_PIECES = [
    "harbour",
    "Harbours",
    "bridge",
    "bridges",
    "다리",
    "다리는",
    "건설",
    "橋梁",
    "x1",
    "_",
    "é",
]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES), max_size=5),
    st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from([" ", "", "-", "_", "1"]))),
)
def test_shares_a_token_is_the_token_set_intersection(
    words: list[str], pieces: list[tuple[str, str]]
) -> None:
    from newsparse.classify import _content_tokens, _Opening, _shares_a_token

    tokens = _content_tokens(" ".join(words))
    text = "".join(piece + sep for piece, sep in pieces)
    assert _shares_a_token(tokens, _Opening(text)) == bool(tokens & _content_tokens(text))


def test_shares_a_token_ignores_a_mixed_words_latin_pair_standing_alone() -> None:
    # '東京tower' is cut into pairs, 'to' among them; 'to' standing alone is no token
    from newsparse.classify import _content_tokens, _Opening, _shares_a_token

    tokens = _content_tokens("東京tower")
    assert "to" in tokens
    assert not _shares_a_token(tokens, _Opening("go to the park"))


def test_names_a_source_needs_an_agency_and_short_other_parts() -> None:
    from newsparse.classify import _names_a_source

    assert _names_a_source("The Associated Press")
    assert _names_a_source("Al Goldis, Associated Press")
    assert _names_a_source("news.com.au")
    assert not _names_a_source("Reuters poll shows support for the harbour bridge")
    assert not _names_a_source("AP, Reuters and AFP report on the harbour bridge vote")
    assert not _names_a_source("Apple, Google and Microsoft")
    assert not _names_a_source("Council approves harbour bridge")


def test_a_caption_or_a_credit_under_the_title_is_not_a_subtitle() -> None:
    deck = "The mayor says construction will begin in the spring."
    for caption in (
        "Al Goldis, Associated Press",
        "FILE PHOTO: The old pier at dusk last week",
        "The old pier at dusk last week. (AP Photo/Jane Doe)",
    ):
        article = extract(_page("Council approves harbour bridge", caption, deck))
        assert article.title == "Council approves harbour bridge", caption
        assert list(article.subtitles) == [deck], caption


def test_the_site_name_printed_in_the_copyright_notice_is_not_the_title() -> None:
    head = ("Harbour bridge approved", "Harbour City Evening Gazette", "By Jane Doe")
    notice = "© 2020 Harbour City Evening Gazette. All rights reserved."
    assert extract(_page(*head) + "\n" + notice).title == "Harbour bridge approved"
    # without the notice, the heavier name right above the byline is taken for the headline
    assert extract(_page(*head)).title == "Harbour City Evening Gazette"


def test_menu_items_run_together_are_not_the_title_but_a_hashtag_headline_is() -> None:
    glued = "HarbourNewsCityHallWeatherSport & Culture"
    article = extract(_page("Council approves harbour bridge", glued, "By Jane Doe"))
    assert article.title == "Council approves harbour bridge"
    tagged = "Council approves harbour bridge #HarbourBridgeVote"
    assert extract(_page(tagged, "By Jane Doe")).title == tagged
