## Struttura della pagina
service-name = Denuncia online
skip-to-content = Vai al contenuto
language-switch-label = Lingua
emergency-banner-label = Numeri di emergenza
emergency-banner-title = In caso di emergenza:
emergency-banner-call = chiami il
emergency-banner-sms = oppure, se non può parlare, invii un SMS al
footer-home = Pagina iniziale
footer-pre-complaint = Pre-denuncia online (pré-plainte)
footer-privacy = Servizio pubblico. Nessun dato viene trasmesso a terzi; questo sito non installa alcun tracciatore.
back = Indietro
continue = Continua
change = Modifica
remove = Elimina
answer-yes = Sì
answer-no = No
go-home = Tornare alla pagina iniziale
step-of = Passaggio { $step } di { $total }
date-hint = Per esempio: 27/03/2025
reference-label = Riferimento { $reference }

## Pagina iniziale
home-title = Sporgere denuncia o segnalare dei fatti
home-lead = Segnali un reato, trovi la procedura adatta alla sua situazione e riceva aiuto. Alcune procedure si svolgono interamente online, altre al commissariato di polizia (commissariat) o alla stazione della gendarmeria (brigade de gendarmerie) che sceglie.
home-pre-complaint-title = Fare una pre-denuncia online
home-pre-complaint-body = Per un furto, un furto in casa, un danneggiamento, una truffa o l'uso fraudolento della sua carta bancaria, quando l'autore è sconosciuto.
home-emergency-title = Numeri utili
number-17 = Soccorso di polizia e gendarmeria
number-112 = Numero di emergenza europeo
number-114 = Emergenze via SMS, per le persone che non possono parlare o sentire
number-3919 = Violences Femmes Info, gratuito, anonimo, 24 ore su 24
number-119 = Enfance en danger (infanzia in pericolo), 24 ore su 24
number-116006 = France Victimes, aiuto alle vittime, 7 giorni su 7

## Problemi
problem-not-found-title = Pagina non trovata
problem-not-found-body = Forse l'indirizzo è stato scritto male, oppure la pagina non esiste più.
problem-bad-request-title = Richiesta non compresa
problem-bad-request-body = Il suo browser ha inviato una richiesta che non possiamo trattare. Torni indietro e riprovi.
problem-forbidden-title = Modulo scaduto
problem-forbidden-body = Per la sua sicurezza, questo modulo non è più valido. Torni indietro, ricarichi la pagina e riprovi: le risposte già salvate sono conservate.
problem-too-large-title = Risposta troppo lunga
problem-too-large-body = Il modulo inviato è troppo grande. Accorci il suo testo e riprovi.
problem-too-many-title = Troppi tentativi
problem-too-many-body = Attenda qualche minuto prima di riprovare.
problem-server-error-title = Si è verificato un errore
problem-server-error-body = Il servizio ha avuto un problema. Le risposte già salvate sono conservate. Riprovi tra qualche minuto.
problem-unavailable-title = Servizio temporaneamente non disponibile
problem-unavailable-body = Il servizio è temporaneamente non disponibile. Le risposte già salvate sono conservate. Riprovi tra qualche minuto.
problem-emergency = In caso di emergenza, chiami il 17 o il 112, oppure invii un SMS al 114.
session-expired-title = La sua sessione è scaduta
session-expired-body = Non abbiamo trovato le sue risposte: vengono cancellate dopo 30 giorni di inattività, oppure il suo browser rifiuta i cookie. Può ricominciare la sua dichiarazione.
start-again = Ricominciare

