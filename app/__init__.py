"""Lectio: a desktop workbench for qualitative content analysis."""

__version__ = "0.1.0"
APP_NAME = "Lectio"
