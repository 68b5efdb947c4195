#!/usr/bin/env python3
"""1318: an awesome-list README (Korean) whose tables are generated with cog (Ned Batchelder's cogapp) from the
repository's `papers.yaml`: each generated block is `<!-- [[[cog` + Python + `]]] -->`, the output, `<!-- [[[end]]] -->`
(no checksums), run as `cog -r README.md` and checked in CI with `cog --check`. The table of contents is generated too
(GitHub anchors of the Korean headings); libraries, datasets and posts are hand-written lists. Papers: arXiv abs / pdf
links and an OpenReview forum link in generated rows, an `arXiv:` id in a memo, titles alone in rows with only a code
link; repositories, libraries, datasets, a blog post and a lecture are not papers."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1318, keys

# (section, [(key, url, venue, code repo, memo)])
SECTIONS = [
    ("대조 학습", [
        ("2002.05709", "https://arxiv.org/abs/2002.05709", "ICML 2020", "google-research/simclr",
         "SimCLR. 강한 데이터 증강 + 프로젝션 헤드 + 큰 배치. 세미나 1주차"),
        ("1911.05722", "https://arxiv.org/abs/1911.05722", "CVPR 2020", "facebookresearch/moco",
         "MoCo. 모멘텀 인코더와 큐로 배치 크기 문제를 우회"),
        ("2011.10566", "", "CVPR 2021", "facebookresearch/simsiam",
         "SimSiam. 음성 쌍 없이 stop-gradient만으로 붕괴를 막음"),
        ("2103.13646", f"https://openreview.net/forum?id={OR('2103.13646')}", "WACV 2022", "ContrastToDivide/C2D",
         "C2D. 노이즈 레이블 학습의 사전학습 단계로 자기지도 학습을 사용"),
    ]),
    ("자기 증류와 마스크 모델링", [
        ("2104.14294", "https://arxiv.org/pdf/2104.14294.pdf", "ICCV 2021", "facebookresearch/dino",
         "DINO. ViT의 어텐션 맵이 객체 분할처럼 보인다는 그림이 유명함"),
        ("2304.07193", "", "TMLR 2024", "facebookresearch/dinov2",
         "DINOv2. 큐레이션된 1.42억 장 데이터(LVD-142M), 백본 가중치 공개"),
        ("2111.06377", "", "CVPR 2022", "facebookresearch/mae",
         "MAE. 패치 75%를 가리고 복원 (arXiv:2111.06377)"),
    ]),
    ("비전-언어 사전학습", [
        ("2301.12597", "", "ICML 2023", "salesforce/LAVIS",
         "BLIP-2. 고정된 이미지 인코더와 LLM 사이를 Q-Former로 연결"),
    ]),
]


def anchor(h):
    return re.sub(r"[^\w\- ]", "", h.strip().lower()).replace(" ", "-")


COG_TABLE = ["<!-- [[[cog",
             "import cog, yaml",
             "papers = yaml.safe_load(open(\"papers.yaml\", encoding=\"utf-8\"))",
             "cog.outl(\"| 논문 | 학회 | 코드 | 메모 |\")",
             "cog.outl(\"| --- | --- | --- | --- |\")",
             "for p in papers[\"{sec}\"]:",
             "    title = f\"[{{p['title']}}]({{p['url']}})\" if p.get(\"url\") else p[\"title\"]",
             "    code = f\"[{{p['code']}}](https://github.com/{{p['code']}})\" if p.get(\"code\") else \"\"",
             "    cog.outl(f\"| {{title}} | {{p['venue']}} | {{code}} | {{p['memo']}} |\")",
             "]]] -->"]
L = ["# Awesome 자기지도 시각 표현 학습 [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)",
     "",
     "[![cog check](https://github.com/ssl-seminar-kr/awesome-ssl-vision-ko/actions/workflows/cog.yml/badge.svg)](https://github.com/ssl-seminar-kr/awesome-ssl-vision-ko/actions/workflows/cog.yml)",
     "",
     "> 레이블 없이 배우는 시각 표현과 비전-언어 사전학습 논문·코드 모음입니다. 연구실 세미나(매주 목요일 16:00, 공학관 407호)에서 읽은 순서대로 정리합니다.",
     "",
     "이 README의 표와 목차는 [cog](https://github.com/nedbat/cog)로 `papers.yaml`에서 생성됩니다. 표를 직접 고치지 말고 `papers.yaml`을 고친 뒤 아래 명령을 실행하세요.",
     "",
     "```sh",
     "pip install cogapp pyyaml",
     "cog -r README.md",
     "```",
     "",
     "## 목차",
     "",
     "<!-- [[[cog",
     "import cog, yaml",
     "papers = yaml.safe_load(open(\"papers.yaml\", encoding=\"utf-8\"))",
     "for sec in papers:",
     "    cog.outl(f\"- [{sec}](#{sec.replace(' ', '-')})\")",
     "]]] -->"]
L += [f"- [{s}](#{anchor(s)})" for s, _ in SECTIONS]
L += ["<!-- [[[end]]] -->",
      "- [라이브러리](#라이브러리)",
      "- [데이터셋](#데이터셋)",
      "- [읽을거리와 강의](#읽을거리와-강의)",
      "- [기여하기](#기여하기)",
      ""]
for sec, rows in SECTIONS:
    L += [f"## {sec}", ""]
    L += [l.replace("{sec}", sec).replace("{{", "{").replace("}}", "}") for l in COG_TABLE]
    L += ["| 논문 | 학회 | 코드 | 메모 |", "| --- | --- | --- | --- |"]
    for k, url, venue, code, memo in rows:
        title = f"[{T(k)}]({url})" if url else T(k)
        L.append(f"| {title} | {venue} | [{code}](https://github.com/{code}) | {memo} |")
    L += ["<!-- [[[end]]] -->", ""]
L += ["## 라이브러리", "",
      "- [solo-learn](https://github.com/vturrisi/solo-learn) - PyTorch Lightning 기반 자기지도 학습 라이브러리. 선형 평가 스크립트가 편리합니다.",
      "- [lightly](https://github.com/lightly-ai/lightly) - 증강, 손실 함수, 모델 구성 요소 모음.",
      "- [timm](https://github.com/huggingface/pytorch-image-models) - DINO·MAE 가중치를 바로 불러올 수 있습니다.",
      "- [VISSL](https://github.com/facebookresearch/vissl) - 보관(archived) 상태지만 설정 파일이 참고할 만합니다.",
      "",
      "## 데이터셋", "",
      "- [ImageNet-1k](https://www.image-net.org/) - 선형 평가와 k-NN 평가의 표준.",
      "- [COCO 2017](https://cocodataset.org/) - 검출·분할 전이 평가.",
      "- [AI Hub 한국형 사물 이미지](https://aihub.example.or.kr/dataset/71263) - 연구실 내부 전이 실험용(신청 필요).",
      "",
      "## 읽을거리와 강의", "",
      "- [The Illustrated SimCLR Framework](https://amitness.com/posts/simclr) - 그림으로 보는 SimCLR 블로그 글.",
      "- [자기지도 학습 입문 (연구실 블로그)](https://ssl-seminar-kr.github.io/posts/2024-03-ssl-intro/) - BYOL, SwAV, CLIP까지 한 번에 훑는 한국어 글.",
      "- [Stanford CS231n 2024 강의 13: Self-Supervised Learning](https://www.youtube.com/watch?v=kR3cQ2aZ0Lw) - 강의 영상.",
      "",
      "## 기여하기", "",
      "1. `papers.yaml`에 항목을 추가합니다(`title`, `url`, `venue`, `code`, `memo`). 논문 링크가 없으면 `url`은 비워 둡니다.",
      "2. `cog -r README.md`로 표를 다시 생성합니다.",
      "3. PR을 열면 GitHub Actions가 `cog --check README.md`로 표가 최신인지 확인합니다.",
      "",
      "## 라이선스", "",
      "[![CC0](https://licensebuttons.net/p/zero/1.0/88x31.png)](https://creativecommons.org/publicdomain/zero/1.0/)",
      ""]
text = "\n".join(L)
write_only(F1318, text, keys(F1318))
