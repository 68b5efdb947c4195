#!/usr/bin/env python3
"""Breaks a scratch copy of round178 (/tmp/round178-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round174's harness with round178's cases; 1779 is a CR LF mail whose two MIME parts are base64 GB18030
text in CR LF form: a part is edited decoded and encoded again as the builder does; 1782 is UTF-8 with a BOM and CR LF.)"""
import base64, json, quopri, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/r178/scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1797, 1807)}
ENC = {}


def sub(n, old, new, count=1, regex=False, nth=1):
    """replace the nth occurrence of `old` (or the first `count` regex matches) in digest n, in its own charset"""
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = open(p, "rb").read().decode(ENC.get(n, "utf-8"))
        if regex:
            assert re.search(old, s, re.S), (n, old)
            s = re.sub(old, new, s, count=count, flags=re.S)
        else:
            assert s.count(old) >= nth, (n, old)
            at = -1
            for _ in range(nth): at = s.index(old, at + 1)
            s = s[:at] + new + s[at + len(old):]
        open(p, "wb").write(s.encode(ENC.get(n, "utf-8")))
    return fn


def raw_bytes(n, fn_b):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        open(p, "wb").write(fn_b(open(p, "rb").read()))
    return fn


def mime(old, new, parts=("plain",)):
    """edit 1799's text/plain and/or text/html part decoded (LF view) and encode it again as the builder does"""
    def fn(root):
        p = os.path.join(root, "digests", D[1799])
        s = open(p, "rb").read().decode("ascii")
        bd = re.search(r'boundary="([^"]+)"', s)[1]
        head, *chunks = s.split(f"--{bd}\r\n")
        last = chunks[-1].split(f"--{bd}--\r\n")
        chunks[-1] = last[0]
        out = []
        for which, ch in zip(("plain", "html"), chunks):
            ph, _, pb = ch.partition("\r\n\r\n")
            if which in parts:
                t = quopri.decodestring(pb[:-2].encode("ascii")).decode("utf-8").replace("\r\n", "\n")
                assert old in t, (which, old)
                t = t.replace(old, new, 1)
                pb = quopri.encodestring(t.encode("utf-8")).decode("ascii").replace("\n", "\r\n") + "\r\n"
            out.append(ph + "\r\n\r\n" + pb)
        s = head + "".join(f"--{bd}\r\n" + c for c in out) + f"--{bd}--\r\n" + last[1]
        open(p, "wb").write(s.encode("ascii"))
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


