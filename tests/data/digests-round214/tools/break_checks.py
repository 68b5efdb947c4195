#!/usr/bin/env python3
"""Breaks a scratch copy of round214 (/tmp/r214/scratch/break, deleted afterwards) one case at a time and checks that
validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's ERROR
lines. (round212's harness with round214's cases; 2158 is a CR LF mail whose two parts are quoted-printable: they are
edited decoded and encoded again as the builder does. Besides the hand-written cases, one case per labelled paper removes its
title from its digest, case-blind, across line breaks and TeX braces.)"""
import base64, json, quopri, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/r214/scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(2157, 2167)}
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


def qpe(old, new, count=1, regex=False):
    """edit both decoded quoted-printable parts of 2158 (UTF-8) and encode them again as the builder does"""
    def fn(root):
        p = os.path.join(root, "digests", D[2158])
        s = open(p, "rb").read().decode("ascii")
        segs = re.split(r"(Content-Transfer-Encoding: quoted-printable\r\n\r\n)", s)
        hit = False
        for i in range(2, len(segs), 2):
            body, rest = segs[i].split("\r\n--", 1)
            t = quopri.decodestring(body.replace("\r\n", "\n").encode("ascii")).decode("utf-8")
            if regex:
                t2 = re.sub(old, new, t, count=count)
            else:
                t2 = t.replace(old, new) if count == 0 else t.replace(old, new, 1)
            hit |= t2 != t
            e = quopri.encodestring(t2.encode("utf-8")).decode("ascii").replace("\n", "\r\n")
            segs[i] = e + "\r\n--" + rest
        assert hit, old
        open(p, "wb").write("".join(segs).encode("ascii"))
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


