#!/usr/bin/env python3
"""1502: the ToDo list of a Japanese lab's Aipo groupware exported as CSV (ToDo > CSV出力): UTF-8 with a BOM, CR LF
between records, every field in double quotes (quotes doubled inside), LF inside multi-line memo fields. Columns:
カテゴリ, タイトル, 担当者, 優先度, 状態 (未着手 / 10%…90% / 完了), 開始日, 締切日, メモ, 公開設定, 作成者, 作成日時, 更新日時.
Reading tasks name the papers in the title or the memo; the other tasks are software set-up, a GPU booking, a leaderboard
check, a seminar room. Not papers: SWE-agent, LangChain, lm-evaluation-harness, MineDojo, the Open LLM Leaderboard.
Nicknames: SWE-bench, Voyager, Self-RAG, MMLU, Minerva, Toolformer, Megatron — labelled where the full titles are
written."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1502, keys

HEAD = ["カテゴリ", "タイトル", "担当者", "優先度", "状態", "開始日", "締切日", "メモ", "公開設定", "作成者", "作成日時", "更新日時"]
ROWS = [
    ("輪読", f"論文読み: {T('2303.11366')}", "佐々木 悠真", "普通", "完了", "2024/05/07", "2024/05/14",
     "https://arxiv.org/abs/2303.11366\n5/14 の輪読会で発表済み。スライドは共有フォルダ", "公開", "山本 紗希", "2024/05/01 10:12", "2024/05/14 18:40"),
    ("輪読", f"論文読み: {T('2302.04761')}", "高橋 陸", "普通", "完了", "2024/05/14", "2024/05/21",
     "https://arxiv.org/pdf/2302.04761.pdf\nAPI 呼び出しの自己教師あり生成の部分を中心に", "公開", "山本 紗希", "2024/05/01 10:15", "2024/05/22 09:03"),
    ("輪読", f"論文読み: {T('2305.16291')}", "森 美咲", "やや高い", "60%", "2024/05/21", "2024/05/28",
     "arXiv:2305.16291\nMineDojo の環境は動かさなくてよい（論文の内容だけ）", "公開", "山本 紗希", "2024/05/01 10:16", "2024/05/24 16:21"),
    ("輪読", "論文読み: SWE-bench", "佐々木 悠真", "高い", "30%", "2024/05/28", "2024/06/04",
     f"{T('2310.06770')}\nhttps://openreview.net/pdf?id={OR('2310.06770')}\nICLR 2024 版で読む。リーダーボードの数字は使わない", "公開", "山本 紗希", "2024/05/01 10:18", "2024/05/27 11:47"),
    ("輪読", f"論文読み: {T('2310.11511')}", "高橋 陸", "普通", "未着手", "2024/06/04", "2024/06/11",
     "リンクは未確認。「retrieve するかどうか」をトークンで決める話", "公開", "山本 紗希", "2024/05/01 10:20", "2024/05/01 10:20"),
    ("輪読", "評価系の論文 2 本", "森 美咲", "やや低い", "未着手", "2024/06/11", "2024/06/18",
     f"・{T('2009.03300')}\n・{T('2206.14858')}\nどちらも lm-evaluation-harness の設定を確認するため。Minerva は数学だけ", "公開", "山本 紗希", "2024/05/01 10:24", "2024/05/08 13:02"),
    ("実験", "SWE-agent を研究室サーバで動かす", "佐々木 悠真", "高い", "20%", "2024/05/20", "2024/06/07",
     "Docker の権限を情報基盤センターに申請中。\n\"sudo なし\" で動くか要確認", "公開", "佐々木 悠真", "2024/05/20 09:31", "2024/05/27 11:50"),
    ("実験", "分散学習の復習（Megatron）", "高橋 陸", "低い", "未着手", "2024/06/10", "2024/06/28",
     f"{T('1909.08053')}\nhttps://arxiv.org/abs/1909.08053\nテンソル並列の節だけ。A100 ×8 の予約が取れたら", "非公開", "高橋 陸", "2024/05/09 17:05", "2024/05/09 17:05"),
    ("設備", "GPU サーバ（A100 ×8）予約 6 月分", "山本 紗希", "高い", "完了", "2024/05/15", "2024/05/17",
     "学内ポータルで予約済み。6/10〜6/28", "公開", "山本 紗希", "2024/05/15 08:55", "2024/05/16 14:30"),
    ("運営", "輪読会の部屋予約（情報棟 4F 演習室）", "森 美咲", "普通", "完了", "2024/05/01", "2024/05/03",
     "毎週火曜 16:30〜18:00", "公開", "森 美咲", "2024/05/01 11:02", "2024/05/02 15:10"),
    ("運営", "Open LLM Leaderboard の結果を週報に貼る", "高橋 陸", "やや低い", "50%", "2024/05/13", "2024/06/30",
     "スクリーンショットで可。論文ではないので参考文献には入れない", "公開", "高橋 陸", "2024/05/13 10:40", "2024/05/27 10:02"),
]


def q(v):
    return '"' + v.replace('"', '""') + '"'


lines = [",".join(q(h) for h in HEAD)] + [",".join(q(v) for v in r) for r in ROWS]
text = "\ufeff" + "\r\n".join(lines) + "\r\n"
write_only(F1502, text, keys(F1502))
