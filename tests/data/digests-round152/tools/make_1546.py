#!/usr/bin/env python3
"""1546 (negative control): a post on मायबोली (Maayboli, the Marathi community site, Drupal) with its comments,
copied from the browser: the site header and menu, the login links, the breadcrumb, the title, Drupal's untranslated
`Submitted by … on 12 May, 2024 - 21:45` line, the post (a year of learning machine learning alone), its tags and
type, the comment count, eight comments (each the name, its `Submitted by` line and the text; `@name` replies to
earlier commenters), the comment-form note and the footer. It names no paper: only courses (Andrew Ng's Machine
Learning Specialization, NPTEL's Introduction to Machine Learning, fast.ai, Kaggle Learn), books (Géron's
Hands-On Machine Learning, 3rd edition, with its ISBN-13; an invented Marathi book with a check-digit-valid ISBN),
software and versions (Python 3.11, scikit-learn 1.4.2, pandas 2.2, PyTorch 2.3, Jupyter), data sets (Titanic,
MNIST, L3Cube's MahaSent and its GitHub repository), a model card (MahaBERT), YouTube channels (3Blue1Brown,
StatQuest), a Kaggle rank, arXiv's cs.LG listing page (no paper id), a certificate id, dates and times. The builder
refuses any catalogue title and anything arXiv-shaped."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import F1546


def isbn13(first12):
    d = [int(c) for c in first12 if c.isdigit()]
    return first12 + "-" + str((10 - sum(x * (1 if i % 2 == 0 else 3) for i, x in enumerate(d)) % 10) % 10)


GERON = isbn13("978-1-098-12597")
MARATHI_BOOK = isbn13("978-93-5517-284")
TITLE = "मशीन लर्निंगचा माझा एक वर्षाचा प्रवास"
AUTHOR = "सुहास_कुलकर्णी"
POST = [
    "नमस्कार मंडळी,",
    "",
    "गेल्या वर्षी मे महिन्यात ठरवलं की नोकरी सांभाळून मशीन लर्निंग शिकायचं. मी पुण्यात एका बँकेच्या IT विभागात "
    "काम करतो, रोजचं काम SQL आणि रिपोर्ट्स. त्यामुळे सुरुवात शून्यापासूनच होती. हा धागा अशा लोकांसाठी, ज्यांना "
    "कुठून सुरुवात करायची हा प्रश्न पडलाय.",
    "",
    "१. पहिले तीन महिने: Andrew Ng चा Machine Learning Specialization (Coursera). आठवड्याला ६–७ तास. "
    "सर्टिफिकेटचा ID: 7KQ2ZP4XW9LM. गणित विसरलो होतो, म्हणून 3Blue1Brown चे linear algebra आणि neural "
    "networks चे व्हिडिओ बघितले, StatQuest पण खूप कामी आला.",
    "",
    "२. पुढचे दोन महिने: NPTEL चा Introduction to Machine Learning (IIT मद्रास), जुलै–ऑक्टोबर 2023 सत्र. "
    "असाइनमेंट्समुळे शिस्त लागली. अंतिम परीक्षेत 71 गुण.",
    "",
    f"३. पुस्तक: Aurélien Géron चं Hands-On Machine Learning (3rd edition, O'Reilly, ISBN {GERON}). "
    "मराठीत काही हवं असेल तर «यंत्र शिकते तेव्हा» (लेखक: प्रा. मंगेश देशपांडे, राजहंस प्रकाशन, 2022, "
    f"ISBN {MARATHI_BOOK}) हे सोपं आहे.",
    "",
    "४. सराव: Kaggle वर Titanic आणि House Prices. सध्या Titanic मध्ये top 12% (रँक 1,874). MNIST वर PyTorch 2.3 "
    "मध्ये छोटं CNN लिहिलं. माझं सेटअप: Python 3.11, scikit-learn 1.4.2, pandas 2.2, Jupyter आणि VS Code.",
    "",
    "५. मराठीसाठी: L3Cube चा MahaSent डेटासेट (GitHub: https://github.com/l3cube-pune/MarathiNLP) घेऊन "
    "बातम्यांच्या मथळ्यांवर sentiment classifier केला. Hugging Face वरचं MahaBERT मॉडेल "
    "(https://huggingface.co/l3cube-pune/marathi-bert-v2) fine-tune केल्यावर अचूकता 84% पर्यंत गेली.",
    "",
    "पुढचा टप्पा म्हणजे fast.ai चा Practical Deep Learning for Coders. प्रश्न असतील तर इथेच विचारा.",
]
TAGS = "शब्दखुणा: मशीन लर्निंग, स्वयंअध्ययन, पायथन, करिअर"
COMMENTS = [
    ("मंदार_जोशी", "13 May, 2024 - 07:12", ["छान आढावा! नोकरी करून हे सगळं केलंत याचं कौतुक. NPTEL चं सर्टिफिकेट नोकरीत उपयोगी पडतं का?"]),
    (AUTHOR, "13 May, 2024 - 09:30", ["@मंदार_जोशी धन्यवाद! थेट नाही, पण मुलाखतीत विषय निघतो. खरा फायदा प्रोजेक्ट्सचा."]),
    ("अनु", "13 May, 2024 - 11:05", ["Kaggle Learn चे micro-courses पण बघा, Pandas आणि Feature Engineering चे विनामूल्य आहेत. मी "
                                    "Intro to Deep Learning तिथूनच केलं."]),
    ("पाषाणभेद", "13 May, 2024 - 14:48", ["arXiv वरचे पेपर कधी वाचायला सुरुवात करायची? मी https://arxiv.org/list/cs.LG/recent "
                                          "उघडलं आणि घाबरून बंद केलं 😄"]),
    (AUTHOR, "13 May, 2024 - 21:10", ["@पाषाणभेद अजून मीही नाही! आधी fast.ai पूर्ण करतो. एखादा पेपर गटात मिळून वाचायचा विचार आहे."]),
    ("वेदांगी", "14 May, 2024 - 08:22", ["मराठी NLP चा उल्लेख केल्याबद्दल विशेष धन्यवाद. MahaSent मध्ये किती ओळी आहेत? "
                                         "आणि GPU कुठला वापरलात?"]),
    (AUTHOR, "14 May, 2024 - 10:02", ["@वेदांगी सुमारे 16 हजार वाक्यं. GPU घरचा नाही, Kaggle चा मोफत P100 (आठवड्याला 30 तास) आणि "
                                       "कधीकधी Google Colab."]),
    ("मंदार_जोशी", "14 May, 2024 - 19:37", ["पुढच्या वर्षीचा अनुभवही लिहा. वाचनखूण साठवली आहे."]),
]
out = [
    "मायबोली",
    "मुख्यपान  नवीन लेखन  गुलमोहर  ग्रुप्स  मायबोली शोध  मदत",
    "प्रवेश | सभासद व्हा",
    f"Home » ग्रुप्स » तंत्रज्ञान » {TITLE}",
    TITLE,
    f"Submitted by {AUTHOR} on 12 May, 2024 - 21:45",
    "",
    *POST,
    "",
    TAGS,
    "प्रकार: लेखनाचा धागा",
    "",
    f"प्रतिसाद ({len(COMMENTS)})",
    "",
]
for who, when, text in COMMENTS:
    out += [who, f"Submitted by {who} on {when}", *text, ""]
out += [
    "प्रतिसाद देण्यासाठी कृपया प्रवेश करा किंवा सभासद व्हा.",
    "",
    "मायबोली | संपर्क | नियम व अटी",
    "© 1996-2024 मायबोली.कॉम",
]
write(F1546, "\n".join(out) + "\n", negative=True)
