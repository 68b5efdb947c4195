#!/usr/bin/env python3
"""1291: a Karakeep (formerly Hoarder) REST API answer (Persian): a Tehran-like lab runs a self-hosted Karakeep for the
self-supervised-learning reading group; a member (سارا) listed the ten newest bookmarks with
`curl -s -H "Authorization: Bearer …" "https://karakeep.ssl-lab.example.ir/api/v1/bookmarks?limit=10" | jq .` and
saved jq's output. The answer: `bookmarks` (newest first) and `nextCursor`; each bookmark with its cuid2 id, times,
`taggingStatus` / `summarizationStatus`, note, summary, tags (Persian tags attached by the AI tagger — with the
zero-width non-joiner inside words — or by a human), its content (`link` with the crawled page title, description,
image and favicon; `text` typed by a member; `asset`, an uploaded PDF) and its assets. jq's layout: two-space indent,
raw UTF-8. Papers: arXiv pages (one a PDF), an OpenReview forum, a GitHub repository whose note gives an `arXiv:` id,
text bookmarks and an uploaded PDF with titles only. facebookresearch/barlowtwins, lightly-ai/lightly and a lecture
video are not papers; SupCon, DACL, BYOL and BiT are nicknames."""
import base64, hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1291, keys


def cuid(seed):
    h = hashlib.sha256(("cuid:" + seed).encode()).digest()
    a = "abcdefghijklmnopqrstuvwxyz0123456789"
    return "abcdefghijklmnopqrstuvwxyz"[h[0] % 26] + "".join(a[b % 36] for b in h[1:24])


ZW = "\u200c"
tags = {
 "contrast": ("یادگیری متضاد", "ai"), "ssl": (f"یادگیری خودنظارت{ZW}شده", "ai"), "cv": ("بینایی ماشین", "ai"),
 "sup": (f"یادگیری نظارت{ZW}شده", "ai"), "code": ("کد", "ai"), "paper": ("مقاله", "human"), "week14": ("جلسه ۱۴", "human"),
 "video": ("ویدیو", "ai"), "lib": ("کتابخانه", "ai"), "todo": ("بخوانیم", "human"), "transfer": ("یادگیری انتقالی", "ai"),
}


def tg(*names):
    return [{"id": cuid("tag:" + n), "name": tags[n][0], "attachedBy": tags[n][1]} for n in names]


AR_IMG = "https://arxiv.org/static/browse/0.3.4/images/arxiv-logo-fb.png"
AR_FAV = "https://arxiv.org/static/browse/0.3.4/images/icons/favicon-32x32.png"


def link(seed, url, title, desc, img, fav, crawled):
    return {"type": "link", "url": url, "title": title, "description": desc, "imageUrl": img,
            "imageAssetId": cuid("img:" + seed) if img else None, "screenshotAssetId": cuid("shot:" + seed),
            "fullPageArchiveAssetId": None, "favicon": fav, "crawledAt": crawled}


def bm(seed, created, modified, content, tagl, note=None, title=None, status="success", assets=None):
    if assets is None:
        assets = [{"id": cuid("shot:" + seed), "assetType": "screenshot"}] if content["type"] == "link" else []
        if content["type"] == "link" and content["imageAssetId"]:
            assets.append({"id": content["imageAssetId"], "assetType": "bannerImage"})
    return {"id": cuid("bm:" + seed), "createdAt": created, "modifiedAt": modified, "title": title, "archived": False,
            "favourited": False, "taggingStatus": status, "summarizationStatus": None, "note": note, "summary": None,
            "tags": tagl, "content": content, "assets": assets}


