#!/usr/bin/env python3
"""310: an editor's decision letter with two reviewers' comments, as the author saved it from her mail client
(`.eml`), for a popular-science article on game-playing and robot-learning AI submitted to an invented Assamese
science magazine. What such a message has: CRLF lines, RFC 5322 headers with the Assamese display name and Subject as
RFC 2047 base64 encoded-words (folded), Date with +0530, Message-ID, a single `text/plain; charset="UTF-8"` part in
quoted-printable (every Assamese byte as =XX, soft line breaks `=` at 76 columns that cut words, titles and URLs);
the letter: salutation, manuscript number, the decision line, the deadline (30 days after the Date, in Assamese
numerals), the two reviewers' numbered comments between rules, the editor's signature. Papers are named by the
reviewers: authors + quoted title + venue, a title after a label, a title with an abs / pdf / huggingface.co/papers
URL, "arXiv:ID", a bare id, lower case, in single quotes."""
import os, sys, quopri
from email.header import Header
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_raw

GO = "Mastering the game of Go without human knowledge"
DBN = "A Fast Learning Algorithm for Deep Belief Nets"
KEYS = [GO, DBN, "2205.06175", "2204.01691", "2307.15818", "2106.02039", "2106.01345", "2006.05990", "2101.03958",
        "2010.00554", "1410.5401", "2203.02155"]

RULE = "-" * 60
body = f"""শ্ৰদ্ধাৰ নীলাক্ষী বৰুৱা,

আপোনাৰ প্ৰবন্ধ "যন্ত্ৰই খেলিবলৈ শিকিলে: গ'ৰ পৰা ৰ'বটলৈ" (পাণ্ডুলিপি নং BP-2024-031) দুজন পৰ্যালোচকে পঢ়িছে। তেওঁলোকৰ মতামতৰ ভিত্তিত আমি সিদ্ধান্ত লৈছোঁ যে সামান্য সংশোধনৰ পিছত প্ৰবন্ধটো "বিজ্ঞান প্ৰবাহ"ৰ মে' সংখ্যাত প্ৰকাশ কৰিব পৰা যাব।

সিদ্ধান্ত: সামান্য সংশোধন

অনুগ্ৰহ কৰি সংশোধিত প্ৰবন্ধ আৰু প্ৰতিটো মন্তব্যৰ উত্তৰ ৩০ দিনৰ ভিতৰত (১৪ এপ্ৰিল ২০২৪ তাৰিখৰ ভিতৰত) এই ঠিকনালৈ পঠিয়াব। সাধাৰণ পাঠকৰ বাবে লিখা প্ৰবন্ধ হোৱা বাবে প্ৰসংগ-সূচী চুটি ৰাখিব, কিন্তু পৰ্যালোচকসকলে উল্লেখ কৰা মূল গৱেষণা-পত্ৰবোৰৰ নাম শুদ্ধকৈ দিব।

{RULE}
পৰ্যালোচক ১
{RULE}
১. আলফাগো জিৰোৰ অংশটো ভাল। তাত মূল প্ৰবন্ধৰ নামটো দিয়ক: Silver et al., "{T(GO)}", Nature 550 (2017).

২. "গভীৰ শিক্ষণৰ আৰম্ভণি" অংশত ২০০৬ চনৰ কথা আছে, কিন্তু প্ৰসংগ নাই। Hinton, Osindero আৰু Teh-ৰ {T(DBN)} (Neural Computation, 2006) উল্লেখ কৰিব লাগে।

৩. "এটা যন্ত্ৰই সকলো কাম" অংশত Gato-ৰ কথা আছে; পত্ৰখনৰ নাম {T('2205.06175')}, https://arxiv.org/abs/2205.06175 ।

৪. ৰ'বটৰ অংশত SayCan আৰু RT-2 দুয়োটা একেলগে বুজাব পাৰি:
   - {T('2204.01691')} (arXiv:2204.01691)
   - {T('2307.15818')}, https://arxiv.org/pdf/2307.15818

৫. চতুৰ্থ পৃষ্ঠাত "Transformer-এ খেল শিকে" বুলি লিখা আছে। ইয়াৰ বাবে {T('2106.01345')} (https://huggingface.co/papers/2106.01345) আৰু একে সময়ৰ {T('2106.02039').lower()} — দুয়োখন উল্লেখ কৰক।

{RULE}
পৰ্যালোচক ২
{RULE}
১. ChatGPT-ৰ অংশত "মানুহৰ মতামতৰ পৰা শিকে" বুলি কোৱা হৈছে; মূল কাম: {T('2203.02155')}, https://arxiv.org/abs/2203.02155 ।

২. লেখিকাই "যন্ত্ৰই নিজেই নতুন এলগৰিদম আৱিষ্কাৰ কৰে" বুলি লিখিছে। এই দাবীৰ বাবে '{T('2101.03958')}' (2101.03958) চাব পাৰে, কিন্তু দাবীটো অলপ নৰম কৰক।

৩. "{T('2006.05990')}" প্ৰসংগ-সূচীত আছে কিন্তু লেখাত কতো উল্লেখ নাই; হয় আঁতৰাওক নহয় ব্যাখ্যা কৰক।

৪. খেল-তত্ত্বৰ উদাহৰণ হিচাপে {T('2010.00554')}ৰ কথা কোৱা হৈছে; সাধাৰণ পাঠকৰ বাবে এই অংশ কঠিন, চুটি কৰক।

৫. স্মৃতি থকা নিউৰেল নেটৱৰ্কৰ ইতিহাসত {T('1410.5401')} (Graves et al., 2014) উল্লেখ কৰিলে ভাল হ'ব।

৬. বানান: "ৰবট" আৰু "ৰ'বট" দুয়োটা ব্যৱহাৰ হৈছে; এটা বাছি লওক।
{RULE}

শুভেচ্ছাৰে,
ড° প্ৰাঞ্জল কলিতা
সম্পাদক, বিজ্ঞান প্ৰবাহ
গুৱাহাটী
"""

subject = Header("সিদ্ধান্ত: পাণ্ডুলিপি BP-2024-031 — সামান্য সংশোধন", "utf-8", header_name="Subject").encode(maxlinelen=76)
sender = Header("বিজ্ঞান প্ৰবাহ সম্পাদনা বিভাগ", "utf-8", header_name="From").encode(maxlinelen=76)
headers = [
    "Return-Path: <editor@bigyanprabah.example.org>",
    "MIME-Version: 1.0",
    "Date: Fri, 15 Mar 2024 11:42:07 +0530",
    "Message-ID: <decision.BP-2024-031.a91c@bigyanprabah.example.org>",
    "Subject: " + subject,
    "From: " + sender + "\n <editor@bigyanprabah.example.org>",
    "To: Nilakshi Baruah <nilakshi.baruah@example.com>",
    'Content-Type: text/plain; charset="UTF-8"',
    "Content-Transfer-Encoding: quoted-printable",
]
qp = quopri.encodestring(body.encode("utf-8")).decode("ascii")
msg = "\n".join(headers).replace("\n", "\r\n") + "\r\n\r\n" + qp.replace("\n", "\r\n")
write_raw("310_editor_decision_letter_eml_quoted_printable_assamese_game_playing_ai_article.eml",
          msg.encode("ascii"), [body], KEYS)
