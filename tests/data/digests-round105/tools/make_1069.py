#!/usr/bin/env python3
"""1069: a Korean NLP study group's posts on Naver BAND, as the BAND Open API answered
`GET https://openapi.band.us/v2/band/posts?access_token=…&band_key=…&locale=ko_KR` (saved by the leader's backup
script): compact JSON, UTF-8 raw, no final newline; `result_code` 1, `result_data` with `paging` (no other page) and
`items`, newest first — each post with content (newlines as `\\n`, mentions as `<band:refer user_key="…">name</band:refer>`),
author (name, description, role, profile_image_url, user_key), post_key, comment_count, created_at in ms, photos
(a whiteboard photo uploaded with its post), emotion_count, latest_comments (the last three at most, oldest first) and
band_key. The wikidocs book, Jay Alammar's blog post, the CS224N lecture video and the Zoom room are not papers;
"Seq2Seq", "Transformer", "ULMFiT", "GloVe", "GPT-1", "BERT", "XLNet", "ELECTRA", "word2vec", "ELMo" are nicknames."""
import hashlib, json, os, sys
from datetime import datetime, timedelta, timezone
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, GLOVE, GPT1

F = by_num(1069)
K = dict(seq="1409.3215", att="1706.03762", bert="1810.04805", ulmfit="1801.06146", xlnet="1906.08237",
         electra="2003.10555", glove=GLOVE, gpt1=GPT1)
KST = timezone(timedelta(hours=9))
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_"


def key(seed, prefix="AA"):
    h = hashlib.sha256(("band-" + seed).encode()).digest()
    return prefix + "".join(B64[b % 63] for b in h[:24 - len(prefix)])


def ms(mo, d, h, mi, s):
    return int(datetime(2024, mo, d, h, mi, s, tzinfo=KST).timestamp() * 1000)


BAND = key("band", "AAD")
U = {}
for seed, name, desc, role in [("mj", "김민준", "스터디장 · NLP 석사과정", "leader"), ("sy", "이서연", "", "member"),
                               ("jh", "박지호", "ML 엔지니어", "member"), ("yn", "최유나", "학부 4학년", "member"),
                               ("hw", "정현우", "", "member")]:
    U[seed] = {"name": name, "description": desc, "role": role,
               "profile_image_url": f"https://coresos-phinf.pstatic.net/a/{key(seed + 'img', '')[:6].lower()}/"
                                    f"{key(seed + 'file', '')[:10].lower()}_{hashlib.md5(seed.encode()).hexdigest()[:5]}.jpg",
               "user_key": key("user-" + seed, "AAA")}


def ref(u):
    return f'<band:refer user_key="{U[u]["user_key"]}">{U[u]["name"]}</band:refer>'


def comment(u, t, body):
    return {"body": body, "author": U[u], "created_at": t}


def post(seed, u, t, content, comments=(), emotions=0, photos=()):
    comments = sorted(comments, key=lambda c: c["created_at"])
    return {"content": content, "author": U[u], "post_key": key("post-" + seed, "AAB"), "comment_count": len(comments),
            "created_at": t, "photos": list(photos), "emotion_count": emotions, "latest_comments": comments[-3:],
            "band_key": BAND}


t_board = ms(3, 2, 23, 18, 40)
photo = {"height": 1080, "width": 1440, "created_at": t_board,
         "url": "https://coresos-phinf.pstatic.net/a/2j8d1h/c_fbhUd018svc1x0k2mq3r5t7v_8wlq2n.jpg",
         "author": U["yn"], "photo_album_key": None, "photo_key": key("photo-board", "AAC"), "comment_count": 0,
         "emotion_count": 2, "is_video_thumbnail": False}

