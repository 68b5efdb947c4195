#!/usr/bin/env python3
"""Breaks a scratch copy of round191 (/tmp/r191/break, deleted afterwards) one case at a time and checks that
validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's ERROR
lines. (round189's harness, with round191's cases; every digest is UTF-8 with LF and a final newline, but 1935, which
has none.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/r191/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1927, 1937)}


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
 # every file: line ends and the final newline
 **{f"{n} CRLF": raw_bytes(n, lambda b: b.replace(b"\n", b"\r\n")) for n in range(1927, 1937)},
 **{f"{n} final newline": strip_final_newline(n) for n in range(1927, 1937) if n != 1935},
 "1935 a final newline added": raw_bytes(1935, lambda b: b + b"\n"),
 **{f"{n} trailing blank": raw_bytes(n, lambda b: b.replace(b"\n", b" \n", 1)) for n in (1928, 1929, 1931, 1932, 1933, 1936)},
 # 1927 VCV Rack
 "1927 not JSON": sub(1927, '"cables": [', '"cables": [,'),
 "1927 indentation": sub(1927, '\n  "cables"', '\n "cables"'),
 "1927 version 2": sub(1927, '{\n  "version": "1.1.6"', '{\n  "version": "2.4.1"'),
 "1927 module id twice": sub(1927, '"id": 10,', '"id": 9,'),
 "1927 unknown model": sub(1927, '"model": "Scope"', '"model": "Oscilloscope"'),
 "1927 cable to no module": sub(1927, '"inputModuleId": 8,', '"inputModuleId": 11,'),
 "1927 two cables into one input": sub(1927, '"inputModuleId": 8,\n      "inputId": 0', '"inputModuleId": 1,\n      "inputId": 0'),
 "1927 colour": sub(1927, '"color": "#0986ad"', '"color": "blue"'),
 "1927 params numbering": sub(1927, '"id": 1,\n          "value": 1.0', '"id": 2,\n          "value": 1.0'),
 "1927 pos": sub(1927, '"pos": [\n        0,\n        0\n      ]', '"pos": [\n        0\n      ]'),
 "1927 notes without text": sub(1927, '"text": "Seuraavalla', '"txt": "Seuraavalla'),
 # 1928 TidalCycles
 "1928 unclosed string": sub(1928, 'sound "hh*16"', 'sound "hh*16'),
 "1928 bracket in pattern": sub(1928, '"bd*4 [~ bd] bd*2 ~"', '"bd*4 [~ bd bd*2 ~"'),
 "1928 angle bracket": sub(1928, "<7 9>", "<7 9"),
 "1928 unknown function": sub(1928, "sometimesBy 0.3", "sometimez 0.3"),
 "1928 unknown parameter": sub(1928, "# room 0.3", "# reverb 0.3"),
 "1928 block head": sub(1928, "d5 $ slow 2", "d17 $ slow 2"),
 "1928 no setcps": sub(1928, "setcps (126/60/4)", "-- setcps (126/60/4)"),
 "1928 dangling dollar": sub(1928, "once $ sound \"crash\" # gain 1.2", "once $"),
 "1928 paren": sub(1928, "(# speed 2)", "(# speed 2"),
 # 1929 LRC
 "1929 unknown tag": sub(1929, "[re:LrcMaker 2.1]", "[tool:LrcMaker 2.1]"),
 "1929 tag twice": sub(1929, "[by:小林]", "[ar:小林]"),
 "1929 no title tag": sub(1929, "[ti:第37期 大模型训练到底贵在哪]\n", ""),
 "1929 time order": sub(1929, "[05:12.40]", "[01:12.40]"),
 "1929 seconds": sub(1929, "[02:21.00]", "[02:71.00]"),
 "1929 time format": sub(1929, "[07:02.60]", "[7:02.6]"),
 "1929 beyond length": sub(1929, "[length:16:24]", "[length:15:24]"),
 "1929 untimed line": sub(1929, "[16:05.00]—— 本期节目单 ——", "—— 本期节目单 ——"),
 "1929 offset": sub(1929, "[offset:0]", "[offset:zero]"),
 # 1930 Dialogflow
 "1930 not JSON": sub(1930, '"auto": true,', '"auto": true,,'),
 "1930 indentation": sub(1930, '\n  "priority"', '\n    "priority"'),
 "1930 intent key": sub(1930, '"webhookUsed": false', '"webhook": false'),
 "1930 id": sub(1930, '"id": "', '"id": "x', count=1),
 "1930 priority": sub(1930, '"priority": 500000', '"priority": 123'),
 "1930 message type": sub(1930, '"type": 1,', '"type": 7,'),
 "1930 lang": sub(1930, '"lang": "id"', '"lang": "en"'),
 "1930 undeclared parameter": sub(1930, "catatan ya, $nama.", "catatan ya, $name."),
 "1930 card platform": sub(1930, '"platform": "telegram"', '"platform": "telegramm"'),
 "1930 lifespan": sub(1930, '"lifespan": 2', '"lifespan": 0'),
 "1930 empty speech": sub(1930, r'"speech": \[\n            "Bukan paper[^\n]*\n          \]', '"speech": []', regex=True),
 # 1931 ESPHome
 "1931 unknown component": sub(1931, "captive_portal:", "captive_portals:"),
 "1931 tab": sub(1931, "  board: esp32dev", "\tboard: esp32dev"),
 "1931 indentation": sub(1931, "    type: arduino", "   type: arduino"),
 "1931 key twice": sub(1931, "  level: INFO", "  level: INFO\n  level: DEBUG"),
 "1931 node name": sub(1931, "  name: leesclub-epaper", "  name: Leesclub_Epaper"),
 "1931 pin": sub(1931, "cs_pin: GPIO15", "cs_pin: D8"),
 "1931 epaper model": sub(1931, "model: 7.50inV2", "model: 7.5inch"),
 "1931 update interval": sub(1931, "update_interval: never", "update_interval: hourly"),
 "1931 undeclared font": sub(1931, "id(kop), \"Volgende week\"", "id(kopje), \"Volgende week\""),
 "1931 component.update": sub(1931, "      - component.update: epaper", "      - component.update: e_paper"),
 "1931 lambda brace": sub(1931, "      static const char *links[] = {", "      static const char *links[] ="),
 "1931 C string": sub(1931, "\"Paper van de dag\");", "\"Paper van de dag);"),
 "1931 block indentation": sub(1931, "      it.fill(COLOR_OFF);", "    it.fill(COLOR_OFF);"),
 "1931 id twice": sub(1931, "    id: klein", "    id: tekst"),
 "1931 bad secret": sub(1931, "key: !secret api_key", "key: !secret"),
 "1931 unclosed quote": sub(1931, '"Leesclub Fallback"', '"Leesclub Fallback'),
 # 1932 Luau
 "1932 strict": sub(1932, "--!strict\n", ""),
 "1932 spaces": sub(1932, "\tid: string,", "    id: string,"),
 "1932 unclosed string": sub(1932, 'id = "sam",', 'id = "sam,'),
 "1932 brace": sub(1932, "\t},\n}\n\n-- ", "\t},\n\n-- "),
 "1932 end lost": sub(1932, "\tbyId[e.id] = e\nend\n", "\tbyId[e.id] = e\n"),
 "1932 no return": sub(1932, "return {", "local M = {"),
 "1932 exhibit field": sub(1932, '\t\thall = "ห้องแบ่งส่วนภาพ",', '\t\troom = "ห้องแบ่งส่วนภาพ",'),
 "1932 exhibit id twice": sub(1932, 'id = "sam",', 'id = "clip",'),
 "1932 colour": sub(1932, "Color3.fromRGB(90, 200, 120)", "Color3.fromRGB(90, 300, 120)"),
 "1932 vector": sub(1932, "Vector3.new(24, 4, -5)", "Vector3.new(24, 4)"),
 "1932 url": sub(1932, '"http://arxiv.org/abs/2304.02643"', 'arxiv.org/abs/2304.02643'),
 # 1933 TADS 3
 "1933 charset": sub(1933, '#charset "utf-8"\n', ""),
 "1933 include": sub(1933, "#include <adv3.h>", "#include <adv3lite.h>"),
 "1933 unclosed comment": sub(1933, " */\n\n#include", "\n\n#include"),
 "1933 unclosed string": sub(1933, "\"Un quaderno con la copertina nera. \"", "\"Un quaderno con la copertina nera."),
 "1933 semicolon lost": sub(1933, "    west = sala\n;\n", "    west = sala\n"),
 "1933 unknown class": sub(1933, "+ scaffale: Fixture, Surface", "+ scaffale: Fixture, Shelf"),
 "1933 nesting jump": sub(1933, "+ scaffale:", "+++ scaffale:"),
 "1933 object twice": sub(1933, "+ monitor:", "+ scaffale:"),
 "1933 exit undefined": sub(1933, "    north = archivio", "    north = cortile"),
 "1933 q tag": sub(1933, "<q>transfer</q>", "<q>transfer"),
 "1933 embedded expression": sub(1933, "Mancano quattro articoli.", "Mancano << quattro articoli."),
 "1933 ifid": sub(1933, "IFID = '", "IFID = 'x"),
 "1933 player": sub(1933, "initialPlayerChar = me", "initialPlayerChar = io"),
 "1933 room inside": sub(1933, "laboratorio: Room", "+ laboratorio: Room"),
 # 1934 Desmos
 "1934 not JSON": sub(1934, '"version": 11,', '"version": 11'),
 "1934 layout": sub(1934, '\n  "randomSeed"', '\n"randomSeed"'),
 "1934 version": sub(1934, '"version": 11', '"version": 9'),
 "1934 id twice": sub(1934, '"id": "3",', '"id": "2",'),
 "1934 folderId": sub(1934, '"folderId": "1"', '"folderId": "99"'),
 "1934 colour": sub(1934, '"color": "#fa7e19"', '"color": "#123456"'),
 "1934 latex brace": sub(1934, r'"latex": "\\sigma_{He}=\\sqrt{\\frac{2}{n}}"', r'"latex": "\\sigma_{He}=\\sqrt{\\frac{2}{n}"'),
 "1934 left right": sub(1934, r'a\\left(d\\right)', r'a\\left(d)'),
 "1934 slider range": sub(1934, '"min": "1",\n          "max": "512"', '"min": "600",\n          "max": "512"'),
 "1934 slider value": sub(1934, '"latex": "L=20"', '"latex": "L=200"'),
 "1934 table lengths": sub(1934, '"0",\n              "1",', '"0",'),
 "1934 viewport": sub(1934, '"xmax": 10.5', '"xmax": -10.5'),
 "1934 type": sub(1934, '"type": "table"', '"type": "grid"'),
 # 1935 RPG Maker MZ
 "1935 layout": raw_bytes(1935, lambda b: b.replace(b"null,\n", b"null,", 1)),
 "1935 spaces": sub(1935, '{"id":2,"list"', '{"id": 2, "list"'),
 "1935 not JSON": sub(1935, '{"id":2,"list"', '{"id":2,,"list"'),
 "1935 event id": sub(1935, '{"id":3,"list"', '{"id":4,"list"'),
 "1935 trigger": sub(1935, '"switchId":1,"trigger":0}\n]', '"switchId":1,"trigger":5}\n]'),
 "1935 list end": sub(1935, ',{"code":0,"indent":0,"parameters":[]}],"name":"Investigador"', '],"name":"Investigador"'),
 "1935 unknown code": sub(1935, '{"code":121,', '{"code":999,'),
 "1935 401 without 101": sub(1935, '{"code":101,"indent":0,"parameters":["People3",1,0,2,"Investigador"]},', ''),
 "1935 408 without 108": sub(1935, '{"code":108,"indent":0,"parameters":["link no quadro', '{"code":408,"indent":0,"parameters":["link no quadro'),
 "1935 show text parameters": sub(1935, '"People3",1,0,2,"Investigador"', '"People3",9,0,2,"Investigador"'),
 "1935 branch order": sub(1935, '{"code":402,"indent":0,"parameters":[1,"Esquecer melhor"]}', '{"code":402,"indent":0,"parameters":[2,"Esquecer melhor"]}'),
 "1935 branch not closed": sub(1935, '{"code":0,"indent":1,"parameters":[]},{"code":402,"indent":0,"parameters":[1,', '{"code":402,"indent":0,"parameters":[1,'),
 "1935 end choices lost": sub(1935, '{"code":404,"indent":0,"parameters":[]},', ''),
 "1935 indent jump": sub(1935, '{"code":401,"indent":0,"parameters":["Bem-vindo', '{"code":401,"indent":2,"parameters":["Bem-vindo'),
 "1935 script quote": sub(1935, "openExternal('https://arxiv.org/pdf/2006.05929');", "openExternal('https://arxiv.org/pdf/2006.05929);"),
 "1935 scrolling text": sub(1935, '{"code":105,"indent":0,"parameters":[2,false]}', '{"code":105,"indent":0,"parameters":[2]}'),
 # 1936 Metalink
 "1936 declaration": sub(1936, '<?xml version="1.0" encoding="UTF-8"?>\n', ""),
 "1936 not well-formed": sub(1936, "</metalink>", "</metalnk>"),
 "1936 namespace": sub(1936, 'xmlns="urn:ietf:params:xml:ns:metalink"', 'xmlns="http://www.metalinker.org/"'),
 "1936 unknown element": sub(1936, "<generator>metalink-maker/0.4 (mlkyiv)</generator>", "<creator>metalink-maker/0.4 (mlkyiv)</creator>"),
 "1936 published": sub(1936, "2024-03-11T08:30:00Z", "11.03.2024"),
 "1936 file name twice": sub(1936, 'name="talks/2024-03-07-slides.pdf"', 'name="talks/2024-03-07-seminar.mp4"'),
 "1936 dotdot name": sub(1936, 'name="books/d2l-en.pdf"', 'name="../d2l-en.pdf"'),
 "1936 size": sub(1936, "<size>41943040</size>", "<size>40 MB</size>"),
 "1936 hash length": sub(1936, '<hash type="sha-256">', '<hash type="sha-1">'),
 "1936 location": sub(1936, 'location="ca"', 'location="CAN"'),
 "1936 priority twice": sub(1936, 'location="ua" priority="2"', 'location="ua" priority="1"'),
 "1936 url": sub(1936, ">https://d2l.ai/d2l-en.pdf<", ">d2l.ai/d2l-en.pdf<"),
 "1936 no url": sub(1936, r'    <url location="ua" priority="1">https://dzerkalo[^\n]*ua-gec-v2.zip</url>\n', "", regex=True),
 "1936 catalogue title in the negative": sub(1936, "Слайди до семінару 07.03", "Слайди: Segment Anything"),
 "1936 arXiv-shaped id in the negative": sub(1936, "Слайди до семінару 07.03", "Слайди 2403.01234"),
 "1936 arXiv link in the negative": sub(1936, ">https://d2l.ai/d2l-en.pdf<", ">https://arxiv.org/pdf/2106.11342<"),
 # labels
 "title-only paper gets a link in 1928": sub(1928, "--   Funnel-Transformer", "--   https://arxiv.org/abs/2006.03236 Funnel-Transformer"),
 "title-only paper's id in 1934": sub(1934, "ResNeSt: Split-Attention Networks", "ResNeSt: Split-Attention Networks (2004.08955)"),
 "title-only paper's OpenReview link in 1931": sub(1931, "https://github.com/state-spaces/s4", "https://openreview.net/forum?id=qVyeW-grC2k"),
 "unlabelled catalogue id in 1929": sub(1929, "书：《深度学习》", "书：《深度学习》 2002.05709"),
 "other file's title in 1932": sub(1932, "-- ป้าย \"เร็ว ๆ นี้\"", "-- ป้าย \"เร็ว ๆ นี้\" Consistency Models"),
 "labelled title lost in 1927": sub(1927, "- InstructPix2Pix: Learning to Follow Image Editing Instructions", "- InstructPix2Pix"),
 "labelled title lost in 1935": sub(1935, "Self-Supervised Variational Auto-Encoders", "SSVAE"),
 "distractor title in 1933": sub(1933, "Un foglio appeso:", "Un foglio appeso: How to Train Your HiPPO: State Space Models with Generalized Orthogonal Basis Projections"),
 "arxiv-text id lost in 1930": sub(1930, "(arXiv 2204.01691)", "(arXiv)"),
 "arxiv-text id cut in 1933": sub(1933, "(arXiv 1802.05365)", "(arXiv 1802.0536)"),
 "arxiv-text gets a link in 1932": sub(1932, "(arXiv 2102.05918)", "(https://arxiv.org/abs/2102.05918)"),
 "link lost in 1935": sub(1935, "https://arxiv.org/abs/2103.09762", "https://github.com/sahagobinda/GPM"),
 "OpenReview link cut in 1929": sub(1929, "forum?id=r1gs9JgRZ", "forum?id=r1gs9"),
 "OpenReview link cut in 1927": sub(1927, "forum?id=PxTIG12RRHS", "forum?id=PxTIG12"),
 "unlabelled OpenReview id in 1930": sub(1930, "https://github.com/langchain-ai/langchain", "https://openreview.net/forum?id=B1ckMDqlg"),
 "valid-shaped id in 1931": sub(1931, "# Flashen: esphome run", "# Flashen (2301.12345): esphome run"),
 "label in the negative": exp_edit(lambda e: e[D[1936]].append(dict(e[D[1935]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[1928]][4].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[1932]][1].update(title="CLIP")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[1931]][2].update(true_arxiv_id="2312.00753", arxiv_id="2312.00753")),
 "paper in two files": exp_edit(lambda e: e[D[1927]].append(dict(e[D[1929]][1]))),
 "even-position paper": exp_edit(lambda e: e[D[1933]].append({"arxiv_id": None, "openreview_id": None, "title": "A ConvNet for the 2020s", "evidence": "title-only", "true_arxiv_id": "2201.03545"})),
 "too few papers": exp_edit(lambda e: [e[D[1930]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[1932]] if r["evidence"] == "title-only" and r["true_arxiv_id"]]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[1934])),
 "openreview id on a title-only record": exp_edit(lambda e: e[D[1935]][6].update(openreview_id="zOGdf9K8aC")),
 "missing field": exp_edit(lambda e: e[D[1929]][2].pop("true_arxiv_id")),
 "OpenReview record given an arXiv id": exp_edit(lambda e: e[D[1927]][0].update(arxiv_id="2011.13456")),
 "position 1 paper": exp_edit(lambda e: e[D[1935]].append({"arxiv_id": None, "openreview_id": None, "title": "x", "evidence": "title-only", "true_arxiv_id": None})),
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
