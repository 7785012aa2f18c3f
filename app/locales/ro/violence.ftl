# Semnalarea violențelor sexuale și sexiste, ieșirea ei rapidă și
# linkurile care duc la ea. Titlurile paginilor rămân neutre: nu
# numesc niciodată subiectul.

## Ieșire rapidă (fiecare pagină a semnalării și paginile de urmărire)
quick-exit-label = Ieșire rapidă
quick-exit-link = Părăsiți acest site
quick-exit-shortcut = Sau apăsați de 3 ori tasta Shift

## Linkuri de pe pagina principală și din orientare
violence-home-title = Semnalați violențe sexuale sau sexiste
violence-home-body = Anonim, dacă doriți, cu un cod personal pentru a urmări semnalarea și a comunica cu un polițist sau un jandarm.
violence-orientation-report = Puteți semnala ce s-a întâmplat și pe acest portal, anonim dacă doriți. Veți primi un cod personal pentru a urmări semnalarea și a schimba mesaje cu un polițist sau un jandarm pregătit pentru astfel de situații.
violence-orientation-action = Faceți o semnalare

## Cuvinte comune
violence-optional = Această întrebare este opțională.

## Ce face ieșirea rapidă și ce nu face
violence-quick-exit-title = Părăsiți rapid acest site
violence-quick-exit-does = Oricând, butonul „Părăsiți acest site” din partea de sus a fiecărei pagini vă duce pe un site de vreme. De asemenea, vă închide sesiunea aici: răspunsurile pe care nu le-ați trimis sunt șterse.
violence-quick-exit-shortcut = Dacă JavaScript este activat în browser, puteți apăsa și de 3 ori la rând tasta Shift. Pagina dispare imediat, iar butonul Înapoi nu o mai aduce înapoi.
violence-quick-exit-not-title = Ce nu face ieșirea rapidă
violence-quick-exit-not-history = Nu șterge istoricul de navigare: acest site și paginile văzute înainte de a-l părăsi pot apărea încă în istoric. Le puteți șterge din istoric după aceea.
violence-quick-exit-not-watch = Nu vă poate ascunde vizita de cineva care vă vede ecranul, dispozitivul sau rețeaua.

## Înainte să începeți (pagina de introducere)
violence-start-title = Înainte să începeți
violence-start-lead = Aici puteți semnala poliției și jandarmeriei violențe sexuale sau sexiste, fie că vi s-au întâmplat dumneavoastră, fie altei persoane. Puteți rămâne anonim(ă).
violence-start-danger = Dacă sunteți în pericol acum, sunați la 17 sau 112. Dacă nu puteți vorbi, trimiteți un SMS la 114.
violence-start-advice-link = Citiți sfaturile noastre pentru a folosi acest site în siguranță
violence-start-how-title = Cum se desfășoară
violence-start-how-required = Doar două întrebări cer un răspuns: dacă sunteți în siguranță acum și pentru cine faceți această semnalare. Le puteți sări pe toate celelalte.
violence-start-how-anonymous = Dumneavoastră alegeți: să rămâneți anonim(ă) sau să dați o modalitate de contact, pentru momentele în care nu există niciun risc pentru dumneavoastră.
violence-start-how-code = La final, primiți un cod personal de urmărire, afișat o singură dată. Cu el, puteți vedea în ce stadiu este semnalarea și puteți schimba mesaje cu un polițist sau un jandarm pregătit pentru astfel de situații.
violence-start-how-time = Durează aproximativ 5–10 minute. Vă puteți opri oricând.
violence-start-button = Începeți

## Sfaturi de siguranță
violence-advice-title = Folosiți acest site în siguranță
violence-advice-lead = Dacă cineva se poate uita în telefonul sau în calculatorul dumneavoastră, aceste precauții vă pot ajuta. Faceți doar ce vi se pare fără risc.
violence-advice-before-title = Înainte să începeți
violence-advice-before-private = Folosiți o fereastră de navigare privată: după ce o închideți, browserul nu păstrează niciun istoric al ei.
violence-advice-before-device = Dacă puteți, folosiți un dispozitiv la care cealaltă persoană nu are acces: telefonul unui prieten sau al unei prietene, un calculator de la o bibliotecă sau de la o asociație.
violence-advice-before-watched = Dacă credeți că telefonul vă este supravegheat (de exemplu, printr-o aplicație de spionaj), folosiți alt dispozitiv.
violence-advice-after-title = După vizită
violence-advice-after-history = Ștergeți acest site din istoricul de navigare. În majoritatea browserelor, istoricul se deschide cu Ctrl+H (⌘+Y pe un Mac).
violence-advice-after-close = Închideți fereastra browserului.
violence-advice-after-code = Păstrați codul de urmărire acolo unde doar dumneavoastră îl puteți găsi, nu într-un carnet sau pe un telefon pe care îl folosește altcineva.
violence-advice-talk-title = Vorbiți cu cineva
violence-advice-back = Reveniți la începutul semnalării

