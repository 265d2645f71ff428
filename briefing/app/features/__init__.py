"""Flows that span panels, one ``*_feature.py`` each (files, export, drafting, find, update,
key facts, recovery, welcome), with their helpers."""
