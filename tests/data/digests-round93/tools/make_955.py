#!/usr/bin/env python3
"""955: the JSON of a Lobsters story (`https://lobste.rs/s/x7kq2p.json`, saved with curl): Rails' `render json:`
(compact, keys in the order of Story#as_json / Comment#as_json, `<` `>` `&` escaped as `\\u003c` `\\u003e` `\\u0026`,
non-ASCII and `/` as they are, no final newline); times in America/Chicago with milliseconds; the story (short_id,
short_id_url, created_at, title, url, score, flags, comment_count, description / description_plain, comments_url,
submitter_user, user_is_author, tags sorted) and its comments in thread order (short_id, short_id_url, created_at,
last_edited_at, is_deleted, is_moderated, score, flags, parent_comment, comment as rendered HTML, comment_plain as
the Markdown source, url with the `#c_` anchor, depth, commenting_user), one comment removed by its author. The
MemGPT / Letta repository and documentation and an OS textbook are not papers."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(955)
K = dict(memgpt="2310.08560", reflexion="2303.11366", voyager="2305.16291", realm="2002.08909", tt="2106.02039",
         gato="2205.06175", go="Mastering the game of Go without human knowledge", genre="2010.00904")
SID = "x7kq2p"
SLUG = "memgpt_towards_llms_as_operating_systems"
BASE = f"https://lobste.rs/s/{SID}"


def md_inline(s):
    """the subset of CommonMark the comments use: [text](url), bare URLs, *em*, `code`"""
    import re
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    s = re.sub(r"\[([^\]]+)\]\((https?://[^)\s]+)\)", r'<a href="\2" rel="ugc">\1</a>', s)
    s = re.sub(r'(?<![="\w>])(https?://[^\s)<&]+)', r'<a href="\1" rel="ugc">\1</a>', s)
    s = re.sub(r"`([^`]+)`", r"<code>\1</code>", s)
    s = re.sub(r"(?<![\w*])\*([^*\n]+)\*(?![\w*])", r"<em>\1</em>", s)
    return s


def md(src):
    out = []
    for block in src.split("\n\n"):
        if block.startswith("> "):
            out.append("<blockquote>\n<p>" + md_inline(" ".join(l[2:] for l in block.split("\n"))).replace(" \n", "\n") + "</p>\n</blockquote>\n")
        else:
            out.append("<p>" + md_inline(block) + "</p>\n")
    return "".join(out)


def comment(cid, created, edited, score, parent, depth, user, src, deleted=False):
    html = "<em>Comment removed by author</em>" if deleted else md(src)
    return {"short_id": cid, "short_id_url": f"https://lobste.rs/c/{cid}", "created_at": created,
            "last_edited_at": edited, "is_deleted": deleted, "is_moderated": False, "score": score, "flags": 0,
            "parent_comment": parent, "comment": html, "comment_plain": "Comment removed by author" if deleted else src,
            "url": f"{BASE}/{SLUG}#c_{cid}", "depth": depth, "commenting_user": user}


C = [
    comment("hq3vzd", "2024-03-05T10:02:47.000-06:00", "2024-03-05T10:09:13.000-06:00", 14, None, 0, "tmsb",
            "The framing is cute (context window = RAM, vector store = disk, the LLM issues its own \"page faults\" "
            "via function calls) but what actually matters is the eviction policy, and the paper mostly hand-waves it: "
            "the model summarises when a token budget is hit.\n\nIt reads best next to "
            f"[{T(K['reflexion'])}](https://arxiv.org/abs/2303.11366), which also keeps a memory of past "
            "attempts, just a much dumber (and more honest) one: a list of self-written notes."),
    comment("pw8e2k", "2024-03-05T10:31:05.000-06:00", "2024-03-05T10:31:05.000-06:00", 9, "hq3vzd", 1, "quad",
            "> what actually matters is the eviction policy\n\nAgreed. The agent paper that convinced me memory can work "
            f"is {T(K['voyager'])} (https://arxiv.org/abs/2305.16291) - the memory there is a library of *code*, "
            "so retrieval returns something executable and testable instead of a lossy summary."),
    comment("t4nmsa", "2024-03-05T11:14:22.000-06:00", "2024-03-05T11:14:22.000-06:00", 6, "pw8e2k", 2, "tmsb",
            "Skill libraries are nice until the skills need to compose across modalities. DeepMind's "
            f"\"{T(K['gato'])}\" went the other way: no external memory at all, one set of weights, 600-odd tasks. "
            "Nobody seems to build on it any more, which tells you something."),
    comment("b9yx1f", "2024-03-05T12:40:58.000-06:00", "2024-03-05T12:40:58.000-06:00", 11, None, 0, "evacs",
            "Old-timer take: this is retrieval-augmented generation with extra steps. The clean version of the idea is "
            f"still [{T(K['realm'])}](https://arxiv.org/pdf/2002.08909), where the retriever is trained end to end "
            f"with the LM. And if you want the model to *point at* things rather than paste them in, "
            f"{T(K['genre'])} (De Cao et al., ICLR 2021) generates entity names with constrained beam search - no "
            "index lookups at all."),
    comment("m2rq7c", "2024-03-05T13:05:31.000-06:00", "2024-03-05T13:05:31.000-06:00", 4, "b9yx1f", 1, "kfr",
            "The RL people had a similar \"it's all sequence modelling\" moment: "
            f"{T(K['tt'])} (arXiv:2106.02039), beam search over trajectories with a plain transformer. "
            "MemGPT's control loop is basically that with the environment being its own context."),
    comment("a7ckw0", "2024-03-05T13:20:12.000-06:00", "2024-03-05T13:22:40.000-06:00", 1, None, 0, "nullderef",
            "", deleted=True),
    comment("e5gz3n", "2024-03-05T14:47:09.000-06:00", "2024-03-05T14:47:09.000-06:00", 7, None, 0, "oldgrowth",
            "Every few years someone rediscovers that the win comes from search and self-play, not from a longer "
            f"memory. Go back and read \"{T(K['go'])}\" - no human games, no handcrafted features, just MCTS "
            "wrapped around a network that keeps improving. I'd like to see an agent paper that takes the search half "
            "seriously."),
    comment("k1dvu8", "2024-03-05T16:03:44.000-06:00", "2024-03-05T16:03:44.000-06:00", 5, None, 0, "n-gram",
            "For anyone who wants to poke at it: the code lives on as Letta now, https://github.com/letta-ai/letta "
            "and the docs are at https://docs.letta.com/ (software, not a paper). The `core_memory_append` tool is "
            "the bit worth reading."),
    comment("z0hj6w", "2024-03-05T16:29:51.000-06:00", "2024-03-05T16:29:51.000-06:00", 3, "k1dvu8", 1, "tmsb",
            "Thanks. Also worth noting the OS analogy is looser than the title suggests; Tanenbaum's textbook chapter "
            "on paging is a better mental model than the paper's figure 1."),
]
story = {"short_id": SID, "short_id_url": BASE, "created_at": "2024-03-05T09:41:12.000-06:00",
         "title": T(K["memgpt"]), "url": "https://arxiv.org/abs/2310.08560", "score": 31, "flags": 0,
         "comment_count": len(C), "description": "", "description_plain": "", "comments_url": f"{BASE}/{SLUG}",
         "submitter_user": "kestrel", "user_is_author": False, "tags": ["ai", "pdf"], "comments": C}
text = json.dumps(story, ensure_ascii=False, separators=(",", ":"))
text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
write_only(F, text, keys(F), forms=[json.dumps(story, ensure_ascii=False)])
