#!/usr/bin/env python3
"""Checks round21/expected.json against the digests and the shared catalogues.

Adapted from round20/validate.py (the label checks are the same; the readers and shape checks are new). Each digest
is read in its raw form (UTF-8 text) and in decoded forms, the way a reader of that shape would see it:
  - Zoom saved chat (227): per message its tab-indented lines joined with spaces (a title pasted over two lines is
    whole there);
  - HackMD note (228): the Markdown rendered ([text](url) as "text <url>"), `{%pdf URL %}` as "<URL>", other embeds
    and [name=…] / [time=…] / [color=…] tags removed, ==mark== and ^sup^ unwrapped;
  - Mailchimp archive page (229): the HTML as text (hrefs after link text, <br> as a new line);
  - Google Chat Takeout (230): every JSON string, and per message "text <url> title" for each url_metadata;
  - Docusaurus MDX (231): per JSX component with a title prop "title <href> arxiv", and the Markdown rendered with
    {/* … */} removed;
  - draw.io (233): every page decoded (base64 → inflateRaw → decodeURIComponent), and per cell its label as HTML
    text, " <link>", and its other attributes (tooltip, custom properties);
  - MkDocs Material (234): the Markdown rendered with admonition/tab indentation, `{ .md-button }`, `{ #id }` and
    `:material-…:` removed;
  - OpenMMLab YAML (235): every scalar and every comment of the parsed file, and per collection "Title <URL>";
  - Inkscape SVG (236): the XML text, per <text> its tspan lines joined with spaces, and each link;
  - the review thread (232) is read as it is;
  - everything: HTML entities undone once and twice, percent-escapes undone.
A title or link found only in a decoded form is reported as a `note:`.

Titles: a recorded title must equal the catalogue title (or one of its version titles) after normalisation (case,
whitespace, TeX braces, entities), unless the digest writes it with a deviation listed in DEVIATIONS below. Round 21
needs none: 230 writes Reflexion and 232 AdamW under their first arXiv titles (version titles in the catalogue); 234's
APA titles are in sentence case and 230's SWE-bench title as OpenReview's page gives it (case only).

Shape checks (each digest is checked against the rules of the program that writes its shape):
  - 227: LF, a final newline, no BOM; every line a header "HH:MM:SS From <who> to Everyone:" / "to <name>:" or a
    tab-indented message line; times inside the meeting, never going back; senders among the participants; direct
    messages only to or from the host who saved the chat; `Replying to "…"` (then a tab-only line, then the text)
    and `Reacted to "…" with X` quoting the first line of an earlier public message cut after 20 characters with "...";
    one reaction per person per message; no empty lines or trailing spaces in messages;
  - 228: the YAML metadata block (known keys), the H1 equal to its title, [TOC] once, ::: containers known, closed
    and not nested, a spoiler with a title, {%embeds%} known and closed, a pdf embed with a URL, [name=]/[time=]
    tags only in blockquotes and times in HackMD's format, link brackets balanced, tables of one width with a
    delimiter row, code fences closed, footnotes referenced = defined;
  - 229: Mailchimp's doctype/html line, balanced HTML, MSO conditional comments paired, one preview-text merge block
    whose hidden span is the og:description, <title> = og:title, the template ids once each in order, each
    mcn…Block with its Outer/Inner (text blocks with mcnTextContent), list-manage and archive links with the
    account id of og:url, profile/unsubscribe links with e=[UNIQID], hrefs http(s)/mailto with &amp;, one
    utm_campaign, tracked links with target=_blank;
  - 230: json.dumps(…, indent=2, ensure_ascii=False) of itself; top-level "messages"; message keys in Takeout's
    order; creators among the space's members (name ↔ email); created_date in the English-locale format with
    U+202F before AM/PM and the right weekday, never going back; updated_date later; url annotations whose
    [start_index, +length) span is the wrapped URL, drive and mention spans; reactions by members, once each;
    topic_id / message_id shapes, unique, the topic's first message carrying the topic id, topics contiguous;
  - 231: LF, a final newline; front matter keys in order, ": " values quoted, date, authors/tags lists; imports only
    before content, every component imported and every import used; no HTML comment; one {/* truncate */}; JSX
    balanced, <br>/<img>/<hr> self-closed; no stray braces; admonitions known, closed, not nested; PaperCards
    self-closed with string props, a title, a venue and exactly one of arxiv (arXiv-shaped) / href; footnotes
    referenced = defined and written as Chicago notes; heading ids unique;
  - 232: the page chrome, the Published / Last Modified line, "N / N replies shown" = the number of notes; each note
    a title line and a signature line "<Type>by <Signature><date>( (modified: <date>))EveryoneRevisions"; reviews
    with the ICLR 2024 fields in order and values from its scales; one review per reviewer; author responses
    after the review they answer, reviewer replies after the response; the withdrawal last, on the Last Modified
    day; a review's references numbered 1…n under a "References" heading, each in the ACM Reference Format, and
    cited [n] = listed;
  - 233: <mxfile> attributes in draw.io's order (modified ISO with ms, agent naming version, 20-char etag, pages = the
    number of diagrams), one
    indented <diagram> line per page, every page decodable to well-formed XML, page names/ids unique; cell ids
    unique, root cells 0 and 1, parents existing, wrappers (UserObject/object) around exactly one mxCell, http(s)
    links, balanced label HTML, vertices inside their page or container, edges between vertices with relative
    geometry;
  - 234: LF, a final newline; front matter title/tags/hide, the H1 equal to the title; admonitions and content tabs
    of known types with four-space-indented bodies; code fences closed; heading attribute lists well formed and ids
    unique; grid cards closed; footnotes referenced = defined; abbreviations used; the "Marejeo" list in APA form
    (Surname, I., … (Year). …), alphabetical, and every (Author, Year) / Author (Year) citation listed;
  - 235: two-space indentation, no tabs, LF, one final newline; parses as the YAML subset (quoted scalars where ": "
    occurs, no duplicate keys); Collections (Name, Metadata with Architecture, Paper URL/Title, README
    configs/<dir>/README.md, Code URL at its Version) and Models (keys in order, In Collection existing, Config
    configs/<dir>/<name>.py, Weights download.openmmlab.com/…/<dir>/<name>_<date>-<8 hex>.pth, integer FLOPs and
    Parameters, float metrics, Top-k metrics exactly for classification); every collection used;
  - 236: Inkscape's header, width/height in mm equal to the viewBox, inkscape:version, unique ids, namedview's
    current layer, labelled layers, texts with xml:space=preserve whose tspan lines (sodipodi:role=line) start at
    the text's position and step by font-size × line-height, inside the page; http(s) links; Inkscape's layout
    (elements at even indentation, one attribute per line three spaces past its element).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue (modulo the recorded deviations); a bad
true_arxiv_id; a wrong evidence kind; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not
an id of its own (kept from round17)."""
import base64, html, json, os, re, sys, zlib
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import date, datetime
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


def strip_tags(s):
    s = re.sub(r"<!--.*?-->", " ", s, flags=re.S)
    s = re.sub(r"<(script|style)\b.*?</\1>", " ", s, flags=re.S | re.I)
    s = re.sub(r"<[^>]+>", "", s)
    return html.unescape(s)


def html_text(s):
    """tags stripped, entities undone, each <a href> followed by its target"""
    s = re.sub(r"<a\b[^>]*?\bhref=[\"']([^\"']*)[\"'][^>]*>(.*?)</a>", lambda m: m.group(2) + " \x02" + m.group(1) + "\x03", s, flags=re.S)
    s = re.sub(r"</(p|li|h1|h2|h3|h4|div|tr|td|th|blockquote|pre|figcaption|ul|ol)>|<br ?/?>", "\n", s)
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


# ---------------------------------------------------------------- readers

# Zoom saved chat -----------------------------------------------------------------------------------
ZOOM_HEAD = re.compile(r"^(\d\d):(\d\d):(\d\d) From (.+?) to (.+?):$")


