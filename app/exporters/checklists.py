"""The published reporting checklists, item by item, as their authors numbered and grouped them.

COREQ: Tong A, Sainsbury P, Craig J. Consolidated criteria for reporting qualitative research (COREQ): a 32-item
checklist for interviews and focus groups. Int J Qual Health Care 2007;19(6):349–357.
SRQR: O'Brien BC, Harris IB, Beckman TJ, Reed DA, Cook DA. Standards for reporting qualitative research: a
synthesis of recommendations. Acad Med 2014;89(9):1245–1251.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from app.i18n import translate, translate_noop

K = "exporters.checklists"


@dataclass(frozen=True)
class ChecklistItem:
    number: int
    group: str  # "Domain 1: Research team and reflexivity › Personal characteristics"
    topic: str
    question: str


COREQ_CITATION = (
    "Tong A, Sainsbury P, Craig J. Consolidated criteria for reporting qualitative research (COREQ): "
    "a 32-item checklist for interviews and focus groups. Int J Qual Health Care. 2007;19(6):349–357."
)
SRQR_CITATION = (
    "O'Brien BC, Harris IB, Beckman TJ, Reed DA, Cook DA. Standards for reporting qualitative "
    "research: a synthesis of recommendations. Acad Med. 2014;89(9):1245–1251."
)

_D1 = translate_noop(K, "Domain 1: Research team and reflexivity")
_D2 = translate_noop(K, "Domain 2: Study design")
_D3 = translate_noop(K, "Domain 3: Analysis and findings")

_COREQ: list[tuple[str, str, str]] = [
    (
        f"{_D1} › Personal characteristics",
        translate_noop(K, "Interviewer/facilitator"),
        translate_noop(K, "Which author/s conducted the interview or focus group?"),
    ),
    (
        f"{_D1} › Personal characteristics",
        translate_noop(K, "Credentials"),
        translate_noop(K, "What were the researcher's credentials? E.g. PhD, MD"),
    ),
    (
        f"{_D1} › Personal characteristics",
        translate_noop(K, "Occupation"),
        translate_noop(K, "What was their occupation at the time of the study?"),
    ),
    (
        f"{_D1} › Personal characteristics",
        translate_noop(K, "Gender"),
        translate_noop(K, "Was the researcher male or female?"),
    ),
    (
        f"{_D1} › Personal characteristics",
        translate_noop(K, "Experience and training"),
        translate_noop(K, "What experience or training did the researcher have?"),
    ),
    (
        f"{_D1} › Relationship with participants",
        translate_noop(K, "Relationship established"),
        translate_noop(K, "Was a relationship established prior to study commencement?"),
    ),
    (
        f"{_D1} › Relationship with participants",
        translate_noop(K, "Participant knowledge of the interviewer"),
        translate_noop(
            K,
            "What did the participants know about the researcher? e.g. personal goals, reasons for doing the research",
        ),
    ),
    (
        f"{_D1} › Relationship with participants",
        translate_noop(K, "Interviewer characteristics"),
        translate_noop(
            K,
            "What characteristics were reported about the interviewer/facilitator? e.g. Bias, assumptions, reasons and "
            "interests in the research topic",
        ),
    ),
    (
        f"{_D2} › Theoretical framework",
        translate_noop(K, "Methodological orientation and Theory"),
        translate_noop(
            K,
            "What methodological orientation was stated to underpin the study? e.g. grounded theory, discourse "
            "analysis, "
            "ethnography, phenomenology, content analysis",
        ),
    ),
    (
        f"{_D2} › Participant selection",
        translate_noop(K, "Sampling"),
        translate_noop(K, "How were participants selected? e.g. purposive, convenience, consecutive, snowball"),
    ),
    (
        f"{_D2} › Participant selection",
        translate_noop(K, "Method of approach"),
        translate_noop(K, "How were participants approached? e.g. face-to-face, telephone, mail, email"),
    ),
    (
        f"{_D2} › Participant selection",
        translate_noop(K, "Sample size"),
        translate_noop(K, "How many participants were in the study?"),
    ),
    (
        f"{_D2} › Participant selection",
        translate_noop(K, "Non-participation"),
        translate_noop(K, "How many people refused to participate or dropped out? Reasons?"),
    ),
    (
        f"{_D2} › Setting",
        translate_noop(K, "Setting of data collection"),
        translate_noop(K, "Where was the data collected? e.g. home, clinic, workplace"),
    ),
    (
        f"{_D2} › Setting",
        translate_noop(K, "Presence of non-participants"),
        translate_noop(K, "Was anyone else present besides the participants and researchers?"),
    ),
    (
        f"{_D2} › Setting",
        translate_noop(K, "Description of sample"),
        translate_noop(K, "What are the important characteristics of the sample? e.g. demographic data, date"),
    ),
    (
        f"{_D2} › Data collection",
        translate_noop(K, "Interview guide"),
        translate_noop(K, "Were questions, prompts, guides provided by the authors? Was it pilot tested?"),
    ),
    (
        f"{_D2} › Data collection",
        translate_noop(K, "Repeat interviews"),
        translate_noop(K, "Were repeat interviews carried out? If yes, how many?"),
    ),
    (
        f"{_D2} › Data collection",
        translate_noop(K, "Audio/visual recording"),
        translate_noop(K, "Did the research use audio or visual recording to collect the data?"),
    ),
    (
        f"{_D2} › Data collection",
        translate_noop(K, "Field notes"),
        translate_noop(K, "Were field notes made during and/or after the interview or focus group?"),
    ),
    (
        f"{_D2} › Data collection",
        translate_noop(K, "Duration"),
        translate_noop(K, "What was the duration of the interviews or focus group?"),
    ),
    (
        f"{_D2} › Data collection",
        translate_noop(K, "Data saturation"),
        translate_noop(K, "Was data saturation discussed?"),
    ),
    (
        f"{_D2} › Data collection",
        translate_noop(K, "Transcripts returned"),
        translate_noop(K, "Were transcripts returned to participants for comment and/or correction?"),
    ),
    (
        f"{_D3} › Data analysis",
        translate_noop(K, "Number of data coders"),
        translate_noop(K, "How many data coders coded the data?"),
    ),
    (
        f"{_D3} › Data analysis",
        translate_noop(K, "Description of the coding tree"),
        translate_noop(K, "Did authors provide a description of the coding tree?"),
    ),
    (
        f"{_D3} › Data analysis",
        translate_noop(K, "Derivation of themes"),
        translate_noop(K, "Were themes identified in advance or derived from the data?"),
    ),
    (
        f"{_D3} › Data analysis",
        translate_noop(K, "Software"),
        translate_noop(K, "What software, if applicable, was used to manage the data?"),
    ),
    (
        f"{_D3} › Data analysis",
        translate_noop(K, "Participant checking"),
        translate_noop(K, "Did participants provide feedback on the findings?"),
    ),
    (
        f"{_D3} › Reporting",
        translate_noop(K, "Quotations presented"),
        translate_noop(
            K,
            "Were participant quotations presented to illustrate the themes/findings? Was each quotation identified? "
            "e.g. participant number",
        ),
    ),
    (
        f"{_D3} › Reporting",
        translate_noop(K, "Data and findings consistent"),
        translate_noop(K, "Was there consistency between the data presented and the findings?"),
    ),
    (
        f"{_D3} › Reporting",
        translate_noop(K, "Clarity of major themes"),
        translate_noop(K, "Were major themes clearly presented in the findings?"),
    ),
    (
        f"{_D3} › Reporting",
        translate_noop(K, "Clarity of minor themes"),
        translate_noop(K, "Is there a description of diverse cases or discussion of minor themes?"),
    ),
]

_SRQR: list[tuple[str, str, str]] = [
    (
        translate_noop(K, "Title and abstract"),
        translate_noop(K, "Title"),
        translate_noop(
            K,
            "Concise description of the nature and topic of the study; identifying the study as qualitative or "
            "indicating "
            "the approach (e.g., ethnography, grounded theory) or data collection methods (e.g., interview, "
            "focus group) "
            "is recommended",
        ),
    ),
    (
        translate_noop(K, "Title and abstract"),
        translate_noop(K, "Abstract"),
        translate_noop(
            K,
            "Summary of key elements of the study using the abstract format of the intended publication; typically "
            "includes background, purpose, methods, results, and conclusions",
        ),
    ),
    (
        translate_noop(K, "Introduction"),
        translate_noop(K, "Problem formulation"),
        translate_noop(
            K,
            "Description and significance of the problem/phenomenon studied; review of relevant theory and empirical "
            "work; problem statement",
        ),
    ),
    (
        translate_noop(K, "Introduction"),
        translate_noop(K, "Purpose or research question"),
        translate_noop(K, "Purpose of the study and specific objectives or questions"),
    ),
    (
        translate_noop(K, "Methods"),
        translate_noop(K, "Qualitative approach and research paradigm"),
        translate_noop(
            K,
            "Qualitative approach (e.g., ethnography, grounded theory, case study, phenomenology, narrative "
            "research) and "
            "guiding theory if appropriate; identifying the research paradigm (e.g., postpositivist, constructivist/"
            "interpretivist) is also recommended; rationale",
        ),
    ),
    (
        translate_noop(K, "Methods"),
        translate_noop(K, "Researcher characteristics and reflexivity"),
        translate_noop(
            K,
            "Researchers' characteristics that may influence the research, including personal attributes, "
            "qualifications/experience, relationship with participants, assumptions, and/or presuppositions; potential "
            "or actual interaction between researchers' characteristics and the research questions, approach, methods, "
            "results, and/or transferability",
        ),
    ),
    (
        translate_noop(K, "Methods"),
        translate_noop(K, "Context"),
        translate_noop(K, "Setting/site and salient contextual factors; rationale"),
    ),
    (
        translate_noop(K, "Methods"),
        translate_noop(K, "Sampling strategy"),
        translate_noop(
            K,
            "How and why research participants, documents, or events were selected; criteria for deciding when "
            "no further "
            "sampling was necessary (e.g., sampling saturation); rationale",
        ),
    ),
    (
        translate_noop(K, "Methods"),
        translate_noop(K, "Ethical issues pertaining to human subjects"),
        translate_noop(
            K,
            "Documentation of approval by an appropriate ethics review board and participant consent, or "
            "explanation for "
            "lack thereof; other confidentiality and data security issues",
        ),
    ),
    (
        translate_noop(K, "Methods"),
        translate_noop(K, "Data collection methods"),
        translate_noop(
            K,
            "Types of data collected; details of data collection procedures including (as appropriate) start and stop "
            "dates of data collection and analysis, iterative process, triangulation of sources/methods, and "
            "modification "
            "of procedures in response to evolving study findings; rationale",
        ),
    ),
    (
        translate_noop(K, "Methods"),
        translate_noop(K, "Data collection instruments and technologies"),
        translate_noop(
            K,
            "Description of instruments (e.g., interview guides, questionnaires) and devices (e.g., audio "
            "recorders) used "
            "for data collection; if/how the instrument(s) changed over the course of the study",
        ),
    ),
    (
        translate_noop(K, "Methods"),
        translate_noop(K, "Units of study"),
        translate_noop(
            K,
            "Number and relevant characteristics of participants, documents, or events included in the study; level of "
            "participation (could be reported in results)",
        ),
    ),
    (
        translate_noop(K, "Methods"),
        translate_noop(K, "Data processing"),
        translate_noop(
            K,
            "Methods for processing data prior to and during analysis, including transcription, data entry, data "
            "management and security, verification of data integrity, data coding, and anonymization/de-identification "
            "of excerpts",
        ),
    ),
    (
        translate_noop(K, "Methods"),
        translate_noop(K, "Data analysis"),
        translate_noop(
            K,
            "Process by which inferences, themes, etc., were identified and developed, including the researchers "
            "involved "
            "in data analysis; usually references a specific paradigm or approach; rationale",
        ),
    ),
    (
        translate_noop(K, "Methods"),
        translate_noop(K, "Techniques to enhance trustworthiness"),
        translate_noop(
            K,
            "Techniques to enhance trustworthiness and credibility of data analysis (e.g., member checking, "
            "audit trail, "
            "triangulation); rationale",
        ),
    ),
    (
        translate_noop(K, "Results/findings"),
        translate_noop(K, "Synthesis and interpretation"),
        translate_noop(
            K,
            "Main findings (e.g., interpretations, inferences, and themes); might include development of a theory or "
            "model, or integration with prior research or theory",
        ),
    ),
    (
        translate_noop(K, "Results/findings"),
        translate_noop(K, "Links to empirical data"),
        translate_noop(
            K, "Evidence (e.g., quotes, field notes, text excerpts, photographs) to substantiate analytic findings"
        ),
    ),
    (
        translate_noop(K, "Discussion"),
        translate_noop(
            K, "Integration with prior work, implications, transferability, and contribution(s) to the field"
        ),
        translate_noop(
            K,
            "Short summary of main findings; explanation of how findings and conclusions connect to, support, "
            "elaborate "
            "on, or challenge conclusions of earlier scholarship; discussion of scope of application/generalizability; "
            "identification of unique contribution(s) to scholarship in a discipline or field",
        ),
    ),
    (
        translate_noop(K, "Discussion"),
        translate_noop(K, "Limitations"),
        translate_noop(K, "Trustworthiness and limitations of findings"),
    ),
    (
        translate_noop(K, "Other"),
        translate_noop(K, "Conflicts of interest"),
        translate_noop(
            K,
            "Potential sources of influence or perceived influence on study conduct and conclusions; how these were "
            "managed",
        ),
    ),
    (
        translate_noop(K, "Other"),
        translate_noop(K, "Funding"),
        translate_noop(
            K, "Sources of funding and other support; role of funders in data collection, interpretation, and reporting"
        ),
    ),
]

COREQ: list[ChecklistItem] = [ChecklistItem(i, g, t, q) for i, (g, t, q) in enumerate(_COREQ, start=1)]
SRQR: list[ChecklistItem] = [ChecklistItem(i, g, t, q) for i, (g, t, q) in enumerate(_SRQR, start=1)]

# the sections under COREQ's domains ("Domain 1: … › Personal characteristics"), for the catalogue
SECTIONS = (
    translate_noop(K, "Data analysis"),
    translate_noop(K, "Data collection"),
    translate_noop(K, "Participant selection"),
    translate_noop(K, "Personal characteristics"),
    translate_noop(K, "Relationship with participants"),
    translate_noop(K, "Reporting"),
    translate_noop(K, "Setting"),
    translate_noop(K, "Theoretical framework"),
)


def translated(item: ChecklistItem, language: str | None = None) -> ChecklistItem:
    """The item with its group, topic and question in ``language`` (the authors' English where none is)."""
    group = " › ".join(translate(K, part, language) for part in item.group.split(" › "))
    return replace(
        item, group=group, topic=translate(K, item.topic, language), question=translate(K, item.question, language)
    )
