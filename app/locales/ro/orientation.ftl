# Orientare (întrebări și destinații), pagini de informare, numere de ajutor.
# Cuvinte simple pentru persoane care pot fi în stare de șoc: fraze scurte, fără jargon.


## Pagina principală și subsolul paginii


orientation-home-title = Ce s-a întâmplat? Găsiți procedura potrivită
orientation-home-body = Răspundeți la câteva întrebări scurte. Vă spunem cum să semnalați faptele sau pe cine să sunați. Răspunsurile dumneavoastră nu sunt salvate.
orientation-home-start = Începeți
orientation-home-direct = Mergeți direct la o procedură
orientation-home-complaint-title = Depuneți o plângere în întregime online
orientation-home-complaint-body = Pentru aceleași infracțiuni ca la pre-plângere, dacă vă puteți dovedi identitatea cu FranceConnect. Fără să mergeți la secția de poliție.
orientation-home-discrimination-title = Semnalați o discriminare
orientation-home-discrimination-body = Dacă ați fost tratat(ă) mai rău din cauza originii, a sexului, a unei dizabilități, a vârstei, a religiei sau din alt motiv.
orientation-home-internet-title = Semnalați o înșelăciune pe internet
orientation-home-internet-body = Anunțuri false, magazine online false, phishing, sau plăți pe internet cu cardul dumneavoastră pe care nu le-ați făcut.
orientation-home-support-title = Ajutor și sprijin
orientation-home-support-body = Numere gratuite pentru a vorbi cu cineva, zi și noapte, și modalități de a semnala violențe, inclusiv sexuale.
orientation-home-ddd-title = O problemă cu un serviciu public
orientation-home-ddd-body = Défenseur des droits (Apărătorul Drepturilor), autoritate independentă, vă poate ajuta gratuit.
orientation-home-all-numbers = Toate numerele și programul lor
orientation-footer-start = Găsiți procedura potrivită
orientation-find-procedure = Nu știți ce să faceți? Găsiți procedura potrivită
orientation-restart = Începeți din nou cu alte răspunsuri


## Întrebări


orientation-q-danger-title = Este cineva în pericol în acest moment?
orientation-q-danger-hint = De exemplu, o persoană este rănită sau amenințată, sau autorul este încă în apropiere.
orientation-a-danger-yes = Da, cineva este în pericol în acest moment
orientation-a-danger-no = Nu, nimeni nu este în pericol în acest moment
orientation-error-danger = Spuneți dacă cineva este în pericol în acest moment.


orientation-q-what-title = Ce s-a întâmplat?
orientation-q-what-hint = Dacă s-au întâmplat mai multe lucruri, alegeți-l pe cel mai grav.
orientation-a-what-property = Mi s-a furat sau mi s-a stricat ceva, sau am fost înșelat(ă) și am pierdut bani
orientation-a-what-property-hint = Furt, spargere, distrugere sau vandalism, folosirea frauduloasă a cardului meu bancar, înșelăciune
orientation-a-what-violence = Cineva m-a lovit, m-a rănit sau m-a amenințat
orientation-a-what-violence-hint = Violențe fizice sau amenințări, din partea unui necunoscut sau a unei persoane pe care o cunosc
orientation-a-what-sexual-violence = Violențe sexuale sau sexiste
orientation-a-what-sexual-violence-hint = Hărțuire sexuală, agresiune sexuală, viol, insulte sau comportamente sexiste – împotriva mea sau a altei persoane
orientation-a-what-discrimination = Am fost tratat(ă) mai rău din cauza a ceea ce sunt
orientation-a-what-discrimination-hint = Discriminare: din cauza originii, a sexului, a unei dizabilități, a vârstei, a religiei, a orientării sexuale, a stării de sănătate, a locului unde locuiesc…
orientation-a-what-public-service = Un serviciu public m-a tratat nedrept
orientation-a-what-public-service-hint = O problemă cu o instituție sau un serviciu public, de exemplu fiscul, CAF (casa de alocații familiale), France Travail sau un spital public
orientation-a-what-other = Altceva
orientation-a-what-other-hint = Niciunul dintre aceste răspunsuri nu corespunde cu ce s-a întâmplat
orientation-error-what = Alegeți ce s-a întâmplat.


