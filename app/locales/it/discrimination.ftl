## Segnalazione di discriminazione: inizio
discrimination-start-title = Segnalare una discriminazione
discrimination-start-lead = Una discriminazione significa trattare una persona peggio di un'altra, in una situazione simile, a causa di un criterio che la legge vieta di prendere in considerazione: la sua origine, il suo sesso, la sua età, la sua disabilità, la sua religione, il suo orientamento sessuale, il suo luogo di residenza…
discrimination-start-danger = Se è in pericolo ora, chiami il 17 o il 112, oppure invii un SMS al 114. Se ha subito violenze fisiche, si rechi al commissariato o alla gendarmeria.
discrimination-start-law-title = Che cosa dice la legge
discrimination-start-law-body = Il Code pénal francese (articoli 225-1 e 225-2) elenca più di venti criteri. Trattare qualcuno peggio per uno di questi criteri è un reato, in particolare quando porta a:
discrimination-start-law-offence = Questi reati sono puniti con la reclusione e con una multa, e ancora più severamente quando sono commessi da una persona che esercita un'autorità pubblica (articolo 432-7).
discrimination-start-routes-title = Due procedure, che può seguire insieme
discrimination-start-routes-intro = Può segnalare i fatti alla polizia o alla gendarmeria, rivolgersi al Défenseur des droits, o fare entrambe le cose.
discrimination-start-police-title = Segnalare i fatti alla polizia o alla gendarmeria, con questo modulo
discrimination-start-police-body = La sua segnalazione viene trasmessa al commissariato o alla stazione della gendarmeria (brigade de gendarmerie) che sceglie. Un agente la esamina e può contattarla; se i fatti lo giustificano, le propone di sporgere denuncia. Alla fine del modulo, potrà accettare che il suo fascicolo sia trasmesso anche al Défenseur des droits.
discrimination-start-defenseur-title = Rivolgersi al Défenseur des droits
discrimination-start-defenseur-body = Il Défenseur des droits è un'autorità indipendente. La ascolta, la consiglia e può agire per far rispettare i suoi diritti, anche senza denuncia. Il suo aiuto è gratuito.
discrimination-defenseur-phone = per telefono, chiamata gratuita
discrimination-defenseur-chat = per parlare online con un giurista
discrimination-defenseur-hours = Dal lunedì al venerdì, dalle 9 alle 18.
discrimination-start-need-title = Prima di iniziare, se possibile, raccolga
discrimination-start-need-when = la data e il luogo dei fatti, anche approssimativi;
discrimination-start-need-words = le parole dette o scritte, nel modo più preciso possibile;
discrimination-start-need-people = ciò che sa dell'autore e dei testimoni;
discrimination-start-need-email = un indirizzo email, per ricevere il suo riferimento.
discrimination-start-evidence = Conservi tutte le prove: messaggi, lettere, annunci, schermate, nomi dei testimoni. Saranno utili in seguito.
discrimination-start-time = Servono circa 10 minuti. Le sue risposte vengono salvate a ogni passaggio.
discrimination-start-button = Inizia

## Segnalazione di discriminazione: sicurezza
discrimination-safety-title = La sua sicurezza
discrimination-safety-danger = Lei o un'altra persona è in pericolo in questo momento?
discrimination-safety-danger-hint = Se sì, chiami subito il 17 o il 112, oppure invii un SMS al 114.
discrimination-safety-violence = Ci sono state violenze fisiche (colpi, spintoni, aggressione)?
discrimination-safety-violence-hint = Le violenze si denunciano di persona, al commissariato o alla gendarmeria.
discrimination-elsewhere-danger-title = Chiami subito i soccorsi
discrimination-elsewhere-danger-body = In caso di pericolo, non usi questo modulo: chiami il 17 o il 112. Se non può parlare, invii un SMS al 114.
discrimination-elsewhere-danger-next = Una volta al sicuro, potrà tornare a segnalare la discriminazione.
discrimination-elsewhere-violence-title = Sporga denuncia al commissariato o alla gendarmeria
discrimination-elsewhere-violence-body = Le violenze fisiche si denunciano di persona. Si rechi in un commissariato di polizia o in una stazione della gendarmeria per sporgere denuncia, e dica perché pensa di essere stato preso di mira: la legge punisce più severamente le violenze commesse a causa dell'origine, della religione, del sesso, dell'orientamento sessuale o dell'identità di genere della vittima.
discrimination-elsewhere-violence-next = Se è stato ferito o ferita, si rivolga a un medico: un certificato medico sarà utile per la sua denuncia. In caso di emergenza, chiami il 17 o il 112.
discrimination-elsewhere-defenseur-title = Anche il Défenseur des droits può aiutarla
discrimination-elsewhere-defenseur-body = Per ricevere ascolto e consigli sulla discriminazione in sé, contatti il Défenseur des droits, gratuitamente:

