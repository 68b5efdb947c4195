#!/usr/bin/env python3
"""1056 (negative): a Korean NLP lab's shared TimeTree calendar as the TimeTree Open API answered
`GET https://timetreeapis.com/calendars/<id>/upcoming_events?timezone=Asia/Seoul&days=7&include=creator,label,attendees`
(in November 2023, before the API was shut down): JSON:API — `data` events (attributes category, title, all_day,
start_at / start_timezone, end_at / end_timezone, recurrence, description, location, url, updated_at, created_at;
relationships creator, label, attendees) and `included` users and labels (label ids `<calendar id>,<n>`), compact,
UTF-8 raw, no final newline. Timed events in Asia/Seoul with UTC instants, all-day ones at UTC midnight. The reading
group's paper for the week is still undecided: the descriptions ask for candidates and name topics and model
nicknames, never a paper's title or an arXiv id."""
import hashlib, json, os, sys
from datetime import datetime, timedelta, timezone
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num

F = by_num(1056)
CAL = "YqA7c2Rb1xJp"
KST = timezone(timedelta(hours=9))
USERS = {"park": ("2208137", "박서진 교수님"), "kim": ("3391420", "김지훈"), "lee": ("3391488", "이수민"),
         "choi": ("3402215", "최현우"), "jung": ("3517760", "정다은")}
LABELS = {1: ("연구실 공통", "#2ecc87"), 3: ("논문 읽기", "#3b9ee3"), 5: ("마감", "#e73b3b"), 7: ("개인 일정", "#7f8c8d")}


def eid(seed):
    return hashlib.sha1(seed.encode()).hexdigest()[:32]


def z(d):
    return d.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")


events = []


def ev(seed, title, start, end, label, creator, attendees, desc="", loc="", url=None, all_day=False, rec=None,
       created="2023-10-30T02:11:05.000Z", updated=None):
    if all_day:
        s_at, e_at, tz = start.strftime("%Y-%m-%dT00:00:00.000Z"), end.strftime("%Y-%m-%dT00:00:00.000Z"), "UTC"
    else:
        s_at, e_at, tz = z(start), z(end), "Asia/Seoul"
    events.append({"id": eid(seed), "type": "event",
                   "attributes": {"category": "schedule", "title": title, "all_day": all_day, "start_at": s_at,
                                  "start_timezone": tz, "end_at": e_at, "end_timezone": tz, "recurrence": rec,
                                  "description": desc, "location": loc, "url": url, "updated_at": updated or created,
                                  "created_at": created},
                   "relationships": {"creator": {"data": {"id": USERS[creator][0], "type": "user"}},
                                     "label": {"data": {"id": f"{CAL},{label}", "type": "label"}},
                                     "attendees": {"data": [{"id": USERS[a][0], "type": "user"} for a in attendees]}}})


D = lambda d, h=0, m=0: datetime(2023, 11, d, h, m, tzinfo=KST)
ALL = ["park", "kim", "lee", "choi", "jung"]
ev("labmeeting", "주간 랩미팅", D(6, 10), D(6, 11, 30), 1, "park", ALL,
   desc="진행 상황 공유 (1인 5분). 슬라이드는 공유 드라이브 ‘랩미팅/2023-2학기’ 폴더에 전날까지 올려 주세요.",
   loc="공학관 503호", rec=["RRULE:FREQ=WEEKLY;BYDAY=MO"], created="2023-08-28T01:02:44.000Z")
ev("reading-1107", "논문 읽기 모임 – 발표 논문 미정", D(7, 16), D(7, 17, 30), 3, "lee", ALL,
   desc="이번 주 발표자: 김지훈\n발표할 논문이 아직 정해지지 않았습니다 😅 수요일까지 슬랙에 공지 예정\n후보는 슬랙 "
        "#paper-reading 채널 스레드에 올려 주세요. 이번 달 주제는 ‘긴 문맥 처리’ 또는 ‘효율적인 파인튜닝(LoRA 계열)’입니다.\n"
        "※ 최근 1년 이내에 나온 논문 우선, 이미 읽은 논문 목록은 노션 페이지 참고",
   loc="공학관 503호 / Zoom", url="https://zoom.us/j/84512093377?pwd=bkxQcTZyd0VhY2tGc2pWZz09",
   created="2023-10-30T02:11:05.000Z", updated="2023-11-05T13:48:20.000Z")
ev("deadline-1108", "학위논문 최종본 제출 마감 (대학원 행정실)", D(8), D(8), 5, "park", ["lee", "jung"], all_day=True,
   desc="석사 학위논문 인준지 3부 + PDF 업로드. 표절 검사 결과지 첨부 필수.", created="2023-09-01T00:12:44.000Z")
ev("defense-lee", "석사 학위논문 심사 – 이수민", D(8, 15), D(8, 16, 30), 1, "park", ALL,
   desc="심사위원: 박서진 교수님 외 2인. 발표 30분 + 질의응답. 연구실 인원은 가능하면 참관해 주세요.",
   loc="공학관 501호 세미나실", created="2023-10-16T05:40:18.000Z", updated="2023-11-02T08:03:57.000Z")
ev("acl-prep", "ACL 2024 투고 준비 회의", D(9, 14), D(9, 15), 1, "park", ["park", "choi", "jung"],
   desc="실험 표 정리 상태 점검, 관련 연구 절 초안 분담. (2월 15일 ARR 마감 기준 역산)", loc="교수님 연구실 (공학관 507호)",
   created="2023-11-01T06:30:12.000Z")
ev("trip", "박서진 교수님 해외 출장", D(9), D(12), 7, "park", ["park"], all_day=True,
   desc="출장 중 메일 답장 늦을 수 있음. 급한 건은 이수민 님께.", created="2023-10-20T08:00:37.000Z")
ev("reading-1110", "논문 읽기 모임 휴강 (학과 행사)", D(10, 16), D(10, 17, 30), 3, "lee", ALL,
   desc="금요일 모임은 학과 홈커밍 행사로 쉽니다. 이번 주 발표는 화요일 한 번만 진행합니다.",
   loc="", created="2023-11-02T00:41:09.000Z")
ev("gpu-maint", "GPU 서버 정기 점검", D(12, 9), D(12, 13), 1, "choi", ["choi"],
   desc="nlp-gpu01~03 재부팅 및 드라이버 업데이트. 점검 시간 동안 학습 작업 예약 금지!", loc="서버실",
   url="https://nlp-lab.slack.com/archives/C05QJ8K2L1M/p1699252011448599", created="2023-11-03T09:15:40.000Z")
events.sort(key=lambda e: (e["attributes"]["start_at"], e["id"]))
included = [{"id": u, "type": "user", "attributes": {"name": n, "description": "",
             "image_url": f"https://attachments.timetree.me/users/{u}/profile/{hashlib.md5(u.encode()).hexdigest()[:12]}.jpg"}}
            for u, n in USERS.values()]
included += [{"id": f"{CAL},{k}", "type": "label", "attributes": {"name": n, "color": c}} for k, (n, c) in LABELS.items()
             if any(e["relationships"]["label"]["data"]["id"] == f"{CAL},{k}" for e in events)]
text = json.dumps({"data": events, "included": included}, ensure_ascii=False, separators=(",", ":"))
write(F, text, negative=True)
