#!/usr/bin/env python3
"""1193: a Crystal `icr` session (Hindi): a Pune student (अनन्या) reads her NLP reading list (`padhna.tsv`: title,
link-or-id, note) into icr and looks at it. `icr(1.11.2) > ` prompts, ` => ` results; Array(Array(String))#inspect on
one line; size, count of empty links, an each with puts (then ` => nil`) and exit. The file's second column is a URL,
an arXiv id as text, or empty (title only); one row is a lecture video. Every result is computed from the rows."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1193, keys, GLOVE

rows = [
 (GLOVE, "", "शब्द-सदिश; सह-घटना मैट्रिक्स पर आधारित। लिंक नहीं मिला, सिर्फ़ शीर्षक।"),
 (T("1409.0473"), "arXiv:1409.0473", "attention की शुरुआत; अनुवाद में alignment।"),
 (T("1706.03762"), "https://arxiv.org/abs/1706.03762", "ट्रांसफ़ॉर्मर; सबसे पहले यही पढ़ना है।"),
 (T("1810.04805"), "https://arxiv.org/pdf/1810.04805", "MLM + NSP; हिंदी के लिए mBERT से तुलना।"),
 (T("2003.10555"), "arXiv:2003.10555", "replaced token detection; कम compute में अच्छा।"),
 (T("2004.11886"), "", "मोबाइल के लिए हल्का ट्रांसफ़ॉर्मर; सिर्फ़ शीर्षक लिखा है।"),
 (T("2006.03654"), "https://arxiv.org/abs/2006.03654", "disentangled attention; SuperGLUE पर आगे।"),
 (T("2010.00904"), "", "GENRE: entity का नाम अक्षर-दर-अक्षर generate करना।"),
 ("Stanford CS224N व्याख्यान 8 (YouTube)", "https://www.youtube.com/watch?v=LWMzyfvuehA", "वीडियो — पेपर नहीं।"),
]


def ins(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


P = "icr(1.11.2) > "
out = ["$ icr", P + 'papers = File.read_lines("padhna.tsv").map(&.split(\'\\t\'))',
       " => [" + ", ".join("[" + ", ".join(ins(x) for x in r) + "]" for r in rows) + "]",
       P + "papers.size", f" => {len(rows)}",
       P + "papers.count { |p| p[1].empty? }", f" => {sum(1 for r in rows if not r[1])}",
       P + 'papers.each { |p| puts "#{p[0]} — #{p[1].empty? ? "(सिर्फ़ शीर्षक)" : p[1]}" }']
out += [f"{t} — {l if l else '(सिर्फ़ शीर्षक)'}" for t, l, n in rows]
out += [" => nil", P + "exit"]
text = "\n".join(out) + "\n"
write_only(F1193, text, keys(F1193))
