#!/usr/bin/env python3
"""891: a university seminar page saved with the SingleFile browser extension (default options: scripts removed,
images and the favicon inlined as `data:` URIs, CSS inlined and minified, `compressHTML` on). The page is built as a
small DOM here and serialised the way SingleFile's serializer does (its public `html-serializer.js`): doctype
followed by one space, the `<!--\\n Page saved with SingleFile \\n url: … \\n saved date: <JS Date string>\\n-->`
comment as the first child of `<html>`, optional tags dropped (`<head>` start, `</head>`, `</body>`, `</html>`,
`</li>`, `</tr>`, `</td>`, `</th>`, `</thead>`, `</tbody>`, `</p>` before a block), attribute values unquoted unless
they hold a blank, quote, backtick, `=`, `<` or `>`, text `&`, `<`, `>` escaped, no whitespace between elements,
no final newline. A Polish machine-learning department's seminar schedule (Polish text); a recording playlist, a
course and a book are not papers."""
import base64, html, os, re, struct, sys, zlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, ALPHAGOZERO

F = by_num(891)
K = dict(simclr="2002.05709", cpc="1807.03748", gato="2205.06175", mv="2006.05576", shortcut="2004.07780",
         convnets="2010.08515", medselect="2103.14339")
BASE = "https://wmi.uczelnia.example/zum/seminarium/2024-lato/"
SAVED = "Tue Mar 05 2024 22:14:37 GMT+0100 (czas środkowoeuropejski standardowy)"


def png(w, h, rgb):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))
    chunk = lambda t, d: struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + \
        chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    return "data:image/png;base64," + base64.b64encode(data).decode()


class E:
    def __init__(self, tag, attrs=(), *children):
        self.tag, self.attrs, self.children = tag.upper(), list(attrs), list(children)


class Comment:
    def __init__(self, text):
        self.text = text


VOID = {"AREA", "BASE", "BASEFONT", "BGSOUND", "BR", "COL", "COMMAND", "EMBED", "FRAME", "HR", "IMG", "INPUT", "KEYGEN",
        "LINK", "META", "PARAM", "SOURCE", "TRACK", "WBR"}
BLOCK_AFTER_P = {"ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "DETAILS", "DIV", "DL", "FIELDSET", "FIGCAPTION", "FIGURE",
                 "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "MAIN", "NAV", "OL", "P", "PRE",
                 "SECTION", "TABLE", "UL"}


def tagname(n):
    return n.tag if isinstance(n, E) else None


def omitted_end(el, nxt, parent):
    t, nt = el.tag, tagname(nxt)
    if t in ("HTML", "BODY"): return not isinstance(nxt, Comment)
    if t == "HEAD": return nxt is None or (not isinstance(nxt, Comment) and not (isinstance(nxt, str) and nxt[:1].isspace()))
    if t == "LI": return (nxt is None and parent is not None and parent.tag in ("UL", "OL")) or nt == "LI"
    if t in ("DT", "DD"): return nxt is None or nt in ("DT", "DD")
    if t == "P": return nt in BLOCK_AFTER_P
    if t in ("THEAD", "TBODY"): return nxt is None or nt in ("TBODY", "TFOOT")
    if t == "TR": return nxt is None or nt == "TR"
    if t in ("TD", "TH"): return nxt is None or nt in ("TD", "TH")
    return False


def attr(name, value):
    value = value.replace("&", "&amp;").replace("\u00a0", "&nbsp;")
    q = '"'
    if '"' in value:
        if "'" in value: value = value.replace('"', "&quot;")
        else: q = "'"
    if value == "": return " " + name
    if re.search(r"[ \t\n\f\r'\"`=<>]", value): return f" {name}={q}{value}{q}"
    return f" {name}={value}"


