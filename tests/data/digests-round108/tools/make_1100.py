#!/usr/bin/env python3
"""1100: the bibliography of a Thai master's thesis (KMUTT, computer engineering: parameter-efficient fine-tuning of
Thai language models), extracted with `pdftotext -f 71 -l 73 thesis.pdf` (no -layout): pages separated by form feeds,
the page number as each page's first line, the heading "บรรณานุกรม", then the entries as natbib's plainnat style sets
them in author-year mode (no labels; sorted by first author's surname, the Thai entries after the Latin ones; "and"
before the last author; "In <booktitle>, pages a–b, year." for proceedings, "arXiv preprint arXiv:…, year." for
preprints, "URL https://…" when the .bib had a url; titles kept in their case because the .bib wraps them in double
braces), each entry's lines wrapped where the PDF broke them, no blank line between entries; the last page is the
author's biography (ประวัติผู้เขียน). The PEFT library, PyThaiNLP, the Wisesight corpus and the textbook are not papers;
"LoRA", "QLoRA", "T-Few", "P-tuning", "adapters" are nicknames."""
import os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only, CAT
from make_expected import by_num, keys

F = by_num(1100)
K = dict(lora="2106.09685", qlora="2305.14314", tfew="2205.05638", ptune="2103.10385", adapter="1902.00751",
         deberta="2006.03654", electra="2003.10555", prefix="2101.00190")


def names(k):
    a = CAT[k]["authors"]
    return a[0] if len(a) == 1 else (" and ".join(a) if len(a) == 2 else ", ".join(a[:-1]) + ", and " + a[-1])


ENT = [  # (sort surname, text)
 ("Clark", f"{names(K['electra'])}. {T(K['electra'])}. In International Conference on Learning Representations, 2020."),
 ("Dettmers", f"{names(K['qlora'])}. {T(K['qlora'])}. In Advances in Neural Information Processing Systems, volume 36, 2023. URL https://arxiv.org/abs/{K['qlora']}."),
 ("He", f"{names(K['deberta'])}. {T(K['deberta'])}. In International Conference on Learning Representations, 2021."),
 ("Houlsby", f"{names(K['adapter'])}. {T(K['adapter'])}. In Proceedings of the 36th International Conference on Machine Learning, pages 2790–2799, 2019."),
 ("Hu", f"{names(K['lora'])}. {T(K['lora'])}. In International Conference on Learning Representations, 2022. URL https://arxiv.org/abs/{K['lora']}."),
 ("Li", f"{names(K['prefix'])}. {T(K['prefix'])}. In Proceedings of the 59th Annual Meeting of the Association for Computational Linguistics, pages 4582–4597, 2021."),
 ("Liu, H", f"{names(K['tfew'])}. {T(K['tfew'])}. arXiv preprint arXiv:{K['tfew']}, 2022."),
 ("Liu, X", f"{names(K['ptune'])}. {T(K['ptune'])}. arXiv preprint arXiv:{K['ptune']}, 2021."),
 ("Mangrulkar", "Sourab Mangrulkar, Sylvain Gugger, Lysandre Debut, Younes Belkada, Sayak Paul, and Benjamin Bossan. PEFT: State-of-the-art parameter-efficient fine-tuning methods, 2022. URL https://github.com/huggingface/peft."),
 ("Phatthiyaphaibun", "Wannaphong Phatthiyaphaibun, Korakot Chaovavanich, Charin Polpanumas, Arthit Suriyawongkul, Lalita Lowphansirikul, and Pattarawat Chormai. PyThaiNLP: Thai natural language processing in Python, 2016. URL https://github.com/PyThaiNLP/pythainlp."),
 ("Suriyawongkul", "Arthit Suriyawongkul, Ekapol Chuangsuwanich, Pattarawat Chormai, and Charin Polpanumas. Wisesight sentiment corpus, 2019. URL https://github.com/PyThaiNLP/wisesight-sentiment."),
 ("~ธ", "ธนารักษ์ ธีระมั่นคง. การประมวลผลภาษาธรรมชาติเบื้องต้น. สำนักพิมพ์จุฬาลงกรณ์มหาวิทยาลัย, กรุงเทพฯ, 2564."),
]
ENT.sort(key=lambda e: e[0])
lines = []
for _, t in ENT:
    lines += textwrap.wrap(t, width=96, break_long_words=False, break_on_hyphens=False)
# page breaks as the PDF has them: page 71 holds the heading and the first 17 lines
p71, p72 = lines[:17], lines[17:]
bio = """ประวัติผู้เขียน
ชื่อ – สกุล นายกิตติพัฒน์ ศรีสุวรรณ
วัน เดือน ปีเกิด 14 กุมภาพันธ์ 2541
ประวัติการศึกษา
ระดับปริญญาตรี วิศวกรรมศาสตรบัณฑิต สาขาวิศวกรรมคอมพิวเตอร์
มหาวิทยาลัยเทคโนโลยีพระจอมเกล้าธนบุรี พ.ศ. 2563
ระดับปริญญาโท วิศวกรรมศาสตรมหาบัณฑิต สาขาวิศวกรรมคอมพิวเตอร์
มหาวิทยาลัยเทคโนโลยีพระจอมเกล้าธนบุรี พ.ศ. 2566
ผลงานที่ได้รับการตีพิมพ์
กิตติพัฒน์ ศรีสุวรรณ และ ปิยะวัฒน์ จันทร์เพ็ญ, "การปรับจูนแบบประหยัดพารามิเตอร์สำหรับแบบจำลอง
ภาษาไทยขนาดใหญ่," การประชุมวิชาการระดับชาติด้านคอมพิวเตอร์และเทคโนโลยีสารสนเทศ (NCCIT) ครั้งที่
19, 2566, หน้า 112–117."""
doc = "71\nบรรณานุกรม\n" + "\n".join(p71) + "\n\n\f72\n" + "\n".join(p72) + "\n\n\f73\n" + bio + "\n\n\f"
write_only(F, doc, keys(F))