## Errori
error-title-prefix = Errore:
error-summary-title = C'è un problema
error-required = Questa informazione è obbligatoria.
error-too-long = Questo testo è troppo lungo.
error-invalid = Questa risposta non è valida.
error-choose = Scelga una risposta.
error-email = Inserisca un indirizzo email valido, per esempio nome@esempio.fr.
error-phone = Inserisca un numero di telefono valido, per esempio 06 12 34 56 78.
error-postcode = Inserisca un codice postale di 5 cifre, per esempio 75011.
error-date = Inserisca una data valida, per esempio 27/03/2025.
error-date-future = La data non può essere nel futuro.
error-time = Inserisca un'ora valida, per esempio 14:30.
error-range-order = La data di fine deve essere successiva alla data di inizio.
error-child-not-minor = Il bambino o la bambina deve avere meno di 18 anni.
error-siret = Il numero SIRET è composto da 14 cifre.
error-imei = Il codice IMEI è composto da 15 cifre; lo controlli (digiti *#06# su un telefono per visualizzarlo).
error-plate = Inserisca la targa, per esempio AB-123-CD.
error-last-digits = Inserisca le ultime 4 cifre della carta.
error-amount = Inserisca un importo in euro, per esempio 120,50.
error-too-many-items = Ha raggiunto il numero massimo di oggetti: descriva gli altri nel suo racconto.
error-unit-search = Inserisca un codice postale, un numero di dipartimento o il nome di un comune.
error-choose-unit = Scelga il commissariato o la stazione della gendarmeria dove firmerà.
## Errori specifici dei campi (mostrati al posto di quello generico, se presenti)
error-required-surname = Inserisca il suo cognome.
error-required-given-names = Inserisca i suoi nomi.
error-required-birth-date = Inserisca la sua data di nascita.
error-required-birth-place = Inserisca il suo luogo di nascita.
error-required-address = Inserisca il suo indirizzo.
error-required-postcode = Inserisca il codice postale.
error-required-town = Inserisca il comune.
error-required-email = Inserisca il suo indirizzo email.
error-required-child-surname = Inserisca il cognome del bambino o della bambina.
error-required-child-given-names = Inserisca i nomi del bambino o della bambina.
error-required-child-birth-date = Inserisca la data di nascita del bambino o della bambina.
error-required-organisation-name = Inserisca la ragione sociale.
error-required-organisation-role = Inserisca il suo ruolo.
error-required-date = Inserisca la data dei fatti.
error-required-from = Inserisca l'inizio del periodo.
error-required-to = Inserisca la fine del periodo.
error-required-account = Descriva che cosa è successo.
error-required-brand = Inserisca la marca.
error-required-plate = Inserisca la targa.
error-required-bank = Inserisca il nome della banca.
error-required-details = Indichi chi sono i testimoni e come contattarli.
error-choose-emergency = Indichi se qualcuno è in pericolo.
error-choose-known-perpetrator = Indichi se conosce l'autore dei fatti.
error-choose-violence = Indichi se ci sono state violenze.
error-choose-declarant = Indichi per chi fa questa dichiarazione.
error-choose-mode = Indichi se conosce la data esatta.
error-choose-offence = Scelga il tipo di fatti.
error-choose-add-item = Indichi se vuole dichiarare un oggetto.
error-choose-seen = Indichi se può descrivere l'autore.
error-choose-any = Indichi se ci sono stati testimoni.
error-choose-time-of-day = Scelga un momento della giornata.
error-choose-blocked = Indichi se ha bloccato la carta.
error-choose-fraudulent-payments = Indichi se sono stati fatti pagamenti a sua insaputa.
error-choose-document = Scelga il tipo di documento d'identità.
item-summary = { $kind }: { $details }

error-declaration = Selezioni la casella per certificare che la sua dichiarazione è esatta.

## Inizio
start-title = Fare una pre-denuncia online
start-lead = Dichiari online un reato contro i suoi beni, poi firmi la sua denuncia al commissariato di polizia o alla stazione della gendarmeria che sceglie.
start-covers-title = Questo servizio riguarda
start-unknown-perpetrator = solo i casi in cui non conosce l'autore dei fatti.
start-need-title = Prima di iniziare, tenga a portata di mano
start-need-identity = i suoi dati anagrafici e un indirizzo email;
start-need-email = la data e il luogo dei fatti, anche approssimativi;
start-need-items = la descrizione degli oggetti rubati o danneggiati (numero di serie, IMEI, targa, ultime cifre della carta).
start-next-title = E poi?
start-next-body = Un agente esamina la sua dichiarazione e la contatta per fissare un appuntamento. Deve firmare la sua denuncia entro 30 giorni; senza firma, la pre-denuncia viene cancellata.
start-time = Servono circa 15 minuti. Le sue risposte vengono salvate a ogni passaggio.
start-button = Inizia

## Ammissibilità
eligibility-title = La sua situazione
eligibility-emergency = Qualcuno è in pericolo, oppure i fatti stanno avvenendo adesso?
eligibility-emergency-hint = Se sì, chiami subito il 17 o il 112.
eligibility-known = Conosce l'autore dei fatti?
eligibility-known-hint = Per esempio il suo nome, o una persona che può identificare.
eligibility-violence = Qualcuno è stato ferito, minacciato o ha subito violenze, in particolare sessuali?
eligibility-violence-hint = Le violenze contro le persone non rientrano nella pre-denuncia.

elsewhere-emergency-title = Chiami subito i soccorsi
elsewhere-emergency-body = In caso di pericolo immediato, non usi questo servizio: chiami il 17 o il 112. Se non può parlare, invii un SMS al 114.
elsewhere-emergency-next = Una volta al sicuro, potrà tornare a dichiarare i fatti.
elsewhere-known-perpetrator-title = Si rechi al commissariato o alla gendarmeria
elsewhere-known-perpetrator-body = La pre-denuncia online è riservata ai fatti il cui autore è sconosciuto. Quando conosce l'autore, sporga denuncia direttamente in un commissariato di polizia (commissariat) o in una stazione della gendarmeria (brigade), oppure scriva al pubblico ministero (procureur de la République) presso il tribunale (tribunal judiciaire) del luogo dei fatti.
elsewhere-known-perpetrator-next = Porti un documento d'identità e ogni documento utile (foto, fatture, messaggi).
elsewhere-violence-title = Si faccia aiutare da un servizio adatto
elsewhere-violence-body = Le violenze contro le persone non rientrano nella pre-denuncia online. Si rechi in un commissariato o in una stazione della gendarmeria, dove sarà ricevuto. Per ricevere ascolto e consigli, può chiamare i numeri qui sotto.
elsewhere-violence-next = Se è stato ferito o ferita, si rivolga a un medico: un certificato medico sarà utile per la sua denuncia.
elsewhere-internet-scam-title = Usi il servizio dedicato alle truffe su internet
elsewhere-internet-scam-body = Le truffe commesse su internet (falso annuncio, falso sito di vendita, ricatto online, phishing) si dichiarano sul servizio online dedicato THESEE, accessibile da service-public.fr. Per un pagamento fraudolento con carta su internet, usi il servizio Perceval.
elsewhere-internet-scam-next = Blocchi subito la sua carta presso la sua banca, e conservi tutte le prove (schermate, messaggi, estratti conto).

## Dichiarante
declarant-title = Per chi fa questa dichiarazione?
declarant-myself = Per me stesso o me stessa
declarant-myself-hint = Lei è la vittima.
declarant-minor-child = Per mio figlio o mia figlia minorenne
declarant-minor-child-hint = Lei è il genitore o il rappresentante legale.
declarant-organisation = Per un'impresa o un'associazione
declarant-organisation-hint = Lei la rappresenta.

## Identità
identity-title = La sua identità e i suoi recapiti
identity-intro = Queste informazioni permettono all'ufficio di contattarla e compariranno nella sua denuncia.
identity-you-legend = Lei
identity-declarant-legend = Lei, dichiarante
identity-child-legend = Il bambino o la bambina
identity-organisation-legend = L'impresa o l'associazione
identity-organisation-name = Ragione sociale
identity-organisation-siret = Numero SIRET (facoltativo)
identity-organisation-siret-hint = 14 cifre.
identity-organisation-role = Il suo ruolo
identity-surname = Cognome
identity-given-names = Nomi
identity-birth-date = Data di nascita
identity-birth-place = Luogo di nascita
identity-birth-place-hint = Comune e paese.
identity-address-legend = Indirizzo
identity-address = Numero civico e via
identity-postcode = Codice postale
identity-town = Comune
identity-country = Paese (facoltativo)
identity-country-hint = Se non abita in Francia.
identity-contact-legend = Per contattarla
identity-email = Indirizzo email
identity-email-hint = Qui le invieremo la conferma e il suo riferimento.
identity-phone = Numero di telefono (facoltativo)
identity-phone-hint = L'ufficio potrà chiamarla per fissare l'appuntamento.

## Quando
when-title = Quando sono avvenuti i fatti?
when-mode-legend = Conosce la data esatta?
when-mode-exact = Sì, conosco la data
when-mode-range = No, conosco solo un periodo
when-exact-heading = Se conosce la data
when-date = Data
when-time = Ora (facoltativo)
when-time-hint = Lasci vuoto se non conosce l'ora. Per esempio: 14:30.
when-range-heading = Se conosce solo un periodo
when-from = Tra il
when-to = E il

## Luogo
place-title = Dove sono avvenuti i fatti?
place-kind-legend = Tipo di luogo
place-kind-street = In strada o in un luogo pubblico
place-kind-home = A casa mia
place-kind-vehicle = Dentro o sopra un veicolo
place-kind-transport = Sui mezzi pubblici o in una stazione
place-kind-business = In un negozio, un ristorante o una struttura
place-kind-work = Sul mio luogo di lavoro o di studio
place-kind-other = Altrove
place-address = Indirizzo o punto di riferimento (facoltativo)
place-address-hint = Per esempio: 12 rue de la République, oppure «davanti alla stazione».
place-postcode = Codice postale
place-town = Comune
place-details = Dettagli (facoltativo)
place-details-hint = Linea di autobus o di metropolitana, nome del negozio, piano…

## Fatti
facts-title = Che cosa è successo?
facts-offence-legend = Tipo di fatti
offence-theft = Un furto
offence-theft-hint = Borsa, bicicletta, oggetto sottratto senza violenza.
offence-pickpocketing = Un borseggio
offence-pickpocketing-hint = Portafoglio o telefono preso da una tasca o da una borsa.
offence-theft-from-vehicle = Un furto in un veicolo
offence-theft-from-vehicle-hint = Oggetti sottratti all'interno di un'auto.
offence-burglary = Un furto in casa o nei locali
offence-burglary-hint = Abitazione, cantina, garage o locale professionale.
offence-vehicle-theft = Un furto di veicolo
offence-vehicle-theft-hint = Auto, veicolo a due ruote a motore.
offence-damage = Un danneggiamento o un atto di vandalismo
offence-damage-hint = Graffiti, vetro rotto, veicolo danneggiato.
offence-card-fraud = L'uso fraudolento della mia carta bancaria
offence-card-fraud-hint = Pagamenti o prelievi che non ha fatto lei, al di fuori di internet.
offence-scam = Una truffa al di fuori di internet
offence-scam-hint = Falso funzionario, falsa vendita porta a porta, falso assegno.
offence-internet-scam = Una truffa su internet
offence-internet-scam-hint = Falso annuncio, falso sito, phishing: esiste un servizio dedicato.
facts-account = Descriva che cosa è successo
facts-account-hint = Racconti con parole sue, in ordine: che cosa stava facendo, che cosa ha constatato, che cosa è stato preso o danneggiato.

## Oggetti
items-title-empty = Oggetti rubati o danneggiati
items-title = I suoi oggetti
items-add-first = Vuole dichiarare un oggetto rubato o danneggiato?
items-add-another = Vuole aggiungere un altro oggetto?
items-hint = Telefono, veicolo, carta bancaria, documento d'identità o qualsiasi altro oggetto.
item-kind-title = Che tipo di oggetto?
item-kind-phone = Un telefono cellulare
item-kind-vehicle = Un veicolo
item-kind-bank-card = Una carta bancaria
item-kind-identity-document = Un documento d'identità
item-kind-other = Un altro oggetto
item-title-phone = Il telefono
item-title-vehicle = Il veicolo
item-title-bank-card = La carta bancaria
item-title-identity-document = Il documento d'identità
item-title-other = L'oggetto
item-save = Salvare questo oggetto
item-brand = Marca
item-model-optional = Modello (facoltativo)
item-imei = Codice IMEI (facoltativo)
item-imei-hint = 15 cifre, sulla scatola o sulla fattura. Permette di bloccare il telefono.
item-vehicle-warning = Attenzione: finché la sua denuncia non è firmata, lei resta responsabile di questo veicolo, comprese le infrazioni commesse con esso. Firmi la sua denuncia il prima possibile.
item-plate = Targa
item-plate-hint = Per esempio: AB-123-CD.
item-colour = Colore (facoltativo)
item-bank = Banca
item-last-digits = Ultime 4 cifre della carta
item-last-digits-hint = Non inserisca mai il numero completo della sua carta.
item-blocked = Ha bloccato questa carta?
item-blocked-hint = Se non lo ha fatto, chiami subito la sua banca o lo 0 892 705 705.
item-fraudulent = Sono stati fatti pagamenti o prelievi a sua insaputa?
item-amount = Importo totale (facoltativo)
item-amount-hint = In euro, per esempio 120,50.
item-card-blocked = carta bloccata
item-card-not-blocked = carta non bloccata
item-card-fraud = pagamenti fraudolenti
item-card-fraud-amount = pagamenti fraudolenti: { $amount }
item-document = Tipo di documento
document-identity-card = Carta d'identità (carte nationale d'identité)
document-passport = Passaporto
document-residence-permit = Permesso di soggiorno (titre de séjour)
document-driving-licence = Patente di guida
item-document-number = Numero del documento (facoltativo)
item-document-number-hint = Si trova su una fotocopia o sulla ricevuta della domanda.
item-description = Descrizione
item-description-hint = Per esempio: computer portatile grigio, bicicletta blu.
item-serial = Numero di serie (facoltativo)
item-value = Valore stimato (facoltativo)

