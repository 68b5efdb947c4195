#!/usr/bin/env python3
"""1049: a Japanese image-generation startup's Typetalk topic 「論文共有 #画像生成」 as `GET https://typetalk.com/api/v1/
topics/<id>?count=100&direction=forward` answers it: compact JSON, UTF-8 raw, no final newline — topic, directMessage
(null), bookmark, posts in order (id, topicId, replyTo, message, account, mention, attachments, likes, talks, links,
createdAt, updatedAt), hasNext, exceedsAttachmentLimit. A URL in a message gets a `links` entry with the page's OGP
title / description / image (arXiv's og:title is the bare title; the description here is the abstract's first
sentence, as link previews cut it). Likes carry their comments; one post has a PDF attachment. The Stability AI news
post and the Hugging Face demo Space are not papers; "LDM", "SD3", "DreamBooth", "DiT", "LoRA" are nicknames."""
import hashlib, json, os, sys
from datetime import datetime, timedelta, timezone
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(1049)
K = dict(ldm="2112.10752", dreambooth="2208.12242", sd3="2403.03206", cm="2303.01469", ddpm="2006.11239",
         diffwave="2009.09761", ip2p="2211.09800", motion="2103.14338")
TOPIC_ID = 284117
ARXIV_IMG = "https://arxiv.org/static/browse/0.3.4/images/arxiv-logo-fb.png"


def ts(d):
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")


def acct(aid, name, full, created):
    return {"id": aid, "name": name, "fullName": full, "suggestion": full,
            "imageUrl": f"https://typetalk.com/accounts/{aid}/profile_image.png?t=1612345678000",
            "isBot": False, "createdAt": created, "updatedAt": "2023-11-20T02:14:36Z"}


A = {"misaki": acct(152201, "misaki_t", "田中 美咲", "2021-02-03T01:12:45Z"),
     "ken": acct(152208, "ken.sato", "佐藤 健", "2021-02-03T01:40:02Z"),
     "aoi": acct(160774, "aoi_y", "山本 葵", "2021-06-14T00:05:51Z"),
     "dai": acct(171930, "dsuzuki", "鈴木 大輔", "2022-04-01T00:31:17Z")}
OGP = {
    "https://arxiv.org/abs/2112.10752": (T(K["ldm"]), "By decomposing the image formation process into a sequential application of denoising autoencoders, diffusion models (DMs) achieve state-of-the-art synthesis results on image data and beyond.", ARXIV_IMG),
    "https://arxiv.org/abs/2403.03206": (T(K["sd3"]), "Diffusion models create data from noise by inverting the forward paths of data towards noise and have emerged as a powerful generative modeling technique for high-dimensional, perceptual data such as images and videos.", ARXIV_IMG),
    "https://stability.ai/news/stable-diffusion-3-research-paper": ("Stable Diffusion 3: Research Paper — Stability AI", "Following our announcement of the early preview of Stable Diffusion 3, today we are publishing the research paper which outlines the technical details of our upcoming model release.", "https://images.squarespace-cdn.com/content/v1/6213c340453c3f502425776e/sd3-research-paper-og.png"),
    "https://arxiv.org/abs/2208.12242": (T(K["dreambooth"]), "Large text-to-image models achieved a remarkable leap in the evolution of AI, enabling high-quality and diverse synthesis of images from a given text prompt.", ARXIV_IMG),
    "https://huggingface.co/spaces/timbrooks/instruct-pix2pix": ("InstructPix2Pix - a Hugging Face Space by timbrooks", "Discover amazing ML apps made by the community", "https://cdn-thumbnails.huggingface.co/social-thumbnails/spaces/timbrooks/instruct-pix2pix.png"),
}
clock = [datetime(2024, 3, 4, 1, 3, 12, tzinfo=timezone.utc)]
posts, link_id, like_id = [], [90412], [33150]


