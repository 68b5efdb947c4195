#!/usr/bin/env python3
r"""Checks round93/expected.json against the digests and the shared catalogues.

Adapted from round91/validate.py (the label checks are the same code; the reuse report is round91's with round92 /
round93 in place of round90 / round91: round93 holds the odd positions from 3; the readers and shape checks are new).
The reuse report counts every /work/main/tests/data/*/expected.json except round92's and round93's own (a
digests-round92 / digests-round93 folder, or a file whose bytes equal round92's or round93's expected.json) — a file
whose bytes equal one already counted is counted once — and checks the split: round93 holds the odd positions of the
candidates sorted by (uses, catalogue title), position 1 left out, as one run from position 3 up to its last paper; it
fails on a paper shared with round92's expected.json (read only, from /work/rounds/digests-round92/ or
/work/main/tests/data/digests-round92/, when it exists), and on a paper in more than one round93 file.
Every digest is read raw (UTF-8; 953 as ISO-8859-1 and 954 as Windows-1252, each checked to be that charset and not
UTF-8; line ends kept) and in decoded forms: 948 every logged prompt (a Python string literal) evaluated; 949, 955
and 956 every JSON string value (955's `\u003c` / `\u0026` escapes undone that way); 951 and 954 every CSV field
(954's hyperlink fields also split at `#`); everything: HTML entities undone once and twice, percent-escapes undone.
Titles are matched after whitespace normalisation and case-blind; a title found only that way (or only in a decoded
form) is reported as a `note:`.

Shape checks (lean, grammar-level): 947 Trino CLI session (the shell line with --server / --catalog / --schema /
--user / --password, `Password: `, the prompt `trino:<schema>> ` and the continuation prompt derived from it,
statements ended by `;`, ALIGNED tables — header centred on the rule, cells of one blank padding either left- or
right-aligned, `(N rows)` = rows shown, header = the SELECT list's names —, `UPDATE: N rows`, then a blank line,
`Query <yyyymmdd_hhmmss_nnnnn_xxxxx>, FINISHED, n nodes` with ids increasing on one coordinator, `Splits: a total, a
done (100.00%)`, `<s> [rows, size] [rate rows/s, size/s]` with the rates = amount / seconds, a blank line; `quit` and a
bare shell prompt last); 948 vLLM log (every line a vLLM log line `LEVEL MM-DD HH:MM:SS file.py:n] …`, a uvicorn
`INFO:     ` line or a Python warning pair; times non-decreasing; the version line = the engine's version; the args
Namespace's model and max_model_len = the engine config's; per request `Received request cmpl-<32 hex>: prompt: <a
Python str literal>, sampling_params: SamplingParams(…), prompt_token_ids: [ints starting with BOS], lora_request:
None.` with prompt tokens + max_tokens ≤ max_model_len, then exactly one `Finished` or `Aborted` line for it, uvicorn
`POST /v1/completions` 200 lines ≥ requests; metrics lines of their shape with Running 0 / 1 as requests are open);
949 Strapi v4 answer (bytes = JSON.stringify compact, no final newline; data / meta.pagination consistent; entries
`{id, attributes}` with unique ids, the attribute keys in schema order, ISO times with milliseconds, createdAt ≤
updatedAt and createdAt ≤ publishedAt, newest first, arxivId / url / kind / status of their shapes, Blocks rich text
of known node types with links of http(s) URLs, relations `{data: …}` with one record per id); 950 Franklin page
(`@def` lines of Julia literals first, `{{fill v}}` of defined variables, one `\toc`, one `#` title heading then
levels stepping by one, code fences closed and `\output{…}` naming an evaluated block, `@@div` / `@@` and `~~~`
balanced, `$$` paired, `\cite` / `\citet` keys defined once by `\biblabel`, footnote references = definitions, link
targets http(s)); 951 Taiga CSV (bytes = Python's csv writer: CRLF, minimal quoting; the export's header with role
point columns sorted by slug and total-points = their sum; unique ids / refs; sprint, owner and assignee names
consistent with their ids / usernames; is_closed one value per status and finish_date set exactly when closed;
Python datetime strings with created ≤ finish ≤ modified; watchers a Python list; custom attribute «Статья» a URL);
952 Observable module (the notebook URL line, imports of `./<16 hex>@n.js`, one function per cell with anonymous
cells numbered by position, the define() block with every cell defined once with its parameters as dependencies,
observer names = defined names, viewof pairs, file attachments of existing names, imports through runtime.module,
`return main;`; brackets balanced outside strings and templates); 953 LISTSERV digest (ISO-8859-1, no C1 bytes, not
UTF-8; LISTSERV's padded header block with the encoded list name, 8bit text/plain; N messages and M lines as counted;
topics = thread subjects with their counts; the 70-dash and 30-dash rules; Date / From / Subject per message with
RFC 5322 dates in order; the footer; `End of` = the Subject and asterisks as long); 954 Access export (Windows-1252,
not UTF-8; CRLF rows, also inside memo fields; the quoted header; `;` fields: text always quoted with doubled quotes,
numbers bare with a decimal comma and no trailing zeros, Wahr / Falsch, `dd.mm.yyyy hh:nn:ss`, hyperlinks as
`text#address#`, unique ascending LitIDs); 955 Lobsters story (bytes = Rails' compact JSON with `\u003c` `\u003e`
`\u0026`; the story's and comments' keys in order; comment_count; six-character unique short ids; parents earlier
with depth = parent's + 1; Chicago times with milliseconds in order; the `#c_` anchors; removed comments; rendered
HTML well nested with every Markdown link target present as an href); 956 Remember The Milk export (compact JSON,
no final newline; config / lists / smart_lists / tasks / notes; string ids unique; list and series references
resolved; millisecond times with created ≤ modified and completion after creation; priorities, RRULEs, ISO 8601
estimates of their shapes).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""

import ast, csv, datetime as dt, email.header, email.utils, html, io, json, math, os, re, sys
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
CHARSET = {953: "iso-8859-1", 954: "cp1252"}


def read_raw(f, path):
    b = open(path, "rb").read()
    cs = CHARSET.get(num(f))
    if not cs:
        return b.decode("utf-8")
    if any(c >= 0x80 for c in b):
        try:
            b.decode("utf-8"); errors.append(f"{f}: decodes as UTF-8 (the writer writes {cs})")
        except UnicodeDecodeError:
            pass
    if cs == "iso-8859-1" and any(0x80 <= c <= 0x9f for c in b): errors.append(f"{f}: C1 bytes 0x80–0x9F in an ISO-8859-1 file")
    return b.decode(cs)


def json_strings(v):
    if isinstance(v, str): return [v]
    if isinstance(v, list): return [s for i in v for s in json_strings(i)]
    if isinstance(v, dict): return [s for k, i in v.items() for s in [k] + json_strings(i)]
    return []


VLLM_RECV = re.compile(r"Received request (cmpl-[0-9a-f]{32}): prompt: (.*), sampling_params: SamplingParams\((.*)\), "
                       r"prompt_token_ids: \[([\d, ]*)\], lora_request: None\.")


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n in (949, 955, 956): forms.append("\n".join(json_strings(json.loads(raw))))
    if n == 948:
        for m in VLLM_RECV.finditer(raw):
            forms.append(ast.literal_eval(m.group(2)))
    if n == 951: forms.append("\n".join(x for r in csv.reader(io.StringIO(raw, newline="")) for x in r))
    if n == 954:
        fields = [x for r in csv.reader(io.StringIO(raw, newline=""), delimiter=";") for x in r]
        forms.append("\n".join(fields + [p for x in fields if "#" in x for p in x.split("#")]))
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
ARXIV_ID = r"\d{4}\.\d{4,5}"


class Nesting(HTMLParser):
    VOID = {"br", "img", "hr", "input", "meta", "link"}

    def __init__(self):
        super().__init__(); self.stack, self.bad, self.hrefs = [], False, []

    def handle_starttag(self, tag, attrs):
        if tag == "a": self.hrefs += [v for k, v in attrs if k == "href"]
        if tag not in self.VOID: self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack.pop() != tag: self.bad = True


def parse_html(s):
    p = Nesting(); p.feed(s); p.close()
    return (not p.bad and not p.stack), p.hrefs


def trino_center(s, w):
    left = (w - len(s)) // 2
    return " " * (left + 1) + s + " " * (w - len(s) - left + 1)


def select_names(sql):
    """the output names of a plain SELECT list (alias after AS, else the column after the last dot)"""
    m = re.match(r"select (.*?) from ", sql, re.I)
    if not m: return None
    items, depth, cur = [], 0, ""
    for ch in m.group(1):
        if ch == "(": depth += 1
        if ch == ")": depth -= 1
        if ch == "," and depth == 0: items.append(cur.strip()); cur = ""
        else: cur += ch
    items.append(cur.strip())
    out = []
    for it in items:
        a = re.search(r"\bas (\w+)$", it, re.I)
        if a: out.append(a.group(1))
        elif re.fullmatch(r"[\w.]+", it): out.append(it.split(".")[-1])
        else: return None
    return out


def size_bytes(s):
    m = re.fullmatch(r"(\d+(?:\.\d{1,2})?)(B|KB|MB)", s)
    if not m or (m.group(2) == "B" and "." in m.group(1)) or (m.group(2) != "B" and m.group(1).endswith("0") and "." in m.group(1)):
        return None
    return float(m.group(1)) * {"B": 1, "KB": 1024, "MB": 1024 ** 2}[m.group(2)]


def check_trino(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    m = re.fullmatch(r"(\[\w+@[\w-]+ [^\]]+\]\$ )trino --server https://[\w.-]+:\d+ --catalog \w+ --schema (\w+) --user [\w.]+( --password)?",
                     ls[0] if ls else "")
    if not m: errors.append(f"{f}: line 1: not a trino shell line"); return
    shell, schema, pw = m.groups()
    k = 1
    if pw:
        if ls[1:2] != ["Password: "]: errors.append(f"{f}: line 2: no Password: prompt after --password")
        k = 2
    P = f"trino:{schema}> "
    C = " " * (len(P) - 3) + "-> "
    if ls[-2:] != [P + "quit", shell] and ls[-2:] != [P + "exit", shell]: errors.append(f"{f}: does not end with quit and a bare prompt")
    prev_q, coord = None, None
    while k < len(ls) - 2:
        if not ls[k].startswith(P): errors.append(f"{f}: line {k + 1}: a prompt was due"); k += 1; continue
        parts = [ls[k][len(P):]]; k += 1
        while not parts[-1].endswith(";"):
            if k >= len(ls) or not ls[k].startswith(C): errors.append(f"{f}: line {k + 1}: continuation prompt not the CLI's"); break
            parts.append(ls[k][len(C):]); k += 1
        sql = " ".join(parts)[:-1]
        if re.match(r"(update|insert|delete)\b", sql, re.I):
            mm = re.fullmatch(r"(UPDATE|INSERT|DELETE): (\d+) rows?", ls[k] if k < len(ls) else "")
            if not mm or mm.group(1) != sql.split()[0].upper() or (mm.group(2) == "1") != ls[k].endswith(" row"):
                errors.append(f"{f}: line {k + 1}: no '{sql.split()[0].upper()}: n rows' line")
            k += 1
        else:
            head, rule = ls[k], ls[k + 1] if k + 1 < len(ls) else ""
            if not re.fullmatch(r"-+(\+-+)*", rule): errors.append(f"{f}: line {k + 2}: not a result rule"); k += 1; continue
            widths = [len(g) - 2 for g in rule.split("+")]
            hcells = head.split("|")
            names = [c.strip() for c in hcells]
            if len(hcells) != len(widths) or head != "|".join(trino_center(n, w) for n, w in zip(names, widths)):
                errors.append(f"{f}: line {k + 1}: header not centred on the rule")
            want = select_names(sql)
            if want is not None and want != names: errors.append(f"{f}: line {k + 1}: header {names} is not the SELECT list {want}")
            j, n_rows = k + 2, 0
            while j < len(ls) and not re.fullmatch(r"\(\d+ rows?\)", ls[j]):
                cells = ls[j].split("|")
                if len(cells) != len(widths) or len(ls[j]) != len(rule):
                    errors.append(f"{f}: line {j + 1}: row not as wide as the rule")
                else:
                    for c, w in zip(cells, widths):
                        v = c[1:-1]
                        if len(c) != w + 2 or c[0] != " " or c[-1] != " " or (v != v.strip().ljust(w) and v != v.strip().rjust(w)):
                            errors.append(f"{f}: line {j + 1}: cell not padded by one blank and aligned"); break
                j += 1; n_rows += 1
            if j >= len(ls): errors.append(f"{f}: a result without its row count"); return
            mm = re.fullmatch(r"\((\d+) (rows?)\)", ls[j])
            if int(mm.group(1)) != n_rows or (mm.group(2) == "row") != (n_rows == 1):
                errors.append(f"{f}: line {j + 1}: {ls[j]} but {n_rows} rows shown")
            k = j + 1
        st = ls[k:k + 5]
        if len(st) < 5 or st[0] != "" or st[4] != "":
            errors.append(f"{f}: line {k + 1}: the query stats are not framed by blank lines"); k += 5; continue
        mq = re.fullmatch(r"Query (\d{8})_(\d{6})_(\d{5})_([a-z0-9]{5}), FINISHED, (\d+) (nodes?)", st[1])
        if not mq or (mq.group(6) == "node") != (mq.group(5) == "1"): errors.append(f"{f}: line {k + 2}: not a FINISHED query line")
        else:
            q = (mq.group(1), mq.group(2), int(mq.group(3)))
            try:
                dt.datetime.strptime(mq.group(1) + mq.group(2), "%Y%m%d%H%M%S")
            except ValueError:
                errors.append(f"{f}: line {k + 2}: query id time")
            if prev_q and q <= prev_q: errors.append(f"{f}: line {k + 2}: query ids do not increase")
            if coord and mq.group(4) != coord: errors.append(f"{f}: line {k + 2}: another coordinator id")
            prev_q, coord = q, mq.group(4)
        ms_ = re.fullmatch(r"Splits: (\d+) total, (\d+) done \(100\.00%\)", st[2])
        if not ms_ or ms_.group(1) != ms_.group(2): errors.append(f"{f}: line {k + 3}: Splits line")
        mt = re.fullmatch(r"(\d+\.\d\d) \[(\d+) rows, (\S+)\] \[(\d+) rows/s, (\S+)/s\]", st[3])
        if not mt: errors.append(f"{f}: line {k + 4}: stats line")
        else:
            secs, rows, b, rate, brate = float(mt.group(1)), int(mt.group(2)), size_bytes(mt.group(3)), int(mt.group(4)), size_bytes(mt.group(5))
            if b is None or brate is None: errors.append(f"{f}: line {k + 4}: data size not the CLI's")
            elif rate != round(rows / secs) or abs(brate - b / secs) > max(1.0, 0.01 * b / secs):
                errors.append(f"{f}: line {k + 4}: rates are not amount / seconds")
        k += 5


VLINE = re.compile(r"(DEBUG|INFO|WARNING|ERROR) (\d\d-\d\d \d\d:\d\d:\d\d) ([\w.]+\.py):(\d+)\] (.*)")
METRICS = re.compile(r"Avg prompt throughput: \d+\.\d tokens/s, Avg generation throughput: \d+\.\d tokens/s, Running: (\d+) reqs, "
                     r"Swapped: 0 reqs, Pending: 0 reqs, GPU KV cache usage: (\d+\.\d)%, CPU KV cache usage: 0\.0%")
UVI = re.compile(r"INFO:     (?:\d+\.\d+\.\d+\.\d+:\d+ - \"(GET|POST) (/[\w/]*) HTTP/1\.1\" (\d{3}) [A-Z][\w ]+|Started server process \[\d+\]|"
                 r"Waiting for application startup\.|Application startup complete\.|"
                 r"Uvicorn running on http://[\d.]+:\d+ \(Press CTRL\+C to quit\))")


def check_vllm(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    last, version, model, mml, args_model, args_mml = "", None, None, None, None, None
    open_reqs, done, posts = {}, set(), 0
    k = 0
    while k < len(ls):
        l = ls[k]
        m = VLINE.fullmatch(l)
        if not m:
            if UVI.fullmatch(l):
                u = UVI.fullmatch(l)
                if u.group(1) == "POST" and u.group(3) == "200": posts += 1
            elif re.fullmatch(r"/\S+\.py:\d+: \w+Warning: .+", l) and k + 1 < len(ls) and ls[k + 1].startswith("  "):
                k += 1
            else:
                errors.append(f"{f}: line {k + 1}: not a vLLM, uvicorn or warning line")
            k += 1; continue
        lvl, ts, where, _, msg = m.groups()
        try:
            dt.datetime.strptime("2024-" + ts, "%Y-%m-%d %H:%M:%S")
        except ValueError:
            errors.append(f"{f}: line {k + 1}: bad time")
        if ts < last: errors.append(f"{f}: line {k + 1}: time goes backwards")
        last = ts
        if msg.startswith("vLLM API server version "): version = msg.split()[-1]
        elif msg.startswith("args: Namespace("):
            a = re.search(r"[(, ]model='([^']+)'", msg); b = re.search(r"max_model_len=(\d+)", msg)
            args_model, args_mml = a and a.group(1), b and int(b.group(1))
        elif msg.startswith("Initializing an LLM engine"):
            mv = re.match(r"Initializing an LLM engine \(v([\d.]+)\) with config: model='([^']+)'", msg)
            b = re.search(r"max_seq_len=(\d+)", msg)
            if not mv or mv.group(1) != version: errors.append(f"{f}: line {k + 1}: engine version not the server's")
            model, mml = mv and mv.group(2), b and int(b.group(1))
            if model != args_model or mml != args_mml: errors.append(f"{f}: line {k + 1}: engine config disagrees with the args")
        elif msg.startswith("Received request"):
            r = VLLM_RECV.fullmatch(msg)
            if not r: errors.append(f"{f}: line {k + 1}: request line not vLLM's"); k += 1; continue
            rid, lit, sp, ids = r.groups()
            try:
                prompt = ast.literal_eval(lit)
                if not isinstance(prompt, str) or repr(prompt) != lit: raise ValueError
            except (ValueError, SyntaxError):
                errors.append(f"{f}: line {k + 1}: prompt not a Python str repr")
            toks = [int(x) for x in ids.split(", ")] if ids else []
            mt = re.search(r"(?:^|, )max_tokens=(\d+)(?:,|$)", sp)
            if not toks or toks[0] != 1: errors.append(f"{f}: line {k + 1}: prompt token ids do not start with BOS")
            if not mt or not mml or len(toks) + int(mt.group(1)) > mml: errors.append(f"{f}: line {k + 1}: prompt + max_tokens over max_model_len")
            if rid in open_reqs or rid in done: errors.append(f"{f}: line {k + 1}: request id reused")
            open_reqs[rid] = k
        elif re.match(r"(Finished|Aborted) request ", msg):
            r = re.fullmatch(r"(Finished|Aborted) request (cmpl-[0-9a-f]{32})\.", msg)
            if not r or r.group(2) not in open_reqs: errors.append(f"{f}: line {k + 1}: finishes a request that is not open")
            else: del open_reqs[r.group(2)]; done.add(r.group(2))
        elif where == "metrics.py":
            mm = METRICS.fullmatch(msg)
            if not mm or int(mm.group(1)) != len(open_reqs) or (float(mm.group(2)) > 0) != bool(open_reqs):
                errors.append(f"{f}: line {k + 1}: metrics line not vLLM's or Running / KV usage not the open requests")
        k += 1
    if open_reqs: errors.append(f"{f}: requests never finished: {sorted(open_reqs)}")
    if version is None or model is None: errors.append(f"{f}: no version / engine line")
    if posts < len(done): errors.append(f"{f}: fewer POST 200 access lines ({posts}) than requests ({len(done)})")


STRAPI_KEYS = ["title", "authors", "year", "kind", "arxivId", "url", "venue", "status", "summary", "note", "tags",
               "createdAt", "updatedAt", "publishedAt", "locale", "session", "addedBy"]
ISO_MS = r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z"


def blocks_ok(nodes, inline=False):
    if not isinstance(nodes, list) or not nodes: return False
    for n_ in nodes:
        if not isinstance(n_, dict): return False
        t = n_.get("type")
        if t == "text":
            if not inline or not isinstance(n_.get("text"), str) or set(n_) - {"type", "text", "bold", "italic", "underline", "strikethrough", "code"}:
                return False
        elif t == "link":
            if not inline or not re.fullmatch(r"https?://\S+", n_.get("url", "")) or not blocks_ok(n_.get("children"), True): return False
        elif t in ("paragraph", "heading", "quote", "list-item"):
            if inline and t != "list-item" or not blocks_ok(n_.get("children"), True): return False
        elif t == "list":
            if inline or n_.get("format") not in ("ordered", "unordered") or not all(
                    isinstance(c, dict) and c.get("type") == "list-item" for c in n_.get("children", [])) or not blocks_ok(n_.get("children")):
                return False
        else:
            return False
    return True


def check_strapi(f, raw):
    lf_final(f, raw, final=False)
    d = json.loads(raw)
    if json.dumps(d, ensure_ascii=False, separators=(",", ":")) != raw: errors.append(f"{f}: not JSON.stringify's compact output")
    if list(d) != ["data", "meta"]: errors.append(f"{f}: top-level keys {list(d)}"); return
    pg = d["meta"].get("pagination", {})
    if list(pg) != ["page", "pageSize", "pageCount", "total"] or pg["total"] != len(d["data"]) or pg["page"] != 1 \
            or pg["pageCount"] != max(1, math.ceil(pg["total"] / pg["pageSize"])):
        errors.append(f"{f}: meta.pagination disagrees with the data")
    ids, created, related = set(), [], {}
    for n_, e in enumerate(d["data"], 1):
        if list(e) != ["id", "attributes"] or not isinstance(e["id"], int) or e["id"] in ids:
            errors.append(f"{f}: entry {n_}: not {{id, attributes}} with a unique integer id"); continue
        ids.add(e["id"])
        a = e["attributes"]
        if list(a) != STRAPI_KEYS: errors.append(f"{f}: entry {n_}: attribute keys not in schema order"); continue
        for t in ("createdAt", "updatedAt", "publishedAt"):
            if not re.fullmatch(ISO_MS, a[t] or ""): errors.append(f"{f}: entry {n_}: {t} not an ISO time with milliseconds")
        if not a["createdAt"] <= a["updatedAt"] or not a["createdAt"] <= a["publishedAt"]: errors.append(f"{f}: entry {n_}: times out of order")
        created.append(a["createdAt"])
        if a["arxivId"] is not None and not re.fullmatch(ARXIV_ID, a["arxivId"]): errors.append(f"{f}: entry {n_}: arxivId")
        if a["url"] is not None and not re.fullmatch(r"https?://\S+", a["url"]): errors.append(f"{f}: entry {n_}: url")
        if a["kind"] not in ("paper", "video", "code", "blog") or a["status"] not in ("to-read", "reading", "read"):
            errors.append(f"{f}: entry {n_}: kind / status not an enumeration value")
        if a["locale"] != "fa" or not isinstance(a["tags"], list): errors.append(f"{f}: entry {n_}: locale / tags")
        if not blocks_ok(a["summary"]): errors.append(f"{f}: entry {n_}: summary is not Blocks rich text")
        for rel in ("session", "addedBy"):
            r = a[rel]
            if not isinstance(r, dict) or list(r) != ["data"]: errors.append(f"{f}: entry {n_}: {rel} not a {{data}} relation"); continue
            if r["data"] is None: continue
            if list(r["data"]) != ["id", "attributes"]: errors.append(f"{f}: entry {n_}: {rel} record shape"); continue
            if related.setdefault((rel, r["data"]["id"]), r["data"]) != r["data"]: errors.append(f"{f}: entry {n_}: {rel} {r['data']['id']} differs")
    if created != sorted(created, reverse=True): errors.append(f"{f}: entries not newest first (sort=createdAt:desc)")


JULIA_LIT = r'(?:"(?:[^"\\]|\\.)*"|\[(?:\s*"(?:[^"\\]|\\.)*"\s*,?)*\]|Date\(\d{4}, \d{1,2}, \d{1,2}\)|true|false|-?\d+)'


def check_franklin(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    defs, k = set(), 0
    while k < len(ls) and ls[k].startswith("@def "):
        m = re.fullmatch(r"@def (\w+) = (" + JULIA_LIT + ")", ls[k])
        if not m: errors.append(f"{f}: line {k + 1}: @def value not a Julia literal")
        else: defs.add(m.group(1))
        k += 1
    if "title" not in defs: errors.append(f"{f}: no @def title")
    code, fence_paths, outputs, divs, raw_html, level, h1 = False, set(), [], 0, False, 0, 0
    prose = []
    for i, l in enumerate(ls[k:], k + 1):
        if l.startswith("```"):
            if not code:
                m = re.fullmatch(r"```(\w*)(?::(\S+))?", l)
                if not m: errors.append(f"{f}: line {i}: code fence")
                elif m.group(2): fence_paths.add(m.group(2))
                code = True
            elif l == "```": code = False
            else: errors.append(f"{f}: line {i}: code fence")
            continue
        if code: continue
        if l == "~~~": raw_html = not raw_html; continue
        if raw_html: continue
        if re.fullmatch(r"@@[\w-]+", l): divs += 1; continue
        if l == "@@":
            divs -= 1
            if divs < 0: errors.append(f"{f}: line {i}: @@ closes nothing"); divs = 0
            continue
        h = re.match(r"(#{1,6}) ", l)
        if h:
            n_ = len(h.group(1))
            if n_ == 1: h1 += 1
            elif n_ > level + 1: errors.append(f"{f}: line {i}: heading skips a level")
            level = n_
        prose.append(l)
    if code: errors.append(f"{f}: a code block is not closed")
    if raw_html: errors.append(f"{f}: a ~~~ block is not closed")
    if divs: errors.append(f"{f}: an @@ div is not closed")
    if h1 != 1: errors.append(f"{f}: {h1} title headings (one wanted)")
    text = "\n".join(prose)
    for v in re.findall(r"\{\{(.*?)\}\}", text):
        m = re.fullmatch(r"fill (\w+)", v)
        if not m or m.group(1) not in defs: errors.append(f"{f}: {{{{{v}}}}} is not a fill of a defined variable")
    if text.count("\\toc") > 1: errors.append(f"{f}: \\toc more than once")
    for p in re.findall(r"\\output\{([^}]*)\}", text):
        if p not in fence_paths: errors.append(f"{f}: \\output{{{p}}} names no evaluated code block")
    if text.count("$$") % 2: errors.append(f"{f}: unpaired $$")
    for m in re.finditer(r"\\newcommand\{(\\\w+)\}\{", text):
        if m.group(1) not in text[m.end():]: errors.append(f"{f}: {m.group(1)} defined but never used")
    labels = re.findall(r"\\biblabel\{([\w:-]+)\}\{[^}]+\}", text)
    if len(labels) != len(set(labels)): errors.append(f"{f}: a \\biblabel defined twice")
    for c in re.findall(r"\\cite[tp]?\{([\w:,-]+)\}", text):
        for key in c.split(","):
            if key not in labels: errors.append(f"{f}: \\cite of an undefined label {key}")
    refs = set(re.findall(r"\[\^(\w+)\](?!:)", text)); defs_ = set(re.findall(r"(?m)^\[\^(\w+)\]:", text))
    if refs != defs_: errors.append(f"{f}: footnote references {sorted(refs)} != definitions {sorted(defs_)}")
    for t in re.findall(r"\]\(([^)\s]+)\)", text) + re.findall(r"<(https?:[^>\s]*)>", text):
        if not re.fullmatch(r"https?://[^\s<>]+", t): errors.append(f"{f}: link target {t!r} not http(s)")


TAIGA_HEAD = ["id", "ref", "subject", "description", "sprint_id", "sprint", "sprint_estimated_start", "sprint_estimated_finish",
              "owner", "owner_full_name", "assigned_to", "assigned_to_full_name", "assigned_users", "assigned_users_full_name",
              "status", "is_closed", "swimlane"]
TAIGA_TAIL = ["total-points", "backlog_order", "sprint_order", "kanban_order", "created_date", "modified_date", "finish_date",
              "client_requirement", "team_requirement", "attachments", "generated_from_issue", "generated_from_task",
              "from_task_ref", "external_reference", "tasks", "tags", "watchers", "voters", "due_date", "due_date_reason", "epics"]
PY_DT = r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}\+00:00"


def check_taiga(f, raw):
    rows = list(csv.reader(io.StringIO(raw, newline="")))
    buf = io.StringIO(); csv.writer(buf).writerows(rows)
    if buf.getvalue() != raw: errors.append(f"{f}: not Python's csv writer output (CRLF rows, minimal quoting)")
    if not rows: errors.append(f"{f}: empty"); return
    head = rows[0]
    pts = [h for h in head[len(TAIGA_HEAD):] if h.endswith("-points") and h != "total-points"]
    i = len(TAIGA_HEAD) + len(pts)
    if head[:len(TAIGA_HEAD)] != TAIGA_HEAD or pts != sorted(pts) or head[i:i + len(TAIGA_TAIL)] != TAIGA_TAIL:
        errors.append(f"{f}: header not Taiga's user-story export"); return
    col = {h: n_ for n_, h in enumerate(head)}
    custom = head[i + len(TAIGA_TAIL):]
    ids, refs, sprints, users, closed = set(), set(), {}, {}, {}
    for r_n, r in enumerate(rows[1:], 2):
        if len(r) != len(head): errors.append(f"{f}: row {r_n}: {len(r)} fields for {len(head)} columns"); continue
        g = lambda h: r[col[h]]
        for h in ("id", "ref"):
            if not g(h).isdigit(): errors.append(f"{f}: row {r_n}: {h} not a number")
        if g("id") in ids or g("ref") in refs: errors.append(f"{f}: row {r_n}: id / ref repeated")
        ids.add(g("id")); refs.add(g("ref"))
        sp = (g("sprint"), g("sprint_estimated_start"), g("sprint_estimated_finish"))
        if g("sprint_id"):
            if sprints.setdefault(g("sprint_id"), sp) != sp or not all(sp) or sp[1] > sp[2]:
                errors.append(f"{f}: row {r_n}: sprint {g('sprint_id')} named or dated otherwise")
        elif any(sp): errors.append(f"{f}: row {r_n}: sprint fields without a sprint id")
        for u, full in (("owner", "owner_full_name"), ("assigned_to", "assigned_to_full_name"), ("assigned_users", "assigned_users_full_name")):
            if bool(g(u)) != bool(g(full)) or (g(u) and users.setdefault(g(u), g(full)) != g(full)):
                errors.append(f"{f}: row {r_n}: {u} and its full name disagree")
        if g("is_closed") not in ("True", "False"): errors.append(f"{f}: row {r_n}: is_closed")
        if closed.setdefault(g("status"), g("is_closed")) != g("is_closed"): errors.append(f"{f}: row {r_n}: status {g('status')} both open and closed")
        if bool(g("finish_date")) != (g("is_closed") == "True"): errors.append(f"{f}: row {r_n}: finish_date set / unset against is_closed")
        vals = []
        for h in pts:
            if g(h) and not re.fullmatch(r"\d+\.\d+", g(h)): errors.append(f"{f}: row {r_n}: {h} not a float")
            vals.append(float(g(h) or 0))
        tot = g("total-points")
        if (tot and not re.fullmatch(r"\d+\.\d+", tot)) or float(tot or 0) != sum(vals):
            errors.append(f"{f}: row {r_n}: total-points is not the sum of the role points")
        ds = [g("created_date")] + ([g("finish_date")] if g("finish_date") else []) + [g("modified_date")]
        if not all(re.fullmatch(PY_DT, x) for x in ds) or ds != sorted(ds): errors.append(f"{f}: row {r_n}: dates not Python datetimes with created ≤ finish ≤ modified")
        for h in ("client_requirement", "team_requirement"):
            if g(h) not in ("True", "False"): errors.append(f"{f}: row {r_n}: {h}")
        if not g("attachments").isdigit() or not g("voters").isdigit(): errors.append(f"{f}: row {r_n}: attachments / voters")
        if not re.fullmatch(r"\[(\d+(, \d+)*)?\]", g("watchers")): errors.append(f"{f}: row {r_n}: watchers not a Python list")
        if g("tasks") and not re.fullmatch(r"\d+(,\d+)*", g("tasks")): errors.append(f"{f}: row {r_n}: tasks")
        if g("due_date") and not re.fullmatch(r"\d{4}-\d\d-\d\d", g("due_date")): errors.append(f"{f}: row {r_n}: due_date")
        for h in custom:
            if h == "Статья" and g(h) and not re.fullmatch(r"https?://\S+", g(h)): errors.append(f"{f}: row {r_n}: «Статья» not a URL")


def js_balanced(src):
    """brackets balanced outside string literals, template literals (with ${} nesting) and // comments"""
    stack, i, n_ = [], 0, len(src)
    modes = ["code"]
    while i < n_:
        c, mode = src[i], modes[-1]
        if mode == "code":
            if src.startswith("//", i): i = src.find("\n", i); i = n_ if i < 0 else i; continue
            if c in "\"'":
                j = i + 1
                while j < n_ and src[j] != c:
                    if src[j] == "\n": return False
                    j += 2 if src[j] == "\\" else 1
                i = j + 1; continue
            if c == "`": modes.append("tpl"); i += 1; continue
            if c in "([{": stack.append(c)
            if c in ")]}":
                if not stack: return False
                o = stack.pop()
                if o == "${":
                    if c != "}": return False
                    modes.pop(); i += 1; continue
                if "([{"[")]}".index(c)] != o: return False
        else:
            if c == "\\": i += 2; continue
            if c == "`": modes.pop(); i += 1; continue
            if src.startswith("${", i): stack.append("${"); modes.append("code"); i += 2; continue
        i += 1
    return not stack and modes == ["code"]


