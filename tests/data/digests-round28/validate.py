#!/usr/bin/env python3
r"""Checks round28/expected.json against the digests and the shared catalogues.

Adapted from round27/validate.py (the label checks are the same code; the reuse report now reads digests-own and
rounds 8–27, tells how many papers round27 also used, and which papers round28 uses in more than one file; the
readers and shape checks are new, and a .docx is read as its XML parts). Each digest is read in its raw form and in
decoded forms, the way a reader of that shape would see it:
  - ADR and handover Markdown (297, 301): the Markdown as text (links as 'text <url>');
  - tikzposter LaTeX (299): the source without comments, \url and \href targets as text, ~ as a space, \\ as a line
    break, \textit/\textbf/\emph/\texttt arguments as text;
  - Excel CSV (300): each row's cells (quotes undone) joined with ' | ';
  - Just the Docs Markdown (302): the Markdown as text without kramdown's {: …} attribute lists;
  - Word .docx (305): raw = document.xml, endnotes.xml, footnotes.xml and the two .rels parts one after the other;
    decoded = the document's paragraphs and the endnotes' paragraphs, runs joined, each hyperlink followed by its
    target from the relationships;
  - the plain and copied texts (298, 303, 304, 306): the raw text;
  - everything: HTML entities undone once and twice, percent-escapes undone.
Titles are matched after whitespace normalisation, so a title hard-wrapped by an editor (299's reference block) or by
pdftotext's column (303) is found; a title found only that way, or only in a decoded form (305's runs), is reported
as a `note:`.

Titles: a recorded title must equal the catalogue title (or one of its version titles) after normalisation (case,
whitespace, TeX braces, entities), unless the digest writes it with a deviation listed in DEVIATIONS below. Round 28
needs none.

Shape checks (each digest against the rules of the program or habit that writes its shape):
  - 297 (adr-tools record, Faroese template): LF, final newline, no tabs; "# N. Title", "Dagfesting: YYYY-MM-DD";
    the template's five sections in order; the status word adr-tools writes; link lines "Word [M. Title](MMMM-slug.md)"
    with adr-tools' bytewise slug of the title and M < N; the options table well formed with one row marked "Valt",
    the one the decision names; reference numbers cited = the sources listed in "Keldur" (definitions and list), 1..N;
  - 298 (thesis-topics page copied): breadcrumb ending with the page title; published ≤ last change; topics numbered
    1..n, each with level / supervisor / status / description and an optional "Başlangyç edebiýat:" bullet list;
    the "Jemi" line counting topics, levels and free topics; deadline after the last change, approval after the
    deadline; news newest first and not after the last change;
  - 299 (tikzposter): an A0 tikzposter with babel's esperanto; preamble title/author/institute, \maketitle; braces
    balanced, environments nested, document whole; each columns environment's \column widths add up to 1; the
    Referencoj block numbered 1..N in the order of first citation [n] / [n, m] in the poster; its lines ≤ 100 columns
    and greedily wrapped;
  - 300 (Excel CSV UTF-8): byte order mark; re-writing the parsed rows with CRLF and minimal quoting gives the file
    back; the header; nine cells per row; unique AI-nnn IDs; rows sorted by the English term; status values; link
    cells a URL or "arXiv:ID";
  - 301 (GitLab handover): [[_TOC_]] before the sections; "## n." sections 1..N; written ≤ last working day; every
    relative link is a path of the tree block; the task heading's (done/all) = the task list; the table well formed;
  - 302 (Just the Docs page): front matter keys in order with a folded description; H1 with {: .no_toc }; the TOC
    block; the due date on the Haitian Creole weekday it names and the total points; each part's questions adding
    up to the part, questions numbered 1..n across parts, parts adding up to the total; grading table = the parts;
    callouts before a blockquote; button syntax;
  - 303 (Turnitin report with notes): the receipt's ten fields in order; submission date and ten-digit ID; the report
    page (after the form feed) starting with the submission title; the four percentages over their labels; sources
    numbered 1..N, percentage at column 90, each with its kind, in descending order, integer percentages not above
    the index; exclusion settings; the notes' source numbers exist and the host they name is the source's; note dated
    on or after the submission;
  - 304 (jrnl journal): entries separated by one empty line, each "[YYYY-MM-DD HH:MM] title" in ascending time, each
    tagged; the weekly summary = the results noted in the entries, in order;
  - 305 (Word .docx): [Content_Types].xml first, members dated 1980-01-01, a content type for every part and no more,
    every internal relationship target present; endnote references 1..N in order, endnotes.xml = the two separators
    and the notes, footnotes.xml = the two separators, every endnote hyperlink has its relationship and every
    relationship is used; created ≤ modified; Chicago notes: a source's first note full, later ones shortened
    (surname + words of its title in order) or "Ibid." when the note before cites it, never a full note twice;
    bibliography alphabetical (surname, year) with one entry per source;
  - 306 (NEGATIVE, Koha reading history copied): breadcrumb of the greeted user's history; the item count = the rows;
    six cells a row, dates dd/mm/yyyy, returned on or after borrowed (or still out), newest first; "Kei a koe
    ināianei" = the rows still out.
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue (modulo the recorded deviations); a bad
true_arxiv_id; a wrong evidence kind; a label in the negative control; and the shape checks. An OpenReview id or an
arXiv id cut by an ellipsis is not an id of its own (kept from round17). The reuse report reads digests-own and
rounds 8–27."""

