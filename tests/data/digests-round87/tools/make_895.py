#!/usr/bin/env python3
"""895: `heroku logs -n 300 --app hindi-paper-digest` saved by the maintainer of a Telegram bot that posts a daily
Hindi digest of language-model papers: Heroku's log lines `<RFC 3339 time, microseconds, +00:00> <source>[<dyno>]:
<message>`, sources `app` (the bot's own Python logging, `LEVEL logger: message`, and gunicorn's lines) and `heroku`
(dyno state changes: `Starting process with command …`, `State changed from starting to up`, `Process exited with
status 0`, `State changed from up to complete`, `Restarting`, `Stopping all processes with SIGTERM`; router lines
`at=info method=… path="…" host=… request_id=<uuid> fwd="…" dyno=… connect=…ms service=…ms status=… bytes=…
protocol=https`), `app[api]` release and deploy lines; one-off scheduler dynos `scheduler.NNNN`; times
non-decreasing, LF, final newline. The bot's messages are Hindi; a user's paper suggestions arrive through the
webhook. The sheet, the Semantic Scholar API and the Telegram API are not papers."""
import hashlib, os, sys, uuid
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, GPT2

F = by_num(895)
K = dict(llama2="2307.09288", palm="2204.02311", instr="2203.02155", bigbench="2206.04615", minerva="2206.14858",
         mostly="2207.05221", nucleus="1904.09751")
HOST = "hindi-paper-digest-3f9c1a7be2d4.herokuapp.com"
L = []


def log(ts, src, msg):
    L.append(f"{ts}+00:00 {src}: {msg}")


def rid(s):
    return str(uuid.UUID(bytes=hashlib.md5(s.encode()).digest(), version=4))


def router(ts, path, fwd, service, status, nbytes, method="POST"):
    log(ts, "heroku[router]", f'at=info method={method} path="{path}" host={HOST} request_id={rid(ts)} fwd="{fwd}" '
                              f"dyno=web.1 connect=0ms service={service}ms status={status} bytes={nbytes} protocol=https")


def run(day, dyno, entries, extra=()):
    d = f"2024-03-{day:02d}T02:30:"
    s = f"heroku[scheduler.{dyno}]"
    a = f"app[scheduler.{dyno}]"
    log(d + "00.512941", s, "Starting process with command `python -m digestbot run --topic llm --lang hi`")
    log(d + "01.238117", s, "State changed from starting to up")
    log(d + "03.901552", a, f"INFO digestbot: आज की सूची लोड हुई: {len(entries)} प्रविष्टियाँ (स्रोत: sheet 'llm-hi', टैब 'मार्च')")
    sec = 4.117320
    for i, (line, summary) in enumerate(entries, 1):
        if (day, i) in extra:
            log(d + f"{sec:09.6f}", a, extra[(day, i)][0])
            sec += extra[(day, i)][1]
        log(d + f"{sec:09.6f}", a, f"INFO digestbot.post: भेजा गया #{i} {line}")
        sec += 0.211873
        log(d + f"{sec:09.6f}", a, f"DEBUG digestbot.post: सारांश #{i}: {summary}")
        sec += 0.663514
    log(d + f"{sec:09.6f}", a, f"INFO digestbot: पूरा हुआ: {len(entries)} भेजे, 0 विफल")
    log(d + f"{sec + 0.485663:09.6f}", s, "Process exited with status 0")
    log(d + f"{sec + 0.521479:09.6f}", s, "State changed from up to complete")


run(7, 5126, [
    (f"\"{T(K['llama2'])}\" https://arxiv.org/abs/2307.09288",
     "7B से 70B तक के खुले मॉडल और RLHF से ट्यून किए गए चैट संस्करण; सुरक्षा मूल्यांकन पर लंबा खंड।"),
    (f"\"{T(K['palm'])}\" https://arxiv.org/abs/2204.02311",
     "Pathways पर 540B पैरामीटर का घना मॉडल; चेन-ऑफ़-थॉट के साथ तर्क वाले कार्यों में बड़ा सुधार।"),
    (f"\"{T(K['instr'])}\" https://arxiv.org/pdf/2203.02155",
     "InstructGPT: मानव तुलना-डेटा से इनाम मॉडल, फिर PPO; छोटा मॉडल भी लोगों को बड़े से बेहतर लगा।"),
    (f"\"{GPT2}\" (लिंक नहीं: OpenAI की तकनीकी रिपोर्ट, arXiv पर नहीं)",
     "GPT-2: WebText पर प्रशिक्षित भाषा मॉडल बिना फ़ाइन-ट्यूनिंग के कई कार्य ज़ीरो-शॉट करता है।"),
    (f"\"{T(K['minerva'])}\" arXiv:2206.14858 (अभी सिर्फ़ आईडी, लिंक बनाना बाकी)",
     "Minerva: PaLM को गणित और विज्ञान के पाठ पर आगे प्रशिक्षित किया; MATH बेंचमार्क पर बड़ा उछाल।"),
], extra={(7, 3): ("WARNING digestbot.post: Telegram API ने 429 लौटाया (Too Many Requests), 7 सेकंड बाद दोबारा कोशिश", 7.3)})

