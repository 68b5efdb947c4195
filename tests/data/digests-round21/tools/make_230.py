#!/usr/bin/env python3
"""Builds digests/230_google_chat_takeout_messages_json_urdu_llm_agents_space.json: `Takeout/Google Chat/Groups/Space
AAAA…/messages.json` from a Google Takeout export of a university NLP lab's Google Chat space (Lahore, invented),
where a reading circle on LLM agents talks in Urdu script and Roman Urdu mixed with English.

Layout, as Takeout writes it: {"messages": [...]} with two-space indentation and UTF-8 kept, no final newline; each
message with creator (name, email, user_type), created_date in the account's English locale ("Monday, March 4, 2024
at 3:02:11 PM UTC", with U+202F NARROW NO-BREAK SPACE before AM/PM as recent ICU writes it), updated_date for an
edited message, text, annotations (url_metadata with title / snippet / image_url and the url wrapped in
{"private_do_not_access_or_else_safe_url_do_not_use": …}; drive_metadata; user_mention_metadata), reactions (emoji
unicode, reactor_emails), topic_id and message_id ("<topic_id>/<11 chars>"); oldest first. Annotation start_index /
length count characters of text (no astral characters precede an annotated span).

Evidence: ReAct's OpenReview pdf and SWE-bench's OpenReview forum (unfurled "… | OpenReview") (link, OpenReview);
Reflexion's abs link, whose unfurled title is the paper's first arXiv title (the text calls it "Reflexion wala
paper"), Voyager's pdf link (link); MemGPT "arXiv id 2310.08560" and AgentBench "(arXiv 2308.03688)" (arxiv-text);
Toolformer, SayCan and RT-2 in Urdu sentences (SayCan in curly quotes), Gato's short title in quotes, Generative
Agents (title-only). Non-papers: the Drive slides, the letta repository (unfurled), LangChain's docs page, Google
Meet. Names, emails, ids, rooms and times are invented."""
import json, os, sys
from datetime import datetime, timedelta
sys.path.insert(0, os.path.dirname(__file__))
from catalogue import check_no_distractor

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "230_google_chat_takeout_messages_json_urdu_llm_agents_space.json")
PEOPLE = {
    "hira": ("Hira Baig", "hira.baig@nlplab.example.edu.pk"),
    "usman": ("Usman Tariq", "usman.tariq@nlplab.example.edu.pk"),
    "zainab": ("Zainab Qureshi", "zainab.qureshi@nlplab.example.edu.pk"),
    "ahmed": ("Ahmed Raza", "ahmed.raza@nlplab.example.edu.pk"),
}
T0 = datetime(2024, 3, 4, 10, 2, 11)


def when(dt):
    h = dt.hour % 12 or 12
    return f"{dt:%A}, {dt:%B} {dt.day}, {dt.year} at {h}:{dt:%M:%S}\u202f{'AM' if dt.hour < 12 else 'PM'} UTC"


def person(k):
    return {"name": PEOPLE[k][0], "email": PEOPLE[k][1], "user_type": "Human"}


def url_ann(text, url, title=None, snippet=None, image=None):
    i = text.index(url)
    meta = {}
    if title is not None: meta["title"] = title
    if snippet is not None: meta["snippet"] = snippet
    if image is not None: meta["image_url"] = image
    meta["url"] = {"private_do_not_access_or_else_safe_url_do_not_use": url}
    return {"start_index": i, "length": len(url), "url_metadata": meta}


def drive_ann(text, url, fid, title):
    return {"start_index": text.index(url), "length": len(url), "drive_metadata": {"id": fid, "title": title, "thumbnail_url": ""}}


def mention_ann(text, k):
    at = "@" + PEOPLE[k][0]
    return {"start_index": text.index(at), "length": len(at), "user_mention_metadata": {"type": "MENTION", "user": person(k)}}


