# Orientamento (domande e destinazioni), pagine informative, numeri di aiuto.
# Parole semplici per persone che possono essere sotto shock: frasi brevi, niente gergo.

## Pagina iniziale e piè di pagina

orientation-home-title = Che cosa è successo? Trovi la procedura giusta
orientation-home-body = Risponda ad alcune brevi domande. Le indichiamo come segnalare i fatti, o chi chiamare. Le sue risposte non vengono salvate.
orientation-home-start = Inizia
orientation-home-direct = Andare direttamente a una procedura
orientation-home-complaint-title = Sporgere denuncia interamente online
orientation-home-complaint-body = Per gli stessi reati di una pre-denuncia (pré-plainte), se può dimostrare la sua identità con FranceConnect. Senza recarsi al commissariato.
orientation-home-discrimination-title = Segnalare una discriminazione
orientation-home-discrimination-body = Se ha ricevuto un trattamento peggiore a causa della sua origine, del suo sesso, di una disabilità, della sua età, della sua religione o di un altro motivo.
orientation-home-internet-title = Segnalare una truffa su internet
orientation-home-internet-body = Falsi annunci, falsi siti di vendita, phishing, o pagamenti su internet con la sua carta che non ha fatto lei.
orientation-home-support-title = Aiuto e sostegno
orientation-home-support-body = Numeri gratuiti per parlare con qualcuno, di giorno e di notte, e modi per segnalare violenze, anche sessuali.
orientation-home-ddd-title = Un problema con un servizio pubblico
orientation-home-ddd-body = Il Défenseur des droits, autorità indipendente, può aiutarla gratuitamente.
orientation-home-all-numbers = Tutti i numeri e i loro orari
orientation-footer-start = Trovare la procedura giusta
orientation-find-procedure = Non sa che cosa fare? Trovi la procedura giusta
orientation-restart = Ricominciare con altre risposte

## Domande

orientation-q-danger-title = Qualcuno è in pericolo in questo momento?
orientation-q-danger-hint = Per esempio, una persona è ferita o minacciata, oppure l'autore è ancora nelle vicinanze.
orientation-a-danger-yes = Sì, qualcuno è in pericolo in questo momento
orientation-a-danger-no = No, nessuno è in pericolo in questo momento
orientation-error-danger = Indichi se qualcuno è in pericolo in questo momento.

orientation-q-what-title = Che cosa è successo?
orientation-q-what-hint = Se sono successe più cose, scelga la più grave.
orientation-a-what-property = Mi hanno rubato o danneggiato qualcosa, oppure mi hanno truffato dei soldi
orientation-a-what-property-hint = Furto, furto in casa, danneggiamento o vandalismo, uso fraudolento della mia carta bancaria, truffa
orientation-a-what-violence = Qualcuno mi ha picchiato, ferito o minacciato
orientation-a-what-violence-hint = Violenze fisiche o minacce, da parte di uno sconosciuto o di una persona che conosco
orientation-a-what-sexual-violence = Violenze sessuali o sessiste
orientation-a-what-sexual-violence-hint = Molestie sessuali, aggressione sessuale, stupro, insulti o comportamenti sessisti – contro di me o contro un'altra persona
orientation-a-what-discrimination = Ho ricevuto un trattamento peggiore a causa di ciò che sono
orientation-a-what-discrimination-hint = Discriminazione: a causa della mia origine, del mio sesso, di una disabilità, della mia età, della mia religione, del mio orientamento sessuale, del mio stato di salute, del mio luogo di residenza…
orientation-a-what-public-service = Un servizio pubblico mi ha trattato ingiustamente
orientation-a-what-public-service-hint = Un problema con un'amministrazione o un servizio pubblico, per esempio il fisco, la CAF (assegni familiari), France Travail o un ospedale pubblico
orientation-a-what-other = Altro
orientation-a-what-other-hint = Nessuna di queste risposte corrisponde a quello che è successo
orientation-error-what = Scelga che cosa è successo.

orientation-q-internet-title = I fatti sono avvenuti su internet?
orientation-q-internet-hint = Per esempio, un falso annuncio o un falso sito, un messaggio che chiede i suoi dati bancari, o pagamenti su internet con la sua carta.
orientation-a-internet-yes = Sì, su internet
orientation-a-internet-no = No, non su internet
orientation-error-internet = Indichi se i fatti sono avvenuti su internet.

