#!/usr/bin/env python3
"""Breaks a scratch copy of round44 one case at a time and runs validate.py on it (scratch only:
/tmp/round44-scratch/break, deleted afterwards). Every case must make validate.py report at least one ERROR.
With -v, each case's ERROR lines are shown under it. All round44 digests are UTF-8 text (459 ASCII with CRLF)."""
import json, os, quopri, shutil, subprocess, sys

SRC = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
W = "/tmp/round44-scratch/break"
D = W + "/digests"


def fresh():
    if os.path.exists(W): shutil.rmtree(W)
    shutil.copytree(SRC, W, ignore=shutil.ignore_patterns("tools", "__pycache__"))


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


def exp_edit(f):
    e = json.load(open(W + "/expected.json"))
    f(e)
    json.dump(e, open(W + "/expected.json", "w"), indent=1, ensure_ascii=False)


def recs(e, n):
    return e[next(k for k in e if k.startswith(str(n) + "_"))]


def rec(e, n, start):
    return next(r for r in recs(e, n) if r["title"].startswith(start))


CASES = []


def case(name):
    def deco(fn):
        CASES.append((name, fn)); return fn
    return deco


# ---- 457 Moodle
@case("457 séance numbering skips a numeral")
def _(): sub1(457, "Séance III —", "Séance IV —")
@case("457 a séance on a Tuesday")
def _(): sub1(457, "lundi 10 février 2025", "lundi 11 février 2025")
@case("457 a section without 'Marquer comme terminé'")
def _(): sub1(457, "\tMarquer comme terminé\n\nSéance II", "\nSéance II")
@case("457 deadline weekday wrong")
def _(): sub1(457, "dimanche 23 février 2025", "dimanche 24 février 2025")
@case("457 CRLF line endings")
def _(): wr(457, rd(457).replace("\n", "\r\n"))
# ---- 458 AsciiDoc
@case("458 toc::[] removed while :toc: macro stays")
def _(): sub1(458, "toc::[]\n", "")
@case("458 unbalanced ifdef")
def _(): sub1(458, "endif::[]\n", "")
@case("458 admonition block not closed")
def _(): sub1(458, "CONTRIBUTING].\n====", "CONTRIBUTING].")
@case("458 table cell dropped")
def _(): sub1(458, "|SSL in general\n", "")
@case("458 broken link macro bracket")
def _(): sub1(458, "link:https://arxiv.org/abs/2201.03545v2[", "link:https://arxiv.org/abs/2201.03545v2 ")
# ---- 459 raw e-mail
@case("459 LF line endings")
def _(): wr(459, rd(459).replace("\r\n", "\n"))
@case("459 Date header weekday wrong")
def _(): sub1(459, "Date: Fri, 26 Mar 2021 10:03:39 +0100", "Date: Thu, 26 Mar 2021 10:03:39 +0100")
@case("459 Subject not a forward")
def _(): sub1(459, "Subject: Fwd: cs daily", "Subject: cs daily")
@case("459 body line over 76 columns (soft break removed)")
def _():
    s = rd(459); i = s.index("=\r\n", s.index("quoted-printable\r\n\r\n"))
    wr(459, s[:i] + s[i + 3:])
def _qp_edit(old, new):
    s = rd(459)
    head, sep, rest = s.partition('Content-Transfer-Encoding: quoted-printable\r\n\r\n')
    body, sep2, tail = rest.partition("\r\n--0000")
    t = quopri.decodestring(body.encode()).decode("utf-8")
    old, new = old.replace("\n", "\r\n"), new.replace("\n", "\r\n")
    assert old in t, old
    wr(459, head + sep + quopri.encodestring(t.replace(old, new, 1).encode("utf-8")).decode("ascii") + sep2 + tail)
@case("459 record dated outside the window")
def _(): _qp_edit("Thu, 25 Mar 2021 13:23:12 GMT", "Fri, 26 Mar 2021 13:23:12 GMT")
@case("459 closing line size differs from the record's")
def _(): _qp_edit("2103.14167 ,  8861kb", "2103.14167 ,  8816kb")
@case("459 separator of 77 dashes")
def _(): _qp_edit("-" * 78 + "\n\\\\\narXiv:2103.14146", "-" * 77 + "\n\\\\\narXiv:2103.14146")
@case("459 linked id removed from the decoded text")
def _(): _qp_edit("( https://arxiv.org/abs/2103.14339 ,", "( https://arxiv.org/abs/ ,")
# ---- 460 APA
@case("460 references out of order")
def _():
    s = rd(460); a = s.index("Clark, K."); b = s.index("Conneau, A."); c = s.index("Gunasekar, S.")
    wr(460, s[:a] + s[b:c] + s[a:b] + s[c:])
