#!/usr/bin/env python3
"""376 (NEGATIVE): a summer school's programme exported from Google Calendar as iCalendar (.ics): CRLF, lines folded
at 75 octets with a leading space, VCALENDAR with PRODID / X-WR-CALNAME / X-WR-TIMEZONE, a VTIMEZONE (Europe/Berlin),
VEVENTs with DTSTART/DTEND in TZID form, DTSTAMP, UID, CREATED, LAST-MODIFIED, SUMMARY, LOCATION, DESCRIPTION with
escaped commas / semicolons / newlines, STATUS, SEQUENCE, TRANSP, a VALARM. Lectures, tutorials, a poster session,
a panel, a hike; title-case lecture titles in the papers' register, reading hints ("read the survey chapter before
the lab"), room numbers, Zoom ids, ticket codes — and no paper: no catalogue title, no arXiv-shaped number, no
OpenReview link."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import F376


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    b = line.encode("utf-8")
    out, cur = [], b""
    for ch in line:
        c = ch.encode("utf-8")
        if len(cur) + len(c) > (75 if not out else 74):
            out.append(cur); cur = b""
        cur += c
    out.append(cur)
    return "\r\n ".join(x.decode("utf-8") for x in out)


EV = [  # (start, end, summary, location, description)
 ("20240708T090000", "20240708T103000", "Opening Lecture: Why Generalization Is Still Surprising",
  "Hörsaal H1, Hauptgebäude", "Lecturer: Prof. Miriam Achterberg (Lakemont University).\nNo prerequisites. Slides will be on the school wiki after the session."),
 ("20240708T110000", "20240708T123000", "Tutorial 1: Building a Tiny Language Model From Scratch in One Morning",
  "PC-Pool 3.104", "Bring a laptop with Python 3.11 and PyTorch 2.3 installed.\nTAs: Ruben Okafor, Yui Hasegawa.\nNotebook: https://school.example.org/nb/tiny-lm"),
 ("20240708T140000", "20240708T153000", "Lecture: Scaling, Data Quality and the Limits of Benchmarks",
  "Hörsaal H1, Hauptgebäude", "Lecturer: Dr. Felix Baumgart.\nRecommended: read the survey chapter on evaluation in the course reader (pp. 41–67) before the lab."),
 ("20240708T160000", "20240708T180000", "Poster Session A (odd poster numbers)",
  "Foyer, Hauptgebäude", "Posters A01–A37. Poster boards are 84 x 119 cm (A0 portrait). Pins at the registration desk."),
 ("20240709T090000", "20240709T103000", "Lecture: Probabilistic Thinking for Deep Learners, Part I",
  "Hörsaal H1, Hauptgebäude", "Lecturer: Prof. Anneke de Vries.\nZoom for remote participants: 812 5530 9174, passcode SUMMER24."),
 ("20240709T110000", "20240709T123000", "Lab: Reproducing a Result You Do Not Believe",
  "PC-Pool 3.104", "Work in pairs. Each pair picks one claim from the list handed out on Monday and tries to reproduce it on a single GPU in 90 minutes."),
 ("20240709T173000", "20240709T190000", "Panel: Careers Inside and Outside Academia",
  "Senatssaal", "Panelists from industry labs, two startups and a funding agency. Questions via the Q&A board (code MLSS-2407)."),
 ("20240710T130000", "20240710T190000", "Social: Hike to the Hohe Warte and Dinner",
  "Meeting point: main entrance", "Ticket code HIKE-0710 required for the bus. Dinner at Gasthaus Zum Löwen, vegetarian options available."),
]
lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
         "METHOD:PUBLISH", "X-WR-CALNAME:ML Summer School 2024 – Programme", "X-WR-TIMEZONE:Europe/Berlin",
         "X-WR-CALDESC:Official programme of the Lakemont ML Summer School\\, 8–12 July 2024.",
         "BEGIN:VTIMEZONE", "TZID:Europe/Berlin", "X-LIC-LOCATION:Europe/Berlin",
         "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19700329T020000",
         "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
         "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19701025T030000",
         "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE"]
for i, (s, e, summ, loc, desc) in enumerate(EV, 1):
    desc = esc(desc)
    lines += ["BEGIN:VEVENT", f"DTSTART;TZID=Europe/Berlin:{s}", f"DTEND;TZID=Europe/Berlin:{e}",
              "DTSTAMP:20240620T081500Z", f"UID:{i:02d}mlss24{s[4:8]}x{s[9:13]}@google.com", "CREATED:20240515T120301Z",
              f"DESCRIPTION:{desc}", "LAST-MODIFIED:20240619T164422Z", f"LOCATION:{esc(loc)}", f"SEQUENCE:{1 if i in (3, 6) else 0}",
              "STATUS:CONFIRMED", f"SUMMARY:{esc(summ)}", "TRANSP:OPAQUE"]
    if i == 1:
        lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder", "TRIGGER:-P0DT0H30M0S", "END:VALARM"]
    lines.append("END:VEVENT")
lines.append("END:VCALENDAR")
text = "".join(fold(l) + "\r\n" for l in lines)
write(F376, text, negative=True)
