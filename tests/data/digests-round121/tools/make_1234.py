#!/usr/bin/env python3
"""1234: a Bike outliner file (Hindi): a Kanpur-like vision group plans its May seminar in Bike (Hog Bay Software's
outliner) and shared the `.bike` file. Bike's format is an XHTML subset: the XML declaration, `<html>`, a head with
`<meta charset="utf-8"/>`, a body holding one root `<ul id="…">`; every row is `<li id="…">` (ids short base62
strings, unique) with a `<p>` (inline `<a href>`, `<strong>`, `<em>`, `<code>`; `<p/>` for an empty row) and, when it
has children, a nested `<ul>`; row types as `data-type` (heading, note, quote, task, ordered, unordered, hr), done
tasks with `data-done="…Z"`; two-space indentation; text escaped (`&amp;`). Papers linked to arXiv are links; rows
with `arXiv:…` and no link are arxiv-text; rows naming a paper with no link are title-only; the SAM optimizer
repository, the SA-1B and CheXpert pages, timm docs and a lecture video are not papers."""
import hashlib, os, re, sys
from html import escape
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1234, keys

B62 = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def rid(n):
    h = int(hashlib.sha256(f"bike-row-{n}".encode()).hexdigest(), 16)
    k, s = 2 + (h % 5 > 1), ""
    h //= 5
    for _ in range(k): s, h = s + B62[h % 62], h // 62
    return s


def a(url, text=None):
    return f'<a href="{escape(url)}">{escape(text or url)}</a>'


e = escape
# (depth, type, html of the p) ; type None = body row; children follow with depth+1
ROWS = [
 (0, "heading", "सेमिनार रूपरेखा — विज़न मॉडल: प्रशिक्षण और robustness (मई 2024)"),
 (1, "note", "हर गुरुवार शाम 4 बजे, कमरा KD-204; प्रस्तुति 25 मिनट + चर्चा 15 मिनट. संयोजक: डॉ. मीनाक्षी त्रिपाठी"),
 (1, "heading", "सप्ताह 1 (2 मई) — आर्किटेक्चर और ऑप्टिमाइज़र"),
 (2, "unordered", a("https://arxiv.org/abs/2004.08955", T("2004.08955")) + " — प्रस्तुति: अनन्या"),
 (2, "unordered", e(T("2010.01412")) + " — " + a("https://arxiv.org/abs/2010.01412", "arxiv.org/abs/2010.01412") + " — प्रस्तुति: कार्तिक"),
 (3, "note", "PyTorch में SAM ऑप्टिमाइज़र आधिकारिक नहीं है; " + a("https://github.com/davda54/sam", "davda54/sam") + " रिपॉज़िटरी इस्तेमाल करें (पेपर नहीं)"),
 (2, "unordered", "बैकबोन के लिए " + a("https://huggingface.co/docs/timm/index", "timm डॉक्यूमेंटेशन") + " — <code>timm.create_model('resnest50d')</code>"),
 (1, "heading", "सप्ताह 2 (9 मई) — प्री-ट्रेनिंग बनाम सेल्फ़-ट्रेनिंग"),
 (2, "unordered", e(T("2006.06882")) + " — लिंक नहीं मिला, रोहित ढूँढेगा"),
 (2, "unordered", e(T("2011.04419")) + " — <em>बिना लिंक</em>; DACL = mixup वाला contrastive"),
 (2, "task\tdone", "ImageNet-21k चेकपॉइंट सर्वर पर डाउनलोड करना (/data/ckpt)"),
 (1, "heading", "सप्ताह 3 (16 मई) — adversarial robustness"),
 (2, "unordered", e(T("2006.14536")) + " — arXiv:2006.14536 — प्रस्तुति: रोहित"),
 (2, "unordered", e(T("2307.15043")) + " (arXiv:2307.15043) — LLM पर हमला; तुलना के लिए, सिर्फ़ चर्चा"),
 (2, "quote", "“smooth activation से gradient quality सुधरती है” — पिछले साल की चर्चा से"),
 (1, "heading", "सप्ताह 4 (23 मई) — मेडिकल इमेजिंग और सेगमेंटेशन"),
 (2, "unordered", a("https://arxiv.org/pdf/2304.02643", T("2304.02643")) + " — प्रस्तुति: प्रिया"),
 (2, "unordered", e(T("2103.14339")) + " — <strong>केवल शीर्षक</strong>, PDF प्रिया के पास है"),
 (2, "unordered", "डेटासेट: " + a("https://ai.meta.com/datasets/segment-anything/", "SA-1B") + " और " + a("https://stanfordmlgroup.github.io/competitions/chexpert/", "CheXpert (leaderboard सहित)") + " — पेपर नहीं"),
 (1, "hr", None),
 (1, "heading", "काम"),
 (2, "task\tdone", "स्लाइड टेम्पलेट साझा करना"),
 (2, "task", "पिछले साल की रिकॉर्डिंग जोड़ना: " + a("https://www.youtube.com/watch?v=Hk3vPq7WmZs", "YouTube — vision seminar 2023, भाग 3")),
 (2, "task", "कमरा KD-204 बुक करना &amp; प्रोजेक्टर जाँचना"),
 (2, None, None),
]
DONE = iter(["2024-04-29T10:14:52Z", "2024-04-27T06:31:08Z"])
out = ['<?xml version="1.0" encoding="UTF-8"?>', "<html>", "  <head>", '    <meta charset="utf-8"/>', "  </head>",
       "  <body>", f'    <ul id="{rid(9001)}{rid(9002)}{rid(9003)}">']
stack = []  # open depths
base = 6
for i, (d, ty, p) in enumerate(ROWS):
    nxt = ROWS[i + 1][0] if i + 1 < len(ROWS) else 0
    ind = " " * (base + 4 * d)
    attrs = ""
    if ty:
        t, *flags = ty.split("\t")
        attrs = f' data-type="{t}"'
        if flags: attrs += f' data-done="{next(DONE)}"'
    out.append(f'{ind}<li id="{rid(i + 1)}"{attrs}>')
    out.append(f"{ind}  <p>{p}</p>" if p else f"{ind}  <p/>")
    if nxt > d:
        out.append(f"{ind}  <ul>")
        stack.append(d)
    else:
        out.append(f"{ind}</li>")
        while stack and stack[-1] >= nxt:
            dd = stack.pop()
            ii = " " * (base + 4 * dd)
            out += [f"{ii}  </ul>", f"{ii}</li>"]
out += ["    </ul>", "  </body>", "</html>"]
ids = re.findall(r'<li id="(\w+)"', "\n".join(out))
assert len(ids) == len(set(ids)), ids
text = "\n".join(out) + "\n"
import html as H
write_only(F1234, text, keys(F1234), forms=[H.unescape(text)])
