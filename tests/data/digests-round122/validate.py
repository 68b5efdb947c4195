#!/usr/bin/env python3
r"""Checks round122/expected.json against the digests and the shared catalogues.

Adapted from round120/validate.py (the label checks are the same code; the reuse report is round120's with round122 /
round123 in place of round120 / round121: round122 holds the even positions from 4, position 1 left out; the readers
and shape checks are new). The reuse report counts every /work/main/tests/data/*/expected.json except round122's and
round123's own (a digests-round122 / digests-round123 folder, or a file whose bytes equal round122's or round123's
expected.json) — a file whose bytes equal one already counted is counted once — and checks the split: round122 holds
the even positions of the candidates sorted by (uses, catalogue title), position 1 left out, as one run from position
4 up to its last paper; it fails on a paper shared with round123's expected.json (read only, from
/work/rounds/digests-round123/ or /work/main/tests/data/digests-round123/, when it exists), and on a paper in more than
one round122 file.
Every digest is read raw (UTF-8, line ends kept) and in decoded forms: 1239 its MIME parts decoded (base64) and its
RFC 2047 headers; 1240 the pdftotext output with its page chrome (form feeds, page numbers, running heads) taken out and
lines joined; 1241 the RIS values; 1242 every CSV field; everything: HTML entities undone once and twice (1244's
decimal references), percent-escapes undone (1245's URLs). Titles are matched after whitespace normalisation,
case-blind; a title found only that way (or only in a decoded form) is reported as a `note:`.

Shape checks (lean, grammar-level; values a program would compute are re-computed):
1237 SIGARRA page copied as text (LF, final newline; the skip link first and the `Página gerada em:` footer last;
SIGARRA's section headings in order; the breadcrumb's last item = the page heading; `Código: … Sigla: …`; the
occurrence `yyyy/yyyy - 1S|2S` with consecutive years and the generated-at date inside that academic year; tab-separated
table rows; Docência - Horas: each type's Totais = the sum of its teachers' hours; Componentes de Avaliação summing to
its Total, 100,00; Componentes de Ocupação summing to its Total = every study plan's Horas Totais; bibliography lines
`Autores; Título, …`; no markup);
1238 gh-md-toc awesome list (LF, final newline; the awesome badge on the title line; `<!--ts-->` / `<!--te-->` once,
in order, around the bullets, the `Created by` comment and an `Added by: runner, at: <date(1)>` stamp whose weekday
is right; the bullets = the ## / ### headings after the markers, three spaces per level, anchors GitHub slugs with
`-N` for repeats; every link target http(s), a heading's anchor or a `.github/` path; paper subsections hold only
`- **title** …` items, the other sections `- [name](url) - description` items);
1239 Spark forward (CRLF only, final CRLF; header names in order; Date parsed; multipart/alternative with the boundary
`%08x_%08x_%x` whose first field is the Date's epoch; Message-ID `<uuid@Spark>` = X-Readdle-Message-ID; From an
RFC 2047 B-word; two parts, text/plain then text/html, UTF-8 base64 in 76-column lines equal to Python's re-encoding;
the plain part: a `--` signature, Spark's forward header (From / Date / To / Subject), Subject = `Fwd: ` + the
forwarded Subject, the forwarded date between the window's end and the outer Date; the listing: the arXiv head lines,
a one-day window (19:00 GMT, weekday names right), every entry `\\`, `arXiv:id`, `replaced with revised version
<date>   (NNNkb,D)` within the window, Title / Authors / Categories (/ Comments) wrapped at 80 with two-space
continuations, the closing `\\ ( https://arxiv.org/abs/<id> ,  NNNkb)`, a rule after each; the HTML part: tags
balanced, the note's lines and the listing (<pre>) the plain part's);
1240 AFNOR bibliography from pdftotext (LF, form feeds after every page; no line over 88 characters; each page ends
with its number, consecutive, and every page after the first starts with the running head; the heading first;
entries alphabetical (accents ignored), `NOM, Prénom` names, at most three before `et al.`, a year; `[en ligne]`
exactly where `Disponible sur : <URL>` is, URLs unbroken, `(consulté le d mois yyyy)` a valid date);
1241 Lens.org RIS (CRLF only, final CRLF; `TAG  - value` lines of known tags, `ER  - ` and a blank line closing
each record, TY first with a known type; AU `Last, First`; PY four digits and DA `yyyy/mm/dd` of that year; one
`Lens ID:` per record with a valid MOD 11-2 check character, equal to its lens.org URL's, patents under
/lens/patent/);
1242 Ragic CSV (no BOM; equal to its csv re-encoding with every field quoted and CRLF records; the header; fourteen
fields; `RD-nnnnn` numbered from 1; dates valid, created ≤ modified; report dates Wednesdays, not before creation,
set with a presenter; statuses known; `已報告` rows reported by their modification; arXiv ids well-formed; links
http(s); creators from the lab; multi-select values joined by `|`);
1243 Zangi export (LF, final newline; lines `[dd.mm.yyyy, HH:mm:ss] …` or continuation lines; the first line creates
the group; system lines (added, renamed) of known forms by a member; senders are the creator or added members;
timestamps valid and not decreasing; the new group name starts with the old);
1244 forum.ge thread (LF, final newline; pure ASCII, charset iso-8859-1; the XHTML doctype; tags balanced, known;
<title> `Forum.Ge -> topic` = the maintitle's and the navstrip's topic; `პასუხები: N` = posts − 1; entry ids and
post dates ascending; member boxes' ID = the showuser link's; quote links' t= the topic and p= the entry; each quote
names an earlier poster with that post's date and quotes its text);
1245 blog.ir post (LF, final newline; doctype, dir rtl, lang fa; tags balanced, known; <title> = h2 + ` :: ` + the
blog's h1; canonical = the title's link = https://<blog>.blog.ir/<Jalali date>/<percent-encoded slug of the title>;
the post's Jalali date line = the URL's date with the right weekday; `نظرات (N)` in Persian digits = comment blocks;
comment times not before the post and not decreasing, ids ascending);
1246 Curated issue page (LF, final newline; doctype, lang ru; tags balanced, known; the issue number the same in
<title>, h2, canonical, and the previous / next links ±1; <time datetime> = the Russian date shown; items with unique
ascending ids, each a linked h4, a description and the link's domain; the `Powered by Curated` footer).
It fails on: a labelled id or title not found in its digest; an unlabelled catalogue arXiv id (or a distractor's),
an unlabelled OpenReview id, or an unlabelled catalogue/distractor title anywhere in a digest (any decoded form);
a valid-shaped but unlabelled arXiv id; a title not matching the catalogue; a bad true_arxiv_id; a wrong evidence
kind; a label in the negative control; the paper-choice rules; 8–12 papers and a 30–60% title-only share per
positive; and the shape checks. An OpenReview id or an arXiv id cut by an ellipsis is not an id of its own (kept
from round17)."""
import base64, csv, email, email.header, email.policy, email.utils, html, io, json, os, re, sys, textwrap, unicodedata
import datetime as dt
from collections import Counter
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
             "h4", "div", "p", "br", "span", "time", "article", "footer", "ol", "ul", "li", "aside", "strong", "em",
             "table", "tr", "td", "th", "thead", "tbody", "img", "b", "form", "input", "button", "blockquote", "pre"}