import csv, email, html, io, json, os, re, sys, uuid as uuidlib, zipfile
from email import policy
from email.header import decode_header, make_header
from email.utils import parsedate_to_datetime
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









# ---------------------------------------------------------------- readers (raw text and decoded forms)
DOCX_PARTS = ("word/document.xml", "word/endnotes.xml", "word/footnotes.xml", "word/_rels/document.xml.rels",
              "word/_rels/endnotes.xml.rels")


def read_raw(path):
    """the digest as text: UTF-8 for the text formats; for the .docx, its XML parts one after the other"""
    if path.endswith(".docx"):
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
            return "\n".join(z.read(n).decode("utf-8") for n in DOCX_PARTS if n in names)
    return open(path, encoding="utf-8", newline="").read()


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
RNS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


def docx_paragraphs(xml, rels):
    """(style, text) per w:p: w:t texts joined across runs, w:tab as a tab, a w:hyperlink followed by <target>"""
    out = []
    root = ET.fromstring(xml)
    for p in root.iter(W + "p"):
        st = p.find(f"{W}pPr/{W}pStyle")
        buf = []

        def walk(el):
            for ch in el:
                if ch.tag == W + "t": buf.append(ch.text or "")
                elif ch.tag == W + "tab": buf.append("\t")
                elif ch.tag == W + "hyperlink":
                    walk(ch)
                    tgt = rels.get(ch.get(RNS + "id"))
                    if tgt: buf.append(f" <{tgt}>")
                elif ch.tag in (W + "r", W + "ins", W + "smartTag"): walk(ch)
        walk(p)
        out.append((st.get(W + "val") if st is not None else None, "".join(buf)))
    return out


def docx_rels(z, part):
    try:
        x = ET.fromstring(z.read(part))
    except KeyError:
        return {}
    return {r.get("Id"): r.get("Target") for r in x}


def docx_text(path):
    """305: the document's paragraphs, then each endnote's text (hyperlink targets after their text)"""
    with zipfile.ZipFile(path) as z:
        body = docx_paragraphs(z.read("word/document.xml"), docx_rels(z, "word/_rels/document.xml.rels"))
        notes = docx_paragraphs(z.read("word/endnotes.xml"), docx_rels(z, "word/_rels/endnotes.xml.rels"))
    return ["\n".join(t for _, t in body), "\n".join(t.strip() for _, t in notes if t.strip())]


def tex_text(raw):
    """299: the LaTeX source as text: comments dropped, \\url{u} as u, \\href{u}{t} as 't <u>', ~ as a space,
    \\\\ as a line break, \\textit/\\textbf/\\emph/\\texttt arguments as text"""
    s = re.sub(r"(?<!\\)%.*", "", raw)
    s = re.sub(r"\\href\{([^}]*)\}\{([^}]*)\}", r"\2 <\1>", s)
    s = re.sub(r"\\url\{([^}]*)\}", r"\1", s)
    s = s.replace("~", " ").replace("\\\\", "\n")
    s = re.sub(r"\\(textit|textbf|emph|texttt)\{([^}]*)\}", r"\2", s)
    return [s]


def csv_text(raw):
    """300: each row's cells joined with ' | ' (quotes undone), one row a line"""
    rows = list(csv.reader(io.StringIO(raw.lstrip("\ufeff"), newline="")))
    return ["\n".join(" | ".join(r) for r in rows)]


def kramdown_text(raw):
    """302: the Markdown as text, kramdown's {: …} attribute lists and {:toc} removed"""
    return [md_text(re.sub(r"\{:[^}]*\}", "", raw))]


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n in (297, 301): forms += [md_text(raw)]
    if n == 299: forms += tex_text(raw)
    if n == 300: forms += csv_text(raw)
    if n == 302: forms += kramdown_text(raw)
    if n == 305: forms += docx_text(path)
    more = []
    for t in [raw] + forms:
        u1 = html.unescape(t)
        more += [u1, html.unescape(u1), unquote(u1)]
    return forms + more


# ---------------------------------------------------------------- shape checks
def lf_final(f, raw, final=True):
    if "\r" in raw: errors.append(f"{f}: CR characters (the writer uses LF)")
    if final and not raw.endswith("\n"): errors.append(f"{f}: no final newline")


def sections(raw, level="## "):
    """{heading: [lines]} for the headings of one level, in order"""
    out, cur = {}, None
    for l in raw.split("\n"):
        if l.startswith(level) and not l.startswith(level + "#"):
            cur = l[len(level):]; out[cur] = []
        elif cur is not None:
            out[cur].append(l)
    return out


def md_table_ok(f, raw, what):
    rows = [l for l in raw.split("\n") if l.startswith("|")]
    if rows:
        n = rows[0].count("|") - rows[0].count("\\|")
        if any(r.count("|") - r.count("\\|") != n for r in rows) or not re.fullmatch(r"\|(:?-+:?\|)+", rows[1]):
            errors.append(f"{f}: {what} table malformed")
    return rows


def adr_slug(title):
    """adr-tools: tr -C 'a-zA-Z0-9\\n' - | tr A-Z a-z | sed -e 's/--*/-/g' -e 's/-$//' (bytewise)"""
    b = bytes(c if (48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122) else 45 for c in title.encode("utf-8"))
    return re.sub(r"-+", "-", b.decode("ascii").lower()).rstrip("-")


