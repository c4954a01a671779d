"""Visible text of an HTML article body (CMS bodies arrive as HTML).

Quote offsets index the text this returns, so the service sends it back in ``text``.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Comment, Declaration, Doctype, ProcessingInstruction

# Elements whose content a reader never sees.
_INVISIBLE = ("script", "style", "noscript", "template", "head", "iframe", "object", "svg")
# Elements that end a paragraph (or a line) when rendered.
_BLOCKS = {
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
    "nav", "ol", "p", "pre", "section", "table", "tr", "ul",
}
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


def html_to_text(html: str) -> str:
    """Return the visible text of ``html``: one paragraph a line, whitespace collapsed.

    script, style, noscript (and other never-rendered elements) and comments are dropped;
    block elements (p, div, li, h1..h6, br, ...) become line breaks.
    """
    # html.parser ships with Python: no C library to build, and it never fetches anything.
    soup = BeautifulSoup(html, "html.parser")
    for element in soup(_INVISIBLE):
        element.decompose()
    for node in soup.find_all(string=lambda s: isinstance(s, (Comment, Declaration, Doctype, ProcessingInstruction))):
        node.extract()
    for element in soup.find_all(_BLOCKS):
        element.insert_before("\n")
        element.insert_after("\n")
    raw = soup.get_text()
    lines = (_SPACES.sub(" ", _CONTROL.sub(" ", line)).strip() for line in raw.split("\n"))
    return "\n".join(line for line in lines if line)
