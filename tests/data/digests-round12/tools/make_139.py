#!/usr/bin/env python3
"""Builds digests/139_endnote_refer_export_peft_quantization.enw: an EndNote 21 (Windows) library
("PEFT-quant.enl") exported with the "Refer Export" output style, as a thesis student sends it to a co-author.

Written as that export looks: UTF-8 with a byte-order mark, CRLF line ends, one tag per line (`%0` reference type
first, then `%A` authors as "Last, First", `%T`, `%D`, `%J` / `%B` / `%S`, `%E` editors, `%V` `%N` `%P`, `%I` `%C`,
`%8` date, `%@` ISBN/ISSN, `%R` DOI, `%U` URL, `%X` abstract on one long line, `%K` one keyword per line, `%Z` notes,
`%F` label, `%1`/`%4` custom fields, `%G` language, `%W`/`%~` database provider and name, `%>` the attached PDF as
an `internal-pdf://` path, `%7` edition/version, `%9` type of work, `%!` short title), records separated by one empty
line. Two records came in through Google Scholar's "Import into EndNote" and keep Scholar's sentence-case titles
("Gptq: Accurate post-training…") and its `%J arXiv preprint arXiv:ID`. Non-papers: a Computer Program, a Web Page,
a Book, a Thesis, an Audiovisual Material record, a Dataset and a Generic note."""
import os

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "139_endnote_refer_export_peft_quantization.enw")

