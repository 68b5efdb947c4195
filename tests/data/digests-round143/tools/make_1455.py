#!/usr/bin/env python3
"""1455: a Cap'n Proto reading list (Persian comments and notes): an RL / AutoML group keeps its list as a binary
message; the student shows the schema (`cat`), decodes the message with `capnp decode` (the text format, pretty:
`( field = value,` lines, short structs and lists on one line, a list's items two columns deeper, closers attached to
the last line, enumerants by name, unset pointer fields left out, strings C-escaped with only control bytes as octal,
so Persian stays raw) and counts the `--short` form with `wc -c`. The text and the byte count are computed from the
modelled message; the schema id (high bit set) and names are invented. Not papers: the D4RL repository, the PyGlove
docs, a recorded talk. Nicknames: DT, TT, AlphaGo Zero, Expire-Span, DARTS, SBERT — labelled where their titles are
written in full."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1455, AGZ, keys

ITEMS = [  # title, link, kind, note, week, read
 (T("2106.01345"), "https://arxiv.org/abs/2106.01345", "paper", "هفتهٔ ۳ — ارائهٔ سارا؛ مقایسه با CQL روی D4RL", 3, True),
 (T("2106.02039"), None, "paper", "arXiv:2106.02039 — همان ایدهٔ DT ولی با beam search", 3, True),
 (T("2105.06548"), f"https://openreview.net/forum?id={OR('2105.06548')}", "paper", "حافظه با تاریخ انقضا؛ برای عامل‌های طولانی‌مدت", 4, False),
 (T("2101.08809"), "https://arxiv.org/pdf/2101.08809", "paper", "برنامه‌نویسی نمادین برای جست‌وجوی AutoML", 5, False),
 (T("2108.04392"), None, "paper", "ICLR 2021 — چرا DARTS معماری بد انتخاب می‌کند", 5, False),
 (T("2101.03958"), None, "paper", "یادگیری خودِ تابع زیان RL با جست‌وجوی تکاملی؛ هنوز کسی برنداشته", 6, False),
 (AGZ, None, "paper", "Nature 2017 — PDF در پوشهٔ مشترک گروه", 6, False),
 (T("1908.10084"), None, "paper", "arXiv:1908.10084 — برای بازیابی حالت‌های مشابه در بافر تجربه", 7, False),
 ("D4RL", "https://github.com/Farama-Foundation/D4RL", "repo", "داده‌های آفلاین؛ نسخهٔ minari را هم ببینید", 3, True),
 ("PyGlove documentation", "https://pyglove.readthedocs.io/en/latest/", "docs", "آموزش «symbolic placeholders»", 5, False),
 ("Offline RL tutorial (recorded talk)", "https://www.youtube.com/watch?v=k9Pq2XuL0wE", "talk", "ضبط کارگاه؛ دقیقهٔ ۴۰ به بعد", 2, True),
]
OWNER = "گروه RL و AutoML — آزمایشگاه یادگیری ماشین، دانشکدهٔ کامپیوتر"
UPDATED = "2024-05-14"
SCHEMA = """@0xd3a1c9e07b42f815;
# فهرست مطالعهٔ گروه — فایل باینری: fehrest.bin
# پیوند خالی یعنی هنوز لینکی پیدا نکرده‌ایم

struct ReadingList {
  owner @0 :Text;
  updated @1 :Text;       # تاریخ میلادی، ISO
  items @2 :List(Item);
}

struct Item {
  title @0 :Text;
  link @1 :Text;          # اختیاری
  kind @2 :Kind;
  note @3 :Text;          # یادداشت فارسی
  week @4 :UInt8;         # هفتهٔ ارائه
  read @5 :Bool;
}

enum Kind {
  paper @0;
  repo @1;
  talk @2;
  docs @3;
}
"""


def cesc(s):
    o = ""
    for ch in s:
        b = ch.encode()
        if ch == '"': o += '\\"'
        elif ch == "\\": o += "\\\\"
        elif ch == "\n": o += "\\n"
        elif ch == "\t": o += "\\t"
        elif len(b) == 1 and (b[0] < 0x20 or b[0] == 0x7F): o += "\\%03o" % b[0]
        else: o += ch
    return o


def s_(x):
    return '"' + cesc(x) + '"'


def item_fields(it):
    t, l, k, n, w, r = it
    f = [("title", s_(t))]
    if l is not None: f.append(("link", s_(l)))
    f += [("kind", k), ("note", s_(n)), ("week", str(w)), ("read", "true" if r else "false")]
    return f


def flat_struct(fields):
    return "(" + ", ".join(f"{k} = {v}" for k, v in fields) + ")"


def flat():
    its = "[" + ", ".join(flat_struct(item_fields(i)) for i in ITEMS) + "]"
    return flat_struct([("owner", s_(OWNER)), ("updated", s_(UPDATED)), ("items", its)])


def pretty():
    o = f"( owner = {s_(OWNER)},\n  updated = {s_(UPDATED)},\n  items = [\n"
    parts = []
    for it in ITEMS:
        f = item_fields(it)
        parts.append("    ( " + ",\n      ".join(f"{k} = {v}" for k, v in f) + " )")
    return o + ",\n".join(parts) + " ] )\n"


P = "mahsa@rl-lab:~/fehrest$ "
out = P + "cat fehrest.capnp\n" + SCHEMA
out += P + "capnp decode fehrest.capnp ReadingList < fehrest.bin\n" + pretty()
out += P + "capnp decode --short fehrest.capnp ReadingList < fehrest.bin | wc -c\n" + f"{len(flat().encode()) + 1}\n"
out += P + "\n"
write_only(F1455, out, keys(F1455))
