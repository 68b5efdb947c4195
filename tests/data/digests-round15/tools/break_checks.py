#!/usr/bin/env python3
"""Breaks a scratch copy of round15 one case at a time and runs validate.py on it (scratch only)."""
import base64, hashlib, json, os, re, shutil, subprocess, zipfile

SRC = "/work/round15"
W = "/tmp/round15-scratch/break"
D = W + "/digests"


def fresh():
    if os.path.exists(W): shutil.rmtree(W)
    shutil.copytree(SRC, W, ignore=shutil.ignore_patterns("tools"))


def path(n):
    return next(os.path.join(D, f) for f in os.listdir(D) if f.startswith(str(n) + "_"))


def rd(n):
    return open(path(n), encoding="utf-8", newline="").read()


def wr(n, s):
    open(path(n), "w", encoding="utf-8", newline="").write(s)


def sub1(n, old, new, count=1):
    s = rd(n)
    assert old in s, (n, old)
    wr(n, s.replace(old, new, count))


def rezip(n, edit=None, mimetype_deflated=False):
    p = path(n)
    z = zipfile.ZipFile(p)
    items = [(i, z.read(i.filename)) for i in z.infolist()]
    z.close()
    with zipfile.ZipFile(p, "w") as out:
        for i, data in items:
            if edit: data = edit(i.filename, data)
            zi = zipfile.ZipInfo(i.filename, i.date_time)
            zi.compress_type = i.compress_type
            if i.filename == "mimetype" and mimetype_deflated: zi.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(zi, data)


def exp_edit(f):
    e = json.load(open(W + "/expected.json"))
    f(e)
    json.dump(e, open(W + "/expected.json", "w"), indent=1, ensure_ascii=False)


def recs(e, n):
    return e[next(k for k in e if k.startswith(str(n) + "_"))]


def json_edit(n, f, dump):
    d = json.loads(rd(n)); f(d); wr(n, dump(d))


CASES = []


def case(name):
    def deco(fn):
        CASES.append((name, fn)); return fn
    return deco


# 167 SRT
@case("167 one cue's CRLF turned into LF")
def _():
    sub1(167, "\r\n00:00:07,320", "\n00:00:07,320")


@case("167 cue 5 starts before cue 4 ends")
def _():
    s = rd(167); m = re.search(r"\r\n5\r\n(\d\d:\d\d:\d\d,\d{3})", s)
    wr(167, s.replace(m.group(0), "\r\n5\r\n00:00:20,000", 1))


@case("167 distractor 'Recurrent Memory Transformer' split over two cues")
def _():
    sub1(167, "Constant memory per step, but you cannot", "Or a Recurrent Memory")
    sub1(167, "parallelize over time,", "Transformer, one day.")


# 168 EPUB
@case("168 mimetype deflated")
def _():
    rezip(168, mimetype_deflated=True)


@case("168 ch004 dropped from the manifest")
def _():
    rezip(168, lambda fn, b: b.replace(b'    <item id="ch004_xhtml" href="text/ch004.xhtml" media-type="application/xhtml+xml" />\n', b"") if fn.endswith(".opf") else b)


@case("168 valid-shaped unlabelled id 2310.12345 in issue 44, on an over-long line")
def _():
    rezip(168, lambda fn, b: b.replace(b"Two papers to keep you honest.", b"Two papers to keep you honest (and a preprint, 2310.12345, that I have not read yet).") if fn.endswith("ch004.xhtml") else b)


# 169 OpenAlex
@case("169 re-serialised with indent=2")
def _():
    json_edit(169, lambda d: None, lambda d: json.dumps(d, indent=2, ensure_ascii=False))


@case("169 DACL's arXiv location pointing at another id than its DOI")
def _():
    sub1(169, '"landing_page_url":"https://doi.org/10.48550/arxiv.2011.04419"', '"landing_page_url":"https://doi.org/10.48550/arxiv.2011.04491"')


