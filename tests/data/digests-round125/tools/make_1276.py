#!/usr/bin/env python3
"""1276 (negative): `jj log` output (Japanese): a Kyoto-like course's teaching assistant keeps the exercise repository
of a machine-learning course (機械学習演習) in a colocated Jujutsu (jj) repository and pasted `jj log` into the TAs'
chat. jj's default log template: a graph column (`@` the working copy, `◉` mutable commits, `◆` immutable ones, `│`,
`├─╮` / `├─╯` for a merge, `~` for elided history), then the change id (8 letters k–z), the author's e-mail, the
timestamp, bookmarks (`main*`, `main@origin`), tags, `HEAD@git`, the commit id (8 hex), and on the next line the
description's first line, `(empty)`, `(no description set)`. The commits speak of lectures, slides, datasets,
libraries and versions, a book, a lecture video, a Kaggle competition and pull requests: no paper, nothing
arXiv-shaped."""
import hashlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import F1276

K = "klmnopqrstuvwxyz"


def cid(seed):
    h = hashlib.sha1(("change:" + seed).encode()).digest()
    return "".join(K[b % 16] for b in h[:8])


def commit(seed):
    return hashlib.sha1(("commit:" + seed).encode()).hexdigest()[:8]


T_, Y_, S_ = "tanaka.kenta@ml-enshu.example.ac.jp", "yamada.saki@ml-enshu.example.ac.jp", "suzuki.ren@ml-enshu.example.ac.jp"
rows = [  # graph node line prefix, graph desc line prefix, seed, author, time, refs, description
 ("@  ", "│  ", "wc", T_, "2024-05-14 10:21:07", "", "(empty) (no description set)"),
 ("◉  ", "│  ", "w5", T_, "2024-05-14 10:20:51", "main* HEAD@git", "第5回: Transformer 実装課題のテンプレートを追加（解答は solutions ブランチ）"),
 ("◉  ", "│  ", "guest", S_, "2024-05-14 09:12:36", "", "syllabus.md: 第6回ゲスト講演（松本 彩 さん「MLOps の現場から」, 5/28 13:30, 総合研究棟 201）を追加"),
 ("◉  ", "│  ", "jaxfix", Y_, "2024-05-13 21:47:02", "", "fix #11: Colab で jax 0.4.26 が入らない問題（jax[cuda12] に変更、notebooks/06_jax_intro.ipynb）"),
 ("◉    ", "├─╮  ", "merge14", Y_, "2024-05-13 18:02:44", "", "Merge pull request #14 from yamada-s/fix-cifar-loader"),
 ("│ ◉  ", "│ │  ", "cifar", Y_, "2024-05-13 17:40:09", "", "CIFAR-10 ローダーの正規化値を修正（mean/std を torchvision の値に合わせた）"),
 ("◉ │  ", "├─╯  ", "slides4", S_, "2024-05-12 22:15:30", "", "第4回スライド差し替え: 誤差逆伝播の計算グラフの図を修正"),
 ("◉  ", "│  ", "req", T_, "2024-05-10 09:03:12", "", "requirements.txt: torch 2.3.0 / torchvision 0.18.0 / scikit-learn 1.4.2 に更新"),
 ("◆  ", "│  ", "w4", T_, "2024-05-07 16:48:05", "main@origin", "第4回: CNN 課題（MNIST → CIFAR-10）と自動採点スクリプト grade.py"),
 ("◆  ", "│  ", "readme", S_, "2024-05-02 11:27:58", "w3", "README: 参考書『ゼロから作るDeep Learning』と d2l.ai（日本語版）へのリンクを追加"),
 ("◆  ", "│  ", "video3", T_, "2024-04-30 20:10:41", "", "第3回: 講義動画（YouTube 限定公開）のリンクを syllabus.md に追加"),
 ("◆  ", "│  ", "faq", S_, "2024-04-28 13:05:47", "", "FAQ: Kaggle「Digit Recognizer」のリーダーボードの見方と提出回数の上限（1 日 5 回）を追記"),
 ("◆  ", "│  ", "uci", T_, "2024-04-27 10:44:20", "", "data/: UCI Adult データセットの取得スクリプト fetch_adult.py（ミラー切れ対策で Zenodo 版も）"),
 ("◆  ", "│  ", "docs", Y_, "2024-04-26 18:20:03", "", "docs: PyTorch 公式チュートリアル「60 分ブリッツ」と scikit-learn ユーザーガイドへのリンク"),
 ("◆  ", "~  ", "kaggle", Y_, "2024-04-25 15:33:19", "", "Kaggle「Titanic」の提出手順を説明する notebook を追加"),
]
out = ["tanaka@enshu-ta:~/ml-enshu-2024$ jj log"]
for node, descp, seed, who, when, refs, desc in rows:
    parts = [cid(seed), who, when] + ([refs] if refs else []) + [commit(seed)]
    out.append(node + " ".join(parts))
    out.append(descp + desc)
out.append("tanaka@enshu-ta:~/ml-enshu-2024$ ")
text = "\n".join(out) + "\n"
write(F1276, text, negative=True)
