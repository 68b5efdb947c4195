#!/usr/bin/env python3
"""Writes digests/101_ics_rl_reading_group.ics: a Google Calendar export of a reading group calendar. CRLF line
ends, TEXT values escaped (\\n \\, \\; \\\\), content lines folded at 75 octets (continuation lines start with a
space; folds land inside titles and URLs, never inside a UTF-8 sequence), a weekly RRULE base event with EXDATEs
and RECURRENCE-ID overrides that carry the papers, one HTML description, and events that are not papers."""
import os


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    b = line.encode("utf-8")
    out, first = [], True
    while b:
        limit = 75 if first else 74
        cut = min(limit, len(b))
        while cut < len(b) and (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append((b"" if first else b" ") + b[:cut])
        b = b[cut:]
        first = False
    return b"\r\n".join(out)


lines = []
def L(s): lines.append(s)
def T(name, value, params=""): L(f"{name}{params}:{esc(value)}")


L("BEGIN:VCALENDAR")
L("PRODID:-//Google Inc//Google Calendar 70.9054//EN")
L("VERSION:2.0")
L("CALSCALE:GREGORIAN")
L("METHOD:PUBLISH")
T("X-WR-CALNAME", "RL & Embodied AI Reading Group (Tübingen)")
L("X-WR-TIMEZONE:Europe/Berlin")
T("X-WR-CALDESC", "Thursdays 16:00-17:30, MvL6 room 3.14 + Zoom. One paper per session, presenter sends slides the day before. Contact: Lukas Brandt / Amira Haddad")
for l in """BEGIN:VTIMEZONE
TZID:Europe/Berlin
X-LIC-LOCATION:Europe/Berlin
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE""".split("\n"):
    L(l)

UID = "3v8kq1n0r7s2lj5hf6d9c4tb0m@google.com"
ZOOM = "https://uni-tuebingen.zoom.us/j/64123987710?pwd=Q2x3aVdJZ1pYb0JrN1FqR0hNVkZOUT09"


def event(summary, desc, start, end=None, uid=UID, recid=None, location="MvL6\\, room 3.14 (Maria-von-Linden-Str. 6\\, Tübingen)",
          created="20240304T101512Z", modified="20240408T193020Z", seq=0, status="CONFIRMED", allday=False, extra=()):
    L("BEGIN:VEVENT")
    if allday:
        L(f"DTSTART;VALUE=DATE:{start}")
        L(f"DTEND;VALUE=DATE:{end}")
    else:
        L(f"DTSTART;TZID=Europe/Berlin:{start}")
        L(f"DTEND;TZID=Europe/Berlin:{end}")
    for x in extra:
        L(x)
    L("DTSTAMP:20240612T081522Z")
    L(f"UID:{uid}")
    if recid:
        L(f"RECURRENCE-ID;TZID=Europe/Berlin:{recid}")
    L(f"CREATED:{created}")
    T("DESCRIPTION", desc)
    L(f"LAST-MODIFIED:{modified}")
    L(f"LOCATION:{location}")
    L(f"SEQUENCE:{seq}")
    L(f"STATUS:{status}")
    T("SUMMARY", summary)
    L("TRANSP:OPAQUE" if not allday else "TRANSP:TRANSPARENT")
    L("END:VEVENT")


# weekly base event
event("RL & Embodied AI Reading Group",
      f"Weekly reading group. Sign up for a slot: https://docs.google.com/spreadsheets/d/1Rg7KpQ2mXnV4sBzL0aYcT9eHwF3uJ6dOi8/edit#gid=0\n\nJoin Zoom Meeting\n{ZOOM}\nMeeting ID: 641 2398 7710\nPasscode: 771040",
      "20240411T160000", "20240411T173000",
      extra=("RRULE:FREQ=WEEKLY;WKST=MO;UNTIL=20240711T135959Z;BYDAY=TH",
             "EXDATE;TZID=Europe/Berlin:20240509T160000",
             "EXDATE;TZID=Europe/Berlin:20240530T160000"))

event("Reading group: Decision Transformer (Lukas)",
      "Paper: Decision Transformer: Reinforcement Learning via Sequence Modeling\nhttps://arxiv.org/abs/2106.01345\n\n"
      "Presenter: Lukas\nOptional background: Offline Reinforcement Learning as One Big Sequence Modeling Problem (Janner, Li, Levine, 2021) - the 'Trajectory Transformer', same idea with beam search instead of return conditioning.\n\n"
      f"Zoom: {ZOOM}",
      "20240411T160000", "20240411T173000", recid="20240411T160000", seq=1)

event("Reading group: Gato (Amira)",
      "We read A Generalist Agent (Reed et al., DeepMind). One transformer, 604 tasks, same weights. Sections 2 and 4 are enough; skip the control appendix unless you care about tokenisation of joint torques.\n\n"
      "Presenter: Amira\nDiscussion question: is this 'generalist' or just multi-task?",
      "20240418T160000", "20240418T173000", recid="20240418T160000", seq=1)

event("Reading group: SayCan (Jonas)",
      '<b>Do As I Can, Not As I Say: Grounding Language in Robotic Affordances</b><br><a href="https://arxiv.org/abs/2204.01691">https://arxiv.org/abs/2204.01691</a><br><br>'
      'Presenter: Jonas<br>Project page with videos: <a href="https://say-can.github.io/">say-can.github.io</a>',
      "20240425T160000", "20240425T173000", recid="20240425T160000", seq=2, modified="20240422T080311Z")

event("Tag der Arbeit", "Public holiday in Baden-Württemberg", "20240501", "20240502", uid="20240501_holiday_de_bw@google.com",
      location="", allday=True, created="20231101T000000Z", modified="20231101T000000Z")

event("Reading group: RT-2 (Chen)",
      "RT-2: Vision-Language-Action Models Transfer Web Knowledge to Robotic Control\narXiv:2307.15818\n\nPresenter: Chen\n"
      "Note: we're in room 2.08 this week (3.14 is booked for the PhD defence)",
      "20240502T160000", "20240502T173000", recid="20240502T160000", seq=2,
      location="MvL6\\, room 2.08")

event("Christi Himmelfahrt - NO reading group", "Public holiday. Reading group skipped this week.", "20240509", "20240510",
      uid="20240509_holiday_de_bw@google.com", location="", allday=True, created="20231101T000000Z", modified="20240304T101512Z")

event("Reading group: Voyager (Amira)",
      "Voyager: An Open-Ended Embodied Agent with Large Language Models (Wang et al., NVIDIA/Caltech, 2023)\nPaper: https://arxiv.org/abs/2305.16291\n\n"
      "Presenter: Amira. Bring a laptop with Minecraft if you want to try the demo afterwards :)",
      "20240516T160000", "20240516T173000", recid="20240516T160000", seq=1)

event("Invited talk: Dr. Ruth Okonkwo",
      "Title: \"Scaling robot learning with foundation models: what transfers and what doesn't\"\n"
      "Abstract: Vision-language models have changed how we think about robot policies...\n"
      "Host: Lukas. This replaces the reading group slot this week.",
      "20240523T160000", "20240523T173000", uid="7u2ma0fj3k1q9p8r5h4g6s0bdn@google.com",
      location="MvL6\\, lecture hall (ground floor)", created="20240415T120000Z", modified="20240502T090000Z")

event("Reading group: Flamingo (Chen)",
      "Flamingo: a Visual Language Model for Few-Shot Learning\nhttps://arxiv.org/pdf/2204.14198.pdf\n\n"
      "Background if you have time: Multimodal Few-Shot Learning with Frozen Language Models (the 'Frozen' paper, same group, NeurIPS 2021).\nPresenter: Chen",
      "20240606T160000", "20240606T173000", recid="20240606T160000", seq=1)

event("Room booking: MvL6 3.14 (reading group, recurring)",
      "Booked via the faculty room system. Booking no. 24-0711-3. Please leave the room tidy, whiteboard markers are in the drawer.",
      "20240613T153000", "20240613T180000", uid="roombooking-24-0711-3@zv.uni-tuebingen.de",
      location="MvL6\\, room 3.14", created="20240610T111111Z", modified="20240610T111111Z")

event("Reading group: AlphaGo Zero - classics session (Lukas)",
      "Classics session! Mastering the game of Go without human knowledge (Silver et al., Nature 2017). The Nature version is paywalled - PDF is in the shared drive under /classics.\n\nPresenter: Lukas",
      "20240613T160000", "20240613T173000", recid="20240613T160000", seq=1)

event("Lab BBQ 🍔🌭", "End of semester BBQ at the Neckarwiese. Bring drinks! Veggie options available. Rain date 4 July.",
      "20240627T180000", "20240627T220000", uid="0bbq2024sommerlab@google.com",
      location="Neckarwiese\\, Tübingen", created="20240601T090000Z", modified="20240601T090000Z")

L("END:VCALENDAR")

data = b"\r\n".join(fold(l) for l in lines) + b"\r\n"
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
with open(os.path.join(root, "digests", "101_ics_rl_reading_group.ics"), "wb") as fh:
    fh.write(data)
