#!/usr/bin/env python3
"""287: a doctoral student's annual progress report written as a plain-text file in a text editor (Vim,
textwidth=72, `gq` on every paragraph), Bosnian with English paper titles. What such a file looks like: an
upper-case letterhead, a field block with values aligned at column 23 (long values continue under the value),
numbered section headings underlined with "=" and subsections with "-" (setext style, same length as the heading),
paragraphs hard-wrapped greedily at 72 columns, an ASCII table of the courses with their ECTS credits and a total,
an ASCII plan table with "xx" marks per quarter, numbered references "[n]" in IEEE style cited in order of first
citation (continuations indented four spaces, URLs never broken), a list of further reading "Title — Authors
(Venue Year)" and a signature block."""
import os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, OR, initials, write

W = 72


def wrap(text, first="", rest=""):
    return textwrap.wrap(text, width=W, initial_indent=first, subsequent_indent=rest, break_long_words=False,
                         break_on_hyphens=False)


def head(t, ch):
    return [t, ch * len(t), ""]


def para(t):
    return wrap(t) + [""]


def field(label, value):
    return wrap(value, f"{label + ':':<22}", " " * 22)


def ieee(key):
    a = [initials(x) for x in CAT[key]["authors"]]
    if len(a) > 6:
        return ", ".join(a[:3]) + " et al."
    return ", ".join(a[:-1]) + ", and " + a[-1] if len(a) > 2 else " and ".join(a)


# references in order of first citation (the body cites them in this order)
REFS = [
    ("1904.10509", f'{ieee("1904.10509")}, "{T("1904.10509")}," arXiv preprint, 2019. https://arxiv.org/abs/1904.10509'),
    ("2103.14636", f'{ieee("2103.14636")}, "{T("2103.14636")}," ACM Comput. Surv., vol. 55, no. 14s, 2023.'),
    ("1410.5401", f'{ieee("1410.5401")}, "{T("1410.5401")}," arXiv preprint, 2014.'),
    ("2002.09402", f'{ieee("2002.09402")}, "{T("2002.09402")}," 2021. [Online]. Available: https://openreview.net/forum?id={OR("2002.09402")}'),
    ("2105.06548", f'{ieee("2105.06548")}, "{T("2105.06548")}," in Proc. ICML, 2021. https://openreview.net/forum?id={OR("2105.06548")}'),
    ("2202.10447", f'{ieee("2202.10447")}, "{T("2202.10447")}," arXiv preprint arXiv:2202.10447, 2022.'),
    ("2302.10866", f'{ieee("2302.10866")}, "{T("2302.10866")}," in Proc. ICML, 2023, arXiv:2302.10866.'),
    ("2307.08621", f'{ieee("2307.08621")}, "{T("2307.08621")}," 2023. https://arxiv.org/pdf/2307.08621.pdf'),
    ("book", 'A. Zhang, Z. C. Lipton, M. Li, and A. J. Smola, Dive into Deep Learning. Cambridge University Press, 2023. https://d2l.ai'),
]
N = {k: i for i, (k, _) in enumerate(REFS, 1)}

out = ["UNIVERZITET U SARAJEVU", "ELEKTROTEHNIČKI FAKULTET SARAJEVO", "Doktorski studij: Računarstvo i informatika", "",
       "GODIŠNJI IZVJEŠTAJ O NAPRETKU DOKTORANDA", "(druga godina studija, akademska 2023/2024)", ""]
out += field("Doktorand", "Amina Hodžić, MA dipl. ing. el.")
out += field("Broj indeksa", "D-1187/22")
out += field("Mentor", "prof. dr. Edin Begović")
out += field("Komentor", "doc. dr. Lejla Mujkić")
out += field("Radni naslov teze", "Efikasno modeliranje dugog konteksta u jezičkim modelima za bosanski, hrvatski i srpski jezik")
out += field("Izvještajni period", "01.10.2023. – 30.09.2024. (12 mjeseci)")
out += field("Datum predaje", "14.10.2024.")
out += field("Status", "redovni student, asistent u nastavi (50%)")
out += [""]