VOID = ("meta", "link", "br", "img", "input")


def html_balanced(f, where, s, allowed=HTML_TAGS):
    stack = []
    s = re.sub(r"(?s)<!--.*?-->", "", s)
    for m in re.finditer(r"<(/?)([a-z][a-z0-9]*)([^>]*)>", s):
        close, tag, attrs = m.groups()
        if tag not in allowed: errors.append(f"{f}: {where}: tag <{tag}> not expected"); continue
        if tag in VOID or attrs.endswith("/"): continue
        if not close: stack.append(tag)
        elif not stack or stack.pop() != tag: errors.append(f"{f}: {where}: </{tag}> unbalanced"); return
        if tag == "a" and not close and not re.fullmatch(r"""(?: (?:name|class|rel|target)=["'][^"']*["'])*(?: href="(?:https?://|mailto:|#)[^"\s]*"[^>]*)?""", attrs):
            errors.append(f"{f}: {where}: <a{attrs}>")
    if stack: errors.append(f"{f}: {where}: {stack} not closed")


def html_page(f, raw, lang, opener=None):
    lf_final(f, raw)
    if not raw.startswith(opener or f'<!DOCTYPE html>\n<html lang="{lang}">\n'): errors.append(f"{f}: doctype / html lang")
    html_balanced(f, "page", raw)


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
        out.append(part.get_payload(decode=True).decode(part.get_content_charset() or "utf-8"))
    return out


HEAD_1240 = "C. Rousseau — Apprentissage auto-supervisé de représentations visuelles — 2024"


def pdf_text(raw):
    """1240 without its page chrome: the page numbers before each form feed and the running heads after them"""
    pages = raw.split("\f")
    out = []
    for i, p in enumerate(pages):
        L = p.split("\n")
        if i and L[:2] == [HEAD_1240, ""]: L = L[2:]
        while L and L[-1] == "": L.pop()
        if L and re.fullmatch(r"\d+", L[-1]): L.pop()
        while L and L[-1] == "": L.pop()
        out += L
    return "\n".join(out)


def decoded_forms(f, raw, path):
    n, forms = num(f), []
    if n == 1239: forms += mime_texts(raw)
    if n == 1240: forms.append(" ".join(pdf_text(raw).split()))
    if n == 1241: forms.append("\n".join(l[6:] for l in raw.split("\r\n") if re.match(r"[A-Z][A-Z0-9]  - ", l)))
    if n == 1242: forms.append("\n".join(x for r in csv.reader(io.StringIO(raw.lstrip("\ufeff"), newline="")) for x in r))
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
# ---- 1237 SIGARRA page copied as text
SIG_HEADS = ["Áreas Científicas", "Ciclos de Estudo/Cursos", "Docência - Responsabilidades", "Docência - Horas",
             "Língua de trabalho", "Objetivos", "Resultados de aprendizagem e competências", "Modo de trabalho",
             "Pré-requisitos (conhecimentos prévios) e co-requisitos (formação simultânea)", "Programa",
             "Bibliografia Obrigatória", "Bibliografia Complementar", "Observações Bibliográficas",
             "Métodos de ensino e atividades de aprendizagem", "Software", "Palavras Chave", "Tipo de avaliação",
             "Componentes de Avaliação", "Componentes de Ocupação", "Obtenção de frequência",
             "Fórmula de cálculo da classificação final"]


def pt_num(s):
    if not re.fullmatch(r"\d+,\d\d", s): raise ValueError(s)
    return float(s.replace(",", "."))


def sig_block(L, head):
    """lines after `head` up to the next empty line"""
    k = L.index(head)
    out = []
    for l in L[k + 1:]:
        if not l: break
        out.append(l)
    return out


