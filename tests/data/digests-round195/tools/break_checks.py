#!/usr/bin/env python3
"""Breaks a scratch copy of round195 (/tmp/r195/break, deleted afterwards) one case at a time and checks that
validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's ERROR
lines. (round193's harness, with round195's cases; every digest is UTF-8 with LF and a final newline.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/r195/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1967, 1977)}


def load(n, p):
    return open(p, "rb").read().decode("utf-8")


def save(n, p, s):
    with open(p, "wb") as fh:
        fh.write(s.encode("utf-8"))


def sub(n, old, new, count=1, regex=False):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = load(n, p)
        if regex:
            assert re.search(old, s, re.S | re.M), (n, old)
            s = re.sub(old, new, s, count=count, flags=re.S | re.M)
        else:
            assert old in s, (n, old)
            s = s.replace(old, new, count if count else -1)
        save(n, p, s)
    return fn


def raw_bytes(n, f):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        b = open(p, "rb").read()   # read before opening for writing (which truncates)
        with open(p, "wb") as fh:
            fh.write(f(b))
    return fn


def strip_final_newline(n):
    return raw_bytes(n, lambda b: b[:-1])


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


def regex_sub(n, old, new):
    return sub(n, old, new, regex=True)


def exp_json(n, f):
    """edit a JSON digest's data and write it back in the same layout (so only the edit is broken)"""
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = load(n, p)
        d = json.loads(s); f(d)
        if n == 1976:
            sys.path.insert(0, os.path.join(HERE, "tools"))
            from make_1976 import dump
            out = dump(d) + "\n"
        else:
            out = json.dumps(d, indent=2, ensure_ascii=False) + "\n"
        save(n, p, out)
    return fn


sys.path.insert(0, os.path.join(HERE, "tools"))
from catalogue import T as T_


