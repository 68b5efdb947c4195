#!/usr/bin/env python3
"""Breaks a scratch copy of round20 one case at a time and runs validate.py on it (scratch only:
/tmp/round20-scratch/break, deleted afterwards). Every case must make validate.py report at least one ERROR."""
import json, os, re, shutil, subprocess

SRC = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
W = "/tmp/round20-scratch/break"
D = W + "/digests"


def fresh():
    if os.path.exists(W): shutil.rmtree(W)
    shutil.copytree(SRC, W, ignore=shutil.ignore_patterns("tools", "__pycache__"))


def path(n):
    return next(os.path.join(D, f) for f in os.listdir(D) if f.startswith(str(n) + "_"))


def rd(n):
    if n == 221: return open(path(n), "rb").read().decode("latin-1")
    return open(path(n), encoding="utf-8", newline="").read()


def wr(n, s):
    if n == 221: open(path(n), "wb").write(s.encode("latin-1")); return
    open(path(n), "w", encoding="utf-8", newline="").write(s)


def sub1(n, old, new, count=1):
    s = rd(n)
    assert old in s, (n, old)
    wr(n, s.replace(old, new, count))


def resub(n, pat, new, count=1):
    s = rd(n)
    s2, k = re.subn(pat, new, s, count=count)
    assert k, (n, pat)
    wr(n, s2)


def exp_edit(f):
    e = json.load(open(W + "/expected.json"))
    f(e)
    json.dump(e, open(W + "/expected.json", "w"), indent=1, ensure_ascii=False)


def recs(e, n):
    return e[next(k for k in e if k.startswith(str(n) + "_"))]


def rec(e, n, start):
    return next(r for r in recs(e, n) if r["title"].startswith(start))


def moji(s):
    return json.dumps(s.encode("utf-8").decode("latin-1"))[1:-1]


CASES = []


def case(name):
    def deco(fn):
        CASES.append((name, fn)); return fn
    return deco


# 217 Facebook Messenger JSON
@case("217 re-serialised with real UTF-8 (no mojibake escapes)")
def _():
    d = json.loads(rd(217))

    def fix(o):
        if isinstance(o, str): return o.encode("latin-1").decode("utf-8")
        if isinstance(o, dict): return {k: fix(v) for k, v in o.items()}
        if isinstance(o, list): return [fix(v) for v in o]
        return o
    wr(217, json.dumps(fix(d), indent=2, ensure_ascii=False))


@case("217 two messages swapped (no longer newest first)")
def _():
    d = json.loads(rd(217)); m = d["messages"]; m[3], m[4] = m[4], m[3]
    wr(217, json.dumps(d, indent=2))


@case("217 a reaction by someone not in the chat")
def _(): sub1(217, '"actor": "Tr', '"actor": "Xr')


@case("217 Toolformer given its abs link")
def _(): sub1(217, "Toolformer: Language Models Can Teach Themselves to Use Tools n", "Toolformer: Language Models Can Teach Themselves to Use Tools (https://arxiv.org/abs/2302.04761) n")


# 218 Aegisub ASS
@case("218 saved with LF line ends")
def _(): wr(218, rd(218).replace("\r\n", "\n"))


@case("218 an event ending before it starts")
def _(): sub1(218, "0:00:46.50,0:00:50.10,Default", "0:00:46.50,0:00:45.10,Default")


@case("218 a slide event in an undefined style")
def _(): sub1(218, ",Sign,slide,", ",Signs,slide,")


@case("218 an override block left open")
def _(): sub1(218, "{\\i1}Sigmoid Loss", "{\\i1Sigmoid Loss")


@case("218 SigLIP's line given its arXiv id")
def _(): sub1(218, "Pre-Training{\\i0}", "Pre-Training{\\i0} (arXiv:2303.15343)")


# 219 Databricks notebook source
@case("219 a Markdown line without its '# MAGIC ' prefix")
def _(): sub1(219, "# MAGIC ## Option B", "## Option B")


@case("219 a COMMAND separator without its empty lines")
def _(): sub1(219, "\n\n# COMMAND ----------\n\ndbutils.library", "\n# COMMAND ----------\ndbutils.library")