def check_sigarra(f, raw):
    lf_final(f, raw)
    L = raw.rstrip("\n").split("\n")
    if L[0] != "Saltar para o conteúdo": errors.append(f"{f}: not starting with the skip link")
    gm = re.fullmatch(r"Página gerada em: (\d{4})-(\d\d)-(\d\d) às (\d\d):(\d\d):(\d\d) \| .+", L[-1])
    if not gm: errors.append(f"{f}: the last line is not the `Página gerada em:` footer")
    if re.search(r"<[a-zA-Z/][^>]*>", raw): errors.append(f"{f}: markup in copied text")
    pos = [L.index(h) if h in L else -1 for h in SIG_HEADS]
    if -1 in pos: errors.append(f"{f}: section headings missing: {[h for h, p in zip(SIG_HEADS, pos) if p < 0]}"); return
    if pos != sorted(pos): errors.append(f"{f}: section headings out of SIGARRA's order")
    bc = next((i for i, l in enumerate(L) if l.startswith("Início > ")), None)
    if bc is None or L[bc + 1] != "" or L[bc + 2] != L[bc].split(" > ")[-1]: errors.append(f"{f}: breadcrumb vs the page heading")
    if not any(re.fullmatch(r"Código: [A-Z][\w.]+ {5}Sigla: [A-Z]+", l) for l in L): errors.append(f"{f}: no `Código: … Sigla: …` line")
    om = next((re.fullmatch(r"Ocorrência: (\d{4})/(\d{4}) - ([12])S", l) for l in L if l.startswith("Ocorrência:")), None)
    if not om or int(om.group(2)) != int(om.group(1)) + 1: errors.append(f"{f}: occurrence line")
    elif gm:
        g = dt.date(*map(int, gm.group(1, 2, 3)))
        if not dt.date(int(om.group(1)), 9, 1) <= g <= dt.date(int(om.group(2)), 8, 31): errors.append(f"{f}: generated outside the academic year {om.group(1)}/{om.group(2)}")
    try:
        # Docência - Horas: Totais rows vs the teachers under them
        blk = sig_block(L, "Docência - Horas")  # the summary lines come first, then the table
        k = L.index("Tipo\tDocente\tTurmas\tHoras")
        rows = []
        for l in L[k + 1:]:
            if not l: break
            rows.append(l.split("\t"))
        tot, acc = None, 0.0
        for r in rows + [["END", "Totais", "", "0,00"]]:
            if len(r) != 4: errors.append(f"{f}: hours row {r}"); continue
            if r[1] == "Totais":
                if tot is not None and abs(tot - acc) > 1e-9: errors.append(f"{f}: Docência - Horas: Totais {tot} vs teachers {acc}")
                tot, acc = pt_num(r[3]), 0.0
            elif r[0] == "":
                acc += pt_num(r[3])
            else:
                errors.append(f"{f}: hours row {r}")
        av = sig_block(L, "Componentes de Avaliação")
        if av[0] != "Designação\tPeso (%)" or not av[-1].startswith("Total:\t"): errors.append(f"{f}: Componentes de Avaliação layout")
        s = sum(pt_num(r.split("\t")[1]) for r in av[1:-1])
        if abs(s - pt_num(av[-1].split("\t")[1])) > 1e-9 or av[-1] != "Total:\t100,00": errors.append(f"{f}: evaluation weights sum to {s}, Total {av[-1]!r}")
        oc = sig_block(L, "Componentes de Ocupação")
        if oc[0] != "Designação\tTempo (Horas)" or not oc[-1].startswith("Total:\t"): errors.append(f"{f}: Componentes de Ocupação layout")
        s = sum(pt_num(r.split("\t")[1]) for r in oc[1:-1]); t = pt_num(oc[-1].split("\t")[1])
        if abs(s - t) > 1e-9: errors.append(f"{f}: workload rows sum to {s}, Total {t}")
        ci = sig_block(L, "Ciclos de Estudo/Cursos")
        if not ci[0].endswith("\tHoras Totais"): errors.append(f"{f}: study-plan table header")
        for r in ci[1:]:
            c = r.split("\t")
            if len(c) != 8 or int(c[7]) != t: errors.append(f"{f}: study plan {c[0]}: Horas Totais vs the workload Total {t}")
    except (ValueError, IndexError) as ex:
        errors.append(f"{f}: tables: {ex!r}")
    for h in ("Bibliografia Obrigatória", "Bibliografia Complementar"):
        for l in sig_block(L, h):
            if not re.fullmatch(r"[^;\t]+; \S.+", l): errors.append(f"{f}: {h}: line not `Autores; Título, …`: {l[:40]!r}")


# ---- 1238 gh-md-toc awesome list
def gh_slug(h):
    return "".join(c for c in h.lower() if unicodedata.category(c)[0] in "LMN" or c in "-_ ").replace(" ", "-")


