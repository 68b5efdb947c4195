#!/usr/bin/env python3
"""Breaks a scratch copy of round194 (/tmp/r194/scratch/break, deleted afterwards) one case at a time and checks that
validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's ERROR
lines. (round192's harness with round194's cases; 1958 is a CR LF mail whose body is quoted-printable: it is edited
decoded and encoded again as the builder does. Besides the hand-written cases, one case per labelled paper removes its
title from its digest.)"""
import json, os, quopri, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/r194/scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1957, 1967)}
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
    """edit 1958's decoded quoted-printable body and encode it again as the builder does"""
    def fn(root):
        p = os.path.join(root, "digests", D[1958])
        s = open(p, "rb").read().decode("ascii")
        h, b = s.split("\r\n\r\n", 1)
        t = quopri.decodestring(b.replace("\r\n", "\n").encode("ascii")).decode("utf-8")
        assert old in t, old
        t = t.replace(old, new) if count == 0 else t.replace(old, new, 1)
        e = quopri.encodestring(t.encode("utf-8")).replace(b"\n", b"\r\n")
        open(p, "wb").write((h + "\r\n\r\n").encode("ascii") + e)
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


CASES = {
 # 1957 University of Malawi course outline
 "1957 head": sub(1957, "COURSE OUTLINE\n", "COURSE SYLLABUS\n"),
 "1957 footer number": sub(1957, "Page 2 of 2", "Page 3 of 2"),
 "1957 footer total": sub(1957, "Page 1 of 2", "Page 1 of 3"),
 "1957 footer code": sub(1957, "COM 524 Course Outline | Page 2", "COM 525 Course Outline | Page 2"),
 "1957 section renamed": sub(1957, "E. ASSESSMENT", "E. EVALUATION"),
 "1957 section order": sub(1957, "B. LEARNING OUTCOMES", "H. LEARNING OUTCOMES"),
 "1957 detail twice": sub(1957, "Credit Hours: 3", "Credit Hours: 3\nCredit Hours: 4"),
 "1957 topic numbering": sub(1957, "Topic 5:", "Topic 6:"),
 "1957 week gap": sub(1957, "(Week 7)", "(Week 8)"),
 "1957 assessment sum": sub(1957, "Mid-semester test: 15%", "Mid-semester test: 20%"),
 "1957 reading numbering": sub(1957, "\n7. Dai", "\n8. Dai"),
 "1957 no Recommended": sub(1957, "Recommended reading\n", ""),
 "1957 approval date": sub(1957, "9 February 2026", "30 February 2026"),
 "1957 arxiv-text gets a link": sub(1957, "arXiv:1706.03762.", "https://arxiv.org/abs/1706.03762"),
 "1957 title-only gets an id": sub(1957, "ACL 2019.", "ACL 2019. arXiv:1901.02860"),
 # 1958 Afrihost forward, quoted-printable
 "1958 LF line end": raw_bytes(1958, lambda b: b.replace(b"MIME-Version: 1.0\r\n", b"MIME-Version: 1.0\n", 1)),
 "1958 Date weekday": sub(1958, "Date: Wed, 04 Mar 2026", "Date: Thu, 04 Mar 2026"),
 "1958 Date offset": sub(1958, "07:52:18 +0200", "07:52:18 +0100"),
 "1958 From": sub(1958, "From: Annelie Botha <annelie.botha@afrihost.example.co.za>", "From: annelie.botha@afrihost.example.co.za"),
 "1958 User-Agent": sub(1958, "User-Agent: Roundcube Webmail/1.6.6", "User-Agent: Thunderbird"),
 "1958 header twice": sub(1958, "MIME-Version: 1.0\r\n", "MIME-Version: 1.0\r\nMIME-Version: 1.0\r\n"),
 "1958 not quoted-printable": sub(1958, "Content-Transfer-Encoding: quoted-printable", "Content-Transfer-Encoding: 8bit"),
 "1958 long line": raw_bytes(1958, lambda b: b.replace(b"Hallo almal,", b"Hallo almal," + b"x" * 80, 1)),
 "1958 bare equals": raw_bytes(1958, lambda b: b.replace(b"Hallo almal,", b"Hallo=almal,", 1)),
 "1958 8-bit byte": raw_bytes(1958, lambda b: b.replace(b"Hallo almal,", "Hallo almal, é".encode("utf-8"), 1)),
 "1958 Subject": sub(1958, "Subject: =?utf-8?q?Fwd=3A_", "Subject: =?utf-8?q?FW=3A_"),
 "1958 forward block": qp("-------- Original Message --------", "-------- Forwarded Message --------"),
 "1958 forwarded date after the mail": qp("Date: 2026-03-03 12:30", "Date: 2026-03-05 12:30"),
 "1958 not to forwarder": qp("To: annelie.botha@afrihost.example.co.za", "To: someone@afrihost.example.co.za"),
 "1958 digest head": qp("Today's Topics:", "Topics:"),
 "1958 topic numbering": qp("   2. Re: Leeslys", "   3. Re: Leeslys"),
 "1958 topic sender": qp("   3. Generation and decoding (Lerato Dlamini)", "   3. Generation and decoding (Thabo Mokoena)"),
 "1958 message subject": qp("Subject: [taalmodelle-leesgroep] Generation and decoding", "Subject: [taalmodelle-leesgroep] Decoding"),
 "1958 message date order": qp("Date: Tue, 3 Mar 2026 08:05:27 +0200", "Date: Sun, 1 Mar 2026 08:05:27 +0200"),
 "1958 footer": qp("End of taalmodelle-leesgroep Digest, Vol 3, Issue 14", "End of digest"),
 "1958 arxiv-text gets a link": qp("arXiv:1911.02116", "https://arxiv.org/abs/1911.02116"),
 "1958 title-only gets a link": qp("(the logbook is interesting)", "(https://arxiv.org/abs/2205.01068)"),
 "1958 unlabelled catalogue title": qp("Groete\nPieter", "Also Attention Is All You Need.\nGroete\nPieter"),
 # 1959 NCh 1143
 "1959 heading": sub(1959, "BIBLIOGRAFÍA", "REFERENCIAS"),
 "1959 conclusion heading": sub(1959, "CONCLUSIONES", "CONCLUSIÓN"),
 "1959 page number": sub(1959, "\n87\n", "\n88\n"),
 "1959 numbering": sub(1959, "\n4. ZHAI", "\n5. ZHAI"),
 "1959 citation order": sub(1959, "modernas [1]", "modernas [2]"),
 "1959 entry never cited": sub(1959, "del área [11]", "del área"),
 "1959 citation names nothing": sub(1959, "aceptable.", "aceptable [12]."),
 "1959 author form": sub(1959, "GHIASI, Golnaz", "Ghiasi G."),
 "1959 consulta date invalid": sub(1959, "[consulta: 12 de enero de 2026]", "[consulta: 32 de enero de 2026]"),
 "1959 consulta date late": sub(1959, "[consulta: 22 de enero de 2026]", "[consulta: 22 de mayo de 2026]"),
 "1959 URL without consulta": sub(1959, "http://arxiv.org/abs/2010.04159 [consulta: 20 de enero de 2026]", "http://arxiv.org/abs/2010.04159"),
 "1959 online without en línea": sub(1959, "Shifted Windows [en línea].", "Shifted Windows."),
 "1959 pages": sub(1959, "pp. 2918-2928", "pp. 2928-2918"),
 "1959 no final period": sub(1959, "412 p.", "412 p"),
 "1959 OpenReview id changed": sub(1959, "id=YicbFdNTTy", "id=YicbFdNTTz"),
 "1959 arxiv-text gets a link": sub(1959, "arXiv:2106.04560.", "https://arxiv.org/abs/2106.04560."),
 "1959 title-only gets an id": sub(1959, "pp. 6207-6217.", "pp. 6207-6217. arXiv:2103.14167."),
 # 1960 RIS
 "1960 LF line": raw_bytes(1960, lambda b: b.replace(b"\r\n", b"\n", 1)),
 "1960 BOM": raw_bytes(1960, lambda b: b"\xef\xbb\xbf" + b),
 "1960 tag form": sub(1960, "PY  - 2023", "PY - 2023"),
 "1960 unknown tag": sub(1960, "ET  - 2", "ED  - 2"),
 "1960 type": sub(1960, "TY  - BOOK", "TY  - TEXTBOOK"),
 "1960 ER lost": sub(1960, "ER  - \r\n", "", nth=3),
 "1960 two titles": sub(1960, "TI  - AutoGen", "TI  - AutoGen\r\nTI  - AutoGen 0.4"),
 "1960 year": sub(1960, "PY  - 2018", "PY  - 18"),
 "1960 url": sub(1960, "UR  - https://dumps.wikimedia.org/kawiki/", "UR  - dumps.wikimedia.org/kawiki/"),
 "1960 author form": sub(1960, "AU  - Sutton, Richard S.", "AU  - Richard S. Sutton"),
 "1960 L1 not pdf": sub(1960, "2303.11366v4.pdf", "2303.11366v4"),
 "1960 JOUR without JO": sub(1960, "JO  - Transactions on Machine Learning Research\r\nPY  - 2022", "PY  - 2022"),
 "1960 blank inside": sub(1960, "PY  - 2024\r\nUR  - https://github.com", "PY  - 2024\r\n\r\nUR  - https://github.com"),
 "1960 arxiv-text gets a link": sub(1960, "arXiv:2206.04615", "https://arxiv.org/abs/2206.04615"),
 "1960 title-only gets an id": sub(1960, "შეფასება: 57 საგანი", "arXiv:2009.03300"),
 "1960 unlabelled arXiv id": sub(1960, "სახელმძღვანელო, მე-13 თავი", "სახელმძღვანელო 2405.01234"),
 # 1961 Labstep TSV
 "1961 BOM": raw_bytes(1961, lambda b: b"\xef\xbb\xbf" + b),
 "1961 CR LF row": raw_bytes(1961, lambda b: b.replace(b"\n", b"\r\n", 1)),
 "1961 over-quoted": sub(1961, "\n20413\t", '\n"20413"\t'),
 "1961 comma separator": sub(1961, "ID\tName", "ID,Name"),
 "1961 header": sub(1961, "Created at", "Created"),
 "1961 id twice": sub(1961, "\n20414\t", "\n20413\t"),
 "1961 date order": sub(1961, "2026-02-16 11:05", "2026-02-01 11:05"),
 "1961 invalid date": sub(1961, "2026-02-18 15:30", "2026-02-30 15:30"),
 "1961 status": sub(1961, "\tSigned\t", "\tAssinado\t"),
 "1961 author": sub(1961, "\tJuliana Alves\t2026-02-11", "\tjuliana\t2026-02-11"),
 "1961 OpenReview id changed": sub(1961, "id=St1giarCHLP", "id=St1giarCHLQ"),
 "1961 arxiv-text gets a link": sub(1961, "(arXiv:2010.03409)", "(https://arxiv.org/abs/2010.03409)"),
 "1961 title-only gets a link": sub(1961, "opcional, só se der tempo", "https://arxiv.org/abs/2303.11328"),
 # 1962 Kadu
 "1962 head": sub(1962, "Historia rozmowy (konferencja)", "Historia rozmowy"),
 "1962 export line": sub(1962, "Wyeksportowano z Kadu 5.0: 2026-02-11 21:40", "Wyeksportowano: 2026-02-11 21:40"),
 "1962 exported before last": sub(1962, "Kadu 5.0: 2026-02-11 21:40", "Kadu 5.0: 2026-02-11 18:40"),
 "1962 time order": sub(1962, "[2026-02-11 19:10:47]", "[2026-02-11 19:00:47]"),
 "1962 invalid time": sub(1962, "[2026-02-11 19:14:30]", "[2026-02-11 25:14:30]"),
 "1962 not a participant": sub(1962, "19:15:58] Kasia Zielińska:", "19:15:58] Jan Kowalski:"),
 "1962 head form": sub(1962, "[2026-02-11 19:17:12] Marta Nowak:", "[2026-02-11 19:17] Marta Nowak:"),
 "1962 empty message": sub(1962, "Biorę. Bielik", "\nBiorę. Bielik"),
 "1962 arxiv-text gets a link": sub(1962, "arXiv 2101.00190", "https://arxiv.org/abs/2101.00190"),
 "1962 title-only gets a link": sub(1962, ", tylko biasy", " https://arxiv.org/abs/2106.10199"),
 # 1963 CodeRanch
 "1963 head": sub(1963, "Forum:  Artificial", "Forum: Artificial"),
 "1963 rank": sub(1963, "Tomasz Brennan\nRanch Hand", "Tomasz Brennan\nRancher"),
 "1963 post count differs": sub(1963, "Posts: 4121", "Posts: 4122", nth=2),
 "1963 time order": sub(1963, "posted 1 day ago", "posted 4 days ago"),
 "1963 age form": sub(1963, "posted 3 days ago", "posted 3 weeks ago"),
 "1963 slices lost": sub(1963, "Number of slices to send:\nOptional 'thank-you' note:\nSend\n", "", nth=2),
 "1963 closing": sub(1963, "Post Reply   Bookmark Topic", "Reply"),
 "1963 quote of a stranger": sub(1963, "Marguerite Oyelaran wrote:", "Bob Smith wrote:"),
 "1963 OpenReview id changed": sub(1963, "id=QtTKTdVrFBB", "id=QtTKTdVrFBC"),
 "1963 OpenReview record gets an arXiv link": sub(1963, "so you don't have to write CUDA", "see https://arxiv.org/abs/2103.02143"),
 "1963 arxiv-text gets a link": sub(1963, "(arXiv:2004.11886)", "(https://arxiv.org/abs/2004.11886)"),
 "1963 title-only gets an id": sub(1963, "attention at all:", "attention at all (2005.00743):"),
 # 1964 RUPP newsletter
 "1964 doctype": sub(1964, "<!DOCTYPE html>\n", ""),
 "1964 lang": sub(1964, '<html lang="km">', '<html lang="en">'),
 "1964 unclosed tag": sub(1964, "</section>", ""),
 "1964 two h1": sub(1964, "<h2>ឧបករណ៍ — Tools</h2>", "<h1>ឧបករណ៍ — Tools</h1>"),
 "1964 bare ampersand": sub(1964, "STEM Building &amp; online", "STEM Building & online"),
 "1964 toc": sub(1964, '<li><a href="#seminar">', '<li><a href="#seminars">'),
 "1964 link scheme": sub(1964, 'href="https://www.rupp.edu.kh/"', 'href="www.rupp.edu.kh/"'),
 "1964 date": sub(1964, "ចុះផ្សាយថ្ងៃទី ៥", "ចុះផ្សាយថ្ងៃទី ៣៥"),
 "1964 date digits": sub(1964, "ចុះផ្សាយថ្ងៃទី ៥", "ចុះផ្សាយថ្ងៃទី 5"),
 "1964 issue number": sub(1964, "— លេខ ៦</h1>", "— លេខ ៧</h1>"),
 "1964 OpenReview id changed": sub(1964, "id=B1ckMDqlg", "id=B1ckMDqlh"),
 "1964 arxiv-text gets a link": sub(1964, "(arXiv:2203.02155)", "(https://arxiv.org/abs/2203.02155)"),
 "1964 title-only gets an id": sub(1964, "ហេតុអ្វីបណ្តាញ", "arXiv:2010.08515 ហេតុអ្វីបណ្តាញ"),
 # 1965 UBC Blogs
 "1965 menu": sub(1965, "Home   Syllabus   Readings", "Home Syllabus Readings"),
 "1965 post date": sub(1965, "Posted on February 13, 2026", "Posted on February 30, 2026"),
 "1965 comment count": sub(1965, "3 Responses to", "4 Responses to"),
 "1965 count names another post": sub(1965, "Responses to \u201cWeek 6", "Responses to \u201cWeek 7"),
 "1965 comment before post": sub(1965, "February 13, 2026 at 6:22 pm", "February 12, 2026 at 6:22 pm"),
 "1965 comment order": sub(1965, "February 15, 2026 at 9:47 pm", "February 14, 2026 at 8:47 am"),
 "1965 comment date form": sub(1965, "February 14, 2026 at 9:05 am", "14/02/2026 09:05"),
 "1965 Reply line lost": sub(1965, "pick up.\nReply\n", "pick up.\n"),
 "1965 footer": sub(1965, "UBC Blogs | Powered by WordPress | Log in", "Powered by Blogger"),
 "1965 OpenReview id changed": sub(1965, "id=uB5x7Y2qsFR", "id=uB5x7Y2qsFS"),
 "1965 arxiv-text gets a link": sub(1965, "(arXiv:2304.07193)", "(https://arxiv.org/abs/2304.07193)"),
 "1965 title-only gets a link": sub(1965, "if you like the information-theory view", "https://arxiv.org/abs/2006.05576"),
 "1965 unlabelled catalogue title": sub(1965, "Posted in Readings", "See also Generative Adversarial Networks.\nPosted in Readings"),
 # 1966 gitlab.fit.cvut.cz README (negative)
 "1966 awesome badge": sub(1966, " [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)", ""),
 "1966 toc entry missing": sub(1966, "- [Knihy](#knihy)\n", ""),
 "1966 slug": sub(1966, "(#datové-sady)", "(#datove-sady)"),
 "1966 licence not last": sub(1966, "## Licence", "## Licence a podmínky"),
 "1966 duplicate heading": sub(1966, "## Jak přispět", "## Knihy"),
 "1966 date": sub(1966, "2. března 2026", "2. march 2026"),
 "1966 http link": sub(1966, "(https://spacy.io/)", "(http://spacy.io/)"),
 "1966 second project": sub(1966, "Projekt: https", "Viz https://gitlab.fit.cvut.cz/x/y. Projekt: https"),
 "1966 handle": sub(1966, "@j.dvorak", "@J.Dvorak"),
 "1966 no merge request": sub(1966, "(např. !12)", "(např. 12)"),
 "1966 paper title in the negative": sub(1966, "– hlavní framework předmětu.", "– viz Attention Is All You Need."),
 "1966 arXiv id in the negative": sub(1966, "– řečová data.", "– řečová data (2404.01234)."),
 # labels
 "label in the negative": exp_edit(lambda e: e[D[1966]].append(dict(e[D[1965]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[1959]][5].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[1960]][1].update(title="Voyager")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[1963]][1].update(true_arxiv_id="2009.14795", arxiv_id="2009.14795")),
 "arxiv_id != true": exp_edit(lambda e: e[D[1962]][1].update(arxiv_id="2106.09685")),
 "paper in two files": exp_edit(lambda e: e[D[1958]].append(dict(e[D[1957]][0]))),
 "odd-position paper": exp_edit(lambda e: e[D[1958]].append({"arxiv_id": None, "openreview_id": None, "title": "Attention Is All You Need", "evidence": "title-only", "true_arxiv_id": "1706.03762"})),
 "too few papers": exp_edit(lambda e: [e[D[1962]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[1961]] if r["evidence"] == "title-only" and r["true_arxiv_id"]]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[1958])),
 "openreview id of another paper": exp_edit(lambda e: e[D[1964]][0].update(openreview_id="St1giarCHLP")),
 "not-on-arXiv paper given an id": exp_edit(lambda e: e[D[1957]][4].update(evidence="arxiv-text", arxiv_id="1501.00001", true_arxiv_id="1501.00001")),
 "duplicate record": exp_edit(lambda e: e[D[1965]].append(dict(e[D[1965]][1]))),
 "labelled paper dropped": exp_edit(lambda e: e[D[1960]].pop(0)),
}
# one case per labelled paper: its title removed from its digest (1958: from the decoded body)
for f, recs in EXP.items():
    n = int(f[:4])
    for r in recs:
        t = r["title"]
        name = f"{n} title removed: {t[:40]}"
        CASES[name] = qp(t, "[…]", count=0) if n == 1958 else sub(n, t, "[…]", count=0)


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
