#!/usr/bin/env python3
"""1584: a Murobbs (Muropaketti's XenForo forum) thread copied from the browser, Finnish: breadcrumb, thread title and
starter, posts with the member blocks (Liittynyt / Viestejä / Reaktiopisteet), `d.m.yyyy` dates and `#n`, quotes with
«sanoi:» and «Laajenna...», reactions, the reply prompt and XenForo's footer."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys
F = by_num(1584)
M = {  # member: (title, joined, posts, reaction points)
    "pikseliputki": ("Tuttu jäsen", "14.2.2016", "412", "233"),
    "kuvaaja_ville": ("Aktiivinen jäsen", "3.9.2011", "5 871", "4 102"),
    "gradientti": ("Tuttu jäsen", "22.1.2019", "958", "611"),
    "Sammakkoprinssi": ("Jäsen", "7.6.2021", "84", "39"),
    "tuomas_k": ("Aktiivinen jäsen", "30.10.2013", "2 240", "1 517"),
}
posts = [
    ("pikseliputki", "11.3.2025", None, [
        "Moro!",
        "Töissä pitäisi rakentaa kuvageneraattori tuotekuvien taustoille (ei, Midjourney ei käy, data ei saa lähteä talosta). "
        "ComfyUI:lla ja diffusersilla olen jo leikkinyt, mutta teoria on täysin hukassa.",
        "Missä järjestyksessä paperit kannattaisi lukea? Matikka riittää DI-tasolle, kunhan ei mennä stokastisiin differentiaaliyhtälöihin heti ensimmäisenä."],
     "kuvaaja_ville ja gradientti tykkäävät tästä."),
    ("gradientti", "11.3.2025", None, [
        "Aloita historiasta: " + T("1503.03585") + ". Siinä idea on jo kaikki, vaikka kukaan ei sitä 2015 huomannut.",
        "Sitten pisteytyspohjainen näkökulma: " + T("1907.05600") + " (arXiv:1907.05600). Song & Ermon.",
        "DDPM tulee näiden jälkeen luontevasti, sen löydät itsekin."],
     "pikseliputki, tuomas_k ja 1 muu tykkäävät tästä."),
    ("kuvaaja_ville", "11.3.2025", ("gradientti", "DDPM tulee näiden jälkeen luontevasti, sen löydät itsekin."), [
        "Ja heti perään nopeampi näytteistys, muuten odottelet tuhat askelta per kuva:",
        T("2010.02502"),
        "https://openreview.net/forum?id=St1giarCHLP",
        "ICLR-versio, arXivin versio on sama."],
     "pikseliputki tykkää tästä."),
    ("tuomas_k", "12.3.2025", None, [
        "Käytännön laadun kannalta nämä kaksi:",
        T("2105.05233") + " https://arxiv.org/abs/2105.05233",
        T("2207.12598") + " https://arxiv.org/pdf/2207.12598.pdf",
        "Jälkimmäinen on se guidance scale -liukusäädin, jota ComfyUI:ssa vääntelet. Lyhyt paperi, lue ensin."],
     "pikseliputki, gradientti ja 2 muuta tykkäävät tästä."),
    ("Sammakkoprinssi", "12.3.2025", None, [
        "Eikö kaikki nykyään ole latenttiavaruudessa? Kannattaako noita pikselitason papereita edes lukea?"],
     None),
    ("gradientti", "12.3.2025", ("Sammakkoprinssi", "Eikö kaikki nykyään ole latenttiavaruudessa?"), [
        "Kannattaa, latenttimallit ovat sama asia autoenkooderin päällä. Latenttipuolelta " + T("2106.05931") +
        " on hyvä, jos haluat score-näkökulman sinnekin. Linkkiä en nyt löydä puhelimella."],
     "Sammakkoprinssi tykkää tästä."),
    ("tuomas_k", "13.3.2025", None, [
        "Tekstistä kuvaksi: DALL·E 2 eli " + T("2204.06125") + " ja uusimmasta päästä SD3:",
        T("2403.03206"),
        "https://arxiv.org/abs/2403.03206",
        "Flow matching -osuus on raskas, hyppää suoraan arkkitehtuuriin (MM-DiT) jos aika on kortilla."],
     "pikseliputki ja kuvaaja_ville tykkäävät tästä."),
    ("pikseliputki", "14.3.2025", None, [
        "Kiitos kaikille! Kokosin listan tiimin wikiin. Videoista löytyi vielä Stanfordin CS236 (kurssi YouTubessa) ja Hugging Facen "
        "diffuusiokurssi, nekin katsotaan. Raportoin myöhemmin, miten tuotekuvat onnistuivat."],
     "gradientti tykkää tästä."),
]
out = ["Muropaketti.com", "", "Foorumit   Uudet viestit   Etsi foorumeilta   Mitä uutta   Jäsenet",
       "Kirjaudu sisään   Rekisteröidy", "",
       "Foorumit  ›  Tietotekniikka  ›  Ohjelmointi, scriptaus ja tietokannat", "",
       "Diffuusiomallit – mistä aloittaa lukeminen?", "",
       f"Aloittaja {posts[0][0]}, {posts[0][1]}", "Tunnisteet: diffuusiomallit  koneoppiminen  kuvageneraatio", ""]
for n, (who, date, quote, paras, react) in enumerate(posts, 1):
    title, joined, cnt, pts = M[who]
    out += [who, title, "Liittynyt", joined, "Viestejä", cnt, "Reaktiopisteet", pts, "", date, f"#{n}", ""]
    if quote:
        out += [f"{quote[0]} sanoi:", quote[1], "Laajenna...", ""]
    for p in paras:
        out += [p, ""]
    if react:
        out += [react, ""]
    out += ["Tykkää   Lainaa   Vastaa", ""]
out += ["Sinun täytyy kirjautua sisään tai rekisteröityä vastataksesi tähän.", "",
        "Jaa:   Facebook   X   Bluesky   Linkki", "",
        "Foorumit  ›  Tietotekniikka  ›  Ohjelmointi, scriptaus ja tietokannat", "",
        "Muropaketti.com   Yhteystiedot   Käyttöehdot ja säännöt   Tietosuojaseloste   Evästeasetukset",
        "Community platform by XenForo® © 2010-2025 XenForo Ltd.", ""]
write_only(F, "\n".join(out), keys(F))
