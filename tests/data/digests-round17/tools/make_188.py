#!/usr/bin/env python3
"""Builds digests/188_x_twitter_archive_tweets_js_llm_agents.js: data/tweets.js from an X (Twitter) "Download an
archive of your data" zip, cut to one account's tweets about LLM agents and evaluation. The file is JavaScript:
"window.YTD.tweets.part0 = " and a JSON array written the way the archive writes it (two-space indentation,
'"key" : value', empty arrays as "[ ]", every number a string, non-ASCII as UTF-8, no trailing newline); one
{"tweet" : {...}} per tweet, newest first, keys in the archive's order (edit_info, retweeted, source, entities,
display_text_range, favorite_count, in_reply_to_status_id_str, id_str, in_reply_to_user_id, truncated, retweet_count,
id, in_reply_to_status_id, possibly_sensitive, created_at, favorited, full_text, lang, in_reply_to_screen_name,
in_reply_to_user_id_str). Ids are snowflakes ((ms - 1288834974657) << 22 | worker | sequence) matching created_at;
full_text is HTML-escaped (&amp; &lt; &gt;) and has t.co links, whose expanded_url/display_url are in
entities.urls with code-point indices; replies start with the @mentions outside display_text_range; retweets are
"RT @user: …" cut with "…", with zero counts; a quote tweet ends with the t.co link to the quoted status.

Evidence: t.co links expanding to arXiv abs/pdf URLs and to an OpenReview forum (link, the URL only in
entities.urls), "(arXiv:ID)" and "(arXiv ID)" in text (arxiv-text), titles in tweets, a retweet and a reply
(title-only; Reflexion and CoT under their first arXiv titles). Non-papers: a demo page, the SWE-bench leaderboard,
slides, a Google Doc, a GitHub release, a quoted tweet. Everything except titles and ids is invented."""
import hashlib, json, os, re
from datetime import datetime, timezone, timedelta

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "188_x_twitter_archive_tweets_js_llm_agents.js")
EPOCH = 1288834974657
ME = ("mira_evals", "1187203395126304768")
WEB = '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>'
IOS = '<a href="http://twitter.com/download/iphone" rel="nofollow">Twitter for iPhone</a>'
USERS = {"nlp_digest_bot": ("NLP paper digest 🤖", "1409877312554106881"),
         "kev_ml": ("Kevin Oduya", "2790316044"),
         "agentkit_dev": ("agentkit", "1620417762200838145"),
         "cmu_llm_sec": ("LLM security reading club", "1567032900129370112")}


def h(s, n=10):
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    d = hashlib.sha256(s.encode()).digest()
    return "".join(alphabet[b % 62] for b in d[:n])


def snowflake(ts):
    dt = datetime.strptime(ts, "%Y-%m-%d %H:%M:%S").replace(tzinfo=timezone.utc)
    ms = int(dt.timestamp() * 1000) + int(h(ts, 3).encode().hex(), 16) % 1000
    worker = int(hashlib.md5(ts.encode()).hexdigest()[:3], 16) % 1024
    return ((ms - EPOCH) << 22) | (worker << 12) | (int(hashlib.md5(ts.encode()).hexdigest()[3:6], 16) % 4096), dt


def display(url):
    d = re.sub(r"^https?://(www\.)?", "", url)
    return d if len(d) <= 26 else d[:26] + "…"


def escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# (time, source, text with {https://...} links, extra): newest first after sorting
TWEETS = [
    ("2022-01-31 16:42:09", WEB, "Chain of Thought Prompting Elicits Reasoning in Large Language Models: write the reasoning out in the few-shot examples and the big model suddenly does GSM8K. Prompting is a research area now, apparently {https://arxiv.org/abs/2201.11903v1}", {}),
    ("2022-07-01 08:15:33", IOS, "Solving Quantitative Reasoning Problems with Language Models (Lewkowycz et al.) is the first time I've seen an LM do undergrad physics with no calculator. Majority voting over 64 samples does a lot of the work though", {}),
    ("2022-10-07 19:03:51", WEB, "ReAct: Synergizing Reasoning and Acting in Language Models. Interleave thoughts and tool calls in one trace, and the failure cases become readable. The ICLR reviews are worth it too: {https://openreview.net/forum?id=WE_vluYUL-X}", {}),
    ("2023-02-10 10:27:18", WEB, "Toolformer: Language Models Can Teach Themselves to Use Tools. The model annotates its own training data with API calls and keeps the ones that lower the loss. Calculator, search, calendar, MT. {https://arxiv.org/abs/2302.04761}", {}),
    ("2023-03-21 22:11:40", IOS, "Reflexion: an autonomous agent with dynamic memory and self-reflection (arXiv:2303.11366). The agent writes a short post-mortem after each failed episode and reads it on the next try. Cheap trick, big HumanEval jump?? reading tonight", {}),
    ("2023-04-02 07:58:02", None, "RT @nlp_digest_bot: A Survey of Large Language Models (Zhao et al.) is now the best single map of the field: pre-training, adaptation, utilization, capacity evaluation, 50+ pages of refs. New version adds a section on…", {"rt": "nlp_digest_bot"}),
    ("2023-04-08 13:20:45", WEB, "Generative Agents: Interactive Simulacra of Human Behavior. 25 agents in a Sims-like town with a memory stream, reflection and planning, and one of them organises a Valentine's Day party on her own 🧵", {}),
    ("2023-04-08 13:24:12", WEB, "@mira_evals the retrieval score (recency + importance + relevance) is the part I'm stealing for our support bot. replay of the town: {https://reverie-replay.example.dev/town/3}", {"reply_to": "previous"}),
    ("2023-06-21 09:02:37", WEB, "Textbooks Are All You Need. 1.3B params, ~7B tokens of \"textbook quality\" code + synthetic exercises, and it beats much bigger models on HumanEval. Data quality beats scale, again. {https://arxiv.org/pdf/2306.11644}", {}),
    ("2023-07-28 17:45:10", WEB, "Universal and Transferable Adversarial Attacks on Aligned Language Models: a gibberish suffix optimised on open models also jailbreaks the closed ones. Red-teaming just got automated {https://twitter.com/cmu_llm_sec/status/1684976281004777473}", {"quote": True}),
    ("2023-09-12 12:30:00", WEB, "Unpopular opinion: Measuring Massive Multitask Language Understanding (arXiv 2009.03300) was a great benchmark in 2020 and is a leaderboard meme in 2023. Please stop putting it in the first column of every table.", {}),
    ("2023-10-11 15:06:29", WEB, "SWE-bench: Can Language Models Resolve Real-World GitHub Issues? 2,294 issues from 12 Python repos, fix must pass the repo's own tests, best model solves ~2%. Finally an agent benchmark that hurts. leaderboard: {https://www.swebench.com}", {}),
    ("2023-12-04 20:19:55", IOS, "@kev_ml the in-context learning part of Language Models are Few-Shot Learners still holds up honestly. Section 3 + the contamination appendix, skip the rest", {"reply_other": ("kev_ml", "2023-12-04 19:58:01")}),
    ("2024-01-19 18:01:14", WEB, "slides from my talk \"Agents that can say I don't know\" at the Lisbon LLM meetup, with the eval harness we use internally: {https://speakerdeck.com/miraokafor/agents-that-can-say-i-dont-know}", {}),
    ("2024-02-06 11:40:27", None, "RT @agentkit_dev: agentkit 0.9 is out: tool schemas from type hints, retries with backoff, OpenTelemetry traces for every step #agents #opensource {https://github.com/agentkit-dev/agentkit/releases/tag/v0.9.0}", {"rt": "agentkit_dev"}),
    ("2024-02-29 08:33:48", WEB, "evals & agents office hours move to Thursdays 17:00 WET from next week. Bring traces, not vibes", {}),
    ("2024-03-14 21:12:06", WEB, "reading list for our agents guild, nicknames only because I'm lazy: ReAct, Reflexion, Toolformer, Voyager, the Generative Agents town, SWE-agent. Titles + links in the doc {https://docs.google.com/document/d/1qKx7Rz0dWm3TfGvA8bN2yLc5uE4oPiS/edit}", {}),
]


def weight(text):
    n = 0
    for ch in text:
        c = ord(ch)
        n += 1 if (c <= 4351 or 8192 <= c <= 8205 or 8208 <= c <= 8223 or 8242 <= c <= 8247) else 2
    return n


