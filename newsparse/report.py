"""The self-contained HTML report of ``newsparse inspect --html``: Articles in, one HTML page out.

Input: one or more :class:`~newsparse.model.Article` records with their ``decisions``. Output: a
single HTML string with inline CSS and a few lines of inline JavaScript, no external assets and a
Content-Security-Policy that forbids any network fetch. Each input gets a section: its fields,
then every block in input order with a coloured band for its label, its reason id and phrase,
and boilerplate dimmed. A legend of the labels doubles as the filter (show one label; also
``#show=<label>`` in the address). Several inputs add an index with a row per input linking to
its section. Every piece of input text is HTML-escaped. Nothing here reads files or prints.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Sequence

from newsparse import regex_cache as rx
from newsparse.model import REASON_PHRASES, Article, Decision, Label

LABEL_COLOURS: dict[Label, str] = {
    Label.TITLE: "#7b1fa2",
    Label.SUBTITLE: "#b04fc6",
    Label.BYLINE: "#00838f",
    Label.DATE: "#1565c0",
    Label.BODY: "#2e7d32",
    Label.CAPTION: "#b26a00",
    Label.BOILERPLATE: "#a0a0a0",
}
"""The band colour of each label (the same hues as the terminal view's styles)."""

DROPPED_OPACITY = 0.55
"""How far dropped (boilerplate) lines are dimmed."""

_SURROGATE = rx.compile("[\ud800-\udfff]")

_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
    "img-src data:; base-uri 'none'; form-action 'none'"
)

_CSS = """
:root { color-scheme: light; --ink: #1d1d1f; --muted: #6b6b70; --rule: #e3e3e8; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", "Noto Sans",
  "Noto Sans CJK KR", "Apple SD Gothic Neo", sans-serif; color: var(--ink); background: #fff; }
header.top { position: sticky; top: 0; z-index: 1; background: #fafafc;
  border-bottom: 1px solid var(--rule); padding: .6rem 1.2rem; }
header.top h1 { font-size: 1.05rem; margin: 0 0 .4rem; }
main { padding: 0 1.2rem 3rem; max-width: 78rem; }
.legend { display: flex; flex-wrap: wrap; gap: .35rem; align-items: center; }
.legend .hint { color: var(--muted); font-size: .85rem; margin-left: .4rem; }
button.key { font: inherit; font-size: .85rem; border: 1px solid var(--rule); border-radius: 1rem;
  background: #fff; padding: .1rem .65rem; cursor: pointer; }
button.key[aria-pressed="true"] { background: #1d1d1f; color: #fff; border-color: #1d1d1f; }
.sw { display: inline-block; width: .8em; height: .8em; border-radius: .2em;
  margin-right: .35em; vertical-align: -.05em; background: var(--c, #ccc); }
.count { color: var(--muted); margin-left: .3em; }
button.key[aria-pressed="true"] .count { color: #ddd; }
table.index { border-collapse: collapse; margin: 1rem 0; width: 100%; }
table.index th, table.index td { text-align: left; padding: .25rem .6rem;
  border-bottom: 1px solid var(--rule); vertical-align: top; }
table.index th, table.index td.nowrap { white-space: nowrap; }
table.index td { overflow-wrap: anywhere; }
table.index td.num { white-space: nowrap; text-align: right; font-variant-numeric: tabular-nums; }
section.doc { margin-top: 1.6rem; }
section.doc h2 { font-size: 1.1rem; margin: 0 0 .6rem; overflow-wrap: anywhere; }
table.fields { border-collapse: collapse; margin-bottom: 1rem; }
table.fields th { text-align: left; color: var(--muted); font-weight: 500;
  padding: .15rem 1rem .15rem 0; vertical-align: top; white-space: nowrap; }
table.fields td { padding: .15rem 0; overflow-wrap: anywhere; }
.none { color: var(--muted); }
ol.lines { list-style: none; margin: 0; padding: 0; border-top: 1px solid var(--rule); }
li.line { display: grid; grid-template-columns: 3.5rem 7.5rem minmax(0, 1fr) minmax(0, 19rem);
  gap: .8rem; padding: .3rem .6rem; border-left: .45rem solid var(--c, #ccc);
  border-bottom: 1px solid var(--rule); }
li.line[hidden] { display: none; }
li.line .ln { text-align: right; color: var(--muted); font-variant-numeric: tabular-nums; }
li.line .ln a { color: inherit; text-decoration: none; }
li.line .lbl { color: var(--c); font-weight: 600; }
li.line .txt { overflow-wrap: anywhere; white-space: pre-wrap; }
li.line .why { color: var(--muted); font-size: .85rem; }
li.line .why code { color: var(--ink); font-size: .8rem; background: #f1f1f4; padding: 0 .25em;
  border-radius: .2em; }
li.line.dropped { opacity: DROPPED_OPACITY; }
li.line[data-label="body"] .txt { font-weight: 500; }
li.line[data-label="title"] .txt { font-weight: 700; font-size: 1.1rem; }
@media (max-width: 52rem) {
  li.line { grid-template-columns: 3rem 6.5rem minmax(0, 1fr); }
  li.line .why { grid-column: 3; }
}
"""

