#!/usr/bin/env python3
"""Builds digests/141_roam_json_export_llm_agents_graph.json: a Roam Research graph ("jmk-research") exported with
"Export All → JSON", cut to the pages about an LLM-agents reading group.

Written as Roam's JSON export looks: one line, a list of pages; a page has `title`, `uid` (9 characters, or
MM-DD-YYYY for daily notes), `create-time` / `edit-time` in epoch milliseconds, `:create/user` / `:edit/user`
({":user/uid": …}) and `children`; a block has `string`, `uid`, `create-time`, `edit-time`, the user maps, optional
`heading`, `text-align`, `view-type`, `open: false`, nested `children`, and `refs` / `:block/refs` listing the uids of
the pages and blocks its string references. Block strings use Roam markup: `[[Page]]` and `#[[multi word]]` /
`#tag` page references, `((uid))` block references, `{{[[TODO]]}}` / `{{[[DONE]]}}`, attribute blocks
`Attr:: value`, `**bold**`, `__italic__`, `^^highlight^^`, `[label](url)`, `{{pdf: url}}`, `{{youtube: url}}`,
`{{[[table]]}}` (rows as children), `{{[[query]]: …}}`, and Readwise-synced pages (`Author::`, `Full Title::`,
`Category::`, `URL::`, "Highlights first synced by [[Readwise]] [[date]]"). Pages that exist only because
something references them (people, venues, attribute names, TODO/DONE, and several paper titles typed as `[[…]]`)
are exported as pages without children, as "Export All" does."""
import hashlib
import json
import os
import re
from datetime import datetime, timezone, timedelta

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "141_roam_json_export_llm_agents_graph.json")
TZ = timezone(timedelta(hours=1))
ME = {":user/uid": "q7Wm0sKd3YhZc1TnLpA8xR2vBe5"}
RW = {":user/uid": "readwise-sync-bot-0000000001"}
ALPH = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


def uid(seed):
    h = hashlib.sha1(seed.encode()).digest()
    return "".join(ALPH[b % 64] for b in h[:9])


def ms(s):
    return int(datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ).timestamp() * 1000) + \
        int(hashlib.md5(s.encode()).hexdigest()[:3], 16) % 1000


PAGES = {}  # title -> uid (filled as pages are defined)


def page_uid(title):
    m = re.match(r"(\w+) (\d+)(?:st|nd|rd|th), (\d{4})$", title)
    if m:
        d = datetime.strptime(f"{m.group(1)} {m.group(2)} {m.group(3)}", "%B %d %Y")
        return PAGES.setdefault(title, d.strftime("%m-%d-%Y"))
    return PAGES.setdefault(title, uid("page:" + title))


def refs_of(s):
    attr = re.match(r"([^:\[\]]+)::", s)
    titles = ([attr.group(1)] if attr else []) + re.findall(r"\[\[([^\[\]]+)\]\]", s) + \
        re.findall(r"(?<![\w\[])#(\w[\w-]*)", s)
    blocks = re.findall(r"\(\(([\w-]{9})\)\)", s)
    return [page_uid(t) for t in dict.fromkeys(titles)] + blocks


def B(s, when, children=(), user=ME, edit=None, **extra):
    b = {"string": s, "uid": extra.pop("uid", None) or uid("block:" + s + when), "create-time": ms(when),
         "edit-time": ms(edit or when), ":create/user": user, ":edit/user": user}
    r = refs_of(s)
    if r:
        b["refs"] = [{"uid": x} for x in r]
        b[":block/refs"] = [{":block/uid": x} for x in r]
    b.update(extra)
    if children:
        b["children"] = list(children)
    return b


def P(title, when, children, user=ME, edit=None):
    return {"title": title, "uid": page_uid(title), "create-time": ms(when), "edit-time": ms(edit or when),
            ":create/user": user, ":edit/user": user, "children": list(children)}


HL_UID = "Xk3pQ9aZr"      # a Readwise highlight block that the daily note block-references
MEMGPT_UID = "tR8vN2mLq"

