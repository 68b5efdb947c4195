#!/usr/bin/env python3
"""452: Safari's Bookmarks.plist converted to XML (`plutil -convert xml1`, which writes what plistlib writes: tab
indentation, keys sorted), of a Japanese user: the History proxy, the BookmarksBar with folders (研究室, 論文ツール,
カンファレンス) and the com.apple.ReadingList list, whose items carry URLString, URIDictionary/title, ReadingList
(DateAdded, DateLastViewed, PreviewText) and ReadingListNonSync. Papers are Reading List items (one also a bar
bookmark): arXiv abs URLs (link), a Semantic Scholar /arxiv/ID URL and an arXiv Vanity URL (arxiv-text), a
NeurIPS proceedings page, a Nature Machine Intelligence page, a Google Scholar search, Zenn and Qiita articles about a
paper (title-only). Not papers: the lab wiki, Overleaf, timm's docs, Papers with Code, the CVPR 2024 site, the
ImageNet site, an arXiv listing page, a YouTube talk, a Zenn scrap about GPU purchases."""
import os, plistlib, sys
from datetime import datetime
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, abstract, write_only
from make_expected import F452, keys, ALEXNET

n = [0]


def uuid():
    n[0] += 1
    return f"5C1E{n[0]:04X}-8A3B-4F2D-9E61-{(0x1D3A5F7C9B2E + n[0] * 7919):012X}"


def leaf(title, url):
    return {"URIDictionary": {"title": title}, "URLString": url, "WebBookmarkType": "WebBookmarkTypeLeaf",
            "WebBookmarkUUID": uuid()}


def folder(title, children):
    return {"Children": children, "Title": title, "WebBookmarkType": "WebBookmarkTypeList", "WebBookmarkUUID": uuid()}


def rl(title, url, added, preview=None, viewed=None, fetched=True):
    d = leaf(title, url)
    r = {"DateAdded": added}
    if viewed: r["DateLastViewed"] = viewed
    if preview: r["PreviewText"] = preview
    d["ReadingList"] = r
    d["ReadingListNonSync"] = {"neverFetchMetadata": False} if fetched else {"neverFetchMetadata": False, "siteName": ""}
    if fetched:
        d["imageURL"] = "https://static.example.jp/og/default.png" if "zenn" in url or "qiita" in url else None
        if d["imageURL"] is None: del d["imageURL"]
    return d


def pv(key, n_=170):
    a = " ".join(abstract(key).split())
    return a[:n_].rsplit(" ", 1)[0] + "…"


