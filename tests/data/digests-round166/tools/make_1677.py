#!/usr/bin/env python3
"""1677: a University of Oslo (UiO) course's «Pensum/læringskrav» page (Vortex CMS, www.uio.no/studier/emner/…) copied
from the browser as text, Norwegian Bokmål: site head, breadcrumb, the semester page's menu, the reading list by week
(the obligatory articles with arXiv links, one given as «arXiv:…», the recommended extra reading as plain references),
læringskrav, «Publisert … - Sist endret …», the footer. The course IN5937, its teachers and rooms are invented; NorBERT,
Jurafsky & Martin's book, Hugging Face and the Educloud cluster appear as what they are, never labelled."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys
F = by_num(1677)
CODE, SEM = "IN5937", "Våren 2025"
weeks = [
    (3, "Repetisjon: nevrale nettverk for tekst", [
        "Jurafsky, D. og Martin, J. H.: Speech and Language Processing (3. utg., utkast), kap. 7 og 9. (Bok, tilgjengelig på nett.)"]),
    (4, "Transformer-arkitekturen", [
        f"Vaswani, A. mfl. (2017): {T('1706.03762')}. NeurIPS 2017. https://arxiv.org/abs/1706.03762"]),
    (6, "Forhåndstrente enkodere", [
        f"Devlin, J. mfl. (2019): {T('1810.04805')}. NAACL 2019. https://arxiv.org/pdf/1810.04805",
        f"Liu, Y. mfl. (2019): {T('1907.11692')}. https://arxiv.org/abs/1907.11692v1"]),
    (8, "Autoregressive og permuterte mål", [
        f"Yang, Z. mfl. (2019): {T('1906.08237')}. NeurIPS 2019. arXiv:1906.08237"]),
    (10, "Norske språkmodeller", [
        "Forelesningsnotater om NorBERT og NorT5 (legges ut under Ressurser). Ikke egne artikler til denne uka."]),
]
extra = [
    f"Howard, J. og Ruder, S. (2018): {T('1801.06146')}. ACL 2018.",
    f"Conneau, A. mfl. (2020): {T('1911.02116')}. ACL 2020.",
    f"Clark, K. mfl. (2020): {T('2003.10555')}. ICLR 2020.",
    f"He, P. mfl. (2021): {T('2006.03654')}. ICLR 2021.",
]
L = ["Hopp til hovedinnhold", "Universitetet i Oslo", "Meny", "Søk", "Studier", "Forskning", "Om UiO", "English", "",
     "Forsiden", "Studier", "Emner", "Matematikk og naturvitenskap", "Institutt for informatikk", CODE, SEM, "",
     f"{CODE} – Nevrale språkmodeller", SEM, "", "Semesterside", "Timeplan", "Pensum/læringskrav", "Beskjeder",
     "Ressurser", "Eksamen", "", "Pensum/læringskrav", "",
     "Pensum består av forelesningene, de to obligatoriske oppgavene og artiklene under. Alle artiklene er fritt "
     "tilgjengelige; der det finnes en arXiv-versjon, lenker vi til den. Endringer kunngjøres under Beskjeder.", "",
     "Obligatoriske artikler", ""]
for w, topic, refs in weeks:
    L += [f"Uke {w}: {topic}", *refs, ""]
L += ["Anbefalt tilleggslitteratur (ikke pensum)", "", *extra, "",
      "Læringskrav", "",
      "Du skal kunne forklare hvordan oppmerksomhetsmekanismen og Transformer-arkitekturen virker, gjøre rede for "
      "ulike forhåndstreningsmål, og selv finjustere en forhåndstrent modell med Hugging Face-biblioteket på "
      "Educloud-klyngen (se oblig 2).", "",
      "Publisert 9. jan. 2025 14:02 - Sist endret 27. jan. 2025 09:41", "",
      "Kontakt", f"Emneansvarlig: Ingrid Solheim (ingrid.solheim@ifi.example.no)", "",
      "Ansvarlig for denne siden", "Institutt for informatikk", "",
      "Kontakt UiO", "Hjelp til nettsidene", "Personvern og informasjonskapsler", "Tilgjengelighetserklæring"]
write_only(F, "\n".join(L) + "\n", keys(F))
