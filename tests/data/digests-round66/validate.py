#!/usr/bin/env python3
r"""Checks round66/expected.json against the digests and the shared catalogues.

Adapted from round65/validate.py (the label checks are the same code; the reuse report is round65's with round66 /
round67 in place of round65 / round64: round66 holds the odd positions from 3 on, position 1 left out, round67 the even
ones; the readers and shape checks are new). The reuse report counts every /work/main/tests/data/*/expected.json except
round66's and round67's own (a digests-round66 / digests-round67 folder, or a file whose bytes equal round66's or
round67's expected.json) — a file whose bytes equal one already counted is counted once — and checks the split: round66
holds the odd positions of the candidates sorted by (uses, catalogue title), position 1 left out, as one run from
position 3 up to its last paper; it fails on a paper shared with /work/main/tests/data/digests-round67/expected.json
when that file exists (read only), and on a paper in more than one round66 file.
Every digest is read raw (UTF-8, except 680 in windows-1251 and 682 in windows-1252; line ends kept) and in decoded
forms:
  - 677 (Graph To Do), 679 (JMAP): every JSON string;
  - 680 (Word HTML), 683 (XenForo), 684 (MJML), 685 (Typecho): the text without tags, entities undone;
  - 681 (Referencer): the XML's text; 682 (DIF): every string cell with "" undone;
  - everything: HTML / XML entities undone once and twice, percent-escapes undone.
Titles are matched after whitespace normalisation and case-blind; a title found only that way (or only in a decoded
form) is reported as a `note:`.

Shape checks: 677 Microsoft Graph To Do (compact JSON without final newline, @odata.context first, todoTask field
order, W/"…" etags, 7-digit UTC times, modified >= created, status / importance values, completedDateTime exactly for
completed tasks, isReminderOn exactly with reminderDateTime, CRLF-only text bodies, checklistItems@odata.context naming
its task, unique ids); 678 MyST (front matter, ``` and ::: fences balanced with known directives, list-table rows as
wide as the header, unique (label)= targets, {ref} / {numref} / {eq} targets defined, footnotes defined, LF + final
newline); 679 JMAP Email/get (2-space JSON re-derived, methodResponses / sessionState, Email property order,
bodyValues = the textBody / htmlBody part ids, part sizes = value bytes, preview = first 256 characters of the
collapsed text, UTC receivedAt, one threadId, inReplyTo / references naming a messageId in the list); 680 Word filtered
HTML (windows-1251, CRLF only, meta charset and Generator, Word's style block, unquoted class values, tags balanced,
autolinked <a> text = href, list paragraphs numbered 1..n with CxSpFirst / Middle / Last); 681 Referencer (parsed,
library child order, tag uids 0..n-1, doc child order, tagged uids defined, filename = file:// + percent-encoded
folder + relative_filename, unique keys, known bib_type / bib_extra keys, GLib-escaped quotes in text); 682 DIF
(windows-1252, CRLF only, TABLE / VECTORS / TUPLES / DATA header, counts = rows / columns, BOT rows, 1,0 "…" strings
with doubled quotes, 0,n V numbers, EOD last); 683 XenForo (html#XF data-template thread_view, post ids unique and
ascending, time datetime = data-time = data-date-string / data-time-string in +0700, proxy links decode to their href,
quote data-source naming an earlier post, numbered #n, tags balanced); 684 MJML (parsed, mjml > mj-head + mj-body, known
mj-* elements under allowed parents, mj-class names defined, known Mailjet merge tags, two-space indentation); 685
Typecho (generator / template metas, comment ids unique with li-comment-N > div#comment-N, replyTo and
TypechoComment.reply ids agreeing, children inside comment-children, "N 条评论" = comments, +08:00 times matching the
shown date, tags balanced); 686 HTCondor submit file (commands, +attributes, macros defined before use or built in,
quoted strings and parentheses balanced, one final `queue … from (` block with one value per variable in each row).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""

import base64, datetime, html, json, os, re, sys
import xml.etree.ElementTree as ET
from collections import Counter
from urllib.parse import quote, unquote, unquote_plus


ROOT = os.path.dirname(os.path.abspath(__file__))
DIG = os.path.join(ROOT, "digests")
exp = json.load(open(os.path.join(ROOT, "expected.json")))
pool, distract = {}, []
for p in ("/work/shared/catalogue.json", "/work/shared/digests-dev/catalogue.json"):
    for e in json.load(open(p)):
        if e.get("role") == "distractor":
            distract.append(e); continue
        if not e.get("title") and not e.get("arxiv_id"):
            continue
        key = e["arxiv_id"] or ("title:" + (e["title"] or ""))
        pool.setdefault(key, e)
no_arxiv_titles = {e["title"].lower(): e for e in pool.values() if not e["arxiv_id"] and e["title"]}
distract_ids = {e["arxiv_id"] for e in distract if e.get("arxiv_id")}
pool_ids = {e["arxiv_id"] for e in pool.values() if e["arxiv_id"]}

# titles written with a deviation from the catalogue (case changes need no entry: titles are compared case-blind)
DEVIATIONS = {}

def norm(s):
    s = html.unescape(html.unescape(s)).replace("{", "").replace("}", "").replace('\\"', "")
    s = re.sub(r"\\[a-z]+\s*", "", s)
    return re.sub(r"\s+", " ", s).strip().lower()

errors, notes = [], []

def num(f):
    return int(f.split("_")[0])

def lf_final(f, raw, final=True):
    if "\r" in raw: errors.append(f"{f}: CR characters (the writer uses LF)")
    if final and not raw.endswith("\n"): errors.append(f"{f}: no final newline")
    if not final and raw.endswith("\n"): errors.append(f"{f}: a final newline (the writer writes none)")

def crlf_only(f, raw):
    if re.search(r"(?<!\r)\n", raw) or re.search(r"\r(?!\n)", raw): errors.append(f"{f}: line ends not all CRLF")
    if not raw.endswith("\r\n"): errors.append(f"{f}: no final CRLF")

# ---------------------------------------------------------------- readers (raw text and decoded forms)
ENC = {680: "cp1251", 682: "cp1252"}
def read_raw(f, path):
    return open(path, encoding=ENC.get(num(f), "utf-8"), newline="").read()


def strings_of(v, out):
    if isinstance(v, str): out.append(v)
    elif isinstance(v, list): [strings_of(x, out) for x in v]
    elif isinstance(v, dict): [strings_of(x, out) for x in list(v.keys()) + list(v.values())]
    return out


def strip_tags(s):
    return re.sub(r"<[^>]+>", "", s)


def dif_cells(raw):
    """(rows, header) of a DIF file; raises ValueError on a grammar error"""
    ls = raw.split("\r\n")
    if ls and ls[-1] == "": ls = ls[:-1]
    i, head = 0, {}
    while i < len(ls) and ls[i] != "DATA":
        name = ls[i]
        if name not in ("TABLE", "VECTORS", "TUPLES", "LABEL", "COMMENT", "SIZE"): raise ValueError(f"header item {name!r}")
        m = re.fullmatch(r"0,(\d+)", ls[i + 1] or "")
        if not m or not re.fullmatch(r'"[^"]*"', ls[i + 2]): raise ValueError(f"header item {name} malformed")
        head[name] = (int(m.group(1)), ls[i + 2]); i += 3
    if ls[i:i + 3] != ["DATA", "0,0", '""']: raise ValueError("DATA item malformed")
    i += 3; rows = []
    while True:
        if ls[i:i + 2] == ["-1,0", "BOT"]:
            rows.append([]); i += 2; continue
        if ls[i:i + 2] == ["-1,0", "EOD"]:
            i += 2; break
        if not rows: raise ValueError(f"cell before BOT at line {i + 1}")
        t = ls[i]
        if t == "1,0":
            v = ls[i + 1]
            if not re.fullmatch(r'"(?:[^"]|"")*"', v): raise ValueError(f"string cell at line {i + 2}: {v!r}")
            rows[-1].append(v[1:-1].replace('""', '"'))
        elif t.startswith("0,"):
            try: float(t[2:])
            except ValueError: raise ValueError(f"numeric cell at line {i + 1}: {t!r}")
            if ls[i + 1] != "V": raise ValueError(f"numeric cell without V at line {i + 2}")
            rows[-1].append(float(t[2:]))
        else:
            raise ValueError(f"unknown cell at line {i + 1}: {t!r}")
        i += 2
    if i != len(ls): raise ValueError("text after EOD")
    return rows, head


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n in (677, 679):
        forms.append("\n".join(strings_of(json.loads(raw), [])))
    if n in (680, 683, 684, 685):
        forms.append(html.unescape(strip_tags(raw)))
    if n == 681:
        forms.append("\n".join(ET.fromstring(raw.encode("utf-8")).itertext()))
    if n == 682:
        forms.append("\n".join(str(c) for r in dif_cells(raw)[0] for c in r))
    base = [raw] + forms
    for s in base:
        u = html.unescape(s)
        if u != s: forms.append(u)
        u2 = html.unescape(u)
        if u2 != u: forms.append(u2)
        p = unquote(s)
        if p != s: forms.append(p)
        pp = unquote_plus(s)
        if pp != s and pp != p: forms.append(pp)
    return forms

# ---------------------------------------------------------------- shape checks
def balanced_tags(f, raw, names):
    for t in names:
        o = len(re.findall(rf"<{t}(?=[\s>/])(?![^>]*/>)", raw)); c = len(re.findall(rf"</{t}>", raw))
        if o != c: errors.append(f"{f}: <{t}> opened {o} times, closed {c}")


GRAPH_T = r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}Z"
TODO_KEYS = ["@odata.etag", "importance", "isReminderOn", "status", "title", "createdDateTime", "lastModifiedDateTime",
             "hasAttachments", "categories", "id", "body"]
def check_graph_todo(f, raw):
    lf_final(f, raw, final=False)
    d = json.loads(raw)
    if json.dumps(d, ensure_ascii=False, separators=(",", ":")) != raw: errors.append(f"{f}: not Graph's compact JSON")
    if list(d) != ["@odata.context", "value"]: errors.append(f"{f}: top-level keys {list(d)}")
    m = re.fullmatch(r"https://graph\.microsoft\.com/v1\.0/\$metadata#users\('([0-9a-f-]{36})'\)/todo/lists\('([\w=-]+)'\)/tasks(\(checklistItems\(\)\))?", d.get("@odata.context", ""))
    if not m: errors.append(f"{f}: @odata.context"); return
    ids = set()
    for t in d["value"]:
        ks = list(t)
        if ks[:len(TODO_KEYS)] != TODO_KEYS: errors.append(f"{f}: task key order {ks[:len(TODO_KEYS)]}")
        rest = [k for k in ks[len(TODO_KEYS):]]
        order = ["completedDateTime", "dueDateTime", "reminderDateTime", "checklistItems@odata.context", "checklistItems"]
        if [k for k in order if k in rest] != rest: errors.append(f"{f}: optional task keys {rest}")
        if not re.fullmatch(r'W/"[A-Za-z0-9+/=]+"', t["@odata.etag"]): errors.append(f"{f}: etag {t['@odata.etag']}")
        for k in ("createdDateTime", "lastModifiedDateTime"):
            if not re.fullmatch(GRAPH_T, t[k]): errors.append(f"{f}: {k} {t[k]!r}")
        if t["lastModifiedDateTime"] < t["createdDateTime"]: errors.append(f"{f}: task modified before created")
        if t["status"] not in ("notStarted", "inProgress", "completed", "waitingOnOthers", "deferred"): errors.append(f"{f}: status {t['status']}")
        if t["importance"] not in ("low", "normal", "high"): errors.append(f"{f}: importance {t['importance']}")
        if (t["status"] == "completed") != ("completedDateTime" in t): errors.append(f"{f}: completedDateTime vs status in {t['title']!r}")
        if t["isReminderOn"] != ("reminderDateTime" in t): errors.append(f"{f}: isReminderOn vs reminderDateTime in {t['title']!r}")
        for k in ("completedDateTime", "dueDateTime", "reminderDateTime"):
            if k in t and (set(t[k]) != {"dateTime", "timeZone"} or not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}", t[k]["dateTime"])):
                errors.append(f"{f}: {k} not a dateTimeTimeZone")
        b = t["body"]
        if list(b) != ["content", "contentType"] or b["contentType"] not in ("text", "html"): errors.append(f"{f}: body object")
        if re.search(r"(?<!\r)\n", b["content"]): errors.append(f"{f}: bare LF in a body (To Do stores CRLF)")
        if t["id"] in ids: errors.append(f"{f}: duplicate task id")
        ids.add(t["id"])
        if "checklistItems" in t:
            if t.get("checklistItems@odata.context") != d["@odata.context"].split("/tasks")[0] + f"/tasks('{t['id']}')/checklistItems":
                errors.append(f"{f}: checklistItems@odata.context does not name its task")
            for c in t["checklistItems"]:
                if [k for k in c if k != "checkedDateTime"] != ["displayName", "createdDateTime", "isChecked", "id"]: errors.append(f"{f}: checklist item keys {list(c)}")
                if c["isChecked"] != ("checkedDateTime" in c): errors.append(f"{f}: checkedDateTime vs isChecked")
                if not re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", c["id"]): errors.append(f"{f}: checklist id {c['id']}")


MYST_DIRECTIVES = {"list-table", "math", "admonition", "dropdown", "note", "tip", "warning", "seealso", "figure", "code-block"}
def check_myst(f, raw):
    lf_final(f, raw)
    m = re.match(r"---\n(.*?)\n---\n", raw, re.S)
    if not m: errors.append(f"{f}: no front matter"); return
    for l in m.group(1).split("\n"):
        if not re.match(r"\s*(- )?[\w-]+:( .*)?$|\s+- ", l): errors.append(f"{f}: front matter line {l!r}")
    ls = raw.split("\n"); i, labels, names = 0, [], set()
    while i < len(ls):
        l = ls[i]
        mt = re.fullmatch(r"\((.+)\)=", l)
        if mt: labels.append(mt.group(1))
        mf = re.match(r"^(`{3,}|:{3,})(\{([\w-]+)\})?(.*)$", l)
        if mf and mf.group(2):
            fence, name = mf.group(1), mf.group(3)
            if name not in MYST_DIRECTIVES: errors.append(f"{f}: unknown directive {name}")
            j = i + 1
            while j < len(ls) and ls[j] != fence: j += 1
            if j >= len(ls): errors.append(f"{f}: directive {name} at line {i + 1} not closed"); break
            body = ls[i + 1:j]
            if any(b.startswith(fence + "{") for b in body): errors.append(f"{f}: directive {name} at line {i + 1} holds a directive opened with the same fence (not closed?)")
            opts = {}
            k = 0
            while k < len(body) and body[k].startswith(":"):
                mo = re.fullmatch(r":([\w-]+):(?: (.*))?", body[k])
                if not mo: errors.append(f"{f}: option line {body[k]!r}")
                else: opts[mo.group(1)] = mo.group(2) or ""
                k += 1
            if "name" in opts: names.add(opts["name"])
            if "label" in opts: names.add(opts["label"])
            if name == "list-table":
                rows, cur = [], None
                for b in body[k:]:
                    if b.startswith("* - "): cur = 1; rows.append(1)
                    elif b.startswith("  - ") and rows: rows[-1] += 1
                    elif b.strip() == "": continue
                    else: errors.append(f"{f}: list-table line {b!r}")
                if not rows or len(set(rows)) != 1: errors.append(f"{f}: list-table rows of unequal width {rows}")
                if "widths" in opts and rows and len(opts["widths"].split()) != rows[0]: errors.append(f"{f}: list-table widths != columns")
                if opts.get("header-rows") not in ("1", "2"): errors.append(f"{f}: list-table without header-rows")
            i = j + 1; continue
        elif mf and l.startswith("```") and len(l) > 3: errors.append(f"{f}: fence without a directive: {l!r}")
        i += 1
    if len(labels) != len(set(labels)): errors.append(f"{f}: duplicate labels")
    names |= set(labels)
    for role, target in re.findall(r"\{(ref|numref|eq)\}`([^`]+)`", raw):
        if target not in names: errors.append(f"{f}: {{{role}}} target {target!r} undefined")
    refs = set(re.findall(r"\[\^([\w-]+)\](?!:)", raw)); defs = set(re.findall(r"^\[\^([\w-]+)\]:", raw, re.M))
    if refs != defs: errors.append(f"{f}: footnotes referenced {sorted(refs)} defined {sorted(defs)}")


EMAIL_KEYS = ["id", "blobId", "threadId", "mailboxIds", "keywords", "size", "receivedAt", "messageId", "inReplyTo",
              "references", "sender", "from", "to", "cc", "bcc", "replyTo", "subject", "sentAt", "hasAttachment", "preview",
              "bodyValues", "textBody", "htmlBody", "attachments"]
def check_jmap(f, raw):
    lf_final(f, raw)
    d = json.loads(raw)
    if json.dumps(d, ensure_ascii=False, indent=2) + "\n" != raw: errors.append(f"{f}: not 2-space JSON as saved")
    if list(d) != ["methodResponses", "sessionState"]: errors.append(f"{f}: top-level keys {list(d)}"); return
    mr = d["methodResponses"]
    if not (len(mr) == 1 and mr[0][0] == "Email/get" and isinstance(mr[0][2], str)): errors.append(f"{f}: methodResponses"); return
    args = mr[0][1]
    if list(args) != ["accountId", "state", "list", "notFound"]: errors.append(f"{f}: Email/get arguments {list(args)}")
    mids = {m for e in args["list"] for m in e.get("messageId") or []}
    if len({e["threadId"] for e in args["list"]}) != 1: errors.append(f"{f}: emails of several threads")
    for e in args["list"]:
        if list(e) != EMAIL_KEYS: errors.append(f"{f}: Email property order {list(e)}")
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e["receivedAt"]): errors.append(f"{f}: receivedAt {e['receivedAt']}")
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", e["sentAt"]): errors.append(f"{f}: sentAt {e['sentAt']}")
        parts = e["textBody"] + e["htmlBody"]
        if sorted(e["bodyValues"]) != sorted(p["partId"] for p in parts): errors.append(f"{f}: bodyValues keys != body part ids")
        for p in parts:
            v = e["bodyValues"].get(p["partId"], {}).get("value", "")
            if p["size"] != len(v.encode("utf-8")): errors.append(f"{f}: part {p['partId']} size {p['size']} != {len(v.encode())}")
            if not p["blobId"].startswith(e["blobId"]): errors.append(f"{f}: part blobId")
        txt = e["bodyValues"][e["textBody"][0]["partId"]]["value"]
        if e["preview"] != " ".join(txt.split())[:256]: errors.append(f"{f}: preview is not the text's first 256 characters")
        for k in ("inReplyTo", "references"):
            for m in e[k] or []:
                if m not in mids: errors.append(f"{f}: {k} {m} not in the thread")
        for k in ("from", "to", "cc"):
            for a in e[k] or []:
                if list(a) != ["name", "email"] or "@" not in a["email"]: errors.append(f"{f}: address {a}")


def check_word_html(f, raw):
    crlf_only(f, raw)
    if not raw.startswith("<html>\r\n\r\n<head>\r\n<meta http-equiv=Content-Type content=\"text/html; charset=windows-1251\">\r\n<meta name=Generator content=\"Microsoft Word 15 (filtered)\">"):
        errors.append(f"{f}: not Word's filtered-HTML head (charset windows-1251, Generator)")
    if "<style>\r\n<!--\r\n /* Font Definitions */" not in raw or "-->\r\n</style>" not in raw: errors.append(f"{f}: Word's style block")
    if re.search(r'class="', raw): errors.append(f"{f}: quoted class value (Word writes class=Name)")
    balanced_tags(f, raw, ("p", "span", "a", "div", "h2", "i", "head", "body", "html"))
    for h, t in re.findall(r'<a href="([^"]+)">([^<]*)</a>', raw):
        if h != t: errors.append(f"{f}: link text {t!r} != href {h!r}")
    items = re.findall(r"<p class=(MsoListParagraphCxSp\w+)[^>]*><span lang=[\w-]+>(\d+)\.<span", raw)
    if [int(n) for _, n in items] != list(range(1, len(items) + 1)): errors.append(f"{f}: list numbers not 1..n")
    cls = [c for c, _ in items]
    if cls and (cls[0] != "MsoListParagraphCxSpFirst" or cls[-1] != "MsoListParagraphCxSpLast" or any(c != "MsoListParagraphCxSpMiddle" for c in cls[1:-1])):
        errors.append(f"{f}: list paragraph classes not First / Middle / Last")
    if not raw.endswith("</html>\r\n"): errors.append(f"{f}: does not end with </html>")


REFLIB_DOC = ["filename", "relative_filename", "key", "notes", "tagged", "bib_type", "bib_doi", "bib_title", "bib_authors",
              "bib_journal", "bib_volume", "bib_number", "bib_pages", "bib_year", "bib_extra"]
BIB_TYPES = {"article", "inproceedings", "book", "misc", "techreport", "phdthesis", "incollection", "unpublished"}
def check_reflib(f, raw):
    lf_final(f, raw)
    if not raw.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<library>\n'): errors.append(f"{f}: not Referencer's head")
    root = ET.fromstring(raw.encode("utf-8"))
    if [c.tag for c in root] != ["manage_target", "library_folder", "taglist", "doclist"]: errors.append(f"{f}: library children {[c.tag for c in root]}")
    uids = [int(t.findtext("uid")) for t in root.find("taglist")]
    if uids != list(range(len(uids))): errors.append(f"{f}: tag uids not 0..n-1")
    keys_ = set()
    for d in root.find("doclist"):
        tags = [c.tag for c in d]
        seq = [REFLIB_DOC.index(t) if t in REFLIB_DOC else -1 for t in tags]
        if -1 in seq or seq != sorted(seq) or [t for t in tags if t not in ("tagged", "bib_extra")] != [t for t in REFLIB_DOC if t not in ("tagged", "bib_extra")]:
            errors.append(f"{f}: doc children {tags}")
        for t in d.findall("tagged"):
            if int(t.text) not in uids: errors.append(f"{f}: tagged {t.text} undefined")
        fn, rel = d.findtext("filename") or "", d.findtext("relative_filename") or ""
        if not (fn.startswith("file:///") and fn.endswith("/" + quote(rel))): errors.append(f"{f}: filename {fn!r} vs {rel!r}")
        k = d.findtext("key")
        if k in keys_: errors.append(f"{f}: duplicate key {k}")
        keys_.add(k)
        if d.findtext("bib_type") not in BIB_TYPES: errors.append(f"{f}: bib_type {d.findtext('bib_type')}")
        for x in d.findall("bib_extra"):
            if x.get("key") not in ("url", "eprint", "archivePrefix", "primaryClass", "booktitle", "series", "publisher", "note", "howpublished"):
                errors.append(f"{f}: bib_extra key {x.get('key')}")
    for t in re.findall(r">([^<]+)<", raw):
        if "'" in t or '"' in t: errors.append(f"{f}: unescaped quote in text {t[:40]!r} (GLib escapes them)")


def check_dif(f, raw):
    crlf_only(f, raw)
    try:
        rows, head = dif_cells(raw)
    except (ValueError, IndexError) as ex:
        errors.append(f"{f}: DIF: {ex}"); return
    if list(head)[:3] != ["TABLE", "VECTORS", "TUPLES"] or head["TABLE"] != (1, '"EXCEL"'): errors.append(f"{f}: DIF header {head}")
    if head.get("TUPLES", (0,))[0] != len(rows): errors.append(f"{f}: TUPLES {head.get('TUPLES')} != {len(rows)} rows")
    for i, r in enumerate(rows):
        if len(r) != head.get("VECTORS", (0,))[0]: errors.append(f"{f}: row {i + 1} has {len(r)} cells, VECTORS {head.get('VECTORS')}")


def check_xenforo(f, raw):
    lf_final(f, raw)
    if not re.match(r'<!DOCTYPE html>\n<html id="XF" lang="[\w-]+" dir="LTR"\n\tdata-xf="2\.\d"\n\tdata-app="public"\n\tdata-template="thread_view"', raw):
        errors.append(f"{f}: not a XenForo 2 thread_view page")
    balanced_tags(f, raw, ("article", "div", "blockquote", "ul", "li", "section", "footer", "header", "time", "a", "h4", "h5"))
    arts = re.findall(r'<article class="message message--post js-post[^"]*"\n\t\tdata-author="([^"]+)"\n\t\tdata-content="post-(\d+)"\n\t\tid="js-post-(\d+)"', raw)
    if not arts: errors.append(f"{f}: no posts")
    ids = [int(b) for _, b, c in arts]
    if any(b != c for _, b, c in arts) or ids != sorted(set(ids)): errors.append(f"{f}: post ids not unique and ascending")
    nums = [int(n) for n in re.findall(r'rel="nofollow">#(\d+)</a>', raw)]
    if nums != list(range(1, len(arts) + 1)): errors.append(f"{f}: post numbers {nums}")
    months = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
    for iso, ep, ds, ts_ in re.findall(r'<time  class="u-dt" dir="auto" datetime="([^"]+)" data-time="(\d+)" data-date-string="([^"]+)" data-time-string="([^"]+)"', raw):
        try:
            t = datetime.datetime.strptime(iso, "%Y-%m-%dT%H:%M:%S%z")
        except ValueError:
            errors.append(f"{f}: datetime {iso}"); continue
        if iso[-5:] != "+0700": errors.append(f"{f}: time zone of {iso}")
        if int(t.timestamp()) != int(ep): errors.append(f"{f}: data-time {ep} != {iso}")
        if ds != f"{t.day} {months[t.month - 1]} {t.year}" or ts_ != t.strftime("%H:%M"): errors.append(f"{f}: date strings {ds} {ts_} != {iso}")
    for h, p in re.findall(r'<a href="([^"]+)" target="_blank" class="link link--external" data-proxy-href="/proxy\.php\?link=([^&"]+)&amp;hash=[0-9a-f]{32}" rel="nofollow ugc noopener">', raw):
        if unquote(p) != html.unescape(h): errors.append(f"{f}: proxy link {p} != href {h}")
    if raw.count('class="link link--external"') != raw.count("data-proxy-href="): errors.append(f"{f}: external link without proxy href")
    for src in re.findall(r'data-source="post: (\d+)"', raw):
        if int(src) not in ids: errors.append(f"{f}: quote of unknown post {src}")
    if "Community platform by XenForo<sup>&reg;</sup>" not in raw: errors.append(f"{f}: no XenForo footer")


MJ_PARENT = {"mj-head": {"mjml"}, "mj-body": {"mjml"}, "mj-title": {"mj-head"}, "mj-preview": {"mj-head"},
             "mj-breakpoint": {"mj-head"}, "mj-attributes": {"mj-head"}, "mj-style": {"mj-head"}, "mj-font": {"mj-head"},
             "mj-all": {"mj-attributes"}, "mj-class": {"mj-attributes"}, "mj-section": {"mj-body", "mj-wrapper"},
             "mj-wrapper": {"mj-body"}, "mj-column": {"mj-section", "mj-group"}, "mj-group": {"mj-section"},
             "mj-social-element": {"mj-social"}}
MJ_CONTENT = {"mj-text", "mj-image", "mj-button", "mj-divider", "mj-spacer", "mj-table", "mj-social", "mj-raw"}
def check_mjml(f, raw):
    lf_final(f, raw)
    root = ET.fromstring(raw.encode("utf-8"))
    if root.tag != "mjml" or [c.tag for c in root] != ["mj-head", "mj-body"]: errors.append(f"{f}: mjml > mj-head, mj-body"); return
    classes = {c.get("name") for c in root.iter("mj-class")}
    def walk(el, parent):
        if el.tag.startswith("mj-"):
            if parent == "mj-attributes":
                if el.tag != "mj-all" and el.tag != "mj-class" and el.tag not in MJ_PARENT and el.tag not in MJ_CONTENT:
                    errors.append(f"{f}: unknown element <{el.tag}> in mj-attributes")
                return
            if el.tag in MJ_PARENT:
                if parent not in MJ_PARENT[el.tag]: errors.append(f"{f}: <{el.tag}> inside <{parent}>")
            elif el.tag in MJ_CONTENT or el.tag in ("mj-text", "mj-button"):
                if parent != "mj-column" and not (el.tag == "mj-text" and parent == "mj-attributes"): errors.append(f"{f}: <{el.tag}> inside <{parent}>")
            else: errors.append(f"{f}: unknown element <{el.tag}>")
            if el.get("mj-class") and el.get("mj-class") not in classes: errors.append(f"{f}: mj-class {el.get('mj-class')} undefined")
            if el.tag in ("mj-text", "mj-table", "mj-raw", "mj-style", "mj-social-element", "mj-button", "mj-title", "mj-preview"): return
        for c in el: walk(c, el.tag)
    for c in root: walk(c, "mjml")
    for t in re.findall(r"\[\[([^\]]+)\]\]", raw):
        if not re.fullmatch(r"PERMALINK|UNSUB_LINK_[A-Z]{2}|EMAIL_TO|data:\w+:\"[^\"]*\"", t): errors.append(f"{f}: merge tag [[{t}]]")
    for i, l in enumerate(raw.split("\n")):
        if (len(l) - len(l.lstrip(" "))) % 2 or l.startswith("\t"): errors.append(f"{f}: line {i + 1} not in two-space indentation")


def check_typecho(f, raw):
    lf_final(f, raw)
    for m in ('<meta name="generator" content="Typecho 1.2.1" />', '<meta name="template" content="default" />',
              'itemtype="http://schema.org/BlogPosting"', '<a href="https://typecho.org">Typecho</a> 强力驱动'):
        if m not in raw: errors.append(f"{f}: missing {m!r}")
    balanced_tags(f, raw, ("div", "ol", "ul", "li", "article", "section", "header", "footer", "form", "p", "a", "h1", "h2", "h3", "time", "blockquote", "strong"))
    lis = re.findall(r'<li id="li-comment-(\d+)" class="comment-body (comment-parent|comment-child)[^"]*">\n    <div id="comment-(\d+)">', raw)
    ids = [int(a) for a, _, _ in lis]
    if len(set(ids)) != len(ids) or any(a != c for a, _, c in lis): errors.append(f"{f}: comment ids")
    for a, b, c in re.findall(r'\?replyTo=(\d+)#respond-post-\d+" rel="nofollow" onclick="return TypechoComment\.reply\(\'comment-(\d+)\', (\d+), this\);"', raw):
        if not a == b == c or int(a) not in ids: errors.append(f"{f}: reply link ids {a} {b} {c}")
    m = re.search(r"<h3>(\d+) 条评论</h3>", raw)
    if not m or int(m.group(1)) != len(ids): errors.append(f"{f}: comment count heading")
    for cid, kind in ((a, b) for a, b, _ in lis):
        pos = raw.index(f'<li id="li-comment-{cid}"')
        inside = raw[:pos].count('<div class="comment-children">') > raw[:pos].count("</ol>\n    </div>")
        if (kind == "comment-child") != inside: errors.append(f"{f}: comment {cid} is {kind} but {'inside' if inside else 'outside'} comment-children")
    for iso, shown in re.findall(r'<time datetime="([^"]+)">([^<]+)</time>', raw):
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00", iso) or iso[:16].replace("T", " ") != shown: errors.append(f"{f}: comment time {iso} shown {shown}")


CONDOR_BUILTIN = {"Cluster", "ClusterId", "Process", "ProcId", "Item", "Step", "Node"}
def check_condor(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    defined, qi = set(CONDOR_BUILTIN), None
    for i, l in enumerate(ls):
        if not l.strip() or l.lstrip().startswith("#"): continue
        mq = re.fullmatch(r"queue ([\w, ]+) from \(", l)
        if mq:
            qi = i; qvars = [v.strip() for v in mq.group(1).split(",")]; break
        m = re.fullmatch(r"(\+?[A-Za-z_]\w*)\s+=\s+(.*)", l)
        if not m: errors.append(f"{f}: line {i + 1} not a submit command: {l!r}"); continue
        val = m.group(2)
        if val.count('"') % 2: errors.append(f"{f}: line {i + 1} unbalanced quotes")
        if val.count("(") != val.count(")"): errors.append(f"{f}: line {i + 1} unbalanced parentheses")
        defined.add(m.group(1))
        for ref in re.findall(r"\$\((\w+)\)", val): defined_later = ref
    if qi is None: errors.append(f"{f}: no `queue … from (` statement"); return
    defined |= set(qvars)
    for i, l in enumerate(ls[:qi]):
        if l.lstrip().startswith("#"): continue
        for ref in re.findall(r"\$\((\w+)\)", l):
            if ref not in defined: errors.append(f"{f}: macro $({ref}) on line {i + 1} undefined")
    if ls[-1] != ")": errors.append(f"{f}: queue block not closed by ) on the last line")
    for i, l in enumerate(ls[qi + 1:-1], qi + 2):
        if len([x for x in l.split(",")]) != len(qvars) or not l.strip(): errors.append(f"{f}: queue row {i} has not {len(qvars)} values")


def shape_checks(f, raw, path):
    {677: check_graph_todo, 678: check_myst, 679: check_jmap, 680: check_word_html, 681: check_reflib, 682: check_dif,
     683: check_xenforo, 684: check_mjml, 685: check_typecho, 686: check_condor}.get(
        num(f), lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


def valid_arxiv_shape(m):
    yy, mm, num_ = int(m[:2]), int(m[2:4]), m.split(".")[1]
    if not 1 <= mm <= 12 or yy < 7 or (yy == 7 and mm < 4):
        return False
    return len(num_) == (5 if int(m[:4]) >= 1501 else 4)
# ---------------------------------------------------------------- label checks

files = sorted(os.listdir(DIG), key=num)
if sorted(exp) != sorted(files):
    errors.append(f"keys {sorted(exp)} != files {sorted(files)}")
ID_URL = r"(?:arxiv\.org/(?:abs|pdf|html)/|alphaxiv\.org/abs/|huggingface\.co/papers/|hf\.co/papers/)"
for f in files:
    path = os.path.join(DIG, f)
    try:
        raw = read_raw(f, path)
    except UnicodeDecodeError as ex:
        errors.append(f"{f}: not in its charset: {ex}"); raw = open(path, encoding="utf-8", errors="replace", newline="").read()
    try:
        shape_checks(f, raw, path)
    except Exception as ex:
        errors.append(f"{f}: shape check crashed: {ex!r}")
    try:
        forms = decoded_forms(f, raw, path)
    except Exception as ex:  # a broken file must not hide the other checks
        errors.append(f"{f}: cannot decode: {ex!r}"); forms = []
    alltext = raw + "\n\u241e\n" + "\n\u241e\n".join(forms)
    ntext = norm(alltext)
    nraw = norm(raw)
    recs = exp.get(f, [])
    seen = set()
    for r in recs:
        if set(r) != {"arxiv_id", "openreview_id", "title", "evidence", "true_arxiv_id"}: errors.append(f"{f}: fields {sorted(r)}")
        t, ev, tid, aid, oid = r["title"], r["evidence"], r["true_arxiv_id"], r["arxiv_id"], r["openreview_id"]
        key = tid or oid or t.lower()
        if key in seen: errors.append(f"{f}: duplicate {key}")
        seen.add(key)
        if tid:
            e = pool.get(tid)
            if not e: errors.append(f"{f}: true_arxiv_id {tid} not in the catalogues"); continue
            if tid in distract_ids: errors.append(f"{f}: {tid} is a distractor")
        else:
            e = no_arxiv_titles.get(t.lower())
            if not e: errors.append(f"{f}: title-only no-arxiv paper not in pool: {t}"); continue
        cat_titles = {norm(e["title"])} | {norm(v["title"]) for v in e.get("versions") or [] if v.get("title")}
        if norm(t) not in cat_titles:
            dev = DEVIATIONS.get((f, t))
            ok = (dev == "unicode-apostrophe" and norm(t.replace("\u2019", "'")) in cat_titles) or \
                 (dev == "subtitle-dropped" and any(c.startswith(norm(t) + ":") for c in cat_titles))
            if ok:
                notes.append(f"{f}: title written with a recorded deviation ({dev}): {t!r} for {e['title']!r}")
            else:
                errors.append(f"{f}: title {t!r} does not match the catalogue's {e['title']!r}")
        elif norm(t) != norm(e["title"]):
            notes.append(f"{f}: title recorded under a version title: {t!r} (current: {e['title']!r})")
        if oid and e.get("openreview_id") != oid: errors.append(f"{f}: openreview {oid} not {tid}'s")
        if t in raw: pass
        elif norm(t) in nraw: notes.append(f"{f}: title found only after normalising whitespace/entities/TeX: {t!r}")
        elif t in alltext: notes.append(f"{f}: title found only after decoding: {t!r}")
        elif norm(t) in ntext: notes.append(f"{f}: title found only after decoding + normalising: {t!r}")
        else: errors.append(f"{f}: title not in digest: {t!r}")
        if ev == "title-only":
            if aid or oid: errors.append(f"{f}: title-only with ids {t}")
            for i in (tid, e.get("openreview_id")):
                if i and i in alltext: errors.append(f"{f}: title-only paper's id {i} appears")
        elif ev == "link":
            if oid:
                if not re.search(r"openreview\.net/(?:forum|pdf)\?id=" + re.escape(oid), alltext):
                    errors.append(f"{f}: no openreview link for {oid}")
                if aid: errors.append(f"{f}: both ids set for {t}")
                if tid and re.search(ID_URL + re.escape(tid), alltext): errors.append(f"{f}: OpenReview record {oid} also has an arXiv link")
            elif not aid:
                errors.append(f"{f}: link record without arxiv_id or openreview_id: {t}")
            else:
                if aid != tid: errors.append(f"{f}: arxiv_id != true for {t}")
                if not re.search(ID_URL + re.escape(aid), alltext):
                    errors.append(f"{f}: no arXiv-form link for {aid}")
                elif not re.search(ID_URL + re.escape(aid), raw):
                    notes.append(f"{f}: link for {aid} found only after decoding")
        elif ev == "arxiv-text":
            if aid != tid or oid: errors.append(f"{f}: bad ids for arxiv-text {t}")
            if aid not in raw:
                if aid in alltext: notes.append(f"{f}: id {aid} found only after decoding")
                else: errors.append(f"{f}: id {aid} not in digest")
            if re.search(ID_URL + re.escape(aid), alltext): errors.append(f"{f}: arxiv-text {aid} also has a link")
        else:
            errors.append(f"{f}: bad evidence {ev}")
    labelled = {r["true_arxiv_id"] for r in recs} | {r["openreview_id"] for r in recs}
    for m in sorted(set(re.findall(r"(?<![\d.])(\d{4}\.\d{4,5})(?:v\d+)?(?![\d])", alltext))):
        if m in labelled:
            continue
        if m in pool_ids or m in distract_ids:
            errors.append(f"{f}: unlabelled catalogue{' distractor' if m in distract_ids else ''} arXiv id {m}")
        elif valid_arxiv_shape(m):
            errors.append(f"{f}: unlabelled valid-shaped arXiv id {m!r}")
        else:
            notes.append(f"{f}: id-like string that is not an arXiv id: {m!r}")
    for oid in sorted(set(re.findall(r"openreview\.net/(?:forum|pdf)\?id(?:=3D|=|%3D)([\w-]+)(?![\w-]*…)", alltext))):
        if oid not in labelled: errors.append(f"{f}: unlabelled OpenReview id {oid}")
    rec_keys = {r["true_arxiv_id"] or r["title"] for r in recs}
    rec_titles = {r["title"].lower() for r in recs}
    for e in list(pool.values()) + distract:
        if e["title"] and len(e["title"]) > 12 and norm(e["title"]) in ntext:
            if e.get("role") == "distractor" or ((e["arxiv_id"] or e["title"]) not in rec_keys and e["title"].lower() not in rec_titles):
                errors.append(f"{f}: unlabelled pool/distractor title {e['title']!r} ({e.get('role')})")
    if f.split("_")[1] == "negative" and recs: errors.append(f"{f}: a negative control with labels")




# reuse report: how often the labelled sets used each paper (every /work/main/tests/data/*/expected.json except
# round66's and round67's, a byte-identical file counted once), and the round66/round67 split (candidates sorted by
# (uses, catalogue title); round66 = odd positions from 3 on, one unbroken run; position 1 left out)
used = Counter()
TD = "/work/main/tests/data"
P67 = "/work/main/tests/data/digests-round67/expected.json"
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
if os.path.exists(P67): own.add(open(P67, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round66", "digests-round67") or not os.path.exists(pth): continue
    b = open(pth, "rb").read()
    if b in counted or b in own: continue
    counted.add(b)
    for recs in json.loads(b).values():
        used.update({x["true_arxiv_id"] or x["title"].lower() for x in recs})
pkey = lambda e: e["arxiv_id"] or e["title"].lower()
cands = sorted(pool.values(), key=lambda e: (used[pkey(e)], e["title"]))
pos = {pkey(e): i + 1 for i, e in enumerate(cands)}
allrecs = [r["true_arxiv_id"] or r["title"].lower() for recs in exp.values() for r in recs]
mine = set(allrecs)
last = max((pos[k] for k in mine if k in pos), default=0)
run = {pkey(e) for i, e in enumerate(cands) if (i + 1) % 2 == 1 and 3 <= i + 1 <= last}
even = sorted(k for k in mine if pos.get(k, 0) % 2 == 0)
if even: errors.append(f"papers not at an odd position (round67 takes the even ones): {even}")
if 1 in {pos.get(k) for k in mine}: errors.append(f"position 1 ({cands[0]['title']}) is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r67 = set()
if os.path.exists(P67):
    try:
        r67 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P67)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append("digests-round67/expected.json exists but could not be read (being written?)")
    if r67 & mine: errors.append(f"papers also in round67: {sorted(r67 & mine)}")
shared67 = len(r67 & mine) if os.path.exists(P67) else "(no digests-round67/expected.json yet)"

c = Counter(); per = {}
for f, recs in exp.items():
    per[f] = Counter(r["evidence"] for r in recs)
    c.update(per[f])
for f in files:
    orl_f = sum(1 for r in exp.get(f, []) if r["openreview_id"])
    print(f"{f:92s} {sum(per.get(f, {}).values()):2d}  " + " ".join(f"{k}={v}" for k, v in sorted(per.get(f, {}).items()))
          + (f" (openreview {orl_f})" if orl_f else ""))
tot = sum(c.values())
orl = sum(1 for recs in exp.values() for r in recs if r["openreview_id"])
nox = sum(1 for recs in exp.values() for r in recs if not r["true_arxiv_id"])
nox_t = sum(1 for recs in exp.values() for r in recs if r["evidence"] == "title-only" and r["true_arxiv_id"])
multi = {k: n for k, n in Counter(allrecs).items() if n > 1}
if multi: errors.append(f"papers in more than one round66 file: {multi}")
for f in files:
    n_ = len(exp.get(f, []))
    if f.split("_")[1] != "negative" and not 8 <= n_ <= 12: errors.append(f"{f}: {n_} papers (8-12 wanted)")
    if f.split("_")[1] != "negative" and n_ and not 0.3 <= per[f]["title-only"] / n_ <= 0.6: errors.append(f"{f}: title-only share {per[f]['title-only']}/{n_}")
print(f"total {tot}: {dict(c)}; openreview links {orl}; title-only with a true arXiv id {nox_t}; "
      f"not on arXiv {nox}; title-only share {c['title-only'] / max(tot, 1):.2f}")
print(f"uses counted over {len(counted)} distinct expected.json files; earlier uses of the papers: "
      f"{dict(sorted(Counter(used[k] for k in allrecs).items()))}; positions used: odd 3..{last} ({len(mine)} papers); "
      f"at even positions: {len(even)}; shared with round67: {shared67}; papers in more than one round66 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
