"""A thin, fast layer over python-docx for our Word exports.

Everything is styled with real Word styles (Title, Subtitle, Heading 1–3, Quote, Strong, table styles),
so Word's navigation pane, table of contents and style changes work on the exported file.

Speed: python-docx looks a style up by name with a scan over every style, and inserts each body element
with a search for the section properties; over tens of thousands of paragraphs this adds up. Here style ids
are looked up once and cached, and elements are placed directly before the final ``w:sectPr``. Table rows
are built as XML directly (python-docx's ``table.cell(r, c)`` walks the whole table on each call).

Right-to-left text (Arabic, Hebrew, Persian quotes, names, codes): when any was written, ``save`` gives every
paragraph whose first strong character is right-to-left ``w:bidi``, every run of right-to-left text ``w:rtl`` (a
run of mixed text is cut where the direction changes), and a table whose every cell is right-to-left
``w:bidiVisual`` — in one place (``apply_directions``), so every export that writes through this class has them.
"""

from __future__ import annotations

import copy
import locale
import os
import re
from collections.abc import Sequence
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor, Twips
from docx.table import Table
from lxml import etree

from app.core.bidi import directional_runs, first_strong, has_rtl

A4 = (Cm(21.0), Cm(29.7))
LETTER = (Twips(12240), Twips(15840))  # 8.5 × 11 in
LETTER_TERRITORIES = {"US", "CA", "MX", "PH", "CL", "CO", "VE", "PR", "GT", "CR", "SV", "NI", "PA", "DO"}
EMOJI_FONT = "Segoe UI Emoji"  # Windows; Word on macOS and LibreOffice substitute their own colour emoji font
_EMOJI = re.compile("([\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D]+)")
INK = RGBColor(0x1F, 0x2A, 0x44)  # headings: a dark blue-grey that prints well in black and white
TABLE_TEXT = "Table Text"
TABLE_HEAD = "Table Heading"
KEEP_ROW_WHOLE_BELOW = 1200  # characters in a cell; longer rows could be taller than a page
_R, _T, _TC, _TCPR, _TCW = qn("w:r"), qn("w:t"), qn("w:tc"), qn("w:tcPr"), qn("w:tcW")
_W, _TYPE, _SPACE = qn("w:w"), qn("w:type"), "{http://www.w3.org/XML/1998/namespace}space"
_P, _PPR, _RPR, _TBL, _TBLPR = qn("w:p"), qn("w:pPr"), qn("w:rPr"), qn("w:tbl"), qn("w:tblPr")
# children of w:pPr / w:rPr / w:tblPr that must come after w:bidi / w:rtl / w:bidiVisual (ECMA-376 order)
_AFTER_BIDI = {qn(f"w:{t}") for t in (
    "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
    "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr",
    "pPrChange")}
_AFTER_RTL = {qn(f"w:{t}") for t in ("cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath")}
_AFTER_BIDI_VISUAL = {qn(f"w:{t}") for t in (
    "tblStyleRowBandSize", "tblStyleColBandSize", "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd",
    "tblLayout", "tblCellMar", "tblLook", "tblCaption", "tblDescription", "tblPrChange")}


def _put(parent: OxmlElement, tag: str, successors: set[str]) -> None:
    """Add the empty element ``tag`` to ``parent`` before the first child the schema orders after it."""
    if parent.find(qn(tag)) is not None:
        return
    element = OxmlElement(tag)
    for child in parent:
        if child.tag in successors:
            child.addprevious(element)
            return
    parent.append(element)


def _text_of(element: OxmlElement) -> str:
    return "".join(t.text or "" for t in element.iter(_T))


def mark_run_rtl(run: OxmlElement) -> None:
    rpr = run.find(_RPR)
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        run.insert(0, rpr)
    _put(rpr, "w:rtl", _AFTER_RTL)