def check_adr(f, raw):
    """297: an adr-tools record with the team's Faroese template"""
    lf_final(f, raw)
    if "\t" in raw: errors.append(f"{f}: a tab")
    L = raw.split("\n")
    m = re.fullmatch(r"# (\d+)\. (\S.*)", L[0])
    if not m: errors.append(f"{f}: first line not '# N. Title'"); return
    n = int(m.group(1))
    try:
        datetime.strptime(re.fullmatch(r"Dagfesting: (\S+)", L[2]).group(1), "%Y-%m-%d")
    except (AttributeError, ValueError):
        errors.append(f"{f}: third line not 'Dagfesting: YYYY-MM-DD'")
    S = sections(raw)
    if list(S) != ["Støða", "Samanhangur", "Avgerð", "Avleiðingar", "Keldur"]: errors.append(f"{f}: sections {list(S)} not the template's")
    st = [l for l in S.get("Støða", []) if l]
    if not st or st[0] not in ("Proposed", "Accepted", "Deprecated", "Superseded"): errors.append(f"{f}: status {st[:1]} not adr-tools' word")
    for l in st[1:]:
        lm = re.fullmatch(r"(\S.*?) \[(\d+)\. ([^\]]+)\]\((\d{4})-([a-z0-9-]+)\.md\)", l)
        if not lm: errors.append(f"{f}: status line {l[:40]!r} not an adr-tools link"); continue
        if int(lm.group(4)) != int(lm.group(2)) or lm.group(5) != adr_slug(lm.group(3)):
            errors.append(f"{f}: link file {lm.group(4)}-{lm.group(5)}.md is not adr-tools' name for {lm.group(2)}. {lm.group(3)}")
        if int(lm.group(2)) >= n: errors.append(f"{f}: links ADR {lm.group(2)}, not an earlier one")
    rows = md_table_ok(f, raw, "options")
    chosen = [r for r in rows[2:] if r.rstrip("| ").endswith("Valt")]
    if len(chosen) != 1: errors.append(f"{f}: not exactly one option marked 'Valt'")
    elif chosen[0].split("|")[1].split(",")[0].strip().split()[0] not in "\n".join(S.get("Avgerð", [])):
        errors.append(f"{f}: the chosen option is not the one the decision names")
    body = raw.split("\n## Keldur\n")[0]
    cited = {int(x) for x in re.findall(r"\[(\d+)\](?![:(])", body)}
    keld = "\n".join(S.get("Keldur", []))
    defs = [int(x) for x in re.findall(r"^\[(\d+)\]: \S+", keld, re.M)] + [int(x) for x in re.findall(r"^- \[(\d+)\] ", keld, re.M)]
    if sorted(defs) != list(range(1, len(defs) + 1)): errors.append(f"{f}: sources {sorted(defs)} not 1..N once each")
    if cited != set(defs): errors.append(f"{f}: cited {sorted(cited)} but listed {sorted(defs)}")


def tmdate(s):
    return datetime.strptime(s, "%d.%m.%Y")


def check_topics(f, raw):
    """298: a thesis-topics page copied as text"""
    lf_final(f, raw)
    L = raw.split("\n")
    crumb = next((k for k, l in enumerate(L) if " › " in l), None)
    if crumb is None: errors.append(f"{f}: no breadcrumb"); return
    title = next(l for l in L[crumb + 1:] if l)
    if L[crumb].split(" › ")[-1] != title: errors.append(f"{f}: breadcrumb does not end with the page title")
    dm = re.search(r"^Çap edildi: (\S+) \| Soňky üýtgeşme: (\S+) \| Görülen: [\d ]+$", raw, re.M)
    try:
        pub, mod = tmdate(dm.group(1)), tmdate(dm.group(2))
        if mod < pub: errors.append(f"{f}: changed before it was published")
    except (AttributeError, ValueError):
        errors.append(f"{f}: dates line unreadable"); return
    heads = [(k, int(m.group(1))) for k, l in enumerate(L) if (m := re.fullmatch(r"(\d+)\. (\S.*)", l))]
    if [h for _, h in heads] != list(range(1, len(heads) + 1)) or not heads: errors.append(f"{f}: topics not numbered 1..n")
    lev, free = Counter(), 0
    for k, _ in heads:
        d, s, st = L[k + 1:k + 4]
        ok = re.fullmatch(r"Derejesi: (bakalawr|magistr)", d) and s.startswith("Ýolbaşçy: ") and re.fullmatch(r"Ýagdaýy: (boş|eýelenen)", st)
        if not ok: errors.append(f"{f}: topic at line {k + 1} without Derejesi / Ýolbaşçy / Ýagdaýy"); continue
        lev[d.split(": ")[1]] += 1; free += st.endswith("boş")
        j = k + 5
        if not L[k + 4] or L[k + 4].startswith(("Derejesi", "Başlangyç")): errors.append(f"{f}: topic at line {k + 1} without a description")
        if L[j] == "Başlangyç edebiýat:":
            j += 1
            if not L[j].startswith("• "): errors.append(f"{f}: empty literature list at line {j}")
            while L[j].startswith("• "): j += 1
        if L[j]: errors.append(f"{f}: line {j + 1} inside topic {k + 1} is neither a field nor a literature item")
    jm = re.search(r"^Jemi: (\d+) tema \(bakalawr: (\d+), magistr: (\d+)\), boş: (\d+)$", raw, re.M)
    if not jm or [int(x) for x in jm.groups()] != [len(heads), lev["bakalawr"], lev["magistr"], free]: errors.append(f"{f}: the Jemi line does not count the topics")
    try:
        dl = tmdate(re.search(r"(\d\d\.\d\d\.\d{4}) senesine çenli", raw).group(1))
        ap = tmdate(re.search(r"(\d\d\.\d\d\.\d{4}) senesindäki mejlisinde", raw).group(1))
        if not mod < dl < ap: errors.append(f"{f}: deadline and approval not after the last change, in order")
    except (AttributeError, ValueError):
        errors.append(f"{f}: procedure dates unreadable")
    try:
        o = L.index("Soňky habarlar") + 2
        news = []
        while L[o]:
            news.append(tmdate(L[o].rsplit(" — ", 1)[1])); o += 1
        if news != sorted(news, reverse=True) or any(x > mod for x in news): errors.append(f"{f}: news not newest first, before the last change")
    except (ValueError, IndexError) as ex:
        errors.append(f"{f}: news unreadable ({ex})")


