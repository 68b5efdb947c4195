#!/usr/bin/env python3
"""Builds digests/210_ms_graph_teams_chat_messages_german_peft_circle.json: the answer of Microsoft Graph
`GET /v1.0/chats/{chat-id}/messages?$top=50&$orderby=createdDateTime desc` for a Teams group chat
("PEFT-Lesekreis", German) saved with `curl -o` — compact JSON as the service sends it (UTF-8 kept, no final
newline). Layout: @odata.context, @odata.count, value[] of chatMessage resources in the v1.0 key order (id,
replyToId, etag, messageType, createdDateTime, lastModifiedDateTime, lastEditedDateTime, deletedDateTime, subject,
summary, chatId, importance, locale, webUrl, channelIdentity, policyViolation, eventDetail, from, body, attachments,
mentions, reactions); ids are the creation time in epoch milliseconds, etag the last modification; user messages have
an HTML body (Teams' <p>, <a … rel="noreferrer noopener" title=… target="_blank">, <at id="n">, <attachment id=…>,
<ul>/<li>, <em>, <code>), system messages (membersAdded, chatRenamed) have `from: null`, an eventDetail and the body
"<systemEventMessage/>"; a reply quotes its parent through a messageReference attachment whose `content` is a JSON
string (messagePreview, messageSender); a file is a "reference" attachment to SharePoint; one message is edited
(lastEditedDateTime), one deleted (deletedDateTime, empty body); reactions carry their user.

Evidence: LoRA's arXiv abs link, prompt tuning's Hugging Face paper link, InstructGPT's arXiv pdf link (the title as
link text), the unified view's and Bi-tuning's OpenReview forum links (link); "DoRA: … (arXiv:2402.09353)" and
"BitFit: … arXiv 2106.10199" (arxiv-text); AdaLoRA under its first title in <em>, prefix-tuning and P-tuning in a list
(and again in the reply's messagePreview), adapters (Houlsby et al.) in prose, T-Few in German quotation marks next
to its repository, ULMFiT (title-only). Non-papers: the t-few and peft repositories, the PEFT docs and blog post, a
SharePoint workbook, a Teams meeting link. LoRA, DoRA, AdaLoRA, P-Tuning, T-Few, IA³, ULMFiT, QLoRA are nicknames.
People, GUIDs, tenant, room B 2.17 and ticket INC0471123 are invented."""
import hashlib, json, os, sys, uuid
from datetime import datetime, timezone
sys.path.insert(0, os.path.dirname(__file__))
from catalogue import check_no_distractor

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "210_ms_graph_teams_chat_messages_german_peft_circle.json")


def guid(seed):
    return str(uuid.UUID(bytes=hashlib.md5(("peft-" + seed).encode()).digest(), version=4))


TENANT = guid("tenant")
CHAT = "19:" + hashlib.md5(b"peft-chat").hexdigest() + "@thread.v2"
U = {k: (guid(k), n) for k, n in [("lena", "Lena Hoffmann"), ("jonas", "Jonas Weber"), ("mehmet", "Mehmet Yilmaz"), ("sophie", "Sophie Krüger")]}


def ms(s):
    return int(datetime.strptime(s, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=timezone.utc).timestamp() * 1000)


def ident(who, name=True):
    i, n = U[who]
    return {"@odata.type": "#microsoft.graph.teamworkUserIdentity", "id": i, "displayName": n if name else None,
            "userIdentityType": "aadUser", "tenantId": TENANT}


def a(url, text=None):
    return f'<a href="{url}" rel="noreferrer noopener" title="{url}" target="_blank">{text or url}</a>'


MSGS = []


def msg(who, created, html, mentions=(), attachments=(), reactions=(), edited=None, reply_to=None):
    mid = str(ms(created))
    mod = edited or created
    m = {"id": mid, "replyToId": None, "etag": str(ms(mod)), "messageType": "message", "createdDateTime": created,
         "lastModifiedDateTime": mod, "lastEditedDateTime": edited, "deletedDateTime": None, "subject": None, "summary": None,
         "chatId": CHAT, "importance": "normal", "locale": "en-us", "webUrl": None, "channelIdentity": None, "policyViolation": None,
         "eventDetail": None, "from": {"application": None, "device": None, "user": ident(who)},
         "body": {"contentType": "html", "content": html}, "attachments": list(attachments),
         "mentions": [{"id": k, "mentionText": t, "mentioned": {"application": None, "device": None, "conversation": None, "tag": None,
                                                                 "user": ident(u)}} for k, (t, u) in enumerate(mentions)],
         "reactions": [{"reactionType": r, "displayName": {"like": "Like", "heart": "Heart", "laugh": "Laugh"}[r], "reactionContentUrl": None,
                        "createdDateTime": t, "user": {"application": None, "device": None, "user": ident(u, name=False)}} for r, t, u in reactions]}
    MSGS.append(m)
    return m


