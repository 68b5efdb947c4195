#!/usr/bin/env python3
"""Breaks a scratch copy of round198 (/tmp/r198/scratch/break, deleted afterwards) one case at a time and checks that
validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's ERROR
lines. (round194's harness with round198's cases; 1978 is a CR LF mail whose body is base64: it is edited decoded
and encoded again as the builder does. Besides the hand-written cases, one case per labelled paper removes its
title from its digest.)"""
import quopri, json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/r198/scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1997, 2007)}
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


def raw_bytes(n, fn_b):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        b = open(p, "rb").read()
        open(p, "wb").write(fn_b(b))
    return fn


def qp(old, new, count=1):
    """edit 1998's decoded quoted-printable body and encode it again as the builder does"""
    def fn(root):
        p = os.path.join(root, "digests", D[1998])
        s = open(p, "rb").read().decode("ascii")
        h, b = s.split("\r\n\r\n", 1)
        t = quopri.decodestring(b.replace("\r\n", "\n").encode("ascii")).decode("utf-8")
        assert old in t, old
        t = t.replace(old, new) if count == 0 else t.replace(old, new, 1)
        e = quopri.encodestring(t.encode("utf-8")).decode("ascii").replace("\n", "\r\n")
        open(p, "wb").write((h + "\r\n\r\n" + e).encode("ascii"))
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


