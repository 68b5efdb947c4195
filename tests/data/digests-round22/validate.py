#!/usr/bin/env python3
"""Checks round22/expected.json against the digests and the shared catalogues.

Adapted from round21/validate.py (the label checks are the same; the readers and shape checks are new). Each digest
is read in its raw form (UTF-8 text) and in decoded forms, the way a reader of that shape would see it:
  - Telegram Desktop HTML export (237): the HTML as text (hrefs after link text, <br> as a new line), and per message
    its text div as text;
  - ChatGPT conversations.json (238): every JSON string (the file escapes all non-ASCII characters), and per message
    its parts as rendered Markdown ([text](url) as "text <url>");
  - Weibo getIndex JSON (239): every JSON string, and per post its mobile HTML text as text (the sinaurl wrappers are
    undone by the percent-decoding every form gets);
  - Canvas course-export page (240): the HTML as text;
  - Rd (241): the Rd as text (\\href{u}{t} as "t <u>", \\url{u} as "<u>", \\doi{d} as "doi:d <https://doi.org/d>",
    other macros unwrapped, "\\%" as "%", lines joined);
  - Graphviz DOT (242): per node and edge its label with "\\n" / "\\l" / "\\r" breaks (or HTML-like label tags) read
    as spaces, plus its URL, tooltip and comment attributes;
  - XFDF (243): per annotation the text of its contents-richtext with &#13; line breaks as spaces;
  - Naver blog page (244): the HTML as text;
  - Hayagriva YAML (245): every scalar, and per entry "title <url> serial numbers";
  - Notion HTML export (246): the HTML as text;
  - everything: HTML entities undone once and twice, percent-escapes undone.
A title or link found only in a decoded form is reported as a `note:`.

Titles: a recorded title must equal the catalogue title (or one of its version titles) after normalisation (case,
whitespace, TeX braces, entities), unless the digest writes it with a deviation listed in DEVIATIONS below. Round 22
needs none: 242 writes the trajectory transformer under its first arXiv title and 238 mentions AdaLoRA's first title
as well (version titles in the catalogue); 240 writes Transformer-XL's "beyond" in lower case (case only).

Shape checks (each digest is checked against the rules of the program that writes its shape):
  - 237: Telegram Desktop's fixed head and tail; LF; the exporter's layout (every element opened on its own line
    after a blank line, indented one space per level, its text on the next line at column 0, closed at the same
    indentation); balanced HTML; day separators as service messages message-1, message-2, … whose English date is
    the next message's day, one per day; message ids increasing; date titles "DD.MM.YYYY HH:MM:SS UTC+05:00" with
    the shown HH:MM, never going back; `joined` exactly when the previous message of the day has the same sender and
    signature, is not forwarded and is less than 900 s older; joined messages without userpic and from_name, others
    with both; replies to earlier messages; hashtag links in ShowHashtag form; ' and " escaped in texts; poll totals;
    a signature on every post;
  - 238: json.dumps(…) of itself (Python's default separators, ASCII escapes, no final newline); conversation and
    message keys in the export's order; conversation_id = id; the mapping a tree from one client-created root
    ("aaa1…", message null) with consistent parent/children, every node reachable, current_node a leaf; user ids
    "aaa2…"; create_time increasing along every path; an assistant's parent_id its parent, its request_id its user
    message's, its model_slug the conversation's; update_time after every message; safe_urls = the URLs of the
    conversation in order of first appearance;
  - 239: PHP json_encode's layout (compact, ASCII escapes, "\\/"); ok=1; card_type 9 cards whose itemid and scheme
    match the mblog; mblog keys in the API's order; id = mid (16 digits), bid of 9 base-62 characters, created_at
    "Thu Mar 07 21:03:18 +0800 2024" with the right weekday, posts newest first; the account's own posts by the
    account, a repost's original by someone else and older; pic counts; the text's HTML balanced, <br /> breaks,
    sinaurl links with a t.cn data-url, a percent-encoded http(s) target and "网页链接", hashtag links whose query is
    the hashtag; isLongText exactly when the text is cut with "...<a href=\\"/status/<id>\\">全文</a>";
  - 240: the exporter's head (meta charset, <title>, identifier "g" + 32 hex, editing_roles, workflow_state), LF, a
    final newline, balanced HTML, no <h1> and no <script>; every link external (http(s), target=_blank,
    rel=noopener) or one of the exporter's tokens ($IMS-CC-FILEBASE$/… for an instructure_file_link with
    data-api-returntype="File", $WIKI_REFERENCE$/pages/<slug>, $CANVAS_OBJECT_REFERENCE$/assignments|quizzes|
    discussion_topics/g<32 hex>); the rendered "(Links to an external site.)" decoration only inside class="external"
    links; iframes only YouTube embeds; tables with border and collapsed borders;
  - 241: LF, a final newline, no tabs or trailing spaces; roxygen2's two header comment lines; braces balanced with
    Rd escapes and no bare % (an Rd comment) outside the header; the top-level sections known and in roxygen2's
    order, name/alias/title/description present, a package topic's name and aliases; \\url, \\href, \\doi, \\email
    shapes; \\itemize bodies made of \\item; references one per paragraph, each with a (year) and a \\dQuote{…}
    title, in chronological order;
  - 242: LF, a final newline; the DOT file tokenises and parses (one digraph, -> edges); nodes declared once,
    edges and rank lists only between declared nodes; subgraphs named cluster_… with a label; attribute names
    known to Graphviz for their context; URLs http(s); HTML-like labels well-formed with Graphviz's tags; statements
    indented two spaces per brace level;
  - 243: Acrobat's XML declaration, LF, a final newline; xfdf/annots/f/ids in order; known annotation types with
    their subjects, attributes in Acrobat's order, PDF dates with creationdate ≤ date, unique uuid names, pages of
    the 25-page deck in non-decreasing order, rects and quadrilateral coords inside them, popups on their page,
    replies after the note they answer, contents-richtext bodies; an f href to a .pdf and two 32-hex ids;
  - 244: the page head (<title> = og:title + " : 네이버 블로그", og:url = the blog/logNo of the post view), LF, a
    final newline, balanced HTML; SmartEditor ids unique and version-1 shaped; every component with its content,
    section and module_data script (type v2_<component>, same id); SE-TEXT comments paired; oglink anchors sharing
    href with the linkdata and the shown domain; the publish date "YYYY. M. D. HH:MM"; tag links; se-link targets;
  - 245: LF, a final newline, no tabs, even indentation; parses as the YAML subset; keys surname+year+word, unique;
    entries with a known Hayagriva type, known fields, a title, authors as strings, dates YYYY[-MM[-DD]], url as a
    string or {value, date}, serial numbers of known kinds (arXiv-shaped arxiv, 10.* doi), page ranges, parents
    with a type;
  - 246: Notion's head and tail (no final newline), balanced HTML, <title> = the page title, uuid block ids unique,
    bookmark figures whose shown href is their link, to-do checkbox/label pairs, numbered lists counting up.
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue (modulo the recorded deviations); a bad
true_arxiv_id; a wrong evidence kind; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not
an id of its own (kept from round17)."""
import html, json, os, re, sys, uuid as uuidlib
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import datetime
from html.parser import HTMLParser
from urllib.parse import quote, unquote, urlparse

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


def strip_tags(s):
    s = re.sub(r"<!--.*?-->", " ", s, flags=re.S)
    s = re.sub(r"<(script|style)\b.*?</\1>", " ", s, flags=re.S | re.I)
    s = re.sub(r"<[^>]+>", "", s)
    return html.unescape(s)


def html_text(s):
    """tags stripped, entities undone, each <a href> followed by its target"""
    s = re.sub(r"<a\b[^>]*?\bhref=[\"']([^\"']*)[\"'][^>]*>(.*?)</a>", lambda m: m.group(2) + " \x02" + m.group(1) + "\x03", s, flags=re.S)
    s = re.sub(r"</(p|li|h1|h2|h3|h4|div|tr|td|th|blockquote|pre|figcaption|ul|ol|figure|summary|strong)>|<br ?/?>", "\n", s)
    return strip_tags(s).replace("\x02", "<").replace("\x03", ">")


def md_text(s):
    """Markdown: [text](url) as 'text <url>', emphasis markers removed (not inside URLs)"""
    s = re.sub(r"!?\[([^\]]*)\]\(([^)\s]+)\)", r"\1 <\2>", s)
    parts = re.split(r"(https?://[^\s<>()]+)", s)
    return "".join(p if k % 2 else re.sub(r"(\*\*|__|(?<![\w*])\*(?!\s)|(?<!\w)_(?!\s))", "", p) for k, p in enumerate(parts))


def json_strings(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, dict):
        for v in o.values(): yield from json_strings(v)
    elif isinstance(o, list):
        for v in o: yield from json_strings(v)


def num(f):
    return int(f.split("_")[0])


VOID = {"meta", "link", "br", "img", "input", "hr", "area", "base", "col", "source", "wbr", "path"}


class Balance(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True); self.stack, self.bad = [], []

    def handle_starttag(self, tag, attrs):
        if tag not in VOID: self.stack.append((tag, self.getpos()[0]))

    def handle_startendtag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        if tag in VOID: return
        if not self.stack or self.stack[-1][0] != tag:
            self.bad.append((tag, self.getpos()[0], self.stack[-1] if self.stack else None))
            if any(t == tag for t, _ in self.stack):
                while self.stack and self.stack[-1][0] != tag: self.stack.pop()
                self.stack.pop()
        else:
            self.stack.pop()


def balanced(s):
    b = Balance(); b.feed(s); b.close()
    return b


def is_uuid(s, version=None):
    try:
        u = uuidlib.UUID(s)
    except (ValueError, TypeError, AttributeError):
        return False
    return str(u) == s.lower() and (version is None or u.version == version)


