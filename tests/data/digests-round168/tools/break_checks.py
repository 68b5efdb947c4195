#!/usr/bin/env python3
"""Breaks a scratch copy of round168 (/tmp/round168-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round166's harness with round168's cases; 1699 is a CR LF mail whose body is base64 of UTF-8 text in
CR LF form: its body is edited decoded and encoded again as the builder does; 1701 and 1702 are CR LF files.)"""
import base64, json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round168-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1697, 1707)}


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


def b64body(old, new, crlf=True):
    """edit 1699's base64 body decoded (LF view) and encode it again as the builder does (CR LF text, 76-column lines;
    crlf=False keeps the edited text's LF line ends)"""
    def fn(root):
        p = os.path.join(root, "digests", D[1699])
        s = open(p, "rb").read().decode("ascii")
        h, _, b = s.partition("\r\n\r\n")
        t = base64.b64decode(b.replace("\r\n", "")).decode("utf-8").replace("\r\n", "\n")
        assert old in t, old
        t = t.replace(old, new, 1)
        e = base64.encodebytes((t.replace("\n", "\r\n") if crlf else t).encode("utf-8")).decode("ascii").replace("\n", "\r\n")
        open(p, "wb").write((h + "\r\n\r\n" + e).encode("ascii"))
    return fn


def both(*fns):
    def fn(root):
        for g in fns: g(root)
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