def ser(node, parent=None, nxt=None):
    if isinstance(node, str):
        if parent is not None and parent.tag == "STYLE":
            return node.replace("</", "<\\/")
        return node.replace("&", "&amp;").replace("\u00a0", "&nbsp;").replace("<", "&lt;").replace(">", "&gt;")
    if isinstance(node, Comment):
        return "<!--" + node.text + "-->"
    el = node
    omit_start = (el.tag == "HEAD" and (not el.children or isinstance(el.children[0], E))) or \
                 (el.tag == "BODY" and not el.children)
    out = ""
    if not omit_start or el.attrs:
        out = "<" + el.tag.lower() + "".join(attr(k, v) for k, v in el.attrs) + ">"
    for i, c in enumerate(el.children):
        out += ser(c, el, el.children[i + 1] if i + 1 < len(el.children) else None)
    if not omitted_end(el, nxt, parent) and el.tag not in VOID:
        out += "</" + el.tag.lower() + ">"
    return out


def a(href, text):
    return E("a", [("href", href)], text)


CSS = ("body{margin:0;font-family:\"Source Sans Pro\",Arial,sans-serif;color:#222;background:#fff}"
       ".site-header{display:flex;align-items:center;gap:24px;padding:12px 32px;background:#003366}"
       ".site-header a{color:#fff;text-decoration:none}.main-nav ul{display:flex;gap:18px;list-style:none;margin:0;padding:0}"
       "#content{max-width:960px;margin:0 auto;padding:24px 32px}.breadcrumbs{font-size:.85em;color:#666}"
       ".lead{font-size:1.15em}table.schedule{width:100%;border-collapse:collapse}"
       "table.schedule th,table.schedule td{border-bottom:1px solid #ddd;padding:6px 8px;text-align:left;vertical-align:top}"
       "table.schedule tr.break td{color:#888;font-style:italic}.site-footer{padding:16px 32px;background:#f2f2f2;font-size:.85em}")

ROWS = [
    ("7 marca", "mgr Jan Kowalczyk",
     [a("https://arxiv.org/abs/2002.05709", T(K["simclr"])), " (Chen i in., ICML 2020)"], [a(BASE + "slajdy-01.pdf", "slajdy")]),
    ("14 marca", "Zofia Nowak (II st.)",
     [a("https://arxiv.org/pdf/1807.03748", T(K["cpc"])), " (van den Oord i in., 2018)"], ["—"]),
    ("21 marca", "mgr inż. Paweł Wiśniewski",
     [a("https://openreview.net/forum?id=-bdp_8Itjwp", T(K["mv"])), " — wersja z ICLR 2021 z recenzjami"], ["—"]),
    (None, "Przerwa wielkanocna (28 marca) — spotkania nie ma", None, None),
    ("4 kwietnia", "dr Agnieszka Zielińska",
     [T(K["shortcut"]), " (Geirhos i in., Nature Machine Intelligence 2020; preprint arXiv:2004.07780)"], ["—"]),
    ("11 kwietnia", "Michał Lewandowski (II st.)",
     [T(K["convnets"]), " (ICLR 2021) — link do PDF wkrótce"], ["—"]),
    ("18 kwietnia", "dr hab. Tomasz Wójcik",
     [ALPHAGOZERO, " (Silver i in., Nature 550, 2017)"], ["—"]),
    ("25 kwietnia", "Katarzyna Kamińska (II st.)",
     [a("https://arxiv.org/abs/2205.06175", T(K["gato"])), " (Reed i in., TMLR 2022)"], ["—"]),
    ("9 maja", "Karolina Dąbrowska (II st.)",
     [T(K["medselect"]), " — tekst rozesłany mailem, temat na styku uczenia przez wzmacnianie i obrazowania medycznego"],
     ["—"]),
    ("16 maja", "gość: dr Ewa Mazur (Instytut Informatyki PAN)",
     ["Wykład gościnny „Uczenie reprezentacji w praktyce przemysłowej” (bez artykułu do przeczytania)"], ["—"]),
]


def row(r):
    date, who, paper, mats = r
    if date is None:
        return E("tr", [("class", "break")], E("td", [("colspan", "4")], who))
    return E("tr", [], E("td", [], date), E("td", [], who), E("td", [], *paper), E("td", [], *mats))


