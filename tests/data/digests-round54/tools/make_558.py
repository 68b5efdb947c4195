#!/usr/bin/env python3
"""558: a MoinMoin 1.9 wiki page as ?action=raw gives it — an Italian "awesome" list of self-supervised vision
papers kept on a lab wiki: processing instructions, macros, MoinMoin tables (||…||) with cell attributes, links
written [[url|text]], categories at the end."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import F558, keys

def a(k, n=3): return au(k, n, " et al.")
H = '||<rowbgcolor="#e8eef7"> \'\'\'Titolo\'\'\' || \'\'\'Autori\'\'\' || \'\'\'Sede\'\'\' || \'\'\'Link\'\'\' || \'\'\'Note\'\'\' ||'
rows_contrast = [
 f"|| [[https://arxiv.org/abs/1911.05722|{T('1911.05722')}]] || {a('1911.05722')} || CVPR 2020 || [[https://github.com/facebookresearch/moco|codice]] || coda di chiavi + encoder a momento; baseline storica ||",
 f"|| '''{T('2011.10566')}''' || {a('2011.10566')} || CVPR 2021 || [[https://openaccess.thecvf.com/CVPR2021|CVF open access]] || niente negativi né momentum: basta lo ''stop-gradient'' ||",
 f"|| {T('2004.11362')} || {a('2004.11362')} || NeurIPS 2020 || [[https://proceedings.neurips.cc/|proceedings]] || versione ''supervisionata'' della InfoNCE; utile come limite superiore ||",
 f"|| {T('2011.04419')} || {a('2011.04419')} || ICML 2021 || arXiv:2011.04419 || DACL: mixup come augmentazione indipendente dal dominio (tabelle, grafi, testo) ||",
]
rows_mim = [
 f"|| {T('2104.14294')} || {a('2104.14294')} || ICCV 2021 || [[https://arxiv.org/abs/2104.14294|arXiv]] · [[https://github.com/facebookresearch/dino|codice]] || DINO; le mappe di attenzione del token [CLS] ||",
 f"|| {T('2111.06377')} || {a('2111.06377')} || CVPR 2022 || [[https://arxiv.org/pdf/2111.06377.pdf|PDF]] || MAE, mascheramento al 75%; decoder leggero ||",
]
rows_vl = [
 f"|| {T('2102.05918')} || {a('2102.05918')} || ICML 2021 || [[https://proceedings.mlr.press/|PMLR]] || ALIGN: 1,8 miliardi di coppie rumorose, nessun filtraggio fine ||",
 f"|| [[https://arxiv.org/abs/2303.15343|{T('2303.15343')}]] || {a('2303.15343')} || ICCV 2023 || — || SigLIP; perdita sigmoide a coppie, batch fino a 1M ||",
]
text = """## page was renamed from AwesomeSSL
## Pagina curata dal gruppo di lettura VisLab — modificare solo dopo averne parlato in riunione
#format wiki
#language it
#acl GruppoVisLab:read,write,revert,delete All:read
#pragma section-numbers off
= Awesome Self-Supervised Vision (VisLab) =

<<TableOfContents(2)>>

Raccolta ragionata dei lavori che leggiamo nel gruppo del giovedì. Le righe in '''grassetto''' sono quelle ancora
da presentare. Per proporre un articolo aggiungere una riga in fondo alla tabella giusta e firmare con `@SIG@` nella
pagina [[GruppoLettura/Proposte]]. Per i dataset vedere [[Dataset/Immagini]], per il cluster [[Cluster/Istruzioni]].

{{attachment:mappa-ssl.png|mappa dei metodi|width=640}}

== Metodi contrastivi e siamesi ==

||<tablewidth="100%" tablestyle="font-size: 0.9em"> '''Titolo''' || '''Autori''' || '''Sede''' || '''Link''' || '''Note''' ||
""" + "\n".join(rows_contrast) + """

~-Nota: SimCLR e BYOL li abbiamo già discussi nel 2022, vedi [[GruppoLettura/Archivio2022]].-~

== Distillazione e modellazione mascherata ==

""" + H + "\n" + "\n".join(rows_mim) + """

/* DA FARE: aggiungere iBOT e data2vec quando Chiara rientra */

== Immagine-testo ==

""" + H + "\n" + "\n".join(rows_vl) + """

== Codice e risorse (non articoli) ==

 * [[https://github.com/facebookresearch/vissl|VISSL]] — libreria di Meta per SSL, ormai poco mantenuta
 * [[https://github.com/lightly-ai/lightly|lightly]] — implementazioni compatte, comode per gli studenti
 * Lezione registrata di Marco (in italiano): [[https://video.example.it/vislab/ssl-2023|video]]
 * Tutorial ECCV sull'apprendimento auto-supervisionato (slide): chiedere il PDF a Elisa
 * Dataset: ImageNet-1k (`/data/imagenet`), COCO 2017, iNaturalist 2021 — '''non''' copiarli in home!

== Calendario ==

||<rowbgcolor="#dddddd"> '''Data''' || '''Chi''' || '''Cosa''' ||
|| 2024-02-15 || Elisa || MoCo + SimSiam ||
|| 2024-02-22 || Tommaso || DINO ||
|| 2024-02-29 || <<MailTo(chiara DOT riva AT vislab DOT example DOT it)>> || MAE ||
|| 2024-03-07 || Davide || ALIGN e SigLIP ||
|| 2024-03-14 || ''libero'' || proposte benvenute ||

----
Ultima revisione ragionata: Elisa Fontana, febbraio 2024. Domande: [[ElisaFontana]].<<BR>>
CategoryGruppoLettura CategoryAwesome
"""
write_only(F558, text, keys(F558))
