#!/usr/bin/env python3
"""421: the .bib of a thesis chapter on NLP foundations, put together from two sources and a few hand-typed entries:
ACL Anthology exports (`title = "…"` with `{…}` around capitals to protect, "Last, First  and" author lines with the
Anthology's two spaces and six-space continuation, `month = jul,` as an unquoted macro, `editor`, `publisher`, `url`
on aclanthology.org, `doi = "10.18653/v1/…"`, `pages = "7871--7880"`, trailing comma after the last field) and
Semantic Scholar's "Cite" BibTeX (`title={…}` on one line, `journal={ArXiv}` with `volume={abs/ID}`, `booktitle=
{Neural Information Processing Systems}`, CorpusID URLs, keys like `Bahdanau2014NeuralMT`, no trailing comma), plus
hand-typed @inproceedings / @article / @techreport / @misc entries (arXiv URLs, the JMLR page, OpenAI reports), a
@software and a @book. Comments record where each block came from."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, CAT, key_of, write_only
from make_expected import F421, keys, GPT1, GPT2

K = keys(F421)
A = lambda k: CAT[key_of(k)]["authors"]


def acl_auth(k):
    parts = []
    for n in A(k):
        w = n.split(); parts.append(f"{w[-1]}, {' '.join(w[:-1])}")
    return "  and\n      ".join(parts)


def s2_auth(k):
    return " and ".join(A(k))


def protect(title, words):
    for w in words:
        title = title.replace(w, "{" + w + "}")
    return title


def acl(key, k, title, booktitle, month, year, address, anth, pages, editor):
    return f"""@inproceedings{{{key},
    title = "{title}",
    author = "{acl_auth(k)}",
    editor = "{editor}",
    booktitle = "{booktitle}",
    month = {month},
    year = "{year}",
    address = "{address}",
    publisher = "Association for Computational Linguistics",
    url = "https://aclanthology.org/{anth}",
    doi = "10.18653/v1/{anth}",
    pages = "{pages}",
}}
"""


def s2(typ, key, k, venue_field, year, corpus, extra=""):
    return f"""@{typ}{{{key},
  title={{{T(k)}}},
  author={{{s2_auth(k)}}},
  {venue_field},
  year={{{year}}},{extra}
  url={{https://api.semanticscholar.org/CorpusID:{corpus}}}
}}
"""


bart_t = "{BART}: Denoising Sequence-to-Sequence Pre-training for Natural Language Generation, Translation, and Comprehension"
text = """% ch2-foundations.bib -- Chapter 2 (Background), thesis draft v0.7
% Maintainer: Ilse Marchetti <ilse.marchetti@example.edu>
% Sources: ACL Anthology "Export citation > BibTeX" (kept verbatim), Semantic Scholar "Cite > BibTeX" (kept
% verbatim, CorpusID urls included), hand-typed entries marked HAND. Do not run bibtool on this file -- it
% rewrites the Anthology's quotes into braces and the diff becomes unreadable.

%%% ---------------------------------------------------------------- ACL Anthology
""" + acl("lewis-etal-2020-bart", "1910.13461", bart_t,
          "Proceedings of the 58th Annual Meeting of the Association for Computational Linguistics",
          "jul", 2020, "Online", "2020.acl-main.703", "7871--7880",
          "Jurafsky, Dan  and\n      Chai, Joyce  and\n      Schluter, Natalie  and\n      Tetreault, Joel") + "\n" + \
    acl("clark-etal-2020-pre", "2012.08561", "Pre-Training Transformers as Energy-Based Cloze Models",
        "Proceedings of the 2020 Conference on Empirical Methods in Natural Language Processing (EMNLP)",
        "nov", 2020, "Online", "2020.emnlp-main.20", "285--294",
        "Webber, Bonnie  and\n      Cohn, Trevor  and\n      He, Yulan  and\n      Liu, Yang") + """
%%% ---------------------------------------------------------------- Semantic Scholar
""" + s2("article", "Bahdanau2014NeuralMT", "1409.0473", "journal={CoRR}", 2014, 11212020, "\n  volume={abs/1409.0473},") + "\n" + \
    s2("inproceedings", "Sutskever2014SequenceTS", "1409.3215", "booktitle={Neural Information Processing Systems}", 2014, 7961699) + "\n" + \
    s2("article", "He2020DeBERTaDB", "2006.03654", "journal={ArXiv}", 2020, 219531210, "\n  volume={abs/2006.03654},") + "\n" + \
    s2("inproceedings", "Dai2020FunnelTransformerFO", "2006.03236", "booktitle={Neural Information Processing Systems}", 2020, 219401850) + """
%%% ---------------------------------------------------------------- HAND
% ELECTRA -- the ICLR version, typed by hand (cited in 2.3 next to its EMNLP follow-up above)
@inproceedings{clark2020electra,
  title         = {ELECTRA: Pre-training Text Encoders as Discriminators Rather Than Generators},
  author        = {Clark, Kevin and Luong, Minh-Thang and Le, Quoc V. and Manning, Christopher D.},
  booktitle     = {International Conference on Learning Representations},
  year          = {2020},
  url           = {https://arxiv.org/abs/2003.10555}
}

% T5 -- JMLR page, not the arXiv version (the committee asked for archival venues)
@article{raffel2020exploring,
  title         = {Exploring the Limits of Transfer Learning with a Unified Text-to-Text Transformer},
  author        = {Raffel, Colin and Shazeer, Noam and Roberts, Adam and Lee, Katherine and Narang, Sharan and Matena, Michael and Zhou, Yanqi and Li, Wei and Liu, Peter J.},
  journal       = {Journal of Machine Learning Research},
  volume        = {21},
  number        = {140},
  pages         = {1--67},
  year          = {2020},
  url           = {https://jmlr.org/papers/v21/20-074.html}
}

% GPT-1 and GPT-2: OpenAI reports, no arXiv record
@techreport{radford2018improving,
  title         = {Improving Language Understanding by Generative Pre-Training},
  author        = {Radford, Alec and Narasimhan, Karthik and Salimans, Tim and Sutskever, Ilya},
  institution   = {OpenAI},
  year          = {2018}
}

@article{radford2019language,
  title         = {Language Models are Unsupervised Multitask Learners},
  author        = {Radford, Alec and Wu, Jeffrey and Child, Rewon and Luan, David and Amodei, Dario and Sutskever, Ilya},
  journal       = {OpenAI blog},
  volume        = {1},
  number        = {8},
  year          = {2019}
}

% NTM -- cited in 2.5 (external memory), arXiv only
@misc{graves2014neural,
  title         = {Neural Turing Machines},
  author        = {Graves, Alex and Wayne, Greg and Danihelka, Ivo},
  year          = {2014},
  howpublished  = {arXiv preprint},
  url           = {https://arxiv.org/abs/1410.5401}
}

% software, not a paper
@software{honnibal2020spacy,
  title         = {{spaCy}: Industrial-strength Natural Language Processing in Python},
  author        = {Honnibal, Matthew and Montani, Ines and Van Landeghem, Sofie and Boyd, Adriane},
  year          = {2020},
  doi           = {10.5281/zenodo.1212303}
}

% textbook
@book{jurafsky2024slp,
  title         = {Speech and Language Processing},
  author        = {Jurafsky, Daniel and Martin, James H.},
  edition       = {3rd (draft)},
  year          = {2024},
  note          = {\\url{https://web.stanford.edu/~jurafsky/slp3/}}
}
"""
write_only(F421, text, K, forms=[text.replace("{", "").replace("}", "")])
