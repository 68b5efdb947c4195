import { Component, computed, signal } from '@angular/core';
import { DatePipe } from '@angular/common';

/** 세미나 한 회차 */
interface Session {
  date: string;
  presenter: string;
  title: string;
  url: string | null;
  arxivId: string | null;
  venue: string;
  memo: string;
}

// 2024년 1학기 비전-언어 세미나 (매주 수요일 16:00, 공학관 302호 + Zoom)
// arxivId만 적어 두면 링크는 paperHref()가 만든다.
// 4/10은 국회의원 선거일이라 휴강.

@Component({
  selector: 'app-reading-group',
  standalone: true,
  imports: [DatePipe],
  template: `
    <section class="reading-group">
      <h2>비전-언어 세미나 (2024년 1학기)</h2>
      <p class="lead">발표자는 전날까지 슬라이드를 자료실에 올려 주세요.</p>
      <label>
        <input type="checkbox" [checked]="onlyUpcoming()" (change)="onlyUpcoming.set(!onlyUpcoming())" />
        남은 회차만 보기
      </label>
      <ol class="sessions">
        @for (s of shown(); track s.date) {
          <li>
            <time [attr.datetime]="s.date">{{ s.date | date: 'M월 d일' }}</time>
            <span class="presenter">{{ s.presenter }}</span>
            @if (paperHref(s); as href) {
              <a [href]="href" target="_blank" rel="noopener">{{ s.title }}</a>
            } @else {
              <span class="title">{{ s.title }}</span>
            }
            <small>{{ s.venue }} · {{ s.memo }}</small>
          </li>
        } @empty {
          <li>남은 회차가 없습니다.</li>
        }
      </ol>
      <h3>참고 자료</h3>
      <ul>
        @for (l of links; track l.href) {
          <li><a [href]="l.href" target="_blank" rel="noopener">{{ l.label }}</a></li>
        }
      </ul>
    </section>
  `,
  styles: `
    .sessions li {
      display: grid;
      grid-template-columns: 6rem 4rem 1fr;
      gap: 0.5rem;
      padding: 0.4rem 0;
    }
    small {
      color: #666;
    }
  `,
})
export class ReadingGroupComponent {
  readonly sessions: Session[] = [
    { date: '2024-03-06', presenter: '김민준', title: 'Learning Transferable Visual Models From Natural Language Supervision', url: 'https://arxiv.org/abs/2103.00020', arxivId: null, venue: 'ICML 2021', memo: 'CLIP. 대조 학습으로 4억 쌍 학습, zero-shot 평가 방식 정리' },
    { date: '2024-03-13', presenter: '이서연', title: 'Scaling Up Visual and Vision-Language Representation Learning With Noisy Text Supervision', url: null, arxivId: '2102.05918', venue: 'ICML 2021', memo: 'ALIGN. 노이즈 많은 alt-text 18억 쌍, CLIP과 비교' },
    { date: '2024-03-20', presenter: '박지훈', title: 'Sigmoid Loss for Language Image Pre-Training', url: 'https://arxiv.org/abs/2303.15343v4', arxivId: null, venue: 'ICCV 2023', memo: 'SigLIP. softmax 대신 sigmoid 손실, 배치 크기 실험' },
    { date: '2024-03-27', presenter: '최유진', title: 'Barlow Twins: Self-Supervised Learning via Redundancy Reduction', url: 'https://arxiv.org/abs/2103.03230', arxivId: null, venue: 'ICML 2021', memo: '중복성 감소 목적함수. 음성 쌍 없이 학습' },
    { date: '2024-04-03', presenter: '정하은', title: 'Supervised Contrastive Learning', url: null, arxivId: null, venue: 'NeurIPS 2020', memo: '레이블을 쓰는 대조 손실. 인쇄본 배포 예정' },
    { date: '2024-04-17', presenter: '강도윤', title: 'Towards Domain-Agnostic Contrastive Learning', url: null, arxivId: null, venue: 'ICML 2021', memo: 'mixup 기반 양성 쌍 생성, 도메인 무관' },
    { date: '2024-04-24', presenter: '김민준', title: 'Multimodal Few-Shot Learning with Frozen Language Models', url: null, arxivId: null, venue: 'NeurIPS 2021', memo: 'Frozen. 언어 모델은 고정하고 비전 인코더만 학습' },
    { date: '2024-05-01', presenter: '이서연', title: 'Visual Instruction Tuning', url: 'https://arxiv.org/pdf/2304.08485', arxivId: null, venue: 'NeurIPS 2023', memo: 'LLaVA. GPT-4로 만든 지시 데이터, 데모 시연' },
    { date: '2024-05-08', presenter: '조교', title: '실습: OpenCLIP으로 zero-shot 분류 재현 (코드 리뷰)', url: 'https://github.com/mlfoundations/open_clip', arxivId: null, venue: '실습', memo: '노트북 지참, GPU 서버 계정 미리 확인' },
  ];

  readonly links = [
    { label: 'Stanford CS231n 강의 노트', href: 'https://cs231n.github.io/' },
    { label: 'Hugging Face Transformers 문서: CLIP', href: 'https://huggingface.co/docs/transformers/model_doc/clip' },
    { label: '연구실 세미나 자료실', href: 'https://lab.example.ac.kr/seminar' },
  ];

  readonly onlyUpcoming = signal(false);
  private readonly today = new Date().toISOString().slice(0, 10);
  readonly shown = computed(() =>
    this.onlyUpcoming() ? this.sessions.filter((s) => s.date >= this.today) : this.sessions,
  );

  paperHref(s: Session): string | null {
    if (s.url) return s.url;
    if (s.arxivId) return `https://arxiv.org/abs/${s.arxivId}`;
    return null;
  }
}
