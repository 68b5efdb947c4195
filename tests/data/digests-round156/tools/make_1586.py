#!/usr/bin/env python3
"""1586 (negative): a blogas.lt blog post with comments, copied from the browser, Lithuanian: a self-taught data
analyst's year in review with courses, books, software, data sets, channels, a meetup and dates, and no paper at all."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num
F = by_num(1586)


def isbn(d12):
    c = (10 - sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(d12)) % 10) % 10
    return f"{d12[:3]}-{d12[3]}-{d12[4:7]}-{d12[7:12]}-{c}"


comments = [
    ("Rūta K.", "2025 m. sausio 13 d. 08:41", "Labai naudinga, ačiū! Ar Google Data Analytics sertifikatas tikrai padėjo gauti darbą, ar labiau portfelis?"),
    ("tomas_vln", "2025 m. sausio 13 d. 12:05", f"Knyga „Storytelling with Data“ (ISBN {isbn('978111900225')}) – mano mėgstamiausia. Dar rekomenduočiau Alex The Analyst kanalą YouTube."),
    ("Mindaugas", "2025 m. sausio 14 d. 19:32", "Power BI ar Tableau? Mūsų įmonėje (logistika, Kaunas) visi sėdi ant Excel, bandau įkalbėti pereiti prie Power BI."),
    ("Rūta K.", "2025 m. sausio 15 d. 07:58", "@tomas_vln ačiū, užsisakiau knygą per Pegasą."),
    ("Eglė Petrauskienė", "2025 m. sausio 15 d. 21:17", "@Mindaugas pas mus Power BI, licencija 14 € per mėnesį vienam žmogui. O Vilniaus Data Science meetup'ai vyksta kas antrą ketvirtadienį, ateik!"),
]
post = "2025 m. sausio 12 d. 21:40"
out = ["blogas.lt", "Nemokami tinklaraščiai lietuviškai", "",
       "Pradžia | Populiariausi | Naujausi | Kategorijos | Prisijungti | Registruotis", "",
       "Skaičiai ir kava – Justės tinklaraštis", "",
       "Metai, kai tapau duomenų analitike (savamoksle)",
       f"Paskelbė juste_data, {post} | Kategorija: Karjera, Technologijos", "",
       "Prieš metus dirbau buhaltere Šiauliuose ir nusprendžiau persikvalifikuoti į duomenų analitiką. Štai kas man padėjo:",
       "",
       "• Kursai: Google Data Analytics Professional Certificate (Coursera, 8 kursai, baigiau 2024 m. gegužę), DataCamp „Data Analyst in SQL“ ir nemokami Kaggle Learn „Pandas“ bei „Data Visualization“.",
       "• Knygos: „Storytelling with Data“ (Cole Nussbaumer Knaflic) ir „Python for Data Analysis“ (Wes McKinney, 3-iasis leidimas).",
       "• Programos: Excel (Power Query!), Power BI Desktop, PostgreSQL 16, Python 3.12 su pandas 2.2 ir Jupyter, VS Code.",
       "• Duomenys: Lietuvos statistikos departamento atviri duomenys, Vilniaus viešojo transporto GTFS, Kaggle rinkiniai apie butų kainas.",
       "• Vaizdo įrašai: Alex The Analyst, StatQuest ir Luke Barousse kanalai YouTube.",
       "",
       "Rezultatas: nuo rugsėjo dirbu jaunesniąja duomenų analitike e. prekybos įmonėje Vilniuje. Portfelis – 4 projektai GitHub'e (juste-data/portfolio), Tableau Public profilyje 6 ataskaitos.",
       "2025 m. planas: išmokti dbt, pasiruošti Microsoft PL-300 egzaminui ir pagaliau suprasti statistiką, o ne tik ją kopijuoti iš Excel.",
       "",
       "Žymos: duomenų analitika, karjera, savamokslis, Power BI",
       "Peržiūros: 2 418 | Patinka: 57", "",
       f"Komentarai ({len(comments)})", ""]
for who, when, body in comments:
    out += [f"{who} rašo:", when, body, "Atsakyti", ""]
out += ["Parašykite komentarą", "Norėdami komentuoti, prisijunkite.", "",
        "© 2025 blogas.lt – Taisyklės | Privatumo politika | Kontaktai", ""]
write(F, "\n".join(out), negative=True)
