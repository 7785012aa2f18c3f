## Discrimination report: start
discrimination-start-title = Semnalați o discriminare
discrimination-start-lead = Discriminarea înseamnă a trata o persoană mai rău decât pe alta, într-o situație comparabilă, din cauza unui criteriu pe care legea interzice să fie luat în considerare: originea, sexul, vârsta, dizabilitatea, religia, orientarea sexuală, locul de reședință…
discrimination-start-danger = Dacă sunteți în pericol acum, sunați la 17 sau 112, sau trimiteți un SMS la 114. Dacă ați suferit violențe fizice, mergeți la secția de poliție (commissariat) sau la jandarmerie.
discrimination-start-law-title = Ce spune legea
discrimination-start-law-body = Codul penal francez (Code pénal, articolele 225-1 și 225-2) enumeră peste douăzeci de criterii. A trata pe cineva mai rău din cauza unuia dintre ele este o infracțiune, mai ales atunci când duce la:
discrimination-start-law-offence = Aceste infracțiuni se pedepsesc cu închisoare și amendă, și mai aspru atunci când sunt comise de o persoană care exercită autoritatea publică (articolul 432-7).
discrimination-start-routes-title = Două demersuri, pe care le puteți face împreună
discrimination-start-routes-intro = Puteți semnala faptele poliției sau jandarmeriei, vă puteți adresa instituției Défenseur des droits (Apărătorul Drepturilor, autoritatea franceză pentru apărarea drepturilor), sau le puteți face pe amândouă.
discrimination-start-police-title = Semnalați faptele poliției sau jandarmeriei, cu acest formular
discrimination-start-police-body = Semnalarea dumneavoastră este transmisă secției de poliție (commissariat) sau unității de jandarmerie (brigade de gendarmerie) pe care o alegeți. Un agent o examinează și vă poate contacta. Dacă faptele o justifică, vă va propune să depuneți plângere. La sfârșitul formularului, puteți accepta ca dosarul să fie transmis și instituției Défenseur des droits.
discrimination-start-defenseur-title = Adresați-vă instituției Défenseur des droits
discrimination-start-defenseur-body = Défenseur des droits este o autoritate independentă. Vă ascultă, vă sfătuiește și poate acționa pentru respectarea drepturilor dumneavoastră, chiar și fără plângere. Ajutorul este gratuit.
discrimination-defenseur-phone = prin telefon, apel gratuit
discrimination-defenseur-chat = pentru a discuta online cu un jurist
discrimination-defenseur-hours = De luni până vineri, între orele 9 și 18.
discrimination-start-need-title = Înainte să începeți, pregătiți, dacă puteți
discrimination-start-need-when = data și locul faptelor, chiar și aproximative;
discrimination-start-need-words = cuvintele spuse sau scrise, cât mai exact;
discrimination-start-need-people = ce știți despre autor și despre martori;
discrimination-start-need-email = o adresă de e-mail, pentru a primi referința.
discrimination-start-evidence = Păstrați toate dovezile: mesaje, scrisori, anunțuri, capturi de ecran, numele martorilor. Vor fi utile mai departe.
discrimination-start-time = Durează aproximativ 10 minute. Răspunsurile dumneavoastră sunt salvate la fiecare pas.
discrimination-start-button = Începeți


## Discrimination report: safety
discrimination-safety-title = Siguranța dumneavoastră
discrimination-safety-danger = Sunteți dumneavoastră sau altcineva în pericol în acest moment?
discrimination-safety-danger-hint = Dacă da, sunați imediat la 17 sau 112, sau trimiteți un SMS la 114.
discrimination-safety-violence = A existat violență fizică (lovituri, îmbrânceli, agresiune)?
discrimination-safety-violence-hint = Violențele se declară personal, la secția de poliție sau la jandarmerie.
discrimination-elsewhere-danger-title = Sunați acum după ajutor
discrimination-elsewhere-danger-body = Dacă cineva este în pericol, nu folosiți acest formular: sunați la 17 sau 112. Dacă nu puteți vorbi, trimiteți un SMS la 114.
discrimination-elsewhere-danger-next = Când veți fi în siguranță, puteți reveni pentru a semnala discriminarea.
discrimination-elsewhere-violence-title = Depuneți plângere la poliție sau la jandarmerie
discrimination-elsewhere-violence-body = Violențele fizice se declară personal. Mergeți la o secție de poliție (commissariat) sau la o unitate de jandarmerie (brigade de gendarmerie) pentru a depune plângere, și spuneți de ce credeți că ați fost vizat: legea pedepsește mai aspru violențele comise din cauza originii, religiei, sexului, orientării sexuale sau identității de gen a victimei.
discrimination-elsewhere-violence-next = Dacă ați fost rănit, mergeți la un medic: un certificat medical vă va fi util pentru plângere. În caz de urgență, sunați la 17 sau 112.
discrimination-elsewhere-defenseur-title = Și Défenseur des droits vă poate ajuta
discrimination-elsewhere-defenseur-body = Pentru a vorbi cu cineva și a primi sfaturi despre discriminarea în sine, contactați gratuit instituția Défenseur des droits:


