#!/usr/bin/env python3
"""Builds digests/97_slack_paper-club_2024-03-14.json: one channel-day file of a Slack workspace export.

Slack's exporter is PHP-flavoured: 4-space indent, "/" escaped as "\\/", non-ASCII as \\uXXXX. Message text uses
Slack's mrkdwn (<url|label>, <@U...>, &amp; &lt; &gt;); `blocks` repeat the text as rich_text elements."""
import json, os, uuid, random, datetime

random.seed(97)
TEAM = "T02H7KQ9M3L"
USERS = {
    "U03MAYA0C1": ("maya.chen", "Maya Chen", "maya", "Maya"),
    "U04RHAL7T2": ("r.halvorsen", "Rune Halvorsen", "rune", "Rune"),
    "U02IFEO9X8": ("ifeoma", "Ifeoma Adeyemi", "Ifeoma", "Ifeoma"),
    "U05KPAT3Q4": ("kpatel", "Karan Patel", "karan (he/him)", "Karan"),
    "U06NEWB2Z1": ("s.lindqvist", "Sofia Lindqvist", "", "Sofia"),
}
BASE = datetime.datetime(2024, 3, 14, 8, 0, tzinfo=datetime.timezone.utc).timestamp()


def ts(minutes, micro):
    return f"{BASE + minutes * 60:.0f}.{micro:06d}"


