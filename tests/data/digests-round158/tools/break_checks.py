#!/usr/bin/env python3
"""Breaks a scratch copy of round158 (/tmp/round158-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round156's harness with round158's cases; 1599 is CR LF quoted-printable ISO-8859-7: its body is edited
decoded and encoded again as the builder does; 1602 is CR LF.)"""
import base64, json, os, quopri, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round158-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1597, 1607)}


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
    """edit 1599's quoted-printable ISO-8859-7 body decoded and encode it again (as the builder does, CR LF)"""
    def fn(root):
        p = os.path.join(root, "digests", D[1599])
        s = open(p, "rb").read().decode("ascii")
        h, _, b = s.partition("\r\n\r\n")
        t = quopri.decodestring(b.replace("\r\n", "\n").encode("ascii")).decode("iso-8859-7")
        assert old in t, old
        t = t.replace(old, new, 1)
        e = quopri.encodestring(t.encode("iso-8859-7"), quotetabs=False).decode("ascii").replace("\n", "\r\n")
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
 # 1597 LUIS
 "1597 head lines": sub(1597, "LATVIJAS UNIVERSITĀTE\n", "UNIVERSITY OF LATVIA\n"),
 "1597 breadcrumb code": sub(1597, "Kursu katalogs / DatZ5127 /", "Kursu katalogs / DATZ5127 /"),
 "1597 heading code differs": sub(1597, "DatZ5127 Dabiskās", "DatZ5128 Dabiskās"),
 "1597 Kursa kods differs": sub(1597, "Kursa kods\nDatZ5127", "Kursa kods\nDatZ5172"),
 "1597 credits vs heading": sub(1597, "Kredītpunkti\n4\n", "Kredītpunkti\n3\n"),
 "1597 ECTS not 1.5 KP": sub(1597, "(4 KP / 6 ECTS)", "(4 KP / 5 ECTS)"),
 "1597 hours sum": sub(1597, "Kopējais auditoro stundu skaits\n64", "Kopējais auditoro stundu skaits\n48"),
 "1597 field order": sub(1597, "Zinātnes nozare\nDatorzinātne\n", "Nozare\nDatorzinātne\n"),
 "1597 row number": sub(1597, "\n7\t19.03.2025.", "\n8\t19.03.2025."),
 "1597 date not Wednesday": sub(1597, "\t26.03.2025.\t", "\t27.03.2025.\t"),
 "1597 bad date": sub(1597, "\t26.02.2025.\t", "\t30.02.2025.\t"),
 "1597 row cells": sub(1597, "\tN-grammu valodas modeļi\tL\t", "\tN-grammu valodas modeļi L\t"),
 "1597 session kind": sub(1597, "\tRekurentie tīkli, LSTM\tL\t", "\tRekurentie tīkli, LSTM\tS\t"),
 "1597 weekday in notes": sub(1597, "semestrī trešdienās 12:30", "semestrī ceturtdienās 12:30"),
 "1597 last session": sub(1597, "Pēdējā nodarbība: 21.05.2025.", "Pēdējā nodarbība: 28.05.2025."),
 "1597 footer": sub(1597, "© 2025 Latvijas Universitāte. LUIS\n", ""),
 # 1598 gitlab.inria.fr
 "1598 fence unbalanced": sub(1598, "cd awesome-vision-robuste\n```", "cd awesome-vision-robuste\n"),
 "1598 no badge": sub(1598, " [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)", ""),
 "1598 anchor wrong": sub(1598, "(#robustesse-et-généralisation)", "(#robustesse-et-generalisation)"),
 "1598 toc entry missing": sub(1598, "- [Licence](#licence)\n", ""),
 "1598 clone/cd mismatch": sub(1598, "cd awesome-vision-robuste", "cd awesome-vision"),
 "1598 clone host": sub(1598, "git clone https://gitlab.inria.fr/", "git clone https://gitlab.com/"),
 "1598 other project": sub(1598, "gitlab.inria.fr/ecume/awesome-vision-robuste/-/wikis", "gitlab.inria.fr/ecume/vision/-/wikis"),
 "1598 link item shape": sub(1598, "(https://arxiv.org/abs/2103.14586) —", "(arxiv.org/abs/2103.14586) —"),
 "1598 table row cells": sub(1598, "| torchvision | Python |", "| torchvision | Python | extra |"),
 # 1599 Otenet
 "1599 LF in headers": sub(1599, "MIME-Version: 1.0\r\n", "MIME-Version: 1.0\n"),
 "1599 non-ASCII byte": sub(1599, "X-Mailer: OTEnet WebMail", "X-Mailer: OTEnet WebMaíl"),
 "1599 Date weekday": sub(1599, "Date: Thu, 13 Mar 2025", "Date: Fri, 13 Mar 2025"),
 "1599 header missing": sub(1599, "Content-Transfer-Encoding: quoted-printable\r\n", ""),
 "1599 X-Mailer": sub(1599, "X-Mailer: OTEnet WebMail", "X-Mailer: Roundcube Webmail"),
 "1599 charset": sub(1599, "charset=ISO-8859-7", "charset=UTF-8"),
 "1599 QP line too long": sub(1599, r"=\r\n(=[0-9A-F]{2})", r"\1", regex=True),
 "1599 bad QP escape": sub(1599, r"\r\n\r\n=CA", "\r\n\r\n=ZZ", regex=True),
 "1599 subject not Q-word": sub(1599, r"Subject: =\?ISO-8859-7\?Q\?Fwd", "Subject: =?ISO-8859-7?B?Fwd", regex=True),
 "1599 subject not forward": sub(1599, "Subject: =?ISO-8859-7?Q?Fwd=3A_", "Subject: =?ISO-8859-7?Q?Re=3A_"),
 "1599 no forward block": qpbody("-------- Προωθημένο μήνυμα --------", "-------- Αρχικό μήνυμα --------"),
 "1599 toc numbering": qpbody("* 2 - Re:", "* 4 - Re:"),
 "1599 toc sender": qpbody("* 3 - Re: Πρόγραμμα εαρινού εξαμήνου - Γιώργος Αντωνίου", "* 3 - Re: Πρόγραμμα εαρινού εξαμήνου - Ελένη Κώστα"),
 "1599 digest message weekday": qpbody("Date: Wed, 12 Mar 2025 09:15:29", "Date: Thu, 12 Mar 2025 09:15:29"),
 "1599 digest message order": qpbody("Date: Mon, 10 Mar 2025 14:37:50", "Date: Mon, 10 Mar 2025 08:37:50"),
 "1599 end line": qpbody("End of nlp-anagnosi Digest", "End of nlp-anagnosi-old Digest"),
 "1599 asterisk line": qpbody("Digest\n*****", "Digest\n****"),
 "1599 forwarded weekday": qpbody("Ημερομηνία: Τετ, 12", "Ημερομηνία: Πεμ, 12"),
 "1599 forwarded after the mail": qpbody("Ημερομηνία: Τετ, 12 Μαρ 2025 23:59", "Ημερομηνία: Παρ, 14 Μαρ 2025 23:59"),
 "1599 Transformer-XL id lost": qpbody("      arXiv:1901.02860  (Γιώργος)", "      (Γιώργος)"),
 "1599 other title in the note": qpbody("Τα λέμε αύριο", "Διάβασε και το Attention Is All You Need. Τα λέμε αύριο"),
 # 1600 Dokuz Eylül
 "1600 page number": sub(1600, "\n72\n", "\n74\n"),
 "1600 heading twice": sub(1600, "\nKAYNAKLAR\n", "\nKAYNAKLAR\n\nKAYNAKLAR\n"),
 "1600 not alphabetical": sub(1600, "Akgül, M. ve Demir, S. (2019)", "Zeki, M. ve Demir, S. (2019)"),
 "1600 Erişim adresi without URL": sub(1600, "Erişim adresi: https://veri.example.edu.tr", "Erişim adresi: veri.example.edu.tr"),
 "1600 Erişim tarihi": sub(1600, "(Erişim tarihi: 03.03.2025)", "(Erişim tarihi: 33.03.2025)"),
 "1600 pages reversed": sub(1600, "ss. 2918–2927", "ss. 2927–2918"),
 "1600 citation without reference": sub(1600, "(Jiang vd., 2021)", "(Jiang vd., 2022)"),
 "1600 reference without year": sub(1600, "Holtzman, A., Buys, J., Du, L., Forbes, M. ve Choi, Y. (2020).", "Holtzman, A., Buys, J., Du, L., Forbes, M. ve Choi, Y. (t.y.)."),
 "1600 reference not cited": sub(1600, " (Wang vd., 2021) incelenmesi", " incelenmesi"),
 "1600 author list without ve": sub(1600, "Gulrajani, I. ve Lopez-Paz, D.", "Gulrajani, I., Lopez-Paz, D."),
 "1600 no final page number": sub(1600, r"\n\n73\n$", "\n", regex=True),
 # 1601 Fidus Writer
 "1601 braces unbalanced": sub(1601, "\tpages = {9650--9660},", "\tpages = {9650--9660,"),
 "1601 entry type": sub(1601, "@online{lecun2021dark,", "@blogpost{lecun2021dark,"),
 "1601 duplicate key": sub(1601, "@inproceedings{chen2021exploring,", "@inproceedings{chen2020simple,"),
 "1601 key order": sub(1601, "@book{goodfellow2016deep,", "@book{zgoodfellow2016deep,"),
 "1601 no date": sub(1601, "\tdate = {2016},\n", ""),
 "1601 BibTeX year": sub(1601, "\tdate = {2016},", "\tyear = {2016},"),
 "1601 key vs date": sub(1601, "\tdate = {2022},", "\tdate = {2023},"),
 "1601 pages reversed": sub(1601, "{15750--15758}", "{15758--15750}"),
 "1601 url http": sub(1601, "url = {https://github.com/lightly-ai", "url = {http://github.com/lightly-ai"),
 "1601 urldate": sub(1601, "urldate = {2025-02-20}", "urldate = {2025-02-30}"),
 "1601 isbn": sub(1601, "978-0-262-03561-3", "978-0-262-03561-4"),
 "1601 eprint without type": sub(1601, "\teprinttype = {arxiv},\n", ""),
 "1601 field line with spaces": sub(1601, "\tvolume = {119},", "  volume = {119},"),
 "1601 article without journaltitle": sub(1601, "\tjournaltitle = {Transactions on Machine Learning Research},\n", ""),
 # 1602 Instagantt
 "1602 BOM": sub(1602, '"ID","Name"', '\ufeff"ID","Name"'),
 "1602 header": sub(1602, '"Due Date"', '"End Date"'),
 "1602 unquoted field": sub(1602, '"4","Decoupled', '4,"Decoupled'),
 "1602 id gap": sub(1602, '\r\n"9","', '\r\n"10","'),
 "1602 start after due": sub(1602, '"2025-03-25","2025-03-31","0%","6"', '"2025-04-02","2025-03-31","0%","6"', count=1),
 "1602 milestone dates": sub(1602, '"2025-04-14","2025-04-14"', '"2025-04-14","2025-04-15"'),
 "1602 progress": sub(1602, '"80%"', '"180%"'),
 "1602 dependency on a later task": sub(1602, '"2025-03-11","2025-03-14","100%",""', '"2025-03-11","2025-03-14","100%","11"'),
 "1602 dependency not done": sub(1602, '"2025-03-11","2025-03-17","100%","2"', '"2025-03-09","2025-03-17","100%","2"'),
 "1602 LF record end": sub(1602, '"Zápis je na firemní wiki."\r\n', '"Zápis je na firemní wiki."\n'),
 # 1603 BwMessenger
 "1603 title line": sub(1603, "BwMessenger – Chatverlauf (Export)", "Element – Chatverlauf (Export)"),
 "1603 members": sub(1603, "Mitglieder (5): Anna Schmitt (@a.schmitt:bwm.example.de), ", "Mitglieder (5): "),
 "1603 message count": sub(1603, "Nachrichten: 12", "Nachrichten: 13"),
 "1603 weekday": sub(1603, "--- Dienstag, 4. März 2025 ---", "--- Mittwoch, 4. März 2025 ---"),
 "1603 month": sub(1603, "--- Montag, 3. März 2025 ---", "--- Montag, 3. Maerz 2025 ---"),
 "1603 time order": sub(1603, "[10:34] Lukas Berger", "[10:04] Lukas Berger"),
 "1603 period": sub(1603, "Zeitraum: 03.03.2025 – 07.03.2025", "Zeitraum: 03.03.2025 – 08.03.2025"),
 "1603 export before last": sub(1603, "Exportiert am: 07.03.2025, 16:48", "Exportiert am: 07.03.2025, 12:48"),
 "1603 exporter not a member": sub(1603, "Exportiert von: Lukas Berger (@l.berger:", "Exportiert von: Lukas Berger (@lukas:"),
 "1603 reply to a stranger": sub(1603, "> <@j.hoffmann:bwm.example.de>", "> <@m.keller:bwm.example.de>"),
 "1603 reply quotes unwritten text": sub(1603, "> <@l.berger:bwm.example.de> Einwände bis Mittwoch?", "> <@l.berger:bwm.example.de> Einwände bis Freitag?"),
 "1603 end line": sub(1603, "--- Ende des Exports ---\n", ""),
 # 1604 BUG forum
 "1604 site": sub(1604, "BUG Online\n\nVijesti", "Bug\n\nVijesti"),
 "1604 starter": sub(1604, "Započeo/la Šišmiš,", "Započeo/la gradijent,"),
 "1604 post numbering": sub(1604, "\n#3\n", "\n#4\n"),
 "1604 post count": sub(1604, "   ·   8 postova", "   ·   9 postova"),
 "1604 post date order": sub(1604, "10.03.2025. u 20:31", "10.03.2025. u 20:01"),
 "1604 bad date": sub(1604, "11.03.2025. u 09:58", "31.02.2025. u 09:58"),
 "1604 member block": sub(1604, "Postova: 287", "Poruka: 287"),
 "1604 registration after post": sub(1604, "Registriran: 07.06.2024.", "Registriran: 07.06.2025.", count=0),
 "1604 member block differs": sub(1604, "Postova: 3.958", "Postova: 3.959", count=1),
 "1604 quote of a later poster": sub(1604, "Citat: gradijent", "Citat: tena_v"),
 "1604 thanks count": sub(1604, "Zahvale (3): Šišmiš, pixel_kuna, tena_v", "Zahvale (2): Šišmiš, pixel_kuna, tena_v"),
 "1604 buttons missing": sub(1604, "Zahvale (1): tena_v\n\nCitiraj   Odgovori   Prijavi\n", "Zahvale (1): tena_v\n\n"),
 "1604 footer": sub(1604, "© 1992-2025 BUG", "© 1992-2024 BUG"),
 "1604 breadcrumb": sub(1604, "\nForum  »  Software  »  Programiranje\n\nImpressum", "\nForum  »  Hardware\n\nImpressum"),
 # 1605 Redlink
 "1605 lang": sub(1605, '<html lang="pl">', '<html lang="en">'),
 "1605 tag unbalanced": sub(1605, "</h2>", "</h3>"),
 "1605 bare ampersand": sub(1605, "c=5521&amp;s=b7c1e04f9a2d\">Wypisz", "c=5521&s=b7c1e04f9a2d\">Wypisz"),
 "1605 http link": sub(1605, "https://www.otwartedane.example.pl/granty", "http://www.otwartedane.example.pl/granty"),
 "1605 issue mismatch": sub(1605, "<p>Nr 17 ·", "<p>Nr 18 ·"),
 "1605 month mismatch": sub(1605, "nr 17, marzec 2025</title>", "nr 17, kwiecień 2025</title>"),
 "1605 weekday": sub(1605, "czwartek, 27 marca 2025", "piątek, 27 marca 2025"),
 "1605 unsubscribe link lost": sub(1605, r'<a href="https://newsletter[^"]+/r/wypisz[^"]+">Wypisz się</a> \| ', "", regex=True),
 "1605 token differs": sub(1605, "preferencje?c=5521&amp;s=b7c1e04f9a2d", "preferencje?c=5521&amp;s=b7c1e04f9a2e"),
 "1605 credit": sub(1605, "Wiadomość wysłana za pomocą platformy Redlink.", "Wiadomość wysłana."),
 # 1606 blogg.no
 "1606 site": sub(1606, "blogg.no\nNorges", "blogg\nNorges"),
 "1606 comment count": sub(1606, "Kommentarer (5)", "Kommentarer (6)"),
 "1606 comment order": sub(1606, "15. juli 2025 kl. 12:49", "14. juli 2025 kl. 12:49"),
 "1606 bad month": sub(1606, "15. juli 2025 kl. 08:17", "15. juily 2025 kl. 08:17"),
 "1606 @name": sub(1606, "@Sunniva B.", "@Kari"),
 "1606 reply button": sub(1606, "direkte?\nSvar", "direkte?\n"),
 "1606 ISBN": sub(1606, "978-1-4493-7332-0", "978-1-4493-7332-1"),
 "1606 paper title in the negative": sub(1606, "for statistikk,", "for statistikk, og Attention Is All You Need,"),
 "1606 arXiv id in the negative": sub(1606, "265 kr timen.", "265 kr timen (2106.09685)."),
 "1606 footer": sub(1606, "© 2025 blogg.no – Vilkår | Personvern | Informasjonskapsler | Kontakt oss\n", ""),
 # labels
 "title-only paper gets a link in 1598": sub(1598, "**Shortcut Learning in Deep Neural Networks**", "[Shortcut Learning in Deep Neural Networks](https://arxiv.org/abs/2004.07780)"),
 "title-only paper gets an id in 1601": sub(1601, "\tpages = {9351--9359},", "\tpages = {9351--9359},\n\teprinttype = {arxiv},\n\teprint = {2101.01761},"),
 "arxiv-text id lost in 1603": sub(1603, " – arXiv:2203.02155", ""),
 "unlabelled catalogue id in 1604": sub(1604, "nemoj citirati kao izvor.", "nemoj citirati kao izvor. https://arxiv.org/abs/2006.11239"),
 "other file's title in 1602": sub(1602, "Výsledky do tabulky v Confluence.", "Výsledky do tabulky v Confluence. Viz Random Feature Attention."),
 "labelled title lost in 1597": sub(1597, "Pennington u.c. GloVe: Global Vectors for Word Representation", "Pennington u.c. GloVe"),
 "unlabelled OpenReview id in 1605": sub(1605, "https://www.otwartedane.example.pl/granty", "https://openreview.net/forum?id=rkgNKkHtvB"),
 "distractor title in 1600": sub(1600, "Ege Kitap Yayınevi.", "Ege Kitap Yayınevi. Ayrıca bkz. Efficient Transformers: A Survey."),
 "link lost in 1605": sub(1605, 'href="https://arxiv.org/abs/2206.14858"', 'href="https://github.com/google-research/minerva"'),
 "OpenReview link cut in 1598": sub(1598, "forum?id=YicbFdNTTy", "forum?id=YicbFd"),
 "arxiv-text gets a link in 1602": sub(1602, "AdamW, arXiv:1711.05101.", "AdamW, https://arxiv.org/abs/1711.05101."),
 "unknown valid-shaped id in 1603": sub(1603, "/Lesekreis/2025-03", "/Lesekreis/2405.01234"),
 "OpenReview record also has an arXiv link in 1602": sub(1602, "(ICLR 2022)", "(ICLR 2022; https://arxiv.org/abs/2110.04366)"),
 "title-only id inside QP in 1599": qpbody("Hyena Hierarchy: Towards Larger Convolutional Language Models, αν", "Hyena Hierarchy: Towards Larger Convolutional Language Models (arXiv:2302.10866), αν"),
 "label in the negative": exp_edit(lambda e: e[D[1606]].append(dict(e[D[1605]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[1600]][3].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[1597]][1].update(title="Attention Is All You Need!")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[1604]][1].update(true_arxiv_id="2105.05234", arxiv_id="2105.05234")),
 "paper in two files": exp_edit(lambda e: e[D[1598]].append(dict(e[D[1597]][0]))),
 "odd-position paper": exp_edit(lambda e: e[D[1599]].append({"arxiv_id": None, "openreview_id": None, "title": "Reformer: The Efficient Transformer", "evidence": "title-only", "true_arxiv_id": "2001.04451"})),
 "too few papers": exp_edit(lambda e: [e[D[1603]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[1605]] if r["evidence"] == "title-only" and r["true_arxiv_id"]]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[1602])),
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
