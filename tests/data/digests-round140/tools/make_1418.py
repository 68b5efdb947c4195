#!/usr/bin/env python3
"""1418: the README.md of a lab's awesome list kept on a self-hosted Gitblit server (Vietnamese), as the raw file
(`https://git.ailab.example.vn/raw/nlp!awesome-peft-vi.git/master/README.md`): Gitblit's URLs write `!` for `/` inside a
repository path (summary, blob, tree, tickets, raw), clones go through `/r/`, contributions through Gitblit's ticket
patchsets (`git push origin HEAD:refs/for/new`). Markdown as a person writes it: a table of contents with anchors,
bullet items with links, a table of Vietnamese datasets, relative links to notebooks in the same repository. LF, a
final newline. Not papers: the peft / bitsandbytes / LLaMA-Factory / unsloth / vLLM libraries, PhoBERT and other
models, datasets, notebooks, a YouTube talk, a course, the lab's tickets; LoRA, QLoRA, DoRA, IA3, prompt tuning are
also method names."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1418, keys

G = "https://git.ailab.example.vn"
R = "nlp!awesome-peft-vi.git"
s = f"""# Awesome PEFT tiếng Việt 🇻🇳

> Danh sách tài liệu về **tinh chỉnh hiệu quả tham số** (parameter-efficient fine-tuning, PEFT) cho mô hình ngôn ngữ lớn, ưu tiên các thứ dùng được với tiếng Việt. Do nhóm NLP của phòng lab duy trì trên Gitblit nội bộ.

Kho: [{R}]({G}/summary/{R}) · Clone: `git clone {G}/r/nlp/awesome-peft-vi.git` · Góp ý: [tickets]({G}/tickets/{R})

Cập nhật lần cuối: 14/05/2024 (Lê Minh Khoa)

## Mục lục

