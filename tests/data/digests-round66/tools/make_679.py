#!/usr/bin/env python3
"""679: a JMAP (RFC 8621) response from Fastmail to Email/get with fetchTextBodyValues / fetchHTMLBodyValues and the
default Email properties: {"methodResponses":[["Email/get",{"accountId",…,"state",…,"list":[…],"notFound":[]},"0"]],
"sessionState":…}; each Email in the order id, blobId, threadId, mailboxIds, keywords, size, receivedAt, messageId,
inReplyTo, references, sender, from, to, cc, bcc, replyTo, subject, sentAt, hasAttachment, preview, bodyValues,
textBody, htmlBody, attachments; pretty-printed with two-space indentation (as a client saves it), UTF-8, LF. A Hebrew
forward of an arXiv cs.CV/cs.LG listing fragment (replacements) to a self-supervised-learning reading group, and a reply."""
import hashlib, json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_only
from make_expected import F679, keys

K = keys(F679)
TEX = {"á": "\\'a", "é": "\\'e", "ü": '\\"u', "ö": '\\"o', "ç": "\\c{c}"}


def tex(s):
    return "".join(TEX.get(c, c) for c in s)


def wrap(label, text, width=79):
    out, line = [], label
    for w in text.split(" "):
        if len(line) + 1 + len(w) > width and line.strip() != label.strip():
            out.append(line); line = "  " + w
        else:
            line = line + (" " if line and not line.endswith(": ") else "") + w if line != label else label + w
    out.append(line)
    return "\n".join(out)


def entry(aid, replaced, cats, comments, size):
    return "\n".join([
        "------------------------------------------------------------------------------", "\\\\",
        f"arXiv:{aid}" + (" (*cross-listing*)" if "cs.CV" not in cats.split()[0] else ""),
        f"replaced with revised version {replaced}",
        wrap("Title: ", T(aid)),
        wrap("Authors: ", tex(", ".join(authors(aid)))),
        f"Categories: {cats}",
        wrap("Comments: ", comments),
        f"\\\\ ( https://arxiv.org/abs/{aid} ,  {size}kb)"])


LISTING = "\n".join([
    "------------------------------------------------------------------------------",
    "Replacements for Mon 13 May 24",
    entry("2111.06377", "Fri, 10 May 2024 17:12:40 GMT   (9562kb,D)", "cs.CV", "Tech report. v4: fixed a typo in Table 3", 9562),
    entry("2106.08254", "Fri, 10 May 2024 08:01:55 GMT   (4105kb,D)", "cs.CV cs.LG", "Accepted by ICLR 2022 (Oral). v3: updated code link", 4105),
    entry("2004.11362", "Sat, 11 May 2024 02:44:18 GMT   (1876kb,D)", "cs.LG cs.CV stat.ML", "NeurIPS 2020. Camera-ready with corrected appendix", 1876),
    entry("2106.07447", "Sun, 12 May 2024 19:30:09 GMT   (792kb,D)", "cs.CL cs.AI cs.LG eess.AS", "Journal version (IEEE/ACM TASLP)", 792),
    "------------------------------------------------------------------------------",
    "%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%",
    "--- Recent Replacements for cs.CV (showing 4 of 211 entries) ---",
    "To unsubscribe, e-mail To: cs@arXiv.org, Subject: cancel"])

NOTE1 = f"""היי כולם,

לקראת המפגש של יום רביעי (15.5, חדר 212 בבניין 3, 16:00) — העברתי למטה קטע מהמייל היומי של arXiv.
ארבעת המאמרים שמופיעים בו קיבלו גרסה מעודכנת השבוע, אז כדאי להוריד מחדש את ה-PDF
(השמות המלאים והקישורים בקטע המצוטט, כולל מאמר הדיבור מ-eess.AS).

בנוסף, לפי מה שסיכמנו בפעם הקודמת, נדבר גם על:
1. "{T('2103.03230')}" — arXiv 2103.03230 (מציג: איתי)
2. "{T('1911.05722')}" של {', '.join(authors('1911.05722')[:3])} ואחרים — כרקע היסטורי בלבד
3. "{T('2006.07733')}" — מי שיכול, שיקרא את נספח B על ה-collapse

את המצגות מעלים לתיקייה המשותפת: https://files.carmel-ai.example.org.il/s/ssl-reading
ספריית הקוד שנשתמש בה בתרגול היא solo-learn (זה repository, לא מאמר) ו-lightly.

נועה

----- Original message -----
From: send mail ONLY to cs <no-reply@arxiv.org>
To: noa.levi@carmel-ai.example.org.il
Subject: cs daily Subj-class mailing 5000 1
Date: Tuesday, May 14, 2024 3:12 AM

{LISTING}
"""

