#!/usr/bin/env python3
"""2051: a CMakePresets.json (version 6) of an invented agent-sandbox C++ project, Korean: arXiv links (`/abs/`,
`/pdf/…v1`, `http://`) and one OpenReview forum link in preset descriptions and the `vendor` object, one id in text,
three titles alone, and non-papers (a repository, CMake's docs, a book, a talk). Two-space JSON (json.dumps), LF."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(2051)
P = {
    "version": 6,
    "cmakeMinimumRequired": {"major": 3, "minor": 25, "patch": 0},
    "configurePresets": [
        {"name": "base", "hidden": True, "generator": "Ninja", "binaryDir": "${sourceDir}/build/${presetName}",
         "cacheVariables": {"CMAKE_EXPORT_COMPILE_COMMANDS": "ON", "SANDBOX_WITH_PYTHON": "ON"}},
        {"name": "debug", "inherits": "base", "displayName": "디버그 (에이전트 로그 전체)",
         "description": f"도구 호출 루프 디버깅용. 루프 구조는 {T('2210.03629')} "
                        f"(https://openreview.net/forum?id={OR('2210.03629')}) 를 따름",
         "cacheVariables": {"CMAKE_BUILD_TYPE": "Debug", "SANDBOX_TRACE_TOOLS": "ON"}},
        {"name": "release", "inherits": "base", "displayName": "릴리스",
         "description": f"장기 메모리 모듈 포함 빌드 - {T('2310.08560')} https://arxiv.org/abs/2310.08560",
         "cacheVariables": {"CMAKE_BUILD_TYPE": "Release", "SANDBOX_MEMORY_PAGING": "ON"}},
        {"name": "robot-sim", "inherits": "release", "displayName": "로봇 시뮬레이터 연동",
         "description": f"행동 토큰 디코더 실험: {T('2307.15818')} (https://arxiv.org/pdf/2307.15818v1)",
         "cacheVariables": {"SANDBOX_WITH_MUJOCO": "ON"}},
        {"name": "eval", "inherits": "release", "displayName": "평가 스위트",
         "description": f"{T('2308.03688')} (arXiv 2308.03688) 의 환경 8개를 흉내 낸 로컬 평가",
         "cacheVariables": {"SANDBOX_BUILD_EVAL": "ON"}},
    ],
    "buildPresets": [
        {"name": "debug", "configurePreset": "debug", "jobs": 8},
        {"name": "release", "configurePreset": "release", "jobs": 8},
        {"name": "eval", "configurePreset": "eval", "targets": ["sandbox_eval"]},
    ],
    "testPresets": [
        {"name": "eval", "configurePreset": "eval", "output": {"outputOnFailure": True},
         "execution": {"timeout": 600}},
    ],
    "vendor": {
        "agent-sandbox.example.kr/reading": {
            "담당": "한지민 (@jimin-han)",
            "저장소": "https://github.com/agent-sandbox-kr/sandbox",
            "시뮬레이션 마을 예제": f"{T('2304.03442')} - http://arxiv.org/abs/2304.03442",
            "읽을거리 (링크 없음)": [T("2207.05221"), T("2307.15043"), T("2303.18223")],
            "문서": "https://cmake.org/cmake/help/latest/manual/cmake-presets.7.html",
            "책": "Russell & Norvig, Artificial Intelligence: A Modern Approach, 4판 2장",
            "발표 영상": "https://video.agent-sandbox.example.kr/balpyo/2024-08",
        }
    },
}
TXT = json.dumps(P, indent=2, ensure_ascii=False) + "\n"


def strings(o):
    if isinstance(o, str): return [o]
    if isinstance(o, dict): return [s for k, v in o.items() for s in [k] + strings(v)]
    if isinstance(o, list): return [s for v in o for s in strings(v)]
    return []


if __name__ == "__main__":
    write_only(F, TXT, keys(F), forms=["\n".join(strings(P))])
