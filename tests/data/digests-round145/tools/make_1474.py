#!/usr/bin/env python3
"""1474: a Kanbn board (Markdown files under .kanbn/) of a Hindi-speaking computer-vision reading group, shown in a
terminal: `cat .kanbn/index.md` (front matter with started / completed columns, the project heading and description,
one `## Column` per column listing `- [id](tasks/id.md)`), `ls -1 .kanbn/tasks/` and `head -n 30 .kanbn/tasks/*.md`
(`==> file <==` headers, a blank line between files, long files cut at 30 lines). Task ids are the task names in
param case (change-case splitting: ImageNet -> image-net, ViT -> vi-t, BEiT -> b-ei-t); front matter dates are
js-yaml ISO strings; the server runs with LANG=C.UTF-8, so ls and the glob sort bytewise. Everything is computed from
the modelled board. Not papers: the timm repository, a slides template, GPU booking. Nicknames: ResNet, PReLU, BiT,
BEiT, ViT, AlexNet, EfficientNet — labelled where the full titles are written."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1474, ALEXNET, keys


def param(name):
    s = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", name)
    s = re.sub(r"([A-Z])([A-Z][a-z])", r"\1 \2", s)
    return "-".join(w.lower() for w in re.split(r"[^A-Za-z0-9]+", s) if w)


def iso(d):
    return d + ".000Z"


# name, column, meta (created, updated, assigned, progress, tags, started, completed, due), description, subtasks,
# relations (type, task name), comments (author, date, text)
TASKS = [
 (ALEXNET, "Done", ("2024-03-28T09:10:00", "2024-04-05T12:31:40", "rohan", 1, ["classic", "paper"], "2024-04-01T08:00:00", "2024-04-05T12:31:40", None),
  "पहले सत्र का पेपर। NIPS 2012, कोई arXiv संस्करण नहीं; PDF समूह की ड्राइव में है।", [(True, "पेपर पढ़ना"), (True, "स्लाइड")], [], []),
 (T("1512.03385"), "Done", ("2024-03-28T09:12:00", "2024-04-12T11:05:19", "ananya", 1, ["classic", "paper"], "2024-04-06T08:00:00", "2024-04-12T11:05:19", None),
  "रेज़िड्युअल कनेक्शन वाला पेपर: https://arxiv.org/abs/1512.03385\n\nप्रस्तुति में बॉटलनेक ब्लॉक का चित्र ज़रूर दिखाएँ।",
  [(True, "पेपर पढ़ना"), (True, "स्लाइड"), (True, "timm में resnet50 चलाकर दिखाना")], [("requires", ALEXNET)],
  [("rohan", "2024-04-12T11:05:19", "बढ़िया प्रस्तुति, धन्यवाद!"), ("meera", "2024-04-12T11:40:02", "प्रश्नोत्तर के नोट्स wiki पर डाल दिए हैं।"),
   ("ananya", "2024-04-12T12:02:45", "स्लाइड: https://drive.cv-lab.example.in/s/resnet-week2")]),
 ("Book GPU slots", "Done", ("2024-04-02T06:00:00", "2024-04-03T07:22:10", "meera", 1, ["admin"], "2024-04-02T06:00:00", "2024-04-03T07:22:10", None),
  "लैब के दो A100 स्लॉट गुरुवार शाम के लिए।", [], [], []),
 (T("1502.01852"), "In Progress", ("2024-03-28T09:14:00", "2024-05-10T05:48:31", "vikram", 0.5, ["classic", "paper"], "2024-05-06T08:00:00", None, "2024-05-16T11:30:00"),
  "PReLU और He इनिशियलाइज़ेशन। arXiv:1502.01852 — धारा 2.2 पर ध्यान।", [(True, "पेपर पढ़ना"), (False, "स्लाइड")],
  [("requires", T("1512.03385"))], []),
 ("Setup timm environment", "In Progress", ("2024-04-20T10:00:00", "2024-05-09T14:15:00", "meera", 0.3, ["infra"], "2024-05-08T10:00:00", None, None),
  "https://github.com/huggingface/pytorch-image-models — सभी मॉडल चलाने के लिए साझा conda वातावरण।", [(True, "conda env"), (False, "ImageNet-val की कॉपी")], [], []),
 (T("2011.06182"), "Todo", ("2024-04-15T08:30:00", "2024-05-02T09:00:00", "ananya", 0, ["transfer", "paper"], None, None, "2024-05-23T11:30:00"),
  f"https://openreview.net/forum?id={OR('2011.06182')} — फ़ाइन-ट्यूनिंग में कॉन्ट्रास्टिव हेड।", [], [], []),
 (T("2106.08254"), "Todo", ("2024-04-15T08:32:00", "2024-05-02T09:01:00", "vikram", 0, ["ssl", "paper"], None, None, "2024-05-30T11:30:00"),
  "मास्क्ड इमेज मॉडलिंग: https://arxiv.org/pdf/2106.08254", [], [("requires", T("2106.10270"))], []),
 ("Presentation template", "Todo", ("2024-04-20T10:05:00", "2024-04-20T10:05:00", "rohan", 0, ["admin"], None, None, None),
  "सभी वक्ताओं के लिए एक जैसा टेम्पलेट (LaTeX beamer)।", [], [], []),
 (T("1905.11946"), "Backlog", ("2024-04-15T08:35:00", "2024-04-15T08:35:00", None, 0, ["paper"], None, None, None),
  "कंपाउंड स्केलिंग; ICML 2019।", [], [], []),
 (T("2106.10270"), "Backlog", ("2024-04-15T08:36:00", "2024-04-29T16:20:00", None, 0, ["paper", "vit"], None, None, None),
  "ViT को कम डेटा पर ट्रेन करने के नुस्खे; लिंक अभी जोड़ना है।", [], [], []),
 (T("1912.11370"), "Backlog", ("2024-04-15T08:37:00", "2024-04-15T08:37:00", None, 0, ["transfer", "paper"], None, None, None),
  "बड़े पैमाने पर प्री-ट्रेनिंग और ट्रांसफ़र।", [], [], []),
]
COLS = ["Backlog", "Todo", "In Progress", "Done"]


def task_md(t):
    name, col, (cr, up, who, prog, tags, st, co, due), desc, subs, rels, comms = t
    fm = [f"created: {iso(cr)}", f"updated: {iso(up)}"]
    if who: fm.append(f"assigned: {who}")
    fm.append(f"progress: {prog}")
    fm += ["tags:"] + [f"  - {x}" for x in tags]
    if st: fm.append(f"started: {iso(st)}")
    if co: fm.append(f"completed: {iso(co)}")
    if due: fm.append(f"due: {iso(due)}")
    s = "---\n" + "\n".join(fm) + "\n---\n\n" + f"# {name}\n\n{desc}\n"
    if subs: s += "\n## Sub-tasks\n\n" + "".join(f"- [{'x' if d else ' '}] {x}\n" for d, x in subs)
    if rels: s += "\n## Relations\n\n" + "".join(f"- [{r} {param(n)}]({param(n)}.md)\n" for r, n in rels)
    if comms: s += "\n## Comments\n\n" + "".join(f"- author: {a}\n  date: {iso(d)}\n  {x}\n" for a, d, x in comms)
    return s


INDEX = "---\nstartedColumns:\n  - 'In Progress'\ncompletedColumns:\n  - Done\n---\n\n# CV Reading Group 2024\n\n"
INDEX += "कंप्यूटर विज़न पठन समूह — हर गुरुवार 17:00, कमरा 204। हर कार्ड एक पेपर या एक तैयारी का काम है।\n"
for c in COLS:
    INDEX += f"\n## {c}\n\n" + "".join(f"- [{param(t[0])}](tasks/{param(t[0])}.md)\n" for t in TASKS if t[1] == c)
files = sorted((param(t[0]) + ".md", task_md(t)) for t in TASKS)
P = "ananya@cv-lab:~/reading-group$ "
out = P + "cat .kanbn/index.md\n" + INDEX
out += P + "ls -1 .kanbn/tasks/\n" + "".join(f + "\n" for f, _ in files)
out += P + "head -n 30 .kanbn/tasks/*.md\n"
out += "\n".join(f"==> .kanbn/tasks/{f} <==\n" + "".join(l + "\n" for l in md.split("\n")[:-1][:30]) for f, md in files)
out += P + "\n"
write_only(F1474, out, keys(F1474))
