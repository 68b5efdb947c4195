#!/usr/bin/env python3
"""Breaks a scratch copy of round98 (/tmp/round98-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round96's harness, with round98's cases; edits decode and re-encode 999 as windows-1251 and 1002 as
CP949, as the builders write them; `recode` rewrites a file in another charset.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round98-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.split("_")[0] == str(n)) for n in range(997, 1007)}
CS = {999: "cp1251", 1002: "cp949"}


def _rw(n, root, fn, out_cs=None):
    p = os.path.join(root, "digests", D[n])
    s = open(p, "rb").read().decode(CS.get(n, "utf-8"))
    open(p, "wb").write(fn(s).encode(out_cs or CS.get(n, "utf-8")))


def sub(n, old, new, count=1, regex=False):
    def fn(root):
        def ed(s):
            if regex:
                assert re.search(old, s), (n, old)
                return re.sub(old, new, s, count=count)
            assert old in s, (n, old)
            return s.replace(old, new, count if count else -1)
        _rw(n, root, ed)
    return fn


def recode(n, cs, prefix=""):
    def fn(root):
        _rw(n, root, lambda s: prefix + s, out_cs=cs)
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


def first(n):
    return lambda e: e[D[n]]


def swap_dict(n, i, **kw):
    return exp_edit(lambda e: first(n)(e)[i].update(**kw))


CASES = {
 # 997 USOSweb page
 "997 CR line ends": sub(997, "\n", "\r\n", count=0),
 "997 top menu item missing": sub(997, "MÓJ USOSWEB\n", ""),
 "997 Kod przedmiotu not the heading's": sub(997, "Kod przedmiotu:\t1100-EMGU-M2", "Kod przedmiotu:\t1100-EMGU-M3"),
 "997 labels out of order": sub(997, "Język prowadzenia:\tpolski\nRodzaj przedmiotu:\tmonograficzne",
                                "Rodzaj przedmiotu:\tmonograficzne\nJęzyk prowadzenia:\tpolski"),
 "997 literature numbering gap": sub(997, "\n[7] T. Ma", "\n[8] T. Ma"),
 "997 points not 100": sub(997, "egzamin pisemny 40 pkt", "egzamin pisemny 45 pkt"),
 "997 grade scale gap": sub(997, "61-70 - 3,5", "62-70 - 3,5"),
 "997 Okres backwards": sub(997, "2023-10-01 - 2024-01-28", "2024-02-01 - 2024-01-28"),
 "997 Okres unreal": sub(997, "2023-10-01 - 2024-01-28", "2023-10-01 - 2024-02-30"),
 "997 Typ zajęć malformed": sub(997, "Wykład, 30 godzin", "Wykład 30h"),
 "997 learning outcome numbering": sub(997, "\nU2: ", "\nU3: "),
 "997 footer not last": sub(997, r"\)\n$", ")\nDrukuj\n", regex=True),
 # 998 GitCode page
 "998 path not the mirrored repo": sub(998, "\nawesome-diffusion-zh\n", "\nawesome-diffusion-cn\n"),
 "998 Star without its number": sub(998, "Star\n37\n", "Star\n"),
 "998 file age malformed": sub(998, "add PR template\t2 年前", "add PR template\t2 years ago"),
 "998 table row with three cells": sub(998, "CVPR 2022\tPDF\tGitHub", "CVPR 2022\tPDF"),
 "998 link cell not a link form": sub(998, "ICLR 2021\tPDF\tGitHub", "ICLR 2021\t见 PDF\tGitHub"),
 "998 footer missing": sub(998, "©2024 GitCode\n", ""),
 "998 目录 entry without heading": sub(998, "目录\n基础理论\n", "目录\n综述\n基础理论\n"),
 # 999 The Bat! message
 "999 a bare LF": sub(999, "\r\n", "\n"),
 "999 saved as UTF-8": recode(999, "utf-8"),
 "999 header order": sub(999, "X-Mailer: The Bat! (v10.4.0.1) Professional\r\nX-Priority: 3 (Normal)\r\n",
                         "X-Priority: 3 (Normal)\r\nX-Mailer: The Bat! (v10.4.0.1) Professional\r\n"),
 "999 Message-ID time not the Date": sub(999, ".20230621104217@", ".20230621104218@"),
 "999 X-Mailer not The Bat!": sub(999, "X-Mailer: The Bat! (v10.4.0.1) Professional", "X-Mailer: Microsoft Outlook 16.0"),
 "999 charset not windows-1251": sub(999, "charset=windows-1251\r\n", "charset=koi8-r\r\n"),
 "999 forwarded weekday wrong": sub(999, "Дата: Среда, 21 июня", "Дата: Вторник, 21 июня"),
 "999 scissors line missing": sub(999, "===8<===========Конец текста оригинального сообщения===========\r\n", ""),
 "999 entry outside the window": sub(999, "Date: Tue, 20 Jun 2023 17:24:29 GMT", "Date: Tue, 20 Jun 2023 18:24:29 GMT"),
 "999 trailer names another id": sub(999, "\\\\ ( https://arxiv.org/abs/2303.18223 ,", "\\\\ ( https://arxiv.org/abs/2303.18224 ,"),
 "999 signature mailto not the sender": sub(999, "mailto:a.lebedev@", "mailto:andrey@"),
 "999 Subject not Fwd of the Тема": sub(999, "Subject: Fwd: cs daily Subj-class mailing 1000 1", "Subject: Fwd: cs daily Subj-class mailing 1001 1"),
 "999 note line longer than 72": sub(999, "Пересылаю вчерашнюю рассылку cs.CL. Почти всё вырезал, оставил две\r\n",
                                     "Пересылаю вчерашнюю рассылку cs.CL. Почти всё вырезал, оставил две записи и ещё\r\n"),
 "999 cut note malformed": sub(999, "[... 38 замен вырезал -- АЛ]", "[38 замен вырезал]"),
 "999 ZeRO link gone": sub(999, "https://arxiv.org/pdf/1910.02054.pdf", "arxiv (pdf)"),
 # 1000 skripsi
 "1000 page numbers not consecutive": sub(1000, "\n\n62\n\f", "\n\n64\n\f"),
 "1000 references out of order": sub(1000, "Zhang, H., Wu, C., Zhang, Z. dkk. 2022.", "Abe, H., Wu, C., Zhang, Z. dkk. 2022."),
 "1000 dkk. after two names": sub(1000, "Wang, R., Cheng, M., Chen, X. dkk.", "Wang, R., Cheng, M. dkk."),
 "1000 Diakses date unreal": sub(1000, "[Diakses 9\nFebruari 2024]", "[Diakses 30\nFebruari 2024]"),
 "1000 Diakses English month": sub(1000, "[Diakses 15 Januari", "[Diakses 15 January"),
 "1000 Diakses after the thesis": sub(1000, "[Diakses 3 Maret 2024]", "[Diakses 3 Maret 2025]"),
 "1000 indented line": sub(1000, "\nPenelitian selanjutnya", "\n    Penelitian selanjutnya"),
 "1000 hlm. backwards": sub(1000, "hlm. 770–778", "hlm. 778–770"),
 "1000 LAMPIRAN missing": sub(1000, "LAMPIRAN\n", "LAMPIRAN A\n"),
 "1000 English 'and' between authors": sub(1000, "Tan, M. dan Le, Q. V.", "Tan, M. and Le, Q. V."),
 # 1001 references.bib
 "1001 OpenReview key not alone": sub(1001, "@inproceedings{\nyao2023react,", "@inproceedings{yao2023react,"),
 "1001 OpenReview field order": sub(1001, "year={2023},\nurl={https://openreview.net/forum?id=WE_vluYUL-X}",
                                    "url={https://openreview.net/forum?id=WE_vluYUL-X},\nyear={2023}"),
 "1001 arXiv export url not the eprint": sub(1001, "url={https://arxiv.org/abs/2308.03688}, ", "url={https://arxiv.org/abs/2308.03689}, "),
 "1001 PMLR field misaligned": sub(1001, "  pages = \t {287--318},", "  pages = {287--318},"),
 "1001 PMLR pdf not the key's": sub(1001, "v205/ichter23a/ichter23a.pdf", "v205/ichter23b/ichter23b.pdf"),
 "1001 DBLP biburl wrong": sub(1001, "rec/conf/nips/ChenLRLGLASM21.bib", "rec/conf/nips/ChenLRLGLASM22.bib"),
 "1001 hand entry = not aligned": sub(1001, "  journal = {Transactions", "  journal  = {Transactions"),
 "1001 duplicate key": sub(1001, "@book{sutton2018reinforcement,", "@book{wei2022emergent,"),
 "1001 text outside entries": sub(1001, "% किताब -- background के लिए", "किताब -- background के लिए"),
 "1001 title-only paper's id appears": sub(1001, "  pages        = {15084--15097},", "  pages        = {15084--15097},\n  eprint       = {2106.01345},"),
 # 1002 Hancell CSV
 "1002 saved as UTF-8": recode(1002, "utf-8"),
 "1002 byte-order mark": recode(1002, "utf-8", "\ufeff"),
 "1002 LF rows": sub(1002, "\r\n", "\n", count=0),
 "1002 quotes not minimal": sub(1002, ",대조학습,", ',"대조학습",'),
 "1002 번호 gap": sub(1002, "\r\n4,2,", "\r\n5,2,"),
 "1002 two dates in one week": sub(1002, "최유나,2024-03-14", "최유나,2024-03-15"),
 "1002 상태 not of the set": sub(1002, ",발표 준비,", ",준비중,"),
 "1002 link cell malformed": sub(1002, ",arXiv:2106.08254,", ",arXiv 2106.08254,"),
 # 1003 Viber CSV
 "1003 out of time order": sub(1003, "05/03/2024,09:02:17", "04/03/2024,09:02:17"),
 "1003 a sender changes number": sub(1003, "Σοφία,+306950000214,\"Τότε", "Σοφία,+306950000215,\"Τότε"),
 "1003 date unreal": sub(1003, "06/03/2024,10:21:37", "31/02/2024,10:21:37"),
 "1003 byte-order mark": sub(1003, "04/03/2024,20:11:42", "\ufeff04/03/2024,20:11:42"),
 "1003 row with four cells": sub(1003, "Νίκος Μ.,+306970000342,ok", "Νίκος Μ.,ok"),
 "1003 no own messages": sub(1003, ",Me,", ",Κατερίνα,", count=0),
 # 1004 CleverReach
 "1004 direct arXiv href": sub(1004, 'href="https://ils-nieuws.eu-2.cleverreach.com/c/47120382/3f9a2fbf1a-s8k2qc"', 'href="https://arxiv.org/abs/2305.14314"'),
 "1004 tracking ids not unique": sub(1004, "/c/47120384/", "/c/47120383/"),
 "1004 no unsubscribe link": sub(1004, "/rmftlp.php?cid=2318407&amp;mid=9046152&amp;h=4a7c9e1d2b", "/unsubscribe"),
 "1004 unescaped & in href": sub(1004, "cid=2318407&amp;mid", "cid=2318407&mid"),
 "1004 unbalanced HTML": sub(1004, "<p style=\"margin:0 0 10px 0;\">Beste lezer,</p>", "<p style=\"margin:0 0 10px 0;\">Beste lezer,"),
 "1004 link without target": sub(1004, '/c/47120390/3f9a3e5cc2-s8k2qm" target="_blank"', '/c/47120390/3f9a3e5cc2-s8k2qm"'),
 "1004 preheader missing": sub(1004, '<div style="display:none;max-height:0;overflow:hidden;">', '<div style="max-height:0;overflow:hidden;">'),
 # 1005 goo blog
 "1005 <title> not the entry's": sub(1005, "<title>2023年に読んだマルチモーダル論文まとめ（後半）", "<title>2023年に読んだ論文まとめ（後半）"),
 "1005 comment count": sub(1005, "コメント ( 2 )", "コメント ( 3 )"),
 "1005 comment before the entry": sub(1005, "2023-12-29 09:41:22", "2023-12-27 09:41:22"),
 "1005 entry id not 32 hex": sub(1005, "/e/6e02b7c9d4f1a385e0c2b9d7a614f3c8", "/e/6e02b7c9d4f1a385", count=0),
 "1005 image off goo": sub(1005, "https://blogimg.goo.ne.jp/user_image/4d/71/", "https://i.imgur.com/"),
 "1005 back numbers month": sub(1005, '/m/202312">2023年12月', '/m/202311">2023年11月'),
 "1005 canonical not the permalink": sub(1005, '<link rel="canonical" href="https://blog.goo.ne.jp/mm_ronbun_memo/e/8c3f',
                                         '<link rel="canonical" href="https://blog.goo.ne.jp/mm_ronbun_memo/e/9c3f'),
 "1005 unlabelled OpenReview id": sub(1005, "デモページも触りましたが", "OpenReview: https://openreview.net/forum?id=w0H2xGHlkw デモページも触りましたが"),
 # 1006 มคอ.3 (negative)
 "1006 page header missing": sub(1006, "\fมคอ. 3\nหมวดที่ 3", "\fหมวดที่ 3"),
 "1006 หมวด out of order": sub(1006, "หมวดที่ 4 การพัฒนา", "หมวดที่ 5 การพัฒนา"),
 "1006 รวม not the sums": sub(1006, "รวม\n28\n28", "รวม\n30\n28"),
 "1006 weights not 100": sub(1006, "\n30%\n", "\n35%\n"),
 "1006 hours disagree with credits": sub(1006, "\n70 ชั่วโมง\n", "\n60 ชั่วโมง\n"),
 "1006 revision date unreal": sub(1006, "15 มิถุนายน 2567", "31 มิถุนายน 2567"),
 "1006 catalogue title in the negative": sub(1006, "(Computer Vision)\n", "(Computer Vision)\nอ่านเพิ่ม: Deep Residual Learning for Image Recognition\n"),
 "1006 arXiv-shaped id in the negative": sub(1006, "ไม่มี\n", "ไม่มี (ดู 2567.12345)\n"),
 # digests: labels
 "997 unlabelled catalogue title": sub(997, "Performer - tylko na ćwiczeniach.", "Performer i Random Feature Attention - tylko na ćwiczeniach."),
 "998 distractor title": sub(998, "LCM 属于蒸馏加速", "Latent Consistency Models: Synthesizing High-Resolution Images with Few-Step Inference 属于蒸馏加速"),
 "1003 unlabelled catalogue arXiv id": sub(1003, "είναι μικρά", "είναι μικρά, και το arXiv:2103.02143"),
 "1002 title removed": sub(1002, "Barlow Twins: Self-Supervised Learning via Redundancy Reduction", "Barlow Twins"),
 # expected.json
 "expected: title-only with id": swap_dict(998, 5, arxiv_id="2208.01618"),
 "expected: wrong title": swap_dict(999, 0, title="Textbooks Are All You Need (phi-1)"),
 "expected: title in another case": swap_dict(1003, 4, title="Efficient estimation of word representations in vector space"),
 "expected: paper dropped (gap)": exp_edit(lambda e: first(1004)(e).pop()),
 "expected: label in the negative": exp_edit(lambda e: e[D[1006]].append(dict(first(997)(e)[0]))),
 "expected: paper in two files": exp_edit(lambda e: first(1002)(e).append(dict(first(1005)(e)[1]))),
 "expected: wrong OpenReview id": swap_dict(1001, 0, openreview_id="rkgNKkHtvB"),
 "expected: link labelled arxiv-text": swap_dict(1003, 0, evidence="arxiv-text"),
 "expected: arxiv-text labelled link": swap_dict(1005, 4, evidence="link"),
 "expected: title-only share too high": exp_edit(lambda e: [r.update(evidence="title-only", arxiv_id=None, openreview_id=None) for r in first(1000)(e)[:3]]),
}


def run(root):
    r = subprocess.run([sys.executable, os.path.join(root, "validate.py")], capture_output=True, text=True)
    crash = r.returncode not in (0, 1) or "Traceback" in r.stderr
    return [l for l in r.stdout.splitlines() if l.startswith("ERROR")] + (["ERROR: crash " + r.stderr[-200:]] if crash else []), r.returncode


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