orientation-q-known-title = Sa chi è l'autore?
orientation-q-known-hint = Per esempio, conosce il suo nome, oppure potrebbe dire dove trovarlo.
orientation-a-known-yes = Sì, so chi è l'autore
orientation-a-known-no = No, non so chi è l'autore
orientation-error-known = Indichi se sa chi è l'autore.

orientation-q-identity-title = Può dimostrare la sua identità online con FranceConnect?
orientation-q-identity-hint = FranceConnect le permette di accedere ai servizi pubblici francesi con un account che ha già, per esempio su impots.gouv.fr o ameli.fr, oppure con l'applicazione Identité Numérique La Poste.
orientation-a-identity-yes = Sì, posso usare FranceConnect
orientation-a-identity-no = No, non posso usarlo
orientation-a-identity-not-sure = Non lo so
orientation-error-identity = Indichi se può usare FranceConnect.

## Destinazioni

orientation-dest-emergency-title = Chiami subito i soccorsi
orientation-dest-emergency-lead = Se lei o un'altra persona è in pericolo, chiami subito. Queste chiamate sono gratuite, di giorno e di notte.
orientation-dest-emergency-safe = Quando sarà al sicuro, potrà tornare su questo sito per segnalare quello che è successo.

orientation-dest-pre-complaint-title = Fare una pre-denuncia online
orientation-dest-pre-complaint-lead = La pre-denuncia (pré-plainte) è adatta alla sua situazione. Descrive i fatti online, poi firma la sua denuncia presso il commissariato di polizia o la stazione della gendarmeria (brigade de gendarmerie) che sceglie.
orientation-dest-pre-complaint-body = Servono circa 15 minuti. Il commissariato o la brigade che sceglie la contatterà poi per fissare un appuntamento. Deve firmare entro 30 giorni.
orientation-dest-pre-complaint-action = Iniziare la mia pre-denuncia

orientation-dest-online-complaint-title = Sporgere denuncia online
orientation-dest-online-complaint-lead = Poiché può dimostrare la sua identità con FranceConnect, può sporgere denuncia interamente online, senza recarsi al commissariato o alla gendarmeria.
orientation-dest-online-complaint-body = Accede con FranceConnect, descrive i fatti e invia la sua denuncia. La sua denuncia viene conservata per 6 mesi.
orientation-dest-online-complaint-action = Iniziare la mia denuncia online
orientation-dest-online-complaint-other-title = Se FranceConnect non funziona per lei
orientation-dest-online-complaint-other = Può fare invece una pre-denuncia (pré-plainte), e firmarla presso il commissariato o la stazione della gendarmeria che sceglie.
orientation-dest-online-complaint-other-link = Fare una pre-denuncia

orientation-dest-discrimination-title = Segnalare una discriminazione
orientation-dest-discrimination-lead = Trattare una persona peggio a causa della sua origine, del suo sesso, di una disabilità, della sua età, della sua religione o di un altro motivo previsto dalla legge è una discriminazione. È vietato dalla legge. Ha due modi per agire, e può usarli entrambi.
orientation-dest-discrimination-police-title = Segnalarlo alla polizia e alla gendarmeria
orientation-dest-discrimination-police = Descriva i fatti su questo portale. Un agente legge la sua segnalazione e la contatta. La segnalazione può portare a una denuncia e a un'indagine.
orientation-dest-discrimination-action = Segnalare una discriminazione
orientation-dest-discrimination-ddd-title = Oppure contattare il Défenseur des droits
orientation-dest-discrimination-ddd = Il Défenseur des droits è un'autorità pubblica indipendente. Il suo aiuto è gratuito. Può consigliarla, cercare una soluzione amichevole e accompagnarla se si rivolge alla giustizia.

orientation-dest-support-title = Aiuto e sostegno
orientation-dest-support-lead = Non è sola o solo, e quello che è successo non è colpa sua. Ci sono persone pronte ad ascoltarla, gratuitamente, che sia successo a lei o a una persona vicina.
orientation-dest-support-talk-title = Parlare con qualcuno
orientation-dest-support-report-title = Segnalare quello che è successo
orientation-dest-support-report = Sulla piattaforma nazionale qui sotto, può scrivere in chat con un agente di polizia o un gendarme, in qualsiasi momento, senza dare il suo nome. Può consigliarla e aiutarla a sporgere denuncia.