def zoom_messages(raw):
    """-> list of (line number, time, sender, to, [lines]); lines not under a header are returned with sender None"""
    msgs = []
    for i, l in enumerate(raw.split("\n"), 1):
        m = ZOOM_HEAD.match(l)
        if m:
            msgs.append([i, tuple(int(x) for x in m.group(1, 2, 3)), m.group(4), m.group(5), []])
        elif l.startswith("\t") and msgs:
            msgs[-1][4].append(l[1:])
        elif l:
            msgs.append([i, None, None, None, [l]])
    return msgs


def zoom_text(raw):
    return ["\n".join(" ".join(m[4]) for m in zoom_messages(raw))]


# HackMD --------------------------------------------------------------------------------------------
def hackmd_render(s):
    s = re.sub(r"\{%pdf\s+(\S+)\s*%\}", r" <\1> ", s)
    s = re.sub(r"\{%\w+\s+[^%]*%\}", " ", s)
    s = re.sub(r"\[(name|time|color)=[^\]]*\]", " ", s)
    s = re.sub(r"==([^=\n]+)==", r"\1", s)
    s = re.sub(r"\^([^\^\s]+)\^", r"\1", s)
    return md_text(s)


def hackmd_text(raw):
    return [hackmd_render(raw)]


# MDX -----------------------------------------------------------------------------------------------
JSX_OPEN = re.compile(r"<([A-Z]\w*)((?:\s+[\w-]+(?:=(?:\"[^\"]*\"|'[^']*'|\{[^}]*\}))?)*)\s*(/?)>", re.S)
JSX_ATTR = re.compile(r"([\w-]+)(?:=(?:\"([^\"]*)\"|'([^']*)'|\{([^}]*)\}))?")


def mdx_text(raw):
    out = []
    for m in JSX_OPEN.finditer(raw):
        a = {k: (v1 or v2 or v3 or "") for k, v1, v2, v3 in JSX_ATTR.findall(m.group(2))}
        if "title" in a:
            out.append(f"{a['title']} <{a.get('href', '')}> {a.get('arxiv', '')}")
    body = re.sub(r"\{/\*.*?\*/\}", " ", raw, flags=re.S)
    return ["\n".join(out), md_text(body)]


# Google Chat Takeout ---------------------------------------------------------------------------------
def gchat_text(raw):
    d = json.loads(raw)
    out = ["\n".join(json_strings(d))]
    for m in d.get("messages", []):
        extra = []
        for a in m.get("annotations", []):
            um = a.get("url_metadata")
            if um:
                extra.append(f"<{um.get('url', {}).get('private_do_not_access_or_else_safe_url_do_not_use', '')}> {um.get('title', '')}")
        out.append(m.get("text", "") + " " + " ".join(extra))
    return out


# draw.io ---------------------------------------------------------------------------------------------
def drawio_pages(raw):
    """-> list of (name, id, decoded XML string) for every <diagram> (compressed or not)"""
    root = ET.fromstring(raw.encode("utf-8"))
    pages = []
    for dg in root.findall("diagram"):
        if len(dg):
            pages.append((dg.get("name"), dg.get("id"), ET.tostring(dg[0], encoding="unicode"))); continue
        data = base64.b64decode((dg.text or "").strip(), validate=True)
        xml = unquote(zlib.decompress(data, -15).decode("ascii"))
        pages.append((dg.get("name"), dg.get("id"), xml))
    return pages


def drawio_cells(xml):
    """-> list of (id, attributes of the wrapper or cell, the mxCell element)"""
    root = ET.fromstring(xml.encode("utf-8")).find("root")
    out = []
    for ch in root:
        if ch.tag == "mxCell":
            out.append((ch.get("id"), dict(ch.attrib), ch))
        else:
            cells = ch.findall("mxCell")
            out.append((ch.get("id"), dict(ch.attrib), cells[0] if len(cells) == 1 else None))
    return out


def drawio_text(raw):
    out = []
    for name, _, xml in drawio_pages(raw):
        out.append(xml)
        for cid, a, c in drawio_cells(xml):
            label = a.get("label", a.get("value", ""))
            extra = " ".join(f"{k}={v}" for k, v in a.items() if k not in ("id", "label", "value", "style", "parent", "vertex", "edge", "source", "target", "placeholders"))
            out.append(html_text(label) + (f" <{a['link']}>" if a.get("link") else "") + " " + extra)
    return out


# MkDocs Material -----------------------------------------------------------------------------------------
def mkdocs_render(raw):
    lines = []
    for l in raw.split("\n"):
        l = l[4:] if l.startswith("    ") else l
        l = re.sub(r"^(!!!|\?\?\?\+?) \w+(?: \"([^\"]*)\")?", r"\2", l)
        l = re.sub(r"\{[^{}]*\.md-button[^{}]*\}|:material-[\w-]+:|\{ ?#[\w-]+ ?\}", "", l)
        lines.append(l)
    return md_text("\n".join(lines))


def mkdocs_text(raw):
    return [mkdocs_render(raw)]


# YAML (the subset OpenMMLab metafiles use) ---------------------------------------------------------------
class YamlError(ValueError):
    pass


def yaml_scalar(s, ln):
    s = s.strip()
    if s.startswith('"'):
        if not s.endswith('"') or len(s) < 2: raise YamlError(f"line {ln}: unterminated quoted scalar")
        return s[1:-1].replace('\\"', '"').replace("\\\\", "\\")
    if s.startswith("'"):
        if not s.endswith("'") or len(s) < 2: raise YamlError(f"line {ln}: unterminated quoted scalar")
        return s[1:-1].replace("''", "'")
    if ": " in s or s.endswith(":") or " #" in s or s[:1] in "&*!|>%@`{[": raise YamlError(f"line {ln}: plain scalar {s!r} not allowed")
    if re.fullmatch(r"-?\d+", s): return int(s)
    if re.fullmatch(r"-?\d+\.\d+", s): return float(s)
    return s


def yaml_lines(raw):
    out, comments = [], []
    for i, l in enumerate(raw.split("\n"), 1):
        if not l.strip(): continue
        if l.lstrip().startswith("#"): comments.append(l.strip()); continue
        if "\t" in l[:len(l) - len(l.lstrip())]: raise YamlError(f"line {i}: tab indentation")
        out.append([len(l) - len(l.lstrip(" ")), l.strip(), i])
    return out, comments


def yaml_block(L, i, ind):
    if i >= len(L): raise YamlError("empty block at the end")
    if L[i][1].startswith("- "):
        seq = []
        while i < len(L) and L[i][0] == ind and L[i][1].startswith("- "):
            rest, ln = L[i][1][2:], L[i][2]
            if re.match(r"[^\"'][^:]*:( |$)", rest):
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
        k = re.match(r"([^\"'#:][^:]*):(?: (.*))?$", t)
        if not k: raise YamlError(f"line {ln}: not a key: {t!r}")
        key, rest = k.group(1), k.group(2)
        if key in m: raise YamlError(f"line {ln}: duplicate key {key!r}")
        if rest is not None and rest.strip():
            m[key] = yaml_scalar(rest, ln); i += 1
        else:
            if i + 1 >= len(L) or L[i + 1][0] <= ind: raise YamlError(f"line {ln}: key {key!r} without a value")
            m[key], i = yaml_block(L, i + 1, L[i + 1][0])
    if i < len(L) and L[i][0] > ind: raise YamlError(f"line {L[i][2]}: bad indentation")
    return m, i


def yaml_load(raw):
    L, comments = yaml_lines(raw)
    v, i = yaml_block(L, 0, 0)
    if i != len(L): raise YamlError(f"line {L[i][2]}: trailing content")
    return v, comments


def yaml_text(raw):
    d, comments = yaml_load(raw)
    out = ["\n".join(str(x) for x in json_strings(d)), "\n".join(comments)]
    for c in d.get("Collections", []):
        p = c.get("Paper", {})
        out.append(f"{p.get('Title', '')} <{p.get('URL', '')}>")
    return out


# SVG ------------------------------------------------------------------------------------------------------
SVG = "{http://www.w3.org/2000/svg}"
SODI = "{http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd}"
INK = "{http://www.inkscape.org/namespaces/inkscape}"
XLINK = "{http://www.w3.org/1999/xlink}"


