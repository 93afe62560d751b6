"""The command line, in the moderator's language: ``moderator --help --language tr`` is Turkish.

``--help`` is printed before any window (and before a QApplication exists), so its words are
looked up in a :class:`QTranslator` of their own rather than an installed one: the language of
``--language``, else the profile's setting, else the system's. Without ``--help`` nothing is
loaded (a normal start pays nothing for it). argparse's own words ("usage:", the help option)
are ours too, so no English is left.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import NoReturn

from moderator import APP_NAME, __version__
from moderator.ui.kit.i18n import QT_TRANSLATE_NOOP

CONTEXT = "CommandLine"
Translate = Callable[[str], str]


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    import sys

    given = list(sys.argv[1:] if argv is None else argv)
    wants_help = any(a in ("-h", "--help") for a in given)
    parser = build_parser(translator_for(given) if wants_help else _english)
    parser.error = lambda message: _refuse(given, message)  # type: ignore[method-assign]
    return parser.parse_args(given)


def _refuse(given: list[str], message: str) -> NoReturn:
    """argparse's error, in the moderator's language: the usage, then what was wrong."""
    import sys

    t = translator_for(given)
    parser = build_parser(t)
    parser.print_usage(sys.stderr)
    said = t(QT_TRANSLATE_NOOP("CommandLine", "{prog}: error: {message}"))
    parser.exit(2, said.format(prog=parser.prog, message=error_words(message, t)) + "\n")


def error_words(message: str, t: Translate) -> str:
    """One of argparse's error messages (English, from its own gettext) through ``t``, by its
    shape; a message of no known shape is kept as it is."""
    named = re.fullmatch(r"argument (?P<argument>\S+): (?P<problem>.*)", message, re.DOTALL)
    if named is not None:
        said = t(QT_TRANSLATE_NOOP("CommandLine", "argument {argument}: {problem}"))
        problem = error_words(named["problem"], t)
        return said.format(argument=named["argument"], problem=problem)
    for pattern, template in _ERROR_SHAPES:
        found = re.fullmatch(pattern, message, re.DOTALL)
        if found is not None:
            return t(template).format(**found.groupdict())
    return message


#: argparse's messages (Python 3.11) and ours for each, with the same {names}
_ERROR_SHAPES = (
    (
        r"unrecognized arguments: (?P<words>.*)",
        QT_TRANSLATE_NOOP("CommandLine", "unrecognized arguments: {words}"),
    ),
    (
        r"invalid choice: (?P<value>.*) \(choose from (?P<choices>.*)\)",
        QT_TRANSLATE_NOOP("CommandLine", "invalid choice: {value} (choose from {choices})"),
    ),
    (r"expected one argument", QT_TRANSLATE_NOOP("CommandLine", "expected one argument")),
    (
        r"invalid (?:float|int) value: (?P<value>.*)",
        QT_TRANSLATE_NOOP("CommandLine", "not a number: {value}"),
    ),
    (
        r"ambiguous option: (?P<option>\S+) could match (?P<matches>.*)",
        QT_TRANSLATE_NOOP("CommandLine", "ambiguous option: {option} could mean {matches}"),
    ),
    (
        r"ignored explicit argument (?P<value>.*)",
        QT_TRANSLATE_NOOP("CommandLine", "this option takes no value: {value}"),
    ),
)


def build_parser(t: Translate) -> argparse.ArgumentParser:
    """The parser, with every word of its help through ``t``."""

    class Formatter(argparse.HelpFormatter):
        def add_usage(
            self,
            usage: str | None,
            actions: Iterable[argparse.Action],
            groups: Iterable[argparse._MutuallyExclusiveGroup],
            prefix: str | None = None,
        ) -> None:
            usage_word = t(QT_TRANSLATE_NOOP("CommandLine", "usage:"))
            super().add_usage(usage, actions, groups, f"{usage_word} ")

    parser = argparse.ArgumentParser(
        prog="moderator",
        description=t(
            QT_TRANSLATE_NOOP("CommandLine", "Moderate live-stream chats on several platforms.")
        ),
        add_help=False,
        formatter_class=Formatter,
    )
    options = parser.add_argument_group(t(QT_TRANSLATE_NOOP("CommandLine", "options")))
    _add_arguments(options, t)
    return parser


def _add_arguments(group: argparse._ArgumentGroup, t: Translate) -> None:
    folder = t(QT_TRANSLATE_NOOP("CommandLine", "DIR"))
    count = t(QT_TRANSLATE_NOOP("CommandLine", "N"))
    group.add_argument(
        "-h",
        "--help",
        action="help",
        help=t(QT_TRANSLATE_NOOP("CommandLine", "show this help and quit")),
    )
    group.add_argument(
        "--demo",
        action="store_true",
        help=t(QT_TRANSLATE_NOOP("CommandLine", "run against the built-in fake providers")),
    )
    group.add_argument(
        "--profile",
        metavar=folder,
        help=t(QT_TRANSLATE_NOOP("CommandLine", "keep settings, data and logs under {dir}")).format(
            dir=folder
        ),
    )
    group.add_argument(
        "--quit-after",
        metavar=t(QT_TRANSLATE_NOOP("CommandLine", "SECONDS")),
        type=float,
        help=t(QT_TRANSLATE_NOOP("CommandLine", "quit after this long (smoke tests)")),
    )
    group.add_argument(
        "--demo-rate",
        metavar=t(QT_TRANSLATE_NOOP("CommandLine", "MSGS_PER_S")),
        type=float,
        default=1.0,
        help=t(QT_TRANSLATE_NOOP("CommandLine", "demo chat speed per stream")),
    )
    group.add_argument(
        "--demo-backlog",
        metavar=count,
        type=int,
        default=40,
        help=t(
            QT_TRANSLATE_NOOP(
                "CommandLine",
                "demo messages already in each stream (PRISM replays all; others get 2,000 at "
                "most)",
            )
        ),
    )
    group.add_argument(
        "--demo-streams",
        metavar=count,
        type=int,
        default=2,
        help=t(
            QT_TRANSLATE_NOOP(
                "CommandLine", "demo PRISM lives (one tab each, beside the other fakes' streams)"
            )
        ),
    )
    group.add_argument(
        "--buffer",
        metavar=count,
        type=int,
        default=None,
        help=t(
            QT_TRANSLATE_NOOP(
                "CommandLine",
                "messages kept in memory per tab (default: the setting); older ones go to the "
                "archive",
            )
        ),
    )
    group.add_argument(
        "--language",
        metavar=t(QT_TRANSLATE_NOOP("CommandLine", "CODE")),
        default=None,
        help=t(
            QT_TRANSLATE_NOOP(
                "CommandLine",
                "the language of this run: en, tr, ko, de or es (default: the setting, else the "
                "OS)",
            )
        ),
    )
    group.add_argument(
        "--log-level",
        default="INFO",
        choices=["DEBUG", "INFO", "WARNING", "ERROR"],
        help=t(QT_TRANSLATE_NOOP("CommandLine", "how much goes into the log file")),
    )
    group.add_argument(
        "--version",
        action="version",
        version=f"{APP_NAME} {__version__}",
        help=t(QT_TRANSLATE_NOOP("CommandLine", "show the version and quit")),
    )


def _english(text: str) -> str:
    return text


def chosen_language(argv: Sequence[str]) -> str:
    """``--language CODE`` (or ``--language=CODE``) from the raw arguments, else the setting of
    the profile they name (or the default one); "system" when neither says."""
    given = list(argv)
    for i, arg in enumerate(given):
        if arg == "--language" and i + 1 < len(given):
            return given[i + 1]
        if arg.startswith("--language="):
            return arg.partition("=")[2]
    return _setting(given)


def _setting(argv: list[str]) -> str:
    from moderator.paths import Profile
    from moderator.storage.settings import SettingsStore

    root = next((argv[i + 1] for i, a in enumerate(argv[:-1]) if a == "--profile"), None)
    try:
        profile = Profile.at(Path(root)) if root else Profile.default()
        return SettingsStore(profile.settings_file).load().language
    except Exception:  # no profile yet, or unreadable: the system's language
        return "system"


def translator_for(argv: Sequence[str]) -> Translate:
    """Looks the help's words up in the chosen language's translation (English if none)."""
    import tempfile

    from PySide6.QtCore import QTranslator

    from moderator.ui.kit.i18n import compiled, resolve

    code = resolve(chosen_language(argv))
    if code == "en":
        return _english
    qm = compiled(code, Path(tempfile.gettempdir()) / "moderator-translations")
    translator = QTranslator()
    if qm is None or not translator.load(str(qm)):
        return _english

    def translate(text: str) -> str:
        return translator.translate(CONTEXT, text) or text

    return translate
