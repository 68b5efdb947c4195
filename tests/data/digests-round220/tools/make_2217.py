#!/usr/bin/env python3
"""2217: the «Modular» (modules) page of a Canvas course at Høgskulen på Vestlandet, copied from the browser as text in
the student view with Canvas set to Norwegian Nynorsk (as remembered: «Hopp til innhald», the global navigation
«Konto / Oversikt / Emne / Kalender / Innboks / Historikk / Hjelp», the breadcrumb «CODE › Modular», the term, the
course navigation, «Skjul alle» and «Vis progresjon», one module per week «Veke NN: …» with its completion requirement,
items as their titles (text headers, pages, external links named by their URL, assignments with «d. mmm. yyyy  N poeng»
and «Lever»)). Nynorsk with English titles.
Computed: the ISO week of each module (consecutive, asserted) and every due date inside its module's week (asserted)."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys
F = by_num(2217)
NN_M = ["jan.", "feb.", "mars", "apr.", "mai", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "des."]


def due(d, pts):
    return [f"{d.day}. {NN_M[d.month - 1]} {d.year}  {pts} poeng", "Lever"]


# (ISO week, module title, requirement, items); an item is a string or ("due", weekday offset, points)
MODS = [
 (15, "Innføring – læring utan merkelappar", "Fullfør alle elementa", [
  "Om emnet, framlegg og vurdering",
  "Lilian Weng: «Self-Supervised Representation Learning» (blogginnlegg, ikkje pensum)",
  "Registrering: vel artikkel til framlegget ditt", ("due", 4, 0)]),
 (16, "Kontrastiv læring", "Fullfør alle elementa", [
  f"Framlegg 1: {T('1807.03748')}",
  "https://arxiv.org/abs/1807.03748",
  f"Framlegg 2: {T('2002.05709')} (SimCLR)",
  "SimCLR – https://arxiv.org/pdf/2002.05709v3.pdf",
  "Lesenotat veke 16", ("due", 4, 10)]),
 (17, "Utan negative døme", "Fullfør alle elementa", [
  f"Framlegg 3: {T('2011.10566')} (Chen & He, CVPR 2021)",
  "Diskusjon: kvifor kollapsar ikkje representasjonane?",
  "Lesenotat veke 17", ("due", 4, 10)]),
 (18, "Teori – fleire synsvinklar på same bilete", "Fullfør alle elementa", [
  f"Framlegg 4: {T('2006.05576')}",
  f"https://openreview.net/forum?id={OR('2006.05576')}",
  f"Ekstra for dei matematikkinteresserte: {T('2010.00554')}",
  "Lesenotat veke 18", ("due", 4, 10)]),
 (19, "Sjølvdestillasjon og Vision Transformers", "Fullfør alle elementa", [
  f"Framlegg 5: {T('2104.14294')} (arXiv:2104.14294)",
  f"Framlegg 6: {T('2304.07193')}",
  "https://arxiv.org/abs/2304.07193",
  "facebookresearch/dinov2 på GitHub (kode, ikkje pensum)",
  "Lesenotat veke 19", ("due", 4, 10)]),
 (20, "Bruk: støyande merkelappar og eigne data", "Fullfør alle elementa", [
  f"Framlegg 7: {T('2103.13646')} (Zheltonozhskii et al., WACV 2022)",
  "Prosjektoppgåve: merdkamera-bilete frå ein oppdrettslokalitet i Sunnfjord",
  "Prosjektrapport", ("due", 4, 40)]),
]
RES = ["Ressursar (ikkje pensum)", [
  "Dive into Deep Learning – kapittel 14 (bok, d2l.ai)",
  "PyTorch Lightning – dokumentasjon",
  "forelesing_veke15.pdf"]]
out = ["Hopp til innhald", "Konto", "Oversikt", "Emne", "Kalender", "Innboks", "Historikk", "Hjelp", "",
       "DAT364 › Modular", "Vår 2026", "",
       "Framside", "Kunngjeringar", "Modular", "Oppgåver", "Diskusjonar", "Karakterar", "Personar", "Emneplan", "",
       "Skjul alle", "Vis progresjon", ""]
prev = None
for wk, title, req, items in MODS:
    assert prev is None or wk == prev + 1
    prev = wk
    monday = dt.date.fromisocalendar(2026, wk, 1)
    out += [f"Veke {wk}: {title}", req]
    for it in items:
        if isinstance(it, tuple):
            d = monday + dt.timedelta(days=it[1])
            assert d.isocalendar()[1] == wk
            out += due(d, it[2])
        else:
            out.append(it)
    out.append("")
out += [RES[0]] + RES[1]
write_only(F, "\n".join(out) + "\n", keys(F))