def svg_text(raw):
    root = ET.fromstring(raw.encode("utf-8"))
    out = [" ".join(root.itertext())]
    for t in root.iter(SVG + "text"):
        out.append(" ".join("".join(s.itertext()) for s in t.findall(SVG + "tspan")))
    for a in root.iter(SVG + "a"):
        out.append(a.get(XLINK + "href", ""))
    return out


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n == 227: forms += zoom_text(raw)
    if n == 228: forms += hackmd_text(raw)
    if n == 229: forms += [html_text(raw)]
    if n == 230: forms += gchat_text(raw)
    if n == 231: forms += mdx_text(raw)
    if n == 233: forms += drawio_text(raw)
    if n == 234: forms += mkdocs_text(raw)
    if n == 235: forms += yaml_text(raw)
    if n == 236: forms += svg_text(raw)
    more = []
    for t in [raw] + forms:
        u1 = html.unescape(t)
        more += [u1, html.unescape(u1), unquote(u1)]
    return forms + more


# ---------------------------------------------------------------- shape checks

ZOOM_SAVER = "Andrei Popescu"
ZOOM_PEOPLE = {"Andrei Popescu", "Ioana Dumitrescu", "Bianca Georgescu", "Radu Ionescu", "Mihai Stan", "Elena Marin", "Cristian Vlad"}
ZOOM_CUT = 20


def zoom_cut(s):
    return s if len(s) <= ZOOM_CUT else s[:ZOOM_CUT] + "..."


def check_zoom(f, raw):
    if raw.startswith("\ufeff") or "\r" in raw or not raw.endswith("\n") or raw.endswith("\n\n"): errors.append(f"{f}: BOM, CR or not one final newline")
    prev, firsts, reacted = None, [], set()
    for i, t, who, to, lines in zoom_messages(raw):
        if who is None: errors.append(f"{f}: line {i}: neither a header nor a tab-indented message line: {lines[0][:40]!r}"); continue
        if not all(0 <= x < 60 for x in t[1:]) or not 18 <= t[0] <= 19: errors.append(f"{f}: line {i}: time {t} outside the meeting")
        if prev and t < prev: errors.append(f"{f}: line {i}: time goes backwards")
        prev = t
        if who not in ZOOM_PEOPLE: errors.append(f"{f}: line {i}: sender {who!r} not in the meeting")
        if to != "Everyone":
            if to not in ZOOM_PEOPLE or to == who: errors.append(f"{f}: line {i}: recipient {to!r}")
            elif ZOOM_SAVER not in (who, to): errors.append(f"{f}: line {i}: a direct message between others cannot be in the host's saved chat")
        rp0 = bool(lines) and re.fullmatch(r'Replying to "(.*)"', lines[0]) is not None
        if rp0 and (len(lines) < 3 or lines[1] != ""): errors.append(f"{f}: line {i}: a reply without its empty second line or text")
        if not lines or any(not l.strip() for k, l in enumerate(lines) if not (rp0 and k == 1)): errors.append(f"{f}: line {i}: empty message line")
        if any(l != l.rstrip() for l in lines): errors.append(f"{f}: line {i}: trailing whitespace")
        if not lines: continue
        rq = re.fullmatch(r'Reacted to "(.*)" with (\S+)', lines[0])
        rp = re.fullmatch(r'Replying to "(.*)"', lines[0])
        if rq or rp:
            q = (rq or rp).group(1)
            if to != "Everyone" or not any(zoom_cut(x) == q for x in firsts): errors.append(f"{f}: line {i}: quotes {q!r}, not the cut first line of an earlier message")
            if rq:
                if len(lines) != 1: errors.append(f"{f}: line {i}: a reaction with more lines")
                if (who, q) in reacted: errors.append(f"{f}: line {i}: {who} reacted twice to {q!r}")
                reacted.add((who, q))
        if to == "Everyone" and not rq:
            firsts.append(lines[0] if not rp else lines[2] if len(lines) > 2 else "")


HACKMD_EMBEDS = ("pdf", "youtube", "vimeo", "gist", "slideshare", "speakerdeck", "hackmd", "figma")
HACKMD_BOXES = ("info", "warning", "success", "danger", "spoiler")


def check_hackmd(f, raw):
    if "\r" in raw or not raw.endswith("\n") or raw.endswith("\n\n"): errors.append(f"{f}: CR or not one final newline")
    m = re.match(r"---\n(.*?)\n---\n", raw, re.S)
    if not m: errors.append(f"{f}: no YAML metadata block at the top"); return
    meta = dict(re.findall(r"^(\w+): (.*)$", m.group(1), re.M))
    if set(meta) - {"title", "tags", "description", "lang", "breaks", "robots", "image", "GA", "dir", "type", "slideOptions"}: errors.append(f"{f}: unknown metadata {sorted(meta)}")
    if meta.get("breaks") not in (None, "true", "false"): errors.append(f"{f}: breaks {meta.get('breaks')!r}")
    body = raw[m.end():]
    h1 = re.findall(r"^# (.+)$", re.sub(r"```.*?```", "", body, flags=re.S), re.M)
    if h1 != [meta.get("title")]: errors.append(f"{f}: the note's H1 {h1} is not its title")
    if body.count("[TOC]") != 1: errors.append(f"{f}: [TOC] not exactly once")
    fence, box, table = False, None, []
    for i, l in enumerate(body.split("\n"), raw[:m.end()].count("\n") + 1):
        if l.startswith("```"):
            fence = not fence; continue
        if fence: continue
        if l.startswith(":::"):
            kind = l[3:].split(" ")[0]
            if kind == "":
                if box is None: errors.append(f"{f}: line {i}: ::: closes nothing")
                box = None
            else:
                if box is not None: errors.append(f"{f}: line {i}: container :::{kind} inside :::{box}")
                if kind not in HACKMD_BOXES: errors.append(f"{f}: line {i}: unknown container {kind!r}")
                if kind == "spoiler" and not l[len(":::spoiler "):].strip(): errors.append(f"{f}: line {i}: spoiler without a title")
                box = kind
            continue
        for e in re.findall(r"\{%(\w+)\s+([^%]*?)\s*%\}", l):
            if e[0] not in HACKMD_EMBEDS: errors.append(f"{f}: line {i}: unknown embed {e[0]!r}")
            if e[0] == "pdf" and not re.fullmatch(r"https?://\S+", e[1]): errors.append(f"{f}: line {i}: pdf embed without a URL")
        if "{%" in l and not re.search(r"\{%\w+\s+[^%]*%\}", l): errors.append(f"{f}: line {i}: unclosed embed")
        if re.search(r"\[(name|time|color)=", re.sub(r"`[^`]*`", "", l)) and not l.startswith(">"): errors.append(f"{f}: line {i}: comment tags outside a blockquote")
        for tm in re.findall(r"\[time=([^\]]*)\]", l):
            try:
                datetime.strptime(tm, "%a, %b %d, %Y %I:%M %p")
            except ValueError:
                errors.append(f"{f}: line {i}: [time={tm}]")
        if l.count("[") != l.count("]") or l.count("](") != len(re.findall(r"\]\([^)\s]+\)", l)): errors.append(f"{f}: line {i}: unbalanced link brackets")
        if l.startswith("|"):
            table.append((i, len(re.findall(r"(?<!\\)\|", l))))
        else:
            if len({w for _, w in table}) > 1: errors.append(f"{f}: line {table[0][0]}: table rows of different widths")
            if table and (len(table) < 2 or not re.fullmatch(r"\|( ?:?-+:? ?\|)+", body.split("\n")[table[1][0] - (raw[:m.end()].count("\n") + 1)])): errors.append(f"{f}: line {table[0][0]}: table without a delimiter row")
            table = []
    if fence: errors.append(f"{f}: unclosed code fence")
    if box: errors.append(f"{f}: container :::{box} not closed")
    refs = set(re.findall(r"\[\^([^\]]+)\](?!:)", body)); defs = set(re.findall(r"^\[\^([^\]]+)\]:", body, re.M))
    if refs != defs: errors.append(f"{f}: footnotes referenced {sorted(refs)} vs defined {sorted(defs)}")


MC_IDS = ["bodyTable", "bodyCell", "templatePreheader", "templateHeader", "templateBody", "templateFooter"]