@case("219 a Python cell that does not compile")
def _(): sub1(219, "FA2_SPEEDUP = 1.7", "FA2_SPEEDUP = 1.7)")


@case("219 GShard given its abs link")
def _(): sub1(219, "# MAGIC and GShard: Scaling Giant Models with Conditional Computation and Automatic Sharding;",
                "# MAGIC and [GShard: Scaling Giant Models with Conditional Computation and Automatic Sharding](https://arxiv.org/abs/2006.16668);")


# 220 sqlite3 dump
@case("220 a note pointing to a paper that does not exist")
def _(): sub1(220, "INSERT INTO notes VALUES(5,6,", "INSERT INTO notes VALUES(5,16,")


@case("220 sqlite_sequence not equal to the last paper id")
def _(): sub1(220, "INSERT INTO sqlite_sequence VALUES('papers',12);", "INSERT INTO sqlite_sequence VALUES('papers',13);")


@case("220 a multi-line note written with a raw newline (not the shell's replace())")
def _(): sub1(220, "replace('Skip-gram + negative sampling (det senare i uppföljaren).\\nKöra om analogitestet på svenska vektorer?','\\n',char(10))",
                "'Skip-gram + negative sampling (det senare i uppföljaren).\nKöra om analogitestet på svenska vektorer?'")


@case("220 XLM-R's url pointed at its abs page")
def _(): sub1(220, "'https://aclanthology.org/2020.acl-main.747/'", "'https://arxiv.org/abs/1911.02116'")


# 221 ReportLab PDF
@case("221 an xref offset off by one")
def _(): resub(221, r"(xref\n0 \d+\n0000000000 65535 f \n\d{10} 00000 n \n)(\d{10})", lambda m: m.group(1) + "%010d" % (int(m.group(2)) + 1))


@case("221 a content stream's /Length one byte short")
def _(): resub(221, r"(/Filter \[ /ASCII85Decode /FlateDecode \] /Length )(\d+)", lambda m: m.group(1) + str(int(m.group(2)) - 1))


@case("221 the page tree counting three pages")
def _(): sub1(221, "/Count 2 ", "/Count 3 ")


@case("221 a link annotation outside the text frame")
def _(): resub(221, r"/Rect \[ \d(\d\d\.)", r"/Rect [ 0\1")  # same length: only the rectangle moves


@case("221 the /ID not the document's digest")
def _(): resub(221, r"/ID \n\[<([0-9a-f]{32})><([0-9a-f]{32})>\]", "/ID \n[<00000000000000000000000000000000><00000000000000000000000000000000>]")


# 222 Discourse topic JSON
@case("222 pretty-printed (not Rails' compact JSON)")
def _(): wr(222, json.dumps(json.loads(rd(222)), ensure_ascii=False, indent=2))


@case("222 a post's reply_count wrong")
def _(): sub1(222, '"reply_count":1,', '"reply_count":2,')


@case("222 a quote aside naming the wrong post")
def _(): sub1(222, 'data-post=\\"2\\"', 'data-post=\\"1\\"')


@case("222 AdaLoRA given its arXiv id")
def _(): sub1(222, "Parameter-Efficient Fine-Tuning।", "Parameter-Efficient Fine-Tuning (arXiv:2303.10512)।")


# 223 Wikidata SPARQL JSON
@case("223 compact JSON (not Blazegraph's layout)")
def _(): wr(223, json.dumps(json.loads(rd(223)), ensure_ascii=False))


@case("223 two rows out of ORDER BY ?published")
def _():
    d = json.loads(rd(223)); b = d["results"]["bindings"]; b[2], b[3] = b[3], b[2]
    import importlib.util
    spec = importlib.util.spec_from_file_location("m223", os.path.join(SRC, "tools", "make_223.py"))
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    wr(223, m.blaze(d))


@case("223 an unlabelled item whose fallback label is another Q-id")
def _(): sub1(223, '"value" : "Q107380119"', '"value" : "Q107380118"')


# 224 KOReader Lua
@case("224 a note with a raw newline inside the string")
def _(): sub1(224, "(Kaplan a kol.).\\\nPorovnat", "(Kaplan a kol.).\nPorovnat")


@case("224 stats counting one highlight too many")
def _(): sub1(224, '["highlights"] = 9,', '["highlights"] = 10,')


