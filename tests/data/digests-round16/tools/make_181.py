#!/usr/bin/env python3
"""Builds digests/181_mastodon_api_statuses_vision_backbones.json: the response of
GET /api/v1/accounts/:id/statuses?limit=40 on a Mastodon 4.2 server, saved with curl (authenticated, so the
per-viewer fields are present): one line of Rails JSON — compact, UTF-8, and with ActiveSupport's HTML-safe escaping
(every "<", ">" and "&" inside strings written as \\u003c, \\u003e, \\u0026). Statuses newest first, keys in
REST::StatusSerializer order; ids are Mastodon snowflakes (milliseconds since the epoch << 16 plus a sequence),
matching created_at; the thread's replies point at the previous status; a reblog wraps the original with empty
content. `content` is the HTML Mastodon's TextFormatter writes for a local status: <p> per paragraph, <br /> per line
break, entities &amp; &lt; &gt; &quot; &#39;, links as <a href target="_blank" rel="nofollow noopener noreferrer"
translate="no"> with the scheme in <span class="invisible">, the first 30 characters of the rest in <span
class="ellipsis"> (class "" when not cut) and the remainder in a second invisible span, hashtags as
<a class="mention hashtag" rel="tag">#<span>…</span></a>, mentions in <span class="h-card">. Preview cards carry
the linked page's og:title.

Evidence: arXiv abs and hf-papers links in content (link; the hf link's visible text is cut inside the id), an
"arXiv:ID" and a bare id in text (arxiv-text), titles in text (title-only), the CLIP title inside a reblog. Non-papers:
the timm repository, a blog post, a CVPR workshop page, a YouTube talk, a poll. Everything except titles and ids is
invented."""
import json, os, re
from datetime import datetime, timezone


def escape(s):
    """ERB::Util.html_escape (what Rails' h() does)"""
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
             .replace("'", "&#39;"))

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "181_mastodon_api_statuses_vision_backbones.json")
HOST = "scholar.vision.example"
ME = "109402771198361522"


def snow(ts, seq):
    ms = int(datetime.strptime(ts, "%Y-%m-%dT%H:%M:%S.%f").replace(tzinfo=timezone.utc).timestamp() * 1000)
    return str((ms << 16) + (int(hashlib_hex(ts)[:4], 16) + seq) % 65536)


def link(url):
    m = re.match(r"https?://(www\.)?", url)
    prefix = m.group(0)
    rest = url[len(prefix):]
    disp, suf = rest[:30], rest[30:]
    cls = "ellipsis" if len(rest) > 30 else ""
    return (f'<a href="{escape(url)}" target="_blank" rel="nofollow noopener noreferrer" translate="no">'
            f'<span class="invisible">{escape(prefix)}</span><span class="{cls}">{escape(disp)}</span>'
            f'<span class="invisible">{escape(suf)}</span></a>')


def fmt(text, host=HOST):
    out = []
    for para in text.split("\n\n"):
        lines = []
        for line in para.split("\n"):
            toks = re.split(r"(https?://\S+|(?<![\w/])#\w+|(?<![\w/])@\w+(?:@[\w.-]+)?)", line)
            s = ""
            for t in toks:
                if t.startswith("http"):
                    s += link(t)
                elif t.startswith("#") and len(t) > 1:
                    s += f'<a href="https://{host}/tags/{t[1:].lower()}" class="mention hashtag" rel="tag">#<span>{t[1:]}</span></a>'
                elif t.startswith("@") and len(t) > 1:
                    u = t[1:].split("@")
                    dom = u[1] if len(u) > 1 else host
                    s += f'<span class="h-card" translate="no"><a href="https://{dom}/@{u[0]}" class="u-url mention">@<span>{u[0]}</span></a></span>'
                else:
                    s += escape(t)
            lines.append(s)
        out.append("<p>" + "<br />".join(lines) + "</p>")
    return "".join(out)


def account(aid, user, name, note, created, followers, following, count, last, host=HOST, acct=None):
    h = hashlib_hex(user)
    return {"id": aid, "username": user, "acct": acct or user, "display_name": name, "locked": False, "bot": False,
            "discoverable": True, "group": False, "created_at": created, "note": note,
            "url": f"https://{host}/@{user}", "avatar": f"https://{HOST}/system/accounts/avatars/{aid[:3]}/{aid[3:6]}/{aid[6:9]}/original/{h[:16]}.png",
            "avatar_static": f"https://{HOST}/system/accounts/avatars/{aid[:3]}/{aid[3:6]}/{aid[6:9]}/original/{h[:16]}.png",
            "header": f"https://{HOST}/headers/original/missing.png", "header_static": f"https://{HOST}/headers/original/missing.png",
            "followers_count": followers, "following_count": following, "statuses_count": count, "last_status_at": last,
            "noindex": False, "emojis": [], "roles": [], "fields": []}


