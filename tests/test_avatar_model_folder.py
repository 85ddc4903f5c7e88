"""Avatars in the model: the folder (``avatar.png``, ``avatars/``), ``mimicbird.json``, the card and the Hub push."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from huggingface_hub import constants
from PIL import Image

from tests.fakes.fake_hf_hub import FakeHfHub
from tests.test_avatars import BLUE, RED, archive_members, close, jpeg_bytes, mean_colour, write_zip
from trainer.avatars import (
    AVATAR_SIZE,
    composite_avatar,
    generated_avatar,
    model_avatar_file,
    persona_avatar_png,
    png_bytes,
)
from trainer.model_card import CardData, render_model_card
from trainer.output import _relative_file
from trainer.pipeline import TrainConfig, run
from trainer.publish import push_to_hub

TOKEN = "hf_AvatarTestToken0123456789"


def card(handles: list[str], names: list[str], avatars: list[str]) -> CardData:
    stats = [{"display_name": n, "downloaded": 10, "retweets": 0, "short": 0, "duplicates": 0, "kept": 10}
             for n in names]
    return CardData(model_name="-".join(sorted(h.lower() for h in handles)), handles=handles, display_names=names,
                    stats=stats, base_model="HuggingFaceTB/SmolLM2-135M", epochs=1, learning_rate=1e-4,
                    train_loss=1.0, val_loss=1.5, perplexity=4.5, samples=[], avatars=avatars)


def test_the_card_shows_the_faces_at_the_top_like_huggingtweets() -> None:
    one = render_model_card(card(["lena"], ["Lena <b>"], ["avatars/lena.png"]))
    body = one.split("---\n", 2)[2]
    assert body.index('<img src="avatars/lena.png" alt="Lena &lt;b&gt;" width="92" height="92"') < body.index(
        "🤖 AI BOT 🤖")
    assert "border-radius: 50%" in body and "<b>" not in body
    blend = render_model_card(card(["lena", "ivo", "dev"], ["Lena", "Ivo", "Dev"],
                                   ["avatars/lena.png", "avatars/ivo.png", "avatars/dev.png"]))
    sources = [line.split('"')[1] for line in blend.splitlines() if line.startswith("<img ")]
    assert sources == ["avatars/lena.png", "avatars/ivo.png", "avatars/dev.png"]
    assert "<img" not in render_model_card(card(["lena"], ["Lena"], []))


def test_extra_files_stay_plain_files_inside_the_folder() -> None:
    assert str(_relative_file("avatars/lena.png")) == "avatars/lena.png"
    for bad in ("../x.png", "/etc/x.png", ".hidden.png", "avatars/../../x", "a\\b.png", "", "avatars/.x.png"):
        with pytest.raises(ValueError):
            _relative_file(bad)


@pytest.fixture
def hub(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", False)
    monkeypatch.setattr(constants, "HF_HUB_DISABLE_XET", True)
    with FakeHfHub(tokens={TOKEN: "alice"}) as fake:
        monkeypatch.setenv("HF_ENDPOINT", fake.endpoint)
        yield fake


def test_a_trained_blend_keeps_its_avatars_in_folder_card_metadata_and_hub(tiny_model_dir: Path, tmp_path: Path,
                                                                          hub: FakeHfHub) -> None:
    with_photo = write_zip(tmp_path / "lena.zip", archive_members("lena_bakes", jpeg_bytes((300, 300), RED)))
    without = write_zip(tmp_path / "ivo.zip", archive_members("astro_ivo", None))
    out = tmp_path / "models" / "astro_ivo-lena_bakes"
    config = TrainConfig(inputs=[str(with_photo), str(without)], base_model=str(tiny_model_dir), output=out,
                         epochs=1, max_steps=1, samples=1, min_tweets=10, block_size=32, batch_size=4,
                         method="full", evaluate=False)  # a full model: the Hub gets the very files of the folder
    result = run(config)
    assert result.model_dir == out

    files = {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()}
    assert {"avatar.png", "avatars/lena_bakes.png", "avatars/astro_ivo.png"} <= files
    lena = Image.open(out / "avatars" / "lena_bakes.png")
    assert lena.size == (AVATAR_SIZE, AVATAR_SIZE) and close(mean_colour(lena), RED)
    assert (out / "avatars" / "astro_ivo.png").read_bytes() == png_bytes(generated_avatar("astro_ivo"))
    blend = Image.open(out / "avatar.png")
    assert blend.size == (AVATAR_SIZE, AVATAR_SIZE)
    expected = composite_avatar([generated_avatar("astro_ivo"), Image.open(out / "avatars" / "lena_bakes.png")])
    assert blend.convert("RGB").tobytes() == expected.tobytes()  # sorted by handle: Ivo left, Lena right

    meta = json.loads((out / "mimicbird.json").read_text())
    assert meta["avatar"] == "avatar.png"
    assert meta["avatars"] == {"lena_bakes": {"file": "avatars/lena_bakes.png", "source": "archive"},
                               "astro_ivo": {"file": "avatars/astro_ivo.png", "source": "generated"}}
    readme = (out / "README.md").read_text()
    assert readme.index('<img src="avatars/lena_bakes.png"') < readme.index('<img src="avatars/astro_ivo.png"') \
        < readme.index("AI CYBORG")

    # the bot's view: the persona's avatar and one account's
    assert model_avatar_file(out) == (out / "avatar.png").resolve()
    assert model_avatar_file(out, "Lena_Bakes") == (out / "avatars" / "lena_bakes.png").resolve()
    assert persona_avatar_png(out, ["lena_bakes", "astro_ivo"]) == (out / "avatar.png").read_bytes()

    url = push_to_hub(out, "alice/astro_ivo-lena_bakes", token=TOKEN)
    assert url.endswith("/alice/astro_ivo-lena_bakes")
    uploaded = hub.repos["alice/astro_ivo-lena_bakes"].files
    for name in ("avatar.png", "avatars/lena_bakes.png", "avatars/astro_ivo.png", "README.md", "mimicbird.json"):
        assert uploaded[name] == (out / name).read_bytes()


def test_the_bot_never_follows_a_tampered_record_out_of_the_folder(tmp_path: Path) -> None:
    outside = tmp_path / "secret.png"
    outside.write_bytes(png_bytes(Image.new("RGB", (32, 32), BLUE)))
    model = tmp_path / "models" / "lena"
    (model / "avatars").mkdir(parents=True)
    (model / "avatars" / "link.png").symlink_to(outside)
    (model / "config.json").write_text("{}")
    for recorded in ("../../secret.png", str(outside), "avatars/link.png", "avatars", "config.json", "", 7, None):
        (model / "mimicbird.json").write_text(json.dumps({"avatar": recorded,
                                                          "avatars": {"lena": {"file": recorded}}}))
        assert model_avatar_file(model) is None and model_avatar_file(model, "lena") is None
    (model / "mimicbird.json").write_text("[not json")
    assert model_avatar_file(model) is None


def test_models_from_before_avatars_get_a_generated_persona_avatar(tmp_path: Path) -> None:
    model = tmp_path / "ivo-lena"
    model.mkdir()
    (model / "mimicbird.json").write_text(json.dumps({"model_name": "ivo-lena", "handles": ["lena", "ivo"]}))
    made = persona_avatar_png(model, ["lena", "ivo"])
    assert made == persona_avatar_png(model, ["ivo", "lena"])
    image = Image.open(io.BytesIO(made))
    assert image.size == (AVATAR_SIZE, AVATAR_SIZE)
    assert image.convert("RGB").tobytes() == composite_avatar([generated_avatar("ivo"),
                                                               generated_avatar("lena")]).tobytes()
