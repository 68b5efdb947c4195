#!/usr/bin/env python3
"""Builds digests/134_trello_board_export_nlp_reading.json: Trello's "Print, export and share → Export as JSON" of a
reading-group board, as Trello serves it: one line of compact JSON, UTF-8 as is, 24-hex ids, ISO timestamps with
milliseconds and Z, cards with badges / labels / attachments / descData, lists, checklists with checkItems,
members, and the most recent actions newest first (createCard, updateCard with listBefore/listAfter, commentCard,
addAttachmentToCard, addChecklistToCard, updateCheckItemStateOnCard), each repeating the card's name in data.card."""
import hashlib, json, os

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "134_trello_board_export_nlp_reading.json")


def hid(*parts):
    return hashlib.sha1("/".join(map(str, parts)).encode()).hexdigest()[:24]


BOARD = hid("board")
ORG = hid("org")
MEMBERS = {
    "jonasweber": ("Jonas Weber", "JW"),
    "aylin_d": ("Aylin Demir", "AD"),
    "marta.s": ("Marta Sousa", "MS"),
    "pkowal": ("Piotr Kowalczyk", "PK"),
}
MID = {u: hid("member", u) for u in MEMBERS}
LABELS = [("green", "read"), ("yellow", "presenting"), ("red", "classic"), ("purple", "systems"),
          ("blue", "retrieval"), ("orange", "admin")]
LID = {n: hid("label", n) for _, n in LABELS}
LISTS = ["Backlog", "This month", "Discussed", "Classics", "Admin"]
LSTID = {n: hid("list", n) for n in LISTS}

cards, checklists, actions = [], [], []
short = iter(["hT3kQp9a", "Zr8WmN2c", "u4YbLx7e", "Qa1sVd5F", "mP6nRt0g", "Kc2jXe8H", "wB9fGy3i", "Ls5oUz1J",
              "Nd7qHc4k", "Ve0rTa6L", "yG3pWb8m", "Ei4tMs2n"])


def slug(name):
    s = "".join(c.lower() if c.isalnum() else "-" for c in name)
    while "--" in s:
        s = s.replace("--", "-")
    return s.strip("-")[:60].rstrip("-")


def card(n, name, lst, labels=(), desc="", members=(), attachments=(), due=None, closed=False,
         last="2024-03-04T10:12:33.120Z", comments=0, checklist=None):
    cid = hid("card", n)
    sl = next(short)
    atts = []
    for i, (aname, url, upload) in enumerate(attachments):
        atts.append({"id": hid("att", n, i), "bytes": 381274 if upload else None, "date": "2024-01-0%dT09:3%d:11.004Z" % (i + 2, i),
                     "edgeColor": None, "idMember": MID["jonasweber"], "isUpload": upload,
                     "mimeType": "application/pdf" if upload else "", "name": aname, "previews": [],
                     "url": url, "pos": 16384 * (i + 1), "fileName": aname if upload else None})
    c = {"id": cid, "badges": {"attachmentsByType": {"trello": {"board": 0, "card": 0}}, "location": False,
                               "votes": 0, "viewingMemberVoted": False, "subscribed": False, "fogbugz": "",
                               "checkItems": len(checklist[1]) if checklist else 0,
                               "checkItemsChecked": sum(1 for _, s in checklist[1] if s) if checklist else 0,
                               "checkItemsEarliestDue": None, "comments": comments, "attachments": len(atts),
                               "description": bool(desc), "due": due, "dueComplete": False, "start": None},
         "checkItemStates": [], "closed": closed, "dueComplete": False, "dateLastActivity": last, "desc": desc,
         "descData": {"emoji": {}}, "due": due, "dueReminder": -1 if due else None, "email": None,
         "idBoard": BOARD, "idChecklists": [hid("cl", n)] if checklist else [],
         "idList": LSTID[lst], "idMembers": [MID[m] for m in members], "idMembersVoted": [], "idShort": n,
         "idAttachmentCover": None, "labels": [{"id": LID[l], "idBoard": BOARD, "name": l,
                                                "color": dict((b, a) for a, b in LABELS)[l]} for l in labels],
         "idLabels": [LID[l] for l in labels], "manualCoverAttachment": False, "name": name,
         "pos": 65535 * n, "shortLink": sl, "shortUrl": f"https://trello.com/c/{sl}",
         "start": None, "subscribed": False, "url": f"https://trello.com/c/{sl}/{n}-{slug(name)}",
         "cover": {"idAttachment": None, "color": None, "idUploadedBackground": None, "size": "normal",
                   "brightness": "dark", "idPlugin": None},
         "isTemplate": False, "cardRole": None, "attachments": atts, "pluginData": [], "customFieldItems": []}
    cards.append(c)
    if checklist:
        cl_name, items = checklist
        checklists.append({"id": hid("cl", n), "name": cl_name, "idBoard": BOARD, "idCard": cid, "pos": 16384,
                           "checkItems": [{"id": hid("ci", n, i), "name": t, "nameData": {"emoji": {}},
                                           "pos": 16384 * (i + 1), "state": "complete" if s else "incomplete",
                                           "due": None, "dueReminder": None, "idMember": None,
                                           "idChecklist": hid("cl", n)} for i, (t, s) in enumerate(items)]})
    return c