## Autore e testimoni
perpetrator-title = L'autore dei fatti
perpetrator-seen = Può descrivere la persona o le persone?
perpetrator-seen-yes = Sì, posso dare una descrizione
perpetrator-seen-no = No, non lo so
perpetrator-description = Descrizione (se ha risposto sì)
perpetrator-description-hint = Numero di persone, aspetto, vestiti, veicolo, direzione presa.
witnesses-title = I testimoni
witnesses-any = Qualcuno ha assistito ai fatti?
witnesses-details = Testimoni (se ha risposto sì)
witnesses-details-hint = Nome e modo per contattarli, e che cosa hanno visto.

## Ufficio e appuntamento
unit-title = Dove desidera firmare la sua denuncia?
unit-intro = Scelga il commissariato di polizia o la stazione della gendarmeria dove si recherà per firmare. Questo ufficio la contatterà per fissare l'appuntamento.
unit-search = Cercare per codice postale, dipartimento o comune
unit-search-hint = Per esempio: 69003, 13 o Rennes.
unit-search-button = Cerca
unit-results = { $count ->
    [one] 1 ufficio trovato.
   *[other] { $count } uffici trovati.
}
unit-no-results = Nessun ufficio trovato: provi con il numero del dipartimento o con un comune vicino.
unit-choose = Scelga un ufficio
unit-kind-police = Polizia nazionale (Police nationale)
unit-kind-gendarmerie = Gendarmeria nazionale (Gendarmerie nationale)
appointment-title = Le sue disponibilità per l'appuntamento
appointment-intro = L'ufficio le proporrà un appuntamento per firmare. Indichi che cosa le va bene.
appointment-days = Giorni che le vanno bene (facoltativo)
appointment-days-hint = Selezioni tutti i giorni possibili. Senza risposta, vanno bene tutti i giorni.
appointment-any-day = Tutti i giorni
day-mon = Lunedì
day-tue = Martedì
day-wed = Mercoledì
day-thu = Giovedì
day-fri = Venerdì
day-sat = Sabato
appointment-time = Momento della giornata
time-of-day-any = Indifferente
time-of-day-morning = La mattina
time-of-day-afternoon = Il pomeriggio
time-of-day-evening = In tardo pomeriggio
appointment-needs = Esigenze particolari (facoltativo)
appointment-needs-hint = Interprete, accessibilità in sedia a rotelle, accompagnamento…

