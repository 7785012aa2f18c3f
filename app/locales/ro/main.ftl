## Page shell
service-name = Plângere online
skip-to-content = Salt la conținutul principal
language-switch-label = Limba
emergency-banner-label = Numere de urgență
emergency-banner-title = În caz de urgență:
emergency-banner-call = sunați la
emergency-banner-sms = sau, dacă nu puteți vorbi, trimiteți un SMS la
footer-home = Pagina principală
footer-pre-complaint = Pre-plângere online (pré-plainte)
footer-privacy = Serviciu public. Nicio dată nu este transmisă unor terți, iar acest site nu vă urmărește.
back = Înapoi
continue = Continuați
change = Modificați
remove = Ștergeți
answer-yes = Da
answer-no = Nu
go-home = Reveniți la pagina principală
step-of = Pasul { $step } din { $total }
date-hint = De exemplu: 27/03/2025
reference-label = Referința { $reference }


## Home
home-title = Depuneți o plângere sau semnalați o faptă
home-lead = Semnalați o infracțiune, aflați ce procedură se potrivește situației dumneavoastră și obțineți ajutor. Unele proceduri se fac în întregime online, altele la secția de poliție (commissariat) sau la unitatea de jandarmerie (brigade de gendarmerie) aleasă de dumneavoastră.
home-pre-complaint-title = Faceți o pre-plângere (pré-plainte) online
home-pre-complaint-body = Pentru furt, spargere, distrugere, înșelăciune sau folosirea frauduloasă a cardului bancar, atunci când nu știți cine a făcut-o.
home-emergency-title = Numere utile
number-17 = Poliția și jandarmeria, urgențe
number-112 = Numărul european de urgență
number-114 = Urgențe prin SMS, pentru persoanele care nu pot vorbi sau auzi
number-3919 = Violences Femmes Info, linie de ajutor pentru femeile care se confruntă cu violența: gratuit, anonim, 24 de ore din 24
number-119 = Enfance en danger, pentru copiii în pericol: 24 de ore din 24
number-116006 = France Victimes, sprijin pentru victime: 7 zile din 7


## Problems
problem-not-found-title = Pagina nu a fost găsită
problem-not-found-body = Poate adresa a fost scrisă greșit, sau pagina nu mai există.
problem-bad-request-title = Cererea nu a fost înțeleasă
problem-bad-request-body = Browserul dumneavoastră a trimis o cerere pe care nu o putem procesa. Reveniți la pagina anterioară și încercați din nou.
problem-forbidden-title = Formularul a expirat
problem-forbidden-body = Pentru siguranța dumneavoastră, acest formular nu mai este valabil. Reveniți la pagina anterioară, reîncărcați pagina și încercați din nou. Răspunsurile deja salvate se păstrează.
problem-too-large-title = Răspuns prea lung
problem-too-large-body = Formularul trimis este prea mare. Scurtați textul și încercați din nou.
problem-too-many-title = Prea multe încercări
problem-too-many-body = Așteptați câteva minute înainte să încercați din nou.
problem-server-error-title = A apărut o eroare
problem-server-error-body = Serviciul are o problemă. Răspunsurile deja salvate se păstrează. Încercați din nou peste câteva minute.
problem-unavailable-title = Serviciu indisponibil temporar
problem-unavailable-body = Serviciul este indisponibil temporar. Răspunsurile deja salvate se păstrează. Încercați din nou peste câteva minute.
problem-emergency = În caz de urgență, sunați la 17 sau 112, sau trimiteți un SMS la 114.
session-expired-title = Sesiunea dumneavoastră a expirat
session-expired-body = Nu am găsit răspunsurile dumneavoastră. Ele sunt șterse după 30 de zile fără activitate, sau browserul dumneavoastră blochează cookie-urile. Puteți începe din nou declarația.
start-again = Începeți din nou