# ---------------------------------------------------------------- YAML (the subset the two YAML digests use)
class YamlError(ValueError):
    pass


def yaml_scalar(s, ln):
    s = s.strip()
    if s.startswith('"'):
        if not s.endswith('"') or len(s) < 2: raise YamlError(f"line {ln}: unterminated quoted scalar")
        body = s[1:-1]
        if re.search(r'(?<!\\)"', body.replace("\\\\", "")): raise YamlError(f"line {ln}: unescaped quote in a quoted scalar")
        return body.replace('\\"', '"').replace("\\\\", "\\")
    if s.startswith("'"):
        if not s.endswith("'") or len(s) < 2: raise YamlError(f"line {ln}: unterminated quoted scalar")
        return s[1:-1].replace("''", "'")
    if s.startswith("["):
        try:
            v = json.loads(s)
        except ValueError:
            raise YamlError(f"line {ln}: flow sequence {s[:30]!r} not a list of double-quoted strings")
        if not isinstance(v, list) or not all(isinstance(x, str) for x in v): raise YamlError(f"line {ln}: flow sequence")
        return v
    if ": " in s or s.endswith(":") or " #" in s or s[:1] in "&*!|>%@`{]": raise YamlError(f"line {ln}: plain scalar {s!r} not allowed")
    if re.fullmatch(r"-?\d+", s): return int(s)
    if re.fullmatch(r"-?\d+\.\d+", s): return float(s)
    if s in ("true", "false"): return s == "true"
    return s


def yaml_lines(raw):
    """-> [indent, text, line] per content line; a line indented deeper than the key of a preceding inline scalar
    continues (folds into) that scalar, as YAML folds multi-line plain and quoted scalars"""
    out, comments = [], []
    for i, l in enumerate(raw.split("\n"), 1):
        if not l.strip(): continue
        if l.lstrip().startswith("#"): comments.append(l.strip()); continue
        if "\t" in l[:len(l) - len(l.lstrip())]: raise YamlError(f"line {i}: tab indentation")
        ind = len(l) - len(l.lstrip(" "))
        if out:
            pind, ptxt = out[-1][0], out[-1][1]
            key_ind = pind + 2 if ptxt.startswith("- ") else pind
            m = re.match(r"(?:- )?[^\"'#:\s][^:]*: (.*)$", ptxt)
            if m and m.group(1).strip() and m.group(1).strip() not in ("|", "|-", ">") and ind > key_ind:
                out[-1][1] = ptxt + " " + l.strip(); continue
        out.append([ind, l.strip(), i])
    return out, comments


def yaml_block(L, i, ind):
    if i >= len(L): raise YamlError("empty block at the end")
    if L[i][1].startswith("- "):
        seq = []
        while i < len(L) and L[i][0] == ind and L[i][1].startswith("- "):
            rest, ln = L[i][1][2:], L[i][2]
            if re.match(r"[^\"'\[][^:]*:( |$)", rest):
                L[i] = [ind + 2, rest, ln]
                v, i = yaml_map(L, i, ind + 2)
            else:
                v, i = yaml_scalar(rest, ln), i + 1
            seq.append(v)
        if i < len(L) and L[i][0] > ind: raise YamlError(f"line {L[i][2]}: bad indentation")
        return seq, i
    return yaml_map(L, i, ind)


def yaml_map(L, i, ind):
    m = {}
    while i < len(L) and L[i][0] == ind and not L[i][1].startswith("- "):
        t, ln = L[i][1], L[i][2]
        k = re.match(r"([^\"'#:\s][^:]*):(?: (.*))?$", t)
        if not k: raise YamlError(f"line {ln}: not a key: {t!r}")
        key, rest = k.group(1), k.group(2)
        if key in m: raise YamlError(f"line {ln}: duplicate key {key!r}")
        if rest is not None and rest.strip() in ("|", "|-", ">"):
            j, body = i + 1, []
            while j < len(L) and L[j][0] > ind:
                body.append(L[j][1]); j += 1
            if not body: raise YamlError(f"line {ln}: empty block scalar")
            m[key], i = "\n".join(body), j
        elif rest is not None and rest.strip():
            m[key] = yaml_scalar(rest, ln); i += 1
        else:
            if i + 1 >= len(L) or L[i + 1][0] < ind or (L[i + 1][0] == ind and not L[i + 1][1].startswith("- ")):
                raise YamlError(f"line {ln}: key {key!r} without a value")
            m[key], i = yaml_block(L, i + 1, L[i + 1][0])
    if i < len(L) and L[i][0] > ind: raise YamlError(f"line {L[i][2]}: bad indentation")
    return m, i


def yaml_load(raw):
    L, comments = yaml_lines(raw)
    v, i = yaml_block(L, 0, 0)
    if i != len(L): raise YamlError(f"line {L[i][2]}: trailing content")
    return v, comments


def yaml_scalars(o):
    if isinstance(o, dict):
        for v in o.values(): yield from yaml_scalars(v)
    elif isinstance(o, list):
        for v in o: yield from yaml_scalars(v)
    else:
        yield str(o)


# ---------------------------------------------------------------- readers

# Telegram HTML ----------------------------------------------------------------------------------------------
TG_MSG = re.compile(r'\n     <div class="message (default clearfix(?: joined)?|service)" id="message(-?\d+)">\n(.*?)\n     </div>\n(?=\n     <div class="message |\n    </div>\n)', re.S)


def tg_messages(raw):
    """-> list of dicts: kind, id, body (the block's inner HTML), and the parsed parts"""
    out = []
    for m in TG_MSG.finditer(raw):
        b = m.group(3)
        d = {"kind": m.group(1), "id": int(m.group(2)), "body": b, "pos": raw[:m.start()].count("\n") + 2}
        dt = re.search(r'\n       <div class="pull_right date details" title="([^"]*)">\n([^\n]*)\n', b)
        d["title"], d["shown"] = (dt.group(1), dt.group(2)) if dt else (None, None)
        fn = re.search(r'\n       <div class="from_name">\n([^\n]*)\n', b)
        d["from"] = fn.group(1) if fn else None
        tx = re.search(r'\n       <div class="text">\n([^\n]*)\n', b)
        d["text"] = tx.group(1) if tx else None
        ftx = re.search(r'\n        <div class="text">\n([^\n]*)\n', b)
        d["ftext"] = ftx.group(1) if ftx else None
        sg = re.findall(r'<div class="signature details">\n([^\n]*)\n', b)
        d["sig"] = sg[0] if sg else None
        d["userpic"] = '\n      <div class="pull_left userpic_wrap">\n' in b
        d["forwarded"] = '<div class="forwarded body">' in b
        rp = re.search(r'<div class="reply_to details">\nIn reply to <a href="#go_to_message(\d+)" onclick="return GoToMessage\((\d+)\)">this message</a>\n', b)
        d["reply"] = (int(rp.group(1)), int(rp.group(2))) if rp else None
        sv = re.search(r'\n      <div class="body details">\n([^\n]*)\n', b)
        d["service"] = sv.group(1) if sv else None
        out.append(d)
    return out


def telegram_text(raw):
    out = [html_text(raw)]
    for m in tg_messages(raw):
        for t in (m["text"], m["ftext"]):
            if t: out.append(html_text(t))
    return out


# ChatGPT export -------------------------------------------------------------------------------------------------
def chatgpt_text(raw):
    d = json.loads(raw)
    out = ["\n".join(json_strings(d))]
    for c in d:
        for n in c.get("mapping", {}).values():
            msg = n.get("message") or {}
            for p in (msg.get("content") or {}).get("parts") or []:
                if isinstance(p, str): out.append(md_text(p))
    return out


# Weibo ----------------------------------------------------------------------------------------------------------
def weibo_mblogs(d):
    for c in d.get("data", {}).get("cards", []):
        m = c.get("mblog")
        if m:
            yield m
            if m.get("retweeted_status"): yield m["retweeted_status"]


def weibo_text(raw):
    d = json.loads(raw)
    out = ["\n".join(json_strings(d))]
    for m in weibo_mblogs(d):
        out.append(html_text(m.get("text", "")))
    return out


# Rd -------------------------------------------------------------------------------------------------------------
def rd_render(raw):
    s = "\n".join(l for l in raw.split("\n") if not l.startswith("%"))
    s = s.replace("\\%", "\x01")
    for _ in range(4):
        s = re.sub(r"\\href\{([^{}]*)\}\{([^{}]*)\}", r"\2 <\1>", s)
        s = re.sub(r"\\url\{([^{}]*)\}", r"<\1>", s)
        s = re.sub(r"\\doi\{([^{}]*)\}", r"doi:\1 <https://doi.org/\1>", s)
        s = re.sub(r"\\dQuote\{([^{}]*)\}", "\u201c\\1\u201d", s)
        s = re.sub(r"\\(?:link\[[^\]]*\]|[A-Za-z]+)\{([^{}]*)\}", r"\1", s)
    s = re.sub(r"\\item\b", "\n-", s)
    return s.replace("\x01", "%").replace("{", "").replace("}", "")


def rd_text(raw):
    r = rd_render(raw)
    return [r, re.sub(r"\s+", " ", r)]


# DOT ------------------------------------------------------------------------------------------------------------
class DotError(ValueError):
    pass


DOT_PUNCT = ("->", "--", "{", "}", "[", "]", ";", ",", "=", ":")


