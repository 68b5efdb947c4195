#!/usr/bin/env python3
"""2238: the README.md of an awesome list kept by a student group of Mondragon Unibertsitatea (Goi Eskola Politeknikoa,
Arrasate) on Codeberg, written in CommonMark with reference-style links only («[label][ref]» in the text, «[ref]: URL»
definitions at the end, the badge an image inside a reference link), ATX headings, a «Edukiak» list of anchors (the
slugs Forgejo's renderer gives: lower case, spaces to hyphens, punctuation dropped), «-» bullets, a numbered
contributing list and a fenced block. Basque with English titles.
Computed: the anchors from the headings, the definitions from the references used (each used and defined once,
asserted), the entry count in the intro."""
import os, re, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys
F = by_num(2238)


def slug(h):
    s = h.strip().lower()
    s = "".join(c for c in s if c.isalnum() or c in " -_" or unicodedata.category(c).startswith("M"))
    return s.replace(" ", "-")


SECTIONS = [
 ("Ikasketa kontrastiboa", [
  f"- **[{T('1911.05722')}][moco]** — He et al., CVPR 2020. MoCo: ilara bat eta kodetzaile «momentum» bat; gure lehen saioa.",
  f"- **[{T('2002.05709')}][simclr]** — Chen et al., ICML 2020. SimCLR, datu-areagotze sendoekin.",
  f"- [{T('1807.03748')}][cpc] — van den Oord et al., 2018. CPC eta InfoNCE galera.",
  f"- {T('2006.05576')} — Tsai et al., ICLR 2021 ([OpenReview][multiview]). Zergatik funtzionatzen duen, ikuspegi teorikotik.",
 ]),
 ("Maskaratutako modelatzea", [
  f"- {T('2111.06377')} — He et al., CVPR 2022, arXiv:2111.06377. MAE; esteka falta da, PR bat bidali nahi baduzu.",
  f"- {T('2106.07447')} — Hsu et al., IEEE/ACM TASLP 2021. Hizketarako bertsioa; euskarazko audioarekin probatzeko.",
 ]),
 ("Orokortzea eta erregularizazioa", [
  f"- {T('2007.01434')} — Gulrajani & Lopez-Paz, ICLR 2021. DomainBed-en atzean dagoen artikulua.",
  f"- {T('2101.01761')} — Pham & Le, AAAI 2021.",
 ]),
 ("Ez dira artikuluak: tresnak, liburuak eta datuak", [
  "- [solo-learn][solo] — PyTorch liburutegia, metodo autogainbegiratu askoren inplementazioekin (software).",
  "- [lightly][lightly] — beste liburutegi bat, datu-multzo txikietarako erosoa (software).",
  "- [Deep Learning][dlbook] — Goodfellow, Bengio eta Courville; liburua, doan sarean.",
  "- [EusCrawl][euscrawl] — euskarazko testu-corpusa (datuak).",
  "- [Lilian Weng-en blogeko sarrera][weng] ikasketa kontrastiboari buruz (bloga, ez artikulua).",
 ]),
]
PAPER_SECTIONS = 3
REFS = {
 "badge": "https://img.shields.io/badge/lizentzia-CC0--1.0-blue",
 "cc0": "https://creativecommons.org/publicdomain/zero/1.0/",
 "moco": "https://arxiv.org/abs/1911.05722",
 "simclr": "https://arxiv.org/pdf/2002.05709v3.pdf",
 "cpc": "http://arxiv.org/abs/1807.03748",
 "multiview": f"https://openreview.net/forum?id={OR('2006.05576')}",
 "solo": "https://github.com/vturrisi/solo-learn",
 "lightly": "https://github.com/lightly-ai/lightly",
 "dlbook": "https://www.deeplearningbook.org/",
 "euscrawl": "https://ixa.ehu.eus/euscrawl/",
 "weng": "https://lilianweng.github.io/posts/2021-05-31-contrastive/",
}
n_papers = sum(len(items) for _, items in SECTIONS[:PAPER_SECTIONS])
out = ["# Awesome ikasketa autogainbegiratua", "",
       "[![Lizentzia: CC0][badge]][cc0]", "",
       "Mondragon Unibertsitateko Goi Eskola Politeknikoko (Arrasate) ikasle talde batek mantentzen duen irakurketa-zerrenda",
       f"da hau: ikasketa autogainbegiratuari (*self-supervised learning*) buruzko {n_papers} artikulu eta zenbait baliabide.",
       "Ostegunero artikulu bat irakurtzen dugu, 13:00etan, liburutegiko 2. solairuan. Etorri nahi baduzu, idatzi issue bat.", "",
       "## Edukiak", ""]
heads = [h for h, _ in SECTIONS] + ["Nola lagundu", "Lizentzia"]
out += [f"- [{h}](#{slug(h)})" for h in heads] + [""]
for h, items in SECTIONS:
    out += [f"## {h}", ""] + items + [""]
out += ["## Nola lagundu", "",
        "1. Egin *fork* bat eta sortu adar berri bat.",
        "2. Gehitu sarrera atal egokian: izenburu osoa, egileak, biltzarra eta urtea.",
        "3. Esteka guztiak erreferentzia estiloan idatzi, fitxategiaren amaieran.",
        "4. Egiaztatu estekak bidali aurretik:", "",
        "```sh", "lychee --offline README.md", "```", "",
        "## Lizentzia", "",
        "Zerrenda hau [CC0][cc0] lizentziapean dago.", ""]
body = "\n".join(out)
used = re.findall(r"\]\[([\w-]+)\]", body)
assert set(used) == set(REFS), (set(used) ^ set(REFS))
out += [f"[{k}]: {v}" for k, v in REFS.items()]
text = "\n".join(out) + "\n"
write_only(F, text, keys(F))
