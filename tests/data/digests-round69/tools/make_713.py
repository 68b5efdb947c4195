#!/usr/bin/env python3
"""713: a Stata help file (.sthlp) in SMCL: `{smcl}` first, the `{* *! version …}{...}` comment, `{vieweralsosee}` /
`{viewerjumpto}` lines, `{title:…}`, `{marker …}{...}`, paragraph directives (`{phang}`, `{pstd}`, `{p 8 17 2}`,
`{pmore}`, `{p_end}`), `{cmd:}` / `{it:}` / `{bf:}` / `{opt …}` / `{opth …}` / `{help …}`, the synopsis table
(`{synoptset}`, `{synopthdr}`, `{synoptline}`, `{syntab:}`, `{synopt:}`, `{p2colreset}`), `{browse "url":text}`
links, `{hline 2}`, and literal braces written `{c -(}` / `{c )-}`. A German package for text embeddings."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_only
from make_expected import F713, keys, GLOVE, GPT1


def ref(k):
    a = authors(k)
    def inv(n):
        p = n.split()
        return p[-1] + ", " + " ".join(x[0] + "." for x in p[:-1])
    if len(a) == 1: return inv(a[0])
    if len(a) == 2: return inv(a[0]) + " und " + a[1]
    return inv(a[0]) + ", " + ", ".join(a[1:min(len(a), 3)]) + (" u. a." if len(a) > 3 else "")


text = f"""{{smcl}}
{{* *! version 1.3.0  11mar2024}}{{...}}
{{vieweralsosee "[R] cluster" "help cluster"}}{{...}}
{{vieweralsosee "[P] python" "help python"}}{{...}}
{{vieweralsosee "" "--"}}{{...}}
{{vieweralsosee "satzvek_setup" "help satzvek_setup"}}{{...}}
{{viewerjumpto "Syntax" "satzvek##syntax"}}{{...}}
{{viewerjumpto "Beschreibung" "satzvek##description"}}{{...}}
{{viewerjumpto "Optionen" "satzvek##options"}}{{...}}
{{viewerjumpto "Modelle" "satzvek##models"}}{{...}}
{{viewerjumpto "Beispiele" "satzvek##examples"}}{{...}}
{{viewerjumpto "Gespeicherte Ergebnisse" "satzvek##results"}}{{...}}
{{viewerjumpto "Literatur" "satzvek##references"}}{{...}}
{{viewerjumpto "Autoren" "satzvek##authors"}}{{...}}
{{title:Titel}}

{{phang}}
{{bf:satzvek}} {{hline 2}} Satz- und Text-Embeddings für Stringvariablen über Python (Stata 16 oder neuer)


{{marker syntax}}{{...}}
{{title:Syntax}}

{{p 8 17 2}}
{{cmd:satzvek}}
{{varname}}
{{ifin}}
{{cmd:,}}
{{opth gen:erate(newvarlist)}}
[{{it:Optionen}}]

