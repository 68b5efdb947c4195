#!/usr/bin/env python3
"""Breaks a scratch copy of round174 (/tmp/round174-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round170's harness with round174's cases; 1759 is a CR LF mail whose two MIME parts are base64 UTF-8
text in CR LF form: a part is edited decoded and encoded again as the builder does; 1761 is a CR LF file; 1762 is
ISO-8859-15 and is edited in that charset.)"""
import base64, json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round174-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1757, 1767)}
ENC = {1762: "iso-8859-15"}


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
        b = fn_b(open(p, "rb").read())
        open(p, "wb").write(b)
    return fn


def mime(old, new, parts=("plain",), crlf=True):
    """edit 1759's text/plain and/or text/html part decoded (LF view) and encode it again as the builder does"""
    def fn(root):
        p = os.path.join(root, "digests", D[1759])
        s = open(p, "rb").read().decode("ascii")
        bd = re.search(r'boundary="([^"]+)"', s)[1]
        head, *chunks = s.split(f"--{bd}\r\n")
        last = chunks[-1].split(f"--{bd}--\r\n")
        chunks[-1] = last[0]
        out = []
        for which, ch in zip(("plain", "html"), chunks):
            ph, _, pb = ch.partition("\r\n\r\n")
            if which in parts:
                t = base64.b64decode(pb).decode("utf-8").replace("\r\n", "\n")
                assert old in t, (which, old)
                t = t.replace(old, new, 1)
                t = t.replace("\n", "\r\n") if crlf else t
                pb = base64.encodebytes(t.encode("utf-8")).decode("ascii").replace("\n", "\r\n")
            out.append(ph + "\r\n\r\n" + pb)
        s = head + "".join(f"--{bd}\r\n" + c for c in out) + f"--{bd}--\r\n" + last[1]
        open(p, "wb").write(s.encode("ascii"))
    return fn


def dup_token(root):
    """give 1765's events link the first button's tracking token"""
    p = os.path.join(root, "digests", D[1765])
    s = open(p, encoding="utf-8").read()
    toks = re.findall(r"https://click\.[\w.-]+/\?qs=([0-9a-f]+)", s)
    s = s.replace(toks[3], toks[0])
    open(p, "w", encoding="utf-8").write(s)


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


