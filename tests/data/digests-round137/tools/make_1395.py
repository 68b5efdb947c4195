#!/usr/bin/env python3
"""1395: a phpMyAdmin SQL export (Korean interface) of one table of a Daegu-like lab's homepage, a Gnuboard5 site:
the seminar board `g5_write_seminar` (posts and their comments in one table: `wr_num` negative per thread,
`wr_parent` / `wr_is_comment` / `wr_comment`, `wr_option` 'html1' for editor HTML, `wr_link1`, `wr_last`, `wr_ip`,
`wr_1`…`wr_10`). phpMyAdmin's layout as its export writes it: the header comments in Korean, the SET / START
TRANSACTION / `/*!40101 … */` lines, CREATE TABLE without keys, one multi-row INSERT with every value escaped as
mysqli_real_escape_string does (`\\'`, `\\"` inside the editor's HTML, CR LF as `\\r\\n`), the keys and the
AUTO_INCREMENT in ALTER TABLE statements at the end, COMMIT. Rows, times, counts and addresses are invented. Not
papers: the CS231n course, the Hugging Face docs, a slides PDF on the lab site; CLIP, Flamingo, Frozen, DNAS are
nicknames."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1395, keys

COLS = [("wr_id", "int(11) NOT NULL"), ("wr_num", "int(11) NOT NULL DEFAULT 0"), ("wr_reply", "varchar(10) NOT NULL"),
 ("wr_parent", "int(11) NOT NULL DEFAULT 0"), ("wr_is_comment", "tinyint(4) NOT NULL DEFAULT 0"),
 ("wr_comment", "int(11) NOT NULL DEFAULT 0"), ("wr_comment_reply", "varchar(5) NOT NULL"), ("ca_name", "varchar(255) NOT NULL"),
 ("wr_option", "set('html1','html2','secret','mail') NOT NULL"), ("wr_subject", "varchar(255) NOT NULL"),
 ("wr_content", "text NOT NULL"), ("wr_seo_title", "varchar(255) NOT NULL DEFAULT ''"), ("wr_link1", "text NOT NULL"),
 ("wr_link2", "text NOT NULL"), ("wr_link1_hit", "int(11) NOT NULL DEFAULT 0"), ("wr_link2_hit", "int(11) NOT NULL DEFAULT 0"),
 ("wr_hit", "int(11) NOT NULL DEFAULT 0"), ("wr_good", "int(11) NOT NULL DEFAULT 0"), ("wr_nogood", "int(11) NOT NULL DEFAULT 0"),
 ("mb_id", "varchar(20) NOT NULL"), ("wr_password", "varchar(255) NOT NULL"), ("wr_name", "varchar(255) NOT NULL"),
 ("wr_email", "varchar(255) NOT NULL"), ("wr_homepage", "varchar(255) NOT NULL"),
 ("wr_datetime", "datetime NOT NULL DEFAULT '0000-00-00 00:00:00'"), ("wr_file", "tinyint(4) NOT NULL DEFAULT 0"),
 ("wr_last", "varchar(19) NOT NULL"), ("wr_ip", "varchar(255) NOT NULL"), ("wr_facebook_user", "varchar(255) NOT NULL"),
 ("wr_twitter_user", "varchar(255) NOT NULL")] + [(f"wr_{i}", "varchar(255) NOT NULL") for i in range(1, 11)]
M = {"dy": ("doyun", "김도윤", "doyun.kim@mmlab.example.ac.kr", "192.168.10.23"),
     "sj": ("seojin", "이서진", "seojin.lee@mmlab.example.ac.kr", "192.168.10.41"),
     "hw": ("hyunwoo", "정현우", "hyunwoo.jung@mmlab.example.ac.kr", "192.168.10.17"),
     "prof": ("mmlab_admin", "최민석 교수", "minseok.choi@mmlab.example.ac.kr", "192.168.10.2")}
A = lambda url, text: f'<a href="{url}" target="_blank" rel="noopener">{text}</a>'
# (id, parent or None, who, datetime, category, subject, content, link1, file, hit, presenter)
POSTS = [
 (1, None, "prof", "2024-03-04 10:12:31", "공지", "2024년 1학기 멀티모달·AutoML 세미나 안내",
  "<p>매주 화요일 오후 4시, 공학관 312호에서 진행합니다.</p>\r\n<p>발표자는 발표 전날까지 게시판에 논문 제목과 링크를 올려 주세요.</p>\r\n<p>기초가 필요한 분은 "
  + A("https://cs231n.stanford.edu/", "CS231n 강의") + "와 " + A("https://huggingface.co/docs/transformers/index", "Hugging Face 문서") + "를 먼저 보세요.</p>", "", 0, 87, ""),
 (2, None, "dy", "2024-03-11 21:40:07", "세미나", f"[3/12] {T('2103.00020')}",
  f"<p>발표자: 김도윤 (석사과정)</p>\r\n<p>논문: {A('https://arxiv.org/abs/2103.00020', T('2103.00020'))}</p>\r\n<p>CLIP 원 논문입니다. 발표 자료는 첨부파일 참고하세요.</p>",
  "https://arxiv.org/abs/2103.00020", 1, 64, "김도윤"),
 (3, 2, "hw", "2024-03-12 18:03:55", "", "", "zero-shot 평가 부분 코드는 open_clip 저장소 보면 됩니다. 발표 잘 들었어요!", "", 0, 0, ""),
 (4, None, "sj", "2024-03-18 23:11:42", "세미나", f"[3/19] {T('2204.14198')}",
  f"<p>발표자: 이서진</p>\r\n<p>{T('2204.14198')} — {A('https://arxiv.org/pdf/2204.14198.pdf', 'PDF')}</p>\r\n<p>Perceiver Resampler 부분 위주로 보겠습니다. 분량이 많아서 \"4장\"은 생략!</p>",
  "", 0, 51, "이서진"),
 (5, None, "hw", "2024-03-25 20:27:19", "세미나", f"[3/26] {T('2106.13884')}",
  f"<p>발표자: 정현우</p>\r\n<p>{T('2106.13884')} (NeurIPS 2021)</p>\r\n<p>링크는 발표 자료 첫 장에 있습니다. Flamingo 전 단계 논문이에요.</p>",
  "", 1, 39, "정현우"),
 (6, 5, "sj", "2024-03-26 17:48:02", "", "", "Flamingo랑 같이 보니까 흐름이 잘 보이네요. 감사합니다!", "", 0, 0, ""),
 (7, None, "dy", "2024-04-01 22:05:36", "세미나", f"[4/2] {T('2101.08809')}",
  f"<p>발표자: 김도윤</p>\r\n<p>이번 주부터 AutoML 주간입니다.</p>\r\n<p>같이 읽을 논문: {T('2006.03656')} (링크 없음, 같은 그룹 논문)</p>",
  "https://arxiv.org/abs/2101.08809", 0, 33, "김도윤"),
 (8, None, "sj", "2024-04-08 21:19:50", "세미나", f"[4/9] {T('2101.03958')}",
  "<p>발표자: 이서진</p>\r\n<p>ICLR 2021, arXiv:2101.03958 — 계산 그래프로 RL 손실 함수를 탐색하는 논문입니다.</p>", "", 0, 28, "이서진"),
 (9, 8, "prof", "2024-04-09 19:30:14", "", "", f"DARTS 계열이 궁금하면 {T('2108.04392')} 도 추천합니다. 다음 학기에 다룹시다.", "", 0, 0, ""),
 (10, None, "hw", "2024-04-15 22:44:08", "세미나", f"[4/16] {T('2011.03459')}",
  "<p>발표자: 정현우</p>\r\n<p>지식 그래프 질의응답 쪽 논문입니다 (ICLR 2021). 슬라이드: "
  + A("https://mmlab.example.ac.kr/seminar/2024-04-16_cqd.pdf", "2024-04-16_cqd.pdf") + "</p>", "", 0, 22, "정현우"),
 (11, None, "prof", "2024-04-17 09:02:45", "공지", "중간고사 기간(4/23, 4/30) 세미나 휴강", "<p>5월 7일에 다시 시작합니다.</p>", "", 0, 41, ""),
 (12, 10, "dy", "2024-04-17 13:26:09", "", "", "CQD 코드는 슬라이드 마지막 장에 정리했습니다.", "", 0, 0, ""),
]
POSTS.sort(key=lambda p: p[0])


def esc(s):
    return "'" + s.replace("\\", "\\\\").replace("\0", "\\0").replace("\n", "\\n").replace("\r", "\\r").replace("'", "\\'").replace('"', '\\"').replace("\x1a", "\\Z") + "'"


thread = [p[0] for p in POSTS if p[1] is None]
rows = []
for (i, par, who, when, ca, subj, cont, link, nfile, hit, pres) in POSTS:
    mb, name, mail, ip = M[who]
    comments = [p for p in POSTS if p[1] == (par or i)]
    if par is None:
        num = -(thread.index(i) + 1); parent = i; is_c = 0; wc = len(comments); opt = "html1"
        last = max([when] + [c[3] for c in comments])
        seo = "-".join(re.sub(r"[^\w\s·-]", "", subj).split())
    else:
        num = -(thread.index(par) + 1); parent = par; is_c = 1; opt = ""; last = ""; seo = ""
        wc = [c[0] for c in comments].index(i) + 1
    vals = [i, num, esc(""), parent, is_c, wc, esc(""), esc(ca), esc(opt), esc(subj), esc(cont), esc(seo), esc(link), esc(""),
            (3 if link else 0) if par is None else 0, 0, hit, 0, 0, esc(mb), esc(""), esc(name), esc(mail), esc(""),
            esc(when), nfile, esc(last), esc(ip), esc(""), esc("")] + [esc(pres)] + [esc("")] * 9
    rows.append("(" + ", ".join(str(v) for v in vals) + ")")

TB = "g5_write_seminar"
H = f"""-- phpMyAdmin SQL Dump
-- version 5.2.1
-- https://www.phpmyadmin.net/
--
-- 호스트: localhost
-- 처리한 시간: 24-05-14 09:12
-- 서버 버전: 10.6.16-MariaDB-0ubuntu0.22.04.1
-- PHP 버전: 8.1.2-1ubuntu2.17