CASES = {
 # every file: line ends, the final newline, trailing blanks
 **{f"{n} CRLF": raw_bytes(n, lambda b: b.replace(b"\n", b"\r\n")) for n in range(1967, 1977)},
 **{f"{n} final newline": strip_final_newline(n) for n in range(1967, 1977)},
 **{f"{n} trailing blank": raw_bytes(n, lambda b: b.replace(b"\n", b" \n", 1)) for n in range(1967, 1977)},
 # 1967 fortune
 "1967 no closing %": raw_bytes(1967, lambda b: b[:-2]),
 "1967 empty cookie": sub(1967, "%\n", "%\n%\n"),
 "1967 bad separator": sub(1967, "\n%\nΤο BPE", "\n%%\nΤο BPE"),
 "1967 blank line in cookie": sub(1967, "Το BPE δεν είναι αλγόριθμος, είναι τρόπος ζωής.\n", "Το BPE δεν είναι αλγόριθμος, είναι τρόπος ζωής.\n\n"),
 "1967 attribution": sub(1967, "\t\t-- Ελένη Μαυρίδου", "\t-- Ελένη Μαυρίδου"),
 "1967 long line": sub(1967, "Το BPE δεν είναι αλγόριθμος", "Το BPE " + "πολύ " * 40 + "δεν είναι αλγόριθμος"),
 "1967 percent first": raw_bytes(1967, lambda b: b"%\n" + b),
 # 1968 Starbound codex
 "1968 not JSON": sub(1968, '"icon" : "labtablet.png",', '"icon" : "labtablet.png"'),
 "1968 key order": sub(1968, '  "icon" : "labtablet.png",\n', ''),
 "1968 colon spacing": sub(1968, '"icon" : ', '"icon": '),
 "1968 odd indentation": sub(1968, '  "id" : ', '   "id" : '),
 "1968 tab": sub(1968, '  "id" : ', '\t"id" : '),
 "1968 bad id": sub(1968, '"labtablet_vlm"', '"LabTablet VLM"'),
 "1968 icon": sub(1968, 'labtablet.png', 'labtablet.gif'),
 "1968 colour code": sub(1968, "^yellow;goedkoper", "^geel;goedkoper"),
 "1968 colour unclosed": sub(1968, "^orange;Nog te lezen", "^orangeNog te lezen"),
 "1968 colour not reset": sub(1968, "goedkoper!^reset;", "goedkoper!"),
 "1968 rarity": sub(1968, '"Rare"', '"Epic"'),
 "1968 price": sub(1968, '"price" : 250', '"price" : "250"'),
 # 1969 Manim
 "1969 syntax": sub(1969, "self.wait(2)\n        # 역사", "self.wait(2\n        # 역사"),
 "1969 indentation": sub(1969, "        self.wait(1)\n\n\nclass Ep3Papers", "          self.wait(1)\n\n\nclass Ep3Papers"),
 "1969 no import": sub(1969, "from manim import *\n", "import numpy as np\n"),
 "1969 not a Scene": sub(1969, "class Ep3Intro(Scene):", "class Ep3Intro(object):"),
 "1969 construct": sub(1969, "    def construct(self):", "    def build(self):", 1),
 "1969 unknown mobject": sub(1969, "Text(\"다음 화", "Txt(\"다음 화"),
 "1969 empty play": sub(1969, "self.play(FadeIn(history))", "self.play()"),
 "1969 render line": sub(1969, "Ep3Intro Ep3Papers", "Ep3Intro Ep3Outro"),
 "1969 no docstring": regex_sub(1969, r'\A""".*?"""\n', ""),
 # 1970 Slay the Spire
 "1970 not JSON": sub(1970, '"Назад"\n    ]', '"Назад"\n'),
 "1970 layout": sub(1970, '\n  "labspire:Bibliography"', '\n    "labspire:Bibliography"'),
 "1970 key form": sub(1970, '"labspire:MainMenu"', '"labspire-MainMenu"'),
 "1970 two mods": sub(1970, '"labspire:MainMenu"', '"otherspire:MainMenu"'),
 "1970 unknown field": sub(1970, '"EXTRA_TEXT"', '"MORE_TEXT"'),
 "1970 raw newline": sub(1970, "Каждая карта названа по статье.", "Каждая карта\\nназвана по статье."),
 "1970 NL spacing": sub(1970, "Без человеческих партий", "NLБез человеческих партий"),
 "1970 colour prefix": sub(1970, "#yСамоигра", "#Самоигра"),
 "1970 TEXT not a list": sub(1970, '"TEXT": [\n      "Лаборатория",\n      "Библиография",\n      "Назад"\n    ]', '"TEXT": "Лаборатория"'),
 # 1971 Project Zomboid
 "1971 comment unclosed": sub(1971, "(репозиторій). */", "(репозиторій)."),
 "1971 spaces": sub(1971, "\t\tDisplayName = Deep Residual", "        DisplayName = Deep Residual"),
 "1971 brace lost": sub(1971, "\t\tWorldStaticModel = BookClosedGround,\n\t}\n\n\t/* PReLU", "\t\tWorldStaticModel = BookClosedGround,\n\n\t/* PReLU"),
 "1971 no comma": sub(1971, "Weight = 0.8,", "Weight = 0.8", 1),
 "1971 comma in value": sub(1971, "DisplayName = Smooth Adversarial Training,", "DisplayName = Smooth, Adversarial Training,"),
 "1971 unknown key": sub(1971, "Icon = Magazine,", "Icn = Magazine,", 1),
 "1971 key twice": sub(1971, "\t\tIcon = Book,\n", "\t\tIcon = Book,\n\t\tIcon = Book,\n", 1),
 "1971 type": sub(1971, "Type = Literature,", "Type = Lit,", 1),
 "1971 skill": sub(1971, "SkillTrained = Electricity,", "SkillTrained = Science,", 1),
 "1971 number": sub(1971, "NumberOfPages = 260,", "NumberOfPages = many,", 1),
 "1971 item twice": sub(1971, "item BookBiT", "item BookResNet"),
 "1971 no brace after item": sub(1971, "\titem BookSAM\n\t{\n", "\titem BookSAM\n"),
 # 1972 Foundry VTT
 "1972 layout": sub(1972, '\n  "pages"', '\n    "pages"'),
 "1972 not JSON": sub(1972, '"folder": null,', '"folder": null'),
 "1972 entry key": sub(1972, '"folder": null,', '"parent": null,'),
 "1972 page id": regex_sub(1972, r'"_id": "[A-Za-z0-9]{16}"', '"_id": "short"'),
 "1972 page id twice": exp_json(1972, lambda d: d["pages"][1].update(_id=d["pages"][0]["_id"])),
 "1972 HTML order": sub(1972, "<em>", "<strong>", 1),
 "1972 HTML unclosed": sub(1972, "</ul>", ""),
 "1972 href": sub(1972, 'href=\\"http://arxiv.org/abs/2308.03688\\"', 'href=\\"arxiv.org/abs/2308.03688\\"'),
 "1972 UUID": sub(1972, "@UUID[JournalEntry.", "@UUID[Actor."),
 "1972 UUID broken": sub(1972, "]{Kansio C}", "{Kansio C}"),
 "1972 time": exp_json(1972, lambda d: d["_stats"].update(createdTime="2024-04-10")),
 "1972 modified before created": exp_json(1972, lambda d: d["_stats"].update(modifiedTime=1712745599000)),
 "1972 format": exp_json(1972, lambda d: d["pages"][0]["text"].update(format=2)),
 "1972 sort": exp_json(1972, lambda d: d["pages"][2].update(sort=100000)),
 # 1973 Bannerlord
 "1973 not well-formed": sub(1973, "</strings>", "</string>"),
 "1973 declaration": sub(1973, '<?xml version="1.0" encoding="utf-8"?>\n', ""),
 "1973 type": sub(1973, 'type="string">', 'type="text">'),
 "1973 language": sub(1973, 'language="Italiano"', 'language="Italian"'),
 "1973 id twice": sub(1973, 'id="studioso_addio"', 'id="studioso_saluto"'),
 "1973 bad id": sub(1973, 'id="studioso_addio"', 'id="Studioso Addio"'),
 "1973 extra attribute": sub(1973, '<string id="studioso_libro"', '<string id="studioso_libro" voice="m"'),
 "1973 marker": sub(1973, 'text="Salute, {PLAYER.NAME}', 'text="{=abc123}Salute, {PLAYER.NAME}'),
 "1973 variable": sub(1973, "{PLAYER.NAME}. Cerchi", "{player name}. Cerchi"),
 "1973 brace": sub(1973, "{newline}https", "{newline https"),
 "1973 odd indentation": sub(1973, "    <tag language", "   <tag language"),
 "1973 tab": sub(1973, "  <tags>", "\t<tags>"),
 # 1974 KSP
 "1974 indentation": sub(1974, "\tid = llmEscala", "    id = llmEscala"),
 "1974 depth": sub(1974, "\t\tdefault = Una tarde", "\tdefault = Una tarde"),
 "1974 brace lost": sub(1974, "\tbiomeMask = 0\n\n\tRESULTS\n\t{\n\t\tdefault = Una", "\tbiomeMask = 0\n\n\tRESULTS\n\t\tdefault = Una"),
 "1974 unclosed": raw_bytes(1974, lambda b: b[:-2] + b"\n"),
 "1974 slashes in value": sub(1974, "Jeb asiente sin entender.", "Jeb asiente https://example.es sin entender."),
 "1974 key order": sub(1974, "\tdataScale = 1\n\trequireAtmosphere = False\n\tsituationMask = 63", "\trequireAtmosphere = False\n\tdataScale = 1\n\tsituationMask = 63"),
 "1974 id twice": sub(1974, "id = llmMemoria", "id = llmEscala"),
 "1974 atmosphere": sub(1974, "requireAtmosphere = False", "requireAtmosphere = no", 1),
 "1974 mask": sub(1974, "situationMask = 63", "situationMask = 64"),
 "1974 biome outside": sub(1974, "situationMask = 48\n\tbiomeMask = 0", "situationMask = 48\n\tbiomeMask = 3"),
 "1974 result key": sub(1974, "MunInSpaceLow =", "MunOrbit ="),
 "1974 no default": sub(1974, "\t\tdefault = Una tarde entera", "\t\tKerbinSrfLanded = Una tarde entera"),
 "1974 indented comment": sub(1974, "// https://arxiv.org/abs/2001.08361", "\t// https://arxiv.org/abs/2001.08361"),
 "1974 number": sub(1974, "baseValue = 8", "baseValue = ocho"),
 # 1975 PuzzleScript
 "1975 comment unclosed": sub(1975, "bukan paper.)", "bukan paper."),
 "1975 stray paren": sub(1975, "message Terima kasih sudah bermain!", "message Terima kasih) sudah bermain!"),
 "1975 prelude key": sub(1975, "homepage www", "website www"),
 "1975 section order": sub(1975, "=======\nSOUNDS\n=======", "=======\nSOUNDZ\n======="),
 "1975 colour": sub(1975, "darkblue\n", "navyblue\n"),
 "1975 sprite row": sub(1975, ".000.\n.0.0.\n", ".000.\n.0.0\n"),
 "1975 sprite index": sub(1975, "yellow orange\n00000", "yellow orange\n00020"),
 "1975 legend": sub(1975, "O = Target", "O = Goal"),
 "1975 layer": sub(1975, "Player, Wall, Token", "Player, Wall"),
 "1975 rule": sub(1975, "-> [ > Player | > Token ]", "-> [ > Player ] [ > Token ]"),
 "1975 win condition": sub(1975, "All Target on Token", "Every Target on Token"),
 "1975 level glyph": sub(1975, "#.*O..#", "#.*O.X#"),
 "1975 level shape": sub(1975, "#..P..#\n", "#..P...#\n"),
 # 1976 CDDA
 "1976 layout": sub(1976, '"material": [ "paper" ]', '"material": ["paper"]'),
 "1976 not JSON": sub(1976, '"fun": -1', '"fun": -1,'),
 "1976 type": sub(1976, '"type": "GENERIC"', '"type": "TOOL"', 1),
 "1976 key order": exp_json(1976, lambda d: d.__setitem__(0, {k: d[0][k] for k in ["id", "type"] + list(d[0])[2:]})),
 "1976 id twice": sub(1976, '"ly_book_sutton"', '"ly_book_bishop"'),
 "1976 weight": sub(1976, '"weight": "12 g"', '"weight": "12"', 1),
 "1976 price": sub(1976, '"price_postapoc": 50,', '"price_postapoc": 5000,', 1),
 "1976 colour": sub(1976, '"color": "yellow"', '"color": "gold"', 1),
 "1976 name": exp_json(1976, lambda d: d[1].update(name="Sutton")),
 "1976 levels": sub(1976, '"max_level": 4', '"max_level": 0'),
 "1976 catalogue title in the negative": sub(1976, "Speech and Language Processing", "Deep Residual Learning for Image Recognition"),
 "1976 arXiv-shaped id in the negative": sub(1976, "Mappen hedder", "Mappen 2403.01234 hedder"),
 "1976 arXiv link in the negative": sub(1976, "kun forskning", "https://arxiv.org/abs/2106.11342"),
 # labels
 "title-only paper gets a link in 1967": sub(1967, "Βλ. Complex", "https://arxiv.org/abs/2011.03459 Βλ. Complex"),
 "title-only paper's id in 1971": sub(1971, "Читати разом з оптимізаторами.", "Читати разом з оптимізаторами, 2010.01412."),
 "title-only paper's id in 1975": sub(1975, "message Bonus juga:", "message Bonus juga 2105.06548:"),
 "unlabelled catalogue id in 1968": sub(1968, "van Szeliski.", "van Szeliski 2002.05709."),
 "other file's title in 1969": sub(1969, "# 채널 색상", "# 채널 색상 Deep Residual Learning for Image Recognition"),
 "labelled title lost in 1970": sub(1970, T_("2108.04392"), "DARTS"),
 "labelled title lost in 1973": sub(1973, T_("2011.04419"), "DACL"),
 "distractor title in 1974": sub(1974, "Val pide un resumen.", "Val pide How to Train Your HiPPO: State Space Models with Generalized Orthogonal Basis Projections."),
 "arxiv-text id lost in 1972": sub(1972, "(arXiv 2307.15818)", "(arXiv)"),
 "arxiv-text id cut in 1975": sub(1975, "arXiv 2001.04451", "arXiv 2001.0445"),
 "arxiv-text gets a link in 1968": sub(1968, "(arXiv 2303.15343)", "(https://arxiv.org/abs/2303.15343)"),
 "link lost in 1974": sub(1974, "// https://arxiv.org/abs/2001.08361", "// arXiv"),
 "OpenReview link cut in 1969": sub(1969, "forum?id=PxTIG12RRHS", "forum?id=PxTIG"),
 "OpenReview link cut in 1973": sub(1973, "forum?id=3rRgu7OGgBI", "forum?id=3rRgu"),
 "unlabelled OpenReview id in 1967": sub(1967, "repo, όχι paper.", "repo, όχι paper. https://openreview.net/forum?id=B1ckMDqlg"),
 "valid-shaped id in 1972": sub(1972, "sessio 7", "sessio 2301.12345"),
 "label in the negative": exp_edit(lambda e: e[D[1976]].append(dict(e[D[1975]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[1970]][4].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[1968]][1].update(title="Frozen")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[1974]][2].update(true_arxiv_id="2204.02312", arxiv_id="2204.02312")),
 "paper in two files": exp_edit(lambda e: e[D[1967]].append(dict(e[D[1971]][1]))),
 "even-position paper": exp_edit(lambda e: e[D[1971]].append({"arxiv_id": None, "openreview_id": None, "title": "A ConvNet for the 2020s", "evidence": "title-only", "true_arxiv_id": "2201.03545"})),
 "too few papers": exp_edit(lambda e: [e[D[1969]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[1975]] if r["evidence"] == "title-only" and r["true_arxiv_id"]]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[1973])),
 "openreview id on a title-only record": exp_edit(lambda e: e[D[1975]][5].update(openreview_id="ZVBtN6B_6i7")),
 "missing field": exp_edit(lambda e: e[D[1972]][2].pop("true_arxiv_id")),
 "OpenReview record given an arXiv id": exp_edit(lambda e: e[D[1972]][0].update(arxiv_id="2210.03629")),
 "position 1 paper": exp_edit(lambda e: e[D[1968]].append({"arxiv_id": None, "openreview_id": None, "title": "x", "evidence": "title-only", "true_arxiv_id": None})),
 "not-on-arXiv title-only given an id": exp_edit(lambda e: e[D[1970]][4].update(true_arxiv_id="1712.01815")),
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