@case("169 the multi-view ICLR work given its OpenReview forum as landing page")
def _():
    s = rd(169)
    d = json.loads(s)
    w = next(w for w in d["results"] if w["title"].startswith("Self-supervised Learning from a Multi-view"))
    w["primary_location"]["landing_page_url"] = "https://openreview.net/forum?id=-bdp_8Itjwp"
    wr(169, json.dumps(d, ensure_ascii=False, separators=(",", ":")))


# 170 ENEX
@case("170 the PDF's en-media hash changed")
def _():
    s = rd(170); h = re.search(r'<en-media hash="([0-9a-f]{32})" type="application/pdf"', s).group(1)
    wr(170, s.replace(h, "0" * 32, 1))


@case("170 SAM web clip without its source-url")
def _():
    sub1(170, "      <source-url>https://arxiv.org/abs/2010.01412</source-url>\n", "")


@case("170 a base64 line of 80 characters")
def _():
    s = rd(170); m = re.search(r'<data encoding="base64">\n([A-Za-z0-9+/]{76})\n([A-Za-z0-9+/]{4})', s)
    wr(170, s.replace(m.group(0), f'<data encoding="base64">\n{m.group(1)}{m.group(2)}', 1))


# 171 FreeMind
@case("171 a raw ü in a TEXT value")
def _():
    sub1(171, 'TEXT="Humans"', 'TEXT="Humans (für Jakub)"')


@case("171 two nodes with one ID and an arrowlink to a missing node")
def _():
    s = rd(171); ids = re.findall(r'ID="(ID_\d+)"', s)
    s = s.replace(f'ID="{ids[5]}"', f'ID="{ids[4]}"', 1)
    s = s.replace('DESTINATION="ID_1530482216"', 'DESTINATION="ID_999"', 1)
    wr(171, s)


@case("171 a raw line break inside a TEXT value")
def _():
    sub1(171, "through&#xa;Stochastic", "through\nStochastic")


# 172 Nature refs
@case("172 reference 21 renumbered 22")
def _():
    sub1(172, "\n21.\n", "\n22.\n")


@case("172 a reference without its (year).")
def _():
    sub1(172, "Preprint at https://arxiv.org/abs/2304.02643 (2023).", "Preprint at https://arxiv.org/abs/2304.02643")


@case("172 'Generative adversarial networks' (pool, unlabelled) in a note")
def _():
    sub1(172, "skip.\n", "skip. (and Generative Adversarial Networks too)\n")


# 173 Matrix
@case("173 re-serialised with indent=2")
def _():
    json_edit(173, lambda d: None, lambda d: json.dumps(d, indent=2, ensure_ascii=False))


@case("173 the GCG reply pointing at a later event; the edit by another sender")
def _():
    def f(d):
        ms = d["messages"]
        gcg = next(e for e in ms if "Universal and Transferable" in e["content"].get("body", "") and "m.relates_to" in e["content"])
        gcg["content"]["m.relates_to"]["m.in_reply_to"]["event_id"] = ms[-1]["event_id"]
        ed = next(e for e in ms if e["content"].get("m.relates_to", {}).get("rel_type") == "m.replace")
        ed["sender"] = "@jkowal:matrix.org"
    json_edit(173, f, lambda d: json.dumps(d, indent=4, ensure_ascii=False))


@case("173 one event's age off by a second")
def _():
    def f(d):
        d["messages"][7]["unsigned"]["age"] += 1000
    json_edit(173, f, lambda d: json.dumps(d, indent=4, ensure_ascii=False))


# 174 MHTML
@case("174 two quoted-printable lines joined (soft break removed)")
def _():
    s = rd(174); i = s.index("=\r\n", 3000)
    wr(174, s[:i] + s[i + 3:])


@case("174 a bare '=' in the quoted-printable body")
def _():
    sub1(174, '<html lang=3D"pl-PL"', '<html lang="pl-PL"')


