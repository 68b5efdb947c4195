#!/usr/bin/env python3
"""1977: a module descriptor of the Royal University of Bhutan (College of Science and Technology; the section names
follow RUB's module descriptor template as remembered), copied from the PDF: English with Dzongkha. The module, its
code, the tutor and dates are invented. Computed: the teaching hours adding up to the credit value x 10 (asserted),
the assessment adding up to 100 % (asserted), the unit and reading numbering, the page footers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, BP, LSTM
F = by_num(1977)
CODE, CREDIT = "ITE411", 12
HOURS = [("Lecture", 3, 45), ("Tutorial", 1, 15), ("Practical", 2, 30), ("Independent study", 2, 30)]
assert sum(h[2] for h in HOURS) == CREDIT * 10
ASSESS = [("A. Programming assignments (2)", 20), ("B. Paper presentation", 10), ("C. Quiz", 10),
          ("D. Mid-semester examination", 20), ("E. Semester-end examination", 40)]
assert sum(a[1] for a in ASSESS) == 100
UNITS = [("Recurrent networks and their training", [f"1.1 Backpropagation through time; the classic {T(BP)} (Nature, 1986)",
                                                    f"1.2 Gating: {T(LSTM)}", "1.3 Vanishing and exploding gradients"]),
         ("Encoder-decoder models", [f"2.1 {T('1409.3215')} (https://arxiv.org/abs/1409.3215)",
                                     "2.2 Attention as soft alignment", "2.3 Beam search"]),
         ("Memory-augmented networks", ["3.1 Differentiable memory, read and write heads",
                                        f"3.2 Case study: {T('1410.5401')}, http://arxiv.org/abs/1410.5401v2"]),
         ("Transformers", ["4.1 Self-attention and positional encodings", "4.2 Segment-level recurrence and long context",
                           "4.3 Inspecting attention heads (lab: Dodrio demo)"]),
         ("Beyond sequences", ["5.1 Transformers on graphs", "5.2 Mini-project presentations"])]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII"]
ESSENTIAL = [
 "Zhang, A., Lipton, Z. C., Li, M., & Smola, A. J. (2023). Dive into Deep Learning. Cambridge University Press. (book; free",
 "  online at https://d2l.ai)",
 f"Rumelhart, D. E., Hinton, G. E., & Williams, R. J. (1986). {T(BP)}. Nature, 323, 533-536.",
 f"Hochreiter, S., & Schmidhuber, J. (1997). {T(LSTM)}. Neural Computation, 9(8), 1735-1780.",
 f"Bahdanau, D., Cho, K., & Bengio, Y. (2015). {T('1409.0473')}.",
 "  ICLR 2015. https://arxiv.org/pdf/1409.0473v7",
 f"Dai, Z., Yang, Z., Yang, Y., Carbonell, J., Le, Q. V., & Salakhutdinov, R. (2019). {T('1901.02860')}.",
 "  arXiv preprint arXiv:1901.02860.",
]
ADDITIONAL = [
 f"Ying, C., Cai, T., Luo, S., et al. (2021). {T('2106.05234')} NeurIPS 2021.",
 f"Wang, Z. J., Turko, R., & Chau, D. H. (2021). {T('2103.14625')}. ACL 2021 System",
 "  Demonstrations.",
 "Karpathy, A. (2015). The Unreasonable Effectiveness of Recurrent Neural Networks [blog post].",
 "  http://karpathy.github.io/2015/05/21/rnn-effectiveness/",
 "MIT 6.S191 Introduction to Deep Learning (2024). Lecture videos. http://introtodeeplearning.com",
]


def numbered(lines):
    out, n = [], 0
    for l in lines:
        if l.startswith("  "): out.append("   " + l[2:])
        else: n += 1; out.append(f"{n}. {l}")
    return out


p1 = ["ROYAL UNIVERSITY OF BHUTAN", "འབྲུག་རྒྱལ་འཛིན་གཙུག་ལག་སློབ་སྡེ།", "College of Science and Technology, Rinchending, Phuentsholing", "",
      "MODULE DESCRIPTOR", "",
      f"Module Code and Title: {CODE} Neural Network Architectures", "Programme(s): BE in Information Technology (Elective)",
      f"Credit Value: {CREDIT}", "Module Tutor: Mr. Tshering Dorji Wangchuk", "Module Coordinator: Dr. Pema Choden",
      f"Pre-requisite: ITE306 Machine Learning", "",
      "General Objective",
      "This module introduces the neural network architectures behind modern sequence and language models, from",
      "recurrent networks to Transformers, through the original papers and small PyTorch implementations.", "",
      "Learning Outcomes", "On completion of the module, students will be able to:",
      "1. Explain how recurrent, attention-based and memory-augmented networks are trained.",
      "2. Implement an encoder-decoder model with attention and evaluate it.",
      "3. Read and present a research paper on a neural architecture.", "",
      "Learning and Teaching Approach", "Approach | Hours per week | Total credit hours"]
p1 += [f"{a} | {h} | {t}" for a, h, t in HOURS] + [f"Total | {sum(h[1] for h in HOURS)} | {sum(h[2] for h in HOURS)}", ""]
p2 = ["Assessment Approach"] + [f"{a}: {w}%" for a, w in ASSESS] + ["Total: 100%", "", "Subject Matter"]
for i, (u, subs) in enumerate(UNITS):
    p2.append(f"Unit {ROMAN[i]}: {u}")
    p2 += ["   " + s for s in subs]
p2 += ["", "Reading List", "Essential Reading"] + numbered(ESSENTIAL)[:1]
rest = numbered(ESSENTIAL)[1:]
p3 = rest + ["", "Additional Reading"] + numbered(ADDITIONAL) + [
      "", "Note: papers marked for presentation are allotted in week 2. བཀྲིན་ཆེ།", "",
      "Date: 20 January 2026"]
pages = [p1, p2, p3]
out = []
for i, pg in enumerate(pages, 1):
    out += pg + ["", f"CST | {CODE} Module Descriptor | Page {i} of {len(pages)}"]
    if i < len(pages): out.append("")
write_only(F, "\n".join(out) + "\n", keys(F))
