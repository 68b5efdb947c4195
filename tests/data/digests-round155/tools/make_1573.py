#!/usr/bin/env python3
"""1573: a Hebrew-speaking PhD student's MyLifeOrganized outline exported as MLO XML (File > Export > XML): a project
"קריאה" with sub-projects, one task per paper (Caption, Note with the link or none, IDD GUIDs from hashes,
Created / DueDateTime / CompletionDateTime, Importance / Urgency, Flag, Contexts), and non-paper tasks. Built from the
modelled outline."""
import hashlib, os, sys
from xml.sax.saxutils import escape
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(1573)
GROUPS = [
    ("סוכנים והסקה", [
        (T("2210.03629"), "פורום: https://openreview.net/forum?id=" + OR("2210.03629") + "\nלהציג בשבוע 3, לשים לב ל-HotpotQA ו-ALFWorld", "2024-03-03T10:00:00", "2024-03-05T09:12:00"),
        (T("2304.03442"), "https://arxiv.org/abs/2304.03442\nסימולציה של 25 סוכנים — רעיון לפרויקט", "2024-03-10T10:00:00", ""),
        (T("2308.03688"), "https://arxiv.org/abs/2308.03688v2\nבנצ'מרק לסוכנים — 8 סביבות", "2024-03-17T10:00:00", ""),
        (T("2310.08560"), "arXiv:2310.08560 (אין עדיין קישור שמור)\nזיכרון היררכי — להשוות ל-RAG", "2024-03-24T10:00:00", ""),
    ]),
    ("מערכות ומודלים", [
        (T("2307.15043"), "https://arxiv.org/pdf/2307.15043.pdf\nמתקפות GCG — חשוב לפרק הבטיחות", "2024-04-07T10:00:00", ""),
        (T("2304.08485"), "נשלח ע\"י יונתן, בלי קישור. NeurIPS 2023", "2024-04-14T10:00:00", ""),
        (T("2307.15818"), "רובוטיקה — רק סעיפים 3-4", "2024-04-21T10:00:00", ""),
        (T("2103.09762"), "למידה מתמשכת (GPM), ביקשה מיכל להוסיף", "2024-04-28T10:00:00", ""),
    ]),
    ("לא מאמרים", [
        ("להתקין vLLM 0.4 על gpu-02", "תיעוד: https://docs.vllm.ai/en/latest/", "2024-04-08T12:00:00", ""),
        ("לצפות בהרצאה של CS294 (LLM Agents), שיעור 2", "YouTube, 1:20 שעות", "2024-03-12T20:00:00", ""),
        ("להוריד את SWE-bench Lite מ-Hugging Face", "dataset, לא מאמר", "2024-03-18T09:00:00", ""),
    ]),
]


def guid(s):
    h = hashlib.md5(s.encode()).hexdigest().upper()
    return "{" + f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}" + "}"


def node(cap, note, due, done, ind):
    p = " " * ind
    L = [p + "<TaskNode>", p + f"  <Caption>{escape(cap)}</Caption>", p + f"  <IDD>{guid(cap)}</IDD>",
         p + f"  <Created>2024-02-25T21:{len(cap) % 60:02d}:00</Created>"]
    if note:
        L.append(p + "  <Note>" + escape(note).replace("\n", "&#13;&#10;") + "</Note>")
    L += [p + f"  <DueDateTime>{due}</DueDateTime>", p + f"  <Importance>{100 if done else 50}</Importance>",
          p + "  <Urgency>50</Urgency>", p + "  <Places><Place>@מחשב</Place></Places>"]
    if done:
        L.append(p + f"  <CompletionDateTime>{done}</CompletionDateTime>")
    return L + [p + "</TaskNode>"]


def build():
    L = ['<?xml version="1.0" encoding="UTF-8"?>', '<MyLifeOrganized-xml ver="1.2">', "  <TaskTree>",
         "    <TaskNode>", "      <Caption>קריאה — סמסטר ב׳</Caption>", f"      <IDD>{guid('root')}</IDD>",
         "      <IsProject>-1</IsProject>", "      <Created>2024-02-25T21:00:00</Created>"]
    for g, items in GROUPS:
        L += ["      <TaskNode>", f"        <Caption>{escape(g)}</Caption>", f"        <IDD>{guid(g)}</IDD>",
              "        <IsProject>-1</IsProject>", "        <Created>2024-02-25T21:05:00</Created>"]
        for it in items:
            L += node(*it, 8)
        L.append("      </TaskNode>")
    L += ["    </TaskNode>", "  </TaskTree>", "  <PlacesList>", "    <Place>@מחשב</Place>", "    <Place>@ספרייה</Place>",
          "  </PlacesList>", "</MyLifeOrganized-xml>"]
    return "\r\n".join(L) + "\r\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
