#!/usr/bin/env python3
"""1188: a Vespa query API answer (Korean): a Seoul vision lab indexes its reading list in a Vespa application
(`paperlab`, schema `paper`); a student saved `GET /search/?yql=…&hits=10` (compact JSON, raw UTF-8, final newline
from `curl … | tee`). root: id toplevel, relevance 1.0, fields.totalCount, coverage; ten children (eight papers, a
library's docs, a course) by relevance, highest first; each child's id equals fields.documentid
(`id:paperlab:paper::<slug>`), source `paperlab_content`, fields.sddocname `paper`. A paper has `url` (a link), `arxiv`
(an arXiv id as text) or neither (title only)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1188, keys

rows = [  # slug, title, url, arxiv, note, added_by, week
 ("vit", T("2010.11929"), "https://openreview.net/forum?id=" + OR("2010.11929"), None,
  "ViT 원문. ICLR 2021 리뷰 스레드도 같이 읽기 — 패치 크기 16, JFT-300M 사전학습.", "지훈", 3),
 ("convnext", T("2201.03545"), "https://arxiv.org/abs/2201.03545", None,
  "ResNet을 ViT처럼 현대화하면 어디까지 가는가. 7x7 depthwise, LayerNorm, GELU.", "수빈", 4),
 ("simclr", T("2002.05709"), "https://arxiv.org/pdf/2002.05709", None,
  "대조학습 기본. 배치 4096, 강한 augmentation 조합이 핵심.", "현우", 1),
 ("moco", T("1911.05722"), None, "arXiv:1911.05722",
  "모멘텀 인코더 + 큐. 링크 대신 번호만 적어 둠.", "현우", 1),
 ("mae", T("2111.06377"), "https://arxiv.org/abs/2111.06377", None,
  "75% 마스킹, 비대칭 인코더-디코더. 발표 자료는 공유 드라이브에.", "지훈", 5),
 ("dinov2", T("2304.07193"), None, None, "LVD-142M 데이터 큐레이션. 링크 미등록, 제목만.", "서윤", 6),
 ("dino", T("2104.14294"), None, None, "self-distillation, attention map이 객체 분할처럼 보임. 제목만 저장.", "서윤", 5),
 ("simsiam", T("2011.10566"), None, None, "negative 없이 stop-gradient만으로 붕괴 방지. 제목만.", "수빈", 2),
 ("timm-docs", "timm 문서 (PyTorch Image Models)", "https://huggingface.co/docs/timm/index", None,
  "라이브러리 문서 — 논문 아님. 사전학습 가중치 이름 확인용.", "지훈", 0),
 ("cs231n", "CS231n 강의 노트", "https://cs231n.github.io/", None, "강의 — 논문 아님. 신입생용.", "현우", 0),
]
rel = [0.8412, 0.7935, 0.7410, 0.7166, 0.6921, 0.6550, 0.6203, 0.5874, 0.4102, 0.3388]
children = []
for (slug, title, url, arx, note, by, wk), r in zip(rows, rel):
    did = f"id:paperlab:paper::{slug}"
    f = {"sddocname": "paper", "documentid": did, "title": title}
    if url: f["url"] = url
    if arx: f["arxiv"] = arx
    f.update({"note": note, "added_by": by, "week": wk})
    children.append({"id": did, "relevance": r, "source": "paperlab_content", "fields": f})
d = {"root": {"id": "toplevel", "relevance": 1.0, "fields": {"totalCount": len(children)},
              "coverage": {"coverage": 100, "documents": 214, "full": True, "nodes": 1, "results": 1, "resultsFull": 1},
              "children": children}}
text = json.dumps(d, ensure_ascii=False, separators=(",", ":")) + "\n"
write_only(F1188, text, keys(F1188))
