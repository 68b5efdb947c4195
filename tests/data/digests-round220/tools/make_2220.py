#!/usr/bin/env python3
"""2220: the end of «7. Conclusións e traballo futuro» and the «Bibliografía» of a Traballo de Fin de Grao of the
Universidade de Vigo (Escola Superior de Enxeñaría Informática, Ourense campus), references in UNE-ISO 690:2013 with
numeric citations «[n]» in order of first citation (as remembered: «APELIDO, Nome», «APELIDO, Nome e APELIDO, Nome»
for two or three authors, «APELIDO, Nome, et al.» beyond three, «En:», «[en liña]», «[consulta: d mes aaaa]»,
«Dispoñible en: URL», «ISBN»), copied from a PDF viewer (no form feeds: each page's running header first, its page
number alone last; lines wrapped at 92, entries starting with «[n]» and continuing unindented). Galician.
Computed: author forms from the catalogue, citation order (asserted), wrapping (textwrap, not on hyphens), page numbers."""
import os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, T, OR, key_of, write_only
from make_expected import by_num, keys
F = by_num(2220)
HEAD = "Xeración de imaxes de hórreos galegos con modelos de difusión — TFG Enxeñaría Informática"
W = 92


def apel(name):
    parts = name.split()
    return parts[-1].upper() + ", " + " ".join(parts[:-1])


def authors(key):
    a = CAT[key_of(key)]["authors"]
    if len(a) > 3:
        return apel(a[0]) + ", et al."
    return (", ".join(apel(x) for x in a[:-1]) + " e " + apel(a[-1]) if len(a) > 1 else apel(a[0])) + "."


def consult(d):
    return f"[consulta: {d}]"


REFS = [
 ("1406.2661", f"{authors('1406.2661')} {T('1406.2661')}. Communications of the ACM. 2020, vol. 63, n.º 11, pp. 139-144."),
 ("1503.03585", f"{authors('1503.03585')} {T('1503.03585')}. En: Proceedings of the 32nd International Conference "
  f"on Machine Learning [en liña]. Lille: PMLR, 2015, pp. 2256-2265 {consult('2 maio 2026')}. Dispoñible en: "
  "https://arxiv.org/abs/1503.03585"),
 ("2010.02502", f"{authors('2010.02502')} {T('2010.02502')}. En: International Conference on Learning "
  f"Representations (ICLR 2021) [en liña]. 2021 {consult('2 maio 2026')}. Dispoñible en: "
  f"https://openreview.net/forum?id={OR('2010.02502')}"),
 ("2105.05233", f"{authors('2105.05233')} {T('2105.05233')}. En: Advances in Neural Information Processing "
  f"Systems 34 [en liña]. 2021, pp. 8780-8794 {consult('4 maio 2026')}. Dispoñible en: https://arxiv.org/pdf/2105.05233v4.pdf"),
 ("2207.12598", f"{authors('2207.12598')} {T('2207.12598')}. Preprint arXiv:2207.12598. 2022."),
 ("2106.05931", f"{authors('2106.05931')} {T('2106.05931')}. En: Advances in Neural Information Processing Systems "
  "34. 2021, pp. 11287-11302."),
 ("2403.03206", f"{authors('2403.03206')} {T('2403.03206')}. En: Proceedings of the 41st International "
  f"Conference on Machine Learning [en liña]. Viena: PMLR, 2024 {consult('6 maio 2026')}. Dispoñible en: "
  "http://arxiv.org/abs/2403.03206"),
 ("2303.11328", f"{authors('2303.11328')} {T('2303.11328')}. En: Proceedings of the IEEE/CVF International Conference on "
  "Computer Vision (ICCV). París: IEEE, 2023, pp. 9298-9309."),
 (None, "PRINCE, Simon J. D. Understanding Deep Learning. Cambridge (MA): The MIT Press, 2023. ISBN 978-0-262-04864-4."),
 (None, f"HUGGING FACE. Diffusers: State-of-the-art diffusion models [software en liña]. Versión 0.30. 2024 "
  f"{consult('6 maio 2026')}. Dispoñible en: https://github.com/huggingface/diffusers"),
 (None, "ARQUIVO HÓRREO DIXITAL. Fotografías de hórreos do Ribeiro e da Limia [conxunto de datos]. Ourense, 2025. "
  "Uso autorizado para este traballo."),
]
PARAS = [
 "As principais achegas do traballo resúmense así. En primeiro lugar, confirmamos que as redes adversarias [1] "
 "producen imaxes nítidas pero pouco diversas co noso conxunto de datos, mentres que os modelos de difusión [2] "
 "cobren mellor a variedade de hórreos de pedra e de madeira. A mostraxe determinista [3] reduciu o tempo de "
 "xeración de 1000 a 50 pasos sen perda apreciable de calidade, e a arquitectura con condicionamento por clase [4] "
 "superou á GAN en FID (táboa 6.2). A guía sen clasificador [5] foi a técnica máis útil para controlar o estilo "
 "comarcal (Ribeiro fronte a Limia).",
 "Como traballo futuro propoñemos tres liñas: traballar nun espazo latente [6] para baixar o custo en GPU, probar "
 "os transformadores con fluxo rectificado [7] cando haxa pesos abertos dabondo pequenos, e estender a xeración a "
 "vistas novas dun mesmo hórreo a partir dunha soa fotografía [8], algo que pediu o Arquivo para as súas fichas de "
 "catalogación.",
]
BODY = textwrap.wrap(PARAS[0], W, break_on_hyphens=False) + [""] + textwrap.wrap(PARAS[1], W, break_on_hyphens=False)
cited = []
import re
for l in BODY:
    cited += [int(x) for x in re.findall(r"\[(\d+)\]", l)]
assert list(dict.fromkeys(cited)) == list(range(1, 9))
ref_lines = []
for i, (_, txt) in enumerate(REFS, 1):
    ref_lines += textwrap.wrap(f"[{i}] {txt}", W, break_on_hyphens=False, break_long_words=False)
page1 = [HEAD, "7. CONCLUSIÓNS E TRABALLO FUTURO (continuación)", ""] + BODY + ["", "41"]
page2 = [HEAD, "BIBLIOGRAFÍA", ""] + ref_lines + ["", "42"]
assert all(len(l) <= W for l in [HEAD] + BODY + ref_lines)
text = "\n".join(page1 + page2) + "\n"
write_only(F, text, keys(F), forms=[" ".join(text.split())])