def post(who, gap_min, message, reply=None, likes=(), attach=None, edited_min=0):
    clock[0] += timedelta(minutes=gap_min, seconds=(len(posts) * 37) % 60)
    pid = 61870411 + len(posts) * 7 + (len(posts) ** 2) % 5
    created = ts(clock[0])
    links = []
    for url, (title, desc, img) in OGP.items():
        if url in message:
            link_id[0] += 1
            links.append({"id": link_id[0], "url": url, "contentType": "text/html; charset=utf-8", "title": title,
                          "description": desc, "imageUrl": img, "createdAt": created, "updatedAt": created,
                          "videoProvider": None, "embed": None})
    lk = []
    for n, (w, comment) in enumerate(likes):
        like_id[0] += 1
        lk.append({"id": like_id[0], "postId": pid, "topicId": TOPIC_ID, "comment": comment, "account": A[w],
                   "createdAt": ts(clock[0] + timedelta(minutes=4 + 3 * n))})
    att = []
    if attach:
        name, size = attach
        key = hashlib.sha1(name.encode()).hexdigest()[:20]
        att.append({"webUrl": f"https://typetalk.com/topics/{TOPIC_ID}/posts/{pid}/attachments/1/{name}",
                    "apiUrl": f"https://typetalk.com/api/v1/topics/{TOPIC_ID}/posts/{pid}/attachments/1/{name}",
                    "attachment": {"fileKey": key, "fileName": name, "fileSize": size, "contentType": "application/pdf"},
                    "thumbnails": []})
    posts.append({"id": pid, "topicId": TOPIC_ID, "replyTo": reply, "message": message, "account": A[who],
                  "mention": None, "attachments": att, "likes": lk, "talks": [], "links": links,
                  "createdAt": created, "updatedAt": ts(clock[0] + timedelta(minutes=edited_min))})
    return pid


p1 = post("misaki", 0, "今月の論文共有スレッドです。社内勉強会（拡散モデル編）の候補をここに貼ってください。\n"
          "まずは基礎から：「" + T(K["ddpm"]) + "」（Ho et al., NeurIPS 2020）。第1回はこれを全員で読みます。",
          likes=[("ken", ""), ("aoi", "了解です！")])
post("ken", 14, "基礎の次はLDMもセットで読みたいです。うちの学習パイプラインの元ネタなので\nhttps://arxiv.org/abs/2112.10752",
     reply=p1, likes=[("misaki", "")])
post("aoi", 52, "音声チームからはこちら：「" + T(K["diffwave"]) + "」\nボコーダーをHiFi-GANから置き換える検討に使います。"
     "拡散モデルでも音声だと50ステップくらいで済むのが面白い。", likes=[("dai", "音声もやるんですね👀")])
post("dai", 2880, "SD3の論文出てました https://arxiv.org/abs/2403.03206\nRectified Flow + MM-DiT。"
     "社内モデルの次の土台候補なので、誰か第3回で紹介してほしいです。\n公式の解説記事（論文ではない）: "
     "https://stability.ai/news/stable-diffusion-3-research-paper", likes=[("misaki", "第3回、私がやります"), ("ken", "")],
     edited_min=3)
post("misaki", 41, "編集系なら「" + T(K["ip2p"]) + "」も外せないです。\nデモはこちら（論文ではなくHugging Faceのデモ）: "
     "https://huggingface.co/spaces/timbrooks/instruct-pix2pix")
post("ken", 96, "推論コストの話だと Consistency Models（arXiv:2303.01469）ですね。1〜2ステップで生成できるなら"
     "API原価がかなり下がるはず。蒸留の実験、来週から回します。", likes=[("dai", "期待してます")])
post("aoi", 1210, "クライアント案件（人物の動きの転写）で参考になりそうなもの：\n「" + T(K["motion"]) +
     "」CVPR 2021。少数ショットで本人らしさを保つ工夫がポイント。", likes=[("misaki", "")])
post("dai", 33, "パーソナライズはやっぱり DreamBooth https://arxiv.org/abs/2208.12242\n"
     "キャラクター固定をLoRAでやってる今の方式と比較したいです。")
post("misaki", 305, "勉強会の日程です：3/14（木）17:00〜 会議室B＋Zoom。第1回の資料を置いておきます。",
     attach=("diffusion_study_01_ddpm.pdf", 2841105), likes=[("ken", ""), ("aoi", ""), ("dai", "ありがとうございます！")])

topic = {"id": TOPIC_ID, "name": "論文共有 #画像生成", "suggestion": "論文共有 #画像生成",
         "description": "画像・音声生成まわりの論文を貼る場所。雑談は #random へ。", "isDirectMessage": False,
         "lastPostedAt": posts[-1]["createdAt"], "createdAt": "2022-05-09T04:22:10Z", "updatedAt": "2023-08-01T06:51:33Z"}
doc = {"topic": topic, "directMessage": None, "bookmark": {"postId": posts[-2]["id"], "updatedAt": posts[-2]["createdAt"]},
       "posts": posts, "hasNext": False, "exceedsAttachmentLimit": False}
text = json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
write_only(F, text, keys(F))