DATE1 = re.compile(r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ([ \d]\d) (\d\d:\d\d:\d\d) UTC (\d{4})")
PAPERS_1238 = "পেপার"


def check_ghmdtoc(f, raw):
    lf_final(f, raw)
    L = raw.rstrip("\n").split("\n")
    if not re.fullmatch(r"# .+ \[!\[Awesome\]\(https://awesome\.re/badge\.svg\)\]\(https://awesome\.re\)", L[0]): errors.append(f"{f}: title line without the awesome badge")
    if L.count("<!--ts-->") != 1 or L.count("<!--te-->") != 1: errors.append(f"{f}: the <!--ts--> / <!--te--> markers"); return
    a, b = L.index("<!--ts-->"), L.index("<!--te-->")
    if b < a: errors.append(f"{f}: <!--te--> before <!--ts-->"); return
    blk = L[a + 1:b]
    try:
        e_ = blk.index("")
    except ValueError:
        errors.append(f"{f}: no blank line after the TOC bullets"); return
    bullets, tail = blk[:e_], blk[e_:]
    if tail[:3] != ["", "<!-- Created by https://github.com/ekalinin/github-markdown-toc -->", tail[2] if len(tail) > 2 else None] or tail[3:] != [""]:
        errors.append(f"{f}: the lines after the bullets: {tail}")
    am = re.fullmatch(r"<!-- Added by: runner, at: (.+) -->", tail[2] if len(tail) > 2 else "")
    dm = DATE1.fullmatch(am.group(1)) if am else None
    if not dm: errors.append(f"{f}: no `Added by: runner, at: <date(1)>` stamp")
    else:
        try:
            d = dt.datetime.strptime(f"{dm.group(3).strip()} {dm.group(2)} {dm.group(5)} {dm.group(4)}", "%d %b %Y %H:%M:%S")
            if d.strftime("%a") != dm.group(1): errors.append(f"{f}: the stamp's weekday is wrong")
        except ValueError:
            errors.append(f"{f}: the stamp's date")
    heads = [(len(m.group(1)), m.group(2)) for m in (re.fullmatch(r"(#{2,6}) (.+)", l) for l in L[b + 1:]) if m]
    want, seen = [], {}
    for lev, h in heads:
        s = gh_slug(h); k = seen.get(s, 0); seen[s] = k + 1
        want.append("   " * (lev - 2) + f"* [{h}](#{s}{'-' + str(k) if k else ''})")
    if bullets != want: errors.append(f"{f}: TOC bullets vs the headings (want {len(want)} bullets, GitHub anchors)")
    anchors = {gh_slug(h) for _, h in heads}
    for u in re.findall(r"\]\(([^)\s]+)\)", re.sub(r"`[^`\n]*`", "", raw)):
        if u.startswith("#"):
            if u[1:] not in anchors: errors.append(f"{f}: anchor {u} resolves nowhere")
        elif not re.match(r"https?://|\.github/", u): errors.append(f"{f}: link target {u!r}")
    sec = sub = None
    for l in L[b + 1:]:
        if l.startswith("## "): sec, sub = l[3:], None; continue
        if l.startswith("### "): sub = l[4:]; continue
        if not l.strip() or l.startswith("[![") or not l.startswith("-"): continue
        if sec == PAPERS_1238:
            if not sub or not re.match(r"- \*\*[^*]+\*\* — ", l): errors.append(f"{f}: paper item not `- **title** — …`: {l[:40]!r}")
        elif not re.fullmatch(r"- \[[^\]]+\]\(https?://[^)\s]+\) - .+", l): errors.append(f"{f}: item not `- [name](url) - description`: {l[:40]!r}")


# ---- 1239 Spark forward
HEAD_1239 = ["Return-Path", "Received", "MIME-Version", "Date", "From", "To", "Message-ID", "Subject",
             "X-Readdle-Message-ID", "Content-Type"]


def arx_head(arch):
    return ["-" * 78, "-" * 78, "Send any comments regarding submissions directly to submitter.", "-" * 78,
            "Archives at http://arxiv.org/", f"To unsubscribe, e-mail To: {arch}@arXiv.org, Subject: cancel", "-" * 78]


def check_listing(f, lst, arch, fdate):
    if lst[:7] != arx_head(arch): errors.append(f"{f}: the listing's head lines"); return
    wm = re.fullmatch(r" received from  (\w{3}) (\d\d) (\w{3}) (\d\d) (\d\d:\d\d:\d\d) GMT  to  (\w{3}) (\d\d) (\w{3}) (\d\d) (\d\d:\d\d:\d\d) GMT",
                      next((l for l in lst if l.startswith(" received from")), ""))
    if not wm: errors.append(f"{f}: no received-window line"); return
    try:
        w0 = dt.datetime.strptime(" ".join(wm.group(2, 3, 4, 5)), "%d %b %y %H:%M:%S").replace(tzinfo=dt.timezone.utc)
        w1 = dt.datetime.strptime(" ".join(wm.group(7, 8, 9, 10)), "%d %b %y %H:%M:%S").replace(tzinfo=dt.timezone.utc)
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
            rm = re.fullmatch(r"replaced with revised version (.+ GMT)   \((\d+)kb,D\)", lst[i + 2])
            rd = email.utils.parsedate_to_datetime(rm.group(1))
        except (AttributeError, TypeError, ValueError, IndexError):
            errors.append(f"{f}: entry {n}: the arXiv / replaced lines"); i += 1; continue
        if not (w0 <= rd <= w1): errors.append(f"{f}: entry {n}: replaced outside the window")
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
        if j >= len(lst) or lst[j] != f"\\\\ ( https://arxiv.org/abs/{aid} ,  {rm.group(2)}kb)": errors.append(f"{f}: entry {n}: the closing line is not `\\\\ ( https://arxiv.org/abs/{aid} ,  {rm.group(2)}kb)`")
        if j + 1 >= len(lst) or lst[j + 1] != "-" * 78: errors.append(f"{f}: entry {n}: no rule after the entry")
        i = j + 1
    if n == 0: errors.append(f"{f}: no listing entries")


def check_spark(f, raw):
    crlf_only(f, raw)
    head, _, body = raw.partition("\r\n\r\n")
    names = [l.split(":", 1)[0] for l in head.split("\r\n") if l[:1] not in (" ", "\t")]
    if names != HEAD_1239: errors.append(f"{f}: header names {names}")
    msg = email.message_from_bytes(raw.encode("utf-8"))
    try:
        outer = email.utils.parsedate_to_datetime(msg["Date"])
    except (TypeError, ValueError):
        errors.append(f"{f}: Date {msg['Date']!r}"); outer = None
    bnd = msg.get_boundary() or ""
    bm = re.fullmatch(r"([0-9a-f]{8})_([0-9a-f]{8})_([0-9a-f]+)", bnd)
    if msg.get_content_type() != "multipart/alternative" or not bm: errors.append(f"{f}: not multipart/alternative with a MailCore boundary"); return
    if outer and int(bm.group(1), 16) != int(outer.timestamp()): errors.append(f"{f}: the boundary's time field is not the Date")
    mm = re.fullmatch(r"<([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}@Spark)>", msg["Message-ID"] or "")
    if not mm or msg["X-Readdle-Message-ID"] != mm.group(1): errors.append(f"{f}: Message-ID / X-Readdle-Message-ID")
    if not re.fullmatch(r"=\?utf-8\?B\?([A-Za-z0-9+/=]+)\?= <[\w.]+@[\w.-]+>", msg["From"] or ""): errors.append(f"{f}: From is not an RFC 2047 B-word name and an address")
    parts = msg.get_payload()
    if not isinstance(parts, list) or [p.get_content_type() for p in parts] != ["text/plain", "text/html"]: errors.append(f"{f}: parts are not text/plain then text/html"); return
    dec = []
    for p in parts:
        if (p.get_content_charset() or "") != "utf-8" or (p["Content-Transfer-Encoding"] or "").lower() != "base64": errors.append(f"{f}: a part not UTF-8 base64"); return
        enc = p.get_payload()
        if any(len(l) > 76 for l in enc.splitlines()): errors.append(f"{f}: a base64 line over 76 characters")
        try:
            d = base64.b64decode(enc.encode("ascii"), validate=False).decode("utf-8")
        except (UnicodeError, ValueError):
            errors.append(f"{f}: a part does not decode"); return
        if base64.encodebytes(d.encode("utf-8")).decode("ascii") != enc.replace("\r\n", "\n"): errors.append(f"{f}: base64 not as Python re-encodes it")
        dec.append(d)
    plain, htm = dec
    D = plain.rstrip("\n").split("\n")
    if "--" not in D: errors.append(f"{f}: the note has no `--` signature line")
    try:
        k = D.index("---------- Forwarded message ----------")
    except ValueError:
        errors.append(f"{f}: no forward header"); return
    fh = D[k + 1:k + 5]
    if [l.split(":", 1)[0] for l in fh] != ["From", "Date", "To", "Subject"]: errors.append(f"{f}: forward header lines {fh}"); return
    if msg["Subject"] != "Fwd: " + fh[3].split(": ", 1)[1]: errors.append(f"{f}: Subject is not Fwd: + the forwarded Subject")
    try:
        fdate = dt.datetime.strptime(fh[1].split(": ", 1)[1], "%d %b %Y at %H:%M %z")
    except ValueError:
        errors.append(f"{f}: forwarded date {fh[1]!r}"); fdate = None
    if fdate and outer and not fdate <= outer: errors.append(f"{f}: forwarded date after the outer Date")
    arch = re.search(r"^(\w+) daily", fh[3].split(": ", 1)[1])
    if D[k + 5] != "" or not arch: errors.append(f"{f}: the forwarded subject / blank line"); return
    lst = D[k + 6:]
    check_listing(f, lst, arch.group(1), fdate)
    html_balanced(f, "html part", htm, {"html", "head", "title", "body", "div", "br", "a", "blockquote", "pre"})
    pm = re.search(r"(?s)<pre>(.*)</pre>", htm)
    if not pm or html.unescape(pm.group(1)).split("\n") != lst: errors.append(f"{f}: the HTML part's <pre> is not the plain part's listing")
    nm = re.search(r'(?s)<div name="messageBodySection">\n<div dir="rtl">(.*?)</div>\n</div>', htm)
    if not nm or "--" not in D or [html.unescape(re.sub(r"<[^>]+>", "", x)) for x in nm.group(1).split("<br />\n")] != D[:D.index("--") - 1]:
        errors.append(f"{f}: the HTML part's note is not the plain part's")


# ---- 1240 AFNOR bibliography (pdftotext)
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
NOM = r"(?:[A-Z][A-ZÀ-Þ'-]*(?: [A-Z][A-ZÀ-Þ'-]*)*), [A-ZÀ-Þ][\w.'-]*(?: [A-ZÀ-Þ][\w.'-]*)*"


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFD", s.upper()) if not unicodedata.combining(c))


def check_afnor(f, raw):
    if "\r" in raw: errors.append(f"{f}: CR characters")
    if not raw.endswith("\f"): errors.append(f"{f}: not ending with a form feed")
    pages = raw.split("\f")[:-1]
    nums = []
    for i, p in enumerate(pages):
        if not p.endswith("\n"): errors.append(f"{f}: page {i + 1} does not end with a newline")
        L = p.rstrip("\n").split("\n")
        if not re.fullmatch(r"\d+", L[-1]) or L[-2] != "": errors.append(f"{f}: page {i + 1} has no page number at its foot")
        else: nums.append(int(L[-1]))
        if i == 0 and L[:2] != ["Bibliographie", ""]: errors.append(f"{f}: the heading is not first")
        if i and L[:2] != [HEAD_1240, ""]: errors.append(f"{f}: page {i + 1} does not start with the running head")
    if nums != list(range(nums[0], nums[0] + len(nums))) if nums else True: errors.append(f"{f}: page numbers {nums}")
    if any(len(l) > 88 for l in raw.replace("\f", "\n").split("\n")): errors.append(f"{f}: a line over 88 characters")
    text = pdf_text(raw).split("\n")
    if text[:2] != ["Bibliographie", ""]: return
    ents, cur = [], []
    for l in text[2:] + [""]:
        if l: cur.append(l)
        elif cur: ents.append(" ".join(cur)); cur = []
    keys_ = [fold(x) for x in ents]
    if keys_ != sorted(keys_): errors.append(f"{f}: entries not in alphabetical order")
    for x in ents:
        m = re.match(rf"((?:{NOM}, )*{NOM})(, et al\.|\.) ", x)
        org = re.match(r"[A-Z][A-Z ]+\. ", x)
        if m:
            if len(re.findall(NOM, m.group(1))) > 3 or (m.group(2) == ", et al." and len(re.findall(NOM, m.group(1))) != 3):
                errors.append(f"{f}: author list not three names then et al.: {x[:40]!r}")
        elif not org: errors.append(f"{f}: entry not starting with `NOM, Prénom`: {x[:40]!r}")
        if not re.search(r"\b(19|20)\d\d\b", x): errors.append(f"{f}: entry without a year: {x[:40]!r}")
        if bool(re.search(r"\[(?:en ligne|logiciel)\]", x)) != ("Disponible sur : <" in x): errors.append(f"{f}: [en ligne] / [logiciel] vs Disponible sur: {x[:40]!r}")
        for u in re.findall(r"Disponible sur : <([^>]*)>", x):
            if not re.fullmatch(r"https?://\S+", u): errors.append(f"{f}: broken URL {u!r}")
        for c in re.findall(r"\(consulté le ([^)]*)\)", x):
            cm = re.fullmatch(r"(\d{1,2}) (\w+) (\d{4})", c)
            try:
                dt.date(int(cm.group(3)), MOIS.index(cm.group(2)) + 1, int(cm.group(1)))
            except (AttributeError, ValueError):
                errors.append(f"{f}: consultation date {c!r}")
        if "Disponible sur" in x and "(consulté le " not in x: errors.append(f"{f}: online item without a consultation date")


# ---- 1241 Lens.org RIS
RIS_TAGS = {"TY", "AU", "TI", "PY", "DA", "T2", "JO", "VL", "IS", "SP", "EP", "DO", "PB", "UR", "KW", "N1", "M1", "CY", "SN", "ER"}
RIS_TYPES = {"JOUR", "CONF", "BOOK", "CHAP", "PAT", "DATA", "GEN", "THES", "RPRT"}


def mod11_2_ok(lid):
    d = lid.replace("-", "")
    if not re.fullmatch(r"\d{14}[\dX]", d): return False
    t = 0
    for c in d[:14]: t = (t + int(c)) * 2
    r = (12 - t % 11) % 11
    return d[14] == ("X" if r == 10 else str(r))


def check_ris(f, raw):
    crlf_only(f, raw)
    recs, cur = [], []
    L = raw.split("\r\n")[:-1]
    for i, l in enumerate(L):
        if l == "":
            if cur: errors.append(f"{f}: line {i + 1}: a blank line inside a record")
            continue
        m = re.fullmatch(r"([A-Z][A-Z0-9])  - (.*)", l)
        if not m: errors.append(f"{f}: line {i + 1}: not `TAG  - value`"); continue
        tag, val = m.groups()
        if tag not in RIS_TAGS: errors.append(f"{f}: line {i + 1}: tag {tag}")
        if not cur and tag != "TY": errors.append(f"{f}: line {i + 1}: a record not starting with TY")
        cur.append((tag, val))
        if tag == "ER":
            if val != "": errors.append(f"{f}: line {i + 1}: ER with a value")
            if i + 1 >= len(L) or L[i + 1] != "": errors.append(f"{f}: line {i + 1}: no blank line after ER")
            recs.append(cur); cur = []
    if cur: errors.append(f"{f}: a record without ER")
    for k, r in enumerate(recs, 1):
        d = {}
        for t, v in r: d.setdefault(t, []).append(v)
        if d["TY"][0] not in RIS_TYPES: errors.append(f"{f}: record {k}: type {d['TY'][0]}")
        for a in d.get("AU", []):
            if not re.fullmatch(r"[^,]+, [^,]+", a): errors.append(f"{f}: record {k}: author {a!r} not `Last, First`")
        py = d.get("PY", [""])[0]
        if not re.fullmatch(r"\d{4}", py): errors.append(f"{f}: record {k}: PY {py!r}")
        for da in d.get("DA", []):
            try:
                x = dt.datetime.strptime(da, "%Y/%m/%d")
                if str(x.year) != py: errors.append(f"{f}: record {k}: DA {da} not of PY {py}")
            except ValueError:
                errors.append(f"{f}: record {k}: DA {da!r}")
        ids = [v.split(": ", 1)[1] for v in d.get("N1", []) if v.startswith("Lens ID: ")]
        if len(ids) != 1 or not mod11_2_ok(ids[0]): errors.append(f"{f}: record {k}: Lens ID {ids} (one, MOD 11-2)"); continue
        kind = "patent" if d["TY"][0] == "PAT" else "scholar/article"
        if f"https://www.lens.org/lens/{kind}/{ids[0]}/main" not in d.get("UR", []): errors.append(f"{f}: record {k}: lens.org URL vs Lens ID")


# ---- 1242 Ragic CSV
RAGIC_HEAD = ["編號", "標題", "作者", "出處", "連結", "arXiv 編號", "分類", "狀態", "報告人", "報告日期", "備註", "建立者", "建立日期", "最後修改日期"]
RAGIC_STATUS = {"未讀", "閱讀中", "已讀", "已報告"}
RAGIC_LAB = {"林怡君", "陳冠宇", "黃詩涵", "張家豪"}


def check_ragic(f, raw):
    if raw.startswith("\ufeff"): errors.append(f"{f}: a BOM (Ragic's download writes none)")
    rows = list(csv.reader(io.StringIO(raw, newline="")))
    buf = io.StringIO(newline="")
    csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerows(rows)
    if buf.getvalue() != raw: errors.append(f"{f}: not as the CSV writer writes it (all fields quoted, CRLF records)")
    if rows[0] != RAGIC_HEAD: errors.append(f"{f}: header {rows[0]}"); return
    for i, r in enumerate(rows[1:], 1):
        if len(r) != 14: errors.append(f"{f}: record {i}: {len(r)} fields"); continue
        c = dict(zip(RAGIC_HEAD, r))
        if c["編號"] != f"RD-{i:05d}": errors.append(f"{f}: record {i}: number {c['編號']}")
        try:
            cr = dt.datetime.strptime(c["建立日期"], "%Y/%m/%d %H:%M:%S"); mo = dt.datetime.strptime(c["最後修改日期"], "%Y/%m/%d %H:%M:%S")
            rp = dt.datetime.strptime(c["報告日期"], "%Y/%m/%d") if c["報告日期"] else None
        except ValueError:
            errors.append(f"{f}: record {i}: dates"); continue
        if mo < cr: errors.append(f"{f}: record {i}: modified before created")
        if rp and (rp.weekday() != 2 or rp.date() < cr.date()): errors.append(f"{f}: record {i}: report date not a Wednesday after creation")
        if bool(rp) != bool(c["報告人"]): errors.append(f"{f}: record {i}: report date without a presenter or the reverse")
        if c["狀態"] not in RAGIC_STATUS: errors.append(f"{f}: record {i}: status {c['狀態']}")
        if c["狀態"] == "已報告" and (not rp or rp.date() > mo.date()): errors.append(f"{f}: record {i}: reported but not by its last modification")
        if c["arXiv 編號"] and not re.fullmatch(r"\d{4}\.\d{4,5}", c["arXiv 編號"]): errors.append(f"{f}: record {i}: arXiv id {c['arXiv 編號']!r}")
        if c["連結"] and not re.fullmatch(r"https?://\S+", c["連結"]): errors.append(f"{f}: record {i}: link {c['連結']!r}")
        if c["建立者"] not in RAGIC_LAB or (c["報告人"] and c["報告人"] not in RAGIC_LAB): errors.append(f"{f}: record {i}: a person not in the lab")
        if any(v != v.strip() or not v for v in c["分類"].split("|")): errors.append(f"{f}: record {i}: multi-select {c['分類']!r}")


# ---- 1243 Zangi export
def check_zangi(f, raw):
    lf_final(f, raw)
    L = raw.rstrip("\n").split("\n")
    pre = r"\[(\d\d)\.(\d\d)\.(\d{4}), (\d\d):(\d\d):(\d\d)\] "
    m0 = re.fullmatch(pre + r"(.+?) ստեղծեց «(.+)» խումբը", L[0])
    if not m0: errors.append(f"{f}: the first line does not create the group"); return
    members, group, times = {m0.group(7)}, m0.group(8), []
    for i, l in enumerate(L):
        m = re.match(pre + "(.*)", l)
        if not m:
            if l.startswith("["): errors.append(f"{f}: line {i + 1}: a bracket line not in the message form")
            continue
        try:
            times.append(dt.datetime(*(int(m.group(k)) for k in (3, 2, 1, 4, 5, 6))))
        except ValueError:
            errors.append(f"{f}: line {i + 1}: date"); continue
        rest = m.group(7)
        if i == 0: continue
        ma = re.fullmatch(r"(.+?) ավելացրեց (.+)", rest)
        ms = re.fullmatch(r"(.+?) փոխեց խմբի անունը՝ «(.+)»", rest)
        mm = re.fullmatch(r"([^:]+?): (.*)", rest)
        if ms:
            if ms.group(1) not in members or not ms.group(2).startswith(group): errors.append(f"{f}: line {i + 1}: rename")
        elif ma and ":" not in rest:
            if ma.group(1) not in members: errors.append(f"{f}: line {i + 1}: added by a non-member")
            members.add(ma.group(2))
        elif mm:
            if mm.group(1) not in members: errors.append(f"{f}: line {i + 1}: sender {mm.group(1)!r} is not a member")
        else:
            errors.append(f"{f}: line {i + 1}: not a message or a known system line")
    ascending(f, "timestamps", times)


# ---- 1244 forum.ge thread
FORUM_OPEN = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
              '<html xml:lang="en" lang="en" xmlns="http://www.w3.org/1999/xhtml">\n')