orientation-q-internet-title = Faptele s-au petrecut pe internet?
orientation-q-internet-hint = De exemplu, un anunț fals sau un site fals, un mesaj care vă cere datele bancare, sau plăți pe internet cu cardul dumneavoastră.
orientation-a-internet-yes = Da, pe internet
orientation-a-internet-no = Nu, nu pe internet
orientation-error-internet = Spuneți dacă faptele s-au petrecut pe internet.


orientation-q-known-title = Știți cine este autorul?
orientation-q-known-hint = De exemplu, îi știți numele sau ați putea spune unde poate fi găsit.
orientation-a-known-yes = Da, știu cine este autorul
orientation-a-known-no = Nu, nu știu cine este autorul
orientation-error-known = Spuneți dacă știți cine este autorul.


orientation-q-identity-title = Vă puteți dovedi identitatea online cu FranceConnect?
orientation-q-identity-hint = FranceConnect vă permite să vă conectați la serviciile publice cu un cont pe care îl aveți deja, de exemplu pe impots.gouv.fr sau ameli.fr, ori cu aplicația Identité Numérique La Poste.
orientation-a-identity-yes = Da, pot folosi FranceConnect
orientation-a-identity-no = Nu, nu îl pot folosi
orientation-a-identity-not-sure = Nu știu
orientation-error-identity = Spuneți dacă puteți folosi FranceConnect.


## Destinații


orientation-dest-emergency-title = Sunați acum după ajutor
orientation-dest-emergency-lead = Dacă dumneavoastră sau o altă persoană sunteți în pericol, sunați acum. Aceste apeluri sunt gratuite, zi și noapte.
orientation-dest-emergency-safe = Când veți fi în siguranță, puteți reveni pe acest site pentru a semnala ce s-a întâmplat.


orientation-dest-pre-complaint-title = Faceți o pre-plângere (pré-plainte) online
orientation-dest-pre-complaint-lead = Pre-plângerea (pré-plainte) se potrivește situației dumneavoastră. Descrieți faptele online, apoi semnați plângerea la secția de poliție (commissariat) sau la unitatea de jandarmerie (brigade de gendarmerie) aleasă de dumneavoastră.
orientation-dest-pre-complaint-body = Durează aproximativ 15 minute. Secția de poliție sau unitatea de jandarmerie aleasă vă contactează apoi pentru a stabili o programare. Trebuie să semnați în 30 de zile.
orientation-dest-pre-complaint-action = Începeți pre-plângerea


orientation-dest-online-complaint-title = Depuneți plângerea online
orientation-dest-online-complaint-lead = Deoarece vă puteți dovedi identitatea cu FranceConnect, puteți depune plângerea în întregime online, fără să mergeți la secția de poliție sau la jandarmerie.
orientation-dest-online-complaint-body = Vă conectați cu FranceConnect, descrieți faptele și trimiteți plângerea. Plângerea dumneavoastră este păstrată 6 luni.
orientation-dest-online-complaint-action = Începeți plângerea online
orientation-dest-online-complaint-other-title = Dacă FranceConnect nu funcționează în cazul dumneavoastră
orientation-dest-online-complaint-other = Puteți face în schimb o pre-plângere și o puteți semna la secția de poliție sau la unitatea de jandarmerie aleasă de dumneavoastră.
orientation-dest-online-complaint-other-link = Faceți o pre-plângere


