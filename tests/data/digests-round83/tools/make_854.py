#!/usr/bin/env python3
"""854: a Hashnode GraphQL API response (`POST https://gql.hashnode.com`, query `publication(host:) { posts(first: 6)
{ edges { node { … } cursor } pageInfo { … } } }`) saved from the API playground: pretty-printed with two spaces, raw
UTF-8, final newline; keys in the order the query selects them; `data.publication` with `posts.edges[]` (`node`:
`id` a 24-hex ObjectId whose first eight digits are its creation time, `title`, `slug`, `url` = publication URL +
slug, `publishedAt` ISO with milliseconds, `readTimeInMinutes`, `tags`, `author`, `content.markdown` in Hashnode's
Markdown — images as `![](… align="center")`, `\\_` and `\\[` escapes from its editor —), `cursor`, and `pageInfo`
whose `endCursor` is the last edge's cursor. A Korean developer blog on diffusion models; a library, a dataset, a
course and other blog posts are not papers."""
import base64, datetime, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import by_num, keys

F = by_num(854)
PUB = "https://diffusion-notes.example.dev"


def oid(iso, tail):
    t = int(datetime.datetime.fromisoformat(iso.replace("Z", "+00:00")).timestamp())
    return f"{t:08x}{tail[:16]}"


posts = []


def post(created, published, tail, title, slug, minutes, tags, md):
    i = oid(created, tail)
    posts.append({"node": {"id": i, "title": title, "slug": slug, "url": f"{PUB}/{slug}", "publishedAt": published,
                           "readTimeInMinutes": minutes, "tags": [{"name": t, "slug": t.lower().replace(" ", "-")} for t in tags],
                           "author": {"name": "한지우", "username": "jiwoo-han"},
                           "content": {"markdown": md}},
                  "cursor": base64.b64encode(f"{i}_{published}".encode()).decode()})