def check_forumge(f, raw):
    html_page(f, raw, None, FORUM_OPEN)
    if any(ord(c) > 127 for c in raw): errors.append(f"{f}: a non-ASCII character (the page is iso-8859-1 with references)")
    if '<meta http-equiv="content-type" content="text/html; charset=iso-8859-1" />' not in raw: errors.append(f"{f}: charset meta")
    t = re.search(r"<title>Forum\.Ge -&gt; (.+?)</title>", raw)
    mt = re.search(r'<div class="maintitle"><b>(.+?)</b>', raw)
    nv = re.search(r'<div id="navstrip">.*&nbsp;&gt;&nbsp;([^<>]+)</div>', raw)
    if not t or not mt or not nv or not t.group(1) == mt.group(1) == nv.group(1): errors.append(f"{f}: topic in <title> / maintitle / navstrip")
    topic = re.search(r"CODE=02&amp;f=\d+&amp;t=(\d+)", raw)
    posts = re.findall(r'(?s)<table class=\'ipbtable\' cellspacing="1">\n<tr>\n<td [^>]*><a name="entry(\d+)"></a><span class="normalname"><a href="https://forum\.ge/\?showuser=(\d+)">([^<]+)</a></span></td>\n'
                       r'<td [^>]*><div [^>]*><span class="postdetails"><b>[^<]*</b> (\d\d? \w{3} \d{4}, \d\d:\d\d)</span></div><div align="right"><a href="([^"]+)">[^<]*</a></div></td>\n'
                       r'</tr>\n<tr>\n<td valign="top" class="post2"><span class="postdetails">(.*?)</span></td>\n<td [^>]*><div class="postcolor">(.*?)</div></td>\n</tr>\n</table>', raw)
    if len(posts) != raw.count("<table class='ipbtable'") or not posts: errors.append(f"{f}: post tables not in IPB's form"); return
    rc = re.search(r'<div class="row2">([^:<]+): (\d+) &middot;', raw)
    if not rc or html.unescape(rc.group(1)) != "პასუხები" or int(rc.group(2)) != len(posts) - 1: errors.append(f"{f}: replies count vs posts")
    ids, times, seen = [int(p[0]) for p in posts], [], {}
    for eid, uid, nick, date, qlink, box, body in posts:
        try:
            times.append(dt.datetime.strptime(date, "%d %b %Y, %H:%M"))
        except ValueError:
            errors.append(f"{f}: entry {eid}: date {date!r}"); continue
        bm = re.search(r"ID: (\d+)$", box)
        if not bm or bm.group(1) != uid: errors.append(f"{f}: entry {eid}: member box ID vs showuser")
        if not topic or not re.fullmatch(r"https://forum\.ge/\?act=Post&amp;CODE=06&amp;f=\d+&amp;t=" + topic.group(1) + "&amp;p=" + eid, qlink):
            errors.append(f"{f}: entry {eid}: quote link's topic / post")
        for qn, qd, qt in re.findall(r"<div class='quotetop'>[^(<]*\(([^@<]+) @ ([^)<]+) \)</div><div class='quotemain'>(.*?)</div>", body):
            src = seen.get(qn.strip())
            if not src or src[0] != qd.strip() or html.unescape(qt) not in html.unescape(src[1]): errors.append(f"{f}: entry {eid}: quote of {html.unescape(qn)!r} not an earlier post")
        seen.setdefault(nick, (date, body))
        seen[nick] = (date, body)
    ascending(f, "entry ids", ids)
    ascending(f, "post dates", times)


