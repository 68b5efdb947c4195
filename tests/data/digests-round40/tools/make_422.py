#!/usr/bin/env python3
"""422: an Excel workbook of a Spanish-speaking reading seminar saved as "CSV UTF-8 (delimitado por comas)" on a
machine with a Spanish locale: byte-order mark, `;` as the separator (the list separator when the decimal mark is
a comma), CRLF record ends, a bare LF inside two quoted cells (Alt+Enter), minimal quoting (cells holding `;`, `"`
or a line break are quoted, inner quotes doubled), dates dd/mm/aaaa, scores with decimal commas, Spanish headers
(Nº, Título, Autores, Año, Congreso / revista, Enlace, Tema, Estado, Responsable, Sesión, Nota, Comentarios), trailing
empty rows of `;;;;…` as Excel writes them when cells below were once formatted. Self-supervised representation
learning and vision–language pretraining."""
import io, csv, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, CAT, key_of, write_raw
from make_expected import F422, keys

K = keys(F422)
t = T
H = ["Nº", "Título", "Autores", "Año", "Congreso / revista", "Enlace", "Tema", "Estado", "Responsable", "Sesión",
     "Nota", "Comentarios"]


def au(k, n=2):
    a = CAT[key_of(k)]["authors"]
    return ", ".join(a[:n]) + (" et al." if len(a) > n else "")


R = [
 ["1", t("2004.11362"), au("2004.11362"), "2020", "NeurIPS", "https://arxiv.org/abs/2004.11362v5",
  "Contrastivo", "Leído", "Lucía P.", "03/10/2024", "4,5", "Versión supervisada de la pérdida; comparar con CE; ojo con el tamaño de batch"],
 ["2", t("2006.05576"), au("2006.05576"), "2021", "ICLR", "arXiv:2006.05576",
  "Teoría", "Leído", "Diego R.", "10/10/2024", "3,5", 'Lectura de teoría de la información: "multi-view redundancy"'],
 ["3", t("2104.14294").lower(), au("2104.14294"), "2021", "ICCV", "2104.14294",
  "Autodestilación", "Leído", "Andrés M.", "17/10/2024", "4", 'DINO; los mapas de atención salen "gratis"\n(ver figura 1)'],
 ["4", t("2304.07193"), au("2304.07193"), "2024", "TMLR", "https://arxiv.org/pdf/2304.07193",
  "Autodestilación", "Leído", "Marta G.", "17/10/2024", "4", "LVD-142M (datos curados); no es un paper de método"],
 ["5", t("2106.08254"), au("2106.08254"), "2022", "ICLR", "github.com/microsoft/unilm/tree/master/beit",
  "Enmascarado", "Pendiente", "Marta G.", "24/10/2024", "", "Tokenizador dVAE; comparar con MAE (no está en la lista)"],
 ["6", t("2106.07447") + ".", au("2106.07447"), "2021", "IEEE/ACM TASLP", "doi:10.1109/TASLP.2021.3122291",
  "Enmascarado (voz)", "Pendiente", "Diego R.", "24/10/2024", "", "Objetivo tipo BERT sobre unidades de k-means; la parte de voz del seminario"],
 ["7", t("2102.05918"), au("2102.05918"), "2021", "ICML", "proceedings.mlr.press (ICML 2021)",
  "Visión-lenguaje", "Pendiente", "Lucía P.", "31/10/2024", "", "ALIGN; 1800 M de pares ruidosos; comparar con CLIP"],
 ["8", t("2303.15343"), au("2303.15343"), "2023", "ICCV", "",
  "Visión-lenguaje", "Propuesto", "Andrés M.", "", "", 'Propuesto por Andrés: "SigLIP"; pérdida sigmoide por pares; ¿cabe en noviembre?'],
 ["9", t("2304.08485"), au("2304.08485"), "2023", "NeurIPS", "https://arxiv.org/abs/2304.08485",
  "Visión-lenguaje", "Propuesto", "", "", "", "LLaVA\nsolo si da tiempo; es más de instrucciones que de representación"],
 ["—", "Taller: solo-learn en el clúster", "", "2024", "", "https://github.com/vturrisi/solo-learn",
  "Práctica", "Pendiente", "Marta G.", "07/11/2024", "", "No es un paper; sesión práctica con la librería"],
]
buf = io.StringIO()
w = csv.writer(buf, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
w.writerow(H)
for r in R: w.writerow(r)
for _ in range(3): w.writerow([""] * len(H))
text = buf.getvalue()
cells = "\n".join(c for row in csv.reader(io.StringIO(text, newline=""), delimiter=";") for c in row)
write_raw(F422, ("\ufeff" + text).encode("utf-8"), [text, cells], K)
