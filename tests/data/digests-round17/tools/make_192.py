#!/usr/bin/env python3
"""Builds digests/192_kakaotalk_pc_chat_export_llm_compression_study.txt: a KakaoTalk group chat exported with the
Windows PC client ("대화 내용 내보내기" → 텍스트 파일): UTF-8 with a byte-order mark and CRLF line ends (written from
the text below, which is kept with LF here). Layout: "<room> <members> 님과 카카오톡 대화", "저장한 날짜 : YYYY-MM-DD
HH:MM:SS", an empty line, then per day a separator "--------------- YYYY년 M월 D일 X요일 ---------------" and messages
"[name] [오전|오후 h:mm] text" (continuation lines of a multi-line message follow without a prefix), system lines
("…님이 …님을 초대했습니다.", "…님이 들어왔습니다.", "…님이 나갔습니다."), placeholders for photos, emoticons and files.

Evidence: an alphaXiv link, an arXiv pdf link and a Hugging Face paper link next to titles (link), "arXiv:ID" and a
bare id after a title (arxiv-text), English titles inside Korean messages (title-only). Non-papers: the bitsandbytes
and vLLM repositories, the PEFT docs, a velog post, a YouTube talk, a Google Sheet, a shared PDF of slides. AWQ,
SmoothQuant, FlashAttention, PagedAttention, Medusa, "친칠라 논문" are nicknames. Everything except titles and ids
is invented (people, times, room booking number 2313.40915)."""
import os

OUT = os.path.join(os.path.dirname(__file__), "..", "digests", "192_kakaotalk_pc_chat_export_llm_compression_study.txt")