## Discrimination report: role
discrimination-role-title = În ce calitate faceți această semnalare?
discrimination-reporter-victim = Sunt victima
discrimination-reporter-victim-hint = Discriminarea m-a vizat pe mine.
discrimination-reporter-witness = Sunt martor
discrimination-reporter-witness-hint = Am văzut sau am auzit faptele, dar nu eram eu vizat.
discrimination-reporter-representative = Reprezint victima
discrimination-reporter-representative-hint = De exemplu, sunt părintele sau reprezentantul său legal, sau acționez pentru o asociație.


## Discrimination report: domain (Code pénal, articolele 225-2 și 432-7)
discrimination-domain-title = În ce situație a avut loc discriminarea?
discrimination-domain-hint = Alegeți situația cea mai apropiată. Dacă niciuna nu se potrivește, alegeți „Altceva”.
discrimination-domain-goods-and-services = Refuzul unui bun sau al unui serviciu
discrimination-domain-goods-and-services-hint = Într-un magazin, un restaurant, un club, la închirierea unei locuințe, la bancă sau la o societate de asigurări, pentru o activitate de timp liber.
discrimination-domain-economic-activity = Împiedicarea unei activități economice
discrimination-domain-economic-activity-hint = De exemplu, a împiedica pe cineva să își exercite meseria, sau a refuza să lucrezi cu o firmă sau cu un comerciant.
discrimination-domain-employment = Refuzul angajării, o sancțiune sau o concediere
discrimination-domain-employment-hint = În timpul recrutării sau la locul de muncă.
discrimination-domain-conditional-offer = O ofertă rezervată anumitor persoane
discrimination-domain-conditional-offer-hint = Un bun, un serviciu, o ofertă de muncă sau de stagiu condiționate de un criteriu interzis, de exemplu un anunț care exclude anumite persoane.
discrimination-domain-social-security-internship = Refuzul unui stagiu de formare profesională
discrimination-domain-social-security-internship-hint = Unul dintre stagiile prevăzute de articolul L. 412-8 din Codul securității sociale francez (code de la sécurité sociale).
discrimination-domain-public-official = O discriminare din partea unui funcționar public
discrimination-domain-public-official-hint = O persoană care exercită autoritatea publică sau îndeplinește o misiune de serviciu public a refuzat un drept prevăzut de lege, sau a împiedicat o activitate economică.
discrimination-domain-other = Altceva
discrimination-domain-other-hint = Veți putea descrie situația mai departe, în relatarea dumneavoastră.


## Discrimination report: criteria (Code pénal, articolul 225-1)
discrimination-criteria-title = După părerea dumneavoastră, pe ce criteriu s-a bazat discriminarea?
discrimination-criteria-hint = Bifați toate criteriile care vi se par potrivite. Dacă nu știți, bifați doar „Nu știu”.
discrimination-criterion-origin = Originea
discrimination-criterion-origin-hint = Țara sau regiunea din care vine persoana, sau din care pare să vină.
discrimination-criterion-sex = Sexul
discrimination-criterion-family-situation = Situația familială
discrimination-criterion-family-situation-hint = A fi căsătorit, divorțat, părinte singur, a avea copii…
discrimination-criterion-pregnancy = Sarcina
discrimination-criterion-physical-appearance = Aspectul fizic
discrimination-criterion-economic-vulnerability = Vulnerabilitatea cauzată de situația economică
discrimination-criterion-economic-vulnerability-hint = A trăi în sărăcie sau în precaritate, fie că se vede, fie că se știe.
discrimination-criterion-surname = Numele de familie
discrimination-criterion-place-of-residence = Locul de reședință
discrimination-criterion-place-of-residence-hint = Cartierul, localitatea sau adresa unde locuiește persoana.
discrimination-criterion-health = Starea de sănătate
discrimination-criterion-loss-of-autonomy = Pierderea autonomiei
discrimination-criterion-loss-of-autonomy-hint = Cauzată de vârstă, de o boală sau de un accident.
discrimination-criterion-disability = Dizabilitatea
discrimination-criterion-genetic-characteristics = Caracteristicile genetice
discrimination-criterion-genetic-characteristics-hint = De exemplu, un risc de boală ereditară.
discrimination-criterion-morals = Moravurile (modul de viață)
discrimination-criterion-morals-hint = Felul în care trăiește cineva, alegerile personale de viață.
discrimination-criterion-sexual-orientation = Orientarea sexuală
discrimination-criterion-gender-identity = Identitatea de gen
discrimination-criterion-gender-identity-hint = De exemplu, a fi o persoană transgender.
discrimination-criterion-age = Vârsta
discrimination-criterion-political-opinions = Opiniile politice
discrimination-criterion-trade-union = Activitățile sindicale
discrimination-criterion-language = Capacitatea de a se exprima într-o altă limbă decât franceza
discrimination-criterion-language-hint = A vorbi o limbă străină sau regională.
discrimination-criterion-ethnicity-nation-race-religion = Apartenența sau neapartenența, reală sau presupusă, la o etnie, o națiune, o așa-zisă rasă sau o religie
discrimination-criterion-ethnicity-nation-race-religion-hint = Inclusiv o religie pe care alții cred că o aveți, sau faptul că nu aveți niciuna.
discrimination-criterion-whistleblower = Calitatea de avertizor de integritate (lanceur d’alerte)
discrimination-criterion-whistleblower-hint = Sau de facilitator, ori de persoană legată de un avertizor de integritate.
discrimination-criterion-not-sure = Nu știu
discrimination-criterion-not-sure-hint = Bifați doar această opțiune. Agentul vă va ajuta să precizați.


