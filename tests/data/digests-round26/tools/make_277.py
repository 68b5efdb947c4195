#!/usr/bin/env python3
"""277: a Google Calendar invitation e-mail for a recurring reading group, saved as .eml, Kannada. Google's layout:
Sender "Google Calendar <calendar-notification@google.com>", From the organiser, Subject "Invitation: <title> @ Weekly
from 4pm to 5:30pm on Thursday from Thu Mar 7 to Thu May 23 (IST) (<guest>)" as RFC 2047 base64 words; multipart/mixed
holding multipart/alternative (text/plain format=flowed delsp=yes in base64, text/html in quoted-printable,
text/calendar method=REQUEST in base64) and the same calendar again as the attachment invite.ics; CRLF. The iCalendar
object: VTIMEZONE Asia/Kolkata, one VEVENT with RRULE (weekly, Thursday, UNTIL) and one EXDATE, ORGANIZER/ATTENDEEs,
an HTML DESCRIPTION (the organiser's rich text) escaped and folded at 75 octets, a VALARM. The description holds the
term's schedule (one paper per week, week 7 two, 11 April a holiday)."""
import base64, html, os, re, sys
from email import quoprimime
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write

ORG = ("Anitha Rao", "anitha.rao@example.ac.in")
GUESTS = [ORG, ("Prakash Hegde", "prakash.hegde@example.ac.in"), ("Shwetha Gowda", "shwetha.gowda@example.ac.in"),
          ("Manjunath K", "manjunath.k@example.ac.in"), ("Divya Shetty", "divya.shetty@example.com")]
TO = GUESTS[2]
SUMMARY = "ಓದುಗರ ಗುಂಪು: ಭಾಷಾ ಮಾದರಿಗಳು (NLP Reading Group)"
LOCATION = "ಕೊಠಡಿ 102, CDS ಕಟ್ಟಡ, Bengaluru"
MEET = "qzr-mwkd-tnb"
EID = "NWM4dGY3cWJ2a2JuMGhyaWNuZWQ5ZzU0ZTJfMjAyNDAzMDdUMTAzMDAwWiBzaHdldGhhLmdvd2RhQGV4YW1wbGUuYWMuaW4"
TOK = "MjQjYW5pdGhhLnJhb0BleGFtcGxlLmFjLmluYjg4ZTFmNzAyZDU3YzE0ZjNlNjQ1OGIwNTE2YmQ3YTRiMTBlYjQ2Nw"
UID = "5c8tf7qbvkbn0hricned9g54e2@google.com"

