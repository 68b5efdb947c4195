#!/usr/bin/env python3
"""715: a Nextcloud Talk (spreed) OCS API response, GET /ocs/v2.php/apps/spreed/api/v1/chat/{token}?lookIntoFuture=0
&limit=100 with `Accept: application/json`, as PHP's json_encode writes it: compact, `\\/` for every slash, non-ASCII
as lowercase `\\uXXXX` (emoji as surrogate pairs), `<` / `>` as `\\u003C` / `\\u003E` (JSON_HEX_TAG), empty PHP arrays
as `[]` (messageParameters, reactions); `{"ocs":{"meta":{…},"data":[…]}}` with messages newest first (id descending),
each with the Talk message keys in order, system messages (`{actor}` parameters), mentions (`{mention-user1}`),
a shared `{file}` and `parent` objects for replies. A Korean lab's room on LLM serving and long context."""
import hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_only
from make_expected import F715, keys

TOKEN = "k7q2xv9m"
PEOPLE = {"jiwoo": "박지우", "minji": "김민지", "seojun": "이서준", "haneul": "최하늘"}


def au(k, n=2):
    a = authors(k)
    return ", ".join(a[:n]) + (" 외" if len(a) > n else "")


def user(u):
    return {"type": "user", "id": u, "name": PEOPLE[u]}


msgs = []
T0 = 1709860000  # 2024-03-08 10:06:40 KST


def add(dt, actor, message, params=None, system="", reply_to=None, reactions=None):
    mid = 5120 + len(msgs) * 3 + (len(msgs) % 2)
    m = {"id": mid, "token": TOKEN, "actorType": "users", "actorId": actor, "actorDisplayName": PEOPLE[actor],
         "timestamp": T0 + dt, "message": message, "messageParameters": params or [],
         "systemMessage": system, "messageType": "system" if system else "comment",
         "isReplyable": not system, "referenceId": "" if system else hashlib.sha256(f"talk-{TOKEN}-{mid}".encode()).hexdigest(),
         "reactions": reactions or [], "expirationTimestamp": 0, "markdown": not system}
    if reply_to is not None:
        p = dict(msgs[reply_to]); p.pop("parent", None)
        m["parent"] = p
    msgs.append(m)
    return len(msgs) - 1


add(0, "jiwoo", "{actor} created the conversation", {"actor": user("jiwoo")}, system="conversation_created")
add(5, "jiwoo", "{actor} added {user}", {"actor": user("jiwoo"), "user": user("minji")}, system="user_added")
add(9, "jiwoo", "{actor} added {user}", {"actor": user("jiwoo"), "user": user("seojun")}, system="user_added")
add(12, "jiwoo", "{actor} added {user}", {"actor": user("jiwoo"), "user": user("haneul")}, system="user_added")
add(120, "jiwoo", "서빙/롱컨텍스트 읽기 모임 방입니다 🙌\n매주 금요일 16시, 공학관 502호. 발표 순서는 위키에 있고, 여기는 논문 링크랑 잡담용이에요.")
a = add(860, "minji", f"첫 번째는 제가 할게요.\n**{T('2309.06180')}** ({au('2309.06180')})\nhttps://arxiv.org/abs/2309.06180\nKV 캐시를 페이지 단위로 관리해서 단편화를 줄이는 얘기. 우리 서버에서 배치 크기 2배 가능한지 확인해 볼게요.")
add(1500, "seojun", "{mention-user1} 혹시 블록 크기 실험도 해 주실 수 있어요? 16 vs 32", {"mention-user1": user("minji")}, reply_to=a)
add(4100, "haneul", f"커널 쪽은 이거요: {T('2307.08691')} — https://arxiv.org/pdf/2307.08691v1\n작업 분할을 바꿔서 A100에서 이전 버전보다 거의 2배. 구현은 flash-attn 패키지(논문 아님) 쓰면 됩니다.", reactions={"👍": 2})
add(9000, "jiwoo", f"병렬화 고전 두 개도 같이 읽으면 좋겠어요.\n- {T('1909.08053')} ({au('1909.08053')})\n- {T('2006.16668')} ({au('2006.16668')})\n둘 다 PDF는 공유 폴더 /논문/병렬화 에 있습니다. 텐서 병렬 vs 전문가 병렬 비교하는 회차로.")
b = add(9400, "seojun", f"전문가 병렬 하려면 원조도 봐야죠: {T('1701.06538')}\nhttps://openreview.net/forum?id=B1ckMDqlg\n게이팅 네트워크 + 부하 균형 손실. ICLR 2017 리뷰도 재밌어요.")
add(9800, "minji", "{mention-user1} 좋아요, 그럼 3주차를 병렬화 회차로 잡을게요 👍", {"mention-user1": user("seojun")}, reply_to=b)
add(86400 + 300, "haneul", "{file}", {"file": {"type": "file", "id": "48213", "name": "serving-bench-0308.xlsx", "size": "48213",
    "path": "Talk/serving-bench-0308.xlsx", "link": "https://cloud.lab-seoul.example.kr/f/48213", "etag": "8f3c0a51e2b94d6a",
    "permissions": "27", "mimetype": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "preview-available": "no"}})
add(86400 + 420, "haneul", "어제 돌린 처리량 벤치마크 결과입니다. vLLM 0.3.3 / TGI 1.4 비교. 숫자는 <32k 토큰 요청만 포함.")
c = add(3 * 86400 + 200, "jiwoo", f"롱컨텍스트 쪽 읽을거리:\n1) {T('2306.15595')} — https://arxiv.org/abs/2306.15595 (RoPE 위치를 선형으로 줄여서 컨텍스트 확장, 파인튜닝 1000스텝 정도)\n2) {T('2307.03172')} — arXiv:2307.03172 . 관련 문서가 중간에 있으면 정확도가 U자형으로 떨어짐.")
add(3 * 86400 + 1300, "minji", "2번 재현해 볼 사람? 우리 RAG 데모에서도 문서 순서 바꾸면 답이 달라지던데요 😅", reply_to=c)
add(3 * 86400 + 1900, "seojun", f"효율적 어텐션 역사 얘기 나오면 {T('2001.04451')} 도 짧게 다뤄요. LSH 어텐션 + 가역 레이어. 링크는 나중에 위키에 올릴게요.")
add(3 * 86400 + 2500, "haneul", "참고로 Hugging Face 블로그의 RoPE 스케일링 글이랑 Lilian Weng 블로그 글은 논문이 아니라서 위키 '기타 자료'에 넣었어요.")
add(4 * 86400 + 100, "jiwoo", "공지: 다음 주 금요일은 학과 세미나 때문에 17시로 미룹니다. 장소 동일. 간식은 서준 님 차례 🍪", reactions={"👌": 3})
data = list(reversed(msgs))
resp = {"ocs": {"meta": {"status": "ok", "statuscode": 200, "message": "OK"}, "data": data}}
s = json.dumps(resp, ensure_ascii=True, separators=(",", ":"))
s = s.replace("/", "\\/").replace("<", "\\u003C").replace(">", "\\u003E")
plain = json.dumps(resp, ensure_ascii=False, indent=1)
write_only(F715, s, keys(F715), forms=[plain])
