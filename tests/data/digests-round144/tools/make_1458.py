#!/usr/bin/env python3
"""1458: an awesome-list README kept in a Korean lab's private NAVER Cloud Platform SourceCommit repository
(`awesome-diffusion-ko`): badge, intro, table of contents with GitHub-style Korean anchors, paper sections, a
library table, lectures and posts, and a contributing section with the SourceCommit HTTPS clone URL
(`https://devtools.ncloud.com/<number>/<repo>.git`), the Git account note and a SourceBuild link check. Not papers: the
diffusers, k-diffusion and ComfyUI repositories, the Hugging Face course, Lilian Weng's blog post, the seminar
slides, LAION-5B; DDPM, DDIM, ADM, CFG, NCSN, LDM / Stable Diffusion, DALL·E 2, Imagen, DPM-Solver, DreamFusion, GAN
are names."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1458, keys

REPO, PROJ = "awesome-diffusion-ko", "2847193"
CLONE = f"https://devtools.ncloud.com/{PROJ}/{REPO}.git"
TOC = ["기초 이론", "샘플링 가속", "가이던스와 조건부 생성", "텍스트-이미지 생성", "3D와 새로운 시점 합성",
       "구현과 라이브러리", "강의와 글", "기여 방법"]


def slug(h):
    return "".join(c for c in h.lower() if c.isalnum() or c in " -_").replace(" ", "-")


md = f"""# Awesome Diffusion 한국어판 [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)

> 확산 모델(diffusion model) 관련 논문, 코드, 강의를 한국어 한 줄 설명과 함께 모은 목록입니다.
> 연구실 확산 모델 스터디(매주 목요일)에서 시작했고, 연구실 NAVER Cloud Platform 계정의 **SourceCommit** 저장소
> `{REPO}`에서 관리합니다. 외부 공개 전이라 링크를 함부로 공유하지 말아 주세요. 🙏

마지막 정리: 2024-04-22 · 관리: 이서준, 한지우

## 목차

""" + "\n".join(f"- [{h}](#{slug(h)})" for h in TOC) + f"""

## 기초 이론

- **{T('1406.2661')}** (NeurIPS 2014) — 확산 모델 이전의 대표적인 생성 모델. 비교 기준(FID, 모드 붕괴)을 이해하려면 먼저 읽기를 권합니다.
- **{T('1503.03585')}** (ICML 2015) — 확산 모델의 출발점. 순방향 노이즈 과정과 역과정 학습이라는 틀이 여기서 나옵니다. [PMLR](https://proceedings.mlr.press/v37/sohl-dickstein15.html)
- **{T('1907.05600')}** (NeurIPS 2019, arXiv:1907.05600) — 점수(score) 기반 생성 모델, 일명 NCSN. 랑주뱅 동역학 샘플링.
- DDPM (Ho et al., 2020) — 스터디 1주차 자료 `docs/week01-ddpm.md`에 수식 정리가 있습니다.

## 샘플링 가속

- [{T('2010.02502')}](https://openreview.net/forum?id={OR('2010.02502')}) (ICLR 2021) — DDIM. 학습은 그대로 두고 비마르코프 과정으로 50스텝 안팎까지 줄입니다.
- DPM-Solver, DPM-Solver++ — ODE 솔버 관점. diffusers의 `DPMSolverMultistepScheduler`로 바로 써 볼 수 있습니다.

## 가이던스와 조건부 생성

- [{T('2105.05233')}](https://arxiv.org/pdf/2105.05233) (NeurIPS 2021) — ADM 구조 개선과 classifier guidance.
- [{T('2207.12598')}](https://arxiv.org/abs/2207.12598) — CFG. 분류기 없이 조건부/무조건부 예측을 섞는 방법, 지금은 거의 모든 모델의 기본값.

## 텍스트-이미지 생성

- **{T('2204.06125')}** (2022) — DALL·E 2, unCLIP. OpenAI 페이지 링크가 바뀌어서 당분간 제목만 둡니다.
- Stable Diffusion (LDM) — 모델 카드와 코드는 아래 라이브러리 표 참고.
- Imagen — 텍스트 인코더(T5) 크기가 화질에 중요하다는 관찰. 2주 뒤 스터디에서 다룰 예정.

## 3D와 새로운 시점 합성

- [{T('2303.11328')}](https://arxiv.org/abs/2303.11328) (ICCV 2023) — 이미지 한 장에서 카메라 시점을 바꾼 이미지를 생성.
- DreamFusion — SDS(score distillation sampling) 손실. 코드는 threestudio 구현을 추천합니다.

## 구현과 라이브러리

| 이름 | 설명 | 링크 |
|---|---|---|
| diffusers | Hugging Face의 확산 모델 라이브러리, 스케줄러 구현이 깔끔함 | https://github.com/huggingface/diffusers |
| k-diffusion | 샘플러 모음, Karras 스케줄 | https://github.com/crowsonkb/k-diffusion |
| ComfyUI | 노드 기반 UI, 실험 파이프라인 공유용 | https://github.com/comfyanonymous/ComfyUI |
| 연구실 예제 | DDIM 샘플러를 한국어 주석과 함께 다시 구현 | `examples/ddim_sampler.py` |

## 강의와 글

- Hugging Face Diffusion Models Course — https://huggingface.co/learn/diffusion-course
- Lilian Weng, "What are Diffusion Models?" (블로그 글, 2021) — https://lilianweng.github.io/posts/2021-07-11-diffusion-models/
- 연구실 세미나 발표 자료 (2024-03-14, 발표: 한지우) — `docs/seminar-2024-03-14.pdf`
- 데이터셋 메모: LAION-5B 사용 시 라이선스와 필터링 기준을 `docs/datasets.md`에 먼저 적어 주세요.

## 기여 방법

1. NAVER Cloud Platform 콘솔의 **SourceCommit**에서 `{REPO}` 저장소 권한을 받은 뒤, 서브 계정의 Git 계정(아이디/비밀번호)을 설정합니다.
2. 저장소를 클론하고 브랜치를 만듭니다.

```bash
git clone {CLONE}
cd {REPO}
git checkout -b add/<논문-약칭>
```

3. 항목 형식은 `- [제목](링크) (학회 연도) — 한 줄 설명`입니다. arXiv 링크가 있으면 `abs` 주소를 우선합니다.
4. `main` 브랜치는 직접 push가 막혀 있습니다. 브랜치를 push한 뒤 연구실 슬랙 `#diffusion-study` 채널에 알려 주시면 관리자가 병합합니다.
5. 매일 새벽 SourceBuild 작업이 `scripts/check_links.py`로 깨진 링크를 검사합니다. 결과는 `reports/links-YYYYMMDD.txt`에 남습니다.

```text
$ python scripts/check_links.py README.md
checked @N@ links, 0 broken
```

라이선스: 목록 텍스트는 CC BY 4.0, 예제 코드는 MIT.
"""
import re
outside = re.sub(r"```.*?```", "", md, flags=re.S)
n_links = len(set(re.findall(r"https?://[^\s)`]+", outside)))
md = md.replace("@N@", str(n_links))
write_only(F1458, md, keys(F1458))
