#!/usr/bin/env python3
"""Breaks a scratch copy of round129 (/tmp/round129-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round127's harness, with round129's cases; every digest is UTF-8.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round129-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1307, 1317)}


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


def json_edit(n, f, dump):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        d = json.loads(open(p, "rb").read().decode("utf-8")); f(d)
        open(p, "wb").write(dump(d).encode("utf-8"))
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


compact = lambda d: json.dumps(d, ensure_ascii=False, separators=(",", ":"))
L0 = lambda d: d["response"]
CASES = {
 # 1307 Linkwarden
 "1307 pretty-printed instead of compact": json_edit(1307, lambda d: None, lambda d: json.dumps(d, ensure_ascii=False, indent=2)),
 "1307 final newline added": append(1307, "\n"),
 "1307 link key order": json_edit(1307, lambda d: L0(d).__setitem__(0, {k: L0(d)[0][k] for k in ["name", "id"] + list(L0(d)[0])[2:]}), compact),
 "1307 ids not newest first": json_edit(1307, lambda d: L0(d).reverse(), compact),
 "1307 id twice": json_edit(1307, lambda d: L0(d)[1].update(id=L0(d)[0]["id"]), compact),
 "1307 archive path names another link": json_edit(1307, lambda d: L0(d)[0].update(image="archives/4/70.png"), compact),
 "1307 pdf upload with a url": json_edit(1307, lambda d: next(l for l in L0(d) if l["type"] == "pdf").update(url="https://www.nature.com/articles/nature24270"), compact),
 "1307 lastPreserved after updatedAt": json_edit(1307, lambda d: L0(d)[0].update(lastPreserved="2024-05-14T00:00:00.000Z"), compact),
 "1307 unavailable archives with lastPreserved": json_edit(1307, lambda d: next(l for l in L0(d) if l["preview"] == "unavailable").update(lastPreserved="2024-04-18T14:31:40.000Z", updatedAt="2024-04-18T14:31:40.000Z"), compact),
 "1307 tag with two ids": json_edit(1307, lambda d: L0(d)[0]["tags"][0].update(id=99), compact),
 "1307 collection differs": json_edit(1307, lambda d: L0(d)[3].__setitem__("collection", dict(L0(d)[3]["collection"], color="#ef4444")), compact),
 "1307 arXiv page named without [id]": sub(1307, '"name":"[2204.01691] Do As I Can', '"name":"Do As I Can'),
 "1307 time without milliseconds": sub(1307, '"createdAt":"2024-05-13T19:02:37.418Z"', '"createdAt":"2024-05-13T19:02:37Z"'),
 # 1308 csvkit
 "1308 agate number wrongly rounded": sub(1308, "2,004.090…", "2,004.089…"),
 "1308 inferred id left raw": sub(1308, "|  1 | EfficientNet: Rethinking Model Scaling for Convolutional Neural Networks                                                | 1,905.119… |", "|  1 | EfficientNet: Rethinking Model Scaling for Convolutional Neural Networks                                                | 1905.11946 |"),
 "1308 number column left-aligned": sub(1308, "|  1 | EfficientNet", "| 1  | EfficientNet"),
 "1308 -I table right-aligned": sub(1308, "| 1  | EfficientNet: Rethinking Model Scaling for Convolutional Neural Networks                                                | 1905.11946 |", "|  1 | EfficientNet: Rethinking Model Scaling for Convolutional Neural Networks                                                | 1905.11946 |"),
 "1308 rule narrower": sub(1308, "| -- | ----------------------------------------------------------------------------------------------------------------------- | ---------- |\n", "| -- | ---------------------------------------------------------------------------------------------------------------------- | ---------- |\n"),
 "1308 csvgrep row missing": sub(1308, "|  6 | Smooth Adversarial Training                                                                                             | Tomek      | 2024-04-23 |\n", ""),
 "1308 csvsql count wrong": sub(1308, "| Marek      | 2 |", "| Marek      | 3 |"),
 "1308 csvsql order wrong": sub(1308, "| Kasia      | 3 |\n| Tomek      | 3 |", "| Tomek      | 3 |\n| Kasia      | 3 |"),
 "1308 head differs from the file": sub(1308, "3,ResNeSt: Split-Attention Networks,2004.08955", "3,ResNeSt: Split-Attention Networks,2004.08956"),
 "1308 needless CSV quotes": sub(1308, "2,ImageNet Classification with Deep Convolutional Neural Networks,,,", '2,"ImageNet Classification with Deep Convolutional Neural Networks",,,'),
 "1308 no final prompt": sub(1308, r"\nkasia@lab-wizji:~/czytelnia\$ \n$", "\n", regex=True),
 # 1309 h5dump
 "1309 raw Greek in a string": sub(1309, "\\316\\232\\316\\273\\316\\261\\317\\203\\316\\271\\316\\272\\317\\214", "Κλασικό"),
 "1309 bad octal (not UTF-8)": sub(1309, "\\316\\232\\316\\273", "\\316\\316\\273"),
 "1309 element index skipped": sub(1309, "   (3): {", "   (4): {"),
 "1309 member missing in an element": sub(1309, '         "sbert",\n', ""),
 "1309 dataspace count wrong": sub(1309, "DATASPACE  SIMPLE { ( 10 ) / ( 10 ) }", "DATASPACE  SIMPLE { ( 11 ) / ( 11 ) }"),
 "1309 h5ls dims differ": sub(1309, "/embeddings              Dataset {10, 384}", "/embeddings              Dataset {10, 768}"),
 "1309 brace lost": sub(1309, "      }\n   }\n   ATTRIBUTE \"created_by\"", "      }\n   ATTRIBUTE \"created_by\""),
 "1309 integer member quoted": sub(1309, '         1\n      },\n   (1)', '         "1"\n      },\n   (1)'),
 "1309 attribute not SCALAR": sub(1309, "      DATASPACE  SCALAR", "      DATASPACE  SIMPLE { ( 1 ) / ( 1 ) }"),
 "1309 -H prints data": sub(1309, "   DATASPACE  SIMPLE { ( 10, 384 ) / ( 10, 384 ) }\n", "   DATASPACE  SIMPLE { ( 10, 384 ) / ( 10, 384 ) }\n   DATA {\n   }\n"),
 "1309 member type line": sub(1309, "         CSET H5T_CSET_UTF8;\n         CTYPE H5T_C_S1;\n      } \"title\";", "         CSET H5T_CSET_ASCII;\n         CTYPE H5T_C_S1;\n      } \"title\";"),
 # 1310 LM Studio
 "1310 first line lost": sub(1310, "I Streaming logs from LM Studio\n", ""),
 "1310 24-hour timestamp": sub(1310, "5/14/2024, 9:44:52 PM", "5/14/2024, 21:44:52"),
 "1310 timestamps not ascending": sub(1310, "5/14/2024, 9:47:30 PM", "5/14/2024, 9:40:30 PM"),
 "1310 modelPath differs": sub(1310, "modelPath: lmstudio-community/Meta-Llama-3-8B-Instruct-GGUF/Meta-Llama-3-8B-Instruct-Q4_K_M.gguf", "modelPath: lmstudio-community/Meta-Llama-3-8B-Instruct-GGUF/Meta-Llama-3-8B-Instruct-Q8_0.gguf"),
 "1310 eot token lost": sub(1310, "ليس على arXiv)<|eot_id|>", "ليس على arXiv)"),
 "1310 input does not extend the previous": sub(1310, r"(.*)أضف هاتين الورقتين", r"\1أضيفي هاتين الورقتين", regex=True),
 "1310 prompt not waiting for assistant": sub(1310, "<|start_header_id|>assistant<|end_header_id|>\n\n\"\n\ntimestamp: 5/14/2024, 9:44:52 PM", "\"\n\ntimestamp: 5/14/2024, 9:44:52 PM"),
 "1310 wrong type": sub(1310, "type: llm.prediction.input", "type: llm.prediction.output"),
 "1310 no ^C": sub(1310, "^C\n", ""),
 # 1311 txtai
 "1311 banner lost": sub(1311, 'Type "help", "copyright", "credits" or "license" for more information.\n', ""),
 "1311 count wrong": sub(1311, ">>> embeddings.count()\n10", ">>> embeddings.count()\n11"),
 "1311 hit text differs from data": sub(1311, "'text': 'Supervised Contrastive Learning — SupCon:", "'text': 'Supervised Contrastive Learning — SupCon (v2):"),
 "1311 hit url differs from data": sub(1311, "'url': 'https://arxiv.org/pdf/2004.11362'", "'url': 'https://arxiv.org/abs/2004.11362'"),
 "1311 scores not descending": sub(1311, "'score': 0.3862000107765198", "'score': 0.6862000226974487"),
 "1311 score under the bound": sub(1311, "'score': 0.3862000107765198", "'score': 0.3400000035762787"),
 "1311 score not float32": sub(1311, "'score': 0.6711999773979187", "'score': 0.6712"),
 "1311 hit over the limit": sub(1311, r"(search\(\"छवि और पाठ को जोड़ने वाले मॉडल\", )3\)", r"\g<1>2)", regex=True),
 "1311 default hit with url": sub(1311, "[{'id': 'p01', 'text': 'Learning Transferable Visual Models From Natural Language Supervision — CLIP: छवि और पाठ का साझा स्थान, zero-shot वर्गीकरण', 'score'", "[{'id': 'p01', 'text': 'Learning Transferable Visual Models From Natural Language Supervision — CLIP: छवि और पाठ का साझा स्थान, zero-shot वर्गीकरण', 'url': 'https://arxiv.org/abs/2103.00020', 'score'"),
 "1311 repr with double quotes": sub(1311, "[{'id': 'p06'", '[{"id": \'p06\''),
 # 1312 git-annex
 "1312 addurl output": sub(1312, "(to papers/sdxl.pdf) ok", "(to papers/sdxl.pdf)"),
 "1312 overall lastchanged missing": sub(1312, "metadata papers/ddpm.pdf \n  lastchanged=2024-05-14@09-12-33\n", "metadata papers/ddpm.pdf \n"),
 "1312 metadata fields not sorted": sub(1312, "  title=Denoising Diffusion Probabilistic Models\n  title-lastchanged=2024-05-14@09-12-33\n", "  title-lastchanged=2024-05-14@09-12-33\n  title=Denoising Diffusion Probabilistic Models\n"),
 "1312 tag values not sorted": sub(1312, "  tag=дифузія\n  tag=прочитано\n", "  tag=прочитано\n  tag=дифузія\n"),
 "1312 lastchanged not the latest": sub(1312, "  lastchanged=2024-05-14@09-12-33\n", "  lastchanged=2024-05-13@09-12-33\n"),
 "1312 field without -lastchanged": sub(1312, "  dzherelo-lastchanged=2024-05-13@17-40-08\n", ""),
 "1312 copies count wrong": sub(1312, "whereis papers/ddpm.pdf (3 copies) ", "whereis papers/ddpm.pdf (2 copies) "),
 "1312 web listed without url": sub(1312, "\n\n  web: https://arxiv.org/pdf/2006.11239\nok", "\nok"),
 "1312 addurl url not the web url": sub(1312, "  web: https://arxiv.org/pdf/2307.01952", "  web: https://arxiv.org/pdf/2307.01952v1"),
 "1312 two [here] uuids": sub(1312, "  \t5d2b7e4c-9a13-4f0e-b8c6-2e71a04f93d5 -- olena@dyfuziia:~/chytanka [here]", "  \t5d2b7e4c-9a13-4f0e-b8c6-2e71a04f93d6 -- olena@dyfuziia:~/chytanka [here]"),
 "1312 whereis files out of order": sub(1312, r"(whereis papers/ddpm\.pdf .*?\nok\n)(whereis papers/diffwave\.pdf .*?\nok\n)", r"\2\1", regex=True),
 "1312 locations out of uuid order": sub(1312, r"(whereis papers/diffwave\.pdf \(2 copies\) \n)(  \t5d2b[^\n]*\n)(  \ta8f0[^\n]*\n)", r"\1\3\2", regex=True),
 "1312 1 copies": sub(1312, "whereis papers/instructpix2pix.pdf (1 copy) ", "whereis papers/instructpix2pix.pdf (1 copies) "),
 # 1313 p7zip
 "1313 banner changed": sub(1313, "7-Zip [64] 16.02 : Copyright (c) 1999-2016 Igor Pavlov : 2016-05-21", "7-Zip 16.02 : Copyright (c) 1999-2016 Igor Pavlov"),
 "1313 physical size wrong": sub(1313, "Physical Size = 15219822", "Physical Size = 15219823"),
 "1313 MiB wrong": sub(1313, "(14 MiB)", "(15 MiB)"),
 "1313 compressed shown twice": sub(1313, "....A      1584221               doc-tuan-20/2402.09353v1.pdf", "....A      1584221      1500000  doc-tuan-20/2402.09353v1.pdf"),
 "1313 total size wrong": sub(1313, "          16103599     15218873  11 files", "          16103600     15218873  11 files"),
 "1313 file count wrong": sub(1313, "11 files, 2 folders", "12 files, 2 folders"),
 "1313 row out of columns": sub(1313, "2024-05-10 08:43:02 ....A       703447", "2024-05-10 08:43:02 ....A      703447"),
 "1313 index size differs": sub(1313, "Người tổng hợp: Nguyễn Thu Hà", "Người tổng hợp: Nguyễn Thu Hà (bản 2)"),
 "1313 folder not a prefix": sub(1313, "D....            0            0  doc-tuan-20/slide\n", "D....            0            0  doc-tuan-20/slides\n"),
 # 1314 Groonga
 "1314 answer pretty-printed": sub(1314, '[[0,1715680230.046652,2.09808349609375e-05],true]', '[\n  [0, 1715680230.046652, 2.09808349609375e-05],\n  true\n]'),
 "1314 Japanese escaped": sub(1314, '"線形アテンションまとめ（研究室ブログ、論文ではない）","https://blog', '"\\u7dda\\u5f62\\u30a2\\u30c6\\u30f3\\u30b7\\u30e7\\u30f3\\u307e\\u3068\\u3081\\uff08\\u7814\\u7a76\\u5ba4\\u30d6\\u30ed\\u30b0\\u3001\\u8ad6\\u6587\\u3067\\u306f\\u306a\\u3044\\uff09","https://blog'),
 "1314 hit count wrong": sub(1314, "[[[5],[[\"_key\"", "[[[4],[[\"_key\""),
 "1314 column not in output_columns": sub(1314, '["url","ShortText"],["_score","Int32"]]', '["_score","Int32"],["url","ShortText"]]'),
 "1314 _score typed wrong": sub(1314, '["_score","Int32"]', '["_score","Float"]'),
 "1314 scores not descending": sub(1314, '"https://blog.kenkyu-lab.example.jp/2024/04/linear-attention",10]', '"https://blog.kenkyu-lab.example.jp/2024/04/linear-attention",12]'),
 "1314 record value differs between answers": sub(1314, '[7,"flash-gau","Transformer Quality in Linear Time",""]', '[7,"flash-gau","Transformer Quality in Linear Time","https://flash.example.org/"]'),
 "1314 filter answer misses a record": sub(1314, '["sparse-transformer","Generating Long Sequences with Sparse Transformers","","","疎なアテンションパターン。タイトルだけ登録。"],', '', count=1),
 "1314 record fails the filter": sub(1314, '["flashattention","FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness","","2205.14135"', '["flashattention","FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness","-","2205.14135"'),
 "1314 start times not ascending": sub(1314, "[[0,1715680161.902441,", "[[0,1715680101.902441,"),
 "1314 syntax error not marked": sub(1314, "Syntax error: <Reformer OR||>", "Syntax error: <Reformer OR>"),
 "1314 error with a body": sub(1314, '[["yy_syntax_error","grn_ecmascript.lemon",34]]],[]]', '[["yy_syntax_error","grn_ecmascript.lemon",34]]],[[[0]]]]'),
 "1314 whole table _ids skip": sub(1314, '[10,"blog-linear-attention-matome"', '[11,"blog-linear-attention-matome"'),
 "1314 record with a missing value": sub(1314, '[4,"reformer","Reformer: The Efficient Transformer","https://openreview.net/forum?id=rkgNKkHtvB"]', '[4,"reformer","Reformer: The Efficient Transformer"]'),
 "1314 no quit": sub(1314, '> quit\n[[0,1715680230.046652,2.09808349609375e-05],true]\n', ''),
 # 1315 ELinks
 "1315 five fields": sub(1315, "https://arxiv.org/abs/2312.00752\t2\t", "https://arxiv.org/abs/2312.00752\t2\t\tx"),
 "1315 folder with url": sub(1315, "AutoML\t\t1\tF", "AutoML\thttps://www.automl.org/\t1\tF"),
 "1315 bookmark with a flag": sub(1315, "https://arxiv.org/pdf/2101.08809\t2\t", "https://arxiv.org/pdf/2101.08809\t2\tE"),
 "1315 depth jumps": sub(1315, "https://arxiv.org/pdf/2101.08809\t2\t", "https://arxiv.org/pdf/2101.08809\t3\t"),
 "1315 depth not a number": sub(1315, "https://srush.github.io/annotated-s4/\t2\t", "https://srush.github.io/annotated-s4/\ttwo\t"),
 "1315 no final newline": sub(1315, r"\n$", "", regex=True),
 "1315 CRLF": sub(1315, "\n", "\r\n", count=0),
 # 1316 gron
 "1316 & not escaped": sub(1316, "task=nli\\u0026sort=acc", "task=nli&sort=acc"),
 "1316 keys out of order": sub(1316, 'json.course.code = "AAI5023";\njson.course.credits = 3;', 'json.course.credits = 3;\njson.course.code = "AAI5023";'),
 "1316 container not declared": sub(1316, "json.grading = {};\n", ""),
 "1316 dashed key with a dot": sub(1316, 'json.links["kakao-open-chat"]', "json.links.kakao-open-chat"),
 "1316 missing semicolon": sub(1316, 'json.updated_at = "2024-05-13T22:41:09+09:00";', 'json.updated_at = "2024-05-13T22:41:09+09:00"'),
 "1316 line grep would not print": sub(1316, 'json[2].language = "Python";', 'json[2].language = "Python";\njson[2].forks_count = 22;'),
 "1316 grep output out of order": sub(1316, r'(json\[0\]\.description = [^\n]*\n)(json\[0\]\.full_name = [^\n]*\n)', r"\2\1", regex=True),
 "1316 catalogue title in the negative": sub(1316, "과목 소개, 단어 임베딩 복습", "과목 소개, Attention Is All You Need 복습"),
 "1316 arXiv id in the negative": sub(1316, "기말 프로젝트 후보", "기말 프로젝트 후보 (1810.04805)"),
 "1316 arXiv link in the negative": sub(1316, "https://korquad.github.io/", "https://arxiv.org/abs/1909.07005"),
 # labels
 "title-only paper gets an id in 1308": sub(1308, "| 8  | MedSelect: Selective Labeling for Medical Image Classification Combining Meta-Learning with Deep Reinforcement Learning |            |", "| 8  | MedSelect: Selective Labeling for Medical Image Classification Combining Meta-Learning with Deep Reinforcement Learning | 2103.14339 |"),
 "unlabelled catalogue id in 1310": sub(1310, "القاعة 2-114", "القاعة 2-114، arXiv:1706.03762"),
 "other file's title in 1311": sub(1311, "अगली बैठक के लिए", "अगली बैठक के लिए; Segment Anything भी", count=1),
 "labelled title lost in 1313": sub(1313, "Textbooks Are All You Need", "phi-1", count=0),
 "unlabelled OpenReview id in 1315": sub(1315, "https://srush.github.io/annotated-s4/", "https://openreview.net/forum?id=WE_vluYUL-X"),
 "distractor title in 1312": sub(1312, "ще без посилання", "ще без посилання; див. Recurrent Memory Transformer"),
 "arxiv-text id lost in 1309": sub(1309, '"1908.10084"', '""', count=0),
 "link lost in 1307": sub(1307, "https://arxiv.org/abs/2106.02039", "https://trajectory-transformer.example.org/", count=0),
 "OpenReview link cut in 1314": sub(1314, "forum?id=qVyeW-grC2k", "forum?id=qVye", count=0),
 "arxiv-text gets a link in 1313": sub(1313, "arXiv:2211.17192", "https://arxiv.org/abs/2211.17192", count=0),
 "title-only id leaks in 1315": sub(1315, "ლევანის შეთავაზება", "ლევანის შეთავაზება (2103.14338)"),
 "unknown valid-shaped id in 1312": sub(1312, "флешка Андрія, посилання немає", "флешка Андрія, arXiv:2404.01234"),
 "label in the negative": exp_edit(lambda e: e[D[1316]].append(dict(e[D[1315]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[1310]][4].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[1311]][0].update(title="Learning Transferable Visual Models")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[1307]][0].update(true_arxiv_id="2204.01692", arxiv_id="2204.01692")),
 "paper in two files": exp_edit(lambda e: e[D[1308]].append(dict(e[D[1307]][0]))),
 "even-position paper": exp_edit(lambda e: e[D[1309]].append({"arxiv_id": None, "openreview_id": None, "title": "Denoising Diffusion Implicit Models", "evidence": "title-only", "true_arxiv_id": "2010.02502"})),
 "too few papers": exp_edit(lambda e: [e[D[1312]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[1314]] if r["evidence"] == "title-only"]),
 "title-only paper gets an id in 1314": sub(1314, '["sparse-transformer","Generating Long Sequences with Sparse Transformers","",""', '["sparse-transformer","Generating Long Sequences with Sparse Transformers","","1904.10509"'),
 "file missing from expected": exp_edit(lambda e: e.pop(D[1313])),
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
