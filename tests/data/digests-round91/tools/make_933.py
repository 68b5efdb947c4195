#!/usr/bin/env python3
"""933: a MantisBT 2.25 "CSV Export" from "View Issues" of the project «Seminarium ZSI — lektury», the tracker a
Polish department's vision seminar (Zakład Systemów Inteligentnych) uses for its reading backlog: a UTF-8 BOM, CRLF
record ends, the columns the administrator set in `$g_csv_columns` (id, project, reporter, handler, priority,
severity, category, date submitted, last updated, summary, status, resolution, tags, the custom fields `Link` and
`arXiv`, description) with the Polish interface's titles, ids padded to seven digits, `Y-m-d` dates, the Polish
enumeration labels, fields quoted only when they hold a quote, the separator or a line break (MantisBT's
`csv_escape_string`), descriptions with the CRLF line breaks browsers submit, rows in the filter's order (last
updated first). The torchvision documentation, CS231n and the room booking are not papers."""
import csv, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, GLOROT, DBN, ALEXNET

F = by_num(933)
K = dict(resnet="1512.03385", effnet="1905.11946", dc="2006.05929", prelu="1502.01852", local="2103.13462")
HEAD = ["Id", "Projekt", "Zgłaszający", "Przypisany do", "Priorytet", "Ważność", "Kategoria", "Data zgłoszenia",
        "Zaktualizowano", "Podsumowanie", "Status", "Rozwiązanie", "Znaczniki", "Link", "arXiv", "Opis"]
P = "Seminarium ZSI — lektury"


def row(i, rep, hnd, prio, sev, cat, sub, upd, summary, status, res, tags, link, arxiv, desc):
    return [f"{i:07d}", P, rep, hnd, prio, sev, cat, sub, upd, summary, status, res, ", ".join(tags), link, arxiv,
            "\r\n".join(desc)]


ROWS = [
    row(44, "kzielinska", "", "normalny", "funkcja", "Lektura", "2024-03-04", "2024-03-05",
        T(K["local"]), "nowy", "otwarty", ["teoria", "optymalizacja"], "", "",
        ["Rozdział przeglądowy Tengyu Ma (arXiv:2103.13462) — dlaczego SGD znajduje dobre minima w problemach "
         "niewypukłych (macierzowe uzupełnianie, tensory, sieci).", "",
         "Propozycja na spotkanie teoretyczne w kwietniu; ktoś chętny do prezentacji?"]),
    row(43, "mwisniewski", "mwisniewski", "wysoki", "funkcja", "Lektura", "2024-02-26", "2024-03-04",
        T(K["dc"]), "przypisany", "otwarty", ["efektywność", "dane"], "https://arxiv.org/abs/2006.05929", "",
        ["Syntetyczny, bardzo mały zbiór uczący dobierany przez dopasowanie gradientów.",
         "Michał: \"wyniki na CIFAR-10 przy 10 obrazach na klasę wyglądają dobrze, ale koszt optymalizacji jest duży\"."]),
    row(42, "pnowak", "akowalska", "normalny", "funkcja", "Lektura", "2024-02-19", "2024-03-01",
        T(K["effnet"]), "potwierdzony", "otwarty", ["architektury", "skalowanie"], "https://arxiv.org/pdf/1905.11946.pdf", "",
        ["Skalowanie złożone: głębokość, szerokość i rozdzielczość razem, jednym współczynnikiem.",
         "Porównać z naszymi wynikami ResNet-50 na zbiorze z tomografii."]),
    row(41, "akowalska", "", "niski", "drobny", "Organizacja", "2024-02-19", "2024-02-28",
        "Rezerwacja sali 3.27 na semestr letni", "informacja zwrotna", "otwarty", [], "", "",
        ["Sekretariat pyta, czy wystarczy nam czwartek 14:15–15:45. Proszę o potwierdzenie do piątku."]),
    row(40, "pnowak", "pnowak", "normalny", "mniejszy", "Infrastruktura", "2024-02-12", "2024-02-27",
        "Skrypt do pobierania PDF-ów nie działa przez proxy wydziałowe", "rozwiązany", "poprawiony", ["skrypty"],
        "https://pytorch.org/vision/stable/models.html", "",
        ["Poprawione: zmienna HTTPS_PROXY w cronie. Link w polu to dokumentacja torchvision (wagi modeli), nie artykuł."]),
    row(39, "akowalska", "kzielinska", "normalny", "funkcja", "Lektura", "2024-01-29", "2024-02-22",
        T(K["prelu"]), "rozwiązany", "poprawiony", ["klasyka", "inicjalizacja"], "", "1502.01852",
        ["PReLU oraz inicjalizacja \"He\" (wariancja 2/n dla ReLU).", "",
         "Omówione 22.02 razem z artykułem Glorota i Bengio — warto czytać w tej kolejności."]),
    row(38, "akowalska", "kzielinska", "normalny", "funkcja", "Lektura", "2024-01-29", "2024-02-22",
        GLOROT, "zamknięty", "poprawiony", ["klasyka", "inicjalizacja"], "", "",
        ["Glorot & Bengio, AISTATS 2010. Skąd się bierze inicjalizacja Xaviera i dlaczego sigmoid nasyca się w "
         "głębokich sieciach."]),
    row(37, "mwisniewski", "pnowak", "normalny", "funkcja", "Lektura", "2024-01-15", "2024-02-08",
        T(K["resnet"]), "zamknięty", "poprawiony", ["klasyka", "architektury"], "https://arxiv.org/abs/1512.03385", "",
        ["Połączenia resztkowe. Piotr prezentował 8.02; slajdy w repozytorium seminarium.",
         "Pytanie z dyskusji: czy batch norm jest tu konieczny?"]),
    row(36, "akowalska", "mwisniewski", "niski", "funkcja", "Lektura", "2024-01-15", "2024-02-01",
        ALEXNET, "zamknięty", "poprawiony", ["klasyka", "architektury"], "", "",
        ["Krizhevsky, Sutskever, Hinton — NIPS 2012. PDF z proceedings NeurIPS (brak wersji na arXiv).",
         "Na spotkaniu: ReLU, dropout, dwa GPU — dużo z tego to dziś standard."]),
    row(35, "kzielinska", "", "niski", "funkcja", "Lektura", "2024-01-10", "2024-01-10",
        DBN, "nowy", "otwarty", ["klasyka", "historia"], "", "",
        ["Hinton, Osindero, Teh, Neural Computation 2006. Na spotkanie \"historyczne\", jeśli zostanie czas w semestrze."]),
    row(34, "pnowak", "", "brak", "drobny", "Organizacja", "2024-01-08", "2024-01-09",
        "Materiały CS231n do powtórki przed semestrem", "zamknięty", "nie wymaga zmian", ["kurs"],
        "https://cs231n.github.io/", "", ["Kurs, nie artykuł — tylko jako przypomnienie dla nowych osób."]),
]
assert [r[8] for r in ROWS] == sorted((r[8] for r in ROWS), reverse=True)
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n")
w.writerow(HEAD)
w.writerows(ROWS)
write_only(F, "\ufeff" + buf.getvalue(), keys(F))
