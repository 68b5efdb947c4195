#!/usr/bin/env python3
"""1959: the «CONCLUSIONES» and the «BIBLIOGRAFÍA» of an invented Chilean engineering thesis («memoria de título»),
copied from the PDF, references in NCh 1143 style (Chile's adaptation of ISO 690, as assumed: «APELLIDO, Nombre»,
«En:», «[en línea]», «Disponible en: URL», «[consulta: d de mes de aaaa]»), numbered in order of first citation:
Spanish with English titles. The thesis, its pages and the access dates are invented; the COCO data set, the MMDetection
library and a Spanish textbook entry appear as what they are or as invented (the textbook). Computed: the numbering by
first citation in the conclusions (asserted: every entry cited, in order), the page numbers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys
F = by_num(1959)
REFS = {
 "convnext": f"LIU, Zhuang, MAO, Hanzi, WU, Chao-Yuan, et al. {T('2201.03545')} [en línea]. En: Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR). 2022, pp. 11976-11986. Disponible en: https://arxiv.org/abs/2201.03545 [consulta: 12 de enero de 2026].",
 "swin": f"LIU, Ze, LIN, Yutong, CAO, Yue, et al. {T('2103.14030')} [en línea]. En: Proceedings of the IEEE/CVF International Conference on Computer Vision (ICCV). 2021, pp. 10012-10022. Disponible en: https://arxiv.org/pdf/2103.14030v2 [consulta: 12 de enero de 2026].",
 "vit": f"DOSOVITSKIY, Alexey, BEYER, Lucas, KOLESNIKOV, Alexander, et al. {T('2010.11929')} [en línea]. En: International Conference on Learning Representations (ICLR). 2021. Disponible en: https://openreview.net/forum?id={OR('2010.11929')} [consulta: 14 de enero de 2026].",
 "scaling": f"ZHAI, Xiaohua, KOLESNIKOV, Alexander, HOULSBY, Neil y BEYER, Lucas. {T('2106.04560')}. En: Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR). 2022, pp. 12104-12113. arXiv:2106.04560.",
 "ddetr": f"ZHU, Xizhou, SU, Weijie, LU, Lewei, et al. {T('2010.04159')} [en línea]. En: International Conference on Learning Representations (ICLR). 2021. Disponible en: http://arxiv.org/abs/2010.04159 [consulta: 20 de enero de 2026].",
 "coco": "COCO CONSORTIUM. COCO dataset [en línea]. Conjunto de datos, versión 2017. Disponible en: https://cocodataset.org/ [consulta: 20 de enero de 2026].",
 "copypaste": f"GHIASI, Golnaz, CUI, Yin, SRINIVAS, Aravind, et al. {T('2012.07177')}. En: Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR). 2021, pp. 2918-2928.",
 "mmdet": "OPENMMLAB. MMDetection [en línea]. Software, versión 3.3.0. 2023. Disponible en: https://github.com/open-mmlab/mmdetection [consulta: 22 de enero de 2026].",
 "robust": f"BHOJANAPALLI, Srinadh, CHAKRABARTI, Ayan, GLASNER, Daniel, et al. {T('2103.14586')}. En: Proceedings of the IEEE/CVF International Conference on Computer Vision (ICCV). 2021, pp. 10231-10241.",
 "cotr": f"JIANG, Wei, TRULLS, Eduard, HOSANG, Jan, et al. {T('2103.14167')}. En: Proceedings of the IEEE/CVF International Conference on Computer Vision (ICCV). 2021, pp. 6207-6217.",
 "libro": "MUÑOZ, Rodrigo. Visión por computador: fundamentos y aplicaciones. 2.ª ed. Santiago: Editorial Universitaria, 2019. 412 p.",
}
CONC = ("En esta memoria se evaluaron arquitecturas convolucionales y basadas en Transformers para la detección de "
 "defectos en cátodos de cobre. Las redes convolucionales modernas {convnext} siguen siendo competitivas frente a los "
 "Transformers jerárquicos {swin} y a los Transformers de visión puros {vit}, siempre que se entrenen con el mismo "
 "presupuesto; los resultados sobre el escalamiento {scaling} no se observaron con nuestro volumen de datos. Como "
 "detector se utilizó un DETR deformable {ddetr}, preentrenado en COCO {coco} y aumentado con copiar y pegar "
 "{copypaste}, implementado con MMDetection {mmdet}. La robustez frente a cambios de iluminación {robust} se mantuvo "
 "aceptable. Como trabajo futuro se propone emparejar imágenes de distintas cámaras {cotr} y revisar los fundamentos "
 "clásicos del área {libro}.")
order = []
for k in __import__("re").findall(r"\{(\w+)\}", CONC):
    if k not in order: order.append(k)
assert set(order) == set(REFS)
num = {k: f"[{i}]" for i, k in enumerate(order, 1)}
conc = CONC.format(**num)
def wrap(s, w=100):
    out, line = [], ""
    for word in s.split(" "):
        if line and len(line) + 1 + len(word) > w:
            out.append(line); line = word
        else:
            line = (line + " " + word) if line else word
    return out + [line]
L = ["CONCLUSIONES", ""] + wrap(conc) + ["", "86", "", "BIBLIOGRAFÍA", ""]
for i, k in enumerate(order, 1):
    L += [f"{i}. {REFS[k]}", ""]
L += ["87"]
text = "\n".join(L) + "\n"
write_only(F, text, keys(F))