def apply_paragraph_direction(p: OxmlElement, default: str = "ltr") -> bool:
    """Give ``p`` the bidi properties its text asks for; True when the paragraph is right-to-left.

    Runs holding only a ``w:t`` are cut at each change of direction; other runs (tabs, breaks) are marked by
    their first strong character."""
    text = _text_of(p)
    if not has_rtl(text):
        return False
    rtl = (first_strong(text) or default) == "rtl"
    if rtl:
        ppr = p.find(_PPR)
        if ppr is None:
            ppr = OxmlElement("w:pPr")
            p.insert(0, ppr)
        _put(ppr, "w:bidi", _AFTER_BIDI)
    for run in list(p.iter(_R)):
        run_text = _text_of(run)
        if not has_rtl(run_text):
            continue
        ts = [c for c in run if c.tag != _RPR]
        pieces = directional_runs(run_text)
        if len(pieces) > 1 and len(ts) == 1 and ts[0].tag == _T:
            for piece, way in pieces:
                new = copy.deepcopy(run)
                t = new.find(_T)
                t.text = piece
                t.set(_SPACE, "preserve")
                if way == "rtl":
                    mark_run_rtl(new)
                run.addprevious(new)
            run.getparent().remove(run)
        elif first_strong(run_text) == "rtl":
            mark_run_rtl(run)
    return rtl


def apply_directions(root: OxmlElement) -> None:
    """Bidi properties for every paragraph and table under ``root`` (a body, header or footer)."""
    for p in root.iter(_P):
        apply_paragraph_direction(p)
    for tbl in root.iter(_TBL):
        ways = [first_strong(_text_of(p)) for p in tbl.iter(_P)]
        ways = [w for w in ways if w]
        if ways and all(w == "rtl" for w in ways):
            tbl_pr = tbl.find(_TBLPR)
            if tbl_pr is not None:
                _put(tbl_pr, "w:bidiVisual", _AFTER_BIDI_VISUAL)


def paper_size() -> tuple[int, int]:
    """A4, or US Letter where the system's locale (LC_PAPER, else LC_ALL, else LANG) is in North America."""
    wanted = ""
    for var in ("LC_PAPER", "LC_ALL", "LANG"):
        if os.environ.get(var):
            wanted = os.environ[var]
            break
    if not wanted:
        wanted = locale.getlocale()[0] or ""
    territory = re.split(r"[_\-]", wanted.split(".")[0])[1:2]
    return LETTER if territory and territory[0].upper() in LETTER_TERRITORIES else A4


def figure(value: float | None, digits: int = 2, *, undefined: str = "undefined") -> str:
    """A figure as printed: fixed digits, and never "-0.00" (a tiny negative rounds to 0.00)."""
    if value is None:
        return undefined
    text = f"{value:.{digits}f}"
    return text[1:] if text.startswith("-") and not text.strip("-0.") else text


def percent(value: float | None, digits: int = 1, *, undefined: str = "undefined") -> str:
    return undefined if value is None else f"{figure(100 * value, digits)} %"


def heading_twips(text: str, size_pt: float = 9.0) -> int:
    """Width a table heading's longest word needs (bold), with the cell's margins, in twips.

    Generous on purpose: DejaVu Sans, the font a bare Linux machine substitutes for Calibri, is ~20 % wider."""
    longest = max((len(w) for w in text.split()), default=0)
    return int(longest * size_pt * 0.66 * 20) + 2 * 115 + 40


def fit_widths(total: int, relative: Sequence[float], minimum: Sequence[int]) -> list[int]:
    """Column widths (twips) in the proportions asked, but none below its minimum; what a narrow column
    needs is taken from the columns with room to spare."""
    widths = [total * w / sum(relative) for w in relative]
    for _ in range(len(widths)):
        short = [i for i, w in enumerate(widths) if w < minimum[i]]
        if not short:
            break
        need = sum(minimum[i] - widths[i] for i in short)
        for i in short:
            widths[i] = minimum[i]
        spare = {i: widths[i] - minimum[i] for i in range(len(widths)) if i not in short and widths[i] > minimum[i]}
        room = sum(spare.values())
        if room <= 0:
            break
        for i, r in spare.items():
            widths[i] -= need * r / room
    return [int(w) for w in widths]


