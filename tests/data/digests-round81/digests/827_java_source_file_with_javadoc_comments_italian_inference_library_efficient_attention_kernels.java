/*
 * Copyright (c) 2023, 2024 Laboratorio di Calcolo Neurale, Università di Valdaspra.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package it.valdaspra.attenzione.kernels;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;

import it.valdaspra.attenzione.tensor.Tensore;
import it.valdaspra.attenzione.tensor.Forma;
import it.valdaspra.attenzione.util.Precisione;

/**
 * Kernel di attenzione "efficienti" per l'inferenza su CPU e, tramite JNI, su GPU.
 *
 * <p>Questa classe raccoglie le varianti di attenzione che usiamo nei modelli del
 * laboratorio. Ogni variante è un metodo statico che riceve le matrici
 * {@code Q}, {@code K}, {@code V} (forma {@code [batch, teste, lunghezza, dim]})
 * e restituisce l'uscita con la stessa forma di {@code Q}. Le varianti sono
 * elencate in ordine di maturità: le prime sono coperte da test numerici contro
 * l'implementazione ingenua {@link #attenzioneIngenua(Tensore, Tensore, Tensore, boolean)},
 * le ultime sono sperimentali.
 *
 * <h2>Riferimenti</h2>
 * <p>Per ogni kernel indichiamo l'articolo da cui deriva. Gli articoli sono citati
 * con il titolo completo, così chi legge il codice può ritrovarli anche senza
 * connessione al catalogo della biblioteca:
 * <ul>
 *   <li>tiling e partizionamento del lavoro tra warp:
 *       <a href="https://arxiv.org/abs/2307.08691"><cite>FlashAttention-2: Faster Attention with Better Parallelism and Work Partitioning</cite></a>
 *       (Tri Dao);</li>
 *   <li>attenzione lineare con mappa di feature {@code elu(x) + 1}:
 *       <a href="https://arxiv.org/pdf/2006.16236.pdf"><cite>Transformers are RNNs: Fast Autoregressive Transformers with Linear Attention</cite></a>
 *       (Angelos Katharopoulos, Apoorv Vyas et al.);</li>
 *   <li>unità con attenzione a gating e "chunk" misti:
 *       <a href="https://arxiv.org/abs/2202.10447v2"><cite>Transformer Quality in Linear Time</cite></a>;</li>
 *   <li>hashing LSH dei vettori query/key:
 *       <a href="https://openreview.net/forum?id=rkgNKkHtvB"><cite>Reformer: The Efficient Transformer</cite></a>
 *       (ICLR 2020, versione OpenReview);</li>
 *   <li>convoluzioni lunghe implicite al posto dell'attenzione:
 *       <cite>Hyena Hierarchy: Towards Larger Convolutional Language Models</cite>, arXiv:2302.10866 (ancora sperimentale, vedi
 *       {@link #convoluzioneLungaImplicita(Tensore, Tensore, int)}).</li>
 * </ul>
 *
 * <p>Non sono articoli, ma sono utili: il post "The Illustrated Transformer",
 * il capitolo sull'attenzione del corso interno "Reti neurali II" (slide del
 * 2023) e il repository dei kernel CUDA del laboratorio ({@code attenzione-cuda}).
 *
 * <p><b>Nota sulla thread-safety:</b> i metodi sono privi di stato e possono
 * essere chiamati da più thread; i buffer temporanei sono allocati per chiamata
 * oppure presi da {@link BufferPool}.
 *
 * @author Chiara Benedetti &lt;chiara.benedetti@example.org&gt;
 * @author Tommaso Ferrante &lt;t.ferrante@example.org&gt;
 * @since 0.3.0
 * @see it.valdaspra.attenzione.tensor.Tensore
 */
public final class KernelAttenzione {

    /**
     * Dimensione del blocco lungo la sequenza per il kernel a tile.
     * Valori tipici: 64 o 128. Deve essere una potenza di due.
     */
    public static final int DIMENSIONE_BLOCCO = 64;

    /**
     * Soglia oltre la quale {@link #attenzione(Tensore, Tensore, Tensore, Variante)}
     * passa automaticamente dalla versione ingenua a quella a tile.
     */
    public static final int SOGLIA_TILE = 512;