def check_poster(f, raw):
    """299: a tikzposter source"""
    lf_final(f, raw)
    src = re.sub(r"(?<!\\)%.*", "", raw)
    if not re.search(r"\\documentclass\[[^\]]*\ba0paper\b[^\]]*\]\{tikzposter\}", src): errors.append(f"{f}: not an A0 tikzposter")
    if "\\usepackage[esperanto]{babel}" not in src: errors.append(f"{f}: babel's esperanto not loaded")
    pre, _, body = src.partition("\\begin{document}")
    if not body or src.rstrip().split("\n")[-1] != "\\end{document}": errors.append(f"{f}: document environment not whole"); return
    for c in ("\\title{", "\\author{", "\\institute{"):
        if c not in pre: errors.append(f"{f}: {c} missing from the preamble")
    if "\\maketitle" not in body: errors.append(f"{f}: no \\maketitle")
    depth = 0
    for ch in re.sub(r"\\[{}]", "", src):
        depth += (ch == "{") - (ch == "}")
        if depth < 0: break
    if depth: errors.append(f"{f}: braces not balanced")
    stack = []
    for m in re.finditer(r"\\(begin|end)\{(\w+)\}", body):
        if m.group(1) == "begin": stack.append(m.group(2))
        elif not stack or stack.pop() != m.group(2):
            if m.group(2) != "document": errors.append(f"{f}: \\end{{{m.group(2)}}} does not close the open environment"); break
    if stack: errors.append(f"{f}: environments left open: {stack}")
    for cols in re.findall(r"\\begin\{columns\}(.*?)\\end\{columns\}", body, re.S):
        w = [float(x) for x in re.findall(r"\\column\{([\d.]+)\}", cols)]
        if abs(sum(w) - 1) > 1e-9: errors.append(f"{f}: column widths {w} do not add up to 1")
    txt, _, refs = body.partition("\\block{Referencoj}{")
    if not refs: errors.append(f"{f}: no Referencoj block"); return
    refs = refs.split("\\end{flushleft}")[0]
    nums = [int(x) for x in re.findall(r"^\[(\d+)\] ", refs, re.M)]
    if nums != list(range(1, len(nums) + 1)) or not nums: errors.append(f"{f}: references not numbered 1..N")
    first = []
    for grp in re.findall(r"\[(\d+(?:, \d+)*)\]", txt):
        for x in grp.split(", "):
            if int(x) not in first: first.append(int(x))
    if first != nums: errors.append(f"{f}: first citations {first} are not the reference order")
    RL = [l for l in refs.split("\n") if l and not l.startswith("\\")]
    for a, b in zip(RL, RL[1:]):
        if len(a) > 100: errors.append(f"{f}: reference line over 100 columns")
        if b.startswith("  ") and len(a) + 1 + len(b.split()[0]) <= 100: errors.append(f"{f}: reference line {a[:20]!r} wrapped too early")


GL_HEAD = ["ID", "Beurla", "Gàidhlig", "Seòrsa", "Mìneachadh", "Tùs", "Ceangal", "Staid", "Nòtaichean"]


def check_glossary(f, raw):
    """300: Excel's CSV UTF-8"""
    if not raw.startswith("\ufeff"): errors.append(f"{f}: no byte order mark (Excel writes one)")
    rows = list(csv.reader(io.StringIO(raw.lstrip("\ufeff"), newline="")))
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    if buf.getvalue() != raw.lstrip("\ufeff"): errors.append(f"{f}: not Excel's CSV (CRLF rows, quotes only where needed)")
    if not rows or rows[0] != GL_HEAD: errors.append(f"{f}: header {rows[:1]} is not the list's"); return
    body = rows[1:]
    if any(len(r) != len(GL_HEAD) for r in body): errors.append(f"{f}: a row without {len(GL_HEAD)} cells")
    ids = [r[0] for r in body]
    if len(set(ids)) != len(ids) or not all(re.fullmatch(r"AI-\d{3}", i) for i in ids): errors.append(f"{f}: IDs not unique AI-nnn")
    terms = [r[1] for r in body]
    if terms != sorted(terms, key=str.lower): errors.append(f"{f}: rows not sorted by the English term")
    for r in body:
        if len(r) < 9: continue
        if r[7] not in ("aontaichte", "moladh", "ri dheasbad"): errors.append(f"{f}: {r[0]} status {r[7]!r}")
        if r[6] and not re.fullmatch(r"https?://\S+|arXiv:\d{4}\.\d{4,5}", r[6]): errors.append(f"{f}: {r[0]} link cell {r[6]!r}")


