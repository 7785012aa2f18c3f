# La segnalazione di violenze sessuali e sessiste, la sua uscita rapida, e
# i link che vi conducono. I titoli delle pagine restano neutri: non
# nominano mai l'argomento.

## Uscita rapida (ogni pagina della segnalazione, e le pagine di monitoraggio)
quick-exit-label = Uscita rapida
quick-exit-link = Lasciare questo sito
quick-exit-shortcut = Oppure prema 3 volte il tasto Maiusc

## Link dalla pagina iniziale e dall'orientamento
violence-home-title = Segnalare violenze sessuali o sessiste
violence-home-body = In forma anonima, se lo desidera, con un codice personale per seguire la sua segnalazione e scambiare messaggi con un agente di polizia o un gendarme.
violence-orientation-report = Può anche segnalare quello che è successo su questo portale, in forma anonima se lo desidera. Riceverà un codice personale per seguire la sua segnalazione e scambiare messaggi con un agente di polizia o un gendarme formato per queste situazioni.
violence-orientation-action = Fare una segnalazione

## Parole comuni
violence-optional = Questa domanda è facoltativa.

## Che cosa fa l'uscita rapida, e che cosa non fa
violence-quick-exit-title = Lasciare rapidamente questo sito
violence-quick-exit-does = In qualsiasi momento, il pulsante «Lasciare questo sito» in alto in ogni pagina la porta su un sito di previsioni meteo. Chiude anche la sua sessione qui: le risposte che non ha inviato vengono cancellate.
violence-quick-exit-shortcut = Se JavaScript è attivato nel suo browser, può anche premere 3 volte di seguito il tasto Maiusc. La pagina scompare subito, e il pulsante Indietro non la fa ricomparire.
violence-quick-exit-not-title = Che cosa non fa l'uscita rapida
violence-quick-exit-not-history = Non cancella la sua cronologia di navigazione: questo sito, e le pagine viste prima di lasciarlo, possono ancora comparirvi. Può eliminarli dalla cronologia in seguito.
violence-quick-exit-not-watch = Non può nascondere la sua visita a qualcuno che vede il suo schermo, il suo dispositivo o la sua rete.

## Prima di iniziare (pagina introduttiva)
violence-start-title = Prima di iniziare
violence-start-lead = Qui può segnalare violenze sessuali o sessiste alla polizia e alla gendarmeria, che siano successe a lei o a un'altra persona. Può restare anonima o anonimo.
violence-start-danger = Se è in pericolo ora, chiami il 17 o il 112. Se non può parlare, invii un SMS al 114.
violence-start-advice-link = Leggere i nostri consigli per usare questo sito in sicurezza
violence-start-how-title = Come funziona
violence-start-how-required = Solo due domande richiedono una risposta: se ora è al sicuro, e per chi fa questa segnalazione. Può saltare tutte le altre.
violence-start-how-anonymous = Sceglie lei: restare anonima o anonimo, oppure indicare un modo per contattarla, nei momenti in cui per lei non c'è rischio.
violence-start-how-code = Alla fine, riceve un codice di monitoraggio personale, mostrato una sola volta. Con questo codice può vedere a che punto è la sua segnalazione e scambiare messaggi con un agente di polizia o un gendarme formato per queste situazioni.
violence-start-how-time = Servono circa 5-10 minuti. Può interrompere in qualsiasi momento.
violence-start-button = Inizia

