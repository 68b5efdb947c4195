#!/usr/bin/env python3
"""631: a Movable Type export file (MT 7 "ブログの書き出し", the MT import/export format): per entry a metadata block
(AUTHOR, TITLE, BASENAME, STATUS, ALLOW COMMENTS, CONVERT BREAKS, ALLOW PINGS, PRIMARY CATEGORY, CATEGORY, DATE
"MM/DD/YYYY hh:mm:ss AM|PM", TAGS), then "-----"-separated BODY / EXTENDED BODY / EXCERPT / KEYWORDS / COMMENT
sections, and "--------" after each entry. A Japanese personal blog on image generation and text decoding."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import F631, keys

S, E = "-----\n", "--------\n"


def entry(meta, body, ext="", excerpt="", kw="", comments=()):
    out = "".join(f"{k}: {v}\n" for k, v in meta) + S
    out += "BODY:\n" + body + S + "EXTENDED BODY:\n" + ext + S + "EXCERPT:\n" + excerpt + S + "KEYWORDS:\n" + kw + S
    for c in comments:
        out += "COMMENT:\n" + "".join(f"{k}: {v}\n" for k, v in c[0]) + c[1] + S
    return out + E


def meta(title, base, cats, date, tags, status="Publish"):
    m = [("AUTHOR", "kazane"), ("TITLE", title), ("BASENAME", base), ("STATUS", status), ("ALLOW COMMENTS", "1"),
         ("CONVERT BREAKS", "richtext"), ("ALLOW PINGS", "0"), ("PRIMARY CATEGORY", cats[0])]
    m += [("CATEGORY", c) for c in cats]
    return m + [("DATE", date), ("TAGS", tags)]


def a(url, text):
    return f'<a href="{url}" target="_blank" rel="noopener">{text}</a>'


e1 = entry(meta("画像生成モデルの論文を読み直す（2024年春）", "diffusion_rereading_2024", ["論文メモ", "画像生成"],
                "03/17/2024 10:42:15 PM", '拡散モデル,"Stable Diffusion",論文'),
 f"""<p>研究室の輪読で画像生成の回を担当することになったので、手元のメモを整理してブログにも置いておきます。順番は読んだ順で、網羅的ではありません。</p>
<h3>1. 潜在空間での拡散</h3>
<p>{a("https://arxiv.org/abs/2112.10752", T("2112.10752"))}<br />
{au("2112.10752")}（CVPR 2022）</p>
<p>ピクセル空間ではなく、事前学習したオートエンコーダの潜在空間で拡散を行う。計算量が大きく下がり、クロスアテンションでテキスト条件付けができる。いわゆる Stable Diffusion の元になった論文。</p>
<p>潜在空間で拡散するというアイデア自体は、スコアベースの定式化でも提案されていました：<br />
{a("https://arxiv.org/pdf/2106.05931.pdf", T("2106.05931"))}（{au("2106.05931")}, NeurIPS 2021）。VAE と拡散モデルを同時に学習する点が違います。</p>
<h3>2. 指示による画像編集</h3>
<p>{a("https://arxiv.org/abs/2211.09800", T("2211.09800"))}<br />
{au("2211.09800")}（CVPR 2023）</p>
<p>大規模言語モデルと既存の画像編集手法で作った大量の（入力画像, 編集指示, 出力画像）の組で学習。推論時は「空を夕焼けにして」のような指示だけで編集できる。</p>
<h3>3. 最新のアーキテクチャ</h3>
<p>{T("2403.03206")}（{au("2403.03206")}, 2024）。Rectified Flow と MM-DiT の組み合わせ。まだ流し読みしかしていないので、詳しくは来週。</p>
""",
 ext="""<p>実験メモ：diffusers 0.27 の <code>StableDiffusionPipeline</code> で再現を試みた設定は研究室の Wiki に置いてあります（学外からは見えません）。LAION-5B のサブセットは使っていません。</p>
