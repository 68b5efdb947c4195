#!/usr/bin/env python3
"""1655: a Romanian researcher's diaspora* account export (Settings > Export data > profile data, the JSON archive
unpacked): version, user (settings, the profile entity, contact groups, contacts, posts as status_message entities,
relayables — her comments and likes —, followed tags, post subscriptions) and others_data (others' comments and likes
on her posts), written compact on one line as the pod writes it. Guids are md5 stand-ins; parents are her posts,
comments come after their posts."""
import hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(1655)
POD = "diaspora.retele-libere.example.ro"
ME = f"andreea@{POD}"
g = lambda s: hashlib.md5(s.encode()).hexdigest()
POSTS = [
    ("2024-01-16T08:41:09Z", True,
     f"Am citit în weekend [{T('2111.00396')}](https://openreview.net/pdf?id={OR('2111.00396')}). Matematica e grea, dar "
     "ideea de bază e frumoasă: un strat liniar cu stare, calculat ca o convoluție lungă. Cine vrea să-l discutăm joi la "
     "cafea, la facultate?\n\n#ml #statespace"),
    ("2024-01-29T19:05:44Z", True,
     f"Urmarea firească: [{T('2312.00752')}](https://arxiv.org/abs/2312.00752). Parametrii care depind de intrare "
     "schimbă tot. Am rulat modelul mic pe laptop, merge surprinzător de repede.\n\n#ml #mamba"),
    ("2024-02-12T10:22:30Z", False,
     f"Notițe pentru seminarul de marți (cuantizare):\n\n* [{T('2210.17323')}](https://arxiv.org/abs/2210.17323v2)\n"
     f"* {T('2208.07339')} (arXiv:2208.07339) — outlierii din activări, explicat foarte clar\n"
     "* tutorialul bitsandbytes din documentație, pentru partea practică\n\nSlide-urile le pun pe drive-ul catedrei."),
    ("2024-02-26T16:48:02Z", True,
     f"Adaptare eficientă: [{T('2402.09353')}](https://arxiv.org/pdf/2402.09353.pdf). Separă magnitudinea de "
     f"direcție și aplică LoRA doar pe direcție. Ca bază teoretică ne-am uitat și la {T('2104.08691')}, ca să vedem de "
     "unde a pornit toată povestea cu adaptarea cu puțini parametri.\n\n#llm #peft"),
    ("2024-03-07T12:10:15Z", True,
     f"Ce citesc săptămâna asta despre inferență: {T('2211.17192')}. Un model mic propune, cel mare verifică, iar "
     "distribuția rezultatului rămâne exact aceeași. Pentru cine se apucă acum de toate astea: biblioteca Transformers "
     f"are deja suport, iar articolul original al bibliotecii, {T('1910.03771')}, merită citit măcar pentru "
     "istorie.\n\n#llm #inferenta"),
]
COMMENTS = [  # (author, post index, time, text) — others' comments
    (f"mihai@{POD}", 0, "2024-01-16T09:02:51Z", "Eu vin joi! Aduc și notițele de la cursul de semnale."),
    (f"ioana@pod.example.net", 1, "2024-01-30T07:15:00Z", "Pe ce laptop l-ai rulat? Eu am doar 8 GB de RAM."),
    (f"mihai@{POD}", 4, "2024-03-07T13:40:22Z", "Merge și cu modelele noastre fine-tunate? Întreb pentru un prieten :)"),
]
MY_COMMENTS = [(1, "2024-01-30T08:01:37Z", "Un ThinkPad cu 16 GB, modelul de 130M."),
               (4, "2024-03-07T14:05:10Z", "Da, dacă au același vocabular.")]


def ent(kind, data):
    return {"entity_type": kind, "entity_data": data}


def build():
    guids = [g("post" + p[0]) for p in POSTS]
    posts = [{"subscribed_pods_uris": [f"https://{POD}", "https://pod.example.net"] if pub else [f"https://{POD}"],
              "subscribed_users_ids": [], "entity_type": "status_message",
              "entity_data": {"author": ME, "guid": gd, "created_at": t, "text": text, "public": pub}}
             for gd, (t, pub, text) in zip(guids, POSTS)]
    rel = [ent("comment", {"author": ME, "guid": g("c" + t), "parent_guid": guids[i], "text": tx, "created_at": t}) for i, t, tx in MY_COMMENTS]
    rel.append(ent("like", {"author": ME, "guid": g("like-c1"), "parent_guid": g("c" + COMMENTS[0][2]),
                            "parent_type": "Comment", "positive": True}))
    others = [ent("comment", {"author": a, "guid": g("c" + t), "parent_guid": guids[i], "text": tx, "created_at": t}) for a, i, t, tx in COMMENTS]
    others += [ent("like", {"author": f"ioana@pod.example.net", "guid": g("like" + gd), "parent_guid": gd,
                            "parent_type": "Post", "positive": True}) for gd in guids[:2]]
    doc = {"version": "2.0", "user": {
        "username": "andreea", "email": "andreea.popescu@mail.example.ro", "language": "ro", "disable_mail": False,
        "show_community_spotlight_in_stream": False, "auto_follow_back": False, "auto_follow_back_aspect": None,
        "strip_exif": True,
        "profile": ent("profile", {"author": ME, "first_name": "Andreea", "last_name": "Popescu",
                                   "image_url": f"https://{POD}/uploads/images/thumb_large_{g('avatar')[:20]}.jpg",
                                   "image_url_medium": f"https://{POD}/uploads/images/thumb_medium_{g('avatar')[:20]}.jpg",
                                   "image_url_small": f"https://{POD}/uploads/images/thumb_small_{g('avatar')[:20]}.jpg",
                                   "bio": "Doctorandă, învățare automată. Cluj.", "birthday": None, "gender": "",
                                   "location": "Cluj-Napoca", "searchable": True, "public": True, "nsfw": False,
                                   "tag_string": "#ml #llm #cluj"}),
        "contact_groups": [{"name": "Colegi", "chat_enabled": False, "contacts_visible": True},
                           {"name": "Familie", "chat_enabled": False, "contacts_visible": True}],
        "contacts": [{"sharing": True, "receiving": True, "following": True, "followed": True,
                      "account_id": f"mihai@{POD}", "contact_groups_membership": ["Colegi"]},
                     {"sharing": True, "receiving": False, "following": False, "followed": True,
                      "account_id": "ioana@pod.example.net", "contact_groups_membership": []}],
        "posts": posts, "relayables": rel, "followed_tags": ["machinelearning", "llm", "cluj"],
        "post_subscriptions": guids},
        "others_data": {"relayables": others}}
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":"))


if __name__ == "__main__":
    text = build()
    write_only(F, text, keys(F), [p["entity_data"]["text"] for p in json.loads(text)["user"]["posts"]])
