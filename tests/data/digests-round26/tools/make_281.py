#!/usr/bin/env python3
"""281: a university library's LibGuides research guide page ("Key papers" tab of an AI & machine-learning guide),
selected in the browser and pasted as text, isiZulu with English. LibGuides v2 chrome: "Skip to Main Content", the
breadcrumb (library / LibGuides / guide / page, one per line), "Search this Guide Search", the guide title and
description, the tab list, boxes with their headings holding Link assets (title line, then the librarian's
description) and Rich Text, a profile box ("Subject Guide", name, "Email Me", contact), the guide footer ("Last
Updated", "URL", "Print Page", "Login to LibApps", "Report a problem.", "Subjects:", "Tags:")."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write

GUIDE = "Ubuhlakani Bokwenziwa (AI) & Machine Learning"
PAGE = "Amaphepha Abalulekile (Key Papers)"
TABS = ["Ikhasi Lokuqala (Home)", PAGE, "Imininingwane Namakhodi (Datasets & Code)", "Izincwadi (Books)", "Ukuthola Usizo (Getting Help)"]


def au(key):
    a = CAT[key]["authors"]
    return ", ".join(a[:3]) + (" et al." if len(a) > 3 else "")


boxes = [
    ("Amaphepha ayisisekelo (Foundations)", [
        T("Learning representations by back-propagating errors"),
        f"{au('Learning representations by back-propagating errors')} — Nature 323 (1986). Ayitholakali ku-arXiv; "
        "funda ngokungena kwe-UKZN ku-Nature (isixhumanisi se-EZproxy).",
        T("Gradient-Based Learning Applied to Document Recognition"),
        f"{au('Gradient-Based Learning Applied to Document Recognition')} — Proceedings of the IEEE 86(11), 1998. "
        "Iphepha le-LeNet; litholakala ku-IEEE Xplore ngokubhalisa kwe-UKZN.",
        T("1301.3781"),
        f"{au('1301.3781')} (2013). I-PDF: https://arxiv.org/pdf/1301.3781.pdf — i-word2vec.",
        T("GloVe: Global Vectors for Word Representation"),
        f"{au('GloVe: Global Vectors for Word Representation')} — EMNLP 2014, ku-ACL Anthology. Lisebenza kahle kakhulu "
        "ezilimini ezinjenge-isiZulu uma kuhlanganiswa ne-subword information.",
        T("1409.0473"),
        f"{au('1409.0473')} — ICLR 2015. Iphepha elethula i-attention ekuhumusheni ngomshini.",
    ]),
    ("Amamodeli akhiqizayo (Generative models)", [
        T("1406.2661"),
        f"{au('1406.2661')} — NeurIPS 2014. Isisekelo sama-GAN.",
        T("1907.05600"),
        f"{au('1907.05600')} — NeurIPS 2019. Preprint: arXiv:1907.05600 (i-NCSN).",
        T("2105.05233"),
        f"{au('2105.05233')} — NeurIPS 2021.",
        T("2010.02014"),
        f"{au('2010.02014')}. Ibuyekezwe ku-OpenReview: https://openreview.net/forum?id=zOGdf9K8aC",
    ]),
    ("Inkulumo nezempilo (Speech & health)", [
        T("2106.07447"),
        f"{au('2106.07447')} — IEEE/ACM TASLP 29 (2021). Itholakala ku: https://arxiv.org/abs/2106.07447 . "
        "Ilusizo kubafundi abasebenza ngokuqaphela inkulumo ye-isiZulu ne-isiXhosa.",
        T("2009.09761"),
        f"{au('2009.09761')} — ICLR 2021. Ukukhiqizwa komsindo.",
        T("2103.14339"),
        f"{au('2103.14339')} (2021), arXiv:2103.14339. Kubafundi bezempilo (Nelson R. Mandela School of Medicine).",
    ]),
]
out = ["Skip to Main Content", "UKZN Libraries", "LibGuides", GUIDE, PAGE, "", "Search this Guide Search", "",
       f"{GUIDE}: {PAGE}", "",
       "Lo mhlahlandlela uqoqa amaphepha ocwaningo abalulekile ku-AI nokufunda komshini kubafundi be-Honours, "
       "be-Masters nabe-PhD e-UKZN. Ungabona nama-database, amakhodi nezincwadi kwamanye amathebhu.", ""] + TABS + [""]
for head, lines in boxes:
    out += [head, ""]
    for i in range(0, len(lines), 2):
        out += [lines[i], lines[i + 1], ""]
out += ["Okunye okungewona amaphepha (Not papers)", "",
        "Isifundo se-Hugging Face NLP: https://huggingface.co/learn/nlp-course",
        "I-Masakhane (umphakathi wocwaningo lwezilimi zase-Afrika): https://github.com/masakhane-io",
        "Ividiyo: 3Blue1Brown, \"But what is a neural network?\" (YouTube, 19 imizuzu)",
        "Idathasethi: NCHLT isiZulu Speech Corpus (SADiLaR), https://repo.sadilar.org/",
        "", "Subject Guide", "", "Nomvula Dlamini", "Email Me", "Contact:", "Westville Campus Library, Level 2",
        "+27 31 260 7314", "Subjects: Computer Science, Electrical Engineering", "",
        "Last Updated: Mar 12, 2024 10:15 AM", "URL: https://libguides.ukzn.ac.za/ai-ml/key-papers", "Print Page",
        "Login to LibApps", "Report a problem.",
        "Subjects: Computer Science, Engineering", "Tags: artificial intelligence, deep learning, isizulu, machine learning, speech recognition", ""]
write("281_libguides_research_guide_copied_text_isizulu_ai_key_papers.txt", "\n".join(out))
