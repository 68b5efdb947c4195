#!/usr/bin/env python3
"""2149: an SGF game record (FF[4], `kifu-kentou.sgf`, as Sabaki saves it: a root node with GM / FF / CA / AP / SZ / KM
/ PB / PW / DT / GN / EV / PC / C, then one node per move with B[] / W[] and review comments in C[…], one variation)
of an invented Japanese agents reading group reviewing a KataGo game and annotating moves with papers: an OpenReview
forum link and arXiv links (`/abs/`, `/pdf/…v2`, `http://`) in comments, one `arXiv:2204.01691` in a comment, titles
alone in comments; non-papers (KataGo, a book, the repository, a talk). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only, OR
from make_expected import keys, by_num

F = by_num(2149)
TXT = fill(r'''(;GM[1]FF[4]CA[UTF-8]AP[Sabaki:0.52.2]SZ[19]KM[6.5]RU[Japanese]
PB[KataGo b18 (1000 visits)]PW[佐藤 遥]DT[2024-04-13]
GN[エージェント輪読会 第7回 検討碁]EV[エージェント輪読会]PC[東棟 3F セミナー室]
C[検討: 佐藤 遥 <haruka.sato@igo-agent.example.jp>
棋譜とメモ: https://github.com/igo-agent/kifu-notes
前回の発表動画: https://video.igo-agent.example.jp/rindoku/2024-03
教科書: Sutton & Barto『Reinforcement Learning: An Introduction』第2版 16.6節
今回の論文は各手のコメントに書いてあります。]
;B[pd];W[dp];B[pq];W[dd]
C[黒の構え（中国流ではない）。今日の一本目:
[[T:2201.11903]]
https://openreview.net/forum?id=[[ID:OR]]]
;B[fq];W[cn]
C[ここで系列モデルとして方策を見る話:
[[T:2106.01345]]
https://arxiv.org/abs/2106.01345]
;B[jp];W[qf];B[nc];W[rd]
C[白の三々入り。ベンチマークの話を挟む:
[[T:2308.03688]] (http://arxiv.org/abs/2308.03688)]
;B[qc];W[qi]
C[KataGo はここで黒の形勢 56%。
「世界モデル」寄りの話として
[[T:2204.01691]] (arXiv:2204.01691) を紹介。]
;B[qk];W[oi]
(;B[cf]
C[本譜。シミュレーションの中のエージェント:
[[T:2304.03442]]
https://arxiv.org/pdf/2304.03442v2]
;W[fc];B[ch];W[ck])
(;B[ok]
C[変化図（KataGo の第二候補）。
読んでおく論文（タイトルのみ）:
・[[T:2006.05990]]
・[[T:2101.03958]]
・[[T:2307.15043]]]
;W[nj];B[nk]))
''', {"OR": OR("2201.11903")})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
