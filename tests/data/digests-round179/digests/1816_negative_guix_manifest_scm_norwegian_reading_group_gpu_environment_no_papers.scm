;; manifest.scm — felles miljø for lesegruppas GPU-maskin (gpu01.ifi.example.no)
;; Bruk: guix shell -m manifest.scm -- jupyter lab
;; Spør Kari Nordmann før du legger til nye pakker; oppdater channels.scm samtidig.

(specifications->manifest
 (list
  ;; Grunnleggende verktøy
  "bash"
  "coreutils"
  "git"
  "make"
  "nss-certs"

  ;; Python og vitenskapelige pakker
  "python@3.10"
  "python-numpy"
  "python-scipy"
  "python-pandas"
  "python-matplotlib"
  "jupyter"

  ;; Maskinlæring (CPU-varianter; CUDA kommer fra Guix-HPC-kanalen)
  "python-pytorch"
  "python-scikit-learn"
  "python-tqdm"

  ;; Skriving av referater fra lesegruppa
  "texlive-scheme-basic"
  "pandoc"
  "emacs"
  "emacs-org"))