def dot_tokens(raw):
    toks, i, n, line = [], 0, len(raw), 1
    bol = True
    while i < n:
        c = raw[i]
        if c == "\n":
            line += 1; i += 1; bol = True; continue
        if c in " \t\r":
            i += 1; continue
        if bol and c == "#":
            j = raw.find("\n", i); i = n if j < 0 else j; continue
        bol = False
        if raw.startswith("//", i):
            j = raw.find("\n", i); i = n if j < 0 else j; continue
        if raw.startswith("/*", i):
            j = raw.find("*/", i + 2)
            if j < 0: raise DotError(f"line {line}: unclosed comment")
            line += raw.count("\n", i, j); i = j + 2; continue
        if c == '"':
            j, buf = i + 1, []
            while j < n and raw[j] != '"':
                if raw[j] == "\\" and j + 1 < n:
                    if raw[j + 1] == '"': buf.append('"'); j += 2; continue
                    if raw[j + 1] == "\n": j += 2; line += 1; continue
                    buf.append(raw[j:j + 2]); j += 2; continue
                if raw[j] == "\n": line += 1
                buf.append(raw[j]); j += 1
            if j >= n: raise DotError(f"line {line}: unterminated string")
            toks.append(("STR", "".join(buf), line)); i = j + 1; continue
        if c == "<":
            depth, j = 0, i
            while j < n:
                if raw[j] == "<": depth += 1
                elif raw[j] == ">":
                    depth -= 1
                    if depth == 0: break
                elif raw[j] == "\n": line += 1
                j += 1
            if j >= n: raise DotError(f"line {line}: unterminated HTML string")
            toks.append(("HTML", raw[i + 1:j], line)); i = j + 1; continue
        p = next((p for p in DOT_PUNCT if raw.startswith(p, i)), None)
        if p:
            toks.append((p, p, line)); i += len(p); continue
        m = re.compile(r"-?(?:\.\d+|\d+(?:\.\d*)?)|[A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*").match(raw, i)
        if not m: raise DotError(f"line {line}: unexpected {c!r}")
        toks.append(("ID", m.group(0), line)); i = m.end()
    return toks


class DotGraph:
    def __init__(self):
        self.nodes, self.edges, self.clusters, self.attrs, self.refs, self.kind = {}, [], [], [], [], None


def dot_parse(raw):
    toks = dot_tokens(raw)
    g, k = DotGraph(), [0]

    def peek(o=0):
        return toks[k[0] + o] if k[0] + o < len(toks) else (None, None, None)

    def take(kind=None):
        t = peek()
        if t[0] is None: raise DotError("unexpected end")
        if kind and t[0] != kind and not (kind == "ID" and t[0] in ("STR", "HTML")):
            raise DotError(f"line {t[2]}: expected {kind}, got {t[1]!r}")
        k[0] += 1
        return t

    def a_list():
        out = []
        while peek()[0] == "[":
            take("[")
            while peek()[0] != "]":
                key = take("ID")
                take("=")
                val = take("ID")
                out.append((key[1], val[1], val[0], key[2]))
                if peek()[0] in (",", ";"): take()
            take("]")
        return out

    def stmt_list(ctx):
        take("{")
        while peek()[0] != "}":
            t = peek()
            if t[0] == ";": take(); continue
            if t[0] == "ID" and t[1] in ("graph", "node", "edge") and peek(1)[0] == "[":
                take(); g.attrs.append((t[1], a_list(), ctx)); continue
            if t[0] == "ID" and t[1] == "subgraph" or t[0] == "{":
                name = None
                if t[0] == "ID":
                    take()
                    if peek()[0] == "ID": name = take()[1]
                sub = (name or "") + "@" + str(t[2])
                if name: g.clusters.append((name, t[2]))
                stmt_list(sub)
                continue
            if t[0] == "ID" and peek(1)[0] == "=":
                take(); take("="); v = take("ID")
                g.attrs.append(("graph", [(t[1], v[1], v[0], t[2])], ctx)); continue
            a = take("ID")
            if peek()[0] in ("->", "--"):
                chain = [a]
                while peek()[0] in ("->", "--"):
                    op = take()
                    if g.kind == "digraph" and op[0] != "->" or g.kind == "graph" and op[0] != "--": raise DotError(f"line {op[2]}: wrong edge operator")
                    chain.append(take("ID"))
                attrs = a_list()
                for x, y in zip(chain, chain[1:]): g.edges.append((x[1], y[1], attrs, x[2]))
            else:
                attrs = a_list()
                if attrs:
                    if a[1] in g.nodes: raise DotError(f"line {a[2]}: node {a[1]} declared twice")
                    g.nodes[a[1]] = (attrs, ctx, a[2])
                else:
                    g.refs.append((a[1], a[2]))
        take("}")

    t = take("ID")
    if t[1] == "strict": t = take("ID")
    if t[1] not in ("graph", "digraph"): raise DotError(f"line {t[2]}: not a graph")
    g.kind = t[1]
    if peek()[0] == "ID": take()
    stmt_list("root")
    if peek()[0] is not None: raise DotError(f"line {peek()[2]}: content after the graph")
    return g


def dot_label(v, kind):
    if kind == "HTML":
        v = re.sub(r"<br\s*/?>", " ", v, flags=re.I)
        return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", v))).strip()
    return re.sub(r"\s+", " ", re.sub(r"\\[nlr]", " ", v)).strip()


def dot_text(raw):
    g = dot_parse(raw)
    out = []
    for name, (attrs, _, _) in g.nodes.items():
        out.append(" ".join(dot_label(v, kd) if a == "label" else (f"<{v}>" if a == "URL" else v) for a, v, kd, _ in attrs))
    for x, y, attrs, _ in g.edges:
        out.append(" ".join(dot_label(v, kd) for a, v, kd, _ in attrs if a == "label"))
    for kind, attrs, _ in g.attrs:
        out.append(" ".join(dot_label(v, kd) for a, v, kd, _ in attrs if a == "label"))
    return ["\n".join(out)]


# XFDF -----------------------------------------------------------------------------------------------------------
XF = "{http://ns.adobe.com/xfdf/}"
XH = "{http://www.w3.org/1999/xhtml}"


def xfdf_text(raw):
    root = ET.fromstring(raw.encode("utf-8"))
    out = []
    for a in root.find(XF + "annots"):
        rc = a.find(XF + "contents-richtext")
        t = " ".join(rc.itertext()) if rc is not None else ""
        c = a.find(XF + "contents")
        if c is not None: t += " " + (c.text or "")
        out.append(re.sub(r"\s+", " ", t))
    return ["\n".join(out)]


# Hayagriva --------------------------------------------------------------------------------------------------------
def hayagriva_text(raw):
    d, comments = yaml_load(raw)
    out = ["\n".join(yaml_scalars(d)), "\n".join(comments)]
    for key, e in d.items():
        if not isinstance(e, dict): continue
        url = e.get("url")
        url = url.get("value") if isinstance(url, dict) else url
        sn = e.get("serial-number")
        sn = " ".join(f"{k}:{v}" for k, v in sn.items()) if isinstance(sn, dict) else (sn or "")
        out.append(f"{e.get('title', '')} <{url or ''}> {sn}")
    return out


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n == 237: forms += telegram_text(raw)
    if n == 238: forms += chatgpt_text(raw)
    if n == 239: forms += weibo_text(raw)
    if n == 241: forms += rd_text(raw)
    if n == 242: forms += dot_text(raw)
    if n == 243: forms += xfdf_text(raw)
    if n in (240, 244, 246): forms += [html_text(raw)]
    if n == 245: forms += hayagriva_text(raw)
    more = []
    for t in [raw] + forms:
        u1 = html.unescape(t)
        more += [u1, html.unescape(u1), unquote(u1)]
    return forms + more


# ---------------------------------------------------------------- shape checks
TG_HEAD = ('<!DOCTYPE html>\n<html>\n\n <head>\n\n  <meta charset="utf-8"/>\n<title>Exported Data</title>\n\n'
           '  <meta content="width=device-width, initial-scale=1.0" name="viewport"/>\n\n'
           '  <link href="css/style.css" rel="stylesheet"/>\n\n'
           '  <script src="js/script.js" type="text/javascript">\n\n  </script>\n\n </head>\n\n'
           ' <body onload="CheckLocation();">\n')
TG_TAIL = "\n    </div>\n\n   </div>\n\n  </div>\n\n </body>\n\n</html>\n"
TG_CHANNEL = "LLM tarixi | Sunʼiy intellekt"
TG_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]