def hashlib_hex(s):
    import hashlib
    return hashlib.sha1(s.encode()).hexdigest()


ACC = account(ME, "amara_l", "Amara Lindqvist", "<p>Vision &amp; representation learning. Runs the Thursday reading group. Opinions are the model&#39;s own.</p>",
              "2022-11-07T00:00:00.000Z", 1843, 402, 1217, "2023-11-21")
OTHER = account("109318040512773310", "kofi_ml", "Kofi Mensah", "<p>PhD student, VLMs. Mostly reposts.</p>",
                "2022-11-02T00:00:00.000Z", 611, 530, 3320, "2023-11-20", host="sigmoid.example", acct="kofi_ml@sigmoid.example")


def card(url, title, desc, provider="arXiv.org", seq=0):
    return {"url": url, "title": title, "description": desc, "language": "en", "type": "link", "author_name": "",
            "author_url": "", "provider_name": provider, "provider_url": "", "html": "", "width": 400, "height": 200,
            "image": f"https://{HOST}/system/cache/preview_cards/images/000/{412 + seq:03d}/{118 + 7 * seq:03d}/original/{hashlib_hex(url)[:16]}.png",
            "image_description": "", "embed_url": "", "blurhash": "U8S6Pl~q?bt7-;j[M{fQ_3ofIUayt7ofWBay", "published_at": None}


def status(ts, seq, text, reply_to=None, tags=(), mentions=(), crd=None, poll=None, reblog=None, acc=ACC, lang="en",
           counts=(0, 0, 0), pinned=False, media=()):
    sid = snow(ts, seq)
    return {"id": sid, "created_at": ts + "Z", "in_reply_to_id": reply_to, "in_reply_to_account_id": ME if reply_to else None,
            "sensitive": False, "spoiler_text": "", "visibility": "public", "language": None if reblog else lang,
            "uri": f"https://{HOST}/users/{acc['username']}/statuses/{sid}" + ("/activity" if reblog else ""),
            "url": None if reblog else f"https://{HOST}/@{acc['username']}/{sid}",
            "replies_count": counts[0], "reblogs_count": counts[1], "favourites_count": counts[2], "edited_at": None,
            "favourited": False, "reblogged": False, "muted": False, "bookmarked": False, "pinned": pinned,
            "content": "" if reblog else fmt(text), "filtered": [], "reblog": reblog,
            "application": None if reblog else {"name": "Web", "website": None}, "account": acc,
            "media_attachments": list(media), "mentions": list(mentions),
            "tags": [{"name": t.lower(), "url": f"https://{HOST}/tags/{t.lower()}"} for t in tags],
            "emojis": [], "card": crd, "poll": poll}


S = []
def add(*a, **k):
    s = status(*a, **k); S.append(s); return s["id"]


r = add("2023-11-14T09:02:11.412", 0,
        "This term's reading group is \"vision backbones after ViT\". Thread with the list, one paper per week, roughly in order. Suggestions welcome but the list is frozen on Friday \U0001F9F5\n\n#ReadingGroup #ViT #ComputerVision",
        tags=["ReadingGroup", "ViT", "ComputerVision"], counts=(3, 21, 48), pinned=True)
r = add("2023-11-14T09:04:50.027", 0,
        "1/ Swin Transformer: Hierarchical Vision Transformer using Shifted Windows\nhttps://arxiv.org/abs/2103.14030\nShifted windows = locality back in, linear cost in image size. Everything dense (detection, segmentation) after 2021 starts here.",
        reply_to=r, counts=(0, 4, 17), crd=card("https://arxiv.org/abs/2103.14030", "Swin Transformer: Hierarchical Vision Transformer using Shifted Windows",
        "This paper presents a new vision Transformer that capably serves as a general-purpose backbone for computer vision.", seq=0))
r = add("2023-11-14T09:07:33.981", 0,
        "2/ How to train your ViT? Data, Augmentation, and Regularization in Vision Transformers\nThe \"augreg\" paper. If you have ever loaded a timm checkpoint with augreg in its name, this is where it came from. Extremely practical, read the tables not the text. timm itself: https://github.com/huggingface/pytorch-image-models",
        reply_to=r, counts=(1, 2, 9))
r = add("2023-11-14T09:10:02.315", 0,
        "3/ Scaling Vision Transformers (the ViT-G/14 one). Mostly for the scaling plots and the few-shot results; skim the rest.",
        reply_to=r, counts=(0, 1, 6))
r = add("2023-11-14T09:13:47.660", 0,
        "4/ Masked Autoencoders Are Scalable Vision Learners\nhttps://arxiv.org/abs/2111.06377\n75% masking and an asymmetric encoder/decoder. Read it before BEiT even though it came later, the contrast is more instructive that way.",
        reply_to=r, counts=(2, 7, 31), crd=card("https://arxiv.org/abs/2111.06377", "Masked Autoencoders Are Scalable Vision Learners",
        "Masked autoencoders are scalable self-supervised learners for computer vision: mask random patches and reconstruct the missing pixels.", seq=1))
