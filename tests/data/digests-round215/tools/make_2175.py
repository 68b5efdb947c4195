#!/usr/bin/env python3
"""2175: a Rollup config (`rollup.config.mjs`, Rollup 4: ES imports of @rollup/plugin-* and rollup-plugin-*, a
`readingList` array passed to @rollup/plugin-replace as JSON, an exported array of two build configs with input,
output, plugins and watch) for an invented Indonesian reading widget on vision backbones and NAS: arXiv links
(`/abs/`, `/pdf/…v1`, `http://`, `/pdf/….pdf`) in `url` strings, `arXiv:2004.08955` in a `//` comment, titles alone
in entries with a `catatan` and in a `/* */` block; non-papers (the Rollup docs, ImageNet, a book, the repository, a
talk). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num

F = by_num(2175)
TXT = fill(r'''// rollup.config.mjs -- widget "Daftar Bacaan" untuk situs kelompok baca Lab Citra
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
  { judul: '[[T:1512.03385]]', url: 'https://arxiv.org/abs/1512.03385' },
  { judul: '[[T:1502.01852]]', url: 'https://arxiv.org/pdf/1502.01852v1' },
  { judul: '[[T:1912.11370]]', url: 'http://arxiv.org/abs/1912.11370' },
  { judul: '[[T:2106.08254]]', url: 'https://arxiv.org/pdf/2106.08254.pdf' },
  // Rizky minta ditambah: [[T:2004.08955]] (arXiv:2004.08955)
  { judul: '[[T:2004.08955]]', catatan: 'presentasi Rizky, minggu ke-6' },
  { judul: '[[T:2108.04392]]', catatan: 'bagian NAS, minggu ke-8' },
  { judul: '[[T:2006.03656]]', catatan: 'bagian NAS, minggu ke-8' },
];

/*
 * Belum masuk daftar (menunggu rapat 14 Mei):
 *   - [[T:2006.06882]]
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
''', {})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