def check_telegram(f, raw):
    if not raw.startswith(TG_HEAD): errors.append(f"{f}: not Telegram Desktop's export head")
    if not raw.endswith(TG_TAIL): errors.append(f"{f}: not Telegram Desktop's export tail")
    if "\r" in raw or "\t" in raw: errors.append(f"{f}: CR or a literal tab")
    b = balanced(raw)
    if b.bad or b.stack: errors.append(f"{f}: HTML not balanced: {b.bad[:3]} open {b.stack[-3:]}")
    # the exporter's layout, after the head
    lines = raw[len(TG_HEAD):].split("\n") if raw.startswith(TG_HEAD) else []
    base = raw[:len(TG_HEAD)].count("\n") + 1
    stack = [("body", 1)]
    for k, l in enumerate(lines):
        ln = base + k
        mo = re.fullmatch(r"( *)<(div|span|a)\b[^>]*>", l)
        mc = re.fullmatch(r"( *)</(div|span|a|body)>", l)
        if mo or mc:
            ind = len((mo or mc).group(1))
            before = lines[k - 1] if k else None
            if not (before == "" or (mc and before and not before.startswith(" "))):
                errors.append(f"{f}: line {ln}: a tag line not preceded by a blank line (or by its element's text)")
            if mo:
                if ind != stack[-1][1] + 1: errors.append(f"{f}: line {ln}: opening tag indented {ind}, expected {stack[-1][1] + 1}")
                stack.append((mo.group(2), ind))
            else:
                if not stack or stack[-1][0] != mc.group(2) or stack[-1][1] != ind:
                    errors.append(f"{f}: line {ln}: </{mc.group(2)}> at {ind} does not close {stack[-1] if stack else None}")
                else:
                    stack.pop()
                if mc.group(2) == "body": break
        elif l == "":
            continue
        elif l.startswith(" "):
            errors.append(f"{f}: line {ln}: an indented line that is not a tag: {l[:40]!r}")
        else:  # text content: directly after an opening tag line, directly before the closing tag of that element
            prev = lines[k - 1] if k else ""
            nxt = lines[k + 1] if k + 1 < len(lines) else ""
            if not re.fullmatch(r" *<(div|span|a)\b[^>]*>", prev) or not re.fullmatch(r" *</(div|span|a)>", nxt):
                errors.append(f"{f}: line {ln}: text not alone inside its element: {l[:40]!r}")
    msgs = tg_messages(raw)
    if not msgs: errors.append(f"{f}: no messages found"); return
    prev, sep, day, last_id = None, 0, None, 0
    known = set()
    for m in msgs:
        if m["kind"] == "service":
            sep += 1
            if m["id"] != -sep: errors.append(f"{f}: line {m['pos']}: day separator id {m['id']}, expected -{sep}")
            day = m["service"]; prev = "sep"
            continue
        if m["id"] <= last_id: errors.append(f"{f}: line {m['pos']}: message id {m['id']} not increasing")
        last_id = m["id"]
        try:
            dt = datetime.strptime(m["title"] or "", "%d.%m.%Y %H:%M:%S UTC+05:00")
        except ValueError:
            errors.append(f"{f}: line {m['pos']}: date title {m['title']!r}"); continue
        if m["shown"] != f"{dt:%H:%M}": errors.append(f"{f}: line {m['pos']}: shown time {m['shown']!r} is not the title's")
        want = f"{dt.day} {TG_MONTHS[dt.month - 1]} {dt.year}"
        if prev == "sep":
            if day != want: errors.append(f"{f}: line {m['pos']}: day separator {day!r} before a message of {want!r}")
        elif prev is None or prev["dt"].date() != dt.date():
            errors.append(f"{f}: line {m['pos']}: a new day ({want}) without a day separator")
        if isinstance(prev, dict) and dt < prev["dt"]: errors.append(f"{f}: line {m['pos']}: time goes backwards")
        should = (isinstance(prev, dict) and not prev["forwarded"] and not m["forwarded"] and prev["sig"] == m["sig"]
                  and (dt - prev["dt"]).total_seconds() < 900)
        joined = m["kind"].endswith("joined")
        if joined != should: errors.append(f"{f}: line {m['pos']}: message {m['id']} {'joined' if joined else 'not joined'} to the previous one")
        if joined and (m["userpic"] or m["from"] is not None): errors.append(f"{f}: line {m['pos']}: a joined message with userpic or name")
        if not joined and (not m["userpic"] or m["from"] != TG_CHANNEL): errors.append(f"{f}: line {m['pos']}: a message without the channel's userpic and name")
        if not m["sig"]: errors.append(f"{f}: line {m['pos']}: a post without its signature")
        if m["reply"] and (m["reply"][0] != m["reply"][1] or m["reply"][0] not in known): errors.append(f"{f}: line {m['pos']}: reply to {m['reply']}")
        for t in (m["text"], m["ftext"]):
            if t is None: continue
            if re.search(r"['\"]", re.sub(r"<[^>]*>", "", t)): errors.append(f"{f}: line {m['pos']}: an unescaped quote in a message text")
            for tag in re.findall(r"<a [^>]*>", t):
                if not re.fullmatch(r'<a href="(https?://[^"\s]+)">|<a href="" onclick="return ShowHashtag\(&quot;\w+&quot;\)">', tag): errors.append(f"{f}: line {m['pos']}: link {tag[:50]!r}")
            for h, v in re.findall(r'ShowHashtag\(&quot;(\w+)&quot;\)">#(\w+)</a>', t):
                if h != v: errors.append(f"{f}: line {m['pos']}: hashtag #{v} shows {h}")
            for u, v in re.findall(r'<a href="([^"]+)">(https?://[^<]*)</a>', t):
                if u != v: errors.append(f"{f}: line {m['pos']}: a URL entity whose text is not its href")
            if t.count("<strong>") != t.count("</strong>") or t.count("<em>") != t.count("</em>"): errors.append(f"{f}: line {m['pos']}: entity tags")
        poll = re.search(r'<div class="media_poll">(.*?)<div class="total details&#x09;">\n(\d+) votes\n', m["body"], re.S)
        if poll and sum(int(x) for x in re.findall(r'<span class="details">(\d+) votes</span>', poll.group(1))) != int(poll.group(2)): errors.append(f"{f}: line {m['pos']}: poll total")
        if '<div class="media_poll">' in m["body"] and not poll: errors.append(f"{f}: line {m['pos']}: poll without the exporter's total line")
        for cnt in re.findall(r'<span class="count">\n([^\n]*)\n', m["body"]):
            if not re.fullmatch(r"[1-9]\d*", cnt): errors.append(f"{f}: line {m['pos']}: reaction count {cnt!r}")
        known.add(m["id"])
        prev = {"dt": dt, "forwarded": m["forwarded"], "sig": m["sig"]}


CG_CONV = ["title", "create_time", "update_time", "mapping", "moderation_results", "current_node", "plugin_ids",
           "conversation_id", "conversation_template_id", "gizmo_id", "is_archived", "safe_urls", "default_model_slug", "id"]
CG_MSG = ["id", "author", "create_time", "update_time", "content", "status", "end_turn", "weight", "metadata", "recipient"]
CG_URL = re.compile(r"https?://[^\s)\]>\"]+")


def check_chatgpt(f, raw):
    try:
        d = json.loads(raw)
    except ValueError as ex:
        errors.append(f"{f}: not JSON: {ex}"); return
    if json.dumps(d) != raw: errors.append(f"{f}: not the export's layout (json.dumps defaults: one line, ASCII escapes, no final newline)")
    if not isinstance(d, list) or not d: errors.append(f"{f}: not a list of conversations"); return
    last_update = None
    for ci, c in enumerate(d, 1):
        if list(c) != CG_CONV: errors.append(f"{f}: conversation {ci}: keys {list(c)}")
        if c.get("conversation_id") != c.get("id") or not is_uuid(c.get("id") or "", 4): errors.append(f"{f}: conversation {ci}: ids")
        if last_update is not None and c.get("update_time", 0) > last_update: errors.append(f"{f}: conversation {ci}: not newest first")
        last_update = c.get("update_time", 0)
        mp = c.get("mapping", {})
        roots = [k for k, n in mp.items() if n.get("parent") is None]
        if len(roots) != 1 or mp[roots[0]].get("message") is not None or not roots[0].startswith("aaa1"):
            errors.append(f"{f}: conversation {ci}: roots {roots}"); continue
        for k, n in mp.items():
            if list(n) != ["id", "message", "parent", "children"] or n["id"] != k: errors.append(f"{f}: conversation {ci}: node {k} keys/id")
            if n["parent"] is not None and (n["parent"] not in mp or k not in mp[n["parent"]]["children"]): errors.append(f"{f}: conversation {ci}: node {k} parent link")
            for ch in n["children"]:
                if ch not in mp or mp[ch]["parent"] != k: errors.append(f"{f}: conversation {ci}: node {k} child {ch}")
        seen, order, stackn = set(), [], [roots[0]]
        while stackn:
            k = stackn.pop()
            if k in seen: errors.append(f"{f}: conversation {ci}: cycle at {k}"); break
            seen.add(k); order.append(k)
            stackn.extend(reversed(mp[k]["children"]))
        if seen != set(mp): errors.append(f"{f}: conversation {ci}: unreachable nodes")
        cur = c.get("current_node")
        if cur not in mp or mp[cur]["children"]: errors.append(f"{f}: conversation {ci}: current_node {cur} is not a leaf")
        times, urls = [], []
        for k in order:
            msg, par = mp[k]["message"], mp[k]["parent"]
            if msg is None:
                if k != roots[0]: errors.append(f"{f}: conversation {ci}: node {k} without a message")
                continue
            if list(msg) != CG_MSG or msg.get("id") != k: errors.append(f"{f}: conversation {ci}: message {k}: keys {list(msg)}")
            role = (msg.get("author") or {}).get("role")
            if list(msg.get("author") or {}) != ["role", "name", "metadata"] or role not in ("system", "user", "assistant"): errors.append(f"{f}: conversation {ci}: message {k}: author")
            if (role == "user") != k.startswith("aaa2"): errors.append(f"{f}: conversation {ci}: message {k}: a {role} message id")
            if role != "user" and not is_uuid(k, 4): errors.append(f"{f}: conversation {ci}: message {k}: not a uuid4")
            ct = msg.get("content") or {}
            if list(ct) != ["content_type", "parts"] or ct.get("content_type") != "text" or not all(isinstance(p, str) for p in ct.get("parts", [None])): errors.append(f"{f}: conversation {ci}: message {k}: content")
            t = msg.get("create_time")
            if role == "system":
                if t is not None or msg["metadata"] != {"is_visually_hidden_from_conversation": True}: errors.append(f"{f}: conversation {ci}: system message")
                continue
            pm = mp[par]["message"]
            pt = pm.get("create_time") if pm else None
            if not isinstance(t, float) or (pt is not None and t <= pt): errors.append(f"{f}: conversation {ci}: message {k}: create_time {t} not after its parent's")
            times.append(t)
            md = msg.get("metadata", {})
            if role == "assistant":
                if md.get("parent_id") != par or md.get("model_slug") != c.get("default_model_slug"): errors.append(f"{f}: conversation {ci}: message {k}: parent_id/model_slug")
                if pm is None or pm["author"]["role"] != "user" or pm["metadata"].get("request_id") != md.get("request_id"): errors.append(f"{f}: conversation {ci}: message {k}: request_id")
                if md.get("finish_details", {}).get("type") != "stop" or md.get("timestamp_") != "absolute": errors.append(f"{f}: conversation {ci}: message {k}: metadata")
            else:
                if pm is None or pm["author"]["role"] not in ("system", "assistant"): errors.append(f"{f}: conversation {ci}: message {k}: a user message after a user message")
                if round(t, 3) != t: errors.append(f"{f}: conversation {ci}: message {k}: a client timestamp with more than three decimals")
            for p in ct.get("parts", []):
                for u in CG_URL.findall(p or ""):
                    u = u.rstrip(".,;:")
                    if u not in urls: urls.append(u)
        if times and (c.get("update_time") or 0) <= max(times): errors.append(f"{f}: conversation {ci}: update_time before a message")
        if times and (c.get("create_time") or 0) > min(times): errors.append(f"{f}: conversation {ci}: create_time after the first message")
        if c.get("safe_urls") != urls: errors.append(f"{f}: conversation {ci}: safe_urls {c.get('safe_urls')} are not the conversation's URLs {urls}")