## Segnalazione di discriminazione: ruolo
discrimination-role-title = In quale veste fa questa segnalazione?
discrimination-reporter-victim = Sono la vittima
discrimination-reporter-victim-hint = La discriminazione era rivolta a me personalmente.
discrimination-reporter-witness = Sono un testimone
discrimination-reporter-witness-hint = Ho visto o sentito i fatti, senza esserne il bersaglio.
discrimination-reporter-representative = Rappresento la vittima
discrimination-reporter-representative-hint = Per esempio, sono un genitore o il rappresentante legale, oppure agisco per un'associazione.

## Segnalazione di discriminazione: ambito (Code pénal, articoli 225-2 e 432-7)
discrimination-domain-title = In quale situazione è avvenuta la discriminazione?
discrimination-domain-hint = Scelga la situazione più simile. Se nessuna va bene, scelga «Altro».
discrimination-domain-goods-and-services = Il rifiuto di un bene o di un servizio
discrimination-domain-goods-and-services-hint = In un negozio, in un ristorante, in una discoteca, per affittare un alloggio, in banca o presso un'assicurazione, per un'attività del tempo libero.
discrimination-domain-economic-activity = Un ostacolo a un'attività economica
discrimination-domain-economic-activity-hint = Per esempio, impedire a qualcuno di esercitare il suo mestiere, o rifiutarsi di lavorare con un'impresa o un commerciante.
discrimination-domain-employment = Un rifiuto di assunzione, una sanzione o un licenziamento
discrimination-domain-employment-hint = Durante una selezione o sul lavoro.
discrimination-domain-conditional-offer = Un'offerta riservata ad alcune persone
discrimination-domain-conditional-offer-hint = Un bene, un servizio, un'offerta di lavoro o di tirocinio subordinati a una condizione legata a un criterio vietato, per esempio un annuncio che esclude alcune persone.
discrimination-domain-social-security-internship = Il rifiuto di un tirocinio di formazione professionale
discrimination-domain-social-security-internship-hint = Uno dei tirocini previsti dall'articolo L. 412-8 del code de la sécurité sociale (codice della previdenza sociale).
discrimination-domain-public-official = Una discriminazione da parte di un pubblico ufficiale
discrimination-domain-public-official-hint = Una persona che esercita un'autorità pubblica o incaricata di un servizio pubblico ha rifiutato un diritto previsto dalla legge, oppure ha ostacolato un'attività economica.
discrimination-domain-other = Altro
discrimination-domain-other-hint = Potrà descriverlo più avanti, nel suo racconto.