- [Bài báo nền tảng](#bài-báo-nền-tảng)
- [Thư viện & công cụ](#thư-viện--công-cụ)
- [Mô hình nền cho tiếng Việt](#mô-hình-nền-cho-tiếng-việt)
- [Bộ dữ liệu tiếng Việt](#bộ-dữ-liệu-tiếng-việt)
- [Notebook của lab](#notebook-của-lab)
- [Bài giảng & video](#bài-giảng--video)
- [Đóng góp](#đóng-góp)

## Bài báo nền tảng

Sắp theo thứ tự nên đọc. ⭐ = bắt buộc đọc trước buổi seminar.

- ⭐ **Adapter** – {T('1902.00751')} (ICML 2019). [PMLR](http://proceedings.mlr.press/v97/houlsby19a.html) – bài mở đầu, chèn module nhỏ vào giữa các lớp Transformer.
- **Prefix-Tuning** – {T('2101.00190')} (ACL 2021). Chưa có link ổn định, xem [repo gốc](https://github.com/XiangLi1999/PrefixTuning).
- **BitFit** – {T('2106.10199')} (ACL 2022, bài ngắn). Chỉ tinh chỉnh bias, rất rẻ, hợp để làm baseline.
- ⭐ **LoRA** – [{T('2106.09685')}](https://arxiv.org/abs/2106.09685) (ICLR 2022). Nền tảng của gần như mọi thứ bên dưới.
- **Unified view** – [{T('2110.04366')}](https://openreview.net/forum?id=0RDcd5Axok) (ICLR 2022). Gom adapter, prefix, LoRA về một khung chung; đọc sau khi đã nắm ba bài trên.
- **AdaLoRA** – {T('2303.10512')}, arXiv:2303.10512 (ICLR 2023). Phân bổ rank động theo tầm quan trọng.
- ⭐ **QLoRA** – [{T('2305.14314')}](https://arxiv.org/abs/2305.14314) (NeurIPS 2023). 4-bit NF4 + LoRA, fine-tune 7B trên một GPU 24 GB.
- **XLM-R** – [{T('1911.02116')}](https://arxiv.org/pdf/1911.02116.pdf) (ACL 2020). Không phải PEFT nhưng là encoder đa ngữ hay dùng làm baseline cho tiếng Việt.

> Ghi chú: DoRA, IA3, prompt tuning… chưa đưa vào vì chưa ai trong lab đọc kỹ. Ai đọc rồi thì mở ticket nhé.

## Thư viện & công cụ

- [huggingface/peft](https://github.com/huggingface/peft) – thư viện chính, có LoRA, AdaLoRA, IA3, prefix tuning.
- [bitsandbytes](https://github.com/TimDettmers/bitsandbytes) – lượng tử hóa 8-bit / 4-bit, cần cho QLoRA.
- [LLaMA-Factory](https://github.com/hiyouga/LLaMA-Factory) – giao diện web + CLI, cấu hình bằng YAML.
- [unsloth](https://github.com/unslothai/unsloth) – nhanh hơn khoảng 2 lần trên GPU đơn, ít tốn VRAM.
- [vLLM](https://github.com/vllm-project/vllm) – phục vụ mô hình sau khi merge adapter (hỗ trợ multi-LoRA).

## Mô hình nền cho tiếng Việt

| Mô hình | Kích thước | Ghi chú |
|---|---|---|
| [PhoBERT](https://github.com/VinAIResearch/PhoBERT) | base / large | encoder, cần tách từ bằng VnCoreNLP |
| [PhoGPT](https://github.com/VinAIResearch/PhoGPT) | 4B | decoder, có bản chat |
| [Vistral-7B-Chat](https://huggingface.co/Viet-Mistral/Vistral-7B-Chat) | 7B | dựa trên Mistral |
| [SeaLLM](https://huggingface.co/SeaLLMs) | 7B | đa ngữ Đông Nam Á |

## Bộ dữ liệu tiếng Việt

| Bộ dữ liệu | Tác vụ | Link |
|---|---|---|
| UIT-ViQuAD 2.0 | hỏi đáp đọc hiểu | [trang chủ](https://sites.google.com/uit.edu.vn/kietnv/datasets) |
| VLSP 2018 NER | nhận dạng thực thể | theo đăng ký với VLSP |
| vi-alpaca-lab | instruction (dịch + lọc tay) | [{G}/tree/data!vi-alpaca-lab.git]({G}/tree/data!vi-alpaca-lab.git) |
| Bactrian-X (phần vi) | instruction đa ngữ | [HF](https://huggingface.co/datasets/MBZUAI/Bactrian-X) |

## Notebook của lab

- [01_lora_phobert_sentiment.ipynb]({G}/blob/{R}/master/notebooks!01_lora_phobert_sentiment.ipynb) – LoRA cho PhoBERT, phân loại cảm xúc (UIT-VSFC).
- [02_qlora_vistral_instruct.ipynb]({G}/blob/{R}/master/notebooks!02_qlora_vistral_instruct.ipynb) – QLoRA cho Vistral-7B trên A100 40 GB của lab.
- [03_so_sanh_peft.ipynb]({G}/blob/{R}/master/notebooks!03_so_sanh_peft.ipynb) – so sánh BitFit / LoRA / full fine-tune, kết quả trong `results/bang_so_sanh.csv`.

## Bài giảng & video

- [Hugging Face PEFT docs](https://huggingface.co/docs/peft/index)
- Seminar nội bộ 12/04/2024 “LoRA từ A đến Z” – slide ở [{G}/raw/{R}/master/slides!lora_tu_a_den_z.pdf]({G}/raw/{R}/master/slides!lora_tu_a_den_z.pdf)
- Khóa [CS224N](https://web.stanford.edu/class/cs224n/) – bài giảng về adaptation.

## Đóng góp

1. Clone kho: `git clone {G}/r/nlp/awesome-peft-vi.git`
2. Sửa `README.md`, giữ đúng định dạng: `**Tên viết tắt** – Tên đầy đủ của bài (Hội nghị Năm). [link]`.
3. Đẩy lên dưới dạng ticket: `git push origin HEAD:refs/for/new` – Gitblit sẽ tạo ticket mới, anh Khoa hoặc chị Thảo duyệt.

Giấy phép: [CC BY 4.0](https://creativecommons.org/licenses/by/4.0/deed.vi)
"""
write_only(F1418, s, keys(F1418))
