#!/usr/bin/env python3
"""Breaks a scratch copy of round208 (/tmp/r208/scratch/break, deleted afterwards) one case at a time and checks that
validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's ERROR
lines. (round206's harness with round208's cases; 2098 is a CR LF mail whose body is quoted-printable: it is edited
decoded and encoded again as the builder does. Besides the hand-written cases, one case per labelled paper removes its
title from its digest, case-blind and across line breaks.)"""
import json, os, quopri, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/r208/scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(2097, 2107)}
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
    """edit 2098's decoded quoted-printable body and encode it again as the builder does"""
    def fn(root):
        p = os.path.join(root, "digests", D[2098])
        s = open(p, "rb").read().decode("ascii")
        h, b = s.split("\r\n\r\n", 1)
        t = quopri.decodestring(b.replace("\r\n", "\n").encode("ascii")).decode("utf-8")
        if regex:
            assert re.search(old, t), old
            t = re.sub(old, new, t, count=count)
        else:
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
 # 2097 AsciiDoc awesome list
 "2097 title line": sub(2097, "= Awesome Language Models", "== Awesome Language Models"),
 "2097 revision date": sub(2097, "v1.4, 2026-02-21", "v1.4, 2026-02-30"),
 "2097 author address": sub(2097, "<arben.gashi@club.example.net>", "arben.gashi@club.example.net"),
 "2097 toc attribute": sub(2097, ":toc: macro\n", ""),
 "2097 toc macro twice": sub(2097, "toc::[]\n", "toc::[]\ntoc::[]\n"),
 "2097 comment block open": sub(2097, "////\n\n", "\n", nth=1),
 "2097 anchor missing": sub(2097, "[[history]]\n", ""),
 "2097 anchor twice": sub(2097, "[[code]]", "[[papers]]"),
 "2097 contributing not last": sub(2097, "[[contributing]]", "[[contrib]]"),
 "2097 bracket": sub(2097, "[Language Models are Few-Shot Learners]", "[Language Models are Few-Shot Learners"),
 "2097 entry count": sub(2097, r"\n(\d+) entries;", r"\n99 entries;", regex=True),
 "2097 ftp link": sub(2097, "http://arxiv.org/abs/2205.01068", "ftp://arxiv.org/abs/2205.01068"),
 "2097 no blank after section": sub(2097, "== Data\n\n", "== Data\n"),
 "2097 no NOTE": sub(2097, "NOTE: Papers", "Papers"),
 "2097 arXiv id unlabelled": sub(2097, "(slides in `talks/`)", "(slides in `talks/`, arXiv:2307.09288)"),
 "2097 CR LF": sub(2097, "\n", "\r\n", count=0),
 # 2098 Mutt forward, quoted-printable
 "2098 Date weekday": sub(2098, "Date: Tue, 10 Feb", "Date: Wed, 10 Feb"),
 "2098 Date zone": sub(2098, "19:41:05 +0200", "19:41:05 +0000"),
 "2098 User-Agent": sub(2098, "User-Agent: Mutt/2.2.12 (2023-09-09)", "User-Agent: Thunderbird"),
 "2098 Message-ID time": sub(2098, "<20260210174105.", "<20260210174106."),
 "2098 header twice": sub(2098, "MIME-Version: 1.0\r\n", "MIME-Version: 1.0\r\nMIME-Version: 1.0\r\n"),
 "2098 not QP": sub(2098, "Content-Transfer-Encoding: quoted-printable", "Content-Transfer-Encoding: 8bit"),
 "2098 LF only": sub(2098, "\r\n", "\n", count=0),
 "2098 long QP line": sub(2098, "=\r\n", "", nth=1),
 "2098 bad QP escape": sub(2098, "=C4", "=G4", nth=2),
 "2098 From not encoded": sub(2098, "From: =?utf-8?Q?Linda_B=C4=93rzi=C5=86a?=", "From: Linda Berzina"),
 "2098 end marker missing": qp("----- End forwarded message -----", "----- End -----"),
 "2098 forward marker twice": qp("Linda\n\n", "Linda\n\n----- Forwarded message from X <x@du.example.lv> -----\n"),
 "2098 forwarded From": qp("From: Jānis Ozoliņš <janis.ozolins@du.example.lv>", "From: Ilze Kalniņa <ilze@du.example.lv>"),
 "2098 Subject not Fwd": sub(2098, "Subject: Fwd: [lasisana]", "Subject: Re: [lasisana]"),
 "2098 forwarded date after": qp("Date: Mon, 09 Feb 2026 08:12:00 +0200", "Date: Wed, 11 Feb 2026 08:12:00 +0200"),
 "2098 forwarded date weekday": qp("Date: Mon, 09 Feb 2026", "Date: Sun, 09 Feb 2026"),
 "2098 message count": qp("-- 3 ziņas", "-- 4 ziņas"),
 "2098 digest number": qp("kopsavilkums nr. 3", "kopsavilkums nr. 4"),
 "2098 numbering": qp("2. Jānis Ozoliņš:", "4. Jānis Ozoliņš:"),
 "2098 signature": qp("\n-- \n", "\n--\n"),
 "2098 OpenReview id changed": qp("forum?id=0RDcd5Axok", "forum?id=0RDcd5Axoq"),
 "2098 arXiv link removed": qp("https://arxiv.org/abs/2106.09685", "(link later)"),
 "2098 arxiv-text id removed": qp("arXiv:2101.00190", "arXiv (ACL)"),
 "2098 title-only given a link": qp("bet mēs to atlikām", "https://arxiv.org/abs/2106.10199 bet mēs to atlikām"),
 # 2099 SIST 02
 "2099 chapter heading": sub(2099, "第5章 おわりに", "おわりに"),
 "2099 references heading twice": sub(2099, "謝辞", "参考文献"),
 "2099 page number": sub(2099, "- 42 -", "- 43 -"),
 "2099 entry number": sub(2099, "\n[6] ", "\n[7] "),
 "2099 citation order": sub(2099, "注意機構 [5][6][7]", "注意機構 [6][5][7]"),
 "2099 uncited entry": sub(2099, "と長い文脈 [8] の", "と長い文脈の"),
 "2099 author form": sub(2099, "[2] Hochreiter, S.;", "[2] Sepp Hochreiter;"),
 "2099 page range": sub(2099, "p. 1735-1780", "p. 1780-1735"),
 "2099 access date": sub(2099, "(参照 2025-12-03)", "(参照 2025-13-03)"),
 "2099 URL without access date": sub(2099, ", (参照 2025-12-03).", "."),
 "2099 line too long": sub(2099, "Proceedings of ACL 2019. Florence,", "Proceedings of ACL 2019 (57th Annual Meeting of the ACL). Florence,"),
 "2099 unindented line": sub(2099, "\n    back-propagating errors.", "\nback-propagating errors."),
 "2099 final newline": sub(2099, r"- 42 -\n$", "- 42 -", regex=True),
 "2099 no year": sub(2099, "Neural Turing Machines. 2014, 26p.", "Neural Turing Machines. 26p."),
 # 2100 JabRef
 "2100 encoding line": sub(2100, "% Encoding: UTF-8\n", ""),
 "2100 brace": sub(2100, "  year         = {2023},", "  year         = {2023,"),
 "2100 entry type": sub(2100, "@Article{", "@Artikel{"),
 "2100 key twice": sub(2100, "@Software{xformers,", "@Software{Weng2023,"),
 "2100 year": sub(2100, "  year         = {2023},", "  year         = {23},"),
 "2100 url scheme": sub(2100, "{http://arxiv.org/abs/2307.08621v4}", "{arxiv.org/abs/2307.08621v4}"),
 "2100 missing comma": sub(2100, "  title        = {{xFormers}},", "  title        = {{xFormers}}"),
 "2100 groups tree": sub(2100, "1 StaticGroup:Speicher", "1 StaticGroup:Gedächtnis"),
 "2100 databaseType twice": sub(2100, "@Comment{jabref-meta: grouping:", "@Comment{jabref-meta: databaseType:biblatex;}\n\n@Comment{jabref-meta: grouping:"),
 "2100 field order": sub(2100, r"(  author += \{[^\n]*\},\n)(  title += \{[^\n]*\},\n)", r"\2\1", regex=True),
 "2100 eprinttype removed": sub(2100, "  eprinttype   = {arxiv},\n", ""),
 "2100 booktitle removed": sub(2100, "  booktitle    = {ICLR 2020},\n", ""),
 "2100 OpenReview link becomes arXiv": sub(2100, "https://openreview.net/forum?id=_adSMszz_g9", "https://arxiv.org/abs/2010.06891"),
 "2100 distractor-free id added": sub(2100, "Blogbeitrag, kein Paper.", "Blogbeitrag, kein Paper, vgl. arXiv:2309.10305."),
 # 2101 Redmine CSV
 "2101 separator": sub(2101, "Tâche parente;Statut", "Tâche parente,Statut"),
 "2101 header": sub(2101, "Mis à jour;", "Modifié;"),
 "2101 status": sub(2101, ";Nouveau;Bas;", ";Ouvert;Bas;"),
 "2101 priority": sub(2101, ";Fermé;Normal;", ";Fermé;Moyenne;"),
 "2101 date form": sub(2101, "19/01/2026 17:30", "2026-01-19 17:30"),
 "2101 updated before created": sub(2101, "26/01/2026 12:04", "04/01/2026 12:04"),
 "2101 start not creation": sub(2101, ";06/01/2026;;50;", ";07/01/2026;;50;"),
 "2101 done not 100": sub(2101, ";Séance 1;05/01/2026;;100;", ";Séance 1;05/01/2026;;90;"),
 "2101 numbers order": sub(2101, "4135;", "4100;"),
 "2101 LF rows": sub(2101, "\r\n", "\n", count=0),
 "2101 field count": sub(2101, ";Contrastif;Séance 1;", ";Contrastif;Séance 1;;"),
 "2101 Lire missing": sub(2101, "Lire Momentum", "Momentum"),
 "2101 OpenReview id of another paper": sub(2101, "forum?id=-bdp_8Itjwp", "forum?id=YicbFdNTTy"),
 "2101 arxiv-text becomes link": sub(2101, "DomainBed, arXiv:2007.01434", "DomainBed, https://arxiv.org/abs/2007.01434"),
 # 2102 Telegram JSON
 "2102 not JSON": sub(2102, '"messages": [', '"messages": [[['),
 "2102 indent": sub(2102, '\n "type": "private_group"', '\n  "type": "private_group"'),
 "2102 chat type": sub(2102, '"private_group"', '"channel"'),
 "2102 unixtime": sub(2102, '"1771215242"', '"1771215243"'),
 "2102 date order": sub(2102, '"2026-02-16T10:02:09"', '"2026-02-16T09:02:09"'),
 "2102 from_id": sub(2102, '"user993102745"', '"user993102746"', nth=2),
 "2102 reply unknown": sub(2102, '"reply_to_message_id": 81', '"reply_to_message_id": 99'),
 "2102 entities differ": sub(2102, '"text": " (судья-LLM)."', '"text": " (судья)."'),
 "2102 entity type": sub(2102, '"type": "bold"', '"type": "strong"', count=0),
 "2102 link text not URL": sub(2102, '"text": "http://arxiv.org/abs/2310.11511"', '"text": "arxiv 2310.11511"', count=0),
 "2102 id order": sub(2102, '"id": 83,', '"id": 81,'),
 "2102 title-only given an id": sub(2102, "Voyager (", "Voyager (2305.16291, ", count=0),
 # 2103 SMF
 "2103 guest line": sub(2103, "Hoş geldiniz, Misafir.", "Hoş geldiniz."),
 "2103 linktree": sub(2103, "Forum ana sayfası » Yapay Zekâ » Okuma grubu\n", "Forum ana sayfası » Yapay Zekâ\n"),
 "2103 topic line": sub(2103, "(Okunma sayısı 412 defa)", "(412 defa)"),
 "2103 reply number": sub(2103, "« Yanıtla #2 :", "« Yanıtla #3 :"),
 "2103 month": sub(2103, "03 Şubat 2026, 09:05:12", "03 Subat 2026, 09:05:12"),
 "2103 date order": sub(2103, "03 Şubat 2026, 11:47:30 »", "02 Şubat 2026, 11:47:30 »"),
 "2103 quote date": sub(2103, "Alıntı: emre.aydin — 02 Şubat 2026, 21:14:05", "Alıntı: emre.aydin — 02 Şubat 2026, 21:14:06"),
 "2103 reply count": sub(2103, "(4 Yanıt)", "(5 Yanıt)"),
 "2103 Kayıtlı": sub(2103, "Kayıtlı\n", "", nth=1),
 "2103 Mesaj": sub(2103, "Mesaj: 388", "Mesajlar 388"),
 "2103 footer": sub(2103, "SMF 2.1.4 © 2023, Simple Machines", "Powered by SMF"),
 "2103 OpenReview removed": sub(2103, "https://openreview.net/forum?id=B1ckMDqlg", "OpenReview"),
 # 2104 Mailchimp
 "2104 doctype": sub(2104, "<!doctype html>\n", ""),
 "2104 tag": sub(2104, "</h2>", "</h3>"),
 "2104 title differs": sub(2104, "Rhifyn 9</title>", "Rhifyn 10</title>"),
 "2104 browser link": sub(2104, "View this email in your browser", "View online"),
 "2104 archive URL": sub(2104, '<a href="https://us14.campaign-archive.com/?u=5d1e0c7a9f&amp;id=b41c27e0aa" target="_blank">View', '<a href="https://us14.campaign-archive.com/?u=5d1e0c7a9f&amp;id=b41c27e0ab" target="_blank">View'),
 "2104 bare ampersand": sub(2104, "?u=5d1e0c7a9f&amp;id=71ac90e2d3\">update", "?u=5d1e0c7a9f&id=71ac90e2d3\">update"),
 "2104 unsubscribe": sub(2104, "unsubscribe from this list", "leave"),
 "2104 href scheme": sub(2104, 'href="https://golwg.example.ac.uk/ymuno"', 'href="/ymuno"'),
 "2104 text blocks": sub(2104, '<h2>Adnoddau', '<h2>x</h2><h2>Adnoddau'),
 "2104 arXiv link removed": sub(2104, '<a href="https://arxiv.org/abs/2111.06377" target="_blank">', '<a href="https://example.org/mae" target="_blank">'),
 # 2105 Blogger
 "2105 weekday": sub(2105, "Sabado, Pebrero 21, 2026", "Domingo, Pebrero 21, 2026"),
 "2105 posted by": sub(2105, "Posted by Rafael Gonzaga at 8:05 PM", "Posted by Rafael Gonzaga"),
 "2105 comment count": sub(2105, "3 comments:", "4 comments:"),
 "2105 comment before post": sub(2105, "Pebrero 22, 2026 at 8:41 AM", "Pebrero 21, 2026 at 8:41 AM"),
 "2105 comment order": sub(2105, "Pebrero 23, 2026 at 10:15 PM", "Pebrero 22, 2026 at 9:15 AM"),
 "2105 reply delete": sub(2105, "Reply\nDelete\n", "Delete\n", nth=1),
 "2105 bad hour": sub(2105, "at 1:07 PM", "at 13:07 PM"),
 "2105 footer": sub(2105, "Powered by Blogger.", "Powered by WordPress."),
 "2105 atom twice": sub(2105, "Newer Post Older Post Home\n", "Newer Post Older Post Home\nSubscribe to: Post Comments (Atom)\n"),
 "2105 nickname only": sub(2105, r"\(Autoregressive Entity Retrieval\)", "", regex=True),
 # 2106 Canvas negative
 "2106 skip link": sub(2106, "Saltar al contenido\n", ""),
 "2106 breadcrumb code": sub(2106, "INF-342 › Programa", "INF-343 › Programa"),
 "2106 evaluation total": sub(2106, "Presentación\t15 %", "Presentación\t20 %"),
 "2106 week not Monday": sub(2106, "Semana 3 (23 mar)", "Semana 3 (24 mar)"),
 "2106 week numbering": sub(2106, "Semana 5 (", "Semana 6 ("),
 "2106 summary weekday": sub(2106, "vie 13 mar 2026", "jue 13 mar 2026"),
 "2106 summary order": sub(2106, "jue 30 abr 2026\tControl de lectura", "jue 2 abr 2026\tControl de lectura"),
 "2106 navigation": sub(2106, "Calificaciones\n", ""),
 "2106 last line": sub(2106, "Anterior\nSiguiente\n", "Siguiente\nAnterior\n"),
 "2106 catalogue title in the negative": sub(2106, "(entrada de blog, no es un artículo)", "(entrada de blog) y Attention Is All You Need"),
 "2106 arXiv link in the negative": sub(2106, "(video en YouTube, 52 min)", "(https://arxiv.org/abs/2307.09288)"),
 "2106 distractor-like id": sub(2106, "Panel de control", "Panel 2402.01234"),
 # labels
 "label in the negative": exp_edit(lambda e: e[D[2106]].append(dict(e[D[2105]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[2099]][5].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[2097]][1].update(title="GPT-3")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[2101]][0].update(true_arxiv_id="2002.05708", arxiv_id="2002.05708")),
 "arxiv_id != true": exp_edit(lambda e: e[D[2101]][1].update(arxiv_id="2002.05709")),
 "paper in two files": exp_edit(lambda e: e[D[2098]].append(dict(e[D[2097]][1]))),
 "odd-position paper": exp_edit(lambda e: e[D[2103]].append({"arxiv_id": None, "openreview_id": None, "title": "PaLM: Scaling Language Modeling with Pathways", "evidence": "title-only", "true_arxiv_id": "2204.02311"})),
 "too few papers": exp_edit(lambda e: [e[D[2100]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[2105]] if r["evidence"] == "title-only"]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[2102])),
 "openreview id of another paper": exp_edit(lambda e: e[D[2102]][3].update(openreview_id="B1ckMDqlg")),
 "not-on-arXiv paper given an id": exp_edit(lambda e: e[D[2099]][5].update(evidence="arxiv-text", arxiv_id="1501.00001", true_arxiv_id="1501.00001")),
 "duplicate record": exp_edit(lambda e: e[D[2104]].append(dict(e[D[2104]][1]))),
 "labelled paper dropped": exp_edit(lambda e: e[D[2103]].pop(0)),
 "extra field": exp_edit(lambda e: e[D[2097]][0].update(venue="OpenAI")),
 "openreview record given an arxiv_id": exp_edit(lambda e: e[D[2100]][3].update(arxiv_id="2010.06891")),
 "link record made title-only": exp_edit(lambda e: e[D[2104]][0].update(evidence="title-only", arxiv_id=None)),
}
# one case per labelled paper: its title removed from its digest (2098: from the decoded body), case-blind, across
# line breaks
for f, recs in EXP.items():
    n = int(f[:4])
    for r in recs:
        t = r["title"]
        rx = r"(?i)" + r"\s+".join(re.escape(w) for w in t.split())
        CASES[f"{n} title removed: {t[:40]}"] = qp(rx, "[…]", count=0, regex=True) if n == 2098 else sub(n, rx, "[…]", regex=True, count=0)


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
