#!/usr/bin/env python3
"""588: an Elasticsearch 8 `_search?pretty` response (Jackson's pretty printer: `"key" : value`, two-space indent),
a lab's paper index queried for the vision-backbone reading list: took / timed_out / _shards / hits.total (value,
relation) / max_score / hits (_index, _id, _score, _source, highlight on Korean notes) / aggregations (terms on tags
and a date histogram). Korean notes."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only, CAT
from make_expected import F588, keys

def A(k, n=3):
    return CAT[k]["authors"][:n]

docs = [
 ("hJ3kXo4BvQ1u2mZ8aK1c", 9.412, {"title": T("2010.11929"), "authors": A("2010.11929"), "year": 2021, "venue": "ICLR 2021",
   "url": "https://openreview.net/forum?id=YicbFdNTTy", "tags": ["vit", "backbone"], "added_by": "sjpark",
   "notes": "패치 16x16, 대규모 사전학습(JFT) 없으면 ResNet보다 약함. 발표 자료 3/12 세미나.", "read": True, "added_at": "2024-02-27T10:14:03Z"}),
 ("hZ3kXo4BvQ1u2mZ8aK2d", 8.977, {"title": T("2201.03545"), "authors": A("2201.03545"), "year": 2022, "venue": "CVPR 2022",
   "url": "https://arxiv.org/abs/2201.03545", "tags": ["convnet", "backbone"], "added_by": "mkim",
   "notes": "ResNet을 ViT 학습 레시피로 현대화. 7x7 depthwise, LayerNorm, GELU.", "read": True, "added_at": "2024-02-27T10:20:41Z"}),
 ("iB4kXo4BvQ1u2mZ8aK3e", 8.301, {"title": T("2104.00298"), "authors": A("2104.00298", 2), "year": 2021, "venue": "ICML 2021",
   "url": "https://arxiv.org/pdf/2104.00298.pdf", "tags": ["convnet", "efficient"], "added_by": "mkim",
   "notes": "progressive learning: 이미지 크기와 정규화를 같이 키움. Fused-MBConv.", "read": False, "added_at": "2024-02-28T01:02:19Z"}),
 ("iR4kXo4BvQ1u2mZ8aK4f", 7.864, {"title": T("2103.14586"), "authors": A("2103.14586"), "year": 2021, "venue": "ICCV 2021",
   "url": "https://arxiv.org/abs/2103.14586", "tags": ["vit", "robustness"], "added_by": "sjpark",
   "notes": "ViT가 충분한 데이터로 학습하면 ResNet만큼(이상) 강건. 패치 단위 섭동 실험 참고.", "read": False, "added_at": "2024-03-01T07:45:55Z"}),
 ("jA5kXo4BvQ1u2mZ8aK5g", 7.212, {"title": T("2010.04159"), "authors": A("2010.04159"), "year": 2021, "venue": "ICLR 2021",
   "url": None, "eprint": "arXiv:2010.04159", "tags": ["detection", "transformer"], "added_by": "hjlee",
   "notes": "DETR 수렴 느린 문제 → deformable attention. 검출 팀 공용 베이스라인.", "read": True, "added_at": "2024-03-02T12:31:08Z"}),
 ("jQ5kXo4BvQ1u2mZ8aK6h", 6.945, {"title": T("2010.08515"), "authors": A("2010.08515"), "year": 2021, "venue": "ICLR 2021",
   "url": None, "tags": ["theory", "convnet"], "added_by": "ywchoi",
   "notes": "이론 세미나용. 등변성(equivariance)으로 샘플 복잡도 차이 설명. PDF는 공유 드라이브 /papers/theory 에.", "read": False, "added_at": "2024-03-04T09:12:44Z"}),
 ("kB6kXo4BvQ1u2mZ8aK7i", 6.433, {"title": T("2103.14167"), "authors": A("2103.14167"), "year": 2021, "venue": "ICCV 2021",
   "url": None, "tags": ["matching", "transformer"], "added_by": "hjlee",
   "notes": "매칭용 트랜스포머. 3D 재구성 과제와 연결 가능?", "read": False, "added_at": "2024-03-05T03:58:27Z"}),
 ("kR6kXo4BvQ1u2mZ8aK8j", 5.918, {"title": T("2103.14146"), "authors": A("2103.14146"), "year": 2021, "venue": "ICCV 2021",
   "url": None, "tags": ["change-captioning", "transformer"], "added_by": "ywchoi",
   "notes": "변화 캡셔닝 데이터셋 포함. 학부 인턴 과제 후보.", "read": False, "added_at": "2024-03-06T14:06:33Z"}),
]
hits = [{"_index": "lab-papers-v3", "_id": i, "_score": s, "_source": src,
         "highlight": {"tags": [f"<em>{src['tags'][0]}</em>"]}} for i, s, src in docs]
resp = {
 "took": 14, "timed_out": False,
 "_shards": {"total": 1, "successful": 1, "skipped": 0, "failed": 0},
 "hits": {"total": {"value": len(docs), "relation": "eq"}, "max_score": docs[0][1], "hits": hits},
 "aggregations": {
  "by_tag": {"doc_count_error_upper_bound": 0, "sum_other_doc_count": 3, "buckets": [
    {"key": "transformer", "doc_count": 3}, {"key": "backbone", "doc_count": 2}, {"key": "convnet", "doc_count": 3},
    {"key": "vit", "doc_count": 2}]},
  "by_added_by": {"doc_count_error_upper_bound": 0, "sum_other_doc_count": 0, "buckets": [
    {"key": "hjlee", "doc_count": 2}, {"key": "mkim", "doc_count": 2}, {"key": "sjpark", "doc_count": 2},
    {"key": "ywchoi", "doc_count": 2}]},
  "added_per_week": {"buckets": [
    {"key_as_string": "2024-02-26T00:00:00.000Z", "key": 1708905600000, "doc_count": 3},
    {"key_as_string": "2024-03-04T00:00:00.000Z", "key": 1709510400000, "doc_count": 5}]}}}
# aggregations.by_tag is ordered by doc_count in ES; fix the order
resp["aggregations"]["by_tag"]["buckets"].sort(key=lambda b: (-b["doc_count"], b["key"]))
text = json.dumps(resp, indent=2, ensure_ascii=False, separators=(",", " : ")) + "\n"
forms = [json.dumps(resp, ensure_ascii=False)]
write_only(F588, text, keys(F588), forms)
