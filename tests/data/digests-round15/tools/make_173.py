#!/usr/bin/env python3
"""Builds digests/173_matrix_element_json_export_agents_reading_room.json: Element Web's "Export chat" → JSON of a
Matrix room "#llm-agents-reading:matrix.org" (JSONExport: room_name, room_creator, topic, export_date,
exported_by, messages = the effective events, JSON.stringify(…, null, 4)): m.room.create/member/topic state events,
m.room.message events (content.msgtype m.text/m.notice, body as typed — Markdown links stay "[text](url)" in the
body —, format org.matrix.custom.html + formatted_body with <a href>, <code>, <em>, lists), replies with
m.relates_to.m.in_reply_to and the legacy fallback ("> <@user:server> quoted\\n\\n…" body, <mx-reply><blockquote>
formatted_body), an edit (m.new_content, rel_type m.replace, "* " body), m.reaction annotations, a redacted event;
event ids "$" + 43 url-safe base64 characters, room id "!…:matrix.org", origin_server_ts in ms, unsigned.age and
the exporter's transaction_id.

Evidence: arXiv abs/pdf and OpenReview links (in bodies and hrefs), "arXiv:ID" and a bare id in bodies, titles in
prose (title-only, one in lower case). Non-papers: the LangChain docs, an agent framework repository, a
leaderboard, a Hugging Face dataset, a YouTube talk. Nicknames: GCG, phi-1, Minerva, "the Smallville paper",
AutoGPT (software), Voyager. Everything except titles and ids is invented."""
import base64, hashlib, json, os

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "173_matrix_element_json_export_agents_reading_room.json")
ROOM = "!qTfWvNHzKcRpLmYbXa:matrix.org"
EXPORTED_AT = 1707925200000  # 2024-02-14 15:40 UTC
ME = "@mirela.d:matrix.org"


def eid(seed):
    return "$" + base64.urlsafe_b64encode(hashlib.sha256(seed.encode()).digest()).decode().rstrip("=")


EVENTS = []
_txn = [0]


def ev(sender, ts, typ, content, state_key=None, seed=None, redacted=False):
    e = {"type": typ, "sender": sender, "content": content}
    if state_key is not None:
        e["state_key"] = state_key
    e["origin_server_ts"] = ts
    uns = {"age": EXPORTED_AT - ts}
    if sender == ME and typ == "m.room.message":
        _txn[0] += 1
        uns["transaction_id"] = f"m{ts - 41 - _txn[0] * 7}.{_txn[0] + 3}"
    if redacted:
        uns["redacted_because"] = {"type": "m.room.redaction", "sender": sender, "content": {},
                                   "redacts": eid(seed or str(ts)), "origin_server_ts": ts + 60210,
                                   "unsigned": {"age": EXPORTED_AT - ts - 60210}, "event_id": eid("r" + str(ts)),
                                   "room_id": ROOM}
    e["unsigned"] = uns
    e["event_id"] = eid(seed or str(ts))
    e["room_id"] = ROOM
    EVENTS.append(e)
    return e["event_id"]


def msg(sender, ts, body, html=None, notice=False, reply=None, seed=None):
    c = {"msgtype": "m.notice" if notice else "m.text", "body": body}
    if reply:
        rid, rsender, rbody = reply
        quoted = "\n".join("> " + (f"<{rsender}> " if i == 0 else "") + l for i, l in enumerate(rbody.split("\n")))
        c["body"] = quoted + "\n\n" + body
        rhtml = rbody.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
        fb = (f'<mx-reply><blockquote><a href="https://matrix.to/#/{ROOM}/{rid}?via=matrix.org">In reply to</a> '
              f'<a href="https://matrix.to/#/{rsender}">{rsender}</a><br>{rhtml}</blockquote></mx-reply>')
        c["format"] = "org.matrix.custom.html"
        c["formatted_body"] = fb + (html or body.replace("\n", "<br>"))
        c["m.relates_to"] = {"m.in_reply_to": {"event_id": rid}}
    elif html:
        c["format"] = "org.matrix.custom.html"
        c["formatted_body"] = html
    return ev(sender, ts, "m.room.message", c, seed=seed)


def react(sender, ts, target, key):
    return ev(sender, ts, "m.reaction", {"m.relates_to": {"rel_type": "m.annotation", "event_id": target, "key": key}})


T = 1706616000000  # 2024-01-30 12:00 UTC
D = 86400000
H = 3600000
M = 60000
A, B, C, DD = ME, "@jkowal:matrix.org", "@thandeka.m:tchncs.de", "@r0b_t:matrix.org"

ev(A, T, "m.room.create", {"creator": A, "room_version": "10"}, state_key="")
ev(A, T + 2000, "m.room.member", {"membership": "join", "displayname": "Mirela D.", "avatar_url": "mxc://matrix.org/xWjRfQbVnKpLsTdYuEhGcAoM"}, state_key=A)
ev(A, T + 5000, "m.room.topic", {"topic": "LLM agents reading group · Thursdays 17:00 CET · schedule in the pinned message · be nice"}, state_key="")
ev(B, T + 3 * H, "m.room.member", {"membership": "join", "displayname": "Jakub K."}, state_key=B)
ev(C, T + 4 * H, "m.room.member", {"membership": "join", "displayname": "Thandeka"}, state_key=C)
ev(DD, T + 5 * H, "m.room.member", {"membership": "join", "displayname": "rob"}, state_key=DD)

s1 = ("**Schedule, Feb** (pinned)\n"
      "1. [ReAct: Synergizing Reasoning and Acting in Language Models](https://openreview.net/forum?id=WE_vluYUL-X) + the LangChain agent docs for the practical side\n"
      "2. [Toolformer: Language Models Can Teach Themselves to Use Tools](https://arxiv.org/abs/2302.04761)\n"
      "3. Reflexion: Language Agents with Verbal Reinforcement Learning, arXiv:2303.11366\n"
      "4. Generative Agents: Interactive Simulacra of Human Behavior (the Smallville paper)")
