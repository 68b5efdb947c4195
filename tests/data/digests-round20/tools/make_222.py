#!/usr/bin/env python3
"""Builds digests/222_discourse_topic_json_bengali_peft_forum.json: the answer of an (invented) Discourse forum of a
Bangladeshi ML community to GET /t/1843.json, a Bengali topic about fine-tuning an LLM for Bangla with QLoRA. Written
as Rails renders it: compact JSON, UTF-8 kept, "<", ">" and "&" escaped as \\u003c, \\u003e, \\u0026 (ActiveSupport's
escape_html_entities_in_json), no final newline. Keys: post_stream (posts, stream), timeline_lookup,
suggested_topics, tags, tags_descriptions, id, title, fancy_title, posts_count, created_at, views, reply_count,
like_count, last_posted_at, …, slug (Discourse's "ascii" slug of a Bengali title keeps only the Latin letters),
category_id, …, participant_count, details (created_by, last_poster, participants). Posts carry the cooked HTML:
paragraphs, a list, a quote aside of an earlier post, a mention, a local-date span, and "allowlistedgeneric"
oneboxes (site icon, h3 title link, description) for arXiv and Hugging Face pages; link_counts give each external
link with the page title Discourse crawled.

Evidence: QLoRA's and LoRA's arXiv oneboxes (abs; link_counts titles "[id] title"), T-Few's Hugging Face onebox
("Paper page - …"), the unified view's OpenReview forum link (link); "DoRA: … (arXiv:2402.09353)" and "GPT Understands,
Too — arXiv 2103.10385" (arxiv-text); AdaLoRA (followed by the Bengali danda "।"), adapters, prefix-tuning and
prompt tuning in a list, BitFit in a question, BPE in prose (title-only). Non-papers: the sentencepiece repository,
Google Meet, the forum's wiki. LoRA, QLoRA, DoRA, AdaLoRA, IA³, P-tuning, BitFit are also used as nicknames. Names,
ids, dates and counts are invented; the onebox descriptions are the first words of the papers' abstracts, cut."""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(__file__))
from catalogue import CAT, check_no_distractor

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "222_discourse_topic_json_bengali_peft_forum.json")
HOST = "https://forum.bdml.example.org"
TOPIC, SLUG = 1843, "qlora-llm"
TITLE = "QLoRA দিয়ে বাংলা LLM ফাইন-টিউনিং: কোন পেপারগুলো আগে পড়ব?"
USERS = {  # username: (id, name, trust_level, moderator/admin, avatar version)
    "tanvir_h": (58, "তানভীর হাসান", 1, False, "173_2"),
    "nusrat.j": (12, "নুসরাত জাহান", 3, False, "211_2"),
    "rafiq_ml": (31, "রফিকুল ইসলাম", 2, False, "96_2"),
    "mahmud": (44, "মাহমুদুল হক", 2, False, "140_2"),
    "bdml_admin": (1, "বিডিএমএল টিম", 4, True, "2_2"),
}
ICON = {"arxiv.org": HOST + "/uploads/default/original/1X/5c2b0e8d1f7a39e4b6c0d2a1e9f3b7c4d8a6e201.png",
        "huggingface.co": HOST + "/uploads/default/original/1X/9a7e3c1b5d2f8e6a4c0b9d7f1e3a5c2b8d6f4e07.png"}


def avatar(u):
    return f"/user_avatar/forum.bdml.example.org/{u}/{{size}}/{USERS[u][4]}.png"


def cut(s, n=220):
    s = " ".join(s.split())
    return s if len(s) <= n else s[:s.rfind(" ", 0, n)] + "…"


def onebox(url, site, h3, desc):
    return (f'<aside class="onebox allowlistedgeneric" data-onebox-src="{url}">\n  <header class="source">\n'
            f'      <img src="{ICON[site]}" class="site-icon" width="32" height="32">\n\n'
            f'      <a href="{url}" target="_blank" rel="noopener nofollow ugc">{"arXiv.org" if site == "arxiv.org" else "huggingface.co"}</a>\n'
            f'  </header>\n\n  <article class="onebox-body">\n    \n\n<h3><a href="{url}" target="_blank" rel="noopener nofollow ugc">{h3}</a></h3>\n\n'
            f'  <p>{desc}</p>\n\n\n  </article>\n\n  <div class="onebox-metadata">\n    \n    \n  </div>\n\n'
            f'  <div style="clear: both"></div>\n</aside>\n')


