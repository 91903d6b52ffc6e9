"""Reading colours back from a rendered image: the page of a region and its text, for WCAG checks from pixels."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QRect
from PySide6.QtGui import QImage

from app.core.colourmath import contrast


def colours(image: QImage, rect: QRect) -> Counter[str]:
    """How many pixels of each colour ``rect`` holds."""
    rect = rect.intersected(image.rect())
    found: Counter[str] = Counter()
    for y in range(rect.top(), rect.bottom() + 1):
        for x in range(rect.left(), rect.right() + 1):
            found[image.pixelColor(x, y).name()] += 1
    return found


def page_and_text(image: QImage, rect: QRect) -> tuple[str, str]:
    """The region's page (its commonest colour) and its text (the colour farthest from the page in contrast:
    the full-coverage pixels of the glyphs)."""
    found = colours(image, rect)
    page = found.most_common(1)[0][0]
    text = max(found, key=lambda c: contrast(c, page))
    return page, text
