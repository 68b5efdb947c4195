#!/usr/bin/env python3
"""778: the README.md home page of a docsify site (docs/README.md) for a Polish student group's awesome list:
docsify's own Markdown additions — `?>` tip and `!>` warning paragraphs, heading ids `:id=…`, link options in a quoted
title (`':target=_blank'`, `':ignore'`, `':include :type=code'`), `<!-- {docsify-ignore} -->`, the docsify-tabs
comments `<!-- tabs:start -->` / `#### **…**` / `<!-- tabs:end -->`, emoji shortcodes — GFM tables with `\|` escapes,
HTML blocks. Efficient transformers, memory and long context."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, OR, write_only
from make_expected import by_num, keys

F = by_num(778)
A = lambda k: f"[arXiv](https://arxiv.org/abs/{k} ':target=_blank')"
ORL = lambda k: f"[OpenReview](https://openreview.net/forum?id={OR(k)} ':target=_blank')"


NOTE_FB = "Każda warstwa widzi wszystkie wcześniejsze reprezentacje \\| pamięć „feedback” zamiast okna."
PIPE = "`\\|`"


def r(k, year, links, note, n=3):
    return f"| **{T(k)}** | {au(k, n)} | {year} | {links} | {note} |"


text = f"""<p align="center">
  <img src="_media/logo.svg" width="120" alt="SKN Transformer">
</p>

# Awesome efektywne transformery <!-- {{docsify-ignore}} -->

> Lista lektur koła naukowego **SKN „Transformer”** (Wydział Matematyki i Informatyki, Uniwersytet Przykładowy).
> Strona jest generowana przez [docsify](https://docsify.js.org/#/ ':target=_blank') prosto z repozytorium — edytuj plik
> `docs/README.md` i wyślij merge request. :rocket:

?> **Wskazówka:** kliknij nagłówek tabeli, żeby skopiować link do sekcji. Skrót `/` otwiera wyszukiwarkę (wtyczka *search*).

!> **Uwaga:** od marca spotkania odbywają się w sali 3180, a nie w 2041. Lista obecności — [formularz](https://forms.example.pl/skn-t/obecnosc ':ignore').

## Zasady :id=zasady

- Do listy trafiają **artykuły** (recenzowane lub preprinty). Repozytoria, wpisy na blogach i filmy lądują w sekcji
  [Materiały dodatkowe](#materialy).
- Każdy wiersz: pełny tytuł, pierwsi autorzy, rok, link (jeśli jest) i jedno zdanie „po co to czytać”.
- Znak `|` w opisach zapisujemy jako {PIPE}, inaczej docsify (marked) rozbije tabelę.

## Pamięć i rekurencja :id=pamiec

| Praca | Autorzy | Rok | Linki | Po co czytać |
|:------|:--------|:---:|:------|:-------------|
{r("2002.09402", 2020, ORL("2002.09402"), NOTE_FB)}
{r("2010.06891", 2020, ORL("2010.06891"), "Zewnętrzna pamięć o stałym rozmiarze; porównanie z Transformer-XL w tab. 1.")}

## Rzadka i liniowa uwaga :id=rzadka

| Praca | Autorzy | Rok | Linki | Po co czytać |
|:------|:--------|:---:|:------|:-------------|
{r("2007.14062", 2020, A("2007.14062"), "Uwaga globalna + okno + losowe połączenia; dowód, że to wciąż uniwersalny aproksymator.")}
{r("2004.11886", 2020, "—", "Linku brak (PDF w folderze koła na dysku). Dwie gałęzie: konwolucja dla lokalnych, uwaga dla dalekich zależności.")}
{r("2302.10866", 2023, "—", "Długie konwolucje z bramkowaniem zamiast uwagi; szukaj po tytule, link w poprzedniej wersji listy był martwy.")}

## Jądra i serwowanie :id=jadra

<!-- tabs:start -->

#### **Trening**

| Praca | Autorzy | Rok | Linki | Po co czytać |
|:------|:--------|:---:|:------|:-------------|
{r("2307.08691", 2023, A("2307.08691"), "Lepszy podział pracy między warpy; :zap: ~2× szybciej niż pierwsza wersja.", 1)}

Kod z warsztatów (fragment, dołączany z repozytorium):

[flash_demo.py](_media/flash_demo.py ':include :type=code')

#### **Inferencja**

| Praca | Autorzy | Rok | Linki | Po co czytać |
|:------|:--------|:---:|:------|:-------------|
{r("2309.06180", 2023, "—", "Stronicowanie pamięci podręcznej KV jak w systemie operacyjnym; link dodamy po spotkaniu.")}

<!-- tabs:end -->

## Długi kontekst :id=dlugi-kontekst

| Praca | Autorzy | Rok | Linki | Po co czytać |
|:------|:--------|:---:|:------|:-------------|
{r("2306.15595", 2023, "arXiv 2306.15595 (bez linku — Kuba wkleił tylko identyfikator)", "Zamiast ekstrapolować pozycje RoPE, skaluje je do przedziału z treningu.")}

## Materiały dodatkowe :id=materialy

Poniższe **nie są** artykułami — to kod, blogi i nagrania:

- :package: [Dao-AILab/flash-attention](https://github.com/Dao-AILab/flash-attention ':target=_blank') — biblioteka (CUDA), instalacja przez `pip install flash-attn --no-build-isolation`.
- :package: [vllm-project/vllm](https://github.com/vllm-project/vllm ':target=_blank') — silnik serwowania, używamy go na klastrze koła.
- :memo: „The Annotated Transformer” (Harvard NLP) — wpis na blogu z kodem w PyTorch, dobry na start.
- :memo: Lilian Weng, „The Transformer Family Version 2.0” — przegląd na blogu Lil'Log.
- :tv: Nagranie z naszego spotkania o FlashAttention (YouTube, niepubliczne — link na Discordzie).
- :bar_chart: Tabela wyników LRA na Papers with Code — ranking, nie artykuł.

## Jak dodać pozycję :id=jak-dodac

```bash
git clone git@gitlab.example.pl:skn-transformer/lektury.git
cd lektury && npx docsify-cli serve docs
# otwórz http://localhost:3000 i sprawdź, czy tabela się nie rozjechała
```

> [!NOTE]
> Od wersji 4.13 docsify nie renderuje alertów GitHuba — dlatego używamy `?>` i `!>`.

---

<small>Ostatnia zmiana: 2024-03-06 · opiekun listy: Jakub Wiśniewski (<jakub.wisniewski@student.example.pl>) ·
licencja CC BY 4.0</small>
"""
write_only(F, text, keys(F))
