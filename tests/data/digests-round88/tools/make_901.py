#!/usr/bin/env python3
"""901: `references.bib` for chapter 2 of a Vietnamese master's thesis on efficient training and inference of large
language models, with the student's `%` comments in Vietnamese. The new source is PMLR: two entries pasted from
proceedings.mlr.press ("Cite this Paper" → BibTeX) keep PMLR's own layout — `@InProceedings{pmlr-vNNN-nameYYx,`, the
odd alignment `  title = \\t {…},` / `  author =       {…},` / `  publisher =    {PMLR},`, fields in PMLR's order
(title, author, booktitle, pages, year, editor, volume, series, month, publisher, pdf, url, abstract), capitals
protected letter by letter (`{D}o{RA}`), `--` ranges, `month = {23--29 Jul}`; she deleted one abstract and says so.
Around them: arXiv's "Export BibTeX Citation" in its old form (six-space indent, trailing space after `title`,
`eprint` without `url`) and its new form (long key, `url`), OpenReview's export (`@inproceedings{` and the key on its
own line, no indent, trailing comma), a NeurIPS proceedings export (one-space indent, fields in alphabetical order,
`NEURIPS2020_` + 8 hex), her own entries (`{GPTQ}` braced, `\\url{…}` in `howpublished`) and two software entries
(bitsandbytes, PEFT), which are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write_only
from make_expected import by_num, keys

F = by_num(901)
K = dict(gptq="2210.17323", dcond="2006.05929", mixed="1710.03740", int8="2208.07339", specdec="2211.17192",
         dora="2402.09353", pyglove="2101.08809", hf="1910.03771")


def pmlr(vol, pid, title, authors, booktitle, pages, year, editors, month, abstract=None):
    f = [("title", " = \t ", title), ("author", " =       ", authors), ("booktitle", " = \t ", booktitle),
         ("pages", " = \t ", pages), ("year", " = \t ", year), ("editor", " = \t ", editors), ("volume", " = \t ", vol),
         ("series", " = \t ", "Proceedings of Machine Learning Research"), ("month", " = \t ", month),
         ("publisher", " =    ", "PMLR"),
         ("pdf", " = \t ", f"https://proceedings.mlr.press/v{vol}/{pid}/{pid}.pdf"),
         ("url", " = \t ", f"https://proceedings.mlr.press/v{vol}/{pid}.html")]
    if abstract:
        f.append(("abstract", " = \t ", abstract))
    return f"@InProceedings{{pmlr-v{vol}-{pid},\n" + ",\n".join(f"  {k}{sep}{{{v}}}" for k, sep, v in f) + "\n}\n"


def surname_first(names):
    return " and ".join(f"{n.split()[-1]}, {' '.join(n.split()[:-1])}" for n in names)


SPEC_ABS = ("Inference from large autoregressive models like Transformers is slow - decoding K tokens takes K serial "
            "runs of the model. In this work we introduce speculative decoding - an algorithm to sample from "
            "autoregressive models faster without any changes to the outputs, by computing several tokens in "
            "parallel. At the heart of our approach lie the observations that (1) hard language-modeling tasks "
            "often include easier subtasks that can be approximated well by more efficient models, and (2) using "
            "speculative execution and a novel sampling method, we can make exact decoding from the large models "
            "faster, by running them in parallel on the outputs of the approximation models, potentially "
            "generating several tokens concurrently, and without changing the distribution. Our method can "
            "accelerate existing off-the-shelf models without retraining or architecture changes. We demonstrate "
            "it on T5-XXL and show a 2X-3X acceleration compared to the standard T5X implementation, with "
            "identical outputs.")
ICML23_ED = ("Krause, Andreas and Brunskill, Emma and Cho, Kyunghyun and Engelhardt, Barbara and Sabato, Sivan and "
             "Scarlett, Jonathan")
ICML24_ED = ("Salakhutdinov, Ruslan and Kolter, Zico and Heller, Katherine and Weller, Adrian and Oliver, Nuria and "
             "Scarlett, Jonathan and Berkenkamp, Felix")
dora_title = T(K["dora"]).replace("DoRA:", "{D}o{RA}:", 1)
mixed_au = " and ".join(CAT[K["mixed"]]["authors"])

text = f"""% references.bib — Chương 2: Huấn luyện và suy luận hiệu quả cho mô hình ngôn ngữ lớn
% Luận văn thạc sĩ KHMT — Nguyễn Thị Thu Hà (GVHD: TS. Trần Minh Quân)
% Cập nhật: 14/03/2024
%
% Quy ước của mình:
%   - Ưu tiên bản chính thức (PMLR / NeurIPS / OpenReview), không có thì dùng bản arXiv.
%   - Mục PMLR chép nguyên từ nút "Cite this Paper" -> BibTeX trên proceedings.mlr.press,
%     giữ nguyên kiểu căn lề (tab) lạ của họ, đừng cho bibtex-tidy chạy lại file này!
%   - Mục xuất từ arXiv: có mục kiểu cũ (không có url) và kiểu mới (có url).

