#!/usr/bin/env python3
"""Breaks a scratch copy of round130 (/tmp/round130-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round128's harness with round130's cases; 1319's body cases decode a base64 part, edit it and re-encode
it as the writer does, so that only the intended check can fail.)"""
import base64, json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round130-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1317, 1327)}


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


def b64(old, new, part=0):
    """edit 1319's decoded part (0 plain, 1 html) and re-encode it as the writer does (base64, 76 columns, CRLF)"""
    def fn(root):
        p = os.path.join(root, "digests", D[1319])
        s = open(p, "rb").read().decode("ascii")
        m = list(re.finditer(r"Content-Transfer-Encoding: base64\r\n\r\n(.*?)\r\n\r\n--", s, re.S))[part]
        dec = base64.b64decode(m.group(1).replace("\r\n", "")).decode("utf-8")
        assert old in dec, old
        dec = dec.replace(old, new, 1)
        enc = base64.encodebytes(dec.encode("utf-8")).decode("ascii").replace("\n", "\r\n").rstrip("\r\n")
        s = s[:m.start(1)] + enc + s[m.end(1):]
        open(p, "wb").write(s.encode("ascii"))
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


def rec(n, i, **kw):
    return exp_edit(lambda e: e[D[n]][i].update(kw))


def both(*fns):
    def fn(root):
        for g in fns: g(root)
    return fn


