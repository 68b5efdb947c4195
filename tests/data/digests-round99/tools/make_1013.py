#!/usr/bin/env python3
"""1013: a terminal copy of a Gremlin Console session (JanusGraph 1.0's bin/gremlin.sh, TinkerPop 3.7) of a Korean
vision team's engineer (박지훈, `jh.park` on `graph-dev01`) who keeps the team's reading / citation graph in
JanusGraph: the banner and plugin lines, `:remote connect … session` and `:remote console` with their `==>` answers,
then Gremlin traversals typed at `gremlin> ` — counts, `values('title')`, `valueMap(…)` (`[key:[value],…]`),
`elementMap()` (`[id:…,label:…,…]`), `select(…).by(…)` maps, `out('cites')`, an `addV(…)` answered by `==>v[id]`,
a property update, an empty answer, and `:exit`. Paper vertices have title / year / topic / memo (Korean) and url or
arxivId where the team had one; person vertices have Korean names; edges are `cites` and `read`. The timm
documentation and a YouTube talk are stored on `resource` vertices (not papers); "ViT-G/14", "Swin" and "DETR" are
nicknames."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(1013)
K = dict(swin="2103.14030", convnext="2201.03545", vit="2010.11929", ddetr="2010.04159", effv2="2104.00298",
         scaling="2106.04560", copypaste="2012.07177", cotr="2103.14167")
SH = "jh.park@graph-dev01:~/janusgraph-1.0.0$ "
SESS = "7c2e41b9-5d0a-4f63-9b18-e2a07d5c3f46"
G = "gremlin> "
o = [SH + "bin/gremlin.sh", "", "         \\,,,/", "         (o o)", "-----oOOo-(3)-oOOo-----",
     "plugin activated: tinkerpop.server", "plugin activated: tinkerpop.tinkergraph", "plugin activated: tinkerpop.hadoop",
     "plugin activated: tinkerpop.spark", "plugin activated: tinkerpop.utilities", "plugin activated: janusgraph.imports"]


def q(cmd, *res):
    o.append(G + cmd)
    o.extend("==>" + r for r in res)


q(":remote connect tinkerpop.server conf/remote.yaml session", f"Configured localhost/127.0.0.1:8182-[{SESS}]")
q(":remote console", f"All scripts will now be sent to Gremlin Server - [localhost/127.0.0.1:8182]-[{SESS}] - type ':remote console' to return to local mode")
q("g.V().hasLabel('paper').count()", "17")
q("g.V().has('paper', 'topic', 'backbone').order().by('year').values('title')",
  T(K["vit"]), T(K["swin"]), T(K["scaling"]), T(K["effv2"]), T(K["convnext"]))
q("g.V().has('paper', 'topic', 'backbone').has('url').valueMap('title', 'url')",
  f"[title:[{T(K['vit'])}],url:[https://openreview.net/forum?id=YicbFdNTTy]]",
  f"[title:[{T(K['swin'])}],url:[https://arxiv.org/abs/2103.14030]]",
  f"[title:[{T(K['convnext'])}],url:[https://arxiv.org/pdf/2201.03545.pdf]]")
q("g.V().has('paper', 'arxivId', '2010.04159').elementMap()",
  f"[id:4264,label:paper,title:{T(K['ddetr'])},arxivId:2010.04159,year:2020,topic:detection,"
  "memo:DETR 수렴이 느린 문제를 deformable attention으로 해결. 작은 객체 검출 성능이 좋아서 우리 결함 검출 데이터에 먼저 시험]")
q("g.V().has('paper', 'title', '" + T(K["convnext"]) + "').out('cites').values('title')", T(K["vit"]), T(K["swin"]))
q("g.V().has('paper', 'title', '" + T(K["swin"]) + "').in('cites').values('title')", T(K["convnext"]))
q("g.V().hasLabel('person').as('p').outE('read').has('rating', gte(4)).inV().as('q').select('p', 'q').by('name').by('title')",
  f"[p:박지훈,q:{T(K['swin'])}]", f"[p:김민지,q:{T(K['effv2'])}]", f"[p:김민지,q:{T(K['copypaste'])}]",
  f"[p:이서준,q:{T(K['scaling'])}]")
q("g.V().has('paper', 'title', '" + T(K["effv2"]) + "').valueMap('arxivId', 'memo')",
  "[arxivId:[2104.00298],memo:[progressive learning(이미지 크기를 점점 키우는 학습)이 핵심. 우리 학습 파이프라인에 바로 적용 가능]]")
q("g.V().has('paper', 'topic', 'augmentation').valueMap('title', 'memo')",
  f"[title:[{T(K['copypaste'])}],memo:[LVIS 희귀 클래스에서 효과 큼. 라벨링 예산이 적은 우리 상황에 맞음]]")
q("g.V().has('paper', 'title', 'COTR').count()", "0")
q("g.addV('paper').property('title', '" + T(K["cotr"]) + "').property('year', 2021).property('topic', 'matching')"
  ".property('memo', '이미지 간 대응점 찾기. 스테레오 보정 작업에 참고. 링크는 민지가 나중에 추가')", "v[40964176]")
q("g.V(40964176).addE('read').from(V().has('person', 'name', '이서준')).property('rating', 3)", "e[180yt-pcg-685-oe05s][32848-read->40964176]")
q("g.V().has('paper', 'title', '" + T(K["scaling"]) + "').property('memo', 'ViT-G/14까지 스케일링 법칙. 데이터 양 대비 모델 크기 선택 근거로 인용')",
  "v[8360]")
q("g.V().hasLabel('resource').valueMap('name', 'url')",
  "[name:[timm 문서 (pytorch-image-models)],url:[https://huggingface.co/docs/timm/index]]",
  "[name:[Swin 저자 발표 영상 (YouTube)],url:[https://www.youtube.com/watch?v=tFYxJZBAbE8]]")
q("g.V().hasLabel('paper').count()", "18")
o.append(G + ":exit")
o.append(SH)
text = "\n".join(o) + "\n"
write_only(F, text, keys(F))