def check_mailchimp(f, raw):
    if not raw.startswith("<!doctype html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\">"):
        errors.append(f"{f}: not Mailchimp's doctype/html line")
    if "\r" in raw or not raw.endswith("</html>\n"): errors.append(f"{f}: CR or end")
    b = balanced(raw)
    if b.bad or b.stack: errors.append(f"{f}: HTML not balanced: {b.bad[:3]} open {b.stack[-3:]}")
    if raw.count("<!--[if") != raw.count("<![endif]-->"): errors.append(f"{f}: conditional comments not balanced")
    if raw.count("<!--*|IF:MC_PREVIEW_TEXT|*-->") != 1 or raw.count("<!--*|END:IF|*-->") != 1: errors.append(f"{f}: preview-text merge block")
    pv = re.search(r'<span class="mcnPreviewText" style="display:none;[^"]*">([^<]+)</span>', raw)
    og = dict(re.findall(r'<meta property="og:(\w+)" content="([^"]*)">', raw))
    title = re.search(r"<title>(.*?)</title>", raw)
    if not pv or og.get("description") != pv.group(1): errors.append(f"{f}: hidden preview text missing or not the og:description")
    if not title or og.get("title") != title.group(1): errors.append(f"{f}: <title> differs from og:title")
    pos = [raw.find(f'id="{x}"') for x in MC_IDS]
    if any(p < 0 for p in pos) or pos != sorted(pos) or any(raw.count(f'id="{x}"') != 1 for x in MC_IDS): errors.append(f"{f}: template ids missing, repeated or out of order")
    live = re.sub(r"<!--.*?-->", "", raw, flags=re.S)
    for kind in ("Text", "Button", "Divider", "Image"):
        blocks = live.count(f'class="mcn{kind}Block"')
        if blocks != live.count(f'class="mcn{kind}BlockOuter"') or blocks != live.count(f'class="mcn{kind}BlockInner"'): errors.append(f"{f}: mcn{kind}Block without its Outer/Inner")
    if live.count('class="mcnTextBlock"') != live.count('class="mcnTextContent"'): errors.append(f"{f}: mcnTextBlock without mcnTextContent")
    u = re.search(r"og:url\" content=\"https://us\d+\.campaign-archive\.com/\?u=([0-9a-f]+)&amp;id=([0-9a-f]+)\"", raw)
    if not u: errors.append(f"{f}: og:url is not a campaign-archive URL"); return
    for lm in re.findall(r'href="(https://[\w.-]*list-manage\.com/[^"]*)"', raw) + re.findall(r'href="(https://us\d+\.campaign-archive\.com/[^"]*)"', raw):
        if f"u={u.group(1)}" not in lm: errors.append(f"{f}: list link {lm[:60]} with another account id")
    camps = set()
    for tag in re.findall(r"<a\b[^>]*>", raw):
        h = re.search(r'href="([^"]*)"', tag)
        if not h or not re.match(r"https?://|mailto:", h.group(1)): errors.append(f"{f}: link {tag[:60]!r}"); continue
        href = h.group(1)
        if "&" in href.replace("&amp;", ""): errors.append(f"{f}: raw & in {href[:60]}")
        if "utm_" in href:
            camps.add(re.search(r"utm_campaign=([^&]+)", href).group(1) if "utm_campaign=" in href else None)
            if 'target="_blank"' not in tag: errors.append(f"{f}: tracked content link without target=_blank")
    if len(camps) != 1 or None in camps: errors.append(f"{f}: utm_campaign values {camps}")
    for lm in re.findall(r'href="([^"]*list-manage\.com/(?:profile|unsubscribe)[^"]*)"', raw):
        if "e=[UNIQID]" not in lm: errors.append(f"{f}: {lm[:50]} without e=[UNIQID]")


GC_KEYS = ["creator", "created_date", "updated_date", "text", "annotations", "reactions", "topic_id", "message_id"]
GC_PEOPLE = {"Hira Baig": "hira.baig@nlplab.example.edu.pk", "Usman Tariq": "usman.tariq@nlplab.example.edu.pk",
             "Zainab Qureshi": "zainab.qureshi@nlplab.example.edu.pk", "Ahmed Raza": "ahmed.raza@nlplab.example.edu.pk"}


def gc_date(s):
    m = re.fullmatch(r"(\w+), (\w+) (\d{1,2}), (\d{4}) at (\d{1,2}):(\d\d):(\d\d)\u202f(AM|PM) UTC", s or "")
    if not m: return None
    try:
        dt = datetime.strptime(f"{m.group(2)} {m.group(3)} {m.group(4)} {m.group(5)}:{m.group(6)}:{m.group(7)} {m.group(8)}", "%B %d %Y %I:%M:%S %p")
    except ValueError:
        return None
    if dt.strftime("%A") != m.group(1) or m.group(3).startswith("0") or m.group(5).startswith("0"): return None
    return dt


def check_gchat(f, raw):
    try:
        d = json.loads(raw)
    except ValueError as ex:
        errors.append(f"{f}: not JSON: {ex}"); return
    if json.dumps(d, indent=2, ensure_ascii=False) != raw: errors.append(f"{f}: not Takeout's layout (indent 2, UTF-8 kept, no final newline)")
    if list(d) != ["messages"]: errors.append(f"{f}: top-level keys {list(d)}")
    prev, ids, topics = None, set(), {}
    for k, m in enumerate(d.get("messages", []), 1):
        keys = list(m)
        if [x for x in GC_KEYS if x in keys] != keys or not {"creator", "created_date", "text", "topic_id", "message_id"} <= set(keys): errors.append(f"{f}: message {k}: keys {keys}")
        c = m.get("creator", {})
        if list(c) != ["name", "email", "user_type"] or GC_PEOPLE.get(c.get("name")) != c.get("email") or c.get("user_type") != "Human": errors.append(f"{f}: message {k}: creator {c}")
        t = gc_date(m.get("created_date"))
        if not t: errors.append(f"{f}: message {k}: created_date {m.get('created_date')!r}"); continue
        if prev and t < prev: errors.append(f"{f}: message {k}: older than the message before it")
        prev = t
        if "updated_date" in m and not ((gc_date(m["updated_date"]) or t) > t): errors.append(f"{f}: message {k}: updated_date not after created_date")
        text = m.get("text", "")
        for a in m.get("annotations", []):
            s, n = a.get("start_index"), a.get("length")
            span = text[s:s + n] if isinstance(s, int) and isinstance(n, int) else None
            if "url_metadata" in a:
                u = a["url_metadata"].get("url", {})
                if list(u) != ["private_do_not_access_or_else_safe_url_do_not_use"] or span != u.get("private_do_not_access_or_else_safe_url_do_not_use"): errors.append(f"{f}: message {k}: url annotation [{s}:{s}+{n}] is {span!r}")
            elif "drive_metadata" in a:
                if not span or a["drive_metadata"].get("id") not in span: errors.append(f"{f}: message {k}: drive annotation span {span!r}")
            elif "user_mention_metadata" in a:
                u = a["user_mention_metadata"].get("user", {})
                if span != "@" + u.get("name", "") or GC_PEOPLE.get(u.get("name")) != u.get("email"): errors.append(f"{f}: message {k}: mention span {span!r}")
            else:
                errors.append(f"{f}: message {k}: unknown annotation {list(a)}")
        for r in m.get("reactions", []):
            em = r.get("reactor_emails", [])
            if len(set(em)) != len(em) or not set(em) <= set(GC_PEOPLE.values()) or not r.get("emoji", {}).get("unicode"): errors.append(f"{f}: message {k}: reaction {r}")
        mid, tid = m.get("message_id", ""), m.get("topic_id", "")
        if not re.fullmatch(r"[A-Za-z0-9_-]{11}", tid) or not re.fullmatch(re.escape(tid) + r"/[A-Za-z0-9_-]{11}", mid) or mid in ids: errors.append(f"{f}: message {k}: ids {tid}/{mid}")
        ids.add(mid)
        first = tid not in topics
        if first != (mid == f"{tid}/{tid}"): errors.append(f"{f}: message {k}: only a topic's first message has the topic's id")
        topics[tid] = k
    seen = []
    for m in d.get("messages", []):
        if m.get("topic_id") in seen and seen[-1] != m.get("topic_id"): errors.append(f"{f}: topic {m.get('topic_id')} resumes after another topic (this space is not threaded inline)")
        if not seen or seen[-1] != m.get("topic_id"): seen.append(m.get("topic_id"))


