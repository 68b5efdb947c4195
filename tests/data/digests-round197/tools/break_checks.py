#!/usr/bin/env python3
"""Breaks a scratch copy of round197 (/tmp/r197/break, deleted afterwards) one case at a time and checks that
validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's ERROR
lines. (round195's harness, with round197's cases; every digest is UTF-8 with LF and a final newline, but 1993:
UTF-16LE with a BOM and CRLF — its text is edited decoded and written back in its encoding.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/r197/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1987, 1997)}


def load(n, p):
    b = open(p, "rb").read()
    return b[2:].decode("utf-16-le") if n == 1993 else b.decode("utf-8")


def save(n, p, s):
    with open(p, "wb") as fh:
        fh.write(b"\xff\xfe" + s.encode("utf-16-le") if n == 1993 else s.encode("utf-8"))


def text(n, f):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = load(n, p)
        save(n, p, f(s))
    return fn


def sub(n, old, new, count=1, regex=False):
    def f(s):
        if regex:
            assert re.search(old, s, re.S | re.M), (n, old)
            return re.sub(old, new, s, count=count, flags=re.S | re.M)
        assert old in s, (n, old)
        return s.replace(old, new, count if count else -1)
    return text(n, f)


def raw_bytes(n, f):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        b = open(p, "rb").read()
        with open(p, "wb") as fh:
            fh.write(f(b))
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        with open(p) as fh: e = json.load(fh)
        f(e)
        with open(p, "w") as fh: json.dump(e, fh, indent=1, ensure_ascii=False)
    return fn


sys.path.insert(0, os.path.join(HERE, "tools"))
from catalogue import T as T_

EOL = {n: "\r\n" if n == 1993 else "\n" for n in range(1987, 1997)}
CASES = {
 # every file: line ends, the final line end, trailing blanks
 **{f"{n} line ends": text(n, (lambda s: s.replace("\r\n", "\n")) if n == 1993 else (lambda s: s.replace("\n", "\r\n"))) for n in range(1987, 1997)},
 **{f"{n} final newline": text(n, lambda s, n=n: s[:-len(EOL[n])]) for n in range(1987, 1997)},
 **{f"{n} trailing blank": text(n, lambda s, n=n: s.replace(EOL[n], " " + EOL[n], 1)) for n in range(1987, 1997)},
 # 1987 Wesnoth WML
 "1987 no textdomain": sub(1987, "#textdomain wesnoth-Biblioteca_Profunda\n", ""),
 "1987 tag not closed": sub(1987, "    [/side]\n", "", 1),
 "1987 tag mismatch": sub(1987, "        [/message]\n    [/event]\n\n    # http", "        [/messages]\n    [/event]\n\n    # http"),
 "1987 indentation": sub(1987, "        side=1\n", "      side=1\n"),
 "1987 tab": sub(1987, "        side=1\n", "\tside=1\n"),
 "1987 not translatable": sub(1987, 'name= _ "A Biblioteca', 'name="A Biblioteca'),
 "1987 string open": sub(1987, 'Meus esqueletos não leem."', 'Meus esqueletos não leem.'),
 "1987 bad line": sub(1987, "turns=24", "turns 24"),
 "1987 directive in comment": sub(1987, "# Cenário 1", "#define Cenário 1"),
 # 1988 Endless Sky
 "1988 spaces": sub(1988, "\tminor\n", "    minor\n"),
 "1988 jump": sub(1988, "\t\trandom < 40", "\t\t\trandom < 40"),
 "1988 backtick": sub(1988, "`\tHon ger dig", "\tHon ger dig"),
 "1988 unknown keyword": sub(1988, "\tminor\n", "\tminorr\n"),
 "1988 payment": sub(1988, "payment 18000", "payment 18 000"),
 "1988 mission twice": sub(1988, 'mission "Läsecirkeln: minne"', 'mission "Läsecirkeln: ReAct"'),
 "1988 no name": sub(1988, '\tname "Arkivleverans till <destination>"\n', ""),
 "1988 indented comment": sub(1988, "# Generativa agenter", "\t# Generativa agenter"),
 "1988 top-level": sub(1988, 'mission "Läsecirkeln: minne"', 'event "Läsecirkeln: minne"'),
 # 1989 Angband
 "1989 unknown field": sub(1989, "pile:100:1", "stack:100:1"),
 "1989 order": sub(1989, "type:magic book\nlevel:5\n", "level:5\ntype:magic book\n"),
 "1989 graphics": sub(1989, "graphics:?:r", "graphics:book:red"),
 "1989 level": sub(1989, "level:15", "level:fifteen"),
 "1989 alloc": sub(1989, "alloc:20:5 to 100", "alloc:20:5-100"),
 "1989 brackets": sub(1989, "name:[Kniha šumu]", "name:Kniha šumu"),
 "1989 name twice": sub(1989, "name:[Latentní svitky]", "name:[Kniha šumu]"),
 "1989 no desc": sub(1989, r"desc:Zvuková.*?\n(?=desc)", "", regex=True),
 # 1990 DCSS
 "1990 ENDMAP": sub(1990, "ENDMAP\n", "", 1),
 "1990 ragged": sub(1990, "x....d....x\n", "x....d...x\n", 1),
 "1990 glyph": sub(1990, "+....1....+", "+....Z....+"),
 "1990 edge": sub(1990, "xxxxxxxxxxx\nx....d", ".xxxxxxxxxx\nx....d"),
 "1990 key order": sub(1990, "ORIENT:  float\nWEIGHT:  5\n", "WEIGHT:  5\nORIENT:  float\n"),
 "1990 column": sub(1990, "TAGS:    transparent no_monster_gen", "TAGS: transparent no_monster_gen"),
 "1990 NAME twice": sub(1990, "NAME:    lab_czytelnia_b", "NAME:    lab_czytelnia_a"),
 "1990 orient": sub(1990, "ORIENT:  float\nWEIGHT:  3", "ORIENT:  floating\nWEIGHT:  3"),
 "1990 depth": sub(1990, "DEPTH:   D:8-, Lair", "DEPTH:   Dungeon 8"),
 "1990 stray line": sub(1990, "# Regał D", "Regał D"),
 # 1991 Stellaris
 "1991 no BOM": sub(1991, "\ufeff", ""),
 "1991 header": sub(1991, "l_german:", "l_deutsch:"),
 "1991 indentation": sub(1991, " tech_lab_t5:0", "  tech_lab_t5:0"),
 "1991 inner quote": sub(1991, "Skalierungsgesetze", 'Skalierungs"gesetze'),
 "1991 colour open": sub(1991, "Mixed Precision Training§!", "Mixed Precision Training"),
 "1991 key twice": sub(1991, " tech_lab_t5:0", " tech_lab_chinchilla:0"),
 "1991 undefined ref": sub(1991, "$tech_lab_scaling_laws$", "$tech_lab_scaling$"),
 "1991 escape": sub(1991, "\\nVerlust", "\\tVerlust"),
 "1991 desc orphan": sub(1991, ' tech_lab_emergence:0 "Emergente Fähigkeiten"\n', ""),
 # 1992 QMK
 "1992 unclosed string": sub(1992, '(arXiv 1908.10084)");', '(arXiv 1908.10084));'),
 "1992 brace": sub(1992, "    return true;\n}\n", "    return true;\n"),
 "1992 indentation": sub(1992, "            return false;", "           return false;"),
 "1992 no include": sub(1992, "#include QMK_KEYBOARD_H\n", ""),
 "1992 key count": sub(1992, "KC_TAB,  KC_Q,    ", "KC_TAB,  "),
 "1992 macro not placed": sub(1992, " M_ELEC,  XXXXXXX,\n", " XXXXXXX, XXXXXXX,\n"),
 "1992 no case": sub(1992, "case M_GLAT: // GLAT", "case M_GLATX: // GLAT"),
 "1992 non-ASCII": sub(1992, "(arXiv 1908.10084)", "(arXiv 1908.10084, ğ)"),
 "1992 no SAFE_RANGE": sub(1992, " = SAFE_RANGE,", ","),
 # 1993 Win32 resource script
 "1993 no BOM": raw_bytes(1993, lambda b: b[2:]),
 "1993 UTF-8": raw_bytes(1993, lambda b: b[2:].decode("utf-16-le").encode("utf-8")),
 "1993 no winres": sub(1993, '#include "winres.h"', '#include "windows.h"'),
 "1993 endif missing": sub(1993, "#endif    // Hungarian (Hungary) resources\r\n", ""),
 "1993 no LANGUAGE": sub(1993, "LANGUAGE LANG_ENGLISH, SUBLANG_ENGLISH_US\r\n", ""),
 "1993 no BEGIN": sub(1993, "STRINGTABLE\r\nBEGIN", "STRINGTABLE\r\n{"),
 "1993 no END": sub(1993, "END\r\n\r\n#endif    // English", "\r\n#endif    // English"),
 "1993 id twice": sub(1993, "    IDS_TALK ", "    IDS_APP_TITLE "),
 "1993 ids differ": sub(1993, "    IDS_SHELF_OTHER ", "    IDS_SHELF_MISC  "),
 "1993 bare quote": sub(1993, '""Multimodal', '"Multimodal'),
 "1993 bad escape": sub(1993, "\\nhttps://arxiv.org/pdf/2204.14198v1", "\\thttps://arxiv.org/pdf/2204.14198v1"),
 "1993 tab indent": sub(1993, "    IDS_POSTER_CLIP", "\tIDS_POSTER_CLIP"),
 # 1994 OpenXcom
 "1994 odd indentation": sub(1994, "    cost: 400", "   cost: 400"),
 "1994 tab": sub(1994, "    cost: 400", "\tcost: 400"),
 "1994 section order": sub(1994, "ufopaedia:\n", "ufopedia:\n"),
 "1994 cost": sub(1994, "cost: 400", "cost: lots"),
 "1994 type_id": sub(1994, "type_id: 8", "type_id: 9"),
 "1994 dependency": sub(1994, "      - STR_LAB_LRA\n", "      - STR_LAB_ARENA\n", 1),
 "1994 text missing": sub(1994, "      STR_LAB_GPTQ_UFOPEDIA:", "      STR_LAB_GPTQ_UFOPAEDIA:"),
 "1994 string open": sub(1994, '"研究所の読書会"', '"研究所の読書会'),
 "1994 language": sub(1994, "type: ja", "type: jp"),
 # 1995 Freeciv
 "1995 key order": sub(1995, 'req1     = "None"\nreq2     = "None"', 'req2     = "None"\nreq1     = "None"'),
 "1995 bad req": sub(1995, 'req1     = "Olekuruumid"', 'req1     = "Olekuruum"'),
 "1995 name twice": sub(1995, '_("Lehtertrafo")', '_("Pikad dokumendid")'),
 "1995 unclosed helptext": sub(1995, 'https://arxiv.org/abs/1904.10509")', 'https://arxiv.org/abs/1904.10509'),
 "1995 inner quote": sub(1995, "Teadlased loevad artiklit \\\"", "Teadlased loevad artiklit \""),
 "1995 control first": sub(1995, "[control]", "[controls]"),
 "1995 bad value": sub(1995, "format_version = 30", "format_version = thirty"),
 "1995 stray line": sub(1995, "; omad lipud puuduvad", "omad lipud puuduvad"),
 # 1996 DST
 "1996 brace": sub(1996, "}\n\nAssets = {", "\nAssets = {"),
 "1996 string": sub(1996, 'STRINGS.NAMES.LAB_BISHOP = "Manuel de Bishop"', 'STRINGS.NAMES.LAB_BISHOP = "Manuel de Bishop'),
 "1996 indentation": sub(1996, '    "lab_bishop",', '  "lab_bishop",'),
 "1996 missing describe": sub(1996, r"STRINGS\.CHARACTERS\.WICKERBOTTOM\.DESCRIBE\.LAB_JURAFSKY[^\n]*\n", "", regex=True),
 "1996 orphan string": sub(1996, "STRINGS.NAMES.LAB_BISHOP", "STRINGS.NAMES.LAB_BISHOPX"),
 "1996 statement": sub(1996, "-- Manuel de Bishop\n", "print(\"Manuel de Bishop\")\n"),
 "1996 no GLOBAL": sub(1996, "local STRINGS = GLOBAL.STRINGS", "local STRINGS = STRINGS"),
 "1996 catalogue title": sub(1996, "Un classique, pas un article.", "Voir aussi " + T_("2103.00020") + "."),
 "1996 arXiv id": sub(1996, "Un classique, pas un article.", "Voir 2103.00020."),
 # labels
 "title cut in 1987": sub(1987, T_("2402.09353"), "DoRA", 0),
 "title cut in 1991": sub(1991, T_("2206.07682"), "Emergenz", 0),
 "title cut in 1994": sub(1994, T_("2202.10447"), "FLASH", 0),
 "link removed in 1989": sub(1989, "https://arxiv.org/abs/2006.11239", "arXiv"),
 "link removed in 1993": sub(1993, "https://arxiv.org/abs/2102.05918v4", "arXiv", 0),
 "title cut in 1993": sub(1993, T_("2106.10270"), "ViT", 0),
 "OpenReview link cut in 1988": sub(1988, "forum?id=WE_vluYUL-X", "forum?id=WE_v"),
 "OpenReview link cut in 1995": sub(1995, "forum?id=uYLFoz1vlAC", "forum?id=uYLF"),
 "arxiv-text id removed in 1990": sub(1990, " (arXiv 2103.09762)", ""),
 "arxiv-text made a link in 1992": sub(1992, "(arXiv 1908.10084)", "https://arxiv.org/abs/1908.10084"),
 "title-only given an id in 1989": sub(1989, T_("2010.02014") + ".", T_("2010.02014") + " 2010.02014."),
 "unlabelled title in 1988": sub(1988, "Du lovar att fråga Lindqvist.", "Och " + T_("2103.00020") + "."),
 "unlabelled OpenReview id in 1991": sub(1991, "stellaris-labtech", "stellaris-labtech https://openreview.net/forum?id=B1ckMDqlg"),
 "valid-shaped id in 1987": sub(1987, "versão 0.3.1", "versão 2301.12345"),
 "label in the negative": exp_edit(lambda e: e[D[1996]].append(dict(e[D[1995]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[1990]][4].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[1993]][1].update(title="Flamingo")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[1991]][2].update(true_arxiv_id="2203.15557", arxiv_id="2203.15557")),
 "paper in two files": exp_edit(lambda e: e[D[1987]].append(dict(e[D[1992]][1]))),
 "even-position paper": exp_edit(lambda e: e[D[1990]].append({"arxiv_id": None, "openreview_id": None, "title": "x", "evidence": "title-only", "true_arxiv_id": "1706.03762"})),
 "too few papers": exp_edit(lambda e: [e[D[1989]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[1994]] if r["evidence"] == "title-only"]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[1992])),
 "openreview id on a title-only record": exp_edit(lambda e: e[D[1995]][7].update(openreview_id="ZVBtN6B_6i7")),
 "missing field": exp_edit(lambda e: e[D[1988]][2].pop("true_arxiv_id")),
 "OpenReview record given an arXiv id": exp_edit(lambda e: e[D[1988]][0].update(arxiv_id="2210.03629")),
 "not-on-arXiv title-only given an id": exp_edit(lambda e: e[D[1987]][4].update(true_arxiv_id="1712.01815")),
 "duplicate record": exp_edit(lambda e: e[D[1993]].append(dict(e[D[1993]][0]))),
 "bad evidence value": exp_edit(lambda e: e[D[1994]][1].update(evidence="url")),
}


def run(root):
    r = subprocess.run([sys.executable, os.path.join(root, "validate.py")], capture_output=True, text=True)
    return [l for l in r.stdout.splitlines() if l.startswith("ERROR")] + (["ERROR: crash " + r.stderr[-200:]] if r.returncode not in (0, 1) else []), r.returncode


def fresh():
    shutil.rmtree(SCR, ignore_errors=True)
    os.makedirs(SCR)
    for x in ("digests", "expected.json", "validate.py"):
        src = os.path.join(HERE, x)
        (shutil.copytree if os.path.isdir(src) else shutil.copy)(src, os.path.join(SCR, x))


fresh()
errs, rc = run(SCR)
assert not errs and rc == 0, errs
bad, total = [], 0
for name, fn in CASES.items():
    fresh(); fn(SCR)
    errs, rc = run(SCR)
    total += len(errs)
    if not errs or rc == 0: bad.append(name)
    if V: print(f"{name}:", *errs[:int(os.environ.get('BC_N', 3))], sep="\n   ")
shutil.rmtree(SCR, ignore_errors=True)
print(f"cases {len(CASES)} errors {total}" + (f"; NOT CAUGHT: {bad}" if bad else ""))
sys.exit(1 if bad else 0)
