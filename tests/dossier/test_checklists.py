"""The COREQ and SRQR checklists as published: item numbers, their grouping and their wording."""

from __future__ import annotations

from app.exporters.checklists import COREQ, SRQR

# Tong, Sainsbury & Craig (2007), Table 1: the 32 topics in order, and where each (sub)domain starts.
PUBLISHED_COREQ_TOPICS = [
    "Interviewer/facilitator", "Credentials", "Occupation", "Gender", "Experience and training",
    "Relationship established", "Participant knowledge of the interviewer", "Interviewer characteristics",
    "Methodological orientation and Theory", "Sampling", "Method of approach", "Sample size", "Non-participation",
    "Setting of data collection", "Presence of non-participants", "Description of sample", "Interview guide",
    "Repeat interviews", "Audio/visual recording", "Field notes", "Duration", "Data saturation",
    "Transcripts returned", "Number of data coders", "Description of the coding tree", "Derivation of themes",
    "Software", "Participant checking", "Quotations presented", "Data and findings consistent",
    "Clarity of major themes", "Clarity of minor themes",
]
COREQ_GROUPS = {  # first item → sub-domain
    1: "Personal characteristics", 6: "Relationship with participants", 9: "Theoretical framework",
    10: "Participant selection", 14: "Setting", 17: "Data collection", 24: "Data analysis", 29: "Reporting",
}
# O'Brien et al. (2014), Table 1: the 21 standards in order.
PUBLISHED_SRQR_TOPICS = [
    "Title", "Abstract", "Problem formulation", "Purpose or research question",
    "Qualitative approach and research paradigm", "Researcher characteristics and reflexivity", "Context",
    "Sampling strategy", "Ethical issues pertaining to human subjects", "Data collection methods",
    "Data collection instruments and technologies", "Units of study", "Data processing", "Data analysis",
    "Techniques to enhance trustworthiness", "Synthesis and interpretation", "Links to empirical data",
    "Integration with prior work, implications, transferability, and contribution(s) to the field", "Limitations",
    "Conflicts of interest", "Funding",
]


def test_coreq_has_the_32_published_items_in_order_and_their_domains() -> None:
    assert [i.number for i in COREQ] == list(range(1, 33))
    assert [i.topic for i in COREQ] == PUBLISHED_COREQ_TOPICS
    current = ""
    for item in COREQ:
        current = COREQ_GROUPS.get(item.number, current)
        assert item.group.endswith(current), (item.number, item.group)
    assert {i.group.split(" › ")[0] for i in COREQ} == {
        "Domain 1: Research team and reflexivity", "Domain 2: Study design", "Domain 3: Analysis and findings"}
    by_number = {i.number: i.question for i in COREQ}
    assert by_number[22] == "Was data saturation discussed?"
    assert by_number[24] == "How many data coders coded the data?"
    assert by_number[26] == "Were themes identified in advance or derived from the data?"
    assert by_number[12] == "How many participants were in the study?"


def test_srqr_has_the_21_published_standards_in_order() -> None:
    assert [i.number for i in SRQR] == list(range(1, 22))
    assert [i.topic for i in SRQR] == PUBLISHED_SRQR_TOPICS
    groups = [i.group for i in SRQR]
    assert groups[:2] == ["Title and abstract"] * 2 and groups[2:4] == ["Introduction"] * 2
    assert groups[4:15] == ["Methods"] * 11 and groups[15:17] == ["Results/findings"] * 2
    assert groups[17:19] == ["Discussion"] * 2 and groups[19:] == ["Other"] * 2
    assert "member checking, audit trail, triangulation" in SRQR[14].question