@case("460 reference without platform links")
def _(): sub1(460, "arXiv:2003.10555\n\nGoogle Scholar\n", "arXiv:2003.10555\n")
@case("460 '&' missing before the last author")
def _(): sub1(460, "Howard, J., & Ruder, S.", "Howard, J., Ruder, S.")
@case("460 Accepted after Published")
def _(): sub1(460, "Accepted: 21 February 2024", "Accepted: 21 April 2024")
# ---- 461 BibTeX
@case("461 DataCite record without its curl line")
def _(): sub1(461, '% curl -LH "Accept: application/x-bibtex" https://doi.org/10.48550/arXiv.2101.03961\n', "")
@case("461 DataCite doi field differs from the key")
def _(): sub1(461, "doi = {10.48550/ARXIV.2208.07339}", "doi = {10.48550/ARXIV.2208.07393}")
@case("461 Crossref one-liner split over two lines")
def _(): sub1(461, "url={http://dx.doi.org/10.1109/SC41405.2020.00024}, ", "url={http://dx.doi.org/10.1109/SC41405.2020.00024},\n  ")
@case("461 duplicate key")
def _(): sub1(461, "@misc{dong2020autohas,", "@misc{peng2020pyglove,")
@case("461 unbalanced braces")
def _(): sub1(461, "  year      = {2019}\n", "  year      = {2019\n")
# ---- 462 Trello
@case("462 header column renamed")
def _(): sub1(462, "Card Description", "Description")
@case("462 card URL slug not the name's")
def _(): sub1(462, "4-a-generalist-agent", "4-generalist-agent")
@case("462 attachment count wrong")
def _(): sub1(462, "true,1,https://arxiv.org/abs/2205.06175", "true,2,https://arxiv.org/abs/2205.06175")
@case("462 timestamp without milliseconds")
def _(): sub1(462, "2024-02-06T17:00:00.000Z", "2024-02-06T17:00:00Z")
@case("462 list with two ids")
def _(): sub1(462, "65a1f0c2b7d94e2a1c3f8e04,Presentado", "65a1f0c2b7d94e2a1c3f8e09,Presentado")
# ---- 463 mbox
@case("463 unquoted From line in a body")
def _(): sub1(463, ">From my side", "From my side")
@case("463 footer Message ID differs")
def _(): sub1(463, "Message ID: grupo-llm-ufx/leituras/issues/212/1987001234@github.com", "Message ID: grupo-llm-ufx/leituras/issues/212/1987001235@github.com")
@case("463 Date weekday wrong")
def _(): sub1(463, "Date: Tue, 05 Mar 2024 08:03:38", "Date: Wed, 05 Mar 2024 08:03:38")
@case("463 mention footer without X-GitHub-Reason mention")
def _(): sub1(463, "X-GitHub-Reason: mention", "X-GitHub-Reason: subscribed")
@case("463 reply without In-Reply-To to the issue")
def _(): sub1(463, "In-Reply-To: <grupo-llm-ufx/leituras/issues/212@github.com>", "In-Reply-To: <grupo-llm-ufx/leituras/issues/211@github.com>")
# ---- 464 Xiaohongshu
@case("464 numbered item skipped")
def _(): sub1(464, "4️⃣", "9️⃣")
@case("464 topic tag without [话题]")
def _(): sub1(464, "#AIGC[话题]#", "#AIGC")
@case("464 comment dated before the note")
def _(): sub1(464, "03-13 北京", "03-01 北京")
# ---- 465 Hatena
@case("465 footer date differs from the date line")
def _(): sub1(465, "numata_cv 2024-02-11 22:48", "numata_cv 2024-02-12 22:48")
@case("465 目次 entry not a heading")
def _(): sub1(465, "・■ 番外編（ちょっと毛色の違うもの）", "・■ 番外編")
@case("465 最新記事 does not start with the article")
def _(): sub1(465, "最新記事\nViTを読む前に", "最新記事\nConvNeXtをtimmで動かしてみた\nViTを読む前に")
# ---- 466 Mastodon (negative)
@case("466 thread numbering gap")
def _(): sub1(466, "6/8 Fristen", "7/8 Fristen")
@case("466 timestamps out of order")
def _(): sub1(466, "12. Juni 2024, 09:05", "12. Juni 2024, 08:05")
@case("466 URL at a real host")
def _(): sub1(466, "https://codeberg.example.org/lanz-lab/slurm-rezepte", "https://codeberg.org/lanz-lab/slurm-rezepte")
@case("466 a catalogue title in the negative")
def _(): sub1(466, "Keine Paper-Empfehlungen diesmal", "Keine Paper-Empfehlungen außer Attention Is All You Need diesmal")
@case("466 an arXiv-shaped id in the negative")
def _(): sub1(466, "PyTorch 2.3, Lightning", "PyTorch 2.3, arXiv 2310.12345, Lightning")
# ---- digests: titles and ids
@case("a labelled title removed from its digest (457 LSTM)")
def _(): sub1(457, "« Long Short-Term Memory »", "« LSTM »")
@case("an unlabelled catalogue title added (465)")
def _(): sub1(465, "次回はSwinとConvNeXtあたり", "次回はA ConvNet for the 2020sあたり")
@case("a distractor title added (458)")
def _(): sub1(458, "A curated, opinionated list", "Efficient Transformers: A Survey. A curated, opinionated list")
@case("a title-only paper's arXiv id added (464 SDXL)")
def _(): sub1(464, "👉 官方代码在", "arXiv 2307.01952 👉 官方代码在")
@case("an unlabelled OpenReview id added (462)")
def _(): sub1(462, "https://lmarena.ai/ — captura", "https://lmarena.ai/ https://openreview.net/forum?id=abcdEFGH12 — captura")
@case("an arxiv-text paper given a link (460 XLM-R)")
def _(): sub1(460, "arXiv:1911.02116", "https://arxiv.org/abs/1911.02116")
# ---- labels
@case("label: wrong evidence (link recorded as title-only)")
def _(): exp_edit(lambda e: rec(e, 461, "GShard").update(evidence="title-only", arxiv_id=None))
@case("label: title misspelt")
def _(): exp_edit(lambda e: rec(e, 465, "Emerging").update(title="Emerging Properties of Self-Supervised Vision Transformers"))
@case("label: wrong true_arxiv_id")
def _(): exp_edit(lambda e: rec(e, 463, "DoRA").update(true_arxiv_id="2402.09354", arxiv_id="2402.09354"))
@case("label: OpenReview record with the wrong forum id")
def _(): exp_edit(lambda e: rec(e, 457, "Memformer").update(openreview_id="ZVBtN6B_6i7"))
@case("label: a label in the negative")
def _(): exp_edit(lambda e: recs(e, 466).append(dict(rec(e, 465, "Emerging"))))
@case("label: an odd-position (round45) paper added")
def _(): exp_edit(lambda e: recs(e, 458).append({"arxiv_id": None, "openreview_id": None, "title": "A Practical Survey on Faster and Lighter Transformers", "evidence": "title-only", "true_arxiv_id": "2103.14636"}))
@case("label: a paper in two round44 files")
def _(): exp_edit(lambda e: recs(e, 463).append(dict(rec(e, 462, "A Generalist Agent"))))
@case("label: a less-used paper left out (all 20-use papers must be in)")
def _(): exp_edit(lambda e: recs(e, 462).remove(rec(e, 462, "A Generalist Agent")))
@case("label: a file with 7 papers")
def _(): exp_edit(lambda e: [recs(e, 464).pop() for _ in range(1)])
@case("label: title-only share pushed past 0.50")
def _(): exp_edit(lambda e: [r.update(evidence="title-only", arxiv_id=None) for n in (459, 461) for r in recs(e, n) if r["evidence"] == "link" and not r["openreview_id"]])
@case("label: duplicate record")
def _(): exp_edit(lambda e: recs(e, 460).append(dict(rec(e, 460, "Toolformer"))))

tot = 0; bad = []
for name, fn in CASES:
    fresh(); fn()
    r = subprocess.run(["python3", W + "/validate.py"], capture_output=True, text=True)
    n = sum(1 for l in r.stdout.splitlines() if l.startswith("ERROR"))
    tot += n
    print(f"{n:3d}  {name}")
    if "-v" in sys.argv:  # show the errors each case produced
        for l in r.stdout.splitlines():
            if l.startswith("ERROR"): print("       " + l[:200])
    if n == 0 or r.returncode == 0: bad.append(name)
fresh()
r = subprocess.run(["python3", W + "/validate.py"], capture_output=True, text=True)
clean = sum(1 for l in r.stdout.splitlines() if l.startswith("ERROR"))
shutil.rmtree("/tmp/round44-scratch")
print(f"unbroken copy: {clean} errors (exit {r.returncode})")
print(f"cases {len(CASES)} errors {tot} cases without an ERROR: {', '.join(bad) if bad else 'none'}")
