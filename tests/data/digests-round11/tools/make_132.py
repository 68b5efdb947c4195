#!/usr/bin/env python3
"""Builds digests/132_mattermost_bulk_export_rl_reading.jsonl: a Mattermost bulk export (`mmctl export create`,
unzipped import.jsonl), cut down to one team, one channel, its members and one direct channel.

One JSON object per line, as the server writes it: compact separators, non-ASCII kept as \\uXXXX (Go's
encoding/json escapes <, > and & too: \\u003c, \\u003e, \\u0026), create_at in epoch milliseconds, posts in time order,
replies nested in their root post, webhook posts with props.from_webhook / override_username and message
attachments (title, title_link, text, footer)."""
import json, os
from datetime import datetime, timezone, timedelta

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "132_mattermost_bulk_export_rl_reading.jsonl")
CET = timezone(timedelta(hours=1))


def ms(s):
    return int(datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=CET).timestamp() * 1000) + 137


def go_json(o):
    s = json.dumps(o, separators=(",", ":"), ensure_ascii=True)
    return s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def reply(user, when, msg, reactions=None, edit=None):
    return {"user": user, "type": None, "message": msg, "create_at": ms(when), "edit_at": ms(edit) if edit else 0,
            "flagged_by": None, "reactions": reactions, "attachments": None, "is_pinned": False}


def post(user, when, msg, *, props=None, replies=None, reactions=None, attachments=None, pinned=False, edit=None):
    return {"type": "post", "post": {
        "team": "dsl", "channel": "rl-reading", "user": user, "type": None, "message": msg, "props": props or {},
        "create_at": ms(when), "edit_at": ms(edit) if edit else 0, "flagged_by": None, "replies": replies,
        "reactions": reactions, "attachments": attachments, "is_pinned": pinned}}


def rx(user, when, emoji):
    return {"user": user, "create_at": ms(when), "emoji_name": emoji}


def user(username, first, last, position, email):
    return {"type": "user", "user": {
        "username": username, "email": email, "auth_service": None, "auth_data": None, "nickname": "",
        "first_name": first, "last_name": last, "position": position, "roles": "system_user", "locale": "en",
        "delete_at": 0, "teams": [{"name": "dsl", "roles": "team_user", "theme": "",
                                   "channels": [{"name": "rl-reading", "roles": "channel_user",
                                                 "notify_props": {"desktop": "default", "mobile": "default",
                                                                  "mark_unread": "all"},
                                                 "favorite": False}]}],
        "military_time": "true", "use_markdown_preview": "false", "use_formatting": "true", "show_unread_section": "",
        "email_interval": "30", "notify_props": {"desktop": "mention", "desktop_sound": "true", "email": "true",
                                                 "mobile": "mention", "mobile_push_status": "away",
                                                 "channel": "true", "comments": "never", "mention_keys": ""}}}


WEBHOOK = {"from_webhook": "true", "override_username": "arxiv-feed",
           "override_icon_url": "https://static.arxiv.org/static/browse/0.3.4/images/icons/apple-touch-icon.png",
           "webhook_display_name": "arXiv RSS (cs.LG, cs.RO)"}