WB_KEYS = ["visible", "created_at", "id", "mid", "can_edit", "show_additional_indication", "text", "textLength", "source",
           "favorited", "pic_ids", "is_paid", "mblog_vip_type", "user", "reposts_count", "comments_count",
           "reprint_cmt_count", "attitudes_count", "pending_approval_count", "isLongText", "show_mlevel", "darwin_tags",
           "ad_marked", "mblogtype", "item_category", "rid", "number_display_strategy", "content_auth", "is_show_mixed",
           "comment_manage_info", "pic_num", "mlevel", "region_name", "mblog_menu_new_style", "edit_config",
           "retweeted_status", "pics", "bid"]
WB_WEEK = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
B62 = re.compile(r"[0-9A-Za-z]{9}")


def wb_date(s):
    try:
        dt = datetime.strptime(s or "", "%a %b %d %H:%M:%S +0800 %Y")
    except ValueError:
        return None
    return dt if WB_WEEK[dt.weekday()] == s[:3] else None


def check_weibo_text(f, where, text, mid, long_):
    b = balanced(text)
    if b.bad or b.stack: errors.append(f"{f}: {where}: text HTML not balanced: {b.bad[:2]} {b.stack[-2:]}")
    if re.search(r"<br(?! />)", text) or "\n" in text: errors.append(f"{f}: {where}: line breaks other than <br />")
    for tag, inner in re.findall(r"(<a\b[^>]*>)(.*?)</a>", text, re.S):
        h = re.search(r'href="([^"]*)"', tag)
        href = h.group(1) if h else ""
        if "sinaurl" in href:
            m = re.fullmatch(r"https://weibo\.cn/sinaurl\?u=([^&\"]+)", href)
            if not m or re.search(r"[:/?=]", m.group(1)) or not re.match(r"https?://", unquote(m.group(1))): errors.append(f"{f}: {where}: sinaurl link {href[:60]}")
            if not re.search(r'data-url="http://t\.cn/A6[0-9A-Za-z]{6}"', tag) or '<span class="surl-text">网页链接</span>' not in inner: errors.append(f"{f}: {where}: sinaurl link without its t.cn data-url or 网页链接")
        elif href.startswith("https://m.weibo.cn/search?"):
            t = re.search(r'<span class="surl-text">(#[^#<]+#)</span>', inner)
            if not t or f"q%3D{quote(t.group(1), safe='')}&extparam={quote(t.group(1), safe='')}&" not in href: errors.append(f"{f}: {where}: hashtag link {href[:60]}")
        elif href.startswith("/status/"):
            if href != f"/status/{mid}" or inner != "全文": errors.append(f"{f}: {where}: 全文 link")
        elif not re.fullmatch(r"<a href='/n/([^'<>]+)'>", tag) or inner != "@" + re.fullmatch(r"<a href='/n/([^'<>]+)'>", tag).group(1):
            errors.append(f"{f}: {where}: link {tag[:60]}")
    cut = text.endswith(f'...<a href="/status/{mid}">全文</a>')
    if cut != bool(long_): errors.append(f"{f}: {where}: isLongText {long_} but the text is {'cut' if cut else 'whole'}")


def check_weibo(f, raw):
    try:
        d = json.loads(raw)
    except ValueError as ex:
        errors.append(f"{f}: not JSON: {ex}"); return
    if json.dumps(d, separators=(",", ":")).replace("/", "\\/") != raw: errors.append(f"{f}: not json_encode's layout (compact, ASCII escapes, \\/)")
    if d.get("ok") != 1 or list(d.get("data", {})) != ["cardlistInfo", "cards", "scheme"]: errors.append(f"{f}: ok/data keys"); return
    cid = d["data"]["cardlistInfo"].get("containerid", "")
    uid = cid[6:]
    if not re.fullmatch(r"107603\d{10}", cid) or f"containerid={cid}&type=uid&value={uid}&" not in d["data"]["scheme"]: errors.append(f"{f}: containerid/scheme")
    prev = None
    for k, c in enumerate(d["data"]["cards"], 1):
        m = c.get("mblog", {})
        where = f"card {k}"
        if c.get("card_type") != 9 or c.get("itemid") != f"{cid}_-_{m.get('id')}" or c.get("scheme") != f"https://m.weibo.cn/status/{m.get('bid')}?mblogid={m.get('bid')}&luicode=10000011&lfid={cid}":
            errors.append(f"{f}: {where}: card_type/itemid/scheme")
        for mm, own in ((m, True), (m.get("retweeted_status"), False)):
            if mm is None: continue
            w = where + ("" if own else " (reposted)")
            if [x for x in WB_KEYS if x in mm] != list(mm): errors.append(f"{f}: {w}: keys {list(mm)[:6]}…")
            if mm.get("id") != mm.get("mid") or not re.fullmatch(r"5\d{15}", mm.get("id", "")) or not B62.fullmatch(mm.get("bid", "")): errors.append(f"{f}: {w}: id/mid/bid")
            dt = wb_date(mm.get("created_at"))
            if not dt: errors.append(f"{f}: {w}: created_at {mm.get('created_at')!r}"); continue
            u = mm.get("user", {})
            if (str(u.get("id")) == uid) != own: errors.append(f"{f}: {w}: posted by {u.get('screen_name')}")
            if not str(u.get("profile_url", "")).startswith(f"https://m.weibo.cn/u/{u.get('id')}?uid={u.get('id')}&"): errors.append(f"{f}: {w}: profile_url")
            if mm.get("pic_num") != len(mm.get("pic_ids", [])) or [p.get("pid") for p in mm.get("pics", [])] != mm.get("pic_ids"): errors.append(f"{f}: {w}: pictures")
            check_weibo_text(f, w, mm.get("text", ""), mm.get("id"), mm.get("isLongText"))
            if own:
                if prev and (dt > prev[0] or int(mm["id"]) >= prev[1]): errors.append(f"{f}: {w}: not newest first")
                prev = (dt, int(mm["id"]))
                rt = mm.get("retweeted_status")
                if rt and (wb_date(rt.get("created_at")) or dt) >= dt: errors.append(f"{f}: {w}: the reposted post is not older")


CANVAS_HEAD = re.compile(r'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<title>([^<\n]+)</title>\n'
                         r'<meta name="identifier" content="(g[0-9a-f]{32})">\n<meta name="editing_roles" content="(teachers|teachers,students|members|public)">\n'
                         r'<meta name="workflow_state" content="(active|unpublished)">\n</head>\n<body>\n')
CANVAS_TOKEN = re.compile(r"\$IMS-CC-FILEBASE\$/[^\s\"?]+(\?canvas_download=1&amp;canvas_qs_wrap=1)?|\$WIKI_REFERENCE\$/pages/[a-z0-9-]+|"
                          r"\$CANVAS_OBJECT_REFERENCE\$/(assignments|quizzes|discussion_topics)/g[0-9a-f]{32}")


def check_canvas(f, raw):
    m = CANVAS_HEAD.match(raw)
    if not m: errors.append(f"{f}: not the Common Cartridge wiki page head")
    if "\r" in raw or not raw.endswith("\n</body>\n</html>\n"): errors.append(f"{f}: CR or not the page's end")
    b = balanced(raw)
    if b.bad or b.stack: errors.append(f"{f}: HTML not balanced: {b.bad[:3]} open {b.stack[-3:]}")
    if re.search(r"<h1\b|<script\b", raw): errors.append(f"{f}: an <h1> or a <script> in a page body")
    for tag in re.findall(r"<a\b[^>]*>", raw):
        h = re.search(r'href="([^"]*)"', tag)
        href = h.group(1) if h else ""
        if ("instructure_file_link" in tag) != href.startswith("$IMS-CC-FILEBASE$") or ("instructure_file_link" in tag and 'data-api-returntype="File"' not in tag):
            errors.append(f"{f}: file link {tag[:70]}")
        if href.startswith("$"):
            if not CANVAS_TOKEN.fullmatch(href): errors.append(f"{f}: course link {href[:60]}")
        elif re.search(r"\.instructure\.com/courses/|/courses/\d+/(files|pages|assignments)", href):
            errors.append(f"{f}: a live course URL the exporter would have rewritten: {href[:60]}")
        elif re.match(r"https?://", href):
            if 'target="_blank"' not in tag or 'rel="noopener"' not in tag: errors.append(f"{f}: external link without target/rel: {href[:50]}")
        else:
            errors.append(f"{f}: link {href[:60]!r} neither external nor an export token")
    deco = len(re.findall(r"\(Links to an external site\.\)", raw))
    inside = len(re.findall(r'<a class="external" href="https?://[^"]+" target="_blank" rel="noopener"><span>[^<]+</span><span class="ui-icon ui-icon-extlink ui-icon-inline" title="Links to an external site\."></span><span class="screenreader-only">&nbsp;\(Links to an external site\.\)</span></a>', raw))
    if deco != inside: errors.append(f"{f}: external-link decoration outside a class=external link")
    for src in re.findall(r'<iframe[^>]*src="([^"]*)"', raw):
        if not re.fullmatch(r"https://www\.youtube\.com/embed/[\w-]{11}", src): errors.append(f"{f}: iframe {src[:50]}")
    for t in re.findall(r"<table[^>]*>", raw):
        if 'border="1"' not in t or "border-collapse: collapse" not in t: errors.append(f"{f}: table {t[:50]}")


