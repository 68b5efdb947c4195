#!/usr/bin/env python3
"""Builds digests/159_bluesky_getPostThread_llm_knowledge_agents.json: what
`curl 'https://public.api.bsky.app/xrpc/app.bsky.feed.getPostThread?uri=at://…&depth=20' | jq .` saved for a
reading-group thread on Bluesky (a self-thread 1/9 … 9/9 plus replies from others).

As the AppView answers and jq prints it (two-space indent, UTF-8 as is, trailing newline): {"thread": threadViewPost}
with nested "replies" (the author's own continuation first), a deleted reply as #notFoundPost; PostView keys in the
AppView's order (uri, cid, author, record, embed, replyCount, repostCount, likeCount, quoteCount, indexedAt, viewer,
labels); records with their keys in DAG-CBOR order (length first, then bytewise: text, $type, embed, langs, reply,
facets, createdAt), rkeys that are TIDs of createdAt, reply refs {root, parent}; rich-text facets with UTF-8 byte
offsets: links shown as the app shortens them (host + the first 13 characters of a path longer than 15 + "...")
with the full URL only in the facet, #tags and @mentions; one post with an external link card (record embed and
its #view). DIDs, CIDs, handles, people and counts are invented; papers and ids are the catalogue's."""
import base64, hashlib, json, os
from datetime import datetime, timezone
from urllib.parse import urlsplit

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "159_bluesky_getPostThread_llm_knowledge_agents.json")
B32 = "abcdefghijklmnopqrstuvwxyz234567"
S32 = "234567abcdefghijklmnopqrstuvwxyz"


def h(s, n):
    d = hashlib.sha256(s.encode()).digest() * 4
    return "".join(B32[b % 32] for b in d[:n])


def did(name):
    return "did:plc:" + h("did" + name, 24)


def cid(s, kind="bafyrei"):
    return kind + h("cid" + s, 52)


def tid(iso):
    clock = int(hashlib.sha256(iso.encode()).hexdigest(), 16) % 1024
    t = datetime.strptime(iso, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=timezone.utc)
    v = (int(t.timestamp() * 1_000_000) << 10) | clock
    out = ""
    for _ in range(13):
        out = S32[v & 31] + out
        v >>= 5
    return out


def short(url):
    u = urlsplit(url)
    path = ("" if u.path == "/" else u.path) + (("?" + u.query) if u.query else "") + (("#" + u.fragment) if u.fragment else "")
    return u.netloc + (path[:13] + "..." if len(path) > 15 else path)


PEOPLE = {
    "vorberg": ("vorberg.bsky.social", "Ines Vorberg", "2023-05-02T11:20:41.118Z"),
    "kgrab": ("kgrabowski.bsky.social", "Krzysztof Grabowski", "2023-09-14T07:51:03.004Z"),
    "nkmr": ("nkmr.bsky.social", "Naoko Kimura 木村直子", "2023-07-30T22:10:17.630Z"),
    "davidoc": ("davidoc.bsky.social", "David O'Callaghan", "2024-02-08T16:44:55.912Z"),
    "lena": ("lenapetrova.bsky.social", "Lena Petrova", "2023-11-19T09:03:27.481Z"),
    "tjalle": ("tjalle.dev", "Tjalle de Vries", "2023-06-21T13:37:00.000Z"),
}


def author(p):
    handle, name, created = PEOPLE[p]
    return {"did": did(p), "handle": handle, "displayName": name,
            "avatar": f"https://cdn.bsky.app/img/avatar/plain/{did(p)}/{cid('av' + p, 'bafkrei')}@jpeg",
            "associated": {"chat": {"allowIncoming": "following"}},
            "viewer": {"muted": False, "blockedBy": False}, "labels": [], "createdAt": created}


def rich(parts):
    """parts: str | ("link", url) | ("tag", t) | ("mention", person) -> text, facets"""
    text, facets = b"", []
    for p in parts:
        if isinstance(p, str):
            text += p.encode(); continue
        kind, v = p
        shown = short(v) if kind == "link" else ("#" + v if kind == "tag" else "@" + PEOPLE[v][0])
        start = len(text); text += shown.encode()
        feat = {"uri": v, "$type": "app.bsky.richtext.facet#link"} if kind == "link" else \
            {"tag": v, "$type": "app.bsky.richtext.facet#tag"} if kind == "tag" else \
            {"did": did(v), "$type": "app.bsky.richtext.facet#mention"}
        facets.append({"index": {"byteEnd": len(text), "byteStart": start}, "features": [feat]})
    return text.decode(), facets