out += head("1. Sažetak", "=")
out += para("U drugoj godini doktorskog studija završila sam preostale ispite (30 ECTS), napisala pregled literature "
            "o efikasnim mehanizmima pažnje i memorije za duge sekvence i postavila prve eksperimente na korpusu "
            "bosanskih novinskih tekstova (oko 410 miliona tokena). Rezultati su skromni, ali plan za treću godinu "
            "je jasan: usporedba rijetke pažnje, rekurentne memorije i modela bez pažnje na zadacima s kontekstom "
            "od 8k do 64k tokena, uz ograničen budžet od 6.000 GPU-sati na klasteru fakulteta.")

out += head("2. Položeni ispiti", "=")
courses = [("Napredne metode mašinskog učenja", 10, 10), ("Obrada prirodnog jezika", 10, 9),
           ("Metodologija naučnoistraživačkog rada", 5, 10), ("Paralelno programiranje na GPU", 5, 8)]
w1 = 44
line = "+----+" + "-" * (w1 + 2) + "+------+--------+"
out += [line, f"| #  | {'Predmet':<{w1}} | ECTS | Ocjena |", line]
for i, (c, e, g) in enumerate(courses, 1):
    out.append(f"| {i:<2} | {c:<{w1}} | {e:>4} | {g:>6} |")
out += [line, f"|    | {'Ukupno u ovoj godini':<{w1}} | {sum(e for _, e, _ in courses):>4} | {'':>6} |", line, ""]
out += para(f"Ukupno ECTS do sada: {60 + sum(e for _, e, _ in courses)} od 180 (prva godina: 60). Ljetna škola "
            "EEML 2024 (Novi Sad, 15.–20.07.2024.) priznata je kao izborna aktivnost; tamo sam predstavila poster "
            "o tokenizaciji za BHS jezike (https://www.eeml.eu/).")

out += head("3. Istraživački rad", "=")
out += head("3.1 Pregled literature", "-")
out += para(f"Pregled sam organizovala oko tri pravca. Prvi je rijetka pažnja: rad {T('1904.10509')} [{N['1904.10509']}] "
            "pokazuje da faktorizovani obrasci pažnje smanjuju složenost na O(n√n), a kasniji modeli poput "
            f"Longformera i BigBirda grade na istoj ideji (njih ne citiram posebno jer ih pokriva pregled [{N['2103.14636']}]). "
            f"Drugi pravac je eksplicitna memorija, od klasičnih Neural Turing Machines [{N['1410.5401']}] do "
            f"povratne memorije [{N['2002.09402']}] i pamćenja s rokom trajanja [{N['2105.06548']}], gdje model sam "
            "uči koje stanje smije zaboraviti.")
out += para(f"Treći pravac su arhitekture koje zamjenjuju pažnju ili je linearizuju: FLASH [{N['2202.10447']}], "
            f"Hyena [{N['2302.10866']}] i RetNet [{N['2307.08621']}]. Za sve tri sam reproducirala brojke "
            "perpleksnosti na WikiText-103 u okviru ±0,4 od objavljenih, osim za Hyenu, gdje mi nedostaje oko 1,1 "
            f"(vjerovatno zbog kraćeg treniranja). Kao okvir za cijelu oblast koristim pregled [{N['2103.14636']}] "
            f"i udžbenik [{N['book']}], poglavlje 11. Mentor je predložio i blog Lilian Weng "
            "(https://lilianweng.github.io/posts/2023-01-27-the-transformer-family-v2/), koji nije naučni rad, "
            "ali je koristan kao mapa.")
