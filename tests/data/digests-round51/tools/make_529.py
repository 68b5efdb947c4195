#!/usr/bin/env python3
"""529: a Skype data export's messages.json (Settings > Account & Profile > Export: the tar holds messages.json):
userId, exportDate, and one conversation, a Turkish PhD students' LLM reading group, with its MessageList (newest
first, as the export writes it). Message content is Skype's RichText markup: auto-linked URLs as <a href>, quotes as
<quote><legacyquote>, emoticons as <ss>, apostrophes and quotes as &apos; / &quot;; plus a file share
(RichText/UriObject), a call event (Event/Call), member and topic updates (ThreadActivity). Papers: arXiv abs / pdf
links (link), "arXiv 2306.15595" typed (arxiv-text), titles in quotes and in running text (title-only). Not papers:
BIG-bench's repository, the llm-attacks site, leaderboards, llama.cpp, a talk video, a blog post."""
import json, os, sys
from datetime import datetime, timedelta, timezone
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F529, keys
import html as _html

ME = "8:live:.cid.7d21c0a94be5f3a1"
P = {"deniz": ("8:live:.cid.7d21c0a94be5f3a1", "Deniz Aksoy"),
     "ece": ("8:live:ece.yalcin_3", "Ece Yalçın"),
     "burak": ("8:live:.cid.51a0f3e2c9d8b7a4", "Burak Şahin"),
     "zeynep": ("8:zeynep.kara.ml", "Zeynep Kara"),
     "mert": ("8:live:.cid.e09b2d44a1c6f750", "Mert Öztürk")}
CONV = "19:4b7f0e2a9c1d43e8a5f6b2c7d8e9f0a1@thread.skype"


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;").replace("'", "&apos;")


def a(url):
    return f'<a href="{url}">{url}</a>'


def q(title):
    return "&quot;" + esc(title) + "&quot;"


t0 = datetime(2024, 2, 6, 18, 2, 11, 412000, tzinfo=timezone.utc)
msgs = []
seq = [0]


def add(who, minutes, content, mtype="RichText", props=None):
    t = t0 + timedelta(minutes=minutes, seconds=seq[0] * 7 % 53)
    seq[0] += 1
    ms = int(t.timestamp() * 1000)
    m = {"id": str(ms), "displayName": P[who][1] if who else None,
         "originalarrivaltime": t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z",
         "messagetype": mtype, "version": ms, "content": content, "conversationid": CONV,
         "from": P[who][0] if who else ME, "properties": props, "amsreferences": None}
    msgs.append(m)


add("deniz", 0, '<addmember><eventtime>1707242531412</eventtime><initiator>8:live:.cid.7d21c0a94be5f3a1</initiator>'
    '<target>8:live:.cid.e09b2d44a1c6f750</target></addmember>', "ThreadActivity/AddMember")
add("deniz", 1, "Mert&apos;i de ekledim <ss type=\"wave\">(wave)</ss> Bu dönem LLM okuma grubu burada dönecek, "
    "Teams yerine Skype çünkü hocanın hesabı burada <ss type=\"laugh\">:D</ss>")
add("mert", 3, "Merhaba herkese, teşekkürler!")
add("deniz", 5, "İlk hafta: " + esc(T("2302.13971")) + " " + a("https://arxiv.org/abs/2302.13971") + " Perşembe 19:00, sunumu ben yaparım")
add("ece", 9, "Bence LLaMA&apos;dan önce " + esc(T("2203.15556")) + " okunmalı, LLaMA&apos;nın bütün veri/parametre "
    "oranı tartışması oradan geliyor " + a("https://arxiv.org/pdf/2203.15556.pdf"))
add("burak", 11, '<quote author="live:ece.yalcin_3" authorname="Ece Yalçın" timestamp="' + msgs[-1]["id"][:10] + '" '
    'conversation="' + CONV + '" messageid="' + msgs[-1]["id"] + '" cuid="8812734410982736512">'
    '<legacyquote>[6.02.2024 21:' + msgs[-1]["originalarrivaltime"][14:16] + '] Ece Yalçın: </legacyquote>Bence LLaMA&apos;dan önce Chinchilla okunmalı'
    '<legacyquote>\n\n&lt;&lt;&lt; </legacyquote></quote>katılıyorum, ikisini aynı hafta yapalım?')
add("deniz", 13, "Tamam, 1. hafta Chinchilla + LLaMA <ss type=\"like\">(y)</ss>")
add("deniz", 14, "<topicupdate><eventtime>1707243420412</eventtime><initiator>8:live:.cid.7d21c0a94be5f3a1"
    "</initiator><value>LLM okuma grubu – Bahar 2024</value></topicupdate>", "ThreadActivity/TopicUpdate")
add("zeynep", 40, "2. hafta için öneri: " + q(T("2306.11644")) + " (phi-1). Veri kalitesi argümanı Chinchilla ile "
    "güzel tartışılır bence")
add("mert", 44, "Ben de MoE tarafını merak ediyorum. " + esc(T("2101.03961")) + " JMLR versiyonu daha uzun ve "
    "temiz: " + a("https://jmlr.org/papers/v23/21-0998.html"))
