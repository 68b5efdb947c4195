// StartupMacros.fiji.ijm -- 林怡君 <yichun.lin@xianwei-lab.example.tw>
// Fiji 啟動時自動載入（Plugins > Macros > Startup Macros）。
// 函式說明：https://imagej.net/ij/developer/macro/functions.html

var scaleBarWidth = 50;

macro "AutoRun" {
  // 每次開 Fiji：黑底、白色前景
  requires("1.54f");
  setOption("BlackBackground", true);
  run("Colors...", "foreground=white background=black selection=yellow");
}

macro "比例尺 50 µm [b]" {
  run("Scale Bar...", "width=" + scaleBarWidth + " height=4 font=14 color=White background=None location=[Lower Right] bold overlay");
}

macro "最大強度投影 [z]" {
  run("Z Project...", "projection=[Max Intensity]");
}

macro "分離再合併通道 [m]" {
  title = getTitle();
  run("Split Channels");
  run("Merge Channels...", "c1=[C1-" + title + "] c2=[C2-" + title + "] create");
}

macro "全部關閉 [x]" {
  run("Close All");
}

// ---- 讀書會（深度學習 × 顯微影像，週三 16:00，生科館 512）----
// 按 F5 選一篇，用瀏覽器打開。名單由志明學長每月更新。
var papers = newArray(
  "ResNeSt: Split-Attention Networks",
  "BEiT: BERT Pre-Training of Image Transformers",
  "MedSelect: Selective Labeling for Medical Image Classification Combining Meta-Learning with Deep Reinforcement Learning",
  "How to train your ViT? Data, Augmentation, and Regularization in Vision Transformers",
  "讀書會 GitHub"
);
var paperUrls = newArray(
  "https://arxiv.org/abs/2004.08955",
  "https://arxiv.org/pdf/2106.08254v2",
  "http://arxiv.org/abs/2103.14339",
  "https://arxiv.org/pdf/2106.10270.pdf",
  "https://github.com/xianwei-lab/dushuhui"
);

macro "讀書會論文 [f5]" {
  Dialog.create("讀書會論文");
  Dialog.addChoice("論文：", papers);
  Dialog.show();
  choice = Dialog.getChoice();
  for (i = 0; i < papers.length; i++) {
    if (papers[i] == choice) {
      call("ij.plugin.BrowserLauncher.openURL", paperUrls[i]);
    }
  }
}

// 下學期再排（還沒放進選單）：
//   Barlow Twins: Self-Supervised Learning via Redundancy Reduction（arXiv:2103.03230）
//   ImageNet Classification with Deep Convolutional Neural Networks
//   Supervised Contrastive Learning
//   Rethinking Pre-training and Self-training
// 練習資料：Broad Bioimage Benchmark Collection 的 BBBC021。
// 入門書：Miura & Sladoje 編，"Bioimage Data Analysis Workflows"。
// 上次的錄影：https://video.xianwei-lab.example.tw/dushuhui/2024-11
