#!/usr/bin/env python3
"""Breaks a scratch copy of round142 (/tmp/round142-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round140's harness, with round142's cases; 1437 has a BOM and CR LF, 1439, 1441 and 1442 are CR LF;
1439's parts are quoted-printable and are edited decoded, then encoded again.)"""
import json, os, re, shutil, subprocess, sys
from email import quoprimime
import quopri

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round142-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1437, 1447)}


def sub(n, old, new, count=1, regex=False):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = open(p, "rb").read().decode("utf-8")
        if regex:
            assert re.search(old, s, re.S), (n, old)
            s = re.sub(old, new, s, count=count, flags=re.S)
        else:
            assert old in s, (n, old)
            s = s.replace(old, new, count if count else -1)
        open(p, "wb").write(s.encode("utf-8"))
    return fn


def qp(part, old, new):
    """edit the decoded text of 1439's part 0 (text) or 1 (HTML) and encode it again"""
    def fn(root):
        p = os.path.join(root, "digests", D[1439])
        s = open(p, "rb").read().decode("ascii")
        hdr, body = s.split("\r\n\r\n", 1)
        segs = body.split("Content-Transfer-Encoding: quoted-printable\r\n\r\n")
        enc, rest = segs[part + 1].split("\r\n------=_Part", 1)
        txt = quopri.decodestring(enc.replace("\r\n", "\n").encode()).decode("utf-8").replace("\n", "\r\n")
        assert old in txt, old
        txt = txt.replace(old, new, 1)
        segs[part + 1] = quoprimime.body_encode(txt.encode("utf-8").decode("latin-1"), maxlinelen=76, eol="\r\n") + "\r\n------=_Part" + rest
        open(p, "wb").write((hdr + "\r\n\r\n" + "Content-Transfer-Encoding: quoted-printable\r\n\r\n".join(segs)).encode("ascii"))
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


