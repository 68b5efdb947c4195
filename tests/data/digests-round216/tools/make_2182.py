#!/usr/bin/env python3
"""2182: the channel #lectures-llm of a student Discord server of the Université de Moncton exported by
DiscordChatExporter as CSV (as remembered: the header «AuthorID,Author,Date,Content,Attachments,Reactions», every field
quoted, ISO dates with seven fractional digits and the local offset, reactions «emoji (n)», attachments as CDN URLs,
Discord Markdown and links in angle brackets to suppress embeds). Acadian French and English.
Computed: the dates from the minutes (Atlantic time, -04:00 before 8 March 2026 and -03:00 from then on; asserted),
increasing (asserted), authors from the member table, the csv writer (QUOTE_ALL, CR LF)."""
import csv, datetime as dt, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys
F = by_num(2182)
M = {"emilie": ("738204915566321664", "emilie.cormier"), "luc": ("902113847705927702", "luc_arsenault"),
     "sam": ("1061840399128150108", "samgallant"), "bot": ("1102937716604424253", "Carl-bot")}
DST = dt.datetime(2026, 3, 8, 6, 0)  # 2 a.m. AST = 06:00 UTC


def when(s):
    u = dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")  # UTC
    o = -3 if u >= DST else -4
    loc = u + dt.timedelta(hours=o)
    return loc.strftime("%Y-%m-%dT%H:%M:%S") + f".{(u.second * 7919) % 10_000_000:07d}" + f"{o:+03d}:00", u


MSG = [
 ("bot", "2026-03-05 22:00:03", "📌 Rappel : la réunion du club de lecture est jeudi à 18 h 30, local 243 du pavillon Rémi-Rossignol.", "", ""),
 ("emilie", "2026-03-09 23:14:51",
  f"Ok gang, pour la séance de jeudi on fait les agents. J'propose :\n1. **{T('2303.11366')}** <https://arxiv.org/abs/2303.11366>\n"
  f"2. {T('2310.11511')} — https://arxiv.org/pdf/2310.11511v1\n3. pis pour l'évaluation, {T('2310.06770')} : <https://openreview.net/forum?id={OR('2310.06770')}>",
  "", "👍 (3),🔥 (1)"),
 ("luc", "2026-03-09 23:20:07", f"Voyager aussi? {T('2305.16291')} (arXiv 2305.16291), c'est dans Minecraft, ça va faire jaser 😄", "", "😂 (2)"),
 ("sam", "2026-03-10 00:02:45",
  f"fwiw the judging part we're doing with our chatbot for the Acadian dictionary follows {T('2306.05685')}\n<https://arxiv.org/abs/2306.05685v4>\nnot the leaderboard, the paper",
  "", "👀 (1)"),
 ("emilie", "2026-03-10 00:05:12", "Parfait. Les slides de l'an passé sont là :", "https://cdn.discordapp.com/attachments/1102930001/1215000002/agents_2025.pdf", ""),
 ("luc", "2026-03-11 21:33:40",
  f"Background si vous avez le temps : {T('2302.04761')}, pis {T('2203.02155')} pour comprendre d'où sort le RLHF. "
  "Le cours agents de Hugging Face pis la doc de LangChain c'est pas des papiers, mais ça aide.", "", ""),
 ("sam", "2026-03-12 13:18:09", f"and for math-heavy tasks maybe {T('2206.14858')}? skip if short on time", "", "👍 (2)"),
 ("bot", "2026-03-12 21:00:00", "📌 Rappel : c'est ce soir ! Apportez vos questions.", "", ""),
]
buf = io.StringIO()
w = csv.writer(buf, quoting=csv.QUOTE_ALL)
w.writerow(["AuthorID", "Author", "Date", "Content", "Attachments", "Reactions"])
prev = None
for who, utc, content, att, rx in MSG:
    loc, u = when(utc)
    assert prev is None or u > prev
    prev = u
    w.writerow([M[who][0], M[who][1], loc, content, att, rx])
text = buf.getvalue()
fields = [x for r in csv.reader(io.StringIO(text, newline="")) for x in r]
write_only(F, text, keys(F), forms=["\n".join(fields)])
