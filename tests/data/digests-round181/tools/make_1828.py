#!/usr/bin/env python3
"""1828: a Polish seminar's reading list kept as a Free Pascal program, pasted from a terminal: `cat lektury.pas`
(program header, {$mode objfpc}{$H+}{$codepage UTF8}, an enumerated status type, a record type, a typed constant
array of record constants with '' doubling inside strings, a loop printing with Format and a count by status), then
`fpc lektury.pas` (Free Pascal 3.2.2's banner, Compiling/Linking, ld's link.res warning, "N lines compiled") and
`./lektury`. Computed here from the modelled records: the program's output and the line count. Ends on a bare prompt
without a final newline."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num, GLOROT, DBN

F = by_num(1828)
PS = "ania@pracownia-07:~/seminarium$ "
STANY = [("stPrzeczytane", "przeczytane"), ("stWToku", "w toku"), ("stDoPrzeczytania", "do przeczytania")]
# (tytul, adres, rok, stan, uwagi)
LEKTURY = [
 (DBN, "", 2006, "stPrzeczytane", "Neural Computation 18(7); skan z biblioteki wydziałowej"),
 (GLOROT, "", 2010, "stPrzeczytane", "AISTATS 2010; stąd inicjalizacja Xaviera"),
 (T("1512.03385"), "https://arxiv.org/abs/1512.03385", 2015, "stPrzeczytane", "CVPR 2016; podstawa całego semestru"),
 (T("1502.01852"), "https://arxiv.org/pdf/1502.01852.pdf", 2015, "stPrzeczytane", "PReLU i inicjalizacja He; ICCV 2015"),
 (T("1912.11370"), "", 2019, "stWToku", "arXiv:1912.11370; ECCV 2020, referuje Kuba"),
 (T("2004.08955"), "http://arxiv.org/abs/2004.08955v2", 2020, "stWToku", "referuje Ola; porównać z ResNeXt"),
 (T("2006.06882"), "", 2020, "stDoPrzeczytania", "NeurIPS 2020; wydruk u dr Nowak"),
 (T("2006.14536"), "", 2020, "stDoPrzeczytania", "odporność na ataki; na ostatnie spotkanie"),
 ("Deep Learning (Goodfellow, Bengio, Courville), rozdz. 8 i 9", "https://www.deeplearningbook.org/", 2016, "stWToku", "książka, nie artykuł"),
 ("Neural Networks: Zero to Hero", "https://karpathy.ai/zero-to-hero.html", 2022, "stDoPrzeczytania", "wykłady Karpathy'ego (wideo), dla nowych osób"),
]


def pstr(s):
    return "'" + s.replace("'", "''") + "'"


def source():
    n = len(LEKTURY)
    L = ["program Lektury;",
         "{ Lista lektur seminarium magisterskiego \"Klasyka sieci głębokich\", semestr letni 2024.",
         "  Prowadzi dr Nowak; listę uzupełnia Ania. Nowe pozycje dopisywać na końcu tablicy. }",
         "",
         "{$mode objfpc}{$H+}{$codepage UTF8}",
         "",
         "uses",
         "  SysUtils;",
         "",
         "type",
         "  TStan = (" + ", ".join(a for a, _ in STANY) + ");",
         "  TLektura = record",
         "    Tytul: string;",
         "    Adres: string;",
         "    Rok: Integer;",
         "    Stan: TStan;",
         "    Uwagi: string;",
         "  end;",
         "",
         "const",
         "  NazwyStanow: array[TStan] of string = (" + ", ".join(pstr(b) for _, b in STANY) + ");",
         f"  Lektury: array[1..{n}] of TLektura = ("]
    for i, (t, a, r, s, u) in enumerate(LEKTURY):
        L.append(f"    (Tytul: {pstr(t)};")
        L.append(f"     Adres: {pstr(a)}; Rok: {r}; Stan: {s};")
        L.append(f"     Uwagi: {pstr(u)})" + ("," if i < n - 1 else ""))
    L += ["  );",
          "",
          "var",
          "  i: Integer;",
          "  s: TStan;",
          "  Licz: array[TStan] of Integer;",
          "",
          "begin",
          "  for s := Low(TStan) to High(TStan) do",
          "    Licz[s] := 0;",
          "  for i := Low(Lektury) to High(Lektury) do",
          "    with Lektury[i] do",
          "    begin",
          "      WriteLn(Format('%2d. [%s] %s (%d)', [i, NazwyStanow[Stan], Tytul, Rok]));",
          "      if Adres <> '' then",
          "        WriteLn('    ', Adres);",
          "      if Uwagi <> '' then",
          "        WriteLn('    uwagi: ', Uwagi);",
          "      Inc(Licz[Stan]);",
          "    end;",
          "  WriteLn;",
          "  // podsumowanie według stanu",
          "  for s := Low(TStan) to High(TStan) do",
          "    WriteLn(Format('%-17s %2d', [NazwyStanow[s] + ':', Licz[s]]));",
          "end."]
    return L


def run():
    names = dict(STANY)
    out, cnt = [], {a: 0 for a, _ in STANY}
    for i, (t, a, r, s, u) in enumerate(LEKTURY, 1):
        out.append(f"{i:2d}. [{names[s]}] {t} ({r})")
        if a: out.append("    " + a)
        if u: out.append("    uwagi: " + u)
        cnt[s] += 1
    out.append("")
    for a, b in STANY:
        out.append(f"{(b + ':'):<17s} {cnt[a]:2d}")
    return out


def build():
    src = source()
    L = [PS + "cat lektury.pas"] + src
    L += [PS + "fpc lektury.pas",
          "Free Pascal Compiler version 3.2.2+dfsg-9ubuntu1 [2022/04/11] for x86_64",
          "Copyright (c) 1993-2021 by Florian Klaempfl and others",
          "Target OS: Linux for x86-64",
          "Compiling lektury.pas",
          "Linking lektury",
          "/usr/bin/ld.bfd: warning: link.res contains output sections; did you forget -T?",
          f"{len(src)} lines compiled, 0.1 sec"]
    L += [PS + "./lektury"] + run() + [PS]
    return "\n".join(L)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
