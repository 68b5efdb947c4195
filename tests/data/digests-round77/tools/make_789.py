#!/usr/bin/env python3
"""789: an Emacs Muse page (`.muse`, muse-mode 3.20 markup) from a Polish lecturer's Muse project: #title / #author /
#date / #desc directives, `<contents>`, `*` headings, ` - ` and ` 1. ` lists (leading space), `[[url][text]]` links,
`*emph*`, `**strong**`, `=code=`, a `||` / `|` table, `<example>` block, `;` comment lines, `----` rule, `[n]`
footnotes with definitions after `Footnotes:`. Lecture notes on NLP pre-training and word representations."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, au, write_only
from make_expected import by_num, keys

F = by_num(789)
A = lambda k, v="": f"https://arxiv.org/abs/{k}{v}"
text = f"""#title Wykład 5: Od wektorów słów do pretrenowanych modeli sekwencyjnych
#author dr Ewa Zagórska-Lis
#date 2024-03-05
#desc Notatki do wykładu "Przetwarzanie języka naturalnego" (semestr letni 2023/24), Zakład Lingwistyki Obliczeniowej

; Plik źródłowy projektu Muse "nlp-wyklady". Publikowane przez muse-project-publish
; do HTML i PDF (LaTeX). Nie edytować wersji HTML ręcznie!
; TODO(ezl): dodać slajdy z wykładu 4 przed piątkiem

<contents depth="2">

* Organizacja

Wykład w środy 10:15–11:45, sala 2.17. Laboratoria prowadzi mgr Kacper Wrzos
(grupy L1–L3) oraz mgr inż. Julia Ptak (L4). Konsultacje: czwartek 12:00–13:00,
pokój 3.08, lub po umówieniu mailowo (=nlp-wyklad@cs.example.edu.pl=).

*Uwaga:* kolokwium nr 1 przesunięte na *20 marca*. Zakres: wykłady 1–5.

----

* Reprezentacje słów

** Wektory statyczne

Punktem wyjścia jest hipoteza dystrybucyjna: słowa występujące w podobnych
kontekstach mają podobne znaczenie. Na wykładzie omawiamy dwa warianty
modelu z pracy **{T('1301.3781')}** ({au('1301.3781', 3)}, arXiv:1301.3781):

 - CBOW -- przewidujemy słowo środkowe z sumy wektorów kontekstu,
 - skip-gram -- przewidujemy kontekst ze słowa środkowego.

W laboratorium używamy biblioteki Gensim (=gensim.models.Word2Vec=) oraz
gotowych wektorów fastText dla polskiego. To są narzędzia, nie artykuły -- nie
cytujemy ich w pracach zaliczeniowych jako "literatury".

<example>
from gensim.models import Word2Vec
model = Word2Vec(sentences=zdania, vector_size=300, window=5, min_count=5, sg=1)
model.wv.most_similar("król", topn=5)
</example>

** Podsłowa

Słownik stały nie radzi sobie z fleksją polszczyzny. Rozwiązanie stosowane
niemal wszędzie: segmentacja BPE z pracy
[[{A('1508.07909')}][{T('1508.07909')}]] ({au('1508.07909', 3)}).
Porównajcie liczbę tokenów na zdanie dla tekstu polskiego i angielskiego w
tokenizatorze SentencePiece (zadanie 2 na liście 5).

* Reprezentacje kontekstowe

** Modele rekurencyjne

Pierwszym szeroko używanym modelem kontekstowym był ELMo, opisany w pracy
{T('1802.05365')} ({au('1802.05365', 3)}).[1] Warstwy
dwukierunkowego LSTM łączymy ważoną sumą dobieraną pod zadanie.

** Transformery: enkoder, dekoder, enkoder–dekoder

 1. Enkoder (BERT i pochodne) -- maskowanie tokenów. Warto przeczytać też
    {T('2010.06040')}, gdzie zamiast losowego maskowania proponuje się
    maskowanie o mniejszej wariancji gradientu (autorzy: {au('2010.06040', 3)}).
 2. Enkoder–dekoder z odszumianiem:
    [[{A('1910.13461')}][{T('1910.13461')}]]
    ({au('1910.13461', 3)}) oraz
    [[{A('1910.10683', 'v4')}][{T('1910.10683')}]]
    ({au('1910.10683', 3)}), czyli T5 i zbiór C4.
 3. Dekodowanie nieautoregresywne w tłumaczeniu -- przykład:
    [[https://openreview.net/forum?id={OR('2008.07905')}][{T('2008.07905')}]]
    (wersja z recenzjami na OpenReview).

** Czy wagi uwagi coś wyjaśniają?

Na ćwiczeniach wizualizujemy mapy uwagi (biblioteka bertviz -- narzędzie, nie
artykuł). Przed wyciąganiem wniosków przeczytajcie
*{T('2004.10102')}* ({au('2004.10102', 3)}): normy
przekształconych wektorów zmieniają obraz tego, "na co patrzy" model.[2]

* Tabela: co czytać przed kolokwium

|| Temat                 || Obowiązkowe              || Dodatkowe                  ||
| wektory statyczne      | skip-gram / CBOW          | blog "The Illustrated Word2vec" |
| podsłowa               | BPE                       | dokumentacja SentencePiece  |
| modele kontekstowe     | trzy prace z sekcji 3     | kurs Hugging Face, rozdz. 1–3 |
| interpretacja uwagi    | normy wektorów            | --                          |

* Lista zadań 5 (termin: 19 marca, 23:59)

 1. Wytrenuj skip-gram na podkorpusie Wikipedii (plik =plwiki-2023-sample.txt=,
    około 40 mln tokenów) i porównaj z gotowymi wektorami fastText na teście
    analogii (plik =analogie_pl.tsv=). Raport: maksymalnie dwie strony.
 2. Policz średnią liczbę tokenów na zdanie dla trzech tokenizatorów (BPE 8k,
    BPE 32k, unigram 32k). Wykres słupkowy + dwa zdania komentarza.
 3. (dla chętnych, +2 pkt) Odtwórz rysunek z analizą norm dla jednej warstwy
    modelu HerBERT-base; kod w notatniku =lab5_normy.ipynb=.

Oddajemy przez Moodle jako jeden plik ZIP: =nazwisko_lista5.zip=. Spóźnienia:
-10% za każdy rozpoczęty dzień, maksymalnie trzy dni.

* Materiały nieartykułowe

 - Benchmark KLEJ (polskie zadania NLU) -- strona z tabelą wyników.
 - Korpus NKJP (podkorpus zrównoważony) -- dostęp przez serwer wydziałowy.
 - Podręcznik: Jurafsky & Martin, *Speech and Language Processing*, 3rd ed. draft,
   rozdz. 6 i 10.
 - Nagranie wykładu z zeszłego roku (link w Moodle, tylko dla zalogowanych).

; stare linki do przeniesienia:
; http://nlp.cs.example.edu.pl/~ezl/2022/wyklad5.html

Footnotes:
[1]  W literaturze polskiej spotyka się nazwę "zanurzenia kontekstowe".

[2]  Dyskusja na forum kursu (wątek "attention is explanation?") -- proszę nie
     wklejać tam całych rozwiązań zadań.
"""
write_only(F, text, keys(F))