# ---- 1245 blog.ir post
FA_DIG = str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789")
J_MONTHS = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]
J_DAYS = {"شنبه": 5, "یکشنبه": 6, "دوشنبه": 0, "سه شنبه": 1, "چهارشنبه": 2, "پنج شنبه": 3, "جمعه": 4}
NOWRUZ = {1401: dt.date(2022, 3, 21), 1402: dt.date(2023, 3, 21), 1403: dt.date(2024, 3, 20), 1404: dt.date(2025, 3, 21)}


def j2g(y, m, d):
    return NOWRUZ[y] + dt.timedelta(days=(m - 1) * 31 if m <= 7 else 186 + (m - 7) * 30) + dt.timedelta(days=d - 1)


def fa_time(s):
    m = re.fullmatch(r"(.+?)، (\d+) (\S+) (\d{4})، (\d\d):(\d\d) (ق\.ظ|ب\.ظ)", s.translate(FA_DIG))
    if not m or m.group(3) not in J_MONTHS: raise ValueError(s)
    y, mo, d = int(m.group(4)), J_MONTHS.index(m.group(3)) + 1, int(m.group(2))
    g = j2g(y, mo, d)
    if J_DAYS.get(m.group(1)) != g.weekday(): raise ValueError(f"weekday {m.group(1)} for {g}")
    h = int(m.group(5)) % 12 + (12 if m.group(7) == "ب.ظ" else 0)
    return (y, mo, d), dt.datetime(g.year, g.month, g.day, h, int(m.group(6)))


