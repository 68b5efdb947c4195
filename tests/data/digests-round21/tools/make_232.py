#!/usr/bin/env python3
"""Builds digests/232_openreview_forum_review_thread_copied_text_acm_references.txt: an OpenReview forum page of an
(invented, withdrawn) ICLR 2024 submission, selected in the browser and pasted into a text file by one of its
reviewers to keep the discussion: the page chrome ("Go to ICLR 2024 Conference homepage", "Download PDF", the
submission fields with OpenReview's run-together "…Last Modified: 20 Nov 2023ICLR 2024 Conference Withdrawn
Submission…", the filter/sort controls, "N / N replies shown"), then the notes in the order shown (oldest first,
replies under their parent): three official reviews with the ICLR 2024 form (Summary, Soundness, Presentation,
Contribution, Strengths, Weaknesses, Questions, Flag For Ethics Review, Rating, Confidence, Code Of Conduct; values
such as "2 fair", "5: marginally below the acceptance threshold"), author responses, a reviewer's reply and the
withdrawal. Each note starts with its title line and the signature line "Official Reviewby Reviewer kQ7x04 Nov 2023,
22:17 (modified: …)EveryoneRevisions" as the copy runs them together. LF, a final newline.

The first review's Weaknesses end with a numbered reference list in the ACM Reference Format ("Authors. Year. Title. In
Venue."), cited as [n] in the text. Evidence: the CNN-vs-FC paper's abs link in the second review, FedDyn's abs link
and the NAS architecture-selection paper's pdf link in author responses (link); AdamW under its first arXiv title
"Fixing Weight Decay Regularization in Adam. arXiv:1711.05101" and "Why Do Local Methods Solve Nonconvex Problems?
(arXiv:2103.13462)" (arxiv-text); SAM, dataset condensation, DomainBed, shortcut learning (with its Nature MI DOI),
Glorot & Bengio (AISTATS, not on arXiv) in the reference list, AutoDropout in a question, AutoHAS and PyGlove in the
third review (title-only). Non-papers: the ICLR author guide and code of ethics, an anonymous code repository.
Reviewer ids, dates, the submission and its numbers are invented."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from catalogue import check_no_distractor

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "232_openreview_forum_review_thread_copied_text_acm_references.txt")
SUB = 4821
CONF4 = ("4: You are confident in your assessment, but not absolutely certain. It is unlikely, but not impossible, that you "
         "did not understand some parts of the submission or that you are unfamiliar with some pieces of related work.")
CONF3 = ("3: You are fairly confident in your assessment. It is possible that you did not understand some parts of the "
         "submission or that you are unfamiliar with some pieces of related work. Math/other details were not carefully checked.")

HEAD = f"""Go to ICLR 2024 Conference homepage
Flat Synthetic Sets: Sharpness-Aware Dataset Condensation for Federated Domain Generalization
Download PDF
Anonymous authors
Published: 16 Oct 2023, Last Modified: 20 Nov 2023ICLR 2024 Conference Withdrawn SubmissionEveryoneRevisionsBibTeX
Keywords: federated learning, dataset condensation, sharpness-aware minimization, domain generalization
Abstract: Clients in federated learning rarely share a data distribution, and a global model trained on their union generalizes poorly to unseen domains. We propose FlatSyn, in which every client condenses its local data into a small synthetic set by matching gradients at perturbed (sharpness-aware) weights, and the server trains on the union of the synthetic sets. On PACS, Office-Home and DomainNet with 10–100 clients, FlatSyn improves leave-one-domain-out accuracy by 2.1–4.7 points over FedAvg while communicating 40× fewer bytes.
Primary Area: general machine learning (i.e., none of the above)
Code Of Ethics: I acknowledge that I and all co-authors of this work have read and commit to adhering to the ICLR Code of Ethics.
Submission Guidelines: I certify that this submission complies with the submission instructions as described on https://iclr.cc/Conferences/2024/AuthorGuide.
Anonymous Url: I certify that there is no URL (e.g., github page) that could be used to find authors' identity.
No Acknowledgement Section: I certify that there is no acknowledgement section in this submission for double blind review.
Submission Number: {SUB}
Filter by reply type...
Filter by author...
Search keywords...

