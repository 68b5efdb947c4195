#!/usr/bin/env python3
"""1784: a question page of gyakorikerdesek.hu (the Hungarian question-and-answer site) selected in the browser and
copied as text, Hungarian: the site head and menu, the breadcrumb «Főoldal » Számítástechnika » Programozás», the
question title, «Figyelt kérdés», the question with its date «yyyy. hónap. d. HH:MM», the tags, the answers
«k/N anonim válasza:» with the share of readers who found them helpful («87%»), the text, the date and «Hasznos
számodra ez a válasz?», the asker's comments «k/N A kérdező kommentje:» (no share, no vote line), «Jelenleg N
felhasználó nézi ezt a kérdést.», «Kapcsolódó kérdések:» and the footer. The asker, the answers, the shares and the
dates are invented; the Hugging Face diffusers course, the fast.ai course, Stable Diffusion, Midjourney and PyTorch
appear as what they are, never labelled. Nicknames DDPM, DDIM, DALL-E 2, SD3, LSGM appear as nicknames; the labelled
papers are written in full."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys
F = by_num(1784)
HO = ["jan.", "febr.", "márc.", "ápr.", "máj.", "jún.", "júl.", "aug.", "szept.", "okt.", "nov.", "dec."]
D = dt.datetime


def hu(d):
    return f"{d.year}. {HO[d.month - 1]} {d.day}. {d:%H:%M}"


TITLE = "Diffúziós modellek: milyen cikkeket olvassak el, és milyen sorrendben?"
q_at = D(2025, 3, 10, 21, 47)
question = ("Programtervező informatikus BSc-s vagyok, a szakdolgozatomat képgenerálásból szeretném írni. PyTorch-ot "
            "használok, a neurális hálók alapjai megvannak, de a diffúziós modelleknél elveszek a képletekben. Melyik "
            "cikkekkel érdemes kezdeni, és milyen sorrendben? Angolul el tudom olvasni őket.")
# who ("anonim" or "A kérdező"), date, share or None, text
answers = [
    ("anonim", D(2025, 3, 10, 22, 31), 92,
     "Időrendben haladnék, úgy érthető, miből mi lett:\n"
     f"1. {T('1406.2661')} – https://arxiv.org/abs/1406.2661 – ez még nem diffúzió, csak hogy lásd, mit akartak leváltani.\n"
     f"2. {T('1503.03585')} – https://arxiv.org/pdf/1503.03585.pdf – az eredeti ötlet 2015-ből, nehéz, de megéri.\n"
     f"3. {T('1907.05600')} – https://arxiv.org/abs/1907.05600 – a score-alapú nézőpont.\n"
     "4. Utána a DDPM (Ho és társai, 2020), abból lett a mai forma."),
    ("A kérdező", D(2025, 3, 11, 7, 58), None, "Köszi! És a DDIM-et is el kell olvasni, vagy az csak gyorsítás?"),
    ("anonim", D(2025, 3, 11, 9, 12), 100,
     f"Igen, azt is: {T('2010.02502')}\nhttps://openreview.net/forum?id=St1giarCHLP\n"
     "Nem csak gyorsítás, determinisztikus mintavételezést is ad. Utána jöhet a "
     f"{T('2105.05233')} (arXiv:2105.05233), abból jön a classifier guidance."),
    ("anonim", D(2025, 3, 11, 12, 40), 67,
     f"A szöveg→kép részhez: {T('2204.06125')} (DALL-E 2) és {T('2403.03206')} (ez a Stable Diffusion 3 mögötti cikk). "
     f"Ha a látens tér érdekel: {T('2106.05931')} (LSGM)."),
    ("anonim", D(2025, 3, 11, 16, 5), 31,
     "Szerintem BSc szinten felesleges cikkeket olvasni. Nézd meg a Hugging Face diffusers kurzusát meg a fast.ai "
     "második részét, ott lépésről lépésre megírod az egészet. A Midjourney-t úgyse fogod utolérni."),
    ("A kérdező", D(2025, 3, 11, 20, 18), None, "Köszönöm mindenkinek! Elkezdem a 2015-össel, a kurzust meg mellé."),
]
N = len(answers)
L = ["Gyakori kérdések", "Kérdezz!", "Keresés", "Bejelentkezés", "Regisztráció", "",
     "Főoldal » Számítástechnika » Programozás", "", TITLE, "Figyelt kérdés", question, "", hu(q_at),
     "Kulcsszavak: diffúziós modell, mesterséges intelligencia, gépi tanulás, szakdolgozat", ""]
prev = q_at
for k, (who, d, share, text) in enumerate(answers, 1):
    assert d > prev; prev = d
    L.append(f"{k}/{N} {'anonim válasza' if who == 'anonim' else 'A kérdező kommentje'}:")
    if share is not None: L.append(f"{share}%")
    L += [text, hu(d)]
    if who == "anonim": L.append("Hasznos számodra ez a válasz?")
    L.append("")
L += ["Jelenleg 1 felhasználó nézi ezt a kérdést.", "", "Kapcsolódó kérdések:",
      "Hogyan működik a Stable Diffusion egyszerűen elmagyarázva?",
      "Milyen GPU kell a képgeneráló modellek tanításához?",
      "Lehet szakdolgozatot írni mesterséges intelligenciából BSc-n?", "",
      f"Minden jog fenntartva © {prev.year}, www.gyakorikerdesek.hu",
      "GYIK | Szabályzat | Jogi nyilatkozat | Adatvédelem | Cookie beállítások | WebMinute Kft. | Facebook | Kapcsolat: info(kukac)gyakorikerdesek.hu",
      "", "Ha kifogással szeretne élni valamely tartalommal kapcsolatban, kérjük jelezze e-mailes elérhetőségünkön!"]
write_only(F, "\n".join(L) + "\n", keys(F))
