#!/usr/bin/env python3
"""2155: a Gruntfile.js (grunt 1.6: a `/* */` banner comment, `module.exports = function (grunt) { … }` with
`grunt.initConfig({ … })` holding `pkg`, a `docdoc` data object with the reading list, `clean` / `copy` / `nunjucks`
/ `htmlmin` / `watch` tasks, `grunt.loadNpmTasks` and `grunt.registerTask` lines) of an invented Vietnamese NLP
reading-group site: an OpenReview forum link and arXiv links (`/abs/`, `/pdf/…v3`, `http://`) in `url` strings, one
`arXiv:1802.05365` in a note string, titles alone in `title` strings without a url and in `//` comments; non-papers
(grunt plugins, a book, the repository, a talk, a dataset). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only, OR
from make_expected import keys, by_num

F = by_num(2155)
TXT = fill(r'''/*
 * Gruntfile.js -- dựng trang "Nhóm đọc NLP" (nhom-doc-nlp)
 * Người duy trì: Nguyễn Thị Thu Hà <thuha.nguyen@ngonngu-lab.example.vn>
 * Mã nguồn: https://github.com/ngonngu-lab/nhom-doc-nlp
 * Chạy: npx grunt  (mặc định)  |  npx grunt dev  (theo dõi thay đổi)
 */
'use strict';

module.exports = function (grunt) {
  grunt.initConfig({
    pkg: grunt.file.readJSON('package.json'),

    // Danh sách đọc tháng 5/2024 -- được nunjucks đổ vào templates/index.njk
    docdoc: {
      thang: '2024-05',
      sach: 'Jurafsky & Martin, "Speech and Language Processing" (bản nháp lần 3), chương 6',
      buoiTruoc: 'https://video.ngonngu-lab.example.vn/bai-noi/2024-04',
      duLieu: 'VLSP 2020 (bộ dữ liệu tiếng Việt, không phải bài báo)',
      baiBao: [
        { title: "[[T:1301.3781]]", url: 'https://arxiv.org/abs/1301.3781' },
        { title: "[[T:1910.13461]]", url: 'https://arxiv.org/pdf/1910.13461v1' },
        { title: "[[T:1802.05365]]", note: 'arXiv:1802.05365 (ELMo) -- đọc mục 3' },
        { title: "[[T:2008.07905]]", url: 'https://openreview.net/forum?id=[[ID:OR]]' },
        { title: "[[T:1910.03771]]", note: 'chỉ tên, thư viện thì ai cũng dùng rồi' },
        { title: "[[T:2104.08691]]", note: 'chỉ tên' }
      ]
    },

    clean: {
      dist: ['dist/']
    },

    copy: {
      tinh: {
        expand: true,
        cwd: 'static/',
        src: ['**/*.css', '**/*.svg', 'CNAME'],
        dest: 'dist/'
      }
    },

    nunjucks: {
      options: {
        data: '<%= docdoc %>',
        paths: 'templates'
      },
      trang: {
        files: { 'dist/index.html': 'templates/index.njk' }
      }
    },

    htmlmin: {
      dist: {
        options: { removeComments: true, collapseWhitespace: true },
        files: { 'dist/index.html': 'dist/index.html' }
      }
    },

    // Buổi sau (chưa thêm vào danh sách, chỉ ghi tên):
    //   [[T:2010.06040]]
    //   [[T:2004.10102]]

    watch: {
      trang: {
        files: ['templates/**/*.njk', 'static/**/*', 'Gruntfile.js'],
        tasks: ['build']
      }
    }
  });

  grunt.loadNpmTasks('grunt-contrib-clean');
  grunt.loadNpmTasks('grunt-contrib-copy');
  grunt.loadNpmTasks('grunt-nunjucks-2-html');
  grunt.loadNpmTasks('grunt-contrib-htmlmin');
  grunt.loadNpmTasks('grunt-contrib-watch');

  grunt.registerTask('build', ['clean', 'copy', 'nunjucks', 'htmlmin']);
  grunt.registerTask('dev', ['build', 'watch']);
  grunt.registerTask('default', ['build']);
};
''', {"OR": OR("2008.07905")})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
