#!/usr/bin/env python3
"""1524: a topic of PyTorchKR (discuss.pytorch.kr, a Discourse forum) copied from the browser: the site header, the
topic title, category and tags, posts as `username`, a Korean date, the text (a quote as `name:` and the quoted line),
`좋아요 N개` where there are likes; the topic map after the first post (created / last reply dates, replies, views,
users, likes, links — computed from the posts); the reply button, related topics, the footer. Not papers: KoBERT,
KLUE (benchmark, its leaderboard), Hugging Face transformers docs, DeepSpeed, fairseq, Mixtral. Nicknames: ELECTRA,
DeBERTa, GShard, Megatron-LM, GENRE, MoE, Switch — labelled where the full titles are written (Switch is not labelled
here)."""
import datetime as dt, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1524, keys, GLOVE

P = [
    ("hjkim_nlp", dt.date(2024, 5, 14), 5, [
        "BERT 이후로 사전학습 논문을 한 번 정리해 보고 싶어서 글을 엽니다. 연구실 스터디에서 읽은 순서대로 적었어요.",
        "",
        f"{T('1810.04805')}",
        "https://arxiv.org/abs/1810.04805",
        "모든 것의 시작. KoBERT도 결국 이 구조입니다.",
        "",
        f"{T('2003.10555')}",
        "https://arxiv.org/abs/2003.10555",
        "MLM 대신 replaced token detection. 작은 모델에서 효율이 특히 좋습니다.",
        "",
        f"{T('2006.03654')}",
        "https://arxiv.org/pdf/2006.03654.pdf",
        "KLUE 리더보드 상위권 모델들이 많이 쓰는 구조예요.",
        "",
        f"참고로 그 전 세대인 {T(GLOVE)} (EMNLP 2014, arXiv에는 없음)도 같이 보면 흐름이 잘 보입니다.",
        "",
        "빠진 논문 있으면 댓글로 추가해 주세요 🙏",
    ]),
    ("minseo.park", dt.date(2024, 5, 15), 4, [
        "MoE 쪽도 넣어 주세요! 요즘 Mixtral 때문에 다시 많이 읽히는 것 같아요.",
        "",
        f"{T('1701.06538')}",
        "https://openreview.net/forum?id=B1ckMDqlg",
        "ICLR 2017, OpenReview에 리뷰도 공개되어 있습니다.",
        "",
        f"{T('2006.16668')} (arXiv:2006.16668)",
        "GShard는 600B 번역 모델이라 스케일 감을 잡기에 좋아요. Switch도 이어서 보시면 됩니다.",
    ]),
    ("dev_jaewon", dt.date(2024, 5, 15), 2, [
        "minseo.park:",
        "MoE 쪽도 넣어 주세요!",
        "",
        f"MoE를 넣는다면 병렬화 얘기도 빠질 수 없죠. {T('1909.08053')} 추천합니다. 텐서 병렬화를 처음 제대로 설명한 논문이에요.",
        "실제로 돌릴 때는 DeepSpeed 문서를 같이 보시는 게 편합니다: https://www.deepspeed.ai/tutorials/",
    ]),
    ("hjkim_nlp", dt.date(2024, 5, 16), 1, [
        "좋은 추천 감사합니다! 본문에는 나중에 반영하고, 일단 여기에 하나 더 추가할게요.",
        f"생성 모델로 엔티티 링킹을 하는 {T('2010.00904')} (GENRE)도 사전학습 모델 활용 관점에서 재밌습니다. 코드는 fairseq 기반이에요.",
    ]),
    ("soyoung_lee", dt.date(2024, 5, 17), 2, [
        "입문하시는 분들은 논문 전에 Hugging Face 문서부터 보셔도 좋아요: https://huggingface.co/docs/transformers/model_doc/deberta",
        "KLUE 벤치마크 데이터는 여기 있습니다: https://klue-benchmark.com",
    ]),
    ("minseo.park", dt.date(2024, 5, 17), 0, [
        "정리 글 북마크했습니다 👍",
    ]),
]


def kd(d):
    return f"{d.year}년 {d.month}월 {d.day}일"


links = []
for *_, body in P:
    for u in re.findall(r"https://\S+", "\n".join(body)):
        if u not in links: links.append(u)
out = ["PyTorchKR🇰🇷", "가입", "로그인", "",
       "BERT 이후 사전학습 논문 정리: ELECTRA, DeBERTa, 그리고 MoE까지",
       "읽을거리&정보공유", "nlp pretraining moe", ""]
for i, (u, d, likes, body) in enumerate(P):
    out += [u, kd(d), ""] + body + [""]
    if likes: out += [f"좋아요 {likes}개", ""]
    if i == 0:
        out += ["생성됨", f"{P[0][1].month}월 {P[0][1].day}일", "최근 답글", f"{P[-1][1].month}월 {P[-1][1].day}일",
                str(len(P) - 1), "답글", "437", "조회수", str(len({p[0] for p in P})), "사용자",
                str(sum(p[2] for p in P)), "좋아요", str(len(links)), "링크", ""]
out += ["답글", "", "관련 주제", "",
        "주제\t답글\t조회수\t활동",
        "한국어 LLM 파인튜닝 경험 공유 (LoRA, 4bit)\t12\t1.8k\t4월",
        "KLUE 벤치마크 재현이 잘 안 됩니다\t5\t623\t3월",
        "[PyTorch 2.3] torch.compile로 BERT 추론 속도 올리기\t3\t910\t5월", "",
        "Powered by Discourse, best viewed with JavaScript enabled"]
write_only(F1524, "\n".join(out) + "\n", keys(F1524))
