#!/usr/bin/env python3
"""1206 (NEGATIVE): a Jooto task board exported as CSV (Japanese): an invented Nagoya-like NLP lab's 「研究室タスク」
board. UTF-8 with a BOM (the Excel-friendly option), CRLF records, every field quoted, one header row; a task per row
with its list (ToDo / 進行中 / 完了), name, description (one with a line break inside the field), assignee, labels
joined by `,`, start and due dates `YYYY/MM/DD` (start ≤ due), completion flag, created time and checklist. No paper:
software versions, datasets, a leaderboard, courses, talks, a conference deadline, repos, docs, people, dates and ids
only — the builder refuses any catalogue title and anything arXiv-shaped."""
import csv, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import F1206

H = ["ボード名", "リスト名", "タスク名", "説明", "担当者", "ラベル", "開始日", "締切日", "完了", "作成日時", "チェックリスト"]
B = "研究室タスク"
rows = [
 ("完了", "推論サーバーに vLLM 0.4.2 をインストール", "gpu03 (A100×4)。CUDA 12.1 / Python 3.11 の venv を /opt/venvs/vllm に作成済み。", "高橋", "インフラ", "2024/04/15", "2024/04/19", "完了", "2024/04/12 10:02", "[x] ドライバ確認 [x] venv 作成 [x] 動作確認"),
 ("完了", "ImageNet-1k を /datasets に再ダウンロード", "train 1,281,167 枚 / val 50,000 枚。チェックサム一致を確認。", "鈴木", "データセット", "2024/04/16", "2024/04/22", "完了", "2024/04/12 10:05", "[x] train [x] val"),
 ("完了", "huggingface/transformers を v4.40.2 に更新", "requirements.txt も更新。tokenizers 0.19 系で互換性 OK。", "高橋", "インフラ,ライブラリ", "2024/04/22", "2024/04/23", "完了", "2024/04/20 18:31", ""),
 ("進行中", "JGLUE 評価スクリプトの整備", "MARC-ja / JSTS / JNLI / JSQuAD / JCommonsenseQA の 5 タスク。\n公式リポジトリ yahoojapan/JGLUE の v1.1.0 に合わせる。", "佐藤", "評価,データセット", "2024/04/24", "2024/05/17", "未完了", "2024/04/23 09:12", "[x] MARC-ja [x] JSTS [ ] JNLI [ ] JSQuAD [ ] JCommonsenseQA"),
 ("進行中", "Open LLM Leaderboard への提出準備", "7B モデルの評価結果を提出。提出前に lm-evaluation-harness v0.4.2 でローカル再現。", "田中", "評価", "2024/05/01", "2024/05/24", "未完了", "2024/04/30 15:47", "[x] ローカル評価 [ ] モデルカード [ ] 提出"),
 ("進行中", "NeurIPS 2024 投稿準備（締切 5/22 AoE）", "OpenReview アカウントを学生全員作成すること。図表は Overleaf の共有プロジェクトへ。", "佐藤", "投稿", "2024/05/01", "2024/05/22", "未完了", "2024/05/01 08:55", "[x] OpenReview 登録 [ ] 本文 [ ] 付録 [ ] チェックリスト"),
 ("ToDo", "輪講：Stanford CS224N 講義動画 第 8 回を視聴", "YouTube の 2023 年版。視聴後に 1 ページの感想を Notion へ。", "全員", "輪講", "2024/05/20", "2024/05/27", "未完了", "2024/05/07 11:20", ""),
 ("ToDo", "言語処理学会 NLP2024 チュートリアル録画の共有", "学会ページのアーカイブ（会員限定）。リンクは Slack の #general に固定済み。", "鈴木", "輪講", "2024/05/13", "2024/05/31", "未完了", "2024/05/08 13:04", ""),
 ("ToDo", "timm の ViT-B/16 事前学習重みで再現実験", "timm 0.9.16。学習率 1e-3、バッチ 256。結果は W&B プロジェクト lab-vision に記録。", "田中", "実験", "2024/05/20", "2024/06/07", "未完了", "2024/05/09 17:38", "[ ] 再現 [ ] アブレーション"),
 ("ToDo", "Zotero グループライブラリの整理", "重複エントリの削除、タグを「読了」「輪講候補」に統一。PDF は各自のストレージへ。", "佐藤", "管理", "2024/05/27", "2024/06/14", "未完了", "2024/05/10 10:10", ""),
]
buf = io.StringIO()
w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
w.writerow(H)
for r in rows:
    w.writerow([B] + list(r))
text = "\ufeff" + buf.getvalue()
write(F1206, text, negative=True)
