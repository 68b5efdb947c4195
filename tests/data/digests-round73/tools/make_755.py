#!/usr/bin/env python3
"""755: the body of `GET /api/bookmarks/?q=%23atencao&limit=100` from a linkding instance: Django REST framework's
JSONRenderer output (compact separators, UTF-8 unescaped, no final newline), {"count","next","previous","results"},
each bookmark with id, url, title, description, notes, web_archive_snapshot_url, favicon_url, preview_image_url,
is_archived, unread, shared, tag_names, date_added, date_modified, website_title, website_description; DRF
timestamps with microseconds and Z. Portuguese bookmarks on efficient attention and long context."""
import datetime, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, au, abstract, write_only
from make_expected import by_num, keys

F = by_num(755)
A = lambda k: f"https://arxiv.org/abs/{k}"
BASE = datetime.datetime(2024, 2, 19, 21, 4, 11, 482913)
first = lambda k: abstract(k).split(". ")[0].strip().rstrip(".") + "."


def bm(i, url, title, desc, notes, tags, days, mod_days, site_t="", site_d="", unread=True, arch=True):
    add = BASE + datetime.timedelta(days=days, seconds=i * 977, microseconds=i * 1311)
    mod = add + datetime.timedelta(days=mod_days, seconds=i * 53)
    host = url.split("/")[2].replace(".", "_").replace("-", "_")
    f = lambda d: d.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    return {"id": i, "url": url, "title": title, "description": desc, "notes": notes.replace("et al..", "et al."),
            "web_archive_snapshot_url": f"https://web.archive.org/web/{add.strftime('%Y%m%d%H%M%S')}/{url}" if arch else "",
            "favicon_url": f"https://links.lab-atencao.example.com.br/static/https_{host}.png",
            "preview_image_url": None, "is_archived": False, "unread": unread, "shared": False, "tag_names": tags,
            "date_added": f(add), "date_modified": f(mod), "website_title": site_t, "website_description": site_d}


R = [
 bm(412, A("2006.04768"), T("2006.04768"), "", "Projeção de baixa dimensão de K e V; complexidade linear. Ler junto com a seção 3 do Big Bird.",
    ["atencao", "linear", "leitura-semana-1"], 0, 2, f"[2006.04768] {T('2006.04768')}", first("2006.04768"), unread=False),
 bm(413, A("2004.05150"), T("2004.05150"), "Atenção local com janela deslizante + tokens globais.",
    f"{au('2004.05150')}. Usado no trabalho da Beatriz sobre documentos jurídicos.", ["atencao", "documentos-longos"], 0, 5,
    f"[2004.05150] {T('2004.05150')}", first("2004.05150"), unread=False),
 bm(415, "https://github.com/google-research/long-range-arena", "GitHub - google-research/long-range-arena",
    "Repositório (código do benchmark), não é artigo.",
    f"Artigo correspondente: {T('2011.04006')} — {au('2011.04006', 3)}. Ainda sem link salvo; procurar a versão final.",
    ["atencao", "benchmark", "codigo"], 1, 0, "GitHub - google-research/long-range-arena", "Long Range Arena for Benchmarking Efficient Transformers"),
 bm(418, f"https://openreview.net/forum?id={OR('2103.02143')}", T("2103.02143"), "Página do OpenReview com as revisões.",
    f"{au('2103.02143')}. Aproxima o softmax com features aleatórias; comparar com o artigo dos Performers: {T('2009.14794')} ({au('2009.14794', 2)}).",
    ["atencao", "kernels", "leitura-semana-2"], 3, 1, T("2103.02143") + " | OpenReview", ""),
 bm(421, "https://github.com/lucidrains/performer-pytorch", "lucidrains/performer-pytorch: An implementation of Performer",
    "Implementação em PyTorch (software).", "Só para o laboratório; não citar como artigo.", ["codigo", "kernels"], 4, 0),
 bm(422, "https://github.com/leaderj1001/Synthesizer-Rethinking-Self-Attention-Transformer-Models", "Synthesizer (implementação não oficial)",
    "Código não oficial.", f"Artigo: {T('2005.00743')}, arXiv 2005.00743. {au('2005.00743', 3)}.", ["atencao", "codigo"], 6, 3),
 bm(425, A("2007.14062"), T("2007.14062"), "Atenção esparsa (aleatória + janela + global) com garantias teóricas.",
    f"{au('2007.14062', 3)}.", ["atencao", "esparsa", "leitura-semana-1"], 7, 0, f"[2007.14062] {T('2007.14062')}", first("2007.14062")),
 bm(427, "https://huggingface.co/blog/long-range-transformers", "Hugging Face Reads, Feb. 2021 - Long-range Transformers",
    "Post de blog (não é artigo) com um resumo de vários métodos.",
    f"Bom ponto de partida. Menciona também {T('1901.02860')}, que queremos ler na semana 3 (recorrência entre segmentos).",
    ["blog", "atencao"], 9, 1, "Hugging Face Reads, Feb. 2021 - Long-range Transformers", ""),
 bm(430, "https://www.youtube.com/watch?v=xK9p7bG3Lw0", "Seminário: atenção eficiente na prática (gravação)",
    "Vídeo da palestra do grupo (não é artigo).", "Slides no Drive do grupo. Duração 58 min.", ["palestra"], 11, 0, arch=False),
 bm(431, "https://paperswithcode.com/sota/long-range-modeling-on-lra", "Papers with Code - LRA leaderboard",
    "Leaderboard (não é artigo).", "Conferir números antes da apresentação.", ["benchmark"], 12, 0),
]
R.sort(key=lambda b: b["date_added"], reverse=True)
d = {"count": len(R), "next": None, "previous": None, "results": R}
text = json.dumps(d, ensure_ascii=False, separators=(",", ":"))
write_only(F, text, keys(F))
