#!/usr/bin/env python3
r"""Checks round104/expected.json against the digests and the shared catalogues.

Adapted from round103/validate.py (the label checks are the same code; the reuse report is round103's with round104 /
round105 in place of round103 / round102: round104 holds the even positions from 2; the readers and shape checks are
new). The reuse report counts every /work/main/tests/data/*/expected.json except round104's and round105's own (a
digests-round104 / digests-round105 folder, or a file whose bytes equal round104's or round105's expected.json) — a
file whose bytes equal one already counted is counted once — and checks the split: round104 holds the even positions
of the candidates sorted by (uses, catalogue title), position 1 left out, as one run from position 2 up to its last
paper; it fails on a paper shared with round105's expected.json (read only, from /work/rounds/digests-round105/ or
/work/main/tests/data/digests-round105/, when it exists), and on a paper in more than one round104 file.
Every digest is read raw (UTF-8, line ends kept; 1062 after its BOM) and in decoded forms: 1059 the decoded Subject
and From and both MIME parts (base64, GBK); 1061 the .bib with TeX braces dropped; 1062 every CSV cell; everything:
HTML entities undone once and twice, percent-escapes undone. Titles are matched after whitespace normalisation and
case-blind; a title found only that way (or only in a decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level):
1057 itslearning plans copy (LF, final newline; the student's note, then the page chrome line for line; "Vis: Alle
planer (N)" = the rows; the table header; rows as Chrome copies them — a row starts `Uke N – …<TAB>`, holds exactly
three TABs, may run over lines —; Tid = Monday–Friday of ISO week N in the course's year; weeks rising; deadlines
real dates; the footer last);
1058 GitFlic page copy (LF, final newline; site bar, project header, counters as integers, tabs, branch bar; the
last commit's message and age = the newest file row's; directories before files, files in byte order; Russian plural
agreement of every "N … назад"; README: the contents list = the section headings in order; each table the six-column
header and rows of six TAB-separated cells, years rising, the link cell `PDF`, `—`, an http(s) URL or
`arXiv:<id>`; the footer last);
1059 Coremail forward (CRLF only, no bare LF; the header block: two Received lines — the webmail one
`from <user>$<domain> ( [ip] ) by ajax-webmail-… (Coremail)` for the From address, X-Originating-IP the same ip —, a
DKIM-Signature for the From domain whose bh is the relaxed body hash, Date = the webmail Received time ≤ the MX one,
Coremail X-Mailer, a Coremail Message-ID for the From address, GBK encoded-words; multipart/alternative with the
declared boundary: text/plain then text/html, both GBK base64 in lines of at most 76; the Subject = "转发：" + the
forwarded 主题; the forward block's 发送日期 before Date; the listing entries `\\` / `arXiv:<id> (*kind*)` / date line
with size / blank / Title / Authors / Categories / Comments / abstract (new and cross-listed only) / `\\ ( https://arxiv.org/abs/<id> ,  <size>kb)`
with the same id and size, cross-lists after `%%--`, replacements after `%%%---`, ruled off with 78 dashes; the HTML
part's text = the plain part's, whitespace aside; NetEase's footer span);
1060 pdftotext JSAI pages (LF; a form feed after every page; each page the running header first and `- n -` last,
n consecutive; one 参考文献; references `[Label YY] …` — continuation lines never start with `[`, no line ends in a
hyphenated word, lines at most 52 columns unless one token —, labels unique, Latin labels in order, each entry's last
`(YYYY)` = its label's year; the body's citations = the labels; Japanese lines at most 50 columns (+ one kinsoku
character), none starting with closing punctuation);
1061 bibtool output (LF, final newline; the @Comment first; entries separated by one blank line, byte-equal to
bibtool's layout of their parsed fields — key and values at column 18 by TABs then spaces, lines ≤ 77 cut at spaces and
continued after `\t\t  `, digits unbraced, no comma after the last field —; capitalised types; lower-case field names;
keys = `<surname>.<surname>[.ea]:<first title word>` from author and title, unique, sorted; braces balanced);
1062 ONLYOFFICE CSV (BOM; byte-equal to a minimal-quoting CSV writer with CRLF row ends, LF inside quoted cells; every
row as wide as the header; the header; # = 1..n, then empty rows, then the update note alone; dates YYYY/MM/DD real
and rising; status from the sheet's set, presented rows not after the update date, upcoming ones after it; link cell
empty, http(s) URL or `arXiv:<id>`);
1063 Stack Overflow em Português copy (LF, final newline; the chrome; title, asked / modified / viewed; posts framed by
a score line and "Adicione um comentário"; cards `editada|perguntada|respondida DD/MM/AAAA às HH:MM`, name, reputation
line; an author's own edit as its date line alone; comments `text – name date` by card names, not before their post; edits not before their post; answers not
before the question; "N Respostas" (singular for one) = the answers, sorted by score; the three sort options; the
"Veja outras perguntas com a tag …" line = the question's tags; the footer's `rev` line last);
1064 Joomla page saved by Chrome (LF, no final newline; doctype, then `<!-- saved from url=(NNNN)URL -->` with NNNN =
the URL's length; Chrome's Content-Type meta first in <head>; Joomla's generator meta; stylesheets / scripts / icons
in the page's `_files/` folder; the joomla-script-options JSON parses and escapes every `/`; boolean attributes as
`=""`; HTML balanced; anchors absolute, `#top` or mailto; target=_blank with rel=noopener noreferrer in the article;
the body's itemid = the menu's current item; breadcrumbs positions 1..n, the last = the headline; `<time>` = the Spanish
date shown; hits meta = the hits shown; the sessions table weekly on Thursdays, 4 cells or a colspan=3 holiday);
1065 Postype copy (LF, final newline; the site bar; channel, subscribe, title, subtitle, author, YYYY.MM.DD HH:MM,
series `시리즈 <name> · n`; one tag line of `#…` tokens; 좋아요 / 댓글 N / 공유하기; the channel's other posts in the
same series with lower numbers and earlier dates; 댓글 N = the comments listed, replies marked 답글 after a comment,
dates rising from the post's; the footer last);
1066 Moosend web version (LF, final newline; XHTML transitional doctype, lang el; HTML balanced; the hidden preheader
first in <body>; every tracked link `…/c/<campaign>/<n>?sid=<subscriber>&amp;u=<percent-encoded URL>` with n = 1, 2, …
in order, the first the web version; unsubscribe and preferences links for the same campaign and subscriber).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""

import base64, csv, email, hashlib, html, io, json, os, re, sys, unicodedata
import datetime as dt
from collections import Counter
from email import policy
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


VOID = {"meta", "link", "br", "img", "input", "hr", "source", "col", "area", "base", "wbr"}


def html_balanced(f, s):
    s = re.sub(r"<!--.*?-->", "", s, flags=re.S)
    s = re.sub(r"<(script|style)\b[^>]*>.*?</\1>", "", s, flags=re.S)
    stack = []
    for m in re.finditer(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>", s):
        close, tag, attrs = m.group(1), m.group(2).lower(), m.group(3)
        if tag in VOID:
            if close: errors.append(f"{f}: closing tag for void <{tag}>")
            continue
        if attrs.rstrip().endswith("/"): continue
        if not close: stack.append(tag)
        elif not stack or stack.pop() != tag: errors.append(f"{f}: </{tag}> unbalanced near {s[max(0, m.start() - 60):m.start()]!r}"); return
    if stack: errors.append(f"{f}: {stack} not closed")


# ---------------------------------------------------------------- readers (raw text and decoded forms)
def read_raw(f, path):
    b = open(path, "rb").read()
    if num(f) == 1062:
        if not b.startswith(b"\xef\xbb\xbf"): errors.append(f"{f}: no UTF-8 BOM (ONLYOFFICE writes one)")
        b = b[3:] if b.startswith(b"\xef\xbb\xbf") else b
    return b.decode("utf-8")


def mime_texts(raw):
    m = email.message_from_bytes(raw.encode("utf-8"), policy=policy.default)
    out = [str(m["Subject"]), str(m["From"])]
    for p in m.walk():
        if p.get_content_maintype() == "text": out.append(p.get_content())
    return out


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n == 1059: forms += mime_texts(raw)
    if n == 1061: forms.append(raw.replace("{", "").replace("}", ""))
    if n == 1062: forms.append("\n".join(c for r in csv.reader(io.StringIO(raw, newline="")) for c in r))
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
# ---- 1057 itslearning
IT_CHROME = ["Hopp til hovedinnhold", "itslearning", "Kurs", "Kalender", "Oppgaver", "Meldinger", "Varsler"]
IT_COURSE = ["Oversikt", "Ressurser", "Planer", "Status og oppfølging", "Deltakere", "Kalender", "Mer", "Planer"]
IT_FOOT = ["itslearning", "Personvern", "Tilgjengelighetserklæring", "Hjelp"]


def check_itslearning(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    if "Hopp til hovedinnhold" not in ls: errors.append(f"{f}: no page chrome"); return
    i = ls.index("Hopp til hovedinnhold")
    if i == 0 or ls[i - 1] != "": errors.append(f"{f}: the student's note is not separated from the paste")
    if ls[i:i + 7] != IT_CHROME: errors.append(f"{f}: top bar {ls[i:i + 7]}")
    if not re.fullmatch(r"[A-ZÆØÅ]{2}", ls[i + 7]) or len(ls[i + 8].split()) < 2 or \
            "".join(w[0] for w in ls[i + 8].split()[:2]) != ls[i + 7]: errors.append(f"{f}: avatar initials {ls[i + 7]!r} for {ls[i + 8]!r}")
    m = re.fullmatch(r"[A-Z]{3}\d{3} .+ \((vår|høst) (\d{4})\)", ls[i + 9])
    if not m: errors.append(f"{f}: course line {ls[i + 9]!r}"); return
    year = int(m.group(2))
    if ls[i + 10:i + 18] != IT_COURSE: errors.append(f"{f}: course menu {ls[i + 10:i + 18]}")
    if not ls[i + 18].startswith("Emne: ") or ls[i + 19:i + 21] != ["Skriv ut", "Eksporter"]: errors.append(f"{f}: topic / buttons")
    mv = re.fullmatch(r"Vis: Alle planer \((\d+)\)", ls[i + 21])
    if not mv: errors.append(f"{f}: 'Vis: Alle planer (n)' missing"); return
    if ls[i + 22] != "Plan\tTid\tBeskrivelse\tRessurser og aktiviteter": errors.append(f"{f}: table header {ls[i + 22]!r}")
    if ls[-4:] != IT_FOOT: errors.append(f"{f}: footer {ls[-4:]}")
    rows, cur = [], None
    for l in ls[i + 23:-4]:
        if re.match(r"Uke \d+ – [^\t]+\t", l):
            cur = [l]; rows.append(cur)
        elif cur is None: errors.append(f"{f}: text before the first row: {l!r}")
        else: cur.append(l)
    if len(rows) != int(mv.group(1)): errors.append(f"{f}: {len(rows)} plans, the page says {mv.group(1)}")
    last = 0
    for r in rows:
        txt = "\n".join(r)
        cells = txt.split("\t")
        if len(cells) != 4: errors.append(f"{f}: row {r[0][:30]!r} has {len(cells) - 1} TABs"); continue
        wk = int(re.match(r"Uke (\d+)", cells[0]).group(1))
        mon = dt.date.fromisocalendar(year, wk, 1)
        want = f"{mon:%d.%m.%Y} – {mon + dt.timedelta(days=4):%d.%m.%Y}"
        if cells[1] != want: errors.append(f"{f}: Uke {wk}: Tid {cells[1]!r}, ISO week {wk} is {want!r}")
        if wk <= last: errors.append(f"{f}: weeks not rising at Uke {wk}")
        last = wk
        for d in re.findall(r"frist (\d\d\.\d\d\.\d{4}) kl\. (\d\d:\d\d)", txt):
            try: dt.datetime.strptime(" ".join(d), "%d.%m.%Y %H:%M")
            except ValueError: errors.append(f"{f}: deadline {d}")


# ---- 1058 GitFlic
GF_TOP = ["Перейти к содержимому", "GitFlic", "Проекты", "Компании", "Пользователи", "Поиск", "Войти", "Регистрация"]
GF_FOOT = ["© 2024 GitFlic", "О сервисе", "Документация", "Поддержка", "Пользовательское соглашение"]
RU_UNITS = {"день": ("день", "дня", "дней", 1), "месяц": ("месяц", "месяца", "месяцев", 30), "год": ("год", "года", "лет", 365),
            "час": ("час", "часа", "часов", 1 / 24), "минуту": ("минуту", "минуты", "минут", 1 / 1440)}


def ru_plural(n, forms):
    if n % 10 == 1 and n % 100 != 11: return forms[0]
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14: return forms[1]
    return forms[2]


def ru_age(f, s):
    m = re.fullmatch(r"(\d+) (\S+) назад", s)
    if not m: errors.append(f"{f}: age {s!r}"); return None
    n, w = int(m.group(1)), m.group(2)
    for forms in RU_UNITS.values():
        if w in forms[:3]:
            if ru_plural(n, forms) != w: errors.append(f"{f}: {s!r}: {n} needs «{ru_plural(n, forms)}»")
            return n * forms[3]
    errors.append(f"{f}: age unit {w!r}"); return None


def check_gitflic(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    if ls[:8] != GF_TOP: errors.append(f"{f}: site bar {ls[:8]}")
    owner, slash, repo, vis = ls[8:12]
    if slash != "/" or not re.fullmatch(r"[a-z0-9][a-z0-9-]*", owner) or not re.fullmatch(r"[a-z0-9][a-z0-9._-]*", repo): errors.append(f"{f}: project path {ls[8:11]}")
    if vis not in ("Публичный", "Приватный"): errors.append(f"{f}: visibility {vis!r}")
    if ls[13] != "Звёзды" or ls[15] != "Форки" or not ls[14].isdigit() or not ls[16].isdigit(): errors.append(f"{f}: stars / forks {ls[13:17]}")
    if ls[17:25] != ["Код", "Задачи", ls[19], "Запросы на слияние", ls[21], "Релизы", "Вики", ls[24]] or not ls[19].isdigit() or not ls[21].isdigit():
        errors.append(f"{f}: tabs {ls[17:24]}")
    if not re.fullmatch(r"Ветки \d+", ls[25]) or not re.fullmatch(r"Теги \d+", ls[26]) or not re.fullmatch(r"Коммиты \d+", ls[27]) or ls[28] != "Клонировать":
        errors.append(f"{f}: branch bar {ls[24:29]}")
    mc = re.fullmatch(r"([0-9a-f]{8}) (.+)", ls[29])
    if not mc: errors.append(f"{f}: last commit {ls[29]!r}"); return
    last_age = ru_age(f, ls[31])
    files, j = [], 32
    while j < len(ls) and ls[j].count("\t") == 2:
        files.append(ls[j].split("\t")); j += 1
    if not files: errors.append(f"{f}: no file table"); return
    ages = [(ru_age(f, a), n, msg) for n, msg, a in files]
    newest = min((a for a in ages if a[0] is not None), default=None)
    if newest and (newest[0] != last_age or newest[2] != mc.group(2)): errors.append(f"{f}: the last commit is not the newest file row's")
    names_ = [n for n, _, _ in files]
    nd = next((i for i, n in enumerate(names_) if "." in n or n != n.lower()), len(names_))
    dirs, fl = names_[:nd], names_[nd:]
    if fl != sorted(fl) or dirs != sorted(dirs): errors.append(f"{f}: file rows not directories first, then files in byte order")
    if ls[j] != "README.md": errors.append(f"{f}: README.md heading missing"); return
    if ls[-5:] != GF_FOOT: errors.append(f"{f}: footer {ls[-5:]}")
    rd = ls[j + 1:-5]
    if "Содержание" not in rd: errors.append(f"{f}: no contents list"); return
    k = rd.index("Содержание") + 1
    toc = []
    while rd[k] not in toc and "\t" not in rd[k]:
        toc.append(rd[k]); k += 1
    heads = [l for l in rd[k:] if l in toc]
    if heads != toc: errors.append(f"{f}: contents {toc} vs headings {heads}")
    HDR = "Год\tСтатья\tКонференция\tСсылка\tКод\tКомментарий"
    years = None
    for l in rd[k:]:
        if l == HDR: years = []; continue
        if "\t" in l:
            c = l.split("\t")
            if years is None or len(c) != 6: errors.append(f"{f}: table row {l[:40]!r}"); continue
            if not re.fullmatch(r"\d{4}", c[0]) or (years and c[0] < years[-1]): errors.append(f"{f}: year {c[0]} out of order")
            years.append(c[0])
            if not (c[3] in ("PDF", "—") or re.fullmatch(r"https?://\S+", c[3]) or re.fullmatch(r"arXiv:\d{4}\.\d{4,5}", c[3])): errors.append(f"{f}: link cell {c[3]!r}")
            mv = re.search(r"(\d{4})$", c[2])
            if mv and mv.group(1) < c[0]: errors.append(f"{f}: venue {c[2]} before year {c[0]}")
        else:
            years = None


# ---- 1059 Coremail forward
SEP78 = "-" * 78


def relaxed_body(b):
    ls = [re.sub(r"[ \t]+", " ", l).rstrip(" \t") for l in b.split("\r\n")]
    while ls and ls[-1] == "": ls.pop()
    return ("\r\n".join(ls) + "\r\n").encode() if ls else b""


def check_coremail(f, raw):
    if re.search(r"(?<!\r)\n", raw) or re.search(r"\r(?!\n)", raw): errors.append(f"{f}: line ends not CRLF")
    hdr, _, body = raw.partition("\r\n\r\n")
    fields = []
    for l in hdr.split("\r\n"):
        if l[:1] in (" ", "\t") and fields: fields[-1][1] += "\r\n" + l
        else:
            k, _, v = l.partition(":")
            fields.append([k, v.lstrip(" ")])
    H = {}
    for k, v in fields: H.setdefault(k.lower(), []).append(v)
    m = email.message_from_bytes(raw.encode("ascii", "replace"), policy=policy.default)
    frm = m["From"].addresses[0].addr_spec if m["From"] else ""
    user, _, dom = frm.partition("@")
    rec = H.get("received", [])
    if len(rec) != 2: errors.append(f"{f}: {len(rec)} Received lines"); return
    wm = re.fullmatch(r"from (\S+)\$(\S+) \( \[([\d.]+)\] \) by\r\n ajax-webmail-\w+ \(Coremail\) ; (.+)", rec[1])
    if not wm or wm.group(1) != user or wm.group(2) != dom: errors.append(f"{f}: webmail Received line {rec[1]!r}")
    elif H.get("x-originating-ip") != [f"[{wm.group(3)}]"]: errors.append(f"{f}: X-Originating-IP is not the webmail client's")
    mx = re.search(r";\s*(\w{3}, [ \d]\d \w{3} \d{4} [\d:]{8} [+-]\d{4})", rec[0])
    try:
        d_hdr = email.utils.parsedate_to_datetime(H["date"][0])
        if wm and email.utils.parsedate_to_datetime(wm.group(4)) != d_hdr: errors.append(f"{f}: Date is not the webmail Received time")
        if not mx or email.utils.parsedate_to_datetime(mx.group(1)) < d_hdr: errors.append(f"{f}: MX Received before Date")
    except (KeyError, TypeError, ValueError):
        errors.append(f"{f}: Date / Received times unreadable"); d_hdr = None
    dk = "".join(H.get("dkim-signature", [""])[0].split())
    kv = dict(x.split("=", 1) for x in dk.split(";") if "=" in x)
    if kv.get("d") != dom: errors.append(f"{f}: DKIM d={kv.get('d')} is not the From domain")
    if kv.get("bh") != base64.b64encode(hashlib.sha256(relaxed_body(body)).digest()).decode(): errors.append(f"{f}: DKIM bh is not the body's relaxed hash")
    if "Coremail Webmail Server" not in H.get("x-mailer", [""])[0]: errors.append(f"{f}: X-Mailer")
    mid = re.fullmatch(r"<[0-9a-f]+\.[0-9a-f]+\.[0-9a-f]+\.Coremail\.(\S+)>", H.get("message-id", [""])[0])
    if not mid or mid.group(1) != frm: errors.append(f"{f}: Message-ID is not Coremail's for {frm}")
    for k in ("subject", "from"):
        if "=?GBK?B?" not in H.get(k, [""])[0]: errors.append(f"{f}: {k} not a GBK encoded-word")
    bm = re.search(r'boundary="([^"]+)"', H.get("content-type", [""])[0])
    if not bm or not H["content-type"][0].startswith("multipart/alternative;"): errors.append(f"{f}: not multipart/alternative"); return
    B = bm.group(1)
    chunks = body.split("--" + B)
    if chunks[0] != "" or chunks[-1] != "--\r\n" or len(chunks) != 4: errors.append(f"{f}: MIME parts not framed by the boundary"); return
    texts = []
    for c, sub in zip(chunks[1:3], ("plain", "html")):
        ph, _, pb = c[2:].partition("\r\n\r\n")
        if ph != f"Content-Type: text/{sub}; charset=GBK\r\nContent-Transfer-Encoding: base64": errors.append(f"{f}: part headers {ph!r}")
        bl = pb.rstrip("\r\n").split("\r\n")
        if any(len(x) > 76 for x in bl) or any(len(x) != 76 for x in bl[:-1]): errors.append(f"{f}: base64 lines not cut at 76")
        try: texts.append(base64.b64decode("".join(bl), validate=True).decode("gbk"))
        except (ValueError, UnicodeDecodeError) as ex: errors.append(f"{f}: {sub} part: {ex}"); return
    plain, hpart = texts
    if re.search(r"(?<!\r)\n", plain): errors.append(f"{f}: plain part not CRLF")
    pl = plain.replace("\r\n", "\n")
    subj = str(m["Subject"])
    fb = re.search(r"-------- 转发邮件信息 --------\n发件人：(.+)\n发送日期：(\S+ \S+)\n收件人：(.+)\n主题：(.+)\n", pl)
    if not fb: errors.append(f"{f}: no forward block"); return
    if subj != "转发：" + fb.group(4): errors.append(f"{f}: Subject {subj!r} is not 转发：+ {fb.group(4)!r}")
    if d_hdr and dt.datetime.strptime(fb.group(2), "%Y-%m-%d %H:%M:%S").replace(tzinfo=d_hdr.tzinfo) > d_hdr: errors.append(f"{f}: forwarded mail after the forward")
    lst = pl[fb.end():]
    stage = "new"
    for blk in re.split(r"\n(?=\\\\\narXiv:)", lst)[1:]:
        pre = lst[:lst.find(blk)]
        stage = "replaced" if "%%%---" in pre else "cross-listing" if "%%--" in pre else "new"
        em = re.match(r"\\\\\narXiv:(\d{4}\.\d{4,5})(?: \(\*([\w-]+)\*\))?\n(Date: .+|replaced with revised version .+)   \((\d+)kb(?:,\w)?\)\n\nTitle: (.+(?:\n  .+)*)\nAuthors: (.+(?:\n  .+)*)\nCategories: ([\w.\- ]+)\n(?:Comments: .+(?:\n  .+)*\n)?(\\\\\n(?:.+\n)+)?\\\\ \( https://arxiv\.org/abs/(\S+) ,  (\d+)kb\)\n" + SEP78 + "\n", blk + "\n")
        if not em: errors.append(f"{f}: listing entry {blk[:40]!r} not in arXiv's form"); continue
        aid, kind, _, size, _, _, _, abst, aid2, size2 = em.groups()
        if aid != aid2 or size != size2: errors.append(f"{f}: {aid}: closing line {aid2} {size2}kb")
        if (kind or "new") != stage: errors.append(f"{f}: {aid}: {kind or 'new'} entry in the {stage} section")
        if bool(abst) == (stage == "replaced"): errors.append(f"{f}: {aid}: abstract {'in a replacement' if abst else 'missing'}")
    ht = re.sub(r"<br>|</div>|</p>", "\n", hpart)
    ht = html.unescape(re.sub(r"<[^>]+>", "", ht))
    if " ".join(ht.split()) != " ".join(plain.split()): errors.append(f"{f}: HTML part's text differs from the plain part's")
    if '<span title="neteasefooter">' not in hpart: errors.append(f"{f}: no neteasefooter span")


# ---- 1060 pdftotext JSAI
JSAI_HEAD = "The 38th Annual Conference of the Japanese Society for Artificial Intelligence, 2024"
NO_START = set("，．、。）」』：；？！ー")


def vw(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def check_jsai(f, raw):
    lf_final(f, raw, final=False)
    if not raw.endswith("\f"): errors.append(f"{f}: no form feed after the last page")
    pages = raw.split("\f")[:-1]
    body, refs, seen_refs, pn = [], [], False, None
    for p in pages:
        ls = p.split("\n")
        if ls[-1] != "": errors.append(f"{f}: a page not ending with a newline before the form feed")
        ls = ls[:-1]
        if ls[0] != JSAI_HEAD: errors.append(f"{f}: page without the running header")
        m = re.fullmatch(r"- (\d+) -", ls[-1])
        if not m: errors.append(f"{f}: page without its number last"); continue
        if pn is not None and int(m.group(1)) != pn + 1: errors.append(f"{f}: page numbers not consecutive")
        pn = int(m.group(1))
        for l in ls[1:-1]:
            if l == "参考文献":
                if seen_refs: errors.append(f"{f}: two 参考文献")
                seen_refs = True
            elif seen_refs: refs.append(l)
            else: body.append(l)
    if not seen_refs: errors.append(f"{f}: no 参考文献"); return
    ents = []
    for l in refs:
        if re.match(r"\[[^\]]+ \d\d\] ", l): ents.append([l])
        elif not ents: errors.append(f"{f}: reference text before the first label")
        else:
            if l.startswith("["): errors.append(f"{f}: continuation line starting with '[': {l!r}")
            ents[-1].append(l)
        if re.search(r"[A-Za-z]-$", l): errors.append(f"{f}: hyphenated line end {l!r}")
        if vw(l) > 52 and " " in l: errors.append(f"{f}: reference line wider than the column: {l!r}")
    labels = []
    for e_ in ents:
        t = " ".join(e_)
        lab = re.match(r"\[([^\]]+)\]", t).group(1)
        if lab in labels: errors.append(f"{f}: label {lab} twice")
        labels.append(lab)
        ys = re.findall(r"\((\d{4})\)", t)
        if not ys or ys[-1][2:] != lab[-2:]: errors.append(f"{f}: [{lab}] year {ys[-1:] } does not match")
    lat = [re.sub(r"^von ", "", l).lower() for l in labels if l.isascii()]
    if lat != sorted(lat): errors.append(f"{f}: Latin labels not in order: {lat}")
    bt = "\n".join(body)
    cited = set(re.findall(r"\[([^\]\n]+ \d\d)\]", bt))
    if cited != set(labels): errors.append(f"{f}: cited {sorted(cited - set(labels))} not listed, listed {sorted(set(labels) - cited)} not cited")
    for l in body:
        if l and l[0] in NO_START: errors.append(f"{f}: line starting with {l[0]!r}")
        if not l.isascii() and vw(l) > 52 and not l.startswith("表"): errors.append(f"{f}: body line wider than the column: {l!r}")


# ---- 1061 bibtool
BT_TYPES = {"Article", "InProceedings", "Misc", "Book", "InCollection", "TechReport", "PhdThesis", "MastersThesis", "Online"}
STOP = {"a", "an", "the", "on", "of", "and", "for", "to", "in", "with"}


def bt_col(s):
    c = 0
    for ch in s:
        c = (c // 8 + 1) * 8 if ch == "\t" else c + 1
    return c


def bt_tabs(prefix, target=16):
    t = ""
    while bt_col(prefix + t) < target: t += "\t"
    return t


def bt_field(name, value, last):
    head = "  " + name
    head += bt_tabs(head) + "= "
    text = (value if re.fullmatch(r"\d+", value) else "{" + value + "}") + ("" if last else ",")
    lines, cur = [], head
    for w in text.split(" "):
        fresh = cur.endswith("= ") or cur == "\t\t  "
        cand = cur + ("" if fresh else " ") + w
        if bt_col(cand) > 77 and not fresh:
            lines.append(cur); cur = "\t\t  " + w
        else: cur = cand
    lines.append(cur)
    return lines


def bt_plain(s):
    s = re.sub(r"\{\\c\{(\w)\}\}", lambda m: {"c": "ç"}.get(m.group(1), m.group(1)), s)
    s = re.sub(r"\{\\'(\w)\}", lambda m: {"e": "é"}.get(m.group(1), m.group(1)), s)
    return s.replace("{", "").replace("}", "")


def bt_key(author, title):
    names = [n.strip() for n in bt_plain(author).split(" and ")]
    sur = [re.sub(r"[^a-z]", "", n.split()[-1].lower().translate(str.maketrans("çéöüşğı", "ceousgi"))) for n in names]
    words = [re.sub(r"[^a-z0-9]", "", w.lower()) for w in bt_plain(title).split()]
    return ".".join(sur[:2]) + (".ea" if len(sur) > 2 else "") + ":" + next((w for w in words if w and w not in STOP), "")


def check_bibtool(f, raw):
    lf_final(f, raw)
    if not raw.startswith("@Comment{"): errors.append(f"{f}: the @Comment is not first"); return
    com, _, rest = raw.partition("}\n")
    chunks = rest.split("\n\n") if rest.startswith("\n") else None
    if chunks is None: errors.append(f"{f}: no blank line after the @Comment"); return
    keys_ = []
    for ch in ("\n" + rest[1:]).split("\n\n")[0:]:
        ch = ch.strip("\n")
        if not ch: continue
        ls = ch.split("\n")
        m = re.fullmatch(r"@(\w+)\{(\t+)  ([^,\s]+),", ls[0])
        if not m or bt_col("@" + m.group(1) + "{" + m.group(2)) != 16: errors.append(f"{f}: entry head {ls[0]!r}"); continue
        typ, key = m.group(1), m.group(3)
        if typ not in BT_TYPES: errors.append(f"{f}: {key}: type @{typ} not capitalised as bibtool prints it")
        if ls[-1] != "}": errors.append(f"{f}: {key}: no closing brace line"); continue
        fields, cur = [], None
        for l in ls[1:-1]:
            fm = re.match(r"  ([A-Za-z]+)\t+= (.*)$", l)
            if fm: cur = [fm.group(1), fm.group(2)]; fields.append(cur)
            elif l.startswith("\t\t  ") and cur: cur[1] += " " + l[4:]
            else: errors.append(f"{f}: {key}: line {l!r}")
        vals = {}
        for i, (n, v) in enumerate(fields):
            last = i == len(fields) - 1
            if not last and not v.endswith(","): errors.append(f"{f}: {key}: no comma after {n}")
            if last and v.endswith(","): errors.append(f"{f}: {key}: a comma after the last field")
            v = v[:-1] if v.endswith(",") else v
            if n != n.lower(): errors.append(f"{f}: {key}: field name {n} not lower case")
            if re.fullmatch(r"\d+", v): vals[n] = v
            elif v.startswith("{") and v.endswith("}"):
                vals[n] = v[1:-1]
                if re.fullmatch(r"\d+", vals[n]): errors.append(f"{f}: {key}: number {n} braced")
                d = 0
                for c in vals[n]:
                    d += (c == "{") - (c == "}")
                    if d < 0: break
                if d != 0: errors.append(f"{f}: {key}: unbalanced braces in {n}")
            else: errors.append(f"{f}: {key}: value of {n} neither braced nor a number")
        want = [ls[0]] + [x for i, (n, v) in enumerate(vals.items()) for x in bt_field(n, v, i == len(vals) - 1)] + ["}"]
        if want != ls: errors.append(f"{f}: {key}: not laid out as bibtool lays it out")
        if "author" in vals and "title" in vals and bt_key(vals["author"], vals["title"]) != key:
            errors.append(f"{f}: key {key} is not {bt_key(vals['author'], vals['title'])}")
        keys_.append(key)
    if keys_ != sorted(keys_, key=str.lower): errors.append(f"{f}: entries not sorted by key")
    if len(set(keys_)) != len(keys_): errors.append(f"{f}: duplicate keys")
    if re.search(r"\n\n\n", raw): errors.append(f"{f}: more than one blank line between entries")


# ---- 1062 ONLYOFFICE CSV
OO_HEAD = ["#", "العنوان", "المؤلفون", "السنة", "المصدر", "الرابط / المعرّف", "يقدّمه", "تاريخ العرض", "الحالة", "ملاحظات"]
OO_STATUS = {"تم العرض", "القادم", "مقترح"}


def check_onlyoffice(f, raw):
    rows = list(csv.reader(io.StringIO(raw, newline="")))
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    if buf.getvalue() != raw: errors.append(f"{f}: not byte-equal to a minimal-quoting CSV with CRLF row ends")
    if not rows or rows[0] != OO_HEAD: errors.append(f"{f}: header {rows[:1]}"); return
    if any(len(r) != len(OO_HEAD) for r in rows): errors.append(f"{f}: rows of different widths")
    filled = [r for r in rows[1:] if r and r[0].isdigit()]
    if [r[0] for r in filled] != [str(i) for i in range(1, len(filled) + 1)]: errors.append(f"{f}: # column not 1..n")
    rest = rows[1 + len(filled):]
    if rows[1:1 + len(filled)] != filled or not rest or any(any(c for c in r) for r in rest[:-1]): errors.append(f"{f}: empty rows not between the table and the note")
    note = rest[-1] if rest else []
    mu = re.search(r"(\d{4}/\d\d/\d\d)", note[0] if note else "")
    if not mu or any(note[1:]): errors.append(f"{f}: the update note is not alone in the first column"); return
    upd = dt.datetime.strptime(mu.group(1), "%Y/%m/%d").date()
    last = None
    for r in filled:
        if r[8] not in OO_STATUS: errors.append(f"{f}: row {r[0]}: status {r[8]!r}")
        if r[3] and not re.fullmatch(r"\d{4}", r[3]): errors.append(f"{f}: row {r[0]}: year {r[3]!r}")
        if r[5] and not (re.fullmatch(r"https?://\S+", r[5]) or re.fullmatch(r"arXiv:\d{4}\.\d{4,5}", r[5])): errors.append(f"{f}: row {r[0]}: link cell {r[5]!r}")
        if r[7]:
            try: d = dt.datetime.strptime(r[7], "%Y/%m/%d").date()
            except ValueError: errors.append(f"{f}: row {r[0]}: date {r[7]!r}"); continue
            if last and d < last: errors.append(f"{f}: row {r[0]}: dates not rising")
            last = d
            if r[8] == "تم العرض" and d > upd: errors.append(f"{f}: row {r[0]}: presented after the last update")
            if r[8] == "القادم" and d <= upd: errors.append(f"{f}: row {r[0]}: upcoming but dated before the last update")


# ---- 1063 Stack Overflow em Português
SO_CHROME = ["Pular para o conteúdo principal", "Stack Overflow em Português", "Sobre", "Produtos", "Para equipes", "Pesquisar…",
             "Fazer login", "Cadastre-se", "Início", "Perguntas", "Tags", "Usuários", "Empresas", "Sem resposta"]
SO_SORT = ["Ordenado por:", "Pontuação mais alta (padrão)", "Data de modificação (mais recente primeiro)", "Data de criação (mais antiga primeiro)"]
SO_DATE = r"(\d\d/\d\d/\d{4}) às (\d\d:\d\d)"


def so_dt(f, d, t):
    try: return dt.datetime.strptime(d + " " + t, "%d/%m/%Y %H:%M")
    except ValueError: errors.append(f"{f}: date {d} {t}"); return None


def check_so(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    if ls[:14] != SO_CHROME: errors.append(f"{f}: chrome {ls[:14]}")
    title = ls[14]
    if ls[15] != "Faça uma pergunta" or not re.fullmatch(r"Perguntada há .+", ls[16]) or not re.fullmatch(r"Modificada há .+", ls[17]) \
            or not re.fullmatch(r"Vista \S+ vezes", ls[18]): errors.append(f"{f}: asked / modified / viewed {ls[15:19]}")
    posts, i = [], 19
    while i < len(ls) and re.fullmatch(r"-?\d+", ls[i]):
        j = ls.index("Adicione um comentário", i)
        posts.append(ls[i:j]); i = j + 1
        if len(posts) == 1:
            mr = re.fullmatch(r"(\d+) Respostas?", ls[i])
            if not mr: errors.append(f"{f}: no answer count after the question"); return
            if (mr.group(1) == "1") != ls[i].endswith("Resposta"): errors.append(f"{f}: {ls[i]!r}: singular / plural")
            if ls[i + 1:i + 5] != SO_SORT: errors.append(f"{f}: sort box {ls[i + 1:i + 5]}")
            n_ans, i = int(mr.group(1)), i + 5
    if not posts: errors.append(f"{f}: no posts"); return
    if len(posts) - 1 != n_ans: errors.append(f"{f}: {n_ans} Respostas but {len(posts) - 1} answers")
    scores = [int(p[0]) for p in posts[1:]]
    if scores != sorted(scores, reverse=True): errors.append(f"{f}: answers not sorted by score")
    qtime, tags = None, None
    names = {p[c + 1] for p in posts for c in range(len(p) - 1) if re.match(r"(editada|perguntada|respondida) " + SO_DATE + "$", p[c])}
    for k, p in enumerate(posts):
        kind = "perguntada" if k == 0 else "respondida"
        try: s = p.index("Compartilhar")
        except ValueError: errors.append(f"{f}: post {k}: no Compartilhar"); continue
        if p[s + 1:s + 3] != ["Melhore esta pergunta" if k == 0 else "Melhore esta resposta", "Seguir"]: errors.append(f"{f}: post {k}: actions {p[s + 1:s + 3]}")
        if k == 0:
            tags = p[s - 5:s] if all(re.fullmatch(r"[a-zà-ú0-9.-]+", t) for t in p[s - 5:s]) else None
        cards, c = {}, s + 3
        if re.fullmatch(r"editada " + SO_DATE, p[c]) and re.match(r"(perguntada|respondida) ", p[c + 1]):
            m = re.match(r"editada " + SO_DATE, p[c]); cards["editada"] = (so_dt(f, m.group(1), m.group(2)), None); c += 1
        while c + 2 < len(p) and re.match(r"(editada|perguntada|respondida) " + SO_DATE + "$", p[c]):
            m = re.match(r"(\w+) " + SO_DATE, p[c])
            if not re.fullmatch(r"[\d.,]+(mil)?( \d+){0,3}", p[c + 2]): errors.append(f"{f}: post {k}: reputation line {p[c + 2]!r}")
            cards[m.group(1)] = (so_dt(f, m.group(2), m.group(3)), p[c + 1]); c += 3
        if kind not in cards: errors.append(f"{f}: post {k}: no '{kind}' card"); continue
        when = cards[kind][0]
        if k == 0: qtime = when
        elif qtime and when and when < qtime: errors.append(f"{f}: answer {k} before the question")
        if "editada" in cards and when and cards["editada"][0] and cards["editada"][0] < when: errors.append(f"{f}: post {k}: edited before written")
        for l in p[c:]:
            cm = re.fullmatch(r"(.+) – (.+) " + SO_DATE, l)
            if not cm: errors.append(f"{f}: post {k}: comment line {l!r}"); continue
            if cm.group(2) not in names: errors.append(f"{f}: post {k}: comment by {cm.group(2)!r}, no card for them")
            t_ = so_dt(f, cm.group(3), cm.group(4))
            if t_ and when and t_ < when: errors.append(f"{f}: post {k}: comment before the post")
    rest = ls[i:]
    see = next((l for l in rest if l.startswith("Ainda não encontrou a resposta?")), "")
    if tags is None or see != f"Ainda não encontrou a resposta? Veja outras perguntas com a tag {' '.join(tags)} ou faça sua própria pergunta.":
        errors.append(f"{f}: the 'outras perguntas com a tag' line is not the question's tags")
    if not re.search(r"rev \d{4}\.\d+\.\d+\.\d+$", ls[-1]): errors.append(f"{f}: the footer's rev line is not last")


# ---- 1064 Joomla saved by Chrome
ES_MESES = ["Enero", "Febrero", "Marzo", "Abril", "Mayo", "Junio", "Julio", "Agosto", "Septiembre", "Octubre", "Noviembre", "Diciembre"]


def check_joomla(f, raw):
    lf_final(f, raw, final=False)
    m = re.match(r"<!DOCTYPE html>\n<!-- saved from url=\((\d{4})\)(\S+) -->\n", raw)
    if not m: errors.append(f"{f}: no doctype + mark-of-the-web"); return
    if int(m.group(1)) != len(m.group(2)): errors.append(f"{f}: saved-from length {m.group(1)} is not {len(m.group(2))}")
    if not re.search(r'<head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">', raw): errors.append(f"{f}: Chrome's Content-Type meta not first in <head>")
    if '<meta name="generator" content="Joomla! - Open Source Content Management">' not in raw: errors.append(f"{f}: no Joomla generator meta")
    html_balanced(f, raw)
    if re.search(r"<[a-z]+[^>]*\s(itemscope|defer|nomodule)(?=[\s>])(?!=)", raw): errors.append(f"{f}: a boolean attribute not serialised as =\"\"")
    for u in re.findall(r'<(?:link|script)[^>]*(?:href|src)="([^"]+)"', raw):
        if not re.match(r"\./[^/]+_files/[\w.-]+$", u): errors.append(f"{f}: resource {u!r} not in the _files folder")
    for u in re.findall(r'<a [^>]*href="([^"]+)"', raw):
        if not (re.match(r"https?://", u) or u == "#top" or u.startswith("mailto:")): errors.append(f"{f}: anchor {u!r} not absolute")
    art = re.search(r'<div itemprop="articleBody"[^>]*>(.*?)</div>\s*<ul class="tags', raw, re.S)
    if not art: errors.append(f"{f}: no article body"); return
    for a in re.findall(r"<a [^>]*>", art.group(1)):
        if 'target="_blank"' in a and 'rel="noopener noreferrer"' not in a: errors.append(f"{f}: {a}: target _blank without rel")
    oj = re.search(r'<script type="application/json" class="joomla-script-options new">(.*?)</script>', raw)
    try:
        o = json.loads(oj.group(1))
        if re.search(r"(?<!\\)/", oj.group(1)): errors.append(f"{f}: joomla-script-options with an unescaped /")
        if not o["system.paths"]["rootFull"].startswith("https://"): errors.append(f"{f}: rootFull")
    except (AttributeError, ValueError, KeyError, TypeError): errors.append(f"{f}: joomla-script-options not JSON")
    bi = re.search(r'<body class="[^"]*\bitemid-(\d+)\b', raw)
    cur = re.findall(r'<li class="nav-item item-(\d+)[^"]*\bcurrent active"', raw)
    if not bi or cur != [bi.group(1)]: errors.append(f"{f}: body itemid {bi and bi.group(1)} is not the current menu item {cur}")
    pos = [int(x) for x in re.findall(r'<meta itemprop="position" content="(\d+)">', raw)]
    if pos != list(range(1, len(pos) + 1)): errors.append(f"{f}: breadcrumb positions {pos}")
    last = re.findall(r'<li aria-current="page"[^>]*><span itemprop="name">([^<]+)</span>', raw)
    h1 = re.search(r'<h1 itemprop="headline">([^<]+)</h1>', raw)
    if not h1 or last != [h1.group(1)]: errors.append(f"{f}: the last breadcrumb is not the headline")
    tm = re.search(r'<time datetime="(\d{4})-(\d\d)-(\d\d)T[\d:]{8}[+-]\d\d:\d\d" itemprop="datePublished">\s*Publicado: (\d\d) (\w+) (\d{4})', raw)
    if not tm or (tm.group(3), ES_MESES[int(tm.group(2)) - 1], tm.group(1)) != (tm.group(4), tm.group(5), tm.group(6)): errors.append(f"{f}: <time> is not the date shown")
    hm = re.search(r'content="UserPageVisits:(\d+)">\s*Visitas: (\d+)', raw)
    if not hm or hm.group(1) != hm.group(2): errors.append(f"{f}: hits meta and text differ")
    year = int(tm.group(1)) if tm else 2024
    prev = None
    for row in re.findall(r"<tr>\n(.*?)\n</tr>", art.group(1), re.S):
        cells = re.findall(r"<t[dh]([^>]*)>(.*?)</t[dh]>", row, re.S)
        if cells and cells[0][1] == "Fecha": continue
        if not (len(cells) == 4 or (len(cells) == 2 and cells[1][0] == ' colspan="3"')): errors.append(f"{f}: row with {len(cells)} cells"); continue
        try: d = dt.date(year, int(cells[0][1][3:5]), int(cells[0][1][:2]))
        except ValueError: errors.append(f"{f}: date cell {cells[0][1]!r}"); continue
        if d.weekday() != 3: errors.append(f"{f}: {cells[0][1]} is not a Thursday")
        if prev and (d - prev).days != 7: errors.append(f"{f}: {cells[0][1]} is not a week after the previous session")
        prev = d


# ---- 1065 Postype
PT_TOP = ["포스타입", "홈", "피드", "구독", "검색", "글쓰기", "알림"]
PT_FOOT = ["댓글을 입력하세요", "포스타입", "서비스 소개", "이용약관", "개인정보 처리방침", "고객센터", "© Postype"]


def check_postype(f, raw):
    lf_final(f, raw)
    ls = raw.split("\n")[:-1]
    if ls[:7] != PT_TOP: errors.append(f"{f}: site bar {ls[:7]}")
    if ls[8] != "구독하기": errors.append(f"{f}: no subscribe button after the channel")
    if not re.fullmatch(r"\d{4}\.\d\d\.\d\d \d\d:\d\d", ls[12]): errors.append(f"{f}: post date {ls[12]!r}"); return
    pdate = ls[12]
    ms = re.fullmatch(r"시리즈 (.+) · (\d+)", ls[13])
    if not ms: errors.append(f"{f}: series line {ls[13]!r}"); return
    tag_i = next((i for i, l in enumerate(ls) if l.startswith("#")), None)
    if tag_i is None or not all(t.startswith("#") and len(t) > 1 for t in ls[tag_i].split(" ")): errors.append(f"{f}: tag line"); return
    mc = re.fullmatch(r"댓글 (\d+)", ls[tag_i + 2])
    if not re.fullmatch(r"좋아요 \d+", ls[tag_i + 1]) or not mc or ls[tag_i + 3] != "공유하기": errors.append(f"{f}: like / comment / share {ls[tag_i + 1:tag_i + 4]}"); return
    if ls[tag_i + 4] != "이 채널의 다른 포스트": errors.append(f"{f}: no other posts list"); return
    i = tag_i + 5
    while not re.fullmatch(r"댓글 \d+", ls[i]):
        mo = re.fullmatch(re.escape(ms.group(1)) + r" · (\d+) .+", ls[i])
        if not mo or int(mo.group(1)) >= int(ms.group(2)) or not re.fullmatch(r"\d{4}\.\d\d\.\d\d", ls[i + 1]) or ls[i + 1] >= pdate[:10]:
            errors.append(f"{f}: other post {ls[i]!r} {ls[i + 1]!r}")
        i += 2
    if ls[i] != ls[tag_i + 2]: errors.append(f"{f}: two different comment counts")
    if ls[-7:] != PT_FOOT: errors.append(f"{f}: footer {ls[-7:]}")
    cm, j, last, first = [], i + 1, pdate, True
    while j < len(ls) - 7:
        reply = ls[j] == "답글"
        if reply: j += 1
        if first and reply: errors.append(f"{f}: the first comment is a reply")
        first = False
        nick, when, text = ls[j:j + 3]
        if not re.fullmatch(r"\d{4}\.\d\d\.\d\d \d\d:\d\d", when) or when < last: errors.append(f"{f}: comment date {when!r}")
        last = when
        cm.append(nick); j += 3
    if len(cm) != int(mc.group(1)): errors.append(f"{f}: 댓글 {mc.group(1)} but {len(cm)} comments listed")


# ---- 1066 Moosend web version
def check_moosend(f, raw):
    lf_final(f, raw)
    if not raw.startswith('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml" lang="el">'):
        errors.append(f"{f}: not the XHTML transitional template")
    html_balanced(f, raw)
    b = re.search(r'<body[^>]*>\n<div style="display:none;[^"]*">([^<]+)</div>', raw)
    if not b: errors.append(f"{f}: no hidden preheader first in <body>")
    links = re.findall(r'<a href="([^"]+)"', raw)
    tr = [re.fullmatch(r"(https://[\w.-]+)/c/([0-9a-f-]{36})/(\d+)\?sid=([0-9a-f]+)&amp;u=([^\"&\s]+)", u) for u in links]
    tracked = [m for m in tr if m]
    if not tracked: errors.append(f"{f}: no tracked links"); return
    host, camp, sid = tracked[0].group(1), tracked[0].group(2), tracked[0].group(4)
    if [int(m.group(3)) for m in tracked] != list(range(1, len(tracked) + 1)): errors.append(f"{f}: link numbers not 1..n in order")
    if any((m.group(1), m.group(2), m.group(4)) != (host, camp, sid) for m in tracked): errors.append(f"{f}: tracked links for other campaigns or subscribers")
    if unquote(tracked[0].group(5)) != f"{host}/w/{camp}": errors.append(f"{f}: the first link is not the web version")
    if any(re.search(r"[:/?=]", m.group(5)) for m in tracked): errors.append(f"{f}: a target URL not percent-encoded")
    for kind in ("u", "p"):
        if f"{host}/{kind}/{camp}/{sid}" not in links: errors.append(f"{f}: no {'unsubscribe' if kind == 'u' else 'preferences'} link")
    untracked = [u for u, m in zip(links, tr) if not m and not re.match(re.escape(host) + r"/[up]/", u)]
    if any(not u.startswith("https://moosend.com/") for u in untracked): errors.append(f"{f}: untracked links {untracked}")


def shape_checks(f, raw, path):
    n = num(f)
    {1057: check_itslearning, 1058: check_gitflic, 1059: check_coremail, 1060: check_jsai, 1061: check_bibtool,
     1062: check_onlyoffice, 1063: check_so, 1064: check_joomla, 1065: check_postype,
     1066: check_moosend}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)

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
# round104's and round105's, a byte-identical file counted once), and the round104/round105 split (candidates sorted by
# (uses, catalogue title); round104 = even positions from 2 on, one unbroken run; round105 takes the odd ones)
used = Counter()
TD = "/work/main/tests/data"
P105S = ["/work/rounds/digests-round105/expected.json", "/work/main/tests/data/digests-round105/expected.json"]
P105 = next((p for p in P105S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P105S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round104", "digests-round105") or not os.path.exists(pth): continue
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
run = {pkey(e) for i, e in enumerate(cands) if (i + 1) % 2 == 0 and 2 <= i + 1 <= last}
odd = sorted(k for k in mine if pos.get(k, 1) % 2 == 1)
if odd: errors.append(f"papers not at an even position (round104 takes the even ones): {odd}")
if 1 in {pos.get(k) for k in mine}: errors.append("position 1 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"even positions skipped inside the run 2..{last}: {[(pos[k], k) for k in gaps]}")
r105 = set()
if P105:
    try:
        r105 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P105)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P105} exists but could not be read (being written?)")
    if r105 & mine: errors.append(f"papers also in round105: {sorted(r105 & mine)}")
shared105 = len(r105 & mine) if P105 else "(no round105 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round104 file: {multi}")
for f in files:
    n_ = len(exp.get(f, []))
    if f.split("_")[1] != "negative" and not 8 <= n_ <= 12: errors.append(f"{f}: {n_} papers (8-12 wanted)")
    if f.split("_")[1] != "negative" and n_ and not 0.3 <= per[f]["title-only"] / n_ <= 0.6: errors.append(f"{f}: title-only share {per[f]['title-only']}/{n_}")
neg = [f for f in files if f.split("_")[1] == "negative"]
if len(files) != 10 or neg != [files[-1]]: errors.append(f"want ten files, the negative last: {files}")
print(f"total {tot}: {dict(c)}; openreview links {orl}; title-only with a true arXiv id {nox_t}; "
      f"not on arXiv {nox}; title-only share {c['title-only'] / max(tot, 1):.2f}")
print(f"uses counted over {len(counted)} distinct expected.json files; earlier uses of the papers: "
      f"{dict(sorted(Counter(used[k] for k in allrecs).items()))}; positions used: even 2..{last} ({len(mine)} papers); "
      f"at odd positions: {len(odd)}; shared with round105: {shared105}; papers in more than one round104 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
