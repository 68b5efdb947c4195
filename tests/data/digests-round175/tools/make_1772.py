#!/usr/bin/env python3
"""1772: a Korean lab website's Angular standalone component (`reading-group.component.ts`, Angular 17: signals,
`computed`, the built-in control flow `@for … track` / `@if … as` / `@else` / `@empty` in an inline template, `styles`
as one string). The seminar schedule is kept as data in the class; each session object has the interface's keys in
the interface's order; dates are weekly Wednesdays from the first one, the election-day week skipped; `arxivId` holds
a bare id that paperHref() turns into a link at run time. Written by hand in the real thing; here from the modelled
schedule."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1772)
D0 = dt.date(2024, 3, 6)
SKIP = {5}  # 4/10 국회의원 선거일
# (presenter, title, url, arxivId, venue, memo)
S = [
 ("김민준", T("2103.00020"), "https://arxiv.org/abs/2103.00020", None, "ICML 2021", "CLIP. 대조 학습으로 4억 쌍 학습, zero-shot 평가 방식 정리"),
 ("이서연", T("2102.05918"), None, "2102.05918", "ICML 2021", "ALIGN. 노이즈 많은 alt-text 18억 쌍, CLIP과 비교"),
 ("박지훈", T("2303.15343"), "https://arxiv.org/abs/2303.15343v4", None, "ICCV 2023", "SigLIP. softmax 대신 sigmoid 손실, 배치 크기 실험"),
 ("최유진", T("2103.03230"), "https://arxiv.org/abs/2103.03230", None, "ICML 2021", "중복성 감소 목적함수. 음성 쌍 없이 학습"),
 ("정하은", T("2004.11362"), None, None, "NeurIPS 2020", "레이블을 쓰는 대조 손실. 인쇄본 배포 예정"),
 ("강도윤", T("2011.04419"), None, None, "ICML 2021", "mixup 기반 양성 쌍 생성, 도메인 무관"),
 ("김민준", T("2106.13884"), None, None, "NeurIPS 2021", "Frozen. 언어 모델은 고정하고 비전 인코더만 학습"),
 ("이서연", T("2304.08485"), "https://arxiv.org/pdf/2304.08485", None, "NeurIPS 2023", "LLaVA. GPT-4로 만든 지시 데이터, 데모 시연"),
 ("조교", "실습: OpenCLIP으로 zero-shot 분류 재현 (코드 리뷰)", "https://github.com/mlfoundations/open_clip", None, "실습", "노트북 지참, GPU 서버 계정 미리 확인"),
]
LINKS = [
 ("Stanford CS231n 강의 노트", "https://cs231n.github.io/"),
 ("Hugging Face Transformers 문서: CLIP", "https://huggingface.co/docs/transformers/model_doc/clip"),
 ("연구실 세미나 자료실", "https://lab.example.ac.kr/seminar"),
]


def q(s):
    if s is None: return "null"
    assert "'" not in s and "\\" not in s
    return "'" + s + "'"


def build():
    dates, d, i = [], D0, 0
    while len(dates) < len(S):
        if i not in SKIP: dates.append(d)
        d += dt.timedelta(days=7); i += 1
    L = ["import { Component, computed, signal } from '@angular/core';", "import { DatePipe } from '@angular/common';", "",
         "/** 세미나 한 회차 */", "interface Session {", "  date: string;", "  presenter: string;", "  title: string;",
         "  url: string | null;", "  arxivId: string | null;", "  venue: string;", "  memo: string;", "}", "",
         "// 2024년 1학기 비전-언어 세미나 (매주 수요일 16:00, 공학관 302호 + Zoom)",
         "// arxivId만 적어 두면 링크는 paperHref()가 만든다.", "// 4/10은 국회의원 선거일이라 휴강.", "",
         "@Component({", "  selector: 'app-reading-group',", "  standalone: true,", "  imports: [DatePipe],", "  template: `",
         '    <section class="reading-group">', "      <h2>비전-언어 세미나 (2024년 1학기)</h2>",
         "      <p class=\"lead\">발표자는 전날까지 슬라이드를 자료실에 올려 주세요.</p>",
         "      <label>", '        <input type="checkbox" [checked]="onlyUpcoming()" (change)="onlyUpcoming.set(!onlyUpcoming())" />',
         "        남은 회차만 보기", "      </label>", '      <ol class="sessions">', "        @for (s of shown(); track s.date) {",
         "          <li>", "            <time [attr.datetime]=\"s.date\">{{ s.date | date: 'M월 d일' }}</time>",
         '            <span class="presenter">{{ s.presenter }}</span>', "            @if (paperHref(s); as href) {",
         '              <a [href]="href" target="_blank" rel="noopener">{{ s.title }}</a>', "            } @else {",
         '              <span class="title">{{ s.title }}</span>', "            }", "            <small>{{ s.venue }} · {{ s.memo }}</small>",
         "          </li>", "        } @empty {", "          <li>남은 회차가 없습니다.</li>", "        }", "      </ol>",
         "      <h3>참고 자료</h3>", "      <ul>", "        @for (l of links; track l.href) {",
         '          <li><a [href]="l.href" target="_blank" rel="noopener">{{ l.label }}</a></li>', "        }", "      </ul>",
         "    </section>", "  `,", "  styles: `", "    .sessions li {", "      display: grid;", "      grid-template-columns: 6rem 4rem 1fr;",
         "      gap: 0.5rem;", "      padding: 0.4rem 0;", "    }", "    small {", "      color: #666;", "    }", "  `,", "})",
         "export class ReadingGroupComponent {", "  readonly sessions: Session[] = ["]
    for k, ((who, t, url, ax, venue, memo), day) in enumerate(zip(S, dates)):
        L.append(f"    {{ date: {q(day.isoformat())}, presenter: {q(who)}, title: {q(t)}, url: {q(url)}, arxivId: {q(ax)}, venue: {q(venue)}, memo: {q(memo)} }},")
    L += ["  ];", "", "  readonly links = ["]
    for n, u in LINKS:
        L.append(f"    {{ label: {q(n)}, href: {q(u)} }},")
    L += ["  ];", "", "  readonly onlyUpcoming = signal(false);", "  private readonly today = new Date().toISOString().slice(0, 10);",
          "  readonly shown = computed(() =>", "    this.onlyUpcoming() ? this.sessions.filter((s) => s.date >= this.today) : this.sessions,", "  );", "",
          "  paperHref(s: Session): string | null {", "    if (s.url) return s.url;", "    if (s.arxivId) return `https://arxiv.org/abs/${s.arxivId}`;",
          "    return null;", "  }", "}"]
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
