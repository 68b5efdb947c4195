#!/usr/bin/env python3
"""Builds digests/199_zulip_api_messages_json_llm_scaling_topic.json: the answer of a Zulip server (8.x) to
`GET /api/v1/messages?anchor=newest&num_before=100&num_after=0&narrow=[{"operator":"stream","operand":"reading-group"},
{"operator":"topic","operand":"scaling block (Apr–May)"}]`, saved with `curl … | jq .` (jq's two-space pretty print,
UTF-8 kept, trailing newline). Top level result/msg/found_*/history_limited/anchor; per message avatar_url, client,
content (the server-rendered HTML: <p>, <ol>/<ul>, <blockquote>, code blocks, user mentions, emoji spans, <time>,
a stream-topic link, an arXiv link preview `message_embed`), content_type, display_recipient, flags (as seen by the
user who saved it, Hana: mentioned where she is mentioned), id, is_me_message, last_edit_timestamp + edit_history on
an edited message, reactions, recipient_id, sender_*, stream_id, subject, submessages (a poll widget), timestamp,
topic_links, type.

Evidence: an OpenReview forum link (MoE), an arXiv abs link with its preview card (Switch), an arXiv pdf link (OPT), a
Hugging Face paper link (Llama 2) (link); "arXiv:1909.08053", "arXiv 2206.04615" and "arXiv:2306.05685" after titles
(arxiv-text); titles in list items, prose, <em> and a quote (title-only: GShard, T5 with its JMLR page, emergent
abilities, "(Mostly) Know", PaLM, LLaMA). Non-papers: the metaseq logbook, the Chatbot Arena leaderboard, Megatron
and DeepSpeed repositories, a Google Sheet, a Zoom room. MoE, Switch, ST-MoE, Chinchilla, "the mirage paper",
Pathways, MQA, Mixtral are nicknames. An edit's prev_content has the broken id "2307.0928" (four digits after 2307:
not an arXiv id). People, ids, times are invented."""
import hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from catalogue import check_no_distractor

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "199_zulip_api_messages_json_llm_scaling_topic.json")
REALM = "mlreading"
STREAM, STREAM_ID, RECIPIENT_ID = "reading-group", 7, 19
TOPIC = "scaling block (Apr–May)"
USERS = {8: "Priya Raman", 11: "Tomás Oliveira", 14: "Hana Kovač", 21: "Dmitri Volkov", 26: "Wen Li"}
ME = 14  # the user whose API key fetched the messages


def email(uid):
    return f"user{uid}@{REALM}.zulipchat.com"


def avatar(uid):
    return "https://secure.gravatar.com/avatar/" + hashlib.md5(email(uid).encode()).hexdigest() + "?d=identicon&version=1"


def mention(uid):
    return f'<span class="user-mention" data-user-id="{uid}">@{USERS[uid]}</span>'


def emoji(name, code):
    return f'<span aria-label="{name}" class="emoji emoji-{code}" role="img" title="{name}">:{name.replace(" ", "_")}:</span>'


SWITCH_EMBED = ('<div class="message_embed"><a class="message_embed_image" href="https://arxiv.org/abs/2101.03961" style="background-image: '
                'url(&quot;https://uploads.zulipusercontent.net/5b0e1c7d2f4a9c38e1d6b7a0f2c3d4e5a6b7c8d9/68747470733a2f2f61727869762e6f72672f7374617469632f62726f7773652f302e332e342f696d616765732f61727869762d6c6f676f2d66622e706e67&quot;)"></a>'
                '<div class="data-container"><div class="message_embed_title"><a href="https://arxiv.org/abs/2101.03961" title="[2101.03961] Switch Transformers: '
                'Scaling to Trillion Parameter Models with Simple and Efficient Sparsity">[2101.03961] Switch Transformers: Scaling to Trillion Parameter Models '
                'with Simple and Efficient Sparsity</a></div><div class="message_embed_description">In deep learning, models typically reuse the same parameters '
                'for all inputs. Mixture of Experts (MoE) defies this and instead selects different parameters for each incoming example.</div></div></div>')