orientation-dest-internet-title = Segnalare una truffa su internet
orientation-dest-internet-lead = Le truffe e le frodi con carta bancaria su internet sono trattate da servizi online dedicati, non con una pre-denuncia.
orientation-dest-internet-scam-title = Una truffa su internet
orientation-dest-internet-scam = Falsi annunci, falsi siti di vendita, ricatti, falsi investimenti, phishing: lo segnali su THESEE, il servizio online della polizia e della gendarmeria per le truffe su internet. Lo trova su service-public.fr.
orientation-dest-internet-card-title = Pagamenti con la sua carta che non ha fatto lei
orientation-dest-internet-card = Se i dati della sua carta sono stati usati su internet mentre lei ha ancora la carta, lo segnali su Perceval, il servizio online per le frodi con carta bancaria. Anche questo lo trova su service-public.fr.
orientation-dest-internet-site-title = Un sito o un messaggio fraudolento
orientation-dest-internet-site = Per segnalare un sito, un annuncio o un messaggio contrario alla legge, usi il servizio ufficiale di segnalazione:
orientation-dest-internet-now = Contatti subito la sua banca per bloccare la carta. Conservi tutte le prove: schermate, messaggi, email ed estratti conto.

orientation-dest-defenseur-des-droits-title = Contattare il Défenseur des droits
orientation-dest-defenseur-des-droits-lead = Quando un servizio pubblico la tratta ingiustamente, il Défenseur des droits può aiutarla. È un'autorità pubblica indipendente, e il suo aiuto è gratuito.
orientation-dest-defenseur-des-droits-body = Si occupa dei problemi con i servizi pubblici (per esempio il fisco, la CAF, France Travail o un ospedale pubblico), delle discriminazioni, dei diritti dei minori e del comportamento delle forze di sicurezza. Provi prima a risolvere il problema con il servizio interessato, e conservi una copia delle sue lettere e delle sue email.

orientation-dest-station-known-author-title = Si rechi al commissariato o alla gendarmeria
orientation-dest-station-known-author-lead = La sua situazione si tratta di persona. Un agente la ascolterà e registrerà la sua denuncia.
orientation-dest-station-known-author-reason = Perché: lei sa chi è l'autore. La pre-denuncia online è riservata ai fatti il cui autore è sconosciuto. Può anche scrivere al procureur de la République (il pubblico ministero).
orientation-dest-station-violence-title = Si rechi al commissariato o alla gendarmeria
orientation-dest-station-violence-lead = Le violenze e le minacce si trattano di persona, perché un agente possa ascoltarla e proteggerla, se necessario.
orientation-dest-station-violence-reason = Perché: le violenze e le minacce contro una persona non possono essere segnalate online su questo portale. Se è stato ferito o ferita, si rivolga a un medico: un certificato medico aiuterà la sua denuncia.
orientation-dest-station-other-title = Si rechi al commissariato o alla gendarmeria
orientation-dest-station-other-lead = Un agente la ascolterà e le dirà che cosa può fare.
orientation-dest-station-other-reason = Perché: questo portale non copre ancora la sua situazione.
orientation-station-any = Può recarsi in qualsiasi commissariato o stazione della gendarmeria. Devono ricevere la sua denuncia, anche se i fatti sono avvenuti altrove.
orientation-station-bring = Porti un documento d'identità e tutto ciò che può aiutare: foto, messaggi, scontrini, nomi dei testimoni.

orientation-ddd-phone = Per telefono:
orientation-ddd-hours = (dalle 9 alle 18)
orientation-ddd-chat = In chat, per le discriminazioni:
orientation-ddd-website = Sul suo sito:

## Numeri di aiuto

