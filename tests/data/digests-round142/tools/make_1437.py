#!/usr/bin/env python3
"""1437: a Korean graduate course syllabus (강의계획서) of an invented university, shown in the portal's OZ Report
viewer and saved from it as text (저장 > TXT): UTF-8 with a BOM, CR LF, one report row per line with its cells
joined by tabs, a form feed between pages, the report's page header repeated from page 2 and a `- p / N -` footer on
every page. The week table's dates are Tuesdays computed from the first class (Chuseok week cancelled); the points
and the core-competency shares add up to 100. Not papers: the Szeliski and d2l books, PyTorch, timm, Detectron2,
MMDetection, COCO, ImageNet-1K, the lab's GPU server, the e-Campus LMS; ViT, DETR, ResNet, YOLO, LeNet are names."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_raw
from make_expected import F1437, keys, LENET

U = "한결과학기술대학교"
HEAD = "2024학년도 2학기 강의계획서"
CODE = "AIE6214-01"
NAME = "고급 컴퓨터비전 특론"
first = dt.date(2024, 9, 3)
assert first.weekday() == 1  # 화요일

rows = [
 HEAD, f"{U} 대학원",
 "",
 "■ 교과목 정보",
 f"교과목명\t{NAME}\t학수번호-분반\t{CODE}",
 "영문교과목명\tAdvanced Topics in Computer Vision",
 "이수구분\t전공선택\t학점(이론-실습)\t3(3-0)",
 "강의시간\t화 15:00~17:45\t강의실\t공학2관 B417",
 "수강정원\t24명\t수업방식\t대면 (녹화강의 병행)",
 "담당교수\t윤서진\t소속\t인공지능융합학과",
 "연구실\t공학2관 B405\t내선\t2417",
 "E-mail\tsjyoon@hangyeol.example.ac.kr\t면담시간\t목 14:00~16:00 (e-Campus 메시지로 사전 예약)",
 "조교\t박도윤 (박사과정)\tE-mail\tdoyun.park@hangyeol.example.ac.kr",
 "",
 "■ 교과목 개요",
 "CNN에서 트랜스포머 기반 백본으로 이어지는 최근 컴퓨터비전 모델의 설계 원리를 논문 중심으로 학습한다. 매주 핵심 논문 1편을",
 "함께 읽고, 수강생은 학기 중 1회 논문을 발표하며, 기말 프로젝트로 공개 데이터셋에서 검출 또는 분류 모델을 재현·개선한다.",
 "",
 "■ 수업 목표",
 "1. 대표적인 비전 백본(CNN, ViT 계열)의 구조와 학습 방법을 설명할 수 있다.",
 "2. DETR 계열 객체 검출기의 구성 요소를 이해하고 구현 코드를 읽을 수 있다.",
 "3. 데이터 증강, 강건성, 지름길 학습(shortcut) 문제를 실험으로 확인할 수 있다.",
 "4. 영어 논문을 비판적으로 읽고 한국어로 발표·토론할 수 있다.",
 "",
 "■ 핵심역량 연계",
 "역량\t창의융합\t전문지식\t의사소통\t합계",
 "비율(%)\t30\t50\t20\t100",
 "",
 "■ 선수과목 및 수강요건",
 "딥러닝 (AIE5102) 또는 이에 준하는 과목 이수. PyTorch로 학습 루프를 작성할 수 있어야 함.",
 "",
 "■ 교재 및 참고자료",
 "주교재\tRichard Szeliski, Computer Vision: Algorithms and Applications, 2nd ed., Springer, 2022. (https://szeliski.org/Book/)",
 "부교재\tA. Zhang, Z. C. Lipton, M. Li, A. J. Smola, Dive into Deep Learning (https://d2l.ai), 14장 컴퓨터비전",
 "실습 환경\tPyTorch 2.3, timm, Detectron2 또는 MMDetection 3.x / 학과 GPU 서버 (RTX A6000 × 4) 계정은 2주차에 발급",
 "데이터셋\tCOCO 2017, ImageNet-1K (학과 서버 /data/shared 에 미리 내려받아 둠)",
 "",
 "■ 참고문헌 (주차별 읽기 논문)",
 f"[1]\tY. LeCun, L. Bottou, Y. Bengio, P. Haffner, \"{LENET},\" Proceedings of the IEEE, vol. 86, no. 11, pp. 2278-2324, 1998.",
 f"[2]\tM. Tan, Q. V. Le, \"{T('2104.00298')},\" ICML 2021, PMLR 139, pp. 10096-10106.",
 f"[3]\tZ. Liu et al., \"{T('2103.14030')},\" ICCV 2021. https://arxiv.org/pdf/2103.14030.pdf",
 f"[4]\tX. Zhai, A. Kolesnikov, N. Houlsby, L. Beyer, \"{T('2106.04560')},\" CVPR 2022. https://arxiv.org/abs/2106.04560",
 f"[5]\tX. Zhu et al., \"{T('2010.04159')},\" ICLR 2021. https://arxiv.org/abs/2010.04159",
 f"[6]\tG. Ghiasi et al., \"{T('2012.07177')},\" CVPR 2021, pp. 2918-2928.",
 f"[7]\tR. Geirhos et al., \"{T('2004.07780')},\" Nature Machine Intelligence 2, 665-673, 2020. arXiv:2004.07780",
 f"[8]\tY. Qiu et al., \"{T('2103.14146')},\" ICCV 2021. https://arxiv.org/abs/2103.14146",
 "※ ViT, DETR 원 논문은 배경지식으로 각자 읽어 올 것 (발표 대상 아님).",
 "",
 "■ 평가방법",
 "항목\t출석\t과제\t논문발표\t중간고사\t기말프로젝트\t합계",
 "비율(%)\t10\t20\t20\t20\t30\t100",
 "※ 결석 4회 이상(수업시간의 1/4 초과) 시 F 처리. 공결은 증빙서류 제출 시 인정.",
 "",
 "■ 주차별 강의계획",
 "주차\t날짜\t강의내용\t읽기자료 / 과제",
]
WEEKS = [
 ("오리엔테이션, CNN 복습 (LeNet에서 ResNet까지)", "[1] 1~2절"),
 ("효율적인 CNN 설계와 학습 속도", "[2], 과제 1 공지 (timm으로 ImageNet 부분집합 학습)"),
 ("추석 연휴 휴강", "보강: e-Campus 녹화강의 \"ViT 입문\" 시청"),
 ("ViT 이후의 백본: 지역 윈도우 어텐션", "[3]"),
 ("트랜스포머 백본의 스케일링 법칙", "[4], 과제 1 제출"),
 ("객체 검출 1: DETR과 변형 어텐션", "[5], 과제 2 공지 (Detectron2/MMDetection 중 택1)"),
 ("데이터 증강과 인스턴스 분할", "[6]"),
 ("중간고사", "범위: 1~7주차"),
 ("강건성과 지름길 학습", "[7], 과제 2 제출"),
 ("비전-언어: 변화 설명과 위치 추정", "[8]"),
 ("논문 발표 1 (수강생 4명)", "발표 논문은 6주차까지 e-Campus 게시판에 신청"),
 ("논문 발표 2 (수강생 4명)", ""),
 ("YOLO 계열과 실시간 검출 (초청강연: 산업체 연구원)", "기말 프로젝트 제안서 제출"),
 ("프로젝트 중간 점검 (팀별 10분)", ""),
 ("기말 프로젝트 발표", "발표자료 전날 23:59까지 제출"),
 ("기말고사 기간 (시험 없음)", "프로젝트 최종 보고서 제출 (12/20 23:59)"),
]
for n, (what, read) in enumerate(WEEKS, 1):
    d = first + dt.timedelta(weeks=n - 1)
    rows.append(f"{n}\t{d:%m/%d}\t{what}\t{read}".rstrip("\t") if read else f"{n}\t{d:%m/%d}\t{what}\t")
rows += [
 "",
 "■ 수업 운영 및 유의사항",
 "- 녹화강의는 e-Campus 에 강의 후 2일 이내 업로드하며, 대면 수업을 대체하지 않음.",
 "- 생성형 AI(ChatGPT 등) 사용 시 보고서에 사용 범위를 명시할 것. 코드 표절은 0점 처리.",
 "- 장애학생은 장애학생지원센터를 통해 시험시간 연장, 대필 도우미 등을 신청할 수 있음.",
 "",
 "작성일: 2024-08-19\t작성자: 윤서진\t확인: 인공지능융합학과장",
]
assert sum([10, 20, 20, 20, 30]) == 100 and sum([30, 50, 20]) == 100

PER = 34  # report rows per page
pages = [rows[i:i + PER] for i in range(0, len(rows), PER)]
N = len(pages)
out = []
for p, pg in enumerate(pages, 1):
    lines = ([] if p == 1 else [f"{HEAD}\t{CODE}\t{NAME}", ""]) + pg
    while lines and not lines[-1]: lines.pop()
    lines += ["", f"- {p} / {N} -"]
    out.append("\r\n".join(lines) + "\r\n")
text = "\f".join(out)
write_raw(F1437, "\ufeff".encode() + text.encode("utf-8"), [text], keys(F1437))
