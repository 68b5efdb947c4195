"""확산 모델 3화: 노이즈에서 그림까지 — 장면 소스.

렌더: manim -pqh scenes/diffusion_ep3.py Ep3Intro Ep3Papers
참고 자료 (영상 설명란에도 그대로 붙임):
  - SDXL: Improving Latent Diffusion Models for High-Resolution Image Synthesis
    https://arxiv.org/abs/2307.01952
  - Adding Conditional Control to Text-to-Image Diffusion Models
    https://arxiv.org/pdf/2302.05543v2
  - Self-Supervised Variational Auto-Encoders: http://arxiv.org/abs/2010.02014
  - Manim 문서: https://docs.manim.community/en/stable/ (문서, 논문 아님)
"""
from manim import *

# 채널 색상
KOR_BLUE = "#3B6FD8"
KOR_GOLD = "#E8B04B"
FONT = "Noto Sans KR"


class Ep3Intro(Scene):
    def construct(self):
        title = Text("확산 모델, 3화", font=FONT, color=KOR_GOLD).scale(1.2)
        sub = Text("노이즈에서 그림까지", font=FONT).next_to(title, DOWN)
        self.play(Write(title), FadeIn(sub, shift=UP))
        self.wait(1)
        # SDE 관점: Score-Based Generative Modeling through Stochastic Differential Equations
        # https://openreview.net/forum?id=PxTIG12RRHS
        sde = Tex(r"$dx = f(x,t)\,dt + g(t)\,dw$").set_color(KOR_BLUE)
        self.play(ReplacementTransform(VGroup(title, sub), sde))
        self.wait(2)
        # 역사 한 줄: A Fast Learning Algorithm for Deep Belief Nets (Hinton 외, 2006) — 아카이브에 없음, 자막으로만
        history = Text("2006 → 2020 → 2023", font=FONT).to_edge(DOWN)
        self.play(FadeIn(history))
        self.wait(1)


class Ep3Papers(Scene):
    def construct(self):
        # 화면에 띄울 논문 제목 (긴 제목은 scale로 줄임)
        papers = VGroup(
            Text("Consistency Models", font=FONT),
            Text("arXiv 2303.01469", font=FONT, color=GRAY).scale(0.6),
            Text("An Image is Worth One Word: Personalizing Text-to-Image Generation using Textual Inversion", font=FONT).scale(0.45),
            Text("3D Gaussian Splatting for Real-Time Radiance Field Rendering", font=FONT).scale(0.5),
        ).arrange(DOWN, buff=0.4)
        for p in papers:
            self.play(FadeIn(p, shift=RIGHT), run_time=0.6)
        self.wait(2)
        # 참고: 코드는 github.com/lllyasviel/ControlNet (저장소), 블로그는 Lilian Weng의
        # "What are Diffusion Models?" (블로그 글), 책은 "Understanding Deep Learning" (Prince)
        # 지난 강연: https://video.hwasil.example.kr/seminar/2024-02
        outro = Text("다음 화: 3D로 가는 길", font=FONT, color=KOR_GOLD)
        self.play(ReplacementTransform(papers, outro))
        self.wait(1)