DESC = {  # the first words of the abstracts, as arXiv's og:description gives them
    "2305.14314": "We present QLoRA, an efficient finetuning approach that reduces memory usage enough to finetune a 65B "
                  "parameter model on a single 48GB GPU while preserving full 16-bit finetuning task performance.",
    "2106.09685": "An important paradigm of natural language processing consists of large-scale pre-training on general "
                  "domain data and adaptation to particular tasks or domains. As we pre-train larger models, full "
                  "fine-tuning, which retrains all model parameters, becomes less feasible.",
}


def abs_box(aid):
    return onebox(f"https://arxiv.org/abs/{aid}", "arxiv.org", CAT[aid]["title"], cut(DESC[aid]))


def lc(url, title, clicks):
    return {"url": url, "internal": False, "reflection": False, "title": title, "clicks": clicks}


def quote(u, post, text):
    return (f'<aside class="quote no-group" data-username="{u}" data-post="{post}" data-topic="{TOPIC}">\n<div class="title">\n'
            f'<div class="quote-controls"></div>\n<img loading="lazy" alt="" width="24" height="24" '
            f'src="{HOST}{avatar(u).replace("{size}", "48")}" class="avatar"> {USERS[u][1]}:</div>\n<blockquote>\n<p>{text}</p>\n</blockquote>\n</aside>\n')