{{synoptset 26 tabbed}}{{...}}
{{synopthdr}}
{{synoptline}}
{{syntab:Hauptoptionen}}
{{p2coldent:* {{opth gen:erate(newvarlist)}}}}Stamm der neuen Variablen (z. B. {{cmd:e_}} erzeugt {{cmd:e_1}} bis {{cmd:e_768}}){{p_end}}
{{synopt:{{opt m:odel(string)}}}}Modell; siehe {{help satzvek##models:Modelle}}; Voreinstellung {{cmd:model(sbert-mini)}}{{p_end}}
{{synopt:{{opt dim(#)}}}}Dimension nach PCA-Reduktion; Voreinstellung: keine Reduktion{{p_end}}
{{synopt:{{opt norm:alize}}}}Vektoren auf Länge 1 normieren{{p_end}}
{{syntab:Technik}}
{{synopt:{{opt batch(#)}}}}Batchgröße; Voreinstellung {{cmd:batch(64)}}{{p_end}}
{{synopt:{{opt dev:ice(string)}}}}{{cmd:cpu}}, {{cmd:cuda}} oder {{cmd:mps}}{{p_end}}
{{synopt:{{opt cache(string)}}}}Verzeichnis für heruntergeladene Modellgewichte{{p_end}}
{{synoptline}}
{{p2colreset}}{{...}}
{{p 4 6 2}}* {{opt generate()}} ist erforderlich.{{p_end}}


{{marker description}}{{...}}
{{title:Beschreibung}}

{{pstd}}
{{cmd:satzvek}} berechnet für jede Beobachtung von {{it:varname}} einen Embedding-Vektor und speichert ihn in
neuen numerischen Variablen. Die Berechnung läuft über Statas Python-Integration ({{help python}}); die Pakete
{{cmd:torch}} und {{cmd:sentence-transformers}} müssen in der von Stata verwendeten Python-Umgebung installiert
sein ({{help satzvek_setup}}). Leere Strings erhalten fehlende Werte.

{{pstd}}
Typische Anwendungen sind offene Antworten in Umfragen, Berufsbezeichnungen und Pressetexte. Die Vektoren lassen
sich direkt mit {{help cluster}}, {{help pca}} oder als Regressoren verwenden.


{{marker options}}{{...}}
{{title:Optionen}}

{{phang}}
{{opt model(string)}} wählt das Modell. Modellnamen sind Kurzbezeichnungen des Pakets; welcher Aufsatz dahinter
steht, zeigt der Abschnitt {{help satzvek##models:Modelle}}.

{{phang}}
{{opt dim(#)}} reduziert die Dimension per Hauptkomponentenanalyse auf {{it:#}} Komponenten. Die Ladungsmatrix
wird in {{cmd:r(L)}} zurückgegeben.

{{phang}}
{{opt cache(string)}} legt fest, wohin Gewichte geladen werden. Ohne Angabe wird {{cmd:~/.cache/satzvek}}
verwendet. Gewichte werden über den Hugging Face Hub bezogen (Modellkarten sind keine Publikationen).


{{marker models}}{{...}}
{{title:Modelle}}

{{p2colset 5 26 28 2}}{{...}}
{{p2col:{{cmd:sbert-mini}}}}Siamesisches BERT-Netz, 384 Dimensionen; siehe [1].{{p_end}}
{{p2col:{{cmd:deberta-v3}}}}Mittelwert der letzten Schicht, 768 Dimensionen; siehe [2].{{p_end}}
{{p2col:{{cmd:electra-base}}}}Diskriminator als Encoder, 768 Dimensionen; siehe [3].{{p_end}}
{{p2col:{{cmd:glove-300}}}}Mittel statischer Wortvektoren, 300 Dimensionen; siehe [4].{{p_end}}
{{p2col:{{cmd:align-text}}}}Textturm eines Bild-Text-Modells, 640 Dimensionen; siehe [5].{{p_end}}
{{p2colreset}}{{...}}


{{marker examples}}{{...}}
{{title:Beispiele}}

{{pstd}}Offene Antworten einer Befragung einbetten und clustern{{p_end}}
{{phang2}}{{cmd:. use antworten_2023, clear}}{{p_end}}
{{phang2}}{{cmd:. satzvek antwort if !missing(antwort), generate(e_) model(sbert-mini) normalize}}{{p_end}}
{{phang2}}{{cmd:. cluster kmeans e_*, k(12) name(themen)}}{{p_end}}

{{pstd}}Mit PCA auf 50 Dimensionen reduzieren{{p_end}}
{{phang2}}{{cmd:. satzvek beruf, generate(b_) model(deberta-v3) dim(50)}}{{p_end}}
{{phang2}}{{cmd:. matrix list r(L)}}{{p_end}}

{{pstd}}Python-Block zum Prüfen der Umgebung (geschweifte Klammern im SMCL als {{c -(}} und {{c )-}} geschrieben){{p_end}}
{{phang2}}{{cmd:. python: print({{c -(}}"torch": __import__("torch").__version__{{c )-}})}}{{p_end}}


{{marker results}}{{...}}
{{title:Gespeicherte Ergebnisse}}

{{pstd}}
{{cmd:satzvek}} speichert in {{cmd:r()}}:

{{synoptset 15 tabbed}}{{...}}
{{p2col 5 15 19 2: Skalare}}{{p_end}}
{{synopt:{{cmd:r(N)}}}}Zahl eingebetteter Beobachtungen{{p_end}}
{{synopt:{{cmd:r(dim)}}}}Dimension der Vektoren{{p_end}}
{{p2col 5 15 19 2: Makros}}{{p_end}}
{{synopt:{{cmd:r(model)}}}}Modellname{{p_end}}
{{p2col 5 15 19 2: Matrizen}}{{p_end}}
{{synopt:{{cmd:r(L)}}}}Ladungen (nur mit {{opt dim()}}){{p_end}}
{{p2colreset}}{{...}}


{{marker references}}{{...}}
{{title:Literatur}}

{{phang}}
[1] {ref('1908.10084')}. 2019. {T('1908.10084')}. In {{it:Proceedings of EMNLP-IJCNLP}}.
{{browse "https://arxiv.org/abs/1908.10084":arXiv}}.

{{phang}}
[2] {ref('2006.03654')}. 2021. {T('2006.03654')}. In {{it:ICLR}}.
{{browse "https://arxiv.org/abs/2006.03654"}}.

{{phang}}
[3] {ref('2003.10555')}. 2020. {T('2003.10555')}. In {{it:ICLR}}. arXiv:2003.10555.

{{phang}}
[4] {ref(GLOVE)}. 2014. {T(GLOVE)}. In {{it:Proceedings of EMNLP}}, 1532{{hline 1}}1543.

{{phang}}
[5] {ref('2102.05918')}. 2021. {T('2102.05918')}. In {{it:ICML}}.
{{browse "https://arxiv.org/pdf/2102.05918":PDF}}.

{{pstd}}
Hintergrund (nicht direkt implementiert):

{{phang}}
{ref('1409.0473')}. 2015. {T('1409.0473')}. In {{it:ICLR}}.

{{phang}}
{ref(GPT1)}. 2018. {T(GPT1)}. OpenAI, technischer Bericht.

{{phang}}
{ref('2103.14625')}. 2021. {T('2103.14625')}. In {{it:Proceedings of NAACL}} (Demo-Track).
Nützlich, um zu verstehen, was die Aufmerksamkeitsköpfe der Modelle tun.

{{pstd}}
Weitere Materialien (keine Aufsätze): das Buch {{it:Text as Data}} (Grimmer, Roberts und Stewart), der Kurs
„NLP für Sozialwissenschaften“ der Sommerschule in Hohenfels, und die Dokumentation von sentence-transformers
({{browse "https://www.sbert.net":sbert.net}}).


{{marker authors}}{{...}}
{{title:Autoren}}

{{pstd}}
Friederike Ahlgrimm und Jonas Wendeborn{{break}}
Institut für Sozialforschung, Universität Hohenfels{{break}}
{{browse "mailto:satzvek@uni-hohenfels.example.de":satzvek@uni-hohenfels.example.de}}

{{pstd}}
Fehler bitte über die Projektseite melden; Stata-Fragen gern auch in Statalist.
"""
plain = re.sub(r"\{[^{}]*\}", " ", text.replace("{hline 1}", "-"))
write_only(F713, text, keys(F713), forms=[plain])