def build():
    made, ids = [], []
    for i, (ts, src, text, extra) in enumerate(TWEETS):
        tid, dt = snowflake(ts)
        ids.append(tid)
        urls = re.findall(r"\{(https?://[^}]+)\}", text)
        plain = text
        tco = {}
        for u in urls:
            tco[u] = "https://t.co/" + h(u)
            plain = plain.replace("{" + u + "}", tco[u])
        if not extra.get("rt"):
            w = weight(re.sub(r"https://t\.co/\w+", "x" * 23, plain))
            assert w <= 280, (ts, w)
        full = escape(plain)
        ent = {"hashtags": [], "symbols": [], "user_mentions": [], "urls": []}
        for m in re.finditer(r"(?<![\w&])#(\w+)", full):
            ent["hashtags"].append({"text": m.group(1), "indices": [str(m.start()), str(m.end())]})
        for m in re.finditer(r"(?<!\w)@(\w+)", full):
            name, uid = USERS.get(m.group(1), ("Mira Okafor", ME[1]))
            ent["user_mentions"].append({"name": name, "screen_name": m.group(1), "indices": [str(m.start()), str(m.end())],
                                         "id_str": uid, "id": uid})
        for u in urls:
            s = full.index(tco[u])
            ent["urls"].append({"url": tco[u], "expanded_url": u, "display_url": display(u), "indices": [str(s), str(s + len(tco[u]))]})
        start = 0
        m = re.match(r"(@\w+ )+", full)
        if m and ("reply_to" in extra or "reply_other" in extra):
            start = m.end()
        t = {}
        rt = bool(extra.get("rt"))
        t["edit_info"] = {"initial": {"editTweetIds": [str(tid)],
                                      "editableUntil": (dt + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                                      "editsRemaining": "5", "isEditEligible": not rt and "reply_to" not in extra and "reply_other" not in extra}}
        t["retweeted"] = False
        t["source"] = src or WEB
        t["entities"] = ent
        t["display_text_range"] = [str(start), str(len(full))]
        fav = 0 if rt else int(hashlib.md5(ts.encode()).hexdigest()[:2], 16) % 90 + 3
        t["favorite_count"] = str(fav)
        reply = None
        if "reply_to" in extra:
            reply = (ME[0], ME[1], ids[i - 1])
        if "reply_other" in extra:
            u, rts = extra["reply_other"]
            reply = (u, USERS[u][1], snowflake(rts)[0])
        if reply:
            t["in_reply_to_status_id_str"] = str(reply[2])
        t["id_str"] = str(tid)
        if reply:
            t["in_reply_to_user_id"] = reply[1]
        t["truncated"] = False
        t["retweet_count"] = "0" if rt else str(fav // 7)
        t["id"] = str(tid)
        if reply:
            t["in_reply_to_status_id"] = str(reply[2])
        if urls:
            t["possibly_sensitive"] = False
        t["created_at"] = dt.strftime("%a %b %d %H:%M:%S +0000 %Y")
        t["favorited"] = False
        t["full_text"] = full
        t["lang"] = "en"
        if reply:
            t["in_reply_to_screen_name"] = reply[0]
            t["in_reply_to_user_id_str"] = reply[1]
        made.append((tid, {"tweet": t}))
    made.sort(key=lambda x: -x[0])
    out = "window.YTD.tweets.part0 = " + ytd([m for _, m in made])
    with open(OUT, "w", encoding="utf-8", newline="") as fh:
        fh.write(out)


def ytd(o, ind=0):
    """the archive's pretty printer: 2-space indent, '"k" : v', '[ ]' for empty lists"""
    pad, pad1 = "  " * ind, "  " * (ind + 1)
    if isinstance(o, dict):
        if not o:
            return "{ }"
        return "{\n" + ",\n".join(pad1 + json.dumps(k, ensure_ascii=False) + " : " + ytd(v, ind + 1) for k, v in o.items()) + "\n" + pad + "}"
    if isinstance(o, list):
        if not o:
            return "[ ]"
        return "[\n" + ",\n".join(pad1 + ytd(v, ind + 1) for v in o) + "\n" + pad + "]"
    return json.dumps(o, ensure_ascii=False)


if __name__ == "__main__":
    build()