% ===================== 2.1 Lượng tử hoá =====================

@misc{{dettmers2022llmint8,
      title={{{T(K['int8'])}}}, 
      author={{Tim Dettmers and Mike Lewis and Younes Belkada and Luke Zettlemoyer}},
      year={{2022}},
      eprint={{2208.07339}},
      archivePrefix={{arXiv}},
      primaryClass={{cs.LG}}
}}

% NeurIPS 2022 nhưng mình trích bản arXiv như thầy dặn (eprint ở trên).
% GPTQ: ICLR 2023, tự gõ lại vì bản của Google Scholar viết thường cả tiêu đề.
@inproceedings{{frantar2023gptq,
  title     = {{{{GPTQ}}: Accurate Post-Training Quantization for Generative Pre-trained Transformers}},
  author    = {{Frantar, Elias and Ashkboos, Saleh and Hoefler, Torsten and Alistarh, Dan}},
  booktitle = {{International Conference on Learning Representations (ICLR)}},
  year      = {{2023}},
  url       = {{https://arxiv.org/abs/2210.17323}},
  note      = {{Đọc bản arXiv v2; Bảng 3 so sánh với RTN}}
}}

% ===================== 2.2 Huấn luyện độ chính xác hỗn hợp =====================

@inproceedings{{
micikevicius2018mixed,
title={{{T(K['mixed'])}}},
author={{{mixed_au}}},
booktitle={{International Conference on Learning Representations}},
year={{2018}},
url={{https://openreview.net/forum?id={CAT[K['mixed']]['openreview_id']}}},
}}

% ===================== 2.3 Suy luận nhanh =====================

{pmlr("202", "leviathan23a", T(K["specdec"]), "Leviathan, Yaniv and Kalman, Matan and Matias, Yossi",
      "Proceedings of the 40th International Conference on Machine Learning", "19274--19286", "2023", ICML23_ED,
      "23--29 Jul", SPEC_ABS)}
% ===================== 2.4 Tinh chỉnh hiệu quả tham số =====================

% (đã xoá trường abstract cho gọn; bản gốc trên PMLR có đủ)
{pmlr("235", "liu24bn", dora_title, surname_first(CAT[K["dora"]]["authors"]),
      "Proceedings of the 41st International Conference on Machine Learning", "32100--32121", "2024", ICML24_ED,
      "21--27 Jul")}
@misc{{peft,
  title        = {{PEFT: State-of-the-art Parameter-Efficient Fine-Tuning methods}},
  author       = {{Sourab Mangrulkar and Sylvain Gugger and Lysandre Debut and Younes Belkada and Sayak Paul and Benjamin Bossan}},
  howpublished = {{\\url{{https://github.com/huggingface/peft}}}},
  year         = {{2022}}
}}

@software{{bitsandbytes,
  author = {{Dettmers, Tim}},
  title  = {{bitsandbytes}},
  url    = {{https://github.com/TimDettmers/bitsandbytes}},
  year   = {{2023}},
  note   = {{Thư viện, không phải bài báo; dùng cho thí nghiệm 8-bit ở mục 4.2}}
}}

% ===================== 2.5 Dữ liệu và công cụ =====================

@misc{{zhao2020datasetcondensationgradientmatching,
      title={{{T(K['dcond'])}}}, 
      author={{Bo Zhao and Konda Reddy Mopuri and Hakan Bilen}},
      year={{2020}},
      eprint={{2006.05929}},
      archivePrefix={{arXiv}},
      primaryClass={{cs.CV}},
      url={{https://arxiv.org/abs/2006.05929}}, 
}}

@inproceedings{{NEURIPS2020_0c3a1f5e,
 author = {{Peng, Daiyi and Dong, Xuanyi and Real, Esteban and Tan, Mingxing and Lu, Yifeng and Bender, Gabriel and Liu, Hanxiao and Kraft, Adam and Liang, Chen and Le, Quoc}},
 booktitle = {{Advances in Neural Information Processing Systems}},
 editor = {{H. Larochelle and M. Ranzato and R. Hadsell and M.F. Balcan and H. Lin}},
 pages = {{96--108}},
 publisher = {{Curran Associates, Inc.}},
 title = {{{T(K['pyglove'])}}},
 url = {{https://proceedings.neurips.cc/paper_files/paper/2020/file/0c3a1f5e9d2b47a6e81f0b3c5d7e9a21-Paper.pdf}},
 volume = {{33}},
 year = {{2020}}
}}

% Thầy muốn trích bản tiền ấn phẩm 2019 (tên có "HuggingFace's"), không phải bản demo EMNLP 2020.
@misc{{wolf2019huggingface,
  title        = {{{T(K['hf'])}}},
  author       = {{Wolf, Thomas and Debut, Lysandre and Sanh, Victor and Chaumond, Julien and others}},
  year         = {{2019}},
  howpublished = {{\\url{{https://github.com/huggingface/transformers}}}}
}}

% TODO: hỏi thầy có cần trích Megatron không (chương 3?)
"""
write_only(F, text, keys(F), forms=(text.replace("{", "").replace("}", ""),))