# (sender, client, timestamp, rendered content, extra)
M = [
 (8, "website", 1712577720,
  "<p>Kicking off the scaling block here so the links don't get lost in <a class=\"stream\" data-stream-id=\"1\" href=\"/#narrow/stream/1-general\">#general</a>. Proposed order for the four April/May sessions:</p>\n"
  "<ol>\n<li>MoE basics: <a href=\"https://openreview.net/forum?id=B1ckMDqlg\">Outrageously Large Neural Networks: The Sparsely-Gated Mixture-of-Experts Layer</a> (ICLR 2017)</li>\n"
  "<li>GShard: Scaling Giant Models with Conditional Computation and Automatic Sharding</li>\n"
  "<li>Switch + ST-MoE (routing, capacity factor, instabilities)</li>\n"
  "<li>open slot: dense scaling / what changes at 100B+</li>\n</ol>\n"
  "<p>Sign-up sheet: <a href=\"https://docs.google.com/spreadsheets/d/1Qz4mXo7vTn2c8LbR5aKd9wE3yH6uJpS0fGiAlNrCtVe/edit#gid=0\">https://docs.google.com/spreadsheets/d/1Qz4mXo7vTn2c8LbR5aKd9wE3yH6uJpS0fGiAlNrCtVe/edit#gid=0</a></p>",
  {"reactions": [("+1", "1f44d", 11), ("+1", "1f44d", 21), ("tada", "1f389", 26)], "flags": ["read", "starred"]}),
 (26, "website", 1712578045,
  "<p><a href=\"https://arxiv.org/abs/2101.03961\">https://arxiv.org/abs/2101.03961</a></p>\n" + SWITCH_EMBED, {}),
 (11, "ZulipMobile", 1712579310,
  "<p>" + mention(8) + " for 3, can we pair Switch with the T5 paper? <em>Exploring the Limits of Transfer Learning with a Unified Text-to-Text Transformer</em>. "
  "Switch is built on the T5 codebase and half of its ablations assume you know the span-corruption setup. JMLR version is nicer to read: "
  "<a href=\"https://jmlr.org/papers/v21/20-074.html\">https://jmlr.org/papers/v21/20-074.html</a></p>", {}),
 (8, "website", 1712579402, "<p>sure " + emoji("thumbs up", "1f44d") + "</p>", {}),
 (21, "website", 1712583017,
  "<p>For the systems side I'd add Megatron-LM: Training Multi-Billion Parameter Language Models Using Model Parallelism (arXiv:1909.08053). "
  "Tensor parallelism is roughly what GShard's sharding annotations compile down to, and the 8.3B numbers are a good sanity check for our cluster. "
  "Code: <a href=\"https://github.com/NVIDIA/Megatron-LM\">https://github.com/NVIDIA/Megatron-LM</a>, and the DeepSpeed MoE bits are in "
  "<a href=\"https://github.com/microsoft/DeepSpeed/tree/master/deepspeed/moe\">deepspeed/moe</a>.</p>", {}),
 (21, "website", 1712583390,
  "<p>back-of-envelope for the MoE session, expert params vs active params:</p>\n"
  "<div class=\"codehilite\" data-code-language=\"Python\"><pre><span></span><code><span class=\"n\">d_model</span><span class=\"p\">,</span> <span class=\"n\">d_ff</span><span class=\"p\">,</span> <span class=\"n\">E</span><span class=\"p\">,</span> <span class=\"n\">k</span> <span class=\"o\">=</span> <span class=\"mi\">4096</span><span class=\"p\">,</span> <span class=\"mi\">14336</span><span class=\"p\">,</span> <span class=\"mi\">8</span><span class=\"p\">,</span> <span class=\"mi\">2</span>\n"
  "<span class=\"n\">per_expert</span> <span class=\"o\">=</span> <span class=\"mi\">3</span> <span class=\"o\">*</span> <span class=\"n\">d_model</span> <span class=\"o\">*</span> <span class=\"n\">d_ff</span>          <span class=\"c1\"># SwiGLU: w1, w2, w3</span>\n"
  "<span class=\"nb\">print</span><span class=\"p\">(</span><span class=\"n\">E</span> <span class=\"o\">*</span> <span class=\"n\">per_expert</span> <span class=\"o\">/</span> <span class=\"mf\">1e9</span><span class=\"p\">,</span> <span class=\"n\">k</span> <span class=\"o\">*</span> <span class=\"n\">per_expert</span> <span class=\"o\">/</span> <span class=\"mf\">1e9</span><span class=\"p\">)</span>  <span class=\"c1\"># per layer, in B</span>\n"
  "</code></pre></div>\n<p>(Mixtral-ish shapes, not from any paper, just so we have numbers on the slide)</p>", {}),
 (26, "website", 1712590871,
  "<p>the OPT logbook is honestly the best thing in this whole area <a href=\"https://arxiv.org/pdf/2205.01068\">https://arxiv.org/pdf/2205.01068</a>: the paper is "
  "<em>OPT: Open Pre-trained Transformer Language Models</em>, the logbook with all the restarts is in the metaseq repo "
  "<a href=\"https://github.com/facebookresearch/metaseq/tree/main/projects/OPT/chronicles\">https://github.com/facebookresearch/metaseq/tree/main/projects/OPT/chronicles</a></p>", {}),
 (14, "website", 1712652300,
  "<p>Before we go full scaling-maximalist, can we have one session that's a bit skeptical? Emergent Abilities of Large Language Models is the obvious target, "
  "and the BIG-bench paper (Beyond the Imitation Game: Quantifying and extrapolating the capabilities of language models, arXiv 2206.04615) has the per-task curves "
  "to check the claims against. The mirage paper can be the rebuttal slide.</p>", {}),
 (8, "website", 1712653128,
  "<p>" + mention(14) + " yes, good idea.</p>\n<blockquote>\n<p>can we have one session that's a bit skeptical?</p>\n</blockquote>\n"
  "<p>I'd add Language Models (Mostly) Know What They Know for the calibration angle; it uses BIG-bench tasks too so it fits.</p>",
  {"flags": ["read", "mentioned"], "reactions": [("heart", "2764", 14)]}),
 (11, "website", 1712656654,
  "<p>and for the dense side of the open slot: PaLM: Scaling Language Modeling with Pathways. 540B dense, a nice contrast to the sparse models "
  "(Pathways itself is a systems paper, skip it). Chinchilla we already did in February.</p>",
  {"edit": (1712656901, 11, "and for the dense side of the open slot: PaLM (540B dense, nice contrast to the sparse models). Chinchilla we already did in February.",
            "<p>and for the dense side of the open slot: PaLM (540B dense, nice contrast to the sparse models). Chinchilla we already did in February.</p>")}),
 (26, "ZulipElectron", 1712738411,
  "<p>Could we end with open models? LLaMA: Open and Efficient Foundation Language Models is a good bridge to the tokens-per-parameter discussion, "
  "and Llama 2: Open Foundation and Fine-Tuned Chat Models <a href=\"https://huggingface.co/papers/2307.09288\">https://huggingface.co/papers/2307.09288</a> "
  "for the chat/RLHF side.</p>",
  {"edit": (1712738470, 26, "Could we end with open models? LLaMA: Open and Efficient Foundation Language Models is a good bridge to the tokens-per-parameter "
                           "discussion, and Llama 2: Open Foundation and Fine-Tuned Chat Models https://huggingface.co/papers/2307.0928 for the chat/RLHF side.",
            "<p>Could we end with open models? LLaMA: Open and Efficient Foundation Language Models is a good bridge to the tokens-per-parameter discussion, "
            "and Llama 2: Open Foundation and Fine-Tuned Chat Models <a href=\"https://huggingface.co/papers/2307.0928\">https://huggingface.co/papers/2307.0928</a> "
            "for the chat/RLHF side.</p>")}),
 (14, "website", 1712739020,
  "<p>if we do chat models we need to talk about how they're evaluated. Everyone points to Judging LLM-as-a-Judge with MT-Bench and Chatbot Arena "
  "(arXiv:2306.05685), and the live leaderboard is here: <a href=\"https://chat.lmsys.org/?leaderboard\">https://chat.lmsys.org/?leaderboard</a> "
  "(not a paper, changes weekly).</p>", {}),
 (21, "website", 1712740100, "<p>/poll Which should go into the open slot?<br>\nDense scaling (PaLM)<br>\nOpen models (LLaMA / Llama 2)<br>\nSkeptics (emergence + calibration)</p>",
  {"poll": ("Which should go into the open slot?", ["Dense scaling (PaLM)", "Open models (LLaMA / Llama 2)", "Skeptics (emergence + calibration)"])}),
 (8, "website", 1712761333,
  "<p>Schedule, all in room 1713.0412 (or Zoom 812 3440 9917):</p>\n<ul>\n"
  "<li><time datetime=\"2024-04-18T14:00:00Z\">2024-04-18T14:00:00Z</time> MoE basics (" + mention(21) + ")</li>\n"
  "<li><time datetime=\"2024-04-25T14:00:00Z\">2024-04-25T14:00:00Z</time> GShard + Megatron (" + mention(11) + ")</li>\n"
  "<li><time datetime=\"2024-05-02T14:00:00Z\">2024-05-02T14:00:00Z</time> Switch + T5 (" + mention(26) + ")</li>\n"
  "<li><time datetime=\"2024-05-16T14:00:00Z\">2024-05-16T14:00:00Z</time> poll winner (" + mention(14) + ")</li>\n</ul>\n"
  "<p>Slides go to <a class=\"stream-topic\" data-stream-id=\"7\" href=\"/#narrow/stream/7-reading-group/topic/slides\">#reading-group &gt; slides</a>. "
  + emoji("rocket", "1f680") + "</p>",
  {"flags": ["read", "mentioned"], "reactions": [("+1", "1f44d", 11), ("+1", "1f44d", 14), ("+1", "1f44d", 21), ("+1", "1f44d", 26)]}),
 (14, "website", 1712762010, "<p>" + mention(8) + " the skeptics won the poll with 3 of 5 votes, I'll take the 16th " + emoji("sweat smile", "1f605") + "</p>", {}),
]

