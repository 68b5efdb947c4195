#!/usr/bin/env python3
"""2179: the end of «CONCLUZII» and the «BIBLIOGRAFIE» of a bachelor's thesis (lucrare de licență) of the Universitatea
«Ștefan cel Mare» din Suceava, in the Romanian SR ISO 690 style (as remembered: «NUME, Prenume», up to three authors
then «et al.», titles in plain text, «In:» for proceedings, «[online]», «Disponibil la:», «[accesat zz.ll.aaaa]»),
copied from the PDF with the running header, page numbers and a form feed, wrapped at 92. Romanian.
Computed: author forms from the catalogue, entries numbered by first citation (asserted), wrapping (textwrap, not on
hyphens), page numbers."""
import os, re, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, authors, write_only
from make_expected import by_num, keys
F = by_num(2179)
HDR = "Lucrare de licență — Atenție eficientă pentru transcrierea arhivelor din Bucovina"


def aut(k, n=3):
    a = authors(k)
    f = [p.split()[-1].upper() + ", " + " ".join(p.split()[:-1]) for p in a[:n]]
    return "; ".join(f) + (" et al" if len(a) > n else "")


E = {
 "2307.08691": lambda: f"{aut('2307.08691')}. {T('2307.08691')}. [online]. 2023. Disponibil la: https://arxiv.org/abs/2307.08691 [accesat 03.05.2026].",
 "2009.14794": lambda: f"{aut('2009.14794')}. {T('2009.14794')}. Preprint arXiv:2009.14794, 2020. 38 p.",
 "2103.02143": lambda: f"{aut('2103.02143')}. {T('2103.02143')}. In: International Conference on Learning Representations (ICLR 2021). Viena (online), 2021.",
 "2005.00743": lambda: f"{aut('2005.00743')}. {T('2005.00743')}. In: Proceedings of the 38th International Conference on Machine Learning. PMLR, 2021, vol. 139, p. 10183–10192.",
 "2010.06891": lambda: f"{aut('2010.06891')}. {T('2010.06891')}. In: Findings of AACL-IJCNLP 2022. [online]. Disponibil la: https://openreview.net/forum?id={OR('2010.06891')} [accesat 05.05.2026].",
 "1901.02860": lambda: f"{aut('1901.02860')}. {T('1901.02860')}. In: Proceedings of the 57th Annual Meeting of the ACL. Florența: Association for Computational Linguistics, 2019, p. 2978–2988.",
 "2302.10866": lambda: f"{aut('2302.10866')}. {T('2302.10866')}. [online]. 2023. Disponibil la: http://arxiv.org/abs/2302.10866v3 [accesat 06.05.2026].",
 "2307.08621": lambda: f"{aut('2307.08621')}. {T('2307.08621')}. [online]. 2023. Disponibil la: https://arxiv.org/pdf/2307.08621.pdf [accesat 06.05.2026].",
}
CONC = (
 "Rezultatele obținute arată că mecanismele de atenție cu cost liniar [1], [2] pot fi folosite pentru transcrierea "
 "documentelor de arhivă, cu condiția ca lungimea secvenței să fie mare. Am comparat și varianta cu atenție "
 "sintetizată [3] și cea cu trăsături aleatoare [4]. Pentru memoria pe termen lung am urmat ideile din [5] și [6]; "
 "modelele convoluționale de tip [7] și rețelele retentive [8] rămân direcții pentru lucrări viitoare. Corpusul de "
 "documente din arhiva parohiei Rădăuți a fost transcris manual de autor și nu este public."
)
ORDER = ["2307.08691", "2009.14794", "2005.00743", "2103.02143", "2010.06891", "1901.02860", "2302.10866", "2307.08621"]
cited = [int(x) for x in re.findall(r"\[(\d+)\]", CONC)]
assert cited == sorted(cited) == list(range(1, len(ORDER) + 1))
W = 92
p1 = [HDR, "", "CONCLUZII (continuare)", ""] + textwrap.wrap(CONC, W, break_on_hyphens=False) + [
    "", "Direcții viitoare: extinderea corpusului cu documente în limba germană din perioada austriacă.", "", "", "41"]
refs = []
for i, k in enumerate(ORDER, 1):
    lines = textwrap.wrap(f"{i}. " + E[k](), W, subsequent_indent="   ", break_on_hyphens=False, break_long_words=False)
    refs += lines
NONP = ["GOODFELLOW, Ian; BENGIO, Yoshua; COURVILLE, Aaron. Deep Learning. Cambridge, MA: MIT Press, 2016. 800 p. "
        "ISBN 978-0-262-03561-3.",
        "PYTORCH. Documentație oficială PyTorch [online]. Disponibil la: https://pytorch.org/docs/stable/ [accesat 02.05.2026].",
        "HUGGING FACE. Biblioteca Transformers [software]. Disponibil la: https://github.com/huggingface/transformers "
        "[accesat 02.05.2026]."]
for j, s in enumerate(NONP, len(ORDER) + 1):
    refs += textwrap.wrap(f"{j}. " + s, W, subsequent_indent="   ", break_on_hyphens=False, break_long_words=False)
p2 = [HDR, "", "BIBLIOGRAFIE", ""] + refs + ["", "42"]
text = "\n".join(p1) + "\n\f" + "\n".join(p2) + "\n"
write_only(F, text, keys(F))