ROOT = {}


def post(p, created, parts, parent=None, card=None, likes=0, reposts=0, quotes=0, lag_ms=412):
    text, facets = rich(parts)
    uri = f"at://{did(p)}/app.bsky.feed.post/{tid(created)}"
    c = cid(uri + text)
    rec = {"text": text, "$type": "app.bsky.feed.post"}
    if card:
        curi, ctitle, cdesc = card
        rec["embed"] = {"$type": "app.bsky.embed.external",
                        "external": {"uri": curi, "thumb": {"ref": {"$link": cid("thumb" + curi, "bafkrei")}, "size": 48213,
                                                            "$type": "blob", "mimeType": "image/jpeg"},
                                     "title": ctitle, "description": cdesc}}
    rec["langs"] = ["en"]
    if parent:
        rec["reply"] = {"root": {"cid": ROOT["cid"], "uri": ROOT["uri"]}, "parent": {"cid": parent["post"]["cid"], "uri": parent["post"]["uri"]}}
    if facets:
        rec["facets"] = facets
    rec["createdAt"] = created
    t = datetime.strptime(created, "%Y-%m-%dT%H:%M:%S.%fZ")
    ms = t.microsecond // 1000 + lag_ms
    indexed = t.replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % ms if ms < 1000 else \
        t.replace(microsecond=0, second=t.second + 1).strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % (ms - 1000)
    pv = {"uri": uri, "cid": c, "author": author(p), "record": rec}
    if card:
        pv["embed"] = {"$type": "app.bsky.embed.external#view",
                       "external": {"uri": card[0], "title": card[1], "description": card[2],
                                    "thumb": f"https://cdn.bsky.app/img/feed_thumbnail/plain/{did(p)}/{rec['embed']['external']['thumb']['ref']['$link']}@jpeg"}}
    pv.update({"replyCount": 0, "repostCount": reposts, "likeCount": likes, "quoteCount": quotes, "indexedAt": indexed,
               "viewer": {"threadMuted": False, "embeddingDisabled": False}, "labels": []})
    node = {"$type": "app.bsky.feed.defs#threadViewPost", "post": pv, "replies": []}
    if parent:
        parent["replies"].append(node)
        parent["post"]["replyCount"] += 1
    else:
        ROOT.update(uri=uri, cid=c)
    return node


def gone(parent, p, created):
    parent["replies"].append({"$type": "app.bsky.feed.defs#notFoundPost",
                              "uri": f"at://{did(p)}/app.bsky.feed.post/{tid(created)}", "notFound": True})


V = "vorberg"
p1 = post(V, "2024-03-21T08:02:11.412Z", [
    "Reading-group thread 🧵 What do LLMs know about what they know, and what happens when we make them act? "
    "Nine papers from this term's ", ("tag", "MLsky"), " reading group, with the bits that stuck. (1/9)"],
    likes=231, reposts=64, quotes=5)
p2 = post(V, "2024-03-21T08:04:37.020Z", [
    "Start here: Emergent Abilities of Large Language Models, ", ("link", "https://arxiv.org/abs/2206.07682"),
    ". The flat-then-sharp curves on a log-compute axis made everyone argue about metrics for an hour. (2/9)"],
    parent=p1, likes=88, reposts=12)
p3 = post(V, "2024-03-21T08:06:58.733Z", [
    "Many of those curves come from \"Beyond the Imitation Game: Quantifying and extrapolating the capabilities "
    "of language models\" - 200+ tasks, and the 'breakthroughness' score deserves a read on its own. (3/9)"],
    parent=p2, likes=61, reposts=9)