MDX_BUILTIN = set()
MDX_ADMON = ("note", "tip", "info", "warning", "danger", "caution")


def check_mdx(f, raw):
    if "\r" in raw or not raw.endswith("\n") or raw.endswith("\n\n"): errors.append(f"{f}: CR or not one final newline")
    m = re.match(r"---\n(.*?)\n---\n", raw, re.S)
    if not m: errors.append(f"{f}: no front matter"); return
    fm = dict(re.findall(r"^(\w+): (.*)$", m.group(1), re.M))
    if list(fm) != ["slug", "title", "authors", "tags", "image", "description", "date"]: errors.append(f"{f}: front matter keys {list(fm)}")
    for k, v in fm.items():
        if ": " in v and not (v.startswith('"') and v.endswith('"')): errors.append(f"{f}: front matter {k} has ': ' unquoted")
    if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d", fm.get("date", "")): errors.append(f"{f}: date {fm.get('date')!r}")
    if not re.fullmatch(r"\[[\w, -]+\]", fm.get("authors", "")) or not re.fullmatch(r"\[[\w, -]+\]", fm.get("tags", "")): errors.append(f"{f}: authors/tags lists")
    body = raw[m.end():]
    nocode = re.sub(r"^```.*?^```", "", body, flags=re.S | re.M)
    nocode_inline = re.sub(r"`[^`\n]*`", "", nocode)
    if "<!--" in nocode_inline: errors.append(f"{f}: an HTML comment (MDX 2 rejects it)")
    if len(re.findall(r"\{/\* truncate \*/\}", nocode)) != 1: errors.append(f"{f}: not exactly one {{/* truncate */}}")
    imports = {}
    lines = body.split("\n")
    for i, l in enumerate(lines):
        im = re.fullmatch(r"import (\w+) from '([^']+)';", l)
        if im: imports[im.group(1)] = i
        elif l.startswith("import "): errors.append(f"{f}: malformed import {l!r}")
    first_content = next(i for i, l in enumerate(lines) if l.strip() and not l.startswith("import "))
    if any(i > first_content for i in imports.values()): errors.append(f"{f}: an import after content")
    used = set(re.findall(r"<([A-Z]\w*)", nocode_inline))
    if used - set(imports) - MDX_BUILTIN: errors.append(f"{f}: components used without import: {sorted(used - set(imports))}")
    if set(imports) - used: errors.append(f"{f}: imports never used: {sorted(set(imports) - used)}")
    stack = []
    for t in re.finditer(r"<(/?)([A-Za-z]\w*)((?:\s+[\w-]+(?:=(?:\"[^\"]*\"|'[^']*'|\{[^}]*\}))?)*)\s*(/?)>", nocode_inline):
        close, name, attrs, selfc = t.group(1), t.group(2), t.group(3), t.group(4)
        if name[0].islower() and name in ("br", "img", "hr") and not selfc: errors.append(f"{f}: <{name}> must be self-closed in MDX")
        if selfc: continue
        if close:
            if not stack or stack[-1] != name: errors.append(f"{f}: </{name}> closes {stack[-1] if stack else 'nothing'}")
            else: stack.pop()
        else:
            stack.append(name)
    if stack: errors.append(f"{f}: JSX not closed: {stack}")
    rest = re.sub(r"<[^>]*>", "", nocode_inline)
    if rest.count("{") != rest.count("}") or re.search(r"\{(?!/\*|#)", rest): errors.append(f"{f}: stray braces (MDX expressions) outside JSX")
    adm = None
    for i, l in enumerate(lines):
        a = re.fullmatch(r":::(\w+)(\[[^\]]*\])?", l)
        if a:
            if adm: errors.append(f"{f}: admonition inside :::{adm}")
            if a.group(1) not in MDX_ADMON: errors.append(f"{f}: unknown admonition {a.group(1)}")
            adm = a.group(1)
        elif l == ":::":
            if not adm: errors.append(f"{f}: ::: closes nothing")
            adm = None
    if adm: errors.append(f"{f}: admonition :::{adm} not closed")
    for card in re.finditer(r"<PaperCard((?:\s+[\w-]+=\"[^\"]*\")*)\s*/>", body):
        a = dict(re.findall(r"([\w-]+)=\"([^\"]*)\"", card.group(1)))
        if not a.get("title") or not a.get("venue") or ("arxiv" in a) == ("href" in a): errors.append(f"{f}: PaperCard props {sorted(a)}")
        if "arxiv" in a and not re.fullmatch(r"\d{4}\.\d{4,5}", a["arxiv"]): errors.append(f"{f}: PaperCard arxiv {a['arxiv']!r}")
    if len(re.findall(r"<PaperCard\b", body)) != len(re.findall(r"<PaperCard((?:\s+[\w-]+=\"[^\"]*\")*)\s*/>", body)): errors.append(f"{f}: a PaperCard that is not a self-closed tag with string props")
    refs = re.findall(r"\[\^([^\]]+)\](?!:)", body); defs = re.findall(r"^\[\^([^\]]+)\]:", body, re.M)
    if sorted(set(refs)) != sorted(defs) or len(set(defs)) != len(defs): errors.append(f"{f}: footnotes referenced {sorted(set(refs))} vs defined {defs}")
    for d in re.findall(r"^\[\^[^\]]+\]: (.*)$", body, re.M):
        if not re.match(r"[A-Z][\w.-]+(?: [A-Z][\w.-]+)+(?: et al\.)?, “[^”]+(?:,”|” \()", d): errors.append(f"{f}: footnote not in Chicago notes style: {d[:50]!r}")
    ids = re.findall(r"\{#([\w-]+)\}", nocode)
    if len(set(ids)) != len(ids): errors.append(f"{f}: duplicate heading ids")


OR_SIG = re.compile(r"^(Official Review|Official Comment|Withdrawal)by (Reviewer [A-Za-z0-9]{4}|Authors)(\d\d \w{3} \d{4}, \d\d:\d\d)(?: \(modified: (\d\d \w{3} \d{4}, \d\d:\d\d)\))?EveryoneRevisions$")
OR_REVIEW = ["Summary", "Soundness", "Presentation", "Contribution", "Strengths", "Weaknesses", "Questions",
             "Flag For Ethics Review", "Rating", "Confidence", "Code Of Conduct"]
OR_SCALE = {"1 poor", "2 fair", "3 good", "4 excellent"}
OR_RATING = {"1: strong reject", "3: reject, not good enough", "5: marginally below the acceptance threshold",
             "6: marginally above the acceptance threshold", "8: accept, good paper", "10: strong accept, should be highlighted at the conference"}
OR_CONF = {"3: You are fairly confident in your assessment. It is possible that you did not understand some parts of the submission or that you are unfamiliar with some pieces of related work. Math/other details were not carefully checked.",
           "4: You are confident in your assessment, but not absolutely certain. It is unlikely, but not impossible, that you did not understand some parts of the submission or that you are unfamiliar with some pieces of related work.",
           "2: You are willing to defend your assessment, but it is quite likely that you did not understand the central parts of the submission or that you are unfamiliar with some pieces of related work. Math/other details were not carefully checked.",
           "5: You are absolutely certain about your assessment. You are very familiar with the related work and checked the math/other details carefully."}
ACM_REF = re.compile(r"^\[(\d+)\] ((?:[A-Z][\w.'-]*(?: [A-Z][\w.'ö-]*)+)(?:(?:, [A-Z][\w.'-]*(?: [A-Z][\w.'ö-]*)+)*,? and [A-Z][\w.'-]*(?: [A-Z][\w.'ö-]*)+)?)\. (\d{4})\. (.+?[.?]) (.+)$")


def or_date(s):
    try:
        return datetime.strptime(s, "%d %b %Y, %H:%M")
    except (TypeError, ValueError):
        return None


