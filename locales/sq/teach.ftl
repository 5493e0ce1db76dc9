### The instructors' pages (cohorts, assignments, results) and the assignments on a learner's dashboard.

staff-nav-teach = Grupet e mia

teach-title = Grupet e mia
teach-all-cohorts-note = Me rolin e administratorit i shihni të gjitha grupet.
teach-no-cohorts = Ende nuk jeni trajner në asnjë grup. Trajnerët i shton në grupe administratori.
teach-back = Kthehuni te grupet e mia
# Variables:
#   $name (String) - the cohort's name
teach-back-to-cohort = Kthehuni te grupi «{ $name }»
teach-learners = Kursantët
teach-no-learners = Ende nuk ka kursantë.
teach-assignments = Testet e caktuara
teach-no-assignments = Këtij grupi ende nuk i është caktuar asnjë test.

teach-assign-title = Caktimi i një testi
teach-assign-task = Testi
# Variables:
#   $zone (String) - the centre's time zone, such as Europe/Belgrade
teach-times-hint = Datat dhe orët jepen sipas zonës kohore të qendrës ({ $zone }). Nëse hapjen e lini bosh, testi hapet menjëherë; nëse afatin e lini bosh, testi nuk do të ketë afat.
teach-assign-opens = Hapja
teach-assign-due = Afati
teach-assign-attempts = Numri i lejuar i përpjekjeve
teach-assign-attempts-hint = Lëreni bosh nëse nuk doni ta kufizoni numrin e përpjekjeve.
teach-assign-minutes = Kufiri kohor në minuta
teach-assign-minutes-hint = Lëreni bosh nëse doni të mbahet kufiri kohor i vetë testit.
teach-assign-button = Caktoni

# Variables:
#   $when (String) - a date and time, already formatted
teach-opens-at = Hapja: { $when }
teach-open-now = Hapja: menjëherë
# Variables:
#   $when (String) - a date and time, already formatted
teach-due-at = Afati: { $when }
teach-no-due = Pa afat
# Variables:
#   $count (Number) - attempts allowed
teach-attempts-allowed = { $count ->
    [one] { $count } përpjekje e lejuar
   *[other] { $count } përpjekje të lejuara
}
teach-attempts-unlimited = Numër i pakufizuar përpjekjesh

# Variables:
#   $name (String) - the cohort's name
teach-assigned-to-cohort = Testi i është caktuar grupit «{ $name }».
# Variables:
#   $name (String) - the learner's name
teach-assigned-to-learner = Testi është caktuar individualisht për: { $name }.
teach-withdrawn = Testi i caktuar është tërhequr: kursantët nuk e shohin më. Përpjekjet e bëra deri tani ruhen.
teach-results = Kursantët dhe rezultatet
teach-col-status = Statusi
teach-col-attempts = Përpjekjet
teach-col-level = Niveli (KPERGJ)
teach-col-score = Rezultati më i mirë
teach-col-accommodations = Përshtatjet
teach-left-cohort = Nuk është më në grup
# Variables:
#   $used (Number) - attempts made
#   $allowed (Number) - attempts allowed
teach-attempts-of = { $used } nga { $allowed }
# Variables:
#   $percent (String) - a score in percent, already formatted
teach-percent = { $percent } %

teach-override-title = Përshtatjet për një kursant
teach-override-hint = Një afat më i vonë, më shumë përpjekje ose një kufi tjetër kohor për një kursant. Çdo vlerë e vendosur zëvendëson vlerën që vlen për testin e caktuar; nëse i lini bosh të gjitha fushat, përshtatjet për këtë kursant hiqen.
# Variables:
#   $zone (String) - the centre's time zone, such as Europe/Belgrade
teach-override-times-hint = Datat dhe orët jepen sipas zonës kohore të qendrës ({ $zone }). Nëse e lini bosh një fushë, zbatohet vlera e testit të caktuar.
teach-override-learner = Kursanti
teach-override-button = Ruani përshtatjet
teach-withdraw-title = Tërheqja e testit të caktuar
teach-withdraw-hint = Kursantët nuk do ta shohin më dhe nuk do të mund ta fillojnë. Përpjekjet e bëra deri tani dhe rezultatet e tyre ruhen; një përpjekje në vazhdim zgjat deri në mbarimin e kohës së saj.
teach-withdraw-button = Tërhiqni

teach-error-task = Zgjidhni një test nga lista.
teach-error-datetime = Ju lutemi shkruani një datë dhe një orë, për shembull 2026-12-10 09:00.
teach-error-due-before-opening = Afati duhet të jetë pas orës së hapjes.
teach-error-due-past = Ky afat ka kaluar tashmë.
teach-error-attempts = Ju lutemi shkruani një numër të plotë nga 1 deri në 50 ose lëreni fushën bosh.
teach-error-minutes = Ju lutemi shkruani një numër të plotë minutash nga 1 deri në 600 ose lëreni fushën bosh.
teach-error-learner = Zgjidhni një kursant nga lista.

## On the learner's dashboard

dashboard-assigned = Testet që ju janë caktuar
dashboard-catalogue = Të gjitha testet
# Variables:
#   $status (String) - not-yet-open, open, in-progress, submitted or overdue
assignment-status = { $status ->
    [not-yet-open] Nuk është hapur ende
    [open] I hapur
    [in-progress] Në vazhdim
    [submitted] I dorëzuar
   *[overdue] Afati ka kaluar
}
assignment-start = Filloni
assignment-continue = Vazhdoni
assignment-error-not-open = Ky test i caktuar nuk është hapur ende.
assignment-error-closed = Ky test i caktuar është mbyllur: afati ka kaluar.
assignment-error-other-attempt-open = Keni tashmë në vazhdim një përpjekje për këtë test, të filluar jashtë këtij testi të caktuar (si ushtrim ose në kuadër të një testi tjetër të caktuar). Përfundojeni më parë atë përpjekje, pastaj mund ta filloni këtë test të caktuar.
