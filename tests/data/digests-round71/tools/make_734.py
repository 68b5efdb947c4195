#!/usr/bin/env python3
"""734: the consoleText of a Jenkins declarative Pipeline run ('Started by timer' … 'Finished: SUCCESS'):
'[Pipeline]' step lines with '{' / '}' nesting and '// stage' closers, the Git SCM checkout chatter (' > git …
# timeout=10'), '+ ' shell traces after '[Pipeline] sh', ANSI colour codes from the script's logger, a stage skipped
'due to when conditional', archiveArtifacts / junit lines. A Russian nightly LLM inference / training benchmark whose
report step prints the method references."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import by_num, keys

F = by_num(734)
A = lambda k: f"https://arxiv.org/abs/{k}"
E = "\x1b"
G, Y, R0 = f"{E}[32m", f"{E}[33m", f"{E}[0m"
WS = "/var/lib/jenkins/workspace/llm-nightly-bench"
L = []
p = L.append


def stage(name, body):
    p("[Pipeline] stage"); p(f"[Pipeline] {{ ({name})")
    body()
    p("[Pipeline] }"); p("[Pipeline] // stage")


p("Started by timer")
p("Obtained Jenkinsfile from git https://git.nlp-lab.example.ru/infra/llm-nightly-bench.git")
p("[Pipeline] Start of Pipeline")
p("[Pipeline] node")
p(f"Running on gpu-a100-02 in {WS}")
p("[Pipeline] {")
def checkout():
    p("[Pipeline] checkout")
    p("Selected Git installation does not exist. Using Default")
    p("The recommended git tool is: NONE")
    p("using credential gitlab-bench-bot")
    p(f" > git rev-parse --resolve-git-dir {WS}/.git # timeout=10")
    p("Fetching changes from the remote Git repository")
    p(" > git config remote.origin.url https://git.nlp-lab.example.ru/infra/llm-nightly-bench.git # timeout=10")
    p("Fetching upstream changes from https://git.nlp-lab.example.ru/infra/llm-nightly-bench.git")
    p(" > git --version # timeout=10")
    p(" > git --version # 'git version 2.39.2'")
    p("using GIT_ASKPASS to set credentials gitlab-bench-bot")
    p(" > git fetch --tags --force --progress -- https://git.nlp-lab.example.ru/infra/llm-nightly-bench.git +refs/heads/*:refs/remotes/origin/* # timeout=10")
    p(" > git rev-parse refs/remotes/origin/main^{commit} # timeout=10")
    p("Checking out Revision 5e0c1b7d9a4f2e3c6b8a1d0f9e7c5b3a2d1e0f4c (refs/remotes/origin/main)")
    p(" > git config core.sparsecheckout # timeout=10")
    p(" > git checkout -f 5e0c1b7d9a4f2e3c6b8a1d0f9e7c5b3a2d1e0f4c # timeout=10")
    p('Commit message: "bench: добавить 4-битную квантизацию в ночной прогон, обновить список литературы в отчёте"')
    p(" > git rev-list --no-walk 91b2f3c4d5e6a7b8c9d0e1f2a3b4c5d6e7f8a9b0 # timeout=10")
stage("Declarative: Checkout SCM", checkout)
p("[Pipeline] withEnv")
p("[Pipeline] {")
p("[Pipeline] withEnv")
p("[Pipeline] {")
p("[Pipeline] timeout")
p("Timeout set to expire in 5 hr 0 min")
p("[Pipeline] {")
def env():
    p("[Pipeline] sh")
    p("+ nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader")
    p("NVIDIA A100-SXM4-80GB, 81920 MiB, 535.154.05")
    p("NVIDIA A100-SXM4-80GB, 81920 MiB, 535.154.05")
    p("[Pipeline] sh")
    p("+ python3 -m venv .venv")
    p("+ . .venv/bin/activate")
    p("+ pip install -q -r requirements.lock")
    p("+ python -c 'import torch, transformers; print(torch.__version__, transformers.__version__)'")
    p("2.2.1+cu121 4.38.2")
stage("Окружение", env)
def bench():
    p("[Pipeline] sh")
    p("+ . .venv/bin/activate")
    p("+ python bench/run.py --config configs/nightly.yaml --out reports/2024-03-12")
    rows = [
        ("fp16 (базовый)", "—", "41.8", "15.1", "5.62"),
        ("int8, разложение выбросов", "int8-mixed", "29.7", "8.4", "5.63"),
        ("int4, послеобуч. квантизация", "int4-g128", "63.5", "4.6", "5.79"),
        ("fp16 + спекулятивное декодирование", "draft 160M", "88.2", "15.9", "5.62"),
    ]
    ts = 2 * 3600 + 4 * 60
    for i, msg in enumerate([
        "загружена конфигурация configs/nightly.yaml (4 варианта, модель lab-7b-base)",
        "прогрев: 32 запроса, длина промпта 512, генерация 256 токенов",
        "вариант 1/4: fp16 — готово",
        "вариант 2/4: int8 — готово",
        f"{Y}WARNING{R0} вариант 3/4: ядро int4 не поддерживает batch>16, уменьшаю до 16",
        "вариант 3/4: int4 — готово",
        "вариант 4/4: спекулятивное декодирование, черновая модель lab-160m — готово",
    ]):
        s = ts + i * 517
        p(f"{G}2024-03-12 {s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d},{(i * 137) % 1000:03d}{R0} INFO bench.run: {msg}")
    p("")
    p("вариант                               метка        ток/с   VRAM,ГБ  перплексия")
    for r in rows:
        p(f"{r[0]:<37} {r[1]:<12} {r[2]:>6}  {r[3]:>7}  {r[4]:>10}")
    p("")
    p("[Pipeline] junit")
    p("Recording test results")
    p("[Checks API] No suitable checks publisher found.")
stage("Бенчмарк инференса", bench)
def train():
    p("Stage \"Обучение (еженедельно)\" skipped due to when conditional")
stage("Обучение (еженедельно)", train)
def report():
    p("[Pipeline] sh")
    p("+ . .venv/bin/activate")
    p("+ python bench/report.py --in reports/2024-03-12 --format md")
    p("отчёт: reports/2024-03-12/README.md")
    p("[Pipeline] sh")
    p("+ sed -n '/^## Литература/,$p' reports/2024-03-12/README.md")
    p("## Литература (методы в ночном прогоне и в плане)")
    p("")
    p(f"1. {au('2208.07339', 4)}. {T('2208.07339')} {A('2208.07339')}")
    p(f"2. {au('2210.17323', 4)}. {T('2210.17323')} {A('2210.17323')}")
    p(f"3. {au('2211.17192', 3)}. {T('2211.17192')}. arXiv:2211.17192")
    p(f"4. {au('1910.02054', 4)}. {T('1910.02054')} {A('1910.02054')} — шардирование состояний оптимизатора, используется в еженедельном обучении")
    p(f"5. {au('2101.03961', 3)}. {T('2101.03961')} {A('2101.03961')} — план: MoE-вариант lab-7b")
    p("")
    p("### В плане, ссылки не проверены")
    p("")
    p(f"- {T('2203.15556')} ({au('2203.15556', 2)}) — подбор числа токенов для следующего предобучения")
    p(f"- {T('2402.09353')} ({au('2402.09353', 2)}) — сравнить с обычными низкоранговыми адаптерами при дообучении квантованной модели")
    p(f"- {T('2104.08691')} ({au('2104.08691', 3, '')}) — дешёвая адаптация под задачи отдела")
    p("")
    p("Не статьи: документация vLLM, репозиторий bitsandbytes, лидерборд Open LLM Leaderboard.")
    p("[Pipeline] archiveArtifacts")
    p("Archiving artifacts")
    p("[Pipeline] sh")
    p("+ curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' --data @reports/2024-03-12/notify.json https://chat.nlp-lab.example.ru/hooks/XXXXXXXX")
    p("200")
stage("Отчёт", report)
p("[Pipeline] }")
p("[Pipeline] // timeout")
p("[Pipeline] }")
p("[Pipeline] // withEnv")
p("[Pipeline] }")
p("[Pipeline] // withEnv")
def post():
    p("[Pipeline] cleanWs")
    p("[WS-CLEANUP] Deleting project workspace...")
    p("[WS-CLEANUP] Deferred wipeout is used...")
    p("[WS-CLEANUP] done")
stage("Declarative: Post Actions", post)
p("[Pipeline] }")
p("[Pipeline] // node")
p("[Pipeline] End of Pipeline")
p("Finished: SUCCESS")
text = "\n".join(L) + "\n"
write_only(F, text, keys(F))
