#!/usr/bin/env python3
"""Breaks a scratch copy of round184 (/tmp/r184/scratch/break, deleted afterwards) one case at a time and checks that
validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's ERROR
lines. (round182's harness with round184's cases; 1859 is a CR LF mail whose note is base64 and whose attached alert
is quoted-printable: those parts are edited decoded and encoded again as the builder does; 1865's tracking tokens are
re-encoded; 1862's rows end in CR LF.)"""
import base64, json, os, quopri, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/r184/scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1857, 1867)}


def sub(n, old, new, nth=1, regex=False):
    """replace the nth occurrence of `old` (or the first regex match) in digest n"""
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = open(p, "rb").read().decode("utf-8")
        if regex:
            assert re.search(old, s, re.S), (n, old)
            s = re.sub(old, new, s, count=1, flags=re.S)
        else:
            assert s.count(old) >= nth, (n, old)
            at = -1
            for _ in range(nth): at = s.index(old, at + 1)
            s = s[:at] + new + s[at + len(old):]
        open(p, "wb").write(s.encode("utf-8"))
    return fn


def raw_bytes(n, fn_b):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        b = open(p, "rb").read()
        open(p, "wb").write(fn_b(b))
    return fn


def mime(old, new, which):
    """edit a decoded part of 1859 — which: 'note' (base64), 'text' / 'html' (the alert's quoted-printable parts)
    or 'alert' (both) — and encode it again as the builder does"""
    def fn(root):
        p = os.path.join(root, "digests", D[1859])
        s = open(p, "rb").read().decode("ascii")
        hits = 0
        for cte, part in (("base64", "note"), ("quoted-printable", "text"), ("quoted-printable", "html")):
            if which not in (part, "alert" if part != "note" else None): continue
            k = 0 if part != "html" else 1
            starts = [m.end() for m in re.finditer(r"Content-Transfer-Encoding: " + cte + r"\r\n\r\n", s)]
            a = starts[k]
            b = re.compile(r"\r\n--(?:=_iol_|f5b_)").search(s, a).start()
            seg = s[a:b + 2].replace("\r\n", "\n")
            if cte == "base64":
                t = base64.b64decode(seg).decode("utf-8")
                if old not in t: continue
                t = t.replace(old, new, 1); enc = base64.encodebytes(t.encode("utf-8")).decode("ascii")
            else:
                t = quopri.decodestring(seg.encode("ascii")).decode("utf-8")
                if old not in t: continue
                t = t.replace(old, new, 1); enc = quopri.encodestring(t.encode("utf-8")).decode("ascii")
            hits += 1
            s = s[:a] + enc.replace("\n", "\r\n") + s[b + 2:]
        assert hits, (old, which)
        open(p, "wb").write(s.encode("ascii"))
    return fn


def b64u(s): return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


