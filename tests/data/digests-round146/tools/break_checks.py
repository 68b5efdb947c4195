#!/usr/bin/env python3
"""Breaks a scratch copy of round146 (/tmp/round146-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round144's harness, with round146's cases; 1478 is CR LF with quoted-printable parts, which are edited
decoded and encoded again; 1480 and 1481 are CR LF, 1481 with a BOM.)"""
import json, os, quopri, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round146-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1477, 1487)}


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


def qp(part, old, new, count=1):
    """edit the decoded text of 1478's part 0 (text) or 1 (HTML) and encode it again as the builder does"""
    def fn(root):
        p = os.path.join(root, "digests", D[1478])
        s = open(p, "rb").read().decode("ascii")
        bnd = re.search(r'boundary="([^"]+)"', s).group(1)
        segs = re.split(r"(Content-Transfer-Encoding: quoted-printable\r\n\r\n)", s)
        body, rest = segs[2 * part + 2].split("\r\n--" + bnd, 1)
        txt = quopri.decodestring(body.encode("ascii")).decode("utf-8").replace("\r\n", "\n")
        assert old in txt, old
        txt = txt.replace(old, new, count if count else -1)
        enc = quopri.encodestring(txt.encode("utf-8"), quotetabs=False).decode("ascii").replace("\n", "\r\n").rstrip("\r\n")
        segs[2 * part + 2] = enc + "\r\n--" + bnd + rest
        open(p, "wb").write("".join(segs).encode("ascii"))
    return fn


def both(old, new, count=1):
    h = lambda x: x.replace("<", "&lt;").replace(">", "&gt;").replace("  ", "&nbsp; ")
    return lambda root: (qp(0, old, new, count)(root), qp(1, h(old), h(new), count)(root))


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


