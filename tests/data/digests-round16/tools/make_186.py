#!/usr/bin/env python3
"""Builds digests/186_negative_google_keep_takeout_note_reading_group_admin.json: one Google Keep note as Google
Takeout exports it (Takeout/Keep/<title>.json): a single line of compact JSON, UTF-8, keys in Takeout's order —
color, isTrashed, isPinned, isArchived, listContent (checklist items with textHtml, text, isChecked), title,
userEditedTimestampUsec, createdTimestampUsec, labels, annotations (WEBLINK previews with description, source,
title, url), sharees (owner first). textHtml is the <p dir="ltr" …><span style="…">…</span></p> markup Keep
writes, with its HTML escaping (&#39; &quot; &amp;).

A negative control: no paper at all. The checklist has talk titles and a blog post title phrased like paper titles,
a room-booking reference 2400.31337 and an invoice number 1913.70022 (not arXiv ids: months 00 and 13), a Doodle
poll, the group's page, a YouTube recording and a shared-drive link. Everything is invented."""
import json, os

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "186_negative_google_keep_takeout_note_reading_group_admin.json")
STYLE = ("font-size:7.2pt;font-family:'Google Sans';color:#000000;background-color:transparent;font-weight:400;"
         "font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;")


def h(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;").replace("'", "&#39;")


def item(text, checked=False):
    html = ('<p dir="ltr" style="line-height:1.38;margin-top:0.0pt;margin-bottom:0.0pt;"><span style="' + h(STYLE)
            + '">' + h(text) + "</span></p>")
    return {"textHtml": html, "text": text, "isChecked": checked}


ITEMS = [
 item("Book seminar room B-2.1043 for Jan–Mar (booking ref 2400.31337)", True),
 item("Confirm speaker 24 Jan: “Scaling Laws for Robot Fleets: What Breaks at 1,000 Arms” (Dr. Ahn, talk title as sent)"),
 item("Confirm speaker 7 Feb: “Evaluating Evaluators: A Field Guide to Judge Models in Production” (industry talk, no paper)"),
 item("CfP for student lightning talks – suggested theme “Tokenizers Are the New Feature Engineering”, 10 min slots"),
 item("Renew Zoom licence, invoice 1913.70022 → forward to Carla", True),
 item("Draft blog post “Five Things We Learned Running a Reading Group Online” for the dept newsletter"),
 item("Pizza budget: ask if the 2024 allocation is still 180 € per term"),
 item("Upload last term’s recordings to the channel (see link)", True),
 item("Ask IT about the HDMI adapter again"),
]
NOTE = {
 "color": "YELLOW", "isTrashed": False, "isPinned": True, "isArchived": False,
 "listContent": ITEMS,
 "title": "Reading group — admin & talk ideas",
 "userEditedTimestampUsec": 1700227141553000, "createdTimestampUsec": 1693556284120000,
 "labels": [{"name": "Reading group"}, {"name": "Admin"}],
 "annotations": [
  {"description": "Pick the slots that work for you for the winter term.", "source": "WEBLINK",
   "title": "Reading group winter term – Doodle", "url": "https://doodle.example.com/meeting/participate/id/b4xLpP2e"},
  {"description": "", "source": "WEBLINK", "title": "ML Reading Group – Group page",
   "url": "https://rg.vision-lab.example/"},
  {"description": "Recording of the 13 Dec session (lightning talks).", "source": "WEBLINK",
   "title": "Lightning talks: “Small Models, Big Questions” – YouTube", "url": "https://www.youtube.com/watch?v=H7tQm0sKx2w"},
  {"description": "", "source": "WEBLINK", "title": "RG shared folder – Google Drive",
   "url": "https://drive.google.com/drive/folders/1q9Xh2LrT0vW3aYc8KdPz5EeNnMbF4sJu"},
 ],
 "sharees": [{"isOwner": True, "type": "WRITER", "email": "amara.lindqvist@gmail.com"},
             {"isOwner": False, "type": "WRITER", "email": "carla.benedetti.rg@gmail.com"}],
}
with open(OUT, "w", encoding="utf-8", newline="") as fh:
    fh.write(json.dumps(NOTE, ensure_ascii=False, separators=(",", ":")))
