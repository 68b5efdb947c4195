#!/usr/bin/env python3
"""1722: a CSV export of an Adobe Workfront task report (the Korean interface), Korean: UTF-8 with a BOM, CR LF, every
field quoted (csv.QUOTE_ALL), the report's columns in Korean (작업 번호, 작업 이름, 프로젝트 이름, 상태, 할당 대상,
계획된 시작 날짜, 계획된 완료 날짜, 완료율, 설명), 10 tasks of one project with multi-line descriptions in Korean that
name the papers the team reads for its fine-tuning work. The company, the project «사내 상담봇 경량 미세조정 (2025 상반기)»,
its people and the task numbers are invented; Hugging Face PEFT, bitsandbytes, KoAlpaca-style data, an A100 and vLLM
appear as what they are. Nicknames LoRA, QLoRA, BitFit, P-tuning, T-Few, (IA)³, AdamW appear where the papers are
written in full."""
import csv, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_raw
from make_expected import by_num, keys
F = by_num(1722)
HEAD = ["작업 번호", "작업 이름", "프로젝트 이름", "상태", "할당 대상", "계획된 시작 날짜", "계획된 완료 날짜", "완료율", "설명"]
PRJ = "사내 상담봇 경량 미세조정 (2025 상반기)"
rows = [
    ("1", "논문 조사: 저랭크 어댑터", "완료", "김지훈", "2025-01-06", "2025-01-10", "100",
     f"{T('2106.09685')}\nhttps://arxiv.org/abs/2106.09685\n\nr=8, alpha=16 기준으로 Hugging Face PEFT 설정 초안 작성."),
    ("2", "논문 조사: 4비트 양자화 + 어댑터", "완료", "박서연", "2025-01-06", "2025-01-14", "100",
     f"{T('2305.14314')}\nhttps://arxiv.org/pdf/2305.14314v1\n\nbitsandbytes NF4로 A100 1장에서 13B 학습 가능한지 확인."),
    ("3", "프롬프트 계열 방법 비교", "완료", "이민재", "2025-01-13", "2025-01-24", "100",
     f"- {T('2101.00190')} (https://arxiv.org/abs/2101.00190)\n- {T('2103.10385')} (Liu et al., 2021)\n\n분류형 질의에서는 P-tuning이 더 안정적이었음."),
    ("4", "어댑터 레이어 베이스라인", "진행 중", "박서연", "2025-01-20", "2025-02-07", "60",
     f"{T('1902.00751')}\nhttps://arxiv.org/abs/1902.00751v2\n\n병목 크기 64, 레이어마다 2개 삽입."),
    ("5", "편향만 학습하는 방법 재현", "진행 중", "이민재", "2025-01-27", "2025-02-14", "40",
     f"{T('2106.10199')} (Ben Zaken et al., ACL 2022)\n인코더 분류 모델(상담 의도 분류)에만 적용 예정."),
    ("6", "(IA)³ / T-Few 검토", "새로 만들기", "김지훈", "2025-02-03", "2025-02-21", "0",
     f"{T('2205.05638')} (arXiv:2205.05638)\n소수 샷 설정에서 ICL 대비 비용 비교표 만들기."),
    ("7", "옵티마이저 설정 정리", "새로 만들기", "정하은", "2025-02-10", "2025-02-14", "0",
     f"AdamW 가중치 감쇠 값 정리: {T('1711.05101')} (Loshchilov & Hutter, ICLR 2019) 참고.\n학습률 스케줄은 cosine, warmup 3%."),
    ("8", "학습 데이터 정제", "진행 중", "정하은", "2025-02-10", "2025-03-07", "25",
     "상담 로그 12만 건 중 개인정보 마스킹 완료분만 사용.\nKoAlpaca 형식으로 변환 후 중복 제거."),
    ("9", "서빙 테스트 (vLLM)", "새로 만들기", "최우진", "2025-03-03", "2025-03-14", "0",
     "어댑터 여러 개를 한 서버에서 서빙할 수 있는지 확인.\nvLLM의 multi-LoRA 옵션 테스트."),
    ("10", "중간 보고", "새로 만들기", "김지훈", "2025-03-17", "2025-03-21", "0",
     "팀장 보고용 슬라이드 10장 이내.\n방법별 메모리 사용량, 정확도, 학습 시간 표 포함."),
]
o = io.StringIO()
w = csv.writer(o, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
w.writerow(HEAD)
for n, name, st, who, s, e, pc, desc in rows:
    w.writerow([f"TSK-{2400 + int(n)}", name, PRJ, st, who, s, e, pc, desc.replace("\n", "\r\n")])
text = "\ufeff" + o.getvalue()
write_raw(F, text.encode("utf-8"), [text], keys(F))
