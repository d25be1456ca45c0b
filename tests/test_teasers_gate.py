"""``may_be_glued``: the byte-table gate in front of ``glued_teaser`` lets every glue point pass."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.rules.teasers import STYLES, _glue_points, glued_teaser, may_be_glued

# Letters of both cases, the characters _GLUE allows before a glue, typographic quotes, spaces,
# and non-ASCII letters (which must neither hide a glue point nor make one).
_ALPHABET = "aAbBzZqQ?!'\")’‘“” .,-éÉжЖ한字"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_every_glue_point_passes_the_gate(text: str) -> None:
    if next(iter(_glue_points(text)), None) is not None:
        assert may_be_glued(text.encode())


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_no_teaser_is_gated_out(text: str) -> None:
    if glued_teaser(text):
        assert may_be_glued(text.encode())


def test_the_gate_passes_the_examples_and_stops_plain_prose() -> None:
    for style in STYLES:
        for example in style.examples:
            assert may_be_glued(example.encode()), example
    # a curly quote closing the headline, right before the summary's capital
    assert may_be_glued("Is It Over’Fans say the show".encode())
    # a quote closing the headline right before the summary's capital
    assert may_be_glued(b'Stars Say "Goodbye"The show ended on Monday night.')
    # prose without a capital glued to a lower-case letter: the gate says no at once
    assert not may_be_glued(b"The company said on Monday that it would appeal the ruling.")
    assert not may_be_glued("Die Bürger haben am Donnerstag ein Gesetz beschlossen.".encode())