# the organiser's description: (kind, content) rows; kind "p" = paragraph of runs; a run is text or (text, url)
desc = [
    ["ನಮಸ್ಕಾರ ಎಲ್ಲರಿಗೂ,"],
    ["ಈ ಸೆಮಿಸ್ಟರ್‌ನ ಓದುಗರ ಗುಂಪು ಭಾಷಾ ಮಾದರಿಗಳ (language models) ಬಗ್ಗೆ. ಪ್ರತಿ ಗುರುವಾರ ಒಬ್ಬರು ಒಂದು ಪ್ರಬಂಧವನ್ನು 30 ನಿಮಿಷ ಮಂಡಿಸುತ್ತಾರೆ, ಉಳಿದ ಸಮಯ ಚರ್ಚೆ. ವೇಳಾಪಟ್ಟಿ:"],
    ["ವಾರ 1 (ಮಾರ್ಚ್ 7) — ", T("1508.07909"), " ", ("https://arxiv.org/abs/1508.07909", "https://arxiv.org/abs/1508.07909"), " — ಪ್ರಕಾಶ್ (BPE; ಕನ್ನಡಕ್ಕೆ tokenizer ಏಕೆ ಮುಖ್ಯ)"],
    ["ವಾರ 2 (ಮಾರ್ಚ್ 14) — ", T("1901.02860"), " (arXiv:1901.02860) — ಶ್ವೇತಾ"],
    ["ವಾರ 3 (ಮಾರ್ಚ್ 21) — “", T("Language Models are Unsupervised Multitask Learners"), "” (GPT-2 ವರದಿ, OpenAI 2019; arXiv ನಲ್ಲಿ ಇಲ್ಲ, PDF ಅನ್ನು Drive ಗೆ ಹಾಕಿದ್ದೇನೆ) — ಮಂಜುನಾಥ್"],
    ["ವಾರ 4 (ಮಾರ್ಚ್ 28) — ", T("2005.14165"), " (NeurIPS 2020; ವಿಭಾಗ 2 ಮತ್ತು 3 ಮಾತ್ರ) — ಅನಿತಾ"],
    ["ವಾರ 5 (ಏಪ್ರಿಲ್ 4) — ", T("1904.09751"), " (Holtzman et al., ICLR 2020) — ಪ್ರಕಾಶ್"],
    ["(ಏಪ್ರಿಲ್ 11 — ರಂಜಾನ್ ರಜೆ, ಸಭೆ ಇಲ್ಲ)"],
    ["ವಾರ 6 (ಏಪ್ರಿಲ್ 18) — ", T("2006.03654"), " ", ("https://arxiv.org/abs/2006.03654v6", "https://arxiv.org/abs/2006.03654v6"),
     " — ಶ್ವೇತಾ; ಸಮಯ ಉಳಿದರೆ ", T("2010.06040"), " (OpenReview: ", ("https://openreview.net/forum?id=cYr2OPNyTz7", "https://openreview.net/forum?id=cYr2OPNyTz7"), ")"],
    ["ವಾರ 7 (ಏಪ್ರಿಲ್ 25) — ಎರಡು ಚಿಕ್ಕ ಪ್ರಬಂಧಗಳು: ", T("2006.03236"), " ಮತ್ತು ", T("2012.08561"), " — ಮಂಜುನಾಥ್"],
    ["ವಾರ 8 (ಮೇ 2) — ", T("1908.10084"), " (arXiv 1908.10084) — ಅನಿತಾ"],
    ["ವಾರ 9 (ಮೇ 9) — ", T("2002.08909"), " ", ("https://arxiv.org/pdf/2002.08909.pdf", "https://arxiv.org/pdf/2002.08909.pdf"), " — ಪ್ರಕಾಶ್"],
    ["ವಾರ 10 (ಮೇ 16) — ", T("2010.00904"), " (GENRE, ICLR 2021) — ದಿವ್ಯಾ (ಅತಿಥಿ)"],
    ["ವಾರ 11 (ಮೇ 23) — ", T("1910.03771"), " ", ("https://arxiv.org/abs/1910.03771", "https://arxiv.org/abs/1910.03771"), " + ಕನ್ನಡ IndicBERT ಡೆಮೊ — ಮಂಜುನಾಥ್"],
    ["ಹಿನ್ನೆಲೆ (ಇವು ಪ್ರಬಂಧಗಳಲ್ಲ): Jay Alammar ಅವರ “The Illustrated GPT-2” ಬ್ಲಾಗ್; Hugging Face NLP course ",
     ("https://huggingface.co/learn/nlp-course", "https://huggingface.co/learn/nlp-course"), "; AI4Bharat IndicBERT repo ",
     ("https://github.com/AI4Bharat/IndicBERT", "https://github.com/AI4Bharat/IndicBERT"), "; Karpathy ಅವರ “Let's build GPT” ವಿಡಿಯೋ ",
     ("https://www.youtube.com/watch?v=kCc8FmEb1nY", "https://www.youtube.com/watch?v=kCc8FmEb1nY"), ". T5, Chinchilla ಬಗ್ಗೆ ಮುಂದಿನ ಸೆಮಿಸ್ಟರ್‌ನಲ್ಲಿ."],
    ["ಸ್ಲೈಡ್‌ಗಳು ಮತ್ತು PDF ಗಳು: ", ("Drive ಫೋಲ್ಡರ್", "https://drive.google.com/drive/folders/1qK7vRzX3mTb9LwYc2NfHs8UaEp0dJgQi"),
     ". ಮಂಡಿಸುವವರು ಬುಧವಾರ ಸಂಜೆಯೊಳಗೆ ಸ್ಲೈಡ್ ಹಾಕಿ. ಚಹಾ ಮತ್ತು ಬಿಸ್ಕತ್ತು ಇರುತ್ತದೆ ☕"],
    ["— ಅನಿತಾ"],
]


def run_text(r):
    return r if isinstance(r, str) else r[0] if r[0] == r[1] else f"{r[0]} <{r[1]}>"


def run_html(r):
    return html.escape(r, quote=False) if isinstance(r, str) else f'<a href="{html.escape(r[1])}">{html.escape(r[0], quote=False)}</a>'


desc_text = "\n\n".join("".join(run_text(r) for r in p) for p in desc)
desc_html = "<br><br>".join("".join(run_html(r) for r in p) for p in desc)
MEET_BLOCK = ("-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
              f"Join with Google Meet: https://meet.google.com/{MEET}\nOr dial: (IN) +91 20 7122 4387 PIN: 482193557#\n"
              f"More phone numbers: https://tel.meet/{MEET}?pin=7315820466092\n\n"
              "Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n\nPlease do not edit this section.\n"
              "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")


def ical_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    """fold at 75 octets without splitting a UTF-8 character; continuation lines start with one space"""
    out, cur, n = [], "", 0
    for ch in line:
        b = len(ch.encode())
        if n + b > 75:
            out.append(cur); cur, n = " ", 1
        cur += ch; n += b
    out.append(cur)
    return "\r\n".join(out)


