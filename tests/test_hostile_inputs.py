"""Every input of the trainer that a user controls, from the attacker's side."""

from __future__ import annotations

from trainer.cleaning import clean_text


def test_control_characters_are_stripped_by_cleaning() -> None:
    assert clean_text("hello\x00 wor\x1bld\x7f and \x85 then \x9b\ud800 end\ttab") == "hello wor ld and then end tab"
