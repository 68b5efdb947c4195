/*
	File: perhatian.js

	Demo perhatian (attention) yang efisien, berjalan langsung di peramban.
	Dipakai di kuliah Pemrosesan Bahasa Alami, pertemuan 11 (Program Studi
	Informatika). Semua matriks disimpan sebagai array baris (Array of Array)
	supaya mudah dibaca mahasiswa; untuk versi cepat lihat contoh onnxruntime-web
	di folder demo/.

	Tolok ukur yang dipakai di slide:
	Long Range Arena: A Benchmark for Efficient Transformers - <https://openreview.net/pdf?id=qVyeW-grC2k>

	Penulis:
		Rizky Pratama <rizky.pratama@if.example.ac.id>
*/

/*
	Constant: UKURAN_BLOK

	Panjang blok untuk pola jarang dan jendela geser. Nilai 4 cukup untuk
	contoh di kelas.
*/
const UKURAN_BLOK = 4;

/*
	Function: softmaxBaris

	Softmax per baris, dengan pengurangan nilai maksimum supaya stabil.

	Parameters:
		baris - array angka

	Returns:
		Array angka yang jumlahnya 1.
*/
function softmaxBaris(baris) {
	const m = Math.max(...baris);
	const e = baris.map((x) => Math.exp(x - m));
	const s = e.reduce((a, b) => a + b, 0);
	return e.map((x) => x / s);
}

/*
	Function: perhatianPenuh

	Perhatian penuh biasa, O(n^2) dalam panjang barisan. Menjadi pembanding
	untuk semua fungsi lain di berkas ini.

	Parameters:
		Q - matriks kueri (n x d)
		K - matriks kunci (n x d)
		V - matriks nilai (n x d)
		topeng - fungsi (i, j) => boolean, true jika posisi j boleh dilihat dari i

	Returns:
		Matriks keluaran (n x d).

	See Also:
		<softmaxBaris>
*/
function perhatianPenuh(Q, K, V, topeng) {
	const d = Q[0].length;
	return Q.map((q, i) => {
		const skor = K.map((k, j) =>
			topeng(i, j) ? q.reduce((a, x, t) => a + x * k[t], 0) / Math.sqrt(d) : -Infinity);
		const p = softmaxBaris(skor);
		return V[0].map((_, t) => p.reduce((a, pj, j) => a + pj * V[j][t], 0));
	});
}

/*
	Function: polaStrided

	Topeng jarang dengan pola "strided": setiap posisi melihat blok lokalnya
	dan setiap posisi ke-UKURAN_BLOK sebelumnya.

	Parameters:
		i - indeks kueri
		j - indeks kunci

	Returns:
		true jika j terlihat dari i.

	See Also:
		Generating Long Sequences with Sparse Transformers <https://arxiv.org/abs/1904.10509>
*/
function polaStrided(i, j) {
	if (j > i) return false;
	return i - j < UKURAN_BLOK || (i - j) % UKURAN_BLOK === 0;
}

/*
	Function: jendelaGeser

	Topeng jendela geser (sliding window) dua arah dengan lebar w.
	Token global (misalnya [CLS]) belum didukung.

	Parameters:
		w - lebar jendela ke kiri dan ke kanan

	Returns:
		Fungsi topeng untuk <perhatianPenuh>.

	See Also:
		Longformer: The Long-Document Transformer <https://arxiv.org/pdf/2004.05150v2>
*/
function jendelaGeser(w) {
	return (i, j) => Math.abs(i - j) <= w;
}

/*
	Function: proyeksiLinformer

	Memproyeksikan K dan V ke k baris dengan matriks E (k x n), sehingga
	biaya perhatian menjadi linear dalam n.

	Parameters:
		E - matriks proyeksi (k x n)
		M - matriks kunci atau nilai (n x d)

	Returns:
		Matriks (k x d).

	Example:
		(start code)
		const Kp = proyeksiLinformer(E, K);
		const Vp = proyeksiLinformer(E, V);
		const Y = perhatianPenuh(Q, Kp, Vp, () => true);
		(end)

	See Also:
		Linformer: Self-Attention with Linear Complexity <https://arxiv.org/abs/2006.04768>
*/
function proyeksiLinformer(E, M) {
	return E.map((e) => M[0].map((_, t) => e.reduce((a, x, j) => a + x * M[j][t], 0)));
}

/*
	Function: emberHash

	Mengelompokkan vektor ke ember (bucket) dengan hash sensitif-lokalitas
	(LSH) berbasis rotasi acak, seperti pada Reformer: The Efficient Transformer
	(arXiv:2001.04451). Kueri hanya memperhatikan kunci di ember yang sama.

	Parameters:
		x - vektor berdimensi d
		R - matriks rotasi acak (d x b/2)

	Returns:
		Nomor ember, 0 sampai b-1.
*/
function emberHash(x, R) {
	const r = R[0].map((_, t) => x.reduce((a, xi, i) => a + xi * R[i][t], 0));
	const semua = r.concat(r.map((v) => -v));
	return semua.indexOf(Math.max(...semua));
}

/*
	Topic: Belum diimplementasikan

	Untuk semester depan, kalau sempat:

	- FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness - perlu akses memori GPU, tidak cocok untuk demo JS biasa.
	- Funnel-Transformer: Filtering out Sequential Redundancy for Efficient Language Processing - pooling di sepanjang barisan.
	- Not All Memories are Created Equal: Learning to Forget by Expiring - memori yang kedaluwarsa.

	Mahasiswa yang penasaran bisa membaca dokumentasi TensorFlow.js tentang
	operasi matriks terlebih dahulu.
*/

export { softmaxBaris, perhatianPenuh, polaStrided, jendelaGeser, proyeksiLinformer, emberHash };
