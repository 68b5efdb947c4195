#!/usr/bin/env python3
"""1230: stern output with ANSI colours (Turkish): an Ankara-like lab's reading bot runs on Kubernetes (namespace
`lab-okuma`, deployment `okuma-botu`, containers `isci` — the worker — and `getirici` — the fetcher sidecar); a member
tailed it with `stern -n lab-okuma okuma-botu --since 3h --timestamps --color always 2>&1 | tee okuma-botu.log` and
kept the file. stern writes `+ <pod> › <container>` when it starts following a container (a green `+`), then
`<pod> <container> <timestamp> <message>` per log line, the pod name and the container name in the colour pair
chosen by FNV-32 of the pod name (HiCyan/Cyan, HiGreen/Green, HiMagenta/Magenta, HiYellow/Yellow, HiBlue/Blue,
HiRed/Red; `ESC[9Xm…ESC[0m`, `ESC[3Xm…ESC[0m`); timestamps are RFC 3339 with nanoseconds in the local zone (+03:00).
Lines from the two containers interleave in time order. OpenReview and arXiv links in `eklendi:` lines (and the
fetcher's GET lines) are links; `arXiv:2308.04079` without a link is arxiv-text; UYARI lines keep a title only; the
diffusers and ComfyUI repositories and a model card are skipped as not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1230, keys

E = "\x1b"
PAIRS = [(96, 36), (92, 32), (95, 35), (93, 33), (94, 34), (91, 31)]


def fnv32(s):
    h = 0x811C9DC5
    for b in s.encode():
        h = (h * 0x01000193) & 0xFFFFFFFF
        h ^= b
    return h


def col(code, s):
    return f"{E}[{code}m{s}{E}[0m"


POD = "okuma-botu-5f7d9c8b6-t8kzq"
pc, cc = PAIRS[fnv32(POD) % len(PAIRS)]
W, G = "isci", "getirici"
EV = [  # container, hh:mm:ss.nanos, message
 (W, "06:00:00.412877301", "[BİLGİ] okuma-botu 0.9.3 başladı; kanal: #okuma-grubu, aralık: 7 gün"),
 (G, "06:00:00.518204117", "getirici 0.4.1 dinliyor :8081 (zaman aşımı 10s, en fazla 3 deneme)"),
 (W, "06:00:02.006311845", "[BİLGİ] #okuma-grubu kanalından 11 mesaj alındı (2024-05-07 → 2024-05-14)"),
 (G, "06:00:02.771094560", "GET https://openreview.net/forum?id=PxTIG12RRHS -> 200 (412 ms)"),
 (W, "06:00:02.804930218", f"[BİLGİ] eklendi: {T('2011.13456')} | https://openreview.net/forum?id=PxTIG12RRHS | öneren: @selin.k"),
 (G, "06:00:03.530627412", "GET https://openreview.net/pdf?id=zOGdf9K8aC -> 200 (655 ms)"),
 (W, "06:00:03.566018903", f"[BİLGİ] eklendi: {T('2010.02014')} | https://openreview.net/pdf?id=zOGdf9K8aC | öneren: @emre.d"),
 (G, "06:00:04.118832006", "GET https://arxiv.org/abs/2112.10752 -> 200 (238 ms)"),
 (W, "06:00:04.140275519", f"[BİLGİ] eklendi: {T('2112.10752')} | https://arxiv.org/abs/2112.10752 | öneren: @selin.k"),
 (G, "06:00:14.126590772", "GET https://arxiv.org/pdf/2302.05543v3 -> zaman aşımı (10 s), yeniden deneniyor 1/3"),
 (G, "06:00:15.902417338", "GET https://arxiv.org/pdf/2302.05543v3 -> 200 (1771 ms)"),
 (W, "06:00:15.930876114", f"[BİLGİ] eklendi: {T('2302.05543')} | https://arxiv.org/pdf/2302.05543v3 | öneren: @burak.a"),
 (W, "06:00:16.004562987", f"[BİLGİ] eklendi: {T('2308.04079')} | arXiv:2308.04079 (bağlantı yok, yalnızca kimlik) | öneren: @emre.d"),
 (W, "06:00:16.051129640", f"[UYARI] bağlantı bulunamadı, yalnızca başlık kaydedildi: {T('2211.09800')}"),
 (W, "06:00:16.073385001", f"[UYARI] bağlantı bulunamadı, yalnızca başlık kaydedildi: {T('2307.01952')}"),
 (W, "06:00:16.098801472", f"[UYARI] bağlantı bulunamadı, yalnızca başlık kaydedildi: {T('2208.01618')} (\"textual inversion\" diye geçiyor)"),
 (G, "06:00:16.661902553", "GET https://github.com/huggingface/diffusers -> 200 (548 ms)"),
 (W, "06:00:16.690445218", "[BİLGİ] atlandı (makale değil: depo): https://github.com/huggingface/diffusers"),
 (G, "06:00:17.245118907", "GET https://github.com/comfyanonymous/ComfyUI -> 200 (531 ms)"),
 (W, "06:00:17.270663395", "[BİLGİ] atlandı (makale değil: depo): https://github.com/comfyanonymous/ComfyUI"),
 (G, "06:00:17.903374120", "GET https://huggingface.co/stabilityai/stable-diffusion-xl-base-1.0 -> 200 (610 ms)"),
 (W, "06:00:17.931250866", "[BİLGİ] atlandı (makale değil: model kartı): https://huggingface.co/stabilityai/stable-diffusion-xl-base-1.0"),
 (W, "06:00:18.402117590", "[BİLGİ] özet: 8 makale eklendi (5 bağlantı/kimlik ile, 3 yalnızca başlık), 3 bağlantı atlandı; #okuma-grubu kanalına gönderildi"),
 (W, "06:00:18.404006321", "[BİLGİ] sonraki çalışma: 2024-05-21 09:00 (+03:00)"),
]
L = [f"{col(32, '+')} {col(pc, POD)} › {col(cc, c)}" for c in (G, W)]
for c, t, msg in EV:
    hh = int(t[:2]) + 3
    L.append(f"{col(pc, POD)} {col(cc, c)} 2024-05-14T{hh:02d}{t[2:]}+03:00 {msg}")
text = "\n".join(L) + "\n"
write_only(F1230, text, keys(F1230))