def check_observable(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")
    if not re.fullmatch(r"// https://observablehq\.com/@[\w-]+/[\w-]+@\d+", ls[0]): errors.append(f"{f}: line 1: not the notebook URL line")
    imports = re.findall(r'(?m)^import (define\d+) from "\./([0-9a-f]{16})@\d+\.js";$', raw)
    if raw.count("\nimport ") != len(imports): errors.append(f"{f}: an import line not of the export's form")
    funcs = {}
    for m in re.finditer(r"(?m)^function (_\w+)\(([\w,]*)\)(\{return\(\n|\n\{\n)", raw):
        if m.group(1) in funcs: errors.append(f"{f}: function {m.group(1)} twice")
        funcs[m.group(1)] = (m.group(2).split(",") if m.group(2) else [], m.start())
    body = raw[raw.find("export default function define(runtime, observer) {\n"):]
    if not body or not body.endswith("  return main;\n}\n"): errors.append(f"{f}: no define() block ending with return main"); return
    if not js_balanced(raw): errors.append(f"{f}: brackets not balanced")
    used, names = Counter(), set()
    cells = re.findall(r'(?m)^  main\.variable\(observer\(("[^"]*")?\)\)\.define\((?:("[^"]+"), )?(?:(\[[^\]]*\]), )?([^)]*(?:\)[^;]*)?)\);$', body)
    if body.count("main.variable(") != len(cells): errors.append(f"{f}: a main.variable line not of the export's form")
    order = []
    for obs, name, deps, fn in cells:
        obs_n, name_n, deps_l = obs and json.loads(obs), name and json.loads(name), json.loads(deps or "[]")
        if obs_n != name_n: errors.append(f"{f}: observer {obs_n!r} but variable {name_n!r}")
        if name_n:
            if name_n in names: errors.append(f"{f}: variable {name_n} defined twice")
            names.add(name_n)
        if fn in funcs:
            used[fn] += 1
            order.append((funcs[fn][1], fn, name_n))
            if funcs[fn][0] != deps_l: errors.append(f"{f}: {fn}'s parameters {funcs[fn][0]} are not its dependencies {deps_l}")
        elif re.fullmatch(r"\(G, _\) => G\.input\(_\)", fn):
            if not name_n or deps_l != ["Generators", "viewof " + name_n] or "viewof " + name_n not in names:
                errors.append(f"{f}: a viewof pair not the export's")
        else:
            errors.append(f"{f}: {fn} is not a cell function")
    for fn in funcs:
        if used[fn] != 1: errors.append(f"{f}: cell function {fn} defined {used[fn]} times")
    order.sort()
    for pos, (_, fn, name_n) in enumerate(order, 1):
        want = "_" + (name_n.replace("viewof ", "") if name_n else str(pos))
        if fn != want: errors.append(f"{f}: cell {pos} is {fn}, the export names it {want}")
    att = dict(re.findall(r'\["([^"]+)", \{url: new URL\("\./files/([0-9a-f]+)\.\w+", import\.meta\.url\), mimeType: "[\w/+.-]+", toString\}\]', body))
    for a in re.findall(r'FileAttachment\("([^"]+)"\)', raw):
        if a not in att: errors.append(f"{f}: FileAttachment {a!r} not in the attachments map")
    if att and 'main.builtin("FileAttachment", runtime.fileAttachments(name => fileAttachments.get(name)));' not in body:
        errors.append(f"{f}: attachments without the FileAttachment builtin")
    for d_, _ in imports:
        if not re.search(r"const (child\d+) = runtime\.module\(" + d_ + r"\);\n  main\.import\(\"\w+\", \1\);", body):
            errors.append(f"{f}: {d_} imported but not wired with runtime.module / main.import")


LS_HEAD = ["Date", "From", "Reply-To", "Sender", "To", "Subject", "Message-ID"]


def check_listserv(f, raw):
    lf_final(f, raw)
    head, sep, body = raw.partition("\n\n")
    if not sep: errors.append(f"{f}: no header / body split"); return
    hl = head.split("\n")
    fields, cur = [], None
    for l in hl:
        if l[:1] in (" ", "\t"):
            if not fields: errors.append(f"{f}: continuation before a header"); continue
            fields[-1] = (fields[-1][0], fields[-1][1] + "\n" + l)
        else:
            m = re.match(r"([\w-]+):( *)(.*)", l)
            if not m: errors.append(f"{f}: header line {l[:30]!r}"); continue
            fields.append((m.group(1), l))
    names = [n_ for n_, _ in fields]
    ls_block = [n_ for n_ in names if n_ in LS_HEAD]
    if ls_block != LS_HEAD: errors.append(f"{f}: LISTSERV's header block {ls_block}")
    for n_, l in fields:
        if n_ in LS_HEAD and not re.match(re.escape(n_) + r": +\S", l) or (n_ in LS_HEAD and len(l.split("\n")[0]) - len(l.split("\n")[0][len(n_) + 1:].lstrip(" ")) != 14):
            errors.append(f"{f}: {n_} not padded to LISTSERV's column")
    hv = {n_: re.sub(r"^[\w-]+: *", "", l) for n_, l in fields}
    if hv.get("Content-Type") != 'text/plain; charset="ISO-8859-1"' or hv.get("Content-Transfer-Encoding") != "8bit" or hv.get("MIME-Version") != "1.0":
        errors.append(f"{f}: not 8bit ISO-8859-1 text/plain")
    for n_ in ("Reply-To", "Sender"):
        w = re.match(r"(=\?ISO-8859-1\?Q\?[^?]+\?=) <([\w.-]+)@([\w.-]+)>$", hv.get(n_, ""))
        if not w: errors.append(f"{f}: {n_} without the list name as an encoded word"); continue
        try:
            email.header.decode_header(w.group(1))[0][0].decode("iso-8859-1")
        except Exception:
            errors.append(f"{f}: {n_}: encoded word does not decode")
    subj = hv.get("Subject", "")
    ms_ = re.fullmatch(r"([\w-]+) Digest - (\d{1,2} \w{3} \d{4}) to (\d{1,2} \w{3} \d{4}) \(#\d{4}-\d+\)", subj)
    if not ms_: errors.append(f"{f}: Subject not a LISTSERV digest subject"); return
    lst = ms_.group(1)
    for n_ in ("Reply-To", "Sender"):
        if f"<{lst}@" not in hv.get(n_, ""): errors.append(f"{f}: {n_} not the list {lst}")
    if not hv.get("From", "").endswith(">") or "<LISTSERV@" not in hv.get("From", ""): errors.append(f"{f}: From not LISTSERV")
    end = f"End of {subj}"
    if not body.endswith(f"\n{end}\n" + "*" * len(end) + "\n"): errors.append(f"{f}: does not end with 'End of' and its asterisks")
    m = re.match(r"There are (\d+) messages totaling (\d+) lines in this issue\.\n\nTopics of the day:\n\n((?:  \d+\. .+ \(\d+\)\n)+)\n"
                 + "-" * 70 + r"\n\n", body)
    if not m: errors.append(f"{f}: digest preamble (counts, topics, 70-dash rule)"); return
    rest = body[m.end():body.rfind(f"\n{end}\n")]
    parts = rest.split("\n------------------------------\n\n")
    msgs, footer = parts[:-1], parts[-1]
    if not footer.startswith("#" * 72 + "\n\nTo unsubscribe from the " + lst + " list"): errors.append(f"{f}: the list footer")
    if int(m.group(1)) != len(msgs): errors.append(f"{f}: {m.group(1)} messages announced, {len(msgs)} present")
    block = "\n------------------------------\n\n".join(msgs)
    if int(m.group(2)) != block.count("\n"): errors.append(f"{f}: {m.group(2)} lines announced, {block.count(chr(10))} counted")
    threads, last = Counter(), None
    for i, mm in enumerate(msgs, 1):
        h = re.match(r"Date:    (.+)\nFrom:    (.+)\nSubject: (.+)\n\n", mm)
        if not h: errors.append(f"{f}: message {i}: Date / From / Subject block"); continue
        try:
            d_ = email.utils.parsedate_to_datetime(h.group(1))
            if re.sub(r", 0(\d) ", r", \1 ", email.utils.format_datetime(d_)) != h.group(1): raise ValueError
        except (TypeError, ValueError):
            errors.append(f"{f}: message {i}: date not RFC 5322"); continue
        if last and d_ < last: errors.append(f"{f}: message {i}: dates out of order")
        last = d_
        if not re.search(r"<[\w.+-]+@[\w.-]+\.example>$", h.group(2)): errors.append(f"{f}: message {i}: From address")
        threads[re.sub(r"^(?:Re: )+", "", h.group(3))] += 1
    topics = re.findall(r"  (\d+)\. (.+) \((\d+)\)\n", m.group(3))
    if [(t, int(c)) for _, t, c in topics] != list(threads.items()) or [int(n_) for n_, _, _ in topics] != list(range(1, len(topics) + 1)):
        errors.append(f"{f}: topics of the day are not the threads with their message counts")


ACCESS_HEAD = ["LitID", "Titel", "Autoren", "Jahr", "Quelle", "Link", "arXivNr", "Thema", "Gelesen", "Bewertung", "Notiz",
               "ErfasstAm", "ErfasstVon"]
ACCESS_TYPES = ["n", "t", "t", "n", "t", "h", "t", "t", "b", "n", "t", "d", "t"]


def access_fields(line_rest):
    """split one record of `;`-separated fields, text in quotes with doubled quotes; returns (field, quoted) pairs"""
    out, i = [], 0
    s = line_rest
    while True:
        if s.startswith('"', i):
            j, val = i + 1, ""
            while True:
                k = s.find('"', j)
                if k < 0: return None, i
                if s.startswith('""', k): val += s[j:k] + '"'; j = k + 2; continue
                val += s[j:k]; j = k + 1; break
            out.append((val, True)); i = j
        else:
            j = i
            while j < len(s) and s[j] not in ";\r": j += 1
            out.append((s[i:j], False)); i = j
        if s.startswith(";", i): i += 1; continue
        return out, i


def check_access(f, raw):
    if not raw.endswith("\r\n"): errors.append(f"{f}: no final CRLF")
    if not raw.strip(): errors.append(f"{f}: empty"); return
    if re.search(r"(?<!\r)\n", raw) or re.search(r"\r(?!\n)", raw): errors.append(f"{f}: a line end that is not CRLF")
    pos, recs = 0, []
    while pos < len(raw):
        fl, end = access_fields(raw[pos:])
        if fl is None or not raw.startswith("\r\n", pos + end): errors.append(f"{f}: record at offset {pos} is not ;-separated fields"); return
        recs.append(fl); pos += end + 2
    if [v for v, _ in recs[0]] != ACCESS_HEAD or not all(q for _, q in recs[0]): errors.append(f"{f}: header not the quoted field names"); return
    prev = 0
    for r_n, r in enumerate(recs[1:], 2):
        if len(r) != len(ACCESS_HEAD): errors.append(f"{f}: record {r_n}: {len(r)} fields"); continue
        for (v, q), h, t in zip(r, ACCESS_HEAD, ACCESS_TYPES):
            if t in "th":
                if not q and v: errors.append(f"{f}: record {r_n}: {h} text not in quotes")
                if q and t == "h" and not re.fullmatch(r"[^#]*#https?://[^#\s]+#", v): errors.append(f"{f}: record {r_n}: {h} not Access's text#address# form")
            else:
                if q: errors.append(f"{f}: record {r_n}: {h} quoted")
                if t == "n" and v and not re.fullmatch(r"-?\d+(,\d*[1-9])?", v): errors.append(f"{f}: record {r_n}: {h} not an Access number")
                if t == "b" and v not in ("Wahr", "Falsch"): errors.append(f"{f}: record {r_n}: {h} not Wahr / Falsch")
                if t == "d":
                    try:
                        dt.datetime.strptime(v, "%d.%m.%Y %H:%M:%S")
                        if not re.fullmatch(r"\d\d\.\d\d\.\d{4} \d\d:\d\d:\d\d", v): raise ValueError
                    except ValueError:
                        errors.append(f"{f}: record {r_n}: {h} not dd.mm.yyyy hh:nn:ss")
            if q and re.search(r"(?<!\r)\n", v): errors.append(f"{f}: record {r_n}: {h} line break not CRLF")
        lid = int(r[0][0]) if r[0][0].isdigit() else -1
        if lid <= prev: errors.append(f"{f}: record {r_n}: LitID not ascending")
        prev = lid
        if r[6][0] and not re.fullmatch(ARXIV_ID, r[6][0]): errors.append(f"{f}: record {r_n}: arXivNr")
        if r[3][0] and not 1990 <= int(r[3][0]) <= 2025: errors.append(f"{f}: record {r_n}: Jahr")


LOB_STORY = ["short_id", "short_id_url", "created_at", "title", "url", "score", "flags", "comment_count", "description",
             "description_plain", "comments_url", "submitter_user", "user_is_author", "tags", "comments"]
LOB_COMMENT = ["short_id", "short_id_url", "created_at", "last_edited_at", "is_deleted", "is_moderated", "score", "flags",
               "parent_comment", "comment", "comment_plain", "url", "depth", "commenting_user"]
CHI = r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}-0[56]:00"


