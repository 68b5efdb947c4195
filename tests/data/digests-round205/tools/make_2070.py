#!/usr/bin/env python3
"""2070: a SAOImage DS9 region file (`hsc_cutouts_diffusion.reg` of an invented galaxy-cutout project), Japanese
comments and region texts: arXiv links (`/abs/`, `/pdf/…v2`, `http://`, `/abs/…v1`) in `#` comments and a text
property, one id in a text={…} label, three titles alone (in text={…} labels and a comment), and non-papers (DS9's
reference manual, Astropy, the HSC-SSP data release, a book, a talk, the project's repository). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num

F = by_num(2070)
TXT = fill('''# Region file format: DS9 version 4.1
# ファイル: hsc_cutouts_diffusion.reg  (COSMOS 領域の切り出し候補と生成サンプル比較用)
# 作成: 森下 遥 <haruka.morishita@ginga-gen.example.jp>  / コード: https://github.com/ginga-gen/cutout-diffusion
# 画像: HSC-SSP PDR3 (i バンド) の切り出し。座標は astropy.wcs で変換済み。
# DS9 の書式: https://ds9.si.edu/doc/ref/region.html
# 参考文献 (輪読会 6 月):
#   [[T:2006.11239]]  https://arxiv.org/abs/2006.11239
#   [[T:2112.10752]]  https://arxiv.org/pdf/2112.10752v2
#   [[T:2303.01469]]  http://arxiv.org/abs/2303.01469
# 教科書: Binney & Tremaine "Galactic Dynamics" 第 2 版 / 講演: https://video.ginga-gen.example.jp/kouen/2024-06
global color=green dashlist=8 3 width=1 font="helvetica 10 normal roman" select=1 highlite=1 dash=0 fixed=0 edit=1 move=1 delete=1 include=1 source=1
fk5
circle(150.1163,2.2055,3.000") # color=cyan text={GAL-0001 実画像}
circle(150.1208,2.2091,3.000") # color=cyan text={GAL-0002 実画像}
circle(150.1342,2.1987,4.500") # color=magenta text={GAL-0003 生成 (DDPM 1000 ステップ)}
box(150.1290,2.2140,20.000",20.000",0) # color=yellow text={潜在拡散で生成した切り出し}
ellipse(150.1401,2.2203,6.000",3.200",35.0) # color=red text={GAL-0005 編集: [[T:2211.09800]] arXiv:2211.09800}
point(150.1455,2.2251) # point=x color=white text={1 ステップ生成の比較}
# 以下は輪読会で候補に挙がった論文 (まだ読んでいない)
text(150.1500,2.2300) text={[[T:2208.01618]]}
text(150.1500,2.2280) text={[[T:2208.12242]] https://arxiv.org/abs/2208.12242v1}
text(150.1500,2.2260) color=orange text={[[T:2009.09761]]}
# 形状の変形の参考 (分野外): [[T:2103.14338]]
line(150.1163,2.2055,150.1342,2.1987) # line=0 1 color=blue text={比較ペア}
''', {})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
