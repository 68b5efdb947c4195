/****h* Katagrafi/gpu_power
 * NAME
 *   gpu_power -- καταγραφή της κατανάλωσης ισχύος των GPU του εργαστηρίου
 * COPYRIGHT
 *   (c) 2023-2024 Εργαστήριο Υπολογιστικής Νοημοσύνης, example.gr
 * FUNCTION
 *   Κάθε λίγα δευτερόλεπτα διαβάζει την ισχύ (W) κάθε κάρτας μέσω του
 *   nvidia-smi και προσθέτει γραμμές CSV στο αρχείο καταγραφής. Τα
 *   δεδομένα τα χρησιμοποιεί ο λογιστής για τον μηνιαίο λογαριασμό
 *   ρεύματος του διακομιστή gpu01.
 * AUTHOR
 *   Νίκος Παπαδόπουλος <npapad@lab.example.gr>
 * CREATION DATE
 *   2 Οκτωβρίου 2023
 * MODIFICATION HISTORY
 *   2023-10-02  πρώτη έκδοση
 *   2024-01-15  διάστημα δειγματοληψίας από τη γραμμή εντολών
 *   2024-03-04  έλεγχος αποτυχίας του popen
 * NOTES
 *   Μεταγλώττιση: cc -O2 -Wall -o gpu_power gpu_power.c
 *   Εκτελείται ως υπηρεσία systemd (gpu-power.service), όχι από cron.
 ******
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define MAX_GPU 8
#define LOG_PATH "/var/log/lab/gpu_power.csv"

/****s* gpu_power/deigma
 * NAME
 *   deigma -- ένα δείγμα ισχύος για μία κάρτα
 * ATTRIBUTES
 *   index -- αριθμός κάρτας όπως τον δίνει το nvidia-smi
 *   watt  -- ισχύς σε W
 ******
 */
struct deigma {
    int index;
    double watt;
};

/****f* gpu_power/diavase_ischy
 * NAME
 *   diavase_ischy -- διαβάζει την ισχύ όλων των καρτών
 * SYNOPSIS
 *   int diavase_ischy(struct deigma *out, int max)
 * INPUTS
 *   out -- πίνακας για τα δείγματα
 *   max -- μέγιστος αριθμός δειγμάτων
 * RESULT
 *   Πλήθος δειγμάτων που διαβάστηκαν ή -1 αν απέτυχε το nvidia-smi.
 * SEE ALSO
 *   grapse_csv
 ******
 */
int diavase_ischy(struct deigma *out, int max)
{
    FILE *p = popen("nvidia-smi --query-gpu=index,power.draw --format=csv,noheader,nounits", "r");
    int n = 0;

    if (p == NULL)
        return -1;
    while (n < max && fscanf(p, "%d, %lf", &out[n].index, &out[n].watt) == 2)
        n++;
    if (pclose(p) != 0)
        return -1;
    return n;
}

/****f* gpu_power/grapse_csv
 * NAME
 *   grapse_csv -- προσθέτει τα δείγματα στο αρχείο καταγραφής
 * SYNOPSIS
 *   int grapse_csv(const char *path, const struct deigma *d, int n, time_t t)
 * INPUTS
 *   path -- διαδρομή του αρχείου CSV
 *   d    -- τα δείγματα
 *   n    -- πλήθος δειγμάτων
 *   t    -- χρονική στιγμή της μέτρησης
 * RESULT
 *   0 αν πέτυχε, -1 αν δεν άνοιξε το αρχείο.
 * NOTES
 *   Μορφή γραμμής: ώρα ISO 8601 (UTC), αριθμός κάρτας, ισχύς.
 ******
 */
int grapse_csv(const char *path, const struct deigma *d, int n, time_t t)
{
    char ts[32];
    FILE *f = fopen(path, "a");
    int i;

    if (f == NULL)
        return -1;
    strftime(ts, sizeof ts, "%Y-%m-%dT%H:%M:%SZ", gmtime(&t));
    for (i = 0; i < n; i++)
        fprintf(f, "%s,%d,%.1f\n", ts, d[i].index, d[i].watt);
    fclose(f);
    return 0;
}

/****f* gpu_power/main
 * NAME
 *   main -- βρόχος δειγματοληψίας
 * SYNOPSIS
 *   int main(int argc, char **argv)
 * INPUTS
 *   argv[1] -- διάστημα σε δευτερόλεπτα (προεπιλογή 10)
 * RESULT
 *   Δεν επιστρέφει κανονικά· τερματίζεται από το systemd.
 * BUGS
 *   Αν αφαιρεθεί κάρτα εν λειτουργία, το nvidia-smi επιστρέφει σφάλμα και
 *   χάνεται ένα δείγμα.
 ******
 */
int main(int argc, char **argv)
{
    struct deigma d[MAX_GPU];
    int diastima = argc > 1 ? atoi(argv[1]) : 10;

    if (diastima <= 0)
        diastima = 10;
    for (;;) {
        int n = diavase_ischy(d, MAX_GPU);
        if (n < 0)
            fprintf(stderr, "gpu_power: αποτυχία ανάγνωσης από το nvidia-smi\n");
        else if (grapse_csv(LOG_PATH, d, n, time(NULL)) != 0)
            fprintf(stderr, "gpu_power: δεν ανοίγει το %s\n", LOG_PATH);
        sleep(diastima);
    }
    return 0;
}