def tree_paths(lines):
    """the files and folders of a `tree`-style listing, as paths under its root"""
    out, stack = set(), []
    for l in lines[1:]:
        m = re.match(r"((?:│   |    )*)(?:├── |└── )(.+)", l)
        if not m: continue
        d = len(m.group(1)) // 4
        stack[d:] = [m.group(2).rstrip("/")]
        out.add("/".join(stack))
    return out


def check_handover(f, raw):
    """301: GitLab-flavoured handover notes"""
    lf_final(f, raw)
    L = raw.split("\n")
    if "[[_TOC_]]" not in L or L.index("[[_TOC_]]") > next(k for k, l in enumerate(L) if l.startswith("## ")): errors.append(f"{f}: no [[_TOC_]] before the sections")
    heads = [int(x) for x in re.findall(r"^## (\d+)\. ", raw, re.M)]
    if heads != list(range(1, len(heads) + 1)) or not heads: errors.append(f"{f}: sections not numbered 1..N")
    dm = re.search(r"\*\*Язылды:\*\* (\S+) · \*\*Соңгы эш көнем:\*\* (\S+)", raw)
    try:
        if tmdate(dm.group(1)) > tmdate(dm.group(2)): errors.append(f"{f}: written after the last working day")
    except (AttributeError, ValueError):
        errors.append(f"{f}: dates unreadable")
    tree = re.search(r"^```text\n(.*?)\n```$", raw, re.S | re.M)
    if not tree: errors.append(f"{f}: no tree block"); return
    paths = tree_paths(tree.group(1).split("\n"))
    for t in re.findall(r"\]\(([^)\s]+)\)", raw):
        if not re.match(r"https?://", t) and t.rstrip("/") not in paths: errors.append(f"{f}: link to {t} not in the tree")
    tm = re.search(r"^## \d+\. .*\((\d+)/(\d+)\)$", raw, re.M)
    tasks = re.findall(r"^- \[([ x])\] ", raw, re.M)
    if not tm or (int(tm.group(1)), int(tm.group(2))) != (tasks.count("x"), len(tasks)): errors.append(f"{f}: task count is not the task list")
    md_table_ok(f, raw, "models")


HT_DAYS = ["Lendi", "Madi", "Mèkredi", "Jedi", "Vandredi", "Samdi", "Dimanch"]
HT_MONTHS = ["janvye", "fevriye", "mas", "avril", "me", "jen", "jiyè", "out", "septanm", "oktòb", "novanm", "desanm"]


def check_jtd(f, raw):
    """302: a Just the Docs page source"""
    lf_final(f, raw)
    fm = re.match(r"---\n(.*?)\n---\n", raw, re.S)
    if not fm: errors.append(f"{f}: no front matter"); return
    keys = re.findall(r"^(\w+):", fm.group(1), re.M)
    if keys != ["layout", "title", "parent", "nav_order", "description"]: errors.append(f"{f}: front matter keys {keys}")
    if not re.search(r"^description: >-\n  \S", fm.group(1), re.M): errors.append(f"{f}: description not a folded block")
    if not re.search(r"^# .+\n\{: \.no_toc \}$", raw, re.M): errors.append(f"{f}: H1 without {{: .no_toc }}")
    if not re.search(r'<details open markdown="block">\n  <summary>\n.*\n  </summary>\n  \{: \.text-delta \}\n1\. TOC\n\{:toc\}\n</details>', raw):
        errors.append(f"{f}: not Just the Docs' TOC block")
    dm = re.search(r"^\*\*(\w+) (\d{1,2}) (\w+) (\d{4}), .*\*\* · (\d+) pwen$", raw, re.M)
    try:
        d = datetime(int(dm.group(4)), HT_MONTHS.index(dm.group(3)) + 1, int(dm.group(2)))
        if HT_DAYS[d.weekday()] != dm.group(1): errors.append(f"{f}: the due date is not a {dm.group(1)}")
        total = int(dm.group(5))
    except (AttributeError, ValueError):
        errors.append(f"{f}: due-date line unreadable"); return
    parts = re.split(r"^## ", raw, flags=re.M)
    sums, qn = {}, []
    for p in parts:
        pm = re.match(r"(Pati \w+): .*\((\d+) pwen\)\n", p)
        if not pm: continue
        qs = [(int(a), int(b)) for a, b in re.findall(r"^### Kesyon (\d+) \((\d+) pwen\)$", p, re.M)]
        qn += [a for a, _ in qs]
        sums[pm.group(1)] = int(pm.group(2))
        if sum(b for _, b in qs) != int(pm.group(2)): errors.append(f"{f}: {pm.group(1)}'s questions do not add up to its points")
    if qn != list(range(1, len(qn) + 1)): errors.append(f"{f}: questions not numbered 1..n")
    if sum(sums.values()) != total: errors.append(f"{f}: parts add up to {sum(sums.values())}, not {total}")
    grid = dict(re.findall(r"^\| (Pati \w+) \| (\d+) \|$", raw, re.M))
    tm = re.search(r"^\| \*\*Total\*\* \| \*\*(\d+)\*\* \|$", raw, re.M)
    if {k: int(v) for k, v in grid.items()} != sums or not tm or int(tm.group(1)) != total: errors.append(f"{f}: grading table is not the parts' points")
    L = raw.split("\n")
    for k, l in enumerate(L):
        if re.fullmatch(r"\{: \.(note|warning|important|highlight|new) \}", l) and not L[k + 1].startswith("> "): errors.append(f"{f}: callout at line {k + 1} not before a blockquote")
    for b in re.findall(r"^\[.*\{: \.btn.*$", raw, re.M):
        if not re.fullmatch(r"\[[^\]]+\]\(https://[^)\s]+\)\{: \.btn( \.btn-\w+)? \}", b): errors.append(f"{f}: button {b[:30]!r} malformed")