def check_review(f, raw):
    if "\r" in raw or not raw.endswith("\n") or raw.endswith("\n\n"): errors.append(f"{f}: CR or not one final newline")
    lines = raw.rstrip("\n").split("\n")
    if lines[0] != "Go to ICLR 2024 Conference homepage" or lines[2] != "Download PDF": errors.append(f"{f}: page chrome")
    sub = re.search(r"^Submission Number: (\d+)$", raw, re.M)
    shown = [i for i, l in enumerate(lines) if re.fullmatch(r"(\d+) / (\d+) replies shown", l)]
    if not sub or len(shown) != 1: errors.append(f"{f}: submission number or 'replies shown' line missing"); return
    sub = sub.group(1)
    pub = re.search(r"^Published: (\d\d \w{3} \d{4}), Last Modified: (\d\d \w{3} \d{4})ICLR 2024 Conference (?:Withdrawn )?SubmissionEveryoneRevisionsBibTeX$", raw, re.M)
    if not pub: errors.append(f"{f}: the Published / Last Modified line")
    a, b = re.fullmatch(r"(\d+) / (\d+) replies shown", lines[shown[0]]).groups()
    sigs = [i for i, l in enumerate(lines) if OR_SIG.match(l)]
    if int(a) != int(b) or int(a) != len(sigs): errors.append(f"{f}: '{a} / {b} replies shown' but {len(sigs)} notes")
    reviews, last_review_of = {}, {}
    for k, si in enumerate(sigs):
        kind, who, d, mod = OR_SIG.match(lines[si]).groups()
        title, end = lines[si - 1], (sigs[k + 1] - 1 if k + 1 < len(sigs) else len(lines))
        body = lines[si + 1:end]
        dt = or_date(d)
        if not dt or (mod and not (or_date(mod) or dt) > dt): errors.append(f"{f}: note {k + 1}: dates")
        fields, cur = [], None
        for l in body:
            fm = re.match(r"^([A-Z][A-Za-z ]+):(?: (.*))?$", l)
            if fm and (fm.group(1) in OR_REVIEW + ["Comment", "Withdrawal Confirmation"]):
                cur = [fm.group(1), fm.group(2) or ""]; fields.append(cur)
            elif cur is not None:
                cur[1] += "\n" + l
            else:
                errors.append(f"{f}: note {k + 1}: text before the first field")
        names = [x[0] for x in fields]
        vals = {x[0]: x[1].strip() for x in fields}
        if kind == "Official Review":
            if title != f"Official Review of Submission{sub} by {who}": errors.append(f"{f}: note {k + 1}: title line {title!r}")
            if names != OR_REVIEW: errors.append(f"{f}: note {k + 1}: review fields {names}")
            for x in ("Soundness", "Presentation", "Contribution"):
                if vals.get(x) not in OR_SCALE: errors.append(f"{f}: note {k + 1}: {x} {vals.get(x)!r}")
            if vals.get("Rating") not in OR_RATING: errors.append(f"{f}: note {k + 1}: rating {vals.get('Rating')!r}")
            if vals.get("Confidence") not in OR_CONF: errors.append(f"{f}: note {k + 1}: confidence")
            if vals.get("Code Of Conduct") != "Yes": errors.append(f"{f}: note {k + 1}: code of conduct")
            if who in reviews: errors.append(f"{f}: two reviews by {who}")
            reviews[who] = dt
            text = "\n".join(x[1] for x in fields)
            cited = {int(c) for grp in re.findall(r"\[(\d+(?:, ?\d+)*)\](?! [A-Z])", text) for c in re.split(r", ?", grp)}
            refl = [l for l in text.split("\n") if re.match(r"\[\d+\] [A-Z]", l)]
            nums = []
            for l in refl:
                am = ACM_REF.match(l)
                if not am: errors.append(f"{f}: note {k + 1}: reference not in the ACM format: {l[:60]!r}"); continue
                nums.append(int(am.group(1)))
            if nums != list(range(1, len(nums) + 1)): errors.append(f"{f}: note {k + 1}: references numbered {nums}")
            if refl and cited != set(nums): errors.append(f"{f}: note {k + 1}: cited {sorted(cited)} vs listed {nums}")
            if refl and not re.search(r"\nReferences\n\[1\]", text): errors.append(f"{f}: note {k + 1}: reference list without its heading")
        elif kind == "Official Comment":
            if names != ["Comment"]: errors.append(f"{f}: note {k + 1}: comment fields {names}")
            if who == "Authors":
                rm = re.fullmatch(r"Response to (Reviewer [A-Za-z0-9]{4})", title)
                if not rm or rm.group(1) not in reviews or not reviews[rm.group(1)] < dt: errors.append(f"{f}: note {k + 1}: {title!r} answers no earlier review")
                else: last_review_of[rm.group(1)] = dt
            else:
                if who not in reviews or who not in last_review_of or not last_review_of[who] < dt: errors.append(f"{f}: note {k + 1}: a reviewer comment before the authors' response")
        else:
            if title != f"Submission{sub} Withdrawn by the Authors" or names != ["Withdrawal Confirmation", "Comment"] or k != len(sigs) - 1: errors.append(f"{f}: note {k + 1}: withdrawal")
            if pub and or_date(pub.group(2) + ", 00:00") and dt.date() != or_date(pub.group(2) + ", 00:00").date(): errors.append(f"{f}: withdrawal date is not the Last Modified date")


def check_drawio(f, raw):
    if "\r" in raw or not raw.endswith("</mxfile>\n"): errors.append(f"{f}: CR or end")
    try:
        root = ET.fromstring(raw.encode("utf-8"))
    except ET.ParseError as ex:
        errors.append(f"{f}: not well-formed: {ex}"); return
    a = root.attrib
    if root.tag != "mxfile" or list(a) != ["host", "modified", "agent", "etag", "version", "type", "pages"]: errors.append(f"{f}: mxfile attributes {list(a)}")
    if a.get("pages") != str(len(root.findall("diagram"))): errors.append(f"{f}: pages={a.get('pages')} for {len(root.findall('diagram'))} diagrams")
    if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", a.get("modified", "")): errors.append(f"{f}: modified {a.get('modified')!r}")
    if f"draw.io/{a.get('version')} " not in a.get("agent", "") or not re.fullmatch(r"[A-Za-z0-9_-]{20}", a.get("etag", "")): errors.append(f"{f}: agent/version/etag")
    lines = raw.rstrip("\n").split("\n")
    if len(lines) != len(root) + 2 or not all(l.startswith("  <diagram ") and l.endswith("</diagram>") for l in lines[1:-1]): errors.append(f"{f}: not one indented <diagram> line per page")
    try:
        pages = drawio_pages(raw)
    except Exception as ex:
        errors.append(f"{f}: a page does not decode (base64 → inflateRaw → decodeURIComponent): {ex!r}"); return
    if len({p[0] for p in pages}) != len(pages) or len({p[1] for p in pages}) != len(pages) or not all(re.fullmatch(r"[A-Za-z0-9_-]{20}", p[1] or "") for p in pages): errors.append(f"{f}: page names/ids")
    allids = set()
    for name, pid, xml in pages:
        try:
            gm = ET.fromstring(xml.encode("utf-8"))
        except ET.ParseError as ex:
            errors.append(f"{f}: page {name}: decoded XML not well-formed: {ex}"); continue
        pw, ph = float(gm.get("pageWidth", 0)), float(gm.get("pageHeight", 0))
        cells = drawio_cells(xml)
        ids = [c[0] for c in cells]
        if len(set(ids)) != len(ids) or allids & (set(ids) - {"0", "1"}): errors.append(f"{f}: page {name}: duplicate cell ids")
        allids |= set(ids) - {"0", "1"}
        if ids[:2] != ["0", "1"] or cells[0][2].get("parent") is not None or cells[1][2].get("parent") != "0": errors.append(f"{f}: page {name}: root cells 0 / 1")
        byid = {c[0]: c for c in cells}
        for cid, at, c in cells[2:]:
            if c is None: errors.append(f"{f}: page {name}: {cid}: wrapper without exactly one mxCell"); continue
            par = c.get("parent")
            if par not in byid: errors.append(f"{f}: page {name}: {cid}: parent {par} missing")
            if "link" in at and not re.match(r"https?://", at["link"]): errors.append(f"{f}: page {name}: {cid}: link {at['link']!r}")
            label = at.get("label", at.get("value", ""))
            if "html=1" in (c.get("style") or "") and label:
                bl = balanced(label)
                if bl.bad or bl.stack: errors.append(f"{f}: page {name}: {cid}: label HTML not balanced")
            g = c.find("mxGeometry")
            if g is None or g.get("as") != "geometry": errors.append(f"{f}: page {name}: {cid}: geometry"); continue
            if c.get("vertex") == "1":
                x, y, w, h = (float(g.get(k, 0)) for k in ("x", "y", "width", "height"))
                pw_, ph_ = pw, ph
                if par not in ("1", None) and par in byid and byid[par][2] is not None:
                    pg = byid[par][2].find("mxGeometry"); pw_, ph_ = float(pg.get("width")), float(pg.get("height"))
                if w <= 0 or h <= 0 or x < 0 or y < 0 or x + w > pw_ or y + h > ph_: errors.append(f"{f}: page {name}: {cid}: outside its page/container")
            elif c.get("edge") == "1":
                for end in ("source", "target"):
                    t = byid.get(c.get(end))
                    if not t or t[2] is None or t[2].get("vertex") != "1": errors.append(f"{f}: page {name}: {cid}: {end} is not a vertex")
                if g.get("relative") != "1": errors.append(f"{f}: page {name}: {cid}: edge geometry not relative")
            else:
                errors.append(f"{f}: page {name}: {cid}: neither vertex nor edge")