@case("174 distractor title hidden by quoted-printable soft breaks")
def _():
    sub1(174, "<p>ALBERT, DistilBERT", "<p>Convolutional Seq=\r\nuence to Sequence Learning =E2=80=93 nie tutaj. ALBERT, DistilBERT")


# 175 Taskwarrior
@case("175 one URL with unescaped slashes")
def _():
    sub1(175, r"https:\/\/arxiv.org\/pdf\/2004.11886.pdf", "https://arxiv.org/pdf/2004.11886.pdf")


@case("175 a completed task moved before the pending ones")
def _():
    s = rd(175); ls = s[2:-3].split(",\n")
    done = next(l for l in ls if l.startswith('{"id":0,'))
    ls.remove(done); ls.insert(3, done)
    wr(175, "[\n" + ",\n".join(ls) + "\n]\n")


@case("175 annotations written before the attributes")
def _():
    s = rd(175); ls = s[2:-3].split(",\n")
    d = json.loads(ls[0]); keys = ["id", "annotations"] + [k for k in d if k not in ("id", "annotations")]
    ls[0] = json.dumps({k: d[k] for k in keys}, separators=(",", ":"), ensure_ascii=False).replace("/", "\\/")
    wr(175, "[\n" + ",\n".join(ls) + "\n]\n")


# 176 yt-dlp
@case("176 re-serialised with indent=1")
def _():
    json_edit(176, lambda d: None, lambda d: json.dumps(d, indent=1) + "\n")


@case("176 playlist_count wrong and a thumbnail of another video")
def _():
    def f(d):
        d["playlist_count"] += 1
        d["entries"][2]["thumbnails"][0]["url"] = d["entries"][3]["thumbnails"][0]["url"]
    json_edit(176, f, lambda d: json.dumps(d) + "\n")


@case("176 valid-shaped id 2311.05555 in a talk title")
def _():
    sub1(176, "Students' Lightning Talks", "Students' Lightning Talks (incl. arXiv 2311.05555)")


# label edits
@case("label: Mamba's record removed from 167")
def _():
    exp_edit(lambda e: recs(e, 167).pop(next(i for i, r in enumerate(recs(e, 167)) if r["title"].startswith("Mamba"))))


@case("label: 172's Segment anything relabelled arxiv-text")
def _():
    def f(e):
        r = next(r for r in recs(e, 172) if r["title"] == "Segment anything"); r["evidence"] = "arxiv-text"
    exp_edit(f)


@case("label: 173's ReAct given SWE-bench's OpenReview id")
def _():
    def f(e):
        r = next(r for r in recs(e, 173) if r["title"].startswith("ReAct")); r["openreview_id"] = "VTF8yNQM66"
    exp_edit(f)


@case("label: 170's Smooth Adversarial Training title typo")
def _():
    def f(e):
        r = next(r for r in recs(e, 170) if r["title"] == "Smooth Adversarial Training"); r["title"] = "Smooth Adversarial Trainings"
    exp_edit(f)


@case("label: 175's GLAT relabelled title-only")
def _():
    def f(e):
        r = next(r for r in recs(e, 175) if r["title"].startswith("Glancing")); r["evidence"] = "title-only"; r["openreview_id"] = None
    exp_edit(f)


total = 0
fresh()
base = subprocess.run(["python3", W + "/validate.py"], capture_output=True, text=True)
print("unbroken:", base.returncode, sum(1 for l in base.stdout.splitlines() if l.startswith("ERROR")), "errors")
for name, fn in CASES:
    fresh()
    fn()
    r = subprocess.run(["python3", W + "/validate.py"], capture_output=True, text=True)
    errs = [l for l in r.stdout.splitlines() if l.startswith("ERROR")] + ([r.stderr.strip().splitlines()[-1]] if r.returncode not in (0, 1) else [])
    total += len(errs)
    print(f"[{len(errs)}] rc={r.returncode} {name}")
    for e in errs: print("      ", e[:170])
shutil.rmtree(W)
print("cases", len(CASES), "errors", total)
