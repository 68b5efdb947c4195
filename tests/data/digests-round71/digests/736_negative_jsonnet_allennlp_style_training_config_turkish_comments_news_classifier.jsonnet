// =====================================================================================
//  haber_konu_siniflandirici.jsonnet
//  TRHaber-2023 derlemi üzerinde haber konu sınıflandırıcısı — eğitim yapılandırması
//  Sahibi: Doğal Dil İşleme Grubu, Kuzey Ege Teknik Üniversitesi (iç kullanım)
//
//  Çalıştırma:
//    allennlp train haber_konu_siniflandirici.jsonnet -s runs/$(date +%m%d)-deneme \
//      --include-package haberkonu
//  Ortam değişkenleri (std.extVar ile okunur): VERI_KOKU, TOHUM, GPU, KUCUK_DENEME
// =====================================================================================

local veri_koku = std.extVar('VERI_KOKU');           // ör. /mnt/veri/trhaber-2023
local tohum = std.parseInt(std.extVar('TOHUM'));      // üç tohum: 13, 42, 2024
local gpu = std.parseInt(std.extVar('GPU'));          // -1 => CPU
local kucuk = std.parseJson(std.extVar('KUCUK_DENEME'));  // true / false

// Önceden eğitilmiş kodlayıcı. NOT: model kimliği Hugging Face Hub'daki iç aynamızdan geliyor;
// lisansı CC-BY-NC, ticari projede kullanmayın.
local model_adi = 'kegtu-nlp/trtok-base-cased';
local azami_uzunluk = 384;

// Sınıflar: derlemin sürüm notlarındaki sırayla (değiştirmeyin, etiket indeksleri buna bağlı)
local siniflar = ['ekonomi', 'spor', 'siyaset', 'saglik', 'teknoloji', 'kultur-sanat', 'dunya', 'yasam'];

// Küçük deneme modunda her şeyi kırp — CI'da 3 dakikada bitsin diye
local sinirla(n) = if kucuk then std.min(n, 256) else null;

/* Okuyucu (dataset reader) ortak parçası.
   Derlem JSON Lines biçiminde: {"metin": ..., "baslik": ..., "konu": ..., "tarih": ...}
   Başlık ve gövde birleştirilip [SEP] ile ayrılıyor. */
local okuyucu = {
  type: 'haberkonu_jsonl',
  baslik_ekle: true,
  max_instances: sinirla(100000),
  tokenizer: {
    type: 'pretrained_transformer',
    model_name: model_adi,
    max_length: azami_uzunluk,
  },
  token_indexers: {
    tokens: {
      type: 'pretrained_transformer',
      model_name: model_adi,
      max_length: azami_uzunluk,
    },
  },
};

// Öğrenme oranı çizelgesi: ısınma + doğrusal azalma. Değerler ızgara aramasından (bkz. wiki sayfası
// "Hiperparametre notları"), en iyi üç koşunun ortalaması alınmadı, en iyisi seçildi.
local cizelge(adim_sayisi, isinma_orani=0.06) = {
  type: 'linear_with_warmup',
  warmup_steps: std.floor(adim_sayisi * isinma_orani),
};

local tahmini_adim = if kucuk then 40 else 5 * 14200;  // 5 epoch x ~14.2k adım (batch 16)

{
  random_seed: tohum,
  numpy_seed: tohum,
  pytorch_seed: tohum,

  dataset_reader: okuyucu,
  validation_dataset_reader: okuyucu { max_instances: sinirla(5000) },

  train_data_path: veri_koku + '/bolunmus/egitim.jsonl',
  validation_data_path: veri_koku + '/bolunmus/dogrulama.jsonl',
  test_data_path: veri_koku + '/bolunmus/test.jsonl',
  evaluate_on_test: false,  // test kümesine yalnızca makale taslağı donduktan sonra bakıyoruz

  vocabulary: {
    type: 'from_pretrained_transformer',
    model_name: model_adi,
  },

  model: {
    type: 'basic_classifier',
    text_field_embedder: {
      token_embedders: {
        tokens: {
          type: 'pretrained_transformer',
          model_name: model_adi,
          train_parameters: true,
          last_layer_only: true,
        },
      },
    },
    seq2vec_encoder: {
      type: 'cls_pooler',
      embedding_dim: 768,
    },
    dropout: 0.1,
    namespace: 'tags',
    label_namespace: 'labels',
  },

  data_loader: {
    batch_sampler: {
      type: 'bucket',
      batch_size: 16,
      sorting_keys: ['tokens'],
    },
    num_workers: 4,
  },
  validation_data_loader: self.data_loader { batch_sampler+: { batch_size: 64 } },

  trainer: {
    num_epochs: if kucuk then 1 else 5,
    patience: 2,
    validation_metric: '+fscore_makro',
    cuda_device: gpu,
    use_amp: gpu >= 0,
    grad_norm: 1.0,
    num_gradient_accumulation_steps: 1,
    optimizer: {
      type: 'huggingface_adamw',
      lr: 2.0e-5,
      weight_decay: 0.01,
      parameter_groups: [
        [['bias', 'LayerNorm\\.weight'], { weight_decay: 0.0 }],
      ],
    },
    learning_rate_scheduler: cizelge(tahmini_adim),
    callbacks: [
      { type: 'tensorboard', summary_interval: 100 },
    ] + (
      // W&B yalnızca sunucuda; dizüstünde kapalı tutun
      if gpu >= 0 then [{ type: 'wandb', project: 'haber-konu', entity: 'kegtu-nlp', watch_model: false }] else []
    ),
    checkpointer: { keep_most_recent_by_count: 2 },
  },

  // --- gizli alanlar (çıktı JSON'una yazılmaz, yalnızca diğer dosyalar içe aktarınca kullanılır) ---
  siniflar:: siniflar,
  sinif_sayisi:: std.length(siniflar),
  etiket_eslemesi:: { [siniflar[i]]: i for i in std.range(0, std.length(siniflar) - 1) },

  notlar:: |||
    Bu yapılandırma, derlem ekibinin yayımladığı resmî bölmeyi kullanır (egitim/dogrulama/test).
    Veri kaynakları ve lisanslar için derlemin veri kartına bakın; haber metinleri yeniden
    dağıtılamaz, yalnızca kimlikler ve URL'ler paylaşılabilir.

    Karşılaştırma tabanları:
      - TF-IDF + lojistik regresyon (scikit-learn 1.4, ayrı betik: tabanlar/tfidf.py)
      - fastText kütüphanesi ile sığ sınıflandırıcı (önceden eğitilmiş Türkçe vektörler)
    Sonuçlar grubun paylaşılan tablosunda; bu dosyaya sayı yazmayın, bayatlıyor.

    Yararlı bağlantılar (makale değil):
      - AllenNLP kılavuzu: https://guide.allennlp.org/
      - Jsonnet dil başvurusu: https://jsonnet.org/ref/language.html
      - Hugging Face tokenizers belgeleri
      - Grubun blog yazısı: "Türkçe haber derlemini nasıl temizledik" (iç blog, 2023 sonbaharı)
  |||,
}
