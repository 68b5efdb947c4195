#!/usr/bin/env python3
"""Builds digests/133_related_work_pasted_from_pdf.txt: a co-author's checking file holding the related-work
section and the reference list of a workshop submission, copied out of a PDF viewer.

What the copy does to the text, reproduced here: one line per PDF line (so sentences and titles break wherever the
typeset line broke), words hyphenated by TeX stay hyphenated at line ends ("learn-" / "ing"), the f-ligatures come
out as the single characters U+FB00–U+FB04 (ﬀ ﬁ ﬂ ﬃ ﬄ), the running footer and the page number sit between the
lines of page 2 and page 3, the footnote lands after the paragraph it belongs to, and the reference list keeps
natbib's sentence-case titles. The note-taker's own lines (== … ==, the checklist at the end) are typed, so they
have no ligatures."""
import os

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "133_related_work_pasted_from_pdf.txt")

NOTES_TOP = """\
== pasted from budget_label_ws24_v3.pdf (pp. 2-3 = Related Work, pp. 9-10 = References), Preview, 2 Apr ==
== for: Kwame + Sara. Please check every reference before camera-ready: venue, year, and that the arXiv
   id (if we give one) is the right paper. Mark with [ok] / [fix] at the bottom. ==

"""

PDF_P2 = """\
2    Related work
Automated machine learning. Searching jointly over architectures and hyperparameters is expen-
sive, and most work amortises the cost by weight sharing [2, 12] or by expressing the search space
symbolically, so that one search algorithm can be reused across problems [6]. How the one-shot
model is read out matters as much as the search itself: Wang et al. [12] show that the magnitude of
the architecture parameters in differentiable NAS is a poor indicator of operation strength and select
operations by perturbation instead. Compound scaling [11] removes the need to search at every
model size, and we adopt its scaling rule for our backbone family. Closest to our controller, learned
regularisation [7] searches over structured dropout patterns rather than over architectures; we reuse
its formulation for the augmentation policy of Section 3.2.
Label and data efficiency. Selective labelling under a fixed budget has been cast as a meta-learning
problem solved with deep reinforcement learning [10]: a policy chooses which unlabelled chest X-rays
to send to annotators, conditioned on the predictions of a frozen classifier. We follow their evaluation
protocol but replace the fixed backbone with the searched one. Orthogonally, dataset condensation [13]
synthesises a small set of training images whose gradients match those of the full set; it is our
strongest baseline in Table 4.¹
Continual and federated settings. Hospitals rarely pool data, so models are either updated site by
site or trained federatedly. Gradient projection memory [9] constrains updates for a new task to
directions orthogonal to the gradient subspace of earlier tasks, and FedDyn [1] adds a dynamic

   ¹We also tried the original distillation formulation; it did not converge on 512 × 512 inputs.
"""

FOOTER_2 = """\
Workshop on Medical Imaging meets NeurIPS (MedNeurIPS 2024). Do not distribute.
                                                    2
"""

PDF_P3 = """\
regulariser to each client's objective so that local and global stationary points agree. Both are
complementary to our search and we combine the latter with it in Section 5.
Optimisation. Why local methods find good solutions of nonconvex training objectives at all is only
partially understood [5]. Our controller is trained with plain backpropagation [8] through a conv-
olutional backbone in the tradition of [4]; see the textbook treatment in [3] for the AutoML side.
"""

NOTES_MID = """
[... pp. 4-8 skipped, method + experiments ...]

"""

