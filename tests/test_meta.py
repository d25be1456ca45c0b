"""Page-declared metadata: JSON-LD, OpenGraph / article:* / name= meta, <time>, <html lang>,
<title> trimming, the canonical link; date and language normalisation."""

from __future__ import annotations

import pytest

from newsparse.html import parse_tree
from newsparse.meta import (
    PageMeta,
    normalise_date,
    normalise_language,
    page_meta,
    trim_site_name,
)
from newsparse.model import Author


def page(head: str = "", body: str = "", lang: str = "") -> PageMeta:
    attr = f' lang="{lang}"' if lang else ""
    return page_meta(f"<html{attr}><head>{head}</head><body>{body}</body></html>")


def ld(obj: str) -> str:
    return f'<script type="application/ld+json">{obj}</script>'


# --- JSON-LD -----------------------------------------------------------------------------------


def test_news_article_fields() -> None:
    meta = page(
        ld(
            """{"@context": "https://schema.org", "@type": "NewsArticle",
            "headline": "Minister  resigns", "datePublished": "2020-10-20T09:24:27+09:00",
            "dateModified": "2020-10-20T10:00:00.000Z", "inLanguage": "ko-KR",
            "author": {"@type": "Person", "name": "이유진"},
            "publisher": {"@type": "Organization", "name": "Daily"},
            "articleBody": "Body text.", "articleSection": ["Politics", "World"],
            "description": "Short."}"""
        )
    )
    assert meta.title == "Minister resigns"
    assert meta.published == "2020-10-20T09:24:27+09:00"
    assert meta.modified == "2020-10-20T10:00:00+00:00"
    assert meta.language == "ko"
    assert meta.authors == (Author("이유진"),)
    assert meta.site_name == "Daily"
    assert meta.article_body == "Body text."
    assert meta.section == "Politics"
    assert meta.description == "Short."


def test_graph_list_and_id_references() -> None:
    meta = page(
        ld(
            """{"@context": "https://schema.org", "@graph": [
              {"@type": "WebSite", "name": "Site"},
              {"@type": "Person", "@id": "#p1", "name": "Jane Doe"},
              {"@type": ["ReportageNewsArticle"], "headline": "H1",
               "author": [{"@id": "#p1"}, {"@type": "Organization", "name": "Desk Team"}],
               "datePublished": "2019-11-19"}]}"""
        )
    )
    assert meta.title == "H1"
    assert meta.published == "2019-11-19"
    assert meta.authors == (Author("Jane Doe"), Author("Desk Team", role="desk"))


def test_a_list_of_objects_and_blog_posting() -> None:
    meta = page(ld('[{"@type": "BreadcrumbList"}, {"@type": "BlogPosting", "headline": "Blog"}]'))
    assert meta.title == "Blog"


def test_broken_json_is_tolerated() -> None:
    # a raw newline inside a string and a trailing comma
    meta = page(ld('{"@type": "NewsArticle", "headline": "Line\none", "author": "A B",}'))
    assert meta.title == "Line one"
    assert meta.authors == (Author("A B"),)


def test_unparseable_json_still_gives_the_plain_fields() -> None:
    meta = page(
        ld(
            '{"@type": "NewsArticle", "headline": "Kept", "datePublished": "2021-01-02'
            'T03:04:05Z", "x": [}'
        )
    )
    assert meta.title == "Kept"
    assert meta.published == "2021-01-02T03:04:05+00:00"


def test_html_comment_wrapped_json() -> None:
    assert page(ld('<!-- {"@type": "Article", "headline": "Cee"} -->')).title == "Cee"


def test_page_types_fill_in_when_no_article() -> None:
    meta = page(ld('{"@type": "WebPage", "headline": "Web", "datePublished": "2018-01-01"}'))
    assert (meta.title, meta.published) == ("Web", "2018-01-01")


def test_author_strings_are_split_and_cleaned() -> None:
    meta = page(ld('{"@type": "NewsArticle", "author": "By Jane Doe and John Roe"}'))
    assert meta.authors == (Author("Jane Doe"), Author("John Roe"))
    meta = page(ld('{"@type": "NewsArticle", "author": {"name": "https://fb.com/x"}}'))
    assert meta.authors == ()


