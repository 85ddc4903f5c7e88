"""Handle validation and model names."""

import pytest

from trainer.errors import TrainerError
from trainer.handles import model_name, normalize_handle


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("lena", "lena"), ("@Lena_B", "Lena_B"), ("  @x  ", "x"), ("a" * 15, "a" * 15), ("_1_", "_1_")],
)
def test_valid_handles_keep_their_case(raw: str, expected: str) -> None:
    assert normalize_handle(raw) == expected


@pytest.mark.parametrize(
    "raw", ["", "@", "@@lena", "a" * 16, "lena!", "le na", "lena.b", "https://x.com/lena", "ünï"]
)
def test_invalid_handles_are_refused_with_one_line(raw: str) -> None:
    with pytest.raises(TrainerError) as caught:
        normalize_handle(raw)
    message = str(caught.value)
    assert "not a valid X handle" in message and "\n" not in message


def test_model_name_is_sorted_lower_case_joined_by_dash() -> None:
    assert model_name(["@Zed", "alice", "Bob_1"]) == "alice-bob_1-zed"
    assert model_name(["Lena"]) == "lena"
    assert model_name(["@lena", "LENA"]) == "lena"


def test_model_name_validates() -> None:
    with pytest.raises(TrainerError):
        model_name(["ok", "not ok"])
    with pytest.raises(TrainerError):
        model_name([])
