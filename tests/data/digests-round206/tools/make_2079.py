#!/usr/bin/env python3
"""2079: the last text page and the «REFERÊNCIAS» of an invented master's dissertation of the Universidade Católica de
Moçambique (Nampula), in the ABNT NBR 6023 form (SOBRENOME, I.; SOBRENOME, I. Título. In: … . Disponível em: … .
Acesso em: d mmm. aaaa.), copied from the PDF: Portuguese, an Emakhuwa line in the conclusion. Titles are written in
sentence case as ABNT lists write them. Computed: the author forms from the catalogue (up to three, else «et al.»),
the alphabetical order (sorted, asserted), the wrapping at 90 columns (textwrap), the page numbers."""
import os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, T, key_of, write_only
from make_expected import by_num, keys, GLOVE, CTC
F = by_num(2079)


def sc(t):
    """sentence case as ABNT lists write titles (the first letter and acronym-like words kept)"""
    w = t.split(" ")
    def part(x):
        return x if (sum(c.isupper() for c in x) > 1 or x[:1].isdigit()) else x.lower()
    return " ".join([w[0]] + ["-".join(part(y) for y in x.split("-")) for x in w[1:]])


def abnt(key):
    a = CAT[key_of(key)]["authors"]
    def one(n):
        p = n.split()
        return p[-1].upper() + ", " + " ".join(x[0] + "." for x in p[:-1])
    return "; ".join(one(n) for n in a[:3]) + ("; et al." if len(a) > 3 else "") if len(a) <= 3 else one(a[0]) + " et al."


ACC = "Acesso em: 14 jan. 2026."
ENTRIES = [
 f"{abnt('1409.3215')} {sc(T('1409.3215'))}. In: CONFERENCE ON NEURAL INFORMATION PROCESSING SYSTEMS, 27., 2014, Montreal. Advances in neural information processing systems. [S. l.]: Curran Associates, 2014. p. 3104-3112. Disponível em: https://arxiv.org/abs/1409.3215. {ACC}",
 f"{abnt('1706.03762')} {sc(T('1706.03762'))}. In: CONFERENCE ON NEURAL INFORMATION PROCESSING SYSTEMS, 31., 2017, Long Beach. Advances in neural information processing systems. [S. l.]: Curran Associates, 2017. p. 5998-6008. Disponível em: http://arxiv.org/pdf/1706.03762v7. {ACC}",
 f"{abnt('1901.02860')} {sc(T('1901.02860'))}. In: ANNUAL MEETING OF THE ASSOCIATION FOR COMPUTATIONAL LINGUISTICS, 57., 2019, Florença. Proceedings [...]. Florença: ACL, 2019. p. 2978-2988. Disponível em: https://arxiv.org/abs/1901.02860v3. {ACC}",
 f"{abnt('2106.07447')} {sc(T('2106.07447'))}. IEEE/ACM Transactions on Audio, Speech, and Language Processing, [s. l.], v. 29, p. 3451-3460, 2021. Preprint arXiv:2106.07447.",
 f"{abnt(GLOVE)} {sc(T(GLOVE))}. In: CONFERENCE ON EMPIRICAL METHODS IN NATURAL LANGUAGE PROCESSING, 2014, Doha. Proceedings [...]. Doha: ACL, 2014. p. 1532-1543.",
 f"{abnt(CTC)} {sc(T(CTC))}. In: INTERNATIONAL CONFERENCE ON MACHINE LEARNING, 23., 2006, Pittsburgh. Proceedings [...]. New York: ACM, 2006. p. 369-376.",
 f"{abnt('1906.08237')} {sc(T('1906.08237'))}. In: CONFERENCE ON NEURAL INFORMATION PROCESSING SYSTEMS, 33., 2019, Vancouver. Advances in neural information processing systems. [S. l.]: Curran Associates, 2019. p. 5753-5763.",
 f"{abnt('1801.06146')} {sc(T('1801.06146'))}. In: ANNUAL MEETING OF THE ASSOCIATION FOR COMPUTATIONAL LINGUISTICS, 56., 2018, Melbourne. Proceedings [...]. Melbourne: ACL, 2018. p. 328-339.",
 "JURAFSKY, D.; MARTIN, J. H. Speech and language processing. 3. ed. draft. Stanford: [s. n.], 2025. Disponível em: https://web.stanford.edu/~jurafsky/slp3/. " + ACC,
 "PASCOAL, A. M. Corpus oral emakhuwa–português da UCM: versão 1.2. Nampula: UCM, 2025. Conjunto de dados. Disponível em: https://data.example.mz/emakhuwa. " + ACC,
 "PYTORCH FOUNDATION. Torchaudio documentation. [S. l.], 2025. Disponível em: https://pytorch.org/audio/stable/. " + ACC,
]
ENTRIES.sort(key=lambda e: e.lower())
W = 90
out = ["5 CONCLUSÃO", ""]
para = ("Os resultados mostram que um modelo pré-treinado em fala não rotulada, ajustado com poucas horas de "
        "emakhuwa transcrito, reduz a taxa de erro de palavras em relação à linha de base recorrente. Fica para "
        "trabalho futuro a extensão do corpus às variantes do litoral e a avaliação com falantes de Angoche. "
        "Como dizem os nossos colaboradores de Nampula: «Koxukhuru vanjene» — muito obrigado.")
out += textwrap.wrap(para, W) + ["", "", "87", "", "REFERÊNCIAS", ""]
for e in ENTRIES:
    out += textwrap.wrap(e, W, break_on_hyphens=False) + [""]
out += ["", "88"]
write_only(F, "\n".join(out) + "\n", keys(F), forms=[" ".join(out)])
