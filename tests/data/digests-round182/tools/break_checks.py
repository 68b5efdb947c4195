#!/usr/bin/env python3
"""Breaks a scratch copy of round182 (/tmp/r182/scratch/break, deleted afterwards) one case at a time and checks that
validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's ERROR
lines. (round180's harness with round182's cases; 1839 is a CR LF mail whose body is UTF-8 quoted-printable: the body
is edited decoded and encoded again as the builder does; 1841 has CR LF.)"""
import json, os, quopri, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/r182/scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1837, 1847)}


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
    """edit 1839's body decoded (LF view) and encode it again as the builder does"""
    def fn(root):
        p = os.path.join(root, "digests", D[1839])
        s = open(p, "rb").read().decode("ascii")
        head, _, body = s.partition("\r\n\r\n")
        t = quopri.decodestring(body.replace("\r\n", "\n").encode("ascii")).decode("utf-8")
        assert old in t, old
        t = t.replace(old, new, 1)
        body = quopri.encodestring(t.encode("utf-8")).decode("ascii").replace("\n", "\r\n")
        open(p, "wb").write((head + "\r\n\r\n" + body).encode("ascii"))
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


CASES = {
 # 1837 Óbudai Egyetem tantárgyi adatlap
 "1837 head": sub(1837, "Óbudai Egyetem\n", "ÓE\n"),
 "1837 title twice": sub(1837, "Célkitűzés\n", "TANTÁRGYI ADATLAP ÉS TANTÁRGYKÖVETELMÉNYEK\nCélkitűzés\n"),
 "1837 tanév years": sub(1837, "2025/26. tanév", "2025/27. tanév"),
 "1837 field missing": sub(1837, "Számonkérés módja: évközi jegy\n", ""),
 "1837 field order": sub(1837, "Tantárgy neve: Neurális hálózatok alapjai\nTantárgy kódja: NIXNHAMMNE\n", "Tantárgy kódja: NIXNHAMMNE\nTantárgy neve: Neurális hálózatok alapjai\n"),
 "1837 code format": sub(1837, "Tantárgy kódja: NIXNHAMMNE", "Tantárgy kódja: NIX-NH-1"),
 "1837 prerequisite": sub(1837, "Előtanulmányi feltételek: NIXVSMMNE ", "Előtanulmányi feltételek: "),
 "1837 credits": sub(1837, "Kreditérték: 5", "Kreditérték: öt"),
 "1837 hours total": sub(1837, "(összesen: 56 óra", "(összesen: 60 óra"),
 "1837 section missing": sub(1837, "\nÉrtékelés\n", "\nÉrtékelési szempontok\n"),
 "1837 not a Monday": sub(1837, "okt. 6.", "okt. 7."),
 "1837 week numbering": sub(1837, "\n9\tnov. 3.", "\n10\tnov. 3."),
 "1837 thirteen weeks": sub(1837, "14\tdec. 8.\tBeadandók bemutatása, pót-ZH\t—\n", ""),
 "1837 reading names nothing": sub(1837, "[7], [11]", "[7], [13]"),
 "1837 test with reading": sub(1837, "2. ZH (8–12. hét anyaga)\t—", "2. ZH (8–12. hét anyaga)\t[2]"),
 "1837 weights": sub(1837, "- Beadandó feladat: 40%", "- Beadandó feladat: 50%"),
 "1837 ZH week": sub(1837, "- 2. ZH: 30% (13. hét)", "- 2. ZH: 30% (12. hét)"),
 "1837 grade bands": sub(1837, "62–74%: közepes (3)", "63–74%: közepes (3)"),
 "1837 literature numbering": sub(1837, "[6] Pennington", "[7] Pennington"),
 "1837 literature heading": sub(1837, "Ajánlott irodalom:", "Ajánlott olvasmányok:"),
 "1837 signature date": sub(1837, "Budapest, 2025. augusztus 28.", "Budapest, 2025. szeptember 28."),
 "1837 title-only gets an id": sub(1837, "Neural Computation, 9 (1997) 8, 1735–1780.", "Neural Computation, 9 (1997) 8, 1735–1780. arXiv:1503.04069."),
 "1837 arxiv-text gets a link": sub(1837, "Preprint, arXiv:1410.5401, 2014.", "Preprint, https://arxiv.org/abs/1410.5401, 2014."),
 # 1838 gitlab.in2p3.fr README
 "1838 awesome badge": sub(1838, " [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)", ""),
 "1838 second project": sub(1838, "/-/commits/main)", "/-/commits/main) https://gitlab.in2p3.fr/autre/projet"),
 "1838 pipeline badge": sub(1838, "badges/main/pipeline.svg", "badges/master/pipeline.svg"),
 "1838 TOC after heading": sub(1838, "[[_TOC_]]\n\n## Opérateurs neuronaux et simulation", "## Opérateurs neuronaux et simulation\n\n[[_TOC_]]"),
 "1838 duplicate heading": sub(1838, "## Autres ressources", "## Passage à l'échelle"),
 "1838 licence not last": sub(1838, "## Licence\n", "## Licences\n"),
 "1838 update date": sub(1838, "Mis à jour le 3 juin 2025", "Mis à jour le 31 juin 2025"),
 "1838 table header": sub(1838, "| Article | Lieu |", "| Titre | Lieu |"),
 "1838 row of 4 cells": sub(1838, " | Nature | 2021", " | 2021"),
 "1838 year": sub(1838, "| ICLR | 2017 |", "| ICLR | 17 |"),
 "1838 code cell": sub(1838, "[alphafold](https://github.com/google-deepmind/alphafold)", "[AlphaFold2](https://github.com/google-deepmind/alphafold)"),
 "1838 note without dot": sub(1838, "le routage top-k bruité. |", "le routage top-k bruité |"),
 "1838 footnote undefined": sub(1838, "[^cc]: Le centre", "Le centre"),
 "1838 alert type": sub(1838, "> [!note]", "> [!remarque]"),
 "1838 details unbalanced": sub(1838, "</details>", ""),
 "1838 handle": sub(1838, "@pgarnier.", "@P.Garnier."),
 "1838 no merge request": sub(1838, "(voir !8 pour", "(voir la 8 pour"),
 "1838 unlabelled OpenReview id": sub(1838, "La version « pratique »", "Voir https://openreview.net/forum?id=xYz12AbCdE. La version « pratique »"),
 "1838 title-only gets an id": sub(1838, "— à discuter à la séance", "(arXiv:2206.14858) — à discuter à la séance"),
 "1838 OpenReview record gets an arXiv link": sub(1838, "avec le routage top-k bruité.", "avec le routage top-k bruité (https://arxiv.org/abs/1701.06538)."),
 # 1839 Register.it forward of a Feedrabbit digest
 "1839 LF line end": raw_bytes(1839, lambda b: b.replace(b"MIME-Version: 1.0\r\n", b"MIME-Version: 1.0\n", 1)),
 "1839 Date weekday": sub(1839, "Date: Tue, 11 Mar 2025", "Date: Wed, 11 Mar 2025"),
 "1839 Date zone": sub(1839, "16:42:19 +0100", "16:42:19 +0300"),
 "1839 header missing": sub(1839, "Message-ID: <2025", "X-Message-ID: <2025"),
 "1839 Message-ID host": sub(1839, "@webmail.register.it>", "@mail.example.it>"),
 "1839 not quoted-printable": sub(1839, "Content-Transfer-Encoding: quoted-printable", "Content-Transfer-Encoding: 8bit"),
 "1839 long QP line": raw_bytes(1839, lambda b: b.replace(b"=\r\n", b"", 1)),
 "1839 bare equals": raw_bytes(1839, lambda b: b.replace(b"=C3=A8", b"=Q3=A8", 1)),
 "1839 non-ASCII byte": raw_bytes(1839, lambda b: b.replace(b"Ciao Giulia", "Ciào Giulia".encode("utf-8"), 1)),
 "1839 forward weekday": qp("Data: martedì 11 marzo 2025", "Data: mercoledì 11 marzo 2025"),
 "1839 forward after mail": qp("Data: martedì 11 marzo 2025, 07:00", "Data: martedì 11 marzo 2025, 17:00"),
 "1839 subject differs": sub(1839, "Subject: Fwd: Feedrabbit: 6 new items", "Subject: Fwd: Feedrabbit: 7 new items"),
 "1839 Mittente": qp("Mittente: Feedrabbit <digest@feedrabbit.com>", "Mittente: Feedrabbit <news@feedrabbit.com>"),
 "1839 head count": qp("Your daily Feedrabbit digest: 6 new items", "Your daily Feedrabbit digest: 5 new items"),
 "1839 feed count": qp("arXiv cs.CL updates on arXiv.org (2 new items)", "arXiv cs.CL updates on arXiv.org (3 new items)"),
 "1839 item singular": qp("Lil'Log (1 new item)", "Lil'Log (1 new items)"),
 "1839 item without link": qp("https://lilianweng.github.io/posts/2023-06-23-agent/\n", ""),
 "1839 footer": qp("Manage your subscriptions:", "Manage subscriptions:"),
 "1839 other file's title": qp("A giovedì,", "Random Feature Attention. A giovedì,"),
 "1839 title-only gets a link": qp("che tutti citano", "https://arxiv.org/abs/2302.04761 che tutti citano"),
 "1839 OpenReview id changed": qp("forum?id=VTF8yNQM66", "forum?id=VTF8yNQM67"),
 # 1840 TU/e afstudeerverslag
 "1840 long line": sub(1840, "bedrijf geen optie.", "bedrijf geen optie, ook niet als we het budget van de komende drie jaar helemaal hieraan zouden besteden."),
 "1840 page number": sub(1840, "\n\n42\n", "\n\n43\n"),
 "1840 running head": sub(1840, "— versie 20 juni 2025\n\nLiteratuurlijst", "— versie 20 juni 2025 (concept)\n\nLiteratuurlijst"),
 "1840 version date": sub(1840, "— versie 20 juni 2025", "— versie 31 juni 2025"),
 "1840 section renamed": sub(1840, "\nLiteratuurlijst\n", "\nReferenties\n"),
 "1840 order": sub(1840, "GEIRHOS, Robert", "ABEL, Robert"),
 "1840 author form": sub(1840, "WIGHTMAN, Ross.", "Ross Wightman."),
 "1840 consulted date": sub(1840, "[geraadpleegd op 17 april 2025]", "[geraadpleegd op 31 april 2025]"),
 "1840 consulted after version": sub(1840, "[geraadpleegd op 17 april 2025]", "[geraadpleegd op 17 juli 2025]"),
 "1840 consulted missing": sub(1840, r" \[geraadpleegd op\s+4 maart 2025\]", "", regex=True),
 "1840 pages": sub(1840, "pp. 665–673", "pp. 673–665"),
 "1840 citation names nothing": sub(1840, "(Gulrajani en Lopez-Paz, 2021)", "(Gulrajani en Lopez-Paz, 2020)"),
 "1840 annex table": sub(1840, "ResNet-50\t25,6\t224\t94,1\t9,8", "ResNet-50\t25,6\t224\t94,1"),
 "1840 title-only gets an id": sub(1840, "(ICLR). 2020.", "(ICLR). 2020. arXiv:2004.11886."),
 "1840 labelled title lost": sub(1840, "Why Are Convolutional Nets More", "Why Are Convolutional Nts More"),
 # 1841 Rebus:list RIS
 "1841 BOM": raw_bytes(1841, lambda b: b"\xef\xbb\xbf" + b),
 "1841 LF line end": raw_bytes(1841, lambda b: b.replace(b"\r\n", b"\n", 1)),
 "1841 tag form": sub(1841, "PY  - 2018\r\n", "PY - 2018\r\n"),
 "1841 unknown type": sub(1841, "TY  - RPRT", "TY  - REPORT"),
 "1841 ER missing": sub(1841, "ER  - \r\n\r\nTY  - CONF", "\r\nTY  - CONF"),
 "1841 title twice": sub(1841, "PY  - 2019\r\n", "PY  - 2019\r\nTI  - Nog een teitl\r\n"),
 "1841 author form": sub(1841, "AU  - Howard, Jeremy", "AU  - Jeremy Howard"),
 "1841 pages": sub(1841, "SP  - 328", "SP  - 340"),
 "1841 no T2": sub(1841, "T2  - CoRR\r\nPY  - 2023", "PY  - 2023"),
 "1841 week order": sub(1841, "KW  - Wythnos 5", "KW  - Wythnos 2"),
 "1841 importance": sub(1841, "N1  - Pwysigrwydd: Argymhellir. Yr un", "N1  - Pwysig. Yr un"),
 "1841 arxiv-text gets a link": sub(1841, "Rhagargraffiad: arXiv:1911.02116.", "Rhagargraffiad: https://arxiv.org/abs/1911.02116"),
 "1841 distractor title": sub(1841, "Fideo; dewisol.", "Fideo; dewisol. Gweler hefyd Stay on topic with Classifier-Free Guidance."),
 # 1842 EspoCRM CSV
 "1842 BOM": raw_bytes(1842, lambda b: b"\xef\xbb\xbf" + b),
 "1842 CR LF": raw_bytes(1842, lambda b: b.replace(b"\n", b"\r\n", 1)),
 "1842 over-quoted": sub(1842, ",Completed,Normal,", ',"Completed",Normal,'),
 "1842 under-quoted": sub(1842, '"Огляд методів PEFT"', "Огляд методів PEFT"),
 "1842 header": sub(1842, "assignedUserName", "assignedUser"),
 "1842 id": sub(1842, "6804a33a5f19b2c84", "6804a33a5f19b2c8"),
 "1842 status": sub(1842, ",Started,High,", ",Active,High,"),
 "1842 priority": sub(1842, ",Urgent,", ",Critical,"),
 "1842 date": sub(1842, "2025-04-22 11:00:00", "2025-04-32 11:00:00"),
 "1842 start after end": sub(1842, '"2025-04-28 06:00:00"', '"2025-05-03 06:00:00"'),
 "1842 order": sub(1842, '"2025-05-19 09:00:00","2025-05-19 09:30:00"', '"2025-04-01 09:00:00","2025-04-01 09:30:00"'),
 "1842 parent renamed": sub(1842, '"ТОВ «Агроімпульс»"', '"ТОВ «Агроімпульс-2»"', nth=2),
 "1842 person": sub(1842, '"Ірина Шевчук"', "ірина"),
 "1842 title-only gets an id": sub(1842, "(адаптери)", "(адаптери, arXiv:1902.00751)"),
 # 1843 Skred
 "1843 first line": sub(1843, "[17/03/2025 21:04] Camille", "Skred\n[17/03/2025 21:04] Camille"),
 "1843 broken head": sub(1843, "[18/03/2025 08:49] Léa Fournier :", "[18/03/2025, 08:49] Léa Fournier :"),
 "1843 date": sub(1843, "[18/03/2025 12:15]", "[38/03/2025 12:15]"),
 "1843 order": sub(1843, "[18/03/2025 18:10]", "[18/03/2025 08:10]"),
 "1843 quote nobody": sub(1843, "En réponse à Léa Fournier", "En réponse à Yasmine Benali"),
 "1843 quote not said": sub(1843, "« Top. On relit aussi", "« Top. On relut aussi"),
 "1843 quote not first": sub(1843, "On peut faire une séance audio", "↪ En réponse à Hugo Lambert : « Pour »\nOn peut faire une séance audio"),
 "1843 sender": sub(1843, "] Hugo Lambert : Top.", "] hugo : Top."),
 "1843 empty message": sub(1843, "Léa Fournier : Le dépôt solo-learn a déjà la plupart de ces méthodes, pratique pour comparer", "Léa Fournier : "),
 "1843 OpenReview id changed": sub(1843, "id=-bdp_8Itjwp", "id=-bdp_8Itjwq"),
 "1843 arxiv-text gets a link": sub(1843, "(arXiv:2011.10566)", "(https://arxiv.org/abs/2011.10566)"),
 "1843 unlabelled arXiv id": sub(1843, "sur LibriSpeech ?", "sur LibriSpeech ? cf. 2310.01234"),
 # 1844 Ru.Board
 "1844 forum head": sub(1844, "Компьютерный форум Ru.Board\n", "Форум\n"),
 "1844 breadcrumb": sub(1844, "Ru.Board » Общие", "Ru.Board / Общие"),
 "1844 moderator": sub(1844, "Модерирует : Mefodiy", "Модератор: Mefodiy"),
 "1844 rank": sub(1844, "Full Member\n", "Senior Member\n"),
 "1844 action line": sub(1844, "Редактировать | Профиль | Сообщение | Цитировать | Сообщить модератору", "Редактировать | Профиль | Цитировать", nth=3),
 "1844 post date": sub(1844, "Отправлено: 13:27 04-03-2025", "Отправлено: 13:27 34-03-2025"),
 "1844 post order": sub(1844, "Отправлено: 11:40 06-03-2025", "Отправлено: 07:40 06-03-2025"),
 "1844 count not growing": sub(1844, "Всего записей: 4819", "Всего записей: 4810"),
 "1844 registration changed": sub(1844, "Всего записей: 214 | Зарегистр. 19-05-2015", "Всего записей: 214 | Зарегистр. 19-05-2016"),
 "1844 registered after posting": sub(1844, "Зарегистр. 08-09-2021 | Отправлено: 13:27", "Зарегистр. 08-09-2025 | Отправлено: 13:27"),
 "1844 quote not said": sub(1844, "Цитата:\nА как устроены текст-в-картинку?", "Цитата:\nА как устроены картинки?"),
 "1844 footer": sub(1844, "Страницы: 1\n", "Страницы: 1 2\n"),
 "1844 title-only gets a link": sub(1844, "почему жадный поиск даёт повторы.", "почему жадный поиск даёт повторы. https://arxiv.org/abs/1904.09751"),
 # 1845 Emblue
 "1845 lang": sub(1845, 'lang="es-AR"', 'lang="es"'),
 "1845 doctype": sub(1845, "<!DOCTYPE html>\n", ""),
 "1845 unbalanced": sub(1845, "</ul>", ""),
 "1845 bare ampersand": sub(1845, "¡Buena lectura!", "¡Buena lectura & hasta pronto!"),
 "1845 untracked link": sub(1845, 'href="https://clic.gaal.example.com.ar/c/a7f3c91e20/7?u=https%3A%2F%2Fkhipu.ai%2F&amp;s=58d2b04c7e19"', 'href="https://khipu.ai/"'),
 "1845 link number order": sub(1845, "/c/a7f3c91e20/3?", "/c/a7f3c91e20/30?"),
 "1845 second subscriber": sub(1845, "s=58d2b04c7e19\">docs.vllm.ai", "s=58d2b04c7e18\">docs.vllm.ai"),
 "1845 target not encoded": sub(1845, "u=https%3A%2F%2Fkhipu.ai%2F", "u=https://khipu.ai/"),
 "1845 pixel": sub(1845, "/o/a7f3c91e20.gif", "/o/a7f3c91e21.gif"),
 "1845 issue mismatch": sub(1845, "<title>Atención N° 9", "<title>Atención N° 10"),
 "1845 weekday": sub(1845, "Jueves 10 de abril de 2025", "Viernes 10 de abril de 2025"),
 "1845 footer": sub(1845, ">Desuscribirme</a>", ">Darme de baja</a>"),
 "1845 tracked arXiv id changed": sub(1845, "arxiv.org%2Fpdf%2F2302.10866", "arxiv.org%2Fpdf%2F2302.10867"),
 "1845 tracked OpenReview id changed": sub(1845, "id%3DQtTKTdVrFBB", "id%3DQtTKTdVrFBC"),
 # 1846 Blogger.de (negative)
 "1846 menu": sub(1846, "Startseite | Themen", "Start | Themen"),
 "1846 day heading weekday": sub(1846, "Sonntag, 16. März 2025\n", "Samstag, 16. März 2025\n"),
 "1846 byline": sub(1846, "von kellerkind um 21:14h", "von kellerkind um 21:14 Uhr"),
 "1846 comment count": sub(1846, "4 Kommentare", "5 Kommentare"),
 "1846 comment weekday": sub(1846, "Dienstag, 18. März 2025, 19:05", "Mittwoch, 18. März 2025, 19:05"),
 "1846 comment order": sub(1846, "Mittwoch, 19. März 2025, 07:30", "Montag, 17. März 2025, 07:30"),
 "1846 reply to nobody": sub(1846, "@bitbauer:", "@Heinz:"),
 "1846 form": sub(1846, "\nAbsenden\n", "\nSenden\n"),
 "1846 footer year": sub(1846, "© 2025 Kellerrechner", "© 2024 Kellerrechner"),
 "1846 paper title in the negative": sub(1846, "aber fummeliger.", "aber fummeliger (siehe LLaMA: Open and Efficient Foundation Language Models)."),
 "1846 arXiv id in the negative": sub(1846, "gebraucht für 40 Euro.", "gebraucht für 40 Euro (Bestellnr. 2403.01234)."),
 # labels
 "label in the negative": exp_edit(lambda e: e[D[1846]].append(dict(e[D[1845]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[1840]][5].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[1841]][0].update(title="GPT-3")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[1844]][0].update(true_arxiv_id="1406.2662", arxiv_id="1406.2662")),
 "paper in two files": exp_edit(lambda e: e[D[1838]].append(dict(e[D[1837]][0]))),
 "odd-position paper": exp_edit(lambda e: e[D[1838]].append({"arxiv_id": None, "openreview_id": None, "title": "Mamba: Linear-Time Sequence Modeling with Selective State Spaces", "evidence": "title-only", "true_arxiv_id": "2312.00752"})),
 "too few papers": exp_edit(lambda e: [e[D[1842]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[1843]] if r["evidence"] == "title-only" and r["true_arxiv_id"]]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[1839])),
 "openreview id of another paper": exp_edit(lambda e: e[D[1838]][0].update(openreview_id="VTF8yNQM66")),
 "not-on-arXiv paper given an id": exp_edit(lambda e: e[D[1837]][4].update(evidence="arxiv-text", arxiv_id="1501.00001", true_arxiv_id="1501.00001")),
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