CASES = {
 # 2157 Chamilo course page copy
 "2157 skip link": sub(2157, "Ir al contenido principal\n", ""),
 "2157 footer": sub(2157, "Creado con Chamilo © 2026", "Chamilo"),
 "2157 section twice": sub(2157, "Objetivos\n", "Objetivos\n\nObjetivos\n"),
 "2157 breadcrumb": sub(2157, "> Descripción del curso\n", "> Lecciones\n"),
 "2157 lesson count": sub(2157, "Lecciones (6)", "Lecciones (7)"),
 "2157 lesson numbering": sub(2157, "Lección 3.", "Lección 4."),
 "2157 lesson weekday": sub(2157, "martes 24 de marzo", "miércoles 24 de marzo"),
 "2157 lesson gap": sub(2157, "martes 31 de marzo", "martes 7 de abril"),
 "2157 invalid date": sub(2157, "martes 31 de marzo", "martes 31 de febrero"),
 "2157 lesson without items": sub(2157, "Lección 6. Aumentación de datos para segmentación — martes 21 de abril de 2026\n", "Lección 6. Aumentación de datos para segmentación — martes 21 de abril de 2026\n\n"),
 "2157 malformed URL": sub(2157, "https://arxiv.org/abs/2201.03545", "https://arxiv/abs/2201.03545"),
 # 2158 Gmail forward
 "2158 bare LF": sub(2158, "MIME-Version: 1.0\r\n", "MIME-Version: 1.0\n"),
 "2158 header order": sub(2158, "MIME-Version: 1.0\r\nDate:", "X-Gm: 1\r\nMIME-Version: 1.0\r\nDate:"),
 "2158 Message-ID": sub(2158, "@mail.gmail.com>", "@outlook.com>"),
 "2158 Date weekday": sub(2158, "Date: Wed, 08 Apr", "Date: Thu, 08 Apr"),
 "2158 non-ASCII": sub(2158, "Edvaldo Kiala <", "Edvaldo Kiála <"),
 "2158 long line": sub(2158, "To: Nzinga Tchissola", "To: Nzinga Tchissola Tchissola Tchissola Tchissola Tchissola Tchissola Tchissola"),
 "2158 closing boundary": sub(2158, r"--(0{12}[0-9a-f]{16})--\r\n$", r"--\1\r\n", regex=True),
 "2158 bad QP escape": sub(2158, "Ol=C3=A1", "Ol=Q3=A1"),
 "2158 not QP": sub(2158, "Content-Transfer-Encoding: quoted-printable", "Content-Transfer-Encoding: 8bit"),
 "2158 subject mismatch": qpe("Subject: Resumo da sessão 9", "Subject: Resumo da sessão 10"),
 "2158 forwarded weekday": qpe("Date: ter., 7 de abr.", "Date: qua., 7 de abr."),
 "2158 forwarded after": qpe("7 de abr. de 2026", "9 de abr. de 2026"),
 "2158 forward line": qpe("---------- Forwarded message ---------", "----- Mensagem encaminhada -----"),
 "2158 parts differ": sub(2158, "Caros colegas", "Caras colegas", nth=1),
 # 2159 DSTU copy
 "2159 header missing": sub(2159, "\fКваліфікаційна робота магістра · Ужгородський національний університет · 2026\n", "\f"),
 "2159 page number": sub(2159, "\n64\n", "\n66\n"),
 "2159 form feed": sub(2159, "ВИСНОВКИ (закінчення)", "\fВИСНОВКИ (закінчення)"),
 "2159 heading twice": sub(2159, "ВИСНОВКИ (закінчення)", "СПИСОК ВИКОРИСТАНИХ ДЖЕРЕЛ"),
 "2159 citation order": sub(2159, "FAVOR+\n[1]", "FAVOR+\n[4]"),
 "2159 numbering": sub(2159, "\n3. Tay Y.", "\n4. Tay Y."),
 "2159 long line": sub(2159, "   звернення: 05.03.2026).", "   звернення: 05.03.2026). Це дуже довгий рядок, який перевищує дозволену ширину у дев'яносто символів."),
 "2159 access date": sub(2159, "дата звернення: 02.03.2026", "дата звернення: 32.03.2026"),
 "2159 no final stop": sub(2159, "Vol. 33. P. 17283–17297.", "Vol. 33. P. 17283–17297"),
 "2159 author form": sub(2159, "1. Choromanski K.,", "1. K. Choromanski,"),
 "2159 stray line": sub(2159, "СПИСОК ВИКОРИСТАНИХ ДЖЕРЕЛ\n\n", "СПИСОК ВИКОРИСТАНИХ ДЖЕРЕЛ\n\nДжерела:\n"),
 # 2160 Zotero RIS
 "2160 LF only": sub(2160, "\r\n", "\n", count=0),
 "2160 unknown type": sub(2160, "TY  - GEN", "TY  - PREPRINTX"),
 "2160 ER missing": sub(2160, r"ER  - \r\n\r\n$", "", regex=True),
 "2160 bad tag line": sub(2160, "KW  - seq2seq", "KW - seq2seq"),
 "2160 AU form": sub(2160, "AU  - Bahdanau, Dzmitry", "AU  - Dzmitry Bahdanau"),
 "2160 PY": sub(2160, "PY  - 2015", "PY  - 15"),
 "2160 DA": sub(2160, "DA  - 2014/12/08/", "DA  - 08.12.2014"),
 "2160 Y2": sub(2160, "Y2  - 2026/03/02/14:11:05", "Y2  - 2026/13/02/14:11:05"),
 "2160 ISBN": sub(2160, "978-1-62705-298-6", "978-1-62705-298-7"),
 "2160 CPAPER without T2": sub(2160, "T2  - International Conference on Learning Representations (ICLR)\r\n", ""),
 "2160 blank inside": sub(2160, "PY  - 2014\r\n", "PY  - 2014\r\n\r\n"),
 # 2161 Asana CSV
 "2161 BOM": sub(2161, "Task ID", "\ufeffTask ID"),
 "2161 header": sub(2161, "Section/Column", "Section"),
 "2161 quoting": sub(2161, "Por hacer", '"Por hacer"'),
 "2161 ids not increasing": sub(2161, "1209876543210001,", "1209876543219999,"),
 "2161 bad date": sub(2161, "2026-03-16", "2026-02-30"),
 "2161 completed but open": sub(2161, ",En curso,", ",Hecho,"),
 "2161 unknown section": sub(2161, ",Por hacer,", ",Pendiente,"),
 "2161 due before start": sub(2161, "2026-04-06,2026-04-13", "2026-04-06,2026-04-01"),
 "2161 parent unknown": sub(2161, ",Leer: LoRA y sucesores\r\n", ",Leer: LoRA\r\n"),
 # 2162 Mattermost JSONL
 "2162 not JSON": sub(2162, '{"type": "team"', '{"type": "team",'),
 "2162 version not first": sub(2162, r'^(.*\n)(.*\n)', r'\2\1', regex=True),
 "2162 not dumps form": sub(2162, '{"type": "team", ', '{"type":"team", '),
 "2162 poster not member": sub(2162, '"user": "grace.mukamana", "message": "Also', '"user": "jean.habimana", "message": "Also'),
 "2162 time order": sub(2162, '"create_at": 1773127800000', '"create_at": 1773199999999'),
 "2162 unknown channel": sub(2162, '"channel": "llm-agents-reading", "user": "aline.uwase", "message": "Mwaramutse', '"channel": "general", "user": "aline.uwase", "message": "Mwaramutse'),
 # 2163 MyBB
 "2163 footer": sub(2163, "Desarrollado por MyBB, © 2002-2026 MyBB Group.", "Powered by MyBB"),
 "2163 post numbering": sub(2163, "  #3", "  #4"),
 "2163 post order": sub(2163, "04-04-2026, 11:05 AM", "01-04-2026, 11:05 AM"),
 "2163 bad date": sub(2163, "03-04-2026, 09:02 AM", "03-04-2026, 13:02 AM"),
 "2163 stats missing": sub(2163, "Temas: 2\n", ""),
 "2163 user shown differently": sub(2163, "Mensajes: 48", "Mensajes: 49", nth=2),
 "2163 reply line": sub(2163, "Responder · Citar\n", "", nth=1),
 "2163 quote unknown user": sub(2163, "lucas_yagan escribió:", "lucas escribió:"),
 "2163 breadcrumb title": sub(2163, "Modos del tema\nModelos de difusión para el TP final", "Modos del tema\nDifusión"),
 # 2164 Brevo
 "2164 last line": sub(2164, "Enviado con Brevo", "Enviado con Sendinblue"),
 "2164 issue": sub(2164, "Boletín n.º 8", "Boletín n.º 9"),
 "2164 view online twice": sub(2164, "Darse de baja", "Ver en el navegador\nDarse de baja"),
 "2164 recipient": sub(2164, "{{ contact.EMAIL }}", "usted"),
 "2164 button": sub(2164, "[ Leer el paper ] https", "[ Leer el paper https"),
 # 2165 Medium
 "2165 first line": sub(2165, "Open in app\n", ""),
 "2165 reading time": sub(2165, r"\n(\d+) min read", r"\n19 min read", regex=True),
 "2165 responses": sub(2165, "Responses (3)", "Responses (4)"),
 "2165 reply missing": sub(2165, "Reply\n", "", nth=2),
 "2165 response dates": sub(2165, "Mar 22, 2026", "Mar 17, 2025"),
 "2165 written by": sub(2165, "Written by Yamikani Phiri", "By Yamikani Phiri"),
 # 2166 negative
 "2166 HTML": sub(2166, "Awesome ML Tok Pisin\n", "<h1>Awesome ML Tok Pisin</h1>\n"),
 "2166 ATX heading": sub(2166, "Books\n-----", "## Books"),
 "2166 underline length": sub(2166, "Datasets\n--------", "Datasets\n-------"),
 "2166 entry count": sub(2166, r"(\d+) entries", "99 entries", regex=True),
 "2166 toc": sub(2166, "- [Books](#books)\n", ""),
 "2166 reference link": sub(2166, "[sklearn]: https://scikit-learn.org", ""),
 "2166 arXiv id": sub(2166, "Andriy Burkov.", "Andriy Burkov. See arXiv:2106.04560."),
 "2166 catalogue title": sub(2166, "Andriy Burkov.", "Andriy Burkov. Also: Neural Turing Machines."),
 "2166 fence": sub(2166, "```\n\n", "\n\n"),
 "2166 label in negative": exp_edit(lambda e: e[D[2166]].append(dict(e[D[2165]][0]))),
 # labels and text
 "2157 unlabelled catalogue title": sub(2157, "Charla recomendada:", "Ver también Neural Turing Machines. Charla recomendada:"),
 "2161 unlabelled arXiv id": sub(2161, "Revisar el weight decay", "Ver arXiv:2201.03546. Revisar el weight decay"),
 "2164 distractor id": sub(2164, "presentado por", "y 1706.03762 presentado por"),
 "2162 unlabelled openreview": sub(2162, "Docs: https://docs.vllm.ai", "Docs: https://openreview.net/forum?id=XyZ123abc"),
 "2165 title-only id appears": sub(2165, "Cao et al.", "Cao et al. (2010.00904)"),
 "2160 arxiv-text linked": sub(2160, "N1  - arXiv:1906.08237 [cs]", "UR  - https://arxiv.org/abs/1906.08237"),
 "2163 openreview link removed": sub(2163, "https://openreview.net/forum?id=", "https://openreview.net/group?id="),
 "2159 arXiv link removed": sub(2159, "https://arxiv.org/abs/2009.14794", "https://example.org/2009.14794"),
 "wrong evidence": exp_edit(lambda e: e[D[2157]][4].update(evidence="link")),
 "bad true id": exp_edit(lambda e: e[D[2158]][1].update(true_arxiv_id="1909.08054", arxiv_id="1909.08054")),
 "title changed": exp_edit(lambda e: e[D[2161]][1].update(title="Parameter-Efficient Transfer Learning")),
 "record dropped": exp_edit(lambda e: e[D[2162]].pop()),
 "duplicate record": exp_edit(lambda e: e[D[2163]].append(dict(e[D[2163]][0]))),
 "paper in two files": exp_edit(lambda e: e[D[2164]].append(dict(e[D[2165]][1]))),
 "extra field": exp_edit(lambda e: e[D[2159]][0].update(venue="ICLR")),
 "openreview record given an arxiv_id": exp_edit(lambda e: e[D[2157]][0].update(arxiv_id="2010.11929")),
 "link record made title-only": exp_edit(lambda e: e[D[2160]][0].update(evidence="title-only", arxiv_id=None)),
 "title-only made arxiv-text": exp_edit(lambda e: e[D[2164]][5].update(evidence="arxiv-text", arxiv_id="2103.14167")),
 "file key renamed": exp_edit(lambda e: e.update({"2167_x.txt": e.pop(D[2166])})),
}
# one case per labelled paper: its title removed from its digest (2139: from the decoded body), case-blind, across
# line breaks and TeX braces
for f, recs in EXP.items():
    n = int(f[:4])
    for r in recs:
        t = r["title"]
        rx = r"(?i)" + r"[{}]*\s+[{}]*".join("[{}]*".join(re.escape(c) for c in w) for w in t.split())
        CASES[f"{n} title removed: {t[:40]}"] = qpe(rx, "[...]", count=0, regex=True) if n == 2158 else sub(n, rx, "[…]", regex=True, count=0)


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
