#!/usr/bin/env python3
"""564: Nostr events as `nak req` prints them (one compact JSON event per line, newest first, key order kind / id /
pubkey / created_at / tags / content / sig): a Brazilian Portuguese thread (kind 1 notes with NIP-10 e / p tags,
r and t tags, nostr:npub mentions), kind 7 reactions, a kind 6 repost and the kind 0 profiles. Every id is the NIP-01
sha256 of the serialised event; the signatures are stand-ins (128 hex digits)."""
import hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_raw
from make_expected import F564, keys, GPT1

CH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
def _polymod(values):
    g = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]; chk = 1
    for v in values:
        b = chk >> 25; chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5): chk ^= g[i] if ((b >> i) & 1) else 0
    return chk
def npub(hexkey):
    data, acc, bits = [], 0, 0
    for byte in bytes.fromhex(hexkey):
        acc = (acc << 8) | byte; bits += 8
        while bits >= 5: bits -= 5; data.append((acc >> bits) & 31)
    if bits: data.append((acc << (5 - bits)) & 31)
    hrp = "npub"; exp = [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]
    pm = _polymod(exp + data + [0] * 6) ^ 1
    return hrp + "1" + "".join(CH[d] for d in data + [(pm >> 5 * (5 - i)) & 31 for i in range(6)])

def pk(name): return hashlib.sha256(("nostr-pk-" + name).encode()).hexdigest()
def ev(kind, who, at, tags, content):
    ser = json.dumps([0, pk(who), at, kind, tags, content], ensure_ascii=False, separators=(",", ":"))
    i = hashlib.sha256(ser.encode()).hexdigest()
    sig = hashlib.sha512(("sig" + i).encode()).hexdigest()
    return {"kind": kind, "id": i, "pubkey": pk(who), "created_at": at, "tags": tags, "content": content, "sig": sig}

RELAY = "wss://relay.exemplo.example"
t0 = 1709820000  # 2024-03-07 14:00 UTC
root = ev(1, "bia", t0, [["t", "llm"], ["t", "ciencia"], ["t", "leitura"]],
 "🧵 Fio: uma história curta dos modelos de linguagem em 8 artigos, pro pessoal do grupo de estudos da quinta. "
 "Vou respondendo neste fio. #llm #ciencia #leitura")
posts = [root]
def reply(who, dt, content, extra=(), to=None):
    parent = to or posts[-1]
    tags = [["e", root["id"], RELAY, "root"]]
    if parent["id"] != root["id"]: tags.append(["e", parent["id"], RELAY, "reply"])
    tags.append(["p", parent["pubkey"]])
    tags += [list(x) for x in extra]
    e = ev(1, who, t0 + dt, tags, content); posts.append(e); return e

reply("bia", 60, "1/ Começo pela pré-história: \"" + GPT1 + "\" (Radford et al., 2018), o relatório da OpenAI que introduziu o GPT original. "
      "Não está no arXiv, só em PDF no site deles.")
reply("bia", 180, "2/ Depois o salto de escala: \"" + T("2005.14165") + "\" (Brown et al., NeurIPS 2020). Few-shot direto no prompt, sem ajuste fino.")
reply("bia", 300, "3/ Como medir isso tudo? \"" + T("2009.03300") + "\" (Hendrycks et al., ICLR 2021) — o famoso MMLU, 57 disciplinas.")
reply("bia", 420, "4/ Modelos abertos: \"" + T("2205.01068") + "\", arXiv:2205.01068, da Meta em 2022, com o logbook de treino publicado.")
reply("bia", 540, "5/ E o que mudou o jogo pra quem tem só uma GPU: " + T("2302.13971") + "\nhttps://arxiv.org/abs/2302.13971",
      [["r", "https://arxiv.org/abs/2302.13971"]])
reply("bia", 660, "6/ Dados de qualidade > tamanho? " + T("2306.11644") + " (phi-1) → https://arxiv.org/pdf/2306.11644",
      [["r", "https://arxiv.org/pdf/2306.11644"]])
reply("bia", 780, "7/ Avaliar com outro LLM como juiz: " + T("2306.05685") + " https://arxiv.org/abs/2306.05685 (MT-Bench e a Chatbot Arena)",
      [["r", "https://arxiv.org/abs/2306.05685"]])
last = reply("bia", 900, "8/ E pra fechar, contexto longo não é contexto usado: \"" + T("2307.03172") + "\" (Liu et al., TACL 2024). Fim do fio 🙏")
r1 = reply("caio", 1500, "nostr:" + npub(pk("bia")) + " faltou o Chinchilla, não? Mas ótima lista. Vou levar o notebook de avaliação do lm-eval-harness (é ferramenta, não artigo).", [], last)
r2 = reply("bia", 1620, "nostr:" + npub(pk("caio")) + " o Chinchilla fica pro próximo encontro, que é só sobre leis de escala 😅", [["p", pk("caio")]], r1)
r3 = reply("dani", 2400, "Salvei o fio. Alguém grava o encontro? Posso subir no PeerTube do laboratório depois.", [], root)
reacts = [ev(7, "caio", t0 + 1000, [["e", posts[5]["id"]], ["p", pk("bia")], ["k", "1"]], "🤙"),
          ev(7, "dani", t0 + 2300, [["e", root["id"]], ["p", pk("bia")], ["k", "1"]], "+"),
          ev(7, "edu", t0 + 2900, [["e", posts[7]["id"]], ["p", pk("bia")], ["k", "1"]], "🔥")]
repost = ev(6, "edu", t0 + 3000, [["e", root["id"], RELAY], ["p", pk("bia")]], json.dumps(root, ensure_ascii=False, separators=(",", ":")))
profiles = [ev(0, n, t0 - 86400 * (i + 3), [], json.dumps({"name": n, "display_name": dn, "about": ab, "nip05": f"{n}@exemplo.example", "lud16": f"{n}@ln.exemplo.example", "picture": f"https://img.exemplo.example/{n}.jpg"}, ensure_ascii=False, separators=(",", ":")))
            for i, (n, dn, ab) in enumerate([("bia", "Beatriz Nogueira", "doutoranda em PLN · Campinas · leio artigos em voz alta"),
                                               ("caio", "Caio Lemos", "engenheiro de ML, café e bicicleta"),
                                               ("dani", "Daniela Prado", "grupo de estudos de IA da UFX (fictícia)"),
                                               ("edu", "Eduardo Sá", "só repasso coisa boa")])]
allev = sorted(posts + [r1, r2, r3] + reacts + [repost] + profiles, key=lambda e: -e["created_at"])
seen, uniq = set(), []
for e in allev:
    if e["id"] not in seen: seen.add(e["id"]); uniq.append(e)
text = "".join(json.dumps(e, ensure_ascii=False, separators=(",", ":")) + "\n" for e in uniq)
write_raw(F564, text.encode("utf-8"), [text] + [e["content"] for e in uniq], keys(F564))
