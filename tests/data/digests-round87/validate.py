#!/usr/bin/env python3
r"""Checks round87/expected.json against the digests and the shared catalogues.

Adapted from round85/validate.py (the label checks are the same code; the reuse report is round85's with round86 /
round87 in place of round84 / round85: round87 holds the odd positions from 3; the readers and shape checks are new).
The reuse report counts every /work/main/tests/data/*/expected.json except round86's and round87's own (a
digests-round86 / digests-round87 folder, or a file whose bytes equal round86's or round87's expected.json) — a file
whose bytes equal one already counted is counted once — and checks the split: round87 holds the odd positions of the
candidates sorted by (uses, catalogue title), position 1 left out, as one run from position 3 up to its last paper; it
fails on a paper shared with round86's expected.json (read only, from /work/rounds/digests-round86/ or
/work/main/tests/data/digests-round86/, when it exists), and on a paper in more than one round87 file.
Every digest is read raw (UTF-8; line ends kept) and in decoded forms: 888, 889 and 890 every JSON string value (889's
`\uXXXX` escapes undone that way); everything: HTML entities undone once and twice, percent-escapes undone. Titles are
matched after whitespace normalisation and case-blind (887's word-wrapped TITLE column needs it); a title found only
that way (or only in a decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level): 887 SQL*Plus spool (every `SQL> ` statement either ends with `;` or goes on in
`  2  `, `  3  ` … lines; PROMPT text echoed on the next line; DESC header and rules; results framed by a blank line,
a heading line, dash rules separated by one blank, rows that keep the separator columns blank, numeric columns
right-aligned and text columns left-aligned, `N rows selected.` = rows shown (a wrapped row counts once); `N row(s)
created/updated.`, `Commit complete.`; ORA errors as echoed line, `*` inside it, `ERROR at line N:`, `ORA-nnnnn:`;
ends with `SQL> spool off`); 888 kintone records (one line, compact JSON unescaped, `records` / `totalCount` = count,
every field `{type, value}` of a known type with a value of that type's shape, `$id` descending, RECORD_NUMBER ending
in `$id`, minute-precision `Z` times with created ≤ updated, RICH_TEXT balanced); 889 Plurk getPlurks (one line, bytes =
Python json.dumps of the parsed value, plurk keys in the documented order, RFC 1123 `posted` strictly newest first,
plurk_id descending, owner in plurk_users, qualifier_translated of its qualifier, every URL of content_raw an href of
content, content balanced, favorite / replurker counts = list lengths); 890 Qdrant search via jq (bytes = two-space
JSON + newline, result / status ok / time, point keys id / version / score / payload, UUID ids unique, scores
non-increasing, one payload schema, kinds known, ISO `added_at` with offset); 891 SingleFile page (doctype + one blank,
the SingleFile comment first in `<html>` with url and a JS Date string, no newline after it and none at the end, no
script, `<meta charset=utf-8>`, the optional tags SingleFile drops absent, no `</p>` before a block, no needlessly
quoted attribute value, images as data: URIs, the other elements balanced); 892 BigBlueButton chat save (`system:`
welcome, the ` ` line, then `[HH:MM] [Name : ROLE]: ` lines or bare continuation lines, roles MODERATOR / VIEWER, one
role per name, times non-decreasing); 893 buku search output (records `N. title [id]` numbered from 1, ids ascending,
`   > URL`, optional `   + ` and `   # ` lines, tags lower-case and sorted, a blank line after every record, no ANSI
colours); 894 Ollama CLI session (shell line, `>>> ` messages, `\"\"\"` blocks with `... ` lines, an answer after every
message, one blank line before every later prompt, `>>> /bye` last); 895 Heroku logs (line grammar, microsecond
`+00:00` times non-decreasing, router lines with their keys in order and a UUID request_id, dyno state changes
consistent, scheduler app lines only while that dyno is up); 896 Nushell session (prompt lines and tables only,
rounded frames of one width, column rules aligned, headers centred, `#` index from 0 right-aligned).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""

import datetime, email.utils, html, json, os, re, sys, unicodedata
from collections import Counter
from html.parser import HTMLParser
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

# ---------------------------------------------------------------- readers (raw text and decoded forms)
def read_raw(f, path):
    return open(path, encoding="utf-8", newline="").read()


def json_strings(v):
    if isinstance(v, str): return [v]
    if isinstance(v, list): return [s for i in v for s in json_strings(i)]
    if isinstance(v, dict): return [s for k, i in v.items() for s in [k] + json_strings(i)]
    return []


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n in (888, 889, 890): forms.append("\n".join(json_strings(json.loads(raw))))
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
VOID = {"meta", "link", "img", "br", "hr", "input"}


class Balance(HTMLParser):
    def __init__(self, optional=()):
        super().__init__(convert_charrefs=True); self.st, self.bad, self.opt = [], [], set(optional)

    def handle_starttag(self, tag, attrs):
        if tag not in VOID and tag not in self.opt: self.st.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)  # `href=…/>` unquoted: the slash belongs to the value

    def handle_endtag(self, tag):
        if tag in VOID or tag in self.opt: return
        if not self.st or self.st[-1] != tag: self.bad.append(f"</{tag}> closes <{self.st[-1] if self.st else '-'}>")
        else: self.st.pop()


def html_balanced(s, optional=()):
    b = Balance(optional); b.feed(s); b.close()
    return b.bad[:1] + ([f"{len(b.st)} element(s) not closed: {b.st[:3]}"] if b.st else [])


UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"
SQL_STMT = re.compile(r"(select|insert|update|delete|commit)\b", re.I)


def sql_table(f, ls, k):
    """ls[k] is the heading line after the blank; returns the index after the feedback line's blank"""
    head, rule = ls[k], ls[k + 1] if k + 1 < len(ls) else ""
    if not re.fullmatch(r"-+( -+)*", rule): errors.append(f"{f}: line {k + 2}: no dash rule under the heading"); return k + 1
    spans, pos = [], 0
    for g in rule.split(" "):
        spans.append((pos, pos + len(g))); pos += len(g) + 1
    if len(head) > len(rule): errors.append(f"{f}: line {k + 1}: heading wider than its rules")
    j, rows, cells = k + 2, 0, [[] for _ in spans]
    while j < len(ls) and ls[j] != "":
        r = ls[j]
        if len(r) > len(rule) and any(c != " " for c in r[len(rule):]) and spans[-1][1] < len(r) and \
                not r[spans[-1][0]:].strip():
            errors.append(f"{f}: line {j + 1}: row wider than its rules")
        for s_, _ in spans[1:]:
            if len(r) > s_ - 1 and r[s_ - 1] != " ": errors.append(f"{f}: line {j + 1}: a value runs into the column rule")
        if r[spans[0][0]:spans[0][1]].strip(): rows += 1
        for c, (a, b) in enumerate(spans):
            cells[c].append(r[a:b] if c < len(spans) - 1 else r[a:])
        j += 1
    for c, (a, b) in enumerate(spans):
        vals = [v for v in cells[c] if v.strip()]
        h = head[a:b]
        if vals and all(re.fullmatch(r" *-?\d+(\.\d+)? *", v) for v in vals) and any(len(v.strip()) < b - a for v in vals):
            if any(len(v) != b - a or v[-1] == " " for v in vals): errors.append(f"{f}: line {k + 1}: numeric column {c + 1} not right-aligned")
            if h and h[-1] == " ": errors.append(f"{f}: line {k + 1}: numeric heading {c + 1} not right-aligned")
        else:
            if any(v[0] == " " for v in vals): errors.append(f"{f}: line {k + 1}: text column {c + 1} not left-aligned")
            if h[:1] == " ": errors.append(f"{f}: line {k + 1}: text heading {c + 1} not left-aligned")
    fb = ls[j + 1] if j + 1 < len(ls) else ""
    m = re.fullmatch(r"(\d+) rows? selected\.", fb)
    if ls[j:j + 1] != [""] or not m: errors.append(f"{f}: line {j + 2}: no 'N rows selected.' after the rows"); return j
    if int(m.group(1)) != rows: errors.append(f"{f}: line {j + 2}: {m.group(1)} rows selected but {rows} shown")
    if (rows == 1) != fb.startswith("1 row "): errors.append(f"{f}: line {j + 2}: row / rows wrong")
    if ls[j + 2:j + 3] != [""]: errors.append(f"{f}: line {j + 3}: no blank line after the feedback")
    return j + 3


