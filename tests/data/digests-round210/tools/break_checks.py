#!/usr/bin/env python3
"""Breaks a scratch copy of round210 (/tmp/r210/scratch/break, deleted afterwards) one case at a time and checks that
validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's ERROR
lines. (round208's harness with round210's cases; 2119 is a CR LF mail whose body is quoted-printable: it is edited
decoded and encoded again as the builder does. Besides the hand-written cases, one case per labelled paper removes its
title from its digest, case-blind, across line breaks and TeX braces.)"""
import json, os, quopri, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/r210/scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(2117, 2127)}
EXP = json.load(open(os.path.join(HERE, "expected.json")))


def sub(n, old, new, nth=1, regex=False, count=1):
    """replace the nth occurrence of `old` (or the first regex match; count=0: every occurrence) in digest n"""
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = open(p, "rb").read().decode("utf-8")
        if regex:
            assert re.search(old, s, re.S), (n, old)
            s = re.sub(old, new, s, count=count, flags=re.S)
        elif count == 0:
            assert old in s, (n, old)
            s = s.replace(old, new)
        else:
            assert s.count(old) >= nth, (n, old)
            at = -1
            for _ in range(nth): at = s.index(old, at + 1)
            s = s[:at] + new + s[at + len(old):]
        open(p, "wb").write(s.encode("utf-8"))
    return fn


def qp(old, new, count=1, regex=False):
    """edit 2119's decoded quoted-printable body (ISO-8859-2) and encode it again as the builder does"""
    def fn(root):
        p = os.path.join(root, "digests", D[2119])
        s = open(p, "rb").read().decode("ascii")
        h, b = s.split("\r\n\r\n", 1)
        t = quopri.decodestring(b.replace("\r\n", "\n").encode("ascii")).decode("iso-8859-2")
        if regex:
            assert re.search(old, t), old
            t = re.sub(old, new, t, count=count)
        else:
            assert old in t, old
            t = t.replace(old, new) if count == 0 else t.replace(old, new, 1)
        e = quopri.encodestring(t.encode("iso-8859-2")).decode("ascii").replace("\n", "\r\n")
        open(p, "wb").write((h + "\r\n\r\n" + e).encode("ascii"))
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


