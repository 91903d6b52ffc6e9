"""Transcripts as speaker turns: samples written here from the formats' specifications and the exporters'
documented layouts (Teams / Zoom / YouTube WebVTT, SubRip in several encodings, Otter / Teams / Word text and
.docx, noScribe HTML)."""

from __future__ import annotations

import io
from pathlib import Path

import docx as python_docx
import pytest

from app.importers import extract_bytes
from app.importers.base import ImportedText, ImportFailed

TEAMS_VTT = """WEBVTT

0f6a1c2e-1/12-0
00:00:01.250 --> 00:00:04.100
<v Anna Berg>Thanks for joining. Can you tell me</v>

0f6a1c2e-1/13-0
00:00:04.100 --> 00:00:06.000
<v Anna Berg>about your first week on the ward?</v>

0f6a1c2e-2/1-0
00:12:41.500 --> 00:12:47.000
<v Ben Okafor>Sure. It was &amp; hectic, honestly.</v>
"""

ZOOM_VTT = """WEBVTT

1
00:00:02.150 --> 00:00:05.230
Dr. Anna Berg: Thanks for joining today.

2
00:00:05.500 --> 00:00:09.000
Ben Okafor: Happy to help. Note: I may need to leave early.

3
00:00:09.100 --> 00:00:11.000
Ben Okafor: Around four.

4
00:01:02.000 --> 00:01:04.000
Dr. Anna Berg: Understood.
"""

YOUTUBE_VTT = """WEBVTT
Kind: captions
Language: en

00:00:00.000 --> 00:00:02.510 align:start position:0%
so<00:00:00.480><c> today</c><00:00:00.840><c> we</c>

00:00:02.510 --> 00:00:02.520 align:start position:0%
so today we

00:00:02.520 --> 00:00:05.000 align:start position:0%
so today we
talk<00:00:03.000><c> about</c><00:00:03.400><c> care</c>

00:00:30.000 --> 00:00:32.000 align:start position:0%
after<00:00:30.500><c> the</c><00:00:31.000><c> break</c>
"""

SRT = """1
00:00:01,000 --> 00:00:03,000
Interviewer: Wie war die erste Woche? Zoë sagte, café.

2
00:00:03,500 --> 00:00:06,000
Interviewer: Erzählen Sie.

3
00:00:07,000 --> 00:00:10,000
Jörg: Anstrengend, aber gut.
"""

OTTER_TXT = """Interview 3 — ward staff

Anna Berg  0:01
Thanks for joining. Can you tell me
about your first week?

Ben Okafor  0:09
Sure. It was hectic.

Anna Berg  1:02:05
How so?
"""

BRACKET_TXT = """[00:00:01] Interviewer: How did the first week go?
[00:00:07] P03: It was hard.
I did not sleep much.
[00:00:15] Interviewer: Why?
"""

NOSCRIBE_HTML = """<!DOCTYPE html><html><head><meta charset="UTF-8"><title>interview_03</title></head><body>
<p><span>interview_03</span></p>
<p><span>Transcribed with noScribe vers. 0.5</span></p>
<p><a name="ts_1000_4000_S00">S00: Thanks for coming.</a><a name="ts_4000_6500_S00"> Shall we start?</a></p>
<p><a name="ts_7000_9000_S01">S01: [00:00:07] Yes, of course &amp; gladly.</a></p>
</body></html>
"""


def _turns(result: ImportedText) -> list[tuple[str, str, float | None]]:
    return [(t.speaker, result.text[t.start:t.end], t.seconds) for t in result.turns]


def test_teams_vtt_voice_tags_merge_consecutive_cues_and_keep_the_first_time():
    result = extract_bytes(TEAMS_VTT.encode(), "meeting.vtt")
    assert result.kind == "vtt"
    assert _turns(result) == [
        ("Anna Berg", "Anna Berg: Thanks for joining. Can you tell me about your first week on the ward?", 1.25),
        ("Ben Okafor", "Ben Okafor: Sure. It was & hectic, honestly.", 761.5),
    ]
    assert result.text.split("\n\n")[1].startswith("Ben Okafor:")


def test_zoom_vtt_name_prefixes_become_speakers_but_a_note_in_the_text_does_not():
    result = extract_bytes(ZOOM_VTT.encode(), "GMT20240301-zoom.vtt")
    assert _turns(result) == [
        ("Dr. Anna Berg", "Dr. Anna Berg: Thanks for joining today.", 2.15),
        ("Ben Okafor", "Ben Okafor: Happy to help. Note: I may need to leave early. Around four.", 5.5),
        ("Dr. Anna Berg", "Dr. Anna Berg: Understood.", 62.0),
    ]


def test_youtube_captions_lose_inline_timestamps_and_rolled_lines():
    result = extract_bytes(YOUTUBE_VTT.encode(), "talk.en.vtt")
    assert result.text == "so today we talk about care\n\nafter the break"
    assert [(t.speaker, t.seconds) for t in result.turns] == [("", 0.0), ("", 30.0)]


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-32", "cp1252"])
def test_srt_in_every_encoding(encoding):
    result = extract_bytes(SRT.encode(encoding), "interview.srt")
    assert result.kind == "srt"
    assert _turns(result) == [
        ("Interviewer", "Interviewer: Wie war die erste Woche? Zoë sagte, café. Erzählen Sie.", 1.0),
        ("Jörg", "Jörg: Anstrengend, aber gut.", 7.0),
    ]


