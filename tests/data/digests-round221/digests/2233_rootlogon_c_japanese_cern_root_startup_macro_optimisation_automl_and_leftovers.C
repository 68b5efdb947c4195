// ~/rootlogon.C -- 佐藤 健太 <kenta.sato@saiteki-lab.example.jp>
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
      {"Self-Supervised Variational Auto-Encoders", "https://openreview.net/forum?id=zOGdf9K8aC"},
      {"Dataset Condensation with Gradient Matching", "https://arxiv.org/pdf/2006.05929v3"},
      {"Sharpness-Aware Minimization for Efficiently Improving Generalization", "https://arxiv.org/abs/2010.01412"},
      {"Why Do Local Methods Solve Nonconvex Problems?", "http://arxiv.org/abs/2103.13462"},
      {"輪講のリポジトリ", "https://github.com/saiteki-lab/rinko"},
   };
   printf("\n  輪講リスト (rootlogon.C)\n");
   for (const auto &r : rinko) printf("   - %s\n     %s\n", r[0], r[1]);

   // 候補 (順番はまだ):
   //   Rethinking Architecture Selection in Differentiable NAS (arXiv:2108.04392)
   //   3D Gaussian Splatting for Real-Time Radiance Field Rendering -- イベントディスプレイに使えるか?
   //   AutoHAS: Efficient Hyperparameter and Architecture Search
   //   Few-Shot Human Motion Transfer by Personalized Geometry and Texture Modeling
   // 教科書: Boyd & Vandenberghe, "Convex Optimization" (第9章)。
   // 前回の録画: https://video.saiteki-lab.example.jp/rinko/2024-10
}
