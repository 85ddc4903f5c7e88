"""The one way errors are shown: on one line, without secrets (trainer and bot alike)."""

from trainer.errors import Redactor, one_line


def test_one_line_collapses_and_cuts() -> None:
    assert one_line("a\n  b\tc") == "a b c"
    assert one_line("x" * 400) == "x" * 299 + "…" and len(one_line("y" * 50, limit=10)) == 10
    assert one_line(ValueError("bad\nthing")) == "ValueError: bad thing"
    assert one_line(KeyError()) == "KeyError"


def test_redactor_takes_out_every_secret_longest_first() -> None:
    redact = Redactor(["token-1234", "token-1234-extended", None, "", "abc"])
    assert redact("a token-1234-extended and token-1234") == "a *** and ***"
    assert redact("abc stays: too short to be a secret") == "abc stays: too short to be a secret"
    assert Redactor()("nothing to hide") == "nothing to hide"
