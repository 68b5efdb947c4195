#!/usr/bin/env python3
"""360: a lab wiki page in MediaWiki wikitext (the source view copied from "Edit source"): an infobox template,
__TOC__, a sortable wikitable Date / Presenter / Paper / Links / Notes (one row per session, Thursdays), titles in
''italics'' with venue after, external links [URL label], internal links [[User:…|…]], [[Media:…]] slides, a
backlog section of * suggestions signed with ~~~~ expanded to user links and UTC timestamps, a {{Done}} template,
categories. Papers: arXiv abs/pdf links (link), an "arXiv:ID" in a Notes cell (arxiv-text), suggestions and rows
without links (title-only). The slides, the lab's GPU queue page, the timm and detectron2 repositories and the
templates are not papers."""
import os, sys
from datetime import date, timedelta
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F360, keys

U = {"km": "[[User:Kmaier|Katrin Maier]]", "jd": "[[User:Jdelacroix|Julien]]", "sb": "[[User:Sbarros|Sofia B.]]",
     "ht": "[[User:Htanaka|Hiro]]", "ow": "[[User:Owalsh|Orla]]"}
# (presenter, paper cell, links cell, notes cell)
S = [
 ("km", f"''{T('2103.14030')}'' (ICCV 2021)", "[https://arxiv.org/abs/2103.14030 arXiv] · [[Media:VRG-2023-09-07-swin.pdf|slides]]", "kick-off; compare with ViT baseline from last term"),
 ("jd", f"''{T('2201.03545')}'' (CVPR 2022)", "[https://arxiv.org/pdf/2201.03545v2.pdf pdf] · [[Media:VRG-2023-09-14-convnext.pdf|slides]]", "{{Done}}"),
 ("sb", f"''{T('2106.10270')}'' (TMLR 2022)", "[https://arxiv.org/abs/2106.10270 arXiv]", "augreg checkpoints are in timm"),
 ("ht", f"''{T('2106.04560')}'' (CVPR 2022)", "—", "arXiv:2106.04560 · paired with the AugReg session"),
 ("ow", f"''{T('1912.11370')}'' (ECCV 2020)", "—", "transfer protocol (BiT-HyperRule) is what we use for the probes"),
 ("km", "''no session — [[Lab retreat 2023]]''", "", ""),
 ("jd", f"''{T('2010.04159')}'' (ICLR 2021)", "[[Media:VRG-2023-10-19-ddetr.pdf|slides]]", "detectron2 port is on the GPU queue, see [[GPU queue]]"),
 ("sb", f"''{T('2010.01412')}'' (ICLR 2021)", "[https://arxiv.org/abs/2010.01412 arXiv]", "optimizer session; bring your loss-landscape plots"),
 ("ht", f"''{T('2006.05929')}'' (ICLR 2021)", "[https://arxiv.org/abs/2006.05929v3 arXiv]", ""),
]
d0 = date(2023, 9, 7)  # Thursday
rows = []
for i, (p, paper, links, notes) in enumerate(S):
    d = d0 + timedelta(weeks=i)
    rows.append(f"|-\n| {d.isoformat()} || {U[p]} || {paper} || {links} || {notes}")

text = f"""{{{{Infobox reading group
| name      = Vision Backbones Reading Group
| semester  = Fall 2023
| organiser = {U['km']}
| time      = Thursdays 16:00–17:00
| room      = B-204 / Zoom (link on [[VRG Zoom]])
| status    = active
}}}}
The '''Vision Backbones Reading Group''' (VRG) meets weekly during term. One person presents (30 min max), the rest of the hour is discussion. Sign up by editing the table; '''please add the paper at least one week ahead''' so people can read it.

__TOC__

== Schedule ==
{{| class="wikitable sortable"
! Date !! Presenter !! Paper !! Links !! Notes
{chr(10).join(rows)}
|}}

== Backlog / suggestions ==
Add a bullet with the full title and sign with four tildes. Move it into the table when someone volunteers.
* ''{T('2104.00298')}'' — progressive resizing might fix our slow CIFAR sweeps. {U['ow']} ([[User talk:Owalsh|talk]]) 09:12, 21 September 2023 (UTC)
* {T('2007.01434')} — for the robustness thread; DomainBed is the repo, the paper is the point. {U['sb']} ([[User talk:Sbarros|talk]]) 15:40, 28 September 2023 (UTC)
** +1, and pair it with ''{T('2004.07780')}'' (Nature MI 2020). {U['jd']} ([[User talk:Jdelacroix|talk]]) 16:02, 28 September 2023 (UTC)
* {T('2103.14339')} — medical-imaging crossover, Hiro's request. {U['km']} ([[User talk:Kmaier|talk]]) 11:27, 5 October 2023 (UTC)

== Past semesters ==
* [[Vision Backbones Reading Group/Spring 2023]]
* [[Vision Backbones Reading Group/Fall 2022]]

[[Category:Reading groups]]
[[Category:Vision]]
"""
write_only(F360, text, keys(F360))
