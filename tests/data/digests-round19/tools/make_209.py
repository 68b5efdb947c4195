#!/usr/bin/env python3
"""Builds digests/209_hypothesis_api_search_annotations_llm_agents.json: the answer of the Hypothesis API
`GET /api/search?group=Wv3kX9qe&limit=50&sort=updated&order=desc` for a private reading-group group ("Agents RG"),
saved through `python3 -m json.tool` (four-space indentation, non-ASCII as \\uXXXX, key order kept, final newline).
Layout: {"total": n, "rows": [...]} with each annotation as Hypothesis' annotation JSON presenter writes it: id (22
url-safe base64 characters), created/updated (ISO 8601 with microseconds and +00:00), user (acct:name@hypothes.is),
uri, text (Markdown), tags, group, permissions (read: group:<id>; admin/update/delete: the user), target (source +
selectors: RangeSelector with XPaths on HTML pages, TextPositionSelector, TextQuoteSelector with exact/prefix/suffix;
no selector on page notes and replies), document (title list), links (html, incontext via hyp.is, json), user_info
(display_name), flagged, hidden, and `references` on replies; rows newest-updated first.

Evidence: annotations whose uri is ReAct's OpenReview forum (and a reply under it), Toolformer's abs page, Reflexion's
pdf, the Generative Agents abs page (v2), and a Hugging Face paper page (Lost in the Middle) (link); "arXiv:2310.11511"
in an annotation on a blog post (Self-RAG) and "arXiv 2305.16291v2" in a page note on Voyager's project page
(arxiv-text); chain-of-thought in a reply, SWE-bench on its leaderboard page, MemGPT on the Letta docs, REALM and
entity retrieval in an annotation's text, SayCan on its project page (title-only). Non-papers: the SWE-bench
leaderboard, Lilian Weng's blog post, the Letta docs, the SayCan and Voyager project pages, the ReAct repository, a
YouTube talk. ReAct, CoT, CoT-SC, GENRE, Toolformer, MemGPT, Voyager's skill library, Reflexion are nicknames; users,
group, ids and times are invented."""
import base64, hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from catalogue import authors, check_no_distractor

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "209_hypothesis_api_search_annotations_llm_agents.json")
GROUP = "Wv3kX9qe"
USERS = {"noor_a": "Noor Aziz", "tomas.r": "Tomás Rivera", "kwame_o": "Kwame Owusu"}


def aid(seed):
    return base64.urlsafe_b64encode(hashlib.md5(seed.encode()).digest()).decode()[:22]


def quote(exact, prefix, suffix, start, xpath=None, end_xpath=None, so=0):
    sels = []
    if xpath:
        sels.append({"type": "RangeSelector", "endOffset": so + len(exact), "startOffset": so, "endContainer": end_xpath or xpath,
                     "startContainer": xpath})
    sels.append({"type": "TextPositionSelector", "end": start + len(exact), "start": start})
    sels.append({"type": "TextQuoteSelector", "exact": exact, "prefix": prefix, "suffix": suffix})
    return sels


ROWS = []


def ann(seed, user, created, updated, uri, text, tags, doc_title, selectors=None, references=None, group=GROUP):
    i = aid(seed)
    acct = f"acct:{user}@hypothes.is"
    target = {"source": uri}
    if selectors: target["selector"] = selectors
    nos = uri.split("://", 1)[1]
    r = {"id": i, "created": created, "updated": updated, "user": acct, "uri": uri, "text": text, "tags": tags, "group": group,
         "permissions": {"read": [f"group:{group}"], "admin": [acct], "update": [acct], "delete": [acct]},
         "target": [target], "document": {"title": [doc_title]},
         "links": {"html": f"https://hypothes.is/a/{i}", "incontext": f"https://hyp.is/{i}/{nos}", "json": f"https://hypothes.is/api/annotations/{i}"},
         "user_info": {"display_name": USERS[user]}, "flagged": False, "hidden": False}
    if references: r["references"] = references
    ROWS.append(r)
    return i


def au(k, n=3):
    return ", ".join(authors(k)[:n])


