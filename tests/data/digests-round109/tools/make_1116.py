#!/usr/bin/env python3
"""1116 (negative): a Hurl test file (`tests/papers_api.hurl`, Hindi comments) for a lab's internal paper-search
and reading-list service: searches, a reading-list round trip with a placeholder entry, error cases. It names no
paper: every title and id is captured at run time or a placeholder; the builder refuses any catalogue title and
anything arXiv-shaped."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import F1116

TEXT = """# पेपर-सर्च सेवा (papers-api) के लिए Hurl टेस्ट
# चलाएँ:  hurl --test --variable base_url=https://papers.nlp-lab.example.in --variable token=$PAPERS_TOKEN tests/papers_api.hurl
# ध्यान दें: यहाँ कोई असली पेपर हार्ड-कोड नहीं है — सर्च के नतीजे रोज़ बदलते हैं, इसलिए IDs capture करके आगे इस्तेमाल करते हैं।

# 1. सेवा चालू है?
GET {{base_url}}/healthz
HTTP 200
[Asserts]
jsonpath "$.status" == "ok"
jsonpath "$.index_size" > 1000


# 2. विषय के हिसाब से खोज — "diffusion" पर पाँच नतीजे
GET {{base_url}}/api/v1/papers
Authorization: Bearer {{token}}
[QueryStringParams]
q: diffusion
limit: 5
sort: recent
HTTP 200
[Asserts]
header "Content-Type" contains "application/json"
jsonpath "$.items" count == 5
jsonpath "$.items[0].title" isString
jsonpath "$.items[0].arxiv_id" matches /^[0-9]{4}\\.[0-9]{4,5}$/
jsonpath "$.items[0].authors" isCollection
[Captures]
first_id: jsonpath "$.items[0].id"
first_arxiv: jsonpath "$.items[0].arxiv_id"


# 3. उसी पेपर का पूरा रिकॉर्ड
GET {{base_url}}/api/v1/papers/{{first_id}}
Authorization: Bearer {{token}}
HTTP 200
[Asserts]
jsonpath "$.id" == "{{first_id}}"
jsonpath "$.arxiv_id" == "{{first_arxiv}}"
jsonpath "$.abstract" isString
jsonpath "$.links.abs" startsWith "https://arxiv.org/abs/"


# 4. रीडिंग-लिस्ट में जोड़ना (नकली प्रविष्टि, टेस्ट के बाद हटा देते हैं)
POST {{base_url}}/api/v1/reading-list
Authorization: Bearer {{token}}
Content-Type: application/json
{
  "paper_id": "{{first_id}}",
  "group": "पठन-समूह बुधवार",
  "note": "टेस्ट प्रविष्टि — कृपया अनदेखा करें",
  "presenter": "test-bot"
}
HTTP 201
[Captures]
entry_id: jsonpath "$.entry_id"
[Asserts]
jsonpath "$.paper_id" == "{{first_id}}"
jsonpath "$.status" == "to-read"


# 5. सूची में दिख रहा है?
GET {{base_url}}/api/v1/reading-list
Authorization: Bearer {{token}}
[QueryStringParams]
group: पठन-समूह बुधवार
HTTP 200
[Asserts]
jsonpath "$.entries[*].entry_id" includes "{{entry_id}}"


# 6. साफ़-सफ़ाई
DELETE {{base_url}}/api/v1/reading-list/{{entry_id}}
Authorization: Bearer {{token}}
HTTP 204


# 7. शीर्षक से खोज — बिना टोकन के 401 आना चाहिए
GET {{base_url}}/api/v1/papers/search-title
[QueryStringParams]
title: कोई भी शीर्षक
HTTP 401


# 8. ग़लत arXiv फ़ॉर्मैट पर 422
GET {{base_url}}/api/v1/papers/by-arxiv/abc.def
Authorization: Bearer {{token}}
HTTP 422
[Asserts]
jsonpath "$.detail[0].msg" contains "arXiv"


# 9. OpenReview से आयात (सिर्फ़ dry-run)
POST {{base_url}}/api/v1/import/openreview?dry_run=true
Authorization: Bearer {{token}}
Content-Type: application/json
{
  "venue": "ICLR.cc/2024/Conference",
  "max_items": 3
}
HTTP 200
[Asserts]
jsonpath "$.would_import" count <= 3
jsonpath "$.would_import[0].forum_url" startsWith "https://openreview.net/forum?id="
duration < 5000
"""
write(F1116, TEXT, negative=True)
