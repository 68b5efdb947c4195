#!/usr/bin/env python3
"""Breaks a scratch copy of round180 (/tmp/r180/scratch/break, deleted afterwards) one case at a time and checks that
validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's ERROR
lines. (round178's harness with round180's cases; 1819 is a CR LF mail whose two MIME parts are UTF-8 base64 text in
CR LF form: a part is edited decoded and encoded again as the builder does; 1822 is Windows-1250 with CR LF.)"""
import base64, json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/r180/scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1817, 1827)}
ENC = {1822: "cp1250"}


def sub(n, old, new, count=1, regex=False, nth=1):
    """replace the nth occurrence of `old` (or the first `count` regex matches) in digest n, in its own charset"""
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = open(p, "rb").read().decode(ENC.get(n, "utf-8"))
        if regex:
            assert re.search(old, s, re.S), (n, old)
            s = re.sub(old, new, s, count=count, flags=re.S)
        else:
            assert s.count(old) >= nth, (n, old)
            at = -1
            for _ in range(nth): at = s.index(old, at + 1)
            s = s[:at] + new + s[at + len(old):]
        open(p, "wb").write(s.encode(ENC.get(n, "utf-8")))
    return fn


def raw_bytes(n, fn_b):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        b = open(p, "rb").read()
        open(p, "wb").write(fn_b(b))
    return fn


def mime(old, new, parts=("plain",)):
    """edit 1819's text/plain and/or text/html part decoded (LF view) and encode it again as the builder does"""
    def fn(root):
        p = os.path.join(root, "digests", D[1819])
        s = open(p, "rb").read().decode("ascii")
        bd = re.search(r'boundary="([^"]+)"', s)[1]
        head, *chunks = s.split(f"--{bd}\r\n")
        last = chunks[-1].split(f"--{bd}--\r\n")
        chunks[-1] = last[0]
        out = []
        for which, ch in zip(("plain", "html"), chunks):
            ph, _, pb = ch.partition("\r\n\r\n")
            if which in parts:
                t = base64.b64decode(pb.replace("\r\n", "")).decode("utf-8").replace("\r\n", "\n")
                assert old in t, (which, old)
                t = t.replace(old, new, 1)
                pb = base64.encodebytes(t.replace("\n", "\r\n").encode("utf-8")).decode("ascii").replace("\n", "\r\n") + "\r\n"
            out.append(ph + "\r\n\r\n" + pb)
        s = head + "".join(f"--{bd}\r\n" + c for c in out) + f"--{bd}--\r\n" + last[1]
        open(p, "wb").write(s.encode("ascii"))
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


def b64_line(fn_l):
    """apply fn_l to the list of base64 lines of 1819's first part"""
    def fn(b):
        s = b.decode("ascii")
        a = s.index("Content-Transfer-Encoding: base64\r\n\r\n") + len("Content-Transfer-Encoding: base64\r\n\r\n")
        e = s.index("\r\n\r\n--", a)
        ls = s[a:e].split("\r\n")
        return (s[:a] + "\r\n".join(fn_l(ls)) + s[e:]).encode("ascii")
    return fn