_JS = """
(function () {
  "use strict";
  var lines = document.querySelectorAll("li.line");
  var keys = document.querySelectorAll("button.key");
  function show(label) {
    for (var i = 0; i < lines.length; i++) {
      lines[i].hidden = label !== "" && lines[i].getAttribute("data-label") !== label;
    }
    for (var j = 0; j < keys.length; j++) {
      keys[j].setAttribute("aria-pressed", String(keys[j].getAttribute("data-show") === label));
    }
    document.body.setAttribute("data-show", label === "" ? "all" : label);
  }
  function fromHash() {
    var m = /^#show=([a-z-]+)$/.exec(window.location.hash);
    show(m ? m[1] : "");
  }
  for (var k = 0; k < keys.length; k++) {
    keys[k].addEventListener("click", function () {
      var label = this.getAttribute("data-show");
      try {
        var here = window.location.pathname + window.location.search;
        history.replaceState(null, "", label ? "#show=" + label : here);
      } catch (e) { /* file: URLs may refuse; the filter still applies */ }
      show(label);
    });
  }
  window.addEventListener("hashchange", fromHash);
  fromHash();
})();
"""


def _esc(value: object) -> str:
    """HTML-escape any value for text or a quoted attribute; lone surrogates become U+FFFD."""
    return html.escape(_SURROGATE.sub("\ufffd", str(value)), quote=True)


def _label_style(label: Label) -> str:
    return f"--c:{LABEL_COLOURS[label]}"


def _fields(article: Article) -> list[tuple[str, str | None]]:
    """(field name, value) pairs shown above the lines; None shows as a dash."""
    rows: list[tuple[str, str | None]] = [
        ("source", article.source),
        ("input", article.input_format),
        ("language", article.language),
        ("title", article.title),
    ]
    rows += [("subtitle", s) for s in article.subtitles]
    if not article.authors:
        rows.append(("author", None))
    for author in article.authors:
        parts = [author.name]
        if author.role:
            parts.append(f"({author.role})")
        if author.email:
            parts.append(f"<{author.email}>")
        rows.append(("author", " ".join(parts)))
    rows += [("published", article.published), ("modified", article.modified)]
    if article.dateline and (article.dateline.place or article.dateline.agency):
        place_agency = (article.dateline.place, article.dateline.agency)
        rows.append(("dateline", " / ".join(p for p in place_agency if p)))
    if article.site_name:
        rows.append(("site", article.site_name))
    if article.url:
        rows.append(("url", article.url))
    chars = sum(len(p) for p in article.body)
    rows.append(("body", f"{len(article.body)} paragraphs, {chars} characters"))
    for caption in article.captions:
        credit = f" — {caption.credit}" if caption.credit else ""
        rows.append(("caption", caption.text + credit))
    rows.append(("dropped", f"{len(article.boilerplate)} lines"))
    return rows


def _fields_html(article: Article) -> str:
    out = ['<table class="fields">']
    for name, value in _fields(article):
        cell = '<span class="none">—</span>' if value is None else _esc(value)
        out.append(
            f'<tr><th scope="row">{_esc(name)}</th><td data-field="{_esc(name)}">{cell}</td></tr>'
        )
    out.append("</table>")
    return "\n".join(out)