## Consigli di sicurezza
violence-advice-title = Usare questo sito in sicurezza
violence-advice-lead = Se qualcuno può guardare il suo telefono o il suo computer, queste precauzioni possono aiutarla. Faccia solo ciò che le sembra senza rischi.
violence-advice-before-title = Prima di iniziare
violence-advice-before-private = Usi una finestra di navigazione in incognito: una volta chiusa, il browser non ne conserva la cronologia.
violence-advice-before-device = Se può, usi un dispositivo a cui l'altra persona non ha accesso: il telefono di un'amica o di un amico, un computer in una biblioteca o in un'associazione.
violence-advice-before-watched = Se pensa che il suo telefono sia sorvegliato (per esempio da un'applicazione spia), usi un altro dispositivo.
violence-advice-after-title = Dopo la sua visita
violence-advice-after-history = Elimini questo sito dalla cronologia di navigazione. Nella maggior parte dei browser, la cronologia si apre con Ctrl+H (⌘+Y su un Mac).
violence-advice-after-close = Chiuda la finestra del browser.
violence-advice-after-code = Conservi il suo codice di monitoraggio dove solo lei può trovarlo, non in un'agenda o in un telefono che usa qualcun altro.
violence-advice-talk-title = Parlare con qualcuno
violence-advice-back = Tornare all'inizio della segnalazione

## Aiuto subito (non al sicuro, o minore di 18 anni)
violence-help-title = Aiuto, subito
violence-help-danger-title = Se è in pericolo
violence-help-danger-body = Chiami il 17 (polizia e gendarmeria) o il 112. Se non può parlare, invii un SMS al 114: scriva che cosa sta succedendo e dove si trova.
violence-help-danger-place = Se può, vada in un luogo dove c'è gente: un negozio, una farmacia, da un vicino.
violence-help-child-title = Un bambino o un adolescente
violence-help-child-body = Il 119 ascolta i bambini e gli adolescenti, e gli adulti preoccupati per un bambino. La chiamata è gratuita e non compare sulla bolletta telefonica.
violence-help-go-on-title = La sua segnalazione
violence-help-go-on-body = Le sue risposte sono conservate. Può continuare la sua segnalazione ora, più tardi, oppure abbandonarla.
violence-help-go-on = Continuare la mia segnalazione

## È al sicuro?
violence-safe-title = È al sicuro in questo momento?
violence-safe-hint = Se non è al sicuro, le indichiamo subito chi chiamare. Potrà continuare la sua segnalazione dopo.
violence-safe-yes = Sì
violence-safe-no = No
violence-safe-not-sure = Non lo so
error-choose-safe-now = Indichi se è al sicuro in questo momento.

## Per chi?
violence-who-title = Per chi fa questa segnalazione?
violence-reporter-myself = Per me
violence-reporter-myself-hint = È successo a me.
violence-reporter-someone-else = Per un'altra persona
violence-reporter-someone-else-hint = È successo a una persona che conosco, che me lo ha raccontato.
violence-reporter-witness = Come testimone
violence-reporter-witness-hint = Ho visto o sentito i fatti.
violence-age-legend = La persona interessata ha meno di 18 anni?
violence-age-hint = Questa domanda è facoltativa. Se è successo a lei, risponda per sé.
violence-age-under-18 = Sì, meno di 18 anni
violence-age-adult = No, 18 anni o più
violence-age-unknown = Non lo so
violence-who-child = Se un bambino o un adolescente è in pericolo, chiami il 119: gratuito, 24 ore su 24, e non compare sulla bolletta telefonica.
error-choose-report-for = Indichi per chi fa questa segnalazione.

## Anonimo o no
violence-contact-title = Desidera restare anonima o anonimo?
violence-contact-intro-anonymous = Se resta anonima o anonimo, non le chiediamo né il suo nome né alcun recapito. Segue la sua segnalazione con il suo codice personale.
violence-contact-intro-identified = Se indica un modo per contattarla, un agente di polizia o un gendarme formato per queste situazioni può chiamarla o scriverle, solo nei momenti senza rischi per lei.
violence-contact-choice = La sua scelta
violence-contact-anonymous = Restare in forma anonima
violence-contact-anonymous-hint = Solo il suo codice di monitoraggio la collega a questa segnalazione.
violence-contact-identified = Indicare un modo per contattarmi
violence-contact-identified-hint = In questo caso, risponda alle domande qui sotto.
violence-contact-details = Se indica un modo per contattarla
violence-contact-name = Nome da usare (facoltativo)
violence-contact-name-hint = Basta un nome di battesimo.
violence-contact-by = Come desidera essere contattata o contattato?
violence-contact-by-email = Per email
violence-contact-by-email-hint = I messaggi dell'agente di polizia o del gendarme saranno inviati a questo indirizzo. Scelga un indirizzo che consulta solo lei.
violence-contact-by-phone = Per telefono
violence-contact-by-phone-hint = Un agente di polizia o un gendarme la chiama nei momenti che lei indica.
violence-contact-email = Indirizzo email
violence-contact-phone = Numero di telefono
violence-contact-safe-times = In quali momenti possiamo contattarla senza rischi? (facoltativo)
violence-contact-safe-times-hint = Per esempio: nei giorni feriali tra le 9 e mezzogiorno. Ci dica se ci sono momenti in cui non bisogna mai chiamare.
error-choose-anonymity = Indichi se resta in forma anonima o se indica un modo per contattarla.
error-choose-contact-by = Indichi come contattarla: per email o per telefono.
error-required-phone = Indichi il numero a cui possiamo chiamarla.

## Che cosa è successo?
violence-what-title = Che cosa è successo?
violence-what-hint = Selezioni tutto ciò che corrisponde. Non deve dare dettagli. Questa domanda è facoltativa.
violence-fact-sexist = Parole, insulti o comportamenti sessisti
violence-fact-harassment = Parole, messaggi o comportamenti a sfondo sessuale, non voluti e ripetuti (molestie)
violence-fact-touching = Essere toccata o toccato in modo sessuale senza averlo accettato
violence-fact-forced-act = Un atto sessuale forzato o imposto, compreso uno stupro
violence-fact-exposure = Una persona che mostra le sue parti intime (esibizionismo)
violence-fact-images = Foto o video intimi fatti o diffusi senza consenso, oppure messaggi sessuali online
violence-fact-partner = Violenze, minacce o forme di controllo da parte di un o una partner, o di un ex
violence-fact-other = Altro
violence-fact-not-sure = Non so come descriverlo

## Quando e dove?
violence-when-title = Quando e dove è successo?
violence-when-hint = Basta una risposta approssimativa. Entrambe le domande sono facoltative.
violence-period-legend = Quando è successo?
violence-period-days = Negli ultimi giorni
violence-period-weeks = Nelle ultime settimane
violence-period-months = Negli ultimi mesi
violence-period-over-a-year = Più di un anno fa
violence-period-unknown = Non lo so
violence-area-label = Dove è successo? (facoltativo)
violence-area-hint = Il numero del dipartimento o il codice postale, per esempio 69 o 69003. Ci aiuta a trasmettere la sua segnalazione a una squadra vicina a quel luogo.
error-area = Indichi un numero di dipartimento o un codice postale, per esempio 69 o 69003, oppure lasci vuoto.

## Chi è questa persona?
violence-person-title = Chi è la persona che lo ha fatto?
violence-person-hint = Indichi chi è per la persona interessata. Questa domanda è facoltativa, e non deve dare nomi.
violence-relationship-partner = Un o una partner, o un ex
violence-relationship-family = Qualcuno della famiglia
violence-relationship-acquaintance = Qualcuno che conosce: un amico, un vicino, un conoscente
violence-relationship-work-or-studies = Qualcuno del lavoro, della scuola o degli studi
violence-relationship-online = Qualcuno conosciuto online
violence-relationship-stranger = Qualcuno che non conosce
violence-relationship-rather-not-say = Preferisco non dirlo

## Descrivere che cosa è successo
violence-details-title = Desidera descrivere che cosa è successo?
violence-details-stop = Può fermarsi qui. Ciò che ci ha già detto basta per inviare la sua segnalazione.
violence-details-stop-link = Andare al riepilogo della mia segnalazione
violence-details-label = Che cosa è successo, con parole sue (facoltativo)
violence-details-hint = Scriva solo ciò che desidera condividere. Può lasciare vuoto.

## Sostegno
violence-support-title = Quale sostegno desidera?
violence-support-hint = Questa domanda è facoltativa. Selezioni tutte le risposte che desidera.
violence-support-call-back = Essere richiamata o richiamato da un agente di polizia o un gendarme formato per queste situazioni
violence-support-call-back-hint = Solo se ha indicato un numero di telefono. Altrimenti, la risposta le sarà data sulla sua pagina di monitoraggio.
violence-support-complaint-information = Informazioni per sporgere denuncia
violence-support-complaint-information-hint = Che cosa comporta, dove e come, con i suoi tempi. Segnalare qui non la obbliga a sporgere denuncia.
violence-support-line-3919 = Parlare con qualcuno del 3919, Violences Femmes Info
violence-support-line-3919-hint = Gratuito e anonimo, 24 ore su 24, 7 giorni su 7. Può chiamare già adesso.
violence-support-victim-support = L'aiuto di un'associazione di aiuto alle vittime
violence-support-victim-support-hint = France Victimes, 116 006, 7 giorni su 7: ascolto, informazioni sui suoi diritti, aiuto nelle pratiche.
violence-support-now = Può anche chiamare questi numeri già adesso:

## Verificare le sue risposte
violence-check-skipped = Nessuna risposta
violence-check-section-situation = La sua situazione
violence-check-section-contact = Contatto
violence-check-section-facts = Che cosa è successo
violence-check-section-support = Sostegno
violence-check-safe = Al sicuro in questo momento
violence-check-who = Segnalazione fatta
violence-check-age = Meno di 18 anni
violence-check-contact = Anonimato
violence-check-name = Nome
violence-check-reach = Come contattarla
violence-check-safe-times = Momenti senza rischi
violence-check-facts = Che cosa è successo
violence-check-period = Quando
violence-check-area = Dove
violence-check-person = La persona che lo ha fatto
violence-check-details = La sua descrizione
violence-check-support = Sostegno desiderato
violence-check-send-title = Inviare la sua segnalazione
violence-check-send-code = Una volta inviata la segnalazione, vedrà il suo codice di monitoraggio personale, una sola volta. Tenga a portata di mano qualcosa per annotarlo, in un posto che conosce solo lei.
violence-check-send-button = Invia la mia segnalazione

## Inviata
violence-confirmation-title = La sua segnalazione è stata inviata
violence-confirmation-sent-on = Inviata il { $date }.
violence-confirmation-code-title = Il suo codice di monitoraggio personale
violence-confirmation-code-once = Lo copi o lo annoti: non potrà essere recuperato. Viene mostrato solo questa volta.
violence-confirmation-code-keep = Lo conservi dove solo lei può trovarlo. Chiunque abbia questo codice può leggere i messaggi sulla sua segnalazione.
violence-confirmation-code-print = Può anche stampare questa pagina (Ctrl+P o ⌘+P).
violence-confirmation-follow-title = Seguire la sua segnalazione
violence-confirmation-follow-body = Nella pagina «Seguire la mia segnalazione» (/follow-up su questo sito), inserisca il suo codice. Vedrà a che punto è la sua segnalazione, e potrà scambiare messaggi con l'agente di polizia o il gendarme che se ne occupa.
violence-confirmation-follow-link = Andare alla pagina «Seguire la mia segnalazione»
violence-confirmation-next-title = E poi
violence-confirmation-next-anonymous = Un agente di polizia o un gendarme formato per queste situazioni legge la sua segnalazione. Poiché lei è rimasta in forma anonima, le risponderà sulla sua pagina di monitoraggio.
violence-confirmation-next-identified = Un agente di polizia o un gendarme formato per queste situazioni legge la sua segnalazione, e la contatterà come ha chiesto, nei momenti indicati.
violence-confirmation-complaint = Ha chiesto informazioni per sporgere denuncia: le saranno date sulla sua pagina di monitoraggio o durante il contatto.
violence-confirmation-numbers-title = Persone con cui parlare
violence-confirmation-leave = Quando ha conservato il suo codice, può lasciare questo sito con il pulsante in alto nella pagina.
violence-sent-code-title = Il suo codice di monitoraggio
violence-sent-code-body = Il suo codice di monitoraggio è stato mostrato una sola volta, subito dopo l'invio della sua segnalazione. Per la sua sicurezza, non può essere mostrato di nuovo.

## Email (inviata solo se la persona ha chiesto di essere contattata per email)
violence-email-subject = Abbiamo ricevuto il suo messaggio
violence-email-body = Abbiamo ricevuto il suo messaggio. Qualcuno la contatterà come ha chiesto.
