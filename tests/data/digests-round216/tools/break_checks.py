#!/usr/bin/env python3
"""Breaks a scratch copy of round216 (/tmp/r216/scratch/break, deleted afterwards) one case at a time and checks that
validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's ERROR
lines. (round214's harness with round216's cases; 2178 is a CR LF mail whose two parts are quoted-printable: they are
edited decoded and encoded again as the builder does. Besides the hand-written cases, one case per labelled paper
removes its title from its digest, case-blind, across line breaks and TeX braces.)"""
import json, quopri, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/r216/scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(2177, 2187)}
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


def qpe(old, new, count=1, regex=False, only=None):
    """edit both decoded quoted-printable parts of 2178 (UTF-8; only=1: the HTML part alone) and encode them again as
    the builder does"""
    def fn(root):
        p = os.path.join(root, "digests", D[2178])
        s = open(p, "rb").read().decode("ascii")
        bnd = re.search(r'boundary="([^"]+)"', s).group(1)
        segs = re.split(r"(Content-Transfer-Encoding: quoted-printable\r\n\r\n)", s)
        hit = False
        for i in range(2, len(segs), 2):
            if only is not None and i != 2 + 2 * only: continue
            body, rest = segs[i].split("\r\n--" + bnd, 1)
            t = quopri.decodestring(body.replace("\r\n", "\n").encode("ascii")).decode("utf-8")
            if regex:
                t2 = re.sub(old, new, t, count=count)
            else:
                t2 = t.replace(old, new) if count == 0 else t.replace(old, new, 1)
            hit |= t2 != t
            e = quopri.encodestring(t2.encode("utf-8")).decode("ascii").replace("\n", "\r\n")
            segs[i] = e + "\r\n--" + bnd + rest
        assert hit, old
        open(p, "wb").write("".join(segs).encode("ascii"))
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


