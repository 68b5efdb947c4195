#!/usr/bin/env python3
"""672: a Miniflux 2.1 REST API response to GET /v1/entries?status=unread&order=published_at&direction=desc&limit=50:
Go encoding/json output (compact, no final newline, "<" ">" "&" escaped as \\u003c \\u003e \\u0026, raw UTF-8), fields
in the model.Entry order (id, user_id, feed_id, status, hash, title, url, comments_url, published_at, created_at,
changed_at, content, author, share_code, starred, reading_time, enclosures, feed, tags), RFC 3339 times with the user's
+03:00 zone (nanoseconds trimmed), sha256 hashes, the feed object with its category and icon, reading_time =
ceil(words / 265). Feeds: arXiv cs.CV RSS (new 2024 format: "arXiv:…v2 Announce Type: replace"), a Russian lab blog,
a Telegram channel through RSSHub, the Hugging Face blog and a GitHub releases Atom feed. Russian reader on diffusion."""
import hashlib, json, math, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, abstract, write_only, OR
from make_expected import F672, keys

USER = 3
CATS = {"papers": {"id": 11, "title": "Статьи", "user_id": USER, "hide_globally": False},
        "blogs": {"id": 12, "title": "Блоги", "user_id": USER, "hide_globally": False},
        "soft": {"id": 13, "title": "Софт", "user_id": USER, "hide_globally": False}}


def feed(i, url, site, title, cat, checked, icon=None):
    return {"id": i, "user_id": USER, "feed_url": url, "site_url": site, "title": title, "checked_at": checked,
            "next_check_at": "0001-01-01T00:00:00Z", "etag_header": "", "last_modified_header": "", "parsing_error_message": "",
            "parsing_error_count": 0, "scraper_rules": "", "rewrite_rules": "", "crawler": False, "blocklist_rules": "",
            "keeplist_rules": "", "urlrewrite_rules": "", "user_agent": "", "cookie": "", "username": "", "password": "",
            "disabled": False, "no_media_player": False, "ignore_http_cache": False, "allow_self_signed_certificates": False,
            "fetch_via_proxy": False, "hide_globally": False, "apprise_service_urls": "", "category": CATS[cat],
            "icon": {"feed_id": i, "icon_id": icon} if icon else None}


FARX = feed(41, "https://rss.arxiv.org/rss/cs.CV", "http://arxiv.org/", "cs.CV updates on arXiv.org", "papers", "2024-05-14T08:00:12.481903+03:00", 7)
FBLOG = feed(42, "https://gen-lab.example.ru/blog/index.xml", "https://gen-lab.example.ru/blog/", "Заметки лаборатории генеративных моделей", "blogs", "2024-05-14T08:00:13.90112+03:00", 8)
FTG = feed(43, "https://rsshub.example.net/telegram/channel/diffusion_digest_ru", "https://t.me/s/diffusion_digest_ru", "Диффузионный дайджест – Telegram", "blogs", "2024-05-14T08:00:14.2201+03:00")
FHF = feed(44, "https://huggingface.co/blog/feed.xml", "https://huggingface.co/blog", "Hugging Face - Blog", "blogs", "2024-05-14T08:00:15.0029+03:00", 9)
FGH = feed(45, "https://github.com/comfyanonymous/ComfyUI/releases.atom", "https://github.com/comfyanonymous/ComfyUI/releases", "Release notes from ComfyUI", "soft", "2024-05-14T08:00:15.77+03:00", 10)
entries = []


def entry(i, f, title, url, pub, created, content, author, guid, starred=False, comments=""):
    words = len(re.sub(r"<[^>]+>", " ", content).split())
    entries.append({"id": i, "user_id": USER, "feed_id": f["id"], "status": "unread", "hash": hashlib.sha256(guid.encode()).hexdigest(),
                    "title": title, "url": url, "comments_url": comments, "published_at": pub, "created_at": created,
                    "changed_at": created, "content": content, "author": author, "share_code": "", "starred": starred,
                    "reading_time": math.ceil(words / 265), "enclosures": None, "feed": f, "tags": []})


def arx(i, key, ver, kind, pub, created):
    a = authors(key)
    entry(i, FARX, T(key), f"https://arxiv.org/abs/{key}", pub, created,
          f"arXiv:{key}{ver} Announce Type: {kind} \nAbstract: {abstract(key)}", ", ".join(a), f"oai:arXiv.org:{key}{ver}")