TEXT = """LLM 경량화 스터디 5 님과 카카오톡 대화
저장한 날짜 : 2024-03-14 23:41:08

--------------- 2024년 3월 5일 화요일 ---------------
김지훈님이 박서연님, 이도윤님, 최유나님, 정민재님을 초대했습니다.
[김지훈] [오후 9:02] 안녕하세요! 이번 학기 LLM 경량화 스터디 방입니다 🙌
[김지훈] [오후 9:03] 매주 목요일 저녁 8시, 공학관 세미나실 (예약번호 2313.40915) 에서 해요. 못 오시는 분은 줌으로
[박서연] [오후 9:05] 넵 반갑습니다~
[이도윤] [오후 9:05] 이모티콘
[김지훈] [오후 9:10] 첫 주는 LoRA부터 가죠. 다들 아시겠지만 원 논문은
LoRA: Low-Rank Adaptation of Large Language Models (arXiv:2106.09685)
이고, 실습은 peft 문서 따라가면 됩니다 https://huggingface.co/docs/peft/index
[최유나] [오후 9:14] 그 다음 주에 QLoRA 하면 자연스럽겠네요
QLoRA: Efficient Finetuning of Quantized LLMs https://www.alphaxiv.org/abs/2305.14314
댓글 토론도 볼만해요
[최유나] [오후 9:15] NF4랑 double quantization, paged optimizer 세 개가 핵심이라 한 번에 발표 가능할 듯
[정민재] [오후 9:21] QLoRA 하려면 bitsandbytes 구조를 먼저 봐야 할 것 같은데, 그 전에 LLM.int8(): 8-bit Matrix Multiplication for Transformers at Scale 을 한 번 짚고 가면 좋겠어요. outlier feature 얘기가 거기 다 있어서
[정민재] [오후 9:21] https://github.com/TimDettmers/bitsandbytes
[박서연] [오후 9:30] 저는 GPTQ 발표하고 싶어요
GPTQ: Accurate Post-Training Quantization for Generative Pre-trained Transformers
https://arxiv.org/pdf/2210.17323.pdf
[박서연] [오후 9:31] AWQ, SmoothQuant 는 비교용으로 표에만 넣을게요
[김지훈] [오후 9:40] 좋아요. 발표 순서 시트에 적어주세요 https://docs.google.com/spreadsheets/d/1kq8Xw0ZpTnR3yV7uLm2bA5cD9eF4gH6i/edit#gid=0
[이도윤] [오후 10:02] 사진
[이도윤] [오후 10:02] 작년에 정리한 양자화 비교표인데 참고하세요 ㅎㅎ 숫자는 좀 오래됐어요

--------------- 2024년 3월 7일 목요일 ---------------
[최유나] [오후 7:48] 오늘 줌 링크 공지에 올렸습니다
[김지훈] [오후 8:01] 시작합니다~
[이도윤] [오후 9:37] 오늘 LoRA 발표 자료 공유드려요
[이도윤] [오후 9:37] 파일: 0307_LoRA_발표.pdf
[박서연] [오후 9:40] 수고하셨습니다! rank 실험 부분 재밌었어요
[정민재] [오후 9:52] 질문 나왔던 거 정리: 학습 쪽 메모리는 결국 optimizer state 가 문제라서, 배경으로 ZeRO: Memory Optimizations Toward Training Trillion Parameter Models 읽어보면 LoRA 가 왜 싸게 먹히는지 감이 와요
[김지훈] [오후 10:05] 그리고 다음 달 주제 후보 — 추론 최적화 쪽:
1) Fast Inference from Transformers via Speculative Decoding
2) Efficient Memory Management for Large Language Model Serving with PagedAttention https://huggingface.co/papers/2309.06180
3) FlashAttention 은 커널 얘기라 따로
[최유나] [오후 10:07] 2번은 vLLM 코드까지 같이 보면 좋겠어요 https://github.com/vllm-project/vllm
[박서연] [오후 10:09] 1번 하면 Medusa 같은 후속작도 한 장 정도 넣으면 좋겠네요
[이도윤] [오후 10:15] 이모티콘

--------------- 2024년 3월 12일 화요일 ---------------
[정민재] [오전 11:20] 혹시 스케일링 법칙 쪽도 한 번 할까요? 모델 줄이는 얘기만 하다 보니 애초에 얼마나 큰 모델을 얼마나 학습해야 하는지가 궁금해져서
[정민재] [오전 11:21] Scaling Laws for Neural Language Models 2001.08361 이랑
Training Compute-Optimal Large Language Models (친칠라 논문) 같이 보면 딱일 듯
[김지훈] [오후 12:03] 좋아요 👍 4월 첫 주로 넣을게요
[최유나] [오후 1:44] 이 블로그 정리 괜찮더라구요 https://velog.io/@yuna_choi/chinchilla-scaling-정리
[박서연] [오후 6:30] 그리고 저 RLHF 도 궁금한데, 경량화랑은 좀 멀려나요?
[김지훈] [오후 6:41] 멀긴 한데 한 번쯤은 괜찮을 듯. Training language models to follow instructions with human feedback 하나만 보고 DPO 는 말로만 설명하는 걸로
[이도윤] [오후 6:45] 디코딩 쪽도 하나 추천: The Curious Case of Neural Text Degeneration
nucleus sampling 원 논문이에요. speculative decoding 하기 전에 샘플링 방식 정리용으로 좋아요
[이도윤] [오후 6:46] 유튜브 강의도 있어요 https://www.youtube.com/watch?v=Q6g2d8Jq0xA
최유나님이 나갔습니다.
[김지훈] [오후 7:02] 앗 유나님 실수로 나가신 듯… 다시 초대할게요
김지훈님이 최유나님을 초대했습니다.
[최유나] [오후 7:05] ㅋㅋㅋ 폰 정리하다가 죄송합니다

--------------- 2024년 3월 14일 목요일 ---------------
[김지훈] [오후 7:55] 오늘 QLoRA 발표는 서연님 → 유나님으로 바뀌었어요
[최유나] [오후 9:48] 발표 끝! 자료 올립니다
[최유나] [오후 9:48] 파일: 0314_QLoRA_NF4.pdf
[정민재] [오후 10:12] 삭제된 메시지입니다.
[정민재] [오후 10:13] 다음 주 GPTQ 전에 LLM.int8 부분 15분 정도 제가 복습할게요
[박서연] [오후 11:40] 넵 감사합니다 🙏
"""


def build():
    with open(OUT, "w", encoding="utf-8-sig", newline="") as fh:
        fh.write(TEXT.replace("\n", "\r\n"))


if __name__ == "__main__":
    build()