    /** Epsilon per la normalizzazione dell'attenzione lineare. */
    private static final float EPS = 1e-6f;

    /** Pool condiviso per i calcoli paralleli sulle teste. */
    private static final ForkJoinPool POOL = ForkJoinPool.commonPool();

    private KernelAttenzione() {
        throw new AssertionError("classe di utilità: non istanziare");
    }

    /**
     * Le varianti disponibili. L'ordine conta: {@link #valueOf(String)} è usato
     * dal file di configurazione ({@code attenzione.variante=TILE}).
     */
    public enum Variante {
        /** Softmax esatta, memoria {@literal O(n^2)}. */
        INGENUA,
        /** Softmax esatta a blocchi, memoria {@literal O(n)}. */
        TILE,
        /** Attenzione lineare con mappa di feature positiva. */
        LINEARE,
        /** Unità a gating con chunk locali e attenzione lineare globale. */
        GATED_CHUNK,
        /** Bucket LSH; richiede {@code lunghezza % (2 * DIMENSIONE_BLOCCO) == 0}. */
        LSH
    }

    /**
     * Calcola l'attenzione scegliendo il kernel in base alla variante.
     *
     * <pre>{@code
     * Tensore out = KernelAttenzione.attenzione(q, k, v, Variante.TILE);
     * assert out.forma().equals(q.forma());
     * }</pre>
     *
     * @param q       query, forma {@code [b, h, n, d]}
     * @param k       key, forma {@code [b, h, m, d]}
     * @param v       value, forma {@code [b, h, m, dv]}
     * @param variante il kernel da usare
     * @return l'uscita, forma {@code [b, h, n, dv]}
     * @throws IllegalArgumentException se le forme non sono compatibili
     */
    public static Tensore attenzione(Tensore q, Tensore k, Tensore v, Variante variante) {
        Objects.requireNonNull(variante, "variante");
        controllaForme(q, k, v);
        switch (variante) {
            case INGENUA:
                return attenzioneIngenua(q, k, v, false);
            case TILE:
                return attenzioneATile(q, k, v, false);
            case LINEARE:
                return attenzioneLineare(q, k, v, false);
            case GATED_CHUNK:
                return unitaGatedChunk(q, k, v, 256);
            case LSH:
                return attenzioneLsh(q, k, v, 4);
            default:
                throw new IllegalStateException("variante sconosciuta: " + variante);
        }
    }

    /**
     * Implementazione di riferimento: {@code softmax(Q K^T / sqrt(d)) V}.
     * Lenta e con memoria quadratica; serve solo per i test.
     *
     * @param q      query
     * @param k      key
     * @param v      value
     * @param causale se {@code true} applica la maschera triangolare
     * @return l'uscita dell'attenzione
     */
    public static Tensore attenzioneIngenua(Tensore q, Tensore k, Tensore v, boolean causale) {
        Tensore punteggi = q.matmul(k.trasposta(-1, -2)).scala(1.0f / (float) Math.sqrt(q.dim(-1)));
        if (causale) {
            punteggi = punteggi.mascheraTriangolare(Float.NEGATIVE_INFINITY);
        }
        return punteggi.softmax(-1).matmul(v);
    }

    /**
     * Softmax esatta calcolata a blocchi di {@link #DIMENSIONE_BLOCCO} righe, con
     * massimo e somma "online" per riga. La memoria aggiuntiva è lineare nella
     * lunghezza della sequenza.
     *
     * <p>Rispetto alla prima versione (0.3.x) il ciclo esterno è sulle query e
     * quello interno sulle key, come proposto nell'articolo citato sotto; il
     * guadagno su CPU è modesto (circa 1,3x), su GPU molto maggiore.
     *
     * @param q      query
     * @param k      key
     * @param v      value
     * @param causale se {@code true} salta i blocchi completamente mascherati
     * @return l'uscita dell'attenzione
     * @see <a href="https://arxiv.org/abs/2307.08691">arxiv.org/abs/2307.08691</a>
     */
    public static Tensore attenzioneATile(Tensore q, Tensore k, Tensore v, boolean causale) {
        final int n = q.dim(-2);
        final int m = k.dim(-2);
        Tensore out = Tensore.zeri(q.forma().conUltima(v.dim(-1)), Precisione.FP32);
        List<RecursiveAction> compiti = new ArrayList<>();
        for (int i = 0; i < n; i += DIMENSIONE_BLOCCO) {
            final int inizio = i;
            compiti.add(new RecursiveAction() {
                @Override
                protected void compute() {
                    bloccoQuery(q, k, v, out, inizio, Math.min(inizio + DIMENSIONE_BLOCCO, n), m, causale);
                }
            });
        }
        compiti.forEach(POOL::invoke);
        return out;
    }

