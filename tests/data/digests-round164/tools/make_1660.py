#!/usr/bin/env python3
"""1660: the end of a Universidad de Chile engineering «memoria» (Memoria para optar al título de Ingeniero Civil en
Computación, FCFM) copied from its PDF, Spanish: the last page of «Conclusión» with numbered citations [n], the
«Bibliografía» in citation order (unsrt-like: full author lists joined with «y», «En …», «arXiv preprint arXiv:…»,
«Disponible en …»), page numbers, the start of «Anexo A». Lines wrapped at 90 columns as the PDF copy breaks them.
The author, her memoria, the earlier memoria (Muñoz) and the CONAF-like report are invented."""
import os, re, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write_only
from make_expected import by_num, keys
F = by_num(1660)
W = 90


def aus(k):
    a = CAT[k]["authors"]
    return a[0] if len(a) == 1 else ", ".join(a[:-1]) + " y " + a[-1]


# references in order of first citation (key, text)
refs = [
    ("munoz", "Pablo Muñoz. Detección de cambios en coberturas de suelo a partir de imágenes Sentinel-2 mediante "
              "redes convolucionales. Memoria para optar al título de Ingeniero Civil en Computación, Universidad de "
              "Chile, Santiago, 2021."),
    ("vit", f"{aus('2010.11929')}. {T('2010.11929')}. En International Conference on Learning Representations "
            f"(ICLR), 2021. Disponible en https://arxiv.org/abs/2010.11929."),
    ("convnext", f"{aus('2201.03545')}. {T('2201.03545')}. En Proceedings of the IEEE/CVF Conference on Computer "
                 f"Vision and Pattern Recognition (CVPR), 2022. Disponible en https://arxiv.org/pdf/2201.03545v2.pdf."),
    ("effv2", f"{aus('2104.00298')}. {T('2104.00298')}. arXiv preprint arXiv:2104.00298, 2021."),
    ("ddetr", f"{aus('2010.04159')}. {T('2010.04159')}. En International Conference on Learning Representations "
              f"(ICLR), 2021. Disponible en https://arxiv.org/abs/2010.04159."),
    ("whyconv", f"{aus('2010.08515')}. {T('2010.08515')} En International Conference on Learning Representations "
                f"(ICLR), 2021."),
    ("cotr", f"{aus('2103.14167')}. {T('2103.14167')}. En Proceedings of the IEEE/CVF International Conference on "
             f"Computer Vision (ICCV), 2021."),
    ("changes", f"{aus('2103.14146')}. {T('2103.14146')}. En Proceedings of the IEEE/CVF International Conference "
                f"on Computer Vision (ICCV), 2021."),
    ("domainbed", f"{aus('2007.01434')}. {T('2007.01434')}. En International Conference on Learning "
                  f"Representations (ICLR), 2021."),
    ("conaf", "Corporación de Estudios Forestales del Norte. Catastro de vegetación y uso de suelo, Región de "
              "Antofagasta: informe técnico. Santiago, 2019."),
    ("detectron", "Detectron2. Facebook AI Research, 2019. Software. Disponible en "
                  "https://github.com/facebookresearch/detectron2."),
]
N = {k: i + 1 for i, (k, _) in enumerate(refs)}
c = lambda *ks: "[" + ", ".join(str(N[k]) for k in ks) + "]"
p1 = (f"En este trabajo se abordó la detección y descripción de cambios en pares de imágenes satelitales de la "
      f"Región de Antofagasta. A diferencia de la memoria de Muñoz {c('munoz')}, que utilizó redes convolucionales "
      f"clásicas, aquí se compararon tres familias de modelos base: transformers de visión {c('vit')}, redes "
      f"convolucionales modernas {c('convnext', 'effv2')} y un detector basado en atención deformable "
      f"{c('ddetr')}. Los resultados muestran que, con menos de dos mil pares etiquetados, las redes "
      f"convolucionales siguen siendo competitivas, lo que es consistente con el análisis teórico de {c('whyconv')}.")
p2 = (f"Para alinear imágenes tomadas en fechas distintas se evaluó además un modelo de correspondencia densa "
      f"{c('cotr')}, y para generar descripciones en lenguaje natural se adaptó el enfoque de {c('changes')}. "
      f"Finalmente, los experimentos de generalización entre regiones siguieron el protocolo de {c('domainbed')}: "
      f"ningún método superó de forma consistente a la minimización del riesgo empírico.")
p3 = (f"Como trabajo futuro se propone incorporar el catastro de vegetación {c('conaf')} como fuente de etiquetas "
      f"débiles y migrar la implementación a Detectron2 {c('detectron')} para facilitar su mantención.")
# the order of first citation must be the numbering
seen = []
for n_ in re.findall(r"\[([\d, ]+)\]", p1 + p2 + p3):
    for x in n_.split(", "):
        if int(x) not in seen: seen.append(int(x))
assert seen == list(range(1, len(refs) + 1)), seen
wrap = lambda s, ind="": textwrap.wrap(s, W, subsequent_indent=ind, break_long_words=False, break_on_hyphens=False)
L = ["5.2. Trabajo futuro", ""]
for p in (p1, p2, p3):
    L += wrap(p) + [""]
L += ["", "47", "", "Bibliografía", ""]
page = 48
count = 0
for i, (_, t) in enumerate(refs, 1):
    L += wrap(f"[{i}] {t}", "    ") + [""]
    count += 1
    if count == 7:
        L += ["", str(page), ""]
        page += 1
L += ["", str(page), "", "Anexo A", "", "Hiperparámetros de entrenamiento", "",
      "Tabla A.1: Hiperparámetros utilizados en todos los experimentos.", "",
      "Parámetro Valor", "Optimizador AdamW", "Tasa de aprendizaje inicial 1 × 10−4",
      "Tamaño de lote 16", "Épocas 60", "Resolución de entrada 512 × 512", "", "", str(page + 1)]
write_only(F, "\n".join(L) + "\n", keys(F))