def check_lobsters(f, raw):
    lf_final(f, raw, final=False)
    d = json.loads(raw)
    rails = json.dumps(d, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    if rails != raw: errors.append(f"{f}: not Rails' compact JSON with \\u003c \\u003e \\u0026 escapes")
    if list(d) != LOB_STORY: errors.append(f"{f}: story keys not Story#as_json's"); return
    sid = d["short_id"]
    if not re.fullmatch(r"[a-z0-9]{6}", sid) or d["short_id_url"] != f"https://lobste.rs/s/{sid}" \
            or not d["comments_url"].startswith(d["short_id_url"] + "/"):
        errors.append(f"{f}: story short id / urls")
    if not re.fullmatch(CHI, d["created_at"]): errors.append(f"{f}: story created_at not a Chicago time with milliseconds")
    if d["tags"] != sorted(d["tags"]) or d["comment_count"] != len(d["comments"]): errors.append(f"{f}: tags unsorted or comment_count wrong")
    seen, last = {}, d["created_at"]
    for n_, c in enumerate(d["comments"], 1):
        if list(c) != LOB_COMMENT: errors.append(f"{f}: comment {n_}: keys not Comment#as_json's"); continue
        cid = c["short_id"]
        if not re.fullmatch(r"[a-z0-9]{6}", cid) or cid in seen or c["short_id_url"] != f"https://lobste.rs/c/{cid}" \
                or c["url"] != f"{d['comments_url']}#c_{cid}":
            errors.append(f"{f}: comment {n_}: short id / urls")
        p = c["parent_comment"]
        want = 0 if p is None else (seen[p] + 1 if p in seen else None)
        if want is None or c["depth"] != want: errors.append(f"{f}: comment {n_}: parent / depth")
        seen[cid] = c["depth"]
        if not re.fullmatch(CHI, c["created_at"]) or not re.fullmatch(CHI, c["last_edited_at"]) \
                or c["last_edited_at"] < c["created_at"] or c["created_at"] < last:
            errors.append(f"{f}: comment {n_}: times")
        last = c["created_at"]
        if c["is_deleted"]:
            if c["comment"] != "<em>Comment removed by author</em>" or c["comment_plain"] != "Comment removed by author":
                errors.append(f"{f}: comment {n_}: removed comment's text")
            continue
        ok, hrefs = parse_html(c["comment"])
        if not ok or not c["comment"].endswith("</p>\n"): errors.append(f"{f}: comment {n_}: rendered HTML not well nested")
        for u in re.findall(r"\]\((https?://[^)\s]+)\)", c["comment_plain"]) + re.findall(r"(?<![(\w])(https?://[^\s)]+)", c["comment_plain"]):
            if u not in hrefs: errors.append(f"{f}: comment {n_}: {u} not linked in the rendered HTML")


RTM_TASK_REQ = ["id", "series_id", "list_id", "name", "priority", "date_created", "date_added", "date_modified"]
RTM_TASK_OPT = ["date_due", "date_due_has_time", "date_completed", "tags", "url", "estimate", "repeat", "postponed", "source"]


def check_rtm(f, raw):
    lf_final(f, raw, final=False)
    d = json.loads(raw)
    if json.dumps(d, ensure_ascii=False, separators=(",", ":")) != raw: errors.append(f"{f}: not compact JSON")
    if list(d) != ["config", "lists", "smart_lists", "tasks", "notes"]: errors.append(f"{f}: top-level keys {list(d)}"); return
    ids = Counter(x["id"] for k in ("lists", "smart_lists", "tasks", "notes") for x in d[k])
    if any(n_ > 1 for n_ in ids.values()) or not all(isinstance(i, str) and i.isdigit() for i in ids):
        errors.append(f"{f}: ids not unique digit strings")
    lists = {x["id"] for x in d["lists"]}
    if d["config"].get("default_list_id") not in lists: errors.append(f"{f}: default list unknown")
    for x in d["lists"] + d["smart_lists"] + d["notes"]:
        if not x["date_created"] <= x["date_modified"]: errors.append(f"{f}: {x['id']}: modified before created")
    series = set()
    for t in d["tasks"]:
        keys_ = list(t)
        if keys_[:len(RTM_TASK_REQ)] != RTM_TASK_REQ or not keys_in_order(keys_[len(RTM_TASK_REQ):], RTM_TASK_OPT):
            errors.append(f"{f}: task {t.get('id')}: keys"); continue
        series.add(t["series_id"])
        if t["list_id"] not in lists: errors.append(f"{f}: task {t['id']}: list unknown")
        if t["priority"] not in ("P1", "P2", "P3", "PN"): errors.append(f"{f}: task {t['id']}: priority")
        if not t["date_created"] == t["date_added"] <= t["date_modified"]: errors.append(f"{f}: task {t['id']}: created / added / modified")
        if "date_completed" in t and t["date_completed"] < t["date_created"]: errors.append(f"{f}: task {t['id']}: completed before created")
        if ("date_due" in t) != ("date_due_has_time" in t): errors.append(f"{f}: task {t['id']}: due without has_time")
        if "repeat" in t and not re.fullmatch(r"FREQ=(DAILY|WEEKLY|MONTHLY|YEARLY);INTERVAL=\d+(;BYDAY=(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*)?", t["repeat"]):
            errors.append(f"{f}: task {t['id']}: repeat not an RRULE")
        if "estimate" in t and not re.fullmatch(r"PT(?=\d)(\d+H)?(\d+M)?", t["estimate"]): errors.append(f"{f}: task {t['id']}: estimate")
        if "url" in t and not re.fullmatch(r"https?://\S+", t["url"]): errors.append(f"{f}: task {t['id']}: url")
        for k in ("date_created", "date_added", "date_modified", "date_due", "date_completed"):
            if k in t and not (isinstance(t[k], int) and 1_500_000_000_000 < t[k] < 1_800_000_000_000): errors.append(f"{f}: task {t['id']}: {k} not epoch ms")
    for nt in d["notes"]:
        if nt["series_id"] not in series: errors.append(f"{f}: note {nt['id']}: series unknown")


def keys_in_order(have, order):
    it = iter(order)
    return all(k in it for k in have)


def shape_checks(f, raw, path):
    n = num(f)
    {947: check_trino, 948: check_vllm, 949: check_strapi, 950: check_franklin, 951: check_taiga,
     952: check_observable, 953: check_listserv, 954: check_access, 955: check_lobsters,
     956: check_rtm}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


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
# round92's and round93's, a byte-identical file counted once), and the round92/round93 split (candidates sorted by
# (uses, catalogue title); round93 = odd positions from 3 on, one unbroken run; round92 takes the even ones)
used = Counter()
TD = "/work/main/tests/data"
P92S = ["/work/rounds/digests-round92/expected.json", "/work/main/tests/data/digests-round92/expected.json"]
P92 = next((p for p in P92S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P92S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round92", "digests-round93") or not os.path.exists(pth): continue
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
if even: errors.append(f"papers not at an odd position (round93 takes the odd ones): {even}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"odd positions skipped inside the run 3..{last}: {[(pos[k], k) for k in gaps]}")
r92 = set()
if P92:
    try:
        r92 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P92)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P92} exists but could not be read (being written?)")
    if r92 & mine: errors.append(f"papers also in round92: {sorted(r92 & mine)}")
shared92 = len(r92 & mine) if P92 else "(no round92 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round93 file: {multi}")
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
      f"at even positions: {len(even)}; shared with round92: {shared92}; papers in more than one round93 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
