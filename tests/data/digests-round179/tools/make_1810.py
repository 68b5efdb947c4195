#!/usr/bin/env python3
"""1810: a Korean lab's seminar page as a Leptos (0.6) component, `src/components/seminar.rs`: a `Paper` struct, a
`const PAPERS: &[Paper]` of struct literals (every field in declaration order; `Option` fields as Some("…") / None),
and a #[component] whose `view!` macro renders the list (HTML-like tags, text in quoted string literals, `{…}` Rust
blocks, `on:change` and `prop:checked` attributes, a signal from create_signal). Computed here: weekly dates on
Thursdays, the struct literals from the modelled schedule."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(1810)
START = dt.date(2024, 3, 7)
# title, url, arxiv, presenter, memo
ROWS = [
 (T("2006.07733"), "https://arxiv.org/abs/2006.07733", None, "김민준", "음성 쌍 없이 자기지도 학습"),
 (T("2103.03230"), "https://arxiv.org/pdf/2103.03230", None, "이서연", "상관 행렬을 단위 행렬로"),
 (T("2011.04419"), None, None, "박지훈", "도메인에 무관한 대조 학습, ICML 2021"),
 (T("2010.04592"), None, None, "최유진", "어려운 음성 샘플링, ICLR 2021"),
 (T("2106.08254"), None, "2106.08254", "정하늘", "마스크 이미지 모델링"),
 (T("2103.00020"), "https://arxiv.org/abs/2103.00020", None, "김민준", "CLIP, 텍스트로 지도"),
 (T("1912.11370"), None, None, "이서연", "BiT, 전이 학습 기준선"),
 (T("2011.06182"), f"https://openreview.net/forum?id={OR('2011.06182')}", None, "박지훈", "사전학습 표현의 미세조정"),
 ("Lightly 자기지도 학습 튜토리얼 (문서)", "https://docs.lightly.ai/self-supervised-learning/", None, "최유진", "논문 아님, 실습용"),
]


def rs(v):
    return "None" if v is None else 'Some("' + v + '")'


def build():
    L = ["use leptos::*;", "", "#[derive(Clone, Copy)]", "struct Paper {", "    date: &'static str,", "    title: &'static str,",
         "    url: Option<&'static str>,", "    arxiv: Option<&'static str>,", "    presenter: &'static str,", "    memo: &'static str,", "}", "",
         "// 2024년 봄학기 논문 세미나 (매주 목요일 16시, 공학관 412호)", "const PAPERS: &[Paper] = &["]
    for i, (t, u, a, p, m) in enumerate(ROWS):
        d = START + dt.timedelta(weeks=i)
        L += ["    Paper {", f'        date: "{d.isoformat()}",', f'        title: "{t}",', f"        url: {rs(u)},", f"        arxiv: {rs(a)},",
              f'        presenter: "{p}",', f'        memo: "{m}",', "    },"]
    L += ["];", "", "#[component]", "pub fn Seminar(today: &'static str) -> impl IntoView {",
          "    let (show_past, set_show_past) = create_signal(false);", "", "    view! {",
          '        <section class="seminar">',
          '            <h2>"2024년 봄 논문 세미나"</h2>',
          '            <p class="note">"발표 자료는 랩 드라이브에, 질문은 슬랙 #seminar 채널에 남겨 주세요."</p>',
          "            <label>",
          '                <input type="checkbox" prop:checked=show_past on:change=move |_| set_show_past.update(|v| *v = !*v)/>',
          '                " 지난 발표도 보기"',
          "            </label>",
          "            <table>",
          '                <tr><th>"날짜"</th><th>"논문"</th><th>"발표자"</th><th>"메모"</th></tr>',
          "                {move || PAPERS.iter().filter(|p| show_past.get() || p.date >= today).map(|p| view! {",
          "                    <tr>",
          "                        <td>{p.date}</td>",
          "                        <td>",
          "                            {match p.url {",
          '                                Some(u) => view! { <a href=u target="_blank">{p.title}</a> }.into_view(),',
          "                                None => view! { <span>{p.title}</span> }.into_view(),",
          "                            }}",
          '                            {p.arxiv.map(|id| view! { <small>" (arXiv: "{id}")"</small> })}',
          "                        </td>",
          "                        <td>{p.presenter}</td>",
          "                        <td>{p.memo}</td>",
          "                    </tr>",
          "                }).collect_view()}",
          "            </table>",
          "        </section>",
          "    }",
          "}", ""]
    return "\n".join(L)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