p4 = post(V, "2024-03-21T08:09:40.291Z", [
    "Calibration: ask for P(True) and P(IK), and the bigger models are surprisingly well calibrated on "
    "multiple choice. Less so once you change the answer format. (4/9)"],
    parent=p3, likes=57, reposts=7,
    card=("https://arxiv.org/abs/2207.05221", "Language Models (Mostly) Know What They Know",
          "A study of whether language models can judge the validity of their own answers and predict which "
          "questions they will answer correctly; larger models are well calibrated on many formats."))
p5 = post(V, "2024-03-21T08:12:05.517Z", [
    "Then agents. AgentBench: Evaluating LLMs as Agents (arXiv 2308.03688) puts models into 8 environments: OS "
    "shell, databases, a card game, web shopping. The gap between API models and open ones was our headline. (5/9)"],
    parent=p4, likes=49, reposts=6)
p6 = post(V, "2024-03-21T08:14:44.098Z", [
    "Voyager: An Open-Ended Embodied Agent with Large Language Models ", ("link", "https://huggingface.co/papers/2305.16291"),
    " - a skill library stored as code plus an automatic curriculum, in Minecraft. Demos: ",
    ("link", "https://voyager.minedojo.org/"), " (6/9)"], parent=p5, likes=44, reposts=4)
p7 = post(V, "2024-03-21T08:17:20.845Z", [
    "Memory: MemGPT: Towards LLMs as Operating Systems (arxiv 2310.08560) pages context in and out like virtual "
    "memory. Good framing, thin evals. ", ("mention", "nkmr"), " disagreed strongly, see replies 🙃 (7/9)"],
    parent=p6, likes=52, reposts=5)
p8 = post(V, "2024-03-21T08:19:51.376Z", [
    "Retrieval that decides when to retrieve: Self-RAG: Learning to Retrieve, Generate, and Critique through "
    "Self-Reflection ", ("link", "https://arxiv.org/abs/2310.11511v1"), " - the reflection tokens are a neat trick. (8/9)"],
    parent=p7, likes=47, reposts=8)
p9 = post(V, "2024-03-21T08:23:02.664Z", [
    "Two older ones we kept coming back to: Do As I Can, Not As I Say: Grounding Language in Robotic Affordances, "
    "and A Generalist Agent. Slides + notes: ", ("link", "https://github.com/vorberg-lab/reading-group-slides"),
    " Thanks for reading! (9/9)"], parent=p8, likes=73, reposts=10, quotes=1)
# replies from others (after the author's continuation, as the AppView lists them)
ra = post("kgrab", "2024-03-21T09:41:13.207Z", [
    "For the emergence plots I'd add PaLM: Scaling Language Modeling with Pathways - the 540B results are where "
    "many of the 'sharp' examples in talks come from."], parent=p3, likes=14)
post(V, "2024-03-21T10:02:48.950Z", [
    "True! We read the PaLM paper in week 2, I left it out to keep the thread at 9 🙂"], parent=ra, likes=6)
post("tjalle", "2024-03-21T11:15:09.333Z", [
    "we pinned the AgentBench env to the 2412.0933-beta docker tag of our fork, the upstream one kept breaking. "
    "8 environments, ~9h on one node"], parent=p5, likes=3)
gone(p5, "lena", "2024-03-21T12:30:40.100Z")
rb = post("nkmr", "2024-03-21T13:08:26.781Z", [
    "'thin' is generous 😅 the paging policy is basically a prompt. Still, the OS analogy is a good teaching device."],
    parent=p7, likes=19)
post(V, "2024-03-21T13:20:05.004Z", ["fair. we'll do a follow-up session on long-term memory in agents"], parent=rb, likes=4)
post("davidoc", "2024-03-21T15:47:31.529Z", [
    "RT-2: Vision-Language-Action Models Transfer Web Knowledge to Robotic Control belongs next to these imo - "
    "same group as SayCan, actions as text tokens."], parent=p9, likes=22, reposts=2)
rd = post("lena", "2024-03-21T17:12:58.064Z", ["Is there a recording of the sessions?"], parent=p9, likes=2)
post(V, "2024-03-21T17:40:19.887Z", ["No recordings, sorry - we keep it informal. The slides repo has everything."],
     parent=rd, likes=3)

with open(OUT, "w", encoding="utf-8") as fh:
    fh.write(json.dumps({"thread": p1}, indent=2, ensure_ascii=False) + "\n")
