"""The one thing pyproject.toml cannot say: ship the top-level ``resources/`` folder.

The repository keeps a single copy of the resources (templates, icons, the sample
release, the desktop entry, later translations) in ``resources/`` at the top level.
Wheels carry that folder as the package ``briefing._resources``, and editable installs
(``pip install -e .``) map the same package name onto the same folder, so
``briefing.resources.resource_path()`` finds every file the same way in a wheel, in an
editable install and in a plain checkout. Everything else lives in pyproject.toml.
"""

from pathlib import Path

from setuptools import find_namespace_packages, setup

ROOT = Path(__file__).resolve().parent
RESOURCES_PACKAGE = "briefing._resources"


def resource_packages() -> list[str]:
    """briefing._resources and one sub-package name per folder under resources/."""
    folders = sorted(
        path.relative_to(ROOT / "resources")
        for path in (ROOT / "resources").rglob("*")
        if path.is_dir() and path.name != "__pycache__"
    )
    return [RESOURCES_PACKAGE, *(".".join((RESOURCES_PACKAGE, *f.parts)) for f in folders)]


setup(
    packages=[
        *find_namespace_packages(include=["briefing", "briefing.*"], exclude=["*.__pycache__"]),
        *resource_packages(),
    ],
    package_dir={RESOURCES_PACKAGE: "resources"},
    package_data={RESOURCES_PACKAGE: ["**/*"]},
    exclude_package_data={"": ["__pycache__/*", "*.pyc"]},
)