def test_otter_text_with_name_and_time_headers_keeps_its_title_line():
    result = extract_bytes(OTTER_TXT.encode(), "otter.txt")
    assert result.kind == "txt"
    assert result.text.startswith("Interview 3 — ward staff\n\nAnna Berg: Thanks for joining.")
    assert _turns(result) == [
        ("Anna Berg", "Anna Berg: Thanks for joining. Can you tell me about your first week?", 1.0),
        ("Ben Okafor", "Ben Okafor: Sure. It was hectic.", 9.0),
        ("Anna Berg", "Anna Berg: How so?", 3725.0),
    ]


def test_bracketed_time_headers_with_text_on_the_same_and_next_lines():
    result = extract_bytes(BRACKET_TXT.encode(), "word-export.txt")
    assert _turns(result) == [
        ("Interviewer", "Interviewer: How did the first week go?", 1.0),
        ("P03", "P03: It was hard. I did not sleep much.", 7.0),
        ("Interviewer", "Interviewer: Why?", 15.0),
    ]


def _docx(paragraphs: list[str]) -> bytes:
    document = python_docx.Document()
    for p in paragraphs:
        document.add_paragraph(p)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_teams_docx_transcript_is_read_as_turns():
    data = _docx(["Transcript", "Anna Berg   0:03", "Shall we begin?", "Ben Okafor   0:07",
                  "Yes. I work nights.", "Anna Berg   0:15", "Tell me more."])
    result = extract_bytes(data, "Teams meeting.docx")
    assert result.kind == "docx"
    assert [(s, sec) for s, _, sec in _turns(result)] == [("Anna Berg", 3.0), ("Ben Okafor", 7.0),
                                                           ("Anna Berg", 15.0)]
    assert "Ben Okafor: Yes. I work nights." in result.text


def test_teams_older_docx_with_arrow_times_then_the_name():
    data = _docx(["0:0:0.0 --> 0:0:2.500", "Anna Berg", "Hello.", "0:0:3.0 --> 0:0:5.0", "Ben Okafor", "Hi!"])
    result = extract_bytes(data, "old teams.docx")
    assert _turns(result) == [("Anna Berg", "Anna Berg: Hello.", 0.0), ("Ben Okafor", "Ben Okafor: Hi!", 3.0)]


def test_noscribe_html():
    result = extract_bytes(NOSCRIBE_HTML.encode(), "interview_03.html")
    assert result.kind == "html"
    assert result.metadata.title == "interview_03"
    assert _turns(result) == [("S00", "S00: Thanks for coming. Shall we start?", 1.0),
                              ("S01", "S01: Yes, of course & gladly.", 7.0)]


@pytest.mark.parametrize("text", [
    "Minutes of the ward meeting\n\nWe met at 10:30 and again at 14:00.\nAgenda  10:30\nThe rest of the notes.\n",
    "Chapter 1\n\nShe said: come at 9:15.\nHe said: no.\n",
])
def test_an_ordinary_text_with_times_stays_a_plain_document(text):
    result = extract_bytes(text.encode(), "notes.txt")
    assert result.turns == []
    assert result.text == text


def test_an_ordinary_docx_stays_a_plain_document(corpus: Path):
    data = (corpus / "docx" / "qualcoder_example_ID1_interview_answers.docx").read_bytes()
    assert extract_bytes(data, "ID1.docx").turns == []


def test_qualcoder_speaker_tagged_text_from_the_corpus_stays_plain(corpus: Path):
    path = corpus / "transcripts" / "qualcoder_examples" / "transcript_speaker_tagged.txt"
    result = extract_bytes(path.read_bytes(), path.name)
    assert result.turns == [] and result.text.startswith("[id1] hello")


@pytest.mark.parametrize(("data", "name", "reason"), [
    (b"WEBVTT\n\nNOTE nothing here\n", "empty.vtt", "the WebVTT file has no cues"),
    (b"WEBVTT\n\n00:00:01.000 --> 00:00:0x.000\nhi\n", "bad.vtt", "bad timestamp '00:00:0x.000' on line 3"),
    (b"Hello, this is not a caption file.\n", "letter.vtt", "not a WebVTT file"),
    (b"WEBVTT\n\n00:00:05.000 --> 00:00:02.000\nhi\n", "backwards.vtt", "the cue ends before it starts"),
    (b"1\n00:00:01,000 --> 00:61:02,000\nhi\n", "bad.srt", "bad timestamp"),
    (b"\n\n", "empty.srt", "the SubRip file has no subtitles"),
    (b"just some words\n", "words.srt", "not a SubRip subtitle file"),
    (b"<html><body><p>Hello</p></body></html>", "page.html", "not a transcript"),
])
def test_broken_transcripts_are_refused_with_a_reason(data, name, reason):
    with pytest.raises(ImportFailed, match=reason.replace("(", r"\(").replace(".", r"\.")):
        extract_bytes(data, name)


def test_captions_saved_as_txt_are_read_as_webvtt():
    result = extract_bytes(TEAMS_VTT.encode(), "captions.txt")
    assert result.kind == "vtt" and len(result.turns) == 2
    assert any("WebVTT" in w for w in result.warnings)


def test_a_webvtt_file_with_subrip_style_commas_in_its_times_is_still_read():
    result = extract_bytes(b"WEBVTT\n\n00:00:01,500 --> 00:00:02,000\nAnna: hi\n\n00:00:03,000 --> 00:00:04,000\n"
                           b"Anna: again\n", "commas.vtt")
    assert [(t.speaker, t.seconds) for t in result.turns] == [("Anna", 1.5)]
