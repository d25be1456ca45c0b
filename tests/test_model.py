"""model.py's quick ``__init__`` (``_quick_init``) and ``records`` must behave like the
dataclass's own: positional and keyword arguments, defaults, errors for missing or extra
arguments, frozenness, equality, hashing and repr."""

from __future__ import annotations

import dataclasses

import pytest

from newsparse.model import Block, Decision, Dropped, Label, Reason, _quick_init, maker, records


def test_quick_init_keeps_the_dataclass_behaviour() -> None:
    block = Block(3, 4, "text", "•", tag="p", hints=("article",))
    assert type(block) is Block  # not the twin the fields were stored through
    assert (block.index, block.line, block.text, block.bullet) == (3, 4, "text", "•")
    assert (block.tag, block.link_density, block.hints) == ("p", 0.0, ("article",))
    assert Block(1, 2, "a") == Block(index=1, line=2, text="a", bullet="", tag="")
    assert hash(Block(1, 2, "a")) == hash(Block(1, 2, "a"))
    assert Block(1, 2, "a") != Block(1, 2, "b")
    assert repr(Block(1, 2, "a")).startswith("Block(index=1, line=2, text='a', bullet=''")
    with pytest.raises(dataclasses.FrozenInstanceError):
        block.text = "other"  # type: ignore[misc]
    with pytest.raises(TypeError):
        Block(1, 2)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Block(1, 2, "a", "", "p", 0.0, (), "extra")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Block(1, 2, "a", colour="red")  # type: ignore[call-arg]
    decision = Decision(block, Label.BODY, Reason.PROSE)
    assert dataclasses.replace(decision, label=Label.TITLE).label is Label.TITLE
    assert Dropped(5, "Home", Reason.SHORT) == Dropped(line=5, text="Home", reason=Reason.SHORT)
    assert dataclasses.asdict(Dropped(5, "x", Reason.SHORT)) == {
        "line": 5,
        "text": "x",
        "reason": Reason.SHORT,
    }


def test_quick_init_refuses_default_factories() -> None:
    @dataclasses.dataclass(frozen=True, slots=True)
    class WithFactory:
        items: list[int] = dataclasses.field(default_factory=list)

    with pytest.raises(TypeError):
        _quick_init(WithFactory)


def test_records_are_the_records_one_by_one() -> None:
    lines, texts, bullets = [3, 5, 9], ["a", "b", "c"], ["", "•", "1."]
    made = records(Block, zip(range(3), lines, texts, bullets, strict=True))
    assert made == tuple(map(Block, range(3), lines, texts, bullets))
    assert [type(block) for block in made] == [Block] * 3
    assert [hash(block) for block in made] == [
        hash(Block(i, n, t, b)) for i, n, t, b in zip(range(3), lines, texts, bullets, strict=True)
    ]
    with pytest.raises(dataclasses.FrozenInstanceError):
        made[0].text = "other"  # type: ignore[misc]
    dropped = records(Dropped, zip(lines, texts, [Reason.NAV] * 3, strict=True))
    assert dropped == tuple(Dropped(n, t, Reason.NAV) for n, t in zip(lines, texts, strict=True))
    with pytest.raises(TypeError):
        records(Block, [(1, 2)])  # a field without a default is missing
    assert records(Decision, []) == ()


def test_quick_init_records_pickle_and_copy() -> None:
    # ``__new__`` takes the fields: pickle and copy get them from ``__getnewargs__``.
    import copy
    import pickle

    block = Block(3, 4, "text", "•", tag="p", link_density=0.5, hints=("article",))
    for record in (block, Decision(block, Label.BODY, Reason.PROSE), Dropped(5, "x", Reason.NAV)):
        for twin in (pickle.loads(pickle.dumps(record)), copy.copy(record), copy.deepcopy(record)):
            assert twin == record
            assert type(twin) is type(record)
    assert "__init__" not in Block.__dict__  # one Python function a record: ``__new__``


def test_maker_makes_the_same_record() -> None:
    block = maker(Block)(3, 4, "text", "•", hints=("nav",))
    assert type(block) is Block
    assert block == Block(3, 4, "text", "•", hints=("nav",))
    dropped = maker(Dropped)(line=5, text="Home", reason=Reason.NAV)
    assert type(dropped) is Dropped and dropped == Dropped(5, "Home", Reason.NAV)
    with pytest.raises(TypeError):
        maker(Decision)(block, Label.BODY)
    with pytest.raises(dataclasses.FrozenInstanceError):
        dropped.text = "x"  # type: ignore[misc]
