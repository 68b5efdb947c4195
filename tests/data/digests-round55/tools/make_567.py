#!/usr/bin/env python3
"""567: a Gopher menu (RFC 1436) as a Gophernicus 3.1.1 server sends it for a phlog post directory, saved raw with
`curl gopher://gopher.kret.example/1/phlog/2024-03-dlugie-sekwencje/ > menu.txt`: CRLF lines "type display TAB
selector TAB host TAB port", info lines (i) with an empty selector and null.host, h items with URL: selectors,
the server's footer and the terminating "." line. Polish phlog entry about long-sequence models."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, OR, write_raw
from make_expected import F567 as NAME, keys

KEYS = keys(NAME)
H, P = "gopher.kret.example", 70
rows = []


def i(text=""):
    rows.append(("i", text, "", "null.host", 1))


def item(t, text, sel, host=H, port=P):
    rows.append((t, text, sel, host, port))


def h(text, url):
    rows.append(("h", text, "URL:" + url, H, P))


def wrap(text, width=67, indent=""):
    out, line = [], ""
    for w in text.split():
        if line and len(line) + 1 + len(w) > width:
            out.append(line); line = indent + w
        else:
            line = (line + " " + w) if line else indent + w
    if line: out.append(line)
    return out


for l in [" _                _         _     _             ",
          "| | ___ __ ___  _| |_   ___| |__ | | ___   __ _ ",
          "| |/ / '__/ _ \\|_  _| | '_ \\ '_ \\| |/ _ \\ / _` |",
          "|   <| | |  __/  | |  | |_) | | | | | (_) | (_| |",
          "|_|\\_\\_|  \\___|  |_|  | .__/|_| |_|_|\\___/ \\__, |",
          "                      |_|                  |___/ "]:
    i(l)
i()
item("1", "<< powrót do phloga", "/phlog/")
item("1", "<< strona główna", "/")
i()
i("=" * 67)
i("  Długie sekwencje, część 2: stany, jądra i rzadka uwaga")
i("  2024-03-11 (poniedziałek), kret")
i("=" * 67)
i()
for l in wrap("Obiecałem w poprzednim wpisie, że zbiorę w jednym miejscu to, co "
              "czytaliśmy na spotkaniach koła w Toruniu od stycznia. Oto lista, z "
              "krótkim komentarzem i linkami tam, gdzie mam coś lepszego niż sam "
              "tytuł. Kolejność mniej więcej chronologiczna, nie według ważności."):
    i(l)
i()
i("-- 1. Od HiPPO do S4 " + "-" * 46)
i()
i("Wszystko zaczyna się od pamięci wielomianowej. Artykuł:")
i()
i("  " + T("2008.07669"))
i("  " + au("2008.07669", 5, ""))
i("  NeurIPS 2020, arXiv:2008.07669")
i()
for l in wrap("Czytać razem z dodatkiem o rodzinie LegS - bez tego dalsza część "
              "nie ma sensu. Następny krok to S4, czyli ten sam pomysł, ale z "
              "dyskretyzacją i szybkim liczeniem jądra splotu:"):
    i(l)
i()
h(T("2111.00396"), "https://arxiv.org/abs/2111.00396")
i("  " + au("2111.00396", 3, "") + ", ICLR 2022")
i()
for l in wrap("Mamba to kolejny krok w tej linii: parametry SSM zależne od wejścia, "
              "skan zamiast splotu. Pełny tytuł: " + T("2312.00752") +
              " (Albert Gu, Tri Dao). Kod jest w repozytorium state-spaces/mamba, "
              "ale uwaga, kernele CUDA kompilują się długo."):
    i(l)
h("state-spaces/mamba (GitHub)", "https://github.com/state-spaces/mamba")
i()
i("-- 2. Uwaga, ale taniej " + "-" * 43)
i()
for l in wrap("Klasyka rzadkiej uwagi, od której zaczęliśmy w styczniu: "
              "\"" + T("1904.10509") + "\" - Child, Gray, Radford, Sutskever "
              "(raport OpenAI, 2019). Wzorce strided i fixed, do dziś cytowane."):
    i(l)
i()
for l in wrap("Potem Longformer - okno lokalne plus kilka tokenów globalnych, w "
              "praktyce najłatwiejszy do wdrożenia:"):
    i(l)
h(T("2004.05150"), "https://arxiv.org/pdf/2004.05150")
i()
for l in wrap("Projekcje niskiego rzędu kluczy i wartości (Wang i in., 2020): " +
              T("2006.04768") + ". Na krótkich tekstach działa, na długich "
              "dokumentach u nas wyraźnie gorzej niż Longformer."):
    i(l)
i()
i("-- 3. Jak to wszystko porównać " + "-" * 36)
i()
for l in wrap("Benchmark, na którym wszyscy się porównują (sześć zadań, od ListOps "
              "po Path-X). Wersja recenzowana na OpenReview, razem z dyskusją "
              "recenzentów, która jest ciekawsza niż sam artykuł:"):
    i(l)
h(T("2011.04006"), "https://openreview.net/forum?id=" + OR("2011.04006"))
i()
i("-- 4. Sprzęt ma znaczenie " + "-" * 41)
i()
for l in wrap("Na koniec coś zupełnie innego: dokładna uwaga, tylko policzona z "
              "głową (kafelki w SRAM, bez materializowania macierzy uwagi). "
              "Dao, Fu, Ermon, Rudra, Ré, NeurIPS 2022:"):
    i(l)
i()
for l in wrap(T("2205.14135"), 60, "  "):
    i("  " + l.strip() if not l.startswith("  ") else l)
i()
for l in wrap("Slajdy z mojego referatu o tym artykule (PDF, 2,3 MB) i notatki "
              "ze spotkania są poniżej. Nagrania nie ma, mikrofon odmówił "
              "współpracy."):
    i(l)
i()
item("9", "slajdy-kolo-2024-02-26.pdf", "/phlog/2024-03-dlugie-sekwencje/slajdy-kolo-2024-02-26.pdf")
item("0", "notatki-ze-spotkania.txt", "/phlog/2024-03-dlugie-sekwencje/notatki-ze-spotkania.txt")
item("I", "wykres-pamiec-vs-dlugosc.png", "/phlog/2024-03-dlugie-sekwencje/wykres-pamiec-vs-dlugosc.png")
i()
i("-- Poza tym " + "-" * 55)
i()
h("Wykład o modelach przestrzeni stanów (YouTube, 1h12m)", "https://www.youtube.com/watch?v=EvQ3ncuriCM")
h("Koło naukowe \"Sekwencja\" - strona www", "https://sekwencja.example.edu.pl/")
item("1", "Poprzedni wpis: Długie sekwencje, część 1", "/phlog/2024-02-dlugie-sekwencje/")
item("7", "Szukaj w phlogu", "/cgi-bin/szukaj")
item("0", "O mnie / kontakt", "/o-mnie.txt")
i()
i("Komentarze? Pisz na kret@kret.example - odpowiadam w niedzielę.")
i()
i("_" * 67)
i("Gophered by Gophernicus/3.1.1 on Debian/12 x86_64")

lines = [f"{t}{d}\t{s}\t{hst}\t{p}" for t, d, s, hst, p in rows]
data = ("\r\n".join(lines) + "\r\n.\r\n").encode("utf-8")
display = "\n".join(d for _, d, _, _, _ in rows)
write_raw(NAME, data, [data.decode("utf-8"), display], KEYS)
