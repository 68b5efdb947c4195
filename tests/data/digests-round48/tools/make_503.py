#!/usr/bin/env python3
"""503: a GitHub issue thread as the REST API returns it, saved with `gh api --paginate
repos/valmarina-nlp/seqmem/issues/412/timeline > issue412_timeline.json` (the gh CLI pretty-prints): a JSON array of
timeline events ("commented" with body / user / author_association / reactions, "labeled", "assigned",
"cross-referenced", "milestoned", "renamed"), bodies with CRLF line ends as GitHub stores them, ISO 8601 times.
English. Memory and sequence models for a library's "further reading" page, 8 papers."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, OR, write_only
from make_expected import F503, keys, LSTM, BACKPROP

MEMF, NTM, HUB, DOD, GLAT, MOE = "2010.06891", "1410.5401", "2106.07447", "2103.14625", "2008.07905", "1701.06538"
REPO = "valmarina-nlp/seqmem"
API = f"https://api.github.com/repos/{REPO}"
USERS = {"kofi-mensah": 5120331, "dlamini-t": 6677102, "ruth-oyelaran": 7301884, "seqmem-docs-bot[bot]": 149003217, "amara-ude": 9012745}

def user(login):
    uid = USERS[login]
    return {"login": login, "id": uid, "node_id": f"MDQ6VXNlcj{uid}", "avatar_url": f"https://avatars.githubusercontent.com/u/{uid}?v=4",
            "gravatar_id": "", "url": f"https://api.github.com/users/{login}", "html_url": f"https://github.com/{login}",
            "type": "Bot" if login.endswith("[bot]") else "User", "site_admin": False}

cid = [2001930118]
def comment(login, at, body, assoc, reactions=None, edited=None):
    cid[0] += 4117
    r = {"url": f"{API}/issues/comments/{cid[0]}/reactions", "total_count": 0, "+1": 0, "-1": 0, "laugh": 0, "hooray": 0,
         "confused": 0, "heart": 0, "rocket": 0, "eyes": 0}
    for k, v in (reactions or {}).items(): r[k] = v; r["total_count"] += v
    return {"url": f"{API}/issues/comments/{cid[0]}", "html_url": f"https://github.com/{REPO}/issues/412#issuecomment-{cid[0]}",
            "issue_url": f"{API}/issues/412", "id": cid[0], "node_id": f"IC_kwDOKx7c5M52{cid[0]}", "user": user(login),
            "created_at": at, "updated_at": edited or at, "author_association": assoc, "body": body.replace("\n", "\r\n"),
            "reactions": r, "performed_via_github_app": None, "event": "commented", "actor": user(login)}

eid = [11220870401]
def event(kind, login, at, **extra):
    eid[0] += 913
    e = {"id": eid[0], "node_id": f"LE_lADOKx7c5M6{eid[0]}", "url": f"{API}/issues/events/{eid[0]}", "actor": user(login),
         "event": kind, "commit_id": None, "commit_url": None, "created_at": at, "performed_via_github_app": None}
    e.update(extra)
    return e

def label(name, color):
    return {"name": name, "color": color}

events = [
 comment("kofi-mensah", "2024-03-04T09:12:44Z", f"""The API reference for `seqmem.memory` explains what `MemoryBank` and `SlotAttentionCell` do, but not where the ideas come from. New contributors keep asking in Discussions. Proposal: a `docs/further_reading.md` page, one short paragraph per module, linking the paper each one follows.

First draft of the list (please correct):

- `MemoryBank` → {T(MEMF)} ({au(MEMF, 2)}), OpenReview: https://openreview.net/forum?id={OR(MEMF)}
- `ExternalMemoryCell` (read/write heads) → {T(NTM)} — https://arxiv.org/abs/{NTM}
- `LSTMCompat` wrapper → Hochreiter & Schmidhuber, "{LSTM}", Neural Computation 9(8), 1997
- `MoERouter` → "{T(MOE)}", ICLR 2017, https://openreview.net/pdf?id={OR(MOE)}
- nothing yet for the non-autoregressive decoder