Sort: Oldest First
"""

# (kind, signature, date, modified, fields as (name, value))
NOTES = [
    ("Official Review", "Reviewer kQ7x", "04 Nov 2023, 22:17", "10 Nov 2023, 08:41", [
        ("Summary", "The paper proposes FlatSyn: each client condenses its data into a synthetic set by gradient matching [2] at weights perturbed in the sharpness-aware direction of [1], and the server trains a model on the union of the synthetic sets. Experiments on PACS, Office-Home and DomainNet show gains over FedAvg and over two condensation baselines."),
        ("Soundness", "2 fair"),
        ("Presentation", "3 good"),
        ("Contribution", "2 fair"),
        ("Strengths", "- The problem (one-shot communication of condensed data under domain shift) is relevant and the method is simple.\n- The ablation on the perturbation radius ρ (Table 4) is informative.\n- The paper is clearly written."),
        ("Weaknesses", "1. The federated baselines are weak. Only FedAvg is compared; a regularized method such as [3] is the standard baseline for heterogeneous clients and should be included.\n"
                       "2. The domain generalization protocol is not the one of [4]: model selection uses the test domain (Sec. 5.1), which [4] shows inflates accuracy by several points. Please report training-domain validation.\n"
                       "3. The claim that flat synthetic sets \"remove spurious features\" is not supported. Shortcut features can be perfectly flat; see the discussion in [5].\n"
                       "4. Optimizer details: the appendix says Adam with weight decay 5e-4, but it is unclear whether the decay is decoupled [6]. With L2 regularization inside Adam, the interaction with the SAM perturbation is different.\n"
                       "5. The initialization of the synthetic images (Gaussian noise with Xavier-style variance [7]) vs. real-image initialization as in [2] is not ablated."
                       "\n\nReferences\n"
                       "[1] Pierre Foret, Ariel Kleiner, Hossein Mobahi, and Behnam Neyshabur. 2021. Sharpness-Aware Minimization for Efficiently Improving Generalization. In International Conference on Learning Representations (ICLR '21).\n"
                       "[2] Bo Zhao, Konda Reddy Mopuri, and Hakan Bilen. 2021. Dataset Condensation with Gradient Matching. In International Conference on Learning Representations (ICLR '21).\n"
                       "[3] Durmus Alp Emre Acar, Yue Zhao, Ramon Matas Navarro, Matthew Mattina, Paul N. Whatmough, and Venkatesh Saligrama. 2021. Federated Learning Based on Dynamic Regularization. In International Conference on Learning Representations (ICLR '21).\n"
                       "[4] Ishaan Gulrajani and David Lopez-Paz. 2021. In Search of Lost Domain Generalization. In International Conference on Learning Representations (ICLR '21).\n"
                       "[5] Robert Geirhos, Jörn-Henrik Jacobsen, Claudio Michaelis, Richard Zemel, Wieland Brendel, Matthias Bethge, and Felix A. Wichmann. 2020. Shortcut Learning in Deep Neural Networks. Nature Machine Intelligence 2, 11 (2020), 665–673. https://doi.org/10.1038/s42256-020-00257-z\n"
                       "[6] Ilya Loshchilov and Frank Hutter. 2017. Fixing Weight Decay Regularization in Adam. arXiv:1711.05101 [cs.LG]\n"
                       "[7] Xavier Glorot and Yoshua Bengio. 2010. Understanding the difficulty of training deep feedforward neural networks. In Proceedings of the Thirteenth International Conference on Artificial Intelligence and Statistics (AISTATS '10), Vol. 9. PMLR, 249–256."),
        ("Questions", "- How many local SAM steps per condensation step?\n- Does the gain persist with 500 clients?\n- Can the authors release the synthetic sets?"),
        ("Flag For Ethics Review", "No ethics review needed."),
        ("Rating", "5: marginally below the acceptance threshold"),
        ("Confidence", CONF4),
        ("Code Of Conduct", "Yes"),
    ]),
    ("Official Comment", "Authors", "17 Nov 2023, 14:03", None, [
        ("Title", "Response to Reviewer kQ7x"),
        ("Comment", "Thank you for the careful review.\n"
                    "W1: We added FedDyn (https://arxiv.org/abs/2111.04263) as a baseline (new Table 2). FlatSyn still improves by 1.3–2.9 points on PACS and Office-Home; on DomainNet the two are within noise.\n"
                    "W2: We re-ran all methods with training-domain validation. Numbers drop by 0.8–1.6 points for every method; the ranking is unchanged (new Table 3).\n"
                    "W4: The decay is decoupled (AdamW); we fixed the appendix.\n"
                    "W5: Real-image initialization is now in Appendix D; it converges faster but ends 0.4 points lower.\n"
                    "Code: https://anonymous.4open.science/r/flatsyn-3F2A"),
    ]),
    ("Official Comment", "Reviewer kQ7x", "19 Nov 2023, 10:26", None, [
        ("Title", "Thanks"),
        ("Comment", "Thanks for the new tables. W2 is resolved. I still find the spurious-feature claim (W3) unsupported, and the DomainNet result suggests the gain comes mostly from the FedAvg baseline being weak. I keep my score."),
    ]),
    ("Official Review", "Reviewer Wm3p", "06 Nov 2023, 03:51", None, [
        ("Summary", "Sharpness-aware gradient matching for condensing client data in federated domain generalization."),
        ("Soundness", "2 fair"),
        ("Presentation", "2 fair"),
        ("Contribution", "2 fair"),
        ("Strengths", "Simple idea; communication savings are real."),
        ("Weaknesses", "- Section 3.2 argues that flat minima of the condensation objective transfer to flat minima of the downstream model \"because convolutional architectures share the inductive bias\". This is hand-waving. There is theory on when convolutions help — Why Are Convolutional Nets More Sample-Efficient than Fully-Connected Nets? (Li, Zhang and Arora; https://arxiv.org/abs/2010.08515) — and it does not say anything about flatness.\n"
                       "- Proposition 1 assumes the condensation loss is locally convex around the matched solution. For the landscape intuition, see Tengyu Ma's survey \"Why Do Local Methods Solve Nonconvex Problems?\" (arXiv:2103.13462); none of the conditions discussed there obviously hold for bilevel gradient matching."),
        ("Questions", "Dropout is disabled during condensation (Appendix B). Did you try learning the regularizer instead, e.g. \"AutoDropout: Learning Dropout Patterns to Regularize Deep Networks\"?"),
        ("Flag For Ethics Review", "No ethics review needed."),
        ("Rating", "3: reject, not good enough"),
        ("Confidence", CONF3),
        ("Code Of Conduct", "Yes"),
    ]),
    ("Official Review", "Reviewer 9hZc", "07 Nov 2023, 18:40", None, [
        ("Summary", "The paper condenses client data with a SAM-perturbed gradient matching loss."),
        ("Soundness", "3 good"),
        ("Presentation", "3 good"),
        ("Contribution", "2 fair"),
        ("Strengths", "Good empirical section; many datasets."),
        ("Weaknesses", "The method has four sensitive hyperparameters (ρ, synthetic set size, inner steps, learning rate of the images) tuned per dataset by grid search. A joint search would be more convincing and cheaper — e.g. the one-shot approach of AutoHAS: Efficient Hyperparameter and Architecture Search, or writing the search space with PyGlove: Symbolic Programming for Automated Machine Learning. The backbone is also fixed to ConvNet-3; does the ranking hold for other cells?"),
        ("Questions", "See weaknesses."),
        ("Flag For Ethics Review", "No ethics review needed."),
        ("Rating", "5: marginally below the acceptance threshold"),
        ("Confidence", CONF3),
        ("Code Of Conduct", "Yes"),
    ]),
    ("Official Comment", "Authors", "17 Nov 2023, 14:20", None, [
        ("Title", "Response to Reviewer 9hZc"),
        ("Comment", "We agree that a joint search is desirable. For the backbone, we followed Rethinking Architecture Selection in Differentiable NAS (https://arxiv.org/pdf/2108.04392.pdf) and selected the cell by perturbation rather than by architecture weights; results with the selected cell are in Appendix F and the ranking is unchanged. A joint hyperparameter search is left to future work."),
    ]),
    ("Withdrawal", "Authors", "20 Nov 2023, 09:12", None, [
        ("Withdrawal Confirmation", "I have read and agree with the venue's withdrawal policy on behalf of myself and my co-authors."),
        ("Comment", "We thank the reviewers for their helpful feedback and will revise the paper."),
    ]),
]
PARENT = {1: 0, 2: 1, 5: 4}   # reply -> parent index


def title_line(kind, sig):
    if kind == "Official Review": return f"Official Review of Submission{SUB} by {sig}"
    if kind == "Withdrawal": return f"Submission{SUB} Withdrawn by the Authors"
    return None


def sig_line(kind, sig, d, mod):
    typ = {"Official Review": "Official Review", "Official Comment": "Official Comment", "Withdrawal": "Withdrawal"}[kind]
    return f"{typ}by {sig}{d}{f' (modified: {mod})' if mod else ''}EveryoneRevisions"


def build():
    out = [HEAD, f"{len(NOTES)} / {len(NOTES)} replies shown"]
    for i, (kind, sig, d, mod, fields) in enumerate(NOTES):
        fd = dict(fields)
        out.append(title_line(kind, sig) or fd.pop("Title"))
        out.append(sig_line(kind, sig, d, mod))
        for k, v in fields:
            if k == "Title": continue
            out.append(f"{k}:" + (f" {v}" if "\n" not in v else "\n" + v))
    return "\n".join(x for x in out if x != "") + "\n"


if __name__ == "__main__":
    TEXT = build()
    check_no_distractor(TEXT, "232")
    open(OUT, "w", encoding="utf-8", newline="").write(TEXT)
    print(OUT, len(TEXT))
