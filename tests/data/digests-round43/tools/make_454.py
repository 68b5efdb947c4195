#!/usr/bin/env python3
"""454: an Instapaper export (Settings → Export → CSV) of a Korean user: the header URL,Title,Selection,Folder,
Timestamp, one row per saved page, folders "Unread", "Archive" and custom Korean folders (자기지도학습, 멀티모달,
의료영상), Selection holding the text highlighted when saving (often empty), Unix timestamps; written with the CSV
module's minimal quoting and CRLF line ends, as the export is. Papers: arXiv abs URLs (link), an OpenReview forum URL
(link), a velog post whose URL carries the arXiv id and an arxiv-sanity-lite link (arxiv-text), a CVF open-access
page, Korean blog posts about a paper, DeepMind's blog post (title-only). Not papers: the lightly repository, a
Hugging Face blog post, a YouTube lecture, a Korean newsletter, a job posting, a news article."""
import csv, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_raw
from make_expected import F454, keys

rows = [
 ("https://openreview.net/forum?id=3rRgu7OGgBI", T("2011.06182") + " | OpenReview",
  "contrastive cross-entropy + categorical contrastive learning 두 헤드. 우리 fine-tuning 실험에 바로 적용 가능?",
  "자기지도학습", 1706345481),
 ("https://ai-note.example.kr/entry/byol-review", "[논문 리뷰] " + T("2006.07733"), "", "자기지도학습", 1706349012),
 ("https://arxiv.org/abs/2304.07193", "[2304.07193] " + T("2304.07193"), "", "자기지도학습", 1706431877),
 ("https://velog.io/@ssl_study/2104.14294-DINO-%EB%A6%AC%EB%B7%B0",
  "DINO 리뷰 — " + T("2104.14294"), "self-distillation with no labels, teacher는 student의 EMA, centering + sharpening",
  "자기지도학습", 1706433310),
 ("https://openaccess.thecvf.com/content/CVPR2022/html/He_Masked_Autoencoders_Are_Scalable_Vision_Learners_CVPR_2022_paper.html",
  "CVPR 2022 Open Access Repository",
  T("2111.06377") + "\nKaiming He, Xinlei Chen, Saining Xie, Yanghao Li, Piotr Dollár, Ross Girshick; "
  "Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR), 2022, pp. 16000-16009",
  "Archive", 1706514902),
 ("https://github.com/lightly-ai/lightly", "GitHub - lightly-ai/lightly: A python library for self-supervised learning on images.",
  "", "Archive", 1706515230),
 ("https://arxiv.org/abs/2301.12597v3", "[2301.12597] " + T("2301.12597"), "Q-Former 구조 그림만 다시 보기", "멀티모달", 1707098844),
 ("https://brunch.co.kr/@vlmnote/12", "Frozen 논문 정리: " + T("2106.13884"), "", "멀티모달", 1707101377),
 ("https://huggingface.co/blog/vision_language_pretraining", "A Dive into Vision-Language Models", "", "멀티모달", 1707102045),
 ("https://arxiv-sanity-lite.com/?rank=pid&pid=2103.14339", "arxiv-sanity",
  T("2103.14339") + " — 라벨링 예산 문제, 흉부 X-ray. 과제 제안서 2장에 인용할 것", "의료영상", 1707807630),
 ("https://www.youtube.com/watch?v=Ak3pLw9Xq2c", "[강의] 의료영상 AI 입문 5강 - 라벨이 부족할 때 - YouTube", "", "의료영상", 1707809954),
 ("https://deepmind.google/discover/blog/game-theory-as-an-engine-for-large-scale-data-analysis/",
  "Game theory as an engine for large-scale data analysis - Google DeepMind",
  T("2010.00554") + " — PCA를 게임으로. ICLR 2021 outstanding paper", "Unread", 1708412388),
 ("https://newsletter.example.kr/issues/57", "AI 위클리 #57: 올해 꼭 읽어야 할 비전 모델들", "", "Unread", 1708500001),
 ("https://careers.example.kr/jobs/ml-research-engineer-vision", "[채용] 비전 ML 리서치 엔지니어 (경력 3년 이상)", "", "Unread", 1708590117),
 ("https://news.example.kr/article/20240222000431", "국내 연구진, 의료영상 판독 AI 임상시험 착수", "", "Unread", 1708591440),
]
buf = io.StringIO()
w = csv.writer(buf)  # default dialect: minimal quoting, \r\n
w.writerow(["URL", "Title", "Selection", "Folder", "Timestamp"])
for r in rows: w.writerow(r)
text = buf.getvalue()
fields = "\n".join(x for r in rows for x in map(str, r))
write_raw(F454, text.encode("utf-8"), [text, fields, __import__("urllib.parse").parse.unquote(text)], keys(F454))
