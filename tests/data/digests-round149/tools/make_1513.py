#!/usr/bin/env python3
"""1513: a Korean lab's reading list in YAML, `cat -A`-free `cat`, then yamllint twice (standard format with the
default config; parsable format with an inline config that lifts line-length to 100 and disables document-start and
the strict truthy values) and the exit statuses. Every problem is computed from the modelled file by the rules modelled
(document-start, line-length with the non-breakable-word exception, trailing-spaces, truthy, comments, key-duplicates)."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(1513)
P = "dyoon@sysml-gpu2:~/reading$ "
Y = f"""# 시스템·효율 모델 읽기 목록 (2024 봄학기)
#수정하면 슬랙에 알려주세요
lab: 시스템·효율 모델 세미나
updated: 2024-03-18
public: yes
papers:
  - title: {T("2111.00396")}
    link: https://openreview.net/forum?id={OR("2111.00396")}
    presenter: 김도윤
    done: true
  - title: "{T("2312.00752")}"
    link: https://arxiv.org/abs/2312.00752
    presenter: 이하린
    done: no
  - title: "{T("2205.14135")}"
    link: https://arxiv.org/abs/2205.14135
    presenter: 박서준 
    done: false
  - title: "{T("2008.07669")}"
    arxiv: 2008.07669  # 따옴표 안 치면 float 으로 읽힘
    presenter: 김도윤
    done: false
  - title: "{T("1910.02054")}"
    link: https://arxiv.org/pdf/1910.02054.pdf
    presenter: 최민서
    presenter: 이하린
    done: false
  - title: {T("1710.03740")}
    link: ~ #링크 없음, 발표자가 PDF 공유
    presenter: 정우진
    done: false
  - title: "{T("2101.03961")}"
    link: ~
    presenter: 최민서
    done: false
  - title: {T("2211.17192")}
    link: ~
    presenter: 박서준
    done: off
resources:
  # 논문 아님: 저장소, 문서, 강의
  - name: DeepSpeed (저장소)
    url: https://github.com/microsoft/DeepSpeed
  - name: state-spaces/mamba (저장소, selective scan 커널)
    url: https://github.com/state-spaces/mamba
  - name: flash-attn 설치 문서 
    url: https://github.com/Dao-AILab/flash-attention#installation-and-features
  - name: CUDA MODE 강의 12 (동영상)
    url: https://www.youtube.com/watch?v=Rt4jVtg7Jm0
"""
TRUTHY = {"yes", "no", "on", "off", "y", "n", "Yes", "No", "On", "Off", "YES", "NO", "ON", "OFF", "True", "False", "TRUE", "FALSE"}


def problems(text, max_len=80, doc_start=True, strict_truthy=True):
    lines = text.split("\n")[:-1]
    out = []
    first = next(i for i, l in enumerate(lines) if l.strip() and not l.lstrip().startswith("#"))
    if doc_start and lines[first] != "---":
        out.append((first + 1, 1, "warning", 'missing document start "---"', "document-start"))
    seen = {}
    for n, l in enumerate(lines, 1):
        if len(l) > max_len:
            body = l.lstrip()
            if body.startswith("- "): body = body[2:]
            if " " in body:
                out.append((n, max_len + 1, "error", f"line too long ({len(l)} > {max_len} characters)", "line-length"))
        if l != l.rstrip(" "):
            out.append((n, len(l.rstrip(" ")) + 1, "error", "trailing spaces", "trailing-spaces"))
        m = re.search(r"(?:^|\s)#", l)
        if m:
            h = m.end() - 1
            if h > 0 and l[:h].strip() and not l[:h].endswith("  "):
                out.append((n, h + 1, "warning", "too few spaces before comment", "comments"))  # checked first, as yamllint does
            if len(l) > h + 1 and l[h + 1] not in " #":
                out.append((n, h + 1, "warning", "missing starting space in comment", "comments"))
        m = re.match(r"(\s*(?:- )?)([\w-]+): (\S+)\s*(?:#.*)?$", l)
        if m and strict_truthy and m.group(3) in TRUTHY:
            out.append((n, m.start(3) + 1, "warning", "truthy value should be one of [false, true]", "truthy"))
        m = re.match(r"(\s*)(- )?([\w-]+):", l)
        if m:
            ind = len(m.group(1)) + (2 if m.group(2) else 0)
            if m.group(2) or ind not in seen: seen = {k: v for k, v in seen.items() if k < ind}; seen[ind] = set()
            seen = {k: v for k, v in seen.items() if k <= ind}
            if m.group(3) in seen[ind]:
                out.append((n, ind + 1, "error", f'duplication of key "{m.group(3)}" in mapping', "key-duplicates"))
            seen[ind].add(m.group(3))
    return sorted(out, key=lambda p: (p[0], p[1]))


def standard(fn, probs):
    out = [fn]
    for ln, col, lv, msg, rule in probs:
        s = f"  {ln}:{col}"
        s += " " * max(12 - len(s), 0) + lv
        s += " " * max(21 - len(s), 0) + msg + f"  ({rule})"
        out.append(s)
    return out + [""]


def build():
    p1 = problems(Y)
    p2 = problems(Y, 100, False, False)
    cfg = "{extends: default, rules: {line-length: {max: 100}, document-start: disable, truthy: {allowed-values: ['true', 'false', 'yes', 'no', 'off']}}}"
    out = [P + "cat reading.yaml"] + Y.rstrip("\n").split("\n")
    out += [P + "yamllint reading.yaml"] + standard("reading.yaml", p1)
    out += [P + "echo $?", "1"]
    out += [P + f'yamllint -f parsable -d "{cfg}" reading.yaml']
    out += [f"reading.yaml:{ln}:{col}: [{lv}] {msg} ({rule})" for ln, col, lv, msg, rule in p2]
    out += [P + "echo $?", "1" if any(p[2] == "error" for p in p2) else "0"]
    out += [P]
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
