#!/usr/bin/env python3
"""Breaks a scratch copy of round193 (/tmp/r193/break, deleted afterwards) one case at a time and checks that
validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's ERROR
lines. (round191's harness, with round193's cases; every digest is UTF-8 with LF and a final newline; 1955 starts with a byte-order mark.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/r193/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1947, 1957)}


def load(n, p):
    return open(p, "rb").read().decode("utf-8")


def save(n, p, s):
    open(p, "wb").write(s.encode("utf-8"))


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
        open(p, "wb").write(f(b))
    return fn


def strip_final_newline(n):
    return raw_bytes(n, lambda b: b[:-1])


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


CASES = {
 # every file: line ends, the final newline, trailing blanks
 **{f"{n} CRLF": raw_bytes(n, lambda b: b.replace(b"\n", b"\r\n")) for n in range(1947, 1957)},
 **{f"{n} final newline": strip_final_newline(n) for n in range(1947, 1957)},
 **{f"{n} trailing blank": raw_bytes(n, lambda b: b.replace(b"\n", b" \n", 1)) for n in range(1947, 1957)},
 # 1947 TIC-80
 "1947 header order": sub(1947, "-- desc:    Quiz", "-- about:   Quiz"),
 "1947 script": sub(1947, "-- script:  lua", "-- script:  moon"),
 "1947 unclosed string": sub(1947, 'print("PAPER-QUIZ",', 'print("PAPER-QUIZ,'),
 "1947 end lost": sub(1947, "  line=line..w..\" \"\n end\n", "  line=line..w..\" \"\n"),
 "1947 bracket": sub(1947, "local f=QUIZ[i]\n  local y=wrap(f.q,4,4,12)", "local f=QUIZ[i\n  local y=wrap(f.q,4,4,12)"),
 "1947 no TIC": sub(1947, "function TIC()", "function tic()"),
 "1947 tile length": sub(1947, "-- 001:", "-- 001:0"),
 "1947 section not closed": sub(1947, "-- </WAVES>\n", ""),
 "1947 unknown section": sub(1947, "-- <WAVES>", "-- <WAVEZ>"),
 "1947 palette length": sub(1947, "333c57\n", "333c5\n"),
 "1947 text after data": raw_bytes(1947, lambda b: b + b"print('x')\n"),
 # 1948 ChoiceScript
 "1948 title first": sub(1948, "*title L'Agent du labo\n", ""),
 "1948 unknown command": sub(1948, "*page_break", "*pagebreak"),
 "1948 goto no label": sub(1948, "    *goto robot\n  #Lui faire", "    *goto robots\n  #Lui faire"),
 "1948 undeclared variable": sub(1948, "Curiosité : ${curiosite}", "Curiosité : ${curio}"),
 "1948 set undeclared": sub(1948, "*set prudence +2", "*set prudenc +2"),
 "1948 option falls out": sub(1948, "    *set prudence +2\n    *finish Bonne nuit.", "    *set prudence +2\n    Bonne nuit."),
 "1948 odd indentation": sub(1948, "  #Éteindre l'écran", "   #Éteindre l'écran"),
 "1948 italics": sub(1948, "[i]Hermès[/i]", "[i]Hermès"),
 "1948 one option": sub(1948, r"  #Tester un suffixe.*?\*goto fin\n  #Lui demander s'il.*?\*goto fin\n", "", regex=True),
 "1948 link without url": sub(1948, "*link https://arxiv.org/pdf/2304.08485v2 le papier (PDF)", "*link le papier (PDF)"),
 "1948 scene list": sub(1948, "*scene_list\n  startup\n", "*scene_list\n  intro\n"),
 # 1949 RimWorld
 "1949 not well-formed": sub(1949, "</Defs>", "</Def>"),
 "1949 declaration": sub(1949, '<?xml version="1.0" encoding="utf-8"?>\n', ""),
 "1949 spaces": sub(1949, "\t\t<defName>LLM_Int8</defName>", "        <defName>LLM_Int8</defName>"),
 "1949 defName twice": sub(1949, "<defName>LLM_Survey</defName>", "<defName>LLM_Int8</defName>"),
 "1949 bad defName": sub(1949, "<defName>LLM_Survey</defName>", "<defName>LLM Survey</defName>"),
 "1949 baseCost": sub(1949, "<baseCost>4000</baseCost>", "<baseCost>4k</baseCost>"),
 "1949 techLevel": sub(1949, "<techLevel>Ultra</techLevel>", "<techLevel>Future</techLevel>"),
 "1949 prerequisite": sub(1949, "<li>LLM_SpeculativeDecoding</li>", "<li>LLM_Speculative</li>"),
 "1949 tab": sub(1949, "<tab>RdzenieLLM</tab>", "<tab>Main</tab>"),
 "1949 view": sub(1949, "<researchViewX>5.00</researchViewX>", "<researchViewX>5</researchViewX>"),
 "1949 unknown def": sub(1949, "\t<ResearchTabDef>\n\t\t<defName>RdzenieLLM</defName>\n\t\t<label>rdzenie myślące</label>\n\t</ResearchTabDef>", "\t<ThingDef>\n\t\t<defName>RdzenieLLM</defName>\n\t\t<label>rdzenie myślące</label>\n\t</ThingDef>"),
 "1949 field order": sub(1949, "\t\t<label>przegląd dziedziny</label>\n\t\t<description>", "\t\t<description>"),
 # 1950 Content Patcher
 "1950 not JSON": sub(1950, '"Format": "2.0.0",', '"Format": "2.0.0"'),
 "1950 spaces": sub(1950, '\t\t\t"Action": "Load",', '      "Action": "Load",'),
 "1950 format": sub(1950, '"Format": "2.0.0"', '"Format": "2"'),
 "1950 action": sub(1950, '"Action": "Load"', '"Action": "Replace"'),
 "1950 load without file": sub(1950, ',\n\t\t\t"FromFile": "assets/fundo-carta.png"', ""),
 "1950 when key": sub(1950, '"CartaExtra": "true"\n\t\t\t}', '"CartaBonus": "true"\n\t\t\t}'),
 "1950 two titles": sub(1950, "[#]Sobre o ruído", "[#]Sobre[#]o ruído"),
 "1950 item unclosed": sub(1950, "%item object 768 3 %%", "%item object 768 3"),
 "1950 undefined letter": sub(1950, "AddMail Current Cartas.Mago.Som", "AddMail Current Cartas.Mago.Sons"),
 "1950 trigger": sub(1950, '"Trigger": "DayStarted"', '"Trigger": "Morning"'),
 "1950 comment breaks JSON": sub(1950, "\t// Fontes das cartas:", "\t/ Fontes das cartas:"),
 # 1951 VMF
 "1951 brace lost": sub(1951, "cordons\n{\n\t\"active\" \"0\"\n}", "cordons\n{\n\t\"active\" \"0\""),
 "1951 indentation": sub(1951, '\t"editorversion" "400"', '    "editorversion" "400"'),
 "1951 no brace after name": sub(1951, "viewsettings\n{\n", "viewsettings\n"),
 "1951 quote in value": sub(1951, '"skyname" "sky_day01_01"', '"skyname" "sky_"day01"'),
 "1951 entity id twice": sub(1951, '"id" "13"', '"id" "12"'),
 "1951 side id twice": sub(1951, '\t\t\t"id" "6"', '\t\t\t"id" "5"'),
 "1951 plane": sub(1951, '"plane" "(-512 320 0) (512 320 0) (512 -320 0)"', '"plane" "(-512 320 0) (512 320 0)"'),
 "1951 classname": sub(1951, '"classname" "game_text"', '"classname" "game_txt"'),
 "1951 origin": sub(1951, '"origin" "0 -256 8"', '"origin" "0 -256"'),
 "1951 colour": sub(1951, '"color" "200 230 255"', '"color" "200 230 256"'),
 "1951 block order": sub(1951, "cameras\n{", "cameras_x\n{"),
 "1951 message too long": sub(1951, "Vitejte v muzeu", "Vitejte " + "v muzeu " * 70),
 # 1952 snapcraft
 "1952 tab": sub(1952, "  kotoba:\n", "\tkotoba:\n"),
 "1952 unknown key": sub(1952, "grade: stable", "grade: stable\nchannel: edge"),
 "1952 key twice": sub(1952, "confinement: strict", "confinement: strict\nconfinement: classic"),
 "1952 name": sub(1952, "name: kotoba-kit", "name: Kotoba_Kit"),
 "1952 base": sub(1952, "base: core22", "base: ubuntu22"),
 "1952 summary length": sub(1952, "summary: Japanese NLP toolkit", "summary: Japanese NLP toolkit with a very long summary that goes on and on"),
 "1952 grade": sub(1952, "grade: stable", "grade: beta"),
 "1952 plugin": sub(1952, "plugin: dump", "plugin: copy"),
 "1952 app command": sub(1952, "    command: bin/kotoba-translate\n", ""),
 "1952 checksum": sub(1952, "source-checksum: sha256/", "source-checksum: md5/"),
 "1952 unclosed quote": sub(1952, "version: '0.9.2'", "version: '0.9.2"),
 "1952 odd indentation": sub(1952, "  models:\n", "   models:\n"),
 # 1953 DDNet
 "1953 bad line": sub(1953, "2024-03-14 21:02:06 I register:", "21:02:06 I register:"),
 "1953 time back": sub(1953, "2024-03-14 21:04:10 I game: kill", "2024-03-14 21:01:10 I game: kill"),
 "1953 unknown system": sub(1953, "I vote: vote passed", "I voting: vote passed"),
 "1953 chat from no client": sub(1953, "I chat: 3:-2:burak: ben lineer", "I chat: 7:-2:burak: ben lineer"),
 "1953 chat name": sub(1953, "I chat: 0:-2:Zeynep: selam!", "I chat: 0:-2:zeynep: selam!"),
 "1953 client id": sub(1953, "ClientID=3 addr", "ClientID=64 addr"),
 "1953 chat too long": sub(1953, "selam! okuma kulübü oyun gecesi", "selam! " + "okuma kulübü " * 25),
 "1953 drop twice": sub(1953, "client dropped. cid=0 addr=<{192.0.2.14:51234}>", "client dropped. cid=2 addr=<{192.0.2.14:51234}>"),
 "1953 finish": sub(1953, "time=184.56", "time=184"),
 # 1954 KeePass
 "1954 not well-formed": sub(1954, "</KeePassFile>", "</KeePass>"),
 "1954 declaration": sub(1954, ' standalone="yes"', ""),
 "1954 uuid": sub(1954, "<UUID>", "<UUID>x", 1),
 "1954 uuid twice": raw_bytes(1954, lambda b: re.sub(rb"(<Entry>\n\t+<UUID>)[^<]+", lambda m: m.group(1) + b"AAAAAAAAAAAAAAAAAAAAAA==", b, count=2)),
 "1954 string lost": sub(1954, r"\t+<String>\n\t+<Key>URL</Key>\n\t+<Value>[^<]*</Value>\n\t+</String>\n", "", regex=True),
 "1954 password unprotected": sub(1954, ' ProtectInMemory="True"', ""),
 "1954 time": sub(1954, "<CreationTime>2024-10-14T03:12:40Z", "<CreationTime>14.10.2024"),
 "1954 generator": sub(1954, "<Generator>KeePass</Generator>", "<Generator>KeePassXC</Generator>"),
 "1954 spaces": sub(1954, "\t\t<Generator>", "        <Generator>"),
 # 1955 CK3
 "1955 no BOM": raw_bytes(1955, lambda b: b[3:]),
 "1955 header": sub(1955, "l_english:", "l_swedish:"),
 "1955 key twice": sub(1955, " akademi.0002.b:0", " akademi.0002.a:0"),
 "1955 quote inside": sub(1955, "\"Tacka munken.\"", "\"Tacka \"munken\".\""),
 "1955 format not closed": sub(1955, "Supervised Contrastive Learning#!", "Supervised Contrastive Learning"),
 "1955 bracket": sub(1955, "[ROOT.Char.GetFirstName], din", "[ROOT.Char.GetFirstName, din"),
 "1955 dollar": sub(1955, "\\n$EFFECT_LIST_BULLET$ Towards", "\\n$EFFECT_LIST_BULLET Towards"),
 "1955 no space before key": sub(1955, " akademi.0003.a:0", "akademi.0003.a:0"),
 "1955 escape": sub(1955, "kista full av skrifter.\\n\\n", "kista full av skrifter.\\t"),
 # 1956 Bitwarden
 "1956 layout": sub(1956, '\n  "folders"', '\n    "folders"'),
 "1956 not JSON": sub(1956, '"encrypted": false,', '"encrypted": false'),
 "1956 encrypted": sub(1956, '"encrypted": false', '"encrypted": true'),
 "1956 item key": sub(1956, '"favorite": false,', '"favourite": false,', 1),
 "1956 folder": sub(1956, '"folderId": "', '"folderId": "0', 1),
 "1956 date": sub(1956, '"revisionDate": "2024-01-10T09:12:33.000Z"', '"revisionDate": "2024-01-10"'),
 "1956 uri": sub(1956, '"uri": "https://vimeo.com/log_in"', '"uri": "vimeo.com/log_in"'),
 "1956 secure note": sub(1956, '"type": 0\n', '"type": 1\n', 1),
 "1956 type": sub(1956, '"type": 1,', '"type": 3,', 1),
 "1956 catalogue title in the negative": sub(1956, "Hands-On Machine Learning (Géron)", "Deep Residual Learning for Image Recognition"),
 "1956 arXiv-shaped id in the negative": sub(1956, "MIMIC-IV: CITI", "MIMIC-IV 2403.01234: CITI"),
 "1956 arXiv link in the negative": sub(1956, "https://learning.oreilly.com/", "https://arxiv.org/abs/2106.11342"),
 # labels
 "title-only paper gets a link in 1947": sub(1947, "-- eine Grafik-Runde mit", "-- https://arxiv.org/abs/2308.04079 eine Grafik-Runde mit"),
 "title-only paper's id in 1952": sub(1952, "#   DoRA: Weight-Decomposed Low-Rank Adaptation", "#   DoRA: Weight-Decomposed Low-Rank Adaptation 2402.09353"),
 "title-only paper's id in 1953": sub(1953, "ya da derleme:", "ya da derleme (2103.14636):"),
 "unlabelled catalogue id in 1949": sub(1949, "(książka)", "(książka) 2002.05709"),
 "other file's title in 1950": sub(1950, "Traga-os se achar na mina.", "Traga-os se achar na mina. Consistency Models e Deep Residual Learning for Image Recognition"),
 "labelled title lost in 1948": sub(1948, "Textbooks Are All You Need", "Textbooks", 0),
 "labelled title lost in 1951": sub(1951, "Big Transfer (BiT): General Visual Representation Learning", "BiT"),
 "distractor title in 1955": sub(1955, "Lärd i kontrast", "Lärd i How to Train Your HiPPO: State Space Models with Generalized Orthogonal Basis Projections"),
 "arxiv-text id lost in 1954": sub(1954, "(arXiv 2011.03459)", "(arXiv)"),
 "arxiv-text id cut in 1953": sub(1953, "(arXiv 2008.07669)", "(arXiv 2008.0766)"),
 "arxiv-text gets a link in 1950": sub(1950, "(arXiv 2303.01469)", "(https://arxiv.org/abs/2303.01469)"),
 "link lost in 1949": sub(1949, "Chinchilla: https://arxiv.org/pdf/2203.15556", "Chinchilla"),
 "OpenReview link cut in 1948": sub(1948, "forum?id=_VjQlMeSB_J", "forum?id=_VjQl"),
 "OpenReview link cut in 1955": sub(1955, "forum?id=3rRgu7OGgBI", "forum?id=3rRgu"),
 "unlabelled OpenReview id in 1954": sub(1954, "(repo)", "(repo) https://openreview.net/forum?id=B1ckMDqlg"),
 "valid-shaped id in 1952": sub(1952, "# ビルド: snapcraft", "# ビルド (2301.12345): snapcraft"),
 "label in the negative": exp_edit(lambda e: e[D[1956]].append(dict(e[D[1955]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[1947]][4].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[1950]][1].update(title="LDM")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[1949]][2].update(true_arxiv_id="1910.02055", arxiv_id="1910.02055")),
 "paper in two files": exp_edit(lambda e: e[D[1947]].append(dict(e[D[1953]][1]))),
 "even-position paper": exp_edit(lambda e: e[D[1951]].append({"arxiv_id": None, "openreview_id": None, "title": "A ConvNet for the 2020s", "evidence": "title-only", "true_arxiv_id": "2201.03545"})),
 "too few papers": exp_edit(lambda e: [e[D[1952]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[1954]] if r["evidence"] == "title-only" and r["true_arxiv_id"]]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[1951])),
 "openreview id on a title-only record": exp_edit(lambda e: e[D[1955]][6].update(openreview_id="zOGdf9K8aC")),
 "missing field": exp_edit(lambda e: e[D[1953]][2].pop("true_arxiv_id")),
 "OpenReview record given an arXiv id": exp_edit(lambda e: e[D[1948]][0].update(arxiv_id="2201.11903")),
 "position 1 paper": exp_edit(lambda e: e[D[1950]].append({"arxiv_id": None, "openreview_id": None, "title": "x", "evidence": "title-only", "true_arxiv_id": None})),
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
