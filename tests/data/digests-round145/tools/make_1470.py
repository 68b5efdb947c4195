#!/usr/bin/env python3
"""1470: the Argo Workflows CLI on a Korean lab's cluster: `argo list`, `argo get @latest` and `argo logs @latest` for
the weekly paper-digest workflow (four sequential steps: fetch the sheet, resolve links, render Markdown, post to
Slack). The `get` header is printf("%-20s %v") lines (conditions and parameters indented), the step tree and the list
are tabwriter tables (two / three spaces of padding, empty cells padded); pod names are workflow-template-hash; the
logs are each pod's lines prefixed with `pod: `, Python logging in UTC (the header is KST). Durations, progress,
row counts and the summary are computed from the modelled steps and sheet rows. Not papers: the vLLM docs, the
DeepSpeed repository, the bitsandbytes repository. Nicknames: ZeRO, GPTQ, DoRA, LLM.int8, speculative decoding —
labelled where the full titles are written."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1470, keys

WF, NS = "weekly-digest-8xk2p", "reading"
KST = dt.timezone(dt.timedelta(hours=9))
T0 = dt.datetime(2024, 5, 14, 0, 0, 0, tzinfo=dt.timezone.utc)
NOW = T0 + dt.timedelta(hours=2, minutes=6)
# step name, template, pod hash, start offset (s), end offset (s)
STEPS = [("fetch-sheet", "fetch-sheet", "3518475960", 1, 10), ("resolve", "resolve-links", "1102934857", 11, 42),
         ("render", "render-markdown", "2870356611", 43, 49), ("post", "post-slack", "983341905", 50, 54)]
FIN = 56
# sheet rows: title, note, resolved (kind, value) — kind: abs / pdf / id / none / other
ROWS = [
 (T("1910.02054"), "ZeRO 1~3단계 비교", ("abs", "https://arxiv.org/abs/1910.02054")),
 (T("2205.14135"), "타일링과 재계산", ("abs", "https://arxiv.org/abs/2205.14135")),
 (T("2210.17323"), "4비트 양자화 발표", ("abs", "https://arxiv.org/abs/2210.17323")),
 (T("2402.09353"), "LoRA 후속", ("pdf", "https://arxiv.org/pdf/2402.09353")),
 (T("2208.07339"), "노트에 arXiv:2208.07339 표기", ("id", "arXiv:2208.07339")),
 (T("2211.17192"), "draft 모델로 디코딩 가속", ("none", "")),
 (T("2104.08691"), "soft prompt, 이번 주 보충", ("none", "")),
 (T("2004.05150"), "긴 문맥 기초", ("none", "")),
 ("vLLM documentation", "PagedAttention 구현 참고", ("other", "https://docs.vllm.ai/en/latest/")),
 ("DeepSpeed", "ZeRO 구현 저장소", ("other", "https://github.com/microsoft/DeepSpeed")),
 ("bitsandbytes", "8비트 옵티마이저 저장소", ("other", "https://github.com/TimDettmers/bitsandbytes")),
]


def pod(s):
    return f"{WF}-{s[1]}-{s[2]}"


def hum(sec):
    m, s = divmod(sec, 60)
    return (f"{m} minute{'s' if m != 1 else ''} " if m else "") + f"{s} second{'s' if s != 1 else ''}"


def kst(t):
    return t.astimezone(KST).strftime("%a %b %d %H:%M:%S %z")


def tab(rows, pad):
    w = [max(len(r[i]) for r in rows) for i in range(len(rows[0]) - 1)]
    return "".join("".join(c.ljust(w[i] + pad) for i, c in enumerate(r[:-1])) + r[-1] + "\n" for r in rows)


def lt(t, ms):
    return (T0 + dt.timedelta(seconds=t, milliseconds=ms)).strftime("%Y-%m-%d %H:%M:%S") + f",{ms:03d}"


papers = [r for r in ROWS if r[2][0] != "other"]
linked = [r for r in ROWS if r[2][0] in ("abs", "pdf")]
LOGS = []
s = STEPS[0]
LOGS.append((s, 2, 114, "INFO digest.sheet: 시트 읽기 시작 sheet=reading-2024-spring tab=20주차"))
LOGS.append((s, 9, 870, f"INFO digest.sheet: 20주차 행 {len(ROWS)}개 읽음 (논문 {len(papers)}, 기타 {len(ROWS) - len(papers)})"))
s = STEPS[1]
t = 12
for i, (title, note, (k, v)) in enumerate(ROWS, 1):
    t += 2
    ms = (i * 137) % 1000
    if k in ("abs", "pdf"):
        LOGS.append((s, t, ms, f"INFO digest.resolve: [{i}/{len(ROWS)}] {title} -> {v} (제목 일치)"))
    elif k == "id":
        LOGS.append((s, t, ms, f"INFO digest.resolve: [{i}/{len(ROWS)}] {title} -> {v} (ID만 있음, 링크 생성 안 함)"))
    elif k == "none":
        LOGS.append((s, t, ms, f"WARNING digest.resolve: [{i}/{len(ROWS)}] 링크 없음, 제목만 게시: {title}"))
    else:
        LOGS.append((s, t, ms, f"INFO digest.resolve: [{i}/{len(ROWS)}] {title} -> {v} (논문 아님, 그대로 둠)"))
nid = sum(1 for r in ROWS if r[2][0] == "id"); nnone = sum(1 for r in ROWS if r[2][0] == "none")
LOGS.append((s, 41, 5, f"INFO digest.resolve: 완료 링크={len(linked)} id_only={nid} title_only={nnone} 기타={len(ROWS) - len(papers)}"))
s = STEPS[2]
LOGS.append((s, 44, 310, "INFO digest.render: 템플릿 digest.md.j2 로드"))
LOGS.append((s, 48, 902, f"INFO digest.render: out/2024-w20.md 작성 ({len(ROWS)}항목)"))
s = STEPS[3]
LOGS.append((s, 51, 220, "INFO digest.post: Slack 게시 channel=#llm-systems-ilkgi"))
LOGS.append((s, 53, 640, "INFO digest.post: 응답 ok=true ts=1715644853.640219"))

P = "jiho@mlops-bastion:~$ "
out = P + f"argo list -n {NS}\n"
out += tab([["NAME", "STATUS", "AGE", "DURATION", "PRIORITY", "MESSAGE"],
            [WF, "Succeeded", "2h", f"{FIN}s", "0", ""],
            ["weekly-digest-r4m9c", "Succeeded", "7d", "1m", "0", ""],
            ["weekly-digest-tqz7m", "Failed", "14d", "34s", "0", "child 'weekly-digest-tqz7m-resolve-links-2231571934' failed"]], 3)
out += P + f"argo get -n {NS} @latest\n"
hdr = [("Name:", WF), ("Namespace:", NS), ("ServiceAccount:", "digest-bot"), ("Status:", "Succeeded"),
       ("Conditions:", ""), (" PodRunning", "False"), (" Completed", "True"),
       ("Created:", f"{kst(T0)} (2 hours ago)"), ("Started:", f"{kst(T0)} (2 hours ago)"),
       ("Finished:", f"{kst(T0 + dt.timedelta(seconds=FIN))} (2 hours ago)"), ("Duration:", hum(FIN)),
       ("Progress:", f"{len(STEPS)}/{len(STEPS)}"), ("ResourcesDuration:", "19s*(1 cpu),1m12s*(100Mi memory)"),
       ("Parameters:", ""), ("  week:", "20"), ("  sheet:", "reading-2024-spring")]
out += "".join("%-20s %s\n" % h for h in hdr) + "\n"
rows = [["STEP", "TEMPLATE", "PODNAME", "DURATION", "MESSAGE"], [f" ✔ {WF}", "digest", "", "", ""]]
for i, st in enumerate(STEPS):
    rows.append([(" └───✔ " if i == len(STEPS) - 1 else " ├───✔ ") + st[0], st[1], pod(st), f"{st[4] - st[3]}s", ""])
out += tab(rows, 2)
out += P + f"argo logs -n {NS} @latest\n"
out += "".join(f"{pod(st)}: {lt(t, ms)} {msg}\n" for st, t, ms, msg in LOGS)
out += P + "\n"
write_only(F1470, out, keys(F1470))
