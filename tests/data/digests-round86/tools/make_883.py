#!/usr/bin/env python3
"""883: an "Ask GN" thread on GeekNews (news.hada.io, the Korean Hacker News-like site), selected in the browser and
pasted as plain text: the site header and menu, the topic title, the `NP by user N일전 | favorite | 댓글 N개` line, the
question, `댓글 달기`, then every comment as `user N일전 [-]`, its text (URLs written out, as the site auto-links them)
and `답변달기` — the reply nesting is lost in the paste — and the footer. Commenters recommend papers on
generalisation, robustness, NAS and graph learning for a student before graduate school; DomainBed, PyG, a blog
post, a book and a video channel are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(883)
K = dict(dg="2007.01434", sam="2010.01412", adv="2307.15043", mesh="2010.03409", autohas="2006.03656",
         sat="2006.14536", darts="2108.04392", cqd="2011.03459")

C = [
 ("paper_kkang", "3일전", f"""분야가 안 정해졌으면 "일반화가 왜 되는가"부터 보는 걸 추천합니다. 실험 설계 감각이 확 달라져요.
{T(K['dg'])} https://arxiv.org/abs/{K['dg']}
DomainBed 라는 벤치마크(코드: https://github.com/facebookresearch/DomainBed )랑 같이 나온 논문인데, 결론이 "제대로 튜닝한 ERM 이 대부분의 DG 방법을 이긴다"라서 충격적입니다."""),
 ("minjae_opt", "3일전", f"""위 댓글에 이어서 최적화 쪽이면 SAM 이요. 세그멘테이션 SAM 말고 sharpness-aware 쪽입니다 ㅎㅎ
{T(K['sam'])}
https://arxiv.org/pdf/{K['sam']}.pdf
구현이 20줄이라 여름방학에 직접 짜보기 좋아요."""),
 ("summer_grad", "2일전", """오 감사합니다! 둘 다 리스트에 넣었어요. 혹시 AutoML 쪽도 입문용 있을까요? 연구실이 NAS 를 조금 한다고 들어서요."""),
 ("nas_fan", "2일전", f"""NAS 는 DARTS 원 논문보다 비판 논문을 먼저 읽는 게 오히려 빠릅니다.
- {T(K['darts'])} (ICLR 2021) — 아키텍처 파라미터 α 의 크기로 연산을 고르는 게 왜 틀렸는지 보여줍니다. 링크는 OpenReview 에 있는데 지금 모바일이라 못 찾겠네요.
- 하이퍼파라미터까지 같이 찾는 건 {T(K['autohas'])} 이고 arXiv:{K['autohas']} 입니다.
솔직히 NAS 는 요즘 분위기가 식어서, 연구실 들어가서 선배한테 먼저 물어보세요."""),
 ("robust_j", "2일전", f"""적대적 강건성도 하나 끼워 넣자면:
{T(K['sat'])}
ReLU 를 부드러운 활성함수로 바꾸기만 해도 adversarial training 이 잘 된다는 내용. 논문 짧고 그림이 좋아요.
그리고 LLM 쪽 최근 거면 GCG 라고 부르는 그 논문,
{T(K['adv'])}
https://arxiv.org/abs/{K['adv']}
이건 방학 과제로 재현하기엔 GPU 가 좀 필요합니다."""),
 ("gnnkim", "1일전", f"""그래프 쪽이 빠졌네요. 시뮬레이션 좋아하시면 MeshGraphNets:
{T(K['mesh'])} — https://arxiv.org/abs/{K['mesh']}
지식그래프 추론이면 {T(K['cqd'])} (ICLR 2021 outstanding paper) 도 꼭 보세요. 복잡한 질의를 1-hop 링크 예측기 조합으로 푸는 아이디어가 깔끔합니다.
실습은 PyG 튜토리얼로 충분하고요."""),
 ("summer_grad", "1일전", """다들 정말 감사합니다 🙏 정리하면 일반화 2편, NAS 2편, 강건성 2편, 그래프 2편이네요. 다 읽고 후기 Show GN 으로 올리겠습니다."""),
 ("hn_lurker", "21시간전", """논문은 아니지만 Karpathy 의 블로그 글 "A Recipe for Training Neural Networks" 도 같이 읽으면 좋아요. 책은 Dive into Deep Learning 무료판 추천."""),
 ("yannic_watcher", "5시간전", """논문 읽기 힘들면 Yannic Kilcher 유튜브 채널에서 위 논문 몇 개 리뷰 영상이 있습니다. 영상 보고 논문 보면 훨씬 빨라요."""),
]

out = ["GeekNews", "최신글 | 댓글 | Ask | Show | GN⁺ | Weekly | 글등록", "로그인", "",
       "Ask GN: 대학원 입학 전 여름방학에 읽을 ML 논문 추천 부탁드립니다", f"17P by summer_grad 3일전 | favorite | 댓글 {len(C)}개", "",
       "9월에 대학원(ML 연구실) 입학 예정인 학부 4학년입니다.",
       "분야가 아직 안 정해져서 특정 주제보다는 \"이건 읽고 들어와라\" 급 논문을 여러 분야에서 추천받고 싶습니다.",
       "트랜스포머, ResNet 같은 건 수업에서 읽었습니다. 방학이 두 달이라 8~10편 정도 생각하고 있어요.", "",
       "댓글 달기", ""]
for who, when, body in C:
    out += [f"{who} {when} [-]", *body.split("\n"), "답변달기", ""]
out += ["GeekNews는 개발·기술·스타트업 관련 소식을 나누는 곳입니다.",
        "About | FAQ | 이용 규칙 | 개인정보처리방침 | RSS | Slack | 문의", ""]
text = "\n".join(out)
write_only(F, text, keys(F))
