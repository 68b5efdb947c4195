#!/usr/bin/env python3
"""1648: a Korean vision lab's Pinry board of figures from diffusion papers, read through Pinry's REST API (v2, Django
REST framework: limit/offset pagination with count / next / previous / results, newest pin first) with curl and jq:
the page's counters, an @tsv listing (id, submitter, tags, url), one pin in full (submitter, image with its
standard / thumbnail / square renditions) and the descriptions. Counts, ids, image ids and sizes come from the model."""
import hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(1648)
PS = "minji@gpu-ws2:~$ "
HOST = "https://pinry.cvlab.example.kr"
API = f"{HOST}/api/v2/pins/?format=json&board=4&limit=50"
# id, submitter, tags, url, description, image (w, h)
PINS = [
    (61, "seojun", ["diffusion", "sde"], f"https://openreview.net/forum?id={OR('2011.13456')}",
     f"{T('2011.13456')} — 그림 1: forward SDE와 reverse SDE. 세미나 3주차 슬라이드에 사용", (1600, 620)),
    (60, "minji", ["diffusion", "latent"], "https://arxiv.org/abs/2112.10752",
     f"{T('2112.10752')} 구조도 (VAE 인코더 + UNet + cross-attention). 우리 데이터셋 fine-tuning 기준", (1400, 760)),
    (59, "minji", ["diffusion", "sdxl"], "https://arxiv.org/pdf/2307.01952.pdf",
     f"{T('2307.01952')} — refiner 단계 그림. 해상도별 샘플 비교는 Table 2 참고", (1800, 900)),
    (57, "hyewon", ["personalization"], "https://arxiv.org/abs/2208.12242v2",
     f"{T('2208.12242')}: class-specific prior preservation loss 그림. 강아지 예시 그대로", (1500, 700)),
    (55, "seojun", ["diffusion", "basics"], "https://hojun-lee.example.kr/blog/ddpm-math/",
     f"{T('2006.11239')} (arXiv:2006.11239) 알고리즘 1/2 정리한 블로그 캡처. 수식 유도는 블로그 쪽이 더 친절함", (1200, 980)),
    (54, "hyewon", ["audio"], "https://diffwave-demo.example.net/",
     f"데모 페이지 캡처 — {T('2009.09761')}. 음성 팀 세미나에서 같이 보기로", (1280, 720)),
    (52, "minji", ["editing"], "https://instructpix2pix.example.io/",
     f"프로젝트 페이지 그림: {T('2211.09800')}. 학습 데이터 만드는 파이프라인(GPT-3 + Prompt-to-Prompt) 부분", (1600, 540)),
    (50, "jaehyun", ["vae"], "https://cvlab.example.kr/wiki/seminar/2024-spring",
     f"{T('2010.02014')} — 세미나 위키에 올린 정리 그림 (ICLR 2021 리뷰 중 버전)", (1100, 820)),
    (48, "jaehyun", ["tools"], "https://huggingface.co/docs/diffusers/index",
     "diffusers 문서의 scheduler 비교표. 논문 아님, 실습용", (1300, 640)),
]


def img(pid, w, h):
    iid = 100 + pid * 3
    name = hashlib.md5(f"pin{pid}".encode()).hexdigest()[:12]
    def r(kind, mw):
        scale = min(1, mw / w)
        return {"id": iid + {"standard": 1, "thumbnail": 2, "square": 3}[kind],
                "image": f"{HOST}/media/{name[:2]}/{name[2:4]}/{kind}/{name}.png",
                "width": mw if kind == "square" else round(w * scale),
                "height": mw if kind == "square" else round(h * scale)}
    return {"id": iid, "image": f"{HOST}/media/{name[:2]}/{name[2:4]}/{name}.png", "width": w, "height": h,
            "standard": r("standard", 600), "thumbnail": r("thumbnail", 240), "square": r("square", 125)}


def pin(p):
    pid, who, tags, url, desc, (w, h) = p
    return {"id": pid, "submitter": {"username": who, "gravatar": hashlib.md5(f"{who}@cvlab.example.kr".encode()).hexdigest()},
            "url": url, "private": False, "referer": url, "description": desc, "tags": tags, "image": img(pid, w, h),
            "board": 4}


def build():
    resp = {"count": len(PINS), "next": None, "previous": None, "results": [pin(p) for p in PINS]}
    L = [PS + f"curl -s '{API}' | jq '{{count, next, previous}}'"]
    L += json.dumps({k: resp[k] for k in ("count", "next", "previous")}, indent=2, ensure_ascii=False).split("\n")
    L += [PS + f"curl -s '{API}' | jq -r '.results[] | [.id, .submitter.username, (.tags | join(\",\")), .url] | @tsv'"]
    L += [f"{p['id']}\t{p['submitter']['username']}\t{','.join(p['tags'])}\t{p['url']}" for p in resp["results"]]
    L += [PS + f"curl -s '{API}' | jq '.results[] | select(.id == 57)'"]
    L += json.dumps(next(p for p in resp["results"] if p["id"] == 57), indent=2, ensure_ascii=False).split("\n")
    L += [PS + f"curl -s '{API}' | jq -r '.results[] | \"\\(.id): \\(.description)\"'"]
    L += [f"{p['id']}: {p['description']}" for p in resp["results"]]
    L.append(PS)
    return "\n".join(L)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