## Discrimination report: words said or written
discrimination-words-title = Cuvintele spuse
discrimination-words-intro = Cuvintele sau textele jignitoare, defăimătoare sau care incită la ură pot fi o infracțiune, pe lângă discriminare.
discrimination-words-said = Au fost spuse sau scrise cuvinte jignitoare, defăimătoare sau provocatoare?
discrimination-words-exact = Cuvintele exacte contează: copiați-le așa cum au fost spuse sau scrise, chiar dacă sunt vulgare. Nu le rezumați.
discrimination-words-verbatim = Cuvintele spuse sau scrise (dacă ați răspuns da)
discrimination-words-verbatim-hint = Puneți-le între ghilimele și precizați cine le-a spus sau scris, și cum: cu voce tare, într-un mesaj, pe o rețea de socializare…


## Discrimination report: author
discrimination-author-title = Autorul faptelor
discrimination-author-kind = Cine este autorul?
discrimination-author-kind-person = O persoană
discrimination-author-kind-person-hint = O persoană fizică, un vecin, un client, un coleg…
discrimination-author-kind-company = O firmă sau o asociație
discrimination-author-kind-company-hint = Un magazin, un angajator, o agenție imobiliară, un proprietar, o bancă…
discrimination-author-kind-administration = O instituție sau un serviciu public
discrimination-author-kind-administration-hint = O primărie, o prefectură, un spital, o școală, un funcționar public…
discrimination-author-known = Știți cine este?
discrimination-author-known-hint = De exemplu, numele persoanei, al firmei sau al serviciului.
discrimination-author-known-yes = Da, știu cine este
discrimination-author-known-no = Nu, nu știu
discrimination-author-name = Numele persoanei sau al organizației (opțional)
discrimination-author-name-hint = Dacă îl știți. Puteți indica și funcția, de exemplu „administratorul”.


## Discrimination report: when, where, account, witnesses, unit
discrimination-when-where-title = Când și unde s-au petrecut faptele?
discrimination-when-heading = Când
discrimination-where-heading = Unde
discrimination-place = Locul exact (opțional)
discrimination-place-hint = Numele magazinului, adresa, clădirea, sau site-ul de internet, dacă s-a întâmplat online.
discrimination-account-title = Povestiți ce s-a întâmplat
discrimination-account-intro = Descrieți faptele cu cuvintele dumneavoastră, în ordine: ce cereați sau ce făceați, ce s-a spus sau ce vi s-a refuzat, și de ce credeți că este o discriminare.
discrimination-account-label = Relatarea dumneavoastră
discrimination-account-hint = Cel mult { $max } caractere. Menționați și dovezile pe care le aveți: mesaje, scrisori, anunțuri.
discrimination-witnesses-any = A văzut sau a auzit cineva faptele?
discrimination-unit-title = Ce serviciu trebuie să se ocupe de semnalarea dumneavoastră?
discrimination-unit-intro = Alegeți secția de poliție (commissariat) sau unitatea de jandarmerie (brigade de gendarmerie) care va primi semnalarea, de exemplu aproape de locul faptelor sau de casa dumneavoastră. Un agent de acolo o va examina și vă poate contacta.
discrimination-error-unit = Alegeți secția de poliție sau unitatea de jandarmerie care va primi semnalarea.