def act(kind, who, date, c, **data):
    d = {"card": {"id": c["id"], "name": c["name"], "idShort": c["idShort"], "shortLink": c["shortLink"]},
         "board": {"id": BOARD, "name": "NLP Reading Group 2024", "shortLink": "Qm7xVt2K"}}
    d.update(data)
    full, initials = MEMBERS[who]
    actions.append({"id": hid("action", kind, c["idShort"], date), "idMemberCreator": MID[who], "data": d,
                    "appCreator": None, "type": kind, "date": date, "limits": None,
                    "memberCreator": {"id": MID[who], "activityBlocked": False, "avatarHash": hid("av", who)[:32],
                                      "avatarUrl": f"https://trello-members.s3.amazonaws.com/{MID[who]}/{hid('av', who)[:32]}",
                                      "fullName": full, "idMemberReferrer": None, "initials": initials,
                                      "nonPublic": {}, "nonPublicAvailable": True, "username": who}})


realm = card(1, "REALM: Retrieval-Augmented Language Model Pre-Training", "Discussed", ["read", "retrieval"],
             desc="**Presenter:** @jonasweber  \n**Date:** 11.01.\n\nhttps://arxiv.org/abs/2002.08909\n\n"
                  "Retriever trained from the MLM signal alone, index refreshed asynchronously every few hundred "
                  "steps. Discussion: is the async refresh the real trick?",
             members=["jonasweber"], comments=1,
             attachments=[("Slides (Google Slides)", "https://docs.google.com/presentation/d/1mW0rEaLm-nlprg-2024/edit", False)])
genre = card(2, "Autoregressive Entity Retrieval (GENRE)", "Discussed", ["read", "retrieval"],
             desc="arXiv:2010.00904 · ICLR 2021 · presenter @aylin_d\n\nEntity names generated token by token with "
                  "constrained beam search over a prefix tree. mGENRE (multilingual) only if time.",
             members=["aylin_d"], comments=2)
curious = card(3, "The Curious Case of Neural Text Degeneration", "Discussed", ["read"],
               desc="nucleus (top-p) sampling. Presenter: @marta.s — slides attached.",
               members=["marta.s"],
               attachments=[("curious_case_slides_marta.pdf",
                             f"https://trello.com/1/cards/{hid('card', 3)}/attachments/{hid('att', 3, 0)}/download/curious_case_slides_marta.pdf",
                             True)])
bahdanau = card(4, "Neural Machine Translation by Jointly Learning to Align and Translate", "Classics", ["classic"],
                desc="For the \"attention before Transformers\" session. Read with the 2015 ICLR talk slides.")
megatron = card(5, "Megatron-LM: Training Multi-Billion Parameter Language Models Using Model Parallelism",
                "This month", ["systems", "presenting"], members=["pkowal"], due="2024-03-14T10:00:00.000Z",
                desc="tensor parallelism within a layer (column/row split of the MLP and attention). Presenter: "
                     "@pkowal. Compare with what DeepSpeed does.",
                attachments=[("arxiv.org", "https://arxiv.org/abs/1909.08053", False)])
