#!/usr/bin/env python3
"""1952: a Japanese lab's Snapcraft recipe (`snap/snapcraft.yaml`) for its NLP toolkit: name, base, version, summary,
a `description: |` block citing the papers the toolkit implements, grade, confinement, license, website, apps, two
parts (python plugin, python-packages, build-packages, stage-packages, override-build), comments — arXiv links
(`/abs/`, `/pdf/`, `http://…v5`), an OpenReview forum link, one id in text (arxiv-text), three titles alone (a
comment and the description) — and non-papers (repositories, a dataset, a book, a talk, docs). Two-space indentation,
LF, a final newline."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(1952)


def build():
    L = [
        "# snap/snapcraft.yaml — kotoba-kit (研究室の日本語 NLP ツールキット)",
        "# メンテナ: 佐藤 美咲 <misaki.sato@nlp-lab.example.jp>",
        "# ビルド: snapcraft --use-lxd   (ドキュメント: https://snapcraft.io/docs/python-plugin ← 論文ではない)",
        "name: kotoba-kit",
        "base: core22",
        "version: '0.9.2'",
        "summary: Japanese NLP toolkit (translation, embeddings) from the Sato lab",
        "description: |",
        "  kotoba-kit は研究室で再実装したモデルをまとめたツールキットです。",
        "  実装済みの手法と、その元になった論文:",
        "",
        "  - 翻訳: " + T("2008.07905"),
        "    https://openreview.net/forum?id=" + OR("2008.07905"),
        "  - テキスト生成 (T5 形式): " + T("1910.10683"),
        "    https://arxiv.org/abs/1910.10683",
        "  - 要約 (BART 形式): " + T("1910.13461"),
        "    https://arxiv.org/pdf/1910.13461",
        "  - 単語ベクトル: " + T("1301.3781") + " (arXiv 1301.3781)",
        "",
        "  モデルの読み込みは " + T("1910.03771"),
        "  (http://arxiv.org/abs/1910.03771v5) のライブラリを使っています。",
        "  データセット JParaCrawl は同梱していません。",
        "grade: stable",
        "confinement: strict",
        "license: Apache-2.0",
        "website: https://nlp-lab.example.jp/kotoba-kit",
        "source-code: https://git.nlp-lab.example.jp/sato/kotoba-kit",
        "",
        "# v1.0 で入れたいもの (まだ実装していない):",
        "#   " + T("2104.08691"),
        "#   " + T("2402.09353"),
        "#   " + T("1802.05365") + " — 比較用",
        "# 参考書籍: 『自然言語処理の基礎』(書籍) / 勉強会の録画: https://video.nlp-lab.example.jp/benkyokai/2024-05",
        "",
        "apps:",
        "  kotoba:",
        "    command: bin/kotoba",
        "    plugs:",
        "      - home",
        "      - network",
        "  kotoba-translate:",
        "    command: bin/kotoba-translate",
        "    plugs:",
        "      - home",
        "      - network",
        "      - removable-media",
        "",
        "parts:",
        "  kotoba-kit:",
        "    plugin: python",
        "    source: .",
        "    python-packages:",
        "      - torch==2.2.1",
        "      - transformers==4.38.2",
        "      - sentencepiece==0.2.0",
        "      - fugashi==1.3.0",
        "      - unidic-lite==1.0.8",
        "    build-packages:",
        "      - build-essential",
        "      - pkg-config",
        "    stage-packages:",
        "      - libgomp1",
        "  models:",
        "    plugin: dump",
        "    source: https://models.nlp-lab.example.jp/kotoba-kit/models-0.9.tar.gz",
        "    source-checksum: sha256/" + __import__("hashlib").sha256(b"models-0.9.tar.gz").hexdigest(),
        "    organize:",
        "      '*': models/",
        "    override-build: |",
        "      craftctl default",
        "      rm -f $CRAFT_PART_INSTALL/models/*.tmp",
        "",
    ]
    return "\n".join(L)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
