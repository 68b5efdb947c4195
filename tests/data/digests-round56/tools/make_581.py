#!/usr/bin/env python3
"""581: a Paperpile BibTeX export (Export > BibTeX of a folder): @ARTICLE / @INPROCEEDINGS / @MISC / @PHDTHESIS
records with Paperpile's citation keys (Surname2019-xx), fields padded to one column ("title         = "), quoted
values wrapped at 70 columns with a 19-space hanging indent, bare numbers and month macros, Paperpile's
`journal = "arXiv [cs.LG]"` for preprints with archivePrefix / primaryClass / eprint, `file` paths under All Papers/,
and the labels as `keywords` — here Ukrainian labels of a Kyiv-area reading group ("Семінар LLM-систем")."""
import os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write_only
from make_expected import F581, keys

def bibauth(names):
    return " and ".join(n.split()[-1] + ", " + " ".join(n.split()[:-1]) for n in names)

def field(k, v, quoted=True):
    lead = f"  {k:<13} = "
    if not quoted:
        return lead + " " + v
    body = '"' + v + '"'
    ls = textwrap.wrap(body, 70 - len(lead) + 2, break_long_words=False, break_on_hyphens=False)
    return lead + ("\n" + " " * 19).join(ls)

def entry(typ, key, fields):
    return f"@{typ}{{{key},\n" + ",\n".join(field(*f) for f in fields) + "\n}\n"

def brace(t, words):
    for w in words: t = t.replace(w, "{" + w + "}")
    return t

def fname(k, t):
    a = CAT[k]["authors"]; y = CAT[k]["published"][:4]
    who = a[0].split()[-1] + (" et al." if len(a) > 2 else (" and " + a[1].split()[-1] if len(a) == 2 else ""))
    return f"All Papers/{who[0]}/{who} {y} - {t.replace(':', ' -')}.pdf"

E = []
k = "1910.02054"; t = brace(T(k), ["ZeRO"])
E.append(entry("ARTICLE", "Rajbhandari2019-kq", [("title", t), ("author", bibauth(CAT[k]["authors"])), ("month", "oct", False), ("year", "2019", False),
  ("url", "http://arxiv.org/abs/1910.02054"), ("file", fname(k, T(k))), ("keywords", "Семінар LLM-систем;розподілене навчання;прочитано"),
  ("archivePrefix", "arXiv"), ("primaryClass", "cs.LG"), ("eprint", "1910.02054")]))
k = "2211.17192"
E.append(entry("INPROCEEDINGS", "Leviathan2023-wd", [("title", T(k)), ("booktitle", "Proceedings of the 40th International Conference on Machine Learning"),
  ("author", bibauth(CAT[k]["authors"])), ("editor", "Krause, Andreas and Brunskill, Emma and Cho, Kyunghyun and Engelhardt, Barbara and Sabato, Sivan and Scarlett, Jonathan"),
  ("publisher", "PMLR"), ("volume", "202"), ("pages", "19274--19286"), ("series", "Proceedings of Machine Learning Research"), ("year", "2023", False),
  ("url", "https://arxiv.org/abs/2211.17192"), ("file", fname(k, T(k))), ("keywords", "Семінар LLM-систем;інференс;доповідь 14.03")]))
k = "1710.03740"
E.append(entry("INPROCEEDINGS", "Micikevicius2018-ub", [("title", T(k)), ("booktitle", "International Conference on Learning Representations"),
  ("author", bibauth(CAT[k]["authors"])), ("year", "2018", False), ("url", "https://openreview.net/forum?id=r1gs9JgRZ"),
  ("file", fname(k, T(k))), ("keywords", "Семінар LLM-систем;класика;прочитано")]))