def att(name, mail, org=False):
    st = "ACCEPTED" if org else "NEEDS-ACTION"
    return f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={st};RSVP=TRUE;CN={name};X-NUM-GUESTS=0:mailto:{mail}"


ics_lines = [
    "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
    "METHOD:REQUEST", "BEGIN:VTIMEZONE", "TZID:Asia/Kolkata", "X-LIC-LOCATION:Asia/Kolkata", "BEGIN:STANDARD",
    "TZOFFSETFROM:+0530", "TZOFFSETTO:+0530", "TZNAME:IST", "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE",
    "BEGIN:VEVENT", "DTSTART;TZID=Asia/Kolkata:20240307T160000", "DTEND;TZID=Asia/Kolkata:20240307T173000",
    "RRULE:FREQ=WEEKLY;WKST=SU;UNTIL=20240523T115959Z;BYDAY=TH", "EXDATE;TZID=Asia/Kolkata:20240411T160000",
    "DTSTAMP:20240304T091245Z", f"ORGANIZER;CN={ORG[0]}:mailto:{ORG[1]}", f"UID:{UID}",
] + [att(n, m, (n, m) == ORG) for n, m in GUESTS] + [
    "X-GOOGLE-CONFERENCE:https://meet.google.com/" + MEET, "CREATED:20240304T090512Z",
    "DESCRIPTION:" + ical_escape(desc_html + "\n\n" + MEET_BLOCK), "LAST-MODIFIED:20240304T091244Z",
    "LOCATION:" + ical_escape(LOCATION), "SEQUENCE:0", "STATUS:CONFIRMED", "SUMMARY:" + ical_escape(SUMMARY),
    "TRANSP:OPAQUE", "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder", "TRIGGER:-P0DT0H10M0S",
    "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
ics = "".join(fold(l) + "\r\n" for l in ics_lines)

VIEW = f"https://calendar.google.com/calendar/event?action=VIEW&eid={EID}&tok={TOK}&ctz=Asia%2FKolkata&hl=en&es=0"
plain = "\n".join([
    SUMMARY, "Weekly on Thursday from 4pm to 5:30pm", "India Standard Time - Kolkata", "", "Location", LOCATION,
    "https://www.google.com/maps/search/%E0%B2%95%E0%B3%8A%E0%B2%A0%E0%B2%A1%E0%B2%BF+102,+CDS+Bengaluru?hl=en", "",
    "Join Google Meet", f"meet.google.com/{MEET}", "", "Join by phone", "(IN) +91 20 7122 4387", "PIN: 482 193 557#", "",
    "More phone numbers", f"https://tel.meet/{MEET}?pin=7315820466092&hs=7", "",
    desc_text, "", "Organizer", ORG[0], ORG[1], "", "Guests", f"{ORG[0]} - organizer"] + [n for n, _ in GUESTS[1:]] + [
    f"View all guest info {VIEW}", "", f"Reply for {TO[1]} and view more details {VIEW}", "Your attendance is optional.", "",
    "~~//~~", "Invitation from Google Calendar: https://calendar.google.com/calendar/", "",
    "You are receiving this email because you are an attendee on the event. To stop receiving future updates for this "
    "event, decline this event.", "",
    "Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest "
    "list, invite others regardless of their own invitation status, or modify your RSVP.", "",
    "Learn more https://support.google.com/calendar/answer/37135#forwarding", ""])


def flow(text, width=76):
    """format=flowed; delsp=yes: a long line is cut at a space; the cut keeps that space and adds one more, which a
    reader deletes when it joins the lines again"""
    out = []
    for line in text.split("\n"):
        while len(line) > width:
            cut = line.rfind(" ", 0, width - 1)
            if cut <= 0:
                cut = width - 2
                out.append(line[:cut] + " "); line = line[cut:]; continue
            out.append(line[:cut + 1] + " "); line = line[cut + 1:]
        out.append(line)
    return "\r\n".join(out)


plain_flowed = flow(plain)
guests_html = "".join(f'<li><a class="grey" href="mailto:{m}">{html.escape(n)}</a>{" - organizer" if (n, m) == ORG else ""}</li>' for n, m in GUESTS)
rsvp = "".join(f'<a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid={EID}&amp;rst={i}&amp;tok={TOK}&amp;ctz=Asia%2FKolkata&amp;hl=en&amp;es=0">{w}</a> '
               for i, w in ((1, "Yes"), (2, "No"), (3, "Maybe")))
htm = (
    '<!doctype html><html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
    '<meta name="viewport" content="width=device-width, initial-scale=1"><title></title></head><body>'
    '<span itemscope itemtype="http://schema.org/InformAction"><span itemprop="object" itemscope itemtype="http://schema.org/Event">'
    f'<meta itemprop="eventStatus" content="http://schema.org/EventScheduled"/><meta itemprop="name" content="{html.escape(SUMMARY)}"/></span></span>'
    '<table border="0" cellpadding="0" cellspacing="0" role="presentation" style="width:100%"><tr><td>'
    f'<h2 class="primary-text" itemprop="name">{html.escape(SUMMARY)}</h2>'
    '<div class="primary-text">Weekly on Thursday from 4pm to 5:30pm</div><div class="secondary-text">India Standard Time - Kolkata</div>'
    f'<h3>Location</h3><div>{html.escape(LOCATION)}</div>'
    f'<h3>Join Google Meet</h3><a href="https://meet.google.com/{MEET}?hs=224">meet.google.com/{MEET}</a>'
    f'<h3>Join by phone</h3><div>(IN) +91 20 7122 4387</div><div>PIN: 482 193 557#</div>'
    f'<div class="description" itemprop="description">{desc_html}</div>'
    f'<h3>Organizer</h3><div>{html.escape(ORG[0])}</div><div><a href="mailto:{ORG[1]}">{ORG[1]}</a></div>'
    f'<h3>Guests</h3><ul>{guests_html}</ul><a href="{html.escape(VIEW)}">View all guest info</a>'
    f'<div>Reply for <a href="mailto:{TO[1]}">{TO[1]}</a></div><div>{rsvp}<a href="{html.escape(VIEW)}">More options</a></div>'
    '<div>Your attendance is optional.</div></td></tr></table>'
    '<table role="presentation"><tr><td>Invitation from Google Calendar: <a href="https://calendar.google.com/calendar/">https://calendar.google.com/calendar/</a>'
    '<p>You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.</p>'
    '<p>Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP. '
    '<a href="https://support.google.com/calendar/answer/37135#forwarding">Learn more</a></p></td></tr></table></body></html>\r\n')


def b64(s):
    e = base64.b64encode(s.encode()).decode()
    return "\r\n".join(e[i:i + 76] for i in range(0, len(e), 76))


def enc_words(s, first):
    """RFC 2047 B words of at most 75 characters, whole characters per word, folded onto continuation lines"""
    words, cur = [], ""
    for ch in s:
        if len("=?UTF-8?B?" + base64.b64encode((cur + ch).encode()).decode() + "?=") > 75 - (len(first) if not words else 1):
            words.append(cur); cur = ""
        cur += ch
    words.append(cur)
    return "\r\n ".join("=?UTF-8?B?" + base64.b64encode(w.encode()).decode() + "?=" for w in words)


subject = f"Invitation: {SUMMARY} @ Weekly from 4pm to 5:30pm on Thursday from Thu Mar 7 to Thu May 23 (IST) ({TO[1]})"
M, A = "000000000000d4f1c30612e3a7b5", "000000000000d4f1c10612e3a7b3"
hdr = [
    "MIME-Version: 1.0", "Date: Mon, 04 Mar 2024 09:12:45 +0000", f"Reply-To: {ORG[0]} <{ORG[1]}>",
    "Sender: Google Calendar <calendar-notification@google.com>",
    "Message-ID: <calendar-6a0e5c27-93f1-4b8d-a1c2-7d5e9f3b0a64@google.com>",
    "Subject: " + enc_words(subject, "Subject: "), f"From: {ORG[0]} <{ORG[1]}>", f"To: {TO[1]}",
    f'Content-Type: multipart/mixed; boundary="{M}"']
parts = [
    f'Content-Type: text/plain; charset="UTF-8"; format=flowed; delsp=yes\r\nContent-Transfer-Encoding: base64\r\n\r\n{b64(plain_flowed)}',
    f'Content-Type: text/html; charset="UTF-8"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n{quoprimime.body_encode(htm, maxlinelen=76, eol=chr(13) + chr(10)).rstrip()}',
    f'Content-Type: text/calendar; charset="UTF-8"; method=REQUEST\r\nContent-Transfer-Encoding: base64\r\n\r\n{b64(ics)}',
]
alt = "".join(f"--{A}\r\n{p}\r\n" for p in parts) + f"--{A}--"
out = "\r\n".join(hdr) + "\r\n\r\n" + f"--{M}\r\nContent-Type: multipart/alternative; boundary=\"{A}\"\r\n\r\n{alt}\r\n"
out += (f'--{M}\r\nContent-Type: application/ics; name="invite.ics"\r\nContent-Disposition: attachment; filename="invite.ics"\r\n'
        f"Content-Transfer-Encoding: base64\r\n\r\n{b64(ics)}\r\n--{M}--\r\n")
write("277_google_calendar_invitation_eml_kannada_language_models_reading_group.eml", out)