TFEW = "Few-Shot Parameter-Efficient Fine-Tuning is Better and Cheaper than In-Context Learning"
# (username, created, updated, reply_to, cooked, link_counts, likes, reads)
POSTS = [
    ("tanvir_h", "2024-03-09T15:42:18.204Z", "2024-03-09T15:42:18.204Z", None,
     "<p>সবাইকে সালাম! আমরা একটা ৭বি ওপেন মডেলকে বাংলা নির্দেশনা-ডেটাসেটে (প্রায় ৪২ হাজার উদাহরণ) ফাইন-টিউন করতে চাই। "
     "হাতে আছে মাত্র একটা ২৪ জিবি GPU। শুনেছি QLoRA দিয়ে এটা সম্ভব:</p>\n" + abs_box("2305.14314") +
     "<p>কিন্তু কোন পেপারগুলো আগে পড়া উচিত, আর কোন ক্রমে? নতুনদের জন্য একটা তালিকা পেলে খুব উপকার হয়।</p>",
     [lc("https://arxiv.org/abs/2305.14314", "[2305.14314] QLoRA: Efficient Finetuning of Quantized LLMs", 23)], 4, 61),
    ("nusrat.j", "2024-03-09T16:20:51.877Z", "2024-03-09T16:31:02.113Z", None,
     "<p>শুরু করুন মূল LoRA পেপার দিয়ে:</p>\n" + abs_box("2106.09685") +
     "<p>তারপর <strong>DoRA: Weight-Decomposed Low-Rank Adaptation</strong> (arXiv:2402.09353) দেখতে পারেন — নতুন, কিন্তু "
     "ধারণাটা সহজ: ওজনকে মান আর দিক, এই দুই ভাগে ভাঙা। আর র‍্যাঙ্ক যদি নিজে থেকে ভাগ করে দিতে চান, তাহলে "
     "AdaLoRA: Adaptive Budget Allocation for Parameter-Efficient Fine-Tuning।</p>",
     [lc("https://arxiv.org/abs/2106.09685", "[2106.09685] LoRA: Low-Rank Adaptation of Large Language Models", 31)], 7, 58),
    ("rafiq_ml", "2024-03-09T18:05:33.460Z", "2024-03-09T18:05:33.460Z", 2,
     quote("nusrat.j", 2, "শুরু করুন মূল LoRA পেপার দিয়ে:") +
     "<p>একমত। তবে LoRA-র আগের পদ্ধতিগুলো জানা থাকলে তুলনাটা বোঝা সহজ হয়:</p>\n<ul>\n"
     "<li>Parameter-Efficient Transfer Learning for NLP — অ্যাডাপ্টারের মূল পেপার</li>\n"
     "<li>Prefix-Tuning: Optimizing Continuous Prompts for Generation</li>\n"
     "<li>The Power of Scale for Parameter-Efficient Prompt Tuning</li>\n</ul>\n"
     "<p>এগুলোকে এক কাঠামোয় দেখিয়েছে <a href=\"https://openreview.net/forum?id=0RDcd5Axok\">Towards a Unified View of "
     "Parameter-Efficient Transfer Learning</a> (ICLR 2022)। অবশ্যই পড়বেন।</p>",
     [lc("https://openreview.net/forum?id=0RDcd5Axok", "Towards a Unified View of Parameter-Efficient Transfer Learning | OpenReview", 9)], 5, 49),
    ("tanvir_h", "2024-03-10T03:14:09.921Z", "2024-03-10T03:14:09.921Z", 3,
     "<p>ধন্যবাদ <a class=\"mention\" href=\"/u/rafiq_ml\">@rafiq_ml</a>! BitFit: Simple Parameter-efficient Fine-tuning for "
     "Transformer-based Masked Language-models কি এখনও কাজের, নাকি শুধুই ইতিহাস?</p>", [], 0, 44),
    ("mahmud", "2024-03-10T05:47:40.306Z", "2024-03-10T05:47:40.306Z", 4,
     "<p>ছোট মডেলে BitFit এখনও ভালো বেসলাইন। P-tuning-এর পেপারের নামটা মজার: <em>GPT Understands, Too</em> — arXiv "
     "2103.10385।</p>\n<p>ডেটা খুব কম হলে IA³ দেখুন:</p>\n" +
     onebox("https://huggingface.co/papers/2205.05638", "huggingface.co", "Paper page - " + TFEW,
            "Join the discussion on this paper page") , [lc("https://huggingface.co/papers/2205.05638", "Paper page - " + TFEW, 6)], 3, 40),
    ("nusrat.j", "2024-03-10T09:02:57.648Z", "2024-03-10T09:02:57.648Z", None,
     "<p>আরেকটা কথা: বাংলার জন্য টোকেনাইজারই সবচেয়ে বড় সমস্যা। বেশিরভাগ ইংরেজি-কেন্দ্রিক টোকেনাইজার একটা বাংলা শব্দকে "
     "৬–৮ টুকরো করে ফেলে। মূল ধারণার জন্য Neural Machine Translation of Rare Words with Subword Units পড়ুন, আর হাতে-কলমে "
     "কাজের জন্য <a href=\"https://github.com/google/sentencepiece\" rel=\"noopener nofollow ugc\">sentencepiece</a> রিপোজিটরি।</p>",
     [lc("https://github.com/google/sentencepiece", "GitHub - google/sentencepiece: Unsupervised text tokenizer for Neural Network-based text generation.", 11)], 6, 37),
    ("bdml_admin", "2024-03-11T12:30:00.512Z", "2024-03-11T12:30:00.512Z", None,
     "<p>সারাংশ ফোরামের উইকিতে তোলা হয়েছে। পরের অনলাইন আলোচনা: <span data-date=\"2024-03-16\" data-time=\"21:00:00\" "
     "class=\"discourse-local-date\" data-timezone=\"Asia/Dhaka\" data-email-preview=\"2024-03-16T15:00:00Z UTC\">"
     "2024-03-16T15:00:00Z</span>, গুগল মিটে।</p>", [], 2, 33),
]


def user_brief(u):
    return {"id": USERS[u][0], "username": u, "name": USERS[u][1], "avatar_template": avatar(u)}