h1 = ("<p><strong>Schedule, Feb</strong> (pinned)</p>\n<ol>\n"
      '<li><a href="https://openreview.net/forum?id=WE_vluYUL-X">ReAct: Synergizing Reasoning and Acting in Language Models</a> + the LangChain agent docs for the practical side</li>\n'
      '<li><a href="https://arxiv.org/abs/2302.04761">Toolformer: Language Models Can Teach Themselves to Use Tools</a></li>\n'
      "<li>Reflexion: Language Agents with Verbal Reinforcement Learning, arXiv:2303.11366</li>\n"
      "<li>Generative Agents: Interactive Simulacra of Human Behavior (the Smallville paper)</li>\n</ol>\n")
sched = msg(A, T + 6 * H, s1, h1, seed="sched")
react(B, T + 6 * H + 4 * M, sched, "👍")
react(C, T + 7 * H, sched, "👍")
q = msg(B, T + 1 * D + 2 * H, "before ReAct, should we do the chain-of-thought paper? not everyone has read it",
        seed="cotq")
a = msg(A, T + 1 * D + 2 * H + 9 * M,
        "yes, 10 min recap: Chain-of-Thought Prompting Elicits Reasoning in Large Language Models. I'll do it",
        reply=(q, B, "before ReAct, should we do the chain-of-thought paper? not everyone has read it"), seed="cota")
msg(C, T + 1 * D + 5 * H,
    "I'd also add training language models to follow instructions with human feedback, otherwise the \"why does prompting even work\" question eats the whole session",
    seed="igpt")
e1 = msg(DD, T + 2 * D + 1 * H,
         "for the eval session: SWE-bench: Can Language Models Resolve Real-World GitHub Issues? https://arxiv.org/abs/2310.06770 — the leaderboard is at https://www.swebench-board.example.com and moves every week",
         html='for the eval session: SWE-bench: Can Language Models Resolve Real-World GitHub Issues? <a href="https://arxiv.org/abs/2310.06770">https://arxiv.org/abs/2310.06770</a> — the leaderboard is at <a href="https://www.swebench-board.example.com">https://www.swebench-board.example.com</a> and moves every week',
         seed="swe")
ev(DD, T + 2 * D + 1 * H + 3 * M, "m.room.message",
   {"msgtype": "m.text", "body": "* for the eval session: SWE-bench: Can Language Models Resolve Real-World GitHub Issues? https://arxiv.org/abs/2310.06770 — leaderboard at https://www.swebench-board.example.com (moves every week). The harness repo is github.com/agentlab-oss/swe-harness",
    "m.new_content": {"msgtype": "m.text", "body": "for the eval session: SWE-bench: Can Language Models Resolve Real-World GitHub Issues? https://arxiv.org/abs/2310.06770 — leaderboard at https://www.swebench-board.example.com (moves every week). The harness repo is github.com/agentlab-oss/swe-harness"},
    "m.relates_to": {"rel_type": "m.replace", "event_id": e1}}, seed="swe-edit")
msg(B, T + 2 * D + 3 * H, "and MMLU for the \"do agents need knowledge\" angle? Measuring Massive Multitask Language Understanding is old but everybody still reports it", seed="mmlu")
r = msg(C, T + 3 * D + 10 * H, "also Minerva (Solving Quantitative Reasoning Problems with Language Models) is 2206.14858 btw, if we do the math-agents week", seed="minerva")
ev(DD, T + 3 * D + 11 * H, "m.room.message", {}, seed="redacted", redacted=True)
msg(A, T + 3 * D + 11 * H + 20 * M,
    "ok adding it. and someone asked about safety: [Universal and Transferable Adversarial Attacks on Aligned Language Models](https://arxiv.org/pdf/2307.15043) (GCG). The demo video is on YouTube, not sure it's worth the time",
    html='ok adding it. and someone asked about safety: <a href="https://arxiv.org/pdf/2307.15043">Universal and Transferable Adversarial Attacks on Aligned Language Models</a> (GCG). The demo video is on YouTube, not sure it\'s worth the time',
    reply=(r, C, "also Minerva (Solving Quantitative Reasoning Problems with Language Models) is 2206.14858 btw, if we do the math-agents week"), seed="gcg")
msg(B, T + 4 * D + 2 * H,
    "phi-1 came up last time — it's \"Textbooks Are All You Need\". The synthetic exercises dataset is on the HF hub (hf.co/datasets/open-phi/textbooks-mini), but it's a community re-creation, not theirs",
    html="phi-1 came up last time — it's <em>Textbooks Are All You Need</em>. The synthetic exercises dataset is on the HF hub (<code>hf.co/datasets/open-phi/textbooks-mini</code>), but it's a community re-creation, not theirs",
    seed="phi")
msg(DD, T + 4 * D + 5 * H, "tbh AutoGPT and Voyager are more fun than half of these 🙃", seed="autogpt")
msg("@agenda-bot:matrix.org", T + 8 * D, "Reminder: reading group Thursday 17:00 CET — ReAct (presenter: Mirela). Jitsi link in the topic.", notice=True, seed="bot")

doc = {"room_name": "LLM agents reading group", "room_creator": A,
       "topic": "LLM agents reading group · Thursdays 17:00 CET · schedule in the pinned message · be nice",
       "export_date": "14/02/2024", "exported_by": ME, "messages": EVENTS}
with open(OUT, "w", encoding="utf-8") as fh:
    fh.write(json.dumps(doc, indent=4, ensure_ascii=False))
