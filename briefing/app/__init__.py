"""The Qt application: main window, item models, views, undo commands, dialogs.

The only package of Briefing that imports PySide6.
"""

from briefing.app.qtcompat import make_bools_immortal

make_bools_immortal()