pages = [
    P("LLM agents RG", "2024-02-12 21:04", [
        B("Reading group on LLM agents, Thursdays 16:00, room 3.12 + Zoom. Organisers: me, [[Priya Natarajan]], "
          "[[Tomás Ibarra]]", "2024-02-12 21:04"),
        B("Schedule", "2024-02-12 21:06", heading=2, children=[
            B("{{[[table]]}}", "2024-02-12 21:07", children=[
                B("**Week**", "2024-02-12 21:07", children=[
                    B("**Paper**", "2024-02-12 21:07", children=[B("**Presenter**", "2024-02-12 21:07")])]),
                B("1 (22 Feb)", "2024-02-12 21:08", children=[
                    B("[[Chain-of-Thought Prompting Elicits Reasoning in Large Language Models]]", "2024-02-12 21:08",
                      children=[B("[[Priya Natarajan]]", "2024-02-12 21:08")])]),
                B("2 (29 Feb)", "2024-02-12 21:09", children=[
                    B("[[ReAct: Synergizing Reasoning and Acting in Language Models]]", "2024-02-12 21:09",
                      children=[B("me", "2024-02-12 21:09")])]),
                B("3 (7 Mar)", "2024-02-12 21:10", children=[
                    B("[[Reflexion]] + [[Toolformer: Language Models Can Teach Themselves to Use Tools]]",
                      "2024-02-12 21:10", children=[B("[[Tomás Ibarra]]", "2024-02-12 21:10")])]),
                B("4 (14 Mar)", "2024-02-12 21:11", children=[
                    B("[[AgentBench]]", "2024-02-12 21:11", children=[B("tbd", "2024-02-12 21:11")])]),
                B("5 (21 Mar)", "2024-02-12 21:12", children=[
                    B("[[SWE-bench: Can Language Models Resolve Real-World GitHub Issues?]]", "2024-02-12 21:12",
                      children=[B("[[Priya Natarajan]]", "2024-02-12 21:12")])]),
            ]),
        ]),
        B("Background (not presented)", "2024-02-12 21:15", heading=2, children=[
            B("[[InstructGPT]] — everyone should know the RLHF setup", "2024-02-12 21:15"),
            B("[[Language Models are Unsupervised Multitask Learners]] for the zero-shot framing, 2019",
              "2024-02-12 21:16"),
            B("Lilian Weng's post [LLM Powered Autonomous Agents](https://lilianweng.github.io/posts/2023-06-23-agent/)"
              " — blog, but the best map of the area", "2024-02-12 21:17"),
            B("{{youtube: https://www.youtube.com/watch?v=2tkCcGq7Kxw}} Shunyu Yao's talk on language agents",
              "2024-02-12 21:18"),
        ]),
        B("Open papers", "2024-02-12 21:20", heading=2, children=[
            B("{{[[query]]: {and: [[paper]] [[LLM agents RG]] {not: #read}}}}", "2024-02-12 21:20"),
        ]),
    ], edit="2024-03-05 08:40"),

    P("ReAct: Synergizing Reasoning and Acting in Language Models", "2024-02-26 19:30", [
        B("Type:: [[paper]]", "2024-02-26 19:30"),
        B("Authors:: [[Shunyu Yao]], [[Jeffrey Zhao]], Dian Yu, Nan Du, Izhak Shafran, Karthik Narasimhan, "
          "Yuan Cao", "2024-02-26 19:31"),
        B("Venue:: [[ICLR 2023]]", "2024-02-26 19:31"),
        B("Source:: https://openreview.net/forum?id=WE_vluYUL-X", "2024-02-26 19:32"),
        B("Status:: #read", "2024-02-26 19:32", edit="2024-02-28 22:10"),
        B("Notes", "2024-02-26 19:35", heading=3, children=[
            B("Thought/Action/Observation interleaving; HotpotQA + FEVER with a Wikipedia API, ALFWorld + WebShop "
              "for acting", "2024-02-26 19:36"),
            B("^^CoT alone hallucinates facts, act-only can't plan^^ → see ((" + HL_UID + "))", "2024-02-26 19:40"),
            B("compare with [[Toolformer: Language Models Can Teach Themselves to Use Tools]]: tools learned in "
              "fine-tuning vs. prompted", "2024-02-26 19:44"),
            B("{{[[DONE]]}} slides for 29 Feb", "2024-02-27 10:02", edit="2024-02-28 22:10"),
        ]),
    ], edit="2024-02-28 22:10"),

    P("Generative Agents: Interactive Simulacra of Human Behavior", "2024-03-04 07:58", [
        B("Author:: [[Joon Sung Park]], [[Joseph C. O'Brien]], [[Carrie J. Cai]], [[Meredith Ringel Morris]], "
          "[[Percy Liang]], [[Michael S. Bernstein]]", "2024-03-04 07:58", user=RW),
        B("Full Title:: Generative Agents: Interactive Simulacra of Human Behavior", "2024-03-04 07:58", user=RW),
        B("Category:: #articles", "2024-03-04 07:58", user=RW),
        B("URL:: https://arxiv.org/abs/2304.03442", "2024-03-04 07:58", user=RW),
        B("Highlights first synced by [[Readwise]] [[March 4th, 2024]]", "2024-03-04 07:58", user=RW, children=[
            B("the memory stream is a list of memory objects, each with a natural language description, a creation "
              "timestamp and a most recent access timestamp", "2024-03-04 07:58", user=RW, uid=HL_UID),
            B("retrieval score = recency + importance + relevance, each normalised to [0, 1]", "2024-03-04 07:58",
              user=RW),
            B("Note: Smallville, 25 agents. Reflection = periodic summarisation into higher-level memories.",
              "2024-03-04 07:58", user=RW),
        ]),
    ], user=RW),

    P("Reflexion", "2024-03-01 17:20", [
        B("Full Title:: Reflexion: Language Agents with Verbal Reinforcement Learning", "2024-03-01 17:20"),
        B("arXiv:: 2303.11366", "2024-03-01 17:21"),
        B("Venue:: [[NeurIPS 2023]]", "2024-03-01 17:21"),
        B("v1 had a completely different title (\"autonomous agent with dynamic memory and self-reflection\") — "
          "cite v4", "2024-03-01 17:23"),
        B("Episodic memory of verbal self-critiques; HumanEval pass@1 91% claim, check Table 1", "2024-03-01 17:25"),
    ]),

    P("AgentBench", "2024-03-02 11:05", [
        B("Full Title:: AgentBench: Evaluating LLMs as Agents", "2024-03-02 11:05"),
        B("{{pdf: https://arxiv.org/pdf/2308.03688v2.pdf}}", "2024-03-02 11:06", **{"view-type": "document"}),
        B("8 environments (OS, DB, KG, card game, lateral thinking puzzles, house-holding, web shopping, web "
          "browsing); API models far ahead of open 70B ones", "2024-03-02 11:14"),
        B("{{[[TODO]]}} find presenter for week 4 #[[LLM agents RG]]", "2024-03-02 11:15"),
    ]),

    P("InstructGPT", "2024-02-13 09:40", [
        B("Full Title:: Training language models to follow instructions with human feedback", "2024-02-13 09:40"),
        B("Also:: [OpenAI blog post](https://openai.com/research/instruction-following) (not the paper)",
          "2024-02-13 09:41"),
        B("SFT → RM → PPO; 1.3B InstructGPT preferred over 175B GPT-3", "2024-02-13 09:43"),
    ]),

    P("March 4th, 2024", "2024-03-04 08:02", [
        B("Reading group prep for [[LLM agents RG]]", "2024-03-04 08:02", children=[
            B("{{[[TODO]]}} skim [[Voyager: An Open-Ended Embodied Agent with Large Language Models]] #toread — "
              "skill library idea, code at [MineDojo/Voyager](https://github.com/MineDojo/Voyager)",
              "2024-03-04 08:04"),
            B("{{[[DONE]]}} read [[Generative Agents: Interactive Simulacra of Human Behavior]] highlights "
              "((" + HL_UID + "))", "2024-03-04 08:10", edit="2024-03-04 22:31"),
            B("Tomás wants to swap Toolformer for Gorilla in week 3? → no, keep it", "2024-03-04 08:12"),
        ]),
        B("Chat with [[Priya Natarajan]] about memory for agents", "2024-03-04 13:30", children=[
            B("she recommends [[MemGPT: Towards LLMs as Operating Systems]] (virtual context management, paging "
              "between main and external context)", "2024-03-04 13:31", uid=MEMGPT_UID),
            B("and Self-RAG: Learning to Retrieve, Generate, and Critique through Self-Reflection (arXiv:2310.11511) — "
              "retrieval on demand with reflection tokens", "2024-03-04 13:33"),
            B("__she thinks__ SWE-bench numbers are mostly about retrieval, not planning", "2024-03-04 13:35"),
        ]),
        B("#[[reading log]] 45 min", "2024-03-04 22:30"),
    ], edit="2024-03-04 22:31"),

    P("Priya Natarajan", "2024-02-12 21:05", [
        B("PhD student, NLP group. Works on tool use + retrieval", "2024-02-12 21:05"),
        B("Presenting week 1 and week 5 of [[LLM agents RG]]", "2024-02-12 21:05"),
    ]),
    P("paper", "2024-02-12 21:20", []),
    P("reading log", "2024-01-08 22:00", [
        B("{{[[query]]: {between: [[January 1st, 2024]] [[March 31st, 2024]]} #[[reading log]]}}",
          "2024-01-08 22:00"),
    ]),
]

for pg in pages:
    pg["uid"] = page_uid(pg["title"])

# "Export All" also writes the pages that exist only because something references them: title, uid and times,
# no children (created when the first reference was typed)
first_ref = {}


def scan(b):
    for r in b.get("refs", []):
        first_ref.setdefault(r["uid"], b["create-time"])
        first_ref[r["uid"]] = min(first_ref[r["uid"]], b["create-time"])
    for c in b.get("children", []):
        scan(c)


for pg in pages:
    for b in pg["children"]:
        scan(b)
defined = {pg["uid"] for pg in pages}
for title, u in sorted(PAGES.items(), key=lambda kv: first_ref.get(kv[1], 0)):
    if u not in defined and u in first_ref:
        pages.append({"title": title, "uid": u, "create-time": first_ref[u], "edit-time": first_ref[u],
                      ":create/user": ME, ":edit/user": ME})

with open(OUT, "w", encoding="utf-8", newline="\n") as f:
    f.write(json.dumps(pages, ensure_ascii=False, separators=(",", ":")))
print("wrote", OUT)
