#!/usr/bin/env python3
"""Builds digests/115_semantic_scholar_export_graphs.tsv: a Semantic Scholar library folder exported to a
spreadsheet and saved as tab-separated values with Python's csv module (excel-tab dialect: only cells holding a tab,
a quote or a newline are quoted, quotes inside cells are doubled). Columns: Title, Authors, Year, Venue, Citations,
URL, arXiv ID. URL is a Semantic Scholar page, a DOI, or an arXiv URL; the arXiv ID column is often empty."""
import csv, os

S2 = "https://www.semanticscholar.org/paper/"
rows = [
    ["Title", "Authors", "Year", "Venue", "Citations", "URL", "arXiv ID"],
    ["Do Transformers Really Perform Bad for Graph Representation?",
     "Chengxuan Ying, Tianle Cai, Shengjie Luo, Shuxin Zheng, Guolin Ke, Di He, Yanming Shen, Tie-Yan Liu", "2021",
     "Neural Information Processing Systems", "1012", S2 + "5a1f3c8d9e2b47f0a6c1d8e4b3f2a7c9d0e1f6b5", "2106.05234"],
    ["Learning Mesh-Based Simulation with Graph Networks",
     "T. Pfaff, Meire Fortunato, Alvaro Sanchez-Gonzalez, P. Battaglia", "2020",
     "International Conference on Learning Representations", "744", "https://arxiv.org/abs/2010.03409", ""],
    ["Fourier Neural Operator for Parametric\nPartial Differential Equations",
     "Zong-Yi Li, Nikola B. Kovachki, K. Azizzadenesheli, Burigede Liu, K. Bhattacharya, Andrew M. Stuart, Anima Anandkumar",
     "2020", "International Conference on Learning Representations", "2187",
     S2 + "b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6", ""],
    ["Complex Query Answering with Neural Link Predictors",
     "Erik Arakelyan, Daniel Daza, Pasquale Minervini, Michael Cochez", "2020",
     "International Conference on Learning Representations", "132", S2 + "9f8e7d6c5b4a39281706f5e4d3c2b1a098f7e6d5",
     "2011.03459"],
    ["Graph Representation Learning", "William L. Hamilton", "2020",
     "Synthesis Lectures on Artificial Intelligence and Machine Learning", "", "https://doi.org/10.2200/S01045ED1V01Y202009AIM046", ""],
    ["Attention is Not Only a Weight: Analyzing Transformers with Vector Norms",
     "Goro Kobayashi, Tatsuki Kuribayashi, Sho Yokoi, Kentaro Inui", "2020",
     "Conference on Empirical Methods in Natural Language Processing", "187",
     S2 + "0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d", ""],
    ["Dodrio: Exploring Transformer Models with Interactive Visualization",
     'Zijie J. Wang, Robert Turko, Duen Horng "Polo" Chau', "2021",
     "Annual Meeting of the Association for Computational Linguistics", "61",
     S2 + "e1d2c3b4a5968778695a4b3c2d1e0f9a8b7c6d5e", "2103.14625"],
    ["HuggingFace's Transformers: State-of-the-art Natural Language Processing",
     "Thomas Wolf, Lysandre Debut, Victor Sanh, Julien Chaumond, Clement Delangue, Anthony Moi, Pierric Cistac, Tim Rault, "
     "Rémi Louf, Morgan Funtowicz, Jamie Brew", "2019", "arXiv.org", "1836", S2 + "1fa9ed2bea208511ae698a967875e943049f16b6",
     "1910.03771"],
    ["MedSelect: Selective Labeling for Medical Image Classification Combining Meta-Learning with Deep Reinforcement Learning",
     "Akshay Smit, D. Vrabac, Yujie He, A. Ng, Andrew L. Beam, P. Rajpurkar", "2021", "arXiv.org", "9",
     "https://arxiv.org/abs/2103.14339v1", ""],
    ["Few-Shot Human Motion Transfer by Personalized Geometry and Texture Modeling",
     "Zhichao Huang, Xintong Han, Jia Xu, Tong Zhang", "2021", "Computer Vision and Pattern Recognition", "38",
     S2 + "77a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8", ""],
    ["Deep Learning", "Ian Goodfellow, Yoshua Bengio, Aaron Courville", "2016", "MIT Press (book)", "",
     "https://www.deeplearningbook.org/", ""],
    ["Gradient-Based Learning Applied to Document Recognition",
     "Yann LeCun, L. Bottou, Yoshua Bengio, P. Haffner", "1998", "Proceedings of the IEEE", "52871",
     "https://doi.org/10.1109/5.726791", ""],
    ["Rethinking Architecture Selection in Differentiable NAS",
     "Ruochen Wang, Minhao Cheng, Xiangning Chen, Xiaocheng Tang, Cho-Jui Hsieh", "2021",
     "International Conference on Learning Representations", "112", "https://arxiv.org/pdf/2108.04392.pdf", ""],
    ["Pattern Recognition and Machine Learning", "Christopher M. Bishop", "2006", "Springer (Information Science and Statistics)",
     "", "", ""],
    ["PyTorch Geometric (torch_geometric) — library docs", "", "", "", "", "https://pytorch-geometric.readthedocs.io/", ""],
    ["", "", "", "", "", "", ""],
]
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
with open(os.path.join(root, "digests", "115_semantic_scholar_export_graphs.tsv"), "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh, dialect="excel-tab", lineterminator="\r\n")
    w.writerows(rows)