CASES = {
 # 2177 Sakai Lessons page
 "2177 skip link": sub(2177, "Saltar al contenido principal\n", ""),
 "2177 footer": sub(2177, "Powered by Sakai · Copyright", "Sakai · Copyright"),
 "2177 tool twice": sub(2177, "Recursos\n", "Recursos\nRecursos\n"),
 "2177 Lecciones title dropped": sub(2177, "\nLecciones\n\nINF-612", "\n\nINF-612"),
 "2177 subpage count": sub(2177, "Índice (5 subpáginas)", "Índice (6 subpáginas)"),
 "2177 week numbering": sub(2177, "Semana 3 · lunes 30", "Semana 4 · lunes 30", nth=2),
 "2177 index entry differs": sub(2177, "2. Semana 2 · lunes 23 de marzo — Transformers para visión", "2. Semana 2 · lunes 23 de marzo — Transformers"),
 "2177 not a Monday": sub(2177, "lunes 23 de marzo", "lunes 24 de marzo", count=0),
 "2177 week gap": sub(2177, "lunes 30 de marzo", "lunes 6 de abril", count=0),
 "2177 invalid date": sub(2177, "lunes 30 de marzo", "lunes 31 de febrero", count=0),
 "2177 week without items": sub(2177, "Aprendizaje contrastivo\n\n  ", "Aprendizaje contrastivo\n\n\n", nth=1, regex=False),
 "2177 docente line": sub(2177, "Docente: ", "Profesor: "),
 "2177 malformed URL": sub(2177, "https://arxiv.org/abs/2104.00298", "https://arxiv/abs/2104.00298"),
 "2177 CR": sub(2177, "Programa\n", "Programa\r\n"),
 # 2178 Zimbra forward
 "2178 bare LF": sub(2178, "MIME-Version: 1.0\r\n", "MIME-Version: 1.0\n"),
 "2178 header order": sub(2178, "MIME-Version: 1.0\r\n", "X-Spam: no\r\nMIME-Version: 1.0\r\n"),
 "2178 Gmail Message-ID": sub(2178, ".JavaMail.zimbra@", "@mail.gmail."),
 "2178 Message-ID time": sub(2178, ".1776232997000.", ".1776232990000."),
 "2178 X-Mailer": sub(2178, "ZimbraWebClient", "Thunderbird"),
 "2178 Date weekday": sub(2178, "Date: Wed,", "Date: Thu,"),
 "2178 Date invalid": sub(2178, "Date: Wed, 15 Apr", "Date: Wed, 45 Apr"),
 "2178 non-ASCII": sub(2178, "X-Originating-IP: [10.14.2.77]", "X-Originating-IP: [10.14.2.77] ë"),
 "2178 Thread-Index": sub(2178, "Thread-Index: ", "Thread-Index: *"),
 "2178 closing boundary": sub(2178, r"--\r\n$", "\r\n", regex=True),
 "2178 part not QP": sub(2178, "Content-Transfer-Encoding: quoted-printable", "Content-Transfer-Encoding: 8bit"),
 "2178 charset": sub(2178, "text/plain; charset=utf-8", "text/plain; charset=iso-8859-1"),
 "2178 bad QP escape": sub(2178, "P=C3=ABrsh", "P=Z3=ABrsh"),
 "2178 long body line": sub(2178, "P=C3=ABrsh=C3=ABndetje Ermal,", "P=C3=ABrsh=C3=ABndetje Ermal," + "x" * 60),
 "2178 forward line": qpe("----- Mesazh i përcjellë -----", "----- Forwarded Message -----", count=0),
 "2178 forward block order": qpe("Për: \"lexim-llm\"", "To: \"lexim-llm\"", count=0),
 "2178 forwarded weekday": qpe("e martë, 14 prill", "e enjte, 14 prill", count=0),
 "2178 forwarded after sending": qpe("14 prill 2026 18:12:40", "16 prill 2026 18:12:40", count=0),
 "2178 Subject differs": qpe("Subjekti: Grupi i leximit LLM", "Subjekti: Grupi i leximit", count=0),
 "2178 HTML differs": qpe("Takimi tjetër", "Takimi i ardhshëm", only=1),
 "2178 title-only id appears": qpe("(GPT-3)", "(GPT-3, arXiv:2005.14165)", count=0),
 # 2179 SR ISO 690 thesis copy
 "2179 running header": sub(2179, "Lucrare de licență — ", "Lucrare — ", nth=2),
 "2179 header twice on a page": sub(2179, "BIBLIOGRAFIE\n", "BIBLIOGRAFIE\nLucrare de licență — Atenție eficientă pentru transcrierea arhivelor din Bucovina\n"),
 "2179 page numbers": sub(2179, "\n42\n", "\n44\n"),
 "2179 form feed": sub(2179, "\n\fLucrare", "\nLucrare"),
 "2179 stray form feed": sub(2179, "BIBLIOGRAFIE\n", "BIBLIOGRAFIE\f\n"),
 "2179 BIBLIOGRAFIE twice": sub(2179, "CONCLUZII (continuare)", "BIBLIOGRAFIE"),
 "2179 entry numbering": sub(2179, "\n4. PENG", "\n5. PENG"),
 "2179 citation order": sub(2179, "[1], [2]", "[2], [1]"),
 "2179 long reference line": sub(2179, "[accesat\n   03.05.2026].", "[accesat 03.05.2026]. Text adăugat ca să depășească lungimea maximă a rândului."),
 "2179 entry without final dot": sub(2179, "2016. 800 p. ISBN 978-0-262-03561-3.", "2016. 800 p. ISBN 978-0-262-03561-3"),
 "2179 URL without accesat": sub(2179, "[accesat 05.05.2026]", "(05.05.2026)"),
 "2179 bad access date": sub(2179, "[accesat 06.05.2026]", "[accesat 36.05.2026]"),
 "2179 author form": sub(2179, "1. DAO, Tri.", "1. Tri Dao."),
 "2179 stray line": sub(2179, "\n   Partitioning.", "\nPartitioning."),
 # 2180 BibDesk
 "2180 header": sub(2180, "created using BibDesk.", "created using JabRef."),
 "2180 encoding line": sub(2180, "%% Saved with string encoding Unicode (UTF-8) ", "%% Saved with UTF-8"),
 "2180 creator offset": sub(2180, "18:45:03 +0000", "18:45:03 -0100"),
 "2180 winter offset": sub(2180, "2026-03-02 09:14:11 -0100", "2026-03-02 09:14:11 +0000"),
 "2180 summer offset": sub(2180, "2026-03-30 10:05:47 +0000", "2026-03-30 10:05:47 -0100"),
 "2180 invalid stamp": sub(2180, "2026-03-02 09:16:40", "2026-03-32 09:16:40"),
 "2180 added after modified": sub(2180, "date-added = {2026-03-20 16:22:19", "date-added = {2026-04-02 16:22:19"),
 "2180 unbalanced brace": sub(2180, "year = {2014}}", "year = {2014}"),
 "2180 duplicate key": sub(2180, "@inproceedings{Sutskever:2014aa", "@inproceedings{Bahdanau:2015aa"),
 "2180 key form": sub(2180, "{Oord:2018aa,", "{oord2018,"),
 "2180 field order": sub(2180, "\tannote = {Sessão 3.", "\tzannote = {Sessão 3."),
 "2180 url != bdsk-url-1": sub(2180, "bdsk-url-1 = {http://arxiv.org/abs/1807.03748}", "bdsk-url-1 = {http://arxiv.org/abs/1807.0374}"),
 "2180 missing year": sub(2180, ",\n\tyear = {1986}", ""),
 "2180 bad year": sub(2180, "year = {1997}", "year = {97}"),
 "2180 bad field line": sub(2180, "\tjournal = {Nature}", "journal={Nature}"),
 "2180 unknown type": sub(2180, "@misc{Graves", "@unpublished{Graves"),
 "2180 static groups": sub(2180, "@comment{BibDesk Static Groups{", "@comment{BibDesk Smart Groups{"),
 "2180 group key not an entry": sub(2180, "Bahdanau:2015aa,Sutskever", "Bahdanau:2015ab,Sutskever"),
 "2180 unlabelled arXiv id": sub(2180, "howpublished = {Preprint, Google DeepMind}", "howpublished = {Preprint arXiv:1410.5401}"),
 # 2181 Linear CSV
 "2181 header": sub(2181, "Parent issue\r\n", "Parent\r\n"),
 "2181 not csv.writer output": sub(2181, "LEN-21,Lenguaje Natural", "\"LEN-21\",Lenguaje Natural"),
 "2181 column dropped": sub(2181, ",Lenguaje Natural,Leer", ",Leer"),
 "2181 ID form": sub(2181, "LEN-27,", "LN-27,"),
 "2181 duplicate ID": sub(2181, "LEN-28,", "LEN-27,"),
 "2181 status": sub(2181, ",In Review,", ",Reviewing,"),
 "2181 priority": sub(2181, ",Urgent,", ",Critical,"),
 "2181 timestamp form": sub(2181, "2026-03-09T14:02:00.000Z", "2026-03-09 14:02"),
 "2181 started before created": sub(2181, "2026-03-10T09:00:00.000Z", "2026-03-08T09:00:00.000Z"),
 "2181 Done without Completed": sub(2181, "2026-03-18T20:10:00.000Z", ""),
 "2181 Completed without Done": sub(2181, ",In Progress,3,Medium", ",Done,3,Medium"),
 "2181 parent unknown": sub(2181, ",LEN-21\r\n", ",LEN-99\r\n"),
 "2181 cycle name": sub(2181, ",1,Ciclo 1,", ",1,Ciclo 2,"),
 "2181 cycle length": sub(2181, "2026-03-23T05:00:00.000Z", "2026-03-24T05:00:00.000Z"),
 "2181 two projects": sub(2181, ",Lecturas PEFT kichwa–español,", ",Otro proyecto,"),
 "2181 bad due date": sub(2181, ",2026-04-17,", ",2026-04-31,"),
 # 2182 DiscordChatExporter CSV
 "2182 header": sub(2182, "\"Reactions\"\r\n", "\"Reactions\",\"Mentions\"\r\n"),
 "2182 not QUOTE_ALL": sub(2182, "\"Carl-bot\"", "Carl-bot"),
 "2182 author id": sub(2182, "\"738204915566321664\"", "\"7382\""),
 "2182 id with two names": sub(2182, "\"738204915566321664\",\"emilie.cormier\"", "\"738204915566321664\",\"emilie\"", nth=2),
 "2182 date form": sub(2182, "2026-03-09T20:14:51.0403869-03:00", "2026-03-09 20:14:51"),
 "2182 offset before DST": sub(2182, "2026-03-05T18:00:03.0023757-04:00", "2026-03-05T19:00:03.0023757-03:00"),
 "2182 offset after DST": sub(2182, "2026-03-12T10:18:09.0071271-03:00", "2026-03-12T09:18:09.0071271-04:00"),
 "2182 order": sub(2182, "2026-03-11T18:33:40", "2026-03-09T18:33:40"),
 "2182 attachment": sub(2182, "https://cdn.discordapp.com/attachments/", "https://example.org/attachments/"),
 "2182 reactions": sub(2182, "👍 (3),🔥 (1)", "👍 3"),
 "2182 malformed URL": sub(2182, "<https://arxiv.org/abs/2303.11366>", "<https://arxiv/abs/2303.11366>"),
 "2182 OpenReview id changed": sub(2182, "forum?id=VTF8yNQM66", "forum?id=VTF8yNQM67"),
 # 2183 phpBB
 "2183 skip link": sub(2183, "Lompat ke konten\n", ""),
 "2183 footer": sub(2183, "Privasi | Ketentuan\n", ""),
 "2183 breadcrumb twice": sub(2183, "Beranda ‹ Indeks forum\n", "Beranda ‹ Indeks forum ‹ Akademik\nBeranda ‹ Indeks forum ‹ X\n"),
 "2183 post count": sub(2183, "4 pesan • Halaman 1 dari 1", "5 pesan • Halaman 1 dari 1"),
 "2183 Kembali ke": sub(2183, "Kembali ke “Kecerdasan Buatan”", "Kembali ke “Akademik”"),
 "2183 subject": sub(2183, "Re: Daftar bacaan", "Daftar bacaan"),
 "2183 weekday": sub(2183, "oleh reyner_w » Sel 17 Mar", "oleh reyner_w » Rab 17 Mar"),
 "2183 date order": sub(2183, "Rab 18 Mar 2026 09:30", "Rab 18 Mar 2026 07:30"),
 "2183 invalid date": sub(2183, "Sel 17 Mar 2026 20:14", "Sel 17 Mrt 2026 20:14"),
 "2183 profile": sub(2183, "Pesan: 63", "Posts: 63"),
 "2183 joined after post": sub(2183, "Bergabung: Sen 17 Feb 2025 19:40", "Bergabung: Kam 19 Mar 2026 19:40"),
 "2183 user shown differently": sub(2183, "Pesan: 188", "Pesan: 189", nth=2),
 "2183 quote of a stranger": sub(2183, "reyner_w menulis: ↑", "budi menulis: ↑"),
 "2183 quote without >": sub(2183, "> Ada tambahan?", "Ada tambahan?"),
 # 2184 EmailOctopus
 "2184 powered by": sub(2184, "Powered by EmailOctopus\n", "Powered by Mailchimp\n"),
 "2184 unsubscribe twice": sub(2184, "Darse de baja · Actualizar preferencias", "Darse de baja · Actualizar preferencias\nDarse de baja · Actualizar preferencias"),
 "2184 placeholder": sub(2184, "{{EmailAddress}}", "{{ contact.EMAIL }}"),
 "2184 issue number": sub(2184, "Edición 7", "Edición 8"),
 "2184 issue date": sub(2184, "7 de abril de 2026", "8 de abril de 2026"),
 "2184 button form": sub(2184, "[ Inscribirme a la sesión del jueves ]", "[Inscribirme a la sesión del jueves]"),
 "2184 heading twice": sub(2184, "DESDE EL LABORATORIO", "PARA LEER"),
 "2184 malformed URL": sub(2184, "https://arxiv.org/abs/2103.14586", "https://arxiv/abs/2103.14586"),
 "2184 link record's URL dropped": sub(2184, " → https://arxiv.org/abs/2103.14586", ""),
 # 2185 Hugo + giscus
 "2185 footer": sub(2185, "Powered by Hugo & PaperMod", "Powered by Jekyll"),
 "2185 word count": sub(2185, "219 words", "220 words"),
 "2185 reading time": sub(2185, "· 2 min ·", "· 3 min ·"),
 "2185 body grows": sub(2185, "None of these is a paper", "None of these is really a paper"),
 "2185 ToC differs": sub(2185, "\nSpeech\nMultilingual", "\nAudio\nMultilingual"),
 "2185 comment count": sub(2185, "2 comments · 1 replies", "3 comments · 1 replies"),
 "2185 reply count": sub(2185, "2 comments · 1 replies", "2 comments · 0 replies"),
 "2185 comment before post": sub(2185, "bounmy-s commented Mar 29, 2026", "bounmy-s commented Mar 27, 2026"),
 "2185 reactions sum": sub(2185, "👍 2  🎉 1", "👍 3  🎉 1"),
 "2185 giscus twice": sub(2185, "Sign in with GitHub\n", "Sign in with GitHub\nSign in with GitHub\n"),
 "2185 arxiv-text becomes a link": sub(2185, "arXiv:1911.02116", "https://arxiv.org/abs/1911.02116"),
 # 2186 Gitea README (negative)
 "2186 HTML": sub(2186, "## Buku", "<h2>Buku</h2>"),
 "2186 second H1": sub(2186, "## Data\n", "# Data\n"),
 "2186 Kandungan anchor": sub(2186, "(#kursus-dan-ceramah)", "(#kursus)"),
 "2186 separator row": sub(2186, "| --- | --- | --- |\n", "|---|---|\n", nth=2),
 "2186 header row": sub(2186, "| Nama | Penerangan | Pautan |", "| Name | Description | Link |", nth=1),
 "2186 row cells": sub(2186, "| Ollama | Jalankan", "| Ollama | Tempatan | Jalankan"),
 "2186 link cell": sub(2186, "[pautan](https://scikit-learn.org)", "https://scikit-learn.org"),
 "2186 entry count": sub(2186, "14 entri", "15 entri"),
 "2186 fence": sub(2186, "```\n\nDiselenggara", "\nDiselenggara"),
 "2186 arXiv mention": sub(2186, "mula di sini", "mula di sini (lihat arXiv)"),
 "2186 paper title": sub(2186, "Pembelajaran mesin klasik", "Attention Is All You Need"),
 "2186 arXiv id": sub(2186, "bab 1–4", "bab 1706.03762"),
 # labels
 "record dropped": exp_edit(lambda e: e[D[2182]].pop()),
 "duplicate record": exp_edit(lambda e: e[D[2183]].append(dict(e[D[2183]][0]))),
 "paper in two files": exp_edit(lambda e: e[D[2184]].append(dict(e[D[2185]][1]))),
 "extra field": exp_edit(lambda e: e[D[2179]][0].update(venue="ICLR")),
 "openreview record given an arxiv_id": exp_edit(lambda e: e[D[2178]][0].update(arxiv_id="1701.06538")),
 "link record made title-only": exp_edit(lambda e: e[D[2180]][0].update(evidence="title-only", arxiv_id=None)),
 "title-only made arxiv-text": exp_edit(lambda e: e[D[2184]][5].update(evidence="arxiv-text", arxiv_id=e[D[2184]][5]["true_arxiv_id"])),
 "arxiv-text made link": exp_edit(lambda e: e[D[2177]][4].update(evidence="link")),
 "bad evidence value": exp_edit(lambda e: e[D[2181]][1].update(evidence="url")),
 "wrong true_arxiv_id": exp_edit(lambda e: e[D[2183]][0].update(true_arxiv_id="1406.2662", arxiv_id="1406.2662")),
 "title changed": exp_edit(lambda e: e[D[2185]][0].update(title="Fourier Neural Operators")),
 "label in the negative": exp_edit(lambda e: e[D[2186]].append(dict(e[D[2177]][0]))),
 "no-arXiv paper given an id": exp_edit(lambda e: e[D[2180]][4].update(true_arxiv_id="1409.0473")),
 "file key renamed": exp_edit(lambda e: e.update({"2187_x.txt": e.pop(D[2186])})),
 "positive with 7 papers": exp_edit(lambda e: e[D[2177]].pop(0)),
}
# one case per labelled paper: its title removed from its digest (2178: from the decoded parts), case-blind, across
# line breaks and TeX braces
for f, recs in EXP.items():
    n = int(f[:4])
    for r in recs:
        t = r["title"]
        rx = r"(?i)" + r"[{}]*\s+[{}]*".join("[{}]*".join(re.escape(c) for c in w) for w in t.split())
        CASES[f"{n} title removed: {t[:40]}"] = qpe(rx, "[...]", count=0, regex=True) if n == 2178 else sub(n, rx, "[…]", regex=True, count=0)


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
