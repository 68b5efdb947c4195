#!/usr/bin/env python3
"""1045: a Naver Cafe post of a Korean deep-learning study cafe, copied from the PC article view (the article frame
selected with Ctrl+A, pasted as plain text; LF): the board name with `>`, the title, the writer box (nickname, member
level, 1:1 채팅, `YYYY.MM.DD. HH:MM`, `조회 N`), `댓글 N` / `URL 복사`, the attachment box (첨부파일 N, 내 PC 저장,
MYBOX 저장), the body (the presenter's week-3 summary of self-supervised representation learning with ■ sections, a
numbered list in "nickname – title" and "nickname (title)" forms, URLs on their own lines, next week's preview), then
`…님의 게시글 더보기`, 좋아요 / 댓글 / 공유 / 신고, the comment list (등록순 최신순; nickname, level, the 작성자 badge on
the writer's replies, text, `YYYY.MM.DD. HH:MM 답글쓰기`), the empty comment box and 목록 / 이전글 / 다음글. One
comment names a paper in a sentence. The facebookresearch/dino repository, a YouTube video and the slides are not
papers; "MoCo", "SimSiam", "DINO", "MAE", "BEiT", "wav2vec 2.0", "SimCLR", "BYOL" are nicknames."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(1045)
K = dict(moco="1911.05722", dino="2104.14294", dinov2="2304.07193", c2d="2103.13646", hubert="2106.07447",
         simsiam="2011.10566", mae="2111.06377", rethink="2006.06882")
WRITER, LEVEL = "준호ML", "열심회원"
BODY = f"""안녕하세요, 이번 주 발표자 준호입니다. 3주차 발표 자료랑 논문 목록 정리해서 올립니다.
슬라이드는 위 첨부파일 확인해 주세요. (발표 녹화는 화질이 안 좋아서 안 올렸어요 ㅠ)

■ 이번 주에 다룬 논문

1. MoCo – {T(K['moco'])}
https://arxiv.org/abs/1911.05722
→ 큐(queue) + 모멘텀 인코더로 negative를 많이 확보하는 게 핵심. SimCLR처럼 배치를 키울 필요가 없음

2. SimSiam ({T(K['simsiam'])})
→ negative도, 모멘텀 인코더도 없이 stop-gradient 하나로 붕괴(collapse)를 막는다는 게 제일 놀라웠어요. 논문이 짧으니 꼭 읽어보세요!!

3. DINO – {T(K['dino'])}
https://arxiv.org/abs/2104.14294
→ self-distillation. BYOL이랑 구조는 비슷한데 ViT에서 attention map이 물체 경계를 그대로 따라가는 게 신기함

4. {T(K['dinov2'])}
https://arxiv.org/pdf/2304.07193.pdf
→ 모델보다 데이터 큐레이션(LVD-142M) 파트가 의외로 제일 중요했음. 코드는 facebookresearch/dino 레포 참고

■ 다음 주(4주차) 예고
- {T(K['mae'])} (MAE) – 민지님 발표
- 음성 쪽 SSL로 {T(K['hubert'])} (arXiv:2106.07447) – 성훈님 발표
- 장소: 강남역 스터디카페 3층 (3/21 목 저녁 8시), 온라인은 기존 줌 링크 그대로

■ 참고
- 지난주에 노이즈 라벨 질문 나왔을 때 말씀드린 논문:
{T(K['c2d'])}
https://openreview.net/forum?id=uB5x7Y2qsFR
- 유튜브에 DINO 설명 영상 괜찮은 게 많으니 발표 전에 하나 보고 오시면 좋아요.

질문 있으시면 댓글 남겨주세요~"""
COMMENTS = [
    ("민지", "성실회원", False, "MAE 발표 준비하겠습니다! 혹시 BEiT도 같이 다룰까요?", "2024.03.15. 00:11"),
    (WRITER, LEVEL, True, "MAE만으로도 분량이 꽤 많아서 BEiT는 비교 슬라이드 한 장 정도면 충분할 것 같아요 ㅎㅎ",
     "2024.03.15. 00:26"),
    ("성훈", "새싹회원", False, "HuBERT는 wav2vec 2.0이랑 비교하면서 하겠습니다. 자료 감사해요", "2024.03.15. 09:42"),
    ("데이터덕후", "우수회원", False,
     f"SimSiam 얘기 나온 김에, {T(K['rethink'])} 도 같이 보면 좋을 것 같아요. 사전학습이 항상 도움이 되는 건 "
     "아니라는 결과가 있어서 이번 주 내용이랑 대비돼요", "2024.03.15. 13:05"),
    (WRITER, LEVEL, True, "오 좋네요! 5주차 후보에 넣어둘게요", "2024.03.15. 13:40"),
    ("코딩하는감자", "새싹회원", False, "정리 감사합니다~ 이번 주는 못 갔는데 덕분에 따라갈 수 있겠네요", "2024.03.16. 21:17"),
]
lines = ["논문 스터디 >", "[SSL 스터디] 3주차 정리 – 자기지도 표현학습 (MoCo부터 DINOv2까지)", "", "프로필 사진", WRITER,
         LEVEL, "1:1 채팅", "2024.03.14. 23:02조회 187", "", f"댓글 {len(COMMENTS)}", "URL 복사", "", "첨부파일 1",
         "3주차_SSL_준호.pdf", "내 PC 저장", "MYBOX 저장", ""]
lines += BODY.split("\n")
lines += ["", f"{WRITER}님의 게시글 더보기", "", "좋아요 12", f"댓글 {len(COMMENTS)}", "공유", "신고", "", "댓글", "등록순",
          "최신순", ""]
for nick, lvl, mine, text, when in COMMENTS:
    lines += ["프로필 사진", nick, lvl] + (["작성자"] if mine else []) + [text, f"{when} 답글쓰기", ""]
lines += ["준호ML", "댓글을 남겨보세요", "0/3000", "등록", "", "목록", "이전글", "다음글", ""]
text = "\n".join(lines)
write_only(F, text, keys(F))
