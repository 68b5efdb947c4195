#!/usr/bin/env python3
"""1295: `git grep` output (Korean): a Daejeon-like generative-models lab keeps seminar notes in a git repository
(`gen-lab-notes`: README.md, scripts/, 세미나/, 개인/); a student (지호) searched it for paper links and for the
"제목만" (title only) marker and pasted the terminal into the lab's Slack-like chat. Commands: `git grep -n -i
"arxiv\\|openreview"`, the same with `-c`, and `git -c core.quotePath=false grep -n "제목만"`. git's output: one
`path:line:text` a match, files in index order (paths sorted by bytes), and — with core.quotePath on, the default —
every path holding non-ASCII bytes C-quoted in double quotes with octal escapes (`"\\354\\204\\270…"`), so the Korean
folder and file names are unreadable in the first two outputs and readable in the third; the matched lines themselves
are raw UTF-8. Papers: arXiv links, an OpenReview forum, an `arXiv:` id with no link, and "제목만" titles (one not on
arXiv). The fetch script, diffusers' docs and a talk video are not papers; SDXL, ControlNet, 3DGS and DBN are
nicknames."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1295, keys, DBN

FILES = {
 "README.md": [
  "# gen-lab-notes",
  "",
  "생성모델 세미나 노트 저장소입니다. 발표 전날까지 노트를 올려 주세요.",
  "",
  "- 논문 링크는 arXiv abs 주소로 통일 (PDF 주소 말고)",
  "- 링크를 못 찾은 논문은 `제목만:` 으로 시작해서 적기",
  "- 코드/라이브러리(diffusers, gsplat 등)는 논문 목록에 넣지 말 것",
 ],
 "scripts/fetch_pdfs.py": [
  "#!/usr/bin/env python3",
  "\"\"\"세미나 노트에 적힌 arXiv 링크의 PDF를 papers/ 아래로 내려받는다.\"\"\"",
  "import pathlib, re, sys, urllib.request",
  "",
  "NOTES = pathlib.Path(__file__).resolve().parent.parent",
  "ABS = re.compile(r\"https://arxiv\\.org/abs/(\\d{4}\\.\\d{4,5})\")",
  "",
  "",
  "def pdf_url(aid):",
  "    return f\"https://arxiv.org/pdf/{aid}\"",
  "",
  "",
  "for md in NOTES.rglob(\"*.md\"):",
  "    for aid in ABS.findall(md.read_text(encoding=\"utf-8\")):",
  "        out = NOTES / \"papers\" / f\"{aid}.pdf\"",
  "        if out.exists():",
  "            continue",
  "        try:",
  "            urllib.request.urlretrieve(pdf_url(aid), out)",
  "        except OSError as e:",
  "            print(f\"arxiv 다운로드 실패: {aid} ({e})\", file=sys.stderr)",
 ],
 "개인/지호/읽을거리.md": [
  "# 지호 읽을거리",
  "",
  f"- [x] {T('2208.01618')} — https://arxiv.org/abs/2208.01618",
  "- [ ] diffusers 문서: textual inversion 학습 스크립트 (https://huggingface.co/docs/diffusers/training/text_inversion)",
  f"- [ ] 제목만: {T('2010.02014')} — 예전 VAE 스터디에서 나온 것",
  "- [ ] 학회 발표 영상: 확산모델 튜토리얼 (CVPR 2023) — https://www.youtube.com/watch?v=cS6JQpEY9cs",
  f"- [ ] 제목만: {DBN} (Hinton 2006, Neural Computation) — 아카이브에는 없음, 도서관 PDF",
 ],
 "세미나/2024-04-02-확산모델.md": [
  "# 4월 2일 세미나: 확산모델 (발표: 박서준, 김지호)",
  "",
  "## 발표 논문",
  "",
  f"- {T('2307.01952')} — https://arxiv.org/abs/2307.01952",
  "  - 두 단계(base + refiner), 1024px, 텍스트 인코더 두 개",
  f"- {T('2011.13456')} — https://openreview.net/forum?id={OR('2011.13456')} (ICLR 2021 oral)",
  "  - SDE 관점에서 DDPM/SMLD를 통일, probability flow ODE",
  "",
  "## 다음 주 후보",
  "",
  f"- ControlNet: {T('2302.05543')} (arXiv:2302.05543) — 링크는 서준이가 추가 예정",
  "- diffusers의 ControlNet 파이프라인 예제 돌려 보기 (논문 아님)",
 ],
 "세미나/2024-04-16-3D.md": [
  "# 4월 16일 세미나: 3D 표현 (발표: 이민서)",
  "",
  f"- {T('2308.04079')} — https://arxiv.org/abs/2308.04079",
  "  - gsplat 라이브러리로 재현해 봄 (논문 아님, 코드)",
  "- NeRF와 속도 비교표는 슬라이드 7쪽",
  "",
  "## 남은 질문",
  "",
  f"- 제목만: {T('2303.01469')} (OpenAI, 2023) — 3D랑 상관은 없지만 민서가 소개하기로",
 ],
}
order = sorted(FILES, key=lambda p: p.encode())


def cquote(p):
    b = p.encode()
    if all(32 <= c < 127 and c not in (34, 92) for c in b): return p
    return '"' + "".join(chr(c) if 32 <= c < 127 and c not in (34, 92) else ("\\" + chr(c) if c in (34, 92) else "\\%03o" % c) for c in b) + '"'


def grep(pat, flags=re.I, quote=True, count=False):
    out = []
    for p in order:
        hits = [(n, l) for n, l in enumerate(FILES[p], 1) if re.search(pat, l, flags)]
        name = cquote(p) if quote else p
        if count and hits: out.append(f"{name}:{len(hits)}")
        elif not count: out += [f"{name}:{n}:{l}" for n, l in hits]
    return out


PR = "jiho@genlab-ws:~/gen-lab-notes$ "
out = [PR + 'git grep -n -i "arxiv\\|openreview"'] + grep(r"arxiv|openreview")
out += [PR + 'git grep -c -i "arxiv\\|openreview"'] + grep(r"arxiv|openreview", count=True)
out += [PR + 'git -c core.quotePath=false grep -n "제목만"'] + grep("제목만", 0, quote=False)
out.append(PR)
text = "\n".join(out) + "\n"
write_only(F1295, text, keys(F1295))
