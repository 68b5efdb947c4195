#!/usr/bin/env python3
"""Builds digests/201_json_feed_microblog_agents_memory_notes.json: the JSON Feed 1.1 (`feed.json`) of a micro.blog-hosted
blog ("Marginalia — paper notes"), as its Hugo theme template writes it: the template's own layout (two-space
indentation, one key per line) with every value passed through Hugo's `jsonify`, i.e. Go's encoding/json: compact,
`<`, `>`, `&` escaped as \\u003c, \\u003e, \\u0026, non-ASCII kept as UTF-8. Top level version, title, icon, favicon,
home_page_url, feed_url, description, language, authors and the `_microblog` extension; items newest first with
id, url, title (absent on micro-posts), content_html, summary (on long posts), date_published (RFC 3339 with the
blog's offset), date_modified on an edited post, tags, image, external_url on a link post.

Evidence: an arXiv abs link (Gato), an arXiv pdf link (Decision Transformer), a Hugging Face paper link (Voyager),
an OpenReview forum link (feedback memory) and an OpenReview pdf link (Memformer, under its first title, which is the
OpenReview one) (link); "arXiv:2310.08560" after MemGPT's title and "(arXiv:1410.5401)" after Neural Turing Machines
(arxiv-text); titles in prose, in <em>, in a list and in a blockquote (title-only: Self-RAG, expire-span, AgentBench
next to its GitHub repository, RT-2, SayCan next to its project page, the trajectory transformer under its first
title). Non-papers: the Letta/MemGPT and AgentBench repositories, the SayCan project page, a Minecraft wiki page,
talk recordings and slides, a podcast episode, the author's older posts. Transformer-XL, the Compressive Transformer,
Gato, PaLM-E, ReAct, Toolformer are nicknames. Blog, people and dates are invented."""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from catalogue import check_no_distractor

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "201_json_feed_microblog_agents_memory_notes.json")
SITE = "https://notes.ilsevandam.nl"


