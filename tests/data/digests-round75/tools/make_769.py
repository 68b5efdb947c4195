#!/usr/bin/env python3
"""769: a GNU Info file as texi2any 7.1 writes it from a Czech course manual (`kurz-nn.info`): the 'This is …, produced
by texi2any version 7.1 from kurz-nn.texi.' line, the @copying text, INFO-DIR-SECTION / START-INFO-DIR-ENTRY block,
then nodes each after a '\\x1f' line: 'File: kurz-nn.info,  Node: …,  Next: …,  Prev: …,  Up: …', headings
underlined with * / = as long as the title, paragraphs filled at 72 columns with two spaces after a sentence, later
paragraphs indented by 3, '   • ' bullets, '* Menu:' menus, '*Note …::' cross references, @url as <…>, @uref as
'text (URL)', ‘code’ quotes, footnotes under '---------- Footnotes ----------'; a 'Tag Table:' with 'Node: NAME\\x7fBYTE'
(byte offset of the node's \\x1f) and a Local Variables block. Neural network and NLP classics."""
import os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import by_num, keys, GLOVE, BACKPROP, LSTM, GLOROT

F = by_num(769)
INFO = "kurz-nn.info"
A = lambda k: f"https://arxiv.org/abs/{k}"


def para(s, indent=0, first=""):
    return textwrap.fill(" ".join(s.replace("et al..", "et al.").split("\n")), 72, initial_indent=first or " " * indent, subsequent_indent=" " * indent,
                         break_long_words=False, break_on_hyphens=False, drop_whitespace=True) + "\n"


def paras(*ps):
    out = []
    for i, p in enumerate(ps):
        if p.startswith("• "): out.append(para(p[2:], 5, "   • "))
        elif p.startswith("|"): out.append(p[1:] + "\n")
        else: out.append(para(p, 0, "   " if i and not ps[i - 1].startswith("|") else ""))
    return "\n".join(out)


def head(title, ch):
    return f"{title}\n{ch * len(title)}\n\n"


NODES = []  # (name, next, prev, up, body)
NODES.append(("Top", "Úvod", "(dir)", "(dir)", head("Neuronové sítě a zpracování jazyka", "*") + paras(
    "Tato příručka provází kurzem NPFL-X42 „Neuronové sítě pro zpracování přirozeného jazyka“ v letním semestru 2024.  "
    "Obsahuje sylabus, povinnou a doporučenou četbu a pokyny k domácím úkolům.",
    "Verze 2.3, poslední změna 4. března 2024.") +
    "\n* Menu:\n\n* Úvod::                        Organizace kurzu a hodnocení\n* Učení a inicializace::        Zpětné šíření, rekurentní sítě\n"
    "* Reprezentace slov::           Vektory slov a předtrénované kodéry\n* Pozornost a překlad::         Neuronový strojový překlad\n"
    "* Řeč::                         Samořízené učení pro řeč\n* Domácí úkoly::                Odevzdávání, ‘make check’\n\n"))

NODES.append(("Úvod", "Učení a inicializace", "Top", "Top", head("1 Úvod", "*") + paras(
    "Kurz je určen studentům navazujícího studia.  Předpokládá znalost lineární algebry, pravděpodobnosti a programování "
    "v Pythonu.  Cvičení probíhají v počítačové učebně SU2 a v prostředí JupyterHub fakulty.",
    "Hodnocení: domácí úkoly 60 %, referát o jednom článku 20 %, ústní zkouška 20 %.  Referát se hlásí v Moodlu nejpozději "
    "do konce 4. týdne; vybírejte z článků uvedených v kapitolách 2–5.(1)",
    "Zdroje, které nejsou články (a nepočítají se jako referát): kniha „Dive into Deep Learning“, přednášky Stanford "
    "CS224n na YouTube, dokumentace knihovny PyTorch a blog „The Illustrated Transformer“.") +
    "\n---------- Footnotes ----------\n\n" + para("(1) Jeden článek smí referovat nejvýše dva studenti; obsazení je vidět v "
    "tabulce na <https://ufal-kurz.example.cz/npfl-x42/referaty>.") + "\n"))

NODES.append(("Učení a inicializace", "Reprezentace slov", "Úvod", "Top", head("2 Učení a inicializace", "*") + paras(
    "První dva týdny se věnujeme tomu, jak se neuronové sítě vůbec učí.  Povinná četba:",
    f"• {T(BACKPROP)}, {au(BACKPROP)}, Nature 323, 1986.  Klasický článek o zpětném šíření chyby; čtěte celý, má čtyři strany.",
    f"• {T(GLOROT)}, {au(GLOROT)}, AISTATS 2010.  Odtud pochází inicializace, kterou ‘torch.nn.init.xavier_uniform_’ "
    "implementuje; zaměřte se na analýzu rozptylu aktivací.",
    f"• {T(LSTM)}, {au(LSTM)}, Neural Computation 9(8), 1997.  Stačí oddíly 1–4; zbytek je historie experimentů.",
    "Články najdete v knihovně fakulty (sken) nebo ve složce ‘/afs/kurz/ctení/’; odkazy na vydavatele se často mění, proto je "
    "zde neuvádíme.",
    "Ve cvičení 2 implementujete zpětné šíření pro vícevrstvý perceptron bez automatického derivování.  *Note Domácí úkoly::.") + "\n"))

