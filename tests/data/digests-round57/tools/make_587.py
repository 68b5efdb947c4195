#!/usr/bin/env python3
"""587: an XWiki 2.1 page source (the text of the wiki editor / ?xpage=plain&outputSyntax=plain source view: `= … =`
headings, {{toc/}}, {{info}} / {{warning}} macros, |= tables, [[label>>url]] and [[label>>Space.Page]] links,
**bold** //italic// ##mono##, (% … %) parameters, {{code}}), German, a reading circle on NLP pre-training."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only, au, CAT
from make_expected import F587, keys, GLOVE, GPT1

t = T
text = f"""{{{{box cssClass="floatinginfobox" title="**Inhalt**"}}}}
{{{{toc start="2" depth="3"/}}}}
{{{{/box}}}}

= Lesekreis Sprachmodelle – Sommersemester 2024 =

(% class="lead" %)
Der Lesekreis der AG Sprachverarbeitung trifft sich **donnerstags, 16:15–17:45**, Raum B 2.14 (Hybrid: Link im [[Kalender>>Lesekreis.Kalender.WebHome]]). Diese Seite wird von allen gepflegt – bitte nur die Tabelle und die Liste "Vorschläge" bearbeiten, den Rest übernimmt die Moderation.

{{{{info}}}}
Neu dabei? Lest zuerst die [[Hinweise für Vortragende>>Lesekreis.Hinweise]] und tragt euch im [[Doodle-Ersatz>>Lesekreis.Terminabfrage]] ein. Folien bitte als PDF an die Seite hängen (Reiter //Anhänge//).
{{{{/info}}}}

== Sitzungsplan ==

|=Termin|=Thema / Paper|=Vortrag|=Status
|18.04.|[[{t("1801.06146")}>>https://arxiv.org/abs/1801.06146]] ({au("1801.06146", 2)}, 2018)|Hanne K.|(% style="color:green" %)erledigt
|25.04.|//{t(GLOVE)}// (Pennington, Socher & Manning, EMNLP 2014) – als Rückblick, warum statische Vektoren nicht reichten|Jonas W.|(% style="color:green" %)erledigt
|02.05.|{t(GPT1)} (Radford et al., OpenAI-Bericht 2018, nur als PDF auf der OpenAI-Seite)|Merve A.|(% style="color:green" %)erledigt
|16.05.|**{t("1810.04805")}** – arXiv:1810.04805|Tobias R.|(% style="color:orange" %)Folien fehlen
|23.05.|[[{t("1906.08237")}>>https://arxiv.org/pdf/1906.08237]]|Lena F.|geplant
|06.06.|{t("2003.10555")} (Clark, Luong, Le, Manning; ICLR 2020)|//offen//|geplant
|13.06.|[[{t("2006.03654")}>>https://arxiv.org/abs/2006.03654v6]]|Paul S.|geplant
|20.06.|{t("1911.02116")} (Conneau et al., ACL 2020) – mehrsprachig, passt zu Merves Projekt|Merve A.|geplant
|27.06.|//Abschluss: Diskussion + Grillen//|alle|–

{{{{warning}}}}
Am **30.05.** (Fronleichnam) fällt der Termin aus. Der 09.05. ist Himmelfahrt.
{{{{/warning}}}}

== Vorbereitung ==

=== Allgemein ===

* Jede Sitzung: 25 Minuten Vortrag, danach Diskussion. Bitte **drei Diskussionsfragen** vorbereiten.
* Wer das Paper vorstellt, schreibt eine kurze Zusammenfassung in die Unterseite [[Protokolle>>Lesekreis.Protokolle.WebHome]].
* Code-Beispiele gern als Notebook im Gitea-Repo ##ag-sprache/lesekreis-notebooks##.

=== Hintergrundmaterial (keine Paper) ===

* [[The Illustrated BERT, ELMo, and co.>>https://jalammar.github.io/illustrated-bert/]] – Blogpost, gut als Einstieg
* Jurafsky & Martin, //Speech and Language Processing//, 3. Aufl. (Entwurf), Kap. 10–11
* [[Hugging Face Kurs, Kapitel 1–3>>https://huggingface.co/learn/nlp-course/chapter1/1]]
* Vorlesungsaufzeichnung "Transfer Learning in NLP" (Uni-Mediathek, nur intern)
* Die Bibliothek ##transformers## (Dokumentation, nicht das Paper)

=== Notizen aus der Orga-Runde ===

Für XLNet und DeBERTa hat Paul angeregt, die Abschnitte zu relativen Positionskodierungen gemeinsam zu lesen. ELECTRA (Diskriminator statt Generator) soll explizit mit dem MLM-Ziel verglichen werden; Merve bringt die mehrsprachige Perspektive ein (XLM-R, CC-100).

{{{{code language="bash"}}}}
# Notebook-Umgebung für den Lesekreis
conda create -n lesekreis python=3.11
conda activate lesekreis
pip install torch transformers datasets sentencepiece
{{{{/code}}}}

== Vorschläge für das Wintersemester ==

(% class="table-bordered" %)
|=Vorschlag|=von|=Stimmen
|Sparse Mixture-of-Experts allgemein (Überblick, noch kein konkretes Paper)|Tobias R.|3
|Instruction Tuning – "FLAN" und Nachfolger|Hanne K.|2
|Tokenisierung ohne Vokabular (Byte-Level)|Lena F.|4
|Retrieval-Augmentierung|Jonas W.|1

Bitte Vorschläge bis **15.07.** eintragen; abgestimmt wird in der letzten Sitzung.

----

(% class="small" %)
Verantwortlich: Hanne Kranich (##hanne.kranich@sprachlabor.example##) · Letzte inhaltliche Prüfung: 12.04.2024 · [[Zurück zur Übersicht>>Lesekreis.WebHome]]
"""
write_only(F587, text, keys(F587))
