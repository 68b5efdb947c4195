#!/usr/bin/env python3
"""Breaks a scratch copy of round140 (/tmp/round140-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round139's harness, with round140's cases; 1419 and 1422 are CR LF; every digest is UTF-8.)"""
import base64, json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round140-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1417, 1427)}


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


def append(n, extra):
    def fn(root):
        with open(os.path.join(root, "digests", D[n]), "a", encoding="utf-8", newline="") as fh: fh.write(extra)
    return fn


def mime(part, old, new):
    """edit the decoded text of 1419's part 0 (text) or 1 (HTML) and encode it again, keeping Content-Length right"""
    def fn(root):
        p = os.path.join(root, "digests", D[1419])
        s = open(p, "rb").read().decode("ascii")
        hdr, body = s.split("\r\n\r\n", 1)
        segs = body.split("Content-Transfer-Encoding: base64\r\n\r\n")
        b64, rest = segs[part + 1].split("\r\n--", 1)
        txt = base64.b64decode(b64.replace("\r\n", "")).decode("utf-8")
        assert old in txt, old
        enc = base64.encodebytes(txt.replace(old, new, 1).encode("utf-8")).decode("ascii").replace("\n", "\r\n")
        segs[part + 1] = enc.rstrip("\r\n") + "\r\n--" + rest
        body = "Content-Transfer-Encoding: base64\r\n\r\n".join(segs)
        hdr = re.sub(r"Content-Length: \d+", f"Content-Length: {len(body.encode())}", hdr)
        open(p, "wb").write((hdr + "\r\n\r\n" + body).encode("ascii"))
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


