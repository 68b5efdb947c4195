#!/usr/bin/env python3
"""Breaks a scratch copy of round166 (/tmp/round166-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round164's harness with round166's cases; 1679 is CR LF quoted-printable UTF-8: its body is edited
decoded and encoded again as the builder does; 1682 is a CR LF CSV with every field quoted.)"""
import json, os, quopri, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round166-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1677, 1687)}


def sub(n, old, new, count=1, regex=False):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = open(p, "rb").read().decode("utf-8")
        if regex:
            assert re.search(old, s, re.S), (n, old)
            s = re.sub(old, new, s, count=count, flags=re.S)
        else:
            assert old in s, (n, old)
            s = s.replace(old, new, count if count else -1)
        open(p, "wb").write(s.encode("utf-8"))
    return fn


def qpbody(old, new):
    """edit 1679's quoted-printable UTF-8 body decoded and encode it again (as the builder does, CR LF)"""
    def fn(root):
        p = os.path.join(root, "digests", D[1679])
        s = open(p, "rb").read().decode("ascii")
        h, _, b = s.partition("\r\n\r\n")
        t = quopri.decodestring(b.encode("ascii")).decode("utf-8").replace("\r\n", "\n")
        assert old in t, old
        t = t.replace(old, new, 1)
        e = quopri.encodestring(t.encode("utf-8")).decode("ascii").replace("\n", "\r\n")
        open(p, "wb").write((h + "\r\n\r\n" + e).encode("ascii"))
    return fn


def both(*fns):
    def fn(root):
        for g in fns: g(root)
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


