"""The main window, its menus and actions, the composition root that builds the window
and its features (``compose``), the parts handed to features, i18n, theme, layout."""
