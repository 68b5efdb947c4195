#!/usr/bin/env python3
"""888: a kintone REST API answer (`GET /k/v1/records.json?app=143&query=order by $id desc&totalCount=true`) from a
Japanese company's ML-platform team app 「論文トラッカー」, saved as the API sent it: one line, compact JSON, UTF-8
unescaped, no final newline; `records` (each field `{"type": …, "value": …}` keyed by its field code, with the system
fields `$id`, `$revision`, レコード番号 (app code prefix), 作成者 / 更新者 (CREATOR / MODIFIER `{code, name}`),
作成日時 / 更新日時 (minute precision, `Z`), then SINGLE_LINE_TEXT, RADIO_BUTTON, LINK, MULTI_LINE_TEXT (`\\n`),
RICH_TEXT (kintone editor HTML: `<div>`, `<br />`, `<a href>`), DROP_DOWN, CHECK_BOX (list), USER_SELECT (list of
`{code, name}`), DATE (or null), SUBTABLE (rows `{id, value}`)) and `totalCount` as a string. Records newest id
first. Two records are a documentation page and a slide deck, not papers."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(888)
K = dict(int8="2208.07339", adalora="2303.10512", peft="2110.04366", bitfit="2106.10199", mixed="1710.03740",
         pyglove="2101.08809", autodrop="2101.01761", hf="1910.03771")
U = {"sato": {"code": "k.sato", "name": "佐藤 健"}, "tanaka": {"code": "m.tanaka", "name": "田中 美咲"},
     "li": {"code": "h.li", "name": "李 浩然"}, "yama": {"code": "s.yamamoto", "name": "山本 翔"}}


def f(typ, val):
    return {"type": typ, "value": val}


def rec(i, rev, creator, created, modifier, updated, title, kind, url, aid, summary, memo, prog, tags, owners, date, links):
    return {
        "$id": f("__ID__", str(i)),
        "$revision": f("__REVISION__", str(rev)),
        "レコード番号": f("RECORD_NUMBER", f"PAPER-{i}"),
        "作成者": f("CREATOR", U[creator]),
        "作成日時": f("CREATED_TIME", created),
        "更新者": f("MODIFIER", U[modifier]),
        "更新日時": f("UPDATED_TIME", updated),
        "タイトル": f("SINGLE_LINE_TEXT", title),
        "種類": f("RADIO_BUTTON", kind),
        "URL": f("LINK", url),
        "arXiv_ID": f("SINGLE_LINE_TEXT", aid),
        "要約": f("MULTI_LINE_TEXT", summary),
        "メモ": f("RICH_TEXT", memo),
        "進捗": f("DROP_DOWN", prog),
        "タグ": f("CHECK_BOX", tags),
        "担当者": f("USER_SELECT", [U[o] for o in owners]),
        "輪読会日": f("DATE", date),
        "関連リンク": f("SUBTABLE", [{"id": rid, "value": {"リンク先": f("LINK", u), "リンク種別": f("DROP_DOWN", k)}}
                                  for rid, u, k in links]),
    }


RECS = [
    rec(31, 3, "yama", "2024-03-08T02:41:00Z", "yama", "2024-03-08T05:12:00Z",
        "社内勉強会スライド：量子化入門（第2回）", "スライド", "https://wiki.example.com/ml-infra/slides/quant-intro-2", "",
        "INT8 / INT4 量子化の基礎と、社内推論サーバでの計測結果のまとめ。\n論文ではなく社内資料。",
        "<div>第1回の資料は Confluence の旧スペースにあります。</div>", "読了", ["量子化", "推論"], ["yama"], None, []),
    rec(30, 5, "tanaka", "2024-03-07T08:03:00Z", "sato", "2024-03-08T01:30:00Z",
        T(K["int8"]), "論文", "https://arxiv.org/abs/2208.07339", "2208.07339",
        "外れ値の特徴次元だけを16bitで計算する混合精度分解（vector-wise 量子化＋外れ値分解）で、175B規模でも8bit推論の精度劣化がほぼない。\n"
        "推論サーバのGPUメモリ削減に直結するので優先度高。",
        "<div>bitsandbytes の <b>load_in_8bit</b> で 13B モデルを検証済み。<br /></div><div>スループットは fp16 より落ちるので、"
        "バッチ推論では要計測。</div>", "輪読済み", ["量子化", "推論", "LLM"], ["tanaka", "sato"], "2024-03-06",
        [("48213", "https://github.com/TimDettmers/bitsandbytes", "コード")]),
    rec(29, 2, "li", "2024-03-05T04:15:00Z", "li", "2024-03-05T04:20:00Z",
        T(K["adalora"]), "論文", "https://arxiv.org/pdf/2303.10512.pdf", "",
        "LoRAのランクを層ごとに固定せず、SVD形式の増分行列の重要度スコアに応じて予算（ランク）を動的に配分する。",
        "<div>PEFT ライブラリに <a href=\"https://huggingface.co/docs/peft/index\">AdaLoraConfig</a> がある。LoRA との比較実験を来週やる。</div>",
        "読書中", ["PEFT", "LoRA"], ["li"], "2024-03-13", []),
    rec(28, 4, "sato", "2024-03-01T06:50:00Z", "tanaka", "2024-03-04T09:02:00Z",
        T(K["peft"]), "論文", "https://openreview.net/forum?id=0RDcd5Axok", "",
        "Adapter・Prefix Tuning・LoRA を「隠れ状態への修正」という一つの枠組みで統一し、その組み合わせ（Mix-and-Match Adapter）を提案。\n"
        "ICLR 2022 の査読コメントも参考になる。",
        "<div>手法比較の表は社内PEFT調査資料の土台にする。</div>", "輪読済み", ["PEFT"], ["sato"], "2024-02-28", []),
    rec(27, 2, "tanaka", "2024-02-29T01:22:00Z", "tanaka", "2024-02-29T01:25:00Z",
        T(K["bitfit"]), "論文", "", "2106.10199",
        "バイアス項だけを学習する極端に軽いファインチューニング。BERT系の中規模データでは全体学習に匹敵。",
        "<div>URL未登録（arXiv IDのみ）。</div>", "未読", ["PEFT"], ["tanaka"], None, []),
    rec(26, 3, "yama", "2024-02-27T07:40:00Z", "yama", "2024-02-28T00:10:00Z",
        "PEFT ドキュメント（Hugging Face）", "ドキュメント", "https://huggingface.co/docs/peft/index", "",
        "LoRA / AdaLoRA / Prefix Tuning などの実装と設定例。論文ではない。",
        "", "読了", ["PEFT", "ツール"], ["yama"], None,
        [("48107", "https://github.com/huggingface/peft", "コード")]),
    rec(25, 3, "sato", "2024-02-22T03:05:00Z", "sato", "2024-02-26T02:48:00Z",
        T(K["mixed"]), "論文", "", "",
        "FP16で重み・活性・勾配を持ち、FP32のマスター重みとロススケーリングで精度を保つ。今の学習基盤の前提になっている古典。",
        "<div>新人向け輪読の候補。PDFは共有ドライブの「古典」フォルダ。</div>", "輪読済み", ["学習効率"], ["sato"],
        "2024-02-21", []),
    rec(24, 1, "li", "2024-02-21T05:30:00Z", "li", "2024-02-21T05:30:00Z",
        T(K["pyglove"]), "論文", "", "",
        "探索空間を記号的なプログラムとして書き換えるAutoMLライブラリの論文。NAS基盤の設計の参考に。",
        "", "未読", ["AutoML", "ツール"], ["li"], None, []),
    rec(23, 2, "li", "2024-02-20T09:11:00Z", "tanaka", "2024-02-22T00:35:00Z",
        T(K["autodrop"]), "論文", "", "",
        "ドロップアウトのパターンをコントローラ（強化学習）で探索する。ViTや言語モデルでも効果があると主張。",
        "<div>PyGlove と同じチームの流れで読むと分かりやすい。</div>", "読書中", ["AutoML", "正則化"], ["li", "tanaka"],
        None, []),
    rec(22, 4, "yama", "2024-02-19T02:00:00Z", "yama", "2024-02-20T08:44:00Z",
        T(K["hf"]), "論文", "", "",
        "Transformers ライブラリ自体の論文（EMNLP 2020 デモ）。社内の推論ラッパーの設計説明で引用するため登録。",
        "<div>ライブラリのドキュメントは <a href=\"https://huggingface.co/docs/transformers/index\">こちら</a>（論文ではない）。</div>",
        "読了", ["ツール"], ["yama"], None,
        [("47980", "https://github.com/huggingface/transformers", "コード")]),
]
doc = {"records": RECS, "totalCount": str(len(RECS))}
text = json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
strings = []


def walk(v):
    if isinstance(v, str): strings.append(v)
    elif isinstance(v, list): [walk(x) for x in v]
    elif isinstance(v, dict): [walk(x) for x in v.values()]


walk(doc)
write_only(F, text, keys(F), ["\n".join(strings)])