DRIVE = "https://drive.google.com/file/d/1Hq7ZkP2xN9wVb4Ls0TcR6mJ3eYdA8uFo/view?usp=drive_link"
ARXIV_ICON = "https://arxiv.org/static/browse/0.3.4/images/arxiv-logo-fb.png"
# (minutes after T0, author, text, annotation makers, reactions {emoji: [people]}, edited minutes later, topic)
MSGS = [
    (0, "hira", "السلام علیکم سب کو! اس ہفتے کا موضوع: LLM agents۔ سلائیڈز یہاں ہیں:\n" + DRIVE,
     [lambda t: drive_ann(t, DRIVE, "1Hq7ZkP2xN9wVb4Ls0TcR6mJ3eYdA8uFo", "Week 9 — LLM agents (reading circle).pptx")], {}, None, "Tq3vXw8KpZa"),
    (3, "hira", "پہلا پیپر ReAct: Synergizing Reasoning and Acting in Language Models ہے — reasoning اور actions کو باری باری چلاتا ہے۔\nhttps://openreview.net/pdf?id=WE_vluYUL-X",
     [], {"👍": ["usman", "zainab"]}, None, "Tq3vXw8KpZa"),
    (9, "usman", "yaar Reflexion wala paper bhi dekh lo, ReAct ka agla step hai: agent apni ghalti par khud note likhta hai\nhttps://arxiv.org/abs/2303.11366",
     [lambda t: url_ann(t, "https://arxiv.org/abs/2303.11366", "[2303.11366] Reflexion: an autonomous agent with dynamic memory and self-reflection",
                        "Recent advancements in decision-making large language model (LLM) agents have demonstrated impressive performance across various benchmarks.",
                        ARXIV_ICON)], {}, None, "Tq3vXw8KpZa"),
    (14, "zainab", "Toolformer: Language Models Can Teach Themselves to Use Tools بھی اسی سلسلے کی کڑی ہے — ماڈل خود سیکھتا ہے کہ کب API کال کرنی ہے اور کب نہیں۔",
     [], {}, None, "Tq3vXw8KpZa"),
    (22, "usman", "@Hira Baig MemGPT: Towards LLMs as Operating Systems ka arXiv id 2310.08560 hai, aur repo ab naam badal kar letta ho gaya hai: https://github.com/letta-ai/letta",
     [lambda t: mention_ann(t, "hira"),
      lambda t: url_ann(t, "https://github.com/letta-ai/letta", "GitHub - letta-ai/letta: Letta (formerly MemGPT) is a framework for creating LLM services with memory.",
                        "Letta (formerly MemGPT) is a framework for creating LLM services with memory. - letta-ai/letta",
                        "https://opengraph.githubassets.com/4c1f0e2a9b7d3e5f6a8c0b1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f/letta-ai/letta")],
     {}, 4, "Tq3vXw8KpZa"),
    (31, "ahmed", "Minecraft wala bhi zaroor parhna:\nVoyager: An Open-Ended Embodied Agent with Large Language Models\nhttps://arxiv.org/pdf/2305.16291",
     [], {"🔥": ["hira"]}, None, "Rb7mNc2JsLe"),
    (38, "zainab", "روبوٹکس کی طرف دو پیپر: “Do As I Can, Not As I Say: Grounding Language in Robotic Affordances” اور RT-2: Vision-Language-Action Models Transfer Web Knowledge to Robotic Control۔ دونوں میں LLM منصوبہ بناتا ہے، روبوٹ عمل کرتا ہے۔",
     [], {}, None, "Rb7mNc2JsLe"),
    (41, "hira", "اور “A Generalist Agent” (Gato) — ایک ہی ماڈل، 600 سے زیادہ کام۔ لیکن یہ LLM agent نہیں، ایک ہی transformer پالیسی ہے۔",
     [], {}, None, "Rb7mNc2JsLe"),
    (55, "ahmed", "evaluation ke liye AgentBench: Evaluating LLMs as Agents (arXiv 2308.03688) aur SWE-bench:\nhttps://openreview.net/forum?id=VTF8yNQM66",
     [lambda t: url_ann(t, "https://openreview.net/forum?id=VTF8yNQM66", "SWE-bench: Can Language Models Resolve Real-world Github Issues? | OpenReview",
                        "Language models have outpaced our ability to evaluate them effectively, but for their future development it is essential to study the frontier of their capabilities.",
                        "https://openreview.net/images/openreview_logo_512.png")], {"👍": ["zainab"]}, None, "Hs5pQd9WuYf"),
    (62, "usman", "Generative Agents: Interactive Simulacra of Human Behavior — Smallville wala 😄 demo bohat acha hai, 25 agents ek gaon mein",
     [], {"😂": ["hira", "ahmed"]}, None, "Hs5pQd9WuYf"),
    (70, "zainab", "implementation ke liye LangChain ka agents wala page theek hai: https://python.langchain.com/docs/modules/agents/",
     [lambda t: url_ann(t, "https://python.langchain.com/docs/modules/agents/", "Agents | 🦜️🔗 LangChain",
                        "The core idea of agents is to use a language model to choose a sequence of actions to take.", None)], {}, None, "Hs5pQd9WuYf"),
    (1441, "hira", "جمعرات شام 5 بجے کمرہ 204 میں ملتے ہیں، جو نہیں آ سکتے وہ Meet پر: https://meet.google.com/xbq-rtnk-pvd",
     [], {"👍": ["usman", "ahmed", "zainab"]}, None, "Lk4dWe7ZtNa"),
]
MIDS = ["Tq3vXw8KpZa", "Ub2nHf5RqLs", "Vc9kJd3WpMe", "Wd4mLg8TsQb", "Xe7pNh2VuRc", "Rb7mNc2JsLe", "Yf1qPj6XwTd",
        "Zg5rQk9YxUf", "Hs5pQd9WuYf", "Ah8sRm3ZyVg", "Bi2tSn7AzWh", "Lk4dWe7ZtNa"]


def build():
    msgs = []
    for (mins, who, text, anns, reacts, edited, topic), mid in zip(MSGS, MIDS):
        dt = T0 + timedelta(minutes=mins, seconds=(mins * 7) % 53)
        m = {"creator": person(who), "created_date": when(dt)}
        if edited:
            m["updated_date"] = when(dt + timedelta(minutes=edited, seconds=13))
        m["text"] = text
        if anns:
            m["annotations"] = [a(text) for a in anns]
        if reacts:
            m["reactions"] = [{"emoji": {"unicode": e}, "reactor_emails": [PEOPLE[p][1] for p in ps]} for e, ps in reacts.items()]
        m["topic_id"] = topic
        m["message_id"] = f"{topic}/{mid}"
        msgs.append(m)
    return json.dumps({"messages": msgs}, indent=2, ensure_ascii=False)


if __name__ == "__main__":
    TEXT = build()
    check_no_distractor(TEXT, "230")
    open(OUT, "w", encoding="utf-8", newline="").write(TEXT)
    print(OUT, len(TEXT))
