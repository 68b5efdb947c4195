/*
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
        { title: "Efficient Estimation of Word Representations in Vector Space", url: 'https://arxiv.org/abs/1301.3781' },
        { title: "BART: Denoising Sequence-to-Sequence Pre-training for Natural Language Generation, Translation, and Comprehension", url: 'https://arxiv.org/pdf/1910.13461v1' },
        { title: "Deep contextualized word representations", note: 'arXiv:1802.05365 (ELMo) -- đọc mục 3' },
        { title: "Glancing Transformer for Non-Autoregressive Neural Machine Translation", url: 'https://openreview.net/forum?id=ZaYZfu8pT_N' },
        { title: "HuggingFace's Transformers: State-of-the-art Natural Language Processing", note: 'chỉ tên, thư viện thì ai cũng dùng rồi' },
        { title: "The Power of Scale for Parameter-Efficient Prompt Tuning", note: 'chỉ tên' }
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
    //   Improving Self-supervised Pre-training via a Fully-Explored Masked Language Model
    //   Attention is Not Only a Weight: Analyzing Transformers with Vector Norms

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