## Segnalazione di discriminazione: criteri (Code pénal, articolo 225-1)
discrimination-criteria-title = Secondo lei, su quale criterio si basava la discriminazione?
discrimination-criteria-hint = Selezioni tutti i criteri che le sembrano pertinenti. Se non lo sa, selezioni solo «Non lo so».
discrimination-criterion-origin = L'origine
discrimination-criterion-origin-hint = Il paese o la regione da cui si proviene, o da cui si sembra provenire.
discrimination-criterion-sex = Il sesso
discrimination-criterion-family-situation = La situazione familiare
discrimination-criterion-family-situation-hint = Essere sposati, divorziati, genitori soli, avere figli…
discrimination-criterion-pregnancy = La gravidanza
discrimination-criterion-physical-appearance = L'aspetto fisico
discrimination-criterion-economic-vulnerability = La vulnerabilità dovuta alla situazione economica
discrimination-criterion-economic-vulnerability-hint = Essere in condizione di povertà o di precarietà, che questo sia visibile o noto.
discrimination-criterion-surname = Il cognome
discrimination-criterion-place-of-residence = Il luogo di residenza
discrimination-criterion-place-of-residence-hint = Il quartiere, il comune o l'indirizzo in cui si abita.
discrimination-criterion-health = Lo stato di salute
discrimination-criterion-loss-of-autonomy = La perdita di autonomia
discrimination-criterion-loss-of-autonomy-hint = Dovuta all'età, a una malattia o a un incidente.
discrimination-criterion-disability = La disabilità
discrimination-criterion-genetic-characteristics = Le caratteristiche genetiche
discrimination-criterion-genetic-characteristics-hint = Per esempio, un rischio di malattia ereditaria.
discrimination-criterion-morals = I costumi
discrimination-criterion-morals-hint = Il modo di vivere, le scelte di vita personali.
discrimination-criterion-sexual-orientation = L'orientamento sessuale
discrimination-criterion-gender-identity = L'identità di genere
discrimination-criterion-gender-identity-hint = Per esempio, essere una persona transgender.
discrimination-criterion-age = L'età
discrimination-criterion-political-opinions = Le opinioni politiche
discrimination-criterion-trade-union = Le attività sindacali
discrimination-criterion-language = La capacità di esprimersi in una lingua diversa dal francese
discrimination-criterion-language-hint = Parlare una lingua straniera o regionale.
discrimination-criterion-ethnicity-nation-race-religion = L'appartenenza o la non appartenenza, vera o presunta, a un'etnia, a una nazione, a una presunta razza o a una religione
discrimination-criterion-ethnicity-nation-race-religion-hint = Compresa una religione che le viene attribuita, o il fatto di non averne.
discrimination-criterion-whistleblower = La qualità di informatore (lanceur d'alerte, whistleblower)
discrimination-criterion-whistleblower-hint = O di facilitatore, o di persona legata a un informatore.
discrimination-criterion-not-sure = Non lo so
discrimination-criterion-not-sure-hint = Da selezionare da solo. L'agente la aiuterà a precisare.

## Segnalazione di discriminazione: parole dette o scritte
discrimination-words-title = Le parole usate
discrimination-words-intro = Parole o scritti ingiuriosi, diffamatori o che incitano all'odio possono essere un reato, oltre alla discriminazione.
discrimination-words-said = Sono state dette o scritte parole offensive, diffamatorie o provocatorie?
discrimination-words-exact = Le parole esatte contano: le ricopi così come sono state dette o scritte, anche se sono volgari. Non le riassuma.
discrimination-words-verbatim = Le parole dette o scritte (se ha risposto sì)
discrimination-words-verbatim-hint = Le metta tra virgolette, e precisi chi le ha dette o scritte, e come: a voce, con un messaggio, su un social network…

## Segnalazione di discriminazione: autore
discrimination-author-title = L'autore dei fatti
discrimination-author-kind = Chi è l'autore?
discrimination-author-kind-person = Una persona
discrimination-author-kind-person-hint = Un privato, un vicino, un cliente, un collega…
discrimination-author-kind-company = Un'impresa o un'associazione
discrimination-author-kind-company-hint = Un negozio, un datore di lavoro, un'agenzia immobiliare, un proprietario, una banca…
discrimination-author-kind-administration = Un'amministrazione o un servizio pubblico
discrimination-author-kind-administration-hint = Un comune, una prefettura, un ospedale, una scuola, un pubblico dipendente…
discrimination-author-known = Sa chi è?
discrimination-author-known-hint = Per esempio il suo nome, o quello dell'impresa o del servizio.
discrimination-author-known-yes = Sì, so chi è
discrimination-author-known-no = No, non lo so
discrimination-author-name = Nome della persona o dell'ente (facoltativo)
discrimination-author-name-hint = Se lo conosce. Può anche indicare il suo ruolo, per esempio «il gestore».

## Segnalazione di discriminazione: quando, dove, racconto, testimoni, ufficio
discrimination-when-where-title = Quando e dove sono avvenuti i fatti?
discrimination-when-heading = Quando
discrimination-where-heading = Dove
discrimination-place = Luogo preciso (facoltativo)
discrimination-place-hint = Nome del negozio, indirizzo, struttura, o sito internet se è successo online.
discrimination-account-title = Racconti che cosa è successo
discrimination-account-intro = Descriva i fatti con parole sue, in ordine: che cosa chiedeva o faceva, che cosa è stato detto o rifiutato, e perché pensa che sia una discriminazione.
discrimination-account-label = Il suo racconto
discrimination-account-hint = Al massimo { $max } caratteri. Indichi anche le prove che ha: messaggi, lettere, annunci.
discrimination-witnesses-any = Qualcuno ha visto o sentito i fatti?
discrimination-unit-title = Quale ufficio deve occuparsi della sua segnalazione?
discrimination-unit-intro = Scelga il commissariato o la stazione della gendarmeria che riceverà la sua segnalazione, per esempio vicino al luogo dei fatti o a casa sua. Un agente di questo ufficio la esaminerà e potrà contattarla.
discrimination-error-unit = Scelga il commissariato o la stazione della gendarmeria che riceverà la sua segnalazione.

## Segnalazione di discriminazione: recapiti e consenso
discrimination-contact-title = I suoi recapiti
discrimination-contact-intro = Permettono all'ufficio di contattarla e di inviarle il suo riferimento.
discrimination-contact-represented-legend = La vittima che rappresenta
discrimination-contact-represented-name = Cognome e nome della vittima
discrimination-contact-organisation = Associazione (facoltativo)
discrimination-contact-organisation-hint = Se agisce per un'associazione, indichi il suo nome.
discrimination-contact-email-hint = Qui le invieremo il suo riferimento e i messaggi dell'agente.
discrimination-contact-phone-hint = L'agente potrà chiamarla per saperne di più.
discrimination-consent-title = Trasmettere il suo fascicolo anche al Défenseur des droits
discrimination-consent-body = Il Défenseur des droits può agire in aggiunta alla polizia: può proporre una mediazione, fare raccomandazioni o presentare osservazioni davanti a un tribunale. Con il suo consenso, gli trasmettiamo la sua segnalazione.
discrimination-consent-legend = Il suo consenso (facoltativo)
discrimination-consent-label = Accetto che la mia segnalazione sia trasmessa anche al Défenseur des droits.
discrimination-consent-hint = Se non seleziona questa casella, non gli viene trasmesso nulla. Può anche contattarlo lei stesso al 3928.

## Segnalazione di discriminazione: verifica
discrimination-check-section-report = La sua segnalazione
discrimination-check-section-you = I suoi recapiti
discrimination-check-role = Lei è
discrimination-check-domain = Ambito
discrimination-check-criteria = Criteri
discrimination-check-words = Parole usate
discrimination-check-no-words = Nessuna parola
discrimination-check-author = Autore
discrimination-check-author-known = Noto, nome non indicato
discrimination-check-author-unknown = Sconosciuto
discrimination-check-represented = Vittima rappresentata
discrimination-check-consent = Trasmissione al Défenseur des droits
discrimination-check-consent-yes = Trasmettere anche il fascicolo
discrimination-check-consent-no = Non trasmettere il fascicolo
discrimination-check-unit = Ufficio destinatario
discrimination-check-send-title = Inviare la sua segnalazione
discrimination-check-send-body = La sua segnalazione sarà trasmessa all'ufficio scelto. Dichiarare fatti che si sanno falsi è punito dalla legge (articoli 226-10 e 434-26 del Code pénal, il codice penale francese).
discrimination-check-send-button = Invia la segnalazione

## Segnalazione di discriminazione: conferma ed email
discrimination-confirmation-title = Segnalazione inviata
discrimination-confirmation-sent-on = Inviata il { $date }.
discrimination-confirmation-email = Le è stata inviata un'email di conferma. Conservi questo riferimento: le sarà richiesto.
discrimination-confirmation-next-title = E poi?
discrimination-confirmation-next = La sua segnalazione è stata trasmessa a questo ufficio. Un agente la esaminerà e potrà contattarla per email o per telefono:
discrimination-confirmation-complaint = Se i fatti lo giustificano, le proporrà di sporgere denuncia. Può anche sporgere denuncia in qualsiasi momento in un commissariato o in una stazione della gendarmeria, indicando il suo riferimento.
discrimination-confirmation-defenseur-title = Il Défenseur des droits
discrimination-confirmation-defenseur-body = Se lo ha accettato, il suo fascicolo viene trasmesso anche a lui. Può contattarlo direttamente, gratuitamente:
discrimination-email-subject = La sua segnalazione { $reference } è stata ricevuta
discrimination-email-intro = La sua segnalazione di discriminazione è stata registrata. Un agente di questo ufficio la esaminerà e potrà contattarla:
discrimination-email-defenseur = Anche il Défenseur des droits può aiutarla, gratuitamente: chiami il 3928 o visiti antidiscriminations.fr, dal lunedì al venerdì dalle 9 alle 18.

## Segnalazione di discriminazione: errori
error-choose-danger = Indichi se qualcuno è in pericolo in questo momento.
error-choose-reporter = Indichi in quale veste fa questa segnalazione.
error-choose-domain = Scelga la situazione più simile a quello che è successo.
error-choose-criteria = Selezioni almeno un criterio, oppure «Non lo so».
error-criteria-not-sure-alone = «Non lo so» non può essere selezionato insieme a un altro criterio.
error-choose-words-said = Indichi se sono state dette o scritte delle parole.
error-required-words = Ricopi le parole dette o scritte.
error-choose-author-kind = Indichi chi è l'autore.
error-choose-author-known = Indichi se sa chi è l'autore.
error-required-represented-name = Inserisca il nome della vittima.
