#!/usr/bin/env python3
"""808: a Celery 5.3 worker log (`celery -A digest worker -B -l INFO --logfile=…`): the startup banner (ASCII art with
[config] / [queues] / [tasks]), then `[2024-03-05 07:00:00,012: INFO/MainProcess] …` lines (worker_log_format),
task-logger lines `[…: INFO/ForkPoolWorker-2] digest.tasks.x[<uuid>]: …` (worker_task_log_format), `Task …[<uuid>]
received`, `succeeded in 2.41s: <repr of the result>` (Python repr: single quotes, double quotes around a string
holding a quote), a retry and an ERROR with an unprefixed traceback. A Korean lab's weekly paper-digest bot."""
import hashlib, os, sys, uuid
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, au, write_only
from make_expected import by_num, keys

F = by_num(808)


def tid(s):
    return str(uuid.UUID(hashlib.md5(s.encode()).hexdigest(), version=4))


BANNER = """ 
 -------------- celery@gpu-node03 v5.3.6 (emerald-rush)
--- ***** ----- 
-- ******* ---- Linux-5.15.0-97-generic-x86_64-with-glibc2.35 2024-03-05 06:59:58
- *** --- * --- 
- ** ---------- [config]
- ** ---------- .> app:         digest:0x7f3b9c2e1f50
- ** ---------- .> transport:   redis://127.0.0.1:6379/0
- ** ---------- .> results:     redis://127.0.0.1:6379/1
- *** --- * --- .> concurrency: 4 (prefork)
-- ******* ---- .> task events: OFF (enable -E to monitor tasks in this worker)
--- ***** ----- 
 -------------- [queues]
                .> celery           exchange=celery(direct) key=celery
                .> digest           exchange=digest(direct) key=digest
                

[tasks]
  . digest.tasks.build_digest
  . digest.tasks.fetch_feed
  . digest.tasks.fetch_paper_meta
  . digest.tasks.post_to_slack
  . digest.tasks.summarize_paper

"""
L = []
def log(ts, lvl, proc, msg):
    L.append(f"[2024-03-05 {ts}: {lvl}/{proc}] {msg}")


log("06:59:58,731", "INFO", "MainProcess", "Connected to redis://127.0.0.1:6379/0")
log("06:59:58,736", "INFO", "MainProcess", "mingle: searching for neighbors")
log("06:59:59,751", "INFO", "MainProcess", "mingle: all alone")
log("06:59:59,764", "INFO", "MainProcess", "celery@gpu-node03 ready.")
log("06:59:59,770", "INFO", "Beat", "beat: Starting...")
log("07:00:00,004", "INFO", "Beat", "Scheduler: Sending due task weekly-digest (digest.tasks.build_digest)")
b = tid("build")
log("07:00:00,012", "INFO", "MainProcess", f"Task digest.tasks.build_digest[{b}] received")
log("07:00:00,019", "INFO", "ForkPoolWorker-1", f"digest.tasks.build_digest[{b}]: 이번 주 다이제스트 시작 (week=2024-W10, 담당: 한서윤)")
log("07:00:00,021", "INFO", "ForkPoolWorker-1", f"digest.tasks.build_digest[{b}]: 후보 목록 = papers/2024-W10.yaml (8편), 블로그/영상 3건은 '참고 자료'로 분리")

papers = [  # (key, how the candidate list holds it)
    ("2204.02311", "https://arxiv.org/abs/2204.02311"),
    ("2203.02155", "https://arxiv.org/abs/2203.02155v1"),
    ("2206.14858", None),
    ("2206.04615", "https://arxiv.org/pdf/2206.04615.pdf"),
    ("1904.09751", "arXiv:1904.09751"),
    ("2010.00904", None),
    ("2002.08909", "https://arxiv.org/abs/2002.08909"),
    ("2301.12597", None),
]
t_ms = 1200
for i, (k, src) in enumerate(papers):
    m = tid("meta" + k)
    sec = 1 + i * 7
    ts = lambda s, ms: f"07:{s // 60:02d}:{s % 60:02d},{ms:03d}"
    log(ts(sec, 30 + i), "INFO", "MainProcess", f"Task digest.tasks.fetch_paper_meta[{m}] received")
    w = f"ForkPoolWorker-{2 + i % 3}"
    if src and src.startswith("http"):
        log(ts(sec, 41 + i), "INFO", w, f"digest.tasks.fetch_paper_meta[{m}]: GET {src}")
    elif src:
        log(ts(sec, 41 + i), "INFO", w, f"digest.tasks.fetch_paper_meta[{m}]: 식별자 {src} (링크 없음, 텍스트 그대로 사용)")
    else:
        log(ts(sec, 41 + i), "WARNING", w, f"digest.tasks.fetch_paper_meta[{m}]: 링크가 없어 제목만 사용합니다: {T(k)!r}")
    if i == 3:
        log(ts(sec + 2, 118), "WARNING", w, f"digest.tasks.fetch_paper_meta[{m}]: 응답이 느림 (2.0s 초과), 캐시 사용")
    res = {"title": T(k), "authors": au(k, 3), "year": int(CAT[k]["published"][:4]), "source": src, "cached": i == 3}
    log(ts(sec + 3, 207 + i * 11), "INFO", w, f"Task digest.tasks.fetch_paper_meta[{m}] succeeded in {3 + (166 + 10 * i) / 1000 - 0.0021:.4f}s: {res!r}")