def system(created, detail):
    mid = str(ms(created))
    m = {"id": mid, "replyToId": None, "etag": mid, "messageType": "systemEventMessage", "createdDateTime": created,
         "lastModifiedDateTime": created, "lastEditedDateTime": None, "deletedDateTime": None, "subject": None, "summary": None,
         "chatId": CHAT, "importance": "normal", "locale": "en-us", "webUrl": None, "channelIdentity": None, "policyViolation": None,
         "eventDetail": detail, "from": None, "body": {"contentType": "html", "content": "<systemEventMessage/>"},
         "attachments": [], "mentions": [], "reactions": []}
    MSGS.append(m)


def initiator(who):
    return {"application": None, "device": None, "user": {"@odata.type": "#microsoft.graph.teamworkUserIdentity", "id": U[who][0],
                                                           "displayName": None, "userIdentityType": "aadUser", "tenantId": TENANT}}


system("2024-04-08T07:58:12.404Z", {"@odata.type": "#microsoft.graph.membersAddedEventMessageDetail",
                                    "visibleHistoryStartDateTime": "0001-01-01T00:00:00Z",
                                    "members": [{"id": U[k][0], "displayName": None, "userIdentityType": "aadUser", "tenantId": TENANT}
                                                for k in ("jonas", "mehmet", "sophie")],
                                    "initiator": initiator("lena")})
system("2024-04-08T07:58:40.019Z", {"@odata.type": "#microsoft.graph.chatRenamedEventMessageDetail", "chatId": CHAT,
                                    "chatDisplayName": "PEFT-Lesekreis 📚", "initiator": initiator("lena")})
msg("lena", "2024-04-08T08:01:33.871Z",
    "<p>Hallo zusammen! 👋 Hier sammeln wir die Papers für den PEFT-Lesekreis im Sommersemester. Ich fange mit dem "
    "Offensichtlichen an:</p><p>LoRA: Low-Rank Adaptation of Large Language Models<br>" + a("https://arxiv.org/abs/2106.09685") + "</p>",
    reactions=[("like", "2024-04-08T08:03:10.200Z", "jonas"), ("like", "2024-04-08T08:09:55.512Z", "sophie")])
msg("jonas", "2024-04-08T08:06:02.145Z",
    "<p>Direkt als Vergleich: DoRA: Weight-Decomposed Low-Rank Adaptation (arXiv:2402.09353) – zerlegt die Gewichte in "
    "Betrag und Richtung und trainiert nur die Richtung mit LoRA.</p>")
msg("mehmet", "2024-04-08T08:14:47.330Z",
    "<p>Und AdaLoRA? Ich hab&#39;s noch unter dem alten Titel in Zotero: <em>Adaptive Budget Allocation for "
    "Parameter-Efficient Fine-Tuning</em> (ICLR 2023). Verteilt das Rang-Budget per SVD-Importance.</p>")
att_id = guid("plan-xlsx")
msg("sophie", "2024-04-08T09:30:05.006Z",
    f"<p>Plan liegt im SharePoint, bitte tragt euch ein (max. 2 Sitzungen pro Person).</p><attachment id=\"{att_id}\"></attachment>",
    attachments=[{"id": att_id, "contentType": "reference",
                  "contentUrl": "https://contoso-uni.sharepoint.com/sites/NLP-Gruppe/Freigegebene Dokumente/Lesekreis/Lesekreis_Plan_SoSe24.xlsx",
                  "content": None, "name": "Lesekreis_Plan_SoSe24.xlsx", "thumbnailUrl": None, "teamsAppId": None}])
parent = msg("lena", "2024-04-09T12:44:18.559Z",
             "<p><at id=\"0\">Jonas</at> kannst du die Sitzung zu Prompts/Prefixes übernehmen? Kandidaten:</p><ul>"
             "<li>Prefix-Tuning: Optimizing Continuous Prompts for Generation</li>"
             "<li>The Power of Scale for Parameter-Efficient Prompt Tuning – " + a("https://huggingface.co/papers/2104.08691") + "</li>"
             "<li>GPT Understands, Too (das P-Tuning-Paper)</li></ul>",
             mentions=[("Jonas", "jonas")])
ref = {"messageId": parent["id"],
       "messagePreview": "Jonas kannst du die Sitzung zu Prompts/Prefixes übernehmen? Kandidaten: Prefix-Tuning: Optimizing Continuous "
                         "Prompts for Generation The Power of Scale for Parameter-Efficient Prompt Tuning – https://huggingface.co/papers/2104.08691 "
                         "GPT Understands, Too (das P-Tuning-Paper)",
       "messageSender": {"application": None, "device": None,
                         "user": {"userIdentityType": "aadUser", "tenantId": TENANT, "id": U["lena"][0], "displayName": "Lena Hoffmann"}}}
