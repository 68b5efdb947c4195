#!/usr/bin/env python3
"""834: a PHP session file (`/var/lib/php/sessions/sess_<id>`, `session.serialize_handler = php`) of a Japanese lab's
home-grown reading app (輪読会アプリ), copied while debugging: `name|<serialize() value>` pairs run together on one
line with no separator and no final newline; `s:<UTF-8 byte length>:"…";`, `i:`, `d:`, `b:`, `N;`,
`a:<count>:{…}` with integer / string keys, `O:8:"stdClass":<n>:{…}`. LLM pre-training and scaling papers in the
reading list, plus a cached blog feed, a dataset and a course that are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import by_num, keys, GPT1

F = by_num(834)


def ser(v):
    if v is None: return "N;"
    if isinstance(v, bool): return f"b:{int(v)};"
    if isinstance(v, int): return f"i:{v};"
    if isinstance(v, float): return f"d:{v!r};"
    if isinstance(v, str): return f's:{len(v.encode())}:"{v}";'
    if isinstance(v, Obj): return f'O:8:"stdClass":{len(v.d)}:{{' + "".join(ser(k) + ser(x) for k, x in v.d.items()) + "}"
    if isinstance(v, list): v = dict(enumerate(v))
    return f"a:{len(v)}:{{" + "".join(ser(k) + ser(x) for k, x in v.items()) + "}"


class Obj:
    def __init__(self, **d): self.d = d


def paper(pid, key, added, by, memo, url=None, ref=None, status="未読", votes=0):
    d = {"id": pid, "title": T(key), "authors": au(key, 3), "url": url, "ref": ref, "status": status,
         "memo": memo, "added_at": added, "added_by": by, "votes": votes}
    return d


reading = [
 paper(301, "2302.13971", 1709164800, "tanaka", "公開データのみで学習した基盤モデル。7B〜65Bの学習トークン数の設定を第3回で確認。",
       url="https://arxiv.org/abs/2302.13971", status="済", votes=5),
 paper(302, "2005.14165", 1709168400, "suzuki", "175Bモデルとfew-shot評価。付録の汚染(contamination)分析も読むこと。",
       url="https://arxiv.org/abs/2005.14165v4", status="済", votes=4),
 paper(305, GPT1, 1709251200, "suzuki", "元祖の生成的事前学習。arXivには無いので、PDFはOpenAIのサイトから(リンク切れ注意)。",
       status="輪読中", votes=2),
 paper(307, "2001.08361", 1709337600, "yamamoto", "損失とパラメータ数・データ量・計算量のべき乗則。図1を再現する課題あり。",
       ref="arXiv:2001.08361", status="輪読中", votes=6),
 paper(308, "2203.15556", 1709341200, "yamamoto", "計算量一定ならパラメータ数とトークン数を同じ比率で増やすべき、という主張。前の論文と並べて読む。",
       votes=6),
 paper(311, "2205.01068", 1709424000, "kobayashi", "公開された学習ログ(logbook)が面白い。学習の不安定性と再開の記録。",
       url="https://arxiv.org/pdf/2205.01068.pdf", votes=3),
 paper(312, "2306.11644", 1709427600, "kobayashi", "教科書品質のデータで小さなコードモデル。データ品質の回で扱う。", votes=2),
 paper(315, "2303.18223", 1709510400, "tanaka", "サーベイ。全員が全部読む必要はなく、担当章だけでよい(4章: 事前学習)。", votes=1),
]
sess = [
 ("_csrf", "9f1c3e0b7a5d4c2e8b6f0a1d3c5e7b9f2a4c6e8d0b1f3a5c7e9d2b4f6a8c0e1d"),
 ("auth", {"uid": 17, "login": "yamamoto", "display_name": "山本 拓海", "role": "member", "lab": "自然言語処理研究室",
           "last_login": 1709593512, "remember": False}),
 ("locale", "ja_JP"),
 ("reading_list", reading),
 ("reading_list_meta", {"group": "LLM輪読会 2024春", "sort": "added_at", "filter": None, "page": 1, "per_page": 20,
                        "total": len(reading), "fetched_at": 1709593520}),
 ("feed_cache", Obj(source="https://nlp-blog.example.jp/feed.xml", fetched=1709593519, items=[
     {"title": "輪読会の進め方(2024年版)", "link": "https://nlp-blog.example.jp/2024/02/rindoku.html", "kind": "blog"},
     {"title": "日本語コーパスの前処理メモ", "link": "https://nlp-blog.example.jp/2024/01/corpus-memo.html", "kind": "blog"},
     {"title": "データセット: 日本語Wikipediaダンプ(2024-01-01版)", "link": "https://dumps.wikimedia.org/jawiki/", "kind": "dataset"},
     {"title": "講義: 大規模言語モデル入門(学内公開、第5回まで)", "link": "https://lms.example.ac.jp/course/llm-intro", "kind": "course"},
 ])),
 ("flash", {"success": ["「" + T("2303.18223") + "」をリストに追加しました。"], "error": []}),
 ("last_search", {"q": "scaling", "results": [307, 308], "took_ms": 12.5}),
 ("history", [{"path": "/list/llm-2024s", "at": 1709593440}, {"path": "/paper/307", "at": 1709593461},
              {"path": "/paper/308", "at": 1709593479}, {"path": "/search?q=scaling", "at": 1709593501},
              {"path": "/paper/315/edit", "at": 1709593508}, {"path": "/list/llm-2024s", "at": 1709593520}]),
 ("draft_comment", {"paper_id": 308, "body": "次回までに、前の論文のべき乗則の係数とこちらの推定値の違いを表にまとめておきます(山本)。", "saved_at": 1709593515}),
 ("ui", {"theme": "dark", "sidebar": True, "show_memo": True, "font_scale": 1.1}),
]
text = "".join(f"{k}|{ser(v)}" for k, v in sess)
write_only(F, text, keys(F))