D = lambda s: datetime.fromisoformat(s)
bar = [
 leaf("研究室 Wiki", "https://wiki.vislab.example.ac.jp/"),
 leaf("Overleaf", "https://www.overleaf.com/project"),
 folder("論文ツール", [
  leaf("Papers with Code", "https://paperswithcode.com/"),
  leaf("Google Scholar", "https://scholar.google.co.jp/"),
  leaf("cs.CV new submissions", "https://arxiv.org/list/cs.CV/new"),
  leaf("timm ドキュメント", "https://huggingface.co/docs/timm/index"),
  leaf("[1905.11946] " + T("1905.11946"), "https://arxiv.org/abs/1905.11946"),
 ]),
 folder("カンファレンス", [
  leaf("CVPR 2024", "https://cvpr.thecvf.com/Conferences/2024"),
  leaf("ImageNet", "https://www.image-net.org/"),
  leaf("ECCV 2024 締切カウントダウン", "https://aideadlin.es/?sub=CV"),
 ]),
]
reading = [
 rl("[1905.11946] " + T("1905.11946"), "https://arxiv.org/abs/1905.11946", D("2024-02-26T23:41:07Z"),
    pv("1905.11946"), D("2024-02-27T12:03:55Z")),
 rl(T("2004.08955") + " – arXiv Vanity", "https://www.arxiv-vanity.com/papers/2004.08955/", D("2024-02-27T00:12:40Z"),
    "ResNeStはSplit-Attentionブロックを積み重ねたResNetの変種で、検出・セグメンテーションの下流タスクでも…"),
 rl("【論文紹介】" + T("2101.01761") + " - Zenn", "https://zenn.dev/kaz_tsuru/articles/autodropout-yomu",
    D("2024-02-28T10:20:15Z"), "構造化されたドロップアウトのパターンを強化学習で探索する論文を読んだのでまとめます。ConvNetとTransformerの両方で…"),
 rl(T("1912.11370") + " - Google Scholar",
    "https://scholar.google.co.jp/scholar?q=Big+Transfer+(BiT):+General+Visual+Representation+Learning&hl=ja",
    D("2024-02-28T10:22:48Z"), None, None, False),
 rl("[2106.10270] " + T("2106.10270"), "https://arxiv.org/abs/2106.10270", D("2024-03-01T08:55:31Z"),
    pv("2106.10270"), D("2024-03-04T01:17:09Z")),
 rl(ALEXNET, "https://proceedings.neurips.cc/paper/2012/hash/c399862d3b9d6b76c8436e924a68c45b-Abstract.html",
    D("2024-03-01T09:02:11Z"), "Part of Advances in Neural Information Processing Systems 25 (NIPS 2012)"),
 rl(T("2103.14586") + " | Semantic Scholar", "https://www.semanticscholar.org/arxiv/2103.14586",
    D("2024-03-02T14:40:26Z"), "Semantic Scholar extracted view of the paper. Corpus ID and citations are listed on the page."),
 rl(T("2004.07780") + " | Nature Machine Intelligence", "https://www.nature.com/articles/s42256-020-00257-z",
    D("2024-03-02T14:44:03Z"), "Deep learning has triggered the current rise of artificial intelligence… This Perspective "
    "discusses how many failure cases of deep learning can be seen as different symptoms of the same problem."),
 rl("[2006.14536] " + T("2006.14536"), "https://arxiv.org/abs/2006.14536", D("2024-03-03T22:10:58Z"), pv("2006.14536")),
 rl("[2007.01434] " + T("2007.01434"), "https://arxiv.org/abs/2007.01434", D("2024-03-03T22:11:30Z"),
    pv("2007.01434"), D("2024-03-05T11:48:20Z")),
 rl(T("2010.04159") + " を読む - Qiita", "https://qiita.com/mtk_vision/items/3f9a2c71d4e8b05a61c2",
    D("2024-03-04T03:05:44Z"), "物体検出のDETRは収束が遅い。Deformable Attentionで参照点の周りの少数のサンプリング点だけを見る…"),
 rl("【講演】ViT の学習レシピを全部試した話 - YouTube", "https://www.youtube.com/watch?v=Qx7rT2eLk9M",
    D("2024-03-05T12:30:02Z"), "勉強会の録画です。スライドは概要欄から。"),
 rl("GPU 買い替え検討メモ｜Zenn スクラップ", "https://zenn.dev/kaz_tsuru/scraps/9b1e3c0f2a", D("2024-03-06T01:00:00Z"),
    "RTX 4090 と A6000 Ada の比較。研究費の締め切りが 3/15 なので…"),
]
root = {"Children": [
 {"Title": "History", "WebBookmarkIdentifier": "History", "WebBookmarkType": "WebBookmarkTypeProxy",
  "WebBookmarkUUID": uuid()},
 folder("BookmarksBar", bar),
 folder("BookmarksMenu", []),
 dict(folder("com.apple.ReadingList", reading), ShouldOmitFromUI=True),
], "Title": "", "WebBookmarkFileVersion": 1, "WebBookmarkType": "WebBookmarkTypeList", "WebBookmarkUUID": uuid()}
text = plistlib.dumps(root, fmt=plistlib.FMT_XML, sort_keys=True).decode("utf-8")
write_only(F452, text, keys(F452))
