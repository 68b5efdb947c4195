#!/usr/bin/env python3
"""1749: a Brazilian podcaster's terminal (pasted): a client-credentials token from Spotify's accounts service, then
the Web API's show-episodes listing and two episodes through curl and jq. The listing (jq's 2-space layout) is
computed from the modelled show: total, limit, offset and the `next` URL; items newest first, each with name, id,
release_date and duration_ms; the two episodes asked for by id answer with the same name and date and their plain-text
`description` (one line, as Spotify strips the show notes' HTML). Ids are 22 base62 characters derived from a hash."""
import hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1749)
PS = "rafa@notebook:~/podcast$ "
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def sid(s):
    n = int(hashlib.sha256(s.encode()).hexdigest(), 16)
    out = ""
    for _ in range(22):
        n, r = divmod(n, 62); out += B62[r]
    return out


SHOW = sid("show:ruido-branco")
TOTAL = 57
EP = [
 ("#57 – Difusão do zero: de DDPM ao SDXL", "2024-03-12", "58:41",
  f"Neste episódio a Camila e o Rafa voltam ao começo da história dos modelos de difusão. Falamos de {T('2006.11239')} "
  f"(https://arxiv.org/abs/2006.11239), da visão por equações diferenciais em {T('2011.13456')} "
  f"(https://openreview.net/forum?id=PxTIG12RRHS), de como o espaço latente barateou tudo em {T('2112.10752')} "
  f"(https://arxiv.org/pdf/2112.10752) e do que mudou em {T('2307.01952')} (arXiv:2307.01952). No fim, controle por "
  f"bordas e poses com {T('2302.05543')} (https://arxiv.org/abs/2302.05543v2). Notebook do episódio: "
  f"https://git.example.com.br/ruido-branco/notebooks — Apoie o podcast: https://apoia.example.com.br/ruidobranco"),
 ("#56 – Personalização: ensinando um conceito novo ao modelo", "2024-02-27", "1:04:09",
  f"Como fazer o modelo desenhar o SEU cachorro? Discutimos {T('2208.12242')} e {T('2208.01618')}, comparamos "
  f"custo de treino e quantas imagens cada método precisa, e respondemos perguntas de ouvintes. Bônus: "
  f"{T('2303.01469')} e a promessa de gerar em um passo. Os links dos artigos estão na newsletter desta semana "
  f"(ruidobranco.example.com.br/news/56). Edição: Lia Moreira."),
 ("#55 – Entrevista: IA generativa na indústria de games", "2024-02-13", "47:22",
  "Conversamos com a Juliana Prado, artista técnica em um estúdio de Porto Alegre, sobre pipelines de arte com "
  "geração de imagens, direitos autorais e o que ainda não funciona. Apoie o podcast: https://apoia.example.com.br/ruidobranco"),
 ("#54 – Retrospectiva 2023", "2024-01-30", "1:12:05",
  "Os temas que mais apareceram no ano, as ferramentas que usamos no dia a dia e as apostas para 2024. "
  "Obrigado a todo mundo que ouviu, comentou e mandou áudio!"),
 ("#53 – Perguntas dos ouvintes (vol. 4)", "2024-01-16", "39:58",
  "GPU em casa ou na nuvem? Vale a pena fazer mestrado em IA? Respondemos às perguntas enviadas pelo formulário."),
]


def ms(d):
    p = [int(x) for x in d.split(":")]
    s = p[-1] + 60 * p[-2] + (3600 * p[0] if len(p) == 3 else 0)
    return s * 1000 + int(hashlib.md5(d.encode()).hexdigest(), 16) % 1000


def jq(v):
    return json.dumps(v, indent=2, ensure_ascii=False).split("\n")


def build():
    L = [PS + 'export TOKEN=$(curl -s -X POST https://accounts.spotify.com/api/token -d grant_type=client_credentials -u "$SPOTIFY_ID:$SPOTIFY_SECRET" | jq -r .access_token)']
    lim = len(EP)
    q = f"https://api.spotify.com/v1/shows/{SHOW}/episodes?market=BR&limit={lim}"
    L += [PS + f'curl -s -H "Authorization: Bearer $TOKEN" "{q}" | jq \'{{total, limit, offset, next, items: [.items[] | {{name, id, release_date, duration_ms}}]}}\'']
    items = [{"name": n, "id": sid(n), "release_date": d, "duration_ms": ms(du)} for n, d, du, _ in EP]
    nxt = f"https://api.spotify.com/v1/shows/{SHOW}/episodes?offset={lim}&limit={lim}&market=BR"
    L += jq({"total": TOTAL, "limit": lim, "offset": 0, "next": nxt, "items": items})
    for k in (0, 1):
        n, d, du, desc = EP[k]
        L += [PS + f'curl -s -H "Authorization: Bearer $TOKEN" "https://api.spotify.com/v1/episodes/{sid(n)}?market=BR" | jq -r \'.name, .release_date, .description\'']
        L += [n, d, desc]
    L += [PS + "# links da newsletter do #56 ainda faltam", PS]
    return "\n".join(L)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