moe = card(6, "Sparsely-gated MoE (Shazeer et al. 2017)", "This month", ["systems"], members=["jonasweber"],
           due="2024-03-21T10:00:00.000Z", desc="the original MoE layer with noisy top-k gating. 2 papers in one "
           "session with GShard if people are up for it",
           attachments=[("Outrageously Large Neural Networks: The Sparsely-Gated Mixture-of-Experts Layer | OpenReview",
                         "https://openreview.net/forum?id=B1ckMDqlg", False)])
planning = card(7, "March planning", "Admin", ["admin"], desc="what do we read after the MoE session?",
                checklist=("Candidates for March/April",
                           [("GShard: Scaling Giant Models with Conditional Computation and Automatic Sharding", False),
                            ("Switch Transformer?", False), ("ST-MoE", False), ("ask Piotr about DeepSpeed-MoE", True)]))
hft = card(8, "HuggingFace's Transformers: State-of-the-art Natural Language Processing", "Classics", ["classic"],
           desc="Not really a research paper, but it's what everyone cites for the library, and the design "
                "section is worth 20 minutes. EMNLP 2020 demos, https://aclanthology.org/2020.emnlp-demos.6/")
dense = card(9, "Dense retrieval follow-ups", "Backlog", ["retrieval"], comments=1,
             desc="DPR, ColBERT, Contriever... pick two.")
xlmr = card(10, "Unsupervised Cross-lingual Representation Learning at Scale", "Backlog", [],
            desc="XLM-R. https://aclanthology.org/2020.acl-main.747/ — Aylin's pick for the multilingual month.")
blog = card(11, "Jay Alammar – The Illustrated Retrieval Transformer (blog)", "Backlog", [],
            desc="https://jalammar.github.io/illustrated-retrieval-transformer/ — good pre-reading for anyone new "
                 "to retrieval.")
room = card(12, "Room booking SS24 + Zoom fallback", "Admin", ["admin"], closed=True,
            desc="Room 1.17 booked Thu 10–11 until end of July. Zoom: https://uni-example.zoom.us/j/6624019933")

act("updateCheckItemStateOnCard", "pkowal", "2024-03-04T10:12:33.120Z", planning,
    checkItem={"id": hid("ci", 7, 3), "name": "ask Piotr about DeepSpeed-MoE", "state": "complete"},
    checklist={"id": hid("cl", 7), "name": "Candidates for March/April"})
act("addAttachmentToCard", "jonasweber", "2024-03-01T16:40:02.511Z", moe,
    attachment={"id": moe["attachments"][0]["id"], "name": moe["attachments"][0]["name"],
                "url": "https://openreview.net/forum?id=B1ckMDqlg"})
act("addChecklistToCard", "jonasweber", "2024-03-01T16:38:47.030Z", planning,
    checklist={"id": hid("cl", 7), "name": "Candidates for March/April"})
act("commentCard", "marta.s", "2024-02-27T08:55:19.774Z", dense,
    text="Sentence-BERT: Sentence Embeddings using Siamese BERT-Networks (arxiv 1908.10084) would be a nice "
         "warm-up before DPR, it's short and everyone uses the library anyway")
act("updateCard", "pkowal", "2024-02-26T13:02:40.219Z", megatron,
    listBefore={"id": LSTID["Backlog"], "name": "Backlog"}, listAfter={"id": LSTID["This month"], "name": "This month"},
    old={"idList": LSTID["Backlog"]})
act("addAttachmentToCard", "pkowal", "2024-02-26T13:01:12.880Z", megatron,
    attachment={"id": megatron["attachments"][0]["id"], "name": "arxiv.org", "url": "https://arxiv.org/abs/1909.08053"})
act("commentCard", "jonasweber", "2024-01-25T11:20:05.402Z", genre,
    text="fun fact from the discussion: the prefix tree over all of Wikipedia's entity names fits in memory on a laptop")
