#!/usr/bin/env python3
"""Breaks a scratch copy of round190 (/tmp/r190/scratch/break, deleted afterwards) one case at a time and checks that
validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's ERROR
lines. (round188's harness with round190's cases; 1918 is a CR LF mail whose body is quoted-printable: it is edited decoded
and encoded again as the builder does.)"""
import base64, json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/r190/scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1917, 1927)}
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


def qp(old, new):
    """edit 1918's decoded quoted-printable body and encode it again as the builder does"""
    def fn(root):
        import quopri
        p = os.path.join(root, "digests", D[1918])
        s = open(p, "rb").read().decode("ascii")
        h, b = s.split("\r\n\r\n", 1)
        t = quopri.decodestring(b.replace("\r\n", "\n").encode("ascii")).decode("utf-8")
        assert old in t, old
        t = t.replace(old, new, 1)
        b = quopri.encodestring(t.encode("utf-8")).decode("ascii").replace("\n", "\r\n") + "\r\n"
        open(p, "wb").write((h + "\r\n\r\n" + b).encode("ascii"))
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


CASES = {
 # 1917 FP-UNA programa de estudios
 "1917 head": sub(1917, "FACULTAD POLITÉCNICA", "FACULTAD DE INGENIERÍA"),
 "1917 footer number": sub(1917, "Pág. 1/2", "Pág. 2/2"),
 "1917 footer total": sub(1917, "Pág. 2/2", "Pág. 2/3"),
 "1917 section renamed": sub(1917, "V. METODOLOGÍA", "V. MÉTODOS"),
 "1917 section order": sub(1917, "III. OBJETIVOS", "IV. OBJETIVOS"),
 "1917 field twice": sub(1917, "Año: 2026", "Año: 2026\nAño: 2027"),
 "1917 code form": sub(1917, "Código: IIN-0742", "Código: 742"),
 "1917 weekly hours": sub(1917, "4 horas (teoría 2", "5 horas (teoría 2"),
 "1917 total hours": sub(1917, "Carga horaria total: 68 horas", "Carga horaria total: 64 horas"),
 "1917 unit numbering": sub(1917, "Unidad 3: Redes", "Unidad 4: Redes"),
 "1917 topic numbering": sub(1917, "2.2. Analogías", "2.3. Analogías"),
 "1917 evaluation sum": sub(1917, "Proyecto final: 30 %", "Proyecto final: 35 %"),
 "1917 bibliography numbering": sub(1917, "\n7. Loshchilov", "\n8. Loshchilov"),
 "1917 no Complementaria": sub(1917, "Complementaria\n", ""),
 "1917 date": sub(1917, "23 de febrero de 2026", "30 de febrero de 2026"),
 "1917 arxiv-text gets a link": sub(1917, "arXiv:1711.05101.", "https://arxiv.org/abs/1711.05101"),
 "1917 title-only gets an id": sub(1917, "Nature, 323, 1986.", "Nature, 323, 1986. arXiv:1501.00001"),
 "1917 labelled title lost": sub(1917, "Long Short-Term Memory", "Long Short Term Memory"),
 # 1918 Mail Orange forward, quoted-printable
 "1918 LF line end": raw_bytes(1918, lambda b: b.replace(b"MIME-Version: 1.0\r\n", b"MIME-Version: 1.0\n", 1)),
 "1918 Date weekday": sub(1918, "Date: Tue, 03 Mar 2026", "Date: Wed, 03 Mar 2026"),
 "1918 Date offset": sub(1918, "10:12:44 +0100", "10:12:44 +0200"),
 "1918 From": sub(1918, "From: Mathilde Garnier <mathilde.garnier@orange.example.fr>", "From: mathilde.garnier@orange.example.fr"),
 "1918 X-Mailer": sub(1918, "X-Mailer: Mail Orange", "X-Mailer: Thunderbird"),
 "1918 header twice": sub(1918, "MIME-Version: 1.0\r\n", "MIME-Version: 1.0\r\nMIME-Version: 1.0\r\n"),
 "1918 not quoted-printable": sub(1918, "Content-Transfer-Encoding: quoted-printable", "Content-Transfer-Encoding: 8bit"),
 "1918 bad escape": raw_bytes(1918, lambda b: b.replace(b"=C3=A8re", b"=Z3=A8re", 1)),
 "1918 long line": raw_bytes(1918, lambda b: b.replace(b"=\r\n", b"", 1)),
 "1918 Subject": sub(1918, "Fwd=3A_Sommaire", "TR=3A_Sommaire"),
 "1918 forward block": qp("----- Message transféré -----", "----- Message d'origine -----"),
 "1918 forwarded date after the mail": qp("> Date : 26/02/26 18:30", "> Date : 04/03/26 18:30"),
 "1918 not to forwarder": qp("> A : mathilde.garnier@orange.example.fr", "> A : autre@orange.example.fr"),
 "1918 unquoted line": qp("> Sujets du jour :", "Sujets du jour :"),
 "1918 digest number": qp("Numéro 7 —", "Numéro 8 —"),
 "1918 topic numbering": qp("  2. Re: Programme", "  3. Re: Programme"),
 "1918 topic sender": qp("  3. Encodeurs (Léa Fontaine)", "  3. Encodeurs (Yanis Belkacem)"),
 "1918 message subject": qp("Objet : [lecture-llm] Encodeurs", "Objet : [lecture-llm] Encodeur"),
 "1918 footer": qp("Fin du sommaire lecture-llm, numéro 7", "Fin du sommaire"),
 "1918 OpenReview id changed": qp("id=B1ckMDqlg", "id=B1ckMDqlh"),
 "1918 arxiv-text gets a link": qp("arXiv:2003.10555", "https://arxiv.org/abs/2003.10555"),
 "1918 title-only gets a link": qp("puis\n> RoBERTa", "puis (https://arxiv.org/abs/1907.11692)\n> RoBERTa"),
 # 1919 SN ISO 690
 "1919 sharp s": sub(1919, "Schlussfolgerungen\n\nDie", "Schlussfolgerungen\n\nDie grosse ß"),
 "1919 heading": sub(1919, "\nQuellenverzeichnis\n", "\nLiteratur\n"),
 "1919 page number": sub(1919, "\n72\n", "\n74\n"),
 "1919 order": sub(1919, "ZHAI, Xiaohua", "AZHAI, Xiaohua"),
 "1919 author form": sub(1919, "QIU, Yue, et al.", "Qiu, Y. et al."),
 "1919 access date": sub(1919, "2103.14167v2 [Zugriff am 12. Januar 2026]", "2103.14167v2 [Zugriff am 32. Januar 2026]"),
 "1919 access late": sub(1919, "detectron2 [Zugriff am 12. Januar 2026]", "detectron2 [Zugriff am 12. Mai 2026]"),
 "1919 URL without Zugriff": sub(1919, "http://arxiv.org/abs/2106.04560v2 [Zugriff am 12. Januar 2026].", "http://arxiv.org/abs/2106.04560v2."),
 "1919 pages": sub(1919, "S. 132-141", "S. 141-132"),
 "1919 citation names nothing": sub(1919, "(Wu et al. 2019)", "(Wu et al. 2020)"),
 "1919 entry never cited": sub(1919, "Goodfellow et al. 2016", "ein Lehrbuch"),
 "1919 no year": sub(1919, "Preprint, 2021, arXiv", "Preprint, arXiv"),
 "1919 arxiv-text gets a link": sub(1919, "arXiv:2103.14146.", "https://arxiv.org/abs/2103.14146."),
 "1919 title-only gets an id": sub(1919, "Technischer Bericht, OpenAI, 2022.", "Technischer Bericht, OpenAI, 2022, arXiv:2204.06125."),
 # 1920 RIS
 "1920 head": sub(1920, "Provider: University of Ghana, Balme Library", "Provider: Library"),
 "1920 export date": sub(1920, "Exported: 2026-03-04", "Exported: 2026-13-04"),
 "1920 count": sub(1920, "Records: 11", "Records: 12"),
 "1920 tag form": sub(1920, "PY  - 2023\nT2  - arXiv preprint\nUR  - https://arxiv.org/abs/2302", "PY - 2023\nT2  - arXiv preprint\nUR  - https://arxiv.org/abs/2302"),
 "1920 unknown tag": sub(1920, "T2  - Meta AI technical report", "XY  - Meta AI technical report"),
 "1920 order": sub(1920, "TI  - OPT: Open Pre-trained Transformer Language Models\nPY  - 2022", "PY  - 2022\nTI  - OPT: Open Pre-trained Transformer Language Models"),
 "1920 type": sub(1920, "TY  - COMP", "TY  - SOFT"),
 "1920 no ER": sub(1920, "Data set page.\nER  - ", "Data set page."),
 "1920 year": sub(1920, "PY  - 2021", "PY  - 21"),
 "1920 author form": sub(1920, "AU  - Touvron, Hugo", "AU  - Hugo Touvron"),
 "1920 UR": sub(1920, "UR  - https://inspect.aisi.org.uk/", "UR  - inspect.aisi.org.uk"),
 "1920 OpenReview id changed": sub(1920, "id=VTF8yNQM66", "id=VTF8yNQM67"),
 "1920 arxiv-text gets a link": sub(1920, "N1  - arXiv:2009.03300", "UR  - https://arxiv.org/abs/2009.03300\nN1  - arXiv:2009.03300"),
 "1920 title-only gets an id": sub(1920, "The logbook appendix", "arXiv:2205.01068. The logbook appendix"),
 "1920 unlabelled arXiv id": sub(1920, "Textbook, not a paper.", "Textbook, not a paper (see 2405.01234)."),
 # 1921 Kitsu CSV
 "1921 BOM": raw_bytes(1921, lambda b: b"\xef\xbb\xbf" + b),
 "1921 CR LF row": raw_bytes(1921, lambda b: b.replace(b"\n", b"\r\n", 1)),
 "1921 over-quoted": sub(1921, ",LEK_020,", ',"LEK_020",'),
 "1921 header": sub(1921, "Task Type", "Task"),
 "1921 other project": sub(1921, "RND_Generatywne_2026,Lektura,LEK_030", "RND_Inne_2026,Lektura,LEK_030"),
 "1921 name twice": sub(1921, "LEK_030", "LEK_020"),
 "1921 status": sub(1921, ",wip,2026-02-02,2026-02-06", ",w toku,2026-02-02,2026-02-06"),
 "1921 due before start": sub(1921, "2026-01-19,2026-01-23", "2026-01-19,2026-01-13"),
 "1921 invalid date": sub(1921, "2026-02-16,2026-02-20", "2026-02-16,2026-02-30"),
 "1921 estimation": sub(1921, ",0.5,Instalacja", ",pół,Instalacja"),
 "1921 OpenReview id changed": sub(1921, "id=St1giarCHLP", "id=St1giarCHLQ"),
 "1921 arxiv-text gets a link": sub(1921, "arXiv:2106.05931", "https://arxiv.org/abs/2106.05931"),
 "1921 title-only gets a link": sub(1921, "(Song i Ermon)", "(https://arxiv.org/abs/1907.05600)"),
 # 1922 Spark transcript
 "1922 head": sub(1922, "Transcrição da conversa: ", "Conversa: "),
 "1922 date": sub(1922, "Data: 02/03/2026", "Data: 31/02/2026"),
 "1922 save line": sub(1922, "Transcrição salva pelo Spark 3.0.2", "Transcrição salva pelo Pidgin"),
 "1922 saved another day": sub(1922, "em 02/03/2026 14:19", "em 03/03/2026 14:19"),
 "1922 time format": sub(1922, "[14:05]", "[14h05]"),
 "1922 time order": sub(1922, "[14:11]", "[14:01]"),
 "1922 speaks before joining": sub(1922, "[14:03] bruna.lima: boa", "[14:03] carla: boa"),
 "1922 speaks after leaving": sub(1922, "[14:17] bruna.lima", "[14:17] joao.pedro"),
 "1922 joins twice": sub(1922, "*** joao.pedro entrou na sala", "*** bruna.lima entrou na sala"),
 "1922 saved before last line": sub(1922, "02/03/2026 14:19", "02/03/2026 14:10"),
 "1922 arxiv-text gets a link": sub(1922, "arXiv:2101.00190", "https://arxiv.org/abs/2101.00190"),
 "1922 title-only gets a link": sub(1922, "o link tá no drive", "https://arxiv.org/abs/2103.10385"),
 "1922 unlabelled catalogue title": sub(1922, "mando depois.", "mando depois. e o Attention Is All You Need."),
 # 1923 Mighty Networks
 "1923 head": sub(1923, "Spaces\n", "Espasyo\n"),
 "1923 byline": sub(1923, "Host · 3d", "Host, 3 days ago"),
 "1923 comment count": sub(1923, "· 4 comments", "· 5 comments"),
 "1923 action bar": sub(1923, "Like   Comment   Share", "Like Comment Share"),
 "1923 comment box": sub(1923, "Write a comment…\n", "Mag-comment…\n"),
 "1923 comment age": sub(1923, "Miguel Santos\n2d", "Miguel Santos\n2 days"),
 "1923 reply to nobody": sub(1923, "@Andrea Villanueva haha", "@Bea Torres haha"),
 "1923 reply not indented": sub(1923, "    Jose Dela Cruz\n    1d", "Jose Dela Cruz\n1d"),
 "1923 arxiv-text gets a link": sub(1923, "arXiv:2010.00554", "https://arxiv.org/abs/2010.00554"),
 "1923 title-only gets a link": sub(1923, "(Nature 2021, walang arXiv)", "(https://arxiv.org/abs/2107.00001)"),
 "1923 not-on-arXiv title lost": sub(1923, "Highly accurate protein structure prediction with AlphaFold", "AlphaFold 2"),
 # 1924 University of Malta newsletter
 "1924 doctype": sub(1924, "<!DOCTYPE html>\n", ""),
 "1924 lang": sub(1924, 'lang="en-MT"', 'lang="en"'),
 "1924 unclosed tag": sub(1924, "<em>Speech and Language Processing</em>", "<em>Speech and Language Processing"),
 "1924 two h1": sub(1924, "<h2>Seminars</h2>", "<h1>Seminars</h1>"),
 "1924 bare ampersand": sub(1924, "Jurafsky &amp; Martin", "Jurafsky & Martin"),
 "1924 toc": sub(1924, '<li><a href="#nies">', '<li><a href="#people">'),
 "1924 duplicate id": sub(1924, '<section id="avvenimenti">', '<section id="nies">'),
 "1924 link scheme": sub(1924, 'href="https://www.um.edu.mt/ict/"', 'href="www.um.edu.mt/ict/"'),
 "1924 date": sub(1924, "published 2 March 2026", "published 32 March 2026"),
 "1924 issue number": sub(1924, "<h1>AI Dept Newsletter — Ħarġa 12</h1>", "<h1>AI Dept Newsletter — Ħarġa 13</h1>"),
 "1924 OpenReview id changed": sub(1924, "id=Ua6zuk0WRH", "id=Ua6zuk0WRI"),
 "1924 OpenReview record gets an arXiv link": sub(1924, "presented by Luke.", "presented by Luke (https://arxiv.org/abs/2009.14794)."),
 "1924 arxiv-text gets a link": sub(1924, "arXiv:2306.15595", "https://arxiv.org/abs/2306.15595"),
 "1924 title-only gets an id": sub(1924, "(ICLR 2021)", "(arXiv:2103.02143)"),
 # 1925 Blogalia
 "1925 footer": sub(1925, "Powered by Blogalia", "Powered by WordPress"),
 "1925 menu": sub(1925, "Inicio | Archivo |", "Inicio |"),
 "1925 post date": sub(1925, "2026-02-18 21:40", "2026-02-31 21:40"),
 "1925 comment count": sub(1925, "Comentarios (3)", "Comentarios (4)"),
 "1925 comment before post": sub(1925, "el 19/02/2026 a las 08:15", "el 17/02/2026 a las 08:15"),
 "1925 comment order": sub(1925, "el 20/02/2026 a las 19:03", "el 19/02/2026 a las 10:03"),
 "1925 comment line": sub(1925, "Escrito por Ana el 19/02/2026 a las 08:15", "Escrito por Ana el 19/02/2026, 08:15"),
 "1925 answers nobody": sub(1925, "\nAna, totalmente", "\nMarta G., totalmente"),
 "1925 permalink line": sub(1925, "Enlace permanente · Categorías:", "Categorías:"),
 "1925 OpenReview id changed": sub(1925, "id=uB5x7Y2qsFR", "id=uB5x7Y2qsFS"),
 "1925 arxiv-text gets a link": sub(1925, "(arXiv:1911.05722)", "(https://arxiv.org/abs/1911.05722)"),
 "1925 title-only gets a link": sub(1925, "cuatro páginas", "https://arxiv.org/abs/2011.10566 cuatro páginas"),
 # 1926 gitlab.univ-lille.fr README (negative)
 "1926 awesome badge": sub(1926, " [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)", ""),
 "1926 sommaire entry missing": sub(1926, "- [Livres](#livres)\n", ""),
 "1926 slug": sub(1926, "(#jeux-de-données)", "(#jeux-de-donnees)"),
 "1926 licence not last": sub(1926, "## Licence", "## Licences"),
 "1926 duplicate heading": sub(1926, "## Contribuer", "## Livres"),
 "1926 date": sub(1926, "4 mars 2026", "4 march 2026"),
 "1926 http link": sub(1926, "(https://dvc.org/)", "(http://dvc.org/)"),
 "1926 second project": sub(1926, "Merci à", "Voir https://gitlab.univ-lille.fr/autre/projet. Merci à"),
 "1926 handle": sub(1926, "@lmoreau", "@LMoreau"),
 "1926 no merge request": sub(1926, "(voir !4)", "(voir 4)"),
 "1926 paper title in the negative": sub(1926, "— réseaux de neurones.", "— réseaux de neurones (Generative Adversarial Networks)."),
 "1926 arXiv id in the negative": sub(1926, "— carnets.", "— carnets (2404.01234)."),
 # labels
 "label in the negative": exp_edit(lambda e: e[D[1926]].append(dict(e[D[1925]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[1919]][5].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[1920]][1].update(title="LLaMA")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[1923]][0].update(true_arxiv_id="2010.08896", arxiv_id="2010.08896")),
 "arxiv_id != true": exp_edit(lambda e: e[D[1922]][1].update(arxiv_id="2106.09685")),
 "paper in two files": exp_edit(lambda e: e[D[1918]].append(dict(e[D[1917]][0]))),
 "odd-position paper": exp_edit(lambda e: e[D[1918]].append({"arxiv_id": None, "openreview_id": None, "title": "A Fast Learning Algorithm for Deep Belief Nets", "evidence": "title-only", "true_arxiv_id": None})),
 "too few papers": exp_edit(lambda e: [e[D[1922]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[1921]] if r["evidence"] == "title-only" and r["true_arxiv_id"]]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[1918])),
 "openreview id of another paper": exp_edit(lambda e: e[D[1924]][0].update(openreview_id="St1giarCHLP")),
 "not-on-arXiv paper given an id": exp_edit(lambda e: e[D[1917]][4].update(evidence="arxiv-text", arxiv_id="1501.00001", true_arxiv_id="1501.00001")),
 "duplicate record": exp_edit(lambda e: e[D[1925]].append(dict(e[D[1925]][1]))),
 "unlisted paper dropped": exp_edit(lambda e: e[D[1920]].pop(0)),
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
