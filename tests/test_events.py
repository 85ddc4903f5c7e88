"""The trainer's event stream: one definition, encoded by the trainer and decoded by the bot."""

import io

import pytest

from trainer.events import (
    STAGE_NAMES,
    STAGES,
    DoneEvent,
    ErrorEvent,
    ProgressEvent,
    StageEvent,
    decode,
    encode,
    make_event,
    overall_percent,
)
from trainer.progress import JsonReporter


def test_stage_weights_cover_the_whole_run() -> None:
    assert sum(stage.weight for stage in STAGES) == 100
    assert STAGE_NAMES[0] == "fetch" and STAGE_NAMES[-1] == "push"
    assert overall_percent("fetch") == 0 and overall_percent("clean") == 4
    assert overall_percent("train", 0.5) == 4 + 1 + 2 + 5 + 32
    assert overall_percent("push", 1.0) == 100 and overall_percent("train", 7.0) == overall_percent("evaluate")
    assert overall_percent("nonsense") is None


def test_every_event_survives_a_round_trip() -> None:
    events = [
        StageEvent("train", "go"), ProgressEvent("train", 5, 10, loss=2.0, eta_s=3.0), ErrorEvent("boom"),
        DoneEvent("lena", "/tmp/out", samples=["a"], stats={"lena": {"kept": 3}}),
        make_event("wait", message="rate limit", seconds=4.0), make_event("stats", accounts={"a": {"kept": 1}}),
        make_event("metrics", train_loss=1.0, val_loss=float("nan")),
    ]
    for event in events:
        line = encode(event)
        assert line.endswith("\n") and line.count("\n") == 1
        back = decode(line)
        if event.kind == "metrics":
            assert back == make_event("metrics", train_loss=1.0, val_loss=None)  # NaN is not JSON
        else:
            assert back == event


@pytest.mark.parametrize("line", ["", "hello", "[1, 2]", '{"event": "nope"}', '{"event": "progress", "stage": "x"}',
                                  '{"no": "event"}', b"\xff\xfe"])
def test_lines_that_are_not_events_decode_to_none(line) -> None:
    assert decode(line) is None


def test_unknown_fields_are_ignored_and_bad_ones_refused() -> None:
    assert decode('{"event": "error", "message": "x", "extra": 1}') == ErrorEvent("x")
    with pytest.raises(ValueError):
        make_event("nope")
    with pytest.raises(TypeError):
        make_event("stage", stage="train", typo="x")


def test_the_json_reporter_writes_the_encoding() -> None:
    stream = io.StringIO()
    reporter = JsonReporter(stream)
    reporter.stage("train", "go")
    reporter.progress("train", 5, 10, loss=2.0)
    assert [decode(line) for line in stream.getvalue().splitlines()] == [
        StageEvent("train", "go"), ProgressEvent("train", 5, 10, loss=2.0)]