## Verifica
check-title = Controlli le sue risposte prima di inviare
check-section-you = Lei
check-section-facts = I fatti
check-section-follow-up = Seguito della procedura
check-declarant = Dichiarazione fatta
check-organisation = Impresa o associazione
check-child = Bambino o bambina
check-name = Nome
check-birth = Nascita
check-address = Indirizzo
check-contact = Recapiti
check-when = Data
check-when-exact-time = { $date } alle { $time }
check-when-range = tra il { $from } e il { $to }
check-place = Luogo
check-offence = Tipo di fatti
check-account = Racconto
check-items = Oggetti
check-no-items = Nessun oggetto dichiarato
check-perpetrator = Autore
check-witnesses = Testimoni
check-unit = Luogo della firma
check-appointment = Disponibilità
check-send-title = Inviare la sua pre-denuncia
check-send-body = Inviando questa pre-denuncia, si impegna a firmarla entro 30 giorni presso l'ufficio scelto. Una falsa dichiarazione è punita dalla legge (articolo 434-26 del Code pénal, il codice penale francese).
check-declaration-legend = Dichiarazione sull'onore
check-declaration = Certifico che le informazioni fornite sono esatte.
check-send-button = Invia la pre-denuncia

## Conferma
confirmation-title = Pre-denuncia inviata
confirmation-reference-label = Il suo riferimento:
confirmation-sent-on = Inviata il { $date }.
confirmation-email = Le è stata inviata un'email di conferma. Conservi questo riferimento: le sarà richiesto.
confirmation-next-title = Prossimo passo: firmare la sua denuncia
confirmation-deadline = Deve firmare la sua denuncia entro il { $date } (30 giorni). Senza firma, la pre-denuncia sarà cancellata.
confirmation-next-body = L'ufficio scelto la contatterà per fissare un appuntamento:
confirmation-bring-title = Da portare all'appuntamento
confirmation-bring-reference = il riferimento della sua pre-denuncia;
confirmation-bring-identity = un documento d'identità (e, per un'impresa, un estratto Kbis, cioè il certificato di iscrizione al registro delle imprese, oppure una delega);
confirmation-bring-proof = i documenti giustificativi degli oggetti (fatture, foto, numeri di serie);
confirmation-bring-bank = per una carta bancaria, l'estratto delle operazioni contestate.
confirmation-print = Può stampare questa pagina come ricevuta (Ctrl+P o ⌘+P).

