#!/usr/bin/env python3
"""Breaks a scratch copy of round196 (/tmp/r196/scratch/break, deleted afterwards) one case at a time and checks that
validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's ERROR
lines. (round194's harness with round196's cases; 1978 is a CR LF mail whose body is base64: it is edited decoded
and encoded again as the builder does. Besides the hand-written cases, one case per labelled paper removes its
title from its digest.)"""
import base64, json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/r196/scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1977, 1987)}
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


def b64(old, new, count=1):
    """edit 1978's decoded base64 body and encode it again as the builder does"""
    def fn(root):
        p = os.path.join(root, "digests", D[1978])
        s = open(p, "rb").read().decode("ascii")
        h, b = s.split("\r\n\r\n", 1)
        t = base64.b64decode(b.replace("\r\n", "")).decode("utf-8")
        assert old in t, old
        t = t.replace(old, new) if count == 0 else t.replace(old, new, 1)
        e = base64.encodebytes(t.encode("utf-8")).decode("ascii").replace("\n", "\r\n")
        open(p, "wb").write((h + "\r\n\r\n" + e).encode("ascii"))
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


CASES = {
 # 1977 Royal University of Bhutan module descriptor
 "1977 head": sub(1977, "MODULE DESCRIPTOR\n", "MODULE OUTLINE\n"),
 "1977 Dzongkha head lost": sub(1977, "འབྲུག་རྒྱལ་འཛིན་གཙུག་ལག་སློབ་སྡེ།\n", ""),
 "1977 footer number": sub(1977, "Page 2 of 3", "Page 4 of 3"),
 "1977 footer total": sub(1977, "Page 1 of 3", "Page 1 of 2"),
 "1977 footer code": sub(1977, "ITE411 Module Descriptor | Page 2", "ITE412 Module Descriptor | Page 2"),
 "1977 field twice": sub(1977, "Credit Value: 12\n", "Credit Value: 12\nCredit Value: 15\n"),
 "1977 section renamed": sub(1977, "Assessment Approach\n", "Assessment\n"),
 "1977 hours total": sub(1977, "Practical | 2 | 30", "Practical | 3 | 45"),
 "1977 credit value": sub(1977, "Credit Value: 12", "Credit Value: 15"),
 "1977 assessment sum": sub(1977, "C. Quiz: 10%", "C. Quiz: 15%"),
 "1977 assessment letters": sub(1977, "C. Quiz", "F. Quiz"),
 "1977 unit numbering": sub(1977, "Unit III:", "Unit IV:"),
 "1977 sub-topic numbering": sub(1977, "   2.3 Beam search", "   3.3 Beam search"),
 "1977 reading numbering": sub(1977, "\n4. Bahdanau", "\n5. Bahdanau"),
 "1977 reading year": sub(1977, "Schmidhuber, J. (1997).", "Schmidhuber, J. 1997."),
 "1977 date": sub(1977, "Date: 20 January 2026", "Date: 31 February 2026"),
 "1977 arxiv-text gets a link": sub(1977, "arXiv preprint arXiv:1901.02860.", "https://arxiv.org/abs/1901.02860"),
 "1977 title-only gets an id": sub(1977, "NeurIPS 2021.", "NeurIPS 2021. arXiv:2106.05234"),
 # 1978 Shaw forward, base64, LISTSERV digest
 "1978 LF line end": raw_bytes(1978, lambda b: b.replace(b"MIME-Version: 1.0\r\n", b"MIME-Version: 1.0\n", 1)),
 "1978 Date weekday": sub(1978, "Date: Wed, 4 Mar 2026", "Date: Thu, 4 Mar 2026"),
 "1978 Date offset": sub(1978, "07:31:48 -0800", "07:31:48 -0700"),
 "1978 From": sub(1978, "From: Gurdeep Gill <gurdeep.gill@shaw.example.ca>", "From: gurdeep.gill@gmail.example.com"),
 "1978 X-Mailer": sub(1978, "X-Mailer: Zimbra", "X-Mailer: Outlook"),
 "1978 header twice": sub(1978, "MIME-Version: 1.0\r\n", "MIME-Version: 1.0\r\nMIME-Version: 1.0\r\n"),
 "1978 not base64": sub(1978, "Content-Transfer-Encoding: base64", "Content-Transfer-Encoding: 8bit"),
 "1978 base64 line length": raw_bytes(1978, lambda b: b.replace(b"\r\n", b"", 14).replace(b"\r\n\r\n", b"\r\n\r\n", 1)),
 "1978 broken base64": raw_bytes(1978, lambda b: b[:-30] + b"!!" + b[-28:]),
 "1978 Subject": sub(1978, "Subject: =?utf-8?b?RndkOiBT", "Subject: =?utf-8?b?RlcgOiBT"),
 "1978 forward block": b64("----- Forwarded Message -----", "----- Original Message -----"),
 "1978 forwarded after the mail": b64("Sent: Tuesday, March 3, 2026", "Sent: Thursday, March 5, 2026"),
 "1978 forwarded weekday": b64("Sent: Tuesday, March 3, 2026", "Sent: Monday, March 3, 2026"),
 "1978 not to forwarder": b64("To: gurdeep.gill@shaw.example.ca", "To: someone@shaw.example.ca"),
 "1978 message count": b64("There are 3 messages", "There are 4 messages"),
 "1978 line count": b64("totaling 32 lines", "totaling 30 lines"),
 "1978 topic count": b64("  1. Serving and memory (2)", "  1. Serving and memory"),
 "1978 topic subject": b64("  2. Parallelism week", "  2. Parallel week"),
 "1978 message date order": b64("Date:    Mon, 2 Mar 2026 16:40:05 -0800", "Date:    Sun, 1 Mar 2026 16:40:05 -0800"),
 "1978 message weekday": b64("Date:    Tue, 3 Mar 2026 08:02:51", "Date:    Wed, 3 Mar 2026 08:02:51"),
 "1978 footer": b64("End of SYSML-READ Digest", "End of Digest"),
 "1978 arxiv-text gets a link": b64("(arXiv:1909.08053)", "(https://arxiv.org/abs/1909.08053)"),
 "1978 title-only gets a link": b64("(a fun one)", "(https://arxiv.org/abs/2010.00554)"),
 "1978 OpenReview id changed": b64("id=B1ckMDqlg", "id=B1ckMDqlh"),
 "1978 unlabelled catalogue title": b64("-- Mei-Ling", "Also: Attention Is All You Need\n-- Mei-Ling"),
 # 1979 İSNAD
 "1979 heading": sub(1979, "KAYNAKÇA", "KAYNAKLAR"),
 "1979 footnote numbering": sub(1979, "\n4 Mingxing", "\n5 Mingxing"),
 "1979 footnote call": sub(1979, "sağlamıştır.2", "sağlamıştır.3"),
 "1979 footnote author not in bibliography": sub(1979, "7 Yue Qiu vd.", "7 Yue Kiu vd."),
 "1979 alphabetical order": sub(1979, "Deng, Jia vd.", "Zeng, Jia vd."),
 "1979 page number": sub(1979, "\n65", "\n66"),
 "1979 final newline": raw_bytes(1979, lambda b: b + b"\n"),
 "1979 Erişim date": sub(1979, "Erişim 12 Ocak 2026", "Erişim 32 Ocak 2026"),
 "1979 page range": sub(1979, "2278-2324", "2324-2278"),
 "1979 unpaired quote": sub(1979, "“ImageNet veri kümesi”", "“ImageNet veri kümesi"),
 "1979 arxiv-text gets a link": sub(1979, "2021. arXiv:2103.14586.", "2021. https://arxiv.org/abs/2103.14586."),
 "1979 title-only gets an id": sub(1979, "Workshops. 1971-1980. 2021.", "Workshops. 1971-1980. 2021. arXiv:2103.14146."),
 # 1980 gitlab.aau.dk README
 "1980 awesome badge": sub(1980, " [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)", ""),
 "1980 toc entry missing": sub(1980, "- [Data og bøger](#data-og-bøger)\n", ""),
 "1980 slug": sub(1980, "(#data-og-bøger)", "(#data-og-boger)"),
 "1980 licence not last": sub(1980, "## Licens", "## Licens og vilkår"),
 "1980 date": sub(1980, "9. februar 2026", "30. februar 2026"),
 "1980 http link": sub(1980, "(https://gigaword.dk/)", "(http://gigaword.dk/)"),
 "1980 handle": sub(1980, "@mfrederiksen", "@MFrederiksen"),
 "1980 bold": sub(1980, "– Pennington", "** – Pennington"),
 "1980 arxiv-text gets a link": sub(1980, "(arXiv 2302.13971)", "(https://arxiv.org/abs/2302.13971)"),
 "1980 title-only gets a link": sub(1980, "– logbogen", "https://arxiv.org/abs/2205.01068 – logbogen"),
 # 1981 Mail.ru Agent
 "1981 head": sub(1981, "История сообщений: чат", "История: чат"),
 "1981 participant count": sub(1981, "(3 участника:", "(4 участника:"),
 "1981 export before last": sub(1981, "Агента: 12.02.2026 22:15", "Агента: 12.02.2026 18:15"),
 "1981 time order": sub(1981, "(12.02.2026 19:09:58)", "(12.02.2026 19:00:58)"),
 "1981 invalid time": sub(1981, "(12.02.2026 19:15:03)", "(12.02.2026 25:15:03)"),
 "1981 not a participant": sub(1981, "Алина Гарипова (12.02.2026 19:04:05)", "Иван Петров (12.02.2026 19:04:05)"),
 "1981 empty message": sub(1981, "(12.02.2026 19:17:26)\n", "(12.02.2026 19:17:26)\n\n"),
 "1981 OpenReview id changed": sub(1981, "id=0RDcd5Axok", "id=0RDcd5Axol"),
 "1981 arxiv-text gets a link": sub(1981, "arXiv: 2101.00190", "https://arxiv.org/abs/2101.00190"),
 "1981 title-only gets a link": sub(1981, "(Houlsby и др., ICML 2019)", "https://arxiv.org/abs/1902.00751"),
 # 1982 NVIDIA Developer Forums
 "1982 head": sub(1982, "NVIDIA Developer Forums\n", "NVIDIA Forums\n", nth=1),
 "1982 footer": sub(1982, "Powered by Discourse, best viewed with JavaScript enabled", "Powered by Discourse"),
 "1982 date order": sub(1982, "\nFeb 11\n", "\nFeb 8\n"),
 "1982 invalid date": sub(1982, "\nFeb 13\n", "\nFeb 30\n"),
 "1982 solution twice": sub(1982, "Please also check", "Solution\nPlease also check"),
 "1982 reply count": sub(1982, "3 replies", "4 replies"),
 "1982 users count": sub(1982, "3 users", "4 users"),
 "1982 likes plural": sub(1982, "\n2 Likes\n", "\n2 Like\n"),
 "1982 related row": sub(1982, "\t4\t1302\tJan 27", "\tfour\t1302\tJan 27"),
 "1982 OpenReview record gets an arXiv link": sub(1982, "(recording on NVIDIA On-Demand)", "(https://arxiv.org/abs/2010.06891)"),
 "1982 arxiv-text gets a link": sub(1982, "(arXiv:2306.15595)", "(https://arxiv.org/abs/2306.15595)"),
 "1982 title-only gets an id": sub(1982, "(MIT Han lab)", "(2004.11886)"),
 "1982 title-only OpenReview link": sub(1982, "TensorRT-LLM only seems", "https://openreview.net/forum?id=QtTKTdVrFBB TensorRT-LLM only seems"),
 # 1983 LabKey TSV
 "1983 BOM": raw_bytes(1983, lambda b: b"\xef\xbb\xbf" + b),
 "1983 CR LF row": raw_bytes(1983, lambda b: b.replace(b"\n", b"\r\n", 1)),
 "1983 over-quoted": sub(1983, "\n7\t", '\n"7"\t'),
 "1983 header": sub(1983, "Opprettet", "Created"),
 "1983 key order": sub(1983, "\n9\t", "\n10\t"),
 "1983 date order": sub(1983, "2026-01-26 15:12", "2026-01-02 15:12"),
 "1983 invalid date": sub(1983, "2026-02-05 09:48", "2026-02-30 09:48"),
 "1983 status": sub(1983, "\tPågår\t", "\tIn progress\t"),
 "1983 type": sub(1983, "\tDatasett\t", "\tDataset\t"),
 "1983 width": sub(1983, "\tfor treningsdata\t", "\tfor\ttreningsdata\t"),
 "1983 arxiv-text gets a link": sub(1983, "(arXiv:1907.05600)", "(https://arxiv.org/abs/1907.05600)"),
 "1983 title-only gets a link": sub(1983, "\t\tgraf-nett på mesh", "\thttps://arxiv.org/abs/2010.03409\tgraf-nett på mesh"),
 # 1984 UniSey bulletin
 "1984 doctype": sub(1984, "<!DOCTYPE html>\n", ""),
 "1984 lang": sub(1984, '<html lang="en">', '<html lang="fr">'),
 "1984 unclosed tag": sub(1984, "</section>", ""),
 "1984 two h1": sub(1984, "<h2>Science corner</h2>", "<h1>Science corner</h1>"),
 "1984 bare ampersand": sub(1984, "Research &amp; Innovation", "Research & Innovation"),
 "1984 toc": sub(1984, '<li><a href="#science">', '<li><a href="#sciences">'),
 "1984 toc label": sub(1984, '<li><a href="#science">Science corner</a>', '<li><a href="#science">Science</a>'),
 "1984 link scheme": sub(1984, 'href="https://www.unisey.ac.sc/"', 'href="www.unisey.ac.sc/"'),
 "1984 issue number": sub(1984, "Issue 4</h1>", "Issue 5</h1>"),
 "1984 mail host": sub(1984, 'mailto:research.news@unisey.example.sc', 'mailto:research.news@gmail.example.com'),
 "1984 OpenReview id changed": sub(1984, "id=VTF8yNQM66", "id=VTF8yNQM67"),
 "1984 arxiv-text gets a link": sub(1984, "(arXiv:2206.14858)", "(https://arxiv.org/abs/2206.14858)"),
 "1984 title-only gets an id": sub(1984, "for the retrieval fans", "arXiv:2310.11511, for the retrieval fans"),
 # 1985 Reflejos
 "1985 bar": sub(1985, "Blogs de la comunidad cubana", "Blogs"),
 "1985 post date": sub(1985, "Publicado el 16 febrero, 2026", "Publicado el 30 febrero, 2026"),
 "1985 comment count": sub(1985, "3 comentarios en", "4 comentarios en"),
 "1985 count names another post": sub(1985, "comentarios en «Semana 5", "comentarios en «Semana 6"),
 "1985 comment before post": sub(1985, "16 febrero, 2026 a las 8:12 pm", "15 febrero, 2026 a las 8:12 pm"),
 "1985 comment order": sub(1985, "18 febrero, 2026 a las 9:03 pm", "17 febrero, 2026 a las 7:03 am"),
 "1985 comment date form": sub(1985, "17 febrero, 2026 a las 8:45 am", "17/02/2026 08:45"),
 "1985 Responder lost": sub(1985, "funciona igual de bien con audio en español.\nResponder\n".replace("funciona", "Funciona"), "Funciona igual de bien con audio en español.\n"),
 "1985 footer": sub(1985, "Reflejos | Plataforma de blogs | Acceder", "Powered by WordPress"),
 "1985 OpenReview id changed": sub(1985, "id=-bdp_8Itjwp", "id=-bdp_8Itjwq"),
 "1985 arxiv-text gets a link": sub(1985, "(arXiv:1911.05722)", "(https://arxiv.org/abs/1911.05722)"),
 "1985 title-only gets a link": sub(1985, ", de donde sale", " https://arxiv.org/abs/1807.03748, de donde sale"),
 "1985 unlabelled catalogue title": sub(1985, "Categorías: Lecturas", "Ver también Generative Adversarial Networks.\nCategorías: Lecturas"),
 # 1986 swissbib BibTeX (negative)
 "1986 head": sub(1986, "% Export aus swissbib (Merkliste), 21.02.2026", "% Export, 21.02.2026"),
 "1986 head date": sub(1986, "21.02.2026", "31.02.2026"),
 "1986 duplicate key": sub(1986, "@book{Murphy2022,", "@book{Bishop2006,"),
 "1986 key year": sub(1986, "@online{Olah2015,", "@online{Olah2016,"),
 "1986 unknown type": sub(1986, "@manual{", "@software{"),
 "1986 missing comma": sub(1986, "  publisher = {Springer},", "  publisher = {Springer}"),
 "1986 isbn": sub(1986, "978-0-387-31073-2", "978-0-387-31073-3"),
 "1986 http url": sub(1986, "https://karpathy.github.io/", "http://karpathy.github.io/"),
 "1986 book without publisher": sub(1986, "  publisher = {Dunod},\n", ""),
 "1986 paper title in the negative": sub(1986, "Blogbeitrag, sehr praktisch", "siehe Attention Is All You Need"),
 "1986 arXiv id in the negative": sub(1986, "Folien auf Anfrage", "Folien: 2404.01234"),
 # labels
 "label in the negative": exp_edit(lambda e: e[D[1986]].append(dict(e[D[1985]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[1979]][5].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[1980]][1].update(title="GPT-3")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[1982]][1].update(true_arxiv_id="2009.14795", arxiv_id="2009.14795")),
 "arxiv_id != true": exp_edit(lambda e: e[D[1981]][1].update(arxiv_id="2106.09685")),
 "paper in two files": exp_edit(lambda e: e[D[1978]].append(dict(e[D[1977]][0]))),
 "odd-position paper": exp_edit(lambda e: e[D[1983]].append({"arxiv_id": None, "openreview_id": None, "title": "Attention Is All You Need", "evidence": "title-only", "true_arxiv_id": "1706.03762"})),
 "too few papers": exp_edit(lambda e: [e[D[1981]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[1983]] if r["evidence"] == "title-only" and r["true_arxiv_id"]]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[1978])),
 "openreview id of another paper": exp_edit(lambda e: e[D[1984]][0].update(openreview_id="0RDcd5Axok")),
 "not-on-arXiv paper given an id": exp_edit(lambda e: e[D[1977]][4].update(evidence="arxiv-text", arxiv_id="1501.00001", true_arxiv_id="1501.00001")),
 "duplicate record": exp_edit(lambda e: e[D[1985]].append(dict(e[D[1985]][1]))),
 "labelled paper dropped": exp_edit(lambda e: e[D[1980]].pop(0)),
}
# one case per labelled paper: its title removed from its digest (1978: from the decoded body)
for f, recs in EXP.items():
    n = int(f[:4])
    for r in recs:
        t = r["title"]
        name = f"{n} title removed: {t[:40]}"
        CASES[name] = b64(t, "[…]", count=0) if n == 1978 else sub(n, t, "[…]", count=0)


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
