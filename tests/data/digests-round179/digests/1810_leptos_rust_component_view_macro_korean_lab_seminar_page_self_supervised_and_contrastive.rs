use leptos::*;

#[derive(Clone, Copy)]
struct Paper {
    date: &'static str,
    title: &'static str,
    url: Option<&'static str>,
    arxiv: Option<&'static str>,
    presenter: &'static str,
    memo: &'static str,
}

// 2024년 봄학기 논문 세미나 (매주 목요일 16시, 공학관 412호)
const PAPERS: &[Paper] = &[
    Paper {
        date: "2024-03-07",
        title: "Bootstrap your own latent: A new approach to self-supervised Learning",
        url: Some("https://arxiv.org/abs/2006.07733"),
        arxiv: None,
        presenter: "김민준",
        memo: "음성 쌍 없이 자기지도 학습",
    },
    Paper {
        date: "2024-03-14",
        title: "Barlow Twins: Self-Supervised Learning via Redundancy Reduction",
        url: Some("https://arxiv.org/pdf/2103.03230"),
        arxiv: None,
        presenter: "이서연",
        memo: "상관 행렬을 단위 행렬로",
    },
    Paper {
        date: "2024-03-21",
        title: "Towards Domain-Agnostic Contrastive Learning",
        url: None,
        arxiv: None,
        presenter: "박지훈",
        memo: "도메인에 무관한 대조 학습, ICML 2021",
    },
    Paper {
        date: "2024-03-28",
        title: "Contrastive Learning with Hard Negative Samples",
        url: None,
        arxiv: None,
        presenter: "최유진",
        memo: "어려운 음성 샘플링, ICLR 2021",
    },
    Paper {
        date: "2024-04-04",
        title: "BEiT: BERT Pre-Training of Image Transformers",
        url: None,
        arxiv: Some("2106.08254"),
        presenter: "정하늘",
        memo: "마스크 이미지 모델링",
    },
    Paper {
        date: "2024-04-11",
        title: "Learning Transferable Visual Models From Natural Language Supervision",
        url: Some("https://arxiv.org/abs/2103.00020"),
        arxiv: None,
        presenter: "김민준",
        memo: "CLIP, 텍스트로 지도",
    },
    Paper {
        date: "2024-04-18",
        title: "Big Transfer (BiT): General Visual Representation Learning",
        url: None,
        arxiv: None,
        presenter: "이서연",
        memo: "BiT, 전이 학습 기준선",
    },
    Paper {
        date: "2024-04-25",
        title: "Bi-tuning of Pre-trained Representations",
        url: Some("https://openreview.net/forum?id=3rRgu7OGgBI"),
        arxiv: None,
        presenter: "박지훈",
        memo: "사전학습 표현의 미세조정",
    },
    Paper {
        date: "2024-05-02",
        title: "Lightly 자기지도 학습 튜토리얼 (문서)",
        url: Some("https://docs.lightly.ai/self-supervised-learning/"),
        arxiv: None,
        presenter: "최유진",
        memo: "논문 아님, 실습용",
    },
];

#[component]
pub fn Seminar(today: &'static str) -> impl IntoView {
    let (show_past, set_show_past) = create_signal(false);

    view! {
        <section class="seminar">
            <h2>"2024년 봄 논문 세미나"</h2>
            <p class="note">"발표 자료는 랩 드라이브에, 질문은 슬랙 #seminar 채널에 남겨 주세요."</p>
            <label>
                <input type="checkbox" prop:checked=show_past on:change=move |_| set_show_past.update(|v| *v = !*v)/>
                " 지난 발표도 보기"
            </label>
            <table>
                <tr><th>"날짜"</th><th>"논문"</th><th>"발표자"</th><th>"메모"</th></tr>
                {move || PAPERS.iter().filter(|p| show_past.get() || p.date >= today).map(|p| view! {
                    <tr>
                        <td>{p.date}</td>
                        <td>
                            {match p.url {
                                Some(u) => view! { <a href=u target="_blank">{p.title}</a> }.into_view(),
                                None => view! { <span>{p.title}</span> }.into_view(),
                            }}
                            {p.arxiv.map(|id| view! { <small>" (arXiv: "{id}")"</small> })}
                        </td>
                        <td>{p.presenter}</td>
                        <td>{p.memo}</td>
                    </tr>
                }).collect_view()}
            </table>
        </section>
    }
}
