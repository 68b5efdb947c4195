#!/usr/bin/env python3
"""1528: `honcho start 2>&1 | tee logs/honcho-2024-06-03.log` for a Turkish reading group's paper-newsletter app (a
Procfile with web: gunicorn --access-logfile -, worker: rq worker varsayilan, bot: python -m bulten.bot). honcho's
lines are `HH:MM:SS <name padded to the longest> | <text>`, its own as `system`; output not a terminal, so no colours.
Inside: gunicorn's error and access log lines, rq's worker log (job lines, Job OK, a failed job's traceback), the bot's
logging lines in Turkish. Times, pids and job ids come from the modelled run."""
import hashlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, key_of, write_only
from make_expected import keys, by_num

F = by_num(1528)
PID = {"web.1": 48211, "worker.1": 48212, "bot.1": 48213}
GW = 48230
KEY_GPT2 = "Language Models are Unsupervised Multitask Learners"


def T(k):
    return CAT[key_of(k)]["title"]


WNAME = "3f0c9b2e7d4a4f6c8e51a0b7c2d9e413"


def jid(s):
    h = hashlib.sha1(s.encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"


def hms(t):
    return f"{t // 3600:02d}:{t // 60 % 60:02d}:{t % 60:02d}"


EV = []  # (seconds since midnight, process, text)


def at(t, p, s):
    EV.append((t, p, s))


def gun(t, pid, lvl, s):
    at(t, "web.1", f"[2024-06-03 {hms(t)} +0300] [{pid}] [{lvl}] {s}")


def bot(t, ms, lvl, s):
    at(t, "bot.1", f"2024-06-03 {hms(t)},{ms:03d} {lvl} bulten.bot: {s}")


def rq(t, s):
    at(t, "worker.1", f"{hms(t)} {s}")


def job(t0, t1, call, lines_ok):
    j = jid(call)
    rq(t0, f"varsayilan: {call} ({j})")
    for t, s in lines_ok:
        at(t, "worker.1", s)
    rq(t1, f"varsayilan: Job OK ({j})")
    rq(t1, "Result is kept for 500 seconds")


def build():
    EV.clear()
    t = 11 * 3600 + 2 * 60 + 7
    for p in ("web.1", "worker.1", "bot.1"):
        at(t, "system", f"{p} started (pid={PID[p]})")
    gun(t + 1, PID["web.1"], "INFO", "Starting gunicorn 22.0.0")
    gun(t + 1, PID["web.1"], "INFO", f"Listening at: http://127.0.0.1:8040 ({PID['web.1']})")
    gun(t + 1, PID["web.1"], "INFO", "Using worker: sync")
    gun(t + 1, GW, "INFO", f"Booting worker with pid: {GW}")
    rq(t + 1, f"Worker rq:worker:{WNAME} started with PID {PID['worker.1']}, version 1.16.2")
    rq(t + 1, f"Subscribing to channel rq:pubsub:{WNAME}")
    rq(t + 1, "*** Listening on varsayilan...")
    rq(t + 1, "Cleaning registries for queue: varsayilan")
    bot(t + 2, 114, "INFO", "Bot başladı; grup: «Makale Bülteni 🇹🇷» (-1002214873391), sürüm 0.9.3")
    bot(t + 2, 387, "WARNING", "OPENALEX_MAIL tanımlı değil, başlık araması yavaş olabilir")
    # 1. Zeynep: Llama 2 link
    t = 11 * 3600 + 3 * 60 + 41
    bot(t, 22, "INFO", "mesaj #4412 (Zeynep Aydın): https://arxiv.org/pdf/2307.09288.pdf « haftaya bunu okuyalım, özellikle RLHF kısmı »")
    bot(t, 25, "INFO", "kuyruğa eklendi: arxiv 2307.09288 (kaynak: bağlantı)")
    job(t + 1, t + 3, "gorevler.ozet_cikar('2307.09288')", [
        (t + 3, f"{hms(t + 3)} gorevler: başlık: {T('2307.09288')}"),
        (t + 3, f"{hms(t + 3)} gorevler: 77 sayfa, özet 3 paragraf")])
    bot(t + 4, 610, "INFO", f"bültene eklendi: «{T('2307.09288')}» → 2024-23 sayısı")
    at(t + 9, "web.1", '127.0.0.1 - - [03/Jun/2024:11:03:50 +0300] "GET /bulten/2024-23 HTTP/1.1" 200 6184 "-" "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0"')
    # 2. Emre: CoT via OpenReview
    t = 11 * 3600 + 4 * 60 + 12
    bot(t, 301, "INFO", "mesaj #4415 (Emre Kılıç): https://openreview.net/forum?id=_VjQlMeSB_J « NeurIPS sürümü, CoT için bunu ekleyin »")
    bot(t, 304, "INFO", "kuyruğa eklendi: openreview _VjQlMeSB_J (kaynak: bağlantı)")
    job(t + 1, t + 2, "gorevler.openreview_ozet('_VjQlMeSB_J')", [
        (t + 2, f"{hms(t + 2)} gorevler: başlık: {T('2201.11903')}"),
        (t + 2, f"{hms(t + 2)} gorevler: NeurIPS 2022, kamera-hazır sürüm")])
    bot(t + 3, 58, "INFO", f"bültene eklendi: «{T('2201.11903')}» → 2024-23 sayısı")
    # 3. Deniz: PaLM as arXiv text
    t = 11 * 3600 + 4 * 60 + 55
    bot(t, 912, "INFO", "mesaj #4418 (Deniz Şahin): « PaLM'ı da koyalım: arXiv:2204.02311, bağlantıyı telefondan açamadım »")
    bot(t, 915, "INFO", "kuyruğa eklendi: arxiv 2204.02311 (kaynak: metin)")
    job(t + 1, t + 4, "gorevler.ozet_cikar('2204.02311')", [
        (t + 4, f"{hms(t + 4)} gorevler: başlık: {T('2204.02311')}"),
        (t + 4, f"{hms(t + 4)} gorevler: 87 sayfa, özet 4 paragraf")])
    bot(t + 5, 140, "INFO", f"bültene eklendi: «{T('2204.02311')}» → 2024-23 sayısı")
    # 4. Zeynep: GPT-2 report by title -> failure
    t = 11 * 3600 + 5 * 60 + 31
    bot(t, 77, "INFO", f"mesaj #4421 (Zeynep Aydın): « {T(KEY_GPT2)} — OpenAI raporu, arXiv'de yok sanırım »")
    bot(t, 80, "INFO", "kuyruğa eklendi: başlık araması (kaynak: metin)")
    call = f"gorevler.baslikla_ara('{T(KEY_GPT2)}')"
    j = jid(call)
    rq(t + 1, f"varsayilan: {call} ({j})")
    rq(t + 2, f"[Job {j}]: exception raised while executing (gorevler.baslikla_ara)")
    for s in ["Traceback (most recent call last):",
              '  File "/srv/bulten/.venv/lib/python3.11/site-packages/rq/worker.py", line 1431, in perform_job',
              "    rv = job.perform()",
              "         ^^^^^^^^^^^^^",
              '  File "/srv/bulten/.venv/lib/python3.11/site-packages/rq/job.py", line 1280, in perform',
              "    self._result = self._execute()",
              "                   ^^^^^^^^^^^^^^^",
              '  File "/srv/bulten/.venv/lib/python3.11/site-packages/rq/job.py", line 1317, in _execute',
              "    result = self.func(*self.args, **self.kwargs)",
              "             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
              '  File "/srv/bulten/bulten/gorevler.py", line 88, in baslikla_ara',
              "    raise BulunamadiHatasi(f\"arXiv'de kayıt yok: {baslik!r}\")",
              f"bulten.gorevler.BulunamadiHatasi: arXiv'de kayıt yok: '{T(KEY_GPT2)}'",
              ""]:
        at(t + 2, "worker.1", s)
    bot(t + 3, 402, "WARNING", "iş başarısız (BulunamadiHatasi); başlık bültene bağlantısız eklendi")
    # 5. Emre: two titles without links
    t = 11 * 3600 + 6 * 60 + 48
    bot(t, 555, "INFO", f"mesaj #4424 (Emre Kılıç): « Şunları da listeye: {T('2206.07682')} ve {T('2207.05221')} — ikisi de Jason/Anthropic tarafı, bağlantı sonra »")
    bot(t, 559, "INFO", "bağlantı yok, 2 başlık elle onaya düştü (/onay ile ekleyin)")
    # 6. Selin: Survey link + HF Transformers link
    t = 11 * 3600 + 7 * 60 + 20
    bot(t, 18, "INFO", "mesaj #4427 (Selin Yıldız): https://arxiv.org/abs/2303.18223 « genel bakış için iyi, 2. bölüm yeter »")
    bot(t, 21, "INFO", "kuyruğa eklendi: arxiv 2303.18223 (kaynak: bağlantı)")
    job(t + 1, t + 6, "gorevler.ozet_cikar('2303.18223')", [
        (t + 6, f"{hms(t + 6)} gorevler: başlık: {T('2303.18223')}"),
        (t + 6, f"{hms(t + 6)} gorevler: 124 sayfa, sadece özet ve giriş işlendi")])
    bot(t + 7, 233, "INFO", f"bültene eklendi: «{T('2303.18223')}» → 2024-23 sayısı")
    t = 11 * 3600 + 7 * 60 + 52
    bot(t, 640, "INFO", "mesaj #4429 (Selin Yıldız): https://arxiv.org/abs/1910.03771 « kütüphane makalesi; kod: https://github.com/huggingface/transformers »")
    bot(t, 643, "INFO", "kuyruğa eklendi: arxiv 1910.03771 (kaynak: bağlantı); github bağlantısı atlandı (makale değil)")
    job(t + 1, t + 2, "gorevler.ozet_cikar('1910.03771')", [
        (t + 2, f"{hms(t + 2)} gorevler: başlık: {T('1910.03771')}")])
    bot(t + 3, 12, "INFO", f"bültene eklendi: «{T('1910.03771')}» → 2024-23 sayısı")
    # 7. non-papers
    t = 11 * 3600 + 8 * 60 + 30
    bot(t, 301, "INFO", "mesaj #4431 (Deniz Şahin): https://www.youtube.com/watch?v=zjkBMFhNj_g « Karpathy'nin LLM'e giriş videosu, makale değil »")
    bot(t, 304, "INFO", "video bağlantısı: bülten «İzlenecekler» bölümüne eklendi")
    bot(t + 9, 870, "INFO", "mesaj #4433 (Zeynep Aydın): https://huggingface.co/spaces/open-llm-leaderboard/open_llm_leaderboard « sıralama tablosu, sadece bilgi için »")
    bot(t + 9, 872, "INFO", "liderlik tablosu bağlantısı: atlandı")
    at(t + 14, "web.1", '127.0.0.1 - - [03/Jun/2024:11:08:44 +0300] "GET /bulten/2024-23?bicim=md HTTP/1.1" 200 4410 "-" "curl/8.5.0"')
    # shutdown
    t = 11 * 3600 + 9 * 60 + 40
    at(t, "system", "SIGINT received")
    for p in ("web.1", "worker.1", "bot.1"):
        at(t, "system", f"sending SIGTERM to {p} (pid {PID[p]})")
    gun(t, PID["web.1"], "INFO", "Handling signal: term")
    rq(t, "Worker rq:worker:" + WNAME + " [PID " + str(PID["worker.1"]) + "]: warm shut down requested")
    bot(t, 12, "INFO", "SIGTERM alındı, bot kapanıyor")
    gun(t, GW, "INFO", f"Worker exiting (pid: {GW})")
    rq(t, f"Unsubscribing from channel rq:pubsub:{WNAME}")
    gun(t + 1, PID["web.1"], "INFO", "Shutting down: Master")
    at(t + 1, "system", "bot.1 stopped (rc=-15)")
    at(t + 1, "system", "worker.1 stopped (rc=0)")
    at(t + 1, "system", "web.1 stopped (rc=0)")
    EV.sort(key=lambda e: e[0])  # stable: same-second lines keep their order
    w = max(len(p) for _, p, _ in EV)
    return "".join(f"{hms(t)} {p:<{w}} | {s}\n" for t, p, s in EV)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