DASH = "-" * 80
CASES = {
 # 1817 PUCP sílabo
 "1817 head": sub(1817, "PONTIFICIA UNIVERSIDAD CATÓLICA DEL PERÚ\n", "PUCP\n"),
 "1817 semester in head": sub(1817, "SÍLABO 2025-1", "SÍLABO 2025"),
 "1817 section renamed": sub(1817, "V. METODOLOGÍA\n", "V. METODOLOGÍA Y RECURSOS\n"),
 "1817 field missing": sub(1817, "Tipo de curso : Electivo\n", ""),
 "1817 field order": sub(1817, "Clave : INF659\nCréditos : 3.00\n", "Créditos : 3.00\nClave : INF659\n"),
 "1817 clave format": sub(1817, "Clave : INF659", "Clave : INF-659"),
 "1817 breadcrumb clave": sub(1817, "» INF659 »", "» INF658 »"),
 "1817 creditos": sub(1817, "Créditos : 3.00", "Créditos : 3"),
 "1817 semestre differs": sub(1817, "Semestre : 2025-1", "Semestre : 2025-2"),
 "1817 requisitos": sub(1817, "Requisitos : INF648 Aprendizaje", "Requisitos : Aprendizaje"),
 "1817 outcomes numbering": sub(1817, "3. Implementa", "4. Implementa"),
 "1817 chapter hours": sub(1817, "(12 horas)", "(15 horas)"),
 "1817 chapter numbering": sub(1817, "CAPÍTULO 3.", "CAPÍTULO 4."),
 "1817 formula denominator": sub(1817, ") / 10", ") / 12"),
 "1817 legend symbol": sub(1817, "Tr : Trabajo final", "TF : Trabajo final"),
 "1817 exam week": sub(1817, "Ex1 : Examen 1 (semana 8)", "Ex1 : Examen 1 (semana 9)"),
 "1817 bib entry not APA": sub(1817, "- Rush, A. (2018).", "- Alexander Rush (2018)."),
 "1817 complementaria": sub(1817, "\nComplementaria\n", "\nComplementarias\n"),
 "1817 not a Monday": sub(1817, "02/06/2025", "03/06/2025"),
 "1817 week numbering": sub(1817, "\n10\t26/05/2025", "\n11\t26/05/2025"),
 "1817 exam with reading": sub(1817, "Examen 2\t—", "Examen 2\tVaswani et al. (2017)"),
 "1817 reading names nothing": sub(1817, "\tRush (2018)", "\tRush (2019)"),
 "1817 last update": sub(1817, "Última actualización: 10/03/2025", "Última actualización: 10/04/2025"),
 "1817 title-only gets an id": sub(1817, "Neural Turing Machines. Manuscrito (preprint).", "Neural Turing Machines. Manuscrito (preprint). arXiv:1410.5401."),
 "1817 arxiv-text gets a link": sub(1817, "Preprint arXiv:1901.02860.", "https://arxiv.org/abs/1901.02860."),
 # 1818 gitlab.fbk.eu README
 "1818 awesome badge": sub(1818, "[![Awesome](https://awesome.re/badge.svg)](https://awesome.re)", ""),
 "1818 second project": sub(1818, "/badges/main/pipeline.svg)", "/badges/main/pipeline.svg) https://gitlab.fbk.eu/altro/progetto"),
 "1818 pipeline badge": sub(1818, "badges/main/pipeline.svg", "badges/master/pipeline.svg"),
 "1818 TOC after heading": sub(1818, "[TOC]\n\n## Attenzione lineare e a kernel", "## Attenzione lineare e a kernel\n\n[TOC]"),
 "1818 duplicate heading": sub(1818, "## Altre risorse", "## Attenzione sparsa e contesto lungo"),
 "1818 licence not last": sub(1818, "## Licenza\n", "## Licenze\n"),
 "1818 table header": sub(1818, "| Articolo | Sede |", "| Titolo | Sede |"),
 "1818 row of 4 cells": sub(1818, " | ICML | 2021", " | 2021"),
 "1818 year": sub(1818, "| ICLR | 2017 |", "| ICLR | 17 |"),
 "1818 code cell": sub(1818, "[bigbird](https://github.com/google-research/bigbird)", "[big-bird](https://github.com/google-research/bigbird)"),
 "1818 note without dot": sub(1818, "Risposta sorprendente. |", "Risposta sorprendente |"),
 "1818 footnote undefined": sub(1818, "[^moe]: Per la versione", "Per la versione"),
 "1818 alert type": sub(1818, "> [!note]", "> [!nota]"),
 "1818 details unbalanced": sub(1818, "</details>", ""),
 "1818 handle": sub(1818, "@fconti", "@FConti_1"),
 "1818 no merge request": sub(1818, "come !15", "come la 15"),
 "1818 update date": sub(1818, "Aggiornata al 14 marzo 2025", "Aggiornata al 31 febbraio 2025"),
 "1818 bibtex braces": sub(1818, "year   = {2025},", "year   = {2025,"),
 "1818 unlabelled OpenReview id": sub(1818, "Ci serve davvero", "Vedi https://openreview.net/forum?id=abcdEFGH123. Ci serve davvero"),
 "1818 OpenReview record gets an arXiv link": sub(1818, "gate di recenza.", "gate di recenza (https://arxiv.org/abs/2103.02143)."),
 "1818 title-only gets an id": sub(1818, "come la memoria virtuale.", "come la memoria virtuale (arXiv:2309.06180)."),
 # 1819 box.az forward
 "1819 LF line end": raw_bytes(1819, lambda b: b.replace(b"MIME-Version: 1.0\r\n", b"MIME-Version: 1.0\n", 1)),
 "1819 Date weekday": sub(1819, "Date: Wed, 12 Mar 2025", "Date: Thu, 12 Mar 2025"),
 "1819 Date zone": sub(1819, "09:31:07 +0400", "09:31:07 +0300"),
 "1819 header missing": sub(1819, "Message-ID: <1741757467118", "X-Message-ID: <1741757467118"),
 "1819 base64 bad character": raw_bytes(1819, b64_line(lambda ls: ["*" + ls[0][1:]] + ls[1:])),
 "1819 base64 line length": raw_bytes(1819, b64_line(lambda ls: [ls[0] + ls[1]] + ls[2:])),
 "1819 html part missing": sub(1819, "Content-Type: text/html; charset=UTF-8", "Content-Type: text/enriched; charset=UTF-8"),
 "1819 transfer encoding": sub(1819, "Content-Transfer-Encoding: base64", "Content-Transfer-Encoding: quoted-printable"),
 "1819 forward weekday": mime("11 mart 2025, çərşənbə axşamı", "11 mart 2025, çərşənbə"),
 "1819 forward after mail": mime("Tarix: 11 mart 2025, çərşənbə axşamı, 10:02", "Tarix: 12 mart 2025, çərşənbə, 10:02"),
 "1819 subject differs": sub(1819, "Subject: Fwd: Digest for ml-oxu@googlegroups.com - 5 updates", "Subject: Fwd: Digest for ml-oxu@googlegroups.com - 6 updates"),
 "1819 summary count": mime("[3 Updates]", "[4 Updates]"),
 "1819 Update singular": mime("[2 Updates]", "[2 Update]"),
 "1819 topic renamed": mime("Topic: Agentləri necə qiymətləndirək?", "Topic: Qiymətləndirmə"),
 "1819 message numbering": mime("---------- 2 of 3 ----------", "---------- 3 of 3 ----------"),
 "1819 message order": mime("Date: Mar 10 3:48PM +0400", "Date: Mar 10 9:48AM +0400"),
 "1819 message after digest": mime("Date: Mar 11 9:05AM +0400", "Date: Mar 11 11:05AM +0400"),
 "1819 message URL of another topic": mime("mV7yH2kQ9cE/Zc1nW5uAAQAJ", "Qd3x7LmV2sA/Zc1nW5uAAQAJ"),
 "1819 footer": mime("ml-oxu+unsubscribe@", "ml-oxu-unsubscribe@"),
 "1819 html links differ": mime('href="https://arxiv.org/abs/2303.11366"', 'href="https://arxiv.org/abs/2303.11366v2"', parts=("html",)),
 "1819 other file's title": mime("Razıyam.", "Razıyam. Random Feature Attention"),
 "1819 title-only gets a link": mime("- A Generalist Agent\n", "- A Generalist Agent https://arxiv.org/abs/2205.06175\n"),
 # 1820 UTM thesis
 "1820 long line": sub(1820, "pentru prelucrarea preliminară a imaginilor.", "pentru prelucrarea preliminară a imaginilor și pentru multe alte lucruri foarte importante în această teză."),
 "1820 page number": sub(1820, "\n\n63\n", "\n\n64\n"),
 "1820 section renamed": sub(1820, "\nANEXE\n", "\nANEXA\n"),
 "1820 reference numbering": sub(1820, "7. JIANG", "8. JIANG"),
 "1820 order": sub(1820, "6. GHIASI, Golnaz", "6. ABEL, Golnaz"),
 "1820 author form": sub(1820, "CIOBANU, Ion.", "Ion Ciobanu."),
 "1820 citat missing": sub(1820, " [citat 11.02.2025]", ""),
 "1820 citat date": sub(1820, "[citat 18.02.2025]", "[citat 31.02.2025]"),
 "1820 citat after declaration": sub(1820, "[citat 20.01.2025]", "[citat 20.06.2025]"),
 "1820 ISBN": sub(1820, "978-9975-45-712-5", "978-9975-45-712-6"),
 "1820 pages": sub(1820, "pp. 2918-2928", "pp. 2928-2918"),
 "1820 citation missing": sub(1820, "transformere [7];", "transformere;"),
 "1820 group twice": sub(1820, "Surse în limba rusă", "Surse în limba română"),
 "1820 declaration date": sub(1820, "Data: 20.05.2025", "Data: 32.05.2025"),
 "1820 annex table": sub(1820, "Swin-T\tImageNet-22k\t81,4\t14", "Swin-T\tImageNet-22k\t81,4"),
 "1820 title-only gets a link": sub(1820, "Computer Vision (ICCV). 2021.\n\n8. LIU", "Computer Vision (ICCV). 2021. https://arxiv.org/abs/2103.14167\n\n8. LIU"),
 # 1821 Naver Academic BibTeX
 "1821 BOM": sub(1821, "@inproceedings{devlin2019bert", "\ufeff@inproceedings{devlin2019bert"),
 "1821 entry head": sub(1821, "@inproceedings{devlin2019bert,", "@inproceedings{devlin2019bert"),
 "1821 unknown type": sub(1821, "@book{", "@bok{"),
 "1821 required field": sub(1821, "  journal={CoRR},\n", ""),
 "1821 field twice": sub(1821, "  journal={CoRR},\n", "  journal={CoRR},\n  journal={arXiv},\n"),
 "1821 braces": sub(1821, "booktitle={Advances in Neural Information Processing Systems}", "booktitle={Advances in {Neural Information Processing Systems}"),
 "1821 key year": sub(1821, "{he2021deberta,", "{he2020deberta,"),
 "1821 key surname": sub(1821, "{clark2020electra,", "{clarke2020electra,"),
 "1821 author form": sub(1821, "author={Howard, Jeremy and Ruder, Sebastian}", "author={Jeremy Howard and Sebastian Ruder}"),
 "1821 pages": sub(1821, "pages={328--339}", "pages={339--328}"),
 "1821 eprint alone": sub(1821, "  archivePrefix={arXiv},\n", ""),
 "1821 ISBN": sub(1821, "979-11-6921-184-0", "979-11-6921-184-1"),
 "1821 language": sub(1821, "language={Korean}", "language={ko}"),
 "1821 duplicate key": sub(1821, "{park2022hangul,", "{jeong2023transformer,"),
 "1821 comma": sub(1821, "  year={2019},\n", "  year={2019}\n"),
 "1821 arxiv-text gets a link": sub(1821, "  eprint={2006.03654},", "  url={https://arxiv.org/abs/2006.03654},\n  eprint={2006.03654},"),
 "1821 labelled title lost": sub(1821, "title={Decoupled Weight Decay Regularization}", "title={Decoupled Weight Decay}"),
 # 1822 Firmao CSV
 "1822 BOM": raw_bytes(1822, lambda b: b"\xef\xbb\xbf" + b),
 "1822 LF record end": raw_bytes(1822, lambda b: b.replace(b"\r\n", b"\n", 1)),
 "1822 over-quoted": sub(1822, ";Spotkanie;", ';"Spotkanie";'),
 "1822 header": sub(1822, "Osoba odpowiedzialna", "Odpowiedzialny"),
 "1822 date": sub(1822, "2025-03-11 13:00", "2025-03-32 13:00"),
 "1822 start after deadline": sub(1822, "2025-03-17 09:00", "2025-03-22 09:00"),
 "1822 meeting over days": sub(1822, "2025-03-03 11:30", "2025-03-04 11:30"),
 "1822 type": sub(1822, ";Telefon;", ";Skype;"),
 "1822 status": sub(1822, ";W realizacji;Wysoki;", ";W toku;Wysoki;"),
 "1822 priority": sub(1822, ";Niski;", ";Bardzo niski;"),
 "1822 person": sub(1822, "Agnieszka Kamińska", "agnieszka"),
 "1822 project client": sub(1822, "Tatrzański Bank Spółdzielczy;\r\n", "Inny Bank;\r\n"),
 "1822 order": sub(1822, "2025-03-31 11:00;2025-03-31 11:30", "2025-03-02 11:00;2025-03-02 11:30"),
 "1822 not Windows-1250": raw_bytes(1822, lambda b: b.replace(b"Spotkanie", b"Spotkanie\x81", 1)),
 # 1823 Ayoba
 "1823 first line": sub(1823, "[04/03/2025, 19:02] Lize", "Ayoba\n[04/03/2025, 19:02] Lize"),
 "1823 broken head": sub(1823, "[05/03/2025, 08:15] Pieter Joubert:", "[05/03/2025 08:15] Pieter Joubert:"),
 "1823 date": sub(1823, "[05/03/2025, 12:40]", "[35/03/2025, 12:40]"),
 "1823 order": sub(1823, "[05/03/2025, 17:45]", "[05/03/2025, 07:45]"),
 "1823 quote nobody": sub(1823, "> Marius Botha: Ons data", "> Thandi Nkosi: Ons data"),
 "1823 quote not said": sub(1823, "> Thandi Nkosi: DINOv2 se gewigte", "> Thandi Nkosi: DINOv3 se gewigte"),
 "1823 sender": sub(1823, "] Pieter Joubert: Môre!", "] pieter: Môre!"),
 "1823 empty message": sub(1823, "Pieter Joubert: Die timm-repo het klaar gewigte vir die meeste van hierdie modelle btw", "Pieter Joubert: "),
 "1823 OpenReview id changed": sub(1823, "id=-bdp_8Itjwp", "id=-bdp_8Itjwq"),
 "1823 arxiv-text gets a link": sub(1823, "(arXiv:1807.03748)", "(https://arxiv.org/abs/1807.03748)"),
 "1823 unlabelled arXiv id": sub(1823, "Marius lei die bespreking.", "Marius lei die bespreking. Sien ook 2310.01234."),
 # 1824 Golem.de forum
 "1824 site head": sub(1824, "Golem.de\nIT-News", "Golem\nIT-News"),
 "1824 breadcrumb": sub(1824, "Forum › Golem.de", "Forum: Golem.de"),
 "1824 post count": sub(1824, "6 Beiträge", "7 Beiträge"),
 "1824 subject": sub(1824, "Re: Was steckt technisch drin?\nAutor: Flussrauschen", "Re: Was steckt drin?\nAutor: Flussrauschen"),
 "1824 date": sub(1824, "Datum: 06.03.25 - 11:02", "Datum: 06.13.25 - 11:02"),
 "1824 date order": sub(1824, "Datum: 06.03.25 - 14:08", "Datum: 06.03.25 - 08:08"),
 "1824 quote wrong user": sub(1824, "nullzeiger schrieb:", "bitschieber schrieb:"),
 "1824 quote dashes": sub(1824, "bitschieber schrieb:\n" + DASH, "bitschieber schrieb:\n----"),
 "1824 Antworten missing": sub(1824, "\nAntworten | Zitieren | Melden\n", "\n", nth=3),
 "1824 two signatures": sub(1824, "Gesendet von meinem Toaster", "Gesendet von meinem Toaster\n\n--\nP.S."),
 "1824 back link": sub(1824, "Zum Artikel: Bildgeneratoren:", "Zum Artikel: Bildgeneratoren im Test:"),
 "1824 copyright year": sub(1824, "© 1997–2025", "© 1997–2024"),
 "1824 distractor title": sub(1824, "Die Doku von diffusers", "Siehe auch Stay on topic with Classifier-Free Guidance. Die Doku von diffusers"),
 # 1825 Bloomreach
 "1825 lang": sub(1825, 'lang="sk"', 'lang="cs"'),
 "1825 doctype": sub(1825, "<!DOCTYPE html>\n", ""),
 "1825 unbalanced": sub(1825, "</ul></td></tr>", "</td></tr>"),
 "1825 bare ampersand": sub(1825, "Príjemné čítanie!", "Príjemné čítanie & pekný deň!"),
 "1825 untracked link": sub(1825, 'href="https://klik.sisu.example.sk/c/67d1f3a2c9e41b0012a7f5e3/1?url=https%3A%2F%2Fsisu.example.sk%2Fneuron%2F14&amp;cid=65a0c2e7b13f9d00185c44a1"', 'href="https://sisu.example.sk/neuron/14"'),
 "1825 link number order": sub(1825, "/c/67d1f3a2c9e41b0012a7f5e3/3?", "/c/67d1f3a2c9e41b0012a7f5e3/30?"),
 "1825 second customer": sub(1825, "cid=65a0c2e7b13f9d00185c44a1\">poloclub", "cid=65a0c2e7b13f9d00185c44a2\">poloclub"),
 "1825 target not encoded": sub(1825, "url=https%3A%2F%2Fgithub.com%2Fpoloclub%2Fdodrio", "url=https://github.com/poloclub/dodrio"),
 "1825 pixel": sub(1825, "/o/67d1f3a2c9e41b0012a7f5e3.gif", "/o/67d1f3a2c9e41b0012a7f5e4.gif"),
 "1825 issue mismatch": sub(1825, "<title>Neurón č. 14", "<title>Neurón č. 15"),
 "1825 weekday": sub(1825, "štvrtok 27. marca 2025", "piatok 27. marca 2025"),
 "1825 footer": sub(1825, ">Odhlásiť odber</a>", ">Odhlásenie</a>"),
 "1825 tracked arXiv id changed": sub(1825, "arxiv.org%2Fabs%2F2206.14858", "arxiv.org%2Fabs%2F2206.14859"),
 # 1826 Webgarden (negative)
 "1826 menu": sub(1826, "Úvod | Recepty | Blog | Fotogalerie", "Úvod | Recepty | Fotogalerie"),
 "1826 breadcrumb": sub(1826, "Blog › Kvásek", "Blog: Kvásek"),
 "1826 title differs": sub(1826, "Kvásek po roce: co bych dnes udělala jinak\nPublikováno", "Kvásek po roce\nPublikováno"),
 "1826 post date": sub(1826, "Publikováno: 9. 3. 2025", "Publikováno: 9. 13. 2025"),
 "1826 comment count": sub(1826, "Komentáře (4)", "Komentáře (5)"),
 "1826 comment order": sub(1826, "11. 3. 2025 18:40", "10. 3. 2025 8:40"),
 "1826 reply to nobody": sub(1826, "Reakce na: Marta K.", "Reakce na: Eva"),
 "1826 Odpovědět missing": sub(1826, "i tak.\nOdpovědět\n", "i tak.\n"),
 "1826 form": sub(1826, "\nOdeslat\n", "\nPoslat\n"),
 "1826 footer year": sub(1826, "© 2025 Pekárna", "© 2024 Pekárna"),
 "1826 paper title in the negative": sub(1826, "celou hodinu.", "celou hodinu. (Attention Is All You Need, říká manžel.)"),
 "1826 arXiv id in the negative": sub(1826, "za tři sta korun", "za tři sta korun (2502.01234)"),
 # labels
 "label in the negative": exp_edit(lambda e: e[D[1826]].append(dict(e[D[1825]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[1820]][4].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[1821]][0].update(title="BERT")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[1824]][0].update(true_arxiv_id="2403.03207", arxiv_id="2403.03207")),
 "paper in two files": exp_edit(lambda e: e[D[1818]].append(dict(e[D[1817]][0]))),
 "odd-position paper": exp_edit(lambda e: e[D[1818]].append({"arxiv_id": None, "openreview_id": None, "title": "Mamba: Linear-Time Sequence Modeling with Selective State Spaces", "evidence": "title-only", "true_arxiv_id": "2312.00752"})),
 "too few papers": exp_edit(lambda e: [e[D[1822]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[1823]] if r["evidence"] == "title-only" and r["true_arxiv_id"]]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[1819])),
 "openreview id of another paper": exp_edit(lambda e: e[D[1817]][2].update(openreview_id="OCm0rwa1lx1")),
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
shutil.rmtree(os.path.dirname(SCR), ignore_errors=True)
print(f"cases {len(CASES)} errors {total}" + (f"; NOT CAUGHT: {bad}" if bad else ""))
sys.exit(1 if bad else 0)
