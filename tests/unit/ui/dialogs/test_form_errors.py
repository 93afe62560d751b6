"""The connect form's validation errors: chosen by pydantic's error type and said in the
moderator's language with the limits filled in, never pydantic's own English."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel, Field, ValidationError
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from moderator.providers.brilliant.schema import BrilliantConnection
from moderator.ui.dialogs.form_errors import error_text
from moderator.ui.dialogs.forms import ModelForm
from moderator.ui.kit.i18n import Translations

GOOD = {"site_url": "https://dir.example", "api_key": "k", "owner_token": "o"}


class Limits(BaseModel):
    name: str = Field(min_length=2, max_length=4, pattern=r"^[a-z]+$")
    count: int = Field(gt=0, le=120)
    ratio: float = 1.0
    on: bool = False
    home: Any = None


@pytest.fixture
def turkish(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    translations = Translations()
    translations.install("tr", tmp_path / "cache")
    yield
    translations.remove()
    QLocale.setDefault(QLocale.c())


def _errors(model: type[BaseModel], data: dict[str, Any]) -> dict[str, str]:
    try:
        model.model_validate(data)
    except ValidationError as err:
        return {str(e["loc"][0]): error_text(e) for e in err.errors()}
    raise AssertionError("valid")


def _pydantic(model: type[BaseModel], data: dict[str, Any]) -> set[str]:
    try:
        model.model_validate(data)
    except ValidationError as err:
        return {str(e["msg"]) for e in err.errors()}
    raise AssertionError("valid")


BAD: list[dict[str, Any]] = [
    {"name": "a", "count": 0, "ratio": "x", "on": "maybe"},
    {"name": "abcdef", "count": 500, "ratio": 1, "on": True},
    {"name": "AB", "count": "many"},
    {"count": 1.5},
]


@pytest.mark.parametrize("data", BAD)
def test_english_is_ours_not_pydantics(qapp: QApplication, data: dict[str, Any]) -> None:
    shown = set(_errors(Limits, data).values())
    assert shown and not shown & _pydantic(Limits, data)


def test_turkish_fills_in_the_limits(turkish: None) -> None:
    first = _errors(Limits, BAD[0])
    assert first["name"] == "Çok kısa (en az 2)."
    assert first["count"] == "0 değerinden büyük olmalı."
    assert first["ratio"] == "Bir sayı bekleniyor."
    assert first["on"] == "Evet ya da hayır bekleniyor."
    second = _errors(Limits, BAD[1])
    assert second == {"name": "Çok uzun (en fazla 4).", "count": "En fazla 120 olmalı."}
    third = _errors(Limits, BAD[2])
    assert third == {"name": "Bu beklenen biçimde değil.", "count": "Bir tam sayı bekleniyor."}
    assert _errors(Limits, {})["name"] == "Zorunlu."


def test_a_validators_own_sentence_is_translated(turkish: None) -> None:
    errors = _errors(BrilliantConnection, {**GOOD, "site_url": "dir", "timezone": "Mars/Base"})
    assert errors["site_url"] == "Site adresi https:// ile başlamalı ve siteyi belirtmeli."
    assert errors["timezone"] == (
        "Bilinmeyen saat dilimi 'Mars/Base'; +02:00 gibi bir fark kullanın."
    )


def test_an_error_of_unknown_kind_is_a_translated_generic_sentence(turkish: None) -> None:
    assert error_text({"type": "something_new", "msg": "Pydantic says so"}) == (
        "Bu değer kabul edilmiyor."
    )
    plain = {"type": "value_error", "ctx": {"error": ValueError("english words")}}
    assert error_text(plain) == "Bu değer kabul edilmiyor."


def test_the_form_shows_them_by_its_fields(turkish: None, qapp: QApplication) -> None:
    form = ModelForm(BrilliantConnection)
    form.rows["site_url"].editor.setText("dir")  # type: ignore[attr-defined]
    form.rows["api_key"].editor.setText("k")  # type: ignore[attr-defined]
    form.rows["owner_token"].editor.setText("o")  # type: ignore[attr-defined]
    form.rows["requests_per_minute"].editor.setText("0")  # type: ignore[attr-defined]
    assert form.validate() is None
    assert form.errors() == {
        "site_url": "Site adresi https:// ile başlamalı ve siteyi belirtmeli.",
        "requests_per_minute": "En az 1 olmalı.",
    }
