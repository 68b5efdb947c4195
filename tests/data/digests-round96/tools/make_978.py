#!/usr/bin/env python3
"""978: the raw NamuMark source of a namu.wiki article (what the site's «RAW 편집» / raw view gives, copied into a
file by a Korean student) on parameter-efficient fine-tuning: category links first, `[include(틀:…)]` templates,
`[목차]`, `== … ==` headings (one folded `==# … #==`), `'''bold'''`, `[[문서]]` / `[[문서|표시]]` / `[[https://…|표시]]`
links, `[* …]` footnotes (one named `[*A …]` and reused `[*A]`), a table with `<tablealign=…>` / `<bgcolor=…>` cell
attributes and a `<-4>` colspan, ` * ` lists (leading blank), `^^…^^` superscript, `{{{#!folding …}}}`, `{{{#!wiki
style=…}}}` box, `[br]`, `##` comments. Papers: three arXiv links (table cell, footnote link, list link), two `arXiv:`
ids as text in footnotes and three titles only in prose (T-Few / (IA)^3, AdamW, AutoDropout). Not papers: the PEFT
library, LLaMA-Factory, the Hugging Face blog, nicknames QLoRA / 프리픽스 튜닝 / 프롬프트 튜닝 / LongLoRA."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, fill, write_only
from make_expected import by_num, keys

F = by_num(978)
K = dict(lora="2106.09685", adalora="2303.10512", ptuning="2103.10385", bitfit="2106.10199", pi="2306.15595",
         tfew="2205.05638", adamw="1711.05101", autodrop="2101.01761")

src = """[[분류:인공지능]][[분류:기계학습]][[분류:자연어 처리]]
[include(틀:인공지능)]
[include(틀:상위 문서, top1=미세 조정(기계학습))]
[목차]
== 개요 ==
'''매개변수 효율적 미세 조정'''(Parameter-Efficient Fine-Tuning, '''PEFT''')은 [[사전 학습]]된 대형 모델의 가중치 대부분을 얼려(freeze) 두고, 전체의 1% 미만인 적은 수의 매개변수만 새로 학습시켜 [[미세 조정(기계학습)|미세 조정]]하는 기법들을 통틀어 이르는 말이다. 줄여서 '''PEFT'''라고 부르는 경우가 많으며, 같은 이름의 [[허깅페이스]] 라이브러리 때문에 라이브러리 이름으로 오해받기도 한다.

== 등장 배경 ==
[[GPT-3]] 이후 모델 크기가 수십억~수천억 개 매개변수로 커지면서 모든 가중치를 다시 학습하는 전체 미세 조정(full fine-tuning)은 개인이나 작은 연구실에서는 사실상 불가능해졌다.[* 175B 모델을 FP16으로 저장만 해도 약 350GB가 필요하고, [[Adam]] 옵티마이저 상태까지 합치면 그 몇 배가 된다.] 게다가 작업마다 수백 GB짜리 체크포인트를 따로 보관해야 한다는 문제도 있었다. PEFT는 작업별로 수 MB 정도의 작은 가중치만 저장하면 되므로 이 두 문제를 한꺼번에 해결한다.[*A 다만 추론 속도는 기법에 따라 오히려 느려질 수 있다. 어댑터 계열이 대표적이다.]

== 주요 기법 ==
=== 저랭크 분해 계열 ===
가장 널리 쓰이는 계열이다. 사전 학습된 가중치 행렬 W는 그대로 두고, 변화량 ΔW를 두 개의 작은 행렬의 곱 BA로 근사한다.

