"""The Word codebook, read back with python-docx as a supervisor's Word would show it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import docx
import pytest

from app.core import codebook, documents, units
from app.core.codebook import list_codes
from app.core.errors import LectioError
from app.core.overview import codebook_tree
from app.core.project import Project, create_project
from app.core.reviewers import find_reviewer
from app.exporters import Cancelled, ExportOptions, export_codebook
from app.importers.base import ImportedText
from tests.exporters.helpers import all_text, paragraphs, table_rows, theme_figures
from tests.studies import open_copy


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, demo_file: Path) -> Iterator[Project]:
    project = open_copy(demo_file, tmp_path_factory.mktemp("codebook") / "demo.lectio")
    yield project
    project.close()


@pytest.fixture(scope="module")
def exported(demo: Project, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return export_codebook(demo, tmp_path_factory.mktemp("out") / "codebook.docx", ExportOptions())


def test_every_theme_category_and_code_is_a_heading_of_its_level(demo: Project, exported: Path) -> None:
    paras = paragraphs(exported)
    tree = codebook_tree(demo)
    assert ("Title", demo.title) in paras
    assert tree.themes and tree.unsorted_codes
    for theme in tree.themes:
        assert ("Heading 1", theme.name) in paras
        for cat in theme.categories:
            assert ("Heading 2", cat.name) in paras
            for code in cat.codes:
                assert ("Heading 3", code.name) in paras
    # theme › category › code in that order: each code comes after its category, which comes after its theme
    order = [text for _, text in paras]
    for theme in tree.themes:
        for cat in theme.categories:
            assert order.index(theme.name) < order.index(cat.name) < min(order.index(c.name) for c in cat.codes)


def test_every_definition_and_criterion_is_in_the_codebook(demo: Project, exported: Path) -> None:
    text = all_text(exported)
    for code in list_codes(demo):
        assert code.definition and code.definition in text
        assert code.inclusion in text and code.exclusion in text


def test_title_block_and_methods_summary(demo: Project, exported: Path) -> None:
    text = all_text(exported)
    assert demo.meta("research_question") in text
    assert "Ana Ruiz, Ben Okafor" in text
    assert "5 documents, read by 2 reviewers" in text and "41 meaning units" in text
    assert "17 codes, grouped into 7 categories and 3 themes" in text
    heading1 = [t for s, t in paragraphs(exported) if s == "Heading 1"]
    assert heading1[:2] == ["Methods summary", "Themes"]


def test_agreement_figures_appear_once_the_agreement_module_exists(exported: Path) -> None:
    pytest.importorskip("app.consensus.agreement")
    assert "Agreement between reviewers:" in all_text(exported)


def test_themes_table_has_one_row_per_theme_with_counts_from_the_project(demo: Project, exported: Path) -> None:
    d = docx.Document(str(exported))
    tables = [table_rows(t) for t in d.tables]
    themes_table = next(t for t in tables if t[0] == ["Theme", "Categories", "Codes", "Meaning units", "Documents"])
    tree = codebook_tree(demo)
    figures = theme_figures(demo)
    assert len(themes_table) == 1 + len(tree.themes)
    for row, theme in zip(themes_table[1:], tree.themes, strict=True):
        n_codes, n_units, n_docs = figures[theme.id]
        assert row[0] == theme.name
        assert row[1].split("\n") == [c.name for c in theme.categories]
        assert row[2:] == [str(n_codes), str(n_units), str(n_docs)]
    assert d.tables[0].rows[0]._tr.trPr.find(docx.oxml.ns.qn("w:tblHeader")) is not None  # repeats on each page


def test_codes_carry_their_counts_and_real_quotes_with_page(demo: Project, exported: Path) -> None:
    paras = paragraphs(exported)
    tree = codebook_tree(demo)
    code = next(c for c in tree.themes[0].categories[0].all_codes() if c.name == "Knowledge overlooked")
    at = paras.index(("Heading 3", code.name))
    section = [p for p in paras[at + 1:] if not p[0].startswith("Heading")][:8]
    assert ("Normal", f"Meaning units: {code.units} in {code.documents} documents") in section
    quotes = [t for s, t in section if s == "Quote"]
    assert len(quotes) == 3
    first_unit = units.list_units(demo, documents.find_document(demo, "Interview 1 – daughter").id)
    coded = units.codes_of_units(demo, [u.id for u in first_unit])
    carrying = [u for u in first_unit if code.id in coded.get(u.id, [])]
    expected = " ".join(carrying[0].text.split())
    assert quotes[0] == f"“{expected}” (Interview 1 – daughter, p. 1)"


def test_unsorted_code_is_in_the_appendix(demo: Project, exported: Path) -> None:
    paras = paragraphs(exported)
    appendix = paras.index(("Heading 1", "Appendix: codes not yet sorted"))
    [unsorted] = codebook_tree(demo).unsorted_codes
    assert paras.index(("Heading 3", unsorted.name)) > appendix
    assert unsorted.definition in [t.removeprefix("Definition: ") for _, t in paras[appendix:]]


def test_one_reviewers_layer_counts_only_that_reviewers_units(demo: Project, tmp_path: Path) -> None:
    ben = find_reviewer(demo, "Ben Okafor")
    out = export_codebook(demo, tmp_path / "ben.docx", ExportOptions(reviewer_id=ben.id))
    text = all_text(out)
    tree = codebook_tree(demo, ben.id)
    ben_units = len(units.list_units(demo, reviewer_id=ben.id))
    assert f"This codebook draws on Ben Okafor's {ben_units} meaning units" in text
    paras = paragraphs(out)
    for theme in tree.themes:
        for code in (c for cat in theme.categories for c in cat.codes):
            at = paras.index(("Heading 3", code.name))
            counts = next(t for _, t in paras[at:] if t.startswith("Meaning units:"))
            assert counts == (f"Meaning units: {code.units} in {code.documents} document"
                              f"{'s' if code.documents != 1 else ''}" if code.units else "Meaning units: none yet")


def test_without_counts_and_quotes(demo: Project, tmp_path: Path) -> None:
    out = export_codebook(demo, tmp_path / "plain.docx", ExportOptions(quotes_per_code=0, include_counts=False))
    paras = paragraphs(out)
    assert not [t for s, t in paras if s == "Quote"]
    assert not [t for _, t in paras if t.startswith("Meaning units: ") and " in " in t]
    assert table_rows(docx.Document(str(out)).tables[0])[0] == ["Theme", "Categories"]


def test_the_exemplar_comes_first_and_pages_come_from_the_pdf(tmp_path: Path) -> None:
    text = "First page talks about visits.\nSecond page: the nurse never knocks.\nThird page: we plan together."
    starts = [0, text.index("Second"), text.index("Third")]
    with create_project(tmp_path / "p.lectio", title="Paged", reviewer="Ana") as project:
        doc = documents.add_document(project, ImportedText(text, "pdf", page_starts=starts), name="Report",
                                     original=b"%PDF").value
        code = codebook.create_code(project, "Visits", definition="About visits").value
        spans = [(0, 30), (text.index("the nurse"), text.index(".\nThird")), (text.index("we plan"), len(text) - 1)]
        made = [units.create_unit(project, doc.id, a, b).value for a, b in spans]
        for u in made:
            codebook.assign_code(project, u.id, code.id)
        codebook.update_code(project, code.id, exemplar_unit_id=made[2].id)
        out = export_codebook(project, tmp_path / "paged.docx", ExportOptions(quotes_per_code=2))
    quotes = [t for s, t in paragraphs(out) if s == "Quote"]
    assert quotes == ["“we plan together” (Report, p. 3)", "“First page talks about visits.” (Report, p. 1)"]
    assert "Appendix: codes not yet sorted" in all_text(out)


def test_a_passage_marked_by_both_reviewers_is_quoted_once(demo: Project, exported: Path) -> None:
    quotes = [t for s, t in paragraphs(exported) if s == "Quote"]
    tree = codebook_tree(demo)
    paras = paragraphs(exported)  # read once: reading the .docx per code took seconds
    for theme in tree.themes:
        for cat in theme.categories:
            for code in cat.codes:
                at = paras.index(("Heading 3", code.name))
                mine = []
                for s, t in paras[at + 1:]:
                    if s.startswith("Heading"):
                        break
                    if s == "Quote":
                        mine.append(t)
                bodies = [q.rsplit(" (", 1)[0].strip("“”.") for q in mine]
                for i, a in enumerate(bodies):  # no quote repeats (part of) another one of the same code
                    assert not any(a in b for j, b in enumerate(bodies) if j != i), code.name
    assert quotes


def test_cancel_leaves_no_file_and_keeps_the_old_one(demo: Project, tmp_path: Path) -> None:
    target = tmp_path / "codebook.docx"
    with pytest.raises(Cancelled):
        export_codebook(demo, target, ExportOptions(), cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []
    target.write_bytes(b"old")
    asked: list[bool] = []

    def cancel_midway() -> bool:  # the user presses Cancel while codes are being written
        asked.append(True)
        return len(asked) > 5

    with pytest.raises(Cancelled):
        export_codebook(demo, target, ExportOptions(), cancelled=cancel_midway)
    assert target.read_bytes() == b"old" and list(tmp_path.iterdir()) == [target]


def test_progress_reaches_the_end(demo: Project, tmp_path: Path) -> None:
    seen: list[tuple[float, str]] = []
    export_codebook(demo, tmp_path / "c.docx", ExportOptions(), progress=lambda f, m: seen.append((f, m)))
    fractions = [f for f, _ in seen]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0 and seen[-1][1] == "Wrote c.docx"


def test_wrong_ending_is_refused(demo: Project, tmp_path: Path) -> None:
    with pytest.raises(LectioError, match=r"codebook\.pdf: .*\.docx"):
        export_codebook(demo, tmp_path / "codebook.pdf", ExportOptions())
    assert list(tmp_path.iterdir()) == []


def test_subcategories_and_the_consensus_layer(tmp_path: Path) -> None:
    from app.core.reviewers import consensus_reviewer

    text = "We agreed the plan. The nurse listened to me."
    with create_project(tmp_path / "s.lectio", title="Layers", reviewer="Ana") as project:
        doc = documents.add_document(project, ImportedText(text, "txt"), name="Talk", original=text.encode()).value
        theme = codebook.create_theme(project, "Partnership").value
        top = codebook.create_category(project, "Working together", theme_id=theme.id).value
        sub = codebook.create_category(project, "Planning", parent_id=top.id).value
        code = codebook.create_code(project, "Shared plan", definition="Plans made together").value
        codebook.move_codes(project, [code.id], sub.id)
        mine = units.create_unit(project, doc.id, 0, 19).value
        codebook.assign_code(project, mine.id, code.id)
        consensus = consensus_reviewer(project)
        agreed = units.create_unit(project, doc.id, 20, len(text), reviewer_id=consensus.id).value
        codebook.assign_code(project, agreed.id, code.id, reviewer_id=consensus.id)
        out = export_codebook(project, tmp_path / "c.docx", ExportOptions(reviewer_id=consensus.id))
    paras = paragraphs(out)
    assert ("Heading 2", "Working together › Planning") in paras and ("Heading 3", "Shared plan") in paras
    assert "No codes in this category yet." not in [t for _, t in paras]
    assert [t for s, t in paras if s == "Quote"] == ["“The nurse listened to me.” (Talk, p. 1)"]
    text_out = all_text(out)
    assert "the consensus layer" in text_out and "Reviewer: Ana" in text_out
    themes_table = table_rows(docx.Document(str(out)).tables[0])
    assert themes_table[1] == ["Partnership", "Working together\nWorking together › Planning", "1", "1", "1"]
