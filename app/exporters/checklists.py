"""The published reporting checklists, item by item, as their authors numbered and grouped them.

COREQ: Tong A, Sainsbury P, Craig J. Consolidated criteria for reporting qualitative research (COREQ): a 32-item
checklist for interviews and focus groups. Int J Qual Health Care 2007;19(6):349–357.
SRQR: O'Brien BC, Harris IB, Beckman TJ, Reed DA, Cook DA. Standards for reporting qualitative research: a
synthesis of recommendations. Acad Med 2014;89(9):1245–1251.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ChecklistItem:
    number: int
    group: str  # "Domain 1: Research team and reflexivity › Personal characteristics"
    topic: str
    question: str


COREQ_CITATION = ("Tong A, Sainsbury P, Craig J. Consolidated criteria for reporting qualitative research (COREQ): "
                  "a 32-item checklist for interviews and focus groups. Int J Qual Health Care. 2007;19(6):349–357.")
SRQR_CITATION = ("O'Brien BC, Harris IB, Beckman TJ, Reed DA, Cook DA. Standards for reporting qualitative "
                 "research: a synthesis of recommendations. Acad Med. 2014;89(9):1245–1251.")

_D1 = "Domain 1: Research team and reflexivity"
_D2 = "Domain 2: Study design"
_D3 = "Domain 3: Analysis and findings"

_COREQ: list[tuple[str, str, str]] = [
    (f"{_D1} › Personal characteristics", "Interviewer/facilitator",
     "Which author/s conducted the interview or focus group?"),
    (f"{_D1} › Personal characteristics", "Credentials", "What were the researcher's credentials? E.g. PhD, MD"),
    (f"{_D1} › Personal characteristics", "Occupation", "What was their occupation at the time of the study?"),
    (f"{_D1} › Personal characteristics", "Gender", "Was the researcher male or female?"),
    (f"{_D1} › Personal characteristics", "Experience and training",
     "What experience or training did the researcher have?"),
    (f"{_D1} › Relationship with participants", "Relationship established",
     "Was a relationship established prior to study commencement?"),
    (f"{_D1} › Relationship with participants", "Participant knowledge of the interviewer",
     "What did the participants know about the researcher? e.g. personal goals, reasons for doing the research"),
    (f"{_D1} › Relationship with participants", "Interviewer characteristics",
     "What characteristics were reported about the interviewer/facilitator? e.g. Bias, assumptions, reasons and "
     "interests in the research topic"),
    (f"{_D2} › Theoretical framework", "Methodological orientation and Theory",
     "What methodological orientation was stated to underpin the study? e.g. grounded theory, discourse analysis, "
     "ethnography, phenomenology, content analysis"),
    (f"{_D2} › Participant selection", "Sampling",
     "How were participants selected? e.g. purposive, convenience, consecutive, snowball"),
    (f"{_D2} › Participant selection", "Method of approach",
     "How were participants approached? e.g. face-to-face, telephone, mail, email"),
    (f"{_D2} › Participant selection", "Sample size", "How many participants were in the study?"),
    (f"{_D2} › Participant selection", "Non-participation",
     "How many people refused to participate or dropped out? Reasons?"),
    (f"{_D2} › Setting", "Setting of data collection", "Where was the data collected? e.g. home, clinic, workplace"),
    (f"{_D2} › Setting", "Presence of non-participants",
     "Was anyone else present besides the participants and researchers?"),
    (f"{_D2} › Setting", "Description of sample",
     "What are the important characteristics of the sample? e.g. demographic data, date"),
    (f"{_D2} › Data collection", "Interview guide",
     "Were questions, prompts, guides provided by the authors? Was it pilot tested?"),
    (f"{_D2} › Data collection", "Repeat interviews", "Were repeat interviews carried out? If yes, how many?"),
    (f"{_D2} › Data collection", "Audio/visual recording",
     "Did the research use audio or visual recording to collect the data?"),
    (f"{_D2} › Data collection", "Field notes",
     "Were field notes made during and/or after the interview or focus group?"),
    (f"{_D2} › Data collection", "Duration", "What was the duration of the interviews or focus group?"),
    (f"{_D2} › Data collection", "Data saturation", "Was data saturation discussed?"),
    (f"{_D2} › Data collection", "Transcripts returned",
     "Were transcripts returned to participants for comment and/or correction?"),
    (f"{_D3} › Data analysis", "Number of data coders", "How many data coders coded the data?"),
    (f"{_D3} › Data analysis", "Description of the coding tree",
     "Did authors provide a description of the coding tree?"),
    (f"{_D3} › Data analysis", "Derivation of themes", "Were themes identified in advance or derived from the data?"),
    (f"{_D3} › Data analysis", "Software", "What software, if applicable, was used to manage the data?"),
    (f"{_D3} › Data analysis", "Participant checking", "Did participants provide feedback on the findings?"),
    (f"{_D3} › Reporting", "Quotations presented",
     "Were participant quotations presented to illustrate the themes/findings? Was each quotation identified? "
     "e.g. participant number"),
    (f"{_D3} › Reporting", "Data and findings consistent",
     "Was there consistency between the data presented and the findings?"),
    (f"{_D3} › Reporting", "Clarity of major themes", "Were major themes clearly presented in the findings?"),
    (f"{_D3} › Reporting", "Clarity of minor themes",
     "Is there a description of diverse cases or discussion of minor themes?"),
]

_SRQR: list[tuple[str, str, str]] = [
    ("Title and abstract", "Title",
     "Concise description of the nature and topic of the study; identifying the study as qualitative or indicating "
     "the approach (e.g., ethnography, grounded theory) or data collection methods (e.g., interview, focus group) "
     "is recommended"),
    ("Title and abstract", "Abstract",
     "Summary of key elements of the study using the abstract format of the intended publication; typically "
     "includes background, purpose, methods, results, and conclusions"),
    ("Introduction", "Problem formulation",
     "Description and significance of the problem/phenomenon studied; review of relevant theory and empirical "
     "work; problem statement"),
    ("Introduction", "Purpose or research question", "Purpose of the study and specific objectives or questions"),
    ("Methods", "Qualitative approach and research paradigm",
     "Qualitative approach (e.g., ethnography, grounded theory, case study, phenomenology, narrative research) and "
     "guiding theory if appropriate; identifying the research paradigm (e.g., postpositivist, constructivist/"
     "interpretivist) is also recommended; rationale"),
    ("Methods", "Researcher characteristics and reflexivity",
     "Researchers' characteristics that may influence the research, including personal attributes, "
     "qualifications/experience, relationship with participants, assumptions, and/or presuppositions; potential "
     "or actual interaction between researchers' characteristics and the research questions, approach, methods, "
     "results, and/or transferability"),
    ("Methods", "Context", "Setting/site and salient contextual factors; rationale"),
    ("Methods", "Sampling strategy",
     "How and why research participants, documents, or events were selected; criteria for deciding when no further "
     "sampling was necessary (e.g., sampling saturation); rationale"),
    ("Methods", "Ethical issues pertaining to human subjects",
     "Documentation of approval by an appropriate ethics review board and participant consent, or explanation for "
     "lack thereof; other confidentiality and data security issues"),
    ("Methods", "Data collection methods",
     "Types of data collected; details of data collection procedures including (as appropriate) start and stop "
     "dates of data collection and analysis, iterative process, triangulation of sources/methods, and modification "
     "of procedures in response to evolving study findings; rationale"),
    ("Methods", "Data collection instruments and technologies",
     "Description of instruments (e.g., interview guides, questionnaires) and devices (e.g., audio recorders) used "
     "for data collection; if/how the instrument(s) changed over the course of the study"),
    ("Methods", "Units of study",
     "Number and relevant characteristics of participants, documents, or events included in the study; level of "
     "participation (could be reported in results)"),
    ("Methods", "Data processing",
     "Methods for processing data prior to and during analysis, including transcription, data entry, data "
     "management and security, verification of data integrity, data coding, and anonymization/de-identification "
     "of excerpts"),
    ("Methods", "Data analysis",
     "Process by which inferences, themes, etc., were identified and developed, including the researchers involved "
     "in data analysis; usually references a specific paradigm or approach; rationale"),
    ("Methods", "Techniques to enhance trustworthiness",
     "Techniques to enhance trustworthiness and credibility of data analysis (e.g., member checking, audit trail, "
     "triangulation); rationale"),
    ("Results/findings", "Synthesis and interpretation",
     "Main findings (e.g., interpretations, inferences, and themes); might include development of a theory or "
     "model, or integration with prior research or theory"),
    ("Results/findings", "Links to empirical data",
     "Evidence (e.g., quotes, field notes, text excerpts, photographs) to substantiate analytic findings"),
    ("Discussion", "Integration with prior work, implications, transferability, and contribution(s) to the field",
     "Short summary of main findings; explanation of how findings and conclusions connect to, support, elaborate "
     "on, or challenge conclusions of earlier scholarship; discussion of scope of application/generalizability; "
     "identification of unique contribution(s) to scholarship in a discipline or field"),
    ("Discussion", "Limitations", "Trustworthiness and limitations of findings"),
    ("Other", "Conflicts of interest",
     "Potential sources of influence or perceived influence on study conduct and conclusions; how these were "
     "managed"),
    ("Other", "Funding", "Sources of funding and other support; role of funders in data collection, interpretation, "
     "and reporting"),
]

COREQ: list[ChecklistItem] = [ChecklistItem(i, g, t, q) for i, (g, t, q) in enumerate(_COREQ, start=1)]
SRQR: list[ChecklistItem] = [ChecklistItem(i, g, t, q) for i, (g, t, q) in enumerate(_SRQR, start=1)]
