#!/usr/bin/env python3
"""1440: the end of a Marathi review article ("विज्ञानासाठी यंत्रशिक्षण") in an invented popular-science quarterly
that follows Science's (AAAS) reference style, copied from the PDF: the last lines of the text, the heading
"संदर्भ आणि टिपा" (Science's REFERENCES AND NOTES), numbered entries — authors as initials + surname, up to five, more
than five as the first author + "et al."; article titles in sentence case ending in a full stop; journal, bold volume
(lost in the copy), pages, year in parentheses; conference papers as "in <proceedings> (<publisher>, year)"; preprints
as "arXiv:<id> [<category>] (<year>)"; web sources with "; <URL>" — two notes among the numbered entries, then the
acknowledgements block. Lines as the PDF broke them (textwrap at 90, no hanging indent), a page footer with the page
number in Devanagari digits and the running head at the top of the next page. Not papers: the invented Marathi book,
the PDB, PyTorch Geometric, the supplementary materials."""
import os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1440, keys, ALPHAFOLD, BACKPROP

DEV = str.maketrans("0123456789", "०१२३४५६७८९")
HEAD = "यंत्रशिक्षण आणि विज्ञान  |  पुनरावलोकन"
def foot(p): return f"विज्ञानवेध  ·  खंड 12, अंक 3  ·  जुलै–सप्टेंबर 2024  ·  {p}".translate(DEV)

def sc(t, keep=()):
    """sentence case: first letter kept, other words lower-cased unless listed in keep"""
    w = t.split(" ")
    return " ".join([w[0]] + [x if x in keep else x.lower() for x in w[1:]])

E = [
 f"D. E. Rumelhart, G. E. Hinton, R. J. Williams, {BACKPROP}. Nature 323, 533–536 (1986).",
 f"J. Jumper et al., {ALPHAFOLD}. Nature 596, 583–589 (2021).",
 "म. ना. कुलकर्णी, प्रथिनांची रचना: एक परिचय (सह्याद्री विज्ञान प्रकाशन, पुणे, 2019).",
 f"Z. Li et al., {sc(T('2010.08895'))}. arXiv:2010.08895 [cs.LG] (2020).",
 f"T. Pfaff, M. Fortunato, A. Sanchez-Gonzalez, P. W. Battaglia, {sc(T('2010.03409'))}, in International Conference on Learning Representations (ICLR, 2021); https://arxiv.org/abs/2010.03409.",
 f"C. Ying et al., {sc(T('2106.05234'))} Adv. Neural Inf. Process. Syst. 34, 28877–28888 (2021).",
 "Protein Data Bank (RCSB PDB, 2024); https://www.rcsb.org.",
 f"I. Gemp, B. McWilliams, C. Vernade, T. Graepel, {sc(T('2010.00554'), ('EigenGame:', 'PCA', 'Nash'))}. arXiv:2010.00554 [cs.LG] (2020).",
 "मोठ्या माहितीसंचांवर PCA चालवण्याची तुलना (वेळ आणि स्मृती) पूरक माहितीतील तक्ता S2 मध्ये दिली आहे.",
 f"D. A. E. Acar et al., {sc(T('2111.04263'))}, in International Conference on Learning Representations (ICLR, 2021).",
 f"I. Gulrajani, D. Lopez-Paz, {sc(T('2007.01434'))}, in International Conference on Learning Representations (ICLR, 2021); https://arxiv.org/abs/2007.01434.",
 "PyTorch Geometric, version 2.5 (2024); https://pytorch-geometric.readthedocs.io.",
 "या लेखातील सर्व आकृत्या लेखकांनी सार्वजनिक माहितीसंचांवरून पुन्हा तयार केल्या आहेत; कोड पूरक माहितीत उपलब्ध आहे.",
]
body_end = ("अर्थात, विज्ञानातील प्रत्येक प्रश्न मोठ्या मॉडेलने सुटेल असे नाही. माहिती कमी असलेल्या क्षेत्रांत भौतिक नियम "
            "मॉडेलमध्ये बांधणे, वेगवेगळ्या प्रयोगशाळांतील माहिती एकत्र न करता शिकणे आणि अपरिचित परिस्थितीत मॉडेल किती "
            "टिकते हे तपासणे, ही पुढील दशकाची खरी आव्हाने आहेत (8–11).")
ack = ["ऋणनिर्देश",
       "या लेखाच्या मसुद्यावर उपयुक्त सूचना दिल्याबद्दल डॉ. स्नेहल देशपांडे आणि 'विज्ञानवेध'च्या दोन अनामिक परीक्षकांचे आम्ही आभारी आहोत. "
       "निधी: महाराष्ट्र विज्ञान प्रसार मंडळाचे लेखन अनुदान (क्र. मविप्र/2023/117). लेखकांचे योगदान: अ. जो. यांनी मसुदा लिहिला; "
       "र. पा. यांनी आकृत्या व पूरक माहिती तयार केली. परस्पर हितसंबंध: नाहीत.",
       "पूरक माहिती",
       "vidnyanvedh.example.org/2024/3/yantrashikshan-supplement"]

W = 90
lines = textwrap.wrap(body_end, W) + ["", "संदर्भ आणि टिपा"]
for n, e in enumerate(E, 1):
    lines += textwrap.wrap(f"{n}. {e}", W, break_long_words=False, break_on_hyphens=False)
lines.append("")
for a in ack:
    lines += textwrap.wrap(a, W) if len(a) > W else [a]
PAGE = [26]  # lines on the first copied page (the rest is the next page)
out = lines[:PAGE[0]] + ["", foot(47), HEAD, ""] + lines[PAGE[0]:] + ["", foot(48)]
write_only(F1440, "\n".join(out) + "\n", keys(F1440))