MK_ADMON = ("note", "abstract", "info", "tip", "success", "question", "warning", "failure", "danger", "bug", "example", "quote")


def check_mkdocs(f, raw):
    if "\r" in raw or not raw.endswith("\n") or raw.endswith("\n\n"): errors.append(f"{f}: CR or not one final newline")
    m = re.match(r"---\n(.*?)\n---\n", raw, re.S)
    if not m: errors.append(f"{f}: no front matter"); return
    fm = m.group(1)
    title = re.search(r'^title: "(.*)"$', fm, re.M)
    if not title or not re.search(r"^tags:\n(  - .+\n)+hide:\n(  - .+)$", fm, re.M): errors.append(f"{f}: front matter title/tags/hide")
    body = raw[m.end():]
    lines = body.split("\n")
    off = raw[:m.end()].count("\n") + 1
    h1 = [l[2:] for l in lines if l.startswith("# ")]
    if not title or h1 != [title.group(1)]: errors.append(f"{f}: H1 {h1} is not the page title")
    fence, i = None, 0
    heading_ids = []
    while i < len(lines):
        l = lines[i]
        s = l.strip()
        if s.startswith("```"):
            ind = len(l) - len(l.lstrip())
            if fence is None: fence = ind
            elif ind == fence: fence = None
            i += 1; continue
        if fence is not None: i += 1; continue
        a = re.fullmatch(r"(!!!|\?\?\?\+?) (\w+)(?: \"[^\"]+\")?", l)
        t = re.fullmatch(r"=== \"[^\"]+\"", l)
        if l.startswith(("!!!", "???")) and not a: errors.append(f"{f}: line {off + i}: malformed admonition")
        if a and a.group(2) not in MK_ADMON: errors.append(f"{f}: line {off + i}: unknown admonition type {a.group(2)!r}")
        if a or t:
            j = i + 1
            while j < len(lines) and lines[j] == "" and t: j += 1
            if j >= len(lines) or not lines[j].startswith("    ") or not lines[j].strip(): errors.append(f"{f}: line {off + i}: block without a four-space-indented body")
        hm = re.match(r"#{2,6} .*\{ #([\w-]+) \}$", l)
        if hm: heading_ids.append(hm.group(1))
        elif re.match(r"#{2,6} .*\{", l): errors.append(f"{f}: line {off + i}: malformed heading attribute list")
        i += 1
    if fence is not None: errors.append(f"{f}: unclosed code fence")
    if len(set(heading_ids)) != len(heading_ids): errors.append(f"{f}: duplicate heading ids")
    if body.count('<div class="grid cards" markdown>') != body.count("</div>"): errors.append(f"{f}: grid cards div not closed")
    refs = set(re.findall(r"\[\^([^\]]+)\](?!:)", body)); defs = set(re.findall(r"^\[\^([^\]]+)\]:", body, re.M))
    if refs != defs: errors.append(f"{f}: footnotes referenced {sorted(refs)} vs defined {sorted(defs)}")
    text = re.sub(r"^\*\[.*$", "", body, flags=re.M)
    for ab in re.findall(r"^\*\[([^\]]+)\]: \S", body, re.M):
        if not re.search(r"\b" + re.escape(ab) + r"\b", text): errors.append(f"{f}: abbreviation {ab} defined but not used")
    if re.search(r"^\*\[[^\]]+\]:(?! \S)", body, re.M): errors.append(f"{f}: empty abbreviation")
    if "## Marejeo" not in body: errors.append(f"{f}: no reference list"); return
    refsec = body.split("## Marejeo", 1)[1].split("\n[^", 1)[0]
    entries = [e for e in refsec.strip().split("\n\n") if e.strip()]
    keys = []
    for e in entries:
        am = re.match(r"^([A-Z][\w'-]+), ((?:[A-Z]\. ?)+)(?:, [A-Z][\w'-]+, (?:[A-Z]\. ?)+)*(?:,? & [A-Z][\w'-]+, (?:[A-Z]\. ?)+)? \((\d{4})\)\. (.+)$", e.replace("Guzmán", "Guzman"))
        if not am or "\n" in e: errors.append(f"{f}: reference not in APA form: {e[:60]!r}"); continue
        names = re.findall(r"(?:^|, |& )([A-Z][\w'-]+), (?:[A-Z]\. ?)+", e.replace("Guzmán", "Guzman"))
        keys.append((am.group(1), am.group(3), names))
        ttl = am.group(4)
        if not re.search(r"\*[^*\n]+\*", ttl): errors.append(f"{f}: reference {am.group(1)} {am.group(3)}: no italic title or source")
    if [k[0] for k in keys] != sorted(k[0] for k in keys): errors.append(f"{f}: references not in alphabetical order")
    pre = body.split("## Marejeo")[0] + "\n" + "\n".join(re.findall(r"^\[\^.*$", body, re.M))
    cites = re.findall(r"\(([A-Z][\w'-]+)(?: et al\.| & [A-Z][\w'-]+)?, (\d{4})\)|([A-Z][\w'-]+)(?: et al\.| na wenzake| & [A-Z][\w'-]+)? \((\d{4})\)", pre)
    for c in cites:
        name, yr = (c[0], c[1]) if c[0] else (c[2], c[3])
        if not any(k[0] == name and k[1] == yr for k in keys): errors.append(f"{f}: citation ({name}, {yr}) has no reference entry")


MM_COLL = ["Name", "Metadata", "Paper", "README", "Code"]
MM_MODEL = ["Name", "Metadata", "In Collection", "Results", "Weights", "Config"]