messages = []
mid = 1789201
for k, (uid, client, ts, html, extra) in enumerate(M):
    mid += 7 + (k * 13) % 29
    flags = extra.get("flags", ["read"])
    m = {"avatar_url": avatar(uid), "client": client, "content": html, "content_type": "text/html", "display_recipient": STREAM,
         "flags": flags, "id": mid, "is_me_message": False}
    if "edit" in extra:
        m["last_edit_timestamp"] = extra["edit"][0]
    m["reactions"] = [{"emoji_name": n, "emoji_code": c, "reaction_type": "unicode_emoji", "user_id": u} for n, c, u in extra.get("reactions", [])]
    m.update({"recipient_id": RECIPIENT_ID, "sender_email": email(uid), "sender_full_name": USERS[uid], "sender_id": uid, "sender_realm_str": REALM,
              "stream_id": STREAM_ID, "subject": TOPIC, "submessages": [], "timestamp": ts, "topic_links": [], "type": "stream"})
    if "poll" in extra:
        q, opts = extra["poll"]
        widget = {"widget_type": "poll", "extra_data": {"question": q, "options": opts}}
        m["submessages"] = [{"id": 40211, "message_id": mid, "sender_id": uid, "msg_type": "widget", "content": json.dumps(widget)}]
        votes = [(8, 2), (11, 0), (26, 1), (21, 2), (14, 2)]
        for j, (voter, opt) in enumerate(votes, 1):
            m["submessages"].append({"id": 40211 + j, "message_id": mid, "sender_id": voter, "msg_type": "widget",
                                     "content": json.dumps({"type": "vote", "key": f"canned,{opt}", "vote": 1})})
    if "edit" in extra:
        t, u, prev, prev_html = extra["edit"]
        m["edit_history"] = [{"prev_content": prev, "prev_rendered_content": prev_html, "timestamp": t, "user_id": u}]
    messages.append(m)

doc = {"result": "success", "msg": "", "found_anchor": False, "found_oldest": True, "found_newest": True, "history_limited": False,
       "anchor": 10000000000000000, "messages": messages}
text = json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
check_no_distractor(text, OUT)
open(OUT, "w", encoding="utf-8", newline="").write(text)
print(OUT, len(text))
