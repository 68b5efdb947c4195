#!/usr/bin/env python3
"""829: a Haml 6 template of a Middleman 4 site (`source/seminarium/czytelnia.html.haml`): YAML front matter between
`---` lines, `-#` silent comments, `/` HTML comments, `%tag`, `.class` / `#id` shortcuts, `{key: "value"}`
attribute hashes, `=` / `-` Ruby lines (`link_to`, `content_for`, `partial`, `each … do`), `#{…}` interpolation in
plain text, `:markdown` filter with indented Markdown, `\\` escaping a leading `=`, two-space indentation. A Polish
lab's seminar page on self-supervised and vision-language learning."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write_only, fill
from make_expected import by_num, keys

F = by_num(829)
IDS = dict(zip("MAE MOCO LLAVA SIG ALIGN HUB SUP DACL".split(),
               "2111.06377 1911.05722 2304.08485 2303.15343 2102.05918 2106.07447 2004.11362 2011.04419".split()))

src = r'''---
title: Czytelnia seminarium „Uczenie bez etykiet”
layout: podstrona
sekcja: seminarium
opis: Lista lektur seminarium Pracowni Widzenia Maszynowego w semestrze letnim 2023/24.
zaktualizowano: 2024-03-05
---
-# Szablon strony czytelni. Dane o spotkaniach są w data/spotkania.yml,
-# ale artykuły wpisujemy ręcznie, bo opisy różnią się formą (patrz README w repo strony).
- content_for :naglowek do
  %meta{name: "description", content: current_page.data.opis}
  %link{rel: "alternate", type: "application/atom+xml", href: "/seminarium/feed.xml", title: "Nowe lektury"}

%section#czytelnia.kontener
  %header.naglowek-strony
    %h1= current_page.data.title
    %p.meta
      Ostatnia zmiana: #{current_page.data.zaktualizowano} ·
      = link_to "historia zmian", "https://git.example.pl/pwm/strona/commits/main/source/seminarium", class: "zewnetrzny"

  %p.wstep
    Spotykamy się w czwartki o 16:15 w sali 2.14 (budynek C) albo zdalnie. Każda osoba
    referująca wybiera jeden artykuł z listy poniżej i wpisuje się w arkusz. Prosimy
    o przeczytanie przynajmniej wstępu i sekcji z eksperymentami&nbsp;— dyskusja jest
    ważniejsza niż slajdy.

  / Blok 1: reprezentacje wizualne
  %h2#blok-1 Blok 1. Reprezentacje wizualne bez etykiet
  %ol.lista-artykulow
    %li.artykul{data: {spotkanie: "2024-03-07"}}
      %a.tytul{href: "https://arxiv.org/abs/[[ID:MOCO]]", rel: "noopener"}
        [[T:MOCO]]
      %span.autorzy [[AU:MOCO:3]]
      %p.opis
        Słownik jako kolejka i koder „pędowy”. Referuje: Marta Zielińska.
        Warto porównać z naszą implementacją w
        %code pwm-ssl/moco_queue.py
        (to kod, nie artykuł).
    %li.artykul{data: {spotkanie: "2024-03-14"}}
      %a.tytul{href: "https://arxiv.org/pdf/[[ID:MAE]]v3", rel: "noopener"}
        [[T:MAE]]
      %span.autorzy [[AU:MAE:3]]
      %p.opis
        Maskowanie 75% łatek i lekki dekoder. Referuje: Jakub Wrona.
    %li.artykul{data: {spotkanie: "2024-03-21"}}
      %span.tytul [[T:SUP]]
      %span.autorzy [[AU:SUP:3]]
      %p.opis
        Kontrastowa funkcja straty z etykietami — dla porównania z wariantami bez etykiet.
        Link dopisze osoba referująca (Ola Kmieć).
    %li.artykul{data: {spotkanie: "2024-03-28"}}
      %span.tytul [[T:DACL]]
      %span.autorzy [[AU:DACL:3]]
      %p.opis
        Mixup jako augmentacja niezależna od dziedziny (tekst, grafy, dane tabelaryczne).
        Termin do potwierdzenia — święta.

  / Blok 2: obraz + tekst
  %h2#blok-2 Blok 2. Obraz i tekst
  :markdown
    Drugi blok dotyczy par obraz–tekst. Zaczynamy od artykułu, który pokazał, że
    zaszumione podpisy w dużej skali wystarczą: *[[T:ALIGN]]*
    ([[AU:ALIGN:2]]; arXiv:[[ID:ALIGN]]). Następnie:

    1. [[[T:SIG]]](https://arxiv.org/abs/[[ID:SIG]]) — sigmoidalna funkcja straty
       zamiast softmaksu po całym batchu; ważne dla naszych eksperymentów na 8 kartach.
    2. [[[T:LLAVA]]](https://arxiv.org/abs/[[ID:LLAVA]]) — dane instrukcyjne
       wygenerowane przez model językowy i prosty projektor.

    Dodatkowo (poza blokiem, dla zainteresowanych mową): [[T:HUB]]
    ([[AU:HUB:2]]) — ta sama idea przewidywania zamaskowanych jednostek, ale dla
    sygnału audio. Referuje gość z Zakładu Przetwarzania Mowy.

  / Materiały, które nie są artykułami
  %h2#materialy Materiały dodatkowe (nie artykuły)
  %ul.materialy
    %li
      = link_to "Kurs CS231n — notatki o sieciach konwolucyjnych", "https://cs231n.github.io/", class: "zewnetrzny"
    %li
      = link_to "open_clip (biblioteka, GitHub)", "https://github.com/mlfoundations/open_clip", class: "zewnetrzny"
      — używamy jej do ewaluacji zero-shot.
    %li
      Zbiór danych
      %strong LAION-400M
      (tylko metadane; obrazy pobieramy skryptem
      %code img2dataset
      ).
    %li
      = link_to "Wpis na blogu pracowni: „Jak czytać artykuły o SSL”", "/blog/2023/11/jak-czytac-ssl/"
    %li
      Tablica wyników
      = link_to "Papers with Code: ImageNet linear probe", "https://paperswithcode.com/sota/self-supervised-image-classification-on", class: "zewnetrzny"

  %h2#zasady Zasady
  %ul.zasady
    %li Slajdy wrzucamy do folderu „Seminarium/2024L” najpóźniej w środę wieczorem.
    %li Na każdym spotkaniu ktoś inny prowadzi notatki (kolejność alfabetyczna).
    %li
      \= Uwaga: to nie jest formuła, tylko znak równości na początku linii — Haml wymaga ucieczki.
    %li
      Kontakt:
      %a{href: "mailto:seminarium-pwm@example.pl"} seminarium-pwm@example.pl

  %h2#harmonogram Harmonogram
  %table.harmonogram
    %thead
      %tr
        %th Data
        %th Referent
        %th Sala
    %tbody
      - data.spotkania.each do |s|
        %tr{class: ("odwolane" if s.odwolane)}
          %td= s.data
          %td= s.referent
          %td= s.sala || "zdalnie"

  = partial "partials/stopka_seminarium", locals: { semestr: "2023/24 L" }
'''
write_only(F, fill(src, IDS), keys(F))
