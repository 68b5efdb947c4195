#!/usr/bin/env python3
"""1636 (negative): a Finnish researcher's abook address book (~/.abook/addressbook) after organising a summer school:
the "# abook addressbook file" comment, the [format] section (program, version), then one numbered section per
contact ([0], [1], …) with abook's field names (name, email — several comma-separated —, address, city, zip, country,
phone, workphone, mobile, nick, url, notes, groups, custom1). Notes name a venue, software, a corpus, a sauna
evening and invoices — no paper."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num

F = by_num(1636)
PEOPLE = [
    [("name", "Aino Virtanen"), ("email", "aino.virtanen@helsinki.example.fi,aino.v@gmail.example.com"),
     ("address", "Pietari Kalmin katu 5"), ("city", "Helsinki"), ("zip", "00560"), ("country", "Suomi"),
     ("workphone", "+358 29 000 0001"), ("mobile", "+358 40 000 0001"), ("nick", "aino"),
     ("notes", "Kesäkoulun johtaja; hyväksyy matkalaskut. Lomat heinäkuussa."), ("groups", "kesakoulu,laitos")],
    [("name", "Mikko Korhonen"), ("email", "mikko.korhonen@jyu.example.fi"), ("city", "Jyväskylä"), ("country", "Suomi"),
     ("mobile", "+358 50 000 0002"), ("nick", "mikko"),
     ("notes", "Pitää JAX-harjoitukset tiistaina ja keskiviikkona; tarvitsee kaksi GPU-konetta luokkaan Ag C231."),
     ("groups", "kesakoulu,opettajat")],
    [("name", "Laura Mäkinen"), ("email", "laura@startup.example.fi"), ("city", "Espoo"), ("country", "Suomi"),
     ("mobile", "+358 44 000 0003"), ("url", "https://startup.example.fi"),
     ("notes", "Yrityspaneeli torstaina; sponsoroi saunaillan ja iltapalan."), ("groups", "kesakoulu,sponsorit")],
    [("name", "Jonas Berg"), ("email", "jonas.berg@kth.example.se"), ("city", "Stockholm"), ("country", "Ruotsi"),
     ("notes", "Kutsuttu puhuja; luento puheentunnistuksesta ja suomenkielisestä puhekorpuksesta. Junalla Turusta."),
     ("groups", "kesakoulu,puhujat"), ("custom1", "kasvisruoka")],
    [("name", "Sanna Laine"), ("email", "sanna.laine@csc.example.fi"), ("country", "Suomi"), ("workphone", "+358 9 000 0004"),
     ("notes", "Laskenta-ajan tunnukset osallistujille; ohjeet lähetetään viikkoa ennen."), ("groups", "kesakoulu")],
    [("name", "Pekka Nieminen"), ("email", "tilat@hotelli.example.fi"), ("city", "Jyväskylä"), ("zip", "40100"),
     ("workphone", "+358 14 000 0005"), ("notes", "Hotellin myynti; 32 huonetta 10.-14.6., lasku laitokselle viitteellä."),
     ("groups", "kesakoulu,majoitus")],
]


def build():
    L = ["# abook addressbook file", "", "[format]", "program=abook", "version=0.6.1", "", ""]
    for i, p in enumerate(PEOPLE):
        L.append(f"[{i}]")
        L += [f"{k}={v}" for k, v in p]
        L.append("")
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write(F, build(), negative=True)
