#!/usr/bin/env python3
"""2262: the group chat of an LLM reading group of students at Çukurova Üniversitesi (Adana) on Instagram, from the
account owner's «Download your information» archive (JSON): your_instagram_activity/messages/inbox/<thread>/message_1.json
(as remembered: top-level «participants», «messages» (newest first), «title», «is_still_participant», «thread_path»,
«magic_words»; each message «sender_name», «timestamp_ms», then «content», «share» {«link», «share_text»} or «photos»
[{«uri», «creation_timestamp»}], «reactions» [{«reaction», «actor»}], «is_geoblocked_for_viewer»,
«is_unsent_image_by_messenger_kid_parent»; two-space indentation; every string written as Meta writes it: its UTF-8
bytes read as Latin-1 and escaped «\\u00XX» — the well-known mojibake —, so the file is pure ASCII; no final line break).
Turkish with English titles.
Computed: timestamp_ms from the Istanbul time (UTC+03:00; increasing, asserted; written newest first), the mojibake
escapes, the photo uri from the thread path."""
import datetime as dt, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_raw
from make_expected import by_num, keys
F = by_num(2262)
IST = dt.timezone(dt.timedelta(hours=3))
Z, E, L, M = "Zeynep Yıldız", "Emre Kaya", "Elif Şahin", "Mert Demir"
THREAD = "inbox/llmokumagrubu_1083746251984433"
BASE = "your_instagram_activity/messages/"
# (local time, sender, content, extra)
MSGS = [
 ("2026-04-10 20:14:08", Z, "Selam arkadaşlar 👋 Bu dönem büyük dil modellerinin ölçeklenmesi ve servis edilmesi üzerine "
  "okuyoruz. Toplantılar perşembe 15:00, Bilgisayar Mühendisliği B-204.", {}),
 ("2026-04-10 20:15:31", Z, f"1. hafta: {T('2005.14165')} (GPT-3)", {}),
 ("2026-04-10 20:15:40", Z, "https://arxiv.org/abs/2005.14165",
  {"share": {"link": "https://arxiv.org/abs/2005.14165", "share_text": "arXiv.org"}}),
 ("2026-04-10 20:21:02", E, f"{T('2302.13971')} da olsun bence, açık modellerin başlangıcı sayılır", {}),
 ("2026-04-10 20:33:47", L, f"MoE için klasik makale: {T('1701.06538')} — ICLR 2017 sürümü OpenReview'da: "
  f"https://openreview.net/forum?id={OR('1701.06538')}",
  {"share": {"link": f"https://openreview.net/forum?id={OR('1701.06538')}", "share_text": "OpenReview"}}),
 ("2026-04-10 20:40:19", M, f"{T('2006.16668')} http://arxiv.org/abs/2006.16668 bu da MoE'yi 600 milyar parametreye "
  "taşıyan Google makalesi", {}),
 ("2026-04-10 21:02:55", E, f"{T('1909.08053')} ve {T('2205.01068')} de listede olsun, ikisi de eğitim altyapısı "
  "açısından önemli. Linkleri sonra atarım", {"reactions": [("👍", Z), ("👍", M)]}),
 ("2026-04-11 10:12:30", L, "", {"photos": "1786430219937465_2149873360521877.jpg"}),
 ("2026-04-11 10:12:51", L, "dünkü tahtanın fotoğrafı, paralellik türlerini çizmiştik", {}),
 ("2026-04-11 11:45:06", M, f"Servis tarafı için vLLM'in makalesi: {T('2309.06180')} https://arxiv.org/pdf/2309.06180.pdf",
  {"reactions": [("❤", E)]}),
 ("2026-04-11 12:03:18", Z, f"{T('2307.08691')} (2307.08691) — Tri Dao'nun tek yazarlı makalesi, kernel kısmı biraz ağır", {}),
 ("2026-04-11 18:27:44", E, 'Makale olmayanlar: Chip Huyen\'in "Designing Machine Learning Systems" kitabı, Stanford\'un '
  'CS336 dersi (Language Modeling from Scratch, YouTube\'da var), Hugging Face\'in "The Ultra-Scale Playbook" yazısı '
  "ve vLLM'in kendisi (GitHub). Türkçe veri için de OSCAR'ın Türkçe kısmına bakabiliriz.", {}),
 ("2026-04-11 18:30:02", Z, "Süper, teşekkürler 🙏", {"reactions": [("❤", E), ("❤", L)]}),
]


def moj(s):
    """Meta's export: UTF-8 bytes read as Latin-1"""
    return s.encode("utf-8").decode("latin-1")


msgs, prev = [], None
for when, who, content, extra in MSGS:
    t = dt.datetime.strptime(when, "%Y-%m-%d %H:%M:%S").replace(tzinfo=IST)
    assert prev is None or t > prev
    prev = t
    ms = int(t.timestamp()) * 1000 + (sum(map(ord, content)) % 1000)
    m = {"sender_name": moj(who), "timestamp_ms": ms}
    if "photos" in extra:
        m["photos"] = [{"uri": f"{BASE}{THREAD}/photos/{extra['photos']}", "creation_timestamp": int(t.timestamp())}]
    else:
        m["content"] = moj(content)
    if "share" in extra:
        m["share"] = {k: moj(v) for k, v in extra["share"].items()}
    if "reactions" in extra:
        m["reactions"] = [{"reaction": moj(r), "actor": moj(a)} for r, a in extra["reactions"]]
    m["is_geoblocked_for_viewer"] = False
    m["is_unsent_image_by_messenger_kid_parent"] = False
    msgs.append(m)
out = {"participants": [{"name": moj(n)} for n in (M, L, E, Z)], "messages": msgs[::-1],
       "title": moj("LLM okuma grubu 🤖"), "is_still_participant": True, "thread_path": THREAD, "magic_words": []}
raw = json.dumps(out, indent=2, ensure_ascii=True)
assert raw.isascii()
dec = "\n".join(x.encode("latin-1").decode("utf-8") for m in out["messages"] for x in
                [m.get("content", "")] + list(m.get("share", {}).values()))
write_raw(F, raw.encode("ascii"), [raw, dec], keys(F))