logo = png(48, 48, (0, 51, 102))
icon = png(16, 16, (0, 51, 102))
nav = E("nav", [("class", "main-nav")], E("ul", [], *[E("li", [], a(u, t)) for u, t in (
    ("https://wmi.uczelnia.example/", "Wydział"), ("https://wmi.uczelnia.example/zum/", "Zakład"),
    ("https://wmi.uczelnia.example/zum/seminarium/", "Seminarium"), ("https://wmi.uczelnia.example/zum/kontakt/", "Kontakt"))]))
doc = E("html", [("lang", "pl")],
        Comment("\n Page saved with SingleFile \n url: " + BASE + " \n saved date: " + SAVED + "\n"),
        E("head", [],
          E("meta", [("charset", "utf-8")]),
          E("title", [], "Seminarium Zakładu Uczenia Maszynowego – semestr letni 2023/24 | Wydział Matematyki i Informatyki"),
          E("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")]),
          E("meta", [("name", "description"), ("content", "Harmonogram seminarium zakładowego: referaty, artykuły i materiały.")]),
          E("style", [], CSS),
          E("link", [("rel", "icon"), ("href", icon)]),
          E("link", [("rel", "canonical"), ("href", BASE)])),
        E("body", [("class", "page page-seminar")],
          E("header", [("class", "site-header")],
            E("a", [("class", "logo"), ("href", "https://wmi.uczelnia.example/")],
              E("img", [("src", logo), ("alt", "Logo wydziału"), ("width", "48"), ("height", "48")])), nav),
          E("main", [("id", "content")],
            E("nav", [("class", "breadcrumbs")], a("https://wmi.uczelnia.example/", "Strona główna"), " › ",
              a("https://wmi.uczelnia.example/zum/", "Zakład Uczenia Maszynowego"), " › Seminarium"),
            E("h1", [], "Seminarium Zakładu Uczenia Maszynowego"),
            E("p", [("class", "lead")], "Semestr letni 2023/24, czwartki 16:15–17:45, sala 3.27 oraz zdalnie (link w USOS)."),
            E("p", [], "Na każdym spotkaniu jedna osoba referuje jeden artykuł (ok. 40 minut), potem dyskusja. "
                       "W tym semestrze: uczenie reprezentacji bez nadzoru, skróty i odporność modeli oraz uczenie przez "
                       "wzmacnianie. Prosimy przeczytać artykuł przed spotkaniem; pytania można zgłaszać referentowi mailem."),
            E("h2", [], "Harmonogram"),
            E("table", [("class", "schedule")],
              E("thead", [], E("tr", [], *[E("th", [], h) for h in ("Data", "Referent", "Artykuł", "Materiały")])),
              E("tbody", [], *[row(r) for r in ROWS])),
            E("h2", [], "Zasady zaliczenia"),
            E("ul", [], E("li", [], "jeden referat w semestrze (slajdy wysyłamy dzień wcześniej),"),
              E("li", [], "obecność na co najmniej 8 spotkaniach,"),
              E("li", [], "krótka notatka (1 strona) o wybranym artykule innej osoby.")),
            E("h2", [], "Materiały dodatkowe"),
            E("ul", [],
              E("li", [], a("https://www.youtube.com/playlist?list=PLexample-zum-2023", "Nagrania referatów z semestru zimowego"),
                " (YouTube)"),
              E("li", [], a("https://moodle.uczelnia.example/course/view.php?id=4127", "Kurs „Głębokie uczenie” na Moodle"),
                " — wykłady wprowadzające"),
              E("li", [], "Podręcznik: ", a("https://www.deeplearningbook.org/", "Deep Learning"),
                " (Goodfellow, Bengio, Courville), rozdziały 14–15"))),
          E("footer", [("class", "site-footer")],
            E("p", [], "© 2024 Wydział Matematyki i Informatyki. Kontakt w sprawie seminarium: zum-seminarium@uczelnia.example"),
            E("p", [], "Ostatnia aktualizacja strony: 4 marca 2024"))))
text = "<!DOCTYPE html> " + ser(doc)
write_only(F, text, keys(F), [html.unescape(text)])
