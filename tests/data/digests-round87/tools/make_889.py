#!/usr/bin/env python3
"""889: a Plurk API 2.0 answer (`/APP/Timeline/getPlurks?filter=my&limit=20`) saved from a Taiwanese graduate student's
script, as the server sent it: one line, Python-json style separators (`", "` / `": "`), every non-ASCII character
`\\uXXXX`-escaped (surrogate pairs for the emoji), no final newline. `plurks` newest first, each plurk's keys in the
order the API documentation shows (`responses_seen`, `qualifier`, `plurk_id`, … `replurkers_count`), `posted` in
RFC 1123 GMT, `lang` `tr_ch`, `content_raw` as typed (Plurk markup: `**bold**`, a URL followed by ` (text)` becomes a
link with that text) and `content` as rendered (HTML-escaped text, `<a href=… class="ex_link" rel="nofollow">`,
`<b>`, `<br />`), then `plurk_users` keyed by id. Image generation, diffusion and vision-language posts in Traditional
Chinese; a blog post and a course playlist are not papers."""
import html, json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(889)
K = dict(ip2p="2211.09800", sd3="2403.03206", clip="2103.00020", blip2="2301.12597", cfg="2207.12598",
         lsgm="2106.05931", zero123="2303.11328", frozen="2106.13884")
UID = 10384726
QT = {"shares": "分享", "thinks": "想", "says": "說", "likes": "喜歡", "wonders": "好奇"}
URL = re.compile(r"(https?://[^\s（）()]+)(?: \(([^)]*)\))?")


def render(raw):
    """content as Plurk renders content_raw (as remembered): escape, links, **bold**, line breaks"""
    out, pos = [], 0
    for m in URL.finditer(raw):
        out.append(html.escape(raw[pos:m.start()], quote=False))
        label = m.group(2) if m.group(2) is not None else m.group(1)
        out.append(f'<a href="{m.group(1)}" class="ex_link" rel="nofollow">{html.escape(label, quote=False)}</a>')
        pos = m.end()
    out.append(html.escape(raw[pos:], quote=False))
    s = "".join(out)
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    return s.replace("\n", "<br />")


POSTS = [  # (plurk_id, posted, qualifier, content_raw, responses, favorers, replurkers)
    (1533861207, "Sat, 09 Mar 2024 14:20:37 GMT", "shares",
     f"SD3 的技術報告終於出來了 **{T(K['sd3'])}** https://arxiv.org/abs/2403.03206 (SD3 技術報告)\n"
     "rectified flow + MM-DiT：文字和影像各一套權重、再一起做注意力，難怪圖裡的字變漂亮了", 6, [2281930, 5520317], [2281930]),
    (1533502918, "Thu, 07 Mar 2024 03:05:12 GMT", "thinks",
     f"下週讀書會輪到我報「{T(K['ip2p'])}」 https://arxiv.org/abs/2211.09800\n"
     "先用 GPT-3 產生編輯指令、再用 Prompt-to-Prompt 生成前後圖對，最後訓練條件擴散模型。造資料的方式很有創意", 3, [5520317], []),
    (1533276044, "Tue, 05 Mar 2024 12:40:55 GMT", "says",
     f"{T(K['cfg'])}，arXiv:2207.12598，其實只有短短幾頁…\n"
     "同一個模型同時學有條件和無條件的分數，推論時兩者外插，guidance scale 就是那個 w", 2, [], []),
    (1532980733, "Sun, 03 Mar 2024 15:10:02 GMT", "likes",
     f"複習 CLIP 原論文：{T(K['clip'])} https://arxiv.org/pdf/2103.00020 (PDF)\n"
     "四億組圖文對的對比學習，zero-shot ImageNet 那張表還是很震撼", 4, [2281930, 7719402, 5520317], [7719402]),
    (1532722169, "Fri, 01 Mar 2024 13:22:48 GMT", "shares",
     f"**{T(K['blip2'])}**\n凍結影像編碼器和 LLM，中間只訓練一個小小的 Q-Former，終於看懂了 "
     "https://arxiv.org/abs/2301.12597", 5, [7719402], []),
    (1532281540, "Tue, 27 Feb 2024 14:00:19 GMT", "wonders",
     f"Frozen 那篇（{T(K['frozen'])}）算不算 Flamingo 的前身？\n凍結語言模型、只訓練視覺編碼器，把影像當成 prefix 餵進去", 7,
     [], []),
    (1532013377, "Sun, 25 Feb 2024 11:30:41 GMT", "thinks",
     f"單張圖生 3D：{T(K['zero123'])}\n拿預訓練的擴散模型微調成「換視角」的模型，官方程式碼還沒跑起來，先記著", 1, [], []),
    (1531688251, "Thu, 22 Feb 2024 15:45:03 GMT", "says",
     f"老師推薦的 {T(K['lsgm'])}（LSGM，NeurIPS 2021）：把 score-based 模型搬到 VAE 的潛在空間裡訓練。\n數學有點硬，週末再戰", 2,
     [], []),
    (1531450926, "Tue, 20 Feb 2024 12:00:27 GMT", "shares",
     "入門擴散模型還是這篇部落格最好懂（不是論文） https://lilianweng.github.io/posts/2021-07-11-diffusion-models/ "
     "(Lil'Log: What are Diffusion Models?)", 9, [2281930, 5520317, 7719402, 3390018], [3390018]),
    (1531215604, "Sun, 18 Feb 2024 09:12:55 GMT", "says",
     "生成式 AI 課程影片整理在這 https://www.youtube.com/playlist?list=PLexample-genai-2024 (課程播放清單)，每週看兩講", 0, [],
     []),
]


def plurk(pid, posted, q, raw, nresp, favs, reps):
    return {"responses_seen": nresp, "qualifier": q, "plurk_id": pid, "response_count": nresp, "limited_to": None,
            "no_comments": 0, "is_unread": 0, "lang": "tr_ch", "content_raw": raw, "user_id": UID, "plurk_type": 0,
            "content": render(raw), "qualifier_translated": QT[q], "posted": posted, "owner_id": UID,
            "favorite": False, "favorite_count": len(favs), "favorers": favs, "replurkable": True,
            "replurked": False, "replurker_id": None, "replurkers": reps, "replurkers_count": len(reps)}


doc = {"plurks": [plurk(*p) for p in POSTS],
       "plurk_users": {str(UID): {"id": UID, "nick_name": "dried_fish_tw", "display_name": "小魚乾 🐟",
                                  "premium": False, "has_profile_image": 1, "avatar": 12, "location": "Taipei, Taiwan",
                                  "default_lang": "tr_ch", "date_of_birth": None, "bday_privacy": 0,
                                  "full_name": "林小瑜", "gender": 0, "name_color": None, "timezone": "Asia/Taipei",
                                  "verified_account": False, "karma": 108.42, "dateformat": 0, "status": "active"}}}
text = json.dumps(doc)
decoded = "\n".join([p["content_raw"] for p in doc["plurks"]] + [html.unescape(p["content"]) for p in doc["plurks"]])
write_only(F, text, keys(F), [decoded])