CASES = {
 # 1997 Université de Lomé plan de cours
 "1997 head": sub(1997, "PLAN DE COURS\n", "SYLLABUS\n"),
 "1997 Ewe line lost": sub(1997, "Lomé nutome suku gã\n", ""),
 "1997 footer number": sub(1997, "page 2/2", "page 3/2"),
 "1997 footer total": sub(1997, "page 1/2", "page 1/3"),
 "1997 footer code": sub(1997, "INF 912 | page 2", "INF 913 | page 2"),
 "1997 field twice": sub(1997, "Crédits : 5 ECTS\n", "Crédits : 5 ECTS\nCrédits : 6 ECTS\n"),
 "1997 hours total": sub(1997, "Travaux dirigés (TD) : 10 h", "Travaux dirigés (TD) : 12 h"),
 "1997 assessment sum": sub(1997, "Projet TP : 30 %", "Projet TP : 35 %"),
 "1997 session numbering": sub(1997, "Séance 4 –", "Séance 5 –"),
 "1997 session without reading": sub(1997, "   Lecture : EigenGame", "   EigenGame"),
 "1997 date": sub(1997, "le 12 janvier 2026", "le 32 janvier 2026"),
 "1997 arxiv-text gets a link": sub(1997, "arXiv:2006.16668", "https://arxiv.org/abs/2006.16668"),
 "1997 title-only gets an id": sub(1997, "(ICLR 2021)\n\n", "(ICLR 2021) arXiv:2010.00554\n\n"),
 "1997 OpenReview id changed": sub(1997, "id=_adSMszz_g9", "id=_adSMszz_g8"),
 # 1998 Rogers forward, quoted-printable
 "1998 LF line end": raw_bytes(1998, lambda b: b.replace(b"MIME-Version: 1.0\r\n", b"MIME-Version: 1.0\n", 1)),
 "1998 Date weekday": sub(1998, "Date: Wed, 04 Mar 2026", "Date: Thu, 04 Mar 2026"),
 "1998 Date offset": sub(1998, "09:17:03 -0500", "09:17:03 -0800"),
 "1998 From": sub(1998, "From: Jordan Beaulieu <jordan.beaulieu@rogers.example.com>", "From: Jordan Beaulieu <jb@gmail.example.com>"),
 "1998 header twice": sub(1998, "MIME-Version: 1.0\r\n", "MIME-Version: 1.0\r\nMIME-Version: 1.0\r\n"),
 "1998 not QP": sub(1998, "Content-Transfer-Encoding: quoted-printable", "Content-Transfer-Encoding: 8bit"),
 "1998 QP long line": raw_bytes(1998, lambda b: b.replace(b"=\r\n", b"", 1)),
 "1998 bad QP escape": raw_bytes(1998, lambda b: b.replace(b"=E2=80=93", b"=G2=80=93", 1)),
 "1998 Subject": sub(1998, "Subject: Fwd: Digest #14", "Subject: Fw: Digest #14"),
 "1998 forward block": qp("----- Forwarded Message -----", "----- Original Message -----"),
 "1998 forwarded after the forward": qp("Sent: Wednesday, March 4, 2026, 06:00:12", "Sent: Wednesday, March 4, 2026, 11:00:12"),
 "1998 forwarded weekday": qp("Sent: Wednesday, March 4", "Sent: Tuesday, March 4"),
 "1998 not to forwarder": qp("To: jordan.beaulieu@rogers.example.com", "To: someone@rogers.example.com"),
 "1998 digest number": qp("Digest #14\n3 messages", "Digest #15\n3 messages"),
 "1998 message count": qp("3 messages", "4 messages"),
 "1998 message numbering": qp("Message 2\n", "Message 3\n"),
 "1998 message date order": qp("Date: Tue, 3 Mar 2026 08:40", "Date: Mon, 2 Mar 2026 08:40"),
 "1998 message weekday": qp("Date: Tue, 3 Mar 2026 13:02", "Date: Wed, 3 Mar 2026 13:02"),
 "1998 footer": qp("-- \n", "--\n"),
 "1998 arxiv-text gets a link": qp("(arXiv:2306.15595)", "(https://arxiv.org/abs/2306.15595)"),
 "1998 title-only gets a link": qp("(Tri Dao, 2023)", "(https://arxiv.org/abs/2307.08691)"),
 "1998 unlabelled catalogue title": qp("Cheers,", "Also Attention Is All You Need\nCheers,"),
 # 1999 Uni-CV NP 405
 "1999 heading": sub(1999, "REFERÊNCIAS BIBLIOGRÁFICAS", "BIBLIOGRAFIA"),
 "1999 alphabetical order": sub(1999, "JIANG, Wei", "ZIANG, Wei"),
 "1999 page number": sub(1999, "\n88", "\n89"),
 "1999 final newline": raw_bytes(1999, lambda b: b + b"\n"),
 "1999 Consult date": sub(1999, "[Consult. 14 jan. 2026]", "[Consult. 34 jan. 2026]"),
 "1999 Consult month": sub(1999, "[Consult. 12 jan. 2026]", "[Consult. 12 janeiro 2026]"),
 "1999 page range": sub(1999, "p. 2278-2324", "p. 2324-2278"),
 "1999 URL form": sub(1999, "<https://arxiv.org/abs/2201.03545>.", "https://arxiv.org/abs/2201.03545."),
 "1999 et al. place": sub(1999, "ZHU, Xizhou [et al.]", "ZHU, Xizhou; [et al.]"),
 "1999 arxiv-text gets a link": sub(1999, "arXiv:2103.14167 [cs.CV]", "https://arxiv.org/abs/2103.14167"),
 "1999 title-only gets an id": sub(1999, "p. 1971-1980.", "p. 1971-1980. arXiv:2103.14146."),
 "1999 OpenReview id changed": sub(1999, "id=YicbFdNTTy", "id=YicbFdNTTz"),
 # 2000 UNC RIS
 "2000 LF": raw_bytes(2000, lambda b: b.replace(b"\r\n", b"\n", 3)),
 "2000 BOM": raw_bytes(2000, lambda b: "\ufeff".encode() + b),
 "2000 tag form": sub(2000, "PY  - 2021", "PY - 2021"),
 "2000 unknown TY": sub(2000, "TY  - DATA", "TY  - DTST"),
 "2000 TI twice": sub(2000, "PY  - 2022\r\nUR", "PY  - 2022\r\nTI  - doublon\r\nUR"),
 "2000 year": sub(2000, "PY  - 2024", "PY  - 224"),
 "2000 EP before SP": sub(2000, "EP  - 3460", "EP  - 3400"),
 "2000 ID order": sub(2000, "UNC01004", "UNC01009"),
 "2000 ER lost": sub(2000, "ER  - \r\n", "", nth=3),
 "2000 arxiv-text gets a link": sub(2000, "arXiv 1911.05722", "https://arxiv.org/abs/1911.05722"),
 "2000 title-only gets an id": sub(2000, "T2  - CVPR 2021", "T2  - CVPR 2021 (arXiv:2011.10566)"),
 "2000 OpenReview id changed": sub(2000, "id=uB5x7Y2qsFR", "id=uB5x7Y2qsFS"),
 # 2001 Gibraltar CSV
 "2001 BOM": raw_bytes(2001, lambda b: "\ufeff".encode() + b),
 "2001 LF row": raw_bytes(2001, lambda b: b.replace(b"\r\n", b"\n", 1)),
 "2001 over-quoted": sub(2001, "\r\n7,", '\r\n"7",'),
 "2001 header": sub(2001, "Week,Item", "Wk,Item"),
 "2001 week order": sub(2001, "\r\n9,", "\r\n11,"),
 "2001 status": sub(2001, ",To read,,P-tuning".replace(",P-tuning", ""), ",Later,", nth=1),
 "2001 kind": sub(2001, ",Book,", ",Libro,"),
 "2001 width": sub(2001, ",budget per layer", ",budget,per layer"),
 "2001 link": sub(2001, ",https://github.com/huggingface/peft,", ",github.com/huggingface/peft,"),
 "2001 arxiv-text gets a link": sub(2001, "(arXiv:2106.10199)", "(https://arxiv.org/abs/2106.10199)"),
 "2001 title-only gets a link": sub(2001, ",,\"AAAI 2021", ",https://arxiv.org/abs/2101.01761,\"AAAI 2021"),
 # 2002 WhatsApp
 "2002 notice": sub(2002, "Messages and calls are end-to-end encrypted.", "Messages are encrypted."),
 "2002 time order": sub(2002, "14/01/2026, 19:15", "14/01/2026, 19:00"),
 "2002 invalid time": sub(2002, "14/01/2026, 19:22", "14/01/2026, 25:22"),
 "2002 not a member": sub(2002, "19:25 - Viliami Fifita:", "19:25 - Tevita Lolo:"),
 "2002 empty message": sub(2002, "19:16 - Mele Vaipulu: <Media omitted>", "19:16 - Mele Vaipulu: "),
 "2002 date form": sub(2002, "14/01/2026, 19:31", "1/14/26, 7:31 PM"),
 "2002 arxiv-text gets a link": sub(2002, "arXiv 2006.03654", "https://arxiv.org/abs/2006.03654"),
 "2002 title-only gets a link": sub(2002, "cheaper to pretrain", "https://arxiv.org/abs/2003.10555 cheaper to pretrain"),
 # 2003 Raspberry Pi Forums
 "2003 head": sub(2003, "Raspberry Pi Forums\n", "Raspberry Forum\n"),
 "2003 footer": sub(2003, "Powered by phpBB® Forum Software © phpBB Limited", "Powered by phpBB"),
 "2003 weekday": sub(2003, "» Sa 7. Feb 2026, 18:42", "» So 7. Feb 2026, 18:42"),
 "2003 date order": sub(2003, "» So 8. Feb 2026, 11:27", "» So 8. Feb 2026, 08:27"),
 "2003 invalid date": sub(2003, "Mo 9. Feb 2026", "Mo 30. Feb 2026"),
 "2003 post count": sub(2003, "5 Beiträge • Seite", "6 Beiträge • Seite"),
 "2003 Nach oben lost": sub(2003, "Nach oben\n", "", nth=2),
 "2003 user line": sub(2003, "Beiträge: 318", "Beiträge: viele"),
 "2003 asker not last": sub(2003, "Beitrag von tuxhannes » Mo", "Beitrag von Bernd_K » Mo"),
 "2003 arxiv-text gets a link": sub(2003, "(arXiv:2007.14062)", "(https://arxiv.org/abs/2007.14062)"),
 "2003 title-only gets an id": sub(2003, "(Hochreiter & Schmidhuber 1997)", "(Hochreiter & Schmidhuber 1997, arXiv:1503.04069)"),
 "2003 OpenReview id changed": sub(2003, "id=OCm0rwa1lx1", "id=OCm0rwa1lx2"),
 "2003 OpenReview record gets an arXiv link": sub(2003, "Ich berichte", "https://arxiv.org/abs/2002.09402 Ich berichte"),
 # 2004 UPF newsletter
 "2004 doctype": sub(2004, "<!DOCTYPE html>\n", ""),
 "2004 lang": sub(2004, '<html lang="fr">', '<html lang="en">'),
 "2004 unclosed tag": sub(2004, "</section>", ""),
 "2004 two h1": sub(2004, "<h2>Lectures conseillées</h2>", "<h1>Lectures conseillées</h1>"),
 "2004 bare ampersand": sub(2004, "Ho &amp; Salimans", "Ho & Salimans"),
 "2004 toc": sub(2004, '<li><a href="#projets">', '<li><a href="#projet">'),
 "2004 toc label": sub(2004, '<li><a href="#lectures">Lectures conseillées</a>', '<li><a href="#lectures">Lectures</a>'),
 "2004 issue number": sub(2004, "n° 7</h1>", "n° 8</h1>"),
 "2004 mail host": sub(2004, "mailto:lettre.recherche@upf.example.pf", "mailto:lettre@gmail.example.com"),
 "2004 date line": sub(2004, "Février 2026", "Fevrier 2026"),
 "2004 arxiv-text gets a link": sub(2004, "(arXiv:2207.12598)", "(https://arxiv.org/abs/2207.12598)"),
 "2004 title-only gets an id": sub(2004, "NeurIPS 2014 : pour comparer", "NeurIPS 2014, arXiv:1406.2661 : pour comparer"),
 "2004 OpenReview id changed": sub(2004, "id=St1giarCHLP", "id=St1giarCHLQ"),
 # 2005 Port Vila blog
 "2005 head": sub(2005, "Home   About   Archive   Contact", "Home About"),
 "2005 post date": sub(2005, "Posted on February 21, 2026", "Posted on February 31, 2026"),
 "2005 comment count": sub(2005, "3 thoughts on", "4 thoughts on"),
 "2005 count names another post": sub(2005, "thoughts on “Agents", "thoughts on “Agent"),
 "2005 comment before post": sub(2005, "February 21, 2026 at 7:40 pm", "February 21, 2026 at 7:40 am"),
 "2005 comment order": sub(2005, "February 23, 2026 at 9:03 pm", "February 22, 2026 at 7:03 am"),
 "2005 Reply lost": sub(2005, "Reply\n", "", nth=2),
 "2005 footer": sub(2005, "© 2026 Solwota Kod", "Solwota Kod"),
 "2005 arxiv-text gets a link": sub(2005, "(arXiv:2010.08895)", "(https://arxiv.org/abs/2010.08895)"),
 "2005 title-only gets a link": sub(2005, "(Nature 2021)", "(Nature 2021, https://arxiv.org/abs/2206.04615)"),
 "2005 unlabelled catalogue title": sub(2005, "Tags: agents", "See also Attention Is All You Need.\nTags: agents"),
 # 2006 Awesome Kirundi NLP (negative)
 "2006 badge": sub(2006, " [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)", ""),
 "2006 toc entry missing": sub(2006, "- [Ibitabo (Livres / Books)](#ibitabo-livres--books)\n", ""),
 "2006 slug": sub(2006, "(#amakuru-données--datasets)", "(#amakuru-donnees--datasets)"),
 "2006 licence not last": sub(2006, "## Licence", "## Licence et droits"),
 "2006 date": sub(2006, "3 février 2026", "30 février 2026"),
 "2006 http link": sub(2006, "(https://fasttext.cc/)", "(http://fasttext.cc/)"),
 "2006 handle": sub(2006, "@irakoze.a", "@Irakoze.A"),
 "2006 emphasis": sub(2006, "*Speech and Language Processing*", "*Speech and Language Processing"),
 "2006 paper title in the negative": sub(2006, "vecteurs pré-entraînés", "voir Attention Is All You Need"),
 "2006 arXiv id in the negative": sub(2006, "(recording)", "(recording, arXiv:2404.01234)"),
 # labels
 "label in the negative": exp_edit(lambda e: e[D[2006]].append(dict(e[D[2005]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[1999]][5].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[2002]][1].update(title="XLNet")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[2001]][1].update(true_arxiv_id="2303.10513", arxiv_id="2303.10513")),
 "arxiv_id != true": exp_edit(lambda e: e[D[2001]][1].update(arxiv_id="2106.09685")),
 "paper in two files": exp_edit(lambda e: e[D[1998]].append(dict(e[D[1997]][0]))),
 "odd-position paper": exp_edit(lambda e: e[D[2003]].append({"arxiv_id": None, "openreview_id": None, "title": "Visual Instruction Tuning", "evidence": "title-only", "true_arxiv_id": "2304.08485"})),
 "too few papers": exp_edit(lambda e: [e[D[2000]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[2004]] if r["evidence"] == "title-only" and r["true_arxiv_id"]]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[1998])),
 "openreview id of another paper": exp_edit(lambda e: e[D[2004]][3].update(openreview_id="OCm0rwa1lx1")),
 "not-on-arXiv paper given an id": exp_edit(lambda e: e[D[2003]][5].update(evidence="arxiv-text", arxiv_id="1501.00001", true_arxiv_id="1501.00001")),
 "duplicate record": exp_edit(lambda e: e[D[2005]].append(dict(e[D[2005]][1]))),
 "labelled paper dropped": exp_edit(lambda e: e[D[2002]].pop(0)),
}
# one case per labelled paper: its title removed from its digest (1998: from the decoded body)
for f, recs in EXP.items():
    n = int(f[:4])
    for r in recs:
        t = r["title"]
        name = f"{n} title removed: {t[:40]}"
        CASES[name] = qp(t, "[…]", count=0) if n == 1998 else sub(n, t, "[…]", count=0)


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