lines = [
    {"type": "version", "version": 1, "info": {"generator": "mattermost-server",
                                               "version": "9.5.1 (9.5.1, 8f5f2a4e1b, 2024-02-14)",
                                               "created": "2024-03-08T08:12:44.918Z"}},
    {"type": "team", "team": {"name": "dsl", "display_name": "Decision Systems Lab", "type": "I",
                              "description": "Lab chat. Not for anything under NDA.", "allow_open_invite": False}},
    {"type": "channel", "channel": {"team": "dsl", "name": "rl-reading", "display_name": "RL reading",
                                    "type": "O",
                                    "header": "Thursdays 11:00 · room 2.031 / Jitsi · schedule pinned · "
                                              "papers, not vibes",
                                    "purpose": "Reading group on RL, offline RL and robot learning"}},
    user("ahmed.k", "Ahmed", "Karimi", "PhD student", "ahmed.karimi@dsl.example.ac.uk"),
    user("lucia.f", "Lucía", "Ferrer", "Postdoc", "lucia.ferrer@dsl.example.ac.uk"),
    user("jbaptiste", "Jean-Baptiste", "Moreau", "Research engineer (robot lab)", "jb.moreau@dsl.example.ac.uk"),
    user("mei.lin", "Mei", "Lin", "MSc student", "mei.lin@dsl.example.ac.uk"),
    post("lucia.f", "2024-02-05 09:02:11", "", props=dict(WEBHOOK, attachments=[{
        "id": 0, "fallback": "New: What Matters In On-Policy Reinforcement Learning? A Large-Scale Empirical Study",
        "color": "#b31b1b", "pretext": "1 new match for `ppo OR \"on-policy\"`",
        "author_name": "arXiv cs.LG", "title": "What Matters In On-Policy Reinforcement Learning? A Large-Scale Empirical Study",
        "title_link": "https://arxiv.org/abs/2006.05990v1",
        "text": "Andrychowicz, Raichuk, Stańczyk, Orsini, Girgin, Marinier, Hussenot, Geist, Pietquin, Michalski, "
                "Gelly, Bachem · cs.LG",
        "fields": None, "footer": "arXiv RSS → Mattermost", "footer_icon": "", "image_url": "", "thumb_url": ""}]),
         replies=[reply("lucia.f", "2024-02-05 09:40:27",
                        "old (2020) but the feed picked it up because of a v-bump? anyway: this is the "
                        "250k-agents study. Perfect for the \"PPO implementation details\" session, section 3 "
                        "is a checklist of choices."),
                  reply("ahmed.k", "2024-02-05 10:02:50",
                        "+1, and pair it with the CleanRL PPO walkthrough: "
                        "https://github.com/vwxyzjn/cleanrl/blob/master/cleanrl/ppo.py")],
         reactions=[rx("mei.lin", "2024-02-05 09:51:00", "eyes")]),
    post("ahmed.k", "2024-02-06 16:20:05",
         "#### Thursday Feb 8: RL as sequence modelling\n"
         "1. [Decision Transformer: Reinforcement Learning via Sequence Modeling](https://arxiv.org/abs/2106.01345)\n"
         "2. the Berkeley one that came out the next day: Offline Reinforcement Learning as One Big Sequence "
         "Modeling Problem\n\n"
         "Read both, we'll compare: return-conditioning vs. beam search over a learned model. "
         "@mei.lin can you present the second one?",
         replies=[reply("mei.lin", "2024-02-06 16:31:44",
                        "sure! TT = trajectory transformer right? discretised states + beam search. "
                        "Do we care about the D4RL numbers or just the method?"),
                  reply("ahmed.k", "2024-02-06 16:35:02", "method + the one ablation on beam width. D4RL tables "
                        "are ~the same for everyone by now")],
         reactions=[rx("lucia.f", "2024-02-06 16:40:12", "+1"), rx("jbaptiste", "2024-02-06 17:03:30", "+1")]),
    post("jbaptiste", "2024-02-09 11:58:40",
         "Robot lab wants to join on Feb 22 :robot_face: Proposal: Do As I Can, Not As I Say: Grounding Language "
         "in Robotic Affordances (arXiv:2204.01691) as the intro, and if time RT-2 after.",
         replies=[reply("lucia.f", "2024-02-09 12:10:09", "yes!! SayCan is a good bridge for the LLM people")]),
    post("jbaptiste", "2024-02-12 08:47:19",
         "RT-2: Vision-Language-Action Models Transfer Web Knowledge to Robotic Control -- pdf attached, arxiv is "
         "blocked on the robot-lab VLAN (don't ask). It's the v1, sections 3 + 4 are the ones that matter.",
         attachments=[{"path": "data/20240212/jbaptiste/2307.15818v1.pdf"}],
         reactions=[rx("ahmed.k", "2024-02-12 08:50:00", "pray")]),
    post("mei.lin", "2024-02-12 09:15:33",
         "if we do generalist robots we should also read \"A Generalist Agent\" (Gato). it's ~40 pages but half "
         "is appendix",
         replies=[reply("jbaptiste", "2024-02-12 09:20:08", "Gato is a different session imo, it's not really "
                        "about affordances. put it on the list for March?")],
         edit="2024-02-12 09:16:02"),
    post("lucia.f", "2024-02-15 14:03:51",
         "Meta-RL corner, for whoever wants a break from transformers: Evolving Reinforcement Learning "
         "Algorithms (ICLR 2021). They search over loss functions represented as computation graphs, "
         "DQN-style, and some of the discovered losses transfer to unseen envs. Very Google-scale compute "
         "though.\nAlso David Silver's old course is still the best intro if you're new: "
         "https://www.youtube.com/playlist?list=PLqYmG7hTraZDM-OYHWgPebj2MfCFzFObQ",
         reactions=[rx("mei.lin", "2024-02-15 14:30:00", "bookmark")]),
    post("ahmed.k", "2024-02-19 10:00:00",
         "**Schedule Feb–Mar** (pinned, I'll keep editing this)\n\n"
         "| date | topic | presenter |\n|---|---|---|\n"
         "| 08.02. | DT / TT | Ahmed, Mei |\n| 15.02. | PPO details | Lucía |\n"
         "| 22.02. | SayCan (+RT-2) | JB |\n| 29.02. | no session (ICML deadline week) | – |\n"
         "| 07.03. | Gato | Mei |\n| 14.03. | AlphaGo Zero / MuZero | Ahmed |\n\n"
         "Spinning Up is the reference for notation: https://spinningup.openai.com/en/latest/",
         pinned=True, edit="2024-03-01 17:22:41",
         reactions=[rx("lucia.f", "2024-02-19 10:05:00", "white_check_mark")]),
    {"type": "direct_channel", "direct_channel": {"members": ["ahmed.k", "jbaptiste"], "favorited_by": None,
                                                  "header": ""}},
    {"type": "direct_post", "direct_post": {
        "channel_members": ["ahmed.k", "jbaptiste"], "user": "ahmed.k", "type": None,
        "message": "for the intro slide on 14.03. I'm citing Mastering the game of Go without human knowledge "
                   "(Nature 2017) for the \"tabula rasa\" quote, is that the right one or is that the chess one?",
        "props": None, "create_at": ms("2024-03-06 18:40:12"), "flagged_by": None,
        "replies": None, "reactions": None, "attachments": None, "is_pinned": False}},
    {"type": "direct_post", "direct_post": {
        "channel_members": ["ahmed.k", "jbaptiste"], "user": "jbaptiste", "type": None,
        "message": "that's the right one. the chess/shogi one is the Science paper a year later",
        "props": None, "create_at": ms("2024-03-06 18:52:40"), "flagged_by": None,
        "replies": None, "reactions": None, "attachments": None, "is_pinned": False}},
]

with open(OUT, "w", encoding="utf-8", newline="") as f:
    for o in lines:
        f.write(go_json(o) + "\n")
print(OUT)
