#!/usr/bin/env python3
"""633: an Apache Zeppelin 0.10 note file (notebook/<path>/<name>_<id>.zpln), written by Gson with pretty printing
(indent 2, HTML-safe escaping: < > = & ' as \\u003c \\u003e \\u003d \\u0026 \\u0027, non-ASCII kept): paragraphs with
text (%md / %python / %sh), user, dates "yyyy-MM-dd HH:mm:ss.SSS", config, settings, results (HTML / TABLE / TEXT
msgs), jobName = id = paragraph_<ms>_<n>, status; then name, id, defaultInterpreterGroup, version, noteParams,
noteForms, angularObjects, config, info, path. A Korean ML platform team's notebook on LLM training and inference
systems."""
import json, os, sys, html
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import F633, keys


def gson(obj):
    s = json.dumps(obj, indent=2, ensure_ascii=False)
    for ch, esc in (("<", "\\u003c"), (">", "\\u003e"), ("=", "\\u003d"), ("&", "\\u0026"), ("'", "\\u0027")):
        s = s.replace(ch, esc)
    return s


def md_html(md):
    """the markdown interpreter's rendering (flexmark): headings, paragraphs, lists, links"""
    import re
    out, lst = [], False
    for l in md.split("\n"):
        l2 = html.escape(l, quote=False)
        l2 = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r'<a href="\2">\1</a>', l2)
        l2 = re.sub(r"\*\*([^*]+)\*\*", r"<strong>\1</strong>", l2)
        l2 = re.sub(r"`([^`]+)`", r"<code>\1</code>", l2)
        if l.startswith("- "):
            if not lst: out.append("<ul>"); lst = True
            out.append("  <li>" + l2[2:] + "</li>"); continue
        if lst: out.append("</ul>"); lst = False
        if l.startswith("### "): out.append("<h3>" + l2[4:] + "</h3>")
        elif l.startswith("## "): out.append("<h2>" + l2[3:] + "</h2>")
        elif l.strip(): out.append("<p>" + l2 + "</p>")
    if lst: out.append("</ul>")
    return '<div class="markdown-body">\n' + "\n".join(out) + "\n\n</div>"


EDITOR = {"md": {"language": "markdown", "editOnDblClick": True, "completionKey": "TAB", "completionSupport": False},
          "python": {"language": "python", "editOnDblClick": False, "completionKey": "TAB", "completionSupport": True},
          "sh": {"language": "sh", "editOnDblClick": False, "completionKey": "TAB", "completionSupport": False}}


def para(kind, body, results, pid, created, started, finished, hide_editor=False, title=None):
    p = {}
    if title: p["title"] = title
    p.update({"text": f"%{kind}\n{body}", "user": "jiwoo.han", "dateUpdated": finished, "progress": 0,
              "config": {"editorSetting": EDITOR[kind], "colWidth": 12.0,
                         "editorMode": {"md": "ace/mode/markdown", "python": "ace/mode/python", "sh": "ace/mode/sh"}[kind],
                         "fontSize": 9.0, "editorHide": hide_editor, "results": {}, "enabled": True},
              "settings": {"params": {}, "forms": {}}, "results": results, "apps": [], "runtimeInfos": {},
              "progressUpdateIntervalMs": 500, "jobName": pid, "id": pid, "dateCreated": created,
              "dateStarted": started, "dateFinished": finished, "status": "FINISHED"})
    if title: p["config"]["title"] = True
    return p


md1 = f"""## LLM 학습·추론 시스템 논문 정리 (플랫폼팀 스터디)

매주 목요일 16시, 회의실 7B. 발표자는 아래 표의 순서대로 돌아갑니다. 논문 PDF는 사내 드라이브 `스터디/2024-1Q` 폴더에 있습니다.

### 1주차: 양자화

- [{T('2208.07339')}](https://arxiv.org/abs/2208.07339) — {au('2208.07339')}
- [{T('2210.17323')}](https://arxiv.org/abs/2210.17323) — {au('2210.17323')}

### 2주차: 학습 효율

- [{T('1710.03740')}](https://openreview.net/forum?id=r1gs9JgRZ) — {au('1710.03740')}, ICLR 2018
- **{T('2205.14135')}** — {au('2205.14135')}, NeurIPS 2022 (링크는 드라이브 참고)

### 3주차: 추론 가속

- **{T('2211.17192')}** — {au('2211.17192')}, ICML 2023, arXiv 2211.17192
- 참고 자료(논문 아님): vLLM 문서의 speculative decoding 페이지, Hugging Face 블로그 \"Assisted Generation\""""

