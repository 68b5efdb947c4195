#!/usr/bin/env python3
"""460: the end of a journal article's web page copied as text (an invented open-access journal on a Springer-like
platform): the last paragraph, Data availability, Notes, "References" in APA 7th edition (sentence-case titles,
"& " before the last author, DOIs as https://doi.org/..., arXiv preprints as "arXiv. https://arxiv.org/abs/ID" or
"arXiv:ID"), each reference followed by the platform's link lines "Article" / "Google Scholar" / "Crossref" and
"Download references", then Acknowledgements, Author information, Rights and permissions, "About this article".
NLP pre-training and LLM reasoning/tool use."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, key_of, write_only
from make_expected import F460, keys, GLOVE, GPT2


def apa_name(n):
    p = n.split()
    return p[-1] + ", " + " ".join(x[0] + "." for x in p[:-1] if x[0].isalpha())


def apa_authors(k):
    a = [apa_name(x) for x in CAT[key_of(k)]["authors"]]
    if len(a) == 1: return a[0]
    if len(a) <= 20: return ", ".join(a[:-1]) + ", & " + a[-1]
    return ", ".join(a[:19]) + ", . . . " + a[-1]


def sc(title):
    """APA sentence case: lower-case every word after the first except acronyms / words with capitals inside
    and the first word after a colon"""
    out, cap = [], True
    for w in title.split(" "):
        core = w.strip(":,?")
        keep = cap or sum(c.isupper() for c in core) > 1 or any(c.isdigit() for c in core)
        out.append(w if keep else w.lower())
        cap = w.endswith(":")
    return " ".join(out)


refs = [
 (f"{apa_authors('1911.02116')} (2020). {sc(T('1911.02116'))}. In Proceedings of the 58th Annual Meeting of the Association for Computational Linguistics (pp. 8440–8451). Association for Computational Linguistics. arXiv:1911.02116", ["Google Scholar"]),
 (f"{apa_authors('2003.10555')} (2020). {sc(T('2003.10555'))}. In International Conference on Learning Representations. arXiv:2003.10555", ["Google Scholar"]),
 (f"{apa_authors('2006.03654')} (2021). {sc(T('2006.03654'))}. In International Conference on Learning Representations.", ["Google Scholar"]),
 (f"{apa_authors('2306.11644')} (2023). {sc(T('2306.11644'))}. arXiv. https://arxiv.org/abs/2306.11644", ["Google Scholar"]),
 (f"{apa_authors('1801.06146')} (2018). {sc(T('1801.06146'))}. In Proceedings of the 56th Annual Meeting of the Association for Computational Linguistics (Volume 1: Long Papers) (pp. 328–339). https://doi.org/10.18653/v1/P18-1031", ["Article", "Google Scholar"]),
 (f"{apa_authors('1910.13461')} (2020). {sc(T('1910.13461'))}. In Proceedings of the 58th Annual Meeting of the Association for Computational Linguistics (pp. 7871–7880). https://doi.org/10.18653/v1/2020.acl-main.703", ["Article", "Google Scholar"]),
 (f"{apa_authors('2206.14858')} (2022). {sc(T('2206.14858'))}. In Advances in Neural Information Processing Systems (Vol. 35, pp. 3843–3857). https://arxiv.org/abs/2206.14858", ["Google Scholar"]),
 (f"{apa_authors(GLOVE)} (2014). {sc(T(GLOVE))}. In Proceedings of the 2014 Conference on Empirical Methods in Natural Language Processing (pp. 1532–1543). https://doi.org/10.3115/v1/D14-1162", ["Article", "Google Scholar"]),
 (f"{apa_authors(GPT2)} (2019). {sc(T(GPT2))} [Technical report]. OpenAI. https://cdn.openai.com/better-language-models/language_models_are_unsupervised_multitask_learners.pdf", ["Google Scholar"]),
 (f"{apa_authors('1910.10683')} (2020). {sc(T('1910.10683'))}. Journal of Machine Learning Research, 21(140), 1–67. http://jmlr.org/papers/v21/20-074.html", ["MathSciNet", "Google Scholar"]),
 (f"{apa_authors('2302.04761')} (2023). {sc(T('2302.04761'))}. In Advances in Neural Information Processing Systems (Vol. 36). https://arxiv.org/pdf/2302.04761.pdf", ["Google Scholar"]),
 ("Okafor, B., & Lindqvist, E. (2021). XLing-11 evaluation prompts (Version 1.2) [Data set]. Zenodo. https://doi.org/10.5281/zenodo.0000001", ["Google Scholar"]),
 ("Vestergaard, M., & Okonkwo, C. (2022). Corpora for low-resource language evaluation: A practitioner's guide (Version 2.1) [Computer software]. Zenodo. https://doi.org/10.5281/zenodo.0000000", ["Google Scholar"]),
]


def key(r):
    return r[0].lower()


body = "\n\n".join(r + "\n\n" + "\n\n".join(links) for r, links in sorted(refs, key=key))
text = f"""Skip to main content
Journal of Computational Language Studies
Search
Log in
Open access
Published: 14 March 2024

Pre-training objectives and downstream reasoning: a controlled comparison across eleven languages

Laila Haddad-Moreno, Tomasz Wierzbicki & Ngozi Abara-Lindqvist

Journal of Computational Language Studies volume 7, Article number: 12 (2024)

2145 Accesses

3 Altmetric

Metrics details

[...]

6 Conclusion

Across eleven languages, the choice of pre-training objective mattered less than the amount of in-language data
once models were fine-tuned, in line with earlier comparisons of discriminative and denoising objectives (Clark et
al., 2020; He et al., 2021; Lewis et al., 2020). Tool use and program-aided reasoning (Lewkowycz et al., 2022; Schick
et al., 2023) remained the weakest link in low-resource languages. We release our evaluation harness and the
translated prompts (see Data availability).

Data availability

The translated prompts and model outputs are available at https://github.com/jcls-xling/pretrain-objectives-11 and
archived on Zenodo. The OPUS corpora used for continued pre-training are publicly available.

Notes

1. We use the checkpoints released on the Hugging Face Hub; revision hashes are listed in Appendix B.

2. Scores for the 'textbook-quality' data filter follow Gunasekar et al. (2023) as closely as their description
allows.

References

{body}

Download references

Acknowledgements

We thank the three anonymous reviewers and the members of the Uppsala–Lagos reading circle for comments on earlier
drafts.

Funding

Open access funding provided by Uppsala University (invented for this example).

Author information

Authors and Affiliations

Department of Linguistics and Philology, Uppsala University, Uppsala, Sweden

Laila Haddad-Moreno & Tomasz Wierzbicki

Department of Computer Science, University of Lagos, Lagos, Nigeria

Ngozi Abara-Lindqvist

Corresponding author

Correspondence to Laila Haddad-Moreno.

Ethics declarations

Competing interests

The authors declare no competing interests.

Rights and permissions

Open Access This article is licensed under a Creative Commons Attribution 4.0 International License.

Reprints and permissions

About this article

Cite this article

Haddad-Moreno, L., Wierzbicki, T. & Abara-Lindqvist, N. Pre-training objectives and downstream reasoning: a
controlled comparison across eleven languages. J Comput Lang Stud 7, 12 (2024). https://doi.org/10.0000/s00000-024-00012-x

Received: 02 October 2023

Accepted: 21 February 2024

Published: 14 March 2024

Keywords

Pre-training
Multilinguality
Reasoning
"""
write_only(F460, text, keys(F460))
