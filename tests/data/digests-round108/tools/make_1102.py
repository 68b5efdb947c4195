#!/usr/bin/env python3
"""1102: the answers of a Korean lab's reading-group nomination form (네이버 폼, "LLM 평가·에이전트 읽기모임 논문 추천"),
downloaded as Excel and saved by the organiser in Excel as "CSV (쉼표로 분리)": CP949 (no BOM), CRLF row ends, a CRLF
after the last row, Excel's minimal quoting (a field quoted only when it holds a comma, a quote or a line break;
quotes doubled), answers in submission order with Naver Form's `YYYY.MM.DD HH:MM:SS` answer time. People paste titles
from wherever they found them (one with a doubled space), links or `arXiv:` ids in the optional link column, and
multi-line reasons. The Chatbot Arena leaderboard, the LangChain docs and a YouTube talk are not papers; "MT-Bench",
"MMLU", "ReAct", "RT-2", "SBERT", "GloVe", "Dodrio" are nicknames."""
import csv, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_encoded, CAT
from make_expected import by_num, keys, GLOVE

F = by_num(1102)
K = dict(judge="2306.05685", lost="2307.03172", react="2210.03629", mmlu="2009.03300", rt2="2307.15818",
         dodrio="2103.14625", sbert="1908.10084", glove=GLOVE)
HEAD = ["응답일시", "이름", "소속(연구실)", "추천 논문 제목", "링크 (선택)", "추천 이유", "발표 가능 여부"]
ROWS = [
 ["2024.02.26 10:12:31", "김도윤", "NLP연구실", T(K["judge"]), f"https://arxiv.org/abs/{K['judge']}",
  "LLM 평가를 GPT-4로 대신할 수 있는지.\n리더보드도 같이 보면 좋음: https://chat.lmsys.org/?leaderboard", "가능"],
 ["2024.02.26 13:47:05", "이서연", "NLP연구실", T(K["lost"]).replace(": ", ":  "), f"https://arxiv.org/pdf/{K['lost']}.pdf",
  "RAG 할 때 문서 순서가 왜 중요한지 보여주는 실험, 그림 1만 봐도 됨", "가능"],
 ["2024.02.27 09:03:58", "박지훈", "비전연구실", T(K["rt2"]), "",
  "로봇 쪽도 한 편 정도? 링크는 프로젝트 페이지밖에 못 찾음", "불가 (3월 학회)"],
 ["2024.02.27 21:30:14", "최유나", "HCI연구실", T(K["dodrio"]), "",
  "어텐션 시각화 도구 논문. 평가 주제와는 조금 다르지만 발표 자료 만들 때 참고", "가능"],
 ["2024.02.28 11:19:42", "정민재", "NLP연구실", f'ReAct - "{T(K["react"])}"', f"https://openreview.net/forum?id={CAT[K['react']]['openreview_id']}",
  "에이전트 기본. LangChain 문서(https://python.langchain.com/docs/modules/agents/)도 같이", "가능"],
 ["2024.02.28 16:55:09", "한승우", "NLP연구실", T(K["mmlu"]), f"arXiv:{K['mmlu']}",
  "다들 아는 벤치마크지만 원문은 안 읽어본 사람이 많아서", "가능"],
 ["2024.02.29 08:40:27", "윤하은", "정보검색연구실", f"{T(K['sbert'])}, {T(K['glove'])}", "",
  "임베딩 평가 쪽으로 두 편 묶어서 (GloVe는 EMNLP 2014, arXiv 없음)", "가능"],
 ["2024.03.01 23:02:16", "김도윤", "NLP연구실", "MT-Bench 관련 유튜브 강연", "https://www.youtube.com/watch?v=Q9tI3LxG8hE",
  "논문은 위에 올린 것과 같음. 강연만 참고로", "-"],
]
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n")
w.writerow(HEAD)
w.writerows(ROWS)
text = buf.getvalue()
write_encoded(F, text, "cp949", keys(F))
