#!/usr/bin/env python3
"""994: a terminal copy of two `kcat` commands run by a Korean medical-imaging startup's ML engineer against the
Kafka topic their team reading app publishes to: `kcat -L` (the metadata listing: brokers with the controller,
topics, partitions with leader / replicas / isrs) and `kcat -C … -o beginning -e -f 'p=%p o=%o ts=%T key=%k\\n%s\\n\\n'`
(each message as the format string prints it: partition, offset, create-time in ms, key, then the payload, a blank
line), kcat's `% Reached end of topic … [p] at offset n` lines on stderr, the last with `: exiting`. Payloads are the
app's events as Jackson writes them (compact, Korean raw): PAPER_ADDED, LINK_ADDED, COMMENT_ADDED, STATUS_CHANGED,
SESSION_SCHEDULED, keyed by user so that one user's events stay in one partition. The torchvision model page and a
MONAI tutorial are links, not papers."""
import datetime as dt, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, ALEXNET, DBN

F = by_num(994)
K = dict(resnet="1512.03385", effnet="1905.11946", medsel="2103.14339", dc="2006.05929", prelu="1502.01852",
         autohas="2006.03656")
KST = dt.timezone(dt.timedelta(hours=9))
TOPIC = "reading.events.v1"
BROKERS = ["kafka-1.mlops.medivue.example:9092", "kafka-2.mlops.medivue.example:9092", "kafka-3.mlops.medivue.example:9092"]
NAMES = {"u-1042": "김서연", "u-1057": "박준호", "u-1063": "이하늘", "u-1071": "정민재"}
PART = {"u-1042": 0, "u-1063": 0, "u-1057": 1, "u-1071": 1}
LOW = {0: 112, 1: 97}
msgs = {0: [], 1: []}
seq = [0]


def event(when, user, typ, **body):
    t = dt.datetime.strptime(when, "%Y-%m-%d %H:%M:%S.%f").replace(tzinfo=KST)
    seq[0] += 1
    ev = {"eventId": "evt-%s-%04d" % (t.strftime("%Y%m%d"), 300 + seq[0] * 7), "type": typ,
          "occurredAt": t.isoformat(timespec="milliseconds"), "userId": user, "userName": NAMES[user], "teamId": "vision-cxr"}
    ev.update(body)
    ms = int(t.timestamp() * 1000) + 3 + seq[0] % 5
    msgs[PART[user]].append((ms, user, json.dumps(ev, ensure_ascii=False, separators=(",", ":"))))


def paper(key, title, url=None, arxiv=None):
    return {"paperKey": key, "title": title, "url": url, "arxivId": arxiv}


event("2024-03-04 09:12:05.412", "u-1042", "PAPER_ADDED", paper=paper("pp-0193", T(K["resnet"]), "https://arxiv.org/abs/1512.03385"),
      shelf="온보딩", memo="신입 온보딩 1주차 필독. 잔차 연결이 왜 최적화를 쉽게 만드는지 10분 발표 준비해 오기.")
event("2024-03-04 09:14:51.087", "u-1042", "PAPER_ADDED", paper=paper("pp-0194", T(K["prelu"])),
      shelf="온보딩", memo="PReLU + He 초기화. 우리 백본 초기화 코드가 이 논문 식을 따르는지 확인할 것.")
event("2024-03-04 13:40:22.630", "u-1057", "PAPER_ADDED", paper=paper("pp-0195", T(K["effnet"]), "https://arxiv.org/abs/1905.11946"),
      shelf="백본", memo="compound scaling. 흉부 X-ray 분류기 백본 후보 (B3 vs B4 비교 예정).")
event("2024-03-05 10:05:47.219", "u-1071", "PAPER_ADDED", paper=paper("pp-0196", T(K["dc"]), None, "2006.05929"),
      shelf="라벨 효율", memo="데이터셋 압축(gradient matching). 라벨링 비용 줄이는 방향으로 검토.")
