## Seitenrahmen
service-name = Online-Anzeige
skip-to-content = Zum Inhalt springen
language-switch-label = Sprache
emergency-banner-label = Notrufnummern
emergency-banner-title = Im Notfall:
emergency-banner-call = Notruf
emergency-banner-sms = oder, wenn Sie nicht sprechen können, SMS an
footer-home = Startseite
footer-pre-complaint = Online-Voranzeige (pré-plainte)
footer-privacy = Ein öffentlicher Dienst. Es werden keine Daten an Dritte weitergegeben; diese Website verwendet kein Tracking.
back = Zurück
continue = Weiter
change = Ändern
remove = Entfernen
answer-yes = Ja
answer-no = Nein
go-home = Zurück zur Startseite
step-of = Schritt { $step } von { $total }
date-hint = Zum Beispiel: 27.03.2025
reference-label = Aktenzeichen { $reference }

## Startseite
home-title = Anzeige erstatten oder einen Vorfall melden
home-lead = Melden Sie eine Straftat, finden Sie das passende Verfahren für Ihre Situation und erhalten Sie Hilfe. Manche Verfahren laufen vollständig online, andere auf der Polizeidienststelle (commissariat) oder bei der Gendarmerie-Einheit (brigade de gendarmerie) Ihrer Wahl.
home-pre-complaint-title = Eine Voranzeige (pré-plainte) online machen
home-pre-complaint-body = Bei Diebstahl, Einbruch, Sachbeschädigung, Betrug oder Missbrauch Ihrer Bankkarte, wenn unbekannt ist, wer es getan hat.
home-emergency-title = Wichtige Nummern
number-17 = Notruf von Polizei und Gendarmerie
number-112 = Europäische Notrufnummer
number-114 = Notruf per SMS, für Menschen, die nicht sprechen oder hören können
number-3919 = Violences Femmes Info, Hilfetelefon bei Gewalt gegen Frauen: kostenlos, anonym, rund um die Uhr
number-119 = Enfance en danger, für gefährdete Kinder: rund um die Uhr
number-116006 = France Victimes, Hilfe für Opfer: 7 Tage die Woche

## Probleme
problem-not-found-title = Seite nicht gefunden
problem-not-found-body = Vielleicht ist die Adresse falsch eingegeben, oder die Seite existiert nicht mehr.
problem-bad-request-title = Anfrage nicht verstanden
problem-bad-request-body = Ihr Browser hat eine Anfrage gesendet, die wir nicht bearbeiten können. Gehen Sie zurück und versuchen Sie es erneut.
problem-forbidden-title = Formular abgelaufen
problem-forbidden-body = Zu Ihrer Sicherheit ist dieses Formular nicht mehr gültig. Gehen Sie zurück, laden Sie die Seite neu und versuchen Sie es erneut: Ihre schon gespeicherten Antworten bleiben erhalten.
problem-too-large-title = Antwort zu lang
problem-too-large-body = Das gesendete Formular ist zu groß. Kürzen Sie Ihren Text und versuchen Sie es erneut.
problem-too-many-title = Zu viele Versuche
problem-too-many-body = Bitte warten Sie einige Minuten, bevor Sie es erneut versuchen.
problem-server-error-title = Ein Fehler ist aufgetreten
problem-server-error-body = Beim Dienst ist ein Problem aufgetreten. Ihre schon gespeicherten Antworten bleiben erhalten. Versuchen Sie es in einigen Minuten erneut.
problem-unavailable-title = Dienst vorübergehend nicht verfügbar
problem-unavailable-body = Der Dienst ist vorübergehend nicht verfügbar. Ihre schon gespeicherten Antworten bleiben erhalten. Versuchen Sie es in einigen Minuten erneut.
problem-emergency = Im Notfall rufen Sie die 17 oder die 112 an oder senden Sie eine SMS an die 114.
session-expired-title = Ihre Sitzung ist abgelaufen
session-expired-body = Wir haben Ihre Antworten nicht gefunden: Sie werden nach 30 Tagen ohne Aktivität gelöscht, oder Ihr Browser lässt keine Cookies zu. Sie können Ihre Angaben neu beginnen.
start-again = Neu beginnen

