#!/usr/bin/env python3
"""1424: a SIGNATE competition forum topic (Japanese) copied from the browser as text: the competition's name and
status line, its tabs, the topic with its author, `YYYY/MM/DD HH:MM` time and いいね count, then `コメント (N)` and each
comment (user, time, text, いいね, 返信); the page footer. Times increase; N is the number of comments. Not papers:
diffusers, timm, ultralytics YOLOv8, Albumentations, the SD3 Medium weights and their licence, the competition's rules
and data, a notebook; ViT, Swin, SD3, CFG, LSGM, Zero123 are also names."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1424, keys

TOPIC = ("kohei_m", "2024/06/18 21:14", 14, "生成画像でデータ拡張している方いますか？（拡散モデル／Copy-Paste）", f"""お疲れさまです。学習データの「欠け」「打痕」クラスが少なすぎるので、生成画像で水増しできないか試しています。

今のところ試したのは次の3つです。

1. {T('2012.07177')}
https://arxiv.org/abs/2012.07177
欠陥部分をマスクで切り出して正常画像に貼るだけ。一番効きました（public LB +0.012）。

2. {T('2403.03206')}（SD3）
https://arxiv.org/abs/2403.03206
diffusers で SD3 Medium を動かして「金属部品 表面 打痕」系のプロンプトで生成。見た目はそれっぽいですが、欠陥の位置が制御できません。

3. {T('2303.11328')}
https://arxiv.org/abs/2303.11328
部品を別視点から見た画像を作れないかと思って試しましたが、反射の強い金属だと崩れます。

皆さんの工夫があれば教えてください。""")
COMMENTS = [
 ("tanaka_ds", "2024/06/18 22:03", 6, f"""ガイダンススケールを上げすぎると欠陥が誇張されすぎる印象です。{T('2207.12598')}（arXiv:2207.12598）の式通り、条件なし予測との差を w 倍しているだけなので、w=3〜5 くらいが良かったです。"""),
 ("yuki_vision", "2024/06/19 08:47", 9, f"""ルール確認ですが、「外部データおよび学習済みモデルは、商用利用可能なライセンスのものに限り使用可」とあります。SD3 Medium の重みのライセンスは非商用なので、そのままだとアウトでは？運営さんに確認した方が安全だと思います。
バックボーンは timm の ViT を使っています。元論文は {T('2010.11929')} です → https://openreview.net/forum?id=YicbFdNTTy"""),
 ("kohei_m", "2024/06/19 09:30", 2, """@yuki_vision ご指摘ありがとうございます。確かにそうですね…。運営に問い合わせました。回答が来たらここに書きます。"""),
 ("SIGNATE運営事務局", "2024/06/20 15:12", 21, """お問い合わせありがとうございます。本コンペでは、第三者の学習済みモデルで生成した画像を学習データとして使用する場合も、当該モデルのライセンスが商用利用を許諾していることが条件となります。詳細は「ルール」タブの「外部データ・学習済みモデルの利用について」をご確認ください。"""),
 ("mori_ml", "2024/06/21 23:41", 5, f"""ライセンス的に安全な方向で、拡散モデルを自前で小さく学習するのもありかもしれません。昔読んだ {T('2106.05931')} みたいに潜在空間で学習すれば、このデータ量でもなんとかなるかも（未検証です）。
あと位置合わせには {T('2103.14167')} のような対応点推定を使って、正常画像との差分を取る前処理も試しています。"""),
 ("tanaka_ds", "2024/06/22 10:05", 3, f"""うちは YOLOv8 をやめて mmdetection の {T('2103.14030')} バックボーンに替えたら、小さい打痕の recall が上がりました。Albumentations の CoarseDropout との相性も良いです。"""),
]
out = ["【第3回】部品外観検査 生成画像活用チャレンジ", "開催中　賞金総額 1,000,000円　参加者 812人　投稿締切 2024/07/31 23:59",
       "概要　データ　評価方法　ルール　リーダーボード　フォーラム　投稿", "", "< フォーラム一覧へ戻る", ""]
who, when, likes, title, body = TOPIC
out += [title, who, when, f"いいね {likes}", "", body, "", f"コメント ({len(COMMENTS)})", ""]
for who, when, likes, body in COMMENTS:
    out += [who, when, body, f"いいね {likes}", "返信", ""]
out += ["コメントを投稿するにはログインしてください", "", "利用規約　プライバシーポリシー　お問い合わせ　© SIGNATE Inc."]
write_only(F1424, "\n".join(out) + "\n", keys(F1424))