def check_blogir(f, raw):
    html_page(f, raw, None, '<!DOCTYPE html>\n<html dir="rtl" lang="fa">\n')
    t = re.search(r"<title>(.+?) :: (.+?)</title>", raw)
    h1 = re.search(r'<h1><a href="https://([\w-]+)\.blog\.ir/">(.+?)</a></h1>', raw)
    h2 = re.search(r'<h2 class="post-title"><a href="([^"]+)">(.+?)</a></h2>', raw)
    c = re.search(r'<link rel="canonical" href="([^"]+)" />', raw)
    if not t or not h1 or not h2 or not c or (t.group(1), t.group(2)) != (h2.group(2), h1.group(2)): errors.append(f"{f}: <title> vs h2 :: h1"); return
    pd = re.search(r'<div class="post-date">(.+?)</div>', raw)
    try:
        (jy, jm, jd), posted = fa_time(pd.group(1))
    except (AttributeError, ValueError, KeyError) as ex:
        errors.append(f"{f}: post date: {ex!r}"); return
    slug = html.unescape(h2.group(2)).replace(":", "").replace(" ", "-")
    want = f"https://{h1.group(1)}.blog.ir/{jy}/{jm:02d}/{jd:02d}/{quote(slug)}"
    if not c.group(1) == h2.group(1) == want: errors.append(f"{f}: canonical / title link vs the Jalali date and slug")
    n = re.search(r"<h3>نظرات \(([۰-۹]+)\)</h3>", raw)
    cs = re.findall(r'<li class="comment" id="comment-(\d+)">\n<div class="comment-head"><span class="name">[^<]+</span> <span class="date">([^<]+)</span></div>', raw)
    if not n or int(n.group(1).translate(FA_DIG)) != len(cs) or raw.count('<li class="comment"') != len(cs): errors.append(f"{f}: نظرات (N) vs comment blocks")
    times = []
    for cid, d in cs:
        try:
            times.append(fa_time(d)[1])
        except (ValueError, KeyError) as ex:
            errors.append(f"{f}: comment {cid}: date {ex!r}")
    if any(x < posted for x in times): errors.append(f"{f}: a comment before the post")
    ascending(f, "comment times", times)
    ascending(f, "comment ids", [int(x[0]) for x in cs])


