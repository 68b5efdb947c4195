#!/usr/bin/env python3
"""1249: `fly logs` output (Hebrew): a Haifa-like NLP group's weekly digest bot runs as a scheduled Fly.io Machine
(app `kriah-bot`, machine `3d8d7e40c62378`, region `fra`); after a run a member saved `fly logs -a kriah-bot
--no-tail > kriah-bot.log`. flyctl prints one line per log event: `<UTC time>Z <source>[<machine id>] <region>
[<level>] <message>`, source `runner` for the platform's image pull and machine events, `app` for the machine's init
(` INFO Starting init …`, hallpass, the exit and clean-up lines, the kernel's reboot line) and the process's output.
The bot logs with Python's logging (`%(asctime)s %(levelname)s %(name)s: %(message)s`, local time, +03:00 IDT);
Hebrew messages around English titles. arXiv and OpenReview links in `נוסף:` lines are links; `arXiv:2210.17323`
with no link is arxiv-text; three WARNING lines keep a title only; a repository, documentation, a talk and a
leaderboard are skipped as not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1249, keys

M, R = "3d8d7e40c62378", "fra"
EV = [  # (utc hh:mm:ss, source, level, message)
 ("04:00:00", "runner", "info", "Pulling container image registry.fly.io/kriah-bot@sha256:9b1f0e2c7a4d63b8e05f1c92d7a8346e0b5c1f7d2e9a84c6b3f0d5e7a1c2b9f48"),
 ("04:00:01", "runner", "info", "Successfully prepared image registry.fly.io/kriah-bot@sha256:9b1f0e2c7a4d63b8e05f1c92d7a8346e0b5c1f7d2e9a84c6b3f0d5e7a1c2b9f48 (1.284507311s)"),
 ("04:00:02", "runner", "info", "Configuring firecracker"),
 ("04:00:03", "app", "info", " INFO Starting init (commit: 4f7c2a9)..."),
 ("04:00:03", "app", "info", " INFO Preparing to run: `python -m kriah.main --weekly` as app"),
 ("04:00:03", "app", "info", " INFO [fly api proxy] listening at /.fly/api"),
 ("04:00:03", "app", "info", "2024/05/14 04:00:03 listening on [fdaa:2:9c41:a7b:e8:3d8d:7e40:2]:22 (DNS: [fdaa::3]:53)"),
 ("04:00:04", "app", "info", "2024-05-14 07:00:04,118 INFO kriah.main: הרצה שבועית התחילה; ערוץ #kriah-nlp, 13 הודעות מ-7 הימים האחרונים"),
 ("04:00:05", "app", "info", f"2024-05-14 07:00:05,402 INFO kriah.digest: נוסף: {T('2001.08361')} | https://arxiv.org/abs/2001.08361 | הציעה: נועה"),
 ("04:00:05", "app", "info", f"2024-05-14 07:00:05,977 INFO kriah.digest: נוסף: {T('1710.03740')} | https://openreview.net/forum?id=r1gs9JgRZ | הציע: איתי"),
 ("04:00:06", "app", "info", f"2024-05-14 07:00:06,530 INFO kriah.digest: נוסף: {T('2307.09288')} | https://arxiv.org/pdf/2307.09288v2 | הציעה: שירה"),
 ("04:00:07", "app", "info", f"2024-05-14 07:00:07,014 INFO kriah.digest: נוסף: {T('2402.09353')} | https://arxiv.org/abs/2402.09353 | הציע: עומר"),
 ("04:00:07", "app", "info", f"2024-05-14 07:00:07,061 INFO kriah.digest: נוסף: {T('2210.17323')} | arXiv:2210.17323 (אין קישור, רק מזהה) | הציעה: נועה"),
 ("04:00:07", "app", "info", f"2024-05-14 07:00:07,089 WARNING kriah.digest: לא נמצא קישור, נשמרה כותרת בלבד: {T('2208.07339')}"),
 ("04:00:07", "app", "info", f"2024-05-14 07:00:07,102 WARNING kriah.digest: לא נמצא קישור, נשמרה כותרת בלבד: {T('2204.02311')}"),
 ("04:00:07", "app", "info", f"2024-05-14 07:00:07,115 WARNING kriah.digest: לא נמצא קישור, נשמרה כותרת בלבד: {T('2211.17192')} (\"speculative decoding\" בהודעה של איתי)"),
 ("04:00:07", "app", "info", "2024-05-14 07:00:07,530 INFO kriah.digest: דולג (לא מאמר: מאגר קוד): https://github.com/bitsandbytes-foundation/bitsandbytes"),
 ("04:00:08", "app", "info", "2024-05-14 07:00:08,004 INFO kriah.digest: דולג (לא מאמר: תיעוד): https://docs.vllm.ai/en/latest/models/spec_decode.html"),
 ("04:00:08", "app", "info", "2024-05-14 07:00:08,377 INFO kriah.digest: דולג (לא מאמר: הרצאה): https://www.youtube.com/watch?v=hM3kWq0r7Xc"),
 ("04:00:08", "app", "info", "2024-05-14 07:00:08,812 INFO kriah.digest: דולג (לא מאמר: טבלת דירוג): https://huggingface.co/spaces/open-llm-leaderboard/open_llm_leaderboard"),
 ("04:00:09", "app", "info", "2024-05-14 07:00:09,655 INFO kriah.post: נשלח ל-#kriah-nlp: 8 מאמרים (5 עם קישור/מזהה, 3 כותרת בלבד), 4 קישורים דולגו"),
 ("04:00:09", "app", "info", "2024-05-14 07:00:09,660 INFO kriah.main: ההרצה הבאה: 2024-05-21 07:00 (+03:00)"),
 ("04:00:10", "app", "info", " INFO Main child exited normally with code: 0"),
 ("04:00:10", "app", "info", " INFO Starting clean up."),
 ("04:00:10", "app", "info", " WARN hallpass exited, pid: 312, status: signal: 15 (SIGTERM)"),
 ("04:00:10", "app", "info", "2024/05/14 04:00:10 listening on [fdaa:2:9c41:a7b:e8:3d8d:7e40:2]:22 (DNS: [fdaa::3]:53)"),
 ("04:00:11", "app", "info", "[    8.204117] reboot: Restarting system"),
 ("04:00:11", "runner", "info", "machine exited with exit code 0, not restarting"),
]
text = "".join(f"2024-05-14T{t}Z {s}[{M}] {R} [{l}] {m}\n" for t, s, l, m in EV)
write_only(F1249, text, keys(F1249))
