#!/usr/bin/env python3
"""1822: a CSV export of the task list («Zadania») of Firmao (the Polish CRM with projects and tasks), Polish:
Windows-1250 as Polish Excel expects, «;» as separator, CR LF between records, quoted only where needed, descriptions
with line breaks (LF) inside quoted cells, dates «rrrr-mm-dd gg:mm», statuses «Nowe» / «W realizacji» /
«Zakończone», priorities, the project and the client («Kontrahent»). An AI company (not named in the file) plans fine-tuning an
assistant for a cooperative bank; the company, the client, the people and the project are invented; bitsandbytes,
Axolotl, Bielik and PolEval appear as what they are. Computed: rows ordered by deadline (asserted), start not after
the deadline (asserted), a project always with the same client."""
import csv, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_encoded
from make_expected import by_num, keys
F = by_num(1822)
HEAD = ["Nazwa zadania", "Typ", "Status", "Priorytet", "Data rozpoczęcia", "Termin", "Projekt", "Osoba odpowiedzialna",
        "Kontrahent", "Opis"]
P1 = ("Asystent LLM dla doradców", "Tatrzański Bank Spółdzielczy")
P2 = ("Klasyfikacja reklamacji – PoC", "Spółdzielnia Mleczarska „Podhale”")
rows = [
    ("Spotkanie otwierające", "Spotkanie", "Zakończone", "Normalny", "2025-03-03 10:00", "2025-03-03 11:30", P1,
     "Katarzyna Wójcik", "Bank chce asystenta, który odpowiada po polsku na pytania o regulaminy. Wstępnie: dostrajanie "
     "otwartego modelu (Bielik lub podobny) zamiast API."),
    ("Przegląd literatury: metody PEFT", "Zadanie", "Zakończone", "Wysoki", "2025-03-04 09:00", "2025-03-07 16:00", P1,
     "Piotr Zieliński",
     f"Do przeczytania przed warsztatem:\n1. {T('1902.00751')} – https://arxiv.org/pdf/1902.00751.pdf\n"
     f"2. {T('2101.00190')} – arxiv.org/abs/2101.00190\n3. {T('2110.04366')} – https://arxiv.org/abs/2110.04366\n"
     f"Dla porównania: {T('2106.10199')} (strojenie samych biasów)."),
    ("Warsztat techniczny z zespołem IT banku", "Spotkanie", "Zakończone", "Normalny", "2025-03-11 13:00", "2025-03-11 15:00", P1,
     "Piotr Zieliński",
     f"Omówiliśmy kwantyzację 4-bitową: {T('2305.14314')} (https://arxiv.org/abs/2305.14314v1), biblioteka bitsandbytes.\n"
     f"Pytanie banku o adaptacyjny budżet rang: {T('2303.10512')} (arXiv 2303.10512) – sprawdzić, czy warto."),
    ("Wybór modelu bazowego", "Zadanie", "W realizacji", "Wysoki", "2025-03-12 09:00", "2025-03-14 17:00", P1,
     "Tomasz Lewandowski",
     f"Kandydaci: Bielik, modele z rodziny OPT jako punkt odniesienia ({T('2205.01068')}).\nLicencja musi pozwalać na "
     "użycie komercyjne."),
    ("Dane do klasyfikacji reklamacji", "Zadanie", "W realizacji", "Normalny", "2025-03-13 10:00", "2025-03-20 16:00", P2,
     "Agnieszka Kamińska", "Eksport 4 tys. zgłoszeń z systemu klienta; anonimizacja przed wysyłką. Porównać z zadaniem "
     "PolEval."),
    ("Konfiguracja treningu (Axolotl)", "Zadanie", "Nowe", "Normalny", "2025-03-17 09:00", "2025-03-21 17:00", P1,
     "Tomasz Lewandowski", "Przygotować konfigurację LoRA/QLoRA w Axolotl, 2× A100 w chmurze."),
    ("Zgodność z instrukcjami – plan oceny", "Zadanie", "Nowe", "Niski", "2025-03-18 09:00", "2025-03-28 16:00", P1,
     "Katarzyna Wójcik",
     f"Ocena odpowiedzi przez doradców banku, podobnie jak w {T('2203.02155')}.\nNa razie bez RLHF – tylko "
     "porównanie par odpowiedzi."),
    ("Telefon: harmonogram wdrożenia", "Telefon", "Nowe", "Normalny", "2025-03-31 11:00", "2025-03-31 11:30", P1,
     "Katarzyna Wójcik", ""),
]
assert [r[5] for r in rows] == sorted(r[5] for r in rows)
assert all(r[4] <= r[5] for r in rows)
o = io.StringIO()
w = csv.writer(o, delimiter=";", lineterminator="\r\n")
w.writerow(HEAD)
for r in rows:
    w.writerow(list(r[:6]) + [r[6][0], r[7], r[6][1], r[8]])
write_encoded(F, o.getvalue(), "cp1250", keys(F))
