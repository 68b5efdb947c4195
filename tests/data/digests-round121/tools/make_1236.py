#!/usr/bin/env python3
"""1236 (negative): a Kagi Search API answer (Korean): a Daegu-like TA looking for lecture material on diffusion
models for a 2024 spring course queried Kagi's API (`curl -s -H 'Authorization: Bot …'
'https://kagi.com/api/v0/search?q=확산+모델+강의+자료&limit=10' -o kagi_hwaksan.json`) and shared the file with the
other TAs. Kagi writes compact raw-UTF-8 JSON, no final newline: `meta` (id, node, ms, api_balance) and `data`, a
list of search results (`t: 0`: rank, url, title, snippet, optional published and thumbnail) and one related-searches
object (`t: 1`: list). The results are course pages, lecture videos, a library's course, a repository, blog posts,
a leaderboard and a dataset page: no paper title, nothing arXiv-shaped."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import F1236

R = [
 ("https://ai.dgu-example.ac.kr/courses/2024-spring/gen-models", "심층 생성 모델 (AI5013) — 2024 봄학기 강의 자료",
  "주차별 강의 슬라이드와 실습 노트북. 9–11주차: 확산 모델(순방향·역방향 과정, 노이즈 스케줄, 샘플러), 12주차: 조건부 생성과 가이던스. 과제 3은 diffusers로 CIFAR-10 생성 모델 학습.",
  "2024-02-26T00:00:00Z", None),
 ("https://www.youtube.com/playlist?list=PLk9Xv2Hq7mTdQ4rBn0aZcW8eYs1LpUfJo", "[생성 모델 특강] 확산 모델 완전 정복 (1–6강) - YouTube",
  "확산 모델의 기초부터 최신 샘플러까지 한국어로 설명하는 6강짜리 재생목록. 1강: VAE와 비교, 2강: 스코어 매칭, 3강: 노이즈 스케줄 …",
  "2023-11-02T00:00:00Z", {"url": "/proxy/hqdefault.jpg?c=Hs8vQ0mLk2pT", "height": 360, "width": 480}),
 ("https://huggingface.co/learn/diffusion-course/unit0/1", "Hugging Face Diffusion Models Course",
  "Welcome to the Hugging Face Diffusion Models Course! In this free course, you will: 👩‍🎓 Study the theory behind diffusion models; 🧨 Learn how to generate images and audio with the popular 🤗 Diffusers library ...",
  None, None),
 ("https://github.com/huggingface/diffusers", "GitHub - huggingface/diffusers: 🤗 Diffusers: State-of-the-art diffusion models for image and audio generation in PyTorch and FLAX.",
  "🤗 Diffusers is the go-to library for state-of-the-art pretrained diffusion models for generating images, audio, and even 3D structures of molecules ...",
  None, None),
 ("https://lilianweng.github.io/posts/2021-07-11-diffusion-models/", "What are Diffusion Models? | Lil'Log",
  "Diffusion models are inspired by non-equilibrium thermodynamics. They define a Markov chain of diffusion steps to slowly add random noise to data and then learn to reverse the diffusion process ...",
  "2021-07-11T00:00:00Z", None),
 ("https://velog.example.io/@jh_park/diffusion-from-scratch", "PyTorch로 확산 모델 밑바닥부터 구현하기 (코드 포함)",
  "U-Net, 사인파 시간 임베딩, 선형 노이즈 스케줄을 직접 구현해 봅니다. MNIST 기준 RTX 3060에서 20분 학습. 전체 코드는 깃허브에 있습니다. 참고한 강의와 블로그는 글 끝에 정리.",
  "2023-08-19T00:00:00Z", None),
 ("https://cs236.stanford.edu/", "CS236: Deep Generative Models",
  "Generative models are widely used in many subfields of AI and Machine Learning. ... This course will cover variational autoencoders, autoregressive models, normalizing flows, GANs, energy-based and score-based/diffusion models.",
  None, None),
 ("https://paperswithcode.com/sota/image-generation-on-cifar-10", "CIFAR-10 Benchmark (Image Generation) | Papers With Code",
  "The current state-of-the-art on CIFAR-10 is shown in the leaderboard. See a full comparison of models on CIFAR-10 by FID and Inception score.",
  None, None),
 ("https://tistory.example.com/ml-note/112", "확산 모델 공부 순서 정리 — 수학 없이 감 잡기부터 논문 읽기까지",
  "1단계: 유튜브 강의로 직관 잡기, 2단계: Lil'Log 글 정독, 3단계: diffusers 튜토리얼 따라 하기, 4단계: 원 논문 읽기(학회 버전 추천). 스터디 모집 중(대구, 토요일 오전).",
  "2024-01-15T00:00:00Z", None),
 ("https://mmlab.ie.cuhk.edu.hk/projects/CelebA/CelebAMask_HQ.html", "CelebAMask-HQ Dataset",
  "CelebAMask-HQ is a large-scale face image dataset that has 30,000 high-resolution face images selected from the CelebA dataset ... manually-annotated masks with the size of 512 x 512 and 19 classes.",
  None, None),
]
data = []
for i, (url, title, snip, pub, th) in enumerate(R):
    o = {"t": 0, "rank": i + 1, "url": url, "title": title, "snippet": snip}
    if pub: o["published"] = pub
    if th: o["thumbnail"] = th
    data.append(o)
data.append({"t": 1, "list": ["확산 모델 강의 유튜브", "diffusion model 강의 자료 pdf", "스코어 기반 생성 모델 설명", "diffusers 튜토리얼 한국어", "생성 모델 대학원 강의"]})
d = {"meta": {"id": "9c4e1f7a-2b3d-4e8f-a1c6-5d7b0e3f9a24", "node": "asia-northeast3", "ms": 842, "api_balance": 7.125},
     "data": data}
text = json.dumps(d, ensure_ascii=False, separators=(",", ":"))
write(F1236, text, negative=True)