def check_yaml(f, raw):
    if "\r" in raw or "\t" in raw or not raw.endswith("\n") or raw.endswith("\n\n"): errors.append(f"{f}: CR, tab or not one final newline")
    for i, l in enumerate(raw.split("\n"), 1):
        ind = len(l) - len(l.lstrip(" "))
        if ind % 2 or l != l.rstrip(): errors.append(f"{f}: line {i}: odd indentation or trailing space")
    try:
        d, _ = yaml_load(raw)
    except YamlError as ex:
        errors.append(f"{f}: YAML: {ex}"); return
    if list(d) != ["Collections", "Models"]: errors.append(f"{f}: top-level keys {list(d)}")
    colls = {}
    for c in d.get("Collections", []):
        if list(c) != MM_COLL: errors.append(f"{f}: collection {c.get('Name')}: keys {list(c)}")
        if c.get("Name") in colls: errors.append(f"{f}: duplicate collection {c.get('Name')}")
        colls[c.get("Name")] = c
        p = c.get("Paper", {})
        if list(p) != ["URL", "Title"] or not re.match(r"https?://", str(p.get("URL"))): errors.append(f"{f}: collection {c.get('Name')}: Paper {p}")
        if not re.fullmatch(r"configs/[\w-]+/README\.md", str(c.get("README"))): errors.append(f"{f}: collection {c.get('Name')}: README")
        code = c.get("Code", {})
        if list(code) != ["URL", "Version"] or not re.fullmatch(r"v\d+\.\d+\.\d+(rc\d+)?", str(code.get("Version"))): errors.append(f"{f}: collection {c.get('Name')}: Code")
        elif "github.com/open-mmlab/" in code["URL"] and f"/blob/{code['Version']}/" not in code["URL"]: errors.append(f"{f}: collection {c.get('Name')}: Code URL not at its Version")
        md = c.get("Metadata", {})
        if "Architecture" not in md or not isinstance(md["Architecture"], list): errors.append(f"{f}: collection {c.get('Name')}: Architecture")
    used, names = set(), set()
    for m in d.get("Models", []):
        n = m.get("Name")
        keys = [k for k in m if k != "Converted From"]
        if keys != MM_MODEL: errors.append(f"{f}: model {n}: keys {list(m)}")
        if n in names: errors.append(f"{f}: duplicate model {n}")
        names.add(n)
        c = colls.get(m.get("In Collection"))
        if not c: errors.append(f"{f}: model {n}: In Collection {m.get('In Collection')!r} is not a collection"); continue
        used.add(c["Name"])
        cdir = c["README"].split("/")[1]
        if m.get("Config") != f"configs/{cdir}/{n}.py": errors.append(f"{f}: model {n}: Config {m.get('Config')}")
        w = str(m.get("Weights"))
        if not re.fullmatch(r"https://download\.openmmlab\.com/[\w./-]+/" + re.escape(cdir) + "/" + re.escape(n) + r"_\d{8}-[0-9a-f]{8}\.pth", w): errors.append(f"{f}: model {n}: Weights {w}")
        md = m.get("Metadata", {})
        if list(md) != ["FLOPs", "Parameters"] or not all(isinstance(v, int) and v > 0 for v in md.values()): errors.append(f"{f}: model {n}: Metadata")
        for r in m.get("Results", []):
            if list(r) != ["Dataset", "Metrics", "Task"] or not all(isinstance(v, float) and 0 < v < 100 for v in r.get("Metrics", {}).values()): errors.append(f"{f}: model {n}: Results")
            td = c.get("Metadata", {}).get("Training Data")
            if r.get("Dataset") not in ([td] if isinstance(td, str) else td or []) + ["ImageNet-1k", "COCO"]: errors.append(f"{f}: model {n}: Dataset {r.get('Dataset')}")
            task = r.get("Task")
            if (task == "Image Classification") != all(k.startswith("Top") for k in r.get("Metrics", {})): errors.append(f"{f}: model {n}: metrics for {task}")
        cf = m.get("Converted From")
        if cf is not None and (not isinstance(cf, dict) or "Code" not in cf or not set(cf) <= {"Weights", "Code"}): errors.append(f"{f}: model {n}: Converted From")
    if set(colls) - used: errors.append(f"{f}: collections without models: {sorted(set(colls) - used)}")


def check_svg(f, raw):
    if not raw.startswith('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<!-- Created with Inkscape (http://www.inkscape.org/) -->\n\n<svg\n'): errors.append(f"{f}: Inkscape header")
    if "\r" in raw or not raw.endswith("</svg>\n"): errors.append(f"{f}: CR or end")
    try:
        root = ET.fromstring(raw.encode("utf-8"))
    except ET.ParseError as ex:
        errors.append(f"{f}: not well-formed: {ex}"); return
    w, h, vb = root.get("width"), root.get("height"), root.get("viewBox", "").split()
    if not (w and h and w.endswith("mm") and h.endswith("mm") and vb == ["0", "0", w[:-2], h[:-2]]): errors.append(f"{f}: width/height/viewBox")
    if not re.fullmatch(r"1\.\d+(\.\d+)? \([0-9a-f]{7}, \d{4}-\d\d-\d\d(, custom)?\)", root.get(INK + "version", "")): errors.append(f"{f}: inkscape:version")
    W, H = float(vb[2]) if len(vb) == 4 else 0, float(vb[3]) if len(vb) == 4 else 0
    ids = [e.get("id") for e in root.iter() if e.get("id")]
    if len(set(ids)) != len(ids): errors.append(f"{f}: duplicate ids")
    nv = root.find(SODI + "namedview")
    if nv is None or nv.get(INK + "current-layer") not in ids: errors.append(f"{f}: namedview current-layer")
    layers = [g for g in root.findall(SVG + "g") if g.get(INK + "groupmode") == "layer"]
    if not layers or len({g.get(INK + "label") for g in layers}) != len(layers): errors.append(f"{f}: layers")
    for t in root.iter(SVG + "text"):
        tid = t.get("id")
        if t.get("{http://www.w3.org/XML/1998/namespace}space") != "preserve": errors.append(f"{f}: {tid}: xml:space")
        fs = re.search(r"font-size:([\d.]+)px", t.get("style", ""))
        lh = re.search(r"line-height:([\d.]+)", t.get("style", ""))
        spans = t.findall(SVG + "tspan")
        if not fs or not lh or not spans: errors.append(f"{f}: {tid}: style or lines"); continue
        step = float(fs.group(1)) * float(lh.group(1))
        if t.text or any(sp.tail for sp in spans): errors.append(f"{f}: {tid}: text between its lines (xml:space=preserve would show it)")
        if spans[0].get("x") != t.get("x") or spans[0].get("y") != t.get("y"): errors.append(f"{f}: {tid}: first line not at the text's position")
        for k, s in enumerate(spans):
            if s.get(SODI + "role") != "line": errors.append(f"{f}: {tid}: tspan without sodipodi:role=line")
            try:
                x, y = float(s.get("x")), float(s.get("y"))
            except (TypeError, ValueError):
                errors.append(f"{f}: {tid}: tspan position"); continue
            if abs(y - (float(t.get("y")) + k * step)) > 1e-3: errors.append(f"{f}: {tid}: line {k + 1} not one line-height below the previous")
            if not (0 <= x <= W and 0 <= y <= H): errors.append(f"{f}: {tid}: line {k + 1} outside the page")
    for a in root.iter(SVG + "a"):
        if not re.match(r"https?://", a.get(XLINK + "href", "")): errors.append(f"{f}: link {a.get(XLINK + 'href')!r}")
    depth, in_text = 0, False
    for i, l in enumerate(raw.split("\n"), 1):
        if i <= 3 or not l.strip(): continue
        if re.match(r"^ *<[A-Za-z]", l):
            ind = len(l) - len(l.lstrip())
            if ind % 2: errors.append(f"{f}: line {i}: element indentation {ind}")
        elif re.match(r"^ *[\w:-]+=\"[^\"]*\"(?: ?/>| ?>.*)?$", l):
            ind = len(l) - len(l.lstrip())
            if (ind - 3) % 2: errors.append(f"{f}: line {i}: attribute not indented three spaces past its element")
        elif not re.match(r"^ *</[A-Za-z]", l):
            errors.append(f"{f}: line {i}: not Inkscape's layout: {l[:40]!r}")


def shape_checks(f, raw, path):
    n = num(f)
    if n == 227: check_zoom(f, raw)
    if n == 228: check_hackmd(f, raw)
    if n == 229: check_mailchimp(f, raw)
    if n == 230: check_gchat(f, raw)
    if n == 231: check_mdx(f, raw)
    if n == 232: check_review(f, raw)
    if n == 233: check_drawio(f, raw)
    if n == 234: check_mkdocs(f, raw)
    if n == 235: check_yaml(f, raw)
    if n == 236: check_svg(f, raw)


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

# reuse report: how often earlier labelled sets (digests-own = rounds 5-7, rounds 8-20) used each paper
used = Counter()
TD = "/work/main/tests/data"
earlier = [os.path.join(TD, d, "expected.json") for d in ["digests-own"] + [f"digests-round{k}" for k in range(8, 21)]]
for pth in earlier:
    if os.path.exists(pth):
        for recs in json.load(open(pth)).values():
            used.update({x["true_arxiv_id"] or x["title"].lower() for x in recs})
r20 = set()
p20 = os.path.join(TD, "digests-round20", "expected.json")
if os.path.exists(p20):
    r20 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(p20)).values() for x in recs}

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
print(f"earlier uses of the papers (digests-own, rounds 8-20): {dict(sorted(Counter(used[k] for k in allrecs).items()))}; "
      f"also in round20: {sum(1 for k in allrecs if k in r20)}; papers in more than one round21 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
