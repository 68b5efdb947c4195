#!/usr/bin/env python3
"""Breaks a scratch copy of round144 (/tmp/round144-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round142's harness, with round144's cases; 1459 is CR LF with base64 parts, which are edited decoded
and encoded again; 1462 has a BOM and CR LF.)"""
import base64, json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round144-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1457, 1467)}


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


def b64(part, old, new, count=1):
    """edit the decoded text of 1459's part 0 (text) or 1 (HTML) and encode it again (76-character lines, CR LF)"""
    def fn(root):
        p = os.path.join(root, "digests", D[1459])
        s = open(p, "rb").read().decode("ascii")
        segs = re.split(r"(Content-Transfer-Encoding: base64\r\n\r\n)", s)
        body, rest = segs[2 * part + 2].split("\r\n--", 1)
        txt = base64.b64decode(body.replace("\r\n", "")).decode("utf-8")
        assert old in txt, old
        txt = txt.replace(old, new, count if count else -1)
        enc = base64.encodebytes(txt.encode("utf-8")).decode("ascii").replace("\n", "\r\n").rstrip("\r\n")
        segs[2 * part + 2] = enc + "\r\n--" + rest
        open(p, "wb").write("".join(segs).encode("ascii"))
    return fn


def both(old, new, count=1):
    h = lambda x: x.replace("<", "&lt;").replace(">", "&gt;").replace("\t", "&nbsp;" * 4)
    return lambda root: (b64(0, old, new, count)(root), b64(1, h(old), h(new), count)(root))


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


