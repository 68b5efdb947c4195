#!/usr/bin/env python3
"""Builds digests/196_negative_todoist_csv_export_reading_group_logistics.csv, a negative control: a Todoist project
"Reading group — logistics" exported with "Export as a template" (CSV). Layout as Todoist writes it: the header
TYPE,CONTENT,DESCRIPTION,PRIORITY,INDENT,AUTHOR,RESPONSIBLE,DATE,DATE_LANG,TIMEZONE,DURATION,DURATION_UNIT; rows of
type section, task (priority 1–4, indent 1–4, author "Name (user id)", optional responsible, natural-language dates,
date language, time zone, duration in minutes) and note (comments on the task above, indent empty); an all-empty row
after each task's block and after each section; minimal CSV quoting, CRLF line ends, UTF-8 without BOM.

Nothing in it is a paper: talk titles and a blog-post title phrased like paper titles, a workshop name, arXiv listing
and search pages, an OpenReview venue page, repositories, a Zoom room, an Eventbrite page, a YouTube playlist;
id-like numbers that are not arXiv ids (invoice 2024.13377, room 1813.0042, catering order 0311.55210). Everything is
invented."""
import csv, io, os

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "196_negative_todoist_csv_export_reading_group_logistics.csv")
HEADER = ["TYPE", "CONTENT", "DESCRIPTION", "PRIORITY", "INDENT", "AUTHOR", "RESPONSIBLE", "DATE", "DATE_LANG", "TIMEZONE",
          "DURATION", "DURATION_UNIT"]
TZ = "Europe/Amsterdam"
NOOR = "Noor Haddad (41877203)"
SEM = "Sem de Wit (39125560)"
LIV = "Liv Andersson (45502318)"


def task(content, desc="", prio=4, indent=1, author=NOOR, resp="", date="", dur="", notes=()):
    rows = [["task", content, desc, str(prio), str(indent), author, resp, date, "en" if date else "", TZ if date else "",
             str(dur) if dur else "", "minute" if dur else ""]]
    for who, text in notes:
        rows.append(["note", text, "", "", "", who, "", "", "", "", "", ""])
    return rows


def section(name):
    return [["section", name] + [""] * 10]


BLOCKS = [
    section("Speakers"),
    task("Confirm talk title with Priya", "Working title: \"Sparse Experts, Dense Bills: Serving MoE Models on a Budget\". She may shorten it.",
         prio=3, resp=SEM, date="Mar 4", notes=[(SEM, "Priya says the title stays, slides by Monday")]),
    task("Ask Tomás for a title + abstract", "Slot: 28 March. He suggested \"Retrieval Meets Long Context: Lessons From Running 400 Evals\" but wants to check with his manager.",
         prio=2, resp=LIV, date="Mar 11", notes=[(LIV, "Reminder sent. If no answer, fall back to the blog post discussion below.")]),
    task("Fallback session: discuss the blog post \"Attention, Please: A Visual Tour of KV Caches\"",
         "https://kvcache-tour.example.dev/posts/attention-please - not a paper, 20 min read, good for newcomers", prio=1),
    task("Spring Workshop on Efficient Inference: decide whether we submit a group abstract",
         "CfP: https://openreview.net/group?id=EfficientInference.example/2024/Workshop  deadline Apr 19 AoE", prio=3, date="Apr 12",
         notes=[(NOOR, "Only if we have results from the quantisation project by then.")]),
    section("Room & food"),
    task("Book room 1813.0042 for Thursdays", "Facilities portal, recurring booking Mar-Jun 16:00-17:30", prio=4, resp=SEM,
         date="every thu", dur=90),
    task("Pay catering invoice 2024.13377", "Order 0311.55210, 18 people, vegetarian option", prio=3, author=LIV, date="Mar 15",
         notes=[(LIV, "Finance wants the invoice number in the subject line, not just the order number.")]),
    task("Check Zoom licence", "Room: https://uva-example.zoom.us/j/81234409917 (host key in the vault)", prio=4, indent=1),
    task("Test the HDMI adapter in 1813", "", prio=4, indent=2),
    section("Reading list chores"),
    task("Skim the weekly arXiv listing for candidates", "https://arxiv.org/list/cs.CL/pastweek?show=250 and https://arxiv.org/list/cs.LG/pastweek?show=250",
         prio=4, date="every mon 9am", dur=30),
    task("Save the arXiv search for mixture-of-experts serving", "https://arxiv.org/search/?query=mixture+of+experts+serving&searchtype=abstract",
         prio=4),
    task("Update the group page", "https://github.com/uva-example-nlp/reading-group (README table, add March speakers)", prio=3,
         resp=NOOR, date="Mar 8"),
    task("Upload last term's recordings", "YouTube playlist: https://www.youtube.com/playlist?list=PLq2x8sEfficientRG24 - unlisted", prio=4,
         author=SEM),
    task("Eventbrite page for the Scaling Laws Reading Night (public session)", "https://www.eventbrite.example/e/scaling-laws-reading-night-tickets-80412257713",
         prio=2, date="Mar 20", notes=[(NOOR, "Capacity 60. Title is just the event name, no single paper that night.")]),
]


def build():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(HEADER)
    for b in BLOCKS:
        for r in b:
            w.writerow(r)
        w.writerow([""] * 12)
    with open(OUT, "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())


if __name__ == "__main__":
    build()
