#!/usr/bin/env python3
"""2221: the JabRef 5 library (BibTeX mode, saved as .bib) of a reading group at Can Tho University (Đại học Cần Thơ)
(as remembered: «% Encoding: UTF-8», entry types capitalised «@InProceedings{», two-space indented fields with «=»
aligned per entry and a comma after every field, the key «SurnameYear», the required fields first, then the others
alphabetical, «groups», «readstatus», «priority», «file» fields, and at the end «@Comment{jabref-meta: databaseType:bibtex;}»
and the «grouping» tree with «StaticGroup:name\\;0\\;1\\;0x8a8a8aff\\;\\;\\;;» lines). Vietnamese notes.
Computed: author fields «Last, First and …» from the catalogue, the padding of «=», unique keys (asserted), the group
names used by entries = the grouping tree (asserted)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, T, OR, key_of, write_only
from make_expected import by_num, keys
F = by_num(2221)
G1, G2, G3 = "Tuần 1 – PEFT", "Tuần 2 – Prompt & tối ưu", "Tuần 3 – Hệ thống phục vụ"


def au(key):
    out = []
    for n in CAT[key_of(key)]["authors"]:
        p = n.split()
        if p[-2:-1] == ["Ben"]:
            out.append(f"Ben Zaken, {' '.join(p[:-2])}")
        else:
            out.append(f"{p[-1]}, {' '.join(p[:-1])}")
    return " and ".join(out)


# (type, key, required fields in order, other fields); other fields are written alphabetically
E = [
 ("InProceedings", "He2022", [("author", au("2110.04366")), ("title", T("2110.04366")),
   ("booktitle", "International Conference on Learning Representations"), ("year", "2022")],
  {"url": f"https://openreview.net/forum?id={OR('2110.04366')}", "groups": G1, "readstatus": "read",
   "comment": "Bài tổng quan cần đọc trước: gom adapter, prefix-tuning và LoRA vào một khung chung. Người trình bày: Thảo.",
   "file": ":PDF/He2022.pdf:PDF"}),
 ("InProceedings", "Zhang2023", [("author", au("2303.10512")), ("title", T("2303.10512")),
   ("booktitle", "International Conference on Learning Representations"), ("year", "2023")],
  {"url": "https://arxiv.org/abs/2303.10512", "groups": G1, "priority": "prio1",
   "comment": "Phân bổ hạng (rank) thích ứng theo SVD; so sánh với LoRA trên bộ dữ liệu tiếng Việt của nhóm."}),
 ("InProceedings", "BenZaken2022", [("author", au("2106.10199")), ("title", T("2106.10199")),
   ("booktitle", "Proceedings of the 60th Annual Meeting of the Association for Computational Linguistics (Volume 2: Short Papers)"),
   ("year", "2022")],
  {"pages": "1--9", "doi": "10.18653/v1/2022.acl-short.1", "url": "http://arxiv.org/abs/2106.10199v5", "groups": G1,
   "readstatus": "skimmed", "comment": "Chỉ huấn luyện bias – baseline rẻ nhất, chạy được trên GPU của phòng lab."}),
 ("InProceedings", "Liu2022", [("author", au("2205.05638")), ("title", T("2205.05638")),
   ("booktitle", "Advances in Neural Information Processing Systems"), ("year", "2022")],
  {"eprint": "2205.05638", "archiveprefix": "arXiv", "primaryclass": "cs.LG", "groups": G1,
   "comment": "Phương pháp (IA)³ và công thức T-Few."}),
 ("Misc", "Liu2021", [("author", au("2103.10385")), ("title", T("2103.10385")), ("year", "2021")],
  {"groups": G2, "comment": "P-tuning: prompt liên tục cho cả GPT và BERT. Chưa có link, Khoa sẽ bổ sung."}),
 ("InProceedings", "Loshchilov2019", [("author", au("1711.05101")), ("title", T("1711.05101")),
   ("booktitle", "International Conference on Learning Representations"), ("year", "2019")],
  {"groups": G2, "readstatus": "read", "comment": "AdamW – dùng làm optimizer mặc định trong mọi thí nghiệm."}),
 ("InProceedings", "Lepikhin2021", [("author", au("2006.16668")), ("title", T("2006.16668")),
   ("booktitle", "International Conference on Learning Representations"), ("year", "2021")],
  {"groups": G3, "comment": "Mixture-of-experts và sharding tự động; đọc phần 2 và 3 là đủ."}),
 ("InProceedings", "Kwon2023", [("author", au("2309.06180")), ("title", T("2309.06180")),
   ("booktitle", "Proceedings of the 29th Symposium on Operating Systems Principles"), ("year", "2023")],
  {"pages": "611--626", "doi": "10.1145/3600006.3613165", "url": "https://arxiv.org/pdf/2309.06180.pdf", "groups": G3,
   "priority": "prio2", "comment": "Bài của vLLM. Demo phục vụ mô hình đã fine-tune bằng LoRA."}),
 ("Book", "Raschka2024", [("author", "Raschka, Sebastian"), ("title", "Build a Large Language Model (From Scratch)"),
   ("publisher", "Manning"), ("year", "2024")],
  {"groups": G2, "comment": "Sách (không phải bài báo) – chương 6 và 7 về fine-tuning."}),
 ("Misc", "Mangrulkar2022", [("author", "Mangrulkar, Sourab and Gugger, Sylvain and Debut, Lysandre and Belkada, Younes and Paul, Sayak and Bossan, Benjamin"),
   ("title", "PEFT: State-of-the-art Parameter-Efficient Fine-Tuning methods"), ("year", "2022")],
  {"howpublished": "\\url{https://github.com/huggingface/peft}", "groups": G1,
   "comment": "Thư viện PEFT (phần mềm) – dùng cho mọi bài thực hành."}),
]
ks = [k for _, k, _, _ in E]
assert len(set(ks)) == len(ks)
used_groups = {o["groups"] for *_, o in E}
assert used_groups == {G1, G2, G3}
out = ["% Encoding: UTF-8", ""]
for typ, key, req, other in E:
    fields = req + sorted(other.items())
    w = max(len(n) for n, _ in fields)
    out.append(f"@{typ}{{{key},")
    out += [f"  {n.ljust(w)} = {{{v}}}," for n, v in fields]
    out += ["}", ""]
out += ["@Comment{jabref-meta: databaseType:bibtex;}", "",
        "@Comment{jabref-meta: grouping:", "0 AllEntriesGroup:;"]
out += [f"1 StaticGroup:{g}\\;0\\;1\\;0x8a8a8aff\\;\\;\\;;" for g in (G1, G2, G3)]
out += ["}", ""]
text = "\n".join(out)
write_only(F, text, keys(F))