add("burak", 47, "Switch 39 sayfa ama <ss type=\"sweat\">(sweat)</ss>")
add("zeynep", 52, '<URIObject type="File.1" uri="https://api.asm.skype.com/v1/objects/0-weu-d11-6f3c0e8a1b2d4c5e9f7a6b8c0d1e2f3a" '
    'url_thumbnail="https://api.asm.skype.com/v1/objects/0-weu-d11-6f3c0e8a1b2d4c5e9f7a6b8c0d1e2f3a/views/thumbnail">'
    '<Title>Title: okuma_takvimi_bahar2024.xlsx</Title><Description> Description: okuma_takvimi_bahar2024.xlsx</Description>'
    '<a href="https://login.skype.com/login/sso?go=webclient.xmm&amp;docid=0-weu-d11-6f3c0e8a1b2d4c5e9f7a6b8c0d1e2f3a">'
    'https://login.skype.com/login/sso?go=webclient.xmm&amp;docid=0-weu-d11-6f3c0e8a1b2d4c5e9f7a6b8c0d1e2f3a</a>'
    '<OriginalName v="okuma_takvimi_bahar2024.xlsx"></OriginalName><FileSize v="18422"></FileSize></URIObject>',
    "RichText/UriObject")
add("zeynep", 53, "Takvimi yükledim, düzenleyebilirsiniz")
add("ece", 60 * 24 * 2, "Değerlendirme haftası için: " + esc(T("2306.05685")) + " " + a("https://arxiv.org/abs/2306.05685") +
    " ve leaderboard: " + a("https://chat.lmsys.org/?leaderboard"))
add("burak", 60 * 24 * 2 + 6, "Bir de BIG-bench var, " + q(T("2206.04615")) + " – görev listesi repo&apos;da: " +
    a("https://github.com/google/BIG-bench"))
add("mert", 60 * 24 * 2 + 9, "Open LLM Leaderboard da dursun " + a("https://huggingface.co/spaces/open-llm-leaderboard/open_llm_leaderboard"))
add("deniz", 60 * 24 * 2 + 15, '<partlist type="started" alt=""><part identity="8:live:.cid.7d21c0a94be5f3a1">'
    '<name>Deniz Aksoy</name></part></partlist>', "Event/Call")
add("deniz", 60 * 24 * 2 + 76, '<partlist type="ended" alt=""><part identity="8:live:.cid.7d21c0a94be5f3a1">'
    '<name>Deniz Aksoy</name><duration>3641</duration></part><part identity="8:live:ece.yalcin_3">'
    '<name>Ece Yalçın</name><duration>3588</duration></part><part identity="8:zeynep.kara.ml">'
    '<name>Zeynep Kara</name><duration>2410</duration></part></partlist>', "Event/Call")
add("zeynep", 60 * 24 * 2 + 80, "Toplantı notu: güvenlik haftasına " + esc(T("2307.15043")) + " eklensin, "
    "demo sitesi " + a("https://llm-attacks.org/") + " <ss type=\"surprised\">:O</ss>")
add("mert", 60 * 24 * 6, "Uzun bağlam için: " + q(T("2306.15595")) + ", arXiv 2306.15595 — RoPE ölçekleme, "
    "llama.cpp&apos;de de var " + a("https://github.com/ggerganov/llama.cpp"))
add("ece", 60 * 24 * 6 + 3, "Karpathy&apos;nin &quot;Intro to Large Language Models&quot; videosu yeni başlayanlar "
    "için iyi " + a("https://www.youtube.com/watch?v=zjkBMFhNj_g"))
add("deniz", 60 * 24 * 6 + 5, "Bu arada kimse Gemini raporunu listeye koymasın, 60 sayfa <ss type=\"laugh\">:D</ss>")
add("burak", 60 * 24 * 6 + 8, "<b raw_pre=\"*\" raw_post=\"*\">Hatırlatma:</b> sunum yapan kişi slaytları Drive&apos;a "
    "atsın, geçen dönemki gibi kaybolmasın")
msgs.sort(key=lambda m: m["originalarrivaltime"], reverse=True)
members = json.dumps([v[0] for v in P.values()])
export = {"userId": ME, "exportDate": "2024-02-20T09:14:52",
          "conversations": [
              {"id": "8:live:.cid.51a0f3e2c9d8b7a4", "displayName": "Burak Şahin", "version": 1707899200145,
               "properties": {"conversationblocked": False, "lastimreceivedtime": "2024-02-14T08:26:40.145Z",
                              "consumptionhorizon": "1707899200145;1707899210000;1707899200145", "conversationstatus": None},
               "threadProperties": None,
               "MessageList": [
                   {"id": "1707899200145", "displayName": "Burak Şahin", "originalarrivaltime": "2024-02-14T08:26:40.145Z",
                    "messagetype": "RichText", "version": 1707899200145,
                    "content": "Bugün ofise gelmiyorum, GPU kuyruğuna iş attım, bakarsan sevinirim", "conversationid":
                    "8:live:.cid.51a0f3e2c9d8b7a4", "from": "8:live:.cid.51a0f3e2c9d8b7a4", "properties": None,
                    "amsreferences": None}]},
              {"id": CONV, "displayName": "LLM okuma grubu \U0001F4DA", "version": int(msgs[0]["id"]),
               "properties": {"conversationblocked": False, "lastimreceivedtime": msgs[0]["originalarrivaltime"],
                              "consumptionhorizon": f"{msgs[0]['id']};{int(msgs[0]['id']) + 5000};{msgs[0]['id']}",
                              "conversationstatus": None},
               "threadProperties": {"membercount": 5, "members": members, "topic": "LLM okuma grubu – Bahar 2024"},
               "MessageList": msgs}]}
text = json.dumps(export, ensure_ascii=False) + "\n"
contents = [m["content"] for c in export["conversations"] for m in c["MessageList"]]
write_only(F529, text, keys(F529), forms=[_html.unescape(c) for c in contents])