CASES = {
 # 1457 Campusmate-J syllabus
 "1457 page head missing": sub(1457, "シラバス照会　｜　Campusmate-J\n", ""),
 "1457 no 講義コード cell": sub(1457, "講義コード\tG4N21503\n", ""),
 "1457 session off the class day": sub(1457, "第5回\t5/9（木）", "第5回\t5/10（金）"),
 "1457 weekday in brackets wrong": sub(1457, "第3回\t4/25（木）", "第3回\t4/25（水）"),
 "1457 session numbers skip": sub(1457, "第8回\t", "第9回\t"),
 "1457 session row missing a cell": sub(1457, "\t単語の分散表現\tword2vec", "\t単語の分散表現 word2vec"),
 "1457 grading does not add up": sub(1457, "論文紹介発表\t30", "論文紹介発表\t25"),
 "1457 reference numbers skip": sub(1457, "[7]\tK. Clark", "[8]\tK. Clark"),
 "1457 reference cited by no session": sub(1457, "の比較。[10]", "の比較。"),
 "1457 session cites a missing reference": sub(1457, "（[2]〜[9] から選択可）", "（[2]〜[12] から選択可）"),
 # 1458 SourceCommit README
 "1458 TOC anchor wrong": sub(1458, "(#3d와-새로운-시점-합성)", "(#3D와-새로운-시점-합성)"),
 "1458 section missing from TOC": sub(1458, "- [강의와 글](#강의와-글)\n", ""),
 "1458 clone URL without .git": sub(1458, "awesome-diffusion-ko.git", "awesome-diffusion-ko"),
 "1458 clone URL of another host": sub(1458, "https://devtools.ncloud.com/2847193/", "https://devtools.example.com/2847193/"),
 "1458 cd into another repository": sub(1458, "cd awesome-diffusion-ko\n", "cd awesome-diffusion\n"),
 "1458 link count wrong": sub(1458, "checked 12 links", "checked 19 links"),
 "1458 table row missing a cell": sub(1458, "| k-diffusion | 샘플러 모음, Karras 스케줄 | https://github.com/crowsonkb/k-diffusion |", "| k-diffusion | https://github.com/crowsonkb/k-diffusion |"),
 "1458 unbalanced link": sub(1458, "[PMLR](https://proceedings", "[PMLR(https://proceedings"),
 "1458 code fence unclosed": sub(1458, "git checkout -b add/<논문-약칭>\n```", "git checkout -b add/<논문-약칭>\n"),
 "1458 badge missing": sub(1458, " [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)", ""),
 # 1459 Onet Poczta forward (base64)
 "1459 LF line ends": sub(1459, "\r\n", "\n", count=0),
 "1459 Date weekday wrong": sub(1459, "Date: Wed, 13 Mar 2024", "Date: Thu, 13 Mar 2024"),
 "1459 Date not CET": lambda root: (sub(1459, "Date: Wed, 13 Mar 2024 08:41:35 +0100", "Date: Wed, 13 Mar 2024 08:41:35 +0200")(root)),
 "1459 Received before Date": sub(1459, "\tWed, 13 Mar 2024 08:41:37 +0100 (CET)", "\tWed, 13 Mar 2024 07:41:37 +0100 (CET)"),
 "1459 subject not encoded": sub(1459, r"Subject: =\?UTF-8\?B\?.*?\r\n(?=Message-ID)", "Subject: Fwd: czytelnia-llm Digest V2 #14\r\n", regex=True),
 "1459 boundary not closed": sub(1459, r"--\r\n$", "\r\n", regex=True),
 "1459 base64 line too long": sub(1459, r"(Content-Transfer-Encoding: base64\r\n\r\n\S{76})\r\n", r"\1", regex=True),
 "1459 8-bit text in the body": sub(1459, "This is a multi-part message in MIME format.", "To jest wiadomość wieloczęściowa."),
 "1459 forward block in another form": both("----- Wiadomość przekazana -----", "---------- Forwarded message ---------"),
 "1459 forward date after Date": both("Data: 12 marca 2024 23:58", "Data: 14 marca 2024 23:58"),
 "1459 digest date not the forward's day": both("Digest\tTue, 12 Mar 2024\t", "Digest\tTue, 11 Mar 2024\t"),
 "1459 In This Issue differs": both("\t\tSala 3120 w czwartek zajęta do 14:30", "\t\tSala 3120 zajęta"),
 "1459 message out of time order": both("Date: Tue, 12 Mar 2024 16:05:31 +0100", "Date: Tue, 12 Mar 2024 11:05:31 +0100"),
 "1459 message Date weekday wrong": both("Date: Tue, 12 Mar 2024 21:37:55 +0100", "Date: Wed, 12 Mar 2024 21:37:55 +0100"),
 "1459 End line wrong": both("End of czytelnia-llm Digest V2 #14", "End of czytelnia-llm Digest V2 #15"),
 "1459 URL only in the text part": b64(0, "https://arxiv.org/abs/2305.16291v2", "https://arxiv.org/abs/2305.16291v3"),
 # 1460 Scientia Sinica Informationis references
 "1460 CR LF": sub(1460, "\n", "\r\n", count=0),
 "1460 entries out of order": sub(1460, "\n12 Kwon W", "\n13 Kwon W"),
 "1460 page numbers not consecutive": sub(1460, "\n1874\n", "\n1875\n"),
 "1460 running head missing": sub(1460, "1873\n\n王磊等: 大语言模型高效推理技术: 方法与系统\n\n", "1873\n"),
 "1460 four authors before et al.": sub(1460, "Vaswani A, Shazeer N, Parmar N, et al.", "Vaswani A, Shazeer N, Parmar N, Uszkoreit J, et al."),
 "1460 authors in another form": sub(1460, "Dao T. FlashAttention-2", "Tri Dao. FlashAttention-2"),
 "1460 preprint in another form": sub(1460, "2020. ArXiv:2006.16668", "arXiv preprint arXiv:2006.16668, 2020"),
 "1460 ArXiv year wrong": sub(1460, "2023. ArXiv:2307.08691", "2022. ArXiv:2307.08691"),
 "1460 citation beyond the list": sub(1460, "[8, 15]", "[8, 17]"),
 "1460 line too wide": sub(1460, "Proceedings of Advances\nin Neural", "Proceedings of Advances in Neural Information Processing Systems and more words here to overflow\n"),
 "1460 journal pages backwards": sub(1460, "2101–2125", "2125–2101"),
 "1460 English abstract missing": sub(1460, "Abstract Large", "Large"),
 # 1461 Anara BibTeX
 "1461 unbalanced braces": sub(1461, "{EfficientNetV2}: Smaller", "{EfficientNetV2: Smaller"),
 "1461 unknown entry type": sub(1461, "@software{wightman2019timm,", "@program{wightman2019timm,"),
 "1461 article without journal": sub(1461, "  journal = {Proceedings of the IEEE},\n", ""),
 "1461 author not Last, First": sub(1461, "Tan, Mingxing and Le, Quoc V.", "Mingxing Tan and Quoc V. Le"),
 "1461 key not surname + year": sub(1461, "@inproceedings{zhu2021deformable,", "@inproceedings{deformable2021,"),
 "1461 duplicate key": sub(1461, "@inproceedings{jiang2021cotr,", "@inproceedings{zhu2021deformable,"),
 "1461 pages backwards": sub(1461, "11976--11986", "11986--11976"),
 "1461 comma after last field": sub(1461, "για τους όρους χρήσης του dataset.}\n}".replace("για", "Για"), "Για τους όρους χρήσης του dataset.},\n}"),
 "1461 bad doi": sub(1461, "10.1109/5.726791", "doi:5.726791"),
 "1461 year not four digits": sub(1461, "  year = {2019},", "  year = {19},"),
 # 1462 Testograf CSV
 "1462 no BOM": sub(1462, "\ufeff", ""),
 "1462 LF records": sub(1462, "\r\n", "\n", count=0),
 "1462 a field unquoted": sub(1462, '"12.02.2024 10:31:08"', "12.02.2024 10:31:08"),
 "1462 comma separator": sub(1462, '"№";"Дата начала"', '"№","Дата начала"'),
 "1462 duration wrong": sub(1462, '"00:03:32"', '"00:03:33"'),
 "1462 row numbers skip": sub(1462, '\r\n"6";', '\r\n"7";'),
 "1462 completed with an empty answer": sub(1462, '"Ольга"', '""'),
 "1462 role not an option": sub(1462, '"Аспирант"', '"PhD"'),
 "1462 days not options": sub(1462, '"Вт, Чт"', '"вторник"'),
 "1462 end before start": sub(1462, '"13.02.2024 09:48:19"', '"13.02.2024 09:40:19"'),
 # 1463 Team+
 "1463 day weekday wrong": sub(1463, "2024/05/14（二）", "2024/05/14（三）"),
 "1463 time goes back": sub(1463, "13:44\t黃柏翰", "13:04\t黃柏翰"),
 "1463 multi-line message not closed": sub(1463, '同之前"\n', "同之前\n"),
 "1463 inner quote not doubled": sub(1463, '""Emerging Properties in Self-Supervised Vision Transformers""', '"Emerging Properties in Self-Supervised Vision Transformers"'),
 "1463 saved before the last message": sub(1463, "儲存日期：2024/05/17 09:03", "儲存日期：2024/05/16 20:03"),
 "1463 title line wrong": sub(1463, "[Team+] 與「", "[LINE] 與「"),
 "1463 file placeholder without a name": sub(1463, "[檔案] hubert_筆記_v2.pdf", "[檔案]"),
 "1463 system line unknown": sub(1463, "10:02\t張雅婷 已加入群組", "10:02\t張雅婷 來了"),
 # 1464 Dạy Nhau Học
 "1464 reply count wrong": sub(1464, "\n7\ntrả lời\n", "\n8\ntrả lời\n"),
 "1464 like count wrong": sub(1464, "\n26\nlượt thích\n", "\n27\nlượt thích\n"),
 "1464 link count wrong": sub(1464, "\n4\nliên kết\n", "\n6\nliên kết\n"),
 "1464 last reply date wrong": sub(1464, "trả lời cuối\n9 Thg 3\n", "trả lời cuối\n8 Thg 3\n"),
 "1464 post dated before the one above": sub(1464, "vy.hoang\nHoàng Thảo Vy\n8 Thg 3", "vy.hoang\nHoàng Thảo Vy\n4 Thg 3"),
 "1464 solved box names another post": sub(1464, "tranquochuy: trả lời ngày 5 Thg 3", "lethuha: trả lời ngày 6 Thg 3"),
 "1464 quote of a later poster": sub(1464, "\nminhkhoa.ng:\n", "\nvy.hoang:\n"),
 "1464 post without Trả lời": sub(1464, "2 Lượt thích\nTrả lời\n\nadmin_dnh", "2 Lượt thích\n\nadmin_dnh"),
 # 1465 Rav Messer
 "1465 unbalanced tags": sub(1465, "</ul>\n", "\n"),
 "1465 http link": sub(1465, 'href="https://www.meetup.com', 'href="http://www.meetup.com'),
 "1465 issue number differs": sub(1465, "גיליון 27 &middot;", "גיליון 28 &middot;"),
 "1465 issue weekday wrong": sub(1465, "יום שלישי, 14 במאי 2024", "יום רביעי, 14 במאי 2024"),
 "1465 meetup before the issue": sub(1465, "יום חמישי, 30 במאי 2024", "יום שני, 13 במאי 2024"),
 "1465 card with two buttons": sub(1465, 'לקריאת המאמר &larr;</a>\n', 'לקריאת המאמר &larr;</a> <a href="https://arxiv.org/abs/2010.08895" style="x">לקריאת המאמר &larr;</a>\n'),
 "1465 card without author line": sub(1465, r'(<h2 style="[^"]*">EigenGame[^<]*</h2>\n)<p style="[^"]*color:#6b7280[^"]*">[^<]*</p>\n', r"\1", regex=True),
 "1465 raw & in href": sub(1465, "c=8f31c20a&amp;u=5d7e09b4", "c=8f31c20a&u=5d7e09b4"),
 "1465 footer without Rav Messer": sub(1465, 'alt="נשלח באמצעות רב מסר"', 'alt="sent"'),
 "1465 not RTL": sub(1465, '<html dir="rtl" lang="he">', '<html lang="he">'),
 # 1466 FastComments (negative)
 "1466 comment count wrong": sub(1466, "13 Comments", "14 Comments"),
 "1466 reply to a later commenter": sub(1466, "↳ जवाब: Priya Nair", "↳ जवाब: विकास"),
 "1466 vote line missing": sub(1466, "▲ 2  ▼ 0   Reply\n", ""),
 "1466 no relative time": sub(1466, "20 hours ago", "कल"),
 "1466 meetup weekday wrong": sub(1466, "13 जुलाई 2024, शनिवार", "13 जुलाई 2024, रविवार"),
 "1466 no Powered by": sub(1466, "Powered by FastComments", "Powered by Disqus"),
 "1466 catalogue title in the negative": sub(1466, "StatQuest (Josh Starmer)", "StatQuest (Josh Starmer), Attention Is All You Need पर वीडियो"),
 "1466 arXiv id in the negative": sub(1466, "3,200 सदस्य", "3,200 सदस्य (arXiv:2310.12345)"),
 # labels
 "title-only paper gets a link in 1457": sub(1457, "ICLR 2020.\n", "ICLR 2020. https://arxiv.org/abs/2003.10555\n"),
 "title-only paper gets an id in 1461": sub(1461, "  pages = {6207--6217},", "  pages = {6207--6217},\n  eprint = {2103.14167},"),
 "title-only id in the 1459 digest": both("czyli BIG-bench, 200+ zadań", "czyli BIG-bench (arXiv:2206.04615), 200+ zadań"),
 "arxiv-text id lost in 1459": both(" (arXiv:2302.13971)", ""),
 "unlabelled catalogue id in 1460": sub(1460, "2021. https://github.com/NVIDIA/FasterTransformer", "2021. ArXiv:2001.08361"),
 "other file's title in 1463": sub(1463, "BYOL 可以當補充", "BYOL 可以當補充，還有 Denoising Diffusion Implicit Models"),
 "labelled title lost in 1462": sub(1462, T_ := "Lost in the Middle: How Language Models Use Long Contexts", "Lost in the Middle"),
 "unlabelled OpenReview id in 1464": sub(1464, "https://poloclub.github.io/dodrio/", "https://openreview.net/forum?id=Ua6zuk0WRH"),
 "distractor title in 1458": sub(1458, "Imagen — 텍스트", "Imagen, Stay on topic with Classifier-Free Guidance — 텍스트"),
 "link lost in 1465": sub(1465, 'href="https://arxiv.org/abs/2010.03409"', 'href="https://sites.google.com/view/meshgraphnets"'),
 "OpenReview link cut in 1463": sub(1463, "pdf?id=uB5x7Y2qsFR", "pdf?id=uB5x7"),
 "arxiv-text gets a link in 1462": sub(1462, "(arXiv:2106.10199)", "https://arxiv.org/abs/2106.10199"),
 "unknown valid-shaped id in 1457": sub(1457, "（目安 2 時間）", "（目安 2 時間、2405.01234）"),
 "OpenReview record also has an arXiv link in 1458": sub(1458, "(ICLR 2021) — DDIM.", "(ICLR 2021, https://arxiv.org/abs/2010.02502) — DDIM."),
 "label in the negative": exp_edit(lambda e: e[D[1466]].append(dict(e[D[1465]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[1460]][2].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[1457]][1].update(title="XLNet")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[1463]][2].update(true_arxiv_id="2304.07194", arxiv_id="2304.07194")),
 "paper in two files": exp_edit(lambda e: e[D[1458]].append(dict(e[D[1457]][0]))),
 "odd-position paper": exp_edit(lambda e: e[D[1464]].append({"arxiv_id": None, "openreview_id": None, "title": "Efficient Transformers: A Survey", "evidence": "title-only", "true_arxiv_id": "2009.06732"})),
 "too few papers": exp_edit(lambda e: [e[D[1465]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[1461]] if r["evidence"] == "title-only" and r["true_arxiv_id"]]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[1462])),
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