CASES = {
 # 2117 Google Classroom classwork copy
 "2117 skip link": sub(2117, "Ignorar e aceder ao conteúdo principal\n", ""),
 "2117 footer": sub(2117, "Google Classroom · Termos · Privacidade\n", "Google Classroom\n"),
 "2117 nav twice": sub(2117, "Pessoas\n", "Pessoas\nPessoas\n"),
 "2117 filter != headings": sub(2117, "Semana 4 — Representações de palavras\n", "", nth=1),
 "2117 topic numbering": sub(2117, "Semana 6 — Otimização", "Semana 7 — Otimização", count=0),
 "2117 posting date invalid": sub(2117, "Publicado: 16/03", "Publicado: 31/02"),
 "2117 posting dates not increasing": sub(2117, "Publicado: 23/03", "Publicado: 12/03"),
 "2117 Publicado missing": sub(2117, "Publicado: 30/03\n", ""),
 "2117 Data limite missing": sub(2117, "Data limite: 18 de mar, 23:59\n", ""),
 "2117 Ver material missing": sub(2117, "Ver material\n", "", nth=2),
 "2117 comment count": sub(2117, "3 comentários da turma", "4 comentários da turma"),
 "2117 bad URL": sub(2117, "https://pytorch.org/docs/stable/nn.html", "https://pytorch/docs"),
 "2117 arXiv id unlabelled": sub(2117, "(EMNLP 2014)", "(EMNLP 2014, arXiv:2301.07041)"),
 "2117 CR LF": sub(2117, "\n", "\r\n", count=0),
 # 2118 reStructuredText awesome list
 "2118 overline length": sub(2118, "=" * 47 + "\nAwesome", "=" * 40 + "\nAwesome"),
 "2118 section underline": sub(2118, "Encoders\n--------", "Encoders\n------"),
 "2118 Updated date": sub(2118, ":Updated: 2026-03-14", ":Updated: 2026-13-14"),
 "2118 contents twice": sub(2118, ".. note::", ".. contents:: Clár / Contents\n\n.. note::"),
 "2118 named target missing": sub(2118, ".. _electra: http://arxiv.org/abs/2003.10555\n", ""),
 "2118 substitution undefined": sub(2118, ".. |opt| replace:: Meta OPT\n", ""),
 "2118 anonymous target missing": sub(2118, "__ https://society.example.ie/talks/2026-02-mtg.pdf\n", ""),
 "2118 entry count": sub(2118, "group: 12 entries", "group: 13 entries"),
 "2118 contributing not last": sub(2118, "Contributing\n------------", "Contrib\n-------"),
 "2118 backquote": sub(2118, "`Hugging Face Transformers <", "Hugging Face Transformers <"),
 "2118 bad link target": sub(2118, "<https://arxiv.org/pdf/2006.03654v6.pdf>", "<arxiv.org/pdf/2006.03654v6.pdf>"),
 "2118 tab": sub(2118, "    pip install", "\tpip install"),
 "2118 wrong id in link": sub(2118, "https://arxiv.org/abs/2005.14165", "https://arxiv.org/abs/2005.14166"),
 # 2119 Apple Mail forward
 "2119 Date weekday": sub(2119, "Date: Tue, 10 Mar", "Date: Wed, 10 Mar"),
 "2119 header order": sub(2119, "Date: Tue, 10 Mar 2026 09:14:22 +0100\r\nTo: Seminarium ML <seminarium-ml@umcs.example.pl>\r\n",
                          "To: Seminarium ML <seminarium-ml@umcs.example.pl>\r\nDate: Tue, 10 Mar 2026 09:14:22 +0100\r\n"),
 "2119 charset": sub(2119, "charset=iso-8859-2", "charset=utf-8"),
 "2119 X-Mailer": sub(2119, "X-Mailer: Apple Mail (2.3774.500.171.1.1)", "X-Mailer: Microsoft Outlook 16.0"),
 "2119 Message-Id lower case": sub(2119, "<4C2E81A7-", "<4c2e81a7-"),
 "2119 LF line": sub(2119, "Content-Transfer-Encoding: quoted-printable\r\n", "Content-Transfer-Encoding: quoted-printable\n"),
 "2119 8-bit byte": sub(2119, "Cze=B6=E6", "Cześć"),
 "2119 long QP line": sub(2119, "przesy=B3am dalej wczorajsze podsumowanie z listy ko=B3a, bo nie wszyscy s=\r\n", "przesy=B3am dalej wczorajsze podsumowanie z listy ko=B3a, bo nie wszyscy s"),
 "2119 forward marker": qp("Początek przekazanej wiadomości:", "Begin forwarded message:"),
 "2119 forwarded date after": qp("Data: 9 marca 2026 o 18:02:11 CET", "Data: 11 marca 2026 o 18:02:11 CET"),
 "2119 forwarded subject": qp("Temat: Podsumowanie tygodnia nr 5", "Temat: Podsumowanie tygodnia nr 6"),
 "2119 message count": qp("W tym wydaniu 3 wiadomości.", "W tym wydaniu 4 wiadomości."),
 "2119 OpenReview id changed": qp("forum?id=VTF8yNQM66", "forum?id=VTF8yNQM67"),
 "2119 arxiv-text given a link": qp("arXiv:2310.11511 (ICLR 2024)", "https://arxiv.org/abs/2310.11511 (ICLR 2024)"),
 "2119 title-only given an id": qp("(Houlsby i in., ICML 2019)", "(Houlsby i in., ICML 2019, arXiv:1902.00751)"),
 # 2120 GB/T 7714 reference list
 "2120 reference numbering": sub(2120, "[6] VAHDAT", "[7] VAHDAT"),
 "2120 citation order": sub(2120, "非平衡热力学[1]", "非平衡热力学[2]"),
 "2120 type code": sub(2120, "synthesis[EB/OL]", "synthesis[XX]"),
 "2120 author form": sub(2120, "VAHDAT A, KREIS K", "Vahdat A., Kreis K."),
 "2120 page range": sub(2120, "2672-2680", "2680-2672"),
 "2120 cited date": sub(2120, "[2026-03-05]", "[2026-02-30]"),
 "2120 final dot": sub(2120, "arXiv:2403.03206, 2024.", "arXiv:2403.03206, 2024"),
 "2120 page numbers": sub(2120, "\n48\n", "\n50\n"),
 "2120 long line": sub(2120, "Curran Associates, 2014: 2672-2680.", "Curran Associates, 2014: 2672-2680. Curran Associates, Curran Associates, Curran Associates, x."),
 "2120 thanks before refs": sub(2120, "致谢", "后记"),
 "2120 URL without OL": sub(2120, "[EB/OL]. (2022-04-13)", "[J]. (2022-04-13)"),
 "2120 distractor-free but unlabelled title": sub(2120, "致谢\n", "致谢\n参见 Attention Is All You Need。\n"),
 # 2121 Zotero BibTeX
 "2121 leading blank": sub(2121, "\n@misc{poli", "@misc{poli"),
 "2121 entry type": sub(2121, "@inproceedings{wu_lite_2020", "@proceedings{wu_lite_2020"),
 "2121 duplicate key": sub(2121, "@misc{sun_retentive_2023", "@misc{poli_hyena_2023"),
 "2121 field order": sub(2121, "\tyear = {2020},\n\tnote = {arXiv: 2004.11886},", "\tnote = {arXiv: 2004.11886},\n\tyear = {2020},"),
 "2121 field twice": sub(2121, "\tyear = {2021},\n", "\tyear = {2021},\n\tyear = {2021},\n"),
 "2121 unbalanced braces": sub(2121, "{Rethinking} {Self-Attention}", "{Rethinking {Self-Attention}"),
 "2121 bad month": sub(2121, "month = apr,", "month = april,"),
 "2121 space indent": sub(2121, "\ttitle = {Random", "    title = {Random"),
 "2121 key year": sub(2121, "@inproceedings{choromanski_rethinking_2021", "@inproceedings{choromanski_rethinking_2020"),
 "2121 preprint note missing": sub(2121, "\tnote = {arXiv:2307.08621 [cs]},\n", ""),
 "2121 no booktitle": sub(2121, "\tbooktitle = {Proceedings of the 38th", "\tjournal = {Proceedings of the 38th"),
 "2121 urldate": sub(2121, "urldate = {2026-02-13}", "urldate = {2026-02-31}"),
 "2121 closing": sub(2121, "application/pdf},\n}\n\n@misc{dao", "application/pdf}}\n\n@misc{dao"),
 # 2122 GitLab CSV
 "2122 header": sub(2122, "Author Username", "Author username"),
 "2122 semicolon": sub(2122, "Title,Description,Issue ID", "Title;Description;Issue ID"),
 "2122 BOM": sub(2122, "Title,", "\ufeffTitle,"),
 "2122 CR LF": sub(2122, "\n", "\r\n", count=0),
 "2122 URL != id": sub(2122, "/-/issues/15,", "/-/issues/51,"),
 "2122 ids order": sub(2122, ",13,https://gitlab.kpi.example.sk/ssl-citanie/zoznam/-/issues/13,", ",19,https://gitlab.kpi.example.sk/ssl-citanie/zoznam/-/issues/19,"),
 "2122 state": sub(2122, ",opened,", ",open,"),
 "2122 closed at on open issue": sub(2122, "2026-03-03 10:40:22,,Marec", "2026-03-03 10:40:22,2026-03-03 10:40:22,Marec"),
 "2122 updated before created": sub(2122, "2026-02-16 09:12:44,2026-02-26 18:02:10", "2026-02-16 09:12:44,2026-02-15 18:02:10"),
 "2122 bad date": sub(2122, "2026-02-09 11:45:00", "2026-02-09T11:45:00"),
 "2122 flag": sub(2122, "pkral,No,No", "pkral,no,No"),
 "2122 username two names": sub(2122, "Lucia Sabolová,lsabolova,Lucia", "Lucia Sabolová,pkral,Lucia"),
 "2122 labels": sub(2122, '"citanie,diskusia"', '"citanie, diskusia"'),
 "2122 column missing": sub(2122, ",Február,2,citanie,0,0\n", ",Február,2,citanie,0\n"),
 "2122 markdown target": sub(2122, "](https://arxiv.org/abs/2304.07193)", "](arxiv 2304.07193)"),
 # 2123 WhatsApp
 "2123 notice not first": sub(2123, "3. 3. 2026. 19:02 - Poruke i pozivi", "3. 3. 2026. 19:02 - Poruke  i pozivi"),
 "2123 time goes back": sub(2123, "4. 3. 2026. 09:40", "4. 3. 2026. 09:20"),
 "2123 invalid date": sub(2123, "4. 3. 2026. 10:05", "31. 2. 2026. 10:05"),
 "2123 group created twice": sub(2123, "Milica Stanić vas je dodao/la", "Stefan Babić je kreirao/la grupu „X”"),
 "2123 line neither": sub(2123, "4. 3. 2026. 09:30 - Stefan Babić: Ova poruka je obrisana", "4. 3. 2026. 09:30 - obrisana"),
 "2123 media not alone": sub(2123, "Jelena Tomić: <Medij izostavljen>", "Jelena Tomić: slajdovi <Medij izostavljen>"),
 "2123 unlabelled OpenReview": sub(2123, "samo tabele", "samo tabele https://openreview.net/forum?id=Hk9zZ8a1x"),
 "2123 link record made text": sub(2123, "https://arxiv.org/abs/2309.06180", "arXiv 2309.06180"),
 # 2124 Stack Overflow en español
 "2124 answer count": sub(2124, "\n2 respuestas\n", "\n3 respuestas\n"),
 "2124 two accepted": sub(2124, "\n4\n\nComplemento", "\n4\n✓\n\nComplemento"),
 "2124 answer before question": sub(2124, "respondida el 15 sept. 2025 a las 02:11", "respondida el 13 sept. 2025 a las 02:11"),
 "2124 comment before post": sub(2124, "Gonzalo Arce 14 sept. 2025 a las 22:05", "Gonzalo Arce 14 sept. 2025 a las 21:05"),
 "2124 bad month": sub(2124, "Rodrigo Mamani 15 sept. 2025 a las 12:26", "Rodrigo Mamani 15 sep 2025 a las 12:26"),
 "2124 views": sub(2124, "Vista 412 veces", "Visto 412 veces"),
 "2124 footer": sub(2124, "bajo licencia CC BY-SA.", "bajo licencia MIT."),
 "2124 Mejora missing": sub(2124, "Mejora esta respuesta\n", "", nth=2),
 "2124 edited before asked": sub(2124, "editada el 15 sept. 2025 a las 08:02", "editada el 13 sept. 2025 a las 08:02"),
 # 2125 WordPress
 "2125 response count": sub(2125, "3 responses to", "4 responses to"),
 "2125 comment before post": sub(2125, "March 9, 2026 at 8:12 am", "March 7, 2026 at 8:12 am"),
 "2125 comment order": sub(2125, "March 11, 2026 at 7:03 pm", "March 9, 2026 at 9:03 am"),
 "2125 Reply missing": sub(2125, "    Reply\n", ""),
 "2125 form string": sub(2125, "Post Comment\n", "Submit\n"),
 "2125 footer": sub(2125, "Designed with WordPress\n", "Proudly powered by WordPress\n"),
 "2125 tags missing": sub(2125, "Tags: neural operators", "Topics: neural operators"),
 "2125 bad comment date": sub(2125, "March 9, 2026 at 10:40 am", "March 9, 2026 at 13:40 am"),
 "2125 title changed": sub(2125, "responses to “Machine learning", "responses to “Deep learning"),
 # 2126 beehiiv negative
 "2126 footer": sub(2126, "Powered by beehiiv\n", ""),
 "2126 issue number": sub(2126, "Issue #13:", "Issue #12:"),
 "2126 min read": sub(2126, "1 min read", "a short read"),
 "2126 catalogue title": sub(2126, "(blog post).", "(blog post), and Attention Is All You Need."),
 "2126 arXiv id": sub(2126, "41 volunteers so far.", "41 volunteers so far (see 2106.09685)."),
 "2126 label in negative": exp_edit(lambda e: e[D[2126]].append(dict(e[D[2125]][0]))),
 "2126 openreview": sub(2126, "Reply to this email", "See openreview.net. Reply to this email"),
 # labels
 "wrong evidence": exp_edit(lambda e: e[D[2117]][3].update(evidence="link")),
 "bad true id": exp_edit(lambda e: e[D[2118]][0].update(true_arxiv_id="2005.14166", arxiv_id="2005.14166")),
 "title changed": exp_edit(lambda e: e[D[2122]][0].update(title="DINOv2: Learning Visual Features without Supervision")),
 "record dropped": exp_edit(lambda e: e[D[2123]].pop()),
 "duplicate record": exp_edit(lambda e: e[D[2124]].append(dict(e[D[2124]][0]))),
 "paper in two files": exp_edit(lambda e: e[D[2125]].append(dict(e[D[2124]][0]))),
 "extra field": exp_edit(lambda e: e[D[2120]][0].update(venue="ICML")),
 "openreview record given an arxiv_id": exp_edit(lambda e: e[D[2121]][3].update(arxiv_id="2009.14794")),
 "link record made title-only": exp_edit(lambda e: e[D[2119]][0].update(evidence="title-only", arxiv_id=None)),
 "title-only made arxiv-text": exp_edit(lambda e: e[D[2125]][6].update(evidence="arxiv-text", arxiv_id="2010.00554")),
 "file key renamed": exp_edit(lambda e: e.update({"2127_x.txt": e.pop(D[2126])})),
}
# one case per labelled paper: its title removed from its digest (2119: from the decoded body), case-blind, across
# line breaks and TeX braces
for f, recs in EXP.items():
    n = int(f[:4])
    for r in recs:
        t = r["title"]
        rx = r"(?i)" + r"[{}]*\s+[{}]*".join("[{}]*".join(re.escape(c) for c in w) for w in t.split())
        CASES[f"{n} title removed: {t[:40]}"] = qp(rx, "[...]", count=0, regex=True) if n == 2119 else sub(n, rx, "[…]", regex=True, count=0)


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
    fresh()
    try:
        fn(SCR)
    except AssertionError as ex:
        bad.append(f"{name} (edit failed: {ex})"); continue
    errs, rc = run(SCR)
    total += len(errs)
    if not errs or rc == 0: bad.append(name)
    if V: print(f"{name}:", *errs[:3], sep="\n   ")
shutil.rmtree(SCR, ignore_errors=True)
print(f"cases {len(CASES)} errors {total}" + (f"; NOT CAUGHT: {bad}" if bad else ""))
sys.exit(1 if bad else 0)