CASES = {
 # 1437 OZ Report TXT
 "1437 no BOM": sub(1437, "\ufeff", ""),
 "1437 LF line ends": sub(1437, "\r\n", "\n", count=0),
 "1437 footer page number wrong": sub(1437, "- 2 / 3 -", "- 3 / 3 -"),
 "1437 page header missing": sub(1437, "\f2024학년도 2학기 강의계획서\tAIE6214-01\t고급 컴퓨터비전 특론\r\n", "\f"),
 "1437 credits do not add up": sub(1437, "3(3-0)", "3(2-0)"),
 "1437 grading does not add up": sub(1437, "비율(%)\t10\t20\t20\t20\t30\t100", "비율(%)\t10\t20\t20\t20\t25\t100"),
 "1437 competencies do not add up": sub(1437, "비율(%)\t30\t50\t20\t100", "비율(%)\t30\t40\t20\t100"),
 "1437 week date off the class day": sub(1437, "\t10/15\t", "\t10/16\t"),
 "1437 week numbers skip": sub(1437, "\r\n9\t10/29\t", "\r\n10\t10/29\t"),
 "1437 week row with a missing cell": sub(1437, "\t중간고사\t범위: 1~7주차", "\t중간고사 범위: 1~7주차"),
 "1437 reference numbers skip": sub(1437, "[6]\tG. Ghiasi", "[7]\tG. Ghiasi"),
 "1437 reference read in no week": sub(1437, "\t[4], 과제 1 제출", "\t과제 1 제출"),
 # 1438 CodeCommit README
 "1438 TOC anchor wrong": sub(1438, "(#длинный-контекст)", "(#длинный_контекст)"),
 "1438 clone URL without /v1/repos": sub(1438, "amazonaws.com/v1/repos/awesome-peft-ru", "amazonaws.com/repos/awesome-peft-ru"),
 "1438 grc URL malformed": sub(1438, "codecommit::eu-central-1://nlp-sso@awesome-peft-ru", "codecommit://eu-central-1/awesome-peft-ru"),
 "1438 console region mismatch": sub(1438, "/details?region=eu-central-1", "/details?region=eu-west-1"),
 "1438 another repository": sub(1438, "repositories/awesome-peft-ru/browse/refs", "repositories/awesome-lora-ru/browse/refs"),
 "1438 GitHub-style blob URL": sub(1438, "/browse/refs/heads/main/--/notebooks/02_qlora_70b.ipynb", "/blob/main/notebooks/02_qlora_70b.ipynb"),
 "1438 table row missing a cell": sub(1438, "| Vikhr | 7B | QA по базе знаний |", "| Vikhr | 7B |"),
 "1438 unbalanced link": sub(1438, "[huggingface/trl](https://github.com/huggingface/trl)", "[huggingface/trl(https://github.com/huggingface/trl)"),
 "1438 code fence unclosed": sub(1438, "pip install git-remote-codecommit\ngit clone codecommit::eu-central-1://nlp-sso@awesome-peft-ru\n```", "pip install git-remote-codecommit\ngit clone codecommit::eu-central-1://nlp-sso@awesome-peft-ru\n"),
 "1438 PR linked but never named": sub(1438, "pull-requests/17/details", "pull-requests/18/details"),
 "1438 no final newline": sub(1438, r"2024-08-07\.\n$", "2024-08-07.", regex=True),
 # 1439 eml
 "1439 LF line ends": sub(1439, "\r\n", "\n", count=0),
 "1439 Date weekday wrong": sub(1439, "Date: Tue, 11 Jun 2024", "Date: Wed, 11 Jun 2024"),
 "1439 Date not in Iran time": lambda root: (sub(1439, "08:47:31 +0330\r\nDate", "08:47:31 +0200\r\nDate")(root), sub(1439, "Date: Tue, 11 Jun 2024 08:47:31 +0330", "Date: Tue, 11 Jun 2024 08:47:31 +0200")(root)),
 "1439 Received before Date": sub(1439, "; Tue, 11 Jun 2024 08:47:31 +0330", "; Tue, 11 Jun 2024 07:47:31 +0330"),
 "1439 subject not encoded": sub(1439, r"Subject: =\?utf-8\?b\?.*?\r\n(?=MIME)", "Subject: Fwd: weekly digest\r\n", regex=True),
 "1439 boundary not closed": sub(1439, "1718084251877--\r\n", "1718084251877\r\n"),
 "1439 QP line too long": sub(1439, "=D8=AA=DA=AF=\r\n=DB=8C Zeta", "=D8=AA=DA=AF=DB=8C Zeta"),
 "1439 8-bit text in the body": sub(1439, "=D8=B3=D9=84=D8=A7=D9=85", "سلام"),
 "1439 forward weekday wrong": qp(0, "تاریخ: دوشنبه ۲۱ خرداد", "تاریخ: سه‌شنبه ۲۱ خرداد"),
 "1439 forward date after Date": qp(0, "۲۱ خرداد ۱۴۰۳", "۲۸ خرداد ۱۴۰۳"),
 "1439 forward block in another form": qp(0, "-------- پیام اصلی --------", "---------- Forwarded message ---------"),
 "1439 document count wrong": qp(0, "· 8 documents ·", "· 9 documents ·"),
 "1439 card missing from HTML": qp(1, "Lost in the Middle: How Language Models Use Long Contexts</a>", "Lost in the Middle</a>"),
 "1439 URL only in the text part": qp(0, "https://arxiv.org/abs/2310.11511", "https://arxiv.org/abs/2310.11511v2"),
 "1439 card date invalid": qp(0, "· arXiv · 20 Mar 2023", "· arXiv · 31 Feb 2023"),
 # 1440 Science references
 "1440 CR LF": sub(1440, "\n", "\r\n", count=0),
 "1440 entries out of order": sub(1440, "\n8. I. Gemp", "\n9. I. Gemp"),
 "1440 page numbers not consecutive": sub(1440, "·  ४८", "·  ४९"),
 "1440 running head missing": sub(1440, "४७\nयंत्रशिक्षण आणि विज्ञान  |  पुनरावलोकन\n", "४७\n"),
 "1440 six authors listed": sub(1440, "D. A. E. Acar et al., Federated", "D. A. E. Acar, Y. Zhao, R. M. Navarro, M. Mattina, P. N. Whatmough, V. Saligrama, Federated"),
 "1440 et al. after two authors": sub(1440, "T. Pfaff, M. Fortunato, A. Sanchez-Gonzalez, P. W. Battaglia, Learning", "T. Pfaff, M. Fortunato et al., Learning"),
 "1440 year missing": sub(1440, "Nature 323, 533–536 (1986).", "Nature 323, 533–536."),
 "1440 preprint in another form": sub(1440, "arXiv:2010.00554 [cs.LG] (2020).", "arXiv preprint arXiv:2010.00554, 2020."),
 "1440 arXiv year wrong": sub(1440, "arXiv:2010.08895 [cs.LG] (2020)", "arXiv:2010.08895 [cs.LG] (2021)"),
 "1440 citation beyond the list": sub(1440, "(8–11).", "(8–14)."),
 "1440 line too long": sub(1440, "2. J. Jumper et al., Highly accurate protein structure prediction with AlphaFold. Nature\n596", "2. J. Jumper et al., Highly accurate protein structure prediction with AlphaFold. Nature 596\n"),
 # 1441 RIS
 "1441 LF line ends": sub(1441, "\r\n", "\n", count=0),
 "1441 one space before the hyphen": sub(1441, "PY  - 1997", "PY - 1997"),
 "1441 record without ER": sub(1441, "ER  - \r\n\r\nTY  - CONF\r\nTI  - Sequence", "TY  - CONF\r\nTI  - Sequence"),
 "1441 unknown TY": sub(1441, "TY  - RPRT", "TY  - REPORT"),
 "1441 bad pages": sub(1441, "SP  - 1532\r\nEP  - 1543", "SP  - 1543\r\nEP  - 1532"),
 "1441 author not Surname, Given": sub(1441, "AU  - Hochreiter, Sepp", "AU  - Sepp Hochreiter"),
 "1441 profile id not 32 hex": sub(1441, r"profile\?id=[0-9a-f]{32}", "profile?id=12345", regex=True),
 "1441 record after 2021": sub(1441, "PY  - 2021\r\nPB  - 江南理工大学", "PY  - 2023\r\nPB  - 江南理工大学"),
 "1441 L1 not an arXiv PDF": sub(1441, "L1  - https://arxiv.org/pdf/2006.03654", "L1  - https://www.semanticscholar.org/paper/deberta"),
 "1441 THES without PB": sub(1441, "PB  - 江南理工大学\r\n", ""),
 # 1442 ERPNext CSV
 "1442 LF records": sub(1442, "\r\n", "\n", count=0),
 "1442 progress quoted": sub(1442, ",100.0,", ',"100.0",'),
 "1442 task names not consecutive": sub(1442, '"TASK-2024-00236"', '"TASK-2024-00237"'),
 "1442 unknown status": sub(1442, '"Pending Review"', '"In Review"'),
 "1442 unknown priority": sub(1442, '"Urgent"', '"Critical"'),
 "1442 end before start": sub(1442, '"2024-05-06","2024-05-17"', '"2024-05-17","2024-05-06"'),
 "1442 completed at 90%": sub(1442, '"Completed","Medium","2024-04-15","2024-04-19",100.0', '"Completed","Medium","2024-04-15","2024-04-19",90.0'),
 "1442 assignee not JSON": sub(1442, '"[""burak.ozturk@atlasbilisim.example.com.tr""]"', '"burak.ozturk@atlasbilisim.example.com.tr"'),
 "1442 description not Quill HTML": sub(1442, '"<div class=""ql-editor read-mode""><p>Şablon', '"<p>Şablon'),
 "1442 header changed": sub(1442, '"% Progress"', '"Progress"'),
 # 1443 stashcat
 "1443 wrong weekday": sub(1443, "Mittwoch, 12.06.2024", "Dienstag, 12.06.2024"),
 "1443 time goes back": sub(1443, "11:36 | Katrin Vogel", "11:26 | Katrin Vogel"),
 "1443 message count wrong": sub(1443, "Nachrichten: 20", "Nachrichten: 21"),
 "1443 more senders than members": sub(1443, "Mitglieder: 7", "Mitglieder: 5"),
 "1443 exported before the last message": sub(1443, "Exportiert am: 14.06.2024, 17:42 Uhr", "Exportiert am: 13.06.2024, 12:00 Uhr"),
 "1443 attachment without size": sub(1443, "📎 RetNet_Lesekreis_v2.pdf (2,4 MB)", "📎 RetNet_Lesekreis_v2.pdf"),
 "1443 stray unindented line": sub(1443, "        Einwände bis morgen früh.", "Einwände bis morgen früh."),
 "1443 reply to a silent member": sub(1443, "↪ Antwort auf Deniz Aydın (15:48)", "↪ Antwort auf Anna Roth (15:48)"),
 # 1444 AbcLinuxu
 "1444 plural wrong": sub(1444, "Diskuse: 6 odpovědí", "Diskuse: 6 odpovědi"),
 "1444 count wrong": sub(1444, "Diskuse: 6 odpovědí", "Diskuse: 7 odpovědí"),
 "1444 reply title differs": sub(1444, "▶ Re: Jaké články číst k difúzním modelům (Stable Diffusion na Linuxu)?\n5.6.2024 09:12", "▶ Re: ovladače\n5.6.2024 09:12"),
 "1444 reply earlier than the one before": sub(1444, "5.6.2024 09:12 kralik", "4.6.2024 09:12 kralik"),
 "1444 reply without action line": sub(1444, "Na AMD je to přes ROCm, ale to je jiná kapitola.\n\nOdpovědět | Sbalit | Link | Blokovat | Admin\n", "Na AMD je to přes ROCm, ale to je jiná kapitola.\n"),
 "1444 solution names no reply": sub(1444, "Řešení 1× (Jan Novák (4.6. 22:03))", "Řešení 1× (Jan Novák (4.6. 22:30))"),
 # 1445 Taximail
 "1445 unclosed tag": sub(1445, "<ul style=\"margin:0;padding-left:20px;font-size:15px;line-height:1.7;color:#333333\"><li>", "<ul style=\"margin:0;padding-left:20px;font-size:15px;line-height:1.7;color:#333333\"><li><b>"),
 "1445 issue weekday wrong": sub(1445, "วันศุกร์ที่ 14 มิถุนายน 2567", "วันพฤหัสบดีที่ 14 มิถุนายน 2567"),
 "1445 CE year instead of BE": sub(1445, "วันศุกร์ที่ 14 มิถุนายน 2567", "วันศุกร์ที่ 14 มิถุนายน 2024"),
 "1445 issue numbers differ": sub(1445, "จดหมายข่าวฉบับที่ 18", "จดหมายข่าวฉบับที่ 19"),
 "1445 meetup before the issue": sub(1445, "วันเสาร์ที่ 29 มิถุนายน 2567", "วันเสาร์ที่ 8 มิถุนายน 2567"),
 "1445 http link": sub(1445, 'href="https://www.taximail.com/', 'href="http://www.taximail.com/'),
 "1445 no unsubscribe": sub(1445, "ยกเลิกการรับข่าวสาร</a>", "ออกจากรายชื่อ</a>"),
 # 1446 Vuukle (negative)
 "1446 counts disagree": sub(1446, "17 Comments", "18 Comments"),
 "1446 comment without vote line": sub(1446, "\nReply   Share   ▲ 4   ▼ 0\n", "\n"),
 "1446 reply to nobody": sub(1446, "Replying to Arif_CSE19", "Replying to Nadia"),
 "1446 emotes not Vuukle's": sub(1446, "Indifferent 3", "Unmoved 3"),
 "1446 catalogue title in the negative": sub(1446, "Practical Deep Learning for Coders", "Generative Adversarial Networks"),
 "1446 arXiv-shaped id in the negative": sub(1446, "pytorch.org/tutorials", "arxiv.org/abs/2406.01234"),
 "1446 OpenReview id in the negative": sub(1446, "pytorch.org/tutorials", "openreview.net/forum?id=St1giarCHLP"),
 # labels
 "title-only paper gets a link in 1437": sub(1437, "CVPR 2021, pp. 2918-2928.", "CVPR 2021, pp. 2918-2928. https://arxiv.org/abs/2012.07177"),
 "title-only paper gets an id in 1441": sub(1441, "TI  - Sequence to Sequence Learning with Neural Networks", "TI  - Sequence to Sequence Learning with Neural Networks\r\nN1  - arXiv:1409.3215"),
 "title-only id in the 1439 note": qp(0, "بقیه (MMLU", "بقیه (MMLU arXiv:2009.03300"),
 "arxiv-text id lost in 1439": lambda root: (qp(0, "Reflexion (arXiv:2303.11366)", "Reflexion")(root), qp(1, "Reflexion (arXiv:2303.11366)", "Reflexion")(root)),
 "unlabelled catalogue id in 1440": sub(1440, "(RCSB PDB, 2024); https://www.rcsb.org.", "(RCSB PDB, 2024); https://www.rcsb.org. See also arXiv:2001.08361."),
 "other file's title in 1443": sub(1443, "xLSTM lassen wir erst mal weg?", "xLSTM lassen wir erst mal weg? Und Denoising Diffusion Implicit Models?"),
 "labelled title lost in 1442": sub(1442, "Okuma: Language Models are Few-Shot Learners", "Okuma: GPT-3"),
 "unlabelled OpenReview id in 1444": sub(1444, "https://arxiv.org/abs/2403.03206", "https://openreview.net/forum?id=Ua6zuk0WRH"),
 "distractor title in 1438": sub(1438, "DoRA, LoRA+, AdaLoRA", "DoRA, LoRA+: Efficient Low Rank Adaptation of Large Models, AdaLoRA"),
 "link lost in 1445": sub(1445, "https://arxiv.org/abs/2304.07193", "https://ai.meta.com/dinov2/"),
 "OpenReview link cut in 1443": sub(1443, "forum?id=_adSMszz_g9", "forum?id=_adSMszz", count=0),
 "arxiv-text gets a link in 1442": sub(1442, "arXiv:2006.16668", "https://arxiv.org/abs/2006.16668"),
 "unknown valid-shaped id in 1437": sub(1437, "(RTX A6000 × 4)", "(RTX A6000 × 4, 2405.01234)"),
 "label in the negative": exp_edit(lambda e: e[D[1446]].append(dict(e[D[1445]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[1440]][2].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[1441]][1].update(title="ELECTRA")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[1443]][2].update(true_arxiv_id="2307.08622", arxiv_id="2307.08622")),
 "paper in two files": exp_edit(lambda e: e[D[1438]].append(dict(e[D[1437]][0]))),
 "odd-position paper": exp_edit(lambda e: e[D[1444]].append({"arxiv_id": None, "openreview_id": None, "title": "Efficient Transformers: A Survey", "evidence": "title-only", "true_arxiv_id": "2009.06732"})),
 "too few papers": exp_edit(lambda e: [e[D[1445]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[1439]] if r["evidence"] == "title-only" and r["true_arxiv_id"]]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[1442])),
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
    if V: print(f"{name}:", *errs[:3], sep="\n   ")
shutil.rmtree(SCR, ignore_errors=True)
print(f"cases {len(CASES)} errors {total}" + (f"; NOT CAUGHT: {bad}" if bad else ""))
sys.exit(1 if bad else 0)
