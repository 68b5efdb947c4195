#!/usr/bin/env python3
"""1163: a Zoho Cliq channel's chat history exported as text: a header (channel, organisation, exporter, time zone),
a day separator per day ("Monday, 04 March 2024", weekday computed), messages `[hh:mm AM] Name: text` in 12-hour IST
time (computed from 24-hour times), multi-line messages indented, attachments, reactions, an edited mark and a thread
reply; Hindi in Devanagari mixed with English, as the team writes. Non-papers: DeepSpeed docs, the Megatron-LM
repository, a talk recording; nicknames (Chinchilla, ZeRO-3, Kaplan वाला पेपर, Switch) next to full titles."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1163, keys

MEMBERS = ["Ankit Verma", "Priya Nair", "Rohit Sharma", "Meenakshi Iyer", "Farhan Qureshi"]


def hm(t):
    h, m = map(int, t.split(":"))
    return f"{(h % 12) or 12:02d}:{m:02d} {'AM' if h < 12 else 'PM'}"


days = [
    ((2024, 3, 4), [
        ("10:02", "Ankit Verma", ["सब लोग, इस हफ़्ते से scaling वाला reading track शुरू कर रहे हैं 🚀",
                                 "पहला पेपर:", T("2006.16668"), "https://arxiv.org/abs/2006.16668"]),
        ("10:05", "Priya Nair", ["MoE का original भी पढ़ना चाहिए उससे पहले —",
                                f"\"{T('1701.06538')}\" https://openreview.net/forum?id=B1ckMDqlg"]),
        ("10:06", "Ankit Verma", ["हाँ, अच्छा idea. दोनों एक ही session में कर लेंगे"], "👍 3"),
        ("11:40", "Rohit Sharma", ["[File] gshard_notes_v1.pdf (412 KB)"]),
        ("16:18", "Meenakshi Iyer", ["Switch भी जोड़ दो:", f"{T('2101.03961')} — https://arxiv.org/pdf/2101.03961",
                                    "(load balancing loss वाला हिस्सा ज़रूर देखना)"]),
    ]),
    ((2024, 3, 6), [
        ("09:15", "Farhan Qureshi", ["Kaplan वाला पेपर यानी", T("2001.08361"),
                                    "और फिर Chinchilla यानी", T("2203.15556"),
                                    "दोनों को साथ में पढ़ना मज़ेदार होगा, compute-optimal की बहस समझ आएगी"], "🔥 2"),
        ("09:21", "Priya Nair", ["link? 🙏"]),
        ("09:23", "Farhan Qureshi", ["PDF drive में डाल दिए हैं, link नहीं भेज रहा (बाहर का share बंद है)"], None, True),
        ("14:47", "Rohit Sharma", ["systems वाले हिस्से के लिए:", T("1909.08053"), "https://arxiv.org/abs/1909.08053",
                                   "code: https://github.com/NVIDIA/Megatron-LM (repo है, पेपर नहीं)"]),
    ]),
    ((2024, 3, 8), [
        ("10:30", "Meenakshi Iyer", [f"ZeRO-3 के लिए पेपर: {T('1910.02054')} (arXiv:1910.02054)",
                                    "DeepSpeed docs भी: https://www.deepspeed.ai/tutorials/zero/"]),
        ("10:31", "Ankit Verma", ["↳ thread में जवाब: stage 1/2/3 का फ़र्क़ slide में डाल देना"]),
        ("18:02", "Priya Nair", ["आख़िरी वाला open models के लिए:", T("2205.01068"),
                                 "logbook वाला appendix पढ़ना, training कितनी बार टूटी 😅",
                                 "Talk recording: https://www.youtube.com/watch?v=p9IxoSkvZ-M"], "😂 4"),
    ]),
]
out = ["Zoho Cliq — Chat History", "Channel: #llm-scaling-padhai", "Organization: Example Labs Pvt. Ltd.",
       "Exported by: Ankit Verma on 11 March 2024, 09:12 AM", "Time Zone: (GMT+05:30) India Standard Time (Asia/Kolkata)",
       "Participants: " + ", ".join(MEMBERS), "=" * 60, ""]
for (y, m, d), msgs in days:
    x = dt.date(y, m, d)
    out += [f"----- {x.strftime('%A')}, {x.day:02d} {x.strftime('%B')} {x.year} -----", ""]
    for msg in msgs:
        t, who, lines = msg[:3]
        react = msg[3] if len(msg) > 3 else None
        edited = msg[4] if len(msg) > 4 else False
        out.append(f"[{hm(t)}] {who}: {lines[0]}" + (" (edited)" if edited and len(lines) == 1 else ""))
        out += ["    " + l for l in lines[1:]]
        if react: out.append(f"    Reactions: {react}")
        out.append("")
out += ["=" * 60, "End of chat history", ""]
write_only(F1163, "\n".join(out), keys(F1163))