{{{#!folding [ 표 펼치기 · 접기 ]
||<tablealign=center><tablewidth=100%><bgcolor=#f5f5f5,#2d2f34><:> '''기법''' ||<bgcolor=#f5f5f5,#2d2f34><:> '''원 논문''' ||<bgcolor=#f5f5f5,#2d2f34><:> '''공개''' ||<bgcolor=#f5f5f5,#2d2f34><:> '''특징''' ||
||<:> '''LoRA''' || [[https://arxiv.org/abs/[[ID:lora]]|[[T:lora]]]] ||<:> 2021년 6월 || 랭크 r=8 정도로도 전체 미세 조정과 비슷한 성능. 학습 후 W에 합쳐 버리면 추론 지연이 없다. ||
||<:> '''AdaLoRA''' || [[T:adalora]][* [[https://arxiv.org/abs/[[ID:adalora]]|arXiv 초록]]. [[ICLR]] 2023 발표.] ||<:> 2023년 3월 || 특잇값 분해 형태로 바꿔서, 중요도가 낮은 층의 랭크를 학습 중에 잘라 낸다. ||
||<:> '''QLoRA''' || 해당 문서 참고 ||<:> 2023년 5월 || 4비트로 [[양자화(딥러닝)|양자화]]한 모델 위에 LoRA를 붙인다. ||
||<-4><:> 이 밖에 DoRA, LoRA+, VeRA 등 변형이 매우 많다. ||
}}}

=== 프롬프트 계열 ===
입력 앞에 학습 가능한 가상 토큰(soft prompt)을 붙이는 방식이다.
 * 프리픽스 튜닝(Prefix-Tuning): 모든 층의 키·값 앞에 접두 벡터를 붙인다.
 * 프롬프트 튜닝(Prompt Tuning): 입력 임베딩 층에만 붙인다. 모델이 클수록 전체 미세 조정에 가까워진다는 결과로 유명하다.
 * P-튜닝: [[https://arxiv.org/abs/[[ID:ptuning]]|[[T:ptuning]]]] ([[칭화대학교|칭화대]], 2021). 제목 그대로 "GPT도 [[BERT]]만큼 이해를 잘한다"는 주장을 담고 있으며, 프롬프트 인코더로 [[LSTM]]을 쓴 것이 특징이다.[br]후속작인 P-튜닝 v2는 사실상 프리픽스 튜닝과 같은 구조다.

=== 일부 매개변수만 학습 ===
'''BitFit'''은 이름 그대로 편향(bias) 항만 학습한다.[* [[T:bitfit]], arXiv:[[ID:bitfit]]. [[이스라엘]] 바르일란 대학교 연구진.] 전체 매개변수의 0.1% 정도만 바뀌는데도 [[GLUE]]에서 꽤 버틴다는 점이 놀라웠지만, 생성 모델에서는 잘 쓰이지 않는다.

==# (IA)^^3^^와 T-Few #==
[[T:tfew]] 논문에서 제안된 (IA)^^3^^는 키, 값, 피드포워드 활성값에 학습 가능한 벡터를 원소별로 곱하기만 한다. 같은 논문이 제안한 학습 레시피를 '''T-Few'''라고 부르는데, 몇 개의 예시만 주는 [[인컨텍스트 러닝]]보다 정확도도 높고 추론 비용도 싸다는 것이 제목의 주장이다.[*A]

== 학습 요령 ==
{{{#!wiki style="border: 1px solid #ccc; padding: 5px 10px"
'''주의:''' 아래 값들은 커뮤니티에서 흔히 쓰는 출발점일 뿐, 정답이 아니다.}}}
 * 옵티마이저는 거의 항상 AdamW를 쓴다. 원 논문 제목은 '''[[T:adamw]]'''로, Adam에서 가중치 감쇠를 그래디언트 갱신과 분리한 것이 핵심이다.
 * 학습률은 전체 미세 조정보다 10배 정도 크게 잡는 경우가 많다(LoRA 기준 1e-4~3e-4).
 * 드롭아웃은 LoRA 행렬에만 0.05~0.1 정도 건다. [[T:autodrop]]처럼 드롭아웃 패턴 자체를 학습하는 연구도 있지만 PEFT 실무에서는 거의 쓰이지 않는다.
## 2024-03 편집: 학습률 범위 출처 요청 있음. 토론 참고.

== 문맥 길이 확장과의 관계 ==
[[RoPE]]를 쓰는 [[LLaMA]] 계열 모델은 위치 인덱스를 선형으로 줄여 넣는 위치 보간(Position Interpolation)으로 학습 때보다 긴 문맥을 다룰 수 있다.[* [[T:pi]]. arXiv:[[ID:pi]]. [[메타 플랫폼스|메타]] 연구진.] 이때 1000 스텝 정도의 짧은 추가 학습이 필요한데, 여기에 LoRA를 조합한 LongLoRA 같은 후속 연구가 나오면서 PEFT와 문맥 확장을 함께 다루는 경우가 늘었다.

== 구현 ==
 * [[허깅페이스]]의 [[https://github.com/huggingface/peft|PEFT 라이브러리]]: LoRA, AdaLoRA, 프롬프트 튜닝, (IA)^^3^^ 등을 지원한다. 사실상 표준.
 * [[https://github.com/hiyouga/LLaMA-Factory|LLaMA-Factory]]: 웹 UI로 LoRA / QLoRA 학습을 돌릴 수 있다.
 * 허깅페이스 블로그의 [[https://huggingface.co/blog/peft|PEFT 소개 글]]도 입문용으로 좋다.

== 여담 ==
 * 스테이블 디퓨전 커뮤니티에서 "LoRA"는 기법 이름이 아니라 '''그렇게 학습한 작은 가중치 파일''' 자체를 가리키는 말로 굳어졌다. "로라 받았다", "로라 먹였다" 같은 표현이 흔하다.
 * 원래 LoRA 논문은 언어 모델([[GPT-3]], RoBERTa, DeBERTa)을 대상으로 했고, 이미지 생성 모델에 쓰이기 시작한 것은 2022년 말부터다.

== 관련 문서 ==
 * [[미세 조정(기계학습)]]
 * [[대형 언어 모델]]
 * [[양자화(딥러닝)]]
 * [[전이 학습]]
"""
src = fill(src, K)
write_only(F, src, keys(F))
