"""The interface language: Qt translators, live retranslation, the brief's date format.

Strings are marked the Qt way — ``translate("Context", "Text")`` (an alias of
``QCoreApplication.translate``) or ``QT_TRANSLATE_NOOP`` for tables built at import
time — so ``pyside6-lupdate`` finds them (``scripts/update_translations.py`` writes
``resources/translations/briefing_<lang>.ts`` and compiles the ``.qm``). English is
the source language; Korean (``ko``) is shipped.

The language is ``interface/language`` in QSettings: ``system`` (the default: the
system locale if Briefing has it, else English), ``en`` or ``ko``. Changing it in
Preferences applies at once: :func:`set_language` swaps the translators and walks every
open window, translating each text it knows back to its source and forward into the new
language (:class:`Retranslator`). So widgets need no ``retranslateUi`` of their own;
texts built from data ("1,234 words") are refreshed by their owners on the next update.

A ``.ts`` without its ``.qm`` (lrelease missing) still works: :class:`TsTranslator`
reads the XML at run time.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    QTranslator,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QUndoStack
    from PySide6.QtWidgets import QWidget

translate = QCoreApplication.translate

__all__ = [
    "LANGUAGES", "SETTING", "TsTranslator", "current_language", "format_date",
    "language_setting", "resolve", "set_language", "translate", "translations_dir",
]

SETTING = "interface/language"
SOURCE_LANGUAGE = "en"
#: Setting value -> name shown in Preferences (each language in its own script).
LANGUAGES = {
    "system": QT_TRANSLATE_NOOP("Preferences", "System default"),
    "en": "English",
    "ko": "한국어",
}
SHIPPED = ("en", "ko")

# Undo-command names, shown after "Undo"/"Redo" in the Edit menu (commands are created
# with English names all over the app; the menu translates them when it shows them).
COMMAND_NAMES = (
    QT_TRANSLATE_NOOP("Commands", "Annotate"),
    QT_TRANSLATE_NOOP("Commands", "Edit Annotation"),
    QT_TRANSLATE_NOOP("Commands", "Delete Annotation"),
    QT_TRANSLATE_NOOP("Commands", "Summary"),
    QT_TRANSLATE_NOOP("Commands", "Tags"),
    QT_TRANSLATE_NOOP("Commands", "Include in Brief"),
    QT_TRANSLATE_NOOP("Commands", "Leave Out"),
    QT_TRANSLATE_NOOP("Commands", "Draft Brief"),
    QT_TRANSLATE_NOOP("Commands", "Edit Brief"),
    QT_TRANSLATE_NOOP("Commands", "Edit Brief Header"),
    QT_TRANSLATE_NOOP("Commands", "Edit Tags"),
    QT_TRANSLATE_NOOP("Commands", "Typing"),
    QT_TRANSLATE_NOOP("Commands", "Accept Suggestion"),
    QT_TRANSLATE_NOOP("Commands", "Accept All Suggestions"),
    QT_TRANSLATE_NOOP("Commands", "Import Release"),
    QT_TRANSLATE_NOOP("Commands", "Update Release"),
    QT_TRANSLATE_NOOP("Commands", "Dismiss Suggestion"),
    QT_TRANSLATE_NOOP("Commands", "Edit Tag List"),
    QT_TRANSLATE_NOOP("Commands", "Edit Bottom Line"),
    QT_TRANSLATE_NOOP("Commands", "Accept Bottom Line"),
    QT_TRANSLATE_NOOP("Commands", "Edit Suggested Summary"),
    QT_TRANSLATE_NOOP("Commands", "Accept Suggested Summary"),
    QT_TRANSLATE_NOOP("Commands", "Add Key People to Brief"),
    QT_TRANSLATE_NOOP("Commands", "Add to Brief"),
)
# Command names built from data: English pattern (a regular expression) -> translatable text.
COMMAND_PATTERNS = (
    (r"Import (?P<name>.+)", QT_TRANSLATE_NOOP("Commands", "Import {name}")),
    (r"Update (?P<name>.+)", QT_TRANSLATE_NOOP("Commands", "Update {name}")),
    (r"Accept (?P<n>\d+) Suggestions", QT_TRANSLATE_NOOP("Commands", "Accept {n} Suggestions")),
)


def command_name(text: str) -> str:
    """An undo command's English name (``"Import Busan release"``) in the current language."""
    import re

    if not text:
        return text
    shown = translate("Commands", text)
    if shown != text or _current == SOURCE_LANGUAGE:
        return shown
    for pattern, template in COMMAND_PATTERNS:
        match = re.fullmatch(pattern, text)
        if match:
            return translate("Commands", template).format(**match.groupdict())
    return text

# Answers of ``messages.ask``: shown translated, compared by their English label.
QUESTION_LABELS = (
    QT_TRANSLATE_NOOP("Messages", "Save"),
    QT_TRANSLATE_NOOP("Messages", "Save As…"),
    QT_TRANSLATE_NOOP("Messages", "Discard"),
    QT_TRANSLATE_NOOP("Messages", "Cancel"),
    QT_TRANSLATE_NOOP("Messages", "Open Read-Only"),
    QT_TRANSLATE_NOOP("Messages", "Take Over"),
    QT_TRANSLATE_NOOP("Messages", "Recover"),
    QT_TRANSLATE_NOOP("Messages", "Later"),
    QT_TRANSLATE_NOOP("Messages", "Replace"),
)


