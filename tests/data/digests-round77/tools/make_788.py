#!/usr/bin/env python3
"""788: an Apache Airflow 2.8 task-instance log (`dag_id=weekly_paper_digest/run_id=…/task_id=…/attempt=N.log`
contents, several attempts concatenated as the web UI's "All" view shows them with `*** ` source lines): every line
`[%Y-%m-%d, %H:%M:%S UTC] {file.py:line} LEVEL - message`, a traceback on a failed attempt (unprefixed lines), the
task's own logger, print() output through logging_mixin, AIRFLOW_CTX_* export line, the SUCCESS / UP_FOR_RETRY
markers. A Japanese lab's weekly digest DAG on LLM abilities, reasoning and safety."""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, au, write_only
from make_expected import by_num, keys

F = by_num(788)
DAG, TASK, RUN = "weekly_paper_digest", "render_digest", "scheduled__2024-03-03T00:00:00+00:00"
TI = f"<TaskInstance: {DAG}.{TASK} {RUN} [{{}}]>"
out = []
clock = [None]


def at(s):
    clock[0] = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")


def tick(sec=0):
    clock[0] += datetime.timedelta(seconds=sec)


def log(src, msg, level="INFO", sec=0):
    tick(sec)
    out.append(clock[0].strftime("[%Y-%m-%d, %H:%M:%S UTC] ") + "{" + src + "} " + f"{level} - {msg}")


def prelude(attempt, job, pid, host):
    out.append(f"*** Found local files:")
    out.append(f"***   * /opt/airflow/logs/dag_id={DAG}/run_id={RUN}/task_id={TASK}/attempt={attempt}.log")
    log("taskinstance.py:1979", "Dependencies all met for dep_context=non-requeueable deps ti=" + TI.format("queued"))
    log("taskinstance.py:1979", "Dependencies all met for dep_context=requeueable deps ti=" + TI.format("queued"))
    log("taskinstance.py:2193", f"Starting attempt {attempt} of 3")
    log("taskinstance.py:2214", f"Executing <Task(PythonOperator): {TASK}> on 2024-03-03 00:00:00+00:00")
    log("standard_task_runner.py:60", f"Started process {pid} to run task")
    log("standard_task_runner.py:87", f"Running: ['airflow', 'tasks', 'run', '{DAG}', '{TASK}', '{RUN}', '--job-id', '{job}', '--raw', '--subdir', 'DAGS_FOLDER/paper_digest.py', '--cfg-path', '/tmp/tmp{pid:x}q7w']")
    log("standard_task_runner.py:88", f"Job {job}: Subtask {TASK}")
    log("task_command.py:423", "Running " + TI.format("running") + f" on host {host}")
    log("taskinstance.py:2510", f"Exporting env vars: AIRFLOW_CTX_DAG_OWNER='tkurosawa' AIRFLOW_CTX_DAG_ID='{DAG}' AIRFLOW_CTX_TASK_ID='{TASK}' AIRFLOW_CTX_EXECUTION_DATE='2024-03-03T00:00:00+00:00' AIRFLOW_CTX_TRY_NUMBER='{attempt}' AIRFLOW_CTX_DAG_RUN_ID='{RUN}'", sec=1)


# attempt 1: fails on the feed fetch
at("2024-03-04 00:00:04")
prelude(1, 18421, 48213, "airflow-worker-0.ml-lab.example.jp")
log("paper_digest.py:61", "ダイジェスト生成開始: 対象期間 2024-02-26〜2024-03-03, 入力 3 ソース (Slack #papers, 共有スプレッドシート, RSS)")
log("paper_digest.py:74", "Slack #papers から 41 件のメッセージを取得")
log("paper_digest.py:79", "RSS 取得: https://blog.example.jp/feed.xml (タイムアウト 10s)", sec=10)
log("taskinstance.py:2731", "Task failed with exception", level="ERROR")
out += ["Traceback (most recent call last):",
        '  File "/home/airflow/.local/lib/python3.11/site-packages/airflow/models/taskinstance.py", line 444, in _execute_task',
        "    result = _execute_callable(context=context, **execute_callable_kwargs)",
        "             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
        '  File "/opt/airflow/dags/paper_digest.py", line 80, in render_digest',
        "    feed = fetch_feed(src, timeout=10)",
        "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^",
        '  File "/opt/airflow/dags/lib/feeds.py", line 22, in fetch_feed',
        "    r = requests.get(url, timeout=timeout)",
        "requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='blog.example.jp', port=443): Read timed out. (read timeout=10)"]
log("taskinstance.py:1149", f"Marking task as UP_FOR_RETRY. dag_id={DAG}, task_id={TASK}, execution_date=20240303T000000, start_date=20240304T000004, end_date=20240304T000015")
log("standard_task_runner.py:107", "Failed to execute job 18421 for task render_digest (HTTPSConnectionPool(host='blog.example.jp', port=443): Read timed out. (read timeout=10); 48213)", level="ERROR")
log("local_task_job_runner.py:234", "Task exited with return code 1", sec=1)
log("taskinstance.py:3309", "0 downstream tasks scheduled from follow-on schedule check")

