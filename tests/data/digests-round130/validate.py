#!/usr/bin/env python3
r"""Checks round130/expected.json against the digests and the shared catalogues.

Adapted from round128/validate.py (the label checks are the same code; the reuse report is round128's with round130 /
round131 in place of round128 / round129: round130 holds the even positions from 4, position 1 left out; the arXiv
listing reader is round126's, unchanged; the other readers and the shape checks are new). The reuse report counts
every /work/main/tests/data/*/expected.json except round130's and round131's own (a digests-round130 /
digests-round131 folder, or a file whose bytes equal round130's or round131's expected.json) — a file whose bytes
equal one already counted is counted once — and checks the split: round130 holds the even positions of the
candidates sorted by (uses, catalogue title), position 1 left out, as one run from position 4 up to its last paper;
it fails on a paper shared with round131's expected.json (read only, from /work/rounds/digests-round131/ or
/work/main/tests/data/digests-round131/, when it exists), and on a paper in more than one round130 file.
Every digest is read raw (UTF-8, line ends kept) and in decoded forms: 1319 its MIME parts decoded (base64) and its
RFC 2047 headers; 1322 every CSV field; everything: HTML entities undone once and twice, percent-escapes undone.
Titles are matched after whitespace normalisation, case-blind; a title found only that way (or only in a decoded
form) is reported as a `note:`.

Shape checks (lean, grammar-level; values a program would compute are re-computed):
1317 OİBS Bologna course page (CRLF only; the XHTML 1.0 Transitional doctype and xmlns; tags balanced; one post-back
form to `./progCourseDetails.aspx?curCourse=N&amp;lang=tr`; __VIEWSTATE base64 starting with LosFormatter's FF 01,
__VIEWSTATEGENERATOR 8 hex digits; every grd* table with GridView's attributes and `<th scope="col">` headers, the
nine Bologna grids in order; Kredisi = T + U/2; outcomes, weeks and program outcomes numbered 1..N, 14 weeks, every
`Kaynak N` of the weeks among the sources; assessment and success-ratio percentages adding up to their Toplam 100;
one X per program outcome; AKTS rows count × hours = total, Toplam İş Yükü = their sum, / 25 with a decimal comma,
the AKTS credit = round(total / 25) = the course's AKTS);
1318 cog-generated awesome README (LF, final newline; no tab or trailing space; the awesome badge on the title line;
headings with blank lines around; every `<!-- [[[cog` closed by `]]] -->` and `<!-- [[[end]]] -->`, no stray
markers; the first block the 목차, = `- [sec](#sec with - for spaces)` for the generated sections in order, each such
anchor = GitHub's; each table block under a heading reads papers[<that heading>] and its output is the cog code's
header and rows (`[title](url)` or a bare title, venue, `[o/r](https://github.com/o/r)`, memo); the hand-written
contents entries point at headings by GitHub's anchors; the cog commands);
1319 Walla! Mail forward (CRLF only, final CRLF; the header names in order; Date with `(IST)` / `(IDT)` matching its
offset; From an RFC 2047 B-word and an address; Message-ID `<epoch.n.user@walla…>` with the sender's user and the
Date's epoch; the `=_WallaMail_<20 hex>` boundary and the MIME preamble; text/plain then text/html, both UTF-8 base64
in lines of at most 76 equal to Python's re-encoding; the plain text: a `-- ` signature before `-------- הודעה מקורית
--------` and its מאת / תאריך / אל / נושא lines, Subject = `Fwd: ` + נושא, the forwarded mail addressed to the
forwarder and dated before the forward and after the window's end; the listing as round126 checks it (head lines, a
one-day window from 19:00 GMT with the weekdays right, entries in the window, fields wrapped at 80, closing
`\\ ( https://arxiv.org/abs/<id> ,  NNNkb)`, rules); the HTML part: the note in a dir="rtl" <div>, the forward block
as <div>s, the <pre> = the plain listing);
1320 ICONTEC references, Word's plain-text export (a BOM; CRLF only; `REFERENCIAS BIBLIOGRÁFICAS`, a blank line, the
entries, a blank line, `ANEXOS`; every entry opens with ICONTEC's author block — `SURNAME, Given` in capitals, two or
three joined `A; B y C`, more than three `A, et al.`, or a corporate author in capitals — and a full stop; entries
alphabetical by the first author (accents folded); online entries end `[consultado el D de mes de YYYY]. Disponible
en: <URL>` with a valid date and hold `[en línea]`, the others end with a full stop; pages `p. N-M` with N < M;
congresses `En: NAME (n : year : city). Memorias`);
1321 Jurism / Zotero RIS (CRLF only; every record `TY  - ` first with a known type, `ER  - ` last, a blank line after;
lines `XX  - value` of known tags, none empty; AU `Family, Given` (or a single-field name); DA `YYYY/MM/DD/` with
empty parts allowed and its year = PY, a valid date when complete; Y2 `YYYY/MM/DD/HH:MM:SS` and only with a UR; SP ≤
EP; UR http(s); notes `<p>…</p>`);
1322 Odoo 17 CSV export (no BOM; equal to its re-encoding with every field quoted and CRLF records; the Arabic header;
one project; 9 fields a row; stages and priorities from Odoo's values; many2many values joined by a bare comma;
deadlines `YYYY-MM-DD HH:MM:SS`; hours as Python writes a float; descriptions `<p>…</p>` HTML, balanced, links with
the editor's target / rel);
1323 Convos log (LF, final newline; every line `YYYY-MM-DDTHH:MM:SS ` and `<nick> `, `* nick ` or `-nick- ` then
text; timestamps ascending and in one month (one file per dialog and month); notices only from the bot; no message
over 400 bytes of UTF-8);
1324 AcyMailing archive view on Joomla 4 (LF, final newline; the HTML5 doctype, lang el-gr; Joomla's generator meta;
tags balanced; the archive view's body class with its itemid = every Itemid and the active menu item; <title> = the
<h1> subject + ` - ML Θεσσαλονίκης`; the issue number in the subject = the greeting's; the previous-issue link to
mail id − 1 and issue − 1; the Greek date line's weekday right and = the greeting's date; AcyMailing's wrappers);
1325 Bloggang entry (LF, final newline; the HTML 4.01 Transitional doctype; tags balanced; <title> = the entry title +
` - bloggang.com`; the `Create Date : … Last Update : … Counter : N Pageviews.` line with Thai dates in Buddhist Era
years (CE + 543), the update not before the creation; the permalink's month and date = the Create Date; comments
numbered 1..N, one `โดย: … วันที่: … เวลา:H:MM:SS น.` line each, in time order, none before the entry);
1326 Zhidao page copied as text (LF, final newline; the pasted question address, then the top bar; the breadcrumb;
one 最佳答案; `其他N条回答` = the answers written; the question date, 推荐于 and one date per answer, answers in order and
none before the question; 采纳率 ≤ 100%; the view count; Baidu's footer line).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""
import base64, csv, email, email.policy, email.utils, html, io, json, os, quopri, re, sys, textwrap, unicodedata
import datetime as dt
import xml.etree.ElementTree as ET
from collections import Counter
from urllib.parse import quote, unquote
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


def crlf_only(f, raw):
    if re.search(r"(?<!\r)\n", raw) or re.search(r"\r(?!\n)", raw): errors.append(f"{f}: a line end that is not CRLF")
    if not raw.endswith("\r\n"): errors.append(f"{f}: no final CRLF")


def ascending(f, where, xs):
    for a, b in zip(xs, xs[1:]):
        if b < a: errors.append(f"{f}: {where}: {b} after {a}"); return


HTML_TAGS = {"html", "head", "meta", "title", "link", "body", "header", "nav", "a", "main", "section", "h1", "h2", "h3",
             "h4", "div", "p", "br", "span", "article", "footer", "ol", "ul", "li", "strong", "em", "b", "i", "small",
             "table", "tr", "td", "img", "form", "input", "label", "textarea", "code", "style", "script", "time",
             "select", "option", "dl", "dt", "dd", "thead", "tbody", "th", "hr", "blockquote", "pre",
             "base"}
VOID = ("meta", "link", "br", "img", "input", "hr", "base")


def html_balanced(f, where, s, allowed=HTML_TAGS):
    stack = []
    s = re.sub(r"(?s)<!--.*?-->", "", s)
    s = re.sub(r"(?s)(<style[^>]*>).*?(</style>)", r"\1\2", s)
    for m in re.finditer(r"<(/?)([a-z][a-z0-9]*)([^>]*)>", s):
        close, tag, attrs = m.groups()
        if tag not in allowed: errors.append(f"{f}: {where}: tag <{tag}> not expected"); continue
        if tag in VOID or attrs.endswith("/"): continue
        if not close: stack.append(tag)
        elif not stack or stack.pop() != tag: errors.append(f"{f}: {where}: </{tag}> unbalanced"); return
    if stack: errors.append(f"{f}: {where}: {stack} not closed")


def tagtext(s):
    return html.unescape(re.sub(r"<[^>]+>", "", s))


def width(s):
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)





# ---- the arXiv listing (round126's reader, unchanged)
# ---- the arXiv listing (round126's reader, unchanged)
RULE = "-" * 78


def arx_head(arch):
    return [RULE, RULE, "Send any comments regarding submissions directly to submitter.", RULE,
            "Archives at http://arxiv.org/", f"To unsubscribe, e-mail To: {arch}@arXiv.org, Subject: cancel", RULE]


def check_listing(f, lst, arch, fdate):
    if lst[:7] != arx_head(arch): errors.append(f"{f}: the listing's head lines"); return
    wm = re.fullmatch(r" received from  (\w{3}) ([ \d]\d) (\w{3}) (\d\d) (\d\d:\d\d:\d\d) GMT  to  (\w{3}) ([ \d]\d) (\w{3}) (\d\d) (\d\d:\d\d:\d\d) GMT",
                      next((l for l in lst if l.startswith(" received from")), ""))
    if not wm: errors.append(f"{f}: no received-window line"); return
    try:
        w0 = dt.datetime.strptime(" ".join([wm.group(2).strip(), *wm.group(3, 4, 5)]), "%d %b %y %H:%M:%S").replace(tzinfo=dt.timezone.utc)
        w1 = dt.datetime.strptime(" ".join([wm.group(7).strip(), *wm.group(8, 9, 10)]), "%d %b %y %H:%M:%S").replace(tzinfo=dt.timezone.utc)
    except ValueError:
        errors.append(f"{f}: window dates"); return
    if w0.strftime("%a") != wm.group(1) or w1.strftime("%a") != wm.group(6) or w1 - w0 != dt.timedelta(days=1) or w0.hour != 19:
        errors.append(f"{f}: the window is not one day from 19:00 GMT with the weekdays right")
    if fdate and not w1 < fdate: errors.append(f"{f}: the forwarded mail is dated before the window's end")
    i, n = 0, 0
    while i < len(lst):
        if lst[i] != "\\\\": i += 1; continue
        n += 1
        try:
            aid = re.fullmatch(r"arXiv:(\d{4}\.\d{4,5})", lst[i + 1]).group(1)
            rm = re.fullmatch(r"(?:replaced with revised version|Date:) (.+ GMT)   \((\d+)kb,D\)", lst[i + 2])
            rd = email.utils.parsedate_to_datetime(rm.group(1))
        except (AttributeError, TypeError, ValueError, IndexError):
            errors.append(f"{f}: entry {n}: the arXiv / date lines"); i += 1; continue
        new = lst[i + 2].startswith("Date:")
        if not (w0 <= rd <= w1): errors.append(f"{f}: entry {n}: dated outside the window")
        j, fields = i + 4, []
        if lst[i + 3] != "": errors.append(f"{f}: entry {n}: no empty line after the date")
        while j < len(lst) and not lst[j].startswith("\\\\"):
            if lst[j].startswith("  ") and fields: fields[-1][1] += " " + lst[j].strip()
            else:
                fm_ = re.fullmatch(r"(\w+): (.*)", lst[j])
                if not fm_: errors.append(f"{f}: entry {n}: line {lst[j][:40]!r}"); break
                fields.append([fm_.group(1), fm_.group(2)])
            if len(lst[j]) > 80: errors.append(f"{f}: entry {n}: a line over 80 characters")
            j += 1
        if [x[0] for x in fields] not in (["Title", "Authors", "Categories"], ["Title", "Authors", "Categories", "Comments"]): errors.append(f"{f}: entry {n}: fields {[x[0] for x in fields]}")
        for name, val in fields:
            want = textwrap.wrap(f"{name}: {val}", width=80, subsequent_indent="  ", break_long_words=False, break_on_hyphens=False)
            if "\n".join(want) not in "\n".join(lst[i + 4:j]): errors.append(f"{f}: entry {n}: {name} not wrapped at 80 with two-space continuations")
        if new:
            if j >= len(lst) or lst[j] != "\\\\": errors.append(f"{f}: entry {n}: a new entry without its abstract"); i = j + 1; continue
            k = j + 1
            while k < len(lst) and lst[k].startswith("  "): k += 1
            if k == j + 1: errors.append(f"{f}: entry {n}: an empty abstract")
            j = k
        if j >= len(lst) or lst[j] != f"\\\\ ( https://arxiv.org/abs/{aid} ,  {rm.group(2)}kb)": errors.append(f"{f}: entry {n}: the closing line is not `\\\\ ( https://arxiv.org/abs/{aid} ,  {rm.group(2)}kb)`")
        if j + 1 >= len(lst) or lst[j + 1] != RULE: errors.append(f"{f}: entry {n}: no rule after the entry")
        i = j + 1
    if n == 0: errors.append(f"{f}: no listing entries")





# ---------------------------------------------------------------- readers (raw text and decoded forms)
def read_raw(f, path):
    return open(path, "rb").read().decode("utf-8")


def mime_texts(raw):
    out = []
    msg = email.message_from_bytes(raw.encode("utf-8"), policy=email.policy.default)
    for part in msg.walk():
        for k, v in part.items():
            out.append(f"{k}: {v}")
        if part.is_multipart(): continue
        out.append(part.get_payload(decode=True).decode(part.get_content_charset() or "utf-8").replace("\r\n", "\n"))
    return out


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n == 1319: forms += mime_texts(raw)
    if n == 1322: forms.append("\n".join(x for r in csv.reader(io.StringIO(raw, newline="")) for x in r))
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
def lines_of(f, raw):
    lf_final(f, raw)
    return raw[:-1].split("\n") if raw.endswith("\n") else raw.split("\n")


def gh_slug(h):
    return re.sub(r"[^\w\- ]", "", h.strip().lower()).replace(" ", "-")


def cells(row):
    return [tagtext(c).strip() for c in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", row, re.S)]


# ---- 1317 OİBS Bologna course page (ASP.NET WebForms, saved as HTML only)
XHTML_T = '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">'


def grids(raw):
    out = {}
    for m in re.finditer(r'<table class="[^"]*" cellspacing="0" rules="all" border="1" id="(grd\w+)" style="border-collapse:collapse;">(.*?)</table>', raw, re.S):
        out[m.group(1)] = [cells(r) for r in re.findall(r"<tr>(.*?)</tr>", m.group(2), re.S)]
    return out


def check_oibs(f, raw):
    crlf_only(f, raw)
    L = raw.split("\r\n")
    if L[0] != XHTML_T or L[2] != '<html xmlns="http://www.w3.org/1999/xhtml">': errors.append(f"{f}: not the XHTML 1.0 Transitional page ASP.NET writes")
    html_balanced(f, "page", raw)
    fm = re.findall(r'<form name="form1" method="post" action="\./progCourseDetails\.aspx\?curCourse=(\d+)&amp;lang=tr" id="form1">', raw)
    if len(fm) != 1 or raw.count("<form") != 1: errors.append(f"{f}: not one post-back form to progCourseDetails.aspx?curCourse=N&lang=tr")
    vs = re.search(r'<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="([^"]*)" />', raw)
    try:
        if not vs or not base64.b64decode(vs.group(1), validate=True).startswith(b"\xff\x01"): errors.append(f"{f}: __VIEWSTATE missing or not LosFormatter base64")
    except ValueError:
        errors.append(f"{f}: __VIEWSTATE is not base64")
    if not re.search(r'<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="[0-9A-F]{8}" />', raw): errors.append(f"{f}: __VIEWSTATEGENERATOR not 8 hex digits")
    if len(re.findall(r"<table[^>]* id=\"grd", raw)) != len(re.findall(r'cellspacing="0" rules="all" border="1" id="grd\w+" style="border-collapse:collapse;"', raw)): errors.append(f"{f}: a GridView table without GridView's attributes")
    for m in re.finditer(r'id="(grd\w+)"[^>]*>(.*?)</table>', raw, re.S):
        first = re.search(r"<tr>(.*?)</tr>", m.group(2), re.S)
        if not first or re.search(r"<th(?! scope=\"col\">)", first.group(1)) or "<th" not in first.group(1): errors.append(f"{f}: {m.group(1)}: header cells not <th scope=\"col\">")
    G = grids(raw)
    need = ["grdBolognaDersBilgi", "grdOgrenmeCiktilari", "grdBolognaDersKonulari", "grdKaynaklar", "grdMateryal", "grdDegerlendirme", "grdBasariOrani", "grdProgramCiktilari", "grdAKTS"]
    if [g for g in G] != need: errors.append(f"{f}: GridViews {list(G)} (want the Bologna sections in order)"); return
    info = dict(zip(*G["grdBolognaDersBilgi"][:2]))
    tu = re.fullmatch(r"(\d+)\+(\d+)", info.get("T+U Saat", ""))
    if not tu or info.get("Kredisi") != str(int(tu.group(1)) + int(tu.group(2)) // 2): errors.append(f"{f}: Kredisi is not T + U/2")
    for g in ("grdOgrenmeCiktilari", "grdBolognaDersKonulari", "grdProgramCiktilari"):
        if [r[0] for r in G[g][1:]] != [str(i) for i in range(1, len(G[g]))]: errors.append(f"{f}: {g}: rows not numbered 1..N")
    if len(G["grdBolognaDersKonulari"]) - 1 != 14: errors.append(f"{f}: not 14 weeks")
    nsrc = len(re.findall(r"<li>", raw.split('id="grdKaynaklar"')[1].split("</table>")[0]))
    for k in re.findall(r"Kaynak (\d+)", "".join(r[2] for r in G["grdBolognaDersKonulari"][1:])):
        if not 1 <= int(k) <= nsrc: errors.append(f"{f}: a week points at Kaynak {k} (sources: {nsrc})")
    for g in ("grdDegerlendirme", "grdBasariOrani"):
        rows = G[g][1:]
        vals = [int(r[-1]) for r in rows[:-1]]
        if rows[-1][0] != "Toplam" or int(rows[-1][-1]) != sum(vals) or sum(vals) != 100: errors.append(f"{f}: {g}: percentages do not add up to the Toplam 100")
    for r in G["grdProgramCiktilari"][1:]:
        if r[2:].count("X") != 1 or len(r) != 7: errors.append(f"{f}: program outcome {r[0]}: not one X in levels 1-5")
    rows = G["grdAKTS"][1:]
    body, tail = rows[:-3], rows[-3:]
    for r in body:
        if int(r[1]) * int(r[2]) != int(r[3]): errors.append(f"{f}: AKTS row {r[0]!r}: count x hours != total")
    tot = sum(int(r[3]) for r in body)
    if [t[0] for t in tail] != ["Toplam İş Yükü", "Toplam İş Yükü / 25 (s)", "Dersin AKTS Kredisi"]: errors.append(f"{f}: AKTS total rows"); return
    if tail[0][3] != str(tot): errors.append(f"{f}: Toplam İş Yükü {tail[0][3]} != {tot}")
    if tail[1][3] != f"{tot / 25:.2f}".replace(".", ","): errors.append(f"{f}: Toplam İş Yükü / 25 is not {tot / 25:.2f}")
    if tail[2][3] != str(round(tot / 25)) or info.get("AKTS") != tail[2][3]: errors.append(f"{f}: Dersin AKTS Kredisi != round(total / 25) != the course's AKTS")


# ---- 1318 awesome list README with cog-generated tables
COG_HEAD = ["| 논문 | 학회 | 코드 | 메모 |", "| --- | --- | --- | --- |"]


def check_cog(f, raw):
    L = lines_of(f, raw)
    if "\t" in raw or any(l != l.rstrip() for l in L): errors.append(f"{f}: a tab or trailing space")
    if not re.fullmatch(r"# .+ \[!\[Awesome\]\(https://awesome\.re/badge\.svg\)\]\(https://awesome\.re\)", L[0]): errors.append(f"{f}: no awesome badge on the title line")
    heads = [l[3:] for l in L if l.startswith("## ")]
    i, blocks = 0, []
    while i < len(L):
        if L[i] == "<!-- [[[cog":
            try:
                j = L.index("]]] -->", i); k = L.index("<!-- [[[end]]] -->", j)
            except ValueError:
                errors.append(f"{f}: a cog block without `]]] -->` / `<!-- [[[end]]] -->`"); return
            if any(x.startswith("<!-- [[[") for x in L[i + 1:k]): errors.append(f"{f}: nested or unclosed cog markers")
            sec = next((l[3:] for l in reversed(L[:i]) if l.startswith("## ")), None)
            blocks.append((sec, L[i + 1:j], L[j + 1:k])); i = k + 1
        else:
            if "[[[" in L[i] or "]]]" in L[i]: errors.append(f"{f}: a stray cog marker {L[i]!r}")
            i += 1
    if not blocks or blocks[0][0] != "목차": errors.append(f"{f}: the table of contents is not the first cog block"); return
    tsecs = []
    for sec, code, out in blocks[1:]:
        if f'for p in papers["{sec}"]:' not in code: errors.append(f"{f}: the cog block under {sec!r} does not read papers[{sec!r}]")
        if out[:2] != COG_HEAD: errors.append(f"{f}: {sec}: the generated table's header")
        for r in out[2:]:
            m = re.fullmatch(r"\| (\[(?P<t>[^\]]+)\]\((?P<u>https?://[^)\s]+)\)|(?P<p>[^|\[\]]+)) \| (?P<v>[^|]+) \| \[(?P<c>[\w.-]+/[\w.-]+)\]\(https://github\.com/(?P<c2>[\w.-]+/[\w.-]+)\) \| (?P<m>[^|]+) \|", r)
            if not m or m.group("c") != m.group("c2"): errors.append(f"{f}: {sec}: a generated row not in the cog code's form: {r[:60]!r}")
        tsecs.append(sec)
    toc = blocks[0][2]
    if toc != [f"- [{s}](#{s.replace(' ', '-')})" for s in tsecs]: errors.append(f"{f}: the generated table of contents != the generated sections")
    for s in tsecs:
        if s.replace(" ", "-") != gh_slug(s): errors.append(f"{f}: cog's anchor for {s!r} is not GitHub's")
    ti = L.index("<!-- [[[end]]] -->")
    for l in L[ti + 1:]:
        if not l.startswith("- ["): break
        a = re.fullmatch(r"- \[(.+)\]\(#(.+)\)", l)
        if not a or a.group(2) != gh_slug(a.group(1)) or a.group(1) not in heads: errors.append(f"{f}: table of contents entry {l!r}")
    if "cog -r README.md" not in raw or "cog --check README.md" not in raw: errors.append(f"{f}: the cog commands")
    for k, l in enumerate(L):
        if l.startswith("#") and (k > 0 and L[k - 1] != "" or k + 1 < len(L) and L[k + 1] != ""): errors.append(f"{f}: heading {l!r} without blank lines around")


# ---- 1319 Walla! Mail forward (base64 parts) of an arXiv listing
HEAD_1319 = ["Return-Path", "Received", "Date", "From", "To", "Subject", "Message-ID", "MIME-Version", "Content-Type",
             "X-Mailer", "X-Originating-IP"]


def check_walla(f, raw):
    crlf_only(f, raw)
    head, _, body = raw.partition("\r\n\r\n")
    names = [l.split(":", 1)[0] for l in head.split("\r\n") if l[:1] not in (" ", "\t")]
    if names != HEAD_1319: errors.append(f"{f}: header names {names}")
    msg = email.message_from_bytes(raw.encode("utf-8"))
    dm = re.fullmatch(r"\w{3}, \d\d \w{3} \d{4} \d\d:\d\d:\d\d ([+-]\d{4}) \((IST|IDT)\)", msg["Date"] or "")
    if not dm or {"+0200": "IST", "+0300": "IDT"}.get(dm.group(1)) != dm.group(2): errors.append(f"{f}: Date without its zone comment (IST / IDT)")
    try:
        outer = email.utils.parsedate_to_datetime(msg["Date"])
    except (TypeError, ValueError):
        errors.append(f"{f}: Date {msg['Date']!r}"); outer = None
    mm = re.fullmatch(r"<(\d{10})\.\d+\.([\w.]+)@walla\.example\.co\.il>", msg["Message-ID"] or "")
    fm = re.fullmatch(r"=\?UTF-8\?B\?([A-Za-z0-9+/=]+)\?= <([\w.]+)@walla\.example\.co\.il>", msg["From"] or "")
    if not mm or not fm or mm.group(2) != fm.group(2): errors.append(f"{f}: Message-ID not <epoch.n.user@walla…> of the sender")
    elif outer and abs(int(mm.group(1)) - outer.timestamp()) > 2: errors.append(f"{f}: the Message-ID's epoch is not the Date")
    if fm:
        try:
            base64.b64decode(fm.group(1), validate=True).decode("utf-8")
        except ValueError:
            errors.append(f"{f}: From's B-word does not decode")
    bm = re.fullmatch(r'multipart/alternative; boundary="(=_WallaMail_[0-9a-f]{20})"', msg["Content-Type"] or "")
    if not bm: errors.append(f"{f}: Content-Type / boundary"); return
    if not body.startswith("This is a multi-part message in MIME format.\r\n\r\n--"): errors.append(f"{f}: the MIME preamble")
    parts = msg.get_payload()
    if [p.get_content_type() for p in parts] != ["text/plain", "text/html"]: errors.append(f"{f}: parts {[p.get_content_type() for p in parts]}"); return
    dec = []
    for p in parts:
        if (p.get_content_charset() or "").lower() != "utf-8" or p["Content-Transfer-Encoding"] != "base64": errors.append(f"{f}: a part not UTF-8 base64")
        enc = p.get_payload()
        if any(len(l) > 76 for l in enc.split("\r\n")): errors.append(f"{f}: a base64 line over 76 characters")
        try:
            t = base64.b64decode(enc.replace("\r\n", ""), validate=True).decode("utf-8")
        except ValueError:
            errors.append(f"{f}: a part does not decode"); return
        if base64.encodebytes(t.encode("utf-8")).decode("ascii").replace("\n", "\r\n").rstrip("\r\n") != enc.rstrip("\r\n"): errors.append(f"{f}: base64 not as the writer encodes it (76 columns)")
        dec.append(t)
    plain, htm = dec
    D = plain.rstrip("\n").split("\n")
    try:
        k = D.index("-------- הודעה מקורית --------")
    except ValueError:
        errors.append(f"{f}: no `-------- הודעה מקורית --------` block"); return
    if "-- " not in D[:k]: errors.append(f"{f}: no `-- ` signature before the forwarded message")
    fh = D[k + 1:k + 5]
    if [l.split(":", 1)[0] for l in fh] != ["מאת", "תאריך", "אל", "נושא"]: errors.append(f"{f}: forward header lines {fh}"); return
    if msg["Subject"] != "Fwd: " + fh[3].split(": ", 1)[1]: errors.append(f"{f}: Subject is not Fwd: + the forwarded נושא")
    fdate = None
    try:
        fdate = dt.datetime.strptime(fh[1].split(": ", 1)[1], "%d/%m/%Y %H:%M").replace(tzinfo=dt.timezone(dt.timedelta(hours=2)))
    except ValueError:
        errors.append(f"{f}: תאריך {fh[1]!r}")
    if fdate and outer and not fdate <= outer: errors.append(f"{f}: the forwarded mail is dated after the forward")
    if fh[2].split(": ", 1)[1] != (fm.group(2) + "@walla.example.co.il" if fm else None): errors.append(f"{f}: the forwarded mail was not sent to the forwarder")
    arch = re.search(r"^(\w+) daily", fh[3].split(": ", 1)[1])
    if D[k + 5] != "" or not arch: errors.append(f"{f}: the forwarded subject / blank line"); return
    lst = D[k + 6:]
    check_listing(f, lst, arch.group(1), fdate)
    if "".join(f"<div>{html.escape(l, quote=False)}</div>" for l in D[k:k + 5]) not in htm: errors.append(f"{f}: the HTML part's forward block differs")
    pm = re.search(r"<pre[^>]*>(.*?)</pre>", htm, re.S)
    if not pm or html.unescape(pm.group(1)).split("\n") != lst: errors.append(f"{f}: the HTML part's <pre> differs from the plain listing")
    if '<div dir="rtl"' not in htm: errors.append(f"{f}: the Hebrew note is not in a right-to-left <div>")


# ---- 1320 ICONTEC (NTC 5613) references, Word's plain-text export
UP = "A-ZÁÉÍÓÚÑÜ"
PERSON = rf"[{UP}][{UP}' -]*[{UP}], [{UP}][\w'-]*(?: [{UP}][\w'-]*)*(?: [{UP}]\.)*"
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c)).lower()


def check_icontec(f, raw):
    if not raw.startswith("\ufeff"): errors.append(f"{f}: no byte-order mark (Word's UTF-8 export writes one)")
    crlf_only(f, raw)
    L = raw.lstrip("\ufeff").split("\r\n")[:-1]
    if L[:2] != ["REFERENCIAS BIBLIOGRÁFICAS", ""]: errors.append(f"{f}: the heading"); return
    try:
        end = L.index("", 2)
    except ValueError:
        errors.append(f"{f}: no blank line after the entries"); return
    if L[end + 1:end + 2] != ["ANEXOS"]: errors.append(f"{f}: the export does not end at the annex heading")
    keys_ = []
    for e in L[2:end]:
        m = re.match(rf"(?P<a>{PERSON}, et al\.|{PERSON}(?:; {PERSON})* y {PERSON}|{PERSON}|[{UP}][{UP} ]+[{UP}])(?P<dot>\.?) ", e)
        if not m: errors.append(f"{f}: an entry without ICONTEC's author block: {e[:50]!r}"); continue
        a = m.group("a")
        if not (a.endswith(".") or m.group("dot")): errors.append(f"{f}: the author block does not end with a full stop: {e[:50]!r}")
        if ", " in a and "et al" not in a:
            n_ = len(re.findall(rf"[{UP}][{UP}' -]*[{UP}], ", a))
            if n_ > 3: errors.append(f"{f}: more than three authors written out (ICONTEC: et al.): {e[:50]!r}")
            if n_ == 2 and "; " in a or n_ == 3 and a.count("; ") != 1: errors.append(f"{f}: authors not joined as `A; B y C`: {e[:50]!r}")
        keys_.append(fold(a.split(",")[0]))
        if "Disponible en:" in e:
            if not re.search(r"\[consultado el (\d{1,2}) de (\w+) de (\d{4})\]\. Disponible en: <https?://[^\s<>]+>$", e): errors.append(f"{f}: `[consultado el …]. Disponible en: <URL>` not at the entry's end: {e[:50]!r}")
            else:
                cm = re.search(r"\[consultado el (\d{1,2}) de (\w+) de (\d{4})\]", e)
                try:
                    dt.date(int(cm.group(3)), MESES.index(cm.group(2)) + 1, int(cm.group(1)))
                except ValueError:
                    errors.append(f"{f}: consultado date {cm.group(0)}")
            if "[en línea]" not in e: errors.append(f"{f}: an online document without [en línea]: {e[:50]!r}")
        elif "[en línea]" in e or not e.endswith("."): errors.append(f"{f}: an entry not ending as ICONTEC's print or online form: {e[-40:]!r}")
        for p1, p2 in re.findall(r"\bp\. (\d+)-(\d+)", e):
            if int(p1) >= int(p2): errors.append(f"{f}: pages p. {p1}-{p2}")
        for c in re.findall(r"En: ([^.]+?) \(([^)]*)\)\. Memorias", e):
            if c[0] != c[0].upper() or not re.fullmatch(r"(?:\d+ : )?\d{4} : [\w ]+", c[1]): errors.append(f"{f}: congress not `NAME (n : year : city). Memorias`: {c}")
    if keys_ != sorted(keys_): errors.append(f"{f}: entries not alphabetical by the first author")


# ---- 1321 Jurism / Zotero RIS export
RIS_TAGS = {"TY", "TI", "AU", "T2", "T3", "C1", "CY", "DA", "PY", "DO", "DP", "VL", "IS", "SP", "EP", "PB", "LA", "SN", "UR",
            "Y2", "KW", "N1", "ET", "AB", "ST", "ER"}
RIS_TYPES = {"JOUR", "CONF", "BOOK", "COMP", "DATA", "ELEC", "GEN", "CHAP", "THES", "RPRT"}


def check_ris(f, raw):
    crlf_only(f, raw)
    if not raw.endswith("ER  - \r\n\r\n"): errors.append(f"{f}: the file does not end with `ER  - ` and a blank line")
    recs = raw.split("\r\n\r\n")[:-1]
    for n_, r in enumerate(recs, 1):
        ls = r.split("\r\n")
        if not ls[0].startswith("TY  - ") or ls[0][6:] not in RIS_TYPES: errors.append(f"{f}: record {n_}: TY first with a known type")
        if ls[-1] != "ER  - ": errors.append(f"{f}: record {n_}: not closed by `ER  - `")
        tags = {}
        for l in ls:
            m = re.fullmatch(r"([A-Z][A-Z0-9])  - (.*)", l)
            if not m or m.group(1) not in RIS_TAGS: errors.append(f"{f}: record {n_}: line {l[:40]!r}"); continue
            if not m.group(2) and m.group(1) != "ER": errors.append(f"{f}: record {n_}: an empty {m.group(1)}")
            tags.setdefault(m.group(1), []).append(m.group(2))
        if [t for t in tags if t in ("TY", "ER")] != ["TY", "ER"] or len(tags.get("TY", [])) != 1: errors.append(f"{f}: record {n_}: TY / ER count")
        if "TI" not in tags: errors.append(f"{f}: record {n_}: no TI")
        for a in tags.get("AU", []):
            if ", " in a and not re.fullmatch(r"[^,]+, [^,]+", a): errors.append(f"{f}: record {n_}: AU {a!r} not `Family, Given`")
        da, py = tags.get("DA", [""])[0], tags.get("PY", [""])[0]
        dm = re.fullmatch(r"(\d{4})/(\d\d)?/(\d\d)?/", da)
        if not dm or dm.group(1) != py: errors.append(f"{f}: record {n_}: DA {da!r} / PY {py!r}")
        elif dm.group(2) and dm.group(3):
            try:
                dt.date(int(dm.group(1)), int(dm.group(2)), int(dm.group(3)))
            except ValueError:
                errors.append(f"{f}: record {n_}: DA {da!r}")
        for y in tags.get("Y2", []):
            try:
                dt.datetime.strptime(y, "%Y/%m/%d/%H:%M:%S")
            except ValueError:
                errors.append(f"{f}: record {n_}: Y2 {y!r}")
        if "Y2" in tags and "UR" not in tags: errors.append(f"{f}: record {n_}: an access date without a URL")
        sp, ep = tags.get("SP", [None])[0], tags.get("EP", [None])[0]
        if ep and (not sp or not sp.isdigit() or not ep.isdigit() or int(sp) > int(ep)): errors.append(f"{f}: record {n_}: SP {sp} / EP {ep}")
        for u in tags.get("UR", []):
            if not re.fullmatch(r"https?://\S+", u): errors.append(f"{f}: record {n_}: UR {u!r}")
        for nt in tags.get("N1", []):
            if not re.fullmatch(r"<p>[^<>]+</p>", nt): errors.append(f"{f}: record {n_}: a note not in Zotero's <p>…</p> HTML")


# ---- 1322 Odoo 17 Project CSV export
HEAD_1322 = ["العنوان", "المشروع", "المسند إليهم", "المرحلة", "علامات التصنيف", "الموعد النهائي", "الأولوية",
             "الساعات المخصصة", "الوصف"]


def check_odoo(f, raw):
    if raw.startswith("\ufeff"): errors.append(f"{f}: a byte-order mark (Odoo writes none)")
    rows = list(csv.reader(io.StringIO(raw, newline="")))
    buf = io.StringIO(newline="")
    csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerows(rows)
    if buf.getvalue() != raw: errors.append(f"{f}: not Odoo's CSV (every field quoted, CRLF records)")
    if not rows or rows[0] != HEAD_1322: errors.append(f"{f}: header {rows[:1]}"); return
    prj = {r[1] for r in rows[1:] if len(r) > 1}
    if len(prj) != 1: errors.append(f"{f}: more than one project: {prj}")
    for i, r in enumerate(rows[1:], 2):
        if len(r) != 9: errors.append(f"{f}: row {i}: {len(r)} fields"); continue
        if r[3] not in ("للتنفيذ", "قيد التنفيذ", "تمت"): errors.append(f"{f}: row {i}: stage {r[3]!r}")
        if r[6] not in ("منخفضة", "عالية"): errors.append(f"{f}: row {i}: priority {r[6]!r}")
        for c in (r[2], r[4]):
            if re.search(r"\s,|,\s", c) or c.startswith(",") or c.endswith(","): errors.append(f"{f}: row {i}: many2many not joined by a bare comma: {c!r}")
        try:
            dt.datetime.strptime(r[5], "%Y-%m-%d %H:%M:%S")
        except ValueError:
            errors.append(f"{f}: row {i}: deadline {r[5]!r}")
        if not re.fullmatch(r"\d+\.\d+", r[7]) or repr(float(r[7])) != r[7]: errors.append(f"{f}: row {i}: hours {r[7]!r} not as Python writes a float")
        if not r[8].startswith("<p>") or not r[8].endswith("</p>"): errors.append(f"{f}: row {i}: description not Odoo's stored HTML")
        html_balanced(f, f"row {i} description", r[8], {"p", "a", "strong", "br", "em", "ul", "li"})
        for a in re.findall(r"<a [^>]*>", r[8]):
            if not re.fullmatch(r'<a href="https?://[^"]+" target="_blank" rel="noreferrer noopener">', a): errors.append(f"{f}: row {i}: a link not as Odoo's editor writes it: {a[:50]!r}")


# ---- 1323 Convos channel log
def check_convos(f, raw):
    L = lines_of(f, raw)
    ts = []
    for l in L:
        m = re.fullmatch(r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d) (?:<([\w\[\]`^{}|-]+)> |\* ([\w\[\]`^{}|-]+) |-([\w\[\]`^{}|-]+)- )(\S.*)", l)
        if not m: errors.append(f"{f}: not a Convos log line: {l[:50]!r}"); continue
        try:
            ts.append(dt.datetime.strptime(m.group(1), "%Y-%m-%dT%H:%M:%S"))
        except ValueError:
            errors.append(f"{f}: timestamp {m.group(1)}")
        if m.group(4) and not m.group(4).endswith("-bot"): errors.append(f"{f}: a notice from {m.group(4)} (only the bot sends notices)")
        if len(m.group(5).encode("utf-8")) > 400: errors.append(f"{f}: a message over 400 bytes of UTF-8")
    ascending(f, "timestamps", ts)
    if len({(t.year, t.month) for t in ts}) != 1: errors.append(f"{f}: lines from more than one month in a monthly log file")


# ---- 1324 AcyMailing archive view on a Joomla 4 site
DAYS_EL = ["Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή"]
MONTHS_EL = ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου",
             "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"]


def check_acym(f, raw):
    L = lines_of(f, raw)
    if L[:2] != ["<!DOCTYPE html>", '<html lang="el-gr" dir="ltr">']: errors.append(f"{f}: doctype / lang el-gr")
    if '<meta name="generator" content="Joomla! - Open Source Content Management">' not in raw: errors.append(f"{f}: no Joomla generator meta")
    html_balanced(f, "page", raw)
    bm = re.search(r'<body class="site com_acym wrapper-static view-archive layout-view no-task itemid-(\d+)">', raw)
    if not bm: errors.append(f"{f}: body class of the archive view"); return
    item = bm.group(1)
    if any(i != item for i in re.findall(r"Itemid=(\d+)", html.unescape(raw))): errors.append(f"{f}: links with another Itemid")
    if not re.search(rf'<li class="nav-item item-{item} current active">', raw): errors.append(f"{f}: the menu's active item is not the archive's")
    h1 = re.search(r'<h1 class="acym__front__archive__title">(.*?)</h1>', raw)
    t = re.search(r"<title>(.*?)</title>", raw)
    if not h1 or not t or t.group(1) != h1.group(1) + " - ML Θεσσαλονίκης": errors.append(f"{f}: <title> is not the subject + ` - <site>`"); return
    im = re.search(r"#(\d+)", html.unescape(h1.group(1)))
    mid = re.search(r'data-mail-id="(\d+)"', raw)
    if not im or not mid: errors.append(f"{f}: issue number / mail id"); return
    issue, mail_id = int(im.group(1)), int(mid.group(1))
    if f"τεύχος #{issue} " not in raw: errors.append(f"{f}: the greeting's issue number != the subject's")
    nav = re.search(r'layout=view&amp;id=(\d+)&amp;Itemid=\d+">&laquo; Τεύχος #(\d+)</a>', raw)
    if not nav or int(nav.group(1)) != mail_id - 1 or int(nav.group(2)) != issue - 1: errors.append(f"{f}: the previous-issue link")
    dm = re.search(r'<div class="acym__front__archive__date">(\w+), (\d{1,2}) (\w+) (\d{4})</div>', raw)
    try:
        d = dt.date(int(dm.group(4)), MONTHS_EL.index(dm.group(3)) + 1, int(dm.group(2)))
        if DAYS_EL[d.weekday()] != dm.group(1): errors.append(f"{f}: the weekday of {d} is not {dm.group(1)}")
        if f"(έφυγε {dm.group(1)}, {dm.group(2)} {dm.group(3)} {dm.group(4)})" not in raw: errors.append(f"{f}: the greeting's date != the archive date")
    except (AttributeError, ValueError):
        errors.append(f"{f}: the archive date line")
    if not re.search(r'<div id="acym_wrapper" class="acym_front_page">\n<div id="acym_archive_view">', raw): errors.append(f"{f}: AcyMailing's archive wrapper")


# ---- 1325 Bloggang entry with comments
MONTHS_TH = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน",
             "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]


def thd(day, mon, be):
    return dt.date(int(be) - 543, MONTHS_TH.index(mon) + 1, int(day))


def check_bloggang(f, raw):
    L = lines_of(f, raw)
    if L[0] != '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">': errors.append(f"{f}: not the HTML 4.01 Transitional doctype")
    html_balanced(f, "page", raw)
    t = re.search(r"<title>(.*?)</title>", raw); et = re.search(r'<div class="entrytitle">(.*?)</div>', raw)
    if not t or not et or t.group(1) != et.group(1) + " - bloggang.com": errors.append(f"{f}: <title> is not the entry title + ` - bloggang.com`")
    cm = re.search(r"Create Date : (\d{1,2}) (\S+) (\d{4}) &nbsp; &nbsp; \| &nbsp; &nbsp; Last Update : (\d{1,2}) (\S+) (\d{4}) (\d{1,2}):(\d\d):(\d\d) น\. &nbsp; &nbsp; \| &nbsp; &nbsp; Counter : \d+ Pageviews\.", raw)
    try:
        created = thd(*cm.group(1, 2, 3))
        upd = dt.datetime.combine(thd(*cm.group(4, 5, 6)), dt.time(*map(int, cm.group(7, 8, 9))))
    except (AttributeError, ValueError):
        errors.append(f"{f}: the Create Date / Last Update / Counter line (Thai dates, Buddhist Era years)"); return
    if upd.date() < created: errors.append(f"{f}: Last Update before Create Date")
    pm = re.search(r'viewdiary\.php\?id=([\w-]+)&amp;month=(\d\d)-(\d{4})&amp;date=(\d{1,2})&amp;group=\d+&amp;gblog=\d+">Permalink', raw)
    if not pm or (int(pm.group(3)), int(pm.group(2)), int(pm.group(4))) != (created.year, created.month, created.day): errors.append(f"{f}: the permalink's month / date != the Create Date")
    nos = [int(x) for x in re.findall(r'<td class="commentno">ความคิดเห็นที่ (\d+)</td>', raw)]
    if nos != list(range(1, len(nos) + 1)): errors.append(f"{f}: comments not numbered 1..N")
    when = []
    for m in re.finditer(r'<td class="commentfoot">โดย: ([^<]+) วันที่: (\d{1,2}) (\S+) (\d{4}) เวลา:(\d{1,2}):(\d\d):(\d\d) น\.</td>', raw):
        try:
            when.append(dt.datetime.combine(thd(*m.group(2, 3, 4)), dt.time(*map(int, m.group(5, 6, 7)))))
        except ValueError:
            errors.append(f"{f}: comment date {m.group(0)[:60]!r}")
    if len(when) != len(nos): errors.append(f"{f}: {len(nos)} comments but {len(when)} `โดย: … วันที่: … เวลา:… น.` lines")
    ascending(f, "comment times", when)
    if when and when[0].date() < created: errors.append(f"{f}: a comment before the entry was created")


# ---- 1326 Baidu Zhidao question page copied as text
def check_zhidao(f, raw):
    L = lines_of(f, raw)
    if not re.fullmatch(r"https://zhidao\.baidu\.com/question/\d+\.html", L[0]) or L[1:3] != ["", "百度首页"]: errors.append(f"{f}: the pasted address and the top bar")
    if not any(l.startswith("百度知道 > ") for l in L): errors.append(f"{f}: no category breadcrumb")
    if L.count("最佳答案") != 1: errors.append(f"{f}: not one 最佳答案")
    om = [re.fullmatch(r"其他(\d+)条回答", l) for l in L]
    om = [m for m in om if m]
    n_ans = sum(1 for l in L if l.startswith("回答者："))
    if len(om) != 1 or int(om[0].group(1)) != n_ans: errors.append(f"{f}: 其他N条回答 != the answers written ({n_ans})")
    ds = []
    for l in L:
        m = re.fullmatch(r"(?:推荐于)?(\d{4}-\d\d-\d\d \d\d:\d\d)(?::\d\d)?", l)
        if m:
            try:
                ds.append(dt.datetime.strptime(m.group(1), "%Y-%m-%d %H:%M"))
            except ValueError:
                errors.append(f"{f}: date {l!r}")
    if len(ds) != n_ans + 2: errors.append(f"{f}: {len(ds)} dates (the question, 推荐于 and one per answer wanted)")
    q, rec, ans = ds[0] if ds else None, ds[1] if len(ds) > 1 else None, ds[2:]
    ascending(f, "answer dates", ans)
    if q and (rec and rec < q or any(a < q for a in ans)): errors.append(f"{f}: an answer before the question")
    for m in re.finditer(r"采纳率：(\d+)%", raw):
        if int(m.group(1)) > 100: errors.append(f"{f}: 采纳率 over 100%")
    if not re.search(r"\| 浏览 \d+ 次$", raw, re.M): errors.append(f"{f}: no view count")
    if not re.fullmatch(r"©\d{4} Baidu  使用百度前必读 \| 知道协议 \| 百度知道品牌合作", L[-1]): errors.append(f"{f}: the footer")


def shape_checks(f, raw, path):
    n = num(f)
    {1317: check_oibs, 1318: check_cog, 1319: check_walla, 1320: check_icontec, 1321: check_ris, 1322: check_odoo,
     1323: check_convos, 1324: check_acym, 1325: check_bloggang,
     1326: check_zhidao}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


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
# round130's and round131's, a byte-identical file counted once), and the round130/round131 split (candidates sorted by
# (uses, catalogue title); round130 = even positions from 4 on, one unbroken run; round131 takes the odd ones)
used = Counter()
TD = "/work/main/tests/data"
P131S = ["/work/rounds/digests-round131/expected.json", "/work/main/tests/data/digests-round131/expected.json"]
P131 = next((p for p in P131S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P131S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round130", "digests-round131") or not os.path.exists(pth): continue
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
if odd: errors.append(f"papers not at an even position (round130 takes the even ones): {odd}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"even positions skipped inside the run 4..{last}: {[(pos[k], k) for k in gaps]}")
r131 = set()
if P131:
    try:
        r131 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P131)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P131} exists but could not be read (being written?)")
    if r131 & mine: errors.append(f"papers also in round131: {sorted(r131 & mine)}")
shared131 = len(r131 & mine) if P131 else "(no round131 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round130 file: {multi}")
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
      f"at odd positions: {len(odd)}; shared with round131: {shared131}; papers in more than one round130 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)