@dlamini-t @ruth-oyelaran thoughts?""", "MEMBER", {"+1": 4, "rocket": 1}, edited="2024-03-04T09:20:03Z"),
 event("labeled", "kofi-mensah", "2024-03-04T09:13:10Z", label=label("documentation", "0075ca")),
 event("labeled", "kofi-mensah", "2024-03-04T09:13:10Z", label=label("good first issue", "7057ff")),
 comment("dlamini-t", "2024-03-05T07:48:29Z", f"""Good idea. Two additions:

1. the NAR decoder follows GLAT — *{T(GLAT)}* (ACL 2021). Their repo is not maintained, link the ACL Anthology page instead.
2. the speech example in `examples/speech/` uses HuBERT units as targets, so {T(HUB)} (arXiv:{HUB}) belongs there too.

Also, can we avoid linking the fairseq docs for HuBERT? They moved twice this year.""", "COLLABORATOR", {"+1": 2}),
 comment("ruth-oyelaran", "2024-03-05T15:02:11Z", f"""For the "why gradients vanish" box in the tutorial, I'd cite the original back-prop paper rather than a blog: Rumelhart, Hinton & Williams, *{BACKPROP}*, Nature 323 (1986). It's short and people are surprised how readable it is.

And for the attention visualiser in `tools/viz` we basically copied the layout of Dodrio ("{T(DOD)}", ACL 2021 demo track) — worth crediting even if it's not a model.""", "CONTRIBUTOR", {"heart": 3}),
 event("assigned", "kofi-mensah", "2024-03-06T08:30:52Z", assignee=user("kofi-mensah"), assigner=user("kofi-mensah")),
 {"actor": user("kofi-mensah"), "created_at": "2024-03-06T10:14:37Z", "updated_at": "2024-03-06T10:14:37Z",
  "source": {"type": "issue", "issue": {"url": f"{API}/issues/415", "html_url": f"https://github.com/{REPO}/pull/415",
             "number": 415, "title": "docs: further reading page (draft)", "state": "open", "draft": True,
             "pull_request": {"url": f"{API}/pulls/415", "html_url": f"https://github.com/{REPO}/pull/415"}}},
  "event": "cross-referenced"},
 comment("seqmem-docs-bot[bot]", "2024-03-06T10:21:05Z", "Docs preview for #415 is ready: https://seqmem-docs-pr-415.example.dev/further_reading/", "NONE"),
 comment("ruth-oyelaran", "2024-03-07T11:40:18Z", "Preview looks fine. Nit: the MoE paragraph says \"top-1 routing\" — the paper uses noisy top-k gating, top-1 is the Switch simplification. Please fix before merge.", "CONTRIBUTOR", {"+1": 1}),
 comment("dlamini-t", "2024-03-08T06:55:40Z", "Also the link checker (lychee) fails on the Neural Computation DOI page because of a 403 from the publisher. Add it to `.lycheeignore` rather than dropping the reference.", "COLLABORATOR"),
 comment("kofi-mensah", "2024-03-09T17:02:26Z", "Both fixed in #415. Leaving this open until the page is linked from the sidebar (needs the mkdocs nav change, which is blocked on #398).", "MEMBER"),
 event("milestoned", "kofi-mensah", "2024-03-09T17:03:01Z", milestone={"title": "v0.9"}),
 event("labeled", "kofi-mensah", "2024-03-09T17:03:09Z", label=label("blocked", "b60205")),
 event("renamed", "kofi-mensah", "2024-03-09T17:04:47Z", rename={"from": "further reading page?", "to": "Docs: add a \"further reading\" page for the memory modules"}),
 comment("amara-ude", "2024-04-02T13:26:55Z", "Drive-by: the talk by the Memformer authors at the sequence-modelling workshop would be a nice \"watch\" link, but I couldn't find a public recording. Skip it if there isn't one.", "NONE"),
 comment("kofi-mensah", "2024-04-06T08:11:32Z", "No public recording as far as I know. #398 is merged now, will finish this on Monday.", "MEMBER", {"hooray": 2}),
 event("unlabeled", "kofi-mensah", "2024-04-06T08:11:50Z", label=label("blocked", "b60205")),
]
text = json.dumps(events, indent=2, ensure_ascii=False) + "\n"
bodies = "\n".join(e.get("body", "") for e in events)
write_only(F503, text, keys(F503), forms=(bodies,))