# --- meta tags and the rest --------------------------------------------------------------------


def test_open_graph_and_article_meta() -> None:
    meta = page(
        '<meta property="og:title" content="OG title | The Site">'
        '<meta property="og:site_name" content="The Site">'
        '<meta property="og:url" content="https://example.com/a">'
        '<meta property="article:published_time" content="2020-01-02T03:04:05+0100">'
        '<meta property="article:modified_time" content="2020-01-03">'
        '<meta name="author" content="Jane Doe">'
        '<meta property="og:locale" content="de_DE">'
    )
    assert meta.title == "OG title"
    assert meta.site_name == "The Site"
    assert meta.url == "https://example.com/a"
    assert meta.published == "2020-01-02T03:04:05+01:00"
    assert meta.modified == "2020-01-03"
    assert meta.authors == (Author("Jane Doe"),)
    assert meta.language == "de"


def test_canonical_link_wins_over_og_url() -> None:
    meta = page(
        '<link rel="canonical" href="https://example.com/canon">'
        '<meta property="og:url" content="https://example.com/og">'
    )
    assert meta.url == "https://example.com/canon"


def test_title_element_with_site_name_trimmed() -> None:
    head = "<title>Council approves budget - Springfield Herald</title>"
    head += '<link rel=canonical href="https://www.springfieldherald.com/x">'
    assert page(head).title == "Council approves budget"
    assert page(
        "<title>Springfield Herald | Council approves budget</title>"
        '<meta property="og:site_name" content="Springfield Herald">'
    ).title == ("Council approves budget")


def test_title_with_a_dash_of_its_own_is_kept() -> None:
    assert page("<title>Covid-19 - what we know</title>").title == "Covid-19 - what we know"


def test_time_element_and_html_lang() -> None:
    meta = page(
        body='<time datetime="2019-05-06">May 6</time>'
        '<time class="published" datetime="2019-05-05T10:00">May 5</time>',
        lang="en-GB",
    )
    assert meta.published == "2019-05-05T10:00:00"
    assert meta.language == "en"


def test_nothing_declared() -> None:
    assert page() == PageMeta()


def test_accepts_a_parsed_tree() -> None:
    tree = parse_tree("<html lang=ja><head><title>題名</title></head></html>")
    assert page_meta(tree).language == "ja"
    assert page_meta(tree).title == "題名"


# --- normalisers -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2020-10-20T09:24:27+09:00", "2020-10-20T09:24:27+09:00"),
        ("2020-10-20T09:24:27.123Z", "2020-10-20T09:24:27+00:00"),
        ("2020-10-20 09:24", "2020-10-20T09:24:00"),
        ("2020-10-20T09:24:27+0900", "2020-10-20T09:24:27+09:00"),
        ("2020-10-20T09:24:27-05", "2020-10-20T09:24:27-05:00"),
        ("2020-10-20", "2020-10-20"),
        ("20201020", "2020-10-20"),
        ("2020/10/20 09:24", "2020-10-20T09:24:00"),
        ("2020.10.20.", "2020-10-20"),
        ("Tue, 20 Oct 2020 09:24:27 GMT", "2020-10-20T09:24:27+00:00"),
        ("2020-13-45", None),
        ("yesterday", None),
        ("", None),
        (None, None),
    ],
)
def test_normalise_date(value: str | None, expected: str | None) -> None:
    assert normalise_date(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [("en-US", "en"), ("ko", "ko"), ("KOR", "ko"), ("pt_BR", "pt"), ("x", None), ("", None)],
)
def test_normalise_language(value: str, expected: str | None) -> None:
    assert normalise_language(value) == expected


def test_trim_site_name_by_host() -> None:
    assert trim_site_name("Headline – Example News", None, "examplenews") == "Headline"
    assert trim_site_name("Headline", "Site", None) == "Headline"


def test_middle_initials_are_not_conjunctions() -> None:
    from newsparse.meta import _split_names

    assert _split_names("Sarah E. Needleman") == ["Sarah E. Needleman"]
    assert _split_names("Y. Kim") == ["Y. Kim"]
    assert _split_names("Maria Silva e João Souza") == ["Maria Silva", "João Souza"]