RD_ORDER = ["docType", "name", "alias", "title", "format", "source", "usage", "arguments", "value", "description",
            "details", "section", "note", "examples", "references", "seealso", "author", "concept", "keyword"]


def rd_top(raw, f):
    """-> list of (macro, first argument, full text, line) at brace depth 0; checks braces and bare %"""
    out, i, n, depth, line = [], 0, len(raw), 0, 1
    cur = None
    while i < n:
        c = raw[i]
        if c == "\n": line += 1
        if c == "\\" and i + 1 < n and raw[i + 1] in "{}%\\":
            i += 2; continue
        if c == "%":
            if line > 2: errors.append(f"{f}: line {line}: a bare % (an Rd comment) in the text")
            j = raw.find("\n", i); i = n if j < 0 else j; continue
        if c == "\\" and depth == 0:
            m = re.compile(r"\\([A-Za-z]+)\{").match(raw, i)
            if m:
                cur = [m.group(1), i, line, None]
                out.append(cur)
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth < 0: errors.append(f"{f}: line {line}: unbalanced }}"); depth = 0
            if depth == 0 and cur is not None and cur[3] is None:
                cur[3] = raw[cur[1]:i + 1]
                if not (cur[0] == "section" and raw.count("{", cur[1], i) == 1 and raw[i + 1:i + 2] == "{"):
                    cur = None
                else:
                    cur[3] = None
        i += 1
    if depth: errors.append(f"{f}: {depth} unclosed braces")
    return [(m, t or "", ln) for m, _, ln, t in out]


def check_rd(f, raw):
    if "\r" in raw or "\t" in raw or not raw.endswith("\n") or raw.endswith("\n\n"): errors.append(f"{f}: CR, tab or not one final newline")
    if re.search(r" +\n", raw): errors.append(f"{f}: trailing spaces")
    ls = raw.split("\n")
    if ls[0] != "% Generated by roxygen2: do not edit by hand" or not re.fullmatch(r"% Please edit documentation in R/[\w.-]+\.R", ls[1]): errors.append(f"{f}: not roxygen2's header")
    top = rd_top(raw, f)
    names = [m for m, _, _ in top]
    order = [RD_ORDER.index(m) if m in RD_ORDER else -1 for m in names]
    if -1 in order: errors.append(f"{f}: unknown top-level sections {[m for m in names if m not in RD_ORDER]}")
    if order != sorted(order): errors.append(f"{f}: sections not in roxygen2's order: {names}")
    for req in ("name", "alias", "title", "description"):
        if req not in names: errors.append(f"{f}: no \\{req}")
    for m in ("name", "title", "description", "references", "docType"):
        if names.count(m) > 1: errors.append(f"{f}: \\{m} twice")
    body = {m: t for m, t, _ in top}
    name = re.fullmatch(r"\\name\{(.*)\}", body.get("name", ""))
    aliases = [re.fullmatch(r"\\alias\{(.*)\}", t).group(1) for m, t, _ in top if m == "alias" and re.fullmatch(r"\\alias\{(.*)\}", t)]
    if "docType" in body:
        if body["docType"] != "\\docType{package}" or not name or not name.group(1).endswith("-package") or name.group(1) not in aliases or name.group(1)[:-8] not in aliases:
            errors.append(f"{f}: package topic name/aliases")
    if "\n" in body.get("title", ""): errors.append(f"{f}: title over several lines")
    if "keyword" in body and body["keyword"] not in ("\\keyword{internal}", "\\keyword{datasets}"): errors.append(f"{f}: keyword {body['keyword']}")
    for u in re.findall(r"\\url\{([^{}]*)\}", raw):
        if not re.fullmatch(r"https?://\S+", u): errors.append(f"{f}: \\url{{{u}}}")
    for u, t in re.findall(r"\\href\{([^{}]*)\}\{([^{}]*)\}", raw):
        if not re.fullmatch(r"https?://\S+", u) or not t: errors.append(f"{f}: \\href{{{u}}}")
    for d_ in re.findall(r"\\doi\{([^{}]*)\}", raw):
        if not re.fullmatch(r"10\.\d{4,9}/\S+", d_): errors.append(f"{f}: \\doi{{{d_}}}")
    for e in re.findall(r"\\email\{([^{}]*)\}", raw):
        if not re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", e): errors.append(f"{f}: \\email{{{e}}}")
    for body_ in re.findall(r"\\itemize\{\s*(.*?)\n\s*\}\n", raw, re.S):
        if not body_.lstrip().startswith("\\item"): errors.append(f"{f}: an \\itemize whose body does not start with \\item")
    refs = re.search(r"\n\\references\{\n(.*?)\n\}\n", raw, re.S)
    if refs:
        years = []
        for k, entry in enumerate(refs.group(1).split("\n\n"), 1):
            y = re.search(r"\((\d{4})\)\.\n", entry)
            if not y or not re.search(r"\\dQuote\{[^{}]+[.?]\}", entry): errors.append(f"{f}: reference {k} without (year) or \\dQuote{{title.}}"); continue
            years.append(int(y.group(1)))
        if years != sorted(years): errors.append(f"{f}: references not in chronological order: {years}")
    elif "references" in names:
        errors.append(f"{f}: \\references not laid out one entry per paragraph")


GV_ATTRS = {
    "graph": {"rankdir", "newrank", "nodesep", "ranksep", "fontname", "fontsize", "labelloc", "label", "style", "color",
              "bgcolor", "fontcolor", "rank", "compound", "splines", "URL", "tooltip", "margin", "pad"},
    "node": {"shape", "style", "fillcolor", "color", "fontname", "fontsize", "margin", "label", "URL", "tooltip",
             "comment", "width", "height", "fontcolor", "penwidth", "target", "href"},
    "edge": {"color", "arrowsize", "fontname", "fontsize", "label", "style", "dir", "constraint", "penwidth", "arrowhead",
             "arrowtail", "weight", "minlen", "tooltip", "URL"},
}
GV_HTML_TAGS = {"b", "i", "u", "s", "o", "sub", "sup", "br", "font", "table", "tr", "td", "hr", "vr", "img"}


def check_html_label(f, v, where):
    try:
        el = ET.fromstring("<root>" + v + "</root>")
    except ET.ParseError as ex:
        errors.append(f"{f}: {where}: HTML-like label not well formed: {ex}"); return
    for e in el.iter():
        if e.tag != "root" and e.tag.lower() not in GV_HTML_TAGS: errors.append(f"{f}: {where}: <{e.tag}> is not a Graphviz HTML-like tag")


def check_dot(f, raw):
    if "\r" in raw or "\t" in raw or not raw.endswith("\n") or raw.endswith("\n\n"): errors.append(f"{f}: CR, tab or not one final newline")
    if not raw.startswith("/*"): errors.append(f"{f}: no header comment")
    try:
        g = dot_parse(raw)
    except DotError as ex:
        errors.append(f"{f}: DOT does not parse: {ex}"); return
    if g.kind != "digraph": errors.append(f"{f}: not a digraph")
    for x, y, attrs, ln in g.edges:
        for e in (x, y):
            if e not in g.nodes: errors.append(f"{f}: line {ln}: edge end {e!r} is not a declared node")
        for a, v, kd, l2 in attrs:
            if a not in GV_ATTRS["edge"]: errors.append(f"{f}: line {l2}: edge attribute {a!r}")
    for r, ln in g.refs:
        if r not in g.nodes: errors.append(f"{f}: line {ln}: {r!r} is not a declared node")
    for name, (attrs, ctx, ln) in g.nodes.items():
        if not any(a == "label" for a, _, _, _ in attrs): errors.append(f"{f}: line {ln}: node {name} without a label")
        for a, v, kd, l2 in attrs:
            if a not in GV_ATTRS["node"]: errors.append(f"{f}: line {l2}: node attribute {a!r}")
            if a in ("URL", "href") and not re.fullmatch(r"https?://\S+", v): errors.append(f"{f}: line {l2}: URL {v!r}")
            if kd == "HTML": check_html_label(f, v, f"line {l2}")
    for kind, attrs, ctx in g.attrs:
        for a, v, kd, l2 in attrs:
            if a not in GV_ATTRS[kind]: errors.append(f"{f}: line {l2}: {kind} attribute {a!r}")
    for name, ln in g.clusters:
        if not name.startswith("cluster_"): errors.append(f"{f}: line {ln}: subgraph {name} is not a cluster")
    for name, ln in g.clusters:
        sub = [a for kind, attrs, ctx in g.attrs if ctx == f"{name}@{ln}" for a in attrs if a[0] == "label"]
        if not sub: errors.append(f"{f}: line {ln}: cluster {name} without a label")
    depth, cont = 0, False
    in_comment = False
    for i, l in enumerate(raw.split("\n"), 1):
        s = l.strip()
        if in_comment:
            in_comment = "*/" not in l; continue
        if s.startswith("/*"):
            in_comment = "*/" not in l; continue
        if not s or s.startswith("//"):
            continue
        if s.startswith("}"): depth -= 1
        ind = len(l) - len(l.lstrip(" "))
        if not cont and ind != 2 * depth: errors.append(f"{f}: line {i}: indented {ind}, expected {2 * depth}")
        code = re.sub(r'"(?:\\.|[^"\\])*"', '""', l)
        depth += code.count("{") - code.count("}") + (1 if s.startswith("}") else 0)
        cont = not re.search(r"[;{}]\s*$", code.rstrip()) and not s.startswith("//")


