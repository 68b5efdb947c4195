#!/usr/bin/env python3
r"""Checks round118/expected.json against the digests and the shared catalogues.

Adapted from round116/validate.py (the label checks are the same code; the reuse report is round116's with round118 /
round119 in place of round116 / round117: round118 holds the even positions from 4, positions 1 and 2 left out; the
readers and shape checks are new). The reuse report counts every /work/main/tests/data/*/expected.json except
round118's and round119's own (a digests-round118 / digests-round119 folder, or a file whose bytes equal round118's or
round119's expected.json) — a file whose bytes equal one already counted is counted once — and checks the split:
round118 holds the even positions of the candidates sorted by (uses, catalogue title), positions 1 and 2 left out, as
one run from position 4 up to its last paper; it fails on a paper shared with round119's expected.json (read only,
from /work/rounds/digests-round119/ or /work/main/tests/data/digests-round119/, when it exists), and on a paper in
more than one round118 file.
Every digest is read raw (UTF-8, line ends kept) and in decoded forms: 1199 every MIME part decoded (quoted-printable,
base64, the attached message's parts) and its RFC 2047 headers; 1206 every CSV field; everything: HTML entities undone
once and twice, percent-escapes undone. Titles are matched after whitespace normalisation (which also joins 1200's PDF
line breaks), case-blind; a title found only that way (or only in a decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level; values a program would compute are re-computed):
1197 myCourseVille page (LF, final newline; doctype; tags balanced, known; weeks numbered from 1; Thai dates `d ม.ค.
2567` with Buddhist-era years, valid and seven days apart; the รวม row = the sum of the hours; the course code in
<title> = the <h1>'s);
1198 DocToc awesome list (LF, final newline; DocToc's START / DON'T EDIT / title / END lines in order; the TOC = the
`##` / `###` headings after it, `###` two spaces in, anchors GitHub slugs; `<div dir="rtl">` opened and closed; every
Markdown link target outside code spans http(s) or an existing anchor; paper-section items start `- `);
1199 forwarded e-mail (CRLF only, final CRLF; the outer header names in FairEmail's order; Date parsed; multipart/mixed
= a text/plain quoted-printable part and a message/rfc822 part; the attached message's headers, Date parsed,
multipart/alternative = text/plain quoted-printable + text/html base64; every encoded line at most 76 characters;
quoted-printable equal to its re-encoding, base64 decodable; the outer Subject = `Fwd: ` + the attached Subject; the
paper count in that Subject = the numbered items of the plain part = the item rows of the HTML part; the note's
`-- ` signature);
1200 amsalpha reference list copied from a PDF (LF, final newline; the heading first; no line over 92 characters;
entries `[LABEL] …`, labels unique, in alpha's presort order, each equal to alpha's label re-computed from the entry's
author names and its year; the page-number line followed by the next page's running head `N+1 ΒΙΒΛΙΟΓΡΑΦΙΑ`);
1201 refbase RIS (CRLF only, final CRLF; every line `TAG  - value`; records `TY` first (known type) and `ER  - ` last,
one blank line between; AU `Last, First`; PY four digits; refbase's `exported from refbase (…record=N)` N1 line with
N = the record's ID, IDs unique);
1202 Troop Messenger export (CRLF only, final CRLF; the header lines; `[dd/mm/yyyy HH:MM] Name:` messages by listed
members, a blank line after each; times not decreasing and not after the export time; `↪ Reply to` names a member;
`Total messages: N` = the messages);
1203 Inflearn page (LF, final newline; doctype; tags balanced, known; `답변 N` = answer blocks; one accepted answer,
first, with the 지식공유자 badge; dates not before the question's and not decreasing; canonical id = the question's);
1204 xiaobot page (LF, final newline; doctype; tags balanced, known; the issue number in <title> = the <h1>'s = the
`全部 N 期`; 本期目录 = the <h2> headings in order);
1205 blog.hu page (LF, final newline; doctype; tags balanced, known; og:url = canonical; the <time> datetime = the
Hungarian date shown; `N komment` = comment blocks numbered from 1; replies point to earlier comments; comment times
after the post and not decreasing; trackback id = the post id);
1206 Jooto CSV (a BOM; CRLF records; equal to its all-fields-quoted re-encoding; the header; eleven fields; one board
name; list known; 完了 list ⇔ 完了 flag; dates valid, start ≤ due).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""
import base64, binascii, csv, email, email.header, email.policy, email.utils, html, io, json, os, quopri, re, sys
import datetime as dt
from collections import Counter
from urllib.parse import unquote
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
    if re.search(r"(?<!\r)\n", raw) or re.search(r"\r(?!\n)", raw): errors.append(f"{f}: a line end that is not CRLF")
    if not raw.endswith("\r\n"): errors.append(f"{f}: no final CRLF")


def ascending(f, where, xs):
    for a, b in zip(xs, xs[1:]):
        if b < a: errors.append(f"{f}: {where}: {b} after {a}"); return


HTML_TAGS = {"html", "head", "meta", "title", "link", "body", "header", "nav", "a", "main", "section", "h1", "h2", "h3",
             "div", "p", "br", "span", "time", "article", "footer", "button", "ol", "ul", "li", "aside", "strong", "em",
             "table", "tr", "td", "th", "thead", "tbody", "img", "b"}


def html_balanced(f, where, s, allowed=HTML_TAGS):
    stack = []
    for m in re.finditer(r"<(/?)([a-z][a-z0-9]*)([^>]*)>", s):
        close, tag, attrs = m.groups()
        if tag not in allowed: errors.append(f"{f}: {where}: tag <{tag}> not expected"); continue
        if tag in ("meta", "link", "br", "img") or attrs.endswith("/"): continue
        if not close: stack.append(tag)
        elif not stack or stack.pop() != tag: errors.append(f"{f}: {where}: </{tag}> unbalanced"); return
        if tag == "a" and not close and not re.fullmatch(r'(?: class="[\w-]+")? href="(?:https?://|mailto:|#)[^"\s]*"[^>]*', attrs):
            errors.append(f"{f}: {where}: <a{attrs}>")
    if stack: errors.append(f"{f}: {where}: {stack} not closed")


def html_page(f, raw, lang):
    lf_final(f, raw)
    if not raw.startswith(f'<!DOCTYPE html>\n<html lang="{lang}">\n'): errors.append(f"{f}: doctype / html lang")
    html_balanced(f, "page", raw)


# ---------------------------------------------------------------- readers (raw text and decoded forms)
def read_raw(f, path):
    return open(path, "rb").read().decode("utf-8")


def mime_texts(raw):
    """every header (RFC 2047 decoded) and every leaf part's decoded text, the attached message's included"""
    out = []
    msg = email.message_from_bytes(raw.encode("utf-8"), policy=email.policy.default)
    for part in msg.walk():
        for k, v in part.items():
            out.append(f"{k}: {v}")
        if part.is_multipart() or part.get_content_type() == "message/rfc822": continue
        out.append(part.get_payload(decode=True).decode(part.get_content_charset() or "utf-8"))
    return out


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n == 1199: forms += mime_texts(raw)
    if n == 1206: forms.append("\n".join(x for r in csv.reader(io.StringIO(raw.lstrip("\ufeff"), newline="")) for x in r))
    base = [raw] + forms
    for s in base:
        u = html.unescape(s)
        if u != s: forms.append(u)
        u2 = html.unescape(u)
        if u2 != u: forms.append(u2)
        p = unquote(s)
        if p != s: forms.append(p)
    return forms


# ---------------------------------------------------------------- shape checks
# ---- 1197 myCourseVille
TH_MON = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]


def check_courseville(f, raw):
    html_page(f, raw, "th")
    rows = re.findall(r'<tr><td class="wk">(\d+)</td><td class="date">([^<]+)</td><td>(.*?)</td><td class="reading">(.*?)</td><td class="hrs">(\d+)</td></tr>', raw)
    if [int(r[0]) for r in rows] != list(range(1, len(rows) + 1)) or not rows: errors.append(f"{f}: weeks {[r[0] for r in rows]}")
    dates = []
    for r in rows:
        m = re.fullmatch(r"(\d{1,2}) (\S+) (\d{4})", r[1])
        try:
            dates.append(dt.date(int(m.group(3)) - 543, TH_MON.index(m.group(2)) + 1, int(m.group(1))))
        except (AttributeError, ValueError):
            errors.append(f"{f}: week {r[0]}: Thai date {r[1]!r}")
    if any((b - a).days != 7 for a, b in zip(dates, dates[1:])): errors.append(f"{f}: dates not seven days apart")
    m = re.search(r'<tr class="total"><td colspan="4">รวม</td><td class="hrs">(\d+)</td></tr>', raw)
    if not m or int(m.group(1)) != sum(int(r[4]) for r in rows): errors.append(f"{f}: รวม vs the sum of the hours")
    t = re.search(r"<title>(\d{7}) ", raw); h = re.search(r"<h1>(\d{7}) ", raw)
    if not t or not h or t.group(1) != h.group(1): errors.append(f"{f}: course code in <title> vs <h1>")


# ---- 1198 DocToc awesome list
DOCTOC = ["<!-- START doctoc generated TOC please keep comment here to allow auto update -->",
          "<!-- DON'T EDIT THIS SECTION, INSTEAD RE-RUN doctoc TO UPDATE -->",
          "**Table of Contents**  *generated with [DocToc](https://github.com/thlorenz/doctoc)*"]
DOCTOC_END = "<!-- END doctoc generated TOC please keep comment here to allow auto update -->"


def gh_slug(h):
    return re.sub(r"[^\w\- ]", "", h.lower()).replace(" ", "-")


def check_doctoc(f, raw):
    lf_final(f, raw)
    L = raw.rstrip("\n").split("\n")
    try:
        s = L.index(DOCTOC[0]); e = L.index(DOCTOC_END)
    except ValueError:
        errors.append(f"{f}: DocToc START / END lines missing"); return
    if L[s + 1:s + 3] != DOCTOC[1:] or L[s + 3] != "": errors.append(f"{f}: DocToc header lines")
    toc = []
    for l in L[s + 4:e]:
        if not l: continue
        m = re.fullmatch(r"( *)- \[(.+)\]\(#(.+)\)", l)
        if not m: errors.append(f"{f}: TOC line {l!r}"); continue
        toc.append((len(m.group(1)), m.group(2), m.group(3)))
    heads = [(0 if l.startswith("## ") else 2, l.split(" ", 1)[1]) for l in L[e:] if re.match(r"#{2,3} ", l)]
    if [(i, t) for i, t, _ in toc] != heads: errors.append(f"{f}: TOC vs headings")
    if any(a != gh_slug(t) for _, t, a in toc): errors.append(f"{f}: TOC anchors are not GitHub slugs")
    if raw.count('<div dir="rtl">') != 1 or raw.count("</div>") != 1 or raw.index('<div dir="rtl">') > raw.index("</div>"):
        errors.append(f"{f}: <div dir=\"rtl\"> not opened and closed once")
    anchors = {gh_slug(t) for _, t in heads}
    for u in re.findall(r"\]\(([^)\s]+)\)", re.sub(r"`[^`\n]*`", "", raw)):
        if u.startswith("#"):
            if u[1:] not in anchors: errors.append(f"{f}: anchor {u} resolves nowhere")
        elif not re.match(r"https?://", u): errors.append(f"{f}: link target {u!r}")
    sec = None
    for l in L[e + 1:]:
        if l.startswith("## "): sec = l[3:]
        elif l.strip() and not l.startswith("#") and sec == heads[0][1] and not l.startswith("- "):
            errors.append(f"{f}: paper-section line not a list item: {l[:40]!r}")


# ---- 1199 forwarded e-mail
OUTER_HEAD = ["From", "To", "Cc", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"]
INNER_HEAD = ["Return-Path", "Received", "Date", "From", "To", "Message-ID", "Subject", "MIME-Version", "Content-Type"]


def _heads(block):
    names = []
    for l in block.split("\r\n"):
        if l[:1] in (" ", "\t"): continue
        names.append(l.split(":", 1)[0])
    return names


def _part_check(f, where, p, ctype, cte):
    if p.get_content_type() != ctype or (p.get("Content-Transfer-Encoding") or "").lower() != cte:
        errors.append(f"{f}: {where}: {p.get_content_type()} / {p.get('Content-Transfer-Encoding')} (want {ctype} / {cte})"); return None
    body = p.get_payload(decode=False)
    lines = body.replace("\r\n", "\n").rstrip("\n").split("\n")
    if any(len(l) > 76 for l in lines): errors.append(f"{f}: {where}: an encoded line over 76 characters")
    if cte == "quoted-printable":
        dec = quopri.decodestring(body.replace("\r\n", "\n").encode("ascii"))
        if quopri.encodestring(dec).decode("ascii") != body.replace("\r\n", "\n"): errors.append(f"{f}: {where}: not canonical quoted-printable")
    else:
        try:
            dec = base64.b64decode("".join(lines), validate=True)
        except (binascii.Error, ValueError):
            errors.append(f"{f}: {where}: base64 does not decode"); return None
    try:
        return dec.decode("utf-8")
    except UnicodeDecodeError:
        errors.append(f"{f}: {where}: not UTF-8"); return None


def check_eml(f, raw):
    crlf_only(f, raw)
    head, sep, _ = raw.partition("\r\n\r\n")
    if _heads(head) != OUTER_HEAD: errors.append(f"{f}: outer headers {_heads(head)}")
    msg = email.message_from_bytes(raw.encode("utf-8"))
    try: email.utils.parsedate_to_datetime(msg["Date"])
    except (TypeError, ValueError): errors.append(f"{f}: Date {msg['Date']!r}")
    parts = msg.get_payload() if msg.is_multipart() else []
    if msg.get_content_type() != "multipart/mixed" or len(parts) != 2: errors.append(f"{f}: not multipart/mixed with two parts"); return
    note = _part_check(f, "note", parts[0], "text/plain", "quoted-printable")
    if note is not None and "\n-- \n" not in note: errors.append(f"{f}: the note has no `-- ` signature line")
    if parts[1].get_content_type() != "message/rfc822": errors.append(f"{f}: second part not message/rfc822"); return
    inner = parts[1].get_payload()[0]
    ib = raw.split("Content-Disposition: attachment;", 1)[-1].split("\r\n\r\n", 2)
    if len(ib) < 2 or _heads(ib[1]) != INNER_HEAD: errors.append(f"{f}: attached message headers {(_heads(ib[1]) if len(ib) > 1 else None)}")
    try: email.utils.parsedate_to_datetime(inner["Date"])
    except (TypeError, ValueError): errors.append(f"{f}: attached Date {inner['Date']!r}")
    if msg["Subject"] != "Fwd: " + (inner["Subject"] or ""): errors.append(f"{f}: Subject is not Fwd: + the attached Subject")
    alts = inner.get_payload() if inner.is_multipart() else []
    if inner.get_content_type() != "multipart/alternative" or len(alts) != 2: errors.append(f"{f}: attached message not multipart/alternative with two parts"); return
    plain = _part_check(f, "attached text/plain", alts[0], "text/plain", "quoted-printable")
    htm = _part_check(f, "attached text/html", alts[1], "text/html", "base64")
    m = re.search(r"(\d+) new papers", inner["Subject"] or "")
    n_plain = len(re.findall(r"(?m)^\d+\. ", plain or ""))
    n_html = len(re.findall(r'<tr><td style="padding:16px 24px;', htm or ""))
    if not m or not int(m.group(1)) == n_plain == n_html: errors.append(f"{f}: subject count vs {n_plain} plain items / {n_html} HTML rows")
    if htm: html_balanced(f, "attached HTML", htm)


# ---- 1200 amsalpha list copied from a PDF
def _von_last(name):
    w = name.split()
    return [x for x in w[1:-1] if x[0].islower()], w[-1]


def alpha_label(names, others, year):
    n = len(names) + (1 if others else 0)
    if n == 1:
        v, last = _von_last(names[0]); s = "".join(x[0] for x in v) + last[0]
        return (s if len(s) >= 2 else last[:3]) + f"{year % 100:02d}"
    take = names[:3] if n > 4 else names
    return "".join("".join(x[0] for x in _von_last(nm)[0]) + _von_last(nm)[1][0] for nm in take) + ("+" if n > 4 else "") + f"{year % 100:02d}"


def check_amsalpha(f, raw):
    lf_final(f, raw)
    L = raw.rstrip("\n").split("\n")
    if L[:2] != ["Βιβλιογραφία", ""]: errors.append(f"{f}: no Βιβλιογραφία heading first")
    for i, l in enumerate(L):
        if len(l) > 92: errors.append(f"{f}: line {i + 1} over 92 characters")
    for i, l in enumerate(L):
        if re.fullmatch(r"\d+", l) and (i + 1 >= len(L) or L[i + 1] != f"{int(l) + 1} ΒΙΒΛΙΟΓΡΑΦΙΑ"): errors.append(f"{f}: page {l} not followed by the running head")
    body = [l for l in L[2:] if not re.fullmatch(r"\d+( ΒΙΒΛΙΟΓΡΑΦΙΑ)?", l)]
    ents, cur = [], None
    for l in body:
        m = re.match(r"\[([^\]\s]+)\] (.*)", l)
        if m: cur = [m.group(1), m.group(2)]; ents.append(cur)
        elif cur: cur[1] += " " + l
        else: errors.append(f"{f}: text before the first entry: {l[:40]!r}")
    labs = [e[0] for e in ents]
    if len(set(labs)) != len(labs): errors.append(f"{f}: duplicate labels")
    sk = [re.sub(r"[^\w]", "", x).lower() for x in labs]
    if sk != sorted(sk): errors.append(f"{f}: labels not in alpha's presort order")
    for lab, text in ents:
        others = ", et al.," in text
        if others: names = text.split(", et al.,")[0].split(", ")
        else:
            m = re.match(r"(.+?) and ([^,]+),", text)
            names = (m.group(1).rstrip(",").split(", ") + [m.group(2)]) if m and len(m.group(1)) < 200 else [text.split(",")[0]]
        yrs = [int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", text) if int(y) % 100 == int(lab[-2:])] if lab[-2:].isdigit() else []
        if not yrs or alpha_label(names, others, yrs[0]) != lab: errors.append(f"{f}: label [{lab}] is not alpha's label for {names[:2]}…")


# ---- 1201 refbase RIS
RIS_TY = {"JOUR", "CONF", "BOOK", "CHAP", "COMP", "ELEC", "RPRT", "THES", "GEN"}


def check_ris(f, raw):
    crlf_only(f, raw)
    recs = raw[:-2].split("\r\n\r\n") if raw.endswith("\r\n") else [raw]
    ids = []
    for j, r in enumerate(recs, 1):
        L = r.split("\r\n")
        for l in L:
            if not re.fullmatch(r"[A-Z][A-Z0-9]  - .*", l) or (l.startswith("ER") and l != "ER  - "): errors.append(f"{f}: record {j}: line {l[:30]!r}")
        if not L[0].startswith("TY  - ") or L[0][6:] not in RIS_TY: errors.append(f"{f}: record {j}: first line {L[0]!r}")
        if L[-1] != "ER  - " or sum(l.startswith("ER  - ") for l in L) != 1: errors.append(f"{f}: record {j}: not ended by one ER")
        tags = {}
        for l in L: tags.setdefault(l[:2], []).append(l[6:])
        if tags.get("TY") and tags["TY"][0] in ("JOUR", "CONF") and any(not re.fullmatch(r"[^,]+, [^,]+", a) for a in tags.get("AU", [])): errors.append(f"{f}: record {j}: AU not `Last, First`")
        if not re.fullmatch(r"\d{4}", (tags.get("PY") or [""])[0]): errors.append(f"{f}: record {j}: PY")
        rid = (tags.get("ID") or [""])[0]; ids.append(rid)
        rb = [n for n in tags.get("N1", []) if n.startswith("exported from refbase (")]
        m = re.fullmatch(r"exported from refbase \(http://[^\s)]+/show\.php\?record=(\d+)\), last updated on \w{3}, \d\d \w{3} \d{4} \d\d:\d\d:\d\d [+-]\d{4}", rb[0]) if len(rb) == 1 else None
        if not m or m.group(1) != rid: errors.append(f"{f}: record {j}: refbase N1 line vs ID {rid}")
    if len(set(ids)) != len(ids): errors.append(f"{f}: duplicate IDs")


# ---- 1202 Troop Messenger
def check_troop(f, raw):
    crlf_only(f, raw)
    L = raw.split("\r\n")[:-1]
    if len(L) < 7 or L[0] != "Troop Messenger - Group Chat Export" or not L[1].startswith("Group: ") or not L[2].startswith("Exported by: ") \
            or not L[3].startswith("Exported on: ") or not L[4].startswith("Members: ") or set(L[5]) != {"-"} or L[6] != "":
        errors.append(f"{f}: header lines"); return
    members = set(L[4][9:].split(", "))
    if L[2][13:] not in members: errors.append(f"{f}: exporter not a member")
    try: exp_t = dt.datetime.strptime(L[3][13:], "%d/%m/%Y %H:%M")
    except ValueError: errors.append(f"{f}: export time"); return
    times, n, i = [], 0, 7
    while i < len(L) - 1:
        m = re.match(r"\[(\d\d/\d\d/\d{4} \d\d:\d\d)\] ([^:]+): ", L[i] + " ")
        if not m: errors.append(f"{f}: line {i + 1}: not a message head: {L[i][:40]!r}"); return
        if m.group(2) not in members: errors.append(f"{f}: line {i + 1}: {m.group(2)} is not a member")
        times.append(dt.datetime.strptime(m.group(1), "%d/%m/%Y %H:%M")); n += 1
        j = i + 1
        r = re.match(r" ?↪ Reply to (.+):$", L[i][m.end() - 1:])
        if r and r.group(1) not in members: errors.append(f"{f}: line {i + 1}: reply to a non-member")
        while j < len(L) and L[j] != "":
            r = re.match(r"↪ Reply to (.+):$", L[j])
            if r and r.group(1) not in members: errors.append(f"{f}: line {j + 1}: reply to a non-member")
            j += 1
        i = j + 1
    ascending(f, "message time", times)
    if times and times[-1] > exp_t: errors.append(f"{f}: a message after the export time")
    m = re.fullmatch(r"Total messages: (\d+)", L[-1])
    if not m or int(m.group(1)) != n: errors.append(f"{f}: Total messages vs {n} messages")


# ---- 1203 Inflearn
def check_inflearn(f, raw):
    html_page(f, raw, "ko")
    n = len(re.findall(r'<article class="answer', raw))
    m = re.search(r"<h2>답변 (\d+)</h2>", raw)
    if not m or int(m.group(1)) != n: errors.append(f"{f}: 답변 count vs {n} answer blocks")
    acc = re.findall(r'<article class="answer answer--accepted"', raw)
    first = re.search(r'<article class="answer[^"]*"', raw)
    if len(acc) != 1 or not first or "accepted" not in first.group(0) or raw.count('badge--instructor">지식공유자') != 1:
        errors.append(f"{f}: not one accepted answer, first, with the 지식공유자 badge")
    q = re.search(r'<time class="question__date">([\d.: ]+)</time>', raw)
    ts = re.findall(r'<time class="answer__date">([\d.: ]+)</time>', raw)
    if not q: errors.append(f"{f}: no question date"); return
    try:
        ds = [dt.datetime.strptime(x, "%Y.%m.%d %H:%M") for x in [q.group(1)] + ts]
    except ValueError:
        errors.append(f"{f}: a date not YYYY.MM.DD HH:MM"); return
    ascending(f, "answer date", ds)
    c = re.search(r'<link rel="canonical" href="https://www\.inflearn\.com/questions/(\d+)">', raw)
    s = re.search(r'<section class="question" id="question-(\d+)">', raw)
    if not c or not s or c.group(1) != s.group(1): errors.append(f"{f}: canonical id vs the question's")


# ---- 1204 xiaobot
def check_xiaobot(f, raw):
    html_page(f, raw, "zh-CN")
    t = re.search(r"<title>第(\d+)期｜", raw); h = re.search(r'<h1 class="post-title">第(\d+)期｜', raw)
    a = re.search(r"可阅读全部 (\d+) 期内容", raw)
    if not t or not h or not a or not t.group(1) == h.group(1) == a.group(1): errors.append(f"{f}: issue number in <title> / <h1> / 全部 N 期")
    toc = re.search(r"<strong>本期目录</strong></p>\n<ol>\n(.*?)\n</ol>", raw, re.S)
    items = re.findall(r"<li>(.*?)</li>", toc.group(1)) if toc else []
    if not items or items != re.findall(r"<h2>(.*?)</h2>", raw): errors.append(f"{f}: 本期目录 vs the <h2> headings")


# ---- 1205 blog.hu
HU_MON = ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember", "október",
          "november", "december"]


def check_bloghu(f, raw):
    html_page(f, raw, "hu")
    og = re.search(r'<meta property="og:url" content="([^"]+)">', raw); can = re.search(r'<link rel="canonical" href="([^"]+)">', raw)
    if not og or not can or og.group(1) != can.group(1): errors.append(f"{f}: og:url vs canonical")
    tm = re.search(r'<time datetime="(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):00\+0[12]:00">(\d{4})\. (\w+) (\d+)\. (\d\d):(\d\d)</time>', raw)
    if not tm or (tm.group(1), int(tm.group(2)), int(tm.group(3)), tm.group(4), tm.group(5)) != \
            (tm.group(6), HU_MON.index(tm.group(7)) + 1 if tm.group(7) in HU_MON else 0, int(tm.group(8)), tm.group(9), tm.group(10)):
        errors.append(f"{f}: <time> datetime vs the date shown"); return
    post = dt.datetime(int(tm.group(1)), int(tm.group(2)), int(tm.group(3)), int(tm.group(4)), int(tm.group(5)))
    blocks = re.findall(r'<div class="comment" id="comment(\d+)">\n<div class="comment-head"><span class="comment-num">#(\d+)</span> <span class="comment-author">[^<]+</span> <span class="comment-date">([^<]+)</span></div>\n(?:<div class="comment-reply">Válasz erre: <a href="#comment(\d+)">#(\d+)</a></div>\n)?', raw)
    n = raw.count('<div class="comment" id=')
    m = re.search(r"<h2>(\d+) komment</h2>", raw)
    if not m or int(m.group(1)) != n or len(blocks) != n: errors.append(f"{f}: komment count vs {n} blocks")
    if [int(b[1]) for b in blocks] != list(range(1, len(blocks) + 1)): errors.append(f"{f}: comment numbers")
    ids = {b[1]: b[0] for b in blocks}
    for b in blocks:
        if b[4] and (int(b[4]) >= int(b[1]) or ids.get(b[4]) != b[3]): errors.append(f"{f}: comment #{b[1]} replies to #{b[4]}")
    try:
        ct = [dt.datetime.strptime(b[2], "%Y.%m.%d. %H:%M:%S") for b in blocks]
    except ValueError:
        errors.append(f"{f}: a comment date not YYYY.MM.DD. HH:MM:SS"); return
    ascending(f, "comment time", [post] + ct)
    p = re.search(r'<article class="post" id="post(\d+)">', raw); tb = re.search(r"/api/trackback/id/tr(\d+)<", raw)
    if not p or not tb or p.group(1) != tb.group(1): errors.append(f"{f}: trackback id vs the post id")


# ---- 1206 Jooto CSV
JOOTO_HEAD = ["ボード名", "リスト名", "タスク名", "説明", "担当者", "ラベル", "開始日", "締切日", "完了", "作成日時", "チェックリスト"]


def check_jooto(f, raw):
    if not raw.startswith("\ufeff"): errors.append(f"{f}: no BOM")
    s = raw.lstrip("\ufeff")
    if re.search(r"(?<!\r)\n(?=\")", s) or not s.endswith("\r\n"): errors.append(f"{f}: records not CRLF-ended")
    rows = list(csv.reader(io.StringIO(s, newline="")))
    buf = io.StringIO(); csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerows(rows)
    if buf.getvalue() != s: errors.append(f"{f}: not all-fields-quoted CSV with CRLF records")
    if not rows or rows[0] != JOOTO_HEAD: errors.append(f"{f}: header {rows[:1]}"); return
    boards = set()
    for i, r in enumerate(rows[1:], 1):
        if len(r) != 11: errors.append(f"{f}: record {i}: {len(r)} fields"); continue
        boards.add(r[0])
        if r[1] not in ("ToDo", "進行中", "完了"): errors.append(f"{f}: record {i}: list {r[1]!r}")
        if (r[1] == "完了") != (r[8] == "完了") or r[8] not in ("完了", "未完了"): errors.append(f"{f}: record {i}: 完了 flag vs list")
        try:
            a, b = dt.datetime.strptime(r[6], "%Y/%m/%d"), dt.datetime.strptime(r[7], "%Y/%m/%d")
            dt.datetime.strptime(r[9], "%Y/%m/%d %H:%M")
            if a > b: errors.append(f"{f}: record {i}: start after due")
        except ValueError:
            errors.append(f"{f}: record {i}: a date")
    if len(boards) != 1: errors.append(f"{f}: board names {boards}")


def shape_checks(f, raw, path):
    n = num(f)
    {1197: check_courseville, 1198: check_doctoc, 1199: check_eml, 1200: check_amsalpha, 1201: check_ris,
     1202: check_troop, 1203: check_inflearn, 1204: check_xiaobot, 1205: check_bloghu,
     1206: check_jooto}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)

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
            if not aid: pass
            elif aid not in raw:
                if aid in alltext: notes.append(f"{f}: id {aid} found only after decoding")
                else: errors.append(f"{f}: id {aid} not in digest")
            if aid and re.search(ID_URL + re.escape(aid), alltext): errors.append(f"{f}: arxiv-text {aid} also has a link")
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
# round118's and round119's, a byte-identical file counted once), and the round118/round119 split (candidates sorted by
# (uses, catalogue title); round118 = even positions from 4 on, one unbroken run; round119 takes others)
used = Counter()
TD = "/work/main/tests/data"
P119S = ["/work/rounds/digests-round119/expected.json", "/work/main/tests/data/digests-round119/expected.json"]
P119 = next((p for p in P119S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P119S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round118", "digests-round119") or not os.path.exists(pth): continue
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
run = {pkey(e) for i, e in enumerate(cands) if (i + 1) % 2 == 0 and 4 <= i + 1 <= last}
odd = sorted(k for k in mine if pos.get(k, 1) % 2 == 1)
if odd: errors.append(f"papers not at an even position (round118 takes the even ones): {odd}")
if {1, 2} & {pos.get(k) for k in mine}: errors.append("position 1 or 2 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"even positions skipped inside the run 4..{last}: {[(pos[k], k) for k in gaps]}")
r119 = set()
if P119:
    try:
        r119 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P119)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P119} exists but could not be read (being written?)")
    if r119 & mine: errors.append(f"papers also in round119: {sorted(r119 & mine)}")
shared119 = len(r119 & mine) if P119 else "(no round119 expected.json yet)"

c = Counter(); per = {}
for f, recs in exp.items():
    per[f] = Counter(r["evidence"] for r in recs)
    c.update(per[f])
for f in files:
    orl_f = sum(1 for r in exp.get(f, []) if r["openreview_id"])
    print(f"{f:100s} {sum(per.get(f, {}).values()):2d}  " + " ".join(f"{k}={v}" for k, v in sorted(per.get(f, {}).items()))
          + (f" (openreview {orl_f})" if orl_f else ""))
tot = sum(c.values())
orl = sum(1 for recs in exp.values() for r in recs if r["openreview_id"])
nox = sum(1 for recs in exp.values() for r in recs if not r["true_arxiv_id"])
nox_t = sum(1 for recs in exp.values() for r in recs if r["evidence"] == "title-only" and r["true_arxiv_id"])
multi = {k: n for k, n in Counter(allrecs).items() if n > 1}
if multi: errors.append(f"papers in more than one round118 file: {multi}")
for f in files:
    n_ = len(exp.get(f, []))
    if f.split("_")[1] != "negative" and not 8 <= n_ <= 12: errors.append(f"{f}: {n_} papers (8-12 wanted)")
    if f.split("_")[1] != "negative" and n_ and not 0.3 <= per[f]["title-only"] / n_ <= 0.6: errors.append(f"{f}: title-only share {per[f]['title-only']}/{n_}")
neg = [f for f in files if f.split("_")[1] == "negative"]
if len(files) != 10 or neg != [files[-1]]: errors.append(f"want ten files, the negative last: {files}")
print(f"total {tot}: {dict(c)}; openreview links {orl}; title-only with a true arXiv id {nox_t}; "
      f"not on arXiv {nox}; title-only share {c['title-only'] / max(tot, 1):.2f}")
print(f"uses counted over {len(counted)} distinct expected.json files; earlier uses of the papers: "
      f"{dict(sorted(Counter(used[k] for k in allrecs).items()))}; positions used: even 4..{last} ({len(mine)} papers); "
      f"at odd positions: {len(odd)}; shared with round119: {shared119}; papers in more than one round118 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
