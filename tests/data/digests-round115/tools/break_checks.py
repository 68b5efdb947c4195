#!/usr/bin/env python3
"""Breaks a scratch copy of round115 (/tmp/round115-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round113's harness, with round115's cases; every digest is UTF-8.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round115-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1167, 1177)}


def sub(n, old, new, count=1, regex=False):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = open(p, "rb").read().decode("utf-8")
        if regex:
            assert re.search(old, s, re.S), (n, old)
            s = re.sub(old, new, s, count=count, flags=re.S)
        else:
            assert old in s, (n, old)
            s = s.replace(old, new, count if count else -1)
        open(p, "wb").write(s.encode("utf-8"))
    return fn


def append(n, extra):
    def fn(root):
        with open(os.path.join(root, "digests", D[n]), "a", encoding="utf-8", newline="") as fh: fh.write(extra)
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


def first(n):
    return lambda e: e[D[n]]


CASES = {
 "1167 raw ampersand": sub(1167, "\\u0026", "&"),
 "1167 distance not ascending": sub(1167, '"distance":0.1103', '"distance":0.2103'),
 "1167 id not a UUIDv4": sub(1167, r'("_additional":\{"distance":[\d.]+,"id":"[0-9a-f]{8}-[0-9a-f]{4}-)4', r"\g<1>1", regex=True),
 "1167 keys not sorted": sub(1167, '"addedBy":"kobayashi","kind":"paper"', '"kind":"paper","addedBy":"kobayashi"'),
 "1167 not compact": sub(1167, '{"data":', '{"data": '),
 "1167 both url and ref": sub(1167, '"title":"Reflexion: Language Agents with Verbal Reinforcement Learning","url":null', '"title":"Reflexion: Language Agents with Verbal Reinforcement Learning","url":"https://example.com/reflexion"'),
 "1168 summary count wrong": sub(1168, "仅标题 3", "仅标题 2"),
 "1168 list count wrong": sub(1168, "(共 11 条)", "(共 10 条)"),
 "1168 date not the header's": sub(1168, "I20240506 09:30:12.", "I20240507 09:30:12."),
 "1168 one file:line, two severities": sub(1168, r"W(20240506 \S+ +\d+ resolver\.cc:88\])", r"I\1", regex=True),
 "1168 time going back": sub(1168, r"(I20240506 )09:30:17(\.\d+ 48213 main\.cc:92\])", r"\g<1>09:30:11\2", regex=True),
 "1168 header line missing": sub(1168, "Running duration (h:mm:ss): 0:00:00\n", ""),
 "1169 size wrong": sub(1169, "papers.size\nres4: kotlin.Int = 8", "papers.size\nres4: kotlin.Int = 9"),
 "1169 res misnumbered": sub(1169, "res4:", "res5:"),
 "1169 Line_N not the data class's": sub(1169, "Line_2.Paper", "Line_3.Paper"),
 "1169 groupingBy wrong": sub(1169, "하은=2}", "하은=3}"),
 "1169 loop line not the list's": sub(1169, "- Scaling Vision Transformers — https://arxiv.org/abs/2106.04560\n", "- Scaling Vision Transformers\n"),
 "1169 no :quit": sub(1169, ">>> :quit\n", ""),
 "1170 level not padded": sub(1170, "| INFO     | digest_bot.__main__", "| INFO | digest_bot.__main__"),
 "1170 SUCCESS count wrong": sub(1170, ": 8 prac,", ": 9 prac,"),
 "1170 row count wrong": sub(1170, "Pobrano 10 wierszy", "Pobrano 11 wierszy"),
 "1170 time going back": sub(1170, r"2024-05-13 07:58:\d\d\.\d{3}( \| SUCCESS)", r"2024-05-13 07:58:01.000\1", regex=True),
 "1170 traceback after a WARNING": sub(1170, "| ERROR    | digest_bot.post:send:58", "| WARNING  | digest_bot.post:send:58"),
 "1170 sheet row skipped": sub(1170, "(wiersz 3,", "(wiersz 4,"),
 "1171 prompt cwd not cd's": sub(1171, "lucia@nlp-login2:~/grupo-lectura/preentrenamiento> ls", "lucia@nlp-login2:~> ls"),
 "1171 grep -c wrong": sub(1171, "lista.txt\n2\n", "lista.txt\n3\n"),
 "1171 awk output wrong": sub(1171, "Cloze Models\nlucia@nlp-login2:~/grupo-lectura/preentrenamiento> foreach", "Cloze Models\nRoBERTa\nlucia@nlp-login2:~/grupo-lectura/preentrenamiento> foreach"),
 "1171 wc total wrong": sub(1171, " 5 total", " 6 total"),
 "1171 foreach? prompt missing": sub(1171, "foreach? end", "end"),
 "1171 no logout": sub(1171, "exit\nlogout\n", "exit\n"),
 "1172 final newline": append(1172, "\n"),
 "1172 distances not ascending": sub(1172, "0.3402", "0.3002"),
 "1172 null metadata value": sub(1172, '"added_by":"arjun","week":12', '"url":null,"added_by":"arjun","week":12'),
 "1172 included wrong": sub(1172, '"included":["distances","metadatas","documents"]', '"included":["distances","metadatas"]'),
 "1172 inner lengths differ": sub(1172, '"note-0412",', ""),
 "1173 count wrong": sub(1173, "▶ (num 9)", "▶ (num 8)"),
 "1173 string not quoted": sub(1173, "▶ 'Zero-1-to-3: Zero-shot One Image to 3D Object'", "▶ Zero-1-to-3: Zero-shot One Image to 3D Object"),
 "1173 map keys not sorted": sub(1173, "[&by=Νίκος &note='CLIP· βάση για ό,τι ακολουθεί.'", "[&note='CLIP· βάση για ό,τι ακολουθεί.' &by=Νίκος"),
 "1173 prompt not cd's": sub(1173, "~/σημειώσεις/διάχυση> ls", "~> ls"),
 "1173 loop line missing": sub(1173, "  }\n- Score-based Generative Modeling in Latent Space\n", "  }\n"),
 "1174 total_ns not the sum": sub(1174, '"total_ns": 3679325', '"total_ns": 3679326'),
 "1174 num_uids wrong": sub(1174, '"_total": 101', '"_total": 100'),
 "1174 added not ascending": sub(1174, '"added": "2024-02-12T00:00:00Z"', '"added": "2024-01-12T00:00:00Z"'),
 "1174 not jq's layout": sub(1174, '{\n  "data"', '{"data"'),
 "1174 duplicate uid": sub(1174, '"uid": "0x4e2f"', '"uid": "0x4e2a"'),
 "1175 LF record end": sub(1175, "\r\n", "\n"),
 "1175 no BOM": sub(1175, "\ufeff", ""),
 "1175 completed without a date": sub(1175, ",2024-03-08 16:40\r\n", ",\r\n"),
 "1175 completed before created": sub(1175, "2024-03-22 15:55", "2024-03-01 15:55"),
 "1175 needless quoting": sub(1175, "\r\nMixed Precision Training,", '\r\n"Mixed Precision Training",'),
 "1175 unknown section": sub(1175, ",Đang đọc,open,", ",Đang làm,open,"),
 "1176 v not 0": sub(1176, '"v":0}', '"v":1}'),
 "1176 keys out of order": sub(1176, '"pid":23117,"level":30,"version":"1.7.3"', '"pid":23117,"version":"1.7.3","level":30'),
 "1176 err below 50": sub(1176, '"level":50', '"level":40'),
 "1176 time going back": sub(1176, r'("msg":"จบงาน","time":"2024-05-17T01:00:)\d\d', r"\g<1>01", regex=True),
 "1176 durationMs wrong": sub(1176, r'"durationMs":\d+', '"durationMs":1', regex=True),
 "1176 catalogue title in the negative": sub(1176, "จบงาน", "จบงาน (ครั้งหน้า: Segment Anything)"),
 "1176 arXiv id in the negative": sub(1176, "8f3kQw", "2106.09685"),
 "title-only paper gets a link in 1170": sub(1170, "„Gradient Projection Memory for Continual Learning”", "„Gradient Projection Memory for Continual Learning” <https://arxiv.org/abs/2103.09762>"),
 "unlabelled catalogue id in 1173": sub(1173, "Μάθημα, όχι άρθρο", "Μάθημα 1706.03762, όχι άρθρο"),
 "other file's title in 1172": sub(1172, "ब्लॉग पोस्ट — पेपर नहीं", "ब्लॉग पोस्ट (Segment Anything) — पेपर नहीं"),
 "labelled title lost in 1169": sub(1169, "Scaling Vision Transformers", "ViT-G", count=0),
 "unlabelled OpenReview id in 1175": sub(1175, "https://huggingface.co/docs/transformers", "https://openreview.net/forum?id=abcDEF12345"),
 "distractor title in 1171": sub(1171, "repaso general", "repaso general y Efficient Transformers: A Survey"),
 "arxiv-text id lost in 1174": sub(1174, "arXiv:2004.07780", "", count=0),
 "link lost in 1168": sub(1168, "https://arxiv.org/abs/2004.05150", "https://github.com/allenai/longformer"),
 "OpenReview link cut in 1167": sub(1167, "forum?id=VTF8yNQM66", "forum?id=VTF8yN"),
 "expected: wrong evidence": exp_edit(lambda e: first(1167)(e)[0].update(evidence="arxiv-text")),
 "expected: title-only with id": exp_edit(lambda e: first(1168)(e)[5].update(arxiv_id="2103.02143")),
 "expected: wrong title": exp_edit(lambda e: first(1172)(e)[1].update(title="Llama 2")),
 "expected: wrong OpenReview id": exp_edit(lambda e: first(1170)(e)[0].update(openreview_id="Ua6zuk0WRH")),
 "expected: paper dropped (gap)": exp_edit(lambda e: first(1171)(e).pop(0)),
 "expected: label in the negative": exp_edit(lambda e: e[D[1176]].append(dict(first(1167)(e)[0]))),
 "expected: paper in two files": exp_edit(lambda e: first(1175)(e).append(dict(first(1173)(e)[0]))),
 "expected: too few papers": exp_edit(lambda e: [first(1174)(e).pop() for _ in range(2)]),
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
    if V: print(f"{name}:", *errs[:3], sep="\n   ")
shutil.rmtree(SCR, ignore_errors=True)
print(f"cases {len(CASES)} errors {total}" + (f"; NOT CAUGHT: {bad}" if bad else ""))
sys.exit(1 if bad else 0)
