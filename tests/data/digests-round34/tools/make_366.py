#!/usr/bin/env python3
"""366 (NEGATIVE): a Discord channel exported with DiscordChatExporter's plain-text format (the ===== banner with
Guild / Channel / Topic, "[M/D/YYYY h:mm AM] user" heads, {Attachments}, {Embed} and {Reactions} blocks, the
"Exported N message(s)" footer). A community server's #events channel: talk nights with title-case talk titles,
a hackathon with prize tiers and product names with versions, a quoted slogan, room numbers, ticket codes, a
livestream link, a poll. It references no paper: no catalogue title, no arXiv-shaped number, no OpenReview link."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import F366

BAR = "=" * 62
M = [  # (timestamp, user, text, blocks)
 ("3/4/2024 6:02 PM", "mossy_owl", """📣 **March Talk Night** is confirmed!
Thursday, 14 March 2024, doors 18:30, talks 19:00 at Hackerspace Nordkai, Room 3.041 (2nd floor, take the freight lift)

Talk 1 — "Shipping a Speech Assistant on a Jetson Orin Nano: What Broke and What Didn't" (Ilse)
Talk 2 — "Evaluating Your RAG Pipeline Without Lying to Yourself" (Tobias)
Lightning slot — "Five Things I Learned Fine-Tuning on a Single RTX 4090" (open, DM me)

Tickets are free but capped at 80: https://tickets.example.org/e/talk-night-0314 (code TT-MAR-24)""",
  "{Attachments}\nhttps://cdn.discord.example/attachments/1101/2231/talk_night_march.png\n\n{Reactions}\n🎉 (14) 👀 (5) 🙋 (3)"),
 ("3/4/2024 6:15 PM", "ilse.k", """excited for this! slides will be on my blog after, the demo runs on JetPack 6.0 + whisper.cpp v1.5.4""",
  "{Reactions}\n❤️ (6)"),
 ("3/5/2024 9:41 AM", "tobias_r", """small title change for talk 2, it's now "Your Eval Set Is Lying: Practical RAG Evaluation in 30 Minutes". same content, more honest""",
  "{Reactions}\n😂 (4) 👍 (2)"),
 ("3/6/2024 12:20 PM", "Carl-Bot", """Poll: which snacks for Talk Night?
🅰️ pizza (19)  🅱️ falafel (11)  🅲 both if the sponsor pays (23)""", ""),
 ("3/8/2024 4:48 PM", "mossy_owl", """🛠️ **Spring Build Weekend** (hackathon), Saturday, 6 April 2024 – Sunday, 7 April 2024
Theme: "Useful, not impressive." Build something your non-tech friends would actually use.
Prizes: 1st — 2× Raspberry Pi 5 kits + €500 cloud credits, 2nd — Framework Laptop 16 expansion cards, 3rd — swag
Sponsors: Modal, Weights & Biases, and Nordkai Coffee Roasters ☕
Team size 2–4, registration closes Monday, 1 April 2024. Form: https://forms.example.org/spring-build-2024
Rules doc version 1.3 is pinned.""",
  "{Embed}\nSpring Build Weekend 2024\nforms.example.org\nRegister your team (2–4 people). Room capacity 120. Code of Conduct applies.\n\n{Reactions}\n🔥 (21) 🙌 (8)"),
 ("3/8/2024 5:02 PM", "devvrat", """can we use hosted APIs or does it have to run locally? asking because llama.cpp b2450 on my laptop is… not fast""", ""),
 ("3/8/2024 5:10 PM", "mossy_owl", """@devvrat hosted is fine, just list it in your README. judging criteria: usefulness 40, polish 30, demo 20, "would I install this" 10""",
  "{Reactions}\n👍 (5)"),
 ("3/14/2024 10:05 PM", "mossy_owl", """thanks everyone for coming, 74 people! recording of both talks: https://video.example.org/w/tt-talk-night-2024-03 (chapters at 00:03:10 and 00:41:55)
next Talk Night is Thursday, 11 April 2024, call for speakers is open until 28 March""",
  "{Reactions}\n🙏 (17) 🎥 (4)"),
 ("3/15/2024 8:30 AM", "ilse.k", """slides: "Shipping a Speech Assistant on a Jetson Orin Nano" → https://ilse.example.dev/talks/orin-nano-2024.pdf
the power numbers were 7.2 W idle / 14.9 W under load, someone asked""", "{Reactions}\n⚡ (3)"),
]
out = [BAR, "Guild: Tensor Tinkerers", "Channel: Community / events",
       "Topic: Talk nights, build weekends, meetups. Event posts by mods only; questions in #general.", BAR, ""]
for ts, u, t, b in M:
    out.append(f"[{ts}] {u}\n{t}\n" + (f"\n{b}\n" if b else ""))
out += [BAR, f"Exported {len(M)} message(s)", BAR, ""]
write(F366, "\n".join(out), negative=True)
