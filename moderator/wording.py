"""A sentence core, a provider or storage says, kept as its English template and its values.

Core is Qt-free and writes English; the moderator may read Turkish or Korean. A :class:`Said`
IS its English text (a ``str``: logs, the archive, equality in tests and every ``str`` field
that carries it see the English), and it also keeps what it was made of: the template
(``"Connection lost: {reason}"``) and the values, so the UI can translate the template and
fill it in again (``ui/kit/i18n.tr_core``). A value that is itself a :class:`Said` (a
provider's sentence inside "Connection lost: …") is translated the same way; any other value
(a platform's name, a number, the platform's own words) is shown as it is.

Every template is written as a literal ``Said("…")`` so ``tools/i18n.py update`` finds it and
lists it for the translators under the context :data:`CONTEXT`; a test fails on one that is not
listed. Anything that builds a new ``str`` from a :class:`Said` (an f-string, ``strip()``,
slicing) gets plain English: wrap the whole sentence in a :class:`Said` instead.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

#: the translation context of every template
CONTEXT = "Wording"


class Said(str):
    """English text that remembers its template and values; see the module's docstring."""

    template: str
    values: dict[str, str]

    def __new__(cls, template: str, /, **values: object) -> Said:
        kept = {
            name: value if isinstance(value, str) else str(value) for name, value in values.items()
        }
        english = template.format(**kept) if kept else template
        said = super().__new__(cls, english)
        said.template = template
        said.values = kept
        return said

    def __reduce__(self) -> tuple[Callable[..., Said], tuple[Any, ...]]:
        return _rebuild, (self.template, tuple(self.values.items()))

    def __repr__(self) -> str:
        return f"Said({self.template!r}, **{self.values!r})"

    def with_values(self, change: Callable[[str], str]) -> Said:
        """The same sentence with ``change`` applied to each plain (non-Said) value: redaction
        and length limits for whatever a server sent, without losing the structure."""
        return Said(
            self.template,
            **{
                name: value if isinstance(value, Said) else change(value)
                for name, value in self.values.items()
            },
        )


class Word(str):
    """A fixed word or sentence listed for the translators under ``context`` elsewhere (a
    capability's name, a platform's reason for lacking an action) used as a value in a
    :class:`Said`: the UI translates it under its own context."""

    context: str

    def __new__(cls, context: str, text: str) -> Word:
        word = super().__new__(cls, text)
        word.context = context
        return word

    def __reduce__(self) -> tuple[Callable[..., Word], tuple[str, str]]:
        return Word, (self.context, str(self))

    def __repr__(self) -> str:
        return f"Word({self.context!r}, {str(self)!r})"


def _rebuild(template: str, values: tuple[tuple[str, str], ...]) -> Said:
    return Said(template, **dict(values))


def render(text: str, translate: Callable[[str, str], str]) -> str:
    """``text`` with each template along the way passed through ``translate(context, text)``
    (the UI's translator), and each :class:`Word` under its own context; plain text is
    returned as it is."""
    if isinstance(text, Word):
        return translate(text.context, text)
    if not isinstance(text, Said):
        return text
    template = translate(CONTEXT, text.template)
    if not text.values:
        return template
    values = {name: render(value, translate) for name, value in text.values.items()}
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
        return text.template.format(**values)


def to_data(text: str) -> object:
    """``text`` as JSON-ready data: ``[template, {name: value…}]`` for a :class:`Said` (values
    likewise), None for plain text (nothing to keep beyond the text itself)."""
    if isinstance(text, Word):
        return {"context": text.context, "text": str(text)}
    if not isinstance(text, Said):
        return None
    return [text.template, {name: to_data(v) or v for name, v in text.values.items()}]


def from_data(data: object, english: str) -> str:
    """The :class:`Said` ``data`` describes, when it still says ``english`` (what was stored as
    the text); else ``english`` as it is: a row written by an older version, or edited."""
    said = _from_data(data)
    return said if said is not None and said == english else english


def _from_data(data: object) -> Said | Word | None:
    if isinstance(data, dict):
        context, text = data.get("context"), data.get("text")
        if isinstance(context, str) and isinstance(text, str):
            return Word(context, text)
        return None
    if not (isinstance(data, list) and len(data) == 2):
        return None
    template, values = data
    if not (isinstance(template, str) and isinstance(values, dict)):
        return None
    kept: dict[str, str] = {}
    for name, value in values.items():
        inner = _from_data(value)
        if inner is None and not isinstance(value, str):
            return None
        kept[str(name)] = inner if inner is not None else value
    try:
        return Said(template, **kept)
    except (KeyError, IndexError, ValueError):
        return None
