#!/usr/bin/env python3
"""2233: a CERN ROOT start-up macro (`~/rootlogon.C`, an unnamed C++ block run by cling: gStyle / gROOT / gSystem
calls, a `const char *rinko[][2]` table printed with printf) of an invented Japanese physicist whose ML reading seminar
(輪講) sits in the table: an OpenReview forum link and arXiv links (`/abs/`, `/pdf/…v3`, `http://`) beside their
titles, `arXiv:2108.04392` in a `//` comment, titles alone in comments; non-papers (ROOT's reference guide, a book,
the seminar's repository and a talk recording). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num

F = by_num(2233)
TXT = fill(r'''// ~/rootlogon.C -- 佐藤 健太 <kenta.sato@saiteki-lab.example.jp>
// ~/.rootrc の "Rint.Logon: $(HOME)/rootlogon.C" で読み込まれる。ROOT 6.30 で確認済み。
// TStyle のメソッド一覧: https://root.cern/doc/master/classTStyle.html
{
   // プロット全体のスタイル (論文用)
   gROOT->SetStyle("Modern");
   gStyle->SetOptStat(1110);
   gStyle->SetOptFit(1111);
   gStyle->SetPalette(kViridis);
   gStyle->SetPadTickX(1);
   gStyle->SetPadTickY(1);
   gStyle->SetTitleFont(42, "XYZ");
   gStyle->SetLabelFont(42, "XYZ");
   gStyle->SetLegendBorderSize(0);
   gStyle->SetHistLineWidth(2);
   gROOT->ForceStyle();

   // 解析コードのヘッダと RooFit
   gSystem->AddIncludePath(" -I$HOME/analysis/include");
   gSystem->Load("libRooFit");

   // 輪講 (ML for physics、毎週金曜 15:00、田中さんの回は2番目)。起動時に一覧を出すだけ。
   // リンクはターミナルからそのまま開ける。
   const char *rinko[][2] = {
      {"[[T:2010.02014]]", "https://openreview.net/forum?id=zOGdf9K8aC"},
      {"[[T:2006.05929]]", "https://arxiv.org/pdf/2006.05929v3"},
      {"[[T:2010.01412]]", "https://arxiv.org/abs/2010.01412"},
      {"[[T:2103.13462]]", "http://arxiv.org/abs/2103.13462"},
      {"輪講のリポジトリ", "https://github.com/saiteki-lab/rinko"},
   };
   printf("\n  輪講リスト (rootlogon.C)\n");
   for (const auto &r : rinko) printf("   - %s\n     %s\n", r[0], r[1]);

   // 候補 (順番はまだ):
   //   [[T:2108.04392]] (arXiv:2108.04392)
   //   [[T:2308.04079]] -- イベントディスプレイに使えるか?
   //   [[T:2006.03656]]
   //   [[T:2103.14338]]
   // 教科書: Boyd & Vandenberghe, "Convex Optimization" (第9章)。
   // 前回の録画: https://video.saiteki-lab.example.jp/rinko/2024-10
}
''', {})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