def check_turnitin(f, raw):
    """303: a supervisor's note around a Turnitin report pasted from pdftotext -layout"""
    lf_final(f, raw)
    L = raw.split("\n")
    fields = ["Submission author:", "Assignment title:", "Submission title:", "File name:", "File size:", "Page count:",
              "Word count:", "Character count:", "Submission date:", "Submission ID:"]
    got = [l[:22].strip() for l in L if re.match(r"[A-Z][a-z]+(?: [A-Za-z]+)?:\s{2,}\S", l)]
    if got != fields: errors.append(f"{f}: receipt fields {got} not Turnitin's")
    g = lambda lab: next((l[22:] for l in L if l.startswith(lab)), "")
    try:
        sub = datetime.strptime(g("Submission date:"), "%d-%b-%Y %I:%M%p (UTC+0500)")
    except ValueError:
        errors.append(f"{f}: submission date unreadable"); sub = None
    if not re.fullmatch(r"\d{10}", g("Submission ID:")): errors.append(f"{f}: submission ID not ten digits")
    ff = [k for k, l in enumerate(L) if l.startswith("\f")]
    if len(ff) != 1 or L[ff[0]][1:] != g("Submission title:") or L[ff[0] + 1] != "ORIGINALITY REPORT": errors.append(f"{f}: the report page does not start with the submission's title")
    pm = re.search(r"^\s*(\d+)%\s+(\d+)%\s+(\d+)%\s+(\d+)%\nSIMILARITY INDEX\s+INTERNET SOURCES\s+PUBLICATIONS\s+STUDENT PAPERS$", raw, re.M)
    if not pm: errors.append(f"{f}: the four percentages are not over their labels"); return
    index = int(pm.group(1))
    src, k = [], L.index("PRIMARY SOURCES") + 2
    while k < len(L) and not L[k].startswith("Exclude"):
        m = re.fullmatch(r" {1,2}(\d+) {5}(\S.*?) +(<?\d+%)", L[k])
        if m:
            text, j = m.group(2), k + 1
            while L[j].startswith("        ") and L[j].strip() not in ("Internet Source", "Publication", "Student Paper"):
                text += " " + L[j].strip(); j += 1
            kind = L[j].strip()
            if kind not in ("Internet Source", "Publication", "Student Paper"): errors.append(f"{f}: source {m.group(1)} without its kind")
            if len(L[k]) != 90: errors.append(f"{f}: source {m.group(1)}'s percentage not at the right margin")
            src.append((int(m.group(1)), text, kind, 0.5 if m.group(3) == "<1%" else int(m.group(3)[:-1])))
            k = j
        elif L[k].strip():
            errors.append(f"{f}: stray line in the sources: {L[k][:30]!r}")
        k += 1
    if [s[0] for s in src] != list(range(1, len(src) + 1)) or not src: errors.append(f"{f}: sources not numbered 1..N")
    p = [s[3] for s in src]
    if p != sorted(p, reverse=True): errors.append(f"{f}: sources not in descending order of match")
    if sum(x for x in p if x >= 1) > index: errors.append(f"{f}: the sources add up to more than the similarity index")
    if not re.search(r"^Exclude quotes +(On|Off) +Exclude matches +(< \d+ words|Off)\nExclude bibliography +(On|Off)$", raw, re.M): errors.append(f"{f}: exclusion settings missing")
    for n_, host in re.findall(r"^ماخذ (\d+) \(([^،)]+)[،)]", raw, re.M):
        if not 1 <= int(n_) <= len(src) or src[int(n_) - 1][1] != host: errors.append(f"{f}: note on source {n_} names {host!r}")
    for n_ in re.findall(r"ماخذ (\d+)", raw):
        if not 1 <= int(n_) <= len(src): errors.append(f"{f}: note on a source {n_} the report does not have")
    dm = re.search(r"^تاريخ: (\d\d-\d\d-\d{4})$", raw, re.M)
    try:
        if sub and datetime.strptime(dm.group(1), "%d-%m-%Y").date() < sub.date(): errors.append(f"{f}: note dated before the submission")
    except (AttributeError, ValueError):
        errors.append(f"{f}: the note's date unreadable")