XFDF_SUBJECT = {"highlight": "Highlight", "underline": "Underline", "strikeout": "Cross-Out", "squiggly": "Squiggly",
                "text": "Sticky Note", "freetext": "Text Box", "ink": "Pencil"}
XFDF_ORDER = ["color", "creationdate", "flags", "date", "name", "icon", "page", "coords", "rect", "subject", "title",
              "inreplyto", "width"]
XFDF_PAGES, XFDF_W, XFDF_H = 25, 453.543, 255.118


def pdf_date(s):
    m = re.fullmatch(r"D:(\d{14})\+01'00'", s or "")
    if not m: return None
    try:
        return datetime.strptime(m.group(1), "%Y%m%d%H%M%S")
    except ValueError:
        return None


def check_xfdf(f, raw):
    if not raw.startswith('<?xml version="1.0" encoding="UTF-8" ?>\n<xfdf xmlns="http://ns.adobe.com/xfdf/" xml:space="preserve">\n<annots>\n'): errors.append(f"{f}: not Acrobat's XFDF head")
    if "\r" in raw or not raw.endswith("</xfdf>\n"): errors.append(f"{f}: CR or end")
    try:
        root = ET.fromstring(raw.encode("utf-8"))
    except ET.ParseError as ex:
        errors.append(f"{f}: not well-formed: {ex}"); return
    if [c.tag for c in root] != [XF + "annots", XF + "f", XF + "ids"]: errors.append(f"{f}: xfdf children {[c.tag for c in root]}")
    fh = root.find(XF + "f")
    if fh is None or not str(fh.get("href", "")).endswith(".pdf"): errors.append(f"{f}: f href")
    ids = root.find(XF + "ids")
    if ids is None or not all(re.fullmatch(r"[0-9A-F]{32}", ids.get(k, "")) for k in ("original", "modified")): errors.append(f"{f}: ids")
    tags = re.findall(r"^<(%s) ([^>]*)>$" % "|".join(XFDF_SUBJECT), raw, re.M)
    names, lastpage = {}, -1
    annots = list(root.find(XF + "annots")) if root.find(XF + "annots") is not None else []
    if len(tags) != len(annots): errors.append(f"{f}: {len(annots)} annotations but {len(tags)} annotation start lines")
    for k, (a, (tname, attrs)) in enumerate(zip(annots, tags), 1):
        kind = a.tag.replace(XF, "")
        where = f"annotation {k} ({kind})"
        order = re.findall(r'(\w+)="', attrs)
        if tname != kind or order != [x for x in XFDF_ORDER if x in order] or set(order) - set(XFDF_ORDER): errors.append(f"{f}: {where}: attributes {order}")
        if XFDF_SUBJECT.get(kind) != a.get("subject"): errors.append(f"{f}: {where}: subject {a.get('subject')!r}")
        cd, d = pdf_date(a.get("creationdate")), pdf_date(a.get("date"))
        if not cd or not d or d < cd: errors.append(f"{f}: {where}: dates {a.get('creationdate')} / {a.get('date')}")
        n = a.get("name", "")
        if not is_uuid(n, 4) or n in names: errors.append(f"{f}: {where}: name {n}")
        try:
            page = int(a.get("page"))
            rect = [float(x) for x in a.get("rect", "").split(",")]
        except ValueError:
            errors.append(f"{f}: {where}: page/rect"); continue
        names[n] = page
        if not 0 <= page < XFDF_PAGES: errors.append(f"{f}: {where}: page {page}")
        if page < lastpage: errors.append(f"{f}: {where}: not in page order")
        lastpage = page
        if len(rect) != 4 or rect[0] >= rect[2] or rect[1] >= rect[3] or rect[0] < 0 or rect[1] < 0 or rect[2] > XFDF_W or rect[3] > XFDF_H: errors.append(f"{f}: {where}: rect {rect}")
        if kind in ("highlight", "underline", "strikeout", "squiggly"):
            try:
                q = [float(x) for x in a.get("coords", "").split(",")]
            except ValueError:
                q = []
            if not q or len(q) % 8: errors.append(f"{f}: {where}: coords not quadrilaterals")
            elif len(rect) == 4 and not all(rect[0] - 1 <= x <= rect[2] + 1 for x in q[0::2]) or len(rect) == 4 and not all(rect[1] - 1 <= y <= rect[3] + 1 for y in q[1::2]): errors.append(f"{f}: {where}: coords outside the rect")
        if a.get("inreplyto") and names.get(a.get("inreplyto")) != page: errors.append(f"{f}: {where}: a reply to a note not before it on its page")
        pop = a.find(XF + "popup")
        if kind != "freetext" and (pop is None or pop.get("page") != a.get("page")): errors.append(f"{f}: {where}: popup")
        rc = a.find(XF + "contents-richtext")
        if kind != "ink":
            body = rc.find(XH + "body") if rc is not None else None
            if body is None or body.get("{http://www.xfa.org/schema/xfa-data/1.0/}APIVersion", "").split(":")[0] != "Acrobat" or not "".join(body.itertext()).strip(): errors.append(f"{f}: {where}: contents-richtext")
        if kind == "freetext" and (a.find(XF + "defaultappearance") is None or a.find(XF + "defaultstyle") is None): errors.append(f"{f}: {where}: freetext appearance")
        if kind == "ink" and a.find(XF + "inklist/" + XF + "gesture") is None: errors.append(f"{f}: {where}: inklist")


def check_naver(f, raw):
    if not raw.startswith('<!DOCTYPE html>\n<html lang="ko">\n<head>\n<meta charset="utf-8">\n'): errors.append(f"{f}: not the PostView page head")
    if "\r" in raw or not raw.endswith("</html>\n"): errors.append(f"{f}: CR or end")
    b = balanced(raw)
    if b.bad or b.stack: errors.append(f"{f}: HTML not balanced: {b.bad[:3]} open {b.stack[-3:]}")
    og = dict(re.findall(r'<meta property="og:(\w+)" content="([^"]*)"/>', raw))
    t = re.search(r"<title>(.*?)</title>", raw)
    if not t or t.group(1) != og.get("title", "") + " : 네이버 블로그": errors.append(f"{f}: <title> is not og:title + ' : 네이버 블로그'")
    u = re.fullmatch(r"https://blog\.naver\.com/(\w+)/(\d{12})", og.get("url", ""))
    if not u or f'id="post-view{u.group(2)}"' not in raw: errors.append(f"{f}: og:url and the post view disagree")
    ids = re.findall(r'id="(SE-[^"]*)"', raw)
    if len(set(ids)) != len(ids): errors.append(f"{f}: SmartEditor ids not unique")
    for i in ids:
        if not re.fullmatch(r"SE-[0-9a-f]{8}-[0-9a-f]{4}-11ee-[89ab][0-9a-f]{3}-[0-9a-f]{12}(_0)?", i): errors.append(f"{f}: id {i}")
    opens, closes = raw.count("<!-- SE-TEXT { -->"), raw.count("<!-- } SE-TEXT -->")
    if opens != closes or re.search(r"<!-- SE-TEXT \{ -->(?:(?!<!-- \} SE-TEXT -->).)*<!-- SE-TEXT \{ -->", raw, re.S): errors.append(f"{f}: SE-TEXT comments not paired")
    comps = list(re.finditer(r'<div class="se-component se-(\w+) [^"]*" id="(SE-[^"]+)">', raw))
    if not comps: errors.append(f"{f}: no SmartEditor components")
    for k, m in enumerate(comps):
        kind, cid = m.group(1), m.group(2)
        end = comps[k + 1].start() if k + 1 < len(comps) else raw.find('<div class="wrap_tag">')
        block = raw[m.end():end]
        if '<div class="se-component-content' not in block or f'<div class="se-section se-section-{kind} ' not in block: errors.append(f"{f}: component {cid} ({kind}) without its content/section")
        md = re.search(r'class="__se_module_data" data-module-v2="([^"]*)"', block)
        try:
            mdj = json.loads(html.unescape(md.group(1))) if md else {}
        except ValueError:
            mdj = {}
        if mdj.get("type") != f"v2_{kind}" or mdj.get("id") != cid or mdj.get("data", {}).get("ctype") != kind: errors.append(f"{f}: component {cid}: module data {mdj}")
        if kind == "oglink":
            hrefs = re.findall(r'<a href="([^"]*)" class="se-oglink-(?:thumbnail|info) __se_link"[^>]*data-linkdata="([^"]*)"', block)
            dom = re.search(r'<p class="se-oglink-url">([^<]*)</p>', block)
            if len(hrefs) != 2 or hrefs[0][0] != hrefs[1][0] or any(json.loads(html.unescape(ld)).get("link") != html.unescape(h) for h, ld in hrefs) \
                    or not dom or urlparse(html.unescape(hrefs[0][0])).netloc != dom.group(1) or "se-oglink-title" not in block:
                errors.append(f"{f}: oglink {cid}: anchors, linkdata or domain disagree")
    if not re.search(r'<span class="se_publishDate pcol2">\d{4}\. [1-9]\d?\. [1-9]\d?\. \d{1,2}:\d\d</span>', raw): errors.append(f"{f}: publish date")
    for href, t_ in re.findall(r'<a href="/PostList\.naver\?blogId=\w+&amp;tagName=([^"]*)" class="item pcol2 itemTagfont _setTop"><span class="ell">#([^<]*)</span></a>', raw):
        if href != t_: errors.append(f"{f}: tag link {href} shows #{t_}")
    for tag in re.findall(r'<a [^>]*class="se-link"[^>]*>', raw):
        if 'target="_blank"' not in tag or not re.search(r'href="https?://', tag): errors.append(f"{f}: se-link {tag[:60]}")