items = [
 post("w5", "mj", ms(3, 5, 21, 3, 12),
      f"""[5주차 공지] 3/9(토) 오전 10시, 온라인

이번 주는 번역 모델 두 편입니다.
1) {T(K["seq"])}
https://arxiv.org/abs/1409.3215
발제: {ref("sy")}

2) {T(K["att"])}
https://arxiv.org/abs/1706.03762
발제: {ref("jh")}

Seq2Seq에서 attention을 거쳐 Transformer까지 한 번에 이어서 보려고 묶었어요. Zoom 링크는 당일 아침에 올리겠습니다.""",
      comments=[comment("sy", ms(3, 5, 21, 40, 2), "넵! 발표자료는 금요일까지 공유할게요"),
                comment("hw", ms(3, 5, 22, 15, 51), "Transformer는 코드도 같이 보면 좋을 것 같아요. The Annotated Transformer 블로그 추천합니다 (논문 아님)"),
                comment("jh", ms(3, 6, 8, 2, 33), f"{ref('hw')} 좋아요, 포지셔널 인코딩 부분은 코드로 보여드릴게요"),
                comment("mj", ms(3, 6, 9, 11, 7), "다들 감사합니다 🙏")], emotions=6),
 post("w4-review", "yn", t_board,
      f"""4주차 정리 + 질문 하나 (발제: 최유나)

{T(K["ulmfit"])} (Howard & Ruder, arXiv:1801.06146)
- 3단계: 일반 LM 사전학습 → 타깃 도메인 LM 미세조정 → 분류기 미세조정
- discriminative fine-tuning: 층마다 학습률을 다르게 (위층일수록 크게)
- slanted triangular LR, gradual unfreezing

질문: gradual unfreezing을 요즘 BERT 계열 미세조정에서도 쓰나요? 화이트보드 사진 첨부합니다.""",
      comments=[comment("mj", ms(3, 3, 0, 5, 44), "요즘은 거의 안 쓰는데, 데이터가 아주 적을 때는 아직 도움이 된다는 얘기가 있어요"),
                comment("jh", ms(3, 3, 9, 30, 18), "LLRD(layer-wise lr decay)가 사실상 같은 아이디어의 후손이죠")],
      emotions=4, photos=[photo]),
 post("season3", "mj", ms(2, 27, 20, 0, 5),
      f"""📚 NLP 고전 논문 스터디 시즌 3 커리큘럼 (수정본: 5주차부터 순서 변경, 매주 토요일 10시)

1주차 {T(K["glove"])} — EMNLP 2014 ✔
2주차 {T(K["gpt1"])} — OpenAI 2018 (arXiv에는 없음, OpenAI 사이트 PDF) ✔
3주차 {T(K["bert"])} — arXiv:1810.04805 ✔
4주차 {T(K["ulmfit"])}
5주차 Seq2Seq + Transformer (공지 따로)
6주차 {T(K["xlnet"])}
7주차 {T(K["electra"])}
8주차 자유 주제 (LLM 쪽 희망자 받습니다)

5주차부터 발제 신청은 댓글로! 배경지식이 부족하면 위키독스 『딥 러닝을 이용한 자연어 처리 입문』(https://wikidocs.net/book/2155, 책) 워드 임베딩 장을 먼저 보세요.""",
      comments=[comment("sy", ms(2, 27, 20, 12, 40), "5주차 Seq2Seq 발제 할게요"),
                comment("jh", ms(2, 27, 20, 31, 9), "저는 5주차 Transformer랑 7주차 ELECTRA요"),
                comment("yn", ms(2, 27, 21, 2, 55), "4주차 끝나고 정리 글 올릴게요!"),
                comment("hw", ms(2, 28, 7, 48, 20), "6주차 XLNet 하겠습니다. permutation LM 어렵네요 😅"),
                comment("mj", ms(2, 28, 8, 3, 1), f"{ref('hw')} 감사합니다. 8주차는 투표로 정할게요")], emotions=9),
 post("resources", "jh", ms(2, 24, 14, 22, 37),
      """스터디 전에 보면 좋은 자료 공유합니다 (논문 아님)

- Stanford CS224N 강의 (YouTube): https://www.youtube.com/playlist?list=PLoROMvodv4rMFqRtEuo6SGjY4XbRIVRd4
- Jay Alammar, The Illustrated Transformer: https://jalammar.github.io/illustrated-transformer/
- word2vec, ELMo는 이번 시즌에서 빠졌지만 CS224N 2강에서 다룹니다""",
      comments=[comment("yn", ms(2, 24, 15, 1, 2), "감사합니다! 강의 2강부터 볼게요")], emotions=7),
]
data = {"result_code": 1, "result_data": {"paging": {"previous_params": None, "next_params": None}, "items": items}}
text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
write_only(F, text, keys(F))
