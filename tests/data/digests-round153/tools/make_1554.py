#!/usr/bin/env python3
"""1554: a Georgian student's reading list (sia.json) explored in the QuickJS REPL (qjs): the file printed, parsed,
and queried — length, a forEach listing, a filter / map, one object shown in the REPL's literal form, a TypeError for
an index past the end, \\q. Every answer is computed from the modelled list."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1554)
PS = "gio@tbilisi-nlp:~/kitkhva$ "
P = "qjs > "
LIST = [
    {"title": T("1908.10084"), "url": "https://arxiv.org/abs/1908.10084", "note": "წინადადებების ემბედინგები — სემინარი 1"},
    {"title": T("1910.13461"), "url": "https://arxiv.org/abs/1910.13461", "note": "seq2seq წინასწარი წვრთნა, შევადაროთ T5-ს"},
    {"title": T("1910.10683"), "url": "https://arxiv.org/pdf/1910.10683v4", "note": "გრძელია! მხოლოდ მე-3 ნაწილი"},
    {"title": T("2104.08691"), "url": "arXiv:2104.08691", "note": "prompt tuning — ბმული ჯერ არ მაქვს, მხოლოდ id"},
    {"title": T("1802.05365"), "url": None, "note": "ELMo, NAACL 2018"},
    {"title": T("1301.3781"), "url": None, "note": "word2vec — კლასიკა, ლექტორმა გვირჩია"},
    {"title": T("2004.10102"), "url": None, "note": "EMNLP 2020, ყურადღების ანალიზი"},
    {"title": T("2402.09353"), "url": None, "note": "LoRA-ს გაუმჯობესება, ნინომ გამომიგზავნა"},
    {"title": "Hugging Face NLP Course — თავი 1", "url": "https://huggingface.co/learn/nlp-course/chapter1/1", "note": "კურსი, არა სტატია"},
]


def js(v):
    """the REPL's literal form of a value"""
    if v is None: return "null"
    if isinstance(v, str): return json.dumps(v, ensure_ascii=False)
    if isinstance(v, bool): return "true" if v else "false"
    if isinstance(v, (int, float)): return str(v)
    if isinstance(v, list): return "[ " + ", ".join(js(x) for x in v) + " ]" if v else "[]"
    return "{ " + ", ".join(f"{k}: {js(x)}" for k, x in v.items()) + " }"


def build():
    raw = "[\n" + ",\n".join("  " + json.dumps(x, ensure_ascii=False) for x in LIST) + "\n]\n"
    L = [PS + "qjs", 'QuickJS - Type "\\h" for help', P + 'print(std.loadFile("sia.json"))']
    L += raw.rstrip("\n").split("\n") + [""]  # the file's final newline and print()'s own
    L[-1:] = ["", "undefined"]
    L += [P + 'var L = JSON.parse(std.loadFile("sia.json"))', "undefined", P + "L.length", str(len(LIST)),
          P + "L.forEach((p, i) => print(i, p.title))"] + [f"{i} {p['title']}" for i, p in enumerate(LIST)] + ["undefined"]
    L += [P + "L.filter(p => !p.url).map(p => p.title)", js([p["title"] for p in LIST if not p["url"]])]
    L += [P + 'L.filter(p => p.url && p.url.startsWith("https://arxiv.org")).length',
          str(sum(1 for p in LIST if p["url"] and p["url"].startswith("https://arxiv.org")))]
    L += [P + "L[3]", js(LIST[3]), P + "L[9].title", "TypeError: cannot read property 'title' of undefined",
          "    at <eval> (<evalScript>)", P + "L[8].note", js(LIST[8]["note"]), P + "\\q", PS]
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
