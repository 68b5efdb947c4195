#!/usr/bin/env python3
"""1684: a thread of the Benchmark.pl forum (Invision Community) copied from the browser, Polish: the skip link and site
head, breadcrumb at the top and the bottom, the topic title with «Przez nick, date w Forum», «Obserwujący N», posts
with author blocks (rank, «N postów»), «Napisano d miesiąca yyyy», quotes «Dnia dd.mm.yyyy o HH:MM, nick napisał:»,
«Cytuj» under each post, an «Edytowane przez» note, the reply box for guests, the footer. The members, counts and
dates are invented; SDXL, FLUX, ComfyUI, Automatic1111 and the RTX cards appear as what they are, never labelled."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys
F = by_num(1684)
MO = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października",
      "listopada", "grudnia"]
USERS = {"kuba_rtx": ("Użytkownik", 214), "MagdaW": ("Użytkownik", 1033), "pixel_pl": ("Nowy użytkownik", 9),
         "Stary_Grafik": ("Moderator", 8815)}
CRUMB = ["Forum", "Oprogramowanie", "Grafika i multimedia"]
TITLE = "Stable Diffusion 3 vs SDXL – co warto przeczytać, żeby zrozumieć, jak to działa?"


def d(y, m, day):
    return f"{day} {MO[m - 1]} {y}"


posts = [
    ("kuba_rtx", (2025, 3, 12), None, f"""Cześć,
bawię się od kilku miesięcy w ComfyUI (RTX 3060 12 GB) i chciałbym w końcu zrozumieć, co siedzi pod maską, a nie tylko
przestawiać suwaki. Od czego zacząć? Po angielsku czytam bez problemu.""", None),
    ("MagdaW", (2025, 3, 12), None, f"""Od samego początku: {T('1503.03585')} (Sohl-Dickstein i in., 2015) – tam jest cała
idea procesu dyfuzji. Potem DDIM, czyli {T('2010.02502')}, bo to on dał szybkie próbkowanie.
A jak chcesz zrozumieć, czemu SD3 wygląda tak dobrze:
{T('2403.03206')}
https://arxiv.org/abs/2403.03206""", None),
    ("pixel_pl", (2025, 3, 13), ("12.03.2025", "21:40", "MagdaW", "Od samego początku:"),
     f"""A co z tym „CFG scale”, które wszyscy ustawiają na 7? Skąd to się wzięło?""", None),
    ("MagdaW", (2025, 3, 13), ("13.03.2025", "08:05", "pixel_pl", "A co z tym „CFG scale”"),
     f"""Z tej pracy: {T('2207.12598')} – https://arxiv.org/abs/2207.12598
Krótka i bardzo przystępna. Do tego {T('2105.05233')}
https://arxiv.org/pdf/2105.05233 – tam jeszcze guidance z klasyfikatorem.""", "13 marca 2025 przez MagdaW"),
    ("Stary_Grafik", (2025, 3, 14), None, f"""Dorzucę dwie rzeczy z boku: dyfuzja w przestrzeni ukrytej –
{T('2106.05931')}, arXiv:2106.05931 – oraz generowanie nowych widoków z jednego zdjęcia:
{T('2303.11328')}
https://arxiv.org/abs/2303.11328v1
Do opisywania obrazków (np. automatyczne podpisy do datasetu pod LoRA) przyda się BLIP-2: „{T('2301.12597')}”.
FLUX to osobny temat, ale zasady te same.""", None),
    ("kuba_rtx", (2025, 3, 15), None, """Dzięki wielkie, mam lekturę na cały weekend. Temat do zamknięcia z mojej strony.""", None),
]
L = ["Przejdź do zawartości", "Benchmark.pl", "Forum", "Szukaj", "Zaloguj się", "Zarejestruj się", "",
     "  ".join(CRUMB), "", TITLE, "", f"Przez kuba_rtx, {d(*posts[0][1])} w Grafika i multimedia", "",
     "Obserwujący 4", "", f"Odpowiedzi w temacie: {len(posts) - 1}", "", "Rekomendowane odpowiedzi", ""]


def posty(n):
    return "post" if n == 1 else "posty" if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14) else "postów"


for i, (u, day, q, body, ed) in enumerate(posts):
    rank, cnt = USERS[u]
    L += [u, rank, f"{cnt} {posty(cnt)}", f"Napisano {d(*day)}", ""]
    if q:
        L += [f"Dnia {q[0]} o {q[1]}, {q[2]} napisał:" if q[2] != "MagdaW" else f"Dnia {q[0]} o {q[1]}, {q[2]} napisała:",
              q[3] + " …", ""]
    L += body.split("\n") + [""]
    if ed:
        L += [f"Edytowane {ed}", ""]
    L += ["Cytuj", ""]
L += ["Dołącz do dyskusji", "",
      "Możesz dodać zawartość już teraz a zarejestrować się później. Jeśli posiadasz już konto, zaloguj się aby dodać "
      "zawartość za jego pomocą.", "", "  ".join(CRUMB), "", "Regulamin", "Polityka prywatności", "Kontakt", "",
      "© 2025 Benchmark.pl", "Powered by Invision Community"]
write_only(F, "\n".join(L) + "\n", keys(F))