msg("jonas", "2024-04-09T13:02:51.004Z",
    f"<attachment id=\"{parent['id']}\"></attachment><p>Ja, mache ich. Ich würde Prompt Tuning und Prefix-Tuning "
    "zusammen nehmen und P-Tuning nur kurz erwähnen. Code-Beispiele mit <code>peft==0.10.0</code>.</p>",
    attachments=[{"id": parent["id"], "contentType": "messageReference", "contentUrl": None,
                  "content": json.dumps(ref, ensure_ascii=False, separators=(",", ":")), "name": None, "thumbnailUrl": None, "teamsAppId": None}])
msg("mehmet", "2024-04-09T15:20:36.777Z",
    "<p>Klassiker nicht vergessen: Parameter-Efficient Transfer Learning for NLP (die Adapter-Arbeit von Houlsby et al.) "
    "und BitFit: Simple Parameter-efficient Fine-tuning for Transformer-based Masked Language-models, arXiv 2106.10199. "
    "Letzteres trainiert nur die Bias-Terme 🤯</p>",
    reactions=[("laugh", "2024-04-09T15:22:01.090Z", "lena")])
msg("sophie", "2024-04-10T07:45:12.318Z",
    "<p>Zum Einordnen finde ich Towards a Unified View of Parameter-Efficient Transfer Learning sehr gut: "
    + a("https://openreview.net/forum?id=0RDcd5Axok", "OpenReview") + " – Adapter, Prefix-Tuning und LoRA als Varianten derselben "
    "Formel.</p>",
    reactions=[("like", "2024-04-10T07:50:40.003Z", "lena"), ("heart", "2024-04-10T08:12:19.664Z", "jonas")])
msg("lena", "2024-04-10T08:30:00.412Z",
    "<p>T-Few als Kontrast zu In-Context Learning: „Few-Shot Parameter-Efficient Fine-Tuning is Better and Cheaper than "
    "In-Context Learning“ – Code: " + a("https://github.com/r-three/t-few") + " (IA³ ist da drin).</p>",
    edited="2024-04-10T08:33:47.905Z")
deleted = {"id": str(ms("2024-04-10T08:31:15.208Z")), "replyToId": None, "etag": str(ms("2024-04-10T08:32:02.550Z")), "messageType": "message",
           "createdDateTime": "2024-04-10T08:31:15.208Z", "lastModifiedDateTime": "2024-04-10T08:32:02.550Z", "lastEditedDateTime": None,
           "deletedDateTime": "2024-04-10T08:32:02.550Z", "subject": None, "summary": None, "chatId": CHAT, "importance": "normal",
           "locale": "en-us", "webUrl": None, "channelIdentity": None, "policyViolation": None, "eventDetail": None,
           "from": {"application": None, "device": None, "user": ident("lena")}, "body": {"contentType": "html", "content": ""},
           "attachments": [], "mentions": [], "reactions": []}
MSGS.append(deleted)
msg("mehmet", "2024-04-11T10:05:29.640Z",
    "<p>Etwas außerhalb von PEFT, aber für die RLHF-Sitzung im Juni: "
    + a("https://arxiv.org/pdf/2203.02155", "Training language models to follow instructions with human feedback") + "</p>")
msg("jonas", "2024-04-11T10:19:03.388Z",
    "<p>Bi-tuning of Pre-trained Representations – " + a("https://openreview.net/forum?id=3rRgu7OGgBI") +
    " (ICLR-2021-Einreichung, eher Vision, aber die Kombination aus kontrastivem Kopf und Klassifikator ist nett)</p>")
msg("sophie", "2024-04-11T11:47:55.120Z",
    "<p>Und ganz historisch für die Neuen: Universal Language Model Fine-tuning for Text Classification (ULMFiT, 2018) – "
    "diskriminatives Fine-Tuning und schrittweises Auftauen der Schichten.</p>")
msg("lena", "2024-04-12T06:58:41.007Z",
    "<p>Orga: Raum B 2.17, donnerstags 14:00 c.t.; Remote über die " +
    a("https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjA4YjQ5ZTMtZjIxNi00ZDI1LWI0YTgtZmE1ZGJlYzcxMjMw%40thread.v2/0", "Teams-Besprechung") +
    ". Beamer ist kaputt, Ticket INC0471123 ist offen.</p><p>Einstieg für alle ohne Vorwissen: die " +
    a("https://huggingface.co/docs/peft/index", "PEFT-Doku") + " und der " + a("https://huggingface.co/blog/peft", "Blogpost") +
    ". QLoRA nehmen wir nicht extra, das kennt jeder.</p>",
    reactions=[("like", "2024-04-12T07:01:30.441Z", "mehmet")])

MSGS.sort(key=lambda m: m["createdDateTime"], reverse=True)
ctx = "https://graph.microsoft.com/v1.0/$metadata#chats('" + CHAT.replace(":", "%3A").replace("@", "%40") + "')/messages"
doc = {"@odata.context": ctx, "@odata.count": len(MSGS), "value": MSGS}
out = json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
check_no_distractor(out, "210")
open(OUT, "w", encoding="utf-8", newline="").write(out)
print(OUT, len(out), len(MSGS))
