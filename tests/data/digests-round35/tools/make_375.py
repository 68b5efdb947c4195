#!/usr/bin/env python3
"""375: a Zenn scrap (スクラップ, a thread of dated notes by one author) selected in the browser and pasted as text:
the site bar, the scrap title, "クローズ" status, comment count, each note as display name / date "YYYY/MM/DD" /
body / "返信を追加", inline code, a "📌" pinned note, the closing line "このスクラップは…にクローズされました", the
like count, the author box and footer links. Papers: bare arxiv.org URLs inline (link), OpenReview forum / pdf URLs
(link), "arXiv:ID" (arxiv-text), titles in 「」, bare, in a list (title-only). diffusers, bitsandbytes, PEFT,
flash-attn (libraries), a Hugging Face blog post and another Zenn article are not papers; "NCSN" appears beside its
title; "DiT" alone is a nickname."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F375, keys

NAME = "さとう｜画像生成勉強中"
NOTES = [  # (date, body)
 ("2024/05/20", f"""拡散モデルを一から実装し直すので、読んだ論文と詰まったところをメモしていく。自分用。

まずは基本の DDPM。
「{T('2006.11239')}」 https://arxiv.org/abs/2006.11239
ε予測の損失が単純なMSEになるところが肝。β スケジュールは linear で 1e-4 → 0.02。"""),
 ("2024/05/21", f"""サンプリングが遅すぎる（1000 ステップ）ので DDIM。
{T('2010.02502')}
https://openreview.net/forum?id={OR('2010.02502')}
η=0 で決定的になる。50 ステップでもかなり見られる画質。"""),
 ("2024/05/23", f"""スコアベースの流れも押さえておく。
・{T('1907.05600')}（NCSN）
・{T('2011.13456')} → https://openreview.net/pdf?id={OR('2011.13456')}
SDE でまとめると DDPM も NCSN も同じ枠組みに入るのがきれい。"""),
 ("2024/05/28", f"""📌 条件付き生成。CFG は「{T('2207.12598')}」（arXiv:2207.12598）。
学習時に 10% の確率で条件を落とすだけ。推論時の guidance scale は 7.5 前後から。

潜在空間でやる版は {T('2112.10752')}、PDF は https://arxiv.org/pdf/2112.10752v2 。
diffusers の `StableDiffusionPipeline` を読むと構成がよく分かる。"""),
 ("2024/06/02", f"""学習が遅いので attention を速くする。
{T('2205.14135')} を読んでからflash-attn を入れた。続編の FlashAttention-2 は https://arxiv.org/abs/2307.08691 （{T('2307.08691')}）。
A100 で 1.6 倍くらい速くなった。DiT も試したいけどそれは別スクラップで。"""),
 ("2024/06/05", f"""最後にファインチューニング。VRAM 24GB しかないので
・「{T('2106.09685')}」
・「{T('2305.14314')}」
を読んで、PEFT + bitsandbytes で U-Net に LoRA を入れた。Hugging Face のブログ記事の手順どおりで動いた。"""),
 ("2024/06/09", """一通り動いたのでクローズ。まとめ記事は別に書く予定（「拡散モデルを300行で実装する」みたいなタイトルで）。"""),
]
body = []
for d, t in NOTES:
    body.append(f"{NAME}\n{d}\n\n{t}\n\n返信を追加\n")
text = f"""Zenn
トレンド
Zenn Newsletter
ログイン

拡散モデル周りの論文メモ（実装しながら）
クローズ
7
{NAME}
作成 2024/05/20 · 更新 2024/06/09

{chr(10).join(body)}
このスクラップは2024/06/09にクローズされました

♡ 42

{NAME}
@sato_gen
画像生成とか。平日は Web エンジニア。

Zenn
エンジニアのための情報共有コミュニティ
About
Zennについて
運営会社
お知らせ・リリース
利用規約
プライバシーポリシー
"""
write_only(F375, text, keys(F375))