def check_sqlplus(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    if ls[-1:] != ["SQL> spool off"]: errors.append(f"{f}: does not end with 'SQL> spool off'")
    k = 0
    while k < len(ls):
        l = ls[k]
        if not l.startswith("SQL> "): errors.append(f"{f}: line {k + 1}: output where a prompt was due ({l[:30]!r})"); k += 1; continue
        cmd = l[5:]
        low = cmd.lower()
        if low.startswith("prompt "):
            if ls[k + 1:k + 2] != [cmd[7:]]: errors.append(f"{f}: line {k + 2}: PROMPT text not echoed")
            k += 2; continue
        if low.startswith(("set ", "column ", "spool ")):
            k += 1; continue
        if low.startswith("desc "):
            if ls[k + 1:k + 3] != [" Name                                      Null?    Type",
                                   " " + "-" * 41 + " " + "-" * 8 + " " + "-" * 28]:
                errors.append(f"{f}: line {k + 2}: DESC heading / rules not SQL*Plus's")
            j = k + 3
            while j < len(ls) and ls[j] != "":
                if not re.fullmatch(r" [A-Z_$#0-9]{1,40} +(NOT NULL)? *\S.*", ls[j]) or ls[j][43:51] not in ("NOT NULL", "        "):
                    errors.append(f"{f}: line {j + 1}: DESC row not in its columns")
                j += 1
            k = j + 1; continue
        if not SQL_STMT.match(cmd): errors.append(f"{f}: line {k + 1}: unknown command {cmd[:30]!r}"); k += 1; continue
        stmt, n, j = [cmd], 2, k + 1
        while not stmt[-1].rstrip().endswith(";"):
            if j >= len(ls) or not ls[j].startswith(f"{n:3d}  "):
                errors.append(f"{f}: line {j + 1}: continuation line {n} missing or not '{n:3d}  '"); break
            stmt.append(ls[j][5:]); n += 1; j += 1
        k = j
        verb = re.match(r"\w+", stmt[0]).group(0).lower()
        if k < len(ls) and ls[k] != "":  # an error: the statement line echoed, a star under the error
            echo, star, at, ora = (ls[k:k + 4] + ["", "", "", ""])[:4]
            mline = re.fullmatch(r"ERROR at line (\d+):", at)
            if not mline or not re.fullmatch(r"ORA-\d{5}: .+", ora): errors.append(f"{f}: line {k + 1}: error block not SQL*Plus's")
            else:
                if echo != stmt[int(mline.group(1)) - 1].rstrip(";"): errors.append(f"{f}: line {k + 1}: echoed line is not line {mline.group(1)} of the statement")
                if not re.fullmatch(r" *\*", star) or len(star) > len(echo): errors.append(f"{f}: line {k + 2}: star not under the echoed line")
            if ls[k + 4:k + 6] != ["", ""]: errors.append(f"{f}: line {k + 5}: an ORA error is followed by two blank lines")
            k += 6; continue
        if verb == "select":
            k = sql_table(f, ls, k + 1); continue
        want = {"insert": r"\d+ rows? created\.", "update": r"\d+ rows? updated\.", "delete": r"\d+ rows? deleted\.",
                "commit": r"Commit complete\."}[verb]
        if len(ls) < k + 3 or ls[k] != "" or not re.fullmatch(want, ls[k + 1]) or ls[k + 2] != "":
            errors.append(f"{f}: line {k + 1}: {verb} feedback not SQL*Plus's")
        k += 3


KT_TYPES = {"__ID__", "__REVISION__", "RECORD_NUMBER", "CREATOR", "MODIFIER", "CREATED_TIME", "UPDATED_TIME",
            "SINGLE_LINE_TEXT", "MULTI_LINE_TEXT", "RICH_TEXT", "NUMBER", "CALC", "LINK", "RADIO_BUTTON", "DROP_DOWN",
            "CHECK_BOX", "MULTI_SELECT", "USER_SELECT", "DATE", "DATETIME", "TIME", "SUBTABLE", "FILE", "STATUS"}


def kt_field(f, where, code, fld):
    if not isinstance(fld, dict) or list(fld) != ["type", "value"]: errors.append(f"{f}: {where} {code}: not {{type, value}}"); return
    t, v = fld["type"], fld["value"]
    if t not in KT_TYPES: errors.append(f"{f}: {where} {code}: unknown type {t}"); return
    user = lambda u: isinstance(u, dict) and list(u) == ["code", "name"] and all(isinstance(x, str) and x for x in u.values())
    ok = {"CREATOR": lambda: user(v), "MODIFIER": lambda: user(v),
          "USER_SELECT": lambda: isinstance(v, list) and all(user(u) for u in v),
          "CHECK_BOX": lambda: isinstance(v, list) and all(isinstance(x, str) for x in v),
          "MULTI_SELECT": lambda: isinstance(v, list) and all(isinstance(x, str) for x in v),
          "DATE": lambda: v is None or bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", v)),
          "CREATED_TIME": lambda: bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00Z", str(v))),
          "UPDATED_TIME": lambda: bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00Z", str(v))),
          "__ID__": lambda: isinstance(v, str) and v.isdigit(), "__REVISION__": lambda: isinstance(v, str) and v.isdigit(),
          "LINK": lambda: isinstance(v, str) and (v == "" or bool(re.match(r"https?://\S+$", v))),
          "SUBTABLE": lambda: isinstance(v, list)}.get(t, lambda: isinstance(v, str))()
    if not ok: errors.append(f"{f}: {where} {code}: {t} value {str(v)[:40]!r} not of its shape")
    if t == "SUBTABLE" and isinstance(v, list):
        for row in v:
            if not isinstance(row, dict) or list(row) != ["id", "value"] or not str(row.get("id", "")).isdigit():
                errors.append(f"{f}: {where} {code}: subtable row not {{id, value}}"); continue
            for c, x in row["value"].items(): kt_field(f, where + " " + code, c, x)
    if t == "RICH_TEXT" and isinstance(v, str):
        for b in html_balanced(v): errors.append(f"{f}: {where} {code}: {b}")


def check_kintone(f, raw):
    lf_final(f, raw, final=False)
    if "\n" in raw: errors.append(f"{f}: more than one line")
    d = json.loads(raw)
    if json.dumps(d, ensure_ascii=False, separators=(",", ":")) != raw: errors.append(f"{f}: not the API's compact unescaped JSON")
    if list(d) != ["records", "totalCount"]: errors.append(f"{f}: keys {list(d)} (want records, totalCount)")
    recs = d.get("records", [])
    if d.get("totalCount") != str(len(recs)): errors.append(f"{f}: totalCount {d.get('totalCount')!r} != {len(recs)} records")
    ids = []
    for r in recs:
        i = r.get("$id", {}).get("value", "?")
        ids.append(int(i) if str(i).isdigit() else -1)
        for code, fld in r.items(): kt_field(f, f"record {i}", code, fld)
        rn = [x["value"] for x in r.values() if isinstance(x, dict) and x.get("type") == "RECORD_NUMBER"]
        if len(rn) != 1 or not (rn[0] == i or str(rn[0]).endswith("-" + str(i))): errors.append(f"{f}: record {i}: record number not its $id")
        ct = [x["value"] for x in r.values() if isinstance(x, dict) and x.get("type") == "CREATED_TIME"]
        ut = [x["value"] for x in r.values() if isinstance(x, dict) and x.get("type") == "UPDATED_TIME"]
        if ct and ut and str(ut[0]) < str(ct[0]): errors.append(f"{f}: record {i}: updated before created")
    if ids != sorted(ids, reverse=True) or len(set(ids)) != len(ids): errors.append(f"{f}: records not newest $id first")


PLURK_KEYS = ["responses_seen", "qualifier", "plurk_id", "response_count", "limited_to", "no_comments", "is_unread", "lang",
              "content_raw", "user_id", "plurk_type", "content", "qualifier_translated", "posted", "owner_id", "favorite",
              "favorite_count", "favorers", "replurkable", "replurked", "replurker_id", "replurkers", "replurkers_count"]
PLURK_QT = {"shares": "分享", "thinks": "想", "says": "說", "likes": "喜歡", "wonders": "好奇"}


def check_plurk(f, raw):
    lf_final(f, raw, final=False)
    d = json.loads(raw)
    if json.dumps(d) != raw: errors.append(f"{f}: not the API's bytes (Python json: ', ' / ': ', \\u escapes)")
    if list(d) != ["plurks", "plurk_users"]: errors.append(f"{f}: keys {list(d)} (want plurks, plurk_users)")
    prev_t, prev_id = None, None
    for p in d.get("plurks", []):
        i = p.get("plurk_id")
        if list(p) != PLURK_KEYS: errors.append(f"{f}: {i}: plurk keys not in the API's order")
        try:
            t = email.utils.parsedate_to_datetime(p["posted"])
            if not re.fullmatch(r"[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT", p["posted"]): raise ValueError
        except (ValueError, TypeError, KeyError):
            errors.append(f"{f}: {i}: posted not RFC 1123 GMT"); continue
        if prev_t and t >= prev_t: errors.append(f"{f}: {i}: plurks not newest first")
        if prev_id and i >= prev_id: errors.append(f"{f}: {i}: plurk_id not descending")
        prev_t, prev_id = t, i
        if str(p.get("owner_id")) not in d.get("plurk_users", {}): errors.append(f"{f}: {i}: owner not in plurk_users")
        if PLURK_QT.get(p.get("qualifier")) != p.get("qualifier_translated"): errors.append(f"{f}: {i}: qualifier_translated not its qualifier's")
        for u in re.findall(r"https?://[^\s（）()]+", p.get("content_raw", "")):
            if f'href="{u}"' not in p.get("content", ""): errors.append(f"{f}: {i}: URL {u} of content_raw not linked in content")
        for b in html_balanced(p.get("content", "")): errors.append(f"{f}: {i}: content: {b}")
        if p.get("favorite_count") != len(p.get("favorers", [])) or p.get("replurkers_count") != len(p.get("replurkers", [])):
            errors.append(f"{f}: {i}: favorite / replurker counts not the list lengths")


def check_qdrant(f, raw):
    lf_final(f, raw)
    d = json.loads(raw)
    if json.dumps(d, indent=2, ensure_ascii=False) + "\n" != raw: errors.append(f"{f}: not jq's two-space layout")
    if list(d) != ["result", "status", "time"] or d.get("status") != "ok" or not isinstance(d.get("time"), float):
        errors.append(f"{f}: not a Qdrant answer (result / status ok / time)")
    scores, ids, schema = [], [], None
    for p in d.get("result", []):
        if list(p) != ["id", "version", "score", "payload"]: errors.append(f"{f}: point keys {list(p)}"); continue
        if not (isinstance(p["id"], int) or re.fullmatch(UUID, str(p["id"]))): errors.append(f"{f}: point id {p['id']!r} not a UUID")
        if not isinstance(p["version"], int) or p["version"] < 0: errors.append(f"{f}: {p['id']}: version")
        scores.append(p["score"]); ids.append(p["id"])
        pl = p["payload"]
        if schema is None: schema = list(pl)
        if list(pl) != schema: errors.append(f"{f}: {p['id']}: payload keys differ from the others")
        if pl.get("kind") not in ("paper", "blog", "repo"): errors.append(f"{f}: {p['id']}: unknown kind")
        if pl.get("url") is not None and not re.match(r"https?://\S+$", pl["url"]): errors.append(f"{f}: {p['id']}: url")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}", str(pl.get("added_at"))): errors.append(f"{f}: {p['id']}: added_at")
    if scores != sorted(scores, reverse=True): errors.append(f"{f}: scores not descending")
    if len(set(ids)) != len(ids): errors.append(f"{f}: a point id twice")