event("2024-03-05 10:09:13.954", "u-1071", "PAPER_ADDED", paper=paper("pp-0197", T(K["medsel"]), "https://arxiv.org/abs/2103.14339"),
      shelf="라벨 효율", memo="선택적 라벨링 + 메타러닝 + 강화학습. 지금 우리 문제(판독의 라벨 예산)와 가장 가까운 논문.")
event("2024-03-05 11:30:02.381", "u-1063", "PAPER_ADDED", paper=paper("pp-0198", ALEXNET),
      shelf="역사 세션", memo="NIPS 2012. arXiv에는 없음 — PDF는 팀 드라이브 '역사 세션' 폴더에.")
event("2024-03-05 11:31:40.775", "u-1063", "PAPER_ADDED", paper=paper("pp-0199", DBN),
      shelf="역사 세션", memo="Neural Computation 2006. 층별 사전학습 이야기 — 역사 세션 두 번째 논문.")
event("2024-03-06 15:22:18.506", "u-1057", "PAPER_ADDED", paper=paper("pp-0200", T(K["autohas"])),
      shelf="AutoML", memo="아키텍처와 하이퍼파라미터를 같이 찾는 방법. 코드 공개 여부 확인 필요.")
event("2024-03-06 15:25:09.344", "u-1057", "LINK_ADDED", link={"url": "https://pytorch.org/vision/stable/models.html", "kind": "DOC"},
      shelf="백본", memo="torchvision 사전학습 가중치 목록 — 논문 아님, 참고용.")
event("2024-03-07 09:48:33.190", "u-1042", "COMMENT_ADDED", paperKey="pp-0193",
      comment="발표 자료 올렸어요. 그림 2(56층이 20층보다 학습 오차가 큰 문제) 위주로 설명합니다.")
event("2024-03-07 17:02:56.861", "u-1071", "LINK_ADDED",
      link={"url": "https://github.com/Project-MONAI/tutorials", "kind": "REPO"},
      shelf="라벨 효율", memo="MONAI 튜토리얼 — active learning 예제 있음. 논문 아님.")
event("2024-03-08 10:15:40.027", "u-1057", "STATUS_CHANGED", paperKey="pp-0195", **{"from": "TO_READ", "to": "READING"})
event("2024-03-08 16:30:11.452", "u-1063", "SESSION_SCHEDULED", session={"date": "2024-03-14", "time": "16:00",
      "paperKeys": ["pp-0198", "pp-0199"], "room": "판교 본사 7층 세미나실", "presenter": "u-1063"})
event("2024-03-11 09:05:37.718", "u-1042", "STATUS_CHANGED", paperKey="pp-0193", **{"from": "READING", "to": "DONE"})

P = "sy.kim@mlops-dev:~$ "
out = [P + "kcat -L -b %s -t %s" % (BROKERS[0], TOPIC),
       "Metadata for %s (from broker -1: %s/bootstrap):" % (TOPIC, BROKERS[0]),
       " 3 brokers:"]
out += ["  broker %d at %s%s" % (i + 1, b, " (controller)" if i == 1 else "") for i, b in enumerate(BROKERS)]
out += [" 1 topics:", '  topic "%s" with 2 partitions:' % TOPIC,
        "    partition 0, leader 3, replicas: 3,1,2, isrs: 3,1,2",
        "    partition 1, leader 1, replicas: 1,2,3, isrs: 1,2,3",
        P + "kcat -C -b %s -t %s -o beginning -e -f 'p=%%p o=%%o ts=%%T key=%%k\\n%%s\\n\\n'" % (BROKERS[0], TOPIC)]
for p in (0, 1):
    for i, (ms, user, payload) in enumerate(msgs[p]):
        out += ["p=%d o=%d ts=%d key=%s" % (p, LOW[p] + i, ms, user), payload, ""]
    out.append("%% Reached end of topic %s [%d] at offset %d%s" % (TOPIC, p, LOW[p] + len(msgs[p]), ": exiting" if p == 1 else ""))
out.append(P)
text = "\n".join(out) + "\n"
write_only(F, text, keys(F))
