#!/usr/bin/env python3
"""1095: an Israeli master's student keeps reading notes in Quiver (the programmer's notebook for macOS); this is the
`content.json` of one note (`<UUID>.qvnote/content.json`, written by Cocoa's NSJSONSerialization with pretty
printing: two-space indents, `"key" : value`, `/` escaped as `\\/`, non-ASCII raw UTF-8, no final newline): `title`
and `cells` — a text cell (Quiver's rich-text HTML: `<div>`s, `<b>`, `<a href>`), markdown cells, a LaTeX cell, a
code cell (`language` "python") and a sequence diagram cell. The notes are in Hebrew, the titles as the papers write
them. Colah's blog post, the d2l.ai chapter and the course page are not papers; "backprop", "LSTM", "Xavier init",
"DBN", "Bahdanau attention", "NTM", "Memformer" are nicknames."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, BACKPROP, LSTM, GLOROT, DBN

F = by_num(1095)
K = dict(bahdanau="1409.0473", memformer="2010.06891", ntm="1410.5401", norm="2004.10102",
         backprop=BACKPROP, lstm=LSTM, glorot=GLOROT, dbn=DBN)


def s(x):
    return json.dumps(x, ensure_ascii=False).replace("/", "\\/")


def ns(v, ind=0):
    sp = "  "
    if isinstance(v, dict):
        return "{\n" + ",\n".join(sp * (ind + 1) + s(k) + " : " + ns(x, ind + 1) for k, x in v.items()) + "\n" + sp * ind + "}"
    if isinstance(v, list):
        if not v: return "[\n\n" + sp * ind + "]"
        return "[\n" + ",\n".join(sp * (ind + 1) + ns(x, ind + 1) for x in v) + "\n" + sp * ind + "]"
    if isinstance(v, bool): return "true" if v else "false"
    if v is None: return "null"
    return s(v)


text_cell = ("<div><b>סמינר: ארכיטקטורות זיכרון וקשב — רשימת קריאה</b></div>"
             "<div>פגישות בימי שני 14:00, חדר 321 בבניין טאוב. המנחה ביקש לקרוא את הקלאסיקות לפני שמגיעים לטרנספורמרים.</div>"
             "<div><br></div>"
             "<div>דף הקורס: <a href=\"https://courses.cs.example.ac.il/236605/\">courses.cs.example.ac.il/236605</a></div>")
md1 = ("## קלאסיקות (אין בארכיב, יש PDF בתיקייה המשותפת)\n\n"
       f"1. Rumelhart, Hinton, Williams (1986). *{T(K['backprop'])}*. Nature 323.\n"
       f"2. Hochreiter, Schmidhuber (1997). *{T(K['lstm'])}*. Neural Computation 9(8).\n"
       f"3. Hinton, Osindero, Teh (2006). *{T(K['dbn'])}*. Neural Computation 18(7).\n"
       f"4. Glorot, Bengio (2010). *{T(K['glorot'])}*. AISTATS.\n\n"
       "הערה לעצמי: ב-LSTM המקורי אין forget gate! הוא נוסף רק אחר כך (Gers 2000). הסבר טוב וויזואלי: "
       "[Understanding LSTM Networks](http://colah.github.io/posts/2015-08-Understanding-LSTMs/).\n"
       "על אתחול Xavier יש גם פרק טוב ב-d2l: https://d2l.ai/chapter_multilayer-perceptrons/numerical-stability-and-init.html")
latex = ("\\delta_j = f'(net_j)\\sum_k \\delta_k w_{kj}, \\qquad \\Delta w_{ji} = -\\eta\\, \\delta_j\\, o_i\n\n"
         "\\mathrm{Var}[W] = \\frac{2}{n_{in} + n_{out}}")
md2 = ("## קשב וזיכרון חיצוני\n\n"
       f"- [{T(K['bahdanau'])}](https://arxiv.org/abs/1409.0473) — הקשב הראשון (additive). להשוות ל-alignment ב-MT הקלאסי.\n"
       f"- {T(K['ntm'])} — Graves, Wayne, Danihelka, arXiv:1410.5401. קריאה/כתיבה דיפרנציאבילית לזיכרון; לדלג על ניסויי ה-priority sort.\n"
       f"- [{T(K['memformer'])}](https://openreview.net/forum?id=_adSMszz_g9) — זיכרון חיצוני לטרנספורמר, הביקורות ב-OpenReview שוות קריאה.\n"
       f"- {T(K['norm'])} (arXiv:2004.10102, EMNLP 2020) — למה משקלי הקשב לבד מטעים: צריך להסתכל על הנורמה של ‖αf(x)‖.\n\n"
       "שאלה לפגישה: האם הזיכרון של Memformer הוא בעצם גרסה של ה-NTM עם קשב רך?")
code = ("import numpy as np\n\n"
        "def additive_attention(s_prev, H, W_a, U_a, v_a):\n"
        "    # s_prev: (d,), H: (T, 2h) — Bahdanau et al., eq. (6)\n"
        "    e = np.tanh(s_prev @ W_a + H @ U_a) @ v_a\n"
        "    a = np.exp(e - e.max())\n"
        "    a /= a.sum()\n"
        "    return a @ H, a\n")
diagram = ("Encoder->Attention: h_1 ... h_T\n"
           "Decoder->Attention: s_{i-1}\n"
           "Attention->Decoder: c_i = sum_j a_ij h_j\n"
           "Note right of Decoder: y_i = g(y_{i-1}, s_i, c_i)")
doc = {"title": "סמינר זיכרון וקשב — קריאה", "cells": [
    {"type": "text", "data": text_cell},
    {"type": "markdown", "data": md1},
    {"type": "latex", "data": latex},
    {"type": "markdown", "data": md2},
    {"type": "code", "language": "python", "data": code},
    {"type": "diagram", "diagramType": "sequence", "data": diagram},
]}
write_only(F, ns(doc), keys(F), forms=[json.dumps(doc, ensure_ascii=False)])
