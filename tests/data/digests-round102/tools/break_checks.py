#!/usr/bin/env python3
"""Breaks a scratch copy of round102 (/tmp/round102-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round101's harness, with round102's cases; 1037 is edited as ISO-8859-1, 1039 / 1046 as ASCII, the
others as UTF-8; the mail cases edit the quoted-printable text as stored.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round102-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1037, 1047)}
ENC = {1037: "latin-1", 1039: "ascii", 1046: "ascii"}


def sub(n, old, new, count=1, regex=False):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = open(p, "rb").read().decode(ENC.get(n, "utf-8"))
        if regex:
            assert re.search(old, s, re.S), (n, old)
            s = re.sub(old, new, s, count=count, flags=re.S)
        else:
            assert old in s, (n, old)
            s = s.replace(old, new, count if count else -1)
        open(p, "wb").write(s.encode(ENC.get(n, "utf-8")))
    return fn


def raw_bytes(n, old, new):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        b = open(p, "rb").read()
        assert old in b, (n, old)
        open(p, "wb").write(b.replace(old, new, 1))
    return fn


def append(n, extra):
    def fn(root):
        with open(os.path.join(root, "digests", D[n]), "ab") as fh: fh.write(extra.encode(ENC.get(n, "utf-8")))
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


def first(n):
    return lambda e: e[D[n]]


CASES = {
 # 1037 SIGAA
 "1037 UTF-8 bytes in the Latin-1 page": raw_bytes(1037, "Início".encode("latin-1"), "Início".encode("utf-8")),
 "1037 an LF line end": sub(1037, "<body>\r\n", "<body>\n"),
 "1037 charset meta says UTF-8": sub(1037, 'content="text/html; charset=ISO-8859-1"', 'content="text/html; charset=UTF-8"'),
 "1037 database value with a raw Latin-1 letter": sub(1037, "Retropropaga&ccedil;&atilde;o (Rumelhart", "Retropropagação (Rumelhart"),
 "1037 en dash as a named entity": sub(1037, "14h&#8211;16h", "14h&ndash;16h"),
 "1037 schedule dates out of order": sub(1037, "<td>26/03/2024</td>", "<td>16/03/2024</td>"),
 "1037 Início after Fim": sub(1037, "<td>14/05/2024</td>", "<td>17/05/2024</td>"),
 "1037 assessment outside the schedule": sub(1037, "<td>16/05/2024</td>\r\n<td>14:00</td>", "<td>23/05/2024</td>\r\n<td>14:00</td>"),
 "1037 row class not alternating": sub(1037, '<tr class="linhaImpar">', '<tr class="linhaPar">'),
 "1037 a cell lost": sub(1037, "<td>Livro</td>\r\n", ""),
 "1037 id repeated": sub(1037, "formPlano:j_id_jsp_1204617388_21", "formPlano:j_id_jsp_1204617388_20"),
 "1037 command link submits another": sub(1037, "{'formMenu:j_id_jsp_981533042_2':'formMenu:j_id_jsp_981533042_2'}", "{'formMenu:j_id_jsp_981533042_3':'formMenu:j_id_jsp_981533042_3'}"),
 "1037 unknown Tipo de Material": sub(1037, "<td>Site</td>", "<td>Website</td>"),
 "1037 semester not the class's": sub(1037, "Semestre atual: <strong>2024.1</strong>", "Semestre atual: <strong>2024.2</strong>"),
 "1037 second ViewState in a form": sub(1037, '<input type="hidden" name="formPlano" value="formPlano" />', '<input type="hidden" name="formPlano" value="formPlano" />\r\n<input type="hidden" name="javax.faces.ViewState" id="javax.faces.ViewState" value="j_id7" />'),
 # 1038 sourcehut
 "1038 short hash not the full one's": sub(1038, '">e5d7b50</a>', '">e5d7b51</a>'),
 "1038 relative times inconsistent": sub(1038, "18 days ago", "9 days ago"),
 "1038 commits not newest first": sub(1038, "2024-02-27 21:40:09 UTC", "2024-03-13 21:40:09 UTC"),
 "1038 clone URL of another repo": sub(1038, "<dd>git@git.sr.ht:~oksana_h/dovhyi-kontekst</dd>", "<dd>git@git.sr.ht:~oksana_h/long-context</dd>"),
 "1038 README row with a cell lost": sub(1038, "<td>2014</td>\n", ""),
 "1038 unclosed tag": sub(1038, "</table>\n<h2>Пам'ять</h2>", "\n<h2>Пам'ять</h2>"),
 # 1039 Zoho
 "1039 LF line end": sub(1039, "MIME-Version: 1.0\r\n", "MIME-Version: 1.0\n"),
 "1039 body edited, DKIM bh kept": sub(1039, "(4178kb,D)", "(4179kb,D)"),
 "1039 Message-Id not the Date's": sub(1039, "<188ae3baf4f.", "<188ae3bb4f4."),
 "1039 Subject not Fwd: + forwarded": sub(1039, "Subject: Fwd: cs daily Subj-class mailing 400 1", "Subject: Fwd: cs daily mailing"),
 "1039 QP line over 76": sub(1039, r"(quoted-printable\r\n\r\n[^\r]*?)=\r\n", r"\1", regex=True),
 "1039 trailer size not the entry's": sub(1039, "4178kb)", "4187kb)"),
 "1039 header order": sub(1039, "Importance: Medium\r\nUser-Agent: Zoho Mail\r\n", "User-Agent: Zoho Mail\r\nImportance: Medium\r\n"),
 # 1040 TeX
 "1040 cite without bibitem": sub(1040, "\\cite{peft}", "\\cite{peft2}"),
 "1040 bibitem never cited": sub(1040, "研究室の指示追従データ\\cite{hitinst}", "研究室の指示追従データ"),
 "1040 unbalanced brace": sub(1040, "\\url{https://github.com/huggingface/peft}", "\\url{https://github.com/huggingface/peft"),
 "1040 blank after pp.": sub(1040, "pp.2790--2799", "pp. 2790--2799"),
 "1040 environment not ended": sub(1040, "\\end{abstract}", ""),
 "1040 title not in ``…,''": sub(1040, "``Decoupled Weight Decay Regularization,''", "Decoupled Weight Decay Regularization."),
 # 1041 BibTeX (bibtex-tidy)
 "1041 NeurIPS url hash not the key's": sub(1041, "@inproceedings{NEURIPS2019_547911a8", "@inproceedings{NEURIPS2019_547911a9"),
 "1041 fields not in --sort-fields order": sub(1041, "  year         = 2021,\n  booktitle    = {Advances in Neural Information Processing Systems},\n", "  booktitle    = {Advances in Neural Information Processing Systems},\n  year         = 2021,\n"),
 "1041 NeurIPS volume not the year's": sub(1041, "  volume       = 34,", "  volume       = 33,"),
 "1041 arXiv url not the eprint's": sub(1041, "{https://arxiv.org/abs/2207.12598}", "{https://arxiv.org/abs/2207.12599}"),
 "1041 = not aligned": sub(1041, "  year         = 2021,\n  booktitle    = {International", "  year = 2021,\n  booktitle    = {International"),
 "1041 braced number": sub(1041, "  year         = 2014,", "  year         = {2014},"),
 "1041 empty field left": sub(1041, "  pages        = {2672--2680}\n", "  pages        = {2672--2680},\n  note         = {}\n"),
 "1041 non-ASCII not escaped": sub(1041, 'Jonas M{\\"u}ller', "Jonas Müller"),
 "1041 upper-case entry type": sub(1041, "@inproceedings{pmlr-v37", "@InProceedings{pmlr-v37"),
 "1041 PMLR url not the key's": sub(1041, "sohl-dickstein15.html", "sohldickstein15.html"),
 "1041 stray text outside entries": sub(1041, "% ---------- Text-zu-Bild ----------", "---------- Text-zu-Bild ----------"),
 "1041 duplicate key": sub(1041, "@inproceedings{song2021ddim", "@inproceedings{goodfellow2014gan"),
 # 1042 Tally
 "1042 BOM": sub(1042, "Submission ID", "\ufeffSubmission ID"),
 "1042 quoting not minimal": sub(1042, ",Có,Tuần 5\n", ',"Có",Tuần 5\n'),
 "1042 submissions not oldest first": sub(1042, "2024-02-27 00:43:10", "2024-02-25 00:43:10"),
 "1042 respondent id changes": sub(1042, "ZMhgOt,dhTTdl", "ZMhgOt,dhTTdm"),
 "1042 e-mail and student id disagree": sub(1042, "tri.2052133@", "tri.2052134@"),
 "1042 weeks out of order": sub(1042, '"Tuần 7, Tuần 8"', '"Tuần 8, Tuần 7"'),
 # 1043 muchong
 "1043 回复 count wrong": sub(1043, "回复: 6", "回复: 7"),
 "1043 participants wrong": sub(1043, "已有5人参与", "已有4人参与"),
 "1043 coins exceed the reward": sub(1043, "zhuhuai_ml(金币+8)", "zhuhuai_ml(金币+18)"),
 "1043 floor label skipped": sub(1043, "\n4楼\n", "\n5楼\n"),
 "1043 member box differs": sub(1043, "帖子: 58\n在线: 31.4小时\n虫号: 2841937\n注册: 2021-09-06\n性别: GG\n专业: 计算机应用技术\n\n7楼", "帖子: 59\n在线: 31.4小时\n虫号: 2841937\n注册: 2021-09-06\n性别: GG\n专业: 计算机应用技术\n\n7楼"),
 "1043 floors out of time order": sub(1043, "举报  2024-03-09 14:36", "举报  2024-03-08 14:36"),
 # 1044 reST
 "1044 underline too short": sub(1044, "גרפים\n=====\n", "גרפים\n===\n"),
 "1044 named reference without target": sub(1044, ".. _RT-2: https://arxiv.org/abs/2307.15818\n", ""),
 "1044 anonymous target lost": sub(1044, "__ https://arxiv.org/abs/2010.08895\n", ""),
 "1044 footnote lost": sub(1044, "(MeshGraphNets) [#]_", "(MeshGraphNets)"),
 "1044 modified before date": sub(1044, ":modified: 2024-04-03 08:15", ":modified: 2024-04-01 08:15"),
 "1044 Pelican field order": sub(1044, ":category: קריאה\n:slug: reading-q1-2024\n", ":slug: reading-q1-2024\n:category: קריאה\n"),
 # 1045 Naver Cafe
 "1045 comment count wrong": sub(1045, "댓글 6", "댓글 7", count=0),
 "1045 작성자 badge on another": sub(1045, "민지\n성실회원\n", "민지\n성실회원\n작성자\n"),
 "1045 comment before the post": sub(1045, "2024.03.15. 00:11 답글쓰기", "2024.03.14. 22:11 답글쓰기"),
 "1045 unknown level": sub(1045, "우수회원", "VIP회원"),
 # 1046 Ecomail
 "1046 bounce of another subscriber": sub(1046, "Return-Path: <bounce-31203-77814@", "Return-Path: <bounce-31203-77815@"),
 "1046 Message-ID time not the Date": sub(1046, ".1711440004@", ".1711440005@"),
 "1046 DKIM bh not the body's": sub(1046, "Kapacita je 60", "Kapacita je 80"),
 "1046 bad encoded word": sub(1046, "=?UTF-8?Q?ML_Brno_=E2=80=93_komunita?=", "=?UTF-8?Q?ML_Brno_=E2=8_komunita?="),
 "1046 catalogue title in the negative": sub(1046, "\r\n\r\nAhoj Terezo,", "\r\n\r\nDenoising Diffusion Probabilistic Models\r\n\r\nAhoj Terezo,"),
 "1046 arXiv id in the negative": sub(1046, "\r\n\r\nAhoj Terezo,", "\r\n\r\nviz 2403.01234\r\n\r\nAhoj Terezo,"),
 # labels
 "title-only paper gets a link in 1045": sub(1045, "2. SimSiam (Exploring Simple Siamese Representation Learning)", "2. SimSiam (Exploring Simple Siamese Representation Learning) https://arxiv.org/abs/2011.10566"),
 "unlabelled catalogue id in 1043": sub(1043, "先把 Megatron 里的 1F1B", "先把 Megatron 里的 1F1B（顺便 1706.03762）"),
 "other file's title in 1044": sub(1044, "בפוסט הבא:", "ראו גם Masked Autoencoders Are Scalable Vision Learners. בפוסט הבא:"),
 "labelled title lost in 1038": sub(1038, "Neural Turing Machines", "NTM", count=0),
 "unlabelled OpenReview id in 1041": sub(1041, "forum?id=St1giarCHLP", "forum?id=St1giarCHLQ"),
 "distractor title in 1040": sub(1040, "BitFit\\cite{benzaken2021bitfit}はさらに単純で", "BitFit\\cite{benzaken2021bitfit}（How to Fine-Tune BERT for Text Classification? も参照）はさらに単純で"),
 "title-only paper's id in 1042": sub(1042, "ICCV 2021 (chưa tìm được link chuẩn)", "ICCV 2021 (2103.14167)"),
 "arxiv-text id lost in 1040": sub(1040, "arXiv preprint arXiv:2103.10385, 2021.", "arXiv preprint, 2021."),
 "OpenReview link cut in 1045": sub(1045, "forum?id=uB5x7Y2qsFR", "forum?id=uB5x7"),
 "link lost in 1037": sub(1037, "Dispon&iacute;vel em: https://arxiv.org/abs/1810.04805. ", ""),
 "expected: wrong evidence": exp_edit(lambda e: first(1037)(e)[0].update(evidence="arxiv-text")),
 "expected: title-only with id": exp_edit(lambda e: first(1041)(e)[5].update(arxiv_id="2105.05233")),
 "expected: wrong title": exp_edit(lambda e: first(1043)(e)[0].update(title="Megatron-LM")),
 "expected: wrong OpenReview id": exp_edit(lambda e: first(1038)(e)[2].update(openreview_id="_adSMszz_g9")),
 "expected: paper dropped (gap)": exp_edit(lambda e: first(1042)(e).pop(0)),
 "expected: label in the negative": exp_edit(lambda e: e[D[1046]].append(dict(first(1037)(e)[0]))),
 "expected: paper in two files": exp_edit(lambda e: first(1044)(e).append(dict(first(1045)(e)[0]))),
 "expected: too few papers": exp_edit(lambda e: [first(1039)(e).pop() for _ in range(2)]),
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