router("2024-03-07T04:12:44.208815", "/telegram/webhook", "203.0.113.17", 41, 200, 150)
log("2024-03-07T04:12:44.219530", "app[web.1]",
    f"INFO digestbot.web: /sujhav कमांड से नया सुझाव: \"{T(K['nucleus'])}\" (उपयोगकर्ता @neha_k) — कतार में जोड़ा, लिंक नहीं दिया गया")
router("2024-03-07T04:20:09.771402", "/telegram/webhook", "203.0.113.17", 38, 200, 150)
log("2024-03-07T04:20:09.781144", "app[web.1]",
    f"INFO digestbot.web: /sujhav कमांड से नया सुझाव: \"{T(K['mostly'])}\" (उपयोगकर्ता @arjun_ml) — कतार में जोड़ा")
router("2024-03-07T06:02:51.044718", "/healthz", "198.51.100.4", 3, 200, 2, method="GET")
log("2024-03-07T09:41:07.105322", "app[api]", "Release v42 created by user ravi.sharma@example.com")
log("2024-03-07T09:41:07.105322", "app[api]", "Deploy 8c1f2e0 by user ravi.sharma@example.com")
log("2024-03-07T09:41:09.330519", "heroku[web.1]", "Restarting")
log("2024-03-07T09:41:09.347881", "heroku[web.1]", "State changed from up to starting")
log("2024-03-07T09:41:10.062174", "heroku[web.1]", "Stopping all processes with SIGTERM")
log("2024-03-07T09:41:10.120003", "app[web.1]", "[2024-03-07 09:41:10 +0000] [2] [INFO] Handling signal: term")
log("2024-03-07T09:41:10.301229", "app[web.1]", "[2024-03-07 09:41:10 +0000] [7] [INFO] Worker exiting (pid: 7)")
log("2024-03-07T09:41:10.815472", "heroku[web.1]", "Process exited with status 0")
log("2024-03-07T09:41:13.992815", "heroku[web.1]", "Starting process with command `gunicorn digestbot.web:app --workers 1`")
log("2024-03-07T09:41:15.604398", "app[web.1]", "[2024-03-07 09:41:15 +0000] [2] [INFO] Starting gunicorn 21.2.0")
log("2024-03-07T09:41:15.605117", "app[web.1]", "[2024-03-07 09:41:15 +0000] [2] [INFO] Listening at: http://0.0.0.0:38417 (2)")
log("2024-03-07T09:41:15.605290", "app[web.1]", "[2024-03-07 09:41:15 +0000] [2] [INFO] Using worker: sync")
log("2024-03-07T09:41:15.609811", "app[web.1]", "[2024-03-07 09:41:15 +0000] [7] [INFO] Booting worker with pid: 7")
log("2024-03-07T09:41:16.118440", "heroku[web.1]", "State changed from starting to up")

run(8, 7731, [
    (f"\"{T(K['bigbench'])}\" https://arxiv.org/abs/2206.04615",
     "BIG-bench: 200 से ज़्यादा कार्यों वाला सामूहिक बेंचमार्क; पैमाने के साथ कौन-सी क्षमताएँ उभरती हैं।"),
    (f"\"{T(K['nucleus'])}\" (उपयोगकर्ता का सुझाव, लिंक नहीं)",
     "न्यूक्लियस (top-p) सैंपलिंग: बीम सर्च के दोहराव वाले पाठ की जगह ज़्यादा स्वाभाविक पाठ।"),
    (f"\"{T(K['mostly'])}\" (उपयोगकर्ता का सुझाव, लिंक नहीं)",
     "बड़े मॉडल अपने उत्तर के सही होने की संभावना का ठीक-ठाक अनुमान लगा लेते हैं (P(True), P(IK))।"),
], extra={(8, 1): ("ERROR digestbot.fetch: Semantic Scholar API टाइमआउट (10s) — उद्धरण-संख्या छोड़ी गई", 10.04)})
text = "\n".join(L) + "\n"
write_only(F, text, keys(F))
