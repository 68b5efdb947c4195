#!/usr/bin/env python3
"""1566 (negative): a pblogs.gr blog post with comments, copied from the browser, Greek: a self-taught ML year in review
with courses, books, software, datasets, people and dates, and no paper at all."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num
F = by_num(1566)
comments = [
    ("Μαρίνα_Κ", "28 Δεκεμβρίου 2024 στις 11:42 π.μ.", "Πολύ χρήσιμο! Το βιβλίο του Géron το βρήκα και στα ελληνικά; Εγώ το διάβασα στην 3η αγγλική έκδοση (ISBN 978-1-0981-2597-4)."),
    ("nikos_thess", "28 Δεκεμβρίου 2024 στις 2:05 μ.μ.", "Για Kaggle ξεκίνα με το Titanic και μετά House Prices. Το MNIST είναι για ζέσταμα. Το leaderboard μην το παίρνεις πολύ σοβαρά."),
    ("Σπύρος Ι.", "29 Δεκεμβρίου 2024 στις 9:18 μ.μ.", "Python 3.12 και scikit-learn 1.5 εδώ, όλα δουλεύουν. Το PyTorch 2.5 θέλει CUDA 12.4 στο laptop μου."),
    ("Μαρίνα_Κ", "30 Δεκεμβρίου 2024 στις 8:51 π.μ.", "@nikos_thess συμφωνώ. Και το κανάλι 3Blue1Brown για τα νευρωνικά δίκτυα είναι διαμάντι."),
]
out = ["pblogs.gr", "Τα ιστολόγια της κοινότητας", "", "Αρχική | Κατηγορίες | Δημοφιλή | Σύνδεση | Εγγραφή", "",
       "Ψηφιακά Τετράδια του Αλέξη", "", "Ένας χρόνος αυτοδίδακτης μηχανικής μάθησης: τι έμαθα το 2024",
       "Δημοσιεύτηκε από alexis_p στις 27 Δεκεμβρίου 2024, 10:30 μ.μ. | Κατηγορία: Τεχνολογία", "",
       "Πριν από έναν χρόνο αποφάσισα να μάθω μηχανική μάθηση μόνος μου, δουλεύοντας παράλληλα ως λογιστής στη Λάρισα. Ιδού τι χρησιμοποίησα:",
       "",
       "• Μαθήματα: το Machine Learning Specialization του Andrew Ng στο Coursera (3 μαθήματα, τελείωσε 14/04/2024), το Practical Deep Learning for Coders του fast.ai και το δωρεάν μάθημα του Kaggle Learn «Intro to Deep Learning».",
       "• Βιβλία: «Hands-On Machine Learning with Scikit-Learn, Keras, and TensorFlow» του Aurélien Géron και το «Deep Learning» των Goodfellow, Bengio, Courville (μόνο τα κεφάλαια 6–9).",
       "• Λογισμικό: Python 3.12, Jupyter, pandas 2.2, scikit-learn 1.5, PyTorch 2.5, VS Code.",
       "• Δεδομένα: Titanic, House Prices, MNIST, CIFAR-10 και ένα σύνολο με τιμές ελαιολάδου από τη ΕΛΣΤΑΤ.",
       "• Βίντεο: 3Blue1Brown, StatQuest, και η ομιλία «Τεχνητή νοημοσύνη για όλους» στο TEDxThessaloniki.",
       "",
       "Αποτελέσματα: θέση 1.842 στο Titanic, πιστοποιητικό Coursera με κωδικό ΜΧ7Q-2LPA-K93D, και ένα μικρό αποθετήριο στο GitHub (alexis-p/elaiolado-ml) με 14 αστέρια.",
       "Το 2025 θέλω να δοκιμάσω το Hugging Face course και να στήσω κάτι με ελληνικά κείμενα (GreekBERT μοντέλο από το Hub).",
       "",
       "Ετικέτες: μηχανική μάθηση, αυτοδίδακτος, Python, Kaggle",
       "Προβολές: 1.203 | Μου αρέσει: 37", "",
       f"Σχόλια ({len(comments)})", ""]
for who, when, body in comments:
    out += [f"{who} είπε:", when, body, "Απάντηση", ""]
out += ["Γράψτε ένα σχόλιο", "Πρέπει να συνδεθείτε για να σχολιάσετε.", "",
        "© 2024 pblogs.gr – Όροι χρήσης | Πολιτική απορρήτου", ""]
write(F, "\n".join(out), negative=True)