RECORDS = r"""
%0 Conference Proceedings
%A Houlsby, Neil
%A Giurgiu, Andrei
%A Jastrzebski, Stanislaw
%A Morrone, Bruna
%A de Laroussilhe, Quentin
%A Gesmundo, Andrea
%A Attariyan, Mona
%A Gelly, Sylvain
%T Parameter-Efficient Transfer Learning for NLP
%B Proceedings of the 36th International Conference on Machine Learning
%E Chaudhuri, Kamalika
%E Salakhutdinov, Ruslan
%S Proceedings of Machine Learning Research
%V 97
%P 2790-2799
%I PMLR
%C Long Beach, California, USA
%D 2019
%U https://proceedings.mlr.press/v97/houlsby19a.html
%K adapters
%K peft
%K ch2-background
%Z Adapters. Bottleneck after attention and after FFN, ~3.6% params per task on GLUE. The baseline everybody compares against ("Houlsby adapters" in the LoRA tables).
%F Houlsby2019
%1 read
%4 ★★★★
%> internal-pdf://0412518810/Houlsby-2019-Parameter-Efficient Transfer Lear.pdf

%0 Journal Article
%A Li, Xiang Lisa
%A Liang, Percy
%T Prefix-tuning: Optimizing continuous prompts for generation
%J arXiv preprint arXiv:2101.00190
%D 2021
%K peft
%K prompts
%Z Imported from Google Scholar (title case lost). Published at ACL-IJCNLP 2021 - cite the ACL version in the thesis, the table-to-text numbers differ slightly.
%F li2021prefix

%0 Conference Proceedings
%A Lester, Brian
%A Al-Rfou, Rami
%A Constant, Noah
%T The Power of Scale for Parameter-Efficient Prompt Tuning
%B Proceedings of the 2021 Conference on Empirical Methods in Natural Language Processing
%I Association for Computational Linguistics
%C Online and Punta Cana, Dominican Republic
%P 3045-3059
%D 2021
%8 November
%R 10.18653/v1/2021.emnlp-main.243
%U https://aclanthology.org/2021.emnlp-main.243
%K peft
%K prompts
%Z "Prompt tuning". Soft prompts only, gap to full FT closes at ~10B (T5-XXL). Figure 1 is the one to reuse.
%F Lester2021
%1 read
%G English
%> internal-pdf://2239917004/Lester-2021-The Power of Scale for Parameter.pdf

%0 Electronic Article
%A Hu, Edward J.
%A Shen, Yelong
%A Wallis, Phillip
%A Allen-Zhu, Zeyuan
%A Li, Yuanzhi
%A Wang, Shean
%A Wang, Lu
%A Chen, Weizhu
%T LoRA: Low-Rank Adaptation of Large Language Models
%D 2021
%8 2021-06-17
%R 10.48550/arXiv.2106.09685
%X We freeze the pretrained weights and add trainable rank-decomposition matrices to the attention projections; on GPT-3 175B this reduces trainable parameters 10,000 times and GPU memory 3 times, with no extra inference latency.
%K Computer Science - Computation and Language
%K Computer Science - Artificial Intelligence
%K Computer Science - Machine Learning
%K peft
%K lora
%Z v2 (Oct 2021) is the ICLR 2022 camera-ready. Rank r=4/8 on W_q, W_v is enough for GPT-3 (Table 6).
%F Hu2021
%W arXiv.org
%~ arXiv
%1 read
%4 ★★★★★
%> internal-pdf://1873301926/Hu-2021-LoRA_ Low-Rank Adaptation of Large La.pdf

%0 Conference Proceedings
%A Ben Zaken, Elad
%A Ravfogel, Shauli
%A Goldberg, Yoav
%T BitFit: Simple Parameter-efficient Fine-tuning for Transformer-based Masked Language-models
%B Proceedings of the 60th Annual Meeting of the Association for Computational Linguistics (Volume 2: Short Papers)
%I Association for Computational Linguistics
%C Dublin, Ireland
%P 1-9
%D 2022
%8 May
%R 10.18653/v1/2022.acl-short.1
%K peft
%Z Bias terms only (0.08% of BERT-large). Nice negative control for the rank experiments.
%F BenZaken2022

%0 Conference Paper
%A He, Junxian
%A Zhou, Chunting
%A Ma, Xuezhe
%A Berg-Kirkpatrick, Taylor
%A Neubig, Graham
%T Towards a Unified View of Parameter-Efficient Transfer Learning
%B International Conference on Learning Representations
%D 2022
%U https://openreview.net/forum?id=0RDcd5Axok
%K peft
%K ch2-background
%Z ICLR 2022 spotlight. Parallel adapter / "mix-and-match" (MAM). Section 3 is the unified view; the derivation of prefix tuning as gated attention is eq. 7.
%F He2022
%1 read

%0 Journal Article
%A Liu, Haokun
%A Tam, Derek
%A Muqeeth, Mohammed
%A Mohta, Jay
%A Huang, Tenghao
%A Bansal, Mohit
%A Raffel, Colin
%T Few-Shot Parameter-Efficient Fine-Tuning is Better and Cheaper than In-Context Learning
%J Advances in Neural Information Processing Systems
%V 35
%D 2022
%U https://arxiv.org/pdf/2205.05638.pdf
%K peft
%K few-shot
%Z (IA)^3 and the T-Few recipe. Table 1 FLOPs comparison vs. ICL is what reviewer 2 asked for.
%F Liu2022
%> internal-pdf://3360785117/Liu-2022-Few-Shot Parameter-Efficient Fine-T.pdf

%0 Journal Article
%A Liu, Xiao
%A Zheng, Yanan
%A Du, Zhengxiao
%A Ding, Ming
%A Qian, Yujie
%A Yang, Zhilin
%A Tang, Jie
%T GPT Understands, Too
%J AI Open
%D 2023
%K peft
%K prompts
%Z "P-tuning" (v1): trainable continuous prompt embeddings through an LSTM prompt encoder. Not the same as P-tuning v2, which we do not have in the library yet. Journal version - the 2021 preprint had different LAMA numbers.
%F Liu2023

%0 Electronic Article
%A Dettmers, Tim
%A Pagnoni, Artidoro
%A Holtzman, Ari
%A Zettlemoyer, Luke
%T QLoRA: Efficient Finetuning of Quantized LLMs
%D 2023
%8 2023-05-23
%U http://arxiv.org/abs/2305.14314
%X A 4-bit NormalFloat base model stays frozen while gradients flow into LoRA adapters; double quantization and paged optimizers let a 65B model be fine-tuned on a single 48 GB GPU.
%K Computer Science - Machine Learning
%K quantization
%K lora
%Z NF4 + double quant + paged AdamW. Guanaco results are less interesting for us than Table 3 (NF4 vs FP4 vs Int4).
%F Dettmers2023
%W arXiv.org
%~ arXiv
%1 read
%4 ★★★★★

%0 Journal Article
%A Dettmers, Tim
%A Lewis, Mike
%A Belkada, Younes
%A Zettlemoyer, Luke
%T LLM.int8(): 8-bit Matrix Multiplication for Transformers at Scale
%J Advances in Neural Information Processing Systems
%V 35
%D 2022
%K quantization
%Z Outlier features from ~6.7B params on; vector-wise quantization + mixed-precision decomposition. The bitsandbytes library implements it (see the software record).
%F Dettmers2022

%0 Journal Article
%A Frantar, Elias
%A Ashkboos, Saleh
%A Hoefler, Torsten
%A Alistarh, Dan
%T Gptq: Accurate post-training quantization for generative pre-trained transformers
%J arXiv preprint arXiv:2210.17323
%D 2022
%K quantization
%Z Imported from Google Scholar. One-shot OBQ-style, 3-4 bit. ICLR 2023 version exists - update before submission.
%F frantar2022gptq

%0 Conference Paper
%A Loshchilov, Ilya
%A Hutter, Frank
%T Decoupled Weight Decay Regularization
%B International Conference on Learning Representations
%D 2019
%K optimization
%Z AdamW. Needed for the paged-optimizer paragraph (paged AdamW in the QLoRA setup is just AdamW with paged states).
%F Loshchilov2019

%0 Computer Program
%A Mangrulkar, Sourab
%A Gugger, Sylvain
%A Debut, Lysandre
%A Belkada, Younes
%A Paul, Sayak
%A Bossan, Benjamin
%T PEFT: State-of-the-art Parameter-Efficient Fine-Tuning methods
%D 2022
%7 0.9.0
%I Hugging Face
%U https://github.com/huggingface/peft
%K software
%Z The version we pinned for all experiments (0.9.0, Feb 2024). LoraConfig(r=8, lora_alpha=16, target_modules=["q_proj","v_proj"]).
%F peft2022

%0 Computer Program
%A Dettmers, Tim
%T bitsandbytes
%D 2021
%7 0.42.0
%U https://github.com/TimDettmers/bitsandbytes
%K software
%K quantization
%Z 8-bit optimizers and the Int8/NF4 kernels.

%0 Web Page
%A Okonkwo, Chidera
%T Choosing the LoRA rank without a grid search
%D 2023
%8 2023-11-02
%I Sparse Thoughts (blog)
%U https://sparsethoughts.example.net/posts/lora-rank/
%K blog
%Z Blog post, not peer reviewed. Good intuition for the "intrinsic rank" argument; do not cite in the thesis.

%0 Book
%A Tunstall, Lewis
%A von Werra, Leandro
%A Wolf, Thomas
%T Natural Language Processing with Transformers
%7 Revised edition
%I O'Reilly Media
%C Sebastopol, CA
%D 2022
%K textbook
%Z Chapter 8 (making transformers efficient) for the quantization background paragraph.

%0 Thesis
%A Lindgren, Martina
%T Memory-efficient adaptation of large language models
%I Universität Rosenau, Fakultät für Informatik
%C Rosenau
%D 2023
%9 Master's thesis
%K ch2-background
%Z Martina's MSc thesis - her chapter 3 replicates QLoRA on 7B with our cluster settings.

%0 Audiovisual Material
%A Rossi, Davide
%T 4-bit fine-tuning in practice (reading-group talk)
%D 2024
%8 2024-02-08
%U https://www.youtube.com/watch?v=Qx3fT0b9pLw
%K talk
%Z Recording of Davide's talk: QLoRA vs. GPTQ+LoRA, paged optimizers, the NF4 data type. Slides on the group drive.

%0 Dataset
%T alpaca-cleaned
%I Hugging Face Datasets
%D 2023
%U https://huggingface.co/datasets/yahma/alpaca-cleaned
%K data
%Z Instruction data used in all fine-tuning runs (51,760 examples after our dedup).

%0 Generic
%A Lindgren, Martina
%T Reading group notes, 14 March 2024: LoRA vs DoRA vs VeRA
%D 2024
%K notes
%Z Not a paper - our own notes. DoRA (magnitude/direction split) beats LoRA at r=8 on our commonsense set by 1.1 points; VeRA not reproduced yet. Prompt tuning vs P-tuning v2 discussion postponed.
"""

lines = RECORDS.strip("\n").split("\n")
data = "\ufeff" + "\r\n".join(lines) + "\r\n"
with open(OUT, "w", encoding="utf-8", newline="") as f:
    f.write(data)
print("wrote", OUT)