out += head("3.2 Eksperimenti", "-")
out += para("Eksperimenti su u repozitoriju https://github.com/etf-unsa-nlp/bhs-longctx (privatni do objave). "
            "Korpus BHS-News-24 (410M tokena, 1,2 miliona članaka iz perioda 2008–2023) očišćen je skriptom "
            "dedup_v3; skup za validaciju ima 2.048 dokumenata duljih od 16k tokena. Modeli imaju 125M "
            "parametara, kontekst 8.192, 20.000 koraka, batch 256. Potrošeno je 2.310 GPU-sati (A100 40GB) od "
            "odobrenih 3.000 za ovu godinu.")
out += para("Najbolji rezultat zasad daje model s rekurentnom memorijom (perpleksnost 14,8 naspram 16,3 za "
            "osnovni Transformer), ali je 1,7 puta sporiji pri treniranju. Modeli bez pažnje su najbrži, ali "
            "gube na zadatku pronalaženja činjenice udaljene 30k tokena (tačnost 41% naspram 77%).")

out += head("4. Dodatna literatura", "=")
out += para("Pročitano u izvještajnom periodu, a još necitirano u tekstu teze (bilješke u Zoteru, grupa "
            "\"bhs-longctx\"):")
for key, venue in (("2010.06891", "Findings of AACL-IJCNLP 2022"), ("2103.02143", "ICLR 2021"),
                   ("2004.11886", "ICLR 2020"), ("2005.00743", "ICML 2021")):
    a = CAT[key]["authors"]
    who = a[0].split()[-1] + (" i dr." if len(a) > 2 else " i " + a[1].split()[-1])
    out += wrap(f"- {T(key)} — {who} ({venue})", "", "  ")
out += [""]
out += para("Uz to, na sastanku laboratorije 07.03.2024. predstavila sam Funnel-Transformer: filtering out "
            "sequential redundancy for efficient language processing (Dai i dr., NeurIPS 2020), jer sažimanje "
            "skrivenih stanja po dužini sekvence direktno odgovara mom problemu; slajdovi su na Teams kanalu "
            "grupe.")

out += head("5. Plan za treću godinu", "=")
plan = [("A1 Usporedba memorije i rijetke pažnje (8k–64k)", (1, 2)), ("A2 Tokenizator za BHS, 64k vokabular", (1, 1)),
        ("A3 Rukopis za konferenciju (LREC-COLING/ACL)", (2, 3)), ("A4 Evaluacijski skup za duge dokumente", (3, 4)),
        ("A5 Prijava teme i javna odbrana plana", (4, 4))]
w2 = 48
sep = "-" * (w2 + 1) + "+----+----+----+----"
out += [f"{'Aktivnost':<{w2}} | K1 | K2 | K3 | K4", sep]
for name, (a, b) in plan:
    out.append(f"{name:<{w2}} |" + "|".join(" xx " if a <= q <= b else "    " for q in range(1, 5)).rstrip())
out += [""]
out += para("Rizik: GPU kvota za 2025. još nije odobrena; rezervni plan je manji model (60M) i kontekst do 32k.")

out += head("6. Publikacije i izlaganja", "=")
out += para("Nema objavljenih radova. Jedan rukopis je u pripremi (radni naslov ne navodim dok ne bude predat). "
            "Izlaganja: poster na EEML 2024; seminar grupe \"Duge sekvence bez suza\" (23.05.2024.); gostujuće "
            "predavanje za studente master studija (kolegij NLP, 2 sata).")

out += head("7. Reference", "=")
for i, (_, r) in enumerate(REFS, 1):
    out += wrap(r, f"[{i}] ", "    ")
out += [""]
out += ["Sarajevo, 14.10.2024.", "", "Doktorand: Amina Hodžić", "", "Mišljenje mentora: napredak je u skladu s planom.",
        "Mentor: prof. dr. Edin Begović", ""]
write("287_phd_annual_progress_report_plain_text_bosnian_efficient_long_context_lms.txt", "\n".join(out))