CASES = {
 # 1477 CodeCatalyst README
 "1477 TOC anchor wrong": sub(1477, "(#条件付けガイダンス)\n", "(#条件付け・ガイダンス)\n"),
 "1477 section missing from TOC": sub(1477, "- [マルチモーダル](#マルチモーダル)\n", ""),
 "1477 clone URL of another host": sub(1477, "https://git.us-west-2.codecatalyst.aws/v1/", "https://git-codecommit.us-west-2.amazonaws.com/v1/repos/"),
 "1477 clone URL without the project": sub(1477, "/v1/kitasora-rd/genai-reading/awesome-diffusion-ja", "/v1/kitasora-rd/awesome-diffusion-ja"),
 "1477 cd into another repository": sub(1477, "cd awesome-diffusion-ja\n", "cd awesome-diffusion\n"),
 "1477 intro names another project": sub(1477, "プロジェクト `genai-reading`", "プロジェクト `genai-papers`"),
 "1477 link count wrong": sub(1477, "checked 10 links", "checked 12 links"),
 "1477 workflow file of another name": sub(1477, "`.codecatalyst/workflows/link-check.yaml`", "`.codecatalyst/workflows/links.yaml`"),
 "1477 table row missing a cell": sub(1477, "| k-diffusion | サンプラー実装集 | https://github.com/crowsonkb/k-diffusion |", "| k-diffusion | https://github.com/crowsonkb/k-diffusion |"),
 "1477 unbalanced link": sub(1477, "[Zero-1-to-3", "Zero-1-to-3"),
 "1477 code fence unclosed": sub(1477, "git checkout -b add/<論文の略称>\n```", "git checkout -b add/<論文の略称>\n"),
 "1477 badge missing": sub(1477, " [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)", ""),
 # 1478 Atlas.cz forward of a JISCMail digest (quoted-printable)
 "1478 LF line ends": sub(1478, "\r\n", "\n", count=0),
 "1478 Date weekday wrong": sub(1478, "Date: Fri, 12 Apr 2024", "Date: Thu, 12 Apr 2024"),
 "1478 Date not CEST": sub(1478, "Date: Fri, 12 Apr 2024 08:37:39 +0200", "Date: Fri, 12 Apr 2024 08:37:39 +0100"),
 "1478 Received before Date": sub(1478, "Fri, 12 Apr 2024 08:37:41 +0200 (CEST)", "Fri, 12 Apr 2024 07:37:41 +0200 (CEST)"),
 "1478 From not a Q-word": sub(1478, "From: =?UTF-8?Q?Jana_Kratochv=C3=ADlov=C3=A1?=", "From: Jana Kratochvilova"),
 "1478 Subject not the forwarded one": sub(1478, "Subject: Fwd: CZSK-ML Digest", "Subject: Fwd: CZSK-ML digest"),
 "1478 boundary not closed": sub(1478, r"--\r\n$", "\r\n", regex=True),
 "1478 QP line too long": sub(1478, r"(Content-Transfer-Encoding: quoted-printable\r\n\r\nAhoj Tome,\r\n\r\n[^\r]*)=\r\n", r"\1", regex=True),
 "1478 8-bit text in the body": sub(1478, "This is a multi-part message in MIME format.", "Toto je zpráva ve formátu MIME."),
 "1478 part not quoted-printable": sub(1478, "Content-Transfer-Encoding: quoted-printable", "Content-Transfer-Encoding: 8bit"),
 "1478 forward block in another form": both("---------- Původní zpráva ----------", "-------- Forwarded Message --------"),
 "1478 forward date not the day after": both("Datum: 12. 4. 2024 1:00:12", "Datum: 11. 4. 2024 1:00:12"),
 "1478 message count wrong": both("There are 5 messages", "There are 6 messages"),
 "1478 line count wrong": both("totaling 76 lines", "totaling 80 lines"),
 "1478 topic count wrong": both("nástroje (3)", "nástroje (2)"),
 "1478 message outside the period": both("Date:    Thu, 11 Apr 2024 10:41:30 +0100", "Date:    Fri, 12 Apr 2024 10:41:30 +0100"),
 "1478 message Date weekday wrong": both("Date:    Wed, 10 Apr 2024 17:30:11 +0100", "Date:    Thu, 10 Apr 2024 17:30:11 +0100"),
 "1478 messages out of time order in a topic": both("Date:    Wed, 10 Apr 2024 13:52:07 +0100", "Date:    Wed, 10 Apr 2024 08:52:07 +0100"),
 "1478 End line wrong": both("End of CZSK-ML Digest - 10 Apr 2024 to 11 Apr 2024 (#2024-37)", "End of CZSK-ML Digest - 10 Apr 2024 to 11 Apr 2024 (#2024-38)"),
 "1478 URL only in the text part": qp(0, "https://arxiv.org/abs/2305.16291", "https://arxiv.org/abs/2305.16291v2"),
 # 1479 SPPU thesis bibliography
 "1479 CR LF": sub(1479, "\n", "\r\n", count=0),
 "1479 page numbers not consecutive": sub(1479, "\n२३४\n", "\n२३६\n"),
 "1479 running head missing": sub(1479, "२३४\nमराठी मजकूर वर्गीकरणासाठी सखोल अध्ययन प्रारूपांचा तुलनात्मक अभ्यास\n\n", "२३४\n"),
 "1479 section missing": sub(1479, "क. संकेतस्थळे, सॉफ्टवेअर व डेटासंच", "संकेतस्थळे, सॉफ्टवेअर व डेटासंच"),
 "1479 English entries out of order": sub(1479, "Patil, S. R., & Deshmukh, V. K. (2021).", "Zatil, S. R., & Deshmukh, V. K. (2021)."),
 "1479 no & before the last author": sub(1479, "Howard, J., & Ruder, S. (2018).", "Howard, J., Ruder, S. (2018)."),
 "1479 year not in parentheses": sub(1479, "Jurafsky, D., & Martin, J. H. (2023).", "Jurafsky, D., & Martin, J. H., 2023."),
 "1479 pages backwards": sub(1479, "(pp. 328–339)", "(pp. 339–328)"),
 "1479 arXiv id newer than the year": sub(1479, "& Stoyanov, V. (2019). RoBERTa", "& Stoyanov, V. (2018). RoBERTa"),
 "1479 citation without an entry": sub(1479, "(Clark et al., 2020)", "(Clark et al., 2019)"),
 "1479 Marathi citation without an entry": sub(1479, "(जोशी व देशपांडे, २०२१)", "(जोशी व देशपांडे, २०२०)"),
 "1479 web entry without URL": sub(1479, "AI4Bharat. (2022). IndicCorp v2 [डेटासंच]. https://ai4bharat.iitm.ac.in/", "AI4Bharat. (2022). IndicCorp v2 [डेटासंच]."),
 # 1480 Periódicos CAPES RIS
 "1480 LF line ends": sub(1480, "\r\n", "\n", count=0),
 "1480 tag with one space": sub(1480, "TI  - Masked", "TI - Masked"),
 "1480 record without ER": sub(1480, "ER  - \r\n\r\nTY  - JOUR\r\nAU  - Dosovitskiy", "\r\nTY  - JOUR\r\nAU  - Dosovitskiy"),
 "1480 unknown type": sub(1480, "TY  - THES", "TY  - THESIS"),
 "1480 conference without pages": sub(1480, "SP  - 11976\r\n", ""),
 "1480 DA not in PY": sub(1480, "DA  - 2021/11/11", "DA  - 2022/11/11"),
 "1480 author not Last, First": sub(1480, "AU  - Zhai, Xiaohua\r\nAU  - Kolesnikov", "AU  - Xiaohua Zhai\r\nAU  - Kolesnikov"),
 "1480 arXiv record without arXiv URL": sub(1480, "UR  - https://arxiv.org/pdf/2103.14030", "UR  - https://github.com/microsoft/Swin-Transformer"),
 "1480 record without a note": sub(1480, "N1  - Licença CC BY 4.0. 4.812 imagens, 3 classes.\r\n", ""),
 "1480 record saved twice": sub(1480, "TI  - Imagens de folhas de café arábica com anotações de ferrugem e cercosporiose (versão 2)", "TI  - Detecção de doenças em folhas de café com redes convolucionais e transformers"),
 # 1481 Porsline CSV
 "1481 no BOM": sub(1481, "\ufeff", ""),
 "1481 LF records": sub(1481, "\r\n", "\n", count=0),
 "1481 a field quoted without need": sub(1481, ",سارا رضایی,", ',"سارا رضایی",'),
 "1481 duration wrong": sub(1481, ",214,", ",215,"),
 "1481 Jalali date invalid": sub(1481, "1403/02/15 09:12:40", "1403/02/32 09:12:40"),
 "1481 rows out of order": sub(1481, "1403/02/16 19:02:44,1403/02/16 19:04:45", "1403/02/14 19:02:44,1403/02/14 19:04:45"),
 "1481 complete with an empty answer": sub(1481, ",بله,چهارشنبه\r\n", ",,چهارشنبه\r\n"),
 "1481 degree not an option": sub(1481, ",پسادکتری یا هیئت علمی,", ",استاد,"),
 "1481 days not options": sub(1481, "شنبه، یکشنبه، دوشنبه", "شنبه و یکشنبه"),
 "1481 ids not increasing": sub(1481, "48213121,", "48213100,"),
 # 1482 Brity Messenger
 "1482 day weekday wrong": sub(1482, "2024-05-21 (화)", "2024-05-21 (수)"),
 "1482 time goes back": sub(1482, "[13:22] 정민재", "[08:22] 정민재"),
 "1482 member count wrong": sub(1482, "(6명)", "(7명)"),
 "1482 writes before joining": sub(1482, "[10:11] 한소희 :", "[09:11] 한소희 :"),
 "1482 not a member": sub(1482, "[10:05] 김도현 :", "[10:05] 김도훈 :"),
 "1482 exported before the last message": sub(1482, "내보낸 날짜: 2024-05-22 18:40", "내보낸 날짜: 2024-05-22 17:40"),
 "1482 file placeholder without size": sub(1482, "(파일) ctc_graves2006.pdf (1.1 MB)", "(파일) ctc_graves2006.pdf"),
 "1482 blank line in a message": sub(1482, "v2, v3는", "\nv2, v3는"),
 # 1483 Kaldata
 "1483 reply count wrong": sub(1483, "5 отговора в тази тема", "6 отговора в тази тема"),
 "1483 post dated before the one above": sub(1483, "Публикувано 13 март (редактирано)", "Публикувано 10 март (редактирано)"),
 "1483 quote of a later poster": sub(1483, "На 11.03.2024 в 14:32, georgi.d каза:", "На 11.03.2024 в 14:32, ivo_ml каза:"),
 "1483 edited by another user": sub(1483, "Редактирано 11 март от georgi.d", "Редактирано 11 март от Zlatina_K"),
 "1483 edit marker without edit line": sub(1483, "Публикувано 12 март\n\nДобавям", "Публикувано 12 март (редактирано)\n\nДобавям"),
 "1483 topic line names another author": sub(1483, "От Nikolay_P, 11 март", "От georgi.d, 11 март"),
 "1483 rank not in the set": sub(1483, "Активен член", "Ветеран"),
 "1483 post without its tools": sub(1483, "Харесвания: 1\n\nЦитат\n", "Харесвания: 1\n\n"),
 # 1484 Pulseem
 "1484 unbalanced tags": sub(1484, "</ul>\n", "\n"),
 "1484 http link": sub(1484, 'href="https://www.pulseem.co.il/"', 'href="http://www.pulseem.co.il/"'),
 "1484 issue number differs": sub(1484, "<title>מודלים בשטח | גיליון 14</title>", "<title>מודלים בשטח | גיליון 15</title>"),
 "1484 issue weekday wrong": sub(1484, "יום ראשון, 9 ביוני 2024", "יום שני, 9 ביוני 2024"),
 "1484 event before the issue": sub(1484, "יום חמישי, 20 ביוני 2024", "יום ראשון, 2 ביוני 2024"),
 "1484 button not through the redirect": sub(1484, r'href="https://pulseem\.co\.il/Pulseem/Redirect\.aspx\?cid=731946&amp;lid=2&amp;s=[0-9a-f]+&amp;url=https%3A%2F%2Farxiv\.org%2Fabs%2F2309\.06180"', 'href="https://arxiv.org/abs/2309.06180"', regex=True),
 "1484 raw & in href": sub(1484, "cid=731946&amp;lid=1", "cid=731946&lid=1"),
 "1484 link ids out of order": sub(1484, "&amp;lid=4&amp;", "&amp;lid=5&amp;"),
 "1484 footer without Pulseem": sub(1484, 'alt="Powered by Pulseem"', 'alt="logo"'),
 "1484 card without author line": sub(1484, r'(dir="ltr">Solving Quantitative[^<]*</h2>\n)<p style="[^"]*color:#6b7280[^"]*" dir="ltr">[^<]*</p>\n', r"\1", regex=True),
 # 1485 Blognone
 "1485 comment count wrong": sub(1485, "6 ความคิดเห็น", "7 ความคิดเห็น"),
 "1485 comment before the post": sub(1485, "By: kittipong on 17 June 2024 - 10:12", "By: kittipong on 15 June 2024 - 10:12"),
 "1485 comment ids not increasing": sub(1485, "#1318276", "#1318200"),
 "1485 reply to a later commenter": sub(1485, "↳ ตอบ mameaw", "↳ ตอบ chayut_k"),
 "1485 reply not indented": sub(1485, "    ↳ ตอบ kittipong\n", "↳ ตอบ kittipong\n"),
 "1485 comment without Reply": sub(1485, "555\nReply\n", "555\n"),
 "1485 byline date invalid": sub(1485, "By ploy_dev on 16 June 2024 - 21:34", "By ploy_dev on 31 June 2024 - 21:34"),
 # 1486 Tutor LMS (negative)
 "1486 week lesson count wrong": sub(1486, "(CNN)\t4 Ders", "(CNN)\t5 Ders"),
 "1486 week duration wrong": sub(1486, "Hızlı Giriş\t4 Ders\t1sa 21dk", "Hızlı Giriş\t4 Ders\t1sa 25dk"),
 "1486 total wrong": sub(1486, "Kurs İçeriği\t23 Ders", "Kurs İçeriği\t24 Ders"),
 "1486 sidebar video count wrong": sub(1486, "▶ 17 video ders", "▶ 16 video ders"),
 "1486 rating does not follow": sub(1486, "★★★★★ 4.8 (37 değerlendirme)", "★★★★★ 4.5 (37 değerlendirme)"),
 "1486 weekday wrong": sub(1486, "1 Temmuz 2024, Pazartesi", "1 Temmuz 2024, Salı"),
 "1486 catalogue title in the negative": sub(1486, "Stanford CS231n ders notları", "Stanford CS231n ders notları ve Deep Residual Learning for Image Recognition"),
 "1486 arXiv id in the negative": sub(1486, "12 Kurs   1.846 Öğrenci", "12 Kurs   1.846 Öğrenci (arXiv:2312.04567)"),
 # labels
 "title-only paper gets a link in 1477": sub(1477, "**Classifier-Free Diffusion Guidance**", "[Classifier-Free Diffusion Guidance](https://arxiv.org/abs/2207.12598)"),
 "title-only paper gets an id in 1480": sub(1480, "SP  - 6207\r\n", "SP  - 6207\r\nN1  - arXiv:2103.14167\r\n"),
 "title-only id in the 1478 digest": both("(Gato) - jeden", "(Gato, arXiv:2205.06175) - jeden"),
 "arxiv-text id lost in 1478": both(" (arXiv:2203.02155)", ""),
 "unlabelled catalogue id in 1479": sub(1479, "https://web.stanford.edu/~jurafsky/slp3/", "https://arxiv.org/abs/2001.08361"),
 "other file's title in 1482": sub(1482, "v2, v3는", "Masked Autoencoders Are Scalable Vision Learners, v2, v3는"),
 "labelled title lost in 1481": sub(1481, "QLoRA: Efficient Finetuning of Quantized LLMs", "QLoRA"),
 "unlabelled OpenReview id in 1483": sub(1483, "(рецензиите в OpenReview", "(https://openreview.net/forum?id=Ua6zuk0WRH, рецензиите в OpenReview"),
 "distractor title in 1477": sub(1477, "Imagen、DALL·E 2", "Imagen、DALL·E 2、Stay on topic with Classifier-Free Guidance"),
 "link lost in 1484": sub(1484, "url=https%3A%2F%2Farxiv.org%2Fabs%2F2206.14858", "url=https%3A%2F%2Fgithub.com%2Fminerva"),
 "OpenReview link cut in 1482": sub(1482, "pdf?id=uB5x7Y2qsFR", "pdf?id=uB5x7"),
 "arxiv-text gets a link in 1485": sub(1485, "(arXiv:2103.14586)", "https://arxiv.org/abs/2103.14586"),
 "unknown valid-shaped id in 1483": sub(1483, "(24 GB)", "(24 GB, 2404.01234)"),
 "OpenReview record also has an arXiv link in 1481": sub(1481, "https://openreview.net/forum?id=0RDcd5Axok", "https://openreview.net/forum?id=0RDcd5Axok https://arxiv.org/abs/2110.04366"),
 "label in the negative": exp_edit(lambda e: e[D[1486]].append(dict(e[D[1485]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[1479]][2].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[1477]][1].update(title="Stable Diffusion 3")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[1482]][3].update(true_arxiv_id="2304.07194", arxiv_id="2304.07194")),
 "paper in two files": exp_edit(lambda e: e[D[1478]].append(dict(e[D[1477]][0]))),
 "odd-position paper": exp_edit(lambda e: e[D[1485]].append({"arxiv_id": None, "openreview_id": None, "title": "Efficient Transformers: A Survey", "evidence": "title-only", "true_arxiv_id": "2009.06732"})),
 "too few papers": exp_edit(lambda e: [e[D[1484]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[1480]] if r["evidence"] == "title-only" and r["true_arxiv_id"]]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[1483])),
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