def translations_dir() -> Path:
    from briefing.resources import resource_path

    return resource_path("translations", must_exist=False)


def language_setting(settings: QSettings) -> str:
    value = str(settings.value(SETTING, "system") or "system")
    return value if value in LANGUAGES else "system"


def resolve(choice: str, system: QLocale | None = None) -> str:
    """``system``/``en``/``ko`` -> a shipped language code (the system's, else English)."""
    if choice in SHIPPED:
        return choice
    system = system or QLocale.system()
    for name in [system.name(), *system.uiLanguages()]:
        code = name.replace("-", "_").split("_")[0].lower()
        if code in SHIPPED:
            return code
    return SOURCE_LANGUAGE


class TsTranslator(QTranslator):
    """A translator reading a Qt Linguist ``.ts`` file directly (no ``.qm`` needed)."""

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.messages = _ts_messages(str(path))

    def translate(self, context, source, disambiguation=None, n=-1):
        return self.messages.get((context, source), "")

    def isEmpty(self) -> bool:
        return not self.messages


@lru_cache(maxsize=8)
def _ts_messages(path: str) -> dict[tuple[str, str], str]:
    """(context, source) -> translation, finished or not, empty ones left out."""
    import xml.etree.ElementTree as ET

    found: dict[tuple[str, str], str] = {}
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        return found
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            element = message.find("translation")
            text = (element.text or "") if element is not None else ""
            if text and (element.get("type") not in ("obsolete", "vanished")):
                found[(name, source)] = text
    return found


@lru_cache(maxsize=1)
def _reverse() -> dict[str, tuple[str, str]]:
    """Every shipped translation (and every source) -> (context, source)."""
    back: dict[str, tuple[str, str]] = {}
    folder = translations_dir()
    for code in SHIPPED:
        ts = folder / f"briefing_{code}.ts"
        if not ts.is_file():
            continue
        for (context, source), text in _ts_messages(str(ts)).items():
            back.setdefault(source, (context, source))
            back.setdefault(text, (context, source))
    return back


# -- the application's translators --------------------------------------------------------

_installed: list[QTranslator] = []
_current = SOURCE_LANGUAGE


# The tags a new project starts with, marked for lupdate; a project keeps the names it
# was made with (they are the user's data), whatever the language later.
DEFAULT_TAGS = (
    QT_TRANSLATE_NOOP("Tags", "Key point"),
    QT_TRANSLATE_NOOP("Tags", "Background"),
    QT_TRANSLATE_NOOP("Tags", "Action"),
    QT_TRANSLATE_NOOP("Tags", "Quote"),
    QT_TRANSLATE_NOOP("Tags", "Ignore"),
)


def default_tag_names() -> list[str]:
    """The default tags in the interface's language, for a project made now."""
    return [translate("Tags", name) for name in DEFAULT_TAGS]


def current_language() -> str:
    """The code of the language the interface shows now (``en`` or ``ko``)."""
    return _current


def _load(code: str) -> list[QTranslator]:
    app = QCoreApplication.instance()
    loaded: list[QTranslator] = []
    if code == SOURCE_LANGUAGE:
        return loaded
    folder = translations_dir()
    own = QTranslator(app)
    if own.load(str(folder / f"briefing_{code}.qm")):
        loaded.append(own)
    elif (folder / f"briefing_{code}.ts").is_file():
        loaded.append(TsTranslator(folder / f"briefing_{code}.ts", app))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{code}", qt_dir):  # standard buttons, file dialogs, context menus
        loaded.append(qt)
    return loaded


def set_language(choice: str) -> str:
    """Show the interface in ``choice`` (``system``/``en``/``ko``) now; returns the code.

    Installing or removing a translator sends every widget a LanguageChange event; the
    :class:`Retranslator` of each window answers it.
    """
    global _current
    code = resolve(choice)
    app = QCoreApplication.instance()
    if app is None:
        return code
    if code == _current and (_installed or code == SOURCE_LANGUAGE):
        return code
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current = code
    for translator in _load(code):
        app.installTranslator(translator)
        _installed.append(translator)
    QLocale.setDefault(QLocale(code))
    # With no translator left to remove or install (back to English from nothing),
    # Qt sends no LanguageChange: send it ourselves.
    event = QEvent(QEvent.Type.LanguageChange)
    for widget in _top_level_widgets():
        QCoreApplication.sendEvent(widget, event)
    return code


def _top_level_widgets() -> list:
    from PySide6.QtWidgets import QApplication

    return list(QApplication.topLevelWidgets()) if isinstance(
        QCoreApplication.instance(), QApplication) else []


# -- live retranslation ----------------------------------------------------------------------