CASES = {
 # 1857 Udelar FING programa
 "1857 head": sub(1857, "Comisión Académica de Grado", "Comisión de Carrera"),
 "1857 footer number": sub(1857, "Página 2 de 3", "Página 3 de 3"),
 "1857 footer total": sub(1857, "Página 1 de 3", "Página 1 de 4"),
 "1857 section renamed": sub(1857, "A4) CALIDAD DE LIBRE", "A4) LIBRE"),
 "1857 section twice": sub(1857, "3. OBJETIVOS DE LA UNIDAD CURRICULAR", "2. CRÉDITOS\n3. OBJETIVOS DE LA UNIDAD CURRICULAR"),
 "1857 name differs": sub(1857, "1. NOMBRE DE LA UNIDAD CURRICULAR\nRedes", "1. NOMBRE DE LA UNIDAD CURRICULAR\nRedes Profundas"),
 "1857 credits": sub(1857, "10 créditos", "12 créditos"),
 "1857 subtotal": sub(1857, "Subtotal horas presenciales: 60", "Subtotal horas presenciales: 65"),
 "1857 total": sub(1857, "dedicación del estudiante: 150", "dedicación del estudiante: 160"),
 "1857 temario numbering": sub(1857, "4. Redes convolucionales", "5. Redes convolucionales"),
 "1857 table wrong list": sub(1857, "\n4\t(1)\t(7)\n", "\n4\t(7)\t(1)\n"),
 "1857 table row missing": sub(1857, "\n8\t—\t(9)\n", "\n"),
 "1857 bibliography numbering": sub(1857, "9. Graves, A., Wayne", "10. Graves, A., Wayne"),
 "1857 not a Monday": sub(1857, "Semana 3 (24/08)", "Semana 3 (25/08)"),
 "1857 fourteen weeks": sub(1857, "Semana 15 (16/11)\tTema 9 (cont.). Consultas del proyecto.\n", ""),
 "1857 points": sub(1857, "diciembre): 40 puntos", "diciembre): 45 puntos"),
 "1857 parcial week": sub(1857, "Primer parcial (semana 8)", "Primer parcial (semana 9)"),
 "1857 thresholds": sub(1857, "entre 25 y 59", "entre 25 y 55"),
 "1857 approval after week 1": sub(1857, "DE FECHA 11/06/2026", "DE FECHA 11/09/2026"),
 "1857 expedient year": sub(1857, "EXP. 060180-000412-26", "EXP. 060180-000412-25"),
 "1857 arxiv-text gets a link": sub(1857, "Preprint,\narXiv:1410.5401", "Preprint,\nhttps://arxiv.org/abs/1410.5401"),
 "1857 labelled title lost": sub(1857, "“Neural Turing Machines”", "“Neural Turing Machine”"),
 # 1858 gitlab.bsc.es README
 "1858 awesome badge": sub(1858, " [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)", ""),
 "1858 second project": sub(1858, "/-/commits/main)", "/-/commits/main) https://gitlab.bsc.es/altre/projecte"),
 "1858 pipeline badge": sub(1858, "badges/main/pipeline.svg", "badges/master/pipeline.svg"),
 "1858 index anchor": sub(1858, "(#ciències-de-la-vida)", "(#ciencies-de-la-vida)"),
 "1858 index entry missing": sub(1858, "- [Altres recursos](#altres-recursos)\n", ""),
 "1858 licence not last": sub(1858, "## Llicència\n", "## Llicències\n"),
 "1858 duplicate heading": sub(1858, "## Altres recursos", "## Aprenentatge federat"),
 "1858 update date": sub(1858, "12 de febrer de 2026", "30 de febrer de 2026"),
 "1858 row of 3 cells": sub(1858, " | 2017 |", " |"),
 "1858 year": sub(1858, "| 2020 |", "| 20 |"),
 "1858 code cell": sub(1858, "cada token. | — |", "cada token. | [megablocks](https://github.com/databricks/megablocks-x) |"),
 "1858 key idea without dot": sub(1858, "cada token. |", "cada token |"),
 "1858 task item": sub(1858, "- [x] Afegir MeshGraphNets (#4)", "- [v] Afegir MeshGraphNets (#4)"),
 "1858 handle": sub(1858, "@nfont", "@NFont"),
 "1858 no merge request": sub(1858, "(vegeu !9 com a exemple)", "(vegeu la 9 com a exemple)"),
 "1858 mermaid": sub(1858, "flowchart LR", "flow LR"),
 "1858 unlabelled OpenReview id": sub(1858, "Molt bo per començar.", "Molt bo per començar. https://openreview.net/forum?id=AbCdEf12345"),
 "1858 OpenReview record gets an arXiv link": sub(1858, "s'activen per a cada token.", "s'activen per a cada token (https://arxiv.org/abs/1701.06538)."),
 "1858 title-only gets an id": sub(1858, "Ying et al., NeurIPS 2021.", "Ying et al., NeurIPS 2021, arXiv:2106.05234."),
 # 1859 IOL Mail forward
 "1859 LF line end": raw_bytes(1859, lambda b: b.replace(b"MIME-Version: 1.0\r\n", b"MIME-Version: 1.0\n", 1)),
 "1859 Date weekday": sub(1859, "Date: Wed, 04 Mar 2026", "Date: Thu, 04 Mar 2026"),
 "1859 Date not Lisbon time": sub(1859, "09:12:44 +0000", "09:12:44 +0100"),
 "1859 From not at iol.pt": sub(1859, "?= <jsimoes.lab@iol.pt>", "?= <jsimoes.lab@sapo.pt>"),
 "1859 Message-ID host": sub(1859, "@webmail.iol.pt>", "@mail.example.pt>"),
 "1859 X-Mailer": sub(1859, "X-Mailer: IOL Mail", "X-Mailer: Roundcube"),
 "1859 base64 line length": raw_bytes(1859, lambda b: b.replace(b"dmFsbG\r\n", b"dmFsbG", 1) if b"dmFsbG\r\n" in b else b.replace(b"\r\naSBlbSBhbmV4", b"aSBlbSBhbmV4", 1)),
 "1859 base64 alphabet": raw_bytes(1859, lambda b: b.replace(b"T2zDoSBSaXRh", b"T2zDoSB*aXRh", 1)),
 "1859 attachment name": sub(1859, 'filename="F5Bot found something!.eml"', 'filename="alert.eml"'),
 "1859 Subject": sub(1859, "Subject: Fwd: F5Bot found something!", "Subject: Fwd: F5Bot alert"),
 "1859 alert after the mail": sub(1859, "Date: Tue, 03 Mar 2026 18:05:12 +0000", "Date: Wed, 04 Mar 2026 18:05:12 +0000"),
 "1859 alert From": sub(1859, "From: F5Bot <admin@f5bot.com>", "From: F5Bot <alerts@f5bot.com>"),
 "1859 QP bare equals": sub(1859, "id=3D43247519", "id=Q343247519"),
 "1859 QP long line": sub(1859, "numbers insid=\r\ne", "numbers inside"),
 "1859 section count": mime("Reddit Comments (2)", "Reddit Comments (3)", "text"),
 "1859 item numbering": mime("2. /r/LocalLLaMA", "3. /r/LocalLLaMA", "text"),
 "1859 keyword not in the note": mime("(keyword: rope scaling)", "(keyword: yarn)", "text"),
 "1859 note keywords": mime("«rope scaling»", "«rope»", "note"),
 "1859 link of another site": mime("https://lobste.rs/s/k3vd9q/attention_sinks_why_your_long_context#c_w1pzfa", "https://news.ycombinator.com/item?id=43249999", "text"),
 "1859 subreddit differs": mime("/r/MachineLearning: comment", "/r/LocalLLaMA: comment", "text"),
 "1859 alert footer": mime("Manage your keywords:", "Manage keywords:", "text"),
 "1859 HTML link missing": mime('<a href="https://news.ycombinator.com/item?id=43247519">', "<a>", "html"),
 "1859 head count": mime("F5Bot found 6 new", "F5Bot found 7 new", "text"),
 "1859 title-only gets a link": mime("there was Big Bird: Transformers for Longer Sequences", "there was Big Bird: Transformers for Longer Sequences (https://arxiv.org/abs/2007.14062)", "text"),
 "1859 OpenReview id changed": mime("id=_adSMszz_g9", "id=_adSMszz_g8", "alert"),
 "1859 arxiv-text gets a link": mime("(arXiv:2302.10866)", "(https://arxiv.org/abs/2302.10866)", "note"),
 # 1860 OsloMet thesis
 "1860 long line": sub(1860, "på vår maskinvare.", "på vår maskinvare, selv om vi brukte de samme hyperparameterne som forfatterne av modellen anbefalte."),
 "1860 page number": sub(1860, "\n\n62\n", "\n\n63\n"),
 "1860 running head": sub(1860, "— mai 2026\n\nLitteraturliste", "— mai 2026 (utkast)\n\nLitteraturliste"),
 "1860 section renamed": sub(1860, "\nLitteraturliste\n", "\nReferanser\n"),
 "1860 order": sub(1860, "Gulrajani, I. & Lopez-Paz, D. (2021)", "Agrulajani, I. & Lopez-Paz, D. (2021)"),
 "1860 comma before &": sub(1860, "Bishop, C. M. & Bishop, H.", "Bishop, C. M., & Bishop, H."),
 "1860 author form": sub(1860, "Tan, M. & Le, Q. V. (2021)", "Mingxing Tan & Le, Q. V. (2021)"),
 "1860 consulted date": sub(1860, "Hentet 14. mars 2026", "Hentet 32. mars 2026"),
 "1860 consulted after the thesis": sub(1860, "Hentet 14. mars 2026", "Hentet 14. juni 2026"),
 "1860 pages": sub(1860, "(s. 11976–11986)", "(s. 11986–11976)"),
 "1860 citation names nothing": sub(1860, "(Kartverket, u.å.)", "(Kartverket, 2025)"),
 "1860 entry never cited": sub(1860, "PyTorch (PyTorch Foundation, 2025);", "PyTorch;"),
 "1860 footnote twice": sub(1860, "enn de tre vi har brukt.", "enn de tre vi har brukt¹."),
 "1860 annex table": sub(1860, "Beskriver\tConvNeXt-T\t2e-4\t32\t30", "Beskriver\tConvNeXt-T\t2e-4\t32"),
 "1860 title-only gets an id": sub(1860, "AAAI Press.", "AAAI Press. arXiv:2101.01761."),
 "1860 OpenReview record gets an arXiv link": sub(1860, "https://openreview.net/forum?id=YicbFdNTTy", "https://openreview.net/forum?id=YicbFdNTTy https://arxiv.org/abs/2010.11929"),
 # 1861 Rebiber output
 "1861 @string kept": sub(1861, "\n@book{okatani2022deep,", "\n@string{acl = {Association for Computational Linguistics}}\n@book{okatani2022deep,"),
 "1861 timestamp kept": sub(1861, "  biburl    = {", "  timestamp = {Tue, 19 Jan 2021 15:44:35 +0100},\n  biburl    = {"),
 "1861 duplicate key": sub(1861, "@misc{zhang2022opt,", "@misc{devlin2018bert,"),
 "1861 DBLP key kept": sub(1861, "@inproceedings{brown2020language,", "@inproceedings{DBLP:conf/nips/BrownMRSKDNSSAA20,"),
 "1861 no blank after an entry": sub(1861, "  year={2022}\n}\n\n", "  year={2022}\n}\n"),
 "1861 field twice": sub(1861, "  journal={arXiv preprint arXiv:2003.10555},\n", "  journal={arXiv preprint arXiv:2003.10555},\n  year={2019},\n"),
 "1861 pages": sub(1861, "4171--4186", "4186--4171"),
 "1861 ACL doi": sub(1861, "10.18653/v1/N19-1423", "10.18653/v1/N19-1424"),
 "1861 eprint": sub(1861, "archivePrefix={arXiv},", "archivePrefix={ArXiv},"),
 "1861 Zotero doi": sub(1861, "doi = {10.48550/arXiv.2302.13971}", "doi = {10.48550/arXiv.2302.13917}"),
 "1861 journal form": sub(1861, "journal={arXiv preprint arXiv:2003.10555}", "journal={arXiv 2003.10555}"),
 "1861 DBLP alignment": sub(1861, "  year      = {2020},", "  year = {2020},"),
 "1861 entry without title": sub(1861, "  title={深層学習 改訂第2版},\n", ""),
 "1861 text outside entries": sub(1861, "\n@misc{hf_transformers,", "\nstray text\n@misc{hf_transformers,"),
 "1861 arxiv-text gets a link": sub(1861, "  journal={arXiv preprint arXiv:2003.10555},\n", "  journal={arXiv preprint arXiv:2003.10555},\n  url={https://arxiv.org/abs/2003.10555},\n"),
 "1861 title-only gets an id": sub(1861, '    doi = "10.18653/v1/N19-1423",\n', '    doi = "10.18653/v1/N19-1423",\n    note = "arXiv:1810.04805",\n'),
 # 1862 Tryton CSV
 "1862 BOM": raw_bytes(1862, lambda b: b"\xef\xbb\xbf" + b),
 "1862 LF row end": raw_bytes(1862, lambda b: b.replace(b"\r\n", b"\n", 1)),
 "1862 over-quoted": sub(1862, ",Project,", ',"Project",'),
 "1862 header": sub(1862, "Relatie/Naam", "Partij/Naam"),
 "1862 type": sub(1862, ",Taak,", ",Task,"),
 "1862 status": sub(1862, ",Gedaan,", ",Klaar,"),
 "1862 parent not a project": sub(1862, "Lunchsessie PEFT in de praktijk,Taak,Interne kennisdeling 2026", "Lunchsessie PEFT in de praktijk,Taak,Onbekend project"),
 "1862 project with a parent": sub(1862, "Interne kennisdeling 2026,Project,,", "Interne kennisdeling 2026,Project,Literatuurstudie LoRA en varianten,"),
 "1862 task with a party": sub(1862, "Evaluatieset opbouwen,Taak,Schadeassistent Scheldeland – fase 1,,", "Evaluatieset opbouwen,Taak,Schadeassistent Scheldeland – fase 1,Verzekeringen Scheldeland NV,"),
 "1862 date": sub(1862, "2026-01-14 14:20:03.058712", "2026-01-34 14:20:03.058712"),
 "1862 order": sub(1862, "2026-01-21 09:00:00.150276", "2026-01-11 09:00:00.150276"),
 "1862 name twice": sub(1862, "Evaluatieset opbouwen,", "P-tuning als reserve,"),
 "1862 CR in a comment": sub(1862, "\nSnel te proberen", "\r\nSnel te proberen"),
 "1862 title-only gets an id": sub(1862, "(adapters)", "(adapters, arXiv:1902.00751)"),
 # 1863 BundesMessenger
 "1863 weekday": sub(1863, "Di, 10. März 2026 10:04:55", "Mi, 10. März 2026 10:04:55"),
 "1863 month name": sub(1863, "12. März 2026 08:47:16", "12. Mrz 2026 08:47:16"),
 "1863 order": sub(1863, "Do, 12. März 2026 09:20:38", "Do, 12. März 2026 07:20:38"),
 "1863 broken head": sub(1863, "Fr, 13. März 2026 07:55:40 -", "Fr, 13.03.2026 07:55:40 -"),
 "1863 writes before joining": sub(1863, "Di, 10. März 2026 09:59:03 - Sebastian Wolff hat den Raum betreten\n", ""),
 "1863 room not created first": sub(1863, "hat den Raum erstellt und konfiguriert.", "hat den Raum betreten"),
 "1863 reply quote too long": sub(1863, '"Ich hätte gern einen kontrastive..."', '"Ich hätte gern einen kontrastiven Vergleich..."'),
 "1863 reply to an unknown id": sub(1863, "<@sebastian.wolff:", "<@sebastian.wulf:"),
 "1863 second homeserver": sub(1863, "<@jonas.keller:matrix.behoerde.example", "<@jonas.keller:matrix.example.org"),
 "1863 image event": sub(1863, "(Medien ausgelassen)", "(Bild)"),
 "1863 arxiv-text gets a link": sub(1863, "(arXiv:2011.10566)", "(https://arxiv.org/abs/2011.10566)"),
 "1863 unlabelled arXiv id": sub(1863, "Zum schnellen Testen EuroSAT.", "Zum schnellen Testen EuroSAT (2403.01234)."),
 "1863 OpenReview id changed": sub(1863, "id=uB5x7Y2qsFR", "id=uB5x7Y2qsFS"),
 # 1864 KenyaTalk
 "1864 menu": sub(1864, "What's new\n", "New posts\n"),
 "1864 breadcrumb": sub(1864, "Forums  Technology  Programming & Software", "Forums > Technology"),
 "1864 post numbering": sub(1864, "\n#3\n", "\n#4\n"),
 "1864 user title": sub(1864, "Village Elder", "Chief"),
 "1864 figures differ": sub(1864, "2,418", "2,419", nth=2),
 "1864 joined after posting": sub(1864, "Aug 14, 2019", "Aug 14, 2026", nth=2),
 "1864 post order": sub(1864, "Mar 5, 2026", "Mar 1, 2026"),
 "1864 quote not said": sub(1864, "jaribuni multimodal\nClick to expand...", "jaribuni video\nClick to expand..."),
 "1864 quote not closed": sub(1864, "Click to expand...\n", ""),
 "1864 author reacts": sub(1864, "Reactions: dev_mombasa", "Reactions: Kamau254"),
 "1864 reactions plural": sub(1864, "and 1 other", "and 1 others"),
 "1864 thread starter": sub(1864, "Thread starter otieno_dev", "Thread starter Kamau254"),
 "1864 last line": sub(1864, "\nYou must log in or register to reply here.\n", "\nShare:\n"),
 "1864 title-only gets a link": sub(1864, "A Generalist Agent ndiyo", "A Generalist Agent (https://arxiv.org/abs/2205.06175) ndiyo"),
 "1864 arxiv-text gets a link": sub(1864, "(arXiv:2009.03300)", "(https://arxiv.org/abs/2009.03300)"),
 # 1865 Newsleopard
 "1865 lang": sub(1865, 'lang="zh-Hant-TW"', 'lang="zh-TW"'),
 "1865 doctype": sub(1865, "<!DOCTYPE html>\n", ""),
 "1865 unbalanced": sub(1865, "</ul>", ""),
 "1865 bare ampersand": sub(1865, "© 2026 生成模型讀書會", "© 2026 生成模型讀書會 & 朋友"),
 "1865 untracked link": sub(1865, f"https://t.newsleopard.example/c/nl26c0412/4/u7f31c2a9?u={b64u('https://github.com/huggingface/diffusers')}", "https://github.com/huggingface/diffusers"),
 "1865 link number order": sub(1865, "/c/nl26c0412/3/", "/c/nl26c0412/30/"),
 "1865 second subscriber": sub(1865, "u7f31c2a9?u=" + b64u("https://github.com/huggingface/diffusers"), "u7f31c2a8?u=" + b64u("https://github.com/huggingface/diffusers")),
 "1865 token not a URL": sub(1865, b64u("https://genmodel-reading.example.tw/events"), b64u("genmodel events")),
 "1865 pixel": sub(1865, "/o/nl26c0412/", "/o/nl26c0413/"),
 "1865 issue mismatch": sub(1865, "<title>生成模型讀書會電子報 第 12 期", "<title>生成模型讀書會電子報 第 13 期"),
 "1865 weekday": sub(1865, "（星期四）", "（星期五）"),
 "1865 footer": sub(1865, ">取消訂閱</a>", ">退訂</a>"),
 "1865 tracked OpenReview id changed": sub(1865, b64u("https://openreview.net/forum?id=St1giarCHLP"), b64u("https://openreview.net/forum?id=St1giarCHLQ")),
 "1865 tracked arXiv id changed": sub(1865, b64u("https://arxiv.org/abs/2105.05233"), b64u("https://arxiv.org/abs/2105.05234")),
 "1865 direct link off arXiv": sub(1865, "http://arxiv.org/abs/2204.06125v1", "http://example.org/abs/2204.06125v1"),
 # 1866 Mysansar (negative)
 "1866 menu": sub(1866, "गृहपृष्ठ |", "होम |"),
 "1866 weekday": sub(1866, "१७, मंगलबार", "१७, बुधबार"),
 "1866 author twice": sub(1866, "लेखक: दीपक अधिकारी\n", "लेखक: दीपक अधिकारी\nलेखक: अर्को\n"),
 "1866 comment count": sub(1866, "टिप्पणीहरू (४)", "टिप्पणीहरू (५)"),
 "1866 comment before the post": sub(1866, "२०२६ फेब्रुअरी १७, १९:४५", "२०२६ फेब्रुअरी १६, १९:४५"),
 "1866 comment order": sub(1866, "२०२६ फेब्रुअरी १८, १२:३७", "२०२६ फेब्रुअरी १८, ०७:३७"),
 "1866 reply to nobody": sub(1866, "@अनिता गुरुङ:", "@राम:"),
 "1866 form": sub(1866, "\nपठाउनुहोस्\n", "\nपठाउनु\n"),
 "1866 footer year": sub(1866, "© २०२६", "© २०२५"),
 "1866 paper title in the negative": sub(1866, "यो कुनै विज्ञापन होइन।", "यो कुनै विज्ञापन होइन। (Attention Is All You Need)"),
 "1866 arXiv id in the negative": sub(1866, "धेरै छन्।", "धेरै छन् (2403.01234)।"),
 # labels
 "label in the negative": exp_edit(lambda e: e[D[1866]].append(dict(e[D[1865]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[1860]][5].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[1861]][0].update(title="DeBERTa")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[1864]][0].update(true_arxiv_id="2306.05686", arxiv_id="2306.05686")),
 "arxiv_id != true": exp_edit(lambda e: e[D[1862]][0].update(arxiv_id="2305.14314")),
 "paper in two files": exp_edit(lambda e: e[D[1858]].append(dict(e[D[1857]][0]))),
 "odd-position paper": exp_edit(lambda e: e[D[1858]].append({"arxiv_id": None, "openreview_id": None, "title": "A Fast Learning Algorithm for Deep Belief Nets", "evidence": "title-only", "true_arxiv_id": None})),
 "position 2 used": exp_edit(lambda e: e[D[1861]].append({"arxiv_id": None, "openreview_id": None, "title": "REALM: Retrieval-Augmented Language Model Pre-Training", "evidence": "title-only", "true_arxiv_id": "2002.08909"})),
 "too few papers": exp_edit(lambda e: [e[D[1863]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[1862]] if r["evidence"] == "title-only" and r["true_arxiv_id"]]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[1859])),
 "openreview id of another paper": exp_edit(lambda e: e[D[1858]][0].update(openreview_id="St1giarCHLP")),
 "not-on-arXiv paper given an id": exp_edit(lambda e: e[D[1857]][4].update(evidence="arxiv-text", arxiv_id="1501.00001", true_arxiv_id="1501.00001")),
 "duplicate record": exp_edit(lambda e: e[D[1864]].append(dict(e[D[1864]][1]))),
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
