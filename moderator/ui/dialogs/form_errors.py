"""Pydantic's validation errors in the moderator's language.

Pydantic writes its messages in English ("String should have at least 1 character"); each error
also names its ``type`` and the values in ``ctx``, so the sentence is chosen by type here and
filled in with those values. A validator's own sentence (a ``ValueError`` raised with a
:class:`~moderator.wording.Said`) is translated as core's sentences are; anything else becomes
"This value is not accepted.", never pydantic's English.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from moderator.ui.kit.i18n import tr_core
from moderator.wording import Said

CONTEXT = "FormErrors"


def _sentences() -> dict[str, str]:
    """Each pydantic error type's sentence, in the moderator's language (looked up each time:
    the language is chosen after import)."""
    whole = QCoreApplication.translate("FormErrors", "A whole number is expected.")
    number = QCoreApplication.translate("FormErrors", "A number is expected.")
    address = QCoreApplication.translate("FormErrors", "This is not a valid web address.")
    return {
        "missing": QCoreApplication.translate("Forms", "Required."),
        "string_too_short": QCoreApplication.translate(
            "FormErrors", "Too short (at least {min_length})."
        ),
        "string_too_long": QCoreApplication.translate(
            "FormErrors", "Too long (at most {max_length})."
        ),
        "string_pattern_mismatch": QCoreApplication.translate(
            "FormErrors", "This is not in the expected form."
        ),
        "string_type": QCoreApplication.translate("FormErrors", "Text is expected."),
        "url_parsing": address,
        "url_scheme": address,
        "url_type": address,
        "url_syntax_violation": address,
        "int_parsing": whole,
        "int_type": whole,
        "int_from_float": whole,
        "float_parsing": number,
        "float_type": number,
        "finite_number": number,
        "bool_parsing": QCoreApplication.translate("FormErrors", "Yes or no is expected."),
        "greater_than": QCoreApplication.translate("FormErrors", "Must be more than {gt}."),
        "greater_than_equal": QCoreApplication.translate("FormErrors", "Must be at least {ge}."),
        "less_than": QCoreApplication.translate("FormErrors", "Must be less than {lt}."),
        "less_than_equal": QCoreApplication.translate("FormErrors", "Must be at most {le}."),
        "literal_error": QCoreApplication.translate(
            "FormErrors", "Choose one of the offered values."
        ),
        "enum": QCoreApplication.translate("FormErrors", "Choose one of the offered values."),
        "extra_forbidden": QCoreApplication.translate("FormErrors", "This field is not known."),
    }


def not_accepted() -> str:
    return QCoreApplication.translate("FormErrors", "This value is not accepted.")


def error_text(error: Mapping[str, Any]) -> str:
    """One pydantic error as a sentence in the moderator's language."""
    kind = str(error.get("type", ""))
    ctx: Mapping[str, Any] = error.get("ctx") or {}
    if kind in ("value_error", "assertion_error"):
        return _own(ctx.get("error"))
    template = _sentences().get(kind)
    if template is None:
        return not_accepted()
    values = {name: _value(value) for name, value in ctx.items()}
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):  # ctx without the value the sentence names
        return not_accepted()


def labelled(label: str, sentence: str) -> str:
    """An error shown away from its field: the field's (translated) label first."""
    return QCoreApplication.translate("FormErrors", "{field}: {error}").format(
        field=label, error=sentence
    )


def _own(error: object) -> str:
    """A validator's own sentence, when it was written to be translated."""
    said = error.args[0] if isinstance(error, Exception) and error.args else None
    if not isinstance(said, Said):
        return not_accepted()
    text = tr_core("Core", said)
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "…")) else text + "."


def _value(value: object) -> str:
    """A limit from ``ctx`` as the locale writes numbers (120, 0,5)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return QLocale().toString(value)
