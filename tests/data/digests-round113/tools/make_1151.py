#!/usr/bin/env python3
"""1151: Getting Things GNOME's task file (`~/.local/share/gtg/gtg_data.xml`, format of GTG 0.6; Korean): a Seoul
student's reading to-do for diffusion models: a parent task with one subtask per paper and two tasks that are not
papers (the diffusers tutorial, a blog post). Tags by id in <tags>, named with @ in the content; Done tasks carry a
<done> date; subtasks are referenced by id; the content is CDATA."""
import datetime as dt, hashlib, os, sys, uuid
from xml.sax.saxutils import escape, quoteattr
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import F1151, keys


def uid(s):
    return str(uuid.UUID(bytes=hashlib.md5(s.encode()).digest(), version=4))


TAGS = {"읽기": "#729fcf", "디퓨전": "#ad7fa8", "구현": "#8ae234", "세미나": "#fcaf3e"}
TID = {n: uid("tag" + n) for n in TAGS}
base = dt.datetime(2024, 3, 2, 9, 14, 3, 411920)
# (key, title, status, tags, start, due, done date or None, content)
papers = [
 ("p1", "읽기: " + T("2006.11239"), "Done", ["읽기", "디퓨전"], "2024-03-04", "2024-03-06", "2024-03-06",
  f"@읽기 @디퓨전\nhttps://arxiv.org/abs/2006.11239\n{au('2006.11239')}\n- ε-예측 손실이 핵심. 식 (14) 정리해 둘 것.\n- 3/6 세미나에서 발표 완료."),
 ("p2", "읽기: " + T("2011.13456"), "Done", ["읽기", "디퓨전"], "2024-03-06", "2024-03-09", "2024-03-10",
  "@읽기 @디퓨전\nhttps://openreview.net/forum?id=PxTIG12RRHS (ICLR 2021 oral)\nSDE 관점으로 DDPM과 NCSN을 통합. 역방향 SDE와 probability flow ODE 부분 다시 보기."),
 ("p3", "읽기: " + T("2009.09761"), "Done", ["읽기", "디퓨전"], "2024-03-08", "2024-03-11", "2024-03-11",
  "@읽기 @디퓨전\n오디오 쪽 응용. 링크는 교수님이 메일로 주신 PDF로 대신함.\n- 샘플링 스텝 수 vs 품질 표 확인."),
 ("p4", "읽기: " + T("2302.05543"), "Active", ["읽기", "디퓨전", "구현"], "2024-03-11", "2024-03-14", None,
  "@읽기 @디퓨전 @구현\nhttps://arxiv.org/pdf/2302.05543\nzero convolution 구조를 직접 구현해 보기 (diffusers 예제 참고)."),
 ("p5", "읽기: " + T("2208.12242") + " (arXiv:2208.12242)", "Active", ["읽기", "디퓨전"], "2024-03-13", "2024-03-16", None,
  "@읽기 @디퓨전\n개인화. class-specific prior preservation loss 부분만 세미나용으로 정리."),
 ("p6", "읽기: " + T("2208.01618"), "Active", ["읽기", "디퓨전"], "2024-03-13", "2024-03-16", None,
  f"@읽기 @디퓨전\n{au('2208.01618', 2)} — DreamBooth와 같이 비교해서 읽기. 링크 없음(세미나 자료 폴더에 PDF)."),
 ("p7", "읽기: " + T("2307.01952"), "Active", ["읽기", "디퓨전", "세미나"], "2024-03-18", "2024-03-20", None,
  "@읽기 @디퓨전 @세미나\n3/20 세미나 발표 담당. refiner 단계와 micro-conditioning 설명 준비."),
 ("p8", T("2303.01469") + " — arXiv:2303.01469 읽기", "Active", ["읽기", "디퓨전"], "2024-03-18", "2024-03-22", None,
  "@읽기 @디퓨전\n한 스텝 생성. consistency distillation vs training 비교표 만들기."),
]
others = [
 ("o1", "diffusers 튜토리얼 따라하기 (Stable Diffusion 파인튜닝)", "Active", ["구현"], "2024-03-05", "2024-03-15", None,
  "@구현\nhttps://huggingface.co/docs/diffusers/training/overview\n논문 아님 — 실습용."),
 ("o2", "Lil'Log 'What are Diffusion Models?' 블로그 정리", "Done", ["읽기"], "2024-03-03", "2024-03-04", "2024-03-03",
  "@읽기\nhttps://lilianweng.github.io/posts/2021-07-11-diffusion-models/\n논문 아님. 수식 표기 통일용으로 정리 완료."),
]
parent = ("root", "디퓨전 모델 읽기 목록 (3월)", "Active", ["읽기", "디퓨전"], "2024-03-02", "2024-03-31", None,
          "@읽기 @디퓨전\n3월 세미나 준비. 각 논문은 하위 작업으로 관리.\n" + "\n".join("{!" + uid(p[0]) + "!}" for p in papers))
allt = [parent] + papers + others


def task(t, i):
    key, title, status, tags, start, due, done, content = t
    added = base + dt.timedelta(minutes=7 * i, seconds=i * 13, microseconds=i * 1021)
    if done:
        mod = dt.datetime.fromisoformat(done) + dt.timedelta(hours=21, minutes=4 * i, seconds=i * 7, microseconds=i * 317)
    else:
        mod = added + dt.timedelta(days=9, hours=3, minutes=i)
    x = [f'    <task id="{uid(key)}" status="{status}">', f"      <title>{escape(title)}</title>", "      <tags>"]
    x += [f"        <tag>{TID[n]}</tag>" for n in tags] + ["      </tags>", "      <dates>",
          f"        <added>{added.isoformat()}</added>", f"        <modified>{mod.isoformat()}</modified>",
          f"        <start>{start}</start>", f"        <due>{due}</due>"]
    if done is not None:
        x.append(f"        <done>{done}</done>")
    x += ["      </dates>", '      <recurring enabled="false">', "        <term>None</term>", "      </recurring>"]
    if key == "root":
        x += ["      <subtasks>"] + [f"        <sub>{uid(p[0])}</sub>" for p in papers] + ["      </subtasks>"]
    else:
        x.append("      <subtasks/>")
    x += [f"      <content><![CDATA[{content}]]></content>", "    </task>"]
    return x


X = ["<?xml version='1.0' encoding='UTF-8'?>", '<gtgData appVersion="0.6" xmlVersion="2">', "  <taglist>"]
X += [f'    <tag id="{TID[n]}" name="{n}" color="{c}"/>' for n, c in TAGS.items()] + ["  </taglist>", "  <searchlist>",
      '    <savedSearch id="' + uid("s1") + '" name="이번 주 읽기" query="@읽기 !today"/>', "  </searchlist>", "  <tasklist>"]
for i, t in enumerate(allt):
    X += task(t, i)
X += ["  </tasklist>", "</gtgData>"]
write_only(F1151, "\n".join(X) + "\n", keys(F1151))
