#!/usr/bin/env python3
"""Breaks a scratch copy of round163 (/tmp/round163-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round161's harness, with round163's cases; every digest is UTF-8; 1647, 1648, 1649 and 1653 end on a
bare prompt and 1655 and 1656 are one JSON line without a final newline.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round163-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1647, 1657)}
ENC = lambda n: "utf-8"


def sub(n, old, new, count=1, regex=False):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = open(p, "rb").read().decode(ENC(n))
        if regex:
            assert re.search(old, s, re.S), (n, old)
            s = re.sub(old, new, s, count=count, flags=re.S)
        else:
            assert old in s, (n, old)
            s = s.replace(old, new, count if count else -1)
        open(p, "wb").write(s.encode(ENC(n)))
    return fn


def append(n, extra):
    def fn(root):
        with open(os.path.join(root, "digests", D[n]), "ab") as fh: fh.write(extra.encode(ENC(n)))
    return fn


def recode(n, enc):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = open(p, "rb").read().decode(ENC(n))
        open(p, "wb").write(s.encode(enc))
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


CASES = {
 # 1647 timetrap
 "1647 duration": sub(1647, "1:34:43    Generating", "1:34:44    Generating"),
 "1647 subtotal": sub(1647, " " * 45 + "2:37:52", " " * 45 + "2:37:50"),
 "1647 total": sub(1647, "14:59:35", "14:59:36"),
 "1647 weekday": sub(1647, "Tue Mar 05, 2024", "Wed Mar 05, 2024"),
 "1647 end before start": sub(1647, "13:30:00 - 14:15:27   0:45:27", "14:30:00 - 14:15:27   0:45:27"),
 "1647 duration column": sub(1647, "0:45:27    xformers", "0:45:27 xformers"),
 "1647 no rule": sub(1647, "    " + "-" * 57 + "\n", ""),
 "1647 csv row missing": sub(1647, '"2024-03-08 08:40:07","2024-03-08 10:02:48","Transformer Quality in Linear Time – Gated Attention Unit, Vergleich mit Performer","lesen"\n', ""),
 "1647 csv sheet": sub(1647, 'Performer","lesen"', 'Performer","diss"'),
 "1647 sheet answer": sub(1647, 'Switching to sheet "lesen"', "Switched."),
 "1647 final newline": append(1647, "\n"),
 # 1648 Pinry
 "1648 count": sub(1648, '"count": 9,', '"count": 8,'),
 "1648 id order": sub(1648, "\n55\tseojun", "\n58\tseojun"),
 "1648 pin != row": sub(1648, '"username": "hyewon"', '"username": "minji"'),
 "1648 thumbnail size": sub(1648, '"height": 280', '"height": 281'),
 "1648 pin keys": sub(1648, '  "private": false,\n', ""),
 "1648 jq layout": sub(1648, '  "next": null,', '    "next": null,'),
 "1648 description ids": sub(1648, "\n52: ", "\n53: "),
 "1648 tsv fields": sub(1648, "\n55\tseojun\tdiffusion,basics\t", "\n55\tseojun diffusion,basics\t"),
 # 1649 AV-98
 "1649 link number": sub(1649, "[3 https] Switch", "[4 https] Switch"),
 "1649 long line": sub(1649, "Un seul expert par token, c'est élégant ; Lucas voudrait essayer sur nos\ndonnées.", "Un seul expert par token, c'est élégant ; Lucas voudrait essayer sur nos données."),
 "1649 gemtext left": sub(1649, "[6] Retour au gemlog\nAV-98> ls -l", "=> gemini://carnet.sillage.example.fr/gemlog/ Retour au gemlog\nAV-98> ls -l"),
 "1649 ls -l text": sub(1649, "[6] gemini://carnet.sillage.example.fr/gemlog/ Retour au gemlog", "[6] gemini://carnet.sillage.example.fr/gemlog/ Retour"),
 "1649 ls -l scheme": sub(1649, "[5] https://github.com/karpathy/nanoGPT", "[5] gemini://github.com/karpathy/nanoGPT"),
 "1649 banner": sub(1649, "Welcome to AV-98!", "Welcome!"),
 "1649 no q": sub(1649, "AV-98> q\n", ""),
 "1649 unknown link followed": sub(1649, "AV-98> 1\n", "AV-98> 9\n"),
 "1649 trailing blank": sub(1649, "six mois).\n", "six mois).  \n"),
 # 1650 FreeTube
 "1650 key order": sub(1650, '"viewCount":4831,"lengthSeconds":2714', '"lengthSeconds":2714,"viewCount":4831'),
 "1650 not compact": sub(1650, '"isLive":false,"type":"video","_id":"mJRtYyMYnXlDN4i1"', '"isLive": false,"type":"video","_id":"mJRtYyMYnXlDN4i1"'),
 "1650 progress": sub(1650, '"watchProgress":2714.0', '"watchProgress":2800.0'),
 "1650 watched order": sub(1650, '"timeWatched":1709626840000', '"timeWatched":1709426840000'),
 "1650 video id": sub(1650, '"videoId":"06670fcFdQK"', '"videoId":"06670fcFdQ"'),
 "1650 author id": sub(1650, '"authorId":"UCq2sm7x_inJiOiPxQuU8Sg4"', '"authorId":"q2sm7x_inJiOiPxQuU8Sg4"'),
 "1650 no final newline": sub(1650, r"\}\n$", "}", regex=True),
 # 1651 Notenik
 "1651 status": sub(1651, "Status: 4 - In Work", "Status: bezig"),
 "1651 field order": sub(1651, "Title: Leesgroep maart - training en representaties\n\nTags: leesgroep, promotie.hoofdstuk-4, representaties\n\n", "Tags: leesgroep, promotie.hoofdstuk-4, representaties\n\nTitle: Leesgroep maart - training en representaties\n\n"),
 "1651 timestamp": sub(1651, "Timestamp: 20240304094127", "Timestamp: 20240304094128"),
 "1651 unknown field": sub(1651, "Type: note", "Soort: note"),
 "1651 no body": sub(1651, "Body:\n\n", "Body: "),
 "1651 no blank line": sub(1651, "Seq: 3.2\n\n", "Seq: 3.2\n"),
 "1651 broken link": sub(1651, "](https://arxiv.org/abs/2006.06882)", "] (https://arxiv.org/abs/2006.06882)"),
 # 1652 Pweave
 "1652 python syntax": sub(1652, "sel.round(2)", "sel.round(2"),
 "1652 chunk options": sub(1652, "#+ carica, echo=True", "#+ carica echo=True"),
 "1652 duplicate chunk": sub(1652, "#+ grafico,", "#+ carica,"),
 "1652 title block": sub(1652, "#' % Giulia Ferrante", "#' Giulia Ferrante"),
 "1652 markdown marker": sub(1652, "#' # Risultati", "#'# Risultati"),
 "1652 chunk without code": sub(1652, "#+ ambiente, echo=False, results='verbatim'\n", "#+ ambiente, echo=False, results='verbatim'\n#' vuoto\n"),
 # 1653 request-pull
 "1653 shortlog count": sub(1653, "Sara Holm (2):", "Sara Holm (3):"),
 "1653 diffstat count": sub(1653, " lasning.md                    | 12 ++++++++++++", " lasning.md                    | 11 +++++++++++"),
 "1653 summary": sub(1653, "2 files changed, 25 insertions(+)", "2 files changed, 24 insertions(+)"),
 "1653 hunk header": sub(1653, "@@ -5,3 +5,15 @@", "@@ -5,3 +5,14 @@"),
 "1653 base hash": sub(1653, "since commit 2738ef73c", "since commit 3738ef73c"),
 "1653 branch": sub(1653, "  https://git.sprakteknologi.example.se/lasgrupp/lasgrupp-nlp.git lasvecka-10\n\nfor", "  https://git.sprakteknologi.example.se/lasgrupp/lasgrupp-nlp.git main\n\nfor"),
 "1653 authors unsorted": sub(1653, "Erik Lindqvist (2):\n      Läslista v. 10: T5 och BPE\n      Läslista: fler förslag till v. 11\n\nSara Holm (2):\n      Anteckningar om Sentence-BERT\n      Rätta länk och stavning i anteckningarna\n",
                                    "Sara Holm (2):\n      Anteckningar om Sentence-BERT\n      Rätta länk och stavning i anteckningarna\n\nErik Lindqvist (2):\n      Läslista v. 10: T5 och BPE\n      Läslista: fler förslag till v. 11\n"),
 "1653 patch line lost": sub(1653, "+- Biblioteket sentence-transformers används i Saras projekt om svenska myndighetstexter.\n", ""),
 "1653 final newline": append(1653, "\n"),
 # 1654 750words
 "1654 words": sub(1654, "Words:   133", "Words:   750"),
 "1654 date order": sub(1654, "Date:    2024-03-06", "Date:    2024-03-02"),
 "1654 header": sub(1654, "Minutes: 21", "Minuten: 21"),
 "1654 separator": sub(1654, "------ ENTRY ------\nDate:    2024-03-04", "----- ENTRY -----\nDate:    2024-03-04"),
 "1654 text changed": sub(1654, "Σύντομα σήμερα.", "Σύντομα σήμερα, πολύ σύντομα."),
 # 1655 diaspora*
 "1655 pretty printed": sub(1655, '{"version":"2.0",', '{"version": "2.0",'),
 "1655 guid": sub(1655, '"guid":"1d448d20e419559943b82b5f5ace9499"', '"guid":"1d448d20e41955994"'),
 "1655 post order": sub(1655, '"created_at":"2024-01-29T19:05:44Z"', '"created_at":"2024-01-10T19:05:44Z"'),
 "1655 comment parent": sub(1655, '"parent_guid":"4f3be4bd72eeb3fcd7545c08c07ebfac","text":"Un ThinkPad', '"parent_guid":"00000000000000000000000000000000","text":"Un ThinkPad'),
 "1655 author": sub(1655, '"author":"andreea@diaspora.retele-libere.example.ro","first_name"', '"author":"ana@diaspora.retele-libere.example.ro","first_name"'),
 "1655 final newline": append(1655, "\n"),
 # 1656 NewPipe
 "1656 service url": sub(1656, '"service_id":1,"url":"https://soundcloud.com/lofi-yunzhong"', '"service_id":0,"url":"https://soundcloud.com/lofi-yunzhong"'),
 "1656 channel id": sub(1656, "channel/UCHTJ071hTxehM5ttUjiKLDx", "channel/HTJ071hTxehM5ttUjiKLDx"),
 "1656 keys": sub(1656, '"app_version_int":996,', ""),
 "1656 repeated url": sub(1656, "https://xiaoyu-band.bandcamp.com", "https://www.youtube.com/channel/UCHTJ071hTxehM5ttUjiKLDx"),
 "1656 catalogue title in the negative": sub(1656, "深夜编程电台", "深夜编程电台 Segment Anything"),
 "1656 arXiv-shaped id in the negative": sub(1656, "纪录片精选频道", "纪录片精选频道 2402.01234"),
 # labels
 "title-only paper gets an id in 1651": sub(1651, "- {t} — vervangen".format(t="Smooth Adversarial Training"), "- Smooth Adversarial Training arXiv:2006.14536 — vervangen"),
 "title-only paper gets a link in 1653": sub(1653, "+- Funnel-Transformer: Filtering out Sequential Redundancy for Efficient Language Processing", "+- Funnel-Transformer: Filtering out Sequential Redundancy for Efficient Language Processing https://arxiv.org/abs/2006.03236"),
 "unlabelled catalogue id in 1652": sub(1652, "il seminario di giovedì", "il seminario (arXiv:2106.04560) di giovedì"),
 "other file's title in 1654": sub(1654, "Γέλασαν όλοι.", "Γέλασαν όλοι. Segment Anything"),
 "labelled title lost in 1650": sub(1650, "Multimodal Few-Shot Learning with Frozen Language Models", "Frozen"),
 "unlabelled OpenReview id in 1649": sub(1649, "cours CS324 de Stanford", "cours https://openreview.net/forum?id=M3Y74vmsMcY"),
 "distractor title in 1647": sub(1647, "nur überflogen", "LoRA+: Efficient Low Rank Adaptation of Large Models"),
 "arxiv-text id lost in 1655": sub(1655, "(arXiv:2208.07339)", "(NeurIPS 2022)"),
 "link lost in 1652": sub(1652, "https://arxiv.org/abs/1905.11946", "https://www.example.org/efficientnet"),
 "OpenReview link cut in 1648": sub(1648, "forum?id=PxTIG12RRHS", "forum?id=PxTIG12", count=0),
 "arxiv-text gets a link in 1647": sub(1647, "(arXiv:2001.04451)", "(https://arxiv.org/abs/2001.04451)"),
 "label in the negative": exp_edit(lambda e: e[D[1656]].append(dict(e[D[1655]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[1649]][5].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[1653]][2].update(title="Sentence-BERT")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[1647]][1].update(true_arxiv_id="2006.04769", arxiv_id="2006.04769")),
 "paper in two files": exp_edit(lambda e: e[D[1648]].append(dict(e[D[1650]][1]))),
 "even-position paper": exp_edit(lambda e: e[D[1650]].append({"arxiv_id": None, "openreview_id": None, "title": "Big Bird: Transformers for Longer Sequences", "evidence": "title-only", "true_arxiv_id": "2007.14062"})),
 "too few papers": exp_edit(lambda e: [e[D[1652]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[1654]] if r["evidence"] == "title-only" and r["true_arxiv_id"]]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[1655])),
}


def run(root):
    r = subprocess.run([sys.executable, os.path.join(root, "validate.py")], capture_output=True, text=True)
    return [l for l in r.stdout.splitlines() if l.startswith("ERROR")] + (["ERROR: crash " + r.stderr[-200:]] if r.returncode not in (0, 1) else []), r.returncode


def fresh():
    shutil.rmtree(SCR, ignore_errors=True)
    os.makedirs(SCR)
    for x in ("digests", "expected.json", "validate.py"):
        src = os.path.join(HERE, x)
        (shutil.copytree if os.path.isdir(src) else shutil.copy)(src, os.path.join(SCR, x))


fresh()
errs, rc = run(SCR)
assert not errs and rc == 0, errs
bad, total = [], 0
for name, fn in CASES.items():
    fresh(); fn(SCR)
    errs, rc = run(SCR)
    total += len(errs)
    if not errs or rc == 0: bad.append(name)
    if V: print(f"{name}:", *errs[:int(os.environ.get('BC_N', 3))], sep="\n   ")
shutil.rmtree(SCR, ignore_errors=True)
print(f"cases {len(CASES)} errors {total}" + (f"; NOT CAUGHT: {bad}" if bad else ""))
sys.exit(1 if bad else 0)
