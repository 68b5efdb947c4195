#!/usr/bin/env python3
"""1101: a Turkish PhD student's `.bib` for her thesis chapter on self-supervised representation learning: a
ResearchRabbit collection exported as BibTeX ("Export collection → BibTeX": entry keys `surnameYEARfirstword`, fields
title / author / year / journal or booktitle / url / eprint as the service filled them, two-space indents, `=` with
spaces, entries separated by a blank line), to which she added Turkish `%` comments (what each group is for, who
presents what), protected some capitals with braces by hand and added two `@misc` entries for software. The solo-learn
and lightly repositories are not papers; "DINO", "MAE", "SimSiam", "MoCo", "SupCon", "HuBERT", "SigLIP", "ALIGN" are
nicknames."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only, CAT
from make_expected import by_num, keys

F = by_num(1101)
K = dict(dino="2104.14294", mae="2111.06377", siglip="2303.15343", simsiam="2011.10566", hubert="2106.07447",
         moco="1911.05722", supcon="2004.11362", align="2102.05918")


def auth(k):
    out = []
    for n in CAT[k]["authors"]:
        p = n.split()
        out.append(f"{p[-1]}, {' '.join(p[:-1])}")
    return " and ".join(out)


def key(k):
    first = re.sub(r"[^a-z]", "", T(k).split()[0].lower())
    sur = re.sub(r"[^a-z]", "", CAT[k]["authors"][0].split()[-1].lower().replace("é", "e"))
    return f"{sur}{CAT[k]['published'][:4]}{first}"


def entry(k, typ, title, extra):
    f = [("title", title), ("author", auth(k)), ("year", CAT[k]["published"][:4])] + extra
    return f"@{typ}{{{key(k)},\n" + ",\n".join(f"  {a} = {{{b}}}" for a, b in f) + "\n}"


parts = ["""% ============================================================
% tez_bolum3.bib — Bölüm 3: Öz-denetimli temsil öğrenme
% ResearchRabbit koleksiyonundan dışa aktarıldı (3 Mart 2024),
% sonra elle düzenlendi: büyük harfler {..} ile korundu, yorumlar eklendi.
% Derleme: biber + biblatex (style=authoryear). UTF-8!
% ============================================================
""",
"% --- 3.1 Kontrastif yöntemler (okuma grubu: Zeynep, 12 Mart) ---",
entry(K["moco"], "inproceedings", T(K["moco"]), [("booktitle", "2020 IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)"), ("pages", "9726--9735")]),
entry(K["supcon"], "inproceedings", "{" + T(K["supcon"]) + "}", [("booktitle", "Advances in Neural Information Processing Systems"), ("volume", "33"), ("pages", "18661--18673")]),
"% SimSiam: negatif örnek yok, momentum encoder yok — stop-gradient yeterli. Tablo 1'i slayta koy.",
entry(K["simsiam"], "article", T(K["simsiam"]), [("journal", "arXiv preprint"), ("eprint", K["simsiam"]), ("archiveprefix", "arXiv")]),
"% --- 3.2 Maskeli modelleme ve ViT tabanlı yöntemler ---",
entry(K["dino"], "inproceedings", T(K["dino"]).replace("Vision Transformers", "Vision {Transformers}"), [("booktitle", "2021 IEEE/CVF International Conference on Computer Vision (ICCV)"), ("url", f"https://arxiv.org/abs/{K['dino']}")]),
entry(K["mae"], "inproceedings", T(K["mae"]), [("booktitle", "2022 IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)"), ("url", f"https://arxiv.org/abs/{K['mae']}")]),
"% Konuşma tarafı — Emre'nin önerisi, tezde sadece 1 paragraf olacak",
entry(K["hubert"], "article", "{HuBERT}: " + T(K["hubert"]).split(": ", 1)[1], [("journal", "IEEE/ACM Transactions on Audio, Speech, and Language Processing"), ("volume", "29"), ("eprint", K["hubert"]), ("archiveprefix", "arXiv")]),
"% --- 3.3 Görüntü–metin ön eğitimi (danışman: \"en azından bu ikisini oku\") ---",
entry(K["align"], "inproceedings", T(K["align"]), [("booktitle", "Proceedings of the 38th International Conference on Machine Learning"), ("pages", "4904--4916")]),
entry(K["siglip"], "inproceedings", T(K["siglip"]), [("booktitle", "2023 IEEE/CVF International Conference on Computer Vision (ICCV)"), ("url", f"https://arxiv.org/pdf/{K['siglip']}.pdf")]),
"% --- yazılım (elle eklendi, ResearchRabbit'te yok) ---",
"""@misc{dacosta2022sololearn,
  title = {solo-learn: A Library of Self-supervised Methods for Visual Representation Learning},
  author = {da Costa, Victor G. Turrisi and Fini, Enrico and Nabi, Moin and Sebe, Nicu and Ricci, Elisa},
  year = {2022},
  howpublished = {\\url{https://github.com/vturrisi/solo-learn}},
  note = {Yazılım; deneyler bununla}
}""",
"""@misc{lightly2020,
  title = {Lightly},
  author = {{Lightly AG}},
  year = {2020},
  howpublished = {\\url{https://github.com/lightly-ai/lightly}},
  note = {Yazılım}
}""",
]
doc = "\n\n".join(parts) + "\n"
write_only(F, doc, keys(F), forms=[doc.replace("{", "").replace("}", "")])