## Discrimination report: contact and consent
discrimination-contact-title = Datele dumneavoastră de contact
discrimination-contact-intro = Ele permit serviciului să vă contacteze și să vă trimită referința.
discrimination-contact-represented-legend = Victima pe care o reprezentați
discrimination-contact-represented-name = Numele și prenumele victimei
discrimination-contact-organisation = Asociația (opțional)
discrimination-contact-organisation-hint = Dacă acționați pentru o asociație, indicați numele ei.
discrimination-contact-email-hint = Vom trimite aici referința și mesajele agentului.
discrimination-contact-phone-hint = Agentul vă poate suna pentru a afla mai multe.
discrimination-consent-title = Transmiteți dosarul și instituției Défenseur des droits
discrimination-consent-body = Défenseur des droits poate acționa pe lângă poliție: poate propune o mediere, poate face recomandări sau poate prezenta observații în fața unei instanțe. Cu acordul dumneavoastră, îi transmitem semnalarea.
discrimination-consent-legend = Acordul dumneavoastră (opțional)
discrimination-consent-label = Accept ca semnalarea mea să fie transmisă și instituției Défenseur des droits.
discrimination-consent-hint = Dacă nu bifați această căsuță, nu i se transmite nimic. Îl puteți contacta și dumneavoastră la 3928.


## Discrimination report: check
discrimination-check-section-report = Semnalarea dumneavoastră
discrimination-check-section-you = Datele dumneavoastră de contact
discrimination-check-role = Calitatea dumneavoastră
discrimination-check-domain = Situația
discrimination-check-criteria = Criterii
discrimination-check-words = Cuvinte spuse
discrimination-check-no-words = Niciun cuvânt
discrimination-check-author = Autor
discrimination-check-author-known = Cunoscut, nume neindicat
discrimination-check-author-unknown = Necunoscut
discrimination-check-represented = Victima reprezentată
discrimination-check-consent = Transmitere către Défenseur des droits
discrimination-check-consent-yes = Transmiteți și dosarul
discrimination-check-consent-no = Nu transmiteți dosarul
discrimination-check-unit = Serviciul destinatar
discrimination-check-send-title = Trimiteți semnalarea
discrimination-check-send-body = Semnalarea dumneavoastră va fi transmisă serviciului ales. A declara fapte despre care știți că sunt false este pedepsit de lege (articolele 226-10 și 434-26 din Codul penal francez, Code pénal).
discrimination-check-send-button = Trimiteți semnalarea


## Discrimination report: confirmation and email
discrimination-confirmation-title = Semnalare trimisă
discrimination-confirmation-sent-on = Trimisă pe { $date }.
discrimination-confirmation-email = V-am trimis un e-mail de confirmare. Păstrați această referință: vi se va cere.
discrimination-confirmation-next-title = Ce urmează?
discrimination-confirmation-next = Semnalarea dumneavoastră a fost transmisă acestui serviciu. Un agent o va examina și vă poate contacta pe e-mail sau la telefon:
discrimination-confirmation-complaint = Dacă faptele o justifică, vă va propune să depuneți plângere. Puteți depune plângere oricând și la o secție de poliție sau la o unitate de jandarmerie, comunicând referința.
discrimination-confirmation-defenseur-title = Défenseur des droits (Apărătorul Drepturilor)
discrimination-confirmation-defenseur-body = Dacă ați fost de acord, dosarul dumneavoastră îi este transmis și lui. Îl puteți contacta direct, gratuit:
discrimination-email-subject = Am primit semnalarea dumneavoastră { $reference }
discrimination-email-intro = Semnalarea dumneavoastră de discriminare a fost înregistrată. Un agent al acestui serviciu o va examina și vă poate contacta:
discrimination-email-defenseur = Și Défenseur des droits vă poate ajuta, gratuit: sunați la 3928 sau intrați pe antidiscriminations.fr, de luni până vineri, între orele 9 și 18.


## Discrimination report: errors
error-choose-danger = Spuneți dacă cineva este în pericol în acest moment.
error-choose-reporter = Spuneți în ce calitate faceți această semnalare.
error-choose-domain = Alegeți situația cea mai apropiată de ce s-a întâmplat.
error-choose-criteria = Bifați cel puțin un criteriu, sau „Nu știu”.
error-criteria-not-sure-alone = „Nu știu” nu poate fi bifat împreună cu alt criteriu.
error-choose-words-said = Spuneți dacă au fost spuse sau scrise anumite cuvinte.
error-required-words = Copiați cuvintele spuse sau scrise.
error-choose-author-kind = Spuneți cine este autorul.
error-choose-author-known = Spuneți dacă știți cine este autorul.
error-required-represented-name = Introduceți numele victimei.