orientation-dest-discrimination-title = Semnalați o discriminare
orientation-dest-discrimination-lead = A trata o persoană mai rău din cauza originii, a sexului, a unei dizabilități, a vârstei, a religiei sau din alt motiv prevăzut de lege este discriminare. Legea interzice acest lucru. Aveți două căi de a acționa și le puteți folosi pe amândouă.
orientation-dest-discrimination-police-title = Semnalați faptele poliției și jandarmeriei
orientation-dest-discrimination-police = Descrieți faptele pe acest portal. Un agent vă citește semnalarea și vă contactează. Semnalarea poate duce la o plângere și la o anchetă.
orientation-dest-discrimination-action = Semnalați o discriminare
orientation-dest-discrimination-ddd-title = Sau contactați Défenseur des droits
orientation-dest-discrimination-ddd = Défenseur des droits (Apărătorul Drepturilor) este o autoritate publică independentă. Ajutorul său este gratuit. Vă poate sfătui, poate căuta o soluție pe cale amiabilă și vă poate sprijini dacă mergeți în instanță.


orientation-dest-support-title = Ajutor și sprijin
orientation-dest-support-lead = Nu sunteți singur(ă), iar ce s-a întâmplat nu este vina dumneavoastră. Există oameni care vă ascultă, gratuit, fie că vi s-a întâmplat dumneavoastră, fie unei persoane apropiate.
orientation-dest-support-talk-title = Vorbiți cu cineva
orientation-dest-support-report-title = Semnalați ce s-a întâmplat
orientation-dest-support-report = Pe platforma națională de mai jos, puteți scrie (prin chat) unui polițist sau unui jandarm, oricând, fără să vă dați numele. Acesta vă poate sfătui și vă poate ajuta să depuneți plângere.


orientation-dest-internet-title = Semnalați o înșelăciune pe internet
orientation-dest-internet-lead = Înșelăciunile și fraudele cu cardul bancar pe internet sunt tratate de servicii online dedicate, nu printr-o pre-plângere.
orientation-dest-internet-scam-title = O înșelăciune pe internet
orientation-dest-internet-scam = Anunțuri false, magazine online false, șantaj, investiții false, phishing: semnalați pe THESEE, serviciul online al poliției și jandarmeriei pentru înșelăciunile pe internet. Îl găsiți pe service-public.fr.
orientation-dest-internet-card-title = Plăți cu cardul dumneavoastră pe care nu le-ați făcut
orientation-dest-internet-card = Dacă datele cardului au fost folosite pe internet, deși cardul este încă la dumneavoastră, semnalați pe Perceval, serviciul online pentru fraudele cu cardul bancar. Îl găsiți tot pe service-public.fr.
orientation-dest-internet-site-title = Un site sau un mesaj fraudulos
orientation-dest-internet-site = Pentru a semnala un site, un anunț sau un mesaj contrar legii, folosiți serviciul oficial de semnalare:
orientation-dest-internet-now = Contactați imediat banca pentru a vă bloca cardul (faire opposition). Păstrați toate dovezile: capturi de ecran, mesaje, e-mailuri și extrase de cont.


orientation-dest-defenseur-des-droits-title = Contactați Défenseur des droits
orientation-dest-defenseur-des-droits-lead = Când un serviciu public vă tratează nedrept, Défenseur des droits (Apărătorul Drepturilor) vă poate ajuta. Este o autoritate publică independentă, iar ajutorul său este gratuit.
orientation-dest-defenseur-des-droits-body = Se ocupă de problemele cu serviciile publice (de exemplu fiscul, CAF, France Travail sau un spital public), de discriminări, de drepturile copilului și de comportamentul forțelor de ordine. Încercați mai întâi să rezolvați problema cu serviciul respectiv și păstrați o copie a scrisorilor și e-mailurilor.


