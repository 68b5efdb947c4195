#!/usr/bin/env python3
"""1957: the course outline of an invented elective of the University of Malawi (Department of Computer Science, Zomba),
copied from the PDF: English with a little Chichewa. The course, its code, the lecturer, rooms, hours and dates are
invented; Goodfellow et al.'s book, Christopher Olah's blog post, Jay Alammar's blog post, PyTorch's tutorials and a
YouTube lecture series appear as what they are. Computed: the topic numbering and weeks, the reading numbering, the
assessment adding up to 100 % (asserted), the «Page n of N» footers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, BP, LSTM, CTC
F = by_num(1957)
HEAD = ["UNIVERSITY OF MALAWI", "SCHOOL OF NATURAL AND APPLIED SCIENCES", "Department of Computer Science", "",
        "COURSE OUTLINE", ""]
DET = ["Course Code: COM 524", "Course Title: Sequence Models: From Recurrent Networks to Transformers",
       "Credit Hours: 3", "Semester: II, 2025/2026", "Lecturer: Dr. Chikondi M. Banda (cbanda@unima.example.mw)",
       "Office Hours: Tuesday 14:00-16:00, Room CS 12 (Chirunga Campus)", "Prerequisite: COM 411 Machine Learning"]
TOPICS = [
 ("1-2", "Revision: feed-forward networks and backpropagation"),
 ("3", "Recurrent networks, vanishing gradients and gating"),
 ("4", f"Sequence labelling without alignments ({CTC})"),
 ("5-6", "Encoder-decoder models and attention"),
 ("7", f"Memory-augmented networks: {T('1410.5401')} (see http://arxiv.org/abs/1410.5401)"),
 ("8", "Mid-semester test"),
 ("9-10", "The Transformer"),
 ("11", "Long contexts and recurrence in Transformers"),
 ("12", "Chichewa and other low-resource languages: project clinic"),
 ("13", "Project presentations"),
]
ASSESS = [("Assignments (3)", 20), ("Mid-semester test", 15), ("Project and presentation", 25), ("End of semester examination", 40)]
assert sum(p for _, p in ASSESS) == 100
PRES = [
 "Goodfellow, I., Bengio, Y. and Courville, A. (2016). Deep Learning. MIT Press, chapter 10. (Book, in the library.)",
 f"Rumelhart, D. E., Hinton, G. E. and Williams, R. J. (1986). {BP}. Nature, 323, 533-536.",
 f"Hochreiter, S. and Schmidhuber, J. (1997). {LSTM}. Neural Computation, 9(8), 1735-1780.",
 f"Sutskever, I., Vinyals, O. and Le, Q. V. (2014). {T('1409.3215')}. NIPS 2014.\n   Available at: https://arxiv.org/abs/1409.3215",
 f"Bahdanau, D., Cho, K. and Bengio, Y. (2015). {T('1409.0473')}. ICLR 2015.\n   https://arxiv.org/pdf/1409.0473v7",
 f"Vaswani, A. et al. (2017). {T('1706.03762')}. NIPS 2017. arXiv:1706.03762.",
]
RECO = [
 f"Dai, Z., Yang, Z., Yang, Y. et al. (2019). {T('1901.02860')}. ACL 2019.",
 "Olah, C. (2015). Understanding LSTM Networks. Blog post, colah.github.io.",
 "Alammar, J. (2018). The Illustrated Transformer. Blog post, jalammar.github.io.",
 "PyTorch (2025). Tutorials: \"NLP From Scratch\" series, pytorch.org/tutorials (software documentation).",
 "Stanford CS224N (2024). Lecture videos on YouTube (optional, not examinable).",
]
p1 = HEAD + DET + ["", "A. COURSE DESCRIPTION",
 "This course introduces neural models for sequences: recurrent networks, gated units, encoder-decoder",
 "models with attention and the Transformer. Students implement each model in PyTorch and apply it to",
 "English and Chichewa text. Takulandirani ku COM 524!", "",
 "B. LEARNING OUTCOMES", "By the end of the course students should be able to:",
 "(i) derive and implement backpropagation through time;", "(ii) train encoder-decoder models with attention;",
 "(iii) explain the design choices of Transformer models and their variants.", "",
 "C. COURSE CONTENT"] + [f"Topic {i}: {t} (Week {w})" for i, (w, t) in enumerate(TOPICS, 1)]
p2 = ["D. TEACHING AND LEARNING METHODS",
 "Lectures (2 hours per week), laboratory sessions (2 hours per week) and a group project.", "",
 "E. ASSESSMENT"] + [f"{n}: {p}%" for n, p in ASSESS] + ["Total: 100%", "",
 "F. PRESCRIBED AND RECOMMENDED READING", "Prescribed reading"] + \
 [f"{i}. {r}" for i, r in enumerate(PRES, 1)] + ["Recommended reading"] + \
 [f"{i}. {r}" for i, r in enumerate(RECO, len(PRES) + 1)] + ["",
 "G. NOTE TO STUDENTS",
 "Zindikirani: werengani nkhani za sabata iliyonse musanabwere ku kalasi. Mafunso? Bwerani ku ofesi.",
 "(Note: read each week's papers before class. Questions? Come to the office.)", "",
 "Approved by the Head of Department on 9 February 2026"]
pages = [p1, p2]
out = []
for n, p in enumerate(pages, 1):
    out += p + ["", f"COM 524 Course Outline | Page {n} of {len(pages)}", ""]
text = "\n".join(out[:-1]) + "\n"
write_only(F, text, keys(F))