act("commentCard", "aylin_d", "2024-01-25T11:14:48.090Z", genre,
    text="slides: https://docs.google.com/presentation/d/1gEnRe-aylin-2024/edit — sorry for the late upload")
act("updateCard", "aylin_d", "2024-01-25T11:10:33.617Z", genre,
    listBefore={"id": LSTID["This month"], "name": "This month"}, listAfter={"id": LSTID["Discussed"], "name": "Discussed"},
    old={"idList": LSTID["This month"]})
act("commentCard", "pkowal", "2024-01-11T11:02:51.958Z", realm,
    text="the async index refresh reminded me of the stale-gradient discussion in parameter servers, would be a "
         "nice systems session")
act("createCard", "jonasweber", "2024-01-08T09:30:00.311Z", realm, list={"id": LSTID["This month"], "name": "This month"})

board = {
    "id": BOARD, "name": "NLP Reading Group 2024",
    "desc": "Weekly paper discussion, Thursdays 10:00. One card per paper. Move a card to \"This month\" when you "
            "volunteer, to \"Discussed\" afterwards. Slides go in the card attachments.",
    "descData": {"emoji": {}}, "closed": False, "dateClosed": None, "idOrganization": ORG, "idEnterprise": None,
    "limits": {}, "pinned": False, "starred": False, "url": "https://trello.com/b/Qm7xVt2K/nlp-reading-group-2024",
    "prefs": {"permissionLevel": "org", "hideVotes": False, "voting": "disabled", "comments": "members",
              "invitations": "members", "selfJoin": True, "cardCovers": True, "cardCounts": False,
              "isTemplate": False, "cardAging": "regular", "calendarFeedEnabled": False, "background": "blue",
              "backgroundColor": "#0079BF", "backgroundImage": None, "backgroundTile": False,
              "backgroundBrightness": "dark", "canBePublic": True, "canBeEnterprise": True, "canBeOrg": True,
              "canBePrivate": True, "canInvite": True},
    "shortLink": "Qm7xVt2K", "subscribed": False,
    "labelNames": {"green": "read", "yellow": "presenting", "orange": "admin", "red": "classic", "purple": "systems",
                   "blue": "retrieval", "sky": "", "lime": "", "pink": "", "black": ""},
    "powerUps": [], "dateLastActivity": "2024-03-04T10:12:33.120Z", "dateLastView": "2024-03-05T07:58:10.002Z",
    "shortUrl": "https://trello.com/b/Qm7xVt2K", "idTags": [], "datePluginDisable": None,
    "creationMethod": None, "ixUpdate": "412", "templateGallery": None, "enterpriseOwned": False,
    "actions": actions, "cards": cards,
    "labels": [{"id": LID[n], "idBoard": BOARD, "name": n, "color": c, "uses": sum(1 for x in cards if LID[n] in x["idLabels"])}
               for c, n in LABELS],
    "lists": [{"id": LSTID[n], "name": n, "closed": False, "idBoard": BOARD, "pos": 16384 * (i + 1),
               "subscribed": False, "softLimit": None, "status": None, "creationMethod": None}
              for i, n in enumerate(LISTS)],
    "members": [{"id": MID[u], "activityBlocked": False, "avatarHash": hid("av", u)[:32], "bio": "",
                 "confirmed": True, "fullName": f, "idEnterprise": None, "initials": i, "memberType": "normal",
                 "nonPublic": {}, "nonPublicAvailable": True, "products": [], "url": f"https://trello.com/{u}",
                 "username": u, "status": "disconnected"} for u, (f, i) in MEMBERS.items()],
    "checklists": checklists, "customFields": [], "memberships": [
        {"id": hid("ms", u), "idMember": MID[u], "memberType": "admin" if u == "jonasweber" else "normal",
         "unconfirmed": False, "deactivated": False} for u in MEMBERS],
    "pluginData": [],
}
open(OUT, "w", encoding="utf-8", newline="").write(json.dumps(board, ensure_ascii=False, separators=(",", ":")))
print(OUT)