SET SQL_MODE = "NO_AUTO_VALUE_ON_ZERO";
START TRANSACTION;
SET time_zone = "+00:00";


/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!40101 SET NAMES utf8mb4 */;

--
-- 데이터베이스: `mmlab_home`
--

-- --------------------------------------------------------

--
-- 테이블 구조 `{TB}`
--

CREATE TABLE `{TB}` (
""" + ",\n".join(f"  `{c}` {t}" for c, t in COLS) + f"""
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--
-- 테이블의 덤프 데이터 `{TB}`
--

INSERT INTO `{TB}` (""" + ", ".join(f"`{c}`" for c, _ in COLS) + ") VALUES\n" + ",\n".join(rows) + f""";

--
-- 덤프된 테이블의 인덱스
--

--
-- 테이블의 인덱스 `{TB}`
--
ALTER TABLE `{TB}`
  ADD PRIMARY KEY (`wr_id`),
  ADD KEY `wr_seo_title` (`wr_seo_title`),
  ADD KEY `wr_num_reply_parent` (`wr_num`,`wr_reply`,`wr_parent`),
  ADD KEY `wr_is_comment` (`wr_is_comment`,`wr_id`);

--
-- 덤프된 테이블의 AUTO_INCREMENT
--

--
-- 테이블의 AUTO_INCREMENT `{TB}`
--
ALTER TABLE `{TB}`
  MODIFY `wr_id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT={max(p[0] for p in POSTS) + 1};
COMMIT;

/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
"""
write_only(F1395, H, keys(F1395))