def retranslate_text(text: str) -> str:
    """``text`` (a source or any shipped translation) in the current language."""
    if not text:
        return text
    found = _reverse().get(text)
    if found is None:
        return text
    context, source = found
    return translate(context, source)


def retranslate_tree(root) -> None:
    """Translate every known text under ``root`` (a widget) into the current language.

    Actions (text, tips; a menu's title is its action's text), dock and window titles,
    tab texts, labels, buttons, group boxes, placeholders, tooltips and accessible names.
    Editable contents and combo box items (often data) are left alone.
    """
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import (
        QAbstractButton,
        QGroupBox,
        QLabel,
        QLineEdit,
        QPlainTextEdit,
        QTabWidget,
        QTextEdit,
        QWidget,
    )

    def fix(getter, setter) -> None:
        old = getter()
        new = retranslate_text(old)
        if new != old:
            setter(new)

    skip = {"actionUndo", "actionRedo"}  # their text follows the undo stack (UndoTexts)
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if widget.isWindow() or widget.inherits("QDockWidget"):
            fix(widget.windowTitle, widget.setWindowTitle)
        fix(widget.toolTip, widget.setToolTip)
        fix(widget.statusTip, widget.setStatusTip)
        fix(widget.accessibleName, widget.setAccessibleName)
        fix(widget.accessibleDescription, widget.setAccessibleDescription)
        if isinstance(widget, QLabel | QAbstractButton):
            fix(widget.text, widget.setText)
        elif isinstance(widget, QGroupBox):
            fix(widget.title, widget.setTitle)
        elif isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            fix(widget.placeholderText, widget.setPlaceholderText)
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                tabs = widget
                fix(lambda i=i, w=tabs: w.tabText(i), lambda t, i=i, w=tabs: w.setTabText(i, t))
                fix(lambda i=i, w=tabs: w.tabToolTip(i),
                    lambda t, i=i, w=tabs: w.setTabToolTip(i, t))
    for action in root.findChildren(QAction):
        if action.objectName() in skip:
            continue
        fix(action.text, action.setText)
        fix(action.toolTip, action.setToolTip)
        fix(action.statusTip, action.setStatusTip)


class Retranslator(QObject):
    """Watches one window for LanguageChange and retranslates it (and its dialogs)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.w = window
        self.hooks: list = []  # called after a retranslation (texts built from data)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.w and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        from PySide6.QtWidgets import QWidget

        retranslate_tree(self.w)
        # Non-modal dialogs parented to the window are separate windows: do them too.
        for child in self.w.findChildren(QWidget):
            if child.isWindow() and child is not self.w:
                retranslate_tree(child)
        for hook in list(self.hooks):
            hook()


class UndoTexts(QObject):
    """Keeps Edit › Undo/Redo as "<Undo> <command>" in the current language."""

    def __init__(self, window: QWidget, stack: QUndoStack, actions: dict[str, QAction]) -> None:
        super().__init__(window)
        self.w, self.stack, self.actions = window, stack, actions
        # Connected after the stack's own updater, so these texts are the ones shown.
        stack.undoTextChanged.connect(self._undo_changed)
        stack.redoTextChanged.connect(self._redo_changed)
        self.refresh()

    def _undo_changed(self, _text: str) -> None:
        self.refresh()

    def _redo_changed(self, _text: str) -> None:
        self.refresh()

    def refresh(self) -> None:
        from shiboken6 import isValid

        stack = self.stack
        if not (isValid(self.w) and isValid(stack)):
            return  # the stack is cleared while the window is being destroyed
        undo, redo = self.actions.get("actionUndo"), self.actions.get("actionRedo")
        if undo is not None:
            name = command_name(stack.undoText())
            undo.setText(translate("Undo", "&Undo %1").replace("%1", name).strip()
                         if name else translate("Undo", "&Undo"))
        if redo is not None:
            name = command_name(stack.redoText())
            redo.setText(translate("Undo", "&Redo %1").replace("%1", name).strip()
                         if name else translate("Undo", "&Redo"))


def undo_view_delegate(parent):
    """A delegate for ``QUndoView`` that shows each command's name in the current language."""
    from PySide6.QtWidgets import QStyledItemDelegate

    class _UndoNames(QStyledItemDelegate):
        def initStyleOption(self, option, index) -> None:
            super().initStyleOption(option, index)
            if index.row() > 0:  # row 0 is the view's empty label, already translated
                option.text = command_name(option.text)

    return _UndoNames(parent)


# -- dates --------------------------------------------------------------------------------------

_DATE_FORMATS = {"en": "d MMMM yyyy", "ko": "yyyy년 M월 d일"}


def format_date(day: dt.date, code: str | None = None) -> str:
    """``day`` as the brief's header shows it: "24 November 2026", "2026년 11월 24일"."""
    code = code or _current
    locale = QLocale(code)
    qdate = QDate(day.year, day.month, day.day)
    pattern = _DATE_FORMATS.get(code)
    if pattern is None:
        return locale.toString(qdate, QLocale.FormatType.LongFormat)
    return locale.toString(qdate, pattern)