SF_HEAD = re.compile(r"<!DOCTYPE html> <html[^>]*><!--\n Page saved with SingleFile \n url: https?://\S+ \n saved date: "
                     r"[A-Z][a-z]{2} [A-Z][a-z]{2} \d{2} \d{4} \d{2}:\d{2}:\d{2} GMT[+-]\d{4} \([^)\n]+\)\n-->")
SF_BLOCK = "address|article|aside|blockquote|details|div|dl|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|main|nav|ol|p|pre|section|table|ul"


def check_singlefile(f, raw):
    lf_final(f, raw, final=False)
    m = SF_HEAD.match(raw)
    if not m: errors.append(f"{f}: no SingleFile header comment first in <html>"); return
    rest = raw[m.end():]
    if "\n" in rest: errors.append(f"{f}: a line break outside the header comment (compressed HTML has none)")
    if not rest.startswith("<meta charset=utf-8>"): errors.append(f"{f}: <meta charset=utf-8> not first in the head")
    if re.search(r"<script\b", rest, re.I): errors.append(f"{f}: a script (SingleFile removes them)")
    for t in ("<head>", "</head>", "</body>", "</html>", "</li>", "</tr>", "</td>", "</th>", "</thead>", "</tbody>"):
        if t in rest: errors.append(f"{f}: {t} present (SingleFile's compressed HTML drops it here)")
    if re.search(rf"</p><(?:{SF_BLOCK})\b", rest): errors.append(f"{f}: </p> before a block element (SingleFile drops it)")
    for tag in re.findall(r"<[a-z][^<>]*>", rest):
        for name, q, val in re.findall(r"\s([\w:-]+)=(\"|')(.*?)\2", tag):
            if not re.search(r"[ \t\n\f\r'\"`=<>]", val) and val: errors.append(f"{f}: {name}={q}{val[:30]}{q} quoted without need")
    for src in re.findall(r"<img[^>]*\ssrc=(\S+?)[\s>]", rest):
        if not src.startswith("data:"): errors.append(f"{f}: image not inlined as a data: URI ({src[:30]})")
    for b in html_balanced(rest, optional={"p", "li", "td", "th", "tr", "thead", "tbody", "html", "head", "body", "dt", "dd"}):
        errors.append(f"{f}: {b}")