orientation-dest-station-known-author-title = Mergeți la poliție sau la jandarmerie
orientation-dest-station-known-author-lead = Situația dumneavoastră se tratează la fața locului. Un agent vă va asculta și vă va înregistra plângerea.
orientation-dest-station-known-author-reason = De ce: știți cine este autorul. Pre-plângerea online este doar pentru faptele al căror autor nu este cunoscut. Puteți și să scrieți procurorului (procureur de la République).
orientation-dest-station-violence-title = Mergeți la poliție sau la jandarmerie
orientation-dest-station-violence-lead = Violențele și amenințările se tratează la fața locului, pentru ca un agent să vă poată asculta și, dacă este nevoie, să vă poată proteja.
orientation-dest-station-violence-reason = De ce: violențele și amenințările împotriva unei persoane nu pot fi semnalate online pe acest portal. Dacă ați fost rănit(ă), mergeți la un medic: un certificat medical vă va ajuta plângerea.
orientation-dest-station-other-title = Mergeți la poliție sau la jandarmerie
orientation-dest-station-other-lead = Un agent vă va asculta și vă va spune ce puteți face.
orientation-dest-station-other-reason = De ce: acest portal nu acoperă încă situația dumneavoastră.
orientation-station-any = Puteți merge la orice secție de poliție (commissariat) sau unitate de jandarmerie (brigade). Acestea trebuie să vă primească plângerea, chiar dacă faptele au avut loc în altă parte.
orientation-station-bring = Aduceți un act de identitate și tot ce poate ajuta: fotografii, mesaje, bonuri de casă, numele martorilor.


orientation-ddd-phone = Prin telefon:
orientation-ddd-hours = (între orele 9 și 18)
orientation-ddd-chat = Prin chat, pentru discriminări:
orientation-ddd-website = Pe site-ul său:


## Numere de ajutor


helpline-17-name = Poliția și jandarmeria, urgențe
helpline-17-hours = 24 de ore din 24, 7 zile din 7. Gratuit.
helpline-112-name = Numărul european de urgență, de pe orice telefon din Europa
helpline-112-hours = 24 de ore din 24, 7 zile din 7. Gratuit.
helpline-15-name = Urgențe medicale (SAMU)
helpline-15-hours = 24 de ore din 24, 7 zile din 7. Gratuit.
helpline-18-name = Pompierii (sapeurs-pompiers)
helpline-18-hours = 24 de ore din 24, 7 zile din 7. Gratuit.
helpline-114-name = Urgențe prin SMS, dacă nu puteți vorbi sau auzi, sau dacă nu puteți vorbi pentru că cineva este lângă dumneavoastră
helpline-114-hours = Prin SMS, 24 de ore din 24, 7 zile din 7. Gratuit.
helpline-3919-name = Violences Femmes Info: ascultare și sfaturi pentru femeile care se confruntă cu violența și pentru apropiații lor
helpline-3919-hours = 24 de ore din 24, 7 zile din 7. Gratuit și anonim.
helpline-119-name = Allô Enfance en danger: pentru copiii și adolescenții în pericol, și pentru adulții îngrijorați pentru ei
helpline-119-hours = 24 de ore din 24, 7 zile din 7. Gratuit, iar apelul nu apare pe factura de telefon.
helpline-116006-name = France Victimes: sprijin pentru victimele oricărei infracțiuni
helpline-116006-hours = 7 zile din 7, între orele 9 și 19. Gratuit.
helpline-3018-name = Violențe pe internet: hărțuire online, amenințări, imagini intime distribuite fără acord
helpline-3018-hours = Gratuit, anonim și confidențial.
helpline-3928-name = Défenseur des droits (Apărătorul Drepturilor): discriminări și probleme cu serviciile publice
helpline-3928-hours = Între orele 9 și 18.


## Pagini de informare


guide-more-title = Informații utile
guide-pre-complaint-start = Începeți o pre-plângere


