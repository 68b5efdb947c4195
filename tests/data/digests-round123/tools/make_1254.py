#!/usr/bin/env python3
"""1254: a TreeLine 3 file (Bengali): a Dhaka-like vision group keeps its reading database in TreeLine (`পাঠ-তালিকা.trln`)
and shared the file. TreeLine 3 saves JSON with Python's json.dump(indent=0, sort_keys=True): every key sorted, each
value on its own line with no indentation, `\\uXXXX` escapes for all non-ASCII (so every Bengali letter is escaped), no
final newline. Top level: formats (each with fields [{fieldname, fieldtype, …}], formatname, outputlines, titleline),
nodes (children uids, data, format, uid — a 32-hex uuid) and properties (tlversion, topnodes). Text fields hold
TreeLine's HTML-ish text (`&amp;`, `<br />` for line breaks); ExternalLink fields hold `<a href="…">…</a>`; empty
fields are left out. arXiv links are links; an ArxivId field with no link is arxiv-text; four papers have no link or
id (one not on arXiv); the timm repository and docs, ImageNet's site, a course and a talk are not papers."""
import hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1254, keys, ALEXNET


def uid(s):
    h = bytearray(hashlib.md5(("trln:" + s).encode()).digest())
    h[6] = (h[6] & 0x0F) | 0x40; h[8] = (h[8] & 0x3F) | 0x80
    return h.hex()


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br />")


def link(u):
    return f'<a href="{u}">{u}</a>'


F = lambda n, t="Text", **kw: dict(fieldname=n, fieldtype=t, **kw)
FORMATS = [
 {"fields": [F("Name")], "formatname": "ROOT", "outputlines": ["<b>{*Name*}</b>"], "titleline": "{*Name*}", "childtype": "SECTION"},
 {"fields": [F("Name"), F("Note", lines=3)], "formatname": "SECTION", "outputlines": ["<b>{*Name*}</b>", "{*Note*}"], "titleline": "{*Name*}", "childtype": "PAPER"},
 {"fields": [F("Title"), F("Link", "ExternalLink"), F("ArxivId"), F("Year", "Number", format="#"), F("Status", "Choice", format="পড়িনি/পড়ছি/পড়েছি"), F("Note", lines=4)],
  "formatname": "PAPER", "outputlines": ["{*Title*} ({*Year*})", "{*Link*}", "{*Note*}"], "titleline": "{*Title*}"},
 {"fields": [F("Name"), F("Kind", "Choice", format="রিপোজিটরি/ডকুমেন্টেশন/ডেটাসেট/কোর্স/বক্তৃতা"), F("Link", "ExternalLink"), F("Note", lines=2)],
  "formatname": "RESOURCE", "outputlines": ["{*Name*} [{*Kind*}]", "{*Link*}"], "titleline": "{*Name*}"},
]
SECTIONS = [
 ("ব্যাকবোন: রেসনেট ও তার পরে", "সাপ্তাহিক সেমিনার, বৃহস্পতিবার বিকেল ৪টা\nকক্ষ ৩০৪ & অনলাইন", [
   {"Title": T("1512.03385"), "Link": link("https://arxiv.org/abs/1512.03385"), "Year": "2015", "Status": "পড়েছি", "Note": "ResNet; ২ মে আলোচনা হয়েছে"},
   {"Title": T("1502.01852"), "Year": "2015", "Status": "পড়েছি", "Note": "PReLU ও He initialization; লিংক এখনো যোগ করা হয়নি"},
   {"Title": ALEXNET, "Year": "2012", "Status": "পড়েছি", "Note": "NIPS 2012; arXiv-এ নেই\nপ্রিন্ট কপি লাইব্রেরিতে"},
   {"Title": T("2004.08955"), "Status": "পড়িনি", "Note": "শুধু শিরোনাম; কোড timm-এ আছে"},
 ]),
 ("স্কেলিং ও ট্রান্সফার", "মে মাসের দ্বিতীয়ার্ধ", [
   {"Title": T("1905.11946"), "Link": link("https://arxiv.org/abs/1905.11946"), "Year": "2019", "Status": "পড়ছি", "Note": "compound scaling"},
   {"Title": T("1912.11370"), "Link": link("https://arxiv.org/pdf/1912.11370v3"), "Year": "2019", "Status": "পড়িনি", "Note": "BiT; PDF সংস্করণ ৩"},
   {"Title": T("2106.10270"), "ArxivId": "2106.10270", "Year": "2021", "Status": "পড়িনি", "Note": "লিংক নেই, শুধু arXiv:2106.10270"},
   {"Title": T("2006.06882"), "Year": "2020", "Status": "পড়িনি", "Note": "শুধু শিরোনাম (নাফিসা যোগ করেছে)"},
 ]),
]
RES = [
 {"Name": "huggingface/pytorch-image-models", "Kind": "রিপোজিটরি", "Link": link("https://github.com/huggingface/pytorch-image-models"), "Note": "timm; মডেল ওজন এখান থেকে"},
 {"Name": "timm documentation", "Kind": "ডকুমেন্টেশন", "Link": link("https://huggingface.co/docs/timm/index")},
 {"Name": "ImageNet", "Kind": "ডেটাসেট", "Link": link("https://www.image-net.org/"), "Note": "ILSVRC-2012 সাবসেট, সার্ভার dl-02-এ"},
 {"Name": "CS231n: Deep Learning for Computer Vision", "Kind": "কোর্স", "Link": link("https://cs231n.stanford.edu/")},
 {"Name": "ব্যাকবোনের ইতিহাস — অতিথি বক্তৃতা (ইউটিউব)", "Kind": "বক্তৃতা", "Link": link("https://www.youtube.com/watch?v=Vr4nT8bQk2M")},
]
secs = []
for name, note, papers in SECTIONS:
    kids = [{"children": [], "data": {k: (v if k == "Link" else esc(v)) for k, v in p.items()}, "format": "PAPER", "uid": uid(p["Title"])} for p in papers]
    secs.append(({"children": [k["uid"] for k in kids], "data": {"Name": esc(name), "Note": esc(note)}, "format": "SECTION", "uid": uid(name)}, kids))
rkids = [{"children": [], "data": {k: (v if k == "Link" else esc(v)) for k, v in r.items()}, "format": "RESOURCE", "uid": uid(r["Name"])} for r in RES]
rsec = ({"children": [k["uid"] for k in rkids], "data": {"Name": esc("সহায়ক উপকরণ (পেপার নয়)")}, "format": "SECTION", "uid": uid("res")}, rkids)
root = {"children": [s["uid"] for s, _ in secs + [rsec]], "data": {"Name": esc("পাঠ-তালিকা — কম্পিউটার ভিশন গ্রুপ")}, "format": "ROOT", "uid": uid("root")}
nodes = [root]
for s, kids in secs + [rsec]:
    nodes.append(s); nodes.extend(kids)
doc = {"formats": FORMATS, "nodes": nodes, "properties": {"tlversion": "3.1.5", "topnodes": [root["uid"]]}}
text = json.dumps(doc, indent=0, sort_keys=True)
write_only(F1254, text, keys(F1254), forms=[json.dumps(doc, ensure_ascii=False)])
