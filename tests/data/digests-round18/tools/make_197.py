#!/usr/bin/env python3
"""Builds digests/197_citation_cff_references_peft_library.cff: the CITATION.cff (Citation File Format 1.2.0) of an
(invented) parameter-efficient fine-tuning library, hand-maintained after a first version made with cffinit: comments,
the software's own metadata (authors with ORCIDs and affiliations, an entity author, repository, Zenodo DOI, version,
date-released, keywords, licence, a folded abstract) and a `references:` list mixing the method papers the library
implements with software, a dataset, a blog post and a thesis.

Evidence: a reference `url` on an arXiv abs page (BitFit) and on an OpenReview forum (the unified view) (link); an
`identifiers` entry of type `other` with "arXiv:2101.00190" (prefix-tuning), a reference `doi` in arXiv's DataCite
form 10.48550/arXiv.2205.05638 (T-Few) and "arXiv:2402.09353" in a reference's `notes` (DoRA) (arxiv-text); the
adapters paper with its PMLR page, prompt tuning with its ACL Anthology page, P-tuning in a journal and AdaLoRA at
ICLR (title-only). Non-papers: PyTorch, bitsandbytes, lm-evaluation-harness (software), alpaca-cleaned (data), a
blog post, an MSc thesis. LoRA, QLoRA, IA3, VeRA, "P-Tuning v2" are nicknames in comments and keywords. People,
ORCIDs, affiliations, the Zenodo DOI, the blog and thesis are invented."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from catalogue import authors, split_name, check_no_distractor
from orcid import orcid
from yamlish import Folded, emit

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "197_citation_cff_references_peft_library.cff")


def people(key):
    out = []
    for n in authors(key):
        fam, giv = split_name(n)
        w = fam.split()
        p = {"family-names": fam, "given-names": giv}
        if len(w) > 1 and w[0] in ("van", "de", "den", "von"):
            p = {"family-names": w[-1], "given-names": giv, "name-particle": " ".join(w[:-1])}
        out.append(p)
    return out


doc = {
    "#0": "This CITATION.cff file was generated with cffinit.\nVisit https://bit.ly/cffinit to generate yours today!\n\n"
          "Edited by hand since v0.6 (references added). Validate with `cffconvert --validate` before tagging a\n"
          "release; the Zenodo integration reads this file.",
    "cff-version": "1.2.0",
    "title": "peftkit: parameter-efficient fine-tuning recipes for PyTorch",
    "message": Folded("If you use peftkit in your research, please cite the\nsoftware using the metadata below, and please also cite\n"
                      "the papers of the methods you use (see \"references\" and\ndocs/citing.md)."),
    "type": "software",
    "authors": [
        {"given-names": "Marta", "family-names": "Kowalczyk", "email": "marta.kowalczyk@example.edu.pl",
         "affiliation": "Institute of Computer Science, University of Wrocław", "orcid": "https://orcid.org/" + orcid("000000031874226")},
        {"given-names": "Tomasz", "family-names": "Wiśniewski", "affiliation": "Institute of Computer Science, University of Wrocław",
         "orcid": "https://orcid.org/" + orcid("000000029940513")},
        {"given-names": "Aisha", "family-names": "Bello", "affiliation": "Lagos AI Collective",
         "orcid": "https://orcid.org/" + orcid("000900060731288")},
        {"given-names": "Jonas", "name-particle": "van der", "family-names": "Berg", "affiliation": "independent"},
        {"name": "The peftkit contributors", "website": "https://github.com/peftkit/peftkit/graphs/contributors"},
    ],
    "identifiers": [
        {"type": "doi", "value": "10.5281/zenodo.11234567", "description": "Zenodo archive of v0.9.2 (this release)"},
        {"type": "doi", "value": "10.5281/zenodo.8040021", "description": "Concept DOI (all versions)"},
        {"type": "url", "value": "https://github.com/peftkit/peftkit/releases/tag/v0.9.2", "description": "Release notes for v0.9.2"},
        {"type": "swh", "value": "swh:1:rel:9f1c2e7a44d0b3c8e6a1f25d7b90e3c4a8d21f66", "description": "Software Heritage release archive"},
    ],
    "repository-code": "https://github.com/peftkit/peftkit",
    "url": "https://peftkit.readthedocs.io",
    "repository-artifact": "https://pypi.org/project/peftkit/",
    "abstract": Folded("peftkit collects small, readable implementations of\nparameter-efficient fine-tuning methods (bottleneck adapters,\n"
                       "prefix and prompt tuning, bias-only tuning, low-rank updates\nwith fixed or adaptive rank, weight-decomposed updates and\n"
                       "learned rescaling vectors) behind one training loop, with\nconfigs that reproduce the GLUE, SuperGLUE and\n"
                       "instruction-tuning numbers reported in the original papers\nwithin the seeds' spread."),
    "keywords": ["parameter-efficient fine-tuning", "adapters", "prompt tuning", "low-rank adaptation", "LoRA", "IA3", "PyTorch"],
    "license": "Apache-2.0",
    "commit": "4e0b7a9c2d51f8e3b6a0c9d7e2f1a4b5c6d7e8f9",
    "version": "0.9.2",
    "date-released": "2024-05-21",
    "#1": "Papers of the methods peftkit implements, then the software and data the\nbenchmarks depend on. LoRA and QLoRA are cited in docs/citing.md with the\n"
          "exact commits of their reference code; VeRA and P-Tuning v2 are not\nimplemented yet (see issue #212).",
    "references": [
        {"type": "conference-paper", "title": "Parameter-Efficient Transfer Learning for NLP", "authors": people("1902.00751"),
         "collection-title": "Proceedings of the 36th International Conference on Machine Learning", "collection-type": "proceedings",
         "conference": {"name": "ICML 2019", "city": "Long Beach", "country": "US"},
         "publisher": {"name": "PMLR"}, "volume": 97, "start": 2790, "end": 2799, "year": 2019,
         "url": "https://proceedings.mlr.press/v97/houlsby19a.html",
         "notes": "Bottleneck adapters (peftkit.adapters.Houlsby)."},
        {"type": "conference-paper", "title": "Prefix-Tuning: Optimizing Continuous Prompts for Generation", "authors": people("2101.00190"),
         "conference": {"name": "ACL-IJCNLP 2021"}, "year": 2021,
         "identifiers": [{"type": "other", "value": "arXiv:2101.00190", "description": "arXiv preprint"}],
         "notes": "peftkit.prefix; the MLP reparametrisation is on by default."},
        {"type": "conference-paper", "title": "The Power of Scale for Parameter-Efficient Prompt Tuning", "authors": people("2104.08691"),
         "collection-title": "Proceedings of the 2021 Conference on Empirical Methods in Natural Language Processing",
         "conference": {"name": "EMNLP 2021", "city": "Punta Cana", "country": "DO"}, "year": 2021,
         "url": "https://aclanthology.org/2021.emnlp-main.243"},
        {"type": "article", "title": "GPT Understands, Too", "authors": people("2103.10385"),
         "journal": "AI Open", "year": 2023,
         "notes": "P-tuning (continuous prompts with a prompt encoder). Not the v2 paper."},
        {"type": "conference-paper", "title": "BitFit: Simple Parameter-efficient Fine-tuning for Transformer-based Masked Language-models",
         "authors": people("2106.10199"), "conference": {"name": "ACL 2022"}, "year": 2022,
         "url": "https://arxiv.org/abs/2106.10199"},
        {"type": "conference-paper", "title": "Towards a Unified View of Parameter-Efficient Transfer Learning", "authors": people("2110.04366"),
         "conference": {"name": "ICLR 2022"}, "year": 2022,
         "url": "https://openreview.net/forum?id=0RDcd5Axok",
         "notes": "Parallel adapters and the scaled-PA configs in recipes/unified/."},
        {"type": "conference-paper", "title": "Few-Shot Parameter-Efficient Fine-Tuning is Better and Cheaper than In-Context Learning",
         "authors": people("2205.05638"), "conference": {"name": "NeurIPS 2022"}, "year": 2022,
         "doi": "10.48550/arXiv.2205.05638",
         "notes": "IA3 and the T-Few recipe; peftkit.ia3."},
        {"type": "conference-paper", "title": "AdaLoRA: Adaptive Budget Allocation for Parameter-Efficient Fine-Tuning", "authors": people("2303.10512"),
         "conference": {"name": "ICLR 2023", "city": "Kigali", "country": "RW"}, "year": 2023},
        {"type": "unpublished", "title": "DoRA: Weight-Decomposed Low-Rank Adaptation", "authors": people("2402.09353"), "year": 2024,
         "repository-code": "https://github.com/NVlabs/DoRA",
         "notes": "arXiv:2402.09353; ICML 2024. Our port follows the authors' code, not the paper's pseudo-code (see #188)."},
        {"type": "software", "title": "PyTorch", "authors": [{"name": "The Linux Foundation"}], "version": "2.3.0",
         "url": "https://pytorch.org", "repository-code": "https://github.com/pytorch/pytorch", "license": "BSD-3-Clause"},
        {"type": "software", "title": "bitsandbytes", "authors": [{"given-names": "Tim", "family-names": "Dettmers"}, {"name": "bitsandbytes contributors"}],
         "version": "0.43.1", "repository-code": "https://github.com/TimDettmers/bitsandbytes", "license": "MIT"},
        {"type": "software", "title": "lm-evaluation-harness", "authors": [{"name": "EleutherAI"}], "version": "0.4.2",
         "repository-code": "https://github.com/EleutherAI/lm-evaluation-harness", "license": "MIT"},
        {"type": "data", "title": "alpaca-cleaned", "authors": [{"name": "yahma"}], "year": 2023,
         "url": "https://huggingface.co/datasets/yahma/alpaca-cleaned", "license": "CC-BY-NC-4.0",
         "notes": "Instruction-tuning data for recipes/instruct/. Used with its default train split."},
        {"type": "blog", "title": "Choosing an adapter rank without a grid search", "authors": [{"given-names": "Marta", "family-names": "Kowalczyk"}],
         "year": 2024, "date-published": "2024-02-09", "url": "https://peftkit.readthedocs.io/en/latest/blog/2024-02-rank.html"},
        {"type": "thesis", "title": "Adapter merging for low-resource multilingual speech recognition",
         "authors": [{"given-names": "Tomasz", "family-names": "Wiśniewski"}], "thesis-type": "MSc thesis",
         "institution": {"name": "University of Wrocław", "city": "Wrocław", "country": "PL"}, "year": 2023},
    ],
}

text = "\n".join(emit(doc)) + "\n"
check_no_distractor(text, OUT)
open(OUT, "w", encoding="utf-8", newline="").write(text)
print(OUT, len(text))
