#!/usr/bin/env python3
"""960: a Thai master's student's notes file: the head of a Frontiers in Artificial Intelligence article (article type
line, `Front. Artif. Intell., DD Month YYYY`, `Sec. …`, `Volume N - YYYY | https://doi.org/10.3389/frai.…`, the
title) and the references she copied one by one from its page on frontiersin.org, as the page pastes them: each
reference one paragraph in Frontiers' author–year style (`Surname, I. I.`, up to six names then `et al.`, `(YYYY).`,
conference papers as `"Title," in Proceedings …, pages.`, journal papers `Journal volume, pages. doi: …`, preprints
`arXiv [Preprint]. arXiv:ID.`, `Available online at: URL`), then the page's link texts (`Google Scholar`,
`CrossRef Full Text | Google Scholar`, `PubMed Abstract | CrossRef Full Text | Google Scholar`), a blank line; the
references in Frontiers' alphabetical order; her `→` notes in Thai after some; `#` lines before and after. Titles keep
the catalogue's case (Frontiers sentence-cases them; see README). Papers: two arXiv URLs in her notes, one OpenReview
URL in a reference, two arXiv ids as text, three titles only (one of them only in her notes). Sutton and Barto's
textbook, a YouTube lecture and the trajectory-transformer repository are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys, GO

F = by_num(960)
K = dict(clip="2103.00020", offline="2106.02039", multiview="2006.05576", cpc="1807.03748", evolving="2101.03958",
         gpm="2103.09762", medselect="2103.14339")
GS, CR, PM = "Google Scholar", "CrossRef Full Text | Google Scholar", "PubMed Abstract | CrossRef Full Text | Google Scholar"

refs = [
    ("Co-Reyes, J. D., Miao, Y., Peng, D., Real, E., Levine, S., Le, Q. V., et al. (2021). " + T(K["evolving"]) +
     ". arXiv [Preprint]. arXiv:2101.03958.", GS,
     ["→ ใช้ evolutionary search หา loss function ของ RL แบบอัตโนมัติ (ได้ DQN ที่ทั่วไปกว่าเดิม) — ใช้เป็นตัวอย่าง meta-learning ในบทที่ 2"]),
    ("Janner, M., Li, Q., and Levine, S. (2021). \"" + T(K["offline"]) + ",\" in Advances in Neural Information "
     "Processing Systems, Vol. 34, 1273–1286.", GS,
     ["→ Trajectory Transformer: มอง offline RL เป็น sequence modeling ล้วน ๆ",
      "→ arXiv: https://arxiv.org/abs/2106.02039 (โค้ดอยู่ใน repo trajectory-transformer ของผู้เขียน — repo ไม่ใช่เปเปอร์)"]),
    ("Radford, A., Kim, J. W., Hallacy, C., Ramesh, A., Goh, G., Agarwal, S., et al. (2021). \"" + T(K["clip"]) +
     ",\" in Proceedings of the 38th International Conference on Machine Learning, Vol. 139 (PMLR), 8748–8763.", GS,
     ["→ CLIP — PDF: https://arxiv.org/pdf/2103.00020.pdf", "→ บทความนี้ใช้ CLIP เป็น image encoder ตอนคัดภาพ X-ray ก่อนส่งให้ผู้เชี่ยวชาญ label"]),
    ("Saha, G., Garg, I., and Roy, K. (2021). \"" + T(K["gpm"]) + ",\" in International Conference on Learning "
     "Representations (Virtual).", GS,
     ["→ GPM: เก็บ basis ของ gradient space ของงานเก่าไว้ แล้ว project gradient ของงานใหม่ให้ตั้งฉาก กันลืม (continual learning)"]),
    ("Silver, D., Schrittwieser, J., Simonyan, K., Antonoglou, I., Huang, A., Guez, A., et al. (2017). " + T(GO) +
     ". Nature 550, 354–359. doi: 10.1038/nature24270", PM,
     ["→ AlphaGo Zero — เขาอ้างถึงแค่ในบทนำว่า self-play ไม่ต้องใช้ข้อมูลจากมนุษย์"]),
    ("Sutton, R. S., and Barto, A. G. (2018). Reinforcement Learning: An Introduction, 2nd Edn. Cambridge, MA: MIT "
     "Press.", GS, ["→ ตำรา (ไม่ใช่เปเปอร์) มีในห้องสมุดคณะแล้ว"]),
    ("Tsai, Y.-H. H., Wu, Y., Salakhutdinov, R., and Morency, L.-P. (2021). \"" + T(K["multiview"]) + ",\" in "
     "International Conference on Learning Representations. Available online at: https://openreview.net/forum?id=" +
     OR(K["multiview"]), GS,
     ["→ อธิบาย contrastive / predictive SSL ด้วยมุมมอง multi-view + information theory — อ่านคู่กับ CPC"]),
    ("van den Oord, A., Li, Y., and Vinyals, O. (2018). " + T(K["cpc"]) + ". arXiv [Preprint]. arXiv:1807.03748.", GS,
     ["→ CPC: InfoNCE loss มาจากเปเปอร์นี้"]),
]

lines = [
    "# บันทึกอ่านเปเปอร์ — อังคาร 12 มี.ค. 2567",
    "# ก๊อป References มาจากหน้าเว็บ frontiersin.org (เลือกเฉพาะอันที่จะอ่านต่อ ไม่ได้เอามาทั้งหมด 64 รายการ)",
    "",
    "ORIGINAL RESEARCH article",
    "Front. Artif. Intell., 04 March 2024",
    "Sec. Machine Learning and Artificial Intelligence",
    "Volume 7 - 2024 | https://doi.org/10.3389/frai.2024.1329481",
    "Label-efficient triage of chest radiographs with meta-learned acquisition policies",
    "",
    "References",
    "",
]
for ref, links, notes in refs:
    lines += [ref, links] + notes + [""]
lines += [
    "# อ่านเพิ่ม (ไม่อยู่ใน References ของบทความนี้ แต่ อ.ปิยะพงษ์แนะนำตอนประชุมกลุ่ม):",
    "# Smit et al. (2021) \"" + T(K["medselect"]) + "\"",
    "#   — ใช้ RL + meta-learning เลือกภาพที่จะให้ label ตรงกับหัวข้อเราที่สุด ขอ PDF จากพี่มายด์แล้ว",
    "# TODO: ดู lecture ของ Sergey Levine เรื่อง offline RL บน YouTube ก่อนประชุมวันศุกร์",
]
write_only(F, "\n".join(lines) + "\n", keys(F))