s = tid("summ-minerva")
log("07:01:02,114", "INFO", "MainProcess", f"Task digest.tasks.summarize_paper[{s}] received")
log("07:01:04,530", "WARNING", "ForkPoolWorker-3", f"digest.tasks.summarize_paper[{s}]: 요약 모델 서버 응답 없음, 60초 후 재시도")
log("07:01:04,533", "INFO", "ForkPoolWorker-3", f"Task digest.tasks.summarize_paper[{s}] retry: Retry in 60s: ReadTimeout(ReadTimeoutError(\"HTTPConnectionPool(host='summ.lab.example', port=8000): Read timed out. (read timeout=30)\"))")
log("07:02:04,540", "INFO", "MainProcess", f"Task digest.tasks.summarize_paper[{s}] received")
log("07:02:11,902", "INFO", "ForkPoolWorker-3", f"Task digest.tasks.summarize_paper[{s}] succeeded in 7.3611s: {{'key': 'W10-3', 'lang': 'ko', 'chars': 612}}")
f = tid("feed")
log("07:02:12,004", "INFO", "MainProcess", f"Task digest.tasks.fetch_feed[{f}] received")
log("07:02:12,311", "INFO", "ForkPoolWorker-2", f"digest.tasks.fetch_feed[{f}]: 참고 자료: 'Lil'Log 블로그 글', 'Hugging Face Open LLM Leaderboard', 'Stanford CS324 강의 노트' (논문 아님)")
log("07:02:13,870", "ERROR", "ForkPoolWorker-2", f"Task digest.tasks.fetch_feed[{f}] raised unexpected: HTTPError('404 Client Error: Not Found for url: https://feeds.lab.example/cs324.xml')")
L += ["Traceback (most recent call last):",
      '  File "/srv/digest/.venv/lib/python3.11/site-packages/celery/app/trace.py", line 477, in trace_task',
      "    R = retval = fun(*args, **kwargs)",
      "                 ^^^^^^^^^^^^^^^^^^^^",
      '  File "/srv/digest/.venv/lib/python3.11/site-packages/celery/app/trace.py", line 760, in __protected_call__',
      "    return self.run(*args, **kwargs)",
      "           ^^^^^^^^^^^^^^^^^^^^^^^^^",
      '  File "/srv/digest/digest/tasks.py", line 88, in fetch_feed',
      "    r.raise_for_status()",
      '  File "/srv/digest/.venv/lib/python3.11/site-packages/requests/models.py", line 1021, in raise_for_status',
      "    raise HTTPError(http_error_msg, response=self)",
      "requests.exceptions.HTTPError: 404 Client Error: Not Found for url: https://feeds.lab.example/cs324.xml"]
log("07:02:14,002", "INFO", "ForkPoolWorker-1", f"digest.tasks.build_digest[{b}]: 섹션 구성: [스케일링] [정렬/RLHF] [검색 증강] [평가] [디코딩] [멀티모달]")
log("07:02:14,006", "INFO", "ForkPoolWorker-1", f"digest.tasks.build_digest[{b}]: 발표자 배정: 박지훈(스케일링·정렬), 이하은(검색 2편), 최민재(평가·디코딩)")
log("07:02:14,730", "INFO", "ForkPoolWorker-1", f"Task digest.tasks.build_digest[{b}] succeeded in 134.7180s: {{'week': '2024-W10', 'papers': 8, 'resources': 2, 'failed_feeds': ['cs324'], 'path': '/srv/digest/out/2024-W10.md'}}")
p = tid("slack")
log("07:02:14,801", "INFO", "MainProcess", f"Task digest.tasks.post_to_slack[{p}] received")
log("07:02:15,377", "INFO", "ForkPoolWorker-2", f"digest.tasks.post_to_slack[{p}]: #paper-digest 채널에 게시 (ts=1709622135.002100)")
log("07:02:15,380", "INFO", "ForkPoolWorker-2", f"Task digest.tasks.post_to_slack[{p}] succeeded in 0.5771s: {{'ok': True, 'channel': 'C05LABDIGEST'}}")
log("09:14:40,118", "WARNING", "MainProcess", "consumer: Connection to broker lost. Trying to re-establish the connection...")
log("09:14:42,127", "INFO", "MainProcess", "Connected to redis://127.0.0.1:6379/0")
log("09:14:42,131", "INFO", "MainProcess", "mingle: searching for neighbors")
log("09:14:43,142", "INFO", "MainProcess", "mingle: all alone")
text = BANNER + "\n".join(L) + "\n"
write_only(F, text, keys(F))
