#!/usr/bin/env python3
"""1520: the last two pages of a Spanish article in Computación y Sistemas (CIC-IPN) copied from the PDF viewer:
`ISSN 2007-9737` atop each page, the page number with the running head (authors on even pages, the short title on
odd ones), the end of the conclusions citing [n], Agradecimientos, Referencias numbered in citation order (authors as
`Surname, I.` from the catalogue, the year in parentheses, the title, the venue, pages with an en dash, URLs or an
arXiv id), the journal footer `Computación y Sistemas, Vol. 28, No. 3, 2024, pp. 1291–1304` with its DOI. Lines
wrapped at the column's width (titles run across lines; never at hyphens). Not papers: a Master's thesis, timm, the
torchvision docs, INEGI's orthophotos, a CyS article (invented). Nicknames: ViT, ConvNeXt, Deformable DETR, COTR,
AdamW — labelled where the full titles are written."""
import os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write_only
from make_expected import F1520, keys


def ini(name):
    parts = name.split()
    first = " ".join(".".join(x[0] for x in p.split("-")) + "." if not p.endswith(".") else p for p in parts[:-1])
    return f"{parts[-1]}, {first}"


def aus(k, n=6):
    a = CAT[k]["authors"]
    s = ", ".join(ini(x) for x in a[:n])
    return s + (", et al." if len(a) > n else "")


REFS = [
    f"{aus('2010.11929')} (2021). {T('2010.11929')}. International Conference on Learning Representations (ICLR). https://openreview.net/forum?id=YicbFdNTTy.",
    f"{aus('2201.03545')} (2022). {T('2201.03545')}. Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR), pp. 11976–11986. https://arxiv.org/abs/2201.03545.",
    f"{aus('2104.00298')} (2021). {T('2104.00298')}. Proceedings of the 38th International Conference on Machine Learning, PMLR, Vol. 139, pp. 10096–10106.",
    f"{aus('2010.04159')} (2021). {T('2010.04159')}. International Conference on Learning Representations (ICLR). https://arxiv.org/abs/2010.04159.",
    f"{aus('2103.14167')} (2021). {T('2103.14167')}. Proceedings of the IEEE/CVF International Conference on Computer Vision (ICCV), pp. 6207–6217. https://arxiv.org/pdf/2103.14167.pdf.",
    f"{aus('2103.14146')} (2021). {T('2103.14146')}. Proceedings of the IEEE/CVF International Conference on Computer Vision (ICCV), pp. 1971–1980.",
    f"{aus('1711.05101')} (2019). {T('1711.05101')}. International Conference on Learning Representations (ICLR). arXiv:1711.05101.",
    f"{aus('2101.01761')} (2021). {T('2101.01761')}. Proceedings of the AAAI Conference on Artificial Intelligence, Vol. 35, No. 11, pp. 9351–9359.",
    "Hernández-Gómez, J. A., Calvo-Castro, H. (2022). Detección de cambios en imágenes satelitales de la Ciudad de México mediante redes siamesas. Computación y Sistemas, Vol. 26, No. 4, pp. 1645–1657. DOI: 10.13053/CyS-26-4-4411.",
    "Villaseñor-Pineda, L. (2021). Segmentación semántica de ortofotos con transformers jerárquicos. Tesis de Maestría, Centro de Investigación en Computación, Instituto Politécnico Nacional.",
    "Wightman, R. (2019). PyTorch Image Models. GitHub. https://github.com/huggingface/pytorch-image-models.",
    "PyTorch (2024). torchvision 0.18 documentation: models and pre-trained weights. https://pytorch.org/vision/0.18/models.html.",
    "INEGI (2023). Ortofotos digitales, escala 1:20 000. Instituto Nacional de Estadística y Geografía. https://www.inegi.org.mx/temas/imagenes/ortoimagenes/.",
]
W = 58
HEAD_EVEN = "Mariana Téllez-Ortiz, Rodrigo Iturbide-Salas, Lucía Villaseñor-Pineda"
HEAD_ODD = "Detección de cambios urbanos en ortofotos con transformers visuales"
FOOT = ["Computación y Sistemas, Vol. 28, No. 3, 2024, pp. 1291–1304", "doi: 10.13053/CyS-28-3-4987"]


def wrap(s, indent=""):
    return textwrap.wrap(s, W, break_on_hyphens=False, break_long_words=False, subsequent_indent=indent)


concl = ("Los resultados muestran que los modelos basados en transformers [1, 4] superan a las redes convolucionales "
         "clásicas en la detección de cambios urbanos, aunque una red convolucional moderna [2] entrenada con "
         "AdamW [7] y las recetas de entrenamiento de [3] reduce la diferencia a menos de dos puntos de F1. La "
         "correspondencia densa [5] resultó útil para alinear ortofotos de distintos años, y la descripción de "
         "múltiples cambios [6] sugiere una extensión natural hacia subtítulos automáticos. Como trabajo futuro se "
         "explorará la regularización aprendida [8] y la comparación con el enfoque siamés de [9] sobre los datos "
         "de INEGI [13], usando las implementaciones de [11, 12] y las anotaciones de [10].")
page1 = ["ISSN 2007-9737", "", f"1302 {HEAD_EVEN}", ""] + wrap(concl) + ["", "Agradecimientos", ""] + wrap(
    "Este trabajo fue financiado por el Instituto Politécnico Nacional mediante el proyecto SIP 20241187 y por una "
    "beca de posgrado del CONAHCYT. Agradecemos a los revisores anónimos sus comentarios.") + ["", "Referencias", ""]
refl = []
for i, r in enumerate(REFS, 1):
    refl.append(wrap(f"{i}. {r}", "   "))
page1 += [l for r in refl[:7] for l in r] + [""] + FOOT
page2 = ["", "ISSN 2007-9737", "", f"{HEAD_ODD} 1303", ""] + [l for r in refl[7:] for l in r] + [
    "", "Article received on 14/02/2024; accepted on 22/05/2024.", "Corresponding author is Mariana Téllez-Ortiz.", ""] + FOOT
text = "\n".join(page1 + page2) + "\n"
write_only(F1520, text, keys(F1520))