## Ajutor imediat (nu este în siguranță, sau are sub 18 ani)
violence-help-title = Ajutor, chiar acum
violence-help-danger-title = Dacă sunteți în pericol
violence-help-danger-body = Sunați la 17 (poliție și jandarmerie) sau la 112. Dacă nu puteți vorbi, trimiteți un SMS la 114: scrieți ce se întâmplă și unde sunteți.
violence-help-danger-place = Dacă puteți, mergeți într-un loc unde sunt oameni: un magazin, o farmacie, la un vecin.
violence-help-child-title = Un copil sau un adolescent
violence-help-child-body = La 119 sunt ascultați copiii și adolescenții, precum și adulții îngrijorați pentru un copil. Apelul este gratuit și nu apare pe factura de telefon.
violence-help-go-on-title = Semnalarea dumneavoastră
violence-help-go-on-body = Răspunsurile dumneavoastră sunt păstrate. Puteți continua semnalarea acum, mai târziu, sau puteți renunța la ea.
violence-help-go-on = Continuați semnalarea

## Sunteți în siguranță?
violence-safe-title = Sunteți în siguranță în acest moment?
violence-safe-hint = Dacă nu sunteți în siguranță, vă spunem imediat pe cine să sunați. Puteți continua semnalarea după aceea.
violence-safe-yes = Da
violence-safe-no = Nu
violence-safe-not-sure = Nu știu
error-choose-safe-now = Spuneți dacă sunteți în siguranță în acest moment.

## Pentru cine?
violence-who-title = Pentru cine faceți această semnalare?
violence-reporter-myself = Pentru mine
violence-reporter-myself-hint = Mi s-a întâmplat mie.
violence-reporter-someone-else = Pentru o altă persoană
violence-reporter-someone-else-hint = I s-a întâmplat unei persoane pe care o cunosc, care mi-a povestit.
violence-reporter-witness = Ca martor
violence-reporter-witness-hint = Am văzut sau am auzit faptele.
violence-age-legend = Persoana în cauză are sub 18 ani?
violence-age-hint = Această întrebare este opțională. Dacă vi s-a întâmplat dumneavoastră, răspundeți pentru dumneavoastră.
violence-age-under-18 = Da, sub 18 ani
violence-age-adult = Nu, 18 ani sau mai mult
violence-age-unknown = Nu știu
violence-who-child = Dacă un copil sau un adolescent este în pericol, sunați la 119: gratuit, 24 de ore din 24, iar apelul nu apare pe factura de telefon.
error-choose-report-for = Spuneți pentru cine faceți această semnalare.

## Anonim sau nu
violence-contact-title = Doriți să rămâneți anonim(ă)?
violence-contact-intro-anonymous = Dacă rămâneți anonim(ă), nu vă cerem nici numele, nici vreo dată de contact. Urmăriți semnalarea cu codul dumneavoastră personal.
violence-contact-intro-identified = Dacă dați o modalitate de contact, un polițist sau un jandarm pregătit pentru astfel de situații vă poate suna sau vă poate scrie, doar în momentele în care nu există niciun risc pentru dumneavoastră.
violence-contact-choice = Alegerea dumneavoastră
violence-contact-anonymous = Rămân anonim(ă)
violence-contact-anonymous-hint = Doar codul de urmărire vă leagă de această semnalare.
violence-contact-identified = Dau o modalitate de a fi contactat(ă)
violence-contact-identified-hint = Răspundeți atunci la întrebările de mai jos.
violence-contact-details = Dacă dați o modalitate de contact
violence-contact-name = Numele pe care îl putem folosi (opțional)
violence-contact-name-hint = Un prenume este suficient.
violence-contact-by = Cum doriți să fiți contactat(ă)?
violence-contact-by-email = Pe e-mail
violence-contact-by-email-hint = Mesajele polițistului sau ale jandarmului vor fi trimise la această adresă. Alegeți o adresă pe care doar dumneavoastră o citiți.
violence-contact-by-phone = La telefon
violence-contact-by-phone-hint = Un polițist sau un jandarm vă sună în momentele pe care le indicați.
violence-contact-email = Adresă de e-mail
violence-contact-phone = Număr de telefon
violence-contact-safe-times = În ce momente vă putem contacta fără risc? (opțional)
violence-contact-safe-times-hint = De exemplu: în zilele lucrătoare, între 9 și 12. Spuneți-ne dacă există momente în care nu trebuie să sunăm niciodată.
error-choose-anonymity = Spuneți dacă rămâneți anonim(ă) sau dacă dați o modalitate de contact.
error-choose-contact-by = Spuneți cum să vă contactăm: pe e-mail sau la telefon.
error-required-phone = Introduceți numărul la care vă putem suna.