guide-pre-complaint-title = Cum funcționează pre-plângerea
guide-pre-complaint-lead = Pre-plângerea (pré-plainte) vă permite să începeți plângerea online, pentru a petrece mai puțin timp la secția de poliție sau la jandarmerie.
guide-pc-declare-title = 1. Descrieți faptele, online
guide-pc-declare-body = Spuneți când și unde s-au petrecut faptele, ce a fost furat sau deteriorat și cum vă putem contacta. Durează aproximativ 15 minute, la orice oră din zi sau din noapte.
guide-pc-unit-title = 2. Alegeți unde semnați
guide-pc-unit-body = Alegeți secția de poliție (commissariat) sau unitatea de jandarmerie (brigade de gendarmerie) unde doriți să semnați, precum și zilele și orele care vă convin.
guide-pc-contact-title = 3. Serviciul vă contactează
guide-pc-contact-body = Un agent vă citește pre-plângerea și vă contactează, pe e-mail sau la telefon, pentru a vă propune o programare.
guide-pc-sign-title = 4. Semnați plângerea în 30 de zile
guide-pc-sign-body = Plângerea dumneavoastră există doar după ce este semnată la secția de poliție sau la unitatea de jandarmerie. Aduceți actul de identitate și referința.
guide-pc-sign-lapse = Dacă nu semnați în 30 de zile, pre-plângerea este anulată și datele ei sunt șterse.
guide-pc-covers-title = Pentru ce este pre-plângerea
guide-pc-covers-body = Pentru faptele îndreptate împotriva bunurilor dumneavoastră, când nu știți cine este autorul:
guide-pc-covers-theft = furt, inclusiv furt din buzunar și furt dintr-un vehicul
guide-pc-covers-burglary = spargere
guide-pc-covers-vehicle = furt de vehicul
guide-pc-covers-damage = distrugeri și vandalism
guide-pc-covers-card = folosirea frauduloasă a cardului dumneavoastră bancar
guide-pc-covers-scam = înșelăciune care nu a avut loc pe internet
guide-pc-who-title = Cine o poate face
guide-pc-who-victim = victima
guide-pc-who-parent = un părinte sau reprezentantul legal, pentru un copil sub 18 ani
guide-pc-who-organisation = reprezentantul unei firme sau al unei asociații
guide-pc-not-title = Când nu este procedura potrivită
guide-pc-not-body = Dacă cineva este în pericol, sunați la 17 sau 112. Dacă știți cine este autorul, sau dacă a existat violență împotriva unei persoane, mergeți la secția de poliție sau la jandarmerie. Înșelăciunile pe internet au propriul serviciu online.


guide-what-to-bring-title = Ce trebuie să aduceți pentru a semna
guide-what-to-bring-lead = Aduceți aceste documente la programare. Ele îl ajută pe agent să vă înregistreze plângerea repede.
guide-bring-always-title = În toate cazurile
guide-bring-identity = Un act de identitate: carte de identitate, pașaport, permis de ședere (titre de séjour) sau permis de conducere.
guide-bring-reference = Referința pre-plângerii, de exemplu PP-7K3Q-9MXD-C. O găsiți pe dovada primită și în e-mailul pe care l-ați primit.
guide-bring-items-title = Pentru ce a fost furat sau deteriorat
guide-bring-items-body = Aduceți ce aveți, chiar dacă nu este complet:
guide-bring-ownership = dovezi că obiectele sunt ale dumneavoastră: facturi, bonuri de casă, fotografii, cutii sau certificate de garanție;
guide-bring-phone = pentru un telefon: numărul IMEI, scris pe cutie sau pe factură (vi-l poate da și operatorul de telefonie);
guide-bring-vehicle = pentru un vehicul: certificatul de înmatriculare (carte grise) și cheile care v-au rămas;
guide-bring-card = pentru un card bancar: extrasele de cont cu plățile pe care nu le-ați făcut și dovada că ați blocat cardul (opposition);
guide-bring-damage = pentru distrugeri: fotografii și devize sau facturi de reparație.
guide-bring-other-title = Dacă acționați pentru altă persoană
guide-bring-other-body = Pentru un copil sub 18 ani, aduceți un document care dovedește că sunteți părintele sau reprezentantul său legal. Pentru o firmă sau o asociație, aduceți un document care dovedește că puteți acționa în numele ei.
guide-bring-missing-title = Dacă vă lipsește ceva
guide-bring-missing-body = Veniți oricum. Puteți aduce documentele lipsă mai târziu.


