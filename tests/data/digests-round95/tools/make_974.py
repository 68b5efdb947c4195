#!/usr/bin/env python3
"""974: what Ed Discussion's web client fetched for one pinned thread (`GET /api/threads/<id>?view=1`, saved from the
browser's network tab) in an Australian university's deep-learning-for-vision course: compact JSON as Go's
encoding/json writes it (`<` `>` `&` as \\u003c \\u003e \\u0026, no final newline); `thread` with Ed's fields, its
`content` in Ed's XML document format (<document version="2.0"> with paragraph / heading / list / list-item / link /
bold / italic / code / callout / snippet / break) and the plain-text `document`, `comments` nested through their own
`comments` (parent_id, number, is_anonymous, times in +11:00 with microseconds); `users` with course roles. The timm
documentation, the LMS, a SAM re-implementation repository and a textbook are not papers."""
import json, os, re, sys
from xml.sax.saxutils import escape
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, LECUN

F = by_num(974)
K = dict(effv2="2104.00298", sam="2010.01412", seg="2304.02643", resnest="2004.08955", dg="2007.01434", darts="2108.04392",
         smooth="2006.14536", lecun=LECUN)
COURSE, TID = 15732, 4417283


def x(t):
    return escape(t)


def plain(xml):
    """Ed's plain-text `document`: block elements end a line, <break/> is a line break, tags dropped, entities undone"""
    s = re.sub(r"<break/>", "\n", xml)
    s = re.sub(r"</(paragraph|heading|pre|snippet)>", "\n", s)
    s = re.sub(r"<[^>]+>", "", s)
    s = s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&amp;", "&")
    return s.rstrip("\n")


def doc(*blocks):
    return '<document version="2.0">' + "".join(blocks) + "</document>"


def P(*parts):
    return "<paragraph>" + "".join(parts) + "</paragraph>"


def A(text, url):
    return f'<link href="{url}">{x(text)}</link>'


def LI(*parts):
    return "<list-item>" + P(*parts) + "</list-item>"


n = [0]


def comment(cid, uid, created, updated, content, parent=None, anon=0, children=(), votes=0, endorsed=False):
    n[0] += 1
    return {"id": cid, "user_id": 0 if anon else uid, "course_id": COURSE, "thread_id": TID, "original_id": None,
            "parent_id": parent, "editor_id": None, "number": n[0], "type": "comment", "kind": "normal", "content": content,
            "document": plain(content), "flag_count": 0, "vote_count": votes, "is_endorsed": endorsed, "is_anonymous": bool(anon),
            "is_private": False, "is_resolved": False, "created_at": created, "updated_at": updated, "deleted_at": None,
            "anonymous_id": anon, "vote": 0, "comments": list(children)}


PRIYA, TOM, MEI, JACK, AROHA = 318204, 402117, 955310, 961842, 970036
body = doc(
    P("Hi everyone,"),
    P("Here are the readings for weeks 6 and 7. <bold>Core</bold> papers are examinable; <italic>extension</italic> papers are for "
      "your project literature review. Please read the core ones before Tuesday's lecture."),
    '<heading level="2">Core</heading>',
    '<list style="number">',
    LI(A(T(K["effv2"]), "https://arxiv.org/abs/2104.00298"), x(" (Tan & Le, ICML 2021) — the progressive learning section is the important bit.")),
    LI(x(T(K["lecun"]) + " (LeCun, Bottou, Bengio & Haffner, 1998) — yes, the long one. Sections I–III only. The PDF is on the LMS "
         "under Week 6 because the publisher link is paywalled off campus.")),
    LI(A(T(K["sam"]), "https://arxiv.org/abs/2010.01412"), x(" — we will implement the two-step update in Lab 4.")),
    "</list>",
    '<heading level="2">Extension</heading>',
    '<list style="bullet">',
    LI(x(T(K["resnest"]) + " — arXiv 2004.08955")),
    LI(x(T(K["dg"]) + " (arXiv:2007.01434) — read this before proposing a domain generalisation project!")),
    LI(A(T(K["seg"]), "https://arxiv.org/abs/2304.02643"), x(" — for the groups doing segmentation.")),
    "</list>",
    '<callout type="info">', P("Lecture recording and slides are in the Week 6 module on the LMS. For the lab, the ",
                               A("timm documentation", "https://huggingface.co/docs/timm/index"),
                               " is the quickest way to find pretrained backbones."), "</callout>",
    P("Cheers,<break/>Priya"))

c_mei = comment(10293311, MEI, "2024-03-25T14:02:17.551203+11:00", "2024-03-25T14:02:17.551203+11:00",
                doc(P(x("Is the LeCun paper really all examinable? The PDF is 46 pages 😅"))),
                children=[comment(10293574, TOM, "2024-03-25T15:40:09.100874+11:00", "2024-03-25T15:41:30.672019+11:00",
                                  doc(P("Only sections I–III (up to and including LeNet-5). The graph transformer networks part is "
                                        "<italic>not</italic> examinable."), P("— Tom (tutor)")), parent=10293311, endorsed=True)],
                votes=6)
