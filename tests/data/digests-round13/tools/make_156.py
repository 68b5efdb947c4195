#!/usr/bin/env python3
"""Builds digests/156_negative_pptx_company_all_hands_q1.pptx: a negative control. A company all-hands deck
(PowerPoint, Microsoft 365; same package layout as 151, see tools/pptx.py) that references no research paper:
quoted titles of internal docs, talks and blog posts, product versions, build and release numbers shaped like
"2301.1234" (four digits after a 2023 month: not an arXiv id) and "2403.7", a purchase-order number 4500.18823 and a
cost-centre code 1713.00421 (months 00 and 13), ticket keys, links to docs, a status page and a careers page, and
model/method nicknames (RAG, "the GPT-4 tech report", LoRA adapters) without titles."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
import pptx

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "156_negative_pptx_company_all_hands_q1.pptx")


def L(text, url, **kw):
    return dict(t=text, url=url, **kw)


FOOT = ("Footer", 838200, 6356350, 7000000, 369332, [["Lumenfold · Q1 2024 All-Hands · Confidential — internal only"]])

slides = [
    dict(layout="title", title="Q1 2024 All-Hands",
         subtitle=[["Lumenfold Inc. · Thursday 28 March 2024 · 16:00 CET"], ["Hosted by Dana Whitcombe (CEO) & Ravi Menon (CTO)"]],
         notes=[["Start recording. Remind remote folks that questions go in Slido (event code #LF-Q1)."]]),
    dict(layout="content", title="Agenda",
         body=[["Numbers: revenue, retention, support load"], ["Product: Atlas 3.14 and the assistant beta"],
               ["Engineering: reliability, the build pipeline, cost"], ["People: hiring, offsites, benefits"],
               ["Open Q&A (30 min)"]],
         boxes=[FOOT], notes=[["Keep to 45 minutes before Q&A. Last quarter we ran 20 minutes over."]]),
    dict(layout="content", title="Q1 in numbers",
         body=[["ARR €18.4M (+11% QoQ), net revenue retention 118%"], ["NPS 47 → 52; CSAT 4.6/5 over 12,408 tickets"],
               ["Median first response 2h 41m (target: < 3h)"], ["Gross margin 71.2% — infra spend down 9% after the GPU reservation"]],
         boxes=[FOOT],
         notes=[["Finance detail is in the board pack, \u201cQ1 2024 Board Update v7 (final).pptx\u201d, on the leadership drive."],
                ["The GPU reservation was PO 4500.18823, booked against cost centre 1713.00421 (R&D infrastructure)."]]),
    dict(layout="content", title="Product: Atlas 3.14",
         body=[["Atlas 3.14.2 shipped 12 March (release train 2403.7)"],
               (1, ["Smart routing GA, SSO via SCIM, audit log export"]),
               ["Assistant beta: 38 customers, 61k answered questions"],
               (1, ["retrieval-augmented (RAG) over each customer's help centre; LoRA adapters per vertical"]),
               ["Known issue: build 2301.1234-rc2 artefacts still in the EU mirror — cleanup ticket ATL-5521"],
               [L("Release notes", "https://docs.lumenfold.example.com/atlas/release-notes/3.14"), " · ",
                L("Status page", "https://status.lumenfold.example.com/")]],
         boxes=[FOOT],
         notes=[["If asked about the model: it is a fine-tuned open-weights model, details in the design doc "
                 "\u201cAssistant v2: Architecture and Evaluation Plan\u201d (ENG-RFC-044). People will ask about the "
                 "GPT-4 tech report comparison slide from the sales deck — that slide is retired."],
                ["Version history: 3.12.0 → 3.13.5 → 3.14.2; the 3.14.0 tag was never published."]]),
    dict(layout="content", title="Engineering: reliability & cost",
         body=[["Availability 99.95% (SLO 99.9%); two SEV-2s, no SEV-1"],
               ["Build pipeline: median CI time 14m 02s → 8m 37s (Bazel remote cache)"],
               ["Postmortem reading: \u201cThe Night the Queue Stood Still\u201d (INC-2024-0117)"],
               ["Tech talk recording: \u201cWhat We Learned Shipping an LLM Feature\u201d — Priya Anand, internal wiki"],
               [L("Engineering handbook", "https://handbook.lumenfold.example.com/engineering/on-call")]],
         boxes=[FOOT],
         notes=[["Credit to the platform team for the cache work. Ticket numbers for the curious: PLAT-2291, PLAT-2307."],
                ["Blog post going out next week: \u201cHow We Cut CI Time by 40% Without Buying Hardware\u201d."]]),
    dict(layout="content", title="People",
         body=[["Welcome to 14 new colleagues (headcount 183)"], ["Open roles: 9 — see the careers page"],
               ["Summer offsite: 17–19 June, Lisbon"], ["Benefits: learning budget raised to €1,500 / year"],
               [L("Careers page", "https://lumenfold.example.com/careers"), " · ",
                L("Offsite FAQ", "https://lumenfold.example.notion.site/offsite-2024")]],
         boxes=[FOOT],
         notes=[["Book club pick for Q2 is \u201cAn Elegant Puzzle\u201d (management book) — not mandatory!"],
                ["Learning budget can be used for courses and conference tickets, e.g. the ML engineering course "
                 "Priya recommended, \u201cFull Stack LLM Bootcamp\u201d."]]),
    dict(layout="content", title="Q&A", body=[["Slido: #LF-Q1"], ["Unanswered questions get a written answer in #all-hands by Monday"]],
         boxes=[FOOT], notes=[["Close with thanks to the support team; Q1 ticket volume was the highest ever."]]),
]

pptx.build(OUT, slides, "Q1 2024 All-Hands", "Dana Whitcombe", "Marisol Ortega", "2024-03-18T10:15:02Z",
           "2024-03-28T14:02:47Z", "Lumenfold Inc.")