## Fehler
error-title-prefix = Fehler:
error-summary-title = Es gibt ein Problem
error-required = Diese Angabe ist erforderlich.
error-too-long = Dieser Text ist zu lang.
error-invalid = Diese Antwort ist nicht gültig.
error-choose = Wählen Sie eine Antwort.
error-email = Geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@beispiel.fr.
error-phone = Geben Sie eine gültige Telefonnummer ein, zum Beispiel 06 12 34 56 78.
error-postcode = Geben Sie eine 5-stellige Postleitzahl ein, zum Beispiel 75011.
error-date = Geben Sie ein gültiges Datum ein, zum Beispiel 27.03.2025.
error-date-future = Das Datum darf nicht in der Zukunft liegen.
error-time = Geben Sie eine gültige Uhrzeit ein, zum Beispiel 14:30.
error-range-order = Das Enddatum muss nach dem Anfangsdatum liegen.
error-child-not-minor = Das Kind muss unter 18 Jahre alt sein.
error-siret = Die SIRET-Nummer hat 14 Ziffern.
error-imei = Die IMEI hat 15 Ziffern; prüfen Sie sie (tippen Sie *#06# auf einem Telefon, um sie anzuzeigen).
error-plate = Geben Sie das Kennzeichen ein, zum Beispiel AB-123-CD.
error-last-digits = Geben Sie die letzten 4 Ziffern der Karte ein.
error-amount = Geben Sie einen Betrag in Euro ein, zum Beispiel 120,50.
error-too-many-items = Sie haben die Höchstzahl an Gegenständen erreicht: Beschreiben Sie die weiteren in Ihrer Schilderung.
error-unit-search = Geben Sie eine Postleitzahl, eine Départementsnummer oder den Namen einer Gemeinde ein.
error-choose-unit = Wählen Sie die Polizeidienststelle oder die Gendarmerie-Einheit, bei der Sie unterschreiben werden.
## Fehler zu einzelnen Feldern (werden statt der allgemeinen Meldung angezeigt, wenn vorhanden)
error-required-surname = Geben Sie Ihren Familiennamen ein.
error-required-given-names = Geben Sie Ihre Vornamen ein.
error-required-birth-date = Geben Sie Ihr Geburtsdatum ein.
error-required-birth-place = Geben Sie Ihren Geburtsort ein.
error-required-address = Geben Sie Ihre Adresse ein.
error-required-postcode = Geben Sie die Postleitzahl ein.
error-required-town = Geben Sie die Gemeinde ein.
error-required-email = Geben Sie Ihre E-Mail-Adresse ein.
error-required-child-surname = Geben Sie den Familiennamen des Kindes ein.
error-required-child-given-names = Geben Sie die Vornamen des Kindes ein.
error-required-child-birth-date = Geben Sie das Geburtsdatum des Kindes ein.
error-required-organisation-name = Geben Sie den Namen des Unternehmens oder Vereins ein.
error-required-organisation-role = Geben Sie Ihre Funktion ein.
error-required-date = Geben Sie das Datum des Vorfalls ein.
error-required-from = Geben Sie den Beginn des Zeitraums ein.
error-required-to = Geben Sie das Ende des Zeitraums ein.
error-required-account = Beschreiben Sie, was passiert ist.
error-required-brand = Geben Sie die Marke ein.
error-required-plate = Geben Sie das Kennzeichen ein.
error-required-bank = Geben Sie den Namen der Bank ein.
error-required-details = Geben Sie an, wer die Zeuginnen und Zeugen sind und wie man sie erreicht.
error-choose-emergency = Geben Sie an, ob jemand in Gefahr ist.
error-choose-known-perpetrator = Geben Sie an, ob Sie wissen, wer es getan hat.
error-choose-violence = Geben Sie an, ob es Gewalt gab.
error-choose-declarant = Geben Sie an, für wen Sie diese Angaben machen.
error-choose-mode = Geben Sie an, ob Sie das genaue Datum kennen.
error-choose-offence = Wählen Sie die Art des Vorfalls.
error-choose-add-item = Geben Sie an, ob Sie einen Gegenstand angeben möchten.
error-choose-seen = Geben Sie an, ob Sie die Person beschreiben können, die es getan hat.
error-choose-any = Geben Sie an, ob es Zeuginnen oder Zeugen gab.
error-choose-time-of-day = Wählen Sie eine Tageszeit.
error-choose-blocked = Geben Sie an, ob Sie die Karte haben sperren lassen.
error-choose-fraudulent-payments = Geben Sie an, ob ohne Ihr Wissen Zahlungen gemacht wurden.
error-choose-document = Wählen Sie die Art des Ausweisdokuments.
item-summary = { $kind }: { $details }

error-declaration = Kreuzen Sie das Kästchen an, um zu bestätigen, dass Ihre Angaben richtig sind.

## Start
start-title = Eine Voranzeige (pré-plainte) online machen
start-lead = Melden Sie online eine Straftat gegen Ihr Eigentum und unterschreiben Sie Ihre Anzeige dann auf der Polizeidienststelle (commissariat) oder bei der Gendarmerie-Einheit (brigade de gendarmerie) Ihrer Wahl.
start-covers-title = Dieser Dienst ist für
start-unknown-perpetrator = nur, wenn Sie nicht wissen, wer es getan hat.
start-need-title = Halten Sie vor dem Start bereit
start-need-identity = Ihre Angaben zur Person und eine E-Mail-Adresse;
start-need-email = Datum und Ort des Vorfalls, auch ungefähr;
start-need-items = die Beschreibung der gestohlenen oder beschädigten Gegenstände (Seriennummer, IMEI, Kennzeichen, letzte Ziffern der Karte).
start-next-title = Wie geht es weiter?
start-next-body = Eine Beamtin oder ein Beamter prüft Ihre Angaben und meldet sich bei Ihnen, um einen Termin zu vereinbaren. Sie müssen Ihre Anzeige innerhalb von 30 Tagen unterschreiben; ohne Unterschrift wird die Voranzeige gelöscht.
start-time = Das dauert etwa 15 Minuten. Ihre Antworten werden bei jedem Schritt gespeichert.
start-button = Beginnen

## Voraussetzungen
eligibility-title = Ihre Situation
eligibility-emergency = Ist jemand in Gefahr, oder passiert es gerade?
eligibility-emergency-hint = Wenn ja, rufen Sie sofort die 17 oder die 112 an.
eligibility-known = Wissen Sie, wer es getan hat?
eligibility-known-hint = Zum Beispiel kennen Sie den Namen, oder Sie können die Person identifizieren.
eligibility-violence = Wurde jemand verletzt, bedroht oder Opfer von Gewalt, insbesondere sexueller Gewalt?
eligibility-violence-hint = Gewalt gegen Personen kann nicht über eine Voranzeige gemeldet werden.

elsewhere-emergency-title = Rufen Sie jetzt den Notruf an
elsewhere-emergency-body = Bei unmittelbarer Gefahr nutzen Sie diesen Dienst nicht: Rufen Sie die 17 oder die 112 an. Wenn Sie nicht sprechen können, senden Sie eine SMS an die 114.
elsewhere-emergency-next = Sobald Sie in Sicherheit sind, können Sie zurückkommen und den Vorfall melden.
elsewhere-known-perpetrator-title = Gehen Sie zur Polizeidienststelle oder zur Gendarmerie
elsewhere-known-perpetrator-body = Die Online-Voranzeige gibt es nur für Taten, bei denen unbekannt ist, wer sie begangen hat. Wenn Sie es wissen, erstatten Sie Anzeige direkt auf einer Polizeidienststelle (commissariat) oder bei einer Gendarmerie-Einheit (brigade de gendarmerie), oder schreiben Sie an die Staatsanwaltschaft (procureur de la République) beim Gericht (tribunal judiciaire) am Ort des Vorfalls.
elsewhere-known-perpetrator-next = Bringen Sie einen Ausweis und alle nützlichen Unterlagen mit (Fotos, Rechnungen, Nachrichten).
elsewhere-violence-title = Lassen Sie sich von einer passenden Stelle helfen
elsewhere-violence-body = Gewalt gegen Personen kann nicht über die Online-Voranzeige gemeldet werden. Gehen Sie zu einer Polizeidienststelle oder einer Gendarmerie-Einheit, wo man Sie empfängt. Wenn Sie ein offenes Ohr und Rat suchen, können Sie die Nummern unten anrufen.
elsewhere-violence-next = Wenn Sie verletzt wurden, gehen Sie zu einer Ärztin oder einem Arzt: Ein ärztliches Attest hilft bei Ihrer Anzeige.
elsewhere-internet-scam-title = Nutzen Sie den eigenen Dienst für Betrug im Internet
elsewhere-internet-scam-body = Betrug im Internet (gefälschte Anzeige, gefälschter Online-Shop, Erpressung im Internet, Phishing) wird über den eigenen Online-Dienst THESEE gemeldet, erreichbar über service-public.fr. Bei einer betrügerischen Kartenzahlung im Internet nutzen Sie den Dienst Perceval.
elsewhere-internet-scam-next = Lassen Sie Ihre Karte sofort bei Ihrer Bank sperren und bewahren Sie alle Beweise auf (Bildschirmfotos, Nachrichten, Kontoauszüge).

## Für wen
declarant-title = Für wen machen Sie diese Angaben?
declarant-myself = Für mich selbst
declarant-myself-hint = Sie sind das Opfer.
declarant-minor-child = Für mein minderjähriges Kind
declarant-minor-child-hint = Sie sind ein Elternteil oder die gesetzliche Vertretung.
declarant-organisation = Für ein Unternehmen oder einen Verein
declarant-organisation-hint = Sie vertreten es oder ihn.

## Identität
identity-title = Ihre Angaben zur Person und Ihre Kontaktdaten
identity-intro = Mit diesen Angaben kann die Dienststelle Sie kontaktieren. Sie erscheinen in Ihrer Anzeige.
identity-you-legend = Sie
identity-declarant-legend = Sie, als meldende Person
identity-child-legend = Das Kind
identity-organisation-legend = Das Unternehmen oder der Verein
identity-organisation-name = Name des Unternehmens oder Vereins
identity-organisation-siret = SIRET-Nummer (freiwillig)
identity-organisation-siret-hint = 14 Ziffern.
identity-organisation-role = Ihre Funktion
identity-surname = Familienname
identity-given-names = Vornamen
identity-birth-date = Geburtsdatum
identity-birth-place = Geburtsort
identity-birth-place-hint = Gemeinde und Land.
identity-address-legend = Anschrift
identity-address = Hausnummer und Straße
identity-postcode = Postleitzahl
identity-town = Gemeinde
identity-country = Land (freiwillig)
identity-country-hint = Wenn Sie nicht in Frankreich wohnen.
identity-contact-legend = Um Sie zu kontaktieren
identity-email = E-Mail-Adresse
identity-email-hint = Wir senden die Bestätigung und Ihr Aktenzeichen an diese Adresse.
identity-phone = Telefonnummer (freiwillig)
identity-phone-hint = Die Dienststelle kann Sie anrufen, um den Termin zu vereinbaren.

## Wann
when-title = Wann ist es passiert?
when-mode-legend = Kennen Sie das genaue Datum?
when-mode-exact = Ja, ich kenne das Datum
when-mode-range = Nein, ich kenne nur einen Zeitraum
when-exact-heading = Wenn Sie das Datum kennen
when-date = Datum
when-time = Uhrzeit (freiwillig)
when-time-hint = Lassen Sie das Feld leer, wenn Sie die Uhrzeit nicht kennen. Zum Beispiel: 14:30.
when-range-heading = Wenn Sie nur einen Zeitraum kennen
when-from = Zwischen dem
when-to = Und dem

## Ort
place-title = Wo ist es passiert?
place-kind-legend = Art des Ortes
place-kind-street = Auf der Straße oder an einem öffentlichen Ort
place-kind-home = Bei mir zu Hause
place-kind-vehicle = In oder an einem Fahrzeug
place-kind-transport = In öffentlichen Verkehrsmitteln oder an einem Bahnhof
place-kind-business = In einem Geschäft, einem Restaurant oder einer Einrichtung
place-kind-work = An meinem Arbeits- oder Studienort
place-kind-other = Anderswo
place-address = Adresse oder Orientierungspunkt (freiwillig)
place-address-hint = Zum Beispiel: 12 rue de la République, oder „vor dem Bahnhof“.
place-postcode = Postleitzahl
place-town = Gemeinde
place-details = Genauere Angaben (freiwillig)
place-details-hint = Bus- oder Metrolinie, Name des Geschäfts, Stockwerk…

## Tatgeschehen
facts-title = Was ist passiert?
facts-offence-legend = Art des Vorfalls
offence-theft = Ein Diebstahl
offence-theft-hint = Tasche, Fahrrad, ein Gegenstand, der ohne Gewalt weggenommen wurde.
offence-pickpocketing = Ein Taschendiebstahl
offence-pickpocketing-hint = Geldbörse oder Telefon aus einer Tasche genommen.
offence-theft-from-vehicle = Ein Diebstahl aus einem Fahrzeug
offence-theft-from-vehicle-hint = Gegenstände, die aus einem Auto gestohlen wurden.
offence-burglary = Ein Einbruch
offence-burglary-hint = Wohnung, Keller, Garage oder Geschäftsräume.
offence-vehicle-theft = Ein Fahrzeugdiebstahl
offence-vehicle-theft-hint = Auto, motorisiertes Zweirad.
offence-damage = Eine Sachbeschädigung oder Vandalismus
offence-damage-hint = Graffiti, eingeschlagene Scheibe, beschädigtes Fahrzeug.
offence-card-fraud = Missbrauch meiner Bankkarte
offence-card-fraud-hint = Zahlungen oder Abhebungen, die Sie nicht gemacht haben, außerhalb des Internets.
offence-scam = Ein Betrug außerhalb des Internets
offence-scam-hint = Falsche Amtsperson, falscher Vertreter an der Haustür, gefälschter Scheck.
offence-internet-scam = Ein Betrug im Internet
offence-internet-scam-hint = Gefälschte Anzeige, gefälschte Website, Phishing: Dafür gibt es einen eigenen Dienst.
facts-account = Beschreiben Sie, was passiert ist
facts-account-hint = Erzählen Sie mit Ihren eigenen Worten und der Reihe nach: was Sie gerade getan haben, was Sie bemerkt haben, was weggenommen oder beschädigt wurde.

## Gegenstände
items-title-empty = Gestohlene oder beschädigte Gegenstände
items-title = Ihre Gegenstände
items-add-first = Möchten Sie einen gestohlenen oder beschädigten Gegenstand angeben?
items-add-another = Möchten Sie einen weiteren Gegenstand hinzufügen?
items-hint = Telefon, Fahrzeug, Bankkarte, Ausweisdokument oder ein anderer Gegenstand.
item-kind-title = Welche Art von Gegenstand?
item-kind-phone = Ein Mobiltelefon
item-kind-vehicle = Ein Fahrzeug
item-kind-bank-card = Eine Bankkarte
item-kind-identity-document = Ein Ausweisdokument
item-kind-other = Ein anderer Gegenstand
item-title-phone = Das Telefon
item-title-vehicle = Das Fahrzeug
item-title-bank-card = Die Bankkarte
item-title-identity-document = Das Ausweisdokument
item-title-other = Der Gegenstand
item-save = Diesen Gegenstand speichern
item-brand = Marke
item-model-optional = Modell (freiwillig)
item-imei = IMEI-Nummer (freiwillig)
item-imei-hint = 15 Ziffern, auf der Verpackung oder der Rechnung. Damit kann das Telefon gesperrt werden.
item-vehicle-warning = Achtung: Solange Ihre Anzeige nicht unterschrieben ist, bleiben Sie für dieses Fahrzeug verantwortlich, auch für Straftaten, die damit begangen werden. Unterschreiben Sie Ihre Anzeige so bald wie möglich.
item-plate = Kennzeichen
item-plate-hint = Zum Beispiel: AB-123-CD.
item-colour = Farbe (freiwillig)
item-bank = Bank
item-last-digits = Letzte 4 Ziffern der Karte
item-last-digits-hint = Geben Sie nie die vollständige Nummer Ihrer Karte ein.
item-blocked = Haben Sie diese Karte sperren lassen?
item-blocked-hint = Wenn nicht, rufen Sie sofort Ihre Bank oder die 0 892 705 705 an.
item-fraudulent = Wurden ohne Ihr Wissen Zahlungen oder Abhebungen gemacht?
item-amount = Gesamtbetrag (freiwillig)
item-amount-hint = In Euro, zum Beispiel 120,50.
item-card-blocked = Karte gesperrt
item-card-not-blocked = Karte nicht gesperrt
item-card-fraud = betrügerische Zahlungen
item-card-fraud-amount = betrügerische Zahlungen: { $amount }
item-document = Art des Dokuments
document-identity-card = Französischer Personalausweis (carte nationale d’identité)
document-passport = Reisepass
document-residence-permit = Aufenthaltstitel
document-driving-licence = Führerschein
item-document-number = Nummer des Dokuments (freiwillig)
item-document-number-hint = Sie steht auf einer Kopie oder auf der Antragsbestätigung.
item-description = Beschreibung
item-description-hint = Zum Beispiel: grauer Laptop, blaues Fahrrad.
item-serial = Seriennummer (freiwillig)
item-value = Geschätzter Wert (freiwillig)

## Täter und Zeugen
perpetrator-title = Wer es getan hat
perpetrator-seen = Können Sie die Person oder die Personen beschreiben?
perpetrator-seen-yes = Ja, ich kann eine Beschreibung geben
perpetrator-seen-no = Nein, ich weiß es nicht
perpetrator-description = Beschreibung (wenn Sie mit Ja geantwortet haben)
perpetrator-description-hint = Anzahl der Personen, Aussehen, Kleidung, Fahrzeug, Fluchtrichtung.
witnesses-title = Zeuginnen und Zeugen
witnesses-any = Hat jemand den Vorfall beobachtet?
witnesses-details = Zeuginnen und Zeugen (wenn Sie mit Ja geantwortet haben)
witnesses-details-hint = Name und wie man sie erreicht, und was sie gesehen haben.

## Dienststelle und Termin
unit-title = Wo möchten Sie Ihre Anzeige unterschreiben?
unit-intro = Wählen Sie die Polizeidienststelle (commissariat) oder die Gendarmerie-Einheit (brigade de gendarmerie), zu der Sie zum Unterschreiben gehen. Diese Dienststelle meldet sich bei Ihnen, um den Termin zu vereinbaren.
unit-search = Nach Postleitzahl, Département oder Gemeinde suchen
unit-search-hint = Zum Beispiel: 69003, 13 oder Rennes.
unit-search-button = Suchen
unit-results = { $count ->
    [one] 1 Dienststelle gefunden.
   *[other] { $count } Dienststellen gefunden.
}
unit-no-results = Keine Dienststelle gefunden: Versuchen Sie es mit der Nummer des Départements oder einer Nachbargemeinde.
unit-choose = Wählen Sie eine Dienststelle
unit-kind-police = Nationale Polizei (Police nationale)
unit-kind-gendarmerie = Nationale Gendarmerie (Gendarmerie nationale)
appointment-title = Wann Sie für den Termin Zeit haben
appointment-intro = Die Dienststelle schlägt Ihnen einen Termin zum Unterschreiben vor. Geben Sie an, was Ihnen passt.
appointment-days = Tage, die Ihnen passen (freiwillig)
appointment-days-hint = Kreuzen Sie alle möglichen Tage an. Ohne Antwort passen alle Tage.
appointment-any-day = Alle Tage
day-mon = Montag
day-tue = Dienstag
day-wed = Mittwoch
day-thu = Donnerstag
day-fri = Freitag
day-sat = Samstag
appointment-time = Tageszeit
time-of-day-any = Egal
time-of-day-morning = Vormittags
time-of-day-afternoon = Nachmittags
time-of-day-evening = Am späten Nachmittag oder frühen Abend
appointment-needs = Besondere Bedürfnisse (freiwillig)
appointment-needs-hint = Dolmetscher, Zugang mit dem Rollstuhl, Begleitung…

## Prüfen
check-title = Prüfen Sie Ihre Antworten vor dem Absenden
check-section-you = Sie
check-section-facts = Der Vorfall
check-section-follow-up = Weiteres Vorgehen
check-declarant = Für wen die Angaben gemacht werden
check-organisation = Unternehmen oder Verein
check-child = Kind
check-name = Name
check-birth = Geburt
check-address = Anschrift
check-contact = Kontaktdaten
check-when = Datum
check-when-exact-time = { $date } um { $time }
check-when-range = zwischen dem { $from } und dem { $to }
check-place = Ort
check-offence = Art des Vorfalls
check-account = Schilderung
check-items = Gegenstände
check-no-items = Kein Gegenstand angegeben
check-perpetrator = Wer es getan hat
check-witnesses = Zeuginnen und Zeugen
check-unit = Ort der Unterschrift
check-appointment = Verfügbarkeit
check-send-title = Ihre Voranzeige senden
check-send-body = Mit dem Absenden dieser Voranzeige verpflichten Sie sich, sie innerhalb von 30 Tagen bei der gewählten Dienststelle zu unterschreiben. Eine falsche Anzeige ist strafbar (Artikel 434-26 des französischen Strafgesetzbuchs, Code pénal).
check-declaration-legend = Ehrenwörtliche Erklärung
check-declaration = Ich bestätige, dass meine Angaben richtig sind.
check-send-button = Voranzeige senden

## Bestätigung
confirmation-title = Voranzeige gesendet
confirmation-reference-label = Ihr Aktenzeichen:
confirmation-sent-on = Gesendet am { $date }.
confirmation-email = Wir haben Ihnen eine Bestätigung per E-Mail gesendet. Bewahren Sie dieses Aktenzeichen auf: Sie werden danach gefragt.
confirmation-next-title = Nächster Schritt: Ihre Anzeige unterschreiben
confirmation-deadline = Sie müssen Ihre Anzeige spätestens am { $date } unterschreiben (30 Tage). Ohne Unterschrift wird die Voranzeige gelöscht.
confirmation-next-body = Die gewählte Dienststelle meldet sich bei Ihnen, um einen Termin zu vereinbaren:
confirmation-bring-title = Zum Termin mitbringen
confirmation-bring-reference = das Aktenzeichen Ihrer Voranzeige;
confirmation-bring-identity = einen Ausweis (und für ein Unternehmen einen Handelsregisterauszug, extrait Kbis, oder eine Vollmacht);
confirmation-bring-proof = Nachweise zu den Gegenständen (Rechnungen, Fotos, Seriennummern);
confirmation-bring-bank = bei einer Bankkarte den Kontoauszug mit den bestrittenen Buchungen.
confirmation-print = Sie können diese Seite als Empfangsbestätigung drucken (Strg+P oder ⌘+P).

## E-Mail
email-received-subject = Ihre Voranzeige { $reference } ist eingegangen
email-greeting = Guten Tag,
email-received-intro = Ihre Voranzeige ist gespeichert. Eine Beamtin oder ein Beamter wird sie prüfen.
email-emergency = Im Notfall rufen Sie die 17 oder die 112 an oder senden Sie eine SMS an die 114. Antworten Sie nicht auf diese Nachricht.
email-signature = Ihr Dienst Online-Anzeige (Plainte en ligne)

## Bereich für Bedienstete
agent-sign-in-title = Bereich für Bedienstete: Anmeldung
agent-sign-in-intro = Nur für Bedienstete der Police nationale und der Gendarmerie nationale. Jede Anmeldung wird protokolliert.
agent-email = Dienstliche E-Mail-Adresse
agent-password = Passwort
agent-sign-in-button = Anmelden
agent-code-title = Bestätigungscode
agent-code = 6-stelliger Code
agent-code-hint = Wird von Ihrer Authentifizierungs-App angezeigt.
agent-code-button = Bestätigen
agent-enrol-title = Zwei-Faktor-Authentifizierung aktivieren
agent-enrol-intro = Scannen Sie diesen Code mit Ihrer Authentifizierungs-App und geben Sie dann den 6-stelligen Code ein, den sie anzeigt.
agent-enrol-qr-label = QR-Code zum Scannen mit der Authentifizierungs-App
agent-enrol-manual = Wenn Sie den Code nicht scannen können, geben Sie diesen Schlüssel in der App ein:
agent-enrol-button = Aktivieren und weiter
agent-error-credentials = E-Mail-Adresse oder Passwort falsch.
agent-error-too-many = Zu viele Versuche. Versuchen Sie es in 15 Minuten erneut.
agent-error-code = Dieser Code ist nicht gültig. Prüfen Sie die Uhrzeit Ihres Telefons und versuchen Sie es erneut.
agent-error-code-used = Dieser Code wurde schon verwendet. Warten Sie auf den nächsten Code.
agent-sign-out = Abmelden
agent-nav-label = Bereich für Bedienstete
agent-nav-queue = Bearbeitungsliste
agent-nav-statistics = Statistik
agent-nav-admin = Verwaltung
role-agent = Sachbearbeitung
role-supervisor = Vorgesetzte Person
role-admin = Administration
agent-queue-title = Bearbeitungsliste
agent-queue-counts = Vorgänge nach Status
agent-take-next = Nächsten Vorgang übernehmen
agent-filter-status = Status
agent-filter-category = Kategorie
agent-filter-from = Eingegangen ab dem
agent-filter-to = Eingegangen bis zum
agent-filter-any = Alle
agent-filter-button = Filtern
agent-queue-shown = { $count ->
    [one] 1 Vorgang angezeigt.
   *[other] { $count } Vorgänge angezeigt.
}
agent-queue-empty = Kein passender Vorgang.
agent-queue-nothing-to-claim = Kein neuer Vorgang zu übernehmen.
agent-queue-next-page = Nächste Vorgänge
agent-queue-first-page = Zurück zum Anfang der Liste
agent-queue-pages = Seiten der Liste
agent-col-reference = Aktenzeichen
agent-col-category = Kategorie
agent-col-status = Status
agent-col-priority = Priorität
agent-col-age = Zeit seit Eingang
agent-col-owner = Übernommen von
agent-priority-high = Hoch
agent-priority-normal = Normal
agent-back-to-queue = Zurück zur Liste
duration-minutes = { $count ->
    [one] 1 Minute
   *[other] { $count } Minuten
}
duration-hours = { $count ->
    [one] 1 Stunde
   *[other] { $count } Stunden
}
duration-days = { $count ->
    [one] 1 Tag
   *[other] { $count } Tage
}
category-pre-complaint = Voranzeige (pré-plainte)
category-complaint = Online-Anzeige
category-discrimination = Diskriminierung
category-violence = Sexuelle und sexistische Gewalt
status-new = Neu
status-in-review = In Prüfung
status-appointment-proposed = Termin vorgeschlagen
status-appointment-booked = Termin vereinbart
status-signed = Unterschrieben
status-converted-to-complaint = In Anzeige umgewandelt
status-referred = Weitergeleitet
status-more-information-requested = Informationen angefordert
status-rejected = Abgelehnt
status-closed = Abgeschlossen
referral-other-unit = Eine andere Dienststelle
referral-defenseur-des-droits = Der Défenseur des droits (französische Ombudsstelle für Bürgerrechte)
referral-prosecutor = Die Staatsanwaltschaft (procureur de la République)

## Vorgangsseite
case-title = Vorgang { $reference }
case-submitted = Gesendet am
case-language = Sprache der meldenden Person
case-sign-by = Spätestens am { $date } zu unterschreiben (in { $days } Tagen).
case-sign-by-passed = Die Frist zur Unterschrift ist am { $date } abgelaufen.
case-action-claim = Übernehmen
case-action-release = Zurück in die Liste geben
case-action-propose-appointment = Diese Termine vorschlagen
case-action-book-appointment = Termin festlegen
case-action-mark-signed = Anzeige unterschrieben
case-action-convert-to-complaint = In Anzeige umwandeln
case-action-refer = Weiterleiten
case-action-request-information = Informationen anfordern
case-action-information-received = Informationen erhalten
case-action-reject = Ablehnen
case-action-close = Abschließen
case-refer-to = Weiterleiten an
case-refer-note = Hinweis für die empfangende Stelle (freiwillig)
case-reject-reason = Grund der Ablehnung (wird der meldenden Person mitgeteilt)
case-slots-title = Termine zur Unterschrift vorschlagen
case-slots-hint = Bis zu drei Termine, vor Ablauf der Frist zur Unterschrift. Die meldende Person wählt über einen Link, den sie per E-Mail erhält.
case-slot-n = Termin { $n }
case-slots-offered = Vorgeschlagene Termine
case-slot-chosen = von der meldenden Person gewählt
case-assign-to = Zuweisen an
case-assign = Vorgang zuweisen
case-note-label = Interne Notiz
case-note-hint = Für die meldende Person nie sichtbar.
case-note-button = Notiz hinzufügen
case-message-label = Nachricht an die meldende Person
case-message-hint = Wird per E-Mail in ihrer Sprache gesendet. Schreiben Sie nur, was sie gefahrlos lesen kann.
case-message-button = Nachricht senden
case-messages-title = Nachrichten mit der meldenden Person
case-messages-empty = Keine Nachrichten.
case-notes-title = Interne Notizen
case-notes-empty = Keine Notizen.
case-history-title = Verlauf
case-history-empty = Keine Änderungen.
case-history-line = { $action }: { $from } → { $to }
case-answers-title = Angaben
case-error-already-claimed = Dieser Vorgang wurde schon übernommen.
case-error-changed = Dieser Vorgang wurde gerade von jemand anderem geändert. Hier ist sein aktueller Stand.
case-error-deadline-passed = Die Frist von 30 Tagen zur Unterschrift ist abgelaufen.
case-error-forbidden = Ihre Rolle erlaubt diese Aktion nicht.
case-error-not-allowed = Diese Aktion ist im aktuellen Stand des Vorgangs nicht möglich.
case-error-not-claimed = Dieser Vorgang wurde nicht übernommen.
case-error-not-owner = Nur die Person, die diesen Vorgang übernommen hat, kann das tun.
case-error-reason-required = Geben Sie den Grund an.
case-error-reason-too-long = Der Grund ist zu lang (höchstens 1000 Zeichen).
case-error-slot-format = Geben Sie ein Datum und eine Uhrzeit ein, zum Beispiel 03/12/2026 10:30.
case-error-slot-past = Dieser Termin liegt schon in der Vergangenheit.
case-error-slot-after-deadline = Dieser Termin liegt nach Ablauf der Frist zur Unterschrift.
case-error-slot-none = Schlagen Sie mindestens einen Termin vor.
case-error-assign = Dieser Vorgang kann dieser Person nicht zugewiesen werden.
error-required-note-body = Geben Sie die Notiz ein.
error-required-message-body = Geben Sie die Nachricht ein.
error-required-name = Geben Sie den Namen ein.

## Terminwahl (Bürgerinnen und Bürger)
slot-title = Ihren Termin wählen
slot-intro = Um Ihre Voranzeige { $reference } zu unterschreiben, wählen Sie einen der Termine, die die Dienststelle vorschlägt.
slot-legend = Freie Termine
slot-button = Diesen Termin bestätigen
slot-booked-title = Termin bestätigt
slot-booked-body = Ihr Termin ist am { $when }. Bringen Sie Ihr Aktenzeichen und einen Ausweis mit.
slot-gone-title = Dieser Link funktioniert nicht mehr
slot-gone-body = Der Termin wurde schon gewählt, oder die Frist ist abgelaufen. Wenden Sie sich an die Dienststelle, die in Ihrer E-Mail genannt ist.
email-message-subject = Nachricht zu Ihren Angaben { $reference }
email-message-intro = Eine Person, die Ihre Angaben { $reference } bearbeitet, schreibt Ihnen:
email-slots-subject = Wählen Sie Ihren Termin zur Unterschrift ({ $reference })
email-slots-intro = Um Ihre Voranzeige { $reference } zu unterschreiben, schlägt Ihnen die Dienststelle folgende Termine vor:
email-slots-choose = Wählen Sie Ihren Termin über diesen Link:

## Statistik und Verwaltung
stats-title = Statistik der Dienststelle
stats-export = Diese Zahlen herunterladen (CSV)
stats-weeks-title = Zeit bis zur Übernahme, nach Woche
stats-week = Woche
stats-submitted = Eingegangen
stats-claimed = Übernommen
stats-median = Mittlere Wartezeit (Median)
stats-p90 = Zeit, in der 90 % übernommen wurden
stats-by-category = Nach Kategorie
stats-by-status = Nach Status
admin-title = Verwaltung der Konten
admin-name = Name
admin-role = Rolle
admin-unit = Dienststelle
admin-unit-hint = Code der Dienststelle, zum Beispiel PN-69-LYON-01. Entfällt für Administratorinnen und Administratoren.
admin-state = Zustand
admin-actions = Aktionen
admin-state-active = Aktiv
admin-state-not-enrolled = Zwei-Faktor-Authentifizierung noch zu aktivieren
admin-state-disabled = Deaktiviert
admin-disable = Deaktivieren
admin-add-title = Ein Konto anlegen
admin-add-intro = Ein Passwort wird erzeugt und nur einmal angezeigt: Geben Sie es auf einem sicheren Weg an die Person weiter.
admin-add-button = Konto anlegen
admin-created = Konto angelegt:
admin-password-once = Passwort (wird nur einmal angezeigt):
admin-error-unit = Keine aktive Dienststelle hat diesen Code.
admin-error-taken = Mit dieser Adresse gibt es schon ein Konto.

# A session that ends after a time without action (follow-up, agent workspace)
session-limit = Zu Ihrer Sicherheit endet diese Sitzung nach { $minutes } Minuten ohne Aktivität. Wenn Sie nichts tun, endet sie um { $time }. Jede Aktion oder die Schaltfläche unten gibt Ihnen { $minutes } weitere Minuten.
session-keep-button = Meine Sitzung offen halten