@case("224 percent_finished not last_page / doc_pages")
def _(): sub1(224, '["percent_finished"] = 0.25694444444444,', '["percent_finished"] = 0.26,')


@case("224 keys not in sorted order")
def _(): sub1(224, '    ["doc_pages"] = 144,\n    ["doc_path"] = "/mnt/onboard/Papers/2303.18223v13.pdf",',
                '    ["doc_path"] = "/mnt/onboard/Papers/2303.18223v13.pdf",\n    ["doc_pages"] = 144,')


# 225 Scrapbox export
@case("225 a line written by a user who is not in the project")
def _(): sub1(225, '"userId": "65a1f4a79d8e4b0017c4e2d9"', '"userId": "65a1f4a79d8e4b0017c4e2da"')


@case("225 a page whose first line is not its title")
def _(): sub1(225, '"text": "長文脈ベンチマーク"', '"text": "長文脈 ベンチマーク"')


@case("225 a table row with one cell too many")
def _(): sub1(225, "Big Bird: Transformers for Longer Sequences\\t[yamada]", "Big Bird: Transformers for Longer Sequences\\t[yamada]\\t済")


@case("225 Performer given its OpenReview link")
def _(): sub1(225, "6\\tRethinking Attention with Performers\\t", "6\\t[Rethinking Attention with Performers https://openreview.net/forum?id=Ua6zuk0WRH]\\t")


# 226 KML negative
@case("226 a final newline added")
def _(): wr(226, rd(226) + "\n")


@case("226 a placemark using a style that is not defined")
def _(): sub1(226, "<styleUrl>#icon-1602-7CB342</styleUrl>", "<styleUrl>#icon-1602-7CB343</styleUrl>")


@case("226 the poster-hall polygon left open")
def _(): sub1(226, "-123.1128,49.2893,0\n              </coordinates>", "-123.1127,49.2893,0\n              </coordinates>")


@case("226 the dinner booking made a valid-shaped id (2312.44120)")
def _(): sub1(226, "0913.44120", "2312.44120", 3)


@case("226 a catalogue title as the panel's name")
def _(): sub1(226, "Panel: Scaling Is Not Everything", "Panel: Scaling Laws for Neural Language Models")


# label edits
@case("label: 225's Mamba record removed")
def _(): exp_edit(lambda e: recs(e, 225).remove(rec(e, 225, "Mamba")))


@case("label: 217's MMLU relabelled as an arXiv link")
def _():
    def f(e): rec(e, 217, "Measuring")["evidence"] = "link"
    exp_edit(f)


@case("label: 220's vector-norms title with a hyphen the digest does not write")
def _():
    def f(e): rec(e, 220, "Attention Module")["title"] = "Attention Module is Not Only a Weight: Analyzing Transformers with Vector-Norms"
    exp_edit(f)


@case("label: 223's Decision Transformer relabelled arxiv-text")
def _():
    def f(e): rec(e, 223, "Decision Transformer")["evidence"] = "arxiv-text"
    exp_edit(f)


@case("label: 221's DDIM relabelled as an arXiv link")
def _():
    def f(e): r = rec(e, 221, "Denoising Diffusion Implicit"); r["openreview_id"] = None; r["arxiv_id"] = r["true_arxiv_id"]
    exp_edit(f)


total = 0
fresh()
base = subprocess.run(["python3", W + "/validate.py"], capture_output=True, text=True)
print("unbroken:", base.returncode, sum(1 for l in base.stdout.splitlines() if l.startswith("ERROR")), "errors")
failed_to_fail = []
for name, fn in CASES:
    fresh()
    fn()
    r = subprocess.run(["python3", W + "/validate.py"], capture_output=True, text=True)
    errs = [l for l in r.stdout.splitlines() if l.startswith("ERROR")] + ([r.stderr.strip().splitlines()[-1]] if r.returncode not in (0, 1) else [])
    total += len(errs)
    if not errs: failed_to_fail.append(name)
    print(f"[{len(errs)}] rc={r.returncode} {name}")
    for e in errs: print("      ", e[:170])
shutil.rmtree(W)
print("cases", len(CASES), "errors", total, "cases without an ERROR:", failed_to_fail or "none")
