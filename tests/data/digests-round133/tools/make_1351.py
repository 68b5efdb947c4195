#!/usr/bin/env python3
"""1351: an Emacs EWW bookmarks file (Hindi): a Pune-like vision lab's student (अनन्या) reads in EWW and keeps her
reading list as EWW bookmarks; she shared `~/.emacs.d/eww-bookmarks` with the group. The layout as remembered from
Emacs 29's eww-write-bookmarks: the `;; Auto-generated file; don't edit -*- mode: lisp-data -*-` line, then `pp` of the
list of plists — `((:url "…" :title "…" :time "…")`, one bookmark a line indented by one space, `))` at the end — newest
first (eww-add-bookmark pushes), titles as the pages' <title> (arXiv's `[id] title`, raw UTF-8, `\\"` escapes),
times as current-time-string (day space-padded). The GitHub repositories, the timm docs, a course page and the lab
wiki index are not papers; ResNet, PReLU, EfficientNet, BiT, SAM, Xavier init are nicknames."""
import os, sys, datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1351, keys, GLOROT

W = "https://wiki.drishti-lab.example.ac.in"
B = [  # oldest first; written newest first
 ("https://arxiv.org/abs/1512.03385", f"[1512.03385] {T('1512.03385')}", "2024-04-01 21:14:09"),
 ("https://proceedings.mlr.press/v9/glorot10a.html", GLOROT, "2024-04-01 21:26:44"),
 ("https://arxiv.org/abs/1502.01852", f"[1502.01852] {T('1502.01852')}", "2024-04-03 22:02:17"),
 (f"{W}/index.php/%E0%A4%AA%E0%A4%A0%E0%A4%A8_%E0%A4%B8%E0%A5%82%E0%A4%9A%E0%A5%80", "पठन सूची — दृष्टि लैब विकि", "2024-04-05 09:40:52"),
 ("https://arxiv.org/abs/1905.11946v5", f"[1905.11946] {T('1905.11946')}", "2024-04-08 20:11:35"),
 ("https://github.com/huggingface/pytorch-image-models", "GitHub - huggingface/pytorch-image-models: The largest collection of PyTorch image encoders / backbones. Including train, eval, inference, export scripts, and pretrained weights -- ResNet, ResNeXT, EfficientNet, NFNet, Vision Transformer (ViT), MobileNetV4, MobileNet-V3 & V2, RegNet, DPN, CSPNet, Swin Transformer, MaxViT, CoAtNet, ConvNeXt, and more", "2024-04-08 20:19:02"),
 ("https://ananya-notes.example.in/2024/04/bit.html", f"{T('1912.11370')} (arXiv:1912.11370) पर मेरे नोट्स — अनन्या का ब्लॉग", "2024-04-12 23:05:48"),
 ("https://arxiv.org/abs/2004.08955", f"[2004.08955] {T('2004.08955')}", "2024-04-16 19:47:30"),
 ("https://huggingface.co/docs/timm/models/resnest", "ResNeSt", "2024-04-16 19:52:13"),
 (f"{W}/index.php/%E0%A4%AC%E0%A5%88%E0%A4%A0%E0%A4%95_2024-04-23", f"बैठक 23 अप्रैल: {T('2010.01412')} — प्रस्तुति: रोहन", "2024-04-22 10:03:26"),
 ("https://github.com/davda54/sam", "GitHub - davda54/sam: SAM: Sharpness-Aware Minimization (PyTorch)", "2024-04-22 10:05:59"),
 ("https://dl-course.example.ac.in/courses/deep-learning-for-vision/week-4", "सप्ताह 4: बैच नॉर्मलाइज़ेशन और इनिशियलाइज़ेशन | कंप्यूटर दृष्टि के लिए गहन अधिगम", "2024-04-29 18:30:11"),
 (f"{W}/index.php/%E0%A4%AC%E0%A5%88%E0%A4%A0%E0%A4%95_2024-05-07", f"बैठक 7 मई: {T('2006.14536')} — \"SAT\" पर चर्चा", "2024-05-06 22:48:40"),
 ("https://drishti-lab.example.ac.in/people/", "लोग | दृष्टि लैब", "2024-05-13 11:17:04"),
]


def ctime(s):
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    return f"{d:%a %b} {d.day:2d} {d:%H:%M:%S} {d.year}"


def lstr(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


items = [f'(:url {lstr(u)} :title {lstr(t)} :time {lstr(ctime(w))})' for u, t, w in reversed(B)]
text = ";; Auto-generated file; don't edit -*- mode: lisp-data -*-\n(" + "\n ".join(items) + ")\n"
write_only(F1351, text, keys(F1351))
