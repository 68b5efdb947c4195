#!/usr/bin/env python3
"""1289: `home-assistant.log` (Czech): a Brno-like researcher's Home Assistant polls two feeds with the feedreader
integration — the reading club's Atom feed (ctenarsky-klub.example.cz) and a Prague ML blog's RSS — and an automation
("Nový článek do Telegramu", mode: single) writes every new entry to the log with `system_log.write` (logger
`ctenarsky_klub`) and sends it to the club's Telegram group. He pasted the log of one morning into the club's chat.
Home Assistant's log format: `YYYY-MM-DD HH:MM:SS.mmm LEVEL (Thread) [logger] message`; the logger config is
`default: warning` with info for the automation and `ctenarsky_klub` and debug for feedreader, so the file holds the
startup warnings (a custom integration, an invalid-auth ban notice), feedreader's fetch lines, the automation's
"Running automation actions" / "Executing step call service" lines, one "Already running", a template warning, a feed
that cannot be fetched and a Telegram Markdown error whose args repeat the message (Python repr, `\\n`). Entries link
an arXiv page, an OpenReview forum, a club meeting page (title only) or carry an `arXiv:` id in their title. A lecture
video and karpathy/nanoGPT are not papers; Chinchilla, GPT-2 and ZeRO are nicknames."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1289, keys, GPT2

KLUB = "https://ctenarsky-klub.example.cz/feed.xml"
BLOG = "https://blog.mlpraha.example.cz/rss"
HF = "https://feeds.example.net/hf-daily-papers.xml"
AUTO = "homeassistant.components.automation.novy_clanek_do_telegramu"
ALIAS = "Nový článek do Telegramu"
FR = "homeassistant.components.feedreader.coordinator"
lines = []


def log(t, lvl, thread, logger, msg):
    lines.append(f"2024-05-14 {t} {lvl} ({thread}) [{logger}] {msg}")


def entry(t0, title, link, ms=101, extra=None):
    """one automation run at t0 ('HH:MM:SS') + ms milliseconds"""
    log(f"{t0}.{ms:03d}", "INFO", "MainThread", AUTO, f"{ALIAS}: Running automation actions")
    log(f"{t0}.{ms + 1:03d}", "INFO", "MainThread", AUTO, f"{ALIAS}: Executing step call service")
    log(f"{t0}.{ms + 3:03d}", "INFO", "MainThread", "ctenarsky_klub", f"Nový záznam: {title} – {link}")
    log(f"{t0}.{ms + 4:03d}", "INFO", "MainThread", AUTO, f"{ALIAS}: Executing step call service")
    if extra: lines.append(extra)


log("05:58:12.304", "WARNING", "SyncWorker_0", "homeassistant.loader", "We found a custom integration hacs which has not been tested by Home Assistant. This component might cause stability problems, be sure to disable it if you experience issues with Home Assistant")
log("05:58:12.311", "WARNING", "SyncWorker_0", "homeassistant.loader", "We found a custom integration ha_cez_distribuce which has not been tested by Home Assistant. This component might cause stability problems, be sure to disable it if you experience issues with Home Assistant")
log("05:58:31.870", "WARNING", "MainThread", "homeassistant.components.http.ban", "Login attempt or request with invalid authentication from 192.168.1.57 (192.168.1.57). Requested URL: '/api/states'. (Dart/3.3 (dart:io))")
log("05:58:44.015", "WARNING", "MainThread", "homeassistant.helpers.template", "Template variable warning: 'dict object' has no attribute 'summary' when rendering '{{ trigger.event.data.summary | default('bez shrnutí') }}'")
log("06:00:00.412", "DEBUG", "MainThread", FR, f"Fetching new data from feed {KLUB}")
log("06:00:01.096", "DEBUG", "MainThread", FR, f"6 entries found in feed {KLUB}")
log("06:00:01.097", "DEBUG", "MainThread", FR, f"Fetch from feed {KLUB} completed")
entry("06:00:01", T("2307.09288"), "https://arxiv.org/abs/2307.09288")
entry("06:00:02", T("2204.02311"), "https://arxiv.org/abs/2204.02311")
entry("06:00:03", GPT2, "https://ctenarsky-klub.example.cz/setkani/2024-05-07")
entry("06:00:04", T("2101.03961"), "https://ctenarsky-klub.example.cz/setkani/2024-05-21")
entry("06:00:05", f"{T('2001.08361')} (arXiv:2001.08361)", "https://ctenarsky-klub.example.cz/setkani/2024-05-28")
zero_url = "https://ctenarsky-klub.example.cz/setkani/2024-06-04_zero"
zero_msg = f"*{T('1910.02054')}*\\n{zero_url}"
offset = len(f"*{T('1910.02054')}*\n{zero_url}".encode().split(b"_")[0])
entry("06:00:06", T("1910.02054"), zero_url, 101,
      f"2024-05-14 06:00:06.731 ERROR (MainThread) [homeassistant.components.telegram_bot] Error sending message: Can't parse entities: can't find end of the entity starting at byte offset {offset}. Args: (-1002233445566, '{zero_msg}'), kwargs: {{'parse_mode': 'Markdown', 'disable_web_page_preview': None, 'disable_notification': False, 'reply_to_message_id': None, 'reply_markup': None, 'timeout': None, 'message_thread_id': None}}")
log("06:00:07.220", "DEBUG", "MainThread", FR, f"Fetching new data from feed {BLOG}")
log("06:00:07.655", "DEBUG", "MainThread", FR, f"4 entries found in feed {BLOG}")
log("06:00:07.656", "DEBUG", "MainThread", FR, f"Fetch from feed {BLOG} completed")
entry("06:00:07", T("2203.15556"), "https://arxiv.org/abs/2203.15556", ms=702)
log("06:00:07.811", "WARNING", "MainThread", AUTO, f"{ALIAS}: Already running")
entry("06:00:08", T("1710.03740"), f"https://openreview.net/forum?id={OR('1710.03740')}")
entry("06:00:09", "Repozitář týdne: karpathy/nanoGPT – nejjednodušší trénink GPT od nuly", "https://github.com/karpathy/nanoGPT")
log("06:00:10.034", "DEBUG", "MainThread", FR, f"Fetching new data from feed {HF}")
log("06:00:15.041", "WARNING", "MainThread", FR, f"Error fetching feed data from {HF} : <urlopen error timed out>")
log("06:12:44.508", "WARNING", "MainThread", "homeassistant.components.http.ban", "Login attempt or request with invalid authentication from 192.168.1.57 (192.168.1.57). Requested URL: '/api/states'. (Dart/3.3 (dart:io))")
log("07:00:00.409", "DEBUG", "MainThread", FR, f"Fetching new data from feed {KLUB}")
log("07:00:00.981", "DEBUG", "MainThread", FR, f"6 entries found in feed {KLUB}")
log("07:00:00.982", "DEBUG", "MainThread", FR, f"Fetch from feed {KLUB} completed")
log("07:00:01.204", "DEBUG", "MainThread", FR, f"Fetching new data from feed {BLOG}")
log("07:00:01.733", "DEBUG", "MainThread", FR, f"5 entries found in feed {BLOG}")
log("07:00:01.734", "DEBUG", "MainThread", FR, f"Fetch from feed {BLOG} completed")
entry("07:00:01", "Záznam přednášky: Trénování LLM na jedné GPU (seminář ÚFAL, 9. 5.)", "https://www.youtube.com/watch?v=pR7cD2uWq0E", ms=802)
text = "\n".join(lines) + "\n"
write_only(F1289, text, keys(F1289))
