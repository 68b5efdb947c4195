-- phpMyAdmin SQL Dump
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
-- 테이블 구조 `g5_write_seminar`
--

CREATE TABLE `g5_write_seminar` (
  `wr_id` int(11) NOT NULL,
  `wr_num` int(11) NOT NULL DEFAULT 0,
  `wr_reply` varchar(10) NOT NULL,
  `wr_parent` int(11) NOT NULL DEFAULT 0,
  `wr_is_comment` tinyint(4) NOT NULL DEFAULT 0,
  `wr_comment` int(11) NOT NULL DEFAULT 0,
  `wr_comment_reply` varchar(5) NOT NULL,
  `ca_name` varchar(255) NOT NULL,
  `wr_option` set('html1','html2','secret','mail') NOT NULL,
  `wr_subject` varchar(255) NOT NULL,
  `wr_content` text NOT NULL,
  `wr_seo_title` varchar(255) NOT NULL DEFAULT '',
  `wr_link1` text NOT NULL,
  `wr_link2` text NOT NULL,
  `wr_link1_hit` int(11) NOT NULL DEFAULT 0,
  `wr_link2_hit` int(11) NOT NULL DEFAULT 0,
  `wr_hit` int(11) NOT NULL DEFAULT 0,
  `wr_good` int(11) NOT NULL DEFAULT 0,
  `wr_nogood` int(11) NOT NULL DEFAULT 0,
  `mb_id` varchar(20) NOT NULL,
  `wr_password` varchar(255) NOT NULL,
  `wr_name` varchar(255) NOT NULL,
  `wr_email` varchar(255) NOT NULL,
  `wr_homepage` varchar(255) NOT NULL,
  `wr_datetime` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  `wr_file` tinyint(4) NOT NULL DEFAULT 0,
  `wr_last` varchar(19) NOT NULL,
  `wr_ip` varchar(255) NOT NULL,
  `wr_facebook_user` varchar(255) NOT NULL,
  `wr_twitter_user` varchar(255) NOT NULL,
  `wr_1` varchar(255) NOT NULL,
  `wr_2` varchar(255) NOT NULL,
  `wr_3` varchar(255) NOT NULL,
  `wr_4` varchar(255) NOT NULL,
  `wr_5` varchar(255) NOT NULL,
  `wr_6` varchar(255) NOT NULL,
  `wr_7` varchar(255) NOT NULL,
  `wr_8` varchar(255) NOT NULL,
  `wr_9` varchar(255) NOT NULL,
  `wr_10` varchar(255) NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--
-- 테이블의 덤프 데이터 `g5_write_seminar`
--

INSERT INTO `g5_write_seminar` (`wr_id`, `wr_num`, `wr_reply`, `wr_parent`, `wr_is_comment`, `wr_comment`, `wr_comment_reply`, `ca_name`, `wr_option`, `wr_subject`, `wr_content`, `wr_seo_title`, `wr_link1`, `wr_link2`, `wr_link1_hit`, `wr_link2_hit`, `wr_hit`, `wr_good`, `wr_nogood`, `mb_id`, `wr_password`, `wr_name`, `wr_email`, `wr_homepage`, `wr_datetime`, `wr_file`, `wr_last`, `wr_ip`, `wr_facebook_user`, `wr_twitter_user`, `wr_1`, `wr_2`, `wr_3`, `wr_4`, `wr_5`, `wr_6`, `wr_7`, `wr_8`, `wr_9`, `wr_10`) VALUES
(1, -1, '', 1, 0, 0, '', '공지', 'html1', '2024년 1학기 멀티모달·AutoML 세미나 안내', '<p>매주 화요일 오후 4시, 공학관 312호에서 진행합니다.</p>\r\n<p>발표자는 발표 전날까지 게시판에 논문 제목과 링크를 올려 주세요.</p>\r\n<p>기초가 필요한 분은 <a href=\"https://cs231n.stanford.edu/\" target=\"_blank\" rel=\"noopener\">CS231n 강의</a>와 <a href=\"https://huggingface.co/docs/transformers/index\" target=\"_blank\" rel=\"noopener\">Hugging Face 문서</a>를 먼저 보세요.</p>', '2024년-1학기-멀티모달·AutoML-세미나-안내', '', '', 0, 0, 87, 0, 0, 'mmlab_admin', '', '최민석 교수', 'minseok.choi@mmlab.example.ac.kr', '', '2024-03-04 10:12:31', 0, '2024-03-04 10:12:31', '192.168.10.2', '', '', '', '', '', '', '', '', '', '', '', ''),
(2, -2, '', 2, 0, 1, '', '세미나', 'html1', '[3/12] Learning Transferable Visual Models From Natural Language Supervision', '<p>발표자: 김도윤 (석사과정)</p>\r\n<p>논문: <a href=\"https://arxiv.org/abs/2103.00020\" target=\"_blank\" rel=\"noopener\">Learning Transferable Visual Models From Natural Language Supervision</a></p>\r\n<p>CLIP 원 논문입니다. 발표 자료는 첨부파일 참고하세요.</p>', '312-Learning-Transferable-Visual-Models-From-Natural-Language-Supervision', 'https://arxiv.org/abs/2103.00020', '', 3, 0, 64, 0, 0, 'doyun', '', '김도윤', 'doyun.kim@mmlab.example.ac.kr', '', '2024-03-11 21:40:07', 1, '2024-03-12 18:03:55', '192.168.10.23', '', '', '김도윤', '', '', '', '', '', '', '', '', ''),
(3, -2, '', 2, 1, 1, '', '', '', '', 'zero-shot 평가 부분 코드는 open_clip 저장소 보면 됩니다. 발표 잘 들었어요!', '', '', '', 0, 0, 0, 0, 0, 'hyunwoo', '', '정현우', 'hyunwoo.jung@mmlab.example.ac.kr', '', '2024-03-12 18:03:55', 0, '', '192.168.10.17', '', '', '', '', '', '', '', '', '', '', '', ''),
(4, -3, '', 4, 0, 0, '', '세미나', 'html1', '[3/19] Flamingo: a Visual Language Model for Few-Shot Learning', '<p>발표자: 이서진</p>\r\n<p>Flamingo: a Visual Language Model for Few-Shot Learning — <a href=\"https://arxiv.org/pdf/2204.14198.pdf\" target=\"_blank\" rel=\"noopener\">PDF</a></p>\r\n<p>Perceiver Resampler 부분 위주로 보겠습니다. 분량이 많아서 \"4장\"은 생략!</p>', '319-Flamingo-a-Visual-Language-Model-for-Few-Shot-Learning', '', '', 0, 0, 51, 0, 0, 'seojin', '', '이서진', 'seojin.lee@mmlab.example.ac.kr', '', '2024-03-18 23:11:42', 0, '2024-03-18 23:11:42', '192.168.10.41', '', '', '이서진', '', '', '', '', '', '', '', '', ''),
(5, -4, '', 5, 0, 1, '', '세미나', 'html1', '[3/26] Multimodal Few-Shot Learning with Frozen Language Models', '<p>발표자: 정현우</p>\r\n<p>Multimodal Few-Shot Learning with Frozen Language Models (NeurIPS 2021)</p>\r\n<p>링크는 발표 자료 첫 장에 있습니다. Flamingo 전 단계 논문이에요.</p>', '326-Multimodal-Few-Shot-Learning-with-Frozen-Language-Models', '', '', 0, 0, 39, 0, 0, 'hyunwoo', '', '정현우', 'hyunwoo.jung@mmlab.example.ac.kr', '', '2024-03-25 20:27:19', 1, '2024-03-26 17:48:02', '192.168.10.17', '', '', '정현우', '', '', '', '', '', '', '', '', ''),
(6, -4, '', 5, 1, 1, '', '', '', '', 'Flamingo랑 같이 보니까 흐름이 잘 보이네요. 감사합니다!', '', '', '', 0, 0, 0, 0, 0, 'seojin', '', '이서진', 'seojin.lee@mmlab.example.ac.kr', '', '2024-03-26 17:48:02', 0, '', '192.168.10.41', '', '', '', '', '', '', '', '', '', '', '', ''),
(7, -5, '', 7, 0, 0, '', '세미나', 'html1', '[4/2] PyGlove: Symbolic Programming for Automated Machine Learning', '<p>발표자: 김도윤</p>\r\n<p>이번 주부터 AutoML 주간입니다.</p>\r\n<p>같이 읽을 논문: AutoHAS: Efficient Hyperparameter and Architecture Search (링크 없음, 같은 그룹 논문)</p>', '42-PyGlove-Symbolic-Programming-for-Automated-Machine-Learning', 'https://arxiv.org/abs/2101.08809', '', 3, 0, 33, 0, 0, 'doyun', '', '김도윤', 'doyun.kim@mmlab.example.ac.kr', '', '2024-04-01 22:05:36', 0, '2024-04-01 22:05:36', '192.168.10.23', '', '', '김도윤', '', '', '', '', '', '', '', '', ''),
(8, -6, '', 8, 0, 1, '', '세미나', 'html1', '[4/9] Evolving Reinforcement Learning Algorithms', '<p>발표자: 이서진</p>\r\n<p>ICLR 2021, arXiv:2101.03958 — 계산 그래프로 RL 손실 함수를 탐색하는 논문입니다.</p>', '49-Evolving-Reinforcement-Learning-Algorithms', '', '', 0, 0, 28, 0, 0, 'seojin', '', '이서진', 'seojin.lee@mmlab.example.ac.kr', '', '2024-04-08 21:19:50', 0, '2024-04-09 19:30:14', '192.168.10.41', '', '', '이서진', '', '', '', '', '', '', '', '', ''),
(9, -6, '', 8, 1, 1, '', '', '', '', 'DARTS 계열이 궁금하면 Rethinking Architecture Selection in Differentiable NAS 도 추천합니다. 다음 학기에 다룹시다.', '', '', '', 0, 0, 0, 0, 0, 'mmlab_admin', '', '최민석 교수', 'minseok.choi@mmlab.example.ac.kr', '', '2024-04-09 19:30:14', 0, '', '192.168.10.2', '', '', '', '', '', '', '', '', '', '', '', ''),
(10, -7, '', 10, 0, 1, '', '세미나', 'html1', '[4/16] Complex Query Answering with Neural Link Predictors', '<p>발표자: 정현우</p>\r\n<p>지식 그래프 질의응답 쪽 논문입니다 (ICLR 2021). 슬라이드: <a href=\"https://mmlab.example.ac.kr/seminar/2024-04-16_cqd.pdf\" target=\"_blank\" rel=\"noopener\">2024-04-16_cqd.pdf</a></p>', '416-Complex-Query-Answering-with-Neural-Link-Predictors', '', '', 0, 0, 22, 0, 0, 'hyunwoo', '', '정현우', 'hyunwoo.jung@mmlab.example.ac.kr', '', '2024-04-15 22:44:08', 0, '2024-04-17 13:26:09', '192.168.10.17', '', '', '정현우', '', '', '', '', '', '', '', '', ''),
(11, -8, '', 11, 0, 0, '', '공지', 'html1', '중간고사 기간(4/23, 4/30) 세미나 휴강', '<p>5월 7일에 다시 시작합니다.</p>', '중간고사-기간423-430-세미나-휴강', '', '', 0, 0, 41, 0, 0, 'mmlab_admin', '', '최민석 교수', 'minseok.choi@mmlab.example.ac.kr', '', '2024-04-17 09:02:45', 0, '2024-04-17 09:02:45', '192.168.10.2', '', '', '', '', '', '', '', '', '', '', '', ''),
(12, -7, '', 10, 1, 1, '', '', '', '', 'CQD 코드는 슬라이드 마지막 장에 정리했습니다.', '', '', '', 0, 0, 0, 0, 0, 'doyun', '', '김도윤', 'doyun.kim@mmlab.example.ac.kr', '', '2024-04-17 13:26:09', 0, '', '192.168.10.23', '', '', '', '', '', '', '', '', '', '', '', '');

--
-- 덤프된 테이블의 인덱스
--

--
-- 테이블의 인덱스 `g5_write_seminar`
--
ALTER TABLE `g5_write_seminar`
  ADD PRIMARY KEY (`wr_id`),
  ADD KEY `wr_seo_title` (`wr_seo_title`),
  ADD KEY `wr_num_reply_parent` (`wr_num`,`wr_reply`,`wr_parent`),
  ADD KEY `wr_is_comment` (`wr_is_comment`,`wr_id`);

--
-- 덤프된 테이블의 AUTO_INCREMENT
--

--
-- 테이블의 AUTO_INCREMENT `g5_write_seminar`
--
ALTER TABLE `g5_write_seminar`
  MODIFY `wr_id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=13;
COMMIT;

/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
