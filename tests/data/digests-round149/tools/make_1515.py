#!/usr/bin/env python3
"""1515: the raw body of an Are.na API v2 call (`curl -s -o contents.json
'https://api.are.na/v2/channels/mvl-reading-0f3k2/contents?per=24'`) for a Hebrew design studio's channel: one line
of Rails JSON (compact, raw UTF-8, `<` `>` `&` escaped as \\u003c \\u003e \\u0026, no final newline). Link blocks keep
the scraped page titles (arXiv's `[id] Title`), Text blocks the studio's Hebrew notes."""
import hashlib, html, json, os, sys
import datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1515)
USERS = {"noga": (318204, "noga-levi", "Noga Levi", "Noga", "Levi"),
         "itai": (402771, "itai-ben-ami", "Itai Ben Ami", "Itai", "Ben Ami"),
         "shira": (455019, "shira-a", "Shira Azoulay", "Shira", "Azoulay")}
T0 = dt.datetime(2024, 4, 21, 8, 3, 11, tzinfo=dt.timezone.utc)
ARX = {"name": "arXiv.org", "url": "https://arxiv.org"}
GH = {"name": "GitHub", "url": "https://github.com"}
YT = {"name": "YouTube", "url": "https://www.youtube.com"}
# (class, user, title, content, description, source url, source title, provider, hours after T0)
BLOCKS = [
    ("Link", "noga", f"[2103.00020] {T('2103.00020')}", "", "CLIP — נקודת ההתחלה של כל הערוץ. <b>לקרוא קודם</b> את סעיף 2.", "https://arxiv.org/abs/2103.00020", f"[2103.00020] {T('2103.00020')}", ARX, 0),
    ("Text", "noga", "", f"{T('2102.05918')} — ALIGN, אותו רעיון עם טקסט רועש בהרבה. אין קישור עדיין & לא ברור אם נציג.", "", None, None, None, 3),
    ("Link", "itai", f"[2204.14198] {T('2204.14198')}", "", "Flamingo: few-shot עם תמונות ווידאו משולבים בטקסט", "https://arxiv.org/abs/2204.14198", f"[2204.14198] {T('2204.14198')}", ARX, 26),
    ("Text", "itai", "", f"{T('2106.13884')} (Frozen) — קודם ל-Flamingo, מודל שפה קפוא. בלי קישור.", "", None, None, None, 27),
    ("Link", "shira", "GitHub - mlfoundations/open_clip: An open source implementation of CLIP.", "", "הקוד, לא מאמר. משקלים ל-ViT-B/32 ו-ViT-H/14", "https://github.com/mlfoundations/open_clip", "GitHub - mlfoundations/open_clip: An open source implementation of CLIP.", GH, 50),
    ("Link", "shira", f"[2304.08485] {T('2304.08485')}", "", "LLaVA; הדמו שלהם עבד יפה על הסקיצות שלנו", "https://arxiv.org/abs/2304.08485", f"[2304.08485] {T('2304.08485')}", ARX, 74),
    ("Text", "noga", "", f"{T('2303.15343')} — SigLIP, arXiv:2303.15343 (מהשקפים של ההרצאה, אין קישור)", "", None, None, None, 98),
    ("Link", "itai", "2304.02643.pdf", "", f"{T('2304.02643')} — ה-PDF עצמו, בשביל האיורים של המסכות", "https://arxiv.org/pdf/2304.02643.pdf", "2304.02643.pdf", ARX, 121),
    ("Media", "shira", "Vision-language models for designers — talk (recording)", "", "הרצאה מהכנס בתל אביב, 41 דקות. לא מאמר.", "https://www.youtube.com/watch?v=Lq8vWc3ZtNo", "Vision-language models for designers — talk (recording)", YT, 140),
    ("Text", "shira", "", f"לשבוע הבא: {T('2307.15818')} (RT-2) — רובוטיקה, אולי מחוץ לתחום שלנו > אבל שווה הצצה", "", None, None, None, 163),
    ("Image", "noga", "לוח השוואה.png", "", "צילום מסך של הלוח מהפגישה, 4 עמודות", None, None, None, 170),
]


def iso(h, extra_s=0):
    t = T0 + dt.timedelta(hours=h, seconds=extra_s)
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"


def para(s):
    return f"<p>{html.escape(s, quote=False)}</p>" if s else ""


def ms(i):
    return int(hashlib.md5(f"arena{i}".encode()).hexdigest()[:3], 16) % 1000 / 1000


def block(i, b):
    cls, who, title, content, desc, url, stitle, prov, h = b
    uid, slug, full, first, last = USERS[who]
    bid = 27840113 + i * 3187 + (i * i) % 41
    created = iso(h, ms(i))
    img = None
    if cls in ("Link", "Image", "Media"):
        stamp = int((T0 + dt.timedelta(hours=h)).timestamp())
        base = f"https://d2w9rnfcy7mm78.cloudfront.net/{bid}/"
        fn = hashlib.md5(f"img{i}".encode()).hexdigest()[:24] + ".png"
        img = {"filename": fn, "content_type": "image/png", "updated_at": created,
               "thumb": {"url": f"{base}thumb_{fn}?{stamp}?bc=0"}, "display": {"url": f"{base}display_{fn}?{stamp}?bc=0"},
               "original": {"url": f"{base}original_{fn}?{stamp}?bc=0", "file_size": 20480 + i * 7919, "file_size_display": f"{(20480 + i * 7919) / 1024:.1f} KB"}}
    return {"id": bid, "title": title or None, "updated_at": created, "created_at": created, "state": "available",
            "comment_count": 1 if i == 2 else 0, "generated_title": title or (content[:37] + "..." if len(content) > 40 else content),
            "content_html": para(content), "description_html": para(desc), "visibility": "public", "content": content,
            "description": desc, "source": {"url": url, "title": stitle, "provider": prov} if url else None, "image": img,
            "embed": {"url": None, "type": "video", "title": stitle, "author_name": "ETL Studio", "author_url": "https://www.youtube.com/@etl-studio",
                      "source_url": None, "thumbnail_url": None, "width": 480, "height": 270,
                      "html": f'<iframe width="480" height="270" src="https://www.youtube.com/embed/{url.rsplit("=", 1)[1]}?feature=oembed" frameborder="0" allowfullscreen></iframe>'} if cls == "Media" else None,
            "attachment": None, "metadata": None, "base_class": "Block", "class": cls,
            "user": {"id": uid, "slug": slug, "username": full, "first_name": first, "last_name": last, "full_name": full,
                     "avatar": f"https://d2w9rnfcy7mm78.cloudfront.net/avatars/{uid}/small.png", "channel_count": 7 + uid % 11,
                     "following_count": uid % 37, "follower_count": uid % 53, "profile_id": uid + 1000000, "initials": first[0] + last[0]},
            "position": i + 1, "selected": False, "connection_id": 59211000 + i * 517, "connected_at": iso(h, ms(i) + 0.4),
            "connected_by_user_id": uid, "connected_by_username": full, "connected_by_user_slug": slug}


def body():
    return {"contents": [block(i, b) for i, b in enumerate(BLOCKS)], "length": len(BLOCKS), "per": 24,
            "current_page": 1, "total_pages": 1, "channel_title": "מודלים של ראייה ושפה — קריאה"}


def rails(v):
    s = json.dumps(v, ensure_ascii=False, separators=(",", ":"))
    return s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


if __name__ == "__main__":
    b = body()
    write_only(F, rails(b), keys(F), forms=[json.dumps(b, ensure_ascii=False)])