B = [
 bm("supcon", "2024-05-13T19:42:11.000Z", "2024-05-13T19:42:40.000Z",
    link("supcon", "https://arxiv.org/abs/2004.11362", f"[2004.11362] {T('2004.11362')}",
         "Contrastive learning applied to self-supervised representation learning has seen a resurgence in recent years, leading to state of the art performance in the unsupervised training of deep image models.",
         AR_IMG, AR_FAV, "2024-05-13T19:42:19.000Z"), tg("contrast", "sup", "cv", "week14"), note="برای جلسه‌ی ۱۴ — مقایسه با SimCLR".replace("‌", ZW)),
 bm("dacl", "2024-05-13T19:30:02.000Z", "2024-05-13T19:30:09.000Z",
    {"type": "text", "text": f"DACL — {T('2011.04419')}\nلینکش را پیدا نکردم، فقط عنوان را از اسلاید دکتر رضایی برداشتم.", "sourceUrl": None},
    tg("contrast", "ssl")),
 bm("byol", "2024-05-12T08:15:47.000Z", "2024-05-12T08:16:20.000Z",
    link("byol", "https://arxiv.org/abs/2006.07733", f"[2006.07733] {T('2006.07733')}",
         "We introduce Bootstrap Your Own Latent (BYOL), a new approach to self-supervised image representation learning.",
         AR_IMG, AR_FAV, "2024-05-12T08:15:58.000Z"), tg("ssl", "cv", "paper")),
 bm("bituning", "2024-05-11T21:04:33.000Z", "2024-05-11T21:05:02.000Z",
    link("bituning", f"https://openreview.net/forum?id={OR('2011.06182')}", f"{T('2011.06182')} | OpenReview",
         "Bi-tuning generalizes vanilla fine-tuning by integrating two heads upon the backbone of pre-trained representations.",
         "https://openreview.net/images/openreview_logo_512.png", "https://openreview.net/favicon.ico", "2024-05-11T21:04:45.000Z"),
    tg("transfer", "sup"), note="نسخه‌ی OpenReview را نگه داشتم؛ بحث داورها هم خواندنی است".replace("‌", ZW)),
 bm("barlow", "2024-05-10T16:58:09.000Z", "2024-05-10T17:02:51.000Z",
    link("barlow", "https://github.com/facebookresearch/barlowtwins", "GitHub - facebookresearch/barlowtwins: PyTorch implementation of Barlow Twins.",
         "PyTorch implementation of Barlow Twins. Contribute to facebookresearch/barlowtwins development by creating an account on GitHub.",
         "https://opengraph.githubassets.com/3f1c0e/facebookresearch/barlowtwins", "https://github.githubassets.com/favicons/favicon.svg", "2024-05-10T16:58:21.000Z"),
    tg("code", "ssl"), note=f"کد رسمی {T('2103.03230')} — arXiv:2103.03230 (مقاله را هنوز ذخیره نکرده‌ام)".replace("‌", ZW)),
 bm("bit", "2024-05-09T11:20:40.000Z", "2024-05-09T11:21:13.000Z",
    {"type": "asset", "assetType": "pdf", "assetId": cuid("pdf:bit"), "fileName": "big_transfer_kolesnikov.pdf", "sourceUrl": None},
    tg("transfer", "cv"), title=T("1912.11370"), assets=[{"id": cuid("pdf:bit"), "assetType": "bookmarkAsset"}]),
 bm("beit", "2024-05-08T09:02:55.000Z", "2024-05-08T09:03:30.000Z",
    link("beit", "https://arxiv.org/pdf/2106.08254v2", T("2106.08254"), None, None, None, "2024-05-08T09:03:12.000Z"),
    tg("ssl", "cv")),
 bm("hardneg", "2024-05-07T22:47:18.000Z", "2024-05-07T22:47:18.000Z",
    {"type": "text", "text": f"مقاله‌ی {T('2010.04592')} (Robinson و همکاران، ICLR 2021) — سارا گفت قبل از جلسه‌ی ۱۵ بخوانیم.".replace("‌", ZW), "sourceUrl": None},
    [], status="pending"),
 bm("lecture", "2024-05-06T18:30:00.000Z", "2024-05-06T18:30:37.000Z",
    link("lecture", "https://www.youtube.com/watch?v=Wq4f9nJc2Ls", "Self-Supervised Learning: Contrastive and Non-Contrastive Methods - YouTube",
         "درس یادگیری عمیق، جلسه‌ی ۲۲ — ضبط شده در کلاس".replace("‌", ZW), "https://i.ytimg.com/vi/Wq4f9nJc2Ls/maxresdefault.jpg",
         "https://www.youtube.com/s/desktop/5ee39131/img/favicon_32x32.png", "2024-05-06T18:30:12.000Z"), tg("video", "ssl")),
 bm("lightly", "2024-05-05T13:11:26.000Z", "2024-05-05T13:11:58.000Z",
    link("lightly", "https://github.com/lightly-ai/lightly", "GitHub - lightly-ai/lightly: A python library for self-supervised learning on images.",
         "A python library for self-supervised learning on images. - lightly-ai/lightly", "https://opengraph.githubassets.com/8a02d4/lightly-ai/lightly",
         "https://github.githubassets.com/favicons/favicon.svg", "2024-05-05T13:11:37.000Z"), tg("lib", "ssl", "todo")),
]
cursor = base64.b64encode(json.dumps({"id": B[-1]["id"], "createdAt": B[-1]["createdAt"]}, separators=(",", ":")).encode()).decode()
doc = {"bookmarks": B, "nextCursor": cursor}
text = json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
write_only(F1291, text, keys(F1291))
