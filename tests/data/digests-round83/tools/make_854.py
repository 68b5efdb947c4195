#!/usr/bin/env python3
"""854: a Mailman 2.1 pipermail text archive of one month (`2024-March.txt`, as served gunzipped from the list's
archive page): messages in date order, each opened by an mbox `From ` line with the sender address obfuscated
(`user at host`) and an asctime date in the server's local time (KST; day padded with a space), then the archived headers (`From: user at host
(Name)`, `Date:`, `Subject:` still RFC 2047-encoded as sent — base64 `=?utf-8?b?…?=` —, `In-Reply-To:`,
`References:`, `Message-ID:`), a blank line, the body as text (quoted replies with `> `), and for HTML alternatives
the scrubber's `-------------- next part --------------` notice with an attachment URL. A Korean reading list on
diffusion models; a library, a blog post, a dataset and a course are not papers."""
import base64, datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import by_num, keys

F = by_num(854)
LIST = "genmodel-rg"
HOST = "lists.example.ac.kr"
KST = datetime.timezone(datetime.timedelta(hours=9))


def enc_subject(s):
    if all(ord(c) < 128 for c in s): return s
    b = s.encode()
    chunks, cur = [], b""
    for ch in s:
        e = ch.encode()
        if len(cur + e) > 45: chunks.append(cur); cur = b""
        cur += e
    chunks.append(cur)
    return "\n\t".join(f"=?utf-8?b?{base64.b64encode(c).decode()}?=" for c in chunks)


msgs = []


def msg(when, addr, name, subject, body, mid, reply=None, refs=(), html=None):
    d = datetime.datetime(*when, tzinfo=KST)
    ob = addr.replace("@", " at ")
    head = [f"From {ob}  {d.strftime('%a %b')} {d.day:2d} {d.strftime('%H:%M:%S %Y')}",
            f"From: {ob} ({name})", f"Date: {d.strftime('%a, %-d %b %Y %H:%M:%S %z')}",
            f"Subject: [{LIST}] " + enc_subject(subject)]
    if reply: head.append(f"In-Reply-To: <{reply}>")
    if refs: head.append("References: " + "\n\t".join(f"<{r}>" for r in refs))
    head.append(f"Message-ID: <{mid}>")
    s = "\n".join(head) + "\n\n" + body.rstrip("\n") + "\n"
    if html:
        s += ("-------------- next part --------------\nAn HTML attachment was scrubbed...\n"
              f"URL: <http://{HOST}/pipermail/{LIST}/attachments/{d.strftime('%Y%m%d')}/{html}/attachment.html>\n")
    msgs.append(s)


M1 = "CAH7x2kQ0pLd9fE3vS1mZb8uT4nYw6RgJc5aKo@mail.example.ac.kr"
msg((2024, 3, 4, 9, 12, 33), "jiwoo.han@example.ac.kr", "한지우", "3월 읽기 목록: 확산 모델 기초부터 편집까지",
    f"""안녕하세요, 생성모델 읽기모임 여러분.

3월 목록을 공유합니다. 매주 목요일 오후 4시, 공학관 512호입니다.

1주차 (3/7) 기초
  - {T('2006.11239')}
    {au('2006.11239', 3)}
    https://arxiv.org/abs/2006.11239
  - {T('2112.10752')}
    {au('2112.10752', 3)}
    https://arxiv.org/abs/2112.10752

2주차 (3/14) 개인화
  - {T('2208.12242')}
    https://arxiv.org/pdf/2208.12242v2.pdf
  - {T('2208.01618')}
    ({au('2208.01618', 3)}) — 링크는 나중에 붙이겠습니다.

3주차 (3/21) 빠른 샘플링
  - {T('2303.01469')}
    {au('2303.01469', 3)}, arXiv:2303.01469 (ICML 2023)

4주차 (3/28) 미정 — 추천 받습니다.

참고 자료(논문 아님):
  - diffusers 라이브러리 문서: https://huggingface.co/docs/diffusers
  - 연구실 블로그 "확산 모델을 그림으로 이해하기": https://blog.example.ac.kr/diffusion-intro

한지우 드림
""", M1, html="a1b2c3d4")
M2 = "20240304131502.GA22817@hpc.example.ac.kr"
msg((2024, 3, 4, 13, 15, 2), "seojun.lee@example.ac.kr", "이서준", "Re: 3월 읽기 목록: 확산 모델 기초부터 편집까지",
    f"""On Mon, Mar 04, 2024 at 09:12:33AM +0900, 한지우 wrote:
> 4주차 (3/28) 미정 — 추천 받습니다.

4주차로 두 편 추천합니다.

  - {T('2211.09800')}
    ({au('2211.09800', 3)})
    텍스트 지시로 이미지를 편집. 학습 데이터를 다른 생성 모델로 만드는 부분이 흥미롭습니다.
  - {T('2009.09761')}
    이미지가 아니라 오디오 쪽이지만, 같은 틀을 파형에 적용한 예라서 비교해 보면 좋겠습니다.

PDF는 학과 공유 드라이브 /reading/2024-03/ 에 올려 두었습니다.

--
이서준 / 멀티미디어 연구실
""", M2, reply=M1, refs=[M1])
M3 = "CAH7x2kQ9eRr3bT1uV5wXy7zA2cD4fG6hJ8kL0@mail.example.ac.kr"
msg((2024, 3, 5, 10, 40, 51), "jiwoo.han@example.ac.kr", "한지우", "Re: 3월 읽기 목록: 확산 모델 기초부터 편집까지",
    """이서준 wrote:
> 4주차로 두 편 추천합니다.

좋습니다. 4주차는 두 편 모두 하고, 발표는 서준 님과 민서 님이 나눠 맡아 주세요.

그리고 지난 학기에 나왔던 LAION 데이터셋(논문 아님, 데이터셋) 사용 관련 윤리 검토 건은
다음 주 회의에서 따로 이야기하겠습니다.
""", M3, reply=M2, refs=[M1, M2], html="e5f6a7b8")
M4 = "87a1c2d3-4e5f-6789-abcd-ef0123456789@example.ac.kr"
msg((2024, 3, 11, 22, 3, 17), "minseo.park@example.ac.kr", "박민서", "[제안] 동작 전이 관련 논문 한 편 추가",
    f"""모두 안녕하세요, 박민서입니다.

2주차 개인화 주제와 이어지는 논문이 있어서 추가 제안드립니다.

  {T('2103.14338')}
  {au('2103.14338', 3)}

사람 영상 몇 장만으로 동작을 옮기는 내용이라, 2주차 두 편과 함께 보면 좋을 것 같습니다.
arXiv 링크는 학교 망에서 열리지 않아 못 붙였습니다.

강의 자료도 하나 공유합니다(논문 아님): MIT 6.S184 Generative AI with Stochastic Differential
Equations 강의 노트.
""", M4)
M5 = "CAH7x2kQ1aB2cD3eF4gH5iJ6kL7mN8oP9q@mail.example.ac.kr"
msg((2024, 3, 12, 8, 55, 9), "jiwoo.han@example.ac.kr", "한지우", "Re: [제안] 동작 전이 관련 논문 한 편 추가",
    """박민서 wrote:
> 사람 영상 몇 장만으로 동작을 옮기는 내용이라, 2주차 두 편과 함께 보면 좋을 것 같습니다.

추가했습니다. 2주차는 세 편이 되었으니 각자 한 편씩 맡겠습니다.

한지우
""", M5, reply=M4, refs=[M4])
text = "\n".join(msgs)
write_only(F, text, keys(F))
