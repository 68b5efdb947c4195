#!/usr/bin/env python3
"""584: a Lemmy API answer saved with `curl … | jq .`: GET /api/v3/comment/list?post_id=…&sort=Old&max_depth=8 on a
Hungarian instance's ML community, thread "Melyik cikket olvastad újra idén?" — {"comments": [CommentView…]} where
each view holds comment (id, creator_id, post_id, content in Markdown, removed, published, deleted, ap_id, local,
path "0.…", distinguished, language_id), creator, post, community, counts (score, upvotes, downvotes, published,
child_count), creator_banned_from_community, banned_from_community, creator_is_moderator, creator_is_admin,
subscribed, saved, creator_blocked, my_vote — indented with 2 spaces, non-ASCII kept (jq's default)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F584, keys, ALEXNET

HOST = "https://gepi.example.hu"
post = {"id": 418207, "name": "Melyik cikket olvastad újra idén, és miért?", "body": "Év végi szál: egy-két cikk, amit 2024-ben újraolvastál, plusz egy mondat, hogy mit láttál benne másodszorra. Blogposztot, videót most ne, csak cikkeket.",
        "creator_id": 9931, "community_id": 211, "removed": False, "locked": False, "published": "2024-12-27T08:14:02.118204Z",
        "deleted": False, "nsfw": False, "ap_id": f"{HOST}/post/418207", "local": True, "language_id": 0, "featured_community": False, "featured_local": False}
community = {"id": 211, "name": "gepitanulas", "title": "Gépi tanulás", "description": "Magyar nyelvű közösség a gépi tanulásról. Szabályok: oldalsáv.",
             "removed": False, "published": "2023-06-11T19:20:44.501137Z", "deleted": False, "nsfw": False, "actor_id": f"{HOST}/c/gepitanulas",
             "local": True, "hidden": False, "posting_restricted_to_mods": False, "instance_id": 1, "visibility": "Public"}
users = {
 9931: ("kovacs_bence", "Kovács Bence"), 10442: ("lilla_n", None), 8120: ("szabo.tamas", "Szabó Tamás"),
 12007: ("neuronvadasz", None), 7715: ("horvath_eszter", "Horváth Eszter"), 11380: ("matyas_p", "Pintér Mátyás"),
}
def person(uid):
    n, d = users[uid]
    return {"id": uid, "name": n, "display_name": d, "banned": False, "published": "2023-07-02T11:03:19.870120Z",
            "actor_id": f"{HOST}/u/{n}", "local": True, "deleted": False, "bot_account": False, "instance_id": 1}
out = []
def cm(cid, uid, content, path, ts, score, down=0, children=0, mod=False):
    out.append({
     "comment": {"id": cid, "creator_id": uid, "post_id": post["id"], "content": content, "removed": False, "published": ts,
                 "deleted": False, "ap_id": f"{HOST}/comment/{cid}", "local": True, "path": path, "distinguished": False, "language_id": 0},
     "creator": person(uid), "post": post, "community": community,
     "counts": {"comment_id": cid, "score": score - down, "upvotes": score, "downvotes": down, "published": ts, "child_count": children},
     "creator_banned_from_community": False, "banned_from_community": False, "creator_is_moderator": mod, "creator_is_admin": False,
     "subscribed": "NotSubscribed", "saved": False, "creator_blocked": False, "my_vote": None})

cm(2290114, 10442, f"Nálam a [{T('2307.15043')}](https://arxiv.org/abs/2307.15043). Első olvasásra csak a támadást láttam benne, másodszorra az tűnt fel, mennyire *átvihetők* a suffixek zárt modellekre is.",
   "0.2290114", "2024-12-27T09:02:41.330981Z", 31, 1, 1)
cm(2290388, 9931, "Ugyanez. A függelékben lévő példákat érdemes végignézni, bár kicsit ijesztő.", "0.2290114.2290388", "2024-12-27T09:40:10.004512Z", 8, 0, 0, True)
cm(2290502, 8120, f"Klasszikus, de újraolvastam: **{ALEXNET}** (Krizhevsky, Sutskever, Hinton — NIPS 2012). Meglepő, mennyi mérnöki részlet van benne (két GPU-ra szétvágott hálózat, local response normalization), amit ma már senki nem csinál.",
   "0.2290502", "2024-12-27T10:15:55.761002Z", 27, 0, 1)
cm(2290731, 12007, f"Ha már képek: {T('2103.00020')} → https://arxiv.org/abs/2103.00020\n\nA zero-shot táblázatok helyett most a 7. fejezetet (broader impacts) olvastam el rendesen.",
   "0.2290502.2290731", "2024-12-27T11:01:08.220437Z", 14, 0, 0)
cm(2291044, 7715, f"Én kettőt:\n\n1. {T('2207.05221')} – https://arxiv.org/pdf/2207.05221 – a kalibrációs rész miatt, a P(IK) ötlet most jobban ült.\n2. \"{T('2304.08485')}\" (arXiv:2304.08485) – LLaVA, a GPT-4-gyel generált tanítóadat része volt az érdekes.\n\nUtána a Flamingót is elővettem: *{T('2204.14198')}*, NeurIPS 2022 – az perceiver resampler még mindig elegáns.",
   "0.2291044", "2024-12-27T12:26:37.918340Z", 22, 0, 1)
cm(2291210, 11380, "A Flamingónál a 2. ábra a legjobb összefoglaló, szerintem.", "0.2291044.2291210", "2024-12-27T13:05:49.004411Z", 5)
cm(2291566, 8120, f"Diffúziós oldalról: {T('2112.10752')} (CVPR 2022). Most, hogy a latens tér ötletét mindenhol használják, jó volt visszamenni a forráshoz. A kódot a CompVis repóban néztem meg mellé, de az nem cikk, csak mondom.",
   "0.2291566", "2024-12-27T15:44:20.510273Z", 18, 0, 0)
cm(2292003, 9931, f"Kakukktojás: {T('2011.03459')} (ICLR 2021). Tudásgráfos lekérdezések, teljesen más terület, de a szakdolgozatosom miatt újra kellett olvasnom, és meglepően jól öregedett.",
   "0.2292003", "2024-12-27T18:30:02.117045Z", 9, 0, 0, True)
cm(2292418, 10442, "Köszi mindenkinek! Összeszedtem egy listába a wikin: https://gepi.example.hu/c/gepitanulas/wiki/ujraolvasott-2024 (ha valaki kimaradt, írjon).",
   "0.2292418", "2024-12-28T08:12:45.661190Z", 12, 0, 0)
text = json.dumps({"comments": out}, ensure_ascii=False, indent=2) + "\n"
write_only(F584, text, keys(F584), [c["comment"]["content"] for c in out])
