#!/usr/bin/env python3
"""1752: a Polish PhD student's Srcbook (`.src.md`): the srcbook metadata comment, a title cell, package.json, then
markdown cells and TypeScript cells, each code cell a `###### name` heading over one fenced block in the file's
language. The cost table in the last markdown cell is computed by the builder with the same formulas as
`koszt.ts` (multiply-adds of one attention layer, d = 64, in MFLOP, rounded to one decimal as toFixed(1); no value
sits on a rounding tie)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1752)
D = 64
NS = [1024, 4096, 16384]


def cost(kind, n):
    if kind == "pelna": return 2 * n * n * D
    if kind == "rzadka": return 2 * n * int(n ** 0.5) * D
    if kind == "liniowa": return 2 * n * D * D
    if kind == "ssm": return 2 * n * D * 16


KINDS = [("pelna", "pełna (softmax)"), ("rzadka", "rzadka, okno √n"), ("liniowa", "liniowa (jądro)"), ("ssm", "SSM, stan N = 16")]


def fx(v):
    s = f"{v / 1e6:.4f}"
    assert not s.endswith("50"), s
    return f"{v / 1e6:.1f}"


def q(s):
    assert "'" not in s
    return "'" + s + "'"


PAPERS = [
 (T("2205.14135"), "https://arxiv.org/abs/2205.14135", "pelna", "ta sama złożoność, mniej odczytów z HBM"),
 (T("2006.16236"), "https://arxiv.org/pdf/2006.16236v3", "liniowa", "jądro elu(x) + 1"),
 (T("1904.10509"), "https://arxiv.org/abs/1904.10509", "rzadka", "wzorce strided i fixed"),
 (T("2111.00396"), "https://openreview.net/pdf?id=uYLFoz1vlAC", "ssm", "S4, ICLR 2022 (wersja z OpenReview)"),
 (T("2202.10447"), None, "liniowa", "FLASH, ICML 2022; brak PDF w folderze"),
 (T("2006.03236"), None, "pelna", "NeurIPS 2020; skraca sekwencję, nie zmienia samej uwagi"),
]


def build():
    meta = {"language": "typescript", "tsconfig.json": {"compilerOptions": {"module": "nodenext", "moduleResolution": "nodenext", "target": "es2022", "strict": True, "noEmit": True, "allowImportingTsExtensions": True}}}
    L = ["<!-- srcbook:" + json.dumps(meta, separators=(",", ":")) + " -->", "", "# Koszt mechanizmów uwagi – notatnik do rozdziału 2", ""]
    L += ["###### package.json", "", "```json", json.dumps({"type": "module", "dependencies": {"@types/node": "latest", "tsx": "latest", "typescript": "latest"}}, indent=2), "```", ""]
    L += ["Liczę tylko mnożenia-dodawania jednej warstwy uwagi dla d = 64, bez projekcji Q/K/V. Punkt wyjścia to przegląd "
          f"{T('2103.14636')} (tabela 1) oraz rachunek pamięci stanu z {T('2008.07669')} (arXiv:2008.07669), na którym "
          "opiera się S4. Uwaga: to nie jest pomiar czasu, tylko rząd wielkości.", ""]
    L += ["###### artykuly.ts", "", "```typescript", "export type Rodzaj = 'pelna' | 'rzadka' | 'liniowa' | 'ssm';", "",
          "export interface Artykul {", "  tytul: string;", "  url: string | null;", "  rodzaj: Rodzaj;", "  uwagi: string;", "}", "",
          "export const artykuly: Artykul[] = ["]
    for k, (t, u, r, n) in enumerate(PAPERS):
        L.append(f"  {{ tytul: {q(t)}, url: {q(u) if u else 'null'}, rodzaj: {q(r)}, uwagi: {q(n)} }}" + ",")
    L += ["];", "```", ""]
    L += ["###### koszt.ts", "", "```typescript", "import { artykuly, type Rodzaj } from './artykuly.ts';", "",
          f"const D = {D};", "", "export function koszt(rodzaj: Rodzaj, n: number): number {", "  switch (rodzaj) {",
          "    case 'pelna':", "      return 2 * n * n * D;", "    case 'rzadka':", "      return 2 * n * Math.floor(Math.sqrt(n)) * D;",
          "    case 'liniowa':", "      return 2 * n * D * D;", "    case 'ssm':", "      return 2 * n * D * 16;", "  }", "}", "",
          f"for (const n of [{', '.join(map(str, NS))}]) {{", "  const wiersz = (['pelna', 'rzadka', 'liniowa', 'ssm'] as Rodzaj[]).map((r) => (koszt(r, n) / 1e6).toFixed(1));",
          "  console.log(n, wiersz.join(' | '));", "}", "", "console.log(artykuly.filter((a) => a.url === null).map((a) => a.tytul));", "```", ""]
    L += ["Wyniki (MFLOP na warstwę), przepisane z wyjścia `koszt.ts`:", "",
          "| n | " + " | ".join(n for _, n in KINDS) + " |", "|---|" + "---|" * len(KINDS)]
    for n in NS:
        L.append(f"| {n} | " + " | ".join(fx(cost(k, n)) for k, _ in KINDS) + " |")
    L += ["", "Do zrobienia: porównać z rzeczywistym czasem na A100 w pracowni (bench z repozytorium flash-attention), "
          "dopisać wiersz dla n = 65536. Promotor prosił też o krótki akapit o tym, dlaczego pełna uwaga nadal wygrywa przy małym n.", ""]
    return "\n".join(L)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
