#!/usr/bin/env python3
"""1400: the article page of an invented Thai computing journal on ThaiJO (the Thai Journals Online platform, an OJS 3
site with a Thai interface), selected in the browser and copied as text: breadcrumb, title, authors, keywords, Thai and
English abstracts, the PDF link's text, "How to cite" (APA 7, Thai), the issue block, then the reference list in APA 7
as the authors pasted it into OJS (sorted: Thai references first, then English; sentence case; DOIs; an arXiv DOI for a
preprint)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, GLOVE

F = by_num(1400)


def sc(t):
    """APA sentence case: first word and the part after a colon capitalised, acronyms / names kept as written"""
    keep = {"BERT", "GPT", "GloVe", "XLNet", "DeBERTa", "ELECTRA", "Thai", "NLP"}
    out, cap = [], True
    for w in t.split(" "):
        core = w.strip(":,")
        if core in keep or (core.isupper() and len(core) > 1):
            out.append(w)
        else:
            out.append(w[:1].upper() + w[1:].lower() if cap else w.lower())
        cap = w.endswith(":")
    return " ".join(out)


refs_th = [
    "ธนพล วงศ์สวัสดิ์ และ กมลวรรณ ศรีสุข. (2565). การจำแนกอารมณ์จากข้อความทวีตภาษาไทยด้วยโครงข่ายประสาทแบบวนซ้ำ. วารสารวิทยาการคอมพิวเตอร์และสารสนเทศประยุกต์, 10(2), 45–58.",
    "ปิยะพงษ์ แก้วมณี. (2566). การเปรียบเทียบวิธีตัดคำภาษาไทยสำหรับงานจำแนกข้อความ [วิทยานิพนธ์ปริญญามหาบัณฑิต, มหาวิทยาลัยตัวอย่างภาคเหนือ].",
]
refs_en = sorted([
    f"Clark, K., Luong, M.-T., Le, Q. V., & Manning, C. D. (2020). {sc(T('2003.10555'))}. arXiv. https://doi.org/10.48550/arXiv.2003.10555",
    f"Conneau, A., Khandelwal, K., Goyal, N., Chaudhary, V., Wenzek, G., Guzmán, F., Grave, E., Ott, M., Zettlemoyer, L., & Stoyanov, V. (2020). {sc(T('1911.02116'))}. In Proceedings of the 58th Annual Meeting of the Association for Computational Linguistics (pp. 8440–8451). https://arxiv.org/abs/1911.02116",
    f"Devlin, J., Chang, M.-W., Lee, K., & Toutanova, K. (2019). {sc(T('1810.04805'))}. In Proceedings of NAACL-HLT 2019 (pp. 4171–4186). https://arxiv.org/abs/1810.04805",
    f"He, P., Liu, X., Gao, J., & Chen, W. (2021). {sc(T('2006.03654'))}. In International Conference on Learning Representations. https://arxiv.org/abs/2006.03654",
    f"Howard, J., & Ruder, S. (2018). {sc(T('1801.06146'))}. In Proceedings of the 56th Annual Meeting of the Association for Computational Linguistics (Volume 1: Long Papers) (pp. 328–339). https://doi.org/10.18653/v1/P18-1031",
    f"Liu, X., Zheng, Y., Du, Z., Ding, M., Qian, Y., Yang, Z., & Tang, J. (2023). {sc(T('2103.10385'))}. AI Open. https://doi.org/10.1016/j.aiopen.2023.08.012",
    f"Pennington, J., Socher, R., & Manning, C. D. (2014). {sc(GLOVE)}. In Proceedings of the 2014 Conference on Empirical Methods in Natural Language Processing (EMNLP) (pp. 1532–1543). https://doi.org/10.3115/v1/D14-1162",
    f"Yang, Z., Dai, Z., Yang, Y., Carbonell, J., Salakhutdinov, R., & Le, Q. V. (2019). {sc(T('1906.08237'))}. Advances in Neural Information Processing Systems, 32, 5753–5763.",
    "PyThaiNLP Project. (2023). PyThaiNLP: Thai natural language processing in Python (Version 4.0) [Computer software]. GitHub. https://github.com/PyThaiNLP/pythainlp",
    "Wisesight. (2019). Wisesight sentiment corpus [Data set]. GitHub. https://github.com/PyThaiNLP/wisesight-sentiment",
], key=lambda s: s.lower())

TXT = f"""หน้าแรก / ฉบับ / ปีที่ 12 ฉบับที่ 1 (2567): มกราคม – มิถุนายน / บทความวิจัย

