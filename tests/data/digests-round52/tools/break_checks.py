#!/usr/bin/env python3
"""Breaks a scratch copy of round52 (/tmp/round52-scratch, deleted afterwards) one case at a time and shows that
validate.py reports at least one ERROR for each; the unbroken copy must have none. -v prints each case's ERROR lines."""
import base64, hashlib, json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.dirname(HERE)
TMP = "/tmp/round52-scratch"
V = "-v" in sys.argv


def fname(n):
    return next(f for f in os.listdir(os.path.join(SRC, "digests")) if f.startswith(str(n)))


def rep(n, old, new, count=1):
    def f(d):
        p = os.path.join(d, "digests", fname(n)); s = open(p, encoding="utf-8", newline="").read()
        assert old in s, (n, old)
        open(p, "w", encoding="utf-8", newline="").write(s.replace(old, new, count))
    return f


def rx(n, pat, new):
    def f(d):
        p = os.path.join(d, "digests", fname(n)); s = open(p, encoding="utf-8", newline="").read()
        s2 = re.sub(pat, new, s, count=1, flags=re.M)
        assert s2 != s, (n, pat)
        open(p, "w", encoding="utf-8", newline="").write(s2)
    return f


def exp(fn):
    def f(d):
        p = os.path.join(d, "expected.json"); e = json.load(open(p)); fn(e)
        json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return f


def jfile(n, fn):
    def f(d):
        p = os.path.join(d, "digests", fname(n)); j = json.load(open(p)); fn(j)
        open(p, "w", encoding="utf-8").write(json.dumps(j, indent=2, ensure_ascii=(n == 538)) + "\n")
    return f


def readme_edit(old, new):
    """edit 538's README inside the base64 content, keeping sha / size consistent"""
    def fn(j):
        md = base64.b64decode(j["content"]).decode().replace(old, new, 1)
        raw = md.encode(); b = base64.b64encode(raw).decode()
        j["content"] = "\n".join(b[i:i + 60] for i in range(0, len(b), 60)) + "\n"
        j["size"] = len(raw); sha = hashlib.sha1(b"blob %d\0" % len(raw) + raw).hexdigest()
        for k in ("git_url",): j[k] = j[k].rsplit("/", 1)[0] + "/" + sha
        j["_links"]["git"] = j["git_url"]; j["sha"] = sha
    return jfile(538, fn)


def csvrow(iid, col, val):
    import csv, io
    def f(d):
        p = os.path.join(d, "digests", fname(542)); rows = list(csv.reader(open(p, encoding="utf-8", newline="")))
        i = rows[0].index(col)
        for r in rows[1:]:
            if r[0] == iid: r[i] = val
        buf = io.StringIO(); csv.writer(buf, lineterminator="\r\n").writerows(rows)
        open(p, "w", encoding="utf-8", newline="").write(buf.getvalue())
    return f


def first(e, n):
    return e[fname(n)]