## Ce s-a întâmplat?
violence-what-title = Ce s-a întâmplat?
violence-what-hint = Bifați tot ce se potrivește. Nu trebuie să dați detalii. Această întrebare este opțională.
violence-fact-sexist = Remarci, insulte sau comportamente sexiste
violence-fact-harassment = Remarci, mesaje sau comportamente cu caracter sexual, nedorite și repetate (hărțuire)
violence-fact-touching = Atingeri cu caracter sexual fără acordul persoanei
violence-fact-forced-act = Un act sexual forțat sau impus, inclusiv un viol
violence-fact-exposure = O persoană care își arată părțile intime (exhibiționism)
violence-fact-images = Fotografii sau videoclipuri intime făcute sau distribuite fără acord, ori mesaje sexuale online
violence-fact-partner = Violențe, amenințări sau forme de control din partea unui partener sau a unei partenere, ori a unui fost partener
violence-fact-other = Altceva
violence-fact-not-sure = Nu știu cum să descriu

## Când și unde?
violence-when-title = Când și unde s-a întâmplat?
violence-when-hint = Un răspuns aproximativ este suficient. Ambele întrebări sunt opționale.
violence-period-legend = Când s-a întâmplat?
violence-period-days = În ultimele zile
violence-period-weeks = În ultimele săptămâni
violence-period-months = În ultimele luni
violence-period-over-a-year = Acum mai bine de un an
violence-period-unknown = Nu știu
violence-area-label = Unde s-a întâmplat? (opțional)
violence-area-hint = Numărul departamentului (département) sau codul poștal, de exemplu 69 sau 69003. Ne ajută să transmitem semnalarea unei echipe din apropierea acelui loc.
error-area = Introduceți un număr de departament sau un cod poștal, de exemplu 69 sau 69003, sau lăsați gol.

## Cine este această persoană?
violence-person-title = Cine este persoana care a făcut asta?
violence-person-hint = Spuneți cine este ea pentru persoana în cauză. Această întrebare este opțională și nu trebuie să dați niciun nume.
violence-relationship-partner = Un partener sau o parteneră, ori un fost partener
violence-relationship-family = Cineva din familie
violence-relationship-acquaintance = Cineva pe care îl cunoaște: un prieten, un vecin, o cunoștință
violence-relationship-work-or-studies = Cineva de la muncă, de la școală sau de la studii
violence-relationship-online = Cineva cunoscut online
violence-relationship-stranger = Cineva pe care nu îl cunoaște
violence-relationship-rather-not-say = Prefer să nu spun

## Descrieți ce s-a întâmplat
violence-details-title = Doriți să descrieți ce s-a întâmplat?
violence-details-stop = Vă puteți opri aici. Ce ne-ați spus deja este suficient pentru a trimite semnalarea.
violence-details-stop-link = Mergeți la rezumatul semnalării mele
violence-details-label = Ce s-a întâmplat, cu cuvintele dumneavoastră (opțional)
violence-details-hint = Scrieți doar ce doriți să împărtășiți. Puteți lăsa gol.