arx(90412, "2307.01952", "v2", "replace", "2024-05-14T07:00:00+03:00", "2024-05-14T08:00:12.77251+03:00")
arx(90418, "2302.05543", "v3", "replace-cross", "2024-05-14T07:00:00+03:00", "2024-05-14T08:00:12.79003+03:00")
blog = (
    "<p>Это конспект нашего весеннего семинара по диффузионным моделям. Порядок чтения, который мы в итоге выбрали:</p>"
    "<ol>"
    f"<li><a href=\"https://arxiv.org/abs/2006.11239\" rel=\"noopener noreferrer\" target=\"_blank\" referrerpolicy=\"no-referrer\">{T('2006.11239')}</a> "
    f"({', '.join(authors('2006.11239'))}, NeurIPS 2020) — базовая постановка и упрощённая функция потерь.</li>"
    f"<li>{T('2011.13456')} ({', '.join(authors('2011.13456')[:3])} и др., ICLR 2021) — обсуждение рецензентов на "
    f"<a href=\"https://openreview.net/forum?id={OR('2011.13456')}\" rel=\"noopener noreferrer\" target=\"_blank\" referrerpolicy=\"no-referrer\">OpenReview</a>; "
    "прямая и обратная СДУ, вероятностное ОДУ.</li>"
    f"<li>{T('2303.01469')} ({', '.join(authors('2303.01469'))}, arXiv:2303.01469) — генерация за один шаг; сравнивали с дистилляцией.</li>"
    f"<li>{T('2009.09761')} ({', '.join(authors('2009.09761')[:3])} и др.) — тот же аппарат для звука; ссылку добавим позже.</li>"
    "</ol>"
    "<p>Код семинара лежит в нашем репозитории (<a href=\"https://git.gen-lab.example.ru/seminar/diffusion-2024\" rel=\"noopener noreferrer\" target=\"_blank\" referrerpolicy=\"no-referrer\">git.gen-lab.example.ru</a>), "
    "обучение шло на библиотеке diffusers &amp; PyTorch 2.3. Это не статьи, а инструменты.</p>"
    "<p>Следующая встреча — 21 мая, ауд. 512, корпус Б. Вопросы — в чат семинара.</p>")
entry(90420, FBLOG, "Семинар по диффузии: итоги весеннего цикла", "https://gen-lab.example.ru/blog/2024/05/diffusion-seminar-itogi/",
      "2024-05-13T18:40:00+03:00", "2024-05-14T08:00:13.91544+03:00", blog, "Ирина Соколова", "https://gen-lab.example.ru/blog/2024/05/diffusion-seminar-itogi/", starred=True)
tg = (f"<p>🔥 Подборка про персонализацию text-to-image:</p><p>1) «{T('2208.01618')}» — {', '.join(authors('2208.01618')[:3])} и др.; "
      f"один новый токен в словаре вместо дообучения модели.<br>2) «{T('2208.12242')}» — {', '.join(authors('2208.12242')[:3])} и др.; "
      "дообучаем всю модель на 3–5 фото + prior preservation loss.</p>"
      "<p>Ссылки на статьи, как обычно, в комментариях 👇 А ноутбук для Colab — в закрепе.</p>")
entry(90415, FTG, "🔥 Подборка про персонализацию text-to-image: 1) «An Image is Worth One…", "https://t.me/diffusion_digest_ru/1187",
      "2024-05-13T21:05:31+03:00", "2024-05-14T08:00:14.30102+03:00", tg, "Диффузионный дайджест", "https://t.me/diffusion_digest_ru/1187",
      comments="https://t.me/diffusion_digest_ru/1187?comment=1")
hf = ("<p>We walk through training a LoRA for a text-to-image pipeline with <code>diffusers</code> and <code>peft</code>, "
      "then merging adapters &amp; swapping them at inference time.</p><p><img src=\"https://huggingface.co/blog/assets/lora-merge/thumbnail.png\" alt=\"thumbnail\" loading=\"lazy\"></p>")
entry(90409, FHF, "Merging LoRA adapters in diffusers", "https://huggingface.co/blog/lora-adapters-dynamic-loading",
      "2024-05-13T02:00:00+03:00", "2024-05-13T08:00:10.1203+03:00", hf, "", "https://huggingface.co/blog/lora-adapters-dynamic-loading")
gh = ("<ul><li>Fix memory estimation for SD3 VAE</li><li>Add <code>--fast</code> flag for fp8 matmul on supported GPUs</li>"
      "<li>New nodes: ImageScaleToTotalPixels, ModelMergeSubtract</li></ul>")
entry(90401, FGH, "v0.0.4", "https://github.com/comfyanonymous/ComfyUI/releases/tag/v0.0.4", "2024-05-12T16:22:47+03:00",
      "2024-05-12T18:00:09.88+03:00", gh, "comfyanonymous", "tag:github.com,2008:Repository/589831718/v0.0.4")
entries.sort(key=lambda e: e["published_at"], reverse=True)
raw = json.dumps({"total": len(entries), "entries": entries}, ensure_ascii=False, separators=(",", ":"))
raw = raw.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
strings = json.loads(raw)
import html as _h
forms = [_h.unescape(re.sub(r"<[^>]+>", "", e["content"])) for e in strings["entries"]]
write_only(F672, raw, keys(F672), forms=forms)
