#!/usr/bin/env python3
"""2141: a Paperpile BibTeX export (as remembered: upper-case entry types, keys «Surname<year>-xx», values in double
quotes aligned after «=», bare numbers and month macros, titles wrapped with a hanging indent and capitals protected
by braces word by word, «archivePrefix / primaryClass / eprint» for arXiv items, `keywords` holding Paperpile labels)
of the shared folder of an invented reading group of the Universidade da Beira Interior (Covilhã), with Portuguese
notes. Computed: keys from the catalogue (unique, asserted), author lists «Surname, Given and …», field alignment,
wrapping at 72 (textwrap)."""
import os, re, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, authors, year, write_only
from make_expected import by_num, keys
F = by_num(2141)
SUF = iter(["ab", "kq", "zt", "mw", "pr", "ce", "hn", "vx", "dj", "ls"])
def protect(t):
    return " ".join("{" + w + "}" if re.search(r"[A-Z].*[A-Z]|\d", w[1:] if w[:1].isupper() else w) or
                    (w[:1].isupper() and i > 0 and not w.lower() in ("a",)) and re.search(r"[A-Z]{2}|-[A-Z]|\d", w) else w
                    for i, w in enumerate(t.split()))
def auth(k):
    return " and ".join(f"{a.split()[-1]}, {' '.join(a.split()[:-1])}" for a in authors(k))
MON = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
ENTRIES = [
 ("ARTICLE", "1901.02860", dict(journal="arXiv [cs.LG]", url="http://arxiv.org/abs/1901.02860", archivePrefix="arXiv",
   primaryClass="cs.LG", eprint="1901.02860", keywords="UBI leitura;contexto longo", note="Sessão 1 — memória recorrente por segmentos.")),
 ("INPROCEEDINGS", "2002.09402", dict(booktitle="International Conference on Learning Representations", url=f"https://openreview.net/forum?id={OR('2002.09402')}",
   keywords="UBI leitura;contexto longo", note="Versão da conferência; usar esta e não o preprint.")),
 ("ARTICLE", "2007.14062", dict(journal="arXiv [cs.LG]", url="https://arxiv.org/abs/2007.14062v2", archivePrefix="arXiv",
   primaryClass="cs.LG", eprint="2007.14062", keywords="UBI leitura;atenção esparsa")),
 ("ARTICLE", "2302.10866", dict(journal="arXiv [cs.LG]", url="https://arxiv.org/pdf/2302.10866.pdf", archivePrefix="arXiv",
   primaryClass="cs.LG", eprint="2302.10866", keywords="UBI leitura;subquadrático", note="Convoluções longas em vez de atenção.")),
 ("ARTICLE", "2307.08691", dict(journal="arXiv [cs.LG]", archivePrefix="arXiv", primaryClass="cs.LG", eprint="2307.08691",
   keywords="UBI leitura;kernels", note="Ler com o código do repositório flash-attention ao lado.")),
 ("INPROCEEDINGS", "2004.11886", dict(booktitle="International Conference on Learning Representations", keywords="UBI leitura;modelos pequenos",
   note="Apresentado pela Inês na sessão 3.")),
 ("ARTICLE", "2307.03172", dict(journal="Transactions of the Association for Computational Linguistics", volume="12", pages="157--173",
   keywords="UBI leitura;avaliação", note="Perda de informação no meio do contexto — experimentar com textos em português.")),
 ("MISC", "2306.15595", dict(keywords="UBI leitura;contexto longo",
   note="PDF partilhado pelo Tiago na pasta do grupo. Interpolação de posições; ver também a secção sobre RoPE.")),
]
def field(name, val, bare=False):
    pad = f"  {name:<14}= "
    if bare: return pad + " " + val
    lines = textwrap.wrap(val, 72 - len(pad), break_long_words=False, break_on_hyphens=False)
    return pad + '"' + ("\n" + " " * (len(pad) + 1)).join(lines) + '"'
out, seen = [], set()
for typ, k, extra in ENTRIES:
    first = authors(k)[0].split()[-1]
    key = f"{first}{year(k)}-{next(SUF)}"
    assert key not in seen; seen.add(key)
    fs = [field("title", protect(T(k))), field("author", auth(k))]
    if "booktitle" in extra: fs.append(field("booktitle", extra["booktitle"]))
    if "journal" in extra: fs.append(field("journal", extra["journal"]))
    for x in ("volume", "pages"):
        if x in extra: fs.append(field(x, extra[x]))
    fs.append(field("month", MON[int(__import__('catalogue').published(k)[5:7]) - 1], bare=True))
    fs.append(field("year", str(year(k)), bare=True))
    for x in ("url", "keywords", "note", "archivePrefix", "primaryClass", "eprint"):
        if x in extra: fs.append(field(x, extra[x]))
    out.append(f"@{typ}{{{key},\n" + ",\n".join(fs) + "\n}")
out.append('@MISC{Dao2022-gh,\n  title         = "flash-attention: Fast and memory-efficient exact attention",\n'
           '  author        = "Dao, Tri",\n  year          =  2022,\n  howpublished  = "\\url{https://github.com/Dao-AILab/flash-attention}",\n'
           '  keywords      = "UBI leitura;código",\n  note          = "Repositório, não é artigo."\n}')
out.append('@BOOK{Tunstall2022-rb,\n  title         = "Natural Language Processing with Transformers",\n'
           '  author        = "Tunstall, Lewis and von Werra, Leandro and Wolf, Thomas",\n  publisher     = "O\'Reilly Media",\n'
           '  year          =  2022,\n  keywords      = "UBI leitura;livros"\n}')
text = "\n\n".join(out) + "\n"
nobr = text.replace("{", "").replace("}", "")
write_only(F, text, keys(F), forms=[nobr])
