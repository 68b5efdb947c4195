#!/usr/bin/env python3
"""429: a TimelineJS (Knight Lab) JSON file for a Korean lab-blog post "생성 모델 10년" — the title slide, 13 events
with start_date (year / month / day as strings), text (headline and HTML text), media (url, caption, credit),
group, unique_id, and three eras — written as json.dumps(indent=2, ensure_ascii=False) writes it. Papers: an
arxiv.org abs URL as an event's media url or in an <a href> (link), an OpenReview forum URL in an <a href> (link),
"arXiv:ID" in the text (arxiv-text), the title alone in <i>…</i>, in 「」 or as a headline with the venue (title-only).
Not papers: Stable Diffusion's public release (a GitHub repository), the DALL·E 2 and Midjourney announcements, a
recorded seminar, the lab's slides, the diffusers library, Hugging Face's model page, GAN / VAE / DDIM (names)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F429, keys


def ev(uid, date, headline, html, group, media=None):
    e = {"start_date": dict(zip(("year", "month", "day"), date.split("-"))),
         "text": {"headline": headline, "text": html}, "group": group, "unique_id": uid}
    if media: e["media"] = media
    return e


events = [
 ev("ssvae", "2020-10-05", "자기지도 VAE",
    f"<p><i>{T('2010.02014')}</i> (Gatopoulos &amp; Tomczak). VAE 쪽 흐름을 잊지 않기 위해 넣은 항목 — 디코더를 여러 단계로 나누는 아이디어가 "
    "뒤의 계층적 확산 모델과 닮았다는 점만 짚고 넘어갑니다.</p>", "VAE · 기타"),
 ev("ddpm", "2020-06-19", "DDPM",
    f"<p>{T('2006.11239')} (Ho et al., NeurIPS 2020, arXiv:2006.11239). 노이즈 예측(ε-prediction) 손실 하나로 "
    "GAN급 샘플 품질. 이후 모든 항목의 출발점.</p>", "확산 모델",
    {"url": "https://video.lab.example.ac.kr/seminar/2023-ddpm", "caption": "세미나 녹화 (1시간 12분)", "credit": "연구실 영상 서버"}),
 ev("sde", "2020-11-26", "Score SDE",
    f"<p><a href=\"https://openreview.net/forum?id=PxTIG12RRHS\">{T('2011.13456')}</a> — ICLR 2021 outstanding paper. "
    "DDPM과 NCSN을 연속 시간 SDE 하나로 묶고, probability flow ODE로 정확한 우도 계산까지.</p>", "확산 모델"),
 ev("adm", "2021-05-11", f"{T('2105.05233')} (NeurIPS 2021)",
    "<p>Dhariwal &amp; Nichol. 아키텍처 탐색(ADM) + classifier guidance로 ImageNet FID에서 BigGAN을 추월. "
    "코드는 OpenAI의 guided-diffusion 저장소.</p>", "확산 모델"),
 ev("motion", "2021-03-26", "인물 동작 전이",
    f"<p>「{T('2103.14338')}」(CVPR 2021) — 확산 모델은 아니지만 스터디에서 '소수 샷 개인화' 주제로 함께 읽었던 논문. "
    "DreamBooth 항목과 비교해 보세요.</p>", "VAE · 기타"),
 ev("ldm", "2021-12-20", "Latent Diffusion",
    f"<p><i>{T('2112.10752')}</i> (CVPR 2022). 오토인코더의 잠재 공간에서 확산 → 연산량 대폭 감소. "
    "Stable Diffusion의 바탕이 된 논문.</p>", "텍스트→이미지",
    {"url": "https://arxiv.org/abs/2112.10752", "caption": "그림 3: LDM 구조", "credit": "Rombach et al."}),
 ev("dalle2", "2022-04-06", "DALL·E 2 공개",
    "<p>OpenAI 블로그 발표와 데모. (논문이 아니라 제품 발표라 링크만 남깁니다.)</p>", "사건",
    {"url": "https://openai.com/dall-e-2", "caption": "OpenAI 발표 페이지", "credit": "OpenAI"}),
 ev("cfg", "2022-07-26", "Classifier-free guidance",
    f"<p>{T('2207.12598')} — Ho &amp; Salimans. 원래 NeurIPS 2021 워크숍 발표. 분류기 없이 조건부/무조건부 예측을 섞는 "
    "한 줄짜리 트릭인데, 이후 거의 모든 텍스트→이미지 모델이 사용.</p>", "확산 모델"),
 ev("sd", "2022-08-22", "Stable Diffusion 공개",
    "<p>가중치 공개. 논문이 아니라 모델/코드 공개 사건으로 기록.</p>", "사건",
    {"url": "https://github.com/CompVis/stable-diffusion", "caption": "CompVis/stable-diffusion", "credit": "GitHub"}),
 ev("dreambooth", "2022-08-25", "DreamBooth",
    f"<p>{T('2208.12242').lower()} (CVPR 2023). 사진 3–5장으로 특정 대상을 모델에 주입. 실습은 diffusers의 학습 스크립트로.</p>",
    "텍스트→이미지"),
 ev("controlnet", "2023-02-10", "ControlNet",
    f"<p>{T('2302.05543')} (ICCV 2023). 에지·포즈·깊이 지도를 조건으로 — zero convolution으로 원래 모델을 망가뜨리지 않음.</p>",
    "텍스트→이미지",
    {"url": "https://arxiv.org/abs/2302.05543", "caption": "그림 1", "credit": "Zhang, Rao, Agrawala"}),
 ev("mj5", "2023-03-15", "Midjourney v5",
    "<p>상용 서비스 업데이트. 비교용 기준점일 뿐 논문 없음.</p>", "사건"),
 ev("sd3", "2024-03-05", "SD3 / Rectified Flow",
    f"<p>{T('2403.03206')} (arXiv:2403.03206). MM-DiT 구조와 rectified flow 학습 — 타임라인의 마지막 항목.</p>",
    "텍스트→이미지",
    {"url": "https://huggingface.co/stabilityai/stable-diffusion-3-medium", "caption": "모델 페이지", "credit": "Hugging Face"}),
]
events.sort(key=lambda e: tuple(int(x) for x in e["start_date"].values()))
doc = {
 "title": {"text": {"headline": "생성 모델 10년: VAE에서 Rectified Flow까지",
                    "text": "<p>연구실 블로그 글의 타임라인. 항목마다 논문 제목, 학회, 한두 줄 메모. 회색 항목은 논문이 아닌 사건입니다.</p>"
                            "<p>슬라이드: https://lab.example.ac.kr/talks/genmodels-2024.pdf</p>"},
           "media": {"url": "https://lab.example.ac.kr/img/timeline-cover.png", "caption": "표지", "credit": "생성모델 스터디"}},
 "events": events,
 "eras": [
  {"start_date": {"year": "2020", "month": "1"}, "end_date": {"year": "2021", "month": "6"}, "text": {"headline": "기초: 확산 모델의 재발견"}},
  {"start_date": {"year": "2021", "month": "7"}, "end_date": {"year": "2022", "month": "12"}, "text": {"headline": "텍스트→이미지의 폭발"}},
  {"start_date": {"year": "2023", "month": "1"}, "end_date": {"year": "2024", "month": "6"}, "text": {"headline": "제어와 확장"}},
 ],
 "scale": "human",
}
text = json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
strings = []
def walk(v):
    if isinstance(v, str): strings.append(v)
    elif isinstance(v, dict): [walk(x) for x in v.values()]
    elif isinstance(v, list): [walk(x) for x in v]
walk(doc)
import html as _h
write_only(F429, text, keys(F429), forms=["\n".join(_h.unescape(s) for s in strings)])
