#!/usr/bin/env python3
"""1132: an InfluxDB line-protocol file (`influx write --bucket reading --precision ns --file ilgi.lp`), Korean: a
Daejeon student logs what she read about diffusion models each day for a Grafana reading dashboard. `#` comment
lines; measurement, tags sorted by key (values with space, comma, `=` escaped by a backslash), fields (strings
double-quoted with `\\"` and `\\\\` escaped, integers with `i`, floats, booleans), a nanosecond timestamp; escaping and
the timestamps (KST dates → UTC ns) are computed here."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import F1132, keys

KST = dt.timezone(dt.timedelta(hours=9))


def tag(v):
    return v.replace("\\", "\\\\").replace(",", "\\,").replace("=", "\\=").replace(" ", "\\ ")


def fval(v):
    if isinstance(v, bool): return "true" if v else "false"
    if isinstance(v, int): return f"{v}i"
    if isinstance(v, float): return repr(v)
    return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'


def line(meas, tags, fields, when):
    t = ",".join(f"{tag(k)}={tag(v)}" for k, v in sorted(tags.items()))
    f = ",".join(f"{tag(k)}={fval(v)}" for k, v in fields.items())
    ns = int(when.timestamp()) * 10**9 + when.microsecond * 1000
    return f"{meas},{t} {f} {ns}"


def at(day, hh, mm, ss=0):
    return dt.datetime(2024, 3, day, hh, mm, ss, tzinfo=KST)


rows = [
 (at(4, 22, 10, 5), {"reader": "서윤", "topic": "diffusion", "venue": "ICML 2015"},
  {"title": T("1503.03585"), "url": "https://arxiv.org/abs/1503.03585", "minutes": 95, "rating": 4,
   "memo": "확산 모델의 시작. 비평형 열역학 비유가 처음엔 낯설다", "finished": True}),
 (at(5, 21, 40, 31), {"reader": "서윤", "topic": "score based", "venue": "NeurIPS 2019"},
  {"title": T("1907.05600"), "minutes": 80, "rating": 5,
   "memo": "NCSN. 노이즈 레벨별 score matching + annealed Langevin", "finished": True}),
 (at(6, 23, 2, 17), {"reader": "서윤", "topic": "diffusion", "venue": "ICLR 2021"},
  {"title": T("2010.02502"), "url": "https://openreview.net/forum?id=St1giarCHLP", "minutes": 70, "rating": 5,
   "memo": "결정론적 샘플링, 50스텝으로도 충분", "finished": True}),
 (at(7, 22, 15, 48), {"reader": "서윤", "topic": "guidance", "venue": "NeurIPS 2021"},
  {"title": T("2105.05233"), "url": "https://arxiv.org/pdf/2105.05233.pdf", "minutes": 110, "rating": 4,
   "memo": "classifier guidance, \"ADM\" 아키텍처 개선", "finished": True}),
 (at(8, 21, 5, 0), {"reader": "서윤", "topic": "guidance", "venue": "NeurIPS 2021 workshop"},
  {"title": T("2207.12598"), "ref": "arXiv:2207.12598", "minutes": 35, "rating": 5,
   "memo": "분류기 없이 조건/무조건 모델을 섞기. 짧고 명쾌", "finished": True}),
 (at(9, 14, 30, 12), {"reader": "서윤", "topic": "text to image", "venue": "arXiv 2022"},
  {"title": T("2204.06125"), "ref": "arXiv:2204.06125", "minutes": 60, "rating": 3,
   "memo": "DALL·E 2, unCLIP. prior 부분은 다시 읽기", "finished": False}),
 (at(10, 16, 45, 9), {"reader": "서윤", "topic": "3d", "venue": "ICCV 2023"},
  {"title": T("2303.11328"), "minutes": 40, "rating": 4,
   "memo": "카메라 시점 조건부 diffusion. threestudio 구현으로 돌려봄", "finished": True}),
 (at(10, 22, 20, 55), {"reader": "서윤", "topic": "background", "venue": "NeurIPS 2014"},
  {"title": T("1406.2661"), "minutes": 30, "rating": 4,
   "memo": "비교용으로 다시 읽음 (" + au("1406.2661", 2) + ")", "finished": True}),
]
out = ["# 2024-03 읽기 기록 — 확산 모델 주간 (서윤)",
       "# influx write --bucket reading --org lab-daejeon --precision ns --file ilgi.lp",
       "# 논문이 아닌 것: Lilian Weng 블로그 글, diffusers 문서 → 별도 measurement(etc_read)", ""]
for when, tags, fields in rows:
    out.append(line("paper_read", tags, fields, when))
out += ["", "# 논문 외 자료",
        line("etc_read", {"reader": "서윤", "kind": "blog"}, {"name": "What are Diffusion Models? (Lil'Log)", "minutes": 50}, at(6, 20, 0, 0)),
        line("etc_read", {"reader": "서윤", "kind": "docs"}, {"name": "diffusers 문서: Schedulers", "minutes": 25}, at(9, 13, 10, 0)),
        "", "# 주간 합계 (Grafana용)",
        line("weekly", {"reader": "서윤", "week": "2024-W10"},
             {"papers": len(rows), "minutes": sum(f["minutes"] for _, _, f in rows),
              "avg_rating": round(sum(f["rating"] for _, _, f in rows) / len(rows), 3)}, at(10, 23, 59, 0))]
write_only(F1132, "\n".join(out) + "\n", keys(F1132))