def go(v):
    """Go encoding/json (HTML-safe) for strings, lists of strings and dicts of those"""
    if isinstance(v, str):
        s = json.dumps(v, ensure_ascii=False)
        return s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    if isinstance(v, list):
        return "[" + ",".join(go(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{" + ",".join(go(k) + ":" + go(x) for k, x in v.items()) + "}"
    return json.dumps(v)


POSTS = [
 dict(slug="2024/03/18/memory-for-agents.html", date="2024-03-18T21:04:11+01:00", modified="2024-03-19T08:12:40+01:00", title="Memory for agents, part 2: paging and retrieval",
      tags=["agents", "memory", "papers"],
      summary="MemGPT treats the context window like RAM; Self-RAG decides when to look things up. Notes from our reading group.",
      html="<p>Part 2 of the memory series (<a href=\"" + SITE + "/2024/02/20/memory-for-agents.html\">part 1</a> was about architectures). This time: systems that "
           "<em>manage</em> a fixed context instead of extending it.</p>\n"
           "<h2 id=\"memgpt\">MemGPT</h2>\n"
           "<p><strong>MemGPT: Towards LLMs as Operating Systems</strong> (Packer et al., arXiv:2310.08560) splits memory into a main context and external storage and lets "
           "the model page things in and out with function calls. The OS analogy is a bit stretched, but the interrupt-driven control flow is a neat idea. "
           "The project has since become <a href=\"https://github.com/cpacker/MemGPT\">Letta</a>; the repo is much bigger than the paper now.</p>\n"
           "<h2 id=\"self-rag\">Self-RAG</h2>\n"
           "<p>Self-RAG: Learning to Retrieve, Generate, and Critique through Self-Reflection trains the generator to emit reflection tokens: whether to retrieve, "
           "whether a passage is relevant, whether the output is supported. Retrieval on demand instead of always-on.</p>\n"
           "<blockquote>\n<p>What surprised the group: the critic is only used to label training data, it is not in the loop at inference.</p>\n</blockquote>\n"
           "<p>Next session: ReAct and Toolformer, i.e. tools as memory. Slides from this one are <a href=\"https://speakerdeck.com/ilsevd/memory-for-agents-2\">on Speaker Deck</a>.</p>"),
 dict(slug="2024/03/02/135502.html", date="2024-03-02T13:55:02+01:00", tags=["memory"],
      html="<p>Re-reading <em>Neural Turing Machines</em> (arXiv:1410.5401) for the memory series. Still the clearest figure of content-based vs location-based "
           "addressing I know. 2014 feels like a different century.</p>"),
 dict(slug="2024/02/20/memory-for-agents.html", date="2024-02-20T22:41:37+01:00", title="Memory for agents, part 1: transformers that remember",
      tags=["memory", "transformers", "papers"], summary="Feedback memory, Memformer and learning to forget: three ways to give a transformer a state.",
      image="https://cdn.uploads.micro.blog/88412/2024/feedback-figure.png",
      html="<p>Before agents got memory through prompts, people tried to build it into the architecture. Three papers we read for part 1:</p>\n<ul>\n"
           "<li><a href=\"https://openreview.net/forum?id=OCm0rwa1lx1\">Addressing Some Limitations of Transformers with Feedback Memory</a>: every layer attends to a "
           "memory built from <em>all</em> layers of previous steps, so the lowest layer sees the highest-level abstractions of the past. Slower to train, because "
           "you lose parallelism over time.</li>\n"
           "<li>Memformer: The Memory-Augmented Transformer (<a href=\"https://openreview.net/pdf?id=_adSMszz_g9\">pdf</a>): a fixed-size external memory with "
           "read/write attention and memory replay back-propagation to make training affordable.</li>\n"
           "<li>Not All Memories are Created Equal: Learning to Forget by Expiring: each memory predicts its own expiry span, so the model can keep a few "
           "things for a very long time and drop the rest.</li>\n</ul>\n"
           "<p><img src=\"https://cdn.uploads.micro.blog/88412/2024/feedback-figure.png\" width=\"600\" height=\"338\" alt=\"Sketch of feedback memory vs Transformer-XL recurrence\"></p>\n"
           "<p>Transformer-XL and the Compressive Transformer came up as baselines all evening; we did those last year.</p>"),
 dict(slug="2024/02/05/minecraft-agents.html", date="2024-02-05T19:20:18+01:00", title="Minecraft agents and how to grade them", tags=["agents", "evaluation"],
      summary="Voyager's skill library and AgentBench's eight environments.",
      html="<p>Two papers this week. <a href=\"https://huggingface.co/papers/2305.16291\">Voyager: An Open-Ended Embodied Agent with Large Language Models</a> "
           "keeps an ever-growing library of JavaScript skills for Minecraft and retrieves them by embedding. The automatic curriculum is the part I would steal. "
           "(If you don't play: the <a href=\"https://minecraft.wiki/w/Tech_tree\">tech tree</a> is what the diamond-tool numbers are about.)</p>\n"
           "<p>On the evaluation side, AgentBench: Evaluating LLMs as Agents runs models through eight environments (OS, database, knowledge graph, card game, "
           "web shopping, …). Code and leaderboard: <a href=\"https://github.com/THUDM/AgentBench\">github.com/THUDM/AgentBench</a>. The gap between API models "
           "and open models was the headline in 2023; I'd like to see it rerun.</p>"),
 dict(slug="2024/01/22/one-model-to-act.html", date="2024-01-22T20:02:55+01:00", title="One model to act them all?", tags=["agents", "robotics", "papers"],
      summary="Gato, SayCan and RT-2 side by side.",
      html="<p>Our robotics night. The generalist-agent story in three steps:</p>\n<ol>\n"
           "<li><strong>A Generalist Agent</strong> (<a href=\"https://arxiv.org/abs/2205.06175\">arxiv.org/abs/2205.06175</a>), i.e. Gato: one transformer, "
           "604 tasks, everything serialised into tokens.</li>\n"
           "<li>Do As I Can, Not As I Say: Grounding Language in Robotic Affordances, a.k.a. SayCan: the LLM proposes, value functions check what is feasible. "
           "The <a href=\"https://say-can.github.io/\">project page</a> has the videos.</li>\n"
           "<li>RT-2: Vision-Language-Action Models Transfer Web Knowledge to Robotic Control: actions as text tokens, co-fine-tuned with web data.</li>\n</ol>\n"
           "<p>PaLM-E sits between 2 and 3 but nobody volunteered for it. Maybe in March.</p>"),
 dict(slug="2024/01/09/rl-as-sequence-modeling.html", date="2024-01-09T09:31:47+01:00", title="RL as sequence modelling, bookmarked",
      tags=["rl", "bookmarks"], external="https://arxiv.org/pdf/2106.01345",
      html="<p>Bookmarking for the offline-RL session: Decision Transformer: Reinforcement Learning via Sequence Modeling "
           "(<a href=\"https://arxiv.org/pdf/2106.01345\">pdf</a>) conditions on return-to-go; its sibling from Berkeley, <em>Reinforcement Learning as One Big "
           "Sequence Modeling Problem</em>, plans with beam search over discretised trajectories. Same month, very different taste.</p>"),
 dict(slug="2023/12/28/year-in-talks.html", date="2023-12-28T17:45:00+01:00", title="2023 in talks", tags=["talks", "meta"],
      html="<p>Things I said out loud this year, for the record:</p>\n<ul>\n"
           "<li><em>Agents Need Memory, Not Bigger Windows</em>, ML Meetup Utrecht, October (<a href=\"https://www.youtube.com/watch?v=H1xVqZt0bLw\">recording</a>)</li>\n"
           "<li><em>Reading Papers as a Team: Two Years of a Journal Club</em>, PyData Amsterdam lightning talk (<a href=\"https://speakerdeck.com/ilsevd/reading-papers-as-a-team\">slides</a>)</li>\n"
           "<li>A guest spot on the <a href=\"https://podcasts.example.nl/datapraat/episode-57\">DataPraat podcast, episode 57</a>, about evaluation of LLM agents</li>\n</ul>\n"
           "<p>None of these are papers, just me talking. Happy new year!</p>"),
]

out = ['{', '  "version": "https://jsonfeed.org/version/1.1",', '  "title": ' + go("Marginalia — paper notes") + ',',
       '  "icon": "https://avatars.micro.blog/avatars/2023/41/1288331.jpg",', '  "favicon": "https://avatars.micro.blog/avatars/2023/41/1288331.jpg",',
       '  "home_page_url": "' + SITE + '/",', '  "feed_url": "' + SITE + '/feed.json",',
       '  "description": ' + go("Notes from a reading group on agents, memory & evaluation. Mostly papers, sometimes talks.") + ',',
       '  "language": "en",',
       '  "authors": [', '    {', '      "name": ' + go("Ilse van Dam") + ',', '      "url": "https://micro.blog/ilsevd",',
       '      "avatar": "https://avatars.micro.blog/avatars/2023/41/1288331.jpg"', '    }', '  ],',
       '  "_microblog": {', '    "about": "https://micro.blog/about/feeds",', '    "username": "ilsevd"', '  },', '  "items": [']
items = []
for p in POSTS:
    url = SITE + "/" + p["slug"]
    f = ['    {', '      "id": ' + go("http://ilsevd.micro.blog/" + p["slug"]) + ',', '      "url": ' + go(url) + ',']
    if p.get("external"): f.append('      "external_url": ' + go(p["external"]) + ',')
    if p.get("title"): f.append('      "title": ' + go(p["title"]) + ',')
    f.append('      "content_html": ' + go(p["html"]) + ',')
    if p.get("summary"): f.append('      "summary": ' + go(p["summary"]) + ',')
    if p.get("image"): f.append('      "image": ' + go(p["image"]) + ',')
    f.append('      "date_published": ' + go(p["date"]) + ',')
    if p.get("modified"): f.append('      "date_modified": ' + go(p["modified"]) + ',')
    f.append('      "tags": ' + go(p["tags"]))
    f.append('    }')
    items.append("\n".join(f))
out.append(",\n".join(items))
out += ['  ]', '}']
text = "\n".join(out) + "\n"
json.loads(text)
check_no_distractor(json.dumps(json.loads(text), ensure_ascii=False), OUT)
open(OUT, "w", encoding="utf-8", newline="").write(text)
print(OUT, len(text))