class DocxWriter:
    """One Word document being written top to bottom."""

    def __init__(self, *, landscape: bool = False, footer: str = "") -> None:
        self.doc = docx.Document()
        self._styles: dict[str, str] = {}
        self._p_templates: dict[tuple[str, str], OxmlElement] = {}
        self._layout: dict[OxmlElement, tuple[list[int], set[int]]] = {}  # table → column widths (twips), right
        self._setup_page(landscape)
        self._setup_styles()
        self._body = self.doc.element.body
        self._end = self._body.sectPr
        self._rtl = False  # some right-to-left text was written: ``save`` sets the bidi properties
        if footer is not None:
            self._footer(footer)

    # -- setup ---------------------------------------------------------------------------------------
    def _setup_page(self, landscape: bool) -> None:
        section = self.doc.sections[0]
        width, height = paper_size()
        margin = Cm(1.8) if landscape else Cm(2.5)
        if landscape:
            section.orientation = WD_ORIENT.LANDSCAPE
            width, height = height, width
        section.page_width, section.page_height = width, height
        section.left_margin = section.right_margin = margin
        section.top_margin = section.bottom_margin = Cm(2.0)
        self.text_width = width - 2 * margin

    def _setup_styles(self) -> None:
        styles = self.doc.styles
        normal = styles["Normal"]
        normal.font.name = "Calibri"
        normal.font.size = Pt(11)
        normal.paragraph_format.space_after = Pt(6)
        normal.paragraph_format.line_spacing = 1.1
        for name, size in (("Title", 24), ("Subtitle", 13), ("Heading 1", 16), ("Heading 2", 13.5),
                           ("Heading 3", 11.5)):
            st = styles[name]
            st.font.name = "Calibri"
            st.font.size = Pt(size)
            st.font.color.rgb = INK
            st.font.italic = False
        styles["Heading 1"].paragraph_format.space_before = Pt(22)
        styles["Heading 2"].paragraph_format.space_before = Pt(14)
        styles["Heading 3"].paragraph_format.space_before = Pt(12)
        styles["Heading 3"].paragraph_format.space_after = Pt(3)
        styles["Subtitle"].font.color.rgb = RGBColor(0x55, 0x5F, 0x6D)
        styles["Title"].paragraph_format.space_after = Pt(4)
        quote = styles["Quote"]
        quote.font.color.rgb = RGBColor(0x33, 0x33, 0x33)
        quote.font.size = Pt(10.5)
        quote.paragraph_format.left_indent = Cm(0.8)
        quote.paragraph_format.right_indent = Cm(0.4)
        quote.paragraph_format.space_after = Pt(4)
        for name, bold in ((TABLE_TEXT, False), (TABLE_HEAD, True)):
            st = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            st.base_style = normal
            st.font.size = Pt(9)
            st.font.bold = bold
            st.paragraph_format.space_after = Pt(2)
            st.paragraph_format.space_before = Pt(1)
            st.paragraph_format.line_spacing = 1.0
            st.quick_style = True
        # Light Shading's bands are 25 % grey, heavy on paper: a pale blue-grey instead (style-level, one change).
        for shd in styles["Light Shading"].element.iter(qn("w:shd")):
            for attr in ("w:themeFill", "w:themeFillTint", "w:themeFillShade"):
                shd.attrib.pop(qn(attr), None)
            shd.set(qn("w:fill"), "EDF0F5")
        caption = styles["Caption"]
        caption.font.color.rgb = INK
        caption.font.size = Pt(10)
        caption.paragraph_format.space_before = Pt(10)
        caption.paragraph_format.keep_with_next = True

    def _footer(self, text: str) -> None:
        p = self.doc.sections[0].footer.paragraphs[0]
        p.style = self.doc.styles["Footer"]
        stops = p.paragraph_format.tab_stops
        stops.add_tab_stop(Twips(4680), WD_TAB_ALIGNMENT.CLEAR)  # the template's centre stop
        stops.add_tab_stop(Twips(9360), WD_TAB_ALIGNMENT.CLEAR)  # and its right stop
        stops.add_tab_stop(self.text_width, WD_TAB_ALIGNMENT.RIGHT)
        self._rtl = self._rtl or has_rtl(text)
        run = p.add_run(f"{text}\tPage ")
        run.font.size = Pt(9)
        self._field(p._p, "PAGE", "1")
        p.add_run(" of ").font.size = Pt(9)
        self._field(p._p, "NUMPAGES", "1")
        for r in p.runs:
            r.font.size = Pt(9)
            r.font.color.rgb = RGBColor(0x66, 0x66, 0x66)

    @staticmethod
    def _field(p: OxmlElement, instr: str, shown: str) -> None:
        fld = OxmlElement("w:fldSimple")
        fld.set(qn("w:instr"), instr)
        r = OxmlElement("w:r")
        rpr = OxmlElement("w:rPr")
        sz = OxmlElement("w:sz")
        sz.set(qn("w:val"), "18")
        color = OxmlElement("w:color")
        color.set(qn("w:val"), "666666")
        rpr.append(color)
        rpr.append(sz)
        r.append(rpr)
        t = OxmlElement("w:t")
        t.text = shown
        r.append(t)
        fld.append(r)
        p.append(fld)

    def style_id(self, name: str) -> str:
        sid = self._styles.get(name)
        if sid is None:
            sid = self._styles[name] = self.doc.styles[name].style_id
        return sid

    # -- body ------------------------------------------------------------------------------------------
    def _new_p(self, style: str, align: str = "") -> OxmlElement:
        """An empty paragraph in ``style``: a copy of a cached template (much cheaper than building it)."""
        key = (style, align)
        template = self._p_templates.get(key)
        if template is None:
            template = OxmlElement("w:p")
            if style != "Normal":
                template.style = self.style_id(style)
            if align:
                jc = OxmlElement("w:jc")
                jc.set(qn("w:val"), align)
                template.get_or_add_pPr().append(jc)
            self._p_templates[key] = template
        return copy.deepcopy(template)

    def _add_text(self, p: OxmlElement, text: str, char_style: str | None = None) -> None:
        self._rtl = self._rtl or has_rtl(text)
        if _EMOJI.search(text):  # emoji in a run of their own, in a font that has them
            for k, part in enumerate(_EMOJI.split(text)):
                if k % 2:
                    self._plain_text(p, part, char_style)
                    run = p[-1]
                    rpr = run.find(qn("w:rPr"))
                    if rpr is None:
                        rpr = etree.Element(qn("w:rPr"))
                        run.insert(0, rpr)
                    fonts = etree.Element(qn("w:rFonts"))
                    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
                        fonts.set(qn(attr), EMOJI_FONT)
                    style = rpr.find(qn("w:rStyle"))
                    rpr.insert(1 if style is not None else 0, fonts)
                elif part:
                    self._plain_text(p, part, char_style)
            return
        self._plain_text(p, text, char_style)

    def _plain_text(self, p: OxmlElement, text: str, char_style: str | None = None) -> None:
        if "\t" in text or "\n" in text or "\r" in text or char_style:
            r = p.add_r()  # python-docx turns tabs and line breaks into w:tab / w:br
            if char_style:
                r.style = self.style_id(char_style)
            r.text = text
            return
        r = etree.SubElement(p, _R)
        t = etree.SubElement(r, _T)
        t.text = text
        if text[:1].isspace() or text[-1:].isspace():
            t.set(_SPACE, "preserve")

    def _place(self, element: OxmlElement) -> None:
        self._end.addprevious(element)

    def paragraph(self, text: str = "", style: str = "Normal", *, keep_with_next: bool = False) -> OxmlElement:
        p = self._new_p(style)
        if keep_with_next:  # an introduction stays on the page of what it introduces
            p.get_or_add_pPr().append(OxmlElement("w:keepNext"))
        if text:
            self._add_text(p, text)
        self._place(p)
        return p

    def heading(self, text: str, level: int, *, new_page: bool = False) -> OxmlElement:
        p = self.paragraph(text, "Title" if level == 0 else f"Heading {level}")
        if new_page:
            p.get_or_add_pPr().append(OxmlElement("w:pageBreakBefore"))
        return p

    def labelled(self, label: str, text: str, style: str = "Normal") -> OxmlElement:
        """``label`` in the Strong character style, then the text: "Definition. The carer's …"."""
        p = self._new_p(style)
        self._add_text(p, label + " ", "Strong")
        self._add_text(p, text)
        self._place(p)
        return p

    def runs(self, parts: Sequence[tuple[str, str | None]], style: str = "Normal") -> OxmlElement:
        """A paragraph of runs, each (text, character style name or None)."""
        p = self._new_p(style)
        for text, char_style in parts:
            self._add_text(p, text, char_style)
        self._place(p)
        return p

    # -- tables ----------------------------------------------------------------------------------------
    def table(self, headers: Sequence[str], widths: Sequence[float], style: str = "Table Grid",
              numeric: Sequence[int] = ()) -> Table:
        """A table with a bold header row that repeats on every page; ``widths`` are relative; the
        ``numeric`` columns are right-aligned, as a journal sets figures."""
        table = self.doc.add_table(rows=0, cols=len(headers))
        table.style = self.doc.styles[style]
        table.autofit = False
        twips = fit_widths(int(self.text_width) // 635, widths, [heading_twips(h) for h in headers])
        self._layout[table._tbl] = (twips, set(numeric))
        for col, w in zip(table.columns, twips, strict=True):
            col.width = Twips(w)
        tbl_w = table._tbl.tblPr.find(qn("w:tblW"))
        if tbl_w is None:
            tbl_w = OxmlElement("w:tblW")
            table._tbl.tblPr.append(tbl_w)
        tbl_w.set(qn("w:type"), "dxa")
        tbl_w.set(qn("w:w"), str(sum(twips)))
        tr = self.row(table, headers, TABLE_HEAD)
        tr.trPr.append(OxmlElement("w:tblHeader"))
        return table

    def row(self, table: Table, values: Sequence[str | Sequence[str]], style: str = TABLE_TEXT) -> OxmlElement:
        """Append one row; a value that is a list becomes one paragraph per item in its cell."""
        tr = OxmlElement("w:tr")
        tr_pr = etree.SubElement(tr, qn("w:trPr"))
        longest = max((len(v) if isinstance(v, str) else sum(map(len, v)) for v in values), default=0)
        if longest < KEEP_ROW_WHOLE_BELOW:  # a row moves to the next page whole; a very long one may split
            etree.SubElement(tr_pr, qn("w:cantSplit"))
        widths, right = self._layout[table._tbl]
        for col, (value, width) in enumerate(zip(values, widths, strict=True)):
            tc = etree.SubElement(tr, _TC)
            tc_pr = etree.SubElement(tc, _TCPR)
            tc_w = etree.SubElement(tc_pr, _TCW)
            tc_w.set(_W, str(width))
            tc_w.set(_TYPE, "dxa")
            align = "right" if col in right else ""
            items = [value] if isinstance(value, str) else list(value) or [""]
            for item in items:
                p = self._new_p(style, align)
                if item:
                    self._add_text(p, item)
                tc.append(p)
        table._tbl.append(tr)
        return tr

    # -- figures ---------------------------------------------------------------------------------------
    def picture(self, png: bytes, width_in: float, caption: Sequence[tuple[str, str | None]] = ()) -> OxmlElement:
        """A centred picture (PNG bytes), no wider than the text, kept on one page with its caption below it
        (``caption``: runs as in ``runs()``, in the Caption style; all but the first in roman)."""
        import io

        from docx.shared import Emu, Inches

        width = min(Inches(width_in), Emu(int(self.text_width)))
        self.doc.add_picture(io.BytesIO(png), width=width)  # a paragraph just before the section properties
        p = self._end.getprevious()
        p_pr = p.get_or_add_pPr()
        keep = OxmlElement("w:keepNext")
        p_pr.append(keep)
        jc = OxmlElement("w:jc")
        jc.set(qn("w:val"), "center")
        p_pr.append(jc)
        if caption:  # the label as the Caption style sets it (bold), the words after it in roman
            cap = self.runs(caption, "Caption")
            for r in cap.findall(_R)[1:]:
                r_pr = r.find(qn("w:rPr"))
                if r_pr is None:
                    r_pr = OxmlElement("w:rPr")
                    r.insert(0, r_pr)
                bold = OxmlElement("w:b")
                bold.set(qn("w:val"), "0")
                r_pr.append(bold)
        return p

    def save(self, path: Path) -> None:
        if self._rtl:
            apply_directions(self._body)
            for section in self.doc.sections:
                apply_directions(section.footer._element)
        self.doc.save(str(path))