# attempt 2: succeeds
at("2024-03-04 00:05:17")
prelude(2, 18433, 48390, "airflow-worker-1.ml-lab.example.jp")
log("paper_digest.py:61", "ダイジェスト生成開始: 対象期間 2024-02-26〜2024-03-03, 入力 3 ソース (Slack #papers, 共有スプレッドシート, RSS)")
log("paper_digest.py:74", "Slack #papers から 41 件のメッセージを取得")
log("paper_digest.py:79", "RSS 取得: https://blog.example.jp/feed.xml (タイムアウト 10s)", sec=2)
log("paper_digest.py:83", "RSS: 新着 3 件 (ブログ記事なので論文としては扱わない)")
log("paper_digest.py:97", "スプレッドシート「輪読候補 2024Q1」から 12 行を読み込み (シート ID は伏せる)", sec=1)
log("paper_digest.py:112", "重複除去: 53 件 -> 19 件, 論文判定 8 件, その他 11 件 (リポジトリ, データセット, ブログ, 動画)")
items = [
 ("2307.15043", f"https://arxiv.org/abs/2307.15043", "安全性", "敵対的サフィックス。攻撃コードは llm-attacks リポジトリ (コード、論文ではない)"),
 ("2206.07682", f"https://arxiv.org/abs/2206.07682v2", "能力", "「創発」の定義の議論。反論側のブログ記事も合わせて読む"),
 ("2307.09288", f"https://arxiv.org/pdf/2307.09288.pdf", "モデル", "RLHF の節 (3.2) と安全性評価 (4章) を中心に"),
 ("2201.11903", f"https://openreview.net/forum?id={OR('2201.11903')}", "推論", "NeurIPS 版。査読コメントも参考になる"),
]
for k, url, cat, note in items:
    log("paper_digest.py:131", f"追加 [{cat}] \"{T(k)}\" {url}")
    log("paper_digest.py:133", f"  著者: {au(k, 3)} / メモ: {note}")
log("paper_digest.py:131", f"追加 [較正] \"{T('2207.05221')}\" (リンクなし, arXiv:2207.05221 とだけ書かれていた)")
log("paper_digest.py:133", f"  著者: {au('2207.05221', 3)} / メモ: P(True) と P(IK) の節")
log("paper_digest.py:140", f"リンク未解決のため本文にタイトルのみ記載: \"{T('2303.18223')}\"", level="WARNING")
log("paper_digest.py:140", f"リンク未解決のため本文にタイトルのみ記載: \"{T('2011.03459')}\"", level="WARNING")
log("paper_digest.py:140", f"リンク未解決のため本文にタイトルのみ記載: \"{T('Language Models are Unsupervised Multitask Learners')}\"", level="WARNING")
log("paper_digest.py:152", "その他 11 件: llm-jp-eval (リポジトリ), JGLUE (データセット), Open LLM Leaderboard (リーダーボード), Chatbot Arena の解説動画, 社内勉強会スライド 2 件, ブログ記事 3 件, Hugging Face のモデルカード 2 件")
log("paper_digest.py:166", "Markdown を出力します (Slack 投稿用プレビュー)", sec=1)
preview = [
 "*週刊論文ダイジェスト 2024-02-26〜03-03* (自動生成・編集前)",
 "",
 "■ 安全性・較正",
 f"• {T('2307.15043')} — https://arxiv.org/abs/2307.15043",
 f"• {T('2207.05221')} — arXiv:2207.05221",
 "■ 能力・推論",
 f"• {T('2206.07682')} — https://arxiv.org/abs/2206.07682v2",
 f"• {T('2201.11903')} — https://openreview.net/forum?id={OR('2201.11903')}",
 f"• {T('2011.03459')} (知識グラフ上の複合クエリ。推論班の黒澤さん推薦、リンク待ち)",
 "■ モデル・サーベイ",
 f"• {T('2307.09288')} — https://arxiv.org/pdf/2307.09288.pdf",
 f"• {T('2303.18223')} (第 5 章だけでも)",
 f"• {T('Language Models are Unsupervised Multitask Learners')} (古典枠, {au('Language Models are Unsupervised Multitask Learners', 2)})",
 "",
 "論文以外: llm-jp-eval / JGLUE / Open LLM Leaderboard は #benchmarks に回しました。",
 "次回の輪読: 3/7 (木) 17:00〜 7F 会議室 B、担当は中西さん。",
]
for l in preview:
    log("logging_mixin.py:188", l)
log("paper_digest.py:181", "Slack webhook へ投稿: ステータス 200 (チャンネル #papers-digest)", sec=1)
log("python.py:201", "Done. Returned value was: None")
log("taskinstance.py:1149", f"Marking task as SUCCESS. dag_id={DAG}, task_id={TASK}, execution_date=20240303T000000, start_date=20240304T000517, end_date=20240304T000523")
log("local_task_job_runner.py:234", "Task exited with return code 0", sec=1)
log("taskinstance.py:3309", "1 downstream tasks scheduled from follow-on schedule check")
text = "\n".join(out) + "\n"
write_only(F, text, keys(F))
