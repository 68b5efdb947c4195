#!/usr/bin/env python3
"""473: an R script (tidyverse) with Korean comments that a Korean research group uses for a literature-review
figure on "ML for science, RL as sequence modelling, graphs, federated and continual learning": roxygen-style
header, library() calls, a tibble::tribble() of the reviewed papers (title, venue, year, url, group), a helper
function, dplyr / ggplot2 code, ggsave. Papers: arXiv abs URLs in the url column (link), "arXiv:ID" in comments
and an id column (arxiv-text), DOIs, NeurIPS / ICLR / ICML pages, a Nature DOI (title-only). Not papers: the
tidyverse / ggplot2 docs, the R Graph Gallery, CRAN packages, the lab's Notion page, a seminar video, a dataset."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F473, keys, ALPHAFOLD

def q(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'

text = f"""#' ---------------------------------------------------------------------------------------------------------
#' 문헌 리뷰 그림 (그림 2, 표 1): 과학을 위한 ML / 시퀀스 모델링으로서의 RL / 그래프 / 연합·지속 학습
#'
#' 작성: 박서연 (seoyeon.park@lab.example.kr), 검토: 이준호
#' 마지막 수정: 2024-05-16
#' 실행: Rscript review_fig2.R  (R 4.3.x, tidyverse 2.0.0)
#' 참고: 그림 스타일은 연구실 Notion 페이지 "논문 그림 가이드" 따름. 색은 okabe-ito 팔레트.
#' ---------------------------------------------------------------------------------------------------------

suppressPackageStartupMessages({{
  library(tidyverse)   # https://www.tidyverse.org/
  library(scales)
  library(ggrepel)     # CRAN: ggrepel 0.9.5, 라벨 겹침 방지
  library(showtext)    # 한글 폰트
}})

font_add_google("Nanum Gothic", "nanum")
showtext_auto()

out_dir <- "figures"
dir.create(out_dir, showWarnings = FALSE)

# ---- 1. 리뷰 대상 논문 -------------------------------------------------------------------------------
# url 열: arXiv가 있으면 arXiv, 없으면 학회/저널 페이지. arxiv_id 열은 부록 표에만 쓴다.
# 인용 수는 2024-05-10 기준 (Google Scholar에서 손으로 옮겨 적음, 대략적인 값)
papers <- tribble(
  ~title, ~venue, ~year, ~group, ~url, ~arxiv_id, ~citations,
  {q(ALPHAFOLD)},
    "Nature", 2021, "과학", "https://doi.org/10.1038/s41586-021-03819-2", NA, 25000,
  {q(T("2010.08895"))},
    "ICLR", 2021, "과학", "https://openreview.net/group?id=ICLR.cc/2021/Conference", NA, 2700,
  {q(T("2011.03459"))},
    "ICLR", 2021, "그래프", "https://arxiv.org/abs/2011.03459", "2011.03459", 180,
  {q(T("2106.05234"))},
    "NeurIPS", 2021, "그래프", "https://github.com/microsoft/Graphormer", "2106.05234", 1300,
  {q(T("2106.01345"))},
    "NeurIPS", 2021, "RL", "https://arxiv.org/abs/2106.01345v2", "2106.01345", 1800,
  {q(T("2106.02039"))},
    "NeurIPS", 2021, "RL", "https://trajectory-transformer.github.io/", NA, 800,
  {q(T("2111.04263"))},
    "ICLR", 2021, "연합/지속", "https://iclr.cc/virtual/2021/poster/2863", "2111.04263", 700,
  {q(T("2103.09762"))},
    "ICLR", 2021, "연합/지속", "https://iclr.cc/virtual/2021/oral/3485", NA, 500
)

# 메모 (세미나용):
#  - AlphaFold 논문은 Nature 본문 + Supplementary의 Evoformer 설명을 같이 볼 것. 단백질 구조 DB는 데이터셋이라 표에서 뺌.
#  - FNO: "{T("2010.08895").lower()}" — 푸리에 공간에서 적분 연산자를 학습. Navier–Stokes 예제 재현은 neuraloperator 패키지로.
#  - FedDyn(arXiv:2111.04263)은 ICLR 2021 발표인데 arXiv 등록이 늦음 → 연도는 학회 기준으로 통일.
#  - Graphormer는 KDD Cup 2021(OGB-LSC) 우승 모델. OGB 리더보드는 논문이 아니므로 표에 넣지 않음.
#  - Trajectory Transformer와 Decision Transformer는 같은 주에 나왔음 → 그림에서 같은 색으로 묶기.
#  - GPM: 그래디언트를 이전 태스크의 표현 부분공간에 직교하도록 투영. Saha et al. 원문 Algorithm 1 참고.

# ---- 2. 정리 -------------------------------------------------------------------------------------------
short_title <- function(x, width = 38) {{
  # 긴 제목은 그림에서 줄바꿈 (원 제목은 표 1에 그대로)
  str_wrap(x, width = width)
}}

papers <- papers |>
  mutate(
    group = factor(group, levels = c("과학", "RL", "그래프", "연합/지속")),
    label = short_title(title),
    has_arxiv = !is.na(arxiv_id)
  ) |>
  arrange(group, desc(citations))

# 표 1 (부록): LaTeX로 내보내서 Overleaf에 붙임
papers |>
  select(title, venue, year, arxiv_id) |>
  mutate(arxiv_id = replace_na(arxiv_id, "—")) |>
  write_csv(file.path(out_dir, "table1_papers.csv"))

# ---- 3. 그림 2 -----------------------------------------------------------------------------------------
okabe_ito <- c("#E69F00", "#56B4E9", "#009E73", "#CC79A7")

p <- ggplot(papers, aes(x = year, y = citations, colour = group)) +
  geom_point(aes(shape = has_arxiv), size = 3) +
  geom_text_repel(aes(label = label), size = 2.6, family = "nanum", max.overlaps = Inf,
                  min.segment.length = 0, seed = 42) +
  scale_y_log10(labels = label_comma()) +
  scale_colour_manual(values = okabe_ito, name = "분야") +
  scale_shape_manual(values = c(`TRUE` = 16, `FALSE` = 1), labels = c("arXiv 없음", "arXiv 있음"), name = NULL) +
  labs(x = "발표 연도", y = "인용 수 (로그)",
       title = "리뷰 대상 논문", caption = "인용 수: Google Scholar, 2024-05-10") +
  theme_minimal(base_family = "nanum") +
  theme(legend.position = "bottom")

# 색 조합 아이디어는 R Graph Gallery 참고: https://r-graph-gallery.com/
ggsave(file.path(out_dir, "fig2_review.pdf"), p, width = 7, height = 5, device = cairo_pdf)
ggsave(file.path(out_dir, "fig2_review.png"), p, width = 7, height = 5, dpi = 300)

# ---- 4. 확인용 ------------------------------------------------------------------------------------------
stopifnot(nrow(papers) == 8)
message("그림 저장 완료: ", normalizePath(out_dir))
# TODO(서연): 세미나 녹화본 (5/9, 'AI for Science 입문') 링크를 README에 추가
# TODO(준호): ggplot2 문서의 theme() 예제대로 범례 두 줄로?  https://ggplot2.tidyverse.org/reference/theme.html
"""
write_only(F473, text, keys(F473))
