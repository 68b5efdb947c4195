#!/usr/bin/env python3
"""1937: a course outline of an invented elective at the University of Dar es Salaam (College of ICT, Department of
Computer Science and Engineering), copied from the PDF: English with Swahili notes. The course, its code, the lecturer,
the hours and the dates are invented; Jurafsky & Martin's book, the Hugging Face course, the Masakhane community and a
Swahili news data set appear as what they are. Computed: the weekly schedule numbering, the assessment adding up to
100 % (asserted), the reading numbering, the two «Page n of 2» footers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, CTC, GLOVE
F = by_num(1937)
WEEKS = ["Introduction; n-gram language models; the Kiswahili corpus lab",
         "Word vectors and distributional semantics",
         "Recurrent networks, LSTM and GRU",
         "Speech: sequence labelling without alignment (CTC)",
         "Encoder-decoder models for translation (Kiswahili-English)",
         "Attention and the Transformer",
         "Mid-semester test (Wiki ya mtihani)",
         "Pretraining I: transfer learning for classification",
         "Pretraining II: masked language models",
         "Pretraining III: permutation LM and long context",
         "Low-resource African languages: tokenisation and data",
         "Project clinic",
         "Project presentations (Mawasilisho)"]
ASSESS = [("Two take-home assignments", 20), ("Mid-semester test", 20), ("Paper presentation", 10), ("Course project", 50)]
assert sum(p for _, p in ASSESS) == 100
REQ = [f"Sutskever, I., Vinyals, O. and Le, Q. V. (2014). {T('1409.3215')}. NeurIPS. https://arxiv.org/abs/1409.3215",
       f"Graves, A., Fernández, S., Gomez, F. and Schmidhuber, J. (2006). {CTC}. ICML.",
       f"Pennington, J., Socher, R. and Manning, C. D. (2014). {GLOVE}. EMNLP.",
       f"Vaswani, A. et al. (2017). {T('1706.03762')}. NeurIPS. arXiv:1706.03762.",
       f"Devlin, J., Chang, M.-W., Lee, K. and Toutanova, K. (2019). {T('1810.04805')}. NAACL.\n   Available: https://arxiv.org/pdf/1810.04805v2"]
REC = [f"Howard, J. and Ruder, S. (2018). {T('1801.06146')}. ACL.",
       f"Dai, Z. et al. (2019). {T('1901.02860')}. ACL.",
       f"Yang, Z. et al. (2019). {T('1906.08237')}. NeurIPS.\n   http://arxiv.org/abs/1906.08237",
       "Jurafsky, D. and Martin, J. H. Speech and Language Processing, 3rd ed. draft (textbook, chapters 6-11).",
       "Hugging Face NLP Course, chapters 1-4 (online course, free).",
       "Masakhane community website and the Swahili news classification data set (for the project)."]
p1 = ["UNIVERSITY OF DAR ES SALAAM", "COLLEGE OF INFORMATION AND COMMUNICATION TECHNOLOGIES",
      "Department of Computer Science and Engineering", "", "COURSE OUTLINE", "",
      "1. COURSE DETAILS", "Course code: CS 658", "Course title: Neural Sequence Models and Pretraining",
      "Credit units: 12", "Semester: II, 2025/2026", "Contact hours: 2 h lectures + 2 h practicals per week",
      "Lecturer: Dr. Neema J. Mwakalinga (Block B, Room 112)", "Consultation: Thursday 14:00-16:00", "",
      "2. COURSE DESCRIPTION",
      "The course covers neural models for sequences, from recurrent networks to pretrained Transformers, with",
      "practical work on Kiswahili text and speech. Kozi hii inafundishwa kwa Kiingereza; maswali kwa Kiswahili",
      "yanakaribishwa.", "",
      "3. LEARNING OUTCOMES", "By the end of the course the student should be able to:",
      "a) explain how sequence models are trained and evaluated;",
      "b) implement an encoder-decoder model with attention;",
      "c) fine-tune a pretrained model on a low-resource language task.", "",
      "4. WEEKLY SCHEDULE"]
p1 += [f"Week {i}: {w}" for i, w in enumerate(WEEKS, 1)]
p1 += ["", "Page 1 of 2"]
p2 = ["", "5. ASSESSMENT"] + [f"{a}: {p}%" for a, p in ASSESS] + ["Total: 100%", "",
      "6. READINGS", "Required"] + [f"{i}. {r}" for i, r in enumerate(REQ, 1)] + ["Recommended"] + \
     [f"{i}. {r}" for i, r in enumerate(REC, len(REQ) + 1)] + ["",
      "Kumbuka: soma makala za wiki husika kabla ya darasa. Papers marked with a link are also in the course folder",
      "on the Moodle page; the others are in the library's e-resources.", "",
      "Approved by the Head of Department, 12 February 2026", "", "Page 2 of 2"]
text = "\n".join(p1 + p2) + "\n"
write_only(F, text, keys(F))
