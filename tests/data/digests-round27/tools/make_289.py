#!/usr/bin/env python3
"""289: a Google Classroom material page ("Week 6" readings of a computer-vision course at a Lao university),
selected in the browser (English interface) and pasted as text, the teacher's text in Lao with English paper titles.
What the copy keeps: the top bar ("Main menu", "Classroom", the class name and section), the side menu (Home,
Calendar, Enrolled, To-do, the enrolled classes, Archived classes, Settings), the class tabs (Stream, Classwork,
People), the material's title, "<teacher> • <date> (Edited <date>)", the description as typed (URLs visible as
text), the attachment cards as two lines each (the linked page's title or the file name, then the URL, "PDF",
"Google Docs" or "YouTube video N minutes"), "Class comments", "N class comments", each comment as name / date /
text, and "Add class comment…"."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write

CLASS = "ການຮຽນຮູ້ເລິກສຳລັບວິໄສທັດຄອມພິວເຕີ (CS 4203)"
SECTION = "ປີ 4 · ພາກຮຽນ II · 2023–2024"
GLOROT = "Understanding the difficulty of training deep feedforward neural networks"

out = ["Main menu", "Classroom", CLASS, SECTION, "",
       "Home", "Calendar", "Enrolled", "To-do",
       "ສະຖິຕິສຳລັບວິທະຍາສາດຂໍ້ມູນ", "ຖານຂໍ້ມູນ II", CLASS, "ພາສາອັງກິດວິຊາການ 3",
       "Archived classes", "Settings", "",
       "Stream", "Classwork", "People", "",
       "ອາທິດທີ 6: ການເລີ່ມຕົ້ນນ້ຳໜັກ, ສະຖາປັດຕະຍະກຳ CNN ແລະ ຄວາມທົນທານ",
       "ອຈ. ສົມພອນ ພົມມະວົງ • Mar 4 (Edited Mar 5)", "",
       "ສະບາຍດີ ນັກສຶກສາທຸກຄົນ,",
       "ອາທິດນີ້ພວກເຮົາຈະເວົ້າເຖິງວິທີເລີ່ມຕົ້ນນ້ຳໜັກ (initialization), ສະຖາປັດຕະຍະກຳ CNN ສະໄໝໃໝ່ ແລະ ຄວາມທົນທານຂອງໂມເດລ. "
       "ກະລຸນາອ່ານບົດຄວາມບັງຄັບກ່ອນຮຽນວັນພະຫັດທີ 7 ມີນາ, ເວລາ 8:00, ຫ້ອງ 305 ຕຶກ B.", "",
       "ບົດຄວາມບັງຄັບ (ອ່ານທັງໝົດ):",
       f"1. {GLOROT} — Glorot & Bengio, AISTATS 2010 (ບໍ່ມີໃນ arXiv, PDF ຢູ່ໃນ proceedings.mlr.press)",
       f"2. {T('1502.01852')} — He et al., ICCV 2015 (ເບິ່ງ attachment ດ້ານລຸ່ມ)",
       f"3. {T('2201.03545')} — Liu et al., CVPR 2022 (attachment)",
       f"4. ResNeSt: Split-Attention Networks, arXiv: 2004.08955 — ອ່ານສະເພາະພາກທີ 3", "",
       "ບົດຄວາມເພີ່ມເຕີມ (ເລືອກອ່ານ 1 ບົດ ແລ້ວຂຽນສະຫຼຸບ 1 ໜ້າ):",
       f"5. Big Transfer (BiT): General Visual Representation Learning (Kolesnikov et al., ECCV 2020)",
       f"6. Shortcut learning in deep neural networks — Geirhos et al., Nature Machine Intelligence 2020",
       f"7. {T('2103.14586')} (Bhojanapalli et al., ICCV 2021)",
       f"8. Smooth Adversarial Training, arXiv:2006.14536",
       f"9. {T('2007.01434')} — Gulrajani & Lopez-Paz, ICLR 2021",
       f"10. Rethinking pre-training and self-training — Zoph et al., NeurIPS 2020",
       f"11. Simple Copy-Paste is a Strong Data Augmentation Method for Instance Segmentation — "
       f"https://arxiv.org/abs/2012.07177",
       f"12. COTR: Correspondence Transformer for Matching Across Images (ICCV 2021) — PDF ໃນ attachment", "",
       "ສົ່ງບົດສະຫຼຸບຜ່ານແບບຟອມດ້ານລຸ່ມ ບໍ່ເກີນວັນອາທິດທີ 10 ມີນາ 23:59. ສະໄລບົດຮຽນ ແລະ ວິດີໂອ CS231n ແມ່ນສຳລັບທົບທວນ, "
       "ບໍ່ແມ່ນບົດຄວາມ. ຖ້າມີຄຳຖາມ ຂຽນໃນ class comments ໄດ້ເລີຍ.", "",
       "ບົດທີ 6 - CNN ແລະ ການເລີ່ມຕົ້ນນ້ຳໜັກ.pdf", "PDF",
       "[1502.01852] Delving Deep into Rectifiers: Surpassing Human-Level Performance on ImageNet Classification",
       "https://arxiv.org/abs/1502.01852",
       "[2201.03545] A ConvNet for the 2020s", "https://arxiv.org/abs/2201.03545",
       "2103.14167.pdf", "https://arxiv.org/pdf/2103.14167.pdf",
       "Lecture 9 | CNN Architectures", "YouTube video 77 minutes",
       "Week6_ResNet_init_lab.ipynb - Colab", "https://colab.research.google.com/drive/1m6Qw8ZcT0vLkXoq3Yp2sJt5uHcNxRbGe",
       "ແບບຟອມສົ່ງບົດສະຫຼຸບ ອາທິດທີ 6", "Google Docs", "",
       "Class comments", "3 class comments", "",
       "ແສງດາວ ສີສຸວັນ", "Mar 5", "ອາຈານ, ບົດທີ 4 (ResNeSt) ຕ້ອງອ່ານພາກທີ 4 ນຳບໍ່? ແລະ ຖ້າເລືອກ BiT ສາມາດໃຊ້ code ຈາກ GitHub ໄດ້ບໍ?", "",
       "ອຈ. ສົມພອນ ພົມມະວົງ", "Mar 5", "ພາກທີ 3 ພໍແລ້ວ. ສຳລັບ BiT ໃຊ້ code ໄດ້, ແຕ່ບົດສະຫຼຸບຕ້ອງອະທິບາຍ ວ່າເປັນຫຍັງ transfer ເຮັດວຽກໄດ້ດີ.", "",
       "ບຸນມີ ແກ້ວມະນີ", "Mar 6", "ຂອບໃຈຫຼາຍໆ ອາຈານ. ລິ້ງ Colab ເປີດບໍ່ໄດ້ ຕ້ອງຂໍສິດກ່ອນບໍ່?", "",
       "Add class comment…", ""]
write("289_google_classroom_material_page_copied_text_lao_computer_vision_course.txt", "\n".join(out))
