#!/usr/bin/env python3
"""1878: the README.md of an awesome list on version.aalto.fi, Aalto University's GitLab (Finnish): the title with the
awesome badge, the pipeline badge of the project, an introduction, «Sisällys» (the index by GitLab's anchor rule),
sections with linked list items, a table «| Artikkeli | Vuosi | Ydinajatus | Koodi |», a Mermaid block, tasks, and
«Lisenssi» last. The group, project, people and issues are invented; the repositories vllm, flash-attention,
neuraloperator and Flower and the CSC's Puhti / Mahti / LUMI user guides appear as what they are. Computed: the index
anchors (GitLab's slug rule, asserted unique), the project URLs, the Finnish date."""
import os, re, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys
F = by_num(1878)
PROJ = "https://version.aalto.fi/gitlab/skaala-ml/awesome-skaala"


def slug(h):
    s = h.strip().lower()
    s = "".join(c for c in s if c.isalnum() or c in " -_" or unicodedata.category(c).startswith("M"))
    return s.replace(" ", "-")


SECTIONS = {
 "Päättely ja tarjoilu": [
  f"- [{T('2309.06180')}](https://arxiv.org/abs/2309.06180) — PagedAttention; käytössä vLLM:ssä ([vllm](https://github.com/vllm-project/vllm)).",
  f"- [{T('2307.08691')}](https://arxiv.org/pdf/2307.08691v1) — parempi työnjako GPU:n säikeiden kesken.",
  f"- {T('2306.15595')} (arXiv:2306.15595) — kontekstin pidentäminen ilman koko mallin uudelleenkoulutusta.",
 ],
 "Hajautettu koulutus": [
  "| Artikkeli | Vuosi | Ydinajatus | Koodi |",
  "| --- | --- | --- | --- |",
  f"| [{T('2006.16668')}](http://arxiv.org/abs/2006.16668v1) | 2020 | Asiantuntijakerrokset ja automaattinen jakaminen. | — |",
  f"| {T('2111.04263')} | 2021 | Federoitu oppiminen dynaamisella regularisoinnilla. | [flower](https://github.com/adap/flower) |",
 ],
 "Tieteellinen laskenta": [
  f"- [{T('2010.08895')}](https://arxiv.org/abs/2010.08895) — ratkaisijan korvaava malli; koodi [neuraloperator](https://github.com/neuraloperator/neuraloperator).",
  f"- {T('2106.05234')} — Graphormer, molekyyligraafit (Ying ym., NeurIPS 2021).",
 ],
 "Visualisointi ja opetus": [
  f"- {T('2103.14625')} — hyvä kurssin demoihin, huomiopäiden tarkastelu selaimessa.",
  "- CSC:n käyttöohjeet: [Puhti ja Mahti](https://docs.csc.fi/computing/), [LUMI](https://docs.lumi-supercomputer.eu/).",
 ],
 "Tehtävät": [
  "- [x] Lisää PagedAttention (#3)",
  "- [x] Lisää taulukko hajautetusta koulutuksesta (#5)",
  "- [ ] Kirjoita tiivistelmä FNO-artikkelista (#8)",
  "- [ ] Tarkista linkit ennen kevään lukupiiriä (#9)",
 ],
 "Osallistuminen": [
  "Avaa issue tai merge request (esim. !4). Merkitse uudet ehdotukset tunnisteella ~uusi-lähde.",
  "Kysymykset: @mvirtanen tai @akorhonen.",
 ],
 "Lisenssi": ["CC0 1.0."],
}
heads = list(SECTIONS)
assert len({slug(h) for h in heads}) == len(heads)
out = [f"# Awesome Skaala [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)", "",
       f"[![pipeline status]({PROJ}/badges/main/pipeline.svg)]({PROJ}/-/commits/main)", "",
       "Kokoelma artikkeleita ja työkaluja suurten mallien koulutuksesta, tarjoilusta ja tieteellisestä laskennasta.",
       "Lista on syntynyt Aallon lukupiirissä «Skaala»; katso myös luku [Tehtävät](#tehtävät).", "",
       "Päivitetty 9. maaliskuuta 2026.", "", "## Sisällys", ""]
out += [f"- [{h}](#{slug(h)})" for h in heads] + [""]
out += ["```mermaid", "flowchart LR", "  A[Päättely ja tarjoilu] --> B[Hajautettu koulutus]", "  B --> C[Tieteellinen laskenta]", "```", ""]
for h in heads:
    out += [f"## {h}", ""] + SECTIONS[h] + [""]
text = "\n".join(out)
write_only(F, text, keys(F))