posts = []
for i, (u, cr, up, rt, cooked, links, likes, reads) in enumerate(POSTS, 1):
    uid, name, tl, staff, _ = USERS[u]
    p = {"id": 9120 + i * 3 + (i > 4), "name": name, "username": u, "avatar_template": avatar(u), "created_at": cr,
         "cooked": cooked, "post_number": i, "post_type": 1, "updated_at": up,
         "reply_count": sum(1 for q in POSTS if q[3] == i), "reply_to_post_number": rt}
    if rt:
        p["reply_to_user"] = {"username": POSTS[rt - 1][0], "name": USERS[POSTS[rt - 1][0]][1], "avatar_template": avatar(POSTS[rt - 1][0])}
    p.update({"quote_count": cooked.count('<aside class="quote'), "incoming_link_count": (2 if i == 1 else 0), "reads": reads,
              "readers_count": reads - 1, "score": round(reads * 0.2 + likes * 15 + (10 if i == 1 else 0), 1), "yours": False,
              "topic_id": TOPIC, "topic_slug": SLUG, "display_username": name, "primary_group_name": None, "flair_name": None,
              "flair_url": None, "flair_bg_color": None, "flair_color": None, "flair_group_id": None,
              "version": 2 if up != cr else 1, "can_edit": False, "can_delete": False, "can_recover": False,
              "can_see_hidden_post": False, "can_wiki": False})
    if links:
        p["link_counts"] = links
    p.update({"read": True, "user_title": "মডারেটর" if staff else None, "bookmarked": False,
              "actions_summary": [{"id": 2, "count": likes}] if likes else [], "moderator": staff, "admin": staff,
              "staff": staff, "user_id": uid, "hidden": False, "trust_level": tl, "deleted_at": None,
              "user_deleted": False, "edit_reason": None, "can_view_edit_history": True, "wiki": False,
              "post_url": f"/t/{SLUG}/{TOPIC}/{i}"})
    posts.append(p)

users_in_order = []
for p in posts:
    if p["username"] not in users_in_order:
        users_in_order.append(p["username"])
participants = sorted(users_in_order, key=lambda u: (-sum(1 for p in posts if p["username"] == u), users_in_order.index(u)))
DATA = {
    "post_stream": {"posts": posts, "stream": [p["id"] for p in posts]},
    "timeline_lookup": [[1, 2], [4, 1], [7, 0]],
    "suggested_topics": [],
    "tags": ["peft", "bangla-nlp", "llm"],
    "tags_descriptions": {},
    "id": TOPIC, "title": TITLE, "fancy_title": TITLE, "posts_count": len(posts), "created_at": posts[0]["created_at"],
    "views": 412, "reply_count": len(posts) - 1, "like_count": sum(x[6] for x in POSTS),
    "last_posted_at": posts[-1]["created_at"], "visible": True, "closed": False, "archived": False, "has_summary": False,
    "archetype": "regular", "slug": SLUG, "category_id": 7, "word_count": 402, "deleted_at": None,
    "user_id": USERS["tanvir_h"][0], "featured_link": None, "pinned_globally": False, "pinned_at": None,
    "pinned_until": None, "image_url": None, "slow_mode_seconds": 0, "draft": None, "draft_key": f"topic_{TOPIC}",
    "draft_sequence": None, "unpinned": None, "pinned": False, "current_post_number": 1,
    "highest_post_number": len(posts), "deleted_by": None, "actions_summary": [{"id": 4, "count": 0, "hidden": False,
    "can_act": False}], "chunk_size": 20, "bookmarked": False, "topic_timer": None, "message_bus_last_id": 3,
    "participant_count": len(users_in_order), "show_read_indicator": False, "thumbnails": None,
    "slow_mode_enabled_until": None,
    "details": {"can_edit": False, "notification_level": 1, "participants": [
        dict(user_brief(u), post_count=sum(1 for p in posts if p["username"] == u), primary_group_name=None,
             flair_name=None, flair_url=None, flair_color=None, flair_bg_color=None, flair_group_id=None,
             admin=USERS[u][3], moderator=USERS[u][3], trust_level=USERS[u][2]) for u in participants],
        "created_by": user_brief(posts[0]["username"]), "last_poster": user_brief(posts[-1]["username"])},
}


def rails_json(o):
    s = json.dumps(o, ensure_ascii=False, separators=(",", ":"))
    return s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


if __name__ == "__main__":
    TEXT = rails_json(DATA)
    check_no_distractor(json.dumps(DATA, ensure_ascii=False), "222")
    open(OUT, "w", encoding="utf-8", newline="").write(TEXT)
    print(OUT, len(TEXT))