CASES = {
 # 1697 Umeå
 "1697 site head": sub(1697, "Hoppa till huvudinnehåll\n", ""),
 "1697 course code": sub(1697, "Kurskod: 5DV249", "Kurskod: 5DV24"),
 "1697 list for another course": sub(1697, "Litteraturlista för 5DV249", "Litteraturlista för 5DV250"),
 "1697 term differs": sub(1697, "Giltig från: Vårterminen 2025", "Giltig från: Höstterminen 2025"),
 "1697 breadcrumb": sub(1697, "Kurser\nDjupinlärning – grunder\n\n", "Kurser\nDjupinlärning\n\n"),
 "1697 tabs": sub(1697, "Kursplan\nLitteraturlista\nSchema", "Litteraturlista\nSchema"),
 "1697 heading repeated": sub(1697, "Artiklar\n", "Litteraturlista\n"),
 "1697 set after term start": sub(1697, "Fastställandedatum: 2024-11-20", "Fastställandedatum: 2025-02-20"),
 "1697 updated before set": sub(1697, "Sidan uppdaterades: 2025-01-13", "Sidan uppdaterades: 2024-10-13"),
 "1697 section order": sub(1697, "\nReferenslitteratur\n", "\nReferenser\n"),
 "1697 article block": sub(1697, "Hochreiter, Sepp; Schmidhuber, Jürgen", "Sepp Hochreiter och Jürgen Schmidhuber"),
 "1697 URL not https": sub(1697, "https://arxiv.org/abs/1406.2661", "arxiv.org/abs/1406.2661"),
 "1697 library link": sub(1697, "Se Umeå universitetsbiblioteks söktjänst\n", ""),
 "1697 footer": sub(1697, "\nPersonuppgifter\n", "\n"),
 "1697 CR LF": sub(1697, "Artiklar\n", "Artiklar\r\n"),
 # 1698 gitlab.fel.cvut.cz
 "1698 fence unbalanced": sub(1698, "make linkcheck\n```", "make linkcheck\n"),
 "1698 no badge": sub(1698, " [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)", ""),
 "1698 no TOC macro": sub(1698, "[[_TOC_]]\n", ""),
 "1698 hand-written TOC": sub(1698, "[[_TOC_]]\n", "[[_TOC_]]\n\n- [Nástroje](#nastroje)\n"),
 "1698 anchor wrong": sub(1698, "viz otevřené issues.", "viz [Nástroje](#nastroje-1)."),
 "1698 clone/cd mismatch": sub(1698, "\ncd awesome-efektivni-pozornost", "\ncd awesome"),
 "1698 other project": sub(1698, "awesome-efektivni-pozornost/-/wikis", "seminar/-/wikis"),
 "1698 link item shape": sub(1698, "(https://arxiv.org/abs/2307.08691) —", "(arxiv.org/abs/2307.08691) —"),
 "1698 bold item shape": sub(1698, "** — Tay et al.", "**, Tay et al."),
 "1698 table row cells": sub(1698, "| Hyena | dlouhá konvoluce |", "| Hyena | dlouhá konvoluce | 2023 |"),
 "1698 details unbalanced": sub(1698, "</details>\n", ""),
 "1698 pipeline badge": sub(1698, "/badges/main/pipeline.svg", "/badges/main/coverage.svg"),
 "1698 maintainer handle": sub(1698, "@novak.jan", "@Novak"),
 "1698 arxiv-text gets a link": sub(1698, "(arXiv:2103.02143)", "(https://arxiv.org/abs/2103.02143)"),
 # 1699 YouSee Mail
 "1699 LF in headers": sub(1699, "MIME-Version: 1.0\r\n", "MIME-Version: 1.0\n"),
 "1699 non-ASCII byte": sub(1699, "From: Mette Larsen", "From: Mette Lærsen"),
 "1699 Date weekday": sub(1699, "Date: Tue, 15 Apr 2025", "Date: Wed, 15 Apr 2025"),
 "1699 header missing": sub(1699, "MIME-Version: 1.0\r\n", ""),
 "1699 Message-ID host": sub(1699, "@webmail.yousee.dk>\r\nMIME", "@mail.dk>\r\nMIME"),
 "1699 encoding": sub(1699, "Content-Transfer-Encoding: base64", "Content-Transfer-Encoding: quoted-printable"),
 "1699 base64 line length": sub(1699, r"(\r\n\r\n[A-Za-z0-9+/]{76})\r\n", r"\1", regex=True),
 "1699 base64 alphabet": sub(1699, r"\r\n\r\n([A-Za-z0-9+/]{10})", r"\r\n\r\n\1*", regex=True),
 "1699 base64 truncated": sub(1699, r"[A-Za-z0-9+/=]{3}\r\n$", "\r\n", regex=True),
 "1699 encoded-word": sub(1699, "=?UTF-8?Q?Jonas_Kj=C3=A6rgaard?=", "=?UTF-8?Q?Jonas_Kj=C3=A?="),
 "1699 Subject != Emne": sub(1699, "Subject: Fwd: nlp-dk Digest  Mon, 14 Apr 2025", "Subject: Fwd: nlp-dk Digest  Sun, 13 Apr 2025"),
 "1699 LF inside the decoded text": b64body("Hej Jonas\n", "Hej Jonas\n", crlf=False),
 "1699 contents order": b64body("* Re: Læsegruppe: sprogmodeller som agenter - Sofie Lund", "* Re: Læsegruppe: sprogmodeller som agenter - Anders Kjær"),
 "1699 message weekday": b64body("Date:    Mon, 14 Apr 2025 11:47:05", "Date:    Tue, 14 Apr 2025 11:47:05"),
 "1699 message order": b64body("Date:    Mon, 14 Apr 2025 16:03:22", "Date:    Mon, 14 Apr 2025 08:03:22"),
 "1699 digest day": both(b64body("Date:    Mon, 14 Apr 2025 09:12:40", "Date:    Sun, 13 Apr 2025 09:12:40")),
 "1699 end line": b64body("End of nlp-dk Digest  Mon, 14 Apr 2025\n", "End of nlp-dk Digest\n"),
 "1699 asterisk line": b64body("2025\n*****", "2025\n****"),
 "1699 forwarded Dato after the mail": b64body("Dato: 14.04.2025 23:00", "Dato: 15.04.2025 23:00"),
 "1699 forwarded Fra": b64body("Fra: nlp-dk-request@", "Fra: nlp-dk-owner@"),
 "1699 Toolformer id lost": b64body("arXiv:2302.04761", "(Schick et al., 2023)"),
 "1699 title-only id in the digest": b64body("(Reed et al., TMLR 2022)", "(Reed et al., arXiv:2205.06175)"),
 # 1700 Rijeka
 "1700 page number": sub(1700, "\n40\n", "\n44\n"),
 "1700 no final page": sub(1700, r"\n\n42\n$", "\n", regex=True),
 "1700 heading twice": sub(1700, "\nLiteratura\n", "\nLiteratura\nLiteratura\n"),
 "1700 numbering": sub(1700, "\n[9] R. Wightman", "\n[12] R. Wightman"),
 "1700 citation order": sub(1700, "hijerarhijski Swin [3]", "hijerarhijski Swin [4]"),
 "1700 reference not cited": sub(1700, "knjižnicom timm [9]", "knjižnicom timm"),
 "1700 no i": sub(1700, "Z. Li, Y. Zhang i S. Arora", "Z. Li, Y. Zhang, S. Arora"),
 "1700 Dostupno without https": sub(1700, "Dostupno na:\n     https://arxiv.org/pdf/2103.14030v2", "Dostupno na:\n     arxiv.org/pdf/2103.14030v2"),
 "1700 pristupljeno invalid": sub(1700, "(pristupljeno: 3. 6. 2025.)", "(pristupljeno: 31. 6. 2025.)"),
 "1700 ending": sub(1700, "Tehnički fakultet, 2023.", "Tehnički fakultet"),
 "1700 indent lost": sub(1700, "\n     Document Recognition", "\nDocument Recognition"),
 "1700 line too long": sub(1700, "Y. Bengio i P. Haffner, „Gradient-Based Learning Applied to\n     Document", "Y. Bengio i P. Haffner, „Gradient-Based Learning Applied to Document Recognition and more words here"),
 "1700 Ključne riječi": sub(1700, "Ključne riječi: ", "Ključne riječi - "),
 "1700 arxiv-text gets a link": sub(1700, "arXiv\n     preprint arXiv:2106.04560", "https://arxiv.org/abs/2106.04560"),
 # 1701 RIS
 "1701 BOM": sub(1701, "TY  - RPRT", "\ufeffTY  - RPRT"),
 "1701 LF": sub(1701, "ER  - \r\n\r\n", "ER  - \n\n"),
 "1701 line shape": sub(1701, "PY  - 2018", "PY - 2018"),
 "1701 TY unknown": sub(1701, "TY  - THES", "TY  - THESIS"),
 "1701 ER missing": sub(1701, r"ER  - \r\n$", "", regex=True),
 "1701 tag repeated": sub(1701, "PY  - 2018\r\n", "PY  - 2018\r\nPY  - 2019\r\n"),
 "1701 author form": sub(1701, "AU  - Moreau, Camille", "AU  - Camille Moreau"),
 "1701 author after title": sub(1701, "TI  - Apprentissage auto-supervisé de représentations pour l'imagerie satellitaire multitemporelle\r\n", "TI  - Apprentissage auto-supervisé de représentations pour l'imagerie satellitaire multitemporelle\r\nAU  - Petit, Léa\r\n"),
 "1701 DA / PY": sub(1701, "DA  - 2019/11/13", "DA  - 2020/11/13"),
 "1701 JOUR without JO": sub(1701, "JO  - CoRR\r\n", ""),
 "1701 pages": sub(1701, "EP  - 2928", "EP  - 2900"),
 "1701 DP": sub(1701, "DP  - EBSCOhost\r\nDB  - HAL", "DP  - HAL"),
 "1701 N1 wording": sub(1701, "N1  - Type de document : Thèse", "N1  - Thèse"),
 "1701 OpenReview link cut": sub(1701, "forum?id=-bdp_8Itjwp", "forum?id=-bdp_8"),
 "1701 CPC id lost": sub(1701, "VL  - abs/1807.03748\r\n", ""),
 "1701 title-only gets a URL": sub(1701, "TI  - In Search of Lost Domain Generalization\r\n", "TI  - In Search of Lost Domain Generalization\r\nUR  - https://arxiv.org/abs/2007.01434\r\n"),
 # 1702 Aha!
 "1702 no BOM": sub(1702, "\ufeffFeature", "Feature"),
 "1702 LF record end": sub(1702, "Feature description\r\n", "Feature description\n"),
 "1702 LF inside a field": sub(1702, "2106.09685\r\n\r\nRango", "2106.09685\n\nRango"),
 "1702 over-quoted": sub(1702, "AJUR-41,", '"AJUR-41",'),
 "1702 header": sub(1702, "Feature score", "Score"),
 "1702 duplicate reference": sub(1702, "AJUR-47,", "AJUR-46,"),
 "1702 another product": sub(1702, "AJUR-52,", "LEX-52,"),
 "1702 status": sub(1702, ",Shipped,", ",Done,"),
 "1702 score": sub(1702, ",34,", ",alta,"),
 "1702 created date": sub(1702, "2025-03-11", "2025-02-30"),
 "1702 date order": sub(1702, "2025-03-04", "2025-01-04"),
 "1702 release": sub(1702, "R3 Backlog,Lucía Fernández,\"peft,investigación\"", "Backlog,Lucía Fernández,\"peft,investigación\""),
 "1702 tags": sub(1702, '"peft,adaptadores"', '"PEFT, adaptadores"'),
 "1702 arxiv-text gets a link": sub(1702, "(arXiv:2205.05638)", "(https://arxiv.org/abs/2205.05638)"),
 # 1703 Avaya Spaces
 "1703 head": sub(1703, "Esportato da: ", "Esportazione di: "),
 "1703 count": sub(1703, "Messaggi: 10", "Messaggi: 11"),
 "1703 order": sub(1703, "12/03/2025 10:40 - Luca", "12/03/2025 09:40 - Luca"),
 "1703 after export": sub(1703, "Esportato il: 12/03/2025 18:40", "Esportato il: 12/03/2025 17:00"),
 "1703 block head": sub(1703, "12/03/2025 11:12 - Sara Greco", "12/03/2025 11:12 Sara Greco"),
 "1703 event with text": sub(1703, "ha lasciato lo spazio\n", "ha lasciato lo spazio\nciao!\n"),
 "1703 writes after leaving": both(sub(1703, "12/03/2025 16:48 - Marco Rossi", "12/03/2025 16:48 - Luca Conti")),
 "1703 attachment": sub(1703, "[Allegato: zero_deepspeed.pdf (1,4 MB)]", "[Allegato: zero_deepspeed.pdf]"),
 "1703 exporter silent": sub(1703, "Esportato da: Giulia Bianchi", "Esportato da: Paolo Neri"),
 "1703 title-only gets an id": sub(1703, "(Lepikhin et al., ICLR 2021)", "(Lepikhin et al., arXiv:2006.16668)"),
 # 1704 HWBOX.gr
 "1704 site head": sub(1704, "Μετάβαση στο περιεχόμενο\n", ""),
 "1704 breadcrumb bottom": sub(1704, "\n\nΦόρουμ › Software › Προγραμματισμός\n\nΕπικοινωνία", "\n\nΦόρουμ › Software\n\nΕπικοινωνία"),
 "1704 starter": sub(1704, "Έναρξη θέματος από nikos_dev", "Έναρξη θέματος από eleni.k"),
 "1704 start date": sub(1704, "Ημερομηνία έναρξης 3 Φεβ 2025", "Ημερομηνία έναρξης 2 Φεβ 2025"),
 "1704 post numbering": sub(1704, "\n#3\n", "\n#4\n"),
 "1704 date order": sub(1704, "5 Φεβ 2025", "1 Φεβ 2025"),
 "1704 Greek month": sub(1704, "6 Φεβ 2025", "6 Feb 2025"),
 "1704 author block differs": sub(1704, "Μηνύματα 412", "Μηνύματα 413", count=1),
 "1704 quote of nothing": sub(1704, "sparta_gpu είπε:\nΓια BERT", "sparta_gpu είπε:\nΓια GPT"),
 "1704 quote not expandable": sub(1704, "Πατήστε για ανάπτυξη...\n", ""),
 "1704 Απάντηση missing": sub(1704, "θα ενημερώσω.\n\nΑντιδράσεις: 2\n\nΑπάντηση\n", "θα ενημερώσω.\n\nΑντιδράσεις: 2\n\n"),
 "1704 guest box": sub(1704, "Πρέπει να συνδεθείτε ή να εγγραφείτε για να απαντήσετε εδώ.\n", ""),
 "1704 footer": sub(1704, "Community platform by XenForo®", "Powered by vBulletin®"),
 # 1705 Focussend
 "1705 lang": sub(1705, '<html lang="zh-CN">', '<html lang="zh">'),
 "1705 tag unbalanced": sub(1705, "</h1>", "</h2>"),
 "1705 bare ampersand": sub(1705, "Song &amp; Ermon", "Song & Ermon"),
 "1705 http link": sub(1705, "https://aisci.example.cn/privacy", "http://aisci.example.cn/privacy"),
 "1705 issue mismatch": sub(1705, ">第37期 &middot;", ">第38期 &middot;"),
 "1705 weekday": sub(1705, "2025年4月24日 星期四", "2025年4月24日 星期五"),
 "1705 campaign ids differ": sub(1705, "unsubscribe/?cid=2207815", "unsubscribe/?cid=2207816"),
 "1705 unsubscribe lost": sub(1705, r'<a href="https://edm\.focussend\.com/unsubscribe/[^"]+"[^>]*>退订</a>', "退订", regex=True),
 "1705 privacy": sub(1705, "隐私政策", "说明"),
 "1705 badge": sub(1705, ">由 Focussend 发送</a>", ">邮件服务</a>"),
 "1705 link lost": sub(1705, 'href="https://arxiv.org/pdf/2303.11328"', 'href="https://aisci.example.cn/zero123"'),
 # 1706 Rantapallo
 "1706 site bar": sub(1706, "Rantapallo\nMatkakohteet", "Matkablogi\nMatkakohteet"),
 "1706 post date": sub(1706, "14.9.2025 klo 19.25", "14.9.2025 19:25"),
 "1706 comment count": sub(1706, "Kommentit (4)", "Kommentit (5)"),
 "1706 comment order": sub(1706, "15.9.2025 klo 12.16", "14.9.2025 klo 12.16"),
 "1706 Vastaa missing": sub(1706, "ystävällinen vaeltaja.\nVastaa\n", "ystävällinen vaeltaja.\n"),
 "1706 comment form": sub(1706, "Jätä kommentti\n", ""),
 "1706 footer year": sub(1706, "© 2025 Rantapallo", "© 2024 Rantapallo"),
 "1706 other posts": sub(1706, "Muita kirjoituksia tästä blogista\nRuskaviikko", "Muita kirjoituksia tästä blogista\nSyysretki\nRuskaviikko"),
 "1706 paper title in the negative": sub(1706, "kenttää ei ole joka paikassa.", "kenttää ei ole joka paikassa (kuten Long Short-Term Memory)."),
 "1706 arXiv id in the negative": sub(1706, "noin 55 kilometriä", "noin 2405.01234 kilometriä"),
 # labels
 "title-only paper gets a link in 1704": sub(1704, "(Howard & Ruder, 2018)", "(https://arxiv.org/abs/1801.06146)"),
 "unlabelled catalogue id in 1703": sub(1703, "Porto io i caffè", "Porto io i caffè https://arxiv.org/abs/2006.11239"),
 "other file's title in 1705": sub(1705, "各位老师、同学好：", "各位老师、同学好：另请阅读 QLoRA: Efficient Finetuning of Quantized LLMs。"),
 "labelled title lost in 1701": sub(1701, "TI  - Simple Copy-Paste is a Strong Data Augmentation Method for Instance Segmentation", "TI  - Simple Copy-Paste"),
 "unlabelled OpenReview id in 1698": sub(1698, "https://creativecommons.org/licenses/by/4.0/)\n", "https://openreview.net/forum?id=rkgNKkHtvB)\n"),
 "distractor title in 1700": sub(1700, "PyTorch Image Models (timm)", "Rethinking ImageNet Pre-training"),
 "OpenReview link cut in 1698": sub(1698, "forum?id=Ua6zuk0WRH", "forum?id=Ua6zu"),
 "OpenReview record also has an arXiv link in 1701": sub(1701, "UR  - https://openreview.net/forum?id=-bdp_8Itjwp\r\n", "UR  - https://openreview.net/forum?id=-bdp_8Itjwp\r\nL1  - https://arxiv.org/pdf/2006.05576\r\n"),
 "unknown valid-shaped id in 1704": sub(1704, "θα ενημερώσω.", "θα ενημερώσω. 2405.01234"),
 "label in the negative": exp_edit(lambda e: e[D[1706]].append(dict(e[D[1705]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[1700]][4].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[1697]][0].update(title="Generative Adversarial Nets")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[1703]][1].update(true_arxiv_id="2205.01069", arxiv_id="2205.01069")),
 "paper in two files": exp_edit(lambda e: e[D[1698]].append(dict(e[D[1697]][0]))),
 "odd-position paper": exp_edit(lambda e: e[D[1705]].append({"arxiv_id": None, "openreview_id": None, "title": "Segment Anything", "evidence": "title-only", "true_arxiv_id": "2304.02643"})),
 "too few papers": exp_edit(lambda e: [e[D[1702]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[1703]] if r["evidence"] == "title-only" and r["true_arxiv_id"]]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[1701])),
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
