#!/usr/bin/env python3
"""400: the end of a review manuscript copied out of Word and pasted as plain text: every paragraph is one long line
(no hard wraps, no hyphenation), the superscript citation numbers have become plain digits glued to the word or
punctuation before them ("backpropagation.1", "memory,2,3"), Word's numbered reference list comes out as "n.<TAB>…",
headings are bare lines. References in Vancouver (NLM / ICMJE) style: "Surname Initials" with no dots, six authors
then "et al.", sentence-case titles ending with a full stop, abbreviated journals, "Year;Vol(Issue):pages" with
elided page ranges, "[Preprint]", "[Internet]", "[cited YYYY Mon D]", "Available from:", "doi:". References are
numbered in order of first citation. Papers: arXiv abs and pdf URLs after "Available from:" (link); "arXiv:ID" in
the reference (arxiv-text); DOIs, PMLR / NeurIPS / ICLR proceedings details (title-only). The Goodfellow et al.
textbook, the PyTorch website, The Cancer Imaging Archive and the EU medical-device regulation are cited but are not
papers, and are not labelled."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F400, keys, BACKPROP, LSTM, GLOROT, ALPHAFOLD


def sc(t):
    """sentence case as a Vancouver reference list writes titles (first word and acronyms/proper names kept)"""
    keep = {"AutoHAS", "NAS", "AlphaFold"}
    words = t.split(" ")
    out = [re.sub(r"-(\w)", lambda m: "-" + m.group(1).lower(), words[0])] + [w if w in keep else w.lower() for w in words[1:]]
    s = " ".join(out)
    return re.sub(r": (\w)", lambda m: ": " + m.group(1).lower(), s)


REFS = [  # (key or None, reference text)
 (BACKPROP, f"Rumelhart DE, Hinton GE, Williams RJ. {sc(T(BACKPROP))}. Nature. 1986;323(6088):533-6. doi: 10.1038/323533a0"),
 (LSTM, f"Hochreiter S, Schmidhuber J. {sc(T(LSTM))}. Neural Comput. 1997;9(8):1735-80. doi: 10.1162/neco.1997.9.8.1735"),
 (None, "Goodfellow I, Bengio Y, Courville A. Deep learning. Cambridge (MA): MIT Press; 2016. 775 p."),
 (GLOROT, f"Glorot X, Bengio Y. {sc(T(GLOROT))}. In: Teh YW, Titterington M, editors. Proceedings of the Thirteenth International Conference on Artificial Intelligence and Statistics; 2010 May 13-15; Chia Laguna Resort, Sardinia, Italy. PMLR; 2010. p. 249-56. (Proceedings of Machine Learning Research; vol. 9)."),
 ("2103.13462", f"Ma T. {sc(T('2103.13462'))} [Preprint]. arXiv; 2021 [cited 2024 Jan 22]. Available from: https://arxiv.org/abs/2103.13462"),
 ("2010.01412", f"Foret P, Kleiner A, Mobahi H, Neyshabur B. {sc(T('2010.01412'))}. In: 9th International Conference on Learning Representations (ICLR 2021); 2021 May 3-7; virtual meeting."),
 ("2103.09762", f"Saha G, Garg I, Roy K. {sc(T('2103.09762'))}. arXiv:2103.09762 [Preprint]. 2021 [cited 2024 Jan 22]."),
 ("2006.03656", f"Dong X, Tan M, Yu AW, Peng D, Gabrys B, Le QV. {sc(T('2006.03656'))} [Preprint]. arXiv; 2020 [cited 2024 Feb 2]. Available from: https://arxiv.org/pdf/2006.03656"),
 ("2108.04392", f"Wang R, Cheng M, Chen X, Tang X, Hsieh CJ. {sc(T('2108.04392'))}. In: 9th International Conference on Learning Representations (ICLR 2021); 2021 May 3-7; virtual meeting."),
 ("2101.03958", f"Co-Reyes JD, Miao Y, Peng D, Real E, Levine S, Le QV, et al. {sc(T('2101.03958'))}. arXiv:2101.03958 [Preprint]. 2021 [cited 2024 Feb 2]."),
 ("2106.05234", f"Ying C, Cai T, Luo S, Zheng S, Ke G, He D, et al. {sc(T('2106.05234'))} In: Ranzato M, Beygelzimer A, Dauphin Y, Liang PS, Wortman Vaughan J, editors. Advances in Neural Information Processing Systems 34 (NeurIPS 2021); 2021 Dec 6-14; virtual meeting. Red Hook (NY): Curran Associates; 2021. p. 28877-88."),
 ("2010.03409", f"Pfaff T, Fortunato M, Sanchez-Gonzalez A, Battaglia PW. {sc(T('2010.03409'))}. In: 9th International Conference on Learning Representations (ICLR 2021); 2021 May 3-7; virtual meeting."),
 (ALPHAFOLD, f"Jumper J, Evans R, Pritzel A, Green T, Figurnov M, Ronneberger O, et al. {sc(T(ALPHAFOLD))}. Nature. 2021;596(7873):583-9. doi: 10.1038/s41586-021-03819-2"),
 (None, "PyTorch [Internet]. Version 2.1. San Francisco (CA): The Linux Foundation; c2023 [cited 2024 Jan 15]. Available from: https://pytorch.org/"),
 (None, "The Cancer Imaging Archive (TCIA) [Internet]. Bethesda (MD): National Cancer Institute; c2024 [cited 2024 Feb 5]. Available from: https://www.cancerimagingarchive.net/"),
 (None, "Regulation (EU) 2017/745 of the European Parliament and of the Council of 5 April 2017 on medical devices. Off J Eur Union. 2017 May 5;L117:1-175."),
]
assert [k for k, _ in REFS if k] == keys(F400)

# the body: citation numbers were superscripts in Word; pasted as plain text they stick to what precedes them
BODY = [
 "4. Discussion",
 "Most of the methods we reviewed still rest on the same two ingredients as the networks of the 1980s and 1990s: gradients computed by backpropagation,1 and, for sequential signals such as ECG traces or longitudinal records, gated recurrent memory.2 Textbook treatments cover both well.3 The practical difficulty in clinical imaging lies elsewhere. With cohorts of a few hundred patients, weight initialisation still matters more than is usually reported,4 and why plain first-order methods find good solutions of non-convex objectives at all is only partly understood.5 Flatness-seeking optimisers6 improved external validation in three of the eleven studies that tried them, but none of those studies reported more than one random seed.",
 "Sites that retrain a model whenever a new scanner is installed face catastrophic forgetting; projection-based continual learning7 was the only family we found evaluated across vendors. Automated model design is attractive for small clinical teams. Joint hyperparameter and architecture search8 and the analysis of how differentiable search selects its final architecture9 both suggest that the search space, more than the search algorithm, decides the outcome. The same caution applies to training procedures that are themselves learned.10",
 "Graph-based models were the fastest-growing group in our corpus. Transformers over molecular graphs11 and mesh-based simulators12 are now used for tissue mechanics and dose calculation, and since the arrival of accurate protein structure prediction13 structural priors have become routine in drug-response studies.",
 "4.1. Limitations",
 "All implementations in our replication used the same framework14 and all public images came from a single archive,15 which limits how far the replication results generalise. We did not contact authors for missing hyperparameters. Under the current regulation16 none of the reviewed models would qualify for clinical use without a new conformity assessment, and we did not assess regulatory readiness.",
 "5. Conclusions",
 "Reporting, not method choice, is the main obstacle to comparing training strategies for clinical imaging models. We recommend that every study report seeds, initialisation, the search space used for tuning and the exact data splits, and we provide a checklist for this in Supplementary Table S3.",
 "Acknowledgements",
 "We thank the two anonymous reviewers for their careful reading and the Northfleet Imaging Consortium for access to the replication cluster.",
 "Funding",
 "This work was supported by the Medical Imaging Methods Fund (award MIMF-2023-117). The funder had no role in the design of the review or the decision to publish.",
 "Declaration of competing interest",
 "The authors declare no competing interests.",
 "Data availability",
 "The extraction sheet and the replication code are available from the corresponding author on reasonable request.",
]
cited = []
for p in BODY:
    for m in re.finditer(r"(?<=[A-Za-z.),;:])(\d{1,2}(?:,\d{1,2})*)(?=[ .,;:]|$)", p):
        for n in m.group(1).split(","):
            if int(n) not in cited: cited.append(int(n))
assert cited == list(range(1, len(REFS) + 1)), cited

text = "\n".join([
 "Training deep networks for clinical imaging with small cohorts: a methods review",
 "Revised manuscript MIA-D-24-00187R1 (clean copy, all changes accepted)",
 "",
 *[x for p in BODY for x in (p, "")],
 "References",
 "",
 *[f"{i}.\t{r}" for i, (_, r) in enumerate(REFS, 1)],
 "",
 "Figure legends",
 "",
 "Fig. 1. Flow diagram of study selection (PRISMA 2020). Records identified: 1,846; screened: 1,203; full texts assessed: 212; included: 64.",
 "Fig. 2. Training strategies by year of publication, 2016 to 2023, stacked by model family.",
 "",
])
write_only(F400, text, keys(F400))
