// rollup.config.mjs -- widget "Daftar Bacaan" untuk situs kelompok baca Lab Citra
// Dokumentasi: https://rollupjs.org/configuration-options/
// Repo: https://github.com/citra-lab/widget-bacaan
// Pengelola: Dewi Anggraini Putri <dewi.putri@citra-lab.example.id>
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import postcss from 'rollup-plugin-postcss';

const production = !process.env.ROLLUP_WATCH;

// Daftar bacaan semester ini. Widget menampilkan judul + tautan; entri tanpa url
// ditampilkan dengan catatan saja.
const readingList = [
  { judul: 'Deep Residual Learning for Image Recognition', url: 'https://arxiv.org/abs/1512.03385' },
  { judul: 'Delving Deep into Rectifiers: Surpassing Human-Level Performance on ImageNet Classification', url: 'https://arxiv.org/pdf/1502.01852v1' },
  { judul: 'Big Transfer (BiT): General Visual Representation Learning', url: 'http://arxiv.org/abs/1912.11370' },
  { judul: 'BEiT: BERT Pre-Training of Image Transformers', url: 'https://arxiv.org/pdf/2106.08254.pdf' },
  // Rizky minta ditambah: ResNeSt: Split-Attention Networks (arXiv:2004.08955)
  { judul: 'ResNeSt: Split-Attention Networks', catatan: 'presentasi Rizky, minggu ke-6' },
  { judul: 'Rethinking Architecture Selection in Differentiable NAS', catatan: 'bagian NAS, minggu ke-8' },
  { judul: 'AutoHAS: Efficient Hyperparameter and Architecture Search', catatan: 'bagian NAS, minggu ke-8' },
];

/*
 * Belum masuk daftar (menunggu rapat 14 Mei):
 *   - Rethinking Pre-training and Self-training
 * Buku pegangan: Szeliski, "Computer Vision: Algorithms and Applications", 2nd ed.
 * Dataset latihan: ImageNet-1k (bukan makalah).
 * Rekaman presentasi: https://video.citra-lab.example.id/presentasi/2024-04
 */

export default [
  {
    input: 'src/widget.js',
    output: {
      file: 'dist/widget-bacaan.js',
      format: 'iife',
      name: 'WidgetBacaan',
      sourcemap: !production,
    },
    plugins: [
      replace({
        preventAssignment: true,
        __READING_LIST__: JSON.stringify(readingList),
        'process.env.NODE_ENV': JSON.stringify(production ? 'production' : 'development'),
      }),
      nodeResolve({ browser: true }),
      commonjs(),
      postcss({ extract: 'widget-bacaan.css', minimize: production }),
      production && terser(),
    ],
    watch: {
      clearScreen: false,
      include: 'src/**',
    },
  },
  {
    input: 'src/widget.js',
    output: {
      file: 'dist/widget-bacaan.esm.js',
      format: 'es',
    },
    plugins: [
      replace({
        preventAssignment: true,
        __READING_LIST__: JSON.stringify(readingList),
      }),
      nodeResolve({ browser: true }),
      commonjs(),
      postcss({ inject: false }),
    ],
  },
];
