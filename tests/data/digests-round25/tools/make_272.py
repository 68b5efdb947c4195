#!/usr/bin/env python3
"""272: a GitHub Discussions thread (category Q&A, with a marked answer) selected in the browser and pasted as text,
Telugu with English. The repository header and tabs, the title with its number, "<user> asked this question in Q&A",
"Answered by <user>", the opening post, "Replies: N comments · M replies", "Oldest Newest Top", every comment with
"Comment options", "<user>\\non <date>", role badges, "N replies" and the nested replies, the side panel (Category,
Labels, N participants) and the footer. Links lose their targets in a copy; only URLs written out remain."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write

OP = "raviteja-k"
opening = f"""ControlNet support జోడించే ముందు మనం ఏ papers చదవాలి? మన Telugu text-to-image model (SD 1.5 మీద fine-tune చేసింది) కి
ControlNet, DreamBooth style personalization రెండూ కావాలని users అడుగుతున్నారు. నాకు తెలిసినవి:

ControlNet: {T("2302.05543")} — https://arxiv.org/abs/2302.05543
{T("2208.12242")} (CVPR 2023)
Textual inversion: "{T("2208.01618")}"

ఇంకా ఏమైనా ముఖ్యమైనవి ఉంటే ఇక్కడ చెప్పండి. తెలుగు captions ఉన్న dataset (~18k images) మన HF dataset page లో ఉంది."""
comments = [
    ("sravani-dev", "Mar 4, 2024", [], f"""Background కోసం ముందుగా ఇవి చదవడం మంచిది:

{T("2105.05233")} https://arxiv.org/abs/2105.05233 — classifier guidance ఇక్కడే మొదలైంది
{T("2106.05931")} (NeurIPS 2021) — latent space లో score-based models, LDM కి ముందు
DALL·E 2 paper: {T("2204.06125")} (arXiv:2204.06125)

Lilian Weng గారి "What are Diffusion Models?" blog post కూడా చాలా బాగుంటుంది (paper కాదు కానీ).""",
     [(OP, "Mar 4, 2024", ["Maintainer", "Author"], "Thanks! LSGM గురించి తెలియదు, చదువుతాను."),
      ("sravani-dev", "Mar 5, 2024", [], "👍 Imagen paper కూడా ఉంది కానీ మనకు అంత అవసరం లేదు.")]),
    ("manoj-p", "Mar 5, 2024", ["Contributor"], f"""Editing feature కావాలంటే {T("2211.09800")} చూడండి — arXiv 2211.09800. మన demo కి "ఈ ఫోటోను వర్షాకాలంగా మార్చు"
లాంటి instructions పని చేస్తాయి.

Base model SDXL కి మార్చాలంటే: {T("2307.01952")}
https://arxiv.org/pdf/2307.01952

SD3 paper ({T("2403.03206")}) చదివాను, rectified flow బాగుంది కానీ weights license సమస్య.""",
     [(OP, "Mar 6, 2024", ["Maintainer", "Author"], "SDXL కి మారితే VRAM 24GB కావాలి, ప్రస్తుతానికి 1.5 తోనే ఉంటాం.")]),
    ("lakshmi-ai", "Mar 8, 2024", [], f"""Speed కోసం: {T("2303.01469")} — https://huggingface.co/papers/2303.01469 , 1–2 steps లో sampling.

Off-topic కానీ: audio వైపు వెళ్తే {T("2009.09761")}, 3D కోసం {T("2303.11328")} చూడండి. diffusers docs లో ControlNet pipeline ఉదాహరణ ఉంది.""",
     []),
    (OP, "Mar 9, 2024", ["Maintainer", "Author"], """అందరికీ ధన్యవాదాలు 🙏 Plan:
1. ControlNet (canny + pose) — v0.6.0
2. DreamBooth LoRA script — v0.7.0
3. Instruct editing — తర్వాత చూద్దాం
Reading list ను wiki page లో పెట్టాను.""", []),
]
ANSWER = 3  # index of the marked answer
nrep = sum(len(c[3]) if False else len(c[4]) for c in comments)
people = []
for c in [(OP,)] + comments + [r for c in comments for r in c[4]]:
    if c[0] not in people: people.append(c[0])

out = [
    "Skip to content", "Navigation Menu", "raviteja-k", "/", "telugu-sd", "", "Type / to search", "",
    "Code", "Issues", "12", "Pull requests", "3", "Discussions", "Actions", "Projects", "Wiki", "Security", "Insights", "",
    "ControlNet support కి ముందు ఏ papers చదవాలి? #58", "Answered by raviteja-k",
    f"{OP} asked this question in Q&A", f"ControlNet support కి ముందు ఏ papers చదవాలి?", "#58",
    f"@{OP}", OP, "on Mar 3, 2024 · 4 comments · 3 replies".replace("3 replies", f"{nrep} replies"),
    "Return to top", "Discussion options", "", OP, "on Mar 3, 2024", "Maintainer", "", opening, "", "You must be logged in to vote",
    "", f"Replies: {len(comments)} comments · {nrep} replies", "Oldest", "Newest", "Top", "",
]
for i, (who, date, badges, body, reps) in enumerate(comments):
    out += ["Comment options", "", who, f"on {date}"] + badges + [""]
    out += [body, ""]
    if i == ANSWER: out += ["Marked as answer", ""]
    out += ["You must be logged in to vote", ""]
    if reps:
        out += [f"{len(reps)} repl{'y' if len(reps) == 1 else 'ies'}", ""]
        for rw, rd, rb, rt in reps:
            out += [f"@{rw}", rw, f"on {rd}"] + rb + ["", rt, ""]
    if i == ANSWER: out += ["Answer selected by raviteja-k", ""]
out += ["Sign up for free to join this conversation on GitHub. Already have an account? Sign in to comment", "",
        "Category", "🙏", "Q&A", "Labels", "question", "documentation", "",
        f"{len(people)} participants", " ".join("@" + p for p in people), "", "Footer",
        "© 2024 GitHub, Inc.", "Footer navigation", "Terms", "Privacy", "Security", "Status", "Docs", "Contact",
        "Manage cookies", "Do not share my personal information", ""]
write("272_github_discussions_qa_thread_copied_text_telugu_diffusion_papers.txt", "\n".join(out))