def profile(uid):
    name, real, disp, first = USERS[uid]
    h = "g" + uuid.UUID(int=random.getrandbits(128)).hex[:11]
    return {
        "avatar_hash": h,
        "image_72": f"https://secure.gravatar.com/avatar/{uuid.UUID(int=random.getrandbits(128)).hex}.jpg?s=72&d=https%3A%2F%2Fa.slack-edge.com%2Fdf10d%2Fimg%2Favatars%2Fava_0012-72.png",
        "first_name": first,
        "real_name": real,
        "display_name": disp,
        "team": TEAM,
        "name": name,
        "is_restricted": False,
        "is_ultra_restricted": False,
    }


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render(segs):
    """segs: ('t', text) | ('b', bold text) | ('l', url, label|None) | ('u', uid) | ('e', name, hex) | ('here',) | ('ch', id, name)"""
    text, els = "", []
    for s in segs:
        k = s[0]
        if k == "t":
            text += esc(s[1]); els.append({"type": "text", "text": s[1]})
        elif k == "b":
            text += "*" + esc(s[1]) + "*"; els.append({"type": "text", "text": s[1], "style": {"bold": True}})
        elif k == "c":
            text += "`" + esc(s[1]) + "`"; els.append({"type": "text", "text": s[1], "style": {"code": True}})
        elif k == "l":
            url, label = s[1], s[2]
            if label:
                text += f"<{url}|{esc(label)}>"; els.append({"type": "link", "url": url, "text": label})
            else:
                text += f"<{url}>"; els.append({"type": "link", "url": url})
        elif k == "u":
            text += f"<@{s[1]}>"; els.append({"type": "user", "user_id": s[1]})
        elif k == "e":
            text += f":{s[1]}:"; els.append({"type": "emoji", "name": s[1], "unicode": s[2]})
        elif k == "here":
            text += "<!here>"; els.append({"type": "broadcast", "range": "here"})
        elif k == "ch":
            text += f"<#{s[1]}|{s[2]}>"; els.append({"type": "channel", "channel_id": s[1]})
    # split on newlines into sections the way the client does (kept as one section with \n for simplicity)
    block = {"type": "rich_text", "block_id": "".join(random.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=") for _ in range(4)),
             "elements": [{"type": "rich_text_section", "elements": els}]}
    return text, [block]


def msg(uid, t, segs, **extra):
    text, blocks = render(segs)
    m = {"client_msg_id": str(uuid.UUID(int=random.getrandbits(128), version=4)), "type": "message", "text": text,
         "user": uid, "ts": t, "blocks": blocks, "team": TEAM, "user_team": TEAM, "source_team": TEAM,
         "user_profile": profile(uid)}
    m.update(extra)
    return m


def arxiv_unfurl(n, url, title, abstract):
    return {"from_url": url, "service_icon": "https://arxiv.org/static/browse/0.3.4/images/icons/apple-touch-icon.png",
            "id": n, "original_url": url, "fallback": f"arXiv.org: {title}", "text": abstract, "title": title,
            "title_link": url, "service_name": "arXiv.org"}


T0 = ts(0, 123459)      # flashattention thread parent
T1 = ts(112, 381209)    # quantization thread parent
T2 = ts(201, 774012)    # training-at-scale thread parent

messages = [
    {"type": "message", "subtype": "channel_join", "ts": ts(-37, 900019), "user": "U06NEWB2Z1",
     "text": "<@U06NEWB2Z1> has joined the channel"},
    {"type": "message", "subtype": "bot_message", "text": "Reminder: paper club is today at 4pm CET in Zoom (link in channel topic). Presenter: <@U03MAYA0C1>",
     "ts": ts(-30, 2), "bot_id": "B01SLACKBOT", "username": "Slackbot", "icons": {"emoji": ":calendar:"}},
    msg("U03MAYA0C1", T0, [("t", "Morning "), ("here",), ("t", " :wave: today's paper is the IO-aware attention one:\n"),
                           ("l", "https://arxiv.org/abs/2205.14135", None),
                           ("t", "\nIf you only have 15 min: read Section 3.1 and look at Fig. 1. We'll also talk about what changed in v2 & v3.")],
        attachments=[arxiv_unfurl(1, "https://arxiv.org/abs/2205.14135",
                                  "FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness",
                                  "Transformers are slow and memory-hungry on long sequences, since the time and memory complexity of self-attention are quadratic in sequence length. Approximate attention methods have attempted to address this problem by trading off model quality to reduce the compute complexity, but often do not achieve wall-clock speedup...")],
        thread_ts=T0, reply_count=4, reply_users_count=3, latest_reply=ts(41, 88120),
        reply_users=["U04RHAL7T2", "U02IFEO9X8", "U03MAYA0C1"], is_locked=False, subscribed=True, last_read=ts(41, 88120),
        reactions=[{"name": "zap", "users": ["U04RHAL7T2", "U05KPAT3Q4"], "count": 2},
                   {"name": "eyes", "users": ["U02IFEO9X8"], "count": 1}]),
    msg("U04RHAL7T2", ts(9, 402113), [("t", "Is v2 worth reading separately? I thought it was mostly kernel engineering")],
        thread_ts=T0, parent_user_id="U03MAYA0C1"),
    msg("U03MAYA0C1", ts(14, 11876), [("t", "FlashAttention-2: Faster Attention with Better Parallelism and Work Partitioning is short and it's a single-author tech report. "
                                            "The main ideas are fewer non-matmul FLOPs and parallelising over sequence length. Worth 20 min imo. "
                                            "FA3 is Hopper-only so I'm skipping it")],
        thread_ts=T0, parent_user_id="U03MAYA0C1"),
    msg("U02IFEO9X8", ts(33, 550021), [("t", "For anyone who wants the \"why is attention memory-bound\" intuition first, this blog is great: "),
                                       ("l", "https://horace.io/brrr_intro.html", "Making Deep Learning Go Brrrr From First Principles")],
        thread_ts=T0, parent_user_id="U03MAYA0C1",
        attachments=[{"from_url": "https://horace.io/brrr_intro.html", "id": 1, "original_url": "https://horace.io/brrr_intro.html",
                      "fallback": "Making Deep Learning Go Brrrr From First Principles", "title": "Making Deep Learning Go Brrrr From First Principles",
                      "title_link": "https://horace.io/brrr_intro.html", "service_name": "horace.io"}]),
    msg("U03MAYA0C1", ts(41, 88120), [("e", "pray", "1f64f"), ("t", " yes that one")], thread_ts=T0, parent_user_id="U03MAYA0C1"),
    msg("U05KPAT3Q4", T1, [("t", "Unrelated but for the quantization session in April: I'd propose we read "),
                           ("l", "https://arxiv.org/abs/2210.17323v2", "GPTQ"),
                           ("t", " and LLM.int8(): 8-bit Matrix Multiplication for Transformers at Scale back to back. They take opposite approaches (outlier decomposition vs. second-order weight rounding). "),
                           ("u", "U02IFEO9X8"), ("t", " you said you'd present one?")],
        attachments=[arxiv_unfurl(1, "https://arxiv.org/abs/2210.17323v2",
                                  "GPTQ: Accurate Post-Training Quantization for Generative Pre-trained Transformers",
                                  "Generative Pre-trained Transformer models, known as GPT or OPT, set themselves apart through breakthrough performance across complex language modelling tasks, but also by their extremely high computational and storage costs...")],
        thread_ts=T1, reply_count=3, reply_users_count=2, latest_reply=ts(131, 4411),
        reply_users=["U02IFEO9X8", "U05KPAT3Q4"], is_locked=False, subscribed=False,
        edited={"user": "U05KPAT3Q4", "ts": ts(114, 0)},
        reactions=[{"name": "+1", "users": ["U03MAYA0C1", "U02IFEO9X8", "U04RHAL7T2"], "count": 3}]),
    msg("U02IFEO9X8", ts(119, 300555), [("t", "Yes, I'll take int8. Can we add speculative decoding too? Not quantization but same \"make inference cheap\" theme: "),
                                        ("l", "https://arxiv.org/pdf/2211.17192", "Fast Inference from Transformers via Speculative Decoding")],
        thread_ts=T1, parent_user_id="U05KPAT3Q4"),
    msg("U05KPAT3Q4", ts(124, 900003), [("t", "Sure. Also FYI vLLM now supports both GPTQ and speculative decoding, could be a nice demo: "),
                                        ("l", "https://github.com/vllm-project/vllm", None)],
        thread_ts=T1, parent_user_id="U05KPAT3Q4",
        attachments=[{"from_url": "https://github.com/vllm-project/vllm", "id": 1, "original_url": "https://github.com/vllm-project/vllm",
                      "fallback": "GitHub: GitHub - vllm-project/vllm: A high-throughput and memory-efficient inference and serving engine for LLMs",
                      "title": "GitHub - vllm-project/vllm: A high-throughput and memory-efficient inference and serving engine for LLMs",
                      "title_link": "https://github.com/vllm-project/vllm", "service_name": "GitHub",
                      "service_icon": "https://a.slack-edge.com/80588/img/unfurl_icons/github.png"}]),
    msg("U02IFEO9X8", ts(131, 4411), [("e", "ok_hand", "1f44c")], thread_ts=T1, parent_user_id="U05KPAT3Q4"),
    msg("U06NEWB2Z1", ts(150, 700200), [("t", "Hi all, new PhD student in "), ("ch", "C02SYSML91", "sys-ml"),
                                        ("t", " :wave: is there a reading list from previous sessions somewhere?")]),
    msg("U03MAYA0C1", ts(153, 12005), [("t", "Welcome "), ("u", "U06NEWB2Z1"), ("t", "! It's pinned in the channel, and the notes are in "),
                                       ("l", "https://docs.google.com/document/d/1kXb7QpLm2RwZt9vNc3YfA/edit", "this doc")],
        reactions=[{"name": "heart", "users": ["U06NEWB2Z1"], "count": 1}]),
    {"type": "message", "text": "", "files": [{"id": "F06PQ2LKX7M", "created": int(BASE) + 190 * 60, "timestamp": int(BASE) + 190 * 60,
                                               "name": "image.png", "title": "image.png", "mimetype": "image/png", "filetype": "png",
                                               "pretty_type": "PNG", "user": "U04RHAL7T2", "mode": "hosted", "is_external": False,
                                               "url_private": "https://files.slack.com/files-pri/T02H7KQ9M3L-F06PQ2LKX7M/image.png",
                                               "permalink": "https://paperclub-ws.slack.com/files/U04RHAL7T2/F06PQ2LKX7M/image.png",
                                               "original_w": 1422, "original_h": 818}],
     "upload": False, "user": "U04RHAL7T2", "display_as_bot": False, "ts": ts(190, 559001), "user_profile": profile("U04RHAL7T2")},
    msg("U04RHAL7T2", T2, [("t", "Screenshot above is our memory profile for the 13B run: optimizer states are ~60% of it. "
                                 "This is exactly the ZeRO: Memory Optimizations Toward Training Trillion Parameter Models (arXiv:1910.02054) argument. "
                                 "Should we do a \"training at scale\" session? Candidates:\n"),
                           ("t", "\u2022 the ZeRO paper above\n\u2022 "),
                           ("l", "https://openreview.net/forum?id=r1gs9JgRZ", "Mixed Precision Training"),
                           ("t", " (the loss-scaling paper)\n\u2022 Switch Transformers: Scaling to Trillion Parameter Models with Simple and Efficient Sparsity \u2014 2101.03961\n"
                                 "\u2022 GShard if we want MoE history")],
        attachments=[{"from_url": "https://openreview.net/forum?id=r1gs9JgRZ", "id": 1, "original_url": "https://openreview.net/forum?id=r1gs9JgRZ",
                      "fallback": "OpenReview: Mixed Precision Training", "title": "Mixed Precision Training",
                      "title_link": "https://openreview.net/forum?id=r1gs9JgRZ", "text": "Increasing the size of a neural network typically improves accuracy but also increases the memory and compute requirements for training the model...",
                      "service_name": "OpenReview", "service_icon": "https://openreview.net/favicon.ico"}],
        thread_ts=T2, reply_count=2, reply_users_count=2, latest_reply=ts(233, 600701),
        reply_users=["U05KPAT3Q4", "U04RHAL7T2"], is_locked=False, subscribed=True),
    msg("U05KPAT3Q4", ts(222, 18003), [("t", "+1. I'd add Megatron-LM: Training Multi-Billion Parameter Language Models Using Model Parallelism, since we use tensor parallel from it every day without thinking about it. Maybe skip GShard, Switch covers it")],
        thread_ts=T2, parent_user_id="U04RHAL7T2"),
    msg("U04RHAL7T2", ts(233, 600701), [("t", "Deal. I'll make a poll. Also there's a good talk on DeepSpeed from the authors: "),
                                        ("l", "https://www.youtube.com/watch?v=zqsOEzKZX2Y", None)],
        thread_ts=T2, parent_user_id="U04RHAL7T2",
        attachments=[{"from_url": "https://www.youtube.com/watch?v=zqsOEzKZX2Y", "id": 1, "original_url": "https://www.youtube.com/watch?v=zqsOEzKZX2Y",
                      "fallback": "YouTube Video: DeepSpeed: Extreme-scale model training for everyone", "title": "DeepSpeed: Extreme-scale model training for everyone",
                      "title_link": "https://www.youtube.com/watch?v=zqsOEzKZX2Y", "author_name": "Microsoft Research",
                      "service_name": "YouTube", "service_icon": "https://a.slack-edge.com/80588/img/unfurl_icons/youtube.png",
                      "thumb_url": "https://i.ytimg.com/vi/zqsOEzKZX2Y/hqdefault.jpg"}]),
    {"type": "message", "subtype": "bot_message", "text": "", "ts": ts(240, 7), "bot_id": "B04POLLY77", "username": "Polly",
     "blocks": [{"type": "section", "block_id": "poll_q", "text": {"type": "mrkdwn", "text": "*<@U04RHAL7T2> asks: Next session topic?*", "verbatim": False}},
                {"type": "section", "block_id": "poll_a", "text": {"type": "mrkdwn", "text": ":one: Training at scale\n:two: Quantization & fast inference\n:three: Agents again", "verbatim": False}},
                {"type": "context", "block_id": "poll_c", "elements": [{"type": "mrkdwn", "text": "Anonymous poll \u2022 closes Fri 15 Mar", "verbatim": False}]}]},
    msg("U03MAYA0C1", ts(560, 300900), [("t", "Thanks everyone for today! Recording is NOT available (Zoom crashed at minute 3 "),
                                        ("e", "upside_down_face", "1f643"), ("t", "), slides: "),
                                        ("l", "https://docs.google.com/presentation/d/1Fa8kR2pLm7QwXyZ/edit?usp=sharing", "FlashAttention slides")]),
]

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
out = json.dumps(messages, indent=4, ensure_ascii=True).replace("/", "\\/")
with open(os.path.join(root, "digests", "97_slack_paper-club_2024-03-14.json"), "w") as fh:
    fh.write(out + "\n")
