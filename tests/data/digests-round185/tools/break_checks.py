#!/usr/bin/env python3
"""Breaks a scratch copy of round185 (/tmp/r185/break, deleted afterwards) one case at a time and checks that
validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's ERROR
lines. (round183's harness, with round185's cases; 1869 is UTF-16 LE with a BOM and CRLF, 1870 has no final newline,
the others are UTF-8 with LF and a final newline.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/r185/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1867, 1877)}


def load(n, p):
    b = open(p, "rb").read()
    return b[2:].decode("utf-16-le") if n == 1869 else b.decode("utf-8")


def save(n, p, s):
    open(p, "wb").write(b"\xff\xfe" + s.encode("utf-16-le") if n == 1869 else s.encode("utf-8"))


def sub(n, old, new, count=1, regex=False):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = load(n, p)
        if regex:
            assert re.search(old, s, re.S), (n, old)
            s = re.sub(old, new, s, count=count, flags=re.S)
        else:
            assert old in s, (n, old)
            s = s.replace(old, new, count if count else -1)
        save(n, p, s)
    return fn


def both(*fns):
    def fn(root):
        for g in fns: g(root)
    return fn


def raw_bytes(n, f):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        open(p, "wb").write(f(open(p, "rb").read()))
    return fn


def strip_final_newline(n):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = load(n, p)
        assert s.endswith("\n")
        save(n, p, s[:-1])
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


CASES = {
 # 1867 QTI
 "1867 final newline": strip_final_newline(1867),
 "1867 XML declaration": sub(1867, '<?xml version="1.0" encoding="UTF-8"?>\n', ""),
 "1867 not well-formed": sub(1867, "</prompt>", "</Prompt>"),
 "1867 namespace": sub(1867, 'xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1"', 'xmlns="http://www.imsglobal.org/xsd/imsqti_v2p2"'),
 "1867 adaptive": sub(1867, 'adaptive="false"', 'adaptive="no"'),
 "1867 unknown element": sub(1867, "<em>Hinweis:</em>", "<i>Hinweis:</i>"),
 "1867 cardinality": sub(1867, 'cardinality="ordered"', 'cardinality="multiple"'),
 "1867 choice twice": sub(1867, '<simpleChoice identifier="C_BEIT">', '<simpleChoice identifier="C_BIT">'),
 "1867 correct order": sub(1867, "      <value>C_PRELU</value>\n      <value>C_RESNET</value>", "      <value>C_RESNET</value>\n      <value>C_PRELU</value>"),
 "1867 correct value missing": sub(1867, "      <value>C_BIT</value>\n", ""),
 "1867 undeclared outcome": sub(1867, '<setOutcomeValue identifier="FEEDBACK">', '<setOutcomeValue identifier="RUECKMELDUNG">'),
 "1867 baseValue type": sub(1867, '<baseValue baseType="float">0</baseValue>', '<baseValue baseType="integer">0</baseValue>'),
 "1867 feedback never set": sub(1867, 'identifier="FB_RICHTIG" showHide', 'identifier="FB_OK" showHide'),
 "1867 showHide": sub(1867, 'identifier="FB_FALSCH" showHide="show"', 'identifier="FB_FALSCH" showHide="visible"'),
 "1867 solution order": sub(1867, r"(      <li>2006:.*?</li>\n)(      <li>2012:.*?</li>\n)", r"\2\1", regex=True),
 "1867 solution year": sub(1867, "<li>2019: Big Transfer", "<li>2020: Big Transfer"),
 "1867 points": sub(1867, "(2 Punkte)", "(3 Punkte)"),
 "1867 link": sub(1867, 'href="https://cs231n.github.io/convolutional-networks/"', 'href="cs231n.github.io/convolutional-networks/"'),
 "1867 children order": sub(1867, r"(  <responseProcessing>.*?</responseProcessing>\n)(  <modalFeedback.*</modalFeedback>\n)", r"\2\1", regex=True),
 # 1868 Storybook
 "1868 final newline": strip_final_newline(1868),
 "1868 double quotes": sub(1868, "layout: 'padded',", 'layout: "padded",'),
 "1868 bracket": sub(1868, "    aoAbrir: { action: 'abriu' },", "    aoAbrir: { action: 'abriu' ,"),
 "1868 odd indentation": sub(1868, "  tags: ['autodocs'],", "   tags: ['autodocs'],"),
 "1868 unused import": sub(1868, "import { expect, userEvent, within } from '@storybook/test';", "import { expect, fn, userEvent, within } from '@storybook/test';"),
 "1868 missing import": sub(1868, "import { expect, userEvent, within } from '@storybook/test';", "import { userEvent, within } from '@storybook/test';"),
 "1868 component": sub(1868, "  component: CartaoArtigo,", "  component: Cartao,"),
 "1868 meta title": sub(1868, "title: 'Leituras/CartaoArtigo',", "title: 'CartaoArtigo',"),
 "1868 unknown prop": sub(1868, "    autores: 'Zhao, Mopuri, Bilen',", "    autoria: 'Zhao, Mopuri, Bilen',"),
 "1868 situacao option": sub(1868, "    situacao: 'lido',\n  },\n};", "    situacao: 'lida',\n  },\n};"),
 "1868 story name case": sub(1868, "export const SemLink = {", "export const semLink = {"),
 "1868 story key": sub(1868, "  play: async", "  jogar: async"),
 "1868 toHaveLength": sub(1868, "toHaveLength(5)", "toHaveLength(6)"),
 "1868 play link name": sub(1868, "name: /Barlow Twins/", "name: /Dataset Condensation/"),
 "1868 SEMESTRE id twice": sub(1868, "id: 'condensacao',", "id: 'clip',"),
 "1868 trailing semicolon": sub(1868, r"  \},\n\};\n$", "  },\n}\n", regex=True),
 "1868 long line": sub(1868, "// Artigo novo sem link? Deixe link: null e diga na nota onde está o PDF.", "const x = 1; const y = 2; const z = 3; // Artigo novo sem link? Deixe link: null e diga na nota onde está o PDF."),
 # 1869 Rainmeter
 "1869 BOM": raw_bytes(1869, lambda b: b[2:]),
 "1869 UTF-8": raw_bytes(1869, lambda b: b[2:].decode("utf-16-le").encode("utf-8")),
 "1869 LF line": sub(1869, "[Metadata]\r\n", "[Metadata]\n"),
 "1869 final CRLF": sub(1869, r"\r\n$", "", regex=True),
 "1869 section twice": sub(1869, "[Makale2]\r\n", "[Makale1]\r\n"),
 "1869 key before section": sub(1869, "; ---------", "Update=500\r\n; ---------"),
 "1869 unknown key": sub(1869, "AccurateText=1", "AcurateText=1"),
 "1869 meter type": sub(1869, "Meter=Image", "Meter=Picture"),
 "1869 undefined variable": sub(1869, "FontColor=#Soluk#", "FontColor=#Gri#"),
 "1869 colour": sub(1869, "SolidColor=18,18,24,210", "SolidColor=18,18,24,310"),
 "1869 style missing": sub(1869, "[sNot]", "[sNotlar]"),
 "1869 bang": sub(1869, "[!UpdateMeter #CURRENTSECTION#][!Redraw]", "[!UpdateMeter #CURRENTSECTION#][!Redraws]"),
 "1869 unquoted target": sub(1869, 'LeftMouseUpAction=["https://arxiv.org/abs/2006.11239"]', "LeftMouseUpAction=[https://arxiv.org/abs/2006.11239]"),
 "1869 folder target": sub(1869, '"#Klasor#kong-diffwave.pdf"', '"#Klasor#kong-diffwave"'),
 "1869 Y": sub(1869, "Y=8R", "Y=8 R"),
 "1869 measure name": sub(1869, "MeasureName=MeasureTarih", "MeasureName=MeasureSaat"),
 "1869 ClipString width": sub(1869, "ClipString=2\r\nW=#Genislik#\r\nX=12\r\nY=1R", "ClipString=2\r\nX=12\r\nY=1R"),
 # 1870 Selenium IDE
 "1870 final newline": raw_bytes(1870, lambda b: b + b"\n"),
 "1870 not JSON.stringify": sub(1870, '  "version": "2.0",', '  "version":"2.0",'),
 "1870 version": sub(1870, '"version": "2.0"', '"version": "3.0"'),
 "1870 uuid": sub(1870, r'"id": "[0-9a-f]{8}-', '"id": "zzzzzzzz-', regex=True),
 "1870 command": sub(1870, '"command": "verifyElementPresent"', '"command": "verifyElement"'),
 "1870 strategy": sub(1870, '"css:finder"', '"css"'),
 "1870 target not first": sub(1870, '"target": "css=#lista > li:nth-child(2) .tytul"', '"target": "css=#lista > li:nth-child(2) span"'),
 "1870 link text value": sub(1870, '"value": "Mamba: Linear-Time Sequence Modeling with Selective State Spaces"', '"value": "Mamba"'),
 "1870 window size": sub(1870, '"target": "1280x860"', '"target": "1280 x 860"'),
 "1870 handle": sub(1870, '"target": "handle=${win8813}"', '"target": "handle=${win8814}"'),
 "1870 page title": sub(1870, '"target": "[2312.00752] Mamba: Linear-Time Sequence Modeling with Selective State Spaces"', '"target": "[2312.00752v2] Mamba: Linear-Time Sequence Modeling with Selective State Spaces"'),
 "1870 OpenReview page title": sub(1870, "Long Range Arena: A Benchmark for Efficient Transformers | OpenReview", "Long Range Arena: A Benchmark for Efficient Transformers - OpenReview"),
 "1870 close missing": sub(1870, r'(\{\n\s+"id": "[^"]+",\n\s+"comment": "",\n\s+"command": "close",\n\s+"target": "",\n\s+"targets": \[\],\n\s+"value": ""\n\s+\},\n\s+)', "", regex=True),
 "1870 suite test": sub(1870, r'(      "timeout": 300,\n      "tests": \[\n        ")[0-9a-f]', r"\g<1>f", regex=True),
 "1870 window timeout": sub(1870, '"windowTimeout": 2000', '"windowTimeout": 3000'),
 # 1871 SystemVerilog
 "1871 final newline": strip_final_newline(1871),
 "1871 non-ASCII in code": sub(1871, '$error("attn_row_core: zero softmax denominator")', '$error("attn_row_core: 分母が 0")'),
 "1871 endmodule": sub(1871, "\nendmodule\n", "\n"),
 "1871 begin/end": sub(1871, "          for (int d = 0; d < D_HEAD; d++) begin\n            o_run[d] <= o_nxt[d];\n          end\n", "          for (int d = 0; d < D_HEAD; d++) begin\n            o_run[d] <= o_nxt[d];\n"),
 "1871 directive": sub(1871, "`default_nettype none\n", ""),
 "1871 undeclared": sub(1871, "  logic        [ACC_W-1:0]   l_nxt;\n", ""),
 "1871 blocking in always_ff": sub(1871, "          m_run <= m_new;", "          m_run = m_new;"),
 "1871 non-blocking in always_comb": sub(1871, "    p     = exp_neg(s_data - m_new);", "    p     <= exp_neg(s_data - m_new);"),
 "1871 input assigned": sub(1871, "      o_valid <= 1'b0;\n      if (s_valid) begin", "      o_valid <= 1'b0;\n      s_last <= 1'b0;\n      if (s_valid) begin"),
 "1871 system task": sub(1871, "$readmemh(EXP_ROM", "$readmem(EXP_ROM"),
 "1871 reference number": sub(1871, "（[1] の再スケール。", "（[6] の再スケール。"),
 "1871 reference link": sub(1871, "//       https://arxiv.org/abs/2210.17323\n", "//       (link folgt)\n"),
 "1871 port": sub(1871, "  input  wire logic                      s_last,", "  input  wire logic                      s_last"),
 "1871 bracket": sub(1871, "(s_data > m_run) ? s_data : m_run;", "(s_data > m_run ? s_data : m_run;"),
 # 1872 Liquibase
 "1872 final newline": strip_final_newline(1872),
 "1872 not well-formed": sub(1872, "</addColumn>", "</addcolumn>"),
 "1872 namespace": sub(1872, 'xmlns="http://www.liquibase.org/xml/ns/dbchangelog"', 'xmlns="http://www.liquibase.org/xml/ns/changelog"'),
 "1872 changeSet twice": sub(1872, '<changeSet id="2024-03-05-2" author="tnovak">', '<changeSet id="2024-03-05-1" author="tnovak">'),
 "1872 context": sub(1872, 'author="mdvorakova" context="seed">\n        <comment>Doplněn', 'author="mdvorakova" context="vyvoj">\n        <comment>Doplněn'),
 "1872 comment order": sub(1872, r"(        <preConditions onFail=\"MARK_RAN\">.*?</preConditions>\n)(        <comment>.*?</comment>\n)", r"\2\1", regex=True),
 "1872 onFail": sub(1872, 'onFail="MARK_RAN"', 'onFail="SKIP"'),
 "1872 unknown column": sub(1872, '<column name="tyden" valueNumeric="3"/>', '<column name="tyden_cislo" valueNumeric="3"/>'),
 "1872 two values": sub(1872, '<column name="rok" valueNumeric="2013"/>', '<column name="rok" valueNumeric="2013" value="2013"/>'),
 "1872 id twice": sub(1872, '<column name="id" valueNumeric="106"/>', '<column name="id" valueNumeric="105"/>'),
 "1872 update of no row": sub(1872, "            <where>id = 101</where>\n        </update>", "            <where>id = 201</where>\n        </update>"),
 "1872 sql values": sub(1872, ", 6, 'Markéta');", ", 6);"),
 "1872 sql quote": sub(1872, "'HuggingFace''s Transformers", "'HuggingFace's Transformers"),
 "1872 sql rollback": sub(1872, "<rollback>DELETE FROM clanek WHERE id = 108;</rollback>", "<rollback>DELETE FROM clanek WHERE id = 107;</rollback>"),
 "1872 seed rollback": sub(1872, "<where>id BETWEEN 101 AND 107</where>", "<where>id BETWEEN 101 AND 106</where>"),
 "1872 arxiv_id and link": sub(1872, '<column name="arxiv_id" value="1910.13461"/>', '<column name="arxiv_id" value="1910.13462"/>'),
 "1872 indentation": sub(1872, "        <tagDatabase tag=\"letni-2024\"/>", "      <tagDatabase tag=\"letni-2024\"/>"),
 "1872 unknown change": sub(1872, '<tagDatabase tag="letni-2024"/>', '<tag name="letni-2024"/>'),
 # 1873 userscript
 "1873 final newline": strip_final_newline(1873),
 "1873 header": sub(1873, "// ==UserScript==\n", "// UserScript\n"),
 "1873 header end": sub(1873, "// ==/UserScript==\n", ""),
 "1873 alignment": sub(1873, "// @author       Camille Roussel", "// @author Camille Roussel"),
 "1873 unknown key": sub(1873, "// @run-at       document-idle", "// @runat        document-idle"),
 "1873 match": sub(1873, "// @match        https://arxiv.org/list/*", "// @match        arxiv.org/list/*"),
 "1873 grant missing": sub(1873, "// @grant        GM_setValue\n", ""),
 "1873 grant unused": sub(1873, "// @grant        GM_setValue\n", "// @grant        GM_setValue\n// @grant        GM_openInTab\n"),
 "1873 version": sub(1873, "// @version      0.6.1", "// @version      0.6.2"),
 "1873 run-at": sub(1873, "document-idle", "document-ready"),
 "1873 double quotes": sub(1873, "b.className = 'cercle-llm-badge';", 'b.className = "cercle-llm-badge";'),
 "1873 bracket": sub(1873, "    return b;\n  }", "    return b;\n"),
 "1873 Wednesday": sub(1873, "seance: '2024-02-28'", "seance: '2024-02-29'"),
 "1873 link key": sub(1873, "lien: 'https://arxiv.org/pdf/2204.02311v3'", "lien: 'https://arxiv.org/pdf/2204.02331v3'"),
 "1873 programme keys": sub(1873, "      seance: '2024-03-13',", "      date: '2024-03-13',"),
 "1873 LIENS": sub(1873, "${LIENS.code}", "${LIENS.depot}"),
 "1873 update URL": sub(1873, "// @updateURL    https://cercle-llm.example.fr/outils/cercle-llm.user.js", "// @updateURL    https://cercle-llm.example.fr/outils/cercle-llm.js"),
 # 1874 Jest snapshot
 "1874 final newline": strip_final_newline(1874),
 "1874 header": sub(1874, "// Jest Snapshot v1, https://goo.gl/fbAQLP", "// Jest Snapshot v2, https://goo.gl/fbAQLP"),
 "1874 order": sub(1874, r"(exports\[`Läslista renderar.*?`;\n\n)(exports\[`Läslista visar.*?`;\n\n)", r"\2\1", regex=True),
 "1874 counter": sub(1874, "Läslista visar övriga resurser 1", "Läslista visar övriga resurser"),
 "1874 props sorted": sub(1874, '        rel="noreferrer"\n        target="_blank"\n      >\n        Generative', '        target="_blank"\n        rel="noreferrer"\n      >\n        Generative'),
 "1874 indentation": sub(1874, "  <h2>\n    Läscirkeln", "  <h2>\n   Läscirkeln"),
 "1874 closing tag": sub(1874, "      </a>\n      <span\n        className=\"artikel__meta\"\n      >\n        v. 10", "      </span>\n      <span\n        className=\"artikel__meta\"\n      >\n        v. 10"),
 "1874 backtick": sub(1874, "Dölj lästa", "Dölj `lästa`"),
 "1874 object keys": sub(1874, '  "arxiv": "2308.03688",\n  "lank": null,', '  "lank": null,\n  "arxiv": "2308.03688",'),
 "1874 object comma": sub(1874, '  "vecka": 12,', '  "vecka": 12'),
 "1874 href": sub(1874, 'href="https://github.com/microsoft/autogen"', 'href="github.com/microsoft/autogen"'),
 "1874 blank line": sub(1874, "`;\n\nexports[`normaliseraPost", "`;\nexports[`normaliseraPost"),
 # 1875 Beeftext
 "1875 final newline": strip_final_newline(1875),
 "1875 indentation": sub(1875, '\n    "fileFormatVersion": 8,', '\n  "fileFormatVersion": 8,'),
 "1875 key order": sub(1875, '            "description": "",\n            "name": "Ghi chú nhanh",', '            "name": "Ghi chú nhanh",\n            "description": "",'),
 "1875 unknown key": sub(1875, '"matchingMode": 0,\n            "modified": "2024-02-26T20:14:05.000",', '"matchingMode": 0,\n            "modifiedAt": "2024-02-26T20:14:05.000",'),
 "1875 group": sub(1875, '"group": "{c3b44a23', '"group": "{d3b44a23'),
 "1875 keyword twice": sub(1875, '"keyword": "!gym"', '"keyword": "!sb3"'),
 "1875 keyword blank": sub(1875, '"keyword": "!cqa"', '"keyword": "! cqa"'),
 "1875 modified before created": sub(1875, '"modified": "2024-03-01T07:27:22.271"', '"modified": "2024-02-25T07:27:22.271"'),
 "1875 date format": sub(1875, '"created": "2024-02-26T20:14:05.000"', '"created": "2024-02-26 20:14:05"'),
 "1875 variable": sub(1875, "#{cursor}\",\n            \"uuid\": \"{", "#{kursor}\",\n            \"uuid\": \"{"),
 "1875 uuid": sub(1875, '"uuid": "{71a0b6a5', '"uuid": "71a0b6a5'),
 "1875 braces": sub(1875, "  url       = {https://arxiv.org/pdf/2106.02039.pdf}\\n}", "  url       = {https://arxiv.org/pdf/2106.02039.pdf}\\n"),
 "1875 created order": sub(1875, '"created": "2024-03-02T12:50:29.252"', '"created": "2024-02-20T12:50:29.252"'),
 # 1876 Homer (negative)
 "1876 final newline": strip_final_newline(1876),
 "1876 document start": sub(1876, "---\n", ""),
 "1876 top key": sub(1876, "connectivityCheck: true", "connectivity: true"),
 "1876 quote": sub(1876, 'subtitle: "Kokeiden seuranta"', 'subtitle: "Kokeiden seuranta'),
 "1876 indentation": sub(1876, '        subtitle: "Kokeiden seuranta"', '         subtitle: "Kokeiden seuranta"'),
 "1876 item key": sub(1876, '        tag: "koodi"\n        url: "https://mlflow', '        tagi: "koodi"\n        url: "https://mlflow'),
 "1876 tagstyle": sub(1876, 'tagstyle: "is-danger"', 'tagstyle: "danger"'),
 "1876 icon": sub(1876, 'icon: "fas fa-microphone"', 'icon: "microphone"'),
 "1876 url": sub(1876, 'url: "https://d2l.ai/"', 'url: "d2l.ai"'),
 "1876 message style": sub(1876, 'style: "is-warning"', 'style: "warning"'),
 "1876 layout": sub(1876, "  layout: columns", "  layout: grid"),
 "1876 icon and logo": sub(1876, '        logo: "assets/tools/gitlab.png"\n', '        logo: "assets/tools/gitlab.png"\n        icon: "fab fa-gitlab"\n'),
 "1876 catalogue title in the negative": sub(1876, "Suomen kielen malleja rakentamassa", "Suomen kielen malleja rakentamassa (Language Models are Few-Shot Learners)"),
 "1876 arXiv-shaped id in the negative": sub(1876, "vain tutkimuskäyttöön", "vain tutkimuskäyttöön, 2403.01234"),
 "1876 arXiv link in the negative": sub(1876, 'url: "https://d2l.ai/"', 'url: "https://arxiv.org/abs/2106.11342"'),
 # labels
 "title-only paper gets a link in 1874": sub(1874, r'      <span\n        className="artikel__titel"\n      >\n        (Gradient Projection Memory[^\n]*)\n      </span>', r'      <a\n        href="https://arxiv.org/abs/2103.09762"\n      >\n        \1\n      </a>', regex=True),
 "title-only paper's OpenReview id in 1872": sub(1872, "ACL 2021; neautoregresivní překlad jako odbočka, PDF ve složce", "ACL 2021; https://openreview.net/forum?id=ZaYZfu8pT_N"),
 "unlabelled catalogue id in 1868": sub(1868, "SIGGRAPH 2023; sugestão do Thiago", "SIGGRAPH 2023; ver também 2003.08934"),
 "other file's title in 1870": sub(1870, "przegląd na zakończenie", "przegląd na zakończenie; por. Denoising Diffusion Probabilistic Models"),
 "labelled title lost in 1869": sub(1869, "Text=DiffWave: A Versatile Diffusion Model for Audio Synthesis", "Text=DiffWave"),
 "unlabelled OpenReview id in 1873": sub(1873, "https://cercle-llm.example.fr/wiki/programme-2024", "https://openreview.net/forum?id=B1ckMDqlg"),
 "distractor title in 1871": sub(1871, "書籍『ディジタル回路設計とコンピュータアーキテクチャ』", "How to Train Your HiPPO: State Space Models with Generalized Orthogonal Basis Projections; 書籍『ディジタル回路設計とコンピュータアーキテクチャ』"),
 "arxiv-text id lost in 1867": sub(1867, "arXiv:2106.10270, später TMLR 2022", "später TMLR 2022"),
 "link lost in 1875": sub(1875, ". NeurIPS 2021. https://arxiv.org/abs/2106.01345", ". NeurIPS 2021."),
 "OpenReview link cut in 1871": sub(1871, "forum?id=r1gs9JgRZ", "forum?id=r1gs9"),
 "arxiv-text gets a link in 1873": sub(1873, "      lien: null,", "      lien: 'https://arxiv.org/abs/2303.18223',"),
 "nickname only in 1870": sub(1870, '"value": "Linformer: Self-Attention with Linear Complexity"', '"value": "Linformer"'),
 "valid-shaped id in 1872": sub(1872, "odkaz doplnit\"/>", "odkaz doplnit (viz 1905.12345)\"/>"),
 "title-only paper's arXiv id in 1869": sub(1869, "#Klasor#brooks-instructpix2pix.pdf", "#Klasor#2211.09800.pdf"),
 "label in the negative": exp_edit(lambda e: e[D[1876]].append(dict(e[D[1875]][0]))),
 "wrong evidence kind": exp_edit(lambda e: e[D[1867]][5].update(evidence="link")),
 "title changed in expected": exp_edit(lambda e: e[D[1868]][3].update(title="3D Gaussian Splatting")),
 "bad true_arxiv_id": exp_edit(lambda e: e[D[1870]][1].update(true_arxiv_id="2111.00397", arxiv_id="2111.00397")),
 "paper in two files": exp_edit(lambda e: e[D[1867]].append(dict(e[D[1869]][1]))),
 "even-position paper": exp_edit(lambda e: e[D[1874]].append({"arxiv_id": None, "openreview_id": None, "title": "A ConvNet for the 2020s", "evidence": "title-only", "true_arxiv_id": "2201.03545"})),
 "too few papers": exp_edit(lambda e: [e[D[1871]].pop() for _ in range(2)]),
 "title-only share too low": exp_edit(lambda e: [r.update(evidence="arxiv-text", arxiv_id=r["true_arxiv_id"]) for r in e[D[1872]] if r["evidence"] == "title-only" and r["true_arxiv_id"]]),
 "file missing from expected": exp_edit(lambda e: e.pop(D[1873])),
 "openreview id on a title-only record": exp_edit(lambda e: e[D[1872]][7].update(openreview_id="ZaYZfu8pT_N")),
 "missing field": exp_edit(lambda e: e[D[1875]][2].pop("true_arxiv_id")),
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
