"""The colours Lectio gives new codes and reviewers: one source of truth for the codebook, the reviewers, the
REFI-QDA import and auto-coding.

Chosen by computation (tests/ui/test_themes.py checks them): every colour stands out from the page by WCAG's
3:1 on the light, dark and high-contrast pages alike (relative luminance between 0.14 and 0.30), and every pair
differs by CIEDE2000 ΔE ≥ 10 for normal colour vision and as seen with protanopia, deuteranopia and tritanopia
(Machado et al. 2009). Consecutive colours differ most, since codes made one after the other get them in turn.
"""

from __future__ import annotations

CODE_COLOURS = ("#6969d2", "#ff005a", "#00875a", "#787800", "#c378b4", "#d22d87", "#7887ff", "#e16987")
REVIEWER_COLOURS = CODE_COLOURS[:6]