helpline-17-name = Soccorso di polizia e gendarmeria
helpline-17-hours = 24 ore su 24, 7 giorni su 7. Gratuito.
helpline-112-name = Numero di emergenza europeo, da qualsiasi telefono in Europa
helpline-112-hours = 24 ore su 24, 7 giorni su 7. Gratuito.
helpline-15-name = Emergenze mediche (SAMU)
helpline-15-hours = 24 ore su 24, 7 giorni su 7. Gratuito.
helpline-18-name = Vigili del fuoco (sapeurs-pompiers)
helpline-18-hours = 24 ore su 24, 7 giorni su 7. Gratuito.
helpline-114-name = Emergenze via SMS, se non può parlare o sentire, o se non può parlare perché qualcuno è vicino a lei
helpline-114-hours = Via SMS, 24 ore su 24, 7 giorni su 7. Gratuito.
helpline-3919-name = Violences Femmes Info: ascolto e consigli per le donne vittime di violenza e per le persone a loro vicine
helpline-3919-hours = 24 ore su 24, 7 giorni su 7. Gratuito e anonimo.
helpline-119-name = Allô Enfance en danger: per bambini e adolescenti in pericolo, e per gli adulti preoccupati per loro
helpline-119-hours = 24 ore su 24, 7 giorni su 7. Gratuito, e la chiamata non compare sulla bolletta telefonica.
helpline-116006-name = France Victimes: aiuto alle vittime di qualsiasi reato
helpline-116006-hours = 7 giorni su 7, dalle 9 alle 19. Gratuito.
helpline-3018-name = Violenze su internet: cyberbullismo, minacce, immagini intime diffuse senza consenso
helpline-3018-hours = Gratuito, anonimo e riservato.
helpline-3928-name = Défenseur des droits: discriminazioni e problemi con i servizi pubblici
helpline-3928-hours = Dalle 9 alle 18.

## Pagine informative

guide-more-title = Informazioni utili
guide-pre-complaint-start = Iniziare una pre-denuncia

guide-pre-complaint-title = Come funziona la pre-denuncia
guide-pre-complaint-lead = La pre-denuncia (pré-plainte) le permette di iniziare la sua denuncia online, per passare meno tempo al commissariato o alla gendarmeria.
guide-pc-declare-title = 1. Descrive i fatti, online
guide-pc-declare-body = Indica quando e dove sono avvenuti i fatti, che cosa è stato rubato o danneggiato, e come contattarla. Servono circa 15 minuti, a qualsiasi ora del giorno o della notte.
guide-pc-unit-title = 2. Sceglie dove firmare
guide-pc-unit-body = Sceglie il commissariato o la stazione della gendarmeria dove vuole firmare, e i giorni e gli orari che le vanno bene.
guide-pc-contact-title = 3. L'ufficio la contatta
guide-pc-contact-body = Un agente legge la sua pre-denuncia e la contatta, per email o per telefono, per proporle un appuntamento.
guide-pc-sign-title = 4. Firma la sua denuncia entro 30 giorni
guide-pc-sign-body = La sua denuncia esiste solo dopo essere stata firmata al commissariato o alla brigade. Porti il suo documento d'identità e il suo riferimento.
guide-pc-sign-lapse = Se non firma entro 30 giorni, la pre-denuncia viene annullata e i suoi dati vengono cancellati.
guide-pc-covers-title = A che cosa serve la pre-denuncia
guide-pc-covers-body = Ai reati contro i suoi beni, quando non sa chi è l'autore:
guide-pc-covers-theft = furto, compreso il borseggio e il furto in un veicolo
guide-pc-covers-burglary = furto in casa
guide-pc-covers-vehicle = furto di veicolo
guide-pc-covers-damage = danneggiamenti e vandalismo
guide-pc-covers-card = uso fraudolento della sua carta bancaria
guide-pc-covers-scam = truffa che non è avvenuta su internet
guide-pc-who-title = Chi può farla
guide-pc-who-victim = la vittima
guide-pc-who-parent = un genitore o il rappresentante legale, per un minore di 18 anni
guide-pc-who-organisation = il rappresentante di un'impresa o di un'associazione
guide-pc-not-title = Quando non è la procedura giusta
guide-pc-not-body = Se qualcuno è in pericolo, chiami il 17 o il 112. Se sa chi è l'autore, o se ci sono state violenze contro una persona, si rechi al commissariato o alla gendarmeria. Le truffe su internet hanno un proprio servizio online.