react = ann("react-title", "noor_a", "2024-02-27T09:41:12.503118+00:00", "2024-02-27T09:47:55.010342+00:00",
            "https://openreview.net/forum?id=WE_vluYUL-X",
            "Our week-5 paper. Read the **reviews** too: reviewer 2 asks why HotpotQA uses a Wikipedia API with only "
            "three actions (search / lookup / finish) — the authors' answer is worth 5 minutes of the session.\n\n"
            "Thought → Action → Observation traces; compare the ALFWorld numbers with the act-only baseline.",
            ["agents", "rg-week-5"], "ReAct: Synergizing Reasoning and Acting in Language Models | OpenReview",
            quote("ReAct: Synergizing Reasoning and Acting in Language Models", "", "\n" + au("2210.03629"), 58,
                  "/div[3]/div[1]/main[1]/div[1]/div[1]/div[1]/div[1]/h2[1]"))

ann("react-reply", "tomas.r", "2024-02-27T13:02:40.771930+00:00", "2024-02-27T13:02:40.771930+00:00",
    "https://openreview.net/forum?id=WE_vluYUL-X",
    "And contrast with Chain-of-Thought Prompting Elicits Reasoning in Large Language Models: the CoT-SC baseline in "
    "their Table 1 is the fair comparison, not plain CoT.", [], "ReAct: Synergizing Reasoning and Acting in Language Models | OpenReview",
    references=[react])

ann("toolformer", "kwame_o", "2024-02-20T16:20:03.118402+00:00", "2024-02-21T08:05:47.600215+00:00",
    "https://arxiv.org/abs/2302.04761",
    "Self-supervised filtering of API calls: keep a call only if it lowers the loss on the following tokens. Five "
    "tools (QA, Wikipedia search, calculator, calendar, MT). Question for the group: does this scale beyond 6.7B?",
    ["agents", "tools", "rg-week-4"], "[2302.04761] Toolformer: Language Models Can Teach Themselves to Use Tools",
    quote("Toolformer: Language Models Can Teach Themselves to Use Tools", "Computation and Language\nTitle:",
          "\nAuthors:" + au("2302.04761", 2), 412, "/div[2]/main[1]/div[1]/div[1]/div[1]/div[1]/div[2]/h1[1]", so=6))

ann("reflexion-pdf", "noor_a", "2024-02-13T21:14:55.902771+00:00", "2024-02-13T21:19:08.331456+00:00",
    "https://arxiv.org/pdf/2303.11366.pdf",
    "Verbal \"reinforcement\": the reward becomes a written self-reflection stored in an episodic buffer. Note the "
    "title changed between versions — cite the current one.",
    ["agents", "memory"], "Reflexion: Language Agents with Verbal Reinforcement Learning",
    quote("Reflexion: Language Agents with Verbal Reinforcement Learning", "", "\n" + au("2303.11366", 4), 0))

ann("genagents", "kwame_o", "2024-02-06T10:31:27.004519+00:00", "2024-02-06T10:31:27.004519+00:00",
    "https://arxiv.org/abs/2304.03442v2",
    "Memory stream + retrieval score = recency × importance × relevance. The Smallville valentine's party is the "
    "demo everybody remembers; the ablations in §6 are the actual contribution.",
    ["agents", "memory", "rg-week-3"], "[2304.03442] Generative Agents: Interactive Simulacra of Human Behavior",
    quote("memory stream", "architecture that extends a large language model to store a complete record of the agent's experiences using natural language, ",
          "", 1187, "/div[2]/main[1]/div[1]/div[1]/div[1]/div[1]/div[2]/blockquote[1]", so=211))

ann("swebench-lb", "tomas.r", "2024-02-29T18:44:10.210037+00:00", "2024-03-01T07:58:33.412880+00:00",
    "https://www.swebench.com/",
    "Leaderboard only — the paper is *SWE-bench: Can Language Models Resolve Real-World GitHub Issues?* (ICLR 2024). "
    "Lite = 300 instances; the % resolved numbers here are not comparable with the full-set table in the paper.",
    ["agents", "evaluation"], "SWE-bench",
    quote("SWE-bench Lite", "Full\n", "\nVerified", 203, "/body[1]/div[1]/section[2]/div[1]/button[2]"))