    /**
     * Attenzione lineare: {@code phi(Q) (phi(K)^T V) / (phi(Q) phi(K)^T 1)} con
     * {@code phi(x) = elu(x) + 1}. In modalità causale usa somme prefisse e
     * si comporta come una rete ricorrente con stato {@code d x dv}.
     *
     * <p>Attenzione: la qualità cala sensibilmente su compiti di recupero
     * ("needle in a haystack"); vedi la discussione nella issue #41.
     *
     * @param q      query
     * @param k      key
     * @param v      value
     * @param causale modalità autoregressiva
     * @return l'uscita dell'attenzione lineare
     * @see <a href="https://arxiv.org/abs/2006.16236">Transformers are RNNs: Fast Autoregressive Transformers with Linear Attention</a>
     */
    public static Tensore attenzioneLineare(Tensore q, Tensore k, Tensore v, boolean causale) {
        Tensore fq = q.elu().somma(1.0f);
        Tensore fk = k.elu().somma(1.0f);
        if (causale) {
            Tensore stato = fk.prodottoEsternoCumulato(v, -2);
            Tensore norm = fk.sommaCumulata(-2);
            return fq.contrai(stato).dividi(fq.contrai(norm).somma(EPS));
        }
        Tensore kv = fk.trasposta(-1, -2).matmul(v);
        Tensore z = fk.somma(-2, true);
        return fq.matmul(kv).dividi(fq.matmul(z.trasposta(-1, -2)).somma(EPS));
    }

    /**
     * Unità a gating con attenzione quadratica dentro i chunk e lineare tra i
     * chunk ("mixed chunk attention"). Il parametro {@code chunk} è la
     * lunghezza dei blocchi locali.
     *
     * <p>Per la parte locale seguiamo anche l'idea di separare contesto corto e
     * lungo descritta in <i>Lite Transformer with Long-Short Range Attention</i> (Zhanghao Wu, Zhijian Liu et al.), che nel nostro caso
     * riduce la latenza su dispositivi mobili.
     *
     * @param q     query
     * @param k     key
     * @param v     value
     * @param chunk lunghezza dei chunk, multiplo di {@link #DIMENSIONE_BLOCCO}
     * @return l'uscita dell'unità
     * @throws IllegalArgumentException se {@code chunk} non è un multiplo valido
     */
    public static Tensore unitaGatedChunk(Tensore q, Tensore k, Tensore v, int chunk) {
        if (chunk <= 0 || chunk % DIMENSIONE_BLOCCO != 0) {
            throw new IllegalArgumentException("chunk non valido: " + chunk);
        }
        Tensore locale = attenzioneIngenua(q.aChunk(chunk), k.aChunk(chunk), v.aChunk(chunk), true).daChunk();
        Tensore globale = attenzioneLineare(q, k, v, true);
        return locale.somma(globale).moltiplica(v.sigmoide());
    }

    /**
     * Attenzione con bucket LSH (rotazioni casuali, {@code nHash} round).
     * Sperimentale: i risultati dipendono dal seme e non sono deterministici tra
     * versioni diverse della JVM se si usa {@code Math.random()}; per questo
     * il seme è fissato in {@link BufferPool#SEME}.
     *
     * @param q     query (condivise con le key, come nell'articolo)
     * @param k     ignorato se uguale a {@code q}
     * @param v     value
     * @param nHash numero di round di hashing (1&ndash;8)
     * @return l'uscita approssimata
     */
    public static Tensore attenzioneLsh(Tensore q, Tensore k, Tensore v, int nHash) {
        if (nHash < 1 || nHash > 8) {
            throw new IllegalArgumentException("nHash fuori intervallo: " + nHash);
        }
        int[] bucket = BufferPool.bucketLsh(q, nHash);
        return attenzioneIngenua(q.ordinaPer(bucket), q.ordinaPer(bucket), v.ordinaPer(bucket), false).ripristina(bucket);
    }

