#!/usr/bin/env python3
"""492: a Jupyter Book `_toc.yml` (format: jb-book) for a Chinese lecture book on NLP pre-training: root, parts with
captions, chapters with file / title, sections, external `url` entries with titles, `numbered` / `maxdepth`
options, Chinese comments. Papers: external url entries to arXiv abs pages (link), "arXiv:ID" in comments
(arxiv-text), chapter titles naming the paper with the ACL Anthology / venue in a comment or nothing (title-only).
Not papers: the sentencepiece and transformers repositories, the HF course, a Bilibili lecture video, the CLUE
leaderboard, the book's own chapters."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F492, keys

text = f'''# 《预训练语言模型：从 seq2seq 到检索增强》课程讲义目录
# Jupyter Book 目录文件，语法见 https://jupyterbook.org/en/stable/structure/toc.html
# 构建：jupyter-book build book/ ；发布：ghp-import -n -p -f book/_build/html
# 维护：课程助教 周子涵、Lucas Meyer（有问题在课程群里 @ 我们）
# 约定：每章 notebook 对应一篇论文，章标题直接用论文标题，便于学生检索原文。
format: jb-book
root: intro
options:
  numbered: true
parts:
  - caption: 第一部分 序列到序列与子词
    chapters:
      - file: chapters/01_seq2seq/index
        title: "{T("1409.3215")}"
        sections:
          - file: chapters/01_seq2seq/lstm_encoder_decoder
          - file: chapters/01_seq2seq/beam_search
          - url: https://arxiv.org/abs/1409.3215
            title: 原文（NIPS 2014）
      # 下一章对应 ACL 2016 的 BPE 论文，PDF 在 ACL Anthology；代码练习用 sentencepiece
      - file: chapters/02_subword/index
        title: "{T("1508.07909")}"
        sections:
          - file: chapters/02_subword/bpe_from_scratch
          - url: https://github.com/google/sentencepiece
            title: sentencepiece 仓库（练习用）
  - caption: 第二部分 预训练与微调
    chapters:
      # ULMFiT（ACL 2018），三阶段：通用 LM 预训练 → 目标领域 LM 微调 → 分类器微调
      - file: chapters/03_ulmfit/index
        title: "{T("1801.06146")}"
      # 原文 arXiv:1810.04805（NAACL 2019）
      - file: chapters/04_bert/index
        title: "{T("1810.04805")}"
        sections:
          - file: chapters/04_bert/mlm_nsp
          - file: chapters/04_bert/finetune_clue
          - url: https://www.cluebenchmarks.com/rank.html
            title: CLUE 排行榜（作业用）
      # 对应论文：arXiv:1907.11692
      - file: chapters/05_roberta/index
        title: "{T("1907.11692")}"
      - file: chapters/06_xlmr/index
        title: "{T("1911.02116")}"
        sections:
          - file: chapters/06_xlmr/cc100_data
          - file: chapters/06_xlmr/zero_shot_transfer
  - caption: 第三部分 检索与知识
    chapters:
      - file: chapters/07_realm/index
        title: "{T("2002.08909")}"
        sections:
          - url: https://arxiv.org/abs/2002.08909
            title: 原文
          - file: chapters/07_realm/mips_index
      # GENRE：ICLR 2021，用 seq2seq 直接生成实体名
      - file: chapters/08_genre/index
        title: "{T("2010.00904")}"
  - caption: 附录
    numbered: false
    chapters:
      - file: appendix/env_setup
        title: 环境配置（transformers 4.40 / PyTorch 2.3）
      - url: https://huggingface.co/learn/nlp-course/zh-CN/chapter1/1
        title: Hugging Face NLP 课程（中文版）
      - url: https://www.bilibili.com/video/BV1example
        title: 课程录像（B 站）
      - file: appendix/bibliography
        title: 参考文献
'''
write_only(F492, text, keys(F492))
