#!/usr/bin/env python3
"""728: a regedit export (.reg, "Windows Registry Editor Version 5.00"): UTF-16 LE with BOM, CRLF, a blank line
after every key, strings with \\ and \" escaped, dword / hex(b) / hex / hex(2) / hex(7) values with regedit's
wrapping (",\\" then two spaces). The settings of an invented Greek PDF-library app (Vivliothiki) moved to a new
laptop, plus Internet Explorer's TypedURLs. Diffusion models."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_raw, CAT
from make_expected import by_num, keys

F = by_num(728)
A = lambda k: f"https://arxiv.org/abs/{k}"
APP = r"HKEY_CURRENT_USER\Software\Kallipos Software\Vivliothiki"
HOME = r"C:\Users\eleni.k\Documents\Βιβλιοθήκη άρθρων"


def s(v):
    return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'


def hexval(name, kind, data):
    prefix = f"{s(name)}={kind}:"
    pieces = [f"{b:02x}" for b in data]
    out, col = prefix, len(prefix)
    for i, p in enumerate(pieces):
        seg = p + ("," if i < len(pieces) - 1 else "")
        if col + len(seg) > 78 and i > 0:
            out += "\\\r\n  "; col = 2
        out += seg; col += len(seg)
    return out


def sz2(v):   # REG_EXPAND_SZ
    return (v + "\0").encode("utf-16-le")


def msz(vs):  # REG_MULTI_SZ
    return ("\0".join(vs) + "\0\0").encode("utf-16-le")


def dword(n):
    return f"dword:{n:08x}"


def qword(n):
    return n.to_bytes(8, "little")


blocks = []
def key(path, *vals):
    blocks.append("[" + path + "]" + "".join("\r\n" + v for v in vals))

ITEMS = [
 # (kind, title, authors, year, url, ident, file, note, tags, rating, read)
 ("article", T("2302.05543"), au("2302.05543", 9, ""), 2023, A("2302.05543"), "", HOME + r"\2302.05543v2.pdf",
  "Κλειδί για το κεφάλαιο 3: «μηδενικές» συνελίξεις (zero convolution) ώστε ο εκπαιδευόμενος κλάδος να ξεκινά χωρίς να χαλάει το παγωμένο μοντέλο.",
  ["διάχυση", "έλεγχος"], 5, 1),
 ("article", T("2208.01618"), au("2208.01618", 9, ""), 2022, "", "", HOME + r"\Σεμινάριο\εκτύπωση_σελ12-20.pdf",
  "Από τη φωτοτυπία του σεμιναρίου (χωρίς σύνδεσμο). Μία νέα «λέξη» στο χώρο ενσωματώσεων του κωδικοποιητή κειμένου.",
  ["διάχυση", "εξατομίκευση"], 4, 1),
 ("article", T("2303.01469"), au("2303.01469", 9, ""), 2023, A("2303.01469"), "", HOME + r"\2303.01469v2.pdf",
  "Δειγματοληψία σε ένα βήμα· να συγκριθεί με την απόσταξη προόδου. Ο Νίκος λέει ότι το παράρτημα με το CIFAR-10 αξίζει.",
  ["διάχυση", "γρήγορη δειγματοληψία"], 4, 0),
 ("article", T("2006.11239"), au("2006.11239", 9, ""), 2020, "", "", "",
  "Το βασικό άρθρο· το έχω σε χαρτί από το μάθημα του κ. Παπαδάκη. Εξίσωση (14): απλοποιημένη απώλεια \"simple\".",
  ["διάχυση", "βασικά"], 5, 1),
 ("article", T("2009.09761"), au("2009.09761", 9, ""), 2020, "", "arXiv:2009.09761", "",
  "Για τη διπλωματική του Στέλιου (σύνθεση ομιλίας). Ο σύνδεσμος έλειπε από το email, μόνο ο αριθμός.",
  ["διάχυση", "ήχος"], 3, 0),
 ("article", T("2208.12242"), au("2208.12242", 9, ""), 2022, A("2208.12242"), "", HOME + r"\2208.12242v2.pdf",
  "Απώλεια διατήρησης κλάσης (prior preservation) — να τη δοκιμάσουμε στα 20 πορτρέτα του εργαστηρίου.",
  ["διάχυση", "εξατομίκευση"], 4, 1),
 ("article", T("2112.10752"), au("2112.10752", 9, ""), 2021, "", "", HOME + r"\Σεμινάριο\latent_αντίγραφο.pdf",
  "Διάχυση στον λανθάνοντα χώρο ενός αυτοκωδικοποιητή· αντίγραφο από τον φάκελο του σεμιναρίου, χωρίς πηγή.",
  ["διάχυση", "βασικά"], 5, 1),
 ("article", T("2211.09800"), au("2211.09800", 9, ""), 2022, "", "", "",
  "Επεξεργασία εικόνας με οδηγίες· δεδομένα εκπαίδευσης παραγμένα από γλωσσικό μοντέλο + διάχυση. Να το διαβάσω πριν την Τρίτη.",
  ["διάχυση", "επεξεργασία"], 0, 0),
 ("web", "Μάθημα Hugging Face για μοντέλα διάχυσης (Unit 1–4)", "Hugging Face", 2023,
  "https://huggingface.co/learn/diffusion-course/unit0/1", "", "", "Μάθημα, όχι άρθρο. Καλές ασκήσεις με το diffusers.",
  ["μάθημα"], 3, 1),
 ("book", "Understanding Deep Learning (κεφ. 18)", "Simon J. D. Prince", 2023, "https://udlbook.github.io/udlbook/",
  "", HOME + r"\Βιβλία\UDL_ch18.pdf", "Βιβλίο· το κεφάλαιο 18 είναι καλή εισαγωγή στη διάχυση.", ["βιβλίο"], 4, 1),
]

key(r"HKEY_CURRENT_USER\Software\Kallipos Software")
key(APP)
key(APP + r"\2.4",
    f'"InstallLanguage"="el-GR"',
    hexval("LibraryPath", "hex(2)", sz2(r"%USERPROFILE%\Documents\Βιβλιοθήκη άρθρων")),
    f'"SyncServer"="https://sync.vivliothiki.example.gr/api/v2"',
    hexval("LastSync", "hex(b)", qword(133548297600000000)),
    f'"ShowWelcome"={dword(0)}',
    hexval("WindowPlacement", "hex", bytes([0x2c, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0xff, 0xff, 0xff, 0xff, 0xff,
                                             0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x8c,
                                             0, 0, 0, 0x50, 0, 0, 0, 0x4c, 6, 0, 0, 0x2e, 3, 0, 0])))
key(APP + r"\2.4\Library", f'"Count"={dword(len(ITEMS))}', f'"SortBy"="added-desc"',
    f'"DefaultView"="Λίστα"')
for i, (kind, title, authors, year, url, ident, file, note, tags, rating, read) in enumerate(ITEMS, 1):
    vals = [f'"Kind"="{kind}"', f'"Title"={s(title)}', f'"Authors"={s(authors)}', f'"Year"={dword(year)}',
            f'"Url"={s(url)}']
    if ident: vals.append(f'"Identifier"={s(ident)}')
    vals += [f'"File"={s(file)}', f'"Note"={s(note)}', hexval("Tags", "hex(7)", msz(tags)),
             f'"Rating"={dword(rating)}', f'"Read"={dword(read)}',
             hexval("Added", "hex(b)", qword(133530000000000000 + i * 8640000000000 + i * 37311))]
    key(APP + rf"\2.4\Library\Item{i:03d}", *vals)
key(APP + r"\2.4\RecentFiles", f'"MRUList"="cab"', f'"a"={s(HOME + chr(92) + "2303.01469v2.pdf")}',
    f'"b"={s(HOME + chr(92) + "2208.12242v2.pdf")}', f'"c"={s(HOME + chr(92) + "2302.05543v2.pdf")}')
key(APP + r"\2.4\Reader", f'"Zoom"={dword(125)}', f'"NightMode"={dword(1)}', f'"HighlightColor"="#ffd54f"',
    f'"Font"="Noto Serif Display"')
key(r"HKEY_CURRENT_USER\Software\Microsoft\Internet Explorer\TypedURLs",
    f'"url1"="{A("2208.12242")}"', f'"url2"="https://huggingface.co/docs/diffusers/index"',
    f'"url3"="{A("2303.01469")}"', f'"url4"="https://udlbook.github.io/udlbook/"',
    f'"url5"="https://eclass.uni-aigaiou.example.gr/courses/CS512/"', f'"url6"="{A("2302.05543")}"')

text = "Windows Registry Editor Version 5.00\r\n\r\n" + "".join(b + "\r\n\r\n" for b in blocks)
data = b"\xff\xfe" + text.encode("utf-16-le")
unesc = text.replace('\\"', '"').replace("\\\\", "\\")
write_raw(F, data, [text, unesc], keys(F))
