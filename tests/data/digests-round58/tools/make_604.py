#!/usr/bin/env python3
"""604: a Flarum 1.8 JSON:API response for GET /api/discussions/57?include=user,posts,posts.user,tags as PHP writes
it (Laminas JsonResponse flags: JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT |
JSON_UNESCAPED_SLASHES, so < > & ' " inside strings are \\u003C \\u003E \\u0026 \\u0027 \\u0022 and every non-ASCII
character is a \\uXXXX escape; one line, no final newline): data (discussion attributes and relationships) and
included (posts with contentHtml rendered by Flarum's formatter, one discussionStickied event post, users, a tag).
Ukrainian, a seminar thread on AutoML, optimisation, RL and ML for science."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import F604, keys

BASE = "https://forum.ml-seminar.example"
users = {"12": ("oksana_k", "Оксана Коваль", "2021-09-14T08:02:11+00:00", 41, 388),
         "27": ("taras.m", "Тарас Мельник", "2022-02-03T19:44:50+00:00", 9, 120),
         "35": ("iryna_bondar", "Ірина Бондар", "2022-10-21T11:15:33+00:00", 4, 57),
         "48": ("dmytro_sh", "Дмитро Шевчук", "2023-03-08T16:27:02+00:00", 2, 31),
         "3": ("admin", "Адміністратор", "2020-11-01T10:00:00+00:00", 17, 240)}


def a(url, label=None):
    return f'<a href="{url}" rel="ugc nofollow">{label or url}</a>'


def mention(uid, pid, num):
    return f'<a href="{BASE}/d/57-seminar-automl-rl-nauka/{num}" class="PostMention" data-id="{pid}">{users[uid][1]}</a>'


posts = [
 ("12", "2024-02-11T18:22:05+00:00", None,
  "<p>Привіт усім! Як домовлялися на зустрічі кафедри, збираю список статей для весняного семінару «AutoML, оптимізація та RL для науки». Формат: одна стаття на тиждень, доповідь 30 хв + обговорення. Пишіть у цій темі, хто що бере.</p>"
  "<h3>Блок 1. AutoML та оптимізація</h3>"
  "<ol><li><strong>⟦2101.08809⟧</strong> — Daiyi Peng, Xuanyi Dong, Esteban Real, Mingxing Tan та ін. (NeurIPS 2020)<br>" + a("https://arxiv.org/abs/2101.08809") + "</li>"
  "<li><strong>⟦2101.01761⟧</strong> — Hieu Pham, Quoc V. Le (AAAI 2021). Посилання не даю, PDF лежить у спільній папці семінару.</li>"
  "<li><strong>⟦1711.05101⟧</strong> — Ilya Loshchilov, Frank Hutter (ICLR 2019), arXiv:1711.05101. Класика, але половина з нас досі плутає L2 і weight decay 🙂</li></ol>"
  "<p>Блок 2 (RL і наука) допишу завтра.</p>"),
 ("27", "2024-02-11T19:05:47+00:00", None,
  "<p>Беру третю (про weight decay). Заодно покажу, як це виглядає в PyTorch — <code>torch.optim.AdamW</code> проти <code>Adam(weight_decay=...)</code>. Документація PyTorch, не стаття, але для демо підійде.</p>"),
 ("3", "2024-02-11T20:00:00+00:00", "discussionStickied", None),
 ("12", "2024-02-12T09:31:18+00:00", None,
  "<p>Обіцяний блок 2.</p>"
  "<h3>Блок 2. RL, агенти, наука</h3>"
  "<ol start=\"4\"><li>" + a("https://arxiv.org/abs/2106.02039", "⟦2106.02039⟧") + " — Michael Janner, Qiyang Li, Sergey Levine (NeurIPS 2021)</li>"
  "<li>⟦2205.06175⟧ — Scott Reed, Konrad Zolna, Emilio Parisotto, Sergio Gomez Colmenarejo та ін. (TMLR 2022)</li>"
  "<li>" + a("https://arxiv.org/abs/2305.16291", "⟦2305.16291⟧") + " — Guanzhi Wang, Yuqi Xie, Yunfan Jiang, Ajay Mandlekar та ін. (2023)</li>"
  "<li>" + a("https://arxiv.org/abs/2010.00554", "⟦2010.00554⟧") + " — Ian Gemp, Brian McWilliams, Claire Vernade, Thore Graepel (ICLR 2021)</li>"
  "<li>⟦2106.05234⟧ — Chengxuan Ying, Tianle Cai, Shengjie Luo, Shuxin Zheng та ін. (NeurIPS 2021) — для тих, хто займається молекулами</li></ol>"
  "<p>Якщо хтось хоче запропонувати ще щось — пишіть до п’ятниці.</p>"),
 ("35", "2024-02-12T10:48:02+00:00", None,
  "<p>" + mention("12", "415", 4) + " беру п’яту (графові трансформери) — у нас якраз проєкт з OGB (набір даних, не стаття), буде що показати.</p>"
  "<blockquote><p>для тих, хто займається молекулами</p></blockquote><p>Так, саме про нас 😄</p>"),
 ("48", "2024-02-12T13:20:44+00:00", None,
  "<p>Можна я візьму четверту (агент у Minecraft)? І питання: чи дивимося ще бібліотеку MineDojo, чи тільки статтю?</p>"),
 ("12", "2024-02-12T14:02:39+00:00", None,
  "<p>" + mention("48", "417", 6) + " так, четверта твоя. MineDojo — це фреймворк і набір даних, можна коротко показати наприкінці, але фокус на статті.</p>"
  "<p>Розклад: четвер, 16:30, ауд. 3-214 (корпус Б) + трансляція в Teams. Перша зустріч — 22 лютого.</p>"),
 ("27", "2024-02-13T08:15:10+00:00", None,
  "<p>Корисне для підготовки: курс CS285 (Berkeley, відео лекцій) для RL-блоку і блог Lilian Weng про AutoML/NAS. Обидва не статті, просто фон.</p>"
  "<p>Ще пропоную завести таблицю з розподілом доповідей: " + a("https://docs.ml-seminar.example/sheet/spring-2024") + "</p>"),
 ("3", "2024-02-13T09:00:12+00:00", None,
  "<p>Тему закріплено. Нагадую правила розділу: без реклами курсів і без посилань на піратські PDF. Дякую!</p>"),
]

inc, rel = [], []
for i, (uid, when, kind, html) in enumerate(posts):
    pid = str(412 + i)
    rel.append({"type": "posts", "id": pid})
    if kind == "discussionStickied":
        attrs = {"number": i + 1, "createdAt": when, "contentType": "discussionStickied", "content": {"sticky": True}}
    else:
        attrs = {"number": i + 1, "createdAt": when, "contentType": "comment", "contentHtml": fill(html), "renderFailed": False,
                 "canEdit": False, "canDelete": False, "canHide": False, "mentionedByCount": 0, "canFlag": False,
                 "isApproved": True, "canLike": False, "likesCount": (3 * i + 1) % 5}
    inc.append({"type": "posts", "id": pid, "attributes": attrs,
                "relationships": {"user": {"data": {"type": "users", "id": uid}},
                                  "discussion": {"data": {"type": "discussions", "id": "57"}}}})
for uid, (un, dn, joined, dc, cc) in users.items():
    inc.append({"type": "users", "id": uid, "attributes": {"username": un, "displayName": dn, "avatarUrl": None, "slug": un,
                "joinTime": joined, "discussionCount": dc, "commentCount": cc, "canEdit": False, "canEditCredentials": False,
                "canEditGroups": False, "canDelete": False, "lastSeenAt": None, "canSuspend": False}})
inc.append({"type": "tags", "id": "4", "attributes": {"name": "Семінари", "description": "Наукові семінари кафедри", "slug": "seminary",
            "color": "#4a90d9", "backgroundUrl": None, "backgroundMode": None, "icon": "fas fa-chalkboard-teacher",
            "discussionCount": 23, "position": 2, "defaultSort": None, "isChild": False, "isHidden": False,
            "lastPostedAt": "2024-02-13T09:00:12+00:00", "canStartDiscussion": False, "canAddToDiscussion": False, "isRestricted": False}})
doc = {"data": {"type": "discussions", "id": "57", "attributes": {
    "title": "Весняний семінар: AutoML, оптимізація, RL і ML для науки — список статей",
    "slug": "57-seminar-automl-rl-nauka", "commentCount": len(posts) - 1, "participantCount": 5,
    "createdAt": posts[0][1], "lastPostedAt": posts[-1][1], "lastPostNumber": len(posts), "canReply": False,
    "canRename": False, "canDelete": False, "canHide": False, "isApproved": True, "canTag": False,
    "isSticky": True, "canSticky": False, "isLocked": False, "canLock": False, "subscription": None},
    "relationships": {"user": {"data": {"type": "users", "id": "12"}}, "posts": {"data": rel},
                      "tags": {"data": [{"type": "tags", "id": "4"}]}}},
    "included": inc}
s = json.dumps(doc, ensure_ascii=True, separators=(",", ":"))
s = s.replace('\\"', "\\u0022").replace("<", "\\u003C").replace(">", "\\u003E").replace("&", "\\u0026").replace("'", "\\u0027")
plain = "\n".join(p[3] and fill(p[3]) or "" for p in posts)
write_only(F604, s, keys(F604), forms=[plain])
