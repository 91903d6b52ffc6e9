"""A tiny PDF writer for tests: pages of text set in the standard fonts, and the broken and hostile
files (lying page counts, page-tree loops, Flate bombs) that real producers never write."""

from __future__ import annotations

import zlib
from collections.abc import Sequence


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def text_stream(lines: Sequence[str], *, size: float = 11, top: float = 760, left: float = 72,
                leading: float = 15) -> bytes:
    """A content stream that sets each line in Helvetica, one under the other."""
    parts = ["BT", f"/F1 {size} Tf", f"{leading} TL", f"{left} {top} Td"]
    for line in lines:
        parts.append(f"({_escape(line)}) Tj T*")
    parts.append("ET")
    return "\n".join(parts).encode("latin-1")


def build(objects: dict[int, bytes], root: int = 1, trailer_extra: str = "") -> bytes:
    """A PDF of numbered objects (their bodies without 'obj'/'endobj'), with a correct xref table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets: dict[int, int] = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += f"{number} 0 obj\n".encode() + objects[number] + b"\nendobj\n"
    xref = len(out)
    size = max(objects) + 1
    out += f"xref\n0 {size}\n0000000000 65535 f \n".encode()
    for number in range(1, size):
        if number in offsets:
            out += f"{offsets[number]:010d} 00000 n \n".encode()
        else:
            out += b"0000000000 65535 f \n"
    out += f"trailer\n<< /Size {size} /Root {root} 0 R {trailer_extra}>>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def stream(data: bytes, extra: str = "", *, flate: bool = False) -> bytes:
    if flate:
        data = zlib.compress(data)
        extra += " /Filter /FlateDecode"
    return f"<< /Length {len(data)}{extra} >>\nstream\n".encode() + data + b"\nendstream"


FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


def pdf(pages: Sequence[bytes], *, count: int | None = None, flate: bool = False,
        media: tuple[float, float] = (612, 792)) -> bytes:
    """A PDF whose pages draw the given content streams; ``count`` overrides the page tree's /Count."""
    objects: dict[int, bytes] = {1: b"<< /Type /Catalog /Pages 2 0 R >>", 3: FONT}
    kids = []
    for index, content in enumerate(pages):
        page, body = 4 + 2 * index, 5 + 2 * index
        kids.append(f"{page} 0 R")
        objects[page] = (
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {media[0]} {media[1]}] "
            f"/Resources << /Font << /F1 3 0 R >> >> /Contents {body} 0 R >>"
        ).encode()
        objects[body] = stream(content, flate=flate)
    total = len(pages) if count is None else count
    objects[2] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {total} >>".encode()
    return build(objects)


def text_pdf(pages: Sequence[Sequence[str]], **kwargs: object) -> bytes:
    """A PDF with one page per list of lines."""
    return pdf([text_stream(lines) for lines in pages], **kwargs)  # type: ignore[arg-type]


def page_tree_loop() -> bytes:
    """A page tree whose node lists itself among its kids (next to one real page)."""
    objects = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [2 0 R 4 0 R] /Count 2 >>",
        3: FONT,
        4: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
           b"/Contents 5 0 R >>",
        5: stream(text_stream(["A page inside a looping page tree."])),
    }
    return build(objects)


def flate_bomb(inflated: int, chunk: int = 1 << 20) -> bytes:
    """A one-page PDF with a second, unused Flate stream that inflates to ``inflated`` bytes of spaces."""
    compressor = zlib.compressobj(9)
    block = b" " * chunk
    parts = [compressor.compress(block) for _ in range(inflated // chunk)]
    parts.append(compressor.flush())
    bomb = b"".join(parts)
    objects = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        3: FONT,
        4: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
           b"/Contents [5 0 R 6 0 R] >>",
        5: stream(text_stream(["A page whose second content stream is a bomb."])),
        6: f"<< /Length {len(bomb)} /Filter /FlateDecode >>\nstream\n".encode() + bomb + b"\nendstream",
    }
    return build(objects)


def _swapped_cmap() -> bytes:
    """A ToUnicode CMap that maps each printable ASCII code to its UTF-16 value with the bytes swapped."""
    entries = [f"<{c:02X}> <{c:02X}00>" for c in range(0x20, 0x7F)]
    blocks = []
    for start in range(0, len(entries), 90):
        chunk = entries[start : start + 90]
        blocks.append(f"{len(chunk)} beginbfchar\n" + "\n".join(chunk) + "\nendbfchar")
    return (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
        "1 begincodespacerange <00> <FF> endcodespacerange\n" + "\n".join(blocks) +
        "\nendcmap CMapName currentdict /CMap defineresource pop end end"
    ).encode()


def byte_swapped_pdf(pages: Sequence[Sequence[str]]) -> bytes:
    """Text whose font maps every character to its byte-swapped UTF-16 value ('M' reads as '䴀')."""
    data = pdf([text_stream(lines) for lines in pages])
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    assert data.count(font) == 1
    cmap = stream(_swapped_cmap())
    number = 4 + 2 * len(pages)
    objects: dict[int, bytes] = {1: b"<< /Type /Catalog /Pages 2 0 R >>",
                                 3: font[:-2] + f"/ToUnicode {number} 0 R >>".encode(), number: cmap}
    kids = []
    for index, lines in enumerate(pages):
        page, body = 4 + 2 * index, 5 + 2 * index
        kids.append(f"{page} 0 R")
        objects[page] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R "
                         f">> >> /Contents {body} 0 R >>").encode()
        objects[body] = stream(text_stream(lines))
    objects[2] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(pages)} >>".encode()
    return build(objects)


def split_words_stream(words: Sequence[str], *, top: float = 700, per_line: int = 8, gap: int = 250) -> bytes:
    """Words set as an OCR layer sometimes sets them: each word's last letter pushed a little away."""
    rows = []
    for start in range(0, len(words), per_line):
        parts = []
        for word in words[start : start + per_line]:
            head, last = (word[:-1], word[-1]) if len(word) > 1 else (word, "")
            parts.append(f"({_escape(head)}) {-gap} ({_escape(last)} )" if last else f"({_escape(head)} )")
        rows.append("[" + " ".join(parts) + "] TJ T*")
    return ("BT /F1 11 Tf 15 TL 72 " + str(top) + " Td\n" + "\n".join(rows) + "\nET").encode("latin-1")


def upside_down_stream(lines: Sequence[str]) -> bytes:
    """Lines drawn with a negative font size: glyphs upside down, set from right to left."""
    parts = ["BT /F1 -11 Tf -15 TL 540 100 Td"]
    for line in lines:
        parts.append(f"({_escape(line)}) Tj T*")
    parts.append("ET")
    return "\n".join(parts).encode("latin-1")