def check_jrnl(f, raw):
    """304: a jrnl plain-text journal"""
    lf_final(f, raw)
    if "\n\n\n" in raw or raw.startswith("\n"): errors.append(f"{f}: entries not separated by exactly one empty line")
    entries = raw.rstrip("\n").split("\n\n")
    prev, results = None, []
    for e in entries:
        lines = e.split("\n")
        m = re.match(r"\[(\d{4}-\d\d-\d\d \d\d:\d\d)\] \S", lines[0])
        if not m: errors.append(f"{f}: entry {lines[0][:30]!r} without jrnl's time stamp"); continue
        t = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M")
        if prev and t <= prev: errors.append(f"{f}: entry {m.group(1)} not after the one before")
        prev = t
        if not re.search(r"(?<!\w)@\w", e): errors.append(f"{f}: entry {m.group(1)} without a tag")
        if any(re.match(r"\[\d{4}-", l) for l in lines[1:]): errors.append(f"{f}: entry {m.group(1)} holds another time stamp")
        results += re.findall(r"^ଫଳାଫଳ: (.+ EM \d+%)$", e, re.M)
    last = entries[-1].split("\n")[1:]
    summ = [l for l in last if re.fullmatch(r".+ EM \d+%", l)]
    if summ != results: errors.append(f"{f}: the weekly summary {summ} is not the results {results}")


def chicago_parse(note):
    """('ibid', page) / ('short', surname, words) / ('full', surname, title)"""
    m = re.fullmatch(r"Ibid\.(?:, (\d+))?\.?", note)
    if m: return ("ibid",)
    m = re.fullmatch(r"(\S+(?: \S+)?) e\.o\., “([^”]+?),” \d+\.", note) or re.fullmatch(r"(\S+(?: \S+)?), ([^,“]+), \d+\.", note)
    if m: return ("short", m.group(1).split()[-1], m.group(2))
    m = re.match(r"(.+?)(?: e\.o\.)?, “([^”]+?),?” ", note) or re.match(r"(.+?), ([^,(]+) \(", note)
    if m: return ("full", m.group(1).split()[-1], m.group(2))
    return ("?",)


def check_docx(f, path):
    """305: a Word package with Chicago endnotes"""
    try:
        z = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        errors.append(f"{f}: not a zip package"); return
    names = z.namelist()
    if names[0] != "[Content_Types].xml": errors.append(f"{f}: [Content_Types].xml not first")
    if any(i.date_time != (1980, 1, 1, 0, 0, 0) for i in z.infolist()): errors.append(f"{f}: members not dated 1980-01-01 as Word writes them")
    try:
        ct = ET.fromstring(z.read("[Content_Types].xml"))
        over = {o.get("PartName") for o in ct if o.tag.endswith("Override")}
        for n in names:
            if not n.endswith(".rels") and n != "[Content_Types].xml" and "/" + n not in over: errors.append(f"{f}: part {n} has no content type")
        for o in over:
            if o[1:] not in names: errors.append(f"{f}: content type for a missing part {o}")
        for rp in [n for n in names if n.endswith(".rels")]:
            base = rp.replace("_rels/", "").rsplit("/", 1)[0] if "/" in rp.replace("_rels/", "") else ""
            for r in ET.fromstring(z.read(rp)):
                if r.get("TargetMode") == "External": continue
                tgt = (base + "/" if base else "") + r.get("Target")
                if tgt not in names: errors.append(f"{f}: {rp} points at a missing {tgt}")
        doc = z.read("word/document.xml").decode()
        en = ET.fromstring(z.read("word/endnotes.xml"))
        fn = ET.fromstring(z.read("word/footnotes.xml"))
        core = z.read("docProps/core.xml").decode()
    except (KeyError, ET.ParseError) as ex:
        errors.append(f"{f}: package unreadable ({ex})"); return
    refs = [int(x) for x in re.findall(r'<w:endnoteReference w:id="(-?\d+)"/>', doc)]
    if refs != list(range(1, len(refs) + 1)) or not refs: errors.append(f"{f}: endnote references {refs} not 1..N in order")
    ids = [int(e.get(W + "id")) for e in en]
    if ids != [-1, 0] + refs: errors.append(f"{f}: endnotes {ids} are not the separators and the referenced notes")
    if [int(e.get(W + "id")) for e in fn] != [-1, 0]: errors.append(f"{f}: footnotes.xml is not Word's two separators")
    erels = docx_rels(z, "word/_rels/endnotes.xml.rels")
    used = set(re.findall(r'<w:hyperlink r:id="(\w+)"', z.read("word/endnotes.xml").decode()))
    if used != set(erels): errors.append(f"{f}: endnote hyperlinks {sorted(used)} vs relationships {sorted(erels)}")
    cm = re.search(r"<dcterms:created[^>]*>([^<]+)</.*<dcterms:modified[^>]*>([^<]+)<", core)
    if not cm or cm.group(1) > cm.group(2): errors.append(f"{f}: modified before created")
    notes = [t.strip() for _, t in docx_paragraphs(z.read("word/endnotes.xml"), erels)][2:]
    notes = [re.sub(r" <[^>]+>", "", n) for n in notes]
    seen, prev = {}, None
    for i, n in enumerate(notes, 1):
        p = chicago_parse(n)
        if p[0] == "?": errors.append(f"{f}: note {i} is not a Chicago note: {n[:40]!r}"); prev = None; continue
        if p[0] == "ibid":
            if prev is None: errors.append(f"{f}: note {i} is Ibid. without a note before")
            continue
        if p[0] == "full":
            key = (p[1], p[2].lower())
            if key in seen: errors.append(f"{f}: note {i} repeats {p[2][:30]!r} in full (Chicago shortens it)")
            seen[key] = i; cur = key
        else:
            cand = [k for k in seen if k[0] == p[1] and re.search(".*".join(re.escape(w) for w in p[2].lower().split()), k[1])]
            if len(cand) != 1: errors.append(f"{f}: short note {i} ({n[:40]!r}) matches {len(cand)} earlier sources"); prev = None; continue
            cur = cand[0]
        if cur == prev: errors.append(f"{f}: note {i} cites the note before again without Ibid.")
        prev = cur
    body = docx_paragraphs(z.read("word/document.xml"), docx_rels(z, "word/_rels/document.xml.rels"))
    bib = [t for s, t in body if s == "Bibliography"]
    keyf = lambda t: (t.split(",")[0].split(".")[0].lower(), re.search(r"(\d{4})", t).group(1))
    try:
        if [keyf(b) for b in bib] != sorted(keyf(b) for b in bib): errors.append(f"{f}: bibliography not alphabetical")
    except AttributeError:
        errors.append(f"{f}: a bibliography entry without a year")
    if len(bib) != len(seen) or {s for s, _ in seen} - {b.split(",")[0].split(".")[0].split()[-1] for b in bib}:
        errors.append(f"{f}: bibliography ({len(bib)}) is not the {len(seen)} sources of the notes")


