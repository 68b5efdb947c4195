#!/usr/bin/env python3
"""Builds digests/245_hayagriva_yaml_typst_bibliography_croatian_speech_thesis.yml: `literatura.yml`, the Hayagriva
bibliography of an (invented) Croatian master's thesis ("diplomski rad") written in Typst at a Zagreb faculty on
self-supervised speech representations, used as `#bibliography("literatura.yml", style: "ieee")`.

Layout, as Hayagriva's YAML format defines it: a mapping of citation keys to entries; each entry with `type` (article,
chapter, book, repository, web, thesis, video, blog), `title`, `author` (a flow list of "Family, Given" strings),
`date` (YYYY, YYYY-MM or YYYY-MM-DD), optional `page-range`, `url` (a string, or {value, date} with an access date),
`serial-number` (doi / arxiv / isbn), `editor`, `publisher`, `location`, `note`, and a nested `parent` (proceedings,
periodical, book) with its own title, volume, issue, publisher; Croatian `#` comments (file header, section markers,
TODOs). Two-space indentation, LF, a final newline; titles with ": " double-quoted.

Evidence: HuBERT's abs URL (an {value, date} url) (link); GLAT's and the fully-explored MLM paper's OpenReview forums
(link, OpenReview); `serial-number: {arxiv: "1706.03762"}` and `arxiv: "2006.03236"` (Attention, Funnel-Transformer)
(arxiv-text); deep belief nets (Neural Computation DOI), CTC (ICML DOI), Sentence-BERT (ACL Anthology URL and DOI),
Electric (EMNLP), and Tengyu Ma's "Why Do Local Methods Solve Nonconvex Problems?" (a chapter in a book)
(title-only). Non-papers in the same file: the Goodfellow–Bengio–Courville book, the fairseq and ESPnet repositories,
the Croatian Common Voice page, a PhD thesis, a lecture video, a blog post. Names, the faculty and the thesis are
invented."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from catalogue import check_no_distractor

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "245_hayagriva_yaml_typst_bibliography_croatian_speech_thesis.yml")

YML = '''# Literatura za diplomski rad „Samonadzirano učenje govornih reprezentacija za hrvatski jezik“
# Format: Hayagriva (Typst) — u main.typ: #bibliography("literatura.yml", style: "ieee")
# Ključevi: prezime prvog autora + godina + prva riječ naslova. Zadnja izmjena: 12. 3. 2024.

# ---------------------------------------------------------------------------------------------
# Poglavlje 2: temelji (duboke mreže, sekvence)
# ---------------------------------------------------------------------------------------------

hinton2006fast:
  type: article
  title: A Fast Learning Algorithm for Deep Belief Nets
  author: ["Hinton, Geoffrey E.", "Osindero, Simon", "Teh, Yee-Whye"]
  date: 2006-07
  page-range: 1527-1554
  serial-number:
    doi: 10.1162/neco.2006.18.7.1527
  parent:
    type: periodical
    title: Neural Computation
    volume: 18
    issue: 7

graves2006connectionist:
  type: article
  title: "Connectionist Temporal Classification: Labelling Unsegmented Sequence Data with Recurrent Neural Networks"
  author: ["Graves, Alex", "Fernández, Santiago", "Gomez, Faustino", "Schmidhuber, Jürgen"]
  date: 2006
  page-range: 369-376
  serial-number:
    doi: 10.1145/1143844.1143891
  parent:
    type: proceedings
    title: Proceedings of the 23rd International Conference on Machine Learning (ICML)
    publisher: ACM
    location: Pittsburgh, PA

goodfellow2016deep:
  type: book
  title: Deep Learning
  author: ["Goodfellow, Ian", "Bengio, Yoshua", "Courville, Aaron"]
  date: 2016
  publisher: MIT Press
  location: Cambridge, MA
  url: https://www.deeplearningbook.org

ma2021why:
  type: chapter
  title: Why Do Local Methods Solve Nonconvex Problems?
  author: "Ma, Tengyu"
  date: 2021
  parent:
    type: book
    title: "Beyond the Worst-Case Analysis of Algorithms"
    editor: "Roughgarden, Tim"
    publisher: Cambridge University Press
  # TODO: dodati raspon stranica kad dobijem knjigu iz knjižnice

# ---------------------------------------------------------------------------------------------
# Poglavlje 3: transformeri i predtreniranje
# ---------------------------------------------------------------------------------------------

vaswani2017attention:
  type: article
  title: Attention Is All You Need
  author: ["Vaswani, Ashish", "Shazeer, Noam", "Parmar, Niki", "Uszkoreit, Jakob", "Jones, Llion", "Gomez, Aidan N.", "Kaiser, Łukasz", "Polosukhin, Illia"]
  date: 2017
  page-range: 5998-6008
  serial-number:
    arxiv: "1706.03762"
  parent:
    type: proceedings
    title: Advances in Neural Information Processing Systems 30 (NIPS 2017)

alammar2018illustrated:
  type: blog
  title: The Illustrated Transformer
  author: "Alammar, Jay"
  date: 2018-06-27
  url:
    value: https://jalammar.github.io/illustrated-transformer/
    date: 2024-01-15

dai2020funnel:
  type: article
  title: "Funnel-Transformer: Filtering out Sequential Redundancy for Efficient Language Processing"
  author: ["Dai, Zihang", "Lai, Guokun", "Yang, Yiming", "Le, Quoc V."]
  date: 2020
  serial-number:
    arxiv: "2006.03236"
  parent:
    type: proceedings
    title: Advances in Neural Information Processing Systems 33 (NeurIPS 2020)
  note: koristim za usporedbu s pooling slojevima u poglavlju 5

clark2020electric:
  type: article
  title: Pre-Training Transformers as Energy-Based Cloze Models
  author: ["Clark, Kevin", "Luong, Minh-Thang", "Le, Quoc V.", "Manning, Christopher D."]
  date: 2020-11
  page-range: 285-294
  parent:
    type: proceedings
    title: Proceedings of the 2020 Conference on Empirical Methods in Natural Language Processing (EMNLP)
    publisher: Association for Computational Linguistics

zheng2020improving:
  type: article
  title: Improving Self-supervised Pre-training via a Fully-Explored Masked Language Model
  author: ["Zheng, Ming", "Shen, Dinghan", "Shen, Yelong", "Chen, Weizhu", "Xiao, Lin"]
  date: 2020
  url: https://openreview.net/forum?id=cYr2OPNyTz7
  note: rad predan na ICLR 2021, citiram verziju s OpenReviewa

reimers2019sentence:
  type: article
  title: "Sentence-BERT: Sentence Embeddings using Siamese BERT-Networks"
  author: ["Reimers, Nils", "Gurevych, Iryna"]
  date: 2019-11
  page-range: 3982-3992
  url: https://aclanthology.org/D19-1410/
  serial-number:
    doi: 10.18653/v1/D19-1410
  parent:
    type: proceedings
    title: Proceedings of EMNLP-IJCNLP 2019
    publisher: Association for Computational Linguistics
    location: Hong Kong, China

qian2021glancing:
  type: article
  title: Glancing Transformer for Non-Autoregressive Neural Machine Translation
  author: ["Qian, Lihua", "Zhou, Hao", "Bao, Yu", "Wang, Mingxuan", "Qiu, Lin", "Zhang, Weinan", "Yu, Yong", "Li, Lei"]
  date: 2021
  url: https://openreview.net/forum?id=ZaYZfu8pT_N
  parent:
    type: proceedings
    title: Proceedings of ACL-IJCNLP 2021
  note: objavljeno na ACL 2021; poveznica je na raniju verziju na OpenReviewu

# ---------------------------------------------------------------------------------------------
# Poglavlje 4: govor
# ---------------------------------------------------------------------------------------------

hsu2021hubert:
  type: article
  title: "HuBERT: Self-Supervised Speech Representation Learning by Masked Prediction of Hidden Units"
  author: ["Hsu, Wei-Ning", "Bolte, Benjamin", "Tsai, Yao-Hung Hubert", "Lakhotia, Kushal", "Salakhutdinov, Ruslan", "Mohamed, Abdelrahman"]
  date: 2021
  page-range: 3451-3460
  url:
    value: https://arxiv.org/abs/2106.07447
    date: 2024-02-20
  parent:
    type: periodical
    title: IEEE/ACM Transactions on Audio, Speech, and Language Processing
    volume: 29

ott2019fairseq:
  type: repository
  title: fairseq
  author: "Meta AI Research"
  date: 2019
  url: https://github.com/facebookresearch/fairseq
  note: korišteno za predtreniranje HuBERT modela (verzija 0.12.2)

watanabe2018espnet:
  type: repository
  title: ESPnet
  author: "ESPnet zajednica"
  url: https://github.com/espnet/espnet

mozilla2024commonvoice:
  type: web
  title: Common Voice — hrvatski
  author: "Mozilla Foundation"
  date: 2024
  url:
    value: https://commonvoice.mozilla.org/hr/datasets
    date: 2024-03-01

horvat2019prepoznavanje:
  type: thesis
  title: Prepoznavanje govora za hrvatski jezik zasnovano na dubokim neuronskim mrežama
  author: "Horvat, Marko"
  date: 2019
  publisher: Sveučilište u Zagrebu
  note: doktorska disertacija

stanford2023spoken:
  type: video
  title: "CS224S: Spoken Language Processing — Lecture 7: Self-supervised speech models"
  author: "Stanford University"
  date: 2023
  url: https://www.youtube.com/watch?v=Xr7vKz1bQ2c
'''


if __name__ == "__main__":
    check_no_distractor(YML, "245")
    open(OUT, "w", encoding="utf-8", newline="").write(YML)
    print(OUT, len(YML))