ann("weng-selfrag", "noor_a", "2024-02-28T20:03:51.660913+00:00", "2024-02-28T20:10:14.007286+00:00",
    "https://lilianweng.github.io/posts/2023-06-23-agent/",
    "Not in the post (it is from June 2023): Self-RAG: Learning to Retrieve, Generate, and Critique through "
    "Self-Reflection, arXiv:2310.11511 — reflection *tokens* instead of a separate critic. Would fit this section.",
    ["memory", "retrieval"], "LLM Powered Autonomous Agents | Lil'Log",
    quote("Self-Reflection", "Component One: Planning\nTask Decomposition\n", "\nSelf-reflection is a vital aspect", 5120,
          "/body[1]/main[1]/article[1]/div[1]/h2[3]"))

ann("letta-docs", "kwame_o", "2024-02-22T11:12:39.508122+00:00", "2024-02-22T11:12:39.508122+00:00",
    "https://docs.letta.com/concepts/memgpt",
    "The docs summarise MemGPT: Towards LLMs as Operating Systems, but the OS analogy (main context = RAM, archival "
    "storage = disk, function calls = interrupts) is much clearer in the paper's figure 3.",
    ["memory"], "MemGPT | Letta",
    quote("MemGPT", "Concepts\n", " is a system that", 96, "/body[1]/div[1]/main[1]/article[1]/p[1]/strong[1]"))

ann("litm-hf", "noor_a", "2024-03-04T08:51:20.118734+00:00", "2024-03-04T09:02:44.890116+00:00",
    "https://huggingface.co/papers/2307.03172",
    "U-shaped accuracy over the position of the relevant document. Relevant for the retrieval-augmented setups we "
    "read earlier — REALM: Retrieval-Augmented Language Model Pre-Training and Autoregressive Entity Retrieval (the "
    "GENRE paper) both assume the model reads whatever is retrieved.",
    ["retrieval", "long-context"], "Paper page - Lost in the Middle: How Language Models Use Long Contexts",
    quote("Lost in the Middle: How Language Models Use Long Contexts", "Papers\narxiv:2307.03172\n", "\nPublished on Jul 6, 2023", 40,
          "/body[1]/div[1]/main[1]/div[1]/section[1]/div[1]/h1[1]"))

ann("saycan", "tomas.r", "2024-02-14T15:27:06.337415+00:00", "2024-02-14T15:27:06.337415+00:00",
    "https://say-can.github.io/",
    "Project page for Do As I Can, Not As I Say: Grounding Language in Robotic Affordances. The videos are the best "
    "part; value functions as \"affordances\" = the can-do score multiplied with the LLM's say score.",
    ["robotics", "rg-week-2"], "SayCan",
    quote("Do As I Can, Not As I Say", "", ": Grounding Language", 0, "/body[1]/div[1]/h1[1]"))

ann("voyager-note", "kwame_o", "2024-02-09T17:55:42.920077+00:00", "2024-02-09T17:55:42.920077+00:00",
    "https://voyager.minedojo.org/",
    "Page note. Paper: Voyager: An Open-Ended Embodied Agent with Large Language Models, arXiv 2305.16291v2. Skill library = executable JS functions indexed by the embedding of their "
    "description — code as long-term memory. The automatic curriculum is GPT-4 proposing the next task.",
    ["agents", "memory", "rg-week-2"], "Voyager | An Open-Ended Embodied Agent with Large Language Models")

ann("react-repo", "noor_a", "2024-01-31T12:20:18.640529+00:00", "2024-01-31T12:20:18.640529+00:00",
    "https://github.com/ysymyth/ReAct",
    "Notebooks for the HotpotQA / FEVER prompts. Needs the old `text-davinci-002` endpoint — will not run as is. "
    "The talk recording (https://www.youtube.com/watch?v=Eug2clsLtFs) covers the same demos.",
    ["agents", "code"], "GitHub - ysymyth/ReAct: [ICLR 2023] ReAct: Synergizing Reasoning and Acting in Language Models",
    quote("text-davinci-002", "set the OpenAI key and use ", " (results in the paper)", 2214,
          "/body[1]/div[1]/div[4]/main[1]/turbo-frame[1]/div[1]/article[1]/p[3]/code[1]"))

ROWS.sort(key=lambda r: r["updated"], reverse=True)
doc = {"total": len(ROWS), "rows": ROWS}
out = json.dumps(doc, indent=4) + "\n"
check_no_distractor(out, "209")
open(OUT, "w", encoding="utf-8", newline="").write(out)
print(OUT, len(out))
