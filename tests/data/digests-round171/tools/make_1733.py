#!/usr/bin/env python3
"""1733: an Italian vision lab's SWI-Prolog module (`letture_visione.pl`) documented with PlDoc: the module header
with its export list, a `/** <module> ... */` comment with @author/@license, and a `%!` structured comment before
each exported predicate's clauses. The facts hold the reading group's papers (arXiv URL or `none`), one arXiv id as a
`preprint/2` fact and the topics; two rules query them. Facts are written in key order as the lab keeps them."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1733)
ALEXNET = "ImageNet Classification with Deep Convolutional Neural Networks"
A = "https://arxiv.org/"
ART = [  # (key, title, year, url, topic)
 ("he2015prelu", T("1502.01852"), 2015, "none", "inizializzazione"),
 ("he2016resnet", T("1512.03385"), 2016, f"'{A}abs/1512.03385'", "architetture"),
 ("krizhevsky2012alexnet", ALEXNET, 2012, "none", "architetture"),
 ("micikevicius2018amp", T("1710.03740"), 2018, f"'{A}abs/1710.03740v3'", "addestramento"),
 ("steiner2021vit", T("2106.10270"), 2021, f"'{A}abs/2106.10270'", "addestramento"),
 ("tan2019efficientnet", T("1905.11946"), 2019, f"'{A}pdf/1905.11946v5'", "architetture"),
 ("zhang2020resnest", T("2004.08955"), 2020, "none", "architetture"),
 ("zhang2021medselect", T("2103.14339"), 2021, "none", "medicale"),
]


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def build():
    L = [
     ":- module(letture_visione,",
     "          [ articolo/4,            % ?Chiave, ?Titolo, ?Anno, ?Url",
     "            preprint/2,            % ?Chiave, ?Id",
     "            tema/2,                % ?Chiave, ?Tema",
     "            da_leggere/2,          % ?Chiave, ?Titolo",
     "            letture_per_tema/2     % +Tema, -Titoli",
     "          ]).",
     "",
     "/** <module> Letture del gruppo di visione artificiale",
     "",
     "Base di fatti con gli articoli discussi nel gruppo di lettura del",
     "laboratorio (a.a. 2023/24). Url punta ad arXiv quando l'articolo è lì;",
     "altrimenti vale `none` e resta solo il titolo.",
     "",
     "Esempio:",
     "",
     "==",
     "?- letture_per_tema(architetture, Ts), length(Ts, N).",
     "==",
     "",
     "Non sono articoli e quindi non stanno qui: la libreria timm, le slide",
     "del corso CS231n e i video del seminario di dipartimento.",
     "",
     "@author  Giulia Ferraris",
     "@license BSD-2",
     "*/",
     "",
     ":- use_module(library(apply)).",
     ":- use_module(library(lists)).",
     "",
     "%!  articolo(?Chiave:atom, ?Titolo:string, ?Anno:integer, ?Url:atom) is nondet.",
     "%",
     "%   Articolo letto o da leggere. Url è l'atomo `none` se non abbiamo",
     "%   un link (versioni solo su rivista o negli atti).",
     "",
    ]
    L += [f"articolo({k},\n         {q(t)},\n         {y}, {u})." for k, t, y, u, _ in ART]
    L += ["",
     "%!  preprint(?Chiave:atom, ?Id:atom) is nondet.",
     "%",
     "%   Identificativo del preprint per gli articoli che nelle slide sono",
     "%   citati solo così.",
     "",
     "preprint(he2015prelu, 'arXiv:1502.01852').",
     "",
     "%!  tema(?Chiave:atom, ?Tema:atom) is nondet.",
     "%",
     "%   Tema della sessione in cui l'articolo è stato (o sarà) presentato.",
     ""]
    L += [f"tema({k}, {tp})." for k, t, y, u, tp in ART]
    L += ["",
     "%!  da_leggere(?Chiave:atom, ?Titolo:string) is nondet.",
     "%",
     "%   Articoli senza link registrato: vanno cercati in biblioteca.",
     "",
     "da_leggere(Chiave, Titolo) :-",
     "    articolo(Chiave, Titolo, _, none).",
     "",
     "%!  letture_per_tema(+Tema:atom, -Titoli:list(string)) is det.",
     "%",
     "%   Titoli degli articoli di un tema, in ordine di chiave.",
     "",
     "letture_per_tema(Tema, Titoli) :-",
     "    findall(Titolo, (tema(K, Tema), articolo(K, Titolo, _, _)), Titoli0),",
     "    sort(Titoli0, Titoli).",
     ""]
    return "\n".join(L)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