""",
 excerpt="輪読用の画像生成論文メモ。潜在拡散、指示による編集、最新のアーキテクチャ。",
 kw="拡散モデル, 画像生成, 論文",
 comments=[([("AUTHOR", "てつ"), ("EMAIL", "tetsu@mail.example.jp"), ("IP", "192.0.2.41"), ("URL", "https://tetsu-note.example.jp/"), ("DATE", "03/18/2024 08:05:51 AM")],
             "まとめありがとうございます。Stable Diffusion web UI（AUTOMATIC1111）で遊んでいるだけだったので、元論文を読んでみます。\n"),
            ([("AUTHOR", "kazane"), ("EMAIL", "kazane@blog.kazane-lab.example.jp"), ("IP", "198.51.100.7"), ("URL", "https://blog.kazane-lab.example.jp/"), ("DATE", "03/18/2024 12:31:09 PM")],
             "てつさん、コメントありがとうございます！ web UI の中身を追うなら diffusers のドキュメントも分かりやすいですよ。\n")])

e2 = entry(meta("1枚の画像から3Dへ・人物の動き転送", "single_image_3d_motion_transfer", ["論文メモ", "3D"],
                "03/03/2024 09:15:40 PM", "3D,論文"),
 f"""<p>今週は3D寄りの2本。</p>
<p><strong>{T("2303.11328")}</strong><br />
{au("2303.11328")}（ICCV 2023）, arXiv:2303.11328</p>
<p>事前学習済みの拡散モデルをカメラ視点の変化で条件付けし、1枚の画像から別視点の画像を生成。そこから 3D 再構成もできる。</p>
<p><strong>{T("2103.14338")}</strong><br />
{au("2103.14338")}</p>
<p>少数枚の人物画像から、人物固有の形状とテクスチャを学習して動きを転送する。拡散モデル以前の手法だが、個人化の考え方は今でも参考になる。PDF は CVF のオープンアクセスにあります。</p>
<p>参考：3D 再構成の入門には、論文より先に学会まとめブログや、nerfstudio のドキュメントを見るほうが早いかもしれません。</p>
""",
 excerpt="Zero-shot の新規視点生成と、少数枚からの人物動作転送。",
 kw="3D, 新規視点生成, 動作転送")

e3 = entry(meta("テキスト生成のデコーディング入門（下書き）", "text_decoding_intro", ["論文メモ", "自然言語処理"],
                "02/18/2024 11:58:02 PM", "デコーディング,NLP", status="Draft"),
 f"""<p>画像生成の話ばかりなので、たまにはテキスト生成も。</p>
<p>ビームサーチで生成すると同じフレーズを繰り返す問題を分析し、nucleus sampling（top-p）を提案した論文：<br />
{a("https://arxiv.org/abs/1904.09751", T("1904.09751"))}（{au("1904.09751")}, ICLR 2020）</p>
<p>もう一つは機械翻訳の非自己回帰生成：{T("2008.07905")}（{au("2008.07905")}, ACL 2021）。1回のデコードで全トークンを出しつつ、学習時に「ちら見」させて単語間の依存を学ばせる。</p>
<p>TODO: Hugging Face の「How to generate text」ブログ記事（論文ではない）へのリンクを追加する。</p>
""",
 excerpt="", kw="")

e4 = entry(meta("お知らせ：ブログを移転しました", "blog_moved", ["お知らせ"], "01/08/2024 07:30:00 PM", "お知らせ"),
 """<p>このブログは Movable Type 7 に移行しました。古い記事のリンク切れがあれば、コメントで教えてください。RSS の URL は変わっていません。</p>
<p>また、<a href="https://www.amazon.co.jp/dp/4297138123">『拡散モデル　データ生成技術の数理』</a>（本）の読書メモは、別カテゴリ「読書」にまとめていきます。</p>
""",
 comments=[([("AUTHOR", "yuka"), ("EMAIL", ""), ("IP", "203.0.113.88"), ("URL", ""), ("DATE", "01/09/2024 06:44:20 AM")],
             "移転おつかれさまです。RSS リーダーでも問題なく読めています。\n")])

text = e1 + e2 + e3 + e4
write_only(F631, text, keys(F631))
