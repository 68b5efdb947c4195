#!/usr/bin/env python3
"""652: a Gitter REST API v1 response (GET /v1/rooms/:roomId/chatMessages?limit=50), compact JSON as the API sends it:
messages with 24-hex ObjectId ids (first 8 hex = the sent second), text (Markdown) and html (Gitter's rendering: links
with rel/target/class, mentions as spans, code), sent / editedAt ISO ms, fromUser, unread, readBy, urls, mentions,
issues, meta, v. An Indonesian room on LLM systems and long context."""
import html as H, json, os, re, sys, datetime
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import F652, keys

USERS = {"rizkyp": ("5f0c2a9b3e1d4c0011a7b201", "Rizky Pratama"), "dewi-ls": ("5e91d4f07a2b3c00128e44c9", "Dewi Lestari"),
         "bagas.w": ("60a3b1c2d4e5f60013b9c0d1", "Bagas Wicaksono"), "nurul-h": ("5d77e3a1b2c3d40014f0aa12", "Nurul Hidayah"),
         "gitter-badger": ("54a2fa80db8155e6700e42c3", "The Gitter Badger")}
msgs = []
n = [0]


def render(text):
    parts = text.split("`")
    out = []
    for i, p in enumerate(parts):
        if i % 2:
            out.append(f"<code>{H.escape(p)}</code>"); continue
        s = H.escape(p)
        s = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)
        s = re.sub(r"(?<![\w\"/])(https?://[^\s<)]+)", lambda m: f'<a href="{m.group(1)}" rel="nofollow noopener noreferrer" target="_blank" class="link ">{m.group(1)}</a>', s)
        s = re.sub(r"(?<![\w/])@([\w.-]+\w)", lambda m: f'<span data-link-type="mention" data-screen-name="{m.group(1)}" class="mention">@{m.group(1)}</span>', s)
        out.append(s)
    return "<br>".join("".join(out).split("\n"))


def msg(user, sent, text, edited=None, readby=7):
    ts = datetime.datetime.strptime(sent, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=datetime.timezone.utc)
    n[0] += 1
    mid = f"{int(ts.timestamp()):08x}" + f"{0x3c9e51a2f0:010x}" + f"{0x1b0000 + n[0] * 37:06x}"
    uid, name = USERS[user]
    urls = [{"url": u} for u in re.findall(r"(?<![\w\"/])(https?://[^\s<)`]+)", text)]
    mentions = [{"screenName": m, "userId": USERS[m][0], "userIds": []} for m in re.findall(r"(?<![\w/])@([\w.-]+\w)", text) if m in USERS]
    msgs.append({"id": mid, "text": text, "html": render(text), "sent": sent, "editedAt": edited,
                 "fromUser": {"id": uid, "username": user, "displayName": name, "url": "/" + user,
                              "avatarUrl": f"https://avatars-05.gitter.im/gh/uv/4/{user}",
                              "avatarUrlSmall": f"https://avatars2.githubusercontent.com/u/{int(uid[-6:], 16)}?v=4&s=60",
                              "avatarUrlMedium": f"https://avatars2.githubusercontent.com/u/{int(uid[-6:], 16)}?v=4&s=128",
                              "v": 14, "gv": "4"},
                 "unread": False, "readBy": readby, "urls": urls, "mentions": mentions, "issues": [], "meta": [], "v": 2 if edited else 1})


msg("gitter-badger", "2024-03-11T02:10:05.118Z", "**komunitas-ml-id/llm-sistem** on Gitter: ruang diskusi sistem LLM (training terdistribusi, inference, konteks panjang).", readby=31)
msg("rizkyp", "2024-03-11T02:14:41.602Z",
    f"Pagi semua. Untuk sesi Kamis tentang paralelisme model, bacaan wajibnya:\n**{T('1909.08053')}** ({au('1909.08053')})\nhttps://arxiv.org/abs/1909.08053")
msg("dewi-ls", "2024-03-11T02:20:09.377Z",
    f"@rizkyp sekalian yang MoE ya? {T('1701.06538')} — {au('1701.06538')}, ICLR 2017. Terus lanjut ke {T('2006.16668')} ({au('2006.16668')}). Dua-duanya penting buat bagian sharding.")
msg("rizkyp", "2024-03-11T02:22:53.904Z", "@dewi-ls setuju, tapi MoE kita geser ke minggu depan biar tidak kepanjangan")
msg("bagas.w", "2024-03-11T03:05:17.250Z",
    f"Buat yang ngurus serving: {T('2309.06180')}\nhttps://arxiv.org/pdf/2309.06180.pdf\nini dasar vLLM. Di server lab sudah terpasang `vllm==0.3.3`, silakan coba `python -m vllm.entrypoints.openai.api_server`.",
    edited="2024-03-11T03:06:40.811Z")
msg("nurul-h", "2024-03-11T03:41:30.029Z",
    f"Kernel attention: {T('2307.08691')} ({au('2307.08691')}), arXiv:2307.08691. Ada yang sudah benchmark di A100 kita? Repo `flash-attention` build-nya lama banget (~40 menit).")
msg("bagas.w", "2024-03-11T03:44:02.615Z", "@nurul-h sudah, pakai wheel yang prebuilt saja, jangan compile dari source. Hasilnya nanti saya taruh di wiki lab.")
msg("dewi-ls", "2024-03-11T06:12:48.480Z",
    f"Topik konteks panjang (sesi 3):\n1. {T('2306.15595')} https://arxiv.org/abs/2306.15595\n2. {T('2307.03172')} — {au('2307.03172')}, TACL 2024\n\nYang kedua tidak perlu link, PDF-nya sudah ada di drive bersama.")
msg("rizkyp", "2024-03-11T06:30:11.902Z",
    f"Satu lagi yang klasik untuk perangkat edge: {T('2004.11886')} ({au('2004.11886')}, ICLR 2020). Relevan untuk proyek HP murah-nya @bagas.w")
msg("bagas.w", "2024-03-11T06:33:27.164Z", "@rizkyp :+1: nanti saya rangkum. Btw jangan lupa blog \"The Illustrated Transformer\" dan kursus Full Stack LLM Bootcamp buat anggota baru — itu bukan paper, tapi pengantar yang bagus.")
msg("nurul-h", "2024-03-11T09:58:40.533Z", "Pengumuman: jadwal GPU minggu ini di https://wiki.komunitas-ml.example.id/gpu-jadwal — slot Jumat malam masih kosong.")
text = json.dumps(msgs, ensure_ascii=False, separators=(",", ":"))
write_only(F652, text, keys(F652), [H.unescape(text)])