IMG = "https://cdn.hashnode.com/res/hashnode/image/upload/v1709{0}/{1}.png"
post("2024-03-18T13:02:11Z", "2024-03-18T14:30:00.000Z", "7c1e2a9b4d3f6e05a8b1c2d3", "확산 모델 읽기 4주차: 지시문으로 이미지 편집하기",
     "diffusion-week4-editing", 6, ["Diffusion", "Computer Vision"],
     f"""이번 주에는 텍스트 지시문만으로 이미지를 편집하는 논문을 읽었습니다.

## 읽은 논문

**{T('2211.09800')}**
{au('2211.09800', 3)}

학습용 (입력 이미지, 지시문, 출력 이미지) 쌍을 다른 생성 모델로 대량 생성한 뒤, 조건부 확산 모델을 학습합니다.
논문 링크는 다음 글에서 정리해 올리겠습니다.

![](https://cdn.hashnode.com/res/hashnode/image/upload/v1710770000000/editing-examples.png align="center")

## 실습 메모

- diffusers 라이브러리(논문 아님)의 파이프라인으로 바로 돌려 볼 수 있습니다.
- 이미지 가이던스 스케일 1.5, 텍스트 가이던스 7.5가 무난했습니다.
- 한국어 지시문은 번역해서 넣는 편이 훨씬 낫습니다 \\_(번역기 품질에 좌우됨)\\_
""")
post("2024-03-11T10:40:51Z", "2024-03-11T12:00:00.000Z", "1f0a9e8d7c6b5a4938271605", "확산 모델 읽기 3주차: 한 번에 샘플링하기",
     "diffusion-week3-consistency", 5, ["Diffusion", "Generative Models"],
     f"""3주차 논문은 **{T('2303.01469')}** ({au('2303.01469', 3)}, arXiv:2303.01469, ICML 2023) 입니다.

궤적 위의 어느 점에서 출발해도 같은 원점으로 보내는 함수를 학습해서, 한 번(또는 몇 번)의 평가로 샘플을 만듭니다.
증류 방식과 독립 학습 방식 두 가지를 비교합니다.

> 발표자 메모: 2주차에 본 개인화 논문들과 결합하면 추론 비용을 크게 줄일 수 있을지 토론했습니다.

참고로 곁다리로 본 오디오 쪽 논문도 남겨 둡니다: {T('2009.09761')} — 파형을 직접 생성하는 확산 모델입니다.
""")
post("2024-03-04T09:12:33Z", "2024-03-04T11:00:00.000Z", "a0b1c2d3e4f5061728394a5b", "확산 모델 읽기 2주차: 개인화와 동작 전이",
     "diffusion-week2-personalization", 7, ["Diffusion", "Personalization"],
     f"""2주차에는 몇 장의 사진만으로 특정 대상을 생성하게 만드는 논문 두 편과, 사람 동작을 옮기는 논문 한 편을 읽었습니다.

1. [{T('2208.12242')}](https://arxiv.org/abs/2208.12242)
   {au('2208.12242', 3)} — 희귀 토큰 식별자 + 사전 보존 손실.
2. {T('2208.01618')}
   {au('2208.01618', 3)} — 모델은 그대로 두고 새 단어 임베딩 하나만 학습.
3. {T('2103.14338')}
   {au('2103.14338', 3)} — 확산 모델은 아니지만 개인화라는 주제로 함께 봤습니다.

![](https://cdn.hashnode.com/res/hashnode/image/upload/v1709540000000/personalization-compare.png align="center")

두 번째 논문의 링크가 필요하신 분은 댓글로 남겨 주세요. 비교 실험 코드는 GitHub 저장소(코드, 논문 아님)에 올려 두었습니다:
https://github.com/jiwoo-han/personalization-playground
""")
post("2024-02-26T08:01:40Z", "2024-02-26T09:30:00.000Z", "5e4d3c2b1a09f8e7d6c5b4a3", "확산 모델 읽기 1주차: 기초 두 편",
     "diffusion-week1-basics", 8, ["Diffusion", "Deep Learning"],
     f"""연구실 읽기모임에서 확산 모델을 처음부터 다시 읽기로 했습니다. 1주차는 기초 두 편입니다.

### 1. {T('2006.11239')}

- 저자: {au('2006.11239', 3)}
- 링크: https://arxiv.org/abs/2006.11239
- 메모: 노이즈 예측 목적 함수가 변분 하한의 가중 버전이라는 점이 핵심.

### 2. {T('2112.10752')}

- 저자: {au('2112.10752', 3)}
- 링크: [arxiv.org/abs/2112.10752](https://arxiv.org/abs/2112.10752)
- 메모: 오토인코더의 잠재 공간에서 확산을 수행 → 계산량 대폭 감소. 교차 어텐션으로 텍스트 조건.

\\[참고\\] 논문이 아닌 자료: LAION 데이터셋 설명 페이지, MIT 6.S184 강의 노트, 그리고 제 예전 글
[확산 모델을 그림으로 이해하기]({PUB}/diffusion-visual-intro).
""")
post("2024-02-19T12:20:00Z", "2024-02-19T13:00:00.000Z", "0123456789abcdef01234567", "읽기모임 공지: 3월 확산 모델 시리즈",
     "reading-group-march-diffusion", 2, ["Announcement"],
     """연구실 읽기모임이 3월 한 달 동안 확산 모델 시리즈로 진행됩니다. 매주 목요일 오후 4시, 공학관 512호.

매주 읽은 내용은 이 블로그에 정리해서 올리겠습니다. 뉴스레터 구독은 블로그 상단 버튼으로 하실 수 있습니다.
""")

resp = {"data": {"publication": {"title": "확산 모델 노트", "url": PUB, "posts": {
    "edges": posts, "pageInfo": {"hasNextPage": True, "endCursor": posts[-1]["cursor"]}}}}}
text = json.dumps(resp, ensure_ascii=False, indent=2) + "\n"
write_only(F, text, keys(F), ["\n".join(p["node"]["content"]["markdown"] for p in posts)])
