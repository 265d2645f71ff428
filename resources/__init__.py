"""Marks resources/ as the package ``briefing._resources`` in installs (see setup.py).

Data only: templates/, icons/, samples/, desktop/. Find files with
``briefing.resources.resource_path("samples", "sample-release.txt")``.
"""
