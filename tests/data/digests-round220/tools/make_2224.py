#!/usr/bin/env python3
"""2224: a discussion on the Flarum forum of a student informatics club at the Prešovská univerzita v Prešove, copied
from the browser as text, with a Slovak language pack (as remembered: the forum title, «Hľadať na fóre»,
«Registrovať sa», «Prihlásiť sa», the tags, the discussion title, the sidebar «Odpovedať» / «Sledovať» and the scrubber
«Pôvodný príspevok», «1 z N», «Teraz», then each post as user, date «d. mmm.», body, «Páči sa mi   Odpovedať» and a
likes line «A a B sa to páči.», mentions «@user», and the composer placeholder «Napísať odpoveď…» at the end).
Slovak with English titles.
Computed: N in the scrubber = the posts (asserted by the checker), dates not decreasing (asserted)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys
F = by_num(2224)
SK_M = ["jan.", "feb.", "mar.", "apr.", "máj.", "jún.", "júl.", "aug.", "sep.", "okt.", "nov.", "dec."]
POSTS = [
 ("miro_kolesar", (4, 12), [
  "Ahojte, robím diplomovku o rozpoznávaní chorôb viniča z fotiek z vinohradov v Tokajskej oblasti.",
  "Školiteľ chce porovnanie CNN a vision transformerov. Čo si prečítať, aby som nezačínal úplne od nuly?"],
  "janka_h a peto_d sa to páči."),
 ("janka_h", (4, 12), [
  "@miro_kolesar Základ je",
  f"{T('2010.11929')} – ICLR verzia: https://openreview.net/forum?id={OR('2010.11929')}",
  f"Potom {T('2103.14030')} https://arxiv.org/abs/2103.14030",
  f"Ak máš málo dát, pozri aj {T('2106.04560')} (arXiv:2106.04560), majú tam few-shot výsledky."],
  "miro_kolesar sa to páči."),
 ("peto_d", (4, 13), [
  "Ja by som CNN nezahadzoval.",
  f"{T('2201.03545')} (https://arxiv.org/pdf/2201.03545v2.pdf) ukazuje, že modernizovaná ResNet sa vyrovná Swinu,",
  f"a {T('2104.00298')} http://arxiv.org/abs/2104.00298 sa trénuje rýchlo aj na jednej GPU v labáku.",
  f"Keď ťa zaujíma teória: {T('2010.08515')}"],
  "miro_kolesar a janka_h sa to páči."),
 ("lukac_kmi", (4, 14), [
  f"@peto_d súhlasím. @miro_kolesar k robustnosti si prečítaj {T('2103.14586')}",
  f"a hlavne {T('2004.07780')} – pri fotkách z vinohradu si over, či sa model nepozerá len na pozadie.",
  "Nie sú to články, ale pomôžu: knižnica timm (predtrénované modely), dataset PlantVillage a kniha",
  "«Dive into Deep Learning», kapitoly o CNN a attention."],
  "miro_kolesar sa to páči."),
 ("miro_kolesar", (4, 16), [
  "Vďaka všetkým! Začnem s timm a PlantVillage a potom prejdem na vlastné fotky. Zhrnutie dám sem."],
  ""),
]
out = ["Študentský klub informatikov PU – fórum", "Hľadať na fóre", "Registrovať sa", "Prihlásiť sa", "",
       "Strojové učenie   Otázky", "CNN alebo vision transformer na diplomovku? Čo čítať", "",
       "Odpovedať", "Sledovať", "Pôvodný príspevok", f"1 z {len(POSTS)}", "Teraz", ""]
prev = None
for who, (m, d), body, likes in POSTS:
    assert prev is None or (m, d) >= prev
    prev = (m, d)
    out += [who, f"{d}. {SK_M[m - 1]}"] + body + ["Páči sa mi   Odpovedať"] + ([likes] if likes else []) + [""]
out += ["Napísať odpoveď…"]
write_only(F, "\n".join(out) + "\n", keys(F))
