#!/usr/bin/env python3
"""2253: an ImageJ / Fiji start-up macro set (`macros/StartupMacros.fiji.ijm` in ImageJ's macro language: `//`
comments, `var` globals, an AutoRun macro, `macro "Name [key]" { … }` blocks calling `run("Command...", "options")`, a
reading-group macro built from two `newArray(…)` lists that opens the chosen paper with BrowserLauncher) of an
invented Taiwanese microscopy lab whose deep-learning reading group sits in those lists: arXiv links (`/abs/`,
`/pdf/…v2`, `http://`, `/pdf/….pdf`) beside their titles, `arXiv:2103.03230` in a comment, titles alone in comments
(one of them, AlexNet's paper, not on arXiv). No OpenReview link: none of these papers has one. Non-papers (ImageJ's
macro reference, Fiji, a dataset, a book, the group's repository and a talk recording). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num, ALEXNET

F = by_num(2253)
TXT = fill(r'''// StartupMacros.fiji.ijm -- 林怡君 <yichun.lin@xianwei-lab.example.tw>
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
  "[[T:2004.08955]]",
  "[[T:2106.08254]]",
  "[[T:2103.14339]]",
  "[[T:2106.10270]]",
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
//   [[T:2103.03230]]（arXiv:2103.03230）
//   [[T:alexnet]]
//   [[T:2004.11362]]
//   [[T:2006.06882]]
// 練習資料：Broad Bioimage Benchmark Collection 的 BBBC021。
// 入門書：Miura & Sladoje 編，"Bioimage Data Analysis Workflows"。
// 上次的錄影：https://video.xianwei-lab.example.tw/dushuhui/2024-11
''', {"alexnet": ALEXNET})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