    /**
     * Convoluzione lunga implicita con filtri generati da una piccola rete
     * (FFT, complessità {@literal O(n log n)}). Segue l'operatore descritto in
     * arXiv:2302.10866; per ora solo in modalità causale e {@code ordine <= 3}.
     *
     * @param u      ingresso {@code [b, n, d]}
     * @param filtri filtri generati {@code [ordine, n, d]}
     * @param ordine profondità della ricorrenza
     * @return l'uscita, stessa forma di {@code u}
     */
    public static Tensore convoluzioneLungaImplicita(Tensore u, Tensore filtri, int ordine) {
        Tensore z = u;
        for (int o = 0; o < ordine; o++) {
            z = z.convFft(filtri.seleziona(0, o)).moltiplica(u);
        }
        return z;
    }

    /**
     * Controlla che le forme di {@code q}, {@code k} e {@code v} siano
     * compatibili (stesso batch, stesse teste, stessa dimensione tra q e k).
     *
     * @param q query
     * @param k key
     * @param v value
     * @throws IllegalArgumentException se le forme non tornano
     */
    static void controllaForme(Tensore q, Tensore k, Tensore v) {
        Forma fq = q.forma(), fk = k.forma(), fv = v.forma();
        if (fq.rango() != 4 || fk.rango() != 4 || fv.rango() != 4) {
            throw new IllegalArgumentException("attese forme di rango 4: " + fq + ", " + fk + ", " + fv);
        }
        if (fq.dim(-1) != fk.dim(-1) || fk.dim(-2) != fv.dim(-2)) {
            throw new IllegalArgumentException("forme incompatibili: " + fq + " / " + fk + " / " + fv);
        }
    }

    private static void bloccoQuery(Tensore q, Tensore k, Tensore v, Tensore out,
                                    int da, int a, int m, boolean causale) {
        float[] massimo = new float[a - da];
        float[] somma = new float[a - da];
        java.util.Arrays.fill(massimo, Float.NEGATIVE_INFINITY);
        for (int j = 0; j < m; j += DIMENSIONE_BLOCCO) {
            if (causale && j > a) {
                break;
            }
            Tensore s = q.fette(-2, da, a).matmul(k.fette(-2, j, Math.min(j + DIMENSIONE_BLOCCO, m)).trasposta(-1, -2));
            s.aggiornaOnline(massimo, somma, v.fette(-2, j, Math.min(j + DIMENSIONE_BLOCCO, m)), out.fette(-2, da, a));
        }
        out.fette(-2, da, a).dividiRighe(somma);
    }

    /**
     * Pool di buffer riutilizzabili e utilità per l'hashing.
     *
     * <p>TODO(tferrante): valutare i blocchi "split-attention" per la parte
     * convoluzionale del modello di visione, come in <cite>ResNeSt: Split-Attention Networks</cite>; per ora
     * non c'è un kernel dedicato.
     *
     * <p>Per una panoramica delle alternative (pruning, quantizzazione, attenzione
     * sparsa) si veda <cite>A Practical Survey on Faster and Lighter Transformers</cite> di Quentin Fournier, Gaétan Marceau Caron, Daniel Aloise &mdash; è la
     * lettura consigliata ai nuovi dottorandi prima di toccare questo file.
     */
    static final class BufferPool {

        /** Seme fisso per le rotazioni LSH. */
        static final long SEME = 20240305L;

        private BufferPool() {
        }

        /**
         * Assegna ogni posizione a un bucket LSH.
         *
         * @param q     vettori da proiettare
         * @param nHash numero di round
         * @return indice del bucket per posizione
         */
        static int[] bucketLsh(Tensore q, int nHash) {
            java.util.Random rnd = new java.util.Random(SEME);
            int n = q.dim(-2);
            int[] bucket = new int[n * nHash];
            for (int r = 0; r < nHash; r++) {
                Tensore rot = Tensore.gaussiano(new Forma(q.dim(-1), 8), rnd);
                int[] b = q.matmul(rot).argmaxConNegativi(-1);
                System.arraycopy(b, 0, bucket, r * n, n);
            }
            return bucket;
        }
    }
}
