#!/usr/bin/env python3
"""1011: what Zendesk Support's API answered to `GET /api/v2/tickets/48213/comments.json` on an Israeli university
library's help desk (the desk's ILL coordinator exported the thread for the course-reserves file): one line of Rails
JSON (compact, UTF-8 raw, `<` `>` `&` as `\\u003c` `\\u003e` `\\u0026`, no final newline) with `comments`,
`next_page`, `previous_page` and `count`. Each comment has the API's fields (id, type, author_id, body, html_body,
plain_body, public, attachments, audit_id, via, created_at, metadata); e-mail comments carry via.source from / to and
the e-mail metadata, web comments the client and IP; one internal note (public false); attachments with content_url,
mapped_content_url and the malware-scan fields. The html_body wraps the same Hebrew text in Zendesk's
`<div class="zd-comment" dir="auto">` with `<p dir="auto">` paragraphs and linked URLs. A lecturer asks for a course
reader on sequence models; the librarian answers with arXiv links for three papers, an attached link list, and an
interlibrary-loan copy of the ICML 2006 paper that is not on arXiv (the internal note calls it "the paper of Graves et
al."). The library's copyright guide, the ACM Digital Library and the attached link list are not papers."""
import hashlib, html, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, CTC

# JSON as Rails' ActiveSupport encodes it (compact, UTF-8 raw, < > & and U+2028 / U+2029 as lowercase \uXXXX)
ESC = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029", '"': '\\"', "\\": "\\\\",
       "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def rails_str(s):
    return '"' + "".join(ESC.get(c, c if ord(c) >= 0x20 else "\\u%04x" % ord(c)) for c in s) + '"'


def rails_json(v):
    if v is None: return "null"
    if v is True: return "true"
    if v is False: return "false"
    if isinstance(v, (int, float)): return repr(v)
    if isinstance(v, str): return rails_str(v)
    if isinstance(v, list): return "[" + ",".join(map(rails_json, v)) + "]"
    return "{" + ",".join(rails_str(k) + ":" + rails_json(x) for k, x in v.items()) + "}"

F = by_num(1011)
K = dict(s2s="1409.3215", realm="2002.08909", genre="2010.00904", degen="1904.09751", ctc=CTC, attn="1706.03762",
         dodrio="2103.14625", changes="2103.14146")
SUB = "https://sciencelib-help.zendesk.com"
TICKET = 48213
NOA, YAEL, DANI = 23115804371218, 21809377562045, 21809377590116
comments = []


def to_html(body):
    def para(p):
        esc = html.escape(p, quote=False)
        esc = re.sub(r"https?://[^\s<]+", lambda m: f'<a href="{m.group(0)}" rel="noopener noreferrer" target="_blank">{m.group(0)}</a>', esc)
        return '<p dir="auto">' + esc.replace("\n", "<br>") + "</p>"
    return '<div class="zd-comment" dir="auto">' + "".join(para(p) for p in body.split("\n\n")) + "</div>"


def att(i, name, ctype, size):
    tok = hashlib.sha1(f"{i}{name}".encode()).hexdigest()[:25].upper()
    return {"url": f"{SUB}/api/v2/attachments/{i}.json", "id": i, "file_name": name,
            "content_url": f"{SUB}/attachments/token/{tok}/?name={name}",
            "mapped_content_url": f"{SUB}/attachments/token/{tok}/?name={name}", "content_type": ctype, "size": size,
            "width": None, "height": None, "inline": False, "deleted": False, "malware_access_override": False,
            "malware_scan_result": "malware_not_found", "thumbnails": []}


def comment(i, author, body, created, audit, via, public=True, attachments=()):
    ch, who = via
    if ch == "email":
        mid = hashlib.md5(f"{i}".encode()).hexdigest()
        source = {"from": {"address": "noa.levi@cs.huni.example", "name": "Noa Levi"},
                  "to": {"name": "ספריית מדעים מדויקים — דלפק עזרה", "address": "help@sciencelib-help.zendesk.com"}, "rel": None}
        meta = {"system": {"message_id": f"<CAH{mid[:20]}@mail.gmail.com>", "email_id": "01HQ" + mid[:22].upper(),
                           "raw_email_identifier": f"10928734/{mid}.eml", "json_email_identifier": f"10928734/{mid}.json",
                           "eml_redacted": False, "location": "Haifa, HA, Israel", "latitude": 32.8156, "longitude": 34.9892},
                "custom": {}}
    else:
        source = {"from": {}, "to": {}, "rel": None}
        meta = {"system": {"client": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
                           "ip_address": who, "location": "Haifa, HA, Israel", "latitude": 32.8156, "longitude": 34.9892}, "custom": {}}
    comments.append({"id": i, "type": "Comment", "author_id": author, "body": body, "html_body": to_html(body),
                     "plain_body": body, "public": public, "attachments": list(attachments), "audit_id": audit,
                     "via": {"channel": ch, "source": source}, "created_at": created, "metadata": meta})