# ---- 1246 Curated issue page
RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]


def check_curated(f, raw):
    html_page(f, raw, "ru")
    t = re.search(r"<title>(.+) — Выпуск #(\d+)</title>", raw)
    h1 = re.search(r'<h1><a href="(https://[^"/]+)/">(.+?)</a></h1>', raw)
    h2 = re.search(r"<h2>Выпуск #(\d+)</h2>", raw)
    if not t or not h1 or not h2 or t.group(1) != h1.group(2) or t.group(2) != h2.group(1): errors.append(f"{f}: issue number / name in <title>, h1, h2"); return
    n, host = int(h2.group(1)), h1.group(1)
    if f'<link rel="canonical" href="{host}/issues/{n}" />' not in raw: errors.append(f"{f}: canonical vs the issue number")
    nav = re.findall(rf'<a href="{re.escape(host)}/issues/(\d+)">', raw)
    if sorted(int(x) for x in nav) != [x for x in (n - 1, n + 1) if x > 0]: errors.append(f"{f}: previous / next links {nav}")
    tm = re.search(r'<time datetime="(\d{4})-(\d\d)-(\d\d)">(\d+) (\w+) (\d{4})</time>', raw)
    if not tm or (int(tm.group(4)), RU_MONTHS.index(tm.group(5)) + 1 if tm.group(5) in RU_MONTHS else 0, int(tm.group(6))) != (int(tm.group(3)), int(tm.group(2)), int(tm.group(1))):
        errors.append(f"{f}: <time datetime> vs the date shown")
    items = re.findall(r'<div class="item" id="item-(\d+)">\n<h4 class="item__title"><a href="([^"]+)">[^<]+</a></h4>\n<p>[^<]+</p>\n<p class="item__link">([^<]+)</p>\n</div>', raw)
    if not items or len(items) != raw.count('<div class="item"'): errors.append(f"{f}: items not in the Curated form")
    ids = [int(x[0]) for x in items]
    if ids != sorted(set(ids)): errors.append(f"{f}: item ids not unique and ascending")
    for iid, href, dom in items:
        if urlparse(html.unescape(href)).netloc != dom: errors.append(f"{f}: item {iid}: domain line {dom} vs its link")
    if '<p>Powered by <a href="https://curated.co">Curated</a></p>' not in raw: errors.append(f"{f}: the Curated footer")


def shape_checks(f, raw, path):
    n = num(f)
    {1237: check_sigarra, 1238: check_ghmdtoc, 1239: check_spark, 1240: check_afnor, 1241: check_ris,
     1242: check_ragic, 1243: check_zangi, 1244: check_forumge, 1245: check_blogir,
     1246: check_curated}.get(n, lambda f, r: errors.append(f"{f}: unknown number"))(f, raw)


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
# round122's and round123's, a byte-identical file counted once), and the round122/round123 split (candidates sorted by
# (uses, catalogue title); round122 = even positions from 4 on, one unbroken run; round123 takes the odd ones)
used = Counter()
TD = "/work/main/tests/data"
P123S = ["/work/rounds/digests-round123/expected.json", "/work/main/tests/data/digests-round123/expected.json"]
P123 = next((p for p in P123S if os.path.exists(p)), None)
own = {open(os.path.join(ROOT, "expected.json"), "rb").read()}
for p in P123S:
    if os.path.exists(p): own.add(open(p, "rb").read())
counted = set()
for d in sorted(os.listdir(TD)):
    pth = os.path.join(TD, d, "expected.json")
    if d in ("digests-round122", "digests-round123") or not os.path.exists(pth): continue
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
if odd: errors.append(f"papers not at an even position (round122 takes the even ones): {odd}")
if {1, 2} & {pos.get(k) for k in mine}: errors.append("position 1 or 2 is used")
gaps = sorted(run - mine, key=lambda k: pos[k])
if gaps: errors.append(f"even positions skipped inside the run 4..{last}: {[(pos[k], k) for k in gaps]}")
r123 = set()
if P123:
    try:
        r123 = {x["true_arxiv_id"] or x["title"].lower() for recs in json.load(open(P123)).values() for x in recs}
    except (ValueError, KeyError, TypeError):
        notes.append(f"{P123} exists but could not be read (being written?)")
    if r123 & mine: errors.append(f"papers also in round123: {sorted(r123 & mine)}")
shared123 = len(r123 & mine) if P123 else "(no round123 expected.json yet)"

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
if multi: errors.append(f"papers in more than one round122 file: {multi}")
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
      f"at odd positions: {len(odd)}; shared with round123: {shared123}; papers in more than one round122 file: {multi}")
for n in notes: print("note:", n)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)

