"""The Qt application: main window, item models, views, undo commands, dialogs.

The only package of Briefing that imports PySide6.
"""