NODES.append(("Reprezentace slov", "Pozornost a překlad", "Učení a inicializace", "Top", head("3 Reprezentace slov", "*") +
    head("3.1 Statické vektory", "=") + paras(
    f"Začneme článkem {T(GLOVE)} ({au(GLOVE)}, EMNLP 2014), který spojuje globální statistiku společných výskytů s lokálním "
    "kontextovým oknem.  Předtrénované vektory si stáhněte ze stránek projektu (jde o data, ne o článek).",
    "Ve cvičení porovnáme analogie typu „král – muž + žena“ na českém korpusu SYN2020 (korpus, nikoli článek).") + "\n" +
    head("3.2 Předtrénované kodéry", "=") + paras(
    f"{T('2003.10555')}, {au('2003.10555')}: <{A('2003.10555')}>.  Místo maskovaného jazykového modelování se diskriminátor "
    "učí poznat nahrazené tokeny; stejný výpočetní rozpočet dává lepší kodér.",
    f"{T('1908.10084')} ({au('1908.10084')}), text je dostupný na <" + A("1908.10084") + ">.  Věty se "
    "kódují samostatně a porovnávají kosinovou podobností, což zrychlí vyhledávání o několik řádů.",
    "Pro úkol 3 použijte knihovnu ‘sentence-transformers’ (software) a model z Hugging Face Hubu podle zadání.") + "\n"))

NODES.append(("Pozornost a překlad", "Řeč", "Reprezentace slov", "Top", head("4 Pozornost a překlad", "*") + paras(
    f"Mechanismus pozornosti zavádí článek {T('1409.0473')} od autorů {au('1409.0473')} (arXiv:1409.0473, publikováno na "
    "ICLR 2015).  Kodér je obousměrná rekurentní síť, dekodér se v každém kroku „dívá“ na vážený průměr stavů kodéru.",
    "K četbě doporučujeme i poznámky k přednášce 7 (PDF v Moodlu) a interaktivní vizualizaci v notebooku ‘attention.ipynb’.",
    "Otázky ke zkoušce: Proč má pevná délka vektoru kontextu problém s dlouhými větami?  Jak se váhy pozornosti "
    "normalizují a co znamenají pro zarovnání slov?") + "\n"))

NODES.append(("Řeč", "Domácí úkoly", "Pozornost a překlad", "Top", head("5 Řeč", "*") + paras(
    f"Poslední blok je věnován řeči.  Hlavní článek: {T('2106.07447')}, {au('2106.07447')}.  Dostupný na "
    f"<{A('2106.07447')}>.",
    "Cílem je pochopit, proč predikce skrytých jednotek (shluků k-means) funguje jako cíl pro samořízené učení a jak se "
    "cíle iterativně zpřesňují.",
    "Dataset pro cvičení: Common Voice (čeština, verze 16.1) – jen data, necitujte jako článek.") + "\n"))

NODES.append(("Domácí úkoly", "", "Řeč", "Top", head("6 Domácí úkoly", "*") + paras(
    "Úkoly se odevzdávají do repozitáře GitLab fakulty, větev ‘odevzdani’.  Před odevzdáním spusťte:",
    "|     $ make check\n     $ make lint",
    "Testy běží i v CI; úkol s červeným CI se nehodnotí.  Pozdní odevzdání: −10 % za každý započatý den, nejvýše 5 dní.",
    "Dotazy pište do fóra v Moodlu, ne e-mailem.  Konzultace: středa 14:00–15:30, místnost S-412, nebo po domluvě "
    "na adrese <kurz-nn@ufal-kurz.example.cz>.") + "\n"))

pre = ("This is kurz-nn.info, produced by texi2any version 7.1 from\nkurz-nn.texi.\n\n" +
       para("Tato příručka ke kurzu „Neuronové sítě pro zpracování přirozeného jazyka“ (verze 2.3, 4. března 2024).", 0) + "\n" +
       para("Copyright © 2022–2024 Katedra počítačové lingvistiky (fiktivní), autoři: Petra Dvořáková, Ondřej Kalina.", 0, "   ") + "\n" +
       para("Text smí být šířen za podmínek licence CC BY-SA 4.0.", 0, "   ") + "\n" +
       "INFO-DIR-SECTION Vzdělávání\nSTART-INFO-DIR-ENTRY\n* Kurz NN: (kurz-nn).   Příručka kurzu neuronových sítí pro NLP.\nEND-INFO-DIR-ENTRY\n\n")
body = pre.encode("utf-8")
tags = []
for name, nxt, prev, up, txt in NODES:
    tags.append((name, len(body)))
    hdr = f"File: {INFO},  Node: {name},  " + (f"Next: {nxt},  " if nxt else "") + f"Prev: {prev},  Up: {up}\n\n"
    body += ("\x1f\n" + hdr + txt).encode("utf-8")
body += ("\x1f\nTag Table:\n" + "".join(f"Node: {n}\x7f{o}\n" for n, o in tags) + "\x1f\nEnd Tag Table\n\n\x1f\nLocal Variables:\ncoding: utf-8\nEnd:\n").encode("utf-8")
write_only(F, body.decode("utf-8"), keys(F))
