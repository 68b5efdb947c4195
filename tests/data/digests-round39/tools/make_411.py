#!/usr/bin/env python3
"""411: checklist.tex of an anonymous NeurIPS 2024 submission on the robustness of CNNs and ViTs under distribution
shift: the NeurIPS Paper Checklist as the template gives it (\\section*{NeurIPS Paper Checklist}, one enumerate with
15 items "\\item {\\bf Name}", each with "\\item[] Question:", "\\item[] Answer: \\answerYes{}" (or No / NA),
"\\item[] Justification:" written by the authors, and the guidelines kept as an itemize), with the authors' own
LaTeX comments. Papers: named in the justifications, with \\url / \\href arxiv.org links (link), "arXiv:ID"
(arxiv-text), or as titles in \\emph{}, in ``TeX quotes'', followed by the venue, wrapped across source lines
(title-only). Not papers: the anonymous code repository, DomainBed's repository, torchvision and timm, ImageNet-1k,
ImageNet-C, the DomainBed datasets, the NeurIPS Code of Ethics page, citation keys, "RandAugment" / "Mixup" (names)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F411, keys

def wrap(t, k):
    """a title broken after its k-th word, as a source line wraps"""
    w = t.split(" ")
    return " ".join(w[:k]) + "\n    " + " ".join(w[k:])


ITEMS = [  # name, question, answer, justification, guidelines
 ("Claims",
  "Do the main claims made in the abstract and introduction accurately reflect the paper's contributions and scope?",
  "Yes",
  f"""The three claims in the introduction (the ViT advantage under corruptions shrinks to within noise once the
    training recipe is matched; it does not transfer to the DomainBed shifts; the remaining gap is explained by
    pre-training data, not architecture) are each backed by one experiment in Sections 4.1--4.3. The first is
    consistent with \\emph{{{T('2103.14586')}}}
    \\citep{{bhojanapalli2021understanding}}, \\url{{https://arxiv.org/abs/2103.14586}}, and we say where we differ.""",
  ["The answer NA means that the abstract and introduction do not include the claims made in the paper.",
   "The abstract and/or introduction should clearly state the claims made, including the contributions made in the paper and important assumptions and limitations. A No or NA answer to this question will not be perceived well by the reviewers.",
   "The claims made should match theoretical and experimental results, and reflect how much the results can be expected to generalize to other settings.",
   "It is fine to include aspirational goals as motivation as long as it is clear that these goals are not attained by the paper."]),
 ("Limitations",
  "Does the paper discuss the limitations of the work performed by the authors?",
  "Yes",
  f"""Section 6 (Limitations). All shifts we study are either synthetic corruptions or the five DomainBed datasets;
    as ``{T('2004.07780')}'' (Nature Machine Intelligence, 2020) argues, a model can pass such benchmarks through
    shortcuts that a new shift would break. We only study models up to about 90M parameters.""",
  ["The answer NA means that the paper has no limitation while the answer No means that the paper has limitations, but those are not discussed in the paper.",
   "The authors are encouraged to create a separate \"Limitations\" section in their paper.",
   "The paper should point out any strong assumptions and how robust the results are to violations of these assumptions (e.g., independence assumptions, noiseless settings, model well-specification, asymptotic approximations only holding locally).",
   "The authors should reflect on the scope of the claims made, e.g., if the approach was only tested on a few datasets or with a few runs."]),
 ("Theory Assumptions and Proofs",
  "For each theoretical result, does the paper provide the full set of assumptions and a complete (and correct) proof?",
  "NA",
  """The paper has no theoretical results; the argument about locality in Section 5 is an informal reading of the
    experiments and is labelled as such.""",
  ["The answer NA means that the paper does not include theoretical results.",
   "All the theorems, formulas, and proofs in the paper should be numbered and cross-referenced.",
   "All assumptions should be clearly stated or referenced in the statement of any theorems."]),
 ("Experimental Result Reproducibility",
  "Does the paper fully disclose all the information needed to reproduce the main experimental results of the paper to the extent that it affects the main claims and/or conclusions of the paper (regardless of whether the code and data are provided or not)?",
  "Yes",
  f"""Appendix B gives every hyper-parameter. The ViT recipes (augmentation, regularisation, schedule) are those of
    \\href{{https://arxiv.org/abs/2106.10270}}{{{T('2106.10270')}}}; the CNN recipes are matched to them knob by
    knob (Table 7).""",
  ["The answer NA means that the paper does not include experiments.",
   "If the paper includes experiments, a No answer to this question will not be perceived well by the reviewers: Making the paper reproducible is important, regardless of whether the code and data are provided or not.",
   "If the contribution is a dataset and/or model, the authors should describe the steps taken to make their results reproducible or verifiable."]),
 ("Open access to data and code",
  "Does the paper provide open access to the data and code, with sufficient instructions to faithfully reproduce the main experimental results, as described in supplemental material?",
  "Yes",
  """Anonymised code: \\url{https://anonymous.4open.science/r/ib-shift-3F2A}. The DomainBed runs use the
    public harness (\\url{https://github.com/facebookresearch/DomainBed}) with our model wrappers; the README gives
    the exact commands for every table.""",
  ["The answer NA means that paper does not include experiments requiring code.",
   "Please see the NeurIPS code and data submission guidelines (\\url{https://nips.cc/public/guides/CodeSubmissionPolicy}) for more details.",
   "The authors should provide instructions on data access and preparation, including how to access the raw data, preprocessed data, intermediate data, and generated data, etc."]),
 ("Experimental Setting/Details",
  "Does the paper specify all the training and test details (e.g., data splits, hyperparameters, how they were chosen, type of optimizer, etc.) necessary to understand the results?",
  "Yes",
  f"""Section 3 and Appendix B. Regularisation baselines are stochastic depth, dropout, and the learned patterns of
    {T('2101.01761')} (AAAI 2021); the adversarial baseline is
    \\emph{{{T('2006.14536')}}}, whose smooth activations we use for both families. The
    EfficientNet-V2-S baseline follows {T('2104.00298')} (arXiv:2104.00298),
    progressive resizing switched off so that all models see 224px images.""",
  ["The answer NA means that the paper does not include experiments.",
   "The experimental setting should be presented in the core of the paper to a level of detail that is necessary to appreciate the results and make sense of them.",
   "The full details can be provided either with the code, in appendix, or as supplemental material."]),
 ("Experiment Statistical Significance",
  "Does the paper report error bars suitably and correctly defined or other appropriate information about the statistical significance of the experiments?",
  "Yes",
  f"""Every number is a mean over 3 seeds with a 95\\% bootstrap interval. For DomainBed we follow the protocol of {wrap(T('2007.01434'), 4)} (arXiv:2007.01434): training-domain validation for model selection, 3 trials,
    standard errors over trials.""",
  ["The answer NA means that the paper does not include experiments.",
   "The authors should answer \"Yes\" if the results are accompanied by error bars, confidence intervals, or statistical significance tests, at least for the experiments that support the main claims of the paper.",
   "The factors of variability that the error bars are capturing should be clearly stated (for example, train/test split, initialization, random drawing of some parameter, or overall run with given experimental conditions)."]),
 ("Experiments Compute Resources",
  "For each experiment, does the paper provide sufficient information on the computer resources (type of compute workers, memory, time of execution) needed to reproduce the experiments?",
  "Yes",
  """Appendix C: all runs on 8$\\times$A100-40GB nodes; about 2{,}900 GPU-hours for the reported experiments and
    roughly as much again for runs that did not make it into the paper (hyper-parameter search, a discarded
    ImageNet-21k pre-training).""",
  ["The answer NA means that the paper does not include experiments.",
   "The paper should indicate the type of compute workers CPU or GPU, internal cluster, or cloud provider, including relevant memory and storage.",
   "The paper should disclose whether the full research project required more compute than the experiments reported in the paper (e.g., preliminary or failed experiments that didn't make it into the paper)."]),
 ("Code Of Ethics",
  "Does the research conducted in the paper conform, in every respect, with the NeurIPS Code of Ethics \\url{https://neurips.cc/public/EthicsGuidelines}?",
  "Yes",
  """We reviewed the Code of Ethics; the work uses public benchmarks under their terms and involves no human
    subjects.""",
  ["The answer NA means that the authors have not reviewed the NeurIPS Code of Ethics.",
   "If the authors answer No, they should explain the special circumstances that require a deviation from the Code of Ethics.",
   "The authors should make sure to preserve anonymity (e.g., if there is a special consideration due to laws or regulations in their jurisdiction)."]),
 ("Broader Impacts",
  "Does the paper discuss both potential positive societal impacts and negative societal impacts of the work performed?",
  "Yes",
  """Section 7: better-calibrated expectations of robustness help practitioners avoid deploying models on the
    strength of corruption benchmarks alone; a negative reading is that our matched recipes make it cheaper to
    train strong classifiers for any purpose.""",
  ["The answer NA means that there is no societal impact of the work performed.",
   "If the authors answer NA or No, they should explain why their work has no societal impact or why the paper does not address societal impact.",
   "Examples of negative societal impacts include potential malicious or unintended uses (e.g., disinformation, generating fake profiles, surveillance), fairness considerations (e.g., deployment of technologies that could make decisions that unfairly impact specific groups), privacy considerations, and security considerations."]),
 ("Safeguards",
  "Does the paper describe safeguards that have been put in place for responsible release of data or models that have a high risk for misuse (e.g., pretrained language models, image generators, or scraped datasets)?",
  "NA",
  """We release ImageNet-scale classifiers and split files only; they pose no high risk for misuse.""",
  ["The answer NA means that the paper poses no such risks.",
   "Released models that have a high risk for misuse or dual-use should be released with necessary safeguards to allow for controlled use of the model, for example by requiring that users adhere to usage guidelines or restrictions to access the model or implementing safety filters."]),
 ("Licenses for existing assets",
  "Are the creators or original owners of assets (e.g., code, data, models), used in the paper, properly credited and are the license and terms of use explicitly mentioned and properly respected?",
  "Yes",
  f"""Models: ResNet-50 from torchvision (BSD-3-Clause), introduced in \\emph{{{T('1512.03385')}}}
    (CVPR 2016); BiT-M R50x1 (Apache-2.0) from ``{wrap(T('1912.11370'), 3)}''
    (ECCV 2020); Swin-T (MIT) from {T('2103.14030')}, ICCV 2021; CLIP ViT-B/16
    weights (MIT) from {T('2103.00020')}, \\url{{https://arxiv.org/pdf/2103.00020}};
    EfficientNet-V2-S and DeiT-S from timm (Apache-2.0). Data: ImageNet-1k (ImageNet terms of access), ImageNet-C
    (CC BY 4.0), and PACS, VLCS, OfficeHome, TerraIncognita and DomainNet as distributed by DomainBed (MIT), each
    under its own terms, listed in Appendix D.""",
  ["The answer NA means that the paper does not use existing assets.",
   "The authors should cite the original paper that produced the code package or dataset.",
   "The authors should state which version of the asset is used and, if possible, include a URL.",
   "The name of the license (e.g., CC-BY 4.0) should be included for each asset."]),
 ("New Assets",
  "Are new assets introduced in the paper well documented and is the documentation provided alongside the assets?",
  "Yes",
  """We release the matched-recipe checkpoints (36 models) and the split files of our corruption-severity
    benchmark, with a model card per family and a datasheet; both are in the anonymised repository.""",
  ["The answer NA means that the paper does not release new assets.",
   "Researchers should communicate the details of the dataset/code/model as part of their submissions via structured templates. This includes details about training, license, limitations, etc.",
   "At submission time, remember to anonymize your assets (if applicable). You can either create an anonymized URL or include an anonymized zip file."]),
 ("Crowdsourcing and Research with Human Subjects",
  "For crowdsourcing experiments and research with human subjects, does the paper include the full text of instructions given to participants and screenshots, if applicable, as well as details about compensation (if any)?",
  "NA",
  """No crowdsourcing and no human subjects.""",
  ["The answer NA means that the paper does not involve crowdsourcing nor research with human subjects.",
   "According to the NeurIPS Code of Ethics, workers involved in data collection, curation, or other labor should be paid at least the minimum wage in the country of the data collector."]),
 ("Institutional Review Board (IRB) Approvals or Equivalent for Research with Human Subjects",
  "Does the paper describe potential risks incurred by study participants, whether such risks were disclosed to the subjects, and whether Institutional Review Board (IRB) approvals (or an equivalent approval/review based on the requirements of your country or institution) were obtained?",
  "NA",
  """No human subjects.""",
  ["The answer NA means that the paper does not involve crowdsourcing nor research with human subjects.",
   "Depending on the country in which research is conducted, IRB approval (or equivalent) may be required for any human subjects research. If you obtained IRB approval, you should clearly state this in the paper."]),
]
out = ["% checklist.tex -- \\input{checklist} at the very end of main.tex, after the appendix (CFP: the checklist",
       "% does not count towards the page limit). Instruction block removed as the template asks; questions,",
       "% guidelines and the \\answer macros left as they are. Last pass: 2024-05-21 (MZ), before the abstract deadline.",
       "", "\\newpage", "\\section*{NeurIPS Paper Checklist}", "", "\\begin{enumerate}", ""]
for name, q, a, j, g in ITEMS:
    out += [f"\\item {{\\bf {name}}}", f"    \\item[] Question: {q}",
            f"    \\item[] Answer: \\answer{a}{{}} % Replace by \\answerYes{{}}, \\answerNo{{}}, or \\answerNA{{}}.",
            f"    \\item[] Justification: {j}", "    \\item[] Guidelines:", "    \\begin{itemize}"]
    out += [f"        \\item {x}" for x in g]
    out += ["    \\end{itemize}", ""]
out += ["\\end{enumerate}", ""]
text = "\n".join(out)
write_only(F411, text, keys(F411))