CASES = {
 # 1677 UiO
 "1677 site head": sub(1677, "Hopp til hovedinnhold\n", ""),
 "1677 breadcrumb": sub(1677, "Institutt for informatikk\nIN5937\nVåren 2025\n\n", "Institutt for informatikk\nIN5937\n\n"),
 "1677 course code": sub(1677, "IN5937 – Nevrale", "IN5938 – Nevrale"),
 "1677 menu": sub(1677, "Timeplan\n", ""),
 "1677 heading once": sub(1677, "\nPensum/læringskrav\n\nPensum består", "\nPensum består"),
 "1677 section order": sub(1677, "\nLæringskrav\n", "\nLæringsmål\n"),
 "1677 weeks": sub(1677, "Uke 8:", "Uke 5:"),
 "1677 Sist endret before Publisert": sub(1677, "Sist endret 27. jan. 2025", "Sist endret 2. jan. 2025"),
 "1677 Norwegian month": sub(1677, "Publisert 9. jan. 2025", "Publisert 9. january 2025"),
 "1677 published in another year": sub(1677, "Publisert 9. jan. 2025 14:02 - Sist endret 27. jan. 2025", "Publisert 9. jan. 2024 14:02 - Sist endret 27. jan. 2024"),
 "1677 footer": sub(1677, "\nTilgjengelighetserklæring\n", "\n"),
 "1677 CR LF": sub(1677, "Læringskrav\n", "Læringskrav\r\n"),
 # 1678 gitlab.gwdg.de
 "1678 fence unbalanced": sub(1678, "make linkcheck\n```", "make linkcheck\n"),
 "1678 no badge": sub(1678, " [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)", ""),
 "1678 no TOC macro": sub(1678, "[[_TOC_]]\n", ""),
 "1678 hand-written TOC": sub(1678, "[[_TOC_]]\n", "[[_TOC_]]\n\n- [Werkzeuge](#werkzeuge)\n"),
 "1678 anchor wrong": sub(1678, "(#mitmachen)", "(#mitmachen-1)"),
 "1678 clone/cd mismatch": sub(1678, "\ncd awesome-effiziente-transformer", "\ncd awesome"),
 "1678 other project": sub(1678, "awesome-effiziente-transformer/-/wikis", "lesekreis/-/wikis"),
 "1678 link item shape": sub(1678, "(https://arxiv.org/abs/1901.02860) —", "(arxiv.org/abs/1901.02860) —"),
 "1678 bold item shape": sub(1678, "** — Sun et al.", "**, Sun et al."),
 "1678 table row cells": sub(1678, "| BigBird | dünnbesetzt |", "| BigBird | dünnbesetzt | 2020 |"),
 "1678 details unbalanced": sub(1678, "</details>\n", ""),
 "1678 pipeline badge": sub(1678, "/badges/main/pipeline.svg", "/badges/main/coverage.svg"),
 # 1679 Apollo.lv
 "1679 LF in headers": sub(1679, "MIME-Version: 1.0\r\n", "MIME-Version: 1.0\n"),
 "1679 non-ASCII byte": sub(1679, "Subject: Fwd:", "Subject: Pārs.:"),
 "1679 Date weekday": sub(1679, "Date: Tue, 08 Apr 2025", "Date: Wed, 08 Apr 2025"),
 "1679 header missing": sub(1679, "MIME-Version: 1.0\r\n", ""),
 "1679 Message-ID host": sub(1679, "@mail.apollo.lv>\r\nMIME", "@inbox.lv>\r\nMIME"),
 "1679 encoding": sub(1679, "Content-Transfer-Encoding: quoted-printable", "Content-Transfer-Encoding: base64"),
 "1679 QP long line": sub(1679, r"=\r\n", "", regex=True),
 "1679 QP bad escape": sub(1679, "P=C4=81rs", "P=G4=81rs"),
 "1679 QP trailing space": sub(1679, "Sveika, Dace!\r\n", "Sveika, Dace! \r\n"),
 "1679 encoded-word": sub(1679, "=?UTF-8?Q?Ilze_B=C4=93rzi=C5=86a?=", "=?UTF-8?Q?Ilze_B=C4=93rzi=C5=8?="),
 "1679 Subject != Temats": sub(1679, "Subject: Fwd: nlp-lv Digest, Vol 7, Issue 4", "Subject: Fwd: nlp-lv Digest, Vol 7, Issue 5"),
 "1679 topics order": qpbody("   1. Lasīšanas grupa", "   1. Lasīšanas grupas"),
 "1679 topic sender": qpbody("(Edgars Liepa)\n", "(Edgars Liepiņš)\n"),
 "1679 message numbering": qpbody("Message: 2\n", "Message: 3\n"),
 "1679 message weekday": qpbody("Date: Mon, 07 Apr 2025 13:48:02", "Date: Sun, 07 Apr 2025 13:48:02"),
 "1679 message order": qpbody("Date: Mon, 07 Apr 2025 17:05:19", "Date: Mon, 07 Apr 2025 08:05:19"),
 "1679 end line": qpbody("End of nlp-lv Digest, Vol 7, Issue 4\n", "End of nlp-lv Digest, Vol 7, Issue 3\n"),
 "1679 asterisk line": qpbody("Issue 4\n*****", "Issue 4\n****"),
 "1679 Mailman 3 footer": qpbody("-leave@", "-unsubscribe@"),
 "1679 forwarded Datums after the mail": qpbody("Datums: 08.04.2025 12:00", "Datums: 08.04.2025 23:00"),
 "1679 forwarded No": qpbody("No: nlp-lv-request@", "No: nlp-lv-owner@"),
 "1679 Gato id lost": qpbody("arXiv:2205.06175)", "ICML)"),
 "1679 title-only id in the digest": qpbody("(Minerva)", "(Minerva, arXiv:2206.14858)"),
 # 1680 Debrecen
 "1680 page number": sub(1680, "\n42\n", "\n45\n"),
 "1680 no final page": sub(1680, r"\n\n\n44\n$", "\n", regex=True),
 "1680 heading twice": sub(1680, "\nIrodalomjegyzék\n", "\nIrodalomjegyzék\nIrodalomjegyzék\n"),
 "1680 numbering": sub(1680, "\n[9] Wightman", "\n[12] Wightman"),
 "1680 citation order": sub(1680, "hálókkal [3, 4]", "hálókkal [4, 3]"),
 "1680 reference not cited": sub(1680, "könyvtárral [9]", "könyvtárral"),
 "1680 no és": sub(1680, "Li, Z., Zhang, Y. és Arora, S.", "Li, Z., Zhang, Y., Arora, S."),
 "1680 Elérhető without https": sub(1680, "Elérhető:\n     https://github.com", "Elérhető:\n     github.com"),
 "1680 Letöltve after signing": sub(1680, "Letöltve: 2025. 02. 14.", "Letöltve: 2025. 05. 14."),
 "1680 Letöltve invalid": sub(1680, "Letöltve: 2025. 02. 14.", "Letöltve: 2025. 02. 31."),
 "1680 ending": sub(1680, "Informatikai Kar, 2023.", "Informatikai Kar"),
 "1680 signing line": sub(1680, "Debrecen, 2025. április 28.", "Debrecen, 2025. April 28."),
 # 1681 teachPress
 "1681 entry head": sub(1681, "@inproceedings{Chen2020,", "@inproceedings{Chen2020"),
 "1681 closing brace": sub(1681, "tppubtype = {misc}\n}", "tppubtype = {misc}\n"),
 "1681 year spacing": sub(1681, "year  = {2018}", "year = {2018}"),
 "1681 comma": sub(1681, "pages = {9650--9660},", "pages = {9650--9660}"),
 "1681 last comma": sub(1681, "tppubtype = {article}\n}", "tppubtype = {article},\n}"),
 "1681 braces": sub(1681, "title = {Samonadzorovano", "title = {{Samonadzorovano"),
 "1681 tppubtype": sub(1681, "tppubtype = {misc}", "tppubtype = {article}"),
 "1681 pubstate": sub(1681, "pubstate = {submitted}", "pubstate = {v recenziji}"),
 "1681 date/year": sub(1681, "date = {2024-01-01}", "date = {2023-01-01}"),
 "1681 duplicate key": sub(1681, "@inproceedings{Chen2021,", "@inproceedings{Chen2020,"),
 "1681 url http": sub(1681, "url = {https://arxiv.org/abs/1807.03748}", "url = {http://arxiv.org/abs/1807.03748}"),
 "1681 title-only gets a URL": sub(1681, "title = {EigenGame: PCA as a Nash Equilibrium},\n", "title = {EigenGame: PCA as a Nash Equilibrium},\nurl = {https://arxiv.org/abs/2010.00554},\n"),
 # 1682 VersionOne
 "1682 BOM": sub(1682, '"ID","Type"', '\ufeff"ID","Type"'),
 "1682 LF": sub(1682, '"Description"\r\n', '"Description"\n'),
 "1682 unquoted field": sub(1682, '"S-01842","Story"', 'S-01842,"Story"'),
 "1682 header": sub(1682, '"To Do"', '"ToDo"'),
 "1682 ID prefix": sub(1682, '"D-00317","Defect"', '"S-00317","Defect"'),
 "1682 duplicate ID": sub(1682, '"S-01853"', '"S-01852"'),
 "1682 status": sub(1682, '"Accepted","Medium"', '"Closed","Medium"'),
 "1682 task parent": sub(1682, '"S-01844","Teisės aktų asistentas","2025 S07","Gabija', '"S-09999","Teisės aktų asistentas","2025 S07","Gabija'),
 "1682 task sprint": sub(1682, '"S-01842","Teisės aktų asistentas","2025 S06"', '"S-01842","Teisės aktų asistentas","2025 S07"'),
 "1682 done task with hours": sub(1682, '"Done","","","0"', '"Done","","","3"'),
 "1682 story without points": sub(1682, '"Low","8"', '"Low",""'),
 "1682 rich text unbalanced": sub(1682, "Santrauka su schema, 1 psl.</p>", "Santrauka su schema, 1 psl."),
 "1682 bare ampersand": sub(1682, "Pham &amp; Le", "Pham & Le"),
 "1682 arxiv-text gets a link": sub(1682, "(arXiv:2303.10512)", "(https://arxiv.org/abs/2303.10512)"),
 # 1683 Xabber
 "1683 head": sub(1683, "Экспортировано: ", "Экспорт: "),
 "1683 count": sub(1683, "Сообщений: 12", "Сообщений: 13"),
 "1683 order": sub(1683, "[11.03.2025 10:21:30] ilya", "[11.03.2025 10:01:30] ilya"),
 "1683 after export": sub(1683, "Экспортировано: 11.03.2025 19:02:33", "Экспортировано: 11.03.2025 10:30:00"),
 "1683 line shape": sub(1683, "[11.03.2025 10:33:20] anya.k:", "11.03.2025 10:33:20 anya.k:"),
 "1683 continuation": sub(1683, "\n    https://arxiv.org/pdf/2309.06180", "\nhttps://arxiv.org/pdf/2309.06180"),
 "1683 writes after leaving": both(sub(1683, "вышел из комнаты\n", "вышел из комнаты\n[11.03.2025 10:44:02] ilya: и ещё Chinchilla\n"), sub(1683, "Сообщений: 12", "Сообщений: 13")),
 "1683 exporter silent": sub(1683, "Аккаунт: anya.k@", "Аккаунт: olga@"),
 "1683 empty message": sub(1683, "anya.k: Отлично, спасибо! Сведу в таблицу к четвергу. Megatron и DeepSpeed — отдельным докладом", "anya.k: "),
 "1683 title-only gets an id": sub(1683, "(Holtzman et al., ICLR 2020)", "(Holtzman et al., arXiv:1904.09751)"),
 # 1684 Benchmark.pl
 "1684 site head": sub(1684, "Przejdź do zawartości\n", ""),
 "1684 breadcrumb bottom": sub(1684, r"(Forum  Oprogramowanie  Grafika i multimedia\n\nRegulamin)", "Forum  Oprogramowanie\n\nRegulamin", regex=True),
 "1684 reply count": sub(1684, "Odpowiedzi w temacie: 5", "Odpowiedzi w temacie: 6"),
 "1684 topic line": sub(1684, "Przez kuba_rtx, 12 marca 2025", "Przez MagdaW, 12 marca 2025"),
 "1684 plural": sub(1684, "1033 posty", "1033 postów"),
 "1684 author block differs": sub(1684, "214 postów", "215 postów", count=1),
 "1684 date order": sub(1684, "Napisano 14 marca 2025", "Napisano 11 marca 2025"),
 "1684 Polish month": sub(1684, "Napisano 15 marca 2025", "Napisano 15 march 2025"),
 "1684 quote of a later post": sub(1684, "Dnia 13.03.2025 o 08:05, pixel_pl napisał:", "Dnia 13.03.2025 o 08:05, Stary_Grafik napisał:"),
 "1684 edit by another": sub(1684, "Edytowane 13 marca 2025 przez MagdaW", "Edytowane 13 marca 2025 przez Stary_Grafik"),
 "1684 Cytuj missing": sub(1684, "FLUX to osobny temat, ale zasady te same.\n\nCytuj\n", "FLUX to osobny temat, ale zasady te same.\n\n"),
 "1684 footer": sub(1684, "Powered by Invision Community", "Powered by phpBB"),
 # 1685 Selzy
 "1685 lang": sub(1685, '<html lang="pt-BR">', '<html lang="pt">'),
 "1685 tag unbalanced": sub(1685, "</h1>", "</h2>"),
 "1685 bare ampersand": sub(1685, "Loshchilov &amp; Hutter", "Loshchilov & Hutter"),
 "1685 http link": sub(1685, "https://nam.example.br/privacidade", "http://nam.example.br/privacidade"),
 "1685 issue mismatch": sub(1685, ">N.º 23 &middot;", ">N.º 24 &middot;"),
 "1685 weekday": sub(1685, "quinta-feira, 15 de maio de 2025", "sexta-feira, 15 de maio de 2025"),
 "1685 campaign ids differ": sub(1685, "unsubscribe/?campaign_id=64218837", "unsubscribe/?campaign_id=64218838"),
 "1685 unsubscribe lost": sub(1685, r'<p style="margin:0 0 12px 0;"><a href="https://selzy\.com/pt-br/v5/unsubscribe/[^"]+"[^>]*>Cancelar inscrição</a></p>\n', "", regex=True),
 "1685 LGPD": sub(1685, "(LGPD)", ""),
 "1685 badge": sub(1685, ">Enviado com Selzy</a>", ">Enviado por e-mail</a>"),
 "1685 link lost": sub(1685, 'href="https://arxiv.org/abs/2012.07177"', 'href="https://nam.example.br/copy-paste"'),
 # 1686 blog.pravda.sk
 "1686 portal bar": sub(1686, "Pravda.sk\nSprávy", "Pravda\nSprávy"),
 "1686 post date": sub(1686, "22.03.2025 07:40", "22. 3. 2025"),
 "1686 comment count": sub(1686, "Diskusia (5)", "Diskusia (6)"),
 "1686 comment order": sub(1686, "23. 3. 2025 8:30", "22. 3. 2025 8:30"),
 "1686 Odpovedať missing": sub(1686, "Pekný víkend.\nOdpovedať\n", "Pekný víkend.\n"),
 "1686 comment form": sub(1686, "Pridať komentár\n", ""),
 "1686 footer year": sub(1686, "© 2025 OUR MEDIA", "© 2024 OUR MEDIA"),
 "1686 other posts": sub(1686, "Ďalšie články autora\nPrvá jarná", "Ďalšie články autora\nZimné ošetrenie\nPrvá jarná"),
 "1686 paper title in the negative": sub(1686, "viac sa učím v teréne", "viac sa učím v teréne (a z Attention Is All You Need)"),
 "1686 arXiv id in the negative": sub(1686, "od roku 2009", "od roku 2009.12345"),
 # labels
 "title-only paper gets a link in 1677": sub(1677, "He, P. mfl. (2021): DeBERTa: Decoding-enhanced BERT with Disentangled Attention. ICLR 2021.", "He, P. mfl. (2021): DeBERTa: Decoding-enhanced BERT with Disentangled Attention. https://arxiv.org/abs/2006.03654"),
 "unlabelled catalogue id in 1683": sub(1683, "отдельным докладом", "отдельным докладом https://arxiv.org/abs/2006.11239"),
 "other file's title in 1685": sub(1685, "Olá, pessoal!", "Olá, pessoal! Leiam QLoRA: Efficient Finetuning of Quantized LLMs."),
 "labelled title lost in 1681": sub(1681, "title = {EigenGame: PCA as a Nash Equilibrium}", "title = {EigenGame}"),
 "unlabelled OpenReview id in 1678": sub(1678, "https://creativecommons.org/publicdomain/zero/1.0/deed.de", "https://openreview.net/forum?id=rkgNKkHtvB"),
 "distractor title in 1680": sub(1680, "PyTorch Image Models (timm)", "Rethinking ImageNet Pre-training"),
 "OpenReview link cut in 1678": sub(1678, "forum?id=QtTKTdVrFBB", "forum?id=QtTKT"),
 "OpenReview record also has an arXiv link in 1679": qpbody("https://openreview.net/forum?id=VTF8yNQM66", "https://openreview.net/forum?id=VTF8yNQM66 https://arxiv.org/abs/2310.06770"),
 "arxiv-text gets a link in 1680": sub(1680, "arXiv\n     preprint arXiv:2106.04560", "https://arxiv.org/abs/2106.04560"),
 "unknown valid-shaped id in 1686 comments": sub(1686, "Krásne fotky!", "Krásne fotky! 2405.01234"),
 "unknown valid-shaped id in 1684": sub(1684, "Temat do zamknięcia", "Zobacz też 2405.01234. Temat do zamknięcia"),
 "label in the negative": exp_edit(lambda e: e[D[1686]].append(dict(e[D[1685]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[1680]][4].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[1677]][0].update(title="Attention Is All You Need!")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[1683]][1].update(true_arxiv_id="2309.06181", arxiv_id="2309.06181")),
 "paper in two files": exp_edit(lambda e: e[D[1678]].append(dict(e[D[1677]][0]))),
 "odd-position paper": exp_edit(lambda e: e[D[1684]].append({"arxiv_id": None, "openreview_id": None, "title": "DiffWave: A Versatile Diffusion Model for Audio Synthesis", "evidence": "title-only", "true_arxiv_id": "2009.09761"})),
 "too few papers": exp_edit(lambda e: [e[D[1682]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[1683]] if r["evidence"] == "title-only" and r["true_arxiv_id"]]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[1681])),
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
