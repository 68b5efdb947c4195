#!/usr/bin/env python3
"""2109: an SFZ instrument (`.sfz`) mapping invented koto samples, Japanese `//` comments and one block comment: an
OpenReview forum link, arXiv links (`/abs/`, `/pdf/…v1`, `http://`), one `arXiv: NNNN.NNNNN` in text, titles alone
(one not on arXiv); non-papers (a book, the SFZ format site, sfizz, the repository, a talk). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only, OR
from make_expected import keys, by_num, DBN

F = by_num(2109)
TXT = fill(r'''// 生成箏（こと）サンプル集 v0.3 -- koto_gen.sfz
// 作成: 佐々木 美咲 <misaki.sasaki@oto-seisei.example.jp>
// リポジトリ: https://github.com/oto-seisei/koto-sfz
// 仕様: https://sfzformat.com/ （sfizz 1.2 で確認）
// 参考書: Curtis Roads『The Computer Music Tutorial』
// 発表動画: https://video.oto-seisei.example.jp/koen/2024-03

/*
  サンプルはスペクトログラム画像を拡散モデルで生成し、ボコーダで波形に戻したもの。
  下敷きにした論文:
    [[T:2011.13456]]
      https://openreview.net/forum?id=[[ID:ORSDE]]
    [[T:2307.01952]]
      https://arxiv.org/abs/2307.01952
    [[T:2302.05543]] -- https://arxiv.org/pdf/2302.05543v1
    [[T:2211.09800]] (http://arxiv.org/abs/2211.09800)
  少ステップ生成は [[T:2303.01469]]（arXiv: 2303.01469）を試す予定。
*/

<control>
default_path=samples/koto/
note_offset=0

<global>
ampeg_attack=0.002
ampeg_release=0.8
volume=-3

// 弱音（pp〜mp）。潜在空間の比較に [[T:2010.02014]] も読んだ。
<group>
lovel=0
hivel=63
<region> sample=koto_d4_p.wav lokey=60 hikey=63 pitch_keycenter=62
<region> sample=koto_g4_p.wav lokey=64 hikey=68 pitch_keycenter=67
<region> sample=koto_c5_p.wav lokey=69 hikey=74 pitch_keycenter=72

// 強音（mf〜ff）。音色の言語指定は「[[T:2208.01618]]」の方法で。
<group>
lovel=64
hivel=127
<region> sample=koto_d4_f.wav lokey=60 hikey=63 pitch_keycenter=62
<region> sample=koto_g4_f.wav lokey=64 hikey=68 pitch_keycenter=67
<region> sample=koto_c5_f.wav lokey=69 hikey=74 pitch_keycenter=72 tune=-4

// 歴史的な一本: [[T:DBN]]（Hinton ら、2006年）
''', {'ORSDE': OR('2011.13456'), 'DBN': DBN})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
