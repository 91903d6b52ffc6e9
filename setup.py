"""Packaging that pyproject.toml cannot say: the top-level resources/ folder (demo texts, icons, guide) ships
inside the installed package as ``app/_resources``, so a wheel's ``lectio demo`` finds it (app/resources.py).

Everything else about the package is in pyproject.toml.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["app", "app.*"]), "app._resources"],
    package_dir={"app._resources": "resources"},
    package_data={"app._resources": ["**/*"]},
    # the README's screenshots are documentation, not something the program reads
    exclude_package_data={"app._resources": ["screenshots/*"]},
)