CASES = {
 # labels
 "label: arXiv link removed": sub(1317, "https://arxiv.org/abs/1706.03762", "https://papers.nips.cc/paper/7181"),
 "label: OpenReview link removed": sub(1325, "https://openreview.net/forum?id=YicbFdNTTy", "https://openreview.net/group?id=ICLR.cc/2021", count=0),
 "label: title not written": sub(1321, "TI  - Federated Learning Based on Dynamic Regularization", "TI  - FedDyn"),
 "label: wrong evidence": rec(1318, 0, evidence="arxiv-text"),
 "label: title-only given an id": rec(1322, 5, arxiv_id="2302.13971"),
 "label: title mismatch": rec(1320, 0, title="BERT"),
 "label: bad true_arxiv_id": rec(1321, 0, true_arxiv_id="2106.07448"),
 "label: record dropped": exp_edit(lambda e: e[D[1323]].pop(0)),
 "label: duplicate record": exp_edit(lambda e: e[D[1324]].append(dict(e[D[1324]][0]))),
 "label: negative labelled": exp_edit(lambda e: e[D[1326]].append(dict(e[D[1325]][0]))),
 "label: openreview id wrong": rec(1317, 2, openreview_id="OCm0rwa1lx2"),
 "text: distractor title": sub(1325, "ขอบคุณทุกคนค่ะ", "ขอบคุณทุกคนค่ะ ส่วน Vision Transformers are Robust Learners ไว้อ่านทีหลัง"),
 "text: unlabelled catalogue id": sub(1323, "всем привет, докладываю я", "всем привет, докладываю я (ещё arXiv:2303.11366)"),
 "text: unlabelled valid-shaped id": sub(1322, "رقم الطلب INC-20931", "رقم الطلب 2403.01234"),
 "text: unlabelled OpenReview id": sub(1324, "Θέσεις: 30.", "Θέσεις: 30. https://openreview.net/forum?id=abcDEF123x"),
 "text: title-only paper's id": sub(1318, "DINOv2. 큐레이션된", "DINOv2 (2304.07193). 큐레이션된"),
 "text: arxiv-text also linked": sub(1320, "arXiv:1906.08237.", "arXiv:1906.08237. Disponible en: <https://arxiv.org/abs/1906.08237>"),
 "text: another catalogue title": sub(1317, "Deep Learning. MIT Press.", "Deep Learning. MIT Press. Ayrıca: Decoupled Weight Decay Regularization."),
 "text: unlabelled catalogue title": sub(1322, "بديل للانتباه بالالتفاف الطويل", "بديل للانتباه (انظر Lost in the Middle: How Language Models Use Long Contexts)"),
 "negative: catalogue title": sub(1326, "不要硬啃原文。", "不要硬啃原文。先读 Attention Is All You Need 也行。"),
 "negative: arXiv-shaped id": sub(1326, "PyTorch 2.2 就够了", "PyTorch 2.2 就够了（见 2106.09685）"),
 "choice: odd position": rec(1317, 0, arxiv_id="2304.08485", true_arxiv_id="2304.08485", title="Visual Instruction Tuning"),
 "choice: paper in two files": exp_edit(lambda e: e[D[1318]].append(dict(e[D[1317]][0]))),
 "choice: position 1": rec(1324, 0, arxiv_id="2009.06732", true_arxiv_id="2009.06732", title="Efficient Transformers: A Survey"),
 "choice: title-only share": exp_edit(lambda e: [r.update(evidence="title-only", arxiv_id=None) for r in e[D[1322]][:4]]),
 # 1317 OİBS page
 "1317 LF line end": sub(1317, "</head>\r\n", "</head>\n"),
 "1317 doctype": sub(1317, "XHTML 1.0 Transitional//EN", "XHTML 1.0 Strict//EN"),
 "1317 form action": sub(1317, "action=\"./progCourseDetails.aspx?curCourse=1184527&amp;lang=tr\"", "action=\"./progCourseDetails.aspx?curCourse=1184527&amp;lang=en\""),
 "1317 viewstate": sub(1317, 'id="__VIEWSTATE" value="/wEP', 'id="__VIEWSTATE" value="*wEP'),
 "1317 viewstategenerator": sub(1317, 'value="5D2B9A0C"', 'value="5D2B9A0"'),
 "1317 gridview attrs": sub(1317, 'rules="all" border="1" id="grdAKTS"', 'border="1" id="grdAKTS"'),
 "1317 th scope": sub(1317, '<th scope="col">Hafta</th>', "<th>Hafta</th>"),
 "1317 kredi": sub(1317, "<td>3+0</td>\r\n\t\t<td>3</td>", "<td>3+0</td>\r\n\t\t<td>4</td>"),
 "1317 week numbering": sub(1317, "<td>9</td>\r\n\t\t<td>Seyrek", "<td>10</td>\r\n\t\t<td>Seyrek"),
 "1317 kaynak missing": sub(1317, "<td>Kaynak 8</td>", "<td>Kaynak 14</td>"),
 "1317 assessment sum": sub(1317, "<td>Ödev</td>\r\n\t\t<td>3</td>\r\n\t\t<td>45</td>", "<td>Ödev</td>\r\n\t\t<td>3</td>\r\n\t\t<td>50</td>"),
 "1317 akts row product": sub(1317, "<td>Ödevler</td>\r\n\t\t<td>3</td>\r\n\t\t<td>8</td>\r\n\t\t<td>24</td>", "<td>Ödevler</td>\r\n\t\t<td>3</td>\r\n\t\t<td>8</td>\r\n\t\t<td>25</td>"),
 "1317 akts credit": sub(1317, "<td>Dersin AKTS Kredisi</td>\r\n\t\t<td></td>\r\n\t\t<td></td>\r\n\t\t<td>6</td>", "<td>Dersin AKTS Kredisi</td>\r\n\t\t<td></td>\r\n\t\t<td></td>\r\n\t\t<td>7</td>"),
 "1317 program outcome X": sub(1317, "<td>X</td>", "<td>X</td><td>X</td>"),
 "1317 unbalanced": sub(1317, "</ol>", ""),
 # 1318 cog README
 "1318 trailing space": sub(1318, "## 데이터셋\n", "## 데이터셋 \n"),
 "1318 awesome badge": sub(1318, " [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)\n", "\n"),
 "1318 cog end marker": sub(1318, "<!-- [[[end]]] -->\n\n## 자기", "\n## 자기"),
 "1318 row hand-edited": sub(1318, "| CVPR 2020 | [facebookresearch/moco](https://github.com/facebookresearch/moco) |", "| CVPR 2020 | facebookresearch/moco |"),
 "1318 toc out of sync": sub(1318, "- [비전-언어 사전학습](#비전-언어-사전학습)\n<!-- [[[end]]] -->", "<!-- [[[end]]] -->"),
 "1318 wrong section key": sub(1318, 'for p in papers["대조 학습"]:', 'for p in papers["자기 증류와 마스크 모델링"]:'),
 "1318 table header": sub(1318, "| 논문 | 학회 | 코드 | 메모 |\n| --- | --- | --- | --- |\n| [A Simple", "| 논문 | 코드 | 학회 | 메모 |\n| --- | --- | --- | --- |\n| [A Simple"),
 "1318 hand toc anchor": sub(1318, "- [읽을거리와 강의](#읽을거리와-강의)", "- [읽을거리와 강의](#읽을거리)"),
 "1318 cog check command": sub(1318, "`cog --check README.md`", "`cog README.md`"),
 # 1319 Walla! forward
 "1319 LF line end": sub(1319, "MIME-Version: 1.0\r\n", "MIME-Version: 1.0\n"),
 "1319 header order": sub(1319, r"(Subject: [^\r]+\r\n)(Message-ID: [^\r]+\r\n)", r"\2\1", regex=True),
 "1319 zone comment": sub(1319, "+0200 (IST)\r\nFrom", "+0200 (IDT)\r\nFrom"),
 "1319 message-id epoch": sub(1319, "<1710486764.", "<1710486164."),
 "1319 base64 columns": sub(1319, r"(Content-Transfer-Encoding: base64\r\n\r\n[A-Za-z0-9+/]{76})\r\n([A-Za-z0-9+/]{4})", r"\1\2\r\n", regex=True),
 "1319 subject vs forwarded": sub(1319, "Subject: Fwd: cs daily Subj-class mailing 2403 14", "Subject: Fwd: cs daily Subj-class mailing 2403 13"),
 "1319 window weekday": both(b64("received from  Wed 13 Mar 24", "received from  Tue 13 Mar 24"), b64("received from  Wed 13 Mar 24", "received from  Tue 13 Mar 24", part=1)),
 "1319 entry outside window": both(b64("Thu, 14 Mar 2024 16:03:27 GMT", "Thu, 14 Mar 2024 20:03:27 GMT"), b64("Thu, 14 Mar 2024 16:03:27 GMT", "Thu, 14 Mar 2024 20:03:27 GMT", part=1)),
 "1319 closing line size": both(b64(",  2214kb)", ",  2215kb)"), b64(",  2214kb)", ",  2215kb)", part=1)),
 "1319 no signature": both(b64("\n-- \n", "\n--\n"), b64("<div>-- </div>", "<div>--</div>", part=1)),
 "1319 forwarded date after forward": both(b64("תאריך: 15/03/2024 02:07", "תאריך: 15/03/2024 10:07"), b64("תאריך: 15/03/2024 02:07", "תאריך: 15/03/2024 10:07", part=1)),
 "1319 html pre differs": b64("Title: Classifier-Free Diffusion Guidance", "Title: Classifier Free Diffusion Guidance", part=1),
 # 1320 ICONTEC
 "1320 no BOM": sub(1320, "\ufeffREFERENCIAS", "REFERENCIAS"),
 "1320 LF line end": sub(1320, "p. 8440-8451.\r\n", "p. 8440-8451.\n"),
 "1320 authors not in capitals": sub(1320, "HOWARD, Jeremy y RUDER, Sebastian.", "Howard, Jeremy y Ruder, Sebastian."),
 "1320 four authors written out": sub(1320, "CLARK, Kevin, et al.", "CLARK, Kevin; LUONG, Minh-Thang; LE, Quoc y MANNING, Christopher D."),
 "1320 three authors joined wrong": sub(1320, "PENNINGTON, Jeffrey; SOCHER, Richard y MANNING", "PENNINGTON, Jeffrey; SOCHER, Richard; MANNING"),
 "1320 order": sub(1320, r"(HE, Pengcheng[^\r]+\r\n)(HOWARD[^\r]+\r\n)", r"\2\1", regex=True),
 "1320 consultado date": sub(1320, "[consultado el 12 de marzo de 2024]. Disponible en: <https://arxiv.org/abs/1810.04805>", "[consultado el 31 de febrero de 2024]. Disponible en: <https://arxiv.org/abs/1810.04805>"),
 "1320 en línea missing": sub(1320, "Disentangled Attention [en línea].", "Disentangled Attention."),
 "1320 pages": sub(1320, "p. 328-339.", "p. 339-328."),
 "1320 annex heading": sub(1320, "\r\nANEXOS\r\n", "\r\nANEXO\r\n"),
 # 1321 RIS
 "1321 LF line end": sub(1321, "LA  - en\r\nUR  - https://arxiv.org/abs/2106.07447", "LA  - en\nUR  - https://arxiv.org/abs/2106.07447"),
 "1321 tag spacing": sub(1321, "PY  - 2006", "PY - 2006"),
 "1321 unknown tag": sub(1321, "DP  - www.nature.com", "XX  - www.nature.com"),
 "1321 missing ER": sub(1321, "ER  - \r\n\r\nTY  - CONF\r\nTI  - Connectionist", "\r\nTY  - CONF\r\nTI  - Connectionist"),
 "1321 DA vs PY": sub(1321, "DA  - 2021/08//\r\nPY  - 2021", "DA  - 2021/08//\r\nPY  - 2020"),
 "1321 Y2 form": sub(1321, "Y2  - 2024/03/01/02:10:33", "Y2  - 2024-03-01 02:10:33"),
 "1321 SP > EP": sub(1321, "SP  - 583\r\nEP  - 589", "SP  - 589\r\nEP  - 583"),
 "1321 note html": sub(1321, "N1  - <p>FedDyn。", "N1  - FedDyn。<p>"),
 # 1322 Odoo CSV
 "1322 BOM": sub(1322, '"العنوان"', '\ufeff"العنوان"'),
 "1322 unquoted field": sub(1322, ',"4.0",', ",4.0,"),
 "1322 LF record": sub(1322, '</p>"\r\n"تثبيت', '</p>"\n"تثبيت'),
 "1322 stage": sub(1322, '"قيد التنفيذ"', '"جاري"'),
 "1322 many2many spacing": sub(1322, '"ريم الحربي,عمر صالح"', '"ريم الحربي, عمر صالح"'),
 "1322 deadline": sub(1322, '"2024-03-21 12:00:00"', '"21/03/2024 12:00"'),
 "1322 hours": sub(1322, '"10.0"', '"10"'),
 "1322 description html": sub(1322, "<p>الأقسام 2 و3 فقط (التعلم في السياق).</p>", "الأقسام 2 و3 فقط (التعلم في السياق)."),
 "1322 header": sub(1322, '"الأولوية"', '"Priority"'),
 # 1323 Convos log
 "1323 timestamp form": sub(1323, "2024-03-05T15:54:31 <sveta_k>", "2024-03-05 15:54:31 <sveta_k>"),
 "1323 time order": sub(1323, "2024-03-12T15:53:25", "2024-03-12T15:50:25"),
 "1323 other month": sub(1323, "2024-03-19T17:46:09", "2024-04-01T08:46:09"),
 "1323 notice from a person": sub(1323, "<oleg_ml> всем спасибо!", "-oleg_ml- всем спасибо!"),
 "1323 long message": sub(1323, "<pasha> U-образная кривая", "<pasha> " + "очень " * 80 + "U-образная кривая"),
 "1323 CRLF": sub(1323, "машет рукой\n", "машет рукой\r\n"),
 # 1324 AcyMailing
 "1324 lang": sub(1324, '<html lang="el-gr" dir="ltr">', '<html lang="en-gb" dir="ltr">'),
 "1324 weekday": both(sub(1324, '<div class="acym__front__archive__date">Τρίτη, 12 Μαρτίου 2024</div>', '<div class="acym__front__archive__date">Τετάρτη, 12 Μαρτίου 2024</div>'), sub(1324, "(έφυγε Τρίτη, 12", "(έφυγε Τετάρτη, 12")),
 "1324 greeting date": sub(1324, "(έφυγε Τρίτη, 12", "(έφυγε Τρίτη, 19"),
 "1324 title vs h1": sub(1324, "</title>", " </title>"),
 "1324 issue number": sub(1324, "στο τεύχος #14 ", "στο τεύχος #15 "),
 "1324 previous issue": sub(1324, "&laquo; Τεύχος #13", "&laquo; Τεύχος #12"),
 "1324 itemid": sub(1324, "Itemid=112\">Όλα τα τεύχη", "Itemid=113\">Όλα τα τεύχη"),
 "1324 unbalanced": sub(1324, "</table>\n</td></tr>\n</table>", "</td></tr>\n</table>"),
 # 1325 Bloggang
 "1325 title": sub(1325, " - bloggang.com</title>", "</title>"),
 "1325 BE year": sub(1325, "Create Date : 18 มีนาคม 2567", "Create Date : 18 มีนาคม 2024"),
 "1325 update before create": sub(1325, "Last Update : 19 มีนาคม 2567", "Last Update : 17 มีนาคม 2567"),
 "1325 permalink date": sub(1325, "month=03-2024&amp;date=18&amp;group=4&amp;gblog=27\">Permalink", "month=03-2024&amp;date=19&amp;group=4&amp;gblog=27\">Permalink"),
 "1325 comment numbering": sub(1325, "ความคิดเห็นที่ 3<", "ความคิดเห็นที่ 4<"),
 "1325 comment order": sub(1325, "วันที่: 19 มีนาคม 2567 เวลา:8:15:30 น.", "วันที่: 18 มีนาคม 2567 เวลา:8:15:30 น."),
 "1325 comment foot form": sub(1325, "เวลา:22:03:47 น.", "เวลา 22:03:47"),
 "1325 unbalanced": sub(1325, "</form>", ""),
 # 1326 Zhidao copy
 "1326 no address": sub(1326, "https://zhidao.baidu.com/question/1827365410968723450.html\n", "zhidao\n"),
 "1326 answer count": sub(1326, "其他3条回答", "其他4条回答"),
 "1326 two best answers": sub(1326, "至于论文，", "最佳答案\n至于论文，"),
 "1326 answer date order": sub(1326, "2024-03-13 22:40", "2024-03-12 07:40"),
 "1326 adoption rate": sub(1326, "采纳率：92%", "采纳率：192%"),
 "1326 footer": sub(1326, "©2024 Baidu  使用百度前必读", "©2024 Baidu 使用百度前必读"),
 "1326 CRLF": sub(1326, "百度首页\n", "百度首页\r\n"),
}


def run(root):
    r = subprocess.run([sys.executable, os.path.join(root, "validate.py")], capture_output=True, text=True)
    return [l for l in r.stdout.splitlines() if l.startswith("ERROR")], r.returncode


def fresh():
    if os.path.exists(SCR): shutil.rmtree(SCR)
    os.makedirs(os.path.dirname(SCR), exist_ok=True)
    shutil.copytree(HERE, SCR, ignore=shutil.ignore_patterns("__pycache__"))


fresh()
errs, rc = run(SCR)
if errs or rc: print("the unbroken copy is not clean:", errs); sys.exit(1)
missed, total = [], 0
for name, fn in CASES.items():
    fresh()
    try:
        fn(SCR)
    except AssertionError as ex:
        print("CASE SETUP FAILED", name, ex); missed.append(name); continue
    errs, rc = run(SCR)
    total += len(errs)
    if not errs or rc == 0: missed.append(name)
    if V: print(f"{name}: {len(errs)}", *errs[:3], sep="\n   ")
shutil.rmtree(SCR)
print(f"cases {len(CASES)} errors {total}" + (f" MISSED {missed}" if missed else " — every case caught, the unbroken copy clean"))
sys.exit(1 if missed else 0)