CASES = {
 # 1417 antiword
 "1417 CR LF": sub(1417, "\n", "\r\n", count=0),
 "1417 tab in the text": sub(1417, "Дніпро – 2024", "Дніпро\t– 2024"),
 "1417 no [pic]": sub(1417, "[pic]", ""),
 "1417 line broken too early": sub(1417, "Мета дисципліни – сформувати у здобувачів знання сучасних нейромережевих\nметодів", "Мета дисципліни – сформувати у здобувачів знання сучасних\nнейромережевих методів"),
 "1417 line too long": sub(1417, "Робочу програму схвалено на засіданні кафедри інтелектуальних систем.\nПротокол", "Робочу програму схвалено на засіданні кафедри інтелектуальних систем. Протокол\nПротокол"),
 "1417 table column shifted": sub(1417, "|Лекції                        |32 год.", "|Лекції                         |32 год."),
 "1417 credits do not fit hours": sub(1417, "|Кількість кредитів ЄКТС       |4 ", "|Кількість кредитів ЄКТС       |5 "),
 "1417 topic row does not add up": sub(1417, "|Тема 4. Архітектура Transformer         |20 ", "|Тема 4. Архітектура Transformer         |21 "),
 "1417 module sum wrong": sub(1417, "|Разом за змістовим модулем 1            |60      |16 ", "|Разом за змістовим модулем 1            |60      |17 "),
 "1417 lab total wrong": sub(1417, "|      |Разом                                               |32  ", "|      |Разом                                               |36  "),
 "1417 points do not add up": sub(1417, "|5      |8      |8      |8      |8      |5      |8       |50", "|5      |8      |8      |8      |8      |5      |8       |55"),
 "1417 ECTS gap": sub(1417, "|82 – 89  ", "|83 – 89  "),
 "1417 literature numbering": sub(1417, "\n7. Bahdanau", "\n8. Bahdanau"),
 "1417 centred line off centre": sub(1417, "                   РОБОЧА ПРОГРАМА", "                 РОБОЧА ПРОГРАМА"),
 # 1418 Gitblit
 "1418 TOC anchor wrong": sub(1418, "(#thư-viện--công-cụ)", "(#thư-viện-công-cụ)"),
 "1418 / instead of ! in repo path": sub(1418, "/summary/nlp!awesome-peft-vi.git", "/summary/nlp/awesome-peft-vi.git"),
 "1418 GitHub-style blob URL": sub(1418, "/blob/nlp!awesome-peft-vi.git/master/notebooks!01_", "/nlp/awesome-peft-vi/blob/master/notebooks/01_"),
 "1418 clone URL without /r/": sub(1418, "git clone https://git.ailab.example.vn/r/nlp/", "git clone https://git.ailab.example.vn/git/nlp/"),
 "1418 table row with a missing column": sub(1418, "| [SeaLLM](https://huggingface.co/SeaLLMs) | 7B | đa ngữ Đông Nam Á |", "| [SeaLLM](https://huggingface.co/SeaLLMs) | 7B |"),
 "1418 unbalanced link": sub(1418, "[huggingface/peft](https://github.com/huggingface/peft)", "[huggingface/peft(https://github.com/huggingface/peft)"),
 "1418 no final newline": sub(1418, r"deed\.vi\)\n$", "deed.vi)", regex=True),
 # 1419 eml
 "1419 LF line ends": sub(1419, "\r\n", "\n", count=0),
 "1419 Content-Length wrong": sub(1419, r"Content-Length: (\d+)", "Content-Length: 99", regex=True),
 "1419 Date weekday wrong": sub(1419, "Date: Mon, 13 May 2024", "Date: Tue, 13 May 2024"),
 "1419 Date without (UTC)": sub(1419, "09:14:07 +0000 (UTC)", "09:14:07 +0000"),
 "1419 Received before Date": sub(1419, "Mon, 13 May 2024 12:14:09 +0300 (EEST)", "Mon, 13 May 2024 11:14:09 +0300 (EEST)"),
 "1419 boundary not closed": sub(1419, "1715591647329--\r\n", "1715591647329xx\r\n"),
 "1419 base64 broken": sub(1419, r"(base64\r\n\r\n)[A-Za-z0-9+/]", r"\1#", regex=True),
 "1419 subject not encoded": sub(1419, r"Subject: =\?UTF-8\?B\?[^?]+\?=", "Subject: Fwd: papers", regex=True),
 "1419 Sent not in AOL form": mime(0, "Sent: Mon, May 13, 2024 6:02 am", "Sent: 13/05/2024 06:02"),
 "1419 no Original Message line": mime(0, "-----Original Message-----", "----- Forwarded -----"),
 "1419 card slug not the title": mime(0, "/AutoDropout_Learning_Dropout_Patterns_to_Regularize_Deep_Networks?", "/AutoDropout_Learning_Dropout_Patterns?"),
 "1419 card missing from HTML": mime(1, "Learning Mesh-Based Simulation with Graph Networks</a>", "Mesh simulation</a>"),
 "1419 URL only in the text part": mime(0, "https://arxiv.org/pdf/2106.04560.pdf", "https://arxiv.org/pdf/2106.04560v2.pdf"),
 "1419 no AOLMsgPart div": mime(1, '<div id="AOLMsgPart_2_', '<div id="orig_'),
 # 1420 CSE
 "1420 CR LF": sub(1420, "\n", "\r\n", count=0),
 "1420 entries out of order": sub(1420, "\n4. Yang Z", "\n5. Yang Z"),
 "1420 page numbers not consecutive": sub(1420, "\n88\n", "\n89\n"),
 "1420 running head missing": sub(1420, "87\nहिंदी के लिए बड़े भाषा मॉडलों का अनुकूलन\n", "87\n"),
 "1420 bad accessed date": sub(1420, "[accessed 2023 Aug 14]", "[accessed 2023 Aug 32]"),
 "1420 accessed date in another form": sub(1420, "[accessed 2024 Feb 2]", "[accessed 02.02.2024]"),
 "1420 more than ten authors": sub(1420, "Sastry G, Askell A, et al. Language models are few-shot learners. In: Larochelle H, Ranzato", "Sastry G, Askell A, Agarwal S, et al. Language models are few-shot learners. In:\nLarochelle H, Ranzato"),
 "1420 Available from without URL": sub(1420, "Available from: https://bhashini.gov.in", "Available from: bhashini portal"),
 "1420 line too long": sub(1420, "Hugging Face. Transformers documentation [Internet]. 2024 [accessed 2024 Feb 2].\n", "Hugging Face. Transformers documentation [Internet]. 2024 [accessed 2024 Feb 2]. Available online at:\n"),
 # 1421 BibTeX
 "1421 unbalanced brace": sub(1421, "year={2020},\n  url={https://arxiv.org/pdf", "year={2020,\n  url={https://arxiv.org/pdf"),
 "1421 duplicate key": sub(1421, "@inproceedings{li2023blip,", "@inproceedings{he2021masked,"),
 "1421 key year differs": sub(1421, "@inproceedings{he2020momentum,", "@inproceedings{he2019momentum,"),
 "1421 key surname differs": sub(1421, "@inproceedings{chen2020simple,", "@inproceedings{ting2020simple,"),
 "1421 inproceedings without booktitle": sub(1421, "  booktitle={computer vision and pattern recognition},\n  pages={9729--9738},", "  pages={9729--9738},"),
 "1421 bad pages": sub(1421, "pages={369--376}", "pages={376--369}"),
 "1421 field indent wrong": sub(1421, "\n  journal={arXiv preprint arXiv:1807.03748},", "\n    journal={arXiv preprint arXiv:1807.03748},"),
 "1421 journal and url ids differ": sub(1421, "journal={arXiv: Computer Vision and Pattern Recognition}", "journal={arXiv preprint arXiv:2111.06378}"),
 "1421 field twice": sub(1421, "  year={2006},", "  year={2006},\n  year={2006},"),
 # 1422 nTask
 "1422 LF records": sub(1422, "\r\n", "\n", count=0),
 "1422 unquoted field": sub(1422, '"T-315","Rezerwacja', 'T-315,"Rezerwacja'),
 "1422 ids not consecutive": sub(1422, '"T-318"', '"T-319"'),
 "1422 invalid date": sub(1422, '"04/22/2024","04/29/2024","0%"', '"04/22/2024","04/31/2024","0%"'),
 "1422 due before start": sub(1422, '"03/04/2024","03/11/2024"', '"03/11/2024","03/04/2024"'),
 "1422 completed not 100%": sub(1422, '"03/18/2024","03/25/2024","100%"', '"03/18/2024","03/25/2024","90%"'),
 "1422 unknown status": sub(1422, '"In Review"', '"Review"'),
 "1422 unknown priority": sub(1422, '"Medium"', '"Normal"'),
 "1422 header changed": sub(1422, '"Task Title"', '"Title"'),
 "1422 another project": sub(1422, '"T-320","Skrypty LRA (Long Range Arena) – uruchomić ListOps i Text","Seminarium: efektywna uwaga"', '"T-320","Skrypty LRA (Long Range Arena) – uruchomić ListOps i Text","Seminarium"'),
 # 1423 Teamnote
 "1423 wrong weekday": sub(1423, "2024年5月16日 星期四", "2024年5月16日 星期五"),
 "1423 time goes back": sub(1423, "上午 11:08 李凱文 Kevin", "上午 10:08 李凱文 Kevin"),
 "1423 24-hour time": sub(1423, "下午 04:33", "下午 16:33"),
 "1423 days not increasing": sub(1423, "2024年5月20日 星期一", "2024年5月13日 星期一"),
 "1423 more senders than members": sub(1423, "上午 10:36 黃子軒 Jason:", "上午 10:36 林志偉 Leo:"),
 "1423 exported before the last message": sub(1423, "匯出時間：2024年5月20日 下午6:02", "匯出時間：2024年5月20日 下午5:02"),
 "1423 attachment without size": sub(1423, "[檔案] reflexion_slides_v2.pdf (2.4 MB)", "[檔案] reflexion_slides_v2.pdf"),
 "1423 stray line between days": sub(1423, "\n\n2024年5月14日", "\n\n（系統訊息）\n2024年5月14日"),
 # 1424 SIGNATE
 "1424 comment count wrong": sub(1424, "コメント (6)", "コメント (7)"),
 "1424 comment time goes back": sub(1424, "2024/06/19 09:30", "2024/06/19 07:30"),
 "1424 comment after the deadline": sub(1424, "2024/06/22 10:05", "2024/08/22 10:05"),
 "1424 comment without いいね": sub(1424, "いいね 21\n返信", "返信"),
 "1424 invalid time": sub(1424, "2024/06/21 23:41", "2024/06/21 24:41"),
 # 1425 Letterloop
 "1425 issue weekday wrong": sub(1425, "Sunday, May 26, 2024", "Saturday, May 26, 2024"),
 "1425 answer count wrong": sub(1425, "4 answers", "5 answers"),
 "1425 question missing from the list": sub(1425, "In this issue\nΤι διάβασες αυτόν τον μήνα;\n", "In this issue\n"),
 "1425 deadline weekday wrong": sub(1425, "Answer by Sunday, June 23.", "Answer by Monday, June 23."),
 "1425 answer without city": sub(1425, "Γιάννης Κ.\nΜόναχο\nΤο Excel", "Γιάννης Κ.\nΤο Excel"),
 # 1426 Coral (negative)
 "1426 counts disagree": sub(1426, "כל התגובות 19", "כל התגובות 20"),
 "1426 comment without buttons": sub(1426, "ומה עם מי שאין לו אנגלית טובה? כל החומר באנגלית.\nהשב  |  שתף  |  כבוד 5  |  דווח", "ומה עם מי שאין לו אנגלית טובה? כל החומר באנגלית."),
 "1426 reply to the wrong comment": sub(1426, "בתגובה לyossi_k", "בתגובה לאבי_גולן"),
 "1426 invalid post date": sub(1426, "12.05.2024, 08:30", "32.05.2024, 08:30"),
 "1426 catalogue title in the negative": sub(1426, "Practical Deep Learning for Coders", "Attention Is All You Need"),
 "1426 arXiv-shaped id in the negative": sub(1426, "github.com/ageron/handson-ml3", "arxiv.org/abs/2405.01234"),
 "1426 OpenReview id in the negative": sub(1426, "pytorch.org/get-started/locally", "openreview.net/forum?id=YicbFdNTTy"),
 # labels
 "title-only paper gets a link in 1421": sub(1421, "  pages={9729--9738},", "  pages={9729--9738},\n  url={https://arxiv.org/abs/1911.05722},"),
 "title-only paper gets a link in 1418": sub(1418, "Chỉ tinh chỉnh bias", "https://arxiv.org/abs/2106.10199 Chỉ tinh chỉnh bias"),
 "title-only id in the 1419 note": mime(0, "ورقة Shortcut Learning", "AutoDropout (arXiv:2101.01761) ورقة Shortcut Learning"),
 "arxiv-text id lost in 1419": lambda root: (mime(0, "arXiv:2004.07780v5 [cs.CV]", "[cs.CV]")(root), mime(1, "arXiv:2004.07780v5 [cs.CV]", "[cs.CV]")(root)),
 "unlabelled catalogue id in 1420": sub(1420, "doi:10.48550/arXiv.2302.13971.", "doi:10.48550/arXiv.2302.13971. See also arXiv:2001.08361."),
 "other file's title in 1421": sub(1421, "배경지식.", "배경지식. Attention Is All You Need 참고."),
 "labelled title lost in 1422": sub(1422, "Lite Transformer with Long-Short Range Attention", "Lite Transformer", count=0),
 "unlabelled OpenReview id in 1423": sub(1423, "https://langchain-ai.github.io/langgraph/", "https://openreview.net/forum?id=Ua6zuk0WRH"),
 "distractor title in 1424": sub(1424, "Albumentations の CoarseDropout", "Vision Transformers are Robust Learners と CoarseDropout"),
 "link lost in 1425": sub(1425, "https://arxiv.org/abs/2205.06175", "https://www.deepmind.com/publications/a-generalist-agent"),
 "OpenReview link cut in 1418": sub(1418, "forum?id=0RDcd5Axok", "forum?id=0RDcd5", count=0),
 "arxiv-text gets a link in 1422": sub(1422, "arXiv:2005.00743", "https://arxiv.org/abs/2005.00743"),
 "unknown valid-shaped id in 1424": sub(1424, "public LB +0.012", "public LB +0.012, 2406.01234"),
 "label in the negative": exp_edit(lambda e: e[D[1426]].append(dict(e[D[1425]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[1420]][3].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[1421]][1].update(title="Masked Autoencoders")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[1423]][1].update(true_arxiv_id="2303.11367", arxiv_id="2303.11367")),
 "paper in two files": exp_edit(lambda e: e[D[1418]].append(dict(e[D[1417]][0]))),
 "odd-position paper": exp_edit(lambda e: e[D[1424]].append({"arxiv_id": None, "openreview_id": None, "title": "Segment Anything", "evidence": "title-only", "true_arxiv_id": "2304.02643"})),
 "too few papers": exp_edit(lambda e: [e[D[1425]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[1419]] if r["evidence"] == "title-only" and r["true_arxiv_id"]]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[1422])),
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