CASES = [
 # label checks
 ("label: a record dropped (537)", exp(lambda e: first(e, 537).pop(0))),
 ("label: wrong evidence link->title-only (539)", exp(lambda e: first(e, 539)[0].update(evidence="title-only", arxiv_id=None))),
 ("label: title-only made arxiv-text (540)", exp(lambda e: first(e, 540)[4].update(evidence="arxiv-text", arxiv_id=first(e, 540)[4]["true_arxiv_id"]))),
 ("label: wrong true_arxiv_id (541)", exp(lambda e: first(e, 541)[0].update(true_arxiv_id="2201.03546"))),
 ("label: title changed (542)", exp(lambda e: first(e, 542)[0].update(title=first(e, 542)[0]["title"] + " Revisited"))),
 ("label: openreview id wrong (543)", exp(lambda e: first(e, 543)[3].update(openreview_id="r1gs9JgRX"))),
 ("label: a paper in two files (544 gets 545's first)", exp(lambda e: first(e, 544).append(dict(first(e, 545)[0])))),
 ("label: label in the negative (546)", exp(lambda e: first(e, 546).append(dict(first(e, 545)[4])))),
 ("label: paper at an even position (Efficient Transformers: A Survey's neighbour)", exp(lambda e: first(e, 545)[7].update(title="Language Models are Few-Shot Learners", true_arxiv_id="2005.14165"))),
 ("label: fewer than 8 papers (545)", exp(lambda e: [first(e, 545).pop() for _ in range(2)])),
 ("label: title-only share too low (537)", exp(lambda e: [r.update(evidence="link", arxiv_id=r["true_arxiv_id"]) for r in first(e, 537)[5:]])),
 # text-level leaks
 ("text: another file's title in 537", rep(537, "Okuma grubuna hatırlatma", "Mamba: Linear-Time Sequence Modeling with Selective State Spaces — okuma grubuna hatırlatma")),
 ("text: unlabelled arXiv id in 540", rep(540, "DOI: 10.18653/v1/P18-1031.", "arXiv:1801.06146.")),
 ("text: unlabelled valid-shaped id in 542", rep(542, "Gửi email cho phòng máy", "Xem 2403.01234. Gửi email cho phòng máy")),
 ("text: unlabelled OpenReview id in 544", rep(544, "组内语雀知识库", "https://openreview.net/forum?id=AbCdEf123 组内语雀知识库")),
 ("text: title-only paper gets its arXiv URL (543)", rep(543, "(NeurIPS 2021), cited", "(NeurIPS 2021, https://arxiv.org/abs/2106.05931), cited")),
 ("text: a labelled title removed (539)", rep(539, "Why Are Convolutional Nets More Sample-Efficient than Fully-Connected Nets?", "the CNN sample-efficiency paper")),
 ("text: catalogue title in the negative (546)", rep(546, "Жодних статей цього разу", "Attention Is All You Need — жодних статей цього разу")),
 ("text: arXiv-shaped number in the negative (546)", rep(546, "≈ 31 тис. записів", "≈ 2104.05521 записів")),
 ("text: 538 README leaks another title", readme_edit("## Frameworks", "## Frameworks\n\n- Mamba: Linear-Time Sequence Modeling with Selective State Spaces\n")),
 # 537 Google Tasks
 ("537: task key order", jfile(537, lambda j: j["items"][0]["items"].__setitem__(0, dict(reversed(list(j["items"][0]["items"][0].items())))))),
 ("537: selfLink of another list", rep(537, "https://www.googleapis.com/tasks/v1/lists/", "https://www.googleapis.com/tasks/v1/lists/X")),
 ("537: completed task with needsAction", rep(537, '"status": "completed"', '"status": "needsAction"')),
 ("537: due not at midnight", rx(537, r'"due": "(\d{4}-\d\d-\d\d)T00:00:00\.000Z"', r'"due": "\1T09:00:00.000Z"')),
 ("537: list updated stale", rep(537, '"updated": "2024-03-11T19:42:07.311Z",\n      "items"', '"updated": "2024-03-10T19:42:07.311Z",\n      "items"')),
 ("537: dangling parent", jfile(537, lambda j: j["items"][0]["items"][1].update(parent="nope"))),
 # 538 GitHub API
 ("538: size wrong", jfile(538, lambda j: j.update(size=j["size"] + 1))),
 ("538: sha wrong", jfile(538, lambda j: j.update(sha="0" * 40))),
 ("538: content lines too long", jfile(538, lambda j: j.update(content=j["content"].replace("\n", "", 3)))),
 ("538: README table row short", readme_edit(" | TMLR 2022 | — |", " | TMLR 2022 —|")),
 ("538: badge id differs from link", readme_edit("arXiv-2303.11366-b31b1b", "arXiv-2303.11367-b31b1b")),
 # 539 MHonArc
 ("539: markers out of order", rep(539, "<!--X-TopPNI-->", "<!--X-BotPNI-->")),
 ("539: subject differs", rep(539, "<h1>Fwd:", "<h1>Re:")),
 ("539: X-From-R13 wrong", rx(539, r"<!--X-From-R13: \w+", "<!--X-From-R13: Xbinpf")),
 ("539: unescaped < in body", rep(539, "&lt;<a rel=\"nofollow\" href=\"https://arxiv.org/abs/2103.13646\">", "<<a rel=\"nofollow\" href=\"https://arxiv.org/abs/2103.13646\">")),
 ("539: link text != href", rep(539, ">https://wiki.kepfeldolgozas", ">https://wiki2.kepfeldolgozas")),
 ("539: record id mismatch", rep(539, "arXiv:2103.14339\nDate", "arXiv:2103.14393\nDate")),
 ("539: record outside the window", rep(539, "Date: Fri, 26 Mar 2021 16:47:55 GMT", "Date: Sat, 27 Mar 2021 16:47:55 GMT")),
 ("539: address unmasked", rep(539, "szalai.bence@xxxxxxxxxx", "szalai.bence@kepfeldolgozas.example.hu")),
 # 540 ABNT
 ("540: page number skipped", rep(540, "                                                                                         89", "                                                                                         91")),
 ("540: alphabetical order broken", rep(540, "GOLDBERG, Y.", "ZOLDBERG, Y.")),
 ("540: bad ABNT month", rep(540, "Acesso em: 3 maio 2023", "Acesso em: 3 may 2023")),
 ("540: Acesso em without Disponível em", rep(540, "Disponível em: https://arxiv.org/abs/2006.03654v6.", "Ver https://arxiv.org/abs/2006.03654v6.")),
 ("540: entry without final period", rep(540, "v. 37).", "v. 37)")),
 ("540: no final form feed", rx(540, r"\f\Z", "")),
 # 541 ADS BibTeX
 ("541: bibcode does not fit eprint", rep(541, "@ARTICLE{2020arXiv200205709C", "@ARTICLE{2020arXiv200205790C")),
 ("541: ADS field misaligned", rep(541, "      journal = {arXiv e-prints}", "     journal = {arXiv e-prints}")),
 ("541: doi / eprint mismatch", rep(541, "doi = {10.48550/arXiv.1807.03748}", "doi = {10.48550/arXiv.1807.03749}")),
 ("541: duplicate key", rep(541, "@inproceedings{zhu2021deformable", "@inproceedings{tsai2021multiview")),
 ("541: unbalanced brace", rep(541, "{Hinton}, Geoffrey}", "{Hinton}, Geoffrey")),
 ("541: hand field indent", rep(541, "  year = {2022},\n  url = {https://arxiv", "    year = {2022},\n  url = {https://arxiv")),
 # 542 Linear CSV
 ("542: LF rows", lambda d: open(os.path.join(d, "digests", fname(542)), "w", newline="").write(open(os.path.join(SRC, "digests", fname(542)), newline="").read().replace("\r\n", "\n"))),
 ("542: ISO date instead of Date.toString", rep(542, "Fri Mar 01 2024 02:14:09 GMT+0000 (Coordinated Universal Time)", "2024-03-01T02:14:09.000Z")),
 ("542: Completed on a Todo issue", csvrow("NLP-206", "Completed", "Sat Mar 09 2024 07:44:58 GMT+0000 (Coordinated Universal Time)")),
 ("542: missing parent issue", csvrow("NLP-204", "Parent issue", "NLP-299")),
 ("542: unknown priority", rep(542, ",Urgent,", ",P0,")),
 ("542: header column renamed", rep(542, "Parent issue", "Parent")),
 # 543 Forgejo
 ("543: merge count disagrees", rep(543, "wants to merge 4 commits", "wants to merge 3 commits")),
 ("543: participants count", rep(543, "3 participants", "4 participants")),
 ("543: Reference number", rep(543, "vuoksi-diffusion#41", "vuoksi-diffusion#42")),
 ("543: hunk line without +", rep(543, "+## Conditioning on other views", "## Conditioning on other views")),
 ("543: no skip link", rep(543, "Skip to content\n", "")),
 # 544 Yuque
 ("544: heading without anchor", rx(544, r'^<a name="\w+"></a>\n(## 2\.)', r"\1")),
 ("544: block not closed", rep(544, "会快很多。\n:::", "会快很多。\n")),
 ("544: image not on Yuque CDN", rep(544, "https://cdn.nlark.com/yuque/", "https://i.imgur.example/yuque/")),
 ("544: table row short", rep(544, "| 第 2 周 | 反馈记忆 |", "| 第 2 周 反馈记忆 |")),
 ("544: font not closed", rep(544, "注意：</font>", "注意：")),
 # 545 Misskey
 ("545: id does not encode createdAt", jfile(545, lambda j: j[0].update(createdAt="2024-03-21T09:15:27.433Z"))),
 ("545: not newest first", jfile(545, lambda j: j.reverse())),
 ("545: reactionCount wrong", jfile(545, lambda j: j[3].update(reactionCount=99))),
 ("545: replyId != reply.id", jfile(545, lambda j: j[4].update(replyId="0000000000"))),
 ("545: MFM bracket open", rep(545, "$[x2 🍜]", "$[x2 🍜")),
 ("545: remote note without uri", jfile(545, lambda j: [n.pop("uri", None) for n in j[5:6] if "reply" in n and n["reply"].pop("uri", None)])),
 # 546 Buttondown
 ("546: bad nesting", rep(546, "</strong> — ML-мітап", "</em> — ML-мітап")),
 ("546: canonical differs", rep(546, '<link rel="canonical" href="https://buttondown.com/neurodigest-ua/archive/vypusk-18/">', '<link rel="canonical" href="https://buttondown.com/neurodigest-ua/archive/vypusk-19/">')),
 ("546: no subscribe form", rep(546, "/api/emails/embed-subscribe/", "/subscribe/")),
 ("546: lang", rep(546, '<html lang="uk">', '<html lang="en">')),
]


def fresh():
    shutil.rmtree(TMP, ignore_errors=True)
    os.makedirs(TMP)
    shutil.copytree(os.path.join(SRC, "digests"), os.path.join(TMP, "digests"))
    for x in ("expected.json", "validate.py"): shutil.copy(os.path.join(SRC, x), TMP)


def run():
    out = subprocess.run([sys.executable, os.path.join(TMP, "validate.py")], capture_output=True, text=True).stdout
    return [l for l in out.splitlines() if l.startswith("ERROR")]


fresh()
base = run()
print(f"unbroken copy: {len(base)} errors")
ok, total = not base, 0
for name, fn in CASES:
    fresh(); fn(TMP); errs = run(); total += len(errs)
    print(f"{'ok  ' if errs else 'MISS'} {name}: {len(errs)} error(s)")
    if V: [print("     ", e[:160]) for e in errs]
    ok &= bool(errs)
shutil.rmtree(TMP, ignore_errors=True)
print(f"cases {len(CASES)} errors {total} — {'every case caught' if ok else 'SOME CASES MISSED'}")
sys.exit(0 if ok else 1)
