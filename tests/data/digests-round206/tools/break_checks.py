#!/usr/bin/env python3
"""Breaks a scratch copy of round206 (/tmp/r206/scratch/break, deleted afterwards) one case at a time and checks that
validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's ERROR
lines. (round204's harness with round206's cases; 2078 is a CR LF mail whose body is base64: it is edited decoded and
encoded again as the builder does. Besides the hand-written cases, one case per labelled paper removes its title from
its digest; in 2079, whose PDF copy wraps titles, across line breaks.)"""
import base64, json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/r206/scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(2077, 2087)}
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


def b64(old, new, count=1):
    """edit 2078's decoded base64 body and encode it again as the builder does"""
    def fn(root):
        p = os.path.join(root, "digests", D[2078])
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
 # 2077 Moodle course page
 "2077 skip link": sub(2077, "Saltar para o conteúdo principal\n", "Ir para o conteúdo\n"),
 "2077 breadcrumb year": sub(2077, "/ 2025/26 /", "/ 2025/27 /"),
 "2077 short name": sub(2077, "/ VC-2526\n", "/ VC-2425\n"),
 "2077 footer short name": sub(2077, "Obter a App Mobile · VC-2526", "Obter a App Mobile · VC-2627"),
 "2077 footer not last": sub(2077, "Powered by Moodle\n", "Powered by Moodle\nfim\n"),
 "2077 Geral twice": sub(2077, "Geral\n", "Geral\nGeral\n"),
 "2077 week not Monday": sub(2077, "16 fevereiro - 22 fevereiro", "17 fevereiro - 23 fevereiro"),
 "2077 week length": sub(2077, "23 fevereiro - 1 março", "23 fevereiro - 2 março"),
 "2077 week gap": sub(2077, "2 março - 8 março", "9 março - 15 março"),
 "2077 week month": sub(2077, "9 março - 15 março", "9 marco - 15 março"),
 "2077 week without completion": sub(2077, "  Feito: Ver\n", ""),
 "2077 log-in twice": sub(2077, "Powered by Moodle", "Está autenticado como Ana (Sair)\nPowered by Moodle"),
 "2077 assessment": sub(2077, "exame (40 %)", "exame (50 %)"),
 "2077 arxiv-text gets a link": sub(2077, "arXiv:2104.00298", "https://arxiv.org/abs/2104.00298"),
 "2077 title-only gets an id": sub(2077, "(ICLR 2021):", "(ICLR 2021, arXiv:2010.04159):"),
 "2077 openreview id changed": sub(2077, "forum?id=YicbFdNTTy", "forum?id=YicbFdNTTz"),
 "2077 unlabelled catalogue title": sub(2077, "Apresentação da unidade curricular.", "Apresentação: Attention Is All You Need."),
 # 2078 Thunderbird forward, base64
 "2078 LF line ends": lambda root: open(os.path.join(root, "digests", D[2078]), "wb").write(open(os.path.join(root, "digests", D[2078]), "rb").read().replace(b"\r\n", b"\n")),
 "2078 not ASCII": sub(2078, "MIME-Version: 1.0", "MIME-Version: 1.0 é"),
 "2078 header twice": sub(2078, "MIME-Version: 1.0\r\n", "MIME-Version: 1.0\r\nMIME-Version: 1.0\r\n"),
 "2078 Date weekday": sub(2078, "Date: Tue, 17 Feb", "Date: Wed, 17 Feb"),
 "2078 Date offset": sub(2078, "09:12:44 +0000", "09:12:44 +0100"),
 "2078 User-Agent": sub(2078, "User-Agent: Mozilla Thunderbird", "User-Agent: Roundcube Webmail"),
 "2078 From host": sub(2078, "<thordis.jonsdottir@haskolinn.example.is>\r\nSubject", "<thordis@mail.example.is>\r\nSubject"),
 "2078 not base64": sub(2078, "Content-Transfer-Encoding: base64", "Content-Transfer-Encoding: 8bit"),
 "2078 base64 line length": sub(2078, r"\r\n\r\n(.{76})\r\n(.{76})", r"\r\n\r\n\1\2", regex=True),
 "2078 base64 garbage": sub(2078, r"\r\n\r\n(.{4})", r"\r\n\r\n!!!!", regex=True),
 "2078 forward marker": b64("-------- Forwarded Message --------", "---- Original Message ----"),
 "2078 forward field order": b64("Subject: \tLeshópur", "Subjekt: \tLeshópur"),
 "2078 forward subject": b64("Subject: \tLeshópur um sjálfseftirlit", "Subject: \tLeshópur um sjálfsnám"),
 "2078 forward date after": b64("Date: \tMon, 16 Feb 2026", "Date: \tWed, 18 Feb 2026"),
 "2078 forwarded to someone else": b64("To: \tthordis.jonsdottir@", "To: \tsigrun@"),
 "2078 message count": b64("3 skilaboð", "4 skilaboð"),
 "2078 message numbering": b64("Skilaboð 2", "Skilaboð 3"),
 "2078 message date order": b64("Dags.: 12.02.2026", "Dags.: 09.02.2026"),
 "2078 message date invalid": b64("Dags.: 15.02.2026", "Dags.: 31.02.2026"),
 "2078 footer": b64("-- \r\n", "--\r\n"),
 "2078 link id changed": b64("abs/2002.05709", "abs/2002.05708"),
 "2078 title-only gets a link": b64("(Nature Machine Intelligence 2020)", "(https://arxiv.org/abs/2004.07780)"),
 # 2079 ABNT reference list
 "2079 heading": sub(2079, "5 CONCLUSÃO", "Conclusão"),
 "2079 REFERÊNCIAS twice": sub(2079, "\n88\n", "\nREFERÊNCIAS\n88\n"),
 "2079 page numbers": sub(2079, "\n88\n", "\n89\n"),
 "2079 long line": sub(2079, "muito obrigado.", "muito obrigado. " + "x" * 90),
 "2079 entry head": sub(2079, "JURAFSKY, D.; MARTIN, J. H.", "Jurafsky and Martin"),
 "2079 page range": sub(2079, "p. 369-376", "p. 376-369"),
 "2079 access date": sub(2079, "Acesso em: 14 jan. 2026.", "Acesso em: 31 fev. 2026."),
 "2079 Disponível form": sub(2079, "Disponível em:\nhttps://arxiv.org/abs/1901.02860v3.", "Disponível em:\narxiv 1901.02860v3."),
 "2079 order": sub(2079, "DAI, Z.", "ZAI, Z."),
 "2079 not ending with a stop": sub(2079, "p. 328-339.", "p. 328-339"),
 "2079 unlabelled valid arXiv id": sub(2079, "Conjunto de dados.", "Conjunto de dados. arXiv:2401.01234."),
 # 2080 EndNote
 "2080 LF": lambda root: open(os.path.join(root, "digests", D[2080]), "wb").write(open(os.path.join(root, "digests", D[2080]), "rb").read().replace(b"\r\n", b"\n")),
 "2080 bad line": sub(2080, "%A Devlin, Jacob", "A Devlin, Jacob"),
 "2080 unknown tag": sub(2080, "%J arXiv", "%Q arXiv"),
 "2080 unknown type": sub(2080, "%0 Book", "%0 Thesis Chapter"),
 "2080 title twice": sub(2080, "%D 2018", "%T Extra\r\n%D 2018"),
 "2080 author form": sub(2080, "%A Devlin, Jacob", "%A Jacob Devlin"),
 "2080 year": sub(2080, "%D 2018", "%D 2108"),
 "2080 URL": sub(2080, "%U https://arxiv.org/abs/1810.04805", "%U arxiv.org/abs/1810.04805"),
 "2080 pages": sub(2080, "%P 8440-8451", "%P 8451-8440"),
 "2080 ISBN": sub(2080, "6543-2", "6543-5"),
 "2080 database": sub(2080, "%~ Katalog Knihovny UP", "%~ Google Scholar"),
 "2080 record numbers": sub(2080, "UPOL-40118", "UPOL-40119"),
 "2080 proceedings without %B": sub(2080, "%B International Conference on Learning Representations (ICLR)\r\n", ""),
 "2080 openreview link removed": sub(2080, "%U https://openreview.net/forum?id=OCm0rwa1lx1\r\n", ""),
 # 2081 Jira CSV
 "2081 BOM": sub(2081, "Summary,", "\ufeffSummary,"),
 "2081 LF": lambda root: open(os.path.join(root, "digests", D[2081]), "wb").write(open(os.path.join(root, "digests", D[2081]), "rb").read().replace(b"\r\n", b"\n")),
 "2081 header": sub(2081, "Labels,Labels", "Labels,Tags"),
 "2081 width": sub(2081, ",PEFT-101,", ",PEFT-101,,"),
 "2081 key project": sub(2081, "PEFT-103", "PFT-103"),
 "2081 keys not consecutive": sub(2081, "PEFT-104", "PEFT-114"),
 "2081 ids not consecutive": sub(2081, "30420", "30520"),
 "2081 type": sub(2081, ",Story,", ",Chore,"),
 "2081 status": sub(2081, ",Backlog,", ",Parked,"),
 "2081 priority": sub(2081, ",Lowest,", ",Trivial,"),
 "2081 date": sub(2081, "12/Jan/26 9:05 AM", "32/Jan/26 9:05 AM"),
 "2081 updated before created": sub(2081, "19/Jan/26 4:40 PM", "11/Jan/26 4:40 PM"),
 "2081 paper link cell": sub(2081, ",https://openreview.net/forum?id=0RDcd5Axok", ",openreview 0RDcd5Axok"),
 "2081 wiki link": sub(2081, "[AdaLoRA|https://arxiv.org/abs/2303.10512]", "[AdaLoRA|arxiv 2303.10512]"),
 "2081 reading label": sub(2081, "Medium,Aisyah Jamil,Dayang Nurul,12/Jan/26 9:05 AM,19/Jan/26 4:40 PM,reading", "Medium,Aisyah Jamil,Dayang Nurul,12/Jan/26 9:05 AM,19/Jan/26 4:40 PM,paper"),
 "2081 quote broken": sub(2081, '"Paper: [AdaLoRA', 'Paper: "[AdaLoRA'),
 # 2082 Discord
 "2082 head": sub(2082, "Guild: ", "Server: "),
 "2082 footer count": sub(2082, "Exported 8 message(s)", "Exported 9 message(s)"),
 "2082 time order": sub(2082, "[14-Feb-26 06:09 PM]", "[14-Feb-26 05:09 PM]"),
 "2082 time invalid": sub(2082, "[14-Feb-26 06:15 PM]", "[30-Feb-26 06:15 PM]"),
 "2082 no blank before": sub(2082, "\n\n[14-Feb-26 06:22 PM]", "\n[14-Feb-26 06:22 PM]"),
 "2082 attachment URL": sub(2082, "https://cdn.discordapp.com/attachments/", "https://example.com/a/"),
 "2082 reactions": sub(2082, "👍 (4)", "👍 four"),
 "2082 markdown link": sub(2082, "](https://arxiv.org/pdf/2302.04761v1)", "](arxiv/2302.04761v1)"),
 "2082 suppressed link": sub(2082, "<https://arxiv.org/abs/2310.11511>", "<arxiv.org/abs/2310.11511>"),
 "2082 arxiv-text removed": sub(2082, ", arXiv:2206.14858", ""),
 # 2083 Discourse
 "2083 head": sub(2083, "Ir al contenido principal", "Saltar"),
 "2083 footer": sub(2083, "Funciona con Discourse", "Funciona con phpBB"),
 "2083 date order": sub(2083, "lvaldivia   12 feb", "lvaldivia   8 feb"),
 "2083 month": sub(2083, "rquispe   9 feb", "rquispe   9 febr"),
 "2083 likes": sub(2083, "5 Me gusta   Responder", "5 Me gusta"),
 "2083 topic map replies": sub(2083, "4 respuestas", "5 respuestas"),
 "2083 topic map users": sub(2083, "4 usuarios", "5 usuarios"),
 "2083 topic map date": sub(2083, "última respuesta 13 feb", "última respuesta 12 feb"),
 "2083 solution number": sub(2083, "publicación #3", "publicación #2"),
 "2083 solution author": sub(2083, "Resuelto por apaz.condori", "Resuelto por mhuaman"),
 "2083 openreview id": sub(2083, "forum?id=St1giarCHLP", "forum?id=St1giarCHLQ"),
 # 2084 Ghost
 "2084 lang": sub(2084, '<html lang="nb">', '<html lang="en">'),
 "2084 tags": sub(2084, "</figure>", "</div>"),
 "2084 two h1": sub(2084, "<h2 id=\"fra-gruppa\">", "<h1 class=\"x\">x</h1><h2 id=\"fra-gruppa\">"),
 "2084 title differs": sub(2084, "<title>Nyhetsbrev nr. 14", "<title>Nyhetsbrev nr. 15"),
 "2084 generator": sub(2084, 'content="Ghost 5.80"', 'content="WordPress 6.5"'),
 "2084 time": sub(2084, "12. feb. 2026</time>", "13. feb. 2026</time>"),
 "2084 bare ampersand": sub(2084, "Bishop &amp; Bishop", "Bishop & Bishop"),
 "2084 href": sub(2084, 'href="#/portal/signup"', 'href="javascript:void(0)"'),
 "2084 bookmark card": sub(2084, '<div class="kg-bookmark-content"><div class="kg-bookmark-title">', '<div class="kg-bookmark-content"><div class="kg-title">'),
 "2084 h2 id": sub(2084, 'id="fra-gruppa"', 'id="gruppa"'),
 "2084 link changed": sub(2084, "http://arxiv.org/abs/2010.08895", "http://arxiv.org/abs/2010.08896"),
 # 2085 Hugo + Disqus
 "2085 head": sub(2085, "Carnet d'Ajaccio\n", "Carnet\n"),
 "2085 footer": sub(2085, "Propulsé par Hugo & PaperMod", "Propulsé par Jekyll"),
 "2085 byline date": sub(2085, "14 février 2026 ·", "30 février 2026 ·"),
 "2085 toc entry": sub(2085, "  Servir\n", "  Servir vite\n"),
 "2085 comment count": sub(2085, "3 commentaires", "4 commentaires"),
 "2085 Disqus chrome": sub(2085, "Trier par Meilleurs", "Trier par Récents"),
 "2085 reply line": sub(2085, "Répondre • Partager ›\n", "", nth=2),
 "2085 tags line": sub(2085, "Étiquettes : llm", "Mots-clés : llm"),
 "2085 title-only gets an id": sub(2085, "(Holtzman et al., ICLR 2020)", "(arXiv:1904.09751)"),
 # 2086 Org-mode awesome list (negative)
 "2086 head": sub(2086, "#+AUTHOR: ", "#+WRITER: "),
 "2086 heading twice": sub(2086, "* Talks\n", "* Books\n"),
 "2086 License last": sub(2086, "* License", "* Licence"),
 "2086 drawer": sub(2086, ":CUSTOM_ID: books\n", ""),
 "2086 contents": sub(2086, "- [[#datasets][Datasets]]\n", ""),
 "2086 brackets": sub(2086, "[[https://github.com/explosion/spaCy][spaCy]]", "[[https://github.com/explosion/spaCy][spaCy]"),
 "2086 http link": sub(2086, "[[https://commonvoice", "[[http://commonvoice"),
 "2086 date": sub(2086, "Last updated: 2026-02-11.", "Last updated: 2026-02-31."),
 "2086 catalogue title in the negative": sub(2086, "– speech recognition code", "– code for Attention Is All You Need, speech recognition code"),
 "2086 arXiv id in the negative": sub(2086, "12k articles", "12k articles (arXiv:2403.01234)"),
 "2086 arXiv link in the negative": sub(2086, "– Tharmini's blog.", "– see https://arxiv.org/abs/2307.09288."),
 # labels
 "label in the negative": exp_edit(lambda e: e[D[2086]].append(dict(e[D[2085]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[2079]][4].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[2080]][0].update(title="BERT")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[2081]][1].update(true_arxiv_id="2106.10198", arxiv_id="2106.10198")),
 "arxiv_id != true": exp_edit(lambda e: e[D[2081]][1].update(arxiv_id="2303.10512")),
 "paper in two files": exp_edit(lambda e: e[D[2078]].append(dict(e[D[2077]][0]))),
 "odd-position paper": exp_edit(lambda e: e[D[2083]].append({"arxiv_id": None, "openreview_id": None, "title": "PaLM: Scaling Language Modeling with Pathways", "evidence": "title-only", "true_arxiv_id": "2204.02311"})),
 "too few papers": exp_edit(lambda e: [e[D[2080]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[2085]] if r["evidence"] == "title-only" and r["true_arxiv_id"]]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[2078])),
 "openreview id of another paper": exp_edit(lambda e: e[D[2083]][3].update(openreview_id="YicbFdNTTy")),
 "not-on-arXiv paper given an id": exp_edit(lambda e: e[D[2079]][4].update(evidence="arxiv-text", arxiv_id="1501.00001", true_arxiv_id="1501.00001")),
 "duplicate record": exp_edit(lambda e: e[D[2084]].append(dict(e[D[2084]][1]))),
 "labelled paper dropped": exp_edit(lambda e: e[D[2082]].pop(0)),
 "extra field": exp_edit(lambda e: e[D[2077]][0].update(venue="ICML")),
 "openreview record given an arxiv_id": exp_edit(lambda e: e[D[2077]][3].update(arxiv_id="2010.11929")),
}
# one case per labelled paper: its title removed from its digest (2078: from the decoded body; 2079 across line breaks)
for f, recs in EXP.items():
    n = int(f[:4])
    for r in recs:
        t = r["title"]
        name = f"{n} title removed: {t[:40]}"
        CASES[name] = b64(t, "[…]", count=0) if n == 2078 else \
            sub(n, r"(?i)" + r"\s+".join(re.escape(w) for w in t.split()), "[…]", regex=True, count=0) if n == 2079 else \
            sub(n, re.escape(t).replace(re.escape("&"), "(?:&|&amp;)"), "[…]", regex=True, count=0)


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