BBB_LINE = re.compile(r"\[(\d{2}):(\d{2})\] \[([^\[\]]+) : (MODERATOR|VIEWER)\]: (.*)")


def check_bbb(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    if not ls or not ls[0].startswith("system: "): errors.append(f"{f}: no 'system: ' welcome line")
    if len(ls) < 2 or not (ls[1] == " " or ls[1].startswith(" system: ")): errors.append(f"{f}: line 2 not the moderator-message line")
    prev, roles, seen = "", {}, False
    for k, l in enumerate(ls[2:], 3):
        m = BBB_LINE.fullmatch(l)
        if not m:
            if not seen or re.match(r"\[\d", l): errors.append(f"{f}: line {k}: neither a message nor a continuation")
            continue
        seen = True
        t = m.group(1) + m.group(2)
        if not (int(m.group(1)) < 24 and int(m.group(2)) < 60): errors.append(f"{f}: line {k}: bad time")
        if t < prev: errors.append(f"{f}: line {k}: time goes backwards")
        prev = t
        if roles.setdefault(m.group(3), m.group(4)) != m.group(4): errors.append(f"{f}: line {k}: {m.group(3)} changes role")


def check_buku(f, raw):
    if "\r" in raw: errors.append(f"{f}: CR characters")
    if "\x1b" in raw: errors.append(f"{f}: ANSI colour codes (saved with --nc)")
    if not raw.endswith("\n\n") or raw.endswith("\n\n\n"): errors.append(f"{f}: the last record is not followed by one blank line")
    prev = 0
    for n, b in enumerate(raw[:-2].split("\n\n"), 1):
        ls = b.split("\n")
        m = re.fullmatch(r"(\d+)\. (.+) \[(\d+)\]", ls[0])
        if not m: errors.append(f"{f}: record {n}: first line not 'N. title [id]'"); continue
        if int(m.group(1)) != n: errors.append(f"{f}: record {n}: numbered {m.group(1)}")
        if int(m.group(3)) <= prev: errors.append(f"{f}: record {n}: DB index not ascending")
        prev = int(m.group(3))
        if len(ls) < 2 or not re.fullmatch(r"   > https?://\S+", ls[1]): errors.append(f"{f}: record {n}: no '   > URL' line")
        rest = ls[2:]
        if rest and rest[0].startswith("   + "): rest = rest[1:]
        if rest and rest[0].startswith("   # "):
            tags = rest[0][5:].split(",")
            if any(not t or t != t.lower() or t != t.strip() for t in tags) or tags != sorted(tags):
                errors.append(f"{f}: record {n}: tags not buku's (lower-case, sorted, comma-separated)")
            rest = rest[1:]
        if rest: errors.append(f"{f}: record {n}: unexpected line {rest[0][:30]!r}")


def check_ollama(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    if not ls or not re.fullmatch(r"\S+@\S+:\S*\$ ollama run \S+", ls[0]): errors.append(f"{f}: no 'ollama run' shell line")
    if ls[-1:] != [">>> /bye"]: errors.append(f"{f}: does not end with '>>> /bye'")
    k, first = 1, True
    while k < len(ls):
        l = ls[k]
        if not l.startswith(">>> "): errors.append(f"{f}: line {k + 1}: a prompt was due"); k += 1; continue
        if not first and ls[k - 1] != "": errors.append(f"{f}: line {k + 1}: no blank line before the prompt")
        first = False
        msg = l[4:]
        if msg == "/bye":
            if k != len(ls) - 1: errors.append(f"{f}: line {k + 1}: lines after /bye")
            break
        k += 1
        if msg == '"""':
            while k < len(ls) and ls[k] != '... """':
                if not ls[k].startswith("... "): errors.append(f"{f}: line {k + 1}: multi-line input without '... '"); break
                k += 1
            k += 1
        if k >= len(ls) or ls[k] == "" or ls[k].startswith((">>> ", "... ")): errors.append(f"{f}: line {k + 1}: no answer to the message"); continue
        while k < len(ls) and not ls[k].startswith(">>> "):
            if ls[k].startswith("... "): errors.append(f"{f}: line {k + 1}: '... ' inside an answer")
            k += 1


HK_LINE = re.compile(r"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6})\+00:00 (app|heroku)\[([\w.]+)\]: (.+)")
HK_ROUTER = ["at", "method", "path", "host", "request_id", "fwd", "dyno", "connect", "service", "status", "bytes", "protocol"]


def check_heroku(f, raw):
    lf_final(f, raw)
    prev, state = "", {}
    for k, l in enumerate(raw.split("\n")[:-1], 1):
        m = HK_LINE.fullmatch(l)
        if not m: errors.append(f"{f}: line {k}: not a Heroku log line"); continue
        t, src, dyno, msg = m.groups()
        if t < prev: errors.append(f"{f}: line {k}: time goes backwards")
        prev = t
        if src == "heroku" and dyno == "router":
            kv = re.findall(r'(\w+)=("[^"]*"|\S+)', msg)
            if [x for x, _ in kv] != HK_ROUTER: errors.append(f"{f}: line {k}: router keys not in Heroku's order")
            d = dict(kv)
            if not re.fullmatch(UUID, d.get("request_id", "")): errors.append(f"{f}: line {k}: request_id not a UUID")
            if not re.fullmatch(r"\d+ms", d.get("connect", "")) or not re.fullmatch(r"\d+ms", d.get("service", "")) or \
                    not d.get("status", "").isdigit(): errors.append(f"{f}: line {k}: router timings / status malformed")
            continue
        if src == "heroku":
            if msg.startswith("Starting process with command `") and msg.endswith("`"):
                if state.get(dyno) not in (None, "starting", "complete", "down"): errors.append(f"{f}: line {k}: {dyno} starts while {state.get(dyno)}")
                state[dyno] = "starting"
            mc = re.fullmatch(r"State changed from (\w+) to (\w+)", msg)
            if mc:
                if dyno in state and state[dyno] != mc.group(1): errors.append(f"{f}: line {k}: {dyno} changes from {mc.group(1)} but was {state[dyno]}")
                state[dyno] = mc.group(2)
        elif dyno.startswith("scheduler.") and state.get(dyno) != "up":
            errors.append(f"{f}: line {k}: {dyno} logs while not up")


def dw(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def check_nushell(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    k = 0
    while k < len(ls):
        l = ls[k]
        if re.fullmatch(r"~(/[\w.-]+)*> \S.*", l): k += 1; continue
        if not l.startswith("╭"): errors.append(f"{f}: line {k + 1}: neither a prompt nor a table"); k += 1; continue
        j = k
        while j < len(ls) and not ls[j].startswith("╰"): j += 1
        box = ls[k:j + 1]
        if len({dw(x) for x in box}) != 1: errors.append(f"{f}: line {k + 1}: table lines of different widths")
        cuts = [i for i, c in enumerate(box[0]) if c == "┬"]
        if [i for i, c in enumerate(box[-1]) if c == "┴"] != cuts or not box[0].endswith("╮") or not box[-1].endswith("╯"):
            errors.append(f"{f}: line {j + 1}: bottom rule not under the columns")
        head = len(box) > 3 and box[2].startswith("├")
        edges = [0] + cuts + [len(box[0]) - 1]
        body = box[3:-1] if head else box[1:-1]
        for n_, r in enumerate(([box[1]] if head else []) + body):
            if [i for i, c in enumerate(r) if c == "│"] != edges: errors.append(f"{f}: line {k + 2 + n_}: cells not on the column rules"); continue
            for a, b in zip(edges, edges[1:]):
                cell = r[a + 1:b]
                if not (cell.startswith(" ") and cell.endswith(" ")): errors.append(f"{f}: line {k + 2 + n_}: a cell without one blank of padding")
        if head:
            if [i for i, c in enumerate(box[2]) if c == "┼"] != cuts: errors.append(f"{f}: line {k + 3}: header rule not on the columns")
            for a, b in zip(edges, edges[1:]):
                cell = box[1][a + 1:b]
                lp, rp = len(cell) - len(cell.lstrip(" ")), len(cell) - len(cell.rstrip(" "))
                if not 0 <= rp - lp <= 1: errors.append(f"{f}: line {k + 2}: header {cell.strip()!r} not centred")
        if cuts and (not head or box[1][1:cuts[0]].strip() == "#") and all(r[1:cuts[0]].strip().isdigit() for r in body):
            idx = [r[1:cuts[0]] for r in body]
            if [int(x) for x in idx] != list(range(len(idx))) or any(x[-2] == " " for x in idx if len(x.strip()) < len(x) - 2):
                errors.append(f"{f}: line {k + 1}: index column not 0, 1, 2 … right-aligned")
        k = j + 1


def shape_checks(f, raw, path):
    n = num(f)
    {887: check_sqlplus, 888: check_kintone, 889: check_plurk, 890: check_qdrant, 891: check_singlefile,
     892: check_bbb, 893: check_buku, 894: check_ollama, 895: check_heroku,
     896: check_nushell}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


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
# round86's and round87's, a byte-identical file counted once), and the round86/round87 split (candidates sorted by
# (uses, catalogue title); round87 = odd positions from 3 on, one unbroken run; round86 takes the even ones)
used = Counter()
TD = "/work/main/tests/data"
P86S = ["/work/rounds/digests-round86/expected.json", "/work/main/tests/data/digests-round86/expected.json"]
P86 = next((p for p in P86S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P86S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round86", "digests-round87") or not os.path.exists(pth): continue
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
even = sorted(k for k in mine if pos.get(k, 1) % 2 == 0)
if even: errors.append(f"papers not at an odd position (round87 takes the odd ones): {even}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r86 = set()
if P86:
    try:
        r86 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P86)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P86} exists but could not be read (being written?)")
    if r86 & mine: errors.append(f"papers also in round86: {sorted(r86 & mine)}")
shared86 = len(r86 & mine) if P86 else "(no round86 expected.json yet)"

c = Counter(); per = {}
for f, recs in exp.items():
    per[f] = Counter(r["evidence"] for r in recs)
    c.update(per[f])
for f in files:
    orl_f = sum(1 for r in exp.get(f, []) if r["openreview_id"])
    print(f"{f:84s} {sum(per.get(f, {}).values()):2d}  " + " ".join(f"{k}={v}" for k, v in sorted(per.get(f, {}).items()))
          + (f" (openreview {orl_f})" if orl_f else ""))
tot = sum(c.values())
orl = sum(1 for recs in exp.values() for r in recs if r["openreview_id"])
nox = sum(1 for recs in exp.values() for r in recs if not r["true_arxiv_id"])
nox_t = sum(1 for recs in exp.values() for r in recs if r["evidence"] == "title-only" and r["true_arxiv_id"])
multi = {k: n for k, n in Counter(allrecs).items() if n > 1}
if multi: errors.append(f"papers in more than one round87 file: {multi}")
for f in files:
    n_ = len(exp.get(f, []))
    if f.split("_")[1] != "negative" and not 8 <= n_ <= 12: errors.append(f"{f}: {n_} papers (8-12 wanted)")
    if f.split("_")[1] != "negative" and n_ and not 0.3 <= per[f]["title-only"] / n_ <= 0.6: errors.append(f"{f}: title-only share {per[f]['title-only']}/{n_}")
neg = [f for f in files if f.split("_")[1] == "negative"]
if len(files) != 10 or neg != [files[-1]]: errors.append(f"want ten files, the negative last: {files}")
print(f"total {tot}: {dict(c)}; openreview links {orl}; title-only with a true arXiv id {nox_t}; "
      f"not on arXiv {nox}; title-only share {c['title-only'] / max(tot, 1):.2f}")
print(f"uses counted over {len(counted)} distinct expected.json files; earlier uses of the papers: "
      f"{dict(sorted(Counter(used[k] for k in allrecs).items()))}; positions used: odd 3..{last} ({len(mine)} papers); "
      f"at even positions: {len(even)}; shared with round86: {shared86}; papers in more than one round87 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