guide-data-retention-title = Cât timp sunt păstrate datele dumneavoastră
guide-data-retention-lead = Vă păstrăm informațiile doar cât este necesar, apoi le ștergem definitiv.
guide-data-periods-title = Durata de păstrare
guide-data-pre-complaint = O pre-plângere care nu este semnată: ștearsă la 30 de zile după trimitere.
guide-data-complaint = O plângere online: păstrată 6 luni.
guide-data-draft = Un formular început, dar netrimis: șters după 30 de zile.
guide-data-signed-title = După ce plângerea este semnată
guide-data-signed-body = O plângere semnată face parte dintr-o procedură a poliției sau a jandarmeriei. Ea urmează apoi regulile acestor dosare.
guide-data-never-title = Ce nu înregistrăm niciodată
guide-data-never-body = Nu înregistrăm nici adresa dumneavoastră IP, nici browserul pe care îl folosiți. Acest site nu are nici publicitate, nici urmărire, și nu încarcă nimic de pe alte site-uri.
guide-data-deleted-title = Ce înseamnă „șters”
guide-data-deleted-body = La sfârșitul termenului, răspunsurile dumneavoastră sunt șterse din baza noastră de date. Nimeni nu le mai poate recupera, nici măcar noi.


guide-anonymity-title = Semnalare fără a vă da numele
guide-anonymity-lead = Unele semnalări se pot face fără să vă dați numele. O plângere, nu: ea cere identitatea dumneavoastră.
guide-anon-records-title = Ce înregistrează portalul
guide-anon-records-body = Doar ce scrieți în formulare și un cookie care dispare când închideți browserul. Acest cookie păstrează răspunsurile dumneavoastră de la o pagină la alta.
guide-anon-not-title = Ce nu înregistrează portalul
guide-anon-not-ip = adresa dumneavoastră IP sau browserul pe care îl folosiți;
guide-anon-not-tracking = paginile pe care le vizitați: nu există nici urmărire, nici publicitate;
guide-anon-not-mail = adresa dumneavoastră de e-mail, decât dacă alegeți să o dați.
guide-anon-report-title = La ce poate duce o semnalare anonimă
guide-anon-report-body = O semnalare anonimă este citită de polițiști sau de jandarmi. Poate duce totuși la o anchetă, de exemplu când mai multe semnalări privesc aceeași persoană sau același loc.
guide-anon-complaint-title = De ce o plângere cere identitatea dumneavoastră
guide-anon-complaint-body = O plângere pornește o procedură judiciară în numele dumneavoastră. Poliția, jandarmeria și justiția trebuie să știe cine sunteți și cum vă pot contacta.
guide-anon-complaint-address = Dacă vă temeți pentru siguranța dumneavoastră, spuneți-i agentului. Puteți cere să declarați adresa secției de poliție sau a jandarmeriei în locul adresei de acasă.
guide-anon-device-title = Pe un telefon sau un calculator folosit și de alții
guide-anon-device-body = Istoricul browserului poate arăta paginile pe care le-ați vizitat. Folosiți o fereastră de navigare privată, sau ștergeți istoricul după aceea.


guide-support-numbers-title = Numere de urgență și de ajutor
guide-support-numbers-lead = În caz de urgență, sunați la 17 sau 112. Dacă nu puteți vorbi, trimiteți un SMS la 114.
guide-numbers-emergency-title = Urgențe
guide-numbers-support-title = Cineva care să vă asculte și să vă ajute
