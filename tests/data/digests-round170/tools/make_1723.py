#!/usr/bin/env python3
"""1723: a Zoom Team Chat channel's history saved as text (the Japanese client), Japanese: the head («Zoom Team Chat» /
«チャンネル» / «エクスポート者» / «エクスポート日時» / «メッセージ数») and a blank line, then blocks «yyyy/mm/dd HH:MM 名前» with
the message, one-line events «Xさんがチャンネルに参加しました» / «Xさんがチャンネルから退出しました», reactions «[リアクション: 👍 n]»
and files «[ファイル: name (size)]». The channel «LLM基盤チーム», its members and files are invented; DeepSpeed, vLLM, an
H100 node, Slurm and Megatron-style parallelism appear as what they are. Nicknames Megatron-LM, GShard, MoE, OPT, LLaMA,
GPT-3, FedDyn, PagedAttention appear where the papers are written in full."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys
F = by_num(1723)
D = dt.datetime
EXPORTER = "佐藤 健"
items = [
    ("msg", D(2025, 5, 19, 9, 58), "佐藤 健", "おはようございます。来週から 7B の事前学習を再開するので、並列化まわりの論文をここにまとめていきます。", None),
    ("msg", D(2025, 5, 19, 10, 4), "佐藤 健", f"まずテンソル並列の基本: {T('1909.08053')}\nhttps://arxiv.org/abs/1909.08053", "👍 3"),
    ("msg", D(2025, 5, 19, 10, 21), "高橋 美咲", f"MoE を試すなら {T('1701.06538')}（Shazeer et al., ICLR 2017）と {T('2006.16668')}（arXiv:2006.16668）は押さえておきたいです。", None),
    ("join", D(2025, 5, 19, 11, 2), "中村 大輔", None, None),
    ("msg", D(2025, 5, 19, 11, 5), "中村 大輔", "参加しました。ベースラインの比較対象はどれにしますか？", None),
    ("msg", D(2025, 5, 19, 11, 17), "佐藤 健", f"公開モデルとしては {T('2302.13971')} https://arxiv.org/pdf/2302.13971 と {T('2205.01068')} https://arxiv.org/abs/2205.01068v4 の学習ログが参考になります。", "👍 2"),
    ("file", D(2025, 5, 19, 13, 40), "高橋 美咲", "[ファイル: H100ノード_スループット測定_0519.xlsx (48 KB)]", None),
    ("msg", D(2025, 5, 19, 13, 42), "高橋 美咲", "DeepSpeed ZeRO-3 と Megatron 方式の TP=4 の比較です。Slurm のジョブスクリプトは共有ドライブに置きました。", None),
    ("msg", D(2025, 5, 19, 15, 8), "伊藤 翔", f"few-shot 評価の設計は {T('2005.14165')} に合わせる方針でいいですか？", None),
    ("msg", D(2025, 5, 19, 15, 30), "佐藤 健", "はい、それで。評価用の推論は vLLM で回します。", None),
    ("msg", D(2025, 5, 19, 15, 33), "伊藤 翔", f"了解です。vLLM の元論文も貼っておきます: {T('2309.06180')} https://arxiv.org/abs/2309.06180", "🙏 1"),
    ("msg", D(2025, 5, 19, 17, 2), "中村 大輔", f"ちなみに拠点間で分散学習する話が出たら {T('2111.04263')}（Acar et al., ICLR 2021）も関係しそうです。今回は対象外ですが。", None),
    ("leave", D(2025, 5, 19, 17, 45), "伊藤 翔", None, None),
    ("msg", D(2025, 5, 20, 9, 12), "佐藤 健", "スループット表ありがとうございます。金曜の定例で方針を決めましょう。", None),
]
n_msgs = sum(1 for k, *_ in items if k in ("msg", "file"))
exported = D(2025, 5, 20, 18, 32)
L = ["Zoom Team Chat", "チャンネル: LLM基盤チーム", f"エクスポート者: {EXPORTER}", f"エクスポート日時: {exported:%Y/%m/%d %H:%M}",
     f"メッセージ数: {n_msgs}", ""]
prev = None
for kind, t, who, text, react in items:
    assert prev is None or t > prev; prev = t
    assert t < exported
    if kind == "join":
        L += [f"{t:%Y/%m/%d %H:%M} {who}さんがチャンネルに参加しました", ""]
    elif kind == "leave":
        L += [f"{t:%Y/%m/%d %H:%M} {who}さんがチャンネルから退出しました", ""]
    else:
        L += [f"{t:%Y/%m/%d %H:%M} {who}", text] + ([f"[リアクション: {react}]"] if react else []) + [""]
write_only(F, "\n".join(L), keys(F))
