#!/usr/bin/env python3
"""1387: a terminal session (Vietnamese): a Hanoi-like master's student (Nguyễn Thị Thu Hà, `thuha`) checks the
references of her thesis draft and the PDFs in its `tailieu/` folder with pdfgrep (`-n` prints PAGE numbers, the file
name is printed when more than one file is searched or with -H, `-c` counts matches per file, -i ignores case). The
PDFs are modelled here as pages of text lines; every pdfgrep output below is computed from that model by matching
the pattern (an extended regular expression) line by line, so that the outputs agree with each other. The thesis's
reference list writes each title on one line (hanging indent, small font), the venue / URL on the next.
Not papers: the Goodfellow book, the Vietnamese translation of Dive into Deep Learning, the timm repository, the
ImageNet site, the CS231n slides, a thesis-format guide; ResNet, PReLU, AlexNet, BiT, ViT are nicknames."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1387, keys, ALEXNET

THESIS = "LuanVan_ThuHa_v7.pdf"
PDF = {
 THESIS: {
  1: ["ĐẠI HỌC QUỐC GIA HÀ NỘI", "TRƯỜNG ĐẠI HỌC CÔNG NGHỆ", "NGUYỄN THỊ THU HÀ",
      "PHÂN LOẠI ẢNH BỆNH LÚA BẰNG MẠNG NƠ-RON TÍCH CHẬP", "VÀ HỌC CHUYỂN GIAO", "LUẬN VĂN THẠC SĨ KHOA HỌC MÁY TÍNH",
      "HÀ NỘI – 2024"],
  14: ["Chương 2. TỔNG QUAN VỀ MẠNG NƠ-RON TÍCH CHẬP",
       "Năm 2012, AlexNet [5] giành chiến thắng tại cuộc thi ILSVRC với sai số top-5 là 15,3%, mở đầu",
       "giai đoạn “học sâu” trong thị giác máy tính. Các mạng sau đó ngày càng sâu hơn: VGG, GoogLeNet,",
       "và đặc biệt là ResNet [3] với “khối dư” (residual block) cho phép huấn luyện mạng hơn 100 lớp."],
  15: ["Hình 2.3: Khối dư trong ResNet (vẽ lại theo [3]).",
       "Hàm kích hoạt PReLU [4] và cách khởi tạo trọng số “He” cũng được đề xuất trong cùng giai đoạn."],
  21: ["2.4. Học chuyển giao và mô hình tiền huấn luyện",
       "BiT [6] cho thấy tiền huấn luyện trên dữ liệu lớn rồi tinh chỉnh cho kết quả tốt ngay cả khi chỉ có",
       "vài ảnh mỗi lớp. Steiner và cs. [7] khảo sát cách huấn luyện ViT với tăng cường dữ liệu và chính",
       "quy hóa; Zoph và cs. [10] so sánh tiền huấn luyện với tự huấn luyện (self-training)."],
  33: ["Bảng 3.2: Kết quả trên tập ảnh bệnh lúa (độ chính xác top-1, %)",
       "ResNet-50 (timm [12], tinh chỉnh toàn bộ)  91,4",
       "EfficientNet-B3 [8]  92,7",
       "ResNeSt-50 [9]  93,1"],
  71: ["TÀI LIỆU THAM KHẢO",
       "[1] I. Goodfellow, Y. Bengio, A. Courville, “Deep Learning”, MIT Press, 2016. (sách)",
       "[2] A. Zhang, Z. C. Lipton, M. Li, A. J. Smola, “Đắm mình vào Học Sâu”, bản dịch tiếng Việt, 2020.",
       "Địa chỉ: https://d2l.aivivn.com",
       f"[3] K. He, X. Zhang, S. Ren, J. Sun, “{T('1512.03385')}”, in Proc.",
       "CVPR, 2016, pp. 770–778. [Trực tuyến]. Địa chỉ: https://arxiv.org/abs/1512.03385",
       f"[4] K. He, X. Zhang, S. Ren, J. Sun, “{T('1502.01852')}”,",
       "in Proc. ICCV, 2015, pp. 1026–1034.",
       f"[5] A. Krizhevsky, I. Sutskever, G. E. Hinton, “{ALEXNET}”,",
       "in Advances in NIPS 25, 2012, pp. 1097–1105.",
       f"[6] A. Kolesnikov, L. Beyer, X. Zhai và cs., “{T('1912.11370')}”,",
       "in Proc. ECCV, 2020. arXiv:1912.11370."],
  72: [f"[7] A. Steiner và cs., “{T('2106.10270')}”,",
       "TMLR, 2022. [Trực tuyến]. Địa chỉ: https://arxiv.org/abs/2106.10270",
       f"[8] M. Tan, Q. V. Le, “{T('1905.11946')}”,",
       "in Proc. ICML, 2019. [Trực tuyến]. Địa chỉ: https://arxiv.org/pdf/1905.11946.pdf",
       f"[9] H. Zhang, C. Wu, Z. Zhang và cs., “{T('2004.08955')}”, in CVPR Workshops, 2022.",
       f"[10] B. Zoph, G. Ghiasi, T.-Y. Lin và cs., “{T('2006.06882')}”, in NeurIPS 33, 2020.",
       "[11] Trần Văn Nam, “Nhận dạng sâu bệnh trên lá lúa bằng học sâu”, Luận văn thạc sĩ, ĐHCN, 2021.",
       "[12] R. Wightman, “PyTorch Image Models (timm)”, GitHub. Địa chỉ: https://github.com/huggingface/pytorch-image-models",
       "[13] ImageNet. Địa chỉ: https://www.image-net.org (truy cập 10/5/2024)."],
 },
 "tailieu/1912.11370v3.pdf": {
  1: [T("1912.11370"), "Alexander Kolesnikov⋆, Lucas Beyer⋆, Xiaohua Zhai⋆, Joan Puigcerver,",
      "Jessica Yung, Sylvain Gelly, Neil Houlsby", "Google Research, Brain Team", "Zürich, Switzerland",
      "arXiv:1912.11370v3  [cs.CV]  5 May 2020",
      "Abstract. Transfer of pre-trained representations improves sample efficiency and"],
  4: ["Fig. 2: Transfer performance of BiT-L on a selection of datasets;",
      "Big Transfer models are pre-trained on ILSVRC-2012, ImageNet-21k and JFT-300M."],
 },
 "tailieu/cs231n_2017_lecture9.pdf": {
  1: ["Lecture 9: CNN Architectures", "Fei-Fei Li & Justin Johnson & Serena Yeung", "May 2, 2017"],
  72: ["Case Study: ResNet", "[He et al., 2015]", "Very deep networks using residual connections"],
  73: ["ResNet: 152-layer model for ImageNet", "ILSVRC’15 classification winner (3.57% top 5 error)"],
 },
 "tailieu/d2l-vi-chuong7.pdf": {
  1: ["Đắm mình vào Học Sâu", "Chương 7: Mạng Nơ-ron Tích chập Hiện đại"],
  31: ["7.6. Mạng Phần dư (ResNet)", "Khi thiết kế các mạng ngày càng sâu, ta cần hiểu việc thêm các tầng"],
 },
 "tailieu/He_ICCV2015_PReLU.pdf": {
  1: [T("1502.01852"), "Kaiming He  Xiangyu Zhang  Shaoqing Ren  Jian Sun", "Microsoft Research",
      "Abstract", "Rectified activation units (rectifiers) are essential for state-of-the-art neural networks."],
 },
 "tailieu/huong_dan_trinh_bay_luan_van_2024.pdf": {
  1: ["HƯỚNG DẪN TRÌNH BÀY LUẬN VĂN THẠC SĨ", "(Ban hành kèm theo Quyết định số 512/QĐ-ĐHCN ngày 04/3/2024)"],
  6: ["Tài liệu tham khảo xếp theo thứ tự trích dẫn, kiểu IEEE; tên bài báo đặt trong ngoặc kép “ ”."],
 },
 "tailieu/Krizhevsky_NIPS2012_imagenet.pdf": {
  1: [ALEXNET, "Alex Krizhevsky", "University of Toronto", "kriz@cs.utoronto.ca",
      "Abstract", "We trained a large, deep convolutional neural network to classify the 1.2 million"],
 },
 "tailieu/Zhang_CVPRW2022_ResNeSt.pdf": {
  1: [T("2004.08955"), "Hang Zhang1, Chongruo Wu2, Zhongyue Zhang3, Yi Zhu4, Haibin Lin4, Zhi Zhang4,",
      "Abstract", "The ability to learn richer image representations is crucial for computer vision tasks."],
  6: ["Table 3: ResNeSt-50 reaches 81.13% top-1 accuracy on ImageNet, better than ResNet-50."],
 },
 "tailieu/zoph2020_rethinking_neurips.pdf": {
  1: [T("2006.06882"), "Barret Zoph∗, Golnaz Ghiasi∗, Tsung-Yi Lin∗, Yin Cui, Hanxiao Liu,",
      "Ekin D. Cubuk, Quoc V. Le", "Google Research, Brain Team"],
 },
}
FOLDER = sorted([f for f in PDF if f.startswith("tailieu/")], key=lambda s: re.sub(r"[^0-9a-z]", "", s.lower()))


def pdfgrep(pattern, files, n=False, i=False, H=None, c=False, m=None):
    rx = re.compile(pattern, re.I if i else 0)
    show = H if H is not None else len(files) > 1
    out = []
    for f in files:
        cnt = 0
        for pg in sorted(PDF[f]):
            for line in PDF[f][pg]:
                if m is not None and cnt >= m: break
                if rx.search(line):
                    cnt += len(rx.findall(line)) if c else 1
                    if not c: out.append((f + ":" if show else "") + (f"{pg}:" if n else "") + line)
        if c: out.append((f + ":" if show else "") + str(cnt))
    return out


P = "thuha@lab-may3:~/luanvan$ "
S = []
def run(cmd, lines): S.append(P + cmd); S.extend(lines)

run("ls", ["LuanVan_ThuHa_v6.docx  LuanVan_ThuHa_v7.pdf  hinh  tailieu"])
run("ls -1 tailieu/", [f.split("/", 1)[1] for f in FOLDER])
run("# tìm xem tài liệu nào là bản arXiv (có dòng đóng dấu arXiv ở lề trang 1)", [])
run('pdfgrep -n "^arXiv:[0-9]" tailieu/*.pdf', pdfgrep(r"^arXiv:[0-9]", FOLDER, n=True))
run('pdfgrep -n "“|arxiv\\.org" ' + THESIS, pdfgrep(r"“|arxiv\.org", [THESIS], n=True))
run('pdfgrep -H -n -i "big transfer|resnest|with deep convolutional|self-training" tailieu/*.pdf',
    pdfgrep(r"big transfer|resnest|with deep convolutional|self-training", FOLDER, n=True, i=True, H=True))
run('pdfgrep -c ResNet ' + THESIS + ' tailieu/*.pdf', pdfgrep(r"ResNet", [THESIS] + FOLDER, c=True))
run('pdfgrep -n ResNet ' + THESIS, pdfgrep(r"ResNet", [THESIS], n=True))
run('pdfgrep -n -m 1 "Rectifiers" tailieu/He_ICCV2015_PReLU.pdf', pdfgrep(r"Rectifiers", ["tailieu/He_ICCV2015_PReLU.pdf"], n=True, m=1))
S.append(P)
text = "\n".join(S) + "\n"
write_only(F1387, text, keys(F1387))