py2 = """import pandas as pd
papers = pd.read_csv("/data/study/papers_2024q1.tsv", sep="\\t")
# 링크가 없는 항목은 아직 사내 드라이브에만 있음
z.show(papers[["주차", "제목", "발표자", "링크"]])"""
rows = [("1", T('2208.07339'), "한지우", "https://arxiv.org/abs/2208.07339"),
        ("1", T('2210.17323'), "박서연", "https://arxiv.org/abs/2210.17323"),
        ("2", T('1710.03740'), "이도현", "https://openreview.net/forum?id=r1gs9JgRZ"),
        ("2", T('2205.14135'), "김민재", "-"),
        ("3", T('2211.17192'), "정하은", "-"),
        ("4", T('2307.09288'), "한지우", "-"),
        ("4", T('1910.03771'), "박서연", "-"),
        ("5", T('2101.08809'), "이도현", "-")]
table = "주차\t제목\t발표자\t링크\n" + "".join("\t".join(r) + "\n" for r in rows)

md3 = f"""### 4–5주차 (예정)

- **{T('2307.09288')}** — {au('2307.09288')}: 사내 파인튜닝 파이프라인의 베이스 모델이라 학습 레시피 위주로 봅니다.
- **{T('1910.03771')}** — {au('1910.03771')}, EMNLP 2020 System Demonstrations: 라이브러리 설계 관점.
- **{T('2101.08809')}** — {au('2101.08809')}, NeurIPS 2020: AutoML 실험 관리 도구를 검토하면서 같이 읽기.

논문이 아닌 자료: bitsandbytes 저장소 README, DeepSpeed 튜토리얼, accelerate 문서의 \"Low precision training\" 가이드."""

sh4 = "nvidia-smi --query-gpu=name,memory.total,memory.used --format=csv"
smi = "name, memory.total [MiB], memory.used [MiB]\nNVIDIA A100-SXM4-80GB, 81920 MiB, 61233 MiB\nNVIDIA A100-SXM4-80GB, 81920 MiB, 4 MiB\n"

paras = [
 para("md", md1, {"code": "SUCCESS", "msg": [{"type": "HTML", "data": md_html(md1)}]},
      "paragraph_1709704812345_1283746501", "2024-03-06 15:00:12.345", "2024-03-13 10:21:40.102", "2024-03-13 10:21:40.188", hide_editor=True),
 para("python", py2, {"code": "SUCCESS", "msg": [{"type": "TABLE", "data": table}]},
      "paragraph_1709705020871_598274410", "2024-03-06 15:03:40.871", "2024-03-13 10:22:05.617", "2024-03-13 10:22:06.944", title="스터디 일정표"),
 para("md", md3, {"code": "SUCCESS", "msg": [{"type": "HTML", "data": md_html(md3)}]},
      "paragraph_1709790411560_1904482217", "2024-03-07 14:46:51.560", "2024-03-13 10:23:11.009", "2024-03-13 10:23:11.051", hide_editor=True),
 para("sh", sh4, {"code": "SUCCESS", "msg": [{"type": "TEXT", "data": smi}]},
      "paragraph_1710292950210_77340915", "2024-03-13 10:22:30.210", "2024-03-13 10:24:02.330", "2024-03-13 10:24:02.812", title="스터디용 GPU 확인"),
]
paras.append({"text": "%md\n", "user": "jiwoo.han", "dateUpdated": "2024-03-13 10:24:10.004", "progress": 0,
              "config": {"editorSetting": EDITOR["md"], "colWidth": 12.0, "editorMode": "ace/mode/markdown", "fontSize": 9.0, "results": {}, "enabled": True},
              "settings": {"params": {}, "forms": {}}, "apps": [], "runtimeInfos": {}, "progressUpdateIntervalMs": 500,
              "jobName": "paragraph_1710293050004_1716208302", "id": "paragraph_1710293050004_1716208302",
              "dateCreated": "2024-03-13 10:24:10.004", "status": "READY"})
note = {"paragraphs": paras, "name": "LLM 시스템 논문 스터디", "id": "2JRQ7ZK4M", "defaultInterpreterGroup": "python",
        "version": "0.10.1", "noteParams": {}, "noteForms": {}, "angularObjects": {},
        "config": {"isZeppelinNotebookCronEnable": False}, "info": {"isRunning": False}, "path": "/platform/study/LLM 시스템 논문 스터디"}
text = gson(note)
write_only(F633, text, keys(F633), forms=["\n".join([json.dumps(json.loads(text), ensure_ascii=False)])])
