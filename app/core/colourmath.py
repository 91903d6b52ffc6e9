"""Colour arithmetic for legibility checks and theme colours: WCAG 2.2 contrast, colour-vision-deficiency
simulation (Machado, Oliveira & Fernandes 2009) and CIEDE2000 colour difference. Pure Python, no Qt.

Colours are "#rrggbb" strings or (r, g, b) tuples of 0-255 integers.
"""

from __future__ import annotations

import colorsys
import functools
import math
from collections.abc import Sequence

RGB = tuple[float, float, float]

# Machado et al. (2009), "A Physiologically-based Model for Simulation of Color Vision Deficiency", severity 1.0;
# applied to linear RGB.
MACHADO: dict[str, tuple[RGB, RGB, RGB]] = {
    "protanopia": ((0.152286, 1.052583, -0.204868),
                   (0.114503, 0.786281, 0.099216),
                   (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968),
                     (0.280085, 0.672501, 0.047413),
                     (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779),
                   (-0.078411, 0.930809, 0.147602),
                   (0.004733, 0.691367, 0.303900)),
}


def rgb(colour: str | Sequence[float]) -> RGB:
    if isinstance(colour, str):
        value = colour.lstrip("#")
        if len(value) == 3:
            value = "".join(c * 2 for c in value)
        return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)
    r, g, b = colour[:3]
    return float(r), float(g), float(b)


def hex_colour(colour: Sequence[float]) -> str:
    return "#" + "".join(f"{max(0, min(255, round(c))):02x}" for c in colour[:3])


def _linear(c: float) -> float:
    c /= 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def _gamma(c: float) -> float:
    c = max(0.0, min(1.0, c))
    return 255 * (12.92 * c if c <= 0.0031308 else 1.055 * c ** (1 / 2.4) - 0.055)


def luminance(colour: str | Sequence[float]) -> float:
    """WCAG 2.2 relative luminance (its sRGB threshold 0.04045, as the sRGB standard has it)."""
    r, g, b = (_linear(c) for c in rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str | Sequence[float], b: str | Sequence[float]) -> float:
    """WCAG 2.2 contrast ratio, 1 to 21."""
    la, lb = luminance(a), luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def over(colour: str | Sequence[float], alpha: float, page: str | Sequence[float]) -> RGB:
    """``colour`` painted with ``alpha`` (0-1) over ``page``: the colour the eye sees."""
    c, p = rgb(colour), rgb(page)
    return tuple(alpha * x + (1 - alpha) * y for x, y in zip(c, p, strict=True))  # type: ignore[return-value]


def simulate(colour: str | Sequence[float], deficiency: str) -> RGB:
    """How ``colour`` looks to someone with ``deficiency`` (a key of MACHADO)."""
    lin = [_linear(c) for c in rgb(colour)]
    m = MACHADO[deficiency]
    return tuple(_gamma(sum(m[i][j] * lin[j] for j in range(3))) for i in range(3))  # type: ignore[return-value]


def lab(colour: str | Sequence[float]) -> RGB:
    """CIELAB (D65)."""
    r, g, b = (_linear(c) for c in rgb(colour))
    x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047
    y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b
    z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > (6 / 29) ** 3 else t / (3 * (6 / 29) ** 2) + 4 / 29

    fx, fy, fz = f(x), f(y), f(z)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def ciede2000(lab1: Sequence[float], lab2: Sequence[float]) -> float:
    """CIEDE2000 colour difference (Sharma, Wu & Dalal 2005), kL = kC = kH = 1."""
    l1, a1, b1 = lab1
    l2, a2, b2 = lab2
    c1, c2 = math.hypot(a1, b1), math.hypot(a2, b2)
    cm = (c1 + c2) / 2
    g = 0.5 * (1 - math.sqrt(cm ** 7 / (cm ** 7 + 25 ** 7)))
    a1p, a2p = (1 + g) * a1, (1 + g) * a2
    c1p, c2p = math.hypot(a1p, b1), math.hypot(a2p, b2)
    h1p = math.degrees(math.atan2(b1, a1p)) % 360 if c1p else 0.0
    h2p = math.degrees(math.atan2(b2, a2p)) % 360 if c2p else 0.0
    dl, dc = l2 - l1, c2p - c1p
    if c1p * c2p == 0:
        dh = 0.0
    elif abs(h2p - h1p) <= 180:
        dh = h2p - h1p
    elif h2p - h1p > 180:
        dh = h2p - h1p - 360
    else:
        dh = h2p - h1p + 360
    dhh = 2 * math.sqrt(c1p * c2p) * math.sin(math.radians(dh / 2))
    lm, cmp_ = (l1 + l2) / 2, (c1p + c2p) / 2
    if c1p * c2p == 0:
        hm = h1p + h2p
    elif abs(h1p - h2p) <= 180:
        hm = (h1p + h2p) / 2
    elif h1p + h2p < 360:
        hm = (h1p + h2p + 360) / 2
    else:
        hm = (h1p + h2p - 360) / 2
    t = (1 - 0.17 * math.cos(math.radians(hm - 30)) + 0.24 * math.cos(math.radians(2 * hm))
         + 0.32 * math.cos(math.radians(3 * hm + 6)) - 0.20 * math.cos(math.radians(4 * hm - 63)))
    d_theta = 30 * math.exp(-(((hm - 275) / 25) ** 2))
    rc = 2 * math.sqrt(cmp_ ** 7 / (cmp_ ** 7 + 25 ** 7))
    sl = 1 + 0.015 * (lm - 50) ** 2 / math.sqrt(20 + (lm - 50) ** 2)
    sc = 1 + 0.045 * cmp_
    sh = 1 + 0.015 * cmp_ * t
    rt = -math.sin(math.radians(2 * d_theta)) * rc
    return math.sqrt((dl / sl) ** 2 + (dc / sc) ** 2 + (dhh / sh) ** 2 + rt * (dc / sc) * (dhh / sh))


def delta_e(a: str | Sequence[float], b: str | Sequence[float]) -> float:
    return ciede2000(lab(a), lab(b))


@functools.lru_cache(maxsize=4096)  # asked at every paint of a highlight, chip, card or tree row
def with_contrast(colour: str, page: str, ratio: float) -> str:
    """``colour`` itself when it stands out from ``page`` by ``ratio``, else the nearest colour of the same hue
    and saturation, darker on a light page and lighter on a dark one, that does (or black/white)."""
    if contrast(colour, page) >= ratio:
        return colour
    r, g, b = (c / 255 for c in rgb(colour))
    h, light, s = colorsys.rgb_to_hls(r, g, b)
    darker = luminance(page) > 0.18
    for k in range(1, 101):
        step = light - k / 100 * light if darker else light + k / 100 * (1 - light)
        candidate = hex_colour([c * 255 for c in colorsys.hls_to_rgb(h, step, s)])
        if contrast(candidate, page) >= ratio:
            return candidate
    return "#000000" if darker else "#ffffff"


def ink_on(background: str | Sequence[float]) -> str:
    """Black or white text, whichever contrasts more with ``background``."""
    return "#000000" if contrast("#000000", background) >= contrast("#ffffff", background) else "#ffffff"