## Errors
error-title-prefix = Eroare:
error-summary-title = Există o problemă
error-required = Această informație este obligatorie.
error-too-long = Acest text este prea lung.
error-invalid = Acest răspuns nu este valid.
error-choose = Alegeți un răspuns.
error-email = Introduceți o adresă de e-mail validă, de exemplu nume@exemplu.fr.
error-phone = Introduceți un număr de telefon valid, de exemplu 06 12 34 56 78.
error-postcode = Introduceți un cod poștal din 5 cifre, de exemplu 75011.
error-date = Introduceți o dată validă, de exemplu 27/03/2025.
error-date-future = Data nu poate fi în viitor.
error-time = Introduceți o oră validă, de exemplu 14:30.
error-range-order = Data de sfârșit trebuie să fie după data de început.
error-child-not-minor = Copilul trebuie să aibă sub 18 ani.
error-siret = Numărul SIRET are 14 cifre.
error-imei = Numărul IMEI are 15 cifre. Verificați-l (formați *#06# pe telefon ca să îl afișați).
error-plate = Introduceți numărul de înmatriculare, de exemplu AB-123-CD.
error-last-digits = Introduceți ultimele 4 cifre ale cardului.
error-amount = Introduceți o sumă în euro, de exemplu 120,50.
error-too-many-items = Ați ajuns la numărul maxim de obiecte. Descrieți-le pe celelalte când povestiți ce s-a întâmplat.
error-unit-search = Introduceți un cod poștal, un număr de departament (département) sau numele unei localități.
error-choose-unit = Alegeți secția de poliție sau unitatea de jandarmerie unde veți semna.
## Field-specific errors (shown instead of the generic one when present)
error-required-surname = Introduceți numele de familie.
error-required-given-names = Introduceți prenumele.
error-required-birth-date = Introduceți data nașterii.
error-required-birth-place = Introduceți locul nașterii.
error-required-address = Introduceți adresa.
error-required-postcode = Introduceți codul poștal.
error-required-town = Introduceți localitatea.
error-required-email = Introduceți adresa de e-mail.
error-required-child-surname = Introduceți numele de familie al copilului.
error-required-child-given-names = Introduceți prenumele copilului.
error-required-child-birth-date = Introduceți data nașterii copilului.
error-required-organisation-name = Introduceți denumirea oficială a organizației.
error-required-organisation-role = Introduceți funcția dumneavoastră în organizație.
error-required-date = Introduceți data faptelor.
error-required-from = Introduceți începutul perioadei.
error-required-to = Introduceți sfârșitul perioadei.
error-required-account = Descrieți ce s-a întâmplat.
error-required-brand = Introduceți marca.
error-required-plate = Introduceți numărul de înmatriculare.
error-required-bank = Introduceți numele băncii.
error-required-details = Spuneți cine sunt martorii și cum pot fi contactați.
error-choose-emergency = Spuneți dacă cineva este în pericol.
error-choose-known-perpetrator = Spuneți dacă știți cine a făcut-o.
error-choose-violence = Spuneți dacă a existat violență.
error-choose-declarant = Spuneți pentru cine faceți această declarație.
error-choose-mode = Spuneți dacă știți data exactă.
error-choose-offence = Alegeți tipul faptelor.
error-choose-add-item = Spuneți dacă doriți să declarați un obiect.
error-choose-seen = Spuneți dacă puteți descrie persoana.
error-choose-any = Spuneți dacă a văzut cineva ce s-a întâmplat.
error-choose-time-of-day = Alegeți un moment al zilei.
error-choose-blocked = Spuneți dacă ați blocat cardul (faire opposition).
error-choose-fraudulent-payments = Spuneți dacă s-au făcut plăți fără știrea dumneavoastră.
error-choose-document = Alegeți tipul actului de identitate.
item-summary = { $kind }: { $details }


error-declaration = Bifați căsuța pentru a confirma că declarația dumneavoastră este exactă.


## Start
start-title = Faceți o pre-plângere (pré-plainte) online
start-lead = Declarați online o faptă îndreptată împotriva bunurilor dumneavoastră, apoi semnați plângerea la secția de poliție (commissariat) sau la unitatea de jandarmerie (brigade de gendarmerie) aleasă de dumneavoastră.
start-covers-title = Acest serviciu este pentru
start-unknown-perpetrator = doar atunci când nu știți cine a făcut-o.
start-need-title = Înainte să începeți, pregătiți
start-need-identity = datele dumneavoastră de identitate și o adresă de e-mail;
start-need-email = data și locul faptelor, chiar și aproximative;
start-need-items = descrierea obiectelor furate sau deteriorate (număr de serie, IMEI, număr de înmatriculare, ultimele cifre ale cardului).
start-next-title = Ce urmează?
start-next-body = Un agent vă examinează declarația și vă contactează pentru a stabili o programare. Trebuie să semnați plângerea în 30 de zile. Dacă nu o semnați, pre-plângerea este ștearsă.
start-time = Durează aproximativ 15 minute. Răspunsurile dumneavoastră sunt salvate la fiecare pas.
start-button = Începeți


## Eligibility
eligibility-title = Situația dumneavoastră
eligibility-emergency = Este cineva în pericol sau faptele au loc chiar acum?
eligibility-emergency-hint = Dacă da, sunați imediat la 17 sau 112.
eligibility-known = Știți cine a făcut-o?
eligibility-known-hint = De exemplu, îi știți numele sau ați putea recunoaște persoana.
eligibility-violence = A fost cineva rănit, amenințat sau victimă a violenței, inclusiv sexuale?
eligibility-violence-hint = Violența împotriva persoanelor nu poate fi declarată printr-o pre-plângere.


elsewhere-emergency-title = Sunați acum la serviciile de urgență
elsewhere-emergency-body = Dacă sunteți în pericol imediat, nu folosiți acest serviciu. Sunați la 17 sau 112. Dacă nu puteți vorbi, trimiteți un SMS la 114.
elsewhere-emergency-next = Când veți fi în siguranță, puteți reveni pentru a declara ce s-a întâmplat.
elsewhere-known-perpetrator-title = Mergeți la o secție de poliție sau de jandarmerie
elsewhere-known-perpetrator-body = Pre-plângerea online este doar pentru faptele al căror autor nu este cunoscut. Dacă știți cine a făcut-o, depuneți plângerea direct la o secție de poliție (commissariat) sau la o unitate de jandarmerie (brigade de gendarmerie). Puteți și să scrieți procurorului (procureur de la République) de la tribunalul (tribunal judiciaire) din locul unde s-au petrecut faptele.
elsewhere-known-perpetrator-next = Aduceți un act de identitate și orice document util (fotografii, facturi, mesaje).
elsewhere-violence-title = Cereți ajutor unui serviciu specializat
elsewhere-violence-body = Violența împotriva persoanelor nu poate fi declarată printr-o pre-plângere online. Mergeți la o secție de poliție (commissariat) sau la o unitate de jandarmerie (brigade de gendarmerie), unde veți fi primit. Pentru a vorbi cu cineva și a primi sfaturi, puteți suna la numerele de mai jos.
elsewhere-violence-next = Dacă ați fost rănit, mergeți la un medic. Un certificat medical vă va fi util pentru plângere.
elsewhere-internet-scam-title = Folosiți serviciul dedicat înșelăciunilor pe internet
elsewhere-internet-scam-body = Înșelăciunile pe internet (anunțuri false, site-uri de vânzare false, șantaj online, phishing) se declară pe THESEE, serviciul online dedicat, accesibil de pe service-public.fr. Pentru o plată frauduloasă cu cardul pe internet, folosiți serviciul Perceval.
elsewhere-internet-scam-next = Cereți imediat băncii să vă blocheze cardul (faire opposition) și păstrați toate dovezile (capturi de ecran, mesaje, extrase de cont).


## Declarant
declarant-title = Pentru cine faceți această declarație?
declarant-myself = Pentru mine
declarant-myself-hint = Dumneavoastră sunteți victima.
declarant-minor-child = Pentru copilul meu minor
declarant-minor-child-hint = Sunteți părintele sau reprezentantul său legal.
declarant-organisation = Pentru o firmă sau o asociație
declarant-organisation-hint = O reprezentați.


## Identity
identity-title = Identitatea și datele dumneavoastră de contact
identity-intro = Aceste informații permit serviciului să vă contacteze și vor apărea în plângere.
identity-you-legend = Dumneavoastră
identity-declarant-legend = Dumneavoastră, persoana care face declarația
identity-child-legend = Copilul
identity-organisation-legend = Firma sau asociația
identity-organisation-name = Denumirea firmei sau a asociației
identity-organisation-siret = Număr SIRET (opțional)
identity-organisation-siret-hint = Numărul francez de identificare a firmei, din 14 cifre.
identity-organisation-role = Funcția dumneavoastră
identity-surname = Nume de familie
identity-given-names = Prenume
identity-birth-date = Data nașterii
identity-birth-place = Locul nașterii
identity-birth-place-hint = Localitatea și țara.
identity-address-legend = Adresă
identity-address = Număr și stradă
identity-postcode = Cod poștal
identity-town = Localitate
identity-country = Țara (opțional)
identity-country-hint = Dacă nu locuiți în Franța.
identity-contact-legend = Cum vă putem contacta
identity-email = Adresă de e-mail
identity-email-hint = Vom trimite la această adresă confirmarea și referința dumneavoastră.
identity-phone = Număr de telefon (opțional)
identity-phone-hint = Serviciul vă poate suna pentru a stabili programarea.


## When
when-title = Când s-au petrecut faptele?
when-mode-legend = Știți data exactă?
when-mode-exact = Da, știu data
when-mode-range = Nu, știu doar o perioadă
when-exact-heading = Dacă știți data
when-date = Data
when-time = Ora (opțional)
when-time-hint = Lăsați gol dacă nu știți ora. De exemplu: 14:30.
when-range-heading = Dacă știți doar o perioadă
when-from = De la
when-to = Până la


## Place
place-title = Unde s-au petrecut faptele?
place-kind-legend = Tipul locului
place-kind-street = Pe stradă sau într-un loc public
place-kind-home = La domiciliul meu
place-kind-vehicle = Într-un vehicul sau pe un vehicul
place-kind-transport = În transportul în comun sau într-o gară
place-kind-business = Într-un magazin, un restaurant sau alt local
place-kind-work = La locul meu de muncă sau de studiu
place-kind-other = În altă parte
place-address = Adresă sau punct de reper (opțional)
place-address-hint = De exemplu: 12 rue de la République, sau „în fața gării”.
place-postcode = Cod poștal
place-town = Localitate
place-details = Detalii (opțional)
place-details-hint = Linia de autobuz sau de metrou, numele magazinului, etajul…


## Facts
facts-title = Ce s-a întâmplat?
facts-offence-legend = Tipul faptelor
offence-theft = Un furt
offence-theft-hint = Geantă, bicicletă sau alt obiect luat fără violență.
offence-pickpocketing = Un furt din buzunar (pickpocket)
offence-pickpocketing-hint = Portofel sau telefon luat dintr-un buzunar sau dintr-o geantă.
offence-theft-from-vehicle = Un furt dintr-un vehicul
offence-theft-from-vehicle-hint = Obiecte luate din interiorul unei mașini.
offence-burglary = O spargere
offence-burglary-hint = Locuință, pivniță, garaj sau spațiu profesional.
offence-vehicle-theft = Un furt de vehicul
offence-vehicle-theft-hint = Mașină, motocicletă sau scuter.
offence-damage = O distrugere sau un act de vandalism
offence-damage-hint = Graffiti, geam spart, vehicul deteriorat.
offence-card-fraud = Folosirea frauduloasă a cardului meu bancar
offence-card-fraud-hint = Plăți sau retrageri de numerar pe care nu le-ați făcut, în afara internetului.
offence-scam = O înșelăciune în afara internetului
offence-scam-hint = Persoană care se dă drept funcționar, fals vânzător la domiciliu, cec fals.
offence-internet-scam = O înșelăciune pe internet
offence-internet-scam-hint = Anunț fals, site fals, phishing: există un serviciu separat pentru acestea.
facts-account = Descrieți ce s-a întâmplat
facts-account-hint = Povestiți cu cuvintele dumneavoastră, în ordine: ce făceați, ce ați observat, ce a fost luat sau deteriorat.


## Items
items-title-empty = Obiecte furate sau deteriorate
items-title = Obiectele dumneavoastră
items-add-first = Doriți să declarați un obiect furat sau deteriorat?
items-add-another = Doriți să adăugați un alt obiect?
items-hint = Telefon, vehicul, card bancar, act de identitate sau orice alt obiect.
item-kind-title = Ce tip de obiect este?
item-kind-phone = Un telefon mobil
item-kind-vehicle = Un vehicul
item-kind-bank-card = Un card bancar
item-kind-identity-document = Un act de identitate
item-kind-other = Alt obiect
item-title-phone = Telefonul
item-title-vehicle = Vehiculul
item-title-bank-card = Cardul bancar
item-title-identity-document = Actul de identitate
item-title-other = Obiectul
item-save = Salvați acest obiect
item-brand = Marca
item-model-optional = Modelul (opțional)
item-imei = Număr IMEI (opțional)
item-imei-hint = 15 cifre, pe cutie sau pe factură. Permite blocarea telefonului.
item-vehicle-warning = Atenție: până când plângerea nu este semnată, rămâneți responsabil pentru acest vehicul, inclusiv pentru infracțiunile comise cu el. Semnați plângerea cât mai repede.
item-plate = Număr de înmatriculare
item-plate-hint = De exemplu: AB-123-CD.
item-colour = Culoare (opțional)
item-bank = Banca
item-last-digits = Ultimele 4 cifre ale cardului
item-last-digits-hint = Nu introduceți niciodată numărul complet al cardului.
item-blocked = Ați blocat acest card (faire opposition)?
item-blocked-hint = Dacă nu, sunați imediat la banca dumneavoastră sau la 0 892 705 705.
item-fraudulent = S-au făcut plăți sau retrageri fără știrea dumneavoastră?
item-amount = Suma totală (opțional)
item-amount-hint = În euro, de exemplu 120,50.
item-card-blocked = card blocat
item-card-not-blocked = card neblocat
item-card-fraud = plăți frauduloase
item-card-fraud-amount = plăți frauduloase: { $amount }
item-document = Tipul actului
document-identity-card = Carte de identitate (carte nationale d’identité)
document-passport = Pașaport
document-residence-permit = Permis de ședere (titre de séjour)
document-driving-licence = Permis de conducere
item-document-number = Numărul actului (opțional)
item-document-number-hint = Îl găsiți pe o fotocopie sau pe dovada depunerii cererii.
item-description = Descriere
item-description-hint = De exemplu: laptop gri, bicicletă albastră.
item-serial = Număr de serie (opțional)
item-value = Valoare estimată (opțional)


## Perpetrator and witnesses
perpetrator-title = Autorul faptelor
perpetrator-seen = Puteți descrie persoana sau persoanele?
perpetrator-seen-yes = Da, pot da o descriere
perpetrator-seen-no = Nu, nu știu
perpetrator-description = Descriere (dacă ați răspuns da)
perpetrator-description-hint = Câte persoane, cum arătau, haine, vehicul, în ce direcție au plecat.
witnesses-title = Martorii
witnesses-any = A văzut cineva ce s-a întâmplat?
witnesses-details = Martori (dacă ați răspuns da)
witnesses-details-hint = Numele lor, cum pot fi contactați și ce au văzut.


## Unit and appointment
unit-title = Unde doriți să semnați plângerea?
unit-intro = Alegeți secția de poliție (commissariat) sau unitatea de jandarmerie (brigade de gendarmerie) unde veți merge să semnați. Aceștia vă vor contacta pentru a stabili programarea.
unit-search = Căutați după cod poștal, departament (département) sau localitate
unit-search-hint = De exemplu: 69003, 13 sau Rennes.
unit-search-button = Căutați
unit-results = { $count ->
    [one] 1 rezultat găsit.
    [few] { $count } rezultate găsite.
   *[other] { $count } de rezultate găsite.
}
unit-no-results = Niciun rezultat. Încercați numărul departamentului sau o localitate vecină.
unit-choose = Alegeți o secție de poliție sau o unitate de jandarmerie
unit-kind-police = Poliția Națională (Police nationale)
unit-kind-gendarmerie = Jandarmeria Națională (Gendarmerie nationale)
appointment-title = Când sunteți disponibil pentru programare
appointment-intro = Serviciul vă va propune o programare pentru semnare. Spuneți-ne ce vă convine.
appointment-days = Zilele care vă convin (opțional)
appointment-days-hint = Bifați toate zilele în care ați putea veni. Dacă nu bifați nimic, considerăm că vă convine orice zi.
appointment-any-day = Orice zi
day-mon = Luni
day-tue = Marți
day-wed = Miercuri
day-thu = Joi
day-fri = Vineri
day-sat = Sâmbătă
appointment-time = Momentul zilei
time-of-day-any = Nu contează
time-of-day-morning = Dimineața
time-of-day-afternoon = După-amiaza
time-of-day-evening = Spre seară
appointment-needs = Nevoi speciale (opțional)
appointment-needs-hint = Interpret, acces pentru scaun cu rotile, o persoană care să vă însoțească…


## Check
check-title = Verificați răspunsurile înainte de trimitere
check-section-you = Dumneavoastră
check-section-facts = Faptele
check-section-follow-up = Pașii următori
check-declarant = Pentru cine este declarația
check-organisation = Firmă sau asociație
check-child = Copil
check-name = Nume
check-birth = Data și locul nașterii
check-address = Adresă
check-contact = Date de contact
check-when = Data
check-when-exact-time = { $date }, ora { $time }
check-when-range = între { $from } și { $to }
check-place = Locul
check-offence = Tipul faptelor
check-account = Relatarea dumneavoastră
check-items = Obiecte
check-no-items = Niciun obiect declarat
check-perpetrator = Autorul
check-witnesses = Martori
check-unit = Locul semnării
check-appointment = Disponibilitate
check-send-title = Trimiteți pre-plângerea
check-send-body = Trimițând această pre-plângere, vă angajați să o semnați în 30 de zile la serviciul ales. Declarația falsă este pedepsită de lege (articolul 434-26 din Codul penal francez, Code pénal).
check-declaration-legend = Declarație pe propria răspundere
check-declaration = Certific că informațiile furnizate sunt exacte.
check-send-button = Trimiteți pre-plângerea


## Confirmation
confirmation-title = Pre-plângere trimisă
confirmation-reference-label = Referința dumneavoastră:
confirmation-sent-on = Trimisă pe { $date }.
confirmation-email = V-am trimis un e-mail de confirmare. Păstrați această referință: vi se va cere.
confirmation-next-title = Pasul următor: semnarea plângerii
confirmation-deadline = Trebuie să semnați plângerea cel târziu pe { $date } (30 de zile). Dacă nu o semnați, pre-plângerea va fi ștearsă.
confirmation-next-body = Serviciul ales vă va contacta pentru a stabili o programare:
confirmation-bring-title = Ce trebuie să aduceți la programare
confirmation-bring-reference = referința pre-plângerii;
confirmation-bring-identity = un act de identitate (și, pentru o firmă, un extras Kbis, adică certificatul de înregistrare, sau o împuternicire);
confirmation-bring-proof = dovezi pentru obiecte (facturi, fotografii, numere de serie);
confirmation-bring-bank = pentru un card bancar, extrasul cu operațiunile contestate.
confirmation-print = Puteți tipări această pagină ca dovadă (Ctrl+P sau ⌘+P).


## Email
email-received-subject = Am primit pre-plângerea dumneavoastră { $reference }
email-greeting = Bună ziua,
email-received-intro = Pre-plângerea dumneavoastră a fost înregistrată. Un agent o va examina.
email-emergency = În caz de urgență, sunați la 17 sau 112, sau trimiteți un SMS la 114. Nu răspundeți la acest mesaj.
email-signature = Serviciul Plângere online


## Agent workspace
agent-sign-in-title = Spațiul agenților: autentificare
agent-sign-in-intro = Rezervat personalului Poliției Naționale și al Jandarmeriei Naționale. Fiecare autentificare este înregistrată.
agent-email = Adresa de e-mail de serviciu
agent-password = Parolă
agent-sign-in-button = Autentificare
agent-code-title = Cod de verificare
agent-code = Cod din 6 cifre
agent-code-hint = Afișat de aplicația dumneavoastră de autentificare.
agent-code-button = Validați
agent-enrol-title = Activați verificarea în doi pași
agent-enrol-intro = Scanați acest cod cu aplicația de autentificare, apoi introduceți codul din 6 cifre pe care îl afișează.
agent-enrol-qr-label = Cod QR de scanat cu aplicația de autentificare
agent-enrol-manual = Dacă nu puteți scana codul, introduceți această cheie în aplicație:
agent-enrol-button = Activați și continuați
agent-error-credentials = Adresa de e-mail sau parola este incorectă.
agent-error-too-many = Prea multe încercări. Încercați din nou peste 15 minute.
agent-error-code = Acest cod nu este valid. Verificați ora telefonului și încercați din nou.
agent-error-code-used = Acest cod a fost deja folosit. Așteptați codul următor.
agent-sign-out = Deconectare
agent-nav-label = Spațiul agenților
agent-nav-queue = Coada de dosare
agent-nav-statistics = Statistici
agent-nav-admin = Administrare
role-agent = Agent
role-supervisor = Supervizor
role-admin = Administrator
agent-queue-title = Coada de dosare
agent-queue-counts = Dosare după stadiu
agent-take-next = Preluați dosarul următor
agent-filter-status = Stadiu
agent-filter-category = Categorie
agent-filter-from = Primit începând cu
agent-filter-to = Primit până la
agent-filter-any = Toate
agent-filter-button = Filtrați
agent-queue-shown = { $count ->
    [one] 1 dosar afișat.
    [few] { $count } dosare afișate.
   *[other] { $count } de dosare afișate.
}
agent-queue-empty = Niciun dosar nu corespunde.
agent-queue-nothing-to-claim = Nu există dosare noi de preluat.
agent-queue-next-page = Dosarele următoare
agent-queue-first-page = Înapoi la începutul cozii
agent-queue-pages = Paginile cozii
agent-col-reference = Referință
agent-col-category = Categorie
agent-col-status = Stadiu
agent-col-priority = Prioritate
agent-col-age = Timp de la primire
agent-col-owner = Preluat de
agent-priority-high = Ridicată
agent-priority-normal = Normală
agent-back-to-queue = Înapoi la coadă
duration-minutes = { $count ->
    [one] 1 minut
    [few] { $count } minute
   *[other] { $count } de minute
}
duration-hours = { $count ->
    [one] 1 oră
    [few] { $count } ore
   *[other] { $count } de ore
}
duration-days = { $count ->
    [one] 1 zi
    [few] { $count } zile
   *[other] { $count } de zile
}
category-pre-complaint = Pre-plângere
category-complaint = Plângere online
category-discrimination = Discriminare
category-violence = Violențe sexuale și sexiste
status-new = Nou
status-in-review = În curs de examinare
status-appointment-proposed = Programare propusă
status-appointment-booked = Programare stabilită
status-signed = Semnată
status-converted-to-complaint = Transformată în plângere
status-referred = Redirecționată
status-more-information-requested = Informații solicitate
status-rejected = Respinsă
status-closed = Închisă
referral-other-unit = Alt serviciu
referral-defenseur-des-droits = Défenseur des droits (Avocatul Poporului din Franța)
referral-prosecutor = Procurorul (procureur de la République)


## Case page
case-title = Dosarul { $reference }
case-submitted = Trimis pe
case-language = Limba declarantului
case-sign-by = Termen de semnare: { $date } (zile rămase: { $days }).
case-sign-by-passed = Termenul de semnare a expirat pe { $date }.
case-action-claim = Preluați dosarul
case-action-release = Puneți înapoi în coadă
case-action-propose-appointment = Propuneți aceste intervale
case-action-book-appointment = Rezervați programarea
case-action-mark-signed = Plângere semnată
case-action-convert-to-complaint = Transformați în plângere
case-action-refer = Redirecționați
case-action-request-information = Cereți informații
case-action-information-received = Informații primite
case-action-reject = Respingeți
case-action-close = Închideți
case-refer-to = Redirecționați către
case-refer-note = Precizare pentru serviciul destinatar (opțional)
case-reject-reason = Motivul respingerii (comunicat declarantului)
case-slots-title = Propuneți programări pentru semnare
case-slots-hint = Cel mult trei intervale, înainte de expirarea termenului de semnare. Declarantul alege unul printr-un link primit pe e-mail.
case-slot-n = Intervalul { $n }
case-slots-offered = Intervale propuse
case-slot-chosen = ales de declarant
case-assign-to = Încredințați lui
case-assign = Încredințați dosarul
case-note-label = Notă internă
case-note-hint = Nu este niciodată vizibilă pentru declarant.
case-note-button = Adăugați nota
case-message-label = Mesaj către declarant
case-message-hint = Trimis pe e-mail, în limba declarantului. Scrieți doar ce poate citi fără niciun risc.
case-message-button = Trimiteți mesajul
case-messages-title = Mesaje cu declarantul
case-messages-empty = Niciun mesaj.
case-notes-title = Note interne
case-notes-empty = Nicio notă.
case-history-title = Istoric
case-history-empty = Nicio modificare.
case-history-line = { $action }: { $from } → { $to }
case-answers-title = Declarația
case-error-already-claimed = Acest dosar a fost deja preluat.
case-error-changed = Altcineva tocmai a modificat acest dosar. Vedeți acum starea lui actuală.
case-error-deadline-passed = Termenul de semnare de 30 de zile a expirat.
case-error-forbidden = Rolul dumneavoastră nu permite această acțiune.
case-error-not-allowed = Această acțiune nu este posibilă în stadiul actual al dosarului.
case-error-not-claimed = Acest dosar nu a fost preluat de nimeni.
case-error-not-owner = Doar agentul care a preluat acest dosar poate face acest lucru.
case-error-reason-required = Indicați motivul.
case-error-reason-too-long = Motivul este prea lung (cel mult 1000 de caractere).
case-error-slot-format = Introduceți o dată și o oră, de exemplu 03/12/2026 10:30.
case-error-slot-past = Acest interval a trecut deja.
case-error-slot-after-deadline = Acest interval depășește termenul de semnare.
case-error-slot-none = Propuneți cel puțin un interval.
case-error-assign = Acest dosar nu poate fi încredințat acestei persoane.
error-required-note-body = Introduceți nota.
error-required-message-body = Introduceți mesajul.
error-required-name = Introduceți numele.


## Appointment choice (citizen)
slot-title = Alegeți programarea
slot-intro = Pentru a semna pre-plângerea { $reference }, alegeți unul dintre intervalele propuse de serviciu.
slot-legend = Intervale disponibile
slot-button = Confirmați această programare
slot-booked-title = Programare confirmată
slot-booked-body = Programarea dumneavoastră este stabilită pentru { $when }. Aduceți referința și un act de identitate.
slot-gone-title = Acest link nu mai funcționează
slot-gone-body = Programarea a fost deja aleasă, sau termenul a expirat. Contactați serviciul indicat în e-mailul dumneavoastră.
email-message-subject = Mesaj despre declarația dumneavoastră { $reference }
email-message-intro = Un agent care se ocupă de declarația dumneavoastră { $reference } vă scrie:
email-slots-subject = Alegeți o programare pentru semnare ({ $reference })
email-slots-intro = Pentru a semna pre-plângerea { $reference }, serviciul vă propune următoarele intervale:
email-slots-choose = Alegeți intervalul urmând acest link:


## Statistics and administration
stats-title = Statisticile serviciului
stats-export = Descărcați aceste cifre (CSV)
stats-weeks-title = Timpul până la preluare, pe săptămâni
stats-week = Săptămâna
stats-submitted = Primite
stats-claimed = Preluate
stats-median = Timp median
stats-p90 = 90 % preluate în mai puțin de
stats-by-category = Pe categorii
stats-by-status = Pe stadii
admin-title = Administrarea conturilor
admin-name = Nume
admin-role = Rol
admin-unit = Serviciu
admin-unit-hint = Codul serviciului, de exemplu PN-69-LYON-01. Nu este necesar pentru un administrator.
admin-state = Stare
admin-actions = Acțiuni
admin-state-active = Activ
admin-state-not-enrolled = Verificarea în doi pași nu este încă activată
admin-state-disabled = Dezactivat
admin-disable = Dezactivați
admin-add-title = Creați un cont
admin-add-intro = O parolă este generată și afișată o singură dată. Transmiteți-o agentului printr-un canal sigur.
admin-add-button = Creați contul
admin-created = Cont creat:
admin-password-once = Parola (afișată o singură dată):
admin-error-unit = Niciun serviciu activ nu are acest cod.
admin-error-taken = Există deja un cont cu această adresă.

# A session that ends after a time without action (follow-up, agent workspace)
session-limit = Pentru siguranța dumneavoastră, această sesiune se închide după { $minutes } de minute fără nicio acțiune. Dacă nu faceți nimic, se va închide la ora { $time }. Orice acțiune sau butonul de mai jos vă oferă încă { $minutes } de minute.
session-keep-button = Păstrați sesiunea deschisă