## Email
email-received-subject = La sua pre-denuncia { $reference } è stata ricevuta
email-greeting = Buongiorno,
email-received-intro = La sua pre-denuncia è stata registrata. Sarà esaminata da un agente.
email-emergency = In caso di emergenza, chiami il 17 o il 112, oppure invii un SMS al 114. Non risponda a questo messaggio.
email-signature = Il servizio Denuncia online (Plainte en ligne)

## Area agenti
agent-sign-in-title = Area agenti: accesso
agent-sign-in-intro = Riservato agli agenti della Police nationale e della Gendarmerie nationale. Ogni accesso viene registrato.
agent-email = Indirizzo email di lavoro
agent-password = Password
agent-sign-in-button = Accedi
agent-code-title = Codice di verifica
agent-code = Codice di 6 cifre
agent-code-hint = Mostrato dalla sua applicazione di autenticazione.
agent-code-button = Conferma
agent-enrol-title = Attivare la verifica in due passaggi
agent-enrol-intro = Scansioni questo codice con la sua applicazione di autenticazione, poi inserisca il codice di 6 cifre che mostra.
agent-enrol-qr-label = Codice QR da scansionare con l'applicazione di autenticazione
agent-enrol-manual = Se non può scansionare il codice, inserisca questa chiave nell'applicazione:
agent-enrol-button = Attiva e continua
agent-error-credentials = Indirizzo email o password errati.
agent-error-too-many = Troppi tentativi. Riprovi tra 15 minuti.
agent-error-code = Questo codice non è valido. Controlli l'ora del suo telefono e riprovi.
agent-error-code-used = Questo codice è già stato usato. Attenda il codice successivo.
agent-sign-out = Esci
agent-nav-label = Area agenti
agent-nav-queue = Coda di lavoro
agent-nav-statistics = Statistiche
agent-nav-admin = Amministrazione
role-agent = Agente
role-supervisor = Supervisore
role-admin = Amministratore
agent-queue-title = Coda di lavoro
agent-queue-counts = Pratiche per stato
agent-take-next = Prendere la pratica successiva
agent-filter-status = Stato
agent-filter-category = Categoria
agent-filter-from = Arrivata dal
agent-filter-to = Arrivata fino al
agent-filter-any = Tutte
agent-filter-button = Filtra
agent-queue-shown = { $count ->
    [one] 1 pratica visualizzata.
   *[other] { $count } pratiche visualizzate.
}
agent-queue-empty = Nessuna pratica corrisponde.
agent-queue-nothing-to-claim = Nessuna nuova pratica da prendere.
agent-queue-next-page = Pratiche successive
agent-queue-first-page = Torna all'inizio della coda
agent-queue-pages = Pagine della coda
agent-col-reference = Riferimento
agent-col-category = Categoria
agent-col-status = Stato
agent-col-priority = Priorità
agent-col-age = Arrivata da
agent-col-owner = Presa in carico da
agent-priority-high = Alta
agent-priority-normal = Ordinaria
agent-back-to-queue = Torna alla coda
duration-minutes = { $count ->
    [one] 1 minuto
   *[other] { $count } minuti
}
duration-hours = { $count ->
    [one] 1 ora
   *[other] { $count } ore
}
duration-days = { $count ->
    [one] 1 giorno
   *[other] { $count } giorni
}
category-pre-complaint = Pre-denuncia
category-complaint = Denuncia online
category-discrimination = Discriminazione
category-violence = Violenze sessuali e sessiste
status-new = Nuova
status-in-review = In esame
status-appointment-proposed = Appuntamento proposto
status-appointment-booked = Appuntamento fissato
status-signed = Firmata
status-converted-to-complaint = Trasformata in denuncia
status-referred = Trasmessa
status-more-information-requested = Informazioni richieste
status-rejected = Respinta
status-closed = Chiusa
referral-other-unit = Un altro ufficio
referral-defenseur-des-droits = Il Défenseur des droits
referral-prosecutor = Il pubblico ministero (procureur de la République)