k = "2210.17323"; t = brace(T(k), ["GPTQ"])
E.append(entry("ARTICLE", "Frantar2022-mn", [("title", t), ("author", bibauth(CAT[k]["authors"])), ("journal", "arXiv [cs.LG]"),
  ("month", "oct", False), ("year", "2022", False), ("keywords", "Семінар LLM-систем;квантизація;прочитати"),
  ("archivePrefix", "arXiv"), ("primaryClass", "cs.LG"), ("eprint", "2210.17323")]))
k = "2208.07339"; t = brace(T(k), ["LLM.int8()"])
E.append(entry("INPROCEEDINGS", "Dettmers2022-pj", [("title", t), ("booktitle", "Advances in Neural Information Processing Systems"),
  ("author", bibauth(CAT[k]["authors"])), ("editor", "Koyejo, S and Mohamed, S and Agarwal, A and Belgrave, D and Cho, K and Oh, A"),
  ("publisher", "Curran Associates, Inc."), ("volume", "35"), ("pages", "30318--30332"), ("year", "2022", False),
  ("keywords", "Семінар LLM-систем;квантизація;прочитати")]))
k = "1910.03771"; t = brace(T(k), ["HuggingFace's", "Transformers"])
E.append(entry("INPROCEEDINGS", "Wolf2020-hf", [("title", t),
  ("booktitle", "Proceedings of the 2020 Conference on Empirical Methods in Natural Language Processing: System Demonstrations"),
  ("author", bibauth(CAT[k]["authors"][:6]) + " and Others"), ("publisher", "Association for Computational Linguistics"),
  ("pages", "38--45"), ("month", "oct", False), ("year", "2020", False), ("address", "Online"),
  ("keywords", "Семінар LLM-систем;інструменти")]))
k = "2402.09353"; t = brace(T(k), ["DoRA"])
E.append(entry("INPROCEEDINGS", "Liu2024-dr", [("title", t), ("booktitle", "Proceedings of the 41st International Conference on Machine Learning"),
  ("author", bibauth(CAT[k]["authors"])), ("publisher", "PMLR"), ("volume", "235"), ("series", "Proceedings of Machine Learning Research"),
  ("year", "2024", False), ("keywords", "Семінар LLM-систем;PEFT;прочитати")]))
k = "2006.05929"
E.append(entry("INPROCEEDINGS", "Zhao2021-dc", [("title", T(k)), ("booktitle", "International Conference on Learning Representations"),
  ("author", bibauth(CAT[k]["authors"])), ("year", "2021", False), ("keywords", "Семінар LLM-систем;ефективне навчання;запасні")]))
E.append(entry("MISC", "noauthor-amp", [("title", "Automatic Mixed Precision package - torch.amp"), ("booktitle", "PyTorch documentation"),
  ("howpublished", "\\url{https://pytorch.org/docs/stable/amp.html}"), ("note", "Accessed: 2024-02-20"), ("keywords", "Семінар LLM-систем;документація")]))
E.append(entry("MISC", "noauthor-ds", [("title", "{DeepSpeed} {ZeRO-Offload} tutorial"), ("howpublished", "\\url{https://www.deepspeed.ai/tutorials/zero-offload/}"),
  ("note", "Accessed: 2024-02-20"), ("keywords", "Семінар LLM-систем;документація")]))
E.append(entry("PHDTHESIS", "Kovalenko2023-th", [("title", "Методи економного навчання великих мовних моделей на обмежених обчислювальних ресурсах"),
  ("author", "Коваленко, Остап"), ("school", "Придніпровський національний університет (вигаданий)"), ("year", "2023", False),
  ("keywords", "Семінар LLM-систем;дисертації")]))
E.append(entry("MISC", "Marchenko2024-sl", [("title", "Слайди семінару: квантизація і speculative decoding"), ("author", "Марченко, Дарина"),
  ("howpublished", "\\url{https://seminar-llm.example.ua/2024/03/slides.pdf}"), ("year", "2024", False),
  ("keywords", "Семінар LLM-систем;слайди")]))
text = "\n".join(E)
plain = text.replace("{", "").replace("}", "")
write_only(F581, text, keys(F581), [plain])
