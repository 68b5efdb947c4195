#!/usr/bin/env python3
"""461: a .bib file assembled with `curl -LH "Accept: application/x-bibtex" https://doi.org/<DOI>`: DataCite's
multi-line `@misc{https://doi.org/10.48550/arxiv.ID, ...}` records for arXiv DOIs (upper-case ARXIV in `doi`,
keywords with "FOS: Computer and information sciences", `copyright`), a Crossref one-line record with a leading
space (` @inproceedings{Rajbhandari_2020, ... month=nov }`), `% curl ...` comment lines recording each command, and
entries typed by hand where no DOI exists (OpenReview, JMLR, NeurIPS proceedings). MoE, training systems, AutoML."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, CAT, key_of, write_only
from make_expected import F461, keys


def bib_auth(k):
    out = []
    for n in CAT[key_of(k)]["authors"]:
        p = n.split()
        out.append(p[-1] + ", " + " ".join(p[:-1]))
    return " and ".join(out)


def datacite(aid, kw, year):
    return f"""% curl -LH "Accept: application/x-bibtex" https://doi.org/10.48550/arXiv.{aid}
@misc{{https://doi.org/10.48550/arxiv.{aid},
  doi = {{10.48550/ARXIV.{aid}}},
  url = {{https://arxiv.org/abs/{aid}}},
  author = {{{bib_auth(aid)}}},
  keywords = {{{kw}, FOS: Computer and information sciences, FOS: Computer and information sciences}},
  title = {{{T(aid)}}},
  publisher = {{arXiv}},
  year = {{{year}}},
  copyright = {{arXiv.org perpetual, non-exclusive license}}
}}
"""


text = f"""% moe-systems.bib -- bibliography for the MoE/systems chapter (thesis draft, ch. 4)
% Maintainer: Ruth Oyelaran-Katz <r.oyelaran@example.ac.uk>
% Most entries fetched with DOI content negotiation (doi.org returns BibTeX for Crossref and DataCite DOIs).
% DataCite entries come back with the DOI URL as key; I keep them as they are and cite them via \\citet{{...}}
% with the full key. Entries without a DOI are typed by hand at the end. Do not run bibtool -s on this file.

{datacite('2006.16668', 'Computation and Language (cs.CL), Machine Learning (cs.LG), Machine Learning (stat.ML)', 2020)}
{datacite('2101.03961', 'Machine Learning (cs.LG), Artificial Intelligence (cs.AI)', 2021)}
{datacite('2208.07339', 'Machine Learning (cs.LG), Artificial Intelligence (cs.AI)', 2022)}
% curl -LH "Accept: application/x-bibtex" https://doi.org/10.1109/SC41405.2020.00024
% (the longer arXiv version is arXiv:1910.02054 -- cite the SC paper)
 @inproceedings{{Rajbhandari_2020, title={{{T('1910.02054')}}}, url={{http://dx.doi.org/10.1109/SC41405.2020.00024}}, DOI={{10.1109/sc41405.2020.00024}}, booktitle={{SC20: International Conference for High Performance Computing, Networking, Storage and Analysis}}, publisher={{IEEE}}, author={{{bib_auth('1910.02054')}}}, year={{2020}}, month=nov, pages={{1–16}} }}

% ---------------------------------------------------------------- typed by hand (no DOI)

@inproceedings{{shazeer2017outrageously,
  title     = {{{T('1701.06538')}}},
  author    = {{{bib_auth('1701.06538')}}},
  booktitle = {{International Conference on Learning Representations}},
  year      = {{2017}},
  url       = {{https://openreview.net/forum?id={OR('1701.06538')}}}
}}

@inproceedings{{micikevicius2018mixed,
  title     = {{{T('1710.03740')}}},
  author    = {{{bib_auth('1710.03740')}}},
  booktitle = {{International Conference on Learning Representations}},
  year      = {{2018}},
  url       = {{https://openreview.net/forum?id={OR('1710.03740')}}}
}}

@inproceedings{{loshchilov2019decoupled,
  title     = {{{T('1711.05101')}}},
  author    = {{{bib_auth('1711.05101')}}},
  booktitle = {{International Conference on Learning Representations}},
  year      = {{2019}}
}}

@article{{chowdhery2023palm,
  title   = {{{T('2204.02311')}}},
  author  = {{{bib_auth('2204.02311')} and others}},
  journal = {{Journal of Machine Learning Research}},
  volume  = {{24}},
  number  = {{240}},
  pages   = {{1--113}},
  year    = {{2023}},
  url     = {{http://jmlr.org/papers/v24/22-1144.html}}
}}

@inproceedings{{peng2020pyglove,
  title     = {{{T('2101.08809')}}},
  author    = {{{bib_auth('2101.08809')}}},
  booktitle = {{Advances in Neural Information Processing Systems}},
  volume    = {{33}},
  pages     = {{96--108}},
  year      = {{2020}}
}}

@misc{{dong2020autohas,
  title  = {{{T('2006.03656')}}},
  author = {{{bib_auth('2006.03656')}}},
  year   = {{2020}},
  note   = {{Preprint; the search space follows the PyGlove paper. TODO: check whether a venue version exists}}
}}

% ---------------------------------------------------------------- software (cite in the footnotes, not as papers)

@software{{deepspeed,
  author = {{{{DeepSpeed contributors}}}},
  title  = {{DeepSpeed}},
  url    = {{https://github.com/microsoft/DeepSpeed}},
  year   = {{2024}},
  note   = {{version 0.14.2}}
}}

@software{{bitsandbytes,
  author = {{{{bitsandbytes contributors}}}},
  title  = {{bitsandbytes: k-bit optimizers and matrix multiplication routines}},
  url    = {{https://github.com/bitsandbytes-foundation/bitsandbytes}},
  year   = {{2024}}
}}
"""
write_only(F461, text, keys(F461), [text.replace("{", "").replace("}", "")])