## Pagina della pratica
case-title = Pratica { $reference }
case-submitted = Inviata il
case-language = Lingua del dichiarante
case-sign-by = Da firmare entro il { $date } (tra { $days } giorni).
case-sign-by-passed = Il termine per la firma è scaduto il { $date }.
case-action-claim = Prendere in carico
case-action-release = Rimettere in coda
case-action-propose-appointment = Proporre queste fasce orarie
case-action-book-appointment = Prenotare l'appuntamento
case-action-mark-signed = Denuncia firmata
case-action-convert-to-complaint = Trasformare in denuncia
case-action-refer = Trasmettere
case-action-request-information = Chiedere informazioni
case-action-information-received = Informazioni ricevute
case-action-reject = Respingere
case-action-close = Chiudere
case-refer-to = Trasmettere a
case-refer-note = Precisazione per l'ufficio destinatario (facoltativo)
case-reject-reason = Motivo del rifiuto (comunicato al dichiarante)
case-slots-title = Proporre appuntamenti per la firma
case-slots-hint = Fino a tre fasce orarie, prima della scadenza del termine per la firma. Il dichiarante sceglie tramite un link ricevuto per email.
case-slot-n = Fascia oraria { $n }
case-slots-offered = Fasce orarie proposte
case-slot-chosen = scelta dal dichiarante
case-assign-to = Affidare a
case-assign = Affidare la pratica
case-note-label = Nota interna
case-note-hint = Mai visibile al dichiarante.
case-note-button = Aggiungere la nota
case-message-label = Messaggio al dichiarante
case-message-hint = Inviato per email nella sua lingua. Scriva solo ciò che il dichiarante può leggere senza rischi.
case-message-button = Inviare il messaggio
case-messages-title = Messaggi con il dichiarante
case-messages-empty = Nessun messaggio.
case-notes-title = Note interne
case-notes-empty = Nessuna nota.
case-history-title = Cronologia
case-history-empty = Nessuna modifica.
case-history-line = { $action }: { $from } → { $to }
case-answers-title = Dichiarazione
case-error-already-claimed = Questa pratica è già stata presa in carico.
case-error-changed = Questa pratica è appena stata modificata da qualcun altro. Ecco il suo stato attuale.
case-error-deadline-passed = Il termine di 30 giorni per la firma è scaduto.
case-error-forbidden = Il suo ruolo non consente questa azione.
case-error-not-allowed = Questa azione non è possibile nello stato attuale della pratica.
case-error-not-claimed = Questa pratica non è presa in carico.
case-error-not-owner = Solo l'agente che ha preso in carico questa pratica può farlo.
case-error-reason-required = Indichi il motivo.
case-error-reason-too-long = Il motivo è troppo lungo (al massimo 1000 caratteri).
case-error-slot-format = Inserisca una data e un'ora, per esempio 03/12/2026 10:30.
case-error-slot-past = Questa fascia oraria è già passata.
case-error-slot-after-deadline = Questa fascia oraria supera il termine per la firma.
case-error-slot-none = Proponga almeno una fascia oraria.
case-error-assign = Questa pratica non può essere affidata a questa persona.
error-required-note-body = Inserisca la nota.
error-required-message-body = Inserisca il messaggio.
error-required-name = Inserisca il nome.