comment(24810336952101, NOA,
        "שלום רב,\n\n"
        "בסמסטר ב' אני מלמדת את הסמינר \"מודלים של רצפים: מתרגום לאחזור\" ואשמח לעזרה בהכנת מקראה לסטודנטים. רשימת המאמרים:\n\n"
        "1. " + T(K["s2s"]) + " (Sutskever, Vinyals, Le, 2014)\n"
        "2. " + T(K["attn"]) + " (Vaswani et al., 2017)\n"
        "3. " + T(K["ctc"]) + " (Graves et al., ICML 2006)\n"
        "4. " + T(K["degen"]) + " (arXiv:1904.09751)\n"
        "5. " + T(K["realm"]) + "\n"
        "6. " + T(K["genre"]) + " (De Cao et al., ICLR 2021)\n\n"
        "את מאמר 3 לא הצלחתי למצוא בגישה פתוחה. האם הספרייה יכולה להשיג עותק? ולגבי השאר — אפשר לשים קישורים במודל, "
        "או שצריך אישור זכויות יוצרים?\n\n"
        "תודה,\nד\"ר נועה לוי\nהחוג למדעי המחשב",
        "2024-02-26T09:14:03Z", 24810336951987, ("email", None))
comment(24811020417733, YAEL,
        "שלום ד\"ר לוי,\n\n"
        "תודה על הפנייה. עברתי על הרשימה:\n\n"
        "מאמרים 1, 5 ו-6 זמינים בגישה פתוחה ב-arXiv, ואפשר לקשר אליהם ישירות מהמודל (קישור, לא העלאת PDF):\n"
        "https://arxiv.org/abs/1409.3215\nhttps://arxiv.org/abs/2002.08909\nhttps://arxiv.org/abs/2010.00904\n\n"
        "גם מאמרים 2 ו-4 בגישה פתוחה; צירפתי קובץ עם כל הקישורים למקראה.\n\n"
        "מאמר 3 (ICML 2006) נמצא בספרייה הדיגיטלית של ACM, שאין לנו מנוי עליה, ולכן הזמנתי אותו בהשאלה בין-ספרייתית "
        "(בקשה ILL-24-0317). בדרך כלל זה לוקח 3–5 ימי עבודה.\n\n"
        "המדריך שלנו לזכויות יוצרים בהוראה: https://sciencelib.huni.example/guides/copyright-teaching\n\n"
        "בברכה,\nיעל כהן\nספריית מדעים מדויקים",
        "2024-02-26T12:40:51Z", 24811020417602, ("web", "198.51.100.23"),
        attachments=[att(24811020388114, "reader-links-seq-models.xlsx",
                         "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", 11873)])
comment(24812457130208, DANI,
        "ILL: הבקשה נשלחה לספריית הטכניון, צפי עד 4.3. המאמר של Graves et al. מ-ICML 2006, 8 עמודים — "
        "מותר לשימוש אישי בלבד, לא להעלות למודל.",
        "2024-02-27T08:05:12Z", 24812457130077, ("web", "198.51.100.41"), public=False)
comment(24815931287745, YAEL,
        "שלום ד\"ר לוי,\n\n"
        "העותק של \"" + T(K["ctc"]) + "\" הגיע בהשאלה בין-ספרייתית ומצורף כאן. "
        "הוא מיועד לשימושך האישי בלבד ואין להעלות אותו למודל; לסטודנטים אפשר להפנות לעותק שבשמורים בספרייה.\n\n"
        "בברכה,\nיעל",
        "2024-03-04T10:22:37Z", 24815931287611, ("web", "198.51.100.23"),
        attachments=[att(24815931260352, "graves2006-icml.pdf", "application/pdf", 402817)])
comment(24816402551839, NOA,
        "תודה רבה, יעל! עוד שניים לשבוע על ויזואליזציה והסברים:\n\n"
        "- " + T(K["dodrio"]) + "\n"
        "- " + T(K["changes"]) + "\n\n"
        "אני מניחה שגם הם ב-arXiv. אם יש בעיה — אני כאן.\n\nנועה",
        "2024-03-04T14:51:09Z", 24816402551700, ("email", None))
resp = {"comments": comments, "next_page": None, "previous_page": None, "count": len(comments)}
text = rails_json(resp)
write_only(F, text, keys(F), [c["body"] for c in comments])
