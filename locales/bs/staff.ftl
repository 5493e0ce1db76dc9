### Pages for instructors and administrators: navigation, accounts, cohorts.

staff-nav-label = Osoblje
staff-nav-quizzes = Testovi
staff-nav-users = Korisnički računi
staff-nav-cohorts = Grupe polaznika

error-no-permission = Vaš korisnički račun nema pristup ovoj stranici.

# Variables:
#   $role (String) - learner, instructor or admin
role-name = { $role ->
    [learner] Polaznik
    [instructor] Predavač
   *[admin] Administrator
}

admin-saved = Sačuvano.
admin-save = Sačuvajte
admin-create = Kreirajte
admin-add = Dodajte
admin-remove = Uklonite
admin-form-has-errors = Neka polja treba ispraviti: pogledajte poruke pored njih.
admin-col-name = Ime i prezime
admin-col-email = Adresa e-pošte
admin-col-roles = Uloge
admin-col-language = Željeni jezik
admin-col-cohort = Grupa
# The label of the input for a cohort's name, when creating or renaming one (admin-col-cohort is the table header).
admin-cohort-name-label = Naziv grupe
admin-col-learners = Polaznici
admin-col-instructors = Predavači
admin-col-member-role = Uloga u grupi
admin-col-actions = Radnje
# Describes the account, not the person: make it agree with your word for "account".
admin-disabled = Onemogućen
admin-language-browser = Prema postavkama preglednika

admin-users-title = Korisnički računi
admin-users-search-label = Pronađite po imenu ili adresi e-pošte
admin-users-search-button = Pretražite
admin-users-new = Kreirajte korisnički račun
admin-users-none = Nijedan korisnički račun ne odgovara pretrazi.
admin-back-to-users = Nazad na korisničke račune
admin-user-new-title = Novi korisnički račun
admin-user-edit-title = Uređivanje korisničkog računa
admin-account-state = Stanje korisničkog računa
# Describes the account, not the person: make it agree with your word for "account".
admin-disabled-label = Onemogućen: prijava nije moguća; osoba se odmah odjavljuje sa svih uređaja
admin-password-label = Lozinka
admin-password-hint = Najmanje 10 znakova. Lozinku dostavite osobi na siguran način.
admin-password-title = Postavljanje nove lozinke
admin-password-reset-hint = Najmanje 10 znakova. Osoba se odjavljuje sa svih uređaja i zatim se prijavljuje novom lozinkom.
admin-password-button = Postavite lozinku
admin-user-cohorts = Grupe polaznika
admin-user-no-cohorts = Nije član nijedne grupe.

admin-error-email = Unesite adresu e-pošte, na primjer ime@example.org.
admin-error-email-taken = Drugi korisnički račun već ima ovu adresu e-pošte.
admin-error-name = Unesite ime i prezime osobe.
admin-error-language = Izaberite jedan od jezika s liste.
admin-error-roles = Izaberite barem jednu ulogu.
admin-error-password = Lozinka mora imati najmanje 10 znakova.
admin-error-self-lockout = Ne možete onemogućiti vlastiti korisnički račun niti sebi ukloniti ulogu administratora.
admin-error-cohort-name = Unesite naziv od najviše 200 znakova.
admin-error-cohort-taken = Grupa s ovim nazivom već postoji.
admin-error-no-such-account = Nijedan korisnički račun nema ovu adresu e-pošte. Prvo kreirajte korisnički račun.
admin-error-not-instructor = Ovaj korisnički račun nema ulogu predavača: prvo mu dodijelite tu ulogu.

admin-cohorts-title = Grupe polaznika
admin-cohorts-none = Još nema grupa.
admin-cohort-new = Nova grupa
admin-cohort-name-hint = Na primjer: Ministarstvo sigurnosti BiH — engleski 2026
admin-back-to-cohorts = Nazad na grupe
admin-cohort-members = Članovi
admin-cohort-empty = Ova grupa još nema članova.
admin-cohort-add-member = Dodajte člana
admin-cohort-rename = Preimenujte grupu
# Variables:
#   $learners (Number) - learners in the cohort
#   $instructors (Number) - instructors of the cohort
admin-cohort-counts = { $learners ->
    [one] { $learners } polaznik
    [few] { $learners } polaznika
   *[other] { $learners } polaznika
}, { $instructors ->
    [one] { $instructors } predavač
    [few] { $instructors } predavača
   *[other] { $instructors } predavača
}
# $name: a person's full name, which cannot be declined: word the text so that it needs no case ending.
# Variables:
#   $name (String) - the member's name
admin-remove-member-label = Uklonite iz grupe: { $name }
