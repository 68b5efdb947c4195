#!/usr/bin/env python3
"""252: a Facebook group post with its comments, selected in the browser (facebook.com, desktop) and pasted as plain
text, Filipino (Taglish). The copy keeps the page chrome as lines: group name, author, badges, '·' separators, the
post text, the link-preview card (DOMAIN in capitals, page title, description), reaction summary, comment/share
counts, Like/Comment/Share, 'Most relevant', each comment with name, badge, text, age, Like/Reply, and 'View more
comments' / 'Write a comment…'."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, title as T, check_no_distractor

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "digests",
                   "252_facebook_group_post_copied_text_filipino_llm_agents_reading_thread.txt")
OR = CAT["2310.06770"]["openreview_id"]
post = f"""AI Pilipinas: Machine Learning & Data Science Community
Joined
Invite
Kristine Mae Villanueva
Admin
 · 
March 5 at 9:14 PM
 · 
Shared with Members of AI Pilipinas: Machine Learning & Data Science Community
📚 LLM AGENTS READING LIST (Week 3 ng study group natin)

Hi mga ka-AI! Dahil marami nagtanong sa last meetup kung saan magsisimula sa "agents", heto yung listahan na ginagamit namin sa lab. Hindi kailangan basahin lahat, pero yung first two talaga ang core.

1️⃣ Reflexion: Language Agents with Verbal Reinforcement Learning — yung agent na nagsusulat ng "reflection" pagkatapos magkamali. https://arxiv.org/abs/2303.11366
2️⃣ {T("2304.03442")} — yung Smallville na may 25 na agents, sobrang saya basahin 😂
3️⃣ {T("2310.08560")} — paano i-manage ang memory na parang OS (virtual context)
4️⃣ {T("2308.03688")} (arXiv:2308.03688) — benchmark, para may numbers tayo sa presentation

Para sa robotics side (salamat kay Sir Migs sa suggestion):
▪️ {T("2204.01691")} (SayCan)
▪️ {T("2307.15818")} → https://huggingface.co/papers/2307.15818
▪️ "{T("2205.06175")}" ng DeepMind (Gato)

Meetup: Sabado, March 9, 2PM, UP Diliman AECH (Accenture Room) + Zoom. RSVP sa form sa comments. Libre ang kape ☕

#AIPilipinas #LLM #Agents #StudyGroup

ARXIV.ORG
[2303.11366] Reflexion: Language Agents with Verbal Reinforcement Learning
Large language models (LLMs) have been increasingly used to interact with external environments (e.g., games, compilers, APIs) as goal-driven agents…
All reactions:
128
Jerome Bautista, Aileen Ramos and 126 others
23 comments
41 shares
Like
Comment
Share
Most relevant

Jerome Bautista
Top contributor
Salamat po dito! Dagdag ko lang yung Voyager, Minecraft agent na gumagawa ng sariling skill library: https://arxiv.org/abs/2305.16291 — {T("2305.16291")}
3d
Like
Reply
14

Kristine Mae Villanueva
Admin
Author
Jerome Bautista yes! Isasama ko sa Week 4 👍
3d
Like
Reply
3

Paolo Santos
Ma'am pwede po ba i-share yung slides after? Hindi po ako makakapunta sa Diliman 😢
2d
Like
Reply
2

Aileen Ramos
Top fan
Para sa coding agents, must-read yung SWE-bench: {T("2310.06770")} https://openreview.net/forum?id={OR} (ICLR 2024 oral)
2d
Like
Reply
9
Edited

Marco Dizon
Old school pero retrieval ang puso ng maraming agent ngayon: {T("2002.08909")}. Tapos yung GENRE, {T("2010.00904")} (arxiv 2010.00904), para sa entity linking.
1d
Like
Reply
5

Bea Soriano
RSVP form: https://forms.gle/9xKq2VtLmP3sRbN7A
Tsaka yung LangChain docs para sa hands-on: https://python.langchain.com/docs/
20h
Like
Reply
1

View more comments
6 of 23
Write a comment…
"""
check_no_distractor(post, "252")
open(OUT, "w", encoding="utf-8", newline="\n").write(post)