guide-what-to-bring-title = Che cosa portare per firmare
guide-what-to-bring-lead = Porti questi documenti al suo appuntamento. Aiutano l'agente a registrare rapidamente la sua denuncia.
guide-bring-always-title = In ogni caso
guide-bring-identity = Un documento d'identità: carta d'identità, passaporto, permesso di soggiorno o patente di guida.
guide-bring-reference = Il riferimento della sua pre-denuncia, per esempio PP-7K3Q-9MXD-C. Si trova sulla sua ricevuta e nell'email che ha ricevuto.
guide-bring-items-title = Per ciò che è stato rubato o danneggiato
guide-bring-items-body = Porti quello che ha, anche se è incompleto:
guide-bring-ownership = prove che gli oggetti sono suoi: fatture, scontrini, foto, scatole o certificati di garanzia;
guide-bring-phone = per un telefono: il suo codice IMEI, scritto sulla scatola o sulla fattura (può darglielo anche il suo operatore);
guide-bring-vehicle = per un veicolo: il certificato di immatricolazione (carte grise, la carta di circolazione) e le chiavi che le sono rimaste;
guide-bring-card = per una carta bancaria: i suoi estratti conto con i pagamenti che non ha fatto lei, e la prova del blocco della carta;
guide-bring-damage = per danneggiamenti: foto, e preventivi o fatture di riparazione.
guide-bring-other-title = Se agisce per un'altra persona
guide-bring-other-body = Per un minore di 18 anni, porti un documento che dimostri che lei è il genitore o il rappresentante legale. Per un'impresa o un'associazione, porti un documento che dimostri che può agire in suo nome.
guide-bring-missing-title = Se le manca qualcosa
guide-bring-missing-body = Venga comunque. Potrà consegnare i documenti mancanti più tardi.

guide-data-retention-title = Per quanto tempo sono conservati i suoi dati
guide-data-retention-lead = Conserviamo le sue informazioni solo per il tempo necessario, poi le cancelliamo definitivamente.
guide-data-periods-title = Durata di conservazione
guide-data-pre-complaint = Una pre-denuncia non firmata: cancellata 30 giorni dopo l'invio.
guide-data-complaint = Una denuncia online: conservata per 6 mesi.
guide-data-draft = Un modulo iniziato ma non inviato: cancellato dopo 30 giorni.
guide-data-signed-title = Una volta firmata la sua denuncia
guide-data-signed-body = Una denuncia firmata fa parte di un procedimento di polizia o di gendarmeria. Segue quindi le regole di questi fascicoli.
guide-data-never-title = Ciò che non registriamo mai
guide-data-never-body = Non registriamo né il suo indirizzo IP, né il browser che usa. Questo sito non ha né pubblicità né tracciamento, e non carica nulla da altri siti.
guide-data-deleted-title = Che cosa significa «cancellato»
guide-data-deleted-body = Alla fine del periodo, le sue risposte vengono eliminate dalla nostra banca dati. Nessuno può recuperarle, nemmeno noi.

guide-anonymity-title = Segnalare senza dare il proprio nome
guide-anonymity-lead = Alcune segnalazioni si possono fare senza dare il suo nome. Una denuncia no: richiede la sua identità.
guide-anon-records-title = Ciò che il portale registra
guide-anon-records-body = Solo ciò che scrive nei moduli, e un cookie che scompare quando chiude il browser. Questo cookie serve a conservare le sue risposte da una pagina all'altra.
guide-anon-not-title = Ciò che il portale non registra
guide-anon-not-ip = il suo indirizzo IP o il browser che usa;
guide-anon-not-tracking = le pagine che visita: non c'è né tracciamento né pubblicità;
guide-anon-not-mail = il suo indirizzo email, a meno che non scelga di darlo.
guide-anon-report-title = A che cosa può portare una segnalazione anonima
guide-anon-report-body = Una segnalazione anonima viene letta da agenti di polizia o da gendarmi. Può comunque portare a un'indagine, per esempio quando più segnalazioni riguardano la stessa persona o lo stesso luogo.
guide-anon-complaint-title = Perché una denuncia richiede la sua identità
guide-anon-complaint-body = Una denuncia avvia un procedimento giudiziario a suo nome. La polizia, la gendarmeria e la giustizia devono sapere chi è e come contattarla.
guide-anon-complaint-address = Se teme per la sua sicurezza, lo dica all'agente. Può chiedere di dichiarare l'indirizzo del commissariato o della gendarmeria al posto del suo indirizzo personale.
guide-anon-device-title = Su un telefono o un computer condiviso
guide-anon-device-body = La cronologia del suo browser può mostrare le pagine che ha visitato. Usi una finestra di navigazione in incognito, oppure cancelli la cronologia dopo.

guide-support-numbers-title = Numeri di emergenza e di aiuto
guide-support-numbers-lead = In caso di emergenza, chiami il 17 o il 112. Se non può parlare, invii un SMS al 114.
guide-numbers-emergency-title = Emergenze
guide-numbers-support-title = Qualcuno che la ascolti e la aiuti
