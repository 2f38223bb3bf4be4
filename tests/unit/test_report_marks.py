"""Highlighting overlapping spans: the text survives exactly, the HTML is always well nested."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st

from presslens.report.marks import LAYER_ORDER, Mark, render

TAG = re.compile(r"<[^>]+>")


class _Nesting(HTMLParser):
    """Fails on a closing tag that does not match the innermost open one."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack.pop() == tag, f"</{tag}> closes the wrong element"


def _check(text: str, marks: list[Mark]) -> str:
    out = str(render(text, marks))
    assert html.unescape(TAG.sub("", out)) == text
    parser = _Nesting()
    parser.feed(out)
    parser.close()
    assert parser.stack == []
    return out


@st.composite
def texts_and_marks(draw):
    text = draw(st.text(alphabet=st.sampled_from("ab <>&\"'„“\n"), min_size=0, max_size=40))
    layers = st.sampled_from(LAYER_ORDER)
    n = len(text)
    marks = []
    for _ in range(draw(st.integers(0, 8))):
        start = draw(st.integers(-2, n + 2))
        end = draw(st.integers(-2, n + 2))
        tag = draw(st.sampled_from(["span", "a"]))
        marks.append(Mark(start, end, draw(layers), "c", (("title", draw(st.text(max_size=5))),), tag=tag))
    return text, marks


@settings(max_examples=300, deadline=None)
@given(texts_and_marks())
def test_any_spans_keep_the_text_and_nest(case):
    _check(*case)


def test_crossing_spans_are_split_and_reopened():
    text = "one two three"
    quote = Mark(0, 7, "quote", "q")
    entity = Mark(4, 13, "entity", "ent")
    out = _check(text, [quote, entity])
    assert out == '<span class="q">one <span class="ent">two</span></span><span class="ent"> three</span>'


def test_ids_are_written_once_and_text_is_escaped():
    text = "<b>x</b> y"
    out = _check(text, [Mark(0, 10, "claim", "cl"), Mark(0, 10, "quote", "q", first_attrs=(("id", "quote-0"),)),
                        Mark(3, 5, "entity", "e")])
    assert out.count('id="quote-0"') == 1
    assert "<b>" not in out and "&lt;b&gt;" in out


def test_attribute_values_cannot_break_out():
    out = _check("x", [Mark(0, 1, "quote", "q", (("data-tip", '"><script>alert(1)</script>'),))])
    assert "<script>" not in out