CASES = {
 # 1757 Žilina «Informačný list predmetu»
 "1757 field missing": sub(1757, "Poznámky:\n", ""),
 "1757 field order": sub(1757, "Počet kreditov: 6\nOdporúčaný semester/trimester štúdia: 2.\n", "Odporúčaný semester/trimester štúdia: 2.\nPočet kreditov: 6\n"),
 "1757 academic year": sub(1757, "Akademický rok: 2024/2025", "Akademický rok: 2024/2026"),
 "1757 school": sub(1757, "Vysoká škola: Žilinská univerzita v Žiline", "Vysoká škola: Žilinská univerzita"),
 "1757 code": sub(1757, "\n5IN142\n", "\n5-IN-142\n"),
 "1757 prerequisite": sub(1757, "FRI.5IN101/22 - Strojové učenie", "5IN101 Strojové učenie"),
 "1757 hours per term": sub(1757, "Za obdobie štúdia: 26 / 26", "Za obdobie štúdia: 26 / 24"),
 "1757 credits": sub(1757, "Počet kreditov: 6", "Počet kreditov: 60"),
 "1757 continuous points": sub(1757, "test (10 b.)", "test (12 b.)"),
 "1757 exam points": sub(1757, "písomná skúška (60 b.)", "písomná skúška (50 b.)"),
 "1757 scale gap": sub(1757, "D: 69 – 76 b.", "D: 70 – 76 b."),
 "1757 syllabus numbering": sub(1757, "\n13. Prezentácie", "\n14. Prezentácie"),
 "1757 literature author form": sub(1757, "HOCHREITER, S. – SCHMIDHUBER, J.:", "Hochreiter S., Schmidhuber J.:"),
 "1757 ISBN check digit": sub(1757, "978-0-262-03561-3", "978-0-262-03561-4"),
 "1757 URL not https": sub(1757, "Dostupné na: https://d2l.ai/", "Dostupné na: http://d2l.ai/"),
 "1757 grade shares": sub(1757, "13,79 20,69", "13,80 20,69"),
 "1757 student count": sub(1757, "študentov: 87", "študentov: 88"),
 "1757 changed after term start": sub(1757, "Dátum poslednej zmeny: 02.09.2024", "Dátum poslednej zmeny: 02.10.2024"),
 "1757 page footer": sub(1757, "Strana: 2", "Strana: 3"),
 "1757 line too long": sub(1757, "E: 61 – 68 b.,\nFX", "E: 61 – 68 b., FX"),
 "1757 CR LF": sub(1757, "Poznámky:\n", "Poznámky:\r\n"),
 "1757 arxiv-text gets a link": sub(1757, "2015. arXiv:1409.0473.", "2015. https://arxiv.org/abs/1409.0473"),
 # 1758 gitlab.jku.at
 "1758 fence unbalanced": sub(1758, "make lint\n```", "make lint\n"),
 "1758 no badge": sub(1758, " [![Awesome](https://awesome.re/badge-flat2.svg)](https://awesome.re)", ""),
 "1758 other project": sub(1758, "awesome-effiziente-sequenzmodelle/-/wikis", "lesekreis-wiki/-/wikis"),
 "1758 release badge": sub(1758, "/-/badges/release.svg", "/-/badges/coverage.svg"),
 "1758 clone/cd mismatch": sub(1758, "\ncd awesome-effiziente-sequenzmodelle", "\ncd awesome"),
 "1758 alert": sub(1758, "> [!note]\n", "> [!hinweis]\n"),
 "1758 TOC misses a heading": sub(1758, "- [Mitmachen](#mitmachen)\n", ""),
 "1758 anchor not the slug": sub(1758, "(#dünnbesetzte-attention)", "(#dunnbesetzte-attention)"),
 "1758 item shape": sub(1758, "** – Tay et al.", "**, Tay et al."),
 "1758 footnote without definition": sub(1758, "\n[^ret]: Der Vergleich mit Hyena und Mamba ist Thema des Lesekreises im März.\n", "\n"),
 "1758 mermaid years": sub(1758, "    2021 : RFA", "    2019 : RFA"),
 "1758 table row cells": sub(1758, "| RetNet | [microsoft/torchscale](https://github.com/microsoft/torchscale) | PyTorch |", "| RetNet | [microsoft/torchscale](https://github.com/microsoft/torchscale) | PyTorch | 2023 |"),
 "1758 maintainer handle": sub(1758, "@f.huber", "@FHuber"),
 "1758 OpenReview link cut": sub(1758, "forum?id=Ua6zuk0WRH", "forum?id=Ua6zu"),
 "1758 unlabelled OpenReview id": sub(1758, "(http://creativecommons.org/publicdomain/zero/1.0/)\n\nSoweit", "(https://openreview.net/forum?id=rkgNKkHtvB)\n\nSoweit"),
 # 1759 Locaweb webmail forward
 "1759 LF in headers": sub(1759, "MIME-Version: 1.0\r\n", "MIME-Version: 1.0\n"),
 "1759 non-ASCII byte": sub(1759, "X-Sender: renata", "X-Sender: renatá"),
 "1759 Date weekday": sub(1759, "Date: Tue, 11 Mar 2025", "Date: Wed, 11 Mar 2025"),
 "1759 header missing": sub(1759, "MIME-Version: 1.0\r\n", ""),
 "1759 Message-ID host": sub(1759, "@webmail-seguro.com.br>", "@mail.example.com.br>"),
 "1759 encoded-word": sub(1759, "=?UTF-8?B?VGhpYWdvIE1vcmVpcmE=?=", "=?UTF-8?Q?VGhpYWdvIE1vcmVpcmE=?="),
 "1759 boundary": sub(1759, 'boundary="=_5f1c', 'boundary="=_6f1c'),
 "1759 no closing delimiter": sub(1759, r"--=_[0-9a-f]+--\r\n$", "", regex=True),
 "1759 base64 line length": sub(1759, r"(Content-Type: text/plain; charset=UTF-8\r\n\r\n[A-Za-z0-9+/]{76})\r\n", r"\1", regex=True),
 "1759 base64 alphabet": sub(1759, r"(Content-Type: text/html; charset=UTF-8\r\n\r\n)[A-Za-z0-9+/]", r"\1*", regex=True),
 "1759 LF inside the decoded text": mime("Oi Thiago,\n", "Oi Thiago,\n", crlf=False),
 "1759 Subject != forwarded": sub(1759, "Subject: Fwd: ml-br Digest, Vol 7, Issue 23", "Subject: Fwd: ml-br Digest, Vol 7, Issue 22"),
 "1759 topics sender": mime("   1. Leituras sobre contexto longo (Carlos Menezes)", "   1. Leituras sobre contexto longo (Beatriz Souza)"),
 "1759 message weekday": mime("Date: Mon, 10 Mar 2025 11:40:02", "Date: Tue, 10 Mar 2025 11:40:02"),
 "1759 message order": mime("Date: Mon, 10 Mar 2025 16:05:31", "Date: Mon, 10 Mar 2025 08:05:31"),
 "1759 Message-ID-Hash": mime("Message-ID-Hash: ", "Message-ID-Hash: 0"),
 "1759 quote attribution": mime("Em 10/03/2025 09:12, Carlos", "Em 10/03/2025 09:13, Carlos"),
 "1759 footer leave address": mime("ml-br-leave@", "ml-br-unsubscribe@"),
 "1759 end line": mime("End of ml-br Digest, Vol 7, Issue 23\n", "End of ml-br Digest\n"),
 "1759 asterisk line": mime("Issue 23\n*****", "Issue 23\n****"),
 "1759 Data after the mail": mime("Data: \t11/03/2025 00:00", "Data: \t11/03/2025 10:00"),
 "1759 forwarded De": mime("De: \tml-br-request@", "De: \tml-br-owner@"),
 "1759 HTML pre != plain": mime("Send ml-br mailing list", "Send the ml-br mailing list", parts=("html",)),
 "1759 HTML ignored comments": mime("<!-- html ignored -->", "", parts=("html",)),
 "1759 HTML unbalanced": mime("</table>", "", parts=("html",)),
 "1759 Self-RAG id lost": mime(",\n   arXiv:2310.11511 — o modelo", " — o modelo", parts=("plain", "html")),
 "1759 title-only id in the digest": mime("(De Cao et al., ICLR 2021)", "(arXiv:2010.00904)", parts=("plain", "html")),
 # 1760 БГУИР
 "1760 line too long": sub(1760, "/ A.\nDosovitskiy", "/ A. Dosovitskiy"),
 "1760 page number": sub(1760, "\n72\n", "\n74\n"),
 "1760 heading twice": sub(1760, "\nСписок использованных источников\n", "\nСписок использованных источников\nСписок использованных источников\n"),
 "1760 appendix missing": sub(1760, "ПРИЛОЖЕНИЕ А\n", "Приложение\n"),
 "1760 numbering": sub(1760, "\n8. Understanding", "\n9. Understanding"),
 "1760 citation order": sub(1760, "сдвигаемыми окнами [2]", "сдвигаемыми окнами [3]"),
 "1760 reference not cited": sub(1760, "PyTorch [12]", "PyTorch"),
 "1760 hyphen as separator": sub(1760, "(ICCV). – 2021. –\nP. 6207–6217.", "(ICCV). – 2021. -\nP. 6207–6217."),
 "1760 access date invalid": sub(1760, "Date of\naccess: 17.02.2025.", "Date of\naccess: 31.02.2025."),
 "1760 access URL without date": sub(1760, ". – Date of access: 12.01.2025.", "."),
 "1760 heading with four names": sub(1760, "\n4. Scaling Vision Transformers /", "\n4. Zhai, X. Scaling Vision Transformers /"),
 "1760 no heading with two names": sub(1760, "\n7. Pham, H. AutoDropout", "\n7. AutoDropout"),
 "1760 own publications heading": sub(1760, "\n14. Ковалёв, Д. С. Аугментация", "\n14. Петровский, А. А. Аугментация"),
 "1760 no final dot": sub(1760, "С. 212–213.", "С. 212–213"),
 "1760 arxiv-text gets a link": sub(1760, "arXiv:2106.04560.", "https://arxiv.org/abs/2106.04560."),
 # 1761 EBSCOhost RIS
 "1761 BOM": sub(1761, "TY  - RPRT", "\ufeffTY  - RPRT"),
 "1761 LF line end": sub(1761, "DP  - EBSCOhost\r\n", "DP  - EBSCOhost\n"),
 "1761 unknown tag": sub(1761, "DP  - EBSCOhost\r\n", "DP  - EBSCOhost\r\nXY  - ?\r\n"),
 "1761 record not closed": sub(1761, "DB  - arXiv\r\nER  - \r\n", "DB  - arXiv\r\n"),
 "1761 type": sub(1761, "TY  - THES", "TY  - THESIS"),
 "1761 author form": sub(1761, "AU  - Zielińska, Karolina", "AU  - Karolina Zielińska"),
 "1761 Y1": sub(1761, "Y1  - 2020/11//", "Y1  - 2020/13//"),
 "1761 N1 accession number": sub(1761, "Numer dostępu: 146478023", "Numer dostępu: 146478024"),
 "1761 Complementary Index AN": sub(1761, r"146478023", "edb.146478023", count=2, regex=True),
 "1761 UR not a permalink": sub(1761, "&lang=pl&site=eds-live&scope=site", "&site=ehost-live"),
 "1761 DB name": sub(1761, "DB  - IEEE Xplore Digital Library", "DB  - IEEE Xplore"),
 "1761 AN prefix": sub(1761, "AN=edsdoj.7d41", "AN=doaj.7d41", nth=1),
 "1761 arXiv L2 of another id": sub(1761, "L2  - http://arxiv.org/abs/2002.05709", "L2  - http://arxiv.org/abs/2002.05710"),
 "1761 arXiv keyword": sub(1761, "KW  - Statistics - Machine Learning", "KW  - Machine learning"),
 "1761 DOI shape": sub(1761, "DO  - 10.1038/s42256", "DO  - doi:10.1038/s42256"),
 "1761 pages": sub(1761, "SP  - 41\r\nEP  - 58", "SP  - 58\r\nEP  - 41"),
 "1761 thesis without publisher": sub(1761, "PB  - Politechnika Warszawska. Wydział Elektroniki i Technik Informacyjnych\r\n", ""),
 "1761 text between records": sub(1761, "ER  - \r\n\r\nTY  - CONF", "ER  - \r\n\r\nZapisano: 12.03.2025\r\n\r\nTY  - CONF"),
 "1761 CPC id lost": sub(1761, "DO  - 10.48550/arxiv.1807.03748\r\n", ""),
 "1761 title-only gets an id": sub(1761, "DO  - 10.1109/CVPR42600.2020.00975\r\n", "DO  - 10.1109/CVPR42600.2020.00975\r\nN2  - arXiv:1911.05722\r\n"),
 # 1762 Easy Project CSV
 "1762 UTF-8 instead of ISO-8859-15": raw_bytes(1762, lambda b: b.decode("iso-8859-15").encode("utf-8")),
 "1762 BOM": raw_bytes(1762, lambda b: b"\xef\xbb\xbf" + b),
 "1762 every field quoted": sub(1762, "\n1197;", '\n"1197";'),
 "1762 CR LF record end": sub(1762, "Descripción\n", "Descripción\r\n"),
 "1762 bare LF inside a field": sub(1762, "<br />\r\nhttps://arxiv.org/pdf/2305.14314", "<br />\nhttps://arxiv.org/pdf/2305.14314"),
 "1762 header": sub(1762, "% Realizado", "% Hecho"),
 "1762 duplicate id": sub(1762, "\n1194;", "\n1195;"),
 "1762 not newest first": sub(1762, "\n1197;", "\n1100;"),
 "1762 tracker": sub(1762, ";Soporte;;En curso;", ";Tarea;;En curso;"),
 "1762 status": sub(1762, ";Resuelta;", ";Terminada;"),
 "1762 percent vs status": sub(1762, ";16,00;0;", ";16,00;10;"),
 "1762 parent hours": sub(1762, ";46,00;", ";44,00;"),
 "1762 parent percent": sub(1762, ";46,00;65;", ";46,00;60;"),
 "1762 parent dates": sub(1762, ";13/01/2025;21/02/2025;46,00;", ";13/01/2025;28/02/2025;46,00;"),
 "1762 invalid date": sub(1762, ";14/03/2025;", ";31/02/2025;"),
 "1762 start after due": sub(1762, ";03/03/2025;14/03/2025;", ";15/03/2025;14/03/2025;"),
 "1762 created after updated": sub(1762, ";14/01/2025 09:34;03/03/2025;", ";13/01/2025 09:34;03/03/2025;"),
 "1762 parent not in the file": sub(1762, ";#1188;", ";#1180;"),
 "1762 hours format": sub(1762, ";16,00;", ";16.00;"),
 "1762 description HTML": sub(1762, "</ul>", ""),
 "1762 AdaLoRA id lost": sub(1762, " (arXiv:2303.10512)", ""),
 "1762 OpenReview record also has an arXiv link": sub(1762, "(ICLR 2022)</p>", "(ICLR 2022) https://arxiv.org/abs/2110.04366</p>"),
 # 1763 Citadel Team
 "1763 CR": sub(1763, "Salon privé", "Salon\r privé"),
 "1763 head": sub(1763, "# lecture-llm\n", "lecture-llm\n"),
 "1763 members": sub(1763, "· 9 membres", "· 2 membres"),
 "1763 day weekday": sub(1763, "lundi 12 mai 2025", "mardi 12 mai 2025"),
 "1763 day order": sub(1763, "jeudi 15 mai 2025", "dimanche 11 mai 2025"),
 "1763 time order": sub(1763, "\n10:47\n", "\n08:47\n"),
 "1763 time-only block after an event": sub(1763, "\nKarim Benali\n09:40\n", "\n09:40\n"),
 "1763 reply quotes nothing": sub(1763, "« Côté parallélisme", "« Côté optimisation"),
 "1763 writes after leaving": sub(1763, "\nKarim Benali\n08:57\n", "\nSophie Leroy\n08:57\n"),
 "1763 joins after writing": sub(1763, "Karim Benali a rejoint le salon", "Hélène Marchand a rejoint le salon"),
 "1763 attachment line": sub(1763, "(3 Ko)", "(3 kB)"),
 "1763 two blank lines": sub(1763, "\n\nKarim Benali a rejoint", "\n\n\nKarim Benali a rejoint"),
 "1763 message without time": sub(1763, "\nThomas Girard\n14:05\n", "\nThomas Girard\n"),
 "1763 event with text": sub(1763, "le salon · 17:50\n", "le salon · 17:50\nÀ plus !\n"),
 "1763 title-only gets an id": sub(1763, "(Zheng et al., 2023)", "(arXiv:2306.05685)"),
 # 1764 HTML.it
 "1764 header": sub(1764, "Forum HTML.it\nRegistrati", "HTML.it\nRegistrati"),
 "1764 breadcrumb": sub(1764, "Forum HTML.it » Programmazione » Intelligenza Artificiale e Machine Learning\n", ""),
 "1764 result count": sub(1764, "Risultati da 1 a 6 di 6", "Risultati da 1 a 6 di 7"),
 "1764 post numbering": sub(1764, ", 07:58 #3", ", 07:58 #4"),
 "1764 date order": sub(1764, "12-03-2025, 07:58", "10-03-2025, 07:58"),
 "1764 Oggi after now": sub(1764, "Ora sono le 09:14.", "Ora sono le 08:30."),
 "1764 Ieri after Oggi": sub(1764, "Ieri, 18:12", "Oggi, 18:12"),
 "1764 postbit differs": sub(1764, "Messaggi\n143", "Messaggi\n144"),
 "1764 joined month": sub(1764, "Mag 2011", "May 2011"),
 "1764 thread title": sub(1764, "Discussione: [Consigli]", "Discussione: [Aiuto]"),
 "1764 quote of nothing": sub(1764, "Visualizza il messaggio\nPer la parte NLP", "Visualizza il messaggio\nPer la parte CV"),
 "1764 Rispondi quotando missing": sub(1764, "Vi aggiorno!\n__________________\nGiuseppe - sviluppatore backend, in fuga verso il ML\nRispondi quotando\n", "Vi aggiorno!\n__________________\nGiuseppe - sviluppatore backend, in fuga verso il ML\n"),
 "1764 signature differs": sub(1764, "Giuseppe - sviluppatore backend, in fuga verso il ML", "Giuseppe", nth=2),
 "1764 permissions": sub(1764, "Non puoi inserire allegati\n", ""),
 "1764 footer": sub(1764, "Version 4.2.5", "Version 5.7.5"),
 "1764 unknown valid-shaped id": sub(1764, "Vi aggiorno!", "Vi aggiorno! 2405.01234"),
 "1764 OpenReview link cut": sub(1764, "forum?id=VTF8yNQM66", "forum?id=VTF8y"),
 # 1765 Marketing Cloud
 "1765 dir": sub(1765, '<html lang="ar" dir="rtl">', '<html lang="ar">'),
 "1765 tag unbalanced": sub(1765, "</h1>", "</h2>"),
 "1765 bare ampersand": sub(1765, "Li وZhang", "Li & Zhang"),
 "1765 untracked link": sub(1765, r'href="https://click\.[^"]+"', 'href="https://aicenter.example.sa/events"', regex=True),
 "1765 http link": sub(1765, 'href="https://click.', 'href="http://click.'),
 "1765 token reused": dup_token,
 "1765 href to arXiv": sub(1765, r'(<p style="margin:0 0 14px 0;[^>]*>[^<]*</p>\n<a href=")[^"]+', r"\1https://arxiv.org/abs/2403.03206", regex=True),
 "1765 no web-view link": sub(1765, r'<a href="https://view\.[^"]+"[^>]*>اعرضها في المتصفح</a>', "اعرضها في المتصفح", regex=True),
 "1765 no open pixel": sub(1765, r'<img src="https://click\.[^"]+" width="1" height="1" alt="">\n', "", regex=True),
 "1765 issue mismatch": sub(1765, "<title>آفاق توليدية – العدد 9", "<title>آفاق توليدية – العدد 10"),
 "1765 masthead weekday": sub(1765, "الأحد 16 مارس 2025", "الاثنين 16 مارس 2025"),
 "1765 event weekday": sub(1765, "الثلاثاء 25 مارس 2025", "الأربعاء 25 مارس 2025"),
 "1765 footer": sub(1765, ">إلغاء الاشتراك</a>", ">إلغاء</a>"),
 "1765 link lost": sub(1765, ">arxiv.org/pdf/2207.12598<", ">aicenter.example.sa/cfg<"),
 "1765 other file's title": sub(1765, "<p>مرحبًا بكم،</p>", "<p>مرحبًا بكم، LoRA: Low-Rank Adaptation of Large Language Models</p>"),
 # 1766 Nouw
 "1766 site head": sub(1766, "nouw\nUtforska", "Nouw.com\nUtforska"),
 "1766 post date": sub(1766, "16 mars 2025 kl. 10:12", "16/03/2025 10:12"),
 "1766 comment count": sub(1766, "Kommentarer (4)", "Kommentarer (5)"),
 "1766 comment order": sub(1766, "17 mars 2025 kl. 07:58", "16 mars 2025 kl. 07:58"),
 "1766 Svara missing": sub(1766, "rågsikt här.\nSvara\n", "rågsikt här.\n"),
 "1766 comment form": sub(1766, "Skriv en kommentar\n", ""),
 "1766 more posts": sub(1766, "Fler inlägg från Surdegsliv", "Fler inlägg"),
 "1766 footer year": sub(1766, "© 2025 Nouw", "© 2024 Nouw"),
 "1766 likes": sub(1766, "23 gillar", "23 likes"),
 "1766 category": sub(1766, "Kategori: Bakning", "Bakning"),
 "1766 paper title in the negative": sub(1766, "hur svårt det än är!", "hur svårt det än är! (Attention Is All You Need)"),
 "1766 arXiv id in the negative": sub(1766, "och 11 g salt.", "och 11 g salt. Kod 2405.01234."),
 # labels
 "unlabelled catalogue id in 1763": sub(1763, "pour ceux de Saclay.", "pour ceux de Saclay. https://arxiv.org/abs/2006.11239"),
 "distractor title in 1760": sub(1760, "PyTorch Documentation [Electronic resource]", "Rethinking ImageNet Pre-training [Electronic resource]"),
 "labelled title lost in 1761": sub(1761, "T1  - Self-supervised Learning from a Multi-view Perspective", "T1  - Self-supervised Learning from Multiple Views"),
 "title-only paper gets a link in 1764": sub(1764, "di Reed et al. (DeepMind, 2022)", "https://arxiv.org/abs/2205.06175"),
 "label in the negative": exp_edit(lambda e: e[D[1766]].append(dict(e[D[1765]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[1760]][4].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[1757]][1].update(title="Attention is all you need!")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[1763]][0].update(true_arxiv_id="2302.13972", arxiv_id="2302.13972")),
 "paper in two files": exp_edit(lambda e: e[D[1758]].append(dict(e[D[1757]][0]))),
 "odd-position paper": exp_edit(lambda e: e[D[1765]].append({"arxiv_id": None, "openreview_id": None, "title": "InstructPix2Pix: Learning to Follow Image Editing Instructions", "evidence": "title-only", "true_arxiv_id": "2211.09800"})),
 "too few papers": exp_edit(lambda e: [e[D[1762]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[1763]] if r["evidence"] == "title-only" and r["true_arxiv_id"]]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[1761])),
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