PDF_REFS = """\
References
 [1] Durmus Alp Emre Acar, Yue Zhao, Ramon Matas Navarro, Matthew Mattina, Paul N. Whatmough,
     and Venkatesh Saligrama. Federated learning based on dynamic regularization. In International
     Conference on Learning Representations, 2021.
 [2] Xuanyi Dong, Mingxing Tan, Adams Wei Yu, Daiyi Peng, Bogdan Gabrys, and Quoc V. Le.
     AutoHAS: Efficient hyperparameter and architecture search. arXiv preprint arXiv:2006.03656,
     2020.
 [3] Frank Hutter, Lars Kotthoff, and Joaquin Vanschoren, editors. Automated Machine Learning:
     Methods, Systems, Challenges. Springer, 2019.
 [4] Yann LeCun, Léon Bottou, Yoshua Bengio, and Patrick Haffner. Gradient-based learning applied
     to document recognition. Proceedings of the IEEE, 86(11):2278–2324, 1998.
 [5] Tengyu Ma. Why do local methods solve nonconvex problems? In Tim Roughgarden, editor,
     Beyond the Worst-Case Analysis of Algorithms, chapter 21. Cambridge University Press, 2021.
 [6] Daiyi Peng, Xuanyi Dong, Esteban Real, Mingxing Tan, Yifeng Lu, Hanxiao Liu, Gabriel Bender,
     Adam Kraft, Chen Liang, and Quoc V. Le. PyGlove: Symbolic programming for automated
     machine learning. In Advances in Neural Information Processing Systems, volume 33, 2020. URL
     https://arxiv.org/abs/2101.08809.
 [7] Hieu Pham and Quoc V. Le. AutoDropout: Learning dropout patterns to regularize deep networks.
     In AAAI Conference on Artificial Intelligence, 2021. arXiv:2101.01761.
 [8] David E. Rumelhart, Geoffrey E. Hinton, and Ronald J. Williams. Learning representations by
     back-propagating errors. Nature, 323(6088):533–536, 1986.
 [9] Gobinda Saha, Isha Garg, and Kaushik Roy. Gradient projection memory for continual learn-
     ing. In International Conference on Learning Representations, 2021.
[10] Akshay Smit, Damir Vrabac, Yujie He, Andrew Y. Ng, Andrew L. Beam, and Pranav Rajpurkar.
     MedSelect: Selective labeling for medical image classification combining meta-learning with
     deep reinforcement learning. arXiv preprint arXiv:2103.14339, 2021.
[11] Mingxing Tan and Quoc Le. EfficientNet: Rethinking model scaling for convolutional neural
     networks. In International Conference on Machine Learning, pages 6105–6114. PMLR, 2019.
[12] Ruochen Wang, Minhao Cheng, Xiangning Chen, Xiaocheng Tang, and Cho-Jui Hsieh. Rethinking
     architecture selection in differentiable NAS. In International Conference on Learning Repre-
     sentations, 2021.
[13] Bo Zhao, Konda Reddy Mopuri, and Hakan Bilen. Dataset condensation with gradient matching.
     In International Conference on Learning Representations, 2021.
[14] RSNA. RSNA pneumonia detection challenge. https://www.kaggle.com/c/rsna-pneumonia-
     detection-challenge, 2018.
"""

FOOTER_9 = """\
                                                    9
"""

NOTES_END = """
--- checks (Sara, 3 Apr) ---
[1]  ok (ICLR 2021)
[2]  fix? AutoHAS only ever on arXiv as far as I can see -- keep the arXiv id
[3]  book, ok
[4]  ok
[5]  ok, it's a book chapter, not a paper -- Kwame wants to keep it
[6]  ok, NeurIPS 2020 even though the arXiv version is from Jan 2021
[7]  ok
[8]  ok
[9]  ok
[10] ok -- this is the one the reviewers will look at first, double-check the numbers in Table 4
[11] ok
[12] ok
[13] ok. NB the 512x512 footnote: Kwame, is "original distillation formulation" clear enough?
[14] dataset, ok
TODO Kwame: "FedDyn" in the text but [1] never says FedDyn -- add "(FedDyn)" after the title?
"""

LIG = [("ffi", "\ufb03"), ("ffl", "\ufb04"), ("ff", "\ufb00"), ("fi", "\ufb01"), ("fl", "\ufb02")]


def pdf(s):
    out = []
    for line in s.split("\n"):
        if "http" in line:  # URLs in the PDF are set in \url's typewriter font: no ligatures there
            head, _, rest = line.partition("http")
            for a, b in LIG:
                head = head.replace(a, b)
            out.append(head + "http" + rest)
        else:
            for a, b in LIG:
                line = line.replace(a, b)
            out.append(line)
    return "\n".join(out)


text = (NOTES_TOP + pdf(PDF_P2) + pdf(FOOTER_2) + pdf(PDF_P3) + NOTES_MID + pdf(PDF_REFS) + pdf(FOOTER_9)
        + NOTES_END)
open(OUT, "w", encoding="utf-8", newline="").write(text)
print(OUT, len(text))