c_jack = comment(10294102, JACK, "2024-03-26T09:17:45.009312+11:00", "2024-03-26T09:20:02.784455+11:00",
                 doc(P(x(f"For the robustness project, would {T(K['smooth'])} be relevant? We want to see whether the activation "
                         "function matters for adversarial training on our medical images.")),
                     P(x(f"Also, the EfficientNetV2 related work cites {T(K['darts'])} — is NAS in scope for the project or too much?"))),
                 votes=2,
                 children=[comment(10294388, PRIYA, "2024-03-26T11:02:31.228760+11:00", "2024-03-26T11:02:31.228760+11:00",
                                   doc(P(x("Yes, the smooth activations paper (Xie et al., 2020) is a great fit — start there. NAS is in "
                                           "scope only if you keep the search budget tiny; the DARTS-selection paper is a good critical read "
                                           "either way.")),), parent=10294102, votes=3)])
c_aroha = comment(10295020, AROHA, "2024-03-26T20:48:12.613907+11:00", "2024-03-26T20:51:40.118392+11:00",
                  doc(P("Is there a reference implementation of SAM we can use in Lab 4? This is what I have so far:"),
                      '<snippet language="python" runnable="false" line-numbers="true">' +
                      x('import timm\nmodel = timm.create_model("efficientnetv2_rw_s", pretrained=True)\nbase = torch.optim.SGD\n'
                        '# optimizer = SAM(model.parameters(), base, rho=0.05, lr=0.1, momentum=0.9)') + "</snippet>"),
                  children=[comment(10295177, TOM, "2024-03-27T08:59:03.447201+11:00", "2024-03-27T08:59:03.447201+11:00",
                                    doc(P("The lab notebook uses ", A("davda54/sam", "https://github.com/davda54/sam"),
                                          " (a PyTorch re-implementation, not a paper). Use <code>rho=0.05</code> as in the paper.")),
                                    parent=10295020)])
c_anon = comment(10296543, 0, "2024-03-27T22:31:56.880114+11:00", "2024-03-27T22:31:56.880114+11:00",
                 doc(P(x("Is the Prince textbook (Understanding Deep Learning) a good companion for weeks 6–7, or should we stick to the papers?"))),
                 anon=5518,
                 children=[comment(10296790, PRIYA, "2024-03-28T09:05:11.302948+11:00", "2024-03-28T09:05:11.302948+11:00",
                                   doc(P(x("Chapters 10–11 of the textbook are a good companion, but the exam questions are based on the papers."))),
                                   parent=10296543)])
comments = [c_mei, c_jack, c_aroha, c_anon]


def flat(cs):
    return [x for c in cs for x in [c] + flat(c["comments"])]


for k, c in enumerate(sorted(flat(comments), key=lambda c: c["created_at"]), 1):
    c["number"] = k  # Ed numbers replies in the order they were posted


def count(cs):
    return sum(1 + count(c["comments"]) for c in cs)


thread = {"id": TID, "user_id": PRIYA, "course_id": COURSE, "original_id": None, "editor_id": PRIYA, "accepted_id": None,
          "duplicate_id": None, "number": 118, "type": "post", "title": "Week 6–7 readings: architectures, robustness & generalisation",
          "content": body, "document": plain(body), "category": "Readings", "subcategory": "Week 6", "subsubcategory": "",
          "flag_count": 0, "star_count": 14, "view_count": 236, "unique_view_count": 141, "vote_count": 11,
          "reply_count": count(comments), "unresolved_count": 0, "is_locked": False, "is_pinned": True, "is_private": False,
          "is_endorsed": False, "is_answered": False, "is_student_answered": False, "is_staff_answered": False,
          "is_archived": False, "is_anonymous": False, "is_megathread": False, "anonymous_comments": True,
          "approved_status": "approved", "created_at": "2024-03-25T09:12:44.318412+11:00",
          "updated_at": "2024-03-25T09:30:58.004127+11:00", "deleted_at": None, "pinned_at": "2024-03-25T09:13:02.771640+11:00",
          "anonymous_id": 0, "vote": 0, "is_seen": True, "is_starred": False, "is_watched": True,
          "glanced_at": "2024-03-28T10:14:36.520811+11:00", "new_reply_count": 0, "duplicate_title": None,
          "answers": [], "comments": comments}
users = [{"id": PRIYA, "role": "user", "name": "Priya Raman", "avatar": None, "course_role": "admin", "tutorials": None},
         {"id": TOM, "role": "user", "name": "Tom Whitaker", "avatar": None, "course_role": "tutor", "tutorials": None},
         {"id": MEI, "role": "user", "name": "Mei Chen", "avatar": "https://static.au.edusercontent.example/avatars/9f3c2e71a8.png",
          "course_role": "student", "tutorials": None},
         {"id": JACK, "role": "user", "name": "Jack O'Connor", "avatar": None, "course_role": "student", "tutorials": None},
         {"id": AROHA, "role": "user", "name": "Aroha Ngata", "avatar": None, "course_role": "student", "tutorials": None}]


def go_json(v):
    s = json.dumps(v, ensure_ascii=False, separators=(",", ":"))
    return s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


write_only(F, go_json({"thread": thread, "users": users}), keys(F))
