#!/usr/bin/env python3
"""1264: a question page of a Q&A site in the style of 教えて!goo (Japanese), selected in the browser and pasted as
text: the site name and breadcrumb, the question (title, 質問者, 質問日時, 回答数, body, a 補足 with its date), the
closed notice, `A 回答 (N件)`, the best answer first then the others by number, each with 回答者 / 回答日時, its body,
`通報する`, a 参考になった count and, where the asker answered, `この回答へのお礼` with its お礼日時; the page's
footer. Papers as answerers write them: arXiv abs / pdf links, an `arXiv:` id, titles alone; repositories, docs, a
book, a dataset site and a competition are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1264, keys

Q = "画像認識のバックボーンと物体検出、論文はどれから読めばいいですか？"
ASK = "ml_hajime"
QBODY = ["大学院1年です。研究室で物体検出をやることになりましたが、ResNetくらいしかちゃんと読んだことがありません。",
         "ViT以降のバックボーンや検出器の論文がたくさんありすぎて、どれから読めばいいか分かりません。",
         "実装はPyTorchで、timmのモデルを使う予定です。おすすめの順番があれば教えてください。"]
HOSOKU = ("補足日時：2024/03/02 23:05", ["データはCOCO形式で、画像は1万枚ほどです。GPUはRTX 4090が1枚です。"])
answers = {
 1: ("tensor_oyaji", "2024/03/02 23:31", [
     "まずはバックボーンの流れを押さえるのがいいと思います。",
     f"・{T('2103.14030')}",
     "https://arxiv.org/abs/2103.14030",
     f"・{T('2201.03545')}",
     "https://arxiv.org/abs/2201.03545",
     "Swin と ConvNeXt を続けて読むと、「Transformerっぽい設計をCNNに持ち込むとどうなるか」がよく分かります。"], 3, None),
 2: ("kenshutsu_suki", "2024/03/03 01:12", [
     f"検出なら {T('2010.04159')} は外せません。DETRの学習が遅い問題をどう解いたかが分かります。",
     "実装は mmdetection が楽です。 https://github.com/open-mmlab/mmdetection"], 1, None),
 3: ("pixel_sensei", "2024/03/03 09:41", [
     "データ1万枚なら、モデルより先にデータ拡張を考えた方が効くことが多いです。",
     f"{T('2012.07177')}",
     "https://arxiv.org/pdf/2012.07177.pdf",
     "インスタンスセグメンテーション向けですが、検出でもそのまま使えます。",
     f"正則化なら {T('2101.01761')} も面白いです（少し古いですが）。",
     f"小さいGPUで速く学習したいなら {T('2104.00298')}（arXiv:2104.00298）のprogressive learningの章だけでも読む価値があります。",
     "timm の学習スクリプト（https://github.com/huggingface/pytorch-image-models）にもだいたい実装されています。"], 5,
     ("2024/03/03 12:20", "ありがとうございます！データ拡張は全然考えていませんでした。Copy-Pasteから試してみます。")),
 4: ("riron_no_hito", "2024/03/04 20:57", [
     f"理論寄りですが、{T('2010.08515')} を読むと、なぜCNNが少ないデータで強いのか（帰納バイアス）の感覚がつかめます。",
     f"あと、マッチング系もやるなら {T('2103.14167')} もおすすめです。",
     "本なら『ゼロから作るDeep Learning』の続編あたりから入るのもありだと思います。"], 0,
     ("2024/03/05 08:10", "理論の方も気になっていたので助かります。")),
}
BEST = 3
out = ["教えて!goo", "カテゴリ", "デジタルライフ > プログラミング・Web制作 > その他（プログラミング・Web制作）", "",
       Q, "", f"質問者：{ASK}", "質問日時：2024/03/02 22:14", f"回答数：{len(answers)} 件", "", *QBODY, "",
       "質問者からの補足", HOSOKU[0], *HOSOKU[1], "", "この質問への回答は締め切られました。", "",
       f"A 回答 ({len(answers)}件)", ""]
for no in [BEST] + [n for n in sorted(answers) if n != BEST]:
    who, when, body, good, orei = answers[no]
    out += (["ベストアンサー"] if no == BEST else []) + [f"No.{no}", f"回答者： {who}", f"回答日時：{when}", "", *body, "",
            "通報する", f"この回答が参考になった {good} 件"]
    if orei:
        out += ["", "この回答へのお礼", orei[1], "", f"お礼日時：{orei[0]}"]
    out.append("")
out += ["このQ&Aを見た人はこんなQ&Aも見ています", "", "教えて!goo利用規約 | プライバシーポリシー | ヘルプ", "©NTT DOCOMO, INC."]
txt = "\n".join(out) + "\n"
write_only(F1264, txt, keys(F1264))
