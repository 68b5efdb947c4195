#!/usr/bin/env python3
"""1604: a thread of the BUG forum (forum.bug.hr, the Croatian computer magazine's forum) copied from the browser,
Croatian: site head, menu, breadcrumb, thread title with its starter line, page counter, eight posts with member
blocks (rank, «Registriran», «Postova»), post dates «dd.mm.yyyy. u HH:MM» and numbers, two quotes, thanks lines, the
post buttons, the quick-reply prompt and the footer. Nicknames and their counts are invented."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys
F = by_num(1604)
M = {  # nick: (rank, registered, posts)
    "pixel_kuna": ("Član", "14.02.2016.", "412"),
    "gradijent": ("Stalni član", "22.01.2012.", "3.958"),
    "Zagorec_dev": ("Član", "03.09.2019.", "287"),
    "tena_v": ("Stalni član", "30.10.2013.", "1.240"),
    "Šišmiš": ("Novi član", "07.06.2024.", "23"),
}
# (nick, date, time, quote (nick, text) or None, body, thanks)
posts = [
    ("Šišmiš", "09.03.2025.", "18:26", None,
     "Bok ekipa,\n\nza završni rad na FER-u trebam napraviti generator tekstura za igru (kamen, drvo, dalmatinski suhozid...). Mentor kaže da obavezno mora biti difuzijski model i da u uvodu moram objasniti kako radi, a ne samo \"pokrenuo sam Fooocus\".\n\nImam RTX 3060 s 12 GB. Koje radove moram pročitati da bih razumio osnove, a da ne potonem u matematiku?",
     "tena_v"),
    ("gradijent", "09.03.2025.", "19:02", None,
     f"Za uvod u rad ti trebaju dva korijena:\n\n- {T('1503.03585')} – odakle je sve krenulo (2015.)\n- {T('1907.05600')}, arXiv:1907.05600 – pogled preko score funkcije\n\nDDPM je između njih, njega citiraju svi pa ćeš ga ionako naći. Ne čitaj sve dokaze, dovoljni su uvodi i slike.",
     "Šišmiš, pixel_kuna, tena_v"),
    ("pixel_kuna", "09.03.2025.", "21:47", ("gradijent", "DDPM je između njih, njega citiraju svi pa ćeš ga ionako naći."),
     f"Plus jedan za ovo. I svakako dodaj brže uzorkovanje, s 12 GB nećeš htjeti tisuću koraka:\n{T('2010.02502')}\nhttps://arxiv.org/abs/2010.02502\n\nTo je onaj DDIM sampler iz padajućeg izbornika.",
     "Šišmiš"),
    ("Zagorec_dev", "10.03.2025.", "08:15", None,
     "Ako radiš teksture, pogledaj i kohya_ss za treniranje LoRA-e na vlastitim fotkama. Na Civitaiju ima gotovih LoRA-a za kamen, ali licence su upitne za komercijalnu igru.",
     ""),
    ("tena_v", "10.03.2025.", "12:40", None,
     f"Za poglavlje o kvaliteti slike:\n\n{T('2105.05233')}\nhttps://arxiv.org/abs/2105.05233v4\n\n{T('2207.12598')}\nhttps://arxiv.org/pdf/2207.12598.pdf\n\nDrugi objašnjava CFG scale koji ćeš stalno mijenjati. Kratak je, 8 stranica.",
     "Šišmiš, gradijent"),
    ("Šišmiš", "10.03.2025.", "20:09", ("tena_v", "Drugi objašnjava CFG scale koji ćeš stalno mijenjati."),
     "E to mi je trebalo, nisam uopće znao što taj broj radi. Treba li mi u uvodu i usporedba s GAN-ovima? Mentor ih spominje na svakom sastanku.",
     ""),
    ("gradijent", "10.03.2025.", "20:31", ("Šišmiš", "Treba li mi u uvodu i usporedba s GAN-ovima?"),
     f"Treba, jedan odlomak. Citiraj original, {T('1406.2661')}, Goodfellow i ekipa 2014. Za tekst-u-sliku spomeni DALL·E 2, puni naslov je {T('2204.06125')}. Blog Lilian Weng \"What are Diffusion Models?\" je odličan za razumijevanje, ali blog nemoj citirati kao izvor.",
     "Šišmiš, tena_v"),
    ("pixel_kuna", "11.03.2025.", "09:58", None,
     f"Ako stigneš, za 3D dio igre zanimljiv je {T('2303.11328')} (https://arxiv.org/abs/2303.11328) – novi pogledi objekta iz jedne slike. Za 3060 je pretežak, ali lijepo izgleda u poglavlju \"budući rad\" :)",
     "Šišmiš"),
]
out = ["BUG Online", "", "Vijesti   Recenzije   Forum   Video   Pretplata", "Prijava   Registracija", "",
       "Forum  »  Software  »  Programiranje", "",
       "Difuzijski modeli za završni rad – što čitati?", "",
       f"Započeo/la {posts[0][0]}, {posts[0][1]} u {posts[0][2]}",
       f"Stranica 1 od 1   ·   {len(posts)} postova   ·   1.208 pregleda", ""]
for i, (nick, d, t, q, body, thanks) in enumerate(posts, 1):
    rank, reg, n = M[nick]
    out += [nick, rank, f"Registriran: {reg}", f"Postova: {n}", "", f"{d} u {t}", f"#{i}", ""]
    if q:
        out += [f"Citat: {q[0]}", q[1], ""]
    out += body.split("\n") + [""]
    if thanks:
        names = thanks.split(", ")
        out += [f"Zahvale ({len(names)}): {thanks}", ""]
    out += ["Citiraj   Odgovori   Prijavi", ""]
out += ["Za odgovor na temu morate biti prijavljeni.", "",
        "Forum  »  Software  »  Programiranje", "",
        "Impressum   Uvjeti korištenja   Pravila foruma   Zaštita privatnosti   Kolačići",
        "© 1992-2025 BUG d.o.o. Sva prava pridržana."]
text = "\n".join(out) + "\n"
write_only(F, text, keys(F))
