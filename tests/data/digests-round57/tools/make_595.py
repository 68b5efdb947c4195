#!/usr/bin/env python3
"""595: a PmWiki page file as stored in wiki.d/ (Lasecirkel.MLforVetenskap): `version=pmwiki-2.3.x ordered=1
urlencoded=1` first, then agent / author / charset / csum / ctime / host / name / rev / targets / text / time, the text
and history values urlencoded the PmWiki way (%0a newlines, %25 percent, %3c '<'), and history entries
author:T= csum:T= diff:T:T0:= host:T= in reverse time order. PmWiki markup: (:title:), !! headings, * lists,
[[url | label]], ''italic'', '''bold''', || tables, (:toc:). Swedish, ML for science and agents."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F595, keys, AF2

def enc(s):
    return s.replace("%", "%25").replace("<", "%3c").replace("\n", "%0a")

body = f"""(:title Läsecirkel: ML för naturvetenskap och agenter, VT 2024:)
(:toc:)
Vi träffas '''varannan onsdag kl. 15.15''' i seminarierum Fysikhuset 4:205. Anmälan och material via [[Lasecirkel/HomePage | startsidan]]. ''Lägg gärna till förslag längst ner, men ändra inte i schemat utan att prata med Ebba.''

!! Schema

||border=1 cellpadding=4 width=100%
||! Datum ||! Artikel ||! Presentatör ||
|| 17 jan || [[https://arxiv.org/abs/2010.08895 | {T('2010.08895')}]] || Ebba ||
|| 31 jan || [[https://arxiv.org/pdf/2010.03409 | {T('2010.03409')}]] (ICLR 2021) || Viktor ||
|| 14 feb || ''{T(AF2)}'' (Nature 596, 2021) — vi läser huvudtexten och metoddelen || Ingrid ||
|| 28 feb || [[https://arxiv.org/abs/2106.05234 | {T('2106.05234')}]] (Graphormer) || Amir ||
|| 13 mar || ''{T('2010.00554')}'' (ICLR 2021) — PCA som spel, kopplar till vår spektralanalys || Ebba ||
|| 27 mar || påsklov, ingen träff || – ||

!! Agenter (andra halvan av terminen)

* [[https://arxiv.org/abs/2305.16291 | {T('2305.16291')}]] — Minecraft-agent med färdighetsbibliotek. Presentatör: Jonatan.
* '''{T('2205.06175')}''' (TMLR 2022) — en och samma modell för Atari, bildtexter och robotarm. Presentatör: Ingrid.
* {T('2010.00904')} — arXiv:2010.00904 (GENRE, ICLR 2021); entitetslänkning som sekvensgenerering. Presentatör: Amir.

!! Anteckningar från träffarna

* '''17 jan:''' Ebba visade hur Fourier-lagren fungerar på Navier–Stokes-datat. Diskussion om upplösningsoberoende: gäller det verkligen när man tränar på 64×64? Viktor testar på vårt eget strömningsdata till nästa gång.
* '''31 jan:''' Viktor körde exempelkoden för ''MeshGraphNets'' på en liten tygsimulering; minnet tog slut på labbdatorn vid 5000 noder. Vi bokar tid på klustret.
* '''14 feb:''' Ingrid gick igenom Evoformer och strukturmodulen. Alla var överens om att metodbilagan är tyngre än själva artikeln. Nästa gång: ta med frågor i förväg!

!! Inte artiklar, men bra att ha

* Kursen ''Machine Learning for Physicists'' (videoföreläsningar)
* Dokumentationen för PyTorch Geometric och DeepXDE
* AlphaFold Protein Structure Database (databas, inte artikel)
* Vår egen kodmapp på gruppens GitLab: @@ml-vetenskap/lasecirkel@@

!! Förslag till HT 2024

* Neurala operatorer för klimatdata? (Viktor)
* Något om LLM-agenter för laboratorieautomation (Jonatan)
* %green%Bokcirkel%% om Bishop, ''Deep Learning: Foundations and Concepts'' (Ebba)

----
Senast granskad av Ebba Lindqvist, jan 2024. Frågor: ebba.lindqvist@fysik.example
"""
ln = body.split("\n").index(f"* {T('2010.00904')} — arXiv:2010.00904 (GENRE, ICLR 2021); entitetslänkning som sekvensgenerering. Presentatör: Amir.") + 1
T1, T0 = 1706786532, 1705489211
out = ["version=pmwiki-2.3.32 ordered=1 urlencoded=1",
       "agent=Mozilla/5.0 (X11; Linux x86_64; rv:122.0) Gecko/20100101 Firefox/122.0",
       "author=Ebba", "charset=UTF-8", "csum=GENRE tillagd, påsklov", f"ctime={T0 - 86400 * 9}",
       "host=198.51.100.47", "name=Lasecirkel.MLforVetenskap", "rev=12",
       "targets=Lasecirkel.HomePage", "text=" + enc(body), f"time={T1}",
       f"author:{T1}=Ebba", f"csum:{T1}=GENRE tillagd, påsklov",
       f"diff:{T1}:{T0}:={ln}d{ln - 1}%0a%3c " + enc(body.split('\n')[ln - 1]) + "%0a",
       f"host:{T1}=198.51.100.47",
       f"author:{T0}=Viktor", f"csum:{T0}=schema vecka 3-11", f"diff:{T0}:{T0 - 86400 * 9}:=", f"host:{T0}=198.51.100.112"]
text = "\n".join(out) + "\n"
write_only(F595, text, keys(F595), [body])
