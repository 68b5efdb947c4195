#!/usr/bin/env python3
"""754: saved output of `finger -l morishita ishikawa tanabe sakuma@gpu03` (netkit finger): per user 'Login: …<TAB><TAB><TAB>Name: …',
'Directory: …<TAB>Shell: …', 'On since … (JST) on pts/N from …' with idle time, or 'Last login …', mail lines, optional
'Project:' line, 'Plan:' followed by the ~/.plan text or 'No Plan.'; a remote query headed by '[host]'. The plan
holds a Japanese reading plan on LLM scaling, alignment, evaluation and retrieval."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import by_num, keys

F = by_num(754)
A = lambda k: f"https://arxiv.org/abs/{k}"

plan = f"""========================================================
 森下 佳奈 / M2 / 自然言語処理研究室（居室 7-512）
 内線 4521  ・  slack: @kana.m  ・  kana.morishita@nlp.example.ac.jp
========================================================

■ 今週の予定
  3/5 (火)  13:00- 研究室ミーティング（進捗報告）
  3/7 (木)  16:30- 論文輪読（担当：下の「その2」）
  3/8 (金)        学振 DC2 の書類 最終チェック → 事務へ

■ 輪読 2024 春「LLM のスケーリング・整合・評価」担当分

 その1 基盤モデル
   - {T("2307.09288")}
     {A("2307.09288")}
     {au("2307.09288", 3)} ／ 安全性チューニングの節（4章）を重点的に
   - {T("2204.02311")}
     {au("2204.02311", 3)} ／ Pathways の話は軽く。リンクは研究室 Wiki の
     「読んだ論文」ページにある版を使う

 その2 指示追従と整合（3/7 担当）
   - {T("2203.02155")}
     {A("2203.02155")}
     {au("2203.02155", 3)} ／ SFT → 報酬モデル → PPO の 3 段階を図で説明する
   - {T("1904.09751")}
     {A("1904.09751")}
     {au("1904.09751", 3)} ／ nucleus sampling。整合とは別軸だが
     生成の質の議論に必要なので一緒に

 その3 評価
   - {T("2206.04615")}
     arXiv:2206.04615 — 著者 400 名超の大所帯（{au("2206.04615", 2)}）
   - {T("2206.14858")}
     {au("2206.14858", 3)} ／ 数学の問題。MATH データセット（データセットであって論文ではない）との関係を整理

 その4 検索との組み合わせ
   - {T("2002.08909")}
     {au("2002.08909", 3)}
   - {T("2010.00904")}
     {A("2010.00904")}
     {au("2010.00904", 3)} ／ エンティティ名を自己回帰で生成して検索する

■ メモ
  - 評価ツールは lm-evaluation-harness（ソフトウェア）を使う。リーダーボードの数字は参考程度。
  - 長文脈の話は先輩のブログ記事で予習（ブログ、リストには入れない）。
  - 強化学習まわりの復習は「強化学習 第2版」（Sutton & Barto の訳書、本）と
    Hugging Face の Deep RL Course（講座）で。どちらも論文ではない。
  - PPO の実装は TRL ライブラリ（ソフトウェア）の例を読む。

■ 修論メモ（自分用）
  - テーマ: 日本語指示データの品質と量のトレードオフ
  - 3 月中: 既存の日本語指示データセット 3 種の重複除去と統計
  - 4 月: 7B モデルで SFT、評価は社内ベンチ + JGLUE（データセット）
  - TODO: 倫理審査の書類（人手評価を含むため）→ 3/15 締切
  - TODO: 学会 原稿（言語処理学会 年次大会の予稿は提出済み）
  - 計算資源：gpu03 の A100 ×4 は 3/11 まで sakuma さんが使用中。

  急ぎの用件は Slack へ。finger を見てくれてありがとう (^_^)
"""

text = f"""Login: morishita      			Name: Kana Morishita
Directory: /home/morishita          	Shell: /usr/bin/zsh
On since Tue Mar  5 09:02 (JST) on pts/3 from 10.20.4.51
   2 hours 14 minutes idle
On since Tue Mar  5 10:47 (JST) on pts/7 from 10.20.4.51
Mail last read Tue Mar  5 08:58 2024 (JST)
Project: 輪読 2024 春（LLM のスケーリング・整合・評価）と修論の実験
Plan:
{plan}
Login: ishikawa       			Name: Mao Ishikawa
Directory: /home/ishikawa           	Shell: /usr/bin/zsh
On since Tue Mar  5 08:41 (JST) on pts/5 from 10.20.4.90
   4 minutes 12 seconds idle
Mail last read Tue Mar  5 08:45 2024 (JST)
Project: 研究室サーバ管理当番（3 月）
Plan:
3 月のサーバ当番です。
- /data の使用率 91%。不要なチェックポイントは 3/8 までに各自削除してください。
- 3/9 (土) 10:00-12:00 に gpu01-02 のドライバ更新のため停止します。
- 新しい Python 環境は `module load python/3.11` で使えます（conda は非推奨）。
- 共有データセットの置き場所は /data/corpus/README を参照。

Login: tanabe         			Name: Shun Tanabe
Directory: /home/tanabe             	Shell: /usr/bin/fish
Last login Fri Mar  1 18:40 (JST) on pts/2 from 10.20.4.63
No mail.
No Plan.

[gpu03.nlp.example.ac.jp]
Login: sakuma         			Name: Ryo Sakuma
Directory: /home/sakuma             	Shell: /bin/bash
On since Mon Mar  4 22:13 (JST) on pts/0 from 10.20.4.77
   11 hours 2 minutes idle
New mail received Tue Mar  5 09:31 2024 (JST)
     Unread since Tue Mar  5 06:15 2024 (JST)
Plan:
gpu03 の A100 (GPU 0-3) を 3/11 (月) まで使います。
ジョブは tmux セッション "pretrain-ja" で走っています。勝手に kill しないでください。
問い合わせ: ryo.sakuma@nlp.example.ac.jp
"""
write_only(F, text, keys(F))
