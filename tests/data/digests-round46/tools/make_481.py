#!/usr/bin/env python3
"""481: a thesis project's hand-kept .bib in the classic style: @string abbreviations for venues (used bare and with
`#` concatenation), @preamble, bare month macros, entries inheriting booktitle / year / publisher from @proceedings
records through `crossref` (the parents at the end of the file, as BibTeX requires), `{…}`-protected capitals in
titles, `%` comment banners, @misc / @online / @techreport records. English. Large language models."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, CAT, write_only
from make_expected import F481, keys

t = T
def A(k, n=None):
    a = CAT[k]["authors"]
    if n and len(a) > n:
        return " and ".join(a[:n]) + " and others"
    return " and ".join(a)

def prot(s, words):
    for w in words:
        s = s.replace(w, "{" + w + "}", 1)
    return s

text = f"""% ============================================================================
%  refs.bib  --  thesis chapter 2 ("Large language models: background")
%  maintained by hand; please keep @string and @proceedings records where they are.
%  Last edit: R. Oyelaran, 2024-05-17
% ============================================================================

@preamble{{ "\\newcommand{{\\noopsort}}[1]{{}}" }}

@string{{neurips = "Advances in Neural Information Processing Systems"}}
@string{{iclr    = "International Conference on Learning Representations"}}
@string{{emnlp   = "Proceedings of the Conference on Empirical Methods in Natural Language Processing"}}
@string{{acl     = "Association for Computational Linguistics"}}
@string{{curran  = "Curran Associates, Inc."}}
@string{{preprint = "Preprint"}}

% ---------------------------------------------------------------------------
%  Surveys and model reports
% ---------------------------------------------------------------------------

@misc{{zhao2023survey,
  author       = {{{A('2303.18223', 6)}}},
  title        = {{{prot(t('2303.18223'), [])}}},
  year         = 2023,
  month        = mar,
  howpublished = preprint # ", updated regularly",
  url          = {{https://arxiv.org/abs/2303.18223}},
  note         = {{We cite v13; the GitHub companion list is LLMSurvey}}
}}

@misc{{touvron2023llama2,
  author       = {{{A('2307.09288', 5)}}},
  title        = {{{prot(t('2307.09288'), ['Llama'])}}},
  year         = 2023,
  month        = jul,
  url          = {{https://arxiv.org/pdf/2307.09288.pdf}}
}}

@misc{{zhang2022opt,
  author        = {{{A('2205.01068', 5)}}},
  title         = {{{prot(t('2205.01068'), ['OPT'])}}},
  year          = 2022,
  month         = may,
  eprint        = {{2205.01068}},
  archivePrefix = {{arXiv}},
  primaryClass  = {{cs.CL}}
}}

@techreport{{gunasekar2023textbooks,
  author       = {{{A('2306.11644', 5)}}},
  title        = {{{t('2306.11644')}}},
  institution  = {{Microsoft Research}},
  year         = 2023,
  month        = jun,
  note         = {{phi-1; weights on the Hugging Face Hub}}
}}

@misc{{kadavath2022know,
  author       = {{{A('2207.05221', 5)}}},
  title        = {{{t('2207.05221')}}},
  year         = 2022,
  month        = jul,
  howpublished = {{Anthropic}},
  note         = {{calibration of P(True) and P(IK)}}
}}

% ---------------------------------------------------------------------------
%  Scaling, prompting, efficient fine-tuning
% ---------------------------------------------------------------------------

@inproceedings{{hoffmann2022chinchilla,
  author    = {{{A('2203.15556', 6)}}},
  title     = {{{t('2203.15556')}}},
  crossref  = {{NeurIPS2022}},
  pages     = {{30016--30030}}
}}

@inproceedings{{wei2022cot,
  author    = {{{A('2201.11903')}}},
  title     = {{{prot(t('2201.11903'), ['Chain-of-Thought'])}}},
  crossref  = {{NeurIPS2022}},
  url       = {{https://openreview.net/forum?id={OR('2201.11903')}}}
}}

@inproceedings{{dettmers2022int8,
  author        = {{{A('2208.07339')}}},
  title         = {{{prot(t('2208.07339'), ['LLM.int8()'])}}},
  crossref      = {{NeurIPS2022}},
  eprint        = {{2208.07339}},
  archivePrefix = {{arXiv}}
}}

@inproceedings{{dettmers2023qlora,
  author    = {{{A('2305.14314')}}},
  title     = {{{prot(t('2305.14314'), ['QLoRA', 'LLMs'])}}},
  crossref  = {{NeurIPS2023}},
  url       = {{https://arxiv.org/abs/2305.14314}}
}}

@inproceedings{{lester2021prompt,
  author    = {{{A('2104.08691')}}},
  title     = {{{t('2104.08691')}}},
  booktitle = emnlp # " (EMNLP 2021)",
  year      = 2021,
  month     = nov,
  address   = {{Online and Punta Cana, Dominican Republic}},
  publisher = acl,
  pages     = {{3045--3059}},
  url       = {{https://aclanthology.org/2021.emnlp-main.243}}
}}

% ---------------------------------------------------------------------------
%  Software (not cited as papers)
% ---------------------------------------------------------------------------

@online{{llamarecipes,
  author  = {{{{Meta}}}},
  title   = {{llama-recipes: scripts for fine-tuning Meta Llama}},
  year    = 2024,
  url     = {{https://github.com/meta-llama/llama-recipes}},
  urldate = {{2024-05-02}}
}}

@online{{bnb,
  author  = {{Tim Dettmers and {{bitsandbytes contributors}}}},
  title   = {{bitsandbytes: k-bit quantization for {{PyTorch}}}},
  year    = 2023,
  url     = {{https://github.com/bitsandbytes-foundation/bitsandbytes}},
  urldate = {{2024-05-02}}
}}

% ---------------------------------------------------------------------------
%  Proceedings (crossref targets -- must stay below the entries citing them)
% ---------------------------------------------------------------------------

@proceedings{{NeurIPS2022,
  booktitle = neurips # " 35 (NeurIPS 2022)",
  title     = neurips # " 35 (NeurIPS 2022)",
  editor    = {{S. Koyejo and S. Mohamed and A. Agarwal and D. Belgrave and K. Cho and A. Oh}},
  year      = 2022,
  publisher = curran
}}

@proceedings{{NeurIPS2023,
  booktitle = neurips # " 36 (NeurIPS 2023)",
  title     = neurips # " 36 (NeurIPS 2023)",
  editor    = {{A. Oh and T. Naumann and A. Globerson and K. Saenko and M. Hardt and S. Levine}},
  year      = 2023,
  publisher = curran
}}
"""
write_only(F481, text, keys(F481), forms=[text.replace("{", "").replace("}", "")])
