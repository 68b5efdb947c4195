"""Subtitles (SubRip `.srt`, WebVTT `.vtt`): a recorded lecture's or talk's captions as the prose they speak.

A caption file cuts speech into cues of a line or two each, numbered and timed, so a title said aloud is split
across lines and cues (`Generating Long` / `Sequences with Sparse Transformers,`). The cues are joined back into
lines, a line ending with the cue that ends a sentence, and paragraphs: a paragraph ends where the speaker changes
(`>> STUDENT:`, `PROFESSOR:`, WebVTT's `<v Name>`), at a sound or action cue (`[BREAK]`, `(laughs)`), and at a
pause of two seconds or more after a sentence's end.
Italics (`<i>Title</i>`, as captioners mark a title) become Markdown emphasis; other tags, cue numbers, timings,
positions, WebVTT's header, notes and styles are left out.
"""

from __future__ import annotations

import re

_SUFFIXES = (".srt", ".vtt", ".ass", ".ssa")
# Advanced SubStation Alpha (`.ass`, Aegisub's; `.ssa`): an `[Events]` section of `Dialogue:` lines, each ten
# fields (`Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text`), the text last, with `\N` for
# a line break, `\h` for a hard space and `{\…}` override tags (`{\i1}` … `{\i0}`: italics). `Comment:` lines
# are hidden: not spoken.
_ASS_EVENT = re.compile(r"^Dialogue:[ \t]*(?P<fields>[^\n]*)$", re.MULTILINE)
_ASS_ITALIC = re.compile(r"\{\\i(?P<on>[01])\}")
# A cue's timing line: `00:00:04,210 --> 00:00:06,750` (SubRip) or `00:04.210 --> 00:06.750 align:start` (WebVTT).
_TIMING = re.compile(
    r"^[ \t]*(?P<start>(?:\d{1,3}:)?\d{1,2}:\d{2}[,.]\d{1,3})[ \t]+-->[ \t]+"
    r"(?P<end>(?:\d{1,3}:)?\d{1,2}:\d{2}[,.]\d{1,3})"
)
_SUBRIP_START = re.compile(r"\A\ufeff?[ \t]*\d+[ \t]*\r?\n[ \t]*(?:\d{1,3}:)?\d{1,2}:\d{2},\d{1,3}[ \t]+-->")
_SPEAKER = re.compile(r"^(?:>>+[ \t]*|-[ \t]+)?(?:[A-Z][A-Z .'\-]{1,30}:[ \t]+)|^>>+[ \t]*")
_VOICE = re.compile(r"<v(?:\.[\w.]+)?[ \t]+(?P<name>[^>]*)>")
_SOUND = re.compile(r"^[ \t]*(?:\[[^\]\n]*\]|\([^)\n]*\)|♪[^\n]*)[ \t]*$")
_ITALIC_JOIN = re.compile(r"</i>[ \t\n]*<i>", re.IGNORECASE)
_ITALIC = re.compile(r"</?i>", re.IGNORECASE)
_BOLD = re.compile(r"</?b>", re.IGNORECASE)
_TAG = re.compile(r"</?[A-Za-z][^<>\n]*>|\{\\[^{}\n]*\}")  # (`<font color=...>`, `<c.yellow>`, `{\an8}`)
_SENTENCE_END = re.compile(r"[.?!…][\"'”’)]*$")
_PAUSE_SECONDS = 2.0


def looks_like_subtitles(text: str, name: str) -> bool:
    """A `.srt`, `.vtt` or `.ass` file, or text that opens as SubRip (`1`, then a timing), WebVTT (`WEBVTT`) or
    SubStation Alpha (`[Script Info]`)."""
    if name.casefold().endswith(_SUFFIXES):
        return True
    head = text[:200].lstrip("\ufeff")
    return (
        head.startswith("WEBVTT")
        or _SUBRIP_START.match(head) is not None
        or (head.startswith("[Script Info]") and "[Events]" in text)
    )


def _ass_as_subrip(text: str) -> str:
    """A SubStation Alpha script's dialogue as SubRip cues, in the order it is written. Where the voice changes (who
    speaks, or the style a slide's or a translator's note is set in: its `Name`, else its `Style`), a cue of a
    sound (`[…]`) ends the paragraph, as a change of speaker does."""
    cues: list[str] = []
    voice = None
    for number, event in enumerate(_ASS_EVENT.finditer(text), 1):
        fields = event.group("fields").split(",", 9)
        if len(fields) < 10:
            continue
        timing = f"{fields[1].strip()} --> {fields[2].strip()}"
        speaker = (fields[4] or fields[3]).strip()
        if voice is not None and speaker != voice:
            cues.append(f"{number}\n{timing}\n[…]")
        voice = speaker
        words = fields[9].replace("\\N", "\n").replace("\\n", "\n").replace("\\h", " ")
        words = _ASS_ITALIC.sub(lambda match: "<i>" if match.group("on") == "1" else "</i>", words)
        cues.append(f"{number}\n{timing}\n{words}")
    return "\n\n".join(cues)


def subtitles_to_text(text: str) -> str:
    """The captions as paragraphs of the speech they hold."""
    if "[Events]" in text and _ASS_EVENT.search(text) is not None:
        text = _ass_as_subrip(text)
    blocks = re.split(r"\n[ \t]*\n", text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n"))
    paragraphs: list[list[str]] = [[]]
    last_end: float | None = None
    for block in blocks:
        lines = block.strip("\n").split("\n")
        found = next(
            ((at, timing) for at, line in enumerate(lines[:3]) if (timing := _TIMING.match(line))), None
        )
        if found is None:
            continue  # WebVTT's header, a NOTE, a STYLE or REGION block; a broken cue
        timing_at, timing = found
        start, end = _seconds(timing.group("start")), _seconds(timing.group("end"))
        words = "\n".join(lines[timing_at + 1 :]).strip()
        if not words:
            continue
        voice = _VOICE.search(words)
        words = _VOICE.sub(lambda match: f"{match.group('name').strip()}: ", words)
        words = _ITALIC_JOIN.sub(" ", words)
        words = _BOLD.sub("**", _ITALIC.sub("*", words))
        words = _TAG.sub("", words)
        said = " ".join(words.split())
        current = paragraphs[-1]
        if _SOUND.match(said):
            paragraphs.append([])
            last_end = end
            continue
        paused = last_end is not None and start - last_end >= _PAUSE_SECONDS
        if current and (
            voice is not None
            or _SPEAKER.match(said)
            or (paused and _SENTENCE_END.search(current[-1]) is not None)
        ):
            paragraphs.append([])
        paragraphs[-1].append(said)
        last_end = end
    return "\n\n".join(_lines(paragraph) for paragraph in paragraphs if paragraph) + "\n"


def _lines(cues: list[str]) -> str:
    """A paragraph's cues as lines: a line ends with the cue that ends a sentence."""
    lines: list[str] = []
    line: list[str] = []
    for said in cues:
        line.append(said)
        if _SENTENCE_END.search(said):
            lines.append(" ".join(line))
            line = []
    if line:
        lines.append(" ".join(line))
    return "\n".join(lines)


def _seconds(stamp: str) -> float:
    """`00:01:02,275` (or `01:02.275`) in seconds."""
    parts = stamp.replace(",", ".").split(":")
    total = 0.0
    for part in parts:
        total = total * 60 + float(part)
    return total
