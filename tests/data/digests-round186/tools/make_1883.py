#!/usr/bin/env python3
"""1883: posts and comments of a group on Kakao Agit (카카오 아지트, Kakao's workplace group board), copied from the
browser (Korean): the group name and member count, then posts «name / 2026년 3월 4일 오후 2:15 / text / 좋아요 n ·
댓글 n» with their comments «name  date  text», replies «@name» naming an earlier commenter. The company, the group,
the people and the dates are invented; LangChain, AutoGen, Minecraft and the blog post of Lilian Weng «LLM Powered
Autonomous Agents» appear as what they are. Computed: the Korean dates and 오전 / 오후, the comment counts (asserted),
the order (asserted), the reply targets (asserted)."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys
F = by_num(1883)
D = dt.datetime


def kd(d):
    h = d.hour % 12 or 12
    return f"{d.year}년 {d.month}월 {d.day}일 {'오전' if d.hour < 12 else '오후'} {h}:{d.minute:02d}"


MEMBERS = ["김도윤", "이서연", "박지호", "최민서", "정하은"]
POSTS = [
    ("김도윤", D(2026, 3, 4, 14, 15),
     "[에이전트 스터디 3주차] 이번 주 자료 공유합니다.\n"
     f"1) {T('2303.11366')}\nhttps://arxiv.org/abs/2303.11366\n"
     f"2) {T('2302.04761')} https://arxiv.org/pdf/2302.04761v1\n"
     "참고로 Lilian Weng의 블로그 글 \"LLM Powered Autonomous Agents\"가 전체 그림 잡기에 좋아요.", 7,
     [("이서연", D(2026, 3, 4, 14, 40), "Reflexion은 저번에 LangChain으로 흉내 내 봤는데 메모리 부분이 제일 어렵더라고요."),
      ("박지호", D(2026, 3, 4, 15, 2), f"도구 사용이면 {T('2010.00904')}도 같이 보면 좋을 듯요. 엔티티 이름을 직접 생성하는 방식이라 검색 도구 설계에 참고됩니다."),
      ("김도윤", D(2026, 3, 4, 15, 30), "@박지호 오 좋네요, 4주차에 넣을게요.")]),
    ("최민서", D(2026, 3, 6, 10, 8),
     f"코딩 에이전트 평가는 {T('2310.06770')}\nhttps://openreview.net/forum?id={OR('2310.06770')}\n"
     "로 하자는 의견이 많아서 팀 벤치마크도 이걸로 맞추려고 합니다. 실행 환경은 도커로 준비 중.", 4,
     [("정하은", D(2026, 3, 6, 11, 20), f"검색 붙일 거면 {T('2310.11511')} (arXiv:2310.11511) 방식도 비교해 봐요."),
      ("이서연", D(2026, 3, 6, 13, 45), "@정하은 Self-RAG는 모델을 따로 학습해야 해서 이번 분기엔 어려울 것 같아요.")]),
    ("정하은", D(2026, 3, 9, 9, 30),
     f"주말에 {T('2305.16291')} 읽었어요. http://arxiv.org/abs/2305.16291v2\n"
     "Minecraft에서 스킬 라이브러리를 코드로 쌓는 구조가 인상적이었습니다.\n"
     f"범용 에이전트 얘기 나온 김에 {T('2205.06175')}도 다시 봤고요.", 5,
     [("박지호", D(2026, 3, 9, 10, 12), f"수학 쪽은 {T('2206.14858')} 결과가 아직도 기준점이죠. 다음 달 발표 주제로 찜합니다."),
      ("김도윤", D(2026, 3, 9, 10, 50), "AutoGen 데모는 제가 준비할게요.")]),
]
assert [p[1] for p in POSTS] == sorted(p[1] for p in POSTS)
out = ["아지트", "AI 에이전트 스터디", f"멤버 {len(MEMBERS)}명", ""]
for who, d, text, likes, cm in POSTS:
    assert who in MEMBERS
    out += [who, kd(d)] + text.split("\n") + [f"좋아요 {likes} · 댓글 {len(cm)}", ""]
    prev, seen = d, []
    for cw, cd, ct in cm:
        assert cd > prev and cw in MEMBERS; prev = cd
        if ct.startswith("@"): assert ct[1:].split()[0] in seen
        seen.append(cw)
        out += [f"{cw}  {kd(cd)}", ct]
    out += ["", "댓글을 입력하세요", ""]
text = "\n".join(out[:-1]) + "\n"
write_only(F, text, keys(F))