CASES = {
 # 1797 UPV/EHU course guide
 "1797 head": sub(1797, "UPV/EHU\nEuskal", "EHU\nEuskal"),
 "1797 field missing": sub(1797, "Maila\t4. maila\n", ""),
 "1797 field order": sub(1797, "Ikasturtea\t2024/25\nIkasgaia\t26299 - Hizkuntzaren Prozesamendua eta Sekuentzia-ereduak\n", "Ikasgaia\t26299 - Hizkuntzaren Prozesamendua eta Sekuentzia-ereduak\nIkasturtea\t2024/25\n"),
 "1797 year differs": sub(1797, "Ikasturtea\t2024/25", "Ikasturtea\t2023/24"),
 "1797 code differs": sub(1797, "Ikasgaiaren kodea\t26299", "Ikasgaiaren kodea\t26298"),
 "1797 ECTS vs hours": sub(1797, "Kreditu ECTS\t6", "Kreditu ECTS\t5"),
 "1797 outside hours": sub(1797, "Ikaslearen ikasgelaz kanpoko orduen kopurua\t45", "Ikaslearen ikasgelaz kanpoko orduen kopurua\t40"),
 "1797 section missing": sub(1797, "Aldizkariak\n", "Aldizkariak eta webguneak\n"),
 "1797 teacher row": sub(1797, "\tamaia.etxeberria@ehu.example.eus", ""),
 "1797 competence weights": sub(1797, "PyTorch erabiliz.\t40 %", "PyTorch erabiliz.\t45 %"),
 "1797 contents numbering": sub(1797, "3. Sare neuronal", "4. Sare neuronal"),
 "1797 assessment shares": sub(1797, "Azterketa idatzia (%): 40", "Azterketa idatzia (%): 50"),
 "1797 timetable hours": sub(1797, "Osteguna\t09:00-11:00", "Osteguna\t09:00-10:30"),
 "1797 timetable day": sub(1797, "1-15\tAsteartea", "1-15\tLarunbata"),
 "1797 last update": sub(1797, "Azken eguneratzea: 2024/07/15", "Azken eguneratzea: 2024/13/15"),
 # 1798 gitlab.uhasselt.be README
 "1798 awesome badge": sub(1798, "[![Awesome](https://awesome.re/badge.svg)](https://awesome.re)", ""),
 "1798 second project": sub(1798, "/badges/main/pipeline.svg)", "/badges/main/pipeline.svg) https://gitlab.uhasselt.be/other/proj"),
 "1798 pipeline badge": sub(1798, "badges/main/pipeline.svg", "badges/master/pipeline.svg"),
 "1798 TOC after heading": sub(1798, "[[_TOC_]]\n\n## Schaarse en lineaire aandacht", "## Schaarse en lineaire aandacht\n\n[[_TOC_]]"),
 "1798 duplicate heading": sub(1798, "## Kernels en systemen", "## Recurrentie en geheugen"),
 "1798 licence not last": sub(1798, "## Licentie\n", "## Licenties\n"),
 "1798 item without author": sub(1798, " — Dao (2023).", " (2023)."),
 "1798 item note without dot": sub(1798, "lees dit voor je RAG bouwt.", "lees dit voor je RAG bouwt"),
 "1798 code link path": sub(1798, "[Dao-AILab/flash-attention](https://github.com/Dao-AILab/flash-attention)", "[flash-attention](https://github.com/Dao-AILab/flash-attention)"),
 "1798 stray line": sub(1798, "## Kernels en systemen\n\n", "## Kernels en systemen\n\nZie ook de wiki.\n"),
 "1798 details unbalanced": sub(1798, "</details>", ""),
 "1798 handle": sub(1798, "@lmaes", "@LMaes_2"),
 # 1799 TTNET Mail forward
 "1799 LF line end": raw_bytes(1799, lambda b: b.replace(b"MIME-Version: 1.0\r\n", b"MIME-Version: 1.0\n", 1)),
 "1799 Date weekday": sub(1799, "Date: Wed, 12 Mar 2025", "Date: Thu, 12 Mar 2025"),
 "1799 Date zone": sub(1799, "09:14:37 +0300", "09:14:37 +0000"),
 "1799 header missing": sub(1799, "Message-ID: <20250312091437", "X-Message-ID: <20250312091437"),
 "1799 QP bad escape": sub(1799, "D=C3=BCn", "D=C3=ZZn"),
 "1799 QP long line": sub(1799, "D=C3=BCn listede konu=C5=9Fulanlar=C4=B1 iletiyorum; Per=C5=9Fembe oturumun=\r\nu", "D=C3=BCn listede konu=C5=9Fulanlar=C4=B1 iletiyorum; Per=C5=9Fembe oturumun u sen y=C3=B6neteceksin ve daha"),
 "1799 html part missing": sub(1799, "Content-Type: text/html; charset=utf-8", "Content-Type: text/enriched; charset=utf-8"),
 "1799 forward weekday": mime("12 Mart 2025 Çarşamba", "12 Mart 2025 Perşembe", parts=("plain",)),
 "1799 forward after mail": mime("12 Mart 2025 Çarşamba 00:00", "12 Mart 2025 Çarşamba 10:00", parts=("plain",)),
 "1799 subject differs": sub(1799, "Fwd:_ml-okuma_Digest,_Vol_7,_Issue_3", "Fwd:_ml-okuma_Digest,_Vol_7,_Issue_4"),
 "1799 topic sender": mime("(Emre Kaya)", "(Emre Kara)"),
 "1799 topic numbering": mime("   3. Değerlendirme", "   4. Değerlendirme"),
 "1799 message order": mime("Date: Tue, 11 Mar 2025 16:18:03 +0300", "Date: Tue, 11 Mar 2025 09:18:03 +0300"),
 "1799 end stars": mime("Issue 3\n****", "Issue 3\n*"),
 "1799 html links differ": mime('href="https://arxiv.org/abs/2305.16291v2"', 'href="https://arxiv.org/abs/2305.16291"', parts=("html",)),
 "1799 other file's title": mime("Katılıyorum.", "Katılıyorum. LoRA: Low-Rank Adaptation of Large Language Models"),
 # 1800 Tallinna Ülikool thesis
 "1800 long line": sub(1800, "tuvastamiseks. Klassikaline", "tuvastamiseks. Klassikaline konvolutsioonivõrk ja nii edasi ja nii edasi ja nii edasi ja nii edasi"),
 "1800 page number": sub(1800, "\n\n59\n", "\n\n61\n"),
 "1800 section order": sub(1800, "LISAD\n", "KOKKUVÕTE\n"),
 "1800 reference numbering": sub(1800, "[3] KASK", "[4] KASK"),
 "1800 order": sub(1800, "[9] ZHU, Xizhou", "[9] ABE, Xizhou"),
 "1800 no final dot": sub(1800, "Tallinna Ülikool, 2022.", "Tallinna Ülikool, 2022"),
 "1800 vaadatud missing": sub(1800, " [vaadatud 14.02.2025].", "."),
 "1800 vaadatud date": sub(1800, "[vaadatud 3.03.2025]", "[vaadatud 31.02.2025]"),
 "1800 et al. after two": sub(1800, "LIU, Zhuang, MAO, Hanzi, WU, Chao-Yuan et al.", "LIU, Zhuang, MAO, Hanzi et al."),
 "1800 ISBN": sub(1800, "978-9949-03-512-0", "978-9949-03-512-1"),
 "1800 citation missing": sub(1800, "robustsuse analüüs [1]", "robustsuse analüüs"),
 "1800 title-only gets a link": sub(1800, "Multiple Changes with Transformers. In: ICCV 2021.", "Multiple Changes with Transformers. https://arxiv.org/abs/2103.14146 In: ICCV 2021."),
 # 1801 Leitir RIS
 "1801 LF line": raw_bytes(1801, lambda b: b.replace(b"LA  - Enska\r\n", b"LA  - Enska\n", 1)),
 "1801 tag spacing": sub(1801, "PY  - 2020", "PY - 2020"),
 "1801 unknown tag": sub(1801, "VL  - 119", "ZZ  - 119"),
 "1801 ER missing": sub(1801, "DB  - Leitir.is\r\nER  - \r\n\r\nTY  - CPAPER", "DB  - Leitir.is\r\n\r\nTY  - CPAPER"),
 "1801 DB other": sub(1801, "DB  - Leitir.is", "DB  - Primo"),
 "1801 author form": sub(1801, "AU  - Chen, Ting", "AU  - Ting Chen"),
 "1801 pages": sub(1801, "EP  - 1607", "EP  - 1507"),
 "1801 LA": sub(1801, "LA  - Enska", "LA  - English"),
 "1801 ISBN": sub(1801, "SN  - 9789935231642", "SN  - 9789935231643"),
 "1801 repeated TI": sub(1801, "PY  - 2019", "TI  - Annar titill\r\nPY  - 2019"),
 "1801 arXiv id for title-only": sub(1801, "N1  - Kóði: DomainBed á GitHub.", "N1  - arXiv:2007.01434"),
 # 1802 Pipedrive CSV
 "1802 BOM": sub(1802, "Veikla - Tema", "\ufeffVeikla - Tema"),
 "1802 header": sub(1802, "Veikla - Pastaba", "Pastaba"),
 "1802 over-quoted": sub(1802, ",Susitikimas,", ',"Susitikimas",'),
 "1802 date": sub(1802, "2025-02-10", "2025-02-30"),
 "1802 duration": sub(1802, ",00:45,", ",0:45,"),
 "1802 type": sub(1802, ",Skambutis,", ",Skype,"),
 "1802 done": sub(1802, ",Neatlikta,Rūta", ",Ne,Rūta"),
 "1802 note html": sub(1802, "Pasiūlėme LoRA.</p>", "Pasiūlėme LoRA."),
 "1802 bare ampersand": sub(1802, "Hugging Face PEFT,", "Hugging Face PEFT & co,"),
 "1802 deal value": sub(1802, "12 500 EUR", "12500 EUR"),
 "1802 deal org": sub(1802, "48 000 EUR,UAB „Gintarinis bankas“,Tomas Petrauskas\nSutarties", "48 000 EUR,UAB „Kitas bankas“,Tomas Petrauskas\nSutarties"),
 "1802 order": sub(1802, "2025-02-28", "2025-02-01"),
 # 1803 VK Messenger
 "1803 blank lines": sub(1803, "\n\nДмитрий Волков 19:15", "\n\n\nДмитрий Волков 19:15"),
 "1803 date line": sub(1803, "8 апреля 2025", "8 апреля 2024"),
 "1803 head": sub(1803, "Мария Кузнецова 10:41", "Мария Кузнецова, 10:41"),
 "1803 time order": sub(1803, "Ольга Соколова 12:34", "Ольга Соколова 12:04"),
 "1803 reply to nobody": sub(1803, "В ответ на сообщение: Мария Кузнецова", "В ответ на сообщение: Игорь Лебедев"),
 "1803 forward date": sub(1803, "3 апреля 2025 в 22:14", "30 апреля 2025 в 22:14"),
 "1803 empty message": sub(1803, "Алексей Морозов 11:06\nПереслал из канала лаборатории, если что.", "Алексей Морозов 11:06"),
 "1803 OpenReview id changed": sub(1803, "id=YicbFdNTTy", "id=YicbFdNTTz"),
 # 1804 Softpedia
 "1804 site head": sub(1804, "Forum Softpedia\nCaută", "Softpedia\nCaută"),
 "1804 post numbering": sub(1804, "#3\n", "#4\n"),
 "1804 reply count": sub(1804, "4 răspunsuri", "5 răspunsuri"),
 "1804 date": sub(1804, "Postat 12 martie 2025 - 13:47", "Postat 12 marte 2025 - 13:47"),
 "1804 date order": sub(1804, "Postat 13 martie 2025 - 08:30", "Postat 12 martie 2025 - 08:30"),
 "1804 quote nobody": sub(1804, "citat(andrei_r @ 12 martie 2025 - 09:14)", "citat(andrei_r @ 11 martie 2025 - 09:14)"),
 "1804 Mesaje": sub(1804, "Mesaje: 8.731", "Mesaje: 8731 mesaje"),
 "1804 started by": sub(1804, "Început de andrei_r", "Început de ioana.m"),
 "1804 back link": sub(1804, "Înapoi la Inteligență artificială", "Înapoi la Programare"),
 "1804 Ora este": sub(1804, "Ora este: 14 martie 2025 - 07:12", "Ora este: 13 martie 2025 - 07:12"),
 # 1805 Maropost
 "1805 lang": sub(1805, 'lang="fr-CA"', 'lang="fr"'),
 "1805 unbalanced": sub(1805, "</ul></td></tr>", "</td></tr>"),
 "1805 bare ampersand": sub(1805, "Bonne lecture&nbsp;!", "Bonne lecture & bonne semaine !"),
 "1805 untracked link": sub(1805, '<a href="https://clic.iqcs.example.ca/ct/318547/99120463/2">', '<a href="https://iqcs.example.ca/web">'),
 "1805 link id order": sub(1805, "/ct/318547/99120463/3\"", "/ct/318547/99120463/30\""),
 "1805 second contact": sub(1805, "/ct/318547/99120463/4\"", "/ct/318547/99120464/4\""),
 "1805 pixel": sub(1805, "/op/318547/99120463/open.gif", "/op/318548/99120463/open.gif"),
 "1805 issue mismatch": sub(1805, "<title>Le Graphe – No 22", "<title>Le Graphe – No 23"),
 "1805 weekday": sub(1805, "jeudi 24 avril 2025", "mercredi 24 avril 2025"),
 "1805 footer": sub(1805, ">Se désabonner</a>", ">Désabonnement</a>"),
 "1805 FNO link tracked": sub(1805, 'href="https://arxiv.org/abs/2010.08895"', 'href="https://clic.iqcs.example.ca/ct/318547/99120463/99"'),
 # 1806 Satori (negative)
 "1806 site head": sub(1806, "Satori\nRaksti", "satori.lv\nRaksti"),
 "1806 breadcrumb": sub(1806, "Blogi » Lauku dzīve", "Lauku dzīve"),
 "1806 post date": sub(1806, "16.02.2025. 11:20", "16/02/2025 11:20"),
 "1806 comment count": sub(1806, "Komentāri (5)", "Komentāri (6)"),
 "1806 comment order": sub(1806, "17.02.2025. 08:12", "16.02.2025. 08:12"),
 "1806 reply to nobody": sub(1806, "Atbilde: Dace", "Atbilde: Anna"),
 "1806 Atbildēt missing": sub(1806, "nesanāks.\nAtbildēt\n", "nesanāks.\n"),
 "1806 share line": sub(1806, "Dalīties: Facebook | X | E-pasts", "Dalīties"),
 "1806 footer year": sub(1806, "© 2025 Satori", "© 2024 Satori"),
 "1806 paper title in the negative": sub(1806, "vienmērīgāko siltumu.", "vienmērīgāko siltumu. (Sk. Attention Is All You Need.)"),
 "1806 arXiv id in the negative": sub(1806, "par 25 m²", "par 25 m² (2502.01234)"),
 # labels
 "distractor title in 1805": sub(1805, "<p>Bonjour,</p>", "<p>Bonjour, voir Rethinking ImageNet Pre-training.</p>"),
 "labelled title lost in 1801": sub(1801, "TI  - Exploring Simple Siamese Representation Learning", "TI  - Exploring Siamese Representation Learning"),
 "title-only paper gets an id in 1804": sub(1804, "abordarea prin scor, NCSN;", "abordarea prin scor, NCSN (arXiv:1907.05600);"),
 "unlabelled arXiv id in 1798": sub(1798, "Vragen? Tag", "Zie ook 2310.01234. Vragen? Tag"),
 "arxiv-text gets a link in 1797": sub(1797, "ACL 2019, arXiv:1901.02860.", "ACL 2019, https://arxiv.org/abs/1901.02860."),
 "label in the negative": exp_edit(lambda e: e[D[1806]].append(dict(e[D[1805]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[1800]][4].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[1797]][1].update(title="BERT")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[1803]][0].update(true_arxiv_id="2005.14166", arxiv_id="2005.14166")),
 "paper in two files": exp_edit(lambda e: e[D[1798]].append(dict(e[D[1797]][0]))),
 "odd-position paper": exp_edit(lambda e: e[D[1805]].append({"arxiv_id": None, "openreview_id": None, "title": "Dataset Condensation with Gradient Matching", "evidence": "title-only", "true_arxiv_id": "2006.05929"})),
 "too few papers": exp_edit(lambda e: [e[D[1802]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[1804]] if r["evidence"] == "title-only" and r["true_arxiv_id"]]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[1801])),
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
shutil.rmtree(os.path.dirname(SCR), ignore_errors=True)
print(f"cases {len(CASES)} errors {total}" + (f"; NOT CAUGHT: {bad}" if bad else ""))
sys.exit(1 if bad else 0)
