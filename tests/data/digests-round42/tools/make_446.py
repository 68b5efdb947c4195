#!/usr/bin/env python3
"""446 (NEGATIVE): a Korean university lab's seminar page as served HTML: doctype, <html lang="ko">, meta tags, a
nav bar, a 공지 box, a table of this term's seminar talks (date, speaker, affiliation, talk title, room), a list of
tools and infrastructure, deadlines, contacts with example-domain e-mails, a footer. Talks, tools, repositories,
deadlines and people only: no paper is referenced. The builder refuses any catalogue title and any arXiv-shaped
number."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import F446

talks = [
 ("2024-03-14", "목", "김하늘", "본 연구실 박사과정", "사내 GPU 클러스터에서 Slurm으로 분산 학습 돌리기 — 실패담 위주로", "302동 311호"),
 ("2024-03-28", "목", "Daniel Ortega", "Example Robotics (초청)", "From Sim to Warehouse: Lessons from Deploying Pick-and-Place Policies", "302동 311호 + Zoom"),
 ("2024-04-11", "목", "박서연", "본 연구실 석사과정", "평가 하네스 비교: 같은 모델, 다른 점수가 나오는 이유", "302동 311호"),
 ("2024-04-25", "목", "—", "—", "중간고사 주간 — 세미나 없음", "—"),
 ("2024-05-09", "목", "이준호", "예시대학교 산업공학과 (초청)", "제조 공정 데이터에서의 이상 탐지: 현장 적용 사례", "Zoom"),
 ("2024-05-23", "목", "최민재", "본 연구실 박사후연구원", "JAX로 옮기면서 배운 것들: pjit, 체크포인트, 재현성", "302동 311호"),
 ("2024-06-05", "수", "전체", "—", "학기말 포스터 세션 및 회식", "301동 로비"),
]
rows = "\n".join(
    f"""        <tr>
          <td>{d} ({w})</td>
          <td>{s}</td>
          <td>{a}</td>
          <td>{ti}</td>
          <td>{r}</td>
        </tr>""" for d, w, s, a, ti, r in talks)
text = f"""<!DOCTYPE html>
<html lang="ko">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>세미나 | 예시대학교 지능시스템 연구실</title>
  <meta name="description" content="지능시스템 연구실 2024년 1학기 세미나 일정, 공지, 연구 인프라 안내">
  <link rel="stylesheet" href="/assets/css/main.css?v=20240301">
  <link rel="icon" href="/favicon.ico">
</head>
<body>
  <header class="site-header">
    <a class="logo" href="/">ISL · 지능시스템 연구실</a>
    <nav>
      <ul>
        <li><a href="/">홈</a></li>
        <li><a href="/members/">구성원</a></li>
        <li><a href="/projects/">프로젝트</a></li>
        <li class="active"><a href="/seminar/">세미나</a></li>
        <li><a href="/join/">연구실 지원</a></li>
        <li><a href="/en/seminar/">English</a></li>
      </ul>
    </nav>
  </header>

  <main class="container">
    <h1>2024년 1학기 연구실 세미나</h1>
    <div class="notice">
      <strong>공지</strong> 세미나는 격주 목요일 16:00–17:30에 진행됩니다. 외부 참석을 원하시면
      <a href="mailto:seminar@isl.example.ac.kr">seminar@isl.example.ac.kr</a>로 미리 연락 주세요.
      Zoom 링크는 연구실 Slack <code>#seminar</code> 채널에만 공유합니다.
    </div>

    <h2 id="schedule">일정</h2>
    <table class="schedule">
      <thead>
        <tr>
          <th>날짜</th>
          <th>발표자</th>
          <th>소속</th>
          <th>제목</th>
          <th>장소</th>
        </tr>
      </thead>
      <tbody>
{rows}
      </tbody>
    </table>
    <p class="small">※ 발표 자료는 발표 후 1주일 이내에 <a href="https://drive.example.com/isl-seminar">공유 드라이브</a>에 올라갑니다. 초청 강연 자료는 연사 동의가 있을 때만 공개합니다.</p>

    <h2 id="infra">연구 인프라 &amp; 도구</h2>
    <ul>
      <li><b>클러스터</b>: A100 80GB × 16 (노드 2대), Slurm 23.x, 사용 신청은 <a href="/infra/request/">신청 폼</a></li>
      <li><b>실험 관리</b>: Weights &amp; Biases 팀 계정 (<code>isl-team</code>), MLflow 서버는 3월 말 종료 예정</li>
      <li><b>코드</b>: 연구실 GitHub 조직 <a href="https://github.com/isl-example">github.com/isl-example</a> — 템플릿 저장소 <code>isl-example/project-template</code> 사용 권장</li>
      <li><b>문서</b>: 연구실 위키(Notion), 논문 PDF는 Zotero 그룹 라이브러리에만 올릴 것</li>
      <li><b>라이브러리</b>: PyTorch 2.2, JAX 0.4, Hugging Face Transformers, Lightning — 버전은 <code>environment.yml</code> 참고</li>
    </ul>

    <h2 id="deadlines">주요 일정</h2>
    <ul>
      <li>3월 29일(금): 여름 인턴십 지원서 마감 (학과 사무실)</li>
      <li>4월 19일(금): 학과 대학원 연구 발표회 초록 제출</li>
      <li>5월 17일(금): 한국정보과학회 학술대회 논문 제출 마감 — 지도교수 검토는 1주 전까지</li>
      <li>6월 5일(수): 학기말 포스터 세션</li>
    </ul>

    <h2 id="contact">문의</h2>
    <p>세미나 담당: 박서연 (<a href="mailto:seoyeon.park@isl.example.ac.kr">seoyeon.park@isl.example.ac.kr</a>)<br>
    연구실 행정: 정유진 (<a href="mailto:admin@isl.example.ac.kr">admin@isl.example.ac.kr</a>, 내선 4127)</p>
  </main>

  <footer class="site-footer">
    <p>© 2024 예시대학교 지능시스템 연구실 · 서울특별시 관악구 예시로 1, 302동 310호</p>
    <p>마지막 수정: 2024년 3월 11일</p>
  </footer>
</body>
</html>
"""
write(F446, text, negative=True)