การเปรียบเทียบแบบจำลองภาษาที่ผ่านการฝึกล่วงหน้าสำหรับการจำแนกความคิดเห็นภาษาไทยบนสื่อสังคมออนไลน์
A Comparison of Pretrained Language Models for Thai Social Media Opinion Classification

ณัฐวุฒิ ทองประเสริฐ
สาขาวิชาวิทยาการคอมพิวเตอร์ คณะวิทยาศาสตร์ มหาวิทยาลัยตัวอย่างภาคเหนือ
ศิริพร บุญมา
สาขาวิชาวิทยาการคอมพิวเตอร์ คณะวิทยาศาสตร์ มหาวิทยาลัยตัวอย่างภาคเหนือ
DOI: https://doi.org/10.14456/jcsi-ex.2024.4
คำสำคัญ: การจำแนกข้อความ, แบบจำลองภาษา, ภาษาไทย, BERT, การปรับละเอียด

บทคัดย่อ
งานวิจัยนี้เปรียบเทียบแบบจำลองภาษาที่ผ่านการฝึกล่วงหน้า 5 แบบ ได้แก่ mBERT, XLM-R, WangchanBERTa, ELECTRA และ DeBERTa-v3 สำหรับการจำแนกความคิดเห็นภาษาไทยจากสื่อสังคมออนไลน์ 3 ชุดข้อมูล ผลการทดลองพบว่า XLM-R ขนาดใหญ่ให้ค่า F1 เฉลี่ยสูงสุดที่ 0.781 ขณะที่การปรับละเอียดแบบ P-tuning ใช้พารามิเตอร์ที่ฝึกเพียงร้อยละ 0.1 แต่ได้ผลใกล้เคียง (F1 = 0.766) นอกจากนี้ยังพบว่าวิธีตัดคำมีผลต่อแบบจำลองที่ใช้คำศัพท์ระดับคำมากกว่าแบบจำลองที่ใช้ SentencePiece

Abstract
This study compares five pretrained language models (mBERT, XLM-R, WangchanBERTa, ELECTRA and DeBERTa-v3) for Thai opinion classification on three social-media datasets. XLM-R large obtained the best average F1 (0.781), while P-tuning, which trains only 0.1% of the parameters, came close (F1 = 0.766). Word segmentation mattered more for word-level baselines than for SentencePiece-based models.

ดาวน์โหลด
PDF

รายละเอียดบทความ
วิธีการอ้างอิง
ทองประเสริฐ ณ., & บุญมา ศ. (2024). การเปรียบเทียบแบบจำลองภาษาที่ผ่านการฝึกล่วงหน้าสำหรับการจำแนกความคิดเห็นภาษาไทยบนสื่อสังคมออนไลน์. วารสารวิทยาการคอมพิวเตอร์และสารสนเทศประยุกต์, 12(1), 61–78. https://doi.org/10.14456/jcsi-ex.2024.4
ดูรูปแบบการอ้างอิงเพิ่มเติม
ACM
ACS
APA
ABNT
Chicago
Harvard
IEEE
MLA
Turabian
Vancouver
ดาวน์โหลดการอ้างอิง
Endnote/Zotero/Mendeley (RIS)
BibTeX
ฉบับ
ปีที่ 12 ฉบับที่ 1 (2567): มกราคม – มิถุนายน
ประเภทบทความ
บทความวิจัย
สัญญาอนุญาต
บทความที่ได้รับการตีพิมพ์เป็นลิขสิทธิ์ของวารสารวิทยาการคอมพิวเตอร์และสารสนเทศประยุกต์ ข้อความที่ปรากฏในบทความเป็นความคิดเห็นของผู้เขียนแต่ละท่าน

เอกสารอ้างอิง
""" + "\n\n".join(refs_th + refs_en) + """

บทความที่มีผู้อ่านมากที่สุดโดยผู้แต่งเดียวกัน
ณัฐวุฒิ ทองประเสริฐ, ระบบแนะนำหนังสือห้องสมุดด้วยการกรองแบบร่วมมือ , วารสารวิทยาการคอมพิวเตอร์และสารสนเทศประยุกต์: ปีที่ 10 ฉบับที่ 1 (2565): มกราคม – มิถุนายน
"""
write_only(F, TXT, keys(F))