HG_TYPES = {"article", "chapter", "entry", "anthos", "report", "thesis", "web", "scene", "artwork", "patent", "case",
            "newspaper", "legislation", "manuscript", "original", "post", "misc", "performance", "periodical",
            "proceedings", "book", "blog", "reference", "conference", "anthology", "repository", "thread", "video",
            "audio", "exhibition"}
HG_FIELDS = {"type", "title", "author", "date", "editor", "affiliated", "publisher", "location", "organization",
             "issue", "volume", "volume-total", "edition", "page-range", "page-total", "time-range", "runtime", "url",
             "serial-number", "language", "archive", "archive-location", "call-number", "note", "abstract", "genre",
             "parent"}
HG_SERIAL = {"doi", "arxiv", "isbn", "issn", "pmid", "pmcid", "serial"}


def check_hg_entry(f, key, e, top=True):
    where = f"{key}" + ("" if top else " (parent)")
    if not isinstance(e, dict): errors.append(f"{f}: {where}: not a mapping"); return
    if e.get("type") not in HG_TYPES: errors.append(f"{f}: {where}: type {e.get('type')!r}")
    if set(e) - HG_FIELDS: errors.append(f"{f}: {where}: unknown fields {sorted(set(e) - HG_FIELDS)}")
    if not e.get("title"): errors.append(f"{f}: {where}: no title")
    for fld in ("author", "editor"):
        v = e.get(fld)
        if v is None: continue
        for a in (v if isinstance(v, list) else [v]):
            if not isinstance(a, str) or a.count(",") > 1 or (a.count(",") == 1 and not re.fullmatch(r"[^,]+, [^,]+", a)): errors.append(f"{f}: {where}: {fld} {a!r}")
    if "date" in e and not re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", str(e["date"])): errors.append(f"{f}: {where}: date {e['date']!r}")
    u = e.get("url")
    if u is not None:
        if isinstance(u, dict):
            if list(u) != ["value", "date"] or not re.fullmatch(r"\d{4}-\d\d-\d\d", str(u["date"])): errors.append(f"{f}: {where}: url {u}")
            u = u.get("value")
        if not re.fullmatch(r"https?://\S+", str(u)): errors.append(f"{f}: {where}: url {u!r}")
    sn = e.get("serial-number")
    if sn is not None:
        if not isinstance(sn, dict) or set(sn) - HG_SERIAL: errors.append(f"{f}: {where}: serial-number {sn}")
        else:
            if "arxiv" in sn and not re.fullmatch(r"\d{4}\.\d{4,5}(v\d+)?", str(sn["arxiv"])): errors.append(f"{f}: {where}: arxiv {sn['arxiv']!r}")
            if "doi" in sn and not re.fullmatch(r"10\.\d{4,9}/\S+", str(sn["doi"])): errors.append(f"{f}: {where}: doi {sn['doi']!r}")
    if "page-range" in e and not re.fullmatch(r"\d+-\d+", str(e["page-range"])): errors.append(f"{f}: {where}: page-range")
    if "parent" in e: check_hg_entry(f, key, e["parent"], top=False)


def check_hayagriva(f, raw):
    if "\r" in raw or "\t" in raw or not raw.endswith("\n") or raw.endswith("\n\n"): errors.append(f"{f}: CR, tab or not one final newline")
    for i, l in enumerate(raw.split("\n"), 1):
        ind = len(l) - len(l.lstrip(" "))
        if l.strip() and ind % 2: errors.append(f"{f}: line {i}: odd indentation")
    if not raw.startswith("# "): errors.append(f"{f}: no header comment")
    try:
        d, _ = yaml_load(raw)
    except YamlError as ex:
        errors.append(f"{f}: YAML: {ex}"); return
    if not isinstance(d, dict): errors.append(f"{f}: not a mapping of entries"); return
    for key, e in d.items():
        if not re.fullmatch(r"[a-z]+\d{4}[a-z]+", key): errors.append(f"{f}: key {key!r}")
        check_hg_entry(f, key, e)


def check_notion(f, raw):
    if not raw.startswith('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"/><title>'): errors.append(f"{f}: not Notion's export head")
    if not raw.endswith('</div></article><span class="sans" style="font-size:14px;padding-top:2em"></span></body></html>'): errors.append(f"{f}: not Notion's export tail")
    if "/* cspell:disable-file */\n/* webkit printing magic: print all background colors */" not in raw: errors.append(f"{f}: not Notion's export stylesheet")
    b = balanced(raw)
    if b.bad or b.stack: errors.append(f"{f}: HTML not balanced: {b.bad[:3]} open {b.stack[-3:]}")
    t = re.search(r"<title>(.*?)</title>", raw)
    h1 = re.search(r'<h1 class="page-title">(.*?)</h1>', raw)
    if not t or not h1 or t.group(1) != h1.group(1): errors.append(f"{f}: <title> differs from the page title")
    art = re.search(r'<article id="([^"]*)" class="page sans">', raw)
    if not art or not is_uuid(art.group(1)): errors.append(f"{f}: article id")
    ids = [i for i in re.findall(r'\bid="([^"]*)"', raw) if re.fullmatch(r"[0-9a-f-]{36}", i)]
    if len(set(ids)) != len(ids) or not all(is_uuid(i) for i in ids): errors.append(f"{f}: block ids not unique uuids")
    for href, shown in re.findall(r'<a href="([^"]*)" class="bookmark source">.*?<div class="bookmark-href"><img [^>]*class="icon bookmark-icon"/>([^<]*)</div>', raw):
        if href != shown: errors.append(f"{f}: bookmark {href[:50]} shows {shown[:50]}")
    if raw.count('class="bookmark source"') != raw.count('class="bookmark-title"'): errors.append(f"{f}: a bookmark without a title")
    for on, st in re.findall(r'<div class="checkbox checkbox-(on|off)"></div> <span class="to-do-children-(checked|unchecked)">', raw):
        if (on == "on") != (st == "checked"): errors.append(f"{f}: to-do checkbox {on} with {st} text")
    starts = [int(x) for x in re.findall(r'class="numbered-list" start="(\d+)"', raw)]
    if starts and starts != list(range(1, len(starts) + 1)): errors.append(f"{f}: numbered list starts {starts}")


def shape_checks(f, raw, path):
    n = num(f)
    if n == 237: check_telegram(f, raw)
    if n == 238: check_chatgpt(f, raw)
    if n == 239: check_weibo(f, raw)
    if n == 240: check_canvas(f, raw)
    if n == 241: check_rd(f, raw)
    if n == 242: check_dot(f, raw)
    if n == 243: check_xfdf(f, raw)
    if n == 244: check_naver(f, raw)
    if n == 245: check_hayagriva(f, raw)
    if n == 246: check_notion(f, raw)


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
        raw = open(path, encoding="utf-8", newline="").read()
    except UnicodeDecodeError as ex:
        errors.append(f"{f}: not UTF-8: {ex}"); raw = open(path, encoding="utf-8", errors="replace", newline="").read()
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
    for oid in sorted(set(re.findall(r"openreview\.net/(?:forum|pdf)\?id(?:=|%3D)([\w-]+)(?![\w-]*…)", alltext))):
        if oid not in labelled: errors.append(f"{f}: unlabelled OpenReview id {oid}")
    rec_keys = {r["true_arxiv_id"] or r["title"] for r in recs}
    rec_titles = {r["title"].lower() for r in recs}
    for e in list(pool.values()) + distract:
        if e["title"] and len(e["title"]) > 12 and norm(e["title"]) in ntext:
            if e.get("role") == "distractor" or ((e["arxiv_id"] or e["title"]) not in rec_keys and e["title"].lower() not in rec_titles):
                errors.append(f"{f}: unlabelled pool/distractor title {e['title']!r} ({e.get('role')})")
    if f.split("_")[1] == "negative" and recs: errors.append(f"{f}: a negative control with labels")

# reuse report: how often earlier labelled sets (digests-own = rounds 5-7, rounds 8-21) used each paper
used = Counter()
TD = "/work/main/tests/data"
earlier = [os.path.join(TD, d, "expected.json") for d in ["digests-own"] + [f"digests-round{k}" for k in range(8, 22)]]
for pth in earlier:
    if os.path.exists(pth):
        for recs in json.load(open(pth)).values():
            used.update({x["true_arxiv_id"] or x["title"].lower() for x in recs})
r21 = set()
p21 = os.path.join(TD, "digests-round21", "expected.json")
if os.path.exists(p21):
    r21 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(p21)).values() for x in recs}

c = Counter(); per = {}
for f, recs in exp.items():
    per[f] = Counter(r["evidence"] for r in recs)
    c.update(per[f])
for f in files:
    orl_f = sum(1 for r in exp.get(f, []) if r["openreview_id"])
    print(f"{f:70s} {sum(per.get(f, {}).values()):2d}  " + " ".join(f"{k}={v}" for k, v in sorted(per.get(f, {}).items()))
          + (f" (openreview {orl_f})" if orl_f else ""))
tot = sum(c.values())
orl = sum(1 for recs in exp.values() for r in recs if r["openreview_id"])
nox = sum(1 for recs in exp.values() for r in recs if not r["true_arxiv_id"])
nox_t = sum(1 for recs in exp.values() for r in recs if r["evidence"] == "title-only" and r["true_arxiv_id"])
allrecs = [r["true_arxiv_id"] or r["title"].lower() for recs in exp.values() for r in recs]
multi = {k: n for k, n in Counter(allrecs).items() if n > 1}
print(f"total {tot}: {dict(c)}; openreview links {orl}; title-only with a true arXiv id {nox_t}; "
      f"not on arXiv {nox}; title-only share {c['title-only'] / max(tot, 1):.2f}")
print(f"earlier uses of the papers (digests-own, rounds 8-21): {dict(sorted(Counter(used[k] for k in allrecs).items()))}; "
      f"also in round21: {sum(1 for k in allrecs if k in r21)}; papers in more than one round22 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
