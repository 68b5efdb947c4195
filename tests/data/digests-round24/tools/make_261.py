#!/usr/bin/env python3
"""261: a PlantUML mind map (`.puml`, @startmindmap) of a reading group's self-supervised-learning map, Albanian
labels; links as [[url label]], multi-line nodes as :…; and \\n breaks in one-line nodes."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write


def br(t, at):
    """break a title after its at-th word with PlantUML's \\n"""
    w = t.split(" ")
    return " ".join(w[:at]) + "\\n" + " ".join(w[at:])


bt = T("2103.03230").split(" ")
txt = f"""@startmindmap
title Harta e leximit: të mësuarit vetë-mbikëqyrur (grupi i leximit, FSHN Tiranë, pranverë 2024)
<style>
mindmapDiagram {{
  node {{
    BackgroundColor #fdfdfd
    LineColor #555555
  }}
  :depth(1) {{
    BackGroundColor #ffd8a8
  }}
  .lexuar {{
    BackgroundColor #c3fae8
  }}
}}
</style>
* Të mësuarit\\nvetë-mbikëqyrur
** Kontrastiv (çifte pozitive / negative)
*** [[https://arxiv.org/abs/1911.05722 {T("1911.05722")}]] <<lexuar>>
*** [[https://arxiv.org/pdf/2002.05709.pdf {T("2002.05709")}]] <<lexuar>>
*** {br(T("2010.04592"), 2)}
**** Diskutim 14.03: sa negative duhen? (batch 4096 vs 256)
*** {T("2004.11362")}\\narXiv:2004.11362
*** {br(T("2011.04419"), 3)}
** Pa negative
***:<b>{" ".join(bt[:3])}</b>
{" ".join(bt[3:])};
*** {T("2006.07733")} (arXiv 2006.07733) <<lexuar>>
*** [[https://huggingface.co/papers/2104.14294 {T("2104.14294")}]]
**** DINO -> DINOv2 (jo në listë këtë semestër)
** Teori dhe modele gjeneruese
*** {T("2006.05576")}
*** {T("2010.02014")}
left side
** Aplikime
*** Etiketa me zhurmë
**** [[https://openreview.net/forum?id={OR("2103.13646")} {T("2103.13646")}]]
*** Fine-tuning
**** [[https://openreview.net/pdf?id={OR("2011.06182")} {T("2011.06182")}]]
*** Gjuhë + imazh
**** {T("2303.15343")}
***** shih edhe: CLIP, ALIGN (vetëm si emra)
** Burime (jo artikuj)
*** [[https://github.com/facebookresearch/vissl VISSL (GitHub)]]
*** [[https://lilianweng.github.io/posts/2021-05-31-contrastive/ Lilian Weng: Contrastive Representation Learning]]
*** Leksioni 12, NYU DS-GA 1008 (video)
*** Dataset: STL-10, 100 000 imazhe pa etiketë
legend right
  Jeshile = e lexuar në takim
  Takimet: e enjte 16:00, salla 2.14
endlegend
footer Përditësuar më 2024-03-21 nga E. Hoxha | plantuml 1.2024.3
@endmindmap
"""
write("261_plantuml_mindmap_albanian_self_supervised_reading_map.puml", txt)