## Scelta dell'appuntamento (cittadino)
slot-title = Scegliere il suo appuntamento
slot-intro = Per firmare la sua pre-denuncia { $reference }, scelga una delle fasce orarie proposte dall'ufficio.
slot-legend = Fasce orarie disponibili
slot-button = Confermare questo appuntamento
slot-booked-title = Appuntamento confermato
slot-booked-body = Il suo appuntamento è fissato per { $when }. Porti il suo riferimento e un documento d'identità.
slot-gone-title = Questo link non funziona più
slot-gone-body = L'appuntamento è già stato scelto, oppure il termine è scaduto. Contatti l'ufficio indicato nella sua email.
email-message-subject = Messaggio sulla sua dichiarazione { $reference }
email-message-intro = Un agente che si occupa della sua dichiarazione { $reference } le scrive:
email-slots-subject = Scelga il suo appuntamento per la firma ({ $reference })
email-slots-intro = Per firmare la sua pre-denuncia { $reference }, l'ufficio le propone le seguenti fasce orarie:
email-slots-choose = Scelga la sua fascia oraria seguendo questo link:

## Statistiche e amministrazione
stats-title = Statistiche dell'ufficio
stats-export = Scaricare questi dati (CSV)
stats-weeks-title = Tempo prima della presa in carico, per settimana
stats-week = Settimana
stats-submitted = Ricevute
stats-claimed = Prese in carico
stats-median = Tempo mediano
stats-p90 = 90% prese in carico in meno di
stats-by-category = Per categoria
stats-by-status = Per stato
admin-title = Gestione degli account
admin-name = Nome
admin-role = Ruolo
admin-unit = Ufficio
admin-unit-hint = Codice dell'ufficio, per esempio PN-69-LYON-01. Non necessario per un amministratore.
admin-state = Stato
admin-actions = Azioni
admin-state-active = Attivo
admin-state-not-enrolled = Verifica in due passaggi da attivare
admin-state-disabled = Disattivato
admin-disable = Disattiva
admin-add-title = Creare un account
admin-add-intro = Viene generata una password, mostrata una sola volta: la trasmetta all'agente tramite un canale sicuro.
admin-add-button = Creare l'account
admin-created = Account creato:
admin-password-once = Password (mostrata una sola volta):
admin-error-unit = Nessun ufficio attivo ha questo codice.
admin-error-taken = Esiste già un account con questo indirizzo.

# A session that ends after a time without action (follow-up, agent workspace)
session-limit = Per la sua sicurezza, questa sessione si chiude dopo { $minutes } minuti senza alcuna azione. Se non fa nulla, si chiuderà alle { $time }. Qualsiasi azione, o il pulsante qui sotto, le dà altri { $minutes } minuti.
session-keep-button = Mantenere aperta la mia sessione
