;; gorilla-repl.fileformat = 1

;; **
;;; # Tez okuma listesi: optimizasyon, sağlamlık ve AutoML
;;; 
;;; Tez izleme komitesi toplantısı (Mart) için hazırladığım liste. Her makale bir harita: başlık, bağlantı
;;; (yoksa `nil`), konu, durum (`:okundu`, `:okunuyor`, `:okunacak`) ve kısa bir not. Belgeler ve kitaplar da
;;; listede duruyor ama makale değiller.
;;; 
;; **

;; @@
(ns quiet-harbor
  (:require [gorilla-plot.core :as plot]
            [clojure.string :as str]))
;; @@
;; =>
;;; {"type":"html","content":"<span class='clj-nil'>nil</span>","value":"nil"}
;; <=

;; @@
(def makaleler
  [{:baslik "Sharpness-Aware Minimization for Efficiently Improving Generalization"
    :baglanti "https://arxiv.org/abs/2010.01412"
    :konu :optimizasyon
    :durum :okundu
    :not "ICLR 2021; düz minimumlar, 3. bölümün temeli"}
   {:baslik "Smooth Adversarial Training"
    :baglanti nil
    :konu :saglamlik
    :durum :okundu
    :not "arXiv: 2006.14536; ReLU yerine yumuşak aktivasyonlar"}
   {:baslik "Dataset Condensation with Gradient Matching"
    :baglanti "https://arxiv.org/pdf/2006.05929.pdf"
    :konu :veri
    :durum :okunuyor
    :not "gradyan eşleştirme ile küçük sentetik veri kümesi"}
   {:baslik "PyGlove: Symbolic Programming for Automated Machine Learning"
    :baglanti "https://arxiv.org/abs/2101.08809"
    :konu :automl
    :durum :okunuyor
    :not "arama uzayını kod olarak yazmak; deney altyapısı için"}
   {:baslik "Rethinking Architecture Selection in Differentiable NAS"
    :baglanti nil
    :konu :automl
    :durum :okunacak
    :not "ICLR 2021; DARTS'ın seçim kuralını sorguluyor"}
   {:baslik "MedSelect: Selective Labeling for Medical Image Classification Combining Meta-Learning with Deep Reinforcement Learning"
    :baglanti nil
    :konu :automl
    :durum :okunacak
    :not "tıbbi görüntü etiketleme, meta-öğrenme + RL; hastane projesi"}
   {:baslik "Language Models (Mostly) Know What They Know"
    :baglanti "https://arxiv.org/abs/2207.05221v4"
    :konu :degerlendirme
    :durum :okundu
    :not "kalibrasyon ve P(True) deneyleri"}
   {:baslik "Emergent Abilities of Large Language Models"
    :baglanti nil
    :konu :degerlendirme
    :durum :okunacak
    :not "TMLR 2022; jüri üyesi özellikle sordu"}
   {:baslik "Optuna belgeleri (makale değil)"
    :baglanti "https://optuna.readthedocs.io/"
    :konu :automl
    :durum :okundu
    :not "TPE örnekleyicisi bölümü"}
   {:baslik "AutoML kitabı: Hutter, Kotthoff, Vanschoren (Springer, 2019)"
    :baglanti "https://www.automl.org/book/"
    :konu :automl
    :durum :okunuyor
    :not "kitap; 1. ve 3. bölümler"}])
;; @@
;; =>
;;; {"type":"html","content":"<span class='clj-var'>#&#x27;quiet-harbor/makaleler</span>","value":"#'quiet-harbor/makaleler"}
;; <=

;; @@
(count makaleler)
;; @@
;; =>
;;; {"type":"html","content":"<span class='clj-long'>10</span>","value":"10"}
;; <=

;; @@
(frequencies (map :durum makaleler))
;; @@
;; =>
;;; {"type":"list-like","open":"<span class='clj-map'>{</span>","close":"<span class='clj-map'>}</span>","separator":", ","items":[{"type":"list-like","open":"","close":"","separator":" ","items":[{"type":"html","content":"<span class='clj-keyword'>:okundu</span>","value":":okundu"},{"type":"html","content":"<span class='clj-long'>4</span>","value":"4"}],"value":"[:okundu 4]"},{"type":"list-like","open":"","close":"","separator":" ","items":[{"type":"html","content":"<span class='clj-keyword'>:okunuyor</span>","value":":okunuyor"},{"type":"html","content":"<span class='clj-long'>3</span>","value":"3"}],"value":"[:okunuyor 3]"},{"type":"list-like","open":"","close":"","separator":" ","items":[{"type":"html","content":"<span class='clj-keyword'>:okunacak</span>","value":":okunacak"},{"type":"html","content":"<span class='clj-long'>3</span>","value":"3"}],"value":"[:okunacak 3]"}],"value":"{:okundu 4, :okunuyor 3, :okunacak 3}"}
;; <=

;; @@
(->> makaleler
     (filter #(= :okundu (:durum %)))
     (map :baslik))
;; @@
;; =>
;;; {"type":"list-like","open":"<span class='clj-lazy-seq'>(</span>","close":"<span class='clj-lazy-seq'>)</span>","separator":" ","items":[{"type":"html","content":"<span class='clj-string'>&quot;Sharpness-Aware Minimization for Efficiently Improving Generalization&quot;</span>","value":"\"Sharpness-Aware Minimization for Efficiently Improving Generalization\""},{"type":"html","content":"<span class='clj-string'>&quot;Smooth Adversarial Training&quot;</span>","value":"\"Smooth Adversarial Training\""},{"type":"html","content":"<span class='clj-string'>&quot;Language Models (Mostly) Know What They Know&quot;</span>","value":"\"Language Models (Mostly) Know What They Know\""},{"type":"html","content":"<span class='clj-string'>&quot;Optuna belgeleri (makale değil)&quot;</span>","value":"\"Optuna belgeleri (makale değil)\""}],"value":"(\"Sharpness-Aware Minimization for Efficiently Improving Generalization\" \"Smooth Adversarial Training\" \"Language Models (Mostly) Know What They Know\" \"Optuna belgeleri (makale değil)\")"}
;; <=

;; @@
(doseq [m makaleler :when (nil? (:baglanti m))]
  (println (:baslik m)))
;; @@
;; ->
;;; Smooth Adversarial Training
;;; Rethinking Architecture Selection in Differentiable NAS
;;; MedSelect: Selective Labeling for Medical Image Classification Combining Meta-Learning with Deep Reinforcement Learning
;;; Emergent Abilities of Large Language Models
;;; 
;; <-
;; =>
;;; {"type":"html","content":"<span class='clj-nil'>nil</span>","value":"nil"}
;; <=

;; **
;;; ## Komite için notlar
;;; 
;;; - Bağlantısı olmayanlar: DARTS seçim kuralı, MedSelect ve ortaya çıkan yetenekler makalesi; PDF'leri
;;;   kütüphaneden bulacağım. Düzgün aktivasyonlu çekişmeli eğitim makalesinin yalnızca arXiv numarası var.
;;; - SAM ve kalibrasyon makalesi 3. bölümün omurgası; PyGlove deney altyapısı için.
;;; 
;; **

;; @@

;; @@