NOTE2 = f"""תודה נועה!

אני אציג את המאמר הראשון ברשימה. שאלה: אפשר להוסיף גם את "{T('2011.04419')}"? הוא מתאים
לנושא של אוגמנטציות כשאין תמונות (טבלאי / טקסט), ואני יכול להציג אותו בקצרה אחרי ההפסקה.
לא מצאתי עדיין קישור לגרסה הסופית, אז רק השם.

ועוד דבר: הבלוג-פוסט של Lilian Weng על contrastive learning (2021) הוא רקע טוב למי שמצטרף עכשיו —
זה לא מאמר, אז לא הכנסתי אותו לרשימה.

איתי

בתאריך יום ג׳, 14 במאי 2024, בשעה 09:41, נועה לוי כתב/ה:
> היי כולם,
>
> לקראת המפגש של יום רביעי (15.5, חדר 212 בבניין 3, 16:00) — העברתי למטה קטע מהמייל היומי של arXiv.
> [...]
"""


def html_of(text):
    esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    esc = re.sub(r"(https://[^\s,]+)", r'<a href="\1">\1</a>', esc)
    return '<!DOCTYPE html><html><head><title></title></head><body dir="rtl"><div style="font-family:Arial;">' + \
        esc.replace("\n", "<br>") + "</div></body></html>"


def preview(text):
    return " ".join(text.split())[:256]


def email(n, mid, received, sender, to, cc, subject, text, in_reply=None, refs=None, keywords=None):
    html = html_of(text)
    blob = "G" + hashlib.sha1(f"679-{n}".encode()).hexdigest()
    tsize, hsize = len(text.encode()), len(html.encode())
    return {
        "id": "M" + hashlib.sha1(f"id679-{n}".encode()).hexdigest()[:24], "blobId": blob, "threadId": "T4f1c3b9e2a7d6c58",
        "mailboxIds": {"P2F": True}, "keywords": keywords or {"$seen": True}, "size": tsize + hsize + 2114,
        "receivedAt": received, "messageId": [mid], "inReplyTo": in_reply, "references": refs, "sender": None,
        "from": [sender], "to": [to], "cc": cc, "bcc": None, "replyTo": None, "subject": subject,
        "sentAt": received.replace("Z", "+03:00").replace("T06:", "T09:").replace("T07:", "T10:"),
        "hasAttachment": False, "preview": preview(text),
        "bodyValues": {"1": {"value": text, "isEncodingProblem": False, "isTruncated": False},
                       "2": {"value": html, "isEncodingProblem": False, "isTruncated": False}},
        "textBody": [{"partId": "1", "blobId": blob + "-1", "size": tsize, "name": None, "type": "text/plain",
                      "charset": "utf-8", "disposition": None, "cid": None, "language": None, "location": None}],
        "htmlBody": [{"partId": "2", "blobId": blob + "-2", "size": hsize, "name": None, "type": "text/html",
                      "charset": "utf-8", "disposition": None, "cid": None, "language": None, "location": None}],
        "attachments": []}


LIST = {"name": "SSL reading group", "email": "ssl-reading@lists.carmel-ai.example.org.il"}
e1 = email(1, "2c6a1b7e-0f9d-4e8a-b2c5-1d3f9a7e6b40@app.fastmail.com", "2024-05-14T06:41:07Z",
           {"name": "נועה לוי", "email": "noa.levi@carmel-ai.example.org.il"}, LIST, None,
           "Fwd: cs daily Subj-class mailing 5000 1 — חומר למפגש ביום רביעי", NOTE1)
e2 = email(2, "8e0d7c61-5a2f-4b93-9c17-f4a8b2e0d3c5@app.fastmail.com", "2024-05-14T07:58:33Z",
           {"name": "איתי כהן", "email": "itai.cohen@carmel-ai.example.org.il"}, LIST,
           [{"name": "נועה לוי", "email": "noa.levi@carmel-ai.example.org.il"}],
           "Re: Fwd: cs daily Subj-class mailing 5000 1 — חומר למפגש ביום רביעי", NOTE2,
           in_reply=["2c6a1b7e-0f9d-4e8a-b2c5-1d3f9a7e6b40@app.fastmail.com"],
           refs=["2c6a1b7e-0f9d-4e8a-b2c5-1d3f9a7e6b40@app.fastmail.com"], keywords={"$seen": True, "$flagged": True})
resp = {"methodResponses": [["Email/get", {"accountId": "u8a3f21c7", "state": "J7412", "list": [e1, e2], "notFound": []}, "0"]],
        "sessionState": "cyrus-0;p-3f2a9c61d8;vfs-0"}
text = json.dumps(resp, ensure_ascii=False, indent=2) + "\n"
write_only(F679, text, K, forms=[NOTE1, NOTE2])
