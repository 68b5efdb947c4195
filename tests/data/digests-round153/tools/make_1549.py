#!/usr/bin/env python3
"""1549: a Korean lab's weekly-digest Metaflow flow run locally (`python weekly_digest.py run --max-workers 4`):
the banner and checks, then every task's lines with Metaflow's timestamp and [run-id/step/task-id (pid N)] prefix.
The schedule (a foreach over 8 papers on 4 workers) and every line are computed from the modelled run."""
import datetime as dt, hashlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num, GLOROT

F = by_num(1549)
PS = "jiwoo@mlsys-ws04:~/digest$ "
RUN = 1717377302118347
T0 = dt.datetime(2024, 6, 3, 10, 15, 2, 118347)
# (title, source line, extra lines)
ITEMS = [
    (T("2001.08361"), "https://arxiv.org/abs/2001.08361", []),
    (T("2203.15556"), "arXiv:2203.15556 (링크는 end 단계에서 붙일 예정, Chinchilla)", []),
    (T("2101.03961"), "https://arxiv.org/abs/2101.03961v3", ["경고: arXiv API 응답 503 — 2초 후 다시 시도", "재시도 성공"]),
    (T("1910.02054"), "https://arxiv.org/pdf/1910.02054.pdf", []),
    (T("2306.11644"), "제목만 (준호 추천, 링크 없음 — phi-1 보고서)", []),
    (T("2303.18223"), "https://arxiv.org/abs/2303.18223", ["메모: 분량이 많아서 2~4장만 발표"]),
    (T("2206.07682"), "제목만 — TMLR 2022, 검색 결과를 못 붙임", []),
    (GLOROT, "AISTATS 2010 (PMLR v9) — arXiv에 없음, 제목만 저장", ["메모: Xavier 초기화 원 논문"]),
]


def h(s, lo, hi):
    return lo + int(hashlib.sha256(s.encode()).hexdigest()[:8], 16) % (hi - lo)


def ts(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.%f")[:-3]


def build():
    ev = []   # (time, text)
    pid = [48211]
    def task(step, tid, start, dur, lines):
        p = pid[0]; pid[0] += h(f"{step}{tid}", 2, 9)
        pre = f"[{RUN}/{step}/{tid} (pid {p})] "
        ev.append((start, pre + "Task is starting."))
        off = 420
        for k, l in enumerate(lines):
            ev.append((start + dt.timedelta(milliseconds=off), pre + l))
            off += h(l, 1, 400) + (2000 if "경고" in l else 0)
        dur = max(dur, off + 300)
        ev.append((start + dt.timedelta(milliseconds=dur), pre + "Task finished successfully."))
        return start + dt.timedelta(milliseconds=dur)
    t = T0 + dt.timedelta(milliseconds=429)
    t = task("start", 1, t, 1880, ["이번 주 읽을거리 8편 (reading_w23.csv, 노션에서 내보냄)",
                                  "메타데이터를 병렬로 가져옵니다 (max-workers 4)", f"Foreach yields {len(ITEMS)} child steps."])
    free = [t + dt.timedelta(milliseconds=h(f"w{i}", 90, 260)) for i in range(4)]
    ends = []
    for i, (title, src, extra) in enumerate(ITEMS):
        w = min(range(4), key=lambda k: free[k])
        st = free[w]
        warn = bool(extra) and extra[0].startswith("경고")
        lines = [f"[{i + 1}/8] {title}"] + (["    " + x for x in extra] if warn else []) + ["    출처: " + src] + ([] if warn else ["    " + x for x in extra])
        dur = h(title, 1400, 3900) + (2300 if extra and extra[0].startswith("경고") else 0)
        e = task("fetch", i + 2, st, dur, lines)
        free[w] = e + dt.timedelta(milliseconds=h(f"gap{i}", 60, 200))
        ends.append(e)
    t = max(ends) + dt.timedelta(milliseconds=210)
    t = task("join", len(ITEMS) + 2, t, 960, ["8편 중 arXiv 링크 4편, id만 1편, 제목만 3편"])
    t = task("end", len(ITEMS) + 3, t + dt.timedelta(milliseconds=180), 1240,
             ["다이제스트 저장: out/2024-W23.md", "슬랙 #논문-읽기 채널에 올릴 것 (목요일 랩미팅 전)"])
    ev.sort(key=lambda x: x[0])
    L = [PS + "python weekly_digest.py run --max-workers 4",
         "Metaflow 2.12.5 executing WeeklyDigestFlow for user:jiwoo",
         "Validating your flow...", "    The graph looks good!", "Running pylint...", "    Pylint is happy!",
         f"{ts(T0)} Workflow starting (run-id {RUN}):"]
    L += [f"{ts(a)} {b}" for a, b in ev]
    L += [f"{ts(t + dt.timedelta(milliseconds=95))} Done!", PS]
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