def check_koha(f, raw):
    """306 (NEGATIVE): a Koha OPAC reading history copied as text"""
    lf_final(f, raw)
    L = raw.split("\n")
    gm = next((l[len("Kia ora, "):] for l in L if l.startswith("Kia ora, ")), None)
    if not gm or f"Kāinga › {gm} › Tōku hītori pānui" not in L: errors.append(f"{f}: breadcrumb is not the greeted user's reading history")
    try:
        h = L.index("Taitara\tKaituhi\tMomo tūemi\tTau karanga\tI tukuna\tI whakahokia")
    except ValueError:
        errors.append(f"{f}: no table header"); return
    rows, k = [], h + 1
    while L[k]:
        rows.append(L[k].split("\t")); k += 1
    cm = re.search(r"^(\d+) ngā tūemi$", raw, re.M)
    if not cm or int(cm.group(1)) != len(rows): errors.append(f"{f}: item count is not the rows")
    prev, out = None, 0
    for r in rows:
        if len(r) != 6: errors.append(f"{f}: row {r[0][:20]!r} not six cells"); continue
        try:
            b = datetime.strptime(r[4], "%d/%m/%Y")
            if r[5] == "Kei a koe tonu": out += 1
            elif datetime.strptime(r[5], "%d/%m/%Y") < b: errors.append(f"{f}: {r[0][:20]!r} returned before borrowed")
        except ValueError:
            errors.append(f"{f}: {r[0][:20]!r} dates unreadable"); continue
        if prev and b > prev: errors.append(f"{f}: rows not newest first")
        prev = b
    om = re.search(r"^Kei a koe ināianei: (\d+) ·", raw, re.M)
    if not om or int(om.group(1)) != out: errors.append(f"{f}: items on loan is not the rows still out")


def shape_checks(f, raw, path):
    n = num(f)
    if n == 297: check_adr(f, raw)
    if n == 298: check_topics(f, raw)
    if n == 299: check_poster(f, raw)
    if n == 300: check_glossary(f, raw)
    if n == 301: check_handover(f, raw)
    if n == 302: check_jtd(f, raw)
    if n == 303: check_turnitin(f, raw)
    if n == 304: check_jrnl(f, raw)
    if n == 305: check_docx(f, path)
    if n == 306: check_koha(f, raw)


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
        raw = read_raw(path)
    except UnicodeDecodeError as ex:
        errors.append(f"{f}: not UTF-8: {ex}"); raw = open(path, encoding="utf-8", errors="replace", newline="").read()
    except (zipfile.BadZipFile, KeyError) as ex:
        errors.append(f"{f}: package unreadable: {ex}"); raw = ""
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
    for oid in sorted(set(re.findall(r"openreview\.net/(?:forum|pdf)\?id(?:=3D|=|%3D)([\w-]+)(?![\w-]*…)", alltext))):
        if oid not in labelled: errors.append(f"{f}: unlabelled OpenReview id {oid}")
    rec_keys = {r["true_arxiv_id"] or r["title"] for r in recs}
    rec_titles = {r["title"].lower() for r in recs}
    for e in list(pool.values()) + distract:
        if e["title"] and len(e["title"]) > 12 and norm(e["title"]) in ntext:
            if e.get("role") == "distractor" or ((e["arxiv_id"] or e["title"]) not in rec_keys and e["title"].lower() not in rec_titles):
                errors.append(f"{f}: unlabelled pool/distractor title {e['title']!r} ({e.get('role')})")
    if f.split("_")[1] == "negative" and recs: errors.append(f"{f}: a negative control with labels")

# reuse report: how often earlier labelled sets (digests-own = rounds 5-7, rounds 8-27) used each paper
used = Counter()
TD = "/work/main/tests/data"
earlier = [os.path.join(TD, d, "expected.json") for d in ["digests-own"] + [f"digests-round{k}" for k in range(8, 28)]]
for pth in earlier:
    if os.path.exists(pth):
        for recs in json.load(open(pth)).values():
            used.update({x["true_arxiv_id"] or x["title"].lower() for x in recs})
r23 = set()
p23 = os.path.join(TD, "digests-round27", "expected.json")
if os.path.exists(p23):
    r23 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(p23)).values() for x in recs}

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
print(f"earlier uses of the papers (digests-own, rounds 8-27): {dict(sorted(Counter(used[k] for k in allrecs).items()))}; "
      f"also in round27: {sum(1 for k in allrecs if k in r23)}; papers in more than one round28 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