## Sprijin
violence-support-title = Ce sprijin doriți?
violence-support-hint = Această întrebare este opțională. Bifați câte răspunsuri doriți.
violence-support-call-back = Să fiu sunat(ă) de un polițist sau un jandarm pregătit pentru astfel de situații
violence-support-call-back-hint = Doar dacă ați dat un număr de telefon. Altfel, veți primi răspunsul pe pagina de urmărire.
violence-support-complaint-information = Informații despre depunerea unei plângeri
violence-support-complaint-information-hint = Ce presupune, unde și cum, în ritmul dumneavoastră. Semnalarea de aici nu vă obligă să depuneți plângere.
violence-support-line-3919 = Să vorbesc cu cineva de la 3919, Violences Femmes Info
violence-support-line-3919-hint = Gratuit și anonim, 24 de ore din 24, 7 zile din 7. Puteți suna chiar acum.
violence-support-victim-support = Ajutor de la o asociație de sprijin pentru victime
violence-support-victim-support-hint = France Victimes, 116 006, 7 zile din 7: ascultare, informații despre drepturile dumneavoastră, ajutor în demersuri.
violence-support-now = Puteți suna la aceste numere și chiar acum:

## Verificați răspunsurile
violence-check-skipped = Fără răspuns
violence-check-section-situation = Situația dumneavoastră
violence-check-section-contact = Contact
violence-check-section-facts = Ce s-a întâmplat
violence-check-section-support = Sprijin
violence-check-safe = În siguranță în acest moment
violence-check-who = Semnalare făcută
violence-check-age = Sub 18 ani
violence-check-contact = Anonimat
violence-check-name = Nume
violence-check-reach = Cum vă contactăm
violence-check-safe-times = Momente fără risc
violence-check-facts = Ce s-a întâmplat
violence-check-period = Când
violence-check-area = Unde
violence-check-person = Persoana care a făcut asta
violence-check-details = Descrierea dumneavoastră
violence-check-support = Sprijin dorit
violence-check-send-title = Trimiteți semnalarea
violence-check-send-code = După trimiterea semnalării, veți vedea codul personal de urmărire, o singură dată. Pregătiți ceva cu care să îl notați, într-un loc pe care doar dumneavoastră îl știți.
violence-check-send-button = Trimiteți semnalarea mea

## Trimis
violence-confirmation-title = Semnalarea dumneavoastră a fost trimisă
violence-confirmation-sent-on = Trimisă pe { $date }.
violence-confirmation-code-title = Codul dumneavoastră personal de urmărire
violence-confirmation-code-once = Copiați-l sau notați-l: nu va putea fi recuperat. Este afișat doar de această dată.
violence-confirmation-code-keep = Păstrați-l acolo unde doar dumneavoastră îl puteți găsi. Oricine are acest cod poate citi mesajele despre semnalarea dumneavoastră.
violence-confirmation-code-print = Puteți și să tipăriți această pagină (Ctrl+P sau ⌘+P).
violence-confirmation-follow-title = Urmăriți semnalarea
violence-confirmation-follow-body = Pe pagina „Urmăriți semnalarea mea” (/follow-up pe acest site), introduceți codul. Veți vedea în ce stadiu este semnalarea și veți putea schimba mesaje cu polițistul sau jandarmul care se ocupă de ea.
violence-confirmation-follow-link = Mergeți la pagina „Urmăriți semnalarea mea”
violence-confirmation-next-title = Ce urmează
violence-confirmation-next-anonymous = Un polițist sau un jandarm pregătit pentru astfel de situații vă citește semnalarea. Deoarece ați rămas anonim(ă), vă va răspunde pe pagina de urmărire.
violence-confirmation-next-identified = Un polițist sau un jandarm pregătit pentru astfel de situații vă citește semnalarea și vă va contacta așa cum ați cerut, în momentele indicate.
violence-confirmation-complaint = Ați cerut informații despre depunerea unei plângeri: le veți primi pe pagina de urmărire sau la momentul contactului.
violence-confirmation-numbers-title = Persoane cu care puteți vorbi
violence-confirmation-leave = După ce v-ați păstrat codul, puteți părăsi acest site cu butonul din partea de sus a paginii.
violence-sent-code-title = Codul dumneavoastră de urmărire
violence-sent-code-body = Codul de urmărire a fost afișat o singură dată, imediat după trimiterea semnalării. Pentru siguranța dumneavoastră, nu poate fi afișat din nou.

## E-mail (trimis doar dacă persoana a cerut să fie contactată pe e-mail)
violence-email-subject = Am primit mesajul dumneavoastră
violence-email-body = Am primit mesajul dumneavoastră. Cineva vă va contacta așa cum ați cerut.
