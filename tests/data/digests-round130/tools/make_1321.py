#!/usr/bin/env python3
"""1321: a RIS export from Juris-M (Jurism, the multilingual Zotero variant) of a Japanese lab member's "AI for
science / speech" collection: Zotero's RIS writer (`TAG  - value` lines, CRLF, a blank line after each `ER  - `),
authors `Family, Given` (Japanese authors of a book in kanji), `DA  - YYYY/MM/DD/` with empty parts, `Y2` access
times, `KW` tags and child notes as `N1` with their HTML (`<p>…</p>`), in Japanese. Papers: arXiv abs / pdf URLs, an
`arXiv:` id in a note, titles alone (journal and proceedings records with DOIs or pages only); a Japanese textbook, a
software record, a dataset and a web page are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_only
from make_expected import F1321, keys, CTC, ALPHAFOLD


def au(key, n=None):
    out = []
    for a in authors(key)[:n]:
        p = a.split()
        out.append(f"AU  - {p[-1]}, {' '.join(p[:-1])}")
    return out


RECS = [
    ["TY  - JOUR", f"TI  - {T('2106.07447')}", *au("2106.07447"), "T2  - IEEE/ACM Transactions on Audio, Speech, and Language Processing",
     "DA  - 2021///", "PY  - 2021", "DP  - arXiv.org", "VL  - 29", "SP  - 3451", "EP  - 3460", "LA  - en",
     "UR  - https://arxiv.org/abs/2106.07447", "Y2  - 2024/02/26/05:41:12", "KW  - 音声", "KW  - 自己教師あり学習", "KW  - 輪読済み",
     "N1  - <p>2/29 の輪読で担当。k-means のクラスタを教師にする二段階の学習が要点。fairseq の実装で再現済み。</p>"],
    ["TY  - CONF", f"TI  - {CTC}", *au(CTC), "T2  - Proceedings of the 23rd International Conference on Machine Learning",
     "C1  - Pittsburgh, Pennsylvania, USA", "DA  - 2006/06/25/", "PY  - 2006", "DO  - 10.1145/1143844.1143891",
     "SP  - 369", "EP  - 376", "PB  - Association for Computing Machinery", "LA  - en", "KW  - 音声", "KW  - 古典",
     "N1  - <p>HuBERT の下流タスク(ASR)の損失として参照。PDF は研究室の共有ドライブ「音声/古典」にあり。</p>"],
    ["TY  - JOUR", f"TI  - {ALPHAFOLD}", *au(ALPHAFOLD), "T2  - Nature", "DA  - 2021/08//", "PY  - 2021",
     "DO  - 10.1038/s41586-021-03819-2", "DP  - www.nature.com", "VL  - 596", "IS  - 7873", "SP  - 583", "EP  - 589",
     "LA  - en", "SN  - 1476-4687", "UR  - https://www.nature.com/articles/s41586-021-03819-2", "Y2  - 2024/03/01/02:10:33",
     "KW  - タンパク質", "KW  - 科学計算", "N1  - <p>Supplementary Information の 1.6 節(Evoformer)だけ読む。</p>"],
    ["TY  - CONF", f"TI  - {T('2010.08895')}", *au("2010.08895"), "T2  - International Conference on Learning Representations",
     "DA  - 2021///", "PY  - 2021", "DP  - arXiv.org", "LA  - en", "UR  - https://arxiv.org/pdf/2010.08895.pdf",
     "Y2  - 2024/03/04/07:55:20", "KW  - 科学計算", "KW  - 偏微分方程式", "KW  - 輪読済み",
     "N1  - <p>FNO。ナビエ・ストークス方程式の実験を neuraloperator ライブラリで追試中(粘性 1e-4 で誤差が大きい)。</p>"],
    ["TY  - CONF", f"TI  - {T('2010.03409')}", *au("2010.03409"), "T2  - International Conference on Learning Representations",
     "DA  - 2021///", "PY  - 2021", "LA  - en", "KW  - 科学計算", "KW  - グラフ",
     "N1  - <p>MeshGraphNets。読んだのは arXiv:2010.03409 の v4。コードは GitHub の deepmind-research/meshgraphnets(TensorFlow 1)。</p>"],
    ["TY  - CONF", f"TI  - {T('2106.05234')}", *au("2106.05234"), "T2  - Advances in Neural Information Processing Systems",
     "DA  - 2021///", "PY  - 2021", "DP  - arXiv.org", "VL  - 34", "LA  - en", "UR  - https://arxiv.org/abs/2106.05234",
     "Y2  - 2024/03/05/01:02:47", "KW  - グラフ", "KW  - 未読", "N1  - <p>Graphormer。OGB-LSC の PCQM4M で 1 位だったモデル。</p>"],
    ["TY  - CONF", f"TI  - {T('2111.04263')}", *au("2111.04263"), "T2  - International Conference on Learning Representations",
     "DA  - 2021///", "PY  - 2021", "LA  - en", "KW  - 連合学習", "KW  - 未読",
     "N1  - <p>FedDyn。来月の共同研究の打ち合わせ前に読む(連合学習で分子データを扱う案)。</p>"],
    ["TY  - CONF", f"TI  - {T('2010.00554')}", *au("2010.00554"), "T2  - International Conference on Learning Representations",
     "DA  - 2021///", "PY  - 2021", "LA  - en", "KW  - 最適化", "KW  - 未読",
     "N1  - <p>EigenGame。PCA をゲームとして解く話。スペクトル法の勉強会の候補。</p>"],
    ["TY  - BOOK", "TI  - 深層学習 改訂第2版", "AU  - 岡谷, 貴之", "CY  - 東京", "DA  - 2022/01/17/", "PY  - 2022",
     "SP  - 384", "PB  - 講談社", "SN  - 978-4-06-513332-3", "LA  - ja", "KW  - 教科書", "T3  - 機械学習プロフェッショナルシリーズ"],
    ["TY  - COMP", "TI  - ESPnet: end-to-end speech processing toolkit", "AU  - ESPnet contributors", "DA  - 2024///",
     "PY  - 2024", "ET  - v.202402", "UR  - https://github.com/espnet/espnet", "Y2  - 2024/03/06/08:30:00", "KW  - 音声",
     "KW  - ソフトウェア"],
    ["TY  - DATA", "TI  - 研究室 分子動力学シミュレーション軌跡データセット(md-traj-2023)", "AU  - 計算科学研究室",
     "DA  - 2023/12//", "PY  - 2023", "UR  - https://data.keisan-lab.example.ac.jp/datasets/md-traj-2023",
     "Y2  - 2024/03/06/08:41:19", "KW  - 科学計算", "KW  - データセット"],
    ["TY  - ELEC", "TI  - ニューラルオペレータ入門(研究室ブログ)", "AU  - 田村, 健", "DA  - 2024/02/20/", "PY  - 2024",
     "UR  - https://keisan-lab.example.ac.jp/blog/2024/02/neural-operator-intro/", "Y2  - 2024/03/06/09:02:55",
     "KW  - 科学計算", "KW  - ブログ"],
]
text = "".join("\r\n".join(r + ["ER  - "]) + "\r\n\r\n" for r in RECS)
write_only(F1321, text, keys(F1321))
