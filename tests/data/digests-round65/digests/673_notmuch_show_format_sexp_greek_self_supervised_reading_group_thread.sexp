((((:id "87h6e4k2ab.fsf@aigaio.example.gr" :match t :excluded nil :filename ("/home/eleni/Mail/lists/ssl-reading/cur/1715671351.M850P873.aigaio,U=1351:2,S") :timestamp 1715671351 :date_relative "May 14" :tags ("inbox" "lists" "ssl-reading") :body ((:id 1 :content-type "multipart/alternative" :content ((:id 2 :content-type "text/plain" :content "Γεια σε όλους,

ακολουθεί το πρόγραμμα μέχρι το τέλος του εξαμήνου. Συναντήσεις κάθε Τετάρτη
17:00, αίθουσα Β3 (κτίριο Πληροφορικής) και στο Jitsi.

Συνάντηση 1 – αντιθετική μάθηση
  * Supervised Contrastive Learning
    Prannay Khosla, Piotr Teterwak, Chen Wang κ.ά., NeurIPS 2020
    https://arxiv.org/abs/2004.11362
  * Contrastive Learning with Hard Negative Samples
    Joshua Robinson, Ching-Yao Chuang, Suvrit Sra κ.ά., ICLR 2021 (δεν έχω βρει ακόμα το link)
  * Towards Domain-Agnostic Contrastive Learning
    Vikas Verma, Minh-Thang Luong, Kenji Kawaguchi κ.ά., ICML 2021

Συνάντηση 2 – χωρίς αρνητικά δείγματα
  * Bootstrap your own latent: A new approach to self-supervised Learning
    Jean-Bastien Grill, Florian Strub, Florent Altché κ.ά.
    https://arxiv.org/pdf/2006.07733v3.pdf
  * Barlow Twins: Self-Supervised Learning via Redundancy Reduction
    Jure Zbontar, Li Jing, Ishan Misra κ.ά., ICML 2021 – arXiv:2103.03230

Συνάντηση 3 – προεκπαίδευση και μεταφορά
  * BEiT: BERT Pre-Training of Image Transformers (Hangbo Bao, Li Dong, Songhao Piao κ.ά.)
    https://arxiv.org/abs/2106.08254
  * Bi-tuning of Pre-trained Representations
    Jincheng Zhong, Ximei Wang, Zhi Kou κ.ά. – οι κριτικές είναι στο
    https://openreview.net/forum?id=3rRgu7OGgBI

Όποιος θέλει να παρουσιάσει κάτι, ας απαντήσει εδώ. Τα slides πάνε στο
κοινόχρηστο Nextcloud (φάκελος ssl-2024).

Ελένη

-- 
Λίστα ομάδας ανάγνωσης αυτοεπιβλεπόμενης μάθησης
Διαγραφή: ssl-reading-leave@lists.aigaio.example.gr
") (:id 3 :content-type "text/html" :content-length 6112)))) :crypto () :headers (:Subject "[ssl-reading] Πρόγραμμα για τις επόμενες τρεις συναντήσεις" :From "Ελένη Παπαδάκη <eleni.p@aigaio.example.gr>" :To "ssl-reading@lists.aigaio.example.gr" :Date "Tue, 14 May 2024 10:22:31 +0300")) (((:id "CAH3x9Qm1=Yv7Pq0+eZ2@mail.aigaio.example.gr" :match t :excluded nil :filename ("/home/eleni/Mail/lists/ssl-reading/cur/1715680082.M608P1413.aigaio,U=182:2,S") :timestamp 1715680082 :date_relative "May 14" :tags ("inbox" "lists" "ssl-reading" "unread") :body ((:id 1 :content-type "text/plain" :content "Στις Τρί 14 Μαΐ 2024 στις 10:22, η Ελένη Παπαδάκη έγραψε:
> Συνάντηση 2 – χωρίς αρνητικά δείγματα

Αναλαμβάνω τη δεύτερη. Προτείνω να προσθέσουμε και το
\"Self-Supervised Variational Auto-Encoders\" (Ioannis Gatopoulos, Jakub M. Tomczak, 2020) – είναι VAE, όχι
αντιθετικό, αλλά ταιριάζει με τη συζήτηση για τα «κρυφά» αρνητικά, και \"hard negatives\".
Το PDF το έχω στο Zotero, θα το ανεβάσω.

Επίσης: το solo-learn (βιβλιοθήκη, όχι paper) έχει έτοιμες υλοποιήσεις
για όλα τα παραπάνω – https://github.com/vturrisi/solo-learn

Νίκος

-- 
Λίστα ομάδας ανάγνωσης αυτοεπιβλεπόμενης μάθησης
Διαγραφή: ssl-reading-leave@lists.aigaio.example.gr
")) :crypto () :headers (:Subject "Re: [ssl-reading] Πρόγραμμα για τις επόμενες τρεις συναντήσεις" :From "Νίκος Δημητρίου <n.dimitriou@aigaio.example.gr>" :To "ssl-reading@lists.aigaio.example.gr" :Cc "Ελένη Παπαδάκη <eleni.p@aigaio.example.gr>" :Date "Tue, 14 May 2024 12:48:02 +0300")) (((:id "20240514.163310.7781@aigaio.example.gr" :match t :excluded nil :filename ("/home/eleni/Mail/lists/ssl-reading/cur/1715693590.M158P6730.aigaio,U=1590:2,S") :timestamp 1715693590 :date_relative "May 14" :tags ("inbox" "lists" "ssl-reading" "unread") :body ((:id 1 :content-type "text/plain" :content "> Αναλαμβάνω τη δεύτερη.

Τέλεια. Εγώ παίρνω την τρίτη. Για όσους είναι νέοι στην ομάδα, καλή
εισαγωγή είναι το μάθημα \"Self-Supervised Learning\" του NYU (διαλέξεις στο
YouTube) και το άρθρο στο blog του Lilian Weng για contrastive
representation learning. Δεν είναι papers, απλώς υλικό.

Για τα πειράματα: ImageNet-100 και STL-10 στον server «θάλασσα».

Μαρία

-- 
Λίστα ομάδας ανάγνωσης αυτοεπιβλεπόμενης μάθησης
Διαγραφή: ssl-reading-leave@lists.aigaio.example.gr
")) :crypto () :headers (:Subject "Re: [ssl-reading] Πρόγραμμα για τις επόμενες τρεις συναντήσεις" :From "Μαρία Κωνσταντίνου <m.konst@aigaio.example.gr>" :To "ssl-reading@lists.aigaio.example.gr" :Date "Tue, 14 May 2024 16:33:10 +0300")) ())))))))
