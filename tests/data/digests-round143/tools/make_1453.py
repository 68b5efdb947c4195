#!/usr/bin/env python3
"""1453: a Kinopio space exported as JSON (Hebrew cards): a vision-language and robotics reading space — cards with
checkboxes (`[] ` / `[x] ` prefixes), `[[tags]]`, URLs with the URL previews Kinopio fetched (arXiv abs pages,
GitHub, YouTube; none for a PDF), boxes, connections and their types, the space's users; JSON.stringify's two-space
layout as remembered. The ids (21-character nanoids), coordinates and times are invented and deterministic; tag
records, connection ends and the space's updatedAt are computed from the modelled cards. Not papers: the open_clip
repository, the LAION-5B blog post, a meetup talk on YouTube, the summary card. Nicknames: T5, CLIP, ALIGN, SigLIP,
SayCan, RT-1 / RT-2, PaLM-E, Flamingo, Frozen — labelled where their titles are written in full."""
import datetime as dt, hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1453, keys

ALPH = "useandom-26T198340PX75pxJACKVERYMINDBUSHWOLF_GQZbfghjklqvwyzrict"


def nid(s):
    h = hashlib.sha256(s.encode()).digest()
    return "".join(ALPH[b & 63] for b in h[:21])


T0 = dt.datetime(2024, 5, 2, 8, 14, 22, 391000)