def _line_html(doc_id: str, decision: Decision) -> str:
    block, label, reason = decision.block, decision.label, decision.reason
    line_id = f"{doc_id}-l{block.line}"
    phrase = REASON_PHRASES.get(reason, "")
    dropped = " dropped" if label is Label.BOILERPLATE else ""
    bullet = f"{block.bullet} " if block.bullet else ""
    return (
        f'<li class="line{dropped}" id="{_esc(line_id)}" data-line="{block.line}" '
        f'data-label="{_esc(label)}" data-reason="{_esc(reason)}" style="{_label_style(label)}">'
        f'<span class="ln"><a href="#{_esc(line_id)}">{block.line}</a></span>'
        f'<span class="lbl">{_esc(label)}</span>'
        f'<span class="txt">{_esc(bullet + block.text)}</span>'
        f'<span class="why"><code>{_esc(reason)}</code> {_esc(phrase)}</span></li>'
    )


def _section_html(number: int, article: Article) -> str:
    doc_id = f"doc-{number}"
    lines = "\n".join(_line_html(doc_id, d) for d in article.decisions)
    lang = f' lang="{_esc(article.language)}"' if article.language else ""
    return (
        f'<section class="doc" id="{doc_id}"{lang}>\n'
        f"<h2>{number}. {_esc(article.title or article.source)}</h2>\n"
        f"{_fields_html(article)}\n"
        f'<ol class="lines">\n{lines}\n</ol>\n</section>'
    )


def _index_html(articles: Sequence[Article]) -> str:
    out = [
        '<table class="index">',
        "<thead><tr><th>#</th><th>input</th><th>title</th><th>language</th><th>published</th>"
        "<th>body</th><th>dropped</th></tr></thead><tbody>",
    ]
    for number, article in enumerate(articles, start=1):
        title = _esc(article.title) if article.title else '<span class="none">—</span>'
        out.append(
            f'<tr><td class="num">{number}</td>'
            f'<td><a href="#doc-{number}">{_esc(article.source)}</a></td>'
            f'<td>{title}</td><td class="nowrap">{_esc(article.language or "—")}</td>'
            f'<td class="nowrap">{_esc(article.published or "—")}</td>'
            f'<td class="num">{len(article.body)}</td>'
            f'<td class="num">{len(article.boilerplate)}</td></tr>'
        )
    out.append("</tbody></table>")
    return "\n".join(out)


def _legend_html(articles: Sequence[Article]) -> str:
    counts = Counter(d.label for a in articles for d in a.decisions)
    total = sum(counts.values())
    keys = [
        f'<button type="button" class="key" data-show="" aria-pressed="true">'
        f'all<span class="count">{total}</span></button>'
    ]
    for label in Label:
        keys.append(
            f'<button type="button" class="key" data-show="{_esc(label)}" aria-pressed="false" '
            f'style="{_label_style(label)}"><span class="sw"></span>{_esc(label)}'
            f'<span class="count">{counts[label]}</span></button>'
        )
    hint = (
        '<span class="hint">click a label to show only its lines; dimmed lines were dropped</span>'
    )
    return f'<nav class="legend" aria-label="labels">{"".join(keys)}{hint}</nav>'


def render_report(articles: Sequence[Article]) -> str:
    """One self-contained HTML page for one or more Articles (a batch gets an index on top)."""
    if len(articles) == 1:
        page_title = f"newsparse: {articles[0].title or articles[0].source}"
    else:
        page_title = f"newsparse: {len(articles)} inputs"
    index = _index_html(articles) if len(articles) > 1 else ""
    sections = "\n".join(_section_html(n, a) for n, a in enumerate(articles, start=1))
    css = _CSS.replace("DROPPED_OPACITY", str(DROPPED_OPACITY))
    return (
        "<!doctype html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_esc(page_title)}</title>\n<style>{css}</style>\n</head>\n"
        '<body data-show="all">\n'
        f'<header class="top"><h1>{_esc(page_title)}</h1>\n{_legend_html(articles)}</header>\n'
        f"<main>\n{index}\n{sections}\n</main>\n"
        f"<script>{_JS}</script>\n</body>\n</html>\n"
    )
