#!/usr/bin/env python3
"""1215: a Podio item filter API answer (Korean): a Daejeon-like lab keeps its reading list in a Podio app
(`reading-list` in the workspace `multimodal`); a member saved
`curl -s -X POST https://api.podio.com/item/app/29417360/filter/ -H 'Authorization: OAuth2 …' -d '{"limit":30,"filters":{"created_on":{"from":"2024-04-15","to":"2024-05-08"}},"sort_by":"created_on","sort_desc":true}' | jq . > podio-reading.json`
— jq's two-space pretty form, raw UTF-8, a final newline. Top keys total, filtered, items; each item: item_id,
app_item_id, app_item_id_formatted, title, link, fields (text 제목, embed 링크, text arXiv, category 분류, text 메모 in
HTML), created_on (`YYYY-MM-DD HH:MM:SS`, UTC), created_by, comment_count, file_count, tags. An arXiv embed carries the
page title arXiv gives (`[id] Title`). Papers: three arXiv embeds (one pdf), one arXiv id typed in the arXiv field,
four title only; a GitHub repository and a dataset page are not papers. filtered (the items in the date range) = the
items' count, total (the app's items) larger; items newest first."""
import hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1215, keys

ORG = "https://podio.com/lab-example-kr/multimodal/apps/reading-list/items/"
USERS = {"박서연": 5123401, "이도현": 5123417, "최유나": 5123452, "김지훈": 5123488}
CAT_ = {"논문": (1, "DCEBD8"), "코드": (2, "F7F0C5"), "데이터셋": (3, "D2E4EB")}
items = [  # (app_item_id, title, category, url, arxiv, memo html, user, created_on, comments)
 (47, T("2304.02643"), "논문", "https://arxiv.org/abs/2304.02643", "", "<p>SAM — 프롬프트 기반 분할. 5월 세미나 발표: 박서연</p>", "박서연", "2024-05-07 02:14:09", 2),
 (46, "haotian-liu/LLaVA", "코드", "https://github.com/haotian-liu/LLaVA", "", "<p>공식 코드 (논문 아님). 체크포인트 링크는 README 참고</p>", "이도현", "2024-05-06 11:40:52", 0),
 (45, T("2304.08485"), "논문", "https://arxiv.org/abs/2304.08485", "", "<p>LLaVA 논문. <strong>필독</strong> — 데이터 생성 파이프라인 부분</p>", "이도현", "2024-05-06 11:38:20", 1),
 (44, T("2307.15043"), "논문", "", "", "<p>탈옥 공격(GCG). 링크 없음 — 안전성 세미나용, 제목만</p>", "최유나", "2024-05-03 08:02:47", 3),
 (43, T("2308.04079"), "논문", "", "arXiv:2308.04079", "<p>3DGS. 링크 대신 arXiv 번호만 입력함</p>", "김지훈", "2024-05-02 14:21:33", 0),
 (42, T("2204.14198"), "논문", "https://arxiv.org/pdf/2204.14198", "", "<p>Flamingo — few-shot VLM, Perceiver Resampler 구조</p>", "박서연", "2024-04-29 06:55:10", 1),
 (41, T("2009.09761"), "논문", "", "", "<p>오디오 확산 모델. 제목만 — 음성팀 추천</p>", "김지훈", "2024-04-26 09:30:00", 0),
 (40, "COCO — Common Objects in Context", "데이터셋", "https://cocodataset.org/", "", "<p>데이터셋 페이지 (논문 아님)</p>", "최유나", "2024-04-25 01:17:44", 0),
 (39, T("2006.05929"), "논문", "", "", "<p>데이터셋 압축(condensation). PDF는 공유 드라이브에 있음</p>", "이도현", "2024-04-22 13:05:58", 0),
 (38, T("2103.14338"), "논문", "", "", "<p>사람 동작 전이, few-shot. 제목만 등록</p>", "박서연", "2024-04-19 04:48:31", 0),
]
assert [i[7] for i in items] == sorted((i[7] for i in items), reverse=True)


def nid(seed, lo, span):
    return lo + int(hashlib.sha256(f"r119-1215-{seed}".encode()).hexdigest(), 16) % span


out = []
for aid, title, cat, url, ax, memo, user, created, nc in items:
    fields = [{"field_id": 281934011, "type": "text", "external_id": "jemog", "label": "제목", "values": [{"value": title}]}]
    if url:
        host = url.split("/")[2]
        etitle = f"[{url.rsplit('/', 1)[1]}] {title}" if host == "arxiv.org" and "/abs/" in url else \
                 (title if host != "arxiv.org" else None)
        fields.append({"field_id": 281934012, "type": "embed", "external_id": "ringkeu", "label": "링크", "values": [
            {"embed": {"embed_id": nid(aid, 190000000, 900000), "type": "link", "title": etitle, "description": None,
                       "original_url": url, "resolved_url": url, "url": url, "hostname": host,
                       "embed_html": None, "embed_width": None, "embed_height": None, "created_on": created},
             "file": None}]})
    if ax:
        fields.append({"field_id": 281934013, "type": "text", "external_id": "arxiv", "label": "arXiv", "values": [{"value": ax}]})
    cid, color = CAT_[cat]
    fields.append({"field_id": 281934014, "type": "category", "external_id": "bunryu", "label": "분류",
                   "values": [{"value": {"status": "active", "text": cat, "id": cid, "color": color}}]})
    fields.append({"field_id": 281934015, "type": "text", "external_id": "memo", "label": "메모", "values": [{"value": memo}]})
    out.append({"item_id": nid(f"item{aid}", 2760000000, 9000000), "app_item_id": aid, "app_item_id_formatted": str(aid),
                "title": title, "link": ORG + str(aid), "fields": fields, "created_on": created,
                "created_by": {"type": "user", "id": USERS[user], "name": user, "url": f"https://podio.com/users/{USERS[user]}",
                               "avatar_type": "file"},
                "comment_count": nc, "file_count": 0, "tags": ["멀티모달"] if cat == "논문" else []})
d = {"total": 23, "filtered": len(out), "items": out}
text = json.dumps(d, ensure_ascii=False, indent=2) + "\n"
write_only(F1215, text, keys(F1215))