def iso(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + f"{d.microsecond // 1000:03d}Z"


USER = nid("user:noa")
SPACE = nid("space:vla")
# key, name, x, y, color, preview (url, title, description, image, favicon) or None, minutes after T0 (created, updated)
CARDS = [
 ("t5", f"[] T5 — {T('1910.10683')}\nhttps://arxiv.org/abs/1910.10683\nמקודד הטקסט של כמה ממודלי הרובוטיקה [[מקודד-טקסט]]", 120, 140, "#c9e4ff",
  ("https://arxiv.org/abs/1910.10683", f"[1910.10683] {T('1910.10683')}", "Transfer learning, where a model is first pre-trained on a data-rich task before being fine-tuned on a downstream task, has emerged as a powerful technique in natural language processing (NLP).", "https://arxiv.org/static/browse/0.3.4/images/arxiv-logo-fb.png", "https://arxiv.org/favicon.ico"), (0, 2)),
 ("flamingo", f"{T('2204.14198')}\nhttps://arxiv.org/pdf/2204.14198\nלקרוא פרקים 2–3 לפני יום ראשון [[שפה-ראייה]]", 120, 330, "#c9e4ff", None, (5, 9031)),
 ("rt2", f"[] {T('2307.15818')}\nhttps://arxiv.org/abs/2307.15818\nאיך הופכים פעולות רובוט לטוקנים? [[רובוטיקה]]", 620, 140, "#ffd9c2",
  ("https://arxiv.org/abs/2307.15818", f"[2307.15818] {T('2307.15818')}", "We study how vision-language models trained on Internet-scale data can be incorporated directly into end-to-end robotic control to boost generalization and enable emergent semantic reasoning.", "https://arxiv.org/static/browse/0.3.4/images/arxiv-logo-fb.png", "https://arxiv.org/favicon.ico"), (12, 40)),
 ("frozen", f"{T('2106.13884')} (arXiv:2106.13884)\nיובל מציג ב-19/5, מודל שפה קפוא + מקודד תמונה [[שפה-ראייה]]", 120, 520, "#c9e4ff", None, (20, 8870)),
 ("saycan", f"[x] {T('2204.01691')}\nנקרא! הסיכום בכרטיס הצהוב [[רובוטיקה]]", 620, 330, "#ffd9c2", None, (31, 10122)),
 ("clip", f"{T('2103.00020')}\nהבסיס של open_clip — לקרוא שוב את סעיף 2.3 [[שפה-ראייה]]", 360, 140, "#d6f5d6", None, (44, 60)),
 ("align", f"{T('2102.05918')}\nאותו רעיון כמו CLIP עם טקסט רועש יותר, לבדוק את גודל הבאץ' [[שפה-ראייה]]", 360, 330, "#d6f5d6", None, (47, 61)),
 ("siglip", f"[] {T('2303.15343')}\nלהשוות ל-CLIP בניסוי שלנו (באץ' 4k) [[שפה-ראייה]]", 360, 520, "#d6f5d6", None, (52, 11876)),
 ("openclip", "open_clip — המימוש שבו נשתמש\nhttps://github.com/mlfoundations/open_clip", 860, 140, None,
  ("https://github.com/mlfoundations/open_clip", "GitHub - mlfoundations/open_clip: An open source implementation of CLIP.", "An open source implementation of CLIP. Contribute to mlfoundations/open_clip development by creating an account on GitHub.", "https://opengraph.githubassets.com/1/mlfoundations/open_clip", "https://github.githubassets.com/favicons/favicon.svg"), (70, 71)),
 ("laion", "LAION-5B (פוסט בבלוג, לא מאמר)\nhttps://laion.ai/blog/laion-5b/", 860, 330, None, None, (73, 73)),
 ("talk", "הרצאה במיטאפ: מודלי ראייה-שפה-פעולה\nhttps://www.youtube.com/watch?v=Qm3vB8kZt2E", 860, 520, None,
  ("https://www.youtube.com/watch?v=Qm3vB8kZt2E", "Vision-Language-Action models in practice | ML Meetup TLV #41", "הרצאה מהמיטאפ של אפריל: RT-1, RT-2 ו-PaLM-E, ומה עובד אצלנו במעבדה.", "https://i.ytimg.com/vi/Qm3vB8kZt2E/hqdefault.jpg", "https://www.youtube.com/s/desktop/favicon.ico"), (90, 95)),
 ("summary", "סיכום SayCan: ציון = הסתברות LLM × פונקציית affordance; הבעיה אצלנו — אין לנו ערכי affordance לזרוע", 620, 520, "#fff3a8", None, (10130, 10131)),
]
BOXES = [("b1", "ראייה ושפה", 100, 100, 440, 560, "#e6f7e6"), ("b2", "רובוטיקה", 600, 100, 220, 560, "#fff0e6")]
CONNS = [("clip", "siglip", "ct1"), ("clip", "align", "ct1"), ("rt2", "saycan", "ct2"), ("saycan", "summary", "ct2"), ("t5", "rt2", "ct1")]
CTYPES = [("ct1", "קשור ל", "#8cb5f3"), ("ct2", "המשך של", "#f3a28c")]
TAGCOL = {"מקודד-טקסט": "#c9e4ff", "שפה-ראייה": "#9bd49b", "רובוטיקה": "#f5b88c"}


def when(m):
    return iso(T0 + dt.timedelta(minutes=m, seconds=(m * 7) % 60, milliseconds=(m * 37) % 1000))


cards = []
for i, (k, name, x, y, col, pv, (c, u)) in enumerate(CARDS):
    d = {"id": nid("card:" + k), "name": name, "x": x, "y": y, "z": i + 1, "color": col, "frameId": 0, "tilt": 0,
         "isLocked": False, "resizeWidth": 200, "shouldUpdateUrlPreview": False, "urlPreviewIsVisible": pv is not None}
    if pv:
        d.update(urlPreviewUrl=pv[0], urlPreviewTitle=pv[1], urlPreviewDescription=pv[2], urlPreviewImage=pv[3], urlPreviewFavicon=pv[4])
    d.update(userId=USER, spaceId=SPACE, createdAt=when(c), updatedAt=when(u))
    cards.append(d)
cid = {k: nid("card:" + k) for k, *_ in CARDS}
tags = []
for k, name, *_ in CARDS:
    for t_ in sorted(set(x.split("]]")[0] for x in name.split("[[")[1:])):
        tags.append({"id": nid(f"tag:{k}:{t_}"), "name": t_, "color": TAGCOL[t_], "cardId": cid[k], "spaceId": SPACE})
conns = [{"id": nid(f"conn:{a}:{b}"), "connectionTypeId": nid("ctype:" + t_), "startCardId": cid[a], "endCardId": cid[b],
          "path": f"m{CARDS[[c[0] for c in CARDS].index(a)][2] + 100},{CARDS[[c[0] for c in CARDS].index(a)][3] + 60} q0,40 {CARDS[[c[0] for c in CARDS].index(b)][2] - CARDS[[c[0] for c in CARDS].index(a)][2]},{CARDS[[c[0] for c in CARDS].index(b)][3] - CARDS[[c[0] for c in CARDS].index(a)][3]}",
          "directionIsVisible": True, "spaceId": SPACE, "userId": USER} for a, b, t_ in CONNS]
ctypes = [{"id": nid("ctype:" + k), "name": n, "color": c, "spaceId": SPACE, "userId": USER} for k, n, c in CTYPES]
boxes = [{"id": nid("box:" + k), "name": n, "x": x, "y": y, "resizeWidth": w, "resizeHeight": h, "color": c, "fill": "filled",
          "userId": USER, "spaceId": SPACE} for k, n, x, y, w, h, c in BOXES]
last = max(c["updatedAt"] for c in cards)
space = {"id": SPACE, "name": "קריאה: ראייה-שפה ורובוטיקה (סמסטר ב׳)", "privacy": "private", "moonPhase": "waxing-gibbous",
         "background": "", "backgroundTint": "#f2f7ff", "isTemplate": False, "showInExplore": False,
         "createdAt": iso(T0 - dt.timedelta(minutes=3)), "updatedAt": last, "editedAt": last,
         "users": [{"id": USER, "name": "noa-b", "color": "#b3a2f2"}], "collaborators": [],
         "cards": cards, "connections": conns, "connectionTypes": ctypes, "boxes": boxes, "tags": tags}
out = json.dumps(space, indent=2, ensure_ascii=False)
write_only(F1453, out, keys(F1453))
