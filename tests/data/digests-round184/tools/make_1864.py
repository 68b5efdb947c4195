#!/usr/bin/env python3
"""1864: a thread of KenyaTalk (the Kenyan forum, run on XenForo) copied from the browser while logged out, Swahili and
English as Kenyan developers write them: the site head and menu, the breadcrumb, the thread title, «Thread starter …
Start date …», the posts as XenForo 2 lays them out in text (username, user title, «Joined» / «Messages» / «Reaction
score» with their values — the member's current figures, the same on every post of theirs —, the date, «#n», the
text, quotes as «<user> said:» … «Click to expand...», «Reactions: …»), and «You must log in or register to reply
here.». The thread, the users, their titles and figures and the dates are invented; lm-evaluation-harness, Masakhane,
M-Pesa, WhatsApp and Jay Alammar's blog post «The Illustrated Transformer» appear as what they are. Computed: the post
numbers, the dates (not decreasing, asserted), each member's figures from one table, «Joined» before the first post
(asserted), the quotes taken from the earlier post of the member quoted (asserted), the thread starter and date from
post #1."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys
F = by_num(1864)
EN_M = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def xd(d): return f"{EN_M[d.month - 1]} {d.day}, {d.year}"


D = dt.date
USERS = {  # title, joined, messages, reaction score
    "otieno_dev": ("Village Elder", D(2019, 8, 14), 2418, 1905),
    "wanjiku_ml": ("Elder", D(2021, 2, 3), 871, 1122),
    "Kamau254": ("Village Elder", D(2017, 11, 30), 9604, 7311),
    "nyambura_codes": ("Member", D(2023, 6, 19), 214, 260),
    "dev_mombasa": ("New Member", D(2025, 12, 1), 17, 9),
}
TITLE = "Hii ni benchmark gani? Tathmini ya LLMs kwa Kiswahili"
POSTS = [  # user, date, quote (user, text) or None, text, reactions
    ("otieno_dev", D(2026, 3, 2), None,
     "Wadau, tunajenga chatbot ya huduma kwa wateja kwa Kiswahili na tunataka kuchagua model.\n"
     "Swali: mnatumia benchmark gani kupima LLM? Nimeona wengi wanaquote MMLU tu.\n"
     f"{T('2009.03300')} (arXiv:2009.03300) ni ya Kiingereza, na hata tafsiri zake hazina maswali ya Kenya.",
     "Reactions: wanjiku_ml, Kamau254 and 3 others"),
    ("wanjiku_ml", D(2026, 3, 2), None,
     f"MMLU peke yake haitoshi. Angalia {T('2206.04615')} - https://arxiv.org/pdf/2206.04615v3 - kuna tasks za "
     "Kiswahili humo ndani.\nPia lm-evaluation-harness ya EleutherAI inarun hizi zote kwa command moja.",
     "Reactions: otieno_dev"),
    ("Kamau254", D(2026, 3, 3), ("otieno_dev", "Swali: mnatumia benchmark gani kupima LLM? Nimeona wengi wanaquote MMLU tu."),
     "Kwa chatbot, multiple choice haisaidii sana. Sisi tunatumia LLM kama jaji, kama kwenye "
     f"{T('2306.05685')} https://arxiv.org/abs/2306.05685\nLakini jaji mwenyewe ana bias ya majibu marefu, kuweni "
     "makini.", "Reactions: otieno_dev, nyambura_codes"),
    ("otieno_dev", D(2026, 3, 3), None,
     "Asanteni wakuu. Tatizo lingine: tunaweka policy documents ndefu kwenye prompt na model inasahau vitu vya "
     "katikati 🤦🏾‍♂️", None),
    ("nyambura_codes", D(2026, 3, 3), None,
     f"Hiyo ni {T('2307.03172')}, http://arxiv.org/abs/2307.03172 - weka habari muhimu mwanzoni au mwishoni mwa "
     "context.\nAu tumieni retrieval. Kuna paper ya zamani ya Facebook, "
     f"{T('2010.00904')}, inaonyesha jinsi ya ku-generate majina ya entities moja kwa moja.",
     "Reactions: otieno_dev, Kamau254 and 1 other"),
    ("wanjiku_ml", D(2026, 3, 4), None,
     "Kwa wateja wanaotuma picha za risiti kwenye WhatsApp, jaribuni multimodal: "
     f"{T('2301.12597')}, https://arxiv.org/abs/2301.12597v3\nInafanya kazi vizuri kwa Kiingereza, Kiswahili bado.",
     None),
    ("Kamau254", D(2026, 3, 4), ("wanjiku_ml", "Kwa wateja wanaotuma picha za risiti kwenye WhatsApp, jaribuni multimodal"),
     f"Sasa mnaanza kuongea kama DeepMind 😂 {T('2205.06175')} ndiyo ilikuwa ndoto ya model moja kwa kila kitu.\n"
     "Sisi tuanze na kitu kinachofanya kazi na M-Pesa statements kwanza.", "Reactions: dev_mombasa"),
    ("dev_mombasa", D(2026, 3, 5), None,
     "Kama mnataka kuelewa model inaangalia nini ndani, nilitumia "
     f"{T('2103.14625')} kwenye semina ya Masakhane - inasaidia kuonyesha attention heads kwa wanafunzi.\n"
     "Pia blog post ya Jay Alammar, The Illustrated Transformer, bado ni nzuri kwa mwanzo.", None),
    ("otieno_dev", D(2026, 3, 6), None,
     "Update: tumeanza na lm-evaluation-harness + judge ya mtindo wa MT-Bench kwa maswali 300 ya wateja wetu.\n"
     "Nitarudi na matokeo. Asanteni wote 🙏", "Reactions: wanjiku_ml, Kamau254 and 4 others"),
]
assert [p[1] for p in POSTS] == sorted(p[1] for p in POSTS)
for i, (u, d, q, _, _) in enumerate(POSTS):
    assert USERS[u][1] <= d
    if q: assert any(p[0] == q[0] and q[1] in p[3] for p in POSTS[:i])
out = ["KenyaTalk", "Forums", "What's new", "Members", "Log in", "Register", "",
       "Forums  Technology  Programming & Software", "", TITLE,
       f"Thread starter {POSTS[0][0]} Start date {xd(POSTS[0][1])}", ""]
for n, (u, d, q, text, reac) in enumerate(POSTS, 1):
    title, joined, msgs, rs = USERS[u]
    out += [u, title, "Joined", xd(joined), "Messages", f"{msgs:,}", "Reaction score", f"{rs:,}", xd(d), f"#{n}"]
    if q:
        out += [f"{q[0]} said:", q[1], "Click to expand..."]
    out += text.split("\n")
    if reac: out.append(reac)
    out.append("")
out += ["You must log in or register to reply here."]
text = "\n".join(out) + "\n"
write_only(F, text, keys(F))