r = add("2023-11-14T09:16:20.004", 0,
        "5/ BEiT: BERT Pre-Training of Image Transformers (arXiv:2106.08254). Masked image modelling with a dVAE tokenizer as the target. After MAE you'll see exactly what MAE threw away.",
        reply_to=r, counts=(0, 1, 8))
r = add("2023-11-14T09:19:58.771", 0,
        "6/ A ConvNet for the 2020s. Yes, a convnet, in a ViT reading group. That is the point of week 6: which of the \"transformer\" gains were really training recipe?",
        reply_to=r, counts=(4, 9, 40))
r = add("2023-11-14T09:23:12.530", 0,
        "7/ DINOv2: Learning Robust Visual Features without Supervision\nhttps://huggingface.co/papers/2304.07193\nFrozen features that just work. The data curation section is the underrated part.",
        reply_to=r, counts=(0, 3, 15), crd=card("https://huggingface.co/papers/2304.07193", "Paper page - DINOv2: Learning Robust Visual Features without Supervision",
        "Join the discussion on this paper page", provider="huggingface.co", seq=2))
r = add("2023-11-14T09:26:41.118", 0,
        "8/ VLM week: Sigmoid Loss for Language Image Pre-Training. SigLIP swaps the softmax for a pairwise sigmoid, so the batch size stops being the whole story.",
        reply_to=r, counts=(1, 2, 11))
r = add("2023-11-14T09:30:05.902", 0,
        "9/ Detection week: Deformable DETR: Deformable Transformers for End-to-End Object Detection, 2010.04159. Multi-scale deformable attention; DETR without the 500-epoch schedule.\n\nThat's the list. Slides go to the group page as usual: https://rg.vision-lab.example/2023-fall/",
        reply_to=r, counts=(2, 3, 12))
add("2023-11-15T17:44:30.220", 0,
    "Which week should we drop if we lose a Thursday to the faculty retreat? Poll closes Monday.",
    counts=(5, 0, 3), poll={"id": "402217", "expires_at": "2023-11-20T17:44:30.000Z", "expired": True, "multiple": False,
    "votes_count": 37, "voters_count": 37, "voted": True, "own_votes": [1],
    "options": [{"title": "scaling (3)", "votes_count": 14}, {"title": "ConvNet (6)", "votes_count": 4},
                {"title": "VLM (8)", "votes_count": 11}, {"title": "detection (9)", "votes_count": 8}], "emojis": []})
orig = status("2023-11-16T12:01:09.480", 0,
    "Friendly reminder that Learning Transferable Visual Models From Natural Language Supervision has a 48-page appendix, and the prompt engineering and ensembling part is the bit everyone should read before complaining about zero-shot numbers.",
    acc=OTHER, counts=(6, 58, 203))
orig["uri"] = "https://sigmoid.example/users/kofi_ml/statuses/111419776012345678"
orig["url"] = "https://sigmoid.example/@kofi_ml/111419776012345678"
orig["application"] = None
orig["content"] = orig["content"].replace(HOST, "sigmoid.example")
orig["in_reply_to_account_id"] = None
add("2023-11-16T12:40:52.031", 0, "", reblog=orig)
add("2023-11-18T10:15:27.663", 0,
    "Nice write-up on why ViTs need warmup and careful init, with actual loss curves: https://gradientnotes.example.net/2023/11/vit-warmup/ — and it sent me back to Understanding the difficulty of training deep feedforward neural networks for Tuesday's lecture. Old paper, still the clearest explanation of why the variance argument matters.",
    counts=(1, 5, 22))
add("2023-11-20T14:02:03.394", 0,
    "The CVPR workshop on efficient backbones has its CfP out: https://effbackbones-workshop.example.org/cfp (deadline 8 March). Also the recording of last year's keynote is up: https://www.youtube.com/watch?v=Vq3x8LrT2mE",
    counts=(0, 6, 10))
add("2023-11-21T08:30:44.817", 0,
    "Room change for Thursday: we're in B-2.1043 from now on (the projector in the old room is dead). @kofi_ml@sigmoid.example you're up for week 8.",
    mentions=[{"id": OTHER["id"], "username": "kofi_ml", "url": "https://sigmoid.example/@kofi_ml", "acct": "kofi_ml@sigmoid.example"}],
    counts=(1, 0, 4))

S.sort(key=lambda s: int(s["id"]), reverse=True)
raw = json.dumps(S, ensure_ascii=False, separators=(",", ":"))
raw = raw.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
with open(OUT, "w", encoding="utf-8", newline="") as fh:
    fh.write(raw)
